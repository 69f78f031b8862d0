"""Event kinds on unlabelled news (round 14): one line per dated sentence, for a before/after diff.

Usage: python benchmarks/effect_event_kinds.py OUT.tsv

Sentences are the rows of ``analysis.events`` on the first 1,000 Reuters-21578 stories with a text
(the unlabelled check sample: ``draw_wire_mentions`` and ``draw_event_kinds`` draw from story 2,000 on)
and on the first 1,000 MasakhaNEWS English rows (eng_test.tsv, then eng_dev.tsv; one row per url;
no publication date) that are in no labelled set (``_fresh_draw.taken_urls`` of every fresh-speaker
batch and mention set, the UK gold set, and the documents of ``draw_event_kinds`` and, since round 15,
``draw_event_kinds2``), and since round 15 the L3S-GN1 pages of ``effect_events14b`` that neither
event-kinds set labelled. Writes corpus,
doc_id, sent_id, expression, kind and sentence, then prints the distribution of kinds per corpus.
"""
from __future__ import annotations

import csv
import sys
from collections import Counter
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT))
from _fresh_draw import taken_urls  # noqa: E402
from _reuters import load_reuters  # noqa: E402
from _uk_gold import find_corpus  # noqa: E402
from draw_event_kinds import EARLIER_FRESH  # noqa: E402

N = 1000


def corpora() -> dict[str, pd.DataFrame]:
    df = load_reuters()
    df = df[df["text"].str.len() > 0].head(N)
    reuters = df[["doc_id", "text", "published"]].reset_index(drop=True)
    drawn = {d for f in ("event_kinds.tsv", "event_kinds2.tsv")
             for d in pd.read_csv(ROOT / "benchmarks" / "data" / f, sep="\t", comment="#")["doc_id"]}
    taken = taken_urls(EARLIER_FRESH, ("masakhane_fresh_mentions.yml", "fresh_mentions_round10.yml"))
    rows, seen = [], set()
    for name in ("eng_test.tsv", "eng_dev.tsv"):
        with open(find_corpus(None) / name, encoding="utf-8", newline="") as f:
            for i, r in enumerate(csv.DictReader(f, delimiter="\t")):
                if r["url"] in seen or r["url"] in taken or f"{name}:{i}" in drawn:
                    continue
                seen.add(r["url"])
                rows.append({"doc_id": f"{name}:{i}", "text": r["text"], "published": pd.NaT})
    from effect_events14b import corpora as pages   # round 15: L3S pages too, none of either labelled set

    l3s = pages()["l3s"]
    return {"reuters": reuters, "masakhane": pd.DataFrame(rows).head(N),
            "l3s": l3s[~l3s["doc_id"].isin(drawn)].reset_index(drop=True)}


def main(out: str) -> None:
    from analysis import events
    from analysis.dates.event_kinds import event_label

    lines = []
    for name, c in corpora().items():
        ev = events(c)
        kinds = [event_label(s, e) for s, e in zip(ev["sentence"], ev["expression"])]
        print(name, len(c), "documents", len(ev), "dated sentences")
        for k, n in Counter(kinds).most_common():
            print(f"  {k:<13} {n:>5}  {n / len(ev):.3f}")
        lines += [(name, d, s, e, k, " ".join(str(t).split())) for d, s, e, k, t in
                  zip(ev["doc_id"], ev["sent_id"], ev["expression"], kinds, ev["sentence"])]
    with open(out, "w", encoding="utf-8", newline="") as f:
        csv.writer(f, delimiter="\t", lineterminator="\n").writerows(
            [("corpus", "doc_id", "sent_id", "expression", "kind", "sentence")] + lines)


if __name__ == "__main__":
    main(sys.argv[1])
