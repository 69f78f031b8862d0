"""Scaling behaviour on invented input: the report's memo of corpus-level steps, the sampled topic fit.

(Speed and memory are measured by benchmarks/bench_report.py, never asserted here.)
"""
from __future__ import annotations

import sys
import warnings
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

import analysis
from analysis.store import memo
from analysis.store.memo import memoized, use_memo

sys.path.insert(0, str(Path(__file__).parent))
from _topic_corpus import themed_corpus  # noqa: E402

STORY = ("The city council of Lakeview approved a budget of 4.2 million dollars on Monday. "
         "Mayor Dana Ortiz said the money would repair the old harbour bridge. "
         "Work is due to start in March and finish within eighteen months. "
         "Opposition councillor Felix Grant voted against the plan, citing rising costs.")
OTHER = ("Farmers in the Brennan valley reported the wettest spring in thirty years on Tuesday. "
         "Agronomist Lina Okafor said planting of maize had been delayed by three weeks. "
         "The regional cooperative expects yields to fall by a fifth unless June is dry. "
         "Insurers have received 214 claims for flooded fields since April.")


def reuse_corpus():
    return pd.DataFrame({"doc_id": ["wire", "copy", "farm", "farm2"],
                         "text": [STORY, STORY + " More soon.", OTHER, OTHER.replace("Tuesday", "Wednesday")],
                         "published": pd.to_datetime(["2021-03-01", "2021-03-02", "2021-04-01", "2021-04-03"])})


# --------------------------------------------------------------------------- the memo


def test_memo_computes_once_and_gives_back_the_same_result_and_warnings(tmp_path):
    calls = []

    @memoized("test_double")
    def double(frame, factor=2):
        calls.append(1)
        warnings.warn(f"doubling {len(frame)} rows")
        return frame.assign(x=frame["x"] * factor)

    frame = pd.DataFrame({"x": [1, 2, 3]})
    with use_memo(tmp_path):
        with warnings.catch_warnings(record=True) as w1:
            warnings.simplefilter("always")
            a = double(frame)
        with warnings.catch_warnings(record=True) as w2:
            warnings.simplefilter("always")
            b = double(frame.copy())
        c = double(frame, factor=3)                      # another argument: computed
        d = double(frame.assign(x=[1, 2, 4]))            # another value: computed
    assert len(calls) == 3
    pd.testing.assert_frame_equal(a, b)
    assert c["x"].tolist() == [3, 6, 9] and d["x"].tolist() == [2, 4, 8]
    assert [str(w.message) for w in w1] == [str(w.message) for w in w2] == ["doubling 3 rows"]
    assert len(list(tmp_path.glob("test_double-*.pkl"))) == 3
    # no memo folder: computed every time
    with use_memo(None):
        double(frame)
    assert len(calls) == 4


def test_memo_falls_back_to_computing_for_arguments_it_cannot_hash(tmp_path):
    calls = []

    @memoized("test_lists")
    def first(frame, obj=None):
        calls.append(1)
        return len(frame)

    with use_memo(tmp_path):
        first(pd.DataFrame({"x": [[1], [2]]}))           # a column of lists
        first(pd.DataFrame({"x": [[1], [2]]}))
        first(pd.DataFrame({"x": [1]}), obj=object())    # no stable repr
        first(pd.DataFrame({"x": [1]}), obj=object())
    assert len(calls) == 4
    assert not list(tmp_path.glob("*.pkl"))


def test_an_unreadable_memo_entry_is_computed_again(tmp_path):
    calls = []

    @memoized("test_broken")
    def f(frame):
        calls.append(1)
        return frame["x"].sum()

    frame = pd.DataFrame({"x": [1, 2]})
    with use_memo(tmp_path):
        assert f(frame) == 3
        (entry,) = tmp_path.glob("test_broken-*.pkl")
        entry.write_bytes(b"not a pickle")
        assert f(frame) == 3
    assert len(calls) == 2


