"""Temporal expressions, round 3 of issue 14: classes of TimeBank value errors fixed by general
rules, each tested on sentences invented for the tests (no corpus text)."""
from __future__ import annotations

import pandas as pd

from analysis.dates import extract_dates


def values(text, published="2019-05-15"):
    """{expression as written: value} for one text (2019-05-15 is a Wednesday)."""
    d = extract_dates(pd.DataFrame({"doc_id": ["d1"], "text": [text],
                                    "published": pd.to_datetime([published])}))
    return dict(zip(d["text"], d["value"]))


def kinds(text, published="2019-05-15"):
    d = extract_dates(pd.DataFrame({"doc_id": ["d1"], "text": [text],
                                    "published": pd.to_datetime([published])}))
    return dict(zip(d["text"], d["kind"]))


# -- a quarter spoken of as a forecast is not the quarter in view ------------------------------
def test_latest_quarter_after_a_forecast_quarter_is_the_last_completed_one():
    text = ("Acme's third-quarter profit rose 8%. The company said the floods will lead to a "
            "fourth-quarter charge. Sales of tools fell 3% in the latest quarter, against a gain "
            "a year ago.")
    v = values(text, "2019-11-05")
    assert v["the latest quarter"] == "2019-Q3"
    assert v["a year ago"] == "2018-Q3"


def test_a_reported_fiscal_quarter_stays_in_view():
    # a company's own "fourth quarter ended Sept. 30", reported in the past tense, is in view
    text = "Zenith said its fourth-quarter profit rose. The latest quarter included a gain."
    assert values(text, "2019-11-05")["The latest quarter"] == "2019-Q4"


# -- a bare month without a tense cue leans to the past ------------------------------------------
def test_bare_month_without_tense_is_the_one_before_not_five_months_ahead():
    # October anchor, no verb near "in March": the March before, not next March
    text = "The index, climbing to a high of 42 in June from 29 in March, leads the sector."
    v = values(text, "2019-10-28")
    assert v["March"] == "2019-03" and v["June"] == "2019-06"
    assert values("Prices of copper, up from a low point in March, keep rising.", "2019-10-28") == {"March": "2019-03"}


def test_bare_month_a_few_months_ahead_is_still_ahead():
    # November anchor, "in January" without a tense cue: two months ahead, the next January
    assert values("Union leaders meet the board in January.", "2019-11-20")["January"] == "2020-01"


def test_deadline_month_is_the_nearest():
    # "by August" in February (the verb too far away to count): the coming August
    text = ("The carrier will almost double its weekly flights between the two largest cities "
            "of the region by August.")
    assert values(text, "2019-02-13")["August"] == "2019-08"


# -- the last decade, the past year ---------------------------------------------------------
def test_the_last_decade_is_the_calendar_decade_before():
    assert values("Wages lost ground to prices in the last decade.", "1998-02-06")["the last decade"] == "198"
    # the past decade (ten years up to the anchor): the decade holding most of them
    assert values("Rents doubled in the past decade.", "2019-05-15")["the past decade"] == "201"
    # the past century written in 1989 is still the twentieth
    assert values("one of the great events of the past century", "1989-11-01")["the past century"] == "19"


def test_the_past_year_is_last_year_unless_for_the_past_year():
    v = values("Hate groups grew sharply over the past year.", "1998-03-03")
    assert v == {"the past year": "1997"}
    assert kinds("Hate groups grew sharply over the past year.", "1998-03-03") == {"the past year": "date"}
    # "for the past year" measures a stretch of time
    assert values("She has led the group for the past year.", "1998-03-03") == {"the past year": "P1Y"}


# -- the next day, the same day: the story's own time line -----------------------------------
def test_next_day_counts_from_the_last_day_named():
    v = values("On Jan. 12, the court ruled against him. The next day he appealed.", "2019-05-15")
    assert v["The next day"] == "2019-01-13"
    v = values("Police arrested him on Friday. The following day he was released.", "2019-05-15")
    assert v == {"Friday": "2019-05-10", "The following day": "2019-05-11"}
    v = values("The first bomb exploded on March 3, 2017, and a second one the same day.")
    assert v["the same day"] == "2017-03-03"


def test_previous_evening_is_a_time_of_that_story_day():
    v = values("The vote was held on Monday; the previous evening, crowds gathered.")
    assert v["the previous evening"] == "2019-05-12TEV"
    assert kinds("The vote was held on Monday; the previous evening, crowds gathered.")["the previous evening"] == "time"


