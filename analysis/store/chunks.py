"""Reading a corpus in chunks (memory bounded by the chunk) and loading one chunk.

The parent process only lists files or reads table rows a chunk at a time; a worker turns a
chunk into a corpus DataFrame with :func:`analysis.load_corpus` itself (so decoding, cleaning,
metadata and dates follow exactly the loader's rules), then puts back what only the whole
file knows: the row number and generated ``doc_id`` of a table row, and the path of a file.
"""
from __future__ import annotations

import hashlib
import io
import json
import os
import shutil
import tempfile
import warnings
from collections import defaultdict
from pathlib import Path

import pandas as pd

#: sources read a chunk at a time; any other source is loaded whole as one chunk
TABLE_SUFFIXES = {".csv", ".tsv", ".jsonl", ".ndjson", ".parquet"}
DEFAULT_SUFFIXES = (".txt", ".html", ".htm")


def _sha(*parts) -> str:
    h = hashlib.sha256()
    for p in parts:
        h.update(p if isinstance(p, bytes) else str(p).encode("utf-8", "surrogatepass"))
        h.update(b"\0")
    return h.hexdigest()


# --------------------------------------------------------------------------- listing (parent)


def list_files(root: Path, suffixes) -> list[str]:
    """Relative paths of the files a folder load reads: recursive, hidden files and folders
    skipped, sorted by relative path (the order :func:`analysis.load_corpus` uses)."""
    suffixes = {s.lower() if s.startswith(".") else "." + s.lower() for s in suffixes}
    out = []
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        for name in filenames:
            if name.startswith(".") or Path(name).suffix.lower() not in suffixes:
                continue
            full = Path(dirpath) / name
            if full.is_file():
                out.append(full.relative_to(root).as_posix())
    return sorted(out)


def file_chunks(root: Path, suffixes, chunk_size: int):
    """Lists of relative paths; files sharing a name (the doc_id) stay in one chunk, so the
    loader renames duplicates exactly as it does for the whole folder."""
    files = list_files(root, suffixes)
    by_stem = defaultdict(list)
    for rel in files:
        by_stem[Path(rel).stem].append(rel)
    if all(len(v) == 1 for v in by_stem.values()):
        for i in range(0, len(files), chunk_size):
            yield files[i:i + chunk_size]
        return
    # group the files of one stem with the first of them, keeping the sorted order otherwise
    first = {}
    for k, rel in enumerate(files):
        first.setdefault(Path(rel).stem, k)
    order = sorted(files, key=lambda rel: (first[Path(rel).stem], rel))
    chunk, seen_stems = [], set()
    for rel in order:
        stem = Path(rel).stem
        if len(chunk) >= chunk_size and stem not in seen_stems:
            yield chunk
            chunk, seen_stems = [], set()
        chunk.append(rel)
        seen_stems.add(stem)
    if chunk:
        yield chunk


def table_kind(path: Path) -> str | None:
    """How a table file is read a chunk at a time: "delimited" (.csv, .tsv), "jsonl" or
    "parquet"; None when it is loaded whole (compressed files, .json, UTF-16/32 text)."""
    suffix = path.suffix.lower()
    if suffix not in TABLE_SUFFIXES:
        return None
    if suffix == ".parquet":
        return "parquet"
    import codecs

    # Only UTF-8 text is split: the loader guesses any other encoding from the whole file (a
    # chunk could be guessed otherwise), and UTF-16/32 (NUL bytes) has no byte lines.
    dec = codecs.getincrementaldecoder("utf-8")()
    try:
        with open(path, "rb") as fh:
            for block in iter(lambda: fh.read(1 << 20), b""):
                if b"\x00" in block:
                    return None
                dec.decode(block)
        dec.decode(b"", final=True)
    except UnicodeDecodeError:
        return None
    return "delimited" if suffix in (".csv", ".tsv") else "jsonl"


