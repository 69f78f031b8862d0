"""Text reuse: which documents copy or rewrite which (so one story is not counted twice).

Two stages, so the work grows with the number of documents, not with the number of pairs:

1. **Candidates.** Each document becomes the set of its content-word stems (stop words and,
   in large corpora, words found in more than ``max_df`` of the documents are left out;
   British and American spellings are unified before stemming, numbers are kept). These
   sets survive paraphrase much better than word n-grams: a rewrite keeps the names, the
   numbers and most of the vocabulary even when every sentence is reworded. MinHash
   signatures (``datasketch``) and locality-sensitive hashing propose the pairs whose sets
   are similar (Jaccard above ``candidate_threshold``). Small corpora
   (fewer than ``exact_below`` documents) compare all pairs exactly instead.
2. **Verification**, on candidate pairs only. Both documents are split into sentences
   (:func:`analysis.sentences`) and each sentence is compared with the other document's
   sentences and pairs of adjacent sentences (so split and merged sentences still match) by
   TF-IDF cosine (scikit-learn). A sentence counts as *aligned* when its best counterpart
   reaches ``sentence_threshold`` **and** the aligned sentences follow the same order in both
   documents (longest increasing subsequence): a rewrite follows its source's structure, an
   independent report of the same event does not, and shares only scattered sentences
   (a quote, a name, a figure). The share of a document's words in aligned sentences is its
   *coverage*; ``similarity`` is the larger of the two coverages. Word 5-gram containment
   (``verbatim``) separates copies from rewrites.

A pair is ``derived`` when one document is mostly a verbatim copy of the other
(``verbatim >= copy_threshold``) or when, in order, at least ``derived_threshold`` of one
document's words are in sentences with a close counterpart in the other *and* the specific
details (numbers, capitalised names) agree: the same template filled with other figures and
other names (market reports, bond issues) is not a rewrite, and neither is another outlet's
report of the same meeting, which shares names but not the sentence-by-sentence account.
"""
from __future__ import annotations

import re
import unicodedata
import warnings
from functools import lru_cache

import numpy as np
import pandas as pd

from ..progress import progress
from ..store.memo import memoized
from ..text.tokens import word_regex

COLUMNS = ["doc_a", "doc_b", "similarity", "shared_passages", "derived", "kind", "reason", "verbatim",
           "coverage_a", "coverage_b", "n_aligned", "details", "jaccard"]

_WORD = word_regex(joiners="'\u2019")
_NUM = re.compile(r"\d")
# an aligned sentence must keep at least this share of its details (numbers, names)
_SENTENCE_DETAILS = 0.5
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
# British -> American spelling before stemming (destabilising ~ destabilizing, neighbour ~ neighbor)
_BRIT = [
    (re.compile(r"(?<=[a-z]{3})is(e|es|ed|ing|ation|ations|er|ers)$"), r"iz\1"),
    (re.compile(r"(?<=[a-z]{3})our(s|ed|ing|hood|able|ite|ites)?$"), r"or\1"),
    (re.compile(r"(?<=[a-z]{2})tre(s)?$"), r"ter\1"),
]


@lru_cache(maxsize=1)
def _stemmer():
    from nltk.stem.snowball import SnowballStemmer

    return SnowballStemmer("english")


@lru_cache(maxsize=1)
def _stopwords() -> frozenset:
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    extra = {"s", "t", "mr", "mrs", "ms", "dr", "said", "says", "say", "told", "would", "also",
             "according", "just", "like", "will", "year", "years", "new", "one", "two"}
    return frozenset(ENGLISH_STOP_WORDS | extra)


class _Normalizer:
    """Token -> content stem (or None for stop words), cached per distinct token."""

    def __init__(self):
        self.cache: dict[str, str | None] = {}
        self.stop = _stopwords()
        self.stem = _stemmer().stem

    def __call__(self, tok: str) -> str | None:
        try:
            return self.cache[tok]
        except KeyError:
            pass
        w = tok.lower().replace("\u2019", "'")
        if "'" in w:
            w = w.split("'")[0]
        if not w.isascii():
            w = unicodedata.normalize("NFKD", w).encode("ascii", "ignore").decode() or w
        if w in self.stop or (len(w) < 2 and not w.isdigit()):
            out = None
        elif _NUM.search(w):
            out = w
        else:
            for rx, rep in _BRIT:
                w = rx.sub(rep, w)
            out = self.stem(w)
        self.cache[tok] = out
        return out

    def stems_of(self, tokens: list[str]) -> list[str]:
        return [s for s in map(self, tokens) if s is not None]

    def stems(self, text: str) -> list[str]:
        return self.stems_of(_WORD.findall(text))


