"""Sentence, document and group sentiment; offline lexicon; the optional vader+ridge scorer."""
from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import warnings
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

import analysis
from analysis.sentiment.scores import bootstrap_mean_ci
from conftest import build_corpus

ROOT = Path(__file__).resolve().parents[1]

POSITIVE = "The volunteers were wonderful, kind and generous, and the festival was a joy."
NEGATIVE = "The attack was horrific, killing dozens and leaving the town devastated and afraid."
NEUTRAL = "The committee meets on Tuesday in the east wing of the building."


def _corpus():
    return build_corpus(
        f"{POSITIVE} {NEUTRAL}\n\nResidents praised the excellent organisation.",
        f"{NEUTRAL} Minutes will be published later.",
        f"{NEGATIVE}\n\nRescuers fear the toll will rise. Aid is arriving slowly.",
        "Visitors loved the bright, cheerful stalls. Sales were strong and everyone smiled.",
        ids=["harbour-1", "council-7", "quake-3", "fair-9"],
        dates=["2019-04-02", "2019-11-30", "2021-06-15", "2021-08-01"],
        outlet=["Coastal Courier", "Civic Gazette", "Coastal Courier", "Civic Gazette"],
    )


# ------------------------------------------------------------------ sentiment_scores
def test_scores_columns_order_and_signs():
    texts = [NEGATIVE, NEUTRAL, POSITIVE, NEGATIVE]
    s = analysis.sentiment_scores(texts, method="vader")
    assert list(s.columns) == ["neg", "neu", "pos", "compound"]
    assert len(s) == 4 and list(s.index) == [0, 1, 2, 3]
    assert s.loc[0, "compound"] < -0.5 and s.loc[3, "compound"] < -0.5
    assert abs(s.loc[1, "compound"]) < 0.05
    assert s.loc[2, "compound"] > 0.5
    # same text, same score; order follows input
    assert s.loc[0].equals(s.loc[3])
    assert np.allclose(s[["neg", "neu", "pos"]].sum(axis=1)[[0, 2]], 1.0, atol=0.01)


def test_scores_accept_generators_empty_and_missing():
    assert len(analysis.sentiment_scores(t for t in [POSITIVE])) == 1
    empty = analysis.sentiment_scores([])
    assert list(empty.columns) == ["neg", "neu", "pos", "compound"] and len(empty) == 0
    with pytest.warns(UserWarning, match="missing"):
        s = analysis.sentiment_scores([POSITIVE, None, np.nan])
    assert s.loc[1:, "compound"].tolist() == [0.0, 0.0]
    with pytest.raises(TypeError):
        analysis.sentiment_scores("one string, not a list")
    with pytest.raises(ValueError, match="method"):
        analysis.sentiment_scores([POSITIVE], method="textblob")


def test_negation_is_handled():
    s = analysis.sentiment_scores(["The plan is good.", "The plan is not good."])
    assert s.loc[0, "compound"] > 0 > s.loc[1, "compound"]


# ------------------------------------------------------------------ sentence_sentiment
def test_sentence_sentiment_rows_follow_segmentation():
    c = _corpus()
    out = analysis.sentence_sentiment(c, method="vader")
    assert list(out.columns) == ["doc_id", "sent_id", "sentence", "neg", "neu", "pos", "compound"]
    sents = analysis.sentences(c)
    assert out["sentence"].tolist() == sents["text"].tolist()
    assert out["doc_id"].tolist() == sents["doc_id"].tolist()
    assert out["sent_id"].tolist() == sents["sent_id"].tolist()
    first = out[out["doc_id"] == "harbour-1"]
    assert first["compound"].iloc[0] > 0.5 and abs(first["compound"].iloc[1]) < 0.05
    assert out.loc[out["doc_id"] == "quake-3", "compound"].iloc[0] < -0.5


def test_furniture_in_raw_text_is_never_scored():
    blurb = ("We love hearing from you! Comments are moderated; be respectful, kind and awesome. "
             "Thanks for reading - subscribe for great deals!")
    c = pd.DataFrame({"doc_id": ["x"], "text": [NEUTRAL],
                      "raw_text": [f"{NEUTRAL}\n\n{blurb}"]})
    out = analysis.sentence_sentiment(c)
    assert out["sentence"].tolist() == [NEUTRAL]
    assert not out["sentence"].str.contains("subscribe|Comments").any()
    assert analysis.document_sentiment(c, method="vader")["mean_compound"].abs().iloc[0] < 0.05


