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
