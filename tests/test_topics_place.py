"""The KL placement of units under fixed topics (topics.model._nmf_place) gives what
scikit-learn's multiplicative update gives (bit for bit until round 5; since the row products are
summed by einsum, equal up to rounding: relative 1e-9), only faster (scale work, issue 12)."""
from __future__ import annotations

import warnings

import numpy as np
import pytest
from scipy import sparse
from sklearn.decomposition import non_negative_factorization

from analysis.topics import model as tm


def sklearn_place(X, H, max_iter):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        W, _, _ = non_negative_factorization(X, H=H, n_components=H.shape[0], init="custom",
                                             update_H=False, solver="mu", beta_loss="kullback-leibler",
                                             max_iter=max_iter, random_state=0)
    return W


def random_case(seed, n=400, m=300, k=3):
    rng = np.random.default_rng(seed)
    nnz = rng.integers(0, 25, n)              # some rows without any term
    rows = np.repeat(np.arange(n), nnz)
    cols = rng.integers(0, m, nnz.sum())
    vals = rng.random(len(cols)) * rng.choice([1.0, 1e-9], len(cols), p=[0.97, 0.03])  # some below EPSILON
    X = sparse.csr_matrix((vals + 1e-12, (rows, cols)), shape=(n, m))
    X.sum_duplicates()
    X.sort_indices()
    H = rng.random((k, m)) ** 3
    H[:, rng.integers(0, m, 20)] = 0.0        # terms no topic uses
    H = H / H.sum(axis=1, keepdims=True)
    return X, H


@pytest.mark.parametrize("k", [1, 2, 3, 5, 7, 8, 9, 12, 16, 19])
def test_same_bits_as_scikit_learn(k):
    X, H = random_case(k, k=k)
    for max_iter in (1, 10, 25, 200):
        expected = sklearn_place(X, H, max_iter)
        got = tm._nmf_place(X, H, 0, max_iter=max_iter)
        np.testing.assert_allclose(got, expected, rtol=1e-9, atol=1e-300, err_msg=f"k={k}, max_iter={max_iter}")


def test_a_topic_with_no_weight_and_a_row_subset():
    X, H = random_case(99, k=4)
    H[2] = 0.0
    rows = np.array([5, 1, 1, 300, 42])       # as the bootstrap selects units (repeats allowed)
    np.testing.assert_allclose(tm._nmf_place(X[rows], H, 0, max_iter=200), sklearn_place(X[rows], H, 200), rtol=1e-9)


def test_inputs_in_other_formats_give_scikit_learns_weights():
    X, H = random_case(7)
    unsorted = X.copy()
    unsorted.has_sorted_indices = False
    unsorted.indices = unsorted.indices.copy()
    s, e = unsorted.indptr[0], unsorted.indptr[1]
    unsorted.indices[s:e] = unsorted.indices[s:e][::-1]
    unsorted.data[s:e] = unsorted.data[s:e][::-1]
    with_zero = X.copy()
    with_zero.data[0] = 0.0
    zero_dropped = with_zero.copy()
    zero_dropped.eliminate_zeros()
    # (scikit-learn itself fails on unsorted indices: its weights for the same matrix, sorted)
    for odd, same in ((unsorted, X), (with_zero, zero_dropped), (X.astype(np.float32), X), (X.tocsc(), X)):
        np.testing.assert_allclose(tm._nmf_place(odd, H, 0), sklearn_place(same, H, 200), rtol=1e-5, atol=1e-12)
