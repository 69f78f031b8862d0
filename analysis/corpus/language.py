"""Which language each document is in, offline.

The analyses downstream (sentiment lexicons, stop words, actor dictionaries, date rules) are
English resources. :func:`load_corpus` calls :func:`detect_languages` on the clean text so that
documents in another language are named instead of being scored silently.

The identifier is py3langid (a maintained fork of langid.py, Lui & Baldwin 2012): a naive Bayes
model over byte n-grams for 97 languages, shipped inside its wheel, so nothing is downloaded.
Short texts are hard to tell apart (a five-word English headline can look like Nigerian Pidgin,
Danish or Latin), so a language is given only when the model's probability and the length of
the text are both high enough; otherwise the column is empty ("cannot tell"). The thresholds
were chosen on development splits and measured on held-out corpora (see
``benchmarks/bench_language.py`` and docs/loading.md).
"""
from __future__ import annotations

from typing import NamedTuple

import pandas as pd

#: A language is given only for texts with at least this many words ...
MIN_WORDS = 4
#: ... and when the model gives it at least this probability (normalized over 97 languages).
MIN_PROBABILITY = 0.9
#: Only this many characters from the start of each text are read (speed; enough to tell).
MAX_CHARS = 1000

_IDENTIFIER = None


def _identifier():
    global _IDENTIFIER
    if _IDENTIFIER is None:
        from py3langid import langid

        _IDENTIFIER = langid.LanguageIdentifier.from_model_file(langid.MODEL_FILE, norm_probs=True)
    return _IDENTIFIER


def detect_languages(texts, min_words: int = MIN_WORDS, min_probability: float = MIN_PROBABILITY) -> pd.DataFrame:
    """The language of each text, where it can be told.

    Parameters
    ----------
    texts : sequence of str
        Clean document texts (None or non-strings count as empty).
    min_words : int, default 4
        Texts with fewer words get no language.
    min_probability : float, default 0.9
        The most likely language is given only when py3langid's normalized probability reaches
        this; otherwise ``language`` is empty.

    Returns
    -------
    pandas.DataFrame
        One row per text, in order: ``language`` (ISO 639-1/3 code such as ``en``, ``de``,
        ``fr``; missing when it cannot be told), ``best_guess`` (the model's top language even
        when unsure) and ``probability`` (its probability, 0 for empty texts).

    Examples
    --------
    >>> detect_languages(["The council approved the budget after a long debate on Monday.",
    ...                   "Der Stadtrat hat den Haushalt am Montag nach langer Debatte beschlossen.",
    ...                   "Talks"]).language.tolist()
    ['en', 'de', nan]
    """
    ident = None
    langs, guesses, probs = [], [], []
    for t in texts:
        t = t if isinstance(t, str) else ""
        n_words = len(t.split())
        if n_words == 0:
            langs.append(None)
            guesses.append(None)
            probs.append(0.0)
            continue
        ident = ident or _identifier()
        lang, p = ident.classify(t[:MAX_CHARS])
        p = float(p)
        guesses.append(lang)
        probs.append(round(p, 4))
        langs.append(lang if n_words >= min_words and p >= min_probability else None)
    return pd.DataFrame({
        "language": pd.Series(langs, dtype="str"),
        "best_guess": pd.Series(guesses, dtype="str"),
        "probability": pd.Series(probs, dtype="float64"),
    })


def language_summary(languages) -> pd.DataFrame:
    """Documents per language (the empty language is ``"unknown"``), most frequent first.

    Parameters
    ----------
    languages : sequence of str or missing
        A ``language`` column.

    Returns
    -------
    pandas.DataFrame
        Columns ``language``, ``documents``, ``share`` (of all documents).

    Examples
    --------
    >>> language_summary(["en", "en", "de", None]).values.tolist()
    [['en', 2, 0.5], ['de', 1, 0.25], ['unknown', 1, 0.25]]
    """
    s = pd.Series(list(languages), dtype="object").map(lambda v: v if isinstance(v, str) and v else "unknown")
    counts = s.value_counts(sort=False)
    out = pd.DataFrame({"language": counts.index.astype(str), "documents": counts.values.astype("int64")})
    out["share"] = (out["documents"] / max(len(s), 1)).round(4)
    known = out["language"] != "unknown"
    out = pd.concat([out[known].sort_values(["documents", "language"], ascending=[False, True]),
                     out[~known]], ignore_index=True)
    return out.reset_index(drop=True)


