"""Lead's tests of round 15: fixes found while merging the round's branches."""
import pandas as pd
import pytest

import analysis


@pytest.mark.parametrize("text", [
    "Sales rose 5 pct from the year\nearlier period, the company said.",
    "Sales rose from the comparable quarter of a year\nearlier.",
    "Sales rose from the year  earlier quarter.",
])
def test_a_year_earlier_broken_over_lines_is_the_year_back_not_a_crash(text):
    # wire copy wraps lines inside "a year earlier"; the quarter rule read the phrase with single
    # spaces only, fell through to its capture group (None) and raised AttributeError on the
    # whole corpus call (Reuters-21578 story 15773)
    df = pd.DataFrame({"doc_id": ["d"], "text": [text], "published": [pd.Timestamp("1987-04-09")]})
    out = analysis.extract_dates(df)
    assert out["value"].tolist() == ["1986"]


@pytest.mark.parametrize("text, place", [
    ("The band Pavement will tour San Francisco in May, the singer said.", "San Francisco"),
    ("Twitter is based in San Francisco. Its chief Elon Musk said no.", "San Francisco"),
    ("Troops from Fort Hood arrived in Lake Placid on Monday.", "Lake Placid"),
])
def test_a_place_opened_by_a_place_word_is_no_person(text, place):
    # "San Francisco" was typed a person by the name rules, and the corpus then linked the bare city
    # to "San Francisco Giants" (7 of that club's 8 mentions in round 15's BBC report were the city)
    df = pd.DataFrame({"doc_id": ["d"], "text": [text]})
    m = analysis.actor_mentions(df)
    assert place not in set(m["text"])


def test_a_titled_person_whose_given_name_opens_place_names_is_kept():
    df = pd.DataFrame({"doc_id": ["d"], "text": ["Dr Santa Ono spoke. The San Francisco Giants won. Ricki Lake said she came."]})
    m = analysis.actor_mentions(df)
    assert {"Santa Ono", "San Francisco Giants", "Ricki Lake"} <= set(m["text"])
