"""Tests for analysis.fit_topics / TopicModel, on corpora written for them (tests/_topic_corpus.py)."""
from __future__ import annotations

import sys
import types
import warnings
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402

import analysis  # noqa: E402
from analysis.topics.model import NEWS_STOP_WORDS, analyze, fit_topics  # noqa: E402

sys.path.insert(0, str(Path(__file__).parent))
from _topic_corpus import THEMES, themed_corpus  # noqa: E402

NEVER = {"said", "says", "told", "added", "according", "mr", "ms", "mrs", "dr", "monday",
         "tuesday", "wednesday", "thursday", "friday", "january", "march", "june", "october",
         "december", "reporters", "advertisement", "subscribe", "comment", "newsletter"}


def _theme_of(term: str):
    for theme, spec in THEMES.items():
        words = set(spec["words"]) | {n.lower() for n in spec["names"]}
        if term in words or term.rstrip("s") in {w.rstrip("s") for w in words}:
            return theme
    return None


def _topic_themes(model, n=6):
    """Majority theme of each topic's top n terms, and the share of terms from it."""
    out = {}
    for t, g in model.top_terms(n).groupby("topic"):
        themes = [_theme_of(x) for x in g["term"]]
        best = max(THEMES, key=themes.count)
        out[t] = (best, themes.count(best) / n)
    return out


@pytest.fixture(scope="module")
def corpus():
    c = themed_corpus()
    # page furniture a cleaner might leave behind, in several documents
    furniture = ["Advertisement", "Subscribe to our newsletter for more comment and analysis.",
                 "Leave a comment below. Click to subscribe."]
    c["text"] = [t + "\n\n" + furniture[i % 3] for i, t in enumerate(c["text"])]
    return c


@pytest.fixture(scope="module")
def nmf3(corpus):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return fit_topics(corpus, k=3, reuse=False)


@pytest.fixture(scope="module")
def auto(corpus):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return fit_topics(corpus, reuse=False, k_range=range(2, 8))


# --- recovery -----------------------------------------------------------------------------

def test_three_themes_recovered(nmf3):
    themes = _topic_themes(nmf3)
    assert sorted(th for th, _ in themes.values()) == ["bank", "sport", "weather"]
    assert all(purity >= 5 / 6 for _, purity in themes.values()), themes


def test_dominant_topic_matches_paragraph_theme(corpus, nmf3):
    paras = analysis.paragraphs(corpus)
    dt = nmf3.doc_topics.merge(paras, left_on=["doc_id", "unit_id"], right_on=["doc_id", "para_id"])
    topic_theme = {t: th for t, (th, _) in _topic_themes(nmf3).items()}

    def true_theme(text):
        votes = [_theme_of(w.strip(".,:").lower()) for w in text.split()]
        votes = [v for v in votes if v]
        return max(set(votes), key=votes.count) if votes else None
    dt = dt[dt["dominant_topic"].notna()]
    truth = dt["text"].map(true_theme)
    pred = dt["dominant_topic"].astype(int).map(topic_theme)
    assert (truth == pred).mean() >= 0.9


def test_k_none_chooses_three(auto):
    assert auto.k == 3
    assert auto.selection.loc[auto.selection["chosen"], "k"].tolist() == [3]


def test_k_none_on_many_documents_finds_five_themes():
    """Fitted on documents (fit_on='auto'), k=None finds the five themes, not k=2."""
    themes = ("sport", "weather", "bank", "health", "election")
    c = themed_corpus(n_docs=90, paras_per_doc=4, seed=3, themes=themes)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        model = fit_topics(c, reuse=False, k_range=range(2, 9))
    assert model.fit_on == "document" and model.k == 5
    assert sorted(th for th, _ in _topic_themes(model).values()) == sorted(themes)
    main = [themes[i % 5] for i in range(90)]
    topic_theme = {t: th for t, (th, _) in _topic_themes(model).items()}
    dom = model.document_topics()["dominant_topic"].astype(int).map(topic_theme)
    assert (dom.to_numpy() == np.array(main)).mean() >= 0.95


def _short_items(n, themes, seed):
    """One-paragraph items, each of one theme (like AG News teasers or headlines)."""
    c = themed_corpus(n_docs=n, paras_per_doc=1, seed=seed, themes=themes)
    return c, [themes[i % len(themes)] for i in range(n)]