def _words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


# --------------------------------------------------------------------------- candidates

def _feature_sets(stem_lists: list[list[str]], max_df: float, min_docs_for_df: int) -> list[set]:
    sets = [set(s) for s in stem_lists]
    n = len(sets)
    if n >= min_docs_for_df:
        df: dict[str, int] = {}
        for s in sets:
            for t in s:
                df[t] = df.get(t, 0) + 1
        limit = max(2, int(max_df * n))
        common = {t for t, c in df.items() if c > limit}
        if common:
            sets = [s - common for s in sets]
    return sets


def _exact_candidates(sets: list[set], threshold: float) -> dict[tuple[int, int], float]:
    from scipy import sparse

    vocab: dict[str, int] = {}
    rows, cols = [], []
    for i, s in enumerate(sets):
        for t in sorted(s):
            rows.append(i)
            cols.append(vocab.setdefault(t, len(vocab)))
    if not rows:
        return {}
    x = sparse.csr_matrix((np.ones(len(rows), dtype=np.float32), (rows, cols)),
                          shape=(len(sets), len(vocab)))
    inter = (x @ x.T).tocoo()
    sizes = np.array([len(s) for s in sets], dtype=np.float64)
    out = {}
    for i, j, v in zip(inter.row, inter.col, inter.data):
        if i < j:
            jac = v / (sizes[i] + sizes[j] - v)
            if jac >= threshold:
                out[(int(i), int(j))] = float(jac)
    return out


def _lsh_candidates(sets: list[set], threshold: float, num_perm: int, seed: int) -> dict[tuple[int, int], float]:
    from datasketch import MinHash, MinHashLSH
    from datasketch.hashfunc import sha1_hash32

    token_hash: dict[str, int] = {}

    def hashed(s):
        out = []
        for t in s:
            h = token_hash.get(t)
            if h is None:
                h = token_hash[t] = sha1_hash32(t.encode("utf-8"))
            out.append(h)
        return out

    idx = [i for i, s in enumerate(sets) if s]
    batches = [hashed(sets[i]) for i in idx]
    mhs = MinHash.bulk(batches, num_perm=num_perm, seed=seed, hashfunc=int)
    # banded for a slightly lower threshold than asked, so pairs near it are not lost to
    # chance; the exact Jaccard of the two sets then decides
    lsh = MinHashLSH(threshold=threshold * 0.8, num_perm=num_perm)
    with lsh.insertion_session() as session:
        for i, m in zip(idx, mhs):
            session.insert(i, m, check_duplication=False)
    out = {}
    for i, m in zip(progress(idx, desc="text_reuse: LSH"), mhs):
        for j in lsh.query(m):
            if j > i:
                a, b = sets[i], sets[j]
                inter = len(a & b)
                jac = inter / (len(a) + len(b) - inter)
                if jac >= threshold:
                    out[(i, j)] = jac
    return out


# --------------------------------------------------------------------------- verification

def _lis_positions(pos: np.ndarray, weights: np.ndarray) -> list[int]:
    """Indices of a maximum-weight non-decreasing subsequence of ``pos`` (O(n^2), n = matched sentences)."""
    n = len(pos)
    if n == 0:
        return []
    pos = pos.tolist()
    w = weights.tolist()
    best = list(w)
    prev = [-1] * n
    for k in range(1, n):
        pk, wk = pos[k], w[k]
        for m in range(k):
            if pos[m] <= pk and best[m] + wk > best[k]:
                best[k] = best[m] + wk
                prev[k] = m
    k = max(range(n), key=best.__getitem__)
    chain = []
    while k >= 0:
        chain.append(k)
        k = prev[k]
    return chain[::-1]


