"""Round-16 review findings (docs/review16d-round16.md) fixed by fix16d, each on invented data:
a short headline beside a long outlet name; a nested image object read as the article's
metadata; two nested dates refused without a word; compare by a nested integer or boolean;
"pretty" as an adjective in the tone drivers; a short first sentence hiding a unit."""
import json
import warnings

import lxml.html
import pandas as pd

from analysis.corpus.loading import _extract_html, _page_title, load_corpus

# --- 1. a short headline beside a long outlet name stays the title ---------------------------
_LEDE = ("Police closed several blocks of the city centre on Tuesday evening after a gunman opened "
         "fire near a station entrance, wounding two people, officials said. The suspect was "
         "arrested at the scene and a handgun was recovered, according to a police spokesman. ")


def _page(title_el, headline, masthead, domain, h1_in_article=False):
    hero = "" if h1_in_article else f'<div class="hero"><h1>{headline}</h1></div>'
    inner = f"<h1>{headline}</h1>" if h1_in_article else ""
    return (f'<html><head><title>{title_el}</title><meta property="og:title" content="{headline}">'
            f'<meta property="og:url" content="https://www.{domain}/2020/01/02/story.html"></head>'
            f'<body><header><a href="/">{masthead}</a></header>{hero}<article>{inner}'
            f"<p>{_LEDE}</p><p>{_LEDE}</p><p>{_LEDE}</p></article>"
            f"<footer>&copy; 2020 {masthead}</footer></body></html>")


def test_a_short_headline_beside_a_long_outlet_name_is_not_replaced_by_it():
    # review 16d finding 1: "Times Square shooting - The New York Times" gave "The New York Times"
    for title_el, headline, masthead, domain in [
            ("Times Square shooting - The New York Times", "Times Square shooting", "The New York Times", "nytimes.com"),
            ("Fed holds rates | The Sydney Morning Herald", "Fed holds rates", "The Sydney Morning Herald", "smh.com.au"),
            ("Gunman wounds two - The New York Times", "Gunman wounds two", "The New York Times", "nytimes.com"),
            ("Ferry fares frozen - The Harbourside Evening Gazette", "Ferry fares frozen",
             "The Harbourside Evening Gazette", "harbourside-gazette.example.com")]:
        _, meta, _ = _extract_html(_page(title_el, headline, masthead, domain))
        assert meta.get("title") == headline, title_el


def test_a_site_name_title_is_still_replaced_by_the_headline():
    # guard (reader16's L3S gains): the site's name, a heading of the page whose letters are the
    # host's, gives way to the headline; a navigation label is never the fallback
    body = "<p>" + _LEDE * 3 + "</p>"
    tree = lxml.html.document_fromstring(
        "<html><head><title>Apple To Patent Line-Cutting Technology | WebProNews</title></head>"
        f"<body><h1>WebProNews</h1><p>Apple To Patent Line-Cutting Technology</p>{body}</body></html>")
    assert _page_title("WebProNews", tree, _LEDE, url="http://www.webpronews.com/x.html") == \
        "Apple To Patent Line-Cutting Technology"
    tree = lxml.html.document_fromstring(
        "<html><head><title>News - Sport - The Guardian</title></head>"
        f"<body><h1>News</h1><p>The Guardian</p>{body}</body></html>")
    assert _page_title("News", tree, _LEDE, url="https://www.theguardian.com/sport/x") is None
    # the fallback never picks the site's name
    tree = lxml.html.document_fromstring(
        "<html><head><title>Menu - Lakeview Evening Courier Online</title></head>"
        f"<body><h1>Menu</h1><p>Lakeview Evening Courier Online</p>{body}</body></html>")
    assert _page_title("Navigation", tree, _LEDE, sites=("Lakeview Evening Courier Online",)) is None


# --- 2/4. nested objects: a media object is not the article; two candidates are said ---------
_BODY = "The council approved the budget on Monday after a long debate about roads and schools in the town."


