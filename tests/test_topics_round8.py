"""Round 8 of the topic model (docs/topics-round8.md): terms counted as integer ids.

``fit_topics`` no longer turns every unit's terms into Python strings and hashes them twice
more (once to fit the vocabulary, once to count every unit): the ids of ``_analyze_flat``
are counted directly. Each rewritten step is compared here with the code it replaced
(reference versions kept in this file), and the whole output with the recording of round 7
(``tests/test_topics_round7.py`` checks it against ``tests/data/topics_round7_before.json``;
this file adds non-adjacent units of one document and sampled rows). Invented texts only.
"""
from __future__ import annotations

import random
import sys
import warnings
from collections import Counter
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from analysis.topics import model as M

sys.path.insert(0, str(Path(__file__).parent))
from _topic_corpus import THEMES, paragraph, themed_corpus  # noqa: E402

TRICKY = [
    "The U.S. and the U.N. met at 9 a.m. on Monday; North Korea's envoy didn't attend.",
    "O\u2019Brien said the WHO and the US would act \u2013 and DIE Zeit agreed (DAS too).",
    "White House National Security adviser met North Korea officials at the White House.",
    "A text with a NUL\x00 char and \x01 control, tabs\tand\nnew lines - dashes -- here.",
    "",
    "   ",
    "banks bank banks policies policy stories story ss glass glasses",
]


def _texts(n=300, seed=4):
    rng = random.Random(seed)
    out = []
    for i in range(n):
        text = paragraph(rng.choice(list(THEMES)), rng)
        if i % 5 == 0:
            text += " " + rng.choice(TRICKY)
        if i % 9 == 0:
            text = rng.choice(TRICKY)
        out.append(text)
    return out


def _analyze_reference(texts, phrases=True, stop_words=None):
    """``analyze`` as it was before round 8 (token lists built from the form ids)."""
    stop = M.news_stop_words() if stop_words is None else frozenset(w.lower() for w in stop_words)
    ids, cap, forms, ends = M._scan_corpus(list(texts), stop)
    if phrases:
        ids, cap, forms = M._learn_phrases_flat(ids, cap, forms)
    counts_arr = np.bincount(ids[ids >= 0], minlength=len(forms))
    counts = Counter({forms[i]: int(counts_arr[i]) for i in np.flatnonzero(counts_arr)})
    fold = M._plural_map(counts)
    names = np.array([fold.get(f, f) for f in forms] + [""], dtype=object)
    keep = ids >= 0
    kept = np.cumsum(np.r_[0, keep])
    flat = names[ids[keep]].tolist()
    b = kept[np.r_[0, ends]].tolist()
    out = [flat[x:y] for x, y in zip(b[:-1], b[1:])]
    return out, sorted({fold.get(t, t) for t in counts if "_" in t})


@pytest.mark.parametrize("phrases", [True, False])
def test_analyze_and_its_flat_arrays_equal_the_code_they_replaced(phrases):
    texts = _texts()
    ref, ref_learned = _analyze_reference(texts, phrases=phrases)
    assert M.analyze(texts, phrases=phrases) == (ref, ref_learned)
    tok, names, lens, learned = M._analyze_flat(texts, phrases=phrases)
    assert learned == ref_learned
    assert lens.tolist() == [len(s) for s in ref]
    assert M._token_lists(tok, lens, names) == ref
    assert len(set(names.tolist())) == len(names)            # one id per distinct term
    if phrases:
        assert any("_" in t for t in names.tolist())          # names were merged (the case is tested)
    # plural folding maps several forms to one term: still one id per term
    assert M.analyze(["banks bank banks", "bank banks"], phrases=False)[0] == [["banks"] * 3, ["banks"] * 2]


def test_analyze_flat_of_no_text_and_of_empty_texts():
    tok, names, lens, learned = M._analyze_flat([])
    assert len(tok) == 0 and len(lens) == 0 and learned == []
    tok, names, lens, _ = M._analyze_flat(["", "  ", "the of"])
    assert lens.tolist() == [0, 0, 0] and M._token_lists(tok, lens, names) == [[], [], []]


def test_first_appearance_equals_factorizing_the_strings():
    rng = np.random.default_rng(0)
    names = np.array([f"t{i}" for i in range(50)], dtype=object)
    for n in (0, 1, 7, 500):
        tok = rng.integers(0, 50, n)
        codes, order = M._first_appearance(tok, len(names))
        ref_codes, ref_uniques = pd.factorize(np.array(names[tok].tolist(), dtype=object), sort=False)
        assert codes.tolist() == ref_codes.tolist()
        assert names[order].tolist() == list(ref_uniques)


