"""Notebook 02 at scale: the shortcuts give the numbers the full computations give, and the
samples are deterministic and say so (issue 12; docs/scale-scale02.md). Invented texts."""
from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

import analysis
from analysis.sentiment import scores as S
from analysis.sentiment.scores import NEWS_EVENT_TERMS

SENTENCES = [
    "The attack on the convoy killed three soldiers.",            # report words
    "A lovely afternoon at the harbour festival.",                # none
    "Officials walked toward the award ceremony with software.",  # 'war' inside other words
    "WAR! The Threat, they said, was over.",                      # capitals, punctuation
    "There was no war, and no threat of one.",                    # negation before the word
    "_attack_ and 'peace' in quotes",                             # punctuation VADER strips
    "War-torn towns asked for help; the united front held.",     # hyphen, semicolon
    "",                                                           # nothing
    "Prices rose 3.5 pct in the year to March.",                  # none
    "Ceasefire agreed; peaceful protests resumed after the ban.",
    "défense de la paix",                                         # another language, no hit
    "2attack or attack2 or attack_",                              # digits and underscores next to a word
]


def _sentences(texts):
    return pd.DataFrame({"doc_id": [f"d{i % 3}" for i in range(len(texts))], "sent_id": range(len(texts)),
                         "sentence": texts}).join(analysis.sentiment_scores(texts))


@pytest.mark.parametrize("method", ["news", "vader", "vader+ridge"])
def test_without_words_equals_scoring_every_sentence_again(method):
    sents = _sentences(SENTENCES)
    sents[["neg", "neu", "pos", "compound"]] = analysis.sentiment_scores(SENTENCES, method=method).to_numpy()
    fast = analysis.sentiment_without_words(sents, NEWS_EVENT_TERMS, method=method)
    full = analysis.sentiment_scores(SENTENCES, method=method, neutral_words=NEWS_EVENT_TERMS)
    pd.testing.assert_frame_equal(fast, full, check_exact=True)
    assert (fast["compound"] != sents["compound"]).any()  # the check is not vacuous


def test_without_words_keeps_the_given_scores_of_sentences_without_the_words():
    sents = _sentences(["A lovely day.", "The attack failed."])
    sents.loc[0, "compound"] = 0.123456  # a given score is taken as it is
    out = analysis.sentiment_without_words(sents, ["attack"])
    assert out.loc[0, "compound"] == 0.123456
    assert out.loc[1, "compound"] != sents.loc[1, "compound"]


def test_without_words_on_the_stored_table_columns():
    data = analysis.AnnotatedCorpus(pd.DataFrame({"doc_id": ["a"], "text": ["The war ended. Peace at last."]}))
    table = data.sentences  # the store's column name: text
    out = analysis.sentiment_without_words(table)
    full = analysis.sentiment_scores(table["text"], neutral_words=NEWS_EVENT_TERMS)
    pd.testing.assert_frame_equal(out, full, check_exact=True)
    with pytest.raises(ValueError, match="compound"):
        analysis.sentiment_without_words(table.drop(columns="compound"))


def test_scorer_sample_keeps_everything_below_the_limit():
    sents = _sentences(SENTENCES)
    sample = analysis.scorer_sample(sents)
    assert sample.note == "" and sample.rows is sents


def test_scorer_sample_is_seeded_ordered_and_said():
    sents = _sentences(SENTENCES * 50)   # 600 sentences
    a = analysis.scorer_sample(sents, max_sentences=100, seed=3)
    b = analysis.scorer_sample(sents, max_sentences=100, seed=3)
    c = analysis.scorer_sample(sents, max_sentences=100, seed=4)
    assert len(a.rows) == 100 and a.rows.index.equals(b.rows.index)
    assert not a.rows.index.equals(c.rows.index)
    assert a.rows.index.is_monotonic_increasing and a.rows.index.is_unique
    pd.testing.assert_frame_equal(a.rows, sents.loc[a.rows.index])
    assert "random sample of 100 of the 600 sentences" in a.note and "seed 3" in a.note


def test_whole_text_every_document_when_small():
    c = pd.DataFrame({"doc_id": ["a", "b"], "text": ["A lovely day. Then rain.", "A deadly attack."]})
    w = analysis.whole_text_sentiment(c)
    assert w.note == ""
    expected = analysis.sentiment_scores(c["text"])
    pd.testing.assert_frame_equal(w.rows.drop(columns="doc_id"), expected, check_exact=True)
    assert w.rows["doc_id"].tolist() == ["a", "b"]