def test_empty_documents_warn_not_crash():
    c = pd.DataFrame({"doc_id": ["full", "blank", "none"], "text": [POSITIVE, "   \n\n ", None]})
    with pytest.warns(UserWarning, match="no text to score: blank, none"):
        out = analysis.sentence_sentiment(c)
    assert set(out["doc_id"]) == {"full"}
    with pytest.warns(UserWarning, match="no text"):
        d = analysis.document_sentiment(c)
    assert d["doc_id"].tolist() == ["full", "blank", "none"]  # no document dropped
    assert d["n_sentences"].tolist() == [1, 0, 0]
    assert d.loc[1:, "mean_compound"].isna().all()


def test_missing_columns_raise():
    with pytest.raises(ValueError, match="doc_id"):
        analysis.sentence_sentiment(pd.DataFrame({"body": ["text"]}))


# ------------------------------------------------------------------ document_sentiment
def test_document_sentiment_stats():
    c = _corpus()
    d = analysis.document_sentiment(c, method="vader")
    assert list(d.columns) == ["doc_id", "n_sentences", "mean_compound", "ci_low", "ci_high",
                               "share_positive", "share_neutral", "share_negative"]
    assert d["doc_id"].tolist() == c["doc_id"].tolist()
    sents = analysis.sentence_sentiment(c, method="vader")
    means = sents.groupby("doc_id", sort=False)["compound"].mean()
    assert np.allclose(d.set_index("doc_id")["mean_compound"], means.reindex(d["doc_id"]))
    assert d["n_sentences"].tolist() == sents.groupby("doc_id", sort=False).size().reindex(d["doc_id"]).tolist()
    shares = d[["share_positive", "share_neutral", "share_negative"]].sum(axis=1)
    assert np.allclose(shares, 1.0)
    assert (d["ci_low"] <= d["mean_compound"] + 1e-12).all()
    assert (d["mean_compound"] <= d["ci_high"] + 1e-12).all()
    by = d.set_index("doc_id")
    assert by.loc["fair-9", "mean_compound"] > 0 > by.loc["quake-3", "mean_compound"]
    assert by.loc["council-7", "share_neutral"] == 1.0


def test_thresholds_define_shares():
    s = pd.DataFrame({"doc_id": ["d"] * 4, "sent_id": range(4), "sentence": list("abcd"),
                      "neg": 0.0, "neu": 1.0, "pos": 0.0,
                      "compound": [0.05, 0.049, -0.05, -0.3]})
    d = analysis.document_sentiment(pd.DataFrame({"doc_id": ["d"], "text": ["x"]}), method="vader",
                                    sentence_scores=s)
    assert d[["share_positive", "share_neutral", "share_negative"]].iloc[0].tolist() == [0.25, 0.25, 0.5]


def test_bootstrap_is_deterministic_and_sensible():
    x = np.array([0.6, -0.2, 0.1, 0.4, 0.0, -0.5, 0.3, 0.2])
    a, b = bootstrap_mean_ci(x), bootstrap_mean_ci(x)
    assert a == b
    assert a[0] < x.mean() < a[1]
    assert bootstrap_mean_ci(x, seed=1) != a
    narrow = bootstrap_mean_ci(np.tile(x, 50))
    assert narrow[1] - narrow[0] < a[1] - a[0]  # more sentences, tighter interval
    # chunked resampling (small memory budget) gives the same interval as one block
    assert bootstrap_mean_ci(x, max_cells=16) == a
    assert bootstrap_mean_ci([0.3]) == (0.3, 0.3)
    assert all(np.isnan(bootstrap_mean_ci([])))


def test_document_interval_independent_of_other_documents():
    c = _corpus()
    alone = analysis.document_sentiment(c.iloc[[2]])
    together = analysis.document_sentiment(c).set_index("doc_id").loc[["quake-3"]].reset_index()
    pd.testing.assert_frame_equal(alone.reset_index(drop=True), together)


