"""Tone towards a named target in a sentence (target-dependent sentiment), and per actor.

:func:`target_sentiment` says whether a sentence is negative, neutral or positive *towards*
the person or organisation at a given character span, which a whole-sentence score cannot:
in "Critics attacked Smith after Jones praised the plan" the sentence is mixed, the tone
towards Smith negative and towards Jones positive.

Model: a multinomial logistic regression (scikit-learn, trained offline by
``benchmarks/train_target_tone.py`` on NewsMTSC ``train.jsonl``, Hamborg & Donnay 2021;
weights in ``resources/target_tone.json.gz``, read with no download). Its features are
strings built from the sentence around the target (see :func:`target_features`):

- the words of the sentence (lower-cased; negated words after a VADER negator, up to the
  next punctuation, marked ``not_``), and each word again weighted by its distance to the
  target, 1 / (1 + d / 3);
- the words in the target's clause (between punctuation marks), and the one to five words
  just left and right of the target, by side and distance (``L1=attacked``, ``R1=said``);
- the target's role: speaker of a quotation (a reporting verb just after it, or ", said X."),
  whose quoted words are then its own words (``q=``), not words about it; subject of a
  passive or copula (``Tbe=praised``); agent of a passive (``Tby=attacked``);
- whether the target is inside quotation marks, starts the sentence, or is possessive;
- what kind of thing the target is, never its name: a pronoun, its lower-case words ("the
  2012 race" -> ``t=race``), a title before a name, a place or a date in the shipped
  gazetteers, an organisation head word, an acronym, a digit, its length in words;
- word pairs of the target's clause (``c2=accused_of``);
- dense: VADER compound of the sentence, of the target's clause and of a five-word window,
  and the VADER lexicon valence of the other words weighted by 1/(1 + distance / 2), summed
  by side (left, right) and by whether the word is in the target's clause; the valence of
  the words it is quoted as saying;
- TF-IDF character 2-5-grams of five texts, each a block of its own: the words within five
  tokens of the target, the words of its clause, the words just before it and just after it
  in its clause, and the whole sentence (the target's own words are never a feature); the
  blocks are weighted x3 against the other features (a weaker penalty, chosen by
  cross-validation).

The ``score`` is P(positive) - P(negative) (-1..+1); ``label`` is the most probable class;
``drivers`` lists the features that pushed the prediction most towards its label, in words.
Measured on NewsMTSC ``devtest_mt.jsonl`` (never trained on): see ``docs/sentiment.md``.
"""
from __future__ import annotations

import re
import warnings
from functools import lru_cache

import numpy as np
import pandas as pd

from .linear_text import RESOURCES, _r, load_model

#: Where the shipped weights live (package data).
MODEL_PATH = RESOURCES / "target_tone.json.gz"
LABELS = ("negative", "neutral", "positive")
WINDOW = 5
#: Words at distance d from the target weigh 1 / (1 + d / DIST_SCALE) in the ``d=`` features.
DIST_SCALE = 3.0
#: Inverse regularisation strength, chosen by 3-fold cross-validation on NewsMTSC train.
C = 0.1
#: Character n-grams of the words around the target (TF-IDF, as in :mod:`analysis.sentiment.news_tone`).
CHAR_PARAMS = dict(analyzer="char_wb", ngram_range=(2, 5), min_df=3, max_features=30000,
                   sublinear_tf=True, lowercase=True)
#: The texts cut into character n-grams, each a block of its own: the words within WINDOW
#: tokens of the target, its clause, the words just before / after it in its clause, and the
#: whole sentence (never the target's own words). Prefixes of their feature names.
CHAR_BLOCKS = ("near", "clause", "left", "right", "sentence")
_CHAR_PREFIX = {"near": "g=", "clause": "h=", "left": "l=", "right": "r=", "sentence": "s="}
_CHAR_WHERE = {"near": "near it", "clause": "its clause", "left": "just before it",
               "right": "just after it", "sentence": "the sentence"}
#: The character n-gram blocks are multiplied by this before the fit (a weaker penalty on
#: them than on the word and cue features), chosen by 3-fold cross-validation on train.
CHAR_WEIGHT = 3.0
_TOKEN = re.compile(r"[A-Za-z0-9]+(?:['’][A-Za-z]+)*|[^\sA-Za-z0-9]")
_PUNCT = set(",;:()[]—–-\"“”‘’?!.")
_QUOTES = set("\"“”")


@lru_cache(maxsize=1)
def _vader():
    from vaderSentiment.vaderSentiment import NEGATE, SentimentIntensityAnalyzer

    return SentimentIntensityAnalyzer(), frozenset(NEGATE)


@lru_cache(maxsize=8192)
def _compound(text: str) -> float:
    """VADER compound of a text, cached: a sentence with several targets (and a clause shared
    by them) is scored once."""
    return _vader()[0].polarity_scores(text)["compound"]


@lru_cache(maxsize=1)
def _reporting_verbs() -> frozenset:
    from .. import lexicons as _lex

    return frozenset(w for w in _lex.reporting_verbs() if " " not in w)


@lru_cache(maxsize=1)
def _be() -> frozenset:
    from .. import lexicons as _lex

    return frozenset(_lex.word_list("auxiliaries.txt"))


