"""Cleaning on long lines: what the line classifier removes, counted per label and reason.

Each 10kGNAD article is one long line; a rule that fires on such a line (a tweet link in the
story) used to remove the whole article. This prints, per corpus, the documents whose clean text
ends empty and the lines and characters each label and reason removes, and the lines kept
because they carry most of their document's text; with ``--save FILE`` it writes the counts as
JSON, and with ``--compare FILE`` it prints the differences to an earlier run (before/after a
change of the rules).

Corpora (from ../shared/corpora; each one missing is reported and skipped):
  10kGNAD German   test.csv, ``label;'text'`` (semicolon, single quotes, no header): raw = text
  MasakhaNEWS en   eng_test.tsv: raw = text, title column = headline
  AG News          test.csv: raw = title, blank line, description (as bench_cleaning_short)

    PYTHONPATH=$PWD nice -n 10 python benchmarks/bench_cleaning_long_lines.py [--save F] [--compare F]
"""
from __future__ import annotations

import csv
import json
import sys
from collections import Counter
from pathlib import Path

from analysis.clean.cleaning import classify_document

ROOT = Path(__file__).resolve().parents[1]
CORPORA = ROOT.parent / "shared" / "corpora"
if not CORPORA.exists():
    CORPORA = Path("/work/shared/corpora")


def corpora() -> dict:
    out = {}
    gnad = CORPORA / "tenkgnad_de" / "test.csv"
    if gnad.exists():
        csv.field_size_limit(2**31 - 1)
        with open(gnad, encoding="utf-8", newline="") as fh:
            out["10kGNAD de"] = [(row[1], None) for row in csv.reader(fh, delimiter=";", quotechar="'")]
    else:
        print(f"missing: {gnad} (skipped)")
    mas = CORPORA / "masakhanews_en" / "eng_test.tsv"
    if mas.exists():
        with open(mas, encoding="utf-8", newline="") as fh:
            out["MasakhaNEWS en"] = [(r["text"], r["headline"]) for r in csv.DictReader(fh, delimiter="\t")]
    else:
        print(f"missing: {mas} (skipped)")
    ag = CORPORA / "agnews_test" / "test.csv"
    if ag.exists():
        with open(ag, encoding="utf-8", newline="") as fh:
            out["AG News"] = [(r["title"] + "\n\n" + r["description"].replace("\\", " "), None)
                              for r in csv.DictReader(fh)]
    else:
        print(f"missing: {ag} (skipped)")
    return out


def count(docs) -> dict:
    empty = 0
    lines, chars, kept = Counter(), Counter(), Counter()
    for raw, title in docs:
        c = classify_document(raw, title=title)
        if not c.text.strip():
            empty += 1
        for line, label, reason in zip(c.lines, c.labels, c.reasons):
            if label != "body":
                lines[label] += 1
                chars[label] += len(line)
                lines[f"{label}: {reason}"] += 1
                chars[f"{label}: {reason}"] += len(line)
            elif reason.startswith("story text (kept"):
                kept[reason.split(",")[0].split(";")[0]] += 1
    return {"documents": len(docs), "empty": empty, "lines": dict(lines), "chars": dict(chars),
            "kept": dict(kept)}


def main():
    save = sys.argv[sys.argv.index("--save") + 1] if "--save" in sys.argv else None
    compare = sys.argv[sys.argv.index("--compare") + 1] if "--compare" in sys.argv else None
    before = json.loads(Path(compare).read_text()) if compare else {}
    results = {}
    for name, docs in corpora().items():
        r = results[name] = count(docs)
        b = before.get(name)
        print(f"\n== {name}: {r['documents']} documents, {r['empty']} end empty"
              + (f" (before: {b['empty']})" if b else ""))
        keys = sorted(set(r["lines"]) | set(b["lines"] if b else {}), key=lambda k: (":" in k, k))
        print(f"  {'removed lines':>13} {'chars':>10}" + ("   before: lines, chars" if b else "") + "  label[: reason]")
        for k in keys:
            nl, nc = r["lines"].get(k, 0), r["chars"].get(k, 0)
            extra = ""
            if b:
                bl, bc = b["lines"].get(k, 0), b["chars"].get(k, 0)
                extra = f"   {bl:>6} {bc:>10}" + ("  *changed*" if (bl, bc) != (nl, nc) else "")
            print(f"  {nl:>13} {nc:>10}{extra}  {k}")
        for k, v in r["kept"].items():
            print(f"  kept as body: {v} lines  {k}")
    if save:
        Path(save).write_text(json.dumps(results, indent=1, ensure_ascii=False) + "\n")
        print(f"\nsaved to {save}")


if __name__ == "__main__":
    main()
