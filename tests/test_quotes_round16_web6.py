"""Round 16 (webspk6): quote speakers on US and world web news (issue 13, item 5).

Invented texts. Each rule has a test that fails without it and guards for false friends."""
import warnings

import pandas as pd

import analysis


def _speakers(text):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        q = analysis.extract_quotes(pd.DataFrame({"doc_id": ["d"], "text": [text]}))
    return {x[:20]: s for x, s in zip(q["quote"], q["speaker"])}


# (A) A name is written within one paragraph: the menu lines of a web page kept by the page
# extractor ("Discuss College Football / Small Colleges / Ryan, who ...") never join into one
# "name" that a surname then expands to
_MENU_PAGE = ("Jake Morrow's two goals sealed the win for the Hawks.{sep}"
              "- Scores | Standings{sep}"
              "- Discuss Premier Hockey{sep}"
              "Junior Leagues{sep}"
              "Morrow, who turns 30 next week, was asked about his form.{sep}"
              '"I\'m always my own harshest critic," Morrow said.')


def test_menu_lines_between_blank_lines_are_no_part_of_a_name():
    assert _speakers(_MENU_PAGE.format(sep="\n\n"))["I'm always my own ha"] == "Jake Morrow"


def test_short_menu_lines_without_blank_lines_are_no_part_of_a_name():
    assert _speakers(_MENU_PAGE.format(sep="\n"))["I'm always my own ha"] == "Jake Morrow"


def test_guard_name_broken_across_a_long_wrapped_line_still_joins():
    # Reuters-21578 wraps its text inside sentences: a full name may span a line break
    text = ("    The decision was announced on Friday by the bank's chairman, Mr Paul\n"
            "Volcker, who told reporters that rates would stay where they are.\n"
            '    "We will not move this month," Volcker said.')
    assert _speakers(text)["We will not move thi"] == "Paul Volcker"


def test_heading_line_is_no_part_of_the_name_opening_the_next_paragraph():
    text = ("Junior Leagues\n\nJake Morrow, who turns 30 next week, was asked about his form.\n\n"
            '"I\'m always my own harshest critic," Morrow said.')
    assert _speakers(text)["I'm always my own ha"] == "Jake Morrow"


def test_guard_full_name_in_a_long_line_still_expands():
    text = ("The Hawks won 3-1 on Saturday night as captain Jake Morrow scored twice in the third period.\n"
            '"I\'m always my own harshest critic," Morrow said.')
    assert _speakers(text)["I'm always my own ha"] == "Jake Morrow"


# (B) A role tied by a noun modifier to a person the text names ("said the Spears staffer",
# "the Obama aide") is someone else: neither that person nor the story's lead speaker
def test_role_tied_to_a_named_person_is_not_the_lead_speaker():
    text = ("Television doctor Mark Ellison has urged the family of pop singer Dana Vale to seek help.\n\n"
            '"I am very concerned for her," Ellison said in a statement.\n\n'
            "A person in the house told a newspaper that Vale had been drinking. "
            '"She would not calm down at all," said the Vale staffer.')
    got = _speakers(text)["She would not calm d"]
    assert got not in ("Mark Ellison", "Dana Vale")
    assert _speakers(text)["I am very concerned "] == "Mark Ellison"


def test_guard_role_of_a_named_team_still_refers_to_the_lead_speaker():
    text = ("Tom Reyes has praised his side after a 3-1 win over the Falcons.\n\n"
            "The Hawks scored twice in the last ten minutes.\n\n"
            '"We kept going until the end," said the Hawks coach.')
    assert _speakers(text)["We kept going until "] == "Tom Reyes"


def test_guard_name_split_after_its_given_name_by_a_paragraph_break_still_joins():
    # page markup can break a sentence (and a name) into two paragraphs
    text = ("Meanwhile, the U.N.'s top representative in the capital, Marcus\n\n"
            "Hallberg, said he was worried about the talks.\n\n"
            'Hallberg said "underlying assumptions" were wrong.')
    assert _speakers(text)["underlying assumptio"] == "Marcus Hallberg"


# (D) "<outlet> quoted <source> as saying": the words are the source's, never the outlet's
# (the subject of "saying" is the object of "quoted"; wire style)
def test_quoted_as_saying_gives_the_quoted_source_not_the_outlet():
    text = ('The paper quoted one official as saying that evidence of a cover-up '
            '"may have been comically obvious here."')
    assert _speakers(text)["may have been comica"] == "one official"


def test_quoted_as_saying_a_named_person():
    text = ('Kyodo news agency quoted Mary Lee as saying the plan was '
            '"a disaster for the farmers of the region".')
    assert _speakers(text)["a disaster for the f"] == "Mary Lee"


def test_quoted_as_saying_with_an_apposition():
    text = ('The newspaper quoted Tom Reyes, a farmer, as saying: '
            '"We have lost everything this year."')
    assert _speakers(text)["We have lost everyth"] == "Tom Reyes"


def test_guard_passive_quoted_by_an_outlet_as_saying():
    text = ('Sheikh Ali Hassan was quoted by the daily Al-Hayat as saying: '
            '"We will not take part in the talks."')
    assert _speakers(text)["We will not take par"] == "Ali Hassan"


def test_guard_saying_after_a_clause_is_still_its_subject():
    text = ('Finance minister Paula Grant praised the plan on Monday, saying: '
            '"It works for every family in the country."')
    assert _speakers(text)["It works for every f"] == "Paula Grant"


def test_guard_passive_quoted_as_saying_keeps_its_subject():
    # found on unlabelled MasakhaNEWS text: the passive keeps the subject before "was quoted"
    text = ('Another critic responding to one of the trailers was quoted by a newspaper as saying: '
            '"They have blown their own protestations out of the water."')
    assert _speakers(text)["They have blown thei"] == "another critic"