@lru_cache(maxsize=1)
def _target_kinds() -> dict:
    """Lower-case word or phrase -> kind of the thing it names, from the shipped gazetteers:
    title (honorifics and offices), place (countries, their aliases, one-word cities,
    sub-national regions), date (months, weekdays); ``org_head`` words end organisation names."""
    from .. import lexicons as _lex

    kinds: dict[str, str] = {}
    for name in ("dates/months.csv", "dates/weekdays.csv"):
        for r in _lex._rows(name):
            for w in [r["name"], *_lex._split((r.get("abbreviations") or "").replace(";", "; "))]:
                kinds[w.strip().lower()] = "date"
    for c in _lex.countries():
        for w in [c["name"], *c["aliases"]]:
            kinds[w.lower()] = "place"
    for r in _lex._rows("regions.csv"):
        kinds[r["name"].strip().lower()] = "place"
    for w in _lex.word_list("cities.txt"):
        kinds[w] = "place"
    for w in _lex.titles():
        kinds[w] = "title"
    return kinds


@lru_cache(maxsize=1)
def _org_heads() -> frozenset:
    from .. import lexicons as _lex

    return frozenset(_lex.word_list("org_heads.txt"))


@lru_cache(maxsize=1)
def _pronouns() -> frozenset:
    from .. import lexicons as _lex

    return frozenset(_lex.word_list("pronouns.txt"))


def _target_cues(raw: list, add) -> None:
    """Cues from the target's own words that say what kind of thing it is, never its name:
    its lower-case words (pronouns, determiners, common nouns: ``t=his``, ``t=race``), a title
    before a name (``T_title``), a place or date from the gazetteers (``T_place``, ``T_date``),
    an organisation head word (``T_org``), an acronym, a digit, and its length in words."""
    ws = [w for w in raw if w not in _PUNCT]
    if not ws:
        return
    kinds = _target_kinds()
    low = [w.lower().replace("’", "'").rstrip(".") for w in ws]
    add(f"Tn={min(len(ws), 4)}")
    for w, lw in zip(ws, low):
        if w[:1].islower() or lw in _pronouns():
            add("t=" + lw)
    phrase = " ".join(low)
    if phrase.startswith("the "):
        phrase = phrase[4:]
    kind = kinds.get(phrase)
    if kind in ("place", "date"):
        add("T_" + kind)
    elif kinds.get(low[0]) == "title" and len(low) > 1:
        add("T_title")
    if any(kinds.get(w) == "date" and w[:1].isalpha() for w in low) and kind != "date" and len(low) > 1:
        add("T_has_date")
    if low[-1] in _org_heads():
        add("T_org")
    if any(len(w) >= 2 and w.isupper() for w in ws):
        add("T_acronym")
    if any(ch.isdigit() for w in ws for ch in w):
        add("T_digit")
    if all(w[:1].isupper() for w in ws):
        add("T_capitalised")


def _tokens(text: str):
    return [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]


def target_features(sentence: str, start: int, end: int) -> tuple[dict, dict]:
    """Features of the target at ``sentence[start:end]``: ``(sparse, dense)`` dicts.

    Parameters
    ----------
    sentence : str
    start, end : int
        Character span of the target mention (end exclusive).

    Returns
    -------
    tuple of dict
        Feature name -> value for the sparse (word) features and for the dense (VADER)
        features. The character n-grams of the words near the target and of its clause are
        computed by the model itself and are not in these dicts.

    Examples
    --------
    >>> sp, de = target_features("Critics attacked Smith.", 17, 22)
    >>> sp["L1=attacked"], sp["c=critics"], round(de["vader_window"], 2)
    (1.0, 1.0, -0.64)
    """
    sp, de, *_ = _features(sentence, start, end)
    return sp, de


