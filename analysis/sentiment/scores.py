"""Sentiment of sentences, documents and groups of documents (offline).

Scorers (``method=``, see :data:`METHODS`; measured against people in docs/sentiment.md):

- ``"news"`` (default): VADER's neg/neu/pos with a ``compound`` estimated by a linear model
  trained on human ratings, news sentences included (:mod:`analysis.sentiment.news_tone`). Of the
  methods here it agrees best with people on news sentences it was not trained on.
- ``"vader"``: the original ``vaderSentiment`` (Hutto & Gilbert 2014), a rule-based lexicon
  built for short social-media texts, with rules for negation, intensifiers ("very"),
  contrast ("but"), capitals and punctuation.
- ``"vader-nltk"``: NLTK's port of VADER (this project's default before the measurements),
  lexicon loaded offline (see :mod:`analysis.sentiment.nltk_resources`).
- ``"vader+ridge"``: NLTK VADER with a ridge ``compound`` trained on tweets and reviews.

Why sentences, not whole articles: VADER sums word valences and squashes the sum with
``x / sqrt(x**2 + 15)``, so on a long text the ``compound`` score runs to the ends of the
scale (an 800-word article often scores -0.99 or +0.99 whatever its balance) and says more
about length than tone. Scoring each sentence and averaging keeps every sentence's weight
equal and gives a spread a reader can inspect and an interval that reflects it.

Positive / neutral / negative: for VADER, compound >= 0.05 is positive, <= -0.05 negative
(``THRESHOLD``, VADER's convention); the trained methods estimate the human rating and use a
band of 0.125 (:func:`default_threshold`).

Validity in brief (``benchmarks/bench_sentiment.py``): VADER's compound agrees well with the
mean of human ratings on tweets (Pearson 0.87) and moderately on movie- and product-review
snippets (0.43 and 0.59); on news sentences (NewsMTSC) about 0.4. News language differs:
words like "threat", "crisis", "attack" or "condemned" often describe events, not the
writer's attitude, and are scored as negative; "support" or "security" are scored positive
even in a military sense. Read results as the tone of the *words used*, and check examples
before drawing conclusions. Tone *towards* a named actor is :func:`analysis.target_sentiment`.
"""
from __future__ import annotations

import re
import warnings
from functools import lru_cache
from typing import NamedTuple

import numpy as np
import pandas as pd

from ..progress import progress
from ..lexicons import word_list as _word_list

#: |compound| below this is neutral (VADER's conventional cut-off).
THRESHOLD = 0.05
#: Scoring methods. "news" (default): VADER plus a ridge model trained on human ratings of
#: news sentences and of VADER's sets (analysis.sentiment.news_tone); "vader": the original
#: ``vaderSentiment`` implementation by VADER's authors; "vader-nltk": NLTK's port of VADER
#: (the default before the measurements in docs/sentiment.md); "vader+ridge": NLTK VADER plus a
#: ridge model trained on tweets and reviews only (analysis.sentiment.ridge).
METHODS = ("news", "vader", "vader-nltk", "vader+ridge")
#: The default method, chosen by agreement with people on held-out news (docs/sentiment.md).
DEFAULT_METHOD = "news"
#: Which VADER implementation feeds each method's neg/neu/pos (and the trained models).
_BASE = {"news": "original", "vader": "original", "vader-nltk": "nltk", "vader+ridge": "nltk"}
#: Words that VADER's lexicon scores but that news usually uses to REPORT events and policy
#: (conflict, security, diplomacy), not to express the writer's attitude: "the threat of a
#: missile test", "military support for Russia", "a peace agreement". General foreign-affairs
#: vocabulary, chosen before looking at any corpus; plus "united", which in news is nearly
#: always part of a name (United States, United Nations, United Kingdom). Pass
#: ``neutral_words=NEWS_EVENT_TERMS`` to :func:`sentiment_scores` for a sensitivity check:
#: tone with these words scored as neutral. Data file ``analysis/lexicons/news_event_terms.txt``.
NEWS_EVENT_TERMS = frozenset(_word_list("news_event_terms.txt"))



def _topical_terms() -> frozenset:
    from ..lexicons import word_list

    return frozenset(word_list("news_topical_terms.txt"))


#: Topical words of business and economic news that VADER's lexicon scores as if they judged
#: something ("crude" oil -2.7, "energy" +1.1, "interest" rates +2.0, "shares" +1.2, "credit"
#: +1.6, "natural" gas +1.5): they name what a story is about. Data file
#: ``analysis/lexicons/news_topical_terms.txt`` (source and measurement there). Marked by
#: :func:`sentiment_drivers` (``topical_term``); not neutral by default (on the human-rated
#: sets they are too rare to decide, docs/report-round11.md); pass
#: ``neutral_words=NEWS_TOPICAL_TERMS`` for a sensitivity check.
NEWS_TOPICAL_TERMS = _topical_terms()
#: Words VADER scores that news uses to report a result, of a contest (won, defeat, lost) or of
#: a company's accounts (profit, loss, gains): positive or negative for one side, so a group of
#: sport or earnings stories gets their valence whatever its tone. Marked by
#: :func:`sentiment_drivers` (``result_term``), scored as before. Data file
#: ``analysis/lexicons/news_result_terms.txt`` (source there).
NEWS_RESULT_TERMS = frozenset(_word_list("news_result_terms.txt"))
#: Closed-class words VADER scores whose valence is not their own in news: the negator "no"
#: ("no evidence"), response particles ("yes", "ok"), "please", adverbs of certainty and degree
#: ("make sure", "truly terrifying"). :func:`sentiment_drivers` does not list them; VADER's score
#: and :func:`lexicon_words` keep them. Data file ``analysis/lexicons/no_driver_words.txt``.
NO_DRIVER_WORDS = frozenset(_word_list("no_driver_words.txt"))
_SCORE_COLUMNS = ["neg", "neu", "pos", "compound"]
_STAT_COLUMNS = ["n_sentences", "mean_compound", "ci_low", "ci_high",
                 "share_positive", "share_neutral", "share_negative"]


@lru_cache(maxsize=1)
def _linear_original():
    """``vaderSentiment``'s analyzer, with the same scores in time linear in the text's length.

    Its ``_special_idioms_check`` and ``_negation_check`` lower-case **every word of the text**
    each time they look at the three words before (and two after) one lexicon word: on a whole
    document that is quadratic (12 ms for a 750-character Reuters story, most of 02's time
    on 100,000 documents). Here they are given only those words (positions i-3 .. i+2, so
    every index and length test they make gives what it gives on the whole list); for a word
    among the first three, whose negative indices wrap around to the text's end, the whole
    list as before. ``tests/test_scale.py`` compares the scores with the original's.
    """
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer as Original

    class LinearOriginal(Original):
        @staticmethod
        def _special_idioms_check(valence, words_and_emoticons, i):
            if i >= 3:
                return Original._special_idioms_check(valence, words_and_emoticons[i - 3:i + 3], 3)
            return Original._special_idioms_check(valence, words_and_emoticons, i)

        @staticmethod
        def _negation_check(valence, words_and_emoticons, start_i, i):
            if i >= 3:
                return Original._negation_check(valence, words_and_emoticons[i - 3:i + 3], start_i, 3)
            return Original._negation_check(valence, words_and_emoticons, start_i, i)

    return LinearOriginal


