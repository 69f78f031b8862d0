"""Train the target-tone model and write analysis/sentiment/resources/target_tone.json.gz.

Data: NewsMTSC train.jsonl (Hamborg & Donnay 2021): one row per target mention with the
annotators' label of the sentence's tone towards it (negative / neutral / positive).
Sentences that also occur in devtest_mt.jsonl are left out, so devtest_mt stays unseen.

Deterministic: the same data and library versions give the same bytes; ``--check`` trains
to a temporary file and compares it with the shipped one byte for byte. ``--evaluate``
prints macro-F1 and per-class F1 on devtest_mt.jsonl for the model, and the baselines.

Usage::

    python benchmarks/train_target_tone.py              # write the shipped resource
    python benchmarks/train_target_tone.py --check      # retrain to a temp file, compare bytes
    python benchmarks/train_target_tone.py --evaluate   # + devtest_mt figures and baselines
    python benchmarks/train_target_tone.py --cv 0.1 0.3 1   # choose C by 3-fold CV on train
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _sentiment_data import check_against_shipped, read_newsmtsc, stable_fold  # noqa: E402


def training_data() -> pd.DataFrame:
    train = read_newsmtsc("train")
    held = set(read_newsmtsc("devtest_mt")["sentence"])
    return train[~train["sentence"].isin(held)].reset_index(drop=True)


def fit(data: pd.DataFrame, c=None) -> dict:
    from analysis.sentiment.target_tone import C, train_target_tone

    return train_target_tone(data["sentence"].tolist(), data["start"].tolist(), data["end"].tolist(),
                             data["label"].tolist(), c=C if c is None else c)


def scores(gold, pred) -> dict:
    from sklearn.metrics import accuracy_score, f1_score

    labels = ["negative", "neutral", "positive"]
    per = f1_score(gold, pred, labels=labels, average=None)
    return {"macro_f1": f1_score(gold, pred, labels=labels, average="macro"),
            "accuracy": accuracy_score(gold, pred), **{f"f1_{k}": v for k, v in zip(labels, per)}}


def evaluate(model: dict) -> pd.DataFrame:
    """The model and baselines on devtest_mt, one row each."""
    from analysis.sentiment.scores import sentiment_scores
    from analysis.sentiment.target_tone import TargetToneModel

    test = read_newsmtsc("devtest_mt")
    rows = []
    t0 = time.perf_counter()
    pred = TargetToneModel(model).predict(test["sentence"], test["start"], test["end"])
    dt = time.perf_counter() - t0
    rows.append({"method": "target tone (this model)", **scores(test["label"], pred["label"]),
                 "targets_per_s": len(test) / dt})
    for method, band in (("vader", 0.05), ("vader-nltk", 0.05), ("news", 0.125)):
        comp = sentiment_scores(test["sentence"].tolist(), method=method)["compound"].to_numpy()
        lab = np.where(comp >= band, "positive", np.where(comp <= -band, "negative", "neutral"))
        rows.append({"method": f"whole sentence: {method} (+-{band})", **scores(test["label"], lab),
                     "targets_per_s": np.nan})
    rows.append({"method": "always neutral", **scores(test["label"], ["neutral"] * len(test)),
                 "targets_per_s": np.nan})
    return pd.DataFrame(rows)


def cross_validate(data: pd.DataFrame, grid, k: int = 3) -> None:
    """Macro-F1 of each C over k folds of train (folds by sentence, so a sentence's targets
    stay together)."""
    from analysis.sentiment.target_tone import TargetToneModel

    fold = stable_fold(data["sentence"], k)
    # rows of sentences with two or more targets: the kind of sentence devtest_mt holds
    multi = (data.groupby("sent_idx")["label"].transform("size") > 1).to_numpy()
    for c in grid:
        f1, pred = [], pd.Series("", index=data.index, dtype=object)
        for f in range(k):
            m = TargetToneModel(fit(data[fold != f], c))
            test = data[fold == f]
            p = m.predict(test["sentence"], test["start"], test["end"])["label"].to_numpy()
            pred[fold == f] = p
            f1.append(scores(test["label"], p)["macro_f1"])
        pooled = scores(data["label"], pred)
        per = ", ".join(f"{v:.3f}" for v in (pooled["f1_negative"], pooled["f1_neutral"], pooled["f1_positive"]))
        print(f"  C={c}: macro-F1 {np.mean(f1):.3f} (folds {', '.join(f'{v:.3f}' for v in f1)}); "
              f"pooled {pooled['macro_f1']:.3f} (per class {per}); rows of multi-target sentences "
              f"{scores(data['label'][multi], pred[multi])['macro_f1']:.3f}", flush=True)


def main(argv=None) -> int:
    from analysis.sentiment.linear_text import save_model
    from analysis.sentiment.target_tone import MODEL_PATH

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=MODEL_PATH)
    ap.add_argument("--check", action="store_true", help="train to a temp file and compare with the shipped one")
    ap.add_argument("--evaluate", action="store_true", help="print devtest_mt figures and baselines")
    ap.add_argument("--cv", type=float, nargs="*", help="values of C to compare by 3-fold CV on train")
    args = ap.parse_args(argv)
    data = training_data()
    print(f"training targets: {len(data):,} in {data['sent_idx'].nunique():,} sentences; "
          f"labels {data['label'].value_counts().sort_index().to_dict()}")
    if args.cv:
        cross_validate(data, args.cv)
        return 0
    t0 = time.perf_counter()
    model = fit(data)
    dt = time.perf_counter() - t0
    out = Path(tempfile.mkdtemp()) / MODEL_PATH.name if args.check else args.out
    save_model(model, out)
    print(f"trained in {dt:.1f} s; wrote {out} ({out.stat().st_size / 1024:.0f} KB, "
          f"{len(model['features']):,} features)")
    if args.evaluate:
        with pd.option_context("display.width", 200, "display.max_columns", 20):
            print(evaluate(model).round(3).to_string(index=False))
    return check_against_shipped(out, MODEL_PATH) if args.check else 0


if __name__ == "__main__":
    raise SystemExit(main())
