"""Temporal expressions: finding, normalizing and anchoring, on sentences written for the tests."""
from __future__ import annotations

import warnings

import pandas as pd
import pytest

from analysis.dates.extract import events, extract_dates, value_to_timestamp
from analysis.dates.rules import clause_tense
from conftest import build_corpus


def run(text, published="2019-05-15", doc_id="d1"):
    corpus = pd.DataFrame({"doc_id": [doc_id], "text": [text],
                           "published": pd.to_datetime([published])})
    return extract_dates(corpus)


def values(text, published="2019-05-15"):
    """{expression as written: value} for one text (2019-05-15 is a Wednesday)."""
    d = run(text, published)
    return dict(zip(d["text"], d["value"]))


# -- weekdays by tense -------------------------------------------------------------------
def test_weekday_past_tense_is_the_previous_one():
    # Wednesday 2019-05-15: "On Friday, ... rejected" is Friday 10 May
    assert values("On Friday, the Lisbon council rejected the budget.") == {"Friday": "2019-05-10"}


def test_weekday_future_cues_give_the_next_one():
    assert values("The summit, to be held Saturday in Oslo, will cover trade.") == {"Saturday": "2019-05-18"}
    assert values("The ministers will meet Monday.") == {"Monday": "2019-05-20"}
    assert values("The vote is scheduled for Thursday.") == {"Thursday": "2019-05-16"}


def test_weekday_said_on_the_publication_day_is_that_day():
    assert values("The mayor said on Wednesday that the bridge is safe.") == {"Wednesday": "2019-05-15"}


def test_attribution_at_the_end_does_not_override_will():
    assert values("Talks will resume on Friday, officials in Nairobi said.") == {"Friday": "2019-05-17"}


def test_last_and_next_weekday_are_strict():
    v = values("They met last Wednesday and will meet again next Wednesday.")
    assert v == {"last Wednesday": "2019-05-08", "next Wednesday": "2019-05-22"}


def test_weekday_with_part_of_day_is_a_time():
    d = run("Police arrested two men on Tuesday night.")
    assert d.loc[0, "text"] == "Tuesday night"
    assert d.loc[0, "value"] == "2019-05-14TNI"
    assert d.loc[0, "kind"] == "time"


def test_weekday_names_in_titles_are_not_dates():
    assert run("She writes for the Sunday Times and watched Super Tuesday coverage.").empty


# -- months and month-days ------------------------------------------------------------------
def test_last_month_name_is_before_the_anchor():
    assert values("The premier visited Ottawa last September.", "2016-03-30") == {"last September": "2015-09"}
    assert values("The premier visited Ottawa last September.", "2016-10-02") == {"last September": "2016-09"}


def test_month_day_follows_tense():
    # anchor 2019-05-15: a past "Jan 6" is this January; a future "Jan 6" is next year's
    assert values("The blast on Jan 6 destroyed a depot.") == {"Jan 6": "2019-01-06"}
    assert values("Elections will take place on Jan 6.") == {"Jan 6": "2020-01-06"}
    # no cue: the nearest one
    assert values("A deadline of Nov. 30 applies.", "2019-12-10") == {"Nov. 30": "2019-11-30"}


def test_bare_month_nearest_or_by_tense():
    assert values("The leaders met in February.", "2016-03-30") == {"February": "2016-02"}
    assert values("They will meet again in September.", "2016-03-30") == {"September": "2016-09"}
    assert values("Shipments resume in January under the deal.", "2019-11-20") == {"January": "2020-01"}


def test_explicit_dates_in_many_formats():
    v = values("Signed on 12 March 2014, revised on March 3, 2015, filed 2016-07-01 and on 31/12/2017.")
    assert v == {"12 March 2014": "2014-03-12", "March 3, 2015": "2015-03-03",
                 "2016-07-01": "2016-07-01", "31/12/2017": "2017-12-31"}


def test_month_year_and_mod():
    v = values("Growth slowed in June 2018 and again in early 2019.")
    assert v == {"June 2018": "2018-06", "early 2019": "2019"}


