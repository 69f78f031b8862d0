"""Load a corpus of news articles into one tidy DataFrame, recording every problem on the way.

``load_corpus()`` reads a folder of ``.txt`` files (recursively), a single ``.txt``, a
``.csv`` / ``.jsonl`` / ``.parquet`` table with a text column, or ``.html`` / ``.htm`` pages
(extracted offline with trafilatura). Every document goes through the same line classifier
(:mod:`analysis.cleaning`), so ``text`` is the clean body and ``cleaning_report()`` says why each
other line was removed. Problems (empty or binary files, odd encodings, duplicate ids, metadata
that does not match, dates that cannot be read) never stop the rest of the corpus from loading:
each gives a :class:`CorpusWarning` naming the file, and all are listed in
``corpus.attrs["problems"]``.
"""
from __future__ import annotations

import codecs
import io
import json
import re
import sys
import warnings
from collections import Counter
from datetime import datetime
from pathlib import Path

import pandas as pd

from .cleaning import classify_document
from .progress import progress
from .paths import METADATA_CSV, RAW_DIR

CONTRACT_COLUMNS = [
    "doc_id", "title", "author", "outlet", "published", "date_basis",
    "text", "raw_text", "n_words", "source_path", "encoding",
]
DATE_BASES = ("stated", "inferred", "metadata", "unknown")
PROBLEM_COLUMNS = ["source_path", "doc_id", "problem", "action"]
#: After this many warnings of one kind, the rest are summarized in a single warning.
MAX_WARNINGS_PER_PROBLEM = 20
_TABULAR = {".csv", ".jsonl", ".ndjson", ".parquet"}
_HTML = {".html", ".htm"}
_CONTROL_RE = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")


class CorpusWarning(UserWarning):
    """A problem with one input file or row; the rest of the corpus still loads."""


class CorpusError(ValueError):
    """A problem with the input, raised instead of a warning when ``on_error="raise"``."""


class ProblemLog(pd.DataFrame):
    """The problems met while loading (``corpus.attrs["problems"]``).

    A DataFrame whose ``==`` against another DataFrame returns one bool, so that pandas can
    compare the ``attrs`` of two corpora (as it does in ``merge`` and ``concat``) without
    raising "truth value of a DataFrame is ambiguous".
    """

    @property
    def _constructor(self):
        return ProblemLog

    def __eq__(self, other):
        if isinstance(other, pd.DataFrame):
            return self.equals(other)
        return super().__eq__(other)

    __hash__ = None


class _Problems:
    """Collects problems; warns, raises or stays quiet according to ``on_error``."""

    def __init__(self, on_error: str):
        if on_error not in ("warn", "raise", "ignore"):
            raise ValueError(f"on_error must be 'warn', 'raise' or 'ignore', not {on_error!r}")
        self.on_error = on_error
        self.rows: list[dict] = []
        self.counts: Counter = Counter()

    def __call__(self, source_path: str, doc_id, problem: str, action: str, detail: str = ""):
        self.rows.append(
            {"source_path": source_path, "doc_id": doc_id, "problem": problem, "action": action}
        )
        message = f"{source_path}: {problem}{(' (' + detail + ')') if detail else ''}; {action}"
        if self.on_error == "raise":
            raise CorpusError(message)
        self.counts[problem] += 1
        if self.on_error == "warn" and self.counts[problem] <= MAX_WARNINGS_PER_PROBLEM:
            warnings.warn(message, CorpusWarning, stacklevel=_caller_level())

    def finish(self) -> ProblemLog:
        if self.on_error == "warn":
            for problem, k in sorted(self.counts.items()):
                if k > MAX_WARNINGS_PER_PROBLEM:
                    warnings.warn(
                        f"{k - MAX_WARNINGS_PER_PROBLEM} more cases of '{problem}' not shown; "
                        "see corpus.attrs['problems']",
                        CorpusWarning, stacklevel=_caller_level(),
                    )
        log = ProblemLog(self.rows, columns=PROBLEM_COLUMNS)
        return log.astype({"source_path": "str", "doc_id": "str", "problem": "str", "action": "str"})


