"""Keyness: which words mark one group of documents apart from the rest.

For every term the counts in a *target* sub-corpus and a *reference* sub-corpus are compared
with Dunning's log-likelihood G2 (how sure we are that the difference is not chance) and
Hardie's Log Ratio (how big the difference is). Both are the standard pair in corpus
linguistics: G2 ranks, Log Ratio tells the effect size.
"""
from __future__ import annotations

import re
import warnings
from collections.abc import Iterable

import numpy as np
import pandas as pd

__all__ = ["keyness", "tokenize", "NEWS_STOP_WORDS"]

from ..text.vocabulary import NEWS_STOP_WORDS, english_stop_words as _english_stop_words
from ..text.vocabulary import news_stop_words as _news_stop_words
from ..text.tokens import word_tokens

# The shared tokeniser with keyness's options: a dotted acronym (U.S., U.N.) or a word of
# letters, optionally joined by an apostrophe or hyphen (north-korean, don't); possessive 's
# dropped; acronyms keep their capitals and lose their dots.
WORD_OPTIONS = dict(letters_only=True, joiners="'\u2019-", acronyms="upper", strip_possessive=True,
                    keep_acronym_case=True)
_ACRONYM = re.compile(r"[A-Z]{2,6}")


def tokenize(text: str, lowercase: bool = True) -> list[str]:
    """Split a text into word tokens: letters joined by apostrophes or hyphens.

    Numbers and punctuation are dropped and a possessive ``'s`` is removed, so
    ``"Korea's"`` counts as ``korea``. Acronyms keep their capitals and lose their dots
    (``U.S.`` and ``US`` are both ``US``), so the country is not taken for the pronoun *us*.

    Examples
    --------
    >>> tokenize("North Korea's 2024 missile-test: Kim's move, U.S. and UN.")
    ['north', 'korea', 'missile-test', 'kim', 'move', 'US', 'and', 'UN']
    """
    return word_tokens(text, lowercase=lowercase, **WORD_OPTIONS)


def _stop_set(stop_words, corpus: pd.DataFrame | None = None) -> frozenset:
    if stop_words is None or stop_words is False:
        return frozenset()
    if isinstance(stop_words, str):
        if stop_words == "auto":
            # the stop words of the corpus's languages, as the topic model takes them (English:
            # the news list); without a language column, English
            if corpus is None or "language" not in corpus.columns:
                return _news_stop_words()
            from ..topics.model import topic_stop_words
            return frozenset(topic_stop_words(corpus)[0])
        if stop_words == "news":
            return _news_stop_words()
        if stop_words == "english":
            return _english_stop_words()
        raise ValueError(f"stop_words must be 'auto', 'news', 'english', None or a list of words, not {stop_words!r}")
    return frozenset(str(w).lower() for w in stop_words)


def _group_values(corpus: pd.DataFrame, by) -> pd.Series:
    """The grouping value of each document, aligned to corpus.index."""
    if callable(by):
        values = by(corpus)
    elif isinstance(by, str):
        if by in corpus.columns:
            values = corpus[by]
        elif by in ("year", "administration") and "published" in corpus.columns:
            published = pd.to_datetime(corpus["published"])
            if by == "year":
                values = published.dt.year.astype("Int64")
            else:
                from ..dates.periods import administration_of
                values = administration_of(published)
        else:
            raise KeyError(f"keyness: the corpus has no column {by!r} "
                           f"(columns: {', '.join(map(str, corpus.columns))}); "
                           "'year' and 'administration' are derived from 'published' when it exists")
    else:
        values = by
    if isinstance(values, pd.Series) and values.index.equals(corpus.index):
        return values
    values = values.to_numpy() if isinstance(values, pd.Series) else list(values)  # by position
    if len(values) != len(corpus):
        raise ValueError(f"keyness: 'by' gives {len(values)} values for {len(corpus)} documents")
    return pd.Series(values, index=corpus.index)


def _as_list(x) -> list:
    if x is None:
        return []
    if isinstance(x, (str, bytes)) or not isinstance(x, Iterable):
        return [x]
    return list(x)


def _matches(values: pd.Series, wanted: list) -> np.ndarray:
    """values == any of wanted, tolerant of 2024 vs '2024' vs 2024.0."""
    keys = {str(w) for w in wanted}
    out = []
    for v in values:
        if pd.isna(v):
            out.append(False)
            continue
        s = str(v)
        if isinstance(v, (float, np.floating)) and float(v).is_integer():
            s = str(int(v))
        out.append(s in keys)
    return np.array(out, dtype=bool)


