"""Timeline charts: when articles appeared, what they say happened when, and trends over time.

Inputs come from :func:`analysis.load_corpus` (publication dates), :func:`analysis.events`
(dated sentences), ``TopicModel.prevalence`` and :func:`analysis.group_sentiment`.
"""
from __future__ import annotations

import re
import textwrap

import matplotlib.dates as mdates
import numpy as np
import pandas as pd

from ..periods import naive_dates
from ._style import PALETTE, new_figure, shade_administrations

#: Words that say what kind of event a dated sentence reports (first match wins, in this order).
EVENT_WORDS = [
    ("test", r"\btest(?:s|ed|ing)?\b|\bdetonat\w*|\bnuclear device\b"),
    ("launch", r"\blaunch(?:es|ed|ing)?\b|\bfired\b|\bmissiles?\b"),
    ("meeting", r"\bmeet(?:s|ing|ings)?\b|\bmet\b|\bsummit\b|\btalks\b|\bdialogue\b|\bvisit\b|"
                r"\bdiscussion\b|\bconvened\b"),
    ("call", r"\bphone call\b|\bcalls?\b|\bspoke\b|\bby phone\b"),
    ("sanctions", r"\bsanction\w*|\bresolution\b"),
    ("trade", r"\btariffs?\b|\bimports?\b|\bexports?\b|\btrade\b"),
    ("election", r"\belection\w*|\bvote[sd]?\b|\b(?:leaves?|left|leaving|takes?|took|taking) office\b|"
                 r"\binaugurat\w*|\bsworn in\b"),
    ("agreement", r"\bagree[sd]?\b|\bagreement\b|\bdeal\b|\baccord\b|\bsign(?:s|ed|ing)?\b|\btake effect\b"),
    ("condemnation", r"\bcondemn\w*|\bcriticiz\w*|\bcriticis\w*|\bwarn\w*"),
    ("statement", r"\bsaid\b|\bsays\b|\bannounc\w*|\bstatement\b|\btold\b|\breport(?:s|ed)?\b"),
]


def event_label(sentence: str, expression: str | None = None) -> str:
    """A one-word label for the kind of event a sentence reports ('meeting', 'test', ...).

    The event word nearest to the date expression wins ("the UN on Sunday condemned the
    launch" is a condemnation on Sunday); without an expression, the first in
    :data:`EVENT_WORDS` order.

    Examples
    --------
    >>> event_label("The North's Jan 6 test of a nuclear device drew sanctions.", "Jan 6")
    'test'
    >>> event_label("Officials said on Tuesday that the plan was sound.", "Tuesday")
    'statement'
    """
    low = str(sentence).lower()
    pos = low.find(str(expression).lower()) if expression else -1
    best = None
    for order, (name, pattern) in enumerate(EVENT_WORDS):
        for m in re.finditer(pattern, low):
            if pos < 0:
                dist = 0
            else:
                end = pos + len(str(expression))
                # words after the date count half again: the verb that dates usually precedes it
                dist = max(pos - m.end(), int((m.start() - end) * 1.5), 0)
            if name == "statement" and pos >= 0:
                dist += 40  # attribution is everywhere in news: a nearby event word says more
            cand = (dist, order, name)
            if best is None or cand < best:
                best = cand
    return best[2] if best else "other"


