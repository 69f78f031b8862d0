"""Temporal expressions, round 12 of issue 14: a period up to a date ("the year to December 31",
"the week ended May 11": one unit of time, DURATION, as TimeBank writes "the year ended Sept. 30"),
"before" that ends its clause ("up from 4 pct a year before" = "a year earlier"), "the year
before" / "the year earlier" / "the year ago period", and "a year earlier" after a past year written
out in the same sentence ("net income in 1986 rose ... from ... a year earlier" = 1985). Sentences
invented for the tests (no corpus text), with guards against reading too much. 2019-05-15 is a
Wednesday."""
from __future__ import annotations

import pandas as pd

from analysis.dates import extract_dates


def rows(text, published="2019-05-15"):
    """Expressions of one text as {text: (value, kind)}."""
    d = extract_dates(pd.DataFrame({"doc_id": ["d1"], "text": [text],
                                    "published": pd.to_datetime([published])}))
    return {t: (v, k) for t, v, k in zip(d["text"], d["value"], d["kind"])}


# -- a period up to a date: "the year to December 31", "the week ended May 11" --------------------
def test_the_year_to_a_date_is_a_year_long_duration():
    r = rows("Group profit was 9 million pounds in the year to December 31.")
    assert r["the year"] == ("P1Y", "duration")
    assert r["December 31"] == ("2018-12-31", "date")
    assert rows("Consumer prices rose 3 percent in the year to April.")["the year"] == ("P1Y", "duration")
    assert rows("Profit in the year to end-March fell.")["the year"] == ("P1Y", "duration")
    assert rows("Sales fell in the fiscal year to June 30.")["the fiscal year"] == ("P1Y", "duration")


def test_the_week_or_month_up_to_a_date():
    assert rows("Loans rose in the week ended May 8.")["the week"] == ("P1W", "duration")
    assert rows("Loans rose in the week ending Friday.")["the week"] == ("P1W", "duration")
    assert rows("Reserves fell in the week to Wednesday, May 8.")["the week"] == ("P1W", "duration")
    assert rows("Output rose 2 percent in the month to 15 April.")["the month"] == ("P1M", "duration")
    # telegraphic wire style without the article
    assert rows("Money supply rose in week ended May 8.")["week"] == ("P1W", "duration")


def test_period_to_guards():
    # "to" before an amount, an infinitive or "date" is no end date
    assert "the week" not in rows("Gasoline stocks fell 2 percent in the week to 230 million barrels.")
    assert "month" not in rows("Outlays rose for a third straight month to 75 billion dollars.")
    assert "week" not in rows("Unions want to cut the working week to 35 hours.")
    assert "the week" not in rows("Leaders will meet in the week to discuss the budget.")
    assert "the year" not in rows("Net income for the year to date rose.")
    # "ended" with no date after it: a verb of its own
    assert "the week" not in rows("Stocks for the week ended 2 percent higher.")
    assert "the month" not in rows("The month ended with a rally.")
    # the year ended a date stays as before
    assert rows("For the year ended Sept. 30, net rose.")["the year"] == ("P1Y", "duration")


# -- "before" at the end of its clause is "earlier" -----------------------------------------------
def test_unit_before_at_clause_end():
    assert rows("Net profit rose to 4 million dollars from 3 million dollars a year before.")["a year before"] \
        == ("2018", "date")
    assert rows("Prices rose 3 percent from six months before.")["six months before"] == ("2018-11", "date")
    # decimal points are no clause ends
    assert rows("Sales were up 16.5 pct to 174.6 mln dlrs from 150.3 mln dlrs a year before.")["a year before"] \
        == ("2018", "date")
    assert rows("Claims fell to 210,000 from 215,000 a week before, the ministry said.")["a week before"] \
        == ("2019-W19", "date")
    # a quarter in view: that quarter a year back, as "a year earlier"
    assert rows("First-quarter profit rose to 4 million dollars from 3 million dollars a year before.")[
        "a year before"] == ("2018-Q1", "date")