@pytest.mark.parametrize("max_rows", [5000, 800])
def test_k_none_on_short_items_recovers_the_themes(monkeypatch, max_rows):
    """Many one-paragraph items: k=None finds the four themes, not k=2, also when its
    candidate ks are fitted on a sample (SELECT_MAX_ROWS below the corpus size), and each
    item's dominant topic is its theme."""
    import analysis.topics.model as topics
    from sklearn.metrics import normalized_mutual_info_score

    monkeypatch.setattr(topics, "SELECT_MAX_ROWS", max_rows)
    themes = ("sport", "weather", "bank", "health")
    c, truth = _short_items(1500, themes, seed=7)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        model = fit_topics(c, reuse=False)
    assert model.fit_on == "document" and model.k == 4, model.selection
    docs = model.document_topics().set_index("doc_id").loc[c["doc_id"]]
    # the chosen k was refitted on every item: all 1,500 have shares
    assert docs["dominant_topic"].notna().all()
    assert normalized_mutual_info_score(truth, docs["dominant_topic"].astype(int)) >= 0.9


def test_k_none_is_deterministic_on_short_items():
    c, _ = _short_items(1300, ("sport", "weather", "bank", "health", "election"), seed=11)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        a = fit_topics(c, reuse=False, k_range=range(2, 9))
        b = fit_topics(c, reuse=False, k_range=range(2, 9))
    pd.testing.assert_frame_equal(a.selection, b.selection)
    pd.testing.assert_frame_equal(a.document_topics(), b.document_topics())
    pd.testing.assert_frame_equal(a.top_terms(10), b.top_terms(10))


def test_nmf_topics_are_distributions_and_shares_follow_the_words(nmf3, corpus):
    """Topic rows sum to 1; a paragraph's shares are its topic proportions (KL projection):
    a paragraph written from one theme puts most of its share on that theme's topic."""
    assert np.allclose(nmf3.components.sum(axis=1), 1)
    paras = analysis.paragraphs(corpus)
    dt = nmf3.doc_topics.merge(paras, left_on=["doc_id", "unit_id"], right_on=["doc_id", "para_id"])
    topic_theme = {t: th for t, (th, _) in _topic_themes(nmf3).items()}
    sport = [t for t, th in topic_theme.items() if th == "sport"][0]
    rows = dt[dt["text"].str.contains("Northfield Rovers|Harbour City Athletic")]
    assert len(rows) >= 5
    assert rows[f"topic_{sport}"].median() >= 0.6


def test_lda_works(corpus):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        model = fit_topics(corpus, k=3, method="lda", reuse=False, n_refits=0)
    assert model.method == "lda" and model.k == 3
    themes = _topic_themes(model, n=4)
    assert sorted(th for th, _ in themes.values()) == ["bank", "sport", "weather"]
    shares = model.doc_topics[model.topic_columns].to_numpy()
    assert np.allclose(shares.sum(axis=1), 1)


# --- vocabulary ---------------------------------------------------------------------------

def test_news_words_never_in_top_terms(nmf3, auto):
    for model in (nmf3, auto):
        terms = set(model.top_terms(30)["term"])
        assert not terms & NEVER
        assert not {t for t in terms if any(ch.isdigit() for ch in t)}


def test_news_stop_words_cover_the_categories():
    for w in ["said", "told", "added", "according", "mr", "ms", "monday", "sunday", "january",
              "sept", "officials", "advertisement", "subscribe", "comment"]:
        assert w in NEWS_STOP_WORDS


def test_multiword_name_is_one_term(nmf3):
    assert "northfield rovers" in nmf3.phrases
    assert "monetary policy committee" in nmf3.phrases
    assert "northfield" not in nmf3.vocabulary and "rovers" not in nmf3.vocabulary
    sport = [t for t, (th, _) in _topic_themes(nmf3).items() if th == "sport"][0]
    top = nmf3.top_terms(10)
    assert "northfield rovers" in top[top["topic"] == sport]["term"].tolist()


def test_analyze_names_numbers_acronyms_plurals():
    texts = ["Officials at the Grey Harbour Authority said on 3 March 2021 that 4.5 percent "
             "of the 1990s ships, the 21st of them, reached Grey Harbour Authority docks.",
             "The Grey Harbour Authority told the U.S. envoy and US ministers that the ship left. "
             "Let us wait, he said, for the G20.",
             "Grey Harbour Authority ships docked; a ship sank, the Grey Harbour Authority said."]
    seqs, phrases = analyze(texts)
    flat = [t for s in seqs for t in s]
    assert phrases == ["grey_harbour_authority"]
    assert not any(ch.isdigit() for t in flat if t != "g20" for ch in t)
    assert "g20" in flat
    assert flat.count("US") == 2 and "us" not in flat          # the acronym, not the pronoun
    assert "ships" not in flat and flat.count("ship") >= 3      # plural folded
    assert not set(flat) & NEVER


def test_phrases_can_be_switched_off(corpus):
    seqs, phrases = analyze(corpus["text"], phrases=False)
    assert phrases == [] and "northfield" in {t for s in seqs for t in s}


def test_lowercase_corpus_still_finds_collocations():
    texts = [themed_corpus(n_docs=6, seed=3)["text"].str.lower().str.cat(sep="\n\n")]
    _, phrases = analyze(texts)
    assert "northfield_rovers" in phrases


