"""Load a corpus of news articles into one tidy DataFrame, recording every problem on the way.

``load_corpus()`` reads a folder of ``.txt`` files (recursively), a single ``.txt``, a
``.csv`` / ``.tsv`` / ``.json`` / ``.jsonl`` / ``.ndjson`` / ``.parquet`` table with a text
column, or ``.html`` / ``.htm`` pages (extracted offline with trafilatura); any of them may be
compressed (``.gz``, ``.bz2``, ``.xz``) and a ``.zip`` archive is read like a folder. Every document goes through the same line classifier
(:mod:`analysis.clean.cleaning`), so ``text`` is the clean body and ``cleaning_report()`` says why each
other line was removed. Problems (empty or binary files, odd encodings, duplicate ids, metadata
that does not match, dates that cannot be read) never stop the rest of the corpus from loading:
each gives a :class:`CorpusWarning` naming the file and the doc_id, and all are listed in
``corpus.attrs["problems"]``: every file and every table row is either a row of the corpus or
a row of the problems (see docs/loading.md for the bad inputs tried and what each gets).
"""
from __future__ import annotations

import bz2
import codecs
import csv
import errno
import functools
import gzip
import io
import json
import lzma
import numbers
import os
import re
import signal
import stat
import sys
import threading
import time
import warnings
import zipfile
from collections import Counter
from contextlib import contextmanager
from datetime import datetime
from html.parser import HTMLParser
from pathlib import Path

import pandas as pd

from ..clean.cleaning import classify_document
from ..progress import progress
from ..paths import METADATA_CSV, RAW_DIR

CONTRACT_COLUMNS = [
    "doc_id", "title", "author", "outlet", "published", "date_basis",
    "text", "raw_text", "n_words", "source_path", "encoding", "language",
]
DATE_BASES = ("stated", "inferred", "metadata", "unknown")
PROBLEM_COLUMNS = ["source_path", "doc_id", "problem", "action"]
#: After this many warnings of one kind, the rest are summarized in a single warning.
MAX_WARNINGS_PER_PROBLEM = 20
_TABULAR = {".csv", ".tsv", ".json", ".jsonl", ".ndjson", ".parquet"}
_HTML = {".html", ".htm"}
_TEXT = {".txt", ".text", ".md", ""}
#: Compressed single files: suffix -> opener. ``story.txt.gz`` is read as ``story.txt``.
_COMPRESSED = {".gz": gzip.open, ".bz2": bz2.open, ".xz": lzma.open, ".lzma": lzma.open}
_CONTROL_RE = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")
# Control characters removed from decoded text: C0 except tab and line ends, DEL, and C1.
# Vertical tab and form feed (page breaks in old text exports) become line ends.
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
# File signatures of formats that are never text (images, PDF, office files, executables).
_MAGIC = (b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"%PDF", b"PK\x03\x04", b"\x7fELF", b"MZ",
          b"\xd0\xcf\x11\xe0", b"II*\x00", b"MM\x00*", b"\x1f\x8b", b"BZh", b"\xfd7zXZ",
          b"RIFF", b"OggS", b"ID3", b"fLaC", b"\x00\x00\x01\x00", b"wOFF", b"SQLite format")
#: Default budget per document: a file or text value larger than this is skipped with a warning.
MAX_BYTES = 20_000_000
#: Default budget per document: reading, extracting and cleaning one document may take this long.
MAX_SECONDS = 60.0
#: Publication dates outside this range are reported as "out of range" and left empty.
DATE_RANGE = (pd.Timestamp("1800-01-01"), pd.Timestamp("2099-12-31 23:59:59"))


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
        who = f" (doc_id {doc_id!r})" if doc_id is not None else ""
        message = f"{source_path}{who}: {problem}{(' (' + detail + ')') if detail else ''}; {action}"
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
        enc16 = _utf16_without_bom(data)
        if enc16:
            encoding = enc16
            notes.append(("UTF-16 without byte-order mark", f"decoded as {enc16}"))
    if encoding is None:
        padded = data.rstrip(b"\x00")
        if len(padded) < len(data) and padded.strip():
            notes.append(("NUL padding at the end", f"removed ({len(data) - len(padded)} bytes)"))
            data = padded
        head = data[:8192]
        n_ctrl = len(_CONTROL_RE.findall(head))
        if (data.startswith(_MAGIC) and n_ctrl) or n_ctrl > max(8, len(head) // 20):
            raise _Skip("binary file", "skipped (not text)",
                        f"{n_ctrl} control bytes in the first {len(head)}")
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


def _utf16_without_bom(data: bytes) -> str | None:
    """'utf-16-le' / 'utf-16-be' for UTF-16 text saved without a byte-order mark, else None.

    Such text has a NUL byte in every other position (for Latin script); random binary data
    does not decode into mostly printable characters.
    """
    head = data[:4096]
    if len(head) < 8 or head.count(0) < len(head) // 4:
        return None
    odd = head[1::2].count(0)
    even = head[0::2].count(0)
    enc = "utf-16-le" if odd > 0.9 * len(head) // 2 and even < odd // 4 else \
        "utf-16-be" if even > 0.9 * len(head) // 2 and odd < even // 4 else None
    if enc is None:
        return None
    try:
        text = data[: len(data) - len(data) % 2].decode(enc)
    except UnicodeDecodeError:
        return None
    printable = sum(1 for c in text[:2000] if c.isprintable() or c in "\n\r\t")
    return enc if printable >= 0.95 * min(len(text), 2000) else None


def strip_control_characters(text: str) -> tuple[str, int]:
    """Remove control characters from decoded text; return the text and how many were removed.

    Tab and line ends stay; a vertical tab or form feed (page break) becomes a line end; NUL,
    the other C0 controls, DEL and the C1 controls (U+0080-U+009F) are removed.

    Parameters
    ----------
    text : str

    Returns
    -------
    (str, int)

    Examples
    --------
    >>> strip_control_characters("Talks\\x00 resumed\\x0con Monday.")
    ('Talks resumed\\non Monday.', 2)
    """
    n = 0
    if "\x0b" in text or "\x0c" in text:
        n += text.count("\x0b") + text.count("\x0c")
        text = text.replace("\x0b", "\n").replace("\x0c", "\n")
    text, k = _CONTROL_CHARS.subn("", text)
    return text, n + k


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
# A numeric date that may be day-first or month-first: 05/03/2003, 5-3-2003, 05.03.2003 (a
# four-digit year; a time may follow). Group 1 and 3 are the two numbers, 4 the year, 5 the rest.
_NUMERIC_DATE = re.compile(r"^\s*(\d{1,2})([/.\-])(\d{1,2})\2((?:1[89]|20)\d\d)(?!\d)(.*)$", re.S)


def date_order_counts(values) -> tuple[int, int, int]:
    """How the numeric dates among ``values`` show their order of day and month.

    Returns ``(day_first, month_first, ambiguous)``: values such as ``25/03/2003`` (only
    day-first reads), ``03/25/2003`` (only month-first reads) and ``05/03/2003`` (both read).
    Values of other shapes are not counted.

    Examples
    --------
    >>> date_order_counts(["25/03/2003", "05/03/2003", "2003-03-05", None])
    (1, 0, 1)
    """
    dmy = mdy = amb = 0
    for v in values:
        if not isinstance(v, str):
            continue
        m = _NUMERIC_DATE.match(v)
        if m is None:
            continue
        a, b = int(m.group(1)), int(m.group(3))
        if a > 12 and 1 <= b <= 12:
            dmy += 1
        elif b > 12 and 1 <= a <= 12:
            mdy += 1
        elif 1 <= a <= 12 and 1 <= b <= 12 and a != b:
            amb += 1
    return dmy, mdy, amb


def same_day_month_count(values) -> int:
    """How many numeric dates among ``values`` have the same day and month (``05/05/2003``).

    They read alike whichever order is chosen, so :func:`date_order_counts` leaves them out of
    its three counts; :func:`date_order_note` names them so its figures add up to every
    numeric date.

    Examples
    --------
    >>> same_day_month_count(["05/05/2003", "05/03/2003", "12.12.2001", None])
    2
    """
    n = 0
    for v in values:
        if isinstance(v, str):
            m = _NUMERIC_DATE.match(v)
            if m is not None and int(m.group(1)) == int(m.group(3)) and 1 <= int(m.group(1)) <= 12:
                n += 1
    return n


def date_order_note(order: bool, day_first: int, month_first: int, ambiguous: int,
                    same_day_month: int = 0) -> str:
    """The sentence that says which order of day and month was read, and why.

    Every numeric date is counted: those only one order reads, those both orders read
    (``05/03/2003``, read in the chosen order) and those with the same day and month
    (``05/05/2003``, read alike either way), so the figures add up to the total.

    Parameters
    ----------
    order : True for day-first.
    day_first, month_first, ambiguous : as :func:`date_order_counts` returns them.
    same_day_month : dates with day = month (:func:`same_day_month_count`).

    Examples
    --------
    >>> date_order_note(True, 40, 0, 60)
    'numeric dates such as 05/03/2003 read day-first, the order the values show: of 100 numeric dates, 40 can only be day-first (e.g. 25/03/2003) and 60 could be either (read day-first)'
    >>> print(date_order_note(True, 228, 3, 120, 35))
    numeric dates such as 05/03/2003 read day-first, the order the values show: of 386 numeric dates, 228 can only be day-first (e.g. 25/03/2003), 3 only month-first (read day-first all the same), 120 could be either (read day-first) and 35 have the same day and month (read alike either way)
    """
    total = day_first + month_first + ambiguous + same_day_month
    name = "day" if order else "month"
    shown, other = (day_first, month_first) if order else (month_first, day_first)
    example = "25/03/2003" if order else "03/25/2003"
    parts = [f"{shown:,} can only be {name}-first (e.g. {example})"]
    if other:
        parts.append(f"{other:,} only {'month' if order else 'day'}-first (read {name}-first all the same)")
    if ambiguous:
        parts.append(f"{ambiguous:,} could be either (read {name}-first)")
    if same_day_month:
        parts.append(f"{same_day_month:,} have the same day and month (read alike either way)")
    listed = parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]
    return (f"numeric dates such as 05/03/2003 read {name}-first, the order the values show: "
            f"of {total:,} numeric dates, {listed}")


# A UTC offset written after a time of day: "23:30:00-05:00", "04:30Z", "08:00:00 +0100",
# "10:00 GMT"; the offset is group 1.
_UTC_OFFSET = re.compile(
    r"(\d{1,2}):(\d{2})(?::\d{2}(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}:?\d{2}|UTC|GMT)\s*$", re.IGNORECASE)


def _offset_minutes(text: str) -> int:
    """Minutes east of UTC of an offset written as Z, UTC, GMT, +01:00 or -0500."""
    if text.upper() in ("Z", "UTC", "GMT"):
        return 0
    sign = -1 if text[0] == "-" else 1
    digits = text[1:].replace(":", "")
    return sign * (int(digits[:2]) * 60 + int(digits[2:]))