def test_next_day_without_a_day_in_view_counts_from_the_anchor():
    assert values("Ministers will decide the next day.", "2019-05-15") == {"the next day": "2019-05-16"}


# -- "the year" alone is the anchor's year ---------------------------------------------------
def test_the_year_alone_is_the_anchor_year():
    assert values("For the year, cereal sales were flat.") == {"the year": "2019"}
    assert values("Output fell in the first nine months of the year.")["the year"] == "2019"
    assert values("Floods delayed the harvest earlier in the year.") == {"earlier in the year": "2019"}


def test_the_year_as_a_relative_clause_or_title_is_left_out():
    assert values("That was the year he left the party.") == {}
    assert values("She was named Writer of the Year twice.") == {}
    assert values("Exports had fallen the year before.") == {}
    # the year ended March 31 is a duration; the year-ago figure last year
    assert values("Net fell in the year ended March 31.")["the year"] == "P1Y"


# -- spoken years with a month, day or season (broadcast transcripts) ---------------------------
def test_spoken_year_with_month_or_season():
    assert values("January nineteen ninety-seven. Floods again.", "1998-02-27") == {
        "January nineteen ninety-seven": "1997-01"}
    assert values("Prices fell to the level of the winter of nineteen ninety-four.", "1998-02-27") == {
        "the winter of nineteen ninety-four": "1994-WI"}
    assert values("The line opened on March 8, nineteen ninety-eight.", "1999-02-27") == {
        "March 8, nineteen ninety-eight": "1998-03-08"}
    assert values("The law of nineteen ninety-six changed that.", "1998-02-27") == {"nineteen ninety-six": "1996"}


# -- durations with a half, "more", "additional" ---------------------------------------------
def test_durations_with_a_half():
    assert values("They lived in the camps for 2 1/2 years.") == {"2 1/2 years": "P2Y6M"}
    assert values("The talks lasted two and a half hours.") == {"two and a half hours": "PT2H30M"}
    assert values("A minute and a half later, the pilot called.") == {"A minute and a half": "PT1M30S"}
    assert values("He has led the firm for a decade and a half.") == {"a decade and a half": "P15Y"}
    # "ago": the month that long before the anchor
    assert values("A year and a half ago the mill closed.") == {"A year and a half ago": "2017-11"}
    # an age is not a duration
    assert values("A 2 1/2-year-old boy was found.") == {}


def test_more_additional_further_between_number_and_unit():
    assert values("The navy may use the port for at least 20 more years.") == {"at least 20 more years": "P20Y"}
    assert values("The loan may be extended for an additional year.") == {"an additional year": "P1Y"}
    assert values("The firm had two more years of losses.") == {"two more years": "P2Y"}
    assert values("It was a more difficult year for growers.") == {}


def test_the_year_after_a_reported_quarter_is_that_quarter_year():
    text = "Net rose in the fourth quarter of 1986. For the year, net fell 5%."
    assert values(text, "1987-03-02")["the year"] == "1986"


def test_the_year_to_a_month_is_not_the_anchor_year():
    # "the year to February": the twelve months to February, not the calendar year; since round 12
    # a one-year DURATION (as "the year ended Sept. 30"), never the anchor's year 1987
    assert values("Prices in the year to February rose 31.6 pct.", "1987-03-02")["the year"] == "P1Y"


def test_month_closing_a_range_is_the_nearest():
    # "from March 5 through mid-July" written in March: this July, not last July
    v = values("About 500 workers will be laid off from March 5 through mid-July.", "1987-03-04")
    assert v["mid-July"] == "1987-07"
    v = values("The group discussed quotas from April 1 to September at the meeting.", "1987-03-02")
    assert v["September"] == "1987-09"


def test_latest_quarter_sets_the_quarter_for_a_year_ago():
    text = ("The firm warned of a fourth-quarter charge that will follow the merger. Profit fell "
            "in the latest quarter, compared with a gain a year ago.")
    v = values(text, "2019-11-05")
    assert v["the latest quarter"] == "2019-Q3" and v["a year ago"] == "2018-Q3"


def test_earlier_or_later_in_the_day_week_month():
    assert values("The president arrived in Denver later in the day.") == {"later in the day": "2019-05-15"}
    assert values("On May 2, the court met. Later in the day, the judge ruled.")["Later in the day"] == "2019-05-02"
    assert values("Earlier in the week, the minister resigned.") == {"Earlier in the week": "2019-W20"}
    assert values("Later in the month the talks resume.") == {"Later in the month": "2019-05"}