def _load(tmp_path, name, recs, **kw):
    path = tmp_path / f"{name}.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in recs))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return load_corpus(path, detect_language=False, **kw)


def _actions(c):
    return " | ".join(pd.DataFrame(c.attrs.get("problems", []))["action"])


def test_a_nested_image_object_does_not_fill_author_outlet_date_or_title(tmp_path):
    recs = [{"text": _BODY + f" n{i}", "headline": f"Council passes budget {i}",
             "image": {"url": f"http://x/{i}.jpg", "title": f"Councillors vote in the chamber {i}",
                       "source": "Getty Images", "author": "John Smith", "date": "2015-03-01"}}
            for i in range(5)]
    c = _load(tmp_path, "img", recs)
    assert c["author"].isna().all() and c["outlet"].isna().all() and c["published"].isna().all()
    assert c["title"].tolist() == [f"Council passes budget {i}" for i in range(5)]
    c = _load(tmp_path, "img2", [{k: v for k, v in r.items() if k != "headline"}
                                 | {"featuredImage": r["image"]} for r in recs])
    assert c["title"].isna().all() and c["author"].isna().all()


def test_a_nested_meta_object_still_gives_the_date_and_the_author(tmp_path):
    # guard: a metadata object, or one named after no media, is read as before
    recs = [{"text": _BODY + f" n{i}", "meta": {"date": f"2020-01-0{i + 1}", "author": "Ann Lee"},
             "image": {"date": "2015-03-01", "author": "John Smith"}} for i in range(3)]
    c = _load(tmp_path, "meta", recs)
    assert c["published"].dt.strftime("%Y-%m-%d").tolist() == ["2020-01-01", "2020-01-02", "2020-01-03"]
    assert set(c["author"]) == {"Ann Lee"}


def test_two_nested_dates_are_not_read_and_the_note_names_both(tmp_path):
    recs = [{"text": _BODY + f" n{i}", "meta": {"date": f"2020-01-0{i + 1}"},
             "modified": {"date": f"2021-01-0{i + 1}"}} for i in range(3)]
    c = _load(tmp_path, "two", recs)
    assert c["published"].isna().all()
    note = _actions(c)
    assert "'meta.date'" in note and "'modified.date'" in note and "date_column=" in note


# --- 3. compare by a nested integer that some documents lack; by a JSON boolean -------------
from analysis.report.narrative import _match, compare_problem, comparison  # noqa: E402


def test_compare_by_a_nested_integer_missing_in_one_document():
    c = pd.DataFrame({"meta": [{"year": 2020}, {"year": 2021}, {"section": "x"}]})
    assert _match(c, "meta.year=2020", None).tolist() == [True, False, False]
    # a top-level integer column made float by a missing value, the same
    assert _match(pd.DataFrame({"year": [2020, None, 2021]}), "year=2020", None).tolist() == [True, False, False]


def test_compare_by_a_json_boolean_as_json_writes_it(tmp_path):
    recs = [{"text": _BODY + " a", "meta": {"year": 2020, "paywall": True}},
            {"text": _BODY + " b", "meta": {"year": 2021, "paywall": False}},
            {"text": _BODY + " c", "meta": {"section": "x"}}]
    c = _load(tmp_path, "pay", recs)
    assert _match(c, "meta.paywall=true", None).tolist() == [True, False, False]
    assert _match(c, "meta.paywall=False", None).tolist() == [False, True, False]
    assert compare_problem(c, ["meta.year=2020", "meta.year=2021"]) is None
    assert comparison(c, ["meta.year=2020", "meta.year=2021"]).groups.tolist()[:2] == ["meta.year=2020", "meta.year=2021"]


def test_compare_by_text_and_decimals_is_unchanged():
    # guard: a string "true" is not a boolean; a decimal is matched by its own text only
    c = pd.DataFrame({"label": ["true", "True", "x"], "score": [2.5, 3.0, None]})
    assert _match(c, "label=true", None).tolist() == [True, False, False]
    assert _match(c, "score=2.5", None).tolist() == [True, False, False]
    assert _match(c, "score=2", None).tolist() == [False, False, False]
    assert _match(c, "score=3", None).tolist() == [False, True, False]