def _features(sentence: str, start: int, end: int):
    """:func:`target_features` plus, per dense feature, the lexicon words behind it, and the
    text of the window around the target (for the character n-grams)."""
    sia, negate = _vader()
    toks = _tokens(sentence)
    words = [t[0].lower().replace("’", "'") for t in toks]
    inside = [i for i, (_, a, b) in enumerate(toks) if a < end and b > start]
    if not inside:  # span between tokens: place it at the next token
        nxt = [i for i, (_, a, _) in enumerate(toks) if a >= start]
        inside = [nxt[0]] if nxt else [max(len(toks) - 1, 0)]
    t0, t1 = inside[0], inside[-1]
    ins = set(inside)
    sp: dict[str, float] = {}

    def add(key, v=1.0):
        sp[key] = sp.get(key, 0.0) + v

    _target_cues([toks[i][0] for i in inside], add)

    # negation scope: from a negator to the next punctuation mark
    negated = [False] * len(toks)
    on = False
    for i, w in enumerate(words):
        if w in _PUNCT:
            on = False
        elif w in negate or w.endswith("n't"):
            on = True
            continue
        negated[i] = on and i not in ins
    # clause: tokens between the punctuation marks around the target
    a = t0
    while a > 0 and words[a - 1] not in _PUNCT:
        a -= 1
    b = t1
    while b < len(toks) - 1 and words[b + 1] not in _PUNCT:
        b += 1
    # quotations: which tokens stand inside quotation marks
    in_quote = [False] * len(toks)
    q = False
    for i, w in enumerate(words):
        if w in _QUOTES:
            q = not q
            continue
        in_quote[i] = q
    # the target as speaker: a reporting verb just after it ("Lee said", "Lee has argued") or
    # just before it ("..., said Lee"); then the words of a quotation are its words, not words
    # about it
    speaker = False
    for j in range(t1 + 1, min(len(words), t1 + 4)):
        if words[j] in _reporting_verbs():
            speaker = True
            break
        if words[j] in _PUNCT and words[j] not in _QUOTES:
            break
    ends_clause = t1 + 1 >= len(words) or words[t1 + 1] in _PUNCT
    for j in range(max(0, t0 - 2), t0):  # "..., said Lee." but not "said Lee betrayed them"
        if words[j] in _reporting_verbs() and ends_clause and (j == t0 - 1 or words[j + 1] in _PUNCT):
            speaker = True
    quoted = [speaker and in_quote[i] and not in_quote[t0] for i in range(len(toks))]
    if speaker:
        add("T_speaker")
    # the target as subject of a passive or copula ("Lee was praised", "Lee is corrupt"), or
    # as the agent of a passive ("... attacked by Lee")
    if t1 + 2 < len(words) and words[t1 + 1] in _be():
        add("Tbe=" + words[t1 + 2])
    if t0 >= 1 and words[t0 - 1] == "by":
        add("T_by")
        if t0 >= 2:
            add("Tby=" + words[t0 - 2])
    for i, w in enumerate(words):
        if i in ins or w in _PUNCT:
            continue
        ww = ("not_" if negated[i] else "") + w
        if quoted[i]:
            add("q=" + ww)
            continue
        add("w=" + ww)
        if a <= i <= b:
            add("c=" + ww)
        dist = (t0 - i) if i < t0 else (i - t1)
        add("d=" + ww, 1.0 / (1.0 + dist / DIST_SCALE))
    for d in range(1, WINDOW + 1):
        for side, i in (("L", t0 - d), ("R", t1 + d)):
            if 0 <= i < len(toks):
                w = ("not_" if negated[i] else "") + words[i]
                add(f"{side}{d}={w}" if d <= 2 else f"{side}={w}")
    # word pairs of the target's clause ("accused_of", "not_support"), not across the target
    for i in range(a, b):
        j = i + 1
        if i in ins or j in ins or quoted[i] or quoted[j]:
            continue
        add("c2=" + ("not_" if negated[i] else "") + words[i] + "_" + ("not_" if negated[j] else "") + words[j])
    if t0 == 0 or (t0 == 1 and words[0] in _QUOTES):
        add("T_first")
    if (t1 + 1 < len(words) and words[t1 + 1] in ("'s", "'")) or words[t1].endswith("'s"):
        add("T_possessive")
    if in_quote[t0]:
        add("T_in_quote")
    if any(w in _QUOTES for w in words):
        add("S_has_quote")
    # dense: VADER on the sentence, the clause, the window; valence weighted by distance
    lex = sia.lexicon
    found = {n: [] for n in DENSE}
    clause = sentence[toks[a][1]:toks[b][2]] if toks else ""
    lo, hi = max(0, t0 - WINDOW), min(len(toks) - 1, t1 + WINDOW)
    window = sentence[toks[lo][1]:toks[hi][2]] if toks else ""
    de = {"vader_sentence": _compound(sentence),
          "vader_clause": _compound(clause),
          "vader_window": _compound(window),
          "val_left": 0.0, "val_right": 0.0, "val_out_left": 0.0, "val_out_right": 0.0,
          "val_quoted": 0.0}
    for i, w in enumerate(words):
        v = lex.get(w)
        if v is None or i in ins:
            continue
        v = -v if negated[i] else v
        word = ("not " if negated[i] else "") + w
        if quoted[i]:
            de["val_quoted"] += v / 4.0
            found["val_quoted"].append(word)
            continue
        dist = (t0 - i) if i < t0 else (i - t1)
        side = "left" if i < t0 else "right"
        key = f"val_{side}" if a <= i <= b else f"val_out_{side}"
        de[key] += v / 4.0 / (1.0 + dist / 2.0)
        found[key].append(word)
        found["vader_sentence"].append(word)
        if a <= i <= b:
            found["vader_clause"].append(word)
        if lo <= i <= hi:
            found["vader_window"].append(word)
    # the words of the window and of the clause without the target, for the character n-grams
    near = " ".join(words[j] for j in range(lo, hi + 1) if j not in ins and words[j] not in _PUNCT)
    own = " ".join(words[j] for j in range(a, b + 1) if j not in ins and words[j] not in _PUNCT)
    # ... of the words just before and just after it in its clause (the side matters:
    # "attacked" before the target is said of it, after it is said by it), and of the sentence
    left = " ".join(words[j] for j in range(max(a, lo), t0) if words[j] not in _PUNCT)
    right = " ".join(words[j] for j in range(t1 + 1, min(b, hi) + 1) if words[j] not in _PUNCT)
    whole = " ".join(words[j] for j in range(len(words)) if j not in ins and words[j] not in _PUNCT)
    return sp, de, found, (near, own, left, right, whole)


DENSE = ("vader_sentence", "vader_clause", "vader_window", "val_left", "val_right", "val_out_left",
         "val_out_right", "val_quoted")


def _check_frame(frame: pd.DataFrame) -> pd.DataFrame:
    need = ["sentence", "start", "end"]
    missing = [c for c in need if c not in frame.columns]
    if missing:
        raise ValueError(f"target_sentiment needs the columns sentence, start, end (and target); "
                         f"missing: {', '.join(missing)}")
    return frame


def _featurize(sentences, starts, ends):
    from ..progress import progress

    rows = list(zip(sentences, starts, ends))
    return [_features(s, int(a), int(b)) for s, a, b in progress(rows, desc="target tone")]


def _matrix(feats, index: dict, dense_scale: np.ndarray):
    from scipy import sparse

    nd = len(DENSE)
    data, cols, ptr = [], [], [0]
    for sp, de, *_ in feats:
        for j, name in enumerate(DENSE):
            data.append(de[name] * dense_scale[j])
            cols.append(j)
        for k, v in sp.items():
            j = index.get(k)
            if j is not None:
                data.append(v)
                cols.append(nd + j)
        ptr.append(len(data))
    return sparse.csr_matrix((np.asarray(data, float), np.asarray(cols, np.int64), np.asarray(ptr, np.int64)),
                             shape=(len(feats), nd + len(index)))


