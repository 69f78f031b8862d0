"""Reading a corpus in chunks (memory bounded by the chunk) and loading one chunk.

The parent process only lists files or reads table rows a chunk at a time; a worker turns a
chunk into a corpus DataFrame with :func:`analysis.load_corpus` itself (so decoding, cleaning,
metadata and dates follow exactly the loader's rules), then puts back what only the whole
file knows: the row number and generated ``doc_id`` of a table row, and the path of a file.
"""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
import warnings
from collections import defaultdict
from pathlib import Path

import pandas as pd

#: sources read a chunk at a time; any other source is loaded whole as one chunk
TABLE_SUFFIXES = {".csv", ".jsonl", ".ndjson", ".parquet"}
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


def count_rows(path: Path) -> int:
    """Rows of a table file (for the width of generated doc_ids)."""
    suffix = path.suffix.lower()
    if suffix == ".parquet":
        import pyarrow.parquet as pq

        return pq.ParquetFile(path).metadata.num_rows
    if suffix == ".csv":
        n = 0
        for chunk in pd.read_csv(path, dtype=str, keep_default_na=False, usecols=[0], chunksize=100_000,
                                 encoding=_csv_encoding(path), encoding_errors="replace"):
            n += len(chunk)
        return n
    with open(path, "rb") as fh:
        return sum(1 for line in fh if line.strip())


def _csv_encoding(path: Path) -> str:
    """utf-8-sig when the whole file decodes as UTF-8, else cp1252 (decoded in a stream)."""
    import codecs

    dec = codecs.getincrementaldecoder("utf-8-sig")()
    try:
        with open(path, "rb") as fh:
            for block in iter(lambda: fh.read(1 << 20), b""):
                dec.decode(block)
            dec.decode(b"", final=True)
        return "utf-8-sig"
    except UnicodeDecodeError:
        return "cp1252"


def table_chunks(path: Path, chunk_size: int):
    """DataFrames of raw rows (all columns as read) with a ``__row__`` column holding the
    1-based row number in the file (for JSON lines: the line number)."""
    suffix = path.suffix.lower()
    if suffix == ".parquet":
        import pyarrow.parquet as pq

        offset = 0
        for batch in pq.ParquetFile(path).iter_batches(batch_size=chunk_size):
            frame = batch.to_pandas()
            frame["__row__"] = range(offset + 1, offset + len(frame) + 1)
            frame["__ord__"] = frame["__row__"]
            offset += len(frame)
            yield frame
    elif suffix == ".csv":
        offset = 0
        for frame in pd.read_csv(path, dtype=str, keep_default_na=False, chunksize=chunk_size,
                                 encoding=_csv_encoding(path)):
            frame["__row__"] = range(offset + 1, offset + len(frame) + 1)
            frame["__ord__"] = frame["__row__"]
            offset += len(frame)
            yield frame
    else:  # JSON lines: keep the raw lines, the loader parses (and reports bad ones)
        lines, numbers, ordinal = [], [], 0
        with open(path, encoding="utf-8", errors="surrogateescape") as fh:
            for k, line in enumerate(fh, start=1):
                if not line.strip():
                    continue
                lines.append(line.rstrip("\n"))
                numbers.append(k)
                if len(lines) >= chunk_size:
                    yield _jsonl_frame(lines, numbers, ordinal)
                    ordinal += len(lines)
                    lines, numbers = [], []
        if lines:
            yield _jsonl_frame(lines, numbers, ordinal)


def _jsonl_frame(lines, numbers, ordinal) -> pd.DataFrame:
    """Raw JSON lines with their line numbers and their ordinal among the non-blank lines (the
    loader numbers generated ids by that ordinal; it differs only after an invalid line)."""
    return pd.DataFrame({"__line__": lines, "__row__": numbers,
                         "__ord__": range(ordinal + 1, ordinal + len(lines) + 1)})


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
        rows = spec["rows"]
        hashed = pd.util.hash_pandas_object(rows.astype(str), index=False).to_numpy().tobytes()
        meta = spec.get("metadata")
        mst = Path(meta).stat() if meta else None
        return _sha(fingerprint, "table", spec["name"], spec["width"], hashed, list(rows.columns), meta,
                    mst and (mst.st_size, mst.st_mtime_ns))[:32]
    src = Path(spec["source"])
    st = src.stat()
    return _sha(fingerprint, "whole", str(src), st.st_size, st.st_mtime_ns, spec.get("metadata"))[:32]


# --------------------------------------------------------------------------- loading (worker)


def load_chunk(spec: dict, load_options: dict) -> pd.DataFrame:
    """The corpus DataFrame of one chunk, as :func:`analysis.load_corpus` gives it for the
    whole source (``attrs["problems"]`` holds the chunk's problems)."""
    from ..loading import load_corpus

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
            return load_corpus(tmp, metadata, **load_options)
        return _load_table_chunk(spec, tmp, metadata, load_options)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def _load_table_chunk(spec, tmp: Path, metadata, load_options) -> pd.DataFrame:
    from ..loading import load_corpus

    name, rows = spec["name"], spec["rows"]
    path = tmp / name
    row_numbers = rows["__row__"].tolist()
    ordinals = rows["__ord__"].tolist()
    body = rows.drop(columns=["__row__", "__ord__"])
    if name.lower().endswith((".jsonl", ".ndjson")):
        path.write_text("\n".join(body["__line__"]) + "\n", encoding="utf-8", errors="surrogateescape")
    elif name.lower().endswith(".csv"):
        body.to_csv(path, index=False)
    else:
        body.to_parquet(path, index=False)
    corpus = load_corpus(path, metadata, **load_options)
    # the loader numbered rows (and JSON lines) from 1 within the chunk: number them in the file
    n = len(row_numbers)
    stem = Path(name).stem

    def where(sp):
        if isinstance(sp, str) and sp.startswith(name + ":"):
            k = sp[len(name) + 1:]
            if k.isdigit() and 1 <= int(k) <= n:
                return f"{name}:{row_numbers[int(k) - 1]}"
        return sp

    problems = corpus.attrs.get("problems")
    generated = problems is not None and (problems["problem"] == "no doc_id column").any()
    corpus["source_path"] = corpus["source_path"].map(where).astype("str")
    renamed = {}
    if generated:  # ids from the row's place in the whole file, as the loader gives them
        local_width, width = max(5, len(str(n))), spec["width"]
        renamed = {f"{stem}_{k:0{local_width}d}": f"{stem}_{ordinals[k - 1]:0{width}d}" for k in range(1, n + 1)}
        corpus["doc_id"] = corpus["doc_id"].map(lambda d: renamed.get(d, d)).astype("str")
    if problems is not None and len(problems):
        problems = problems.copy()
        problems["source_path"] = problems["source_path"].map(where).astype("str")
        problems["doc_id"] = problems["doc_id"].map(lambda d: renamed.get(d, d))
        corpus.attrs["problems"] = problems
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
