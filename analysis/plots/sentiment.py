"""Charts of sentence, document and group sentiment (inputs from :mod:`analysis.sentiment.scores`)."""
from __future__ import annotations

import textwrap
import warnings

import numpy as np
import pandas as pd

from ..dates.periods import naive_dates

from ._style import PALETTE, new_figure, period_note, shade_periods, shorten

_NEG, _NEU, _POS = PALETTE[3], "#BBBBBB", PALETTE[0]


def _limit(order: list, max_docs: int | None, what: str) -> tuple[list, str]:
    """At most ``max_docs`` documents, evenly spaced through ``order`` (warned), and a note."""
    if max_docs is None or len(order) <= max_docs:
        return order, ""
    keep = np.unique(np.linspace(0, len(order) - 1, max_docs).round().astype(int))
    warnings.warn(f"{what}: {len(order):,} documents are too many to show one per row; showing "
                  f"{len(keep)} evenly spaced through the order given (max_docs={max_docs})",
                  stacklevel=3)
    return [order[i] for i in keep], f" ({len(keep)} of {len(order):,} documents, evenly spaced)"


def _labels(doc_ids, labels) -> list[str]:
    if labels is None:
        return [shorten(d, 40) for d in doc_ids]
    lab = dict(labels.items()) if hasattr(labels, "items") else dict(labels)
    return [shorten(lab.get(d, d), 40) for d in doc_ids]


def _band(threshold: float | None) -> float:
    """The neutral band drawn: ``threshold``, or the default scorer's band (0.125 for the
    ``news`` model), so the grey band and the dot colours agree with the positive / neutral /
    negative shares computed by :mod:`analysis.sentiment.scores` and with the notebook's text
    (the charts had shaded VADER's 0.05 around scores of a model whose band is 0.125)."""
    if threshold is not None:
        return float(threshold)
    from ..sentiment.scores import DEFAULT_METHOD, default_threshold

    return default_threshold(DEFAULT_METHOD)


def _neutral_band(ax, threshold, vertical=True):
    if vertical:
        ax.axvspan(-threshold, threshold, color="#EEEEEE", zorder=0, lw=0)
        ax.axvline(0, color="#888888", lw=0.8, zorder=1)
    else:
        ax.axhspan(-threshold, threshold, color="#EEEEEE", zorder=0, lw=0)
        ax.axhline(0, color="#888888", lw=0.8, zorder=1)


def _nothing_to_show(message: str, title: str, reason: str):
    """A small figure that says why a chart has nothing to draw (no document or sentence was
    scored, e.g. none is in English), in place of empty axes with a legend; marked empty
    (:func:`analysis.report.outputs.mark_empty`) with *reason*, so a report prints "No chart
    ...: <reason>" and lists no figure for it."""
    from ..report.outputs import mark_empty
    fig, ax = new_figure(figsize=(8, 2.5))
    ax.text(0.5, 0.5, message, ha="center", va="center", transform=ax.transAxes, color="#555555")
    ax.set_axis_off()
    ax.set_title(title)
    return mark_empty(fig, reason)


