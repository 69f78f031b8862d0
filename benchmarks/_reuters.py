"""Reader for the Reuters-21578 SGML distribution (benchmarks only).

The corpus lives outside the repository, at ``<repo>/../shared/corpora/reuters21578``
(see its ``SOURCE.txt``). The files are SGML, not XML: there is no root element, bytes are
latin-1 (``reut2-017.sgm`` has one 0xFC byte), control characters are written as numeric
entities (``&#2;``, ``&#3;``, ``&#5;``, ``&#22;``, ``&#127;`` ...) and ``&lt;`` / ``&amp;``
escape markup. Some documents have no ``<BODY>`` (``TYPE="BRIEF"`` carries only a title,
``TYPE="UNPROC"`` carries unprocessed text, typically tables).

Public helpers
--------------
load_reuters(limit=None) -> DataFrame(doc_id, title, text, published, topics, split)
write_reuters(path, fmt="jsonl"|"csv", limit=None, df=None) -> Path
require_reuters() -> Path of the folder (raises a clear FileNotFoundError when missing)

Run ``python benchmarks/_reuters.py OUT.jsonl`` to write the corpus as JSONL (or ``.csv``).
"""

from __future__ import annotations

import html
import json
import re
import sys
from pathlib import Path

import pandas as pd

REUTERS_DIR = Path(__file__).resolve().parents[1].parent / "shared" / "corpora" / "reuters21578"

_DOC = re.compile(r"<REUTERS\b([^>]*)>(.*?)</REUTERS>", re.S)
_ATTR = re.compile(r'(\w+)="([^"]*)"')
_DATE = re.compile(r"<DATE>\s*(\d{1,2}-[A-Z]{3}-\d{4})\s+(\d+):(\d{2}):(\d{2})")
_TOPICS = re.compile(r"<TOPICS>(.*?)</TOPICS>", re.S)
_D = re.compile(r"<D>(.*?)</D>", re.S)
_TEXT = re.compile(r"<TEXT\b[^>]*>(.*?)</TEXT>", re.S)
_TITLE = re.compile(r"<TITLE>(.*?)</TITLE>", re.S)
_DATELINE = re.compile(r"<DATELINE>.*?</DATELINE>", re.S)
_BODY = re.compile(r"<BODY>(.*?)</BODY>", re.S)
_TAG = re.compile(r"</?[A-Z]+\b[^>]*>")
# control characters written as numeric entities (&#1; .. &#31;, &#127;)
_CTRL = re.compile(r"&#(?:[0-9]|[12][0-9]|3[01]|127);")
_SIGNOFF = re.compile(r"\s*\bReuter\s*$", re.I)
_COLUMNS = ["doc_id", "title", "text", "published", "topics", "split"]


def require_reuters() -> Path:
    """Return the Reuters-21578 folder, or raise a FileNotFoundError that says where it is expected."""
    if not REUTERS_DIR.is_dir() or not any(REUTERS_DIR.glob("reut2-*.sgm")):
        raise FileNotFoundError(
            f"Reuters-21578 not found: expected the SGML files reut2-000.sgm .. reut2-021.sgm in "
            f"{REUTERS_DIR} (i.e. ../shared/corpora/reuters21578 next to the repository). "
            "The benchmarks need this corpus; tests never do."
        )
    return REUTERS_DIR


def _unescape(s: str) -> str:
    return html.unescape(_CTRL.sub("", s))


def _unwrap(body: str) -> str:
    """Join the 1987 wire's hard-wrapped lines into paragraphs separated by one blank line.

    A new paragraph starts at a line indented with whitespace (the wire's paragraph indent)
    or after a blank line; table-like lines (runs of dots or several spaces) stay on their own.
    """
    paras: list[list[str]] = []
    for line in body.splitlines():
        if not line.strip():
            if paras and paras[-1]:
                paras.append([])
            continue
        tabular = bool(re.search(r"\.{4,}|\S {3,}\S", line))
        if not paras or not paras[-1] or line[:1].isspace() or tabular:
            if paras and not paras[-1]:
                paras[-1].append(line.strip())
            else:
                paras.append([line.strip()])
        else:
            paras[-1].append(line.strip())
        if tabular:
            paras.append([])
    return "\n\n".join(" ".join(p) for p in paras if p)