def _offset_label(minutes: int) -> str:
    sign = "-" if minutes < 0 else "+"
    return f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def utc_offset_note(values) -> str | None:
    """The note that says how dates written with **different** UTC offsets were read, or None.

    The loader keeps the local time each value writes and drops its offset
    (``2024-03-01T23:30:00-05:00`` is 2024-03-01 23:30), so a document keeps the day its own
    outlet printed. When a date column mixes offsets, two such times are not on one clock: the
    note says so, with the offsets found, an example and how many documents fall on another day
    in UTC. None when no value has an offset, or every value has the same one.

    Examples
    --------
    >>> utc_offset_note(["2024-03-01T23:30:00-05:00", "2024-03-02T04:30:00Z"])
    "2 dates carry 2 different UTC offsets (-05:00, +00:00): each is read as the local time it writes, the offset dropped, so they are not on one clock; 1 of the 2 falls on another day in UTC; e.g. '2024-03-01T23:30:00-05:00' is read as 2024-03-01 23:30 (2024-03-02 04:30 UTC)"
    >>> utc_offset_note(["2024-03-01T23:30:00Z", "2024-03-02"]) is None
    True
    """
    found: list = []  # (value, offset minutes, local minutes after midnight)
    for v in values:
        if isinstance(v, (pd.Timestamp, datetime)) and v.tzinfo is not None:
            off = v.utcoffset()
            if off is not None:
                found.append((v, int(off.total_seconds() // 60), v.hour * 60 + v.minute))
            continue
        if not isinstance(v, str):
            continue
        m = _UTC_OFFSET.search(v.strip())
        if m is not None:
            found.append((v.strip(), _offset_minutes(m.group(3)), int(m.group(1)) * 60 + int(m.group(2))))
    offsets = sorted({m for _, m, _ in found})
    if len(offsets) < 2:
        return None
    # the UTC day differs from the local one when the offset moves the time past midnight
    shifted = [(v, m) for v, m, clock in found if not 0 <= clock - m < 24 * 60]
    other_day = len(shifted)
    candidates = shifted or [(v, m) for v, m, _ in found if m != 0] or [(v, m) for v, m, _ in found]
    example = None
    for v, minutes in candidates[:20]:
        try:
            local = pd.Timestamp(v[: _UTC_OFFSET.search(v).start(3)].rstrip() if isinstance(v, str) else v)
        except (ValueError, TypeError, OverflowError):
            continue
        local = local.tz_localize(None) if local.tzinfo is not None else local
        example = (v, local, local - pd.Timedelta(minutes=minutes))
        break
    shown = ", ".join(_offset_label(m) for m in offsets[:6]) + (", ..." if len(offsets) > 6 else "")
    text = (f"{len(found):,} dates carry {len(offsets)} different UTC offsets ({shown}): each is read "
            "as the local time it writes, the offset dropped, so they are not on one clock")
    if other_day:
        text += (f"; {other_day:,} of the {len(found):,} {'falls' if other_day == 1 else 'fall'} on "
                 "another day in UTC")
    if example is not None:
        v, local, utc = example
        text += f"; e.g. {str(v)!r} is read as {local:%Y-%m-%d %H:%M} ({utc:%Y-%m-%d %H:%M} UTC)"
    return text


def decide_dayfirst(values) -> bool | None:
    """One order of day and month for a whole date column, decided from all its values.

    True when more values can only be day-first (``25/03/2003``) than only month-first
    (``03/25/2003``), False when fewer, None when the values do not tell (none, or a tie):
    the loader then reads ``05/03/2003`` month-first and says so in the problems.

    Examples
    --------
    >>> decide_dayfirst(["25/03/2003", "05/03/2003"])
    True
    >>> decide_dayfirst(["03/25/2003", "05/03/2003"])
    False
    >>> decide_dayfirst(["05/03/2003"]) is None
    True
    """
    dmy, mdy, _ = date_order_counts(values)
    if dmy == mdy:
        return None
    return dmy > mdy


def _numeric_as_iso(s: str, dayfirst: bool) -> tuple[str, bool]:
    """``s`` rewritten as YYYY-MM-DD (the rest kept) when it is a numeric date, read in the
    given order (or the other one when that is the only valid reading); and whether the value
    contradicts ``dayfirst``."""
    m = _NUMERIC_DATE.match(s)
    if m is None:
        return s, False
    a, b = int(m.group(1)), int(m.group(3))
    d, mo = (a, b) if dayfirst else (b, a)
    against = False
    if mo > 12 and d <= 12:
        d, mo, against = mo, d, True
    return f"{m.group(4)}-{mo:02d}-{d:02d}{m.group(5)}", against


# Unix time as APIs and databases export it: seconds (9-10 digits, 1973-2286) or
# milliseconds (12-13 digits) since 1970-01-01 UTC, as a number or a string of digits
# (an optional fraction). Eight digits stay YYYYMMDD.
_EPOCH = re.compile(r"(\d{9,10}|\d{12,13})(?:\.\d+)?")


def epoch_timestamp(value):
    """The UTC time (naive Timestamp) of a Unix timestamp, or None when ``value`` is not one.

    A Unix timestamp is a number, or a string of digits, of 9-10 digits (seconds since
    1970-01-01 UTC: 1973 to 2286) or 12-13 digits (milliseconds), as API and database exports
    write publication times. Other numbers (``20030219``, a year, a count) are not timestamps.

    Examples
    --------
    >>> epoch_timestamp(1456815600)
    Timestamp('2016-03-01 07:00:00')
    >>> epoch_timestamp("1456815600000")
    Timestamp('2016-03-01 07:00:00')
    >>> epoch_timestamp(20030219) is None
    True
    """
    if isinstance(value, bool):
        return None
    if isinstance(value, float):
        if value != value or not value.is_integer():
            return None
        value = int(value)
    if not isinstance(value, (int, str)):
        try:  # numpy integers
            import numbers
            if not isinstance(value, numbers.Integral):
                return None
            value = int(value)
        except (TypeError, ValueError):
            return None
    text = str(value).strip()
    m = _EPOCH.fullmatch(text)
    if m is None:
        return None
    digits = m.group(1)
    try:
        return pd.Timestamp(float(text) * (1000 if len(digits) <= 10 else 1), unit="ms")
    except (ValueError, OverflowError):
        return None


def _path_keys(source_path: str) -> list[str]:
    """The ways a sidecar may name a file of a folder besides its doc_id: its path inside the
    folder with and without its suffixes, '/' or '\\' between folders
    ('site/a1.htm', 'site/a1')."""
    path = str(source_path).replace("\\", "/").lstrip("./")
    name = path.rsplit("/", 1)[-1]
    stem = name.split(".", 1)[0] if "." in name.lstrip(".") else name
    bare = path[: len(path) - len(name)] + stem
    keys = [path, bare]
    return keys + [k.replace("/", "\\") for k in keys]


def _join_on_paths(records: list, meta_rows: dict, meta_name: str, problems) -> None:
    """Re-key sidecar rows that name a file by its path in the folder ('site/a1' or
    'site/a1.htm') instead of its doc_id (the file name without suffixes, 'a1'), so that they
    join; one note says so. A row that names a doc_id is never re-keyed."""
    if not meta_rows or not records:
        return
    joined, example = 0, None
    for rec in records:
        doc_id = rec["doc_id"]
        if doc_id in meta_rows or "/" not in str(rec["source_path"]).replace("\\", "/"):
            continue
        for key in _path_keys(rec["source_path"]):
            if key != doc_id and key in meta_rows:
                meta_rows[doc_id] = meta_rows.pop(key)
                joined += 1
                example = example or (key, doc_id)
                break
    if joined:
        # no count: annotate loads a folder in chunks, and each chunk would give its own
        problems(meta_name, None, "metadata joined on file paths",
                 "rows that name a file by its path in the folder, not by its doc_id (the file name "
                 f"without suffixes), are joined on it, e.g. {example[0]!r} as doc_id {example[1]!r}")


def _parse_dates(values: list, dayfirst: bool | None = None, languages: list | None = None) -> tuple[list, list]:
    """Timestamps (naive, wall-clock time) for ``values``, and why each missing one is missing.

    Returns ``(dates, why)``: ``dates[i]`` is a Timestamp or None; ``why[i]`` is None when the
    value was read or empty, else "out of range" (a year outside :data:`DATE_RANGE`, e.g. 1600
    or 3000) or "unparseable date". Numeric dates such as ``05/03/2003`` are all read in one
    order: ``dayfirst``, or when None the order :func:`decide_dayfirst` finds in ``values``
    (month-first when they do not tell), never one order for some values and another for others.
    A date written with the month names of another language ("3. März 2019", "le 3 mars 2019")
    is read by :func:`_foreign_date` when the English readings fail; pass a list as
    ``languages`` to get, per value, the code of the language it was read in (None otherwise).
    """
    if dayfirst is None:
        dayfirst = bool(decide_dayfirst(values))
    out: list = [None] * len(values)
    why: list = [None] * len(values)
    todo = []
    for i, v in enumerate(values):
        if v is None or (isinstance(v, float) and v != v) or v is pd.NaT:
            continue
        if isinstance(v, (pd.Timestamp, datetime)):
            out[i], why[i] = _in_range(v)
            continue
        epoch = epoch_timestamp(v)
        if epoch is not None:
            out[i], why[i] = _in_range(epoch)
            continue
        s = str(v).strip()
        if not s:
            continue
        # A date without a year would be completed with the current year (or "yesterday"
        # with today's date): not reproducible, so it counts as unreadable.
        if _YEAR.search(s):
            todo.append((i, _numeric_as_iso(s, dayfirst)[0]))
        elif _ANY_YEAR.search(s):
            why[i] = "out of range"
        else:
            why[i] = "unparseable date"
    if not todo:
        return out, why
    strings = pd.Series([s for _, s in todo], dtype="object")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            parsed = pd.to_datetime(strings, errors="coerce", utc=False)
        except (ValueError, TypeError, OverflowError):
            parsed = pd.Series([pd.NaT] * len(strings))
    if languages is not None:
        languages[:] = [None] * len(values)
    for (i, s), ts in zip(todo, parsed):
        if ts is None or ts is pd.NaT or pd.isna(ts):
            ts = _parse_one_date(s, dayfirst)
        if ts is None:   # "3. März 2019", "le 3 mars 2019": month names of another language
            found = _foreign_date(s, bool(dayfirst))
            if found is not None:
                ts = found[0]
                if languages is not None:
                    languages[i] = found[1]
        if ts is None:
            why[i] = "unparseable date"
        else:
            out[i], why[i] = _in_range(ts)
    return out, why


def _in_range(v):
    """(naive Timestamp, None) for a date inside DATE_RANGE, else (None, 'out of range')."""
    try:
        ts = pd.Timestamp(v)
        if ts.tzinfo is not None:
            ts = ts.tz_localize(None)
    except (ValueError, OverflowError):
        return None, "out of range"
    if not (DATE_RANGE[0] <= ts <= DATE_RANGE[1]):
        return None, "out of range"
    return ts.as_unit("ns"), None


# A year the loader reads (1800-2099), alone or as the start of YYYYMMDD; any other 3-4 digit
# "year" makes a date out of range rather than unparseable.
_YEAR = re.compile(r"(?<!\d)(?:1[89]|20)\d\d(?:(?!\d)|(?=[01]\d[0-3]\d(?!\d)))")
_ANY_YEAR = re.compile(r"(?<!\d)\d{3,4}(?!\d)")


def _parse_one_date(s: str, dayfirst: bool = False):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            return pd.Timestamp(pd.to_datetime(s, format="mixed", dayfirst=dayfirst))
        except (ValueError, TypeError, OverflowError):
            pass
        try:
            import dateparser

            d = dateparser.parse(
                s, languages=["en"],
                settings={"RETURN_AS_TIMEZONE_AWARE": False, "PREFER_DAY_OF_MONTH": "first",
                          "DATE_ORDER": "DMY" if dayfirst else "MDY",
                          "REQUIRE_PARTS": ["month", "year"],
                          "PARSERS": ["timestamp", "custom-formats", "absolute-time"]},
            )
        except Exception:  # pragma: no cover
            d = None
    return d


#: A word of three letters or more: a date string without one ("12/03") has no month name to
#: read in another language.
_WORD = re.compile(r"[^\W\d_]{3,}")


@functools.lru_cache(maxsize=1)
def _foreign_date_parser(dayfirst: bool):
    """dateparser's parser for the languages the project ships stop words for (other than
    English), from dateparser's own locale data (Unicode CLDR month and weekday names; offline)."""
    from dateparser.date import DateDataParser
    from dateparser.languages.loader import default_loader

    from .language import stop_word_languages
    known = default_loader.get_locale_map()
    languages = [c for c in sorted(stop_word_languages()) if c != "en" and c in known]
    return DateDataParser(languages=languages, settings={
        "RETURN_AS_TIMEZONE_AWARE": False, "PREFER_DAY_OF_MONTH": "first",
        "DATE_ORDER": "DMY" if dayfirst else "MDY", "REQUIRE_PARTS": ["month", "year"],
        "PARSERS": ["custom-formats", "absolute-time"]})


@functools.lru_cache(maxsize=65536)
def _foreign_date(s: str, dayfirst: bool = True):
    """``(Timestamp, language code)`` of a date written with the month (or weekday) names of a
    language other than English ("3. März 2019": de; "le 3 mars 2019": fr; "3 de marzo de
    2019": es), or None. A month and a year must be written; a string without a word of three
    letters is not tried. Used only after the English readings fail."""
    if not _WORD.search(s):
        return None
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            data = _foreign_date_parser(bool(dayfirst)).get_date_data(s)
        except Exception:  # pragma: no cover - a locale's own parse error
            return None
    if data is None or data.date_obj is None:
        return None
    return pd.Timestamp(data.date_obj), str(data.locale or "")


# ----------------------------------------------------------------------------------------------
# Budgets: size and time per document
# ----------------------------------------------------------------------------------------------
class _Timeout(BaseException):
    """One document overran its time budget (a BaseException, so no library swallows it)."""


@contextmanager
def _deadline(seconds):
    """Raise _Timeout in the main thread when the block runs longer than ``seconds``.

    Uses a real-time interval timer (Unix, main thread; a Jupyter kernel runs cells there).
    Elsewhere, or when another timer is running, the block runs without a limit and the caller
    only reports the time it took.
    """
    usable = bool(seconds) and seconds > 0 and hasattr(signal, "setitimer") \
        and threading.current_thread() is threading.main_thread()
    if usable:
        try:
            usable = signal.getitimer(signal.ITIMER_REAL)[0] == 0
        except (OSError, ValueError):  # pragma: no cover
            usable = False
    if not usable:
        yield
        return

    def _alarm(signum, frame):
        raise _Timeout()

    previous = signal.signal(signal.SIGALRM, _alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous if previous is not None else signal.SIG_DFL)


class _Opts:
    """Reading options shared by the readers."""

    def __init__(self, suffixes, fallbacks, max_bytes, max_seconds, skip_paths=()):
        self.suffixes = {s.lower() if s.startswith(".") else "." + s.lower() for s in suffixes}
        self.fallbacks = tuple(fallbacks)
        self.max_bytes = max_bytes
        self.max_seconds = max_seconds
        self.skip_paths = set(skip_paths)
        # how a .csv/.tsv is read (see load_corpus: delimiter, quotechar, header, column_names)
        self.dialect: dict = {}


def _too_large(n: int, opts: _Opts, what: str = "bytes") -> _Skip:
    return _Skip("file too large", f"skipped (over the budget max_bytes={opts.max_bytes:,})",
                 f"{n:,} {what}")


# ----------------------------------------------------------------------------------------------
# Readers: each yields records {doc_id, raw_text, encoding, source_path, meta{}}
# ----------------------------------------------------------------------------------------------
def _split_name(name: str) -> tuple[str, str | None, str]:
    """(document suffix, compression suffix or None, stem): 'a.txt.gz' -> ('.txt', '.gz', 'a')."""
    comp = None
    low = name.lower()
    for c in _COMPRESSED:
        if low.endswith(c) and len(name) > len(c):
            comp, name = c, name[: -len(c)]
            break
    dot = name.rfind(".")
    if dot <= 0:
        return "", comp, name
    return name[dot:].lower(), comp, name[:dot]


def _decompress(data: bytes, comp: str | None, opts: _Opts) -> bytes:
    if comp is None:
        if opts.max_bytes and len(data) > opts.max_bytes:
            raise _too_large(len(data), opts)
        return data
    opener = {".gz": gzip.GzipFile, ".bz2": bz2.BZ2File, ".xz": lzma.LZMAFile, ".lzma": lzma.LZMAFile}[comp]
    try:
        with opener(fileobj=io.BytesIO(data), mode="rb") as f:
            out = f.read(opts.max_bytes + 1) if opts.max_bytes else f.read()
    except (OSError, EOFError, lzma.LZMAError, ValueError) as err:
        raise _Skip("corrupt compressed file", "skipped", f"{comp}: {err}") from None
    except Exception as err:  # zlib.error and the like
        raise _Skip("corrupt compressed file", "skipped", f"{comp}: {err}") from None
    if opts.max_bytes and len(out) > opts.max_bytes:
        raise _too_large(opts.max_bytes, opts, "bytes or more once decompressed")
    return out


def _file_bytes(path: Path, opts: _Opts, comp: str | None = None, size: int | None = None) -> bytes:
    """The (decompressed) bytes of a file, within the size budget; _Skip when unreadable."""
    try:
        size = path.stat().st_size if size is None else size
        if comp is None:
            if opts.max_bytes and size > opts.max_bytes:
                raise _too_large(size, opts)
            return path.read_bytes()
        with _COMPRESSED[comp](path, "rb") as f:
            out = f.read(opts.max_bytes + 1) if opts.max_bytes else f.read()
    except _Skip:
        raise
    except (EOFError, lzma.LZMAError, gzip.BadGzipFile) as err:
        raise _Skip("corrupt compressed file", "skipped", f"{comp}: {err}") from None
    except OSError as err:
        if comp is not None and not isinstance(err, (PermissionError, FileNotFoundError, IsADirectoryError)):
            raise _Skip("corrupt compressed file", "skipped", f"{comp}: {err}") from None
        raise _Skip("unreadable file", "skipped", str(err)) from None
    except Exception as err:  # zlib.error from a damaged gzip stream
        raise _Skip("corrupt compressed file", "skipped", f"{comp}: {err}") from None
    if opts.max_bytes and len(out) > opts.max_bytes:
        raise _too_large(opts.max_bytes, opts, "bytes or more once decompressed")
    return out


def _load_document(rel: str, doc_id: str, kind: str, get_bytes, problems: _Problems, opts: _Opts):
    """Read, decode and (for HTML) extract one document within its budgets; None if skipped."""
    start = time.perf_counter()
    try:
        with _deadline(opts.max_seconds):
            data = get_bytes()
            text, enc, notes = decode_bytes(data, opts.fallbacks)
            del data
            meta: dict = {}
            html_notes: list = []
            if kind == "html":
                text, meta, html_notes = _extract_html(text)
    except _Skip as skip:
        problems(rel, doc_id, skip.args[0], skip.args[1], skip.args[2])
        return None
    except _Timeout:
        problems(rel, doc_id, "time budget exceeded",
                 f"skipped (reading took more than max_seconds={opts.max_seconds:g})")
        return None
    for problem, action in notes:
        problems(rel, doc_id, problem, action)
    for problem, action, detail in html_notes:
        problems(rel, doc_id, problem, action, detail)
    return {"doc_id": doc_id, "raw_text": text, "encoding": enc, "source_path": rel, "meta": meta,
            "name_date": file_name_date(rel), "seconds": time.perf_counter() - start}


# A full date in a file's path, year first: 2022-03-05, 2022_03_05, 2022.03.05, 20220305 or
# folders 2022/03/05/ (one separator used throughout); not inside a longer number or a word
# (a hash such as 3f20190412ab is not a date).
_NAME_DATE = re.compile(r"(?<![0-9A-Za-z])((?:18|19|20)\d\d)([-_./]?)(0[1-9]|1[0-2])\2(0[1-9]|[12]\d|3[01])(?![0-9A-Za-z])")


def file_name_date(path: str):
    """The date written in a file's name or folders (``2022-03-05_story.txt``,
    ``news/2022/03/05/story.txt``, ``20220305-story.txt``), or None when there is none, it is
    not a real day, or the path holds two different dates.

    Only year-first dates are read: the order of year, month and day is then never in doubt.

    Examples
    --------
    >>> file_name_date("2022-03-05_budget.txt")
    Timestamp('2022-03-05 00:00:00')
    >>> file_name_date("news/2019/11/30/vote.html")
    Timestamp('2019-11-30 00:00:00')
    >>> file_name_date("story-42.txt") is None
    True
    """
    found = set()
    for m in _NAME_DATE.finditer(str(path)):
        try:
            found.add(pd.Timestamp(int(m.group(1)), int(m.group(3)), int(m.group(4))))
        except ValueError:  # 2022-02-30
            continue
    if len(found) != 1:
        return None
    ts = found.pop()
    return ts if DATE_RANGE[0] <= ts <= DATE_RANGE[1] else None


class _PlainHTML(HTMLParser):
    """Text of an HTML page without a tree: any nesting depth, no boilerplate removal."""

    _SKIP = {"script", "style", "noscript", "template", "svg", "iframe"}
    _BLOCK = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "title", "section",
              "article", "header", "footer", "blockquote", "pre", "table", "ul", "ol", "dd", "dt",
              "figcaption", "aside", "nav", "main", "hr"}
    _VOID = {"br", "hr", "img", "input", "meta", "link", "area", "base", "col", "embed", "param",
             "source", "track", "wbr"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0
        self.depth = 0
        self.max_depth = 0

    def handle_starttag(self, tag, attrs):
        if tag in self._SKIP:
            self.skip += 1
        if tag not in self._VOID:
            self.depth += 1
            self.max_depth = max(self.max_depth, self.depth)
        if tag in self._BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in self._SKIP and self.skip:
            self.skip -= 1
        if tag not in self._VOID and self.depth:
            self.depth -= 1
        if tag in self._BLOCK:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)

    def text(self) -> str:
        lines = (" ".join(line.split()) for line in "".join(self.parts).split("\n"))
        return "\n\n".join(line for line in lines if line)


def _plain_html(text: str) -> _PlainHTML:
    p = _PlainHTML()
    p.feed(text)
    p.close()
    return p


# An HTML element that makes paragraphs, written as markup: a closing tag of a block element
# (any case), a lower-case or self-closing line break, or two lower-case paragraph tags. Plain
# text writes angle brackets too, but never closed: a wire's ticker is upper case ("Burlington
# Resources <BR>", "<TWA>"), a comparison has spaces ("x < y").
_CLOSING_BLOCK = re.compile(
    r"</(?:p|div|h[1-6]|li|ul|ol|table|tr|td|blockquote|article|section|body|html|figure|header|footer)\s*>",
    re.I)
_LINE_BREAK = re.compile(r"<br\s*/?>|<BR\s*/>")
_PARAGRAPH_TAG = re.compile(r"<p(?:\s[^<>]*)?>")


def _html_markup(value: str) -> bool:
    """Whether a table cell's text is HTML markup (paragraph or block elements), not text that
    writes an angle bracket (the three patterns above)."""
    if "<" not in value:
        return False
    return bool(_CLOSING_BLOCK.search(value) or _LINE_BREAK.search(value)
                or len(_PARAGRAPH_TAG.findall(value, 0, 200_000)) >= 2)


def _tree_words(root) -> tuple[int, int]:
    """(words of text outside script/style, deepest nesting) of an lxml tree."""
    words, depth_max = 0, 0
    stack = [(root, 1)]
    skip = {"script", "style", "noscript", "template"}
    while stack:
        el, d = stack.pop()
        depth_max = max(depth_max, d)
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag not in skip and el.text:
            words += len(el.text.split())
        if el.tail:
            words += len(el.tail.split())
        if tag not in skip:
            stack.extend((c, d + 1) for c in el)
    return words, depth_max


def _extract_html(text: str) -> tuple[str, dict, list]:
    """Article text and page metadata (trafilatura), or the page's whole text when the HTML
    parser cannot follow it (nested deeper than libxml2's limit); _Skip when nothing is found."""
    import lxml.html
    import trafilatura

    notes: list = []
    try:
        parser = lxml.html.HTMLParser(huge_tree=True, remove_comments=True, encoding="utf-8")
        tree = lxml.html.document_fromstring(text.encode("utf-8", "replace"), parser=parser)
    except Exception:  # lxml.etree.ParserError ("Document is empty") and the like
        tree = None
    tree_words, depth = _tree_words(tree) if tree is not None else (0, 0)
    if tree is None or depth >= 250:
        # near libxml2's nesting limit the parser drops what lies deeper: compare with a
        # parser that has no limit
        plain = _plain_html(text)
        full = plain.text()
        n_full = len(full.split())
        if tree is None or tree_words < 0.9 * n_full - 5:
            if not full.strip():
                raise _Skip("no article text found in HTML", "skipped", "")
            notes.append(("HTML nested too deep for the HTML parser",
                          "whole page text kept, read with a plain tag stripper (page furniture "
                          "may remain)",
                          f"{plain.max_depth} levels; the parser kept {tree_words} of {n_full} words"))
            return full, {}, notes
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        doc = trafilatura.bare_extraction(
            tree, with_metadata=True, include_comments=False, include_tables=False
        )
    if doc is None or not (getattr(doc, "text", None) or "").strip():
        raise _Skip("no article text found in HTML", "skipped", "")
    # outlet and date: structured metadata first, copyright lines and bare years refused,
    # missing with a note rather than wrong (analysis.corpus.html_metadata)
    from .html_metadata import page_metadata

    page = page_metadata(tree, getattr(doc, "url", None), title=getattr(doc, "title", None),
                         sitename=getattr(doc, "sitename", None),
                         found_date=getattr(doc, "date", None), run_htmldate=False)
    from .html_metadata import author_outlets, clean_author

    author, author_refused = clean_author(getattr(doc, "author", None))
    author_read = author
    author, credited = author_outlets(author)
    meta = {
        "title": _page_title(getattr(doc, "title", None), tree, doc.text, url=getattr(doc, "url", None),
                             sites=(getattr(doc, "sitename", None), page["outlet"])),
        "author": author,
        "outlet": page["outlet"],
        "published": page["published"],
        "date_basis": page["date_basis"] if page["published"] else None,
    }
    meta = {k: v for k, v in meta.items() if v}
    # always present for a page (so the columns exist for every HTML document)
    meta["outlet_source"] = page["outlet_source"]
    meta["date_source"] = page["date_source"]
    meta["metadata_note"] = page["metadata_note"]
    if author_refused:   # said where the outlet and date notes are
        note = f"author {getattr(doc, 'author', '')!r} from the page refused: {author_refused}"
        meta["metadata_note"] = "; ".join(x for x in (meta.get("metadata_note"), note) if x)
    for form, name in credited:   # a news outlet in the author field: no author, never silently
        if not meta.get("outlet"):
            meta["outlet"] = name
            meta["outlet_source"] = "author field (a news outlet credited as the author)"
            what = "set as the outlet"
        else:
            what = f"the outlet stays {meta['outlet']!r}" if meta["outlet"] != name else "the page's outlet too"
        who = f"author kept: {author!r}" if author else "no author"
        note = (f"author {author_read!r} from the page credits a news outlet, {form!r} ({name}), not a "
                f"person: {who}; {what}")
        meta["metadata_note"] = "; ".join(x for x in (meta.get("metadata_note"), note) if x)
    return doc.text, meta, notes


def _text_outlet(outlet, meta: dict):
    """The outlet the cleaning read from the text (a credit line, a wire tag), unless it is page
    boilerplate ("Home", a copyright line); for an HTML page, ``outlet_source`` says so."""
    from .html_metadata import clean_outlet

    value, why = clean_outlet(outlet)
    if "outlet_source" in meta:
        if value:
            meta["outlet_source"] = "article text (credit line or wire tag)"
        elif why:
            note = f"outlet {outlet!r} from the article text refused: {why}"
            meta["metadata_note"] = "; ".join(x for x in (meta.get("metadata_note"), note) if x)
    return value


def _walk(root: Path, problems: _Problems) -> list[tuple[Path, str, int]]:
    """Regular files under ``root`` as (path, relative path, size), in path order.

    Hidden files and folders (a name starting with a dot: .ipynb_checkpoints, .DS_Store) are
    left out. Symlinks are followed once; a link loop, a dangling link, a link back into a
    folder already read, an unreadable folder and a device, pipe or socket are named in the
    problems.
    """
    out: list = []
    visited: set = set()

    def link_target(path: str) -> str:
        try:
            return "-> " + os.readlink(path)
        except OSError:
            return ""

    def visit(folder: Path, rel_folder: str, ancestors: frozenset):
        try:
            with os.scandir(folder) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError as err:
            problems(rel_folder or ".", None, "unreadable folder", "skipped (its files were not read)",
                     err.strerror or str(err))
            return
        for e in entries:
            if e.name.startswith("."):
                continue
            rel = f"{rel_folder}/{e.name}" if rel_folder else e.name
            is_link = e.is_symlink()
            try:
                st = os.stat(e.path)
            except OSError as err:
                if is_link and err.errno == errno.ELOOP:
                    problems(rel, None, "symlink loop", "skipped", link_target(e.path))
                elif is_link:
                    problems(rel, None, "dangling symlink", "skipped (its target does not exist)",
                             link_target(e.path))
                else:
                    problems(rel, None, "unreadable file", "skipped", err.strerror or str(err))
                continue
            if stat.S_ISDIR(st.st_mode):
                key = (st.st_dev, st.st_ino)
                if key in ancestors:
                    problems(rel, None, "symlink loop",
                             "skipped (the link points back to a folder above it)", link_target(e.path))
                elif key in visited:
                    problems(rel, None, "folder already read",
                             "skipped (a link to a folder read under another name)", link_target(e.path))
                else:
                    visited.add(key)
                    visit(Path(e.path), rel, ancestors | {key})
            elif stat.S_ISREG(st.st_mode):
                out.append((Path(e.path), rel, st.st_size))
            else:
                problems(rel, None, "not a regular file", "skipped (a device, pipe or socket)")

    st = os.stat(root)
    visited.add((st.st_dev, st.st_ino))
    visit(root, "", frozenset({(st.st_dev, st.st_ino)}))
    return out


def _unique_id(doc_id: str, seen: set) -> str:
    k = 2
    new = doc_id
    while new in seen:
        new = f"{doc_id}__{k}"
        k += 1
    return new


def _kind(suffix: str) -> str:
    return "html" if suffix in _HTML else "text"


def _zip_members(zf: zipfile.ZipFile) -> list[zipfile.ZipInfo]:
    return [i for i in zf.infolist() if not i.is_dir()
            and not any(part.startswith(".") or part == "__MACOSX" for part in i.filename.split("/"))]


def _zip_documents(path: Path, rel: str, problems: _Problems, opts: _Opts):
    """(rel, doc_id stem, kind, get_bytes) for each document in a zip archive."""
    try:
        zf = zipfile.ZipFile(path)
        members = _zip_members(zf)
    except (zipfile.BadZipFile, OSError, ValueError) as err:
        problems(rel, None, "corrupt zip archive", "skipped", str(err))
        return []
    docs = []
    for info in sorted(members, key=lambda i: i.filename):
        mrel = f"{rel}/{info.filename}"
        suffix, comp, stem = _split_name(info.filename.rsplit("/", 1)[-1])
        if suffix not in opts.suffixes:
            problems(mrel, None, "file type not read",
                     f"skipped (documents are read from {', '.join(sorted(opts.suffixes))})")
            continue

        def get(info=info, comp=comp):
            if opts.max_bytes and info.file_size > opts.max_bytes and comp is None:
                raise _too_large(info.file_size, opts)
            try:
                with zf.open(info) as f:
                    data = f.read(opts.max_bytes + 1) if opts.max_bytes else f.read()
            except Exception as err:  # encrypted, damaged, unsupported compression
                raise _Skip("unreadable file in zip archive", "skipped", str(err)) from None
            if opts.max_bytes and len(data) > opts.max_bytes and comp is None:
                raise _too_large(opts.max_bytes, opts, "bytes or more once decompressed")
            return _decompress(data, comp, opts)

        docs.append((mrel, stem, _kind(suffix), get))
    return docs


def _read_folder(root: Path, problems: _Problems, opts: _Opts):
    docs = []
    if root.is_dir():
        for path, rel, size in progress(_walk(root, problems), desc="listing files"):
            if path.resolve() in opts.skip_paths:
                continue  # the metadata sidecar kept inside the corpus folder
            suffix, comp, stem = _split_name(path.name)
            if comp is None and path.suffix.lower() == ".zip":
                docs.extend(_zip_documents(path, rel, problems, opts))
            elif suffix in opts.suffixes:
                docs.append((rel, stem, _kind(suffix),
                             lambda path=path, comp=comp, size=size: _file_bytes(path, opts, comp, size)))
            else:
                problems(rel, None, "file type not read",
                         f"skipped (documents are read from {', '.join(sorted(opts.suffixes))}; "
                         "pass suffixes=... to read others)")
    else:  # a zip archive given as the source
        docs = _zip_documents(root, root.name, problems, opts)
    records, seen, first_of = [], set(), {}
    for rel, stem, kind, get in progress(docs, desc="reading files"):
        doc_id = stem
        if doc_id in seen:
            new = _unique_id(doc_id, seen)
            problems(rel, new, "duplicate doc_id",
                     f"renamed to {new!r} (first file with this name: {first_of[doc_id]})")
            doc_id = new
        else:
            first_of[doc_id] = rel
        seen.add(doc_id)
        rec = _load_document(rel, doc_id, kind, get, problems, opts)
        if rec is not None:
            records.append(rec)
    if not records and not problems.rows:
        problems(root.name or str(root), None, "no files found",
                 f"nothing loaded (looked for {', '.join(sorted(opts.suffixes))})")
    return records


def _read_zip_source(path: Path, problems: _Problems, opts: _Opts, text_column: str, id_column: str):
    """A .zip given as the source: a single table inside is read as that table; otherwise the
    archive is read like a folder of documents."""
    try:
        with zipfile.ZipFile(path) as zf:
            members = _zip_members(zf)
            if len(members) == 1:
                suffix, comp, stem = _split_name(members[0].filename.rsplit("/", 1)[-1])
                if suffix in _TABULAR:
                    data = _decompress(zf.read(members[0]), comp, _Opts((), opts.fallbacks, None, None))
                    return _read_table(data, f"{path.name}/{members[0].filename}", stem, suffix,
                                       problems, text_column, id_column, opts)
    except _Skip as skip:
        problems(path.name, None, skip.args[0], skip.args[1], skip.args[2])
        return []
    except (zipfile.BadZipFile, OSError, ValueError, RuntimeError) as err:
        problems(path.name, None, "corrupt zip archive", "skipped", str(err))
        return []
    return _read_folder(path, problems, opts)


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
                  "published_at", "publish_date", "datetime", "timestamp",
                  "pubdate", "publishedat"),  # RSS's pubDate, NewsAPI's publishedAt
}


