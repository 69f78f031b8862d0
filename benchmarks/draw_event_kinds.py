"""Draw the event-kinds set (round 14): 160 dated sentences (rows of ``analysis.events``).

Usage: python benchmarks/draw_event_kinds.py [--corpus DIR]

Documents come from three public corpora, each by an existing drawing rule with new constants,
and exclude every document of every earlier labelled set:

* Reuters-21578 (1987 newswire): ``draw_wire_mentions.reuters_candidates`` (150-500 words, not
  among the first 2,000 stories, which are the unlabelled check sample, not in
  ``fresh_mentions_round10.yml`` or ``reuters_speakers.yml``, a new title; put in one of the groups
  trade, company, commodity, politics), also no story of ``wire_mentions.yml``.
  ``random.Random(SEED)`` takes ``REUTERS_PER_GROUP`` stories of each group;
* MasakhaNEWS English (BBC, about 2022, no publication date): ``_fresh_draw.draw_by_category``
  over all six categories (politics: the 6 rows left after the UK gold draw), every url of the fresh-speaker batches 1 to 12b, of the two fresh-mention
  sets and of the UK gold set taken out, as are the UK gold candidates and round 3's rows (the
  batch-12 rule); ``PER_CATEGORY`` rows per category, taken one category after another in turn;
* L3S-GN1 (2008 pages, no publication date): ``draw_l3s_mentions.draw_mentions`` (politics,
  business or world news of 300-900 words, one page per site, no page or site of the speaker
  batches 5-13 or of the mention batches 11 and 14, no page of the metadata sets), ``L3S_PAGES`` pages.

``analysis.events`` runs on each document (Reuters with its publication date; the other two without
one, so only dates written in full are resolved). From each document in draw order,
``random.Random(SENTENCE_SEED)`` picks ``PER_DOC`` of its dated sentences (fewer if it has fewer)
until a corpus has its quota (``QUOTA``: 64 Reuters, 64 MasakhaNEWS, 32 L3S). Documents, and so
their sentences, are dealt alternately into part **a** (development) and **b** (held out), fixed here
before any label or code change. Prints one tab-separated line per sentence: part, corpus, doc id,
sent_id, expression, sentence. The labels are in ``benchmarks/data/event_kinds.tsv`` (scored by
``bench_event_kinds.py``).
"""
from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

import pandas as pd
import yaml

ROOT = Path(__file__).resolve().parents[1]
HERE = ROOT / "benchmarks"
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))
from _fresh_draw import draw_by_category, taken_urls  # noqa: E402
from _l3s_body import body  # noqa: E402
from _reuters import load_reuters  # noqa: E402
from _uk_gold import FILES, find_corpus  # noqa: E402
from bench_fresh_mentions import ROUND3_ROWS  # noqa: E402
from draw_l3s_mentions import draw_mentions  # noqa: E402
from draw_l3s_speakers import DEFAULT as L3S  # noqa: E402
from draw_wire_mentions import reuters_candidates  # noqa: E402
from make_uk_gold import _SPEECH, eligible  # noqa: E402

SEED, SPLIT_SEED, SENTENCE_SEED = 1401, 1402, 1403
REUTERS_PER_GROUP = 24
PER_CATEGORY = {"business": 40, "entertainment": 40, "health": 40, "politics": 6, "sports": 40, "technology": 40}
L3S_PAGES = 60
QUOTA = {"reuters": 64, "masakhane": 64, "l3s": 32}
PER_DOC = {"reuters": 1, "masakhane": 1, "l3s": 2}
EARLIER_FRESH = ("1", "2", "3a", "3b", "4a", "4b", "6a", "6b", "12a", "12b")
EARLIER_SPEAKERS, EARLIER_MENTIONS = ("5", "7", "8", "10", "13"), ("11", "14")


