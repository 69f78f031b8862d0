"""Round 14 (webspk4): quote speakers on US and world web news (issue 13, item 5).

Invented texts. Each rule has a test that fails without it and guards for false friends."""
import warnings

import pandas as pd

import analysis


def _speakers(text):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        q = analysis.extract_quotes(pd.DataFrame({"doc_id": ["d"], "text": [text]}))
    return {x[:20]: s for x, s in zip(q["quote"], q["speaker"])}


# (A) a hyphenated modifier before a surname ("Third-ranked Djokovic") is no part of the name
def test_ranked_modifier_is_not_part_of_the_surname():
    text = ("Tomas Berdych beat Karel Novak in the first round on Tuesday.\n\n"
            "Fifth-seeded Berdych dropped only four games.\n\n"
            '"I served well," Berdych said.')
    assert _speakers(text)["I served well"] == "Tomas Berdych"


def test_role_word_before_a_given_name_alone_is_dropped():
    text = 'Singer-songwriter Cheryl is to join the cast.\n\n"I loved it," she said.'
    assert _speakers(text)["I loved it"] == "Cheryl"


def test_guard_hyphenated_names_keep_their_parts():
    text = ('Anne Smith-Jones chairs the board.\n\n"We are ready," Smith-Jones said.\n\n'
            'Jean-Marc Bosman won the case.\n\n"It is over," Bosman said.')
    s = _speakers(text)
    assert s["We are ready"] == "Anne Smith-Jones"
    assert s["It is over"] == "Jean-Marc Bosman"


# (B) the subject after a wire dateline opens the story ("BOSTON (AP) — Maria Lopez won ...")
def test_subject_after_a_dateline_is_the_lead_person():
    text = ("BOSTON (AP) \u2014 Maria Lopez beat Anna Berg in the final on Sunday.\n\n"
            "The course was wet after a night of rain.\n\n"
            '"It was hard," she said.')
    assert _speakers(text)["It was hard"] == "Maria Lopez"


def test_subject_after_a_dateline_with_state_and_hyphen():
    text = ("SPRINGFIELD, Ill. - Governor Rod Miller signed the budget on Monday, ending a long fight "
            "with Senator Ellen Price.\n\n"
            '"This is a good day," he said.')
    assert _speakers(text)["This is a good day"] == "Rod Miller"


def test_guard_no_dateline_keeps_the_subject():
    text = ("Maria Lopez beat Anna Berg in the final on Sunday.\n\n"
            '"It was hard," she said.')
    assert _speakers(text)["It was hard"] == "Maria Lopez"


# (C) "the former Manchester United and Leeds striker said": one role phrase, not "Leeds striker"
def test_coordinated_modifiers_of_a_role_noun():
    text = ("Mark Hughes is another candidate for the job.\n\n"
            '"There is always speculation," the former Manchester United and Leeds striker said.')
    assert _speakers(text)["There is always spec"] == "Mark Hughes"


def test_guard_two_people_coordinated_stay_apart():
    text = ('Tom Hall met Anna Berg on Monday.\n\n"We agreed," Hall and Berg said.')
    assert _speakers(text)["We agreed"] != "Berg"


# (D) "the Blackburn manager" is not the person written "Portsmouth manager Harry Redknapp";
#     "the former ... striker" is the person just named, not the story's lead speaker
def test_role_of_another_body_is_not_the_titled_person():
    text = ("Portsmouth manager Harry Redknapp said on Friday he was happy at the club.\n\n"
            "Mark Hughes is another candidate, but the Blackburn manager said he had no contact.\n\n"
            '"There is always speculation," the former Barcelona striker said.')
    assert _speakers(text)["There is always spec"] == "Mark Hughes"


def test_guard_same_body_role_is_the_titled_person():
    text = ("Portsmouth manager Harry Redknapp said on Friday he was happy at the club.\n\n"
            "Mark Hughes is another candidate for the job.\n\n"
            '"We are fine," the Portsmouth manager said.')
    assert _speakers(text)["We are fine"] == "Harry Redknapp"


# (E) a month that is a given name opens a person's name ("April Galway, a resident, said")
def test_month_given_name_before_a_surname():
    text = ('April Galway, a lifelong resident of the town, said she loves "the warmth of its people."')
    assert _speakers(text)["the warmth of its pe"] == "April Galway"


def test_guard_month_after_a_date_word_is_a_date():
    text = ('Last April Smith said "the plan works."\n\n'
            'In June Wilson said "the plan failed."')
    s = _speakers(text)
    assert s["the plan works."] == "Smith"
    assert s["the plan failed."] == "Wilson"


# (F) a sibling named by the given name alone shares the surname ("her sister Serena")
def test_sibling_given_name_takes_the_surname():
    text = ("Venus Williams beat Ana Lee on Monday.\n\n"
            "Her sister Serena, the defending champion, won in straight sets.\n\n"
            '"It feels good," Williams said.')
    assert _speakers(text)["It feels good"] == "Serena Williams"


def test_guard_full_name_after_the_sibling_wins():
    text = ("Venus Williams beat Ana Lee on Monday, watched by her sister Serena.\n\n"
            "Venus Williams then spoke to reporters.\n\n"
            '"It feels good," Williams said.')
    assert _speakers(text)["It feels good"] == "Venus Williams"


def test_guard_sibling_with_own_surname():
    text = ("Tom Hall won the race on Monday, and his brother Jake Hall came third.\n\n"
            '"It feels good," Hall said.')
    assert _speakers(text)["It feels good"] == "Jake Hall"


def test_guard_sibling_of_another_person():
    text = ("Transport Secretary Grant Shapps spoke on Sunday.\n\n"
            "Six-year-old Noah and his younger sister Beau missed school.\n\n"
            '"It must not happen again," Mr Shapps said.')
    assert _speakers(text)["It must not happen a"] == "Grant Shapps"
