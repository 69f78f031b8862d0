"""Word vectors learnt offline from unlabelled news text (PPMI + truncated SVD), for the
target-tone model (benchmarks/train_target_tone.py). Never used at run time: the vectors (or
the word clusters made from them) are stored in the shipped resource.

Texts (all in ``../shared/corpora``, none with a tone label, and never devtest_mt):
Reuters-21578 story bodies, MasakhaNEWS English (BBC) headlines and texts, AG News test
titles and descriptions, ABC headlines 2003, and the sentences of NewsMTSC ``train.jsonl``
(their text only). Method: Levy, Goldberg & Dagan (2015): co-occurrence counts within a
window (weighted 1/distance), positive PMI with context-distribution smoothing (alpha 0.75),
truncated SVD (scikit-learn ``randomized_svd``, fixed seed, one BLAS thread), rows U * S^0.5
normalised to unit length. Deterministic.
"""
from __future__ import annotations

import csv
import html
import json
import re
import sys
from collections import Counter
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _sentiment_data import require  # noqa: E402

_TOKEN = re.compile(r"[A-Za-z0-9]+(?:['’][A-Za-z]+)*|[^\sA-Za-z0-9]")
_BODY = re.compile(r"<BODY>(.*?)</BODY>", re.S)


def unlabelled_texts(exclude: set | None = None) -> list[str]:
    """The unlabelled news texts, in a fixed order (sentences in ``exclude`` left out)."""
    texts: list[str] = []
    reuters = require("reuters21578")
    for p in sorted(reuters.glob("reut2-*.sgm")):
        raw = p.read_bytes().decode("latin-1")
        texts += [html.unescape(b) for b in _BODY.findall(raw)]
    csv.field_size_limit(10**8)
    mk = require("masakhanews_en")
    for name in ("eng_dev.tsv", "eng_test.tsv"):
        with open(mk / name, encoding="utf-8", newline="") as fh:
            for r in csv.DictReader(fh, delimiter="\t"):
                texts += [r.get("headline") or "", r.get("text") or ""]
    with open(require("agnews_test") / "test.csv", encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh):
            texts.append((r["title"] + ". " + r["description"]).replace("\\", " "))
    with open(require("abc_headlines_2003") / "abcnews-date-text.first50k.csv", encoding="utf-8",
              newline="") as fh:
        texts += [r["headline_text"] for r in csv.DictReader(fh)]
    seen = set()
    with open(require("newsmtsc") / "train.jsonl", encoding="utf-8") as fh:
        for line in fh:
            s = json.loads(line)["sentence_normalized"]
            if s not in seen and not (exclude and s in exclude):
                seen.add(s)
                texts.append(s)
    return texts


def tokenize(text: str) -> list[str]:
    return [t.lower().replace("’", "'") for t in _TOKEN.findall(text)]


def ppmi_svd(texts, vocab_size: int = 20000, dims: int = 64, window: int = 4, min_count: int = 5,
             seed: int = 0):
    """(words, vectors): the ``vocab_size`` most frequent alphabetic words (ties by spelling),
    unit-length float32 rows."""
    from scipy import sparse
    from sklearn.utils.extmath import randomized_svd
    from threadpoolctl import threadpool_limits

    docs = [tokenize(t) for t in texts]
    counts = Counter(w for d in docs for w in d)
    cand = sorted(((n, w) for w, n in counts.items() if n >= min_count and w[:1].isalpha()),
                  key=lambda x: (-x[0], x[1]))
    words = [w for _, w in cand[:vocab_size]]
    index = {w: i for i, w in enumerate(words)}
    ids = np.concatenate([np.array([index.get(w, -1) for w in d] + [-1] * window, dtype=np.int64)
                          for d in docs])  # -1 pads between texts
    n = len(words)
    m = sparse.csr_matrix((n, n))
    for d in range(1, window + 1):
        a, b = ids[:-d], ids[d:]
        ok = (a >= 0) & (b >= 0)
        c = sparse.coo_matrix((np.full(int(ok.sum()), 1.0 / d), (a[ok], b[ok])), shape=(n, n)).tocsr()
        m = m + c + c.T
    m.sum_duplicates()
    total = m.sum()
    row = np.asarray(m.sum(axis=1)).ravel()
    col = np.asarray(m.sum(axis=0)).ravel() ** 0.75
    col /= col.sum()
    m = m.tocoo()
    pmi = np.log(m.data / total / (row[m.row] / total) / col[m.col])
    keep = pmi > 0
    ppmi = sparse.csr_matrix((pmi[keep], (m.row[keep], m.col[keep])), shape=(n, n))
    with threadpool_limits(limits=1):
        u, s, _ = randomized_svd(ppmi, dims, n_iter=5, random_state=seed)
    v = u * np.sqrt(s)
    v /= np.maximum(np.linalg.norm(v, axis=1, keepdims=True), 1e-12)
    # fix the sign of each dimension (SVD leaves it free): largest absolute entry positive
    sign = np.sign(v[np.abs(v).argmax(axis=0), np.arange(v.shape[1])])
    return words, (v * sign).astype(np.float32)


def main() -> int:
    """Build the vectors (about 20 s) and print each probe word's nearest neighbours."""
    import time

    from _sentiment_data import read_newsmtsc

    t0 = time.perf_counter()
    texts = unlabelled_texts(set(read_newsmtsc("devtest_mt")["sentence"]))
    words, v = ppmi_svd(texts, vocab_size=30000, dims=100)
    print(f"{len(texts):,} texts, {len(words):,} words x {v.shape[1]} dims in "
          f"{time.perf_counter() - t0:.0f} s")
    index = {w: i for i, w in enumerate(words)}
    for q in ("attacked", "praised", "criticized", "good", "corrupt", "republican", "won"):
        if q in index:
            near = np.argsort(-(v @ v[index[q]]))[1:8]
            print(f"  {q}: {', '.join(words[i] for i in near)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
