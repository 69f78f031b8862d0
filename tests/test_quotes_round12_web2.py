"""Round 12 of the quote speaker rules on web news (issue 13, webspk2): classes found on L3S-GN1
batch 10a, tested on invented texts only."""

from conftest import quotes_of as _quotes, speaker_of as _speaker


# --- a dash aside right after an inverted attribution ("said Leman — that's right, just J —") --

def test_an_inverted_name_ends_at_a_dash_aside():
    q = _quotes("The team has a linebacker named Tom Arrow.\n\n"
                "\"We believed in the plan,\" said Arrow \u2014 yes, that Arrow \u2014 \"and it worked.\"")
    assert _speaker(q, "We believed") == "Tom Arrow"
    assert _speaker(q, "and it worked") == "Tom Arrow"


def test_an_inverted_role_and_name_end_at_a_spaced_hyphen():
    q = _quotes("The club lost again.\n\n\"We were poor,\" said coach Ann Lowry - who had the flu - after the game.")
    assert _speaker(q, "We were poor") == "Ann Lowry"


def test_a_name_before_a_dash_clause_still_speaks():
    # guard (passed before): "Ms Badenoch - who made a big impact - said" keeps its subject
    q = _quotes("Kemi Badenoch - who made a big impact - said: \"We will win.\"")
    assert _speaker(q, "We will win") == "Kemi Badenoch"


# --- "allowed" as a reporting verb right after a quote (AP sports copy) ---------------------

def test_allowed_after_a_quote_reports_it():
    q = _quotes("Running back Carl Dunmore has seen eight men in the box all month.\n\n"
                "\"Is it frustrating? A little bit,\" Dunmore allowed. \"You know what is coming.\"")
    assert _speaker(q, "Is it frustrating") == "Carl Dunmore"


def test_inverted_allowed_after_a_quote_reports_it():
    q = _quotes("The Hawks lost at home.\n\n\"We were not sharp,\" allowed coach Lisa Brandt, \"but we will be.\"")
    assert _speaker(q, "We were not sharp") == "Lisa Brandt"


def test_allowed_with_an_object_is_no_report():
    # guard: "The defence allowed 30 points" after a quote names no speaker of it
    q = _quotes("The season is over.\n\n\"It hurts.\" The defence allowed 30 points on Sunday.")
    assert _speaker(q, "It hurts") is None


def test_allowed_away_from_a_quote_is_no_report():
    # guard: "Coach Ray Polk allowed the players a day off" is no speech
    q = _quotes("Coach Ray Polk allowed the players a day off. The fans called it \"a rest\" and "
                "a spokesman said: \"We agree.\"")
    assert _speaker(q, "We agree") == "a spokesman"


# --- two coordinated predicates, the first with an object ("turned to his coach and said") ---

def test_subject_of_a_verb_with_a_phrase_before_and_said():
    q = _quotes("The reel ran twice.\n\nTom Rudd turned to his coach and said, \"Are you sure this is real?\"")
    assert _speaker(q, "Are you sure") == "Tom Rudd"


def test_subject_of_a_verb_with_an_object_before_and_told():
    q = _quotes("Dr. Ann Vale visited the singer in hospital and told a website that the visit "
                "\"convinced me she needs help.\" She left at noon.")
    assert _speaker(q, "convinced me") == "Ann Vale"


def test_wondered_introduces_a_quoted_question():
    q = _quotes("Coach Lisa Brandt watched the tape and wondered, \"Is this the same team?\"")
    assert _speaker(q, "Is this the same") == "Lisa Brandt"


def test_a_participle_in_the_object_is_no_verb_of_the_subject():
    # guard: "the injured players" - the organisation before "praised" is no person speaker
    q = _quotes("The club praised the injured players and said: \"They were brave.\"")
    assert _speaker(q, "They were brave") in (None, "The club", "the club")


def test_a_new_sentence_ends_the_coordinated_subject():
    # guard: the subject is not taken across a sentence end
    q = _quotes("Mark Dunn left early. The fans cheered the team and said: \"Great game.\"")
    assert _speaker(q, "Great game") != "Mark Dunn"


# --- verbs of raised voice and of e-mail report the quote they follow -------------------------

def test_shouted_after_a_quote_reports_it():
    q = _quotes("Priya Dalal felt a sharp pain at home.\n\n"
                "\"The baby is coming now!\" Dalal shouted to her husband. And she was right.")
    assert _speaker(q, "The baby is coming") == "Priya Dalal"



def test_emailed_introduces_a_written_statement():
    q = _quotes("Roger Eben, a critic, e-mailed this last night:\n\n\"Dusty made a difference in my life.\"")
    assert _speaker(q, "Dusty made") == "Roger Eben"
