"""Draw the Reuters-21578 stories of speakers batch 9 (issue 13, round 12): prints the chosen stories.

Usage: python benchmarks/draw_reuters_speakers.py [--text]

Candidates are the Reuters-21578 stories (``benchmarks/_reuters.load_reuters``; 1987 newswire)
whose body holds at least two pairs of double quotation marks (4 to 12 ``"`` marks, an even
number) and has 80 to 600 words, and that are in no labelled or check set that reads Reuters:
not one of the first 2,000 stories (the unlabelled check sample of rounds 8 and 10, and the
unlabelled sample this round reads for the effect of its changes) and no story id of
``benchmarks/data/fresh_mentions_round10.yml``. Stories with the same title as an earlier
candidate (repeated wire items) are skipped. ``random.Random(SEED)`` draws 24 of them;
``random.Random(SPLIT_SEED)`` shuffles the 24 and deals the first 12 into **9a** (developed on)
and the other 12 into **9b** (held out: scored once before and once after round 12's changes).
The split was fixed by this script before any code change and before any prediction was looked
at. Labels: ``benchmarks/data/reuters_speakers.yml``, scored by ``bench_reuters_speakers.py``.
``--text`` also prints each story's text (for labelling).
"""
from __future__ import annotations

import argparse
import random
import re
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from _reuters import load_reuters  # noqa: E402

N, SEED, SPLIT_SEED = 24, 1209, 9212
CHECK_SAMPLE = 2000  # the first stories are the unlabelled check sample


def _labelled_ids() -> set[str]:
    doc = yaml.safe_load((HERE / "data" / "fresh_mentions_round10.yml").read_text(encoding="utf-8"))
    docs = doc["documents"] if isinstance(doc, dict) else doc
    return {d["id"] for d in docs if d.get("source") == "reuters"}


def candidates(df) -> list[str]:
    taken, titles, out = _labelled_ids(), set(), []
    for i, r in enumerate(df.itertuples(index=False)):
        if i < CHECK_SAMPLE or r.doc_id in taken or not r.text:
            continue
        marks = r.text.count('"')
        words = len(r.text.split())
        if 4 <= marks <= 12 and marks % 2 == 0 and 80 <= words <= 600 and re.search(r'"[^"]+"', r.text):
            if r.title in titles:
                continue
            titles.add(r.title)
            out.append(r.doc_id)
    return out


def draw(df=None) -> list[tuple[str, str]]:
    """(batch, doc_id) of the 24 drawn stories: 9a first, then 9b."""
    df = load_reuters() if df is None else df
    picked = random.Random(SEED).sample(candidates(df), N)
    random.Random(SPLIT_SEED).shuffle(picked)
    return [("9a" if i < N // 2 else "9b", p) for i, p in enumerate(picked)]


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--text", action="store_true", help="print each story's text too")
    a = ap.parse_args()
    df = load_reuters()
    by_id = df.set_index("doc_id")
    for b, p in draw(df):
        print(b, p, by_id.loc[p, "title"])
        if a.text:
            print(by_id.loc[p, "text"], "\n")
