"""TopicModel.effect: refits keep the model's topics; intervals are not widened (round 10).

Invented texts only (tests/_topic_corpus.py). Until round 10 each NMF refit of the bootstrap
started afresh and every topic took its Hungarian match whatever the similarity; on 600
Reuters trade/crude stories (k=6) a refit that split a large topic gave part of its share to an
unrelated topic, the replicates of the largest topic had median 0.39 against an estimate of
0.64, and the percentile interval was widened to contain the estimate: 0.64 [0.27, 0.69]
(docs/topics-effect-round10.md).
"""
from __future__ import annotations

import sys
import warnings
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

import analysis.topics.model as topics
from analysis.topics.model import fit_topics

sys.path.insert(0, str(Path(__file__).parent))
from _topic_corpus import outlet_corpus  # noqa: E402


@pytest.fixture(scope="module")
def model():
    """Outlet A writes mostly about sport, outlet B mostly about weather; bank news in both."""
    corpus = outlet_corpus()[["doc_id", "text", "outlet"]]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return fit_topics(corpus, k=3, reuse=False, n_refits=0)


def _fresh(m):
    m.__dict__.pop("_draws", None)      # forget the refits kept from an earlier call
    return m


def _cosines(a, b):
    a = a / np.linalg.norm(a, axis=1, keepdims=True)
    b = b / np.linalg.norm(b, axis=1, keepdims=True)
    return (a * b).sum(axis=1)


def test_nmf_refits_start_from_the_model_topics(model, monkeypatch):
    starts = []
    real = topics._refit_from
    monkeypatch.setattr(topics, "_refit_from", lambda X, H0: starts.append(H0) or real(X, H0))
    eff = _fresh(model).effect("outlet", n_boot=4, random_state=1)
    assert len(starts) == 4 and all(np.array_equal(h, model.components) for h in starts)
    assert "started from this model's topics" in eff.attrs["method"]
    assert eff.attrs["n_matched"] == {1: 4, 2: 4, 3: 4}
    # refitted on all the fitted rows, each topic stays itself (same order, nearly the same terms)
    _, H, _ = real(model._fit_state["data"], model.components)
    assert (_cosines(model.components, H) > 0.9).all()


