"""Temporal expressions, round 7 of issue 14: times of day that TimeML types TIME and the rules
missed, tested on sentences invented for the tests (no corpus text), with guards against
reading too much."""
from __future__ import annotations

import pandas as pd

from analysis.dates import extract_dates


def frame(text, published="2019-05-15"):
    """Expressions of one text (2019-05-15 is a Wednesday)."""
    return extract_dates(pd.DataFrame({"doc_id": ["d1"], "text": [text],
                                       "published": pd.to_datetime([published])}))


def rows(text, published="2019-05-15"):
    d = frame(text, published)
    return {t: (v, k) for t, v, k in zip(d["text"], d["value"], d["kind"])}


# -- "the night of March 3": a part of a named day is one TIME expression ------------------------
def test_part_of_day_of_a_date_is_one_time():
    assert rows("Rescuers worked through the night of May 3 to free the miners.")["the night of May 3"] \
        == ("2019-05-03TNI", "time")
    assert rows("The riots began on the evening of 12 April.")["the evening of 12 April"] == ("2019-04-12TEV", "time")
    assert rows("On the morning of Monday, the talks collapsed.")["the morning of Monday"] == ("2019-05-13TMO", "time")
    assert rows("In the early afternoon of March 3, 2010, the ship sank.")["the early afternoon of March 3, 2010"] \
        == ("2010-03-03TAF", "time")


def test_part_of_day_of_something_else_is_left_alone():
    r = rows("On the night of the election, crowds gathered. In March 2010, it rained.")
    assert "the night of the election" not in r
    assert r["March 2010"] == ("2010-03", "date")
    # a month is no day: "the evening of March" stays the month
    assert rows("He left in the evening of March 2010.").get("March 2010") == ("2010-03", "date")


# -- "in the morning" after a day named nearby: that day's morning --------------------------------
def test_in_the_morning_after_a_named_day_is_that_days_morning():
    r = rows("Prices fell on Friday. Dealers placed heavy orders in the morning, then sold.")
    assert r["the morning"] == ("2019-05-10TMO", "time")
    r = rows("On May 3 the mayor arrived in the afternoon and left in the evening.")
    assert r["the afternoon"] == ("2019-05-03TAF", "time")
    assert r["the evening"] == ("2019-05-03TEV", "time")
    assert rows("Yesterday the market rose in the late afternoon.")["the late afternoon"] == ("2019-05-14TAF", "time")


def test_in_the_morning_without_a_nearby_day_or_as_a_noun_modifier_is_left_out():
    # no day named before it: habitual or unknown day, not guessed
    assert "the morning" not in rows("Most people here drink tea in the morning.")
    # the day named is too far back (another paragraph)
    far = "The vote was held on Monday. " + "The party has many members across the country. " * 6 + \
        "Supporters rallied in the evening."
    assert "the evening" not in rows(far)
    # "in the evening of his career", "in the morning papers": not a time of day
    assert "the evening" not in rows("On Monday he said he was in the evening of his career.")
    assert "the morning" not in rows("On Monday the story was in the morning papers.")
    # a clock time keeps its own reading ("6 a.m. in the morning" is one TIME)
    r = rows("On Friday the plant closed at 6 a.m. in the morning.")
    assert "the morning" not in r
    assert ("2019-05-10T06:00", "time") in r.values()


# -- a possessive 's is left out of the extent ---------------------------------------------------
def test_possessive_s_is_left_out_of_the_extent():
    assert rows("He said today's decision ends it.")["today"] == ("2019-05-15", "date")
    assert rows("Tomorrow\u2019s vote matters.")["Tomorrow"] == ("2019-05-16", "date")
    assert rows("Shares fell after yesterday's meeting.")["yesterday"] == ("2019-05-14", "date")
    d = frame("He said today's decision ends it.")
    assert (d["text"] == d.apply(lambda r: "He said today's decision ends it."[r["start"]:r["end"]], axis=1)).all()
    # a number before 's is not cut ("the 1990's" is never "the 1990")
    assert "the 1990" not in rows("Rents rose in the 1990's.")