def test_the_memo_key_covers_the_library_code(tmp_path, monkeypatch):
    calls = []

    @memoized("test_code")
    def f(frame):
        calls.append(1)
        return 1

    frame = pd.DataFrame({"x": [1]})
    with use_memo(tmp_path):
        f(frame)
        monkeypatch.setattr(memo, "code_digest", lambda: "f" * 64)   # as after an edit of analysis/
        f(frame)
        f(frame)
    assert len(calls) == 2
    # the entry of the older code was removed when the new one was written
    assert [p.name.split("-")[1] for p in tmp_path.glob("test_code-*.pkl")] == ["f" * 16]


def test_the_report_store_is_the_memo_folder(tmp_path, monkeypatch):
    monkeypatch.delenv(memo.MEMO_ENV, raising=False)
    monkeypatch.setenv(memo.STORE_ENV, str(tmp_path))
    assert memo.memo_folder() == tmp_path / "memo"
    monkeypatch.setenv(memo.STORE_ENV, str(tmp_path / "missing"))
    assert memo.memo_folder() is None


def test_text_reuse_from_the_memo_equals_a_fresh_run_and_ignores_unused_columns(tmp_path):
    corpus = reuse_corpus()
    fresh = analysis.text_reuse(corpus, exact_below=2000)
    with use_memo(tmp_path):
        first = analysis.text_reuse(corpus)
        again = analysis.text_reuse(corpus.assign(period="a", comparison=["x", "y", "x", "y"]))
        edited = analysis.text_reuse(corpus.assign(text=corpus["text"].str.replace("Lakeview", "Brookfield")))
    assert len(list(tmp_path.glob("text_reuse-*.pkl"))) == 2     # the extra columns: same entry
    for got in (first, again):
        pd.testing.assert_frame_equal(got, fresh)
        assert got.attrs == fresh.attrs
    assert set(fresh["derived"]) == {True} and len(edited) == len(fresh)
    assert story_ids(analysis.story_groups(corpus)) == story_ids(analysis.story_groups(corpus, first))


def story_ids(stories):
    return stories["story"].tolist()


# --------------------------------------------------------------------------- sampled topic fit


def test_a_sampled_topic_fit_is_deterministic_and_places_every_document():
    corpus = themed_corpus(n_docs=60, paras_per_doc=4, seed=3)
    kw = dict(k=3, reuse=False, fit_on="document", max_fit_rows=30)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        a = analysis.fit_topics(corpus, **kw)
    b = analysis.fit_topics(corpus, **kw)
    notes = [str(w.message) for w in caught if "random sample" in str(w.message)]
    assert notes == ["the topic model is fitted on a random sample of 30 of the 60 documents (seed 0; "
                     "max_fit_rows=30); every paragraph is then placed in the fitted topics, so every "
                     "document has its topic shares"]
    pd.testing.assert_frame_equal(a.doc_topics, b.doc_topics)
    np.testing.assert_array_equal(a.components, b.components)
    # every paragraph of every document has shares, not only those of the fitted sample
    assert len(a.doc_topics) == 60 * 4
    assert a.doc_topics[a.topic_columns].notna().all().all()
    assert set(a.document_topics()["doc_id"]) == set(corpus["doc_id"])
    assert len(a._fit_state["row_doc"]) == 30
    # another seed fits another sample
    c = analysis.fit_topics(corpus, random_state=1, **kw)
    assert set(c._fit_state["row_doc"]) != set(a._fit_state["row_doc"])
    # the themes are found from half the documents: each document's main theme dominates
    dom = a.document_topics().set_index("doc_id")["dominant_topic"]
    main = pd.Series([i % 3 for i in range(60)], index=[f"doc{i:02d}" for i in range(60)])
    assert pd.crosstab(main, dom.reindex(main.index)).max(axis=1).sum() >= 57


