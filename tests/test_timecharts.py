"""Time charts and their sentences on corpora of any span (issue 11, corpus-run findings 8, 9,
13, 15): bins and axes chosen from the data, empty charts not written, counts that add up.
Every corpus here is invented."""
from __future__ import annotations

import re
import warnings

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import pytest

import analysis
from analysis.report import narrative
from analysis import plots
from analysis.report.outputs import empty_reason, mark_empty, save_figure, show_figure
from analysis.dates.timebins import focus_range, time_bin
from conftest import build_corpus


def _days(start, n_days, n, seed=0):
    rng = np.random.default_rng(seed)
    return pd.Timestamp(start) + pd.to_timedelta(rng.integers(0, n_days, n), unit="D")


# --- time_bin / focus_range ---------------------------------------------------------------

@pytest.mark.parametrize("span_days, unit", [(14, "day"), (49, "week"), (150, "week"), (365, "month"),
                                             (2 * 365, "month"), (8 * 365, "year"), (40 * 365, "year")])
def test_time_bin_follows_the_span(span_days, unit):
    dates = pd.date_range("2003-02-19", periods=span_days + 1, freq="D")
    assert time_bin(dates).unit == unit


def test_time_bin_ignores_a_few_stray_dates():
    # 600 pages of 2007-08 and six copyright years taken for publication dates
    dates = pd.Series(list(_days("2007-09-01", 400, 600)) + list(pd.to_datetime(["1997-01-01"] * 4 + ["2000-01-01"] * 2)))
    assert time_bin(dates).unit == "month"
    assert time_bin(dates, robust=False).unit == "year"


def test_time_bin_without_dates_is_a_year():
    assert time_bin(pd.Series([pd.NaT, pd.NaT])).freq == "Y"


def test_focus_range_counts_what_lies_outside():
    d = pd.Series(list(_days("2008-01-01", 300, 200)) + list(pd.to_datetime(["1800-06-01", "1681-01-01", "2099-01-01"])))
    r = focus_range(d)
    assert (r.n_before, r.n_after, r.n) == (2, 1, 203)
    assert r.lo >= pd.Timestamp("2007-06-01") and r.hi <= pd.Timestamp("2009-06-01")
    assert r.note("events") == "3 of 203 events lie outside the axis: 2 before it (from 1681), 1 after it (up to 2099)"
    # dates to keep are always inside
    assert focus_range(d, keep=pd.to_datetime(["1800-06-01"])).lo == pd.Timestamp("1800-06-01")


def test_focus_range_keeps_everything_when_spread_evenly():
    d = pd.to_datetime(["2016-02-01", "2016-06-01", "2017-05-01", "2024-01-05", "2024-03-01"])
    r = focus_range(d)
    assert r.n_outside == 0 and r.note() == ""


# --- empty charts ------------------------------------------------------------------------

def test_empty_figures_are_neither_written_nor_listed(tmp_path, capsys):
    fig = plt.figure()
    fig.add_subplot().plot([1, 2])
    assert len(save_figure(fig, "x_chart", tmp_path)) == 2
    (tmp_path / "figures" / "x_chart.html").write_text("<html></html>")
    empty = mark_empty(plt.figure(), "no dated documents")
    assert save_figure(empty, "x_chart", tmp_path) == []
    assert not list((tmp_path / "figures").glob("x_chart.*png")) and not (tmp_path / "figures" / "x_chart.svg").exists()
    assert show_figure(empty, "x_chart", tmp_path) == []
    assert capsys.readouterr().out.strip() == "No chart x_chart: no dated documents."
    assert not list((tmp_path / "figures").glob("x_chart.*"))   # the interactive page too
    assert show_figure(None, "y_chart", tmp_path) == []
    plt.close("all")


def test_charts_with_nothing_to_draw_are_marked_empty():
    undated = pd.DataFrame({"doc_id": ["a", "b"], "text": ["A fine day.", "A bad day."], "published": pd.NaT})
    figs = [plots.publication_timeline(undated),
            plots.sentiment_over_time(analysis.group_sentiment(undated.iloc[:0])),
            plots.timeline_overview(undated),
            plots.event_timeline(pd.DataFrame({"doc_id": [], "sent_id": [], "sentence": [], "expression": [],
                                               "date": pd.to_datetime([]), "granularity": []}))]
    for fig in figs:
        assert empty_reason(fig), fig
    dated = undated.assign(published=pd.to_datetime(["2020-01-01", "2020-02-01"]))
    fig = plots.publication_timeline(dated)
    assert empty_reason(fig) is None
    plt.close("all")


