"""Round 11c of the quote speaker rules (issue 13): classes left wrong by the round-11
helpers, on invented texts only."""

from conftest import quotes_of as _quotes, speaker_of as _speaker


# --- a possessor inside another person's clause ---------------------------------------------

_CALL = ("Viktor Oban spoke in the capital. \"I renew my offer for talks,\" Oban said.\n\n"
         "Union spokesman Tariqo Belwan rejected Oban's call for talks.\n\n")


def test_the_owner_of_a_speech_noun_in_the_object_is_not_he():
    # "X rejected Abbas' call for talks." / '"...," he said': X, not Abbas
    q = _quotes(_CALL + "\"It is full of empty words,\" he said.")
    assert _speaker(q, "It is full of") == "Tariqo Belwan"


def test_the_owner_with_an_s_apostrophe_is_not_he():
    q = _quotes("Mahmoud Abbas spoke in Ramallah. \"I renew my offer,\" Abbas said.\n\n"
                "Party spokesman Fawzi Barqan rejected Abbas' call for talks.\n\n"
                "\"It is full of incitement,\" he said.")
    assert _speaker(q, "It is full of") == "Fawzi Barqan"


def test_a_quote_after_the_owners_speech_noun_is_still_the_owners():
    # guard: the words quoted right after "Abbas' call for" are Abbas's
    q = _quotes("Mahmoud Abbas spoke in Ramallah.\n\n"
                "Party spokesman Fawzi Barqan rejected Abbas' call for \"a new page in our history\".")
    assert _speaker(q, "a new page") == "Mahmoud Abbas"


def test_he_after_a_clause_with_no_owner_keeps_the_last_speaker():
    # guard: nobody else in the paragraph before: the last speaker
    q = _quotes("Viktor Oban spoke in the capital. \"I renew my offer for talks,\" Oban said.\n\n"
                "The union rejected the call for talks.\n\n"
                "\"It is full of empty words,\" he said.")
    assert _speaker(q, "It is full of") == "Viktor Oban"


# --- a colon after a modal clause, and one-word transcript lines ----------------------------

def test_a_modal_and_a_reporting_verb_before_a_colon():
    q = _quotes("Carlos Ramos, the umpire, was asked about the incident after the match. "
                "Asked if he regretted it, Ramos would say only: \"I applied the rules as they are written.\"")
    assert _speaker(q, "I applied the rules") == "Carlos Ramos"


def test_a_modal_without_a_reporting_verb_before_a_colon_is_no_cue():
    # guard: "The rules will be clear:" describes, nobody speaks
    q = _quotes("Carlos Ramos spoke on Monday.\n\n"
                "The new rules would be simple: \"no phones in the stands\".")
    assert _speaker(q, "no phones") != "Carlos Ramos"


def test_a_one_word_transcript_line_is_the_full_name_written_before():
    q = _quotes("Reporters questioned coach Joe Paterno after practice.\n\n"
                "Q: How is the team?\n\n"
                "Paterno: \"We are working hard every day.\"")
    assert _speaker(q, "We are working") == "Joe Paterno"


def test_a_one_word_line_that_names_nobody_is_no_speaker():
    # guard: "Update:" and a word never written as a surname are no speakers
    q = _quotes("Reporters met the coach after practice.\n\n"
                "Update: \"The team will travel on Friday.\"")
    assert _speaker(q, "The team will travel") in (None, "")
    q = _quotes("Reporters met the coach after practice.\n\n"
                "Meanwhile: \"The team will travel on Friday.\"")
    assert _speaker(q, "The team will travel") in (None, "")


# --- verbs of offering a comment ------------------------------------------------------------

def test_offered_after_a_quote_is_a_reporting_verb():
    q = _quotes("Marta Salo was asked about the changes to the squad.\n\n"
                "\"We have a lot of work to do before the final,\" Salo offered.")
    assert _speaker(q, "We have a lot") == "Marta Salo"


def test_a_person_who_offered_condolences_is_the_next_he():
    # "Dr X, chief executive of the trust, offered his "sincere condolences"." then
    # '"...," he said': the doctor, not the uncle quoted before
    q = _quotes("Mr Ahmed said the family wanted answers.\n\n"
                "\"I don't know what happened,\" he said.\n\n"
                "Dr Richard Jenks, chief executive of the trust, offered his \"sincere condolences\".\n\n"
                "\"We have started an investigation,\" he said.")
    assert _speaker(q, "We have started") == "Richard Jenks"