def _align(s1: np.ndarray, s2: np.ndarray | None, nwords_a: np.ndarray, threshold: float,
           det_a=None, det_b=None, min_detail_agreement: float = 0.5):
    """Align the sentences of A (rows) to B: ``s1`` A x B sentence cosines, ``s2`` A x (B's
    adjacent sentence pairs) cosines. A match must also keep the sentence's details (numbers,
    names; ``det_a``/``det_b``: one set per sentence) when both sides have two or more.
    Returns the in-order matches (i, j_start, j_end, score) and the share of A's words they cover."""
    n = s1.shape[0]
    if n == 0 or s1.shape[1] == 0:
        return [], 0.0
    best1 = s1.max(axis=1)
    arg1 = s1.argmax(axis=1)
    if s2 is not None and s2.shape[1]:
        best2 = s2.max(axis=1)
        arg2 = s2.argmax(axis=1)
        use2 = best2 > best1 + 0.05  # a merged counterpart must be clearly better to be preferred
    else:
        best2 = best1
        arg2 = arg1
        use2 = np.zeros(n, dtype=bool)
    score = np.where(use2, best2, best1)
    jstart = np.where(use2, arg2, arg1)
    jend = np.where(use2, arg2 + 1, arg1)
    ok = np.flatnonzero(score >= threshold)
    if det_a is not None and len(ok):
        keep = []
        for i in ok:
            d = det_a[i]
            e = set().union(*det_b[jstart[i]:jend[i] + 1])
            fewer = min(len(d), len(e))
            if fewer >= 2 and len(d & e) / fewer < min_detail_agreement:
                continue
            # figures are the slots a template refills: when both sentences carry numbers,
            # they must share them
            nd = {t for t in d if t[0].isdigit()}
            ne = {t for t in e if t[0].isdigit()}
            fewer = min(len(nd), len(ne))
            if fewer and len(nd & ne) / fewer < min_detail_agreement:
                continue
            keep.append(i)
        ok = np.array(keep, dtype=int)
    if len(ok) == 0:
        return [], 0.0
    total = nwords_a.sum()
    chain = _lis_positions((jstart[ok] + jend[ok]) * 0.5, nwords_a[ok] * score[ok])
    kept = ok[chain]
    matches = [(int(i), int(jstart[i]), int(jend[i]), float(score[i])) for i in kept]
    cov = float(nwords_a[kept].sum() / total) if total else 0.0
    return matches, cov


def _shingles(words: list[str], n: int = 5) -> set:
    if len(words) < n:
        return {tuple(words)} if words else set()
    return {tuple(words[k:k + n]) for k in range(len(words) - n + 1)}


def _quote(s: str, limit: int = 160) -> str:
    s = " ".join(s.split())
    return s if len(s) <= limit else s[: limit - 1].rstrip() + "\u2026"