def table_dialect(path: Path, kind: str, load_options: dict) -> dict:
    """How every chunk of a delimited table is read, decided once for the whole file.

    ``load_corpus``'s ``delimiter``, ``quotechar`` and ``header`` left at None are resolved here
    from the start of the file, by the loader's own rules (so no chunk sniffs differently from
    another); a guess is named in a :class:`~analysis.CorpusWarning`. Without a header row and
    without ``column_names``, the default ``text_column`` becomes the column holding the most
    characters in the first rows (named in the warning too). Returns the options to add to
    ``load_options`` for every chunk ({} for JSON lines and Parquet).
    """
    if kind != "delimited":
        return {}
    import csv
    import io

    from ..corpus.loading import CorpusWarning, _resolve_dialect

    notes = []

    def note(where, doc_id, problem, action, detail=""):
        notes.append(f"{where}: {problem}; {action}")

    with io.open(path, encoding="latin-1", newline="") as fh:
        sample = fh.read(1 << 18)
    given = {k: load_options.get(k) for k in ("delimiter", "quotechar", "header")}
    d = _resolve_dialect(sample, path.name, path.suffix.lower(), given, note)
    out = dict(d)
    if not d["header"] and load_options.get("column_names") is None \
            and load_options.get("text_column", "text") == "text":
        sizes: dict = defaultdict(int)
        reader = csv.reader(io.StringIO(sample, newline=""), delimiter=d["delimiter"],
                            quotechar=d["quotechar"], strict=False)
        try:
            for _, fields in zip(range(1000), reader):
                for k, v in enumerate(fields, start=1):
                    sizes[f"column_{k}"] += len(v)
        except csv.Error:
            pass
        if sizes:
            out["text_column"] = max(sizes, key=lambda c: (sizes[c], c))
            notes.append(f"{path.name}: no header row; text read from {out['text_column']!r}, the column "
                         "with the most characters (pass text_column=... to choose)")
    for message in notes:
        warnings.warn(message, CorpusWarning, stacklevel=2)
    return out


def _csv_records(path: Path, delimiter: str, quotechar: str = '"'):
    """(fields or None, raw bytes, physical lines) of each CSV record, as the loader's
    ``csv.reader`` sees them: lines split at \\n, \\r\\n or \\r (``newline=""``), a quoted field may
    span lines. Bytes are decoded as Latin-1 (one character per byte, lossless), which finds
    the same delimiters, quotes and line ends as the loader's decoding of any ASCII-compatible
    encoding (UTF-8, cp1252 ...)."""
    import csv
    import io

    csv.field_size_limit(2**31 - 1)
    pending: list[str] = []

    with io.open(path, encoding="latin-1", newline="") as fh:
        def lines():
            for line in fh:
                pending.append(line)
                yield line

        reader = csv.reader(lines(), delimiter=delimiter, quotechar=quotechar, strict=False)
        while True:
            try:
                fields = next(reader)
            except StopIteration:
                break
            except csv.Error:
                fields = None
            n_lines = len(pending)
            raw = "".join(pending)
            pending.clear()
            yield fields, raw.encode("latin-1"), n_lines
        if pending:  # pragma: no cover - the reader consumed lines without a record
            yield None, "".join(pending).encode("latin-1"), len(pending)


def _delimited_segments(path: Path, chunk_size: int, delimiter: str | None = None,
                        quotechar: str | None = None, header: bool | None = True, **_):
    """(header bytes, header lines, [(segment bytes, first line, rows before, rows in it)]).

    A row is what the loader loads a document from: not blank, not the header, not a ragged
    row with more non-empty fields than the header (the loader skips those), not unreadable.
    ``delimiter``, ``quotechar`` and ``header`` as :func:`table_dialect` resolved them
    (without a header row, the first row's width stands for the header's).
    """
    delimiter = delimiter or ("\t" if path.suffix.lower() == ".tsv" else ",")
    has_header = header is not False
    header, header_bytes, header_lines = None, b"", 0
    seg, seg_first, seg_records, seg_rows = [], 0, 0, 0
    line, rows_before = 0, 0
    for fields, raw, n_lines in _csv_records(path, delimiter, quotechar or '"'):
        first = line + 1
        line += n_lines
        blank = not fields or (len(fields) == 1 and not fields[0].strip())
        if header is None and not has_header and fields is not None and not blank:
            header = fields  # its width: the loader names the columns column_1 ...
        if header is None:
            header_bytes += raw
            header_lines = line
            if fields is not None and not blank:
                header = fields
            continue
        if seg_records >= chunk_size:
            yield header_bytes, header_lines, (b"".join(seg), seg_first, rows_before, seg_rows)
            rows_before += seg_rows
            seg, seg_records, seg_rows = [], 0, 0
        if not seg:
            seg_first = first
        seg.append(raw)
        seg_records += 1
        if fields is not None and not blank and not (
                len(fields) > len(header) and any(f.strip() for f in fields[len(header):])):
            seg_rows += 1
    if seg:
        yield header_bytes, header_lines, (b"".join(seg), seg_first, rows_before, seg_rows)


