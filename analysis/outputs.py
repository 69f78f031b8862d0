"""Writing figures and tables where a report can include them.

Every chart is saved as PNG (for slides and documents) and SVG (for print); every table as
CSV (for spreadsheets) and Parquet (typed, for pandas, R or DuckDB). Files go under
``<out_dir>/figures`` and ``<out_dir>/tables``.

Security: text cells that a spreadsheet would run as a formula (starting with ``=``, ``+``,
``-``, ``@``, a tab or a carriage return; CWE-1236, "CSV injection") get a leading ``'`` in
the CSV, so Excel and LibreOffice show them as text. Numbers, including negative ones, are
left as numbers; the Parquet copy keeps every value exactly as it was.
"""
from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

from .paths import REPORTS_DIR


def _folder(out_dir, kind: str) -> Path:
    folder = Path(out_dir if out_dir is not None else REPORTS_DIR) / kind
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def save_figure(fig, name: str, out_dir=None, formats=("png", "svg")) -> list[Path]:
    """Save a matplotlib figure as PNG and SVG under ``<out_dir>/figures``.

    Files are written without timestamps so that re-running gives identical files.

    Parameters
    ----------
    fig : matplotlib Figure
    name : str
        File name without suffix, e.g. ``"01_topic_terms"``.
    out_dir : str or Path, optional
        Report folder; default ``reports/`` in the project.
    formats : tuple of str, default ("png", "svg")

    Returns
    -------
    list of Path, one per format.

    Examples
    --------
    >>> import matplotlib.pyplot as plt, tempfile
    >>> fig, ax = plt.subplots()
    >>> paths = save_figure(fig, "demo", tempfile.mkdtemp())
    >>> sorted(p.suffix for p in paths)
    ['.png', '.svg']
    """
    folder = _folder(out_dir, "figures")
    paths = []
    for fmt in formats:
        path = folder / f"{name}.{fmt}"
        metadata = {"Date": None} if fmt == "svg" else {"Software": None} if fmt == "png" else None
        fig.savefig(path, format=fmt, dpi=150, bbox_inches="tight", metadata=metadata)
        paths.append(path)
    return paths


#: A text cell starting with one of these is run as a formula by spreadsheets.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER = re.compile(r"^[+-]?(?:\d+(?:[.,]\d+)*|\.\d+)(?:[eE][+-]?\d+)?%?$")


def neutralize_formula(value):
    """Prefix ``'`` to a text value that a spreadsheet would run as a formula.

    Text starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is prefixed,
    unless it is a plain number ("-12.5", "+3"), which a spreadsheet reads as a number anyway.
    Anything that is not a string is returned unchanged.

    Parameters
    ----------
    value : object

    Returns
    -------
    object

    Examples
    --------
    >>> neutralize_formula('=HYPERLINK("http://x","y")')
    '\\'=HYPERLINK("http://x","y")'
    >>> neutralize_formula("-12.5"), neutralize_formula(-3), neutralize_formula("Reuters")
    ('-12.5', -3, 'Reuters')
    """
    if isinstance(value, str) and value.startswith(FORMULA_STARTS) and not _PLAIN_NUMBER.match(value):
        return "'" + value
    return value


def _safe_cell(v):
    # pandas quotes a cell holding "\n" but not a lone "\r", which a spreadsheet reads as the
    # start of a new row: carriage returns inside text become "\n"
    v = neutralize_formula(v)
    if isinstance(v, str) and "\r" in v:
        v = v.replace("\r\n", "\n").replace("\r", "\n")
    return v


def safe_for_spreadsheets(df: pd.DataFrame) -> pd.DataFrame:
    """A copy of ``df`` whose text cells and column names cannot run as spreadsheet formulas.

    Only text (object, string and categorical) columns are touched, with
    :func:`neutralize_formula` (and a carriage return inside a cell becomes a line end, which
    CSV quotes); numeric, boolean and date columns keep their type and values.

    Parameters
    ----------
    df : DataFrame

    Returns
    -------
    DataFrame

    Examples
    --------
    >>> df = pd.DataFrame({"outlet": ["@evil", "Wire"], "score": [-0.5, 1.0]})
    >>> safe_for_spreadsheets(df).values.tolist()
    [["'@evil", -0.5], ['Wire', 1.0]]
    """
    out = df.copy()
    for k, col in enumerate(out.columns):
        s = out.iloc[:, k]
        if isinstance(s.dtype, pd.CategoricalDtype):
            s = s.astype(object)
        if s.dtype == object or pd.api.types.is_string_dtype(s.dtype):
            risky = [isinstance(v, str) and (v.startswith(FORMULA_STARTS) or "\r" in v) for v in s.tolist()]
            if any(risky):
                out.isetitem(k, s.map(_safe_cell))
    out.columns = [neutralize_formula(c) for c in out.columns]
    return out


def _parquet_ready(df: pd.DataFrame) -> pd.DataFrame:
    """Column names as text; object columns that mix types as text (None stays missing)."""
    import pyarrow as pa

    out = df.copy()
    out.attrs = {}  # pandas writes attrs into the Parquet metadata as JSON; a corpus's problem log is not JSON
    out.columns = [str(c) for c in out.columns]
    for k, col in enumerate(out.columns):
        s = out.iloc[:, k]
        if s.dtype == object:
            try:
                pa.array(s, from_pandas=True)
            except (pa.ArrowInvalid, pa.ArrowTypeError, pa.ArrowNotImplementedError, OverflowError):
                out.isetitem(k, s.map(lambda v: v if v is None or (isinstance(v, float) and v != v) else str(v)))
    return out


def save_table(df: pd.DataFrame, name: str, out_dir=None, index: bool = False, parquet: bool = True) -> Path:
    """Save a DataFrame as CSV (safe to open in a spreadsheet) and Parquet under ``<out_dir>/tables``.

    Parameters
    ----------
    df : DataFrame
    name : str
        File name without suffix.
    out_dir : str or Path, optional
        Report folder; default ``reports/`` in the project.
    index : bool, default False
        Write the index as a column.
    parquet : bool, default True
        Also write ``<name>.parquet`` (typed; values exactly as in ``df``, no formula prefix).

    Returns
    -------
    Path of the CSV file.

    Examples
    --------
    >>> import tempfile
    >>> folder = tempfile.mkdtemp()
    >>> save_table(pd.DataFrame({"x": [1]}), "demo", folder).name
    'demo.csv'
    >>> sorted(p.name for p in (Path(folder) / "tables").iterdir())
    ['demo.csv', 'demo.parquet']
    """
    folder = _folder(out_dir, "tables")
    path = folder / f"{name}.csv"
    table = df.reset_index() if index else df
    safe_for_spreadsheets(table).to_csv(path, index=False)
    if parquet:
        _parquet_ready(table).to_parquet(folder / f"{name}.parquet", index=False)
    return path
