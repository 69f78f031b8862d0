"""Explore a corpus: from any count to the sentences behind it.

Two layers, kept apart so that the logic is testable without a browser:

- :class:`CorpusIndex` holds the annotations of a corpus, computed **once** (documents,
  sentences with their tone, actor mentions, quotes, dates, the cleaning audit's lines) and
  answers filters with boolean masks over those tables: nothing is re-annotated on a query.
  It can be saved to and loaded from a folder of Parquet tables (one per unit, with the
  shared ``doc_id``/``sent_id`` key), so a large corpus is annotated once and explored often.
- :func:`explore` wraps an index in an ipywidgets app (JupyterLab, Voilà): filters on date,
  any metadata column, actor, topic, tone and a phrase or regular expression; the matching
  sentences with their annotations highlighted; counts and two small charts that follow the
  filter; and a document view with what cleaning removed greyed out (its reason on hover).

:func:`evidence` is the drill-down helper the notebooks use: given any table with ``doc_id``
and ``sent_id`` (mentions, quotes, dates, kwic hits, sentence tone), filtered as a chart
grouped it, it returns the sentences behind the bar, cell or point.

All text from the corpus is HTML-escaped before it reaches a page.
"""
from __future__ import annotations

import html
import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

TABLES = ("documents", "sentences", "mentions", "quotes", "dates", "lines")
#: metadata columns offered as filters when present (any other low-cardinality text column too)
_META_PREFERRED = ("outlet", "author", "language", "category", "section", "wire", "date_basis")
_HIDDEN_DOC_COLUMNS = {"text", "raw_text", "source_path", "encoding", "date_note", "url"}


def _escape(value) -> str:
    if value is None or (isinstance(value, float) and np.isnan(value)):
        return ""
    return html.escape(str(value), quote=True)


def _year_month(dates: pd.Series, freq: str) -> pd.Series:
    """Periods of a datetime Series (timezone dropped) as strings, NaN where undated."""
    d = pd.to_datetime(dates, errors="coerce")
    if getattr(d.dt, "tz", None) is not None:
        d = d.dt.tz_localize(None)
    return d.dt.to_period(freq).astype(str).where(d.notna())


# --------------------------------------------------------------------------- evidence


def evidence(table: pd.DataFrame, corpus: pd.DataFrame | None = None, *, sentences=None,
             **filters) -> pd.DataFrame:
    """The sentences behind a count: the rows of ``table`` that match ``filters``, with context.

    Every chart that counts something counts rows of a table with ``doc_id`` and ``sent_id``
    (actor mentions, quotes, dates and events, kwic hits, sentence tone). Filter that table the
    way the chart grouped it and this returns the rows behind the bar, cell or point, one per
    row, with the document's title, outlet and date, the whole sentence and the offsets.

    Parameters
    ----------
    table : DataFrame
        Needs ``doc_id``; ``sent_id`` to attach sentences (a table without it, such as a
        document table, gets the document's first sentence).
    corpus : DataFrame, optional
        The corpus (``doc_id``, ``text`` and metadata) the table was computed from; adds
        title, outlet, published and the sentence text. Without it only the table's rows are
        filtered.
    sentences : DataFrame, optional
        ``analysis.sentences(corpus)`` if already computed (saves segmenting again).
    **filters
        ``column=value`` (equality), ``column=[v1, v2]`` (membership) or ``column=callable``
        (a function of the column returning a boolean mask). ``year=2024`` and
        ``month="2024-03"`` filter on the document's publication date (from the table's own
        ``published``/``date`` column, or the corpus's ``published``).

    Returns
    -------
    DataFrame
        The matching rows of ``table`` with ``title``, ``outlet``, ``published`` and
        ``sentence`` added when ``corpus`` is given, in document and sentence order.

    Raises
    ------
    KeyError
        When a filter names a column the table (or the corpus, for year/month) does not have.

    Examples
    --------
    >>> import pandas as pd
    >>> corpus = pd.DataFrame({"doc_id": ["a", "b"], "text": ["Kim spoke. Xi listened.", "Xi left."],
    ...                        "published": pd.to_datetime(["2024-01-02", "2023-05-06"])})
    >>> mentions = pd.DataFrame({"doc_id": ["a", "a", "b"], "sent_id": [0, 1, 0],
    ...                          "actor": ["Kim", "Xi", "Xi"]})
    >>> evidence(mentions, corpus, actor="Xi", year=2024)[["doc_id", "sentence"]]
      doc_id     sentence
    0      a  Xi listened.
    """
    if "doc_id" not in table.columns:
        raise KeyError("evidence needs a table with a doc_id column")
    rows = table.drop(columns=[c for c in table.columns if str(c).startswith("_")])
    published = None
    if corpus is not None and "published" in corpus.columns:
        # (reindex, not map: mapping an empty column onto dates fails in pandas)
        dates = corpus.drop_duplicates("doc_id").set_index("doc_id")["published"]
        published = pd.Series(dates.reindex(rows["doc_id"]).to_numpy(), index=rows.index, dtype=dates.dtype)
    for col in ("published", "date"):
        if published is None and col in rows.columns and pd.api.types.is_datetime64_any_dtype(rows[col]):
            published = rows[col]
    mask = pd.Series(True, index=rows.index)
    for name, want in filters.items():
        if name in ("year", "month") and name not in rows.columns:
            if published is None:
                raise KeyError(f"filter {name!r} needs a publication date (a corpus with 'published')")
            col = _year_month(published, "Y" if name == "year" else "M")
            want = [str(w) for w in want] if isinstance(want, (list, tuple, set)) else (
                want if callable(want) else str(want))
        elif name not in rows.columns:
            raise KeyError(f"no column {name!r} to filter on; the table has: {', '.join(map(str, rows.columns))}")
        else:
            col = rows[name]
        if callable(want):
            mask &= pd.Series(np.asarray(want(col), dtype=bool), index=rows.index)
        elif isinstance(want, (list, tuple, set)):
            mask &= col.isin(list(want))
        else:
            mask &= col == want
    rows = rows[mask.fillna(False).astype(bool)]
    if corpus is not None:
        meta = corpus.drop_duplicates("doc_id").set_index("doc_id")
        for col in ("title", "outlet", "published"):
            if col in meta.columns and col not in rows.columns:
                rows[col] = pd.Series(meta[col].reindex(rows["doc_id"]).to_numpy(), index=rows.index,
                                      dtype=meta[col].dtype)
        if "sent_id" in rows.columns and "sentence" not in rows.columns:
            if sentences is None:
                from ..text.segment import sentences as segment
                docs = corpus[corpus["doc_id"].isin(rows["doc_id"].unique())]
                sentences = segment(docs)
            key = sentences.set_index(["doc_id", "sent_id"])["text"]
            idx = pd.MultiIndex.from_arrays([rows["doc_id"], rows["sent_id"].astype("Int64")])
            rows["sentence"] = key.reindex(idx).to_numpy()
    order = [c for c in ("doc_id", "sent_id", "start") if c in rows.columns]
    return rows.sort_values(order, kind="stable").reset_index(drop=True)