def test_month_of_last_year():
    assert values("Prices peaked in July last year.") == {"July last year": "2018-07"}


# -- today, tomorrow, this month ... ------------------------------------------------------------
def test_deictic_words():
    v = values("The court ruled today. A hearing is set for tomorrow. Yesterday was quiet. "
               "Ministers meet tonight.")
    assert v == {"today": "2019-05-15", "tomorrow": "2019-05-16", "Yesterday": "2019-05-14",
                 "tonight": "2019-05-15TNI"}


def test_this_next_last_units():
    v = values("Sales fell this month, rose last year and should recover next year. "
               "Talks happened last week.")
    assert v == {"this month": "2019-05", "last year": "2018", "next year": "2020", "last week": "2019-W19"}


def test_earlier_this_month_keeps_the_modifier_in_the_span():
    d = run("Earlier this month the agency cut rates.")
    assert d.loc[0, "text"] == "Earlier this month"
    assert d.loc[0, "value"] == "2019-05"


def test_seasons_quarters_decades_ago():
    v = values("Profits in the third quarter will beat forecasts. Exports rose in the 1990s and "
               "will peak next summer. The plant closed two years ago.")
    assert v == {"the third quarter": "2019-Q3", "the 1990s": "199", "next summer": "2019-SU",
                 "two years ago": "2017"}
    # a quarter not yet begun, spoken of in the past tense, is last year's
    assert values("Profits in the third quarter beat forecasts.") == {"the third quarter": "2018-Q3"}


def test_a_year_earlier_refers_to_the_quarter_in_view():
    v = values("Net income in the first quarter rose 5% from a year earlier.")
    assert v["a year earlier"] == "2018-Q1"


# -- durations and sets ---------------------------------------------------------------------------
def test_durations():
    d = run("After a 50-minute call and two months of talks lasting three years in all.")
    got = dict(zip(d["text"], zip(d["value"], d["kind"])))
    assert got == {"50-minute": ("PT50M", "duration"), "two months": ("P2M", "duration"),
                   "three years": ("P3Y", "duration")}


def test_sets():
    # "annual" before its noun is no set (TimeBank 1.2 annotates 2 of 26 such adjectives)
    v = values("The annual summit meets every week and the council reports twice a year.")
    assert v == {"every week": "P1W", "twice a year": "P1Y"}
    assert values("Markets close every Friday.") == {"every Friday": "XXXX-WXX-5"}


def test_ages_are_not_durations():
    assert run("A 45-year-old farmer was arrested.").empty


# -- no false positives --------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Officials may march on the capital if talks fail.",
    "May I ask a question? March forward, the sergeant said.",
    "Theresa May spoke to reporters.",
    "The second round went well, and the 15-nation body met.",
    "About 45% of the 1,000 troops and 2000 soldiers left.",
    "Now, let me be clear about this.",
    "The agency spent $2019 on pens and filed Resolution 2270.",
    "He won a second term.",
    "Now that the vote is over, parties regroup.",
])
def test_no_false_positives(text):
    d = run(text)
    assert d.empty, d[["text", "value"]].to_dict("records")


def test_fifty_minute_is_a_duration_not_a_date():
    d = run("The leaders held a 50-minute meeting.")
    assert d["kind"].tolist() == ["duration"]


def test_now_as_time_reference_is_kept_but_not_a_date():
    d = run("Prices are now higher than in 2010.")
    assert dict(zip(d["text"], d["value"])) == {"now": "PRESENT_REF", "2010": "2010"}


def test_years_in_context():
    v = values("Since 2015 the firm has grown; it was founded in 1998 and plans 2030 targets.")
    assert v["2015"] == "2015" and v["1998"] == "1998"


# -- unknown anchor ----------------------------------------------------------------------------
def test_unknown_publication_date_reports_relative_unresolved():
    corpus = pd.DataFrame({"doc_id": ["x"], "published": pd.to_datetime([None]),
                           "text": ["On Friday the board met. It was founded on March 3, 2001. Talks lasted two months."]})
    d = extract_dates(corpus).set_index("text")
    assert pd.isna(d.loc["Friday", "value"]) and d.loc["Friday", "basis"] == "relative"
    assert pd.isna(d.loc["Friday", "anchor"])
    assert d.loc["March 3, 2001", "value"] == "2001-03-03"
    assert d.loc["two months", "value"] == "P2M"


