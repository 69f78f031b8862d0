"""Round-13 reader findings (German, French, dated short items and a mixed-language corpus read as
a researcher would), invented data."""
import pandas as pd

from analysis.report import narrative


def _dated(dates):
    return pd.DataFrame({"doc_id": [f"d{i}" for i in range(len(dates))],
                         "published": pd.to_datetime(dates)})


def test_a_compare_group_written_as_an_iso_month_is_that_month_not_a_year_range():
    # "--compare 2003-03,2003-09" on a 2003 corpus read "2003-03" as the years 2003 to 2003 and
    # "2003-09" as 2003 to 2009: both groups held every document, so both were emptied and every
    # notebook said "Neither group has documents" although the command had raised no error
    c = _dated(["2003-03-02", "2003-03-30", "2003-04-01", "2003-09-01", "2003-09-30", "2003-10-01"])
    cmp = narrative.comparison(c, ["2003-03", "2003-09"])
    assert cmp.groups.fillna("-").tolist() == ["2003-03", "2003-03", "-", "2003-09", "2003-09", "-"]
    assert "2003&#45;03</span> is the month March 2003" in cmp.note
    assert narrative.compare_problem(c, ["2003-03", "2003-09"]) is None
    # a month without documents stops the command with the dates the corpus has
    problem = narrative.compare_problem(c, ["2003-03", "2003-12"])
    assert "'2003-12' matches no document" in problem and "2003-03-02 to 2003-10-01" in problem
    # guards: years and year ranges keep their meaning ("2016-17" cannot be a month)
    y = _dated(["2015-06-01", "2016-06-01", "2017-06-01", "2024-01-01"])
    assert narrative.comparison(y, ["2016-17", "2024"]).groups.fillna("-").tolist() == ["-", "2016-17", "2016-17", "2024"]
    assert narrative.comparison(y, ["2015-2016", "2017"]).groups.fillna("-").tolist() == ["2015-2016", "2015-2016", "2017", "-"]
    assert "is the month" not in narrative.comparison(y, ["2015-2016", "2017"]).note


def test_overlapping_compare_groups_stop_the_command_or_are_named_in_the_note():
    # a document in both groups is left out of both; when that empties a group, the command must
    # stop with the reason instead of running every notebook on "no comparison"
    c = _dated(["2003-01-05", "2003-03-02", "2003-03-30", "2004-02-01", "2005-02-01"])
    problem = narrative.compare_problem(c, ["2003-03", "2003"])
    assert problem is not None and "'2003-03' is also in the other group" in problem
    assert "2 documents match both" in problem
    # a partial overlap runs, and the note says how many documents were left out of both
    cmp = narrative.comparison(c, ["2003-2004", "2004-2005"])
    assert narrative.compare_problem(c, ["2003-2004", "2004-2005"]) is None
    assert "1 document matches both groups and is left out of both" in cmp.note
    # guard: groups that do not overlap say nothing of it
    assert "match both" not in narrative.comparison(c, ["2003", "2004-2005"]).note


def test_the_document_tone_chart_of_a_corpus_with_no_scored_document_says_so():
    # on a German corpus nothing is scored; "Tone of each document" was drawn as empty axes with
    # the neutral band, ticks from -0.3 to 0.3 and a legend whose three colours were one blue
    import analysis
    from analysis.plots.sentiment import document_sentiment_intervals
    scored = analysis.document_sentiment(pd.DataFrame({"doc_id": ["a"], "text": ["A cruel attack. A fine day."]}))
    empty = scored.iloc[0:0]
    fig = document_sentiment_intervals(empty)
    texts = [t.get_text() for ax in fig.axes for t in ax.texts]
    assert any("no documents to show" in t for t in texts), texts
    assert not any(ax.get_legend() for ax in fig.axes)
    # guard: a scored document is still drawn with its bars and legend
    fig = document_sentiment_intervals(scored)
    assert any(ax.get_legend() for ax in fig.axes) and not any(ax.texts for ax in fig.axes)