def _jsonl_segments(path: Path, chunk_size: int):
    """([non-blank raw lines with their line ends], their line numbers, rows before, rows in
    it): a row is a line holding a JSON object (the loader skips and names the others). Lines
    end at \\n, \\r\\n or \\r, as in the loader (which turns every line end into \\n)."""
    import io

    lines, numbers, rows, rows_before = [], [], 0, 0
    with io.open(path, encoding="latin-1", newline="") as fh:
        for k, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            raw = line.encode("latin-1")
            try:
                ok = isinstance(json.loads(raw.decode("utf-8-sig")), dict)
            except (ValueError, RecursionError):
                ok = False
            lines.append(raw if raw.endswith((b"\n", b"\r")) else raw + b"\n")
            numbers.append(k)
            rows += ok
            if len(lines) >= chunk_size:
                yield lines, numbers, rows_before, rows
                rows_before += rows
                lines, numbers, rows = [], [], 0
    if lines:
        yield lines, numbers, rows_before, rows


def count_rows(path: Path, kind: str, **dialect) -> int:
    """Rows the loader loads documents from (for the width of generated doc_ids)."""
    if kind == "parquet":
        import pyarrow.parquet as pq

        return pq.ParquetFile(path).metadata.num_rows
    segments = (_delimited_segments(path, 100_000, **dialect) if kind == "delimited"
                else _jsonl_segments(path, 100_000))
    n = 0
    for seg in segments:
        n += seg[-1][-1] if kind == "delimited" else seg[-1]
    return n


def date_column_values(path: Path, kind: str, load_options: dict, **dialect) -> list:
    """Every value of a table's date column, read as the loader finds the column
    (``date_column``, else for the default name a common alternative such as ``date``), so that
    :func:`annotate` decides the order of day and month once for the whole file
    (:func:`analysis.corpus.loading.decide_dayfirst`). [] when there is no such column."""
    from ..corpus.loading import COLUMN_ALIASES

    requested = load_options.get("date_column") or "published"

    def pick(names) -> str | None:
        if requested in names or requested != COLUMN_ALIASES["published"][0]:
            return requested if requested in names else None
        lower = {str(c).lower(): c for c in names}
        return next((lower[a] for a in COLUMN_ALIASES["published"] if a in lower), None)

    if kind == "parquet":
        import pyarrow.parquet as pq

        col = pick(pq.ParquetFile(path).schema_arrow.names)
        if col is None:
            return []
        return [v if isinstance(v, str) else None
                for v in pq.read_table(path, columns=[col]).column(0).to_pylist()]
    values: list = []
    if kind == "delimited":
        delimiter = dialect.get("delimiter") or ("\t" if path.suffix.lower() == ".tsv" else ",")
        names, k = load_options.get("column_names"), None
        for fields, _, _ in _csv_records(path, delimiter, dialect.get("quotechar") or '"'):
            if not fields or (len(fields) == 1 and not fields[0].strip()):
                continue
            if k is None:
                header = names or (fields if dialect.get("header") is not False
                                   else [f"column_{i}" for i in range(1, len(fields) + 1)])
                col = pick([str(h).strip() for h in header])
                if col is None:
                    return []
                k = [str(h).strip() for h in header].index(col)
                if dialect.get("header") is not False:
                    continue
            if k < len(fields):
                values.append(fields[k])
        return values
    col = None
    with io.open(path, encoding="latin-1", newline="") as fh:
        for line in fh:
            try:
                row = json.loads(line.encode("latin-1").decode("utf-8-sig"))
            except (ValueError, RecursionError):
                continue
            if not isinstance(row, dict):
                continue
            if col is None:
                col = pick(list(row))
                if col is None:
                    return []
            v = row.get(col)
            values.append(v if isinstance(v, str) else None)
    return values


