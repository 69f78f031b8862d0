"""The faster tokeniser, term counts and KL projection of analysis.topics.model give the same
output as the straightforward code they replaced (issue 14, round 4; texts written for the test).

The reference implementations below are the previous versions of ``_scan_corpus`` and
``_learn_phrases_flat`` (a regular-expression scan per text with groups, and a Python loop
over pairs), kept here only to check the new ones token by token.
"""
from __future__ import annotations

import math
import random
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from scipy import sparse
from sklearn.decomposition import non_negative_factorization
from sklearn.feature_extraction.text import CountVectorizer, TfidfTransformer

from analysis.topics import model as M

sys.path.insert(0, str(Path(__file__).parent))
from _topic_corpus import THEMES, paragraph  # noqa: E402

_TITLES = M._TITLES


def _old_scan_corpus(texts, stop):
    """All texts as flat arrays: term id per token (-1 at phrase and text breaks), capitalised
    flag per token, the term forms, and each text's end offset.

    Tokens are classified once per distinct spelling, so the cost is one regular-expression
    scan of the text plus array operations.
    """
    keys, ends = [], []
    for text in texts:
        # an acronym always contains "." and a word never does, so one key tells them apart
        keys.extend(acr or tok or "" for acr, tok, _ in M._SCAN.findall(text))
        keys.append("")                          # texts never form pairs across their border
        ends.append(len(keys))
    codes, uniques = pd.factorize(pd.Series(keys, dtype=object), sort=False)
    forms, form_id = {}, np.full(len(uniques), -1, dtype=np.int64)
    caps = np.zeros(len(uniques), dtype=bool)
    for i, key in enumerate(uniques):
        if not key:
            continue
        r = M._classify(key, "." in key, stop)
        if r is not None:
            form_id[i] = forms.setdefault(r[0], len(forms))
            caps[i] = r[1]
    ids = form_id[codes] if len(codes) else np.zeros(0, dtype=np.int64)
    cap = caps[codes] if len(codes) else np.zeros(0, dtype=bool)
    return ids, cap, list(forms), np.asarray(ends, dtype=np.int64)


def _old_learn_phrases_flat(ids, cap, forms, n_passes: int = 2, min_count: int | None = None):
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
    for _ in range(n_passes):
        # live tokens and breaks, without the positions emptied by earlier merges: pairs of
        # neighbouring live tokens are the candidate names
        pos = np.flatnonzero(ids != M._EMPTIED)
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
        merges = {}
        for j in np.flatnonzero(cnt >= min_count):
            fa, fb = divmod(int(uk[j]), V)
            A, B = forms[fa], forms[fb]
            c = int(cnt[j])
            if B in M._TITLES or not M._TITLES.isdisjoint(A.split("_")):
                continue
            if cased and cap_cnt[j] * 2 < c:
                continue
            if A.isupper() and B.isupper():
                continue
            p_ab = c / n
            npmi = (math.log(p_ab / (uni[fa] / n * uni[fb] / n)) / -math.log(p_ab)
                    if p_ab < 1 else 1.0)
            if npmi >= threshold:
                merges[fa, fb] = npmi
        if not merges:
            break
        # greedy left to right, as in reading: a pair is merged unless the pair to its right
        # binds more strongly ("White House National Security": not (house, national))
        score = np.full(len(comp_ids), np.nan)
        cand = np.flatnonzero(np.r_[ok, False])
        if len(cand):
            pa, pb = comp_ids[cand], comp_ids[cand + 1]
            vals = np.array([merges.get((int(x), int(y)), np.nan) for x, y in zip(pa, pb)])
            score[cand] = vals
        has = np.flatnonzero(~np.isnan(score))
        new_ids, new_cap = comp_ids.copy(), comp_cap.copy()
        drop = np.zeros(len(comp_ids), dtype=bool)
        merged_id = {}
        skip_until = -1
        for i in has:
            if i <= skip_until:
                continue
            sc = score[i]
            right = score[i + 1] if i + 1 < len(score) else np.nan
            if not np.isnan(right) and right > sc:
                continue
            pair = (int(comp_ids[i]), int(comp_ids[i + 1]))
            mid = merged_id.get(pair)
            if mid is None:
                name = f"{forms[pair[0]]}_{forms[pair[1]]}"
                mid = merged_id[pair] = len(forms)
                forms.append(name)
            new_ids[i] = mid
            new_cap[i] = comp_cap[i] and comp_cap[i + 1]
            drop[i + 1] = True
            skip_until = i + 1
        ids = ids.copy()
        cap = cap.copy()
        ids[comp_pos] = np.where(drop, M._EMPTIED, new_ids)
        cap[comp_pos] = np.where(drop, False, new_cap)
        # a merged name may spell an existing form (learned twice): one id per form
        ids, forms = M._dedupe_forms(ids, forms)
    return ids, cap, forms




