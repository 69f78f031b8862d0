"""Round-12 reader findings (ABC headlines 2003 and L3S-GN1 pages read as a researcher would), invented data."""
import pandas as pd

from analysis.actors.mentions import actor_mentions


def _mentions(docs):
    corpus = pd.DataFrame({"doc_id": list(docs), "text": list(docs.values())})
    return actor_mentions(corpus)


def test_a_compass_word_and_one_head_noun_name_a_place_not_an_organisation():
    # "the West Bank" was the 20th actor of the L3S report, typed an organisation (the head
    # noun "Bank"); the bank of a river named by its side is a place, like "the Gaza Strip"
    m = _mentions({
        "a": "Israel will keep its roadblocks across the West Bank, the defence minister said. "
             "Another 3.9 million Palestinians live in the West Bank and the Gaza Strip.",
        "b": "Crowds gathered on the South Bank as the fireworks began over the river.",
        "c": "The World Bank said growth slowed. The Central Bank of Kenya held its rate. "
             "Staff of the West Midlands Police and the North Yorkshire County Council met.",
    })
    actors = set(m["actor"])
    assert "West Bank" not in actors and "South Bank" not in actors
    # guards: banks and bodies with a name before the head are still organisations
    orgs = set(m.loc[m["actor_type"] == "organization", "actor"])
    assert {"World Bank", "West Midlands Police", "North Yorkshire County Council"} <= orgs
    assert any(o.startswith("Central Bank") for o in orgs)


def test_a_name_after_saint_is_a_place_or_team_not_a_person():
    # "the St. Louis Blues" made a person "Louis Blues" (a known given name, "St" skipped), and
    # the lone "Louis" of "St. Louis coach" and "Blues" of other teams were linked to him
    m = _mentions({
        "a": "Jack Dorn scored twice to lead the St. Louis Blues to a 6-1 win on Tuesday. "
             "\"He played well,\" St. Louis coach Andy Murray said.",
        "b": "Fans of St Kilda Saints were unhappy. Blues midfielder Joe Cole said the cup mattered.",
        "c": "The St. Louis Rams beat the visitors. Saint Vincent Parish raised funds.",
    })
    people = set(m.loc[m["actor_type"] == "person", "actor"])
    assert not any("Louis" in p or "Kilda" in p or "Vincent" in p for p in people), people
    # guards: the people in the same sentences are still found
    assert {"Jack Dorn", "Andy Murray", "Joe Cole"} <= people


def test_the_default_halves_say_how_long_each_lasts_and_warn_when_one_is_much_shorter():
    # L3S: "2007-11-19 to 2008-01-09 (68 documents) with 2008-01-10 to 2008-01-22 (61
    # documents)": equal counts over 52 and 13 days, which the date ranges alone do not show
    from analysis.report.narrative import comparison

    spread = pd.date_range("2007-11-19", periods=10, freq="5D")          # 46 days
    burst = pd.date_range("2008-01-10", periods=10, freq="D")            # 10 days
    c = pd.DataFrame({"doc_id": [f"d{i}" for i in range(20)], "published": spread.append(burst)})
    note = comparison(c).note
    assert "they span 46 days and 10 days" in note
    assert "the later half covers a much shorter stretch" in note
    # guard: halves of about equal length get the lengths but no caution
    even = pd.DataFrame({"doc_id": [f"e{i}" for i in range(20)],
                         "published": pd.date_range("2020-01-01", periods=20, freq="3D")})
    note = comparison(even).note
    assert "they span 28 days and 28 days" in note and "shorter stretch" not in note
    # guard: groups the researcher set keep their note as it was
    assert "span" not in comparison(even, ["2020", "2019"]).note


def test_the_words_of_the_west_bank_are_not_linked_to_a_person_named_west_elsewhere():
    m = _mentions({
        "a": "Delonte West had a thunderous dunk. West then drove baseline.",
        "b": "Settlers in the West Bank protested on Friday.",
    })
    assert not (m["doc_id"] == "b").any(), m[m["doc_id"] == "b"]
