"""How far can the sentiment scores be trusted? Agreement with human raters, and speed.

Data (benchmarks/_sentiment_data.py says where they are looked for; each is skipped with a
message when missing):
- the human-rated sentences published with VADER (Hutto & Gilbert, ICWSM 2014), in
  ``shared/corpora/vader_groundtruth`` (id, mean rating of about 20 raters on -4..+4, text):
  tweets (4,200), movie-review snippets (10,605), product-review snippets (3,708). The
  study's NYT editorial snippets are not among the shared corpora (read if added);
- news: NewsMTSC (Hamborg & Donnay 2021) sentences from US political news with annotators'
  tone towards each named person. Sentence-level value = mean of the targets' labels
  (-1/0/+1); "targets agree" keeps sentences whose targets all got the same label. The
  train split is what the ``news`` method trains on (figures for it are cross-fitted);
  devtest_mt (721 sentences, two or more targets each) is never trained on.

Per set and method it prints:
- Pearson and Spearman correlation of the method's compound with the human value;
- three-class agreement (accuracy and macro-F1). Human classes: neutral if |mean rating| <
  0.5 on -4..+4 (VADER sets) or |mean target label| < 0.5 (NewsMTSC); method classes with
  the method's own neutral band (VADER 0.05; trained methods 0.125);
- throughput in sentences per second (one process on a shared machine) and peak Python
  memory (tracemalloc).

Methods: ``vader`` (the original vaderSentiment), ``vader-nltk`` (NLTK's port), ``vader+ridge``
(NLTK VADER + ridge trained on the three VADER sets), ``news`` (VADER + ridge trained on
NewsMTSC train and the three VADER sets). Figures on a method's own training data are marked
"in-sample" and are no evidence of accuracy; the held-out rows are: ``vader+ridge (held-out
set)`` trained on the two other VADER sets, and ``news (held-out, k-fold)`` cross-fitted.

Usage::

    python benchmarks/bench_sentiment.py                # measure
    python benchmarks/bench_sentiment.py --folds 0      # skip the cross-fitted news figures
    python benchmarks/bench_sentiment.py --write-model  # also (re)train the vader+ridge weights
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
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _sentiment_data import newsmtsc_sentences, stable_fold, vader_sets  # noqa: E402

HUMAN_NEUTRAL = 0.5  # |mean rating| < 0.5 on -4..+4 is neutral
VADER_SET_NAMES = ("tweets", "movie reviews", "product reviews")


def classes(values, band) -> np.ndarray:
    v = np.asarray(values, float)
    return np.where(v >= band, 1, np.where(v <= -band, -1, 0))


def agreement(human, score, band, human_band=HUMAN_NEUTRAL) -> dict:
    from scipy.stats import pearsonr, spearmanr
    from sklearn.metrics import accuracy_score, f1_score

    h, m = classes(human, human_band), classes(score, band)
    return {"pearson": pearsonr(human, score)[0], "spearman": spearmanr(human, score)[0],
            "accuracy": accuracy_score(h, m), "macro_f1": f1_score(h, m, average="macro")}


def load_sets() -> dict:
    """name -> DataFrame(text, human, band): human on the set's own scale, its neutral band."""
    sets = {}
    for name, d in vader_sets().items():
        sets[name] = d.assign(band=HUMAN_NEUTRAL)
    try:
        sets["NewsMTSC train (targets agree)"] = newsmtsc_sentences("train").assign(band=0.5)
        sets["NewsMTSC devtest_mt (targets agree)"] = newsmtsc_sentences("devtest_mt").assign(band=0.5)
        sets["NewsMTSC devtest_mt (all, mean of targets)"] = (
            newsmtsc_sentences("devtest_mt", agree_only=False).assign(band=0.5))
    except SystemExit as exc:
        print(f"NewsMTSC sets skipped: {exc}")
    return sets