def text_reuse(corpus: pd.DataFrame, *, candidate_threshold: float = 0.25,
               sentence_threshold: float = 0.4, derived_threshold: float = 0.5,
               copy_threshold: float = 0.5, min_words: int = 25, min_aligned_words: int = 25,
               max_df: float = 0.05, num_perm: int = 128, exact_below: int = 2000,
               min_number_agreement: float = 0.5, min_detail_agreement: float = 0.7,
               max_passages: int = 4,
               random_state: int = 0, sentences: pd.DataFrame | None = None) -> pd.DataFrame:
    """Find documents that copy or rewrite one another.

    Parameters
    ----------
    corpus : DataFrame
        Needs ``doc_id`` and ``text``; when ``published`` is there, the earlier document of a
        pair is put in ``doc_a`` (the likely source).
    candidate_threshold : float, default 0.25
        Minimum Jaccard similarity of two documents' content-word sets for the pair to be
        examined (and reported). Low on purpose: a paraphrase shares fewer words than a copy.
    sentence_threshold : float, default 0.4
        TF-IDF cosine at which a sentence counts as having a counterpart in the other document.
    derived_threshold : float, default 0.5
        Share of a document's words, in sentences aligned in order with the other document,
        above which the pair is derived (a rewrite).
    copy_threshold : float, default 0.5
        Share of the shorter document's word 5-grams found in the other above which the pair
        is derived as a (near) copy.
    min_words : int, default 25
        Documents with fewer words are not compared (they cannot be told apart from chance).
    min_aligned_words : int, default 25
        A rewrite needs at least this many words in aligned sentences.
    max_df : float, default 0.05
        In corpora of 200 documents or more, content words found in more than this share of
        documents are left out of the candidate sets (templates, boilerplate, the corpus'
        main topic); the verification stage still sees all words.
    num_perm : int, default 128
        MinHash permutations (more: better recall near the threshold, slower).
    exact_below : int, default 2000
        Corpora smaller than this compare all pairs exactly instead of using LSH.
    min_number_agreement : float, default 0.5
        Pairs that are not copies are only aligned when this share of the numbers of the
        document with fewer numbers recur in the other (template stories reused for new
        figures and other events on the same subject fail it).
    min_detail_agreement : float, default 0.7
        A rewrite must keep this share of the details (numbers, capitalised names) of the
        document with fewer details; an aligned sentence must keep half of its own.
    max_passages : int, default 4
        Aligned passages quoted per pair in ``shared_passages`` (the strongest, in text order).
    random_state : int, default 0
        Seed of the MinHash permutations (results are deterministic for a given seed).
    sentences : DataFrame, optional
        The corpus's sentences, already split (:func:`analysis.sentences`' output, e.g.
        ``data.sentences`` of a store written by :func:`analysis.annotate`): the verification
        takes them instead of splitting the documents again. Checked against the texts (a
        table of another corpus raises ``ValueError``); the result is the same with or without.

    Returns
    -------
    DataFrame
        One row per candidate pair, sorted by similarity (descending) then doc_a, doc_b:
        doc_a, doc_b, similarity (0-1: the larger share of either document's words in
        sentences aligned in order with the other), shared_passages (str: aligned passages,
        one per line as ``"a: ... || b: ..."``), derived (bool), kind ('copy', 'rewrite' or
        'related' for same-subject pairs that are not derived: at least one sentence aligned;
        a candidate pair with no aligned sentence and no copied text is not listed), reason (str: what the kind rests
        on; for a related pair, which test of a rewrite failed: a one-sentence item whose single
        sentence has a close counterpart has similarity 1.0 but is not a rewrite), verbatim (word 5-gram
        containment in the shorter document), coverage_a, coverage_b, n_aligned (aligned
        sentences), details (share of names and numbers in common), jaccard (of the
        content-word sets). ``attrs["skipped"]`` lists documents
        too short to compare.

    Examples
    --------
    >>> import pandas as pd
    >>> story = ("The city council of Lakeview approved a budget of 4.2 million dollars on Monday. "
    ...          "Mayor Dana Ortiz said the money would repair the old harbour bridge. "
    ...          "Work is due to start in March and finish within eighteen months. "
    ...          "Opposition councillor Felix Grant voted against the plan, citing rising costs.")
    >>> c = pd.DataFrame({"doc_id": ["wire", "copy"], "text": [story, story + " More soon."]})
    >>> text_reuse(c)[["doc_a", "doc_b", "derived", "kind"]]
      doc_a doc_b  derived  kind
    0  copy  wire     True  copy
    """
    if not {"doc_id", "text"} <= set(corpus.columns):
        raise ValueError("text_reuse needs the columns 'doc_id' and 'text' "
                         f"(it has: {', '.join(map(str, corpus.columns))})")
    ids_all = corpus["doc_id"].astype(str).tolist()
    if len(set(ids_all)) != len(ids_all):
        raise ValueError("text_reuse needs unique doc_id values")
    # only the columns it reads: a report's notebooks call it on frames with other columns
    # added (period, comparison), and the memo (analysis.store.memo) should see the same call
    used = corpus[[c for c in ("doc_id", "text", "published") if c in corpus.columns]].reset_index(drop=True)
    return _text_reuse(used, candidate_threshold=candidate_threshold, sentence_threshold=sentence_threshold,
                       derived_threshold=derived_threshold, copy_threshold=copy_threshold, min_words=min_words,
                       min_aligned_words=min_aligned_words, max_df=max_df, num_perm=num_perm,
                       exact_below=exact_below, min_number_agreement=min_number_agreement,
                       min_detail_agreement=min_detail_agreement, max_passages=max_passages,
                       random_state=random_state, sentences=sentences)


