"""Round 16, lead: findings of the final report reading fixed by the lead."""
import pandas as pd
import pytest

from analysis import actor_mentions


def _actors(text):
    m = actor_mentions(pd.DataFrame({"doc_id": ["d"], "text": [text]}))
    return m.loc[m["actor_type"] == "person", "actor"].tolist()


@pytest.mark.parametrize("text, person", [
    ("Pope John Paul II visited Poland on Monday.", "John Paul II"),
    ("A waltz by Johann Strauss II was played.", "Johann Strauss II"),      # not his father
    ("Lloyd Noland III visited the plant.", "Lloyd Noland III"),
])
def test_a_regnal_or_generational_numeral_belongs_to_the_name(text, person):
    # the report reading found "John Paul II" counted as "John Paul", "Johann Strauss II" as his father
    assert _actors(text) == [person]


def test_a_numeral_after_no_name_makes_no_person_and_a_name_before_a_noun_stays_whole():
    assert _actors("Veterans of World War II met Tom Hanks.") == ["Tom Hanks"]
    assert _actors("Super Bowl IV was played in 1970.") == []
    m = actor_mentions(pd.DataFrame({"doc_id": ["d"], "text": ["The Pope John Paul II Foundation gave money."]}))
    assert m["text"].tolist() == ["Pope John Paul II Foundation"]


def test_a_monarchs_one_name_keeps_its_title_and_its_later_title_alone():
    # "King Charles III ... the King": the monarch stays "King Charles", as before the numeral rule,
    # so that the text's later "King" is still linked to him (a run of 12,021 documents lost 7 such links
    # when the numeral was added to the name)
    assert _actors("King Charles III met the prime minister on Monday.") == ["King Charles"]
