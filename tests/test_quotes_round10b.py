"""Round 10b of the quote speaker rules (issue 13): US wire and press-release style, on
invented texts only."""

from conftest import quotes_of as _quotes, speaker_of as _speaker


def test_a_fronted_reporting_verb_before_its_subject_and_the_quote():
    # 'Explained Acme CTO Dana Whitlow, "..."': the verb opens the sentence, the speaker follows
    q = _quotes("Acme found a new flaw in the browser.\n\n"
                "Explained Acme CTO Dana Whitlow, \"Blocking lists do not work. The code changes "
                "every hour.\"")
    assert _speaker(q, "Blocking lists") == "Dana Whitlow"


def test_a_fronted_said_with_a_colon():
    q = _quotes("The team lost again on Sunday.\n\n"
                "Said coach Pete Marlow: \"We were beaten by a better side. We go again.\"")
    assert _speaker(q, "We were beaten") == "Pete Marlow"


def test_a_fronted_verb_not_followed_by_a_quote_is_no_cue():
    # guard: "Added to the costs, ..." is no report by "the costs"; the inverted cue after
    # the quote names the speaker
    q = _quotes("Added to the costs, \"the new fee\" was too high, said Ann Lowe.")
    assert _speaker(q, "the new fee") == "Ann Lowe"


def test_a_surname_is_not_expanded_to_the_fronted_verb():
    # the full name written after "Explained" does not take the verb into the name
    q = _quotes("Explained Acme CTO Dana Whitlow, \"Blocking lists do not work.\"\n\n"
                "\"The code changes every hour,\" Whitlow said.")
    assert _speaker(q, "The code changes") == "Dana Whitlow"


def test_a_dateline_glued_by_a_dash_is_not_part_of_the_name():
    # "EDMONTON, Alberta\u2014Patrick O'Hara and the Kings ...": the place is no given name
    q = _quotes("EDMONTON, Alberta\u2014Patrick O'Hara and the Los Angeles Kings beat the Oilers.\n\n"
                "\"We stuck to the plan,\" O'Hara said on Tuesday.")
    assert _speaker(q, "We stuck to") == "Patrick O'Hara"


def test_a_nationality_noun_is_the_person_named_last():
    # "said the Frenchman": not a name, and not the first of two scorers opening the
    # sentence before (Bellini) but the person named last before the quote
    q = _quotes("Luc Anselme made his debut for Chelsea yesterday and said it would be his last club.\n\n"
                "Anselme played for half an hour as a substitute in a 2-0 win.\n\n"
                "Juliano Bellini and Shaun Wright scored the goals, and Anselme hit the bar.\n\n"
                "\"This is one of the biggest clubs in the world,\" said the Frenchman.")
    assert _speaker(q, "This is one of") == "Luc Anselme"


def test_a_nationality_noun_after_a_person_named_mid_sentence():
    # the story's subject (Rossi, a speaker's topic throughout) is not the Frenchman: the
    # person just named at the end of the sentence before is
    q = _quotes("Vale Rossi is retiring. Rossi has won nine titles.\n\n"
                "\"He was different,\" commentator Nick Harrow said.\n\n"
                "Rossi has inspired the next generation, none more so than champion Fabio Quartet.\n\n"
                "\"Valentino was and is my idol,\" said the Frenchman.")
    assert _speaker(q, "Valentino was") == "Fabio Quartet"


def test_a_nationality_noun_skips_a_person_of_the_other_gender():
    q = _quotes("Ana Ruiz joined the club on Monday. Ruiz will wear the number nine shirt.\n\n"
                "Maria Lopez, the coach, said she was pleased.\n\n"
                "\"It is a big club,\" said the Frenchman.")
    assert _speaker(q, "It is a big club") in (None, "the Frenchman")


def test_a_nationality_noun_with_nobody_named_is_no_name():
    # guard: "the Spaniard" is never returned as a capitalised name
    q = _quotes("\"It is a big club,\" said the Spaniard.")
    assert _speaker(q, "It is a big club") in (None, "the Spaniard")


def test_the_french_is_not_a_person():
    # guard: an adjective demonym after "the" (the people or the state) is no person noun
    q = _quotes("Anna Holt said the talks had stalled.\n\n"
                "\"We will not sign this text,\" the French said in a statement.")
    assert _speaker(q, "We will not sign") != "Anna Holt"


def test_a_nationality_noun_is_never_an_organisation_taken_for_a_person():
    # guard: "South Africa's record goalscorer ..." opens a sentence with "Africa", which a
    # surname expansion turns into "Africa Super League"; the Nigerian is the journalist
    q = _quotes("Osasu Obaje, a Nigerian football journalist, doubts the plan.\n\n"
                "\"There is a belief that Africans need to be led,\" Obaje said.\n\n"
                "South Africa's record goalscorer Benni Mack played in Europe.\n\n"
                "Obaje believes the clubs should build the Africa Super League first.\n\n"
                "\"It is easier to watch the Europa League in Lagos,\" the Nigerian said.")
    assert _speaker(q, "It is easier") == "Osasu Obaje"


def test_a_fronted_cue_does_not_take_the_quote_before_it():
    # guard: '"...," Gado said. "..." Said Porter: "..."': the second quote stays Gado's
    q = _quotes("\"His record speaks for itself,\" Sam Gado said. \"Wherever he has gone he has "
                "won.\" Said Joey Porter: \"Whatever it takes, I am for it.\"")
    assert _speaker(q, "Wherever he has") == "Sam Gado"
    assert _speaker(q, "Whatever it takes") == "Joey Porter"


def test_a_nationality_noun_prefers_the_person_tied_to_that_country():
    # "Rafael Nadan of Spain" ... "the Spaniard said": Nadan, though another player is
    # named after him
    q = _quotes("Top seed Rafael Nadan of Spain beat Mathieu Montel of France 6-2, 6-4.\n\n"
                "Nadan said he felt sad for his good friend Marco Baghdis, who lost.\n\n"
                "\"His defeat takes something out of the tournament,\" the Spaniard said.")
    assert _speaker(q, "His defeat") == "Rafael Nadan"


def test_a_nationality_noun_after_an_apposition_with_the_adjective():
    q = _quotes("Osasu Obaje, a Nigerian football journalist, doubts the plan.\n\n"
                "Obaje says the clubs should act first, as Tom Reed of the league has said.\n\n"
                "\"It is easier to watch the Europa League in Lagos,\" the Nigerian said.")
    assert _speaker(q, "It is easier") == "Osasu Obaje"


def test_an_occupation_noun_opening_a_sentence_is_no_part_of_the_name():
    q = _quotes("DAVIE \u2014 Linebacker Joey Porter knew practice would be unusual.\n\n"
                "\"Guys were nervous out there,\" Porter said.")
    assert _speaker(q, "Guys were nervous") == "Joey Porter"


def test_a_given_name_ending_like_an_occupation_stays_in_the_name():
    # guard: "Spencer" is a given name, not an occupation noun
    q = _quotes("Spencer Tom Hale knew practice would be unusual.\n\n"
                "\"Guys were nervous out there,\" Hale said.")
    assert _speaker(q, "Guys were nervous") != "Tom Hale"
