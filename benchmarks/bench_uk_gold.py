"""Quotes and actor mentions against the UK-politics gold set (BBC News, hand-annotated).

Reads ``tests/gold/uk_politics_dev.yml`` and/or ``tests/gold/uk_politics_test.yml`` (see
``tests/gold/UK_GOLD_GUIDELINES.md``; annotations only), restores each article's text and title
from the MasakhaNEWS English corpus and checks their SHA-256 (``benchmarks/_uk_gold.py``; the
texts are BBC copyright and not stored in the repository), gives the library a corpus built
directly from them (columns doc_id, title, text; nothing cleaned), runs ``analysis.extract_quotes`` and
``analysis.actor_mentions`` and prints precision/recall. The ``dev`` half may be used while
changing the code; the ``test`` half is for measuring at the end only.

Matching rules (printed with the figures):

* **Quotes.** Spans are sets of character offsets in ``text`` (a gold quote continued over
  paragraphs is the union of its parts; a predicted quote is ``[start, end)``). A predicted
  quote *belongs to* the gold quote of its document that holds the largest share of its
  characters, if that share is at least 0.5. Precision = predicted quotes that belong to a
  gold quote / predicted quotes. A gold quote is *found* when the predicted quotes that belong
  to it cover at least 0.5 of its characters. Recall = found / gold quotes. So a quote split
  into two predictions, or a multi-paragraph quote predicted whole, still counts once; text
  between two quotations taken as a quote counts as a false quote.
* **Speaker right** (of a found gold quote): the belonging prediction with the largest overlap
  names the gold speaker: its ``speaker_actor`` (or, when that is missing, its ``speaker``)
  equals the gold speaker after normalisation (case, accents, punctuation and spaces ignored;
  a leading honorific - Mr, Mrs, Ms, Miss, Dr, Sir, Dame, Lord, Lady, Prof, Professor - is
  dropped from both). A gold speaker of null (unnamed or unattributed source) is right when
  the prediction names nobody: ``speaker_actor`` missing and ``speaker`` missing or not a
  name (starting with a lower-case word, an article, a number word or a pronoun, e.g.
  "a Home Office spokesperson", "A spokesperson", "he").
* **Mentions.** Predicted ``actor_type`` person/state/organization are compared with gold
  person/country/organisation. Within a document and a type, predicted and gold mentions are
  paired one to one when their spans overlap (largest overlap first). Precision = paired
  predictions / predictions of that type; recall = paired gold / gold of that type.
  Seat-of-government metonyms (gold organisation with ``metonym``, e.g. "Downing Street",
  "the Elysée") may also be predicted as states without counting as false countries.
* **Resolved to the full name**: a gold person mention counts when it is paired with a
  predicted person whose ``actor`` equals the gold canonical name under the same
  normalisation as speakers (honorific dropped: "Sir Keir Starmer" = "Keir Starmer"; a
  surname alone or a different full name does not count). Reported over all gold person
  mentions (unfound ones count as not resolved) and over the found ones.

Extra columns the functions may add (``resolution``, ``role``, ...) are ignored.

Usage::

    python benchmarks/bench_uk_gold.py --half dev        # dev half (default)
    python benchmarks/bench_uk_gold.py --half both -v    # -v lists every miss and false hit
    python benchmarks/bench_uk_gold.py --half dev --json out.json
    python benchmarks/bench_uk_gold.py --corpus /path/to/masakhanews_en   # or $UK_GOLD_CORPUS
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import time
import unicodedata
import warnings
from collections import Counter
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
from _uk_gold import GoldCorpusError, load_gold  # noqa: E402

HONORIFICS = {"mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame", "lord", "lady", "prof", "professor"}
TYPE_OF_PRED = {"person": "person", "state": "country", "organization": "organisation",
                "organisation": "organisation", "country": "country"}
#: First words of a predicted speaker that make it an unnamed source ("A spokesperson said").
UNNAMED_FIRST_WORDS = {"a", "an", "the", "one", "some", "several", "many", "two", "three", "another",
                       "he", "she", "they", "it", "we", "i", "his", "her", "their", "its", "our"}
QUOTE_SHARE = 0.5    # a prediction belongs to a gold quote when >= this share of it is inside
QUOTE_COVER = 0.5    # a gold quote is found when its predictions cover >= this share of it


def load_half(half: str, corpus=None, rows=None):
    """(corpus, gold quotes, gold mentions) DataFrames of one half ('dev' or 'test').

    The texts and titles are restored from the MasakhaNEWS folder ``corpus`` (default: see
    ``_uk_gold.find_corpus``) and checked against their SHA-256; :class:`GoldCorpusError` when
    the folder is missing or an article differs.
    """
    return frames(load_gold(half, corpus=corpus, rows=rows)["documents"])


def frames(docs):
    """(corpus, gold quotes, gold mentions) DataFrames of restored gold documents."""
    corpus = pd.DataFrame({"doc_id": [d["doc_id"] for d in docs], "title": [d["title"] for d in docs],
                           "text": [d["text"] for d in docs]})
    quotes = pd.DataFrame([{"doc_id": d["doc_id"], **q, "parts": q.get("parts") or [[q["start"], q["end"]]]}
                           for d in docs for q in d["quotes"]])
    quotes["speaker"] = quotes["speaker"].astype(object).where(quotes["speaker"].notna(), None)
    mentions = pd.DataFrame([{"doc_id": d["doc_id"], **m} for d in docs for m in d["mentions"]])
    for c in ("demonym", "metonym", "title"):
        mentions[c] = mentions[c].fillna(False).astype(bool) if c in mentions else False
    return corpus, quotes, mentions


def norm_name(x) -> str:
    """Case-, accent-, punctuation-insensitive name with a leading honorific dropped."""
    if x is None or (isinstance(x, float) and pd.isna(x)) or x is pd.NA:
        return ""
    s = unicodedata.normalize("NFKD", str(x))
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = re.sub(r"[^\w\s-]", " ", s).replace("-", " ")
    words = s.split()
    while words and words[0] in HONORIFICS:
        words = words[1:]
    return " ".join(words)


def _missing(x) -> bool:
    return x is None or x is pd.NA or (isinstance(x, float) and pd.isna(x)) or str(x).strip() in ("", "nan", "None", "<NA>")


def speaker_right(pred_row, gold_speaker) -> bool:
    actor, speaker = pred_row.get("speaker_actor"), pred_row.get("speaker")
    if _missing(gold_speaker):
        if not _missing(actor):
            return False
        if _missing(speaker):
            return True
        first = str(speaker).split()[0] if str(speaker).split() else ""
        return not first[:1].isupper() or first.lower() in UNNAMED_FIRST_WORDS
    g = norm_name(gold_speaker)
    return (not _missing(actor) and norm_name(actor) == g) or (_missing(actor) and norm_name(speaker) == g)


# ---------------------------------------------------------------------------------------------
def score_quotes(pred: pd.DataFrame, gold: pd.DataFrame):
    res = {"n_gold": len(gold), "n_pred": len(pred)}
    belongs = {}                       # pred index -> (gold index, overlap)
    gold_sets = {gi: set().union(*[range(a, b) for a, b in g.parts]) for gi, g in gold.iterrows()}
    by_doc = {d: list(g.index) for d, g in gold.groupby("doc_id")}
    for pi, p in pred.iterrows():
        pset = set(range(int(p["start"]), int(p["end"])))
        if not pset:
            continue
        best = max(((gi, len(pset & gold_sets[gi])) for gi in by_doc.get(str(p["doc_id"]), [])),
                   key=lambda x: x[1], default=(None, 0))
        if best[0] is not None and best[1] >= QUOTE_SHARE * len(pset):
            belongs[pi] = best
    found, spk, errors = {}, {}, []
    for gi, g in gold.iterrows():
        mine = [(pi, ov) for pi, (gj, ov) in belongs.items() if gj == gi]
        covered = set()
        for pi, _ in mine:
            covered |= set(range(int(pred.at[pi, "start"]), int(pred.at[pi, "end"])))
        ok = len(covered & gold_sets[gi]) >= QUOTE_COVER * len(gold_sets[gi])
        found[gi] = ok
        if ok:
            main = max(mine, key=lambda x: x[1])[0]
            spk[gi] = speaker_right(pred.loc[main].to_dict(), g["speaker"])
            if not spk[gi]:
                p = pred.loc[main]
                errors.append((g["doc_id"], "wrong speaker", g["quote"], f"gold={g['speaker']!r} "
                               f"predicted speaker={p.get('speaker')!r} speaker_actor={p.get('speaker_actor')!r}"))
        else:
            errors.append((g["doc_id"], "quote missed", g["quote"], f"speaker={g['speaker']!r}"))
    for pi, p in pred.iterrows():
        if pi not in belongs:
            errors.append((p["doc_id"], "false quote", p["quote"], f"speaker={p.get('speaker')!r}"))
    n_found = sum(found.values())
    res.update(precision=len(belongs) / len(pred) if len(pred) else 1.0,
               recall=n_found / len(gold) if len(gold) else 1.0,
               speaker_right_of_found=sum(spk.values()) / n_found if n_found else 0.0,
               found_and_speaker_right=sum(spk.values()) / len(gold) if len(gold) else 1.0,
               n_found=n_found, n_true_pred=len(belongs))
    named = [gi for gi in gold.index if not _missing(gold.at[gi, "speaker"]) and found[gi]]
    res["speaker_right_named"] = sum(spk[gi] for gi in named) / len(named) if named else 0.0
    res["n_found_named"] = len(named)
    return res, errors


def _pair(pred: pd.DataFrame, gold: pd.DataFrame):
    """One-to-one pairs (pred index, gold index) of overlapping spans, largest overlap first."""
    cands = []
    for doc, gg in gold.groupby("doc_id"):
        pp = pred[pred["doc_id"] == doc]
        for pi, p in pp.iterrows():
            for gi, g in gg.iterrows():
                ov = min(int(p["end"]), g["end"]) - max(int(p["start"]), g["start"])
                if ov > 0:
                    cands.append((ov, pi, gi))
    used_p, used_g, pairs = set(), set(), []
    for ov, pi, gi in sorted(cands, key=lambda x: (-x[0], x[1], x[2])):
        if pi not in used_p and gi not in used_g:
            used_p.add(pi)
            used_g.add(gi)
            pairs.append((pi, gi))
    return pairs


def score_mentions(pred: pd.DataFrame, gold: pd.DataFrame):
    out, errors = {}, []
    pred = pred.copy()
    pred["gtype"] = pred["actor_type"].map(lambda t: TYPE_OF_PRED.get(str(t).lower()))
    for typ in ("person", "country", "organisation"):
        p = pred[pred["gtype"] == typ]
        g = gold[gold["type"] == typ]
        optional = gold[(gold["type"] == "organisation") & gold["metonym"]] if typ == "country" else gold.iloc[0:0]
        pairs = _pair(p, pd.concat([g, optional]))
        real = [(pi, gi) for pi, gi in pairs if gi in g.index]
        n_opt = len(pairs) - len(real)
        matched_g = {gi for _, gi in real}
        matched_p = {pi for pi, _ in pairs}
        prec_den = len(p) - n_opt
        r = {"n_gold": len(g), "n_pred": len(p), "tp": len(real),
             "precision": len(real) / prec_den if prec_den else 1.0,
             "recall": len(real) / len(g) if len(g) else 1.0}
        if typ == "country":
            core = g[~g["demonym"]]
            r["recall_without_demonyms"] = sum(gi in matched_g for gi in core.index) / len(core) if len(core) else 1.0
            r["n_gold_without_demonyms"] = len(core)
            dem = g[g["demonym"]]
            r["recall_demonyms"] = sum(gi in matched_g for gi in dem.index) / len(dem) if len(dem) else 1.0
        if typ in ("person", "country", "organisation"):
            right = [gi for pi, gi in real if norm_name(p.at[pi, "actor"]) == norm_name(g.at[gi, "actor"])]
            r["actor_right_of_all"] = len(right) / len(g) if len(g) else 1.0
            r["actor_right_of_found"] = len(right) / len(real) if real else 0.0
            for pi, gi in real:
                if gi not in right:
                    errors.append((g.at[gi, "doc_id"], f"{typ} actor", g.at[gi, "text"],
                                   f"gold={g.at[gi, 'actor']!r} predicted={p.at[pi, 'actor']!r} as {p.at[pi, 'text']!r}"))
        for gi in g.index.difference(list(matched_g)):
            errors.append((g.at[gi, "doc_id"], f"{typ} missed", g.at[gi, "text"], f"gold={g.at[gi, 'actor']!r} at {g.at[gi, 'start']}"))
        for pi in p.index.difference(list(matched_p)):
            hit = gold[(gold["doc_id"] == p.at[pi, "doc_id"]) & (gold["start"] < p.at[pi, "end"]) & (gold["end"] > p.at[pi, "start"])]
            note = f" (gold there: {hit['type'].iloc[0]} {hit['actor'].iloc[0]!r})" if len(hit) else ""
            errors.append((p.at[pi, "doc_id"], f"false {typ}", p.at[pi, "text"], f"predicted={p.at[pi, 'actor']!r} at {p.at[pi, 'start']}{note}"))
        out[typ] = r
    return out, errors


def _timed(fn, corpus, repeat=3):
    best, out = float("inf"), None
    for _ in range(repeat):
        t0 = time.perf_counter()
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            out = fn(corpus)
        best = min(best, time.perf_counter() - t0)
    return out, best


def run(half: str, verbose=False, corpus_dir=None):
    import analysis

    corpus, gq, gm = load_half(half, corpus=corpus_dir)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        analysis.extract_quotes(corpus)
        analysis.actor_mentions(corpus)
    quotes, t_q = _timed(analysis.extract_quotes, corpus)
    mentions, t_m = _timed(analysis.actor_mentions, corpus)
    quotes = quotes.reset_index(drop=True)
    mentions = mentions.reset_index(drop=True)
    qs, qerr = score_quotes(quotes, gq)
    ms, merr = score_mentions(mentions, gm)
    n_words = int(corpus["text"].str.split().str.len().sum())
    res = {"half": half, "documents": len(corpus), "words": n_words, "quotes": qs, "mentions": ms,
           "throughput": {"extract_quotes_docs_per_s": len(corpus) / t_q,
                          "actor_mentions_docs_per_s": len(corpus) / t_m,
                          "extract_quotes_words_per_s": n_words / t_q,
                          "actor_mentions_words_per_s": n_words / t_m},
           "warnings": [str(w.message)[:200] for w in caught]}
    if verbose:
        for doc, kind, text, note in sorted(qerr + merr, key=lambda e: (e[0], e[1])):
            print(f"  {doc}  {kind:20s} {str(text)[:60]!r:64s} {note}")
    return res


def report(res):
    q, m, t = res["quotes"], res["mentions"], res["throughput"]
    h = res["half"]
    print(f"[{h}] {res['documents']} articles, {res['words']:,} words; gold: {q['n_gold']} quotes, "
          f"{m['person']['n_gold']} person, {m['country']['n_gold']} country, "
          f"{m['organisation']['n_gold']} organisation mentions")
    print(f"[{h}] quotes: precision {q['precision']:.3f} ({q['n_true_pred']}/{q['n_pred']})  "
          f"recall {q['recall']:.3f} ({q['n_found']}/{q['n_gold']})")
    print(f"[{h}] speaker right, of real quotes found: {q['speaker_right_of_found']:.3f}  "
          f"(named speakers only: {q['speaker_right_named']:.3f} of {q['n_found_named']})")
    print(f"[{h}] quote found and speaker right: {q['found_and_speaker_right']:.3f}")
    p = m["person"]
    print(f"[{h}] person mentions: precision {p['precision']:.3f}  recall {p['recall']:.3f}  "
          f"({p['tp']} paired, {p['n_pred']} predicted, {p['n_gold']} gold)")
    print(f"[{h}] person mentions resolved to the full name: {p['actor_right_of_all']:.3f} of all "
          f"({p['actor_right_of_found']:.3f} of those found)")
    c = m["country"]
    print(f"[{h}] country mentions: precision {c['precision']:.3f}  recall {c['recall']:.3f}  "
          f"(without demonyms {c['recall_without_demonyms']:.3f} of {c['n_gold_without_demonyms']}; "
          f"demonyms {c['recall_demonyms']:.3f}); canonical country right {c['actor_right_of_found']:.3f} of found")
    o = m["organisation"]
    print(f"[{h}] organisation mentions: precision {o['precision']:.3f}  recall {o['recall']:.3f}  "
          f"({o['tp']} paired, {o['n_pred']} predicted, {o['n_gold']} gold); canonical right "
          f"{o['actor_right_of_found']:.3f} of found")
    print(f"[{h}] throughput on these texts (best of 3, one process): extract_quotes "
          f"{t['extract_quotes_docs_per_s']:.0f} docs/s ({t['extract_quotes_words_per_s']:,.0f} words/s), "
          f"actor_mentions {t['actor_mentions_docs_per_s']:.0f} docs/s ({t['actor_mentions_words_per_s']:,.0f} words/s)")
    if res["warnings"]:
        print(f"[{h}] warnings: " + " | ".join(sorted(set(res["warnings"])))[:400])


RULES = (f"Rules: a predicted quote is true when >= {QUOTE_SHARE:.0%} of its characters lie in one gold "
         f"quote; a gold quote is found when such predictions cover >= {QUOTE_COVER:.0%} of it; speaker "
         "and actor names compared case/accent/punctuation-insensitively with a leading honorific "
         "(Mr, Sir, Lord, ...) dropped; null gold speaker = prediction names nobody; mentions paired "
         "one-to-one by overlapping span within a type (see the module docstring).")

if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--half", choices=["dev", "test", "both"], default="dev")
    ap.add_argument("-v", "--verbose", action="store_true", help="list every miss, false hit and wrong name")
    ap.add_argument("--json", metavar="PATH", help="also write the figures as JSON")
    ap.add_argument("--corpus", metavar="DIR", help="MasakhaNEWS English folder with eng_dev.tsv and "
                    "eng_test.tsv (default: $UK_GOLD_CORPUS, else ../shared/corpora/masakhanews_en)")
    args = ap.parse_args()
    print(RULES)
    halves = ["dev", "test"] if args.half == "both" else [args.half]
    results = []
    for h in halves:
        try:
            r = run(h, verbose=args.verbose, corpus_dir=args.corpus)
        except GoldCorpusError as e:
            sys.exit(f"bench_uk_gold: {e}")
        report(r)
        results.append(r)
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=1), encoding="utf-8")
