"""Draw batch 6 of the fresh-speaker labels (issue 13, round 11): prints the chosen rows.

Usage: python benchmarks/draw_fresh_batch6.py [--corpus DIR]

Rows of MasakhaNEWS English (eng_dev.tsv and eng_test.tsv), one row per url, that are in no
existing labelled set: not a candidate of the UK gold draw (``make_uk_gold.eligible`` on a
politics row) and no url of ``tests/gold/uk_politics_*.yml``; no url of any batch of
``benchmarks/data/masakhane_fresh_speakers.yml`` (batch 6 itself excepted, so that the draw
does not depend on whether batch 6 is written yet), of
``benchmarks/data/masakhane_fresh_mentions.yml`` or of
``benchmarks/data/fresh_mentions_round10.yml``; not one of round 3's hand-judged eng_dev rows.
Like batches 3 and 4 they hold 6 to 20 double quotation marks, a reporting verb next to a
capitalised word (``make_uk_gold._SPEECH``) and fewer than 1000 words. Politics is left out
(the UK gold set and batches 1-4 are mostly politics); ``random.Random(SEED)`` draws
``PER_CATEGORY[c]`` rows from sport, entertainment, health, technology and business (16 rows);
each category's rows are shuffled by ``random.Random(SPLIT_SEED)`` and the draw, in category
order, is dealt alternately into 6a (developed on) and 6b (held out, scored once before and
once after round 11's changes). The split is fixed by this script before any prediction is
looked at.
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
from bench_fresh_mentions import ROUND3_ROWS  # noqa: E402
from make_uk_gold import _SPEECH, eligible  # noqa: E402

SEED, SPLIT_SEED = 6106, 1066
PER_CATEGORY = {"sports": 4, "entertainment": 3, "health": 3, "technology": 3, "business": 3}
DATA = ROOT / "benchmarks" / "data"


def _taken_urls() -> set:
    """Urls of every existing labelled set (fresh speakers, fresh mentions, UK gold)."""
    taken = set()
    for name in ("masakhane_fresh_speakers.yml", "masakhane_fresh_mentions.yml",
                 "fresh_mentions_round10.yml"):
        taken |= {d["url"] for d in yaml.safe_load((DATA / name).read_text(encoding="utf-8"))["documents"]
                  if "url" in d and str(d.get("batch")) not in ("6a", "6b")}
    for half in ("dev", "test"):
        gold = yaml.safe_load((ROOT / "tests" / "gold" / f"uk_politics_{half}.yml").read_text(encoding="utf-8"))
        docs = gold["documents"] if isinstance(gold, dict) else gold
        taken |= {d["url"] for d in docs}
    return taken


def draw(corpus=None):
    """{'6a': [row dicts], '6b': [row dicts]} in a fixed order."""
    taken = _taken_urls()
    folder = find_corpus(corpus)
    seen, by_cat = set(), {c: [] for c in PER_CATEGORY}
    for name in FILES:
        with open(folder / name, encoding="utf-8", newline="") as f:
            for i, r in enumerate(csv.DictReader(f, delimiter="\t")):
                if r["url"] in seen or r["category"] not in by_cat:
                    continue
                seen.add(r["url"])
                if (r["url"] in taken or (name == "eng_dev.tsv" and i in ROUND3_ROWS)
                        or (r["category"] == "politics" and eligible(r))):
                    continue
                marks = sum(r["text"].count(c) for c in '"\u201c\u201d')
                if 6 <= marks <= 20 and len(r["text"].split()) < 1000 and _SPEECH.search(r["text"]):
                    by_cat[r["category"]].append({"source": name, "row": i, "url": r["url"],
                                                  "category": r["category"], "text": r["text"]})
    rng, split = random.Random(SEED), random.Random(SPLIT_SEED)
    picked = []
    for c, k in PER_CATEGORY.items():
        pick = rng.sample(by_cat[c], k)
        split.shuffle(pick)
        picked += pick
    return {"6a": picked[0::2], "6b": picked[1::2]}


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default=None)
    a = ap.parse_args()
    for batch, rows in draw(a.corpus).items():
        for r in rows:
            print(batch, r["source"], r["row"], r["category"], r["url"], len(r["text"].split()))