def test_missing_published_column_warns():
    with pytest.warns(UserWarning, match="published"):
        d = extract_dates(pd.DataFrame({"doc_id": ["a"], "text": ["Met on Monday in 2004."]}))
    assert d.set_index("text").loc["2004", "value"] == "2004"


def test_missing_columns_raise():
    with pytest.raises(ValueError, match="doc_id"):
        extract_dates(pd.DataFrame({"body": ["x"]}))


# -- offsets, sentences, determinism -------------------------------------------------------------------
TEXTS = [
    "Quito, Ecuador\n\nOn Monday night, the assembly voted. \"We will return next week,\" a deputy said.",
    "The 2008 crisis is remembered. Officials met on Jan 6 and again last September.\n\nA 30-day truce starts tomorrow.",
]


def test_offsets_point_into_the_clean_text_and_sentences():
    corpus = pd.DataFrame({"doc_id": ["a", "b"], "text": TEXTS,
                           "published": pd.to_datetime(["2020-02-12", "2021-10-05"])})
    d = extract_dates(corpus)
    assert list(d.columns) == ["doc_id", "sent_id", "text", "start", "end", "value", "granularity",
                               "kind", "anchor", "basis"]
    texts = dict(zip(corpus["doc_id"], corpus["text"]))
    for row in d.itertuples():
        assert texts[row.doc_id][row.start:row.end] == row.text
    from analysis import sentences
    s = sentences(corpus).set_index(["doc_id", "sent_id"])
    for row in d.itertuples():
        sent = s.loc[(row.doc_id, row.sent_id)]
        assert sent["start"] <= row.start < sent["end"]
    assert (d.loc[d["basis"] == "relative", "anchor"].notna()).all()


def test_deterministic():
    corpus = pd.DataFrame({"doc_id": ["a", "b"], "text": TEXTS,
                           "published": pd.to_datetime(["2020-02-12", "2021-10-05"])})
    pd.testing.assert_frame_equal(extract_dates(corpus), extract_dates(corpus.copy()))
    pd.testing.assert_frame_equal(events(corpus), events(corpus.copy()))


# -- events -------------------------------------------------------------------------------------
def test_events_most_specific_and_sorted_without_datelines():
    text = ("AFP\nMarch 3, 2021\n\nThe embassy reopened on Tuesday after closing last year. "
            "A 12-day strike ended in 2019. The vote is set for next month.")
    corpus = pd.DataFrame({"doc_id": ["e"], "text": [text], "published": pd.to_datetime(["2021-03-03"])})
    ev = events(corpus)
    assert list(ev.columns) == ["date", "granularity", "doc_id", "sent_id", "sentence", "expression",
                                "value", "start", "end"]
    assert ev["expression"].tolist() == ["2019", "Tuesday", "next month"]
    assert ev["date"].is_monotonic_increasing
    assert ev.loc[ev["expression"] == "Tuesday", "value"].item() == "2021-03-02"


def test_value_to_timestamp():
    assert value_to_timestamp("2016-W05") == pd.Timestamp("2016-02-01")
    assert value_to_timestamp("199") == pd.Timestamp("1990-01-01")
    assert value_to_timestamp("2016-02-08TNI") == pd.Timestamp("2016-02-08")
    assert pd.isna(value_to_timestamp("P3D"))


def test_clause_tense():
    s = "The talks will be held on Friday, officials said."
    i = s.index("Friday")
    assert clause_tense(s, i, i + 6) == "future"
    s = "On Friday, the leaders condemned the decision."
    assert clause_tense(s, 3, 9) == "past"


def test_bundled_corpus_smoke():
    import analysis
    corpus = analysis.load_corpus()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        d = extract_dates(corpus)
    assert len(d) > 5
    assert (d["basis"].isin(["absolute", "relative"])).all()