def sentence_sentiment_distribution(sentence_scores: pd.DataFrame, labels=None, order=None,
                                    threshold: float | None = None, title: str | None = None,
                                    max_docs: int | None = 40):
    """Box plot plus every sentence as a dot: the spread of sentence compound per document.

    Parameters
    ----------
    sentence_scores : output of :func:`analysis.sentence_sentiment`.
    labels : optional mapping doc_id -> label shown on the axis (e.g. "2016-03-30 Reuters").
    order : optional list of doc_ids, top to bottom (default: order of appearance).
    threshold : the neutral band, shaded grey; None: the default scorer's (0.125 for ``news``;
        pass 0.05 for VADER scores).
    title : optional title (a note is appended when documents are left out).
    max_docs : at most this many rows; with more documents, an evenly spaced selection through
        ``order`` is shown (with a warning and a note in the title). None shows all.

    Returns
    -------
    matplotlib Figure.

    Examples
    --------
    >>> import pandas as pd
    >>> import analysis
    >>> c = pd.DataFrame({"doc_id": ["a", "b"], "text": ["A fine day. Rain.", "A cruel attack."]})
    >>> fig = sentence_sentiment_distribution(analysis.sentence_sentiment(c))
    >>> [t.get_text() for t in fig.axes[0].get_yticklabels()]
    ['a  (n=2)', 'b  (n=1)']
    """
    threshold = _band(threshold)
    order = list(order) if order is not None else list(dict.fromkeys(sentence_scores["doc_id"]))
    order, note = _limit(order, max_docs, "sentence_sentiment_distribution")
    if not order:       # nothing scored (e.g. no English document): say so instead of failing
        return _nothing_to_show("no sentences to show", title or "Sentence tone per document",
                                "no sentence was scored")
    data = [sentence_scores.loc[sentence_scores["doc_id"] == d, "compound"].to_numpy(float) for d in order]
    fig, ax = new_figure(figsize=(8, 1.0 + 0.55 * max(len(order), 2)))
    _neutral_band(ax, threshold)
    pos = np.arange(len(order))[::-1]
    ax.boxplot([x if len(x) else [np.nan] for x in data], positions=pos, orientation="horizontal",
               widths=0.5, showfliers=False, patch_artist=True,
               boxprops=dict(facecolor="white", edgecolor="#444444"),
               medianprops=dict(color="#000000", lw=1.5), whiskerprops=dict(color="#444444"),
               capprops=dict(color="#444444"))
    rng = np.random.default_rng(0)  # fixed jitter: identical charts on every run
    for y, x in zip(pos, data):
        colours = np.where(x >= threshold, _POS, np.where(x <= -threshold, _NEG, "#777777"))
        ax.scatter(x, y + rng.uniform(-0.18, 0.18, len(x)), s=14, c=colours, alpha=0.75,
                   edgecolors="none", zorder=3)
        ax.scatter([x.mean()] if len(x) else [], [y] if len(x) else [], marker="D", s=30,
                   color="#000000", zorder=4)
    ax.set_yticks(pos, [f"{lab}  (n={len(x)})" for lab, x in zip(_labels(order, labels), data)])
    ax.set_xlim(-1.05, 1.05)
    ax.set_xlabel("sentence compound (-1 most negative, +1 most positive)\n"
                  f"grey band: neutral (|compound| < {threshold:g}); diamond: mean")
    ax.set_title((title or "Sentiment of each sentence, per document") + note)
    ax.grid(axis="y", visible=False)
    return fig