def table_chunks(path: Path, chunk_size: int, kind: str, **dialect):
    """Chunks of a table file as dicts: ``data`` (the bytes the worker writes and loads: the
    CSV header and a run of consecutive records, the JSON lines, or a DataFrame of Parquet
    rows), ``lines`` (how a local place in the chunk maps to the file) and ``ordinal``
    (rows of the file before the chunk, for generated doc_ids)."""
    if kind == "parquet":
        import pyarrow.parquet as pq

        offset = 0
        for batch in pq.ParquetFile(path).iter_batches(batch_size=chunk_size):
            frame = batch.to_pandas()
            yield {"data": frame, "lines": ("parquet", offset), "ordinal": offset}
            offset += len(frame)
    elif kind == "delimited":
        for header, header_lines, (data, first, before, _) in _delimited_segments(path, chunk_size, **dialect):
            # local line L (after the header) is file line first + L - header_lines - 1
            yield {"data": header + data, "lines": ("delimited", header_lines, first), "ordinal": before}
    else:
        import codecs

        with open(path, "rb") as fh:
            bom = fh.read(3) == codecs.BOM_UTF8
        for i, (lines, numbers, before, _) in enumerate(_jsonl_segments(path, chunk_size)):
            data = b"".join(lines)
            if i and bom:  # every chunk starts as the file does (the BOM decides the encoding)
                data = codecs.BOM_UTF8 + data
            yield {"data": data, "lines": ("jsonl", numbers), "ordinal": before}


def chunk_key(fingerprint: str, spec: dict) -> str:
    """What a chunk's output depends on: the settings and the chunk's content (file sizes and
    modification times for files, the rows themselves for tables)."""
    if spec["kind"] == "files":
        root = Path(spec["root"])
        stats = []
        for rel in spec["paths"]:
            st = (root / rel).stat()
            stats.append((rel, st.st_size, st.st_mtime_ns))
        meta = spec.get("metadata")
        mst = Path(meta).stat() if meta else None
        return _sha(fingerprint, "files", json.dumps(stats), meta, mst and (mst.st_size, mst.st_mtime_ns))[:32]
    if spec["kind"] == "table":
        data = spec["data"]
        if isinstance(data, pd.DataFrame):
            hashed = pd.util.hash_pandas_object(data.astype(str), index=False).to_numpy().tobytes()
            hashed += json.dumps(list(map(str, data.columns))).encode()
        else:
            hashed = data
        meta = spec.get("metadata")
        mst = Path(meta).stat() if meta else None
        # the places in the file (line numbers, rows before) decide source_path and generated ids
        # the order of day and month decided for the whole file (it may change with other rows)
        order = (spec.get("load_options") or {}).get("dayfirst")
        return _sha(fingerprint, "table", spec["name"], spec["width"], bool(spec["n_rows"]), hashed,
                    json.dumps(spec["lines"]), spec["ordinal"], meta, mst and (mst.st_size, mst.st_mtime_ns),
                    order)[:32]
    src = Path(spec["source"])
    st = src.stat()
    return _sha(fingerprint, "whole", str(src), st.st_size, st.st_mtime_ns, spec.get("metadata"))[:32]


# --------------------------------------------------------------------------- loading (worker)