def test_gather_and_join_equal_list_operations():
    rng = np.random.default_rng(1)
    seqs = [list(rng.integers(0, 30, rng.integers(0, 6))) for _ in range(40)]
    lens = np.array([len(s) for s in seqs], dtype=np.int64)
    tok = np.array([t for s in seqs for t in s], dtype=np.int64)
    for rows in (np.arange(40), np.sort(rng.choice(40, 25, replace=False)),
                 rng.permutation(40)[:10], np.array([3, 3, 0]), np.array([], dtype=np.int64)):
        sub, sub_lens = M._gather(tok, lens, rows)
        ref = [seqs[i] for i in rows]
        assert sub_lens.tolist() == [len(s) for s in ref]
        assert sub.tolist() == [t for s in ref for t in s]
    for codes in (np.repeat(np.arange(10), 4),                   # units of a document adjacent
                  rng.integers(0, 10, 40), np.r_[np.arange(10), np.arange(10)[::-1], np.zeros(20, int)]):
        _, n_groups = np.unique(codes, return_counts=True)
        groups = [[] for _ in range(int(codes.max()) + 1)]
        for c, s in zip(codes, seqs):                         # the loop of fit_topics before
            groups[c].extend(s)
        joined, joined_lens = M._join_by_code(tok, lens, codes, len(groups))
        assert joined_lens.tolist() == [len(g) for g in groups]
        assert joined.tolist() == [t for g in groups for t in g]


@pytest.mark.parametrize("min_df,max_df,max_features", [(1, 1.0, None), (2, 0.95, None), (2, 0.5, 40)])
def test_term_counts_from_ids_equal_those_from_strings(min_df, max_df, max_features):
    texts = _texts()
    tok, names, lens, _ = M._analyze_flat(texts)
    seqs = M._token_lists(tok, lens, names)
    fit_rows = np.sort(np.random.default_rng(2).choice(len(seqs), 200, replace=False))
    a = M._TermCounts(min_df=min_df, max_df=max_df, max_features=max_features)
    b = M._TermCounts(min_df=min_df, max_df=max_df, max_features=max_features)
    Xa = a.fit_transform([seqs[i] for i in fit_rows])
    Xb = b.fit_transform_ids(*M._gather(tok, lens, fit_rows), names)
    assert a.vocabulary_ == b.vocabulary_
    assert a.get_feature_names_out().tolist() == b.get_feature_names_out().tolist()
    # the same entries in the same order in every row (the NMF's sums follow that order)
    for X, Y in ((Xa, Xb), (a.transform(seqs), b.transform_ids(tok, lens, names))):
        assert X.shape == Y.shape
        assert np.array_equal(X.indptr, Y.indptr) and np.array_equal(X.indices, Y.indices)
        assert np.array_equal(X.data, Y.data) and X.data.dtype == Y.data.dtype


def _fit(frame, **kw):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return M.fit_topics(frame, reuse=False, **kw)


def _strings_fit_reference(frame, by_doc=True):
    """Fitted and all-unit term counts as fit_topics built them before round 8 (strings)."""
    units = M._units(frame.assign(doc_id=frame["doc_id"].astype(str)), "paragraph")
    stop, _ = M.topic_stop_words(frame)
    seqs, _ = M.analyze(units["text"].tolist(), stop_words=stop)
    fit_seqs = seqs
    if by_doc:
        codes, doc_ids = pd.factorize(units["doc_id"], sort=False)
        fit_seqs = [[] for _ in doc_ids]
        for c, sq in zip(codes, seqs):
            fit_seqs[c].extend(sq)
    vec = M._TermCounts(min_df=2, max_df=0.95)
    return vec.fit_transform([s for s in fit_seqs if s]), vec.transform(seqs)


