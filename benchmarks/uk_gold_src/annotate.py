"""Annotator's tool for the UK-politics gold set: turns a compact hand-written spec into the
gold YAML with character offsets, and prints every match in context for checking by eye.

Spec (one file per half, ``<half>.spec``), a section per document::

    == uk_dev_00
    p | Ranil Wickremesinghe | Ranil Wickremesinghe      # type | surface | canonical [| flags]
    c | Sri Lankan | Sri Lanka | demonym                   # flags: demonym, metonym, title
    o | IMF | International Monetary Fund
    skip | Sri Lanka#3                                      # drop the 3rd match of that surface
    at | Sri Lanka#2 | c | Sri Lanka | title               # set flags/type of one match
    q | 1 | Ranil Wickremesinghe                            # auto-found quote 1: speaker
    q | 2 | - | a spokesperson                              # unnamed: speaker null, source phrase
    noq | 3                                                 # auto-found span 3 is not a quotation
    join | 4 | 5                                            # quote 4 continues in span 5 (next paragraph)

Type letters: p person, c country, o organisation. Surfaces match case-sensitively on word
boundaries, longest first, never overlapping. Quotes are found by pairing double marks per
paragraph (straight marks alternate; curly marks say their side); a trailing comma or space
inside the marks is left out of the span.

The YAML written holds annotations only (no article text, title or quoted words beyond a
quote's first three): per document source/row/url and the SHA-256 of its text and title; the
texts are restored from the corpus by benchmarks/_uk_gold.py (BBC copyright, not redistributed).

Usage: python benchmarks/uk_gold_src/annotate.py dev|test [--show DOC|all] [--write] [--corpus PATH]
The documents come from benchmarks/make_uk_gold.py (the corpus must be present; --corpus or
$UK_GOLD_CORPUS point at it). --show prints every match in context on the terminal only.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from _uk_gold import first_words  # noqa: E402
GOLD = HERE.parents[1] / "tests" / "gold"
TYPES = {"p": "person", "c": "country", "o": "organisation"}


def quote_spans(text):
    """[(start, end)] of text inside paired double marks, per paragraph (newline-separated)."""
    out, pos = [], 0
    for para in text.split("\n"):
        opened = None
        for m in re.finditer('["\u201c\u201d]', para):
            ch, i = m.group(), pos + m.start()
            if opened is None and ch != "\u201d":
                opened = i + 1
            elif opened is not None and ch != "\u201c":
                out.append((opened, i))
                opened = None
        if opened is not None:
            out.append((opened, pos + len(para.rstrip())))
        pos += len(para) + 1
    res = []
    for s, e in out:
        while e > s and text[e - 1] in ", \n":
            e -= 1
        res.append((s, e))
    return res


def parse_spec(path):
    docs, cur = {}, None
    for raw in Path(path).read_text(encoding="utf-8").splitlines():
        line = raw.split("  #")[0].rstrip()
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if line.startswith("=="):
            cur = docs.setdefault(line[2:].strip(), [])
            continue
        cur.append([p.strip() for p in line.split("|")])
    return docs


def build(doc, spec, show=False):
    text = doc["text"]
    rules = [r for r in spec if r[0] in TYPES]
    skips = {r[1] for r in spec if r[0] == "skip"}
    ats = {r[1]: r[2:] for r in spec if r[0] == "at"}
    taken = [False] * len(text)
    seen_keys = set()
    found = []
    for r in sorted(rules, key=lambda r: -len(r[1])):
        typ, surf, canon = TYPES[r[0]], r[1], r[2]
        flags = r[3].split(",") if len(r) > 3 and r[3] else []
        k = 0
        for m in re.finditer(r"(?<!\w)" + re.escape(surf) + r"(?!\w)", text):
            if any(taken[m.start():m.end()]):
                continue
            k += 1
            key = f"{surf}#{k}"
            seen_keys.add(key)
            for i in range(m.start(), m.end()):
                taken[i] = True
            if key in skips:
                continue
            t, c, fl = typ, canon, flags
            if key in ats:
                a = ats[key]
                t, c = TYPES[a[0]], a[1]
                fl = a[2].split(",") if len(a) > 2 and a[2] else []
            men = {"start": m.start(), "end": m.end(), "text": surf, "type": t, "actor": c}
            for f in fl:
                men[f.strip()] = True
            found.append((men, key))
        if k == 0:
            print(f"  !! {doc['doc_id']}: no match for {surf!r}")
    found.sort(key=lambda x: x[0]["start"])
    spans = quote_spans(text)
    qspec = {int(r[1]): r for r in spec if r[0] == "q"}
    noq = {int(r[1]) for r in spec if r[0] == "noq"}
    joins = {int(r[1]): [int(x) for x in r[2:]] for r in spec if r[0] == "join"}
    joined = {x for v in joins.values() for x in v}
    quotes = []
    for n, (s, e) in enumerate(spans, 1):
        if n in noq or n in joined:
            continue
        if n not in qspec:
            print(f"  !! {doc['doc_id']}: quote {n} not decided: {text[s:e][:70]!r}")
            continue
        r = qspec[n]
        q = {"start": s, "end": e, "first_words": first_words(text[s:e]),
             "speaker": None if r[2] in ("-", "") else r[2]}
        if len(r) > 3 and r[3]:
            q["source"] = r[3]
        if n in joins:
            parts = [[s, e]] + [list(spans[j - 1]) for j in joins[n]]
            q["end"] = parts[-1][1]
            q["parts"] = parts
            q["first_words"] = first_words(" ".join(text[a:b] for a, b in parts))
        quotes.append(q)
    for r in spec:
        if r[0] in ("skip", "at") and r[1] not in seen_keys:
            print(f"  !! {doc['doc_id']}: {r[0]} {r[1]}: no such match")
    if show:
        print(f"\n===== {doc['doc_id']} {doc['url']}")
        for n, (s, e) in enumerate(spans, 1):
            tag = "NOQ" if n in noq else ("JOINED" if n in joined else (qspec[n][2] if n in qspec else "??"))
            print(f"  Q{n:02d} [{s}:{e}] {tag:>22s} <- {text[max(0, s-60):s-1]!r} >>{text[s:e][:90]!r}<< {text[e:e+60]!r}")
        for men, key in found:
            s, e = men["start"], men["end"]
            fl = ",".join(k for k in men if k not in ("start", "end", "text", "type", "actor"))
            print(f"  {men['type'][:3]} {key:28s} -> {men['actor']:26s} {fl:8s} ...{text[max(0, s-35):s]!r}[[{men['text']}]]{text[e:e+30]!r}")
    return quotes, [m for m, _ in found]


def main():
    half = sys.argv[1]
    show = sys.argv[sys.argv.index("--show") + 1] if "--show" in sys.argv else None
    corpus = sys.argv[sys.argv.index("--corpus") + 1] if "--corpus" in sys.argv else None
    from _uk_gold import GoldCorpusError, find_corpus, read_corpus, restore, sha256
    from make_uk_gold import select

    try:
        folder = find_corpus(corpus)
    except GoldCorpusError as e:
        sys.exit(str(e))
    rows = dict(zip(("dev", "test"), select(folder)))[half]
    docs = [{"doc_id": f"uk_{half}_{k:02d}", "source": r["source"], "row": r["row"], "url": r["url"],
             "text_sha256": sha256(r["text"]), "title_sha256": sha256(r["headline"]),
             "text": r["text"], "quotes": [], "mentions": []} for k, r in enumerate(rows)]
    spec = parse_spec(HERE / f"{half}.spec") if (HERE / f"{half}.spec").exists() else {}
    for doc in docs:
        if doc["doc_id"] not in spec:
            if show in (doc["doc_id"], "all"):
                build(doc, [], show=True)
            continue
        q, m = build(doc, spec[doc["doc_id"]], show=show in (doc["doc_id"], "all"))
        doc["quotes"], doc["mentions"] = q, m
        for x in m + q:
            assert x["start"] < x["end"]
        for x in m:
            assert doc["text"][x["start"]:x["end"]] == x["text"]
    if "--write" in sys.argv:
        header = (HERE / "header.yml").read_text(encoding="utf-8")
        out = GOLD / f"uk_politics_{half}.yml"
        out.write_text(header + dump(half, docs), encoding="utf-8")
        back = yaml.safe_load(out.read_text(encoding="utf-8"))
        assert back["documents"] == [{k: v for k, v in d.items() if k != "text"} for d in docs], \
            "YAML round trip changed the data"
        restored = restore(back, read_corpus(folder))["documents"]
        assert [d["text"] for d in restored] == [d["text"] for d in docs]
        for d in restored:
            assert all(first_words(q["quote"]) == q["first_words"] for q in d["quotes"])
        print("wrote", out, sum(len(d["quotes"]) for d in back["documents"]), "quotes,",
              sum(len(d["mentions"]) for d in back["documents"]), "mentions")


def dump(half, docs):
    """YAML with one line per mention and per quote (flow mappings)."""
    def flow(x):
        return yaml.safe_dump(x, default_flow_style=True, allow_unicode=True, width=10**9).strip()

    lines = [f"half: {half}", "documents:"]
    for d in docs:
        lines.append(f"- doc_id: {d['doc_id']}")
        for k in ("source", "row", "url", "text_sha256", "title_sha256"):
            lines.append("  " + yaml.safe_dump({k: d[k]}, allow_unicode=True, width=10**9).rstrip("\n"))
        for k in ("quotes", "mentions"):
            if not d[k]:
                lines.append(f"  {k}: []")
                continue
            lines.append(f"  {k}:")
            lines.extend(f"  - {flow(x)}" for x in d[k])
    return "\n".join(lines) + "\n"

if __name__ == "__main__":
    main()
