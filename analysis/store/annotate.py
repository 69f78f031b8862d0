"""``annotate``: one annotation pass over a corpus of any size, stored as Parquet tables.

The work is split in chunks of documents. A worker (a process of the local pool, or a Dask
worker) loads a chunk with :func:`analysis.load_corpus`, hashes each document, and annotates
only the documents whose hash the store does not hold yet, with the library's public
functions: :func:`analysis.cleaning_report` (lines), :func:`analysis.sentences` with the
VADER scores of :func:`analysis.sentiment_scores` (the numbers of
:func:`analysis.sentence_sentiment`, without segmenting twice), :func:`analysis.extract_dates`,
:func:`analysis.actor_mentions` (per document: the links across documents are made
when the store is read, see :meth:`Store.mentions`) and :func:`analysis.extract_quotes`. The parent process alone
writes: each chunk's tables as one *part* (a temporary name, then a rename), then one line in
the journal that makes the part live. See :mod:`analysis.store.store` for the layout.
"""
from __future__ import annotations

import hashlib
import json
import os
import signal
import sys
import time
import uuid
import warnings
from pathlib import Path

import numpy as np
import pandas as pd

from . import chunks as _chunks
from .store import JOURNAL, MANIFEST, TABLES, State, Store, StoreError, write_json_atomic

#: test hooks (environment variables): make chunk number N fail in the worker, or kill the
#: annotating process (SIGKILL) right after chunk N was committed
FAIL_AT_ENV = "ANALYSIS_STORE_FAIL_AT_CHUNK"
KILL_AFTER_ENV = "ANALYSIS_STORE_KILL_AFTER_CHUNK"

_LOAD_KEYS = ("on_error", "text_column", "id_column", "title_column", "author_column", "outlet_column",
              "date_column", "suffixes", "fallback_encodings",
              "delimiter", "quotechar", "header", "column_names",  # a .csv/.tsv's dialect
              "dayfirst",  # numeric dates: None decides one order for the whole file
              "keep_tables")  # rows of tables and lists of figures stay in the text
#: modules whose code does not change any stored table
_NOT_ANNOTATION = {"store", "plots", "report", "topics", "reuse", "keywords", "__main__.py", "__pycache__",
                   "dates/timebins.py", "dates/event_kinds.py", "lexicons/event_kinds.csv",
                   "lexicons/sport_results.txt", "clean/summary.py",
                   "text/concordance.py"}


# --------------------------------------------------------------------------- settings


def _library_digest() -> str:
    """SHA-256 of the library's own code and data files that annotation runs (so an edited
    rule, word list or model re-annotates everything; a change elsewhere does not)."""
    root = Path(__file__).resolve().parents[1]
    h = hashlib.sha256()
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root)
        if not path.is_file() or rel.parts[0] in _NOT_ANNOTATION or rel.as_posix() in _NOT_ANNOTATION \
                or "__pycache__" in rel.parts or path.suffix in (".pyc",):
            continue
        h.update(rel.as_posix().encode())
        h.update(path.read_bytes())
    return h.hexdigest()


def settings_fingerprint(load_options: dict) -> tuple[str, dict]:
    """The settings a stored table depends on, and their SHA-256."""
    from importlib.metadata import PackageNotFoundError, version

    import analysis

    versions = {}
    for pkg in ("pandas", "pyarrow", "nltk", "vaderSentiment", "dateparser", "trafilatura", "charset-normalizer"):
        try:
            versions[pkg] = version(pkg)
        except PackageNotFoundError:
            versions[pkg] = None
    settings = {"analysis": analysis.__version__, "code": _library_digest(), "packages": versions,
                "load_options": {k: (list(v) if isinstance(v, tuple) else v) for k, v in sorted(load_options.items())},
                "tables": list(TABLES)}
    return hashlib.sha256(json.dumps(settings, sort_keys=True, default=str).encode()).hexdigest(), settings


def _u64(digests) -> np.ndarray:
    return np.array([int(d[:16], 16) for d in digests], dtype=np.uint64)


# --------------------------------------------------------------------------- the worker


