"""Temporal expressions, round 4 of issue 14: classes of TimeBank/AQUAINT value errors fixed by
general rules, each tested on sentences invented for the tests (no corpus text)."""
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


# -- next month's name in a past-tense clause is a plan, not eleven months back ------------------
def test_next_month_in_a_past_clause_is_ahead():
    assert values("The board decided to open the plant in early June.")["early June"] == "2019-06"
    # written in December: January is next year's
    assert values("The council agreed to vote on the budget in January.", "2019-12-10")["January"] == "2020-01"


def test_a_month_two_or_more_ahead_in_a_past_clause_stays_in_the_past():
    assert values("Exports fell sharply in August.")["August"] == "2018-08"
    assert values("The mayor resigned in May.", "2019-06-20")["May"] == "2019-05"


# -- a month and day without a tense cue: the nearest (schedules are written without a year) ----
def test_month_day_without_tense_stays_the_nearest():
    # a payment date or deadline months ahead (Reuters-style notices) is not last year's
    assert values("Dividend payable June 3, books close May 11.", "2019-03-02")["June 3"] == "2019-06-03"
    assert values("Tickets for the June 20 concert are sold out.", "2019-06-12")["June 20"] == "2019-06-20"


def test_next_month_lean_does_not_override_last_year():
    v = values("Output reached a record in April and December last year.", "2019-03-02")
    assert v["April"] == "2018-04"


# -- frequency adjectives before a noun are sets; calendar-cycle adjectives are not -------------
def test_hourly_workers_are_not_a_set():
    assert "hourly" not in set(frame("The plant laid off 500 hourly workers.")["text"])


def test_daily_and_weekly_before_a_noun_are_sets():
    d = frame("Crowds gather for a daily protest, and the mayor uses his weekly radio address to reply.")
    got = dict(zip(d["text"], zip(d["value"], d["kind"])))
    assert got["daily"] == ("P1D", "set")
    assert got["weekly"] == ("P1W", "set")


def test_annual_and_quarterly_before_a_noun_are_not_extracted():
    d = frame("Shareholders approved the quarterly dividend at the annual meeting.")
    assert not set(d["text"]) & {"quarterly", "annual"}


def test_a_named_periodical_is_not_a_set():
    assert "daily" not in set(frame("The figures were printed by the daily Morgenpost.")["text"])


# -- weekdays: plans, past limits, comparisons ------------------------------------------------------
def test_weekday_after_were_planning_to_is_ahead():
    v = values("Farmers were planning to block the bridge on Friday.")
    assert v["Friday"] == "2019-05-17"


def test_weekday_after_a_plan_reported_in_the_past_is_ahead():
    v = values("Unions planned a rally on Saturday and were preparing to march on Monday.")
    assert v["Saturday"] == "2019-05-18"
    assert v["Monday"] == "2019-05-20"


def test_until_weekday_with_a_pluperfect_is_a_past_limit():
    assert values("Until Monday, officials had not named the driver.")["Monday"] == "2019-05-13"
    assert values("Forty firms had filed their returns by Tuesday.")["Tuesday"] == "2019-05-14"


def test_a_deadline_still_lies_ahead():
    # no pluperfect: the deadline stays in the future, even in a past-tense clause
    assert values("The deadline was extended to Friday.")["Friday"] == "2019-05-17"
    assert values("She had said she would decide by Friday.")["Friday"] == "2019-05-17"


def test_in_contrast_to_weekday_is_no_deadline():
    v = values("In contrast to Monday, when hundreds were arrested, the streets stayed calm.")
    assert v["Monday"] == "2019-05-13"


# -- durations written as one adjective -------------------------------------------------------------
def test_duration_adjectives_with_a_plural_or_vague_unit_have_no_number():
    d = frame("The decades-long feud, a centuries-old custom and his several-year absence ended.")
    got = dict(zip(d["text"], zip(d["value"], d["kind"])))
    assert got["decades-long"] == ("PXY", "duration")
    assert got["centuries-old"] == ("PXY", "duration")
    assert got["several-year"] == ("PXY", "duration")


def test_unit_long_alone_is_one_unit():
    assert values("Their third day-long meeting ended without a deal.")["day-long"] == "P1D"
    assert values("The hours-long standoff ended.")["hours-long"] == "PTXH"


def test_a_with_a_plural_unit_is_not_one_unit():
    assert values("It was a decades-long battle.")["a decades-long"] == "PXY"


def test_ages_stay_out():
    assert frame("A 6-year-old boy and a 44-year-old man were rescued.").empty


def test_vague_decades_and_centuries_are_written_in_years():
    v = values("After several decades of war and many centuries of trade, peace came.")
    assert v["several decades"] == "PXY" and v["many centuries"] == "PXY"


# -- "that day", "earlier that day": the day the story named last ------------------------------------
def test_that_day_is_the_last_day_named():
    v = values("The mayor was elected on March 3, 2011. Earlier that day, voters queued for hours. "
               "That night, crowds gathered.")
    assert v["Earlier that day"] == "2011-03-03"
    assert v["That night"] == "2011-03-03TNI"


