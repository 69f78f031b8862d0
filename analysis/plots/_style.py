"""The project's chart look: readable in print, colour-blind safe, consistent across notebooks."""
from __future__ import annotations

import matplotlib as mpl
import matplotlib.pyplot as plt
import pandas as pd

from ..periods import ADMINISTRATIONS, naive_dates

# Okabe-Ito: distinguishable with the common forms of colour blindness and in greyscale print.
PALETTE = ["#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442", "#000000"]
# Neighbouring administrations always differ in shade.
ADMIN_COLOURS = {"Truman": "#CFE3F2", "Eisenhower": "#F6D5C5", "Kennedy": "#D3ECD9",
                 "Johnson": "#CFE3F2", "Nixon": "#F6D5C5", "Ford": "#D3ECD9", "Carter": "#CFE3F2",
                 "Reagan": "#F6D5C5", "H. W. Bush": "#D3ECD9", "Clinton": "#CFE3F2",
                 "W. Bush": "#DDDDDD", "Obama": "#CFE3F2", "Trump I": "#F6D5C5",
                 "Biden": "#D3ECD9", "Trump II": "#F6D5C5"}

STYLE = {
    "figure.figsize": (8, 4.5),
    "figure.dpi": 100,
    "font.size": 10,
    "axes.titlesize": 12,
    "axes.titleweight": "bold",
    "axes.labelsize": 10,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.grid": True,
    "grid.alpha": 0.3,
    "axes.prop_cycle": mpl.cycler(color=PALETTE),
    "legend.frameon": False,
    "svg.hashsalt": "analysis",  # stable SVG ids, so re-running gives identical files
    "svg.fonttype": "none",
}


def apply_style() -> None:
    """Apply the project's chart style to matplotlib globally."""
    mpl.rcParams.update(STYLE)


def new_figure(nrows: int = 1, ncols: int = 1, **kwargs):
    """A figure and axes in the project style (``plt.subplots`` arguments pass through)."""
    apply_style()
    kwargs.setdefault("layout", "constrained")
    return plt.subplots(nrows, ncols, **kwargs)


def shade_administrations(ax, start=None, end=None, label: bool = True, alpha: float = 0.6) -> None:
    """Shade US administrations behind a date axis, with their names along the top where they fit.

    Parameters
    ----------
    ax : matplotlib Axes with a date x-axis.
    start, end : datetime-like, optional
        The span to shade; defaults to the axis' current limits.
    """
    import matplotlib.dates as mdates

    lo, hi = ax.get_xlim()
    start = naive_dates([start if start is not None else mdates.num2date(lo)]).iloc[0]
    end = naive_dates([end if end is not None else mdates.num2date(hi)]).iloc[0]
    # Names are placed widest span first and left out where they would run into one already
    # placed (short terms on a long axis); positions are estimated in inches along the axis.
    axis_in = ax.get_position().width * ax.figure.get_figwidth()
    per_day = axis_in / max((end - start).days, 1)
    names = []
    for row in ADMINISTRATIONS.itertuples():
        a_end = row.end if pd.notna(row.end) else pd.Timestamp("2029-01-20")
        s, e = max(row.start, start), min(a_end, end)
        if s >= e:
            continue
        ax.axvspan(s, e, color=ADMIN_COLOURS.get(row.administration, "#EEEEEE"), alpha=alpha, zorder=0, lw=0)
        mid = s + (e - s) / 2
        half = len(row.administration) * 8 * 0.6 / 72 / 2 + 0.03
        centre = (mid - start).days * per_day
        names.append(((e - s).days, row.administration, mid, (centre - half, centre + half)))
    if label:
        placed, keep = [], set()
        for _, name, _, (lo_in, hi_in) in sorted(names, key=lambda t: -t[0]):
            if not any(lo_in < b_hi and b_lo < hi_in for b_lo, b_hi in placed):
                placed.append((lo_in, hi_in))
                keep.add(name)
        for _, name, mid, _ in names:
            if name in keep:
                ax.text(mid, 1.0, name, transform=ax.get_xaxis_transform(),
                        ha="center", va="bottom", fontsize=8, color="#444444")
    ax.set_xlim(start, end)