@memoized("text_reuse", ignore=("sentences",))
def _text_reuse(corpus: pd.DataFrame, *, candidate_threshold, sentence_threshold, derived_threshold,
                copy_threshold, min_words, min_aligned_words, max_df, num_perm, exact_below,
                min_number_agreement, min_detail_agreement, max_passages, random_state,
                sentences=None) -> pd.DataFrame:
    """:func:`text_reuse` on a frame of doc_id, text (and published), checked; computed once
    per report (the memo of :mod:`analysis.store.memo`; ``sentences``, the corpus's own
    sentences already split, only saves splitting them again, so it is not part of the key)."""
    ids_all = corpus["doc_id"].astype(str).tolist()
    texts_all = corpus["text"].fillna("").astype(str).tolist()
    dates_all = (pd.to_datetime(corpus["published"], errors="coerce").tolist()
                 if "published" in corpus.columns else [pd.NaT] * len(ids_all))

    # canonical order so that the result does not depend on row order
    order = sorted(range(len(ids_all)), key=lambda k: ids_all[k])
    norm = _Normalizer()
    ids, texts, dates, stems, skipped = [], [], [], [], []
    for k in progress(order, desc="text_reuse: tokens"):
        tokens = _WORD.findall(texts_all[k])
        if len(tokens) < min_words:
            skipped.append(ids_all[k])
            continue
        ids.append(ids_all[k])
        texts.append(texts_all[k])
        dates.append(dates_all[k])
        stems.append(norm.stems_of(tokens))

    sets = _feature_sets(stems, max_df=max_df, min_docs_for_df=200)
    if len(sets) < exact_below:
        cands = _exact_candidates(sets, candidate_threshold)
    else:
        cands = _lsh_candidates(sets, candidate_threshold, num_perm, random_state + 1)

    rows = _verify(cands, ids, texts, dates, norm, sentence_threshold, derived_threshold,
                   copy_threshold, min_aligned_words, max_passages, min_number_agreement,
                   min_detail_agreement, stored_sentences=sentences)
    out = pd.DataFrame(rows, columns=COLUMNS)
    if len(out):
        out = out.sort_values(["similarity", "doc_a", "doc_b"], ascending=[False, True, True],
                              kind="mergesort").reset_index(drop=True)
    out = out.astype({"similarity": "float64", "derived": "bool", "reason": "object", "verbatim": "float64",
                      "coverage_a": "float64", "coverage_b": "float64", "n_aligned": "int64", "details": "float64",
                      "jaccard": "float64"})
    out.attrs["skipped"] = sorted(skipped)
    return out


def _numbers(text: str) -> frozenset:
    """Distinct numbers of a text (thousands separators dropped): details a rewrite keeps."""
    return frozenset(m.replace(",", "") for m in _NUMBER.findall(text))


def _details(sentence: str, stop: frozenset) -> set:
    """Specific details of a sentence: numbers, and capitalised words after its first word
    (names of people, places, organisations). Template stories reuse the wording but change
    these; a rewrite keeps them."""
    out = set()
    for k, tok in enumerate(_WORD.findall(sentence)):
        if _NUM.search(tok):
            out.add(tok.replace(",", ""))
        elif k > 0 and tok[0].isupper():
            low = tok.lower().split("'")[0].split("\u2019")[0]
            if low not in stop and len(low) > 1:
                out.add(low)
    return out


