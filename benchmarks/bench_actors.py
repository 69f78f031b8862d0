"""Speed of actor mentions and quote extraction on Reuters-21578, and accuracy on the gold sets.

Prints:
- throughput of ``analysis.actor_mentions`` and ``analysis.extract_quotes`` on Reuters-21578
  (documents/s and MB/s of body text by wall clock, and documents per CPU-second of this
  process - the per-core figure, fair on a shared machine), plus peak Python memory (tracemalloc) on a
  2,000-document slice and the process's peak resident memory;
- precision/recall of actor mentions (alias resolution) on ``tests/gold/actors_gold.yml``;
- precision/recall of quote extraction and speaker attribution on
  ``tests/gold/quotes_gold.yml`` when that gold set exists.

Reuters is financial wire copy from 1987: most of its people and companies are not in the
project's dictionary, so the run exercises the general rules (capitalized-name detection,
titles, capitals) at scale; the counts of mentions found are printed for orientation, not as
an accuracy figure.

Usage::

    python benchmarks/bench_actors.py            # whole corpus
    python benchmarks/bench_actors.py --limit 5000
"""
from __future__ import annotations

import argparse
import resource
import sys
import time
import tracemalloc
import warnings
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

CORPORA = Path(__file__).resolve().parents[1].parent / "shared" / "corpora"
if not CORPORA.is_dir() and Path("/work/shared/corpora").is_dir():   # run from a git worktree
    CORPORA = Path("/work/shared/corpora")
ACTOR_GOLD = REPO / "tests" / "gold" / "actors_gold.yml"
QUOTE_GOLD = REPO / "tests" / "gold" / "quotes_gold.yml"


def _timed(fn, corpus):
    """(output, wall seconds, CPU seconds of this process). On a shared machine the CPU time
    is the fair measure of throughput per core: documents / CPU second."""
    t0, c0 = time.perf_counter(), time.process_time()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        out = fn(corpus)
    return out, time.perf_counter() - t0, time.process_time() - c0


def _peak_python_mb(fn, corpus):
    tracemalloc.start()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        fn(corpus)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak / 2**20


def throughput(limit=None):
    if not (CORPORA / "reuters21578").is_dir():
        sys.exit(f"Reuters-21578 not found at {CORPORA / 'reuters21578'}: "
                 "put the corpus there (see benchmarks/_reuters.py) to run the throughput part")
    import _reuters
    from _reuters import load_reuters

    _reuters.REUTERS_DIR = CORPORA / "reuters21578"

    import analysis

    corpus = load_reuters(limit=limit)
    corpus = corpus[corpus["text"].str.len() > 0].reset_index(drop=True)
    mb = corpus["text"].str.len().sum() / 1e6     # characters ~ bytes (ASCII wire text)
    n = len(corpus)
    print(f"Reuters-21578: {n:,} documents with a body, {mb:.1f} MB of text")
    mentions, t_m, c_m = _timed(analysis.actor_mentions, corpus)
    print(f"actor_mentions : {t_m:7.1f} s  {n / t_m:8.0f} docs/s  {mb / t_m:6.2f} MB/s  "
          f"{n / c_m:8.0f} docs per CPU-second  "
          f"({len(mentions):,} mentions, {mentions['actor'].nunique():,} actors, "
          f"{(~mentions['in_dictionary']).mean():.0%} not in the dictionary)")
    quotes, t_q, c_q = _timed(analysis.extract_quotes, corpus)
    print(f"extract_quotes : {t_q:7.1f} s  {n / t_q:8.0f} docs/s  {mb / t_q:6.2f} MB/s  "
          f"{n / c_q:8.0f} docs per CPU-second  "
          f"({len(quotes):,} quotations, {quotes['speaker'].notna().mean():.0%} with a speaker)")
    top = mentions["actor"].value_counts().head(8)
    print("most mentioned:", ", ".join(f"{a} ({c})" for a, c in top.items()))
    sub = corpus.head(2000)
    print(f"peak Python memory on {len(sub):,} documents (tracemalloc): "
          f"actor_mentions {_peak_python_mb(analysis.actor_mentions, sub):.1f} MB, "
          f"extract_quotes {_peak_python_mb(analysis.extract_quotes, sub):.1f} MB")
    print(f"peak resident memory of this process: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


def actor_gold():
    from analysis.actors.mentions import actor_mentions, load_mention_gold, mention_scores

    corpus, gold = load_mention_gold(ACTOR_GOLD)
    pred = actor_mentions(corpus)
    held = corpus["doc_id"].str.startswith("heldout")
    for label, ids in [("development", corpus.loc[~held, "doc_id"]), ("held-out", corpus.loc[held, "doc_id"]),
                       ("all", corpus["doc_id"])]:
        s = mention_scores(pred[pred["doc_id"].isin(ids)], gold[gold["doc_id"].isin(ids)])
        print(f"actor gold set, {label:11s} ({len(ids)} passages, {s['n_gold']} mentions): "
              f"precision {s['precision']:.3f}  recall {s['recall']:.3f}  F1 {s['f1']:.3f}")


def quote_gold():
    if not QUOTE_GOLD.is_file():
        print("quote gold set: tests/gold/quotes_gold.yml not found, skipped")
        return
    from bench_quotes_gold import run

    s = run()
    print(f"quote gold set ({s['n_passages']} passages, {s['n_gold']} quotations): "
          f"extraction precision {s['quote_precision']:.3f} recall {s['quote_recall']:.3f}; "
          f"speaker attribution precision {s['speaker_precision']:.3f} recall {s['speaker_recall']:.3f}")


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=None, help="read only the first N Reuters documents")
    args = ap.parse_args()
    actor_gold()
    quote_gold()
    throughput(args.limit)