# --------------------------------------------------------------------------- the index


@dataclass
class Selection:
    """What a filter selected: the documents and sentences, and their counts."""

    documents: pd.DataFrame
    sentences: pd.DataFrame
    mentions: pd.DataFrame
    quotes: pd.DataFrame
    dates: pd.DataFrame

    def counts(self) -> dict:
        """Numbers of documents, sentences, mentions, quotes and dates selected."""
        return {"documents": len(self.documents), "sentences": len(self.sentences),
                "mentions": len(self.mentions), "quotes": len(self.quotes), "dates": len(self.dates)}


def _empty(columns) -> pd.DataFrame:
    return pd.DataFrame({c: pd.Series(dtype="object") for c in columns})


def _dominant_topic_labels(topic_model, doc_ids: pd.Series) -> pd.Series:
    """Each document's dominant topic as "k: label" (NaN where the document has no topic)."""
    dom = topic_model.document_topics().set_index("doc_id")["dominant_topic"]
    labels = topic_model.labels
    names = {i + 1: f"{i + 1}: {lab}" for i, lab in enumerate(labels)} if labels is not None else {}
    return doc_ids.map(dom).map(lambda t: names.get(t, t) if pd.notna(t) else np.nan)


class CorpusIndex:
    """A corpus's annotations, computed once and indexed for filtering.

    Build it with :meth:`from_corpus` (annotates the corpus once) or :meth:`load` (a folder
    written by :meth:`save`). Queries (:meth:`select`, :meth:`document_html`) only filter the
    stored tables.

    Attributes
    ----------
    documents : DataFrame
        One row per document: ``doc_id``, metadata, ``published``, ``topic`` (dominant topic
        label when a topic model was given), ``n_sentences``.
    sentences : DataFrame
        One row per sentence: ``doc_id``, ``sent_id``, ``text``, ``start``, ``end`` (offsets in
        the clean text) and ``compound`` (sentence tone, VADER compound score).
    mentions, quotes, dates, lines : DataFrame
        As from :func:`analysis.actor_mentions`, :func:`analysis.extract_quotes`,
        :func:`analysis.extract_dates` and :func:`analysis.cleaning_report`.
    texts : Series
        The clean text of each document, indexed by ``doc_id``.

    Examples
    --------
    >>> import analysis
    >>> index = CorpusIndex.from_corpus(analysis.load_corpus(), progress=False)  # doctest: +SKIP
    >>> index.select(actor="Xi Jinping").counts()["documents"]  # doctest: +SKIP
    5
    """

    def __init__(self, documents, sentences, mentions=None, quotes=None, dates=None, lines=None):
        self.documents = documents.reset_index(drop=True)
        self.texts = (self.documents.set_index("doc_id")["text"] if "text" in self.documents.columns
                      else pd.Series(dtype="object"))
        self.sentences = sentences.reset_index(drop=True)
        self.mentions = mentions if mentions is not None else _empty(
            ["doc_id", "sent_id", "actor", "actor_type", "text", "start", "end"])
        self.quotes = quotes if quotes is not None else _empty(
            ["doc_id", "quote", "speaker", "speaker_actor", "start", "end"])
        self.dates = dates if dates is not None else _empty(
            ["doc_id", "sent_id", "text", "start", "end", "value", "kind"])
        self.lines = lines if lines is not None else _empty(["doc_id", "line_no", "text", "label", "reason"])
        self._prepare()

    # -- building ------------------------------------------------------------------------

    @classmethod
    def from_corpus(cls, corpus: pd.DataFrame, *, topic_model=None, mentions=None, quotes=None,
                    dates=None, tone=None, report=None, dictionary=None, progress: bool = True):
        """Annotate a corpus once (what is not passed in is computed) and index it.

        Parameters
        ----------
        corpus : DataFrame
            As from :func:`analysis.load_corpus`.
        topic_model : TopicModel, optional
            Adds each document's dominant topic (its label) as a filter.
        mentions, quotes, dates, tone, report : DataFrame, optional
            Tables already computed for this corpus (actor mentions, quotes, date expressions,
            sentence tone from :func:`analysis.sentence_sentiment`, cleaning report).
        dictionary : optional
            Actor dictionary for :func:`analysis.actor_mentions`.
        progress : bool, default True
            Show which step runs (on stderr).

        Returns
        -------
        CorpusIndex
        """
        import sys

        from ..text.segment import sentences as segment

        def step(name):
            if progress:
                print(f"explore: {name} ...", file=sys.stderr, flush=True)

        step("sentences")
        sents = segment(corpus)
        if tone is None:
            step("sentence tone")
            from ..sentiment.scores import sentence_sentiment
            tone = sentence_sentiment(corpus)
        if "compound" in tone.columns and len(tone):
            key = tone.set_index(["doc_id", "sent_id"])["compound"]
            idx = pd.MultiIndex.from_arrays([sents["doc_id"], sents["sent_id"]])
            sents["compound"] = key.reindex(idx).to_numpy()
        else:
            sents["compound"] = np.nan
        if mentions is None:
            step("actor mentions")
            from ..actors.mentions import actor_mentions
            mentions = actor_mentions(corpus, dictionary=dictionary) if dictionary is not None \
                else actor_mentions(corpus)
        if quotes is None:
            step("quotes")
            from ..quotes.extract import extract_quotes
            quotes = extract_quotes(corpus)
        if dates is None:
            step("dates")
            from ..dates.extract import extract_dates
            dates = extract_dates(corpus)
        if report is None:
            step("cleaning audit")
            from ..clean.cleaning import cleaning_report
            report = cleaning_report(corpus)
        documents = corpus.drop(columns=[c for c in ("raw_text",) if c in corpus.columns]).copy()
        if topic_model is not None:
            documents["topic"] = _dominant_topic_labels(topic_model, documents["doc_id"])
        return cls(documents, sents, mentions, quotes, dates, report)

    @classmethod
    def from_store(cls, store, *, topic_model=None) -> "CorpusIndex":
        """Index a store written by :func:`analysis.annotate`: nothing is annotated again.

        Parameters
        ----------
        store : Store, str or Path
            A :class:`analysis.Store` or its folder.
        topic_model : TopicModel, optional
            Adds each document's dominant topic (its label) as a filter.

        Returns
        -------
        CorpusIndex

        Examples
        --------
        >>> import analysis, tempfile
        >>> store = analysis.annotate(None, tempfile.mkdtemp(), workers=1, progress=False)
        >>> len(CorpusIndex.from_store(store).documents)
        5
        """
        from ..store import Store, open_store

        if not isinstance(store, Store):
            store = open_store(store)
        documents = store.table("documents")
        documents = documents.drop(columns=[c for c in ("content_hash", "raw_text") if c in documents.columns])
        if topic_model is not None:
            documents["topic"] = _dominant_topic_labels(topic_model, documents["doc_id"])
        return cls(documents, store.table("sentences"), store.mentions(), store.table("quotes"),
                   store.table("dates"), store.table("lines"))

    def save(self, folder) -> Path:
        """Write the tables as Parquet files (``documents.parquet``, ``sentences.parquet`` ...).

        Parameters
        ----------
        folder : str or Path

        Returns
        -------
        Path of the folder.
        """
        folder = Path(folder)
        folder.mkdir(parents=True, exist_ok=True)
        internal = {"documents": ["n_sentences"], "sentences": ["published"]}
        for name in TABLES:
            table = getattr(self, name)
            drop = [c for c in table.columns if str(c).startswith("_") or c in internal.get(name, [])]
            out = table.drop(columns=drop)
            out.attrs = {}  # pandas would write attrs (e.g. the loader's problem log) as JSON metadata
            out.to_parquet(folder / f"{name}.parquet", index=False)
        return folder

    @classmethod
    def load(cls, folder) -> "CorpusIndex":
        """Read a folder written by :meth:`save`.

        Parameters
        ----------
        folder : str or Path

        Returns
        -------
        CorpusIndex

        Raises
        ------
        FileNotFoundError
            When the folder lacks ``documents.parquet`` or ``sentences.parquet``.
        """
        folder = Path(folder)
        tables = {}
        for name in TABLES:
            path = folder / f"{name}.parquet"
            if path.exists():
                tables[name] = pd.read_parquet(path)
            elif name in ("documents", "sentences"):
                raise FileNotFoundError(f"{path} is missing: is {folder} a folder written by CorpusIndex.save?")
        return cls(**tables)

    def _prepare(self) -> None:
        """Integer keys shared by every table, computed once, so that a filter is a few
        boolean-array operations (no joins, no Python loops over rows)."""
        docs = self.documents
        if "published" in docs.columns:
            pub = pd.to_datetime(docs["published"], errors="coerce")
            if getattr(pub.dt, "tz", None) is not None:
                pub = pub.dt.tz_localize(None)
            docs["published"] = pub
        else:
            docs["published"] = pd.NaT
        doc_code = pd.Series(np.arange(len(docs)), index=pd.Index(docs["doc_id"].astype(str)))
        doc_code = doc_code[~doc_code.index.duplicated()]
        self._doc_pos = doc_code
        # sentences in document order; _d = document code, _s = row number of the sentence
        sents = self.sentences
        code_values = doc_code.to_numpy()

        def codes_of(ids: pd.Series) -> np.ndarray:
            """Document row of each id, -1 for ids of no document."""
            pos = doc_code.index.get_indexer(ids.astype(str))
            return np.where(pos >= 0, code_values[np.maximum(pos, 0)], -1).astype("int64")

        sents["_d"] = codes_of(sents["doc_id"])
        sents = sents[sents["_d"] >= 0].sort_values(["_d", "sent_id"], kind="stable").reset_index(drop=True)
        self.sentences = sents
        docs["n_sentences"] = np.bincount(sents["_d"], minlength=len(docs)).astype("int64")
        sents["published"] = docs["published"].to_numpy()[sents["_d"].to_numpy()]
        self._sent_first = np.searchsorted(sents["_d"].to_numpy(), np.arange(len(docs) + 1))
        sid = pd.Series(np.arange(len(sents)), index=pd.MultiIndex.from_arrays(
            [sents["_d"].to_numpy(), sents["sent_id"].to_numpy()]))
        sid = sid[~sid.index.duplicated()]
        for name in ("mentions", "dates", "quotes"):
            t = getattr(self, name)
            t = t.copy()
            t["_d"] = codes_of(t["doc_id"])
            t = t[t["_d"] >= 0]
            if name == "quotes":
                # a quote spans the sentences from the one holding its start to the one holding its end
                t["_s0"] = self._sentence_at(t["_d"].to_numpy(), t["start"].to_numpy())
                t["_s1"] = self._sentence_at(t["_d"].to_numpy(), np.maximum(t["end"].to_numpy() - 1, 0))
            else:
                key = pd.MultiIndex.from_arrays([t["_d"].to_numpy(), pd.to_numeric(
                    t["sent_id"], errors="coerce").fillna(-1).astype("int64").to_numpy()])
                t["_s"] = sid.reindex(key).fillna(-1).astype("int64").to_numpy()
            t = t.sort_values(["_d", "start"], kind="stable").reset_index(drop=True)
            setattr(self, name, t)
            setattr(self, f"_{name}_first", np.searchsorted(t["_d"].to_numpy(), np.arange(len(docs) + 1)))
        lines = self.lines
        if len(lines):
            lines = lines.assign(_d=codes_of(lines["doc_id"]))
            lines = lines[lines["_d"] >= 0].sort_values(["_d", "line_no"], kind="stable").reset_index(drop=True)
            self.lines = lines
            self._lines_first = np.searchsorted(lines["_d"].to_numpy(), np.arange(len(docs) + 1))
        else:
            self._lines_first = np.zeros(len(docs) + 1, dtype="int64")

    def _sentence_at(self, d: np.ndarray, offset: np.ndarray) -> np.ndarray:
        """Row number of the sentence of document code ``d`` that holds character ``offset``
        (the last sentence starting at or before it); -1 when the document has no sentence."""
        sents = self.sentences
        shift = np.int64(1) << np.int64(40)
        skey = sents["_d"].to_numpy().astype("int64") * shift + sents["start"].to_numpy().astype("int64")
        qkey = np.asarray(d, dtype="int64") * shift + np.asarray(offset, dtype="int64")
        idx = np.searchsorted(skey, qkey, side="right") - 1
        ok = (idx >= 0) & (sents["_d"].to_numpy()[np.maximum(idx, 0)] == np.asarray(d))
        # an offset before the document's first sentence belongs to that first sentence
        first = self._sent_first[np.asarray(d, dtype="int64")]
        has = self._sent_first[np.asarray(d, dtype="int64") + 1] > first
        return np.where(ok, idx, np.where(has, first, -1)).astype("int64")

    def _lower_text(self) -> pd.Series:
        """Sentences in lower case (computed on the first phrase search, then kept)."""
        if getattr(self, "_lower", None) is None:
            self._lower = self.sentences["text"].str.lower()
        return self._lower

    # -- what can be filtered ---------------------------------------------------------------

    def metadata_columns(self) -> list[str]:
        """Document columns offered as filters (text columns with few distinct values)."""
        cols = []
        for c in self.documents.columns:
            if c in _HIDDEN_DOC_COLUMNS or c in ("doc_id", "title", "published", "n_words", "n_sentences", "topic"):
                continue
            s = self.documents[c]
            if s.dtype.kind in "OSUT" or str(s.dtype) in ("str", "string", "category"):
                try:
                    k = s.nunique(dropna=True)
                except TypeError:  # lists or arrays in the cells (e.g. several topics per story)
                    continue
                if 1 <= k <= max(50, int(len(s) ** 0.5)) and k < len(s) or c in _META_PREFERRED and k >= 1:
                    cols.append(c)
        return sorted(cols, key=lambda c: (c not in _META_PREFERRED, c))

    def actors(self, top: int | None = None) -> list[str]:
        """Actors by number of mentions (most first), counted as the report's actor tables count
        them: without the mentions of a document's own outlet (``self_reference``; the note of
        :meth:`actor_note` says what was left out). Selecting such an actor by name still finds
        every mention."""
        from ..actors.mentions import without_self_references

        mentions = without_self_references(self.mentions)[0]
        if mentions is None or not len(mentions):
            return []
        counts = mentions["actor"].value_counts(sort=True)
        counts = counts.sort_index(kind="stable").sort_values(ascending=False, kind="stable")
        return counts.index.tolist()[:top]

    def actor_note(self) -> str | None:
        """What :meth:`actors` left out (the publisher's own mentions), or None."""
        from ..actors.mentions import without_self_references

        return without_self_references(self.mentions)[1]

    def topics(self) -> list[str]:
        """Topic labels present (empty without a topic model)."""
        if "topic" not in self.documents.columns:
            return []
        return sorted(self.documents["topic"].dropna().astype(str).unique().tolist(),
                      key=lambda s: (len(s.split(":")[0]), s))

    # -- filtering ---------------------------------------------------------------------------

    def select(self, *, date_from=None, date_to=None, column: str | None = None, values=None,
               actor: str | None = None, topic: str | None = None, tone: tuple | None = None,
               pattern: str | None = None, regex: bool = False, ignore_case: bool = True) -> Selection:
        """Filter the corpus; documents first (date, metadata, topic), then sentences.

        Parameters
        ----------
        date_from, date_to : date-like, optional
            Publication date range (inclusive); an undated document is kept only when neither
            bound is given.
        column, values : str and list, optional
            Keep documents whose ``column`` is one of ``values``.
        actor : str, optional
            Keep sentences that mention this actor.
        topic : str, optional
            Keep documents whose dominant topic is this label.
        tone : (float, float), optional
            Keep sentences whose compound tone lies in this range.
        pattern : str, optional
            A phrase (whole words, any case) or, with ``regex=True``, a regular expression that
            a sentence must contain.
        regex, ignore_case : bool

        Returns
        -------
        Selection
            With ``sentences`` restricted to those matching the sentence filters (all
            sentences of the selected documents when no sentence filter is given); a document
            is selected when it passes the document filters and, if a sentence filter is given,
            has a matching sentence.

        Raises
        ------
        ValueError
            For an invalid regular expression or an unknown column.
        """
        docs = self.documents
        keep = np.ones(len(docs), dtype=bool)
        pub = docs["published"]
        if date_from is not None:
            keep &= (pub >= pd.Timestamp(date_from)).to_numpy()
        if date_to is not None:
            keep &= (pub <= pd.Timestamp(date_to)).to_numpy()
        if column:
            if column not in docs.columns:
                raise ValueError(f"no metadata column {column!r}")
            if values:
                keep &= docs[column].astype("object").isin(list(values)).to_numpy()
        if topic:
            if "topic" not in docs.columns:
                raise ValueError("no topics in this index (build it with a topic model)")
            keep &= (docs["topic"].astype("object") == topic).fillna(False).to_numpy(dtype=bool)
        sents = self.sentences
        s_doc = sents["_d"].to_numpy()
        smask = keep[s_doc]
        sentence_filter = bool(actor) or tone is not None or bool(pattern)
        m = self.mentions
        if actor:
            hit = np.zeros(len(sents), dtype=bool)
            rows = m["_s"].to_numpy()[(m["actor"] == actor).to_numpy() & (m["_s"].to_numpy() >= 0)]
            hit[rows] = True
            smask &= hit
        if tone is not None:
            lo, hi = tone
            smask &= sents["compound"].between(lo, hi).to_numpy()
        if pattern:
            if regex:
                try:
                    rx = re.compile(pattern, re.IGNORECASE if ignore_case else 0)
                except re.error as exc:
                    raise ValueError(f"not a valid regular expression: {exc}") from None
            else:
                from ..text.tokens import word_tokens
                from ..text.concordance import phrase_pattern
                rx = phrase_pattern(pattern, ignore_case=ignore_case)
            idx = np.flatnonzero(smask)  # search only the sentences still in the running
            if not regex:  # a plain phrase: every word must occur, a fast substring test first
                lower = self._lower_text()
                for word in word_tokens(pattern, lowercase=True, joiners=""):
                    idx = idx[lower.iloc[idx].str.contains(word, regex=False).to_numpy()]
            found = sents["text"].iloc[idx].str.contains(rx, na=False).to_numpy()
            smask[:] = False
            smask[idx[found]] = True
        if sentence_filter:
            keep &= np.bincount(s_doc[smask], minlength=len(docs)) > 0

        def rows_of(t, need_sentence: bool):
            mask = keep[t["_d"].to_numpy()] if len(t) else np.zeros(0, dtype=bool)
            if need_sentence and len(t):
                if "_s" in t.columns:
                    s_ = t["_s"].to_numpy()
                    mask &= (s_ >= 0) & smask[np.maximum(s_, 0)]
                else:  # quotes: any of their sentences selected
                    cs = np.concatenate([[0], np.cumsum(smask)])
                    s0, s1 = t["_s0"].to_numpy(), t["_s1"].to_numpy()
                    ok = (s0 >= 0) & (s1 >= s0)
                    mask &= ok & ((cs[np.maximum(s1, 0) + 1] - cs[np.maximum(s0, 0)]) > 0)
            return t[mask]

        sel_m = rows_of(m, sentence_filter)
        if actor:
            sel_m = sel_m[sel_m["actor"] == actor]
        drop = ["_d", "_s", "_s0", "_s1"]
        clean = lambda t: t.drop(columns=[c for c in drop if c in t.columns]).reset_index(drop=True)  # noqa: E731
        return Selection(docs[keep].reset_index(drop=True), sents[smask].reset_index(drop=True),
                         clean(sel_m), clean(rows_of(self.quotes, sentence_filter)),
                         clean(rows_of(self.dates, sentence_filter)))

    # -- views -------------------------------------------------------------------------------

    def over_time(self, selection: Selection, freq: str | None = None) -> pd.DataFrame:
        """Sentences, mentions and mean tone of a selection per period (month or year).

        The period is a year when the selected documents span more than three years, else a
        month (or as ``freq`` says: ``"Y"`` or ``"M"``).
        """
        s = selection.sentences
        dated = s.dropna(subset=["published"])
        if dated.empty:
            return pd.DataFrame(columns=["period", "sentences", "mentions", "mean_tone"])
        if freq is None:
            span = dated["published"].max() - dated["published"].min()
            freq = "Y" if span > pd.Timedelta(days=3 * 365) else "M"
        per = _year_month(dated["published"], freq)
        out = dated.assign(period=per).groupby("period").agg(sentences=("sent_id", "size"),
                                                              mean_tone=("compound", "mean"))
        m = selection.mentions
        if len(m):
            mp = m["doc_id"].map(self.documents.set_index("doc_id")["published"])
            mcount = _year_month(mp, freq).value_counts()
            out["mentions"] = mcount.reindex(out.index).fillna(0).astype("int64")
        else:
            out["mentions"] = 0
        return out.reset_index()[["period", "sentences", "mentions", "mean_tone"]]

    def sentences_html(self, selection: Selection, limit: int = 50, offset: int = 0,
                       pattern: str | None = None, regex: bool = False) -> str:
        """The selected sentences as an HTML table, annotations highlighted, ``limit`` rows
        from ``offset`` (corpus text escaped)."""
        s = selection.sentences.iloc[offset:offset + limit]
        meta = self.documents.set_index("doc_id")
        rx = None
        if pattern:
            from ..text.concordance import phrase_pattern
            try:
                rx = re.compile(pattern, re.IGNORECASE) if regex else phrase_pattern(pattern)
            except (re.error, ValueError):
                rx = None
        rows = []
        for r in s.itertuples(index=False):
            spans = self._spans(r.doc_id, r.start, r.end)
            if rx is not None:
                spans += [(r.start + m.start(), r.start + m.end(), "hit", "search match")
                          for m in rx.finditer(r.text)]
            body = _highlight(r.text, r.start, spans)
            title = meta["title"].get(r.doc_id) if "title" in meta.columns else None
            date = meta["published"].get(r.doc_id)
            date = "" if pd.isna(date) else f"{date:%Y-%m-%d}"
            tone = "" if pd.isna(r.compound) else f"{r.compound:+.2f}"
            cls = "" if tone == "" else ("neg" if r.compound <= -0.05 else "pos" if r.compound >= 0.05 else "neu")
            rows.append(f"<tr><td class='doc' title='{_escape(title)}'>{_escape(r.doc_id)}<br>"
                        f"<small>{date}</small></td><td class='sid'>{r.sent_id}</td>"
                        f"<td class='tone {cls}'>{tone}</td><td>{body}</td></tr>")
        total = len(selection.sentences)
        shown = f"sentences {offset + 1 if total else 0}-{min(offset + limit, total)} of {total:,}"
        return (f"<div class='ax-explore'>{_CSS}<p class='ax-count'>{shown}</p>"
                "<table class='ax-sents'><thead><tr><th>document</th><th>#</th><th>tone</th>"
                "<th>sentence</th></tr></thead><tbody>" + "".join(rows) + "</tbody></table></div>")

    def _spans(self, doc_id, lo: int, hi: int) -> list:
        """Annotation spans (start, end, kind, title) in the clean text between lo and hi."""
        d = self._doc_pos.get(str(doc_id))
        if d is None:
            return []
        spans = []
        for name in ("mentions", "quotes", "dates"):
            first = getattr(self, f"_{name}_first")
            part = getattr(self, name).iloc[first[d]:first[d + 1]]
            part = part[(part["start"] < hi) & (part["end"] > lo)]
            for r in part.itertuples(index=False):
                if name == "mentions":
                    spans.append((r.start, r.end, "actor", f"actor: {r.actor} ({r.actor_type})"))
                elif name == "quotes":
                    who = r.speaker_actor if isinstance(r.speaker_actor, str) else (
                        r.speaker if isinstance(r.speaker, str) else "unattributed")
                    spans.append((r.start, r.end, "quote", f"quote, speaker: {who}"))
                else:
                    value = r.value if isinstance(r.value, str) else "unresolved"
                    spans.append((r.start, r.end, "date", f"{r.kind}: {value}"))
        return spans

    def document_html(self, doc_id: str) -> str:
        """One document as HTML: the clean text with annotations highlighted, and the lines
        cleaning removed shown greyed out where they stood, their label and reason on hover.

        Parameters
        ----------
        doc_id : str

        Returns
        -------
        str (HTML; corpus text escaped)

        Raises
        ------
        KeyError
            For an unknown ``doc_id``.
        """
        if str(doc_id) not in self._doc_pos.index:
            raise KeyError(f"no document {doc_id!r}")
        d = int(self._doc_pos[str(doc_id)])
        doc = self.documents.iloc[d]
        text = self.texts.get(doc_id, "")
        text = text if isinstance(text, str) else ""
        spans = self._spans(doc_id, 0, len(text) + 1)
        tone = self.sentences.iloc[self._sent_first[d]:self._sent_first[d + 1]]
        head = [f"<h3>{_escape(doc.get('title')) or _escape(doc_id)}</h3>"]
        facts = [f"<b>doc_id</b> {_escape(doc_id)}"]
        for col in ("outlet", "author", "published", "language", "topic"):
            if col in doc.index and pd.notna(doc[col]) and str(doc[col]):
                v = f"{doc[col]:%Y-%m-%d}" if col == "published" else doc[col]
                facts.append(f"<b>{col}</b> {_escape(v)}")
        if len(tone):
            facts.append(f"<b>mean sentence tone</b> {tone['compound'].mean():+.2f} over {len(tone)} sentences")
        head.append("<p class='ax-facts'>" + " · ".join(facts) + "</p>")
        parts = []
        lines = self.lines.iloc[self._lines_first[d]:self._lines_first[d + 1]]
        cursor = 0
        if len(lines):
            from ..clean.cleaning import normalize_typography
            for r in lines.itertuples(index=False):
                raw = r.text if isinstance(r.text, str) else ""
                if r.label == "body":
                    norm = " ".join(normalize_typography(raw).split())
                    if not norm:
                        continue
                    at = text.find(norm, cursor)
                    if at < 0:  # assembled differently: show the line as it was kept
                        parts.append(f"<p class='ax-body'>{_escape(raw)}</p>")
                        continue
                    if at > cursor and text[cursor:at].strip():
                        parts.append(f"<p class='ax-body'>{_highlight(text[cursor:at], cursor, spans)}</p>")
                    parts.append(f"<p class='ax-body'>{_highlight(norm, at, spans)}</p>")
                    cursor = at + len(norm)
                elif raw.strip():
                    parts.append(f"<p class='ax-removed' title='removed: {_escape(r.label)}, "
                                 f"{_escape(r.reason)}'>{_escape(raw)} "
                                 f"<span class='ax-reason'>[{_escape(r.label)}: {_escape(r.reason)}]</span></p>")
        if cursor < len(text) and text[cursor:].strip():
            parts.append(f"<p class='ax-body'>{_highlight(text[cursor:], cursor, spans)}</p>")
        legend = ("<p class='ax-legend'><span class='actor'>actor</span> <span class='quote'>quote</span> "
                  "<span class='date'>date</span> <span class='ax-removed'>removed by cleaning</span> "
                  "(hover for details)</p>")
        return f"<div class='ax-explore'>{_CSS}" + "".join(head) + legend + "".join(parts) + "</div>"


