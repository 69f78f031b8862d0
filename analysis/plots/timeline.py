"""Timeline charts: when articles appeared, what they say happened when, and trends over time.

Inputs come from :func:`analysis.load_corpus` (publication dates), :func:`analysis.events`
(dated sentences), ``TopicModel.prevalence`` and :func:`analysis.group_sentiment`.
"""
from __future__ import annotations

import re
import textwrap

import matplotlib.dates as mdates
import numpy as np
from matplotlib.colors import to_rgba
import pandas as pd

from ..dates.event_kinds import KIND_CAPTION, event_label
from ..dates.periods import naive_dates
from ._style import PALETTE, new_figure, period_note, pool_columns, shade_periods, shorten

def _days(lo, hi) -> int:
    """Days from ``lo`` to ``hi``; unlike ``hi - lo`` on Timestamps, no overflow beyond ~292
    years (a corpus can mention 1688 and 2099). Whole days are counted, so the nanoseconds a
    Python datetime cannot hold do not matter (``warn=False``: pandas would otherwise print
    "Discarding nonzero nanoseconds" into the notebook for a period's end, 23:59:59.999999999)."""
    return (pd.Timestamp(hi).to_pydatetime(warn=False) - pd.Timestamp(lo).to_pydatetime(warn=False)).days


#: "nice" steps for year ticks, in years
_YEAR_STEPS = (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000)
#: width one date tick label needs, in inches (a four-digit year at 8-10 pt, with a gap)
_TICK_INCHES = 0.55


#: width of a day or month label ("02 Mar", "Mar 1987"), in inches
_TICK_INCHES_WIDE = 0.85


