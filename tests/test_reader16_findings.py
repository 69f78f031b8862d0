"""Round-16 findings from reading whole reports on corpora of other shapes (a CSV mixing
English, German and French articles; Reuters stories as one JSON array with nested metadata;
a folder of L3S HTML pages), each on invented data."""
import json
import warnings

import pandas as pd

from analysis.corpus.loading import load_corpus
from analysis.report.narrative import compare_problem, comparison


def _load(path, **kw):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return load_corpus(path, **kw)


def _problems(corpus):
    return pd.DataFrame(corpus.attrs.get("problems", []))


_STORIES = [
    "Acme Corp said on Monday it would buy Beta Industries for 120 mln dlrs in cash, subject to "
    "approval by Beta's shareholders and regulators.",
    "Gamma Holdings reported first quarter net profit of 4.2 mln dlrs, up from 3.1 mln dlrs a year "
    "earlier, on higher sales of its industrial pumps.",
    "Delta Bank agreed to acquire the savings unit of Epsilon Financial, the two companies said in "
    "a joint statement, without giving the price.",
    "Zeta Mining said its annual earnings rose 12 pct to 8.5 mln dlrs and it raised its dividend "
    "to 15 cts a share from 12 cts.",
]


def _nested_json(path, meta_key="date"):
    rows = [{"id": f"r{i}", "headline": f"Story {i}", "body": t,
             "meta": {meta_key: 541350061000 + i * 86_400_000, "topics": topics}}
            for i, (t, topics) in enumerate(zip(_STORIES, [["acq"], ["earn"], ["acq"], ["earn", "div"]]), 1)]
    path.write_text(json.dumps(rows))
    return path


# --- A. a date kept inside a nested object of a JSON record is found, and said ---------------
def test_a_date_inside_a_nested_meta_object_is_read_and_said(tmp_path):
    # {"meta": {"date": <epoch ms>, "topics": [...]}, "body": ...}: the report said "no
    # publication dates" and no note told why; --date-column meta.date was needed
    c = _load(_nested_json(tmp_path / "wire.json"))
    assert c["published"].dt.strftime("%Y-%m-%d").tolist() == ["1987-02-27", "1987-02-28",
                                                                "1987-03-01", "1987-03-02"]
    assert set(c["date_basis"]) == {"metadata"}
    p = _problems(c)
    note = p[p["problem"] == "no 'published' column"]
    assert len(note) == 1 and "'meta.date'" in note["action"].iloc[0]


def test_a_top_level_date_or_a_named_column_wins_over_a_nested_one(tmp_path):
    # guard: a date at the top level (any of its names) is used, not the nested one; a
    # shared nested "title" (a section's) is no document's title
    rows = [{"id": f"r{i}", "text": t, "pub_date": f"2020-01-0{i}",
             "meta": {"date": "1999-12-31"}, "section": {"title": "Business", "id": 3}}
            for i, t in enumerate(_STORIES, 1)]
    path = tmp_path / "flat.json"
    path.write_text(json.dumps(rows))
    c = _load(path)
    assert c["published"].dt.strftime("%Y-%m-%d").tolist() == [f"2020-01-0{i}" for i in range(1, 5)]
    assert "Business" not in set(c["title"].dropna())
    c = _load(_nested_json(tmp_path / "wire.json"), date_column="meta.when")
    assert c["published"].isna().all()


