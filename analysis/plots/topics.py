"""Charts for topic models (see :func:`analysis.fit_topics`): one function per chart."""
from __future__ import annotations

import math
import textwrap

import numpy as np
import pandas as pd
from matplotlib.patches import Rectangle
from matplotlib.ticker import MaxNLocator

from ._style import PALETTE, new_figure, period_note, pool_columns, shade_periods, shorten


def _label_map(labels) -> dict:
    if labels is None:
        return {}
    return {int(k): str(v) for k, v in dict(labels).items()}


def _wrap(text, width):
    return "\n".join(textwrap.fill(line, width) for line in str(text).split("\n"))


def _topic_name(t, labels, width=None):
    lab = labels.get(int(t))
    name = f"{int(t)}: {lab}" if lab else f"Topic {int(t)}"
    return textwrap.fill(name, width) if width else name


def topic_selection(selection: pd.DataFrame, floor: float | None = None):
    """Coherence and stability against the number of topics, with the chosen k marked.

    Parameters
    ----------
    selection : DataFrame from ``TopicModel.selection`` (k, coherence, stability, chosen).
    floor : float, optional
        Stability a k needed to be eligible (``TopicModel.stability_floor``; default
        :data:`analysis.topics.model.STABILITY_FLOOR`).

    Returns
    -------
    matplotlib Figure

    Examples
    --------
    >>> import pandas as pd
    >>> sel = pd.DataFrame({"k": [2, 3, 4], "coherence": [0.10, 0.18, 0.12],
    ...                     "stability": [0.90, 0.80, 0.50], "chosen": [False, True, False]})
    >>> fig = topic_selection(sel)
    >>> [ax.get_xlabel() for ax in fig.axes]
    ['number of topics k', 'number of topics k']
    """
    if floor is None:
        from ..topics.model import STABILITY_FLOOR as floor
    fig, axes = new_figure(1, 2, figsize=(9, 3.6), sharex=True)
    sel = selection.sort_values("k")
    chosen = sel[sel["chosen"]]
    # k=None maximises the size-weighted coherence when the table has it (TopicModel.selection)
    weighted = "coherence_weighted" in sel.columns
    coh_col = "coherence_weighted" if weighted else "coherence"
    coh_title = ("Coherence (NPMI, topics weighted by size)" if weighted
                 else "Coherence (NPMI, window of 10 tokens)")
    if weighted:
        axes[0].plot(sel["k"], sel["coherence"], marker=".", color="#999999", lw=1,
                     label="unweighted mean")
    for ax, col, title in ((axes[0], coh_col, coh_title),
                           (axes[1], "stability", "Stability (top-term agreement across refits)")):
        ax.plot(sel["k"], sel[col], marker="o", color=PALETTE[0], lw=1.5)
        if not chosen.empty:
            ax.scatter(chosen["k"], chosen[col], s=160, facecolors="none", edgecolors=PALETTE[3],
                       linewidths=2, zorder=3, label=f"chosen k = {int(chosen['k'].iloc[0])}")
            ax.axvline(chosen["k"].iloc[0], color=PALETTE[3], lw=0.8, ls=":")
        ax.set_title(title, fontsize=10)
        ax.set_xlabel("number of topics k")
        if len(sel) <= 20:
            ax.set_xticks(sel["k"])
    axes[0].set_ylabel("mean NPMI of top-10 term pairs")
    if weighted:
        axes[0].legend(loc="best", fontsize=8)
    axes[1].set_ylabel("matched average Jaccard")
    axes[1].axhline(floor, color="#777777", lw=1, ls="--", label=f"eligible from {floor:.2f}")
    axes[1].set_ylim(0, 1.02)
    axes[1].legend(loc="lower left", fontsize=8)
    fig.suptitle("Choosing the number of topics", fontweight="bold")
    return fig


