"""Charts stay bounded on large inputs, say what they leave out, and never clip silently."""
import io
import struct
import warnings

import matplotlib
import numpy as np
import pandas as pd
import pytest

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402

from analysis import plots  # noqa: E402
from tests._large_inputs import large_inputs  # noqa: E402

MAX_W, MAX_H = 4000, 6000


def png_size(fig) -> tuple[int, int]:
    """Pixel size of the PNG that save_figure would write (dpi 150, bbox tight)."""
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=150, bbox_inches="tight")
    data = buf.getvalue()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


def all_text(fig) -> str:
    """Every piece of text a reader sees: titles, labels, legends, notes."""
    fig.canvas.draw()
    return "\n".join(t.get_text() for t in fig.findobj(matplotlib.text.Text))


@pytest.fixture(scope="module")
def big():
    return large_inputs()


def _charts(D):
    no_outlet = D["corpus"].drop(columns="outlet")
    return {
        "plot_kept_removed": lambda: plots.plot_kept_removed(D["report"]),
        "sentence_sentiment_distribution": lambda: plots.sentence_sentiment_distribution(D["sents"]),
        "document_sentiment_intervals": lambda: plots.document_sentiment_intervals(D["docs"]),
        "sentiment_over_time": lambda: plots.sentiment_over_time(D["group"], documents=D["dated_docs"],
                                                                 periods="us-administrations"),
        "topic_selection": lambda: plots.topic_selection(D["selection"]),
        "topic_terms": lambda: plots.topic_terms(D["top_terms"], D["labels"], n=10),
        "topic_heatmap": lambda: plots.topic_heatmap(D["doc_topics"], D["labels"]),
        "topic_prevalence": lambda: plots.topic_prevalence(D["prevalence"], D["labels"]),
        "publication_timeline": lambda: plots.publication_timeline(D["corpus"]),
        "publication_timeline_no_outlet": lambda: plots.publication_timeline(no_outlet, label_col=None),
        "publication_timeline_missing_outlet": lambda: plots.publication_timeline(no_outlet),
        "event_timeline": lambda: plots.event_timeline(D["events"], D["corpus"]),
        "timeline_overview": lambda: plots.timeline_overview(D["corpus"], D["prevalence"], D["group"],
                                                             D["events"], labels=D["labels"]),
        "plot_actor_mentions": lambda: plots.plot_actor_mentions(D["mentions"]),
        "plot_actor_mentions_by_doc": lambda: plots.plot_actor_mentions(D["mentions"], by="doc_id"),
        "plot_cooccurrence_network": lambda: plots.plot_cooccurrence_network(D["cooc"], D["mentions"]),
        "plot_actor_tone": lambda: plots.plot_actor_tone(D["tone"]),
        "plot_quotes_by_speaker": lambda: plots.plot_quotes_by_speaker(D["quotes"]),
        "plot_keyness": lambda: plots.plot_keyness(D["keyness"]),
    }


# what each chart leaves out of the large input, in words it must show
LEFT_OUT = {
    "plot_kept_removed": "of 20,000 documents",
    "sentence_sentiment_distribution": "40 of 20,000 documents",
    "document_sentiment_intervals": "40 of 20,000 documents",
    "sentiment_over_time": "of 20,000 evenly spaced",
    "topic_terms": "20 of 40 topics",
    "topic_heatmap": "120 of 20,000 rows",
    "topic_prevalence": "other (31 topics)",
    "publication_timeline": "of 90 outlets",
    "event_timeline": "40 of 5,000 events",
    "timeline_overview": "other (33 topics)",
    "plot_actor_mentions": "12 of 300 actors",
    "plot_actor_mentions_by_doc": "documents with the most mentions",
    "plot_cooccurrence_network": "15 of 300 actors",
    "plot_actor_tone": "12 of 300 actors",
    "plot_quotes_by_speaker": "12 of 400 voices",
    "plot_keyness": "shown: the top 15 of",
}


CHARTS = ["plot_kept_removed", "sentence_sentiment_distribution", "document_sentiment_intervals",
          "sentiment_over_time", "topic_selection", "topic_terms", "topic_heatmap", "topic_prevalence",
          "publication_timeline", "publication_timeline_no_outlet", "publication_timeline_missing_outlet",
          "event_timeline", "timeline_overview", "plot_actor_mentions", "plot_actor_mentions_by_doc",
          "plot_cooccurrence_network", "plot_actor_tone", "plot_quotes_by_speaker", "plot_keyness"]