@lru_cache(maxsize=2)
def _analyzer(base: str = "nltk"):
    if base == "original":
        # The authors' implementation; its lexicon ships inside the package (no download).
        return _linear_original()()
    from nltk.sentiment.vader import SentimentIntensityAnalyzer

    from .nltk_resources import ensure_vader_lexicon

    return SentimentIntensityAnalyzer(lexicon_file=ensure_vader_lexicon())


@lru_cache(maxsize=8)
def _analyzer_without(words: frozenset, base: str = "nltk"):
    import copy

    sia = copy.copy(_analyzer(base))
    sia.lexicon = {k: v for k, v in _analyzer(base).lexicon.items() if k not in words}
    return sia


def lexicon_words(texts, collapse: bool = False, in_names: bool = False, all_senses: bool = False):
    """The VADER lexicon words found in each text, with their valence (why a text scored so).

    Tokens are VADER's own (whitespace-separated, punctuation at their ends stripped, lower
    case), so a word VADER does not score is not listed: "tax-free" is one token, not "free".
    VADER's rules (negation, "but", intensifiers) then adjust these valences, so this explains a
    score, it does not recompute it.

    Parameters
    ----------
    texts : iterable of str
    collapse : if True, return one string per text instead ("threat -2.4, support +1.7").
    in_names : if True, also the lexicon words inside names ("united" in "the United States",
        "security" in "Security Council"), with a bool column ``in_name``; by default they
        are left out, as the default ``news`` method reads names masked
        (:func:`analysis.sentiment.news_tone.mask_names`) and they do not move its score.
    all_senses : if True, also the occurrences in a sense that judges nothing, which are left
        out by default: "free" in "free kick" / "free trade", "well" in "as well", "like" as a
        preposition ("a city like Paris"; the verb only after a subject pronoun, a modal or
        auxiliary, "to" or a negator, or after a plural noun subject before its object:
        "Voters like the plan"), "pretty" as a degree adverb ("pretty good", "pretty much").
        Data file ``analysis/lexicons/lexicon_word_senses.csv``
        (source there). VADER scores every sense, so pass True to list what its score counted.

    Returns
    -------
    DataFrame with position (index of the text in the input), word, valence (-4..+4) (and
    in_name); or, with ``collapse=True``, a Series of str indexed 0..n-1 ("" where no word
    was found).

    Examples
    --------
    >>> lexicon_words(["A cruel threat.", "Fine."]).to_dict("list")
    {'position': [0, 0, 1], 'word': ['cruel', 'threat', 'fine'], 'valence': [-2.8, -2.4, 0.8]}
    >>> lexicon_words(["A cruel threat.", "Nothing."], collapse=True).tolist()
    ['cruel -2.8, threat -2.4', '']
    >>> lexicon_words(["Peace talks at the United Nations."], in_names=True)[["word", "in_name"]].values.tolist()
    [['peace', False], ['united', True]]
    >>> lexicon_words(["It looks like a free kick, as well.", "We like it."], collapse=True).tolist()
    ['', 'like +1.5']
    """
    from .news_tone import name_spans

    lex = _analyzer().lexicon
    items = _as_texts(texts)
    spans = name_spans(items)
    senses = {} if all_senses else _lexicon_word_senses()
    rows = []
    for i, t in enumerate(items):
        toks = _vader_tokens(t)
        for k, (start, w) in enumerate(toks):
            if w not in lex:
                continue
            if w in senses and "@lexicon" in senses[w][0]:
                if not _adjective_not_adverb(senses[w], t, toks, k, lex):
                    continue
                rows.append((i, w, lex[w], any(a <= start < b for a, b in spans[i])))
                continue
            if w in senses and not _judging_sense(senses[w], toks[k - 1][1] if k else "",
                                                  toks[k + 1][1] if k + 1 < len(toks) else "",
                                                  _clause_opener(t, toks, k - 1)):
                continue
            rows.append((i, w, lex[w], any(a <= start < b for a, b in spans[i])))
    out = pd.DataFrame(rows, columns=["position", "word", "valence", "in_name"]).astype(
        {"position": "int64", "word": "str", "valence": "float64", "in_name": "bool"})
    if not in_names:
        out = out[~out["in_name"]].drop(columns="in_name").reset_index(drop=True)
    if not collapse:
        return out
    # (astype: an empty valence column maps to float, and str + float fails on no words at all)
    joined = out.assign(item=out["word"] + " " + out["valence"].map("{:+.1f}".format).astype("str"))
    joined = joined.groupby("position")["item"].agg(", ".join)
    return joined.reindex(range(len(items)), fill_value="").astype("str")


def _adjective_not_adverb(rule, text: str, toks, k: int, lex) -> bool:
    """Is token ``k`` ("pretty") the adjective ("a pretty village", "pretty cottages", "it is
    pretty.") rather than the degree adverb ("pretty good", "pretty dramatic", "pretty much",
    "was pretty routine")? The adverb grades the next word: a VADER lexicon word, a word with an
    adjective or adverb ending ("-ous" ... in ``not_before``) or one of ``not_before``. Else the
    adjective is attributive after a determiner (``only_after``: "a", "the", "very") or before a
    plural noun (a word in -s), or predicative at the end of its clause; anything else is
    read as the adverb."""
    not_before, only_after = rule[0], rule[2]
    nxt = toks[k + 1][1].replace("\u2019", "'") if k + 1 < len(toks) else ""
    if nxt and (nxt in lex or nxt in not_before or any(
            nxt.endswith(x[1:]) and len(nxt) > len(x) + 2 for x in not_before if x.startswith("-"))):
        return False
    end = toks[k][0] + len(toks[k][1])
    if not nxt or re.match(r"\s*[^\w\s]", text[end:toks[k + 1][0]]):
        return True                       # ends its clause: "it is pretty."
    before = toks[k - 1][1].replace("\u2019", "'") if k else ""
    return before in only_after or bool(re.fullmatch(r"[a-z-]{3,}[^s']s", nxt))