def topic_terms(top_terms: pd.DataFrame, labels=None, n: int = 8, ncols: int = 3, *,
                max_topics: int = 20):
    """Bar chart of each topic's top terms (small multiples, one panel per topic).

    At most ``max_topics`` panels (the lowest topic numbers; the title says how many of how
    many); with more than 12 topics, up to 5 panels per row.

    Parameters
    ----------
    top_terms : DataFrame from ``TopicModel.top_terms()`` (topic, rank, term, weight).
    labels : mapping topic -> label, optional (``TopicModel.labels``).
    n : int
        Terms per topic.
    ncols : int
        Panels per row.
    max_topics : int
        At most this many panels.

    Returns
    -------
    matplotlib Figure

    Examples
    --------
    >>> fig = topic_terms(model.top_terms(10), model.labels)  # doctest: +SKIP
    """
    labels = _label_map(labels)
    all_topics = sorted(top_terms["topic"].unique())
    topics = all_topics[:max_topics]
    n = min(n, 15)
    if len(topics) > 12:
        ncols = max(ncols, 5)
    ncols = max(1, min(ncols, len(topics)))
    nrows = math.ceil(len(topics) / ncols)
    fig, axes = new_figure(nrows, ncols, figsize=(3.3 * ncols, 0.32 * n * nrows + 0.9 * nrows),
                           squeeze=False)
    xmax = top_terms[top_terms["rank"] <= n]["weight"].max()
    for i, ax in enumerate(axes.flat):
        if i >= len(topics):
            ax.set_visible(False)
            continue
        t = topics[i]
        g = top_terms[(top_terms["topic"] == t) & (top_terms["rank"] <= n)].sort_values("rank")
        y = np.arange(len(g))[::-1]
        ax.barh(y, g["weight"], color=PALETTE[i % len(PALETTE)], height=0.7)
        ax.set_yticks(y, [shorten(t, 22) for t in g["term"]], fontsize=9)
        ax.set_xlim(0, xmax * 1.1)
        # a narrow panel holds three labels: five ("0.0000 0.0025 ... 0.0100") ran together
        ax.xaxis.set_major_locator(MaxNLocator(nbins=3, min_n_ticks=2))
        ax.set_title(_topic_name(t, labels, 32), fontsize=9.5, loc="left")
        ax.grid(axis="y", visible=False)
        if i // ncols == nrows - 1 or i + ncols >= len(topics):
            ax.set_xlabel("share of topic weight")
    left_out = "" if len(topics) == len(all_topics) else \
        f" ({len(topics)} of {len(all_topics)} topics; all in TopicModel.top_terms())"
    fig.suptitle("Top terms per topic" + left_out, fontweight="bold")
    return fig


