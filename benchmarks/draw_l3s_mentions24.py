"""Draw the L3S-GN1 pages of mentions batch 24 (issue 13, round 16).

Usage: python benchmarks/draw_l3s_mentions24.py [--corpus DIR]

The drawing rule of mentions batches 11 and 14 (``draw_l3s_mentions.draw_mentions``: topic filter
``draw_l3s_mentions.candidates``, 300-900 words, politics/business/world/local, not sport-only),
with new constants: no page and no site of the L3S speaker batches labelled before this draw
(5, 7, 8, 10, 13, 16, 20 in ``benchmarks/data/l3s_speakers.yml``), of mention batches
11, 14, 17 and 21 (``benchmarks/data/l3s_mentions.yml``), of the two L3S metadata sets or of the
event-kinds sets (``event_kinds.tsv``, ``event_kinds2.tsv``: their L3S documents, both halves);
``random.Random(2416)`` shuffles the sorted candidates; the first page of each not yet used site
is taken until there are 10 (one page per site), dealt alternately into **24a** (development)
and **24b** (held out). Prints one line per page: batch, page id, words, url. The labels are in
``benchmarks/data/l3s_mentions.yml`` (scored by ``bench_l3s_mentions.py --part 24a|24b``).
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from _l3s_body import body  # noqa: E402
from draw_l3s_mentions import draw_mentions  # noqa: E402
from draw_l3s_speakers7 import print_draw  # noqa: E402

SEED = 2416
EARLIER_SPEAKERS, EARLIER_MENTIONS = ("5", "7", "8", "10", "13", "16", "20"), ("11", "14", "17", "21")   # labelled before this draw
EARLIER_OTHER = ("event_kinds.tsv", "event_kinds2.tsv")   # other labelled sets with L3S pages


def other_pages() -> set[str]:
    """The L3S page ids of the sets ``EARLIER_OTHER`` (tab-separated, columns corpus and doc_id)."""
    out = set()
    for name in EARLIER_OTHER:
        rows = [ln.split("\t") for ln in (HERE / "data" / name).read_text(encoding="utf-8").splitlines()
                if ln and not ln.startswith("#")]
        head = rows[0]
        out |= {r[head.index("doc_id")] for r in rows[1:] if r[head.index("corpus")] == "l3s"}
    return out


def draw(folder: Path) -> list[tuple[str, str]]:
    """(batch, page id) of the 10 drawn pages, 24a and 24b alternately."""
    return draw_mentions(folder, EARLIER_SPEAKERS, EARLIER_MENTIONS, SEED, "24", other_pages=other_pages())


if __name__ == "__main__":
    print_draw(draw, __doc__, lambda folder, p: (len(body(folder, p).split()),))