# --- charts on short and long spans -------------------------------------------------------

def _corpus(dates, seed=0):
    rng = np.random.default_rng(seed)
    words = ["good", "bad", "calm", "awful", "fine", "grim"]
    texts = [f"A {rng.choice(words)} day. The market was {rng.choice(words)}." for _ in dates]
    return build_corpus(*texts, dates=list(dates), ids=[f"d{i:04d}" for i in range(len(dates))])


def test_tone_over_seven_weeks_is_weekly_and_the_axis_stays_on_the_data():
    c = _corpus(_days("2003-02-19", 49, 300))
    b = time_bin(c["published"])
    g = analysis.group_sentiment(c, freq=b.freq, n_boot=200)
    assert b.unit == "week" and len(g) >= 7
    fig = plots.sentiment_over_time(g)
    ax = fig.axes[0]
    assert ax.get_title().startswith("Tone per week")
    lo, hi = (matplotlib.dates.num2date(x).replace(tzinfo=None) for x in ax.get_xlim())
    assert pd.Timestamp("2003-02-01") <= lo and hi <= pd.Timestamp("2003-04-30"), (lo, hi)
    plt.close(fig)


def test_tone_labels_never_overlap_and_the_title_says_when_some_are_left_out():
    c = _corpus(list(_days("2007-01-01", 700, 400)) + list(pd.to_datetime(["1997-01-01", "1998-01-01"])))
    g = analysis.group_sentiment(c, freq="M", n_boot=100)
    fig = plots.sentiment_over_time(g)
    fig.canvas.draw()
    ax = fig.axes[0]
    boxes = [t.get_window_extent() for t in ax.texts if re.search(r"docs?\n.* sent\.", t.get_text())]
    assert boxes
    assert not any(a.overlaps(b) for i, a in enumerate(boxes) for b in boxes[i + 1:])
    title = ax.get_title()
    assert "2 month means (2 documents) lie outside the axis: 2 before it (from 1997-01)" in title, title
    if len(boxes) < len(g) - 2:
        assert "labelled for" in title
    plt.close(fig)


def test_overview_axis_holds_the_articles_not_every_year_mentioned():
    c = _corpus(_days("2008-01-01", 300, 60))
    ev = pd.DataFrame({"doc_id": c["doc_id"].iloc[:40].tolist() + ["d0001", "d0002"],
                       "date": list(_days("2007-12-01", 330, 40)) + list(pd.to_datetime(["1800-01-01", "2040-01-01"]))})
    fig = plots.timeline_overview(c, events=ev)
    lo, hi = (matplotlib.dates.num2date(x).replace(tzinfo=None) for x in fig.axes[-1].get_xlim())
    assert pd.Timestamp("2007-06-01") < lo and hi < pd.Timestamp("2009-06-01"), (lo, hi)
    title = fig.axes[0].get_title(loc="left")
    assert ("(2 of 42 events dated in the text lie outside the axis: 1 before it (from 1800), "
            "1 after it (up to 2040)") in title, title


def test_overview_axis_is_the_articles_period_when_events_spread_over_years():
    # two weeks of wire stories whose texts date events over several years
    c = _corpus(_days("1987-02-26", 15, 300))
    ev = pd.DataFrame({"doc_id": c["doc_id"].iloc[:200], "date": _days("1985-01-01", 1500, 200)})
    fig = plots.timeline_overview(c, events=ev)
    lo, hi = (matplotlib.dates.num2date(x).replace(tzinfo=None) for x in fig.axes[-1].get_xlim())
    assert (hi - lo).days < 40, (lo, hi)
    n_in = int(ev["date"].between(pd.Timestamp("1987-02-20"), pd.Timestamp("1987-03-20")).sum())
    assert re.search(r"\((\d+) of 200 events dated in the text lie outside", fig.axes[0].get_title(loc="left"))
    assert int(re.search(r"\((\d+) of 200", fig.axes[0].get_title(loc="left")).group(1)) >= 200 - n_in
    plt.close(fig)


