"""Round 10c of the quote speaker rules (issue 13): an ally is not the person they are the
ally of, and speaker names without words glued on; invented texts only."""

from conftest import quotes_of as _quotes, speaker_of as _speaker


# (a) "an ally / a friend / an aide of X" is the unnamed ally, not X

def test_an_ally_of_a_titled_person_is_not_that_person():
    q = _quotes("An ally of former finance minister Petra Lindqvist told the news agency she "
                "had been \"heavily courted\" by both candidates.")
    sp = _speaker(q, "heavily courted")
    assert sp != "Petra Lindqvist"
    assert sp is not None and sp.lower().startswith("an ally of")


def test_an_ally_of_a_bare_name_said():
    q = _quotes("\"She has not decided yet,\" an ally of Petra Lindqvist said.")
    assert _speaker(q, "She has not decided") != "Petra Lindqvist"


def test_a_close_confidant_of_a_minister_is_not_the_minister():
    q = _quotes("A confidant of Prime Minister Omar Haddad said: \"He is calm about it.\"")
    assert _speaker(q, "He is calm") != "Omar Haddad"


def test_guard_the_ally_later_is_not_resolved_to_the_last_named_person():
    # representative_roles.txt: "the ally said" after "Ms Lindqvist denied it" stays unnamed
    q = _quotes("Petra Lindqvist denied the report on Monday.\n\n"
                "\"She was never asked,\" the ally said.")
    assert _speaker(q, "She was never asked") != "Petra Lindqvist"


def test_guard_an_occupation_before_a_name_is_still_that_name():
    # "vice president of manufacturing Alan Johnson": the name in apposition is the speaker
    q = _quotes("\"We expect a deal,\" said vice president of manufacturing Alan Johnson.")
    assert _speaker(q, "We expect a deal") == "Alan Johnson"


def test_a_spokesman_for_a_titled_person_stays_the_spokesman():
    q = _quotes("A spokesman for former home secretary Petra Lindqvist said: \"No decision yet.\"")
    assert _speaker(q, "No decision yet") != "Petra Lindqvist"


# (b) words glued on a speaker's name

def test_a_country_possessor_is_no_part_of_the_name():
    q = _quotes("Kenya's Wanjiru Kamau says her training paid off at the Games.\n\n"
                "\"I kept going every day,\" Kamau told reporters.")
    assert _speaker(q, "I kept going") == "Wanjiru Kamau"


def test_a_possessor_before_a_name_in_the_subject_of_said():
    q = _quotes("\"We won the final,\" Ghana's Kofi Mensah said.")
    assert _speaker(q, "We won the final") == "Kofi Mensah"


def test_guard_a_possessive_before_a_role_noun_keeps_the_name():
    q = _quotes("\"It is fine,\" the minister's spokesman Max Blain said.")
    assert _speaker(q, "It is fine") == "Max Blain"


def test_a_sentence_opening_subordinator_is_no_part_of_the_name():
    q = _quotes("Ferrero met him early. Since Delgado was 15, the work has been put in with "
                "Ferrero at his academy.\n\n"
                "\"I want to keep improving,\" Delgado said.")
    assert _speaker(q, "I want to keep improving") == "Delgado"


def test_an_organisation_and_role_before_a_name_leave_the_name():
    # "Bank of England Governor Andrew Bailey" next to "Andrew Bailey": one person
    q = _quotes("\"Not a lot,\" said Reserve Bank of Erewhon Governor Andrew Mbeki.\n\n"
                "\"Rates will rise,\" Bank of England Governor Andrew Mbeki said.")
    assert _speaker(q, "Not a lot") == "Andrew Mbeki"
    assert _speaker(q, "Rates will rise") == "Andrew Mbeki"


def test_guard_as_the_governor_has_said_then_he_said():
    q = _quotes("Prices rose again. And as the Bank of Erewhon Governor Andrew Mbeki has "
                "said, these rises hit the poorest the hardest.\n\n"
                "Asked how much the bank could do, \"Not a lot,\" he said.")
    assert _speaker(q, "Not a lot") == "Andrew Mbeki"


def test_guard_an_organisation_alone_is_still_the_organisation():
    q = _quotes("\"Rates will stay where they are,\" the Bank of Erewhon said.")
    assert _speaker(q, "Rates will stay") != "Erewhon"


# (c) a one-word name quoted before, opening a narrative paragraph, takes a later "he said"

def test_a_stage_name_quoted_before_takes_he_said_over_the_last_speaker():
    q = _quotes("\"I wrote it in one night,\" Blixo told the magazine.\n\n"
                "\"It changed everything for the genre,\" wrote critic Garth Pemberton in "
                "his book.\n\n"
                "Blixo was ambivalent about the song too, often lamenting how its success "
                "overshadowed his other work.\n\n"
                "\"It's a blessing and a curse,\" he said.")
    assert _speaker(q, "It's a blessing") == "Blixo"


def test_guard_a_one_word_name_never_quoted_does_not_take_he_said():
    q = _quotes("\"It changed everything for the genre,\" wrote critic Garth Pemberton in "
                "his book.\n\n"
                "Blixo was ambivalent about the song too, often lamenting how its success "
                "overshadowed his other work.\n\n"
                "\"It is the best single of the decade,\" he said.")
    assert _speaker(q, "It is the best") == "Garth Pemberton"


def test_guard_a_possessive_inside_a_role_phrase_is_not_cut():
    # "A spokesman for Stormont's Department of Health": the possessive is inside the role
    q = _quotes("A spokesman for Erewhon's Department of Health said there would "
                "\"inevitably be an impact on patient care\".")
    assert _speaker(q, "inevitably be an impact") != "Department of Health"


def test_guard_a_possessive_before_an_organisation_keeps_the_appositive_name():
    q = _quotes("Speaking to the radio, Amara Okafor, director of the Erewhon Bank's Prospects "
                "Group said \"There is not much governments can do\" about prices.")
    assert _speaker(q, "There is not much") == "Amara Okafor"


def test_guard_a_possessive_before_lower_case_words_keeps_the_appositive_name():
    q = _quotes("Wilma Okafor, chairwoman of Unison's Erewhon's health committee said: "
                "\"This is a warning.\"")
    assert _speaker(q, "This is a warning") == "Wilma Okafor"