def train_target_tone(sentences, starts, ends, labels, c: float = C, min_count: int = 2) -> dict:
    """Fit the target-tone model (multinomial logistic regression); returns a JSON-able dict.

    Deterministic (lbfgs, no random state involved). Sparse features seen in fewer than
    ``min_count`` training rows are dropped.

    Parameters
    ----------
    sentences : list of str
    starts, ends : sequences of int
        Character span of each target in its sentence.
    labels : sequence of "negative" / "neutral" / "positive"
    c : float
        Inverse regularization strength.
    min_count : int

    Returns
    -------
    dict

    Examples
    --------
    >>> s = ["Critics attacked Smith.", "Fans praised Smith.", "Smith went home."] * 4
    >>> m = train_target_tone(s, [17, 13, 0] * 4, [22, 18, 5] * 4,
    ...                       ["negative", "positive", "neutral"] * 4, c=10)
    >>> TargetToneModel(m).predict(["Critics attacked Jones."], [17], [22])["label"].tolist()
    ['negative']
    """
    from sklearn.linear_model import LogisticRegression

    labels = list(labels)
    bad = sorted(set(labels) - set(LABELS))
    if bad:
        raise ValueError(f"labels must be {LABELS}; found {bad}")
    feats = _featurize(sentences, starts, ends)
    counts: dict[str, int] = {}
    for sp, *_ in feats:
        for k in sp:
            counts[k] = counts.get(k, 0) + 1
    names = sorted(k for k, n in counts.items() if n >= min_count)
    index = {k: i for i, k in enumerate(names)}
    dense = np.array([[f[1][n] for n in DENSE] for f in feats])
    scale = 1.0 / np.maximum(dense.std(axis=0), 1e-6)
    from scipy import sparse

    from .linear_text import tfidf_block

    chars, xs = {}, []
    for j, name in enumerate(CHAR_BLOCKS):
        _, xj, chars[name] = tfidf_block([f[3][j] for f in feats], **CHAR_PARAMS)
        xs.append(xj * CHAR_WEIGHT)
    x = sparse.hstack([_matrix(feats, index, scale), *xs]).tocsr()
    y = np.array([LABELS.index(v) for v in labels])
    from threadpoolctl import threadpool_limits

    with threadpool_limits(limits=1):  # BLAS on 1 or 2 threads sums in another order: pin it
        lr = LogisticRegression(C=c, max_iter=2000, tol=1e-4).fit(x, y)
    return {"description": "target tone: multinomial logistic regression on words around the "
                           "target, cues of its role and kind, VADER features and character "
                           "n-grams of the words near it, of its clause and of the sentence "
                           "(analysis.sentiment.target_tone)",
            "labels": list(LABELS), "C": c, "min_count": min_count, "window": WINDOW,
            "dist_scale": DIST_SCALE, "dense": list(DENSE), "dense_scale": _r(scale),
            "features": names, "char_weight": CHAR_WEIGHT, "char_blocks": chars,
            "coef": [_r(row) for row in lr.coef_], "intercept": _r(lr.intercept_)}


def _readable(feature: str, found: dict | None = None, near: tuple = ("", "")) -> str:
    """'L1=attacked' -> 'attacked (just before)'; 'val_left' -> 'attacked, failed (before it)';
    a character n-gram -> the words near the target that contain it."""
    where = {"vader_sentence": "the sentence", "vader_clause": "its clause", "vader_window": "near it",
             "val_left": "before it", "val_right": "after it", "val_out_left": "earlier clauses",
             "val_out_right": "later clauses", "val_quoted": "in what it is quoted as saying"}
    if feature in where:
        words = (found or {}).get(feature, [])
        return f"{', '.join(dict.fromkeys(words))} ({where[feature]})" if words else ""
    names = {"T_first": "(opens the sentence)",
             "T_possessive": "(possessive)", "T_in_quote": "(inside a quotation)",
             "S_has_quote": "(sentence quotes someone)", "T_speaker": "(it is the speaker)",
             "T_by": "(by it: agent of a passive)"}
    if feature in names:
        return names[feature]
    blocks = {p: name for name, p in _CHAR_PREFIX.items()}
    if feature[:2] in blocks:  # a character n-gram: the words of that text that contain it
        gram = feature[2:].strip()
        j = CHAR_BLOCKS.index(blocks[feature[:2]])
        words = [w for w in (near[j] if j < len(near) else "").split() if gram in w]
        return f"{', '.join(dict.fromkeys(words))} ({_CHAR_WHERE[CHAR_BLOCKS[j]]})" if words else ""
    kind, _, word = feature.partition("=")
    word = word.replace("not_", "not ")
    if kind == "Tbe":
        return f"is/was/has {word} (it)"
    if kind == "Tby":
        return f"{word} by (it)"
    where = {"w": "", "c": " (its clause)", "d": " (near it)", "q": " (in what it is quoted as saying)",
             "L1": " (just before)", "L2": " (before)", "L": " (before)", "R1": " (just after)",
             "R2": " (after)", "R": " (after)"}.get(kind, "")
    return word + where