def test_overview_counts_stray_publication_dates():
    c = _corpus(list(_days("2007-09-01", 400, 200)) + list(pd.to_datetime(["1997-01-01", "2000-01-01"])))
    fig = plots.timeline_overview(c)
    title = fig.axes[0].get_title(loc="left")
    assert "(2 of 202 articles lie outside the axis: 2 before it (from 1997)" in title, title
    lo = matplotlib.dates.num2date(fig.axes[-1].get_xlim()[0]).replace(tzinfo=None)
    assert lo > pd.Timestamp("2006-06-01")
    plt.close(fig)


def test_overview_of_an_undated_corpus_has_no_article_legend():
    c = _corpus([pd.NaT] * 5)
    ev = pd.DataFrame({"doc_id": ["d0000"] * 3, "date": pd.to_datetime(["2019-01-01", "2019-03-01", "2019-05-01"])})
    fig = plots.timeline_overview(c, events=ev)
    legend = fig.axes[0].get_legend()
    texts = [t.get_text() for t in legend.get_texts()]
    assert texts == ["event dated in the text"]
    assert "no document has a publication date" in fig.axes[0].get_title(loc="left")
    plt.close(fig)


def test_overview_bars_follow_the_bin():
    c = _corpus(_days("1987-02-26", 14, 200))
    g = analysis.group_sentiment(c, freq="D", n_boot=100)
    fig = plots.timeline_overview(c, group_sentiment=g)
    lo, hi = (matplotlib.dates.num2date(x).replace(tzinfo=None) for x in fig.axes[-1].get_xlim())
    assert (hi - lo).days < 30
    assert "tone per day" in fig.axes[0].get_title(loc="left")
    plt.close(fig)


def test_binned_publication_chart_prints_no_nanosecond_warning():
    c = _corpus(_days("2003-02-19", 49, 1000)).assign(outlet=None)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        fig = plots.publication_timeline(c, label_col=None)
        fig.savefig(__import__("io").BytesIO(), format="png")
    plt.close(fig)


# --- sentences of notebook 03 -------------------------------------------------------------

_NUM = re.compile(r"(\d[\d,]*) (?:with their|relative to|relative but|vague|relative expressions?|that could)")


def _parts(text):
    return [int(n.replace(",", "")) for n in _NUM.findall(text)]


def test_date_expression_counts_partition_the_expressions_on_an_undated_corpus():
    c = pd.DataFrame({"doc_id": ["a", "b", "c"], "published": pd.NaT, "text": [
        "The summit on 3 May 2019 lasted two days. Talks resume on Friday, and now they wait.",
        "Last year the plan failed; next month it returns, every year.",
        "Nothing dated here."]})
    dates = analysis.extract_dates(c)
    text = narrative.date_expressions_summary(dates, c)
    assert sum(_parts(text)) == len(dates), (text, dates[["text", "value", "basis"]])
    assert "resolved against" not in text
    assert "no publication date" in text
    assert text.startswith(f"{len(dates)} temporal expressions in 2 of 3 documents")


def test_date_expression_counts_partition_the_expressions_on_a_dated_corpus():
    c = pd.DataFrame({"doc_id": ["a", "b"], "published": pd.to_datetime(["2019-05-08", None]), "text": [
        "The summit on 3 May 2019 lasted two days. Talks resume on Friday, and now they wait.",
        "Last year the plan failed; next month it returns."]})
    dates = analysis.extract_dates(c)
    text = narrative.date_expressions_summary(dates, c)
    assert sum(_parts(text)) == len(dates), text
    assert "resolved against their document's publication date" in text
    assert "no publication date" in text        # document b
    assert "No document has a publication date" not in text


def test_event_sentences_are_left_out_without_publication_dates():
    ev = pd.DataFrame({"doc_id": ["a", "b"], "date": pd.to_datetime(["2019-01-01", "2020-01-01"])})
    c = pd.DataFrame({"doc_id": ["a", "b"], "published": pd.NaT})
    assert narrative.event_lag_summary(ev, c) == ""
    assert narrative.event_reach(ev, c).empty
    c2 = c.assign(published=pd.to_datetime(["2019-01-03", "2019-12-30"]))
    assert narrative.event_lag_summary(ev, c2).startswith("Of 2 events in dated documents, 1 lies before")
    assert narrative.event_reach(ev, c2)["earliest_days"].tolist() == [-2, 2]


