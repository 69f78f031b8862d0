"""Person, country and organisation mentions on 10 L3S-GN1 US/world web news pages (issue 13, round 12).

Usage: python benchmarks/bench_l3s_mentions.py [--part dev|heldout|14a|14b|17a|17b|21a|21b|24a|24b] [-v] [--corpus DIR]

``benchmarks/data/l3s_mentions.yml`` labels every person, country (demonyms marked) and
organisation mention, with its canonical actor, in 10 pages of L3S-GN1 (2008 Google News pages of
US and world outlets: politics, business, world affairs) drawn by
``benchmarks/draw_l3s_mentions.py``: batch 11a is for development (``--part dev``), 11b held out
(``--part heldout``, scored once before and once after the round's changes). Batch 14 (round 13,
``benchmarks/draw_l3s_mentions14.py``): 14a for development (``--part 14a``), 14b held out
(``--part 14b``, only when named; scored once before and once after the round's changes). Batch 17
(round 14, ``benchmarks/draw_l3s_mentions17.py``): 17a for development (``--part 17a``), 17b held
out (``--part 17b``, only when named; scored once before and once after). Batch 21 (round 15,
``benchmarks/draw_l3s_mentions21.py``): 21a for development (``--part 21a``), 21b held out
(``--part 21b``, only when named; scored once before and once after). Batch 24 (round 16,
``benchmarks/draw_l3s_mentions24.py``, 5 pages: the topic filter's pool is used up): 24a for
development (``--part 24a``), 24b held out (``--part 24b``, only when named; scored once before
and once after). The page bodies are
rebuilt from the human annotation by ``_l3s_body.body`` (``--corpus``, default
``../shared/corpora/l3s_gn1_html``); the title is left empty (the body is what was labelled).

Labels become offsets as in ``bench_fresh_mentions.py`` (``gold_mentions``: every occurrence of a
surface, case-sensitive, word-bounded, longest first; ``x`` blocks a span) and are scored by the
UK gold scorer (``bench_uk_gold.score_mentions``) through ``bench_fresh_mentions.report``;
``analysis.actor_mentions`` runs on the part's pages as one corpus. Countries are scored here too
(recall with and without demonyms).
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
from _l3s_body import body  # noqa: E402
from _uk_gold import GoldCorpusError  # noqa: E402
from bench_fresh_mentions import gold_mentions, report  # noqa: E402

LABELS = ROOT / "benchmarks" / "data" / "l3s_mentions.yml"
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpora" / "l3s_gn1_html"
BATCH = {"dev": "11a", "heldout": "11b", "14a": "14a", "14b": "14b", "17a": "17a", "17b": "17b", "21a": "21a", "21b": "21b", "24a": "24a", "24b": "24b"}


def load(part, corpus=None):
    """(corpus DataFrame, gold mentions DataFrame) of part 'dev' or 'heldout'."""
    folder = Path(corpus) if corpus else DEFAULT_CORPUS
    if not (folder / "annotated").is_dir():
        raise FileNotFoundError(f"no L3S-GN1 folder at {folder}")
    docs = yaml.safe_load(LABELS.read_text(encoding="utf-8"))["documents"]
    texts, gold = [], []
    for d in docs:
        if str(d["batch"]) != BATCH[part]:
            continue
        doc_id, text = d["page"][:8], body(folder, d["page"])
        texts.append({"doc_id": doc_id, "title": "", "text": text})
        gold += gold_mentions(doc_id, text, d["labels"], set(d.get("skip", ())))
    gm = pd.DataFrame(gold)
    for c in ("metonym", "title"):
        gm[c] = False
    return pd.DataFrame(texts), gm


def run(part="dev", verbose=False, corpus=None):
    texts, gold = load(part, corpus)
    res = report(texts, gold, part, verbose, id_width=9, countries=True)
    c = res["country"]
    print(f"[{part}] country mentions: precision {c['precision']:.3f}  recall {c['recall']:.3f}  "
          f"({c['tp']} paired, {c['n_pred']} predicted, {c['n_gold']} gold); recall without demonyms "
          f"{c['recall_without_demonyms']:.3f} ({c['n_gold_without_demonyms']}), demonyms {c['recall_demonyms']:.3f}; "
          f"canonical right {c['actor_right_of_found']:.3f} of found")
    return res


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--part", choices=list(BATCH), default="dev")
    ap.add_argument("-v", action="store_true", help="list every miss, false hit and wrong name")
    ap.add_argument("--corpus", default=None, help="L3S-GN1 folder (annotated/, original/)")
    a = ap.parse_args()
    try:
        run(a.part, a.v, a.corpus)
    except (GoldCorpusError, FileNotFoundError) as exc:
        sys.exit(f"bench_l3s_mentions: {exc}")