# --- 5. "pretty" the adjective is a tone driver; the degree adverb is not --------------------
from analysis.sentiment.scores import lexicon_words, sentiment_drivers  # noqa: E402


def test_pretty_as_an_adjective_is_a_tone_driver():
    s = pd.DataFrame({"doc_id": ["a", "b", "c"], "sentence": [
        "The pretty village drew tourists.", "A pretty little harbour town with pretty cottages.",
        "The council was pleased."]})
    d = sentiment_drivers(s).set_index("word")
    assert d.loc["pretty", "occurrences"] == 3 and round(d.loc["pretty", "total"], 1) == 6.6
    assert round(d.loc["pleased", "share"], 2) == 0.22
    s = pd.DataFrame({"doc_id": ["a"], "sentence": ["Her pretty garden won the prize."]})
    assert "pretty" in set(sentiment_drivers(s)["word"])


def test_pretty_as_a_degree_adverb_is_no_driver():
    # guard: "pretty good" grades "good"; "pretty much" means "almost"
    s = pd.DataFrame({"doc_id": ["a", "b", "c"], "sentence": [
        "It was a pretty good result for the club.", "The deal is pretty much settled.",
        "It has been a pretty tough week for investors."]})
    assert "pretty" not in set(sentiment_drivers(s)["word"])
    assert lexicon_words(["A pretty good result."], collapse=True).tolist() == ["good +1.9"]
    assert lexicon_words(["A pretty good result."], all_senses=True)["word"].tolist() == ["pretty", "good"]


# --- 6. a short first sentence does not hide the unit; "1 more word" ------------------------
from analysis.topics.model import _shortened  # noqa: E402


def test_a_short_first_sentence_before_a_long_one_does_not_hide_the_unit():
    out = _shortened("Short lead here. " + " ".join(["x"] * 200) + ".", 150)
    assert out.startswith("Short lead here. x x") and out.endswith(" [... 53 more words]")
    assert len(out.split()) == 150 + 4
    out = _shortened("Rates held. " + " ".join(["growth"] * 60) + ".", 40)
    assert out.endswith("[... 22 more words]")
    assert _shortened(" ".join(["w"] * 150) + " end.", 150).endswith("w [... 1 more word]")


def test_a_sentence_overflowing_a_half_full_excerpt_is_still_left_whole():
    # guard: past half of max_words, the excerpt ends at a sentence end, as before
    text = " ".join(["a"] * 100) + ". " + " ".join(["b"] * 100) + "."
    assert _shortened(text, 150) == " ".join(["a"] * 99) + " a. [... 100 more words]"
    assert _shortened("One two three. Four five six. Seven eight.", 6) == \
        "One two three. Four five six. [... 2 more words]"


def test_a_nested_object_that_is_a_number_in_another_record_is_no_error(tmp_path):
    # found by tests/test_loading_properties.py: {"extra": 1} beside {"extra": {}} raised TypeError
    recs = [{"doc_id": "a", "text": _BODY, "extra": 1}, {"doc_id": "b", "text": _BODY + " b", "extra": {}},
            {"doc_id": "c", "text": _BODY + " c", "extra": {"date": "2020-01-02"}}]
    c = _load(tmp_path, "num", recs)
    assert len(c) == 3 and c["published"].notna().sum() == 1


def test_pretty_in_news_sentences():
    # the adjective: after a determiner or degree word, before a plural noun, ending its clause;
    # the adverb: before a lexicon word, an adjective/adverb ending, or after a verb
    assert lexicon_words(["She said the result was not pretty, and it was.", "The view is very pretty.",
                          "It was pretty routine, officials said.", "They were pretty worried about it.",
                          "It was a pretty dramatic increase."], collapse=True).tolist() == \
        ["pretty +2.2", "pretty +2.2", "", "worried -1.2", "increase +1.3"]
