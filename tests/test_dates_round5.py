"""Temporal expressions, round 5 of issue 14: duration and set classes that TimeML annotates and
the rules missed, each tested on sentences invented for the tests (no corpus text), with guards
against reading too much."""
from __future__ import annotations

import pandas as pd

from analysis.dates import extract_dates


def frame(text, published="2019-05-15"):
    """Expressions of one text (2019-05-15 is a Wednesday)."""
    return extract_dates(pd.DataFrame({"doc_id": ["d1"], "text": [text],
                                       "published": pd.to_datetime([published])}))


def values(text, published="2019-05-15"):
    d = frame(text, published)
    return dict(zip(d["text"], d["value"]))


def kinds(text, published="2019-05-15"):
    d = frame(text, published)
    return dict(zip(d["text"], d["kind"]))


# -- "couple of" without "a" ------------------------------------------------------------------
def test_the_next_couple_of_years_is_two_years():
    assert values("Over the next couple of years the firm will hire 500 people.")["the next couple of years"] == "P2Y"
    assert values("Prices have doubled in the past couple of months.")["the past couple of months"] == "P2M"
    assert values("The dispute lasted a couple of weeks.")["a couple of weeks"] == "P2W"


# -- a bare plural unit that TimeML annotates as a vague duration -------------------------------
def test_plural_unit_before_of_a_noun_is_a_vague_duration():
    assert values("The deal follows months of talks between the two sides.")["months"] == "PXM"
    assert values("After years of delays, the line finally opened.")["years"] == "PXY"
    assert values("The truce came after weeks of fighting.")["weeks"] == "PXW"


def test_in_years_after_a_superlative_is_a_vague_duration():
    assert values("It was the first rise in years.")["years"] == "PXY"
    assert values("The storm was the worst in decades, officials said.")["decades"] == "PXY"


def test_the_years_after_over_or_in_is_a_vague_duration():
    assert values("Over the years the village has changed beyond recognition.")["the years"] == "PXY"
    assert values("In the years that followed, the party split twice.")["the years"] == "PXY"


def test_vague_quantity_of_quarters():
    assert values("The bank made a profit after several quarters of losses.")["several quarters"] == "PXQ"
    # a fraction stays out
    assert "three quarters" not in values("Three quarters of the voters backed the plan.")
    assert "several quarters" not in values("Several quarters of the city were flooded.")


def test_plural_units_that_are_no_duration_stay_out():
    # an ordinal or determiner before the unit: a stretch of a named period, not a vague length
    v = values("Sales rose in the first months of the year.")
    assert "months" not in v
    # "years of age" after a number is the age, found (or not) as a whole, never "years" alone
    assert "years" not in values("Applicants must be 18 years of age.")
    # "in years to come" keeps its reference reading, not a bare duration
    assert values("The plant will run in years to come.").get("years") is None


# -- number words with hundred / thousand --------------------------------------------------------
def test_hundreds_and_thousands_in_words():
    assert values("The cathedral took three hundred years to build.")["three hundred years"] == "P300Y"
    assert values("Weavers have kept the craft alive for more than two thousand years.")[
        "more than two thousand years"] == "P2000Y"
    assert values("The ship sank a hundred years ago.", "2012-04-15")["a hundred years ago"] == "1912"


# -- plural seasons are sets ---------------------------------------------------------------------
def test_plural_seasons_are_sets():
    v = values("For the past three summers the town has flooded.")
    assert v["the past three summers"] == "XXXX-SU"
    assert kinds("In the north, winters are long and dark.")["winters"] == "set"
    # capitalised, it is a name
    assert "Summers" not in values("Larry Summers said the economy was slowing.")
    # "springs" and "falls" are also water and verbs: left out
    assert values("The hot springs draw tourists and the river falls sharply.") == {}


# -- a capitalised unit in a title is no duration ------------------------------------------------
def test_programme_title_with_a_unit_is_no_duration():
    v = values('She was interviewed on CBS\'s "60 Minutes" on Sunday.')
    assert "60 Minutes" not in v and v["Sunday"] == "2019-05-12"
    assert values("The talk lasted 60 minutes.")["60 minutes"] == "PT60M"


# -- "the (early) summer" after more prepositions -------------------------------------------------
def test_the_season_after_into_of_and_with_early():
    # written in October: the summer just gone
    assert values("Shipments lagged well into the summer.", "2019-10-20")["the summer"] == "2019-SU"
    assert values("Orders rose from the low levels of the early summer.", "2019-10-20")["the early summer"] == "2019-SU"
    # "the fall of ..." is a collapse, not autumn; a season "of her life" is no season
    assert values("The fall of the old regime surprised everyone.", "2019-10-20") == {}
    assert values("She spoke of the spring of her life.", "2019-10-20") == {}
    # a season before a noun is an adjective ("the winter crops"); "for the fall" is a decline
    assert values("Half of the winter crops must be reseeded.", "2019-10-20") == {}
    assert values("The bank gave no reason for the fall in reserves.", "2019-10-20") == {}


