"""Benchmark: temporal expressions against TimeML gold (TimeBank = dev set, AQUAINT = held out).

Reads ``../shared/corpora/timebank/TBAQ-cleaned/{TimeBank,AQUAINT}/*.tml`` (TimeML 1.2.1 news
with a document creation time, DCT, and gold TIMEX3 annotations), strips the tags to plain
text while keeping the gold spans, runs :func:`analysis.extract_dates` with
``published = DCT`` and prints, for DATE, TIME and all types:

- extent precision / recall / F1, relaxed (a prediction and a gold span overlap; the type is
  not required to agree),
- value F1 (overlapping spans with the same normalized TimeML value),
- throughput (documents/s, MB/s of text) and peak memory.

The rules were tuned by looking at TimeBank errors; AQUAINT was not looked at while tuning,
so its figures are the honest ones. Reference points (TempEval-3 news test set): HeidelTime
value F1 0.78; dateparser's ``search_dates`` about 0.42.

Run: ``.venv/bin/python benchmarks/bench_dates.py [--errors N]``
"""
from __future__ import annotations

import argparse
import html
import re
import resource
import sys
import time
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
SHARED = ROOT.parent / "shared" / "corpora" / "timebank" / "TBAQ-cleaned"

from analysis import extract_dates  # noqa: E402

KIND_TO_TYPE = {"date": "DATE", "time": "TIME", "duration": "DURATION", "set": "SET"}
_TAG = re.compile(r"<(/?)([A-Za-z0-9]+)([^>]*)>")


def read_tml(path: Path) -> dict:
    """Plain text of <TEXT> with the gold TIMEX3 spans (start, end, type, value, text)."""
    raw = path.read_text(encoding="utf-8")
    dct = re.search(r"<DCT>\s*<TIMEX3[^>]*value=\"([^\"]+)\"", raw).group(1)
    body = raw[raw.index("<TEXT>") + len("<TEXT>"):raw.index("</TEXT>")]
    out, gold, open_timex = [], [], None
    pos = 0
    length = 0
    for m in _TAG.finditer(body):
        chunk = html.unescape(body[pos:m.start()])
        out.append(chunk)
        length += len(chunk)
        pos = m.end()
        closing, name, attrs = m.group(1), m.group(2), m.group(3)
        if name != "TIMEX3":
            continue
        if not closing:
            a = dict(re.findall(r'(\w+)="([^"]*)"', attrs))
            open_timex = (length, a.get("type"), a.get("value", ""))
        elif open_timex is not None:
            s, typ, val = open_timex
            if length > s:
                gold.append((s, length, typ, val))
            open_timex = None
    out.append(html.unescape(body[pos:]))
    text = "".join(out)
    gold = [(s, e, t, v, text[s:e]) for s, e, t, v in gold]
    return {"doc_id": path.stem, "text": text, "published": pd.Timestamp(dct[:10]), "gold": gold}


def norm(value) -> str:
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return ""
    v = str(value).upper().strip()
    v = re.sub(r"T(\d{2}:\d{2}):00$", r"T\1", v)
    return v