@pytest.mark.parametrize("name", CHARTS)
def test_every_chart_is_bounded_and_says_what_it_leaves_out(big, name):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")   # the max_docs warnings are tested elsewhere
        charts = _charts(big)
        assert set(charts) == set(CHARTS)
        fig = charts[name]()
    w, h = png_size(fig)
    assert w < MAX_W and h < MAX_H, (name, w, h)
    if name in LEFT_OUT:
        assert LEFT_OUT[name] in all_text(fig), (name, all_text(fig)[:500])
    plt.close(fig)


def test_publication_timeline_counts_every_dated_article_once(big):
    c = big["corpus"].drop(columns="outlet").copy()
    c.loc[c.index[:7], "published"] = pd.NaT
    fig = plots.publication_timeline(c, label_col=None)
    heights = sum(p.get_height() for p in fig.axes[0].patches if p.get_height() > 0
                  and p.get_width() < 400)     # bars, not period shading
    assert heights == len(c) - 7
    assert "19,993 dated articles; 7 without a known date (not shown)" in all_text(fig)
    assert "Articles per year" in fig.axes[0].get_title(loc="left")
    plt.close(fig)


def test_publication_timeline_strips_for_a_few_hundred_pool_outlets():
    rng = np.random.default_rng(1)
    c = pd.DataFrame({"doc_id": [f"d{i}" for i in range(150)],
                      "outlet": [f"Paper {i % 30}" for i in range(150)],
                      "published": pd.Timestamp("2020-01-01") + pd.to_timedelta(rng.integers(0, 700, 150), unit="D")})
    fig = plots.publication_timeline(c, max_groups=6)
    ticks = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    assert len(ticks) == 6 and ticks[-1].startswith("other (25 outlets) (n=125)")
    assert sum(len(col.get_offsets()) for col in fig.axes[0].collections) == 150
    plt.close(fig)


def test_time_axes_are_not_shaded_unless_periods_are_given():
    c = pd.DataFrame({"doc_id": ["a", "b", "c"], "outlet": ["X", "Y", "X"],
                      "published": pd.to_datetime(["2009-05-01", "2012-03-01", "2016-08-01"])})
    plain = plots.publication_timeline(c)
    assert not any(t.get_text() in {"Obama", "Brown", "Cameron"} for t in plain.axes[0].texts)
    uk = plots.publication_timeline(c, periods="uk-governments")
    names = {t.get_text() for t in uk.axes[0].texts}
    assert {"Brown", "Cameron", "May"} <= names
    assert "shaded: UK governments" in uk.axes[0].get_xlabel()
    us = plots.publication_timeline(c, periods="us-administrations")
    assert "Obama" in {t.get_text() for t in us.axes[0].texts}
    for f in (plain, uk, us):
        plt.close(f)


def test_a_researchers_period_file_shades_the_axis(tmp_path):
    f = tmp_path / "phases.yml"
    f.write_text("- {name: Crisis, start: 2020-03-01, end: 2020-09-01}\n- {name: Recovery, start: 2020-09-01}\n")
    g = pd.DataFrame({"published": pd.period_range("2020-01", "2021-06", freq="M"), "n_documents": 3,
                      "n_sentences": 9, "mean_compound": 0.1, "ci_low": 0.0, "ci_high": 0.2})
    fig = plots.sentiment_over_time(g, periods=str(f))
    assert {"Crisis", "Recovery"} <= {t.get_text() for t in fig.axes[0].texts}
    plt.close(fig)


def test_tone_over_time_shows_every_document_or_marks_it_at_the_edge():
    months = pd.period_range("2019-01", "2019-12", freq="M")
    g = pd.DataFrame({"published": months, "n_documents": 10, "n_sentences": 30, "mean_compound": 0.0,
                      "ci_low": -0.05, "ci_high": 0.05})
    dates = pd.Timestamp("2019-01-01") + pd.to_timedelta(np.arange(120) * 3, unit="D")
    means = np.zeros(120)
    means[:3] = [0.95, -0.9, 0.85]          # far beyond where the bulk lies
    docs = pd.DataFrame({"published": dates, "mean_compound": means})
    fig = plots.sentiment_over_time(g, documents=docs)
    ax = fig.axes[0]
    lo, hi = ax.get_ylim()
    text = all_text(fig)
    beyond = int(((means < lo) | (means > hi)).sum())
    assert beyond == 3 and "3 document mean(s) beyond" in text
    # every document is drawn: inside the axis as circles, beyond it as triangles on the edge
    drawn = sum(len(c.get_offsets()) for c in ax.collections if c.get_label() and "document" in c.get_label())
    drawn += sum(len(c.get_offsets()) for c in ax.collections if not c.get_label() or c.get_label().startswith("_"))
    assert drawn >= 120
    plt.close(fig)
    # a few documents: the axis simply covers them all
    few = docs.iloc[:5].assign(mean_compound=[0.9, -0.8, 0.1, 0.0, 0.2])
    fig = plots.sentiment_over_time(g, documents=few)
    lo, hi = fig.axes[0].get_ylim()
    assert lo <= -0.8 and hi >= 0.9 and "beyond" not in all_text(fig)
    plt.close(fig)


