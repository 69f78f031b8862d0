"""Writing figures and tables where a report can include them.

Every chart is saved as PNG (for slides and documents) and SVG (for print); every table as
CSV. Files go under ``<out_dir>/figures`` and ``<out_dir>/tables``.
"""
from __future__ import annotations

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


def save_table(df: pd.DataFrame, name: str, out_dir=None, index: bool = False) -> Path:
    """Save a DataFrame as CSV under ``<out_dir>/tables`` and return the path.

    Parameters
    ----------
    df : DataFrame
    name : str
        File name without suffix.
    out_dir : str or Path, optional
        Report folder; default ``reports/`` in the project.
    index : bool, default False
        Write the index as a column.

    Returns
    -------
    Path of the CSV file.

    Examples
    --------
    >>> import tempfile
    >>> save_table(pd.DataFrame({"x": [1]}), "demo", tempfile.mkdtemp()).name
    'demo.csv'
    """
    path = _folder(out_dir, "tables") / f"{name}.csv"
    df.to_csv(path, index=index)
    return path
