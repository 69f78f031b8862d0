"""Draw mentions set 18 (issue 13, round 14): 6 MasakhaNEWS sports / entertainment articles and 30 AG News items.

Usage: python benchmarks/draw_names18.py [--text] [--corpus DIR]

A set of another shape than the politics-heavy sets before it: person, country and organisation
mentions in sports and entertainment copy and in short items.

* MasakhaNEWS English (eng_dev.tsv and eng_test.tsv, BBC News, about 2022), through the shared
  fresh-batch rule ``_fresh_draw.draw_by_category`` with its constants only: rows of the
  ``sports`` and ``entertainment`` categories, one per url, in no labelled set (``taken_urls`` of
  every fresh-speaker batch, 1 to 12b, of ``masakhane_fresh_mentions.yml`` and
  ``fresh_mentions_round10.yml`` and both UK gold halves), not one of round 3's hand-judged eng_dev
  rows, with 6 to 20 double quotation marks, a reporting verb next to a capitalised word
  (``make_uk_gold._SPEECH``) and at most ``MAX_WORDS`` words (every mention is labelled by hand).
  ``random.Random(SEED)`` draws 3 rows per category; each category's rows are shuffled by
  ``random.Random(SPLIT_SEED)`` and dealt alternately into **18a** (development) and **18b**
  (held out: scored once before and once after the round's changes).
* AG News test split (2004 title + one-sentence description), through
  ``draw_wire_mentions.agnews_rows``: rows from 1,000 on (rows 0-999 are the unlabelled check
  sample), not in ``wire_mentions.yml``, of the Sports and World classes, description of at least
  12 words; ``random.Random(SEED)`` takes 15 of each class, dealt alternately into 18a and 18b.

The split is fixed by this script before any label or code change. Labels:
``benchmarks/data/names18_mentions.yml``, scored by ``bench_names18.py``.
"""
from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
from _uk_gold import FILES, find_corpus  # noqa: E402
from bench_fresh_mentions import ROUND3_ROWS  # noqa: E402
from make_uk_gold import _SPEECH  # noqa: E402
from _fresh_draw import draw_by_category, taken_urls  # noqa: E402
from draw_wire_mentions import CHECK_AGNEWS, agnews_rows  # noqa: E402

SEED, SPLIT_SEED = 1418, 8141
PER_CATEGORY = {"sports": 3, "entertainment": 3}
MAX_WORDS = 450
#: every fresh-speaker batch labelled before this set
EARLIER = ("1", "2", "3a", "3b", "4a", "4b", "6a", "6b", "12a", "12b")
AG_CLASSES = {"2": "Sports", "1": "World"}
AG_PER_CLASS = 15


def _wire_rows() -> set:
    doc = yaml.safe_load((ROOT / "benchmarks" / "data" / "wire_mentions.yml").read_text(encoding="utf-8"))
    return {int(d["id"][7:]) for d in doc["documents"] if d["id"].startswith("agnews-")}


def draw_masakhane(corpus=None):
    """{'18a': [row dicts], '18b': [row dicts]} of the MasakhaNEWS articles."""
    return draw_by_category(
        find_corpus(corpus), FILES,
        taken_urls(EARLIER, ("masakhane_fresh_mentions.yml", "fresh_mentions_round10.yml")),
        PER_CATEGORY, SEED, SPLIT_SEED, ("18a", "18b"),
        skip=lambda name, i, r: (name == "eng_dev.tsv" and i in ROUND3_ROWS) or len(r["text"].split()) > MAX_WORDS,
        speech=_SPEECH)


def draw_agnews(rows=None) -> list:
    """(part, class, 'agnews-NNNNN') of the 30 AG News items."""
    rows = agnews_rows() if rows is None else rows
    taken = _wire_rows()
    rng = random.Random(SEED)
    out = []
    for label, name in AG_CLASSES.items():
        cand = [r["row"] for r in rows if r["label"] == label and r["row"] >= CHECK_AGNEWS
                and r["row"] not in taken and len(r["description"].split()) >= 12]
        for k, row in enumerate(rng.sample(cand, AG_PER_CLASS)):
            out.append(("18a" if k % 2 == 0 else "18b", name, f"agnews-{row:05d}"))
    return out


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--text", action="store_true", help="print each text too")
    ap.add_argument("--corpus", default=None)
    a = ap.parse_args()
    for part, picked in draw_masakhane(a.corpus).items():
        for r in picked:
            print(part, r["source"], r["row"], r["category"], r["url"], len(r["text"].split()))
            if a.text:
                print(r["text"], "\n")
    rows = agnews_rows()
    for part, name, doc in draw_agnews(rows):
        r = rows[int(doc[7:])]
        print(part, name, doc, r["title"])
        if a.text:
            print(r["description"], "\n")