def _other_language_aliases(aliases: dict) -> dict:
    """The English names followed by the names news exports in other languages give each field
    (``lexicons/column_names_other_languages.csv``: "corps", "titre", "Inhalt", "fecha"), so a
    French or German table loads as an English one does; an English name is tried first."""
    from ..lexicons import _rows

    out = {field: list(names) for field, names in aliases.items()}
    for r in _rows("column_names_other_languages.csv"):
        name = r["name"].strip().lower()
        if name and name not in out[r["field"].strip()]:
            out[r["field"].strip()].append(name)
    return {field: tuple(names) for field, names in out.items()}


COLUMN_ALIASES = _other_language_aliases(COLUMN_ALIASES)


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
    if field == "text":
        # An export's own compound name for its one text column ("headline_text" of the ABC
        # headlines, "article_body", "NewsContent", "Story Text"): a column whose name has an
        # alias as one of its words, when exactly one column of text values has such a name.
        words = {a for a in COLUMN_ALIASES["text"] if "_" not in a}
        found = []
        for col in columns:
            parts = {p.lower() for p in re.findall(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])", str(col))}
            values = [r[col] for r in rows if col in r and not _is_missing(r[col])]
            if parts & words and values and all(isinstance(v, str) for v in values) \
                    and 2 * sum(bool(re.search(r"[^\W\d_]{2}", v)) for v in values) > len(values):
                found.append(col)
        if len(found) == 1:
            problems(where, None, f"no {default!r} column",
                     f"{field} read from column {found[0]!r}, the one column named as text "
                     f"(pass {_PARAM[field]}=... to choose)")
            return found[0]
    return requested


