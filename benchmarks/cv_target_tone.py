"""Cross-validation of target-tone variants on NewsMTSC train only, folds grouped by article.

Round 16 (docs/tone3-round16.md). Reads ONLY ``newsmtsc/train.jsonl`` (never devtest_mt nor any
other split). Folds: scikit-learn ``StratifiedGroupKFold`` (no shuffling, so fixed), stratified by
the target's label, grouped so that the sentences of one article never fall on both sides:
the group of a row is its article (``primary_gid``: ``polusa_v1_<article>_...``,
``allsides_<article>_<story>_...``; AllSides' story id, which joins the articles of several
outlets about one story, is used, a stricter grouping), and rows whose sentence text is the
same share a group whatever their article says.

Each fold's model is trained exactly as ``analysis.sentiment.target_tone.train_target_tone``
(same features, vocabulary, TF-IDF and dense scaling fitted on the training folds only, same
logistic regression), from features computed once per row; the victims rule of
``target_sentiment`` (``_victims_read_neutral``) is applied to the held-out predictions as the
library does. Variants (``--variant``) add features or change the fit; each is scored on the
same folds, with the per-fold difference to the baseline.

Variants: ``base`` (the shipped method), ``balanced`` (class weights), ``C=<c>``, ``cw=<w>``
(character block weight), ``bias`` (decision biases for macro-F1 chosen on the other folds),
``role`` (``Tdo=``/``Tdone=``), ``narrow`` (clause cut at conjunctions), ``reported`` (what the
target says), ``ridge`` (the vader+ridge sentence scorer on the five texts), ``combo``,
``marked[:C[:window]]`` (a word n-gram model of the sentence with the target masked). Figures:
docs/tone3-round16.md.

Usage::

    python benchmarks/cv_target_tone.py                       # baseline
    python benchmarks/cv_target_tone.py --variant base balanced bias
    python benchmarks/cv_target_tone.py --save /tmp/oof --variant base role reported
    python benchmarks/cv_target_tone.py --save /tmp/oof --ensemble role reported   # mean of saved
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _sentiment_data import POLARITY, require  # noqa: E402

K = 5


def train_rows() -> pd.DataFrame:
    """One row per target of train.jsonl: sentence, start, end, label, group (article)."""
    rows = []
    with open(require("newsmtsc") / "train.jsonl", encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            r = json.loads(line)
            s = r["sentence_normalized"]
            parts = r["primary_gid"].split("_")
            art = "_".join(parts[:3]) if parts[0] == "polusa" else "allsides_" + parts[2]
            for t in r["targets"]:
                a, b = int(t["from"]), int(t["to"])
                if s[a:b] != t["mention"]:
                    continue
                rows.append((i, s, t["mention"], a, b, POLARITY[float(t["polarity"])], art))
    d = pd.DataFrame(rows, columns=["sent_idx", "sentence", "target", "start", "end", "label", "article"])
    d["group"] = article_groups(d["article"], d["sentence"])
    return d


def article_groups(articles, sentences) -> list:
    """A group per row: rows of one article share it, and so do rows whose sentence text is the
    same (a sentence repeated in two articles joins them), transitively."""
    parent: dict = {}

    def find(x):
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for art, s in zip(articles, sentences):
        ra, rs = find("a:" + str(art)), find("s:" + str(s))
        if ra != rs:
            parent[max(ra, rs)] = min(ra, rs)
    return [find("a:" + str(a)) for a in articles]


def folds(d: pd.DataFrame, k: int = K) -> np.ndarray:
    from sklearn.model_selection import StratifiedGroupKFold

    f = np.full(len(d), -1)
    codes = pd.factorize(d["group"], sort=True)[0]
    for j, (_, te) in enumerate(StratifiedGroupKFold(n_splits=k).split(np.zeros(len(d)), d["label"], codes)):
        f[te] = j
    return f


def macro(gold, pred) -> float:
    from sklearn.metrics import f1_score

    return float(f1_score(gold, pred, labels=["negative", "neutral", "positive"], average="macro"))


def fit_predict(feats_tr, y_tr, feats_te, c=0.1, class_weight=None, char_weight=None, extra_dense=()):
    """The shipped training on cached features; returns P (n_te x 3)."""
    from scipy import sparse
    from sklearn.linear_model import LogisticRegression
    from threadpoolctl import threadpool_limits

    from analysis.sentiment import target_tone as tt
    from analysis.sentiment.linear_text import tfidf_block, tfidf_transform

    cw = tt.CHAR_WEIGHT if char_weight is None else char_weight
    counts: dict[str, int] = {}
    for sp, *_ in feats_tr:
        for key in sp:
            counts[key] = counts.get(key, 0) + 1
    names = sorted(key for key, n in counts.items() if n >= 2)
    index = {key: i for i, key in enumerate(names)}
    dense = np.array([[f[1][n] for n in tt.DENSE] for f in feats_tr])
    scale = 1.0 / np.maximum(dense.std(axis=0), 1e-6)
    xs_tr, xs_te = [], []
    for j, _ in enumerate(tt.CHAR_BLOCKS):
        vec, xj, _ = tfidf_block([f[3][j] for f in feats_tr], **tt.CHAR_PARAMS)
        xs_tr.append(xj * cw)
        xs_te.append(vec.transform([f[3][j] for f in feats_te]) * cw)
    x_tr = sparse.hstack([tt._matrix(feats_tr, index, scale), *xs_tr]).tocsr()
    x_te = sparse.hstack([tt._matrix(feats_te, index, scale), *xs_te]).tocsr()
    y = np.array([tt.LABELS.index(v) for v in y_tr])
    with threadpool_limits(limits=1):
        lr = LogisticRegression(C=c, max_iter=2000, tol=1e-4, class_weight=class_weight).fit(x_tr, y)
    return lr.predict_proba(x_te), lr.predict_proba(x_tr)


def victims(d: pd.DataFrame) -> np.ndarray:
    from analysis.sentiment.target_tone import is_victim

    return np.array([is_victim(s, int(a), int(b)) for s, a, b in zip(d["sentence"], d["start"], d["end"])])


def labels_from(p: np.ndarray, vic: np.ndarray, bias=None) -> np.ndarray:
    p = p.copy()
    p[vic, 1] += p[vic, 0]
    p[vic, 0] = 0.0
    z = np.log(np.maximum(p, 1e-12))
    if bias is not None:
        z = z + np.asarray(bias)
    return np.array(["negative", "neutral", "positive"], dtype=object)[z.argmax(axis=1)]


def report(name, d, f, pred, base_folds=None):
    per = [macro(d["label"][f == j], pred[f == j]) for j in range(f.max() + 1)]
    from sklearn.metrics import f1_score

    pc = f1_score(d["label"], pred, labels=["negative", "neutral", "positive"], average=None)
    line = (f"{name:28s} CV {np.mean(per):.4f} sd {np.std(per):.4f} (folds {', '.join(f'{v:.3f}' for v in per)}); "
            f"pooled {macro(d['label'], pred):.4f} ({pc[0]:.3f}/{pc[1]:.3f}/{pc[2]:.3f})")
    # rows of sentences with two or more targets (the kind of sentence devtest_mt holds)
    multi = (d.groupby("sent_idx")["label"].transform("size") > 1).to_numpy()
    line += f"; multi {macro(d['label'][multi], pred[multi]):.4f}"
    if base_folds is not None:
        diff = np.array(per) - np.array(base_folds)
        line += f"; diff {diff.mean():+.4f} (folds {', '.join(f'{v:+.3f}' for v in diff)}; up in {int((diff > 0).sum())}/{len(diff)})"
    print(line, flush=True)
    return per


def _add(feats, extra):
    """feats with extra sparse features per row (extra: list of dicts)."""
    out = []
    for (sp, de, *rest), ex in zip(feats, extra):
        sp2 = dict(sp)
        for key, v in ex.items():
            sp2[key] = sp2.get(key, 0.0) + v
        out.append((sp2, de, *rest))
    return out


def role_features(d: pd.DataFrame) -> list:
    """The word the target does (first word after it in its clause, skipping auxiliaries and
    adverbs: ``Tdo=``) and the word done to it (the word before it skipping determiners and
    prepositions: ``Tdone=``), with negation."""
    from analysis.sentiment import target_tone as tt

    _, negate = tt._vader()
    skip_after = tt._be() | {"also", "not", "never", "then", "later", "still", "just", "has", "have", "had",
                             "will", "would", "could", "should", "may", "might", "can", "did", "does", "do"}
    skip_before = {"the", "a", "an", "of", "to", "for", "on", "at", "with", "against", "about", "by", "from", "in"}
    out = []
    for s, a, b in zip(d["sentence"], d["start"], d["end"]):
        toks = tt._tokens(s)
        words = [t[0].lower().replace("’", "'") for t in toks]
        ins = [i for i, (_, x, y) in enumerate(toks) if x < b and y > a]
        ex = {}
        if ins:
            t0, t1 = ins[0], ins[-1]
            neg = False
            j = t1 + 1
            if j < len(words) and words[j] in ("'s", "'"):
                j = len(words)
            while j < len(words) and (words[j] in skip_after or words[j].endswith("ly") or words[j] in negate
                                      or words[j].endswith("n't")):
                neg = neg or words[j] in negate or words[j].endswith("n't")
                j += 1
            if j < len(words) and words[j] not in tt._PUNCT:
                ex["Tdo=" + ("not_" if neg else "") + words[j]] = 1.0
            j = t0 - 1
            while j >= 0 and words[j] in skip_before:
                j -= 1
            if j >= 0 and words[j] not in tt._PUNCT:
                ex["Tdone=" + words[j]] = 1.0
        out.append(ex)
    return out


#: words that open a new clause inside a punctuation-bounded stretch (conjunctions, relative
#: pronouns, subordinators; from any English grammar)
CLAUSE_OPENERS = {"and", "but", "or", "while", "whereas", "although", "though", "because", "after", "before",
                  "when", "since", "as", "if", "unless", "who", "whom", "which", "that", "where", "whose"}


def narrow_clause(d: pd.DataFrame) -> list:
    """Words of the target's clause cut also at conjunctions and relative pronouns (``k=``),
    the evaluative words of "Smith praised the plan but Jones attacked it" kept apart."""
    from analysis.sentiment import target_tone as tt

    _, negate = tt._vader()
    out = []
    for s, a, b in zip(d["sentence"], d["start"], d["end"]):
        toks = tt._tokens(s)
        words = [t[0].lower().replace("’", "'") for t in toks]
        ins = [i for i, (_, x, y) in enumerate(toks) if x < b and y > a]
        ex = {}
        if ins:
            t0, t1 = ins[0], ins[-1]
            lo = t0
            while lo > 0 and words[lo - 1] not in tt._PUNCT and words[lo - 1] not in CLAUSE_OPENERS:
                lo -= 1
            hi = t1
            while hi < len(words) - 1 and words[hi + 1] not in tt._PUNCT and words[hi + 1] not in CLAUSE_OPENERS:
                hi += 1
            neg = False
            for i in range(lo, hi + 1):
                if t0 <= i <= t1:
                    continue
                if words[i] in negate or words[i].endswith("n't"):
                    neg = True
                    continue
                ex["k=" + ("not_" if neg else "") + words[i]] = 1.0
        out.append(ex)
    return out


def reported_speech(d: pd.DataFrame) -> list:
    """When the target is the speaker of a reporting verb just after it ("Lee said the plan was a
    disaster"), the words of what it says, quoted or not, as ``rs=`` (its words, not words about
    it) and a dense-like ``rs_val`` (VADER valence of those words)."""
    from analysis.sentiment import target_tone as tt

    sia, negate = tt._vader()
    out = []
    for s, a, b in zip(d["sentence"], d["start"], d["end"]):
        toks = tt._tokens(s)
        words = [t[0].lower().replace("’", "'") for t in toks]
        ins = [i for i, (_, x, y) in enumerate(toks) if x < b and y > a]
        ex = {}
        if ins:
            t1 = ins[-1]
            verb = None
            for j in range(t1 + 1, min(len(words), t1 + 4)):
                if words[j] in tt._reporting_verbs():
                    verb = j
                    break
                if words[j] in tt._PUNCT and words[j] not in tt._QUOTES:
                    break
            if verb is not None:
                ex["T_reports"] = 1.0
                neg, val = False, 0.0
                for w in words[verb + 1:]:
                    if w in (".", "?", "!"):
                        break
                    if w in tt._PUNCT:
                        neg = False
                        continue
                    if w in negate or w.endswith("n't"):
                        neg = True
                        continue
                    ex["rs=" + ("not_" if neg else "") + w] = 1.0
                    v = sia.lexicon.get(w, 0.0)
                    val += -v if neg else v
                ex["rs_val"] = val / 4.0
        out.append(ex)
    return out


def ridge_texts(feats) -> list:
    """The shipped vader+ridge sentence scorer (trained on VADER's human-rated sets only, no
    NewsMTSC) on the five texts of the character blocks, x2, as features ``rdg_<block>``."""
    from analysis.sentiment import target_tone as tt
    from analysis.sentiment.ridge import ridge_compound
    from analysis.sentiment.scores import sentiment_scores

    out = [{} for _ in feats]
    for j, name in enumerate(tt.CHAR_BLOCKS):
        texts = [f[3][j] for f in feats]
        vs = sentiment_scores(texts, method="vader")
        r = ridge_compound(texts, vs)
        for o, v in zip(out, r):
            o["rdg_" + name] = 2.0 * float(v)
    return out


def marked_model(d: pd.DataFrame, f: np.ndarray, c: float = 1.0, window: int | None = None) -> np.ndarray:
    """A second, different view for an ensemble: TF-IDF word 1-3-grams of the sentence with the
    target replaced by ``tgt`` ("critics attacked tgt over"), so n-grams across the target say
    who does what to it; a logistic regression per fold. Held-out probabilities."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from threadpoolctl import threadpool_limits

    texts = []
    for s, a, b in zip(d["sentence"], d["start"], d["end"]):
        left = s[:a].lower().split()
        right = s[b:].lower().split()
        if window:
            left, right = left[-window:], right[:window]
        texts.append(" ".join(left + ["tgtx"] + right))
    texts = np.array(texts, dtype=object)
    y = d["label"].to_numpy()
    oof = np.zeros((len(d), 3))
    for j in range(f.max() + 1):
        tr, te = f != j, f == j
        vec = TfidfVectorizer(ngram_range=(1, 3), min_df=2, sublinear_tf=True, token_pattern=r"(?u)\b\w+\b")
        x = vec.fit_transform(texts[tr])
        with threadpool_limits(limits=1):
            lr = LogisticRegression(C=c, max_iter=2000).fit(x, y[tr])
        oof[te] = lr.predict_proba(vec.transform(texts[te]))   # classes sorted: negative, neutral, positive
    return oof


