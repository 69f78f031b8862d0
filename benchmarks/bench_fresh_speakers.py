"""Speaker attribution on fresh MasakhaNEWS articles outside the UK gold set (issue 13, round 4).

Usage: python benchmarks/bench_fresh_speakers.py [-v] [--batch 1,2,3a,4a,6a] [--corpus DIR]

``benchmarks/data/masakhane_fresh_speakers.yml`` labels the speaker of every direct quotation in
87 articles that were never candidates of the UK gold draw (development evidence besides the
gold set's dev half; the gold set's test half is not touched). It stores no article text, only
source row, url and each quote's first words; the texts are read from the MasakhaNEWS English
folder (``--corpus``, ``$UK_GOLD_CORPUS`` or ``../shared/corpora/masakhanews_en``), and a row
whose url differs stops the script. A labelled quote is *found* when a predicted quotation
contains its first words; its speaker is judged with the UK gold scorer's rule
(``bench_uk_gold.speaker_right``: names compared without case, accents, punctuation and a
leading honorific; a null speaker must name nobody). Quotes spoken by several people together
(``PLURAL``) are counted apart. Prints found / speaker right per batch and for the batches
chosen together; ``-v`` lists every miss.

Batches (field ``batch``): 1 and 2 (round 4), 3a and 3b (round 5, drawn by
``benchmarks/draw_fresh_batch3.py``), 4a and 4b (round 10, drawn by
``benchmarks/draw_fresh_batch4.py``), 6a and 6b (round 11, drawn by
``benchmarks/draw_fresh_batch6.py``: sport, entertainment, health, technology, business), 12a
and 12b (round 13, drawn by ``benchmarks/draw_fresh_batch12.py``: politics, business, health,
entertainment, sports), 15a and 15b (round 14, drawn by ``benchmarks/draw_fresh_batch15.py``:
politics, business, health, technology), 19a and 19b (round 15, drawn by
``benchmarks/draw_fresh_batch19.py``: sports, entertainment, business, health), 22a and 22b
(round 16, drawn by ``benchmarks/draw_fresh_batch22.py``: sports, entertainment, business, health,
technology). Batches 3b, 4b, 6b, 12b, 15b, 19b and 22b are held out: ``--batch`` leaves them out
unless named (``--batch 3b``, ``--batch 4b``, ``--batch 6b``, ``--batch 12b``, ``--batch 15b``,
``--batch 19b``, ``--batch 22b``), so that they are scored only before and after a round's
changes. 12a, 15a, 19a and 22a are not in the default either (score them with ``--batch 12a``,
``--batch 15a``, ``--batch 19a`` or ``--batch 22a``), so the default figures stay
comparable with earlier rounds.
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
from _uk_gold import GoldCorpusError, read_corpus  # noqa: E402
from bench_uk_gold import speaker_right  # noqa: E402

import analysis  # noqa: E402

LABELS = ROOT / "benchmarks" / "data" / "masakhane_fresh_speakers.yml"


def _norm(s: str) -> str:
    return " ".join(s.replace("\u2019", "'").split()).lower()


DEFAULT_BATCHES = ("1", "2", "3a", "4a", "6a")


def score(items, verbose=False, label="articles"):
    """Score ``items``, each ``(batch, key, text, quotes)`` with ``quotes`` the labelled
    ``{first, speaker}`` dicts; a ``speaker`` may be a list (right when any of its names is).
    Prints found / speaker right per batch and for all together; returns the counts."""
    per = {}
    misses = []
    for b, key, text, quotes in items:
        n = per.setdefault(b, {"docs": 0, "quotes": 0, "found": 0, "right": 0, "plural": 0,
                               "plural_found": 0})
        n["docs"] += 1
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            q = analysis.extract_quotes(pd.DataFrame({"doc_id": ["d"], "text": [text]}))
        qn = [_norm(x) for x in q["quote"]]
        for lab in quotes:
            first = _norm(lab["first"])
            hit = [i for i, x in enumerate(qn) if first in x]
            plural = lab["speaker"] == "PLURAL"
            n["plural" if plural else "quotes"] += 1
            if not hit:
                misses.append((b, key, "quote missed", lab["first"], lab["speaker"], ""))
                continue
            if plural:
                n["plural_found"] += 1
                continue
            n["found"] += 1
            row = q.iloc[hit[0]]
            golds = lab["speaker"] if isinstance(lab["speaker"], list) else [lab["speaker"]]
            if any(speaker_right(row.to_dict(), g) for g in golds):
                n["right"] += 1
            else:
                misses.append((b, key, "wrong speaker", lab["first"], lab["speaker"],
                               f"predicted {row['speaker']!r} / {row['speaker_actor']!r}"))
    if verbose:
        for m in misses:
            print(f"  {m[0]:<3} {m[1]}  {m[2]:<14} {m[3]!r:<32} gold={m[4]!r} {m[5]}")
    total = {k: sum(n[k] for n in per.values()) for k in next(iter(per.values()))}
    for name, n in [*sorted(per.items()), ("all chosen", total)]:
        print(f"batch {name}: {n['docs']} {label}; {n['quotes']} labelled quotes (+{n['plural']} spoken by "
              f"several people); found {n['found']}/{n['quotes']} = {n['found'] / max(n['quotes'], 1):.3f}; "
              f"speaker right, of found {n['right']}/{n['found']} = {n['right'] / max(n['found'], 1):.3f}")
    return {"batches": per, "total": total}


def run(verbose=False, corpus=None, batches=DEFAULT_BATCHES):
    docs = [d for d in yaml.safe_load(LABELS.read_text(encoding="utf-8"))["documents"]
            if str(d.get("batch")) in batches]
    if not docs:
        raise GoldCorpusError(f"no labelled article in batch(es) {', '.join(batches)}")
    rows = read_corpus(corpus)
    items = []
    for d in docs:
        r = rows.get((d["source"], d["row"]))
        if r is None or r["url"] != d["url"]:
            raise GoldCorpusError(f"{d['source']} row {d['row']} is not {d['url']}: another copy of the corpus?")
        items.append((str(d["batch"]), f"{d['source']} {d['row']:>4}", r["text"], d["quotes"]))
    return score(items, verbose)


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-v", action="store_true", help="list every miss")
    ap.add_argument("--corpus", default=None, help="MasakhaNEWS English folder")
    ap.add_argument("--batch", default=",".join(DEFAULT_BATCHES),
                    help="comma-separated batches to score (default 1,2,3a,4a,6a; 12a, 15a, 19a and 22a by name; 3b, 4b, 6b, 12b, 15b, 19b and 22b are held out)")
    a = ap.parse_args()
    try:
        run(a.v, a.corpus, tuple(x.strip() for x in a.batch.split(",") if x.strip()))
    except GoldCorpusError as exc:
        sys.exit(f"bench_fresh_speakers: {exc}")
