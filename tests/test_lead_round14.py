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


# --- the news tone model's name masking (review14 findings 1 and 2) ---------------------------

def test_a_title_case_headline_keeps_its_tone_words():
    from analysis.sentiment.news_tone import mask_names
    # function words in lower case ("as", "in", "the") do not make a title-case headline look cased
    out = mask_names(["Markets Suffer Terrible Week as Oil Prices Crash in the Gulf"], [])[0]
    assert "Terrible" in out and "Crash" in out


def test_a_tone_word_opening_a_sentence_is_no_name():
    from analysis.sentiment.news_tone import mask_names
    out = mask_names(["Furious Trump supporters stormed the building.",
                      "Swift action was taken by police.",
                      "Rob Smith said the plan failed."], ["trump", "swift", "rob", "smith"])
    assert out[0].startswith("Furious Zxq supporters")   # the name after it is still masked
    assert out[1].startswith("Swift action")              # a known name word, but no run of names
    assert out[2].startswith("Zxq said")                  # a name word opening a run is a name


def test_news_scores_a_furious_crowd_as_negative():
    import analysis
    s = analysis.sentiment_scores(["Furious Trump supporters stormed the building."])["compound"].iloc[0]
    assert s < 0
