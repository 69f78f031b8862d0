"""The ``news`` sentence-tone scorer: a ridge model trained on human ratings, news included.

``sentiment_scores(texts, method="news")`` keeps VADER's neg/neu/pos (the original
``vaderSentiment`` implementation) and replaces ``compound`` with this model's estimate of how
people rate the sentence's tone, on -1 (negative) .. +1 (positive).

Model: ridge regression on
- VADER's neg, pos and compound (weighted x5, so the model starts from the lexicon),
- TF-IDF of lower-cased words (unigrams seen in at least 2 training sentences),
- TF-IDF of character 2-5-grams within words (50,000 most frequent), which carry word
  stems the word block has not seen ("criticis-", "-ly").

Training data (public, human-rated; ``benchmarks/train_news_tone.py`` writes the shipped
``resources/news_tone.json.gz`` and reproduces it byte for byte):
- NewsMTSC ``train.jsonl`` (Hamborg & Donnay 2021): 7,758 sentences from US political news,
  each with the tone towards one to three named people as judged by annotators (negative,
  neutral, positive). A sentence's target value is the mean of its targets' labels coded
  -1/0/+1 (for 95% of sentences all targets agree, so the value is that label); the two
  sentences that also occur in ``devtest_mt.jsonl`` are left out.
- VADER's human-rated sets (Hutto & Gilbert 2014): tweets, movie- and product-review
  snippets (18,513), target = mean rating / 4.

Measured agreement (``benchmarks/bench_sentiment.py``, data held out from training) is in
``docs/sentiment.md``. Its compound is on the scale of the training targets: a sentence
annotators would call negative towards the people in it is near -1; ``NEUTRAL_BAND`` (0.125)
separates the three classes.
"""
from __future__ import annotations

from functools import lru_cache

import numpy as np

from .linear_text import RESOURCES, LinearTextModel, load_model, save_model, tfidf_block

#: Where the shipped weights live (package data).
MODEL_PATH = RESOURCES / "news_tone.json.gz"
#: |compound| below this is neutral for the ``news`` method.
NEUTRAL_BAND = 0.125
VADER_WEIGHT = 5.0
ALPHA = 4.0
WORD_PARAMS = dict(analyzer="word", ngram_range=(1, 1), min_df=2, sublinear_tf=True, lowercase=True)
CHAR_PARAMS = dict(analyzer="char_wb", ngram_range=(2, 5), min_df=3, max_features=50000,
                   sublinear_tf=True, lowercase=True)


def vader_dense(scores) -> np.ndarray:
    """The dense features: VADER neg, pos, compound, times :data:`VADER_WEIGHT`."""
    return VADER_WEIGHT * np.c_[np.asarray(scores["neg"], float), np.asarray(scores["pos"], float),
                                np.asarray(scores["compound"], float)]


def train_news_tone(texts, targets, vader_scores, alpha: float = ALPHA) -> dict:
    """Fit the news-tone model; returns the JSON-able model dict (deterministic).

    Parameters
    ----------
    texts : list of str
    targets : array of human tone on -1..+1
    vader_scores : DataFrame (or dict of arrays) with neg, pos, compound for each text
    alpha : float
        Ridge penalty.

    Returns
    -------
    dict
        What :func:`analysis.sentiment.linear_text.save_model` writes and :class:`NewsToneScorer` applies.

    Examples
    --------
    >>> from analysis import sentiment_scores
    >>> texts = ["Lovely day.", "Awful food.", "A bus.", "Lovely food.", "Awful day."] * 3
    >>> m = train_news_tone(texts, [1, -1, 0, 1, -1] * 3, sentiment_scores(texts, method="vader"))
    >>> bool(NewsToneScorer(m).predict(["Lovely bus."], sentiment_scores(["Lovely bus."], method="vader"))[0] > 0)
    True
    """
    from scipy import sparse
    from sklearn.linear_model import Ridge

    texts = list(texts)
    _, xw, word = tfidf_block(texts, **WORD_PARAMS)
    _, xc, char = tfidf_block(texts, **CHAR_PARAMS)
    x = sparse.hstack([sparse.csr_matrix(vader_dense(vader_scores)), xw, xc]).tocsr()
    from threadpoolctl import threadpool_limits

    with threadpool_limits(limits=1):  # BLAS on 1 or 2 threads sums in another order: pin it
        ridge = Ridge(alpha=alpha, solver="lsqr", tol=1e-8).fit(x, np.asarray(targets, float))
    from .linear_text import _r

    return {
        "description": "news tone: ridge on VADER neg/pos/compound (x5) + TF-IDF words + "
                       "char 2-5-grams; target = human tone on -1..+1",
        "alpha": alpha,
        "dense": ["vader_neg", "vader_pos", "vader_compound"],
        "blocks": [word, char],
        "coef": [_r(ridge.coef_)],
        "intercept": _r([ridge.intercept_]),
    }


class NewsToneScorer:
    """Applies a news-tone model dict to texts with their VADER scores."""

    def __init__(self, model: dict):
        self.model = LinearTextModel(model)

    def predict(self, texts, vader_scores, batch: int = 2000) -> np.ndarray:
        """Estimated human tone, clipped to -1..+1 (in batches, so memory stays flat)."""
        texts = list(texts)
        dense = vader_dense(vader_scores)
        y = np.empty(len(texts))
        for i in range(0, len(texts), batch):
            y[i:i + batch] = self.model.decision(texts[i:i + batch], dense[i:i + batch])[:, 0]
        return np.clip(y, -1.0, 1.0)


@lru_cache(maxsize=1)
def _shipped() -> NewsToneScorer:
    return NewsToneScorer(load_model(MODEL_PATH, "news-tone"))


def news_compound(texts, vader_scores) -> np.ndarray:
    """The ``news`` compound for texts whose (original) VADER scores are given.

    Parameters
    ----------
    texts : list of str
    vader_scores : DataFrame with neg, pos and compound, one row per text.

    Returns
    -------
    numpy.ndarray
        Estimated human tone on -1..+1, one per text.

    Examples
    --------
    >>> from analysis import sentiment_scores
    >>> s = sentiment_scores(["Officials praised the successful rescue.",
    ...                       "Critics condemned the corrupt deal."], method="news")
    >>> (s["compound"] > 0).tolist()
    [True, False]
    """
    if len(texts) == 0:
        return np.array([], dtype=float)
    return _shipped().predict(texts, vader_scores)


__all__ = ["news_compound", "train_news_tone", "NewsToneScorer", "save_model", "MODEL_PATH"]
