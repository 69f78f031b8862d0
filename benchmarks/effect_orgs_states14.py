"""Organisation and state mentions of ``actor_mentions`` on unlabelled news, for before/after
reading (round 14, fixorgs14: disease acronyms, competitions, "Copa America", "producer Jordan").

Usage: python benchmarks/effect_orgs_states14.py OUT.tsv

The corpora of ``effect_org_mentions14.py`` (same exclusions of every labelled page and row),
larger: the first 600 L3S-GN1 pages by id in no labelled L3S set, the first 1,000 Reuters-21578
stories with a body, the first 500 MasakhaNEWS English test articles that are not politics and in
no fresh set. Writes one line per organisation or state mention (source, doc_id, start, end, text,
actor, type, match, 80 characters of context). Run with the code before and after (PYTHONPATH)
and ``diff`` the files.
"""
from __future__ import annotations

import csv
import sys
from pathlib import Path

import pandas as pd
import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))
from _l3s_body import body  # noqa: E402
from _reuters import load_reuters  # noqa: E402
from effect_org_mentions14 import CORPORA, _labelled_l3s  # noqa: E402
from analysis import actor_mentions  # noqa: E402

N_L3S, N_REUTERS, N_MASAKHANE = 600, 1000, 500


def corpora() -> dict:
    folder = CORPORA / "l3s_gn1_html"
    used = _labelled_l3s()
    ids = [f.stem for f in sorted((folder / "annotated").glob("*.html")) if f.stem not in used][:N_L3S]
    l3s = pd.DataFrame({"doc_id": ids, "title": "", "text": [body(folder, p) for p in ids]})
    reu = load_reuters()
    reu = reu[reu["text"].fillna("").str.strip() != ""].head(N_REUTERS)[["doc_id", "title", "text"]]
    m = pd.read_csv(CORPORA / "masakhanews_en" / "eng_test.tsv", sep="\t")
    taken = set()
    for name in ("masakhane_fresh_speakers.yml", "masakhane_fresh_mentions.yml"):
        taken |= {d.get("url") for d in yaml.safe_load((HERE / "data" / name).read_text(encoding="utf-8"))["documents"]}
    m = m[(m["category"] != "politics") & ~m["url"].isin(taken)].head(N_MASAKHANE)
    mak = pd.DataFrame({"doc_id": [f"mak-{i}" for i in m.index], "title": "", "text": m["text"].tolist()})
    return {"l3s": l3s, "reuters": reu, "masakhane": mak}


def main(out: str) -> None:
    with open(out, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter="\t")
        for src, df in corpora().items():
            texts = dict(zip(df["doc_id"], df["text"]))
            m = actor_mentions(df)
            m = m[m["actor_type"].isin(["organization", "state"])]
            for r in m.itertuples():
                t = texts[r.doc_id]
                ctx = " ".join(t[max(0, r.start - 60):r.end + 60].split())
                w.writerow([src, r.doc_id, r.start, r.end, r.text, r.actor, r.actor_type, r.match, ctx])
            print(src, len(df), "documents,", len(m), "organisation and state mentions")


if __name__ == "__main__":
    main(sys.argv[1])
