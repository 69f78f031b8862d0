"""Cleaning on short items (headline + teaser, headline only): what the line classifier removes.

Reads AG News (title + description, 7,600 items) and ABC headlines (49,999 one-line items)
from ../shared/corpora (reported and skipped when missing) and prints, per corpus and shape:
documents whose clean text ends empty, and how many lines each removal reason takes (with
examples), so a rule that eats real headlines shows up.

Shapes, as a researcher's export arrives:
  headline+teaser  raw text = title, blank line, description (the headline repeated in the text)
  teaser, title column  raw text = description, title given as metadata
  headline only    raw text = the headline

    PYTHONPATH=$PWD nice -n 10 python benchmarks/bench_cleaning_short.py [--examples N]
"""
from __future__ import annotations

import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

import pandas as pd

from analysis.clean.cleaning import classify_document

ROOT = Path(__file__).resolve().parents[1]
CORPORA = ROOT.parent / "shared" / "corpora"
if not CORPORA.exists():
    CORPORA = Path("/work/shared/corpora")


def _classify(raw, title):
    try:
        return classify_document(raw, title=title)
    except TypeError:  # before classify_document took the title
        return classify_document(raw)


def run(name, docs, n_examples):
    t0 = time.perf_counter()
    empty = 0
    by_reason = Counter()
    examples = defaultdict(list)
    for raw, title in docs:
        c = _classify(raw, title)
        if not c.text.strip():
            empty += 1
        for line, label, reason in zip(c.lines, c.labels, c.reasons):
            if reason.startswith("story text (a short item"):
                key = "kept: " + reason
                by_reason[key] += 1
                if len(examples[key]) < n_examples:
                    examples[key].append(line.strip()[:90])
            if label != "body":
                key = f"{label}: {reason}"
                by_reason[key] += 1
                if len(examples[key]) < n_examples:
                    examples[key].append(line.strip()[:90])
    secs = time.perf_counter() - t0
    print(f"\n== {name}: {len(docs)} documents, {empty} end empty ({100 * empty / len(docs):.2f} %), "
          f"{secs:.1f} s")
    for key, k in by_reason.most_common():
        print(f"  {k:6d}  {key}")
        for ex in examples[key]:
            print(f"            e.g. {ex!r}")


def main():
    n_examples = int(sys.argv[sys.argv.index("--examples") + 1]) if "--examples" in sys.argv else 3
    ag = CORPORA / "agnews_test" / "test.csv"
    if ag.exists():
        df = pd.read_csv(ag, dtype=str, keep_default_na=False)
        desc = df["description"].str.replace("\\", " ", regex=False)
        run("AG News, headline+teaser", [(t + "\n\n" + d, None) for t, d in zip(df["title"], desc)], n_examples)
        run("AG News, headline+teaser with the title column", [(t + "\n\n" + d, t) for t, d in zip(df["title"], desc)], n_examples)
        run("AG News, teaser with the title column", [(d, t) for t, d in zip(df["title"], desc)], n_examples)
    else:
        print(f"missing: {ag} (skipped)")
    abc = CORPORA / "abc_headlines_2003" / "abcnews-date-text.first50k.csv"
    if abc.exists():
        df = pd.read_csv(abc, dtype=str, keep_default_na=False)
        run("ABC headlines, headline only", [(t, None) for t in df["headline_text"]], n_examples)
    else:
        print(f"missing: {abc} (skipped)")


if __name__ == "__main__":
    main()