def _log_likelihood(a, b, c, d, cells: int):
    """G2 for term counts a (target), b (reference) with corpus sizes c, d (arrays)."""
    a = np.asarray(a, dtype=float)
    b = np.asarray(b, dtype=float)
    n = c + d

    def term(o, e):
        with np.errstate(divide="ignore", invalid="ignore"):
            return np.where(o > 0, o * np.log(o / e), 0.0)

    e1 = c * (a + b) / n
    e2 = d * (a + b) / n
    g2 = term(a, e1) + term(b, e2)
    if cells == 4:
        # The other two cells of the 2x2 table: the rest of each sub-corpus.
        e3 = c * (n - a - b) / n
        e4 = d * (n - a - b) / n
        g2 = g2 + term(c - a, e3) + term(d - b, e4)
    return np.maximum(2.0 * g2, 0.0)


def keyness(corpus: pd.DataFrame, by, target, reference=None, *, min_count: int = 3,
            stop_words="auto", ngram: int = 1, cells: int = 2, zero_correction: float = 0.5,
            lowercase: bool = True) -> pd.DataFrame:
    """Terms over-used in a target group of documents against a reference group.

    Parameters
    ----------
    corpus : DataFrame with ``doc_id`` and ``text`` (any corpus, not only ``load_corpus``).
    by : str, callable or sequence
        How documents are grouped: a column name (e.g. ``"outlet"``, ``"period"``); ``"year"``
        or ``"administration"``, which are derived from ``published`` when there is no such
        column; a function ``corpus -> Series``; or a Series / list aligned with the rows.
    target : value or list of values
        The group(s) whose characteristic words are wanted, e.g. ``2024`` or ``[2016, 2017]``.
        Values are compared as text, so ``2024`` matches ``"2024"``.
    reference : value or list of values, optional
        The group(s) to compare with; default all other documents. Documents whose group is
        missing are left out (with a warning).
    min_count : int, default 3
        Keep terms whose total count (target + reference) is at least this.
    stop_words : ``"auto"`` (default), ``"news"``, ``"english"``, None, or a list of words
        ``"auto"`` takes the stop words of the languages of the two groups' documents from their
        ``language`` column, as :func:`analysis.topic_stop_words` does (German: the stop-words
        package's list plus the project's German news words); English documents, and a corpus
        without a ``language`` column, get ``"news"``. An all-capitals word that spells a stop
        word of another language (German ``DIE``, ``DAS``) is that stop word, not an acronym.
        ``"news"`` is scikit-learn's English list plus reporting verbs (said, told), titles,
        weekdays, months and similar furniture of news writing
        (:func:`analysis.text.vocabulary.news_stop_words`). An acronym that spells a stop word
        (``US``, ``WHO``) is kept as the acronym, unless it is news furniture itself
        (``AP``, ``AFP``, ``GMT``), as in :func:`analysis.fit_topics`.
    ngram : int, default 1
        1 for words, 2 for two-word sequences (stop words are removed first).
    cells : {2, 4}, default 2
        Which log-likelihood formula: 2 sums over the two observed term counts as in
        Rayson & Garside (2000) and the Lancaster log-likelihood calculator; 4 sums over all
        four cells of the 2x2 contingency table as in Dunning (1993).
    zero_correction : float, default 0.5
        Count used in place of a zero when computing Log Ratio (Hardie 2014).
    lowercase : bool, default True
        Fold words to lower case (acronyms such as ``US`` keep their capitals either way).

    Returns
    -------
    DataFrame, one row per term, sorted by ``g2`` (largest first, ties by term):
    term, count_target, count_reference, g2, p_value, log_ratio, direction ('target' when the
    term is relatively more frequent in the target, 'reference' when less, 'none' when equal),
    then freq_target and freq_reference (per million tokens), docs_target and docs_reference
    (how many documents contain the term: a term from a single document is weak evidence).
    ``df.attrs`` holds the token and document totals of each side. When the target or the
    reference group has no documents (say, groups chosen on a whole corpus and a subset without
    one of them), a warning names the groups present and the table is empty.

    Notes
    -----
    With ``a`` = count in the target, ``b`` = count in the reference, ``c`` and ``d`` the token
    totals of target and reference, ``N = c + d``:

    - Expected counts ``E1 = c (a + b) / N`` and ``E2 = d (a + b) / N``.
    - Log-likelihood (Rayson & Garside 2000): ``G2 = 2 (a ln(a/E1) + b ln(b/E2))``, with
      ``0 ln 0 = 0``. The 4-cell version (Dunning 1993) adds the cells ``c - a`` and
      ``d - b`` with expectations ``c (N - a - b) / N`` and ``d (N - a - b) / N``.
    - ``p_value`` is the upper tail of chi-square with 1 degree of freedom at G2. It is
      computed for every term, so with many terms read it with a multiple-testing correction
      (G2 >= 15.13 is p < 0.0001; Rayson et al. 2004 suggest such thresholds).
    - Log Ratio (Hardie 2014): ``log2((a / c) / (b / d))``, where a zero count is replaced by
      ``zero_correction`` (0.5). Each unit is a doubling: 1 means twice as frequent in the
      target, -1 half as frequent.

    References: Dunning, T. (1993) Accurate methods for the statistics of surprise and
    coincidence. Computational Linguistics 19(1). Rayson, P. & Garside, R. (2000) Comparing
    corpora using frequency profiling. Workshop on Comparing Corpora, ACL 2000. Rayson, P.,
    Berridge, D. & Francis, B. (2004) Extending the Cochran rule for the comparison of word
    frequencies between corpora. JADT 2004. Hardie, A. (2014) Log Ratio: an informal
    introduction. CASS, Lancaster University.

    Examples
    --------
    >>> import pandas as pd
    >>> import analysis
    >>> docs = pd.DataFrame({"doc_id": ["a", "b", "c"],
    ...     "text": ["Troops and troops and more troops.", "Tariffs on trade.", "Trade talks."],
    ...     "published": pd.to_datetime(["2024-11-16", "2016-03-30", "2017-06-20"])})
    >>> k = analysis.keyness(docs, by="year", target=2024, min_count=2)
    >>> k[["term", "count_target", "count_reference", "direction"]].head(2)
         term  count_target  count_reference  direction
    0  troops             3                0     target
    1   trade             0                2  reference
    """
    if not {"doc_id", "text"} <= set(corpus.columns):
        raise ValueError("keyness: corpus needs the columns 'doc_id' and 'text' "
                         f"(it has: {', '.join(map(str, corpus.columns))})")
    if cells not in (2, 4):
        raise ValueError(f"keyness: cells must be 2 or 4, not {cells!r}")
    if ngram < 1:
        raise ValueError("keyness: ngram must be >= 1")
    groups = _group_values(corpus, by)
    targets = _as_list(target)
    if not targets:
        raise ValueError("keyness: give at least one target group value")
    is_target = _matches(groups, targets)
    if reference is None:
        missing = groups.isna().to_numpy()
        if missing.any():
            warnings.warn(f"keyness: {int(missing.sum())} document(s) have no value for the grouping "
                          "and are left out of both target and reference", stacklevel=2)
        is_reference = ~is_target & ~missing
    else:
        is_reference = _matches(groups, _as_list(reference)) & ~is_target
    cols = ["term", "count_target", "count_reference", "g2", "p_value", "log_ratio", "direction",
            "freq_target", "freq_reference", "docs_target", "docs_reference"]
    if not is_target.any() or not is_reference.any():
        # e.g. a comparison chosen on the whole corpus, asked of its English documents only:
        # a note and an empty table, as when no terms are found, not a stopped notebook
        present = groups.dropna().astype(str).value_counts().sort_index()
        here = ", ".join(f"{k!s} {v}" for k, v in present.items())
        here = (f"documents per group among the {len(corpus)} given: {here}" if here
                else f"none of the {len(corpus)} documents given has a group" if len(corpus)
                else "no documents were given")
        side = (f"no document is in the target group ({', '.join(map(str, targets))})"
                if not is_target.any() else "the reference group has no documents")
        warnings.warn(f"keyness: {side}, so there is nothing to compare and the table is empty "
                      f"({here})", stacklevel=2)
        out = pd.DataFrame(columns=cols)
        out.attrs.update({"tokens_target": 0, "tokens_reference": 0,
                          "docs_target": int(is_target.sum()), "docs_reference": int(is_reference.sum())})
        return out

    used = corpus[np.asarray(is_target | is_reference)] if min_count >= 1 else corpus
    stops = _stop_set(stop_words, used)
    # an acronym spelling a stop word is an English one (US, WHO); in capitals a stop word of
    # another language is still that word (German DIE, DAS)
    foreign = (stops - _news_stop_words()) if isinstance(stop_words, str) and stop_words == "auto" \
        else frozenset()

    from ..topics.model import _CONTRACTIONS, _elided

    def unelided(t: str) -> str:
        # French and Italian join an elided article or pronoun to the next word ("l'armée",
        # "d'Ukraine", "qu'il", "dell'Unione"): the word after the apostrophe is the term, as
        # in the topic model, so "l'armée" and "armée" are counted as one word (English "I'm",
        # "it's" stay as they were)
        base, sep, rest = t.replace("\u2019", "'").partition("'")
        return (rest if sep and rest and rest.lower() not in _CONTRACTIONS | {"s"}
                and _elided(base, stops) else t)

    def analyzer(text: str) -> list[str]:
        toks = [t for t in map(unelided, tokenize(text, lowercase=lowercase))
                if t.lower() not in stops
                or (_ACRONYM.fullmatch(t) and t.lower() not in NEWS_STOP_WORDS and t.lower() not in foreign)]
        if ngram == 1:
            return toks
        return [" ".join(toks[i:i + ngram]) for i in range(len(toks) - ngram + 1)]

    from sklearn.feature_extraction.text import CountVectorizer

    # only the two groups' documents are counted (a term found elsewhere only has counts 0 and 0,
    # which min_count >= 1 drops anyway)
    use = (is_target | is_reference) if min_count >= 1 else np.ones(len(corpus), dtype=bool)
    texts = corpus["text"].fillna("").astype(str)[use].tolist()
    vec = CountVectorizer(analyzer=analyzer)
    try:
        X = vec.fit_transform(texts).tocsr()
    except ValueError:  # empty vocabulary
        X = None
    if X is None or X.shape[1] == 0:
        warnings.warn("keyness: no terms found in the texts", stacklevel=2)
        return pd.DataFrame(columns=cols)
    terms = vec.get_feature_names_out()
    Xt, Xr = X[is_target[use]], X[is_reference[use]]
    a = np.asarray(Xt.sum(axis=0)).ravel().astype(float)
    b = np.asarray(Xr.sum(axis=0)).ravel().astype(float)
    # Corpus sizes are taken before min_count filtering: the term competes with all tokens.
    c, d = float(a.sum()), float(b.sum())
    if c == 0 or d == 0:
        raise ValueError("keyness: the target or reference group has no tokens after stop words")
    docs_t = np.asarray((Xt > 0).sum(axis=0)).ravel()
    docs_r = np.asarray((Xr > 0).sum(axis=0)).ravel()
    keep = (a + b) >= min_count
    terms, a, b, docs_t, docs_r = terms[keep], a[keep], b[keep], docs_t[keep], docs_r[keep]

    from scipy.stats import chi2

    g2 = _log_likelihood(a, b, c, d, cells)
    pa = np.where(a > 0, a, zero_correction) / c
    pb = np.where(b > 0, b, zero_correction) / d
    log_ratio = np.log2(pa / pb)
    rel_t, rel_r = a / c, b / d
    direction = np.where(rel_t > rel_r, "target", np.where(rel_t < rel_r, "reference", "none"))
    out = pd.DataFrame({
        "term": pd.array(terms, dtype="string"),
        "count_target": a.astype("int64"),
        "count_reference": b.astype("int64"),
        "g2": g2,
        "p_value": chi2.sf(g2, df=1),
        "log_ratio": log_ratio,
        "direction": pd.array(direction, dtype="string"),
        "freq_target": rel_t * 1e6,
        "freq_reference": rel_r * 1e6,
        "docs_target": docs_t.astype("int64"),
        "docs_reference": docs_r.astype("int64"),
    })
    out = out.sort_values(["g2", "term"], ascending=[False, True], kind="mergesort").reset_index(drop=True)
    out.attrs.update({"tokens_target": int(c), "tokens_reference": int(d),
                      "docs_target": int(is_target.sum()), "docs_reference": int(is_reference.sum()),
                      "target": targets, "cells": cells})
    return out
