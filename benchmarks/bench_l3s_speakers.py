"""Speaker attribution on L3S-GN1 news pages, 2008 US/world outlets (issue 13, round 10b).

Usage: python benchmarks/bench_l3s_speakers.py [-v] [--batch 5a] [--corpus DIR]

``benchmarks/data/l3s_speakers.yml`` labels the speaker of every direct quotation in 14 pages
of L3S-GN1 drawn by ``benchmarks/draw_l3s_speakers.py`` (the first labelled speakers that are
not BBC text). The body of each page is rebuilt from the human annotation by
``_l3s_body.body`` (``--corpus``, default ``../shared/corpora/l3s_gn1_html``). The rules are
those of ``bench_fresh_speakers.py``: a labelled quote is *found* when a predicted quotation
contains its first words; its speaker is judged by ``bench_uk_gold.speaker_right`` (a list of
names counts as right when any of them is). Batch 5a is developed on; 5b is held out and is
scored only when named (``--batch 5b``). Batch 7 (round 11, 16 pages from other sites, drawn by
``benchmarks/draw_l3s_speakers7.py``) is split the same way: 7a to develop on, 7b held out
(``--batch 7a`` / ``--batch 7b``). Batch 8 (round 12, 16 pages from 16 further sites, drawn by
``benchmarks/draw_l3s_speakers8.py``): 8a to develop on, 8b held out (``--batch 8a`` /
``--batch 8b``). Batch 10 (round 12, webspk2 helper, 16 pages from 16 further sites, drawn by
``benchmarks/draw_l3s_speakers10.py``): 10a to develop on, 10b held out (``--batch 10a`` /
``--batch 10b``). Batch 13 (round 13, webspk3 helper, 16 pages from 16 further sites, drawn by
``benchmarks/draw_l3s_speakers13.py``): 13a to develop on, 13b held out (``--batch 13a`` /
``--batch 13b``). Batch 16 (round 14, webspk4 helper, 16 pages from 16 further sites, drawn by
``benchmarks/draw_l3s_speakers16.py``): 16a to develop on, 16b held out (``--batch 16a`` /
``--batch 16b``). Batch 20 (round 15, webspk5 helper, 16 pages from 16 further sites, drawn by
``benchmarks/draw_l3s_speakers20.py``): 20a to develop on, 20b held out (``--batch 20a`` /
``--batch 20b``). Batch 23 (round 16, webspk6 helper, 16 pages from 16 further sites, drawn by
``benchmarks/draw_l3s_speakers23.py``): 23a to develop on, 23b held out (``--batch 23a`` /
``--batch 23b``). ``-v`` lists every miss.
"""
from __future__ import annotations

import argparse
import sys
import warnings
from pathlib import Path

import pandas as pd
import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
from _l3s_body import body  # noqa: E402
from bench_fresh_speakers import _norm  # noqa: E402
from bench_uk_gold import speaker_right  # noqa: E402

import analysis  # noqa: E402

LABELS = ROOT / "benchmarks" / "data" / "l3s_speakers.yml"
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpora" / "l3s_gn1_html"


def run(verbose=False, corpus=None, batches=("5a",)):
    folder = Path(corpus) if corpus else DEFAULT_CORPUS
    if not (folder / "annotated").is_dir():
        sys.exit(f"bench_l3s_speakers: no L3S-GN1 folder at {folder}")
    docs = [d for d in yaml.safe_load(LABELS.read_text(encoding="utf-8"))["documents"]
            if str(d["batch"]) in batches]
    per, misses = {}, []
    for d in docs:
        n = per.setdefault(str(d["batch"]), {"docs": 0, "quotes": 0, "found": 0, "right": 0})
        n["docs"] += 1
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            q = analysis.extract_quotes(pd.DataFrame({"doc_id": ["d"], "text": [body(folder, d["page"])]}))
        qn = [_norm(x) for x in q["quote"]]
        for lab in d["quotes"]:
            n["quotes"] += 1
            hit = [i for i, x in enumerate(qn) if _norm(lab["first"]) in x]
            if not hit:
                misses.append((d["batch"], d["page"][:8], "quote missed", lab["first"], lab["speaker"], ""))
                continue
            n["found"] += 1
            row = q.iloc[hit[0]].to_dict()
            golds = lab["speaker"] if isinstance(lab["speaker"], list) else [lab["speaker"]]
            if any(speaker_right(row, g) for g in golds):
                n["right"] += 1
            else:
                misses.append((d["batch"], d["page"][:8], "wrong speaker", lab["first"], lab["speaker"],
                               f"predicted {row['speaker']!r} / {row['speaker_actor']!r}"))
    if verbose:
        for m in misses:
            print(f"  {m[0]:<3} {m[1]}  {m[2]:<14} {m[3]!r:<28} gold={m[4]!r} {m[5]}")
    total = {k: sum(n[k] for n in per.values()) for k in ("docs", "quotes", "found", "right")}
    for name, n in [*sorted(per.items()), ("all chosen", total)]:
        print(f"batch {name}: {n['docs']} pages; {n['quotes']} labelled quotes; found {n['found']}/{n['quotes']}"
              f" = {n['found'] / max(n['quotes'], 1):.3f}; speaker right, of found {n['right']}/{n['found']}"
              f" = {n['right'] / max(n['found'], 1):.3f}")
    return {"batches": per, "total": total}


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-v", action="store_true", help="list every miss")
    ap.add_argument("--corpus", default=None, help="L3S-GN1 folder (annotated/, original/)")
    ap.add_argument("--batch", default="5a", help="comma-separated batches (default 5a; 5b, 7b, 8b, 10b, 13b, 16b, 20b and 23b are held out)")
    a = ap.parse_args()
    run(a.v, a.corpus, tuple(x.strip() for x in a.batch.split(",") if x.strip()))
