"""Round 12 of the quote speaker rules on web news (issue 13, webspk): classes found on L3S-GN1
batch 8a, tested on invented texts only."""

from conftest import quotes_of as _quotes, speaker_of as _speaker


# --- given names written as initials ("P.J. Carlesimo", "O.J. Simpson") ---------------------

def test_a_surname_expands_to_a_name_with_initials():
    q = _quotes("Team coach R.J. Marlowe changed his lineup on Sunday.\n\n"
                "\"He played well,\" Marlowe said.")
    assert _speaker(q, "He played well") == "R.J. Marlowe"


def test_a_name_with_initials_opening_the_story():
    q = _quotes("T.K. Harlan returned to court on Friday.\n\n"
                "\"I am tired of this,\" Harlan said.")
    assert _speaker(q, "I am tired") == "T.K. Harlan"


def test_initials_after_an_inverted_said():
    # guard (passed before): the inverted subject keeps its initials
    q = _quotes("The team won again.\n\n\"Good game,\" said D.J. Rennick.")
    assert _speaker(q, "Good game") == "D.J. Rennick"


def test_country_initials_are_no_given_name():
    # guard: "U.S. Attorney Mary Jonas" is Mary Jonas, not "U.S. Mary Jonas"
    q = _quotes("U.S. Attorney Mary Jonas spoke to reporters.\n\n\"No deal,\" Jonas said.")
    assert _speaker(q, "No deal") == "Mary Jonas"


def test_initials_after_the_end_a_sentence():
    # guard: "at the U.N. Brandt later left" is no name "U.N. Brandt"
    q = _quotes("Karl Brandt spoke first.\n\nHe met them at the U.N. Brandt later left.\n\n"
                "\"Yes,\" Brandt said.")
    assert _speaker(q, "Yes") == "Karl Brandt"
