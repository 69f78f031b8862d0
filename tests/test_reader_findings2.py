"""Reader-facing findings of the round-5 corpus runs, second pass (docs/corpus-runs-round5.md).

Each test is on invented input and failed before its fix.
"""
import json
import warnings
from pathlib import Path

import pandas as pd
import pytest

import analysis

ROOT = Path(__file__).resolve().parents[1]

_SUBJECTS = [
    ("harbour bridge repair council budget engineers steel cables traffic closure", "Bridge"),
    ("orchard apple harvest farmers frost growers cider prices blossom", "Orchard"),
    ("library books readers loans shelves archive librarians opening hours", "Library"),
]


def _corpus(n_per=12, paragraphs=3):
    rows = []
    for s, (words, name) in enumerate(_SUBJECTS):
        vocab = words.split()
        for i in range(n_per):
            paras = []
            for p in range(paragraphs):
                w = [vocab[(i + p + j) % len(vocab)] for j in range(12)]
                paras.append(" ".join(w).capitalize() + ".")
            rows.append({"doc_id": f"row_{s}_{i:02d}", "title": f"{name} story number {i}",
                         "text": "\n\n".join(paras)})
    return pd.DataFrame(rows)


@pytest.fixture(scope="module")
def doc_model():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return analysis.fit_topics(_corpus(), k=3, reuse=False, n_refits=2, fit_on="document")


def test_describe_says_documents_fitted_and_paragraphs_placed(doc_model):
    # finding 13: "fitted on 108 paragraphs" while 36 whole documents were fitted
    assert doc_model.fit_on == "document"
    assert doc_model.n_fitted == 36
    n_par = len(doc_model.doc_topics)
    assert n_par > 36
    assert doc_model.describe() == (f"Topic model: k = 3 topics (NMF), fitted on 36 documents; "
                                    f"{n_par} paragraphs placed under the topics.")


def test_describe_on_paragraphs():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        model = analysis.fit_topics(_corpus(), k=3, reuse=False, n_refits=0, fit_on="unit")
    assert model.n_fitted == len(model.doc_topics)
    assert model.describe().endswith(f"fitted on {len(model.doc_topics)} paragraphs.")


def test_stability_note_names_the_refitted_ks(doc_model):
    # finding 14: "Stability across the ks tried: 0.84 to 0.84" when one k was refitted
    sel = doc_model.selection.copy()
    chosen = float(sel.loc[sel["chosen"], "stability"].iloc[0])
    assert doc_model.stability_note() == f"Stability of the chosen k (k = 3): {chosen:.2f}."
    # as with k=None: other ks tried but not refitted
    extra = sel.assign(k=2, stability=float("nan"), chosen=False, n_refits=0)
    doc_model.selection = pd.concat([extra, sel], ignore_index=True)
    try:
        note = doc_model.stability_note()
    finally:
        doc_model.selection = sel
    assert note == f"Stability of the chosen k (k = 3): {chosen:.2f}; no other k was refitted."
    assert "across the ks tried" not in note


def test_notebook_01_uses_the_model_sentences():
    nb = json.loads((ROOT / "notebooks" / "01_topics.ipynb").read_text(encoding="utf-8"))
    code = "\n".join("".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "code")
    assert "model.describe()" in code and "model.stability_note(" in code   # with explain=True since round 14
    assert "fitted on {len(model.doc_topics)" not in code
    assert "Stability across the ks tried" not in code


def test_reuse_note_names_documents_by_title():
    # finding 15: "eng_test_00414 and eng_test_00455 are one story" where other pages use headlines
    story = ("The city council of Lakeview approved a budget of 4.2 million dollars on Monday. "
             "Mayor Dana Ortiz said the money would repair the old harbour bridge. "
             "Work is due to start in March and finish within eighteen months. "
             "Opposition councillor Felix Grant voted against the plan, citing rising costs.")
    c = _corpus(n_per=8)
    extra = pd.DataFrame({"doc_id": ["row_wire", "row_copy"],
                          "title": ["Lakeview approves bridge budget", "Council backs bridge repair"],
                          "text": [story, story + " More soon."]})
    c = pd.concat([c, extra], ignore_index=True)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        model = analysis.fit_topics(c, k=3, n_refits=0)
    assert '"Council backs bridge repair" and "Lakeview approves bridge budget" are one story' \
        in model.reuse_note or \
        '"Lakeview approves bridge budget" and "Council backs bridge repair" are one story' in model.reuse_note
    assert "row_wire" not in model.reuse_note
    # without titles, the doc_id; with one shared headline, the doc_id beside it
    c2 = c.assign(title=c["title"].where(~c["doc_id"].eq("row_copy"), "Lakeview approves bridge budget"))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        note = analysis.fit_topics(c2, k=3, n_refits=0, reuse_mode="exclude").reuse_note
    assert '"Lakeview approves bridge budget" (row_copy)' in note


