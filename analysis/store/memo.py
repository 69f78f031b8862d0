"""Corpus-level results computed once per report: a memo beside the store.

The notebooks of a report run in separate kernels, and several of them call the same
corpus-level step on the same documents: :func:`analysis.text_reuse` runs in 00 and again
inside :func:`analysis.fit_topics` (01 and 03) and :func:`analysis.story_groups` (02, 04);
03 fits the same topic model as 01. On 100,000 documents each of these takes minutes. A
function decorated with :func:`memoized` keeps its result in ``<store>/memo/`` while a memo
folder is active (inside ``python -m analysis report``: the report's store, named by the
``ANALYSIS_STORE`` environment variable; elsewhere: :func:`use_memo`), and returns the kept
result when it is called again with **equal arguments** and **the same library code**:

- the key is a SHA-256 of the function's name, every argument (a DataFrame by its column
  names, dtypes, index and every value, with ``pandas.util.hash_pandas_object``; other
  values by ``repr``) and of the library's own code and data files (any edit to
  ``analysis/`` gives new keys; entries of an older code are removed when a new one is
  written);
- an argument that cannot be hashed (an object without a stable ``repr``, a column holding
  lists) makes the call compute as if there were no memo;
- the warnings the function gave are kept with the result and given again (same message,
  category and source line) on every call, so a notebook that shows them shows the same;
- a memo entry is written to a temporary file and renamed, so a half-written entry is
  never read; an unreadable entry is computed again.

Without an active memo folder (a notebook run by hand, a script) the functions compute as
always. The results are the function's own: a memo only avoids computing them twice.

Examples
--------
>>> import tempfile, pandas as pd
>>> from analysis.store.memo import memoized, use_memo
>>> calls = []
>>> @memoized("example")
... def double(frame, factor=2):
...     calls.append(1)
...     return frame * factor
>>> with tempfile.TemporaryDirectory() as folder:
...     with use_memo(folder):
...         a = double(pd.DataFrame({"x": [1, 2]}))
...         b = double(pd.DataFrame({"x": [1, 2]}))
>>> len(calls), a.equals(b)
(1, True)
"""
from __future__ import annotations

import contextlib
import functools
import hashlib
import os
import pickle
import warnings
from pathlib import Path

import pandas as pd

#: the environment variable naming the report's store (as in :mod:`analysis.report.run`)
STORE_ENV = "ANALYSIS_STORE"
#: an explicit memo folder (set by :func:`use_memo`), before the store's
MEMO_ENV = "ANALYSIS_MEMO"
SUBFOLDER = "memo"


class _Unhashable(Exception):
    pass


@functools.lru_cache(maxsize=1)
def code_digest() -> str:
    """SHA-256 of every file of the ``analysis`` package (code and data), computed once per process."""
    root = Path(__file__).resolve().parents[1]
    h = hashlib.sha256()
    for path in sorted(root.rglob("*")):
        if not path.is_file() or "__pycache__" in path.parts or path.suffix == ".pyc":
            continue
        h.update(path.relative_to(root).as_posix().encode())
        h.update(path.read_bytes())
    return h.hexdigest()


def memo_folder() -> Path | None:
    """The active memo folder: :func:`use_memo`'s, else ``<ANALYSIS_STORE>/memo``, else None."""
    explicit = os.environ.get(MEMO_ENV)
    if explicit:
        return Path(explicit)
    store = os.environ.get(STORE_ENV)
    if store and Path(store).is_dir():
        return Path(store) / SUBFOLDER
    return None


