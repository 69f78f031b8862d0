"""Draw batch 22 of the fresh-speaker labels (issue 13, round 16): prints the chosen rows.

Usage: python benchmarks/draw_fresh_batch22.py [--corpus DIR]

Rows of MasakhaNEWS English (eng_dev.tsv and eng_test.tsv, BBC News), one row per url, that are
in no existing labelled set: not a candidate of the UK gold draw (``make_uk_gold.eligible`` on a
politics row) and no url of ``tests/gold/uk_politics_*.yml``; no url of any batch of
``benchmarks/data/masakhane_fresh_speakers.yml`` drawn before it (``EARLIER``: 1 to 19b; batch 22
itself and later batches never change the draw), of ``benchmarks/data/masakhane_fresh_mentions.yml``
of ``benchmarks/data/fresh_mentions_round10.yml`` or of ``benchmarks/data/names18_mentions.yml``
(its MasakhaNEWS rows; added to the shared call's file list, the only change besides constants); not one of round 3's hand-judged eng_dev rows.
Like batches 3, 4 and 6 they hold 6 to 20 double quotation marks, a reporting verb next to a
capitalised word (``make_uk_gold._SPEECH``) and fewer than 1000 words. ``random.Random(SEED)``
draws ``PER_CATEGORY[c]`` rows, 4 from each category the corpus still has: sports,
entertainment, business, health and technology (20 rows; the pool left after the earlier
batches holds 55, 49, 77, 51 and 60 eligible rows of them; no politics: the politics rows outside
the UK gold draw's candidates were all taken by batch 15); each category's rows are shuffled by
``random.Random(SPLIT_SEED)`` and the draw, in category order, is dealt alternately into 22a
(developed on) and 22b (held out, scored once before and once after round 16's changes). The split is fixed by this script before any
prediction is looked at.
"""
from __future__ import annotations

import sys
from pathlib import Path


ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
from _uk_gold import FILES, find_corpus  # noqa: E402
from bench_fresh_mentions import ROUND3_ROWS  # noqa: E402
from make_uk_gold import _SPEECH, eligible  # noqa: E402
from _fresh_draw import draw_by_category, main, taken_urls  # noqa: E402

SEED, SPLIT_SEED = 22161, 6122
#: politics is exhausted by earlier batches and the UK gold draw's candidates, so none
PER_CATEGORY = {"sports": 4, "entertainment": 4, "business": 4, "health": 4, "technology": 4}
#: the fresh-speaker batches labelled before this one (later ones never change this draw)
EARLIER = ("1", "2", "3a", "3b", "4a", "4b", "6a", "6b", "12a", "12b", "15a", "15b", "19a", "19b")


def draw(corpus=None):
    """{'22a': [row dicts], '22b': [row dicts]} in a fixed order."""
    return draw_by_category(
        find_corpus(corpus), FILES, taken_urls(EARLIER, ("masakhane_fresh_mentions.yml", "fresh_mentions_round10.yml", "names18_mentions.yml")),
        PER_CATEGORY, SEED, SPLIT_SEED,
        ("22a", "22b"), skip=lambda name, i, r: (name == "eng_dev.tsv" and i in ROUND3_ROWS)
        or (r["category"] == "politics" and eligible(r)), speech=_SPEECH)


if __name__ == "__main__":
    main(draw, __doc__)
