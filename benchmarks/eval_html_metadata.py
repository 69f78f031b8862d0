"""Outlet and publication date of HTML news pages, before and after analysis.corpus.html_metadata.

Reads the L3S-GN1 pages (/work/shared/corpora/l3s_gn1_html/original, 621 news pages of 2007-08;
research use only, not shipped) and prints, for the loader as it is ("after") and for the rule
it replaced ("before": trafilatura's ``sitename`` or ``hostname``, else the outlet the cleaning
read from the text; trafilatura's htmldate date, else the date printed in the text, all called
"stated"):

* the number of distinct outlets and pages without one, and the 20 most frequent outlets;
* the distribution of publication years, and the number of pages dated from each basis/source;
* on the 30 hand-checked pages of ``benchmarks/data/l3s_gn1_metadata_sample.csv`` and the 15
  held-out ones of ``l3s_gn1_metadata_heldout.csv``: how many outlets and dates are right,
  wrong or missing (the corpus has no annotation of either).

Usage::

    PYTHONPATH=$PWD python benchmarks/eval_html_metadata.py [--corpus DIR] [--limit N]

When the corpus folder is missing the script says so and exits with status 2.
"""
from __future__ import annotations

import argparse
import csv
import re
import sys
import time
import warnings
from collections import Counter
from pathlib import Path

import pandas as pd

HERE = Path(__file__).resolve().parent
DEFAULT = Path("/work/shared/corpora/l3s_gn1_html")
SAMPLE = HERE / "data" / "l3s_gn1_metadata_sample.csv"
HELDOUT = HERE / "data" / "l3s_gn1_metadata_heldout.csv"


def before_rule(folder: Path, names: list[str]) -> pd.DataFrame:
    """The loader's former rule, recomputed: trafilatura's metadata, then the text."""
    import lxml.html
    import trafilatura

    from analysis.clean.cleaning import classify_document
    from analysis.corpus.loading import decode_bytes

    rows = []
    for name in names:
        text, _, _ = decode_bytes((folder / name).read_bytes())
        parser = lxml.html.HTMLParser(huge_tree=True, remove_comments=True, encoding="utf-8")
        try:
            tree = lxml.html.document_fromstring(text.encode("utf-8", "replace"), parser=parser)
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                doc = trafilatura.bare_extraction(tree, with_metadata=True, include_comments=False,
                                                  include_tables=False)
        except Exception:
            doc = None
        if doc is None or not (doc.text or "").strip():
            continue  # the loader skips these pages too
        c = classify_document(doc.text, title=doc.title)
        outlet = doc.sitename or doc.hostname or c.outlet
        date = doc.date or (c.published.strftime("%Y-%m-%d") if c.published is not None else None)
        rows.append({"doc_id": name.rsplit(".", 1)[0], "outlet": outlet,
                     "published": pd.Timestamp(date) if date else pd.NaT,
                     "date_basis": "stated" if date else "unknown",
                     "date_source": "trafilatura/htmldate" if doc.date else
                     ("date printed in the article text" if date else None)})
    return pd.DataFrame(rows)


def after_rule(folder: Path, names: list[str]) -> pd.DataFrame:
    from analysis.corpus.loading import load_corpus

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        if len(names) == len(list(folder.glob("*.html"))):
            corpus = load_corpus(folder, detect_language=False)
        else:
            import shutil
            import tempfile

            tmp = Path(tempfile.mkdtemp(prefix="eval_html_metadata_"))
            for n in names:
                shutil.copy(folder / n, tmp / n)
            corpus = load_corpus(tmp, detect_language=False)
            shutil.rmtree(tmp)
    return corpus


def norm(s) -> str:
    if not isinstance(s, str):
        return ""
    s = s.lower().strip()
    s = re.sub(r"^www\.", "", s)
    return " ".join(s.replace("’", "'").split()).strip(" .")


