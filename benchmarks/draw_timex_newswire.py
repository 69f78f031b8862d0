"""Draw the TIMEX3 newswire set (issue 14, item 3, round 15): 40 Reuters-21578 stories, halves a / b.

Usage: python benchmarks/draw_timex_newswire.py [--text]

Reuters-21578 (``benchmarks/_reuters.load_reuters``; 1987 newswire), the rules of the earlier
Reuters draws (``draw_reuters_speakers.py``, ``draw_wire_mentions.py``) with this round's
constants: candidates are stories with a DATE header (the document creation time), a body of
80-400 words, not among the first 2,000 stories (the unlabelled check sample of earlier rounds
and of this one), not in any labelled set that reads Reuters (every ``reuters-NNNNN`` id named in
a file of ``benchmarks/data/``, read when the draw was fixed: ``fresh_mentions_round10.yml``,
``reuters_speakers.yml``, ``wire_mentions.yml``, ``event_kinds.tsv``) and whose title was not
seen before (repeated wire items). ``random.Random(SEED)`` draws 40; ``random.Random(SPLIT_SEED)``
shuffles them and deals the first 20 into part **a** (developed on) and the other 20 into part
**b** (held out: scored once before and once after the round's changes). The split was fixed by
this script before any code change and before any prediction was looked at. Labels:
``benchmarks/data/timex_newswire.tsv``, scored by ``bench_timex_newswire.py``.
"""
from __future__ import annotations

import argparse
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from _reuters import load_reuters  # noqa: E402

N, SEED, SPLIT_SEED = 40, 1515, 5151
CHECK_SAMPLE = 2000  # the first stories are the unlabelled check sample
LABELLED = ("fresh_mentions_round10.yml", "reuters_speakers.yml", "wire_mentions.yml", "event_kinds.tsv")


def _labelled_ids() -> set[str]:
    out: set[str] = set()
    for name in LABELLED:
        out |= set(re.findall(r"reuters-\d{5}", (HERE / "data" / name).read_text(encoding="utf-8")))
    return out


def candidates(df) -> list[str]:
    taken, titles, out = _labelled_ids(), set(), []
    for i, r in enumerate(df.itertuples(index=False)):
        if i < CHECK_SAMPLE or r.doc_id in taken or not r.text or not r.published:
            continue
        if 80 <= len(r.text.split()) <= 400:
            if r.title in titles:
                continue
            titles.add(r.title)
            out.append(r.doc_id)
    return out


def draw(df=None) -> list[tuple[str, str]]:
    """(part, doc_id) of the 40 drawn stories: part a first, then part b."""
    df = load_reuters() if df is None else df
    picked = random.Random(SEED).sample(candidates(df), N)
    random.Random(SPLIT_SEED).shuffle(picked)
    return [("a" if i < N // 2 else "b", p) for i, p in enumerate(picked)]


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--text", action="store_true", help="print each story's text too")
    a = ap.parse_args()
    df = load_reuters()
    by_id = df.set_index("doc_id")
    for b, p in draw(df):
        print(b, p, by_id.loc[p, "published"], by_id.loc[p, "title"])
        if a.text:
            print(by_id.loc[p, "text"], "\n")
