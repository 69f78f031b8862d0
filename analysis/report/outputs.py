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

from ..paths import REPORTS_DIR


def _folder(out_dir, kind: str) -> Path:
    folder = Path(out_dir if out_dir is not None else REPORTS_DIR) / kind
    folder.mkdir(parents=True, exist_ok=True)
    return folder


#: Attribute set on a figure that has nothing to show (see :func:`mark_empty`).
EMPTY_ATTR = "_analysis_empty_reason"


def mark_empty(fig, reason: str):
    """Mark a figure as having nothing to show, with the reason (one line for the reader).

    :func:`save_figure` then writes no file (and removes an older one of the same name), and
    :func:`show_figure` prints the reason instead of the chart, so a report never lists an
    empty chart as a figure. Chart functions call it on their "nothing to draw" branch.

    Returns
    -------
    The same figure.

    Examples
    --------
    >>> import matplotlib.pyplot as plt
    >>> fig = mark_empty(plt.figure(), "no dated documents")
    >>> empty_reason(fig)
    'no dated documents'
    >>> plt.close(fig)
    """
    setattr(fig, EMPTY_ATTR, str(reason))
    return fig


def empty_reason(fig) -> str | None:
    """Why a figure has nothing to show (:func:`mark_empty`), or None when it has content.

    Examples
    --------
    >>> import matplotlib.pyplot as plt
    >>> fig = plt.figure()
    >>> empty_reason(fig) is None
    True
    >>> plt.close(fig)
    """
    return None if fig is None else getattr(fig, EMPTY_ATTR, None)


def _remove_stale(folder: Path, name: str, suffixes) -> None:
    for suffix in suffixes:
        old = folder / f"{name}.{suffix}"
        if old.is_file():
            old.unlink()


def show_figure(fig, name: str, out_dir=None, formats=("png", "svg"), *, what: str | None = None,
                reason: str | None = None) -> list[Path]:
    """Save a figure and show it in the notebook, or say in one line why there is none.

    The one call every notebook uses for a chart: a figure marked empty (:func:`mark_empty`,
    e.g. "no dated documents") is neither written nor displayed; the notebook prints
    ``No chart <name>: <reason>.`` instead, and the report's front page, which lists the
    files in ``figures/``, does not list it. The figure is closed either way.

    Parameters
    ----------
    fig : matplotlib Figure or None (None counts as empty, for ``reason``).
    name, out_dir, formats : as in :func:`save_figure`.
    what : optional words for the chart in the printed line (default: ``name``).
    reason : why there is no chart when ``fig`` is None (default "nothing to draw"), e.g.
        when a notebook skips a computation that could only produce an empty chart.

    Returns
    -------
    list of Path written (empty when nothing was shown).

    Examples
    --------
    >>> import matplotlib.pyplot as plt, tempfile
    >>> show_figure(mark_empty(plt.figure(), "no dated documents"), "demo", tempfile.mkdtemp())
    No chart demo: no dated documents.
    []
    """
    import matplotlib.pyplot as plt

    reason = (reason or "nothing to draw") if fig is None else empty_reason(fig)
    if reason is not None:
        print(f"No chart {what or name}: {reason}.")
        _remove_stale(_folder(out_dir, "figures"), name, tuple(formats) + ("html",))
        if fig is not None:
            plt.close(fig)
        return []
    paths = save_figure(fig, name, out_dir, formats)
    try:
        from IPython import get_ipython
        from IPython.display import display
        if get_ipython() is not None:
            display(fig)
    except ImportError:  # pragma: no cover - IPython ships with the notebooks' environment
        pass
    plt.close(fig)
    return paths


def save_figure(fig, name: str, out_dir=None, formats=("png", "svg")) -> list[Path]:
    """Save a matplotlib figure as PNG and SVG under ``<out_dir>/figures``.

    Files are written without timestamps so that re-running gives identical files. A figure
    marked empty (:func:`mark_empty`) is not written (an older file of that name is removed),
    and the returned list is empty, so no report lists a chart that has nothing to show.

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
    if empty_reason(fig) is not None:
        _remove_stale(folder, name, formats)
        return []
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


def save_text(text: str, name: str, out_dir=None) -> Path:
    """Save a text file (e.g. a suggested actor dictionary in YAML) under ``<out_dir>/tables``.

    For output a reader should open as a whole rather than read in the page: the notebook shows
    a preview and links the file (see :func:`analysis.report.narrative.dictionary_suggestion`).

    Parameters
    ----------
    text : str
    name : str
        File name with its suffix, e.g. ``"04_suggested_actors.yml"``.
    out_dir : str or Path, optional
        Report folder; default ``reports/`` in the project.

    Returns
    -------
    Path of the file (UTF-8, ``\\n`` line ends, so a re-run writes the same bytes).

    Examples
    --------
    >>> import tempfile
    >>> save_text("actors: []\\n", "demo.yml", tempfile.mkdtemp()).read_text()
    'actors: []\\n'
    """
    if not name or Path(name).name != name:
        raise ValueError(f"save_text needs a plain file name, not {name!r}")
    path = _folder(out_dir, "tables") / name
    path.write_text(text, encoding="utf-8", newline="\n")
    return path
