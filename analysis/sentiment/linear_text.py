"""Small linear text models stored as gzipped JSON (the shipped tone scorers' machinery).

A model is a plain dict: TF-IDF blocks (each with its analyzer settings, vocabulary and idf
weights), the names of dense features, and the coefficients of a linear model (one row per
output: one row for a regression, one per class for a multinomial logistic regression).
Nothing here depends on how scikit-learn pickles its objects: a model written with one
scikit-learn version is read and applied identically with another, and
:func:`save_model` writes the same bytes for the same dict (sorted keys, no timestamp), so a
training script can be checked to reproduce a shipped file byte for byte.
"""
from __future__ import annotations

import gzip
import json
from pathlib import Path

import numpy as np

RESOURCES = Path(__file__).resolve().parent / "resources"
#: Decimal places kept for weights in the JSON (enough for identical predictions to 1e-6).
DIGITS = 6


def _r(values) -> list:
    return [round(float(v), DIGITS) for v in np.asarray(values, float).ravel()]


def tfidf_block(texts, **params):
    """Fit a TfidfVectorizer on texts; return ``(vectorizer, matrix, block_dict)``.

    ``params`` are TfidfVectorizer keyword arguments limited to analyzer ("word" or
    "char_wb"), ngram_range, min_df, max_features, sublinear_tf, lowercase and token_pattern.
    """
    from sklearn.feature_extraction.text import TfidfVectorizer

    vec = TfidfVectorizer(dtype=np.float64, **params)
    x = vec.fit_transform(list(texts))
    block = {**{k: list(v) if isinstance(v, tuple) else v for k, v in params.items()
                if k not in ("min_df", "max_features")},
             "terms": vec.get_feature_names_out().tolist(), "idf": _r(vec.idf_)}
    return vec, x, block


def vectorizer_from_block(block: dict):
    """A fitted TfidfVectorizer rebuilt from a block written by :func:`tfidf_block`."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    params = {k: tuple(v) if k == "ngram_range" else v for k, v in block.items()
              if k not in ("terms", "idf")}
    vec = TfidfVectorizer(vocabulary=block["terms"], dtype=np.float64, **params)
    vec.idf_ = np.asarray(block["idf"], float)
    return vec


def _char_wb_grams(word: str, lo: int, hi: int) -> list:
    """scikit-learn's ``char_wb`` n-grams of one (preprocessed) word."""
    w = " " + word + " "
    n_w = len(w)
    grams = []
    for n in range(lo, hi + 1):
        if n_w <= n:  # a short word counts once, as itself
            grams.append(w)
            break
        grams.extend([w[i:i + n] for i in range(n_w - n + 1)])
    return grams


#: Words whose n-gram columns :func:`tfidf_transform` keeps per vectorizer between calls
#: (cleared when full: memory stays bounded, about 25 MB at this size).
GRAM_CACHE_WORDS = 100_000


def _word_grams(vec, words):
    """(indptr, columns, counts) of the vocabulary n-grams of each word (a CSR's parts),
    from a cache kept on the vectorizer across calls: a corpus repeats most of its words."""
    from collections import Counter

    cache = vec.__dict__.setdefault("_analysis_gram_cache", {})
    if len(cache) + len(words) > GRAM_CACHE_WORDS:
        cache.clear()
    vocab = vec.vocabulary_
    lo, hi = vec.ngram_range
    cols, counts, sizes = [], [], []
    for w in words:
        hit = cache.get(w)
        if hit is None:
            found = [(vocab[g], c) for g, c in Counter(_char_wb_grams(w, lo, hi)).items() if g in vocab]
            hit = cache[w] = (tuple(k for k, _ in found), tuple(c for _, c in found))
        cols.extend(hit[0])
        counts.extend(hit[1])
        sizes.append(len(hit[0]))
    indptr = np.zeros(len(words) + 1, dtype=np.int64)
    np.cumsum(sizes, out=indptr[1:])
    return indptr, np.asarray(cols, dtype=np.int64), np.asarray(counts, dtype=float)