def _lift_nested(rows, names) -> None:
    """A column named by its path into a nested object of a JSON or Parquet record
    (``"meta.published"`` for ``{"meta": {"published": ...}}``, as ``jq`` and
    ``pandas.json_normalize`` name it): each row gets the value under that name, unless the
    table has a column of that very name. The nested object itself stays a column."""
    for name in names:
        if not isinstance(name, str) or "." not in name or any(name in r for r in rows):
            continue
        parts = name.split(".")
        for r in rows:
            v = r.get(parts[0])
            for part in parts[1:]:
                v = v.get(part) if isinstance(v, dict) else None
            if v is not None:
                r[name] = v


def _nested_alias(field: str, requested: str, rows, where: str, problems: _Problems) -> str:
    """The path (``"meta.date"``) of a field that a JSON or Parquet record keeps only inside a
    nested object (``{"meta": {"date": ..., "topics": [...]}, "body": ...}``), or ``requested``.

    Only a default name is looked for, and only when no top-level column has the field under
    any of its names: then a key of a nested object (one level down) that is one of the field's
    names is taken, when exactly one such object holds it, and the choice is a load note, as a
    top-level alias is. A name the caller chose, or a field present at the top, is left alone.
    An object whose name says it describes a media item or a related thing ("image",
    "featured_image", "comments": ``_other_thing``) is never read: its "title", "author" and
    "date" are the photo's. When two objects hold the field, none is read and the load note
    names them.
    """
    names = COLUMN_ALIASES[field]
    if requested != names[0] or not rows:
        return requested
    columns = {str(c).lower() for r in rows for c in r}
    if columns & set(names):
        return requested
    parents = list(dict.fromkeys(c for r in rows for c, v in r.items()
                                 if isinstance(c, str) and "." not in c and isinstance(v, dict)
                                 and not _other_thing(c)))
    for alias in names:
        found = []
        for parent in parents:
            keys = {str(k).lower(): k for r in rows if isinstance(r.get(parent), dict) for k in r[parent]
                    if isinstance(k, str) and "." not in k}   # (a record may hold a number there)
            key = keys.get(alias)
            if key is None:
                continue
            values = [r[parent][key] for r in rows if isinstance(r.get(parent), dict)
                      and not _is_missing(r[parent].get(key))]
            # a title names its own document: a nested "title" that many documents share is
            # the title of something else (a section, a feed, a series)
            distinct = field != "title" or len(values) < 4 or 2 * len(set(map(str, values))) > len(values)
            if values and all(_usable(field, v) for v in values) and distinct:
                found.append(f"{parent}.{key}")
        if len(found) == 1:
            problems(where, None, f"no {names[0]!r} column",
                     f"{field} read from {found[0]!r}, inside the nested object "
                     f"{found[0].split('.')[0]!r} (pass {_PARAM[field]}=... to choose)")
            return found[0]
        if len(found) > 1:
            problems(where, None, f"no {names[0]!r} column",
                     f"{field} not read: {' and '.join(repr(f) for f in found)} hold one each "
                     f"(pass {_PARAM[field]}=... to choose)")
            return requested
    return requested


def _other_thing(parent: str) -> bool:
    """Does a nested object's name say it describes a media item or a related thing, not the
    article ("image", "featured_image", "leadImage", "comments";
    ``lexicons/nested_objects_not_the_article.txt``)?"""
    from ..lexicons import word_list

    words = re.split(r"[_\-\s:]+|(?<=[a-z])(?=[A-Z])", parent)
    return any(w.lower() in word_list("nested_objects_not_the_article.txt") for w in words if w)


