"""Readers for the public human-rated sentiment data used by the sentiment benchmarks and
training scripts (never by the library or its tests).

Where the data are: ``$ANALYSIS_CORPORA`` if set, else the first ``shared/corpora`` folder
found next to the repository or next to one of its parent folders (``../shared/corpora`` for
a checkout, ``../../shared/corpora`` for a worktree under ``wt/``).

- ``vader_groundtruth/``: Hutto & Gilbert (ICWSM 2014), tab-separated id, mean rating of
  about 20 raters on -4..+4, text: tweets, movie-review and product-review snippets.
- ``newsmtsc/``: Hamborg & Donnay (EACL 2021), one JSON object per sentence with targets
  ``{from, to, mention, polarity}``; polarity 2 negative, 4 neutral, 6 positive; ``to`` is
  exclusive (``sentence[from:to] == mention``).
"""
from __future__ import annotations

import json
import os
from pathlib import Path

import numpy as np
import pandas as pd

REPO = Path(__file__).resolve().parents[1]
VADER_SETS = {
    "tweets": "tweets_GroundTruth.txt",
    "movie reviews": "movieReviewSnippets_GroundTruth.txt",
    "product reviews": "amazonReviewSnippets_GroundTruth.txt",
    # Present in the VADER study's archive but not in ../shared/corpora; read when someone
    # adds it (never fetched).
    "nyt editorials": "nytEditorialSnippets_GroundTruth.txt",
}
POLARITY = {2.0: "negative", 4.0: "neutral", 6.0: "positive"}


def corpora_dir() -> Path | None:
    """The shared corpora folder, or None when it is not there."""
    env = os.environ.get("ANALYSIS_CORPORA")
    if env:
        return Path(env) if Path(env).is_dir() else None
    for parent in [REPO, *REPO.parents]:
        cand = parent / "shared" / "corpora"
        if cand.is_dir():
            return cand
    return None


def require(sub: str) -> Path:
    """Path of a corpus folder; SystemExit with a clear message when it is missing."""
    base = corpora_dir()
    path = base / sub if base else None
    if path is None or not path.is_dir():
        raise SystemExit(f"missing corpus folder {sub!r} (looked in $ANALYSIS_CORPORA and "
                         f"shared/corpora next to {REPO} and its parents)")
    return path


def read_vader_set(path: Path) -> pd.DataFrame:
    """id, human (mean rating -4..+4), text."""
    rows = []
    with open(path, encoding="utf-8", errors="replace", newline="") as fh:
        for line in fh:
            parts = line.rstrip("\r\n").split("\t", 2)
            if len(parts) == 3:
                rows.append((parts[0], float(parts[1]), parts[2]))
    return pd.DataFrame(rows, columns=["id", "human", "text"])


def vader_sets() -> dict[str, pd.DataFrame]:
    """The human-rated VADER sets that are present, by name."""
    base = require("vader_groundtruth")
    return {name: read_vader_set(base / f) for name, f in VADER_SETS.items() if (base / f).exists()}


def read_newsmtsc(split: str) -> pd.DataFrame:
    """One row per target: sent_idx, sentence, target, start, end, label, polarity (-1/0/+1).

    ``split`` is ``"train"`` or ``"devtest_mt"`` (or another jsonl name of the folder).
    Rows whose offsets do not reproduce the mention are dropped with a printed note.
    """
    path = require("newsmtsc") / f"{split}.jsonl"
    rows, bad = [], 0
    with open(path, encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            r = json.loads(line)
            s = r["sentence_normalized"]
            for t in r["targets"]:
                a, b = int(t["from"]), int(t["to"])
                if s[a:b] != t["mention"]:
                    bad += 1
                    continue
                rows.append((i, s, t["mention"], a, b, POLARITY[float(t["polarity"])],
                             (float(t["polarity"]) - 4.0) / 2.0))
    if bad:
        print(f"  {split}: {bad} target(s) whose offsets do not match the mention were dropped")
    return pd.DataFrame(rows, columns=["sent_idx", "sentence", "target", "start", "end", "label",
                                       "polarity"])


def newsmtsc_sentences(split: str, agree_only: bool = True) -> pd.DataFrame:
    """Sentence-level tone labels derived from NewsMTSC's per-target labels.

    A sentence's label is the mean of its targets' polarities (-1 negative, 0 neutral,
    +1 positive). With ``agree_only`` (default) only sentences whose targets all carry the
    same label are kept, so the label is one the annotators gave to everyone named in the
    sentence; otherwise sentences with mixed targets get the mean (e.g. -0.5).

    Returns sent_idx, text, human (on -1..+1), n_targets.
    """
    t = read_newsmtsc(split)
    g = t.groupby("sent_idx", sort=True).agg(text=("sentence", "first"), human=("polarity", "mean"),
                                             n_targets=("polarity", "size"),
                                             n_labels=("polarity", "nunique")).reset_index()
    if agree_only:
        g = g[g["n_labels"] == 1]
    return g.drop(columns="n_labels").reset_index(drop=True).astype({"human": "float64"})


def stable_fold(texts, k: int = 5) -> np.ndarray:
    """A fold number 0..k-1 per text from a hash of its words (deterministic, order-free)."""
    import hashlib

    return np.array([int(hashlib.sha1(t.encode("utf-8")).hexdigest()[:8], 16) % k for t in texts])


def check_against_shipped(out: Path, shipped: Path) -> int:
    """Compare a freshly trained model file with the shipped one, byte for byte; 0 when equal."""
    import filecmp

    same = filecmp.cmp(out, shipped, shallow=False)
    print("identical to the shipped resource" if same else f"DIFFERS from {shipped}")
    return 0 if same else 1