# -- charts ------------------------------------------------------------------------------------
def _corpus_for_charts():
    texts = ["Officials met on Monday in Geneva. A vote will be held next month.",
             "The blast on Jan 6 killed two. Talks resume tomorrow.",
             "Ministers spoke on Friday, a spokesman said.",
             "Last year the summit failed; this year it will be held in June."]
    return build_corpus(*texts, ids=list("abcd"), outlet=["AP", "AFP", "DPA", "Kyodo"],
                        title=["Talks", "Blast", "Ministers speak", "Summit"],
                        dates=["2018-03-01", "2018-03-20", "2018-04-02", "2022-09-09"])


def test_publication_timeline_labels_do_not_overlap():
    import matplotlib
    matplotlib.use("Agg")
    from analysis.plots.timeline import publication_timeline
    fig = publication_timeline(_corpus_for_charts())
    fig.canvas.draw()
    ax = fig.axes[0]
    r = fig.canvas.get_renderer()
    boxes = [t.get_window_extent(r) for t in ax.texts if "\n" in t.get_text()]
    assert len(boxes) == 4
    for i in range(len(boxes)):
        for j in range(i + 1, len(boxes)):
            assert not boxes[i].overlaps(boxes[j])


def test_event_timeline_and_overview_draw():
    import matplotlib
    matplotlib.use("Agg")
    from analysis.dates.event_kinds import event_label
    from analysis.plots.timeline import event_timeline, timeline_overview
    c = _corpus_for_charts()
    ev = events(c)
    fig = event_timeline(ev, c)
    shown = " ".join(t.get_text() for ax in fig.axes for t in ax.texts)
    assert "Jan 6" in shown and "AFP" in shown
    fig = timeline_overview(c, events=ev)
    assert len(fig.axes) == 1
    assert event_label("Ministers spoke on Friday, a spokesman said.", "Friday") == "call"
    assert event_label("The UN on Sunday condemned the launch.", "Sunday") == "condemnation"


def test_prepositions_since_and_deadlines():
    # "since" puts a date in the past even with no past verb nearby
    assert values("Inspections are allowed since Jan. 13.", "2019-03-06") == {"Jan. 13": "2019-01-13"}
    # a deadline after a past verb can lie after the anchor: nearest occurrence
    assert values("The bank extended to Nov. 20 its offer.", "2019-11-02") == {"Nov. 20": "2019-11-20"}
    assert values("The offer expires by Friday, the firm said.") == {"Friday": "2019-05-17"}


def test_weekday_with_date_and_clock_time_with_zone():
    v = values("The paper wrote on Saturday, April 25: it was wrong.", "2019-04-26")
    assert v == {"Saturday, April 25": "2019-04-25"}
    v = values("Bids are due by 5 p.m. EST Nov. 9.", "2019-11-02")
    assert v == {"5 p.m. EST Nov. 9": "2019-11-09T17:00-05:00"}


def test_quarter_with_year_prefix():
    v = values("Sales in the 2018 second quarter and next year's first quarter.")
    assert v == {"the 2018 second quarter": "2018-Q2", "next year's first quarter": "2020-Q1"}


def test_narrative_relative_is_not_anchored_to_publication():
    d = run("Two days later the army left. The following year it came back.")
    assert d[["text", "value", "kind"]].values.tolist() == [["Two days", "P2D", "duration"]]


def test_empty_corpus_and_bad_dates():
    empty = pd.DataFrame({"doc_id": [], "text": [], "published": []})
    assert extract_dates(empty).empty and events(empty).empty
    c = pd.DataFrame({"doc_id": ["a", "b"], "text": ["Met on Friday.", None],
                      "published": ["2016-03-30", "not a date"]})
    with pytest.warns(UserWarning, match="unparseable"):
        d = extract_dates(c)
    assert d["value"].tolist() == ["2016-03-25"]


def test_table_numbers_are_not_durations_or_years():
    text = "Revs 27.4 mln vs 4,311,000\n\nYear Oper shr 1.10. Sales in the 1986/87 year rose."
    d = run(text)
    assert not (d["kind"] == "duration").any(), d[["text", "value"]].to_dict("records")