def summary(name: str, df: pd.DataFrame) -> None:
    print(f"\n=== {name}: {len(df)} pages loaded")
    outlets = df["outlet"].dropna()
    outlets = outlets[outlets.astype(str).str.strip() != ""]
    print(f"distinct outlets: {outlets.nunique()}; pages without an outlet: {len(df) - len(outlets)}")
    print("top 20 outlets:")
    for value, n in outlets.value_counts().head(20).items():
        print(f"  {n:4d}  {value}")
    years = df["published"].dt.year.value_counts(dropna=False).sort_index()
    print("published year: " + ", ".join(
        f"{'missing' if pd.isna(y) else int(y)}: {n}" for y, n in years.items()))
    print("date_basis: " + ", ".join(f"{k}: {v}" for k, v in df["date_basis"].value_counts().items()))
    if "date_source" in df:
        print("date_source: " + ", ".join(
            f"{k}: {v}" for k, v in df["date_source"].fillna("(none)").value_counts().items()))
    if "outlet_source" in df:
        print("outlet_source: " + ", ".join(
            f"{k}: {v}" for k, v in df["outlet_source"].fillna("(none)").value_counts().items()))


def score(name: str, df: pd.DataFrame, gold: list[dict]) -> None:
    by_id = df.set_index("doc_id")
    o, d = Counter(), Counter()
    for g in gold:
        if g["doc_id"] not in by_id.index:
            o["page not loaded"] += 1
            d["page not loaded"] += 1
            continue
        row = by_id.loc[g["doc_id"]]
        accept = {norm(x) for x in g["outlet_accept"].split("|")}
        val = norm(row["outlet"])
        o["missing" if not val else ("right" if val in accept else "wrong")] += 1
        pub = row["published"]
        if g["published"] == "?":
            d["not judged"] += 1
        elif pd.isna(pub):
            d["missing"] += 1
        elif not g["published"]:
            d["unsupported (the page prints no date)"] += 1
        else:
            d["right" if pub.strftime("%Y-%m-%d") == g["published"] else "wrong"] += 1
    n = len(gold)
    print(f"{name}: outlet " + ", ".join(f"{k} {v}/{n}" for k, v in sorted(o.items()))
          + "; date " + ", ".join(f"{k} {v}/{n}" for k, v in sorted(d.items())))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT,
                    help="the L3S-GN1 folder (with original/ and url-mapping.txt)")
    ap.add_argument("--limit", type=int, default=None, help="first N pages only (for a quick look)")
    args = ap.parse_args(argv)
    folder = args.corpus / "original"
    if not folder.is_dir():
        print(f"L3S-GN1 corpus missing: {folder} does not exist; nothing measured. "
              "(It is a research-use-only corpus that is not shipped with the project.)")
        return 2
    names = sorted(p.name for p in folder.glob("*.html"))
    if args.limit:
        names = names[: args.limit]
    print(f"{len(names)} HTML pages in {folder}")
    t = time.perf_counter()
    before = before_rule(folder, names)
    t_before = time.perf_counter() - t
    t = time.perf_counter()
    after = after_rule(folder, names)
    t_after = time.perf_counter() - t
    summary("before (trafilatura sitename/hostname and htmldate date, text as fallback)", before)
    summary("after (analysis.corpus.html_metadata in load_corpus)", after)
    print(f"\nseconds: before rule {t_before:.0f} (trafilatura + cleaning only), "
          f"after {t_after:.0f} (the whole load_corpus)")
    for path, what in ((SAMPLE, "hand check (pages seen while the rules were written)"),
                       (HELDOUT, "held-out hand check (judged before looking at the output)")):
        with open(path, encoding="utf-8", newline="") as fh:
            gold = list(csv.DictReader(ln for ln in fh if not ln.startswith("#")))
        gold = [g for g in gold if f"{g['doc_id']}.html" in set(names)]
        if gold:
            print(f"\n{what}, {len(gold)} pages ({path.name}):")
            score("  before", before, gold)
            score("  after ", after, gold)
    return 0


if __name__ == "__main__":
    sys.exit(main())