def documents(corpus=None, l3s=L3S, seed=SEED, split_seed=SPLIT_SEED, exclude=frozenset(),
              l3s_name="e", per_category=None,
              reuters_per_group=REUTERS_PER_GROUP) -> list[tuple[str, str, str, object]]:
    """(corpus, doc id, text, published) of the drawn documents, in draw order per corpus; a later
    draw (``draw_event_kinds2.py``) passes its own seeds and the doc ids of earlier draws as ``exclude``
    (Reuters ids, MasakhaNEWS ``file:row``, L3S page ids), its ``per_category`` and ``reuters_per_group``."""
    out, per_category = [], per_category or PER_CATEGORY
    df = load_reuters()
    wire = {d["id"] for d in yaml.safe_load((HERE / "data" / "wire_mentions.yml").read_text(
        encoding="utf-8"))["documents"]}
    by_id = df.set_index("doc_id")
    rng = random.Random(seed)
    groups = reuters_candidates(df)
    picks = [rng.sample([d for d in ids if d not in wire and d not in exclude], reuters_per_group)
             for ids in groups.values()]
    for k in range(reuters_per_group):   # one story of each group in turn
        for p in picks:
            out.append(("reuters", p[k], by_id.loc[p[k], "text"], by_id.loc[p[k], "published"]))
    halves = draw_by_category(
        find_corpus(corpus), FILES,
        taken_urls(EARLIER_FRESH, ("masakhane_fresh_mentions.yml", "fresh_mentions_round10.yml")),
        per_category, seed, split_seed, ("a", "b"),
        skip=lambda name, i, r: (name == "eng_dev.tsv" and i in ROUND3_ROWS)
        or (r["category"] == "politics" and eligible(r)) or f"{name}:{i}" in exclude, speech=_SPEECH)
    by_cat: dict = {c: [] for c in per_category}
    for a, b in zip(halves["a"], halves["b"]):
        by_cat[a["category"]] += [a, b]
    for k in range(max(per_category.values())):   # one row of each category in turn
        for rs in by_cat.values():
            if k < len(rs):
                out.append(("masakhane", f"{rs[k]['source']}:{rs[k]['row']}", rs[k]["text"], pd.NaT))
    for _, p in draw_mentions(Path(l3s), EARLIER_SPEAKERS, EARLIER_MENTIONS, seed, l3s_name, L3S_PAGES):
        if p not in exclude:
            out.append(("l3s", p, body(Path(l3s), p), pd.NaT))
    return out


def draw(corpus=None, docs=None, sentence_seed=SENTENCE_SEED, parts=("a", "b"), quota=None) -> pd.DataFrame:
    """The 160 sentences: part, corpus, doc_id, sent_id, expression, sentence (from ``docs``, by
    default this draw's ``documents``; ``parts`` name the development and held-out halves; ``quota``
    sentences per corpus, by default ``QUOTA``)."""
    from analysis import events

    quota = quota or QUOTA
    rows, got, ndoc = [], {c: 0 for c in quota}, {c: 0 for c in quota}
    rng = random.Random(sentence_seed)
    for src, doc_id, text, published in (documents(corpus) if docs is None else docs):
        if got[src] >= quota[src]:
            continue
        c = pd.DataFrame({"doc_id": [doc_id], "text": [text], "published": [pd.Timestamp(published)]})
        ev = events(c).sort_values("sent_id", kind="stable")
        if ev.empty:
            continue
        k = min(PER_DOC[src], len(ev), quota[src] - got[src])
        part = parts[ndoc[src] % 2]
        ndoc[src] += 1
        for i in sorted(rng.sample(range(len(ev)), k)):
            r = ev.iloc[i]
            rows.append({"part": part, "corpus": src, "doc_id": doc_id, "sent_id": int(r["sent_id"]),
                         "expression": str(r["expression"]), "sentence": " ".join(str(r["sentence"]).split())})
        got[src] += k
    return pd.DataFrame(rows)


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default=None, help="MasakhaNEWS English folder")
    d = draw(ap.parse_args().corpus)
    for r in d.itertuples(index=False):
        print(r.part, r.corpus, r.doc_id, r.sent_id, r.expression, r.sentence, sep="\t")