class TargetToneModel:
    """Applies a target-tone model dict."""

    def __init__(self, model: dict):
        from .linear_text import vectorizer_from_block

        self.model = model
        if (set(model.get("char_blocks", {})) != set(CHAR_BLOCKS)
                or model.get("dist_scale") != DIST_SCALE):
            raise ValueError("the target-tone model does not match this version's features")
        self.chars = [vectorizer_from_block(model["char_blocks"][n]) for n in CHAR_BLOCKS]
        self.char_weight = float(model["char_weight"])
        self.names = list(DENSE) + list(model["features"])
        for n in CHAR_BLOCKS:
            self.names += [_CHAR_PREFIX[n] + t for t in model["char_blocks"][n]["terms"]]
        self.index = {k: i for i, k in enumerate(model["features"])}
        self.scale = np.asarray(model["dense_scale"], float)
        self.coef = np.asarray(model["coef"], float)
        self.intercept = np.asarray(model["intercept"], float)
        if list(model["dense"]) != list(DENSE) or self.coef.shape[1] != len(self.names):
            raise ValueError("the target-tone model does not match this version's features")

    def predict(self, sentences, starts, ends, n_drivers: int = 3) -> pd.DataFrame:
        """label, score, p_negative, p_neutral, p_positive, drivers; one row per target."""
        feats = _featurize(list(sentences), list(starts), list(ends))
        x = self._x(feats)
        z = np.asarray(x @ self.coef.T + self.intercept, float)
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(axis=1, keepdims=True)
        k = p.argmax(axis=1)
        # contribution of each feature to the chosen class against the classes' mean
        rel = self.coef - self.coef.mean(axis=0, keepdims=True)
        drivers = []
        for i in range(x.shape[0]):
            row = x.getrow(i)
            contrib = row.data * rel[k[i], row.indices]
            order = np.lexsort((row.indices, -contrib))
            words = []
            for j in order:
                if contrib[j] <= 0 or len(words) >= n_drivers:
                    break
                w = _readable(self.names[row.indices[j]], feats[i][2], feats[i][3])
                if w and w not in words:
                    words.append(w)
            drivers.append("; ".join(words))
        return pd.DataFrame({"label": np.asarray(LABELS, dtype=object)[k], "score": p[:, 2] - p[:, 0],
                             "p_negative": p[:, 0], "p_neutral": p[:, 1], "p_positive": p[:, 2],
                             "drivers": drivers})

    def _x(self, feats):
        from scipy import sparse

        from .linear_text import tfidf_transform

        blocks = [tfidf_transform(v, [f[3][j] for f in feats]) * self.char_weight
                  for j, v in enumerate(self.chars)]
        return sparse.hstack([_matrix(feats, self.index, self.scale), *blocks]).tocsr()


@lru_cache(maxsize=1)
def _shipped() -> TargetToneModel:
    return TargetToneModel(load_model(MODEL_PATH, "target-tone"))


_OUT = ["label", "score", "p_negative", "p_neutral", "p_positive", "drivers"]


#: targets scored at once by :func:`target_sentiment` (bounds the memory of the features)
PREDICT_BATCH = 5000
#: at most this many scored targets are kept for later calls in the process
PREDICT_CACHE = 500_000
_PREDICTED: dict = {}


@lru_cache(maxsize=1)
def _victim_patterns():
    """(passive after the target, active before it) patterns of lexicons/harm_verbs.txt."""
    from ..lexicons import word_list

    verbs = "|".join(sorted(map(re.escape, word_list("harm_verbs.txt")), key=len, reverse=True))
    passive = re.compile(r"^\s*(?:,\s*who\s+)?(?:was|were|had\s+been|has\s+been|have\s+been|is|are|being|got)"
                         r"\s+(?:[a-z]+ly\s+|also\s+|then\s+|later\s+)?(?:" + verbs + r")\b", re.I)
    active = re.compile(r"\b(?:" + verbs + r")\s+$", re.I)
    # figurative or agentive readings (review15b finding 2): harm done "by critics", "shot down
    # (in flames) by his own party", "killed in the polls" (lexicons/harm_figurative_agents.txt), and the target as
    # the agent of a harm verb in its own clause ("... after he murdered 12 children").
    agents = "|".join(sorted(map(re.escape, word_list("harm_figurative_agents.txt")), key=len, reverse=True))
    figurative = re.compile(r"^\s*(?:down\s+)?(?:in\s+flames\s+)?(?:by|in)\s+(?:the\s+|his\s+|her\s+|their\s+|its\s+)?"
                            r"(?:own\s+)?(?:" + agents + r")\b", re.I)
    agentive = re.compile(r"\b(?:after|before|when|because|since|once)\s+(?:he|she|they)\s+(?:had\s+|has\s+|have\s+)?(?:[a-z]+ly\s+|also\s+)?(?:"
                          + verbs + r")\b(?!\s+(?:by|in)\b)", re.I)
    return passive, active, figurative, agentive


def _nominal_victim_patterns():
    """(after the target, before it) patterns of lexicons/harm_nouns.txt: "X's assassination",
    "the killing of X"."""
    from ..lexicons import word_list

    nouns = "|".join(sorted(map(re.escape, word_list("harm_nouns.txt")), key=len, reverse=True))
    other = r"(?!\s+(?:of|penalty|penalties|toll|tolls|threats?|squads?|sentences?|warrants?|charges?|spree|row|rows|camps?|list)\b)"
    possessive = re.compile(r"^['\u2019]s?\s+(?:(?:brutal|tragic|untimely|violent|sudden|recent|apparent|alleged)\s+)?(?:"
                            + nouns + r")\b" + other, re.I)
    of_target = re.compile(r"\b(?:" + nouns + r")\s+of\s+(?:(?:the\s+)?(?:former|late)\s+)?$", re.I)
    return possessive, of_target