def document_sentiment_intervals(doc_sentiment: pd.DataFrame, labels=None, order=None,
                                 threshold: float | None = None, title: str | None = None,
                                 max_docs: int | None = 40):
    """Each document's mean sentence compound with its bootstrap interval, and the shares of
    negative / neutral / positive sentences beside it.

    Parameters
    ----------
    doc_sentiment : output of :func:`analysis.document_sentiment`.
    labels, order, threshold, title, max_docs : as in :func:`sentence_sentiment_distribution`.

    Returns
    -------
    matplotlib Figure (two panels sharing the document axis).

    Examples
    --------
    >>> import pandas as pd
    >>> import analysis
    >>> c = pd.DataFrame({"doc_id": ["a", "b"], "text": ["A fine day. Rain.", "A cruel attack."]})
    >>> fig = document_sentiment_intervals(analysis.document_sentiment(c), labels={"a": "Alpha"})
    >>> [t.get_text() for t in fig.axes[0].get_yticklabels()]
    ['Alpha', 'b']
    """
    threshold = _band(threshold)
    d = doc_sentiment.set_index("doc_id")
    order = list(order) if order is not None else list(d.index)
    order, note = _limit(order, max_docs, "document_sentiment_intervals")
    if not order:       # no document scored: empty axes with a legend would read as a chart
        return _nothing_to_show("no documents to show: none was scored", title or "Tone of each document",
                                "no document was scored")
    d = d.loc[order]
    fig, (ax, ax2) = new_figure(1, 2, figsize=(9, 1.2 + 0.5 * max(len(order), 2)),
                                sharey=True, gridspec_kw={"width_ratios": [3, 2]})
    y = np.arange(len(order))[::-1]
    _neutral_band(ax, threshold)
    m = d["mean_compound"].to_numpy(float)
    err = np.vstack([m - d["ci_low"].to_numpy(float), d["ci_high"].to_numpy(float) - m])
    colours = [_POS if v >= threshold else _NEG if v <= -threshold else "#555555" for v in m]
    ax.errorbar(m, y, xerr=err, fmt="none", ecolor="#444444", elinewidth=1.5, capsize=4, zorder=3)
    ax.scatter(m, y, s=50, c=colours, zorder=4)
    ax.set_yticks(y, _labels(order, labels))
    lo = np.nanmin(np.r_[d["ci_low"].to_numpy(float), -0.3])
    hi = np.nanmax(np.r_[d["ci_high"].to_numpy(float), 0.3])
    ax.set_xlim(lo - 0.05, hi + 0.05)
    ax.set_xlabel("mean sentence compound, 95% bootstrap interval")
    ax.grid(axis="y", visible=False)
    left = np.zeros(len(order))
    for col, colour, name in [("share_negative", _NEG, "negative"), ("share_neutral", _NEU, "neutral"),
                              ("share_positive", _POS, "positive")]:
        v = d[col].fillna(0).to_numpy(float)
        ax2.barh(y, v, left=left, color=colour, height=0.6, label=name)
        left += v
    ax2.set_xlim(0, 1)
    ax2.set_xlabel("share of sentences")
    ax2.grid(axis="y", visible=False)
    ax2.legend(loc="upper center", bbox_to_anchor=(0.5, -0.18), ncol=3, fontsize=8)
    fig.suptitle((title or "Tone of each document") + note, fontweight="bold")
    return fig


_UNIT_WORDS = {"D": "day", "W": "week", "M": "month", "Q": "quarter", "Y": "year", "A": "year"}


def _unit_of(periods_ix: pd.PeriodIndex) -> str:
    """"day", "week", "month", "quarter" or "year" for a PeriodIndex's frequency."""
    code = str(periods_ix.freqstr or "Y").upper().lstrip("0123456789")
    return next((w for k, w in _UNIT_WORDS.items() if code.startswith(k)), "period")


def _label_counts(fig, ax, x, g) -> int:
    """Write "n docs / n sent." above each interval where it does not overlap another label
    (the periods with most documents first); returns how many were written."""
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    placed = []
    order = np.argsort(-g["n_documents"].to_numpy(), kind="stable")
    tops, nd, ns = g["ci_high"].to_numpy(float), g["n_documents"].to_numpy(), g["n_sentences"].to_numpy()
    xs = list(x)
    for i in order:
        t = ax.annotate(f"{nd[i]:,} doc{'s' if nd[i] != 1 else ''}\n{ns[i]:,} sent.", (xs[i], tops[i]),
                        xytext=(0, 4), textcoords="offset points", fontsize=7.5, color="#333333", ha="center",
                        va="bottom", linespacing=1.0, zorder=6,
                        bbox=dict(boxstyle="round,pad=0.15", fc="white", ec="none", alpha=0.85))
        t.set_in_layout(False)   # the layout must not move the axes after the labels are placed
        bb = t.get_window_extent(renderer).expanded(1.08, 1.1)
        if any(bb.overlaps(o) for o in placed):
            t.remove()
            continue
        placed.append(bb)
    return len(placed)