def _vader_tokens(text: str) -> list[tuple[int, str]]:
    """(start offset, lower-case token) as VADER tokenises: split at whitespace, punctuation at
    the ends stripped unless two or fewer characters would be left (then kept whole, as VADER
    keeps emoticons: "no," stays "no,", which its lexicon does not hold)."""
    import string

    out = []
    for m in re.finditer(r"\S+", text):
        tok = m.group()
        stripped = tok.strip(string.punctuation)
        if len(stripped) <= 2:
            out.append((m.start(), tok.lower()))
        else:
            out.append((m.start() + len(tok) - len(tok.lstrip(string.punctuation)), stripped.lower()))
    return out


@lru_cache(maxsize=1)
def _lexicon_word_senses() -> dict:
    """word -> (not_before, not_after, only_after) sets, from lexicon_word_senses.csv."""
    from ..lexicons import _rows

    def split(v):
        return frozenset(x.strip().lower() for x in (v or "").split("|") if x.strip())

    return {r["word"].strip().lower(): (split(r["not_before"]), split(r["not_after"]), split(r["only_after"]),
                                        split(r.get("subject_openers")), split(r.get("object_next")))
            for r in _rows("lexicon_word_senses.csv")}


def _clause_opener(text: str, toks, j: int):
    """The token before token ``j``, or "" when token ``j`` opens the text or its sentence
    (None when there is no token ``j``, or punctuation follows it: "many times, like this")."""
    if j < 0 or (j + 1 < len(toks) and re.search(r"[^\w\s]\s*$", text[toks[j][0]:toks[j + 1][0]])):
        return None
    if j == 0 or re.search(r"[.!?;:\"\u201c]\s*$", text[:toks[j][0]]):
        return ""
    return toks[j - 1][1]


def _judging_sense(rule, before: str, after: str, opener=None) -> bool:
    """False when the neighbouring tokens put a lexicon word in its sense that judges nothing.
    ``opener``: the token before ``before`` ("" when ``before`` opens its sentence), for the
    verb after a plural noun subject ("Voters like the plan")."""
    not_before, not_after, only_after = rule[:3]
    subject_openers, object_next = (tuple(rule[3:5]) + (frozenset(), frozenset()))[:2]
    before, after = before.replace("\u2019", "'"), after.replace("\u2019", "'")  # don’t = don't
    if after in not_before or before in not_after:
        return False
    if (object_next and after in object_next and opener is not None
            and (opener == "" or opener in subject_openers) and re.fullmatch(r"[a-z]{2,}[^su's]s", before)):
        return True                                     # a plural noun subject: "Voters like the plan"
    return not only_after or before in only_after


def _as_texts(texts) -> list[str]:
    if isinstance(texts, str):
        raise TypeError("expected an iterable of strings, not one string; wrap it in a list: "
                        "[text]")
    out, bad = [], 0
    for t in texts:
        if t is None or (not isinstance(t, str) and pd.isna(t)):
            bad += 1
            out.append("")
        else:
            out.append(str(t))
    if bad:
        warnings.warn(f"{bad} missing text(s) scored as empty (all scores 0)", stacklevel=3)
    return out


def sentiment_drivers(sentence_scores: pd.DataFrame, top: int = 10, by: str | None = None) -> pd.DataFrame:
    """The lexicon words that contribute most to negative and to positive sentences.

    Counts, over the sentences of :func:`sentence_sentiment`, how often each VADER lexicon
    word occurs (as :func:`lexicon_words` finds them: not inside names, not in a sense that
    judges nothing) and its summed valence; returns the ``top`` words of each sign by absolute
    summed valence. Closed-class words whose valence is not their own in news (the negator
    "no", "yes", "please", "sure", :data:`NO_DRIVER_WORDS`) are no drivers and are left out.
    Shows what the tone of a corpus (or, with ``by``, of each group) is made
    of: report words such as "threat" or "security" (:data:`NEWS_EVENT_TERMS`), topical
    words such as "crude" or "energy" (:data:`NEWS_TOPICAL_TERMS`) and result words such as
    "won" or "loss" (:data:`NEWS_RESULT_TERMS`) are marked, so a reader sees when a group's
    tone comes from the words of its topic.

    Parameters
    ----------
    sentence_scores : DataFrame with ``doc_id`` and ``sentence`` (e.g. from
        :func:`sentence_sentiment`), and the column ``by`` when given.
    top : int
        Words kept per direction (per group with ``by``).
    by : str, optional
        A column of ``sentence_scores`` (e.g. the compared group of each sentence's document):
        the words are counted per group, and rows without a group are left out.

    Returns
    -------
    DataFrame with (``by``,) direction ("negative"/"positive"), word, valence (per occurrence),
    occurrences, n_sentences, n_documents, total (summed valence), share (of the summed
    valence of all the driver words of that direction, in the group), news_event_term,
    topical_term and result_term (bool).

    Examples
    --------
    >>> import pandas as pd
    >>> s = pd.DataFrame({"doc_id": ["a", "a", "b"], "sentence": ["A grave threat.", "Peace.", "A threat."]})
    >>> sentiment_drivers(s)[["direction", "word", "occurrences", "n_documents"]]
      direction    word  occurrences  n_documents
    0  negative  threat            2            2
    1  negative   grave            1            1
    2  positive   peace            1            1
    >>> s["group"] = ["oil", "oil", "bank"]
    >>> s.loc[1, "sentence"] = "Crude prices rose."
    >>> sentiment_drivers(s, by="group")[["group", "word", "share", "topical_term"]].round(2)
      group    word  share  topical_term
    0  bank  threat   1.00         False
    1   oil   crude   0.40          True
    2   oil  threat   0.36         False
    3   oil   grave   0.24         False
    """
    cols = ["direction", "word", "valence", "occurrences", "n_sentences", "n_documents", "total", "share",
            "news_event_term", "topical_term", "result_term"]
    if by is not None:
        if by not in sentence_scores.columns:
            raise ValueError(f"sentence_scores has no column {by!r} to group by "
                             f"(it has: {', '.join(map(str, sentence_scores.columns))})")
        keys = sentence_scores[by]
        parts = [sentiment_drivers(g, top=top).assign(**{by: key})
                 for key, g in sentence_scores[keys.notna()].groupby(by, sort=True)]
        parts = [p for p in parts if len(p)]
        if not parts:
            return pd.DataFrame(columns=[by] + cols)
        return pd.concat(parts, ignore_index=True)[[by] + cols]
    words = lexicon_words(sentence_scores["sentence"])
    words = words[~words["word"].isin(NO_DRIVER_WORDS)]
    if words.empty:
        return pd.DataFrame(columns=cols)
    words["doc_id"] = sentence_scores["doc_id"].astype(str).to_numpy()[words["position"].to_numpy()]
    agg = (words.groupby("word", sort=True)
           .agg(valence=("valence", "first"), occurrences=("valence", "size"),
                n_sentences=("position", "nunique"), n_documents=("doc_id", "nunique"),
                total=("valence", "sum"))
           .reset_index())
    agg["direction"] = np.where(agg["valence"] < 0, "negative", "positive")
    agg["share"] = agg["total"] / agg.groupby("direction")["total"].transform("sum")
    agg["news_event_term"] = agg["word"].isin(NEWS_EVENT_TERMS)
    agg["topical_term"] = agg["word"].isin(NEWS_TOPICAL_TERMS)
    agg["result_term"] = agg["word"].isin(NEWS_RESULT_TERMS)
    agg = agg.assign(size=agg["total"].abs()).sort_values(
        ["direction", "size", "word"], ascending=[True, False, True], kind="stable")
    out = agg.groupby("direction", sort=True).head(top)[cols].reset_index(drop=True)
    return out.astype({"occurrences": "int64", "n_sentences": "int64", "n_documents": "int64"})