def test_that_same_day_after_a_weekday():
    assert values("The bank failed on Monday. Its chief resigned that same day.")["that same day"] == "2019-05-13"


def test_that_day_without_a_day_named_is_left_out():
    assert "that day" not in set(frame("She said she would never forget that day.")["text"])


# -- a clock time takes the day named in its sentence -------------------------------------------------
def test_clock_time_takes_the_day_later_in_its_sentence():
    v = values("The bridge collapsed at about 7:40 a.m. (1140 GMT) Monday, blocking the river.")
    assert v["7:40 a.m."] == "2019-05-13T07:40"


def test_clock_time_takes_the_day_earlier_in_its_sentence():
    v = values("On Sunday, polling stations closed at 8 p.m. and counting began.")
    assert v["8 p.m."] == "2019-05-12T20:00"


def test_clock_time_does_not_cross_a_sentence_end():
    v = values("Polling stations close at 8 p.m. Officials said Monday that turnout was high.")
    assert v["8 p.m."] == "2019-05-15T20:00"


def test_month_name_inside_a_word_is_not_a_month():
    assert "May" not in set(frame("Last year Mayer cut the prices.")["text"])


def test_deadline_before_a_clock_time_governs_its_weekday():
    v = values("The agency extended its deadline until 9 a.m. EST Tuesday.", "2019-05-20")
    assert v["9 a.m. EST Tuesday"].startswith("2019-05-21T09:00")
    v = values("Talks will resume at 1000 EST Thursday.", "2019-05-20")
    assert v["1000 EST Thursday"].startswith("2019-05-23T10:00")


# -- "the week of <day>" and holidays a few days ahead --------------------------------------------------
def test_the_week_of_a_day_is_its_iso_week():
    assert values("A ruling is expected the week of June 3.")["the week of June 3"] == "2019-W23"
    assert values("Talks open the week of Feb. 8, 2021.")["the week of Feb. 8, 2021"] == "2021-W06"  # Monday 8 February 2021


def test_holiday_days_ahead_in_a_past_clause_is_this_years():
    # written a week before Easter 2019 (April 21): not Easter 2018
    assert values("Pilgrims arrived as Easter week began.", "2019-04-14")["Easter"] == "2019-04-21"
    assert values("Shops were closed at Christmas.", "2019-05-15")["Christmas"] == "2018-12-25"


# -- a tense cue further away when none is near -----------------------------------------------------------
def test_far_verb_decides_when_no_cue_is_near():
    text = ("In January, a week after the tenth anniversary of the regional water agreement, a storm "
            "near the coast destroyed two bridges.")
    assert values(text, "2019-10-20")["January"] == "2019-01"


def test_near_cue_still_wins_over_a_far_one():
    text = "The plant will reopen in January, long after the strike that crippled the regional economy ended."
    assert values(text, "2019-10-20")["January"] == "2020-01"


def test_past_verb_before_a_number_word_is_past():
    # "destroyed two bridges": a verb, not an adjective like "preferred shares"
    assert values("A storm destroyed two bridges in March.", "2019-01-20")["March"] == "2018-03"


# -- weekday with a plural part of the day: a set -----------------------------------------------------------
def test_weekday_with_plural_part_of_day_is_a_set():
    d = frame("The ferry sails on Friday nights and the market opens on Sunday mornings.")
    got = dict(zip(d["text"], zip(d["value"], d["kind"])))
    assert got["Friday nights"] == ("XXXX-WXX-5TNI", "set")
    assert got["Sunday mornings"] == ("XXXX-WXX-7TMO", "set")


def test_weekday_with_a_singular_part_of_day_stays_one_time():
    assert values("He left on Tuesday night.")["Tuesday night"] == "2019-05-14TNI"


def test_per_quarter_is_a_set_but_a_quarter_after_a_price_is_not():
    d = frame("The fund pays out per quarter; a share costs 10 cents a quarter more.")
    got = dict(zip(d["text"], zip(d["value"], d["kind"])))
    assert got["per quarter"] == ("P1Q", "set")
    assert "a quarter" not in got


def test_a_deadline_set_in_the_past_still_lies_ahead():
    assert values("The firms had been given until Friday to comply.")["Friday"] == "2019-05-17"
    assert values("Debt payments were deferred prior to June 30.", "2019-03-02")["June 30"] == "2019-06-30"


# -- the future in plural units ---------------------------------------------------------------------------
def test_coming_and_ahead_periods_are_the_future():
    d = frame("Rates may fall in coming months; funds must sell bonds in the weeks ahead and cut "
              "costs in future quarters.")
    got = dict(zip(d["text"], d["value"]))
    assert got["coming months"] == "FUTURE_REF"
    assert got["the weeks ahead"] == "FUTURE_REF"
    assert got["future quarters"] == "FUTURE_REF"


# -- titles and periodicals are not times ----------------------------------------------------------------
def test_a_programme_title_is_not_this_week():
    assert frame('The minister said on NBC\'s "This Week" that talks would go on.').empty
    assert values("Profits Fell Last Year")["Last Year"] == "2018"  # a headline stays


def test_a_periodical_named_in_lower_case_is_not_a_set():
    assert "daily" not in set(frame("He told the local daily al-Watan so.")["text"])