def test_event_reach_works_centuries_apart():
    ev = pd.DataFrame({"doc_id": ["a"], "date": pd.to_datetime(["1688-01-01"])})
    c = pd.DataFrame({"doc_id": ["a"], "published": pd.to_datetime(["2099-01-01"])})
    assert narrative.event_reach(ev, c)["earliest_days"].iloc[0] < -140_000


# --- document names -----------------------------------------------------------------------

def test_documents_are_named_by_title_and_names_are_unique():
    c = pd.DataFrame({"doc_id": ["eng_1", "eng_2", "eng_3", "eng_4"],
                      "title": ["Storm closes the harbour for a second week running", None,
                                "Same headline", "Same headline"],
                      "outlet": [None, None, "Wire", "Wire"], "published": pd.NaT})
    names = narrative.document_names(c)
    assert names["eng_1"].startswith("Storm closes the harbour") and "eng_1" not in names["eng_1"]
    assert len(names["eng_1"]) <= 40
    assert names["eng_2"] == "eng_2"     # nothing is dated: no "(undated)" on every name
    assert names["eng_3"] != names["eng_4"] and names["eng_3"].startswith("Wire: Same headline")
    assert len(set(names.values())) == 4


def test_names_carry_dates_when_some_documents_are_dated():
    c = pd.DataFrame({"doc_id": ["a", "b"], "title": ["Harbour reopens", "Harbour reopens"],
                      "published": pd.to_datetime(["2021-03-04", None])})
    assert narrative.document_names(c) == {"a": "Harbour reopens (2021-03-04)", "b": "Harbour reopens (undated)"}


def test_guessed_outlets_without_titles_stay_distinct():
    c = pd.DataFrame({"doc_id": ["n1", "n2"], "outlet": ["Reuters", "Reuters"], "published": pd.NaT})
    names = narrative.document_names(c)
    assert names["n1"] != names["n2"]


def test_event_timeline_names_articles_by_the_names_given():
    ev = pd.DataFrame({"doc_id": ["eng_1"], "sent_id": [0], "sentence": ["They met on 3 May 2019."],
                       "expression": ["3 May 2019"], "date": pd.to_datetime(["2019-05-03"]), "granularity": ["day"]})
    c = pd.DataFrame({"doc_id": ["eng_1"], "title": ["Harbour talks resume"], "published": pd.NaT})
    fig = plots.event_timeline(ev, c, label_col=None, names=narrative.document_names(c))
    texts = [t.get_text() for ax in fig.axes for t in ax.texts]
    assert any("[Harbour talks resume]" in t for t in texts) and not any("eng_1" in t for t in texts), texts
    plt.close(fig)


def test_focus_range_keeps_a_long_tail_of_real_dates():
    # most pages from eight weeks, a sixth spread over the following ten months
    d = pd.Series(list(_days("2007-12-10", 56, 500)) + list(_days("2008-02-05", 300, 100)))
    r = focus_range(d)
    assert r.n_outside <= 0.05 * len(d) + 1, r
    assert time_bin(d).unit == "month"


def test_event_timeline_over_centuries_draws_year_ticks_without_a_warning():
    """Events dated across centuries (a text mentions 1800 and 2040): the x axis gets year
    ticks; matplotlib's AutoDateLocator would give up and warn into the notebook."""
    import warnings

    from analysis.plots import event_timeline

    ev = pd.DataFrame({
        "doc_id": ["a", "a", "b"], "date": pd.to_datetime(["1800-01-01", "2008-01-10", "2040-06-01"]),
        "granularity": ["year", "day", "year"], "sentence": ["In 1800 the town was founded.",
                                                            "The vote was held on 10 January 2008.",
                                                            "The plan runs to 2040."],
        "expression": ["1800", "10 January 2008", "2040"], "sent_id": [0, 1, 0]})
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        fig = event_timeline(ev)
        fig.canvas.draw()   # the locator runs (and warns) when the figure is drawn
    labels = [t.get_text() for t in fig.axes[0].get_xticklabels()]
    assert labels and all(lab.isdigit() and len(lab) == 4 for lab in labels if lab), labels