def main(argv=None) -> int:
    from analysis.sentiment import target_tone as tt

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--variant", nargs="*", default=["base"])
    ap.add_argument("--k", type=int, default=K)
    ap.add_argument("--save", help="folder to save each variant's held-out probabilities in (oof_<variant>.npy)")
    ap.add_argument("--ensemble", nargs="*", default=[],
                    help="saved variants (in --save) whose held-out probabilities are averaged")
    args = ap.parse_args(argv)
    d = train_rows()
    f = folds(d, args.k)
    print(f"train: {len(d):,} targets, {d['sent_idx'].nunique():,} sentences, {d['group'].nunique():,} "
          f"article groups; labels {d['label'].value_counts().sort_index().to_dict()}; "
          f"fold sizes {np.bincount(f).tolist()}", flush=True)
    t0 = time.perf_counter()
    feats = tt._featurize(d["sentence"].tolist(), d["start"].tolist(), d["end"].tolist())
    print(f"features in {time.perf_counter() - t0:.1f} s", flush=True)
    vic = victims(d)
    y = d["label"].to_numpy()
    base = None

    def run(name, fs=None, **kw):
        fs = feats if fs is None else fs
        oof = np.zeros((len(d), 3))
        for j in range(args.k):
            tr, te = f != j, f == j
            oof[te] = fit_predict([fs[i] for i in np.flatnonzero(tr)], y[tr],
                                  [fs[i] for i in np.flatnonzero(te)], **kw)[0]
        return oof

    oofs = {}
    if args.ensemble:
        ps = [np.load(Path(args.save) / f"oof_{v}.npy") for v in ["base", *args.ensemble]]
        base = report("base (saved)", d, f, labels_from(ps[0], vic))
        for v, p in zip(args.ensemble, ps[1:]):
            report(f"{v} (saved)", d, f, labels_from(p, vic), base)
        report("mean of " + "+".join(["base", *args.ensemble]), d, f, labels_from(np.mean(ps, axis=0), vic), base)
        return 0
    for v in args.variant:
        t0 = time.perf_counter()
        if v == "base" and args.save and (Path(args.save) / "oof_base.npy").exists():
            p = np.load(Path(args.save) / "oof_base.npy")   # saved by an earlier run (deterministic)
        elif v == "base":
            p = run(v)
        elif v == "balanced":
            p = run(v, class_weight="balanced")
        elif v.startswith("C="):
            p = run(v, c=float(v[2:]))
        elif v.startswith("cw="):
            p = run(v, char_weight=float(v[3:]))
        elif v == "role":
            p = run(v, _add(feats, role_features(d)))
        elif v == "narrow":
            p = run(v, _add(feats, narrow_clause(d)))
        elif v == "role+narrow":
            p = run(v, _add(_add(feats, role_features(d)), narrow_clause(d)))
        elif v == "combo":         # role + reported speech, balanced class weights
            p = run(v, _add(_add(feats, role_features(d)), reported_speech(d)), class_weight="balanced")
        elif v == "reported":
            p = run(v, _add(feats, reported_speech(d)))
        elif v == "ridge":
            p = run(v, _add(feats, ridge_texts(feats)))
        elif v.startswith("marked"):   # marked, marked:C, marked:C:window
            parts = v.split(":")
            p = marked_model(d, f, float(parts[1]) if len(parts) > 1 else 1.0,
                             int(parts[2]) if len(parts) > 2 else None)
        elif v == "bias":
            p = oofs.get("base")
            if p is None:
                p = oofs["base"] = run("base")
            # biases on the log-probabilities chosen on the other folds' held-out predictions
            grid = np.round(np.arange(-0.6, 0.61, 0.1), 2)
            pred = np.empty(len(d), dtype=object)
            for j in range(args.k):
                o = f != j
                best, bb = -1, (0, 0, 0)
                for bn in grid:
                    for bp in grid:
                        m = macro(y[o], labels_from(p[o], vic[o], (bn, 0.0, bp)))
                        if m > best + 1e-9:
                            best, bb = m, (bn, 0.0, bp)
                pred[f == j] = labels_from(p[f == j], vic[f == j], bb)
                print(f"   fold {j}: bias {bb}", flush=True)
            report(v, d, f, pred, base)
            continue
        else:
            raise SystemExit(f"unknown variant {v}")
        oofs[v] = p
        if args.save:
            np.save(Path(args.save) / f"oof_{v}.npy", p)
        per = report(v + f" [{time.perf_counter() - t0:.0f}s]", d, f, labels_from(p, vic), base)
        if v == "base":
            base = per
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