def _caller_level() -> int:
    """stacklevel that points a warning at the code that called load_corpus."""
    level, frame = 1, sys._getframe(1)
    while frame is not None and frame.f_code.co_filename == __file__:
        frame, level = frame.f_back, level + 1
    return level


class _Skip(Exception):
    """A document that cannot be read: (problem, action, detail)."""


# ----------------------------------------------------------------------------------------------
# Decoding
# ----------------------------------------------------------------------------------------------
def decode_bytes(data: bytes, fallbacks=("cp1252", "latin-1")) -> tuple[str, str, list[tuple[str, str]]]:
    """Decode a file's bytes: UTF-8 first, then charset-normalizer's guess or a fallback.

    Parameters
    ----------
    data : bytes
        The file's content.
    fallbacks : tuple of str, default ("cp1252", "latin-1")
        Encodings tried when neither UTF-8 nor the plausibility check nor charset-normalizer
        gives one.

    Returns
    -------
    (text, encoding, notes)
        ``text`` has its line ends turned into ``\\n`` and no BOM; ``notes`` lists
        ``(problem, action)`` pairs for a byte-order mark, a non-UTF-8 encoding and CRLF/CR
        line ends. Raises ``_Skip`` for empty and binary input.

    Examples
    --------
    >>> decode_bytes("Caf\\u00e9 owners said no to the plan.".encode("cp1252"))[:2]
    ('Café owners said no to the plan.', 'cp1252')
    """
    notes: list[tuple[str, str]] = []
    if not data.strip():
        raise _Skip("empty file", "skipped (nothing to load)", "")
    encoding = None
    if data.startswith(codecs.BOM_UTF8):
        data, encoding = data[len(codecs.BOM_UTF8):], "utf-8-sig"
        notes.append(("byte-order mark", "removed (encoding utf-8-sig)"))
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding = "utf-16"
        notes.append(("byte-order mark", "decoded as utf-16"))
    if encoding is None:
        head = data[:8192]
        n_ctrl = len(_CONTROL_RE.findall(head))
        if b"\x00" in head or n_ctrl > max(2, len(head) // 100):
            raise _Skip("binary file", "skipped (not text)", f"{n_ctrl} control bytes in the first {len(head)}")
    text = None
    if encoding is not None:
        text = data.decode(encoding, errors="replace")
    else:
        try:
            text, encoding = data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            text = None
    if text is None:
        encoding, text = _guess_decode(data, tuple(fallbacks))
        notes.append(("not UTF-8", f"decoded as {encoding}"))
    if "\r" in text:
        kind = "CRLF line ends" if "\r\n" in text else "CR line ends"
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        notes.append((kind, "normalized to \\n"))
    if not text.strip():
        raise _Skip("empty file", "skipped (only whitespace)", "")
    return text, encoding, notes


def _guess_decode(data: bytes, fallbacks) -> tuple[str, str]:
    """Pick an encoding for bytes that are not UTF-8.

    Short Western texts are ambiguous between single-byte code pages, and news in Latin script
    is far more often cp1252 than, say, cp1250 or mac_roman: when the bytes decode as cp1252
    into mostly ASCII letters (accents and curly quotes here and there), cp1252 is used.
    Otherwise (Cyrillic, Greek, CJK ...) charset-normalizer's best guess, then ``fallbacks``
    in order (latin-1 always decodes).
    """
    try:
        as_cp1252 = data.decode("cp1252")
    except UnicodeDecodeError:
        as_cp1252 = None
    for enc, text in (("cp1252", as_cp1252), ("latin-1", data.decode("latin-1"))):
        if text is None:
            continue
        letters = [c for c in text if c.isalpha()]
        non_ascii = sum(1 for c in letters if not c.isascii())
        if letters and non_ascii / len(letters) < 0.2:
            return enc, text
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
    except Exception:  # pragma: no cover - library trouble must not stop loading
        best = None
    if best is not None:
        return _std_name(codecs.lookup(best.encoding).name), str(best)
    for enc in fallbacks:
        try:
            return _std_name(codecs.lookup(enc).name), data.decode(enc)
        except (UnicodeDecodeError, LookupError):
            continue
    return "latin-1", data.decode("latin-1")


def _std_name(enc: str) -> str:
    return {"iso8859-1": "latin-1", "iso8859-15": "latin-9"}.get(enc, enc)


# ----------------------------------------------------------------------------------------------
# Dates
# ----------------------------------------------------------------------------------------------
def _parse_dates(values: list) -> list:
    """Timestamps (naive, wall-clock time) for ``values``; None where empty or unreadable."""
    out: list = [None] * len(values)
    todo = []
    for i, v in enumerate(values):
        if v is None or (isinstance(v, float) and v != v) or v is pd.NaT:
            continue
        if isinstance(v, (pd.Timestamp, datetime)):
            ts = pd.Timestamp(v)
            out[i] = ts.tz_localize(None) if ts.tzinfo is not None else ts
            continue
        s = str(v).strip()
        # A date without a year would be completed with the current year (or "yesterday"
        # with today's date): not reproducible, so it counts as unreadable.
        if s and _YEAR.search(s):
            todo.append((i, s))
    if not todo:
        return out
    strings = pd.Series([s for _, s in todo], dtype="object")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            parsed = pd.to_datetime(strings, errors="coerce", utc=False)
        except (ValueError, TypeError):
            parsed = pd.Series([pd.NaT] * len(strings))
    for (i, s), ts in zip(todo, parsed):
        if ts is None or ts is pd.NaT or pd.isna(ts):
            ts = _parse_one_date(s)
        if ts is not None:
            ts = pd.Timestamp(ts)
            out[i] = ts.tz_localize(None) if ts.tzinfo is not None else ts
    return out


_YEAR = re.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")


def _parse_one_date(s: str):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            return pd.Timestamp(pd.to_datetime(s, format="mixed"))
        except (ValueError, TypeError, OverflowError):
            pass
        try:
            import dateparser

            d = dateparser.parse(
                s, languages=["en"],
                settings={"RETURN_AS_TIMEZONE_AWARE": False, "PREFER_DAY_OF_MONTH": "first",
                          "REQUIRE_PARTS": ["month", "year"],
                          "PARSERS": ["timestamp", "custom-formats", "absolute-time"]},
            )
        except Exception:  # pragma: no cover
            d = None
    return d


# ----------------------------------------------------------------------------------------------
# Readers: each yields records {doc_id, raw_text, encoding, source_path, meta{}}
# ----------------------------------------------------------------------------------------------
def _read_text_file(path: Path, rel: str, problems: _Problems, doc_id: str, fallbacks=("cp1252", "latin-1")):
    try:
        data = path.read_bytes()
    except OSError as err:
        problems(rel, doc_id, "unreadable file", "skipped", str(err))
        return None
    try:
        text, enc, notes = decode_bytes(data, fallbacks)
    except _Skip as skip:
        problems(rel, doc_id, skip.args[0], skip.args[1], skip.args[2])
        return None
    for problem, action in notes:
        problems(rel, doc_id, problem, action)
    return {"doc_id": doc_id, "raw_text": text, "encoding": enc, "source_path": rel, "meta": {}}


def _read_html_file(path: Path, rel: str, problems: _Problems, doc_id: str, fallbacks=("cp1252", "latin-1")):
    rec = _read_text_file(path, rel, problems, doc_id, fallbacks)
    if rec is None:
        return None
    import trafilatura

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        doc = trafilatura.bare_extraction(
            rec["raw_text"], with_metadata=True, include_comments=False, include_tables=False
        )
    if doc is None or not (getattr(doc, "text", None) or "").strip():
        problems(rel, doc_id, "no article text found in HTML", "skipped")
        return None
    meta = {
        "title": getattr(doc, "title", None),
        "author": getattr(doc, "author", None),
        "outlet": getattr(doc, "sitename", None) or getattr(doc, "hostname", None),
        "published": getattr(doc, "date", None),
    }
    if meta["published"]:
        meta["date_basis"] = "stated"
    rec["raw_text"] = doc.text
    rec["meta"] = {k: v for k, v in meta.items() if v}
    return rec


def _files_in(root: Path, suffixes) -> list[Path]:
    suffixes = {s.lower() if s.startswith(".") else "." + s.lower() for s in suffixes}
    files = []
    for p in root.rglob("*"):
        rel_parts = p.relative_to(root).parts
        if any(part.startswith(".") for part in rel_parts):
            continue  # hidden files and folders (.ipynb_checkpoints, .DS_Store)
        if p.suffix.lower() in suffixes and p.is_file():
            files.append(p)
    return sorted(files, key=lambda p: p.relative_to(root).as_posix())


def _unique_id(doc_id: str, seen: set) -> str:
    k = 2
    new = doc_id
    while new in seen:
        new = f"{doc_id}__{k}"
        k += 1
    return new


def _read_folder(root: Path, suffixes, problems: _Problems, fallbacks, base: Path | None = None):
    base = base or root
    records, seen, first_of = [], set(), {}
    for path in progress(_files_in(root, suffixes), desc="reading files"):
        rel = path.relative_to(base).as_posix()
        doc_id = path.stem
        if doc_id in seen:
            new = _unique_id(doc_id, seen)
            problems(rel, new, "duplicate doc_id",
                     f"renamed to {new!r} (first file with this name: {first_of[doc_id]})")
            doc_id = new
        else:
            first_of[doc_id] = rel
        seen.add(doc_id)
        reader = _read_html_file if path.suffix.lower() in _HTML else _read_text_file
        rec = reader(path, rel, problems, doc_id, fallbacks)
        if rec is not None:
            records.append(rec)
    if not records and not problems.rows:
        problems(base.name or str(base), None, "no files found",
                 f"nothing loaded (looked for {', '.join(sorted(suffixes))})")
    return records


# Column names that other exports use for the standard fields (news APIs, scrapers, archives).
# They are used only when the standard name is absent and the caller kept the default.
COLUMN_ALIASES = {
    "text": ("text", "body", "content", "full_text", "fulltext", "article", "article_text",
             "maintext", "story"),
    "doc_id": ("doc_id", "id", "article_id", "document_id", "docid", "uid", "guid"),
    "title": ("title", "headline", "heading"),
    "author": ("author", "authors", "byline", "writer"),
    "outlet": ("outlet", "publication", "publisher", "newspaper", "source", "source_name"),
    "published": ("published", "date", "pub_date", "publication_date", "date_published",
                  "published_at", "publish_date", "datetime", "timestamp"),
}


def _resolve_column(field: str, requested: str, rows, where: str, problems: _Problems) -> str:
    """The column to read ``field`` from: the one asked for, else a common alternative name.

    Only a default name is replaced (a name the caller chose is taken as given), and the choice
    is logged, so a table from another tool loads without renaming and nothing is guessed
    silently.
    """
    default = COLUMN_ALIASES[field][0]
    columns = list(dict.fromkeys(c for r in rows for c in r))
    if requested != default or requested in columns:
        return requested
    lower = {str(c).lower(): c for c in columns}
    for alias in COLUMN_ALIASES[field]:  # the default too, in other capitals ("Text")
        col = lower.get(alias)
        if col is None:
            continue
        values = [r[col] for r in rows if col in r and not _is_missing(r[col])]
        if values and all(_usable(field, v) for v in values):
            problems(where, None, f"no {default!r} column",
                     f"{field} read from column {col!r} (pass {_PARAM[field]}=... to choose)")
            return col
    return requested


def _usable(field: str, v) -> bool:
    """Can this value fill ``field``? Text, ids and dates are scalars; a title, author or outlet
    may also be a list (several authors) or an object with a name ({"name": "Wire", ...})."""
    if field in ("text", "doc_id", "published"):
        return not isinstance(v, dict) and (isinstance(v, str) or not hasattr(v, "__len__"))
    return not isinstance(v, dict) or "name" in v


_PARAM = {"text": "text_column", "doc_id": "id_column", "title": "title_column",
          "author": "author_column", "outlet": "outlet_column", "published": "date_column"}


def _read_table(path: Path, problems: _Problems, text_column: str, id_column: str, fallbacks):
    name = path.name
    suffix = path.suffix.lower()
    if suffix == ".parquet":
        frame = pd.read_parquet(path)
        rows = frame.to_dict("records")
        encoding = "parquet"
    else:
        try:
            data = path.read_bytes()
            text, encoding, notes = decode_bytes(data, fallbacks)
        except _Skip as skip:
            problems(name, None, skip.args[0], skip.args[1], skip.args[2])
            return []
        for problem, action in notes:
            problems(name, None, problem, action)
        if suffix == ".csv":
            frame = pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False)
            rows = frame.to_dict("records")
        else:  # JSON lines
            rows = []
            for k, line in enumerate(text.split("\n"), start=1):
                if not line.strip():
                    continue
                try:
                    obj = json.loads(line)
                except json.JSONDecodeError as err:
                    problems(f"{name}:{k}", None, "invalid JSON line", "skipped", str(err))
                    continue
                if not isinstance(obj, dict):
                    problems(f"{name}:{k}", None, "JSON line is not an object", "skipped")
                    continue
                obj["__line__"] = k
                rows.append(obj)
    if not rows:
        problems(name, None, "no rows", "nothing loaded")
        return []
    text_column = _resolve_column("text", text_column, rows[:100], name, problems)
    id_column = _resolve_column("doc_id", id_column, rows[:100], name, problems)
    if not any(text_column in r for r in rows[:100]):
        cols = sorted({c for r in rows[:100] for c in r if c != "__line__"})
        raise CorpusError(
            f"{name}: no text column {text_column!r} (columns: {', '.join(map(str, cols))}); "
            "pass text_column=..."
        )
    has_id = any(id_column in r for r in rows[:100])
    if not has_id:
        problems(name, None, "no doc_id column",
                 f"doc_id generated from the row number ({path.stem}_00001, ...)")
    width = max(5, len(str(len(rows))))
    records, seen = [], set()
    for k, row in enumerate(rows, start=1):
        where = f"{name}:{row.pop('__line__', k)}"
        raw_id = row.pop(id_column, None) if has_id else None
        doc_id = None if raw_id is None or (isinstance(raw_id, float) and raw_id != raw_id) else str(raw_id).strip()
        if not doc_id:
            doc_id = f"{path.stem}_{k:0{width}d}"
            if has_id:
                problems(where, doc_id, "missing doc_id", f"generated {doc_id!r} from the row number")
        if doc_id in seen:
            new = _unique_id(doc_id, seen)
            problems(where, new, "duplicate doc_id", f"renamed to {new!r}")
            doc_id = new
        seen.add(doc_id)
        raw = row.pop(text_column, None)
        if raw is None or (isinstance(raw, float) and raw != raw) or not str(raw).strip():
            problems(where, doc_id, "empty text", "skipped (nothing to load)")
            continue
        raw = str(raw)
        if "\r" in raw:
            raw = raw.replace("\r\n", "\n").replace("\r", "\n")
        meta = {c: v for c, v in row.items() if not _is_missing(v)}
        records.append({"doc_id": doc_id, "raw_text": raw, "encoding": encoding,
                        "source_path": where, "meta": meta})
    return records


