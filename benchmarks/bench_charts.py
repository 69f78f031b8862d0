"""Benchmark: every chart on a corpus of 20,000 short documents stays under 4,000 x 6,000 px.

Builds the corpus from ../shared/corpora/abc_headlines_2003 (the first 20,000 dated ABC
headlines, Feb-May 2003; one outlet, so no outlet column: the shape that once made a
1,517 x 322,907 px publication timeline) when it is present, else generates 20,000 short
invented headlines over 29 years with 90 outlets (and says so). Runs the library pieces each
chart needs, timing each, on the whole corpus where that is practical and on a fixed random
sample where the analysis itself is slow (topics, dates, actors, quotes: ``--sample``),
then draws every chart, saves it as PNG with ``analysis.save_figure`` (dpi 150, bbox
tight) under benchmarks/_data/charts/figures/ and prints each PNG's pixel size (read from its
header) and the time to draw and save it. Exits 1 when a PNG is over the bound.

    PYTHONPATH=$PWD nice -n 10 /work/venv/bin/python benchmarks/bench_charts.py
    ... benchmarks/bench_charts.py --generated          # ignore the ABC corpus
    ... benchmarks/bench_charts.py --n-docs 5000 --sample 1000
"""
from __future__ import annotations

import argparse
import resource
import struct
import sys
import time
import warnings
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import matplotlib  # noqa: E402

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

import analysis  # noqa: E402
from analysis import plots  # noqa: E402

ABC = ROOT.parent.parent / "shared" / "corpora" / "abc_headlines_2003" / "abcnews-date-text.first50k.csv"
ABC_ALT = Path("/work/shared/corpora/abc_headlines_2003/abcnews-date-text.first50k.csv")
OUT = ROOT / "benchmarks" / "_data" / "charts"
MAX_W, MAX_H = 4000, 6000


def abc_corpus(n: int) -> pd.DataFrame | None:
    path = ABC if ABC.is_file() else ABC_ALT if ABC_ALT.is_file() else None
    if path is None:
        return None
    raw = pd.read_csv(path, nrows=n, dtype={"publish_date": str})
    text = raw["headline_text"].fillna("").astype(str).str.strip()
    # ABC headlines are lower case; the actor and date finders look for capitals, so the
    # first letter of each word is raised (a rough title case, like many headline feeds)
    text = text.str.title()
    return pd.DataFrame({"doc_id": [f"abc{i:05d}" for i in range(len(raw))],
                         "title": text, "text": text + ".",
                         "published": pd.to_datetime(raw["publish_date"], format="%Y%m%d", errors="coerce")})


def generated_corpus(n: int, seed: int = 0) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    who = ["The Prime Minister", "Ministers", "The Opposition", "Police", "The Council", "China",
           "The United States", "Farmers", "The Union", "The Court", "Jo Lin", "Sam Okafor"]
    did = ["announce", "reject", "welcome", "criticise", "delay", "approve", "warn over", "debate"]
    what = ["new budget", "rail strike", "hospital funding", "trade deal", "water plan", "school reform",
            "drought relief", "election date", "tax cut", "border talks"]
    when = ["", " on Monday", " in March", " next week", " on 3 May", " after talks", " in 2019"]
    text = [f"{rng.choice(who)} {rng.choice(did)} {rng.choice(what)}{rng.choice(when)}." for _ in range(n)]
    return pd.DataFrame({"doc_id": [f"gen{i:05d}" for i in range(n)], "title": [t[:-1] for t in text],
                         "text": text, "outlet": [f"Outlet {k % 90}" for k in rng.zipf(1.6, n)],
                         "published": pd.Timestamp("1996-01-01")
                         + pd.to_timedelta(rng.integers(0, 29 * 365, n), unit="D")})


class Timer:
    rows: list = []

    def __init__(self, what):
        self.what = what

    def __enter__(self):
        self.t = time.perf_counter()

    def __exit__(self, *exc):
        dt = time.perf_counter() - self.t
        Timer.rows.append((self.what, dt))
        print(f"  {self.what:52s} {dt:7.1f} s", flush=True)