def _annotate_corpus(corpus: pd.DataFrame) -> dict:
    """The annotation tables of a (small) corpus DataFrame, with the library's functions."""
    from ..actors.mentions import document_mentions, load_actor_dictionary
    from ..clean.cleaning import cleaning_report
    from ..dates.extract import extract_dates
    from ..quotes.extract import extract_quotes
    from ..text.segment import sentences
    from ..sentiment.scores import sentiment_scores

    sents = sentences(corpus)
    tone = sentiment_scores(sents["text"].tolist())
    sents = pd.concat([sents, tone.reset_index(drop=True)], axis=1)
    # mentions per document; the links across documents are made when the store is read
    # (analysis.actors.mentions.link_mentions over all documents' tables)
    mentions, candidates, words = document_mentions(corpus, load_actor_dictionary().with_countries())
    return {
        "lines": cleaning_report(corpus),
        "sentences": sents,
        "dates": extract_dates(corpus),
        "mentions": mentions,
        "quotes": extract_quotes(corpus),
        "mention_candidates": candidates,
        "name_words": words,
    }


class _quiet_progress:
    """No progress bars from the annotators while a chunk runs (the annotating process shows
    one bar for the whole corpus); restored afterwards."""

    def __enter__(self):
        from .. import progress as module

        self.module, self.saved = module, module.tqdm

        def quiet(*args, **kwargs):
            kwargs["disable"] = True
            return self.saved(*args, **kwargs)

        module.tqdm = quiet
        return self

    def __exit__(self, *exc):
        self.module.tqdm = self.saved


def _ranker(spec: dict):
    """A function (source_path, index in chunk) -> the document's place in the whole source:
    the file's place in the sorted listing, or the row (line) number in the table."""
    if spec["kind"] == "files":
        ranks = {rel: spec["ranks"][i] for i, rel in enumerate(spec["paths"])}
        return lambda sp, k: ranks.get(sp, -1)
    if spec["kind"] == "table":
        import re

        def rank(sp, k):  # 'items.csv:12' (line), 'items.parquet:row 3'; a file-wide problem: -1
            m = re.search(r":(?:row )?(\d+)$", str(sp))
            return int(m.group(1)) if m else -1
        return rank
    return lambda sp, k: k