def sentiment_over_time(group_sentiment: pd.DataFrame, date_col: str = "published",
                        documents: pd.DataFrame | None = None, labels=None,
                        threshold: float | None = None, title: str | None = None, *, periods=None,
                        max_documents: int = 2000):
    """Tone by period (e.g. year) with intervals, named periods shaded behind when asked.

    The y axis covers every interval and, when ``documents`` are drawn, most of them; a
    document mean beyond the axis is drawn as a triangle on its edge, and the legend says
    how many are there, so no point is clipped without a mark.

    Parameters
    ----------
    group_sentiment : output of :func:`analysis.group_sentiment` grouped by a date column
        (its ``date_col`` holds pandas Periods).
    documents : optional DataFrame with ``date_col`` and ``mean_compound`` (document means
        joined to their dates): drawn as small open circles so single articles stay visible.
    labels : unused for the periods; kept for a uniform signature.
    threshold : the neutral band, shaded grey; None: the default scorer's (0.125 for ``news``;
        pass 0.05 for VADER scores).
    title : optional title.
    periods : named periods shaded behind the axis (a name such as ``"us-administrations"``,
        a file, a DataFrame; see :func:`analysis.load_periods`); None shades nothing.
    max_documents : above this many documents, an evenly spaced sample (in date order) is
        drawn as circles, said in the legend; the period means use them all.

    Returns
    -------
    matplotlib Figure.

    Examples
    --------
    >>> import pandas as pd
    >>> import analysis
    >>> c = pd.DataFrame({"doc_id": ["a", "b"], "text": ["A fine day.", "A cruel attack."],
    ...                   "published": pd.to_datetime(["2019-05-01", "2021-03-01"])})
    >>> fig = sentiment_over_time(analysis.group_sentiment(c))
    >>> fig.axes[0].get_ylabel()
    'mean sentence compound'
    """
    threshold = _band(threshold)
    g = group_sentiment.dropna(subset=[date_col]).copy()
    if documents is not None:
        documents = documents.dropna(subset=[date_col, "mean_compound"]).copy()
        documents[date_col] = naive_dates(documents[date_col]).to_numpy()
        documents = documents.dropna(subset=[date_col])
    shaded = f" ({period_note(periods)})" if periods is not None else ""
    if g.empty:
        fig, ax = new_figure(figsize=(8, 4.2))
        ax.text(0.5, 0.5, "no dated documents to show", ha="center", va="center",
                transform=ax.transAxes, color="#555555")
        ax.set_axis_off()
        ax.set_title(title or "Tone over time")
        from ..report.outputs import mark_empty
        return mark_empty(fig, "no dated documents, so tone over time cannot be shown")
    from ..dates.timebins import focus_range

    periods_ix = pd.PeriodIndex(g[date_col])
    unit = _unit_of(periods_ix)
    start, end = periods_ix.start_time, (periods_ix + 1).start_time   # a bin ends where the next begins
    mid = start + (end - start) / 2
    # the axis holds the bulk of the periods (weighted by documents), with what lies outside said
    weights = g["n_documents"].clip(lower=1).to_numpy(int)
    rng = focus_range(np.repeat(mid.to_numpy(), weights))
    inside_g = np.asarray((mid >= rng.lo) & (mid <= rng.hi))
    outside_note = ""
    if not inside_g.all():
        out = g[~inside_g]
        n_docs_out = int(out["n_documents"].sum())
        pix_out = pd.PeriodIndex(out[date_col])
        early = np.asarray(mid[~inside_g] < rng.lo)
        where = ([f"{int(early.sum()):,} before it (from {pix_out[early].min()})"] if early.any() else []) + \
                ([f"{int((~early).sum()):,} after it (up to {pix_out[~early].max()})"] if (~early).any() else [])
        outside_note = (f"\n{len(out):,} {unit} mean{'s' if len(out) != 1 else ''} ({n_docs_out:,} documents) "
                        f"lie outside the axis: {', '.join(where)}; see the table")
        g, start, end, mid = g[inside_g], start[inside_g], end[inside_g], mid[inside_g]
    fig, ax = new_figure(figsize=(8, 4.2))
    has_docs = documents is not None and len(documents) > 0
    lo_t, hi_t = start.min(), end.max()
    if has_docs:   # the single documents of the periods shown
        documents = documents[(documents[date_col] >= lo_t) & (documents[date_col] < hi_t)]
        has_docs = len(documents) > 0
    pad = pd.Timedelta(days=max(0.5, (hi_t - lo_t).days * 0.03))
    ax.plot([lo_t - pad, hi_t + pad], [0, 0], alpha=0)  # set the date axis
    shade_periods(ax, periods, lo_t - pad, hi_t + pad)
    _neutral_band(ax, threshold, vertical=False)
    m = g["mean_compound"].to_numpy(float)
    err = np.vstack([m - g["ci_low"].to_numpy(float), g["ci_high"].to_numpy(float) - m])
    ax.errorbar(mid, m, yerr=err, fmt="o", color=PALETTE[7], ecolor="#333333", capsize=5 if len(g) <= 40 else 0,
                ms=7 if len(g) <= 40 else 3, lw=1.5, zorder=4,
                label=f"mean of all sentences in the {unit}, 95% interval")
    # the axis covers every interval and 98% of document means (all of them when few), within [-1, 1]
    spread = float(np.nanmax(np.abs(np.r_[g["ci_low"], g["ci_high"], m, 0.3])))
    if has_docs:
        dm = documents["mean_compound"].to_numpy(float)
        spread = max(spread, float(np.nanmax(np.abs(dm)) if len(dm) <= 50 else np.nanquantile(np.abs(dm), 0.98)))
    lim = min(spread + 0.1, 1.05)
    ax.set_ylim(-lim, lim + 0.05)
    if has_docs:
        d = documents.sort_values(date_col, kind="stable")
        note = ""
        if len(d) > max_documents:
            d = d.iloc[np.unique(np.linspace(0, len(d) - 1, max_documents).round().astype(int))]
            note = f", {len(d):,} of {len(documents):,} evenly spaced in time"
        v = d["mean_compound"].to_numpy(float)
        inside = np.abs(v) <= lim
        ax.scatter(d.loc[inside, date_col], v[inside], s=30 if len(d) <= 200 else 8, facecolors="none",
                   edgecolors=PALETTE[0], alpha=1 if len(d) <= 200 else 0.5, zorder=3,
                   label=f"single document (mean){note}")
        out = ~inside
        label = f"{int(out.sum()):,} document mean(s) beyond \u00b1{lim:.2f}, drawn at the edge"
        for sel, y_edge, marker in ((out & (v > 0), lim + 0.03, "^"), (out & (v < 0), -lim + 0.02, "v")):
            if sel.any():
                ax.scatter(d.loc[sel, date_col], np.full(int(sel.sum()), y_edge), marker=marker, s=28,
                           color=PALETTE[3], zorder=5, clip_on=False, label=label)
                label = None
    ax.set_ylabel("mean sentence compound")
    from .timeline import _date_axis

    fig.canvas.draw()   # the laid-out width decides how many date ticks fit
    _date_axis(ax, lo_t - pad, hi_t + pad)   # concise ticks over weeks or months, years over a decade
    ax.set_xlabel("publication date" + shaded)
    if has_docs and len(documents) > 50:   # many points: the legend goes below, not over them
        ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.2), ncol=2, fontsize=8)
    else:
        ax.legend(loc="lower left", fontsize=8)

    def set_title(labelled: int):
        counts_note = ""
        if labelled < len(g):
            counts_note = (f"\ndocuments and sentences labelled for {labelled:,} of {len(g):,} {unit}s "
                           "(the largest, where labels fit); all in the table")
        # each line wrapped to the figure's width (a long note ran off both edges)
        text = "\n".join(textwrap.fill(line, 80) for line in
                         ((title or f"Tone per {unit}") + outside_note + counts_note).split("\n"))
        ax.set_title(text, pad=16, fontsize=11)

    # the count labels are placed last, when the title, axis labels and legend have taken their
    # room (placed before, the layout then narrowed the axes and two labels overlapped); the
    # title is first written with the most labels its note can name, so its lines do not change
    set_title(len(g) - 1 if len(g) > 1 else len(g))
    set_title(_label_counts(fig, ax, mid, g))
    return fig
