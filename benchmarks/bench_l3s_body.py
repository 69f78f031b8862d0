"""Article bodies of the L3S-GN1 pages: word precision and recall of the clean text (round 12).

Loads the 621 original pages (``../shared/corpora/l3s_gn1_html/original``) with
``analysis.load_corpus`` (trafilatura, then the line cleaner) and compares each page's clean
``text`` with the article body a person marked in the annotated copy (``_l3s_body.body``), as
bags of lower-case words: precision = shared words / words of the clean text, recall = shared
words / words of the annotated body, summed over all pages (micro average). With
``--compare-tables`` the cleaning is run twice on the same extracted pages, with
``keep_tables=True`` (rows of tables kept, as before round 12) and with the default, and the
lines labelled ``table`` are listed.

    PYTHONPATH=$PWD nice -n 10 python benchmarks/bench_l3s_body.py [--limit N] [--compare-tables]

When the corpus folder is missing the script says so and exits with status 2.
"""
from __future__ import annotations

import argparse
import re
import shutil
import sys
import tempfile
import warnings
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _l3s_body import body  # noqa: E402

from analysis.clean.cleaning import classify_document  # noqa: E402

DEFAULT = Path(__file__).resolve().parents[1].parent / "shared" / "corpora" / "l3s_gn1_html"
_WORD = re.compile(r"\w+")


def _bag(text: str) -> Counter:
    return Counter(w.lower() for w in _WORD.findall(text or ""))


def score(texts: dict, gold: dict) -> tuple[float, float]:
    shared = got = want = 0
    for pid, g in gold.items():
        a, b = _bag(texts.get(pid, "")), _bag(g)
        shared += sum((a & b).values())
        got += sum(a.values())
        want += sum(b.values())
    return shared / max(got, 1), shared / max(want, 1)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT)
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--compare-tables", action="store_true")
    args = ap.parse_args()
    orig = args.corpus / "original"
    if not orig.is_dir():
        print(f"L3S-GN1 not found: expected {orig}")
        sys.exit(2)
    pages = sorted(orig.glob("*.html"))[: args.limit]
    from analysis import load_corpus

    with tempfile.TemporaryDirectory() as tmp:
        for p in pages:
            shutil.copy(p, Path(tmp) / p.name)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            corpus = load_corpus(tmp, on_error="ignore", detect_language=False)
    gold = {p.stem: body(args.corpus, p.stem) for p in pages}
    after = dict(zip(corpus.doc_id, corpus.text))
    prec, rec = score(after, gold)
    print(f"{len(gold)} pages; body word precision {prec:.4f}, recall {rec:.4f} (default cleaning)")
    if args.compare_tables:
        before, rows = {}, []
        for pid, raw, title in zip(corpus.doc_id, corpus.raw_text, corpus.title):
            c = classify_document(raw, title=title if isinstance(title, str) else None, keep_tables=True)
            before[pid] = c.text
            d = classify_document(raw, title=title if isinstance(title, str) else None)
            if d.text != after[pid]:
                print(f"  note: {pid} differs from load_corpus (title from metadata)")
            rows += [(pid, line.strip(), why) for line, lab, why in zip(d.lines, d.labels, d.reasons)
                     if lab == "table"]
        prec_b, rec_b = score(before, gold)
        print(f"keep_tables=True (before): precision {prec_b:.4f}, recall {rec_b:.4f}")
        print(f"lines labelled table: {len(rows)} in {len({r[0] for r in rows})} pages")
        for pid, line, why in rows:
            in_gold = line in gold[pid] or " ".join(line.split()) in " ".join(gold[pid].split())
            print(f"  {pid[:8]} {'(in annotated body)' if in_gold else '(not in body)':22} {line[:110]}")


if __name__ == "__main__":
    main()
