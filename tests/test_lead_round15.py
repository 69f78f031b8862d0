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


@pytest.mark.parametrize("sentence, target, victim", [
    ("There was shock at Bhutto's assassination in Rawalpindi.", "Bhutto", True),
    ("The killing of Jamal Khashoggi was a barbaric act.", "Jamal Khashoggi", True),
    ("Lennon's murder closed the decade.", "Lennon", True),
    ("Bhutto's killing of protesters shocked the world.", "Bhutto", False),
    ("Bhutto's death threats against rivals were condemned.", "Bhutto", False),
    ("Smith's death penalty ruling was criticised.", "Smith", False),
    ("Smith criticised the killing.", "Smith", False),
    ("The death of Bhutto's father shocked her.", "Bhutto", False),
    ("The killing of Smith\u2019s dog was condemned.", "Smith", False),
])
def test_the_nominal_forms_of_harm_make_a_victim(sentence, target, victim):
    # round 15's report reading: "shock at Bhutto's assassination" (-0.62), "Lennon's murder" still read
    # as negative tone towards the victim after the verb forms were handled
    from analysis.sentiment.target_tone import is_victim
    a = sentence.index(target)
    assert is_victim(sentence, a, a + len(target)) is victim


def test_target_sentiment_reads_a_nominal_victim_as_no_negative_tone():
    from analysis.sentiment.target_tone import target_sentiment
    s = "There was grief and anger over Bhutto's assassination in Rawalpindi."
    a = s.index("Bhutto")
    out = target_sentiment(pd.DataFrame({"sentence": [s], "target": ["Bhutto"], "start": [a], "end": [a + 6]}))
    assert out.loc[0, "label"] != "negative" and "victim" in out.loc[0, "drivers"]
