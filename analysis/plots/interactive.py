"""Interactive charts as self-contained HTML: point at a mark, read the evidence behind it.

The static PNG/SVG charts stay the ones for papers (and what GitHub and nbviewer show);
these files sit beside them for readers who would rather point than read. Each function
returns one HTML page with plotly.js inlined (no network at view time, about 4.7 MB of
script plus the data), a fixed element id (two runs over the same input write identical
files) and corpus text HTML-escaped in the hover labels.
"""
from __future__ import annotations

import html
import textwrap
from pathlib import Path

import numpy as np
import pandas as pd

from ..dates.periods import naive_dates
from ._style import PALETTE, resolve_periods, shorten

_CONFIG = {"displaylogo": False, "responsive": True}


def _esc(text, width: int = 80, limit: int = 600) -> str:
    """Corpus text for a hover label: shortened, HTML-escaped, wrapped with <br>."""
    s = " ".join(str(text).split())
    if len(s) > limit:
        s = s[:limit - 1] + "\u2026"
    return "<br>".join(html.escape(line) for line in textwrap.wrap(s, width)) or "&nbsp;"


def _shade(fig, periods, lo, hi) -> str:
    """Named periods as background bands with their names on top; a note for the axis title."""
    table = resolve_periods(periods)
    if table is None:
        return ""
    cycle = ["#CFE3F2", "#F6D5C5", "#D3ECD9"]
    for i, row in enumerate(table.sort_values("start", kind="stable").itertuples(index=False)):
        end = row.end if pd.notna(row.end) else hi
        s, e = max(row.start, lo), min(end, hi)
        if s >= e:
            continue
        colour = getattr(row, "colour", None)
        colour = colour if isinstance(colour, str) and colour.strip() else cycle[i % len(cycle)]
        fig.add_vrect(x0=s, x1=e, fillcolor=colour, opacity=0.5, layer="below", line_width=0,
                      annotation_text=html.escape(shorten(row.period, 24)), annotation_position="top",
                      annotation_font_size=10)
    return f" (shaded: {html.escape(str(table.attrs.get('name', 'periods')))})"


def _page(fig, path, div_id: str) -> str:
    import plotly.io as pio

    fig.update_layout(template="simple_white", font={"family": "DejaVu Sans, Arial, sans-serif", "size": 12},
                      hoverlabel={"align": "left"})
    page = pio.to_html(fig, include_plotlyjs=True, full_html=True, div_id=div_id, config=_CONFIG,
                       validate=True)
    if path is not None:
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(page, encoding="utf-8")
    return page


