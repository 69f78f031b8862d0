"""Draw the L3S-GN1 pages of speakers batch 23 (issue 13, round 16, webspk6 helper).

Usage: python benchmarks/draw_l3s_speakers20.py [--corpus DIR]

Candidates are the L3S-GN1 pages that pass the batch-5 filter of ``draw_l3s_speakers.candidates``
(annotated body of 150-1000 words, 6-24 double quotation marks, the word "said") and are in no
earlier batch: not a page of ``benchmarks/data/l3s_speakers.yml`` labelled before batch 23
(batches 5a/5b, 7a/7b, 8a/8b, 10a/10b, 13a/13b, 16a/16b, 20a/20b), not a page of the L3S mention batches
(11, 14, 17, 21 in ``benchmarks/data/l3s_mentions.yml``), not from a site (host without ``www.``) of
any of those pages, and not a page of the two L3S metadata sets. The drawing rule is
``draw_l3s_speakers7.deal``, as for batches 7, 8, 10, 13, 16 and 20, with the earlier batches extended:
``random.Random(23123)`` shuffles the pool; the first page of each not yet used site is taken until
there are 16 (one page per site). ``random.Random(23223)`` then shuffles those 16 and deals the
first 8 into **23a** (development) and the other 8 into **23b** (held out). Prints one line per
page: batch, page id, url. The labels are in ``benchmarks/data/l3s_speakers.yml`` (scored by
``bench_l3s_speakers.py --batch 23a|23b``).
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from draw_l3s_speakers import candidates, urls  # noqa: E402
from draw_l3s_speakers7 import _site, deal, labelled_docs, metadata_pages, print_draw  # noqa: E402

N, SEED, SPLIT_SEED = 16, 23123, 23223
EARLIER = ("5", "7", "8", "10", "13", "16", "20")  # speaker batches labelled before this draw
EARLIER_MENTIONS = ("11", "14", "17", "21")  # L3S mention batches labelled before this draw


def draw(folder: Path) -> list[tuple[str, str]]:
    """(batch, page id) of the 16 drawn pages: 23a first, then 23b (``draw_l3s_speakers7.deal``)."""
    u = urls(folder)
    earlier = labelled_docs(EARLIER) + labelled_docs(EARLIER_MENTIONS, ("l3s_mentions.yml",))
    used = metadata_pages() | {d["page"] for d in earlier}
    used_sites = {_site(u.get(d["page"], "")) for d in earlier}
    return deal([p for p in candidates(folder) if p not in used], u, used_sites, N, SEED, SPLIT_SEED, "23")


if __name__ == "__main__":
    print_draw(draw, __doc__)
