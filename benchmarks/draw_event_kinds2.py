"""Draw the second event-kinds set (round 15): 160 new dated sentences, parts a2 and b2.

Usage: python benchmarks/draw_event_kinds2.py [--corpus DIR]

The rules of ``draw_event_kinds.py`` (same corpora, drawing functions and one or two sentences
per document) with new constants: seeds 1501/1502/1503, the L3S pages dealt as batch "e2", no
politics row (none is left; the other MasakhaNEWS categories give every row left), 30 Reuters
stories per group and 93 Reuters sentences, as L3S gives only 3 (its pages are used up), and
every document the first draw looked at (``draw_event_kinds.documents()``: its 96 Reuters
stories, its MasakhaNEWS rows and its L3S pages, whether or not a sentence of it was labelled)
taken out before drawing. Documents are dealt alternately into part **a2**
(development) and **b2** (held out), fixed here before any label or code change. Prints one
tab-separated line per sentence: part, corpus, doc id, sent_id, expression, sentence. The labels
are in ``benchmarks/data/event_kinds2.tsv`` (scored by ``bench_event_kinds.py --part a2|b2``).
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent))
from draw_event_kinds import documents, draw  # noqa: E402

SEED, SPLIT_SEED, SENTENCE_SEED = 1501, 1502, 1503
PARTS = ("a2", "b2")
#: L3S is used up: the drawing rule (one page per site, no site of an earlier batch) leaves 37 pages,
#: 35 of them in the first draw; the 2 new ones give 3 sentences. Reuters fills the rest of the 160.
QUOTA = {"reuters": 93, "masakhane": 64, "l3s": 3}
REUTERS_PER_GROUP = 30
#: every row the drawing rule leaves after the first draw (politics: none; the other categories
#: have fewer than 40 rows with 6-20 quotation marks left, business caps at the first draw's 40)
PER_CATEGORY = {"business": 40, "entertainment": 14, "health": 20, "politics": 0, "sports": 21, "technology": 24}


def draw2(corpus=None) -> pd.DataFrame:
    """The 160 new sentences: part, corpus, doc_id, sent_id, expression, sentence."""
    first = {d for _, d, _, _ in documents(corpus)}
    docs = documents(corpus, seed=SEED, split_seed=SPLIT_SEED, exclude=frozenset(first), l3s_name="e2",
                     per_category=PER_CATEGORY, reuters_per_group=REUTERS_PER_GROUP)
    assert not first & {d for _, d, _, _ in docs}
    return draw(corpus, docs, SENTENCE_SEED, PARTS, QUOTA)


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default=None, help="MasakhaNEWS English folder")
    d = draw2(ap.parse_args().corpus)
    for r in d.itertuples(index=False):
        print(r.part, r.corpus, r.doc_id, r.sent_id, r.expression, r.sentence, sep="\t")
