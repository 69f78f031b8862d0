"""Benchmark: loading + cleaning speed, and text_reuse speed and accuracy, on Reuters-21578.

Prints its figures; asserts nothing about time. Run:

    .venv/bin/python benchmarks/bench_corpus.py            # everything
    .venv/bin/python benchmarks/bench_corpus.py --skip-load
    .venv/bin/python benchmarks/bench_corpus.py --n-docs 5000 --planted 300

1. Load + clean. Reuters-21578 (../shared/corpora/reuters21578, SGML) is converted to JSONL
   and CSV under benchmarks/_data/ (git-ignored), then ``analysis.load_corpus`` reads each
   file: MB/s of raw text, documents/s and peak memory (the process' max RSS); times are CPU seconds
   (the machine is shared) with wall time alongside.
2. Text reuse. ``analysis.text_reuse`` runs on 20,000 documents: real Reuters stories plus
   planted derivatives of some of them (verbatim copies; near copies with a few edits;
   rewrites made by sentence reordering, word dropping, synonym swaps and split/merged
   sentences). Recall per kind on the planted pairs; false positives on all other pairs
   (Reuters itself contains real duplicates and updated stories, which are listed apart).
"""
from __future__ import annotations

import argparse
import random
import re
import resource
import sys
import time
import warnings
from functools import lru_cache
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import analysis  # noqa: E402
from _reuters import load_reuters, require_reuters, write_reuters  # noqa: E402

DATA = ROOT / "benchmarks" / "_data"

# synonym swaps of the kind a rewriting desk makes (both directions are used)
SYNONYMS = {
    "said": "stated", "says": "states", "rose": "increased", "fell": "dropped", "increase": "rise",
    "company": "firm", "companies": "firms", "bought": "acquired", "buy": "acquire", "sell": "dispose of",
    "sold": "disposed of", "shares": "stock", "profit": "earnings", "expected": "forecast",
    "plans": "intends", "plan": "scheme", "agreed": "consented", "government": "administration",
    "officials": "authorities", "big": "large", "large": "sizeable", "major": "leading",
    "announced": "disclosed", "told": "informed", "reporters": "journalists", "help": "assist",
    "start": "begin", "began": "started", "begin": "commence", "about": "roughly", "near": "close to",
    "cut": "reduce", "cuts": "reductions", "higher": "greater", "lower": "reduced", "talks": "negotiations",
    "meeting": "session", "week": "seven days", "month": "four weeks", "also": "in addition",
    "but": "however", "because": "since", "after": "following", "before": "ahead of", "total": "overall",
    "mln": "million", "billion": "bln", "dlrs": "dollars", "pct": "percent", "year": "twelve months",
    "market": "marketplace", "prices": "rates", "price": "rate", "demand": "appetite",
}


@lru_cache(maxsize=None)
def reuters(limit: int | None = None) -> pd.DataFrame:
    """Reuters-21578 parsed once per run (callers must not modify the frame)."""
    return load_reuters(limit)


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# --------------------------------------------------------------------------- planted derivatives

def _sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+(?=[A-Z\"])", " ".join(text.split())) if s]


