"""The project's chart look: readable in print, colour-blind safe, consistent across notebooks."""
from __future__ import annotations

import matplotlib as mpl
import matplotlib.pyplot as plt
import pandas as pd

from ..dates.periods import naive_dates, load_periods

# Okabe-Ito: distinguishable with the common forms of colour blindness and in greyscale print.
PALETTE = ["#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442", "#000000"]
# Neighbouring administrations always differ in shade (the colour column of the data file).
ADMIN_COLOURS = dict(load_periods("us-administrations")[["period", "colour"]].itertuples(index=False))

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


def resolve_periods(periods):
    """A period table (or None) from a chart's ``periods=`` argument: a DataFrame, the name of a
    built-in set, a file path or None (see :func:`analysis.load_periods`)."""
    from ..dates.periods import _as_periods

    return _as_periods(periods)


def shorten(text, width: int = 40) -> str:
    """A label cut to ``width`` characters with an ellipsis, so long names cannot stretch a chart.

    Examples
    --------
    >>> shorten("The Democratic People's Republic of Korea", 20)
    'The Democratic Peop…'
    """
    text = " ".join(str(text).split())
    return text if len(text) <= width else text[:width - 1].rstrip() + "\u2026"


def pool_columns(wide: pd.DataFrame, keep: int, what: str = "topics") -> pd.DataFrame:
    """The ``keep - 1`` columns with the largest total, and the rest summed into one column
    named "other (k <what>)" (grey in charts); unchanged when there are at most ``keep``.

    Examples
    --------
    >>> w = pd.DataFrame({"a": [0.5, 0.4], "b": [0.3, 0.4], "c": [0.1, 0.1], "d": [0.1, 0.1]})
    >>> list(pool_columns(w, 3).columns)
    ['a', 'b', 'other (2 topics)']
    """
    if wide.shape[1] <= keep:
        return wide
    totals = wide.sum().sort_values(ascending=False, kind="stable")
    chosen = set(totals.index[:keep - 1])
    top = [c for c in wide.columns if c in chosen]
    rest = [c for c in wide.columns if c not in chosen]
    out = wide[top].copy()
    out[f"other ({len(rest)} {what})"] = wide[rest].sum(axis=1)
    return out


def shade_periods(ax, periods, start=None, end=None, label: bool = True, alpha: float = 0.6) -> None:
    """Shade named periods behind a date axis, with their names along the top where they fit.

    Parameters
    ----------
    ax : matplotlib Axes with a date x-axis.
    periods : DataFrame, str, path or None
        Anything :func:`analysis.load_periods` reads; None shades nothing.
    start, end : datetime-like, optional
        The span to shade, which becomes the axis' limits (also when ``periods`` is None);
        defaults to the axis' current limits.
    label : write the period names along the top of the axes.
    alpha : opacity of the shading.

    Examples
    --------
    >>> import pandas as pd
    >>> fig, ax = new_figure()
    >>> _ = ax.plot(pd.to_datetime(["2005-01-01", "2012-01-01"]), [0, 1])
    >>> shade_periods(ax, "uk-governments")
    >>> sorted(t.get_text() for t in ax.texts)
    ['Blair', 'Brown', 'Cameron']
    """
    import matplotlib.dates as mdates

    table = resolve_periods(periods)
    if table is None or not len(table):
        if start is not None and end is not None:   # the axis spans the same either way
            ax.set_xlim(naive_dates([start]).iloc[0], naive_dates([end]).iloc[0])
        return
    lo, hi = ax.get_xlim()
    start = naive_dates([start if start is not None else mdates.num2date(lo)]).iloc[0]
    end = naive_dates([end if end is not None else mdates.num2date(hi)]).iloc[0]
    # Names are placed widest span first and left out where they would run into one already
    # placed (short terms on a long axis); positions are estimated in inches along the axis.
    axis_in = ax.get_position().width * ax.figure.get_figwidth()
    per_day = axis_in / max((end - start).days, 1)
    names = []
    cycle = ["#CFE3F2", "#F6D5C5", "#D3ECD9"]   # neighbours always differ
    for i, row in enumerate(table.sort_values("start", kind="stable").itertuples(index=False)):
        p_end = row.end if pd.notna(row.end) else end
        s, e = max(row.start, start), min(p_end, end)
        if s >= e:
            continue
        colour = getattr(row, "colour", None)
        colour = colour if isinstance(colour, str) and colour.strip() else cycle[i % len(cycle)]
        ax.axvspan(s, e, color=colour, alpha=alpha, zorder=0, lw=0)
        mid = s + (e - s) / 2
        name = shorten(row.period, 24)
        half = len(name) * 8 * 0.6 / 72 / 2 + 0.03
        centre = (mid - start).days * per_day
        names.append(((e - s).days, name, mid, (centre - half, centre + half)))
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


def period_note(periods) -> str:
    """Words for a chart's title or legend saying which periods are shaded ('' for none)."""
    table = resolve_periods(periods)
    if table is None:
        return ""
    return f"shaded: {table.attrs.get('name', 'periods')}"


def shade_administrations(ax, start=None, end=None, label: bool = True, alpha: float = 0.6) -> None:
    """Shade US administrations behind a date axis (``shade_periods(ax, "us-administrations")``).

    Parameters
    ----------
    ax : matplotlib Axes with a date x-axis.
    start, end : datetime-like, optional
        The span to shade; defaults to the axis' current limits.
    """
    shade_periods(ax, "us-administrations", start, end, label=label, alpha=alpha)