def test_whole_text_sample_keeps_the_shown_documents_and_is_seeded():
    texts = [f"Story {i}: " + SENTENCES[i % len(SENTENCES)] for i in range(40)]
    c = pd.DataFrame({"doc_id": [f"doc{i:02d}" for i in range(40)], "text": texts})
    shown = ["doc39", "doc05", "doc17"]
    a = analysis.whole_text_sentiment(c, max_documents=10, seed=2, keep=shown)
    b = analysis.whole_text_sentiment(c, max_documents=10, seed=2, keep=shown)
    assert len(a.rows) == 10 and set(shown) <= set(a.rows["doc_id"])
    assert a.rows["doc_id"].tolist() == sorted(a.rows["doc_id"])  # corpus order
    pd.testing.assert_frame_equal(a.rows, b.rows)
    assert "10 of the 40 documents" in a.note and "the 3 shown" in a.note and "seed 2" in a.note
    # each sampled document scores as when every document is scored
    full = analysis.whole_text_sentiment(c, max_documents=0).rows.set_index("doc_id")
    pd.testing.assert_frame_equal(a.rows.set_index("doc_id"), full.loc[a.rows["doc_id"]], check_exact=True)


def test_tone_under_scorers_means_equal_group_sentiment_with_intervals():
    rng = np.random.default_rng(0)
    c = pd.DataFrame({"doc_id": [f"d{i}" for i in range(30)], "text": ["x"] * 30,
                      "published": pd.to_datetime("2020-01-01") + pd.to_timedelta(rng.integers(0, 900, 30), "D")})
    s = pd.DataFrame({"doc_id": rng.choice(c["doc_id"], 400), "compound": rng.uniform(-1, 1, 400)})
    other = rng.uniform(-1, 1, 400)
    t = analysis.tone_under_scorers(c, s, {"one": s["compound"].to_numpy(), "two": other}, freq="Y")
    g1 = analysis.group_sentiment(c, sentence_scores=s)
    g2 = analysis.group_sentiment(c, sentence_scores=s.assign(compound=other))
    assert t["one"].tolist() == g1["mean_compound"].tolist()
    assert t["two"].tolist() == g2["mean_compound"].tolist()


def test_group_sentiment_without_interval():
    c = pd.DataFrame({"doc_id": ["a", "b"], "text": ["x", "y"], "outlet": ["A", "A"]})
    s = pd.DataFrame({"doc_id": ["a", "a", "b"], "compound": [0.5, -0.1, 0.3]})
    for unit in ("sentence", "document"):
        g = analysis.group_sentiment(c, by="outlet", sentence_scores=s, n_boot=0, unit=unit)
        assert g["mean_compound"].round(6).tolist() == [0.233333]
        assert g[["ci_low", "ci_high"]].isna().all().all()


def test_compounds_by_document_as_groupby_gives_them():
    rng = np.random.default_rng(1)
    s = pd.DataFrame({"doc_id": rng.choice(["b", "a", "c", None], 200), "compound": rng.uniform(-1, 1, 200)})
    got = S._compounds_by_doc(None, "news", s)
    want = {k: g["compound"].to_numpy(float) for k, g in s.groupby("doc_id", sort=False)}
    assert list(got) == list(want)
    for k in want:
        assert np.array_equal(got[k], want[k])


def test_char_ngram_cache_across_calls_and_when_cleared(monkeypatch):
    from analysis.sentiment import linear_text as L

    train = ["The talks collapsed late on Friday.", "Officials praised a successful, generous deal!",
             "Prices rose 3.5 pct in the year to March", "NO COMMENT, he said."]
    vec, _, _ = L.tfidf_block(train, analyzer="char_wb", ngram_range=(2, 5), min_df=1, sublinear_tf=True)
    monkeypatch.setattr(L, "GRAM_CACHE_WORDS", 12)  # cleared again and again
    for batch in (SENTENCES[:4], SENTENCES[4:], SENTENCES, train, SENTENCES[::-1]):
        a, b = L.tfidf_transform(vec, batch), vec.transform(batch)
        assert (a.indptr == b.indptr).all() and (a.indices == b.indices).all() and (a.data == b.data).all()
    assert len(vec.__dict__["_analysis_gram_cache"]) <= 12 + len({w for t in SENTENCES[::-1] for w in t.lower().split()})