def topic_heatmap(doc_topics: pd.DataFrame, labels=None, row_labels=None, max_rows: int = 120, *,
                  max_topics: int = 30):
    """Heatmap of units (paragraphs, sentences or documents) by topic share.

    Rows are in document order; lines separate documents. Documents counted with a weight
    below 1 (versions of one story, text reuse) say so in their row label, and units left out
    of fitting (``in_fit == False``) are marked with a hatched band in the margin.

    Parameters
    ----------
    doc_topics : DataFrame from ``TopicModel.doc_topics`` or ``TopicModel.document_topics()``.
    labels : mapping topic -> label, optional.
    row_labels : mapping doc_id -> short name, optional (e.g. outlet and year).
    max_rows : int
        At most this many rows are drawn, to stay legible: whole documents evenly spaced
        through the order given (a corpus of 50,000 dated headlines shows its months, not the
        first 120 items of its first day); the title says how many of how many.
    max_topics : int
        At most this many topic columns (the first ones), said in the title.

    Returns
    -------
    matplotlib Figure

    Examples
    --------
    >>> fig = topic_heatmap(model.doc_topics, model.labels)  # doctest: +SKIP
    """
    labels = _label_map(labels)
    all_cols = [c for c in doc_topics.columns if str(c).startswith("topic_")]
    cols = all_cols[:max_topics]
    dt = doc_topics.head(max_rows)
    spaced = False
    if len(doc_topics) > max_rows and "doc_id" in doc_topics.columns:
        ids = pd.unique(doc_topics["doc_id"])
        n_pick = max(1, int(max_rows * len(ids) / len(doc_topics)))
        if n_pick > 1 and len(ids) > 1:
            pick = set(ids[np.unique(np.linspace(0, len(ids) - 1, n_pick).round().astype(int))])
            dt = doc_topics[doc_topics["doc_id"].isin(pick)].head(max_rows)
            spaced = True
    dt = dt.reset_index(drop=True)
    values = dt[cols].astype(float).to_numpy()
    by_unit = "unit_id" in dt.columns
    height = max(2.5, min(0.12 * len(dt), 14)) if by_unit else min(max(2.2, 0.3 * len(dt) + 1.2), 24)
    fig, ax = new_figure(figsize=(min(max(6, 1.2 * len(cols) + 3.5), 24), height))
    im = ax.imshow(np.nan_to_num(values, nan=0.0), aspect="auto", cmap="Blues", vmin=0, vmax=1,
                   interpolation="nearest")
    ax.grid(False)
    ax.set_xticks(range(len(cols)),
                  [_topic_name(c.split("_")[1], labels, 18) if len(cols) <= 15 else c.split("_")[1]
                   for c in cols], fontsize=8)
    names = dict(row_labels or {})
    docs = dt["doc_id"].astype(str)
    if "weight" in dt.columns:   # documents counted 1/n as versions of one story (text reuse)
        w = dt.groupby("doc_id", sort=False)["weight"].first()
        for d, v in w[w < 1].items():
            names[d] = f"{names.get(d, d)}\n(counts {v:.2g})"
    if by_unit:
        starts = np.flatnonzero(docs.ne(docs.shift()).to_numpy())
        ends = list(starts[1:]) + [len(dt)]
        for s in starts[1:]:
            ax.axhline(s - 0.5, color="black", lw=1)
        ax.set_yticks([(s + e - 1) / 2 for s, e in zip(starts, ends)],
                      [_wrap(shorten(names.get(docs[s], docs[s]), 48), 24) for s in starts], fontsize=8)
        ax.set_ylabel("paragraphs, grouped by document" if len(dt) > len(starts) else "document")
        if "in_fit" in dt.columns and (~dt["in_fit"].astype(bool)).any():
            for r in np.flatnonzero(~dt["in_fit"].astype(bool).to_numpy()):
                ax.add_patch(Rectangle((len(cols) - 0.5, r - 0.5), 0.25, 1, facecolor="#999999",
                                       clip_on=False, hatch="///", edgecolor="white", lw=0))
            ax.text(len(cols) - 0.3, -0.8, "grey band: not\nused in fitting", fontsize=7,
                    ha="left", va="bottom", color="#555555", clip_on=False)
    else:
        ax.set_yticks(range(len(dt)), [_wrap(shorten(names.get(d, d), 56), 28) for d in docs],
                      fontsize=8 if len(dt) <= 60 else 6)
        for (r, c), v in np.ndenumerate(values if len(cols) <= 15 and len(dt) <= 40 else np.empty((0, 0))):
            if not np.isnan(v):
                ax.text(c, r, f"{v:.2f}", ha="center", va="center", fontsize=8,
                        color="white" if v > 0.6 else "black")
    fig.colorbar(im, ax=ax, label="topic share", shrink=0.8)
    left_out = []
    if len(doc_topics) > len(dt):
        left_out.append(f"{len(dt):,} of {len(doc_topics):,} rows, whole documents evenly spaced"
                        if spaced else f"the first {len(dt):,} of {len(doc_topics):,} rows")
    if len(cols) < len(all_cols):
        left_out.append(f"the first {len(cols)} of {len(all_cols)} topics")
    ax.set_title("Topic shares by " + ("paragraph" if by_unit else "document")
                 + (f" ({'; '.join(left_out)})" if left_out else ""), loc="left")
    return fig