def test_rates_fractions_and_newspapers():
    d = run("It exports 250,000 tonnes a year. Rates fell up to a quarter point. "
            "The government daily Izvestia said it took a year.")
    assert d[["text", "kind"]].values.tolist() == [["a year", "set"], ["a year", "duration"]]


def test_expectation_in_the_past_and_effective_dates():
    # "had been due to expire Friday" in Monday's paper: the Friday before
    assert values("The offer had been due to expire Friday evening.", "2019-05-13") == \
        {"Friday evening": "2019-05-10TEV"}
    # "effective June 1" from October: next June
    assert values("The new pact, effective June 1, raised costs.", "2019-10-26") == {"June 1": "2020-06-01"}
    # "announced plans to" is a noun phrase, the past verb decides
    assert values("In September, it announced plans to buy a rival.", "2019-10-30") == {"September": "2019-09"}
    # present perfect: the past
    assert values("The stock has fluctuated, from $29 in March.", "2019-10-30") == {"March": "2019-03"}


def test_annual_before_a_name_is_still_a_set():
    assert values("Leaders meet at the annual Asia-Pacific summit.") == {"annual": "P1Y"}


def test_publication_timeline_many_articles_becomes_a_strip_per_outlet():
    import matplotlib
    matplotlib.use("Agg")
    from analysis.plots.timeline import publication_timeline
    n = 20
    c = pd.DataFrame({"doc_id": [f"d{i}" for i in range(n)], "outlet": [f"Outlet {i % 3}" for i in range(n)],
                      "published": pd.date_range("2015-01-01", periods=n, freq="90D"),
                      "title": ["A headline long enough to need wrapping"] * n})
    fig = publication_timeline(c)
    labels = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    assert labels == ["Outlet 0 (n=7)", "Outlet 1 (n=7)", "Outlet 2 (n=6)"]
    fig = publication_timeline(c.iloc[:10])  # labelled: boxes must not overlap
    fig.canvas.draw()
    r = fig.canvas.get_renderer()
    boxes = [t.get_bbox_patch().get_window_extent(r) for t in fig.axes[0].texts if "\n" in t.get_text()]
    assert len(boxes) == 10
    assert not any(boxes[i].overlaps(boxes[j]) for i in range(10) for j in range(i + 1, 10))


def test_docstring_examples():
    import doctest

    import matplotlib
    matplotlib.use("Agg")
    import analysis.dates.extract
    import analysis.dates.word_lists
    import analysis.dates.rules
    import analysis.plots.timeline
    for module in (analysis.dates.extract, analysis.dates.rules, analysis.dates.word_lists, analysis.plots.timeline):
        result = doctest.testmod(module)
        assert result.failed == 0, module.__name__


def test_clock_times():
    v = values("The blast came at 3 a.m yesterday; talks end at 14:30 GMT and resume at noon.")
    # a clock time next to a day word takes that day
    assert v["3 a.m yesterday"] == "2019-05-14T03:00" and v["14:30 GMT"] == "2019-05-15T14:30Z"
    assert v["noon"] == "2019-05-15T12:00"


def test_charts_cope_with_undated_corpora():
    import matplotlib
    matplotlib.use("Agg")
    from analysis.plots.timeline import event_timeline, publication_timeline, timeline_overview
    c = pd.DataFrame({"doc_id": ["a", "b"], "text": ["They met on March 3, 2015.", "A vote is set for next week."],
                      "published": pd.to_datetime([None, None])})
    ev = events(c)
    assert ev["expression"].tolist() == ["March 3, 2015"]
    for fig in (publication_timeline(c), event_timeline(ev, c), timeline_overview(c, events=ev),
                timeline_overview(c, events=ev.iloc[0:0]), event_timeline(ev.iloc[0:0])):
        assert fig is not None


