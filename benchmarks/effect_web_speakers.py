"""Speakers of quotations on unlabelled web and wire news, to read a change's effect (round 14).

Usage:
  python benchmarks/effect_web_speakers.py dump OUT.tsv [--l3s 600] [--reuters 3000] [--masakhane 300]
  python benchmarks/effect_web_speakers.py diff BEFORE.tsv AFTER.tsv   (effect_wire_speakers.py diff)

``dump`` runs ``analysis.extract_quotes`` on ``--l3s`` L3S-GN1 pages in no labelled speaker or
mention batch and no L3S metadata set: those that pass the speaker-draw filter
(``draw_l3s_speakers.candidates``), then other pages (sorted ids) with two or more double
quotation marks and "said", plus the Reuters-21578 and MasakhaNEWS sample of
``effect_wire_speakers.py`` (``--reuters``/``--masakhane``), and writes one line per quotation
as that script does.
"""
from __future__ import annotations

import argparse
import re
import sys
import warnings
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import analysis  # noqa: E402

L3S = ROOT.parent / "shared" / "corpora" / "l3s_gn1_html"


def _l3s(n):
    import yaml
    from _l3s_body import body
    from draw_l3s_speakers import candidates
    from draw_l3s_speakers7 import metadata_pages
    used = set(metadata_pages())
    for f in ("l3s_speakers.yml", "l3s_mentions.yml"):
        used |= {d["page"] for d in yaml.safe_load((ROOT / "benchmarks" / "data" / f).read_text(encoding="utf-8"))["documents"]}
    first = [p for p in candidates(L3S) if p not in used]
    pages, texts = first[:n], [body(L3S, p) for p in first[:n]]
    for f in sorted((L3S / "annotated").glob("*.html")):
        if len(pages) >= n:
            break
        if f.stem in used or f.stem in first:
            continue
        t = body(L3S, f.stem)
        if len(re.findall("[\"\u201c\u201d]", t)) >= 2 and re.search(r"\bsaid\b", t):
            pages.append(f.stem)    # any other page with a quotation mark pair and "said"
            texts.append(t)
    return pd.DataFrame({"doc_id": ["l3s-" + p for p in pages], "text": texts})


def main():
    import effect_wire_speakers as w
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("dump")
    d.add_argument("out")
    d.add_argument("--l3s", type=int, default=600)
    d.add_argument("--reuters", type=int, default=3000)
    d.add_argument("--masakhane", type=int, default=300)
    c = sub.add_parser("diff")
    c.add_argument("before")
    c.add_argument("after")
    a = ap.parse_args()
    if a.cmd == "diff":
        return w.diff(a.before, a.after)
    corpus = pd.concat([_l3s(a.l3s), w._corpus(a.reuters, a.masakhane)], ignore_index=True)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        q = analysis.extract_quotes(corpus)
    q = q.assign(first=q["quote"].str[:60].str.replace(r"\s+", " ", regex=True))
    q[["doc_id", "start", "first", "speaker", "speaker_actor"]].to_csv(a.out, sep="\t", index=False)
    print(f"{len(corpus)} documents ({corpus['doc_id'].str.split('-').str[0].value_counts().to_dict()}), "
          f"{len(q)} quotations -> {a.out}")


if __name__ == "__main__":
    main()