def test_network_labels_do_not_overlap(big):
    for top in (15, 40):
        fig = plots.plot_cooccurrence_network(big["cooc"], big["mentions"], top=top)
        ax = fig.axes[0]
        fig.canvas.draw()
        r = fig.canvas.get_renderer()
        labels = [t for t in ax.texts if t.get_text().startswith("Actor")]
        assert len(labels) == top
        boxes = [t.get_window_extent(r) for t in labels]
        overlaps = [(a, b) for i, a in enumerate(boxes) for b in boxes[i + 1:] if a.overlaps(b)]
        assert not overlaps, (top, len(overlaps))
        plt.close(fig)


def test_network_is_deterministic(big):
    def positions():
        fig = plots.plot_cooccurrence_network(big["cooc"], big["mentions"], top=20)
        out = [t.get_position() for t in fig.axes[0].texts]
        plt.close(fig)
        return out
    assert positions() == positions()


def test_event_timeline_keeps_the_most_precise_spread_over_time(big):
    ev = big["events"]
    fig = plots.event_timeline(ev, max_events=30)
    ticks = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    assert len(ticks) == 30
    # 'time' and 'day' events exist in the thousands: only day-precise labels are shown
    assert all(len(t.split()) == 3 for t in ticks), ticks[:5]
    years = sorted(int(t.split()[-1]) for t in ticks)
    assert years[0] <= 1992 and years[-1] >= 2022   # spread, not the 30 earliest
    plt.close(fig)


def test_actor_mentions_merges_years_and_keeps_every_count(big):
    m = big["mentions"]
    fig = plots.plot_actor_mentions(m, top=5, max_columns=10)
    ax = fig.axes[0]
    cols = [t.get_text() for t in ax.get_xticklabels()]
    assert len(cols) <= 10 and "-" in cols[0]
    shown = sum(int(t.get_text().replace(",", "")) for t in ax.texts)
    assert shown == int(m["actor"].isin(m["actor"].value_counts().index[:5]).sum())
    plt.close(fig)


def test_long_labels_are_shortened():
    q = pd.DataFrame({"doc_id": ["a"] * 3, "quote": ["x"] * 3,
                      "speaker": ["a very senior official who spoke on condition of anonymity because "
                                  "she was not authorised to speak"] * 3, "speaker_actor": None})
    fig = plots.plot_quotes_by_speaker(q)
    label = fig.axes[0].get_yticklabels()[0].get_text()
    assert len(label) <= 40 and label.endswith("\u2026")
    plt.close(fig)


# --- interactive HTML beside the static charts (issue 15, item 4) ---

def _events_with_markup():
    return pd.DataFrame({"doc_id": ["a", "a", "b"], "sent_id": [0, 1, 0],
                         "sentence": ["Leaders met on 3 May 2019 <script>alert(1)</script> in Hanoi.",
                                      "Talks resumed in June 2019.", "In 2020 the deal collapsed."],
                         "expression": ["3 May 2019", "June 2019", "2020"],
                         "date": pd.to_datetime(["2019-05-03", "2019-06-01", "2020-01-01"]),
                         "granularity": ["day", "month", "year"]})


def test_event_timeline_html_is_self_contained_escaped_and_deterministic(tmp_path):
    corpus = pd.DataFrame({"doc_id": ["a", "b"], "outlet": ["Wire & Co", "Daily"],
                           "title": ["Summit ends", "Deal off"],
                           "published": pd.to_datetime(["2019-06-02", "2020-02-01"])})
    path = tmp_path / "figures" / "ev.html"
    page = plots.event_timeline_html(_events_with_markup(), corpus, path, periods="us-administrations")
    assert path.read_text(encoding="utf-8") == page
    assert page == plots.event_timeline_html(_events_with_markup(), corpus, periods="us-administrations")
    assert "<script>alert(1)" not in page and "alert(1)" in page          # escaped, not run
    # no network at view time: plotly.js is inlined, no script or stylesheet is fetched
    import re
    tags = re.findall(r"<(?:script|link|img|iframe)\b[^>]*>", page)
    assert tags and not [t for t in tags if re.search(r"\b(?:src|href)=", t)], tags
    for evidence in ("Talks resumed in June 2019.", "Wire &amp;amp; Co" if "Wire &amp;amp; Co" in page
                     else "Wire &amp; Co", "published 02 Jun 2019", "Summit ends", "Trump I"):
        assert evidence in page, evidence


