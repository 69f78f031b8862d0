"""Prose for the notebooks that depends on the results: generated from them, as Markdown.

The notebooks state general questions; every sentence that names a group, a year, a term or a
document comes from a function here, computed from the corpus and the results, with every piece
of corpus text escaped (:func:`analysis.report.escape.escape_markdown`). Nothing here knows the bundled
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
    >>> corpus_scope(c.assign(outlet=["Reuters", None])).split("; ")[-1]
    '1 outlet (outlet known for 1 of 2 documents).'
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
        known = int(corpus["outlet"].notna().sum())
        # "1 outlet" of a corpus where one document in 300 names its outlet reads as one source
        parts.append(f"{k:,} outlet{'s' if k != 1 else ''}"
                     + (f" (outlet known for {known:,} of {n:,} documents)" if known < n else ""))
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
    return "**What this corpus can support.** " + body + _dominant_document(corpus)


def _dominant_document(corpus: pd.DataFrame, share: float = 0.5) -> str:
    """A sentence when one document holds at least ``share`` of the corpus's words after
    cleaning (a whole export saved as one file, a book among articles): counts of words,
    sentences and paragraphs then mostly describe that document.

    Examples
    --------
    >>> c = pd.DataFrame({"doc_id": ["dump", "a", "b"], "n_words": [9000, 500, 500]})
    >>> _dominant_document(c)
    ' One document, *dump*, holds 90% of the words after cleaning (9,000 of 10,000): counts of words, sentences and paragraphs (topics, tone, actors, quotes) mostly describe that one text; if it holds many articles, split it into one file per article.'
    >>> _dominant_document(c.assign(n_words=[600, 500, 500]))
    ''
    """
    if len(corpus) < 3 or "n_words" not in corpus:
        return ""
    words = pd.to_numeric(corpus["n_words"], errors="coerce").fillna(0)
    total = float(words.sum())
    if total <= 0 or words.max() < share * total:
        return ""
    top = corpus.loc[words.idxmax()]
    name = escape_markdown(str(top.get("doc_id", "")))
    return (f" One document, *{name}*, holds {words.max() / total:.0%} of the words after cleaning "
            f"({int(words.max()):,} of {int(total):,}): counts of words, sentences and paragraphs "
            "(topics, tone, actors, quotes) mostly describe that one text; if it holds many "
            "articles, split it into one file per article.")


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


def _share(part: float, whole: float) -> str:
    """A share that is never "0%" when something is there: "12%", "0.4%", "under 0.1%"."""
    if not whole or not part:
        return "0%"
    x = part / whole
    if x >= 0.01:
        return f"{x:.0%}"
    return f"{x:.1%}" if x >= 0.001 else "under 0.1%"


_BASIS = {"stated": "stated in the text", "inferred": "inferred", "metadata": "from metadata",
          "unknown": "unknown (no publication date)"}


def documents_line(corpus: pd.DataFrame) -> str:
    """Documents, words and how their dates are known, in words (not a Python dict).

    Examples
    --------
    >>> c = pd.DataFrame({"n_words": [10, 20, 5], "date_basis": ["metadata", "metadata", "unknown"]})
    >>> documents_line(c)
    '3 documents, 35 words after cleaning; publication dates: 2 from metadata, 1 unknown (no publication date).'
    >>> documents_line(c.assign(date_basis="unknown"))
    '3 documents, 35 words after cleaning; no document has a publication date.'
    """
    n = len(corpus)
    words = int(corpus["n_words"].sum()) if "n_words" in corpus else None
    head = _n(n, "document") + (f", {words:,} words after cleaning" if words is not None else "")
    if "date_basis" not in corpus or not n:
        return head + "."
    counts = corpus["date_basis"].fillna("unknown").astype(str).value_counts()
    if set(counts.index) == {"unknown"}:
        return head + "; no document has a publication date."
    order = [b for b in _BASIS if b in counts.index] + [b for b in counts.index if b not in _BASIS]
    parts = ", ".join(f"{int(counts[b]):,} {_BASIS.get(b, escape_markdown(b))}" for b in order)
    return f"{head}; publication dates: {parts}."


def stories_line(corpus: pd.DataFrame, stories: pd.DataFrame, min_words: int = 25) -> str:
    """How many independent stories the documents are, and how many documents text reuse could
    not compare (fewer than ``min_words`` words after cleaning, as :func:`analysis.text_reuse`
    skips them): each of those counts as a story of its own, so the number is an upper bound.

    Examples
    --------
    >>> c = pd.DataFrame({"doc_id": ["a", "b", "c"],
    ...                   "text": ["word " * 30, "word " * 30, "Shr 12 cts vs 10 cts"]})
    >>> s = pd.DataFrame({"doc_id": ["a", "b", "c"], "story": ["a", "a", "c"]})
    >>> stories_line(c, s)
    '3 documents are **2 independent stories**; 1 document has fewer than 25 words after cleaning, too few to be compared for reuse, and counts as a story of its own (copies among such documents are not found, so the number of stories may be lower).'
    """
    from ..reuse.detect import _WORD

    n, k = len(corpus), stories["story"].nunique()
    line = (f"{_n(n, 'document')} {'is' if n == 1 else 'are'} "
            f"**{_n(k, 'independent story', 'independent stories')}**")
    short = sum(len(_WORD.findall(t)) < min_words for t in corpus["text"].fillna("").astype(str))
    if not short:
        return line + "."
    if 2 * short > n:
        # most documents could not be compared (a corpus of headlines or short items): a count of
        # "independent stories" would be the count of documents, asserted without a check
        texts = corpus["text"].fillna("").astype(str)
        compared = set(corpus.loc[[len(_WORD.findall(t)) >= min_words for t in texts], "doc_id"].astype(str))
        if compared:
            k_long = stories.loc[stories["doc_id"].astype(str).isin(compared), "story"].nunique()
            checked = (f"the other {_n(len(compared), 'document')} "
                       f"{'is' if len(compared) == 1 else 'are'} "
                       f"{_n(k_long, 'independent story', 'independent stories')}")
        else:
            checked = "no document was compared"
        which = (f"{'the only document has' if n == 1 else f'all {n:,} documents have'}" if short == n
                 else f"{_n(short, 'document')} of {n:,} {'has' if short == 1 else 'have'}")
        return (f"Text reuse could not be checked for most of these documents: {which} "
                f"fewer than {min_words} words after cleaning "
                f"(headlines or short items), too few to tell a copy from a chance likeness; {checked}. "
                "**How many independent stories the corpus holds is not known**: every count of "
                "documents in this report is a count of items, copies included.")
    many = short != 1
    return (f"{line}; {_n(short, 'document')} {'have' if many else 'has'} fewer than {min_words} "
            f"words after cleaning, too few to be compared for reuse, and count{'' if many else 's'} "
            f"as {'stories of their own' if many else 'a story of its own'} (copies among such "
            "documents are not found, so the number of stories may be lower).")


def removal_summary(report: pd.DataFrame) -> str:
    """How much cleaning removed, never "0% ... in 150 lines" (Markdown, one sentence).

    ``report`` is :func:`analysis.cleaning_report`'s table (doc_id, text, label). A share under
    1% is given to one decimal ("0.4%"), and a corpus where nothing was removed is said so.

    Examples
    --------
    >>> r = pd.DataFrame({"doc_id": ["a", "a", "b"], "text": ["Story text " * 200, "Share this", "More."],
    ...                   "label": ["body", "boilerplate", "body"]})
    >>> removal_summary(r)
    'Removed: 0.5% of the non-blank characters of the raw text: 1 line in 1 of 2 documents.'
    >>> removal_summary(r.assign(label="body"))
    'Cleaning removed nothing: every non-blank line of the 2 documents was kept as body text.'
    """
    from ..clean.summary import kept_removed_table

    docs = report["doc_id"].astype(str).nunique()
    gone = report[report["label"].astype(str) != "body"]
    gone = gone[gone["text"].fillna("").astype(str).str.strip() != ""]
    if gone.empty:
        return (f"Cleaning removed nothing: every non-blank line of the {_n(docs, 'document')} was kept "
                "as body text.")
    table = kept_removed_table(report, unit="chars")
    total = float(table.to_numpy().sum())
    kept = float(table["body"].sum()) if "body" in table else 0.0
    return (f"Removed: {_share(total - kept, total)} of the non-blank characters of the raw text: "
            f"{_n(len(gone), 'line')} in {gone['doc_id'].astype(str).nunique():,} of {_n(docs, 'document')}.")


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


def document_names(corpus: pd.DataFrame, date_first: bool = False, width: int = 40) -> dict:
    """A readable, unique name for every document: its title (or outlet, or doc_id) and date.

    The title (shortened to ``width`` characters) names a document best; the outlet is put
    before it when there is one ("Wire: Talks resume (2020-01-02)"). Without a title, the
    outlet names it, and without either the doc_id. Where two documents would still get the
    same name (one outlet on one day, an outlet guessed from the text for undated items, a
    repeated headline), the doc_id is added, so that a pair of documents is never named
    twice the same. When no document has a date, names carry none (not "undated" on each).

    Examples
    --------
    >>> c = pd.DataFrame({"doc_id": ["a", "b", "c"], "outlet": ["Wire", "Wire", None],
    ...                   "published": pd.to_datetime(["2020-01-02", "2020-01-02", None])})
    >>> document_names(c)
    {'a': 'Wire (2020-01-02) · a', 'b': 'Wire (2020-01-02) · b', 'c': 'c (undated)'}
    >>> document_names(c.iloc[[1, 2]], date_first=True)
    {'b': '2020-01-02  Wire', 'c': 'undated  c'}
    >>> document_names(c.iloc[[2]])
    {'c': 'c'}
    >>> c["title"] = ["Talks resume in Geneva after a long pause", "Ports reopen", None]
    >>> document_names(c)
    {'a': 'Wire: Talks resume in Geneva after a long… (2020-01-02)', 'b': 'Wire: Ports reopen (2020-01-02)', 'c': 'c (undated)'}
    """
    import textwrap

    from ..plots._style import shorten

    def text(col):
        if col not in corpus:
            return [None] * len(corpus)
        return [" ".join(str(v).split()) or None if isinstance(v, str) else None for v in corpus[col]]

    ids = [str(d) for d in corpus["doc_id"]]
    who = []
    for i, o, t in zip(ids, text("outlet"), text("title")):
        short = (textwrap.shorten(t, width, placeholder="\u2026") or shorten(t, width)) if t else None
        who.append(f"{o}: {short}" if o and short else (short or o or i))
    published = pd.to_datetime(corpus["published"], errors="coerce") if "published" in corpus \
        else pd.Series(pd.NaT, index=corpus.index)
    if published.notna().any():
        when = [f"{d:%Y-%m-%d}" if pd.notna(d) else "undated" for d in published]
        names = [f"{w}  {h}" if date_first else f"{h} ({w})" for h, w in zip(who, when)]
    else:   # no document is dated: "(undated)" on every name would say nothing
        names = list(who)
    counts = pd.Series(names).value_counts()
    names = [f"{n} · {i}" if counts[n] > 1 and h != i else n for n, h, i in zip(names, who, ids)]
    return dict(zip(corpus["doc_id"], names))


# ---------------------------------------------------------------------------------------------
# Dates and events (notebook 03)

def _n(k: int, one: str, many: str | None = None) -> str:
    """``"1 document"``, ``"2,000 documents"``; ``many`` for an irregular plural."""
    return f"{k:,} {one if k == 1 else (many or one + 's')}"


def date_expressions_summary(dates: pd.DataFrame, corpus: pd.DataFrame) -> str:
    """What became of the temporal expressions: a partition that adds up to their number.

    Every expression of :func:`analysis.extract_dates` is counted once, in the first of:
    *vague* (a reference such as "now", "in the past"); *from the text alone* (``basis``
    absolute: a date, a time, a duration or a set); *resolved against a publication date*
    (relative, with a value and an anchor); *resolved without an anchor* (relative, with a
    value but no anchor); *unresolved, the document has no publication date*; *unresolved
    although dated* (the resolver could not place it). Parts that do not apply are left out.

    Parameters
    ----------
    dates : output of :func:`analysis.extract_dates`.
    corpus : the corpus it came from (``doc_id``, ``published``).

    Returns
    -------
    str (Markdown).

    Examples
    --------
    >>> d = pd.DataFrame({"doc_id": ["a", "a", "b"], "kind": ["date", "date", "duration"],
    ...                   "basis": ["relative", "absolute", "absolute"], "granularity": ["day", "year", "month"],
    ...                   "value": [None, "2019", "P2M"], "anchor": pd.to_datetime([None, None, None])})
    >>> date_expressions_summary(d, pd.DataFrame({"doc_id": ["a", "b", "c"], "published": pd.NaT}))
    '3 temporal expressions in 2 of 3 documents: 2 with their value in the text itself (1 date or time, 1 duration); 1 relative expression left unresolved because its document has no publication date. No document has a publication date, so relative expressions ("on Friday", "last year") cannot be placed.'
    """
    n_docs = len(corpus)
    if dates is None or not len(dates):
        # the date rules are English-only: documents in another language were not searched
        # (10kGNAD: "No temporal expressions found in the 1,028 documents", none of them read)
        searched = n_docs
        if "language" in corpus and "doc_id" in corpus and n_docs:
            from ..corpus.language import english_subset

            searched = len(english_subset(corpus).corpus)
        if not searched and n_docs:
            return (f"No temporal expressions were looked for: none of the {_n(n_docs, 'document')} is "
                    "in English, and the date rules are English-only (see the note above).")
        if searched < n_docs:
            return (f"No temporal expressions found in the {_n(searched, 'English document')}; the other "
                    f"{n_docs - searched:,} were not searched (the date rules are English-only).")
        return f"No temporal expressions found in the {_n(n_docs, 'document')}."
    value = dates["value"]
    has_value = value.notna()
    vague = has_value & (dates["granularity"].astype(str) == "reference")
    absolute = ~vague & (dates["basis"].astype(str) == "absolute") & has_value
    relative = ~vague & ~absolute
    anchored = relative & has_value & dates["anchor"].notna()
    no_anchor_value = relative & has_value & dates["anchor"].isna()
    published = pd.to_datetime(corpus.set_index(corpus["doc_id"].astype(str))["published"], errors="coerce") \
        if "published" in corpus else pd.Series(pd.NaT, index=corpus["doc_id"].astype(str))
    doc_dated = dates["doc_id"].astype(str).map(published).notna()
    unresolved = ~has_value
    no_date = unresolved & ~doc_dated
    failed = unresolved & doc_dated
    kinds = dates.loc[absolute, "kind"].astype(str)
    kind_parts = [_n(int(kinds.isin(["date", "time"]).sum()), "date or time", "dates and times"),
                  _n(int((kinds == "duration").sum()), "duration"),
                  _n(int((kinds == "set").sum()), "recurring set", "recurring sets")]
    kind_parts = [p for p in kind_parts if not p.startswith("0 ")]
    parts = []
    if absolute.any():
        parts.append(f"{int(absolute.sum()):,} with their value in the text itself ({', '.join(kind_parts)})")
    if anchored.any():
        parts.append(f"{int(anchored.sum()):,} relative to and resolved against their document's publication date")
    if no_anchor_value.any():
        parts.append(f"{int(no_anchor_value.sum()):,} relative but resolved from the sentence without a publication date")
    if vague.any():
        parts.append(f"{int(vague.sum()):,} vague ('now', 'in the past', 'in the future'; no date)")
    if no_date.any():
        parts.append(f"{_n(int(no_date.sum()), 'relative expression')} left unresolved because "
                     f"{'its document has' if no_date.sum() == 1 else 'their documents have'} no publication date")
    if failed.any():
        parts.append(f"{int(failed.sum()):,} that could not be resolved although their document is dated")
    text = (f"{_n(len(dates), 'temporal expression')} in {dates['doc_id'].nunique():,} of {n_docs:,} documents: "
            + "; ".join(parts) + ".")
    if not published.notna().any():
        text += (" No document has a publication date, so relative expressions (\"on Friday\", "
                 "\"last year\") cannot be placed.")
    return text


def event_reach(events: pd.DataFrame, corpus: pd.DataFrame, names: dict | None = None) -> pd.DataFrame:
    """How far from its publication date each document's events lie (days; negative: before).

    Only events of documents with a publication date count; without any, the table is empty.

    Returns
    -------
    DataFrame, one row per document with dated events: article (its name from ``names``),
    doc_id, events, earliest_days, latest_days.

    Examples
    --------
    >>> ev = pd.DataFrame({"doc_id": ["a", "a", "b"], "date": pd.to_datetime(["2020-01-01", "2020-01-09", "2019-01-01"])})
    >>> c = pd.DataFrame({"doc_id": ["a", "b"], "published": pd.to_datetime(["2020-01-05", None])})
    >>> event_reach(ev, c)[["doc_id", "events", "earliest_days", "latest_days"]].to_dict("records")
    [{'doc_id': 'a', 'events': 2, 'earliest_days': -4, 'latest_days': 4}]
    """
    cols = ["article", "doc_id", "events", "earliest_days", "latest_days"]
    lag = _event_lag(events, corpus)
    if lag.empty:
        return pd.DataFrame(columns=cols)
    reach = (lag.groupby("doc_id", sort=True)["lag_days"]
             .agg(events="size", earliest_days="min", latest_days="max").reset_index())
    names = names or {}
    reach.insert(0, "article", [str(names.get(d, d)) for d in reach["doc_id"]])
    return reach[cols].astype({"events": "int64", "earliest_days": "int64", "latest_days": "int64"})


def _event_lag(events: pd.DataFrame, corpus: pd.DataFrame) -> pd.DataFrame:
    if events is None or not len(events) or "published" not in corpus:
        return pd.DataFrame({"doc_id": pd.Series(dtype=str), "lag_days": pd.Series(dtype="int64")})
    from ..dates.periods import naive_dates

    pub = pd.Series(naive_dates(corpus["published"]).to_numpy(), index=corpus["doc_id"].astype(str))
    anchor = events["doc_id"].astype(str).map(pub)
    ok = anchor.notna() & events["date"].notna()
    ev_dates = naive_dates(events.loc[ok, "date"])
    # whole days with Python dates: Timestamps centuries apart cannot be subtracted in pandas
    lag = [(e.to_pydatetime(warn=False).date() - a.to_pydatetime(warn=False).date()).days
           for e, a in zip(ev_dates, anchor[ok])]
    return pd.DataFrame({"doc_id": events.loc[ok, "doc_id"].astype(str).to_numpy(), "lag_days": lag})


def event_lag_summary(events: pd.DataFrame, corpus: pd.DataFrame) -> str:
    """One sentence: how many events lie before, on and after their document's publication date.

    Empty when no event belongs to a dated document (an undated corpus): the sentence would
    only count zeros.

    Examples
    --------
    >>> ev = pd.DataFrame({"doc_id": ["a", "a", "b"], "date": pd.to_datetime(["2020-01-01", "2020-01-05", "2019-01-01"])})
    >>> c = pd.DataFrame({"doc_id": ["a", "b"], "published": pd.to_datetime(["2020-01-05", None])})
    >>> event_lag_summary(ev, c)
    "Of 2 events in dated documents, 1 lies before its document's publication date, 1 on it and 0 after it (previews and plans); 1 event of undated documents is not counted."
    >>> event_lag_summary(ev, c.assign(published=pd.NaT))
    ''
    """
    lag = _event_lag(events, corpus)
    if lag.empty:
        return ""
    d = lag["lag_days"]
    before, on, after = int((d < 0).sum()), int((d == 0).sum()), int((d > 0).sum())
    text = (f"Of {_n(len(lag), 'event')} in dated documents, {before:,} {'lies' if before == 1 else 'lie'} before "
            f"{'its' if before == 1 else 'their'} document's publication date, {on:,} on it and {after:,} "
            "after it (previews and plans)")
    rest = int(events["date"].notna().sum()) - len(lag)
    if rest:
        text += f"; {_n(rest, 'event')} of undated documents {'is' if rest == 1 else 'are'} not counted"
    return text + "."


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


#: default_kwic_terms ranks by plain document frequency when the median document is shorter
#: than this many words: a headline (at most 20 words, as the cleaner reads one) hardly ever
#: repeats a word (ABC headlines gave "test, wagga, power"; review15b finding 5, fixreader15)
KWIC_MIN_WORDS = 20


def default_kwic_terms(corpus: pd.DataFrame, n: int = 3) -> list[str]:
    """Words many documents use that also cluster in the documents using them (stop words left
    out): a start for a concordance.

    Ranked by document frequency x residual IDF (Church & Gale 1995, "Inverse document frequency
    (IDF): a measure of deviations from Poisson"): the IDF a word has minus the IDF it would have
    if its occurrences fell at random over the documents (``-log2(df/N) + log2(1 - exp(-cf/N))``).
    A word spread evenly, once in each of many documents, has residual IDF near 0: generic words
    ("world", "work", "home") and page furniture repeated on every page of a site ("home",
    "share", "comments"). A word a document that uses it tends to use again is about something
    (round 15; before, the plain document frequency gave "home, world, play" on L3S pages).
    Words in fewer than 2 documents, and a residual IDF below 0, count 0 and are not chosen (so
    fewer than *n* terms may come back); only in a corpus too small for any word to cluster are
    the terms the words of the highest document frequency, then count. When the median document
    has fewer than :data:`KWIC_MIN_WORDS` words (headlines), where a word is hardly ever used
    twice in a document, the rank is the plain document frequency. A word written twice in a
    row ("Wagga Wagga") counts once; markup remnants (``lexicons/markup_remnants.txt``: "quot",
    "nbsp", "href") are never chosen.

    English news stop words always; with a ``language`` column, also the stop words of every
    language in it (:func:`analysis.corpus.language.stop_words_for`), so that a German corpus
    does not get "sich, eine, auch" as its concordance terms.

    Examples
    --------
    >>> c = pd.DataFrame({"doc_id": ["a", "b"], "text": ["Tariffs rose. Tariffs fell.", "Tariffs and ports."]})
    >>> default_kwic_terms(c, 1)
    ['tariffs']
    """
    from sklearn.feature_extraction.text import CountVectorizer

    from ..corpus.language import stop_words_for
    from ..text.vocabulary import news_stop_words

    from ..lexicons import word_list

    texts = corpus["text"].fillna("").astype(str)
    if not texts.str.strip().any():
        return []
    # a name written twice in a row ("Wagga Wagga") is not a word used again
    texts = texts.str.replace(r"(?i)\b(\w+)(?:\s+\1\b)+", r"\1", regex=True)
    short = texts.str.count(r"\S+").median() < KWIC_MIN_WORDS
    stop = set(news_stop_words()) | set(word_list("markup_remnants.txt"))
    if "language" in corpus:
        for code in corpus["language"].dropna().astype(str).str.lower().unique():
            if code and not code.startswith("en"):
                stop |= stop_words_for(code)[0]
    vec = CountVectorizer(stop_words=sorted(stop), token_pattern=r"(?u)\b[^\W\d_]{4,}\b",
                          lowercase=True, binary=False)
    try:
        counts = vec.fit_transform(texts)
    except ValueError:  # no term at all
        return []
    df = np.asarray((counts > 0).sum(axis=0)).ravel()
    tf = np.asarray(counts.sum(axis=0)).ravel()
    terms = vec.get_feature_names_out()
    n_docs = counts.shape[0]
    with np.errstate(divide="ignore"):
        ridf = -np.log2(df / n_docs) + np.log2(-np.expm1(-tf / n_docs))
    score = np.where(df >= 2, df * np.maximum(ridf, 0.0), 0.0)
    if short:  # a headline rarely uses a word twice: no clustering to measure, plain frequency
        score = np.where(df >= 2, df.astype(float), 0.0)
    order = sorted(range(len(terms)), key=lambda i: (-score[i], -df[i], -tf[i], terms[i]))
    if (score > 0).any():  # evenly spread words only when no word clusters at all
        order = [i for i in order if score[i] > 0]
    return [str(terms[i]) for i in order[:n]]


def kwic_intro(terms, chosen_from_data: bool, set_in: str | None = None) -> str:
    """Markdown naming the concordance terms and where they came from.

    *set_in*: the config file the terms were taken from (default: the ``set_in`` of *terms*,
    a :class:`analysis.report.run.ConfiguredList`), said instead of "the `kwic_terms` parameter".

    Examples
    --------
    >>> print(kwic_intro(["tariff"], False, set_in="data/bundled_config.yml"))
    Concordance terms: tariff (from data/bundled_config.yml, the bundled corpus's settings; set `kwic_terms` to override).
    """
    if not terms:
        return "No concordance terms: the corpus has no words left after cleaning."
    listed = ", ".join(escape_markdown(t) for t in terms)
    set_in = set_in or getattr(terms, "set_in", None)
    source = ("chosen from the data: words many documents use and repeat, not words spread evenly "
              "over all of them; set `kwic_terms` to choose"
              if chosen_from_data else
              f"from {set_in}, the bundled corpus's settings; set `kwic_terms` to override" if set_in
              else "from the `kwic_terms` parameter")
    return f"Concordance terms: {listed} ({source})."


# ---------------------------------------------------------------------------------------------
# Two groups to compare

@dataclass
class Comparison:
    """Two groups of documents to contrast, aligned with the corpus rows."""

    groups: pd.Series          # label of each document's group, or NA (not in either group)
    labels: tuple              # (first, second)
    note: str                  # Markdown: how the groups were chosen, and their sizes

    source: str = ""           # how the groups were chosen (part of the note)

    @property
    def usable(self) -> bool:
        return self.labels is not None and all((self.groups == lab).any() for lab in self.labels)

    def within(self, groups: pd.Series, scope: str) -> "Comparison":
        """The same two groups, counted again over the documents a notebook keeps.

        A notebook that analyses a subset (its English documents, say) should state the group
        sizes of that subset, not of the whole corpus. The groups themselves are not chosen
        again, so every notebook compares the same documents.

        Parameters
        ----------
        groups : Series
            The kept documents' group labels (their ``comparison`` column).
        scope : str
            What the kept documents are, for the note ("the English documents").

        Examples
        --------
        >>> c = pd.DataFrame({"doc_id": list("abc"),
        ...                   "published": pd.to_datetime(["2016-01-01", "2016-05-01", "2024-01-01"])})
        >>> whole = comparison(c, ["2016", "2024"])
        >>> whole.within(whole.groups.iloc[:2], "the English documents").note
        'Compared, within the English documents: **2016** (2 documents) with **2024** (0 documents), as set by the `compare` parameter. One group has no documents, so there is no comparison.'
        """
        if self.labels is None:
            return self
        groups = pd.Series(groups, dtype="string")
        return Comparison(groups, self.labels, _comparison_note(groups, self.labels, self.source, scope),
                          self.source)


def _comparison_note(groups: pd.Series, labels: tuple, source: str, scope: str = "", hint: str = "") -> str:
    """Markdown: the two groups, their sizes and how they were chosen (*hint*: what a `compare`
    group that matched nothing could be instead, said after the sizes)."""
    sizes = [int((groups == lab).sum()) for lab in labels]
    within = f", within {scope}" if scope else ""
    note = (f"Compared{within}: **{escape_markdown(labels[0])}** ({_n(sizes[0], 'document')}) "
            f"with **{escape_markdown(labels[1])}** ({_n(sizes[1], 'document')}), {source}.")
    if max(sizes) == 0:   # a notebook's subset (its English documents) may hold neither group
        note += " Neither group has documents, so there is no comparison." + hint
    elif min(sizes) == 0:
        note += " One group has no documents, so there is no comparison." + hint
    rest = int(groups.isna().sum())
    if rest:
        note += f" {_n(rest, 'document')} {'is' if rest == 1 else 'are'} in neither group."
    return note


def _year_range(spec: str):
    """(first year, last year) of a year ("2024") or a year range ("2016-2017", "2016-17"), or
    None. Four digits, a hyphen and two digits from 01 to 12 are a month in ISO 8601 (the form
    the report prints its dates in), not a year range: see :func:`_month`."""
    m = re.fullmatch(r"\s*(\d{4})\s*(?:[-–/]\s*(\d{2}|\d{4}))?\s*", spec)
    if not m or _month(spec) is not None:
        return None
    lo = int(m.group(1))
    hi = m.group(2)
    hi = lo if hi is None else (int(hi) if len(hi) == 4 else (lo // 100) * 100 + int(hi))
    if hi < lo:  # "2019-05" was a month; "2019-2015" is no range
        return None
    return lo, hi


def _month(spec: str):
    """The calendar month of an ISO 8601 "YYYY-MM" ("2003-03": March 2003) as a pandas Period, or
    None. A two-digit end from 01 to 12 is read as the month, never as the years "2003 to 2003"
    or "2010 to 2011"; write a year range with both years in full ("2010-2011")."""
    m = re.fullmatch(r"\s*(\d{4})-(0[1-9]|1[0-2])\s*", str(spec))
    return pd.Period(year=int(m.group(1)), month=int(m.group(2)), freq="M") if m else None


def _match(corpus: pd.DataFrame, spec: str, period_names: pd.Series | None) -> pd.Series | None:
    spec = str(spec)
    if "=" in spec:
        col, value = (s.strip() for s in spec.split("=", 1))
        values = _column_values(corpus, col)
        if values is None:
            return None
        if values.map(_is_list).any():   # a list of labels (topics, tags): membership
            return values.map(lambda v: value in {str(x) for x in v} if _is_list(v)
                              else str(v) == value if v is not None and v == v else False).to_numpy(dtype=bool)
        if values.map(lambda v: isinstance(v, (bool, float, np.bool_, np.floating))).any():
            # a JSON boolean as JSON writes it ("true"), a whole float as the integer it was
            # before a missing value made its column float (2020.0 -> "2020")
            return values.map(lambda v: _same_value(v, value)).to_numpy(dtype=bool)
        return values.astype("string").fillna("").eq(value).to_numpy()
    if period_names is not None and (period_names == spec).any():
        return (period_names == spec).fillna(False).to_numpy()
    month = _month(spec)
    if month is not None and "published" in corpus:
        d = pd.to_datetime(corpus["published"], errors="coerce", utc=True)
        return ((d.dt.year == month.year) & (d.dt.month == month.month)).fillna(False).to_numpy()
    years = _year_range(spec)
    if years is not None and "published" in corpus:
        y = pd.to_datetime(corpus["published"], errors="coerce", utc=True).dt.year
        return y.between(years[0], years[1]).fillna(False).to_numpy()
    return None


def _same_value(v, value: str) -> bool:
    """Does one cell equal the text of a ``--compare column=value``? A boolean matches "true" /
    "false" in any case; a whole float (2020.0) matches "2020" as well as "2020.0"."""
    if v is None or v != v:
        return value == ""
    if isinstance(v, (bool, np.bool_)):
        return str(bool(v)).lower() == value.lower()
    if isinstance(v, (float, np.floating)) and float(v).is_integer() and str(int(v)) == value:
        return True
    return str(v) == value


def _is_list(v) -> bool:
    """A list of labels in one cell (a JSON array, a Parquet list): not text, not a mapping."""
    return isinstance(v, (list, tuple, set, np.ndarray))


def _column_values(corpus: pd.DataFrame, col: str) -> pd.Series | None:
    """The values of a column, or of a key inside a column of nested objects named by its path
    (``meta.topics`` for ``{"meta": {"topics": [...]}}``, as ``jq`` and ``pandas.json_normalize``
    name it), or None when there is no such column.

    >>> c = pd.DataFrame({"meta": [{"topics": ["earn"]}, {"topics": ["acq", "earn"]}, None]})
    >>> _column_values(c, "meta.topics").tolist()
    [['earn'], ['acq', 'earn'], None]
    """
    if col in corpus.columns:
        return corpus[col]
    head, _, rest = col.partition(".")
    if not rest or head not in corpus.columns:
        return None

    def get(v):
        for part in rest.split("."):
            v = v.get(part) if isinstance(v, dict) else None
        return v
    # object dtype: 2020 stays 2020 when another document lacks the key (not 2020.0)
    values = pd.Series([get(v) for v in corpus[head]], index=corpus.index, dtype=object)
    return values if values.notna().any() else None


def _nested_keys(corpus: pd.DataFrame, col: str, limit: int = 200) -> list:
    """``col.key`` for the keys of a column of nested objects (what `compare` can name)."""
    keys = {}
    for v in corpus[col].head(limit):
        if isinstance(v, dict):
            keys.update((f"{col}.{k}", None) for k in v)
    return list(keys)


_RENAMED_COLUMNS = {"outlet": "--outlet-column", "published": "--date-column", "title": "--title-column",
                    "author": "--author-column", "text": "--text-column", "doc_id": "--id-column"}


def _compare_hint(corpus: pd.DataFrame, spec: str, period_names: pd.Series | None,
                  markdown: bool = True) -> str:
    """What a researcher can write instead of a `compare` group that matched nothing (Markdown,
    or plain text for the command line when *markdown* is False)."""
    esc = escape_markdown if markdown else str
    tick = "`" if markdown else ""

    def some(values):  # the list ends its sentence: no full stop after "..."
        values = [esc(str(v)) for v in values]
        return ", ".join(values[:8]) + (", ..." if len(values) > 8 else ".")
    spec = str(spec)
    if "=" in spec:
        col, value = (s.strip() for s in spec.split("=", 1))
        values = _column_values(corpus, col)
        if values is None:
            hidden = ("doc_id", "text", "raw_text", "source_path", "encoding", "n_words", "date_basis")
            shown = [k for c in corpus.columns if c not in hidden
                     for k in (_nested_keys(corpus, c) or [c])]
            shown.sort(key=lambda c: c in _RENAMED_COLUMNS or c == "language")   # the researcher's own first
            renamed = "; ".join(f"a column given as {tick}{flag}{tick} is called {name}"
                                for name, flag in _RENAMED_COLUMNS.items() if name in corpus.columns
                                and name not in ("text", "doc_id"))
            return (f" There is no column {esc(col)}; the columns are: {some(shown)}"
                    + (f" ({renamed[:1].upper()}{renamed[1:]}.)" if renamed else ""))
        if values.map(_is_list).any():
            values = values.map(lambda v: [str(x) for x in v] if _is_list(v) else v).explode()
        counts = values.astype("string").dropna().value_counts()
        return (f" No document has {esc(col)} = {esc(value)}; its most common values: "
                f"{some(counts.index)}")
    if period_names is not None and period_names.notna().any():
        return f" The named periods are: {some(pd.unique(period_names.dropna()))}"
    if (_year_range(spec) is not None or _month(spec) is not None) and "published" in corpus.columns:
        dates = pd.to_datetime(corpus["published"], errors="coerce").dropna()
        if len(dates):
            return f" The documents are dated {dates.min():%Y-%m-%d} to {dates.max():%Y-%m-%d}."
        return " No document has a publication date."
    return ""


def compare_problem(corpus: pd.DataFrame, compare, period_names: pd.Series | None = None) -> str | None:
    """Why the `compare` groups cannot be used on this corpus, in one plain line, or None.

    The report's command checks this on the whole corpus before any notebook runs, so a typo in
    a group (a column, a value, a period name, a year without documents) stops the run at once
    instead of showing "no comparison" in every notebook. A group that only a notebook's subset
    lacks (no English document in it, say) is not a problem here: the notebooks say so.

    Parameters
    ----------
    corpus : DataFrame
        The loaded corpus (``published`` and the metadata columns).
    compare : list of two str, or None
        The report's ``compare`` parameter.
    period_names : Series, optional
        Each document's named period, as in :func:`comparison`.

    Returns
    -------
    str or None

    Examples
    --------
    >>> c = pd.DataFrame({"doc_id": list("abc"), "desk": ["Inland", "Inland", "World"],
    ...                   "published": pd.to_datetime(["2016-01-01", "2016-05-01", "2016-09-01"])})
    >>> compare_problem(c, ["desk=Inland", "desk=Wrold"])
    "the group 'desk=Wrold' matches no document. No document has desk = Wrold; its most common values: Inland, World."
    >>> compare_problem(c, ["2016", "2024"])
    "the group '2024' matches no document. The documents are dated 2016-01-01 to 2016-09-01."
    >>> compare_problem(c, ["desk=Inland", "desk=World"]) is None
    True
    """
    if not compare:
        return None
    compare = [str(c) for c in compare]
    if len(compare) != 2:
        return f"compare needs two groups; got {len(compare)}"
    for spec in compare:
        mask = _match(corpus, spec, period_names)
        if mask is None:
            return (f"the group {spec!r} is not a year, a year range, a month (2003-03), a period name "
                    "or a column=value."
                    + _compare_hint(corpus, spec, period_names, markdown=False))
        if not np.asarray(mask, dtype=bool).any():
            return (f"the group {spec!r} matches no document."
                    + _compare_hint(corpus, spec, period_names, markdown=False))
    masks = [np.asarray(_match(corpus, spec, period_names), dtype=bool) for spec in compare]
    both = masks[0] & masks[1]
    for spec, mask in zip(compare, masks):
        if both.any() and not (mask & ~both).any():   # a document in both groups is in neither
            return (f"every document of the group {spec!r} is also in the other group "
                    f"({int(both.sum()):,} documents match both {compare[0]!r} and {compare[1]!r}), and a "
                    "document in both groups is left out of the comparison; give two groups that do "
                    "not overlap")
    return None


def comparison(corpus: pd.DataFrame, compare=None, period_names: pd.Series | None = None,
               set_in: str | None = None) -> Comparison:
    """The two groups of documents a notebook contrasts.

    Parameters
    ----------
    corpus : DataFrame with ``doc_id`` and ``published``.
    compare : list of two str, optional
        Each a year (``"2024"``), a year range (``"2016-2017"``), a month (``"2003-03"``, ISO
        8601), a period name (from
        *period_names*) or ``column=value``. Default: the earlier and the later half of the
        dated documents (split between two publication dates), said so in the note.
    period_names : Series, optional
        Each document's named period (``analysis.period_of``), aligned with the corpus.
    set_in : str, optional
        The config file *compare* was taken from (default: the ``set_in`` of *compare*, as
        ``report_settings`` marks the bundled corpus's settings); the note then says so
        instead of "as set by the `compare` parameter".

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
    set_in = set_in or getattr(compare, "set_in", None)
    if compare:
        compare = [str(c) for c in compare]
        if len(compare) != 2:
            return Comparison(groups, None, f"`compare` needs two groups; got {len(compare)}.")
        masks, unmatched = [], []
        for spec in compare:
            mask = _match(corpus, spec, period_names)
            if mask is None:
                return Comparison(groups, None, f"The group {escape_markdown(spec)} in `compare` is not a "
                                  "year, a year range, a month (2003-03), a period name or a column=value; no "
                                  "comparison is made."
                                  + _compare_hint(corpus, spec, period_names))
            if not np.asarray(mask, dtype=bool).any():
                unmatched.append(spec)
            masks.append(np.asarray(mask, dtype=bool))
        both = masks[0] & masks[1]
        groups[masks[0] & ~both] = compare[0]
        groups[masks[1] & ~both] = compare[1]
        labels = tuple(compare)
        source = (f"as set in {set_in} (the bundled corpus's settings; set `compare` to override)" if set_in
                  else "as set by the `compare` parameter")
        months = [f"{escape_markdown(spec)} is the month {_month(spec):%B %Y}" for spec in compare
                  if _month(spec) is not None and _match(corpus, spec, period_names) is not None
                  and not (period_names is not None and (period_names == spec).any())]
        if months:   # say how a "YYYY-MM" was read: it is not the years "2010 to 2011"
            source += " (" + "; ".join(months) + ")"
        if both.any():   # overlapping groups: a document in both is in neither
            shared = int(both.sum())
            source += (f"; {_n(shared, 'document')} {'matches' if shared == 1 else 'match'} both groups "
                       f"and {'is' if shared == 1 else 'are'} left out of both")
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
                  "(no `compare` parameter was given)" + _span_note(early, late))
    hint = "".join(_compare_hint(corpus, spec, period_names) for spec in unmatched) if compare else ""
    return Comparison(groups, labels, _comparison_note(groups, labels, source, hint=hint), source)


def _span_note(early: pd.Series, late: pd.Series, ratio: float = 3.0) -> str:
    """"; they span 52 days and 13 days ..." for the default halves: equal numbers of documents can
    cover very unequal stretches of time (most documents collected in a few days), and a reader of
    the two date ranges alone does not see it. The caution is added when one span is at least
    *ratio* times the other."""
    spans = [int((d.max() - d.min()).days) + 1 for d in (early, late)]
    note = f"; they span {_n(spans[0], 'day')} and {_n(spans[1], 'day')}"
    if max(spans) >= ratio * min(spans):
        short = "later" if spans[1] < spans[0] else "earlier"
        note += (f": the {short} half covers a much shorter stretch, so a difference between the halves "
                 f"may be that of the few events of those days rather than a change over time")
    return note


def documents_behind(prevalence: pd.DataFrame, comparison: "Comparison", by: str = "comparison") -> str:
    """Each compared group's documents behind its topic shares, beside the group's size in the
    "Compared" line, and why they differ.

    A document with no vocabulary term after cleaning has no topic share (it stays in the
    group, counted in ``n_docs_no_topic``), and a document the model left out (a derived copy
    under ``reuse_mode="exclude"``) is not counted either; said per group, so the counts under
    a table agree with the "Compared" line or say why not.

    Parameters
    ----------
    prevalence : ``TopicModel.prevalence(by)`` output (``by``, n_docs, n_docs_no_topic).
    comparison : :class:`Comparison` (its ``groups`` and ``labels``).
    by : the corpus column the comparison groups were written to.

    Returns
    -------
    str
        One line, "" when the comparison is not usable.

    Examples
    --------
    >>> c = pd.DataFrame({"doc_id": list("abcde"), "g": ["A", "A", "A", "B", "B"]})
    >>> cmp = comparison(c, ["g=A", "g=B"])
    >>> prev = pd.DataFrame({"comparison": ["g=A", "g=B"], "n_docs": [2, 2], "n_docs_no_topic": [1, 0]})
    >>> documents_behind(prev, cmp)
    'Documents behind each column: g=A: 2 of its 3 (1 has no vocabulary term after cleaning, so no topic share), g=B: 2 (every document of the group).'
    """
    if comparison.labels is None:
        return ""
    per = prevalence.drop_duplicates(by).set_index(by)
    parts = []
    for lab in comparison.labels:
        size = int((comparison.groups == lab).sum())
        shown = int(per["n_docs"].get(lab, 0)) if "n_docs" in per else 0
        empty = int(per["n_docs_no_topic"].get(lab, 0)) if "n_docs_no_topic" in per else 0
        if shown == size:
            parts.append(f"{lab}: {shown:,} (every document of the group)")
            continue
        why = []
        if empty:
            why.append(f"{empty:,} {'has' if empty == 1 else 'have'} no vocabulary term after cleaning, "
                       "so no topic share")
        rest = size - shown - empty
        if rest > 0:
            why.append(f"{rest:,} left out of the model (derived copies, see the text-reuse note above)")
        parts.append(f"{lab}: {shown:,} of its {size:,}" + (f" ({'; '.join(why)})" if why else ""))
    return "Documents behind each column: " + ", ".join(parts) + "."


# ---------------------------------------------------------------------------------------------
# Results-dependent sentences

def shift_summary(shares: pd.DataFrame, first: str, second: str, what: str = "topic",
                  intervals: pd.DataFrame | None = None) -> str:
    """The largest gain and loss of share between two groups (Markdown).

    *shares* has one row per item (index: item label) and a column per group. *intervals*
    (optional; or ``ci_low`` / ``ci_high`` columns of *shares*) gives each item's 95% interval
    of the change (``second`` minus ``first``, as from ``TopicModel.effect_difference``), on the
    same index. With intervals, each change says its interval; when no interval excludes zero,
    the sentence says that no change is established and names the largest ones as point
    estimates only, so that a change within the noise of a small corpus does not read as a
    finding.

    Examples
    --------
    >>> s = pd.DataFrame({"A": [0.5, 0.5], "B": [0.2, 0.8]}, index=["trade", "fish"])
    >>> shift_summary(s, "A", "B")
    'Largest gain from A to B: topic fish, 0.50 → 0.80. Largest loss: topic trade, 0.50 → 0.20.'
    >>> ci = pd.DataFrame({"ci_low": [-0.5, -0.1], "ci_high": [0.1, 0.6]}, index=["trade", "fish"])
    >>> print(shift_summary(s, "A", "B", intervals=ci))
    No change from A to B is established: every change's 95% interval includes zero. The largest, as point estimates only: a gain for topic fish, 0.50 → 0.80 (interval of the change -0.10 to 0.60); a loss for topic trade, 0.50 → 0.20 (-0.50 to 0.10).
    """
    if first not in shares or second not in shares or shares[[first, second]].dropna().empty:
        return ""
    if intervals is None and {"ci_low", "ci_high"} <= set(shares.columns):
        intervals = shares[["ci_low", "ci_high"]]
    change = (shares[second] - shares[first]).dropna().sort_values(kind="stable")
    up, down = change.index[-1], change.index[0]

    def name(i):
        if isinstance(i, tuple) and len(i) == 2:
            return f"{escape_markdown(i[0])} ({escape_markdown(i[1])})"
        return escape_markdown(i)

    def move(i):
        return f"{shares.loc[i, first]:.2f} → {shares.loc[i, second]:.2f}"

    if intervals is None or not {"ci_low", "ci_high"} <= set(intervals.columns):
        return (f"Largest gain from {escape_markdown(first)} to {escape_markdown(second)}: {what} {name(up)}, "
                f"{move(up)}. Largest loss: {what} {name(down)}, {move(down)}.")
    ci = intervals[["ci_low", "ci_high"]].reindex(change.index)

    def interval(i, lead="", zero=True):
        lo, hi = ci.loc[i, "ci_low"], ci.loc[i, "ci_high"]
        if pd.isna(lo) or pd.isna(hi):
            return " (no interval)"
        said = ", includes zero" if zero and not (lo > 0 or hi < 0) else ""
        return f" ({lead}{lo:.2f} to {hi:.2f}{said})"

    sure = [i for i in change.index if ci.loc[i, "ci_low"] > 0 or ci.loc[i, "ci_high"] < 0]
    frm, to = escape_markdown(first), escape_markdown(second)
    if not sure:
        return (f"No change from {frm} to {to} is established: every change's 95% interval includes "
                f"zero. The largest, as point estimates only: a gain for {what} {name(up)}, {move(up)}"
                f"{interval(up, 'interval of the change ', False)}; a loss for "
                f"{what} {name(down)}, {move(down)}{interval(down, zero=False)}.")
    text = (f"Largest gain from {frm} to {to}: {what} {name(up)}, {move(up)}{interval(up, '95% interval ')}. "
            f"Largest loss: {what} {name(down)}, {move(down)}{interval(down, '95% interval ')}.")
    listed = ", ".join(f"{what} {name(i)}" for i in sure)
    return text + (f" Changes whose 95% interval excludes zero: {listed}; the others are not established.")


def tone_drivers_summary(drivers: pd.DataFrame, by: str, labels=None, n: int = 3) -> str:
    """Markdown: for each group, the words its negative and positive tone mostly come from,
    with their share of that direction's valence, topical and report words marked.

    A group about crude oil is "negative" partly because VADER scores *crude* -2.7; an
    energy-crisis story is "positive" partly because it scores *energy* +1.1. Said next to
    the groups' tone, a reader sees when a difference is made of the groups' topics.

    Parameters
    ----------
    drivers : :func:`analysis.sentiment_drivers` output with ``by=`` (column ``by``, direction,
        word, share, news_event_term, topical_term and, when present, result_term).
    by : the group column.
    labels : the groups in the order to say them (default: as in ``drivers``).
    n : words per direction and group.

    Examples
    --------
    >>> d = pd.DataFrame({"g": ["oil", "oil", "oil"], "direction": ["negative", "negative", "positive"],
    ...                   "word": ["crude", "cut", "energy"], "share": [0.41, 0.08, 0.12],
    ...                   "news_event_term": [False, False, False], "topical_term": [True, False, True]})
    >>> print(tone_drivers_summary(d, "g"))
    Where each group's tone comes from: the VADER lexicon words with the largest summed valence over the group's sentences (each occurrence counts its lexicon valence; words inside names, senses that judge nothing such as "free kick" or the degree adverb in "pretty good", and function words, negators and adverbs of certainty such as *no*, *yes*, *please*, *sure* are left out), with their share of that direction's valence:
    - **oil**: negative from *crude*† (41%), *cut* (8%); positive from *energy*† (12%).
    <BLANKLINE>
    † a topical word: it names what the story is about (crude oil, energy prices, interest rates, shares, health care, an NHS trust) and is scored as if it judged it; a group about that topic gets its valence whatever its tone.
    """
    if drivers is None or not len(drivers) or by not in drivers:
        return ""
    groups = list(labels) if labels is not None else list(dict.fromkeys(drivers[by]))
    lines, marks = [], set()
    for g in groups:
        d = drivers[drivers[by].astype(str) == str(g)]
        if d.empty:
            continue
        said = []
        for direction in ("negative", "positive"):
            part = d[d["direction"] == direction].head(n)
            words = []
            for _, r in part.iterrows():
                mark = ("†" if r.get("topical_term", False) else "‡" if r.get("news_event_term", False)
                        else "§" if r.get("result_term", False) else "")
                marks.add(mark)
                words.append(f"*{escape_markdown(r['word'])}*{mark} ({r['share']:.0%})")
            if words:
                said.append(f"{direction} from " + ", ".join(words))
        lines.append(f"- **{escape_markdown(g)}**: " + "; ".join(said) + ".")
    if not lines:
        return ""
    notes = []
    if "†" in marks:
        notes.append("† a topical word: it names what the story is about (crude oil, energy prices, interest "
                     "rates, shares, health care, an NHS trust) and is scored as if it judged it; a group about that topic gets its "
                     "valence whatever its tone.")
    if "‡" in marks:
        notes.append("‡ a report word (an attack, a threat, support).")
    if "§" in marks:
        notes.append("§ a result word (won, defeat, loss, profit): it reports the result of a match, a vote or a "
                     "company's accounts, good or bad for one side; a group of sport or earnings stories gets its "
                     "valence whatever its tone.")
    return ("Where each group's tone comes from: the VADER lexicon words with the largest summed valence over the "
            "group's sentences (each occurrence counts its lexicon valence; words inside names, senses that judge "
            "nothing such as \"free kick\" or the degree adverb in \"pretty good\", and function words, negators and "
            "adverbs of certainty such as *no*, *yes*, *please*, *sure* are left out), with their share of that direction's valence:\n"
            + "\n".join(lines) + ("\n\n" + " ".join(notes) if notes else ""))


def scorer_agreement(lower: pd.Series, below: str, above: str, intervals=None) -> str:
    """One sentence saying under which tone scorers *below* scores lower than *above*.

    *lower* is a boolean Series, one entry per scorer (index: the scorer's name), True where
    *below*'s mean tone is lower than *above*'s. The sentence says plainly whether the scorers
    agree (all, none) or disagree (then it names both sides): a difference counts as a
    finding only when every scorer shows it.

    *intervals* (optional): the default scorer's 95% interval of each group's mean, as a
    DataFrame with ``ci_low``/``ci_high`` columns (the groups in a ``comparison`` column or
    the index; :func:`analysis.group_sentiment`'s output) or a mapping group -> (low, high).
    When the two groups' intervals overlap, a second sentence says so: "below" is then a
    direction within sampling noise (MasakhaNEWS politics -0.007 [-0.017, 0.002] against
    business -0.005 [-0.013, 0.003] read as "the scorers disagree" as if there were something
    to disagree about).

    Examples
    --------
    >>> scorer_agreement(pd.Series({"news": True, "vader": True}), "2024", "2016")
    '2024 is below 2016 under both scorers (news, vader).'
    >>> scorer_agreement(pd.Series({"news": False, "vader": False, "ridge": False}), "B", "A")
    'B is not below A under any of the 3 scorers (news, vader, ridge).'
    >>> scorer_agreement(pd.Series({"news": True, "vader": False}), "B", "A")
    'The scorers disagree: B is below A under news, but not under vader.'
    >>> scorer_agreement(pd.Series({"news": True}), "B", "A", {"A": (-0.02, 0.0), "B": (-0.01, 0.01)})
    "B is below A under the one scorer (news). The default scorer's 95% intervals of the two groups overlap (A: -0.020 to 0.000; B: -0.010 to 0.010): the difference is within sampling noise, whichever way a scorer points."
    """
    overlap = ""
    if intervals is not None:
        if isinstance(intervals, pd.DataFrame):
            t = intervals.set_index("comparison") if "comparison" in intervals.columns else intervals
            intervals = {str(k): (lo, hi) for k, lo, hi in zip(t.index, t["ci_low"], t["ci_high"])}
        iv = {str(k): v for k, v in dict(intervals).items()}
        a, b = iv.get(str(above)), iv.get(str(below))
        if a is not None and b is not None and not pd.isna(list(a) + list(b)).any() \
                and max(a[0], b[0]) <= min(a[1], b[1]):
            overlap = (f" The default scorer's 95% intervals of the two groups overlap ({above}: "
                       f"{a[0]:.3f} to {a[1]:.3f}; {below}: {b[0]:.3f} to {b[1]:.3f}): the difference is "
                       "within sampling noise, whichever way a scorer points.")
    return _scorer_directions(lower, below, above) + overlap


def _scorer_directions(lower, below: str, above: str) -> str:
    lower = pd.Series(lower, dtype=bool)
    names = [str(n) for n in lower.index]
    yes = [n for n, v in zip(names, lower.to_numpy()) if v]
    no = [n for n, v in zip(names, lower.to_numpy()) if not v]
    if not names:
        return f"No scorer compared {below} with {above}."
    listed = ", ".join(names)
    every = "both scorers" if len(names) == 2 else (f"all {len(names)} scorers" if len(names) > 2 else "the one scorer")
    if not no:
        return f"{below} is below {above} under {every} ({listed})."
    if not yes:
        anyone = "either scorer" if len(names) == 2 else (f"any of the {len(names)} scorers" if len(names) > 2 else "the one scorer")
        return f"{below} is not below {above} under {anyone} ({listed})."
    return f"The scorers disagree: {below} is below {above} under {', '.join(yes)}, but not under {', '.join(no)}."


# ---------------------------------------------------------------------------------------------
# Actors and quotes (notebook 04)

def no_scorer_comparison(corpus: pd.DataFrame, comparison: "Comparison", has_dates: bool,
                         unit: str | None = None) -> str:
    """The sentence notebook 02 prints when the scorers cannot be compared, with the real reason.

    Parameters
    ----------
    corpus : DataFrame
        The documents the notebook scored (its English documents).
    comparison : Comparison
        The two groups (:func:`comparison`, or its :meth:`Comparison.within`).
    has_dates : bool
        Whether any scored document has a publication date.
    unit : str, optional
        The time bin of tone over time ("month", "week" ...), when the dates fell in one bin.

    Examples
    --------
    >>> c = pd.DataFrame({"doc_id": ["a", "b"], "published": pd.to_datetime(["2016-01-01", "2016-05-01"]),
    ...                   "outlet": ["A", "B"]})
    >>> no_scorer_comparison(c.iloc[:0], comparison(c, ["outlet=A", "outlet=B"]), False)
    'No comparison of the scorers: no document was scored.'
    >>> no_scorer_comparison(c, comparison(c.iloc[:1], ["outlet=A", "outlet=B"]), True, "year")
    'No comparison of the scorers: the group outlet=B has no scored document, and the dated documents fall in one year.'
    """
    why = []
    if len(corpus) == 0:
        return "No comparison of the scorers: no document was scored."
    if comparison.labels is not None:
        empty = [str(lab) for lab in comparison.labels if not (comparison.groups == lab).any()]
        if empty:
            why.append(f"the group {' and the group '.join(empty)} has no scored document"
                       if len(empty) == 1 else "neither group has a scored document")
    elif str(comparison.note or "").startswith(("The group ", "`compare` needs")):
        why.append("the `compare` groups could not be read (see the note above)")
    if not has_dates:
        why.append("no scored document has a publication date")
    elif unit:
        why.append(f"the dated documents fall in one {unit}")
    if comparison.labels is None and not any("compare" in w for w in why):
        why.append("no `compare` given")
    return "No comparison of the scorers: " + ", and ".join(why) + "."


def _pct(part: int, whole: int) -> str:
    """A share as a whole percentage, never "nan%" (``"-"`` when there is nothing to share);
    "<1%" and ">99%" where rounding would say 0% or 100% of a part that is not."""
    if not whole:
        return "-"
    p = 100.0 * part / whole
    if 0 < p < 0.5:
        return "<1%"
    if 99.5 <= p < 100:
        return ">99%"
    return f"{p:.0f}%"


def letter_case(corpus: pd.DataFrame, threshold: float = 0.01) -> pd.Series:
    """How each document is capitalised: ``"lower"``, ``"upper"``, ``"mixed"`` or ``"no letters"``.

    A document is ``"lower"`` when fewer than ``threshold`` of its letters are capitals, and
    ``"upper"`` when fewer than ``threshold`` are small letters. Names are found from capital
    letters; in such a document no capitalisation-based rule can find them.

    Examples
    --------
    >>> letter_case(pd.DataFrame({"text": ["police say man charged", "PM SAYS NO", "Ann Lee said", ""]})).tolist()
    ['lower', 'upper', 'mixed', 'no letters']
    >>> letter_case(pd.DataFrame({"text": pd.Series([], dtype="string[pyarrow]")})).tolist()
    []
    """
    text = corpus["text"].fillna("").astype(str)
    # counts built as int64 Series: mapping an empty (Arrow) string Series would keep its dtype
    upper = pd.Series([sum(map(str.isupper, t)) for t in text], index=corpus.index, dtype="int64")
    lower = pd.Series([sum(map(str.islower, t)) for t in text], index=corpus.index, dtype="int64")
    letters = upper + lower
    out = pd.Series("mixed", index=corpus.index, dtype=object)
    out[(letters > 0) & (upper < threshold * letters)] = "lower"
    out[(letters > 0) & (lower < threshold * letters)] = "upper"
    out[letters == 0] = "no letters"
    return out


def case_note(corpus: pd.DataFrame, min_share: float = 0.05) -> str:
    """A visible note when (many) documents are all lower or all upper case, or ``""``.

    Actor mentions and quotation speakers are found from capital letters ("Ann Lee", "the
    BBC"); a text written all in lower case (many headline corpora) or all in capitals hides
    every name, so counts of zero mean "cannot be found here", not "no one is named".

    Examples
    --------
    >>> print(case_note(pd.DataFrame({"text": ["police say man charged", "pm visits flood zone"]})))
    **Capitalisation.** All 2 documents are written in lower case only. Names of people, places and organisations are found from capital letters, so they cannot be found in these documents: actor and quotation counts for them are zero or near zero because the method cannot work on such text, not because no one is named.
    >>> case_note(pd.DataFrame({"text": ["Ann Lee said so."]}))
    ''
    """
    if "text" not in corpus:
        return ""
    case = letter_case(corpus)
    texts = case[case != "no letters"]
    n = len(texts)
    if not n:
        return ""
    counts = texts.value_counts()
    low, up = int(counts.get("lower", 0)), int(counts.get("upper", 0))
    if (low + up) < max(1, min_share * n):
        return ""
    which = " and ".join(f"{k:,} in {w}" for k, w in ((low, "lower case only"), (up, "capitals only")) if k)
    if low + up == n:
        head = (f"All {n:,} documents are written in "
                + ("lower case only" if low == n else "capitals only" if up == n else f"one case ({which})"))
    else:
        head = f"{low + up:,} of {n:,} documents ({_pct(low + up, n)}) are written {which}".replace(
            "written 0", "written")
    return (f"**Capitalisation.** {head}. Names of people, places and organisations are found from "
            "capital letters, so they cannot be found in these documents: actor and quotation counts "
            "for them are zero or near zero because the method cannot work on such text, not because "
            "no one is named.")


def chart_skipped(what: str, reason: str) -> str:
    """One line saying that a chart is left out and why (instead of an empty chart).

    Examples
    --------
    >>> chart_skipped("co-occurrence network", "no two actors share a sentence")
    '*Chart left out (co-occurrence network): no two actors share a sentence.*'
    """
    return f"*Chart left out ({what}): {reason}.*"


def mention_summary(corpus: pd.DataFrame, mentions: pd.DataFrame, cooc: pd.DataFrame | None = None,
                    dictionary_source: str | None = None) -> str:
    """What the actor mentions are and where they come from (Markdown), never "nan%".

    Says how many mentions of how many actors (people, states, organisations) were found, and
    how each was recognised: an entry of the researcher's or the default actor dictionary, a
    built-in gazetteer (states, parties, international organisations, ministries), or the
    name rules alone (people and organisations in no list). With ``cooc``, also how many of
    the actors share a sentence with another one (the actors a network can show). With
    ``dictionary_source`` (``ActorDictionary.source``: the file or files the dictionary was read
    from), names the dictionary, so a reader sees whether the researcher's own was used. With no
    mentions, says why where it can (text in one case, see :func:`case_note`). Mentions of a
    document's own outlet ("told the BBC" in a BBC article, column ``self_reference``) are not
    counted, and a sentence says how many were left out.

    Examples
    --------
    >>> m = pd.DataFrame({"doc_id": ["a", "a", "b"], "actor": ["Ann Lee", "France", "Ann Lee"],
    ...                   "actor_type": ["person", "state", "person"], "in_dictionary": [False, False, False],
    ...                   "resolution": ["document", "dictionary", "corpus"]})
    >>> print(mention_summary(pd.DataFrame({"doc_id": []}), m.iloc[:0]))
    No document was analysed for actors (see the note above), so the sections on actors below are empty and their charts are left out.
    >>> print(mention_summary(pd.DataFrame({"doc_id": ["a", "b"]}), m))
    3 mentions of 2 actors (1 person, 1 state) in 2 of 2 documents. How they were recognised: 0% of the mentions name an entry of the actor dictionary, 33% an entry of the built-in gazetteers (states, parties, international organisations, ministries), 67% a name found by the name rules alone (in no list).
    >>> print(mention_summary(pd.DataFrame({"doc_id": ["a", "b"]}), m, dictionary_source="actors.yml + mine.yml"))
    3 mentions of 2 actors (1 person, 1 state) in 2 of 2 documents. How they were recognised: 0% of the mentions name an entry of the actor dictionary (`actors.yml + mine.yml`), 33% an entry of the built-in gazetteers (states, parties, international organisations, ministries), 67% a name found by the name rules alone (in no list).
    """
    n_docs = len(corpus)
    if not n_docs:
        return ("No document was analysed for actors (see the note above), so the sections on actors "
                "below are empty and their charts are left out.")
    from ..actors.mentions import without_self_references

    mentions, left_out = without_self_references(mentions)   # "told the BBC" in a BBC article
    if left_out and not len(mentions):
        return "No actor mentions other than the publisher itself. " + left_out
    if mentions is None or not len(mentions):
        note = case_note(corpus)
        return ("No actor mentions were found in this corpus, so the sections on actors below are empty "
                "and their charts are left out. " + (note if note else
                "Names are found from capitalised words, titles and the actor dictionary; none matched here."))
    k = len(mentions)
    types = mentions.drop_duplicates("actor")["actor_type"].value_counts()
    plural = {"person": "people", "state": "states", "organization": "organisations"}
    type_text = ", ".join(f"{int(types[t]):,} {t if types[t] == 1 else plural[t]}"
                          .replace("organization", "organisation")
                          for t in ("person", "state", "organization") if t in types)
    listed = mentions["resolution"].eq("dictionary")
    in_dict = int((listed & mentions["in_dictionary"].astype(bool)).sum())
    gazetteer = int((listed & ~mentions["in_dictionary"].astype(bool)).sum())
    rules = k - in_dict - gazetteer
    text = (f"{_n(k, 'mention')} of {_n(mentions['actor'].nunique(), 'actor')} ({type_text}) in "
            f"{mentions['doc_id'].nunique():,} of {_n(n_docs, 'document')}. How they were recognised: "
            f"{_pct(in_dict, k)} of the mentions name an entry of the actor dictionary"
            f"{' (`' + str(dictionary_source).replace('`', '') + '`)' if dictionary_source else ''}, "
            f"{_pct(gazetteer, k)} an entry of the built-in gazetteers (states, parties, international "
            f"organisations, ministries), {_pct(rules, k)} a name found by the name rules alone (in no list).")
    if cooc is not None:
        together = len(set(cooc["actor_a"]) | set(cooc["actor_b"])) if len(cooc) else 0
        # the per-year heatmap is drawn only when documents are dated (else it is left out)
        dated = "published" in corpus and pd.to_datetime(corpus["published"], errors="coerce", utc=True).notna().any()
        text += (f" {together:,} of the {_n(mentions['actor'].nunique(), 'actor')} share"
                 + ("s" if mentions["actor"].nunique() == 1 else "")
                 + " a sentence with another actor; the network in section 2 draws from those"
                 + (", the heatmap below from all." if dated else "."))
    if left_out:
        text += " " + left_out
    note = case_note(corpus)
    return text + ("\n\n" + note if note else "")


def people_not_in_dictionary(mentions: pd.DataFrame, summary: pd.DataFrame) -> pd.DataFrame:
    """The people the name rules found that neither the actor dictionary nor a gazetteer lists.

    Only actors typed ``person`` whose mentions were all recognised by the name rules (not
    states, parties or bodies from the built-in gazetteers such as "United Kingdom" or
    "BBC"), most mentioned first: candidates for a researcher's own dictionary.

    Parameters
    ----------
    mentions : DataFrame from :func:`analysis.actor_mentions`.
    summary : DataFrame from :func:`analysis.actors.mentions.actor_summary` of the same mentions.

    Examples
    --------
    >>> m = pd.DataFrame({"actor": ["Ann Lee", "BBC"], "actor_type": ["person", "organization"],
    ...                   "resolution": ["document", "dictionary"], "in_dictionary": [False, False]})
    >>> s = pd.DataFrame({"actor": ["BBC", "Ann Lee"], "actor_type": ["organization", "person"],
    ...                   "mentions": [9, 3], "in_dictionary": [False, False]})
    >>> people_not_in_dictionary(m, s)["actor"].tolist()
    ['Ann Lee']
    """
    if not len(mentions):
        return summary.iloc[0:0].reset_index(drop=True)
    listed = set(mentions.loc[mentions["resolution"].eq("dictionary"), "actor"])
    keep = summary["actor_type"].eq("person") & ~summary["actor"].isin(listed) \
        & ~summary["in_dictionary"].astype(bool)
    return summary[keep].reset_index(drop=True)


def dictionary_suggestion(suggested: str, link: str | None = None, n: int = 15) -> str:
    """A short preview of :func:`analysis.suggest_dictionary`'s YAML for the page (Markdown).

    On a corpus of a thousand articles the suggestion runs to hundreds of entries; printed
    whole it made notebook 04 about 60,000 pixels long. The page shows how many entries there
    are and the ``n`` most mentioned (from the YAML's comment lines), and links the whole file
    (``link``, written with :func:`analysis.save_text`). Corpus text is escaped.

    Examples
    --------
    >>> yml = ("# Suggested actor dictionary entries (edit, then pass the file as dictionary=...)\\n"
    ...        "actors:\\n# Ann Lowe: 3 mentions in 1 document(s)\\n- name: Ann Lowe\\n  type: person\\n"
    ...        "# Bo Ek: 2 mentions in 2 document(s)\\n- name: Bo Ek\\n  type: person\\n")
    >>> text = dictionary_suggestion(yml, "../tables/04_suggested_actors.yml", n=1)
    >>> print(text.splitlines()[0])
    **2 dictionary entries suggested** for frequent actors that no list knows; the 1 most mentioned:
    >>> "Ann Lowe" in text, "Bo Ek" in text, text.endswith("(../tables/04_suggested_actors.yml).")
    (True, False, True)
    >>> dictionary_suggestion("actors: []\\n")
    'No dictionary entries suggested: no actor outside the dictionary and the gazetteers is mentioned three times or more.'
    """
    lines = (suggested or "").splitlines()
    entries = sum(1 for line in lines if line.startswith("- name:"))
    if not entries:
        # true whether or not any actor was found (a lower-case corpus has none: "every actor
        # ... is already listed" read as if the lists had covered them)
        return ("No dictionary entries suggested: no actor outside the dictionary and the gazetteers "
                "is mentioned three times or more.")
    notes = [line[2:] for line in lines if line.startswith("# ") and ": " in line
             and not line.startswith("# Suggested actor dictionary")]
    shown = notes[:n]
    head = (f"**{_n(entries, 'dictionary entry', 'dictionary entries')} suggested** for frequent actors "
            "that no list knows" + (f"; the {len(shown)} most mentioned:" if len(shown) < entries else ":"))
    body = "\n".join(f"- {escape_markdown(note)}" for note in shown)
    tail = ""
    if link:
        tail = (f"\n\nThe whole suggestion as YAML, to edit and pass with `actors_path`: "
                f"[{link}]({link}).")   # our own path, not corpus text
    return f"{head}\n\n{body}{tail}"


def quote_summary(quotes: pd.DataFrame, corpus: pd.DataFrame | None = None) -> str:
    """Who speaks in the quotations, and how the speakers were found (Markdown), never "nan%".

    The shares a reader needs: quotations whose speaker is named in the attribution, reached
    through a pronoun ("he said") or a role ("the minister said") resolved to a named speaker,
    an unnamed source ("a spokesperson", "officials"), an unresolved pronoun, or no speaker;
    and separately how many are linked to an entry of the actor dictionary or a gazetteer
    (``speaker_actor``), which is a much smaller share when the speakers are people no list
    knows.

    Examples
    --------
    >>> q = pd.DataFrame({"doc_id": ["a", "a", "b", "b"], "speaker": ["Ann Lee", "Ann Lee", "a spokesman", None],
    ...                   "speaker_text": ["Ann Lee", "she", "a spokesman", None],
    ...                   "speaker_actor": [None, None, None, None]})
    >>> print(quote_summary(q))
    4 quotations in 2 documents. Speakers: 50% are named people or bodies (25% named in the attribution, 25% through a pronoun and 0% through a role resolved to a name given earlier), 25% are unnamed sources such as "a spokesperson", 0% are pronouns that could not be resolved, and 25% have no speaker found. 0% of the quotations are linked to an entry of the actor dictionary or a gazetteer; 50% have a named speaker that no list knows (found by the name rules).
    """
    from ..quotes.extract import speaker_kinds

    n = len(quotes)
    if not n:
        hidden = corpus is not None and bool(case_note(corpus))
        return ("No direct quotations were found, so the quotation chart is left out."
                + (" Most documents are written in one case (see the note on capitalisation above), which "
                   "also hides the speakers' names." if hidden else ""))
    kinds = speaker_kinds(quotes).value_counts()
    get = lambda k: int(kinds.get(k, 0))   # noqa: E731
    named = get("named") + get("pronoun resolved") + get("role resolved")
    is_linked = quotes["speaker_actor"].notna() if "speaker_actor" in quotes else pd.Series(False, index=quotes.index)
    linked = int(is_linked.sum())
    named_unlisted = int((speaker_kinds(quotes).isin(["named", "pronoun resolved", "role resolved"])
                          & ~is_linked).sum())
    return (f"{_n(n, 'quotation')} in {_n(quotes['doc_id'].nunique(), 'document')}. Speakers: "
            f"{_pct(named, n)} are named people or bodies ({_pct(get('named'), n)} named in the attribution, "
            f"{_pct(get('pronoun resolved'), n)} through a pronoun and {_pct(get('role resolved'), n)} through a "
            "role resolved to a name given earlier), "
            f"{_pct(get('unnamed source'), n)} are unnamed sources such as \"a spokesperson\", "
            f"{_pct(get('unresolved pronoun'), n)} are pronouns that could not be resolved, and "
            f"{_pct(get('no speaker'), n)} have no speaker found. "
            f"{_pct(linked, n)} of the quotations are linked to an entry of the actor dictionary or a "
            f"gazetteer; {_pct(named_unlisted, n)} have a named speaker that no list knows (found by the name rules).")
