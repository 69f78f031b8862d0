"""Score :func:`analysis.extract_dates` on the frozen held-out dated sentences of round 5.

Reads ``benchmarks/data/dates_heldout_round5.tsv`` (65 sentences written by hand before the
round-5 rule changes, each with its document date and gold TIMEX3 marks
``{TYPE:VALUE|text}``), runs ``extract_dates`` with ``published`` = the sentence's date (each
sentence is its own document) and prints extent and value precision / recall / F1 per type with
the scorer of ``bench_dates.py`` (overlapping spans; value F1 needs the same normalised value),
then every gold expression missed or given another value and every spurious one.

The set is held out: score it once before a round's changes and once at the end; do not change a
rule because of what it shows.

Round 7 added ``dates_heldout_round7.tsv`` (48 sentences, times of day weighted), split into a
dev part and a frozen held-out part: ``--round 7 --part dev`` / ``--round 7 --part heldout``.

Run: ``PYTHONPATH=$PWD python benchmarks/score_dates_heldout.py [--strict-forms] [--round 7 --part dev]``
"""
from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

import pandas as pd

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

import bench_dates  # noqa: E402
from analysis import extract_dates  # noqa: E402

DATA = HERE / "data" / "dates_heldout_round5.tsv"
_MARK = re.compile(r"\{(DATE|TIME|DURATION|SET):([^|{}]+)\|([^{}]+)\}")


def read_marked(path: Path = DATA, part: str | None = None) -> list[dict]:
    """One document per sentence: plain text, published date and gold spans (start, end, type, value, text).

    ``part``: keep only the rows of that part (``dev`` or ``heldout``) of a file with a ``part``
    column (round 7)."""
    table = pd.read_csv(path, sep="\t", comment="#", dtype=str, keep_default_na=False)
    if part is not None:
        table = table[table["part"] == part].reset_index(drop=True)
    docs = []
    for i, (pub, marked) in enumerate(zip(table["published"], table["sentence"])):
        text, gold, pos = [], [], 0
        length = 0
        for m in _MARK.finditer(marked):
            text.append(marked[pos:m.start()])
            length += m.start() - pos
            gold.append((length, length + len(m.group(3)), m.group(1), m.group(2), m.group(3)))
            text.append(m.group(3))
            length += len(m.group(3))
            pos = m.end()
        text.append(marked[pos:])
        plain = "".join(text)
        if "{" in plain or "}" in plain:
            raise ValueError(f"row {i + 1}: malformed mark in {marked!r}")
        docs.append({"doc_id": f"h{i + 1:03d}", "text": plain, "published": pd.Timestamp(pub), "gold": gold})
    return docs


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--strict-forms", action="store_true", help="compare value strings exactly (see bench_dates.py)")
    ap.add_argument("--round", type=int, choices=[5, 7], default=5,
                    help="5: dates_heldout_round5.tsv (default); 7: dates_heldout_round7.tsv")
    ap.add_argument("--part", choices=["dev", "heldout"], default=None,
                    help="round 7 only: score the dev rows or the frozen held-out rows")
    args = ap.parse_args()
    bench_dates.LENIENT_FORMS = not args.strict_forms
    global DATA
    if args.round == 7:
        DATA = HERE / "data" / "dates_heldout_round7.tsv"
        if args.part is None:
            ap.error("--round 7 needs --part dev or --part heldout")
    docs = read_marked(DATA, args.part)
    corpus = pd.DataFrame({"doc_id": [d["doc_id"] for d in docs], "text": [d["text"] for d in docs],
                           "published": pd.to_datetime([d["published"] for d in docs])})
    pred = extract_dates(corpus)
    print(f"=== dated sentences ({DATA.name}{', part ' + args.part if args.part else ''}): {len(docs)} sentences, "
          f"{sum(len(d['gold']) for d in docs)} gold TIMEX3 ===")
    print(bench_dates.score(docs, pred).to_string(index=False, float_format=lambda x: f"{x:.3f}"))
    print("\n-- errors: gold missed (FN), value differs (VAL), spurious (FP) --")
    by_doc = {k: g for k, g in pred.groupby("doc_id")}
    for d in docs:
        p = by_doc.get(d["doc_id"], pred.iloc[:0])
        plist = list(zip(p["start"], p["end"], p["kind"].map(bench_dates.KIND_TO_TYPE), p["value"], p["text"]))
        for gs, ge, gt, gv, gtxt in d["gold"]:
            over = [q for q in plist if gs < q[1] and q[0] < ge]
            g = bench_dates.norm(gv)
            if not over:
                print(f"FN  {d['doc_id']} {gt:8} {gtxt!r} gold={gv}")
            elif not any(bench_dates.norm(bench_dates.drop_zone(bench_dates.norm(q[3]), g)) == g for q in over):
                print(f"VAL {d['doc_id']} {gt:8} {gtxt!r} gold={gv} pred=" + " / ".join(f"{q[4]!r}={q[3]} ({q[2]})" for q in over))
        for ps, pe, pt, pv, ptxt in plist:
            if not any(ps < g[1] and g[0] < pe for g in d["gold"]):
                print(f"FP  {d['doc_id']} {pt:8} {ptxt!r} pred={pv}")


if __name__ == "__main__":
    main()