# --- determinism --------------------------------------------------------------------------

def test_same_input_same_topics(corpus, nmf3):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        again = fit_topics(corpus.copy(), k=3, reuse=False)
    pd.testing.assert_frame_equal(nmf3.top_terms(10), again.top_terms(10))
    pd.testing.assert_frame_equal(nmf3.doc_topics, again.doc_topics)
    pd.testing.assert_frame_equal(nmf3.selection, again.selection)
    assert nmf3.labels.equals(again.labels)


def test_model_selection_deterministic(corpus, auto):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        again = fit_topics(corpus, reuse=False, k_range=range(2, 8))
    pd.testing.assert_frame_equal(auto.selection, again.selection)
    pd.testing.assert_frame_equal(auto.top_terms(10), again.top_terms(10))


def test_lda_deterministic(corpus):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        a = fit_topics(corpus, k=3, method="lda", reuse=False, n_refits=1)
        b = fit_topics(corpus, k=3, method="lda", reuse=False, n_refits=1)
    pd.testing.assert_frame_equal(a.top_terms(10), b.top_terms(10))
    pd.testing.assert_frame_equal(a.doc_topics, b.doc_topics)


# --- selection, sizes, warnings -----------------------------------------------------------

def _selection_order(sel):
    """The order k=None tries the ks in: those within SELECT_TOLERANCE of the best score,
    smallest first, then the others by score."""
    import analysis.topics.model as topics

    sc = sel.set_index("k")["coherence_weighted"]
    near = sorted(int(x) for x in sc[sc >= sc.max() - topics.SELECT_TOLERANCE].index)
    return near + sorted((int(x) for x in sc.index if x not in near), key=lambda x: (-sc[x], x))


def test_selection_table(auto):
    sel = auto.selection
    assert list(sel.columns) == ["k", "coherence", "stability", "agreement", "coherence_weighted",
                                 "smallest_topic", "n_refits", "eligible", "chosen"]
    assert sel["k"].tolist() == list(range(2, 8))
    assert sel["chosen"].sum() == 1
    measured = sel[sel["n_refits"] > 0]
    assert sel["coherence"].between(-1, 1).all() and measured["stability"].between(0, 1).all()
    chosen = sel[sel["chosen"]].iloc[0]
    assert chosen["eligible"] and measured["agreement"].between(-1, 1).all()
    assert chosen["coherence_weighted"] == sel[sel["eligible"]]["coherence_weighted"].max()
    # stability is measured lazily, in the order of the rule: every k tried before the chosen
    # one was measured and found unstable; the others were not refitted (stability missing)
    order = _selection_order(sel)
    before = sel.set_index("k").loc[order[:order.index(int(chosen["k"]))]]
    assert (before["n_refits"] > 0).all() and (before["stability"] < auto.stability_floor).all()
    unmeasured = sel[sel["n_refits"] == 0]
    assert unmeasured["stability"].isna().all() and not unmeasured["eligible"].any()
    assert sel["coherence_weighted"].between(-1, 1).all() and sel["smallest_topic"].between(0, 1).all()


def test_no_stable_k_falls_back_with_warning(corpus, monkeypatch):
    import analysis.topics.model as topics
    monkeypatch.setattr(topics, "STABILITY_FLOOR", 0.99)
    with pytest.warns(UserWarning, match="no k reached stability 0.99"):
        m = fit_topics(corpus, reuse=False, k_range=range(2, 6), n_refits=3)
    sel = m.selection
    assert m.stability_floor == pytest.approx(sel["stability"].max() - topics.STABILITY_TOLERANCE)
    assert sel["eligible"].tolist() == (sel["stability"] >= m.stability_floor).tolist()
    assert m.k == [x for x in _selection_order(sel) if sel.set_index("k").loc[x, "eligible"]][0]


def test_explicit_k_has_one_selection_row(nmf3):
    assert nmf3.selection["k"].tolist() == [3] and nmf3.selection["chosen"].all()


def test_too_few_units_warns_and_clips():
    small = themed_corpus(n_docs=3, paras_per_doc=8)             # 24 paragraphs
    with pytest.warns(UserWarning, match="fewer than 10 per topic"):
        fit_topics(small, k=3, reuse=False, n_refits=0)
    with pytest.warns(UserWarning, match="support at most k=2"):
        model = fit_topics(small, reuse=False, k_range=range(2, 13), n_refits=1)
    assert model.selection["k"].tolist() == [2]
    with pytest.warns(UserWarning, match="too few paragraphs to choose k, so k=2 is fitted"):
        model = fit_topics(small.head(1), reuse=False)              # 8 paragraphs
    assert model.k == 2
    with pytest.raises(ValueError, match="Too few paragraphs to fit even k=2"):
        fit_topics(pd.DataFrame({"doc_id": ["a"], "text": ["Rain fell on the coast.\n\n"
                                                            "Storm winds hit the coast."]}), reuse=False)
    with pytest.raises(ValueError, match="k=50"):
        fit_topics(small, k=50, reuse=False)


