"""Draw the L3S-GN1 pages of speakers batch 7 (issue 13, round 11).

Usage: python benchmarks/draw_l3s_speakers7.py [--corpus DIR]

Candidates are the L3S-GN1 pages that pass the batch-5 filter of ``draw_l3s_speakers.candidates``
(annotated body of 150-1000 words, 6-24 double quotation marks, the word "said") and are in no
earlier batch: not a page of ``benchmarks/data/l3s_speakers.yml`` (batches 5a/5b), not from a
site (host without ``www.``) of those pages, and not a page of the two L3S metadata sets
(``l3s_gn1_metadata_sample.csv``, ``l3s_gn1_metadata_heldout.csv``). ``random.Random(7107)``
shuffles them; the first page of each not yet used site is taken until there are 16 (one page
per site). ``random.Random(7207)`` then shuffles those 16 and deals the first 8 into **7a**
(development) and the other 8 into **7b** (held out). Prints one line per page: batch, page id,
url. The labels are in ``benchmarks/data/l3s_speakers.yml`` (scored by ``bench_l3s_speakers.py``).
"""
from __future__ import annotations

import argparse
import csv
import random
import sys
from pathlib import Path
from urllib.parse import urlparse

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from draw_l3s_speakers import DEFAULT, candidates, urls  # noqa: E402

N, SEED, SPLIT_SEED = 16, 7107, 7207
EARLIER = ("5",)  # batches labelled before this draw


def _site(url: str) -> str:
    return urlparse(url).netloc.lower().removeprefix("www.")


def labelled_docs(batches, files=("l3s_speakers.yml",)) -> list[dict]:
    """The labelled documents of ``files`` (under ``benchmarks/data``) whose batch, without its
    a/b half, is one of ``batches``. A draw excludes only what was labelled before it, so that
    batches labelled later never change it (every draw script reproduces its batch)."""
    docs = []
    for name in files:
        docs += yaml.safe_load((HERE / "data" / name).read_text(encoding="utf-8"))["documents"]
    return [d for d in docs if str(d["batch"]).rstrip("ab") in batches]


def metadata_pages() -> set[str]:
    """The pages of the two L3S metadata sets (``l3s_gn1_metadata_sample.csv``, ``..._heldout.csv``)."""
    out = set()
    for name in ("l3s_gn1_metadata_sample.csv", "l3s_gn1_metadata_heldout.csv"):
        rows = (ln for ln in (HERE / "data" / name).read_text(encoding="utf-8").splitlines()
                if ln and not ln.startswith("#"))
        out |= {r.get("doc_id", "") for r in csv.DictReader(rows)}
    return out


def _used_pages() -> set[str]:
    return metadata_pages() | {d["page"] for d in labelled_docs(EARLIER)}


def one_page_per_site(pool: list[str], u: dict, taken_sites: set, n: int) -> list[str]:
    """The first ``n`` pages of ``pool`` (in its order) from sites not in ``taken_sites``,
    one page per site (the drawing rule of batches 7, 8 and 10 and of the mentions set)."""
    picked, sites = [], set(taken_sites)
    for p in pool:
        s = _site(u.get(p, ""))
        if s and s not in sites:
            sites.add(s)
            picked.append(p)
        if len(picked) == n:
            break
    return picked


def deal(pool: list[str], u: dict, used_sites: set, n: int, seed: int, split_seed: int, name: str):
    """The drawing rule of speaker batches 7, 8, 10 and 13: ``random.Random(seed)`` shuffles the
    pool, the first page of each site not yet used is taken until there are ``n``, then
    ``random.Random(split_seed)`` shuffles them and deals the first half into ``{name}a``, the
    rest into ``{name}b``."""
    pool = list(pool)
    random.Random(seed).shuffle(pool)
    picked = one_page_per_site(pool, u, used_sites, n)
    random.Random(split_seed).shuffle(picked)
    return [(f"{name}a" if i < n // 2 else f"{name}b", p) for i, p in enumerate(picked)]


def print_draw(draw, doc: str, columns=lambda folder, p: ()) -> None:
    """The command line of a draw script: one line per page (batch, page id, extra columns, url)."""
    ap = argparse.ArgumentParser(description=doc.splitlines()[0])
    ap.add_argument("--corpus", default=str(DEFAULT), help="L3S-GN1 folder (annotated/, original/)")
    folder = Path(ap.parse_args().corpus)
    u = urls(folder)
    for b, p in draw(folder):
        print(b, p, *columns(folder, p), u.get(p, "?"))


def draw(folder: Path) -> list[tuple[str, str]]:
    """(batch, page id) of the 16 drawn pages: 7a first, then 7b."""
    u = urls(folder)
    used_sites = {_site(u.get(d["page"], "")) for d in labelled_docs(EARLIER)}
    return deal([p for p in candidates(folder) if p not in _used_pages()], u, used_sites, N, SEED, SPLIT_SEED, "7")


if __name__ == "__main__":
    print_draw(draw, __doc__)
