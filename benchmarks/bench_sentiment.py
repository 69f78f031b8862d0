"""How far can the sentiment scores be trusted? Agreement with human raters, and speed.

Data: the human-rated sentences published with VADER (Hutto & Gilbert, ICWSM 2014), in
``../shared/corpora/vader_groundtruth`` (tab-separated, CRLF: id, mean rating of about 20
raters on -4..+4, text): tweets (4,200), movie-review snippets (10,605), product-review
snippets (3,708). There is no news set among them.

Per set and method it prints:
- Pearson and Spearman correlation of the method's compound with the human mean;
- three-class agreement (accuracy and macro-F1). Human classes from the mean rating with a
  neutral band of +-0.5 (on -4..+4: raters' average between "neutral" and "slightly"
  either way); method classes with the method's own neutral band (VADER: +-0.05, its
  conventional cut-off; vader+ridge: +-0.125, i.e. the same +-0.5 on the human scale);
- throughput in sentences per second (one core) and peak Python memory (tracemalloc).

Methods:
- ``vader``: NLTK's VADER, the project default and the baseline.
- ``vader+ridge (held-out set)``: the ridge model of :mod:`analysis.sentiment_ridge`
  trained on the two OTHER sets and tested on this one, so every figure is out of sample
  and out of domain (the honest estimate of how it carries to a new kind of text).
- ``vader+ridge (shipped)``: the shipped weights (trained on all three sets) - in-sample,
  printed only for its speed and as an upper bound, never as evidence of accuracy.

Usage::

    python benchmarks/bench_sentiment.py                # measure
    python benchmarks/bench_sentiment.py --write-model  # also (re)train and write the shipped weights
"""
from __future__ import annotations

import argparse
import sys
import time
import tracemalloc
from pathlib import Path

import numpy as np
import pandas as pd

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

DATA = REPO.parent / "shared" / "corpora" / "vader_groundtruth"
SETS = {
    "tweets": "tweets_GroundTruth.txt",
    "movie reviews": "movieReviewSnippets_GroundTruth.txt",
    "product reviews": "amazonReviewSnippets_GroundTruth.txt",
}
HUMAN_NEUTRAL = 0.5  # |mean rating| < 0.5 on -4..+4 is neutral


def read_set(path: Path) -> pd.DataFrame:
    rows = []
    with open(path, encoding="utf-8", errors="replace", newline="") as fh:
        for line in fh:
            parts = line.rstrip("\r\n").split("\t", 2)
            if len(parts) == 3:
                rows.append((parts[0], float(parts[1]), parts[2]))
    return pd.DataFrame(rows, columns=["id", "human", "text"])


def classes(values, band) -> np.ndarray:
    v = np.asarray(values, float)
    return np.where(v >= band, 1, np.where(v <= -band, -1, 0))


