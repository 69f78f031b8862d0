"""Round-11b reader findings (Reuters-21578 and MasakhaNEWS read as a researcher would), invented data."""
import pandas as pd

from analysis.actors.mentions import actor_mentions


def _mentions(docs):
    corpus = pd.DataFrame({"doc_id": list(docs), "text": list(docs.values())})
    return actor_mentions(corpus)


def test_a_name_after_an_ordinal_is_an_edition_not_a_person_nor_a_full_name_for_lone_words():
    # "Wales' first Urban Games" made a person "Urban Games" (a given name "Urban"), and every
    # lone "Games" in other documents ("her second Games") was linked to that person
    m = _mentions({
        "a": "Cardiff Bay was busy on the weekend with champions taking part in Wales' first Urban Games. "
             "The Games drew large crowds.",
        "b": "She won gold at her second Games. The Games were held in Beijing. "
             "Scott Meenagh, in his third Games, finished sixth.",
        "c": "Dana Holt, who organised the 12th Grace Hopper lecture, said the hall was full.",
    })
    people = set(m.loc[m["actor_type"] == "person", "actor"])
    assert not any("Games" in p for p in people)
    assert not any("Hopper" in p for p in people)
    # the names that are people are still found
    assert {"Scott Meenagh", "Dana Holt"} <= people


def test_a_role_noun_opening_a_sentence_is_not_part_of_the_name_after_it():
    # "Investor Sumner Redstone, who leads ..." (a given name the lists do not know) made a person
    # "Investor Sumner Redstone" beside "Sumner Redstone" in another story: one man, two actors
    m = _mentions({
        "a": "Investor Sumner Redstone, who leads one of the groups, raised his bid on Monday. "
             "Redstone said the offer was final.",
        "b": "The chain, controlled by investor Sumner Redstone, declined to comment. "
             "Analyst Tarquin Vell, who follows the company, said the bid was high.",
    })
    people = set(m.loc[m["actor_type"] == "person", "actor"])
    assert "Sumner Redstone" in people
    assert not any(p.startswith(("Investor", "Analyst")) for p in people)
    assert "Tarquin Vell" in people
    a = m[m["doc_id"] == "a"]
    assert (a["actor"] == "Sumner Redstone").sum() == 2
