"""Topic models a researcher can defend: news-aware vocabulary, k chosen in the open, reuse-aware.

:func:`fit_topics` fits NMF (default) or LDA over paragraphs, sentences or whole documents and
returns a :class:`TopicModel` with top terms, readable labels, a unit-by-topic table, the model
selection table and length-weighted topic prevalence by date or any metadata column.

What the vocabulary does (all general rules, nothing tuned to one corpus):

* scikit-learn's English stop words plus :data:`NEWS_STOP_WORDS`: reporting verbs (said,
  told, added, according), honorifics (Mr, Ms, Dr), weekdays, months, generic news words
  (officials, reporters, week) and page-furniture words (comment, subscribe, advertisement);
* tokens that are numbers (2016, 3.5, 1990s, 21st) are dropped; tokens mixing letters and
  digits (G20, F-16 as ``f`` ``16`` is split) keep their letters;
* an all-capitals acronym that collides with a stop word (``US``, ``U.S.``, ``WHO``) is kept
  as the acronym, not dropped as the pronoun;
* multi-word names are kept as one term: adjacent capitalised words that co-occur far more
  often than chance (count and NPMI thresholds, two passes so three- and four-word names
  form) are joined with ``_`` (``north_korea``, ``security_council``) before vectorizing and
  shown with spaces. In a corpus without capitals, high-NPMI bigrams are used instead;
* a plural and its singular count as one term when both occur, spelled as the more frequent
  of the two (``missiles`` -> ``missile``).

Topic shares: NMF (squared error on tf-idf) learns the topics; each unit's shares are then
estimated under the topics (rescaled to sum to 1) by minimising the Kullback-Leibler
divergence, i.e. as topic proportions (probabilistic latent semantic analysis). Measured to
agree better with human labels than the least-squares weights (docs/topics.md, round 3).

What is fitted (``fit_on="auto"``, default): with enough documents (at least
:data:`MIN_UNITS_PER_TOPIC` per topic) the model is fitted on whole documents and every
paragraph (or sentence) is then placed in that topic space with the topics held fixed; with
fewer (a handful of long articles) it is fitted on the paragraphs themselves. Fitting on
paragraphs had cost agreement with human topic labels on every labelled corpus measured
(Reuters NMI 0.20 against 0.40, AG News 0.32 against 0.40; docs/topics.md).

Choosing k (``k=None``): for every k in ``k_range`` the model is fitted and scored by

* **coherence**: mean NPMI of the pairs of each topic's top 10 terms, estimated on the
  corpus itself with a sliding window of 10 tokens within each unit (paragraph), so windows
  do not run from one paragraph into the next (Roeder et al. 2015; Lau et al. 2014);
* **stability**: the model is refitted on random 80% subsamples of the fitted rows with other
  seeds; topics are matched to the reference model with the Hungarian algorithm
  (``scipy.optimize.linear_sum_assignment``) on the average Jaccard of their top-term lists
  (Greene, O'Callaghan and Cunningham 2014), and the matched agreement is averaged;
* **agreement**: on the same refits, how reproducible the partition of the rows into dominant
  topics is (adjusted Rand index between the full fit and each refit on the rows they share;
  cluster stability in the sense of Ben-Hur et al. 2002 and Lange et al. 2004).

* **coherence_weighted**: the same per-topic NPMI, each topic weighted by its share of the
  fitted model (NMF: its share of the reconstructed tf-idf, the column sum of the
  document-topic matrix times the row sum of the topic-term matrix, which does not depend on
  how the factorisation splits a topic's scale between the two; LDA: the column sums of the
  document-topic proportions), i.e. the coherence of the model as a reader meets it: a small
  topic of artefacts (HTML entity names, a boilerplate sentence) whose terms always co-occur
  does not lift a small k, and a large incoherent topic counts for what it covers. (Until
  round 10 NMF used the column sums of W alone; on 10kGNAD a topic of one boilerplate
  sentence in 19 of 1,028 articles then made k=None choose 2, docs/topics-round10.md);
* **smallest_topic**: the smallest topic's share of fitted rows (as dominant topic) relative
  to an even split (1 = all topics equally large), reported to show lopsided solutions.

Short texts (since 2026-11, round 4): when the median fitted text has fewer terms than the
window (headlines, one-line items), coherence is scored *above chance* instead
(:func:`_topic_coherence`): pairs of top terms that never share a unit count -1 only when
independence predicts at least one shared unit, and the same score of frequency-matched random
term sets is subtracted. The classic NPMI fell with k there and chose k = 2 on every headline
corpus measured (docs/topics-round4.md). ``model.selection.attrs["coherence"]`` says which
score was used.

Rule: the k with the highest ``coherence_weighted`` among the *eligible* ks, those whose
stability is at least :data:`STABILITY_FLOOR` (0.6), where the ks within
:data:`SELECT_TOLERANCE` (0.01) of the best score count as tied and the smallest of them is
preferred (a parsimony rule; since 2026-11, round 3). The candidates are fitted on at most
:data:`SELECT_MAX_ROWS` rows (a seeded sample above that), and stability is measured lazily,
in that order, until a k reaches the floor: the ks never reached keep ``stability`` and
``agreement`` missing and ``n_refits`` 0. The chosen k is then fitted on every row. (Until 2026-11 the unweighted mean was
used; on the labelled corpora the weighted one chose a k at least as close to the best k on
every corpus measured, docs/topics.md.) If none is that stable (typical of a handful of
articles), the ks within :data:`STABILITY_TOLERANCE` (0.05) of the most stable one are
eligible instead, with a warning. Ties go to the smaller k. Agreement is reported beside
them; as a rule it was measured and not adopted (it chose k=3 or 4 where 6 to 11 agreed best
with human labels; docs/topics.md).

Text reuse: with ``reuse="auto"`` (default), :func:`analysis.text_reuse` is run and the
documents it marks as derived (copies or rewrites of each other) are grouped into stories.
With ``reuse_mode="downweight"`` (default) each of a story's n versions counts 1/n, in fitting
and in prevalence, so the story counts once and no version has to be guessed as the original
(same-day wire copies and rewrites often cannot be ordered). With ``reuse_mode="exclude"`` only
one version (the earliest published, then the first by doc_id) is fitted and counted; the others are
still placed in topic space (``doc_topics.in_fit == False``) so they can be inspected.
"""
from __future__ import annotations

import itertools
import math
import re
import warnings
from collections import Counter, defaultdict

import numpy as np
import pandas as pd
from scipy import sparse
from scipy.optimize import linear_sum_assignment
from sklearn.metrics import adjusted_rand_score
from sklearn.exceptions import ConvergenceWarning

from ..reuse.detect import story_groups
from ..store.memo import memoized
from ..text.segment import paragraphs, sentences
from ..text.vocabulary import NEWS_STOP_WORDS, english_stop_words, news_stop_words  # shared with keyness

__all__ = ["fit_topics", "TopicModel", "NEWS_STOP_WORDS", "NO_TOPIC_REASONS", "STABILITY_FLOOR", "analyze",
           "topic_stop_words"]

#: Minimum stability (matched average Jaccard of top-10 lists across refits) for a k to be
#: eligible when ``k=None``.
STABILITY_FLOOR = 0.6
#: The score k=None maximises among the eligible ks: the topics' NPMI coherence, each topic
#: weighted by its share of the fitted model (NMF: of the reconstructed tf-idf; see the module
#: docstring and ``_topic_mass``).
SELECT_BY = "coherence_weighted"
#: A chosen k whose stability passed the floor by less than this is said to be a close call
#: (``TopicModel.stability_note``).
STABILITY_MARGIN = 0.02
#: When no k reaches the floor, the ks this close to the most stable one are eligible.
STABILITY_TOLERANCE = 0.05
#: Rule of thumb: fewer units than this per topic gives topics that rest on a handful of
#: paragraphs; fit_topics warns (explicit k) or drops the k (k=None).
MIN_UNITS_PER_TOPIC = 10
#: A topic whose three label words are used by fewer than this share of the documents it
#: dominates is labelled "mixed: ..." (round 15): its top-weighted words come from a cluster of a
#: few documents, while most of its documents are about something else (MasakhaNEWS English:
#: "twitter / musk / company" dominated 72 of the 75 entertainment articles; its label words
#: were in 39% of its 152 documents). A label should say what most of its documents are about.
MIXED_LABEL_SHARE = 0.5
#: ... checked only for topics that dominate at least this many documents.
MIXED_MIN_DOCS = 10
#: ... and only in a corpus whose median document has at least this many words: a headline of
#: 5-8 words rarely carries one of a topic's three top words even when it is on the topic (ABC
#: headlines: 9 of 10 topics fell under one half; review15b finding 3, fixreader15).
MIXED_MIN_WORDS = 40

#: Longest representative paragraph shown whole (words); a longer unit shows its first sentences.
REPRESENTATIVE_MAX_WORDS = 150
N_TOP = 10          # top terms used for coherence and stability
WINDOW = 10         # sliding window (tokens) for NPMI
#: at most this many rows (documents or units) are fitted by fit_topics; above, a seeded sample
MAX_FIT_ROWS = 5000
N_REFITS = 3        # refits on subsamples for stability with k=None (2 above 10,000 fitted rows)
SUBSAMPLE = 0.8
#: k=None fits the candidate ks (lightly) on at most this many fitted rows (a seeded sample
#: above it). On 1,500-item samples of AG News, candidates fitted on a 40% sample had
#: coherence falling with k and chose k=2, so small corpora use every row.
SELECT_MAX_ROWS = 3000
#: ks whose score is within this of the best are tried smallest first (a parsimony rule, as
#: the "one standard error" rule of model selection): NPMI differences below 0.01 between
#: neighbouring ks were noise on the labelled corpora (docs/topics.md, round 3).
SELECT_TOLERANCE = 0.01
#: Whether the candidate ks of k=None are fitted with the looser tolerance of the refits.
SELECT_LIGHT = False
#: Stopping tolerance of the NMF that learns the topics (scikit-learn's default is 1e-4). The
#: shares are estimated afterwards by the KL projection, so only the topic-term weights matter:
#: at 1e-3 the dominant topics agreed with the labels as at 1e-4 (NMI within 0.001 on the three
#: labelled corpora) in a third of the iterations on Reuters (docs/topics-round5.md).
NMF_TOL = 1e-3
#: Kullback-Leibler multiplicative updates of the topics after the squared-error NMF (0: none).
KL_REFINE = 0

# Titles do not start a multi-word name ("President Xi" is a title and a name, not a term).
_TITLES = frozenset("""president presidents premier chancellor senator governor minister
ministers secretary chairman chairwoman king queen pope deputy vice ambassador envoy leader
leaders general""".split())


_SCAN = re.compile(
    r"(?P<acr>(?:[^\W\d_]\.){2,})"                     # U.S.  U.N.  a.m.
    r"|(?P<tok>[^\W_]+(?:['\u2019][^\W_]+)*)"           # words, numbers, O'Brien, Korea's
    r"|(?P<brk>[.;:!?()\[\]\"\u201c\u201d,]|\s[-\u2013\u2014]+\s)")  # phrase boundaries
_NUMBER = re.compile(r"^\d+(?:[.,]\d+)*(?:s|st|nd|rd|th|m|bn|k|pc)?$", re.I)
_CONTRACTIONS = {"t", "re", "ve", "ll", "d", "m"}
_BREAK = None


def _elided(base: str, stop: frozenset) -> bool:
    """Whether *base*, the part of a word before its apostrophe, is an elided function word
    (French and Italian write the article, pronoun or preposition joined to the next word by an
    apostrophe: "l'Ukraine", "d'Ivoire", "qu'il", "c'est", "dell'Unione"): its form with the
    apostrophe is a stop word ("l'", "qu'", "dell'"), or it is a single letter that is one ("c",
    "s", "j" in the French list). The word after it is then a term of its own, not glued to it
    ("lukraine", "quil"). English lists hold no such forms, so "O'Brien" and "D'Angelo" stay one
    name (only a list with a single-letter "o" or "d", Italian's, reads them as elided)."""
    low = base.lower()
    return bool(low) and (low + "'" in stop or (len(low) == 1 and low.isalpha() and low in stop))


def _classify(tok: str, acronym: bool, stop: frozenset):
    """One scanned token as (lower-case form, capitalised?), or None for a phrase break."""
    if acronym:
        tok = tok.replace(".", "")
    else:
        if "'" in tok or "\u2019" in tok:
            base, _, rest = tok.replace("\u2019", "'").partition("'")
            suffix = rest.lower()
            if suffix not in _CONTRACTIONS and suffix != "s" and _elided(base, stop):
                return _classify(rest, False, stop)   # French "l'Ukraine", "qu'il", Italian "dell'Unione"
            if suffix == "s":
                tok = base
            elif suffix in _CONTRACTIONS:
                return _BREAK
            else:
                tok = base + suffix
        if not tok[0].isalpha() and _NUMBER.match(tok):
            return _BREAK                        # numbers are not terms
    low = tok.lower()
    if len(low) < 2 or not (low.isalpha() or any(c.isalpha() for c in low)):
        return _BREAK
    if low in stop:
        # An all-capitals acronym that spells an English stop word (US, WHO) is kept as the
        # acronym (not a capitalised function word of another language: German "DIE", "DAS").
        if ((acronym or tok.isupper()) and low not in NEWS_STOP_WORDS and len(tok) <= 5
                and low in english_stop_words()):
            return (tok.upper(), True)
        return _BREAK
    return (low, tok[0].isupper())


# The same alternatives as _SCAN without groups (findall then returns one string per match
# instead of a tuple), plus the text border "\x00": the corpus is scanned as one string.
_SCAN_FLAT = re.compile("|".join(p for p in (
    r"(?:[^\W\d_]\.){2,}",
    r"[^\W_]+(?:['\u2019][^\W_]+)*",
    r"[.;:!?()\[\]\"\u201c\u201d,]|\s[-\u2013\u2014]+\s",
    "\x00")))
_BORDER = "\x00"


def _factorize(items, count: int):
    """Codes of ``count`` hashable items in order of first appearance, and the distinct items
    (an object array): the same as ``pd.factorize(np.array(list(items), dtype=object),
    sort=False)``, by a dictionary that numbers each new item as it is first seen (no object
    array of every item is built; a third faster on a corpus's million tokens).
    """
    index = defaultdict(itertools.count().__next__)
    codes = np.fromiter(map(index.__getitem__, items), dtype=np.int64, count=count)
    uniques = np.empty(len(index), dtype=object)
    uniques[:] = list(index)
    return codes, uniques


def _scan_corpus(texts, stop):
    """All texts as flat arrays: term id per token (-1 at phrase and text breaks), capitalised
    flag per token, the term forms, and each text's end offset.

    The texts are joined with a border character that no token can contain (a text's own NUL
    characters, which no pattern matches, are replaced by another such character) and scanned
    in one pass; each distinct match is classified once (by which alternative of
    :data:`_SCAN` matches it: acronym, word or break), so the cost is one regular-expression
    scan plus array operations.
    """
    texts = [t.replace(_BORDER, "\x01") if _BORDER in t else t for t in texts]
    if not texts:
        return (np.zeros(0, dtype=np.int64), np.zeros(0, dtype=bool), [],
                np.zeros(0, dtype=np.int64))
    keys = _SCAN_FLAT.findall(_BORDER.join(texts) + _BORDER)
    codes, uniques = _factorize(keys, len(keys))
    del keys
    forms, form_id = {}, np.full(len(uniques), -1, dtype=np.int64)
    caps = np.zeros(len(uniques), dtype=bool)
    border = -1
    for i, key in enumerate(uniques):
        if key == _BORDER:
            border = i
            continue
        # which alternative of _SCAN matched, without matching again: a break starts with a
        # character that is not a letter or digit ([^\W_] is str.isalnum), an acronym ends
        # with "." (which no word contains)
        if not key[0].isalnum():
            continue
        r = _classify(key, key[-1] == ".", stop)
        if r is not None:
            form_id[i] = forms.setdefault(r[0], len(forms))
            caps[i] = r[1]
    ids = form_id[codes]
    cap = caps[codes]
    ends = np.flatnonzero(codes == border) + 1       # texts never form pairs across their border
    return ids, cap, list(forms), ends.astype(np.int64)