# -- a year with pre- / post- ---------------------------------------------------------------------
def test_pre_and_post_year():
    v = values("The pre-1914 order collapsed, and post-1945 Europe was rebuilt.")
    assert v["pre-1914"] == "1914" and v["post-1945"] == "1945"
    # a code after a hyphen stays out
    assert values("Call extension 1-1990 for details.") == {}


# -- "since the <date> event" is past; "as soon as <day>" is ahead ---------------------------------
def test_since_before_a_dated_event_is_past():
    # written in May: Oct. 23 is nearer ahead, but "since" points back
    assert values("The search has been going on since shortly after the Oct. 23 shooting.")["Oct. 23"] == "2018-10-23"
    assert values("Prices have been rising since the Nov. 2 vote.")["Nov. 2"] == "2018-11-02"
    # without "since" a schedule date keeps the nearest reading
    assert values("Tickets for the Oct. 23 concert go on sale.", "2019-09-30")["Oct. 23"] == "2019-10-23"


def test_as_soon_as_a_weekday_is_ahead():
    assert values("The team could leave as soon as Tuesday, officials said.")["Tuesday"] == "2019-05-21"
    assert values("The team left on Tuesday, officials said.")["Tuesday"] == "2019-05-14"


# -- extents as TimeML draws them ------------------------------------------------------------------
def test_possessive_and_adjectival_article_are_not_in_the_extent():
    d = frame("The company posted a third-quarter loss; its fourth quarter will be better.")
    assert list(d["text"]) == ["third-quarter", "fourth quarter"]
    d = frame("He signed a two-year contract and a four year deal.")
    assert list(d["text"]) == ["two-year", "four year"]
    # the article stays where the phrase names the time itself
    assert list(frame("Costs rose over a three-year period.")["text"]) == ["a three-year"]
    assert "the year-ago period" in set(frame("Sales rose from the year-ago period.")["text"])
    assert list(frame("The firm expects a year of growth.")["text"]) == ["a year"]


# -- the later days of a list share the first one's month ------------------------------------------
def test_days_in_a_list_after_a_month_day():
    v = values("The summit will be held on April 24 and 25 in Washington.")
    assert v["April 24"] == "2020-04-24" and v["25"] == "2020-04-25"
    v = values("Hearings were held March 3, 4 and 5.")
    assert (v["March 3"], v["4"], v["5"]) == ("2019-03-03", "2019-03-04", "2019-03-05")
    # a quantity after "and" is no day
    assert set(values("Sales rose June 3 and 4 percent in July.")) == {"June 3", "July"}
    assert set(values("On March 3 and 12 people died.")) == {"March 3"}
    # a day that cannot follow (smaller, or past the month's end) is no day of the list
    assert set(values("It was signed on Feb. 28 and 30 others joined.")) == {"Feb. 28"}


def test_or_so_before_ago():
    assert values("The plant closed a year or so ago.")["a year or so ago"] == "2018"


# -- a duration of no stated length; one day from a named day --------------------------------------
def test_for_a_while_and_for_some_time_are_vague_durations():
    assert values("They will have to live without power for a while.")["a while"] == "PXX"
    assert values("Troops could stay in the region for some time.")["some time"] == "PXX"
    assert values("It was the first win in a long time.")["a long time"] == "PXX"
    # "some time" as an amount given is no duration
    assert values("She gave some time to the charity.") == {}


def test_the_day_before_or_after_a_named_day():
    assert values("The talks took place the day before last Tuesday's hearing.")["the day before last Tuesday"] == "2019-05-13"
    assert values("Shops reopened the day after Christmas.")["the day after Christmas"] == "2018-12-26"


# -- the same period a year back ------------------------------------------------------------------
def test_corresponding_period_last_year_is_the_quarter_in_view_a_year_back():
    v = values("Third-quarter net rose to $2 million from $1.8 million for the corresponding period last year.",
               "2019-10-20")
    assert v["Third-quarter"] == "2019-Q3" and v["the corresponding period last year"] == "2018-Q3"
    v = values("Profit in the second quarter rose, compared with the same quarter a year earlier.", "2019-08-01")
    assert v["the same quarter a year earlier"] == "2018-Q2"


# -- a weekday joined to a recurring weekday recurs too ---------------------------------------------
def test_weekday_and_recurring_weekday_is_a_set():
    v = values("Two new flights will leave on Monday and Tuesday nights.")
    assert v["Monday"] == "XXXX-WXX-1TNI" and v["Tuesday nights"] == "XXXX-WXX-2TNI"
    assert values("The museum is closed on Monday and Tuesdays.")["Monday"] == "XXXX-WXX-1"
    # a single Tuesday evening does not make Monday recur
    assert values("He arrived on Monday and Tuesday evening he left.")["Monday"] == "2019-05-13"
