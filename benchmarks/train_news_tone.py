"""Train the ``news`` sentence-tone scorer and write analysis/sentiment/resources/news_tone.json.gz.

Deterministic: the same data and library versions give the same bytes (no randomness in
TF-IDF or the lsqr ridge solver; gzip without a timestamp). ``--check`` trains to a temporary
file and compares it with the shipped one byte for byte.

Data (see benchmarks/_sentiment_data.py for where they are looked for):
- NewsMTSC train.jsonl: each sentence's target value is the mean of its targets' labels
  (negative -1, neutral 0, positive +1); sentences that also occur in devtest_mt.jsonl are
  left out so that devtest_mt stays unseen.
- VADER's human-rated sets (tweets, movie and product reviews): mean rating / 4.

Names are masked before VADER and the word features read a text
(``analysis.sentiment.news_tone.mask_names``, with the truecasing list ``name_words_from``
derives from these texts and the model stores), and the shipped scorer masks the texts it
scores with the same function: who is named carries no tone.

Usage::

    python benchmarks/train_news_tone.py            # write the shipped resource
    python benchmarks/train_news_tone.py --check    # retrain to a temp file, compare bytes
    python benchmarks/train_news_tone.py --out PATH
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

import pandas as pd

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _sentiment_data import check_against_shipped, newsmtsc_sentences, vader_sets  # noqa: E402

TRAIN_VADER_SETS = ("tweets", "movie reviews", "product reviews")


def training_data() -> pd.DataFrame:
    """text, target (-1..+1), source; in a fixed order (NewsMTSC, then the VADER sets)."""
    news = newsmtsc_sentences("train", agree_only=False)
    held = set(newsmtsc_sentences("devtest_mt", agree_only=False)["text"])
    news = news[~news["text"].isin(held)]
    parts = [pd.DataFrame({"text": news["text"], "target": news["human"], "source": "newsmtsc"})]
    sets = vader_sets()
    for name in TRAIN_VADER_SETS:
        d = sets[name]
        parts.append(pd.DataFrame({"text": d["text"], "target": d["human"] / 4.0, "source": name}))
    return pd.concat(parts, ignore_index=True)


def fit(data: pd.DataFrame) -> dict:
    from analysis.sentiment.news_tone import name_words_from, train_news_tone

    texts = data["text"].tolist()
    # names are masked (same function at training and scoring time): who is named carries no tone
    return train_news_tone(texts, data["target"].to_numpy(float), None, name_words=name_words_from(texts))


def main(argv=None) -> int:
    from analysis.sentiment.linear_text import save_model
    from analysis.sentiment.news_tone import MODEL_PATH

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=MODEL_PATH)
    ap.add_argument("--check", action="store_true", help="train to a temp file and compare with the shipped one")
    args = ap.parse_args(argv)
    data = training_data()
    print("training sentences:", data.groupby("source", sort=False).size().to_dict())
    t0 = time.perf_counter()
    model = fit(data)
    dt = time.perf_counter() - t0
    out = Path(tempfile.mkdtemp()) / MODEL_PATH.name if args.check else args.out
    save_model(model, out)
    print(f"trained in {dt:.1f} s; wrote {out} ({out.stat().st_size / 1024:.0f} KB, "
          f"{sum(len(b['terms']) for b in model['blocks'])} terms)")
    return check_against_shipped(out, MODEL_PATH) if args.check else 0


if __name__ == "__main__":
    raise SystemExit(main())
