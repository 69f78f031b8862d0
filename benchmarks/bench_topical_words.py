"""Do topical business nouns that VADER's lexicon scores ("crude", "energy", "interest",
"shares", "credit" ...) help or hurt agreement with people when scored as neutral?

Round 11 (docs/report-round11.md). For each candidate word and for all of them together,
sentence tone with ``sentiment_scores(..., neutral_words=...)`` is compared with the human
ratings the project measures on (benchmarks/bench_sentiment.py): NewsMTSC devtest_mt (never
trained on; the README's 0.620 is "targets agree" under the ``news`` method), NewsMTSC train and
the three VADER sets (both in-sample for ``news``: read their changes as a direction only).
Only sentences holding a candidate can change, so the count of such sentences is printed too.

The candidates are the VADER lexicon words with the highest document frequency in 1,000
Reuters-21578 business stories that name a *thing* the news reports on (a commodity, a market
instrument, a sector) rather than judge it; evaluative economic words that people do rate
(profit, loss, deficit, growth, debt) are measured too, as a control.

Round 11b (docs/corpus-runs-round11.md) measures more candidates from MasakhaNEWS English
(BBC health and sports): ``--words care,trust,slam`` replaces the lists above with those words
(each alone and "all topical" together).

Usage::

    python benchmarks/bench_topical_words.py
    python benchmarks/bench_topical_words.py --words care,trust,slam
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

import numpy as np
import pandas as pd

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _sentiment_data import newsmtsc_sentences, vader_sets  # noqa: E402

TOPICAL = ["crude", "energy", "interest", "share", "shares", "securities", "credit", "credits",
           "treasury", "natural", "exploration", "fund", "funds", "value", "worth", "free"]
CONTROL = ["growth", "profit", "loss", "deficit", "debt"]


def main(argv=None) -> int:
    import argparse

    from scipy.stats import pearsonr

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--words", default=None, help="comma-separated candidates instead of the round-11 lists")
    args = ap.parse_args(argv)
    topical, control = (args.words.split(","), []) if args.words else (TOPICAL, CONTROL)

    from analysis.sentiment.scores import sentiment_scores

    sets = {"NewsMTSC devtest_mt (targets agree)": newsmtsc_sentences("devtest_mt"),
            "NewsMTSC devtest_mt (all)": newsmtsc_sentences("devtest_mt", agree_only=False),
            "NewsMTSC train (targets agree, in-sample)": newsmtsc_sentences("train")}
    sets.update({f"{k} (in-sample)": v for k, v in vader_sets().items()})
    rows = []
    for name, df in sets.items():
        texts = df["text"].tolist()
        base = sentiment_scores(texts)["compound"].to_numpy()
        r0 = pearsonr(df["human"], base)[0]
        low = [t.lower() for t in texts]
        for label, words in ([(w, [w]) for w in topical + control]
                             + [("all topical", topical)] + ([("all control", control)] if control else [])):
            pat = re.compile(r"(?<![a-z])(?:" + "|".join(words) + r")(?![a-z])")
            hit = np.array([bool(pat.search(t)) for t in low])
            if not hit.any():
                rows.append({"set": name, "words": label, "sentences_with": 0, "pearson": r0, "change": 0.0})
                continue
            new = base.copy()
            new[hit] = sentiment_scores([t for t, h in zip(texts, hit) if h], neutral_words=words)["compound"]
            r = pearsonr(df["human"], new)[0]
            rows.append({"set": name, "words": label, "sentences_with": int(hit.sum()), "pearson": r,
                         "change": r - r0})
        print(f"{name}: n={len(df):,}, news Pearson {r0:.4f}", flush=True)
    table = pd.DataFrame(rows)
    with pd.option_context("display.width", 200, "display.max_rows", 500):
        print(table.pivot(index="words", columns="set", values="sentences_with").to_string())
        print(table.pivot(index="words", columns="set", values="change").round(4).to_string())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
