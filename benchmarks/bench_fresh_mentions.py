"""Person and organisation mentions on fresh MasakhaNEWS articles outside the UK gold set (issue 13, round 5).

Usage: python benchmarks/bench_fresh_mentions.py [--part dev|heldout|both] [-v] [--list] [--corpus DIR]

``benchmarks/data/masakhane_fresh_mentions.yml`` labels every person and organisation mention
(with its canonical actor) in 16 articles that were never candidates of the UK gold draw and
are not in ``masakhane_fresh_speakers.yml``: 8 for development (``dev``) and 8 held out
(``heldout``, scored once at the end of a round). It stores no article text, only source row,
url and the labelled surface names; the texts are read from the MasakhaNEWS English folder
(``--corpus``, ``$UK_GOLD_CORPUS`` or ``../shared/corpora/masakhanews_en``), and a row whose url
differs stops the script. Every occurrence of a labelled surface (case-sensitive, on word
boundaries, longest first, never overlapping) becomes a gold mention; ``x`` labels block a
span (a bill, an event) and ``skip`` drops one match.

Scoring is the UK gold scorer's (``bench_uk_gold.score_mentions``): ``analysis.actor_mentions``
runs on the part's articles as one corpus (so corpus-level linking works as for a user);
predictions and gold are paired one to one by overlapping spans within a type; "resolved to
the full name" compares ``actor`` with the canonical name (case, accents, punctuation and a
leading honorific ignored). Countries are not labelled here and not scored.
"""
from __future__ import annotations

import argparse
import random
import re
import sys
import warnings
from pathlib import Path

import pandas as pd
import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
from _uk_gold import GoldCorpusError, read_corpus  # noqa: E402
from bench_uk_gold import score_mentions  # noqa: E402

import analysis  # noqa: E402

LABELS = ROOT / "benchmarks" / "data" / "masakhane_fresh_mentions.yml"
SPEAKERS = ROOT / "benchmarks" / "data" / "masakhane_fresh_speakers.yml"
#: label types; c (country) and d (country demonym) are used by bench_l3s_mentions.py.
TYPES = {"p": "person", "o": "organisation", "c": "country", "d": "country"}
#: eng_dev.tsv rows judged by hand in round 3 (docs/actors-and-quotes.md), kept out.
ROUND3_ROWS = (208, 106, 253, 411, 288, 362, 297, 330)


def selection(rows):
    """The 16 (source, row, url, category, words, part) of the labelled set, from the corpus rows."""
    from make_uk_gold import eligible

    used = {d["url"] for d in yaml.safe_load(SPEAKERS.read_text(encoding="utf-8"))["documents"]}
    seen, cand = set(), []
    for (src, i), r in sorted(rows.items()):
        if r["url"] in seen:
            continue
        seen.add(r["url"])
        if r["category"] not in ("politics", "business", "health"):
            continue
        if r["category"] == "politics" and eligible({"text": r["text"]}):
            continue
        if r["url"] in used or (src == "eng_dev.tsv" and i in ROUND3_ROWS):
            continue
        n = len(r["text"].split())
        if 150 <= n <= 500:
            cand.append((src, i, r["url"], r["category"], n))
    pol = [c for c in cand if c[3] == "politics"]
    other = [c for c in cand if c[3] != "politics"]
    rng = random.Random(1305)
    pick = rng.sample(pol, 8) + rng.sample(other, 8)
    random.Random(5013).shuffle(pick)
    return [c + ("dev" if k % 2 == 0 else "heldout",) for k, c in enumerate(pick)]


