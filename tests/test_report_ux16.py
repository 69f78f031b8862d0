"""Round 16 (ux16): how a shared report reads.

1. Code cells are folded in the HTML pages (``<details>`` closed, summary "code"); outputs show.
2. Topics in a corpus of several languages: each topic's language shares and one sentence.
3. Load notes of one kind: one line with a count and the first document ids.
"""
from __future__ import annotations

import re
import shutil
from html.parser import HTMLParser

import pandas as pd
import pytest


# --------------------------------------------------------------------------------------------
# 1. folded code cells

def _notebook():
    import nbformat

    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    md = nbformat.v4.new_markdown_cell("# A heading\n\nSome prose about the finding.")
    code = nbformat.v4.new_code_cell("secret_setting = 42  # how the number was obtained\nprint(7 * 6)")
    code.outputs = [nbformat.v4.new_output("stream", name="stdout", text="forty-two documents\n")]
    code.execution_count = 1
    return nb, md, code


class _Tree(HTMLParser):
    """Where the code text and the output text sit: inside which open elements."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.found = [], {}

    def handle_starttag(self, tag, attrs):
        if tag not in ("br", "meta", "link", "img", "input", "hr"):
            self.stack.append((tag, dict(attrs)))

    def handle_endtag(self, tag):
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i][0] == tag:
                del self.stack[i:]
                break

    def handle_data(self, data):
        for key in ("secret_setting", "forty-two documents", "Some prose"):
            if key in data and key not in self.found:
                self.found[key] = list(self.stack)


def _export(tmp_path):
    import nbformat

    from analysis.report.run import _to_html

    nb, md, code = _notebook()
    nb.cells = [md, code]
    ipynb, html = tmp_path / "t.ipynb", tmp_path / "t.html"
    nbformat.write(nb, ipynb)
    _to_html(ipynb, html)
    return html


def test_code_input_is_folded_in_a_closed_details_and_the_output_is_not(tmp_path):
    html = _export(tmp_path)
    text = html.read_text(encoding="utf-8")
    tree = _Tree()
    tree.feed(text)
    inside = lambda key: [(t, a) for t, a in tree.found[key] if t == "details"]  # noqa: E731
    code_details = inside("secret_setting")
    assert len(code_details) == 1 and "report-code" in code_details[0][1].get("class", "")
    assert "open" not in code_details[0][1]          # closed by default
    assert inside("forty-two documents") == []       # the output stays visible
    assert inside("Some prose") == []                # Markdown is never folded
    assert re.search(r"<summary>\s*code\s*</summary>", text)


def test_folded_page_loads_nothing_and_has_no_script_of_its_own(tmp_path):
    text = _export(tmp_path).read_text(encoding="utf-8")
    assert not re.search(r"<(script|link|img|iframe)[^>]+(src|href)=[\"']?(https?:)?//", text)
    assert "<script" not in text          # folding needs no script (this page has no table)


@pytest.mark.skipif(not (shutil.which("chromium") and shutil.which("chromedriver")),
                    reason="needs Debian's chromium and chromium-driver")
def test_in_chromium_the_code_is_hidden_until_the_summary_is_clicked(tmp_path):
    pytest.importorskip("selenium.webdriver")
    from selenium.webdriver.common.by import By

    from conftest import headless_chrome

    html = _export(tmp_path)
    driver = headless_chrome(tmp_path / "chrome")
    try:
        driver.get(html.as_uri())
        body = driver.find_element(By.TAG_NAME, "body").text
        assert "forty-two documents" in body and "secret_setting" not in body
        driver.find_element(By.CSS_SELECTOR, "details.report-code > summary").click()
        assert "secret_setting" in driver.find_element(By.TAG_NAME, "body").text
    finally:
        driver.quit()


# --------------------------------------------------------------------------------------------
# 3. load notes of one kind, grouped

def _notes(n_other=40):
    rows = [("news.csv", None, "no 'doc_id' column", "doc_id read from column 'id'", None)]
    for i in range(n_other):
        lang = "de" if i % 2 else "fr"
        rows.append((f"news.csv:{i + 2}", f"{lang}{i:03d}", "not English",
                     f"kept; language column says '{lang}'", "py3langid p=1.00"))
    rows.append(("news.csv:99", "en001", "duplicate text", "kept", None))
    return pd.DataFrame(rows, columns=["source_path", "doc_id", "problem", "action", "detail"])


def test_notes_by_kind_gives_one_line_per_kind_with_a_count_and_the_first_documents():
    import analysis

    notes = _notes(40)
    grouped = analysis.notes_by_kind(notes)
    assert grouped["note"].tolist() == ["no 'doc_id' column", "not English", "duplicate text"]
    row = grouped.set_index("note").loc["not English"]
    assert row["count"] == 40
    assert row["documents"] == "40 documents: fr000, de001, fr002 and 37 more"
    assert row["what was done"] == "kept; language column says 'fr' (20); kept; language column says 'de' (20)"
    assert row["first place"] == "news.csv:2" and row["detail"] == "py3langid p=1.00"
    # every note is still in the notes themselves: grouping reads them, it does not drop them
    assert len(notes) == 42 and grouped["count"].sum() == len(notes)


def test_notes_markdown_names_the_first_documents_of_a_repeated_note_once():
    import html

    import analysis

    md = html.unescape(re.sub(r"</?span[^>]*>", "", analysis.notes_markdown(_notes(300))))
    row = next(line for line in md.splitlines() if line.startswith("| not English"))
    assert "| 300 |" in row and "300 documents: fr000, de001, fr002 and 297 more" in row
    assert sum(line.startswith("| not English") for line in md.splitlines()) == 1


def test_a_note_about_one_document_or_none_lists_no_documents():
    import analysis

    grouped = analysis.notes_by_kind(_notes(1)).set_index("note")
    assert grouped.loc["not English", "documents"] == "fr000"          # one: its id, no count
    assert grouped.loc["no 'doc_id' column", "documents"] == ""        # about the file
    md = analysis.notes_markdown(_notes(1))
    assert "documents" not in md.split("|---|", 1)[1]
    assert analysis.notes_by_kind(None).empty and list(analysis.notes_by_kind(None).columns)[:2] == ["note", "count"]


# --------------------------------------------------------------------------------------------
# 2. topics in a corpus of several languages

_EN = ["The striker scored twice as the club won the cup final against the champions in the stadium.",
       "The minister said the budget would raise taxes on energy companies and cut spending on roads.",
       "Parliament voted on the budget as the government promised lower energy prices and new taxes.",
       "The team won the match after the goalkeeper saved a penalty in the final minutes of the league game."]
_DE = ["Die Regierung hat am Montag beschlossen, die Steuern für Unternehmen zu senken und die Renten zu erhöhen.",
       "Der Verein gewann das Spiel gegen den Meister nach einem Tor in der letzten Minute der Verlängerung.",
       "Die Polizei ermittelt nach einem Brand in einer Wohnung in Wien, verletzt wurde niemand.",
       "Das Unternehmen stellte ein neues Telefon vor, das im Herbst in den Handel kommen soll."]
_FR = ["Le gouvernement a annoncé lundi une hausse des impôts pour les entreprises et une baisse des retraites.",
       "L'équipe a gagné le match contre les champions grâce à un but dans les dernières minutes de la finale.",
       "La police enquête après un incendie dans un appartement à Dakar, personne n'a été blessé.",
       "L'entreprise a présenté un nouveau téléphone qui sera vendu en automne dans les magasins."]


def _mixed(n=10, langs=("en", "de", "fr")):
    texts, codes = [], []
    for code, pool in (("en", _EN), ("de", _DE), ("fr", _FR)):
        if code in langs:
            texts += [pool[i % 4] + f" Report {i}." for i in range(n)]
            codes += [code] * n
    return pd.DataFrame({"doc_id": [f"d{i}" for i in range(len(texts))], "text": texts, "language": codes})


def test_topics_of_a_corpus_in_three_languages_show_their_language_shares():
    import analysis

    corpus = _mixed()
    model = analysis.fit_topics(corpus, k=3, reuse=False, n_refits=0, fit_on="document")
    table = model.topic_languages
    assert list(table.columns) == ["topic", "label", "documents", "languages"] and len(table) == 3
    # the shares are those of the documents each topic dominates, counted here independently
    dom = model.document_topics().merge(corpus[["doc_id", "language"]], on="doc_id")
    for row in table.itertuples():
        group = dom.loc[dom["dominant_topic"] == row.topic, "language"]
        assert row.documents == len(group)
        top = group.value_counts().sort_index().sort_values(ascending=False, kind="stable")
        assert row.languages.startswith(f"{top.index[0]} {top.iloc[0] / len(group):.0%}"), (row, top)
    note = model.stop_words_note
    assert "**Topics and languages.** The documents are in several languages" in note
    assert "| topic | label | documents | languages |" in note
    assert sum(line.startswith("| ") for line in note.splitlines()) == 1 + 3  # header + a row per topic


class _Fitted:
    """What _topic_languages reads of a fitted model: labels and each document's dominant topic."""

    def __init__(self, dominant, labels):
        self.labels = pd.Series(labels, index=range(1, len(labels) + 1))
        self._dominant = dominant

    def document_topics(self):
        return pd.DataFrame({"doc_id": [f"d{i}" for i in range(len(self._dominant))],
                             "dominant_topic": pd.array(self._dominant, dtype="Int64")})


