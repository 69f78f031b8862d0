"""Speakers of quotations on unlabelled news, to read the effect of a change (issue 13, round 12).

Usage:
  python benchmarks/effect_wire_speakers.py dump OUT.tsv [--reuters 2000] [--masakhane 400]
  python benchmarks/effect_wire_speakers.py diff BEFORE.tsv AFTER.tsv

``dump`` runs ``analysis.extract_quotes`` on the first ``--reuters`` Reuters-21578 stories (the
unlabelled check sample; ``draw_reuters_speakers.py`` never draws from the first 2,000) and on
the first ``--masakhane`` MasakhaNEWS English rows (eng_test.tsv) whose url is in no labelled
set (``bench_fresh_mentions10._used_urls``), and writes one line per quotation: doc, quote start,
the quote's first 60 characters, speaker, speaker_actor. ``diff`` lists the quotations whose
speaker or actor changed between two dumps (and quotations found in only one), with counts per
source, so each change can be read and judged by hand.
"""
from __future__ import annotations

import argparse
import csv
import sys
import warnings
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import analysis  # noqa: E402


def _corpus(n_reuters, n_masakhane):
    from _reuters import load_reuters
    from _uk_gold import find_corpus
    from bench_fresh_mentions10 import _used_urls
    r = load_reuters(limit=n_reuters)
    r = r[r["text"].str.contains('"', regex=False)][["doc_id", "text"]]
    used, rows = _used_urls(), []
    with open(find_corpus(None) / "eng_test.tsv", encoding="utf-8", newline="") as f:
        for i, row in enumerate(csv.DictReader(f, delimiter="\t")):
            if len(rows) >= n_masakhane:
                break
            if any(u in row["url"] for u in used if u):
                continue
            rows.append({"doc_id": f"masakhane-test-{i:05d}", "text": row["text"]})
    return pd.concat([r, pd.DataFrame(rows)], ignore_index=True)


def dump(out, n_reuters=1000, n_masakhane=400):
    corpus = _corpus(n_reuters, n_masakhane)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        q = analysis.extract_quotes(corpus)
    q = q.assign(first=q["quote"].str[:60].str.replace(r"\s+", " ", regex=True))
    q[["doc_id", "start", "first", "speaker", "speaker_actor"]].to_csv(out, sep="\t", index=False)
    print(f"{len(corpus)} documents, {len(q)} quotations -> {out}")


def diff(before, after):
    a = pd.read_csv(before, sep="\t", dtype=str, keep_default_na=False)
    b = pd.read_csv(after, sep="\t", dtype=str, keep_default_na=False)
    a, b = a.fillna(""), b.fillna("")
    m = a.merge(b, on=["doc_id", "start"], how="outer", suffixes=("_0", "_1"), indicator="where")
    m = m.fillna("")
    changed = m[(m["where"] != "both") | (m["speaker_0"] != m["speaker_1"])
                | (m["speaker_actor_0"] != m["speaker_actor_1"])]
    for r in changed.itertuples():
        print(f"{r.doc_id}\t{r.start}\t{(r.first_0 or r.first_1)[:50]!r}\t"
              f"{r.speaker_0!r}/{r.speaker_actor_0!r} -> {r.speaker_1!r}/{r.speaker_actor_1!r}\t{r.where}")
    src = changed["doc_id"].str.split("-").str[0]
    print(f"changed: {len(changed)} of {len(b)} quotations ({src.value_counts().to_dict()})")


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("dump")
    d.add_argument("out")
    d.add_argument("--reuters", type=int, default=2000)
    d.add_argument("--masakhane", type=int, default=400)
    c = sub.add_parser("diff")
    c.add_argument("before")
    c.add_argument("after")
    a = ap.parse_args()
    if a.cmd == "dump":
        dump(a.out, a.reuters, a.masakhane)
    else:
        diff(a.before, a.after)
