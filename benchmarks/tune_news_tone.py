"""Choose the ``news`` tone model's settings by cross-validation on its training data only.

Same folds as ``bench_sentiment.py`` / ``bench_name_tone.py --folds 3`` (``stable_fold`` of
the text, k=3): each fold learns its own truecasing list (``name_words_from``) from its
training part, masks names in both parts, scores VADER on the masked text, and fits the model
with the configuration on the training part. Reported: cross-fitted Pearson on NewsMTSC train
(targets agree) and on VADER's tweets / movie / product sets, and their mean. No held-out
test split (devtest_mt) is read.

Usage::

    python benchmarks/tune_news_tone.py                 # the grid in GRID
    python benchmarks/tune_news_tone.py --only base a3  # some configurations
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _sentiment_data import newsmtsc_sentences, stable_fold, vader_sets  # noqa: E402
from train_news_tone import training_data  # noqa: E402

from analysis.sentiment import news_tone as nt  # noqa: E402

BASE = dict(alpha=nt.ALPHA, vader_weight=nt.VADER_WEIGHT, word_weight=1.0, char_weight=1.0,
            word_ngram=(1, 1), word_min_df=2, char_ngram=(2, 5), char_max=50000, news_weight=1.0,
            drop_placeholder=False, extra=None)
#: name -> changes from BASE (the shipped round-14 nametone settings)
GRID = {
    "base": {},
    "a2": dict(alpha=2.0), "a8": dict(alpha=8.0),
    "vw3": dict(vader_weight=3.0), "vw8": dict(vader_weight=8.0),
    "ww1.5": dict(word_weight=1.5), "ww0.7": dict(word_weight=0.7),
    "cw1.5": dict(char_weight=1.5), "cw0.7": dict(char_weight=0.7),
    "w12": dict(word_ngram=(1, 2)), "wmin1": dict(word_min_df=1), "wmin3": dict(word_min_df=3),
    "c100k": dict(char_max=100000), "c25k": dict(char_max=25000),
    "nw2": dict(news_weight=2.0), "nw0.5": dict(news_weight=0.5),
    "noph": dict(drop_placeholder=True),
    "clause": dict(extra="clause"), "quote": dict(extra="quote"),
    # round 2: word bigrams (the best single change) with the others
    "w12+noph": dict(word_ngram=(1, 2), drop_placeholder=True),
    "w12+ww0.7": dict(word_ngram=(1, 2), word_weight=0.7),
    "w12+a6": dict(word_ngram=(1, 2), alpha=6.0),
    "w12+wmin3": dict(word_ngram=(1, 2), word_min_df=3),
    "w13": dict(word_ngram=(1, 3)),
    "w12+clause": dict(word_ngram=(1, 2), extra="clause"),
    "w12+quote": dict(word_ngram=(1, 2), extra="quote"),
}
import re  # noqa: E402

_CLAUSE = re.compile(r"[,;:]|\bbut\b|\bhowever\b", re.I)
_QUOTE = re.compile(r"[\"\u201c\u201d]([^\"\u201c\u201d]*)[\"\u201c\u201d]")
_EXTRA = {}


def extra_dense(kind: str, masked: list) -> np.ndarray:
    """Extra tone features that name nobody, cached per masked corpus.

    clause: min and max VADER compound over the clauses (split at , ; : but however);
    quote: VADER compound of the quoted text and of the narrative text (0 when empty)."""
    from analysis.sentiment.scores import sentiment_scores

    key = (kind, id(masked))
    if key in _EXTRA:
        return _EXTRA[key]
    if kind == "clause":
        parts = [[c for c in _CLAUSE.split(t) if c and c.strip()] or [t] for t in masked]
        flat = [c for p in parts for c in p]
        comp = sentiment_scores(flat, method="vader")["compound"].to_numpy()
        out, i = np.zeros((len(masked), 2)), 0
        for j, p in enumerate(parts):
            out[j] = comp[i:i + len(p)].min(), comp[i:i + len(p)].max()
            i += len(p)
    else:
        quoted = [" ".join(_QUOTE.findall(t)) for t in masked]
        narr = [_QUOTE.sub(" ", t) for t in masked]
        q = sentiment_scores(quoted, method="vader")["compound"].to_numpy()
        n = sentiment_scores(narr, method="vader")["compound"].to_numpy()
        out = np.c_[q, n]
    _EXTRA[key] = out
    return out


def fold_inputs(data: pd.DataFrame, k: int):
    """Per fold: (train index, test index, masked texts, VADER on masked) - the expensive part, once."""
    from analysis.sentiment.scores import sentiment_scores

    fold = stable_fold(data["text"], k)
    texts = data["text"].tolist()
    out = []
    for f in range(k):
        tr, te = np.flatnonzero(fold != f), np.flatnonzero(fold == f)
        words = sorted(set(nt.name_words_from([texts[i] for i in tr])))
        masked = nt.mask_names(texts, words)
        v = sentiment_scores(masked, method="vader")
        out.append((tr, te, masked, v))
    return out


def fit_predict(cfg: dict, tr, te, masked, v, targets, sources):
    from scipy import sparse
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import Ridge
    from threadpoolctl import threadpool_limits

    dense = np.c_[v["neg"].to_numpy(), v["pos"].to_numpy(), v["compound"].to_numpy()] * cfg["vader_weight"]
    read = [t.replace(nt.NAME_PLACEHOLDER, " ") for t in masked] if cfg["drop_placeholder"] else masked
    if cfg["extra"]:
        dense = np.c_[dense, cfg["vader_weight"] * extra_dense(cfg["extra"], masked)]
    tw = [read[i] for i in tr]
    ts = [read[i] for i in te]
    wv = TfidfVectorizer(analyzer="word", ngram_range=cfg["word_ngram"], min_df=cfg["word_min_df"],
                         sublinear_tf=True, lowercase=True)
    cv = TfidfVectorizer(analyzer="char_wb", ngram_range=cfg["char_ngram"], min_df=3,
                         max_features=cfg["char_max"], sublinear_tf=True, lowercase=True)
    xtr = sparse.hstack([sparse.csr_matrix(dense[tr]), cfg["word_weight"] * wv.fit_transform(tw),
                         cfg["char_weight"] * cv.fit_transform(tw)]).tocsr()
    xte = sparse.hstack([sparse.csr_matrix(dense[te]), cfg["word_weight"] * wv.transform(ts),
                         cfg["char_weight"] * cv.transform(ts)]).tocsr()
    sw = np.where(sources[tr] == "newsmtsc", cfg["news_weight"], 1.0)
    with threadpool_limits(limits=1):
        r = Ridge(alpha=cfg["alpha"], solver="lsqr", tol=1e-8).fit(xtr, targets[tr], sample_weight=sw)
    vocab = wv.vocabulary_
    ph = nt.NAME_PLACEHOLDER.lower()
    ph_coef = r.coef_[dense.shape[1] + vocab[ph]] * cfg["word_weight"] if ph in vocab else np.nan
    return np.clip(r.predict(xte), -1, 1), ph_coef


def evaluate(held: dict) -> dict:
    from scipy.stats import pearsonr

    sets = {n: d for n, d in vader_sets().items() if n in ("tweets", "movie reviews", "product reviews")}
    sets["newsmtsc"] = newsmtsc_sentences("train")
    res = {}
    for name, df in sets.items():
        p = df["text"].map(held).to_numpy(float)
        ok = ~np.isnan(p)
        res[name] = pearsonr(df["human"][ok], p[ok])[0]
    return res


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", nargs="*", help="configuration names from GRID")
    ap.add_argument("--folds", type=int, default=3)
    args = ap.parse_args(argv)
    data = training_data()
    targets = data["target"].to_numpy(float)
    sources = data["source"].to_numpy()
    t0 = time.perf_counter()
    folds = fold_inputs(data, args.folds)
    print(f"folds masked and VADER-scored in {time.perf_counter() - t0:.0f} s", flush=True)
    for name in args.only or GRID:
        cfg = {**BASE, **GRID[name]}
        t0 = time.perf_counter()
        pred = np.full(len(data), np.nan)
        phs = []
        for tr, te, masked, v in folds:
            pred[te], ph = fit_predict(cfg, tr, te, masked, v, targets, sources)
            phs.append(ph)
        r = evaluate(dict(zip(data["text"], pred)))
        print(f"{name:10s} newsmtsc {r['newsmtsc']:.4f} tweets {r['tweets']:.4f} movie {r['movie reviews']:.4f} "
              f"product {r['product reviews']:.4f} | placeholder coef {np.nanmean(phs):+.4f} "
              f"| {time.perf_counter() - t0:.0f} s", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
