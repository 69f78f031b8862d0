"""Draw the L3S-GN1 pages of speakers batch 8 (issue 13, round 12).

Usage: python benchmarks/draw_l3s_speakers8.py [--corpus DIR]

Candidates are the L3S-GN1 pages that pass the batch-5 filter of ``draw_l3s_speakers.candidates``
(annotated body of 150-1000 words, 6-24 double quotation marks, the word "said") and are in no
earlier batch: not a page of ``benchmarks/data/l3s_speakers.yml`` labelled before batch 8
(batches 5a/5b, 7a/7b), not from a site (host without ``www.``) of those pages, and not a page
of the two L3S metadata sets. ``random.Random(8108)`` shuffles them; the first page of each not
yet used site is taken until there are 16 (one page per site). ``random.Random(8208)`` then
shuffles those 16 and deals the first 8 into **8a** (development) and the other 8 into **8b**
(held out). Prints one line per page: batch, page id, url. The labels are in
``benchmarks/data/l3s_speakers.yml`` (scored by ``bench_l3s_speakers.py --batch 8a|8b``).
"""
from __future__ import annotations

import argparse
import csv
import random
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from draw_l3s_speakers import DEFAULT, candidates, urls  # noqa: E402
from draw_l3s_speakers7 import _site, one_page_per_site  # noqa: E402

N, SEED, SPLIT_SEED = 16, 8108, 8208
EARLIER = ("5", "7")  # batches labelled before this draw


def _earlier_docs() -> list[dict]:
    docs = yaml.safe_load((HERE / "data" / "l3s_speakers.yml").read_text(encoding="utf-8"))["documents"]
    return [d for d in docs if str(d["batch"])[:1] in EARLIER]


def _used_pages() -> set[str]:
    out = {d["page"] for d in _earlier_docs()}
    for name in ("l3s_gn1_metadata_sample.csv", "l3s_gn1_metadata_heldout.csv"):
        rows = (ln for ln in (HERE / "data" / name).read_text(encoding="utf-8").splitlines()
                if ln and not ln.startswith("#"))
        out |= {r.get("doc_id", "") for r in csv.DictReader(rows)}
    return out


def draw(folder: Path) -> list[tuple[str, str]]:
    """(batch, page id) of the 16 drawn pages: 8a first, then 8b."""
    u = urls(folder)
    used = _used_pages()
    used_sites = {_site(u.get(d["page"], "")) for d in _earlier_docs()}
    pool = [p for p in candidates(folder) if p not in used]
    random.Random(SEED).shuffle(pool)
    picked = one_page_per_site(pool, u, used_sites, N)
    random.Random(SPLIT_SEED).shuffle(picked)
    return [("8a" if i < N // 2 else "8b", p) for i, p in enumerate(picked)]


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default=str(DEFAULT), help="L3S-GN1 folder (annotated/, original/)")
    folder = Path(ap.parse_args().corpus)
    u = urls(folder)
    for b, p in draw(folder):
        print(b, p, u.get(p, "?"))