_CSS = """<style>
.ax-explore{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;font-size:13px;line-height:1.45}
.ax-explore table.ax-sents{border-collapse:collapse;width:100%}
.ax-explore .ax-sents td,.ax-explore .ax-sents th{border-bottom:1px solid #ddd;padding:3px 6px;vertical-align:top;text-align:left}
.ax-explore td.doc{white-space:nowrap;color:#555;max-width:14em;overflow:hidden;text-overflow:ellipsis}
.ax-explore td.tone.neg{color:#b2182b}.ax-explore td.tone.pos{color:#2166ac}.ax-explore td.tone.neu{color:#777}
.ax-explore .actor{background:#fde9b3;border-radius:2px}
.ax-explore .quote{background:#d9ecd0}
.ax-explore .date{background:#d6e4f5;border-bottom:1px dotted #2166ac}
.ax-explore .hit{outline:2px solid #e08214;border-radius:2px}
.ax-explore .ax-removed{color:#aaa;text-decoration:line-through;text-decoration-color:#ccc}
.ax-explore .ax-reason{font-size:11px;color:#999;text-decoration:none;display:inline-block}
.ax-explore .ax-facts{color:#555}
</style>"""


def _highlight(text: str, offset: int, spans) -> str:
    """HTML of ``text`` (which starts at ``offset`` in the clean text) with every span that
    overlaps it wrapped in a <span> of its kinds, titles joined for the hover."""
    lo, hi = offset, offset + len(text)
    inside = [(max(s, lo), min(e, hi), k, t) for s, e, k, t in spans if s < hi and e > lo]
    if not inside:
        return _escape(text)
    cuts = sorted({lo, hi, *[s for s, _, _, _ in inside], *[e for _, e, _, _ in inside]})
    out = []
    for a, b in zip(cuts, cuts[1:]):
        piece = _escape(text[a - lo:b - lo])
        cover = [(k, t) for s, e, k, t in inside if s <= a and e >= b]
        if cover:
            kinds = " ".join(dict.fromkeys(k for k, _ in cover))
            title = " | ".join(dict.fromkeys(t for _, t in cover))
            out.append(f"<span class='{kinds}' title='{_escape(title)}'>{piece}</span>")
        else:
            out.append(piece)
    return "".join(out)