def test_events_note_on_far_dates_is_in_reader_terms():
    # finding 16: "5 dated expression(s) fall outside the years 1677-2262 a timeline can hold"
    c = pd.DataFrame({"doc_id": ["a"], "published": pd.to_datetime(["2020-03-02"]),
                      "text": ["The abbey was founded in the 1500s and burnt down in 1640. "
                               "The new roof opens on Friday."]})
    with pytest.warns(UserWarning) as caught:
        ev = analysis.events(c)
    msg = " ".join(str(w.message) for w in caught if "1677" in str(w.message))
    assert "2 dated expressions before the year 1677 or after 2262 (e.g. 'the 1500s', '1640')" in msg
    assert "listed in the table of temporal expressions" in msg and "timeline" in msg
    assert "expression(s)" not in msg and "can hold (" not in msg
    assert ev["expression"].tolist() == ["Friday"]


def _code_cell(nb_name, needle):
    nb = json.loads((ROOT / "notebooks" / nb_name).read_text(encoding="utf-8"))
    cells = ["".join(c["source"]) for c in nb["cells"]]
    return nb, next(s for s in cells if needle in s)


def test_notebook_02_says_nothing_about_a_comparison_not_made():
    # finding 20: "No comparison over time ..." followed by "derived copies left out when each
    # story counts once", and "the line printed above says whether it does"
    nb, cell = _code_cell("02_sentiment.ipynb", "derived copies left out when each story counts once")
    lines = cell.splitlines()
    usable = next(i for i, line in enumerate(lines) if line.startswith("if comparison.usable"))
    printed = next(i for i, line in enumerate(lines) if "derived copies left out" in line)
    assert printed > usable and lines[printed].startswith("    ")
    text = "\n".join("".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "markdown")
    assert "the line printed above says whether it does" not in text
    assert "counted-once\n  tables" not in text and "counted-once tables" not in text


def test_reuse_table_says_why_a_similar_pair_is_only_related():
    # finding 17: similarity 1.0 on two different one-sentence stories marked "related": the
    # similarity is the aligned share of a one-sentence item; the rewrite tests it failed are named
    a = ("Harbourside News - OSLO -- A second crew of amateur sailors racing for the 2 million "
         "krone Nordic Cup, a contest for home-built ocean yachts, has announced the first "
         "departure date for its crewed boat.")
    b = ("Harbourside News - The second attempt by the yacht Stormbird to cross the sea and win "
         "the 2 million krone Nordic Cup is planned for Sunday, organisers announced late on Friday.")
    r = analysis.text_reuse(pd.DataFrame({"doc_id": ["a", "b"], "text": [a, b]}),
                            sentence_threshold=0.1, min_words=10)
    assert list(r.columns[:7]) == ["doc_a", "doc_b", "similarity", "shared_passages", "derived",
                                   "kind", "reason"]
    row = r.iloc[0]
    assert row["similarity"] == 1.0 and row["kind"] == "related" and not row["derived"]
    assert row["reason"].startswith("not a rewrite: 1 sentence aligned (needs 2)")


def test_reuse_reason_for_a_copy():
    story = ("The city council of Lakeview approved a budget of 4.2 million dollars on Monday. "
             "Mayor Dana Ortiz said the money would repair the old harbour bridge. "
             "Work is due to start in March and finish within eighteen months. "
             "Opposition councillor Felix Grant voted against the plan, citing rising costs.")
    r = analysis.text_reuse(pd.DataFrame({"doc_id": ["wire", "copy"], "text": [story, story + " More soon."]}))
    assert r["kind"].tolist() == ["copy"]
    assert r["reason"].iloc[0].endswith("of word 5-grams verbatim (a copy needs 50%)")


def test_reuse_reason_does_not_round_a_share_up_to_the_threshold():
    from analysis.reuse.detect import _reason

    why = _reason("related", 0.0, 0.499, 15, 300, 0.8, 0.5, 0.5, 25, 0.7)
    assert why == "not a rewrite: 49.9% aligned (needs 50%)"
