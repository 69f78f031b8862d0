"""Benchmark: temporal expressions against TimeML gold (TimeBank = dev set, AQUAINT = held out).

Reads ``../shared/corpora/timebank/TBAQ-cleaned/{TimeBank,AQUAINT}/*.tml`` (TimeML 1.2.1 news
with a document creation time, DCT, and gold TIMEX3 annotations), strips the tags to plain
text while keeping the gold spans, runs :func:`analysis.extract_dates` with
``published = DCT`` and prints, for DATE, TIME and all types:

- extent precision / recall / F1, relaxed (a prediction and a gold span overlap; the type is
  not required to agree),
- exact extent F1 (``exact_F1``: the same start and end as a gold span, any type and value;
  how close the extents are to TimeML practice),
- value F1 (overlapping spans with the same normalized TimeML value),
- throughput (documents/s, MB/s of text) and peak memory.

The rules were tuned by looking at TimeBank errors (rounds 1-3) and, from round 4 on, at
AQUAINT errors too (docs/dates-round4.md): both are development sets now, and figures on
unseen text need another corpus (TempEval-3 platinum, MEANTIME). Reference points (TempEval-3 news test set): HeidelTime
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
# the corpora folder sits next to the repository (../shared) or, for a git worktree kept in a
# subfolder, one level further up; DATES_TIMEBANK overrides both
_CANDIDATES = [Path(p) for p in [__import__("os").environ.get("DATES_TIMEBANK", "")] if p] + [
    base / "shared" / "corpora" / "timebank" / "TBAQ-cleaned" for base in (ROOT.parent, ROOT.parent.parent)]
SHARED = next((p for p in _CANDIDATES if p.is_dir()), _CANDIDATES[0])

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
    """Equal values written alike: T17:00:00 = T17:00 = T17 (TimeBank writes all three);
    with ``LENIENT_FORMS``, also the ISO week with or without its leading zero (2000-W7 =
    2000-W07, AQUAINT writes both) and a decade or century with or without its X fill
    (198X = 198, 19XX = 19: the TIMEX2 and the TimeML 1.2 way, both corpora write both)."""
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return ""
    v = str(value).upper().strip()
    if LENIENT_FORMS:
        v = re.sub(r"^(\d{4}-W)(\d)(?!\d)", r"\g<1>0\2", v)
        v = re.sub(r"^(\d{2,3})X+$", r"\1", v) if re.fullmatch(r"\d{2,3}X+", v) and len(v) == 4 else v
    v = re.sub(r"T(\d{2}:\d{2}):00(?=$|Z|[+-]\d)", r"T\1", v)
    v = re.sub(r"T(\d{2}):00(?=$|Z|[+-]\d)", r"T\1", v)
    return v


# set by --strict-forms (off: score the value strings exactly as the corpora write them, the
# figures of rounds 1-3)
LENIENT_FORMS = True

_ZONE = re.compile(r"(?<=T\d\d)(?::\d\d){0,2}(Z|[+-]\d\d:\d\d)$")


def drop_zone(pred: str, gold: str) -> str:
    """TimeBank/AQUAINT values carry no time zone ("5 p.m. EST" is T17:00): a predicted zone
    suffix is not held against a gold value that has none."""
    if _ZONE.search(pred) and not _ZONE.search(gold):
        return re.sub(r"(Z|[+-]\d\d:\d\d)$", "", pred)
    return pred


# the rows of the score table: each TIMEX3 type, DATE+TIME together (the headline
# figure) and all types
GROUPS = {"DATE": {"DATE"}, "TIME": {"TIME"}, "DURATION": {"DURATION"}, "SET": {"SET"},
          "DATE+TIME": {"DATE", "TIME"}, "ALL": {"DATE", "TIME", "DURATION", "SET"}}


def _groups_of(timex_type: str) -> list[str]:
    return [g for g, members in GROUPS.items() if timex_type in members]


def score(docs: list[dict], pred: pd.DataFrame, errors: int = 0, truncate: bool = False) -> pd.DataFrame:
    """Extent and value scores. ``truncate``: a day value also matches a gold month or year it
    falls in (lenient; used for the dateparser baseline, which only returns full dates)."""
    rows = []

    def same(gv, pv):
        g = norm(gv)
        p = norm(drop_zone(norm(pv), g))
        if g == p:
            return True
        return truncate and bool(re.fullmatch(r"\d{4}(?:-\d{2})?", g)) and p.startswith(g)

    by_doc = {d: g for d, g in pred.groupby("doc_id")}
    stats = {t: dict(p=0, p_ext=0, p_val=0, p_exact=0, g=0, g_ext=0, g_val=0, g_exact=0) for t in GROUPS}
    misses = []
    for doc in docs:
        p = by_doc.get(doc["doc_id"])
        plist = [] if p is None else list(zip(p["start"], p["end"], p["kind"].map(KIND_TO_TYPE), p["value"], p["text"]))
        for (ps, pe, pt, pv, ptxt) in plist:
            overl = [g for g in doc["gold"] if ps < g[1] and g[0] < pe]
            for key in _groups_of(pt):
                stats[key]["p"] += 1
                stats[key]["p_ext"] += bool(overl)
                stats[key]["p_val"] += any(same(g[3], pv) for g in overl)
                stats[key]["p_exact"] += any(g[0] == ps and g[1] == pe for g in overl)
            if not overl and errors:
                misses.append(("FP", doc["doc_id"], ptxt, norm(pv), ""))
        for (gs, ge, gt, gv, gtxt) in doc["gold"]:
            overl = [q for q in plist if gs < q[1] and q[0] < ge]
            for key in _groups_of(gt):
                stats[key]["g"] += 1
                stats[key]["g_ext"] += bool(overl)
                ok = any(same(gv, q[3]) for q in overl)
                stats[key]["g_val"] += ok
                stats[key]["g_exact"] += any(q[0] == gs and q[1] == ge for q in overl)
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
        xP, xR = f(s["p_exact"], s["p"]), f(s["g_exact"], s["g"])
        rows.append({"type": t, "gold": s["g"], "predicted": s["p"],
                     "extent_P": P, "extent_R": Rr, "extent_F1": 2 * P * Rr / (P + Rr) if P + Rr else 0.0,
                     "exact_F1": 2 * xP * xR / (xP + xR) if xP + xR else 0.0,
                     "value_P": vP, "value_R": vR, "value_F1": 2 * vP * vR / (vP + vR) if vP + vR else 0.0})
    if errors:
        import collections
        for kind in ("FP", "FN", "VAL"):
            c = collections.Counter((m[2].lower(), m[3], m[4]) for m in misses if m[0] == kind)
            print(f"\n-- {kind} (top {errors}) --")
            for (txt, val, extra), n in c.most_common(errors):
                print(f"{n:4d}  {txt!r:45}  pred={val:20} gold={extra}")
    return pd.DataFrame(rows)


def dateparser_baseline(corpus: pd.DataFrame) -> pd.DataFrame:
    """dateparser's search_dates as a tagger: found strings located in order, day-level values."""
    from dateparser.search import search_dates

    rows = []
    for doc_id, text, pub in zip(corpus["doc_id"], corpus["text"], corpus["published"]):
        found = search_dates(text, languages=["en"],
                             settings={"RELATIVE_BASE": pub.to_pydatetime(), "PREFER_DATES_FROM": "past"}) or []
        pos = 0
        for phrase, dt in found:
            i = text.find(phrase, pos)
            if i < 0:
                continue
            pos = i + len(phrase)
            kind = "time" if (dt.hour, dt.minute) != (0, 0) else "date"
            value = f"{dt:%Y-%m-%dT%H:%M}" if kind == "time" else f"{dt:%Y-%m-%d}"
            rows.append((doc_id, phrase, i, i + len(phrase), value, kind))
    return pd.DataFrame(rows, columns=["doc_id", "text", "start", "end", "value", "kind"])


