"""Score ``event_label`` on the hand-labelled event-kinds set (round 14).

Usage: python benchmarks/bench_event_kinds.py --part a|b|a2|b2 [--errors]

``benchmarks/data/event_kinds.tsv`` holds 160 dated sentences (drawn by ``draw_event_kinds.py``,
split into part a, development, and part b, held out: run ``--part b`` only when told). Prints
accuracy, macro-F1 over the kinds present in gold or prediction, the share of "other" in the
prediction and in the gold labels, and with ``--errors`` every wrong sentence.
``benchmarks/data/event_kinds2.tsv`` (round 15, ``draw_event_kinds2.py``) holds 160 more: part a2,
development, and part b2, held out (run ``--part b2`` only when told).
"""
from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DATA = ROOT / "benchmarks" / "data" / "event_kinds.tsv"
DATA2 = ROOT / "benchmarks" / "data" / "event_kinds2.tsv"


def load(part: str) -> list[dict]:
    with open(DATA2 if part in ("a2", "b2") else DATA, encoding="utf-8", newline="") as f:
        rows = csv.DictReader((ln for ln in f if not ln.startswith("#")), delimiter="\t")
        return [r for r in rows if r["part"] == part]


def score(gold: list[str], pred: list[str]) -> dict:
    """accuracy, macro-F1 (kinds in gold or prediction) and the share of 'other'."""
    kinds = sorted(set(gold) | set(pred))
    f1s = []
    for k in kinds:
        tp = sum(g == p == k for g, p in zip(gold, pred))
        fp = sum(p == k != g for g, p in zip(gold, pred))
        fn = sum(g == k != p for g, p in zip(gold, pred))
        f1s.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
    n = len(gold)
    return {"n": n, "accuracy": sum(g == p for g, p in zip(gold, pred)) / n,
            "macro_f1": sum(f1s) / len(f1s), "other_pred": pred.count("other") / n,
            "other_gold": gold.count("other") / n}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--part", choices=("a", "b", "a2", "b2"), required=True)
    ap.add_argument("--errors", action="store_true")
    a = ap.parse_args()
    from analysis.dates.event_kinds import event_label

    rows = load(a.part)
    gold = [r["kind"] for r in rows]
    pred = [event_label(r["sentence"], r["expression"]) for r in rows]
    s = score(gold, pred)
    print(f"part {a.part}: {s['n']} sentences  accuracy {s['accuracy']:.3f}  macro-F1 {s['macro_f1']:.3f}  "
          f"other predicted {s['other_pred']:.3f} (gold {s['other_gold']:.3f})")
    print("predicted:", dict(Counter(pred).most_common()))
    if a.errors:
        for r, p in zip(rows, pred):
            if p != r["kind"]:
                print(f"  gold {r['kind']:<12} pred {p:<12} [{r['expression']}] {r['sentence'][:200]}")


if __name__ == "__main__":
    main()