def test_no_sample_below_the_limit_and_zero_fits_every_row():
    corpus = themed_corpus(n_docs=30, paras_per_doc=3, seed=5)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        a = analysis.fit_topics(corpus, k=3, reuse=False, fit_on="document")
        b = analysis.fit_topics(corpus, k=3, reuse=False, fit_on="document", max_fit_rows=0)
    assert not [w for w in caught if "random sample" in str(w.message)]
    pd.testing.assert_frame_equal(a.doc_topics, b.doc_topics)
    assert len(a._fit_state["row_doc"]) == 30


def test_a_topic_model_from_the_memo_equals_a_fresh_fit(tmp_path):
    corpus = themed_corpus(n_docs=40, paras_per_doc=3, seed=7)
    fresh = analysis.fit_topics(corpus, k=3, reuse=False, max_fit_rows=20)
    with use_memo(tmp_path):
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            analysis.fit_topics(corpus, k=3, reuse=False, max_fit_rows=20)
            kept = analysis.fit_topics(corpus, k=3, reuse=False, max_fit_rows=20)
    assert len(list(tmp_path.glob("fit_topics-*.pkl"))) == 1
    assert sum("random sample" in str(w.message) for w in caught) == 2   # said on both calls
    pd.testing.assert_frame_equal(kept.doc_topics, fresh.doc_topics)
    pd.testing.assert_frame_equal(kept.prevalence("published", "Y"), fresh.prevalence("published", "Y"))
    pd.testing.assert_frame_equal(kept.effect("outlet", n_boot=3), fresh.effect("outlet", n_boot=3))


def test_effect_and_effect_difference_share_their_bootstrap_refits(monkeypatch):
    import analysis.topics.model as topics

    corpus = themed_corpus(n_docs=24, paras_per_doc=3, seed=11)
    model = analysis.fit_topics(corpus, k=2, reuse=False, n_refits=0)
    fits = []
    real, real_refit = topics._fit_one, topics._refit_from     # NMF refits start from the model's topics
    monkeypatch.setattr(topics, "_fit_one", lambda *a, **k: fits.append(1) or real(*a, **k))
    monkeypatch.setattr(topics, "_refit_from", lambda *a, **k: fits.append(1) or real_refit(*a, **k))
    effect = model.effect("outlet", n_boot=4)
    diff = model.effect_difference("outlet", "Daily Ledger", "Evening Courier", n_boot=4)
    assert len(fits) == 4                      # one set of refits for both
    fresh = analysis.fit_topics(corpus, k=2, reuse=False, n_refits=0)
    pd.testing.assert_frame_equal(effect, fresh.effect("outlet", n_boot=4))
    pd.testing.assert_frame_equal(diff, fresh.effect_difference("outlet", "Daily Ledger", "Evening Courier",
                                                                 n_boot=4))
    assert len(fits) == 4 + 1 + 4              # the fresh model: its own fit, then one set of refits


# --------------------------------------------------------------------------- VADER in linear time

VADER_WORDS = ("never so this without doubt not no isn't good great bad terrible kind of sort of least at "
               "very extremely barely the a report said peace threat cut the mustard bad ass yeah right "
               "kiss of death hand to mouth but BAD GREAT ! ? :) love hate okay fine , .").split()


def test_the_linear_vader_gives_the_original_scores_on_every_text():
    import random

    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer as Original

    from analysis.sentiment.scores import _analyzer

    fast, slow = _analyzer("original"), Original()
    assert type(fast) is not Original
    rng = random.Random(0)
    texts = ["", "good", "not good", "never so good", "no", "kind of bad but great", "At least it was okay"]
    texts += [" ".join(rng.choice(VADER_WORDS) for _ in range(rng.randint(1, 80))) for _ in range(1500)]
    for text in texts:
        assert fast.polarity_scores(text) == slow.polarity_scores(text), text


if __name__ == "__main__":
    sys.exit(pytest.main([__file__, "-q", "-o", "addopts="]))