def test_document_intervals_drawn_per_length_are_bootstrap_mean_ci_bit_for_bit():
    rng = np.random.default_rng(7)
    lengths = [0, 1, 2, 2, 3, 7, 8, 9, 9, 16, 33, 150, 2001, 2500]  # 2001+: drawn in chunks, left to the function
    rows = [(f"d{k:02d}", v) for k, n in enumerate(lengths) for v in rng.uniform(-1, 1, n)]
    s = pd.DataFrame(rows, columns=["doc_id", "compound"])
    c = pd.DataFrame({"doc_id": [f"d{k:02d}" for k in range(len(lengths))], "text": "x"})
    got = analysis.document_sentiment(c, sentence_scores=s, n_boot=500)
    for k, n in enumerate(lengths):
        values = s.loc[s["doc_id"] == f"d{k:02d}", "compound"].to_numpy()
        want = S.bootstrap_mean_ci(values, n_boot=500) if n else (np.nan, np.nan)
        assert got.loc[k, "n_sentences"] == n
        np.testing.assert_array_equal(got.loc[k, ["ci_low", "ci_high"]].to_numpy(float), np.array(want, float))


def test_event_timeline_page_names_articles_as_before():
    """The interactive event timeline looks article metadata up by doc_id (a repeated doc_id
    and a missing value give no name, as with the row lookup it replaces)."""
    from analysis.plots.interactive import event_timeline_html

    ev = pd.DataFrame({"doc_id": ["a", "b", "c", "zz"], "sent_id": [0, 0, 0, 0],
                       "sentence": ["They met on 3 May 2019."] * 4, "expression": ["3 May 2019"] * 4,
                       "date": pd.to_datetime(["2019-05-03"] * 4), "granularity": "day"})
    corpus = pd.DataFrame({"doc_id": ["a", "b", "b", "c"], "outlet": ["Wire One", "Dup", "Dup", None],
                           "title": ["Talks in May", "x", "y", None],
                           "published": pd.to_datetime(["2019-05-04", "2019-05-05", "2019-05-05", None])})
    page = event_timeline_html(ev, corpus)
    assert "Wire One" in page and "Talks in May" in page and "published 04 May 2019" in page
    assert "(no outlet)" in page                   # b (repeated id), c (no outlet), zz (unknown)
    assert "published 05 May 2019" not in page     # a repeated doc_id names no article


def test_overview_draws_one_article_marker_per_date_as_opaque_as_the_overlap():
    import matplotlib
    matplotlib.use("Agg")
    from analysis.plots.timeline import timeline_overview

    dates = pd.to_datetime(["2020-03-10"] * 2 + [f"2020-03-{d:02d}" for d in range(1, 29)] * 8)
    corpus = pd.DataFrame({"doc_id": [f"d{i}" for i in range(len(dates))], "text": "x", "published": dates})
    ev = pd.DataFrame({"date": pd.to_datetime(["2020-03-05"] * 300), "doc_id": "d1", "granularity": "day"})
    fig = timeline_overview(corpus, None, None, ev, freq="M")
    ax = fig.axes[0]
    points = [c for c in ax.collections if len(c.get_offsets())]
    articles, events = points[0], points[1]
    assert len(articles.get_offsets()) == 28 and len(events.get_offsets()) == 1
    alpha = dict(zip(articles.get_offsets()[:, 0].round(3), articles.get_facecolors()[:, 3].round(4)))
    day = matplotlib.dates.date2num(pd.Timestamp("2020-03-10")).round(3)
    assert alpha[day] == round(1 - 0.6 ** 10, 4)   # 8 + 2 articles that day
    assert set(alpha.values()) == {round(1 - 0.6 ** 8, 4), round(1 - 0.6 ** 10, 4)}
    assert "article published" in [t.get_text() for t in ax.get_legend().get_texts()]


def test_event_label_with_compiled_patterns_and_early_exit_as_the_plain_loop():
    import re

    from analysis.dates.event_kinds import EVENT_WORDS, event_label

    def reference(sentence, expression=None):   # the loop before the speed-up
        low = str(sentence).lower()
        pos = low.find(str(expression).lower()) if expression else -1
        best = None
        for order, (name, pattern) in enumerate(EVENT_WORDS):
            for m in re.finditer(pattern, low):
                end = pos + len(str(expression)) if pos >= 0 else 0
                dist = 0 if pos < 0 else max(pos - m.end(), int((m.start() - end) * 1.5), 0)
                if name == "statement" and pos >= 0:
                    dist += 40
                cand = (dist, order, name)
                if best is None or cand < best:
                    best = cand
        return best[2] if best else "other"

    cases = [("The ministers met on Friday and signed a deal.", "Friday"),
             ("Prices rose in March.", "March"), ("On Monday the rocket was fired; talks followed.", "Monday"),
             ("He said the vote on Tuesday was close.", "Tuesday"), ("Nothing happened in 2019.", "2019"),
             ("Detonation reported last week, officials warned.", "last week"), ("", None),
             ("Tariffs take effect tomorrow", "tomorrow"), ("A phone call; a summit; a test.", None)]
    for sentence, expression in cases:
        assert event_label(sentence, expression) == reference(sentence, expression), sentence