def test_weekend_by_tense_or_nearest():
    # Wednesday 2019-05-15: the past weekend is 11-12 May (ISO week 19), the next 18-19 May (week 20)
    assert values("Protesters gathered over the weekend.") == {"the weekend": "2019-W19-WE"}
    assert values("More protests are planned for the weekend.") == {"the weekend": "2019-W20-WE"}
    assert values("Shops close the weekend.", "2019-05-13") == {"the weekend": "2019-W19-WE"}
    assert values("Shops close the weekend.", "2019-05-16") == {"the weekend": "2019-W20-WE"}
    assert values("Talks collapsed last weekend.") == {"last weekend": "2019-W19-WE"}


def test_duplicate_doc_ids_warn():
    c = pd.DataFrame({"doc_id": ["a", "a"], "text": ["Talks resumed on Monday.", "He left yesterday."],
                      "published": pd.to_datetime(["2020-01-08", "2020-01-08"])})
    with pytest.warns(UserWarning, match="duplicate doc_id"):
        extract_dates(c)


def test_event_timeline_colours_articles_not_dates_without_outlet():
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from analysis.plots.timeline import event_timeline
    c = _corpus_for_charts().drop(columns="outlet")
    c["published"] = pd.to_datetime(["2018-03-01"] * 4)   # same day: still one colour per article
    fig = event_timeline(events(c), c)
    heads = [t for t in fig.axes[1].texts if "[" in t.get_text()]
    colour_of = {t.get_text().rsplit("[", 1)[0].split(": ", 1)[1]: t.get_color() for t in heads}
    assert len(set(colour_of.values())) > 1
    plt.close(fig)


def test_event_label_term_of_office_in_any_tense():
    from analysis.dates.event_kinds import event_label
    for s in ("Two weeks before Ms Oduya took office in May, aides left.",
              "The governor will be sworn in on Monday.",
              "Her inauguration on Friday drew crowds.",):
        assert event_label(s) == "election", s
    # leaving office ends a post (ACE Personnel.End-Position, like resigning): round 15 moved it from
    # election to appointment (tests/test_event_kinds_round15.py); taking office stays election
    assert event_label("He leaves office in January.") == "appointment"


def _xtick_texts(fig, ax):
    fig.canvas.draw()
    return [t.get_text() for t in ax.get_xticklabels() if t.get_text()]


def test_date_axes_are_labelled_over_a_few_weeks_and_over_decades():
    import matplotlib.pyplot as plt

    from analysis.plots.timeline import publication_timeline, timeline_overview
    weeks = pd.DataFrame({"doc_id": [f"d{i}" for i in range(20)], "outlet": ["Wire"] * 20,
                          "published": pd.date_range("1987-02-26", periods=20, freq="3D")})
    fig = publication_timeline(weeks)
    ticks = _xtick_texts(fig, fig.axes[0])
    assert len(ticks) >= 3, ticks  # year ticks alone would leave a two-month axis unlabelled
    plt.close(fig)
    decades = pd.DataFrame({"doc_id": [f"d{i}" for i in range(61)], "outlet": ["Wire"] * 61,
                            "published": pd.to_datetime([f"{y}-06-01" for y in range(1960, 2021)])})
    for fig in (publication_timeline(decades), timeline_overview(decades)):
        ticks = _xtick_texts(fig, fig.axes[-1])
        assert 4 <= len(ticks) <= 14, ticks  # one tick per year would pile 60 labels up
        plt.close(fig)


def test_a_day_weeks_ahead_is_not_pushed_back_a_year_by_a_past_reporting_verb():
    # published Wednesday 2019-05-15
    assert values("The union said its members voted to strike on June 3 unless pay rises.") == \
        {"June 3": "2019-06-03"}
    assert values("Officials said the offer expires June 20.") == {"June 20": "2019-06-20"}
    # a day well behind the anchor, or far ahead, still follows the past tense
    assert values("The union said its members voted on May 2 to strike.") == {"May 2": "2019-05-02"}
    assert values("The board said it met on October 9 to approve the plan.") == {"October 9": "2018-10-09"}


