"""Round 7 of the quote speaker rules (issue 13), on invented texts only."""

from conftest import quotes_of as _quotes, speaker_of as _speaker


def test_it_after_a_letter_from_a_person_is_that_person():
    q = _quotes("A letter from First Minister Mark Drakeford explaining the changes was sent to "
                "families on Thursday.\n\nIt said the changes would help people \"settle into life "
                "in our country\".")
    assert _speaker(q, "settle into") == "Mark Drakeford"


def test_it_after_a_statement_by_a_company_is_that_company():
    q = _quotes("A statement by Acme Holdings was published on Monday.\n\n"
                "It said the plant would \"stay open for now\".")
    assert _speaker(q, "stay open") == "Acme Holdings"


def test_it_without_a_statement_noun_is_not_given_an_author():
    # no "letter/statement from X": the rule must not invent one
    q = _quotes("Flooding hit the valley on Monday, days after a visit by Mark Drakeford.\n\n"
                "It said the plan was \"not affordable\".")
    assert _speaker(q, "not affordable") != "Mark Drakeford"


_BAND = ("Freddie Mercury recorded the song in 1988.\n\n"
         "A slow ballad, it opens with a drum, before Mercury sings: \"You have to face it all alone.\"\n\n"
         "It was recorded in London, when Mercury had been ill.\n\n"
         "In a powerful vocal, he appears to reference his failing health.\n\n"
         "Guitarist Brian May originally {verb}.\n\n"
         "\"It was kind of hiding in plain sight,\" he told a radio show.")


def test_he_after_a_person_holding_a_view_is_that_person():
    q = _quotes(_BAND.format(verb="thought the recording was lost"))
    assert _speaker(q, "It was kind") == "Brian May"


def test_he_after_a_person_without_a_view_or_speech_act_is_that_person_since_round_10():
    # "arrived" is neither a speech act nor a stance verb; round 7 kept the earlier speaker.
    # Round 10 takes the subject of the narrative paragraph just before (a man named in full,
    # the paragraph quoting nobody): see test_quotes_round5 and docs/issue13-round10-speakers.md
    q = _quotes(_BAND.format(verb="arrived at the studio late"))
    assert _speaker(q, "It was kind") == "Brian May"


_COUNCIL = ("The plaque was unveiled by the borough council on Monday.\n\n"
            "{title} David Renard said: \"I offer my apologies for the errors.\"\n\n"
            "\"As soon as it was spotted, a new one was ordered,\" the council leader said.")


def test_the_council_leader_is_the_councillor_named_before():
    # "Councillor" shares its stem with "council": not another person's title
    q = _quotes(_COUNCIL.format(title="Councillor"))
    assert _speaker(q, "As soon as") == "David Renard"


def test_a_person_with_an_unrelated_title_is_still_passed_over():
    # "Bishop David Renard" is not "the council leader"
    q = _quotes(_COUNCIL.format(title="Bishop"))
    assert _speaker(q, "As soon as") != "David Renard"