@contextlib.contextmanager
def use_memo(folder):
    """Make ``folder`` the memo folder inside a ``with`` block (None: no memo)."""
    old = os.environ.get(MEMO_ENV)
    old_store = os.environ.get(STORE_ENV)
    if folder is None:
        os.environ.pop(MEMO_ENV, None)
        os.environ.pop(STORE_ENV, None)
    else:
        os.environ[MEMO_ENV] = str(folder)
    try:
        yield
    finally:
        for name, value in ((MEMO_ENV, old), (STORE_ENV, old_store)):
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def _feed(h, value) -> None:
    if isinstance(value, pd.DataFrame):
        h.update(b"DataFrame")
        h.update(repr([(str(c), str(t)) for c, t in value.dtypes.items()]).encode())
        try:
            h.update(pd.util.hash_pandas_object(value, index=True).to_numpy().tobytes())
        except TypeError as err:  # a column holding lists or dicts
            raise _Unhashable(str(err)) from None
    elif isinstance(value, pd.Series):
        h.update(b"Series")
        h.update(str(value.name).encode() + str(value.dtype).encode())
        try:
            h.update(pd.util.hash_pandas_object(value, index=True).to_numpy().tobytes())
        except TypeError as err:
            raise _Unhashable(str(err)) from None
    elif value is None or isinstance(value, (bool, int, float, str, bytes, range)):
        h.update(repr((type(value).__name__, value)).encode())
    elif isinstance(value, (list, tuple)):
        h.update(f"{type(value).__name__}{len(value)}".encode())
        for v in value:
            _feed(h, v)
    elif isinstance(value, (set, frozenset)):
        h.update(f"set{len(value)}".encode())
        for v in sorted(value, key=repr):
            _feed(h, v)
    elif isinstance(value, dict):
        h.update(f"dict{len(value)}".encode())
        for k in sorted(value, key=repr):
            _feed(h, k)
            _feed(h, value[k])
    else:
        raise _Unhashable(type(value).__name__)


def memo_key(name: str, args: tuple, kwargs: dict) -> str:
    """The memo key of a call (raises an internal error for arguments that cannot be hashed)."""
    h = hashlib.sha256(name.encode())
    _feed(h, list(args))
    _feed(h, dict(kwargs))
    return h.hexdigest()


def _replay(caught) -> None:
    for message, category, filename, lineno in caught:
        warnings.warn_explicit(message, category, filename, lineno)


def memoized(name: str, ignore: tuple = ()):
    """Decorator: keep the function's result (and its warnings) in the active memo folder.

    ``ignore``: names of keyword arguments left out of the key, for arguments that only say
    *how* to compute a result the other arguments determine (e.g. the stored sentences of the
    corpus, which :func:`analysis.sentences` would give again): calls with and without them
    share one entry.
    """
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            folder = memo_folder()
            if folder is None:
                return fn(*args, **kwargs)
            try:
                key = memo_key(name, args, {k: v for k, v in kwargs.items() if k not in ignore})
            except _Unhashable:
                return fn(*args, **kwargs)
            code = code_digest()[:16]
            path = folder / f"{name}-{code}-{key[:32]}.pkl"
            if path.exists():
                try:
                    with open(path, "rb") as fh:
                        result, caught = pickle.load(fh)
                except Exception:  # noqa: BLE001 - an unreadable entry is computed again
                    pass
                else:
                    _replay(caught)
                    return result
            with warnings.catch_warnings(record=True) as recorded:
                warnings.simplefilter("always")
                result = fn(*args, **kwargs)
            caught = [(w.message, w.category, w.filename, w.lineno) for w in recorded]
            try:
                folder.mkdir(parents=True, exist_ok=True)
                tmp = path.with_suffix(f".{os.getpid()}.tmp")
                with open(tmp, "wb") as fh:
                    pickle.dump((result, caught), fh, protocol=pickle.HIGHEST_PROTOCOL)
                os.replace(tmp, path)
                for old in folder.glob(f"{name}-*.pkl"):
                    if not old.name.startswith(f"{name}-{code}-"):
                        old.unlink(missing_ok=True)
            except (OSError, pickle.PicklingError, TypeError, AttributeError):
                pass  # a read-only store or an unpicklable result: computed, not kept
            _replay(caught)
            return result
        wrapper.__wrapped_uncached__ = fn
        return wrapper
    return deco