def agreement(human, score, band) -> dict:
    from scipy.stats import pearsonr, spearmanr
    from sklearn.metrics import accuracy_score, f1_score

    h, m = classes(human, HUMAN_NEUTRAL), classes(score, band)
    return {"pearson": pearsonr(human, score)[0], "spearman": spearmanr(human, score)[0],
            "accuracy": accuracy_score(h, m), "macro_f1": f1_score(h, m, average="macro")}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--write-model", action="store_true",
                    help="train on all three sets and write analysis/resources/vader_ridge.json.gz")
    ap.add_argument("--reuters", type=int, default=2000, metavar="N",
                    help="also time document_sentiment end to end on N Reuters-21578 articles (0: skip)")
    args = ap.parse_args(argv)
    if not DATA.is_dir():
        print(f"missing {DATA}: the human-rated VADER sets are needed for this benchmark", file=sys.stderr)
        return 2

    from analysis.sentiment import sentiment_scores
    from analysis.sentiment_ridge import NEUTRAL_BAND, RidgeScorer, train_ridge

    sets = {name: read_set(DATA / fname) for name, fname in SETS.items()}
    print("Human classes: neutral if |mean rating| < 0.5 (scale -4..+4); "
          "VADER neutral band +-0.05, vader+ridge +-0.125")
    sentiment_scores(["warm up"])  # load the lexicon outside the timings

    rows = []
    vader = {}
    for name, df in sets.items():
        t0 = time.perf_counter()
        vader[name] = sentiment_scores(df["text"].tolist())
        dt = time.perf_counter() - t0
        rows.append({"set": name, "n": len(df), "method": "vader",
                     **agreement(df["human"], vader[name]["compound"], 0.05),
                     "sent_per_s": len(df) / dt})

    for name, df in sets.items():
        train = [k for k in sets if k != name]
        t0 = time.perf_counter()
        model = train_ridge(pd.concat([sets[k]["text"] for k in train]).tolist(),
                            pd.concat([sets[k]["human"] for k in train]).to_numpy(),
                            pd.concat([vader[k] for k in train], ignore_index=True))
        fit_s = time.perf_counter() - t0
        scorer = RidgeScorer(model)
        t0 = time.perf_counter()
        vs = sentiment_scores(df["text"].tolist())
        pred = scorer.predict(df["text"].tolist(), vs)
        dt = time.perf_counter() - t0
        rows.append({"set": name, "n": len(df), "method": "vader+ridge (held-out set)",
                     **agreement(df["human"], pred, NEUTRAL_BAND), "sent_per_s": len(df) / dt})
        print(f"  trained on {' + '.join(train)} in {fit_s:.1f} s, tested on {name}")

    all_texts = pd.concat([d["text"] for d in sets.values()]).tolist()
    if args.write_model:
        from analysis.sentiment_ridge import save_model

        model = train_ridge(all_texts, pd.concat([d["human"] for d in sets.values()]).to_numpy(),
                            pd.concat(list(vader.values()), ignore_index=True))
        path = save_model(model)
        print(f"wrote {path.relative_to(REPO)} ({path.stat().st_size / 1024:.0f} KB, "
              f"{len(model['terms'])} terms)")
    for name, df in sets.items():
        t0 = time.perf_counter()
        s = sentiment_scores(df["text"].tolist(), method="vader+ridge")
        dt = time.perf_counter() - t0
        rows.append({"set": name, "n": len(df), "method": "vader+ridge (shipped, in-sample)",
                     **agreement(df["human"], s["compound"], NEUTRAL_BAND), "sent_per_s": len(df) / dt})

    # Memory in a separate pass: tracemalloc slows Python code down several times.
    peaks = {}
    texts = sets["movie reviews"]["text"].tolist()
    for method in ("vader", "vader+ridge"):
        tracemalloc.start()
        sentiment_scores(texts, method=method)
        peaks[method] = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()

    table = pd.DataFrame(rows).sort_values(["set", "method"], kind="stable")
    with pd.option_context("display.width", 200, "display.max_columns", 20):
        print(table.round({"pearson": 3, "spearman": 3, "accuracy": 3, "macro_f1": 3,
                           "sent_per_s": 0}).to_string(index=False))
    held = table[table["method"] != "vader+ridge (shipped, in-sample)"]
    summary = held.groupby("method")[["pearson", "spearman", "accuracy", "macro_f1"]].mean()
    print("\nMean over the three sets (held-out for vader+ridge):")
    print(summary.round(3).to_string())
    print(f"\nPeak traced memory scoring the {len(texts):,} movie-review snippets: "
          f"vader {peaks['vader'] / 2**20:.1f} MB; vader+ridge {peaks['vader+ridge'] / 2**20:.1f} MB")
    if args.reuters:
        reuters_pass(args.reuters)
    return 0


def reuters_pass(limit: int) -> None:
    """End to end on real news: segment, score, bootstrap per document."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    try:
        from _reuters import load_reuters
        docs = load_reuters(limit=limit)
    except (ImportError, FileNotFoundError) as exc:
        print(f"\nReuters pass skipped: {exc}")
        return
    import warnings

    from analysis.sentiment import document_sentiment, sentence_sentiment

    docs = docs[docs["text"].str.strip().astype(bool)].reset_index(drop=True)
    mb = docs["text"].str.len().sum() / 1e6
    t0 = time.perf_counter()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        sents = sentence_sentiment(docs)
        t1 = time.perf_counter()
        document_sentiment(docs, sentence_scores=sents)
    t2 = time.perf_counter()
    import resource

    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kB on Linux
    print(f"\nReuters-21578 end to end, {len(docs):,} articles ({mb:.1f} MB, {len(sents):,} sentences): "
          f"segment+score {t1 - t0:.1f} s, bootstrap {t2 - t1:.1f} s; "
          f"{len(docs) / (t2 - t0):.0f} docs/s, {len(sents) / (t2 - t0):.0f} sentences/s, "
          f"{mb / (t2 - t0):.2f} MB/s; peak RSS of the benchmark process {rss:.0f} MB")


if __name__ == "__main__":
    raise SystemExit(main())
