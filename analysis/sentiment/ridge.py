"""An optional sentence scorer: VADER plus a small ridge model trained on human ratings.

``sentiment_scores(texts, method="vader+ridge")`` keeps VADER's neg/neu/pos and replaces
``compound`` with a linear model's estimate of the mean human rating (divided by 4, so on
-1..+1 like VADER's compound). Features: VADER's neg, pos and compound (up-weighted, so the
model starts from the lexicon and the ridge penalty mostly shrinks the word weights) plus
TF-IDF of word unigrams and bigrams (8,000 most frequent). Trained on the three
human-rated sets published with VADER (Hutto & Gilbert 2014: tweets, movie-review and
product-review snippets; 18,513 sentences), with ``benchmarks/bench_sentiment.py
--write-model``. The weights ship with the package in ``resources/vader_ridge.json.gz``:
nothing is trained at import time and nothing is downloaded.

How far it generalizes, measured by training on two sets and testing on the third (see
the benchmark): better than plain VADER on movie and product reviews, about the same on
tweets. None of the training sets is news, so on news its word weights are a guess; VADER
stays the default.

Its "compound" is on the human scale: mean rating / 4. A human mean within +-0.5 (on -4..+4)
counts as neutral, so for this method the neutral band is ``NEUTRAL_BAND`` = 0.125.
"""
from __future__ import annotations

import gzip
import json
from functools import lru_cache
from pathlib import Path

import numpy as np

#: Where the shipped weights live (package data).
MODEL_PATH = Path(__file__).resolve().parent / "resources" / "vader_ridge.json.gz"
#: Neutral band of this method's compound (a human mean rating of +-0.5 on -4..+4, / 4).
NEUTRAL_BAND = 0.125
_VADER_WEIGHT = 5.0
_PARAMS = dict(ngram_range=(1, 2), min_df=3, max_features=8000, sublinear_tf=True)
_ALPHA = 30.0


def _vader_block(scores) -> np.ndarray:
    return _VADER_WEIGHT * np.c_[scores["neg"].to_numpy(float), scores["pos"].to_numpy(float),
                                 scores["compound"].to_numpy(float)]


def train_ridge(texts, ratings, vader_scores, alpha: float = _ALPHA) -> dict:
    """Fit the model on texts with human mean ratings (-4..+4); returns a JSON-able dict.

    Deterministic: no randomness in TF-IDF or the ridge solver.

    Parameters
    ----------
    texts : list of str
    ratings : array of mean human ratings on -4..+4
    vader_scores : DataFrame from ``sentiment_scores(texts)`` (VADER)
    alpha : float
        Ridge penalty.

    Returns
    -------
    dict
        Parameters, intercept, VADER and word coefficients, vocabulary and idf: what
        :func:`save_model` writes and :class:`RidgeScorer` applies.

    Examples
    --------
    >>> from analysis import sentiment_scores
    >>> texts = ["Lovely day.", "Awful food.", "A bus.", "Lovely food.", "Awful day."] * 3
    >>> m = train_ridge(texts, [3, -3, 0, 3, -3] * 3, sentiment_scores(texts))
    >>> sorted(m)[:4], len(m["coef"]) == len(m["terms"])
    (['coef', 'description', 'idf', 'intercept'], True)
    """
    from scipy import sparse
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import Ridge

    vec = TfidfVectorizer(**_PARAMS)
    words = vec.fit_transform(list(texts))
    x = sparse.hstack([_vader_block(vader_scores), words]).tocsr()
    model = Ridge(alpha=alpha, solver="lsqr", tol=1e-8).fit(x, np.asarray(ratings, float) / 4)
    terms = vec.get_feature_names_out()
    return {
        "description": "ridge on VADER neg/pos/compound (x5) + TF-IDF word 1-2grams; target = human mean / 4",
        "params": {**{k: list(v) if isinstance(v, tuple) else v for k, v in _PARAMS.items()},
                   "alpha": alpha, "vader_weight": _VADER_WEIGHT},
        "intercept": round(float(model.intercept_), 8),
        "vader_coef": [round(float(c), 8) for c in model.coef_[:3]],
        "terms": terms.tolist(),
        "idf": [round(float(v), 8) for v in vec.idf_],
        "coef": [round(float(c), 8) for c in model.coef_[3:]],
    }


def save_model(model: dict, path=MODEL_PATH) -> Path:
    """Write the model as gzipped JSON, byte-for-byte reproducible (no timestamp)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    data = json.dumps(model, sort_keys=True, separators=(",", ":")).encode("utf-8")
    with open(path, "wb") as fh, gzip.GzipFile(fileobj=fh, mode="wb", mtime=0, filename="") as gz:
        gz.write(data)
    return path


def load_model(path=MODEL_PATH) -> dict:
    """Read a model written by :func:`save_model`."""
    from .linear_text import load_model as read

    return read(path, "vader+ridge")


class RidgeScorer:
    """Applies a trained model dict to texts (with their VADER scores)."""

    def __init__(self, model: dict):
        from sklearn.feature_extraction.text import TfidfVectorizer

        p = model["params"]
        self.vec = TfidfVectorizer(vocabulary=model["terms"], ngram_range=tuple(p["ngram_range"]),
                                   sublinear_tf=p["sublinear_tf"])
        self.vec.idf_ = np.asarray(model["idf"], float)
        self.coef = np.asarray(model["coef"], float)
        self.vader_coef = np.asarray(model["vader_coef"], float)
        self.intercept = float(model["intercept"])

    def predict(self, texts, vader_scores) -> np.ndarray:
        """Estimated human mean rating / 4, clipped to -1..+1."""
        words = self.vec.transform(list(texts))
        y = self.intercept + _vader_block(vader_scores) @ self.vader_coef + words @ self.coef
        return np.clip(np.asarray(y, float).ravel(), -1.0, 1.0)


@lru_cache(maxsize=1)
def _shipped_scorer() -> RidgeScorer:
    return RidgeScorer(load_model())


def ridge_compound(texts, vader_scores) -> np.ndarray:
    """The ``vader+ridge`` compound for texts whose VADER scores are given.

    Parameters
    ----------
    texts : list of str
    vader_scores : DataFrame with neg, pos and compound (VADER), one row per text.

    Returns
    -------
    numpy.ndarray
        Estimated human mean rating / 4, clipped to -1..+1, one per text.

    Examples
    --------
    >>> from analysis import sentiment_scores
    >>> s = sentiment_scores(["What a delight.", "Dreadful and boring."], method="vader+ridge")
    >>> (s["compound"] > 0).tolist()
    [True, False]
    """
    if len(vader_scores) == 0:
        return np.array([], dtype=float)
    return _shipped_scorer().predict(texts, vader_scores)
