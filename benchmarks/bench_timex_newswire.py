"""Benchmark: TIMEX3 values on 40 Reuters-21578 stories no date rule was written beside (round 15).

Usage: python benchmarks/bench_timex_newswire.py --part a|b [--errors N]

Gold: ``benchmarks/data/timex_newswire.tsv`` (hand annotation of the stories that
``draw_timex_newswire.py`` draws; its header states the conventions). Each story's body is read with
``_reuters.load_reuters``, the document creation time is its DATE header (the day), and
:func:`analysis.extract_dates` runs with ``published`` = that day. Scoring is ``bench_dates.score``:
extent precision/recall on overlapping spans and value F1 (an overlapping prediction with the same
normalized TimeML value), per type, DATE+TIME and ALL.

Part **a** is the development half; part **b** is held out (scored once before and once after a
round's changes); ``--errors`` is refused for part b.
"""
from __future__ import annotations

import argparse
import csv
import re
import sys
from pathlib import Path

import pandas as pd

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))
import bench_dates  # noqa: E402
from _reuters import load_reuters  # noqa: E402

from analysis import extract_dates  # noqa: E402

GOLD = HERE / "data" / "timex_newswire.tsv"


def read_gold(path: Path = GOLD) -> pd.DataFrame:
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")]
    return pd.DataFrame(list(csv.DictReader(lines, delimiter="\t")), dtype=str)


def locate(text: str, phrase: str, n: int) -> tuple[int, int]:
    """Start and end of the n-th (1-based) whole-word occurrence of ``phrase`` in ``text``."""
    hits = [m.span() for m in re.finditer(r"(?<!\w)" + re.escape(phrase) + r"(?!\w)", text)]
    if len(hits) < n:
        raise ValueError(f"{phrase!r} occurs {len(hits)} times, row asks for occurrence {n}")
    return hits[n - 1]


def documents(part: str) -> list[dict]:
    sys.path.insert(0, str(HERE))
    from draw_timex_newswire import draw

    df = load_reuters()
    by_id = df.set_index("doc_id")
    gold = read_gold()
    docs = []
    for p, doc_id in draw(df):
        if p != part:
            continue
        text = by_id.loc[doc_id, "text"]
        rows = gold[gold["doc_id"] == doc_id]
        spans = []
        for r in rows.itertuples(index=False):
            s, e = locate(text, r.text, int(r.n))
            spans.append((s, e, r.type, r.value, text[s:e]))
        docs.append({"doc_id": doc_id, "text": text, "gold": sorted(spans),
                     "published": pd.Timestamp(str(by_id.loc[doc_id, "published"])[:10])})
    return docs


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--part", choices=["a", "b"], required=True)
    ap.add_argument("--errors", type=int, default=0, help="print the N most frequent errors (part a only)")
    args = ap.parse_args()
    if args.errors and args.part == "b":
        sys.exit("part b is held out: its errors are not printed")
    docs = documents(args.part)
    corpus = pd.DataFrame({"doc_id": [d["doc_id"] for d in docs], "text": [d["text"] for d in docs],
                           "published": pd.to_datetime([d["published"] for d in docs])})
    pred = extract_dates(corpus)
    table = bench_dates.score(docs, pred, args.errors)
    print(f"\n=== Reuters-21578 TIMEX3 newswire set, part {args.part}: {len(docs)} stories, "
          f"{sum(len(d['gold']) for d in docs)} gold TIMEX3, {len(pred)} predicted ===")
    print(table.to_string(index=False, float_format=lambda x: f"{x:.3f}"))


if __name__ == "__main__":
    main()
