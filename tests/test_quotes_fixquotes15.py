"""Round 15 (fixquotes15): fixes of the quote-speaker findings 1, 2, 3, 4 and 9 of
docs/review15-round15.md. Invented texts: the review's inputs, some of our own, and guards
that the round's intended cases still work."""
import warnings

import pandas as pd

import analysis


def _speakers(text):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        q = analysis.extract_quotes(pd.DataFrame({"doc_id": ["d"], "text": [text]}))
    return {x[:20]: s for x, s in zip(q["quote"], q["speaker"])}


def _none(s):
    return s is None or s != s


# finding 3: a description that names no person ("The second set", "The crowd") does not turn
# the last person of its sentence into a beaten opponent
def test_epithet_after_a_sentence_about_a_set_is_the_person_named_last():
    text = ("Andy Murray looked tired on Monday and dropped his serve twice in the opening set.\n\n"
            "The second set was even worse for him against Novak Djokovic, who won it 6-1.\n\n"
            '"I played my best tennis today," the Serb said.')
    assert _speakers(text)["I played my best ten"] == "Novak Djokovic"


def test_epithet_after_a_sentence_about_the_crowd_is_the_person_named_last():
    text = ("Andy Murray looked tired on Monday and dropped his serve twice in the opening set.\n\n"
            "The crowd then watched Novak Djokovic take the second set 6-1.\n\n"
            '"I played my best tennis today," the Serb said.')
    assert _speakers(text)["I played my best ten"] == "Novak Djokovic"


def test_epithet_after_a_sentence_about_the_match_is_the_person_named_last():
    text = ("Marek Dvorsky started well on Tuesday and broke serve in the first game.\n\n"
            "The match was decided in a tie-break won by Lukas Hofer.\n\n"
            '"I never gave up," the Austrian said.')
    assert _speakers(text)["I never gave up"] == "Lukas Hofer"


def test_guard_epithet_when_the_later_person_is_a_subject():
    text = ("Marek Dvorsky started well on Tuesday and broke serve in the first game.\n\n"
            "The match turned when Lukas Hofer saved three break points in the second set.\n\n"
            '"I never gave up," the Austrian said.')
    assert _speakers(text)["I never gave up"] == "Lukas Hofer"


def test_guard_epithet_after_the_defending_champion_is_the_subject():
    text = ("Fatigue cost him the spring but Marek Dvorsky is ready for the grass season.\n\n"
            "The defending champion beat Spain's Pablo Ortega 6-1 6-2 on Tuesday.\n\n"
            '"I feel strong," the Czech said.')
    assert _speakers(text)["I feel strong"] == "Marek Dvorsky"


# finding 4: a plural role phrase is no referent of "he"
def test_plural_role_phrase_is_not_he():
    text = ('"We were lucky," said Blackburn manager Mark Hughes.\n\n'
            "The Blackburn players thanked the crowd after the match.\n\n"
            '"They carried us," he said.')
    assert _speakers(text)["They carried us"] == "Mark Hughes"


def test_guard_singular_role_phrase_is_still_he():
    text = ("The Blackburn manager praised his side after the match.\n\n"
            '"They carried us," he said.')
    assert _speakers(text)["They carried us"] == "the Blackburn manager"


# finding 9: the distant he/she fallback does not count the first word of "Port Talbot" as
# the first word of "Port Talbot Works" written alone
def test_place_word_inside_another_name_gives_no_person():
    text = ("Port Talbot Works employs 4,000 people.\n\n"
            "Workers fear for the future of Port Talbot.\n\n"
            '"Nobody knows what will happen," she said.')
    assert _speakers(text)["Nobody knows what wi"] == "she"


def test_firm_word_inside_another_name_gives_no_person():
    text = ("Green Valley Farms supplies the region with milk.\n\n"
            "The floods hit Green Valley hard last winter.\n\n"
            '"We lost half the herd," he said.')
    assert _speakers(text)["We lost half the her"] == "he"


def test_guard_surname_alone_after_a_sentence_end_still_counts():
    text = ("Frezgi Mebrat arrived in Rome three years ago. Mebrat was placed in a shelter.\n\n"
            "The shelter closed in May.\n\n"
            '"I had nowhere to go," he said.')
    assert _speakers(text)["I had nowhere to go"] == "Frezgi Mebrat"


# finding 1: a narrative paragraph that introduces another person as a subject stops the
# last speaker from being carried on to the bare quotation after it
def test_bare_quote_after_a_new_person_is_introduced_is_not_the_last_speaker():
    text = ('"We played well," coach Dana Kerr said.\n\n'
            "Fans were less happy. Season-ticket holder Mary Brown has followed the club for 30 years.\n\n"
            '"It is a disgrace. They should all be sacked."')
    assert _speakers(text)["It is a disgrace. Th"] != "Dana Kerr"


def test_bare_quote_after_a_furious_supporter_is_not_the_last_speaker():
    text = ('"We played well," coach Dana Kerr said.\n\n'
            "Outside the ground, supporter Mary Brown was furious.\n\n"
            '"It is a disgrace. They should all be sacked."')
    assert _speakers(text)["It is a disgrace. Th"] != "Dana Kerr"


def test_bare_quote_after_a_sentence_opened_by_a_new_name_is_not_the_last_speaker():
    text = ('"The council failed us," resident Anna Berg said.\n\n'
            "Mary Brown lost her home in the fire and still has no answers.\n\n"
            '"Nobody has called me since that night."')
    assert _speakers(text)["Nobody has called me"] != "Anna Berg"


