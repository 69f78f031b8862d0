"""Precision and recall of analysis.extract_quotes on the hand-written gold set.

Usage: python benchmarks/bench_quotes_gold.py [-v]
Prints quote-extraction and speaker-attribution precision/recall; -v lists every miss.
The gold set (tests/gold/quotes_gold.yml) is written for this project, not taken from the
bundled articles. The same figures are asserted (with floors) by tests/test_quotes.py.
"""
from __future__ import annotations

import sys
import warnings
from pathlib import Path

import pandas as pd
import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from analysis.quotes.extract import extract_quotes, quote_scores  # noqa: E402

GOLD = ROOT / "tests" / "gold" / "quotes_gold.yml"


def load_gold(path=GOLD, split=None):
    """(corpus, gold) DataFrames; split 'dev' or 'holdout' keeps only those items."""
    items = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    items = items["items"] if isinstance(items, dict) else items
    if split is not None:
        items = [it for it in items if it.get("split", "dev") == split]
    corpus = pd.DataFrame({"doc_id": [it["id"] for it in items], "text": [it["text"] for it in items]})
    gold = pd.DataFrame([{"doc_id": it["id"], "quote": q["quote"], "speaker": q.get("speaker")}
                         for it in items for q in it["quotes"]], columns=["doc_id", "quote", "speaker"])
    return corpus, gold


def run(verbose=False, split=None):
    corpus, gold = load_gold(split=split)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        pred = extract_quotes(corpus, resolve_actors=False)
    scores = {**quote_scores(pred, gold), "n_passages": len(corpus)}
    if verbose:
        g = {(r.doc_id, str(r.quote).strip(" ,.!?\"").lower()): r.speaker for r in gold.itertuples()}
        p = {(r.doc_id, str(r.quote).strip(" ,.!?\"").lower()): r.speaker for r in pred.itertuples()}
        for k in sorted(set(g) | set(p)):
            gs, ps = g.get(k, "<no quote>"), p.get(k, "<no quote>")
            if str(gs).lower() != str(ps).lower():
                print(f"  {k[0]}: {k[1][:50]!r}: gold={gs!r} predicted={ps!r}")
    return scores


if __name__ == "__main__":
    for split in ("dev", "holdout", "holdout2", None):
        s = run(verbose="-v" in sys.argv, split=split)
        print(f"[{split or 'all'}] gold quotes: {s['n_gold']}  predicted: {s['n_predicted']}")
        print(f"[{split or 'all'}] quote extraction    precision {s['quote_precision']:.3f}  "
              f"recall {s['quote_recall']:.3f}  F1 {s['quote_f1']:.3f}")
        print(f"[{split or 'all'}] speaker attribution precision {s['speaker_precision']:.3f}  "
              f"recall {s['speaker_recall']:.3f}  F1 {s['speaker_f1']:.3f}")
