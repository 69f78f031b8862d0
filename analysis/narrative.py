"""Prose for the notebooks that depends on the results: generated from them, as Markdown.

The notebooks state general questions; every sentence that names a group, a year, a term or a
document comes from a function here, computed from the corpus and the results, with every piece
of corpus text escaped (:func:`analysis.escape.escape_markdown`). Nothing here knows the bundled
corpus.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np
import pandas as pd

from .escape import escape_markdown

_REGEX_CHARS = re.compile(r"[\\\[\]()*+?{}|^$]")


# ---------------------------------------------------------------------------------------------
# Headings and notes

def heading(number: str, question: str, title: str | None) -> str:
    """The top of a notebook: its number and question, and the corpus title (escaped).

    Examples
    --------
    >>> print(heading("00", "The corpus at a glance", "My <corpus>"))
    # 00 · The corpus at a glance
    <BLANKLINE>
    **Corpus:** <span class="tex2jax_ignore">My &#60;corpus&#62;</span>
    """
    return f"# {number} · {question}\n\n**Corpus:** {escape_markdown(title or 'unnamed corpus')}"


def corpus_scope(corpus: pd.DataFrame) -> str:
    """One paragraph on what the corpus is: documents, words, dates, outlets.

    Examples
    --------
    >>> c = pd.DataFrame({"doc_id": ["a", "b"], "n_words": [10, 20],
    ...                   "published": pd.to_datetime(["2020-01-01", None])})
    >>> corpus_scope(c)
    '2 documents, 30 words after cleaning; published 2020-01-01 to 2020-01-01 (1 undated).'
    """
    n = len(corpus)
    words = int(corpus["n_words"].sum()) if "n_words" in corpus else None
    parts = [f"{n:,} document{'s' if n != 1 else ''}" + (f", {words:,} words after cleaning" if words is not None else "")]
    dates = pd.to_datetime(corpus["published"], errors="coerce", utc=True) if "published" in corpus else pd.Series(dtype="datetime64[ns, UTC]")
    dated = dates.dropna()
    if len(dated):
        undated = n - len(dated)
        parts.append(f"published {dated.min():%Y-%m-%d} to {dated.max():%Y-%m-%d}"
                     + (f" ({undated:,} undated)" if undated else ""))
    else:
        parts.append("no publication dates")
    if "outlet" in corpus and corpus["outlet"].notna().any():
        k = corpus["outlet"].nunique()
        parts.append(f"{k:,} outlet{'s' if k != 1 else ''}")
    return "; ".join(parts) + "."


def size_caution(corpus: pd.DataFrame, independent: int | None = None) -> str:
    """General guidance on what a corpus of this size can support (Markdown).

    Examples
    --------
    >>> size_caution(pd.DataFrame({"doc_id": range(5)}))[:40]
    '**What this corpus can support.** With 5'
    """
    n = len(corpus)
    stories = f" ({independent:,} independent stories once copies and rewrites are merged)" \
        if independent is not None and independent != n else ""
    if n < 50:
        body = (f"With {n:,} document{'s' if n != 1 else ''}{stories}, every count and share below describes "
                "*these texts*; it can show how the methods treat them and point to the passages behind "
                "each result, but it is not a sample from which to generalise about coverage, and a "
                "difference between two groups of a few documents is as much a difference of event, "
                "outlet and genre as of time.")
    else:
        body = (f"With {n:,} documents{stories}, counts and shares describe this corpus; whether they "
                "generalise depends on how the documents were collected (which outlets, which search, "
                "which period), which the corpus itself cannot tell.")
    return "**What this corpus can support.** " + body


def language_note(corpus: pd.DataFrame) -> str:
    """A visible note when documents are not in English (from the ``language`` column).

    The notebooks use English resources (the tone model, sentence, name and date rules); the
    analyses that rest on them leave other languages out (:func:`analysis.english_subset`), and
    the reader is told here and at each of them.

    Examples
    --------
    >>> language_note(pd.DataFrame({"language": ["en", "de", "de"]}))[:46]
    '**Language.** 2 of 3 documents are not detecte'
    >>> language_note(pd.DataFrame({"language": ["en"]}))
    ''
    """
    if "language" not in corpus or not len(corpus):
        return ""
    lang = corpus["language"].astype("string").str.lower()
    other = lang.notna() & ~lang.str.startswith("en")
    if not other.any():
        return ""
    counts = lang[other].value_counts()
    listed = ", ".join(f"{escape_markdown(k)}: {v:,}" for k, v in counts.head(5).items())
    if len(counts) > 5:
        listed += f" and {len(counts) - 5} more languages"
    return (f"**Language.** {int(other.sum()):,} of {len(corpus):,} documents are not detected as English "
            f"({listed}). The analyses that rest on English-only resources (the tone model, the date, "
            "actor and quotation rules) leave those documents out and say so where they do; the topic "
            "model uses stop words for the corpus's languages (see notebook 01). Sentence splitting "
            "and name rules are English-only too: read what is shown for those documents with care.")


def warning_notes(caught) -> str:
    """Warnings caught while computing, as a Markdown list of notes (duplicates once).

    Examples
    --------
    >>> import warnings
    >>> with warnings.catch_warnings(record=True) as w:
    ...     warnings.simplefilter("always")
    ...     warnings.warn("few documents <here>")
    >>> warning_notes(w)
    '**Notes from the analysis:**\\n\\n- <span class="tex2jax_ignore">few documents &#60;here&#62;</span>'
    """
    messages = list(dict.fromkeys(str(w.message) for w in caught))
    if not messages:
        return ""
    shown = messages[:10]
    more = f"\n- ... and {len(messages) - 10} more notes" if len(messages) > 10 else ""
    return "**Notes from the analysis:**\n\n" + "\n".join(f"- {escape_markdown(m)}" for m in shown) + more


def missing_rows_note(expected, present, what: str, why: str) -> str:
    """How many documents have no row in a result (kept with empty values), or ``""``.

    Examples
    --------
    >>> missing_rows_note(["a", "b"], ["a"], "topic shares", "no vocabulary term")
    '1 of 2 documents have no topic shares (no vocabulary term); they are kept in the table with empty values.'
    """
    missing = pd.Index(pd.unique(pd.Series(list(expected)))).difference(pd.Index(list(present)))
    if not len(missing):
        return ""
    n = len(pd.unique(pd.Series(list(expected))))
    return (f"{len(missing):,} of {n:,} documents have no {what} ({why}); "
            "they are kept in the table with empty values.")


def document_names(corpus: pd.DataFrame, date_first: bool = False) -> dict:
    """A readable, unique name for every document: outlet (or doc_id) and date.

    Where two documents would get the same name (one outlet, one day, or no dates), the
    doc_id is added, so that a pair of documents is never named twice the same.

    Examples
    --------
    >>> c = pd.DataFrame({"doc_id": ["a", "b", "c"], "outlet": ["Wire", "Wire", None],
    ...                   "published": pd.to_datetime(["2020-01-02", "2020-01-02", None])})
    >>> document_names(c)
    {'a': 'Wire (2020-01-02) · a', 'b': 'Wire (2020-01-02) · b', 'c': 'c (undated)'}
    >>> document_names(c.iloc[[2]], date_first=True)
    {'c': 'undated  c'}
    """
    source = corpus["outlet"] if "outlet" in corpus else pd.Series(pd.NA, index=corpus.index)
    who = source.astype("string").fillna(corpus["doc_id"].astype(str)).astype(str)
    published = pd.to_datetime(corpus["published"], errors="coerce") if "published" in corpus \
        else pd.Series(pd.NaT, index=corpus.index)
    when = published.dt.strftime("%Y-%m-%d").fillna("undated").astype(str)
    names = (when + "  " + who) if date_first else (who + " (" + when + ")")
    clash = names.duplicated(keep=False) & (who != corpus["doc_id"].astype(str))
    names = names.where(~clash, names + " · " + corpus["doc_id"].astype(str))
    return dict(zip(corpus["doc_id"], names))


# ---------------------------------------------------------------------------------------------
# Keyword in context

def kwic_pattern(term: str):
    """A term for :func:`analysis.kwic`: a regular expression when it looks like one.

    Examples
    --------
    >>> kwic_pattern(r"\\bdenucleari[sz]\\w*").pattern
    '\\\\bdenucleari[sz]\\\\w*'
    >>> kwic_pattern("trade deal")
    'trade deal'
    """
    if _REGEX_CHARS.search(term):
        try:
            return re.compile(term, re.IGNORECASE)
        except re.error:
            return term
    return term


def default_kwic_terms(corpus: pd.DataFrame, n: int = 3) -> list[str]:
    """The words most documents use (news stop words left out): a start for a concordance.

    Examples
    --------
    >>> c = pd.DataFrame({"doc_id": ["a", "b"], "text": ["Tariffs rose. Tariffs fell.", "Tariffs and ports."]})
    >>> default_kwic_terms(c, 1)
    ['tariffs']
    """
    from sklearn.feature_extraction.text import CountVectorizer

    from .vocabulary import news_stop_words

    texts = corpus["text"].fillna("").astype(str)
    if not texts.str.strip().any():
        return []
    vec = CountVectorizer(stop_words=sorted(news_stop_words()), token_pattern=r"(?u)\b[^\W\d_]{4,}\b",
                          lowercase=True, binary=False)
    try:
        counts = vec.fit_transform(texts)
    except ValueError:  # no term at all
        return []
    df = np.asarray((counts > 0).sum(axis=0)).ravel()
    tf = np.asarray(counts.sum(axis=0)).ravel()
    terms = vec.get_feature_names_out()
    order = sorted(range(len(terms)), key=lambda i: (-df[i], -tf[i], terms[i]))
    return [str(terms[i]) for i in order[:n]]


def kwic_intro(terms, chosen_from_data: bool) -> str:
    """Markdown naming the concordance terms and where they came from."""
    if not terms:
        return "No concordance terms: the corpus has no words left after cleaning."
    listed = ", ".join(escape_markdown(t) for t in terms)
    source = ("chosen from the data: the words used by the most documents; set `kwic_terms` to choose"
              if chosen_from_data else "from the `kwic_terms` parameter")
    return f"Concordance terms: {listed} ({source})."


# ---------------------------------------------------------------------------------------------
# Two groups to compare

@dataclass
class Comparison:
    """Two groups of documents to contrast, aligned with the corpus rows."""

    groups: pd.Series          # label of each document's group, or NA (not in either group)
    labels: tuple              # (first, second)
    note: str                  # Markdown: how the groups were chosen, and their sizes

    @property
    def usable(self) -> bool:
        return self.labels is not None and all((self.groups == lab).any() for lab in self.labels)


def _year_range(spec: str):
    m = re.fullmatch(r"\s*(\d{4})\s*(?:[-–/]\s*(\d{2}|\d{4}))?\s*", spec)
    if not m:
        return None
    lo = int(m.group(1))
    hi = m.group(2)
    hi = lo if hi is None else (int(hi) if len(hi) == 4 else (lo // 100) * 100 + int(hi))
    return lo, hi


def _match(corpus: pd.DataFrame, spec: str, period_names: pd.Series | None) -> pd.Series | None:
    spec = str(spec)
    if "=" in spec:
        col, value = (s.strip() for s in spec.split("=", 1))
        if col not in corpus.columns:
            return None
        return corpus[col].astype("string").fillna("").eq(value).to_numpy()
    if period_names is not None and (period_names == spec).any():
        return (period_names == spec).fillna(False).to_numpy()
    years = _year_range(spec)
    if years is not None and "published" in corpus:
        y = pd.to_datetime(corpus["published"], errors="coerce", utc=True).dt.year
        return y.between(years[0], years[1]).fillna(False).to_numpy()
    return None


def comparison(corpus: pd.DataFrame, compare=None, period_names: pd.Series | None = None) -> Comparison:
    """The two groups of documents a notebook contrasts.

    Parameters
    ----------
    corpus : DataFrame with ``doc_id`` and ``published``.
    compare : list of two str, optional
        Each a year (``"2024"``), a year range (``"2016-2017"``), a period name (from
        *period_names*) or ``column=value``. Default: the earlier and the later half of the
        dated documents (split between two publication dates), said so in the note.
    period_names : Series, optional
        Each document's named period (``analysis.period_of``), aligned with the corpus.

    Returns
    -------
    Comparison with ``groups`` (a label per document, NA for neither), ``labels`` and ``note``.

    Examples
    --------
    >>> c = pd.DataFrame({"doc_id": list("abcd"),
    ...                   "published": pd.to_datetime(["2016-01-01", "2017-05-01", "2024-01-01", None])})
    >>> comparison(c, ["2016-2017", "2024"]).groups.tolist()
    ['2016-2017', '2016-2017', '2024', <NA>]
    >>> comparison(c).labels
    ('2016-01-01 to 2017-05-01', '2024-01-01 to 2024-01-01')
    """
    groups = pd.Series(pd.NA, index=corpus.index, dtype="string")
    if compare:
        compare = [str(c) for c in compare]
        if len(compare) != 2:
            return Comparison(groups, None, f"`compare` needs two groups; got {len(compare)}.")
        masks = []
        for spec in compare:
            mask = _match(corpus, spec, period_names)
            if mask is None:
                return Comparison(groups, None, f"The group {escape_markdown(spec)} in `compare` is not a "
                                  "year, a year range, a period name or a column=value; no comparison is made.")
            masks.append(np.asarray(mask, dtype=bool))
        both = masks[0] & masks[1]
        groups[masks[0] & ~both] = compare[0]
        groups[masks[1] & ~both] = compare[1]
        labels = tuple(compare)
        source = "as set by the `compare` parameter"
    else:
        dates = pd.to_datetime(corpus["published"], errors="coerce", utc=True) if "published" in corpus \
            else pd.Series(pd.NaT, index=corpus.index)
        dated = dates.dropna().sort_values(kind="stable")
        if dated.dt.normalize().nunique() < 2:
            return Comparison(groups, None, "No comparison over time: fewer than two distinct publication "
                              "dates (set `compare` to contrast two groups, e.g. two values of a metadata column).")
        days = dated.dt.normalize()
        cut = days.iloc[(len(days) - 1) // 2]
        if (days > cut).sum() == 0:
            cut = days[days < cut].iloc[-1]
        early, late = days[days <= cut], days[days > cut]
        labels = (f"{early.min():%Y-%m-%d} to {early.max():%Y-%m-%d}", f"{late.min():%Y-%m-%d} to {late.max():%Y-%m-%d}")
        groups[early.index] = labels[0]
        groups[late.index] = labels[1]
        source = ("chosen from the data: the earlier and the later half of the dated documents "
                  "(no `compare` parameter was given)")
    sizes = [int((groups == lab).sum()) for lab in labels]
    note = (f"Compared: **{escape_markdown(labels[0])}** ({sizes[0]:,} documents) with "
            f"**{escape_markdown(labels[1])}** ({sizes[1]:,} documents), {source}.")
    if min(sizes) == 0:
        note += " One group has no documents, so there is no comparison."
    rest = int(groups.isna().sum())
    if rest:
        note += f" {rest:,} documents are in neither group."
    return Comparison(groups, labels, note)


# ---------------------------------------------------------------------------------------------
# Results-dependent sentences

def shift_summary(shares: pd.DataFrame, first: str, second: str, what: str = "topic") -> str:
    """The largest gain and loss of share between two groups (Markdown).

    *shares* has one row per item (index: item label) and a column per group.

    Examples
    --------
    >>> s = pd.DataFrame({"A": [0.5, 0.5], "B": [0.2, 0.8]}, index=["trade", "fish"])
    >>> shift_summary(s, "A", "B")
    'Largest gain from A to B: topic fish, 0.50 → 0.80. Largest loss: topic trade, 0.50 → 0.20.'
    """
    if first not in shares or second not in shares or shares[[first, second]].dropna().empty:
        return ""
    change = (shares[second] - shares[first]).dropna().sort_values(kind="stable")
    up, down = change.index[-1], change.index[0]

    def name(i):
        if isinstance(i, tuple) and len(i) == 2:
            return f"{escape_markdown(i[0])} ({escape_markdown(i[1])})"
        return escape_markdown(i)

    return (f"Largest gain from {escape_markdown(first)} to {escape_markdown(second)}: {what} {name(up)}, "
            f"{shares.loc[up, first]:.2f} → {shares.loc[up, second]:.2f}. "
            f"Largest loss: {what} {name(down)}, {shares.loc[down, first]:.2f} → {shares.loc[down, second]:.2f}.")