class _Sentences:
    """TF-IDF sentence vectors of the involved documents, stored CSR-like in numpy arrays so
    that a pair's sentence-by-sentence cosines are a small dense product (no scipy overhead)."""

    def __init__(self, ids, texts, involved, norm, stored=None):
        from sklearn.feature_extraction.text import TfidfVectorizer

        from ..text.segment import sentences_of

        sents = sentences_of({ids[i]: texts[i] for i in involved}, stored)
        self.text = sents["text"].tolist()
        vec = TfidfVectorizer(analyzer=norm.stems, sublinear_tf=True, norm="l2", dtype=np.float64)
        x = vec.fit_transform(self.text).tocsr()
        x.sort_indices()
        self.indptr, self.indices, self.data = x.indptr, x.indices, x.data
        self.nwords = np.array([len(_WORD.findall(t)) for t in self.text], dtype=np.float64)
        stop = _stopwords()
        self.details = [_details(t, stop) for t in self.text]
        self._doc_details: dict = {}
        self.bounds = {}
        doc_col = sents["doc_id"].to_numpy()
        if len(doc_col):
            starts = np.flatnonzero(np.r_[True, doc_col[1:] != doc_col[:-1]])
            ends = np.r_[starts[1:], len(doc_col)]
            self.bounds = {doc_col[s]: (int(s), int(e)) for s, e in zip(starts, ends)}

    def doc_details(self, doc_id) -> set:
        if doc_id not in self._doc_details:
            s, e = self.bounds.get(doc_id, (0, 0))
            self._doc_details[doc_id] = set().union(*self.details[s:e])
        return self._doc_details[doc_id]

    def dense(self, s: int, e: int, vocab: np.ndarray) -> np.ndarray:
        """Rows s..e-1 as a dense matrix over ``vocab`` (sorted term ids)."""
        lo, hi = self.indptr[s], self.indptr[e]
        out = np.zeros((e - s, len(vocab)))
        rows = np.repeat(np.arange(e - s), np.diff(self.indptr[s:e + 1]))
        out[rows, np.searchsorted(vocab, self.indices[lo:hi])] = self.data[lo:hi]
        return out

    def pair_matrices(self, a, b):
        sa, ea = self.bounds.get(a, (0, 0))
        sb, eb = self.bounds.get(b, (0, 0))
        vocab = np.unique(np.r_[self.indices[self.indptr[sa]:self.indptr[ea]],
                                self.indices[self.indptr[sb]:self.indptr[eb]]])
        return (sa, ea, self.dense(sa, ea, vocab)), (sb, eb, self.dense(sb, eb, vocab))


def _windows(d: np.ndarray) -> np.ndarray | None:
    """L2-normalised sums of adjacent sentence vectors (a merged or split sentence's counterpart)."""
    if d.shape[0] < 2:
        return None
    w = d[:-1] + d[1:]
    n = np.linalg.norm(w, axis=1, keepdims=True)
    n[n == 0] = 1.0
    return w / n


def _pct(x: float, limit: float) -> str:
    """x as a percentage, with a decimal when rounding would make it read as the limit."""
    text = f"{x:.0%}"
    return f"{x:.1%}" if text == f"{limit:.0%}" and x != limit else text


def _reason(kind, verbatim, cov, n_aligned, aligned_words, details, derived_threshold,
            copy_threshold, min_aligned_words, min_detail_agreement) -> str:
    """What a pair's kind rests on, in words (the ``reason`` column of :func:`text_reuse`).

    ``similarity`` is the aligned share of one document; for a related pair it can be high (a
    one-sentence item whose sentence has a close counterpart), so the tests a rewrite failed
    are named with what a rewrite needs.
    """
    if kind == "copy":
        return f"{_pct(verbatim, copy_threshold)} of word 5-grams verbatim (a copy needs {copy_threshold:.0%})"
    sentences = f"{n_aligned} sentence{'' if n_aligned == 1 else 's'}"
    if kind == "rewrite":
        return f"{cov:.0%} aligned in order, {sentences}; names and numbers {details:.0%} alike"
    failed = []
    if cov < derived_threshold:
        failed.append(f"{_pct(cov, derived_threshold)} aligned (needs {derived_threshold:.0%})")
    if n_aligned < 2:
        failed.append(f"{sentences} aligned (needs 2)")
    if aligned_words < min_aligned_words:
        failed.append(f"{aligned_words} words aligned (needs {min_aligned_words})")
    if details < min_detail_agreement:
        failed.append(f"names/numbers {_pct(details, min_detail_agreement)} alike "
                      f"(needs {min_detail_agreement:.0%})")
    return "not a rewrite: " + "; ".join(failed) if failed else "not a rewrite"