# ------------------------------------------------------------------ group_sentiment
def test_group_by_year():
    c = _corpus()
    g = analysis.group_sentiment(c)
    assert g["published"].astype(str).tolist() == ["2019", "2021"]
    assert g["n_documents"].tolist() == [2, 2]
    sents = analysis.sentence_sentiment(c)
    year = c.set_index("doc_id")["published"].dt.year
    pooled = sents.assign(y=sents["doc_id"].map(year)).groupby("y")["compound"]
    assert np.allclose(g["mean_compound"], pooled.mean().to_numpy())
    assert g["n_sentences"].tolist() == pooled.size().tolist()
    assert np.allclose(g[["share_positive", "share_neutral", "share_negative"]].sum(axis=1), 1)
    assert ((g["ci_low"] <= g["mean_compound"]) & (g["mean_compound"] <= g["ci_high"])).all()
    q = analysis.group_sentiment(c, freq="Q")
    assert q["published"].astype(str).tolist() == ["2019Q2", "2019Q4", "2021Q2", "2021Q3"]


def test_group_by_category_and_administration():
    c = _corpus()
    g = analysis.group_sentiment(c, by="outlet")
    assert g["outlet"].tolist() == ["Civic Gazette", "Coastal Courier"]
    assert g["n_documents"].tolist() == [2, 2]
    a = analysis.group_sentiment(c, by="administration")
    assert a["administration"].tolist() == ["Biden", "Trump I"]
    with pytest.raises(ValueError, match="no column"):
        analysis.group_sentiment(c, by="section")


def test_group_document_bootstrap_and_missing_keys():
    c = _corpus()
    c.loc[1, "published"] = pd.NaT
    with pytest.warns(UserWarning, match="council-7"):
        g = analysis.group_sentiment(c, unit="document")
    assert g["n_documents"].tolist() == [1, 2]
    # one document in 2019: a cluster bootstrap has nothing to resample
    assert g.loc[0, "ci_low"] == g.loc[0, "ci_high"] == g.loc[0, "mean_compound"]
    assert g.loc[1, "ci_low"] < g.loc[1, "ci_high"]


def test_same_input_same_output():
    c = _corpus()
    pd.testing.assert_frame_equal(analysis.group_sentiment(c), analysis.group_sentiment(c))
    pd.testing.assert_frame_equal(analysis.document_sentiment(c), analysis.document_sentiment(c))


# ------------------------------------------------------------------ vader+ridge
def test_vader_ridge_option():
    texts = [POSITIVE, NEGATIVE, NEUTRAL]
    v = analysis.sentiment_scores(texts, method="vader-nltk")
    r = analysis.sentiment_scores(texts, method="vader+ridge")
    pd.testing.assert_frame_equal(v[["neg", "neu", "pos"]], r[["neg", "neu", "pos"]])
    assert r.loc[0, "compound"] > 0.125 and r.loc[1, "compound"] < -0.125
    assert r["compound"].between(-1, 1).all()
    d = analysis.document_sentiment(_corpus(), method="vader+ridge")
    assert np.allclose(d[["share_positive", "share_neutral", "share_negative"]].sum(axis=1), 1)
    assert len(analysis.sentiment_scores([], method="vader+ridge")) == 0


def test_ridge_training_is_deterministic(tmp_path):
    from analysis.sentiment.ridge import RidgeScorer, load_model, save_model, train_ridge

    texts = [POSITIVE, NEGATIVE, NEUTRAL, "Lovely lovely day.", "Awful awful food."] * 4
    ratings = np.array([3.0, -3.2, 0.0, 2.5, -2.8] * 4)
    v = analysis.sentiment_scores(texts)
    m1, m2 = train_ridge(texts, ratings, v), train_ridge(texts, ratings, v)
    p1, p2 = save_model(m1, tmp_path / "a.json.gz"), save_model(m2, tmp_path / "b.json.gz")
    assert p1.read_bytes() == p2.read_bytes()
    pred = RidgeScorer(load_model(p1)).predict(texts, v)
    assert np.corrcoef(pred, ratings)[0, 1] > 0.9


# ------------------------------------------------------------------ offline lexicon
OFFLINE_SCRIPT = textwrap.dedent("""
    import socket
    def _no_network(*a, **k):
        raise OSError("network disabled in this test")
    class _NoNetworkSocket(socket.socket):
        connect = connect_ex = sendto = _no_network
    socket.socket = _NoNetworkSocket
    socket.create_connection = _no_network
    socket.getaddrinfo = _no_network
    import nltk
    nltk.download = _no_network
    import analysis
    s = analysis.sentiment_scores(["What a wonderful, generous gift.", "A brutal, deadly attack."],
                                  method="vader-nltk")
    assert s["compound"].iloc[0] > 0.5 and s["compound"].iloc[1] < -0.5, s
    from analysis.sentiment.nltk_resources import vader_data_dir
    print(vader_data_dir())
""")