def _as_text(v):
    """A metadata value as text: a list of authors (JSON, Parquet) becomes "A; B"."""
    if v is None or isinstance(v, str):
        return v or None
    if isinstance(v, dict):
        return str(v.get("name") or v) or None
    if hasattr(v, "__len__") and not isinstance(v, (bytes, bytearray)):
        parts = [str(x).strip() for x in list(v) if not _is_missing(x) and str(x).strip()]
        return "; ".join(parts) or None
    return None if _is_missing(v) else str(v)


def _is_missing(v) -> bool:
    if v is None or v is pd.NaT:
        return True
    if isinstance(v, float) and v != v:
        return True
    return isinstance(v, str) and not v.strip()


def _read_metadata(path: Path, problems: _Problems, id_column: str) -> tuple[dict, list[str]]:
    """doc_id -> {column: value} (non-empty values only), and the column order."""
    try:
        text, _enc, notes = decode_bytes(path.read_bytes())
    except _Skip as skip:
        problems(path.name, None, f"metadata: {skip.args[0]}", "no metadata joined")
        return {}, []
    for problem, action in notes:
        problems(path.name, None, f"metadata: {problem}", action)
    frame = pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False)
    id_column = _resolve_column("doc_id", id_column, frame.head(100).to_dict("records"), path.name, problems)
    if id_column not in frame.columns:
        raise CorpusError(f"{path.name}: metadata has no {id_column!r} column (columns: "
                          f"{', '.join(frame.columns)})")
    out: dict = {}
    for k, row in enumerate(frame.to_dict("records"), start=2):  # line 1 is the header
        doc_id = str(row.pop(id_column)).strip()
        if not doc_id:
            problems(f"{path.name}:{k}", None, "metadata row without doc_id", "ignored")
            continue
        if doc_id in out:
            problems(f"{path.name}:{k}", doc_id, "duplicate doc_id in metadata", "first row kept")
            continue
        out[doc_id] = {c: v.strip() for c, v in row.items() if isinstance(v, str) and v.strip()}
    return out, [c for c in frame.columns if c != id_column]