def is_victim(sentence: str, start: int, end: int) -> bool:
    """True when the target at ``sentence[start:end]`` is the patient of a verb of physical harm
    (lexicons/harm_verbs.txt): "X was killed", "X, who was shot", "gunmen killed X".

    Examples
    --------
    >>> is_victim("Bhutto was assassinated in Rawalpindi.", 0, 6), is_victim("Bhutto killed two men.", 0, 6)
    (True, False)

    The nominal forms too (lexicons/harm_nouns.txt): "shock at Bhutto's assassination", "the
    killing of Jamal Khashoggi", not "Bhutto's killing of protesters" nor "Bhutto's death threats".
    """
    possessive, of_target = _nominal_victim_patterns()
    if possessive.match(sentence[end:end + 60]) or (of_target.search(sentence[max(0, start - 60):start])
                                                    and not re.match(r"['\u2019]s?\b", sentence[end:end + 3])):
        return True     # (not "the death of Bhutto's father": the father is the victim)
    passive, active, figurative, agentive = _victim_patterns()
    after = sentence[end:end + 80]
    m = passive.match(after)
    if m:
        if figurative.match(after[m.end():]):          # "murdered by critics", "shot down by his party"
            return False
    elif not active.search(sentence[max(0, start - 40):start]) or re.match(r"\s*['\u2019]s\b", sentence[end:]):
        return False                                   # "killed Obama's bill": Obama is not the patient
    return not agentive.search(sentence[end:])         # "X was killed ... after he murdered ..."


def _victims_read_neutral(pred: pd.DataFrame, sentences, starts, ends) -> pd.DataFrame:
    """For a victim of physical harm (:func:`is_victim`), the model's P(negative) is read as
    P(neutral): the harm done to a person is what happened to them, not how the sentence
    portrays them (NewsMTSC's definition; its train set labels every such victim neutral or
    positive). Label and score follow; drivers say so."""
    hit = np.array([is_victim(s, int(a), int(b)) for s, a, b in zip(sentences, starts, ends)], dtype=bool)
    if not hit.any():
        return pred
    pred = pred.copy()
    pneg = pred.loc[hit, "p_negative"].to_numpy()
    pred.loc[hit, "p_neutral"] = pred.loc[hit, "p_neutral"].to_numpy() + pneg
    pred.loc[hit, "p_negative"] = 0.0
    pred.loc[hit, "score"] = pred.loc[hit, "p_positive"].to_numpy()
    probs = pred.loc[hit, ["p_negative", "p_neutral", "p_positive"]].to_numpy()
    pred.loc[hit, "label"] = np.array(["negative", "neutral", "positive"])[probs.argmax(axis=1)]
    pred.loc[hit, "drivers"] = ["victim of physical harm (read as neutral)" + (f"; {d}" if d else "")
                                for d in pred.loc[hit, "drivers"]]
    return pred


def target_sentiment(frame: pd.DataFrame, n_drivers: int = 3) -> pd.DataFrame:
    """Tone of each sentence towards the target at its character span.

    Parameters
    ----------
    frame : DataFrame with ``sentence``, ``start`` and ``end`` (the target's character span
        in the sentence, end exclusive) and usually ``target`` (the mention, checked against
        the span: a mismatch is warned about, as it usually means offsets into another text).
    n_drivers : int
        How many features to name in ``drivers``.

    Returns
    -------
    DataFrame: the input columns, then label (negative / neutral / positive), score
    (P(positive) - P(negative), -1..+1), p_negative, p_neutral, p_positive and drivers (the
    words and cues that pushed the prediction towards its label, "; "-joined). Same index
    as ``frame``. Rows whose span is outside the sentence get missing values, with a warning.

    A target that is the victim of physical harm (:func:`is_victim`: "X was killed", "gunmen
    shot X") gets the model's P(negative) as P(neutral), and drivers say so (round 15): what
    was done to a person is not how the sentence portrays them (NewsMTSC's definition; its
    train set labels no such victim negative, benchmarks/bench_victim_tone.py).

    Examples
    --------
    >>> import pandas as pd
    >>> f = pd.DataFrame({"sentence": ["Critics attacked Lee over the failed bailout.",
    ...                                "Park was widely admired for her courage."],
    ...                   "target": ["Lee", "Park"], "start": [17, 0], "end": [20, 4]})
    >>> target_sentiment(f)[["target", "label"]]
      target     label
    0    Lee  negative
    1   Park  positive
    """
    _check_frame(frame)
    out = frame.copy()
    sents = frame["sentence"].astype(object).where(frame["sentence"].notna(), "").astype(str)
    starts = pd.to_numeric(frame["start"], errors="coerce")
    ends = pd.to_numeric(frame["end"], errors="coerce")
    lens = sents.str.len()
    ok = (starts.notna() & ends.notna() & (starts >= 0) & (ends > starts) & (ends <= lens)).to_numpy()
    if (~ok).any():
        warnings.warn(f"target_sentiment: {int((~ok).sum())} row(s) have no valid target span "
                      "(start/end missing or outside the sentence) and get no score", stacklevel=2)
    if "target" in frame.columns and ok.any():
        spans = [s[int(a):int(b)] for s, a, b in zip(sents[ok], starts[ok], ends[ok])]
        wrong = int(sum(sp.strip() != str(t).strip() for sp, t in zip(spans, frame["target"][ok])))
        if wrong:
            warnings.warn(f"target_sentiment: in {wrong} row(s) sentence[start:end] is not the "
                          "target text; scored at the span given", stacklevel=2)
    for c in _OUT:
        out[c] = pd.Series(np.nan if c not in ("label", "drivers") else None, index=frame.index,
                           dtype="float64" if c not in ("label", "drivers") else object)
    if ok.any():
        # each distinct (sentence, span) is scored once: copies of a story repeat them
        spans = pd.DataFrame({"s": sents[ok].to_numpy(), "a": starts[ok].astype(int).to_numpy(),
                              "b": ends[ok].astype(int).to_numpy()})
        codes = spans.groupby(["s", "a", "b"], sort=False).ngroup().to_numpy()
        first = np.unique(codes, return_index=True)[1]
        distinct = spans.iloc[first]
        # targets scored by an earlier call in this process (a notebook scores the main actors'
        # mentions again by year) are taken from the cache: the model is a pure function
        keys = list(zip(distinct["s"], distinct["a"], distinct["b"], [n_drivers] * len(distinct)))
        todo = [i for i, k in enumerate(keys) if k not in _PREDICTED]
        if todo:
            # in batches: the features of every mention at once held gigabytes at 100,000 documents
            model = _shipped()
            new = distinct.iloc[todo]
            pred = pd.concat([model.predict(part["s"].tolist(), part["a"].tolist(), part["b"].tolist(),
                                            n_drivers=n_drivers)
                              for part in (new.iloc[i:i + PREDICT_BATCH]
                                           for i in range(0, len(new), PREDICT_BATCH))], ignore_index=True)
            pred = _victims_read_neutral(pred, new["s"].tolist(), new["a"].tolist(), new["b"].tolist())
            if len(_PREDICTED) + len(todo) > PREDICT_CACHE:
                _PREDICTED.clear()
            for i, row in zip(todo, zip(*(pred[c].tolist() for c in _OUT))):
                _PREDICTED[keys[i]] = row
        rows = [_PREDICTED[k] for k in keys]
        for j, c in enumerate(_OUT):
            values = np.asarray([r[j] for r in rows], dtype=object if c in ("label", "drivers") else "float64")
            out.loc[ok, c] = values[codes]
    return out