def process_chunk(spec: dict, known: np.ndarray | None) -> dict:
    """Load one chunk, annotate the documents the store lacks, return their tables.

    Runs in a worker. ``known`` is the sorted array of the 64-bit prefixes of the digests the
    store already holds. Returns the chunk's documents in order (doc_id, digest, annotated?)
    and the tables of the annotated ones.
    """
    if os.environ.get(FAIL_AT_ENV) == str(spec["index"]):
        raise RuntimeError(f"test hook {FAIL_AT_ENV}: chunk {spec['index']} fails")
    fingerprint = spec["fingerprint"]
    with warnings.catch_warnings(record=True) as caught, _quiet_progress():
        warnings.simplefilter("always")
        corpus = _chunks.load_chunk(spec, spec["load_options"])
        problems = corpus.attrs.get("problems")
        problems = problems.copy() if problems is not None else pd.DataFrame(
            columns=["source_path", "doc_id", "problem", "action"])
        problems = pd.DataFrame(problems)
        problems = problems[problems["problem"] != "metadata row without a file"]  # a chunk's view only
        note = spec.get("date_order_note")
        if note is not None:  # the order was decided on the whole file: say how, once per file
            problems = problems[~problems["problem"].isin(["date order", "mixed date order"])]
            problems = pd.concat([problems, pd.DataFrame([{
                "source_path": spec["name"], "doc_id": None, "problem": note[0], "action": note[1]}])],
                ignore_index=True)
        if spec.get("kind") == "table":  # time-zone offsets: counted over the whole file, said once
            problems = problems[problems["problem"] != "mixed UTC offsets"]
            if spec.get("offset_note") is not None:
                problems = pd.concat([problems, pd.DataFrame([{
                    "source_path": spec["name"], "doc_id": None, "problem": "mixed UTC offsets",
                    "action": spec["offset_note"]}])], ignore_index=True)
        digests = _chunks.doc_digests(corpus, fingerprint)
        ids = corpus["doc_id"].astype(str).tolist()
        if known is not None and len(known):
            u = _u64(digests)
            pos = np.searchsorted(known, u)
            have = (pos < len(known)) & (known[np.minimum(pos, len(known) - 1)] == u)
        else:
            have = np.zeros(len(ids), dtype=bool)
        todo = corpus[~have].reset_index(drop=True)
        tables = _annotate_corpus(todo) if len(todo) else None
    warned = [str(w.message) for w in caught if not issubclass(w.category, DeprecationWarning)]

    # owners of problem rows: a loaded document, a document the loader skipped, or the file
    loaded = set(ids)
    owners, extra = [], {}
    pdoc = problems["doc_id"]
    rank = _ranker(spec)
    for d, sp in zip(pdoc, problems["source_path"]):
        if isinstance(d, str) and d and d != "None":
            owners.append(d)
        elif spec["kind"] == "table" and rank(sp, -1) >= 0:  # a row no id names (invalid JSON line ...)
            owners.append(f"(row) {sp}")
        else:  # about the whole file: every chunk of a table says it, the first one keeps it
            owners.append(f"(file) {str(sp).split(':', 1)[0]}" if spec["kind"] == "table" and spec["index_in_file"] == 0
                          or spec["kind"] != "table" else None)
    problems = problems.assign(_owner=owners)
    problems = problems[problems["_owner"].notna()].reset_index(drop=True)
    for owner, rows in problems[~problems["_owner"].isin(loaded)].groupby("_owner", sort=False):
        extra[owner] = _chunks._sha(fingerprint, rows.drop(columns="_owner").to_json(orient="values"))
    entries = []  # (owner, digest, kind, annotated, rank: the owner's place in the source)
    for k, (d, dg, h, sp) in enumerate(zip(ids, digests, have, corpus["source_path"].tolist())):
        entries.append((d, dg, 1, not bool(h), rank(sp, k)))
    first_path = problems.drop_duplicates("_owner").set_index("_owner")["source_path"] if len(problems) else {}
    for owner, dg in extra.items():
        h = known is not None and len(known) and bool(np.isin(_u64([dg]), known)[0])
        entries.append((owner, dg, 0, not h, rank(first_path[owner], -1)))
    new = {o for o, _, _, a, _ in entries if a}
    out = {"index": spec["index"], "key": spec["key"], "entries": entries, "warnings": warned,
           "n_docs": len(ids), "bytes": int(corpus["raw_text"].fillna("").str.len().sum()) if len(corpus) else 0,
           "tables": None}
    if new:
        docs = todo.drop(columns=[c for c in ("raw_text",) if c in todo.columns])
        docs = docs.assign(content_hash=[dg for dg, h in zip(digests, have) if not h])
        t = dict(tables) if tables is not None else {name: None for name in TABLES}
        t["documents"] = docs
        t["problems"] = problems[problems["_owner"].isin(new)].reset_index(drop=True)
        if tables is None:  # only problem rows are new
            t.update({n: pd.DataFrame({"doc_id": pd.Series(dtype="str")}) for n in TABLES
                      if n not in ("documents", "problems")})
        out["tables"] = t
    return out


# --------------------------------------------------------------------------- the writer


