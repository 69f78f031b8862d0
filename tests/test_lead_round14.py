"""Lead's checks of round 14's merges (issue 13): an armed group's name words are no role words."""
from conftest import quotes_of, speaker_of

import analysis
import pandas as pd


def test_name_words_of_an_armed_group_are_no_title_before_a_person():
    # "Abu Sayyaf", "Islamic State" and "al-Qaeda" are in the gazetteer; "Abu", "Islamic" and
    # "Al" must not be read as role words before a person's name, as a party's name words are
    q = quotes_of("Abu Hamza, the cleric, was in court on Monday.\n"
                  "Abu Hamza said: \"I have nothing to add.\"",
                  "Coach Al Berg, 61, was pleased.\n\n\"It was good,\" Al Berg said.")
    assert speaker_of(q, "I have nothing") == "Abu Hamza"
    assert speaker_of(q, "It was good") == "Al Berg"


def test_an_armed_group_is_still_an_organisation():
    m = analysis.actor_mentions(pd.DataFrame({"doc_id": ["a"], "text": [
        "Officials blamed al-Qaida for the attack. Boko Haram denied any role."]}))
    found = dict(zip(m["actor"], m["actor_type"]))
    assert found.get("al-Qaeda") == "organization" and found.get("Boko Haram") == "organization"