def topic_prevalence(prevalence: pd.DataFrame, labels=None, date_col: str = "published",
                     bar_days: int = 240, *, periods=None, max_topics: int = 10):
    """Topic prevalence over time as stacked bars per period, named periods shaded when asked.

    At most ``max_topics`` colours: the topics with the largest total share, the rest pooled
    as "other (k topics)" in grey.

    Bars are drawn only where there are documents (no line is drawn across years without
    data); each bar is annotated with its number of documents.

    Parameters
    ----------
    prevalence : DataFrame from ``TopicModel.prevalence(date_col, freq)``.
    labels : mapping topic -> label, optional (defaults to the ``label`` column).
    date_col : str
        The date column the prevalence was computed by.
    bar_days : int
        Bar width in days (bars are placed for yearly periods).
    periods : named periods shaded behind the axis (see :func:`analysis.load_periods`);
        None shades nothing.
    max_topics : int
        At most this many topics drawn apart.

    Returns
    -------
    matplotlib Figure

    Examples
    --------
    >>> fig = topic_prevalence(model.prevalence("published", "Y"), model.labels)  # doctest: +SKIP
    """
    if prevalence.empty or prevalence[date_col].isna().all():
        fig, ax = new_figure(figsize=(9, 2.2))
        ax.text(0.5, 0.5, "no dated documents: topic prevalence over time cannot be shown",
                ha="center", va="center", transform=ax.transAxes)
        ax.set_axis_off()
        from ..report.outputs import mark_empty
        return mark_empty(fig, "no dated documents, so topic prevalence over time cannot be shown")
    labels = _label_map(labels) or _label_map(
        prevalence.drop_duplicates("topic").set_index("topic")["label"])
    wide = prevalence.pivot_table(index=date_col, columns="topic", values="share", aggfunc="sum")
    wide = pool_columns(wide.fillna(0), max_topics)
    counts = prevalence.drop_duplicates(date_col).set_index(date_col)["n_docs"]
    dates = pd.to_datetime(wide.index)
    fig, ax = new_figure(figsize=(9, 4.2))
    step = float(np.median(np.diff(dates.values).astype("timedelta64[D]").astype(float))) if len(dates) > 1 else 365.0
    yearly = step >= 300
    # yearly periods: bars of bar_days centred in their year; finer periods: 80% of the step
    width = pd.Timedelta(days=bar_days if yearly else 0.8 * step)
    centre = pd.Timedelta(days=182 if yearly else step / 2)
    bottom = np.zeros(len(wide))
    for i, t in enumerate(wide.columns):
        vals = wide[t].fillna(0).to_numpy()
        other = str(t).startswith("other (")
        ax.bar(dates + centre, vals, width=width, bottom=bottom,
               color="#999999" if other else PALETTE[i % len(PALETTE)],
               label=str(t) if other else _topic_name(t, labels, 40),
               edgecolor="white", lw=0.5, zorder=2)
        bottom += vals
    for d, n in zip(dates, counts.reindex(wide.index)):
        if len(dates) > 30:
            break  # the counts would collide; they are in the prevalence table
        ax.text(d + centre, 1.02, f"n={int(n)}", ha="center", va="bottom", fontsize=8)
    lo = dates.min() - (pd.DateOffset(months=6) if yearly else pd.Timedelta(days=step))
    hi = dates.max() + (pd.DateOffset(months=18) if yearly else pd.Timedelta(days=2 * step))
    ax.set_xlim(lo, hi)
    if not yearly:   # months or days: matplotlib's default wrote "2003-022003-03 2003-04..." over one another
        from .timeline import _date_axis
        _date_axis(ax, lo, hi)
    shade_periods(ax, periods, lo, hi)
    ax.set_ylim(0, 1.12)
    ax.set_ylabel("share of text (length-weighted)")
    ax.set_xlabel(("year of publication" if yearly else "publication date")
                  + (f" ({period_note(periods)})" if periods is not None else ""))
    ax.grid(axis="x", visible=False)
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1), fontsize=8)
    ax.set_title("Topic prevalence by year" if yearly else "Topic prevalence over time", loc="left", pad=16)
    return fig