# --- a nationality noun with the nationality never stated -----------------------------------

def test_a_nationality_noun_after_two_people_in_one_sentence_is_no_guess():
    q = _quotes("Novak Djokovan beat Andy Murrow in straight sets on Sunday.\n\n"
                "\"I played my best tennis of the year,\" the Serb said.")
    assert _speaker(q, "I played my best") not in ("Andy Murrow", "Novak Djokovan")


def test_a_nationality_noun_with_the_nationality_stated_is_that_person():
    # guard: "Novak Djokovan, a Serb," ties him to the noun
    q = _quotes("Novak Djokovan, a Serb, beat Andy Murrow in straight sets on Sunday.\n\n"
                "\"I played my best tennis of the year,\" the Serb said.")
    assert _speaker(q, "I played my best") == "Novak Djokovan"


def test_a_nationality_noun_after_the_story_subject_is_still_the_subject():
    # guard: the person the story is about, named before, keeps the noun
    q = _quotes("Luc Anselme made his debut for Chelsea yesterday.\n\n"
                "Juliano Bellini scored, and Anselme hit the bar.\n\n"
                "\"This is one of the biggest clubs in the world,\" said the Frenchman.")
    assert _speaker(q, "This is one of") == "Luc Anselme"


# --- a definite description that fits another person ----------------------------------------

def test_the_star_is_not_the_person_described_as_a_producer():
    q = _quotes("Coolio visited the studio with his producer, Anna Brown.\n\n"
                "\"We recorded ten songs in a week,\" the star recalled.")
    assert _speaker(q, "We recorded ten") != "Anna Brown"


def test_the_singer_is_not_the_person_described_as_her_manager():
    q = _quotes("Natalie Imbruglia released a new album on Friday. Sarah Jones, her manager, "
                "arranged the tour.\n\n"
                "\"I never thought I would be back on stage,\" the Torn singer quipped.")
    assert _speaker(q, "I never thought") == "Natalie Imbruglia"


def test_the_singer_is_the_person_described_as_the_singer():
    # guard: the apposition with the same role noun fits
    q = _quotes("Ann Holt, the singer, met Anna Brown, her producer, on Monday.\n\n"
                "\"We recorded ten songs in a week,\" the singer recalled.")
    assert _speaker(q, "We recorded ten") == "Ann Holt"


# --- an adverb opening a sentence is no given name --------------------------------------------

def test_an_adverb_before_a_surname_is_not_taken_into_the_full_name():
    # "Even Simon was worried": Simon is Simon Cowell, not "Even Simon"
    q = _quotes("Simon Cowell judged the final on Saturday.\n\n"
                "The show had a bad year. Even Simon was worried about the ratings.\n\n"
                "\"I know what I am talking about,\" Simon said.")
    assert _speaker(q, "I know what") == "Simon Cowell"


def test_a_one_word_line_with_two_full_names_ending_in_it_is_no_guess():
    # guard: "Joe Paterno" and "Sue Paterno" both written: "Paterno:" is left open
    q = _quotes("Joe Paterno and his wife Sue Paterno came to the dinner.\n\n"
                "Paterno: \"We are working hard every day.\"")
    assert _speaker(q, "We are working") not in ("Sue Paterno",)


def test_offers_with_nothing_quoted_in_its_sentence_is_no_report():
    # guard: "the Games also offers a chance" is no speech: "he said" stays with the person
    q = _quotes("Powerlifter Yohan Mwilo competed at the age of 38.\n\n"
                "The Commonwealth Games also offers a chance to younger athletes.\n\n"
                "\"This is a big event,\" he said.")
    assert _speaker(q, "This is a big event") != "Commonwealth Games"


def test_an_age_noun_is_still_the_person_named_just_before():
    # guard: the no-guess rule of nationality nouns does not reach "the 46-year-old"
    q = _quotes("In Haverhill, at the other end of Mr Hancock's seat, Clare Reeve says it is a shame.\n\n"
                "\"He does nothing for us anyway,\" the 46-year-old says.")
    assert _speaker(q, "He does nothing") == "Clare Reeve"