# ----------------------------------------------------------------------------------------------
# The public loader
# ----------------------------------------------------------------------------------------------
def load_corpus(
    source=None,
    metadata=None,
    *,
    on_error: str = "warn",
    text_column: str = "text",
    id_column: str = "doc_id",
    title_column: str = "title",
    author_column: str = "author",
    outlet_column: str = "outlet",
    date_column: str = "published",
    suffixes=(".txt", ".html", ".htm"),
    fallback_encodings=("cp1252", "latin-1"),
) -> pd.DataFrame:
    """Load news articles into one DataFrame, one row per document, with a clean ``text``.

    Parameters
    ----------
    source : str or Path, optional
        A folder (its ``.txt`` files and ``.html``/``.htm`` pages, searched recursively;
        ``doc_id`` is the file name without its suffix), one ``.txt`` file, a ``.csv`` / ``.jsonl`` / ``.parquet`` table
        with one document per row, or an ``.html`` / ``.htm`` page. None loads the bundled
        corpus (``data/raw``) with its metadata (``data/metadata.csv``).
    metadata : str or Path, optional
        A CSV sidecar with a ``doc_id`` column, joined on ``doc_id``. Its ``title``,
        ``author``, ``outlet``, ``published`` and ``date_basis`` win over what is read from the
        text; its other columns are kept after the standard ones.
    on_error : {"warn", "raise", "ignore"}
        What a problem with one file or row does: a :class:`CorpusWarning` naming the file
        (the file is skipped or repaired and the rest loads), a :class:`CorpusError`, or
        nothing visible. In every case the problems are listed in
        ``corpus.attrs["problems"]`` (source_path, doc_id, problem, action).
    text_column, id_column, title_column, author_column, outlet_column, date_column : str
        Column names in a table source and in the metadata sidecar. Where a default name is
        absent, a common alternative is used and logged as a problem, e.g. ``body`` or
        ``content`` for text, ``id`` for doc_id, ``headline`` for title, ``date`` for published
        (the full list is ``analysis.loading.COLUMN_ALIASES``); a name you pass is used as given.
        Without an id column, ``doc_id`` is ``<file stem>_<row number>`` (noted in the problems).
    suffixes : tuple of str
        File types read from a folder: text files and saved web pages (HTML goes through
        trafilatura). Pass ``(".txt",)`` to ignore the pages.
    fallback_encodings : tuple of str
        For files that are not UTF-8: tried after the cp1252/latin-1 plausibility check and
        charset-normalizer's guess (the encoding used is in the ``encoding`` column).

    Returns
    -------
    pandas.DataFrame
        Columns doc_id, title, author, outlet, published (datetime64[ns], NaT when unknown),
        date_basis ('stated' printed in the text or page, 'inferred' / 'metadata' from the
        sidecar, 'unknown'), text (clean body, typography unified, paragraphs separated by a
        blank line), raw_text (the decoded original with line ends as ``\\n`` and no BOM; for
        HTML the text trafilatura extracted), n_words (words in ``text``), source_path (relative
        to the folder given, or ``file:row`` for tables), encoding, then extra metadata columns.

    Raises
    ------
    CorpusError
        When ``source`` does not exist or is of an unknown type, a table has no text column, or
        (with ``on_error="raise"``) on the first problem.

    Examples
    --------
    >>> corpus = load_corpus()
    >>> corpus.columns[:6].tolist()
    ['doc_id', 'title', 'author', 'outlet', 'published', 'date_basis']
    >>> corpus.attrs["problems"].columns.tolist()
    ['source_path', 'doc_id', 'problem', 'action']
    """
    problems = _Problems(on_error)
    if source is None:
        source = RAW_DIR
        if metadata is None:
            metadata = METADATA_CSV
    source = Path(source)
    if not source.exists():
        raise CorpusError(f"{source}: no such file or folder")
    suffix = source.suffix.lower()
    if source.is_dir():
        records = _read_folder(source, suffixes, problems, fallback_encodings)
    elif suffix in _TABULAR:
        records = _read_table(source, problems, text_column, id_column, fallback_encodings)
    elif suffix in _HTML:
        rec = _read_html_file(source, source.name, problems, source.stem, fallback_encodings)
        records = [rec] if rec else []
    elif suffix in (".txt", ".text", ".md") or suffix == "":
        rec = _read_text_file(source, source.name, problems, source.stem, fallback_encodings)
        records = [rec] if rec else []
    else:
        raise CorpusError(f"{source.name}: unknown source type {suffix!r} (use a folder, .txt, "
                          ".csv, .jsonl, .parquet, .html or .htm)")

    meta_rows: dict = {}
    meta_cols: list[str] = []
    meta_name = None
    if metadata is not None:
        metadata = Path(metadata)
        if not metadata.exists():
            raise CorpusError(f"{metadata}: metadata file not found")
        meta_name = metadata.name
        meta_rows, meta_cols = _read_metadata(metadata, problems, id_column)
        seen_ids = {r["doc_id"] for r in records} | {r["doc_id"] for r in problems.rows if r["doc_id"]}
        for doc_id in meta_rows:
            if doc_id not in seen_ids:
                problems(meta_name, doc_id, "metadata row without a file", "ignored")

    seen_meta = [rec["meta"] for rec in records[:100]] + [row for row in list(meta_rows.values())[:100]]
    where = meta_name or source.name
    title_column, author_column, outlet_column, date_column = (
        _resolve_column(field, col, seen_meta, where, problems)
        for field, col in (("title", title_column), ("author", author_column),
                           ("outlet", outlet_column), ("published", date_column)))
    names = {"title": title_column, "author": author_column, "outlet": outlet_column,
             "published": date_column}
    consumed = set(names.values()) | {"date_basis"}
    extra_cols: list[str] = []
    for rec in records:
        for c in rec["meta"]:
            if c not in consumed and c not in extra_cols:
                extra_cols.append(c)
    for c in meta_cols:
        if c not in consumed and c not in extra_cols:
            extra_cols.append(c)

    rows = []
    for rec in progress(records, desc="cleaning"):
        doc_id = rec["doc_id"]
        c = classify_document(rec["raw_text"])
        meta = dict(rec["meta"])
        if metadata is not None:
            side = meta_rows.get(doc_id)
            if side is None:
                problems(rec["source_path"], doc_id, "no metadata row",
                         f"title/author/outlet/date read from the text (not in {meta_name})")
            else:
                meta.update(side)
        row = {
            "doc_id": doc_id,
            "title": _as_text(meta.get(title_column)) or c.title,
            "author": _as_text(meta.get(author_column)) or c.author,
            "outlet": _as_text(meta.get(outlet_column)) or c.outlet,
            "meta_date": meta.get(date_column),
            "meta_basis": meta.get("date_basis"),
            "text_date": c.published,
            "text": c.text,
            "raw_text": rec["raw_text"],
            "n_words": len(c.text.split()),
            "source_path": rec["source_path"],
            "encoding": rec["encoding"],
            # kept apart: an extra column may share a name with a key above
            "extra": {col: (None if _is_missing(meta.get(col)) else meta.get(col)) for col in extra_cols},
        }
        rows.append(row)

    # dates: metadata (or the page/table) first, then the date printed in the text
    meta_dates = _parse_dates([r["meta_date"] for r in rows])
    for r, md in zip(rows, meta_dates):
        basis = r["meta_basis"]
        if md is None and not _is_missing(r["meta_date"]):
            problems(r["source_path"], r["doc_id"], "unparseable date",
                     "date read from the text instead" if r["text_date"] else "published left empty",
                     repr(str(r["meta_date"])))
        if md is not None:
            if basis is not None and basis not in DATE_BASES:
                problems(r["source_path"], r["doc_id"], "unknown date_basis",
                         "set to 'metadata'", repr(basis))
                basis = None
            r["published"], r["date_basis"] = md, basis or "metadata"
        elif r["text_date"] is not None:
            r["published"], r["date_basis"] = pd.Timestamp(r["text_date"]), "stated"
        else:
            r["published"], r["date_basis"] = None, "unknown"

    columns = CONTRACT_COLUMNS + [c if c not in CONTRACT_COLUMNS else f"meta_{c}" for c in extra_cols]
    data = {
        "doc_id": pd.Series([r["doc_id"] for r in rows], dtype="str"),
        "title": pd.Series([r["title"] for r in rows], dtype="str"),
        "author": pd.Series([r["author"] for r in rows], dtype="str"),
        "outlet": pd.Series([r["outlet"] for r in rows], dtype="str"),
        "published": pd.Series(
            pd.to_datetime([r["published"] for r in rows]), dtype="datetime64[ns]"
        ) if rows else pd.Series([], dtype="datetime64[ns]"),
        "date_basis": pd.Series([r["date_basis"] for r in rows], dtype="str"),
        "text": pd.Series([r["text"] for r in rows], dtype="str"),
        "raw_text": pd.Series([r["raw_text"] for r in rows], dtype="str"),
        "n_words": pd.Series([r["n_words"] for r in rows], dtype="int64"),
        "source_path": pd.Series([r["source_path"] for r in rows], dtype="str"),
        "encoding": pd.Series([r["encoding"] for r in rows], dtype="str"),
    }
    for col, out_col in zip(extra_cols, columns[len(CONTRACT_COLUMNS):]):
        values = [r["extra"][col] for r in rows]
        if all(v is None or isinstance(v, str) for v in values):
            data[out_col] = pd.Series(values, dtype="str")
        else:
            data[out_col] = pd.Series(values)
    corpus = pd.DataFrame(data, columns=columns)
    corpus.attrs["problems"] = problems.finish()
    return corpus
