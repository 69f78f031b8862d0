"""The ``news`` sentence-tone scorer: a ridge model trained on human ratings, news included.

``sentiment_scores(texts, method="news")`` keeps VADER's neg/neu/pos (the original
``vaderSentiment`` implementation) and replaces ``compound`` with this model's estimate of how
people rate the sentence's tone, on -1 (negative) .. +1 (positive).

Model: ridge regression on
- VADER's neg, pos and compound (weighted x5, so the model starts from the lexicon),
- TF-IDF of lower-cased words and word pairs (unigrams and bigrams seen in at least 2 training
  sentences; the pairs carry negation and phrases, "not guilty", "no evidence"; chosen by
  cross-validation with names masked, ``benchmarks/tune_news_tone.py``),
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

import re
from functools import lru_cache

import numpy as np

from .linear_text import RESOURCES, LinearTextModel, load_model, save_model, tfidf_block

#: Where the shipped weights live (package data).
MODEL_PATH = RESOURCES / "news_tone.json.gz"
#: |compound| below this is neutral for the ``news`` method.
NEUTRAL_BAND = 0.125
VADER_WEIGHT = 5.0
ALPHA = 4.0
WORD_PARAMS = dict(analyzer="word", ngram_range=(1, 2), min_df=2, sublinear_tf=True, lowercase=True)
CHAR_PARAMS = dict(analyzer="char_wb", ngram_range=(2, 5), min_df=3, max_features=50000,
                   sublinear_tf=True, lowercase=True)


#: What a name becomes in the text the model reads (VADER and the word features): one token
#: per run of capitalised words, in no lexicon and no English word, so that "Donald Trump",
#: "John Smith", "the United States" and "the Security Council" read the same.
NAME_PLACEHOLDER = "Zxq"
#: A word is a "name word" (masked even at a sentence's start) when, in the training texts,
#: it occurs at least this often inside a sentence and is capitalised there at least
#: NAME_WORD_SHARE of those times (a truecasing list learned with the model, stored in it).
NAME_WORD_MIN = 3
NAME_WORD_SHARE = 0.9
#: A text with at least this share of its (4 or more) words inside sentences capitalised
#: (headline case, shouting) has no usable capitalisation: only known name words are masked.
UNCASED_SHARE = 0.8
_TOKEN = re.compile(r"(?:[A-Z]\.){2,}|[^\W\d_](?:[\w&-]|['\u2019](?=[A-Z]))*")
#: What before a word makes it open a sentence or a quotation (capitalised for that reason).
_OPENER = re.compile(r"[.!?:;\"\u201c\u201d\u2018(\[\n\u2014\u2013]")


def _tokens(text: str) -> list:
    """(start, end, word, opens) of each word; ``opens``: at a sentence's or quotation's start."""
    out, prev = [], 0
    for m in _TOKEN.finditer(text):
        if m.start() and text[m.start() - 1] in "@#":  # a handle or hashtag: no word of the text
            continue
        gap = text[prev:m.start()]
        out.append((m.start(), m.end(), m.group(), not out or bool(_OPENER.search(gap))))
        prev = m.end()
    return out


def _is_cap(word: str) -> bool:
    return word[0].isupper() and word != "I"


def _uncased(toks) -> bool:
    words = [w for _, _, w, opens in toks if len(w) > 1 and not opens]
    if len(words) >= 4 and sum(map(_is_cap, words)) >= UNCASED_SHARE * len(words):
        return True
    # a headline in title case keeps its function words ("as", "in", "the") in lower case but
    # capitalises every other word ("Markets Suffer Terrible Week as Oil Prices Crash in the
    # Gulf"); a sentence full of names still has a verb in lower case ("Trump met Xi in Beijing")
    stop = _function_words()
    content = [w for w in words if w.lower() not in stop]
    return len(content) >= 4 and all(map(_is_cap, content))


@lru_cache(maxsize=1)
def _function_words() -> frozenset:
    # the Glasgow IR stop list that scikit-learn ships: words that open a sentence, never a name
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    return frozenset(ENGLISH_STOP_WORDS)


@lru_cache(maxsize=1)
def _vader_lexicon() -> frozenset:
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return frozenset(SentimentIntensityAnalyzer().lexicon)


def name_words_from(texts) -> list:
    """The words written capitalised inside sentences (not at their start) at least
    :data:`NAME_WORD_SHARE` of the :data:`NAME_WORD_MIN` or more times they occur there,
    lower-cased and sorted: the names :func:`mask_names` also recognises at a sentence's start.

    Examples
    --------
    >>> name_words_from(["He met Putin.", "I saw Putin.", "They like Putin and apple pie.", "An apple."])
    ['putin']
    """
    from collections import Counter

    cap, low = Counter(), Counter()
    for t in texts:
        toks = _tokens(t)
        if _uncased(toks):
            continue
        for _, _, w, opens in toks:
            if not opens and w != "I":
                (cap if w[0].isupper() else low)[w.lower()] += 1
    return sorted(w for w, c in cap.items()
                  if c + low[w] >= NAME_WORD_MIN and c >= NAME_WORD_SHARE * (c + low[w]))


def mask_names(texts, name_words=None) -> list:
    """Each text with every name replaced by :data:`NAME_PLACEHOLDER` (one per run of names).

    A name is a run of capitalised words (and acronyms such as "U.S.", "NATO"), by the rule of
    English orthography that proper nouns are capitalised:
    - inside a sentence, every capitalised word except "I", an all-capitals lexicon word
      written for emphasis ("I LOVE it") and a lone capitalised lexicon word that is no known
      name word ("... Love the letter"; in a run, "Security Council", it is part of the name);
    - at a sentence's or quotation's start, where every word is capitalised, a word that is
      no function word ("The", "In", "But") and is either a known name word (``name_words``,
      see :func:`name_words_from`; None: the shipped model's list) or followed by another capitalised word ("Donald Trump
      met ...", "United States officials ..."); a lexicon (tone) word there opens a name only
      when it is a known name word followed by another capitalised word ("Rob Smith said", not
      "Furious Trump supporters" or "Swift action was taken");
    - in a text whose words are mostly capitalised, or whose words other than function words
      all are (a headline in title case), only known name words, a tone word among them only
      inside a run of names.

    The ``news`` model masks its training texts and the texts it scores with this function,
    so who is named carries no tone: only how they are written about does. Lexicon words
    inside names ("United States", "Security Council", "Liberal Democrats") are masked too.

    Examples
    --------
    >>> mask_names(["Critics say Donald Trump and the United States erred.",
    ...             "Putin met U.S. envoys.", "The Security Council met."], ["putin"])
    ['Critics say Zxq and the Zxq erred.', 'Zxq met Zxq envoys.', 'The Zxq met.']
    """
    texts, out = list(texts), []
    for text, spans in zip(texts, name_spans(texts, name_words)):
        if not spans:
            out.append(text)
            continue
        parts, pos = [], 0
        for a, b in spans:
            parts += [text[pos:a], NAME_PLACEHOLDER]
            pos = b
        out.append("".join(parts) + text[pos:])
    return out


def name_spans(texts, name_words=None) -> list:
    """For each text, the (start, end) character spans of its names, as :func:`mask_names`
    finds them (one span per run of names).

    Examples
    --------
    >>> name_spans(["Talks in the United States ended."], [])
    [[(13, 26)]]
    """
    texts = list(texts)
    known = frozenset(_shipped_name_words() if name_words is None else name_words)
    stop, lex = _function_words(), _vader_lexicon()
    found = []
    for text in texts:
        toks = _tokens(text)
        uncased = _uncased(toks)
        spans, last = [], -1  # last: index of the previous token when it is a name
        for i, (a, b, w, opens) in enumerate(toks):
            name = False
            if _is_cap(w):
                low = w.lower()
                if uncased:
                    # a tone word that is also a name word ("Swift", "Hope") only inside a run
                    name = low in known and (low not in lex or (last == i - 1 and last >= 0))
                elif last == i - 1 and last >= 0 and not text[toks[last][1]:a].strip():
                    name = True
                elif opens:
                    nxt = toks[i + 1] if i + 1 < len(toks) else None
                    run = (nxt is not None and _is_cap(nxt[2]) and not nxt[3]
                           and not text[b:nxt[0]].strip())
                    # at a sentence's start a tone word opens no name ("Furious Trump supporters",
                    # "Tragic Wembley defeat") unless it is a known name word opening a run
                    # ("Rob Smith said"; not "Swift action was taken")
                    name = low not in stop and (
                        (low in known and run) if low in lex else (low in known or run))
                else:
                    name = not (w.isupper() and len(w) > 1 and low in lex)
            if name:
                if last == i - 1 and spans and not text[spans[-1][1]:a].strip():
                    spans[-1][1:] = [b, 2]
                else:
                    spans.append([a, b, 1 if low in lex and low not in known else 0])
                last = i
        # a lone lexicon word is no name ("Thanks", "Love"): only as part of a run
        found.append([(a, b) for a, b, lone_word in spans if lone_word != 1])
    return found


def vader_dense(scores) -> np.ndarray:
    """The dense features: VADER neg, pos, compound, times :data:`VADER_WEIGHT`."""
    return VADER_WEIGHT * np.c_[np.asarray(scores["neg"], float), np.asarray(scores["pos"], float),
                                np.asarray(scores["compound"], float)]


def train_news_tone(texts, targets, vader_scores=None, alpha: float = ALPHA, name_words=None) -> dict:
    """Fit the news-tone model; returns the JSON-able model dict (deterministic).

    Parameters
    ----------
    texts : list of str
    targets : array of human tone on -1..+1
    vader_scores : DataFrame (or dict of arrays) with neg, pos, compound for each text (of
        the masked text when ``name_words`` is given); None: computed here (original VADER).
    alpha : float
        Ridge penalty.
    name_words : list of str, optional
        When given (:func:`name_words_from` of the training texts), every text is read through
        :func:`mask_names` with them, and the list is stored in the model, which then masks
        the texts it scores the same way: names carry no tone.

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
    if name_words is not None:
        name_words = sorted(set(name_words))
        texts = mask_names(texts, name_words)
    if vader_scores is None:
        from .scores import sentiment_scores

        vader_scores = sentiment_scores(texts, method="vader")
    _, xw, word = tfidf_block(texts, **WORD_PARAMS)
    _, xc, char = tfidf_block(texts, **CHAR_PARAMS)
    x = sparse.hstack([sparse.csr_matrix(vader_dense(vader_scores)), xw, xc]).tocsr()
    from threadpoolctl import threadpool_limits

    with threadpool_limits(limits=1):  # BLAS on 1 or 2 threads sums in another order: pin it
        ridge = Ridge(alpha=alpha, solver="lsqr", tol=1e-8).fit(x, np.asarray(targets, float))
    from .linear_text import _r

    model = {
        "description": "news tone: ridge on VADER neg/pos/compound (x5) + TF-IDF words and word pairs + "
                       "char 2-5-grams; target = human tone on -1..+1"
                       + ("; names masked (name_words: the truecasing list)" if name_words is not None else ""),
        "alpha": alpha,
        "dense": ["vader_neg", "vader_pos", "vader_compound"],
        "blocks": [word, char],
        "coef": [_r(ridge.coef_)],
        "intercept": _r([ridge.intercept_]),
    }
    if name_words is not None:
        model["name_words"] = name_words
    return model


class NewsToneScorer:
    """Applies a news-tone model dict to texts with their VADER scores."""

    def __init__(self, model: dict):
        self.model = LinearTextModel(model)
        #: the model's name words when it was trained on masked texts (else None)
        self.name_words = model.get("name_words")

    def predict(self, texts, vader_scores, batch: int = 2000, names_masked: bool = False) -> np.ndarray:
        """Estimated human tone, clipped to -1..+1 (in batches, so memory stays flat).

        A model trained with names masked masks ``texts`` (:func:`mask_names`) and re-scores
        VADER on the texts that changed, unless ``names_masked`` says the caller did both."""
        texts = list(texts)
        if self.name_words is not None and not names_masked:
            masked = mask_names(texts, self.name_words)
            changed = [i for i, (a, b) in enumerate(zip(texts, masked)) if a != b]
            if changed:
                from .scores import sentiment_scores

                vader_scores = {k: np.asarray(vader_scores[k], float).copy() for k in ("neg", "pos", "compound")}
                again = sentiment_scores([masked[i] for i in changed], method="vader")
                for k in vader_scores:
                    vader_scores[k][changed] = again[k].to_numpy()
            texts = masked
        dense = vader_dense(vader_scores)
        y = np.empty(len(texts))
        for i in range(0, len(texts), batch):
            y[i:i + batch] = self.model.decision(texts[i:i + batch], dense[i:i + batch])[:, 0]
        return np.clip(y, -1.0, 1.0)


@lru_cache(maxsize=1)
def _shipped() -> NewsToneScorer:
    return NewsToneScorer(load_model(MODEL_PATH, "news-tone"))


def _shipped_name_words() -> list:
    return _shipped().name_words or []


def news_compound(texts, vader_scores, names_masked: bool = False) -> np.ndarray:
    """The ``news`` compound for texts whose (original) VADER scores are given.

    Parameters
    ----------
    texts : list of str
    vader_scores : DataFrame with neg, pos and compound, one row per text.
    names_masked : bool
        True when ``texts`` went through :func:`mask_names` and ``vader_scores`` were computed
        on them (as :func:`analysis.sentiment_scores` does); else both are done here.

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
    return _shipped().predict(texts, vader_scores, names_masked=names_masked)


__all__ = ["news_compound", "train_news_tone", "NewsToneScorer", "save_model", "MODEL_PATH", "mask_names",
           "name_spans", "name_words_from", "NAME_PLACEHOLDER"]
