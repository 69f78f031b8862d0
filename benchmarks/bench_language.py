"""Accuracy and speed of the language column (analysis.corpus.language.detect_languages, py3langid).

Reads public corpora from ../shared/corpora (not shipped; each missing folder is reported and
skipped), cleans each document as load_corpus does, and measures per corpus: documents given
the right language, documents given another language (these would be wrongly flagged, or for a
foreign corpus missed), documents left unknown, and documents per second.

The thresholds (MIN_WORDS, MIN_PROBABILITY) were chosen on the development splits marked "dev"
below (MasakhaNEWS English dev, the first half of AG News, 5,000 ABC headlines) with --grid,
which runs on the dev splits only; the other rows are held out. No non-English dev split
exists here, so the grid weighs English recall against false "not English" flags.

    PYTHONPATH=$PWD nice -n 10 python benchmarks/bench_language.py [--grid]
"""
from __future__ import annotations

import csv
import sys
import time
from pathlib import Path

import pandas as pd

from analysis.clean.cleaning import clean_text
from analysis.corpus.language import MIN_PROBABILITY, MIN_WORDS, detect_languages

ROOT = Path(__file__).resolve().parents[1]
CORPORA = ROOT.parent / "shared" / "corpora"
if not CORPORA.exists():
    CORPORA = Path("/work/shared/corpora")
csv.field_size_limit(2**31 - 1)


def _tsv(path, n=None):
    df = pd.read_csv(path, sep="\t", dtype=str, keep_default_na=False, quoting=csv.QUOTE_MINIMAL)
    texts = (df["headline"] + "\n\n" + df["text"]).tolist()
    return texts[:n] if n else texts


def _agnews(half):
    df = pd.read_csv(CORPORA / "agnews_test" / "test.csv", dtype=str, keep_default_na=False)
    texts = (df["title"] + "\n\n" + df["description"].str.replace("\\", " ", regex=False)).tolist()
    mid = len(texts) // 2
    return texts[:mid] if half == 0 else texts[mid:]


def _tenkgnad():
    rows = list(csv.reader(open(CORPORA / "tenkgnad_de" / "test.csv", encoding="utf-8"), delimiter=";", quotechar="'"))
    return [r[1] for r in rows if len(r) >= 2]


def _abc(start, n=5000):
    df = pd.read_csv(CORPORA / "abc_headlines_2003" / "abcnews-date-text.first50k.csv", dtype=str,
                     keep_default_na=False)
    return df["headline_text"].tolist()[start:start + n]


SETS = [
    # (name, split, expected language, folder, loader)
    ("masakhanews_en dev", "dev", "en", "masakhanews_en", lambda: _tsv(CORPORA / "masakhanews_en" / "eng_dev.tsv")),
    ("agnews first half", "dev", "en", "agnews_test", lambda: _agnews(0)),
    ("abc headlines 25,000-29,999", "dev", "en", "abc_headlines_2003", lambda: _abc(25000)),
    ("masakhanews_en test", "held out", "en", "masakhanews_en", lambda: _tsv(CORPORA / "masakhanews_en" / "eng_test.tsv")),
    ("agnews second half", "held out", "en", "agnews_test", lambda: _agnews(1)),
    ("abc headlines 0-4,999", "held out", "en", "abc_headlines_2003", lambda: _abc(0)),
    ("tenkgnad_de", "held out", "de", "tenkgnad_de", _tenkgnad),
    ("masakhanews_fra", "held out", "fr", "tenkgnad_de/extra_masakhanews_fra",
     lambda: _tsv(CORPORA / "tenkgnad_de" / "extra_masakhanews_fra" / "fra_test.tsv")),
]


def measure(min_words=MIN_WORDS, min_probability=MIN_PROBABILITY, quiet=False, splits=("dev", "held out")):
    rows = []
    for name, split, lang, folder, load in SETS:
        if split not in splits:
            continue
        if not (CORPORA / folder).exists():
            print(f"missing: {CORPORA / folder} (skipped)", file=sys.stderr)
            continue
        texts = [clean_text(t) for t in load()]
        detect_languages(texts[:1])  # load the model outside the timing
        t0 = time.perf_counter()
        found = detect_languages(texts, min_words=min_words, min_probability=min_probability)
        secs = time.perf_counter() - t0
        got = found["language"]
        right = int((got == lang).sum())
        unknown = int(got.isna().sum())
        other = len(got) - right - unknown
        wrong_top = found.loc[got.notna() & (got != lang), "language"].value_counts().head(3)
        rows.append({
            "corpus": name, "split": split, "language": lang, "documents": len(texts),
            "right": right, "other language": other, "unknown": unknown,
            "right %": round(100 * right / max(len(texts), 1), 1),
            "other %": round(100 * other / max(len(texts), 1), 2),
            "docs/s": round(len(texts) / secs),
            "other as": ", ".join(f"{k} {v}" for k, v in wrong_top.items()),
        })
    table = pd.DataFrame(rows)
    if not quiet:
        print(f"min_words={min_words}, min_probability={min_probability}")
        print(table.to_string(index=False))
    return table


if __name__ == "__main__":
    if "--grid" in sys.argv:
        for mw in (3, 4, 6):
            for mp in (0.5, 0.7, 0.9, 0.95):
                dev = measure(mw, mp, quiet=True, splits=("dev",))
                print(f"min_words={mw} min_probability={mp}: dev right {dev['right'].sum()}/{dev['documents'].sum()}, "
                      f"dev other (false 'not English') {dev['other language'].sum()}: "
                      + "; ".join(f"{c} {o}" for c, o in zip(dev['corpus'], dev['other language'])))
    else:
        measure()