def _usable(field: str, v) -> bool:
    """Can this value fill ``field``? Text, ids and dates are scalars; a title, author or outlet
    may also be a list (several authors) or an object with a name ({"name": "Wire", ...})."""
    if field in ("text", "doc_id", "published"):
        return not isinstance(v, dict) and (isinstance(v, str) or not hasattr(v, "__len__"))
    return not isinstance(v, dict) or "name" in v


_PARAM = {"text": "text_column", "doc_id": "id_column", "title": "title_column",
          "author": "author_column", "outlet": "outlet_column", "published": "date_column"}


def _csv_rows(text: str, name: str, problems: _Problems, delimiter: str = ",", id_column: str = "doc_id",
              quotechar: str = '"', header: bool = True, column_names=None):
    """Rows of a CSV text as dicts with their line number ("__line__"); a row with more fields
    than the header is skipped and named, one with fewer is padded with empty fields and named.
    Without a header row (``header=False``) the columns are ``column_names`` or ``column_1``,
    ``column_2``, ...; with a header row, ``column_names`` replaces its names.
    Returns (rows, header)."""
    csv.field_size_limit(2**31 - 1)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, quotechar=quotechar, strict=False)
    has_header_row = header
    header = None
    id_at = None
    rows: list = []
    last_line = 0
    while True:
        try:
            fields = next(reader)
        except StopIteration:
            break
        except csv.Error as err:
            problems(f"{name}:{last_line + 1}", None, "CSV row cannot be read", "skipped", str(err))
            if reader.line_num <= last_line:  # pragma: no cover - no progress: stop
                break
            last_line = reader.line_num
            continue
        line = last_line + 1
        last_line = reader.line_num
        if not fields or (len(fields) == 1 and not fields[0].strip()):
            continue  # a blank line
        if header is None:
            if column_names is not None:
                if has_header_row and len(column_names) != len(fields):
                    raise CorpusError(f"{name}: column_names gives {len(column_names)} names, the header "
                                      f"row has {len(fields)} fields")
                header = _header_names([str(c) for c in column_names])
            elif has_header_row:
                header = _header_names(fields)
            else:
                header = [f"column_{k}" for k in range(1, len(fields) + 1)]
            lower = {h.lower(): k for k, h in enumerate(header)}
            id_at = next((lower[c.lower()] for c in (id_column,) + COLUMN_ALIASES["doc_id"]
                          if c.lower() in lower), None)
            if has_header_row:
                continue
        # the row's doc_id, to name it in a problem (when the id column can be told)
        rid = fields[id_at].strip() or None if id_at is not None and id_at < len(fields) else None
        if len(fields) > len(header):
            extra = fields[len(header):]
            if any(f.strip() for f in extra):
                problems(f"{name}:{line}", rid, "ragged CSV row",
                         "skipped (more fields than the header; an unquoted delimiter?)",
                         f"{len(fields)} fields, the header has {len(header)}")
                continue
            fields = fields[: len(header)]  # trailing delimiters only
        elif len(fields) < len(header):
            problems(f"{name}:{line}", rid, "short CSV row",
                     "loaded with the missing fields left empty",
                     f"{len(fields)} fields, the header has {len(header)}")
            fields = fields + [""] * (len(header) - len(fields))
        row = dict(zip(header, fields))
        row["__line__"] = line
        rows.append(row)
    return rows, header or []


#: Delimiters tried when ``delimiter=None`` and the file's own (comma for .csv, tab for .tsv)
#: does not split it into a steady number of fields.
SNIFF_DELIMITERS = ",;\t|"
#: A header row whose field is longer than this (characters) or has more words than
#: ``HEADER_MAX_WORDS`` looks like data: with ``header=None`` the file is read without a header.
HEADER_MAX_CHARS = 80
HEADER_MAX_WORDS = 10
_SNIFF_BYTES = 1 << 18


def _field_counts(sample: str, delimiter: str, quotechar: str, complete: bool) -> list[int]:
    """Fields per record in the first records of ``sample`` (the last, maybe cut off, dropped)."""
    counts = []
    try:
        for fields in csv.reader(io.StringIO(sample, newline=""), delimiter=delimiter,
                                 quotechar=quotechar, strict=False):
            if fields and not (len(fields) == 1 and not fields[0].strip()):
                counts.append(len(fields))
            if len(counts) > 50:
                break
    except csv.Error:
        return []
    if not complete and len(counts) > 1:
        counts = counts[:-1]
    return counts


def _steady(counts: list[int]) -> bool:
    return bool(counts) and counts[0] >= 2 and all(c == counts[0] for c in counts)


def _resolve_dialect(text: str, name: str, suffix: str, dialect: dict, problems: _Problems) -> dict:
    """The delimiter, quote character and header setting to read a delimited text with.

    Given values are used as given. ``delimiter=None`` / ``quotechar=None`` keep the file type's
    own (comma or tab, double quote) when they split the first records into the same number of
    fields; otherwise ``csv.Sniffer`` is asked, and its guess is used (and noted) only when it
    does. ``header=None`` takes the first row as the header unless it looks like data (a field
    of more than HEADER_MAX_CHARS characters or HEADER_MAX_WORDS words), noted."""
    delimiter, quotechar = dialect.get("delimiter"), dialect.get("quotechar")
    header = dialect.get("header", None)
    default_delim = "\t" if suffix == ".tsv" else ","
    sample = text[:_SNIFF_BYTES]
    complete = len(text) <= _SNIFF_BYTES
    d, q = delimiter or default_delim, quotechar or '"'
    if (delimiter is None or quotechar is None) and not _steady(_field_counts(sample, d, q, complete)):
        cands = []
        try:
            sniffed = csv.Sniffer().sniff(sample[:65536], delimiters=delimiter or SNIFF_DELIMITERS)
            cands.append((delimiter or sniffed.delimiter, quotechar or sniffed.quotechar or '"'))
        except csv.Error:
            pass
        # the sniffer gives up on long quoted fields: then the first pair that reads steady rows
        cands += [(dd, qq) for qq in ([quotechar] if quotechar else ['"', "'"])
                  for dd in ([delimiter] if delimiter else [default_delim] + [x for x in SNIFF_DELIMITERS
                                                                            if x != default_delim])]
        cand = next((c for c in cands if c != (d, q)
                     and _steady(_field_counts(sample, c[0], c[1], complete))), None)
        if cand:
            problems(name, None, "CSV dialect guessed",
                     f"read with delimiter {cand[0]!r} and quote character {cand[1]!r} (pass "
                     "delimiter=... and quotechar=..., or --delimiter/--quotechar, to choose)")
            d, q = cand
    if header is None:
        first = next(csv.reader(io.StringIO(sample, newline=""), delimiter=d, quotechar=q, strict=False), [])
        longest = max(first, key=len, default="")
        if len(longest) > HEADER_MAX_CHARS or len(longest.split()) > HEADER_MAX_WORDS:
            problems(name, None, "header row looks like data",
                     f"read without a header row, columns named column_1 ... column_{len(first)} (a "
                     f"'column name' of {len(longest):,} characters: {longest[:40]!r}...; pass "
                     "header=True or --header to keep it as the header)")
            header = False
        else:
            header = True
    return {"delimiter": d, "quotechar": q, "header": header}


def _header_names(fields: list[str]) -> list[str]:
    """Column names as pandas gives them: empty ones 'Unnamed: k', repeats 'x.1', 'x.2'."""
    out, seen = [], Counter()
    for k, f in enumerate(fields):
        f = f.strip() or f"Unnamed: {k}"
        name = f if not seen[f] else f"{f}.{seen[f]}"
        seen[f] += 1
        out.append(name)
    return out


def _json_rows(text: str, name: str, problems: _Problems, lines_only: bool = False):
    """Rows of a JSON array (or an object holding one list of records), else JSON lines.
    ``lines_only`` (.jsonl, .ndjson): JSON lines only, even when the text is one JSON value
    (a one-record file is line 1, not array item [1]; a line holding an array is not a row)."""
    stripped = text.lstrip()
    if not lines_only and stripped.startswith(("[", "{")):
        try:
            obj = json.loads(text)
        except (json.JSONDecodeError, RecursionError):
            obj = None  # JSON lines, or broken: read line by line below
        if isinstance(obj, dict):
            lists = [k for k, v in obj.items() if isinstance(v, list) and v and all(isinstance(x, dict) for x in v)]
            if len(lists) == 1:
                problems(name, None, "JSON object holding a list of records",
                         f"rows read from its key {lists[0]!r}")
                obj = obj[lists[0]]
            else:
                obj = [obj]
        if isinstance(obj, list):
            rows = []
            for k, item in enumerate(obj, start=1):
                if not isinstance(item, dict):
                    problems(f"{name}:[{k}]", None, "JSON array item is not an object",
                             "skipped", type(item).__name__)
                    continue
                item = dict(item)
                item["__line__"] = f"[{k}]"
                rows.append(item)
            return rows
        if obj is not None:
            problems(name, None, "JSON is not a list of objects", "skipped", type(obj).__name__)
            return []
    rows = []
    for k, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except (json.JSONDecodeError, RecursionError) as err:
            problems(f"{name}:{k}", None, "invalid JSON line", "skipped", str(err)[:200])
            continue
        if not isinstance(obj, dict):
            problems(f"{name}:{k}", None, "JSON line is not an object", "skipped", type(obj).__name__)
            continue
        obj["__line__"] = k
        rows.append(obj)
    return rows


def _read_table(data: bytes, name: str, stem: str, suffix: str, problems: _Problems,
                text_column: str, id_column: str, opts: _Opts):
    if suffix == ".parquet":
        try:
            frame = pd.read_parquet(io.BytesIO(data))
        except Exception as err:
            problems(name, None, "unreadable Parquet file", "skipped", str(err)[:200])
            return []
        rows = frame.to_dict("records")
        for k, row in enumerate(rows, start=1):
            row["__line__"] = f"row {k}"
        encoding = "parquet"
    else:
        try:
            text, encoding, notes = decode_bytes(data, opts.fallbacks)
        except _Skip as skip:
            problems(name, None, skip.args[0], skip.args[1], skip.args[2])
            return []
        del data
        for problem, action in notes:
            problems(name, None, problem, action)
        if suffix in (".csv", ".tsv"):
            d = _resolve_dialect(text, name, suffix, opts.dialect, problems)
            rows, _ = _csv_rows(text, name, problems, d["delimiter"], id_column, d["quotechar"],
                                d["header"], opts.dialect.get("column_names"))
            generated = not d["header"] and opts.dialect.get("column_names") is None
            if generated and text_column == "text" and rows:
                # no names to go by: the text is the column holding the most characters
                sizes = Counter()
                for r in rows[:1000]:
                    for c, v in r.items():
                        if c != "__line__" and isinstance(v, str):
                            sizes[c] += len(v)
                if sizes:
                    text_column = max(sizes, key=lambda c: (sizes[c], c))
                    problems(name, None, "no header row",
                             f"text read from {text_column!r}, the column with the most characters "
                             "(pass text_column=... or --text-column to choose)")
        else:
            rows = _json_rows(text, name, problems, lines_only=suffix in (".jsonl", ".ndjson"))
    if not rows:
        problems(name, None, "no rows", "nothing loaded")
        return []
    _lift_nested(rows, (text_column, id_column))
    text_column = _resolve_column("text", text_column, rows[:100], name, problems)
    id_column = _resolve_column("doc_id", id_column, rows[:100], name, problems)
    if not any(text_column in r for r in rows[:100]):
        cols = sorted({_short_repr(str(c), 40) for r in rows[:100] for c in r if c != "__line__"})
        hint = "pass text_column=..."
        if suffix in (".csv", ".tsv"):
            hint += (" (for a file without a header row header=False, for another separator or "
                     "quote delimiter=... / quotechar=...; on the command line --text-column, "
                     "--no-header, --delimiter, --quotechar)")
        raise CorpusError(f"{name}: no text column {text_column!r} (columns: {', '.join(cols[:12])}"
                          f"{' ...' if len(cols) > 12 else ''}); {hint}")
    has_id = any(id_column in r for r in rows[:100])
    if not has_id:
        problems(name, None, "no doc_id column",
                 f"doc_id generated from the row number ({stem}_00001, ...)")
    width = max(5, len(str(len(rows))))
    records, seen = [], set()
    for k, row in enumerate(rows, start=1):
        where = f"{name}:{row.pop('__line__', k)}"
        raw_id = row.pop(id_column, None) if has_id else None
        if _is_missing(raw_id):
            doc_id = None
        elif isinstance(raw_id, (str, numbers.Number)) and not isinstance(raw_id, bool):
            doc_id = _id_text(raw_id)
        else:
            doc_id = None
            problems(where, None, "doc_id is not a string or number", "replaced by the row number",
                     type(raw_id).__name__)
        if not doc_id:
            doc_id = f"{stem}_{k:0{width}d}"
            if has_id and _is_missing(raw_id):
                problems(where, doc_id, "missing doc_id", f"generated {doc_id!r} from the row number")
        if doc_id in seen:
            new = _unique_id(doc_id, seen)
            problems(where, new, "duplicate doc_id", f"renamed to {new!r}")
            doc_id = new
        seen.add(doc_id)
        raw = row.pop(text_column, None)
        if _is_missing(raw):
            problems(where, doc_id, "empty text", "skipped (nothing to load)")
            continue
        if not isinstance(raw, str):
            problems(where, doc_id, "text is not a string", "skipped (refused, not converted)",
                     f"{type(raw).__name__}: {_short_repr(raw)}")
            continue
        if opts.max_bytes and len(raw) > opts.max_bytes:
            problems(where, doc_id, "text too large",
                     f"skipped (over the budget max_bytes={opts.max_bytes:,})", f"{len(raw):,} characters")
            continue
        if "\r" in raw:
            raw = raw.replace("\r\n", "\n").replace("\r", "\n")
        if _html_markup(raw):
            # a CMS or API export with the article's HTML in its text column: its text, a
            # paragraph at each block element, as for a page read with the plain parser
            # a single line break inside markup is a space; a blank line stays a paragraph break
            raw = _plain_html(re.sub(r"(?<!\n)\n(?!\n)", " ", raw)).text()
            if not raw.strip():
                problems(where, doc_id, "empty text", "skipped (HTML markup without any text)")
                continue
            # one note per row, so that the count is right however the file is read in chunks
            problems(where, doc_id, "HTML markup in the text column",
                     "read as text: tags removed, their words kept, a paragraph at each <p>, <div>, "
                     "<br>, heading or list item; script and style code left out")
        meta = {c: v for c, v in row.items() if not _is_missing(v)}
        records.append({"doc_id": doc_id, "raw_text": raw, "encoding": encoding,
                        "source_path": where, "meta": meta})
    return records


