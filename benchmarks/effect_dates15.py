"""What round 15's date changes (helper dates3) do on unlabelled news: old vs new expressions.

Usage: python benchmarks/effect_dates15.py OLD_CHECKOUT OUT.tsv

Runs ``analysis.extract_dates`` from ``OLD_CHECKOUT`` (a checkout of the code before the round,
e.g. ``git archive ce75824 | tar -x -C /tmp/old``) and from this checkout on the texts round 14
read (docs/dates2-round14.md): the first 3,000 Reuters-21578 stories (less the 40 of
``draw_timex_newswire.py``), the 621 L3S-GN1 bodies (``_l3s_body.body``, anchor 2008-06-01) and the
1,420 MasakhaNEWS articles (dev and test, anchor 2022-06-01), and writes every expression that
differs (span, value or kind) with its sentence, for reading. Prints counts per corpus.
"""
from __future__ import annotations

import csv
import importlib
import subprocess
import sys
from pathlib import Path

import pandas as pd

HERE = Path(__file__).resolve().parent
CORPORA = HERE.parents[0].parent / "shared" / "corpora"


def corpora() -> pd.DataFrame:
    sys.path.insert(0, str(HERE))
    from _l3s_body import body
    from _reuters import load_reuters
    from draw_timex_newswire import draw

    r = load_reuters()
    drawn = {d for _, d in draw(r)}
    r = r.head(3000)
    r = r[~r["doc_id"].isin(drawn) & (r["text"] != "")]
    parts = [pd.DataFrame({"doc_id": r["doc_id"], "text": r["text"],
                           "published": pd.to_datetime(r["published"]).dt.normalize()})]
    folder = CORPORA / "l3s_gn1_html"
    ids = sorted(p.stem for p in (folder / "annotated").glob("*.html"))
    parts.append(pd.DataFrame({"doc_id": ["l3s-" + i for i in ids], "text": [body(folder, i) for i in ids],
                               "published": pd.Timestamp("2008-06-01")}))
    rows = []
    for name in ("eng_dev.tsv", "eng_test.tsv"):
        with open(CORPORA / "masakhanews_en" / name, encoding="utf-8", newline="") as f:
            for i, row in enumerate(csv.DictReader(f, delimiter="\t")):
                rows.append((f"masakhane-{name[4:-4]}-{i}", row["text"]))
    parts.append(pd.DataFrame({"doc_id": [a for a, _ in rows], "text": [b for _, b in rows],
                               "published": pd.Timestamp("2022-06-01")}))
    return pd.concat(parts, ignore_index=True)


def compare(old_root: str, out: str, corpus: pd.DataFrame) -> None:
    """Run both checkouts on ``corpus`` and write the differing expressions to ``out`` (round 16: a
    function, so that later rounds reuse it on their own texts)."""
    corpus.to_pickle("/tmp/_effect_dates15_corpus.pkl")
    code = ("import sys, pandas as pd; sys.path.insert(0, sys.argv[1]); from analysis import extract_dates; "
            "c = pd.read_pickle('/tmp/_effect_dates15_corpus.pkl'); extract_dates(c).to_pickle(sys.argv[2])")
    for root, path in ((old_root, "/tmp/_effect_dates15_old.pkl"), (str(HERE.parent), "/tmp/_effect_dates15_new.pkl")):
        subprocess.run([sys.executable, "-c", code, root, path], check=True, env={"PYTHONPATH": root, "PATH": "/usr/bin:/bin"})
    old, new = pd.read_pickle("/tmp/_effect_dates15_old.pkl"), pd.read_pickle("/tmp/_effect_dates15_new.pkl")
    key = ["doc_id", "start", "end", "value", "kind"]
    m = old[key + ["text"]].merge(new[key + ["text"]], on=key, how="outer", indicator=True)
    diff = m[m["_merge"] != "both"].copy()
    diff["side"] = diff["_merge"].map({"left_only": "old", "right_only": "new"})
    texts = corpus.set_index("doc_id")["text"]
    diff["context"] = [texts[d][max(0, s - 90):e + 60].replace("\n", " ") for d, s, e in
                       zip(diff["doc_id"], diff["start"].astype(int), diff["end"].astype(int))]
    diff["expr"] = diff["text_x"].fillna(diff["text_y"])
    diff = diff.sort_values(["doc_id", "start", "side"])
    diff[["doc_id", "start", "side", "expr", "value", "kind", "context"]].to_csv(out, sep="\t", index=False)
    src = corpus["doc_id"].str.split("-").str[0]
    print(f"documents: {len(corpus)} ({src.value_counts().to_dict()}); expressions old {len(old)}, new {len(new)}")
    changed = diff.drop_duplicates(["doc_id", "start"])
    print(f"changed positions: {len(changed)} ({1000 * len(changed) / len(corpus):.1f} per 1,000 documents); "
          f"by corpus: {changed['doc_id'].str.split('-').str[0].value_counts().to_dict()}")


if __name__ == "__main__":
    compare(sys.argv[1], sys.argv[2], corpora())
