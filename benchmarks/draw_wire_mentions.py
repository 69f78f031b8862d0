"""Draw the wire-copy mentions set (issue 13, round 13): 16 Reuters-21578 stories and 40 AG News items.

Usage: python benchmarks/draw_wire_mentions.py [--text]

Reuters-21578 (``benchmarks/_reuters.load_reuters``; 1987 newswire): candidates are stories of
150-500 words that are not among the first 2,000 stories (the unlabelled check sample of earlier
rounds and of this one), not in a labelled set that reads Reuters
(``benchmarks/data/fresh_mentions_round10.yml``, ``benchmarks/data/reuters_speakers.yml``) and whose
title was not seen before (repeated wire items). Each is put in one topic group, first match wins:

* ``trade``: Reuters topic label ``trade``;
* ``company``: label ``acq`` (mergers and acquisitions: companies and their officers);
* ``commodity``: a commodity label (``COMMODITIES``: grain, crude, coffee, sugar, gold ...);
* ``politics``: no label of the three groups above, and at least 3 occurrences of political words
  (``POLITICS``: government, minister, president, parliament, election ...).

``random.Random(SEED)`` takes 4 stories of each group (16). AG News test split
(``agnews_test/test.csv``; 2004 title + one-sentence description): candidates are the rows from
row 1,000 on (the first 1,000 are this round's unlabelled check sample) whose description has at
least 12 words; ``random.Random(SEED)`` takes 10 of each of the 4 classes (World, Sports,
Business, Sci/Tech). Within each group the drawn items are dealt alternately into part **a**
(development) and part **b** (held out: scored once before and once after the round's changes).
The split is fixed here, before any label or code change. Labels:
``benchmarks/data/wire_mentions.yml``, scored by ``bench_wire_mentions.py``. ``--text`` prints each
text for labelling (the description of an AG News item; its title is not labelled).
"""
from __future__ import annotations

import argparse
import csv
import random
import re
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from _reuters import load_reuters  # noqa: E402

SEED = 1313
CHECK_REUTERS, CHECK_AGNEWS = 2000, 1000
AGNEWS = HERE.parents[0].parent / "shared" / "corpora" / "agnews_test" / "test.csv"
COMMODITIES = {"grain", "wheat", "corn", "crude", "coffee", "sugar", "cocoa", "gold", "silver", "copper",
               "oilseed", "soybean", "veg-oil", "livestock", "cotton", "rubber", "tin", "nat-gas", "ship",
               "palm-oil", "barley", "rice", "zinc", "alum", "iron-steel", "lead", "strategic-metal"}
POLITICS = ("government", "minister", "ministers", "president", "parliament", "election", "elections",
            "party", "opposition", "congress", "senate", "senator", "cabinet", "prime", "vote", "talks")
AG_CLASSES = {"1": "World", "2": "Sports", "3": "Business", "4": "Sci/Tech"}


def _labelled_ids() -> set[str]:
    out = set()
    for name in ("fresh_mentions_round10.yml", "reuters_speakers.yml"):
        doc = yaml.safe_load((HERE / "data" / name).read_text(encoding="utf-8"))
        docs = doc["documents"] if isinstance(doc, dict) else doc
        out |= {d["id"] for d in docs if str(d.get("id", "")).startswith("reuters-")}
    return out


def _group(topics, text) -> str | None:
    if "trade" in topics:
        return "trade"
    if "acq" in topics:
        return "company"
    if COMMODITIES & set(topics):
        return "commodity"
    words = re.findall(r"[a-z]+", text.lower())
    if sum(w in POLITICS for w in words) >= 3:
        return "politics"
    return None


def reuters_candidates(df) -> dict[str, list[str]]:
    taken, titles = _labelled_ids(), set()
    groups: dict[str, list[str]] = {"trade": [], "company": [], "commodity": [], "politics": []}
    for i, r in enumerate(df.itertuples(index=False)):
        if i < CHECK_REUTERS or r.doc_id in taken or not r.text:
            continue
        if not 150 <= len(r.text.split()) <= 500 or r.title in titles:
            continue
        titles.add(r.title)
        g = _group(r.topics, r.text)
        if g:
            groups[g].append(r.doc_id)
    return groups


def agnews_rows(path=AGNEWS) -> list[dict]:
    if not path.is_file():
        raise FileNotFoundError(f"AG News test split not found at {path}")
    with open(path, encoding="utf-8", newline="") as fh:
        return [dict(r, row=i) for i, r in enumerate(csv.DictReader(fh))]


def draw(df=None, rows=None) -> list[tuple[str, str, str]]:
    """(part, group, doc id) of the 56 drawn texts; Reuters ids 'reuters-NNNNN', AG News 'agnews-NNNNN' (row)."""
    df = load_reuters() if df is None else df
    rows = agnews_rows() if rows is None else rows
    rng = random.Random(SEED)
    out = []
    for g, ids in reuters_candidates(df).items():
        for k, doc in enumerate(rng.sample(ids, 4)):
            out.append(("a" if k % 2 == 0 else "b", g, doc))
    for label, name in AG_CLASSES.items():
        cand = [r["row"] for r in rows if r["label"] == label and r["row"] >= CHECK_AGNEWS
                and len(r["description"].split()) >= 12]
        for k, row in enumerate(rng.sample(cand, 10)):
            out.append(("a" if k % 2 == 0 else "b", name, f"agnews-{row:05d}"))
    return out


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--text", action="store_true", help="print each text too")
    a = ap.parse_args()
    df = load_reuters()
    rows = agnews_rows()
    by_id = df.set_index("doc_id")
    for part, g, doc in draw(df, rows):
        if doc.startswith("reuters-"):
            title, text = by_id.loc[doc, "title"], by_id.loc[doc, "text"]
        else:
            r = rows[int(doc[7:])]
            title, text = r["title"], r["description"]
        print(part, g, doc, title)
        if a.text:
            print(text, "\n")
