"""Top actors found by ``analysis.actor_mentions`` on Reuters-21578 (first 5,000 stories) and
AG News (test split, column ``description``): a quick look for false persons (common nouns and
places linked to a full name, organisations typed as persons).

Prints, per corpus, the 30 actors with most mentions (actor, type, mentions, documents, the
most frequent ways each is resolved) and the time taken. A corpus that is missing is reported
and skipped.

Usage::

    PYTHONPATH=$PWD python benchmarks/bench_actor_top.py [--top 30] [--out DIR]
"""
from __future__ import annotations

import argparse
import sys
import time
import warnings
from pathlib import Path

import pandas as pd

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

CORPORA = REPO.parent / "shared" / "corpora"
if not CORPORA.is_dir() and Path("/work/shared/corpora").is_dir():   # run from a git worktree
    CORPORA = Path("/work/shared/corpora")


def _reuters():
    from _reuters import load_reuters, require_reuters
    try:
        require_reuters()
    except FileNotFoundError as e:
        print(f"Reuters-21578 missing, skipped: {e}")
        return None
    df = load_reuters(limit=5000)
    df = df[df["text"].fillna("").str.strip() != ""]
    return df[["doc_id", "text"]].reset_index(drop=True)


def _agnews():
    p = CORPORA / "agnews_test" / "test.csv"
    if not p.exists():
        print(f"AG News missing ({p}), skipped")
        return None
    df = pd.read_csv(p)
    return pd.DataFrame({"doc_id": [f"ag{i}" for i in range(len(df))], "text": df["description"].astype(str)})


def main(argv=None):
    from analysis import actor_mentions
    ap = argparse.ArgumentParser()
    ap.add_argument("--top", type=int, default=30)
    ap.add_argument("--out", help="folder to write the full mention tables to (CSV)")
    a = ap.parse_args(argv)
    pd.set_option("display.width", 200)
    for name, load in (("reuters_5k", _reuters), ("agnews_test", _agnews)):
        corpus = load()
        if corpus is None:
            continue
        t = time.perf_counter()
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            m = actor_mentions(corpus)
        dt = time.perf_counter() - t
        print(f"\n== {name}: {len(corpus)} documents, {len(m)} mentions, {dt:.1f} s "
              f"({len(corpus) / dt:.0f} docs/s)")
        top = (m.groupby(["actor", "actor_type"])
               .agg(mentions=("doc_id", "size"), documents=("doc_id", "nunique"),
                    resolution=("resolution", lambda s: ",".join(f"{k}:{v}" for k, v in s.value_counts().items())))
               .reset_index().sort_values(["mentions", "actor"], ascending=[False, True]).head(a.top))
        print(top.to_string(index=False))
        if a.out:
            Path(a.out).mkdir(parents=True, exist_ok=True)
            m.to_csv(Path(a.out) / f"{name}_mentions.csv", index=False)


if __name__ == "__main__":
    main()