def test_the_note_names_which_topics_are_which_language():
    from analysis.topics.model import _topic_languages

    # 40 French documents: 39 under topic 1, 1 under topic 3; 20 German under 2; 40 English:
    # 20 under 3, 20 under 4
    langs = ["fr"] * 40 + ["de"] * 20 + ["en"] * 40
    dominant = [1] * 39 + [3] + [2] * 20 + [3] * 20 + [4] * 20
    corpus = pd.DataFrame({"doc_id": [f"d{i}" for i in range(100)], "language": langs})
    model = _Fitted(dominant, ["femmes / président", "menschen / wien", "budget / taxes", "match / goal"])
    table, note = _topic_languages(model, corpus)
    assert table["languages"].tolist() == ["fr 100%", "de 100%", "en 95%, fr 5%", "en 100%"]
    assert "topic 1 French; topic 2 German; topics 3, 4 English" in note
    assert note.count("**Topics and languages.**") == 1 and "| 3 | " in note
    # a note already made (a corpus mostly in one language) is kept and gets the table only
    table2, note2 = _topic_languages(model, corpus, "**Topics and languages.** Earlier sentence.")
    assert note2.startswith("**Topics and languages.** Earlier sentence.\n\n") and "split by" not in note2
    # guard: a corpus 82% English whose topics are 80% and 84% English does not split by language
    langs = ["en"] * 82 + ["de"] * 11 + ["fr"] * 7
    dominant = [1] * 40 + [2] * 42 + [1] * 9 + [2] * 2 + [1] * 1 + [2] * 6
    mostly = pd.DataFrame({"doc_id": [f"d{i}" for i in range(100)], "language": langs})
    table4, note4 = _topic_languages(_Fitted(dominant, ["budget / taxes", "match / goal"]), mostly)
    assert len(table4) == 2 and "and the topics split by language" not in note4
    assert "the topics do not split by language" in note4
    # guard: one language (English) -> nothing
    table3, note3 = _topic_languages(model, corpus.assign(language="en"))
    assert table3.empty and note3 == ""


def test_an_english_corpus_with_a_stray_document_in_another_language_gets_no_language_table():
    import analysis

    corpus = _mixed(n=40, langs=("en",))
    corpus.loc[0, "language"] = "de"                 # one misdetected document: 1 of 40 (< 5%)
    model = analysis.fit_topics(corpus, k=2, reuse=False, n_refits=0, fit_on="document")
    assert model.topic_languages.empty
    assert "Topics and languages" not in model.stop_words_note
    assert "languages |" not in model.stop_words_note


def test_a_mostly_english_corpus_keeps_its_sentence_and_gets_the_table_once():
    import analysis

    corpus = pd.concat([_mixed(n=24, langs=("en",)), _mixed(n=8, langs=("de",))], ignore_index=True)
    corpus["doc_id"] = [f"d{i}" for i in range(len(corpus))]
    model = analysis.fit_topics(corpus, k=3, reuse=False, n_refits=0, fit_on="document")
    note = model.stop_words_note
    assert note.count("**Topics and languages.**") == 1       # the existing sentence, not a second one
    assert note.count("| topic | label | documents | languages |") == 1
    assert model.topic_languages["documents"].sum() == 32