def event_timeline_html(events: pd.DataFrame, corpus: pd.DataFrame | None = None, path=None, *,
                        label_col: str = "outlet", title_col: str = "title", max_events: int = 5000,
                        periods=None, title: str | None = None) -> str:
    """The event timeline as an interactive page: hover a point for the sentence, the phrase
    that dates it and the article.

    One row per kind of event (:func:`~analysis.plots.event_label`), one point per dated
    sentence at the date the text gives, coloured by outlet (the 7 most frequent; the rest
    grey); a month or a year is drawn at its start and says so on hover.

    Parameters
    ----------
    events : output of :func:`analysis.events`.
    corpus : optional corpus, for the article's outlet (``label_col``), headline
        (``title_col``) and publication date.
    path : optional file to write (e.g. ``<out_dir>/figures/03_event_timeline.html``).
    max_events : at most this many points: the most precisely dated, spread evenly over
        their dates (as :func:`~analysis.plots.event_timeline`), said in the title.
    periods : named periods shaded behind (see :func:`analysis.load_periods`).
    title : optional title.

    Returns
    -------
    str: the HTML page (also written to ``path`` when given).

    Examples
    --------
    >>> import pandas as pd
    >>> ev = pd.DataFrame({"doc_id": "a", "sent_id": [0, 1],
    ...     "sentence": ["They met on 3 May 2019.", "Talks <resumed> in June 2019."],
    ...     "expression": ["3 May 2019", "June 2019"],
    ...     "date": pd.to_datetime(["2019-05-03", "2019-06-01"]), "granularity": ["day", "month"]})
    >>> page = event_timeline_html(ev)
    >>> "Talks &amp;lt;resumed&amp;gt;" in page or "Talks &lt;resumed&gt;" in page
    True
    >>> "<script src" in page     # plotly.js is inlined: no network at view time
    False
    """
    import plotly.graph_objects as go

    from .timeline import _select_events
    from ..dates.event_kinds import KIND_CAPTION, event_label

    ev = events.dropna(subset=["date"]).copy()
    ev["date"] = naive_dates(ev["date"]).to_numpy()
    ev = ev.dropna(subset=["date"])
    n_all = len(ev)
    ev = _select_events(ev, max_events)
    fig = go.Figure()
    if ev.empty:
        fig.add_annotation(text="no dated events", showarrow=False, xref="paper", yref="paper", x=0.5, y=0.5)
        fig.update_layout(title=title or "What the articles say happened when")
        return _page(fig, path, "event-timeline")
    meta = corpus.set_index(corpus["doc_id"].astype(str)) if corpus is not None else None
    ev["doc_id"] = ev["doc_id"].astype(str)

    columns: dict = {}   # col -> {doc_id: value}, for ids that name one row (a repeated id: None)

    def meta_of(d, col):
        if meta is None or col not in meta.columns:
            return None
        if col not in columns:
            unique = ~meta.index.duplicated(keep=False)
            columns[col] = dict(zip(meta.index[unique], meta[col].to_numpy(dtype=object)[unique]))
        v = columns[col].get(d)
        return None if v is None or pd.isna(v) else v

    ev["kind"] = [event_label(s, e) for s, e in zip(ev["sentence"], ev["expression"])]
    ev["group"] = [str(meta_of(d, label_col) or "(no " + label_col + ")") if meta is not None
                   and label_col in meta.columns else "article" for d in ev["doc_id"]]
    counts = ev["group"].value_counts().sort_index().sort_values(ascending=False, kind="stable")
    top = list(counts.index[:7])
    ev["colour_group"] = ev["group"].where(ev["group"].isin(top), f"other ({len(counts) - len(top)})")
    kinds = sorted(ev["kind"].unique())

    def hover(r):
        parts = [f"<b>{html.escape(r.kind)}</b>: \u201c{html.escape(str(r.expression))}\u201d "
                 f"\u2192 {r.date:%d %b %Y}" + (f" ({html.escape(str(r.granularity))})"
                                                  if r.granularity not in ("day", "time") else ""),
                 _esc(r.sentence)]
        art = [html.escape(str(r.doc_id))]
        if (g := meta_of(r.doc_id, label_col)) is not None:
            art.append(html.escape(shorten(g, 40)))
        if (p := meta_of(r.doc_id, "published")) is not None:
            art.append(f"published {pd.Timestamp(p):%d %b %Y}")
        parts.append("<i>" + ", ".join(art) + "</i>")
        if (t := meta_of(r.doc_id, title_col)) is not None:
            parts.append("<i>" + _esc(t, 80, 160) + "</i>")
        return "<br>".join(parts)

    rng = np.random.default_rng(0)   # fixed vertical jitter inside a row: identical pages on re-run
    present = set(ev["colour_group"])
    groups = [g for g in top if g in present] + \
        [g for g in dict.fromkeys(ev["colour_group"]) if g not in top]
    for i, g in enumerate(groups):
        sub = ev[ev["colour_group"] == g]
        y = sub["kind"].map({k: j for j, k in enumerate(kinds)}).to_numpy(float) + rng.uniform(-0.25, 0.25, len(sub))
        fig.add_trace(go.Scatter(
            x=sub["date"], y=y, mode="markers", name=html.escape(shorten(g, 30)),
            marker={"size": 8, "color": "#999999" if g not in top else PALETTE[i % len(PALETTE)],
                    "line": {"width": 0.5, "color": "white"}},
            hovertext=[hover(r) for r in sub.itertuples(index=False)], hoverinfo="text"))
    lo, hi = ev["date"].min() - pd.Timedelta(days=30), ev["date"].max() + pd.Timedelta(days=30)
    note = _shade(fig, periods, lo, hi)
    shown = "" if n_all <= len(ev) else \
        f" ({len(ev):,} of {n_all:,} events: the most precisely dated, spread over time)"
    fig.update_layout(
        title=html.escape(title or "What the articles say happened when") + shown
        + "<br><sup>" + html.escape(KIND_CAPTION) + "</sup>",
        xaxis={"title": "date the text gives" + note, "range": [lo, hi]},
        yaxis={"tickvals": list(range(len(kinds))), "ticktext": kinds, "title": "kind (nearest event word)",
               "range": [-0.6, len(kinds) - 0.4]},
        legend={"title": {"text": html.escape(label_col if meta is not None and label_col in meta.columns
                                              else "article")}},
        height=max(360, 120 + 44 * len(kinds)))
    return _page(fig, path, "event-timeline")


