"""Interactive tables for notebooks and their shared HTML: sortable, searchable, paged, offline.

:func:`show_table` displays a DataFrame with `itables <https://mwouts.github.io/itables/>`_
(DataTables) in its offline mode: the DataTables code is embedded once per notebook (about
0.9 MB), nothing is fetched from the network when a page is opened, and a reader of the HTML
report can search every row, not the first ten. Corpus text in cells is shown as text, never
run as HTML (itables' ``allow_html=False``). Tables longer than ``max_rows`` embed their
first ``max_rows`` rows (so a page stays small) and say where the full CSV is.

Outside a notebook, or when itables is missing, the DataFrame is displayed as usual.
"""
from __future__ import annotations

import re

import pandas as pd

#: rows embedded in a page at most; the CSV table has them all
MAX_ROWS = 2000
_state = {"initialised": False, "count": 0}


def _slug(name: str) -> str:
    return re.sub(r"[^A-Za-z0-9_-]+", "_", name).strip("_") or "table"


def _in_notebook() -> bool:
    try:
        from IPython import get_ipython
    except ImportError:
        return False
    shell = get_ipython()
    return shell is not None and shell.__class__.__name__ == "ZMQInteractiveShell"


def interactive_html(df: pd.DataFrame, table_id: str, *, page_length: int = 10, caption: str | None = None) -> str:
    """The HTML of one offline interactive table (needs :func:`init_html` once in the page).

    Parameters
    ----------
    df : DataFrame
    table_id : str
        A stable HTML id (so that two runs write the same notebook).
    page_length : int, default 10
    caption : str, optional

    Returns
    -------
    str
    """
    from itables import to_html_datatable

    shown = df.copy()
    for col in shown.columns:
        if shown[col].dtype.kind == "M":
            shown[col] = shown[col].dt.strftime("%Y-%m-%d").where(shown[col].notna(), "")
        elif (shown[col].dtype.kind in "OSUT" or pd.api.types.is_string_dtype(shown[col].dtype)
              or (shown[col].dtype.kind in "fc" or pd.api.types.is_extension_array_dtype(shown[col].dtype))
              and shown[col].isna().any()):
            shown[col] = shown[col].astype(object).where(shown[col].notna(), "")  # a blank, not "NaN"
    return to_html_datatable(shown, caption=caption, table_id=_slug(table_id), connected=False,
                             allow_html=False, pageLength=page_length, showIndex=False,
                             classes="display compact", maxBytes=0, display_logo_when_loading=False,
                             columnDefs=[{"className": "dt-left", "targets": "_all"}])


def init_html() -> str:
    """The HTML that loads DataTables into a page, offline (embed once per page)."""
    from itables.javascript import generate_init_offline_itables_html, read_package_file
    from itables import options as opt

    init = read_package_file("html/init_datatables.html")
    # the connected import of a dark-mode helper is not needed offline: drop the network import
    init = re.sub(r"<script type=\"module\">.*?</script>", "", init, flags=re.S)
    return init + generate_init_offline_itables_html(opt.dt_bundle)


def show_table(df: pd.DataFrame, name: str | None = None, *, page_length: int = 10,
               max_rows: int = MAX_ROWS, csv_path: str | None = None, caption: str | None = None):
    """Display a table that a reader can sort, search and page, in JupyterLab and in shared HTML.

    Parameters
    ----------
    df : DataFrame
    name : str, optional
        Stable name of the table (its HTML id); by default a running number in this kernel.
    page_length : int, default 10
        Rows per page.
    max_rows : int, default ``MAX_ROWS`` (2000)
        Rows embedded in the page at most; a note says how many were left out and where the
        whole table is (``csv_path``).
    csv_path : str, optional
        Where the whole table is, for the note (e.g. ``"../tables/04_quotes.csv"``).
    caption : str, optional

    Returns
    -------
    None (displays); outside a notebook, or without itables, the DataFrame itself.

    Examples
    --------
    >>> import pandas as pd
    >>> show_table(pd.DataFrame({"x": [1, 2]}))  # outside a notebook: the DataFrame
       x
    0  1
    1  2
    """
    if not _in_notebook():
        return df
    try:
        import itables  # noqa: F401
    except ImportError:
        return df
    from IPython.display import HTML, display

    if not _state["initialised"]:
        display(HTML(init_html()))
        _state["initialised"] = True
    _state["count"] += 1
    table_id = f"table-{name}" if name else f"table-{_state['count']}"
    shown = df.head(max_rows) if len(df) > max_rows else df
    display(HTML(interactive_html(shown, table_id, page_length=page_length, caption=caption)))
    if len(df) > max_rows:
        where = f" (all of them: {csv_path})" if csv_path else ""
        display(HTML(f"<p><i>The first {max_rows:,} of {len(df):,} rows are shown{where}.</i></p>"))
    return None
