"""Temporal expressions, round 10 of issue 14: anaphora a story resolves against the day, month
or year it named last ("that year", "the following month", "the previous Friday", "until
then"), "it's the second day of", the future without a date ("could one day", "at a later
date"), "A year earlier <simple past>", and clock times as news wires write them ("shortly
before noon Tuesday", "10 p.m. local time Saturday"). Sentences invented for the tests (no
corpus text), with guards against reading too much. 2019-05-15 is a Wednesday."""
from __future__ import annotations

import pandas as pd

from analysis.dates import extract_dates


def rows(text, published="2019-05-15"):
    """Expressions of one text as {text: (value, kind)}."""
    d = extract_dates(pd.DataFrame({"doc_id": ["d1"], "text": [text],
                                    "published": pd.to_datetime([published])}))
    return {t: (v, k) for t, v, k in zip(d["text"], d["value"], d["kind"])}


# -- "that year" after a noun or at a sentence start: the story's year ---------------------------
def test_that_year_points_back_to_the_year_named():
    r = rows("The firm sold 900 boats in 2014, and its exports that year doubled.")
    assert r["that year"] == ("2014", "date")
    assert rows("The mill opened in 1998. That year, the town grew by a third.")["That year"] == ("1998", "date")


def test_that_as_a_conjunction_or_possessive_is_left_out():
    # "said that year-end ...", "that year's budget": no anaphoric year
    assert "that year" not in rows("In 2014, officials said that year-end sales would be weak.")
    assert "that year" not in rows("The mayor said in 2014 that year's budget was cut.")
    # no year named before it: nothing to point back to
    assert "that year" not in rows("Exports that year doubled.")


# -- "the following month" after a month resolved against the anchor ------------------------------
def test_following_month_after_a_bare_month():
    r = rows("The council voted in February. The following month, the plan was dropped.")
    assert r["February"] == ("2019-02", "date")
    assert r["The following month"] == ("2019-03", "date")


# -- "the previous Friday": the Friday before the day in view ---------------------------------------
def test_previous_weekday_counts_from_the_day_in_view():
    r = rows("Shares closed at 40 on Friday, up 2% from the previous Friday.")
    assert r["Friday"] == ("2019-05-10", "date")
    assert r["the previous Friday"] == ("2019-05-03", "date")
    r = rows("The strike began on Monday, April 29. The following Thursday, it ended.")
    assert r["The following Thursday"] == ("2019-05-02", "date")


def test_previous_weekday_without_a_day_in_view_is_the_last_one():
    assert rows("Prices were lower than the previous Monday.")["the previous Monday"] == ("2019-05-13", "date")


# -- "until then", "by then": the date named last ---------------------------------------------------
def test_until_then_is_the_date_named_last():
    r = rows("The offer expires on June 28. Until then, holders may convert their shares.")
    assert r["then"] == ("2019-06-28", "date")
    assert rows("The mill closed in 2009. By then, most workers had left.")["then"] == ("2009", "date")


def test_then_of_a_sequence_or_without_a_date_is_left_out():
    assert "then" not in rows("The talks ended on June 28, and then the army moved in.")
    assert "then" not in rows("By then, he said, it will be too late.")
    assert "then" not in rows("The rule was set on June 28 by then-President Adams.")


# -- "It's the second day of ...": the day the sentence speaks from --------------------------------
def test_nth_day_of_is_today():
    assert rows("It's the third day of a general strike in the capital.")["the third day"] == ("2019-05-15", "date")
    assert rows("Today marks the 40th day of the siege.")["the 40th day"] == ("2019-05-15", "date")
    assert "the third day" not in rows("It was the third day of fighting.")  # a story's day: which one is not said


# -- "could one day", "someday", "at a later date": FUTURE_REF, not a duration ----------------------
def test_one_day_after_a_modal_is_the_future():
    assert rows("Experts say the plant could one day supply the region.")["one day"] == ("FUTURE_REF", "date")
    assert rows("She hopes to someday reopen the shop.")["someday"] == ("FUTURE_REF", "date")
    assert rows("The board will decide at a later date.")["a later date"] == ("FUTURE_REF", "date")


def test_one_day_as_a_length_stays_a_duration():
    assert rows("The strike lasted one day.")["one day"] == ("P1D", "duration")
    assert rows("The fair will be one day longer this year.")["one day"] == ("P1D", "duration")


# -- "A year earlier the company earned ...": the year back, not a duration -------------------------
def test_a_year_earlier_before_a_simple_past_clause():
    assert rows("A year earlier the chain earned $4 million.")["A year earlier"] == ("2018", "date")
    # a pluperfect clause is the story's own "earlier": left as before (no anchor-based date)
    r = rows("Two days earlier the rebels had taken the bridge.")
    assert "Two days earlier" not in r


