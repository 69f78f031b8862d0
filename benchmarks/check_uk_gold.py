"""Validate the UK-politics gold set.

Always: the stored files hold annotations only and are well formed (required fields, no text
fields, offsets ordered and not overlapping, quote parts, short source phrases; see
``_uk_gold.structure_problems``). With the corpus (the default): each article's text and title
are restored from the MasakhaNEWS English row they name and match their SHA-256, every
mention's surface form is the text at its offsets, every quote lies between quotation marks
and starts with its ``first_words``.

Usage: python benchmarks/check_uk_gold.py [dev|test|both] [--corpus DIR] [--no-corpus]
(exit status 1 on any problem, or when the corpus is missing and --no-corpus is not given)
"""
from __future__ import annotations

import argparse
import sys

from _uk_gold import (HALVES, GoldCorpusError, read_annotations, read_corpus, restore,
                      structure_problems, text_problems)


def check(half, rows):
    data = read_annotations(half)
    problems = structure_problems(data, half)
    if rows is not None and not problems:
        try:
            problems = text_problems(restore(data, rows)["documents"])
        except GoldCorpusError as e:
            problems = [str(e)]
    docs = data["documents"]
    print(f"{half}: {len(docs)} documents, {sum(len(d.get('quotes', [])) for d in docs)} quotes, "
          f"{sum(len(d.get('mentions', [])) for d in docs)} mentions, {len(problems)} problems"
          + ("" if rows is not None else " (structure only: texts not restored)"))
    for p in problems:
        print("  ", p)
    return not problems


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("half", nargs="?", choices=["dev", "test", "both"], default="both")
    ap.add_argument("--corpus", metavar="DIR", help="MasakhaNEWS English folder (default: "
                    "$UK_GOLD_CORPUS, else ../shared/corpora/masakhanews_en)")
    ap.add_argument("--no-corpus", action="store_true", help="check the stored annotations only")
    args = ap.parse_args()
    rows = None
    if not args.no_corpus:
        try:
            rows = read_corpus(args.corpus)
        except GoldCorpusError as e:
            sys.exit(f"check_uk_gold: {e}\n(use --no-corpus to check the stored annotations only)")
    halves = HALVES if args.half == "both" else [args.half]
    ok = all([check(h, rows) for h in halves])
    sys.exit(0 if ok else 1)