@pytest.mark.parametrize("fit_on", ["document", "unit"])
def test_term_counts_of_a_fit_equal_those_built_from_strings(fit_on):
    frame = themed_corpus(n_docs=40, paras_per_doc=3, seed=8)
    frame.loc[4, "text"] = ""                     # a document without paragraphs (appended unit)
    frame.loc[9, "text"] = " \n\n \t"
    frame.loc[12, "text"] = "The of and."          # a unit without terms
    model = _fit(frame, k=3, fit_on=fit_on)
    assert model.fit_on == fit_on
    counts_fit, counts_all = _strings_fit_reference(frame, by_doc=fit_on == "document")
    # as before round 8: the integer counts turned into floats by scipy's astype, which sums
    # duplicates and so sorts each row's entries by column (the NMF's sums follow that order)
    for X, ref in ((model._fit_state["counts"], counts_fit.astype(np.float64)),
                   (model._fit_state["unit_counts"], counts_all.astype(np.float64))):
        assert X.dtype == ref.dtype == np.float64
        assert X.shape == ref.shape
        assert np.array_equal(X.indptr, ref.indptr) and np.array_equal(X.indices, ref.indices)
        assert np.array_equal(X.data, ref.data)
    assert model._units["n_terms"].tolist() == [len(s) for s in M.analyze(
        model._units["text"].tolist(), stop_words=M.topic_stop_words(frame)[0])[0]]


def test_same_seed_twice_identical_with_a_fitted_sample():
    frame = themed_corpus(n_docs=50, paras_per_doc=3, seed=9)
    one = _fit(frame, k=3, max_fit_rows=30)
    two = _fit(frame, k=3, max_fit_rows=30)
    assert one.n_fitted == 30
    pd.testing.assert_frame_equal(one.document_topics(), two.document_topics(), check_exact=True)
    assert np.array_equal(one.components, two.components)
    # every unit placed, also those of documents outside the sample
    assert one.document_topics()["dominant_topic"].notna().all()


def _random_texts(n=300, seed=11):
    """Texts of words, acronyms, contractions, numbers, punctuation, dashes between spaces,
    non-Latin letters and digits, NUL and the border character."""
    rng = random.Random(seed)
    pieces = ["U.S.", "a.m.", "e.g.", "O'Brien", "Korea\u2019s", "didn't", "3.5", "1990s", "4th",
              " - ", " \u2013 ", "--", "(", ")", "\u201c", "\u201d", ",", ";", "!", "?", ".",
              "\u00e9t\u00e9", "\u0645\u0631\u062d\u0628\u0627", "\u4e2d\u56fd", "\u0661\u0662",
              "\u00b2", "foo_bar", "_x", "\x00", "\x01", "\n\n", "\t", "WHO", "the", "and",
              "North", "Korea", "White", "House", "bank", "banks", "x", "I", "A.B", "z.y.x."]
    return ["".join(rng.choice(pieces) + rng.choice(["", " ", "  "]) for _ in range(rng.randint(0, 40)))
            for _ in range(n)]


def test_the_kind_of_a_scanned_key_is_that_of_the_scan_pattern():
    texts = _random_texts() + _texts()
    keys = set(M._SCAN_FLAT.findall(M._BORDER.join(texts) + M._BORDER)) - {M._BORDER}
    kinds = Counter()
    for key in keys:
        kind = M._SCAN.match(key).lastgroup
        # the rule _scan_corpus uses instead of matching every distinct key again
        assert kind == ("brk" if not key[0].isalnum() else "acr" if key[-1] == "." else "tok"), key
        kinds[kind] += 1
    assert min(kinds[k] for k in ("acr", "tok", "brk")) > 0


def test_collapsed_breaks_give_the_same_terms_names_and_text_ends():
    for texts in (_random_texts(), _texts(), ["", "the", "North Korea", "", "and the ,", "North Korea"] * 5):
        stop = M.news_stop_words()
        ids, cap, forms, ends = M._scan_corpus(texts, stop)
        c_ids, c_cap, c_ends = M._collapse_breaks(ids, cap, ends)
        neg = c_ids < 0
        assert not (neg[1:] & neg[:-1]).any()                 # no two breaks in a row
        assert np.array_equal(c_ids[c_ids >= 0], ids[ids >= 0])
        kept = np.cumsum(np.r_[0, ids >= 0])[np.r_[0, ends]]
        c_kept = np.cumsum(np.r_[0, c_ids >= 0])[np.r_[0, c_ends]]
        assert np.array_equal(kept, c_kept)
        # phrase learning on either gives the same terms, in the same texts
        a_ids, _, a_forms = M._learn_phrases_flat(ids, cap, forms, min_count=2)
        b_ids, _, b_forms = M._learn_phrases_flat(c_ids, c_cap, forms, min_count=2)
        assert a_forms == b_forms
        assert np.array_equal(a_ids[a_ids >= 0], b_ids[b_ids >= 0])
        assert np.array_equal(np.cumsum(np.r_[0, a_ids >= 0])[np.r_[0, ends]],
                              np.cumsum(np.r_[0, b_ids >= 0])[np.r_[0, c_ends]])
    assert any("_" in f for f in a_forms)                      # names were learned in the last case