def _max_date_ticks(ax, most: int = 12, tick_inches: float = _TICK_INCHES) -> int:
    """How many date labels fit side by side on ``ax``'s width (at least 2, at most ``most``).

    A narrow panel (the event timeline's left third) cannot hold a dozen year labels: they
    ran into one another ("19351944195319621971...")."""
    inches = ax.get_position().width * ax.figure.get_figwidth()
    return int(max(2, min(most, inches // tick_inches)))


def _date_formatter(locator, lo, hi) -> mdates.ConciseDateFormatter:
    """One format for every tick, chosen by the step of the ticks: "1987" for years, "Mar 1987"
    for months, "02 Mar" for days (the year once at the axis end; "02 Mar 1987" when the span
    crosses a new year), "02 Mar 14:00" for hours. Matplotlib's concise default wrote the first
    day of a month as its name among day numbers ("26, Mar, 05, 12")."""
    day = "%d %b" if pd.Timestamp(lo).year == pd.Timestamp(hi).year else "%d %b %Y"
    formats = ["%Y", "%b %Y", day, "%d %b %H:%M", "%H:%M", "%H:%M:%S"]
    return mdates.ConciseDateFormatter(locator, formats=formats, zero_formats=list(formats),
                                       offset_formats=["", "", "%Y" if day == "%d %b" else "",
                                                       "%Y", "%d %b %Y", "%d %b %Y"])


def _date_axis(ax, lo, hi) -> None:
    """Year ticks over several years, months or days over a short span (where year ticks would
    leave the axis without a single label), each tick in the same format (:func:`_date_formatter`); never more ticks than the axis is wide enough to
    label without overlap (:func:`_max_date_ticks`), at "nice" years (every 1, 2, 5, 10, 20,
    25, 50 ... years)."""
    years = _days(lo, hi) / 365.25
    fit = _max_date_ticks(ax)
    if years >= 3:
        step = next((s for s in _YEAR_STEPS if years / s <= fit), _YEAR_STEPS[-1] * int(np.ceil(years / fit / _YEAR_STEPS[-1])))
        ax.xaxis.set_major_locator(mdates.YearLocator(base=step))
        ax.xaxis.set_major_formatter(mdates.DateFormatter("%Y"))
    else:
        fit = _max_date_ticks(ax, tick_inches=_TICK_INCHES_WIDE)
        # under a month, ticks every 2 or 4 days at "multiples" restart on the 1st of each
        # month: 29 Nov, 01 Dec are 2 days apart where the others are 4, and the long labels
        # of a span over a new year ran together ("29 Dec 200701 Jan 2008"); evenly spaced
        # ticks from the first day instead. From a month on the steps are 7 or 14 days (1st,
        # 8th, 15th, 22nd), never closer at a month's end, and stay on those days.
        short = _days(lo, hi) < 31
        locator = mdates.AutoDateLocator(minticks=min(3, fit), maxticks=min(8, fit),
                                         interval_multiples=not short)
        if short:   # the 4-day step of the multiples, evenly spaced (as many ticks as before)
            locator.intervald[mdates.DAILY] = sorted(set(locator.intervald[mdates.DAILY]) | {4})
        # on a narrow axis (two or three labels) over one to three years, none of the default
        # steps (at most 6 months) fits: matplotlib warned "unable to pick an appropriate
        # interval" into the report and fell back to crowded ticks. Longer steps are allowed.
        for freq, extra in ((mdates.MONTHLY, (12, 24)), (mdates.DAILY, (28, 56)),
                            (mdates.HOURLY, (24, 48))):
            locator.intervald[freq] = sorted(set(locator.intervald[freq]) | set(extra))
        ax.xaxis.set_major_locator(locator)
        ax.xaxis.set_major_formatter(_date_formatter(locator, lo, hi))


def _levels(intervals: list[tuple[float, float]], pad: float) -> list[int]:
    """Lowest free level for each interval (in x order) so no two on a level overlap."""
    ends: list[float] = []
    out = []
    for lo, hi in intervals:
        for lvl, last in enumerate(ends):
            if lo >= last + pad:
                ends[lvl] = hi
                out.append(lvl)
                break
        else:
            ends.append(hi)
            out.append(len(ends) - 1)
    return out


def publication_timeline(corpus: pd.DataFrame, label_col: str | None = "outlet",
                         title_col: str | None = "title", date_col: str = "published",
                         width: int = 28, max_labels: int = 12, title: str | None = None, *,
                         periods=None, max_groups: int = 8, max_points: int = 400):
    """Articles on a dated axis, labels placed so none overlap; its size is bounded.

    Up to ``max_labels`` articles, each gets a label (outlet, date, wrapped headline) on the
    lowest level where it does not overlap another label (measured from the rendered text,
    so long headlines push neighbours up). Up to ``max_points`` articles, the chart is a
    strip per outlet (``label_col``): one dot per article. Above that, it counts articles
    per day, week, month or year (whichever gives at most about 120 bars), stacked by
    outlet. Either way at most ``max_groups`` outlets are drawn: the most frequent, the rest
    pooled as "other", said in the title; without an outlet column all articles are one
    group.

    Parameters
    ----------
    corpus : DataFrame with ``doc_id`` and ``date_col`` (undated documents are counted in the
        title, not drawn).
    label_col, title_col : columns used for each article's label (outlet, then a wrapped
        headline); missing columns fall back to ``doc_id``.
    width : wrap width of the labels, in characters.
    max_labels : above this many dated articles, draw one strip per outlet instead.
    periods : named periods shaded behind the axis (a name such as ``"us-administrations"``,
        a file, a DataFrame; see :func:`analysis.load_periods`); None shades nothing.
    max_groups : at most this many outlet rows or colours (the last one "other").
    max_points : above this many dated articles, count them per period instead of a dot each.

    Returns
    -------
    matplotlib Figure.

    Examples
    --------
    >>> import pandas as pd
    >>> c = pd.DataFrame({"doc_id": ["a", "b"], "outlet": ["AP", "AFP"],
    ...                   "published": pd.to_datetime(["2016-01-05", "2021-06-01"])})
    >>> fig = publication_timeline(c)
    """
    df = corpus.copy()
    df[date_col] = naive_dates(df[date_col]).to_numpy()
    undated = int(df[date_col].isna().sum())
    df = df.dropna(subset=[date_col]).sort_values([date_col, "doc_id"], kind="stable")
    has_label = label_col is not None and label_col in df.columns

    def head(row):
        return str(row[label_col]) if has_label and pd.notna(row.get(label_col)) else str(row["doc_id"])

    def label(row):
        text = f"{head(row)}\n{row[date_col]:%d %b %Y}"
        if title_col is not None and title_col in df.columns and pd.notna(row.get(title_col)):
            text += "\n" + textwrap.shorten(str(row[title_col]), width * 2, placeholder="...")
        return "\n".join(textwrap.fill(part, width) for part in text.split("\n"))

    sub = f"{len(df):,} dated article{'s' if len(df) != 1 else ''}"
    if undated:
        sub += f"; {undated:,} without a known date (not shown)"
    fig, ax = new_figure(figsize=(10, 4.8))
    if df.empty:
        ax.text(0.5, 0.5, "no dated documents", ha="center", va="center", transform=ax.transAxes)
        ax.set_axis_off()
        from ..report.outputs import mark_empty
        return mark_empty(fig, "no document has a publication date" if undated else "no documents")
    # microseconds: padding a date near 1677 or 2262 stays inside the range (ns would overflow)
    lo, hi = pd.Timestamp(df[date_col].min()).as_unit("us"), pd.Timestamp(df[date_col].max()).as_unit("us")
    span = max(_days(lo, hi), 365)
    lo_t, hi_t = lo - pd.Timedelta(days=int(span * 0.08)), hi + pd.Timedelta(days=int(span * 0.08))
    ax.plot([lo_t, hi_t], [0, 0], alpha=0)
    shade_periods(ax, periods, lo_t, hi_t)
    _date_axis(ax, lo_t, hi_t)
    ax.set_xlabel("publication date" + (f" ({period_note(periods)})" if periods is not None else ""))
    ax.grid(axis="y", visible=False)

    if len(df) > max_labels:
        return _publication_groups(fig, ax, df, date_col, label_col if has_label else None, sub,
                                   title, max_groups, max_points, periods)

    ax.axhline(0, color="#333333", lw=1, zorder=2)
    texts = []
    for _, row in df.iterrows():
        texts.append(ax.text(row[date_col], 0, label(row), ha="center", va="bottom", fontsize=7.5, zorder=4,
                             bbox=dict(boxstyle="round,pad=0.25", fc="white", ec="#BBBBBB", lw=0.6)))
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    inv = ax.transData.inverted()
    spans = []
    for t in texts:
        bb = t.get_window_extent(renderer).expanded(1.04, 1.0)
        (x0, _), (x1, _) = inv.transform([[bb.x0, 0], [bb.x1, 0]])
        spans.append((x0, x1))
    lv = _levels(spans, pad=(mdates.date2num(hi_t) - mdates.date2num(lo_t)) * 0.004)
    n_levels = max(lv) + 1
    fig.set_size_inches(10, 2.2 + 0.95 * n_levels)
    for t, level, x in zip(texts, lv, df[date_col]):
        y = level + 0.35
        t.set_position((x, y))
        ax.plot([x, x], [0, y], color="#777777", lw=0.8, zorder=2)
    ax.scatter(df[date_col], np.zeros(len(df)), s=40, color=PALETTE[0], zorder=3)
    ax.set_ylim(-0.25, n_levels + 0.2)
    ax.set_yticks([])
    ax.spines["left"].set_visible(False)
    ax.set_title(title or f"When the articles appeared ({sub})", loc="left", pad=16)
    return fig


#: Bins for counting articles over time: (largest span in days, pandas period alias, words).
_BINS = [(120, "D", "day"), (2 * 365, "W", "week"), (10 * 365, "M", "month"), (None, "Y", "year")]


def _group_labels(values: pd.Series, max_groups: int, what: str = "outlets") -> tuple[pd.Series, str]:
    """Each value, or "other (k <what>)" outside the ``max_groups - 1`` most frequent, and a note."""
    counts = values.value_counts(sort=True)
    counts = counts.sort_index(kind="stable").sort_values(ascending=False, kind="stable")
    if len(counts) <= max_groups:
        return values, ""
    keep = set(counts.index[:max_groups - 1])
    rest = len(counts) - len(keep)
    other = f"other ({rest:,} {what})"
    n_other = int(counts.iloc[max_groups - 1:].sum())
    return (values.where(values.isin(keep), other),
            f"the {max_groups - 1} most frequent of {len(counts):,} {what}; {n_other:,} articles "
            f"from the other {rest:,} pooled")


def _publication_groups(fig, ax, df, date_col, label_col, sub, title, max_groups, max_points, periods):
    """publication_timeline for many articles: dot strips or stacked counts, bounded in size."""
    what = label_col or "document"
    if label_col is None:
        groups, gnote = pd.Series("all articles", index=df.index), ""
    else:
        groups, gnote = _group_labels(df[label_col].fillna("(no " + label_col + ")").astype(str).map(
            lambda v: shorten(v, 30)), max_groups)
    order = list(groups.value_counts(sort=False).index)
    counts = groups.value_counts()
    order = sorted(order, key=lambda g: (g.startswith("other ("), -counts[g], g))
    colours = {g: ("#999999" if g.startswith("other (") else PALETTE[i % len(PALETTE)])
               for i, g in enumerate(order)}
    lo, hi = df[date_col].min(), df[date_col].max()
    span = max(_days(lo, hi), 1)
    note = f" ({sub})" + (f"\n{gnote}" if gnote else "")
    if len(df) <= max_points:
        pad = pd.Timedelta(days=max(span, 365) * 0.05)
        ax.plot([lo - pad, hi + pad], [0, 0], alpha=0)
        shade_periods(ax, periods, lo - pad, hi + pad)
        _date_axis(ax, lo - pad, hi + pad)
        ypos = {g: len(order) - 1 - i for i, g in enumerate(order)}
        fig.set_size_inches(10, 1.8 + 0.45 * len(order))
        for g in order:
            sel = groups == g
            ax.scatter(df.loc[sel, date_col], np.full(int(sel.sum()), ypos[g]), s=40, color=colours[g],
                       zorder=3, edgecolors="white", linewidths=0.5)
        ax.set_yticks([ypos[g] for g in order], [f"{g} (n={counts[g]:,})" for g in order])
        ax.set_ylim(-0.7, len(order) - 0.3)
        ax.set_xlabel("publication date, one dot per article"
                      + (f" ({period_note(periods)})" if periods is not None else ""))
        ax.set_title((title or f"When the articles appeared, by {what}") + note, loc="left", pad=16)
        return fig
    freq, unit = next((f, u) for limit, f, u in _BINS if limit is None or span <= limit)
    bins = df[date_col].dt.to_period(freq)
    table = (pd.DataFrame({"bin": bins, "group": groups}).groupby(["bin", "group"]).size()
             .unstack(fill_value=0).reindex(columns=order, fill_value=0))
    full = pd.period_range(bins.min(), bins.max(), freq=freq)
    table = table.reindex(full, fill_value=0)
    starts = table.index.start_time
    # a bin ends where the next begins (a Period's end_time is its last nanosecond, which the
    # date axis and Python datetimes cannot hold)
    ends = (table.index + 1).start_time
    widths = (ends - starts) / pd.Timedelta(days=1)   # in days, as a date axis wants
    fig.set_size_inches(10, 4.8)
    lo_t = starts.min() - pd.Timedelta(hours=round(widths[0] * 12))   # half a bin, in whole hours
    hi_t = ends.max() + pd.Timedelta(hours=round(widths[-1] * 12))
    ax.plot([lo_t, hi_t], [0, 0], alpha=0)
    shade_periods(ax, periods, lo_t, hi_t)
    bottom = np.zeros(len(table))
    for g in order:
        vals = table[g].to_numpy(float)
        ax.bar(starts, vals, width=widths * 0.9, align="edge", bottom=bottom, color=colours[g], zorder=2,
               label=f"{g} (n={counts[g]:,})", lw=0)
        bottom += vals
    _date_axis(ax, lo_t, hi_t)
    ax.set_xlim(lo_t, hi_t)
    ax.set_ylabel(f"articles per {unit}")
    ax.set_xlabel("publication date" + (f" ({period_note(periods)})" if periods is not None else ""))
    if len(order) > 1:
        ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1), fontsize=8, title=what)
    ax.set_title((title or f"Articles per {unit}" + (f", by {what}" if label_col else "")) + note,
                 loc="left", pad=16)
    return fig


def _snippet(sentence: str, start: int, end: int, width: int) -> str:
    """The sentence shortened around the expression, the expression in quotes kept whole."""
    s = re.sub(r"\s+", " ", str(sentence)).strip()
    if len(s) <= width:
        return s
    half = max((width - (end - start)) // 2, 10)
    a, b = max(0, start - half), min(len(s), end + half)
    return ("..." if a > 0 else "") + s[a:b].strip() + ("..." if b < len(s) else "")


def _select_events(ev: pd.DataFrame, max_events: int) -> pd.DataFrame:
    """At most ``max_events`` events: the most precisely dated tiers (day, week, month, ...),
    the last tier needed sampled evenly over its dates; in date order.

    A time of day ("last night", "this morning", "0300 GMT") counts as a day: the axis is in
    days or coarser, and ranking it first filled the chart with the evenings and mornings around
    each publication date on wire copy, leaving out the dated events the stories report."""
    if len(ev) > max_events:
        rank = ev["granularity"].map({"time": 1, "day": 1, "week": 2, "month": 3, "quarter": 4,
                                      "season": 5, "year": 6}).fillna(7)
        # the most precise tiers that together hold max_events, then evenly through their dates
        tiers = rank.value_counts().sort_index().cumsum()
        cut = tiers.index[np.searchsorted(tiers.to_numpy(), max_events)] if tiers.iloc[-1] >= max_events \
            else tiers.index[-1]
        best = ev[rank < cut]
        pool = ev[rank == cut].sort_values(["date", "doc_id", "sent_id"], kind="stable")
        need = max_events - len(best)
        pick = np.unique(np.linspace(0, len(pool) - 1, need).round().astype(int)) if need > 0 else []
        ev = pd.concat([best, pool.iloc[pick]])
    return ev.sort_values(["date", "doc_id", "sent_id"], kind="stable").reset_index(drop=True)


def event_timeline(events: pd.DataFrame, corpus: pd.DataFrame | None = None,
                   label_col: str = "outlet", max_events: int = 40, width: int = 125,
                   title: str | None = None, *, periods=None, names: dict | None = None):
    """What the articles say happened when: one row per dated sentence, in date order.

    Left: each event's date on a time axis (a bar spans a month or a year when the text is
    no more precise), coloured by outlet (or article), named periods shaded when asked. The
    axis covers the bulk of the rows' dates (:func:`analysis.focus_range`): a row dated far
    from the others (1977 in a 1987 corpus) is an arrow at the axis edge, and the axis label
    says how many rows lie outside and when (each row's date is on its label).
    Right: the event kind (:func:`event_label`), the phrase that dates it, the sentence
    around it and the article, so every point can be checked against the text.

    Parameters
    ----------
    events : output of :func:`analysis.events`.
    corpus : optional corpus, for article labels (``label_col`` and ``published``).
    max_events : at most this many rows. With more events, the most precisely dated are
        kept (day, including a time of day, then week, month, ...), spread evenly over their dates, and the
        title says how many of how many are shown.
    width : characters of sentence shown per event.
    periods : named periods shaded behind the axis (see :func:`analysis.load_periods`);
        None shades nothing.
    names : optional doc_id -> name of the article shown after each event (e.g.
        :func:`analysis.report.narrative.document_names`: title and date); default: outlet and
        publication date, else the doc_id.

    Returns
    -------
    matplotlib Figure.

    Examples
    --------
    >>> import pandas as pd
    >>> ev = pd.DataFrame({"doc_id": "a", "sent_id": [0, 1, 2],
    ...     "sentence": ["They met on 3 May 2019.", "Talks resumed in June 2019.", "In 2020 it ended."],
    ...     "expression": ["3 May 2019", "June 2019", "2020"],
    ...     "date": pd.to_datetime(["2019-05-03", "2019-06-01", "2020-01-01"]),
    ...     "granularity": ["day", "month", "year"]})
    >>> event_timeline(ev, max_events=2).texts[0].get_text()
    'What the articles say happened when (2 of 3 events: the most precisely dated, spread over time)'
    """
    ev = events.dropna(subset=["date"]).copy()
    ev["date"] = naive_dates(ev["date"]).to_numpy()
    n_all = len(ev)
    ev = _select_events(ev, max_events)
    docs = list(dict.fromkeys(ev["doc_id"]))
    labels = {d: shorten(d, 30) for d in docs}
    group = dict(labels)   # what shares a colour: the outlet, else the article itself
    if corpus is not None:
        meta = corpus.set_index(corpus["doc_id"].astype(str))
        for d in docs:
            if d in meta.index:
                parts = []
                if label_col in meta.columns and pd.notna(meta.at[d, label_col]):
                    parts.append(shorten(meta.at[d, label_col], 30))
                    group[d] = parts[0]
                if "published" in meta.columns and pd.notna(meta.at[d, "published"]):
                    parts.append(f"{pd.Timestamp(meta.at[d, 'published']):%d %b %Y}")
                labels[d] = ", ".join(parts) or d
    if names:
        labels = {d: shorten(names.get(d, labels[d]), 60) for d in docs}
    # one colour per outlet (or per article without a label column); yellow is unreadable as text
    readable = [c for c in PALETTE if c.upper() != "#F0E442"]
    keys = list(dict.fromkeys(group[d] for d in docs))
    key_colour = {k: readable[i % len(readable)] for i, k in enumerate(keys)}
    if corpus is not None and label_col in corpus.columns and len(keys) > len(readable):
        # more outlets than colours: colour the most frequent, the rest grey (said in the title)
        freq = pd.Series([group[d] for d in ev["doc_id"]]).value_counts()
        top = list(freq.index[:len(readable) - 1])
        key_colour = {k: (readable[top.index(k)] if k in top else "#777777") for k in keys}
    colour = {d: key_colour[group[d]] for d in docs}
    n = max(len(ev), 1)
    fig, (ax, tx) = new_figure(1, 2, figsize=(12, 1.2 + 0.36 * n),
                               gridspec_kw={"width_ratios": [1, 2.6]})
    if ev.empty:
        ax.text(0.5, 0.5, "no dated events", ha="center", va="center", transform=ax.transAxes)
        ax.set_axis_off()
        tx.set_axis_off()
        from ..report.outputs import mark_empty
        return mark_empty(fig, "no sentence places an event on a date")
    y = np.arange(len(ev))[::-1]
    ends = []
    for d, g in zip(ev["date"], ev["granularity"]):
        if g == "month":
            ends.append(d + pd.DateOffset(months=1))
        elif g in ("year",):
            ends.append(d + pd.DateOffset(years=1))
        elif g == "quarter":
            ends.append(d + pd.DateOffset(months=3))
        else:
            ends.append(d)
    # the axis covers the bulk of the rows' dates (analysis.focus_range): one row dated 1977 or
    # 2001 in a 1987 corpus squeezed every other row into one column; a row outside is drawn as
    # an arrow at the axis edge (its date is on its label) and the axis label counts them
    from ..dates.timebins import focus_range

    core = focus_range(ev["date"])
    inside = (ev["date"] >= core.lo) & (ev["date"] <= core.hi)
    span_end = max(e for e, keep in zip(ends, inside) if keep)
    pad = pd.Timedelta(days=max(60, _days(core.lo, span_end) * 0.03))
    lo, hi = core.lo - pad, span_end + pad
    ax.plot([lo, hi], [y[0], y[0]], alpha=0)
    shade_periods(ax, periods, lo, hi)
    for yi, (_, row), e, keep in zip(y, ev.iterrows(), ends, inside):
        c = colour[row["doc_id"]]
        if not keep:   # outside the bulk (counted in the axis label): an arrow at the edge
            edge = lo if row["date"] < core.lo else hi
            ax.scatter([edge], [yi], s=60, color=c, marker="<" if row["date"] < core.lo else ">", zorder=3,
                       clip_on=False)
        elif e > row["date"]:
            ax.plot([row["date"], min(e, hi)], [yi, yi], color=c, lw=4, solid_capstyle="butt", zorder=3)
        else:
            ax.scatter([row["date"]], [yi], s=36, color=c, zorder=3)
    ax.set_xlim(lo, hi)
    ax.set_ylim(-0.7, len(ev) - 0.3)
    ax.set_yticks(y, [f"{d:%d %b %Y}" if g in ("day", "time") else (f"{d:%b %Y}" if g == "month" else
                      (f"{d:%Y}" if g == "year" else f"{d:%d %b %Y} ({g})"))
                      for d, g in zip(ev["date"], ev["granularity"])], fontsize=8)
    _date_axis(ax, lo, hi)   # year ticks over centuries: AutoDateLocator gives up (and warns) there
    ax.tick_params(axis="x", labelsize=8)
    outside = core.note("rows")
    xlabel = "date the text gives" + ("\n" + textwrap.fill(
        f"({outside}; drawn as \u25c0 \u25b6 at its edge, dated on the left)", 46) if outside else "")
    ax.set_xlabel(xlabel)
    ax.grid(axis="y", visible=False)
    tx.set_axis_off()
    tx.set_ylim(ax.get_ylim())
    tx.set_xlim(0, 1)
    for yi, (_, row) in zip(y, ev.iterrows()):
        sent = str(row["sentence"])
        # position of the expression inside the sentence, for the snippet
        k = sent.find(str(row["expression"]))
        snip = _snippet(sent, max(k, 0), max(k, 0) + len(str(row["expression"])), width)
        tx.text(0, yi + 0.13, f"{event_label(sent, str(row['expression']))}: \u201c{shorten(row['expression'], 40)}\u201d  [{labels[row['doc_id']]}]",
                fontsize=8, fontweight="bold", color=colour[row["doc_id"]], va="center")
        tx.text(0, yi - 0.2, snip, fontsize=7.2, color="#333333", va="center")
    tx.set_title(textwrap.fill(KIND_CAPTION, 90), fontsize=7.5, loc="left", color="#555555")
    shown = "" if n_all <= len(ev) else \
        f" ({len(ev):,} of {n_all:,} events: the most precisely dated, spread over time)"
    fig.suptitle((title or "What the articles say happened when") + shown, x=0.01, ha="left",
                 fontweight="bold", fontsize=12)
    if periods is not None:
        ax.set_xlabel(xlabel.replace("date the text gives", f"date the text gives ({period_note(periods)})", 1))
    return fig


def _bin_spans(starts, freq: str):
    """(start, end) Timestamps of the periods of ``freq`` that begin at ``starts``."""
    pix = pd.PeriodIndex(pd.DatetimeIndex(pd.to_datetime(starts)).to_period(freq))
    return pix.start_time, (pix + 1).start_time


def _freq_of(group_sentiment, date_col: str, default: str = "Y") -> str:
    if group_sentiment is not None and len(group_sentiment):
        first = group_sentiment[date_col].dropna()
        if len(first) and isinstance(first.iloc[0], pd.Period):
            return first.iloc[0].freqstr
    return default


def _outside(dates, lo, hi, what: str) -> str:
    """"k of n <what> lie outside the axis: a before it (from YYYY), b after it (up to YYYY)"."""
    from ..dates.timebins import FocusRange

    d = naive_dates(pd.Series(dates)).dropna()
    if d.empty:
        return ""
    before, after = d[d < lo], d[d > hi]
    return FocusRange(lo, hi, len(d), len(before), len(after), before.min() if len(before) else None,
                      after.max() if len(after) else None).note(what)


def timeline_overview(corpus: pd.DataFrame, prevalence: pd.DataFrame | None = None,
                      group_sentiment: pd.DataFrame | None = None, events: pd.DataFrame | None = None,
                      labels=None, date_col: str = "published", title: str | None = None, *,
                      periods=None, max_topics: int = 8, freq: str | None = None):
    """Aligned panels on one date axis: articles and events, topic shares, and tone.

    The axis shows the articles' period: the bulk of the publication dates
    (:func:`analysis.focus_range`) with a quarter of its span (at least 3 days) on each
    side; without publication dates, the bulk of the event dates. A text that mentions 1800
    or 2040 does not squeeze the articles into a sliver; the title says how many events (and
    stray publication dates) lie outside and when (they stay in the tables).

    Parameters
    ----------
    corpus : DataFrame with ``doc_id`` and ``date_col``.
    prevalence : optional ``TopicModel.prevalence(date_col, freq)`` output (period start in
        ``date_col``, topic, label, share, n_docs): stacked bars per period.
    group_sentiment : optional :func:`analysis.group_sentiment` output (``date_col`` holds
        Periods): mean compound with its interval per period.
    events : optional :func:`analysis.events` output: event dates as ticks under the articles.
    labels : optional mapping topic -> label.
    periods : named periods shaded behind every panel (see :func:`analysis.load_periods`);
        None shades nothing.
    max_topics : at most this many topic colours: the topics with the largest share, the
        rest pooled as "other (k topics)" in grey.
    freq : the period alias the topic shares and the tone were grouped by ("D", "W", "M",
        "Q", "Y"; see :func:`analysis.time_bin`); default: that of ``group_sentiment``'s
        Periods, else "Y".

    Returns
    -------
    matplotlib Figure (marked empty, see :func:`analysis.mark_empty`, when there is no date
    at all).

    Examples
    --------
    >>> import pandas as pd
    >>> c = pd.DataFrame({"doc_id": ["a", "b"], "published": pd.to_datetime(["2008-01-05", "2008-03-01"])})
    >>> ev = pd.DataFrame({"date": pd.to_datetime(["1800-01-01", "2008-01-04", "2008-02-01"])})
    >>> timeline_overview(c, events=ev).axes[0].get_title(loc="left").splitlines()[1]
    '(1 of 3 events dated in the text lie outside the axis: 1 before it (from 1800); all are in the events table)'
    """
    from ..report.outputs import mark_empty
    from ..dates.timebins import TimeBin, focus_range

    freq = freq or _freq_of(group_sentiment, date_col)
    unit = next((TimeBin(f, u, pl) for f, u, pl, _ in
                 [("D", "day", "days", 0), ("W", "week", "weeks", 0), ("M", "month", "months", 0),
                  ("Q", "quarter", "quarters", 0), ("Y", "year", "years", 0)]
                 if str(freq).upper().startswith(f)), TimeBin("Y", "year", "years"))
    all_pub = naive_dates(corpus[date_col]) if date_col in corpus else pd.Series(pd.NaT, index=corpus.index)
    undated = int(all_pub.isna().sum())
    dates = all_pub.dropna()
    ev = events.dropna(subset=["date"]).copy() if events is not None and len(events) else None
    if ev is not None:
        ev["date"] = naive_dates(ev["date"]).to_numpy()
        ev = ev.dropna(subset=["date"])
    has_prev = prevalence is not None and len(prevalence) and prevalence[date_col].notna().any()
    has_tone = group_sentiment is not None and len(group_sentiment.dropna(subset=[date_col]))
    panels = ["articles"] + (["topics"] if has_prev else []) + (["tone"] if has_tone else [])
    heights = {"articles": 1.2, "topics": 2.2, "tone": 2.0}
    fig, axes = new_figure(len(panels), 1, figsize=(10, 1.2 + sum(heights[p] for p in panels)),
                           sharex=True, gridspec_kw={"height_ratios": [heights[p] for p in panels]})
    axes = np.atleast_1d(axes)
    if dates.empty and (ev is None or ev.empty):
        axes[0].text(0.5, 0.5, "no dated documents or events", ha="center", va="center",
                     transform=axes[0].transAxes)
        axes[0].set_axis_off()
        return mark_empty(fig, "no dated documents and no dated events")
    if len(dates):
        # the articles' period (the bulk of the publication dates) with a quarter of its span
        # on each side: events a text places years away are counted, not drawn
        core = focus_range(dates)
        margin = pd.Timedelta(days=max(_days(core.lo, core.hi) * 0.25, 3)).as_unit("us")
        lo, hi = pd.Timestamp(core.lo).as_unit("us") - margin, pd.Timestamp(core.hi).as_unit("us") + margin
        if has_prev or has_tone:   # whole bins of the dated documents shown
            b_lo, b_hi = _bin_spans([core.lo, core.hi], unit.freq)
            lo, hi = min(lo, b_lo[0]), max(hi, b_hi[1])
    else:
        core = focus_range(ev["date"])
        lo, hi = core.lo, core.hi
    pub_note = _outside(dates, lo, hi, "articles")
    ev_note = _outside(ev["date"], lo, hi, "events dated in the text") if ev is not None else ""
    ev_in = ev[(ev["date"] >= lo) & (ev["date"] <= hi)] if ev is not None else None
    dates = dates[(dates >= lo) & (dates <= hi)]
    if has_prev:
        prevalence = prevalence[pd.to_datetime(prevalence[date_col]).between(lo, hi)]
    if has_tone:
        gs = group_sentiment.dropna(subset=[date_col])
        group_sentiment = gs[pd.PeriodIndex(gs[date_col]).start_time.to_series(index=gs.index).between(lo, hi)]
    # microseconds: padding a date near 1677 or 2262 stays inside the range (ns would overflow)
    pad = pd.Timedelta(days=max(_days(lo, hi) * 0.03, 1)).as_unit("us")
    lo, hi = pd.Timestamp(lo).as_unit("us") - pad, pd.Timestamp(hi).as_unit("us") + pad
    for ax, p in zip(axes, panels):
        ax.plot([lo, hi], [0, 0], alpha=0)
        shade_periods(ax, periods, lo, hi, label=(ax is axes[0]))
        if p == "articles":
            if 0 < len(dates) <= 200:
                ax.scatter(dates, np.full(len(dates), 1.0), s=45, color=PALETTE[0], alpha=1, zorder=3,
                           label="article published")
            elif len(dates):
                # one marker per date, as opaque as k markers of alpha 0.4 drawn on top of each
                # other (1 - 0.6**k): the same picture without 100,000 markers in the SVG
                k = pd.Series(dates).value_counts(sort=False)
                colours = np.tile(to_rgba(PALETTE[0]), (len(k), 1))
                colours[:, 3] = 1 - 0.6 ** k.to_numpy(float)
                ax.scatter(k.index, np.full(len(k), 1.0), s=12, color=colours, zorder=3)
                ax.scatter([], [], s=12, color=PALETTE[0], alpha=0.4, label="article published")
            if ev_in is not None and len(ev_in):
                # opaque markers: one per date draws the same (many events share a day)
                ev_dates = ev_in["date"] if len(ev_in) <= 200 else ev_in["date"].drop_duplicates()
                ax.scatter(ev_dates, np.full(len(ev_dates), 0.0), marker="|", s=120, color=PALETTE[3],
                           zorder=3, label="event dated in the text")
            ax.set_ylim(-0.6, 1.6)
            ax.set_yticks([])
            if ax.get_legend_handles_labels()[0]:
                ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1), fontsize=8)
            ax.grid(axis="y", visible=False)
        elif p == "topics":
            lab = dict(labels) if labels is not None else dict(
                prevalence.drop_duplicates("topic").set_index("topic")["label"])
            wide = prevalence.dropna(subset=[date_col]).pivot_table(index=date_col, columns="topic",
                                                                     values="share", aggfunc="sum")
            wide = pool_columns(wide.fillna(0), max_topics)
            b_start, b_end = _bin_spans(wide.index, unit.freq)
            width_days = ((b_end - b_start) / pd.Timedelta(days=1)).to_numpy() * 0.85
            bottom = np.zeros(len(wide))
            for i, t in enumerate(wide.columns):
                vals = wide[t].fillna(0).to_numpy()
                other = str(t).startswith("other (")
                ax.bar(b_start + (b_end - b_start) / 2, vals, width=width_days, bottom=bottom,
                       color="#999999" if other else PALETTE[i % len(PALETTE)], edgecolor="white",
                       lw=0.5, zorder=2,
                       label=str(t) if other else textwrap.shorten(f"{t}: {lab.get(t, '')}", 38, placeholder="..."))
                bottom += vals
            counted = "n_docs" in prevalence.columns and len(wide) <= 30   # more would collide
            if counted:   # the documents behind each bar, as plots.topic_prevalence writes them
                n_docs = prevalence.dropna(subset=[date_col]).groupby(date_col)["n_docs"].max().reindex(wide.index)
                for x, n in zip(b_start + (b_end - b_start) / 2, n_docs):
                    if pd.notna(n):
                        ax.text(x, 1.01, f"n={int(n)}", ha="center", va="bottom", fontsize=7)
            ax.set_ylim(0, 1.12 if counted else 1.05)
            ax.set_ylabel(f"topic share per {unit.unit}")
            ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1), fontsize=7.5)
        else:
            g = group_sentiment.dropna(subset=[date_col])
            pix = pd.PeriodIndex(g[date_col])
            mid = pix.start_time + ((pix + 1).start_time - pix.start_time) / 2
            m = g["mean_compound"].to_numpy(float)
            err = np.vstack([m - g["ci_low"].to_numpy(float), g["ci_high"].to_numpy(float) - m])
            ax.axhline(0, color="#888888", lw=0.8)
            ax.errorbar(mid, m, yerr=err, fmt="o", color="#000000", ecolor="#333333",
                        capsize=4 if len(g) <= 40 else 0, ms=6 if len(g) <= 40 else 3,
                        label=f"mean sentence tone per {unit.unit}, 95% interval")
            ax.set_ylabel("tone (compound)")
            ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1), fontsize=8)
    _date_axis(axes[-1], lo, hi)
    axes[-1].set_xlabel("date" + (f" ({period_note(periods)})" if periods is not None else ""))
    notes = []
    if undated:
        notes.append(f"{undated:,} of {len(all_pub):,} documents without a known date, not shown"
                     if len(dates) else "no document has a publication date: only the dates the "
                     "texts give are shown")
    if pub_note:
        notes.append(pub_note + (", with their topic shares and tone" if has_prev or has_tone else ""))
    if ev_note:
        notes.append(ev_note + "; all are in the events table")
    binned = [w for w, has in (("topic shares", has_prev), ("tone", has_tone)) if has]
    bins = f"; {' and '.join(binned)} per {unit.unit}" if binned else ""
    shown = (["articles"] if len(dates) else []) + (["events"] if ev_in is not None and len(ev_in) else []) \
        + (["topics"] if has_prev else []) + (["tone"] if has_tone else [])
    listed = ", ".join(shown[:-1]) + (" and " if len(shown) > 1 else "") + shown[-1] if shown else "Dates"
    head = title or f"{listed[0].upper()}{listed[1:]} on one time axis"
    axes[0].set_title(head + bins + "".join(f"\n({n})" for n in notes), loc="left", pad=16)
    return fig
