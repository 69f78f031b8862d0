"""Tests for analysis.keyness (Dunning G2, Hardie Log Ratio) and the keyness chart."""
from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
from scipy.stats import chi2, chi2_contingency

import analysis
from analysis.keywords.keywords import tokenize


def _two_group_corpus(a=10, b=2, c=100, d=100):
    """'alpha' a times in a target of c tokens, b times in a reference of d tokens."""
    target = " ".join(["alpha"] * a + ["filler"] * (c - a))
    reference = " ".join(["alpha"] * b + ["ballast"] * (d - b))
    return pd.DataFrame({"doc_id": ["t", "r"], "text": [target, reference], "group": ["T", "R"]})


def _row(k, term):
    return k.set_index("term").loc[term]


def test_hand_computed_two_cell_g2():
    k = analysis.keyness(_two_group_corpus(), by="group", target="T", stop_words=None, min_count=1)
    r = _row(k, "alpha")
    # E1 = E2 = 100 * 12 / 200 = 6; G2 = 2 (10 ln(10/6) + 2 ln(2/6))
    expected = 2 * (10 * math.log(10 / 6) + 2 * math.log(2 / 6))
    assert r.g2 == pytest.approx(expected, rel=1e-12)
    assert r.g2 == pytest.approx(5.822063, abs=1e-6)
    assert r.p_value == pytest.approx(chi2.sf(expected, 1), rel=1e-12)
    assert r.log_ratio == pytest.approx(math.log2(5))
    assert r.direction == "target"
    assert (r.count_target, r.count_reference) == (10, 2)
    assert r.freq_target == pytest.approx(1e5) and r.freq_reference == pytest.approx(2e4)


def test_four_cell_g2_matches_scipy_g_test():
    k = analysis.keyness(_two_group_corpus(a=30, b=7, c=200, d=150), by="group", target="T",
                         stop_words=None, min_count=1, cells=4)
    table = np.array([[30, 7], [170, 143]])
    g, p, _, _ = chi2_contingency(table, correction=False, lambda_="log-likelihood")
    r = _row(k, "alpha")
    assert r.g2 == pytest.approx(g, rel=1e-10)
    assert r.p_value == pytest.approx(p, rel=1e-10)


def test_zero_counts_are_finite_and_use_the_correction():
    k = analysis.keyness(_two_group_corpus(a=5, b=0, c=50, d=80), by="group", target="T",
                         stop_words=None, min_count=1)
    r = _row(k, "alpha")
    e1 = 50 * 5 / 130
    assert r.g2 == pytest.approx(2 * 5 * math.log(5 / e1))
    assert r.log_ratio == pytest.approx(math.log2((5 / 50) / (0.5 / 80)))
    assert np.isfinite(k[["g2", "p_value", "log_ratio"]].to_numpy()).all()
    # a term only in the reference: 'ballast'
    rb = _row(k, "ballast")
    assert rb.count_target == 0 and rb.direction == "reference" and rb.log_ratio < 0
    k2 = analysis.keyness(_two_group_corpus(a=5, b=0, c=50, d=80), by="group", target="T",
                          stop_words=None, min_count=1, zero_correction=0.1)
    assert _row(k2, "alpha").log_ratio == pytest.approx(math.log2((5 / 50) / (0.1 / 80)))


def test_swapping_sides_mirrors_direction_and_log_ratio():
    c = _two_group_corpus(a=12, b=3, c=90, d=120)
    kt = analysis.keyness(c, by="group", target="T", stop_words=None, min_count=1).set_index("term")
    kr = analysis.keyness(c, by="group", target="R", stop_words=None, min_count=1).set_index("term")
    for term in kt.index:
        assert kt.loc[term, "g2"] == pytest.approx(kr.loc[term, "g2"])
        assert kt.loc[term, "log_ratio"] == pytest.approx(-kr.loc[term, "log_ratio"])
        assert {kt.loc[term, "direction"], kr.loc[term, "direction"]} in ({"target", "reference"}, {"none"})