def test_bad_input():
    with pytest.raises(ValueError, match="doc_id"):
        fit_topics(pd.DataFrame({"text": ["a b c"]}))
    with pytest.raises(ValueError, match="unique"):
        fit_topics(pd.DataFrame({"doc_id": ["a", "a"], "text": ["x y", "y z"]}), reuse=False)
    c = themed_corpus(n_docs=3)
    with pytest.raises(ValueError, match="unit"):
        fit_topics(c, k=2, unit="chapter", reuse=False)
    with pytest.raises(ValueError, match="method"):
        fit_topics(c, k=2, method="plsa", reuse=False)
    with pytest.raises(ValueError, match="fit_on"):
        fit_topics(c, k=2, fit_on="corpus", reuse=False)


def test_fit_on_small_corpus_uses_paragraphs(nmf3, corpus):
    """12 documents are too few for 3 topics at 10 documents each: paragraphs are fitted."""
    assert nmf3.fit_on == "unit"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        by_doc = fit_topics(corpus, k=3, reuse=False, fit_on="document")
    assert by_doc.fit_on == "document" and len(by_doc.doc_topics) == len(nmf3.doc_topics)
    assert np.allclose(by_doc.doc_topics.dropna(subset=["dominant_topic"])[by_doc.topic_columns].sum(axis=1), 1)


def test_units_without_terms_are_reported():
    c = themed_corpus(n_docs=6)
    c.loc[0, "text"] += "\n\nSaid Monday: 2024.\n\nAdvertisement"
    with pytest.warns(UserWarning, match="2 units have no vocabulary terms"):
        model = fit_topics(c, k=3, reuse=False, n_refits=0)
    assert model.doc_topics["dominant_topic"].isna().sum() == 2


@pytest.mark.parametrize("unit", ["paragraph", "sentence", "document"])
def test_every_document_keeps_a_row(unit):
    """Empty, number-only and furniture-only documents keep their row, with the reason (issue 10)."""
    c = themed_corpus(n_docs=30 if unit == "document" else 9)
    odd = pd.DataFrame({
        "doc_id": ["empty", "blank", "table", "furniture", "rare"],
        "text": ["", "   \n\n ", "one month 4 7/8 - 4 3/4\n\n3 months 5.1 - 5.0",
                 "Advertisement\n\nSaid Monday.", "Zyxqv plorbed."],
        "published": pd.Timestamp("2030-05-05"), "outlet": ["Daily Ledger"] * 4 + ["Odd Outlet"]})
    c = pd.concat([c.iloc[:4], odd, c.iloc[4:]], ignore_index=True)
    c.loc[0, "text"] += "\n\nAdvertisement\n\n2024"      # a good document with an empty paragraph
    with pytest.warns(UserWarning, match=r"5 documents have no topic at all") as rec:
        model = fit_topics(c, k=3, unit=unit, reuse=False, n_refits=0)
    msg = " ".join(str(w.message) for w in rec)
    assert "no text: 2" in msg and "stop words, page furniture): 2" in msg
    assert "terms too rare (or too common) for the model's vocabulary: 1" in msg and "its terms" not in msg
    docs = model.document_topics()
    assert sorted(docs["doc_id"]) == sorted(c["doc_id"])
    why = docs.set_index("doc_id")["no_topic"]
    assert why[["empty", "blank"]].tolist() == ["empty", "empty"]
    assert why[["table", "furniture"]].tolist() == ["no terms", "no terms"]
    assert why["rare"] == "rare terms"
    assert why.drop(odd["doc_id"]).isna().all()
    bad = docs.set_index("doc_id").loc[odd["doc_id"]]
    assert bad[model.topic_columns].isna().all().all() and bad["dominant_topic"].isna().all()
    good = docs[docs["no_topic"].isna()]
    assert np.allclose(good[model.topic_columns].sum(axis=1), 1)
    # per-unit table and anything indexed by document
    assert set(model.doc_topics["doc_id"]) == set(c["doc_id"])
    order = c.sort_values("published", kind="stable")["doc_id"].tolist()
    assert len(model.doc_topics.set_index("doc_id").loc[order]) >= len(c)
    assert len(docs.set_index("doc_id").loc[order]) == len(c)
    prev = model.prevalence("published", "Y")
    row = prev[prev["published"] == pd.Timestamp("2030-01-01")]
    assert row["n_docs_no_topic"].eq(5).all() and row["share"].isna().all() and row["n_docs"].eq(0).all()
    assert prev.loc[prev["published"] != pd.Timestamp("2030-01-01"), "n_docs_no_topic"].eq(0).all()
    by_outlet = model.prevalence("outlet")
    assert by_outlet.loc[by_outlet["outlet"] == "Odd Outlet", "n_docs_no_topic"].eq(1).all()


