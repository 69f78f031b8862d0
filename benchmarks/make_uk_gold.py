"""Choose the articles of the UK-politics gold set (tests/gold/uk_politics_{dev,test}.yml).

The articles come from MasakhaNEWS English (BBC News, about 2022), the corpus folder
``../shared/corpora/masakhanews_en`` (eng_dev.tsv and eng_test.tsv; columns category,
headline, text, url; ``--corpus PATH`` or ``$UK_GOLD_CORPUS`` point elsewhere, see
benchmarks/_uk_gold.py). BBC copyright text: for internal testing only, not for
redistribution (see SOURCE.txt there and docs/uk-gold.md); the gold files store no text.

Selection (reproducible, no judgement involved):

1. rows labelled ``politics`` in eng_dev.tsv then eng_test.tsv (row = 0-based data row of the
   file, header not counted), one row per url;
2. 180 to 650 words (long enough to hold several quotations, short enough to annotate
   exhaustively by hand), at least 4 straight or curly double quotation marks (two quotations
   or more) and a reporting verb (said/says/told) next to a capitalised word, so that the
   article quotes named people;
3. from the candidates whose url is not a /news/uk-... story (world, business, explainers:
   "world/UK news" labelled politics) 4 are drawn, and 28 from the /news/uk-... stories, with
   ``random.Random(SEED)``;
4. the 32 are split into two halves of 16 with ``random.Random(SPLIT_SEED)``, 2 of the 4
   non-/news/uk stories in each half: ``dev`` (used while changing the code) and ``test``
   (measured only at the end).

Usage::

    python benchmarks/make_uk_gold.py [--corpus PATH]   # print the selection and the split
"""
from __future__ import annotations

import argparse
import csv
import random
import re
import sys

from _uk_gold import FILES, GoldCorpusError, find_corpus

SEED = 13
SPLIT_SEED = 1313
N_UK, N_OTHER = 28, 4
MIN_WORDS, MAX_WORDS, MIN_MARKS = 180, 650, 4
_SPEECH = re.compile(r"[A-Z][\w'-]+ (?:said|says|told)\b|\b(?:said|says|told) (?:Mr|Ms|Mrs|Sir|Dr|[A-Z][a-z]+ [A-Z])")


def read_rows(corpus=None):
    """Every politics row as a dict with source file, row number, headline, text, url."""
    corpus = find_corpus(corpus)
    seen, out = set(), []
    for name in FILES:
        with open(corpus / name, encoding="utf-8", newline="") as f:
            for i, r in enumerate(csv.DictReader(f, delimiter="\t")):
                if r["category"] != "politics" or r["url"] in seen:
                    continue
                seen.add(r["url"])
                out.append({"source": name, "row": i, "url": r["url"], "headline": r["headline"],
                            "text": r["text"]})
    return out


def eligible(r) -> bool:
    n = len(r["text"].split())
    marks = sum(r["text"].count(c) for c in '"\u201c\u201d')
    return MIN_WORDS <= n <= MAX_WORDS and marks >= MIN_MARKS and bool(_SPEECH.search(r["text"]))


def select(corpus=None):
    """(dev, test): two lists of 16 row dicts, in a fixed order."""
    cand = [r for r in read_rows(corpus) if eligible(r)]
    uk = [r for r in cand if r["url"].startswith("/news/uk")]
    other = [r for r in cand if not r["url"].startswith("/news/uk")]
    rng = random.Random(SEED)
    uk_pick, other_pick = rng.sample(uk, N_UK), rng.sample(other, N_OTHER)
    split = random.Random(SPLIT_SEED)
    split.shuffle(uk_pick)
    split.shuffle(other_pick)
    dev = other_pick[:2] + uk_pick[:14]
    test = other_pick[2:] + uk_pick[14:]
    return dev, test


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", help="MasakhaNEWS English folder (default: see benchmarks/_uk_gold.py)")
    args = ap.parse_args()
    try:
        rows = read_rows(args.corpus)
    except GoldCorpusError as e:
        sys.exit(str(e))
    cand = [r for r in rows if eligible(r)]
    print(f"{len(rows)} politics rows, {len(cand)} eligible "
          f"({sum(not r['url'].startswith('/news/uk') for r in cand)} not /news/uk)")
    dev, test = select(args.corpus)
    for half, rows in (("dev", dev), ("test", test)):
        for k, r in enumerate(rows):
            print(f"{half}\tuk_{half}_{k:02d}\t{r['source']}\t{r['row']}\t{r['url']}\t{len(r['text'].split())} words")
