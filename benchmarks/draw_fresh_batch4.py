"""Draw batch 4 of the fresh-speaker labels (issue 13, round 10): prints the chosen rows.

Usage: python benchmarks/draw_fresh_batch4.py [--corpus DIR]

Rows of MasakhaNEWS English (eng_dev.tsv and eng_test.tsv), one row per url, that are in no
existing labelled set: not a candidate of the UK gold draw (``make_uk_gold.eligible`` on a
politics row) and no url of ``tests/gold/uk_politics_*.yml``; no url of any batch of
``benchmarks/data/masakhane_fresh_speakers.yml`` drawn before it (``EARLIER``: 1, 2, 3a, 3b;
batch 4 itself and later batches never change the draw: until round 11 every other batch was
excluded, so batch 6 changed what this script printed) nor of
``benchmarks/data/masakhane_fresh_mentions.yml``; not one of round 3's hand-judged eng_dev rows.
Like batch 3 they hold 6 to 20 double quotation marks, a reporting verb next to a capitalised
word (``make_uk_gold._SPEECH``) and fewer than 1000 words. ``random.Random(SEED)`` draws
``PER_CATEGORY[c]`` rows from each of six categories (16 rows); each category's rows are
shuffled by ``random.Random(SPLIT_SEED)`` and the draw, in category order, is dealt
alternately into 4a (developed on) and 4b (held out, scored once at the end of round 10).
The split is fixed by this script before any prediction is looked at.
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

SEED, SPLIT_SEED = 4104, 1044
PER_CATEGORY = {"politics": 3, "business": 3, "health": 3, "sports": 3, "entertainment": 2,
                "technology": 2}
#: the fresh-speaker batches labelled before this one (later ones never change this draw)
EARLIER = ("1", "2", "3a", "3b")


def draw(corpus=None):
    """{'4a': [row dicts], '4b': [row dicts]} in a fixed order."""
    return draw_by_category(
        find_corpus(corpus), FILES, taken_urls(EARLIER, ("masakhane_fresh_mentions.yml",)),
        PER_CATEGORY, SEED, SPLIT_SEED,
        ("4a", "4b"), skip=lambda name, i, r: (name == "eng_dev.tsv" and i in ROUND3_ROWS)
        or (r["category"] == "politics" and eligible(r)), speech=_SPEECH)


if __name__ == "__main__":
    main(draw, __doc__)