# --- B. compare by a list of labels inside a nested object ------------------------------------
def test_compare_by_a_label_in_a_nested_list(tmp_path):
    # --compare meta.topics=earn,meta.topics=acq: "no column meta.topics" before, and a list
    # column never equalled one of its labels
    c = _load(_nested_json(tmp_path / "wire.json"))
    assert compare_problem(c, ["meta.topics=earn", "meta.topics=acq"]) is None
    groups = comparison(c, ["meta.topics=earn", "meta.topics=acq"]).groups
    assert groups.tolist() == ["meta.topics=acq", "meta.topics=earn", "meta.topics=acq", "meta.topics=earn"]
    flat = pd.DataFrame({"doc_id": list("abc"), "topics": [["earn"], ["acq", "earn"], []]})
    assert comparison(flat, ["topics=earn", "topics=acq"]).groups.tolist()[0] == "topics=earn"
    # the hint names the nested keys a researcher can write, and the labels of a list
    problem = compare_problem(c, ["topics=earn", "topics=acq"])
    assert "meta.topics" in problem
    problem = compare_problem(c, ["meta.topics=ean", "meta.topics=acq"])
    assert "earn" in problem and "['earn']" not in problem


def test_compare_by_a_plain_column_is_unchanged():
    # guard: a column of strings matches by equality, not by substring
    c = pd.DataFrame({"doc_id": list("abc"), "desk": ["Inland", "Inland news", "World"]})
    assert comparison(c, ["desk=Inland", "desk=World"]).groups.tolist() == ["desk=Inland", pd.NA, "desk=World"]


# --- C. a site name or a menu heading is no page title ----------------------------------------
import lxml.html  # noqa: E402

from analysis.corpus.loading import _page_title  # noqa: E402

_BODY = ("The city council approved a budget of 4.2 million dollars on Monday to repair the old "
         "harbour bridge, Mayor Dana Ortiz said.")


def _tree(title_el, headings=""):
    return lxml.html.document_fromstring(
        f"<html><head>{title_el}</head><body>{headings}<p>{_BODY}</p></body></html>")


def test_a_site_name_or_a_navigation_heading_is_no_page_title():
    # L3S: "WebProNews", "LA Daily News", "Navigation", "bbc.co.uk Navigation", "News" were the
    # titles of pages whose <title> holds the headline (or of pages without one)
    t = _tree("<title>Council Approves Harbour Bridge Budget | CityWire</title>",
              "<h1>CityWire</h1><h2>Council Approves Harbour Bridge Budget</h2>")
    assert _page_title("CityWire", t, _BODY) == "Council Approves Harbour Bridge Budget"
    t = _tree("<title>Lakeview Daily News - Council approves harbour bridge budget</title>",
              "<h1>Lakeview Daily News</h1><h2>Council approves harbour bridge budget</h2>")
    assert _page_title("Lakeview Daily News", t, _BODY) == "Council approves harbour bridge budget"
    t = _tree("<title>Council approves harbour bridge budget | Lakeview Online</title>",
              "<h1>Navigation</h1><h2>Council approves harbour bridge budget</h2>")
    assert _page_title("Navigation", t, _BODY) == "Council approves harbour bridge budget"
    t = _tree("", "<h1>lakeview.co.uk Navigation</h1>")
    assert _page_title("lakeview.co.uk Navigation", t, _BODY) is None
    assert _page_title("News", _tree("<title></title>", "<h1>News</h1>"), _BODY) is None


def test_a_short_headline_beside_the_site_name_stays_the_title():
    # guard: the headline is the short part; the article opens with it, or no part is longer
    t = _tree("<title>Obama wins - The Sydney Morning Herald Online</title>",
              "<h1>The Sydney Morning Herald Online</h1><h2>Obama wins</h2>")
    assert _page_title("Obama wins", t, "Obama wins. " + _BODY) == "Obama wins"
    t = _tree("<title>Council approves harbour bridge budget - CBS News</title>")
    assert _page_title("Council approves harbour bridge budget", t, _BODY) == \
        "Council approves harbour bridge budget"
    t = _tree("<title>Amazon.com profits rise</title>")
    assert _page_title("Amazon.com profits rise", t, _BODY) == "Amazon.com profits rise"