def tfidf_transform(vec, texts):
    """``vec.transform(texts)`` of a fitted TfidfVectorizer: the same matrix, faster for ``char_wb``.

    ``char_wb`` n-grams never cross a word, so a text's n-gram counts are the sum of its
    words' counts: each distinct word is cut into n-grams once (and kept for the next call,
    see :data:`GRAM_CACHE_WORDS`), and the counts are (texts x words) @ (words x n-grams),
    whole numbers, then the vectorizer's own TF-IDF weighting and normalisation. Other
    settings go to ``vec.transform``.

    Examples
    --------
    >>> v, _, _ = tfidf_block(["good day", "bad day", "a good bad day"], analyzer="char_wb",
    ...                       ngram_range=(2, 4))
    >>> t = ["a good, good day!", "x", "", "Day\tDAY"]
    >>> a, b = tfidf_transform(v, t), v.transform(t)
    >>> (a != b).nnz, bool((a.indices == b.indices).all()), bool((a.indptr == b.indptr).all())
    (0, True, True)
    """
    from itertools import chain

    from scipy import sparse

    texts = list(texts)
    tfidf = getattr(vec, "_tfidf", None)
    if (tfidf is None or vec.analyzer != "char_wb" or vec.binary or vec.input != "content"
            or vec.preprocessor is not None or vec.strip_accents is not None
            or not hasattr(vec, "vocabulary_") or not all(isinstance(t, str) for t in texts)):
        return vec.transform(texts)
    tokens = [(doc.lower() if vec.lowercase else doc).split() for doc in texts]
    lengths = np.fromiter(map(len, tokens), dtype=np.int64, count=len(tokens))
    word_ids: dict = {}
    ids = np.fromiter((word_ids.setdefault(w, len(word_ids)) for w in chain.from_iterable(tokens)),
                      dtype=np.int64, count=int(lengths.sum()))
    rows = np.repeat(np.arange(len(texts), dtype=np.int64), lengths)
    # duplicates (a word twice in a text) are summed: the text's count of the word
    words = sparse.csr_matrix((np.ones(len(ids)), (rows, ids)), shape=(len(texts), len(word_ids)))
    grams = _gram_matrix(vec, list(word_ids))
    x = sparse.csr_matrix(words @ grams, dtype=vec.dtype)
    x.eliminate_zeros()
    x.sort_indices()
    if x.nnz > np.iinfo(np.int32).max:
        return vec.transform(texts)
    x.indices, x.indptr = x.indices.astype(np.int32), x.indptr.astype(np.int32)
    return tfidf.transform(x, copy=False)


def _gram_matrix(vec, words):
    from scipy import sparse

    indptr, cols, counts = _word_grams(vec, words)
    return sparse.csr_matrix((counts, cols, indptr), shape=(len(words), len(vec.vocabulary_)))


class LinearTextModel:
    """Applies a model dict: TF-IDF blocks + dense features -> linear scores.

    Parameters
    ----------
    model : dict with ``blocks`` (list of TF-IDF blocks), ``dense`` (names of the dense
        features, in column order), ``coef`` (list of rows, each dense coefficients then
        each block's term coefficients) and ``intercept`` (one per row).

    Examples
    --------
    >>> import numpy as np
    >>> _, _, b = tfidf_block(["good day", "bad day"], analyzer="word")
    >>> m = LinearTextModel({"blocks": [b], "dense": ["x"], "coef": [[0.5, -1.0, 0.0, 1.0]],
    ...                      "intercept": [0.0]})
    >>> m.decision(["good", "bad"], np.zeros((2, 1))).round(2).ravel().tolist()
    [1.0, -1.0]
    """

    def __init__(self, model: dict):
        self.model = model
        self.vectorizers = [vectorizer_from_block(b) for b in model.get("blocks", [])]
        self.coef = np.asarray(model["coef"], float)
        self.intercept = np.asarray(model["intercept"], float)
        n = len(model.get("dense", [])) + sum(len(b["terms"]) for b in model.get("blocks", []))
        if self.coef.shape[1] != n:
            raise ValueError(f"model has {self.coef.shape[1]} coefficients per row for {n} features")

    def matrix(self, texts_per_block, dense):
        """Feature matrix (scipy CSR): dense columns, then each block's TF-IDF."""
        from scipy import sparse

        texts_per_block = list(texts_per_block)
        if len(texts_per_block) != len(self.vectorizers):
            raise ValueError("one list of texts per TF-IDF block is needed")
        parts = [sparse.csr_matrix(np.asarray(dense, float))]
        parts += [tfidf_transform(v, list(t)) for v, t in zip(self.vectorizers, texts_per_block)]
        return sparse.hstack(parts).tocsr()

    def decision(self, texts, dense, texts_per_block=None) -> np.ndarray:
        """Linear scores, shape (n, n_rows). ``texts`` feed every block unless
        ``texts_per_block`` gives one list per block."""
        tpb = texts_per_block if texts_per_block is not None else [texts] * len(self.vectorizers)
        x = self.matrix(tpb, dense)
        return np.asarray(x @ self.coef.T + self.intercept, float)

    def terms(self) -> np.ndarray:
        """Feature names in column order (dense names, then block terms)."""
        names = list(self.model.get("dense", []))
        for b in self.model.get("blocks", []):
            names += b["terms"]
        return np.asarray(names, dtype=object)


def save_model(model: dict, path) -> Path:
    """Write a model dict as gzipped JSON, byte for byte reproducible (no timestamp).

    Examples
    --------
    >>> import tempfile, os
    >>> p = save_model({"a": [1.0]}, os.path.join(tempfile.mkdtemp(), "m.json.gz"))
    >>> load_model(p)
    {'a': [1.0]}
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    data = json.dumps(model, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
    with open(path, "wb") as fh, gzip.GzipFile(fileobj=fh, mode="wb", mtime=0, filename="",
                                               compresslevel=9) as gz:
        gz.write(data)
    return path


def load_model(path, what: str = "model") -> dict:
    """Read a model written by :func:`save_model`; a clear error when it is missing."""
    path = Path(path)
    if not path.exists():
        raise FileNotFoundError(f"the {what} weights are missing ({path.name}); they ship in "
                                "analysis/sentiment/resources/ - reinstall the package")
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        return json.load(fh)
