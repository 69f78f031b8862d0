"""Draw batch 3 of the fresh-speaker labels (issue 13, round 5): prints the chosen rows.

Usage: python benchmarks/draw_fresh_batch3.py [--corpus DIR]

Rows of MasakhaNEWS English (eng_dev.tsv and eng_test.tsv) that were never candidates of the UK
gold draw (``make_uk_gold.eligible`` on a politics row), are not in batches 1-2 of
``benchmarks/data/masakhane_fresh_speakers.yml``, hold 6 to 20 double quotation marks and a
reporting verb next to a capitalised word, and have fewer than 1000 words; one row per url.
``random.Random(SEED)`` draws ``PER_CATEGORY`` rows from each of five categories (politics,
business, health, entertainment, technology); ``random.Random(SPLIT_SEED)`` then splits the
draw into 3a (developed on) and 3b (held out, scored once at the end), half of each category
in each.
"""
from __future__ import annotations

import argparse
import csv
import random
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
from _uk_gold import FILES, find_corpus  # noqa: E402
from make_uk_gold import _SPEECH, eligible  # noqa: E402

SEED, SPLIT_SEED, PER_CATEGORY = 2055, 3131, 4
CATEGORIES = ("politics", "business", "health", "entertainment", "technology")
LABELS = ROOT / "benchmarks" / "data" / "masakhane_fresh_speakers.yml"


def draw(corpus=None):
    """{'3a': [row dicts], '3b': [row dicts]} in a fixed order."""
    taken = {d["url"] for d in yaml.safe_load(LABELS.read_text(encoding="utf-8"))["documents"]
             if d.get("batch") not in ("3a", "3b")}
    folder = find_corpus(corpus)
    seen, by_cat = set(), {c: [] for c in CATEGORIES}
    for name in FILES:
        with open(folder / name, encoding="utf-8", newline="") as f:
            for i, r in enumerate(csv.DictReader(f, delimiter="\t")):
                if r["url"] in seen or r["category"] not in by_cat:
                    continue
                seen.add(r["url"])
                if r["url"] in taken or (r["category"] == "politics" and eligible(r)):
                    continue
                marks = sum(r["text"].count(c) for c in '"\u201c\u201d')
                if 6 <= marks <= 20 and len(r["text"].split()) < 1000 and _SPEECH.search(r["text"]):
                    by_cat[r["category"]].append({"source": name, "row": i, "url": r["url"],
                                                  "category": r["category"], "text": r["text"]})
    rng, split = random.Random(SEED), random.Random(SPLIT_SEED)
    out = {"3a": [], "3b": []}
    for c in CATEGORIES:
        pick = rng.sample(by_cat[c], PER_CATEGORY)
        split.shuffle(pick)
        out["3a"] += pick[:PER_CATEGORY // 2]
        out["3b"] += pick[PER_CATEGORY // 2:]
    return out


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default=None)
    a = ap.parse_args()
    for batch, rows in draw(a.corpus).items():
        for r in rows:
            print(batch, r["source"], r["row"], r["category"], r["url"])