def mention_sentiment(mentions: pd.DataFrame, sentences: pd.DataFrame, n_drivers: int = 3) -> pd.DataFrame:
    """Tone towards each actor mention, from :func:`target_sentiment` on its sentence.

    Parameters
    ----------
    mentions : DataFrame from :func:`analysis.actor_mentions` (doc_id, sent_id, actor, start,
        end as offsets into the document's clean text; other columns are kept).
    sentences : DataFrame from :func:`analysis.sentences` (doc_id, sent_id, text, start), or
        any frame with doc_id, sent_id, a ``text`` or ``sentence`` column and ``start`` (the
        sentence's offset in the clean text). Without ``start`` the mention is looked up in
        its sentence by its text (first occurrence), with a warning.
    n_drivers : int
        As in :func:`target_sentiment`.

    Returns
    -------
    DataFrame, one row per mention in the input order: the mention columns, then sentence,
    label, score, p_negative, p_neutral, p_positive, drivers. Mentions whose sentence is not
    in ``sentences`` keep their row with missing values (warned).

    Examples
    --------
    >>> import pandas as pd
    >>> from analysis import actor_mentions, sentences
    >>> c = pd.DataFrame({"doc_id": ["a"], "text": ["Officials said Beijing betrayed Pyongyang. "
    ...                                             "Mr Xi praised the talks."]})
    >>> m = mention_sentiment(actor_mentions(c), sentences(c))
    >>> m[["sent_id", "actor", "label"]]
       sent_id        actor     label
    0        0        China  negative
    1        0  North Korea   neutral
    2        1   Xi Jinping   neutral
    """
    need = {"doc_id", "sent_id", "start", "end"}
    if not need <= set(mentions.columns):
        raise ValueError(f"mentions need the columns {sorted(need)} (as from analysis.actor_mentions)")
    text_col = "text" if "text" in sentences.columns else "sentence" if "sentence" in sentences.columns else None
    if text_col is None or not {"doc_id", "sent_id"} <= set(sentences.columns):
        raise ValueError("sentences need doc_id, sent_id and text (as from analysis.sentences)")
    s = pd.DataFrame({"doc_id": sentences["doc_id"].astype(str).to_numpy(),
                      "sent_id": sentences["sent_id"].astype("int64").to_numpy(),
                      "sentence": sentences[text_col].to_numpy(),
                      "_s0": (sentences["start"].to_numpy() if "start" in sentences.columns else np.nan)})
    s = s.drop_duplicates(["doc_id", "sent_id"])
    m = mentions.reset_index(drop=True)
    x = m[["doc_id", "sent_id", "start", "end"]].assign(doc_id=m["doc_id"].astype(str),
                                                        sent_id=m["sent_id"].astype("int64"))
    x = x.merge(s, on=["doc_id", "sent_id"], how="left")
    lost = int(x["sentence"].isna().sum())
    if lost:
        warnings.warn(f"mention_sentiment: {lost} mention(s) have no sentence in `sentences` and "
                      "get no score", stacklevel=2)
    if "start" in sentences.columns:
        a = x["start"] - x["_s0"]
        b = x["end"] - x["_s0"]
    else:
        warnings.warn("mention_sentiment: sentences have no 'start' column; mentions are found in "
                      "their sentence by their text (first occurrence)", stacklevel=2)
        col = m["text"] if "text" in m.columns else pd.Series([""] * len(m))
        pos = [str(se).find(str(t)) if isinstance(se, str) else -1 for se, t in zip(x["sentence"], col)]
        a = pd.Series(pos, dtype="float64").where(lambda v: v >= 0)
        b = a + col.astype(str).str.len().to_numpy()
    frame = pd.DataFrame({"sentence": x["sentence"], "start": a, "end": b})
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # lost sentences were warned about above
        scored = target_sentiment(frame, n_drivers=n_drivers) if len(frame) else frame.assign(
            **{c: pd.Series(dtype=object if c in ("label", "drivers") else "float64") for c in _OUT})
    bad = int((x["sentence"].notna() & scored["label"].isna()).sum())
    if bad:
        warnings.warn(f"mention_sentiment: {bad} mention(s) lie outside their sentence's span and "
                      "get no score", stacklevel=2)
    out = m.copy()
    out["sentence"] = x["sentence"].to_numpy()
    for c in _OUT:
        out[c] = scored[c].to_numpy()
    return out