# -- news-wire clock times --------------------------------------------------------------------------
def test_shortly_before_a_clock_time_is_no_deadline():
    # past verb, "shortly before": last Tuesday, not next Tuesday
    assert rows("Troops reached the border shortly before noon Tuesday.")["noon Tuesday"] == \
        ("2019-05-14T12:00", "time")
    # a deadline with "before" stays ahead
    assert rows("Bids must be filed before noon Tuesday.")["noon Tuesday"] == ("2019-05-21T12:00", "time")


def test_local_time_between_clock_and_weekday():
    r = rows("The blast happened around 10 p.m. local time Saturday.")
    assert r["10 p.m. local time Saturday"] == ("2019-05-11T22:00", "time")
    assert "Saturday" not in r


# -- "the same month last year": one DATE, the month in view a year back ---------------------------
def test_same_month_last_year_is_one_date():
    r = rows("Store sales in April rose 6% from the same month last year.")
    assert r["April"] == ("2019-04", "date")
    assert r["the same month last year"] == ("2018-04", "date")
    assert "last year" not in r
    r = rows("Loadings rose in the week ended May 11, up 2% from the previous week and 8% from the same week a year earlier.")
    assert r["the previous week"] == ("2019-W18", "date")
    assert r["the same week a year earlier"] == ("2018-W19", "date")


def test_relative_month_near_a_written_date_does_not_reset_the_story_year():
    # the bare months after "March 2016" are read against the anchor; "that year" stays 2016
    r = rows("The first ship arrives in March 2016, the others in June and August of that year.")
    assert r["that year"] == ("2016", "date")


# -- "rose to 5.2 billion dollars in January": "to" before an amount is no infinitive -------------
def test_to_before_an_amount_is_no_future_cue():
    assert rows("Reserves rose 3 pct to 52.6 billion dollars in January.")["January"] == ("2019-01", "date")
    assert rows("Output fell to 4.1 million tonnes in March.")["March"] == ("2019-03", "date")
    # an infinitive still points ahead
    assert rows("The firm plans to open a plant in January.")["January"] == ("2020-01", "date")


# -- "8:40 this morning", "7 p.m. tonight": one TIME, the part of day gives a.m./p.m. ----------------
def test_clock_time_with_this_morning_or_tonight():
    assert rows("The crash happened at 8:40 this morning.")["8:40 this morning"] == ("2019-05-15T08:40", "time")
    assert rows("Polls close at 9 p.m. tonight.")["9 p.m. tonight"] == ("2019-05-15T21:00", "time")
    assert rows("Police were called at 11:20 last night.")["11:20 last night"] == ("2019-05-14T23:20", "time")


def test_a_count_before_this_morning_is_no_clock():
    r = rows("He scored 3 this morning and 2 tonight.")
    assert r == {"this morning": ("2019-05-15TMO", "time"), "tonight": ("2019-05-15TNI", "time")}


# -- "In the first nine months, ... a year earlier": the year back, not the quarter ----------------
def test_nine_months_take_the_quarter_out_of_view():
    r = rows("Third-quarter net rose 5%. For the first nine months, profit rose 10% from a year earlier.",
             "2019-11-02")
    assert r["a year earlier"] == ("2018", "date")
    # the quarter named again is back in view
    d = extract_dates(pd.DataFrame({"doc_id": ["d1"], "published": pd.to_datetime(["2019-11-02"]),
                                    "text": ["Third-quarter net rose 5%. For the nine months, profit rose 10% "
                                             "from a year earlier. In the quarter, sales rose 3% from a year earlier."]}))
    assert list(d.loc[d["text"] == "a year earlier", "value"]) == ["2018", "2018-Q3"]
    # the year is the reported quarter's, not the anchor's
    r = rows("Fourth-quarter net fell 20%. For the first nine months of the year, net rose from a year earlier.",
             "2020-02-20")
    assert r["Fourth-quarter"] == ("2019-Q4", "date")
    assert r["the year"] == ("2019", "date") and r["a year earlier"] == ("2018", "date")


# -- "The following week", "later that week", "The next year,": the story's week and year --------
def test_story_week_and_sentence_initial_next_year():
    r = rows("The talks opened on March 3, 2015. The following week, they collapsed.")
    assert r["The following week"] == ("2015-W11", "date")
    assert rows("The talks opened on March 3, 2015. Later that week, they collapsed.")["that week"] == \
        ("2015-W10", "date")
    assert rows("The treaty was signed on May 1, 1999. The next year, both states joined.")["The next year"] == \
        ("2000", "date")


def test_next_year_as_a_stretch_and_weeks_without_a_day_stay_as_before():
    assert rows("Prices will rise over the next year.")["the next year"] == ("P1Y", "duration")
    assert rows("The next year will be hard.")["The next year"] == ("P1Y", "duration")
    assert rows("Sales rose 8% from the previous week.") == {}
