"""Markup and entity debris left in the clean text and titles after loading (round 13).

Loads each corpus through :func:`analysis.load_corpus` as a researcher would (a table export, no
language detection) and counts the documents whose clean ``text`` or ``title`` still holds:

* ``html tag``: a closing tag (``</a>``, ``</B>``), a tag with attributes (``<a href="...">``,
  ``<font size=2>``), a void tag (``<br>``, ``<br/>``, ``<img ...>``, ``<hr>``) or an HTML comment;
* ``escaped tag``: ``&lt;`` / ``&gt;`` (or ``lt;`` / ``gt;`` without their ``&``) left as text;
* ``entity``: a character reference written with ``&`` (``&quot;``, ``&#39;``, ``&amp;``);
* ``bare entity``: a reference that lost its ``&`` and stands for punctuation (``quot;``,
  ``#39;``, ``#36;``);
* ``link attribute``: what is left of a link's attributes (``HREF=``, ``target=/stocks/...``).

It also prints the lines ``cleaning_report`` labels ``table``, the lines whose reason says that
HTML was taken out or decoded (``[HTML in the line: ...]``), and with ``--examples N`` that many examples of
each kind of debris and of those reasons.

Corpora (each missing one is reported and skipped): AG News test (7,600; ``description`` as the
text, ``title``), Reuters-21578 (the first ``--reuters`` stories, default 3,000, written to a
JSONL file by ``benchmarks/_reuters.py``), MasakhaNEWS English (``eng_test.tsv``, 948).

    PYTHONPATH=$PWD nice -n 10 python benchmarks/bench_markup_debris.py [--reuters N] [--examples N]
        [--only NAME]
"""
from __future__ import annotations

import argparse
import re
import sys
import tempfile
import time
import warnings
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from analysis import cleaning_report, load_corpus  # noqa: E402
from analysis.clean.cleaning import MARKUP_NOTE  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
CORPORA = ROOT.parent / "shared" / "corpora"
if not CORPORA.exists():
    CORPORA = Path("/work/shared/corpora")

_ELEMENTS = (r"a|abbr|b|big|blockquote|body|br|center|cite|code|dd|div|dl|dt|em|embed|font|form|h[1-6]|"
             r"head|hr|html|i|iframe|img|input|li|link|meta|nobr|noscript|object|ol|p|param|pre|q|s|"
             r"script|small|span|strike|strong|style|sub|sup|table|tbody|td|th|thead|title|tr|tt|u|ul")
KINDS = {
    "html tag": re.compile(rf"</\s*(?:{_ELEMENTS})\s*>|<\s*(?:{_ELEMENTS})\s+[a-z-]+\s*=|"
                           r"<\s*(?:br|hr|img|wbr)\b[^<>]*>|<!--", re.I),
    "escaped tag": re.compile(r"&(?:amp;)*(?:lt|gt);|(?<![\w&])(?:lt|gt);"),
    "entity": re.compile(r"&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6});"),
    "bare entity": re.compile(r"(?<![\w&#])(?:quot|apos|nbsp|amp|mdash|ndash|hellip|rsquo|lsquo|rdquo|ldquo);"
                              r"|(?<![\w&])#(?:3[2-9]|[4-5][0-9]|6[0-4]|9[1-6]|12[3-6]|1[4-9][0-9]|8[0-9]{3});"),
    "link attribute": re.compile(r"\b(?:a\s+)?href\s*=|\btarget\s*=\s*[\"'/_]", re.I),
}


def _quiet_load(path, **kw):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return load_corpus(path, on_error="ignore", detect_language=False, **kw)


def corpora(n_reuters: int, only: str | None) -> dict:
    out = {}
    ag = CORPORA / "agnews_test" / "test.csv"
    if only in (None, "agnews"):
        if ag.exists():
            out["AG News"] = _quiet_load(ag, text_column="description", title_column="title")
        else:
            print(f"missing: {ag} (skipped)")
    if only in (None, "reuters"):
        try:
            from _reuters import write_reuters

            tmp = Path(tempfile.mkdtemp(prefix="markup_")) / "reuters.jsonl"
            write_reuters(tmp, fmt="jsonl", limit=n_reuters)
            out[f"Reuters {n_reuters:,}"] = _quiet_load(tmp)
        except FileNotFoundError as exc:
            print(f"missing: {exc} (skipped)")
    mas = CORPORA / "masakhanews_en" / "eng_test.tsv"
    if only in (None, "masakhanews"):
        if mas.exists():
            out["MasakhaNEWS en"] = _quiet_load(mas, title_column="headline")
        else:
            print(f"missing: {mas} (skipped)")
    return out


def count(name, corpus, n_examples: int) -> None:
    docs = Counter()
    hits = Counter()
    examples = defaultdict(list)
    any_doc = 0
    for text, title in zip(corpus["text"].fillna(""), corpus["title"].fillna("")):
        found = False
        for kind, pat in KINDS.items():
            for field, value in (("text", text), ("title", title)):
                ms = pat.findall(value)
                if ms:
                    hits[f"{kind} ({field})"] += len(ms)
                    docs[f"{kind} ({field})"] += 1
                    found = True
                    if len(examples[kind]) < n_examples:
                        m = pat.search(value)
                        examples[kind].append(value[max(0, m.start() - 50):m.end() + 50])
        any_doc += found
    rep = cleaning_report(corpus)
    labels = rep["label"].value_counts()
    markup = rep[rep["reason"].str.contains(MARKUP_NOTE, regex=False)]
    print(f"\n== {name}: {len(corpus):,} documents; {any_doc:,} with debris in text or title")
    for key in sorted(docs):
        print(f"  {docs[key]:6,} documents, {hits[key]:6,} times: {key}")
    print(f"  lines labelled table: {int(labels.get('table', 0)):,}; lines whose reason notes HTML: "
          f"{len(markup):,} in {markup['doc_id'].nunique():,} documents")
    for why, k in markup["reason"].value_counts().head(8).items():
        print(f"      {k:6,}  {why[:140]}")
    for kind, exs in examples.items():
        print(f"  e.g. {kind}:")
        for ex in exs:
            print(f"        {ex!r}")


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--reuters", type=int, default=3000)
    ap.add_argument("--examples", type=int, default=0)
    ap.add_argument("--only", choices=["agnews", "reuters", "masakhanews"])
    args = ap.parse_args(argv)
    for name, corpus in corpora(args.reuters, args.only).items():
        t0 = time.perf_counter()
        count(name, corpus, args.examples)
        print(f"  ({time.perf_counter() - t0:.1f} s to count)")


if __name__ == "__main__":
    main()