def _id_text(v) -> str:
    """An id as text: 12.0 (a number column with gaps) is '12', not '12.0'."""
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return str(v).strip()


def _short_repr(v, n: int = 60) -> str:
    r = repr(v)
    return r if len(r) <= n else r[: n - 3] + "..."


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


def _meta_text(v):
    """A metadata value as text, its HTML character references decoded and its HTML tags taken
    out as the text's are (``"Now It #39;s Official"`` -> ``"Now It's Official"``,
    ``"<b>Storm</b> hits"`` -> ``"Storm hits"``; see :mod:`analysis.corpus.html_entities`)."""
    from .html_entities import normalize_entities, strip_html_tags

    text = _as_text(v)
    if not text:
        return text
    text, tags = strip_html_tags(normalize_entities(text))
    return (" ".join(text.split()) if tags else text.strip()) or None


def _is_missing(v) -> bool:
    if v is None or v is pd.NaT or v is pd.NA:
        return True
    if isinstance(v, float) and v != v:
        return True
    return isinstance(v, str) and not v.strip()


def _read_metadata(path: Path, problems: _Problems, id_column: str, opts: _Opts) -> tuple[dict, list[str]]:
    """doc_id -> {column: value} (non-empty values only), and the column order."""
    suffix, comp, _stem = _split_name(path.name)
    try:
        text, _enc, notes = decode_bytes(_file_bytes(path, _Opts((), opts.fallbacks, None, None), comp))
    except _Skip as skip:
        problems(path.name, None, f"metadata: {skip.args[0]}", "no metadata joined", skip.args[2])
        return {}, []
    for problem, action in notes:
        problems(path.name, None, f"metadata: {problem}", action)
    text, n_ctrl = strip_control_characters(text)
    if n_ctrl:
        problems(path.name, None, "metadata: control characters", f"removed ({n_ctrl})")
    rows, header = _csv_rows(text, path.name, problems, "\t" if suffix == ".tsv" else ",", id_column)
    id_column = _resolve_column("doc_id", id_column, rows[:100], path.name, problems)
    if id_column not in header:
        raise CorpusError(f"{path.name}: metadata has no {id_column!r} column (columns: "
                          f"{', '.join(header)})")
    out: dict = {}
    for row in rows:
        k = row.pop("__line__")
        doc_id = str(row.pop(id_column)).strip()
        if not doc_id:
            problems(f"{path.name}:{k}", None, "metadata row without doc_id", "ignored")
            continue
        if doc_id in out:
            problems(f"{path.name}:{k}", doc_id, "duplicate doc_id in metadata", "first row kept")
            continue
        out[doc_id] = {c: v.strip() for c, v in row.items() if isinstance(v, str) and v.strip()}
    return out, [c for c in header if c != id_column]


def _notes_frame(problems, caller: str):
    """The loader's notes as a DataFrame (from the notes or from a corpus's ``attrs``); None when
    there are none."""
    attrs = getattr(problems, "attrs", None) or {}
    if "problem" not in getattr(problems, "columns", ()) and "problems" in attrs:
        problems = attrs["problems"]   # a corpus from load_corpus: its notes
    if problems is None or len(problems) == 0:
        return None
    problems = pd.DataFrame(problems)
    if "problem" not in problems.columns:
        raise ValueError(f"{caller} takes corpus.attrs['problems'] (columns source_path, doc_id, "
                         f"problem, action) or the corpus itself; got columns {list(problems.columns)[:8]}")
    return problems


#: document ids named per kind of note in :func:`notes_markdown` and :func:`notes_by_kind`
NOTE_DOCUMENTS_SHOWN = 3


def _kind_documents(of_kind: pd.DataFrame, n: int = NOTE_DOCUMENTS_SHOWN) -> str:
    """'de039, de137, fr056 and 297 more' for the notes of one kind that name documents; '' when
    at most one of them does (the place then says it)."""
    if "doc_id" not in of_kind.columns:
        return ""
    ids = list(dict.fromkeys(str(d) for d in of_kind["doc_id"] if isinstance(d, str) and d.strip()))
    if len(ids) < 2:
        return ""
    more = f" and {len(ids) - n:,} more" if len(ids) > n else ""
    return f"{len(ids):,} documents: " + ", ".join(ids[:n]) + more


def notes_by_kind(problems, n_ids: int = NOTE_DOCUMENTS_SHOWN) -> pd.DataFrame:
    """The loader's notes grouped: one row per kind of note, for a page to show instead of one row
    per note (a corpus of 300 German and French articles has 300 "not English" notes).

    Every note stays in ``corpus.attrs["problems"]`` (the table ``00_load_problems``); this is
    the reading version.

    Parameters
    ----------
    problems : pandas.DataFrame or None
        The notes (``source_path``, ``doc_id``, ``problem``, ``action``, optionally ``detail``),
        or the corpus itself.
    n_ids : int, default :data:`NOTE_DOCUMENTS_SHOWN`
        Document ids named per kind; the rest are counted.

    Returns
    -------
    pandas.DataFrame
        ``note``, ``count``, ``what was done`` (each different action with its count),
        ``documents`` (how many, the first *n_ids* ids), ``first place``, ``detail`` (of the
        first note); kinds in the order first reported. Empty (same columns) without notes.

    Examples
    --------
    >>> import pandas as pd
    >>> p = pd.DataFrame({"source_path": ["t.csv:2", "t.csv:3", "t.csv:4"], "doc_id": ["d1", "d2", "d3"],
    ...                   "problem": ["not English"] * 3, "action": ["kept"] * 3})
    >>> row = notes_by_kind(p, n_ids=2).iloc[0]
    >>> row["note"], int(row["count"]), row["documents"]
    ('not English', 3, '3 documents: d1, d2 and 1 more')
    """
    columns = ["note", "count", "what was done", "documents", "first place", "detail"]
    problems = _notes_frame(problems, "notes_by_kind")
    if problems is None:
        return pd.DataFrame(columns=columns)
    kind_of = problems["problem"].astype(str)
    out = []
    for kind in dict.fromkeys(kind_of):
        of_kind = problems[kind_of == kind]
        acts = of_kind["action"].astype(str).value_counts(sort=False)
        acts = acts.reindex(list(dict.fromkeys(of_kind["action"].astype(str))))
        done = acts.index[0] if len(acts) == 1 else "; ".join(f"{a} ({c:,})" for a, c in acts.items())
        first = of_kind.iloc[0]
        detail = first.get("detail") if "detail" in problems.columns else None
        out.append({"note": kind, "count": len(of_kind), "what was done": done,
                    "documents": _kind_documents(of_kind, n_ids) or (
                        str(first["doc_id"]) if isinstance(first.get("doc_id"), str) else ""),
                    "first place": "" if pd.isna(first.get("source_path")) else str(first["source_path"]),
                    "detail": "" if detail is None or pd.isna(detail) else str(detail)})
    return pd.DataFrame(out, columns=columns)


def notes_markdown(problems, full: bool = True, listed_in: str = "00_corpus", max_kinds: int = 30) -> str:
    """The loader's notes (``corpus.attrs["problems"]``) as Markdown for a notebook.

    Parameters
    ----------
    problems : pandas.DataFrame or None
        ``source_path``, ``doc_id``, ``problem``, ``action`` (and optionally ``detail``) rows,
        or the corpus itself (its ``attrs["problems"]`` are read).
    full : bool, default True
        A table with one row per kind of note (how many, what was done, an example place and
        detail); False: one line with the number of notes and where they are listed.
    listed_in : str
        Where the full list is shown (named in the one-line form).
    max_kinds : int
        At most this many kinds in the table (the rest counted below it).

    Returns
    -------
    str
        Markdown ('' when there are no notes). Text from the corpus is escaped.

    Examples
    --------
    >>> import pandas as pd
    >>> p = pd.DataFrame({"source_path": ["a.txt", "b.txt"], "doc_id": ["a", "b"],
    ...                   "problem": ["empty file", "empty file"], "action": ["skipped", "skipped"]})
    >>> notes_markdown(p, full=False)
    'The loader reported 2 notes (empty file: 2); they are listed in 00_corpus.'
    """
    from ..report.escape import escape_markdown

    problems = _notes_frame(problems, "notes_markdown")
    if problems is None:
        return ""
    kinds = problems["problem"].astype(str).value_counts(sort=False)
    kinds = kinds.reindex(list(dict.fromkeys(problems["problem"].astype(str))))  # first-seen order
    n = len(problems)
    if not full:
        top = "; ".join(f"{escape_markdown(k)}: {v:,}" for k, v in list(kinds.items())[:4])
        more = f"; {len(kinds) - 4} more kinds" if len(kinds) > 4 else ""
        return (f"The loader reported {n:,} note{'s' if n != 1 else ''} ({top}{more}); "
                f"they are listed in {listed_in}.")

    def cell(v, k=160):
        v = "" if v is None or (isinstance(v, float) and v != v) else " ".join(str(v).split())
        v = v if len(v) <= k else v[: k - 1] + "\u2026"
        return escape_markdown(v)  # escapes "|" too: a cell never splits the row

    rows = ["| note | count | what was done | where: first documents, first place (detail) |",
            "|---|---:|---|---|"]
    for kind, count in list(kinds.items())[:max_kinds]:
        of_kind = problems[problems["problem"].astype(str) == kind]
        first = of_kind.iloc[0]
        detail = first.get("detail") if "detail" in problems.columns else None
        where = cell(first["source_path"], 60) + (f" ({cell(detail, 100)})" if cell(detail) else "")
        # a note repeated per document ("not English" x 300): its first documents, once
        docs = _kind_documents(of_kind)
        where = f"{cell(docs, 120)}; first: {where}" if docs else where
        # one kind, several things done ("byte-order mark": UTF-8's removed, UTF-16 decoded):
        # each with its count, not the first row's for all of them
        acts = of_kind["action"].astype(str).value_counts(sort=False)
        acts = acts.reindex(list(dict.fromkeys(of_kind["action"].astype(str))))
        if len(acts) == 1:
            done = cell(first["action"])
        elif len(acts) <= 3:
            done = "; ".join(f"{cell(a, 100)} ({c:,})" for a, c in acts.items())
        else:
            done = f"{cell(first['action'])} (e.g.: {len(acts):,} different actions, all in the table)"
        rows.append(f"| {cell(kind, 60)} | {count:,} | {done} | {where} |")
    rest = "" if len(kinds) <= max_kinds else f"\n\n{len(kinds) - max_kinds} more kinds of note are in the table below."
    return (f"**The loader reported {n:,} note{'s' if n != 1 else ''}**, by kind (every one is in "
            "the table `00_load_problems`):\n\n" + "\n".join(rows) + rest)


