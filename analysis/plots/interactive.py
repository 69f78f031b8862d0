"""Interactive charts with the evidence on hover, as self-contained HTML files.

The PNG and SVG files of the static charts stay the ones for papers; these HTML files sit beside
them for readers who would rather point than read: hover a point of the event timeline to see
the sentence, the phrase that dates it and the article; hover a point of tone over time to see
the group's size and interval. Each file embeds plotly.js (about 4.7 MB once per file, no
network when opened), has a fixed element id (two runs write identical files) and shows
corpus text escaped. Charts are bounded: at most ``max_points`` points, the rest counted in the
title.
"""
from __future__ import annotations

import html
import textwrap
from pathlib import Path

import pandas as pd

from ._style import PALETTE


def _wrap(text, width: int = 80, max_lines: int = 6) -> str:
    """Escaped text broken into lines for a hover box (plotly reads <br> as a line break)."""
    if not isinstance(text, str) or not text:
        return ""
    lines = textwrap.wrap(text, width)
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        lines[-1] += " …"
    return "<br>".join(html.escape(line, quote=False) for line in lines)


def _write(fig, path, div_id: str) -> str:
    """HTML of a plotly figure, self-contained (plotly.js inline) and with a stable id."""
    page = fig.to_html(full_html=True, include_plotlyjs=True, div_id=div_id,
                       config={"displaylogo": False, "responsive": True})
    if path is not None:
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        Path(path).write_text(page, encoding="utf-8")
    return page


def event_timeline_html(events: pd.DataFrame, corpus: pd.DataFrame | None = None, path=None, *,
                        label_col: str = "outlet", max_points: int = 3000, title: str | None = None) -> str:
    """The event timeline as interactive HTML: one point per dated event, the evidence on hover.

    Parameters
    ----------
    events : DataFrame
        From :func:`analysis.events` (date, granularity, doc_id, sentence, expression, value).
    corpus : DataFrame, optional
        Adds each article's title, outlet and publication date to the hover and names the rows.
    path : str or Path, optional
        Where to write the HTML file (e.g. ``figures/03_event_timeline.html``).
    label_col : str, default "outlet"
        Corpus column that names the rows (documents are grouped by it; doc_id when missing).
    max_points : int, default 3000
        At most this many events are drawn (the most recent ones' order is kept by date; an
        even sample over time when there are more), and the title says how many of how many.
    title : str, optional

    Returns
    -------
    str
        The HTML page (also written to ``path`` when given).

    Examples
    --------
    >>> import pandas as pd
    >>> ev = pd.DataFrame({"date": pd.to_datetime(["2024-01-05"]), "granularity": ["day"],
    ...                    "doc_id": ["a"], "sentence": ["Talks began on Jan 5."],
    ...                    "expression": ["Jan 5"], "value": ["2024-01-05"]})
    >>> "Talks began" in event_timeline_html(ev)
    True
    """
    import plotly.graph_objects as go

    ev = events.dropna(subset=["date"]).sort_values(["date", "doc_id"], kind="stable").reset_index(drop=True)
    total = len(ev)
    if total > max_points:
        step = total / max_points
        ev = ev.iloc[[int(i * step) for i in range(max_points)]].reset_index(drop=True)
    meta = corpus.drop_duplicates("doc_id").set_index("doc_id") if corpus is not None else pd.DataFrame()
    col = label_col if label_col in meta.columns else None
    names = ev["doc_id"].map(meta[col]).fillna(ev["doc_id"]) if col else ev["doc_id"]
    names = names.astype(str).map(lambda n: html.escape(n, quote=False))  # plotly reads tags in labels
    hover = []
    for r, name in zip(ev.itertuples(index=False), names):
        parts = [f"<b>{html.escape(str(r.expression), quote=False)}</b> → {html.escape(str(r.value), quote=False)}"
                 f" ({html.escape(str(r.granularity), quote=False)})", _wrap(r.sentence)]
        if r.doc_id in meta.index:
            m = meta.loc[r.doc_id]
            art = [str(m[c]) for c in ("title",) if c in m.index and isinstance(m[c], str) and m[c]]
            pub = m["published"] if "published" in m.index else None
            art = [html.escape(a, quote=False) for a in art]
            art.append(name + (f", published {pub:%Y-%m-%d}" if pd.notna(pub) else ""))
            parts.append("<i>" + "<br>".join(art) + "</i>")
        else:
            parts.append(f"<i>{name}</i>")
        hover.append("<br>".join(p for p in parts if p))
    order = sorted(names.unique().tolist())
    fig = go.Figure(go.Scatter(
        x=ev["date"], y=names, mode="markers", hovertext=hover, hoverinfo="text",
        marker=dict(size=8, color=PALETTE[0], opacity=0.75, line=dict(width=0.5, color="white"))))
    shown = f"{len(ev):,} of {total:,} events shown (an even sample over time)" if total > len(ev) else f"{total:,} events"
    fig.update_layout(
        title=html.escape(title or "What the articles say happened when", quote=False) + f"<br><sup>{shown}; hover a point for the sentence</sup>",
        height=min(1200, 200 + 22 * len(order)), width=1100, template="simple_white",
        yaxis=dict(categoryorder="array", categoryarray=order[::-1], title=None),
        xaxis=dict(title="date of the event"), hoverlabel=dict(align="left"),
        margin=dict(l=10, r=10, t=70, b=40))
    return _write(fig, path, "event-timeline")


