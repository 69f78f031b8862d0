"""Round 8 of the quote speaker rules (issue 13), on invented texts only."""

from analysis.quotes.extract import _sentence_subjects
from conftest import quotes_of as _quotes, speaker_of as _speaker


_AWARD = ("A retired baker who lost his shop in the floods has been given a civic award.\n"
          "Tom Harker, 68, ran the shop in Oldbridge for forty years.\n"
          "Council chairman Anna Blake, who presented the award, said: \"Tom kept this town fed.\"\n"
          "She added that the council wanted to thank him.\n"
          "{X}, who will be 69 next week, said he was delighted.\n"
          "\"I never expected it,\" he said.")


def test_he_after_a_definite_role_that_spoke_is_the_roles_person():
    # "The former postmaster ... said he was delighted." then '"...," he said': the role's
    # person (Tom Harker), not the last speaker, and not the person titled "Council chairman"
    # even when she was last referred to by a pronoun ("She added")
    for x in ("The former postmaster", "The retired baker", "The former councillor"):
        q = _quotes(_AWARD.replace("{X}", x))
        assert _speaker(q, "I never expected") == "Tom Harker", x
        assert _speaker(q, "Tom kept") == "Anna Blake"


def test_a_role_at_a_cut_paragraph_start_is_read_as_definite():
    # a corpus that lost "The " at the paragraph start: "former councillor, who ..., said"
    for x in ("former councillor", "former postmaster"):
        q = _quotes(_AWARD.replace("{X}", x))
        assert _speaker(q, "I never expected") == "Tom Harker", x


def test_an_indefinite_role_that_spoke_is_not_resolved_to_a_named_person():
    # "A neighbour ... said" is someone unnamed: the pronoun is not given to a named person
    text = ("Tom Harker said: \"We will rebuild.\"\n"
            "A neighbour, who lives on the same street, said he was hopeful.\n"
            "\"It will take years,\" he said.")
    q = _quotes(text)
    assert _speaker(q, "It will take") == "a neighbour"


def test_a_role_in_the_lead_is_the_person_who_speaks_next():
    text = ("Train fares in Wales will be frozen next year, the transport minister has said.\n"
            "Lee Waters said the freeze would \"help people back onto trains\".\n"
            "Opposition leader Andrew Davies called it a gimmick.\n"
            "In a later interview the transport minister said it was \"the least we can do\".")
    q = _quotes(text)
    assert _speaker(q, "the least we") == "Lee Waters"


def test_a_role_in_the_lead_is_not_given_to_a_person_who_does_not_speak():
    text = ("Train fares in Wales will be \"frozen next year\", the transport minister has said.\n"
            "Lee Waters arrived in Cardiff on Monday.")
    q = _quotes(text)
    assert _speaker(q, "frozen next") != "Lee Waters"
    q = _quotes(text.replace("arrived in", "said in"))
    assert _speaker(q, "frozen next") == "Lee Waters"


def test_a_cut_role_after_a_lead_role_is_the_same_person():
    text = ("Wales will keep its own travel rules, the first minister has said.\n"
            "Mark Drakeford said the rules would \"stay for now\".\n"
            "UK government has changed its own rules this week.\n"
            "first minister said the \"changed context does mean we look again\" at the rules.")
    q = _quotes(text)
    assert _speaker(q, "changed context") == "Mark Drakeford"


def test_an_acronym_opening_a_sentence_is_not_a_given_name():
    subs = {name: person for _, name, _, person, _ in
            _sentence_subjects("UK government has changed its rules. Sarah said no.")}
    assert subs.get("UK") is not True
    assert subs.get("Sarah") is True


_SHELF = ("\"This is the first recording of the show,\" Paul Hart told reporters.\n"
          "He found the tape while cleaning his office.\n"
          "The music scholar Stephen Bell said he was \"delighted it has come to light\".\n"
          "\"Any recording from 1948 is important,\" he said.\n"
          "Paul Hart is now giving the tape to a library.\n"
          "But he {VERB} the show should be staged again.\n"
          "\"No, no, it's a college musical,\" he said.")


def test_a_pronoun_speaking_in_the_paragraph_before_carries_the_person_named_before_it():
    # named, then "But he does not think ...", then '"...," he said': that person, not the
    # earlier speaker Bell
    q = _quotes(_SHELF.replace("{VERB}", "does not think"))
    assert _speaker(q, "No, no") == "Paul Hart"
    assert _speaker(q, "Any recording") == "Stephen Bell"


def test_a_pronoun_that_does_not_speak_leaves_the_earlier_speaker():
    # "But he lost the show ..." is no speech act: the earlier speaker keeps the quote
    q = _quotes(_SHELF.replace("{VERB}", "lost the notes saying"))
    assert _speaker(q, "No, no") == "Stephen Bell"


def test_a_definite_role_with_nobody_named_before_is_the_person_named_in_passing():
    text = ("The school has apologised after pupils heckled visitors.\n"
            "The heckling came during a talk by Nigel Barrow.\n"
            "The former politician told reporters the mood was \"hostile\".")
    assert _speaker(_quotes(text), "hostile") == "Nigel Barrow"


def test_a_person_named_in_passing_with_another_title_is_not_the_role():
    # "its chief executive Nigel Barrow" is not "the former politician"
    text = ("The school has apologised after pupils heckled visitors.\n"
            "The talk was given by its chief executive Nigel Barrow.\n"
            "The former politician told reporters the mood was \"hostile\".")
    assert _speaker(_quotes(text), "hostile") != "Nigel Barrow"


def test_a_person_named_in_passing_two_paragraphs_back_is_not_the_role():
    text = ("The heckling came during a talk by Nigel Barrow.\n"
            "The school has apologised after pupils heckled visitors.\n"
            "Parents were told in a letter on Friday.\n"
            "The former politician told reporters the mood was \"hostile\".")
    assert _speaker(_quotes(text), "hostile") != "Nigel Barrow"


def test_a_name_in_apposition_after_a_lower_case_role_phrase_is_the_speaker():
    q = _quotes("Carmaker Zoltan Motors will build a new plant.\n"
                "Its vice president of manufacturing Alan Johnson said: \"We need more space.\"")
    assert _speaker(q, "We need") == "Alan Johnson"


def test_a_name_after_the_preposition_of_a_role_phrase_is_not_the_speaker():
    # "a spokesman for Alan Johnson" is the spokesman, "a source close to" a source
    q = _quotes("Prices rose, a spokesman for Alan Johnson said: \"We will see.\"\n\n"
                "A source close to Boris Johnson said: \"He is furious.\"")
    assert _speaker(q, "We will") == "a spokesman for Alan Johnson"
    assert _speaker(q, "He is") == "a source close to Boris Johnson"


def test_a_caption_name_on_a_topic_gives_the_person_not_the_topic():
    q = _quotes("Rachel Reeves on UK economy: \"We will fix the foundations.\"")
    assert _speaker(q, "We will fix") == "Rachel Reeves"
    q = _quotes("Police on the scene: \"Stay away.\"")
    assert _speaker(q, "Stay away") != "Police"
