"""Shared steps of the fresh-speaker batch draws (``draw_fresh_batch4.py``, ``draw_fresh_batch6.py``).

A batch's draw must not depend on batches labelled after it: each script names the batches
that existed when it was drawn (``earlier``), and only their urls are taken out of the pool,
so the script prints the same rows however many batches are added later.
"""
from __future__ import annotations

import csv
import random
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "benchmarks" / "data"


def taken_urls(earlier, mention_files=("masakhane_fresh_mentions.yml",)) -> set:
    """Urls of the fresh-speaker batches in ``earlier``, of every document of ``mention_files``
    and of both halves of the UK gold set."""
    doc = yaml.safe_load((DATA / "masakhane_fresh_speakers.yml").read_text(encoding="utf-8"))
    taken = {d["url"] for d in doc["documents"] if "url" in d and str(d.get("batch")) in set(earlier)}
    for name in mention_files:
        taken |= {d["url"] for d in yaml.safe_load((DATA / name).read_text(encoding="utf-8"))["documents"]
                  if "url" in d}
    for half in ("dev", "test"):
        gold = yaml.safe_load((ROOT / "tests" / "gold" / f"uk_politics_{half}.yml").read_text(encoding="utf-8"))
        docs = gold["documents"] if isinstance(gold, dict) else gold
        taken |= {d["url"] for d in docs}
    return taken


def draw_by_category(folder, files, taken, per_category, seed, split_seed, labels, skip, speech):
    """Rows with 6 to 20 double quotation marks, ``speech`` matching and fewer than 1,000 words,
    one per url, not in ``taken`` and not ``skip(name, i, row)``; ``per_category[c]`` drawn per
    category by ``random.Random(seed)``, each category's draw shuffled by
    ``random.Random(split_seed)`` and dealt alternately into the two ``labels``."""
    seen, by_cat = set(), {c: [] for c in per_category}
    for name in files:
        with open(Path(folder) / name, encoding="utf-8", newline="") as f:
            for i, r in enumerate(csv.DictReader(f, delimiter="\t")):
                if r["url"] in seen or r["category"] not in by_cat:
                    continue
                seen.add(r["url"])
                if r["url"] in taken or skip(name, i, r):
                    continue
                marks = sum(r["text"].count(c) for c in '"\u201c\u201d')
                if 6 <= marks <= 20 and len(r["text"].split()) < 1000 and speech.search(r["text"]):
                    by_cat[r["category"]].append({"source": name, "row": i, "url": r["url"],
                                                  "category": r["category"], "text": r["text"]})
    rng, split = random.Random(seed), random.Random(split_seed)
    picked = []
    for c, k in per_category.items():
        pick = rng.sample(by_cat[c], k)
        split.shuffle(pick)
        picked += pick
    return {labels[0]: picked[0::2], labels[1]: picked[1::2]}


def main(draw, doc: str) -> None:
    """The command line of a draw script: ``--corpus DIR``; prints one line per drawn row
    (batch, source file, row, category, url, words), batch by batch."""
    import argparse

    ap = argparse.ArgumentParser(description=doc.splitlines()[0])
    ap.add_argument("--corpus", default=None)
    a = ap.parse_args()
    for batch, rows in draw(a.corpus).items():
        for r in rows:
            print(batch, r["source"], r["row"], r["category"], r["url"], len(r["text"].split()))
