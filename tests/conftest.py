"""Shared test helpers: one corpus builder (``make_corpus``) and headless Chromium for the
browser checks."""
from __future__ import annotations

import shutil

import pandas as pd
import pytest

#: the columns and dtypes :func:`analysis.load_corpus` returns (its column contract)
CONTRACT_DTYPES = {"doc_id": "str", "title": "str", "author": "str", "outlet": "str",
                   "published": "datetime64[ns]", "date_basis": "str", "text": "str",
                   "raw_text": "str", "n_words": "int64", "source_path": "str", "encoding": "str",
                   "language": "str"}


def build_corpus(*texts, dates=None, ids=None, **columns) -> pd.DataFrame:
    """A corpus DataFrame with the column contract :func:`analysis.load_corpus` produces.

    ``texts`` are the documents' clean text (None for a missing one); ``dates`` their
    publication dates (strings, Timestamps or None; all NaT when omitted); ``ids`` their
    ``doc_id`` (default ``d0``, ``d1`` ...). Any other column is given by keyword, one value per
    document (a contract column given this way replaces the default, e.g. ``raw_text=``,
    ``language=``); extra columns follow the contract ones, as a table corpus's do. With no
    texts, the number of documents comes from ``dates``, ``ids`` or a keyword column.
    The defaults are what a folder of plain-text files gives: no title, author or outlet,
    ``raw_text`` equal to ``text``, ``language`` not detected (None: every analysis keeps the
    document), ``date_basis`` "metadata" where a date is given and "unknown" where not.
    """
    if "published" in columns:
        dates = columns.pop("published")
    n = len(texts) or next((len(v) for v in (dates, ids, *columns.values())
                            if v is not None and not isinstance(v, (str, int, float))), 0)
    if texts and n != len(texts):
        raise ValueError("one text per document")
    text = list(texts) if texts else [""] * n
    ids = [f"d{i}" for i in range(n)] if ids is None else [str(i) for i in ids]
    published = pd.to_datetime(pd.Series(list(dates) if dates is not None else [None] * n,
                                         dtype="object")).astype("datetime64[ns]")
    data = {
        "doc_id": ids, "title": [None] * n, "author": [None] * n, "outlet": [None] * n,
        "published": published,
        "date_basis": ["unknown" if pd.isna(d) else "metadata" for d in published],
        "text": text, "raw_text": text,
        "n_words": [len(str(t).split()) if t is not None else 0 for t in text],
        "source_path": [f"{i}.txt" for i in ids], "encoding": ["utf-8"] * n,
        "language": [None] * n,
    }
    for name, values in columns.items():
        data[name] = [values] * n if isinstance(values, (str, int, float)) or values is None \
            else list(values)
    corpus = pd.DataFrame({k: (pd.Series(v, dtype=CONTRACT_DTYPES[k]) if k in CONTRACT_DTYPES
                               else pd.Series(v)) for k, v in data.items()})
    corpus.attrs["problems"] = pd.DataFrame(columns=["source_path", "doc_id", "problem", "action"])
    return corpus


def quotes_of(*texts) -> pd.DataFrame:
    """``extract_quotes`` over invented texts, one document each (ids 0, 1, ...)."""
    import analysis
    return analysis.extract_quotes(pd.DataFrame({"doc_id": list(range(len(texts))), "text": list(texts)}))


def speaker_of(quotes: pd.DataFrame, start: str):
    """The speaker of the one quotation that starts with *start* (None when nobody is named)."""
    row = quotes[quotes["quote"].str.startswith(start)]
    assert len(row) == 1, (start, quotes[["quote", "speaker"]].to_dict("records"))
    s = row["speaker"].iloc[0]
    return None if pd.isna(s) else s


@pytest.fixture
def make_corpus():
    """The corpus builder as a fixture: ``make_corpus("Text one.", "Text two.", dates=[...])``
    (see :func:`build_corpus`)."""
    return build_corpus

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")
#: flags that let Debian's Chromium run headless as root on a machine with no network but loopback
CHROME_FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync")


def headless_chrome(profile_dir, window: str | None = None):
    """A selenium Chrome driver on Debian's Chromium (skips the test when either is missing)."""
    webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is in the test extra")
    from selenium.webdriver.chrome.service import Service

    if not (CHROMIUM and CHROMEDRIVER):
        pytest.skip("headless Chromium not installed (apt-get install -y chromium chromium-driver; "
                    "make test does this where it can)")
    opts = webdriver.ChromeOptions()
    opts.binary_location = CHROMIUM
    for flag in CHROME_FLAGS + (f"--user-data-dir={profile_dir}",):
        opts.add_argument(flag)
    if window:
        opts.add_argument(f"--window-size={window}")
    return webdriver.Chrome(service=Service(CHROMEDRIVER), options=opts)