class _Writer:
    """Writes parts and journal lines; the only code that changes a store."""

    def __init__(self, root: Path, state: State, fingerprint: str, settings: dict):
        self.root, self.state = root, state
        self.fingerprint, self.settings = fingerprint, settings
        for name in TABLES:
            (root / name).mkdir(parents=True, exist_ok=True)
        self.journal = open(root / JOURNAL, "a", encoding="utf-8")

    def new_part(self) -> str:
        name = f"p{self.state.next_part:08d}"
        self.state.next_part += 1
        return name

    def _write_table(self, name: str, part: str, frame: pd.DataFrame) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        frame = frame.reset_index(drop=True)
        frame.attrs = {}
        for col in frame.columns:  # a column with no value in this part: typed by the other parts
            if frame[col].dtype.kind in "fO" and frame[col].isna().all():
                frame[col] = pd.Series([None] * len(frame), dtype=object)
        table = pa.Table.from_pandas(frame, preserve_index=False)
        final = self.root / name / f"{part}.parquet"
        tmp = final.with_name(f".{part}.parquet.tmp-{uuid.uuid4().hex[:8]}")
        pq.write_table(table, tmp, compression="zstd")
        os.replace(tmp, final)

    def write_part(self, part: str, tables: dict) -> None:
        for name in TABLES:
            self._write_table(name, part, tables[name])

    def rewrite_without(self, old: str, drop: set) -> tuple[str | None, list]:
        """Part ``old`` minus the rows of ``drop``: a new part (or None when nothing is left)."""
        keep = [d for d in self.state.parts.get(old, []) if d not in drop]
        if not keep:
            return None, []
        new = self.new_part()
        keep_set = set(keep)
        for name in TABLES:
            path = self.root / name / f"{old}.parquet"
            if not path.exists():  # a table added to the library after this part was written
                self._write_table(name, new, pd.DataFrame({"doc_id": pd.Series(dtype="str")}))
                continue
            frame = pd.read_parquet(path)
            col = "_owner" if name == "problems" else "doc_id"
            if len(frame):
                frame = frame[frame[col].astype(str).isin(keep_set)]
            self._write_table(name, new, frame)
        return new, keep

    def commit(self, entry: dict) -> None:
        entry["seq"] = self.state.seq + 1
        entry["next_part"] = self.state.next_part
        entry["fingerprint"] = self.fingerprint
        line = json.dumps(entry, separators=(",", ":")) + "\n"
        self.journal.write(line)
        self.journal.flush()
        os.fsync(self.journal.fileno())
        old_parts = [p for p in entry.get("replace", {})]
        self.state.apply(entry)
        for p in old_parts:
            for name in TABLES:
                (self.root / name / f"{p}.parquet").unlink(missing_ok=True)

    def replace_owners(self, lost: set, part: str | None = None, docs=()) -> None:
        """Commit: ``lost`` owners leave their old parts (rewritten), ``part`` (already written)
        becomes live with ``docs`` [(owner, digest, chunk_key, position)]."""
        by_part = {}
        for d in lost:
            cur = self.state.docs.get(d)
            if cur is not None:
                by_part.setdefault(cur[1], set()).add(d)
        replace, kept = {}, {}
        for old, drop in sorted(by_part.items()):
            new, keep = self.rewrite_without(old, drop)
            replace[old] = new
            if new is not None:
                kept[old] = keep
        removed = sorted(d for d in lost if d not in {x[0] for x in docs})
        self.commit({"part": part, "docs": [list(x) for x in docs], "replace": replace, "kept": kept,
                     "removed": removed})

    def finish(self, last_run: dict) -> None:
        self.state.state = "complete"
        self.state.last_run = last_run
        self.state.fingerprint, self.state.settings = self.fingerprint, self.settings
        write_json_atomic(self.root / MANIFEST, self.state.manifest())
        self.journal.close()
        (self.root / JOURNAL).unlink(missing_ok=True)

    def close(self):
        if not self.journal.closed:
            self.journal.close()


def _remove_orphans(root: Path, state: State) -> int:
    """Delete files no live part names (an interrupted run's output, temporary files)."""
    live = set(state.parts)
    n = 0
    for name in TABLES:
        folder = root / name
        if not folder.is_dir():
            continue
        for f in folder.iterdir():
            if f.name.startswith(".") or (f.suffix == ".parquet" and f.stem not in live):
                f.unlink(missing_ok=True)
                n += 1
    for f in root.glob(f".{MANIFEST}.tmp-*"):
        f.unlink(missing_ok=True)
    return n