def test_event_timeline_html_bounds_points_and_says_so(big):
    page = plots.event_timeline_html(big["events"], big["corpus"], max_events=500)
    assert "500 of 5,000 events" in page
    assert len(page) < 8_000_000


def test_sentiment_over_time_html_shows_sizes_and_intervals_on_hover(big, tmp_path):
    docs = big["docs"].merge(big["corpus"][["doc_id", "published", "title"]], on="doc_id")
    page = plots.sentiment_over_time_html(big["group"], docs, tmp_path / "t.html", max_documents=1000,
                                          periods="uk-governments")
    assert "57 documents, 114 sentences" in page and "95% interval" in page
    assert "1,000 of 20,000 evenly spaced in time" in page
    assert "shaded: UK governments" in page and "Blair" in page
    assert page == (tmp_path / "t.html").read_text(encoding="utf-8")


def test_timeline_overview_counts_undated_documents_in_its_title():
    c = pd.DataFrame({"doc_id": ["a", "b", "c"], "published": pd.to_datetime(["2019-01-01", None, "2020-05-01"])})
    fig = plots.timeline_overview(c)
    assert "1 of 3 documents without a known date, not shown" in fig.axes[0].get_title(loc="left")
    plt.close(fig)


def _small_time_inputs():
    c = pd.DataFrame({"doc_id": ["a", "b", "c"], "outlet": ["X", "Y", "X"], "text": ["x", "y", "z"],
                      "published": pd.to_datetime(["2010-05-01", "2014-03-01", "2018-08-01"])})
    ev = pd.DataFrame({"doc_id": ["a", "b"], "sent_id": [0, 0], "sentence": ["They met on 3 May 2010.", "In 2015."],
                       "expression": ["3 May 2010", "2015"], "date": pd.to_datetime(["2010-05-03", "2015-01-01"]),
                       "granularity": ["day", "year"]})
    years = pd.date_range("2010-01-01", "2018-01-01", freq="YS")
    prev = pd.DataFrame([(y, t, f"t{t}", 0.5, 1) for y in years for t in (0, 1)],
                        columns=["published", "topic", "label", "share", "n_docs"])
    g = pd.DataFrame({"published": pd.period_range("2010", "2018", freq="Y"), "n_documents": 1, "n_sentences": 3,
                      "mean_compound": 0.1, "ci_low": 0.0, "ci_high": 0.2})
    return {
        "publication_timeline": lambda **k: plots.publication_timeline(c, **k),
        "event_timeline": lambda **k: plots.event_timeline(ev, c, **k),
        "timeline_overview": lambda **k: plots.timeline_overview(c, prev, g, ev, **k),
        "topic_prevalence": lambda **k: plots.topic_prevalence(prev, **k),
        "sentiment_over_time": lambda **k: plots.sentiment_over_time(g, **k),
    }


@pytest.mark.parametrize("name", ["publication_timeline", "event_timeline", "timeline_overview",
                                  "topic_prevalence", "sentiment_over_time"])
def test_every_time_axis_takes_periods_and_shades_nothing_by_default(name):
    draw = _small_time_inputs()[name]
    us = {"Obama"}

    def names(fig):
        return {t.get_text() for ax in fig.axes for t in ax.texts}

    plain = draw()
    assert not names(plain) & us
    shaded = draw(periods="us-administrations")
    assert us <= names(shaded)
    assert "shaded: US administrations" in all_text(shaded)
    own = draw(periods=pd.DataFrame({"period": ["Early", "Late"], "start": ["2009-01-01", "2014-01-01"],
                                     "end": ["2014-01-01", None]}))
    assert {"Early", "Late"} <= names(own)
    for f in (plain, shaded, own):
        plt.close(f)


