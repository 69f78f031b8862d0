"""Round 15 (fixquotes15): fixes of the quote-speaker findings 1, 2, 3, 4 and 9 of
docs/review15-round15.md. Invented texts: the review's inputs, some of our own, and guards
that the round's intended cases still work."""
import warnings

import pandas as pd

import analysis


def _speakers(text):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        q = analysis.extract_quotes(pd.DataFrame({"doc_id": ["d"], "text": [text]}))
    return {x[:20]: s for x, s in zip(q["quote"], q["speaker"])}


def _none(s):
    return s is None or s != s


# finding 3: a description that names no person ("The second set", "The crowd") does not turn
# the last person of its sentence into a beaten opponent
def test_epithet_after_a_sentence_about_a_set_is_the_person_named_last():
    text = ("Andy Murray looked tired on Monday and dropped his serve twice in the opening set.\n\n"
            "The second set was even worse for him against Novak Djokovic, who won it 6-1.\n\n"
            '"I played my best tennis today," the Serb said.')
    assert _speakers(text)["I played my best ten"] == "Novak Djokovic"


def test_epithet_after_a_sentence_about_the_crowd_is_the_person_named_last():
    text = ("Andy Murray looked tired on Monday and dropped his serve twice in the opening set.\n\n"
            "The crowd then watched Novak Djokovic take the second set 6-1.\n\n"
            '"I played my best tennis today," the Serb said.')
    assert _speakers(text)["I played my best ten"] == "Novak Djokovic"


def test_epithet_after_a_sentence_about_the_match_is_the_person_named_last():
    text = ("Marek Dvorsky started well on Tuesday and broke serve in the first game.\n\n"
            "The match was decided in a tie-break won by Lukas Hofer.\n\n"
            '"I never gave up," the Austrian said.')
    assert _speakers(text)["I never gave up"] == "Lukas Hofer"


def test_guard_epithet_when_the_later_person_is_a_subject():
    text = ("Marek Dvorsky started well on Tuesday and broke serve in the first game.\n\n"
            "The match turned when Lukas Hofer saved three break points in the second set.\n\n"
            '"I never gave up," the Austrian said.')
    assert _speakers(text)["I never gave up"] == "Lukas Hofer"


def test_guard_epithet_after_the_defending_champion_is_the_subject():
    text = ("Fatigue cost him the spring but Marek Dvorsky is ready for the grass season.\n\n"
            "The defending champion beat Spain's Pablo Ortega 6-1 6-2 on Tuesday.\n\n"
            '"I feel strong," the Czech said.')
    assert _speakers(text)["I feel strong"] == "Marek Dvorsky"


# finding 4: a plural role phrase is no referent of "he"
def test_plural_role_phrase_is_not_he():
    text = ('"We were lucky," said Blackburn manager Mark Hughes.\n\n'
            "The Blackburn players thanked the crowd after the match.\n\n"
            '"They carried us," he said.')
    assert _speakers(text)["They carried us"] == "Mark Hughes"


def test_guard_singular_role_phrase_is_still_he():
    text = ("The Blackburn manager praised his side after the match.\n\n"
            '"They carried us," he said.')
    assert _speakers(text)["They carried us"] == "the Blackburn manager"


# finding 9: the distant he/she fallback does not count the first word of "Port Talbot" as
# the first word of "Port Talbot Works" written alone
def test_place_word_inside_another_name_gives_no_person():
    text = ("Port Talbot Works employs 4,000 people.\n\n"
            "Workers fear for the future of Port Talbot.\n\n"
            '"Nobody knows what will happen," she said.')
    assert _speakers(text)["Nobody knows what wi"] == "she"


def test_firm_word_inside_another_name_gives_no_person():
    text = ("Green Valley Farms supplies the region with milk.\n\n"
            "The floods hit Green Valley hard last winter.\n\n"
            '"We lost half the herd," he said.')
    assert _speakers(text)["We lost half the her"] == "he"


def test_guard_surname_alone_after_a_sentence_end_still_counts():
    text = ("Frezgi Mebrat arrived in Rome three years ago. Mebrat was placed in a shelter.\n\n"
            "The shelter closed in May.\n\n"
            '"I had nowhere to go," he said.')
    assert _speakers(text)["I had nowhere to go"] == "Frezgi Mebrat"