class _Lock:
    def __init__(self, root: Path):
        self.path = root / ".lock"

    def __enter__(self):
        if self.path.exists():
            try:
                pid = int(self.path.read_text().strip() or 0)
            except ValueError:
                pid = 0
            if pid and pid != os.getpid() and _alive(pid):
                raise StoreError(f"{self.path.parent} is being annotated by process {pid} "
                                 f"(remove {self.path} if that process is gone)")
        self.path.write_text(str(os.getpid()))
        return self

    def __exit__(self, *exc):
        self.path.unlink(missing_ok=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


# --------------------------------------------------------------------------- chunk specs


def _specs(source, metadata, chunk_size: int, fingerprint: str, load_options: dict):
    """(total documents if known, generator of chunk specs) for a source."""
    from ..corpus.loading import default_source

    source, metadata = default_source(source, metadata)
    if not source.exists():
        from ..corpus.loading import CorpusError
        raise CorpusError(f"{source}: no such file or folder")
    metadata = str(Path(metadata).resolve()) if metadata is not None else None
    sidecar_dates: list = []  # a sidecar's dates win over the documents': they count for the order
    if metadata is not None and load_options.get("dayfirst") is None:
        meta_path = Path(metadata)
        sidecar_dates = _chunks.date_column_values(
            meta_path, "delimited", {k: v for k, v in load_options.items() if k != "column_names"}, delimiter="\t" if meta_path.suffix.lower() == ".tsv" else ",",
            quotechar='"', header=True)
    if source.is_dir() and sidecar_dates:
        from ..corpus.loading import decide_dayfirst

        order = decide_dayfirst(sidecar_dates)
        if order is not None:  # one order of day and month for every chunk of files
            load_options = dict(load_options, dayfirst=order)
    base = {"fingerprint": fingerprint, "load_options": load_options, "metadata": metadata}
    if source.is_dir():
        suffixes = load_options.get("suffixes", _chunks.DEFAULT_SUFFIXES)
        groups = list(_chunks.file_chunks(source, suffixes, chunk_size))
        order = {rel: k for k, rel in enumerate(sorted(rel for g in groups for rel in g))}
        total = len(order)

        def gen():
            for i, paths in enumerate(groups):
                yield dict(base, kind="files", root=str(source.resolve()), paths=paths, index=i,
                           ranks=[order[rel] for rel in paths])
        return total, gen()
    kind = _chunks.table_kind(source)
    if kind is not None:
        dialect = _chunks.table_dialect(source, kind, load_options)  # decided once for every chunk
        total = _chunks.count_rows(source, kind, **dialect)
        order_note = None  # what the chunks, given the order, cannot say: how it was decided
        from ..corpus.loading import utc_offset_note

        values = _chunks.date_column_values(source, kind, load_options, **dialect) + sidecar_dates
        offset_note = utc_offset_note(values)  # the chunks' own counts would be a chunk's only
        if load_options.get("dayfirst") is None:  # one order of day and month for every chunk
            from ..corpus.loading import (date_order_counts, date_order_note, decide_dayfirst,
                                          same_day_month_count)

            order = decide_dayfirst(values)
            if order is not None:
                dialect["dayfirst"] = order
                dmy, mdy, amb = date_order_counts(values)
                order_note = ("mixed date order" if dmy and mdy else "date order",
                              date_order_note(order, dmy, mdy, amb, same_day_month_count(values)))
        width = max(5, len(str(total)))

        def gen():
            for i, chunk in enumerate(_chunks.table_chunks(source, chunk_size, kind, **dialect)):
                yield dict(base, kind="table", name=source.name, width=width, n_rows=total, index=i,
                           index_in_file=i, load_options=dict(load_options, **dialect),
                           date_order_note=order_note, offset_note=offset_note, **chunk)
        return total, gen()

    def gen():  # one file of another type: loaded whole
        yield dict(base, kind="whole", source=str(source.resolve()), index=0)
    return None, gen()


def check_source(source=None, metadata=None, *, sample: int = 20, **load_options) -> None:
    """Load the first ``sample`` documents of a source as :func:`annotate` would, so that a
    source the loader cannot read (no such file, no text column, an unreadable table) fails
    at once, in one clear :class:`analysis.CorpusError`, before a store or a progress bar
    exists. A source that is not read in chunks (a JSON array, a compressed table) is loaded
    whole. Nothing is written.

    Examples
    --------
    >>> check_source(None)  # the bundled corpus loads
    """
    import warnings

    unknown = set(load_options) - set(_LOAD_KEYS)
    if unknown:
        raise TypeError(f"annotate: unknown option(s) {', '.join(sorted(unknown))}")
    _, specs = _specs(source, metadata, max(1, int(sample)), "", load_options)
    first = next(iter(specs), None)
    if first is None:
        return
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        _chunks.load_chunk(first, first["load_options"])


# --------------------------------------------------------------------------- annotate


def annotate(source=None, store="store", *, engine: str = "local", workers: int | None = None,
             chunk_size: int = 1000, progress: bool = True, scheduler=None, metadata=None,
             **load_options) -> Store:
    """Annotate a corpus once and store every table as Parquet; re-runs do only what changed.

    For each document, computed once: the cleaning report's lines (what was kept and why the
    rest was removed), the clean text, sentences with offsets and VADER tone, dates, actor
    mentions and quotes. The tables in memory are bounded by the chunk, not the corpus (the
    annotating process keeps a record of about 0.4 KB per document). Re-running over a
    grown or edited corpus annotates only documents whose content (raw text and metadata) or
    whose settings (load options, library code, package versions) changed, and drops the rows
    of documents that are gone. An interrupted run resumes where it stopped.

    Parameters
    ----------
    source : str or Path, optional
        As for :func:`analysis.load_corpus`: a folder of ``.txt``/``.html`` files, or a
        ``.csv`` / ``.tsv`` / ``.jsonl`` / ``.parquet`` table (read a chunk at a time when it
        is UTF-8 text or Parquet); any other file (``.json``, ``.csv.gz``, ``.zip``, a
        non-UTF-8 CSV ...) is loaded whole in one chunk. None: the bundled corpus.
    store : str or Path, default "store"
        The store folder (created if needed).
    engine : {"local", "dask"}
        ``"local"``: a process pool on this machine. ``"dask"``: a Dask distributed cluster
        (``scheduler=`` its address or a ``distributed.Client``; a ``LocalCluster`` with
        ``workers`` processes when None).
    workers : int, optional
        Processes (local) or LocalCluster workers (dask); default ``os.cpu_count()``. With
        ``engine="local"`` and 1 worker the work runs in this process.
    chunk_size : int, default 1000
        Documents per chunk (files of one name stay in one chunk).
    progress : bool, default True
        A progress bar on stderr (documents/s, MB/s, time left).
    scheduler : str or distributed.Client, optional
        For ``engine="dask"``.
    metadata : str or Path, optional
        A CSV sidecar, as for :func:`analysis.load_corpus`.
    **load_options
        Passed to :func:`analysis.load_corpus` (``text_column=``, ``id_column=`` ...).

    Returns
    -------
    Store
        ``store.last_run`` says how many documents were annotated, reused and removed.

    Raises
    ------
    StoreError
        When another process is annotating the same store.

    Examples
    --------
    >>> import analysis, tempfile
    >>> folder = tempfile.mkdtemp()
    >>> store = analysis.annotate(None, folder, workers=1, progress=False)
    >>> store.last_run["annotated"], store.n_documents
    (5, 5)
    >>> analysis.annotate(None, folder, workers=1, progress=False).last_run["annotated"]
    0
    """
    from .engines import make_engine

    unknown = set(load_options) - set(_LOAD_KEYS)
    if unknown:
        raise TypeError(f"annotate: unknown option(s) {', '.join(sorted(unknown))}")
    if chunk_size < 1:
        raise ValueError("chunk_size must be at least 1")
    root = Path(store)
    root.mkdir(parents=True, exist_ok=True)
    if any(root.iterdir()) and not (root / MANIFEST).exists() and not (root / JOURNAL).exists():
        if not all(p.name in TABLES or p.name == ".lock" for p in root.iterdir()):
            raise StoreError(f"{root} is not empty and not a store; give an empty or new folder")
    fingerprint, settings = settings_fingerprint(dict(load_options, metadata=str(metadata) if metadata else None))
    t0 = time.perf_counter()
    with _Lock(root):
        state = State.read(root)
        _remove_orphans(root, state)
        if state.fingerprint and state.fingerprint != fingerprint:
            state.last_run = {}
        state.runs += 1
        state.state = "running"
        state.source = str(source) if source is not None else None
        writer = _Writer(root, state, fingerprint, settings)
        write_json_atomic(root / MANIFEST, state.manifest())  # marks the store as being written
        # the digests (64-bit prefixes) of what the store holds: workers skip these documents
        known = np.sort(_u64([v[0] for v in state.docs.values()])) if state.docs else np.zeros(0, np.uint64)
        by_chunk: dict[str, list] = {}
        for d, v in state.docs.items():
            by_chunk.setdefault(v[2], []).append((v[3], d))
        total, specs = _specs(source, metadata, chunk_size, fingerprint, load_options)
        bar = None
        if progress:
            from tqdm.auto import tqdm
            bar = tqdm(total=total, unit="doc", desc="annotate", dynamic_ncols=True, mininterval=0.5,
                       file=sys.stderr)
        seen: set[str] = set()
        positions: dict[str, int] = {}
        counts = {"annotated": 0, "reused": 0, "chunks": 0, "chunks_skipped": 0, "bytes": 0, "problems": 0}
        warned, n_warned = [], 0
        kill_after = os.environ.get(KILL_AFTER_ENV)
        timeline = []  # (seconds since start, documents) of each chunk computed, in commit order

        def skip_or_submit():
            for spec in specs:
                spec["key"] = _chunks.chunk_key(fingerprint, spec)
                if spec["key"] in by_chunk:
                    yield spec, None  # done in an earlier run (or before an interruption)
                else:
                    yield spec, True

        eng = make_engine(engine, workers=workers, scheduler=scheduler, known=known)
        try:
            for spec, result in eng.run(skip_or_submit()):
                counts["chunks"] += 1
                if result is None:
                    counts["chunks_skipped"] += 1
                    owners = [d for _, d in by_chunk[spec["key"]]]
                    seen.update(owners)  # their place in the source is unchanged with the chunk
                    n = sum(1 for d in owners if state.docs[d][4] == 1)
                    counts["reused"] += n
                    if bar is not None:
                        bar.update(n)
                    continue
                _commit_chunk(writer, state, spec, result, seen, positions, counts)
                timeline.append([round(time.perf_counter() - t0, 3), result["n_docs"]])
                n_warned += len(result["warnings"])
                warned.extend(result["warnings"][:max(0, 5 - len(warned))])
                if bar is not None:
                    bar.update(result["n_docs"])
                    el = time.perf_counter() - t0
                    bar.set_postfix_str(f"{counts['bytes'] / 1e6 / max(el, 1e-9):.2f} MB/s", refresh=False)
                if kill_after is not None and str(spec["index"]) == kill_after:
                    os.kill(os.getpid(), signal.SIGKILL)
        except BaseException:
            writer.close()
            if bar is not None:
                bar.close()
            raise
        finally:
            eng.close()
        if bar is not None:
            bar.close()
        # documents (and problem owners) the source no longer has
        gone = set(state.docs) - seen
        if gone:
            writer.replace_owners(gone)
        for d, p in positions.items():
            if d in state.docs:
                state.docs[d][3] = p
        elapsed = time.perf_counter() - t0
        counts["removed"] = sum(1 for _ in gone)
        counts["documents"] = sum(1 for v in state.docs.values() if v[4] == 1)
        counts["seconds"] = round(elapsed, 3)
        counts["engine"] = engine
        counts["workers"] = eng.n_workers
        counts["timeline"] = timeline
        writer.finish(counts)
    if warned:
        warnings.warn(f"annotate: {n_warned} warning(s) while loading or annotating "
                      f"(first: {warned[0]}); the loader's problems are in store.table('problems')",
                      stacklevel=2)
    return Store(root, _state=state)


def _commit_chunk(writer: _Writer, state: State, spec, result, seen, positions, counts) -> None:
    entries = result["entries"]
    counts["bytes"] += result["bytes"]
    fresh, lost, dup = [], set(), []
    for owner, digest, kind, annotated, rank in entries:
        if owner in seen:
            dup.append(owner)
            continue
        seen.add(owner)
        positions[owner] = rank
        if annotated:
            fresh.append((owner, digest, spec["key"], rank, kind))
            if owner in state.docs:
                lost.add(owner)
            counts["annotated" if kind == 1 else "problems"] += 1
        else:
            if owner in state.docs:
                state.docs[owner][2] = spec["key"]  # now belongs to this chunk
            counts["reused"] += kind == 1
    tables = result["tables"]
    part = None
    if dup:
        warnings.warn(f"annotate: doc_id(s) {', '.join(dup[:5])} appear again in chunk {spec['index']}; "
                      "the first was kept, the later one dropped (give unique ids)", stacklevel=3)
    if fresh and tables is not None:
        keep = {f[0] for f in fresh}
        if dup:
            tables = {n: (t[t["_owner" if n == "problems" else "doc_id"].astype(str).isin(keep)]
                          if len(t) else t) for n, t in tables.items()}
        part = writer.new_part()
        writer.write_part(part, tables)
    # documents reused from another chunk's part now belong to this chunk's key as well
    reassigned = [(o, state.docs[o][0], spec["key"], positions[o], state.docs[o][4]) for o, _, _, a, _ in entries
                  if not a and o in state.docs and o not in dup]
    if part is not None or lost:
        writer.replace_owners(lost, part, [list(f) for f in fresh])
    if reassigned:
        for o, dg, key, p, kind in reassigned:
            state.docs[o][2] = key
