"""Events and their kinds on unlabelled news (round 14, fixevents14b): one line per event, for a
before/after diff.

Usage: python benchmarks/effect_events14b.py OUT.tsv

The first 1,000 Reuters-21578 stories with a text (with their publication dates) and the first 600
L3S-GN1 pages by id that are in no L3S speaker or mention batch and in neither L3S metadata set
(``effect_org_mentions14._labelled_l3s``; body rebuilt by ``_l3s_body.body``; no publication date).
Writes corpus, doc_id, sent_id, date, expression, kind and the sentence (one line), then prints the
counts of events per corpus. Run with the code before and after a change and ``diff`` the files.
"""
from __future__ import annotations

import csv
import sys
from pathlib import Path

import pandas as pd

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))
from _l3s_body import body  # noqa: E402
from _reuters import load_reuters  # noqa: E402
from effect_org_mentions14 import CORPORA, _labelled_l3s  # noqa: E402


def corpora() -> dict:
    reu = load_reuters()
    reu = reu[reu["text"].str.len() > 0].head(1000)[["doc_id", "text", "published"]].reset_index(drop=True)
    folder = CORPORA / "l3s_gn1_html"
    used = _labelled_l3s()
    ids = [f.stem for f in sorted((folder / "annotated").glob("*.html")) if f.stem not in used][:600]
    l3s = pd.DataFrame({"doc_id": ids, "text": [body(folder, p) for p in ids], "published": pd.NaT})
    return {"reuters": reu, "l3s": l3s}


def main(out: str) -> None:
    from analysis import events
    from analysis.dates.event_kinds import event_label

    with open(out, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter="\t")
        for name, c in corpora().items():
            ev = events(c)
            for r in ev.itertuples(index=False):
                w.writerow([name, r.doc_id, r.sent_id, r.date, r.expression,
                            event_label(r.sentence, r.expression), " ".join(str(r.sentence).split())[:300]])
            print(name, len(c), "documents", len(ev), "events")


if __name__ == "__main__":
    main(sys.argv[1])
