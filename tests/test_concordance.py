"""kwic: one row per hit, with context, offsets and sentence numbers."""
from __future__ import annotations

import re

import pandas as pd
import pytest

from analysis.text.concordance import kwic, phrase_pattern

TEXT_A = ("The harbour authority in Port Elms said on Monday that dredging would resume. "
          "Critics of the Harbour Authority said costs had doubled.\n\n"
          "\u201cWe will not wait,\u201d said Mayor Ruth Okafor. The harbour-authority board meets in May.")
TEXT_B = "Nothing about ports here. Harbours elsewhere were quiet."


@pytest.fixture
def corpus(make_corpus):
    return make_corpus(TEXT_A, TEXT_B, ids=["a", "b"])


def test_phrase_hits_case_insensitive_whole_words(corpus):
    out = kwic(corpus, "harbour authority")
    assert list(out.columns) == ["doc_id", "sent_id", "left", "match", "right", "start", "end"]
    assert out["match"].tolist() == ["harbour authority", "Harbour Authority", "harbour-authority"]
    assert (out["doc_id"] == "a").all()  # "Harbours" in b is another word
    for row in out.itertuples():
        assert TEXT_A[row.start:row.end].lower().replace("-", " ") == "harbour authority"


def test_sentence_ids_follow_the_segmenter(corpus):
    out = kwic(corpus, "harbour authority")
    assert out["sent_id"].tolist() == [0, 1, 3]


def test_window_counts_words_each_side(corpus):
    out = kwic(corpus, "dredging", window=3)
    row = out.iloc[0]
    assert row.left == "on Monday that"
    assert row.right == "would resume. Critics"
    none = kwic(corpus, "dredging", window=0).iloc[0]
    assert none.left == "" and none.right == ""


def test_context_at_text_edges(corpus):
    out = kwic(corpus, "The", window=5)
    first = out.iloc[0]
    assert first.start == 0 and first.left == ""
    last = kwic(corpus, "May", window=4).iloc[0]
    assert last.right == "."  # the rest of the token after the hit, then the end of the text


def test_curly_and_straight_quotes_match(corpus):
    out = kwic(corpus, "\u201cWe will")
    assert len(out) == 1
    out2 = kwic(corpus, '"We will')
    assert out2["start"].tolist() == out["start"].tolist()


def test_compiled_regex_used_as_is(corpus):
    out = kwic(corpus, re.compile(r"\b[Hh]arbours?\b"))
    assert out["match"].tolist() == ["harbour", "Harbour", "harbour", "Harbours"]
    assert out["doc_id"].tolist() == ["a", "a", "a", "b"]
    # a case-sensitive regex is respected
    assert kwic(corpus, re.compile(r"Harbour\b"))["match"].tolist() == ["Harbour"]


def test_case_sensitive_phrase(corpus):
    assert kwic(corpus, "harbour authority", ignore_case=False)["match"].tolist() == [
        "harbour authority", "harbour-authority"]


def test_no_hits_empty_frame_with_columns(corpus):
    out = kwic(corpus, "submarine")
    assert out.empty
    assert list(out.columns) == ["doc_id", "sent_id", "left", "match", "right", "start", "end"]


def test_zero_width_regex_hits_are_skipped(corpus):
    assert kwic(corpus, re.compile(r"(?=x)|\bMay\b"))["match"].tolist() == ["May"]


def test_missing_text_and_bad_input():
    c = pd.DataFrame({"doc_id": ["x", "y"], "text": [None, "A quiet day in Elm."]})
    assert kwic(c, "elm")["doc_id"].tolist() == ["y"]
    with pytest.raises(ValueError):
        kwic(c, "   ")
    with pytest.raises(ValueError, match="doc_id"):
        kwic(pd.DataFrame({"text": ["x"]}), "x")
    with pytest.raises(TypeError):
        kwic(c, 42)


def test_repeated_doc_id_keeps_each_rows_sentences():
    # two rows may share a doc_id (e.g. a hand-built frame); each hit is placed in its own text
    c = pd.DataFrame({"doc_id": ["d", "d"],
                      "text": ["Rain fell. Then the ferry left.", "The ferry left at dawn."]})
    out = kwic(c, "ferry")
    assert out["start"].tolist() == [20, 4]
    assert out["sent_id"].tolist() == [1, 0]


def test_without_sentences(corpus):
    out = kwic(corpus, "harbour authority", with_sentences=False)
    assert out["sent_id"].isna().all() and len(out) == 3


def test_phrase_pattern_flexible_separators():
    rx = phrase_pattern("Kim Jong Un")
    assert rx.search("leader Kim Jong-un said")
    assert rx.search("Kim\nJong Un")
    assert not rx.search("Kim Jong Unification")