def score(docs: list[dict], pred: pd.DataFrame, errors: int = 0) -> pd.DataFrame:
    rows = []
    by_doc = {d: g for d, g in pred.groupby("doc_id")}
    stats = {t: dict(p=0, p_ext=0, p_val=0, g=0, g_ext=0, g_val=0) for t in ["DATE", "TIME", "ALL"]}
    misses = []
    for doc in docs:
        p = by_doc.get(doc["doc_id"])
        plist = [] if p is None else list(zip(p["start"], p["end"], p["kind"].map(KIND_TO_TYPE), p["value"], p["text"]))
        for (ps, pe, pt, pv, ptxt) in plist:
            overl = [g for g in doc["gold"] if ps < g[1] and g[0] < pe]
            for key in (pt, "ALL"):
                if key not in stats:
                    continue
                stats[key]["p"] += 1
                stats[key]["p_ext"] += bool(overl)
                stats[key]["p_val"] += any(norm(g[3]) == norm(pv) for g in overl)
            if not overl and errors:
                misses.append(("FP", doc["doc_id"], ptxt, norm(pv), ""))
        for (gs, ge, gt, gv, gtxt) in doc["gold"]:
            overl = [q for q in plist if gs < q[1] and q[0] < ge]
            for key in (gt, "ALL"):
                if key not in stats:
                    continue
                stats[key]["g"] += 1
                stats[key]["g_ext"] += bool(overl)
                ok = any(norm(q[3]) == norm(gv) for q in overl)
                stats[key]["g_val"] += ok
            if errors and not overl:
                misses.append(("FN", doc["doc_id"], gtxt, norm(gv), gt))
            elif errors and not any(norm(q[3]) == norm(gv) for q in overl):
                misses.append(("VAL", doc["doc_id"], gtxt + " | " + " / ".join(q[4] for q in overl),
                               " / ".join(norm(q[3]) for q in overl), gt + " " + norm(gv)))
    for t, s in stats.items():
        def f(a, b):
            return a / b if b else float("nan")
        P, Rr = f(s["p_ext"], s["p"]), f(s["g_ext"], s["g"])
        vP, vR = f(s["p_val"], s["p"]), f(s["g_val"], s["g"])
        rows.append({"type": t, "gold": s["g"], "predicted": s["p"],
                     "extent_P": P, "extent_R": Rr, "extent_F1": 2 * P * Rr / (P + Rr) if P + Rr else 0.0,
                     "value_P": vP, "value_R": vR, "value_F1": 2 * vP * vR / (vP + vR) if vP + vR else 0.0})
    if errors:
        import collections
        for kind in ("FP", "FN", "VAL"):
            c = collections.Counter((m[2].lower(), m[3], m[4]) for m in misses if m[0] == kind)
            print(f"\n-- {kind} (top {errors}) --")
            for (txt, val, extra), n in c.most_common(errors):
                print(f"{n:4d}  {txt!r:45}  pred={val:20} gold={extra}")
    return pd.DataFrame(rows)


def run(name: str, folder: Path, errors: int) -> None:
    files = sorted(folder.glob("*.tml"))
    docs = [read_tml(p) for p in files]
    corpus = pd.DataFrame({"doc_id": [d["doc_id"] for d in docs], "text": [d["text"] for d in docs],
                           "published": pd.to_datetime([d["published"] for d in docs])})
    n_bytes = sum(len(d["text"].encode("utf-8")) for d in docs)
    t0 = time.perf_counter()
    pred = extract_dates(corpus)
    dt = time.perf_counter() - t0
    table = score(docs, pred, errors)
    print(f"\n=== {name}: {len(docs)} documents, {sum(len(d['gold']) for d in docs)} gold TIMEX3 "
          f"(DCT excluded), {n_bytes / 1e6:.2f} MB of text ===")
    print(table.to_string(index=False, float_format=lambda x: f"{x:.3f}"))
    print(f"throughput: {dt:.2f} s, {len(docs) / dt:.1f} docs/s, {n_bytes / 1e6 / dt:.3f} MB/s, "
          f"{len(pred)} expressions")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--errors", type=int, default=0, help="print the N most frequent errors per class")
    ap.add_argument("--only", choices=["TimeBank", "AQUAINT"], default=None)
    args = ap.parse_args()
    if not SHARED.is_dir():
        sys.exit(f"TimeML corpus not found at {SHARED} (expected ../shared/corpora/timebank next to the repo)")
    for name in ("TimeBank", "AQUAINT"):
        if args.only and name != args.only:
            continue
        label = "dev set (rules tuned on it)" if name == "TimeBank" else "held out (not used for tuning)"
        run(f"{name} - {label}", SHARED / name, args.errors if name == "TimeBank" else 0)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\npeak memory (max RSS of this process): {peak:.0f} MB")
    print("reference (TempEval-3 news test): HeidelTime value F1 0.78; dateparser search_dates ~0.42")


if __name__ == "__main__":
    main()