def _learn_phrases_flat(ids, cap, forms, n_passes: int = 2, min_count: int | None = None):
    """Multi-word names merged in the flat token arrays (see the module docstring).

    Returns the new (ids, cap, forms); a merged token keeps the position of its first word
    and the second word's position becomes a break (-1), so text borders stay put.
    """
    forms = list(forms)
    valid = ids >= 0
    n_tokens = int(valid.sum())
    if n_tokens == 0:
        return ids, cap, forms
    if min_count is None:
        min_count = max(3, round(1e-5 * n_tokens))
    cased = int((cap & valid).sum()) / n_tokens > 0.02
    threshold = 0.3 if cased else 0.5
    flags = tuple(np.zeros(0, dtype=bool) for _ in range(3))   # per form, computed once
    for _ in range(n_passes):
        # live tokens and breaks, without the positions emptied by earlier merges: pairs of
        # neighbouring live tokens are the candidate names
        pos = np.flatnonzero(ids != _EMPTIED)
        comp_ids, comp_cap, comp_pos = ids[pos], cap[pos], pos
        a, b = comp_ids[:-1], comp_ids[1:]
        ok = (a >= 0) & (b >= 0)
        V = len(forms)
        uni = np.bincount(comp_ids[comp_ids >= 0], minlength=V)
        n = int(uni.sum())
        key = a[ok] * V + b[ok]
        both_cap = (comp_cap[:-1] & comp_cap[1:])[ok]
        uk, inv, cnt = np.unique(key, return_inverse=True, return_counts=True)
        cap_cnt = np.bincount(inv, weights=both_cap, minlength=len(uk))
        # the pairs frequent enough, without titles, mixed case or two acronyms; their NPMI
        # (math.log, pair by pair: the same floats as before, so ties resolve the same way)
        if len(flags[0]) < len(forms):          # flags of the forms added by the last pass
            flags = tuple(np.r_[f, g] for f, g in zip(flags, _form_flags(forms[len(flags[0]):])))
        title, has_title, upper = flags
        fa_all, fb_all = np.divmod(uk, V)
        keep = ((cnt >= min_count) & ~title[fb_all] & ~has_title[fa_all]
                & ~(upper[fa_all] & upper[fb_all]))
        if cased:
            keep &= ~(cap_cnt * 2 < cnt)
        score_u = np.full(len(uk), np.nan)      # the NPMI of each distinct pair that is a name
        found = False
        for u, fa, fb, c in zip(np.flatnonzero(keep).tolist(), fa_all[keep].tolist(),
                                fb_all[keep].tolist(), cnt[keep].tolist()):
            p_ab = c / n
            npmi = (math.log(p_ab / (uni[fa] / n * uni[fb] / n)) / -math.log(p_ab)
                    if p_ab < 1 else 1.0)
            if npmi >= threshold:
                score_u[u] = npmi
                found = True
        if not found:
            break
        # the score of each pair of neighbouring live tokens (NaN: not a name); the pairs
        # counted by np.unique are these, in this order (inv: each one's distinct pair)
        score = np.full(len(comp_ids), np.nan)
        score[np.flatnonzero(np.r_[ok, False])] = score_u[inv]
        # greedy left to right, as in reading: a pair is merged unless the pair to its right
        # binds more strongly ("White House National Security": not (house, national)), and a
        # word merged into its left neighbour cannot start a pair: within a run of
        # neighbouring mergeable pairs, every other one is merged, from the first
        right = np.r_[score[1:], np.nan]
        with np.errstate(invalid="ignore"):
            go = ~np.isnan(score) & ~(right > score)
        run_start = go & ~np.r_[False, go[:-1]]
        idx = np.arange(len(go))
        first = np.maximum.accumulate(np.where(run_start, idx, 0))
        merge_at = np.flatnonzero(go & ((idx - first) % 2 == 0))
        new_ids, new_cap = comp_ids.copy(), comp_cap.copy()
        drop = np.zeros(len(comp_ids), dtype=bool)
        if len(merge_at):
            pair_key = comp_ids[merge_at] * V + comp_ids[merge_at + 1]
            u_pair, first_at, inv = np.unique(pair_key, return_index=True, return_inverse=True)
            order = np.argsort(first_at, kind="stable")          # new forms in reading order
            rank = np.empty(len(order), dtype=np.int64)
            rank[order] = np.arange(len(order))
            for pkey in u_pair[order].tolist():
                x, y = divmod(pkey, V)
                forms.append(f"{forms[x]}_{forms[y]}")
            new_ids[merge_at] = V + rank[inv]
            new_cap[merge_at] = comp_cap[merge_at] & comp_cap[merge_at + 1]
            drop[merge_at + 1] = True
        ids = ids.copy()
        cap = cap.copy()
        ids[comp_pos] = np.where(drop, _EMPTIED, new_ids)
        cap[comp_pos] = np.where(drop, False, new_cap)
        # a merged name may spell an existing form (learned twice): one id per form
        ids, forms = _dedupe_forms(ids, forms)
    return ids, cap, forms


_EMPTIED = -2      # a position whose word was merged into its left neighbour (not a break)


def _form_flags(forms):
    """Per form: a title (``president``), containing a title word, all capitals (acronym)."""
    title = np.fromiter(map(_TITLES.__contains__, forms), dtype=bool, count=len(forms))
    has_title = title.copy()      # a form without "_" contains a title when it is one
    for i, f in enumerate(forms):
        if "_" in f:
            has_title[i] = not _TITLES.isdisjoint(f.split("_"))
    upper = np.fromiter(map(str.isupper, forms), dtype=bool, count=len(forms))
    return title, has_title, upper


def _dedupe_forms(ids, forms):
    if len(set(forms)) == len(forms):     # no form spelled twice: nothing to remap
        return ids, forms
    index, remap = {}, np.arange(len(forms))
    for i, f in enumerate(forms):
        remap[i] = index.setdefault(f, i)
    if (remap == np.arange(len(forms))).all():
        return ids, forms
    out = ids.copy()
    live = out >= 0
    out[live] = remap[out[live]]
    return out, forms


def _plural_map(counts: Counter) -> dict:
    """Map plural forms to the more frequent of plural and singular, when both occur."""
    mapping = {}
    for term in counts:
        if len(term) < 4 or not term.islower() or not term.endswith("s") or term.endswith("ss"):
            continue
        for sing in ((term[:-3] + "y") if term.endswith("ies") else None, term[:-1]):
            if sing and sing in counts:
                keep = sing if counts[sing] >= counts[term] else term
                drop = term if keep == sing else sing
                mapping[drop] = keep
                break
    return mapping


def analyze(texts, phrases: bool = True, stop_words=None):
    """Turn texts into the token lists the topic models see.

    Parameters
    ----------
    texts : iterable of str
    phrases : bool
        Learn and merge multi-word names (``north_korea``) from these texts.
    stop_words : set of str, optional
        Lower-case words to drop; None: the English news list
        (:func:`analysis.text.vocabulary.news_stop_words`). :func:`fit_topics` passes the list for
        the corpus's language (:func:`topic_stop_words`).

    Returns
    -------
    docs : list of list of str
        One token list per text (multi-word names joined with ``_``, plurals folded).
    phrases : list of str
        The multi-word names learned, sorted.

    Examples
    --------
    >>> docs, ph = analyze(["Mr. Lee said on Monday that North Korea fired 3 missiles.",
    ...                     "North Korea tested a missile, officials told reporters in May.",
    ...                     "North Korea's neighbours watched the U.S. response."])
    >>> docs[0]
    ['lee', 'north_korea', 'fired', 'missile']
    >>> docs[2]
    ['north_korea', 'neighbours', 'watched', 'US', 'response']
    >>> ph
    ['north_korea']
    """
    tok, names, lens, learned = _analyze_flat(texts, phrases, stop_words)
    return _token_lists(tok, lens, names), learned


def _analyze_flat(texts, phrases: bool = True, stop_words=None):
    """What :func:`analyze` returns, as integer arrays: every text's terms one after the
    other as term ids (``tok``), the term of each id (``names``, an object array of distinct
    strings), the number of terms per text (``lens``), and the learned names.
    ``_token_lists(tok, lens, names)`` is ``analyze(...)[0]``; :func:`fit_topics` counts the
    ids directly (no string of a million tokens is hashed again).
    """
    stop = news_stop_words() if stop_words is None else frozenset(w.lower() for w in stop_words)
    texts = list(texts)
    ids, cap, forms, ends = _scan_corpus(texts, stop)
    # a run of breaks (stop words, numbers, punctuation, text borders) separates as one
    # break does: collapsed, the arrays phrase learning goes over are a third shorter
    ids, cap, ends = _collapse_breaks(ids, cap, ends)
    if phrases:
        ids, cap, forms = _learn_phrases_flat(ids, cap, forms)
    counts_arr = np.bincount(ids[ids >= 0], minlength=len(forms))
    counts = Counter({forms[i]: int(counts_arr[i]) for i in np.flatnonzero(counts_arr)})
    fold = _plural_map(counts)
    # one id per distinct term (plural folding maps several forms to one term)
    name_of_form, names = _factorize([fold.get(f, f) for f in forms], len(forms))
    keep = ids >= 0
    kept = np.cumsum(np.r_[0, keep])                      # live tokens before each position
    tok = name_of_form[ids[keep]]
    lens = np.diff(kept[np.r_[0, ends]]).astype(np.int64)  # each text's number of terms
    learned = sorted({fold.get(t, t) for t in counts if "_" in t})
    return tok, names, lens, learned


def _collapse_breaks(ids, cap, ends):
    """The scanned arrays with every run of breaks (-1) kept as its first break, and the text
    ends moved with them. Names are only learned from neighbouring terms and a text's terms
    are those before its end, so one break separates as a run of them: the terms, the names
    learned and each text's terms are the same (tests/test_topics_round8.py).
    """
    neg = ids < 0
    keep = np.ones(len(ids), dtype=bool)
    keep[1:] = ~(neg[1:] & neg[:-1])
    at = np.cumsum(keep) - 1           # each position's element in the collapsed arrays
    return ids[keep], cap[keep], (at[ends - 1] + 1).astype(np.int64)


def _token_lists(tok, lens, names):
    """The token list of each text from :func:`_analyze_flat`'s arrays (or a subset of them)."""
    flat = names[tok].tolist()
    b = np.r_[0, np.cumsum(lens)].tolist()
    return list(map(flat.__getitem__, map(slice, b[:-1], b[1:])))


def _gather(tok, lens, rows):
    """The terms of the texts ``rows`` (in that order) and their lengths, from flat arrays."""
    rows = np.asarray(rows, dtype=np.int64)
    starts = (np.cumsum(lens) - lens)[rows]
    sub_lens = lens[rows]
    total = int(sub_lens.sum())
    # position of every gathered term in tok: its text's start plus its rank within the text
    offsets = np.repeat(starts - (np.cumsum(sub_lens) - sub_lens), sub_lens)
    return tok[offsets + np.arange(total, dtype=np.int64)], sub_lens


def _join_by_code(tok, lens, codes, n_groups):
    """The terms of each group (a document): the terms of its texts (units) one after the
    other in the texts' order, as flat arrays; ``codes`` gives each text's group."""
    codes = np.asarray(codes, dtype=np.int64)
    lens = np.asarray(lens, dtype=np.int64)
    group_lens = np.bincount(codes, weights=lens, minlength=n_groups).astype(np.int64)
    if len(codes) > 1 and (np.diff(codes) < 0).any():    # a group's texts not adjacent
        return tok[np.argsort(np.repeat(codes, lens), kind="stable")], group_lens
    return tok, group_lens


def _first_appearance(tok, n_names):
    """Codes of the term ids ``tok`` in order of first appearance, and the id of each code:
    what ``_factorize`` gives on the terms' strings (ids stand one to one for strings)."""
    n = len(tok)
    first = np.full(n_names, n, dtype=np.int64)
    np.minimum.at(first, tok, np.arange(n, dtype=np.int64))
    present = np.flatnonzero(first < n)
    order = present[np.argsort(first[present])]           # first positions are distinct
    code_of = np.full(n_names, -1, dtype=np.int64)
    code_of[order] = np.arange(len(order), dtype=np.int64)
    return code_of[tok], order


_ASCII_WORD = np.array([chr(c).isalnum() or c == 95 for c in range(128)])