def test_quantities_and_out_of_range_spans_never_stop_extraction():
    # market-report shorthand: "vs 292,000 week ago" is 292,000 barrels against a week ago
    got = run("Stocks fell to 288,000 barrels vs 292,000 week ago, the institute said.", "1987-03-04")
    assert "292,000 week ago" not in set(got["text"])
    # arithmetic beyond the calendar: kept as an expression, left unresolved, no exception
    got = run("The rock formed 4,000,000 days ago and 3,000,000 weeks ago, geologists said.", "2019-05-15")
    far = got[got["text"].str.contains("000 days ago|000 weeks ago")]
    assert len(far) == 2 and far["value"].isna().all()


def test_events_leave_out_dates_a_timeline_cannot_hold_with_a_warning():
    c = pd.DataFrame({"doc_id": ["a"], "published": pd.to_datetime(["2019-05-15"]),
                      "text": ["Humans settled the valley 10,000 years ago, experts said. "
                               "The dam opened last year."]})
    with pytest.warns(UserWarning, match="before the year 1677 or after 2262 \(e.g. .10,000 years ago.\)"):
        ev = events(c)
    assert ev["expression"].tolist() == ["last year"]
    assert "-7981" in set(extract_dates(c)["value"])


def test_last_year_in_the_sentence_keeps_a_bare_month_day_in_the_past():
    # published Wednesday 2019-05-15; June 3 is nineteen days ahead
    assert values("Last year the strike ended on June 3, the union said.") == \
        {"Last year": "2018", "June 3": "2018-06-03"}
    assert values("The vote was held on June 3 last year.")["June 3"] == "2018-06-03"


# -- invented expressions, one class of failure each (tests/data/date_expressions.tsv) ----------
_EXPRESSIONS = pd.read_csv(__import__("pathlib").Path(__file__).parent / "data" / "date_expressions.tsv",
                           sep="\t", comment="#", dtype=str, keep_default_na=False)
_TYPE = {"date": "DATE", "time": "TIME", "duration": "DURATION", "set": "SET"}


@pytest.mark.parametrize("row", _EXPRESSIONS.to_dict("records"),
                         ids=[f"{r['class']}:{r['expression']}" for r in _EXPRESSIONS.to_dict("records")])
def test_invented_expression(row):
    d = run(row["text"] or row["expression"], row["anchor"])
    found = [(t, v, _TYPE[k]) for t, v, k in zip(d["text"], d["value"], d["kind"])]
    assert (row["expression"], row["value"], row["type"]) in found, found


def test_expression_file_has_five_per_class():
    counts = _EXPRESSIONS["class"].value_counts()
    assert len(counts) >= 15 and counts.min() >= 5, counts


def test_possessive_weekday_without_future_cue_is_past():
    # 2019-05-13 is a Monday: "Thursday's closing price" is last Thursday, not this one
    assert values("The offer is a 20% premium over Thursday's closing price.", "2019-05-13") == \
        {"Thursday": "2019-05-09"}
    assert values("Voters will turn out for Sunday's election.", "2019-05-13") == {"Sunday": "2019-05-19"}


def test_range_end_follows_the_clause_tense():
    v = values("The fund bought 2,000 shares from May 2 to Thursday.", "2019-05-13")
    assert v["Thursday"] == "2019-05-09"
    # a deadline after "to" without a range stays ahead
    assert values("The deadline was extended to Thursday.", "2019-05-13") == {"Thursday": "2019-05-16"}


def test_year_quarter_fiscal_year_and_term_references():
    v = values("Profit in the third quarter rose to $5 million from $4 million in the 2018 period.")
    assert v["the third quarter"] == "2018-Q3" and v["the 2018 period"] == "2018-Q3"
    v = values("Sales in the current fiscal year and in the latter half of 2017 were flat.")
    assert v == {"the current fiscal year": "2019", "the latter half of 2017": "2017-H2"}
    assert values("Rates will stay low in the near term.") == {"the near term": "FUTURE_REF"}
    v = values("It sold long-term debt, praised the long-term savings and will wait the last half hour.")
    assert not any("term" in k or k.startswith("the last half") for k in v), v