def test_a_topic_not_found_again_is_missing_not_stood_in_for(model, monkeypatch):
    """A refit topic unlike the model's (cosine < EFFECT_MATCH_MIN) leaves that topic's
    replicate missing instead of lending it an unrelated topic's share."""
    real = topics._refit_from

    def lose_last_topic(X, H0):
        W, H, est = real(X, H0)
        H = H.copy()
        H[-1] = np.roll(H[-1], H.shape[1] // 2)     # the same weights on unrelated terms
        return W, H, est

    monkeypatch.setattr(topics, "_refit_from", lose_last_topic)
    m = _fresh(model)
    assert _cosines(model.components[-1:], np.roll(model.components[-1:], model.components.shape[1] // 2, axis=1))[0] \
        < topics.EFFECT_MATCH_MIN
    eff = m.effect("outlet", n_boot=5, random_state=2)
    last = eff[eff["topic"] == model.k]
    assert last["ci_low"].isna().all() and last["ci_high"].isna().all() and last["share"].notna().all()
    assert eff[eff["topic"] < model.k]["ci_low"].notna().all()
    assert eff.attrs["n_matched"][model.k] == 0 and eff.attrs["n_matched"][1] == 5
    assert f"except topic {model.k} (found in only 0)" in eff.attrs["method"]
    d = m.effect_difference("outlet", "A", "B", n_boot=5, random_state=2)
    assert np.isnan(d.set_index("topic").loc[model.k, "ci_low"])
    assert f"except topic {model.k} (found in only 0)" in d.attrs["method"]


def test_replicates_off_the_estimate_are_shown_not_widened_over(model, monkeypatch):
    """Replicates all above the estimate: no interval widened (or re-centred) hides that.
    Round 16: the interval is the estimate plus or minus z bootstrap standard errors; when the
    replicates do not centre on the estimate (sign test) the topic gets no interval and is
    named unstable."""
    m = _fresh(model)
    point, groups, boot, seed = m._effect_draws("outlet", "Y", 6, 0, True, False)
    share = point.pivot_table(index="outlet", columns="topic", values="share").loc[groups].to_numpy()
    shifted = np.broadcast_to(share + 0.1, (25,) + boot.shape[1:]).copy()
    shifted[::2] += 0.02
    monkeypatch.setattr(type(m), "_effect_draws",
                        lambda self, *a: (point.copy(), list(groups), shifted.copy(), seed))
    eff = m.effect("outlet", n_boot=25)
    assert eff["ci_low"].isna().all() and eff["share"].notna().all()
    assert eff.attrs["unstable"] == [1, 2, 3]
    assert "widened" not in eff.attrs["method"] and "unstable topic" in eff.attrs["interval"]
    # only the second group's replicates shifted: every difference replicate is above the estimate
    second = np.broadcast_to(share, (25,) + boot.shape[1:]).copy()
    second[:, 1] += 0.1
    second[::2, 1] += 0.01
    monkeypatch.setattr(type(m), "_effect_draws",
                        lambda self, *a: (point.copy(), list(groups), second.copy(), seed))
    d = m.effect_difference("outlet", groups[0], groups[1], n_boot=25)
    assert d["ci_low"].isna().all() and d.attrs["unstable"] == [1, 2, 3]
    assert not d["excludes_zero"].any()
    assert "widened" not in d.attrs["method"]


def test_effect_is_still_deterministic(model):
    a = _fresh(model).effect("outlet", n_boot=4, random_state=3)
    b = _fresh(model).effect("outlet", n_boot=4, random_state=3)
    pd.testing.assert_frame_equal(a, b)
    assert a.attrs["method"] == b.attrs["method"]


def test_chart_draws_an_interval_that_misses_the_estimate():
    from analysis.plots import topic_effect
    eff = pd.DataFrame({"topic": [1, 1], "label": ["a / b", "a / b"], "group": ["x", "y"],
                        "share": [0.5, 0.3], "ci_low": [0.55, 0.2], "ci_high": [0.7, 0.4],
                        "n_docs": [10, 10]})
    fig = topic_effect(eff)
    assert len([ax for ax in fig.axes if ax.axison]) == 1


def test_grouping_by_a_column_named_like_an_output_column_says_what_to_do():
    """A corpus with a 'label' column (common in labelled data sets) grouped by it: a clear error,
    not a TypeError from two 'label' columns deep inside effect()."""
    import analysis
    corpus = analysis.load_corpus()
    corpus["label"] = ["a", "b"] * (len(corpus) // 2) + ["a"] * (len(corpus) % 2)
    m = analysis.fit_topics(corpus, k=2, reuse=False, n_refits=0)
    with pytest.raises(ValueError, match=r"its own 'label' column; copy the corpus column"):
        m.prevalence("label")
    with pytest.raises(ValueError, match=r"its own 'label' column"):
        m.effect("label", n_boot=2)
    corpus["label_"] = corpus["label"]
    m2 = analysis.fit_topics(corpus, k=2, reuse=False, n_refits=0)
    eff = m2.effect("label_", n_boot=2)
    assert set(eff["group"]) == {"a", "b"}


def test_a_topic_found_again_in_too_few_replicates_gets_no_interval():
    """An interval from one or a few refits looks precise and is not (AG News, 1,500 items: a
    topic found again in 1 of 25 replicates had the interval [0.0118, 0.0118] and a difference
    'excluding zero'). Such topics get missing intervals and the method text says why."""
    m = topics.TopicModel.__new__(topics.TopicModel)
    m.k = 3
    boot = np.full((10, 2, 3), 0.3)
    boot[3:, :, 1] = np.nan          # topic 2 found again in 3 of 10 replicates
    boot[6:, :, 2] = np.nan          # topic 3 in 6 of 10: enough
    assert m._effect_too_few(10, boot) == [2]
    usable = m._effect_usable(10, boot)
    assert np.isnan(usable[:, :, 1]).all() and not np.isnan(usable[:6, :, 2]).any()
    assert np.isnan(boot[:3, :, 1]).sum() == 0      # the replicates themselves are kept
    m.method = "nmf"
    words = m._effect_refit_words(10, boot)
    assert "no interval for topic 2, found again in fewer than half of them" in words
