"""Person and organisation mentions on 10 fresh Reuters-21578 and MasakhaNEWS articles (issue 13, round 10).

Usage: python benchmarks/bench_fresh_mentions10.py [--part dev|heldout|both] [-v] [--list]

``benchmarks/data/fresh_mentions_round10.yml`` labels every person and organisation mention
(with its canonical actor) in 5 Reuters-21578 stories (1987 newswire, mostly companies) and
5 MasakhaNEWS English business/technology/health articles (BBC, 2022): text of a different
shape from the UK-politics sets. Half is for development (``dev``), half held out
(``heldout``, scored once at the end of round 10). The split was committed before any code
change of that round. No article text is stored, only the story id (Reuters) or source row
and url (MasakhaNEWS) and the labelled surface names; the texts are read from
``../shared/corpora`` (Reuters through ``benchmarks/_reuters.py``, MasakhaNEWS through
``benchmarks/_uk_gold.read_corpus``).

Selection (``--list`` repeats it): Reuters stories after the first 2,000 (those are the
unlabelled check sample of rounds 8 and 10) whose body has 100-300 words, and MasakhaNEWS rows
of the business, technology and health categories with 150-350 words whose url is in no file
of ``tests/gold`` or ``benchmarks/data``; ``random.Random(1310)`` draws 5 of each; in the list
Reuters then MasakhaNEWS, even positions are dev, odd ones held-out (3 Reuters + 2 MasakhaNEWS
dev, 2 + 3 held-out).

Labels and scoring are those of ``bench_fresh_mentions.py`` (every occurrence of a surface,
case-sensitive and word-bounded, longest first, becomes a gold mention; ``x`` blocks a span;
``skip`` drops the k-th match) and the UK gold scorer (``bench_uk_gold.score_mentions``);
``analysis.actor_mentions`` runs on the part's articles as one corpus.
"""
from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

import pandas as pd
import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
from _uk_gold import GoldCorpusError, read_corpus  # noqa: E402
from bench_fresh_mentions import ROUND3_ROWS, gold_mentions, report  # noqa: E402

import analysis  # noqa: E402

LABELS = ROOT / "benchmarks" / "data" / "fresh_mentions_round10.yml"


def _used_urls():
    urls = set()
    for p in list((ROOT / "tests" / "gold").glob("*.yml")) + list((ROOT / "benchmarks" / "data").glob("*.yml")):
        if p == LABELS:
            continue
        for line in p.read_text(encoding="utf-8").splitlines():
            for part in line.split():
                part = part.strip(",{}")
                if part.startswith("/news/"):
                    urls.add(part)
    return urls


def _reuters():
    import _reuters

    return _reuters.load_reuters()


def selection():
    """The 10 (source, id, url, words, part) of the labelled set."""
    rs = _reuters()
    rs = rs.iloc[2000:]
    rcand = [(r.doc_id, len(r.text.split())) for r in rs.itertuples() if 100 <= len(r.text.split()) <= 300]
    used = _used_urls()
    mcand, seen = [], set()
    for (src, i), r in sorted(read_corpus().items()):
        if r["url"] in seen:
            continue
        seen.add(r["url"])
        if r["category"] not in ("business", "technology", "health") or r["url"] in used:
            continue
        if src == "eng_dev.tsv" and i in ROUND3_ROWS:
            continue
        n = len(r["text"].split())
        if 150 <= n <= 350:
            mcand.append((src, i, r["url"], n))
    rng = random.Random(1310)
    pick = [("reuters", d, None, n) for d, n in rng.sample(rcand, 5)]
    pick += [(s, i, u, n) for s, i, u, n in rng.sample(mcand, 5)]
    return [c + ("dev" if k % 2 == 0 else "heldout",) for k, c in enumerate(pick)]


def load(part):
    """(corpus DataFrame, gold mentions DataFrame) of part 'dev', 'heldout' or 'both'."""
    docs = yaml.safe_load(LABELS.read_text(encoding="utf-8"))["documents"]
    rows, reuters = None, None
    texts, gold = [], []
    for d in docs:
        if part != "both" and d["part"] != part:
            continue
        if d["source"] == "reuters":
            if reuters is None:
                reuters = _reuters().set_index("doc_id")
            doc_id, title, text = d["id"], reuters.loc[d["id"], "title"], reuters.loc[d["id"], "text"]
        else:
            rows = rows or read_corpus()
            r = rows.get((d["source"], d["row"]))
            if r is None or r["url"] != d["url"]:
                raise GoldCorpusError(f"{d['source']} row {d['row']} is not {d['url']}: another copy of the corpus?")
            doc_id, title, text = f"{d['source'][4:-4]}_{d['row']}", r["headline"], r["text"]
        texts.append({"doc_id": doc_id, "title": title, "text": text})
        gold += gold_mentions(doc_id, text, d["labels"], set(d.get("skip", ())))
    gm = pd.DataFrame(gold)
    for c in ("demonym", "metonym", "title"):
        gm[c] = False
    return pd.DataFrame(texts), gm


def run(part="dev", verbose=False):
    texts, gold = load(part)
    return report(texts, gold, part, verbose, id_width=14)

if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--part", choices=["dev", "heldout", "both"], default="dev")
    ap.add_argument("-v", action="store_true", help="list every miss, false hit and wrong name")
    ap.add_argument("--list", action="store_true", help="print the selection and the split, then stop")
    a = ap.parse_args()
    try:
        if a.list:
            for c in selection():
                print(*c, sep="\t")
        else:
            run(a.part, a.v)
    except (GoldCorpusError, FileNotFoundError) as exc:
        sys.exit(f"bench_fresh_mentions10: {exc}")