# ------------------------------------------------------------------------------------------
# English-only analyses on corpora that are not (all) English


def _languages(corpus: pd.DataFrame) -> pd.Series:
    if "language" not in corpus.columns:
        return pd.Series([pd.NA] * len(corpus), index=corpus.index, dtype="string")
    lang = corpus["language"].astype("string").str.strip().str.lower()
    return lang.where(lang.fillna("").ne(""), pd.NA)


def _is_english(lang: pd.Series) -> pd.Series:
    return lang.fillna("").str.match(r"^en(?:$|[-_])")


def main_language(corpus: pd.DataFrame) -> str | None:
    """The language of most documents whose language is known (None when none is known).

    Examples
    --------
    >>> main_language(pd.DataFrame({"language": ["de", "de", "en", None]}))
    'de'
    >>> main_language(pd.DataFrame({"text": ["no language column"]})) is None
    True
    """
    lang = _languages(corpus).dropna().str.replace(r"[-_].*$", "", regex=True)
    if lang.empty:
        return None
    counts = lang.value_counts()
    return str(sorted(counts[counts == counts.max()].index)[0])


class LanguageSubset(NamedTuple):
    """What :func:`english_subset` returns."""

    corpus: pd.DataFrame      #: the documents an English-only resource may read
    excluded: pd.DataFrame    #: doc_id, language ("unknown" when it could not be told), reason
    note: str                 #: Markdown for the notebook ("" when nothing was left out)

    def rows(self, table: pd.DataFrame) -> pd.DataFrame:
        """The rows of a per-document table (sentences, dates, mentions, quotes ...) that belong
        to the kept documents, in their order; the table itself when nothing was left out.

        >>> import pandas as pd
        >>> sub = english_subset(pd.DataFrame({"doc_id": ["a", "b"], "language": ["en", "de"]}))
        >>> sub.rows(pd.DataFrame({"doc_id": ["a", "b", "a"], "n": [1, 2, 3]}))["n"].tolist()
        [1, 3]
        """
        if not len(self.excluded):
            return table
        out = table[table["doc_id"].isin(self.corpus["doc_id"])].reset_index(drop=True)
        out.attrs = dict(table.attrs)
        return out


def english_subset(corpus: pd.DataFrame, resource: str = "this analysis uses English-only resources",
                   ) -> LanguageSubset:
    """The English documents of a corpus, and a note on the ones an English-only resource skips.

    An English-only resource (the tone model, the date rules, the actor rules and gazetteers,
    the quotation rules) misreads other languages: its figures for them would look like results.
    This keeps the documents whose ``language`` (from :func:`analysis.load_corpus`) is English.
    Documents whose language could not be told (too short, unsure) are kept when most documents
    of known language are English, and left out with the others when most are not (they are
    then most likely in the corpus's main language). Without a ``language`` column every
    document is kept.

    Parameters
    ----------
    corpus : pandas.DataFrame
        Needs ``doc_id``; ``language`` as from :func:`analysis.load_corpus`.
    resource : str
        What is English-only, for the note ("the tone model is English-only").

    Returns
    -------
    LanguageSubset
        ``corpus`` (the rows kept, index reset), ``excluded`` (``doc_id``, ``language``,
        ``reason``) and ``note`` (Markdown; empty when nothing was left out).

    Examples
    --------
    >>> c = pd.DataFrame({"doc_id": ["a", "b", "c", "d"], "language": ["en", "en", "de", None]})
    >>> sub = english_subset(c, "the tone model is English-only")
    >>> sub.corpus["doc_id"].tolist()
    ['a', 'b', 'd']
    >>> print(sub.note)
    **Not scored: 1 of 4 documents** are in other languages (de: 1): the tone model is English-only. The results below cover the other 3 documents (English, or too short to tell).
    """
    if "doc_id" not in corpus.columns:
        raise ValueError("english_subset needs a corpus with a doc_id column")
    lang = _languages(corpus)
    english = _is_english(lang)
    known = lang.notna()
    n_english, n_known = int(english.sum()), int(known.sum())
    mostly_english = n_english >= n_known - n_english if n_known else True
    keep = english | (~known & mostly_english)
    excluded = pd.DataFrame({"doc_id": corpus.loc[~keep, "doc_id"].to_numpy(),
                             "language": lang[~keep].fillna("unknown").to_numpy(dtype=object)})
    excluded["reason"] = [f"not English ({v}): {resource}" if v != "unknown"
                          else f"language not told, corpus mostly not English: {resource}"
                          for v in excluded["language"]]
    kept = corpus.loc[keep].reset_index(drop=True)
    kept.attrs = dict(corpus.attrs)
    n_out = int((~keep).sum())
    if not n_out:
        return LanguageSubset(kept, excluded, "")
    other = excluded["language"][excluded["language"] != "unknown"].value_counts()
    listed = ", ".join(f"{k}: {v:,}" for k, v in other.head(5).items())
    if len(other) > 5:
        listed += f" and {len(other) - 5} more languages"
    n_unknown = int((excluded["language"] == "unknown").sum())
    parts = []
    if len(other):
        parts.append(f"are in other languages ({listed})")
    if n_unknown:
        parts.append(f"{'and ' if parts else 'are '}{n_unknown:,} whose language could not be told "
                     f"{'is' if n_unknown == 1 else 'are'} left out with them, because fewer than half "
                     f"of the documents whose language is known are English ({n_english:,} of {n_known:,})")
    note = (f"**Not scored: {n_out:,} of {len(corpus):,} documents** {' '.join(parts)}: {resource}. ")
    if len(kept):
        note += (f"The results below cover the other {len(kept):,} documents (English"
                 + (", or too short to tell)." if (~known & keep).any() else ")."))
    else:
        note += ("No document is left for it, so the results below are empty; analyses that do not "
                 "depend on the language (publication dates, text reuse) are in the other notebooks.")
    return LanguageSubset(kept, excluded, note)


