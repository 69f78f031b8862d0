"""TopicModel.effect says how its interval was obtained and flags groups with few documents (round 12).

Invented texts only (tests/_topic_corpus.py). Until round 12 the effect table's intervals, which
can be wide and lopsided around the estimate (a percentile interval of bootstrap refits,
docs/topics-effect-round10.md), came with no note for the reader, and a group of six documents
looked like one of forty.
"""
from __future__ import annotations

import sys
import warnings
from pathlib import Path

import matplotlib
import numpy as np
import pytest

matplotlib.use("Agg")

import analysis.topics.model as topics  # noqa: E402
from analysis.plots.effects import topic_effect  # noqa: E402
from analysis.topics.model import fit_topics  # noqa: E402

sys.path.insert(0, str(Path(__file__).parent))
from _topic_corpus import outlet_corpus  # noqa: E402


@pytest.fixture(scope="module")
def model():
    """Outlets A (40 documents) and B (34), and C: six of B's documents under another name."""
    corpus = outlet_corpus(80)[["doc_id", "text", "outlet"]]
    c_rows = corpus.index[corpus["outlet"] == "B"][:6]
    corpus.loc[c_rows, "outlet"] = "C"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return fit_topics(corpus, k=3, reuse=False, n_refits=0)


def test_effect_says_how_the_interval_was_obtained(model):
    eff = model.effect("outlet", n_boot=3, random_state=1)
    text = eff.attrs["interval"]
    assert text.startswith("95% interval from 3 bootstrap refits")      # round 16
    assert "plus or minus 1.96 bootstrap standard errors" in text and "contains the estimate" in text
    fixed = model.effect("outlet", n_boot=3, random_state=1, refit=False).attrs["interval"]
    assert "3 bootstrap resamples under fixed topics" in fixed
    assert model.effect("outlet", n_boot=0).attrs["interval"].startswith("no interval")


def test_effect_flags_the_group_with_few_documents_and_only_it(model):
    eff = model.effect("outlet", n_boot=3, random_state=1)
    sizes = eff.drop_duplicates("group").set_index("group")["n_docs"].to_dict()
    assert sizes == {"A": 40, "B": 34, "C": 6}
    assert eff.attrs["few_docs"] == ["C"]            # A and B (34 >= 30) are not flagged
    assert "1 group with fewer than 30 documents (C)" in eff.attrs["interval"]
    assert eff.attrs["refit"] is True


def test_the_threshold_is_the_module_constant(model, monkeypatch):
    monkeypatch.setattr(topics, "EFFECT_FEW_DOCS", 35)
    eff = model.effect("outlet", n_boot=3, random_state=1)
    assert eff.attrs["few_docs"] == ["B", "C"]
    assert "2 groups with fewer than 35 documents (B, C): their intervals rest" in eff.attrs["interval"]
    monkeypatch.setattr(topics, "EFFECT_FEW_DOCS", 5)
    assert model.effect("outlet", n_boot=3, random_state=1).attrs["few_docs"] == []


def test_effect_difference_flags_only_the_two_groups_compared(model):
    d = model.effect_difference("outlet", "A", "C", n_boot=3, random_state=1)
    assert d.attrs["few_docs"] == ["C"] and "bootstrap standard errors" in d.attrs["interval"]
    assert model.effect_difference("outlet", "A", "B", n_boot=3, random_state=1).attrs["few_docs"] == []


def test_chart_draws_a_few_document_group_open_and_says_so(model):
    eff = model.effect("outlet", n_boot=3, random_state=1)
    fig = topic_effect(eff)
    note = fig._supxlabel.get_text()
    assert "95% interval of 3 bootstrap refits" in note and "standard deviations" in note
    assert "open points: fewer than 30 documents (C)" in note
    ax = fig.axes[0]
    filled, open_ = [ln for ln in ax.get_lines() if ln.get_marker() == "o"]
    assert list(filled.get_xdata()) == [0, 1]       # A, B
    assert list(open_.get_xdata()) == [2]           # C
    assert matplotlib.colors.to_hex(open_.get_markerfacecolor()) == "#ffffff"


def test_chart_without_few_document_groups_draws_no_open_points(model):
    eff = model.effect("outlet", n_boot=3, random_state=1)
    kept = topic_effect(eff[eff["group"] != "C"])     # C left out: the note names no group
    assert "open points" not in kept._supxlabel.get_text()
    # a table without attrs (e.g. rebuilt by hand) is judged by its n_docs column
    bare = eff[eff["group"] != "C"].reset_index(drop=True)
    bare.attrs = {}
    fig = topic_effect(bare)
    assert "open points" not in fig._supxlabel.get_text()
    assert all(len(ln.get_xdata()) == 2 for ln in fig.axes[0].get_lines() if ln.get_marker() == "o")
    small = bare.assign(n_docs=np.where(bare["group"] == "B", 12, bare["n_docs"]))
    assert "open points: fewer than 30 documents (B)" in topic_effect(small)._supxlabel.get_text()


def test_bench_bi_cross_validation_has_its_minimum_at_the_true_number_of_topics():
    """The diagnostic of ``bench_topics.py --all-k`` (docs/topics-round12.md, section 3h): on
    invented data of four topics (each its own 20 terms) plus noise, the held-out error of
    bi-cross-validation is lowest at k = 4 and rises after it, where the in-sample error of a
    factorisation could only keep falling; the same seed gives the same figures."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
    import bench_topics

    rng = np.random.RandomState(0)
    H = np.zeros((4, 80))
    for t in range(4):
        H[t, t * 20:(t + 1) * 20] = rng.gamma(2.0, 1.0, 20)
    X = rng.gamma(0.3, 1.0, (300, 4)) @ H + rng.gamma(0.5, 0.05, (300, 80))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        errors = {k: bench_topics.bcv_error(X, k)[0] for k in range(2, 8)}
        again, blocks = bench_topics.bcv_error(X, 4)
    assert min(errors, key=errors.get) == 4
    assert errors[3] > 100 * errors[4] and all(errors[k] > errors[4] for k in (5, 6, 7))
    assert again == errors[4] and len(blocks) == 4
