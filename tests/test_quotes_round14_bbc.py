"""Round 14 of the quote speaker rules on BBC news (issue 13, bbcspk2): classes found on the
MasakhaNEWS fresh-speaker batches 15a and 4a, tested on invented texts only (paragraphs
separated by a single newline, as in BBC copy)."""

from conftest import quotes_of as _quotes, speaker_of as _speaker


# --- "Name, role at Institution said": the appositive's closing comma left out --------------

def test_open_appositive_role_at_institution():
    q = _quotes("The trees are dying.\n"
                "Julia Garside, professor of forest science at Morland University said: "
                "\"We have never seen losses like this.\"")
    assert _speaker(q, "We have never seen") == "Julia Garside"


def test_open_appositive_role_at_a_long_institution_with_an_acronym():
    q = _quotes("The reforms were published on Tuesday.\n"
                "Tom Bradfield, head of governance and analysis at Pensions and Investment "
                "Advisers (Pia) said: \"The key message is that reform is overdue.\"")
    assert _speaker(q, "The key message") == "Tom Bradfield"


def test_open_appositive_partial_quote():
    # guard (passed before): an agent noun before "at" already joined the role to the name
    q = _quotes("Sales fell in March.\n"
                "Peter Hollins, senior retail analyst at Marsh Securities said the figures were "
                "\"a warning for the whole sector\".")
    assert _speaker(q, "a warning for") == "Peter Hollins"


def test_open_appositive_guard_name_not_opening_the_sentence():
    # guard: the name is the object of "about", not the subject of the sentence
    q = _quotes("The strike began.\n"
                "Asked about Julia Garside, the head of policy at Morland University said: "
                "\"We will not comment.\"")
    assert _speaker(q, "We will not comment") != "Julia Garside"


def test_open_appositive_guard_relative_clause():
    # guard: "who met officials at ..." is a clause with a verb, not a role phrase
    q = _quotes("The strike began.\n"
                "Julia Garside, who met officials at Morland University said: \"We will not comment.\"")
    assert _speaker(q, "We will not comment") != "Julia Garside"


# --- "He said:" after a sentence opened by a full name no given-name list knows ---------------

def test_he_said_after_a_name_with_an_unknown_given_name():
    q = _quotes("Councils want more say over wind farms.\n"
                "Dyfrig Elwyn from Community Power Cymru wants decisions to be taken at a local level.\n"
                "He said: \"We want to see the money go to community projects.\"")
    assert _speaker(q, "We want to see") == "Dyfrig Elwyn"


def test_she_said_in_the_same_paragraph_after_an_unknown_given_name():
    q = _quotes("Councils want more say over wind farms.\n"
                "Mererid Maelor wants decisions to be taken locally. She said: \"Communities know best.\"")
    assert _speaker(q, "Communities know best") == "Mererid Maelor"


def test_he_said_not_after_a_place_opening_the_sentence():
    # guard: a place or an organisation opening the sentence before is nobody
    q = _quotes("Councils want more say over wind farms.\n"
                "Ynys Mon Council wants decisions to be taken locally.\n"
                "He said: \"We want to see the money go.\"")
    assert _speaker(q, "We want to see") not in ("Ynys Mon Council", "Ynys Mon")


def test_he_said_not_two_sentences_after_the_name():
    # guard: another sentence between the name and the pronoun breaks the link
    q = _quotes("Councils want more say over wind farms.\n"
                "Dyfrig Elwyn wants decisions to be taken locally. The fund is worth £2m.\n"
                "He said: \"We want to see the money go.\"")
    assert _speaker(q, "We want to see") != "Dyfrig Elwyn"


def test_he_said_keeps_a_known_given_name_rule():
    # guard (passed before): a known given name was already a person
    q = _quotes("Councils want more say over wind farms.\n"
                "John Powys from Community Power Cymru wants decisions to be taken locally.\n"
                "He said: \"We want to see the money go.\"")
    assert _speaker(q, "We want to see") == "John Powys"


# --- "the 25-year-old" is not a person the text gives another age ----------------------------

def test_age_epithet_skips_a_person_of_another_age():
    q = _quotes("Swimmer Callum Reid won gold on Monday.\n"
                "Reid is the man for that. The swimmer has now beaten 78-year-old Alan Munro's record "
                "of 10 medals.\n"
                "\"I'm absolutely exhausted,\" the 25-year-old told BBC Sport.")
    assert _speaker(q, "I'm absolutely exhausted") == "Callum Reid"


def test_age_epithet_still_takes_the_person_of_that_age():
    # guard (passed before): the person written with that age
    q = _quotes("Swimmer Callum Reid, 25, won gold on Monday.\n"
                "He has now beaten Alan Munro's record of 10 medals.\n"
                "\"I'm absolutely exhausted,\" the 25-year-old told BBC Sport.")
    assert _speaker(q, "I'm absolutely exhausted") == "Callum Reid"


def test_he_says_after_a_written_age_and_a_given_name():
    # the age word is no part of the name
    q = _quotes("Several surf groups were out on the water.\n"
                "Sixteen-year-old Kaelo was referred by his social worker to build his confidence.\n"
                "He says: \"Before, I thought I could not do it.\"")
    assert _speaker(q, "Before, I thought") == "Kaelo"


# --- "A Department of Health and Social Care (DHSC) spokesperson said": "and" in the name ----

def test_department_name_with_and_before_spokesperson_is_unnamed():
    q = _quotes("The case was heard on Monday.\n"
                "A Department of Housing and Local Affairs (DHLA) spokesperson said: "
                "\"We have started legal proceedings.\"")
    assert _speaker(q, "We have started") == "a Department of Housing and Local Affairs spokesperson"


def test_department_name_with_a_list_before_spokesperson_is_unnamed():
    q = _quotes("The review was published.\n"
                "A Department for Transport, Roads and Rail spokesperson said the plans were "
                "\"under review\".")
    assert _speaker(q, "under review") == "a Department for Transport Roads and Rail spokesperson"


def test_and_between_places_before_plural_role_keeps_old_reading():
    # guard: a plural role noun after "and" is no organisation's spokesperson
    q = _quotes("The case was heard.\n"
                "In Leeds, Bradford and York councillors said the plan was \"a mess\".")
    assert _speaker(q, "a mess") == "york councillors"


def test_two_people_joined_by_and_not_merged():
    # guard (passed before): "and" between two named people is no organisation
    q = _quotes("The case was heard.\n"
                "Council leader Jim Bell and deputy Ann Cole said the plan was \"a mess\".")
    assert _speaker(q, "a mess") != "Jim Bell and deputy Ann Cole"


def test_age_epithet_name_drops_the_possessive():
    # "25-year-old Alan Munro's record": the person of that age is "Alan Munro", not "Alan Munro's"
    q = _quotes("The pool was full on Monday.\n"
                "Callum Reid has now beaten 25-year-old Alan Munro's record of 10 medals.\n"
                "\"I'm absolutely exhausted,\" the 25-year-old told BBC Sport.")
    assert _speaker(q, "I'm absolutely exhausted") == "Alan Munro"