def _verify(cands, ids, texts, dates, norm, sentence_threshold, derived_threshold,
            copy_threshold, min_aligned_words, max_passages, min_number_agreement,
            min_detail_agreement, stored_sentences=None) -> list[tuple]:
    if not cands:
        return []
    involved = sorted({i for pair in cands for i in pair})
    shingles = {i: {hash(t) for t in _shingles(_words(texts[i]))} for i in involved}
    numbers = {i: _numbers(texts[i]) for i in involved}

    # cheap checks first: a copy shares word 5-grams; a rewrite keeps the numbers of its
    # source. Pairs failing both (templates reused for other figures, other events on the
    # same subject) are dropped before the costly sentence alignment.
    kept = []
    for (i, j), jac in sorted(cands.items()):
        sh_a, sh_b = shingles[i], shingles[j]
        small = min(len(sh_a), len(sh_b))
        verbatim = len(sh_a & sh_b) / small if small else 0.0
        na, nb = numbers[i], numbers[j]
        fewer = min(len(na), len(nb))
        agreement = len(na & nb) / fewer if fewer else 1.0
        if verbatim >= copy_threshold or agreement >= min_number_agreement:
            kept.append((i, j, jac, verbatim))
    if not kept:
        return []

    sv = _Sentences(ids, texts, sorted({k for i, j, _, _ in kept for k in (i, j)}), norm, stored_sentences)
    rows = []
    for i, j, jac, verbatim in progress(kept, desc="text_reuse: verify"):
        # doc_a = the earlier publication when dates differ, else the smaller doc_id (i < j)
        if pd.notna(dates[i]) and pd.notna(dates[j]) and dates[j] < dates[i]:
            i, j = j, i
        a, b = ids[i], ids[j]
        (sa, ea, da), (sb, eb, db) = sv.pair_matrices(a, b)
        s_ab = da @ db.T
        wb, wa = _windows(db), _windows(da)
        det_a, det_b = sv.details[sa:ea], sv.details[sb:eb]
        m_ab, cov_a = _align(s_ab, None if wb is None else da @ wb.T, sv.nwords[sa:ea],
                             sentence_threshold, det_a, det_b, _SENTENCE_DETAILS)
        m_ba, cov_b = _align(s_ab.T, None if wa is None else db @ wa.T, sv.nwords[sb:eb],
                             sentence_threshold, det_b, det_a, _SENTENCE_DETAILS)
        # the side with the larger coverage speaks for the pair
        if cov_a >= cov_b:
            matches, src, dst, flip, cov = m_ab, sa, sb, False, cov_a
        else:
            matches, src, dst, flip, cov = m_ba, sb, sa, True, cov_b
        aligned_words = sum(sv.nwords[src + m[0]] for m in matches)
        # details of the whole documents: a rewrite keeps its source's names and numbers
        dd_a, dd_b = sv.doc_details(a), sv.doc_details(b)
        fewer = min(len(dd_a), len(dd_b))
        details = len(dd_a & dd_b) / fewer if fewer else 1.0
        is_copy = verbatim >= copy_threshold
        if not matches and not is_copy:
            # shared words (a template's: "Note: 1986 net includes ... vs yr-ago loss ...") and
            # no sentence of one in the other: no evidence of reuse, so no pair is reported
            continue
        is_rewrite = (cov >= derived_threshold and aligned_words >= min_aligned_words
                      and len(matches) >= 2 and details >= min_detail_agreement)
        derived = bool(is_copy or is_rewrite)
        kind = "copy" if is_copy else "rewrite" if is_rewrite else "related"
        reason = _reason(kind, verbatim, cov, len(matches), aligned_words, details,
                         derived_threshold, copy_threshold, min_aligned_words, min_detail_agreement)
        top = sorted(sorted(matches, key=lambda m: -m[3])[:max_passages])
        lines = []
        for si, j0, j1, _ in top:
            s_txt = _quote(sv.text[src + si])
            d_txt = _quote(" ".join(sv.text[dst + j0: dst + j1 + 1]))
            pa, pb = (d_txt, s_txt) if flip else (s_txt, d_txt)
            lines.append(f"a: {pa} || b: {pb}")
        rows.append((a, b, round(cov, 4), "\n".join(lines), derived, kind, reason, round(verbatim, 4),
                     round(cov_a, 4), round(cov_b, 4), len(matches), round(details, 4), round(jac, 4)))
    return rows