def cross_fitted_news(k: int) -> dict:
    """Held-out ``news`` compounds for every training sentence: k folds by a hash of the text,
    each fold scored by a model trained on the other folds."""
    from train_news_tone import fit, training_data

    from analysis.sentiment.news_tone import NewsToneScorer
    from analysis.sentiment.scores import sentiment_scores

    data = training_data()
    fold = stable_fold(data["text"], k)
    pred = np.full(len(data), np.nan)
    for f in range(k):
        t0 = time.perf_counter()
        scorer = NewsToneScorer(fit(data[fold != f]))
        test = data[fold == f]["text"].tolist()
        pred[fold == f] = scorer.predict(test, sentiment_scores(test, method="vader"))
        print(f"  news: fold {f + 1}/{k} trained and scored in {time.perf_counter() - t0:.0f} s", flush=True)
    return dict(zip(data["text"], pred))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--write-model", action="store_true",
                    help="train vader+ridge on all three sets and write analysis/sentiment/resources/vader_ridge.json.gz")
    ap.add_argument("--folds", type=int, default=3,
                    help="folds for the held-out (cross-fitted) news figures on its training sets (0: skip)")
    ap.add_argument("--reuters", type=int, default=2000, metavar="N",
                    help="also time document_sentiment end to end on N Reuters-21578 articles (0: skip)")
    args = ap.parse_args(argv)

    from analysis.sentiment.scores import default_threshold, sentiment_scores
    from analysis.sentiment.ridge import NEUTRAL_BAND, RidgeScorer, train_ridge

    sets = load_sets()
    print("Human classes: neutral if |mean rating| < 0.5 (VADER sets, -4..+4) or |mean of target "
          "labels| < 0.5 (NewsMTSC, -1..+1); method classes with the method's own neutral band "
          "(VADER 0.05, trained methods 0.125)")
    for m in ("vader", "vader-nltk", "vader+ridge", "news"):
        sentiment_scores(["warm up"], method=m)  # load lexicons and weights outside the timings

    rows = []
    for name, df in sets.items():
        texts = df["text"].tolist()
        for method in ("vader-nltk", "vader", "vader+ridge", "news"):
            t0 = time.perf_counter()
            s = sentiment_scores(texts, method=method)
            dt = time.perf_counter() - t0
            in_sample = ((method == "vader+ridge" and name in VADER_SET_NAMES)
                         or (method == "news" and (name in VADER_SET_NAMES or "train" in name)))
            label = method + (" (shipped, in-sample)" if in_sample else "")
            rows.append({"set": name, "n": len(df), "method": label,
                         **agreement(df["human"], s["compound"], default_threshold(method), df["band"].iloc[0]),
                         "sent_per_s": len(df) / dt})

    # vader+ridge trained on two VADER sets, tested on the third (out of domain)
    base = {name: sentiment_scores(sets[name]["text"].tolist(), method="vader-nltk") for name in VADER_SET_NAMES
            if name in sets}
    for name in base:
        train = [k for k in base if k != name]
        model = train_ridge(pd.concat([sets[k]["text"] for k in train]).tolist(),
                            pd.concat([sets[k]["human"] for k in train]).to_numpy(),
                            pd.concat([base[k] for k in train], ignore_index=True))
        pred = RidgeScorer(model).predict(sets[name]["text"].tolist(), base[name])
        rows.append({"set": name, "n": len(sets[name]), "method": "vader+ridge (held-out set)",
                     **agreement(sets[name]["human"], pred, NEUTRAL_BAND), "sent_per_s": np.nan})

    if args.folds:
        print(f"Cross-fitting the news model ({args.folds} folds) for held-out figures on its training sets")
        held = cross_fitted_news(args.folds)
        for name, df in sets.items():
            if name in VADER_SET_NAMES or "train" in name:
                pred = df["text"].map(held).to_numpy(float)
                ok = ~np.isnan(pred)
                rows.append({"set": name, "n": int(ok.sum()), "method": f"news (held-out, {args.folds}-fold)",
                             **agreement(df["human"][ok], pred[ok], default_threshold("news"), df["band"].iloc[0]),
                             "sent_per_s": np.nan})

    if args.write_model:
        from analysis.sentiment.ridge import save_model

        model = train_ridge(pd.concat([sets[k]["text"] for k in base]).tolist(),
                            pd.concat([sets[k]["human"] for k in base]).to_numpy(),
                            pd.concat(list(base.values()), ignore_index=True))
        path = save_model(model)
        print(f"wrote {path.relative_to(REPO)} ({path.stat().st_size / 1024:.0f} KB)")

    # Memory in a separate pass: tracemalloc slows Python code down several times.
    peaks = {}
    texts = sets["movie reviews"]["text"].tolist() if "movie reviews" in sets else []
    for method in ("vader", "vader-nltk", "news"):
        tracemalloc.start()
        sentiment_scores(texts, method=method)
        peaks[method] = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()

    table = pd.DataFrame(rows).sort_values(["set", "method"], kind="stable")
    with pd.option_context("display.width", 250, "display.max_columns", 20, "display.max_colwidth", 45):
        print(table.round({"pearson": 3, "spearman": 3, "accuracy": 3, "macro_f1": 3,
                           "sent_per_s": 0}).to_string(index=False))
    print(f"\nPeak traced memory scoring {len(texts):,} movie-review snippets: "
          + ", ".join(f"{m} {v / 2**20:.1f} MB" for m, v in peaks.items()))
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

    from analysis.sentiment.scores import document_sentiment, sentence_sentiment

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