def sentiment_scores(texts, method: str = DEFAULT_METHOD, neutral_words=None) -> pd.DataFrame:
    """Tone scores for each text, in input order.

    Parameters
    ----------
    texts : iterable of str
        Sentences (VADER is built for sentence-length texts; see the module notes).
        Missing values (None/NaN) are scored as empty text, with a warning.
    method : {"news", "vader", "vader-nltk", "vader+ridge"}
        ``"news"`` (default): VADER's neg/neu/pos with a ``compound`` estimated by a ridge
        model trained on human ratings of news sentences (NewsMTSC) and VADER's human-rated
        sets (see :mod:`analysis.sentiment.news_tone`); it agrees best with people on held-out news
        (docs/sentiment.md). ``"vader"``: the original ``vaderSentiment`` implementation
        (Hutto & Gilbert 2014). ``"vader-nltk"``: NLTK's port of VADER (the project's default
        until the measurements; slightly different rules, slower). ``"vader+ridge"``: NLTK
        VADER with a ridge ``compound`` trained on tweets and reviews only
        (:mod:`analysis.sentiment.ridge`). The trained methods' compound estimates the human
        rating (-1..+1); their neutral band is 0.125, VADER's 0.05
        (:func:`default_threshold`).
    neutral_words : optional iterable of words to score as neutral (removed from the
        lexicon), e.g. :data:`NEWS_EVENT_TERMS` for a sensitivity check on news language.
        For ``"news"`` they are also removed from the text its word features see.

    Returns
    -------
    DataFrame with neg, neu, pos (shares of the text's valence, 0..1) and compound
    (-1 most negative .. +1 most positive), one row per text, index 0..n-1.

    Examples
    --------
    >>> s = sentiment_scores(["A wonderful, generous gift.", "A cruel and deadly attack."])
    >>> (s["compound"] > 0).tolist()
    [True, False]
    """
    if method not in METHODS:
        raise ValueError(f"unknown method {method!r}; choose one of {METHODS}")
    items = _as_texts(texts)
    if isinstance(neutral_words, str):
        neutral_words = [neutral_words]
    base = _BASE[method]
    sia = (_analyzer_without(frozenset(w.lower() for w in neutral_words), base) if neutral_words
           else _analyzer(base))
    vader_texts = items
    if method == "news":  # names carry no tone: VADER and the word features read them masked
        from .news_tone import mask_names

        vader_texts = mask_names(items)
    rows = [sia.polarity_scores(t) for t in progress(vader_texts, desc="sentiment")]
    out = pd.DataFrame(rows, columns=_SCORE_COLUMNS, dtype="float64")
    if len(out) == 0:
        out = pd.DataFrame({c: pd.Series(dtype="float64") for c in _SCORE_COLUMNS})
    if method == "vader+ridge":
        from .ridge import ridge_compound

        out["compound"] = ridge_compound(items, out)
    elif method == "news":
        from .news_tone import news_compound

        model_texts = vader_texts
        if neutral_words:  # the words are neutral for the word features too, not only VADER's
            pat = _words_pattern(neutral_words)
            model_texts = [pat.sub(" ", t) for t in vader_texts]
        out["compound"] = news_compound(model_texts, out, names_masked=True)
    if method in ("news", "vader+ridge") and len(out):
        # a text without words has no tone (the models' intercept is not a score)
        blank = np.array([not re.search(r"\w", t) for t in items])
        out.loc[blank, "compound"] = 0.0
    return out


def _words_pattern(words) -> re.Pattern:
    """The pattern :func:`sentiment_scores` hides ``neutral_words`` with in the model's text."""
    return re.compile(r"(?<![\w'])(?:" + "|".join(sorted(map(re.escape, {w.lower() for w in words}),
                                                         key=len, reverse=True)) + r")(?![\w'])",
                      re.IGNORECASE)


def sentiment_without_words(sentence_scores: pd.DataFrame, neutral_words=NEWS_EVENT_TERMS,
                            method: str = DEFAULT_METHOD) -> pd.DataFrame:
    """``sentiment_scores(sentences, method, neutral_words)``, re-scoring only the sentences
    that hold one of the words.

    A sentence without any of ``neutral_words`` scores the same with them neutral (VADER
    looks up only the words of the text, and the ``news`` model's text is unchanged), so its
    scores are taken from ``sentence_scores`` as given: on news, about one sentence in eight
    holds a report word, and the check costs an eighth of scoring every sentence again. A
    sentence is re-scored when a word appears in it as VADER or the model can read it (the
    lower-cased word between non-letters, or as :func:`sentiment_scores` matches it): a
    superset of the sentences whose score can change.

    Parameters
    ----------
    sentence_scores : DataFrame
        ``sentence`` (or ``text``) and ``neg neu pos compound`` scored with ``method``, as
        :func:`sentence_sentiment` gives them (or the stored ``sentences`` table).
    neutral_words : iterable of str
        Words to score as neutral (default :data:`NEWS_EVENT_TERMS`).
    method : see :func:`sentiment_scores`; the method ``sentence_scores`` was scored with.

    Returns
    -------
    DataFrame
        neg, neu, pos, compound, one row per row of ``sentence_scores``, index 0..n-1: what
        ``sentiment_scores(texts, method=method, neutral_words=neutral_words)`` returns.

    Examples
    --------
    >>> s = sentence_sentiment(pd.DataFrame({"doc_id": ["a"],
    ...                        "text": ["A deadly attack on the town. A lovely day."]}))
    >>> without = sentiment_without_words(s)
    >>> bool(without["compound"][0] > s["compound"][0]), bool(without["compound"][1] == s["compound"][1])
    (True, True)
    """
    if method not in METHODS:
        raise ValueError(f"unknown method {method!r}; choose one of {METHODS}")
    column = "sentence" if "sentence" in sentence_scores.columns else "text"
    missing = ({column} | set(_SCORE_COLUMNS)) - set(sentence_scores.columns)
    if missing:
        raise ValueError("sentence_scores needs the columns sentence (or text), neg, neu, pos, compound "
                         f"(missing: {', '.join(sorted(missing))})")
    if isinstance(neutral_words, str):
        neutral_words = [neutral_words]
    words = {w.lower() for w in neutral_words}
    texts = _as_texts(sentence_scores[column])
    out = sentence_scores[_SCORE_COLUMNS].astype("float64").reset_index(drop=True)
    if not words or not texts:
        return out
    model = _words_pattern(words)
    lexicon = re.compile(r"(?<![a-z])(?:" + "|".join(sorted(map(re.escape, words), key=len, reverse=True))
                         + r")(?![a-z])")
    hit = np.fromiter((bool(lexicon.search(t.lower()) or model.search(t)) for t in texts),
                      dtype=bool, count=len(texts))
    if hit.any():
        rows = np.flatnonzero(hit)
        again = sentiment_scores([texts[i] for i in rows], method=method, neutral_words=sorted(words))
        out.loc[rows, _SCORE_COLUMNS] = again[_SCORE_COLUMNS].to_numpy()
    return out


