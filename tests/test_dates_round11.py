"""Temporal expressions, round 11 of issue 14: times of day as TimeML writes them ("overnight",
a clock time in the sentence after its day, "lasted until Tuesday morning"), SET rates after a
number word ("two pills a day"), "every weekday", "semiannually", and two DATE gaps ("the first
two quarters of 1990" = H1, "bought from Sept. 14 to Thursday"). Sentences invented for the tests
(no corpus text), with guards against reading too much. 2019-05-15 is a Wednesday."""
from __future__ import annotations

import pandas as pd

from analysis.dates import extract_dates


def rows(text, published="2019-05-15"):
    """Expressions of one text as {text: (value, kind)}."""
    d = extract_dates(pd.DataFrame({"doc_id": ["d1"], "text": [text],
                                    "published": pd.to_datetime([published])}))
    return {t: (v, k) for t, v, k in zip(d["text"], d["value"], d["kind"])}


# -- "overnight": the night before the day in view (TimeML TIME, <day>TNI) ------------------------
def test_overnight_is_the_night_before():
    assert rows("Heavy rain fell overnight across the region.")["overnight"] == ("2019-05-14TNI", "time")
    assert rows("Shares fell in overnight trading in Tokyo.")["overnight"] == ("2019-05-14TNI", "time")
    # the future tense: the night ahead
    assert rows("Rain will fall overnight in the hills.")["overnight"] == ("2019-05-15TNI", "time")


def test_overnight_takes_the_day_in_view():
    r = rows("London shares closed lower Friday. They were depressed by overnight losses in New York.")
    assert r["Friday"] == ("2019-05-10", "date")
    assert r["overnight"] == ("2019-05-09TNI", "time")
    # "overnight" does not become the day in view: "the previous Friday" still counts from Friday
    r = rows("Shares closed lower Friday, hit by overnight losses, and fell 4% from the previous Friday.")
    assert r["the previous Friday"] == ("2019-05-03", "date")


def test_overnight_with_a_day():
    assert rows("Rescue workers searched overnight Saturday.")["overnight Saturday"] == ("2019-05-11TNI", "time")


def test_overnight_false_friends():
    for text in ("The overnight rate rose to 5 pct.", "The patient stayed overnight in hospital.",
                 "Peace will not come overnight.", "The change did not happen overnight.",
                 "Money attracted by high overnight or one-week rates left.",
                 "The overnight messenger firm was sold.", "An overnight-delivery firm grew."):
        assert not any(k.lower().startswith("overnight") for k in rows(text)), text


# -- a clock time in the sentence after its day --------------------------------------------------
def test_clock_time_takes_the_day_of_the_sentence_before():
    r = rows("Rebels attacked the town on Friday. The assault began at 3 p.m. and ended before dark.")
    assert r["3 p.m."] == ("2019-05-10T15:00", "time")
    r = rows("The vote is set for Thursday. Polls open at 7 a.m. across the state.")
    assert r["7 a.m."] == ("2019-05-16T07:00", "time")


def test_clock_time_keeps_the_anchor_when_the_day_does_not_fit():
    # a future clock time after a past day; a day further than a week from the anchor
    r = rows("All the borrowing occurred yesterday. Data are due to be released at 4:30 p.m. EST.")
    assert r["4:30 p.m. EST"][0].startswith("2019-05-15T16:30")
    r = rows("The contract was signed on March 2. The market opened at 9 a.m. as usual.")
    assert r["9 a.m."] == ("2019-05-15T09:00", "time")


# -- "until" after a verb of going on, in the past: a past end point -----------------------------
def test_lasted_until_is_past():
    r = rows("The storm hit Monday evening and lasted until Tuesday morning.")
    assert r["Tuesday morning"] == ("2019-05-14TMO", "time")
    assert rows("Fighting continued until early Sunday.")["early Sunday"] == ("2019-05-12", "date")
    # a deadline keeps its reading
    assert rows("Talks will continue until Friday.")["Friday"] == ("2019-05-17", "date")
    assert rows("The shop stays open until Friday.")["Friday"] == ("2019-05-17", "date")


def test_just_before_after_a_past_verb():
    r = rows("The polls closed just before midnight Saturday.")
    assert r["midnight Saturday"] == ("2019-05-11T24:00", "time")


# -- SETs ------------------------------------------------------------------------------------------
def test_rate_after_a_number_word_is_a_set():
    assert rows("Patients take two pills a day.")["a day"] == ("P1D", "set")
    # "it took the two sides a week": a length of time
    assert rows("It took the two sides a week to agree.")["a week"] == ("P1W", "duration")
    # "up six pct from a year before" is no rate
    assert rows("Sales were up six pct from a year before.").get("a year", ("", ""))[1] != "set"


def test_every_weekday_and_semiannually():
    assert rows("The index is published every weekday.")["every weekday"] == ("XXXX-WXX-WD", "set")
    assert rows("Dividends are paid semiannually.")["semiannually"] == ("P6M", "set")


# -- DATE gaps -----------------------------------------------------------------------------------
def test_two_quarters_are_a_half_year():
    assert rows("Sales fell in the first two quarters of 1990.")["the first two quarters of 1990"] == ("1990-H1", "date")
    assert rows("Margins widened in the last two quarters of 2017.")["the last two quarters of 2017"] == ("2017-H2", "date")


def test_range_from_an_abbreviated_month_to_a_weekday():
    r = rows("The fund bought 2,000 shares from Sept. 14 to Thursday for $15 each.")
    assert r["Thursday"] == ("2019-05-09", "date")


def test_every_weekday_with_a_part_of_the_day():
    assert rows("Guests dine every Friday evening.")["every Friday evening"] == ("XXXX-WXX-5TEV", "set")
    # after "every day" a part of the day is not taken in
    assert rows("The bus runs every day morning and night.")["every day"] == ("P1D", "set")


def test_clock_time_before_a_weekday_and_part_of_day():
    assert rows("He was shot at 8:15 Tuesday night.")["8:15 Tuesday night"] == ("2019-05-14T20:15", "time")
    assert rows("It began at 10 o'clock Monday night.")["10 o'clock Monday night"] == ("2019-05-13T22:00", "time")
    # a bare number without a preposition of time is a count
    assert rows("He scored 3 Sunday night in the final.")["Sunday night"] == ("2019-05-12TNI", "time")


def test_overnight_as_a_money_market_noun_or_idiom():
    for text in ("Today, overnight touched a high of 11 pct.", "The Fed added reserves via overnight system repurchases.",
                 "The move caused prices to double overnight.", "Airborne will be the primary overnight carrier."):
        assert not any(k.lower().startswith("overnight") for k in rows(text)), text
