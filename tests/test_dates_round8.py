"""Temporal expressions, round 8 of issue 14: sets and durations that the TimeML 1.2.1
guidelines annotate and the rules missed ("every spring", "every few weeks", "three
consecutive quarters"), tested on sentences invented for the tests (no corpus text), with
guards against reading too much."""
from __future__ import annotations

import pandas as pd

from analysis.dates import extract_dates


def rows(text, published="2021-05-12"):
    """Expressions of one text as {text: (value, kind)}."""
    d = extract_dates(pd.DataFrame({"doc_id": ["d1"], "text": [text],
                                    "published": pd.to_datetime([published])}))
    return {t: (v, k) for t, v, k in zip(d["text"], d["value"], d["kind"])}


# -- "every spring", "each winter": a season that recurs is a SET (XXXX-SP) -----------------------
def test_every_season_is_a_set():
    assert rows("The river floods each spring.")["each spring"] == ("XXXX-SP", "set")
    assert rows("Tourists crowd the beaches every summer.")["every summer"] == ("XXXX-SU", "set")
    assert rows("Every winter the pass is closed by snow.")["Every winter"] == ("XXXX-WI", "set")
    assert rows("The festival returns to the old town each fall.")["each fall"] == ("XXXX-FA", "set")


def test_each_fall_in_prices_is_no_season():
    r = rows("Traders sold after each fall in prices.")
    assert "each fall" not in r and not any(k == "set" for _, k in r.values())


# -- "every few weeks": a set with no stated period length (PXW), not a bare duration ------------
def test_every_few_weeks_is_a_vague_set():
    assert rows("The newsletter appears every few weeks.")["every few weeks"] == ("PXW", "set")
    assert rows("Inspectors visit every several months.")["every several months"] == ("PXM", "set")
    assert rows("The pumps are checked every couple of days.")["every couple of days"] == ("PXD", "set")
    # a stated number is still read
    assert rows("The country held elections every four years.")["every four years"] == ("P4Y", "set")


# -- "three consecutive quarters": the adjective sits inside the duration ------------------------
def test_consecutive_and_full_units_are_durations():
    assert rows("Sales have fallen for three consecutive quarters.")["three consecutive quarters"] \
        == ("P3Q", "duration")
    assert rows("The strike lasted two full weeks.")["two full weeks"] == ("P2W", "duration")
    assert rows("Prices rose for five straight days.")["five straight days"] == ("P5D", "duration")
    assert rows("The index climbed for four successive months.")["four successive months"] \
        == ("P4M", "duration")


def test_a_full_year_before_a_noun_is_not_one_year():
    # "a full year loss" names the reporting year; it must not become the duration P1Y
    r = rows("The carmaker reported a full year loss of 2.9 million dollars.")
    assert "a full year" not in r
    assert all(v != "P1Y" for v, _ in r.values())


# -- "twice weekly": the frequency is part of the set's extent, as in "twice a week" -------------
def test_frequency_before_a_set_adverb_is_in_the_extent():
    assert rows("The committee meets twice weekly.")["twice weekly"] == ("P1W", "set")
    assert rows("The journal appears three times yearly.")["three times yearly"] == ("P1Y", "set")
    # no frequency word: the adverb alone, as before
    assert rows("The board meets monthly.")["monthly"] == ("P1M", "set")


# -- "$12 an hour": a rate per hour is a set, as "$5 a day" is -----------------------------------
def test_rate_per_hour_is_a_set():
    assert rows("Cleaners earn 12 dollars an hour.")["an hour"] == ("PT1H", "set")
    assert rows("Wages rose to 9 dollars per hour.")["per hour"] == ("PT1H", "set")
    # a span of one hour stays a duration, and "an hour ago" is no rate
    assert rows("The meeting lasted an hour.")["an hour"] == ("PT1H", "duration")
    assert not any(k == "set" for _, k in rows("He left an hour ago.").values())
