"""Stored sentences (a store's ``data.sentences``) give text_reuse and kwic the same results as
splitting the texts again, and a table of another corpus is refused (scale work, issue 12)."""
from __future__ import annotations

import random
import re

import pandas as pd
import pytest

import analysis
from analysis.reuse.detect import story_groups, text_reuse
from analysis.store.memo import use_memo
from analysis.text.concordance import kwic
from analysis.text.segment import sentences_of
from conftest import build_corpus

_WORDS = ("the a Mr. Okafor said talks U.S. Lagos Accra harbour bridge budget. and \"quoted\" "
          "in Mon. Jan. 5 stop! ok? 4.2 million council voted approved on Tuesday").split()


def invented_corpus(n=120, seed=3):
    rng = random.Random(seed)
    base = [" ".join(rng.choice(_WORDS) for _ in range(rng.randint(30, 80))) for _ in range(n // 3)]
    texts = []
    for i in range(n):
        if i % 3 == 2:   # an edited copy of an earlier document: candidates for reuse
            words = base[i // 3].split()
            texts.append(" ".join(w for k, w in enumerate(words) if k % 7) + " More later.")
        elif i % 11 == 0:
            texts.append("")
        else:
            paras = [" ".join(rng.choice(_WORDS) for _ in range(rng.randint(0, 40)))
                     for _ in range(rng.randint(1, 3))]
            texts.append(base[i // 3] if i % 3 == 0 else "\n\n".join(paras))
    return build_corpus(*texts, ids=[f"d{i:03d}" for i in range(n)])


@pytest.fixture(scope="module")
def corpus():
    return invented_corpus()


@pytest.mark.parametrize("exact_below", [2000, 0])
def test_text_reuse_same_with_stored_sentences(corpus, exact_below):
    stored = analysis.sentences(corpus).assign(compound=0.0)   # extra columns are ignored
    plain = text_reuse(corpus, exact_below=exact_below)
    assert len(plain) > 0
    with_stored = text_reuse(corpus, exact_below=exact_below, sentences=stored)
    pd.testing.assert_frame_equal(plain, with_stored)
    assert plain.attrs == with_stored.attrs


def test_text_reuse_bundled_corpus_same_with_stored_sentences():
    c = analysis.load_corpus()
    pd.testing.assert_frame_equal(text_reuse(c), text_reuse(c, sentences=analysis.sentences(c)))


def test_text_reuse_refuses_sentences_of_another_corpus(corpus):
    other = analysis.sentences(corpus.assign(text=corpus["text"].str.replace("said", "told")))
    with pytest.raises(ValueError, match="does not match the corpus"):
        text_reuse(corpus, sentences=other)
    with pytest.raises(ValueError, match="lacks the columns"):
        text_reuse(corpus, sentences=analysis.sentences(corpus).drop(columns="start"))


def test_memo_shares_one_entry_with_and_without_sentences(corpus, tmp_path):
    with use_memo(tmp_path):
        first = text_reuse(corpus)
        second = text_reuse(corpus, sentences=analysis.sentences(corpus))
    assert len(list(tmp_path.glob("text_reuse-*.pkl"))) == 1
    pd.testing.assert_frame_equal(first, second)


def test_kwic_same_with_stored_sentences(corpus):
    stored = analysis.sentences(corpus)
    patterns = ["said", "the", "lagos accra", re.compile(r"\d+(?:\.\d+)?"), re.compile(r"(?=M)|Mr"),
                re.compile(r"\s+"), "absentword"]
    for c in (corpus, analysis.load_corpus()):
        s = analysis.sentences(c) if c is not corpus else stored
        for pattern in patterns:
            plain = kwic(c, pattern)
            pd.testing.assert_frame_equal(plain, kwic(c, pattern, sentences=s))
    # a hit before the first sentence, and a document without sentences (whitespace only)
    odd = pd.DataFrame({"doc_id": ["a", "b"], "text": ["  Lagos votes. Lagos waits.", "   "]})
    for pattern in ("lagos", re.compile(r"\s+")):
        pd.testing.assert_frame_equal(kwic(odd, pattern), kwic(odd, pattern, sentences=analysis.sentences(odd)))


def test_kwic_refuses_sentences_of_another_corpus(corpus):
    other = analysis.sentences(corpus.assign(text=corpus["text"].str.upper()))
    with pytest.raises(ValueError, match="does not match the corpus"):
        kwic(corpus, "said", sentences=other)


def test_sentences_of_keeps_the_order_asked_and_checks_missing_documents(corpus):
    docs = dict(zip(corpus["doc_id"][::-1], corpus["text"][::-1]))
    stored = analysis.sentences(corpus)
    got = sentences_of(docs, stored)
    pd.testing.assert_frame_equal(got, sentences_of(docs, None))
    with pytest.raises(ValueError, match="have no sentence"):
        sentences_of(docs, stored[stored["doc_id"] != "d001"])


def test_story_groups_unchanged(corpus):
    reuse = text_reuse(corpus)
    groups = story_groups(corpus, reuse)
    assert groups["n_versions"].max() >= 2
    assert (groups.groupby("story")["weight"].sum().round(12) == 1).all()


def test_story_groups_representative_is_the_earliest_dated_version_whatever_the_date_type():
    ids = ["a", "b", "c", "d", "e"]
    pairs = pd.DataFrame({"doc_a": ["a", "b", "d"], "doc_b": ["b", "c", "e"], "derived": True})
    naive = pd.to_datetime(["2021-03-02", "2021-03-01", None, None, None])
    for published in (naive, naive.tz_localize("Asia/Tokyo"), ["2021-03-02", "2021-03-01", None, None, None]):
        got = story_groups(pd.DataFrame({"doc_id": ids, "published": published}), pairs)
        assert got["story"].tolist() == ["b", "b", "b", "d", "d"]   # undated: the first by id
        assert got["n_versions"].tolist() == [3, 3, 3, 2, 2]
    got = story_groups(pd.DataFrame({"doc_id": ids}), pairs)
    assert got["story"].tolist() == ["a", "a", "a", "d", "d"]
