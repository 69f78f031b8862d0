"""How responsive the explorer is on 100,000 documents.

The explorer never re-annotates on a click: it filters tables computed once. This benchmark
annotates ``--base`` real Reuters-21578 stories once (``CorpusIndex.from_corpus``), then
builds an index of ``--docs`` documents by repeating those tables, each copy with new
``doc_id``\\s and its publication dates shifted by a whole number of years (so date filters and
charts see a long, dense corpus; the texts repeat, the index sizes are real). It prints:

- the size of each table and of the saved Parquet store;
- the time to load the store and build the index (what ``python -m analysis explore --store``
  does before the first render), and to build the app with its first filter applied;
- the time of each kind of filter (date range, metadata value, actor, tone, phrase, regular
  expression, combined), of rendering a page of sentences and a document view.

Usage::

    python benchmarks/bench_explore.py                    # 100,000 documents from 2,000 stories
    python benchmarks/bench_explore.py --docs 20000 --base 1000
"""
from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
import warnings
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from analysis.report.explorer import TABLES, CorpusIndex, explore  # noqa: E402


def _timed(label, fn, repeat: int = 3):
    best = float("inf")
    out = None
    for _ in range(repeat):
        t = time.perf_counter()
        out = fn()
        best = min(best, time.perf_counter() - t)
    print(f"  {label:<44} {best * 1000:9.1f} ms")
    return out


def replicate(index: CorpusIndex, copies: int) -> CorpusIndex:
    """An index of ``copies`` copies of ``index``'s documents, new ids, dates shifted by years."""
    tables = {}
    for name in TABLES:
        base = getattr(index, name)
        parts = []
        for c in range(copies):
            part = base.copy()
            if "doc_id" in part.columns:
                part["doc_id"] = part["doc_id"].astype(str) + f"~{c}"
            if name == "documents" and "published" in part.columns:
                part["published"] = part["published"] + pd.DateOffset(years=c % 30)
            parts.append(part)
        tables[name] = pd.concat(parts, ignore_index=True)
    tables["sentences"] = tables["sentences"].drop(columns=["published"], errors="ignore")
    return CorpusIndex(**tables)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=int, default=100_000)
    parser.add_argument("--base", type=int, default=2_000)
    args = parser.parse_args(argv)
    try:
        from _reuters import load_reuters, require_reuters
        require_reuters()
    except (ImportError, FileNotFoundError) as exc:
        print(f"Reuters-21578 is missing ({exc}); this benchmark needs ../shared/corpora/reuters21578.")
        return 1
    warnings.simplefilter("ignore")
    corpus = load_reuters()
    corpus = corpus[corpus["text"].str.len() > 0].head(args.base).reset_index(drop=True)
    t = time.perf_counter()
    base = CorpusIndex.from_corpus(corpus, progress=False)
    annotate_s = time.perf_counter() - t
    print(f"annotated {len(corpus):,} Reuters stories once in {annotate_s:.1f} s "
          f"({len(corpus) / annotate_s:.0f} documents/s)")
    copies = max(1, -(-args.docs // len(corpus)))
    index = replicate(base, copies)
    n_docs = len(index.documents)
    print(f"index of {n_docs:,} documents: " + ", ".join(
        f"{len(getattr(index, n)):,} {n}" for n in TABLES))
    with tempfile.TemporaryDirectory() as tmp:
        store = index.save(Path(tmp) / "store")
        size = sum(p.stat().st_size for p in store.glob("*.parquet"))
        print(f"store: {size / 1e6:.1f} MB of Parquet")
        print("first render (python -m analysis explore --store):")
        loaded = _timed("load the store and index it", lambda: CorpusIndex.load(store), repeat=1)
    app = _timed("build the app and apply the first filter", lambda: explore(loaded), repeat=1)
    top_actor = loaded.actors(1)[0]
    outlet_col = (loaded.metadata_columns() or [None])[0]
    outlet_val = loaded.documents[outlet_col].dropna().iloc[0] if outlet_col else None
    print("filters:")
    _timed("no filter", lambda: loaded.select())
    _timed("date range (one year)", lambda: loaded.select(date_from="1990-01-01", date_to="1990-12-31"))
    if outlet_col:
        _timed(f"metadata ({outlet_col})", lambda: loaded.select(column=outlet_col, values=[outlet_val]))
    _timed(f"actor ({top_actor})", lambda: loaded.select(actor=top_actor))
    _timed("tone <= -0.5", lambda: loaded.select(tone=(-1, -0.5)))
    _timed("phrase 'interest rates'", lambda: loaded.select(pattern="interest rates"), repeat=1)
    _timed("regex r'\\bcut\\w*'", lambda: loaded.select(pattern=r"\bcut\w*", regex=True), repeat=1)
    sel = _timed("actor + date range", lambda: loaded.select(actor=top_actor, date_from="1990-01-01",
                                                               date_to="1999-12-31"))
    print("views:")
    _timed("a page of 25 sentences (HTML)", lambda: loaded.sentences_html(sel, limit=25))
    doc = sel.documents["doc_id"].iloc[0]
    _timed("a document view (HTML)", lambda: loaded.document_html(doc))
    _timed("counts over time", lambda: loaded.over_time(sel))
    app.widgets["actor"].value = top_actor
    _timed("a filter applied through the app (click)", app.apply, repeat=1)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak resident memory: {peak:,.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