def _fresh_env(tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("NLTK", "XDG_", "ANALYSIS_"))}
    env.update(HOME=str(tmp_path / "home"), NLTK_DATA=str(tmp_path / "nltk_empty"),
               PYTHONPATH=str(ROOT))
    (tmp_path / "home").mkdir()
    (tmp_path / "nltk_empty").mkdir()
    return env


def test_vader_lexicon_loads_offline_in_fresh_process(tmp_path):
    env = _fresh_env(tmp_path)
    r = subprocess.run([sys.executable, "-c", OFFLINE_SCRIPT], env=env, cwd=tmp_path,
                       capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    where = Path(r.stdout.strip().splitlines()[-1])
    # the lexicon was either NLTK's own installed data or the copy made under the empty HOME
    assert (where / "sentiment" / "vader_lexicon.zip").is_file()
    # a second run reuses the copy
    r2 = subprocess.run([sys.executable, "-c", OFFLINE_SCRIPT], env=env, cwd=tmp_path,
                        capture_output=True, text=True, timeout=300)
    assert r2.returncode == 0, r2.stderr
    assert r2.stdout.strip().splitlines()[-1] == str(where)


def test_lexicon_copy_falls_back_when_home_is_read_only(tmp_path, monkeypatch):
    import nltk

    from analysis.sentiment import nltk_resources as nr

    blocked = tmp_path / "blocked"
    blocked.write_text("a file, so no folder can be made under it")
    monkeypatch.setenv("ANALYSIS_NLTK_DATA", str(blocked / "nltk"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocked / "cache"))
    monkeypatch.setattr(nr, "_nltk_has", lambda res: False)
    monkeypatch.setattr(nr.tempfile, "gettempdir", lambda: str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()
    monkeypatch.setattr(nltk.data, "path", list(nltk.data.path))
    try:
        nr.ensure_vader_lexicon()
    except LookupError:
        pass  # _nltk_has is stubbed to False, so the final check fails by construction
    made = list((tmp_path / "tmp").glob("analysis-nltk_data-*/sentiment/vader_lexicon.zip"))
    assert len(made) == 1
    import zipfile

    with zipfile.ZipFile(made[0]) as zf:
        lines = zf.read("vader_lexicon/vader_lexicon.txt").decode("utf-8").split("\n")
    assert len(lines) > 7000 and all(len(line.split("\t")) >= 2 for line in lines)


# ------------------------------------------------------------------ smoke test on the bundled corpus
def test_bundled_corpus_smoke():
    corpus = analysis.load_corpus()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        d = analysis.document_sentiment(corpus)
    assert len(d) == len(corpus) and (d["n_sentences"] > 0).all()
    assert d["mean_compound"].between(-1, 1).all()


# ------------------------------------------------------------------ news-language helpers
def test_neutral_words_sensitivity_and_lexicon_words():
    from analysis.sentiment.scores import NEWS_EVENT_TERMS, lexicon_words

    text = "Insurgents threatened an attack on the port, and the navy pledged military support."
    base = analysis.sentiment_scores([text], method="vader")
    off = analysis.sentiment_scores([text], method="vader", neutral_words=NEWS_EVENT_TERMS)
    assert base.loc[0, "compound"] < -0.05
    assert off.loc[0, "compound"] == 0.0
    # the default analyzer is not modified by the sensitivity run
    assert analysis.sentiment_scores([text], method="vader").equals(base)
    # attitude words are still scored
    assert analysis.sentiment_scores(["A disgraceful, shameful and cruel decision."], method="vader",
                                     neutral_words=NEWS_EVENT_TERMS).loc[0, "compound"] < -0.5
    # the news scorer ignores them too: the words neither feed VADER nor its word features
    news = analysis.sentiment_scores([text], method="news", neutral_words=NEWS_EVENT_TERMS)
    same = analysis.sentiment_scores(["Insurgents an on the port, and the navy pledged military ."],
                                     method="news")
    assert news.loc[0, "compound"] == pytest.approx(same.loc[0, "compound"], abs=1e-9)
    w = lexicon_words([text, "Nothing here."])
    assert set(w["word"]) == {"threatened", "attack", "support"}
    assert (w["position"] == 0).all()
    assert w.set_index("word").loc["support", "valence"] > 0


# ------------------------------------------------------------------ charts
def test_charts_return_figures(tmp_path):
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    c = _corpus()
    s = analysis.sentence_sentiment(c)
    d = analysis.document_sentiment(c, sentence_scores=s)
    g = analysis.group_sentiment(c, sentence_scores=s)
    labels = dict(zip(c["doc_id"], c["outlet"]))
    figs = [
        analysis.plots.sentence_sentiment_distribution(s, labels=labels),
        analysis.plots.document_sentiment_intervals(d, labels=labels, order=c["doc_id"][::-1]),
        analysis.plots.sentiment_over_time(g, documents=d.merge(c[["doc_id", "published"]])),
    ]
    for i, fig in enumerate(figs):
        assert isinstance(fig, matplotlib.figure.Figure)
        analysis.save_figure(fig, f"chart{i}", tmp_path)
        plt.close(fig)
    ticks = [t.get_text() for t in figs[0].axes[0].get_yticklabels()]
    assert ticks[0].startswith("Coastal Courier") and "(n=" in ticks[0]
    # undated corpus: an explanatory empty chart, not a crash
    with pytest.warns(UserWarning):
        empty = analysis.group_sentiment(c.assign(published=pd.NaT), sentence_scores=s)
    plt.close(analysis.plots.sentiment_over_time(empty))


def test_per_document_charts_limit_rows():
    import matplotlib.pyplot as plt

    many = pd.DataFrame({"doc_id": [f"d{i:03d}" for i in range(60)],
                         "text": [POSITIVE if i % 2 else NEGATIVE for i in range(60)]})
    s = analysis.sentence_sentiment(many)
    with pytest.warns(UserWarning, match="60 documents"):
        fig = analysis.plots.sentence_sentiment_distribution(s, max_docs=20)
    assert len(fig.axes[0].get_yticklabels()) == 20
    assert "20 of 60" in fig.axes[0].get_title()
    plt.close(fig)


def test_custom_title_keeps_the_left_out_note():
    import matplotlib.pyplot as plt

    many = pd.DataFrame({"doc_id": [f"n{i:02d}" for i in range(12)], "text": [NEUTRAL] * 12})
    s = analysis.sentence_sentiment(many)
    d = analysis.document_sentiment(many, sentence_scores=s)
    with pytest.warns(UserWarning, match="12 documents"):
        f1 = analysis.plots.sentence_sentiment_distribution(s, title="Harbour tone", max_docs=5)
    with pytest.warns(UserWarning, match="12 documents"):
        f2 = analysis.plots.document_sentiment_intervals(d, title="Harbour tone", max_docs=5)
    assert f1.axes[0].get_title() == "Harbour tone (5 of 12 documents, evenly spaced)"
    assert f2.get_suptitle() == "Harbour tone (5 of 12 documents, evenly spaced)"
    plt.close(f1)
    plt.close(f2)


def test_duplicate_doc_ids_are_an_error():
    c = pd.DataFrame({"doc_id": ["a", "a"], "text": [POSITIVE, NEGATIVE]})
    for f in (analysis.sentence_sentiment, analysis.document_sentiment, analysis.group_sentiment):
        with pytest.raises(ValueError, match="repeated: a"):
            f(c)


def test_sentiment_drivers():
    from analysis.sentiment.scores import sentiment_drivers

    c = pd.DataFrame({"doc_id": ["p", "q"],
                      "text": ["A horrible, horrible failure. A lovely result.",
                               "The threat grew. A horrible day."]})
    d = sentiment_drivers(analysis.sentence_sentiment(c), top=2)
    neg = d[d["direction"] == "negative"].set_index("word")
    assert list(neg.index) == ["horrible", "threat"]  # summed valence -7.5, -2.4 (failure: -2.3)
    assert neg.loc["horrible", "occurrences"] == 3 and neg.loc["horrible", "n_documents"] == 2
    assert neg.loc["horrible", "n_sentences"] == 2
    assert d.set_index("word").loc["lovely", "direction"] == "positive"
    assert neg["news_event_term"].tolist() == [False, True]
    empty = sentiment_drivers(analysis.sentence_sentiment(pd.DataFrame({"doc_id": ["z"], "text": ["The bus left."]})))
    assert empty.empty