def test_equal_relative_frequency_is_none_with_zero_g2():
    c = pd.DataFrame({"doc_id": ["a", "b"], "text": ["kite kite cloud cloud", "kite cloud"], "g": [1, 2]})
    k = analysis.keyness(c, by="g", target=1, stop_words=None, min_count=1)
    assert set(k["direction"]) == {"none"}
    assert np.allclose(k["g2"], 0) and np.allclose(k["log_ratio"], 0) and np.allclose(k["p_value"], 1)


def _news():
    return pd.DataFrame({
        "doc_id": ["n1", "n2", "n3", "n4", "n5"],
        "text": ["Drought hits farms; drought worsens, the minister said on Monday.",
                 "Farmers fear drought and wildfire as the U.S. heat wave spreads.",
                 "Parliament debates the budget and tax reform.",
                 "Tax cuts and budget deficits dominate the debate, officials said.",
                 "Budget talks stall over tax."],
        "published": pd.to_datetime(["2023-07-01", "2023-08-02", "2021-03-01", "2021-04-05", None]),
        "desk": ["climate", "climate", "politics", "politics", "politics"],
    })


def test_sorted_by_g2_and_deterministic():
    c = _news()
    k1 = analysis.keyness(c, by="desk", target="climate", min_count=1)
    assert list(k1.columns[:7]) == ["term", "count_target", "count_reference", "g2", "p_value",
                                    "log_ratio", "direction"]
    assert (np.diff(k1["g2"].to_numpy()) <= 1e-12).all()
    k2 = analysis.keyness(c.iloc[::-1].reset_index(drop=True), by="desk", target="climate", min_count=1)
    pd.testing.assert_frame_equal(k1, k2)
    assert k1.iloc[0]["term"] == "drought"
    assert k1.set_index("term").loc["budget", "direction"] == "reference"


def test_news_stop_words_and_acronyms():
    c = _news()
    terms = set(analysis.keyness(c, by="desk", target="climate", min_count=1)["term"])
    assert "said" not in terms and "the" not in terms and "monday" not in terms
    assert "US" in terms                     # U.S. kept as the acronym, not the pronoun 'us'
    raw = set(analysis.keyness(c, by="desk", target="climate", min_count=1, stop_words=None)["term"])
    assert {"said", "the"} <= raw
    own = set(analysis.keyness(c, by="desk", target="climate", min_count=1, stop_words=["drought"])["term"])
    assert "drought" not in own and "the" in own
    assert tokenize("Korea's U.S.-backed plan") == ["korea", "US", "backed", "plan"]


def test_news_furniture_acronyms_are_dropped_like_in_topics():
    # An acronym spelling an English stop word is a name (US, WHO); one spelling a news
    # stop word is furniture (wire credits, time zones) and goes, as in fit_topics.
    c = pd.DataFrame({"doc_id": ["a", "b", "c"],
                      "text": ["WHO and US officials met at 9 GMT, AFP reports. WHO again.",
                               "Farmers met about grain. AFP photo.",
                               "Farmers met about grain at 10 GMT."],
                      "grp": ["x", "y", "y"]})
    terms = set(analysis.keyness(c, by="grp", target="x", min_count=1)["term"])
    assert {"WHO", "US"} <= terms
    assert not {"GMT", "AFP", "gmt", "afp"} & terms
    from analysis.topics.model import analyze
    topic_terms = set(analyze(c["text"], phrases=False)[0][0])
    assert {"WHO", "US"} <= topic_terms and not {"GMT", "AFP"} & topic_terms


def test_won_is_a_word_not_a_contraction_fragment():
    # "won't" is never split into "won" by the project's tokenizers, so the verb and the
    # currency must survive the news stop words in keyness and in topics.
    c = pd.DataFrame({"doc_id": ["a", "b"],
                      "text": ["The mayor won the vote; the won fell. She won't stop.",
                               "Farmers sold grain at the market."],
                      "grp": ["x", "y"]})
    assert "won" in set(analysis.keyness(c, by="grp", target="x", min_count=1)["term"])
    from analysis.topics.model import analyze
    assert analyze(c["text"], phrases=False)[0][0].count("won") == 2


