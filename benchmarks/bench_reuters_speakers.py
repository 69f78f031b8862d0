"""Speaker attribution on Reuters-21578 newswire stories (issue 13, round 12).

Usage: python benchmarks/bench_reuters_speakers.py [-v] [--batch 9a]

``benchmarks/data/reuters_speakers.yml`` labels the speaker of every direct quotation in 24
Reuters-21578 stories (1987 wire copy: "X said", "said X of Y", "X told Reuters", quotes
continued in the next paragraph) drawn by ``benchmarks/draw_reuters_speakers.py``. The texts
are read by ``benchmarks/_reuters.load_reuters`` from ``../shared/corpora/reuters21578``.
Scoring is ``bench_fresh_speakers.score`` (a labelled quote is *found* when a predicted
quotation contains its first words; its speaker is judged by ``bench_uk_gold.speaker_right``;
a list of names is right when any of them is; ``PLURAL`` quotes are counted apart).
Batch 9a is developed on; 9b is held out and scored only when named (``--batch 9b``), once
before and once after the round's changes. ``-v`` lists every miss.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
from _reuters import load_reuters, require_reuters  # noqa: E402
from bench_fresh_speakers import score  # noqa: E402

LABELS = ROOT / "benchmarks" / "data" / "reuters_speakers.yml"


def run(verbose=False, batches=("9a",)):
    docs = [d for d in yaml.safe_load(LABELS.read_text(encoding="utf-8"))["documents"]
            if str(d["batch"]) in batches]
    if not docs:
        sys.exit(f"bench_reuters_speakers: no labelled story in batch(es) {', '.join(batches)}")
    texts = load_reuters().set_index("doc_id")["text"]
    return score([(str(d["batch"]), d["id"], texts[d["id"]], d["quotes"]) for d in docs], verbose, "stories")


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-v", action="store_true", help="list every miss")
    ap.add_argument("--batch", default="9a", help="comma-separated batches (default 9a; 9b is held out)")
    a = ap.parse_args()
    try:
        require_reuters()
    except FileNotFoundError as exc:
        sys.exit(f"bench_reuters_speakers: {exc}")
    run(a.v, tuple(x.strip() for x in a.batch.split(",") if x.strip()))
