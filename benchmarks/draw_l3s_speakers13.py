"""Draw the L3S-GN1 pages of speakers batch 13 (issue 13, round 13, webspk3 helper).

Usage: python benchmarks/draw_l3s_speakers13.py [--corpus DIR]

Candidates are the L3S-GN1 pages that pass the batch-5 filter of ``draw_l3s_speakers.candidates``
(annotated body of 150-1000 words, 6-24 double quotation marks, the word "said") and are in no
earlier batch: not a page of ``benchmarks/data/l3s_speakers.yml`` labelled before batch 13
(batches 5a/5b, 7a/7b, 8a/8b, 10a/10b), not from a site (host without ``www.``) of those pages,
and not a page of the two L3S metadata sets. The drawing code is that of ``draw_l3s_speakers10``
with the earlier batches extended: ``random.Random(13113)`` shuffles the pool; the first page of
each not yet used site is taken until there are 16 (one page per site). ``random.Random(13213)``
then shuffles those 16 and deals the first 8 into **13a** (development) and the other 8 into
**13b** (held out). Prints one line per page: batch, page id, url. The labels are in
``benchmarks/data/l3s_speakers.yml`` (scored by ``bench_l3s_speakers.py --batch 13a|13b``).
"""
from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import draw_l3s_speakers8 as _d8  # noqa: E402
from draw_l3s_speakers import DEFAULT, candidates, urls  # noqa: E402
from draw_l3s_speakers7 import _site, one_page_per_site  # noqa: E402

N, SEED, SPLIT_SEED = 16, 13113, 13213
EARLIER = ("5", "7", "8", "10")  # batches labelled before this draw


def _earlier_docs() -> list[dict]:
    import yaml
    docs = yaml.safe_load((HERE / "data" / "l3s_speakers.yml").read_text(encoding="utf-8"))["documents"]
    return [d for d in docs if str(d["batch"]).rstrip("ab") in EARLIER]


def draw(folder: Path) -> list[tuple[str, str]]:
    """(batch, page id) of the 16 drawn pages: 13a first, then 13b."""
    u = urls(folder)
    earlier = _earlier_docs()
    # the metadata-set pages, as excluded by batch 8's draw, plus every earlier labelled page
    used = (_d8._used_pages() - {d["page"] for d in _d8._earlier_docs()}) | {d["page"] for d in earlier}
    used_sites = {_site(u.get(d["page"], "")) for d in earlier}
    pool = [p for p in candidates(folder) if p not in used]
    random.Random(SEED).shuffle(pool)
    picked = one_page_per_site(pool, u, used_sites, N)
    random.Random(SPLIT_SEED).shuffle(picked)
    return [("13a" if i < N // 2 else "13b", p) for i, p in enumerate(picked)]


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default=str(DEFAULT), help="L3S-GN1 folder (annotated/, original/)")
    folder = Path(ap.parse_args().corpus)
    u = urls(folder)
    for b, p in draw(folder):
        print(b, p, u.get(p, "?"))