def _word_counts(texts) -> np.ndarray:
    """Matches of ``\\w+`` in each text (what ``Series.str.count(r"\\w+")`` gives), counted on
    the code points with numpy: a word starts where a word character follows a non-word one
    (``re``'s ``\\w`` is ``str.isalnum()`` or ``_``). A third of the regex's time on Reuters.
    """
    texts = list(texts)
    if not texts:
        return np.zeros(0, dtype=np.int64)
    cp = np.frombuffer("\x00".join(texts).encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    word = _ASCII_WORD[np.minimum(cp, 127)]
    hi = np.flatnonzero(cp > 127)
    if len(hi):
        u, inv = np.unique(cp[hi], return_inverse=True)
        word[hi] = np.fromiter(((c.isalnum() or c == "_") for c in map(chr, u.tolist())),
                               dtype=bool, count=len(u))[inv]
    start = word.copy()
    start[1:] &= ~word[:-1]
    bounds = np.cumsum(np.fromiter(map(len, texts), dtype=np.int64, count=len(texts)) + 1)
    return np.diff(np.searchsorted(np.flatnonzero(start), np.r_[0, bounds])).astype(np.int64)


def _identity(x):
    return x


class _TermCounts:
    """Document-term counts of token lists: the same vocabulary and the same sparse matrices
    (values, and the order of the entries in each row) as scikit-learn's
    ``CountVectorizer(analyzer=identity, min_df=..., max_df=..., max_features=...)``, built
    with array operations instead of a Python loop over every token (the loop was a quarter
    of a fit; tests/test_topics.py compares the two).
    """

    def __init__(self, min_df=1, max_df=1.0, max_features=None):
        self.min_df, self.max_df, self.max_features = min_df, max_df, max_features

    @staticmethod
    def _flat(seqs):
        """Tokens per list, and every token's code in order of first appearance with the
        distinct tokens (what ``pd.factorize(flat, sort=False)`` gives)."""
        lens = np.fromiter(map(len, seqs), dtype=np.int64, count=len(seqs))
        codes, uniques = _factorize(itertools.chain.from_iterable(seqs), int(lens.sum()))
        return lens, codes, uniques

    def fit_transform(self, seqs):
        seqs = list(seqs)
        # codes in order of first appearance, as CountVectorizer numbers terms while counting
        lens, codes, uniques = self._flat(seqs)
        return self._fit_codes(lens, codes, uniques)

    def fit_transform_ids(self, tok, lens, names, dtype=np.int64):
        """``fit_transform`` of the token lists ``_token_lists(tok, lens, names)``, from the
        ids (counts of type ``dtype``)."""
        codes, order = _first_appearance(tok, len(names))
        return self._fit_codes(np.asarray(lens, dtype=np.int64), codes, names[order], dtype)

    def _fit_codes(self, lens, codes, uniques, dtype=np.int64):
        from numbers import Integral

        n_doc = len(lens)
        U = len(uniques)
        row = np.repeat(np.arange(n_doc, dtype=np.int64), lens)
        pair, cnt = np.unique(row * U + codes, return_counts=True)   # by row, then first appearance
        p_row, p_code = np.divmod(pair, U)
        dfs = np.bincount(p_code, minlength=U)
        high = self.max_df if isinstance(self.max_df, Integral) else self.max_df * n_doc
        low = self.min_df if isinstance(self.min_df, Integral) else self.min_df * n_doc
        if high < low:
            raise ValueError("max_df corresponds to < documents than min_df")
        # alphabetical order of the terms (CountVectorizer's _sort_features)
        alpha = np.empty(U, dtype=np.int64)
        alpha[np.argsort(uniques.astype(object), kind="stable")] = np.arange(U)
        by_alpha = np.empty(U, dtype=np.int64)
        by_alpha[alpha] = np.arange(U)                  # alphabetical position -> code
        dfs_a = dfs[by_alpha]
        mask = (dfs_a <= high) & (dfs_a >= low)
        if self.max_features is not None and mask.sum() > self.max_features:
            tfs = np.bincount(codes, minlength=U)[by_alpha].astype(np.int64)
            mask_inds = (-tfs[mask]).argsort()[:self.max_features]
            new_mask = np.zeros(U, dtype=bool)
            new_mask[np.where(mask)[0][mask_inds]] = True
            mask = new_mask
        if not mask.any():
            raise ValueError("After pruning, no terms remain. Try a lower min_df or a higher max_df.")
        new_index = np.cumsum(mask) - 1
        col_of_code = np.where(mask[alpha], new_index[alpha], -1)
        col = col_of_code[p_code]
        keep = col >= 0
        indptr = np.r_[0, np.cumsum(np.bincount(p_row[keep], minlength=n_doc))]
        self.vocabulary_ = {uniques[by_alpha[a]]: int(new_index[a]) for a in np.flatnonzero(mask)}
        self._terms = np.array([uniques[by_alpha[a]] for a in np.flatnonzero(mask)], dtype=object)
        return sparse.csr_matrix((cnt[keep].astype(dtype), col[keep].astype(np.int32), indptr),
                                 shape=(n_doc, int(mask.sum())))

    def get_feature_names_out(self):
        return self._terms.copy()

    def transform(self, seqs):
        seqs = list(seqs)
        lens, codes, uniques = self._flat(seqs)
        return self._transform_codes(lens, codes, uniques)

    def transform_ids(self, tok, lens, names, dtype=np.int64):
        """``transform`` of the token lists ``_token_lists(tok, lens, names)``, from the ids
        (counts of type ``dtype``)."""
        return self._transform_codes(np.asarray(lens, dtype=np.int64), tok, names, dtype)

    def _transform_codes(self, lens, codes, uniques, dtype=np.int64):
        n_doc = len(lens)
        row = np.repeat(np.arange(n_doc, dtype=np.int64), lens)
        get = self.vocabulary_.get
        col = np.fromiter((get(u, -1) for u in uniques), dtype=np.int64, count=len(uniques))[codes]
        keep = col >= 0
        V = len(self.vocabulary_)
        pair, cnt = np.unique(row[keep] * V + col[keep], return_counts=True)
        p_row, p_col = np.divmod(pair, V)
        indptr = np.r_[0, np.cumsum(np.bincount(p_row, minlength=n_doc))]
        return sparse.csr_matrix((cnt.astype(dtype), p_col.astype(np.int32), indptr),
                                 shape=(n_doc, V))


#: A language gets its stop words in the topic model when at least this share of the
#: documents whose language is known are in it (or it is the main language).
MIN_LANGUAGE_SHARE = 0.05


def _language_name(code: str) -> str:
    """'English' for en, else the stop-words package's name of the language ('German'), or the code."""
    from ..corpus.language import stop_word_languages

    return "English" if code == "en" else str(stop_word_languages().get(code, code)).title()


def _language_topics_note(model, corpus: pd.DataFrame, share: float = 0.8, min_docs: int = 5) -> str:
    """Markdown naming where the topics follow the documents' language rather than their theme,
    in a corpus mostly in one language: a topic at least *share* of whose dominated documents
    are in other languages, and a language other than the main one at least *share* of whose
    documents (at least *min_docs*) fall under one topic. Their words are not the main
    language's, so the model places them by language, whatever they are about (a mixed corpus:
    98 of 100 German articles of nine newspaper sections under "medal / games / final"). ""
    when neither happens, or the corpus has no language column or no main language."""
    from ..corpus.language import _languages, main_language
    from ..report.escape import escape_markdown

    main = main_language(corpus)
    if main is None or "doc_id" not in corpus.columns:
        return ""
    code = _languages(corpus).str.replace(r"[-_].*$", "", regex=True)
    main = re.sub(r"[-_].*$", "", main)
    known = code.dropna()
    if not len(known) or (known == main).mean() < 0.5 or (known == main).all():
        return ""

    name = _language_name

    def topic(t):
        label = str(model.labels.get(int(t), ""))
        return f"topic {int(t)}" + (f" ({escape_markdown(label)})" if label else "")

    docs = model.document_topics()
    docs = docs[docs["dominant_topic"].notna()]
    lang = pd.Series(code.to_numpy(), index=corpus["doc_id"].to_numpy()).reindex(docs["doc_id"].to_numpy())
    docs = docs.assign(language=lang.to_numpy())
    notes = []
    for t, group in docs.groupby("dominant_topic"):
        other = group["language"].dropna()
        other = other[other != main]
        if len(group) >= min_docs and len(other) >= share * len(group):
            counts = ", ".join(f"{k}: {v:,}" for k, v in other.value_counts().items())
            notes.append(f"{len(other):,} of the {len(group):,} documents under {topic(t)} are not in "
                         f"{name(main)} ({counts})")
    for c, group in docs[docs["language"].notna() & (docs["language"] != main)].groupby("language"):
        top = group["dominant_topic"].value_counts()
        if len(group) >= min_docs and top.iloc[0] >= share * len(group):
            notes.append(f"{int(top.iloc[0]):,} of the {len(group):,} documents in {name(c)} fall under "
                         f"{topic(top.index[0])}")
    if not notes:
        return ""
    return ("**Topics and languages.** " + "; ".join(notes) + ". Documents in another language share few "
            "words with the rest, so the topic they fall under may follow their language more than what "
            "they are about: read their shares with care.")


#: a topic "is" one language in the note of :func:`_topic_languages` when at least this share of
#: the documents it dominates are in that language (as in :func:`_language_topics_note`)
TOPIC_LANGUAGE_SHARE = 0.8


def _topic_languages(model, corpus: pd.DataFrame, note: str = "") -> tuple[pd.DataFrame, str]:
    """Each topic's language shares, in a corpus of more than one language, and the Markdown note.

    A language counts when at least :data:`MIN_LANGUAGE_SHARE` of the documents whose language
    is known are in it (the rule that gives it stop words), so a stray misdetected document does
    not make an English corpus "mixed". Documents of two languages share few words, so a topic
    model fitted on both tends to give each language topics of its own (450 BBC, 10kGNAD and BBC
    Afrique articles: 3 French, 1 German, 2 English topics), and a reader should see it.

    Returns ``(table, note)``: the table has one row per topic (``topic``, ``label``,
    ``documents`` it dominates, ``languages`` such as "fr 97%, en 3%"; empty for a corpus of one
    language), and *note* followed, when the corpus has several languages, by one sentence (when
    *note* is empty) and the table in Markdown."""
    from ..corpus.language import _languages
    from ..report.escape import escape_markdown

    columns = ["topic", "label", "documents", "languages"]
    if "doc_id" not in corpus.columns:
        return pd.DataFrame(columns=columns), note
    code = _languages(corpus).str.replace(r"[-_].*$", "", regex=True)
    shares = code.dropna().value_counts(normalize=True)
    if (shares >= MIN_LANGUAGE_SHARE).sum() < 2:
        return pd.DataFrame(columns=columns), note
    docs = model.document_topics()
    docs = docs[docs["dominant_topic"].notna()]
    lang = pd.Series(code.to_numpy(), index=corpus["doc_id"].to_numpy())
    lang = lang[~lang.index.duplicated()].reindex(docs["doc_id"].to_numpy())
    docs = docs.assign(language=lang.fillna("unknown").to_numpy())
    rows, alone = [], {}
    for t in model.labels.index:
        group = docs.loc[docs["dominant_topic"] == t, "language"]
        counts = group.value_counts()
        counts = counts.sort_index().sort_values(ascending=False, kind="stable")   # ties: by code
        share = counts / max(len(group), 1)
        rows.append({"topic": int(t), "label": str(model.labels[t]), "documents": int(len(group)),
                     "languages": ", ".join(f"{c} {v:.0%}" for c, v in share.head(3).items())
                     + (f", other {share.iloc[3:].sum():.0%}" if len(share) > 3 else "")})
        # a topic of one language: 80%+ of its documents, and at most a quarter of the share of
        # other languages that the corpus has (in a corpus 82% English, a topic 92% English is
        # not an "English topic": it mixes the languages about as the corpus does)
        top = share.index[0] if len(group) else "unknown"
        if top != "unknown" and share.iloc[0] >= TOPIC_LANGUAGE_SHARE \
                and 1 - share.iloc[0] <= (1 - shares.get(top, 0.0)) / 4:
            alone.setdefault(top, []).append(int(t))
    table = pd.DataFrame(rows, columns=columns)

    name = _language_name
    if not note:
        langs = ", ".join(f"{name(c)} {v:.0%}" for c, v in shares[shares >= MIN_LANGUAGE_SHARE].items())
        if alone:
            parts = [("topics " if len(ts) > 1 else "topic ") + ", ".join(map(str, ts)) + f" {name(c)}"
                     for c, ts in sorted(alone.items(), key=lambda kv: kv[1][0])]
            note = (f"**Topics and languages.** The documents are in several languages ({langs}) and the "
                    f"topics split by language: {'; '.join(parts)} (at least {TOPIC_LANGUAGE_SHARE:.0%} of "
                    "the documents each topic dominates); documents in different languages share few "
                    "words, so compare topics within one language, not across them.")
        else:
            note = (f"**Topics and languages.** The documents are in several languages ({langs}); the "
                    "topics do not split by language: none gathers one language's documents apart "
                    "from the others.")
    lines = ["| topic | label | documents | languages |", "|---:|---|---:|---|"]
    lines += [f"| {r.topic} | {escape_markdown(r.label)} | {r.documents:,} | {r.languages} |"
              for r in table.itertuples()]
    return table, note + "\n\nLanguages of the documents each topic dominates:\n\n" + "\n".join(lines)


def topic_stop_words(corpus: pd.DataFrame) -> tuple[frozenset, str]:
    """The stop words the topic model uses for this corpus, and a Markdown note saying which.

    From the ``language`` column (:func:`analysis.load_corpus`): the stop words of every
    language that holds at least :data:`MIN_LANGUAGE_SHARE` of the documents of known language
    (and of the main language), each from :func:`analysis.corpus.language.stop_words_for` (English:
    the news list; others: the ``stop-words`` package). Without a language column, or when no
    language could be told, English. A language without a maintained list is named in the
    note, and its function words will show in the topics.

    Examples
    --------
    >>> words, note = topic_stop_words(pd.DataFrame({"language": ["de"] * 9 + ["en"]}))
    >>> {"und", "the", "said"} <= words
    True
    >>> print(note)
    **Stop words.** German stop words of the stop-words package (stop-words 2025.11.4) plus the project's 203 German news words for de (9 documents); English stop words (scikit-learn's list plus the project's news words) for en (1 document).
    """
    from ..corpus.language import _languages, main_language, stop_words_for

    lang = _languages(corpus).dropna().str.replace(r"[-_].*$", "", regex=True) if len(corpus) else pd.Series(dtype="string")
    counts = lang.value_counts()
    main = main_language(corpus)
    chosen = [c for c, n in counts.items() if n >= MIN_LANGUAGE_SHARE * counts.sum() or c == main]
    if not chosen:
        words, source = stop_words_for("en")
        return words, f"**Stop words.** {source} (no document's language could be told, so English is assumed)."
    words, parts, missing = set(), [], []
    for code in sorted(chosen, key=lambda c: (-counts[c], c)):
        w, source = stop_words_for(code)
        n = int(counts[code])
        docs = f"{n:,} document{'s' if n != 1 else ''}"
        if w:
            words |= w
            parts.append(f"{source} for {code} ({docs})")
        else:
            missing.append(f"{code} ({docs})")
    note = "**Stop words.** " + "; ".join(parts) + ("." if parts else "")
    if missing:
        note += (f" No maintained stop-word list ships for {', '.join(missing)}: its function words "
                 "are not removed and may show among the top terms.")
    rare = [c for c in counts.index if c not in chosen]
    if rare:
        note += (f" Languages with fewer documents ({', '.join(f'{c}: {int(counts[c])}' for c in rare[:5])}) "
                 "get no list of their own.")
    unknown = len(corpus) - int(counts.sum())
    if unknown > 0:  # e.g. headlines too short to tell: the same list is used for them
        note += (f" The language of the other {unknown:,} document{'s' if unknown != 1 else ''} could not "
                 f"be told (too short, or no text); {'they get' if unknown != 1 else 'it gets'} the same list.")
    return frozenset(words), note


def display_term(term: str) -> str:
    """How a vocabulary term is shown: ``north_korea`` -> ``north korea``."""
    return term.replace("_", " ")


# ----------------------------------------------------------------------------------------
# fitting


def _fit_one(X, counts, k, method, seed, light=False):
    """Fit one model; return (unit-topic weights, topic-term weights, fitted estimator).

    NMF (squared error on tf-idf, NNDSVDa start) learns the topics; the shares reported for
    each unit are estimated afterwards by :func:`_nmf_place` under the topics rescaled to
    sum to 1 (:func:`_as_distributions`).

    ``light``: a quicker fit (NMF: at most 200 iterations; tol :data:`NMF_TOL` as the full
    fit since round 5, 1e-4 before) for the stability refits, which only compare top terms and
    dominant topics.
    """
    if method == "nmf":
        from sklearn.decomposition import NMF
        model = NMF(n_components=k, init="nndsvda", random_state=seed, tol=NMF_TOL,
                    max_iter=200 if light else 1000 if X.shape[0] <= 5000 else 300)
        with warnings.catch_warnings():
            # not converging to tol within max_iter changes the last decimals, not the topics
            warnings.simplefilter("ignore", ConvergenceWarning)
            W = model.fit_transform(X)
            if KL_REFINE and not light:
                from sklearn.decomposition import non_negative_factorization
                W, H, _ = non_negative_factorization(
                    X, W=np.maximum(W, 1e-10), H=np.maximum(model.components_, 1e-10), n_components=k,
                    init="custom", solver="mu", beta_loss="kullback-leibler", max_iter=KL_REFINE, tol=0)
                model.components_ = H
        return W, model.components_, model
    if method == "gibbs":
        model = _GibbsLDA(k, seed, iterations=GIBBS_ITERATIONS // 5 if light else GIBBS_ITERATIONS)
        W = model.fit_transform(counts)
        return W, model.components_, model
    from sklearn.decomposition import LatentDirichletAllocation
    large = counts.shape[0] > 20000
    model = LatentDirichletAllocation(
        n_components=k, learning_method="online" if large else "batch",
        max_iter=5 if large else 50, random_state=seed,
        batch_size=2048, n_jobs=None)
    W = model.fit_transform(counts)
    return W, model.components_, model


#: Cosine similarity (of term weights) below which a refitted topic does not count as the
#: same topic in :meth:`TopicModel.effect`: that replicate is missing for the topic. The
#: matches of refits on resampled Reuters stories were either above 0.6 or below 0.3
#: (docs/topics-effect-round10.md).
EFFECT_MATCH_MIN = 0.5
# a topic found again in fewer than this share of the replicates gets no interval (an interval
# from one or a few refits would look precise and is not)
EFFECT_MIN_FOUND = 0.5
#: A group with fewer documents than this is flagged by :meth:`TopicModel.effect` and
#: :meth:`TopicModel.effect_difference` (``attrs["few_docs"]``, ``attrs["interval"]``) and is
#: drawn with an open point by :func:`analysis.plots.topic_effect`. The bootstrap can only
#: resample the documents a group has: with a handful of them every replicate reuses the same
#: few texts, so the interval rests on very little and its two sides are often far apart (the
#: usual rule of thumb of 30 observations for an interval of a mean; user-adjustable).
EFFECT_FEW_DOCS = 30
#: In :meth:`TopicModel.effect`, a share (or difference) outside the central range of its own
#: bootstrap replicates gets no interval (``attrs["unstable"]``) when a two-sided sign test of
#: the replicates centring on it also rejects at this level: with few replicates an estimate
#: falls outside their range by chance (never flagged below 8 replicates; round 16).
EFFECT_CENTRE_P = 0.01


def _refit_from(X, H0):
    """NMF refit of tf-idf rows ``X`` started from the topics ``H0`` (rows summing to 1).

    The start weights are the least-squares weights of ``X`` under ``H0``; the fit then
    runs as :func:`_fit_one` (same loss, tolerance, iteration cap and KL refinement), so a
    refit topic is the model's topic re-estimated on the resample, not a new topic that the
    matching has to find again.
    """
    from sklearn.decomposition import NMF, non_negative_factorization
    H0 = np.maximum(np.asarray(H0, dtype=np.float64), 1e-10)
    k = H0.shape[0]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ConvergenceWarning)
        W0, _, _ = non_negative_factorization(X, H=H0, n_components=k, init="custom",
                                              update_H=False, solver="cd", max_iter=200)
        model = NMF(n_components=k, init="custom", tol=NMF_TOL,
                    max_iter=1000 if X.shape[0] <= 5000 else 300)
        W = model.fit_transform(X, W=np.maximum(W0, 1e-10), H=H0)
        if KL_REFINE:
            W, H, _ = non_negative_factorization(
                X, W=np.maximum(W, 1e-10), H=np.maximum(model.components_, 1e-10), n_components=k,
                init="custom", solver="mu", beta_loss="kullback-leibler", max_iter=KL_REFINE, tol=0)
            model.components_ = H
    return W, model.components_, model


def _as_distributions(H):
    """Topic-term weights with each topic's row rescaled to sum to 1."""
    total = H.sum(axis=1, keepdims=True)
    return H / np.where(total > 0, total, 1.0)


def _nmf_place(X, H, seed, max_iter=200):
    """Unit weights under fixed topics H (rows summing to 1): KL projection with H held fixed.

    The topics are learned with the squared error (coherent top terms, fast), but a unit's
    shares are estimated by minimising the generalised Kullback-Leibler divergence between
    its tf-idf row and W @ H (multiplicative updates), i.e. as the topic proportions of
    probabilistic latent semantic analysis under the fixed topics. On the labelled corpora
    the dominant topic then agreed better with human labels than with the squared-error
    weights (AG News NMI 0.43 -> 0.50, Reuters 0.38 -> 0.41, MasakhaNEWS 0.52 -> 0.54 on
    3,000-document samples; docs/topics.md, round 3), at the cost of one projection.

    The arithmetic is that of scikit-learn's ``non_negative_factorization(X, H=H,
    init="custom", update_H=False, solver="mu", beta_loss="kullback-leibler")`` (same start,
    same updates in the same order, same stopping rule; :func:`_kl_project`), with what does
    not change between iterations computed once and the row products summed by ``einsum``:
    the same weights up to rounding (relative differences below 1e-9; bit for bit until
    round 5), in about a quarter of the time (docs/topics-round4.md, docs/topics-round5.md;
    ``seed`` is unused, as it is by scikit-learn for this solver).
    """
    return _kl_project(X, H, max_iter=max_iter)


#: Entries of the gathered topic-term block kept in memory at once by :func:`_kl_project`
#: (8 bytes each); above it the block is gathered again at every iteration, as scikit-learn does.
KL_GATHER_LIMIT = 5_000_000


def _kl_project(X, H, max_iter=200, tol=1e-4):
    """W minimising the generalised KL divergence of X from W @ H, H fixed (see :func:`_nmf_place`).

    Follows ``sklearn.decomposition._nmf._fit_multiplicative_update`` with ``update_H=False``
    and beta 1 step by step (scikit-learn 1.9): W starts at sqrt(mean(X) / k); each
    iteration computes W @ H at the nonzeros of X (row products summed by ``einsum``, where
    scikit-learn uses ``np.multiply(...).sum(axis=1)``: equal up to rounding, without the
    temporary array), divides X by it, multiplies by
    H.T and divides by H's row sums; every 10 iterations the divergence is computed and the
    loop stops when it improved by less than ``tol`` of the initial divergence. The nonzero
    positions, the gathered columns of H and H's row sums are computed once.
    """
    eps = np.finfo(np.float32).eps
    X = sparse.csr_matrix(X, dtype=np.float64)
    if not X.has_canonical_format or (X.data == 0).any():
        X = X.copy()
        X.sum_duplicates()
        X.eliminate_zeros()
    H = np.asarray(H, dtype=np.float64)
    n, k = X.shape[0], H.shape[0]
    W = np.full((n, k), np.sqrt(X.mean() / k), dtype=np.float64)
    ii = np.repeat(np.arange(n), np.diff(X.indptr))
    jj = X.indices
    x_data = X.data
    nnz = len(ii)
    HT = H.T
    batch = max(k, nnz // k)
    slices = [slice(s, s + batch) for s in range(0, nnz, batch)]
    HT_jj = HT[jj, :] if nnz * k <= KL_GATHER_LIMIT else None

    row_len = np.diff(X.indptr)

    def wh_at_nonzeros():
        out = np.empty(nnz)
        w_rep = np.repeat(W, row_len, axis=0) if HT_jj is not None else None   # = W[ii]
        for b in slices:
            # row products summed by einsum without the nnz x k temporary of multiply(...).sum:
            # 3x faster; equal to scikit-learn's arithmetic up to rounding (1e-16 per entry)
            if w_rep is not None:
                out[b] = np.einsum("ij,ij->i", w_rep[b], HT_jj[b])
            else:
                out[b] = np.einsum("ij,ij->i", W[ii[b], :], HT[jj[b], :])
        return out

    H_row_sum = np.sum(H, axis=1)
    H_sum_for_div = np.sum(H, axis=1)
    keep = x_data > eps
    x_kept = x_data[keep]
    x_kept_sum = x_kept.sum()

    cache = []      # W @ H at the nonzeros computed by divergence(), reused by the next update

    def divergence():
        full = wh_at_nonzeros()
        cache[:] = [full]
        wh = full[keep]
        wh[wh < eps] = eps
        sum_wh = np.dot(np.sum(W, axis=0), H_row_sum)
        res = np.dot(x_kept, np.log(x_kept / wh))
        res += sum_wh - x_kept_sum
        return np.sqrt(2 * max(res, 0))

    denominator = H_sum_for_div[np.newaxis, :]
    denominator[denominator == 0] = eps
    HT_dense = np.ascontiguousarray(HT)
    error_at_init = divergence()
    previous_error = error_at_init
    for n_iter in range(1, max_iter + 1):
        # (W has not changed since the last divergence: the same products, computed once)
        wh = cache.pop() if cache else wh_at_nonzeros()
        wh[wh < eps] = eps
        np.divide(x_data, wh, out=wh)
        numerator = sparse.csr_matrix((wh, jj, X.indptr), shape=X.shape) @ HT_dense
        numerator /= denominator
        W *= numerator
        if tol > 0 and n_iter % 10 == 0:
            error = divergence()
            if (previous_error - error) / error_at_init < tol:
                break
            previous_error = error
    return W


#: Gibbs sweeps of ``method="gibbs"`` (tomotopy); on one-sentence news items 100 sweeps were
#: far from converged (AG News NMI 0.25 against 0.50 at 1,000).
GIBBS_ITERATIONS = 1000


class _GibbsLDA:
    """LDA by collapsed Gibbs sampling (tomotopy), on a document-term count matrix.

    One worker, so a seed gives identical results. ``alpha`` 0.1 and ``eta`` 0.01 (sparse
    documents and topics), as commonly used for news.
    """

    def __init__(self, k, seed, iterations=GIBBS_ITERATIONS, alpha=0.1, eta=0.01):
        try:
            import tomotopy  # noqa: F401
        except ImportError as err:  # pragma: no cover - tomotopy is a pinned dependency
            raise ImportError("method='gibbs' needs tomotopy (pip install tomotopy)") from err
        self.k, self.seed, self.iterations, self.alpha, self.eta = k, seed, iterations, alpha, eta

    @staticmethod
    def _words(row_counts, n_terms):
        idx, vals = row_counts.indices, np.rint(row_counts.data).astype(int)
        return [str(i) for i, v in zip(idx, vals) for _ in range(max(v, 0))]

    def fit_transform(self, counts):
        import tomotopy as tp

        counts = sparse.csr_matrix(counts)
        self.n_terms = counts.shape[1]
        self._model = tp.LDAModel(k=self.k, alpha=self.alpha, eta=self.eta, seed=self.seed)
        rows = []
        for i in range(counts.shape[0]):
            words = self._words(counts[i], self.n_terms)
            if words:
                self._model.add_doc(words)
                rows.append(i)
        self._model.train(self.iterations, workers=1)
        W = np.zeros((counts.shape[0], self.k))
        W[rows] = np.array([d.get_topic_dist() for d in self._model.docs])
        H = np.zeros((self.k, self.n_terms))
        cols = np.array([int(w) for w in self._model.used_vocabs], dtype=int)
        for t in range(self.k):
            H[t, cols] = self._model.get_topic_word_dist(t)
        self.components_ = H
        return W

    def transform(self, counts):
        counts = sparse.csr_matrix(counts)
        known = set(self._model.used_vocabs)
        W = np.zeros((counts.shape[0], self.k))
        docs, rows = [], []
        for i in range(counts.shape[0]):
            words = [w for w in self._words(counts[i], self.n_terms) if w in known]
            if words:
                docs.append(self._model.make_doc(words))
                rows.append(i)
        if docs:
            dist, _ = self._model.infer(docs, iterations=100, workers=1)
            W[rows] = np.array(dist)
        return W


def _unit_shares(method, state, rows, H, est, seed):
    """Topic shares (rows sum to 1, NaN without terms) of the given units under topics H."""
    if method == "nmf":
        W = _nmf_place(state["unit_X"][rows], _as_distributions(H), seed)
    else:
        W = est.transform(state["unit_counts"][rows])
    sums = W.sum(axis=1, keepdims=True)
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(sums > 0, W / np.where(sums > 0, sums, 1), np.nan)


def _top_ids(H, n):
    return [list(np.argsort(-row, kind="stable")[:n]) for row in H]


def _average_jaccard(a, b):
    """Average Jaccard of two ranked lists over depths 1..len (Greene et al. 2014)."""
    total, sa, sb = 0.0, set(), set()
    for d in range(len(a)):
        sa.add(a[d])
        sb.add(b[d])
        total += len(sa & sb) / len(sa | sb)
    return total / len(a)


def _topic_mass(W, H, method="nmf"):
    """Each topic's share of the fitted model, the weights of ``coherence_weighted``.

    NMF: the topic's share of the reconstructed tf-idf, ``sum_i W[i, t] * sum_j H[t, j]`` over the
    total. It does not depend on how the factorisation splits a topic's scale between W and H
    (W[:, t] * c with H[t] / c is the same model). Until round 10 the column sums of W alone
    were used, which do depend on it: a topic of one boilerplate sentence, with its weight
    on a few terms, got a large W and lifted a degenerate k=2 (docs/topics-round10.md).
    LDA: the column sums of the document-topic proportions (rows sum to one: no scale to split).

    >>> import numpy as np
    >>> W, H = np.array([[2.0, 0.0], [0.0, 1.0]]), np.array([[0.5, 0.0], [0.0, 3.0]])
    >>> _topic_mass(W, H).tolist()          # 2 * 0.5 = 1 against 1 * 3 = 3
    [0.25, 0.75]
    >>> _topic_mass(W * [1, 3], H / [[1], [3]]).tolist()   # the same model, scaled otherwise
    [0.25, 0.75]
    """
    k = W.shape[1]
    mass = W.sum(axis=0)
    if method == "nmf":
        mass = mass * np.asarray(H).sum(axis=1)
    total = mass.sum()
    return mass / total if total > 0 else np.full(k, 1.0 / k)


def _agreement(ref_tops, other_tops):
    m = np.array([[_average_jaccard(r, o) for o in other_tops] for r in ref_tops])
    rows, cols = linear_sum_assignment(-m)
    return float(m[rows, cols].mean())


def _window_cooccurrence(seqs, targets, window):
    """Binary term-by-window matrix (windows x targets) over sliding windows of each sequence.

    Array operations over all sequences at once; the entries (and their order) are those of
    the loop over sequences it replaces (``_window_cooccurrence_loop`` in the tests).
    """
    index = {t: i for i, t in enumerate(targets)}
    seqs = seqs if isinstance(seqs, list) else list(seqs)
    lens = np.fromiter(map(len, seqs), dtype=np.int64, count=len(seqs))
    nwin = np.where(lens > 0, np.maximum(1, lens - window + 1), 0)
    offset = int(nwin.sum())
    total = int(lens.sum())
    code = np.fromiter(map(index.get, itertools.chain.from_iterable(seqs), itertools.repeat(-1)),
                       dtype=np.int64, count=total)
    at = np.flatnonzero(code >= 0)
    if not len(at):
        return sparse.csr_matrix((max(offset, 1), len(targets))), max(offset, 1)
    seq = np.repeat(np.arange(len(seqs)), lens)[at]
    p = at - (np.cumsum(lens) - lens)[seq]                 # position within its sequence
    lo = np.maximum(0, p - window + 1)
    hi = np.minimum(p, nwin[seq] - 1)
    n = hi - lo + 1                                         # windows holding the token
    first = (np.cumsum(nwin) - nwin)[seq] + lo              # its first window, corpus-wide
    r = np.repeat(first - np.cumsum(n) + n, n) + np.arange(int(n.sum()))
    c = np.repeat(code[at], n)
    X = sparse.csr_matrix((np.ones(len(r)), (r, c)), shape=(offset, len(targets)))
    X.data[:] = 1.0
    return X, offset


#: Short units: when the median fitted text has fewer terms than the coherence window
#: (:data:`WINDOW`), e.g. headlines, coherence is scored "above chance" (see
#: :func:`_topic_coherence`); longer texts keep the classic NPMI.
SHORT_UNIT_TERMS = WINDOW
#: Short units: a pair that never shares a unit counts as NPMI -1 only when independence
#: predicts at least this many shared windows; rarer pairs are left out.
MIN_EXPECTED_COOCCURRENCE = 1.0
#: Short units: random term sets per topic for the chance baseline, each term drawn among the
#: terms within this many ranks of its document frequency.
N_BASELINE_SETS = 5
BASELINE_RANKS = 25


def _npmi_coherence(topic_term_lists, seqs, window=WINDOW, min_expected=0.0):
    """Mean NPMI over the pairs of each topic's terms; returns one value per topic.

    ``min_expected=0`` (default) is the classic NPMI: a pair that never shares a window
    counts -1. With ``min_expected > 0`` such a pair counts -1 only if independence predicts
    at least ``min_expected`` shared windows, and is otherwise left out (in six-word headlines
    most pairs of specific terms never meet by chance alone); a topic with no pair left
    scores 0 (independence).
    """
    targets = sorted({t for terms in topic_term_lists for t in terms})
    X, n_win = _window_cooccurrence(seqs, targets, window)
    D = (X.T @ X).toarray()
    index = {t: i for i, t in enumerate(targets)}
    eps = 1e-12
    out = []
    for terms in topic_term_lists:
        vals = []
        for a in range(len(terms)):
            for b in range(a + 1, len(terms)):
                i, j = index[terms[a]], index[terms[b]]
                p_ij = D[i, j] / n_win
                if p_ij <= 0:
                    if min_expected <= 0 or D[i, i] / n_win * D[j, j] / n_win * n_win >= min_expected:
                        vals.append(-1.0)
                    continue
                p_i, p_j = D[i, i] / n_win, D[j, j] / n_win
                if p_ij >= 1 - eps:
                    vals.append(1.0)
                    continue
                vals.append(math.log(p_ij / (p_i * p_j)) / -math.log(p_ij))
        if vals:
            out.append(float(np.mean(vals)))
        else:
            out.append(0.0 if min_expected > 0 and len(terms) > 1 else float("nan"))
    return out


def _short_units(fit_lengths) -> bool:
    """Whether the fitted texts are short for coherence: median number of terms below the window."""
    return len(fit_lengths) > 0 and float(np.median(fit_lengths)) < SHORT_UNIT_TERMS


def _topic_coherence(topic_term_lists, seqs, short: bool, seed: int = 0):
    """Per-topic coherence as k=None scores it.

    Long texts (``short=False``): classic NPMI over sliding windows (:func:`_npmi_coherence`).
    Short texts (headlines, one-line items; ``short=True``): *coherence above chance*: the
    topic's NPMI without the uninformative never-meeting pairs
    (``min_expected=MIN_EXPECTED_COOCCURRENCE``) minus the mean NPMI, computed the same way,
    of :data:`N_BASELINE_SETS` random term sets of the same size whose terms are drawn among
    the terms of about the same document frequency (within :data:`BASELINE_RANKS` ranks), with
    a seeded generator. In short units the NPMI of the more specific topics of a larger k is
    dominated by how rare their terms are (pairs never meet, or meet once by chance); the
    baseline takes that out. On AG News titles the classic score fell with k and chose
    k = 2, the uncorrected one rose with k and chose 12; above chance chose 4, the label
    count (docs/topics-round4.md). On long texts the above-chance score rose with k and
    chose too many topics, so they keep the classic score.
    """
    topic_term_lists = [list(t) for t in topic_term_lists]
    if not short:
        return _npmi_coherence(topic_term_lists, seqs)
    df = Counter(t for sq in seqs for t in set(sq))
    ranked = sorted(df, key=lambda t: (-df[t], t))
    rank = {t: i for i, t in enumerate(ranked)}
    rng = np.random.RandomState(seed)
    k = len(topic_term_lists)
    random_sets = []
    for _ in range(N_BASELINE_SETS):
        for terms in topic_term_lists:
            drawn = []
            for t in terms:
                i = rank.get(t, len(ranked) - 1)
                lo, hi = max(0, i - BASELINE_RANKS), min(len(ranked), i + BASELINE_RANKS + 1)
                drawn.append(ranked[rng.randint(lo, hi)] if hi > lo else t)
            random_sets.append(drawn)
    vals = np.asarray(_npmi_coherence(topic_term_lists + random_sets, seqs,
                                      min_expected=MIN_EXPECTED_COOCCURRENCE), dtype=float)
    observed, chance = vals[:k], vals[k:].reshape(N_BASELINE_SETS, k).mean(axis=0)
    return list(observed - chance)


def _sample_index(n, limit, seed):
    if n <= limit:
        return np.arange(n)
    return np.sort(np.random.RandomState(seed).choice(n, limit, replace=False))


# ----------------------------------------------------------------------------------------
# text reuse


def _document_namer(corpus):
    """How the reuse note names a document: its title in quotes when the corpus has one.

    A row id means nothing to a reader; the other pages name documents by headline. Versions
    of one story often share a headline, so the doc_id is added when two members of the
    group would read the same.
    """
    titles = {}
    if "title" in corpus.columns:
        for d, t in zip(corpus["doc_id"].astype(str), corpus["title"]):
            if isinstance(t, str) and t.strip():
                titles[d] = " ".join(t.split())

    def name(doc_id, group=()):
        title = titles.get(doc_id)
        if title is None:
            return doc_id
        shown = f'"{title if len(title) <= 80 else title[:79].rstrip() + "…"}"'
        if sum(titles.get(g) == title for g in group) > 1:
            shown += f" ({doc_id})"
        return shown

    return name


def _reuse_choice(corpus, reuse, mode):
    """Which documents count, and how much.

    Returns (excluded doc_ids, {doc_id: weight}, {doc_id: group representative}, note, pairs).
    """
    if mode not in ("downweight", "exclude"):
        raise ValueError(f"reuse_mode must be 'downweight' or 'exclude', not {mode!r}")
    if reuse is False or reuse is None:
        return [], {}, {}, ("Text reuse not taken into account (reuse=False): every document "
                            "counts as independent coverage."), None
    if isinstance(reuse, pd.DataFrame):
        pairs, source = reuse, "The reuse table passed in"
    elif reuse is True or reuse == "auto":
        from ..reuse.detect import text_reuse  # looked up at call time

        pairs, source = text_reuse(corpus), "analysis.text_reuse"
    else:
        raise ValueError(f"reuse must be 'auto', True, False or a DataFrame, not {reuse!r}")
    need = {"doc_a", "doc_b", "derived"}
    if not need <= set(pairs.columns):
        raise ValueError(f"a reuse table needs the columns {sorted(need)}; it has {list(pairs.columns)}")
    ids = set(corpus["doc_id"].astype(str))
    derived = pairs[pairs["derived"].fillna(False).astype(bool)]
    derived = derived[derived["doc_a"].astype(str).isin(ids) & derived["doc_b"].astype(str).isin(ids)]
    if derived.empty:
        return [], {}, {}, (f"{source} found no copied or rewritten documents: every document "
                            "counts."), pairs
    stories = story_groups(corpus, derived)
    shared = stories[stories["n_versions"] > 1]
    excluded, weights, group_of, parts = [], {}, {}, []
    name = _document_namer(corpus)
    for story, versions in shared.groupby("story", sort=True):
        members = versions["doc_id"].tolist()
        others = versions.loc[~versions["representative"], "doc_id"].tolist()
        for d in members:
            group_of[d] = story
        if mode == "downweight":
            weights.update(dict(zip(members, versions["weight"])))
            parts.append(f"{' and '.join(name(d, members) for d in members)} are one story")
        else:
            excluded.extend(others)
            parts.append(f"{', '.join(name(d, members) for d in others)} "
                         f"{'is' if len(others) == 1 else 'are'} a copy or "
                         f"rewrite of {name(story, members)}")
    if len(parts) > 10:  # a long corpus: name a few, the rest are in model.reuse_pairs
        parts = parts[:10] + [f"{len(parts) - 10} more groups (see model.reuse_pairs)"]
    if mode == "downweight":
        note = (f"{source} marks derived documents (copies or rewrites): {'; '.join(parts)}. "
                "Each document of such a group counts 1/n (n = documents in the group) in fitting "
                "and in prevalence, so one story counts once, whichever version is the original. "
                "reuse_mode='exclude' keeps only one version; reuse=False counts every document.")
    else:
        note = (f"{source} marks derived documents: {'; '.join(parts)}. Only the kept version "
                "(earliest published, then first by doc_id) is used to fit the topics and counted in "
                "prevalence, so one story counts once; the others are still placed in topic "
                "space (in_fit=False). Pass reuse=False to count every document.")
    return sorted(excluded), weights, group_of, note, pairs


# ----------------------------------------------------------------------------------------
# the model


# columns of prevalence()/effect() tables: a metadata column of the same name cannot be grouped by
_PREVALENCE_COLUMNS = ("topic", "label", "share", "n_docs", "n_units", "n_words", "n_docs_no_topic")


def _z_text(level: float) -> str:
    """The normal quantile of a two-sided ``level`` interval, as written (0.95: "1.96")."""
    from scipy.stats import norm
    return f"{norm.ppf(1 - (1 - level) / 2):.2f}"


class TopicModel:
    """A fitted topic model (returned by :func:`fit_topics`; not built directly).

    Attributes
    ----------
    k : int
        Number of topics. Topics are numbered 1..k from the most to the least prevalent.
    method, unit : str
    labels : pandas.Series
        A short readable label per topic (its three top terms), indexed by topic; "mixed: a / b
        / c (also w1, w2, w3)" when fewer than half of the documents the topic dominates use
        any of the three (a catch-all topic whose top terms come from a few documents).
    mixed_topics : dict
        topic -> share (of its documents using a label term), n_docs, others, for the mixed
        topics (round 15).
    doc_topics : DataFrame
        One row per unit: doc_id, unit_id (para_id, sent_id or 0 for whole documents),
        n_words, weight (the document's weight: 1/n for each of n documents that text reuse
        marks as one story with ``reuse_mode="downweight"``, else 1), in_fit (False for
        derived documents left out with ``reuse_mode="exclude"``), ``topic_1`` ..
        ``topic_k`` (shares summing to 1; missing when the unit has no vocabulary term),
        dominant_topic and no_topic (why a unit has no shares, see
        :data:`NO_TOPIC_REASONS`; missing otherwise). Every document has at least one row
        (an empty document one empty unit).
    selection : DataFrame
        One row per candidate k: k, coherence, stability, agreement, coherence_weighted,
        smallest_topic, n_refits, eligible, chosen (see the module docstring).
    stability_floor : float
        The stability a k needed to be eligible (lower than :data:`STABILITY_FLOOR` when no
        k reached it; see the module docstring).
    excluded_docs : list of str
        Documents left out of fitting and prevalence as derived (``reuse_mode="exclude"``).
    doc_weights : dict
        Documents counted with a weight below 1 (``reuse_mode="downweight"``).
    reuse_note : str
        Which text-reuse choice was made, in words.
    phrases : list of str
        Multi-word names merged into single terms (shown with spaces).
    vocabulary : list of str
    fit_on : {"document", "unit"}
        What the topics were learned from: whole documents (every unit then placed under the
        topics) or the units themselves.
    n_fitted : int
        How many rows (documents or units, see ``fit_on``) the topics were learned from; a
        seeded sample of ``n_fit_candidates`` when there were more than ``max_fit_rows``.
    n_fit_candidates : int
        Rows with vocabulary terms that could be fitted (derived documents left out with
        ``reuse_mode="exclude"`` are not counted).

    Examples
    --------
    >>> import analysis
    >>> model = analysis.fit_topics(analysis.load_corpus(), k=2, reuse=False, n_refits=0)
    >>> list(model.labels.index), model.topic_columns
    ([1, 2], ['topic_1', 'topic_2'])
    >>> docs = model.document_topics()
    >>> bool(docs[model.topic_columns].sum(axis=1).round(6).eq(1).all())
    True
    >>> list(model.representative_units(1).columns)
    ['topic', 'label', 'doc_id', 'unit_id', 'share', 'text']
    >>> model.describe()  # doctest: +ELLIPSIS
    'Topic model: k = 2 topics (NMF), fitted on ... paragraphs.'
    """

    def __init__(self, *, k, method, unit, random_state, components, vocabulary, units,
                 doc_topics, selection, meta, excluded_docs, reuse_note, reuse_pairs, phrases,
                 doc_weights=None, doc_groups=None, stability_floor=STABILITY_FLOOR):
        self.k = k
        self.method = method
        self.unit = unit
        self.random_state = random_state
        self.components = components
        self.vocabulary = vocabulary
        self._units = units
        self.doc_topics = doc_topics
        self.selection = selection
        self._meta = meta
        self.excluded_docs = excluded_docs
        self.doc_weights = dict(doc_weights or {})
        self.stability_floor = stability_floor
        self._doc_groups = dict(doc_groups or {})
        self.reuse_note = reuse_note
        self.reuse_pairs = reuse_pairs
        self.phrases = [display_term(p) for p in phrases]
        self.topic_columns = [f"topic_{t}" for t in range(1, k + 1)]
        self.labels = self._make_labels()

    fit_on = "unit"
    n_fitted = None
    n_fit_candidates = None

    def describe(self) -> str:
        """One sentence: k, the method, what the topics were fitted on and what was placed.

        When the model was fitted on whole documents, the units (paragraphs, sentences) are
        placed under the topics afterwards; the sentence says so, with both counts, so a
        reader does not take the placed paragraphs for the fitted rows.

        Returns
        -------
        str

        Examples
        --------
        >>> import analysis
        >>> model = analysis.fit_topics(analysis.load_corpus(), k=2, reuse=False, n_refits=0,
        ...                             fit_on="document")
        >>> model.describe()  # doctest: +ELLIPSIS
        'Topic model: k = 2 topics (NMF), fitted on 5 documents; ... paragraphs placed under the topics.'
        """
        def count(n, word):
            return f"{n:,} {word}{'' if n == 1 else 's'}"

        fit_word = "document" if self.fit_on == "document" else self.unit
        n_fit = self.n_fitted if self.n_fitted is not None else len(self.doc_topics)
        fitted = count(n_fit, fit_word)
        if self.n_fit_candidates is not None and self.n_fit_candidates > n_fit:
            fitted += f" (a random sample of the {self.n_fit_candidates:,})"
        text = f"Topic model: k = {self.k} topics ({self.method.upper()}), fitted on {fitted}"
        if self.fit_on == "document" and self.unit != "document":
            text += f"; {count(len(self.doc_topics), self.unit)} placed under the topics"
        return text + "."

    def stability_note(self, explain: bool = False) -> str:
        """What the stability figures of :attr:`selection` cover, in one sentence.

        Only the ks that were refitted (``n_refits`` > 0) have a stability; with ``k=None`` the
        search stops at the first stable k, so often only the chosen k was refitted. When the
        chosen k passed the stability floor by less than :data:`STABILITY_MARGIN`, a second
        sentence says by how much, on how many refits, and which refitted ks score better on
        coherence: a choice that close could have gone the other way on other refits.

        Parameters
        ----------
        explain : bool
            Also say what the figure means in top terms: stability is a Jaccard agreement of
            ten-term lists, so 0.5 means about 3.3 of a topic's 10 top terms replaced, not half.

        Returns
        -------
        str

        Examples
        --------
        >>> import analysis
        >>> model = analysis.fit_topics(analysis.load_corpus(), k=2, reuse=False, n_refits=2)
        >>> model.stability_note()  # doctest: +ELLIPSIS
        'Stability of the chosen k (k = 2): 0...'
        """
        sel = self.selection
        measured = sel[sel["stability"].notna()].sort_values("k")
        if measured.empty:
            return "Stability not measured (no refits, n_refits=0)."
        ks = measured["k"].astype(int).tolist()
        extra = self._stability_margin(measured) + (self._stability_meaning(measured) if explain else "")
        if ks == [self.k]:
            rest = "; no other k was refitted" if len(sel) > 1 else ""
            return f"Stability of the chosen k (k = {self.k}): {measured['stability'].iloc[0]:.2f}{rest}." + extra
        low, high = measured["stability"].min(), measured["stability"].max()
        figure = f"{low:.2f}" if f"{low:.2f}" == f"{high:.2f}" else f"{low:.2f} to {high:.2f}"
        not_refit = len(sel) - len(ks)
        tail = (f"; the other {not_refit} k{'s were' if not_refit != 1 else ' was'} not refitted"
                if not_refit else "")
        return (f"Stability of the {len(ks)} ks refitted (k = {', '.join(map(str, ks))}): "
                f"{figure}{tail}." + extra)

    def _stability_margin(self, measured: pd.DataFrame) -> str:
        """" k = 4 is eligible by 0.003 (3 refits); ..." when the chosen k passed the floor by
        less than :data:`STABILITY_MARGIN` (else "")."""
        chosen = measured[measured["k"] == self.k]
        floor = getattr(self, "stability_floor", STABILITY_FLOOR)
        if chosen.empty or floor is None:
            return ""
        stab = float(chosen["stability"].iloc[0])
        if not 0 <= stab - floor < STABILITY_MARGIN:
            return ""
        n = int(chosen["n_refits"].iloc[0]) if "n_refits" in chosen else 0
        refits = f" ({n} refit{'s' if n != 1 else ''})" if n else ""
        text = f" k = {self.k} is eligible by {stab - floor:.3f}{refits}, within {STABILITY_MARGIN} of the floor"
        score = SELECT_BY if SELECT_BY in measured else "coherence"
        if score in measured:
            mine = float(chosen[score].iloc[0])
            better = measured[(measured["k"] != self.k) & (measured[score] > mine)]
            if len(better):
                bk = better["k"].astype(int).tolist()
                said = " and ".join([", ".join(map(str, bk[:-1])), str(bk[-1])] if len(bk) > 1 else [str(bk[0])])
                text += (f"; k = {said} {'are' if len(bk) > 1 else 'is'} more coherent "
                         f"({', '.join(f'{v:.3f}' for v in better[score])} against {mine:.3f}) and "
                         f"less stable ({', '.join(f'{v:.2f}' for v in better['stability'])}): read "
                         f"{'their' if len(bk) > 1 else 'its'} topics as about as plausible")
        return text + "."

    @staticmethod
    def _stability_meaning(measured: pd.DataFrame) -> str:
        """What the measured stabilities mean in top terms replaced (Jaccard of two n-term
        lists sharing s terms is s / (2n - s), so n (1 - J) / (1 + J) are replaced)."""
        values = sorted({round(float(v), 2) for v in measured["stability"]}, reverse=True)
        said = ", ".join(f"{v:.2f} about {N_TOP * (1 - v) / (1 + v):.1f}" for v in values)
        return (f" Stability is the average Jaccard agreement of a topic's {N_TOP} top terms between the model "
                f"and its refits on {SUBSAMPLE:.0%} subsamples: {said} of the {N_TOP} replaced"
                + ("." if 0.5 in values else f" (0.50 would be about {N_TOP / 3:.1f}, not half)."))

    def __repr__(self):
        return (f"TopicModel(k={self.k}, method={self.method!r}, unit={self.unit!r}, "
                f"units={len(self.doc_topics)}, excluded_docs={self.excluded_docs})")

    def _make_labels(self) -> pd.Series:
        """Each topic's three top terms; "mixed: ... (also ...)" when fewer than half of the
        documents the topic dominates use any of them (:meth:`_mixed_topics`)."""
        top = self.top_terms(3)
        mixed = self._mixed_topics(top)
        labels, seen = {}, Counter()
        for topic, g in top.groupby("topic", sort=True):
            label = " / ".join(g.sort_values("rank")["term"])
            if topic in mixed:  # said first: charts shorten long labels at their end
                others = mixed[topic]["others"]
                label = "mixed: " + label + (f" (also {', '.join(others)})" if others else "")
            seen[label] += 1
            labels[topic] = label if seen[label] == 1 else f"{label} ({seen[label]})"
        return pd.Series(labels, name="label").rename_axis("topic")

    def _mixed_topics(self, top: pd.DataFrame) -> dict:
        """Topics whose label words few of their documents use: topic -> share, n_docs, others.

        For each topic dominating at least :data:`MIXED_MIN_DOCS` documents, in a corpus whose
        median document has :data:`MIXED_MIN_WORDS` words or more: the share of them whose text
        uses one of its three label terms (the whole word or its plural, case aside). Below
        :data:`MIXED_LABEL_SHARE` the topic is mixed when ``others`` is not empty: up to three
        words of its documents that use none of the label terms, those most over-represented
        there against the whole corpus (used by at least 3 and 10% of them; news stop words
        left out; at most 5,000 documents read, a seeded sample). Kept as ``mixed_topics``.
        """
        self.mixed_topics = {}
        units = getattr(self, "_units", None)
        if units is None or not len(units) or "text" not in units:
            return self.mixed_topics
        dom = self.document_topics().set_index("doc_id")["dominant_topic"].dropna()
        texts = (units.assign(text=units["text"].fillna("").astype(str))
                 .groupby("doc_id", sort=True)["text"].agg(" ".join).str.lower())
        pick = _sample_index(len(texts), MAX_FIT_ROWS, self.random_state if isinstance(self.random_state, int) else 0)
        texts = texts.iloc[pick]
        dom = dom.reindex(texts.index)
        if texts.str.count(r"\S+").median() < MIXED_MIN_WORDS:
            return self.mixed_topics
        stop = news_stop_words()
        words = texts.str.findall(r"[^\W\d_]{4,}").map(lambda ws: frozenset(ws) - stop)
        df_all = Counter(w for ws in words for w in ws)
        for topic, g in top.groupby("topic", sort=True):
            mine = dom.index[dom.to_numpy() == topic]
            if len(mine) < MIXED_MIN_DOCS:
                continue
            # a whole word, or its plural ("US" is not in "use")
            pattern = re.compile("|".join(r"\b" + re.escape(t.lower()) + r"(?:s|es)?\b" for t in g["term"]))
            has = texts.reindex(mine).map(lambda t: bool(pattern.search(t)))
            share = float(has.mean())
            if share >= MIXED_LABEL_SHARE:
                continue
            rest = [words[d] for d in mine[~has.to_numpy()]]
            df_rest = Counter(w for ws in rest for w in ws)
            floor = max(3, 0.1 * len(rest))
            lift = {w: (n / len(rest)) / (df_all[w] / len(texts)) for w, n in df_rest.items() if n >= floor}
            others = sorted(lift, key=lambda w: (-lift[w], -df_rest[w], w))[:3]
            if not others:   # the rest share no word of their own: no other subject to name
                continue
            self.mixed_topics[int(topic)] = {"share": share, "n_docs": int(len(mine)), "others": others}
        return self.mixed_topics

    def top_terms(self, n: int = 10) -> pd.DataFrame:
        """The n highest-weighted terms of each topic.

        Returns
        -------
        DataFrame with topic, rank (1 = highest), term (multi-word names with spaces) and
        weight (the term's share of the topic's weight, so weights are comparable between
        topics).

        Examples
        --------
        >>> model.top_terms(5)  # doctest: +SKIP
        """
        rows = []
        comp = self.components
        for t in range(self.k):
            row = comp[t]
            total = row.sum() or 1.0
            for rank, j in enumerate(np.argsort(-row, kind="stable")[:n], start=1):
                rows.append((t + 1, rank, display_term(self.vocabulary[j]), float(row[j] / total)))
        return pd.DataFrame(rows, columns=["topic", "rank", "term", "weight"])

    def _note_once(self, message: str) -> None:
        """Warn ``message`` the first time this model has it to say: prevalence, effect and
        change all group the units, and a notebook that calls them in turn shows the note once."""
        given = self.__dict__.setdefault("_notes_given", set())
        if message not in given:
            given.add(message)
            warnings.warn(message, stacklevel=3)

    def __getstate__(self):
        state = dict(self.__dict__)
        state.pop("_notes_given", None)  # a model read back (the report's memo) says its notes again
        return state

    def _by_top_terms(self, cand: pd.DataFrame, t: int, col: str, cap: int = 5000) -> pd.DataFrame:
        """``cand`` (sorted by share) with the units tied at the top shares (to two decimals,
        at most ``cap`` of them) ranked by the weight of topic ``t``'s top ten terms they hold."""
        if len(cand) < 2:
            return cand
        shown = cand[col].round(2).to_numpy()
        head = int(min(cap, max(np.searchsorted(-shown, -shown[min(len(shown), 50) - 1], side="right"), 1)))
        if head < 2:
            return cand
        top = self.top_terms(10)
        top = top[top["topic"] == t]
        weights = {str(term).lower(): float(w) for term, w in zip(top["term"], top["weight"])}
        if not weights:
            return cand
        pattern = re.compile(r"(?<!\w)(" + "|".join(re.escape(w) for w in sorted(weights, key=len, reverse=True))
                             + r")(?!\w)")
        part = cand.iloc[:head].copy()
        part["_rank_share"] = shown[:head]
        part["_hits"] = [sum(weights[m] for m in set(pattern.findall(str(text).lower().replace("_", " "))))
                         for text in part["text"]]
        part = part.sort_values(["_rank_share", "_hits", "doc_id", "unit_id"],
                                ascending=[False, False, True, True], kind="mergesort")
        return pd.concat([part.drop(columns=["_rank_share", "_hits"]), cand.iloc[head:]])

    def _counted_units(self, include_excluded: bool) -> pd.DataFrame:
        dt = self.doc_topics
        if not include_excluded:
            dt = dt[dt["in_fit"]]
        return dt[dt["dominant_topic"].notna()]

    def prevalence(self, by: str = "published", freq: str | None = "Y", *,
                   include_excluded: bool = False) -> pd.DataFrame:
        """Topic share per group, weighted by unit length (words) times document weight.

        Parameters
        ----------
        by : str
            A column of the corpus (``published``, ``outlet``, ``administration``...).
        freq : str or None
            For a date column, the period to group by (pandas period alias: ``"Y"``, ``"Q"``,
            ``"M"``); None groups by the exact value. Ignored for other columns.
        include_excluded : bool
            Also count documents left out as derived (text reuse). Default False.

        Returns
        -------
        Tidy DataFrame: ``by`` (for dates, the start of the period), topic, label, share (the
        topics' shares sum to 1 in each group), n_docs, n_units, n_words, n_docs_no_topic
        (documents of the group with no topic shares, see :meth:`document_topics`; a group
        with only such documents has missing shares).

        Examples
        --------
        >>> model.prevalence("published", "Y")  # doctest: +SKIP
        """
        if by not in self._meta.columns:
            raise ValueError(f"prevalence by {by!r} needs a {by!r} column in the corpus; it has: "
                             f"{', '.join(map(str, self._meta.columns))}")
        if by in _PREVALENCE_COLUMNS:
            raise ValueError(f"prevalence by {by!r}: the table this returns has its own {by!r} column; "
                             f"copy the corpus column under another name (corpus['{by}_'] = corpus['{by}']) "
                             f"and fit with it, or group by another column")
        dt = self._counted_units(include_excluded)
        key = dt["doc_id"].map(self._meta.set_index("doc_id")[by])
        docs = self.document_topics(include_excluded)
        lost = docs.loc[docs["dominant_topic"].isna(), "doc_id"].map(self._meta.set_index("doc_id")[by])
        if pd.api.types.is_datetime64_any_dtype(self._meta[by]):
            key = pd.to_datetime(key)
            lost = pd.to_datetime(lost)
            if freq is not None:
                key = key.dt.to_period(freq).dt.start_time
                lost = lost.dt.to_period(freq).dt.start_time
        no_value_no_term = int(lost.isna().sum())  # neither a group nor a vocabulary term
        lost = lost.value_counts(dropna=True)
        missing = key.isna()
        if missing.any():
            extra = (f" ({no_value_no_term:,} more without a value have no vocabulary term and count in "
                     "no topic share)" if no_value_no_term else "")
            self._note_once(f"{int(missing.sum()):,} units from {dt.loc[missing, 'doc_id'].nunique():,} "
                            f"documents without a value for {by!r} are left out of prevalence{extra}")
        dt, key = dt[~missing], key[~missing]
        size = dt["n_words"].to_numpy() * dt["weight"].to_numpy()
        w = dt[self.topic_columns].to_numpy() * size[:, None]
        frame = pd.DataFrame(w, columns=range(1, self.k + 1)).assign(
            _g=key.to_numpy(), _n=dt["n_words"].to_numpy(), _doc=dt["doc_id"].to_numpy())
        rows = []
        parts = dict(list(frame.groupby("_g", sort=True)))
        for g in sorted(set(parts) | set(lost.index)):
            part = parts.get(g, frame.iloc[:0])
            sums = part[list(range(1, self.k + 1))].sum()
            total = sums.sum()
            for t in range(1, self.k + 1):
                rows.append((g, t, self.labels[t], float(sums[t] / total) if total else float("nan"),
                             part["_doc"].nunique(), len(part), int(part["_n"].sum()),
                             int(lost.get(g, 0))))
        out = pd.DataFrame(rows, columns=[by, "topic", "label", "share", "n_docs", "n_units", "n_words",
                                          "n_docs_no_topic"])
        if pd.api.types.is_datetime64_any_dtype(self._meta[by]):
            out[by] = pd.to_datetime(out[by])
        return out

    def _group_key(self, by: str, freq, doc_ids: pd.Series) -> pd.Series:
        """The group of each document (``by`` column; dates cut to periods of ``freq``)."""
        if by not in self._meta.columns:
            raise ValueError(f"grouping by {by!r} needs a {by!r} column in the corpus; it has: "
                             f"{', '.join(map(str, self._meta.columns))}")
        key = doc_ids.map(self._meta.set_index("doc_id")[by])
        if pd.api.types.is_datetime64_any_dtype(self._meta[by]):
            key = pd.to_datetime(key)
            if freq is not None:
                key = key.dt.to_period(freq).dt.start_time
        return key

    def _effect_draws(self, by, freq, n_boot, random_state, refit, include_excluded):
        """Point shares (prevalence), sorted groups and bootstrap draws (n_boot x groups x k),
        computed once per model and arguments (``effect`` and ``effect_difference`` on the same
        groups share the same refits instead of fitting them twice)."""
        key = (by, freq, n_boot, random_state, refit, include_excluded)
        kept = self.__dict__.setdefault("_draws", {})
        try:
            hash(key)
        except TypeError:   # e.g. a list given as the group column
            return self._compute_effect_draws(*key)
        if key not in kept:
            kept[key] = self._compute_effect_draws(*key)
        point, groups, boot, seed = kept[key]
        return point.copy(), list(groups), boot.copy(), seed

    def _compute_effect_draws(self, by, freq, n_boot, random_state, refit, include_excluded):
        if n_boot < 0:
            raise ValueError(f"n_boot must be 0 or more, not {n_boot!r}")
        seed = self.random_state if random_state is None else int(random_state)
        point = self.prevalence(by, freq, include_excluded=include_excluded)
        point = point[point["n_docs"] > 0]
        dt = self._counted_units(include_excluded)
        key = self._group_key(by, freq, dt["doc_id"])
        dt, key = dt[key.notna().to_numpy()], key[key.notna()]
        doc_group = pd.Series(key.to_numpy(), index=dt["doc_id"].to_numpy())
        doc_group = doc_group[~doc_group.index.duplicated()]
        groups = sorted(doc_group.unique())
        boot = np.full((n_boot, len(groups), self.k), np.nan)
        state = getattr(self, "_fit_state", None)
        if n_boot and state is None:
            raise ValueError("effect() needs a model returned by fit_topics")
        if n_boot:
            rng = np.random.RandomState(seed)
            members = {g: doc_group.index[doc_group.to_numpy() == g].to_numpy() for g in groups}
            row_doc = state["row_doc"]
            rows_of = pd.Series(np.arange(len(row_doc))).groupby(row_doc).apply(np.asarray).to_dict()
            unit_rows = pd.Series(dt.index.to_numpy()).groupby(dt["doc_id"].to_numpy()).apply(np.asarray).to_dict()
            size_all = (self.doc_topics["n_words"] * self.doc_topics["weight"]).to_numpy()
            ref = self.components / (np.linalg.norm(self.components, axis=1, keepdims=True) + 1e-12)
            # the fitted documents in no group (no value for `by`, e.g. the stories outside the
            # two compared) are a stratum of their own: a refit sees a resample of the corpus
            # the model was fitted on, not only the grouped documents (round 16: refitted on
            # those alone, the topics of the other documents vanished, their words moved to
            # the remaining topics and the replicates centred away from the estimate)
            grouped = set(doc_group.index)
            rest = np.array(sorted(d for d in rows_of if d not in grouped), dtype=object)
            for b in range(n_boot):
                drawn = {g: rng.choice(members[g], len(members[g]), replace=True) for g in groups}
                mult = Counter(d for ds in drawn.values() for d in ds)
                docs = sorted(mult)
                if refit and len(rest):
                    fit_mult = mult + Counter(rng.choice(rest, len(rest), replace=True))
                else:
                    fit_mult = mult
                fit_rows = np.concatenate([np.repeat(rows_of[d], m) for d, m in sorted(fit_mult.items())
                                           if d in rows_of] or [np.array([], dtype=int)])
                urows = np.concatenate([unit_rows[d] for d in docs])
                if refit:
                    if len(np.unique(fit_rows)) < self.k + 1:
                        continue
                    if self.method == "nmf":     # from this model's topics (see effect)
                        W, Hb, est = _refit_from(state["data"][fit_rows], self.components)
                    else:
                        W, Hb, est = _fit_one(state["data"][fit_rows], state["counts"][fit_rows],
                                              self.k, self.method, seed + b + 1)
                    hb = Hb / (np.linalg.norm(Hb, axis=1, keepdims=True) + 1e-12)
                    sim = ref @ hb.T
                    r, c = linear_sum_assignment(-sim)
                    perm = c[np.argsort(r)]         # refit topic matched to each topic of this model
                    shares = _unit_shares(self.method, state, urows, Hb, est, seed)[:, perm]
                    # a topic the refit did not find again (its match too dissimilar) is
                    # missing in this replicate, not stood in for by an unrelated topic
                    lost = sim[np.arange(self.k), perm] < EFFECT_MATCH_MIN
                else:
                    shares = self.doc_topics[self.topic_columns].to_numpy()[urows]
                    lost = np.zeros(self.k, dtype=bool)
                umult = np.concatenate([np.full(len(unit_rows[d]), mult[d]) for d in docs])
                w = size_all[urows] * umult
                ug = doc_group.loc[self.doc_topics["doc_id"].to_numpy()[urows]].to_numpy()
                ok = ~np.isnan(shares).any(axis=1)
                for gi, g in enumerate(groups):
                    sel = ok & (ug == g)
                    total = w[sel].sum()
                    if total > 0:
                        boot[b, gi] = (shares[sel] * w[sel, None]).sum(axis=0) / total
                boot[b, :, lost] = np.nan
        return point, groups, boot, seed

    def _effect_matched(self, boot) -> dict:
        """Replicates in which each topic was found again (topic -> count)."""
        if not len(boot):
            return {t: 0 for t in range(1, self.k + 1)}
        found = ~np.isnan(boot).all(axis=1)          # replicates x topics
        return {t + 1: int(found[:, t].sum()) for t in range(self.k)}

    def _effect_too_few(self, n_boot, boot) -> list:
        """Topics (1-based) found again in too few replicates to give them an interval."""
        need = int(np.ceil(EFFECT_MIN_FOUND * n_boot))
        return [t for t, c in self._effect_matched(boot).items() if c < need] if n_boot else []

    def _effect_usable(self, n_boot, boot):
        """The replicates with the topics found too rarely blanked (their intervals stay missing)."""
        few = self._effect_too_few(n_boot, boot)
        if not few:
            return boot
        boot = boot.copy()
        boot[:, :, [t - 1 for t in few]] = np.nan
        return boot

    @staticmethod
    def _effect_bounds(draws, est, level, lowest=0.0):
        """Interval of each estimate from its bootstrap draws (replicates on axis 0).

        The standard bootstrap interval: the estimate plus or minus ``z`` bootstrap standard
        errors (the standard deviation of the replicates; Efron & Tibshirani 1993, ch. 6 and
        13), cut to ``[lowest, 1]``; none from fewer than two replicates. With the few refits ``effect`` can afford (25 by default,
        as STM's ``nsims``), the standard error is well estimated, but the 2.5 % and 97.5 %
        quantiles a percentile interval needs are not (Efron & Tibshirani ask for about 1,000
        replicates): on invented two-group corpora the percentile interval of 25 refits
        covered the true difference in 90 % of 200 intervals, this one in 94.5 %
        (docs/effect16-round16.md). An estimate outside the central ``level`` range of its own
        replicates means the refits do not reproduce it (the topic moves when refitted): it
        gets no interval and is returned in the mask ``off`` (an interval around it would
        claim a precision the refits do not show). With few replicates an estimate falls
        outside their range by chance (all six on one side: one time in 32), so it must also
        fail a two-sided sign test of "as many replicates above the estimate as below" at
        :data:`EFFECT_CENTRE_P` (never with fewer than 8 replicates). Returns ``lo, hi, off``.
        """
        from scipy.stats import binom, norm
        alpha = (1 - level) / 2
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", RuntimeWarning)    # all-NaN slices
            found = (~np.isnan(draws)).sum(axis=0)
            sd = np.nanstd(draws, axis=0, ddof=1)
            q_lo = np.nanquantile(draws, alpha, axis=0)
            q_hi = np.nanquantile(draws, 1 - alpha, axis=0)
        z = norm.ppf(1 - alpha)
        lo = np.clip(est - z * sd, lowest, 1.0)
        hi = np.clip(est + z * sd, lowest, 1.0)
        tol = 1e-12
        below = (draws < est - tol).sum(axis=0)
        above = (draws > est + tol).sum(axis=0)
        n = below + above                                      # ties left out, as a sign test does
        p = np.minimum(1.0, 2 * binom.cdf(np.minimum(below, above), np.maximum(n, 1), 0.5))
        off = (n > 0) & (p < EFFECT_CENTRE_P) & ((est < q_lo - tol) | (est > q_hi + tol))
        bad = (found < 2) | off | np.isnan(est)
        lo, hi = np.where(bad, np.nan, lo), np.where(bad, np.nan, hi)
        return lo, hi, off

    def _effect_refit_words(self, n_boot, boot) -> str:
        start = ("each started from this model's topics" if self.method == "nmf"
                 else "each from its own start")
        matched = self._effect_matched(boot)
        lost = {t: c for t, c in matched.items() if c < n_boot}
        if not n_boot:
            found = ""
        elif lost:
            if len(lost) == len(matched) > 1:   # no topic in all: "every topic ... except" each of them
                counts, ts = list(lost.values()), list(lost)
                said = ", ".join(map(str, counts[:-1])) + f" and {counts[-1]}"
                which = (f"topics {ts[0]}\N{EN DASH}{ts[-1]}" if ts == list(range(ts[0], ts[-1] + 1))
                         else "topics " + ", ".join(map(str, ts)))
                found = f"; topics found again in {said} of the {n_boot} replicates ({which})"
            else:
                said = ", ".join(f"topic {t} (found in only {c})" for t, c in lost.items())
                found = f"; every topic found again in all {n_boot} replicates except {said}"
            found += "; a topic's interval rests on the replicates that found it"
            few = self._effect_too_few(n_boot, boot)
            if few:
                found += (f"; no interval for topic{'s' if len(few) > 1 else ''} "
                          f"{', '.join(map(str, few))}, found again in fewer than half of them")
        else:
            found = f"; every topic found again in all {n_boot} replicates"
        return (f" ({start}, topics matched by the Hungarian algorithm; a topic whose match has a "
                f"cosine below {EFFECT_MATCH_MIN} counts as missing in that replicate{found})")

    @staticmethod
    def _effect_few_docs(n_docs: pd.Series) -> list:
        """Groups (in their order) with fewer than :data:`EFFECT_FEW_DOCS` documents."""
        return [g for g, n in n_docs.items() if n < EFFECT_FEW_DOCS]

    @staticmethod
    def _effect_notes(n_boot, level, refit, few, unstable=()) -> dict:
        """What ``effect`` / ``effect_difference`` say about their interval, in ``attrs``:
        ``interval`` (how it was obtained, in one sentence for a reader), ``few_docs``,
        ``unstable`` (topics with an estimate outside the central range of its replicates:
        no interval)."""
        if not n_boot:
            interval = "no interval (n_boot=0): point estimates only"
        else:
            interval = (f"{level:.0%} interval from {n_boot} bootstrap "
                        f"{'refits' if refit else 'resamples under fixed topics'}: the estimate plus "
                        f"or minus {_z_text(level)} bootstrap standard errors (the spread of the "
                        "replicates), cut where it would pass the ends of the scale (a share lies "
                        "between 0 and 1, a difference between -1 and 1), so it always contains the "
                        "estimate; a topic whose refits do not reproduce its estimate gets none")
            if unstable:
                ts = ", ".join(map(str, unstable))
                interval += (f"; no interval for topic{'s' if len(unstable) > 1 else ''} {ts} "
                             f"where the estimate lies outside the central {level:.0%} of its "
                             "replicates: the refits do not reproduce it (an unstable topic)")
        if few:
            names = ", ".join(g.strftime("%Y-%m-%d") if isinstance(g, pd.Timestamp) else str(g)
                              for g in few[:10]) + (f" and {len(few) - 10} more" if len(few) > 10 else "")
            rest = "their intervals rest" if len(few) > 1 else "its interval rests"
            interval += (f"; {len(few)} group{'s' if len(few) > 1 else ''} with fewer than "
                         f"{EFFECT_FEW_DOCS} documents ({names}): {rest} on a few documents "
                         "resampled again and again, read with care")
        return {"interval": interval, "few_docs": list(few), "refit": bool(refit),
                "unstable": [int(t) for t in unstable]}

    def _effect_method(self, by, n_boot, level, refit, boot) -> str:
        if refit:
            how = (f"bootstrap of documents within each {by} group with the topic model refitted "
                   f"on each of {n_boot} resamples" + self._effect_refit_words(n_boot, boot))
        else:
            how = (f"bootstrap of documents within each {by} group ({n_boot} resamples) under "
                   "the model's fixed topics (sampling noise only)")
        return how + (f"; {level:.0%} interval: the estimate plus or minus {_z_text(level)} "
                      "bootstrap standard errors")

    def effect(self, by: str = "published", freq: str | None = "Y", *, n_boot: int = 25,
               level: float = 0.95, random_state: int | None = None, refit: bool = True,
               include_excluded: bool = False) -> pd.DataFrame:
        """Topic share per group with an interval that carries the model's uncertainty.

        A Python counterpart of the structural topic model's ``estimateEffect`` for a
        categorical covariate (a period, an outlet, any metadata column). The point estimate
        is :meth:`prevalence`'s share (length-weighted by unit words times document weight).
        The interval comes from a **bootstrap with refitting**: ``n_boot`` times, the
        documents of each group are resampled with replacement (each group keeps its size),
        the topic model is **refitted** on the resampled documents (same k, vocabulary,
        method and settings; an NMF refit starts from this model's topics, an LDA refit from
        seed ``random_state + b``), its topics are matched to this model's by the Hungarian
        algorithm on the cosine similarity of their term weights, every unit of the resample
        gets its shares under the refitted topics, and the group shares are recomputed. A
        topic whose matched refit topic has a cosine below :data:`EFFECT_MATCH_MIN` (0.5) was
        not found again: that replicate is missing for it (``attrs["n_matched"]`` and the
        method text say how many replicates found each topic). The documents with no value
        for ``by`` are resampled too, as a stratum of their own, so that each refit sees a
        resample of the corpus the model was fitted on (until round 16 it saw the grouped
        documents alone: the topics of the others vanished from the refits and the
        replicates centred away from the estimate). The ``level`` interval is the share plus
        or minus ``z`` standard deviations of these replicates (the standard bootstrap
        interval, cut to [0, 1]; a percentile interval of 25 replicates under-covered,
        docs/effect16-round16.md), so it always contains the share and reflects both which
        documents happen to be in the corpus and how the topics themselves would move, not
        only sampling noise around fixed topics. A share outside the central ``level`` range
        of its own replicates (the refits do not reproduce it; with at least 8 replicates, see
        :data:`EFFECT_CENTRE_P`) gets no interval; its topic is listed in ``attrs["unstable"]``.

        Until round 10 each NMF refit started afresh and every model topic took the
        Hungarian match whatever its similarity; a refit that split a large topic in two
        then gave part of its share to an unrelated topic, the replicates of large topics
        fell below the estimate, and the interval was widened to contain it (Reuters,
        trade vs crude stories: 0.64 [0.27, 0.69], replicate median 0.39). Started from the
        model's topics the replicates centre on the estimate (median 0.65) and the interval
        needs no widening (docs/topics-effect-round10.md).

        Parameters
        ----------
        by : str
            A corpus column (``published``, ``outlet``, ``administration`` ...).
        freq : str or None
            For a date column, the period (pandas alias ``"Y"``, ``"Q"``, ``"M"``); None groups
            by the exact value. Ignored for other columns.
        n_boot : int
            Bootstrap refits (0: point estimates only, intervals missing). Each costs about one
            fit at this model's k. Default 25, as the ``nsims`` default of STM's
            ``estimateEffect``; use more for intervals to report.
        level : float
            Coverage of the interval (the share plus or minus the normal quantile of
            ``level`` times the replicates' standard deviation).
        random_state : int, optional
            Seed of the resampling and refits (default: the model's seed). Same seed, same
            table.
        refit : bool
            Refit the model on each resample (default). False resamples documents under this
            model's fixed topics: faster, but the interval then shows sampling noise only.
        include_excluded : bool
            Also count documents left out as derived (text reuse).

        Returns
        -------
        Tidy DataFrame, one row per topic and group: topic, label, group, share, ci_low,
        ci_high, n_docs (documents with topic shares in the group). Groups are sorted; for a
        date column the group is the start of the period. ``attrs`` records by, freq,
        n_boot, level, n_matched (topic -> replicates that found it again), the method in
        words, ``interval`` (how the interval was obtained, in one sentence for a reader),
        ``unstable`` (topics with a share outside the central range of its replicates, left
        without an interval there) and ``few_docs`` (the groups
        with fewer than :data:`EFFECT_FEW_DOCS` documents, whose intervals rest on a few
        documents; :func:`analysis.plots.topic_effect` draws them with open points).
        Documents without a value for ``by`` are left out with a warning.

        Examples
        --------
        >>> import analysis
        >>> corpus = analysis.load_corpus()
        >>> m = analysis.fit_topics(corpus, k=2, reuse=False, n_refits=0)
        >>> eff = m.effect("outlet", n_boot=5)
        >>> list(eff.columns)
        ['topic', 'label', 'group', 'share', 'ci_low', 'ci_high', 'n_docs']
        >>> bool((eff["ci_low"] <= eff["ci_high"]).all())
        True
        >>> sorted(eff.attrs["n_matched"])            # replicates that found each topic again
        [1, 2]
        """
        if not 0 < level < 1:
            raise ValueError(f"level must be between 0 and 1, not {level!r}")
        point, groups, boot, seed = self._effect_draws(by, freq, n_boot, random_state, refit,
                                                       include_excluded)
        gpos = {g: i for i, g in enumerate(groups)}
        out = point.rename(columns={by: "group"})
        gi = out["group"].map(gpos).to_numpy()
        ti = out["topic"].to_numpy() - 1
        if n_boot:
            usable = self._effect_usable(n_boot, boot)[:, gi, ti]
            lo, hi, off = self._effect_bounds(usable, out["share"].to_numpy(float), level)
        else:
            lo = hi = np.full(len(out), np.nan)
            off = np.zeros(len(out), dtype=bool)
        out = out.assign(ci_low=lo, ci_high=hi)
        unstable = sorted({int(t) for t in out["topic"].to_numpy()[off]})
        out = (out[["topic", "label", "group", "share", "ci_low", "ci_high", "n_docs"]]
               .sort_values(["topic", "group"], kind="stable").reset_index(drop=True))
        few = self._effect_few_docs(out.drop_duplicates("group").set_index("group")["n_docs"])
        out.attrs.update({
            "by": by, "freq": freq, "n_boot": n_boot, "level": level, "random_state": seed,
            "method": self._effect_method(by, n_boot, level, refit, boot),
            "n_matched": self._effect_matched(boot),
            **self._effect_notes(n_boot, level, refit, few, unstable)})
        return out

    def effect_difference(self, by: str, first, second, freq: str | None = "Y", *,
                          n_boot: int = 25, level: float = 0.95, random_state: int | None = None,
                          refit: bool = True, include_excluded: bool = False) -> pd.DataFrame:
        """Change of each topic's share from one group to another, with an interval.

        The contrast a comparison cites ("topic 3 rose by 0.12 from the first administration
        to the second"): ``share(second) - share(first)`` per topic, with the interval of
        :meth:`effect` applied to the same difference in each bootstrap refit (documents
        resampled within each group, model refitted, topics matched): the difference plus or
        minus ``z`` standard deviations of the replicates' differences, so the interval
        carries the model's uncertainty and the dependence between the two shares and always
        contains the difference; a topic whose difference lies outside the central range of
        its replicates gets no interval (``attrs["unstable"]``).

        Parameters
        ----------
        by : str
            A corpus column.
        first, second : group values
            The two groups (for a date column with ``freq``, the start of the period, e.g.
            ``pd.Timestamp("2016-01-01")``, or a year as int).
        freq, n_boot, level, random_state, refit, include_excluded
            As in :meth:`effect`.

        Returns
        -------
        DataFrame, one row per topic: topic, label, first, second (the two shares),
        difference, ci_low, ci_high, excludes_zero (the interval lies entirely above or below
        0). ``attrs`` as in :meth:`effect` (``few_docs``: which of the two groups have fewer
        than :data:`EFFECT_FEW_DOCS` documents).

        Examples
        --------
        >>> import analysis
        >>> m = analysis.fit_topics(analysis.load_corpus(), k=2, reuse=False, n_refits=0)
        >>> d = m.effect_difference("outlet", "Reuters", "NewsNation", n_boot=5)
        >>> list(d.columns)
        ['topic', 'label', 'first', 'second', 'difference', 'ci_low', 'ci_high', 'excludes_zero']
        """
        if not 0 < level < 1:
            raise ValueError(f"level must be between 0 and 1, not {level!r}")
        point, groups, boot, seed = self._effect_draws(by, freq, n_boot, random_state, refit,
                                                       include_excluded)

        def find(g):
            if g in groups:
                return groups.index(g)
            if isinstance(g, (int, np.integer)) and groups and isinstance(groups[0], pd.Timestamp):
                hits = [i for i, x in enumerate(groups) if x.year == g]
                if len(hits) == 1:
                    return hits[0]
            raise ValueError(f"no documents with topic shares in group {g!r} of {by!r}; groups: "
                             f"{', '.join(map(str, groups[:20]))}")
        i, j = find(first), find(second)
        shares = point.pivot_table(index="topic", columns=by, values="share", sort=True)
        a = shares[groups[i]].to_numpy()
        b = shares[groups[j]].to_numpy()
        diff = b - a
        if n_boot:
            usable = self._effect_usable(n_boot, boot)
            lo, hi, off = self._effect_bounds(usable[:, j, :] - usable[:, i, :], diff, level, lowest=-1.0)
        else:
            lo = hi = np.full(self.k, np.nan)
            off = np.zeros(self.k, dtype=bool)
        out = pd.DataFrame({"topic": range(1, self.k + 1), "label": self.labels.to_numpy(),
                            "first": a, "second": b, "difference": diff, "ci_low": lo,
                            "ci_high": hi})
        out["excludes_zero"] = (out["ci_low"] > 0) | (out["ci_high"] < 0)
        out.attrs.update({"by": by, "first": groups[i], "second": groups[j], "n_boot": n_boot,
                          "level": level, "random_state": seed,
                          "method": (f"difference of shares in each of {n_boot} bootstrap "
                                     + ("refits" + self._effect_refit_words(n_boot, boot)
                                        if refit else "resamples under fixed topics")
                                     + f"; {level:.0%} interval: the difference plus or minus "
                                     "1.96 bootstrap standard errors".replace("1.96", _z_text(level))),
                          "n_matched": self._effect_matched(boot)})
        sizes = point.drop_duplicates(by).set_index(by)["n_docs"]
        compared = sizes[list(dict.fromkeys([groups[i], groups[j]]))]
        out.attrs.update(self._effect_notes(n_boot, level, refit, self._effect_few_docs(compared),
                                            [t + 1 for t in np.flatnonzero(off)]))
        return out

    def document_topics(self, include_excluded: bool = True) -> pd.DataFrame:
        """One row per document: its length-weighted topic shares and dominant topic.

        Every document of the corpus has a row, also one with no text or with no vocabulary
        term left after cleaning (a table of numbers, a line of page furniture): its shares
        are missing (NaN), its dominant_topic is ``<NA>`` and ``no_topic`` says why.

        Parameters
        ----------
        include_excluded : bool
            Also list documents left out of fitting as derived (``reuse_mode="exclude"``).

        Returns
        -------
        DataFrame sorted by doc_id: doc_id, ``topic_1`` .. ``topic_k`` (shares of the
        document's words, summing to 1), dominant_topic (nullable integer), in_fit and
        no_topic (None, or a key of :data:`NO_TOPIC_REASONS`: "empty", "no terms",
        "rare terms", "no weight").

        Examples
        --------
        >>> model.document_topics()  # doctest: +SKIP
        """
        dt = self.doc_topics
        if not include_excluded:
            dt = dt[dt["in_fit"]]
        counted = dt[dt["dominant_topic"].notna()]
        w = counted[self.topic_columns].mul(counted["n_words"].clip(lower=1), axis=0)
        sums = w.groupby(counted["doc_id"], sort=True).sum()
        docs = pd.Index(sorted(dt["doc_id"].unique()), name="doc_id")
        shares = sums.div(sums.sum(axis=1), axis=0).reindex(docs)
        values = shares[self.topic_columns].to_numpy()
        has = ~np.isnan(values).any(axis=1)
        dom = np.zeros(len(shares), dtype=int)
        dom[has] = np.argmax(values[has], axis=1) + 1
        shares["dominant_topic"] = pd.array(dom, dtype="Int64")
        shares.loc[~has, "dominant_topic"] = pd.NA
        shares["in_fit"] = ~shares.index.isin(self.excluded_docs)
        shares["no_topic"] = _doc_reasons(dt).reindex(docs).to_numpy()
        return shares.reset_index()

    def representative_units(self, n: int = 2, distinct_docs: bool = True,
                             max_words: int | None = REPRESENTATIVE_MAX_WORDS) -> pd.DataFrame:
        """The n units most devoted to each topic (highest share), with their text.

        A unit longer than ``max_words`` words (a whole article written without paragraph
        breaks, as some exports and CMSs give it) is shown by its first sentences up to that
        length, followed by "[... N more words]" (:func:`_shortened`); None shows every unit whole.

        Units shorter than the median unit (in vocabulary terms, at most 8) are passed over
        when longer ones exist, so one-line units with a single term do not win. Units whose
        shares are equal to two decimals (many short headlines have a share of 1.00) are
        ranked by how much of the topic's ten top terms they contain (summed term weights),
        then by doc_id, so a headline that shows the topic wins over one placed there by a
        single weak term. With ``distinct_docs`` the n units come from different documents
        where possible.

        Returns
        -------
        DataFrame: topic, label, doc_id, unit_id, share, text.

        Examples
        --------
        >>> model.representative_units(2)  # doctest: +SKIP
        """
        dt = self._counted_units(include_excluded=False).join(self._units[["text", "n_terms"]])
        floor = min(8, float(dt["n_terms"].median())) if len(dt) else 0
        rows = []
        for t in range(1, self.k + 1):
            col = f"topic_{t}"
            cand = dt[dt["n_terms"] >= floor] if (dt["n_terms"] >= floor).any() else dt
            cand = cand.sort_values([col, "doc_id", "unit_id"], ascending=[False, True, True])
            cand = self._by_top_terms(cand, t, col)
            chosen, docs = [], set()
            for idx, r in cand.iterrows():
                if len(chosen) == n:
                    break
                story = self._doc_groups.get(r["doc_id"], r["doc_id"])  # a copy is the same story
                if distinct_docs and story in docs and cand["doc_id"].nunique() >= n:
                    continue
                chosen.append(idx)
                docs.add(story)
            for idx in chosen:
                r = dt.loc[idx]
                rows.append((t, self.labels[t], r["doc_id"], int(r["unit_id"]), float(r[col]),
                             _shortened(r["text"], max_words)))
        return pd.DataFrame(rows, columns=["topic", "label", "doc_id", "unit_id", "share", "text"])


# ----------------------------------------------------------------------------------------


def _shortened(text: str, max_words: int | None) -> str:
    """``text`` when it has at most ``max_words`` words; else its first sentences up to that many
    words (the first sentence's first ``max_words`` words when it alone is longer, and a
    sentence's first words up to ``max_words`` when the sentences before it fill less than half)
    and "[... N more words]".

    >>> _shortened("One two three. Four five six. Seven eight.", 6)
    'One two three. Four five six. [... 2 more words]'
    >>> _shortened("One two three.", 6)
    'One two three.'
    """
    words = str(text).split()
    if max_words is None or len(words) <= max_words:
        return text
    kept = []
    for sentence in re.split(r"(?:(?<=[.!?…])|(?<=[.!?…][\"'’”»]))\s+(?=\W*[^\W\d_])", " ".join(words)):
        n = len(sentence.split())
        if kept and len(kept) + n > max_words and 2 * len(kept) >= max_words:
            break
        kept.extend(sentence.split())   # (a sentence that overflows half-empty room is cut below)
        if len(kept) >= max_words:
            break
    kept = kept[:max_words]
    more = len(words) - len(kept)
    return " ".join(kept) + f" [... {more:,} more word{'' if more == 1 else 's'}]"


#: Why a unit or document has no topic shares (column ``no_topic``; missing when it has them).
NO_TOPIC_REASONS = {
    "empty": "no text",
    "no terms": "no terms left after cleaning (only numbers, stop words, page furniture)",
    "rare terms": "terms too rare (or too common) for the model's vocabulary",
    "no weight": "its terms carry no weight in any topic",
}


def _no_topic_reasons(units: pd.DataFrame, has_vocab) -> pd.Series:
    """Per unit: None when it has a vocabulary term, else the key of :data:`NO_TOPIC_REASONS`."""
    blank = units["text"].fillna("").str.strip().eq("").to_numpy()
    no_terms = units["n_terms"].to_numpy() == 0
    reason = np.where(has_vocab, None, np.where(blank, "empty", np.where(no_terms, "no terms", "rare terms")))
    return pd.Series(reason, index=units.index, dtype=object)


def _doc_reasons(units: pd.DataFrame) -> pd.Series:
    """Per document: None when some unit has topic shares, else the most informative reason."""
    names = ["no weight", "rare terms", "no terms", "empty"]  # the first that applies is given
    rank = units["no_topic"].map({n: i for i, n in enumerate(names)}).fillna(-1).to_numpy()
    by_doc = pd.Series(rank).groupby(units["doc_id"].to_numpy(), sort=False)
    best = by_doc.min()
    out = pd.Series(None, index=best.index, dtype=object)
    lost = best.to_numpy() >= 0                              # no unit of the document has topics
    out[lost] = [names[int(i)] for i in best.to_numpy()[lost]]
    return out


def _warn_no_topic(units: pd.DataFrame) -> None:
    docs = _doc_reasons(units)
    bad_units = int(units["no_topic"].notna().sum())
    bad_docs = docs.dropna()
    if not bad_units:
        return
    no_weight = int((units["no_topic"] == "no weight").sum())
    parts_u = []
    if bad_units - no_weight:
        parts_u.append(f"{bad_units - no_weight:,} units have no vocabulary terms left after stop words "
                       "and rare-term filtering (page furniture, numbers, very short lines)")
    if no_weight:
        parts_u.append(f"{no_weight:,} units have only terms that carry no weight in any topic")
    msg = "; ".join(parts_u) + (": they get no topic" if len(parts_u) > 1 else "; they get no topic")
    if len(bad_docs):
        counts = bad_docs.value_counts()
        parts = "; ".join(f"{NO_TOPIC_REASONS[r]}: {n}" for r, n in counts.items())
        msg += (f". {len(bad_docs):,} {'document has' if len(bad_docs) == 1 else 'documents have'} "
                f"no topic at all ({parts}), e.g. "
                f"{', '.join(map(str, bad_docs.index[:3]))}; they keep a row with missing shares "
                "and the reason in column 'no_topic'")
    warnings.warn(msg, stacklevel=3)


def _fit_by_document(fit_on, unit, n_docs, k, k_range) -> bool:
    """Whether to fit on whole documents (see ``fit_on`` in :func:`fit_topics`)."""
    if unit == "document" or fit_on == "unit":
        return False
    if fit_on == "document":
        return True
    largest = k if k is not None else max([int(x) for x in k_range] or [2])
    return n_docs >= MIN_UNITS_PER_TOPIC * largest


def _units(corpus: pd.DataFrame, unit: str) -> pd.DataFrame:
    if unit == "paragraph":
        u = paragraphs(corpus).rename(columns={"para_id": "unit_id"})
    elif unit == "sentence":
        u = sentences(corpus).rename(columns={"sent_id": "unit_id"}).drop(columns="para_id")
    elif unit == "document":
        u = pd.DataFrame({"doc_id": corpus["doc_id"].astype(str), "unit_id": 0,
                          "text": corpus["text"].fillna("").astype(str)})
    else:
        raise ValueError(f"unit must be 'paragraph', 'sentence' or 'document', not {unit!r}")
    u = u[["doc_id", "unit_id", "text"]]
    ids = corpus["doc_id"].astype(str)
    have = set(u["doc_id"].tolist())   # (a set test per id: Series.isin of a pyarrow column
    missing = ids[[i not in have for i in ids.tolist()]]   # converts every value one by one)
    if len(missing):
        # a document with no paragraph/sentence (empty text) keeps one empty unit, so every
        # document has a row wherever the model is indexed by document
        u = pd.concat([u, pd.DataFrame({"doc_id": missing.to_numpy(), "unit_id": 0, "text": ""})],
                      ignore_index=True)
        pos = pd.Series(np.arange(len(ids)), index=ids.to_numpy())
        u = (u.assign(_pos=u["doc_id"].map(pos).to_numpy())
             .sort_values(["_pos", "unit_id"], kind="stable").drop(columns="_pos"))
    return u.reset_index(drop=True)


def _check_corpus(corpus):
    if not isinstance(corpus, pd.DataFrame):
        raise TypeError(f"corpus must be a pandas DataFrame, not {type(corpus).__name__}")
    missing = {"doc_id", "text"} - set(corpus.columns)
    if missing:
        raise ValueError(f"corpus needs the columns 'doc_id' and 'text' (missing: "
                         f"{', '.join(sorted(missing))})")
    dup = corpus["doc_id"].astype(str).duplicated()
    if dup.any():
        raise ValueError(f"doc_id must be unique; repeated: {sorted(set(corpus['doc_id'][dup].astype(str)))[:5]}")


@memoized("fit_topics")
def fit_topics(corpus: pd.DataFrame, k: int | None = None, *, unit: str = "paragraph",
               method: str = "nmf", k_range=range(2, 13), random_state: int = 0,
               reuse="auto", reuse_mode: str = "downweight", n_refits: int | None = None, max_features: int = 20000,
               phrases: bool = True, fit_on: str = "auto", stop_words="auto",
               max_fit_rows: int | None = None, min_df="auto") -> TopicModel:
    """Fit a topic model over the paragraphs (or sentences, or documents) of a corpus.

    Parameters
    ----------
    corpus : DataFrame
        Any DataFrame with ``doc_id`` and ``text`` (as from :func:`analysis.load_corpus`);
        other columns (published, outlet, ...) are kept for :meth:`TopicModel.prevalence`.
    k : int, optional
        Number of topics. None chooses k from ``k_range`` by weighted coherence and stability (see
        the module docstring for the rule; the scores are in ``model.selection``).
    unit : {"paragraph", "sentence", "document"}
        What one modelled text is: paragraphs via :func:`analysis.paragraphs`, sentences via
        :func:`analysis.sentences`, or whole documents.
    method : {"nmf", "lda", "gibbs"}
        NMF on tf-idf (default; crisp topics on short texts, fast; unit shares by KL
        projection under its topics, see the module docstring), LDA on counts by
        scikit-learn's variational Bayes ("lda"), or LDA by collapsed Gibbs sampling with
        tomotopy ("gibbs": 1,000 sweeps, alpha 0.1, eta 0.01, one worker). "gibbs" agreed
        best with human labels on Reuters and AG News (docs/topics.md) but is about 10x slower
        than NMF and moves more with the seed.
    k_range : iterable of int
        Candidate k when ``k=None``. Clipped, with a warning, to k that leave at least
        :data:`MIN_UNITS_PER_TOPIC` units per topic.
    random_state : int
        Seed; the same corpus and parameters give identical topics.
    reuse : "auto", True, False or DataFrame
        Text reuse handling. "auto"/True runs :func:`analysis.text_reuse` and groups the
        documents it marks as derived (copies, rewrites) into stories, which then count as
        ``reuse_mode`` says; a DataFrame is used as a precomputed reuse table (doc_a, doc_b,
        derived); False counts every document. The choice is recorded in
        ``model.reuse_note``.
    reuse_mode : {"downweight", "exclude"}
        How derived documents count. "downweight" (default): each of the n documents of a
        story counts 1/n in fitting (NMF rows scaled so their loss weighs 1/n; LDA counts
        times 1/n) and in prevalence; no version has to be guessed as the original.
        "exclude": only the earliest published (then first by doc_id) version is fitted and counted.
    n_refits : int, optional
        Refits on 80% subsamples used to measure stability and agreement (0 skips them).
        Default with ``k=None``: 3, 2 above 10,000 fitted rows; with an explicit k: 0 (one fit
        only; pass a number to measure the stability of that k).
    max_features : int
        Vocabulary size cap (most frequent terms), for large corpora.
    phrases : bool
        Merge multi-word names into single terms.
    stop_words : "auto" or set of str
        "auto" (default): the stop words for the corpus's languages from its ``language``
        column (:func:`topic_stop_words`; English news stop words when there is none); or your
        own set of lower-case words. ``model.stop_words_note`` says which list was used.
    max_fit_rows : int, optional
        At most this many documents (or units, when fitted on units) are fitted: above it, a
        seeded random sample (``random_state``) of them is fitted (vocabulary, k selection,
        refits, bootstrap) and **every** unit is then placed in the fitted topics (its shares
        computed with the topics held fixed), so every document still has its shares and
        counts in prevalence. Default None: :data:`MAX_FIT_ROWS` (5,000), which keeps the
        time of a fit bounded on corpora of any size (fitting 11 values of k with refits on
        20,000 documents took minutes; docs/scale.md). A warning says when a sample was
        fitted; 0 fits every row.
    fit_on : {"auto", "document", "unit"}
        What the model is fitted on. "unit": the units themselves (paragraphs, sentences).
        "document": whole documents, then every unit is placed in the fitted topic space
        (its shares computed with the topics held fixed). "auto" (default): documents when
        ``unit`` is smaller than a document and there are at least
        :data:`MIN_UNITS_PER_TOPIC` documents per topic (for the largest k tried), else the
        units. Fitting on documents agreed better with human topic labels on every labelled
        corpus measured (docs/topics.md); fitting on paragraphs lets a handful of long
        articles still give topics.
    min_df : "auto" or int
        A term enters the vocabulary when it occurs in at least this many fitted rows
        (documents or units). "auto" (default): 2 from 10 fitted rows on, else 1. (3 was
        measured and not made the default: on the three labelled corpora it moved NMI by
        -0.012 to +0.004; docs/topics-round5.md.)

    Returns
    -------
    TopicModel

    Examples
    --------
    >>> import analysis
    >>> model = analysis.fit_topics(analysis.load_corpus(), k=3)
    >>> model.k, list(model.top_terms(5).columns)
    (3, ['topic', 'rank', 'term', 'weight'])
    >>> list(model.selection.columns)
    ['k', 'coherence', 'stability', 'agreement', 'coherence_weighted', 'smallest_topic', 'n_refits', 'eligible', 'chosen']
    """
    from sklearn.feature_extraction.text import TfidfTransformer

    _check_corpus(corpus)
    if method not in ("nmf", "lda", "gibbs"):
        raise ValueError(f"method must be 'nmf', 'lda' or 'gibbs', not {method!r}")
    if k is not None and (not isinstance(k, (int, np.integer)) or k < 1):
        raise ValueError(f"k must be a positive integer or None, not {k!r}")
    if fit_on not in ("auto", "document", "unit"):
        raise ValueError(f"fit_on must be 'auto', 'document' or 'unit', not {fit_on!r}")
    corpus = corpus.assign(doc_id=corpus["doc_id"].astype(str))

    excluded, doc_w, groups, note, pairs = _reuse_choice(corpus, reuse, reuse_mode)
    units = _units(corpus, unit)
    if isinstance(stop_words, str):
        if stop_words != "auto":
            raise ValueError(f"stop_words must be 'auto' or a set of words, not {stop_words!r}")
        stop, stop_note = topic_stop_words(corpus)
    else:
        stop = frozenset(str(w).lower() for w in stop_words)
        stop_note = f"**Stop words.** a list of {len(stop):,} words given by the caller."
    # the units' terms as integer ids, one flat array (tok; lens terms per unit; names: the
    # term of each id): counted without hashing a million strings again (round 8)
    tok, names, lens, learned = _analyze_flat(units["text"].tolist(), phrases=phrases, stop_words=stop)
    units["n_words"] = _word_counts(units["text"].tolist())
    units["n_terms"] = lens
    units["weight"] = units["doc_id"].map(doc_w).fillna(1.0).astype(float)
    excluded_set = set(excluded)
    units["in_fit"] = [d not in excluded_set for d in units["doc_id"].tolist()]
    unit_ok = units["in_fit"].to_numpy() & (units["n_terms"].to_numpy() > 0)
    by_doc = _fit_by_document(fit_on, unit, units.loc[unit_ok, "doc_id"].nunique(), k, k_range)
    if by_doc:
        # fit on whole documents (their units' tokens joined), then place each unit in the
        # documents' topic space: measured to agree better with labels (docs/topics.md)
        codes, doc_ids = pd.factorize(units["doc_id"], sort=False)
        # a document's terms: its units' terms one after the other, in the units' order
        doc_tok, doc_lens = _join_by_code(tok, lens, codes, len(doc_ids))
        # each document's first unit (what groupby(...).first() gave: no value is missing)
        first_unit = np.unique(codes, return_index=True)[1]
        fit_tok, fit_lens = doc_tok, doc_lens
        fit_rows = pd.DataFrame({"doc_id": doc_ids, "weight": units["weight"].to_numpy()[first_unit],
                                 "in_fit": units["in_fit"].to_numpy()[first_unit],
                                 "n_terms": doc_lens})
    else:
        fit_tok, fit_lens, fit_rows = tok, lens, units
    fit_mask = fit_rows["in_fit"].to_numpy() & (fit_rows["n_terms"].to_numpy() > 0)
    fit_idx = np.flatnonzero(fit_mask)
    n_fit = len(fit_idx)
    fit_mask_all_count = n_fit   # rows that could be fitted (before a sample, max_fit_rows)
    fit_name = "document" if by_doc else unit
    limit = MAX_FIT_ROWS if max_fit_rows is None else int(max_fit_rows)
    if limit > 0 and n_fit > limit:
        # a seeded sample is fitted; every unit is placed in its topics below (issue 12)
        fit_idx = fit_idx[_sample_index(n_fit, limit, random_state)]
        fit_mask = np.zeros(len(fit_mask), dtype=bool)
        fit_mask[fit_idx] = True
        warnings.warn(f"the topic model is fitted on a random sample of {limit:,} of the {n_fit:,} "
                      f"{fit_name}s (seed {random_state}; max_fit_rows={limit}); every {unit} is then "
                      "placed in the fitted topics, so every document has its topic shares", stacklevel=2)
        n_fit = len(fit_idx)
    if n_fit < 2:
        raise ValueError(f"only {n_fit} {fit_name}s with vocabulary terms: too few to fit topics")

    if isinstance(min_df, str):
        if min_df != "auto":
            raise ValueError(f"min_df must be 'auto' or a positive integer, not {min_df!r}")
        min_df = 2 if n_fit >= 10 else 1
    elif not isinstance(min_df, (int, np.integer)) or isinstance(min_df, bool) or min_df < 1:
        raise ValueError(f"min_df must be 'auto' or a positive integer, not {min_df!r}")
    vec = _TermCounts(min_df=int(min_df),
                      max_df=0.95 if n_fit >= 20 else 1.0, max_features=max_features)
    counts_fit = vec.fit_transform_ids(*_gather(fit_tok, fit_lens, fit_idx), names, dtype=np.float64)
    # entries sorted by column in each row, as ``.astype(np.float64)`` of the integer counts
    # left them before round 8 (scipy's astype sums duplicates, which sorts): the NMF's sums
    # follow this order, so it is part of the output's bits
    counts_fit.sum_duplicates()
    vocab = vec.get_feature_names_out().tolist()
    tfidf = TfidfTransformer()
    X_fit = tfidf.fit_transform(counts_fit)
    row_w = fit_rows["weight"].to_numpy()[fit_idx]
    if (row_w != 1).any():   # reuse_mode="downweight": a story's versions share one weight
        # (Gibbs sampling needs whole word counts: there the weights apply in prevalence only)
        scale = sparse.diags(np.sqrt(row_w) if method == "nmf" else row_w)
        X_fit, counts_fit = scale @ X_fit, (counts_fit if method != "lda" else scale @ counts_fit)
        X_fit, counts_fit = sparse.csr_matrix(X_fit), sparse.csr_matrix(counts_fit)
    data_fit = X_fit if method == "nmf" else counts_fit
    n_terms_vocab = len(vocab)

    # which k to try
    max_k = min(n_fit // MIN_UNITS_PER_TOPIC, n_terms_vocab)
    if k is None:
        ks = sorted({int(x) for x in k_range})
        if not ks or ks[0] < 2:
            raise ValueError("k_range must contain integers >= 2")
        kept = [x for x in ks if x <= max_k]
        if len(kept) < len(ks):
            dropped = [x for x in ks if x > max_k]
            msg = (f"{n_fit} {fit_name}s support at most k={max_k} (at least {MIN_UNITS_PER_TOPIC} "
                   f"{fit_name}s per topic); k={', '.join(map(str, dropped))} not tried")
            if not kept:
                if ks[0] > min(n_fit // 2, n_terms_vocab):
                    raise ValueError(msg + f". Too few {fit_name}s to fit even k={ks[0]}: use a "
                                     "smaller unit (e.g. unit='sentence') or a larger corpus.")
                kept = ks[:1]
                msg += (f"; too few {fit_name}s to choose k, so k={ks[0]} is fitted anyway: the "
                        f"topics rest on very few {fit_name}s, read them as descriptive only")
            warnings.warn(msg, stacklevel=2)
        ks = kept
    else:
        if k > min(n_fit, n_terms_vocab):
            raise ValueError(f"k={k} is more than the {n_fit} {fit_name}s / {n_terms_vocab} terms allow")
        if n_fit < MIN_UNITS_PER_TOPIC * k:
            warnings.warn(f"only {n_fit} {fit_name}s for k={k} topics (fewer than {MIN_UNITS_PER_TOPIC} "
                          f"per topic): the topics rest on very few {fit_name}s; read them as "
                          "descriptive of this corpus only", stacklevel=2)
        ks = [int(k)]

    # coherence is estimated on (a sample of) the fitted units' token streams
    coh_idx = np.flatnonzero(unit_ok)
    # (an explicit k only reports coherence: a smaller sample keeps one fit fast)
    coh_idx = coh_idx[_sample_index(len(coh_idx), 20000 if k is None else 3000, random_state)]
    coh_seqs = _token_lists(*_gather(tok, lens, coh_idx), names)
    # headlines and other texts shorter than the coherence window are scored above chance
    short = _short_units(fit_rows["n_terms"].to_numpy()[fit_idx])
    if n_refits is None:
        n_refits = 0 if k is not None else N_REFITS if n_fit <= 10000 else 2
    rng = np.random.RandomState(random_state)
    if k is None:
        # k=None: candidates are fitted lightly (on a seeded sample of a large corpus's rows)
        # and only the best-scoring ks are refitted for stability, so that trying 11 ks costs
        # a few full fits (docs/topics.md, round 3); the chosen k is then fitted in full
        cand = _sample_index(n_fit, SELECT_MAX_ROWS, random_state + 1000)
    else:
        cand = np.arange(n_fit)
    data_c, counts_c = data_fit[cand], counts_fit[cand]
    n_c = len(cand)
    subsamples = [np.sort(rng.choice(n_c, max(2, int(round(SUBSAMPLE * n_c))), replace=False))
                  for _ in range(n_refits)]

    fits, rows = {}, {}
    for kk in ks:
        W, H, obj = _fit_one(data_c, counts_c, kk, method, random_state, light=k is None and SELECT_LIGHT)
        tops = _top_ids(H, N_TOP)
        per_topic = np.asarray(_topic_coherence([[vocab[j] for j in t] for t in tops], coh_seqs,
                                                short, random_state), dtype=float)
        coherence = float(np.mean(per_topic))
        dom = np.argmax(W, axis=1)
        # how the fitted rows spread over the topics: weight of each topic (its share of W) and
        # the smallest topic's share of dominant rows relative to an even split (1 = even)
        mass = _topic_mass(W, H, method)
        weighted = float(np.sum(per_topic * mass))
        smallest = float(np.bincount(dom, minlength=kk).min() / len(dom) * kk)
        fits[kk] = (W, H, obj, tops, dom)
        rows[kk] = [kk, coherence, float("nan"), float("nan"), weighted, smallest, 0]

    def measure_stability(kk):
        W, H, obj, tops, dom = fits[kk]
        agree, same = [], []
        for r, sub in enumerate(subsamples, start=1):
            Wr, Hr, _ = _fit_one(data_c[sub], counts_c[sub], kk, method, random_state + r, light=True)
            agree.append(_agreement(tops, _top_ids(Hr, N_TOP)))
            same.append(adjusted_rand_score(dom[sub], np.argmax(Wr, axis=1)))
        if agree:
            rows[kk][2:4] = [float(np.mean(agree)), float(np.mean(same))]
            rows[kk][6] = len(agree)

    floor = STABILITY_FLOOR
    if k is None:
        # stability is measured lazily: ks in order of the score, until one is stable enough
        # (the refits are what cost most; an unmeasured k has stability NaN, n_refits 0)
        # parsimony: the ks within SELECT_TOLERANCE of the best score are tried smallest first
        # (score differences below it are noise: on one-sentence items neighbouring ks
        # differ by less than 0.01), then the others by score
        score = {x: (rows[x][4] if not math.isnan(rows[x][4]) else -math.inf) for x in ks}
        top = max(score.values())
        near = sorted(x for x in ks if score[x] >= top - SELECT_TOLERANCE)
        order = near + sorted((x for x in ks if x not in near), key=lambda x: (-score[x], x))
        best = None
        for kk in order:
            if not n_refits:
                best = kk
                break
            measure_stability(kk)
            if rows[kk][2] >= STABILITY_FLOOR:
                best = kk
                break
        if best is None:       # none stable enough: every k was measured
            top_stability = max(rows[x][2] for x in ks)
            floor = top_stability - STABILITY_TOLERANCE
            warnings.warn(f"no k reached stability {STABILITY_FLOOR} (best {top_stability:.2f}); "
                          f"choosing among the ks within {STABILITY_TOLERANCE} of the most stable. "
                          "The topics are fragile: read them with care", stacklevel=2)
            best = next(x for x in order if rows[x][2] >= floor)
    else:
        best = int(k)
        measure_stability(best)
    selection = pd.DataFrame([rows[x] for x in ks],
                             columns=["k", "coherence", "stability", "agreement",
                                      "coherence_weighted", "smallest_topic", "n_refits"])
    selection["eligible"] = (selection["stability"] >= floor) if n_refits else True
    selection.attrs["coherence"] = (
        f"above chance (short texts: median {fit_name} below {SHORT_UNIT_TERMS} terms)" if short
        else "NPMI")
    best = int(best)
    effective_floor = float(floor)
    selection["chosen"] = selection["k"] == best
    if k is None:
        # the chosen k fitted in full, on every fitted row
        W, H, fitted = _fit_one(data_fit, counts_fit, best, method, random_state)
    else:
        W, H, fitted = fits[best][:3]

    # place every unit (including derived documents) in topic space
    counts_all = vec.transform_ids(tok, lens, names, dtype=np.float64)
    counts_all.sum_duplicates()          # (already by column: as astype left it)
    has_vocab = np.asarray(counts_all.sum(axis=1)).ravel() > 0
    units["no_topic"] = _no_topic_reasons(units, has_vocab)
    if method == "nmf":
        H = _as_distributions(H)
        W_all = np.zeros((len(units), best))
        # every unit with terms (also the fitted ones) gets its shares by the KL projection
        others = np.flatnonzero(units["n_terms"].to_numpy() > 0)
        # (tf-idf is computed row by row: the rows of one transform of every unit are
        # those of transforming the placed units alone)
        unit_X = tfidf.transform(counts_all)
        if len(others):
            W_all[others] = _nmf_place(unit_X[others], H, random_state, max_iter=400)
    else:
        W_all = fitted.transform(counts_all)   # unweighted counts: every unit alike

    # topics ordered by overall (length-weighted) prevalence in the fitted units
    row_sums = W_all.sum(axis=1, keepdims=True)
    with np.errstate(invalid="ignore", divide="ignore"):
        shares = np.where(row_sums > 0, W_all / np.where(row_sums > 0, row_sums, 1), np.nan)
    weights = (units["n_words"] * units["weight"]).to_numpy()[unit_ok, None]
    overall = np.nansum(shares[unit_ok] * weights, axis=0)
    order = np.argsort(-overall, kind="stable")
    shares = shares[:, order]
    H = H[order]
    # a unit with vocabulary terms that no topic weighs gets no shares either: it needs a
    # reason too, or the warning and the document table disagree on how many have no topic
    reasons = units["no_topic"].to_numpy(dtype=object, copy=True)
    reasons[has_vocab & np.isnan(shares).any(axis=1)] = "no weight"
    units["no_topic"] = reasons
    _warn_no_topic(units)

    doc_topics = units[["doc_id", "unit_id", "n_words", "weight", "in_fit"]].copy()
    cols = [f"topic_{t}" for t in range(1, best + 1)]
    doc_topics[cols] = shares
    dom = np.full(len(units), np.nan)
    has = ~np.isnan(shares).any(axis=1)
    dom[has] = np.argmax(shares[has], axis=1) + 1
    doc_topics["dominant_topic"] = pd.array(np.where(has, dom, 0).astype(int), dtype="Int64")
    doc_topics.loc[~has, "dominant_topic"] = pd.NA
    doc_topics["no_topic"] = units["no_topic"].to_numpy()

    meta = corpus.drop(columns=[c for c in ("text", "raw_text") if c in corpus.columns])
    model = TopicModel(k=best, method=method, unit=unit, random_state=random_state,
                       components=H, vocabulary=vocab, units=units, doc_topics=doc_topics,
                       selection=selection, meta=meta, excluded_docs=excluded, reuse_note=note,
                       reuse_pairs=pairs, phrases=learned, doc_weights=doc_w, doc_groups=groups,
                       stability_floor=effective_floor)
    model.fit_on = "document" if by_doc else "unit"
    model.n_fitted = int(len(fit_idx))
    model.n_fit_candidates = int(fit_mask_all_count)
    language_note = _language_topics_note(model, corpus)
    # several languages: each topic's language shares (model.topic_languages) and a sentence
    model.topic_languages, language_note = _topic_languages(model, corpus, language_note)
    model.stop_words_note = stop_note + (" " + language_note if stop_note and language_note else language_note)
    # what TopicModel.effect needs to refit the model on resampled documents
    model._fit_state = {
        "data": data_fit, "counts": counts_fit,
        "row_doc": fit_rows["doc_id"].to_numpy()[fit_idx],
        "unit_X": unit_X if method == "nmf" else None,
        "unit_counts": counts_all,
    }
    return model
