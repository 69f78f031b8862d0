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

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from _l3s_body import body  # noqa: E402
from draw_l3s_mentions import draw_mentions  # noqa: E402
from draw_l3s_speakers7 import print_draw  # noqa: E402

SEED = 1413
EARLIER_SPEAKERS, EARLIER_MENTIONS = ("5", "7", "8", "10"), ("11",)   # labelled before this draw


def draw(folder: Path) -> list[tuple[str, str]]:
    """(batch, page id) of the 10 drawn pages, 14a and 14b alternately."""
    return draw_mentions(folder, EARLIER_SPEAKERS, EARLIER_MENTIONS, SEED, "14")


if __name__ == "__main__":
    print_draw(draw, __doc__, lambda folder, p: (len(body(folder, p).split()),))
