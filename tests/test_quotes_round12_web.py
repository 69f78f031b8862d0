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


# --- the person of the sentence that leads into the quote, in the quote's paragraph -------

_CARSON = ("Club boss Charlie Blakeley wandered around the ground.\n\n"
           "Frank Carwell, the comedian, said: \"I love the crossword.\"\n\n"
           "Carwell then paid for the drinks behind the bar.\n\n")


def test_he_after_a_lead_in_naming_one_person_in_the_same_paragraph():
    q = _quotes(_CARSON + "The players would get no bonus for their cup run but Blakeley quickly "
                "defused the situation. \"None of the lads have asked,\" he said.")
    assert _speaker(q, "None of the lads") == "Charlie Blakeley"


def test_a_name_after_their_in_the_lead_in_does_not_compete():
    # "their FA Cup heroics": a name after a possessive is no subject
    q = _quotes(_CARSON + "The players would get nothing for their FA Cup heroics but Blakeley "
                "quickly defused the situation. \"None of the lads have asked,\" he said.")
    assert _speaker(q, "None of the lads") == "Charlie Blakeley"


def test_a_lead_in_naming_the_last_speaker_keeps_him():
    # guard: the last speaker is named in the lead-in: the existing rules decide (Carwell)
    q = _quotes(_CARSON + "Carwell told a joke and Blakeley laughed. \"It was a good one,\" he said.")
    assert _speaker(q, "It was a good one") == "Frank Carwell"


def test_a_lead_in_naming_a_woman_is_no_he():
    # guard: "Sarah Lund" in the lead-in is no "he": the last speaker keeps the quote
    q = _quotes(_CARSON + "The bar was full and Sarah Lund quickly ordered more. "
                "\"We had a great day,\" he said.")
    assert _speaker(q, "We had a great day") == "Frank Carwell"


def test_a_quote_opening_its_paragraph_is_unchanged():
    # guard: no lead-in in the quote's paragraph: the last speaker
    q = _quotes(_CARSON + "\"We had a great day,\" he said.")
    assert _speaker(q, "We had a great day") == "Frank Carwell"


# --- "Name of/with the Institution, Place, said" ---------------------------------------------

def test_the_campus_after_a_university_is_not_the_speaker():
    q = _quotes("Astronomer Maria Olsen with the University of California, Santa Cruz, said the "
                "new camera will be far better.\n\n\"We can do more science,\" she said.")
    assert _speaker(q, "We can do more science") == "Maria Olsen"


def test_the_town_after_a_company_is_not_the_speaker():
    # guard (passed before): a partial quote after "said" keeps the person before "of"
    q = _quotes("Engineer Thomas Wendt of the Acme Corporation, Santa Clara, said "
                "\"the chips are ready\".")
    assert _speaker(q, "the chips are ready") == "Thomas Wendt"


def test_a_name_in_apposition_to_a_role_is_still_the_speaker():
    # guard: "The head of the University of Leeds, Sarah Wood, said": Sarah Wood
    q = _quotes("The head of the University of Leeds, Sarah Wood, said: \"We are ready.\"")
    assert _speaker(q, "We are ready") == "Sarah Wood"


def test_the_mp_for_a_place_then_the_name():
    # guard: "The MP for Easton, Paul Rudd, told reporters"
    q = _quotes("The MP for Easton, Paul Rudd, told reporters: \"No.\"")
    assert _speaker(q, "No.") == "Paul Rudd"


def test_a_possessor_in_the_lead_in_is_no_subject():
    # guard, found on unlabelled web text: "Clarkson's actions show ..." names no speaker
    q = _quotes("TV host Jeremy Clarkson published his bank details.\n\n"
                "Analyst Andreas Baumhof spoke.\n\n\"This was done in the UK,\" Baumhof said.\n\n"
                "Clarkson's actions show that not enough attention is given to identity theft. "
                "\"He was pretty open,\" he said.")
    assert _speaker(q, "He was pretty open") == "Andreas Baumhof"


# --- a statement noun owned by a name; "alleges" ---------------------------------------------

def test_the_owner_of_a_motion_speaks_its_words():
    q = _quotes("District Attorney David Rogan filed a motion on Friday.\n\n"
                "Rogan's three-page motion alleges Simpson \"committed new crimes,\" without "
                "providing details.")
    assert _speaker(q, "committed new crimes") == "David Rogan"


def test_the_owner_of_a_statement_speaks_its_words():
    q = _quotes("John Smyth quit on Monday.\n\nSmyth's statement said he \"will not return\" to the club.")
    assert _speaker(q, "will not return") == "John Smyth"


def test_a_company_statement_is_the_companys():
    q = _quotes("Acme Holdings's statement said it \"will fight the ruling\".")
    assert _speaker(q, "will fight the ruling") == "Acme Holdings"


def test_alleges_attributes_a_quote():
    q = _quotes("The lawyer alleges the firm \"broke every promise it made\".")
    assert _speaker(q, "broke every promise") == "the lawyer"


def test_a_common_owners_letter_stays_unnamed():
    # guard: "the victim's letter" names nobody
    q = _quotes("Tom Reed was sentenced.\n\nThe victim's letter said she \"felt betrayed\".")
    assert _speaker(q, "felt betrayed") == "the victim's letter"


def test_the_owner_of_a_role_is_no_speaker():
    # guard: "the company's president" is an unnamed source, not the company
    q = _quotes("The company's president said it was \"a sad day for us\".")
    assert _speaker(q, "a sad day") == "the company's president"


# --- two apostrophes for a double quotation mark ('' ... '') ---------------------------------

def test_two_apostrophes_close_a_quote():
    q = _quotes("Paul Goydan finished third.\n\n"
                "\"Everyone is getting better,'' Goydan said. \"If you improve, you win.''")
    assert _speaker(q, "Everyone is getting better") == "Paul Goydan"
    assert _speaker(q, "If you improve") == "Paul Goydan"


def test_two_apostrophes_open_a_quote():
    q = _quotes("''My father taught me one thing,'' said Ali Demirel.")
    assert _speaker(q, "My father taught me") == "Ali Demirel"


def test_two_apostrophes_keep_the_offsets():
    text = "Kent Austan left.\n\n\"I love my university,'' said Austan."
    q = _quotes(text)
    row = q[q["quote"].str.startswith("I love")].iloc[0]
    assert text[row["start"]:row["end"]] == row["quote"] == "I love my university"


def test_inches_after_a_digit_are_no_quotation_mark():
    # guard: "6' 2''" is a height
    q = _quotes("He is 6' 2'' tall, said coach Tom Reeder. \"He can play,\" Reeder said.")
    assert list(q["quote"]) == ["He can play"]