#: At most this many sentences are scored again to compare scorers (:func:`scorer_sample`).
COMPARISON_SENTENCES = 20_000
#: At most this many whole documents are scored as one text (:func:`whole_text_sentiment`).
WHOLE_TEXT_DOCUMENTS = 5_000


class Sample(NamedTuple):
    """Rows chosen for a costly step, and a Markdown note saying so ("" when every row is kept)."""

    rows: pd.DataFrame
    note: str


def _seeded_rows(n: int, size: int, seed: int, keep=None) -> np.ndarray:
    """Sorted positions: those in ``keep`` and a seeded random draw of the others, ``size`` in all."""
    keep = np.unique(np.asarray([] if keep is None else keep, dtype=np.int64))[:size]
    rest = np.setdiff1d(np.arange(n), keep)
    rng = np.random.default_rng(seed)
    drawn = rng.choice(rest, size=size - len(keep), replace=False) if size > len(keep) else rest[:0]
    return np.sort(np.concatenate([keep, drawn]))


def scorer_sample(sentence_scores: pd.DataFrame, max_sentences: int = COMPARISON_SENTENCES,
                  seed: int = 0) -> Sample:
    """The sentences a comparison of scorers scores again: all, or a seeded random sample.

    Comparing how several scorers rank groups (years, the two groups compared) needs each
    group's mean under each scorer; a mean over thousands of sentences is well estimated
    from a random sample of them, and scoring every sentence of a large corpus three more
    times takes minutes. Up to ``max_sentences`` every sentence is kept (same rows, same
    order: results do not change); beyond, ``max_sentences`` sentences drawn with
    ``numpy.random.default_rng(seed)``, in their original order and with their original
    index (to pick the same rows of other per-sentence arrays), and a note says so.

    Parameters
    ----------
    sentence_scores : DataFrame, one row per sentence (e.g. :func:`sentence_sentiment`).
    max_sentences : int
        Largest number of sentences kept whole (0 or None: always every sentence).
    seed : int

    Returns
    -------
    Sample
        ``rows`` (the sentences kept) and ``note`` (Markdown, "" when every sentence is kept).

    Examples
    --------
    >>> s = pd.DataFrame({"doc_id": ["a"] * 5, "compound": [0.1, 0.2, -0.3, 0.0, 0.5]})
    >>> scorer_sample(s).note
    ''
    >>> sample = scorer_sample(s, max_sentences=3, seed=1)
    >>> len(sample.rows), sample.rows.index.is_monotonic_increasing
    (3, True)
    >>> print(sample.note)
    **The scorers are compared on a random sample of 3 of the 5 sentences** (seed 1, drawn again identically on every run): scoring every sentence three more times takes minutes on a corpus this size, and a group's mean is well estimated from a sample (a year or group with few sentences less so). The default scorer's figures above use every sentence.
    """
    n = len(sentence_scores)
    if not max_sentences or n <= max_sentences:
        return Sample(sentence_scores, "")
    rows = sentence_scores.iloc[_seeded_rows(n, int(max_sentences), seed)]
    note = (f"**The scorers are compared on a random sample of {len(rows):,} of the {n:,} sentences** "
            f"(seed {seed}, drawn again identically on every run): scoring every sentence three more times "
            "takes minutes on a corpus this size, and a group's mean is well estimated from a sample "
            "(a year or group with few sentences less so). The default scorer's figures above use every sentence.")
    return Sample(rows, note)


def whole_text_sentiment(corpus: pd.DataFrame, method: str = DEFAULT_METHOD, *,
                         max_documents: int = WHOLE_TEXT_DOCUMENTS, seed: int = 0, keep=()) -> Sample:
    """Each document scored as one text (to show how a whole-text score saturates), for every
    document or a seeded sample of a large corpus.

    Parameters
    ----------
    corpus : DataFrame with ``doc_id`` and ``text``.
    method : see :func:`sentiment_scores`.
    max_documents : int
        Up to this many documents every one is scored; beyond, the documents in ``keep``
        and a random sample (``numpy.random.default_rng(seed)``) of the others, this many in
        all, and the note says so. 0 or None: every document.
    seed : int
    keep : doc_ids always scored (e.g. the ones a table shows).

    Returns
    -------
    Sample
        ``rows``: DataFrame doc_id, neg, neu, pos, compound (corpus order); ``note``
        (Markdown, "" when every document is scored).

    Examples
    --------
    >>> c = pd.DataFrame({"doc_id": ["a", "b", "c"], "text": ["Good.", "Bad. Awful.", "A day."]})
    >>> w = whole_text_sentiment(c, max_documents=2, keep=["c"])
    >>> w.rows["doc_id"].tolist(), w.note[:45]
    (['b', 'c'], '**`whole_text` is scored for 2 of the 3 docum')
    """
    _check_ids(corpus)
    n = len(corpus)
    note = ""
    docs = corpus
    if max_documents and n > max_documents:
        ids = corpus["doc_id"].astype(str)
        wanted = set(map(str, keep))
        positions = np.flatnonzero(ids.isin(wanted).to_numpy())
        docs = corpus.iloc[_seeded_rows(n, int(max_documents), seed, keep=positions)]
        shown = len(positions) if len(positions) <= max_documents else max_documents
        note = (f"**`whole_text` is scored for {len(docs):,} of the {n:,} documents** "
                + (f"(the {shown:,} shown and a random sample of the others, " if shown else "(a random sample, ")
                + f"seed {seed}) and left empty for the others: it only illustrates how a whole-text "
                "score runs to the ends of the scale, and scoring every whole document takes minutes "
                "on a corpus this size. The sentence means use every sentence.")
    scores = sentiment_scores(docs["text"], method=method)
    rows = pd.concat([pd.DataFrame({"doc_id": docs["doc_id"].astype(str).to_numpy()}), scores], axis=1)
    return Sample(rows, note)