def sentiment_over_time_html(group_sentiment: pd.DataFrame, documents: pd.DataFrame | None = None,
                             path=None, *, date_col: str = "published", periods=None,
                             max_documents: int = 2000, title: str | None = None,
                             threshold: float | None = None) -> str:
    """Tone over time as an interactive page: hover a period for its mean, interval, and how
    many documents and sentences it rests on; hover a document for its own mean.

    Parameters
    ----------
    group_sentiment : output of :func:`analysis.group_sentiment` grouped by a date column
        (Periods in ``date_col``).
    documents : optional document means with ``date_col``, ``mean_compound`` (and
        ``doc_id``, ``title``, ``n_sentences`` when present, shown on hover).
    path : optional file to write.
    periods : named periods shaded behind (see :func:`analysis.load_periods`).
    max_documents : at most this many document points, evenly spaced in time (said in the
        legend); the period means use them all.
    title : optional title.
    threshold : the neutral band, shaded grey; None: the default scorer's (as in
        :func:`analysis.plots.sentiment_over_time`).

    Returns
    -------
    str: the HTML page (also written to ``path`` when given).

    Examples
    --------
    >>> import pandas as pd
    >>> g = pd.DataFrame({"published": pd.period_range("2019", "2020", freq="Y"),
    ...     "n_documents": [3, 4], "n_sentences": [30, 41], "mean_compound": [0.1, -0.2],
    ...     "ci_low": [0.0, -0.3], "ci_high": [0.2, -0.1]})
    >>> "4 documents, 41 sentences" in sentiment_over_time_html(g)
    True
    """
    import plotly.graph_objects as go

    g = group_sentiment.dropna(subset=[date_col])
    fig = go.Figure()
    if g.empty:
        fig.add_annotation(text="no dated documents to show", showarrow=False, xref="paper", yref="paper",
                           x=0.5, y=0.5)
        fig.update_layout(title=title or "Tone over time")
        return _page(fig, path, "tone-over-time")
    pix = pd.PeriodIndex(g[date_col])
    mid = pix.start_time + (pix.end_time - pix.start_time) / 2
    m = g["mean_compound"].to_numpy(float)
    lo_ci, hi_ci = g["ci_low"].to_numpy(float), g["ci_high"].to_numpy(float)
    text = [f"<b>{html.escape(str(p))}</b><br>mean sentence compound {v:+.3f}<br>95% interval "
            f"{a:+.3f} to {b:+.3f}<br>{int(nd):,} documents, {int(ns):,} sentences"
            for p, v, a, b, nd, ns in zip(pix, m, lo_ci, hi_ci, g["n_documents"], g["n_sentences"])]
    lo_t, hi_t = pix.start_time.min(), pix.end_time.max()
    if documents is not None and len(documents):
        d = documents.dropna(subset=[date_col, "mean_compound"]).copy()
        d[date_col] = naive_dates(d[date_col]).to_numpy()
        d = d.dropna(subset=[date_col]).sort_values(date_col, kind="stable")
        n_docs = len(d)
        if len(d) > max_documents:
            d = d.iloc[np.unique(np.linspace(0, len(d) - 1, max_documents).round().astype(int))]
        if len(d):
            lo_t, hi_t = min(lo_t, d[date_col].min()), max(hi_t, d[date_col].max())
            dtext = []
            for r in d.itertuples(index=False):
                row = r._asdict()
                parts = [f"<b>{html.escape(str(row.get('doc_id', 'document')))}</b> "
                         f"{pd.Timestamp(row[date_col]):%d %b %Y}",
                         f"mean sentence compound {row['mean_compound']:+.3f}"]
                if "n_sentences" in row and pd.notna(row["n_sentences"]):
                    parts[-1] += f" ({int(row['n_sentences'])} sentences)"
                if "title" in row and pd.notna(row["title"]):
                    parts.append("<i>" + _esc(row["title"], 80, 160) + "</i>")
                dtext.append("<br>".join(parts))
            fig.add_trace(go.Scatter(
                x=d[date_col], y=d["mean_compound"], mode="markers",
                name="single document (mean)" + (f", {len(d):,} of {n_docs:,} evenly spaced in time"
                                                 if n_docs > len(d) else ""),
                marker={"size": 6, "symbol": "circle-open", "color": PALETTE[0]},
                hovertext=dtext, hoverinfo="text"))
    fig.add_trace(go.Scatter(
        x=mid, y=m, mode="markers", name="mean of all sentences in the period, 95% interval",
        marker={"size": 9, "color": "#000000"},
        error_y={"type": "data", "symmetric": False, "array": hi_ci - m, "arrayminus": m - lo_ci,
                 "color": "#333333"},
        hovertext=text, hoverinfo="text"))
    # as in the static chart: a corpus of one week is not squeezed into a month of padding
    pad = pd.Timedelta(days=max(0.5, (hi_t - lo_t).days * 0.03))
    note = _shade(fig, periods, lo_t - pad, hi_t + pad)
    from .sentiment import _band

    band = _band(threshold)   # the default scorer's neutral band, as in the static chart
    fig.add_hrect(y0=-band, y1=band, fillcolor="#EEEEEE", opacity=0.6, layer="below", line_width=0)
    fig.update_layout(title=html.escape(title or "Tone over time"),
                      xaxis={"title": "publication date" + note, "range": [lo_t - pad, hi_t + pad]},
                      yaxis={"title": "mean sentence compound", "range": [-1.05, 1.05], "zeroline": True},
                      legend={"orientation": "h", "y": -0.2}, height=480)
    return _page(fig, path, "tone-over-time")