def test_story_relative_year_counts_from_the_last_full_date():
    v = values("On May 22, 1995, she was promoted, and the following year she moved to Vienna. "
               "Later that year she retired.")
    assert v["the following year"] == "1996" and v["that year"] == "1995"
    # no full date before it: the anchor is unknown, nothing is guessed
    assert "the following year" not in values("The following year was hard.")


def test_quarter_ended_date_and_year_end():
    v = values("Net income for the quarter ended July 31 rose 8%, and the company expects to close "
               "the sale by year-end.", "2019-09-10")
    # the quarter of the three months that end on July 31 is Q2 (TimeBank writes it so)
    assert v == {"the quarter": "2019-Q2", "July 31": "2019-07-31", "year-end": "2019"}
    # "expects to" is a future cue: mid-November ahead of an October anchor is this year's
    assert values("It expects to report results in mid-November.", "2019-10-20") == {"mid-November": "2019-11"}


def test_mid_part_of_day():
    v = values("By mid-afternoon the crowd had gone; shares fell at mid-morning yesterday.")
    assert v == {"mid-afternoon": "2019-05-15TAF", "mid-morning yesterday": "2019-05-14TMO"}


def test_events_read_seconds_zones_midnight_and_warn_on_years_a_timeline_cannot_hold():
    c = pd.DataFrame({"doc_id": ["a"], "published": pd.to_datetime(["2019-05-15"]),
                      "text": ["The fire started on 17 August 1656. The launch came at 14:45:30 GMT. "
                               "The curfew starts at midnight."]})
    d = extract_dates(c)
    assert dict(zip(d["text"], d["value"]))["17 August 1656"] == "1656-08-17"
    with pytest.warns(UserWarning, match="before the year 1677 or after 2262"):
        ev = events(c, d)
    assert ev["date"].tolist() == [pd.Timestamp("2019-05-15 14:45:30"), pd.Timestamp("2019-05-16")]


def test_set_adjective_before_a_noun_is_no_set():
    d = run("At the annual meeting it raised the quarterly dividend, which is paid annually.")
    assert d[["text", "value", "kind"]].values.tolist() == [["annually", "P1Y", "set"]]


def test_recent_years_and_year_ended_are_durations():
    d = run("In recent years the firm grew; revenue for the fiscal year ended March 31 rose.")
    got = dict(zip(d["text"], zip(d["value"], d["kind"])))
    assert got["recent years"] == ("PXY", "duration")
    assert got["the fiscal year"] == ("P1Y", "duration") and got["March 31"][1] == "date"


def test_lower_case_bare_month_needs_a_preposition_and_may_march_stay_verbs():
    assert values("Snow fell in january and the bill passed in may. We march on.") == {"january": "2019-01"}
    assert values("The numbers 1.5 may 2 march are not dates.") == {}


def test_false_friends_from_a_business_wire():
    # prices, exchange rates and modal verbs are not dates; a 24-hour clock with a zone is a time
    v = values("Warrants were valued at two to three dlrs, the rate fixed at 35 to one dollar, and "
               "this may help. Oil will rise to the mid 20s from 15-18 dlrs a barrel.")
    assert v == {}
    assert values("Trading stops at 1030 GMT.") == {"1030 GMT": "2019-05-15T10:30Z"}


def test_fiscal_quarter_ended_is_named_by_the_year_it_ends_in():
    v = values("Profit for the first quarter ended January 31 fell from a year ago.", "2019-03-02")
    assert v == {"the first quarter": "2019-Q1", "January 31": "2019-01-31", "a year ago": "2018-Q1"}


def test_dayfirst_argument_overrides_document_hints_and_is_checked():
    c = pd.DataFrame({"doc_id": ["a"], "published": pd.to_datetime(["2019-05-15"]),
                      "text": ["The hearing was on 03/04/2019."]})
    assert extract_dates(c)["value"].tolist() == ["2019-03-04"]  # no hints: month first
    assert extract_dates(c, dayfirst=True)["value"].tolist() == ["2019-04-03"]
    with pytest.raises(ValueError, match="dayfirst"):
        extract_dates(c, dayfirst="uk")
