"""Draw the L3S-GN1 pages of mentions batch 14 (issue 13, round 13).

Usage: python benchmarks/draw_l3s_mentions14.py [--corpus DIR]

Candidates pass the topic filter of mentions batch 11 (``draw_l3s_mentions.candidates``: annotated
body of 300-900 words about politics, business, world or local affairs, not sport-only) and are in
no earlier L3S set: no page of ``benchmarks/data/l3s_speakers.yml`` (batches 5, 7, 8, 10), of
``benchmarks/data/l3s_mentions.yml`` (batch 11) or of the two L3S metadata sets, and from no site
(host without ``www.``) of those speaker and mention batches. ``random.Random(1413)`` shuffles the
sorted candidates; the first page of each not yet used site is taken until there are 10 (one page
per site); the draw is dealt alternately into **14a** (development) and **14b** (held out).
Prints one line per page: batch, page id, words, url. The labels are in
``benchmarks/data/l3s_mentions.yml`` (scored by ``bench_l3s_mentions.py --part 14a|14b``).
"""
from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from _l3s_body import body  # noqa: E402
from draw_l3s_mentions import candidates  # noqa: E402
from draw_l3s_speakers import DEFAULT, urls  # noqa: E402
from draw_l3s_speakers7 import _site, _used_pages, one_page_per_site  # noqa: E402

import yaml  # noqa: E402

N, SEED = 10, 1413


def draw(folder: Path) -> list[tuple[str, str]]:
    """(batch, page id) of the 10 drawn pages, 14a and 14b alternately."""
    u = urls(folder)
    docs = []
    for name in ("l3s_speakers.yml", "l3s_mentions.yml"):
        docs += yaml.safe_load((HERE / "data" / name).read_text(encoding="utf-8"))["documents"]
    docs = [d for d in docs if not str(d["batch"]).startswith("14")]
    used = _used_pages() | {d["page"] for d in docs}
    sites = {_site(u.get(d["page"], "")) for d in docs}
    pool = [p for p in candidates(folder) if p not in used]
    random.Random(SEED).shuffle(pool)
    picked = one_page_per_site(pool, u, sites, N)
    return [("14a" if i % 2 == 0 else "14b", p) for i, p in enumerate(picked)]


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default=str(DEFAULT), help="L3S-GN1 folder (annotated/, original/)")
    folder = Path(ap.parse_args().corpus)
    u = urls(folder)
    for b, p in draw(folder):
        print(b, p, len(body(folder, p).split()), u.get(p, "?"))
