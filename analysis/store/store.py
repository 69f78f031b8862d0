"""The store on disk: its manifest, its journal, and :class:`Store`, which reads it.

Layout of a store folder::

    store/
      manifest.json          settings fingerprint, one entry per document, the live parts
      _journal.jsonl         commits since manifest.json was last written (one JSON line each)
      documents/p00000001.parquet
      sentences/p00000001.parquet
      ...                    one folder per table, one file per part

A *part* is the output of one chunk of documents, written as one Parquet file per table.
A part is live only once a line of the journal (or the manifest) names it; a file that no
line names (an interrupted run's output) is never read and is deleted by the next run.
Each live document is in exactly one live part.
"""
from __future__ import annotations

import json
import os
from pathlib import Path

import pandas as pd

FORMAT = 1
#: one table per unit, all keyed by doc_id (and sent_id where there is a sentence);
#: "mentions" holds what each document gives on its own, "mention_candidates" and "name_words"
#: what :func:`analysis.actors.mentions.link_mentions` needs to add the links across documents
#: (the corpus's mentions: ``AnnotatedCorpus(store=...).mentions`` or :meth:`Store.mentions`)
TABLES = ("documents", "lines", "sentences", "dates", "mentions", "quotes", "problems",
          "mention_candidates", "name_words")
MANIFEST = "manifest.json"
JOURNAL = "_journal.jsonl"


class StoreError(RuntimeError):
    """A folder that is not a store, or a store that cannot be read."""


# --------------------------------------------------------------------------- state


class State:
    """What a store holds: documents (hash, part, chunk key, position) and live parts.

    Built from ``manifest.json`` plus the journal lines written after it; a journal line
    cut short by a crash (not valid JSON) and any line after it are ignored.
    """

    def __init__(self, root: Path):
        self.root = Path(root)
        self.fingerprint: str | None = None
        self.settings: dict = {}
        self.state = "empty"
        self.seq = 0
        self.next_part = 1
        self.runs = 0
        # owner -> [digest, part, chunk_key, position, kind]; an owner is a doc_id (kind 1) or
        # a document/file the loader skipped, which has only rows in the problems table (kind 0)
        self.docs: dict[str, list] = {}
        self.parts: dict[str, list] = {}   # part -> [doc_id, ...]
        self.last_run: dict = {}
        self.source = None

    # -- reading ------------------------------------------------------------------------
    @classmethod
    def read(cls, root) -> "State":
        st = cls(root)
        path = st.root / MANIFEST
        if path.exists():
            try:
                m = json.loads(path.read_text(encoding="utf-8"))
            except json.JSONDecodeError as err:
                raise StoreError(f"{path} is not valid JSON ({err}); the store cannot be read") from err
            if m.get("format") != FORMAT:
                raise StoreError(f"{path}: unknown store format {m.get('format')!r}")
            st.fingerprint = m.get("fingerprint")
            st.settings = m.get("settings", {})
            st.state = m.get("state", "complete")
            st.seq = int(m.get("seq", 0))
            st.next_part = int(m.get("next_part", 1))
            st.runs = int(m.get("runs", 0))
            # one string object per part name and chunk key, not one per document: JSON gives
            # each occurrence its own copy (about 170 bytes a document on a million)
            shared: dict[str, str] = {}
            st.docs = {k: [v[0], shared.setdefault(v[1], v[1]), shared.setdefault(v[2], v[2]), *v[3:]]
                       for k, v in m.pop("documents", {}).items()}
            st.parts = {k: list(v) for k, v in m.pop("parts", {}).items()}
            st.last_run = m.get("last_run", {})
            st.source = m.get("source")
        journal = st.root / JOURNAL
        if journal.exists():
            with open(journal, encoding="utf-8") as fh:
                for line in fh:
                    try:
                        entry = json.loads(line)
                    except json.JSONDecodeError:
                        break  # a line cut short by a crash: it and what follows never happened
                    if not line.endswith("\n"):
                        break
                    if entry.get("seq", 0) <= st.seq:
                        continue  # already in the manifest
                    st.apply(entry)
                    st.state = "running"
        return st

    # -- changes ------------------------------------------------------------------------
    def apply(self, entry: dict) -> None:
        """Apply one journal entry (also used by the writer, so reader and writer agree)."""
        if entry.get("fingerprint"):
            self.fingerprint = entry["fingerprint"]
            self.settings = entry.get("settings", self.settings)
        for old, new in entry.get("replace", {}).items():
            docs = self.parts.pop(old, [])
            if new is not None:
                keep = set(entry["kept"][old])
                self.parts[new] = [d for d in docs if d in keep]
                for d in self.parts[new]:
                    if d in self.docs:
                        self.docs[d][1] = new
        for d in entry.get("removed", []):
            self.docs.pop(d, None)
        part = entry.get("part")
        if part:
            self.parts[part] = [d for d, *_ in entry["docs"]]
            for d, digest, chunk_key, pos, kind in entry["docs"]:
                self.docs[d] = [digest, part, chunk_key, pos, kind]
        self.seq = max(self.seq, int(entry.get("seq", self.seq)))
        self.next_part = max(self.next_part, int(entry.get("next_part", self.next_part)))

    def manifest(self) -> dict:
        return {"format": FORMAT, "fingerprint": self.fingerprint, "settings": self.settings,
                "state": self.state, "seq": self.seq, "next_part": self.next_part, "runs": self.runs,
                "source": self.source, "last_run": self.last_run,
                "parts": self.parts, "documents": self.docs}

    def files(self, table: str) -> list[Path]:
        """The live Parquet files of one table, in part order."""
        return [self.root / table / f"{p}.parquet" for p in sorted(self.parts)]