@pytest.mark.parametrize("unit", ["sentence", "document"])
def test_other_units(unit):
    c = themed_corpus(n_docs=30 if unit == "document" else 6)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        model = fit_topics(c, k=3, unit=unit, reuse=False, n_refits=0)
    expected = len(analysis.sentences(c)) if unit == "sentence" else len(c)
    assert len(model.doc_topics) == expected
    if unit == "document":
        assert (model.doc_topics["unit_id"] == 0).all()


# --- labels, prevalence, representative units ----------------------------------------------

def test_labels_and_top_terms(nmf3):
    assert list(nmf3.labels.index) == [1, 2, 3] and nmf3.labels.is_unique
    top = nmf3.top_terms(5)
    assert list(top.columns) == ["topic", "rank", "term", "weight"]
    for t, label in nmf3.labels.items():
        assert label.split(" / ") == top[top["topic"] == t]["term"].head(3).tolist()
    assert (top.groupby("topic")["weight"].apply(lambda w: w.is_monotonic_decreasing)).all()


def test_doc_topics_columns(nmf3):
    cols = nmf3.doc_topics.columns.tolist()
    assert cols[:5] == ["doc_id", "unit_id", "n_words", "weight", "in_fit"]
    assert cols[5:] == ["topic_1", "topic_2", "topic_3", "dominant_topic", "no_topic"]


def test_topics_ordered_by_prevalence(nmf3):
    overall = nmf3.prevalence("outlet").groupby("topic")["share"].mean()
    shares = nmf3.doc_topics[nmf3.topic_columns].mul(nmf3.doc_topics["n_words"], axis=0).sum()
    assert shares.is_monotonic_decreasing and len(overall) == 3


def test_prevalence_sums_to_one_and_is_length_weighted(nmf3):
    prev = nmf3.prevalence("published", "Y")
    assert list(prev.columns) == ["published", "topic", "label", "share", "n_docs", "n_units", "n_words",
                                  "n_docs_no_topic"]
    assert np.allclose(prev.groupby("published")["share"].sum(), 1)
    # recompute one group by hand: word-weighted mean of the unit shares
    dt = nmf3.doc_topics.dropna(subset=["dominant_topic"])
    year = nmf3._meta.set_index("doc_id")["published"].dt.year
    g = dt[dt["doc_id"].map(year) == 2018]
    manual = (g[nmf3.topic_columns].mul(g["n_words"], axis=0).sum() / g["n_words"].sum()).to_numpy()
    got = prev[prev["published"] == pd.Timestamp("2018-01-01")].sort_values("topic")["share"].to_numpy()
    assert np.allclose(manual, got)
    unweighted = g[nmf3.topic_columns].mean().to_numpy()
    assert not np.allclose(unweighted, got)   # the weighting matters on this corpus


def test_length_weighting_direction():
    sport = THEMES["sport"]["words"]
    weather = THEMES["weather"]["words"]
    long_para = " ".join(sport * 3) + "."
    short_para = " ".join(weather[:4]) + "."
    docs = [long_para + "\n\n" + short_para] + [
        " ".join(np.random.RandomState(i).choice(sport if i % 2 else weather, 8)) + "."
        for i in range(20)]
    c = pd.DataFrame({"doc_id": [f"d{i}" for i in range(len(docs))], "text": docs,
                      "group": ["x"] + ["y"] * 20})
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        m = fit_topics(c, k=2, reuse=False, n_refits=0)
    prev = m.prevalence("group")
    sport_topic = m.doc_topics.iloc[0][m.topic_columns].astype(float).idxmax().split("_")[1]
    x = prev[(prev["group"] == "x")].set_index("topic")["share"]
    assert x[int(sport_topic)] > 0.75       # one long sport paragraph outweighs a short one


def test_prevalence_errors_and_missing_values(nmf3):
    with pytest.raises(ValueError, match="needs a 'administration' column"):
        nmf3.prevalence("administration")
    c = themed_corpus(n_docs=6)
    c.loc[0, "published"] = pd.NaT
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        m = fit_topics(c, k=2, reuse=False, n_refits=0)
    with pytest.warns(UserWarning, match="without a value for 'published'"):
        prev = m.prevalence()
    assert np.allclose(prev.groupby("published")["share"].sum(), 1)


def test_representative_units(corpus, nmf3):
    rep = nmf3.representative_units(2)
    assert list(rep.columns) == ["topic", "label", "doc_id", "unit_id", "share", "text"]
    assert rep.groupby("topic").size().tolist() == [2, 2, 2]
    assert (rep.groupby("topic")["doc_id"].nunique() == 2).all()
    for t, g in rep.groupby("topic"):
        col = nmf3.doc_topics[f"topic_{t}"]
        # shares equal to two decimals (as shown) are ranked by the topic's top terms they hold
        assert round(g["share"].max(), 2) >= round(col.quantile(0.9), 2)