def story_groups(corpus: pd.DataFrame, reuse: pd.DataFrame | None = None) -> pd.DataFrame:
    """Group documents into stories: a document and its copies and rewrites are one story.

    Counting documents as independent evidence double-counts a wire story carried (or
    rewritten) by several outlets. This turns the pairs of :func:`text_reuse` into groups
    (connected components of the derived pairs), so that analyses can count each story once.

    Parameters
    ----------
    corpus : DataFrame with ``doc_id`` and ``text`` (``published`` used when present).
    reuse : DataFrame, optional
        Output of :func:`text_reuse` (doc_a, doc_b, derived); computed when not given.
        Derived pairs naming a document that is not in ``corpus`` are ignored with a warning.

    Returns
    -------
    DataFrame, one row per document of the corpus, in corpus order: doc_id, story (the
    doc_id of the story's representative: the earliest published version; between versions
    of the same date, which is the original cannot be told from the text, and the first by
    doc_id is taken, as in :func:`text_reuse`'s ``doc_a``), n_versions, weight
    (1 / n_versions, so a story sums to 1), and representative (bool).

    Examples
    --------
    >>> import pandas as pd
    >>> corpus = pd.DataFrame({"doc_id": ["a", "b", "c"], "text": ["x y", "x y z", "w"]})
    >>> pairs = pd.DataFrame({"doc_a": ["a"], "doc_b": ["b"], "derived": [True]})
    >>> story_groups(corpus, pairs)
      doc_id story  n_versions  weight  representative
    0      a     a           2     0.5            True
    1      b     a           2     0.5           False
    2      c     c           1     1.0            True
    """
    if "doc_id" not in corpus.columns:
        raise ValueError("story_groups needs a 'doc_id' column "
                         f"(it has: {', '.join(map(str, corpus.columns))})")
    ids = corpus["doc_id"].astype(str).tolist()
    if len(set(ids)) != len(ids):
        raise ValueError("story_groups needs unique doc_id values")
    if reuse is None:
        reuse = text_reuse(corpus)
    need = {"doc_a", "doc_b", "derived"}
    if not need <= set(reuse.columns):
        raise ValueError(f"a reuse table needs the columns {sorted(need)}; it has {list(reuse.columns)}")
    known = set(ids)
    derived = reuse[reuse["derived"].fillna(False).astype(bool)]
    outside = ~(derived["doc_a"].astype(str).isin(known) & derived["doc_b"].astype(str).isin(known))
    if outside.any():
        warnings.warn(f"story_groups: {int(outside.sum())} derived pair(s) name a doc_id that is not "
                      "in the corpus; they are ignored (was the reuse table computed on another "
                      "corpus?)", UserWarning, stacklevel=2)
    parent = {d: d for d in ids}

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in zip(derived["doc_a"].astype(str), derived["doc_b"].astype(str)):
        if a in known and b in known:
            ra, rb = find(a), find(b)
            if ra != rb:
                parent[max(ra, rb)] = min(ra, rb)
    dated, when = _date_keys(corpus, len(ids))
    members: dict[str, list[int]] = {}
    for i, d in enumerate(ids):
        members.setdefault(find(d), []).append(i)
    story, size = {}, {}
    for group in members.values():
        # earliest published first (undated last), then by id
        best = group[0] if len(group) == 1 else min(group, key=lambda i: (not dated[i], when[i], ids[i]))
        for i in group:
            story[i], size[i] = ids[best], len(group)
    out = pd.DataFrame({
        "doc_id": ids,
        "story": [story[i] for i in range(len(ids))],
        "n_versions": [size[i] for i in range(len(ids))],
    })
    out["weight"] = 1.0 / out["n_versions"]
    out["representative"] = out["doc_id"] == out["story"]
    return out


def _date_keys(corpus: pd.DataFrame, n: int) -> tuple[list, list]:
    """Per document: whether it has a publication date, and a value that orders the dates (0
    when undated), computed once for the whole column (comparing Timestamps one by one took
    seconds on 100,000 documents)."""
    if "published" not in corpus:
        return [False] * n, [0] * n
    pub = pd.to_datetime(corpus["published"], errors="coerce")
    dated = pub.notna().to_numpy()
    if isinstance(pub.dtype, pd.DatetimeTZDtype):
        pub = pub.dt.tz_convert("UTC").dt.tz_localize(None)
    if pub.dtype.kind == "M":
        when = np.where(dated, pub.to_numpy().view("int64"), 0).tolist()
    else:   # mixed values pandas keeps as objects: compared as they are
        when = [p if d else 0 for p, d in zip(pub.tolist(), dated)]
    return dated.tolist(), when
