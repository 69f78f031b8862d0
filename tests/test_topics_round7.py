"""Round 7 of the topic model (docs/topics-round7.md): a faster fit with the same output.

1. The whole output is unchanged: ``tests/data/topics_round7_before.json`` was recorded by
   running the code of 84d7572 (before this round) on the invented corpora built below (the
   recording script is ``_snapshot`` and ``_corpora`` here); the current code must give the
   same k, top terms, dominant topics, unit shares (to 1e-12), word and term counts,
   coherence scores and paragraphs.
2. Each faster path gives the same frames/arrays as the code it replaced (reference versions
   kept here): ``paragraphs()``, ``_word_counts`` (``str.count(r"\\w+")``), ``_factorize``
   (``pd.factorize``) and ``_window_cooccurrence`` (the loop over sequences).
Invented texts only (tests/_topic_corpus.py and random strings).
"""
from __future__ import annotations

import json
import random
import sys
import warnings
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from scipy import sparse

from analysis.text import segment
from analysis.text.segment import paragraphs
from analysis.topics import model as M

sys.path.insert(0, str(Path(__file__).parent))
from _topic_corpus import themed_corpus  # noqa: E402

BEFORE = Path(__file__).parent / "data" / "topics_round7_before.json"


def _shaped(frame):
    """Paragraph shapes of real exports: indented paragraphs, blank lines holding spaces or
    tabs, runs of blank lines, leading and trailing blank lines, non-breaking spaces."""
    out = []
    seps = ["\n\n", "\n \n", "\n\t\n\n", "\n\n\n", "\n  \t \n"]
    for i, t in enumerate(frame["text"].tolist()):
        ps = t.split("\n\n")
        s = ps[0]
        for j, p in enumerate(ps[1:]):
            s += (seps[(i + j) % len(seps)] + ("   " if (i + j) % 3 == 0 else "") + p
                  + ("\u00a0 " if j % 4 == 1 else ""))
        if i % 5 == 0:
            s = "\n \n" + s + "\n\n  "
        out.append(s)
    return frame.assign(text=out)


def _corpora():
    a = _shaped(themed_corpus(n_docs=60, paras_per_doc=4, seed=3,
                              themes=("sport", "weather", "bank", "health")))
    b = _shaped(themed_corpus(n_docs=14, paras_per_doc=6, seed=5))
    b.loc[3, "text"] = ""
    b.loc[7, "text"] = "  \n\n \t "
    return a, b


def _fit(frame, **kw):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return M.fit_topics(frame, reuse=False, **kw)


def _snapshot(m):
    dt = m.doc_topics
    cols = [c for c in dt.columns if c.startswith("topic_")]
    return {"k": int(m.k),
            "top": m.top_terms(8).groupby("topic")["term"].apply(list).tolist(),
            "dominant": [None if pd.isna(x) else int(x) for x in dt["dominant_topic"]],
            "shares": np.nan_to_num(dt[cols].to_numpy(dtype=float), nan=-1.0).round(12).tolist(),
            "n_words": dt["n_words"].astype(int).tolist(),
            "n_terms": m._units["n_terms"].astype(int).tolist(),
            "doc_dominant": [None if pd.isna(x) else int(x) for x in m.document_topics()["dominant_topic"]],
            "selection": m.selection[["k", "coherence", "coherence_weighted"]].round(12).to_numpy().tolist()}


@pytest.fixture(scope="module")
def before():
    return json.loads(BEFORE.read_text())


@pytest.fixture(scope="module")
def corpora():
    return _corpora()


@pytest.mark.parametrize("name, which, kw", [("doc_fit_k4", 0, {"k": 4}),
                                             ("unit_fit_k_none", 1, {"k_range": range(2, 5)})])
def test_fit_output_is_the_one_recorded_before_round_7(before, corpora, name, which, kw):
    now = _snapshot(_fit(corpora[which], **kw))
    want = before[name]
    for field in ("k", "top", "dominant", "doc_dominant", "n_words", "n_terms"):
        assert now[field] == want[field], field
    np.testing.assert_allclose(now["shares"], want["shares"], rtol=0, atol=2e-12)
    # k and coherence; coherence_weighted's weights changed in round 10 (each topic's share of
    # the reconstructed tf-idf instead of W's column sums: tests/test_topics_round10.py)
    np.testing.assert_allclose(np.asarray(now["selection"])[:, :2], np.asarray(want["selection"])[:, :2],
                               rtol=0, atol=2e-12)


def test_paragraphs_are_the_ones_recorded_before_round_7(before, corpora):
    p = paragraphs(corpora[1])
    rec = before["paragraphs"]
    assert p["doc_id"].tolist() == rec["doc_id"]
    assert p["para_id"].tolist() == rec["para_id"]
    assert p["start"].tolist() == rec["start"] and p["end"].tolist() == rec["end"]


def _old_paragraphs(corpus):
    """paragraphs() before round 7: _paragraph_bounds per text, rows built one by one."""
    rows = []
    for doc_id, text in zip(corpus["doc_id"].astype(str), corpus["text"].fillna("").astype(str)):
        for pid, ps, pe in segment._paragraph_bounds(text):
            rows.append((doc_id, pid, text[ps:pe], ps, pe))
    return pd.DataFrame(rows, columns=["doc_id", "para_id", "text", "start", "end"]).astype(
        {"para_id": "int64", "start": "int64", "end": "int64"})


