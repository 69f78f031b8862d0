"""Round 10 of the quote speaker rules (issue 13), on invented texts only."""

from conftest import quotes_of as _quotes, speaker_of as _speaker


def test_pronoun_after_narrative_about_another_person_is_that_person():
    # '"...," she said' after a paragraph about a new person (not quoting anyone) is hers,
    # not the last speaker's (a council spokeswoman quoted before)
    q = _quotes("Dana Whitcombe said her son had waited six hours for an ambulance.\n\n"
                "A spokeswoman for Harlow District Council said: \"We are reviewing the case.\"\n\n"
                "Mrs Whitcombe is now raising money to buy a wheelchair.\n\n"
                "\"He cannot walk at all now,\" she said.")
    assert _speaker(q, "He cannot walk") == "Dana Whitcombe"


def test_pronoun_after_narrative_about_a_man_named_in_full():
    q = _quotes("Councillor Alan Brody said: \"The plan is sound.\"\n\n"
                "Peter Okonjo has run a bakery on the high street for twenty years.\n\n"
                "\"We will lose half our trade,\" he said.")
    assert _speaker(q, "We will lose") == "Peter Okonjo"


def test_pronoun_keeps_the_last_speaker_when_the_narrative_names_nobody_new():
    # guard: narrative without a new person keeps the last speaker
    q = _quotes("Dana Whitcombe said: \"He waited six hours.\"\n\n"
                "The ambulance service has apologised.\n\n"
                "\"He cannot walk at all now,\" she said.")
    assert _speaker(q, "He cannot walk") == "Dana Whitcombe"


def test_pronoun_keeps_the_last_speaker_of_the_other_gender():
    # guard: the new person's gender differs from the pronoun's
    q = _quotes("Dana Whitcombe said: \"He waited six hours.\"\n\n"
                "Mr Okonjo has run a bakery on the high street for twenty years.\n\n"
                "\"He cannot walk at all now,\" she said.")
    assert _speaker(q, "He cannot walk") == "Dana Whitcombe"


def test_pronoun_keeps_the_last_speaker_named_again_in_the_quote_paragraph():
    # guard: "Mr Mints' former company ... he said" still Mr Mints, though the paragraph
    # before is about another man
    q = _quotes("Boris Kovar said: \"I had to leave.\"\n\n"
                "Mr Ilyin was a fierce critic of the government.\n\n"
                "Two years later, Mr Kovar's company \"was in open conflict with the bank\", he said.")
    assert _speaker(q, "was in open conflict") == "Boris Kovar"


def test_pronoun_not_given_to_a_possessive_or_a_lone_common_word():
    # guard: "Mr Thain's World Prevention Project aims ..." and "Young piglets ..." are no
    # new speakers
    q = _quotes("Danny Thain said: \"People come here to talk.\"\n\n"
                "Young piglets have to be kept warm all year round.\n\n"
                "\"I've got my eyes on an estate,\" he said.")
    assert _speaker(q, "I've got my eyes") == "Danny Thain"
    q = _quotes("Danny Thain said: \"People come here to talk.\"\n\n"
                "Mr Thain's World Prevention Project aims to open a site.\n\n"
                "\"I've got my eyes on an estate,\" he said.")
    assert _speaker(q, "I've got my eyes") == "Danny Thain"
