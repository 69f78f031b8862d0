"""Round 14 fix (fixquotes14): review14 findings 6 and 10 on quote speakers.

Invented texts. Each fix has tests that fail without it and guards for false friends."""
import warnings

import pandas as pd

import analysis


def _speakers(text):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        q = analysis.extract_quotes(pd.DataFrame({"doc_id": ["d"], "text": [text]}))
    return {x[:20]: s for x, s in zip(q["quote"], q["speaker"])}


# finding 6: a sibling named in passing by the given name ("His brother Jamie") inside the
# full-named person's paragraph does not take that person's surname
def test_sibling_in_passing_leaves_the_surname_to_the_person_named_in_full():
    text = ('Andy Murray reached the final on Sunday. His brother Jamie lost in the doubles '
            'earlier in the day. "I played well today," Murray said.')
    assert _speakers(text)["I played well today"] == "Andy Murray"


def test_sibling_in_passing_then_a_new_paragraph_quote():
    text = ("Clara Berg won the sprint on Friday. Her sister Ida came fifth.\n\n"
            '"The wind helped me," Berg said.')
    assert _speakers(text)["The wind helped me"] == "Clara Berg"


def test_sibling_in_the_same_sentence_leaves_the_surname():
    text = ('Tom Okafor scored twice on Saturday, watched by his brother Sam.\n\n'
            '"It was a good day," Okafor said.')
    assert _speakers(text)["It was a good day"] == "Tom Okafor"


def test_guard_sibling_opening_a_paragraph_takes_the_surname():
    # the writer turns a paragraph to the sibling: the surname is its latest bearer
    text = ("Clara Berg was to race in the evening heat.\n\n"
            "Her sister Ida, the champion, won the morning sprint.\n\n"
            '"The wind helped me," Berg said.')
    assert _speakers(text)["The wind helped me"] == "Ida Berg"


# finding 10: "the Blackburn manager" is the person written with Blackburn before the title,
# also when the first mention writes the club in full or the role person is a sentence subject
def test_club_role_goes_to_the_club_manager_in_the_plain_layout():
    text = ('Blackburn manager Mark Hughes was happy on Saturday. Portsmouth manager Harry Redknapp '
            'was not. "They gave everything," the Blackburn manager said.')
    assert _speakers(text)["They gave everything"] == "Mark Hughes"


def test_club_role_with_the_club_written_in_full_first():
    text = ("Blackburn Rovers manager Mark Hughes was happy on Saturday.\n\n"
            "Portsmouth manager Harry Redknapp was not.\n\n"
            '"They gave everything," the Blackburn manager said.')
    assert _speakers(text)["They gave everything"] == "Mark Hughes"


def test_club_role_with_the_short_club_name():
    text = ("Manchester United manager Alex Ferguson was happy on Saturday.\n\n"
            "Portsmouth manager Harry Redknapp was not.\n\n"
            '"They gave everything," the United manager said.')
    assert _speakers(text)["They gave everything"] == "Alex Ferguson"


def test_club_role_is_no_manager_of_another_club_named_in_passing():
    text = ("The club honoured Portsmouth manager Harry Redknapp on Friday.\n\n"
            "The fans cheered.\n\n"
            '"They gave everything," the Blackburn manager said.')
    assert _speakers(text)["They gave everything"] != "Harry Redknapp"


def test_guard_the_other_club_role_keeps_its_manager():
    text = ("Blackburn Rovers manager Mark Hughes was happy on Saturday.\n\n"
            "Portsmouth manager Harry Redknapp was not.\n\n"
            '"They gave nothing," the Portsmouth manager said.')
    assert _speakers(text)["They gave nothing"] == "Harry Redknapp"


def test_guard_shared_city_word_picks_by_the_club_word():
    text = ("Manchester City manager Mark Hughes was happy on Saturday.\n\n"
            "Manchester United manager Alex Ferguson was not.\n\n"
            '"They gave nothing," the United manager said.')
    assert _speakers(text)["They gave nothing"] == "Alex Ferguson"


def test_guard_manager_without_a_club_still_found():
    text = ("The club honoured manager Harry Redknapp on Friday.\n\n"
            "The fans cheered.\n\n"
            '"They gave everything," the Blackburn manager said.')
    assert _speakers(text)["They gave everything"] == "Harry Redknapp"
