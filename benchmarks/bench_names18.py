"""Person, country and organisation mentions in set 18: sports / entertainment articles and AG News items (issue 13, round 14).

Usage: python benchmarks/bench_names18.py [--part a|b] [-v]

``benchmarks/data/names18_mentions.yml`` labels every person, country (demonyms marked) and
organisation mention, with its canonical actor, in 6 MasakhaNEWS English sports / entertainment
articles (BBC News, about 2022) and 30 AG News Sports / World items (2004) drawn by
``benchmarks/draw_names18.py``: part **a** (18a) is for development (default), part **b** (18b) is
held out (scored once before and once after the round's changes; run it only when named). Texts
are read from ``../shared/corpora`` (MasakhaNEWS through ``_uk_gold.read_corpus``, AG News through
``draw_wire_mentions.agnews_rows``); a MasakhaNEWS article is given with its headline, an AG News
item with its description only (the title is left empty), as in ``bench_fresh_mentions.py`` and
``bench_wire_mentions.py``. Labels become offsets by ``bench_fresh_mentions.gold_mentions`` and are
scored by the UK gold scorer through ``bench_fresh_mentions.report``; ``analysis.actor_mentions``
runs on the part's texts as one corpus. Figures for the whole part and for MasakhaNEWS and AG
News apart.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pandas as pd
import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
from _uk_gold import GoldCorpusError, read_corpus  # noqa: E402
from bench_fresh_mentions import gold_mentions  # noqa: E402
from bench_wire_mentions import report_by_source  # noqa: E402
from draw_wire_mentions import agnews_rows  # noqa: E402

LABELS = ROOT / "benchmarks" / "data" / "names18_mentions.yml"


def load(part, corpus=None):
    """(corpus DataFrame, gold mentions DataFrame) of part 'a' or 'b'."""
    docs = [d for d in yaml.safe_load(LABELS.read_text(encoding="utf-8"))["documents"] if d["part"] == f"18{part}"]
    rows = read_corpus(corpus) if any("source" in d for d in docs) else {}
    ag = agnews_rows()
    texts, gold = [], []
    for d in docs:
        if "source" in d:
            r = rows.get((d["source"], d["row"]))
            if r is None or r["url"] != d["url"]:
                raise GoldCorpusError(f"{d['source']} row {d['row']} is not {d['url']}: another copy of the corpus?")
            doc_id, title, text = f"masakhane-{d['source'][4:-4]}_{d['row']}", r["headline"], r["text"]
        else:
            doc_id, title, text = d["id"], "", ag[int(d["id"][7:])]["description"]
        texts.append({"doc_id": doc_id, "title": title, "text": text})
        gold += gold_mentions(doc_id, text, d["labels"], set(d.get("skip", ())))
    gm = pd.DataFrame(gold)
    for c in ("metonym", "title"):
        gm[c] = False
    return pd.DataFrame(texts), gm


def run(part="a", verbose=False, corpus=None):
    texts, gold = load(part, corpus)
    return report_by_source(texts, gold, part, verbose, ("masakhane", "agnews"), id_width=22)


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--part", choices=["a", "b"], default="a")
    ap.add_argument("-v", action="store_true", help="list every miss, false hit and wrong name")
    ap.add_argument("--corpus", default=None, help="MasakhaNEWS English folder")
    a = ap.parse_args()
    try:
        run(a.part, a.v, a.corpus)
    except (GoldCorpusError, FileNotFoundError) as exc:
        sys.exit(f"bench_names18: {exc}")
