"""Rows of tables and lists of figures in news text: what the cleaner labels ``table`` (round 12).

Reads Reuters-21578 (the first ``--reuters`` stories, default 3,000; raw text as
``benchmarks/_reuters.py`` gives it, title column = TITLE), MasakhaNEWS English (eng_test.tsv)
and AG News (title, blank line, description) from ../shared/corpora (each one missing is
reported and skipped) and cleans every document twice in one process: with
``keep_tables=True`` (the text as before this round: the rows stay) and with the default
(rows labelled ``table`` and left out). It prints, per corpus:

* documents, lines labelled table (by reason), their characters, documents with such lines,
  documents that are only a table (clean text emptied), short items kept although they read
  like a table row, documents whose clean text is empty;
* with ``--examples N``: N table lines drawn at random (seed 0), to read;
* with ``--mentions``: state mentions (``analysis.actor_mentions``) before -> after, and the
  states that lost mentions;
* with ``--keyness``: for Reuters, the 15 top terms of ``keyness`` of the topic groups earn and
  acq against the rest, before -> after.

    PYTHONPATH=$PWD nice -n 10 python benchmarks/bench_tables.py [--reuters N] [--examples N]
        [--mentions] [--keyness] [--only NAME]
"""
from __future__ import annotations

import argparse
import random
import sys
from collections import Counter
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _reuters import load_reuters  # noqa: E402
from bench_cleaning_long_lines import corpora  # noqa: E402

from analysis.clean.cleaning import TABLE_ONLY_REASON, classify_document  # noqa: E402


def _corpora(n_reuters: int) -> dict:
    out = {}
    try:
        df = load_reuters(limit=n_reuters)
        out["Reuters"] = pd.DataFrame({
            "doc_id": df["doc_id"], "raw": df["text"],
            "title": [t if isinstance(t, str) else None for t in df["title"]],
            "topics": df["topics"]})
    except FileNotFoundError as exc:
        print(f"missing: {exc} (skipped)")
    for name, docs in corpora().items():
        if name.startswith("10kGNAD"):
            continue
        out[name] = pd.DataFrame({"doc_id": [f"{name[:3]}-{k}" for k in range(len(docs))],
                                  "raw": [r for r, _ in docs], "title": [t for _, t in docs]})
    return out


def run(name: str, df: pd.DataFrame, args) -> None:
    before_text, after_text = [], []
    reasons = Counter()
    table_lines = []
    chars = docs_with = only_table = short_kept = empty_before = empty_after = 0
    for raw, title in zip(df["raw"], df["title"]):
        title = title if isinstance(title, str) else None
        b = classify_document(raw, title=title, keep_tables=True)
        a = classify_document(raw, title=title)
        before_text.append(b.text)
        after_text.append(a.text)
        rows = [(line, why) for line, lab, why in zip(a.lines, a.labels, a.reasons) if lab == "table"]
        for line, why in rows:
            reasons[why] += 1
            chars += len(line.strip())
            table_lines.append(line.strip())
        docs_with += bool(rows)
        only_table += any(r.endswith(TABLE_ONLY_REASON) for r in a.reasons)
        short_kept += any(r.startswith("story text (a short item: kept, although it reads like a ")
                          and ("list of figures" in r or "table row" in r) for r in a.reasons)
        empty_before += not b.text.strip()
        empty_after += not a.text.strip()
    n_chars = sum(len(t) for t in before_text)
    print(f"\n== {name}: {len(df):,} documents")
    print(f"lines labelled table: {sum(reasons.values()):,} in {docs_with:,} documents; "
          f"{chars:,} characters ({chars / max(n_chars, 1):.2%} of the clean text before)")
    for why, k in reasons.most_common():
        print(f"  {k:6,}  {why}")
    print(f"documents that are only a table (clean text emptied, named by load_corpus): {only_table:,}; "
          f"short items kept although they read like a table row: {short_kept:,}; "
          f"empty clean text: {empty_before:,} -> {empty_after:,}")
    if args.examples and table_lines:
        rng = random.Random(0)
        print(f"-- {min(args.examples, len(table_lines))} table lines at random:")
        for line in rng.sample(table_lines, min(args.examples, len(table_lines))):
            print("   ", line[:150])
    if args.mentions:
        from analysis import actor_mentions

        counts = {}
        for side, texts in (("before", before_text), ("after", after_text)):
            m = actor_mentions(pd.DataFrame({"doc_id": df["doc_id"], "text": texts}))
            counts[side] = Counter(m.loc[m["actor_type"] == "state", "actor"])
        lost = counts["before"] - counts["after"]
        gained = counts["after"] - counts["before"]
        print(f"state mentions: {sum(counts['before'].values()):,} -> {sum(counts['after'].values()):,}; "
              f"lost {sum(lost.values()):,}: {', '.join(f'{a} {k}' for a, k in lost.most_common(15))}"
              + (f"; gained {sum(gained.values())}: {dict(gained.most_common(5))}" if gained else ""))
    if args.keyness and "topics" in df.columns:
        from analysis.keywords import keyness

        for topic in ("earn", "acq"):
            group = df["topics"].map(lambda ts, t=topic: t if t in ts else "other")
            for side, texts in (("before", before_text), ("after", after_text)):
                c = pd.DataFrame({"doc_id": df["doc_id"], "text": texts, "group": group})
                k = keyness(c, "group", topic)
                top = k[k["direction"] == "target"].head(15)["term"].tolist()
                print(f"keyness {topic} vs other, {side}: {', '.join(top)}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--reuters", type=int, default=3000)
    ap.add_argument("--examples", type=int, default=0)
    ap.add_argument("--mentions", action="store_true")
    ap.add_argument("--keyness", action="store_true")
    ap.add_argument("--only", default=None, help="one corpus: Reuters, MasakhaNEWS en or AG News")
    args = ap.parse_args()
    for name, df in _corpora(args.reuters).items():
        if args.only and name != args.only:
            continue
        run(name, df, args)


if __name__ == "__main__":
    main()