def write_json_atomic(path: Path, obj) -> None:
    """Write JSON to a temporary name, flush it to disk, then rename over ``path``."""
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    with open(tmp, "w", encoding="utf-8") as fh:
        json.dump(obj, fh, separators=(",", ":"))
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)


def is_store(path) -> bool:
    """True when ``path`` is a folder written by :func:`analysis.annotate`."""
    return (Path(path) / MANIFEST).is_file() or (Path(path) / JOURNAL).is_file()


# --------------------------------------------------------------------------- reading


class Store:
    """A corpus annotated once by :func:`analysis.annotate`: tables read from Parquet.

    Every table shares the key ``doc_id`` (and ``sent_id`` for units inside a sentence).
    :meth:`table` reads with pyarrow (only the columns and rows asked for) into pandas;
    :meth:`sql` runs DuckDB over the same files, for tables larger than memory.

    Parameters
    ----------
    path : str or Path
        The store folder.

    Attributes
    ----------
    path : Path
    last_run : dict
        What the last :func:`analysis.annotate` did: documents annotated, reused, removed.

    Examples
    --------
    >>> import analysis, tempfile
    >>> store = analysis.annotate(None, tempfile.mkdtemp(), workers=1, progress=False)
    >>> store.n_documents
    5
    >>> store.sql("select count(distinct doc_id) as n from sentences")["n"].iloc[0]
    np.int64(5)
    """

    def __init__(self, path, *, _state: State | None = None):
        self.path = Path(path)
        if not is_store(self.path):
            raise StoreError(f"{self.path} is not a store (no {MANIFEST}); build one with analysis.annotate()")
        # annotate() hands over the state it has just written instead of reading it again
        self._state = _state if _state is not None else State.read(self.path)
        if self._state.state != "complete":
            import warnings
            warnings.warn(f"{self.path}: the last annotation did not finish; reading the "
                          f"{len(self._state.docs)} documents it completed (run annotate again to finish)",
                          stacklevel=2)
        self._order = None
        self._con = None

    def __repr__(self) -> str:
        return f"Store({str(self.path)!r}, n_documents={self.n_documents})"

    # -- facts ---------------------------------------------------------------------------
    @property
    def n_documents(self) -> int:
        """Number of documents in the store."""
        return sum(1 for v in self._state.docs.values() if v[4] == 1)

    @property
    def last_run(self) -> dict:
        return dict(self._state.last_run)

    @property
    def settings(self) -> dict:
        """The settings and library versions the tables were computed with."""
        return dict(self._state.settings)

    @property
    def complete(self) -> bool:
        """False when the last annotation was interrupted."""
        return self._state.state == "complete"

    def files(self, name: str) -> list[Path]:
        """The Parquet files that make up table ``name`` (read these, no others)."""
        self._check(name)
        return self._state.files(name)

    def _check(self, name):
        if name not in TABLES:
            raise KeyError(f"no table {name!r}; the store has: {', '.join(TABLES)}")

    # -- reading -------------------------------------------------------------------------
    def _schema(self, name):
        import pyarrow as pa
        import pyarrow.parquet as pq

        schemas = [pq.read_schema(f) for f in self.files(name)]
        if not schemas:
            return None
        return pa.unify_schemas(schemas, promote_options="permissive")

    def _positions(self) -> pd.Series:
        if self._order is None:
            docs = self._state.docs
            self._order = pd.Series([v[3] for v in docs.values()], index=pd.Index(list(docs), dtype="str"),
                                    dtype="int64")
        return self._order

    def table(self, name: str, columns=None, filters=None) -> pd.DataFrame:
        """One table as a DataFrame, in corpus order (documents in source order, then as the
        annotation function returned the rows).

        Parameters
        ----------
        name : {"documents", "lines", "sentences", "dates", "mentions", "quotes", "problems"}
        columns : list of str, optional
            Read only these columns.
        filters : optional
            A pyarrow filter: a list of ``(column, op, value)`` tuples (ANDed), e.g.
            ``[("doc_id", "in", ["a", "b"])]``, or a ``pyarrow.compute`` expression.

        Returns
        -------
        DataFrame

        Raises
        ------
        KeyError
            For an unknown table name.
        """
        import pyarrow.dataset as ds
        import pyarrow.parquet as pq

        self._check(name)
        files = [str(f) for f in self.files(name)]
        schema = self._schema(name)
        if schema is None:
            return pd.DataFrame(columns=list(columns) if columns else ["doc_id"])
        dataset = ds.dataset(files, schema=schema, format="parquet")
        want = list(columns) if columns is not None else None
        read = want if want is None or "doc_id" in want else want + ["doc_id"]
        expr = pq.filters_to_expression(filters) if isinstance(filters, list) else filters
        frame = dataset.to_table(columns=read, filter=expr).to_pandas()
        if len(frame):
            pos = frame["doc_id"].astype(str).map(self._positions())
            frame = frame.iloc[pos.reset_index(drop=True).argsort(kind="stable")].reset_index(drop=True)
        if want is not None:
            frame = frame[want]
        else:  # bookkeeping columns (the owner of a problem row)
            frame = frame.drop(columns=[c for c in frame.columns if str(c).startswith("_")])
        return frame

    @property
    def documents(self) -> pd.DataFrame:
        """The documents table (doc_id, metadata, clean text, content_hash)."""
        return self.table("documents")

    def mentions(self) -> pd.DataFrame:
        """The corpus's actor mentions, as :func:`analysis.actor_mentions` gives them on the
        whole corpus: the stored per-document mentions plus the links across documents (a
        lone surname to the only full name with it in the corpus), made from the stored
        ``mention_candidates`` and the counts of ``name_words`` (only the rows of the words
        needed are read). The ``mentions`` table itself holds what each document gives on its
        own.

        Examples
        --------
        >>> import analysis, tempfile
        >>> store = analysis.annotate(None, tempfile.mkdtemp(), workers=1, progress=False)
        >>> store.mentions().equals(analysis.actor_mentions(analysis.load_corpus(None)))
        True
        """
        from ..actors.mentions import link_mentions, load_actor_dictionary, mark_self_references

        missing = [n for n in ("mention_candidates", "name_words") if not all(f.exists() for f in self.files(n))]
        if missing:
            raise StoreError(f"{self.path} has no {' or '.join(missing)} table (annotated by an older "
                             "version of the library); run analysis.annotate on it again")

        def words(wanted):
            return self.table("name_words", columns=["word", "mid", "low"],
                              filters=[("word", "in", sorted(wanted))])

        linked = link_mentions(self.table("mentions"), self.table("mention_candidates"), words,
                               load_actor_dictionary().with_countries())
        docs = self.table("documents")
        return mark_self_references(linked, docs[[c for c in ("doc_id", "text", "outlet") if c in docs.columns]])

    def sql(self, query: str) -> pd.DataFrame:
        """Run a DuckDB query over the store's tables (views named after them).

        Parameters
        ----------
        query : str
            SQL; the tables are views ``documents``, ``lines``, ``sentences``, ``dates``,
            ``mentions``, ``quotes``, ``problems``.

        Returns
        -------
        DataFrame
        """
        return self.connection().execute(query).df()

    def connection(self):
        """A DuckDB connection with one view per table (for queries larger than memory)."""
        if self._con is None:
            import duckdb

            con = duckdb.connect()
            for name in TABLES:
                files = [str(f) for f in self.files(name)]
                if files:
                    listing = ", ".join("'" + f.replace("'", "''") + "'" for f in files)
                    con.execute(f"create view {name} as select * from read_parquet([{listing}], union_by_name=true)")
            self._con = con
        return self._con

    def close(self) -> None:
        if self._con is not None:
            self._con.close()
            self._con = None


def open_store(path) -> Store:
    """Open a store written by :func:`analysis.annotate`.

    Parameters
    ----------
    path : str or Path

    Returns
    -------
    Store

    Raises
    ------
    StoreError
        When ``path`` is not a store.

    Examples
    --------
    >>> import analysis, tempfile
    >>> folder = tempfile.mkdtemp()
    >>> _ = analysis.annotate(None, folder, workers=1, progress=False)
    >>> analysis.open_store(folder).table("quotes", columns=["doc_id", "speaker"]).shape[1]
    2
    """
    return Store(path)