def test_unit_before_guards():
    # "before" with an object: a length of time before an event
    assert rows("He joined the firm a year before the merger.")["a year"] == ("P1Y", "duration")
    assert rows("She left two weeks before he did.")["two weeks"] == ("P2W", "duration")
    # a pluperfect: the story's past, not the anchor's (left as a length of time)
    r = rows("He had left the firm two years before.")
    assert "two years before" not in r and r["two years"] == ("P2Y", "duration")
    # "later" is unchanged
    assert "three days later" not in rows("Three days later, he resigned.")
    # a narrative "before" with no comparison: the story's time, not the anchor's
    r = rows("The disease was named in 1970 after the virus was found in monkeys more than a decade before.")
    assert "more than a decade before" not in r and r["more than a decade"] == ("P10Y", "duration")
    assert "the year before" not in rows("He won the title the year before.")


def test_the_year_before_and_the_year_earlier():
    assert rows("Sales rose to 9 million dollars from 7 million dollars the year before.")["the year before"] \
        == ("2018", "date")
    assert rows("Profit rose to 4 million dollars from 3 million dollars in the year earlier.")[
        "the year earlier"] == ("2018", "date")
    assert rows("Fourth-quarter profit was 4 million dollars against 3 million dollars in the year ago period.",
                published="2019-02-10")["the year ago period"] == ("2017-Q4", "date")
    # guards: "the year before last", "the year before the war", a pluperfect
    assert "the year before" not in rows("Prices peaked the year before last.")
    assert "the year before" not in rows("Prices peaked the year before the war.")
    assert "the year before" not in rows("He had worked there the year before.")


# -- "a year earlier" after a past year written out in the same sentence -------------------------
def test_year_back_from_a_past_year_in_the_sentence():
    r = rows("Net income in 2016 rose to 2.8 billion dollars from 2.3 billion dollars a year earlier.")
    assert r["a year earlier"] == ("2015", "date")
    r = rows("Exports rose to 22,000 tonnes in 2017 from 20,400 the year before.")
    assert r["the year before"] == ("2016", "date")
    # a month or day written with its year counts too
    r = rows("In January 2017, wholesale prices were 3.9 percent lower than a year earlier.")
    assert r["a year earlier"] == ("2016", "date")
    r = rows("In the nine months ended Sept. 30, 2017, the loss widened from the year-earlier period.")
    assert r["the year-earlier period"] == ("2016", "date")


def test_year_back_guards():
    # the past year is in another sentence: the anchor's year back
    r = rows("The index was set up in 1990. Volume rose 21 percent from a year earlier.")
    assert r["a year earlier"] == ("2018", "date")
    r = rows("Current earnings include the four months ended April 30, 2017. Year-ago earnings are not comparable.")
    assert r["Year-ago"] == ("2018", "date")
    # a month of the anchor's year, or no year at all: unchanged
    assert rows("Exports rose in April from a year earlier.")["a year earlier"] == ("2018", "date")
    assert rows("Exports rose 4 percent from a year earlier.")["a year earlier"] == ("2018", "date")
    # a quarter in view still wins
    r = rows("In 2018, fourth-quarter profit rose to 4 million dollars from 3 million dollars a year earlier.")
    assert r["a year earlier"] == ("2017-Q4", "date")


def test_year_back_from_a_reported_year_ended():
    # "the year ended December 31" written in February: the reported year (2018) is in view
    r = rows("The firm lost 9 million dollars for the year ended December 31, against a profit of "
             "4 million dollars a year earlier.", published="2019-02-20")
    assert r["December 31"] == ("2018-12-31", "date") and r["a year earlier"] == ("2017", "date")
    # guard: "the year ending March 31" is often the current year's forecast: the anchor's year back
    r = rows("The firm expects a profit for the year ending March 31, down from a year earlier.",
             published="2019-02-20")
    assert r["a year earlier"] == ("2018", "date")