def _date_axis(ax, lo, hi) -> None:
    """Year ticks (at most about a dozen) over several years; months or days over a short span,
    where year ticks would leave the axis without a single label."""
    years = (pd.Timestamp(hi) - pd.Timestamp(lo)).days / 365.25
    if years >= 3:
        ax.xaxis.set_major_locator(mdates.YearLocator(base=max(1, round(years / 10))))
        ax.xaxis.set_major_formatter(mdates.DateFormatter("%Y"))
    else:
        locator = mdates.AutoDateLocator(minticks=3, maxticks=8)
        ax.xaxis.set_major_locator(locator)
        ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))


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
                         width: int = 28, max_labels: int = 12, title: str | None = None):
    """Articles on a dated axis, US administrations shaded, labels placed so none overlap.

    Up to ``max_labels`` articles, each gets a label (outlet, date, wrapped headline) on the
    lowest level where it does not overlap another label (measured from the rendered text,
    so long headlines push neighbours up). With more articles the chart becomes a strip
    per outlet (``label_col``): one dot per article, no labels to collide.

    Parameters
    ----------
    corpus : DataFrame with ``doc_id`` and ``date_col`` (undated documents are counted in the
        title, not drawn).
    label_col, title_col : columns used for each article's label (outlet, then a wrapped
        headline); missing columns fall back to ``doc_id``.
    width : wrap width of the labels, in characters.
    max_labels : above this many dated articles, draw one strip per outlet instead.

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

    sub = f"{len(df)} dated article{'s' if len(df) != 1 else ''}"
    if undated:
        sub += f"; {undated} without a known date (not shown)"
    fig, ax = new_figure(figsize=(10, 4.8))
    if df.empty:
        ax.text(0.5, 0.5, "no dated documents", ha="center", va="center", transform=ax.transAxes)
        ax.set_axis_off()
        return fig
    lo, hi = df[date_col].min(), df[date_col].max()
    span = max((hi - lo).days, 365)
    lo_t, hi_t = lo - pd.Timedelta(days=span * 0.08), hi + pd.Timedelta(days=span * 0.08)
    ax.plot([lo_t, hi_t], [0, 0], alpha=0)
    shade_administrations(ax, lo_t, hi_t)
    _date_axis(ax, lo_t, hi_t)
    ax.set_xlabel("publication date")
    ax.grid(axis="y", visible=False)

    if len(df) > max_labels:
        groups = [head(r) for _, r in df.iterrows()]
        order = sorted(set(groups), key=lambda g: (groups.index(g)))
        ypos = {g: len(order) - 1 - i for i, g in enumerate(order)}
        fig.set_size_inches(10, 1.6 + 0.45 * len(order))
        for i, g in enumerate(order):
            sel = [k for k, gg in enumerate(groups) if gg == g]
            ax.scatter(df[date_col].iloc[sel], [ypos[g]] * len(sel), s=40, color=PALETTE[i % len(PALETTE)],
                       zorder=3, edgecolors="white", linewidths=0.5)
        ax.set_yticks([ypos[g] for g in order], [f"{g} (n={groups.count(g)})" for g in order])
        ax.set_ylim(-0.7, len(order) - 0.3)
        ax.set_title(title or f"When the articles appeared ({sub}), by {label_col or 'document'}",
                     loc="left", pad=16)
        return fig

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


def _snippet(sentence: str, start: int, end: int, width: int) -> str:
    """The sentence shortened around the expression, the expression in quotes kept whole."""
    s = re.sub(r"\s+", " ", str(sentence)).strip()
    if len(s) <= width:
        return s
    half = max((width - (end - start)) // 2, 10)
    a, b = max(0, start - half), min(len(s), end + half)
    return ("..." if a > 0 else "") + s[a:b].strip() + ("..." if b < len(s) else "")


def event_timeline(events: pd.DataFrame, corpus: pd.DataFrame | None = None,
                   label_col: str = "outlet", max_events: int = 40, width: int = 125,
                   title: str | None = None):
    """What the articles say happened when: one row per dated sentence, in date order.

    Left: each event's date on a time axis (a bar spans a month or a year when the text is
    no more precise), coloured by article, administrations shaded. Right: the event kind
    (:func:`event_label`), the phrase that dates it, the sentence around it and the article,
    so every point can be checked against the text.

    Parameters
    ----------
    events : output of :func:`analysis.events`.
    corpus : optional corpus, for article labels (``label_col`` and ``published``).
    max_events : at most this many events (the most precisely dated first, then by date).
    width : characters of sentence shown per event.

    Returns
    -------
    matplotlib Figure.
    """
    ev = events.dropna(subset=["date"]).copy()
    n_all = len(ev)
    if len(ev) > max_events:
        rank = ev["granularity"].map({"time": 0, "day": 1, "week": 2, "month": 3}).fillna(4)
        ev = ev.assign(_r=rank).sort_values(["_r", "date"], kind="stable").head(max_events).drop(columns="_r")
    ev = ev.sort_values(["date", "doc_id", "sent_id"], kind="stable").reset_index(drop=True)
    docs = list(dict.fromkeys(ev["doc_id"]))
    labels = {d: str(d) for d in docs}
    group = dict(labels)   # what shares a colour: the outlet, else the article itself
    if corpus is not None:
        meta = corpus.set_index(corpus["doc_id"].astype(str))
        for d in docs:
            if d in meta.index:
                parts = []
                if label_col in meta.columns and pd.notna(meta.at[d, label_col]):
                    parts.append(str(meta.at[d, label_col]))
                    group[d] = parts[0]
                if "published" in meta.columns and pd.notna(meta.at[d, "published"]):
                    parts.append(f"{pd.Timestamp(meta.at[d, 'published']):%d %b %Y}")
                labels[d] = ", ".join(parts) or d
    # one colour per outlet (or per article without a label column); yellow is unreadable as text
    readable = [c for c in PALETTE if c.upper() != "#F0E442"]
    keys = list(dict.fromkeys(group[d] for d in docs))
    key_colour = {k: readable[i % len(readable)] for i, k in enumerate(keys)}
    colour = {d: key_colour[group[d]] for d in docs}
    n = max(len(ev), 1)
    fig, (ax, tx) = new_figure(1, 2, figsize=(12, 1.2 + 0.36 * n),
                               gridspec_kw={"width_ratios": [1, 2.6]})
    if ev.empty:
        ax.text(0.5, 0.5, "no dated events", ha="center", va="center", transform=ax.transAxes)
        ax.set_axis_off()
        tx.set_axis_off()
        return fig
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
    lo = ev["date"].min() - pd.Timedelta(days=60)
    hi = max(ends) + pd.Timedelta(days=60)
    ax.plot([lo, hi], [y[0], y[0]], alpha=0)
    shade_administrations(ax, lo, hi)
    for yi, (_, row), e in zip(y, ev.iterrows(), ends):
        c = colour[row["doc_id"]]
        if e > row["date"]:
            ax.plot([row["date"], e], [yi, yi], color=c, lw=4, solid_capstyle="butt", zorder=3)
        else:
            ax.scatter([row["date"]], [yi], s=36, color=c, zorder=3)
    ax.set_ylim(-0.7, len(ev) - 0.3)
    ax.set_yticks(y, [f"{d:%d %b %Y}" if g in ("day", "time") else (f"{d:%b %Y}" if g == "month" else
                      (f"{d:%Y}" if g == "year" else f"{d:%d %b %Y} ({g})"))
                      for d, g in zip(ev["date"], ev["granularity"])], fontsize=8)
    ax.xaxis.set_major_locator(mdates.AutoDateLocator(maxticks=6))
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(ax.xaxis.get_major_locator()))
    ax.tick_params(axis="x", labelsize=8)
    ax.set_xlabel("date the text gives")
    ax.grid(axis="y", visible=False)
    tx.set_axis_off()
    tx.set_ylim(ax.get_ylim())
    tx.set_xlim(0, 1)
    for yi, (_, row) in zip(y, ev.iterrows()):
        sent = str(row["sentence"])
        # position of the expression inside the sentence, for the snippet
        k = sent.find(str(row["expression"]))
        snip = _snippet(sent, max(k, 0), max(k, 0) + len(str(row["expression"])), width)
        tx.text(0, yi + 0.13, f"{event_label(sent, str(row['expression']))}: \u201c{row['expression']}\u201d  [{labels[row['doc_id']]}]",
                fontsize=8, fontweight="bold", color=colour[row["doc_id"]], va="center")
        tx.text(0, yi - 0.2, snip, fontsize=7.2, color="#333333", va="center")
    shown = "" if n_all <= len(ev) else f" ({len(ev)} of {n_all} events: the most precisely dated)"
    fig.suptitle(title or f"What the articles say happened when{shown}", x=0.01, ha="left",
                 fontweight="bold", fontsize=12)
    return fig


def timeline_overview(corpus: pd.DataFrame, prevalence: pd.DataFrame | None = None,
                      group_sentiment: pd.DataFrame | None = None, events: pd.DataFrame | None = None,
                      labels=None, date_col: str = "published", title: str | None = None):
    """Aligned panels on one date axis: articles and events, topic shares, and tone.

    Parameters
    ----------
    corpus : DataFrame with ``doc_id`` and ``date_col``.
    prevalence : optional ``TopicModel.prevalence(date_col, freq)`` output (period start in
        ``date_col``, topic, label, share, n_docs): stacked bars per period.
    group_sentiment : optional :func:`analysis.group_sentiment` output (``date_col`` holds
        Periods): mean compound with its interval per period.
    events : optional :func:`analysis.events` output: event dates as ticks under the articles.
    labels : optional mapping topic -> label.

    Returns
    -------
    matplotlib Figure.
    """
    panels = ["articles"] + (["topics"] if prevalence is not None and len(prevalence) else []) + \
             (["tone"] if group_sentiment is not None and len(group_sentiment) else [])
    heights = {"articles": 1.2, "topics": 2.2, "tone": 2.0}
    fig, axes = new_figure(len(panels), 1, figsize=(10, 1.2 + sum(heights[p] for p in panels)),
                           sharex=True, gridspec_kw={"height_ratios": [heights[p] for p in panels]})
    axes = np.atleast_1d(axes)
    dates = naive_dates(corpus[date_col]).dropna()
    all_dates = list(dates)
    if events is not None and len(events):
        all_dates += list(events["date"].dropna())
    if prevalence is not None and len(prevalence):
        all_dates += list(pd.to_datetime(prevalence[date_col]).dropna())
    if not all_dates:
        ax = axes[0]
        ax.text(0.5, 0.5, "no dated documents or events", ha="center", va="center", transform=ax.transAxes)
        ax.set_axis_off()
        return fig
    lo = min(all_dates) - pd.Timedelta(days=180)
    hi = max(all_dates) + pd.Timedelta(days=540)
    for ax, p in zip(axes, panels):
        ax.plot([lo, hi], [0, 0], alpha=0)
        shade_administrations(ax, lo, hi, label=(ax is axes[0]))
        if p == "articles":
            ax.scatter(dates, np.full(len(dates), 1.0), s=45, color=PALETTE[0], zorder=3,
                       label="article published")
            if events is not None and len(events):
                ev = events.dropna(subset=["date"])
                ax.scatter(ev["date"], np.full(len(ev), 0.0), marker="|", s=120, color=PALETTE[3],
                           zorder=3, label="event dated in the text")
            ax.set_ylim(-0.6, 1.6)
            ax.set_yticks([])
            ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1), fontsize=8)
            ax.grid(axis="y", visible=False)
        elif p == "topics":
            lab = dict(labels) if labels is not None else dict(
                prevalence.drop_duplicates("topic").set_index("topic")["label"])
            wide = prevalence.pivot_table(index=date_col, columns="topic", values="share", aggfunc="sum")
            starts = pd.to_datetime(wide.index)
            bottom = np.zeros(len(wide))
            for i, t in enumerate(wide.columns):
                vals = wide[t].fillna(0).to_numpy()
                ax.bar(starts + pd.Timedelta(days=182), vals, width=240, bottom=bottom,
                       color=PALETTE[i % len(PALETTE)], edgecolor="white", lw=0.5, zorder=2,
                       label=textwrap.shorten(f"{t}: {lab.get(t, '')}", 38, placeholder="..."))
                bottom += vals
            ax.set_ylim(0, 1.05)
            ax.set_ylabel("topic share")
            ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1), fontsize=7.5)
        else:
            g = group_sentiment.dropna(subset=[date_col])
            periods = pd.PeriodIndex(g[date_col])
            mid = periods.start_time + (periods.end_time - periods.start_time) / 2
            m = g["mean_compound"].to_numpy(float)
            err = np.vstack([m - g["ci_low"].to_numpy(float), g["ci_high"].to_numpy(float) - m])
            ax.axhline(0, color="#888888", lw=0.8)
            ax.errorbar(mid, m, yerr=err, fmt="o", color="#000000", ecolor="#333333", capsize=4,
                        label="mean sentence tone, 95% interval")
            ax.set_ylabel("tone (compound)")
            ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1), fontsize=8)
    _date_axis(axes[-1], lo, hi)
    axes[-1].set_xlabel("date")
    axes[0].set_title(title or "Articles, events, topics and tone on one time axis", loc="left", pad=16)
    return fig
