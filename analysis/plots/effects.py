"""Charts for topic prevalence by covariate with intervals (see :meth:`TopicModel.effect`)."""
from __future__ import annotations

import textwrap

import numpy as np
import pandas as pd

from ._style import PALETTE, new_figure


def _group_text(g) -> str:
    if isinstance(g, pd.Timestamp):
        return str(g.year) if (g.month, g.day) == (1, 1) else g.strftime("%Y-%m-%d")
    return textwrap.shorten(str(g), 22, placeholder="...")


def topic_effect(effects: pd.DataFrame, top: int = 6, max_groups: int = 15, ncols: int = 3,
                 order=None):
    """Each topic's share per group with its interval, one small panel per topic.

    Groups (periods, outlets ...) run along the x-axis; a point is the estimated share, the
    bar its interval. The figure's note says how the interval was obtained (since round 16
    the point plus or minus z standard deviations of the bootstrap replicates); groups with
    fewer than :data:`analysis.topics.model.EFFECT_FEW_DOCS` documents are drawn with an
    open point and named in the note. Only the ``top`` topics with the highest mean share and the
    ``max_groups`` groups with the most documents (kept in their own order) are drawn, so the
    figure stays readable whatever the corpus; the figure's note says what is left out.

    Parameters
    ----------
    effects : DataFrame from ``TopicModel.effect`` (topic, label, group, share, ci_low,
        ci_high, n_docs).
    top : int
        Number of topics shown.
    max_groups : int
        Number of groups shown.
    ncols : int
        Panels per row.
    order : list, optional
        Groups in this order along the x-axis (e.g. the two groups of a comparison, first
        then second, as the tables and sentences beside the chart name them); groups not
        listed follow in the table's order.

    Returns
    -------
    matplotlib Figure

    Examples
    --------
    >>> import pandas as pd
    >>> eff = pd.DataFrame({"topic": [1, 1, 2, 2], "label": ["a / b"] * 2 + ["c / d"] * 2,
    ...                     "group": ["X", "Y", "X", "Y"], "share": [0.6, 0.3, 0.4, 0.7],
    ...                     "ci_low": [0.5, 0.2, 0.3, 0.6], "ci_high": [0.7, 0.4, 0.5, 0.8],
    ...                     "n_docs": [10, 12, 10, 12]})
    >>> fig = topic_effect(eff)
    >>> len(fig.axes), fig.axes[0].get_title()
    (2, '1: a / b')
    >>> [t.get_text() for t in topic_effect(eff, order=["Y", "X"]).axes[0].get_xticklabels()]
    ['Y', 'X']
    """
    from ..topics.model import EFFECT_FEW_DOCS, _z_text

    need = {"topic", "label", "group", "share", "ci_low", "ci_high", "n_docs"}
    missing = need - set(effects.columns)
    if missing:
        raise ValueError(f"effects needs the columns of TopicModel.effect; missing {sorted(missing)}")
    if effects.empty:
        fig, ax = new_figure(figsize=(8, 2))
        ax.text(0.5, 0.5, "no groups with documents: nothing to show", ha="center", va="center",
                transform=ax.transAxes)
        ax.set_axis_off()
        return fig
    mean = effects.groupby("topic")["share"].mean().sort_values(ascending=False, kind="stable")
    topics = sorted(mean.index[:max(1, top)])       # the most prevalent, in topic order
    sizes = effects.drop_duplicates("group").set_index("group")["n_docs"]
    present = list(dict.fromkeys(effects["group"]))
    first = [g for g in (order or []) if g in set(present)]
    order = first + [g for g in present if g not in set(first)]
    keep = set(sizes.sort_values(ascending=False, kind="stable").index[:max(1, max_groups)])
    groups = [g for g in order if g in keep]
    n = len(topics)
    ncols = max(1, min(ncols, n))
    nrows = -(-n // ncols)
    width = min(4.2, max(2.6, 0.35 * len(groups) + 1.2))
    fig, axes = new_figure(nrows, ncols, figsize=(width * ncols, 2.6 * nrows + 0.8), sharey=True,
                           squeeze=False)
    x = np.arange(len(groups))
    # groups of few documents (effect's attrs, else counted here): drawn with an open point
    few = set(effects.attrs.get("few_docs", sizes.index[sizes < EFFECT_FEW_DOCS]))
    is_few = np.array([g in few for g in groups], dtype=bool)
    drawn = effects[effects["topic"].isin(topics) & effects["group"].isin(groups)]
    # one y scale for every panel that holds every point and every bar end drawn (a share above
    # the highest interval end, e.g. a topic with no interval, must not fall off the panel)
    top_y = float(np.nanmax(drawn[["share", "ci_low", "ci_high"]].to_numpy(float))) if len(drawn) else 0.1
    top_y = min(1.0, max(0.1, top_y * 1.1))
    outside = int(((drawn["share"] < drawn["ci_low"]) | (drawn["share"] > drawn["ci_high"])).sum())
    for i, (ax, t) in enumerate(zip(axes.flat, topics)):
        part = effects[effects["topic"] == t].set_index("group").reindex(groups)
        share = part["share"].to_numpy(float)
        lo = part["ci_low"].to_numpy(float)
        hi = part["ci_high"].to_numpy(float)
        colour = PALETTE[i % len(PALETTE)]
        # the interval drawn from its ends: a bootstrap percentile interval need not contain
        # the estimate (e.g. with few replicates), which error bars could not show
        ax.vlines(x, lo, hi, color=colour, lw=1)
        ax.plot(x[~is_few], share[~is_few], "o", color=colour, ms=4)
        if is_few.any():
            ax.plot(x[is_few], share[is_few], "o", mfc="white", mec=colour, ms=4)
        found = (effects.attrs.get("n_matched") or {}).get(t)
        n_refits = effects.attrs.get("n_boot")
        lost = (f"\n(found in {found} of {n_refits} refits)"
                if found is not None and n_refits and effects.attrs.get("refit", True) and found < n_refits else "")
        ax.set_title(textwrap.shorten(f"{t}: {part['label'].dropna().iloc[0]}", 34,
                                      placeholder="...") + lost, fontsize=9)
        ax.set_xticks(x, [_group_text(g) for g in groups], rotation=60 if len(groups) > 4 else 0,
                      ha="right" if len(groups) > 4 else "center", fontsize=7)
        ax.set_ylim(0, top_y)
    for ax in list(axes.flat)[n:]:
        ax.set_axis_off()
    for row in axes:
        row[0].set_ylabel("share of words")
    left_out = []
    n_topics = effects["topic"].nunique()
    if n_topics > n:
        left_out.append(f"{n_topics - n} less prevalent topics not shown")
    if len(order) > len(groups):
        left_out.append(f"{len(order) - len(groups)} smaller groups not shown")
    level = effects.attrs.get("level")
    n_boot = effects.attrs.get("n_boot")
    refit = effects.attrs.get("refit", True)
    note = (f"bars: {level:.0%} interval of {n_boot} bootstrap "
            f"{'refits' if refit else 'resamples'} (the point plus or minus "
            f"{_z_text(level)} standard deviations of the replicates); no bar: too few refits "
            "found the topic or they do not reproduce its share" if level and n_boot else "bars: interval")
    if outside:
        left_out.insert(0, f"{outside} point{'s' if outside > 1 else ''} outside {'their' if outside > 1 else 'its'} "
                        "bar: the refits give that topic another share than the model does (an unstable "
                        "topic), read with care")
    drawn_few = [g for g in groups if g in few]
    if drawn_few:
        left_out.insert(0, f"open points: fewer than {EFFECT_FEW_DOCS} documents "
                        f"({', '.join(_group_text(g) for g in drawn_few[:6])}"
                        f"{', ...' if len(drawn_few) > 6 else ''}), read their intervals with care")
    fig.suptitle("Topic share by group", fontweight="bold")
    # one line per part that would not fit the figure's width (a part is never broken)
    parts, lines = [note] + left_out, []
    room = max(60, int(fig.get_figwidth() * 17))
    for part in parts:
        if lines and len(lines[-1]) + 2 + len(part) <= room:
            lines[-1] += "; " + part
        else:
            lines.append(part)
    fig.supxlabel(";\n".join(lines), fontsize=7, color="#555555")
    return fig