def _check_ids(corpus: pd.DataFrame) -> None:
    if "doc_id" not in corpus.columns:
        raise ValueError("corpus needs the columns 'doc_id' and 'text' "
                         f"(it has: {', '.join(map(str, corpus.columns))})")
    dup = corpus["doc_id"].astype(str)
    dup = sorted(set(dup[dup.duplicated()]))
    if dup:
        raise ValueError(f"doc_id must be unique; repeated: {', '.join(dup[:10])}"
                         + (" ..." if len(dup) > 10 else ""))


def sentence_sentiment(corpus: pd.DataFrame, method: str = DEFAULT_METHOD, *,
                       sentences: pd.DataFrame | None = None) -> pd.DataFrame:
    """Score every sentence of the clean text of every document.

    Sentences come from :func:`analysis.sentences` on ``corpus.text`` (the clean body), so
    page furniture removed by cleaning (comment blurbs, widgets, bylines) is never scored.
    Documents with no text get no rows, and a warning names them.

    Parameters
    ----------
    corpus : DataFrame with ``doc_id`` and ``text``.
    method : see :func:`sentiment_scores`.
    sentences : DataFrame, optional
        The corpus's sentences already split (:func:`analysis.sentences`, or the
        ``sentences`` table of a store / :class:`analysis.AnnotatedCorpus`): they are not
        split again. When they carry ``neg neu pos compound`` (as the stored table does) and
        ``method`` is the default, those scores are used and nothing is scored again.
        Only the sentences of documents in ``corpus`` are kept.

    Returns
    -------
    DataFrame with doc_id, sent_id, sentence, neg, neu, pos, compound (corpus order, then
    sentence order).

    Examples
    --------
    >>> import pandas as pd
    >>> c = pd.DataFrame({"doc_id": ["a"], "text": ["Talks went well. Then a deadly attack."]})
    >>> sentence_sentiment(c)[["sent_id", "compound"]].round(2)
       sent_id  compound
    0        0      0.23
    1        1     -0.90
    >>> sentence_sentiment(c, method="vader")[["sent_id", "compound"]].round(2)
       sent_id  compound
    0        0      0.27
    1        1     -0.48
    """
    from ..text.segment import sentences as segment

    _check_ids(corpus)
    if sentences is None:
        sents = segment(corpus)
    else:
        missing = {"doc_id", "sent_id", "text"} - set(sentences.columns)
        if missing:
            raise ValueError(f"sentences needs the columns doc_id, sent_id, text (missing: {', '.join(sorted(missing))})")
        sents = sentences[sentences["doc_id"].astype(str).isin(set(corpus["doc_id"].astype(str)))]
        sents = sents.reset_index(drop=True)
    empty = sorted(set(corpus["doc_id"].astype(str)) - set(sents["doc_id"].astype(str)))
    if empty:
        warnings.warn(f"{len(empty)} document(s) have no text to score: {', '.join(empty[:10])}"
                      + (" ..." if len(empty) > 10 else ""), stacklevel=2)
    tone = ["neg", "neu", "pos", "compound"]
    if sentences is not None and method == DEFAULT_METHOD and set(tone) <= set(sents.columns):
        scores = sents[tone].astype("float64").reset_index(drop=True)
    else:
        scores = sentiment_scores(sents["text"].tolist(), method=method)
    out = pd.DataFrame({"doc_id": sents["doc_id"].to_numpy(), "sent_id": sents["sent_id"].to_numpy(),
                        "sentence": sents["text"].to_numpy()})
    out = pd.concat([out, scores], axis=1)
    return out.astype({"doc_id": "str", "sentence": "str", "sent_id": "int64"})


