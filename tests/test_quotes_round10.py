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


def test_it_said_is_the_organisation_no_data_file_knows_reporting_just_before():
    # "Castle Fine Art, a UK art retailer, said ... it said": the body reporting just before
    q = _quotes("Harlow Print House, a small art retailer in Essex, said it had been misled.\n\n"
                "Only two collections were affected, it said in a statement. \"All other editions "
                "were signed by hand.\"")
    assert _speaker(q, "All other editions") == "Harlow Print House"
    q = _quotes("As the county show opens on Friday, NFU Wessex said costs were at record levels.\n\n"
                "It said the situation had created a \"cash flow crisis\" for farmers.")
    assert _speaker(q, "cash flow crisis") == "NFU Wessex"


def test_it_said_never_goes_to_a_person_or_a_lone_word():
    # guard: a person reporting before (a given name first, a surname after an honorific) is
    # no referent of "it"
    q = _quotes("Janet Corrie, a retailer in Essex, said she had been misled.\n\n"
                "Only two collections were affected, it said in a statement. \"All other editions "
                "were signed by hand.\"")
    assert _speaker(q, "All other editions") == "it"
    q = _quotes("As the county show opens, Ms Corrie said costs were at record levels.\n\n"
                "It said the situation had created a \"cash flow crisis\" for farmers.")
    assert _speaker(q, "cash flow crisis").lower() == "it"


def test_it_is_not_the_body_it_speaks_about():
    # guard: "It accused Brantwell Advice of ...": the organisation named after the verb is
    # not the speaker
    q = _quotes("Brantwell Advice said standards had fallen.\n\n"
                "\"Standards have plummeted,\" it said.\n\n"
                "A spokesman for an energy supplier disagreed.\n\n"
                "It accused Brantwell Advice of ignoring \"cases where the supplier did nothing wrong\".")
    assert _speaker(q, "Standards have plummeted") == "Brantwell Advice"
    assert _speaker(q, "cases where the supplier") != "Brantwell Advice"


def test_pronoun_after_an_unnamed_person_reporting_names_nobody():
    # "A woman who lives nearby said ..." before '"...," she said': not the last named speaker
    q = _quotes("Ms Jane Parks said: \"Crews arrived within minutes.\"\n\n"
                "A woman who lives nearby said she was woken by the noise.\n\n"
                "\"It was terrifying,\" she said.")
    assert _speaker(q, "It was terrifying") == "a woman"
    q = _quotes("Councillor Tom Reid said: \"The road will reopen.\"\n\n"
                "One father-of-three, who did not want to be named, told the BBC the road was dangerous. "
                "\"Somebody will get killed,\" he said.")
    assert _speaker(q, "Somebody will get killed") == "one father-of-three"


def test_pronoun_after_an_unnamed_person_guards():
    # guard: a description of the other gender, or a named person reporting after the
    # description, keeps the named speaker
    q = _quotes("Ms Jane Parks said: \"Crews arrived within minutes.\"\n\n"
                "A man who lives nearby said he was woken by the noise.\n\n"
                "\"It was terrifying,\" she said.")
    assert _speaker(q, "It was terrifying") == "Jane Parks"
    q = _quotes("A resident said the fire started at 2am.\n\n"
                "Fire chief John Parks said crews arrived within minutes. \"It was a big fire,\" "
                "he said.")
    assert _speaker(q, "It was a big fire") == "John Parks"


def test_a_pull_quote_line_is_the_person_reporting_in_the_next_paragraph():
    # a caption-like line that is only a quotation without a sentence end, then "Name told the
    # BBC that ...": that person's words
    q = _quotes("Operators watch the screens around the clock.\n\n"
                "\"We can talk to nearby ships by radio as if we were on board\"\n\n"
                "Ashley Brent, director of operations at Sea Works, told the BBC that the crew can "
                "even use the radio.")
    assert _speaker(q, "We can talk") == "Ashley Brent"


def test_a_full_quoted_sentence_before_a_new_speaker_is_not_a_pull_quote():
    # guard: '"I'm living in fear."' after narrative about Garry is not the next paragraph's
    # doctor's
    q = _quotes("Garry Cole, 62, needs a bypass. He hopes to have surgery next year, but says the "
                "wait has been agonising.\n\n"
                "\"I'm constantly living in fear.\"\n\n"
                "Dr Sonya Babu says the delays are a real risk for patients.")
    assert _speaker(q, "I'm constantly living") != "Sonya Babu"


def test_pronoun_after_narrative_naming_one_person_as_a_subject_mid_sentence():
    # "The Kenyan surged ahead but Moran wasn't having any of it." before '"...," she told':
    # the one person named there, acting as a subject (named in full before)
    q = _quotes("Para-bowler Rosa Lenard won gold. \"I never thought we would win,\" Lenard said.\n\n"
                "Eileen Moran led the 10,000m early.\n\n"
                "The Kenyan surged ahead on the back straight but Moran wasn't having any of it.\n\n"
                "\"I have never sprinted like that in my life,\" she told BBC Sport.")
    assert _speaker(q, "I have never sprinted") == "Eileen Moran"
    q = _quotes("Councillor Alan Brody said: \"The plan is sound.\"\n\n"
                "His concerns were echoed by Raj Kandell, head of policy at the chamber.\n\n"
                "\"Small firms are struggling,\" he said.")
    assert _speaker(q, "Small firms are struggling") == "Raj Kandell"


def test_pronoun_narrative_mention_guards():
    # guard: a person named after a preposition or in a possessive, or two people named,
    # leave the last speaker
    for middle in ("He signed to fight champion Julio Martez earlier this year, but it fell through.",
                   "He laughed at the saga of Elon Mosk's deal.",
                   "He met Julio Martez and Tony Bellew at the gym."):
        q = _quotes("Sunny Edgar said: \"I am ready.\"\n\n" + middle + "\n\n"
                    "\"I don't really care to be famous,\" he says.")
        assert _speaker(q, "I don't really care") == "Sunny Edgar", middle