# --- D. a pair with nothing aligned is not called "related" -----------------------------------
def test_template_notes_sharing_words_but_no_sentence_are_no_reuse_pair():
    # Reuters: 22 pairs of one-sentence results notes were listed as "related, similarity 0.00,
    # 0% aligned" (word overlap 0.31 from the template's words), with nothing to show
    from analysis.reuse.detect import text_reuse

    notes = pd.DataFrame({"doc_id": ["a", "b", "c"], "text": [
        "Note: 1986 net includes nine mln dlr extraordinary loss for timber writedowns and "
        "unrealized currency losses vs yr-ago loss of 32.5 mln dlrs.",
        "Note: 1986 net excludes extraordinary gain of 13 mln dlrs or 3.50 dlrs shr from sale of "
        "Acme shares vs yr-ago loss of 4.3 mln dlrs or 1.14 dlrs shr.",
        "Note: 1986 net includes 125 mln dlr or 1.90 dlr shr writedown of investment in Beta "
        "Energy vs yr-ago extraordinary loss of 17 cts shr (net fig not given)."]})
    r = text_reuse(notes, min_words=10)
    assert r.empty or (r["n_aligned"] > 0).all() or (r["kind"] == "copy").all()
    assert r.empty


def test_a_copy_and_a_rewrite_are_still_listed():
    # guard: a copied note is a pair, whatever it aligns
    from analysis.reuse.detect import text_reuse

    note = ("Note: 1986 net includes nine mln dlr extraordinary loss for timber writedowns and "
            "unrealized currency losses vs yr-ago loss of 32.5 mln dlrs.")
    r = text_reuse(pd.DataFrame({"doc_id": ["a", "b"], "text": [note, note + " Reuter"]}), min_words=10)
    assert r["kind"].tolist() == ["copy"]


# --- E. a representative paragraph that is a whole article is shortened ----------------------
def test_a_paragraph_that_is_a_whole_article_is_shown_by_its_opening():
    # BBC Afrique: the articles have no paragraph breaks, so topic 1's representative
    # "paragraph" was a whole 1,500-word article, printed in full in 01_topics
    import random

    from analysis.topics.model import REPRESENTATIVE_MAX_WORDS, fit_topics

    rng = random.Random(0)
    sport = "team match goal league coach season player stadium win cup".split()
    money = "bank rate market inflation price bond budget economy tax loan".split()
    docs = []
    for i in range(24):
        vocab = sport if i % 2 else money
        sentences = [" ".join(rng.choice(vocab) for _ in range(9)).capitalize() + "." for _ in range(60)]
        docs.append(" ".join(sentences))   # one paragraph of 600 words
    c = pd.DataFrame({"doc_id": [f"d{i}" for i in range(24)], "text": docs})
    rep = fit_topics(c, k=2, random_state=0).representative_units(2)
    words = rep["text"].str.split().str.len()
    assert (words <= REPRESENTATIVE_MAX_WORDS + 4).all()
    assert rep["text"].str.endswith("more words]").all()
    assert rep["text"].str.contains(r"\. \[\.\.\. ", regex=True).all()   # cut at a sentence end


def test_a_paragraph_of_ordinary_length_is_shown_whole():
    # guard: a paragraph under the limit is unchanged, and max_words=None shows every unit whole
    from analysis.topics.model import _shortened

    para = "The council approved the budget on Monday. Work starts in March."
    assert _shortened(para, 150) == para
    long = " ".join(["Word word word word word."] * 100)
    assert _shortened(long, None) == long


# --- F. "1 outlet" says for how many documents the outlet is known ----------------------------
def test_the_corpus_line_says_for_how_many_documents_the_outlet_is_known():
    # Reuters JSON: "3,000 documents ...; 1 outlet" when 3 stories end with a REUTERS sign-off
    from analysis.report.narrative import corpus_scope

    c = pd.DataFrame({"doc_id": list("abcd"), "n_words": [10] * 4, "outlet": ["Reuters", None, None, None]})
    assert corpus_scope(c).endswith("1 outlet (outlet known for 1 of 4 documents).")
    # guard: every document with an outlet, the line is as before
    assert corpus_scope(c.assign(outlet=["Reuters", "AP", "AP", "BBC"])).endswith("; 3 outlets.")