def _wilson(k: int, n: int, z: float = 1.959963984540054) -> tuple[float, float]:
    if n == 0:
        return (np.nan, np.nan)
    p = k / n
    den = 1 + z * z / n
    mid = (p + z * z / (2 * n)) / den
    half = z * np.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / den
    return (float(max(0.0, mid - half)), float(min(1.0, mid + half)))


def actor_tone(scored: pd.DataFrame, by=None, *, n_boot: int = 2000, ci: float = 0.95,
               seed: int = 0, min_mentions: int = 1) -> pd.DataFrame:
    """Tone towards each actor: mean score with a bootstrap interval, shares with Wilson intervals.

    Parameters
    ----------
    scored : DataFrame from :func:`mention_sentiment` (actor, label, score, doc_id).
    by : str or list of str, optional
        Further grouping columns (e.g. ``"year"``, ``"outlet"``), which must be in ``scored``.
    n_boot, ci, seed : bootstrap of the mean score. Whole documents are resampled (a cluster
        bootstrap: mentions in one article are not independent); with a single document the
        mentions are resampled instead. Deterministic for a seed.
    min_mentions : int
        Groups with fewer scored mentions are left out.

    Returns
    -------
    DataFrame with the ``by`` columns, actor (and actor_type when present), n_mentions,
    n_documents, mean_score, ci_low, ci_high, share_negative, share_neutral, share_positive,
    negative_low, negative_high, positive_low, positive_high (95% Wilson intervals of the two
    shares, whatever ``ci``); most mentioned first.

    Examples
    --------
    >>> import pandas as pd
    >>> s = pd.DataFrame({"doc_id": ["a", "a", "b"], "actor": ["Lee"] * 3,
    ...                   "label": ["negative", "negative", "neutral"], "score": [-0.8, -0.6, 0.0]})
    >>> actor_tone(s)[["actor", "n_mentions", "n_documents", "share_negative"]].round(2)
      actor  n_mentions  n_documents  share_negative
    0   Lee           3            2            0.67
    """
    from .scores import _cluster_bootstrap_ci, bootstrap_mean_ci

    keys = [] if by is None else ([by] if isinstance(by, str) else list(by))
    missing = [c for c in keys + ["actor", "label", "score", "doc_id"] if c not in scored.columns]
    if missing:
        raise ValueError(f"actor_tone: scored has no column(s) {missing} (use mention_sentiment's output)")
    if "actor_type" in scored.columns:
        keys_all = keys + ["actor", "actor_type"]
    else:
        keys_all = keys + ["actor"]
    x = scored[scored["score"].notna()]
    cols = keys_all + ["n_mentions", "n_documents", "mean_score", "ci_low", "ci_high", "share_negative",
                       "share_neutral", "share_positive", "negative_low", "negative_high",
                       "positive_low", "positive_high"]
    rows = []
    if len(x):
        # one pass over arrays sorted by group (a pandas group per actor is slow with many actors)
        gid = x.groupby(keys_all, sort=True, dropna=False).ngroup().to_numpy()
        order = np.argsort(gid, kind="stable")            # rows of a group keep their order
        gid_sorted = gid[order]
        score = x["score"].to_numpy(float)[order]
        label = x["label"].to_numpy(object)[order]
        bounds = np.flatnonzero(np.diff(gid_sorted)) + 1
        starts = np.concatenate([[0], bounds])
        ends = np.concatenate([bounds, [len(gid_sorted)]])
        key_rows = x.iloc[order[starts]][keys_all]
        first_keys = [tuple(k) for k in key_rows.itertuples(index=False, name=None)]
        docs = x["doc_id"].astype(str).to_numpy(object)[order]
        # documents per group: the number of distinct (group, document) pairs
        n_docs = pd.DataFrame({"g": gid_sorted, "d": docs}).drop_duplicates().groupby("g").size().to_numpy()
        neg, pos = label == "negative", label == "positive"
        for gi, (a, b) in enumerate(zip(starts, ends)):
            n = int(b - a)
            if n < min_mentions:
                continue
            sc = score[a:b]
            n_doc = int(n_docs[gi])
            if n_doc > 1:   # summed per document as pandas does (the same floats as before)
                by_doc = pd.Series(sc).groupby(docs[a:b], sort=True)
                lo, hi = _cluster_bootstrap_ci(by_doc.sum().to_numpy(), by_doc.size().to_numpy(), n_boot, ci, seed)
            else:
                lo, hi = bootstrap_mean_ci(sc, n_boot=n_boot, ci=ci, seed=seed)
            k_neg, k_pos = int(neg[a:b].sum()), int(pos[a:b].sum())
            rows.append(dict(zip(keys_all, first_keys[gi])) | {
                "n_mentions": n, "n_documents": n_doc, "mean_score": float(sc.mean()),
                "ci_low": lo, "ci_high": hi, "share_negative": k_neg / n,
                "share_neutral": (n - k_neg - k_pos) / n, "share_positive": k_pos / n,
                **dict(zip(("negative_low", "negative_high"), _wilson(k_neg, n))),
                **dict(zip(("positive_low", "positive_high"), _wilson(k_pos, n)))})
    out = pd.DataFrame(rows, columns=cols)
    if out.empty:
        return out
    out = out.sort_values(keys + ["n_mentions", "actor"], ascending=[True] * len(keys) + [False, True],
                          kind="stable")
    return out.reset_index(drop=True).astype({"n_mentions": "int64", "n_documents": "int64"})