def _parse_doc(attrs: str, inner: str) -> dict:
    a = dict(_ATTR.findall(attrs))
    m = _DATE.search(inner)
    date = None
    if m:  # a few stamps have two spaces or a garbled hour ("605:12:19"): keep the day then
        day, hh, mm, ss = m.groups()
        date = f"{day} {hh}:{mm}:{ss}" if int(hh) < 24 else f"{day} 00:00:00"
    tm = _TOPICS.search(inner)
    topics = [_unescape(t).strip() for t in _D.findall(tm.group(1))] if tm else []
    tx = _TEXT.search(inner)
    title = None
    text = ""
    if tx:
        t = tx.group(1)
        ti = _TITLE.search(t)
        if ti:
            title = " ".join(_unescape(ti.group(1)).split()) or None
        bo = _BODY.search(t)
        if bo:
            raw = bo.group(1)
        elif 'TYPE="BRIEF"' in tx.group(0)[:40]:
            raw = ""  # a headline-only flash; its placeholder text is "Blah blah blah."
        else:  # UNPROC: the whole TEXT minus title/dateline markup
            raw = _TAG.sub("", _DATELINE.sub("", _TITLE.sub("", t)))
        raw = _unescape(raw)
        text = _SIGNOFF.sub("", _unwrap(raw)).strip()
    return {
        "doc_id": f"reuters-{int(a.get('NEWID', 0)):05d}",
        "title": title,
        "text": text,
        "published": date,
        "topics": topics,
        "split": a.get("LEWISSPLIT", "").lower() or None,
    }


def load_reuters(limit: int | None = None) -> pd.DataFrame:
    """Read Reuters-21578 into a tidy DataFrame.

    Parameters
    ----------
    limit : int, optional
        Stop after this many documents (in file order, i.e. NEWID order).

    Returns
    -------
    pandas.DataFrame
        doc_id ('reuters-00001' ...), title (str or None), text (body with the wire's hard
        line wraps joined into paragraphs separated by a blank line; the trailing "Reuter"
        sign-off removed; '' for headline-only BRIEF items), published (datetime64[ns]),
        topics (list of str, possibly empty), split ('train' / 'test' / 'not-used').

    Raises
    ------
    FileNotFoundError
        When the corpus folder is missing.

    Examples
    --------
    >>> df = load_reuters(limit=100)  # doctest: +SKIP
    >>> df.columns.tolist()  # doctest: +SKIP
    ['doc_id', 'title', 'text', 'published', 'topics', 'split']
    """
    folder = require_reuters()
    rows: list[dict] = []
    for f in sorted(folder.glob("reut2-*.sgm")):
        data = f.read_bytes().decode("latin-1")
        for m in _DOC.finditer(data):
            rows.append(_parse_doc(m.group(1), m.group(2)))
            if limit is not None and len(rows) >= limit:
                break
        if limit is not None and len(rows) >= limit:
            break
    df = pd.DataFrame(rows, columns=_COLUMNS)
    df["published"] = pd.to_datetime(df["published"], format="%d-%b-%Y %H:%M:%S").astype("datetime64[ns]")
    return df


def write_reuters(path: str | Path, fmt: str | None = None, limit: int | None = None,
                  df: pd.DataFrame | None = None) -> Path:
    """Write Reuters-21578 as JSONL (one object per line) or CSV; return the path.

    ``fmt`` defaults to the file suffix ('jsonl' or 'csv'). Dates are written as ISO strings;
    in CSV the topics list is joined with ';'. Pass ``df`` (from :func:`load_reuters`) to
    write a frame already read instead of parsing the SGML again.

    Examples
    --------
    >>> write_reuters("/tmp/reuters.jsonl")  # doctest: +SKIP
    """
    path = Path(path)
    fmt = (fmt or path.suffix.lstrip(".") or "jsonl").lower()
    if fmt not in {"jsonl", "csv"}:
        raise ValueError(f"fmt must be 'jsonl' or 'csv', not {fmt!r}")
    if df is None:
        df = load_reuters(limit)
    out = df.assign(published=df["published"].dt.strftime("%Y-%m-%dT%H:%M:%S"))
    path.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "jsonl":
        with path.open("w", encoding="utf-8") as fh:
            for rec in out.to_dict(orient="records"):
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    else:
        out.assign(topics=out["topics"].map(";".join)).to_csv(path, index=False)
    return path


if __name__ == "__main__":
    try:
        target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("reuters21578.jsonl")
        print(write_reuters(target))
    except FileNotFoundError as exc:
        sys.exit(str(exc))