# --- text reuse ---------------------------------------------------------------------------

@pytest.fixture(scope="module")
def reuse_corpus():
    c = themed_corpus(n_docs=9, seed=5)
    # doc99 rewrites doc00 a week later: same paragraphs, lightly reworded
    rewrite = c.loc[0, "text"].replace(" and ", " as well as ")
    extra = pd.DataFrame({"doc_id": ["doc99"], "text": [rewrite],
                          "published": [c.loc[0, "published"] + pd.Timedelta(days=7)],
                          "outlet": ["Copy Desk"]})
    return pd.concat([c, extra], ignore_index=True)


REUSE_TABLE = pd.DataFrame({"doc_a": ["doc99", "doc01"], "doc_b": ["doc00", "doc02"],
                            "similarity": [0.92, 0.1], "shared_passages": [6, 0],
                            "derived": [True, False]})


def test_reuse_downweights_a_story_by_default(reuse_corpus):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        m = fit_topics(reuse_corpus, k=3, reuse=REUSE_TABLE, n_refits=0)
        plain = fit_topics(reuse_corpus, k=3, reuse=False, n_refits=0)
    assert m.excluded_docs == [] and m.doc_weights == {"doc00": 0.5, "doc99": 0.5}
    assert "doc00 and doc99 are one story" in m.reuse_note
    dt = m.doc_topics
    assert dt["in_fit"].all()
    assert set(dt.loc[dt["weight"] < 1, "doc_id"]) == {"doc00", "doc99"}
    assert np.allclose(dt.loc[dt["weight"] < 1, "weight"], 0.5)
    # prevalence by outlet: each version's words count half
    prev = m.prevalence("outlet").drop_duplicates("outlet").set_index("outlet")["n_words"]
    assert prev["Copy Desk"] == dt.loc[dt["doc_id"] == "doc99", "n_words"].sum()  # raw words reported
    y = m.prevalence("published", None)
    g = dt[dt["doc_id"] == "doc99"]
    manual = (g[m.topic_columns].mul(g["n_words"] * g["weight"], axis=0).sum()
              / (g["n_words"] * g["weight"]).sum()).to_numpy()
    day = reuse_corpus.set_index("doc_id").loc["doc99", "published"]
    assert np.allclose(y[y["published"] == day].sort_values("topic")["share"], manual)
    # the fit itself changes when a story is downweighted
    assert not np.allclose(m.components, plain.components)


def test_reuse_exclude_mode_drops_the_later_copy(reuse_corpus):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        m = fit_topics(reuse_corpus, k=3, reuse=REUSE_TABLE, reuse_mode="exclude", n_refits=0)
    assert m.excluded_docs == ["doc99"]
    assert "doc99" in m.reuse_note and "doc00" in m.reuse_note
    dt = m.doc_topics
    assert not dt.loc[dt["doc_id"] == "doc99", "in_fit"].any()
    assert dt.loc[dt["doc_id"] != "doc99", "in_fit"].all()
    # the copy is still placed in topic space, close to its original
    doc = m.document_topics().set_index("doc_id")[m.topic_columns]
    assert np.abs(doc.loc["doc99"] - doc.loc["doc00"]).max() < 0.15
    prev = m.prevalence("outlet")
    assert "Copy Desk" not in set(prev["outlet"])
    assert "Copy Desk" in set(m.prevalence("outlet", include_excluded=True)["outlet"])


def test_reuse_false_counts_everything(reuse_corpus):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        m = fit_topics(reuse_corpus, k=3, reuse=False, n_refits=0)
    assert m.excluded_docs == [] and m.doc_topics["in_fit"].all()
    assert "reuse=False" in m.reuse_note


def test_reuse_auto_calls_text_reuse(reuse_corpus, monkeypatch):
    calls = []

    def fake_text_reuse(corpus):
        calls.append(len(corpus))
        return REUSE_TABLE
    monkeypatch.setitem(sys.modules, "analysis.reuse.detect", types.SimpleNamespace(text_reuse=fake_text_reuse))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        m = fit_topics(reuse_corpus, k=3, n_refits=0)
    assert calls == [len(reuse_corpus)] and set(m.doc_weights) == {"doc00", "doc99"}

    monkeypatch.setitem(sys.modules, "analysis.reuse.detect", types.SimpleNamespace(
        text_reuse=lambda c: REUSE_TABLE.assign(derived=False)))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        m = fit_topics(reuse_corpus, k=3, n_refits=0)
    assert m.doc_weights == {} and "no copied or rewritten" in m.reuse_note