def test_topic_prevalence_by_month_draws_bars_that_do_not_overlap():
    months = pd.date_range("2020-01-01", "2021-12-01", freq="MS")
    prev = pd.DataFrame([(m, t, f"t{t}", 0.5, 3) for m in months for t in (0, 1)],
                        columns=["published", "topic", "label", "share", "n_docs"])
    fig = plots.topic_prevalence(prev)
    bars = sorted((p.get_x(), p.get_x() + p.get_width()) for p in fig.axes[0].patches if p.get_height() > 0)
    starts = sorted({round(a, 6) for a, _ in bars})
    assert len(starts) == len(months)
    widths = {round(b - a, 6) for a, b in bars}
    assert max(widths) < min(np.diff(starts))      # each bar narrower than the gap to the next
    assert fig.axes[0].get_title(loc="left") == "Topic prevalence over time"
    plt.close(fig)


def _crowded_tick_labels(fig, ax, gap_points=4.0):
    """Pairs of neighbouring x tick labels closer than ``gap_points`` (they read as one word)."""
    fig.canvas.draw()
    r = fig.canvas.get_renderer()
    labels = sorted((t for t in ax.get_xticklabels() if t.get_text() and t.get_visible()),
                    key=lambda t: t.get_window_extent(r).x0)
    boxes = [t.get_window_extent(r) for t in labels]
    gap = gap_points * fig.dpi / 72
    return labels, [(a.get_text(), b.get_text()) for (a, ba), (b, bb) in
                    zip(zip(labels, boxes), zip(labels[1:], boxes[1:])) if bb.x0 - ba.x1 < gap]


@pytest.mark.parametrize("first", ["1931-04-09", "1688-01-01", "2016-01-05"])
def test_event_timeline_year_labels_do_not_run_into_each_other(first):
    # the event panel is a third of the figure: a dozen year labels over 1931-2025 ran together
    # ("19351944195319621971...") in the MasakhaNEWS report
    dates = pd.to_datetime([first, "1972-10-31", "2015-06-25", "2020-11-13", "2023-05-02", "2025-11-22"])
    ev = pd.DataFrame({"doc_id": [f"d{i}" for i in range(len(dates))], "sent_id": 0,
                       "sentence": [f"It happened on {d:%d %B %Y}." for d in dates],
                       "expression": [f"{d:%d %B %Y}" for d in dates], "date": dates,
                       "granularity": "day"})
    fig = plots.event_timeline(ev)
    labels, overlaps = _crowded_tick_labels(fig, fig.axes[0])
    assert len(labels) >= 2
    assert not overlaps, overlaps
    plt.close(fig)


def _tone_chart_ticks(dates):
    import re as _re

    import matplotlib.pyplot as plt

    import analysis
    from analysis.plots.sentiment import sentiment_over_time

    texts = ["A fine calm day for the harbour.", "A cruel attack shocked the town."]
    c = pd.DataFrame({"doc_id": [f"d{i}" for i in range(len(dates))],
                      "text": [texts[i % 2] for i in range(len(dates))], "published": pd.to_datetime(dates)})
    span = (c.published.max() - c.published.min()).days
    fig = sentiment_over_time(analysis.group_sentiment(c, freq="D" if span < 90 else "M"))
    fig.canvas.draw()
    ax = fig.axes[0]
    ticks = [t.get_text() for t in ax.get_xticklabels() if t.get_text()]
    offset = ax.xaxis.get_offset_text().get_text()
    plt.close(fig)
    return ticks, offset, _re


def test_the_tone_chart_labels_every_date_tick_in_one_format_chosen_from_the_span():
    # five weeks across a month end: day and month on every tick, the year once (was "26, Mar, 05")
    ticks, offset, re = _tone_chart_ticks(pd.date_range("1987-02-20", "1987-03-27", freq="2D"))
    assert len(ticks) >= 3 and all(re.fullmatch(r"\d{2} [A-Z][a-z]{2}", t) for t in ticks), ticks
    assert offset == "1987"
    # across a new year the day ticks carry their year
    ticks, _, re = _tone_chart_ticks(pd.date_range("1986-12-10", "1987-01-20", freq="2D"))
    assert all(re.fullmatch(r"\d{2} [A-Z][a-z]{2} \d{4}", t) for t in ticks), ticks
    # eight months: month and year on every tick (was "Jul, Aug, ..., 1988")
    ticks, offset, re = _tone_chart_ticks(pd.date_range("1987-06-01", "1988-02-01", freq="5D"))
    assert len(ticks) >= 3 and all(re.fullmatch(r"[A-Z][a-z]{2} \d{4}", t) for t in ticks), ticks
    assert offset == ""