def png_size(path: Path) -> tuple[int, int]:
    head = path.read_bytes()[:24]
    return struct.unpack(">II", head[16:24])


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n-docs", type=int, default=20_000)
    ap.add_argument("--sample", type=int, default=3_000,
                    help="documents for the slow analyses (topics, dates, actors, quotes)")
    ap.add_argument("--generated", action="store_true", help="use generated headlines, not ABC")
    args = ap.parse_args(argv)
    warnings.simplefilter("ignore")

    corpus = None if args.generated else abc_corpus(args.n_docs)
    if corpus is None:
        if not args.generated:
            print(f"ABC headlines not found ({ABC_ALT}): using generated headlines instead")
        corpus = generated_corpus(args.n_docs)
        source = f"{len(corpus):,} generated short headlines, 90 outlets, 1996-2024"
    else:
        source = (f"the first {len(corpus):,} ABC headlines (abc_headlines_2003), "
                  f"{corpus.published.min():%d %b %Y} - {corpus.published.max():%d %b %Y}, no outlet column")
    print(f"corpus: {source}")
    sample = corpus.sample(min(args.sample, len(corpus)), random_state=0).sort_index()
    print(f"sample for slow analyses: {len(sample):,} documents (random_state=0)\n\nanalyses:")

    with Timer(f"cleaning_report ({len(corpus):,} docs)"):
        report = analysis.cleaning_report(corpus)
    with Timer(f"sentence_sentiment ({len(corpus):,} docs)"):
        sents = analysis.sentence_sentiment(corpus)
    with Timer("document_sentiment (n_boot=200)"):
        docs = analysis.document_sentiment(corpus, sentence_scores=sents, n_boot=200)
    span_days = (corpus.published.max() - corpus.published.min()).days
    freq = "W" if span_days < 400 else "M" if span_days < 3650 else "Y"
    with Timer(f"group_sentiment by published, freq={freq}"):
        group = analysis.group_sentiment(corpus, freq=freq, sentence_scores=sents, n_boot=500)
    dated = docs.merge(corpus[["doc_id", "published"]], on="doc_id")
    with Timer(f"fit_topics ({len(sample):,} docs, unit=document, k=10)"):
        model = analysis.fit_topics(sample, k=10, unit="document", n_refits=1)
    prevalence = model.prevalence("published", "M" if span_days < 3650 else "Y")
    with Timer(f"events ({len(sample):,} docs)"):
        ev = analysis.events(sample)
    with Timer(f"actor_mentions + cooccurrence + actor_sentiment ({len(sample):,})"):
        mentions = analysis.actor_mentions(sample)
        cooc = analysis.cooccurrence(sample, mentions=mentions)
        tone = analysis.actor_sentiment(sample, by="actor", mentions=mentions)
    with Timer(f"extract_quotes ({len(sample):,} docs)"):
        quotes = analysis.extract_quotes(sample)
    half = corpus.published.median()
    with Timer(f"keyness later vs earlier half ({len(corpus):,} docs)"):
        key = analysis.keyness(corpus, by=lambda c: np.where(c.published > half, "later", "earlier"),
                               target="later")
    print(f"  -> {len(sents):,} sentences, {len(ev):,} events, {mentions['actor'].nunique():,} actors "
          f"({len(mentions):,} mentions), {len(cooc):,} actor pairs, {len(quotes):,} quotes, "
          f"{len(key):,} key terms")

    charts = {
        "plot_kept_removed": lambda: plots.plot_kept_removed(report),
        "sentence_sentiment_distribution": lambda: plots.sentence_sentiment_distribution(sents),
        "document_sentiment_intervals": lambda: plots.document_sentiment_intervals(docs),
        "sentiment_over_time": lambda: plots.sentiment_over_time(group, documents=dated),
        "topic_selection": lambda: plots.topic_selection(model.selection) if model.selection is not None
        and len(model.selection) else None,
        "topic_terms": lambda: plots.topic_terms(model.top_terms(10), model.labels, n=10),
        "topic_heatmap": lambda: plots.topic_heatmap(model.document_topics(), model.labels),
        "topic_prevalence": lambda: plots.topic_prevalence(prevalence, model.labels),
        "publication_timeline": lambda: plots.publication_timeline(corpus),
        "event_timeline": lambda: plots.event_timeline(ev, corpus),
        "timeline_overview": lambda: plots.timeline_overview(corpus, prevalence, None, ev, labels=model.labels),
        "plot_actor_mentions": lambda: plots.plot_actor_mentions(mentions, corpus),
        "plot_cooccurrence_network": lambda: plots.plot_cooccurrence_network(cooc, mentions),
        "plot_actor_tone": lambda: plots.plot_actor_tone(tone),
        "plot_quotes_by_speaker": lambda: plots.plot_quotes_by_speaker(quotes),
        "plot_keyness": lambda: plots.plot_keyness(key, target_label="later half",
                                                   reference_label="earlier half"),
    }
    print(f"\ncharts (PNG at dpi 150, bbox tight, in {(OUT / 'figures').relative_to(ROOT)}; bound {MAX_W:,} x {MAX_H:,} px):")
    print(f"  {'chart':34s} {'width':>7s} {'height':>7s} {'KB':>6s} {'seconds':>8s}  bound")
    over = []
    for name, draw in charts.items():
        t = time.perf_counter()
        try:
            fig = draw()
        except Exception as err:  # report and go on: one chart failing is a finding, not the end
            print(f"  {name:34s} ERROR {type(err).__name__}: {err}")
            over.append(name)
            continue
        if fig is None:
            print(f"  {name:34s} (nothing to draw)")
            continue
        path = analysis.save_figure(fig, name, OUT, formats=("png",))[0]
        plt.close(fig)
        dt = time.perf_counter() - t
        w, h = png_size(path)
        ok = w < MAX_W and h < MAX_H
        if not ok:
            over.append(name)
        print(f"  {name:34s} {w:7,d} {h:7,d} {path.stat().st_size / 1024:6.0f} {dt:8.1f}  {'ok' if ok else 'OVER'}",
              flush=True)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\npeak RSS {peak:,.0f} MB; analyses {sum(d for _, d in Timer.rows):.0f} s")
    if over:
        print(f"OVER THE BOUND OR FAILED: {', '.join(over)}")
        return 1
    print(f"every PNG is under {MAX_W:,} x {MAX_H:,} px")
    return 0


if __name__ == "__main__":
    sys.exit(main())
