"""Faster paths give exactly what the plain ones give: windowed date-rule search, char n-gram TF-IDF."""
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.dates import rules as R
from analysis.text import regex_window as W

WINDOWED = [r for r in R.RULES if r.name in R.GATE_IN_MATCH]

# Pieces of invented news text: the words the rules look for, numbers, punctuation and white
# space of every kind, so that matches start, end and overlap in many ways.
PIECES = ["January", "Jan.", "JAN", "may", "May", "Sept", "september", "3", "21st", "1987", "2,000",
          "1,234,567.89", "12.5", "days", "a day", "week", "weeks", "months", "year", "year-end",
          "years ago", "ago", "earlier", "later", "last", "next", "this", "the", "past", "coming",
          "Q3", "3Q", "quarter", "first", "fiscal", "spring", "fall", "1980s", "'90s", "the nineties",
          "3 p.m.", "10:30", "noon", "half past", "five", "o'clock", "twice", "times a", "now",
          "recently", "in the future", "for", "within", "of", "-", ",", ".", ";", "\u2019", "ſ",
          "İstanbul", "ı", "Mr", "said", " ", "  ", "\n\n", "\t", " " * 30, "0" * 25, "old", "long",
          # round 10 rules: "could one day", "until then", "it's the second day of", "8:40 this morning",
          # "the same month last year"
          "could", "one day", "someday", "a later date", "until then", "it's", "the second day", "tonight",
          "this morning", "last night", "same month", "last year",
          # round 11: "overnight"
          "overnight", "Overnight", "overnight-", "Tuesday night", "friday morning", "8:15"]


def _same(text: str):
    lower = text.lower()
    for rule in WINDOWED:
        full = [(m.span(), m.groups()) for m in rule.pattern.finditer(text)]
        if not W.windowable(text, lower) or rule.gate.search(lower) is None:
            continue
        reach = W.pattern_reach(rule.pattern, W.longest_run(text))
        if reach is None:
            continue
        got = [(m.span(), m.groups()) for m in W.gated_finditer(rule.pattern, rule.gate, reach, text, lower)]
        assert got == full, (rule.name, text)


@pytest.mark.parametrize("text", [
    "Talks began on Jan. 6, 1987 and ended three weeks later, two days before May 1.",
    "Profits rose in the third quarter of 1987, against 12 mln dlrs a year earlier; Q3 1988.",
    "The ministry said in March last year that the plan, due in the spring of 1990, was dead.",
    "Prices  \n\n  rose    14.5   pct   over   the   past   three   months   ,   officials   said.",
    "He said at 10:30 a.m. EST Tuesday, or half past ten, that the 1980s were over now.",
    "Not a date: 1,234,567.89 dlrs, 250,000 tonnes, 12 May-June contracts, year-end figures.",
    "İstanbul talks last week; ſeven days ago; ıt ended in the nineties.",
    "",
])
def test_windowed_rules_find_what_a_full_scan_finds(text):
    _same(text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=60), st.lists(st.sampled_from([" ", "", "\n"]), max_size=60))
def test_windowed_rules_on_random_texts(pieces, seps):
    _same("".join(p + (seps[i] if i < len(seps) else " ") for i, p in enumerate(pieces)))


def test_reach_is_none_for_unbounded_patterns():
    assert W.pattern_reach(re.compile(r"\b[a-z]+ days"), 5) is None
    assert W.pattern_reach(re.compile(r"(\d)-\1"), 5) is None      # back-reference: not understood
    assert W.pattern_reach(re.compile(r"a*"), 5) is None           # can match the empty string
    assert W.pattern_reach(re.compile(r"\b\d+\s+days?\b"), 4) == 1 + 4 + 4 + 4 + 1  # \b \d+ \s+ days \b


def test_unaligned_lower_case_is_scanned_in_full():
    assert not W.windowable("İ", "İ".lower())
    assert not W.windowable("ſeven days", "ſeven days")
    assert W.windowable("Seven days", "seven days")


def test_fast_char_ngram_tfidf_is_the_vectorizers_own_matrix():
    """analysis.sentiment.linear_text.tfidf_transform gives scikit-learn's matrix, entry for entry."""
    from analysis.sentiment.linear_text import tfidf_block, tfidf_transform

    train = ["The talks collapsed late on Friday.", "Officials praised a successful, generous deal!",
             "Prices rose 3.5 pct in the year to March", "NO COMMENT, he said.", "x"]
    vec, _, _ = tfidf_block(train, analyzer="char_wb", ngram_range=(2, 5), min_df=1, sublinear_tf=True)
    texts = train + ["", "  ", "Talks  talks\ttalks\n\nTALKS", "Ünïcode wörds – and a\u00a0non-breaking space",
                     "a", "ab ab ab", "zzzzzzzzzzzz"]
    a, b = tfidf_transform(vec, texts), vec.transform(texts)
    assert a.shape == b.shape
    assert (a.indptr == b.indptr).all() and (a.indices == b.indices).all() and (a.data == b.data).all()


def test_segmentation_cache_is_bounded_and_gives_the_same_sentences(monkeypatch):
    import pandas as pd

    from analysis.text import segment

    monkeypatch.setattr(segment, "_CACHE_CHARS", 120)
    segment._doc_sentences.cache_clear()
    texts = [f"Story {k}. Mr. Smith met U.S. officials on Jan. {k}.\n\nThey left." for k in range(1, 9)]
    corpus = pd.DataFrame({"doc_id": [str(k) for k in range(8)], "text": texts})
    first = segment.sentences(corpus)
    again = segment.sentences(corpus)          # partly from the cache, partly segmented again
    pd.testing.assert_frame_equal(first, again)
    assert first.groupby("doc_id").size().tolist() == [3] * 8
    segment._doc_sentences.cache_clear()