def test_reuse_keeps_earliest(reuse_corpus):
    table = pd.DataFrame({"doc_a": ["doc03", "doc04"], "doc_b": ["doc04", "doc05"],
                          "similarity": [0.8, 0.8], "shared_passages": [3, 3],
                          "derived": [True, True]})
    c = reuse_corpus.copy()
    c.loc[c["doc_id"] == "doc05", "published"] = pd.Timestamp("2001-01-01")   # earliest
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        m = fit_topics(c, k=3, reuse=table, reuse_mode="exclude", n_refits=0)
    assert m.excluded_docs == ["doc03", "doc04"]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        m = fit_topics(c, k=3, reuse=table, n_refits=0)
    assert m.doc_weights == {"doc03": 1 / 3, "doc04": 1 / 3, "doc05": 1 / 3}
    with pytest.raises(ValueError, match="reuse_mode"):
        fit_topics(c, k=3, reuse=table, reuse_mode="drop")
    with pytest.raises(ValueError, match="reuse table needs"):
        fit_topics(c, k=3, reuse=table.drop(columns="derived"))


# --- charts -------------------------------------------------------------------------------

def test_charts(auto, tmp_path):
    import matplotlib.pyplot as plt

    from analysis.plots.topics import topic_heatmap, topic_prevalence, topic_selection, topic_terms
    figs = [topic_selection(auto.selection), topic_terms(auto.top_terms(8), auto.labels),
            topic_heatmap(auto.doc_topics, auto.labels),
            topic_heatmap(auto.document_topics(), auto.labels),
            topic_prevalence(auto.prevalence("published", "Y"), auto.labels)]
    for fig in figs:
        assert isinstance(fig, matplotlib.figure.Figure)
    legend = figs[0].axes[0].get_legend_handles_labels()[1]
    assert legend == ["unweighted mean", f"chosen k = {auto.k}"]
    # the chosen k is marked on the score k=None maximised (size-weighted coherence)
    chosen = auto.selection[auto.selection["chosen"]].iloc[0]
    marker = figs[0].axes[0].collections[0].get_offsets()[0]
    assert tuple(marker) == pytest.approx((chosen["k"], chosen["coherence_weighted"]))
    assert len([a for a in figs[1].axes if a.get_visible()]) == auto.k
    assert analysis.plots.topic_terms is topic_terms
    for f in figs:
        plt.close(f)


def test_bundled_corpus_smoke():
    corpus = analysis.load_corpus()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        model = fit_topics(corpus, k_range=range(2, 7))
    assert 2 <= model.k <= 6
    terms = set(model.top_terms(10)["term"])
    assert "north korea" in terms and not terms & NEVER


def test_reuse_note_names_a_few_groups_on_a_large_corpus():
    corpus = themed_corpus(n_docs=30, seed=7)
    ids = sorted(corpus["doc_id"])
    pairs = pd.DataFrame({"doc_a": ids[0:24:2], "doc_b": ids[1:24:2], "similarity": 0.9,
                          "shared_passages": 5, "derived": True})
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        m = fit_topics(corpus, k=3, reuse=pairs, n_refits=0)
    assert m.reuse_note.count("are one story") == 10
    assert "2 more groups (see model.reuse_pairs)" in m.reuse_note
    assert len(m.doc_weights) == 24  # every group is still weighted, only the note is short


# --- effect(): prevalence by covariate with intervals --------------------------------------

@pytest.fixture(scope="module")
def outlet_corpus():
    """Outlet A writes mostly about sport, outlet B mostly about weather; bank news in both."""
    from _topic_corpus import outlet_corpus as build
    return build()


@pytest.fixture(scope="module")
def outlet_model(outlet_corpus):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return fit_topics(outlet_corpus, k=3, reuse=False, n_refits=0)


def test_effect_finds_the_outlet_difference(outlet_model):
    eff = outlet_model.effect("outlet", n_boot=12, random_state=3)
    assert list(eff.columns) == ["topic", "label", "group", "share", "ci_low", "ci_high", "n_docs"]
    assert len(eff) == 3 * 2 and set(eff["group"]) == {"A", "B"}
    assert (eff["ci_low"] <= eff["share"]).all() and (eff["share"] <= eff["ci_high"]).all()
    assert (eff["ci_high"] - eff["ci_low"] > 0).any()          # an interval, not a point
    assert eff["n_docs"].eq(20).all()
    sport = [t for t, (th, _) in _topic_themes(outlet_model).items() if th == "sport"][0]
    s = eff[eff["topic"] == sport].set_index("group")
    assert s.loc["A", "ci_low"] > s.loc["B", "ci_high"]         # clearly more sport in A
    # shares equal prevalence's point estimates
    prev = outlet_model.prevalence("outlet").set_index(["topic", "outlet"])["share"]
    assert np.allclose(eff.set_index(["topic", "group"])["share"], prev.loc[eff.set_index(["topic", "group"]).index])
    assert "refitted" in eff.attrs["method"] and eff.attrs["n_boot"] == 12