# ------------------------------------------------------------------------------------------
# Stop words for the topic model


def stop_word_languages() -> dict:
    """Language code -> list name of the ``stop-words`` package's lists (offline, in its wheel).

    Examples
    --------
    >>> stop_word_languages()["de"]
    'german'
    """
    from stop_words import LANGUAGE_MAPPING

    return dict(LANGUAGE_MAPPING)


def stop_words_for(language: str | None) -> tuple[frozenset, str]:
    """Stop words for one language, and a sentence saying which list they are.

    English: scikit-learn's list plus the project's news words (:func:`analysis.text.vocabulary.
    news_stop_words`). Another language: the ``stop-words`` package's list for it (Alireza
    Savand's python-stop-words, maintained lists for 33 languages, shipped in its wheel), plus
    the project's news words for that language where a file ``analysis/lexicons/
    news_stop_words_<code>.txt`` exists (German: the forms of sein, haben, werden and the modal
    verbs, reporting verbs such as "sagte", amounts, time words; the package's list lacks
    "wurde", "sei", "worden"). A language without a list gets an empty set and a sentence saying so.

    Parameters
    ----------
    language : str or None
        ISO 639-1 code (``de``, ``fr``); None or "en" for English.

    Returns
    -------
    (frozenset, str)

    Examples
    --------
    >>> words, source = stop_words_for("de")
    >>> {"und", "der", "für"} <= words, source
    (True, "German stop words of the stop-words package (stop-words 2025.11.4) plus the project's 203 German news words")
    >>> stop_words_for("sw")[1]
    "no maintained stop-word list ships for 'sw' (none in the stop-words package): no stop words removed"
    """
    from ..text.vocabulary import news_stop_words

    code = (language or "en").lower().split("-")[0].split("_")[0]
    if code == "en":
        return news_stop_words(), "English stop words (scikit-learn's list plus the project's news words)"
    mapping = stop_word_languages()
    if code not in mapping:
        return frozenset(), (f"no maintained stop-word list ships for {code!r} (none in the stop-words "
                             "package): no stop words removed")
    from importlib.metadata import version

    from stop_words import get_stop_words

    words = frozenset(w.lower() for w in get_stop_words(code, cache=False))
    source = (f"{mapping[code].capitalize()} stop words of the stop-words package "
              f"(stop-words {version('stop-words')})")
    extra = _news_stop_words(code)
    if extra:  # the language's news words (auxiliary forms, reporting verbs ...), as for English
        added = extra - words
        words |= extra
        source += f" plus the project's {len(added)} {mapping[code].capitalize()} news words"
    return words, source


def _news_stop_words(code: str) -> frozenset:
    """The project's news words for a language (``analysis/lexicons/news_stop_words_<code>.txt``:
    auxiliary and modal verb forms, reporting verbs, amounts, time words), or an empty set."""
    from ..lexicons import HERE, word_list

    name = f"news_stop_words_{code}.txt"
    return frozenset(word_list(name)) if (HERE / name).exists() else frozenset()