def _random_texts(n, seed, alphabet, max_len=40):
    rng = random.Random(seed)
    return ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, max_len))) for _ in range(n)]


def test_fast_paragraphs_give_the_same_frame():
    # whitespace of every kind str.isspace knows, including the ones regexes do not split on
    alphabet = ["a", "B", " ", "\t", "\n", "\n", "\r", "\u00a0", "\u2028", "\x1c", "\u3000",
                "é", ".", "\x00"]
    texts = _random_texts(2500, 0, alphabet)
    corpus = pd.DataFrame({"doc_id": [f"d{i}" for i in range(len(texts))], "text": texts})
    corpus.loc[5, "text"] = None
    a, b = _old_paragraphs(corpus), paragraphs(corpus)
    assert len(a) > 1000
    pd.testing.assert_frame_equal(a, b, check_exact=True)
    # integer doc ids and a corpus with no paragraph at all
    c = pd.DataFrame({"doc_id": [3, 1], "text": ["x\n\n\n y ", "  "]})
    pd.testing.assert_frame_equal(_old_paragraphs(c), paragraphs(c), check_exact=True)
    e = pd.DataFrame({"doc_id": ["a"], "text": ["\n \n"]})
    pd.testing.assert_frame_equal(_old_paragraphs(e), paragraphs(e), check_exact=True)


def test_word_counts_are_str_count_of_word_runs():
    alphabet = ["a", "B", " ", "_", "1", "\u00b2", "\n", "é", "\u4e2d", "\u0663", ".", "'", "\x00",
                "\u0301", "\U0001F600", "\u216b", "\u00a0", "-"]
    texts = _random_texts(5000, 1, alphabet, 30)
    want = pd.Series(texts, dtype=object).str.count(r"\w+").to_numpy()
    got = M._word_counts(texts)
    assert got.dtype == np.int64 and np.array_equal(got, want)
    assert M._word_counts([]).tolist() == []
    assert M._word_counts(["", "a_b c", "O'Brien's U.S."]).tolist() == [0, 2, 5]


def test_factorize_is_pandas_factorize():
    rng = random.Random(2)
    items = [rng.choice(["x", "y", "zz", "North", "\x00", "é"]) for _ in range(500)]
    codes, uniques = M._factorize(iter(items), len(items))
    want_codes, want_uniques = pd.factorize(np.array(items, dtype=object), sort=False)
    assert np.array_equal(codes, want_codes)
    assert uniques.dtype == object and list(uniques) == list(want_uniques)
    codes, uniques = M._factorize([], 0)
    assert len(codes) == 0 and len(uniques) == 0


def _old_window_cooccurrence(seqs, targets, window):
    """_window_cooccurrence before round 7: a loop over the sequences."""
    index = {t: i for i, t in enumerate(targets)}
    rows, cols = [], []
    offset = 0
    for seq in seqs:
        L = len(seq)
        if L == 0:
            continue
        nwin = max(1, L - window + 1)
        pos = [(p, index[t]) for p, t in enumerate(seq) if t in index]
        if pos:
            p = np.fromiter((x[0] for x in pos), dtype=np.int64, count=len(pos))
            c = np.fromiter((x[1] for x in pos), dtype=np.int64, count=len(pos))
            lo = np.maximum(0, p - window + 1)
            hi = np.minimum(p, nwin - 1)
            lens = hi - lo + 1
            starts = np.repeat(lo - np.cumsum(lens) + lens, lens)
            rows.append(offset + starts + np.arange(lens.sum()))
            cols.append(np.repeat(c, lens))
        offset += nwin
    if not rows:
        return sparse.csr_matrix((max(offset, 1), len(targets))), max(offset, 1)
    r, c = np.concatenate(rows), np.concatenate(cols)
    X = sparse.csr_matrix((np.ones(len(r)), (r, c)), shape=(offset, len(targets)))
    X.data[:] = 1.0
    return X, offset


def test_window_cooccurrence_is_the_loop_it_replaced():
    rng = random.Random(3)
    vocab = [f"w{i}" for i in range(40)]
    for _ in range(200):
        seqs = [[rng.choice(vocab) for _ in range(rng.choice([0, 1, 3, 9, 10, 11, 25]))]
                for _ in range(rng.randint(0, 30))]
        targets = sorted(rng.sample(vocab, rng.randint(1, 15)))
        window = rng.choice([1, 3, 10])
        A, na = _old_window_cooccurrence(seqs, targets, window)
        B, nb = M._window_cooccurrence(seqs, targets, window)
        assert na == nb and A.shape == B.shape
        assert np.array_equal(A.indptr, B.indptr) and np.array_equal(A.indices, B.indices)
        assert np.array_equal(A.data, B.data)


def test_same_seed_twice_gives_identical_frames(corpora):
    a, b = _fit(corpora[0], k=4), _fit(corpora[0], k=4)
    pd.testing.assert_frame_equal(a.document_topics(), b.document_topics(), check_exact=True)
    assert np.array_equal(a.components, b.components)