def load_chunk(spec: dict, load_options: dict) -> pd.DataFrame:
    """The corpus DataFrame of one chunk, as :func:`analysis.load_corpus` gives it for the
    whole source (``attrs["problems"]`` holds the chunk's problems)."""
    from ..corpus.loading import load_corpus

    metadata = spec.get("metadata")
    if spec["kind"] == "whole":
        return load_corpus(spec["source"], metadata, **load_options)
    tmp = Path(tempfile.mkdtemp(prefix="analysis-chunk-"))
    try:
        if spec["kind"] == "files":
            root = Path(spec["root"])
            for rel in spec["paths"]:
                link = tmp / rel
                link.parent.mkdir(parents=True, exist_ok=True)
                try:
                    os.symlink((root / rel).resolve(), link)
                except OSError:  # no symlinks (some Windows setups): copy
                    shutil.copy2(root / rel, link)
            corpus = load_corpus(tmp, metadata, **load_options)
            problems = corpus.attrs.get("problems")
            if problems is not None and len(problems):
                # a note on the whole folder ("HTML tags in the text") names the researcher's
                # folder, not this chunk's temporary one ("analysis-chunk-z99_e27t")
                problems = problems.copy()
                problems.loc[problems["source_path"] == tmp.name, "source_path"] = root.name
                corpus.attrs["problems"] = problems
            return corpus
        return _load_table_chunk(spec, tmp, metadata, load_options)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def _load_table_chunk(spec, tmp: Path, metadata, load_options) -> pd.DataFrame:
    """Load a table chunk and give its rows the places the whole file gives them: the line
    (CSV, TSV, JSON lines) or row (Parquet) in ``source_path``, and generated doc_ids numbered
    by the row's place among the file's rows, ``width`` digits wide."""
    import re

    from ..corpus.loading import load_corpus

    name, data, lines = spec["name"], spec["data"], spec["lines"]
    path = tmp / name
    if isinstance(data, pd.DataFrame):
        data.to_parquet(path, index=False)
    else:
        path.write_bytes(data)
    corpus = load_corpus(path, metadata, **load_options)
    kind = lines[0]

    def place(tail: str) -> str:
        if kind == "parquet":
            m = re.fullmatch(r"row (\d+)", tail)
            return f"row {lines[1] + int(m.group(1))}" if m else tail
        if not tail.isdigit():
            return tail
        k = int(tail)
        if kind == "delimited":  # header lines are the file's own; then the chunk's records
            header_lines, first = lines[1], lines[2]
            return str(k if k <= header_lines else first + k - header_lines - 1)
        numbers = lines[1]  # JSON lines: the k-th line of the chunk
        return str(numbers[k - 1]) if 1 <= k <= len(numbers) else tail

    def where(sp):
        if isinstance(sp, str) and sp.startswith(name + ":"):
            return f"{name}:{place(sp[len(name) + 1:])}"
        return sp

    problems = corpus.attrs.get("problems")
    if problems is None:
        problems = pd.DataFrame(columns=["source_path", "doc_id", "problem", "action"])
    problems = problems.copy()
    if spec["n_rows"]:  # the file has rows; a chunk of only skipped rows has none of its own
        problems = problems[~((problems["problem"] == "no rows") & (problems["source_path"] == name))]
    # generated ids: every id when the table has no id column, else the rows named for a
    # missing or unusable id; the loader numbered them by their place in the chunk
    stem = Path(name).stem
    local = re.compile(re.escape(stem) + r"_(\d+)")
    if (problems["problem"] == "no doc_id column").any():
        generated = None  # all
    else:
        generated = set(problems.loc[problems["problem"].isin(
            ["missing doc_id", "doc_id is not a string or number"]), "source_path"])

    def global_id(doc_id, sp):
        if not isinstance(doc_id, str) or (generated is not None and sp not in generated):
            return doc_id
        m = local.fullmatch(doc_id)
        if not m:
            return doc_id
        new = f"{stem}_{spec['ordinal'] + int(m.group(1)):0{spec['width']}d}"
        return new

    corpus["doc_id"] = pd.Series([global_id(d, sp) for d, sp in zip(corpus["doc_id"], corpus["source_path"])],
                                 index=corpus.index, dtype="str")
    corpus["source_path"] = corpus["source_path"].map(where).astype("str")
    if len(problems):
        ids = [global_id(d, sp) for d, sp in zip(problems["doc_id"], problems["source_path"])]
        # the action names the generated id too ("generated 'items_00001' from the row number")
        problems["action"] = [a.replace(repr(old), repr(new)) if isinstance(a, str) and old != new else a
                              for a, old, new in zip(problems["action"], problems["doc_id"], ids)]
        problems["doc_id"] = ids
        problems["source_path"] = problems["source_path"].map(where).astype("str")
    corpus.attrs["problems"] = problems.reset_index(drop=True)
    return corpus


def doc_digests(corpus: pd.DataFrame, fingerprint: str) -> list[str]:
    """SHA-256 of each document's raw text and every metadata value the loader kept, with the
    settings fingerprint: equal digests mean equal annotations."""
    cols = [c for c in corpus.columns if c not in ("text", "n_words")]  # text follows from raw_text
    out = []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for rec in corpus[cols].itertuples(index=False, name=None):
            out.append(_sha(fingerprint, json.dumps([None if _missing(v) else str(v) for v in rec])))
    return out


def _missing(v) -> bool:
    try:
        return v is None or bool(pd.isna(v))
    except (TypeError, ValueError):
        return False