def run(name: str, folder: Path, errors: int, baseline: bool = False) -> None:
    files = sorted(folder.glob("*.tml"))
    docs = [read_tml(p) for p in files]
    corpus = pd.DataFrame({"doc_id": [d["doc_id"] for d in docs], "text": [d["text"] for d in docs],
                           "published": pd.to_datetime([d["published"] for d in docs])})
    n_bytes = sum(len(d["text"].encode("utf-8")) for d in docs)
    t0, c0 = time.perf_counter(), time.process_time()
    pred = extract_dates(corpus)
    dt, cpu = time.perf_counter() - t0, time.process_time() - c0
    table = score(docs, pred, errors)
    print(f"\n=== {name}: {len(docs)} documents, {sum(len(d['gold']) for d in docs)} gold TIMEX3 "
          f"(DCT excluded), {n_bytes / 1e6:.2f} MB of text ===")
    print(table.to_string(index=False, float_format=lambda x: f"{x:.3f}"))
    print(f"throughput: {dt:.2f} s wall, {len(docs) / dt:.1f} docs/s, {n_bytes / 1e6 / dt:.3f} MB/s; "
          f"{cpu:.2f} s CPU, {len(docs) / cpu:.1f} docs/s, {n_bytes / 1e6 / cpu:.3f} MB/s per core; "
          f"{len(pred)} expressions")
    if baseline:
        t0 = time.perf_counter()
        base = dateparser_baseline(corpus)
        bt = time.perf_counter() - t0
        print("-- baseline: dateparser.search_dates (RELATIVE_BASE = DCT); its day values also "
              "count as right for a gold month or year they fall in --")
        print(score(docs, base, truncate=True).to_string(index=False, float_format=lambda x: f"{x:.3f}"))
        print(f"baseline throughput: {bt:.2f} s, {len(docs) / bt:.1f} docs/s")