# ----------------------------------------------------------------------------------------------
# The public loader
# ----------------------------------------------------------------------------------------------
def _note_entities(rows, source, problems) -> None:
    """One problem row when HTML character references were decoded, one when HTML tags were
    written as text (analysis.corpus.html_entities)."""
    from .html_entities import entity_counts

    counts, n_docs = Counter(), 0
    for r in rows:
        c = entity_counts([r["raw_text"]])
        if c:
            counts.update(c)
            n_docs += 1
    if counts:
        forms = ", ".join(f"{form!r} {n:,}" for form, n in counts.most_common(5))
        problems(source.name, None, "HTML character references in the text",
                 f"decoded before cleaning ({sum(counts.values()):,} in {n_docs:,} "
                 f"document{'s' if n_docs != 1 else ''}, also "
                 "those that lost their '&'; escaped tags removed)", f"most frequent: {forms}")
    # HTML tags written as text (a CMS export's "<p>", '<a href="...">'): taken out by the cleaner
    from .html_entities import strip_html_tags

    tags = [strip_html_tags(r["raw_text"])[1] if isinstance(r["raw_text"], str) and "<" in r["raw_text"] else 0
            for r in rows]
    if any(tags):
        n_docs = sum(1 for k in tags if k)
        problems(source.name, None, "HTML tags in the text",
                 f"taken out by the cleaner, the text they wrap kept, a line of markup or script "
                 f"removed whole ({sum(tags):,} in {n_docs:,} document{'s' if n_docs != 1 else ''}; "
                 "each line's reason in cleaning_report says what was taken out)")


# A file name where a title should be ("Purporsaic-alt.css" in a garbled <meta name="TITLE">).
# A product named like a script ("Node.js", "Vue.js": one capitalised word) is no file name.
_FILE_NAME = re.compile(r"(?!(?-i:[A-Z][a-z]+)\.js\Z)[\w.-]+\.(?:css|js|json|xml|html?|php|aspx?|jsp|cfm|png|jpe?g|gif|svg|ico|pdf)",
                        re.I)


def _page_title(title, tree, text: str | None = None, url: str | None = None, sites=()):
    """The page's title as trafilatura read it, unless it is no headline; then a part of the
    page's ``<title>`` element, or None.

    No headline is:

    - a file name (a stylesheet or an image named in the title metadata of a garbled page);
    - a navigation label, alone or after the site's domain ("Navigation", "News",
      "bbc.co.uk Navigation": a heading of the page's menus, which trafilatura takes when the
      page has no ``<title>``; the labels are ``navigation_words`` of
      ``lexicons/html_metadata.yml``);
    - the site's name when the ``<title>`` puts it beside the headline ("Apple To Patent
      Line-Cutting Technology | WebProNews", "LA Daily News - Bynum injured as Lakers squeak
      by Grizzlies"): the title is one part of the ``<title>``, the article text (``text``)
      does not open with it, another part is longer, has 3 words or more and is repeated
      on the page, and the title itself looks like the site's name: it is in no ``<h1>``-``<h3>``
      of the page, or the longer part is one too, or its letters (no spaces, lower case)
      contain or are contained in the host name of ``url`` without "www." ("webpronews" /
      webpronews.com). A short headline beside a long outlet name ("Times Square shooting -
      The New York Times") is kept: it is the page's heading and the outlet's name is not.

    The part chosen has 3 words or more when one has (an outlet's name is often shorter: "CBS
    News"): the longest such part that the page's body repeats (the headline over the story),
    else the first such part, not the outlet's name after it ("Fed holds rates - Business News -
    The Sydney Morning Herald Online"). An inline SVG's ``<title>`` ("Close icon") is no page
    title. The part chosen is never the site's name (``sites``: trafilatura's site name and
    the page's outlet)."""
    if not title:
        return title
    from .html_metadata import _DOMAIN, _vocab

    clean = " ".join(title.split())
    bare = _DOMAIN.sub("", clean).strip(" .:|-\u2013\u2014").lower()
    # without the page (tree None) there is nothing to put in a label's place: kept, as before
    navigation = tree is not None and (bare in _vocab()["navigation"] or bare in ("navigation", "site navigation"))
    if not navigation and not _FILE_NAME.fullmatch(title.strip()):
        site_name = False
        opening = " ".join((text or "").split()[:40]).lower()
        if tree is not None and clean.lower() not in opening:
            for el in tree.iter("title"):
                if any(a.tag == "svg" for a in el.iterancestors()):
                    continue
                parts = [p.strip() for p in re.split(r"\s+[-|\u2013\u2014]\s+", " ".join(el.text_content().split()))]
                if len(parts) > 1 and clean.lower() in (p.lower() for p in parts):
                    b = tree.find(".//body")
                    body = " ".join((b.text_content() if b is not None else "").split()).lower()
                    longer = [p for p in parts if p.lower() != clean.lower() and len(p.split()) >= 3
                              and len(p.split()) > len(clean.split()) and p.lower() in body]
                    site_name = bool(longer) and (not _in_heading(clean, tree) or _like_host(clean, url)
                                                  or any(_in_heading(p, tree) for p in longer))
                break
        if not site_name:
            return title
    if tree is None:
        return None
    body = None
    for el in tree.iter("title"):
        if any(a.tag == "svg" for a in el.iterancestors()):
            continue
        parts = [p.strip() for p in re.split(r"\s+[-|\u2013\u2014]\s+", " ".join(el.text_content().split()))]
        own = {" ".join(str(x).split()).lower() for x in sites if x}
        parts = [p for p in parts if p and not _FILE_NAME.fullmatch(p) and p.lower() != clean.lower()
                 and p.lower() not in own and not _like_host(p, url, whole=True)
                 and p.lower() not in _vocab()["navigation"]]
        if not parts:
            continue
        if body is None:
            b = tree.find(".//body")
            body = " ".join((b.text_content() if b is not None else "").split()).lower()
        headlines = [p for p in parts if len(p.split()) >= 3] or parts
        shown = [p for p in headlines if p.lower() in body]
        return max(shown, key=len) if shown else headlines[0]
    return None


def _in_heading(words: str, tree) -> bool:
    """Is ``words`` (case and spacing aside) the text of an ``<h1>``-``<h3>`` of the page?"""
    want = " ".join(words.split()).lower()
    return any(" ".join(h.text_content().split()).lower() == want
               for tag in ("h1", "h2", "h3") for h in tree.iter(tag))


def _like_host(words: str, url: str | None, whole: bool = False) -> bool:
    """Do the letters of ``words`` (no spaces, lower case) contain, or lie in, the first label(s)
    of ``url``'s host name without "www." and its last label ("WebProNews" / webpronews.com)?
    ``whole``: only lie in it ("The Guardian" / theguardian.com), not contain it."""
    if not url:
        return False
    from urllib.parse import urlsplit

    host = (urlsplit(url if "//" in url else "//" + url).hostname or "").lower()
    host = re.sub(r"^www\d*\.", "", host)
    stem = re.sub(r"[^a-z0-9]", "", host.rsplit(".", 1)[0]) if "." in host else ""
    letters = re.sub(r"[^a-z0-9]", "", words.lower())
    return len(stem) >= 4 and len(letters) >= 4 and ((stem in letters and not whole) or letters in stem)


