"""Charts for the corpus at a glance (notebook 00): what cleaning kept and removed."""
from __future__ import annotations

import warnings

import pandas as pd

from ..clean.summary import kept_removed_table
from ._style import PALETTE, new_figure, shorten

_COLOURS = {"body": "#4D4D4D", "title": PALETTE[0], "heading": PALETTE[5], "byline": PALETTE[2],
            "dateline": PALETTE[6], "boilerplate": PALETTE[3], "duplicate": PALETTE[4],
            "embed": PALETTE[1], "table": "#999999"}


def plot_kept_removed(report: pd.DataFrame, unit: str = "chars", doc_labels=None, title=None,
                      max_docs: int | None = 40):
    """Stacked horizontal bars: per document, text kept (body) and removed, by cleaning label.

    Parameters
    ----------
    report : DataFrame from :func:`analysis.cleaning_report`.
    unit : 'chars' or 'lines' (see :func:`kept_removed_table`).
    doc_labels : mapping doc_id -> label for the y axis (e.g. outlet and date), optional.
    title : str, optional (a note is appended when documents are left out).
    max_docs : at most this many bars; with more documents, those where cleaning removed the
        largest share are shown, largest first (with a warning and a note in the title; the
        full numbers are in :func:`kept_removed_table`). None shows all.

    Returns
    -------
    matplotlib.figure.Figure

    Examples
    --------
    >>> import pandas as pd
    >>> r = pd.DataFrame({"doc_id": ["a", "a"], "text": ["Story.", "Advertisement"],
    ...                   "label": ["body", "boilerplate"]})
    >>> fig = plot_kept_removed(r)
    """
    table = kept_removed_table(report, unit)
    if table.empty or not table.to_numpy().any():
        fig, ax = new_figure(figsize=(8, 2.2))
        ax.text(0.5, 0.5, "no text to show", ha="center", va="center", transform=ax.transAxes)
        ax.set_axis_off()
        return fig
    note = ""
    if max_docs is not None and len(table) > max_docs:
        share = 1 - table.get("body", 0) / table.sum(axis=1).where(lambda t: t > 0, 1)
        top = share.sort_values(ascending=False, kind="stable").index[:max_docs]
        note = f"\n({max_docs} of {len(table):,} documents: those with the largest share removed)"
        warnings.warn(f"plot_kept_removed: {len(table):,} documents are too many to show one per "
                      f"row; showing the {max_docs} with the largest share removed (max_docs={max_docs})",
                      stacklevel=2)
        table = table.loc[list(top)]   # largest share first, as the title says (was corpus order)
    n = len(table)
    fig, ax = new_figure(figsize=(8, max(2.2, 0.45 * n + 1.4)))
    labels = [shorten(doc_labels.get(d, d) if doc_labels is not None else d, 40) for d in table.index]
    y = list(range(n))[::-1]  # first document at the top
    left = pd.Series(0, index=table.index, dtype="int64")
    extra = iter(PALETTE[7:] + ["#999999"] * 10)
    for lab in table.columns:
        vals = table[lab]
        colour = _COLOURS.get(lab) or next(extra)
        name = f"{lab} (kept)" if lab == "body" else lab
        ax.barh(y, vals, left=left, color=colour, label=name, height=0.7, edgecolor="white", linewidth=0.5)
        left = left + vals
    total = table.sum(axis=1)
    removed = total - table.get("body", 0)
    for yy, d in zip(y, table.index):
        share = removed[d] / total[d] if total[d] else 0.0
        ax.text(total[d], yy, f"  {share:.0%} removed", va="center", fontsize=8, color="#333333")
    ax.set_yticks(y, labels)
    ax.set_xlabel("characters of raw text" if unit == "chars" else "non-blank lines of raw text")
    ax.set_xlim(0, total.max() * 1.22 if n and total.max() else 1)
    ax.grid(axis="y", visible=False)
    ax.set_title((title or "What cleaning kept and removed, per document") + note)
    # below the axes at a fixed distance, however many bars there are
    fig.legend(*ax.get_legend_handles_labels(), loc="outside lower center",
               ncol=min(4, len(table.columns)), fontsize=8, frameon=False)
    return fig