EXPRESSIONS = ROOT / "tests" / "data" / "date_expressions.tsv"


def expression_accuracy(path: Path = EXPRESSIONS) -> pd.DataFrame:
    """Accuracy per class on the invented test expressions (tests/data/date_expressions.tsv).

    An expression counts as right when extract_dates finds exactly that span in its sentence
    with the expected TimeML value and type."""
    table = pd.read_csv(path, sep="\t", comment="#", dtype=str, keep_default_na=False)
    ok = []
    for row in table.itertuples(index=False):
        text = row.text or row.expression
        got = extract_dates(pd.DataFrame({"doc_id": ["x"], "text": [text],
                                          "published": pd.to_datetime([row.anchor])}))
        hit = got[(got["text"] == row.expression) & (got["value"] == row.value)
                  & (got["kind"].map(KIND_TO_TYPE) == row.type)]
        ok.append(not hit.empty)
    table["right"] = ok
    by = table.groupby("class", sort=False)["right"].agg(["size", "sum", "mean"])
    by.columns = ["expressions", "right", "accuracy"]
    by.loc["ALL"] = [len(table), int(table["right"].sum()), table["right"].mean()]
    return by


def reuters_speed(n: int) -> None:
    """CPU time of extract_dates over the first ``n`` Reuters-21578 stories (best of three)."""
    from _reuters import load_reuters

    corpus = load_reuters(limit=n)[["doc_id", "text", "published"]]
    extract_dates(corpus.head(20))  # warm up (regex compilation, lexicons)
    best, out = float("inf"), None
    for _ in range(3):
        c0 = time.process_time()
        out = extract_dates(corpus)
        best = min(best, time.process_time() - c0)
    print(f"=== Reuters-21578, first {len(corpus)} stories: {len(out)} expressions, best of 3: "
          f"{best:.2f} s CPU, {len(corpus) / best:.0f} docs/s on one core ===")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--errors", type=int, default=0, help="print the N most frequent errors per class")
    ap.add_argument("--strict-forms", action="store_true",
                    help="compare values as written: 2000-W7 != 2000-W07 and 198X != 198 (rounds 1-3)")
    ap.add_argument("--only", choices=["TimeBank", "AQUAINT"], default=None)
    ap.add_argument("--no-baseline", action="store_true", help="skip the dateparser baseline")
    ap.add_argument("--expressions-only", action="store_true",
                    help="only score the invented test expressions (no corpus needed)")
    ap.add_argument("--reuters", type=int, default=0, metavar="N",
                    help="only time extract_dates over the first N Reuters-21578 stories")
    args = ap.parse_args()
    global LENIENT_FORMS
    LENIENT_FORMS = not args.strict_forms
    if args.reuters:
        sys.path.insert(0, str(Path(__file__).resolve().parent))
        reuters_speed(args.reuters)
        return
    print("=== invented test expressions (tests/data/date_expressions.tsv): accuracy per class ===")
    print(expression_accuracy().to_string(float_format=lambda x: f"{x:.3f}"))
    print("=== held-out invented expressions (tests/data/date_expressions_heldout.tsv, not tuned on) ===")
    print(expression_accuracy(EXPRESSIONS.with_name("date_expressions_heldout.tsv"))
          .to_string(float_format=lambda x: f"{x:.3f}"))
    if args.expressions_only:
        return
    if not SHARED.is_dir():
        sys.exit(f"TimeML corpus not found at {SHARED} (expected ../shared/corpora/timebank next to the repo)")
    for name in ("TimeBank", "AQUAINT"):
        if args.only and name != args.only:
            continue
        label = "dev set (rules tuned on it)" if name == "TimeBank" else "dev set since round 4 (errors read)"
        run(f"{name} - {label}", SHARED / name, args.errors, baseline=not args.no_baseline)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\npeak memory (max RSS of this process): {peak:.0f} MB")
    print("reference (TempEval-3 news test): HeidelTime value F1 0.78; dateparser search_dates ~0.42")


if __name__ == "__main__":
    main()
