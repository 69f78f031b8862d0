"""Person, country and organisation mentions in wire copy: Reuters-21578 stories and AG News items (issue 13, round 13).

Usage: python benchmarks/bench_wire_mentions.py [--part a|b] [-v]

``benchmarks/data/wire_mentions.yml`` labels every person, country (demonyms marked) and
organisation mention, with its canonical actor, in 16 Reuters-21578 stories (1987 newswire) and 40
AG News test items (2004 one-sentence descriptions) drawn by ``benchmarks/draw_wire_mentions.py``:
part **a** is for development (default), part **b** is held out (scored once before and once after
the round's changes; run it only when named). Texts are read from ``../shared/corpora``
(``reuters21578`` through ``_reuters.load_reuters``, ``agnews_test/test.csv``); only the body /
description is given to the library and labelled (the title is left empty).

Labels become offsets as in ``bench_fresh_mentions.py`` (``gold_mentions``) and are scored by the UK
gold scorer through ``bench_fresh_mentions.report``; ``analysis.actor_mentions`` runs on the part's
texts as one corpus. Figures are printed for the whole part and for Reuters and AG News apart.
"""
from __future__ import annotations

import argparse
import contextlib
import io
import sys
from pathlib import Path

import pandas as pd
import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
from _reuters import load_reuters  # noqa: E402
from _uk_gold import GoldCorpusError  # noqa: E402
from bench_fresh_mentions import gold_mentions, report  # noqa: E402
from draw_wire_mentions import agnews_rows  # noqa: E402

LABELS = ROOT / "benchmarks" / "data" / "wire_mentions.yml"


def load(part):
    """(corpus DataFrame, gold mentions DataFrame) of part 'a' or 'b'."""
    docs = [d for d in yaml.safe_load(LABELS.read_text(encoding="utf-8"))["documents"] if d["part"] == part]
    need = {d["id"] for d in docs if d["id"].startswith("reuters-")}
    reuters = load_reuters().set_index("doc_id")
    rows = agnews_rows()
    texts, gold = [], []
    for d in docs:
        doc_id = d["id"]
        if doc_id in need:
            text = reuters.loc[doc_id, "text"]
        else:
            text = rows[int(doc_id[7:])]["description"]
        texts.append({"doc_id": doc_id, "title": "", "text": text})
        gold += gold_mentions(doc_id, text, d["labels"], set(d.get("skip", ())))
    gm = pd.DataFrame(gold)
    for c in ("metonym", "title"):
        gm[c] = False
    return pd.DataFrame(texts), gm


def _line(part, res):
    p, c, o = res["person"], res["country"], res["organisation"]
    return (f"[{part}] persons P {p['precision']:.3f} R {p['recall']:.3f} full {p['actor_right_of_all']:.3f} "
            f"({p['n_gold']}) | countries P {c['precision']:.3f} R {c['recall']:.3f} ({c['n_gold']}) | "
            f"organisations P {o['precision']:.3f} R {o['recall']:.3f} ({o['n_gold']})")


def run(part="a", verbose=False):
    texts, gold = load(part)
    return report_by_source(texts, gold, part, verbose, ("reuters", "agnews"), id_width=13)


def report_by_source(texts, gold, part, verbose, sources, id_width=13):
    """Score the whole part (persons, organisations, countries), then each source apart: the
    documents whose ``doc_id`` starts with that source's name. Returns the whole part's scores."""
    res = report(texts, gold, part, verbose, id_width=id_width, countries=True)
    c = res["country"]
    print(f"[{part}] country mentions: precision {c['precision']:.3f}  recall {c['recall']:.3f}  "
          f"({c['tp']} paired, {c['n_pred']} predicted, {c['n_gold']} gold); recall without demonyms "
          f"{c['recall_without_demonyms']:.3f} ({c['n_gold_without_demonyms']}), demonyms {c['recall_demonyms']:.3f}")
    for src in sources:
        keep = texts["doc_id"].str.startswith(src)
        with contextlib.redirect_stdout(io.StringIO()):
            sub = report(texts[keep].reset_index(drop=True), gold[gold["doc_id"].str.startswith(src)]
                         .reset_index(drop=True), part, False, countries=True)
        print(_line(f"{part} {src}", sub))
    return res


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--part", choices=["a", "b"], default="a")
    ap.add_argument("-v", action="store_true", help="list every miss, false hit and wrong name")
    a = ap.parse_args()
    try:
        run(a.part, a.v)
    except (GoldCorpusError, FileNotFoundError) as exc:
        sys.exit(f"bench_wire_mentions: {exc}")
