"""Temporal expressions, round 12 of issue 14 (durations): a kind of day between the number and
the unit ("five business days", "eight trading days": P5D, P8D, as TimeBank writes "Eight trading
days") and "one day" as an unnamed day ahead without a modal ("hopes to one day run", "dreams of
one day playing", "hope they one day see", "Perhaps one day we will know": FUTURE_REF, as after
"could one day"). Sentences invented for the tests (no corpus text), with guards against reading
too much. 2019-05-15 is a Wednesday."""
from __future__ import annotations

import pandas as pd

from analysis.dates import extract_dates


def rows(text, published="2019-05-15"):
    """Expressions of one text as {text: (value, kind)}."""
    d = extract_dates(pd.DataFrame({"doc_id": ["d1"], "text": [text],
                                    "published": pd.to_datetime([published])}))
    return {t: (v, k) for t, v, k in zip(d["text"], d["value"], d["kind"])}


# -- "five business days": a kind of day counted ---------------------------------------------------
def test_business_trading_working_days_are_day_lengths():
    assert rows("Refunds are paid within five business days.") == {"five business days": ("P5D", "duration")}
    assert rows("The index rose for 8 trading days in a row.")["8 trading days"] == ("P8D", "duration")
    assert rows("Repairs will take two working weeks.") == {"two working weeks": ("P2W", "duration")}
    assert rows("The offer lapses after 30 calendar days.")["30 calendar days"] == ("P30D", "duration")


def test_a_kind_of_day_without_a_number_is_no_length():
    # guards: a named kind of day, a working week of hours, a newspaper's name
    assert "a business day" not in rows("Monday was a business day.")
    assert rows("Unions want a 35-hour working week.") == {"35-hour": ("PT35H", "duration")}
    assert rows("The next business day, prices fell.") == {}
    assert rows("Business Day newspaper said the talks failed.") == {}
    assert rows("It took three days of trading to recover.")["three days"] == ("P3D", "duration")


# -- "one day" without a modal: an unnamed day ahead -------------------------------------------------
def test_one_day_before_a_verb_is_the_future():
    assert rows("She hopes to one day run the company.") == {"one day": ("FUTURE_REF", "date")}
    assert rows("He dreams of one day playing for his country.") == {"one day": ("FUTURE_REF", "date")}
    assert rows("Fans hope they one day see a final at home.") == {"one day": ("FUTURE_REF", "date")}
    assert rows("Perhaps one day we will know the answer.") == {"one day": ("FUTURE_REF", "date")}


def test_one_day_as_a_length_stays_a_duration():
    # guards: "cut to one day", "one day to leave", a length preposition before, a past narrative
    for text in ("The visit was cut to one day.", "The visit was cut to one day because of rain.",
                 "The court gave him one day to leave.", "For one day we had no power.",
                 "For one day we will close the road.", "They one day walked in.",
                 "The delay of one day cost millions."):
        assert rows(text)["one day"] == ("P1D", "duration"), text
    assert rows("It was cut to one day later.")["one day"][1] == "duration"