def gold_mentions(doc_id, text, labels, skip=()):
    """Gold mention dicts of one document from its labels (see the module docstring)."""
    taken = [False] * len(text)
    out, counts = [], {}
    for lab in sorted(labels, key=lambda x: -len(x[1])):
        surf = lab[1]
        hits = 0
        for m in re.finditer(r"(?<!\w)" + re.escape(surf) + r"(?!\w)", text):
            if any(taken[m.start():m.end()]):
                continue
            hits += 1
            counts[surf] = counts.get(surf, 0) + 1
            for i in range(m.start(), m.end()):
                taken[i] = True
            if lab[0] == "x" or f"{surf}#{counts[surf]}" in skip:
                continue
            out.append({"doc_id": doc_id, "start": m.start(), "end": m.end(), "text": surf,
                        "type": TYPES[lab[0]], "actor": lab[2], "demonym": lab[0] == "d"})
        if not hits:
            raise GoldCorpusError(f"{doc_id}: label {surf!r} matches nothing in the text")
    return sorted(out, key=lambda x: x["start"])


def load(part, corpus=None):
    """(corpus DataFrame, gold mentions DataFrame) of part 'dev', 'heldout' or 'both'."""
    docs = yaml.safe_load(LABELS.read_text(encoding="utf-8"))["documents"]
    rows = read_corpus(corpus)
    texts, gold = [], []
    for d in docs:
        if part != "both" and d["part"] != part:
            continue
        r = rows.get((d["source"], d["row"]))
        if r is None or r["url"] != d["url"]:
            raise GoldCorpusError(f"{d['source']} row {d['row']} is not {d['url']}: another copy of the corpus?")
        doc_id = f"{d['source'][4:-4]}_{d['row']}"
        texts.append({"doc_id": doc_id, "title": r["headline"], "text": r["text"]})
        gold += gold_mentions(doc_id, r["text"], d["labels"], set(d.get("skip", ())))
    gm = pd.DataFrame(gold)
    for c in ("demonym", "metonym", "title"):
        gm[c] = False
    return pd.DataFrame(texts), gm


def report(texts, gold, part, verbose=False, id_width=10, countries=False):
    """Score ``actor_mentions`` on *texts* against *gold* and print the figures (shared with
    ``bench_fresh_mentions10.py`` and ``bench_l3s_mentions.py``); ``-v`` lists every miss, false hit and
    wrong name (of countries too when *countries*, for sets that label them)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        pred = analysis.actor_mentions(texts).reset_index(drop=True)
    res, errors = score_mentions(pred, gold)
    if verbose:
        for doc, kind, text, note in sorted(errors, key=lambda e: (e[0], e[1])):
            if countries or not kind.startswith(("country", "false country")):
                print(f"  {doc:{id_width}s} {kind:20s} {str(text)[:40]!r:44s} {note}")
    p, o = res["person"], res["organisation"]
    print(f"[{part}] {len(texts)} articles; gold: {p['n_gold']} person, {o['n_gold']} organisation mentions")
    print(f"[{part}] person mentions: precision {p['precision']:.3f}  recall {p['recall']:.3f}  "
          f"({p['tp']} paired, {p['n_pred']} predicted, {p['n_gold']} gold)")
    print(f"[{part}] person mentions resolved to the full name: {p['actor_right_of_all']:.3f} of all "
          f"({p['actor_right_of_found']:.3f} of those found)")
    print(f"[{part}] organisation mentions: precision {o['precision']:.3f}  recall {o['recall']:.3f}  "
          f"({o['tp']} paired, {o['n_pred']} predicted, {o['n_gold']} gold); canonical right "
          f"{o['actor_right_of_found']:.3f} of found")
    return res


def run(part="dev", verbose=False, corpus=None):
    texts, gold = load(part, corpus)
    return report(texts, gold, part, verbose)

if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--part", choices=["dev", "heldout", "both"], default="dev")
    ap.add_argument("-v", action="store_true", help="list every miss, false hit and wrong name")
    ap.add_argument("--list", action="store_true", help="print the selection and the split, then stop")
    ap.add_argument("--corpus", default=None, help="MasakhaNEWS English folder")
    a = ap.parse_args()
    try:
        if a.list:
            for c in selection(read_corpus(a.corpus)):
                print(*c, sep="\t")
        else:
            run(a.part, a.v, a.corpus)
    except GoldCorpusError as exc:
        sys.exit(f"bench_fresh_mentions: {exc}")