# ---------------------------------------------------------------- aggregation
def bootstrap_mean_ci(values, n_boot: int = 2000, ci: float = 0.95, seed: int = 0,
                      max_cells: int = 4_000_000) -> tuple[float, float]:
    """Percentile bootstrap interval for the mean of ``values`` (vectorized, deterministic).

    A fresh ``numpy.random.default_rng(seed)`` is used for every call, so a document's
    interval does not depend on which other documents are in the corpus. Resamples are
    drawn in chunks of at most ``max_cells`` numbers to bound memory.

    Examples
    --------
    >>> lo, hi = bootstrap_mean_ci([0.1, 0.5, -0.2, 0.4])
    >>> lo < 0.2 < hi
    True
    """
    x = np.asarray(values, dtype="float64")
    n = len(x)
    if n == 0:
        return (np.nan, np.nan)
    if n == 1:
        return (float(x[0]), float(x[0]))
    rng = np.random.default_rng(seed)
    chunk = max(1, min(n_boot, max_cells // n))
    means = np.empty(n_boot)
    for start in range(0, n_boot, chunk):
        stop = min(n_boot, start + chunk)
        means[start:stop] = x[rng.integers(0, n, size=(stop - start, n))].mean(axis=1)
    alpha = (1 - ci) / 2
    lo, hi = np.quantile(means, [alpha, 1 - alpha])
    return (float(lo), float(hi))


def _cluster_bootstrap_ci(sums, counts, n_boot, ci, seed):
    """Interval for a pooled mean when whole documents are resampled (cluster bootstrap)."""
    sums, counts = np.asarray(sums, float), np.asarray(counts, float)
    d = len(sums)
    if d == 0 or counts.sum() == 0:
        return (np.nan, np.nan)
    if d == 1:
        m = sums[0] / counts[0]
        return (float(m), float(m))
    rng = np.random.default_rng(seed)
    idx = rng.integers(0, d, size=(n_boot, d))
    tot = counts[idx].sum(axis=1)
    means = np.divide(sums[idx].sum(axis=1), tot, out=np.full(n_boot, np.nan), where=tot > 0)
    alpha = (1 - ci) / 2
    lo, hi = np.nanquantile(means, [alpha, 1 - alpha])
    return (float(lo), float(hi))


def default_threshold(method: str) -> float:
    """The neutral band of a method's compound score.

    Parameters
    ----------
    method : one of :data:`METHODS`

    Returns
    -------
    float
        :data:`THRESHOLD` (0.05, VADER's convention) for ``"vader"`` and ``"vader-nltk"``;
        0.125 (a human rating within +-0.5 on VADER's -4..+4 scale) for the trained methods
        ``"news"`` and ``"vader+ridge"``.

    Examples
    --------
    >>> default_threshold("vader"), default_threshold("news")
    (0.05, 0.125)
    """
    if method not in METHODS:
        raise ValueError(f"unknown method {method!r}; choose one of {METHODS}")
    if method == "vader+ridge":
        from .ridge import NEUTRAL_BAND

        return NEUTRAL_BAND
    if method == "news":
        from .news_tone import NEUTRAL_BAND

        return NEUTRAL_BAND
    return THRESHOLD


def _summarize(compound: np.ndarray, n_boot: int, ci: float, seed: int, threshold: float,
               interval: tuple | None = None) -> dict:
    n = len(compound)
    if n == 0:
        return dict(n_sentences=0, mean_compound=np.nan, ci_low=np.nan, ci_high=np.nan,
                    share_positive=np.nan, share_neutral=np.nan, share_negative=np.nan)
    if interval is not None:
        lo, hi = interval
    else:
        lo, hi = bootstrap_mean_ci(compound, n_boot=n_boot, ci=ci, seed=seed) if n_boot else (np.nan, np.nan)
    n_pos = int(np.sum(compound >= threshold))
    n_neg = int(np.sum(compound <= -threshold))
    return dict(n_sentences=n, mean_compound=float(compound.mean()), ci_low=lo, ci_high=hi,
                share_positive=n_pos / n, share_neutral=(n - n_pos - n_neg) / n,
                share_negative=n_neg / n)


def _intervals_by_length(arrays: list, n_boot: int, ci: float, seed: int,
                         max_cells: int = 4_000_000) -> list:
    """:func:`bootstrap_mean_ci` of many short arrays at once (None where not computed here).

    ``bootstrap_mean_ci`` draws its resamples from a fresh ``default_rng(seed)``, so every
    array of the same length ``n`` is resampled with the same indices: they are drawn once per
    length and applied to all those arrays together (the same numbers, without one generator
    and one quantile call per document). Lengths 0 and 1, and lengths the function draws in
    more than one chunk, are left to it (None).
    """
    out: list = [None] * len(arrays)
    if not n_boot:
        return out
    lengths = np.fromiter(map(len, arrays), dtype=np.int64, count=len(arrays))
    alpha = (1 - ci) / 2
    for n in np.unique(lengths):
        n = int(n)
        if n < 2 or max(1, min(n_boot, max_cells // n)) != n_boot:
            continue
        which = np.flatnonzero(lengths == n)
        idx = np.random.default_rng(seed).integers(0, n, size=(n_boot, n))
        step = max(1, max_cells // (n_boot * n))
        for start in range(0, len(which), step):
            part = which[start:start + step]
            x = np.stack([np.asarray(arrays[i], dtype="float64") for i in part])
            # (documents x resamples) rows of n, reduced as bootstrap_mean_ci reduces them (a 3-d
            # mean over the last axis sums in another order for n >= 8: not the same bits)
            means = x[:, idx].reshape(-1, n).mean(axis=1).reshape(len(part), n_boot)
            lo, hi = np.quantile(means, [alpha, 1 - alpha], axis=1)
            for k, i in enumerate(part):
                out[i] = (float(lo[k]), float(hi[k]))
    return out


def _compounds_by_doc(corpus, method, sentence_scores) -> dict:
    """{doc_id: array of sentence compounds}, scoring the corpus unless scores are given."""
    sents = sentence_scores if sentence_scores is not None else sentence_sentiment(corpus, method=method)
    # one stable sort instead of a DataFrame per document: the same arrays, in row order
    codes, keys = pd.factorize(sents["doc_id"], sort=False)
    values = sents["compound"].to_numpy(float)
    kept = codes >= 0  # (groupby leaves out a missing doc_id)
    codes, values = codes[kept], values[kept]
    order = np.argsort(codes, kind="stable")
    bounds = np.searchsorted(codes[order], np.arange(len(keys) + 1))
    ordered = values[order]
    return {k: ordered[bounds[i]:bounds[i + 1]] for i, k in enumerate(keys)}


def _stats_frame(rows: list[dict], key_cols: list[str]) -> pd.DataFrame:
    out = pd.DataFrame(rows, columns=key_cols + _STAT_COLUMNS)
    return out.astype({"n_sentences": "int64"} | {c: "float64" for c in _STAT_COLUMNS[1:]})


def document_sentiment(corpus: pd.DataFrame, method: str = DEFAULT_METHOD, *, n_boot: int = 2000,
                       ci: float = 0.95, seed: int = 0, threshold: float | None = None,
                       sentence_scores: pd.DataFrame | None = None) -> pd.DataFrame:
    """Tone of each document, aggregated from its sentences.

    Why sentences: VADER's ``compound`` squashes a sum of word valences into -1..+1, so on
    a whole article it saturates near -1 or +1 (the longer the text, the closer), and two
    articles of very different balance get the same score. The mean of sentence compounds
    weighs each sentence equally, does not grow with length, and its bootstrap interval shows
    how much the sentences disagree.

    Parameters
    ----------
    corpus : DataFrame with ``doc_id`` and ``text``.
    method : see :func:`sentiment_scores`.
    n_boot, ci, seed : bootstrap resamples (sentences resampled with replacement within the
        document), interval level and seed (``numpy.random.default_rng(seed)`` per document:
        deterministic and independent of the other documents).
    threshold : sentences with compound >= threshold are positive, <= -threshold negative,
        otherwise neutral. Default: VADER's convention 0.05 for ``"vader"`` and
        ``"vader-nltk"``; 0.125 (a human rating within +-0.5 on -4..+4) for the trained
        methods ``"news"`` and ``"vader+ridge"`` (:func:`default_threshold`).
    sentence_scores : optional output of :func:`sentence_sentiment`, to avoid re-scoring.

    Returns
    -------
    DataFrame, one row per document in corpus order: doc_id, n_sentences, mean_compound,
    ci_low, ci_high, share_positive, share_neutral, share_negative (shares sum to 1).
    Documents without text keep their row with n_sentences 0 and missing values (warned).

    Examples
    --------
    >>> import pandas as pd
    >>> c = pd.DataFrame({"doc_id": ["a"], "text": ["A great success. A terrible loss. It rained."]})
    >>> d = document_sentiment(c)
    >>> d[["n_sentences", "share_positive", "share_neutral", "share_negative"]].round(2)
       n_sentences  share_positive  share_neutral  share_negative
    0            3            0.33           0.33            0.33
    """
    threshold = default_threshold(method) if threshold is None else threshold
    _check_ids(corpus)
    by_doc = _compounds_by_doc(corpus, method, sentence_scores)
    ids = corpus["doc_id"].astype(str).tolist()
    arrays = [by_doc.get(doc_id, np.array([])) for doc_id in ids]
    intervals = _intervals_by_length(arrays, n_boot, ci, seed)  # the same draws, many documents at once
    rows = []
    for doc_id, values, interval in zip(ids, arrays, intervals):
        stats = _summarize(values, n_boot, ci, seed, threshold, interval=interval)
        rows.append({"doc_id": doc_id, **stats})
    return _stats_frame(rows, ["doc_id"])


def _group_keys(corpus: pd.DataFrame, by: str, freq: str | None) -> pd.Series:
    if by == "administration" and "administration" not in corpus.columns:
        if "published" not in corpus.columns:
            raise ValueError("by='administration' needs a 'published' date column")
        from ..dates.periods import administration_of

        keys = administration_of(corpus["published"])
        keys.index = corpus.index
        return keys
    if by not in corpus.columns:
        raise ValueError(f"corpus has no column {by!r} to group by "
                         f"(it has: {', '.join(map(str, corpus.columns))})")
    col = corpus[by]
    if pd.api.types.is_datetime64_any_dtype(col):
        if col.dt.tz is not None:
            col = col.dt.tz_localize(None)
        return col.dt.to_period(freq) if freq else col
    return col


def tone_under_scorers(corpus: pd.DataFrame, sentence_scores: pd.DataFrame, scores: dict,
                       by: str = "published", freq: str | None = "Y") -> pd.DataFrame:
    """The pooled tone of each group under several scorers: one column per scorer.

    A check of a finding's robustness: the same aggregation as :func:`group_sentiment`, once
    per set of sentence scores (e.g. the default model, VADER, the model with report words
    neutral). Warnings about documents the grouping leaves out (no date) are not repeated for
    each scorer; :func:`group_sentiment` says them once where it is called itself.

    Parameters
    ----------
    corpus : DataFrame with ``doc_id`` and the grouping column.
    sentence_scores : the sentences (``doc_id``, ``compound`` ...), as from :func:`sentence_sentiment`.
    scores : mapping scorer name -> array of compound scores, one per row of ``sentence_scores``.
    by, freq : as in :func:`group_sentiment`.

    Returns
    -------
    DataFrame
        One row per group (index: the group as text), one column per scorer, the mean compound.

    Examples
    --------
    >>> c = pd.DataFrame({"doc_id": ["a", "b"], "text": ["x", "y"], "outlet": ["A", "B"]})
    >>> s = pd.DataFrame({"doc_id": ["a", "b"], "compound": [0.5, -0.5]})
    >>> tone_under_scorers(c, s, {"one": [0.5, -0.5], "two": [0.1, 0.3]}, by="outlet").round(2)
       one  two
    A  0.5  0.1
    B -0.5  0.3
    """
    import warnings

    columns = {}
    for name, values in scores.items():
        scored = sentence_scores.assign(compound=np.asarray(values, dtype=float))
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", UserWarning)
            # only the means are shown: no bootstrap interval (n_boot=0), the same means
            g = group_sentiment(corpus, by=by, freq=freq, sentence_scores=scored, n_boot=0)
        columns[name] = pd.Series(g["mean_compound"].to_numpy(), index=g[by].astype(str).to_numpy())
    return pd.DataFrame(columns)


def group_sentiment(corpus: pd.DataFrame, by: str = "published", freq: str | None = "Y",
                    method: str = DEFAULT_METHOD, *, unit: str = "sentence", n_boot: int = 2000,
                    ci: float = 0.95, seed: int = 0, threshold: float | None = None,
                    sentence_scores: pd.DataFrame | None = None) -> pd.DataFrame:
    """Tone of groups of documents: by period of a date column, or by any metadata column.

    Same aggregation as :func:`document_sentiment`, over all sentences of the group's
    documents.

    Parameters
    ----------
    corpus : DataFrame with ``doc_id``, ``text`` and the grouping column.
    by : column to group by. A datetime column (default ``"published"``) is cut into periods
        of ``freq``; any other column is used as is (outlet, wire, ...). ``"administration"``
        is derived from ``published`` with :func:`analysis.administration_of` when the corpus
        has no such column.
    freq : pandas period alias for date columns ("Y" year, "Q", "M", "W", "D"); ignored for
        other columns.
    method : see :func:`sentiment_scores`.
    unit : ``"sentence"`` (default) resamples sentences for the interval, like
        :func:`document_sentiment`; it treats sentences as independent and so understates the
        uncertainty when documents differ. ``"document"`` resamples whole documents (a
        cluster bootstrap of the pooled mean): more honest with many documents per group,
        degenerate with one or two.
    n_boot, ci, seed, threshold, sentence_scores : as in :func:`document_sentiment`;
        ``n_boot=0`` gives the means and shares without an interval (``ci_low``/``ci_high``
        missing), much faster on large groups.

    Returns
    -------
    DataFrame, one row per group (sorted): the group key (column named ``by``; a pandas
    Period for date groups), n_documents, n_sentences, mean_compound, ci_low, ci_high,
    share_positive, share_neutral, share_negative. Documents with a missing key are left out
    with a warning.

    Examples
    --------
    >>> import pandas as pd
    >>> c = pd.DataFrame({"doc_id": ["a", "b", "c"],
    ...                   "text": ["Good news.", "Bad news.", "A lovely day."],
    ...                   "published": pd.to_datetime(["2016-05-01", "2016-07-01", "2024-01-01"])})
    >>> group_sentiment(c)[["published", "n_documents", "n_sentences"]]
      published  n_documents  n_sentences
    0      2016            2            2
    1      2024            1            1
    """
    if unit not in ("sentence", "document"):
        raise ValueError("unit must be 'sentence' or 'document'")
    _check_ids(corpus)
    keys = _group_keys(corpus, by, freq)
    doc_ids = corpus["doc_id"].astype(str)
    missing = keys.isna().to_numpy()
    if missing.any():
        ids = doc_ids[missing].tolist()
        warnings.warn(f"{len(ids)} document(s) without a value for {by!r} are left out of the "
                      f"grouping: {', '.join(ids[:10])}" + (" ..." if len(ids) > 10 else ""),
                      stacklevel=2)
    threshold = default_threshold(method) if threshold is None else threshold
    by_doc = _compounds_by_doc(corpus, method, sentence_scores)
    key_of_doc = pd.DataFrame({"doc_id": doc_ids.to_numpy(), "key": keys.to_numpy()})[~missing]
    rows = []
    for key, g in key_of_doc.groupby("key", sort=True):
        parts = [by_doc.get(d, np.array([])) for d in g["doc_id"]]
        pooled = np.concatenate(parts) if parts else np.array([])
        stats = _summarize(pooled, n_boot, ci, seed, threshold)
        if unit == "document" and len(pooled) and n_boot:
            kept = [p for p in parts if len(p)]
            stats["ci_low"], stats["ci_high"] = _cluster_bootstrap_ci(
                [p.sum() for p in kept], [len(p) for p in kept], n_boot, ci, seed)
        rows.append({by: key, "n_documents": len(g), **stats})
    out = _stats_frame(rows, [by, "n_documents"])
    if len(out) and isinstance(out[by].iloc[0], pd.Period):
        out[by] = pd.PeriodIndex(out[by]).to_series(index=out.index)
    return out.astype({"n_documents": "int64"})