# --------------------------------------------------------------------------- the app


def explore(corpus_or_index, *, page_size: int = 25, **index_options):
    """An interactive explorer (ipywidgets) of a corpus, for JupyterLab and Voilà.

    Filters: publication date range, any metadata column, actor, topic, sentence tone and a
    phrase or regular expression. Shows the counts, mentions and tone over time for the
    selection, the matching sentences with annotations highlighted (actor mentions, quotes
    with their speaker, dates with their value; hover for details), and a document view with
    what cleaning removed greyed out and its reason.

    Parameters
    ----------
    corpus_or_index : DataFrame, CorpusIndex, Store, or str/Path
        A corpus (annotated once here), an index, a store written by :func:`analysis.annotate`
        (or its folder), or a folder written by :meth:`CorpusIndex.save`.
    page_size : int, default 25
        Sentences per page.
    **index_options
        Passed to :meth:`CorpusIndex.from_corpus` (``topic_model=``, ``dictionary=`` ...).

    Returns
    -------
    ipywidgets.VBox
        The app; it also has ``.index`` (the :class:`CorpusIndex`) and ``.apply()`` (re-run the
        filter, as a button click does).

    Examples
    --------
    >>> import analysis
    >>> app = analysis.explore(analysis.load_corpus())  # doctest: +SKIP
    >>> app  # doctest: +SKIP
    """
    import ipywidgets as w
    import matplotlib.pyplot as plt

    if isinstance(corpus_or_index, CorpusIndex):
        index = corpus_or_index
    elif isinstance(corpus_or_index, (str, Path)):
        from ..store import is_store

        index = (CorpusIndex.from_store(corpus_or_index) if is_store(corpus_or_index)
                 else CorpusIndex.load(corpus_or_index))
    elif type(corpus_or_index).__name__ == "Store":
        index = CorpusIndex.from_store(corpus_or_index)
    else:
        index = CorpusIndex.from_corpus(corpus_or_index, **index_options)

    docs = index.documents
    dated = docs["published"].dropna()
    lay = w.Layout(width="auto")
    style = {"description_width": "initial"}
    date_from = w.DatePicker(description="from", value=dated.min().date() if len(dated) else None, style=style)
    date_to = w.DatePicker(description="to", value=dated.max().date() if len(dated) else None, style=style)
    meta_cols = index.metadata_columns()
    column = w.Dropdown(options=["(any)"] + meta_cols, description="metadata", style=style)
    values = w.SelectMultiple(options=[], description="values", rows=4, style=style, layout=lay)
    actors = index.actors()
    actor = w.Combobox(options=actors[:5000], placeholder="any actor", description="actor",
                       ensure_option=False, style=style)
    actor_note = w.HTML(f"<small>{_escape(index.actor_note())}</small>" if index.actor_note() else "")
    topics = index.topics()
    topic = w.Dropdown(options=["(any)"] + topics, description="topic", style=style,
                       disabled=not topics)
    tone = w.FloatRangeSlider(value=(-1.0, 1.0), min=-1.0, max=1.0, step=0.05, description="tone",
                              readout_format="+.2f", style=style, continuous_update=False)
    phrase = w.Text(placeholder="word, phrase or regex", description="text", style=style)
    is_regex = w.Checkbox(value=False, description="regex", indent=False)
    apply_btn = w.Button(description="Apply", button_style="primary")
    counts = w.HTML()
    chart = w.Output()
    page = w.BoundedIntText(value=1, min=1, max=1, description="page", style=style, layout=w.Layout(width="9em"))
    table = w.HTML()
    doc_pick = w.Dropdown(options=[], description="document", style=style, layout=w.Layout(width="40em"))
    doc_view = w.HTML()
    state = {}

    def on_column(change):
        col = change["new"]
        if col == "(any)":
            values.options = []
        else:
            vals = docs[col].dropna().astype(str).value_counts()
            values.options = vals.index.tolist()[:500]
    column.observe(on_column, names="value")

    def current():
        return dict(
            date_from=date_from.value, date_to=date_to.value,
            column=None if column.value == "(any)" else column.value,
            values=list(values.value) or None,
            actor=actor.value.strip() or None,
            topic=None if topic.value == "(any)" else topic.value,
            tone=None if tuple(tone.value) == (-1.0, 1.0) else tuple(tone.value),
            pattern=phrase.value.strip() or None, regex=is_regex.value)

    def render_table():
        sel = state["sel"]
        q = state["query"]
        table.value = index.sentences_html(sel, limit=page_size, offset=(page.value - 1) * page_size,
                                           pattern=q["pattern"], regex=q["regex"])

    def apply(_=None):
        q = current()
        try:
            sel = index.select(**q)
        except ValueError as exc:
            counts.value = f"<p style='color:#b2182b'>{_escape(exc)}</p>"
            return
        state["sel"], state["query"] = sel, q
        c = sel.counts()
        counts.value = ("<p><b>{documents:,}</b> documents · <b>{sentences:,}</b> sentences · "
                        "<b>{mentions:,}</b> actor mentions · <b>{quotes:,}</b> quotes · "
                        "<b>{dates:,}</b> dates</p>").format(**c)
        pages = max(1, -(-c["sentences"] // page_size))
        page.max = pages
        page.value = 1
        render_table()
        chart.clear_output(wait=True)
        with chart:
            ot = index.over_time(sel)
            if len(ot):
                fig, (a1, a2) = plt.subplots(1, 2, figsize=(9, 2.4), constrained_layout=True)
                x = np.arange(len(ot))
                a1.bar(x, ot["mentions"] if q["actor"] else ot["sentences"], color="#4D4D4D")
                a1.set_title(("mentions of " + q["actor"]) if q["actor"] else "sentences", fontsize=9)
                a1.yaxis.get_major_locator().set_params(integer=True)
                a2.plot(x, ot["mean_tone"], marker="o", color="#2166ac")
                a2.axhline(0, color="#999", lw=0.6)
                a2.set_title("mean sentence tone", fontsize=9)
                for a in (a1, a2):
                    step = max(1, len(ot) // 8)
                    a.set_xticks(x[::step], ot["period"].iloc[::step], fontsize=7, rotation=30)
                    a.tick_params(labelsize=7)
                plt.show()
            else:
                print("no dated documents in the selection")
        opts = [(f"{d} · {t[:60]}" if isinstance(t, str) and t else str(d), d)
                for d, t in zip(sel.documents["doc_id"], sel.documents.get("title", sel.documents["doc_id"]))]
        doc_pick.options = opts[:2000]
        if opts:
            doc_pick.value = opts[0][1]
        else:
            doc_view.value = ""

    def on_doc(change):
        if change["new"] is not None:
            doc_view.value = index.document_html(change["new"])

    apply_btn.on_click(apply)
    page.observe(lambda ch: render_table() if "sel" in state else None, names="value")
    doc_pick.observe(on_doc, names="value")
    filters = w.VBox([w.HBox([date_from, date_to]), w.HBox([column, values]),
                      w.HBox([actor, topic]), actor_note, tone, w.HBox([phrase, is_regex, apply_btn])])
    tabs = w.Tab(children=[w.VBox([page, table]), w.VBox([doc_pick, doc_view])])
    tabs.set_title(0, "sentences")
    tabs.set_title(1, "document")
    app = w.VBox([w.HTML("<h3>Explore the corpus</h3>"), filters, counts, chart, tabs])
    app.index = index
    app.apply = apply
    app.widgets = dict(date_from=date_from, date_to=date_to, column=column, values=values, actor=actor,
                       topic=topic, tone=tone, phrase=phrase, regex=is_regex, apply=apply_btn, page=page,
                       table=table, counts=counts, document=doc_pick, document_view=doc_view)
    apply()
    return app
