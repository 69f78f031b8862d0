"""Benchmark: TIMEX3 values on 29 L3S-GN1 web-news pages no date rule was written beside (round 16).

Usage: python benchmarks/bench_timex_web.py --part a|b [--errors N] [--corpus DIR]

Gold: ``benchmarks/data/timex_web.tsv`` (hand annotation of the pages that ``draw_timex_web.py``
draws; its header states the conventions and, per page, the publication day that is the document
creation time and where the page states it). Each page's body is ``_l3s_body.body`` (the annotated
body as the project extracts it) and :func:`analysis.extract_dates` runs with ``published`` = the
DCT. Scoring is the scorer of ``bench_timex_newswire.py`` (``bench_dates.score``: extent
precision/recall on overlapping spans and value F1 per type, DATE+TIME and ALL).

Part **a** is the development half; part **b** is held out like the newswire set's part b (scored
once before and once after a round's changes; ``--errors`` is refused for it).
"""
from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

import pandas as pd

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))
import bench_dates  # noqa: E402
from _l3s_body import body  # noqa: E402
from bench_timex_newswire import locate, read_gold  # noqa: E402
from draw_l3s_speakers import DEFAULT  # noqa: E402

from analysis import extract_dates  # noqa: E402

GOLD = HERE / "data" / "timex_web.tsv"


def dcts(path: Path = GOLD) -> dict[str, tuple[str, str]]:
    """page id -> (part, DCT day) from the ``# DCT`` lines of the gold file."""
    out = {}
    for ln in path.read_text(encoding="utf-8").splitlines():
        m = re.match(r"# DCT\t(\S+)\t(\w)\t(\d{4}-\d\d-\d\d)\t", ln)
        if m:
            out[m.group(1)] = (m.group(2), m.group(3))
    return out


def documents(part: str, folder: Path = DEFAULT) -> list[dict]:
    gold = read_gold(GOLD)
    docs = []
    for page, (p, day) in dcts().items():
        if p != part:
            continue
        text = body(folder, page)
        spans = []
        for r in gold[gold["doc_id"] == page].itertuples(index=False):
            s, e = locate(text, r.text, int(r.n))
            spans.append((s, e, r.type, r.value, text[s:e]))
        docs.append({"doc_id": page, "text": text, "gold": sorted(spans), "published": pd.Timestamp(day)})
    return docs


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--part", choices=["a", "b"], required=True)
    ap.add_argument("--errors", type=int, default=0, help="print the N most frequent errors (part a only)")
    ap.add_argument("--corpus", default=str(DEFAULT), help="L3S-GN1 folder (annotated/, original/)")
    args = ap.parse_args()
    if args.errors and args.part == "b":
        sys.exit("part b is held out: its errors are not printed")
    docs = documents(args.part, Path(args.corpus))
    corpus = pd.DataFrame({"doc_id": [d["doc_id"] for d in docs], "text": [d["text"] for d in docs],
                           "published": pd.to_datetime([d["published"] for d in docs])})
    pred = extract_dates(corpus)
    table = bench_dates.score(docs, pred, args.errors)
    print(f"\n=== L3S-GN1 TIMEX3 web-news set, part {args.part}: {len(docs)} pages, "
          f"{sum(len(d['gold']) for d in docs)} gold TIMEX3, {len(pred)} predicted ===")
    print(table.to_string(index=False, float_format=lambda x: f"{x:.3f}"))


if __name__ == "__main__":
    main()