def default_source(source, metadata):
    """``(Path of the source, metadata)``: no source means the bundled articles and their sidecar."""
    if source is None:
        return Path(RAW_DIR), (METADATA_CSV if metadata is None else metadata)
    return Path(source), metadata


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
    max_bytes: int | None = MAX_BYTES,
    max_seconds: float | None = MAX_SECONDS,
    detect_language: bool = True,
    delimiter: str | None = None,
    quotechar: str | None = None,
    header: bool | None = None,
    column_names=None,
    dayfirst: bool | None = None,
    keep_tables: bool = False,
) -> pd.DataFrame:
    """Load news articles into one DataFrame, one row per document, with a clean ``text``.

    Parameters
    ----------
    source : str or Path, optional
        A folder (its ``.txt`` files and ``.html``/``.htm`` pages, searched recursively;
        ``doc_id`` is the file name without its suffixes), one ``.txt`` file, a ``.csv`` /
        ``.tsv`` / ``.json`` (an array of objects, or JSON lines) / ``.jsonl`` / ``.ndjson`` /
        ``.parquet`` table with one document per row, or an ``.html`` / ``.htm`` page. Any file
        may be compressed (``story.txt.gz``, ``export.jsonl.bz2``, ``.xz``); a ``.zip`` archive
        is read like a folder (or, holding a single table, as that table). Symlinks are followed
        once; hidden files (``.name``) are left out; every other file that is not read is named
        in the problems. None loads the bundled corpus (``data/raw``) with its metadata
        (``data/metadata.csv``).
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
        (the full list is ``analysis.corpus.loading.COLUMN_ALIASES``); a name you pass is used as given.
        Without an id column, ``doc_id`` is ``<file stem>_<row number>`` (noted in the problems).
    suffixes : tuple of str
        File types read from a folder: text files and saved web pages (HTML goes through
        trafilatura). Pass ``(".txt",)`` to ignore the pages.
    fallback_encodings : tuple of str
        For files that are not UTF-8: tried after the cp1252/latin-1 plausibility check and
        charset-normalizer's guess (the encoding used is in the ``encoding`` column).
    max_bytes : int or None, default 20,000,000
        Budget per document: a file (after decompression) or a text value larger than this is
        skipped with a warning instead of exhausting memory. None: no limit.
    max_seconds : float or None, default 60
        Budget per document for reading, HTML extraction and cleaning, each: a document that
        takes longer is skipped with a warning instead of stalling the run (enforced with a
        timer in the main thread on Unix; elsewhere an overrun is only reported). None: no limit.
    detect_language : bool, default True
        Fill the ``language`` column (ISO 639-1 code from py3langid, read from the clean text)
        and name documents that are not English in the problems; the corpus's language counts
        are in ``corpus.attrs["languages"]``. False leaves ``language`` empty.
    delimiter : str, optional
        Field separator of a ``.csv`` / ``.tsv`` source (one character, e.g. ``";"``). None:
        the file type's own (comma, tab) when it splits the first records into the same number
        of fields, else the separator ``csv.Sniffer`` finds among ``, ; tab |`` (noted in the
        problems as "CSV dialect guessed").
    quotechar : str, optional
        Quote character of a ``.csv`` / ``.tsv`` source (e.g. ``"'"``). None: ``"`` unless the
        sniffer finds another that reads the file into steady rows (noted).
    header : bool, optional
        Whether the first row of a ``.csv`` / ``.tsv`` source names the columns. None: yes,
        unless it looks like data (a "name" of more than 80 characters or 10 words), noted.
        Without a header, the columns are ``column_names`` or ``column_1``, ``column_2``, ...,
        and with the default ``text_column`` the text is read from the column holding the most
        characters (noted).
    column_names : list of str, optional
        Names for the columns of a ``.csv`` / ``.tsv`` source (with a header row, they replace
        its names).
    dayfirst : bool, optional
        How numeric dates in the date column (``05/03/2003``) are read: True day-first (5 March),
        False month-first (May 3). None: one order for the whole column, the one its values show
        (``25/03/2003`` can only be day-first; see :func:`decide_dayfirst`); when none shows it,
        month-first, noted in the problems ("ambiguous date order"). The order never changes
        from one row to the next. :func:`analysis.annotate` decides it once for the whole file.
    keep_tables : bool, default False
        Keep rows of tables and lists of figures ("Shr 12 cts vs 10 cts", "BRAZIL   nil
        131,950") in ``text``. By default they are left out and labelled ``table`` in
        :func:`analysis.cleaning_report` with the reason; a document with no other text gets an
        empty ``text`` and is named in the problems ("only a table"; a headline, or a headline and
        teaser, is never emptied). Stored in ``corpus.attrs["keep_tables"]``, which
        ``cleaning_report`` reads.

    Returns
    -------
    pandas.DataFrame
        Columns doc_id, title, author, outlet, published (datetime64[ns], NaT when unknown),
        date_basis ('stated' printed in the text or page, 'inferred' / 'metadata' from the
        sidecar, 'unknown'; for an HTML page 'metadata' is a date written for machines, such
        as ``article:published_time``, and 'inferred' a date in the page's address), text (clean body, typography unified, paragraphs separated by a
        blank line), raw_text (the decoded original with line ends as ``\\n`` and no BOM; for
        HTML the text trafilatura extracted), n_words (words in ``text``), source_path (relative
        to the folder given, or ``file:line`` for tables), encoding, language (see
        ``detect_language``; empty when the text is too short to tell), then extra metadata
        columns. HTML pages add ``outlet_source``, ``date_source`` (where the outlet and date
        came from) and ``metadata_note`` (candidates refused as page boilerplate, such as a
        copyright line or a copyright year, and why a value is missing); see
        :func:`analysis.corpus.html_metadata.page_metadata`. NUL and other control characters are removed from raw_text and text (named in
        the problems).

    Raises
    ------
    CorpusError
        When ``source`` does not exist or is of an unknown type, a table has no text column, or
        (with ``on_error="raise"``) on the first problem.

    Warns
    -----
    CorpusWarning
        One per problem (file, row or document named), at most 20 per kind of problem and then
        a count; and one when most documents are not in English.

    Examples
    --------
    >>> corpus = load_corpus()
    >>> corpus.columns[:6].tolist()
    ['doc_id', 'title', 'author', 'outlet', 'published', 'date_basis']
    >>> corpus.attrs["problems"].columns.tolist()
    ['source_path', 'doc_id', 'problem', 'action']
    """
    if dayfirst is not None and not isinstance(dayfirst, bool):
        raise ValueError(f"dayfirst must be True, False or None (got {dayfirst!r})")
    problems = _Problems(on_error)
    source, metadata = default_source(source, metadata)
    if not source.exists():
        if source.is_symlink():
            raise CorpusError(f"{source}: a symlink whose target does not exist (or a symlink loop)")
        raise CorpusError(f"{source}: no such file or folder")
    skip = {Path(metadata).resolve()} if metadata is not None and Path(metadata).exists() else set()
    opts = _Opts(suffixes, fallback_encodings, max_bytes, max_seconds, skip)
    for key, value in (("delimiter", delimiter), ("quotechar", quotechar)):
        if value is not None and (not isinstance(value, str) or len(value) != 1):
            raise CorpusError(f"{key} must be one character, got {value!r}")
    if column_names is not None and (isinstance(column_names, str) or not len(column_names)):
        raise CorpusError(f"column_names must be a list of names, got {column_names!r}")
    opts.dialect = {"delimiter": delimiter, "quotechar": quotechar, "header": header,
                    "column_names": None if column_names is None else list(column_names)}
    suffix, comp, stem = _split_name(source.name)
    if source.is_dir():
        records = _read_folder(source, problems, opts)
    elif comp is None and source.suffix.lower() == ".zip":
        records = _read_zip_source(source, problems, opts, text_column, id_column)
    elif suffix in _TABULAR:
        try:
            data = _file_bytes(source, _Opts((), fallback_encodings, None, None), comp)
        except _Skip as err:
            problems(source.name, None, err.args[0], err.args[1], err.args[2])
            data = None
        records = [] if data is None else _read_table(
            data, source.name, stem, suffix, problems, text_column, id_column, opts)
    elif suffix in _HTML or suffix in _TEXT:
        rec = _load_document(source.name, stem, _kind(suffix),
                             lambda: _file_bytes(source, opts, comp), problems, opts)
        records = [rec] if rec else []
    else:
        raise CorpusError(f"{source.name}: unknown source type {source.suffix.lower()!r} (use a "
                          "folder, .zip, .txt, .csv, .tsv, .json, .jsonl, .ndjson, .parquet, .html "
                          "or .htm, each optionally .gz, .bz2 or .xz)")

    # NUL and other control characters: removed from every document, named
    for rec in records:
        clean, n_ctrl = strip_control_characters(rec["raw_text"])
        if n_ctrl:
            problems(rec["source_path"], rec["doc_id"], "control characters",
                     "removed (NUL, escape and other invisible codes)", f"{n_ctrl} removed")
            rec["raw_text"] = clean

    meta_rows: dict = {}
    meta_cols: list[str] = []
    meta_name = None
    if metadata is not None:
        metadata = Path(metadata)
        if not metadata.exists():
            raise CorpusError(f"{metadata}: metadata file not found")
        meta_name = metadata.name
        meta_rows, meta_cols = _read_metadata(metadata, problems, id_column, opts)
        _join_on_paths(records, meta_rows, meta_name, problems)
        seen_ids = {r["doc_id"] for r in records} | {r["doc_id"] for r in problems.rows if r["doc_id"]}
        for doc_id in meta_rows:
            if doc_id not in seen_ids:
                problems(meta_name, doc_id, "metadata row without a file",
                         "ignored (no document has this doc_id)")

    seen_meta = [rec["meta"] for rec in records[:100]] + [row for row in list(meta_rows.values())[:100]]
    where = meta_name or source.name
    title_column, author_column, outlet_column, date_column = (
        _nested_alias(field, col, seen_meta, where, problems)
        for field, col in (("title", title_column), ("author", author_column),
                           ("outlet", outlet_column), ("published", date_column)))
    _lift_nested([rec["meta"] for rec in records] + list(meta_rows.values()),
                 (title_column, author_column, outlet_column, date_column))
    title_column, author_column, outlet_column, date_column = (
        _resolve_column(field, col, seen_meta, where, problems)
        for field, col in (("title", title_column), ("author", author_column),
                           ("outlet", outlet_column), ("published", date_column)))
    # a column the caller named that no row has: said, not left empty without a word
    for field, col in (("title", title_column), ("author", author_column),
                       ("outlet", outlet_column), ("published", date_column)):
        if (records and col != COLUMN_ALIASES[field][0]
                and not any(col in rec["meta"] for rec in records)
                and not any(col in row for row in meta_rows.values())):
            found = sorted({str(c) for rec in records[:100] for c in rec["meta"]}
                           | {str(c) for row in list(meta_rows.values())[:100] for c in row})
            problems(where, None, f"no column {col!r}",
                     f"{_PARAM[field]}={col!r} names no column of the rows read: {field} "
                     f"{'taken from the text where it is printed' if field != 'outlet' else 'left empty or taken from the text'}"
                     f" (columns: {', '.join(found[:12]) or 'none'}{' ...' if len(found) > 12 else ''})")
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
        known_title = _as_text(rec["meta"].get(title_column))
        if metadata is not None and meta_rows.get(doc_id):
            known_title = _as_text(meta_rows[doc_id].get(title_column)) or known_title
        try:
            with _deadline(max_seconds):
                c = classify_document(rec["raw_text"], title=known_title, keep_tables=keep_tables)
        except _Timeout:
            problems(rec["source_path"], doc_id, "time budget exceeded",
                     f"skipped (cleaning took more than max_seconds={max_seconds:g})")
            continue
        if not c.text and "table" in c.labels:
            problems(rec["source_path"], doc_id, "only a table",
                     "clean text left empty (its rows are labelled 'table' in cleaning_report; "
                     "keep_tables=True keeps them)",
                     f"{c.labels.count('table')} rows of a table or list of figures")
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
            "title": _meta_text(meta.get(title_column)) or c.title,
            "author": _meta_text(meta.get(author_column)) or c.author,
            "outlet": _meta_text(meta.get(outlet_column)) or _text_outlet(c.outlet, meta),
            "meta_date": meta.get(date_column),
            "meta_basis": meta.get("date_basis"),
            "text_date": c.published,
            "name_date": rec.get("name_date"),
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
    meta_values = [r["meta_date"] for r in rows]
    order = dayfirst
    if order is None:
        dmy, mdy, amb = date_order_counts(meta_values)
        order = None if dmy == mdy else dmy > mdy  # as decide_dayfirst, without a second pass
        if order is None and (amb or dmy):
            problems(source.name, None, "ambiguous date order",
                     "numeric dates such as 05/03/2003 read month-first (pass dayfirst=True, or "
                     "--dayfirst, if they are day-first)",
                     f"{amb + dmy + mdy + same_day_month_count(meta_values)} numeric dates; {dmy} can only "
                     f"be day-first, {mdy} only month-first, {amb} could be either and "
                     f"{same_day_month_count(meta_values)} have the same day and month")
        elif order is not None and dmy and mdy:
            problems(source.name, None, "mixed date order",
                     f"every numeric date read {'day' if order else 'month'}-first, the order most show",
                     date_order_note(order, dmy, mdy, amb, same_day_month_count(meta_values)))
        elif order is not None:
            problems(source.name, None, "date order",
                     date_order_note(order, dmy, mdy, amb, same_day_month_count(meta_values)))
    elif sum(date_order_counts(meta_values)):
        problems(source.name, None, "date order",
                 f"numeric dates such as 05/03/2003 read {'day' if order else 'month'}-first "
                 f"(dayfirst={order}, as given)")
    epochs = [v for v in meta_values
              if not isinstance(v, (pd.Timestamp, datetime)) and epoch_timestamp(v) is not None]
    if epochs:  # say how a bare number became a date: it is an interpretation
        problems(source.name, None, "Unix timestamps",
                 "read as seconds (12-13 digits: milliseconds) since 1970-01-01 UTC, e.g. "
                 f"{epochs[0]!r} as {epoch_timestamp(epochs[0]):%Y-%m-%d %H:%M:%S} UTC",
                 f"{len(epochs):,} dates written as numbers")
    offsets = utc_offset_note(meta_values)
    if offsets is not None:  # local times of several time zones: not one clock, said once
        problems(source.name, None, "mixed UTC offsets", offsets)
    foreign: list = []
    meta_dates, why_not = _parse_dates(meta_values, bool(order), languages=foreign)
    if any(foreign):   # an interpretation of the values: said once, with an example
        first = next(i for i, lang in enumerate(foreign) if lang)
        by_language = Counter(lang for lang in foreign if lang)
        problems(source.name, None, "dates in another language",
                 f"{sum(by_language.values()):,} dates ("
                 + ", ".join(f"{lang}: {n:,}" for lang, n in by_language.most_common())
                 + ") read with that language's month names (dateparser's CLDR data), e.g. "
                 f"{str(meta_values[first])!r} as {meta_dates[first]:%Y-%m-%d}")
    named_dates: list = []
    for r, md, why in zip(rows, meta_dates, why_not):
        basis = r["meta_basis"]
        if md is None and why is not None:
            detail = repr(str(r["meta_date"])[:80])
            if why == "out of range":
                detail += f"; dates from {DATE_RANGE[0].year} to {DATE_RANGE[1].year} are read"
            problems(r["source_path"], r["doc_id"], "date out of range" if why == "out of range" else why,
                     "date read from the text instead" if r["text_date"] else "published left empty",
                     detail)
        if md is not None:
            if basis is not None and basis not in DATE_BASES:
                problems(r["source_path"], r["doc_id"], "unknown date_basis",
                         "set to 'metadata'", repr(basis))
                basis = None
            r["published"], r["date_basis"] = md, basis or "metadata"
        elif r["name_date"] is not None:  # the researcher dated the file in its name
            r["published"], r["date_basis"] = r["name_date"], "inferred"
            named_dates.append(r)
            if "date_source" in r["extra"]:
                r["extra"]["date_source"] = "date in the file name"
        elif r["text_date"] is not None:
            r["published"], r["date_basis"] = pd.Timestamp(r["text_date"]), "stated"
            if "date_source" in r["extra"]:  # an HTML page: say the date is the article's own
                r["extra"]["date_source"] = "date printed in the article text"
        else:
            r["published"], r["date_basis"] = None, "unknown"
    if named_dates:  # an interpretation of the names: said once, with an example
        first = named_dates[0]
        problems(source.name, None, "dates from file names",
                 f"{len(named_dates):,} documents without a metadata date dated by the date in "
                 f"their file name (date_basis 'inferred'), e.g. {first['source_path']!r} as "
                 f"{first['published']:%Y-%m-%d}")

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
        "language": pd.Series([None] * len(rows), dtype="str"),
    }
    languages: dict = {}
    if detect_language and rows:
        from .language import detect_languages, language_summary

        found = detect_languages([r["text"] for r in rows])
        data["language"] = found["language"]
        for r, lang, guess, prob in zip(rows, found["language"], found["best_guess"], found["probability"]):
            if isinstance(lang, str) and lang != "en":
                problems(r["source_path"], r["doc_id"], "not English",
                         f"kept; language column says {lang!r} (the analyses with English-only "
                         "resources leave it out and say so)", f"py3langid p={prob:.2f}")
        summary = language_summary(found["language"])
        languages = dict(zip(summary["language"], summary["documents"].astype(int)))
        known = {k: v for k, v in languages.items() if k != "unknown"}
        english = known.get("en", 0)
        if known and english < sum(known.values()) / 2:
            top = ", ".join(f"{k} {v}" for k, v in list(known.items())[:3])
            problems(source.name, None, "corpus not in English",
                     "loaded; the tone model, actor dictionary, date and quotation rules are "
                     "English-only, so the analyses that use them leave these documents out "
                     "(topics use stop words for the corpus's language)",
                     f"documents by language: {top}; English {english} of {len(rows)}")
    elif rows:
        languages = {"unknown": len(rows)}
    _note_entities(rows, source, problems)
    for col, out_col in zip(extra_cols, columns[len(CONTRACT_COLUMNS):]):
        values = [r["extra"][col] for r in rows]
        if all(v is None or isinstance(v, str) for v in values):
            data[out_col] = pd.Series(values, dtype="str")
        else:
            data[out_col] = pd.Series(values)
    corpus = pd.DataFrame(data, columns=columns)
    corpus.attrs["problems"] = problems.finish()
    corpus.attrs["languages"] = languages
    corpus.attrs["keep_tables"] = bool(keep_tables)
    return corpus
