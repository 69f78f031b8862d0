"""Does the ``news`` tone model score *who* is named? Name-swap probe and held-out agreement.

Probe (invented here, no corpus sentence): TEMPLATES (neutral and toned news sentences with a
``{name}`` slot) x NAMES (politicians, firms, countries, institutions, ordinary people). For
each template the spread of the scores across names (max - min, standard deviation) is what
the scorer adds for *who* is named; a scorer that reads only how they are written about
gives 0. Also prints the mean score of each name over the neutral templates.

``--folds K`` also prints the cross-fitted (held-out) Pearson of the ``news`` model on its
training sets (NewsMTSC train, targets agree; tweets; movie and product reviews), the same
figures as ``bench_sentiment.py``'s "news (held-out, k-fold)" rows, without reading any
held-out test split.

Usage::

    python benchmarks/bench_name_tone.py              # probe only
    python benchmarks/bench_name_tone.py --folds 3    # probe + cross-fitted Pearson
    python benchmarks/bench_name_tone.py --dump OUT.csv   # + news scores of unlabelled sentences

``--dump`` scores the sentences of the first ``--docs`` Reuters-21578 stories and of the
first ``--docs`` MasakhaNEWS (BBC, eng_dev.tsv) articles with the ``news`` method and writes
them (with the text the model reads) to a CSV, to compare two versions of the scorer.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(Path(__file__).resolve().parent))

NAMES = ["John Smith", "Mary Jones", "Donald Trump", "Joe Biden", "Barack Obama", "Hillary Clinton",
         "Vladimir Putin", "Xi Jinping", "Kim Jong Un", "Emmanuel Macron", "Angela Merkel",
         "Boris Johnson", "Narendra Modi", "Benjamin Netanyahu", "Recep Tayyip Erdogan",
         "Apple", "Goldman Sachs", "Exxon Mobil", "Huawei", "Volkswagen",
         "Russia", "China", "Iran", "North Korea", "the United States", "Germany",
         "the United Nations", "the Security Council", "the Liberal Democrats", "Priya Patel"]
NEUTRAL = [
    "{name} met reporters on Tuesday.",
    "{name} will travel to Paris next week.",
    "A spokesman for {name} declined to comment.",
    "The report was sent to {name} on Monday.",
    "Officials said {name} would announce the figures later.",
    "{name} is expected to attend the meeting in Geneva.",
    "The talks with {name} lasted two hours.",
    "Reporters asked {name} about the schedule.",
    "The statement from {name} was published in the morning.",
    "Analysts are watching {name} closely this week.",
    "The possibility of {name} returning to the capital was discussed.",
    "{name} has held the position since 2015.",
    "A letter signed by {name} arrived on Friday.",
    "The agenda includes a session with {name}.",
    "{name} said the decision would be made in March.",
    "The figures released by {name} cover the last quarter.",
    "Delegates from {name} arrived at the airport.",
    "The interview with {name} will air on Sunday.",
    "{name} spoke by telephone with the minister.",
    "According to {name}, the vote will take place next month.",
]
TONED = [
    "{name} praised the successful rescue of the miners.",
    "{name} was widely admired for the generous donation.",
    "Critics condemned {name} for the corrupt deal.",
    "{name} faced fierce criticism after the deadly attack.",
    "The brave decision by {name} won warm support.",
    "{name} denied the accusations of fraud and abuse.",
    "Supporters celebrated the victory of {name}.",
    "{name} was blamed for the disastrous failure.",
    "{name} welcomed the peaceful agreement with great hope.",
    "Protesters accused {name} of lying and cruelty.",
    "{name} thanked volunteers for their wonderful help.",
    "A scandal has damaged the reputation of {name}.",
    "{name} hailed the breakthrough as a triumph.",
    "{name} threatened to punish the rebels harshly.",
    "The charity run by {name} helped thousands of families.",
    "{name} was fined for the illegal dumping of toxic waste.",
    "Investors cheered the strong profits of {name}.",
    "{name} warned of a terrible crisis and mass layoffs.",
    "The award honoured {name} for outstanding courage.",
    "{name} was humiliated by the crushing defeat.",
]


def fill(template: str, name: str) -> str:
    s = template.format(name=name)
    return s[0].upper() + s[1:]


def probe(method: str = "news") -> tuple[pd.DataFrame, pd.DataFrame]:
    """(per-template spread across names, per-name mean over neutral templates)."""
    from analysis.sentiment.scores import sentiment_scores

    rows = [(kind, t, n, fill(t, n)) for kind, ts in (("neutral", NEUTRAL), ("toned", TONED))
            for t in ts for n in NAMES]
    df = pd.DataFrame(rows, columns=["kind", "template", "name", "text"])
    t0 = time.perf_counter()
    df["score"] = sentiment_scores(df["text"].tolist(), method=method)["compound"].to_numpy()
    dt = time.perf_counter() - t0
    spread = (df.groupby(["kind", "template"], sort=False)["score"]
              .agg(mean="mean", range=lambda s: s.max() - s.min(), sd="std").reset_index())
    by_name = df[df["kind"] == "neutral"].groupby("name", sort=False)["score"].mean()
    print(f"{method}: {len(df)} probe sentences scored in {dt:.2f} s")
    return spread, by_name


def cross_fitted(k: int) -> pd.DataFrame:
    from bench_sentiment import agreement, cross_fitted_news, VADER_SET_NAMES
    from _sentiment_data import newsmtsc_sentences, vader_sets

    from analysis.sentiment.scores import default_threshold

    held = cross_fitted_news(k)
    sets = {name: d.assign(band=0.5) for name, d in vader_sets().items() if name in VADER_SET_NAMES}
    sets["NewsMTSC train (targets agree)"] = newsmtsc_sentences("train").assign(band=0.5)
    rows = []
    for name, df in sets.items():
        pred = df["text"].map(held).to_numpy(float)
        ok = ~np.isnan(pred)
        rows.append({"set": name, "n": int(ok.sum()),
                     **agreement(df["human"][ok], pred[ok], default_threshold("news"), 0.5)})
    return pd.DataFrame(rows)


def dump_unlabelled(path, n_docs: int) -> None:
    import warnings

    from _reuters import load_reuters

    from analysis.sentiment.scores import sentence_sentiment

    reuters = load_reuters(limit=n_docs)[["doc_id", "text"]].assign(source="reuters")
    from _sentiment_data import corpora_dir

    bbc = pd.read_csv(corpora_dir() / "masakhanews_en" / "eng_dev.tsv", sep="\t", nrows=n_docs)
    bbc = pd.DataFrame({"doc_id": [f"bbc{i}" for i in range(len(bbc))], "text": bbc["text"].astype(str),
                        "source": "masakhanews"})
    corpus = pd.concat([reuters, bbc], ignore_index=True)
    corpus = corpus[corpus["text"].str.strip().astype(bool)]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        s = sentence_sentiment(corpus[["doc_id", "text"]])
    try:
        from analysis.sentiment.news_tone import mask_names
        s["model_text"] = mask_names(s["sentence"].tolist())
    except ImportError:
        s["model_text"] = s["sentence"]
    s.to_csv(path, index=False)
    print(f"wrote {len(s)} sentences of {corpus['doc_id'].nunique()} documents to {path}")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--folds", type=int, default=0, help="also the cross-fitted news Pearson (0: skip)")
    ap.add_argument("--method", default="news")
    ap.add_argument("--dump", type=Path, help="also write news scores of unlabelled sentences to this CSV")
    ap.add_argument("--docs", type=int, default=300, help="documents per unlabelled corpus for --dump")
    args = ap.parse_args(argv)
    spread, by_name = probe(args.method)
    with pd.option_context("display.width", 200, "display.max_colwidth", 60, "display.max_rows", 100):
        print(spread.round(3).to_string(index=False))
        for kind, g in spread.groupby("kind", sort=False):
            print(f"{kind}: mean range across names {g['range'].mean():.3f} (max {g['range'].max():.3f}), "
                  f"mean SD {g['sd'].mean():.3f}")
        print("mean score per name over the neutral templates:")
        print(by_name.sort_values().round(3).to_string())
    if args.folds:
        print(cross_fitted(args.folds).round(3).to_string(index=False))
    if args.dump:
        dump_unlabelled(args.dump, args.docs)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