def tone_over_time_html(tone: pd.DataFrame, path=None, *, by: str = "published", title: str | None = None,
                        max_points: int = 400) -> str:
    """Mean sentence tone per period with its interval as interactive HTML; hover: the group's
    size and interval.

    Parameters
    ----------
    tone : DataFrame
        From :func:`analysis.group_sentiment` (``by`` column, n_documents, n_sentences,
        mean_compound, ci_low, ci_high).
    path : str or Path, optional
        Where to write the HTML file.
    by : str, default "published"
        The period column.
    title : str, optional
    max_points : int, default 400
        At most this many periods (the most recent), the rest counted in the title.

    Returns
    -------
    str
        The HTML page.

    Examples
    --------
    >>> import pandas as pd
    >>> t = pd.DataFrame({"published": pd.period_range("2020", periods=2, freq="Y"), "n_documents": [3, 4],
    ...                   "n_sentences": [30, 41], "mean_compound": [0.1, -0.2], "ci_low": [0.0, -0.3],
    ...                   "ci_high": [0.2, -0.1]})
    >>> "41 sentences" in tone_over_time_html(t)
    True
    """
    import plotly.graph_objects as go

    t = tone.dropna(subset=["mean_compound"]).copy()
    total = len(t)
    t = t.tail(max_points)
    x = t[by].astype(str)
    lo = t["mean_compound"] - t["ci_low"]
    hi = t["ci_high"] - t["mean_compound"]
    hover = [f"<b>{html.escape(str(p), quote=False)}</b><br>mean tone {m:+.3f} (95% interval {a:+.3f} to {b:+.3f})"
             f"<br>{int(nd):,} documents, {int(ns):,} sentences"
             for p, m, a, b, nd, ns in zip(x, t["mean_compound"], t["ci_low"], t["ci_high"],
                                            t["n_documents"], t["n_sentences"])]
    fig = go.Figure(go.Scatter(
        x=x, y=t["mean_compound"], mode="markers+lines", hovertext=hover, hoverinfo="text",
        error_y=dict(type="data", symmetric=False, array=hi, arrayminus=lo, thickness=1, color=PALETTE[0]),
        line=dict(color=PALETTE[0], width=1), marker=dict(size=8, color=PALETTE[0])))
    fig.add_hline(y=0, line=dict(color="#999", width=0.8))
    note = f"{len(t):,} of {total:,} periods (the latest)" if total > len(t) else f"{total:,} periods"
    lo_y = min(-0.1, float(t["ci_low"].min()) - 0.05) if len(t) else -1
    hi_y = max(0.1, float(t["ci_high"].max()) + 0.05) if len(t) else 1
    fig.update_layout(
        title=html.escape(title or "Mean sentence tone per period, with 95% intervals", quote=False)
        + f"<br><sup>{note}; hover a point for the group's size</sup>",
        height=450, width=1000, template="simple_white", yaxis=dict(title="mean compound tone", range=[lo_y, hi_y]),
        xaxis=dict(title=None, type="category"), hoverlabel=dict(align="left"), margin=dict(l=10, r=10, t=70, b=40))
    return _write(fig, path, "tone-over-time")