def near_copy(text: str, rng: random.Random) -> str:
    """A near copy: one sentence dropped, a handful of words changed, a sentence added."""
    sents = _sentences(text)
    if len(sents) > 3:
        del sents[rng.randrange(1, len(sents))]
    words = " ".join(sents).split()
    for _ in range(max(1, len(words) // 40)):
        k = rng.randrange(len(words))
        words[k] = SYNONYMS.get(words[k].lower(), words[k])
    return " ".join(words) + " Further details were not immediately available."


def rewrite(text: str, rng: random.Random) -> str:
    """A paraphrase-like rewrite: synonyms, dropped words, split/merged and reordered sentences."""
    out = []
    for s in _sentences(text):
        words = s.split()
        new = []
        for w in words:
            core = w.strip(",;:.").lower()
            if core in SYNONYMS and rng.random() < 0.7:
                w = w.replace(w.strip(",;:."), SYNONYMS[core])
            elif len(core) <= 3 and rng.random() < 0.25:  # drop small words
                continue
            elif rng.random() < 0.08:  # drop any word
                continue
            new.append(w)
        s = " ".join(new)
        # split long sentences at a comma
        if len(new) > 22 and ", " in s and rng.random() < 0.5:
            head, tail = s.split(", ", 1)
            s = head.rstrip(",") + ". " + tail[:1].upper() + tail[1:]
        out.append(s)
    # merge some adjacent sentences
    merged = []
    for s in out:
        if merged and rng.random() < 0.25:
            merged[-1] = merged[-1].rstrip(".") + ", and " + s[:1].lower() + s[1:]
        else:
            merged.append(s)
    # reorder: swap a couple of adjacent sentences
    for _ in range(max(1, len(merged) // 6)):
        if len(merged) > 2:
            k = rng.randrange(len(merged) - 1)
            merged[k], merged[k + 1] = merged[k + 1], merged[k]
    return "\n\n".join(merged)


def planted_corpus(n_docs: int, n_planted: int, seed: int = 0):
    """Reuters stories plus ``n_planted`` derivatives of each kind: (corpus, truth)."""
    rng = random.Random(seed)
    stories = reuters()
    stories = stories[stories["text"].str.len() > 0].reset_index(drop=True)
    n_real = n_docs - 3 * n_planted
    base = stories.iloc[:n_real][["doc_id", "text", "published"]].copy()
    n_words = base["text"].str.split().str.len()
    eligible = base.loc[n_words >= 80, "doc_id"].tolist()
    sources = rng.sample(eligible, 3 * n_planted)
    texts = dict(zip(base["doc_id"], base["text"]))
    rows, truth = [], []
    for k, src in enumerate(sources):
        kind = ["copy", "near", "rewrite"][k % 3]
        text = texts[src]
        new = text if kind == "copy" else near_copy(text, rng) if kind == "near" else rewrite(text, rng)
        pid = f"planted-{kind}-{k:05d}"
        rows.append({"doc_id": pid, "text": new, "published": pd.NaT})
        truth.append({"source": src, "planted": pid, "kind": kind})
    corpus = pd.concat([base, pd.DataFrame(rows)], ignore_index=True)
    return corpus, pd.DataFrame(truth)


# --------------------------------------------------------------------------- benchmarks

def bench_load(limit: int | None) -> None:
    print("== load_corpus + cleaning on Reuters-21578 ==")
    DATA.mkdir(parents=True, exist_ok=True)
    for fmt in ["jsonl", "csv"]:
        path = DATA / f"reuters21578.{fmt}"
        write_reuters(path, fmt=fmt, df=reuters(limit))
        rss0 = peak_rss_mb()
        t0, c0 = time.perf_counter(), time.process_time()
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            corpus = analysis.load_corpus(path)
        dt, cpu = time.perf_counter() - t0, time.process_time() - c0
        raw_mb = corpus["raw_text"].fillna("").str.len().sum() / 1e6
        clean_mb = corpus["text"].fillna("").str.len().sum() / 1e6
        print(f"{fmt:5s}: {len(corpus):,} docs, {raw_mb:.1f} MB raw text -> {clean_mb:.1f} MB clean; "
              f"wall {dt:.1f} s, CPU {cpu:.1f} s = {raw_mb / cpu:.2f} MB/s and {len(corpus) / cpu:,.0f} docs/s "
              f"per CPU second ({raw_mb / dt:.2f} MB/s wall); "
              f"peak RSS {peak_rss_mb():.0f} MB (was {rss0:.0f} MB before); warnings: {len(caught)}")
    t0 = time.perf_counter()
    report = analysis.cleaning_report(corpus)
    dt = time.perf_counter() - t0
    print(f"cleaning_report: {len(report):,} lines in {dt:.1f} s; labels: "
          + ", ".join(f"{k} {v:,}" for k, v in report["label"].value_counts().items()))
    print(f"process max RSS so far: {peak_rss_mb():.0f} MB")


def bench_reuse(n_docs: int, n_planted: int) -> None:
    print(f"== text_reuse on {n_docs:,} documents ({3 * n_planted:,} planted) ==")
    corpus, truth = planted_corpus(n_docs, n_planted)
    mb = corpus["text"].str.len().sum() / 1e6
    rss0 = peak_rss_mb()
    t0, c0 = time.perf_counter(), time.process_time()
    res = analysis.text_reuse(corpus)
    dt, cpu = time.perf_counter() - t0, time.process_time() - c0
    print(f"text_reuse: {len(corpus):,} docs ({mb:.1f} MB): CPU {cpu:.1f} s (wall {dt:.1f} s on a shared "
          f"machine) = {len(corpus) / cpu:,.0f} docs per CPU second; "
          f"{len(res):,} candidate pairs reported, {int(res['derived'].sum()):,} derived; "
          f"peak RSS {peak_rss_mb():.0f} MB (was {rss0:.0f} MB before); "
          f"skipped (under 25 words): {len(res.attrs['skipped']):,}")
    key = lambda a, b: (a, b) if a < b else (b, a)
    derived = {key(a, b): k for a, b, k in zip(res.doc_a[res.derived], res.doc_b[res.derived], res.kind[res.derived])}
    planted_keys = {key(s, p): k for s, p, k in zip(truth.source, truth.planted, truth.kind)}
    print("recall on planted pairs (derived = True):")
    for kind, grp in truth.groupby("kind", sort=False):
        hits = [key(s, p) in derived for s, p in zip(grp.source, grp.planted)]
        labels = pd.Series([derived.get(key(s, p)) for s, p in zip(grp.source, grp.planted)]).value_counts()
        print(f"  {kind:8s}: {sum(hits)}/{len(hits)} = {sum(hits) / len(hits):.3f}  (labelled "
              + ", ".join(f"{k} {v}" for k, v in labels.items()) + ")")
    # pairs not planted
    planted_ids = set(truth.planted)
    src_of = dict(zip(truth.planted, truth.source))
    others = [k for k in derived if k not in planted_keys]
    transitive = [k for k in others if k[0] in planted_ids or k[1] in planted_ids]
    natural = [k for k in others if k not in transitive]
    n = len(corpus)
    n_pairs = n * (n - 1) // 2 - len(planted_keys)
    # a planted doc derived from its source's own duplicate is right; check that the partner is
    # derived from (or the source of) the planted doc's source
    def linked(a, b):
        return key(a, b) in derived
    trans_ok = sum(1 for a, b in transitive
                   if linked(src_of.get(a, a), src_of.get(b, b)) or src_of.get(a) == src_of.get(b))
    natural_set = set(natural)
    nat_rows = res[[key(a, b) in natural_set for a, b in zip(res.doc_a, res.doc_b)]]
    print(f"derived pairs not planted: {len(others):,} of {n_pairs:,} non-planted pairs "
          f"(rate {len(others) / n_pairs:.2e})")
    print(f"  involving a planted doc: {len(transitive):,} ({trans_ok:,} of them link it to a duplicate of its source)")
    print(f"  between two real Reuters stories: {len(natural):,} "
          f"(verbatim >= 0.5: {int((nat_rows.verbatim >= 0.5).sum()):,}; "
          f"kinds: " + ", ".join(f"{k} {v}" for k, v in nat_rows.kind.value_counts().items()) + ")")
    titles = dict(zip(reuters()["doc_id"], reuters()["title"]))
    rewrites = nat_rows[nat_rows.kind == "rewrite"].head(8)
    if len(rewrites):
        print("  sample of real-story pairs judged rewrites (titles):")
        for r in rewrites.itertuples():
            print(f"    {r.similarity:.2f} {titles.get(r.doc_a)!s:.60} | {titles.get(r.doc_b)!s:.60}")
    print(f"process max RSS so far: {peak_rss_mb():.0f} MB")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--n-docs", type=int, default=20_000)
    ap.add_argument("--planted", type=int, default=500, help="planted derivatives of each kind")
    ap.add_argument("--limit", type=int, default=None, help="load only the first N Reuters documents")
    ap.add_argument("--skip-load", action="store_true")
    ap.add_argument("--skip-reuse", action="store_true")
    args = ap.parse_args()
    try:
        require_reuters()
    except FileNotFoundError as exc:
        sys.exit(str(exc))
    if not args.skip_load:
        bench_load(args.limit)
    if not args.skip_reuse:
        bench_reuse(args.n_docs, args.planted)


if __name__ == "__main__":
    main()