TRICKY = [
    "The U.S. and the U.N. met at 9 a.m. on Monday; North Korea's envoy didn't attend.",
    "O\u2019Brien said the WHO and the US would act \u2013 and DIE Zeit agreed (DAS too).",
    "North Korea fired 3 missiles in the 1990s, 2.5m people, 4th time: \u201cenough\u201d, said Lee.",
    "White House National Security adviser met North Korea officials at the White House.",
    "Z\u00fcrich-based bank UBS and S.A. de C.V. firms; foo_bar 123 456,7 \u00e9t\u00e9 caf\u00e9s.",
    "A text with a NUL\x00 char and \x01 control, tabs\tand\nnew lines - dashes -- here.",
    "",
    "   ",
    "President Xi met Premier Li; Prime Minister Smith met King Charles and Pope Francis.",
    "banks bank banks policies policy stories story ss glass glasses",
]


def _texts(n=400, seed=3):
    rng = random.Random(seed)
    out = []
    for i in range(n):
        theme = rng.choice(list(THEMES))
        text = paragraph(theme, rng)
        if i % 7 == 0:
            text += " " + rng.choice(TRICKY)
        if i % 11 == 0:
            text = text.upper()
        if i % 13 == 0:
            text = text.lower()
        out.append(text)
    return out + TRICKY


@pytest.mark.parametrize("stop", [None, frozenset({"the", "and", "a", "of", "die", "das"})])
def test_scan_corpus_matches_the_per_text_scan(stop):
    stop = M.news_stop_words() if stop is None else stop
    texts = _texts()
    new = M._scan_corpus(texts, stop)
    old = _old_scan_corpus(texts, stop)
    assert np.array_equal(new[0], old[0]) and np.array_equal(new[1], old[1])
    assert new[2] == old[2] and np.array_equal(new[3], old[3])
    empty = M._scan_corpus([], stop)
    assert len(empty[0]) == 0 and len(empty[3]) == 0


@pytest.mark.parametrize("seed", [3, 4])
def test_learn_phrases_matches_the_pair_loop(seed):
    stop = M.news_stop_words()
    texts = _texts(seed=seed) * 2
    ids, cap, forms, _ = M._scan_corpus(texts, stop)
    for min_count in (None, 2, 5):
        new = M._learn_phrases_flat(ids, cap, forms, min_count=min_count)
        old = _old_learn_phrases_flat(ids, cap, forms, min_count=min_count)
        assert np.array_equal(new[0], old[0]) and np.array_equal(new[1], old[1])
        assert new[2] == old[2]
        assert any("_" in f for f in new[2])        # names were learned: the check is not empty


def test_analyze_keeps_its_tokens():
    docs, learned = M.analyze(TRICKY * 4)
    assert docs[0] == ["US", "UN", "met", "north_korea", "envoy", "attend"]
    assert "\x00" not in "".join(t for d in docs for t in d)
    assert docs[6] == [] and docs[7] == []
    assert "north_korea" in learned and "white_house" in learned


def _same_csr(a, b):
    a, b = sparse.csr_matrix(a), sparse.csr_matrix(b)
    return (a.shape == b.shape and a.dtype == b.dtype and np.array_equal(a.indptr, b.indptr)
            and np.array_equal(a.indices, b.indices) and np.array_equal(a.data, b.data))


@pytest.mark.parametrize("min_df,max_df,max_features", [(2, 0.95, 20000), (1, 1.0, None),
                                                        (2, 0.95, 40), (1, 0.5, 15)])
def test_term_counts_equal_countvectorizer(min_df, max_df, max_features):
    docs, _ = M.analyze(_texts())
    docs = [d for d in docs if d]
    ref = CountVectorizer(analyzer=M._identity, min_df=min_df, max_df=max_df,
                          max_features=max_features)
    new = M._TermCounts(min_df=min_df, max_df=max_df, max_features=max_features)
    assert _same_csr(ref.fit_transform(docs), new.fit_transform(docs))   # entries in the same order
    assert list(ref.get_feature_names_out()) == list(new.get_feature_names_out())
    other = docs[::-1] + [[], ["never-seen-term"]]
    assert _same_csr(ref.transform(other), new.transform(other))


@pytest.mark.parametrize("k", [2, 5, 8, 11])
def test_kl_projection_equals_scikit_learn(k):
    docs, _ = M.analyze(_texts())
    counts = M._TermCounts(min_df=2).fit_transform([d for d in docs if d]).astype(float)
    X = TfidfTransformer().fit_transform(counts)
    H = M._as_distributions(np.random.RandomState(k).rand(k, X.shape[1]) ** 3)
    for max_iter in (7, 400):
        ref, _, _ = non_negative_factorization(X, H=H, n_components=k, init="custom",
                                               update_H=False, solver="mu",
                                               beta_loss="kullback-leibler", max_iter=max_iter)
        np.testing.assert_allclose(M._nmf_place(X, H, 0, max_iter=max_iter), ref, rtol=1e-9)
    old = M.KL_GATHER_LIMIT
    try:
        M.KL_GATHER_LIMIT = 0                        # the memory-bounded path
        np.testing.assert_allclose(M._nmf_place(X, H, 0, max_iter=400), ref, rtol=1e-9)
    finally:
        M.KL_GATHER_LIMIT = old
