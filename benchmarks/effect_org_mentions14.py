"""Organisation mentions of ``actor_mentions`` on unlabelled news, for before/after reading (issue 13, round 14).

Usage: python benchmarks/effect_org_mentions14.py OUT.tsv

Three corpora in no labelled set, each run as one corpus: the first 200 L3S-GN1 pages by id
that are in no L3S speaker or mention batch and in neither L3S metadata set (body rebuilt by
``_l3s_body.body``); the first 300 Reuters-21578 stories with a body; the first 300 MasakhaNEWS
English test articles that are not politics (the UK gold set draws politics only) and in no
fresh speaker or mention set. Writes one line per organisation mention: source, doc_id, start,
end, text, actor, match, and 80 characters of context. Run it with the code before and after a
change (PYTHONPATH) and compare the files (``diff``).
"""
from __future__ import annotations

import csv
import sys
from pathlib import Path

import pandas as pd
import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))
from _l3s_body import body  # noqa: E402
from _reuters import load_reuters  # noqa: E402
from analysis import actor_mentions  # noqa: E402

CORPORA = ROOT.parent / "shared" / "corpora"


def _labelled_l3s() -> set:
    pages = set()
    for name in ("l3s_speakers.yml", "l3s_mentions.yml"):
        pages |= {d["page"] for d in yaml.safe_load((HERE / "data" / name).read_text(encoding="utf-8"))["documents"]}
    for name in ("l3s_gn1_metadata_sample.csv", "l3s_gn1_metadata_heldout.csv"):
        rows = [ln for ln in (HERE / "data" / name).read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")]
        pages |= {r.get("doc_id", "") for r in csv.DictReader(rows)}
    return pages


def corpora(n_l3s: int = 200, n_reuters: int = 300, n_masakhane: int = 300) -> dict:
    """{source: corpus} of the first ``n_*`` unlabelled documents of each source (see above)."""
    folder = CORPORA / "l3s_gn1_html"
    used = _labelled_l3s()
    ids = [f.stem for f in sorted((folder / "annotated").glob("*.html")) if f.stem not in used][:n_l3s]
    l3s = pd.DataFrame({"doc_id": ids, "title": "", "text": [body(folder, p) for p in ids]})
    reu = load_reuters()
    reu = reu[reu["text"].fillna("").str.strip() != ""].head(n_reuters)[["doc_id", "title", "text"]]
    m = pd.read_csv(CORPORA / "masakhanews_en" / "eng_test.tsv", sep="\t")
    taken = set()
    for name in ("masakhane_fresh_speakers.yml", "masakhane_fresh_mentions.yml"):
        taken |= {d.get("url") for d in yaml.safe_load((HERE / "data" / name).read_text(encoding="utf-8"))["documents"]}
    m = m[(m["category"] != "politics") & ~m["url"].isin(taken)].head(n_masakhane)
    mak = pd.DataFrame({"doc_id": [f"mak-{i}" for i in m.index], "title": "", "text": m["text"].tolist()})
    return {"l3s": l3s, "reuters": reu, "masakhane": mak}


def main(out: str, types=("organization",), sizes=(200, 300, 300), what="organisation mentions") -> None:
    """Write the mentions of ``types`` in the :func:`corpora` of ``sizes`` to ``out`` (a TSV);
    with more than one type, each line also gives the mention's type after its actor."""
    with open(out, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter="\t")
        for src, df in corpora(*sizes).items():
            texts = dict(zip(df["doc_id"], df["text"]))
            m = actor_mentions(df)
            m = m[m["actor_type"].isin(types)]
            for r in m.itertuples():
                t = texts[r.doc_id]
                ctx = " ".join(t[max(0, r.start - 60):r.end + 60].split())
                kind = [r.actor_type] if len(types) > 1 else []
                w.writerow([src, r.doc_id, r.start, r.end, r.text, r.actor, *kind, r.match, ctx])
            print(src, len(df), "documents,", len(m), what)


if __name__ == "__main__":
    main(sys.argv[1])