def test_effect_difference(outlet_model):
    d = outlet_model.effect_difference("outlet", "B", "A", n_boot=12, random_state=3)
    assert list(d.columns) == ["topic", "label", "first", "second", "difference", "ci_low",
                               "ci_high", "excludes_zero"]
    prev = outlet_model.prevalence("outlet").pivot_table(index="topic", columns="outlet", values="share")
    assert np.allclose(d["difference"], (prev["A"] - prev["B"]).to_numpy())
    assert (d["ci_low"] <= d["difference"]).all() and (d["difference"] <= d["ci_high"]).all()
    sport = [t for t, (th, _) in _topic_themes(outlet_model).items() if th == "sport"][0]
    weather = [t for t, (th, _) in _topic_themes(outlet_model).items() if th == "weather"][0]
    row = d.set_index("topic")
    assert row.loc[sport, "ci_low"] > 0 and row.loc[sport, "excludes_zero"]     # more sport in A
    assert row.loc[weather, "ci_high"] < 0                                        # less weather
    years = outlet_model.effect_difference("published", 2010, 2012, n_boot=3)
    assert years.attrs["first"] == pd.Timestamp("2010-01-01")
    with pytest.raises(ValueError, match="no documents"):
        outlet_model.effect_difference("outlet", "A", "C", n_boot=0)


def test_effect_is_deterministic_and_dates_group_by_year(outlet_model):
    a = outlet_model.effect("published", n_boot=4, random_state=1)
    b = outlet_model.effect("published", n_boot=4, random_state=1)
    pd.testing.assert_frame_equal(a, b)
    assert sorted(a["group"].unique()) == [pd.Timestamp(y, 1, 1) for y in (2010, 2011, 2012)]
    c = outlet_model.effect("published", n_boot=4, random_state=2)
    assert not np.allclose(a["ci_low"], c["ci_low"])            # the seed matters


def test_effect_refits_carry_model_uncertainty(outlet_model):
    """Refitting widens the interval compared with resampling documents under fixed topics."""
    refit = outlet_model.effect("outlet", n_boot=12, random_state=5)
    fixed = outlet_model.effect("outlet", n_boot=12, random_state=5, refit=False)
    assert np.allclose(refit["share"], fixed["share"])
    width = lambda e: float((e["ci_high"] - e["ci_low"]).mean())  # noqa: E731
    assert width(refit) > width(fixed) > 0
    assert "fixed topics" in fixed.attrs["method"]
    eff = outlet_model.effect("outlet", n_boot=0)
    assert eff["ci_low"].isna().all() and eff["share"].notna().all()
    with pytest.raises(ValueError, match="level"):
        outlet_model.effect("outlet", level=1.5)
    with pytest.raises(ValueError, match="column"):
        outlet_model.effect("section")


def test_effect_chart(outlet_model, tmp_path):
    from analysis.plots import topic_effect
    eff = outlet_model.effect("published", n_boot=3)
    fig = topic_effect(eff, top=2)
    assert len([ax for ax in fig.axes if ax.axison]) == 2
    assert "1 less prevalent topics not shown" in fig._supxlabel.get_text()
    with pytest.raises(ValueError, match="columns"):
        topic_effect(eff.drop(columns="ci_low"))


def test_gibbs_lda_recovers_themes_and_is_deterministic():
    themes = ("sport", "weather", "bank", "health", "election")
    c = themed_corpus(n_docs=90, paras_per_doc=4, seed=3, themes=themes)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        a = fit_topics(c, k=5, method="gibbs", reuse=False)
        b = fit_topics(c, k=5, method="gibbs", reuse=False)
    assert a.method == "gibbs" and a.fit_on == "document"
    found = _topic_themes(a, n=4)
    assert sorted(th for th, _ in found.values()) == sorted(themes)
    pd.testing.assert_frame_equal(a.doc_topics, b.doc_topics)
    shares = a.doc_topics.dropna(subset=["dominant_topic"])[a.topic_columns].to_numpy()
    assert np.allclose(shares.sum(axis=1), 1)
    topic_theme = {t: th for t, (th, _) in found.items()}
    dom = a.document_topics()["dominant_topic"].astype(int).map(topic_theme)
    assert (dom.to_numpy() == np.array([themes[i % 5] for i in range(90)])).mean() >= 0.95
    eff = a.effect("outlet", n_boot=2)
    # round 16: the interval needs a standard error, i.e. two replicates that found the topic
    twice = eff["topic"].map(eff.attrs["n_matched"]) >= 2
    assert twice.sum() >= 6 and eff[twice]["ci_low"].notna().all()