def test_by_variants_give_the_same_answer():
    c = _news().iloc[:4]
    base = analysis.keyness(c, by="desk", target="climate", min_count=1)
    by_year = analysis.keyness(c, by="year", target=2023, min_count=1)      # derived from published
    by_series = analysis.keyness(c, by=c["desk"].rename(None), target="climate", min_count=1)
    by_list = analysis.keyness(c, by=list(c["desk"]), target=["climate"], min_count=1)
    by_func = analysis.keyness(c, by=lambda df: df["published"].dt.year >= 2023, target=True, min_count=1)
    for other in (by_year, by_series, by_list, by_func):
        pd.testing.assert_frame_equal(base.drop(columns=[]), other, check_like=False)


def test_min_count_and_ngrams():
    c = _news()
    k = analysis.keyness(c, by="desk", target="climate", min_count=2)
    assert ((k["count_target"] + k["count_reference"]) >= 2).all()
    bi = analysis.keyness(c, by="desk", target="climate", min_count=1, ngram=2)
    assert bi["term"].str.contains(" ").all()


def test_missing_groups_warn_and_bad_arguments_raise():
    c = _news()
    with pytest.warns(UserWarning, match="no value for the grouping"):
        k = analysis.keyness(c, by="year", target=2023, min_count=1)
    assert k.attrs["docs_reference"] == 2          # the undated document is left out
    with pytest.warns(UserWarning, match="no document is in the target group"):
        empty = analysis.keyness(c, by="desk", target="sport")
    assert empty.empty and "g2" in empty.columns and empty.attrs["docs_target"] == 0
    with pytest.raises(KeyError, match="no column"):
        analysis.keyness(c.drop(columns="published"), by="year", target=2023)
    with pytest.warns(UserWarning, match="reference group has no documents"):
        assert analysis.keyness(c, by="desk", target=["climate", "politics"]).empty
    with pytest.raises(ValueError, match="doc_id"):
        analysis.keyness(c.drop(columns="doc_id"), by="desk", target="climate")
    with pytest.raises(ValueError, match="cells"):
        analysis.keyness(c, by="desk", target="climate", cells=3)
    with pytest.raises(ValueError, match="values for"):
        analysis.keyness(c, by=["a", "b"], target="a")


def test_explicit_reference_subset():
    c = _news()
    c["era"] = ["new", "new", "old", "mid", "old"]
    k = analysis.keyness(c, by="era", target="new", reference="old", min_count=1)
    assert k.attrs["docs_reference"] == 2 and k.attrs["docs_target"] == 2


def test_importing_the_module_does_not_shadow_the_function():
    import analysis.keywords.keywords as mod
    c = _two_group_corpus()
    a = mod.keyness(c, by="group", target="T", stop_words=None, min_count=1)
    b = analysis.keyness(c, by="group", target="T", stop_words=None, min_count=1)
    pd.testing.assert_frame_equal(a, b)


def test_plot_keyness_diverging_bars():
    import matplotlib

    matplotlib.use("Agg")
    c = _news()
    k = analysis.keyness(c, by="desk", target="climate", min_count=1)
    fig = analysis.plots.plot_keyness(k, n=3, target_label="climate", reference_label="politics")
    ax = fig.axes[0]
    widths = [p.get_width() for p in ax.patches]
    n_t = min(3, int((k["direction"] == "target").sum()))
    n_r = min(3, int((k["direction"] == "reference").sum()))
    assert len(widths) == n_t + n_r
    assert sum(w > 0 for w in widths) == n_t and sum(w < 0 for w in widths) == n_r
    labels = {t.get_text() for t in ax.texts}
    assert "drought" in labels and "budget" in labels
    with pytest.raises(ValueError, match="keyness_df lacks"):
        analysis.plots.plot_keyness(pd.DataFrame({"term": ["x"]}))
    empty = analysis.plots.plot_keyness(k.iloc[0:0])
    assert empty is not None
    import matplotlib.pyplot as plt
    plt.close("all")


def test_bundled_corpus_smoke():
    corpus = analysis.load_corpus()
    k = analysis.keyness(corpus, by="year", target=2024)
    assert len(k) > 10
    assert set(k["direction"]) <= {"target", "reference", "none"}


def test_docstring_examples_run():
    import doctest

    import analysis.keywords.keywords as mod
    import analysis.plots.framing as charts
    assert doctest.testmod(mod).failed == 0
    assert doctest.testmod(charts).failed == 0
