"""Draw the TIMEX3 web-news set (issue 14, item 3, round 16): 30 L3S-GN1 pages, halves a / b.

Usage: python benchmarks/draw_timex_web.py [--corpus DIR]

L3S-GN1 (2008 Google News pages; ``_l3s_body.body`` is the annotated body text as the project
extracts it). Candidates: pages whose body has 120-450 words, from a site with a generic or US
top-level domain (``.com .org .net .gov .edu .us``: US web news in the style of AP/NYT copy), in
no earlier labelled set (no page id, and no site of a page, named in any file of
``benchmarks/data/`` when this draw was fixed: the L3S speaker batches 5-20, the mention batches
11-21, the event-kind sets, the metadata sets, ...), and whose page states its publication date
(:func:`publication_date`; that day is the document creation time). The drawing rule is
``draw_l3s_speakers7.deal`` with this round's constants: ``random.Random(1616)`` shuffles the
pool, the first page of each not yet used site is taken until there are 30, ``random.Random(6161)``
shuffles those and deals the first 15 into part **a** (developed on) and the other 15 into part
**b** (held out: scored once before and once after the round's changes). Prints one line per page:
part, page id, the finder's day, where it found it, url. Labels: ``benchmarks/data/timex_web.tsv``,
scored by ``bench_timex_web.py``. The finder only makes a page eligible: the DCT of each labelled page
was read by hand from the page (its ``# DCT`` lines; where the header shows the site's day of the crawl,
the story's own dated line), and a page that states no publication date is left out of the gold.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from _l3s_body import _paras, body  # noqa: E402
from draw_l3s_speakers import urls  # noqa: E402
from draw_l3s_speakers7 import _site, deal, print_draw  # noqa: E402

N, SEED, SPLIT_SEED = 30, 1616, 6161
WORDS = (120, 450)
TLDS = (".com", ".org", ".net", ".gov", ".edu", ".us")
EARLIER_FILES = ("event_kinds.tsv", "event_kinds2.tsv", "l3s_gn1_metadata_heldout.csv",
                 "l3s_gn1_metadata_sample.csv", "l3s_mentions.yml", "l3s_speakers.yml",
                 "names18_mentions.yml", "wire_mentions.yml", "fresh_mentions_round10.yml",
                 "masakhane_fresh_mentions.yml", "masakhane_fresh_speakers.yml", "reuters_speakers.yml")
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
           "october", "november", "december")
_MON = r"(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_TEXT_DATE = re.compile(_MON + r"\s+(\d{1,2}),?\s+(200[78])\b")
_ISO = re.compile(r"\b(200[78])[-/](\d\d)[-/](\d\d)\b")
_US = re.compile(r"\b(\d{1,2})/(\d{1,2})/(200[78]|0[78])\b")
_META = re.compile(r"<meta[^>]*(?:name|property)=[\"']([^\"']*date[^\"']*)[\"'][^>]*content=[\"']([^\"']+)",
                   re.I)


def _earlier_pages() -> set[str]:
    out = set()
    for name in EARLIER_FILES:
        out |= set(_UUID.findall((HERE / "data" / name).read_text(encoding="utf-8")))
    return out


def _day(text: str) -> str | None:
    m = _TEXT_DATE.search(text)
    if m:
        mon = next(i for i, n in enumerate(_MONTHS, 1) if n.startswith(m.group(1).lower()))
        return f"{m.group(3)}-{mon:02d}-{int(m.group(2)):02d}"
    m = _ISO.search(text)
    if m and 1 <= int(m.group(2)) <= 12:
        return f"{m.group(1)}-{m.group(2)}-{m.group(3)}"
    m = _US.search(text)
    if m and 1 <= int(m.group(1)) <= 12 and 1 <= int(m.group(2)) <= 31:
        y = m.group(3) if len(m.group(3)) == 4 else "20" + m.group(3)
        return f"{y}-{int(m.group(1)):02d}-{int(m.group(2)):02d}"
    return None


def publication_date(folder: Path, page: str, url: str = "") -> tuple[str, str] | None:
    """(DCT day, how it was found) of an L3S page, or None: a ``/YYYY/MM/DD/`` path of the url, else
    a ``<meta ...date...>`` tag with a 2007/2008 day, else the first 2007/2008 day written in full in
    the page's text before or in the body (month name, day, year; ISO; or m/d/yyyy)."""
    m = re.search(r"/(200[78])/(\d\d)/(\d\d)/", url)
    if m and 1 <= int(m.group(2)) <= 12:
        return f"{m.group(1)}-{m.group(2)}-{m.group(3)}", "url path"
    html = (folder / "original" / f"{page}.html").read_text(encoding="utf-8", errors="replace")
    for name, content in _META.findall(html):
        d = _day(content)
        if d and "modif" not in name.lower():
            return d, f"meta {name}"
    text = " ".join(_paras(folder / "original" / f"{page}.html"))
    first = body(folder, page).split("\n\n")[0][:60]
    end = text.find(first[:40]) + len(body(folder, page)) if first[:40] in text else len(text)
    d = _day(text[:end])
    if d:
        return d, "page text"
    return None


def candidates(folder: Path, u: dict) -> list[str]:
    out = []
    for f in sorted((folder / "annotated").glob("*.html")):
        site = _site(u.get(f.stem, ""))
        if not site.split(":")[0].endswith(TLDS):
            continue
        if not WORDS[0] <= len(body(folder, f.stem).split()) <= WORDS[1]:
            continue
        if publication_date(folder, f.stem, u.get(f.stem, "")):
            out.append(f.stem)
    return out


def draw(folder: Path) -> list[tuple[str, str]]:
    """(part, page id) of the 30 drawn pages: part a first, then part b."""
    u = urls(folder)
    used = _earlier_pages()
    used_sites = {_site(u.get(p, "")) for p in used if p in u}
    return deal([p for p in candidates(folder, u) if p not in used], u, used_sites, N, SEED, SPLIT_SEED, "")


if __name__ == "__main__":
    def _columns(folder, p):
        return publication_date(folder, p, urls(folder).get(p, "")) or ("?", "?")
    print_draw(draw, __doc__, _columns)