def test_bare_quote_after_a_vice_president_questioned_is_not_the_last_speaker():
    text = ('"The vote must go ahead," party leader Peter Dunn said in parliament.\n\n'
            "Speaking to reporters in Belfast, vice-president Michelle Quinn questioned what the minister had done.\n\n"
            '"He bought time, but I have not seen him since."')
    assert _speakers(text)["He bought time, but "] != "Peter Dunn"


def test_guard_bare_quote_after_the_last_speaker_named_again_is_still_theirs():
    text = ('"I feel good," Marek Dvorsky said after his win.\n\n'
            "Marek Dvorsky has won three titles this year.\n\n"
            '"Every match here is dangerous. You cannot relax."')
    assert _speakers(text)["Every match here is "] == "Marek Dvorsky"


def test_guard_bare_quote_after_a_narrative_paragraph_about_a_body_is_still_theirs():
    text = ('"We will fight on," Marek Dvorsky said after his win.\n\n'
            "The Czech Open starts on Sunday in Prague.\n\n"
            '"Every match here is dangerous. You cannot relax."')
    assert _speakers(text)["Every match here is "] == "Marek Dvorsky"


# finding 2: only a verb of one of the subject's own predicates, not negated, not in a relative
# clause, not a noun further on, counts as the person talking; an interviewer's question is not
# the interviewee's
def test_paragraph_speaker_not_the_first_subject_when_a_later_one_spoke():
    text = ('"We were flat," coach Dana Kerr said.\n\n'
            "Ann Lee watched from the stands as Tom Baxter spoke to reporters.\n\n"
            '"It was a long night for all of us."')
    assert _speakers(text)["It was a long night "] != "Ann Lee"


def test_paragraph_speaker_not_when_talking_is_negated():
    text = ('"We were flat," coach Dana Kerr said.\n\n'
            "Tom Baxter has not spoken publicly since the incident and did not answer calls on Friday.\n\n"
            '"He knows what he has to do."')
    assert _speakers(text)["He knows what he has"] != "Tom Baxter"


def test_paragraph_speaker_not_from_a_relative_clause():
    text = ('"We were flat," coach Dana Kerr said.\n\n'
            "Tom Baxter, who rarely speaks to the media, missed training on Friday.\n\n"
            '"He has a knee problem."')
    assert _speakers(text)["He has a knee proble"] != "Tom Baxter"


def test_paragraph_speaker_not_from_a_noun():
    text = ('"We hope for progress," foreign minister Anna Berg said on Sunday.\n\n'
            "John Hart arrived late for the peace talks in Geneva on Monday.\n\n"
            '"The gap between us is still very wide."')
    assert _speakers(text)["The gap between us i"] != "John Hart"


def test_paragraph_speaker_not_from_agreed_to_a_deed():
    text = ('"We will fight this," council leader Anna Berg said.\n\n'
            "On Monday John Hart agreed to publish the letter he had received from the ministry.\n\n"
            '"The department regrets that funding cannot be renewed."')
    assert _speakers(text)["The department regre"] != "John Hart"


def test_interviewer_question_is_not_the_interviewee():
    text = ('"We will rebuild," Prime Minister John Hart said on Monday.\n\n'
            "Hart spoke to the BBC's Laura Kuenssberg on Sunday.\n\n"
            '"Do you regret calling the election?"\n\n'
            '"No. I would do it again."')
    assert _speakers(text)["Do you regret callin"] != "John Hart"


def test_guard_paragraph_speaker_who_later_spoke():
    text = ('"We were flat," coach Dana Kerr said.\n\n'
            "Tom Baxter, 24, later talked to reporters about his injury.\n\n"
            '"I will be back in two weeks."')
    assert _speakers(text)["I will be back in tw"] == "Tom Baxter"


def test_guard_paragraph_speaker_in_a_coordinated_predicate():
    text = ('"We were flat," coach Dana Kerr said.\n\n'
            "Tom Baxter missed the game with a knee injury but spoke to reporters afterwards.\n\n"
            '"I will be back in two weeks."')
    assert _speakers(text)["I will be back in tw"] == "Tom Baxter"


def test_guard_question_after_a_person_who_talked_without_a_hearer():
    text = ('"We were flat," coach Dana Kerr said.\n\n'
            "After the match Tom Baxter talked about his future at length.\n\n"
            '"Why would I leave this club?"')
    assert _speakers(text)["Why would I leave th"] == "Tom Baxter"


def test_bare_quote_after_a_new_person_with_an_apostrophe_surname_is_not_the_last_speaker():
    text = ('"The vote must go ahead," party leader Peter Dunn said in parliament.\n\n'
            "In Belfast, vice-president Michelle O'Hara questioned what the minister had done.\n\n"
            '"He bought time, but I have not seen him since."')
    assert _speakers(text)["He bought time, but "] != "Peter Dunn"


def test_bare_quote_after_speaking_to_opener_is_the_subject():
    text = ('"The vote must go ahead," party leader Peter Dunn said in parliament.\n\n'
            "Speaking to reporters in Belfast, vice-president Michelle O'Hara questioned what the minister had done.\n\n"
            '"He bought time, but I have not seen him since."')
    assert _speakers(text)["He bought time, but "] == "Michelle O'Hara"


def test_guard_bare_quote_after_a_song_title_as_subject_is_still_the_last_speaker():
    text = ('"I wrote it in one night," Marek Dvorsky said of the record.\n\n'
            "Gangsta's Paradise was a stark departure from his first album.\n\n"
            '"I called my label and I played it for them."')
    assert _speakers(text)["I called my label an"] == "Marek Dvorsky"
