"""Round 15 (webspk5): quote speakers on US and world web news (issue 13, item 5).

Invented texts. Each rule has a test that fails without it and guards for false friends."""
import warnings

import pandas as pd

import analysis


def _speakers(text):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        q = analysis.extract_quotes(pd.DataFrame({"doc_id": ["d"], "text": [text]}))
    return {x[:20]: s for x, s in zip(q["quote"], q["speaker"])}


# (A) "The Scuderia's president" (an office of a body named in capitals) is a definite role:
# the person it refers to, as "the Ferrari president" would be
def test_possessive_office_of_a_named_body_is_the_person_named_before():
    text = ("Marco Bellandi thinks the Rossoneri can win the title this season.\n\n"
            "The Rossoneri's chairman explained that two new signings would arrive in January.\n\n"
            '"We have a strong squad," he said.')
    assert _speakers(text)["We have a strong squ"] == "Marco Bellandi"


def test_possessive_office_without_the_article():
    text = ("Helen Marsh expects a record year for Vantro.\n\n"
            "Vantro's president told analysts that sales had doubled.\n\n"
            '"Demand is very strong," she said.')
    assert _speakers(text)["Demand is very stron"] == "Helen Marsh"


def test_guard_possessive_source_owned_by_a_person_is_someone_else():
    text = ("Daniel Okafor was injured in the crash on Friday.\n\n"
            "Okafor's mother said the family was shocked.\n\n"
            '"We are praying for him," she said.')
    assert _speakers(text)["We are praying for h"] != "Daniel Okafor"


def test_guard_possessive_spokesman_is_not_the_chief():
    text = ("Helen Marsh runs Vantro, which makes batteries.\n\n"
            "Vantro's spokesman said the plant would close.\n\n"
            '"It is a sad day," he said.')
    assert _speakers(text)["It is a sad day"] != "Helen Marsh"


def test_guard_company_office_without_a_named_body_stays_unnamed():
    text = ("Tom Reyes, a customer, complained about the delay.\n\n"
            "The company's chairman said the delay was regrettable.\n\n"
            '"We are sorry," he said.')
    assert _speakers(text)["We are sorry"] != "Tom Reyes"


# (B) a nationality epithet ("the Czech said") renames the subject of the story, not an opponent
# written only as an object; a person tied to another nationality ("Spain's Pablo Ortega")
# contests nothing
def test_epithet_is_the_subject_not_a_beaten_opponent():
    text = ("PRAGUE (Reuters) - Fatigue cost him the autumn but Marek Dvorsky is ready for the new season.\n\n"
            "The second seed beat Spain's Pablo Ortega 6-1 6-2 on Tuesday, having dismissed first-round "
            "victim Lukas Hofer for the loss of five games.\n\n"
            '"I feel strong," the Czech said.')
    assert _speakers(text)["I feel strong"] == "Marek Dvorsky"


def test_guard_epithet_after_two_people_in_one_sentence_is_still_no_guess():
    text = ("Marek Dvorsky beat Lukas Hofer in straight sets on Sunday.\n\n"
            '"I played my best tennis," the Czech said.')
    assert _speakers(text)["I played my best ten"] not in ("Marek Dvorsky", "Lukas Hofer")


def test_guard_epithet_for_the_last_subject_stays():
    text = ("Marek Dvorsky lost in the first round.\n\n"
            "Lukas Hofer then beat Spain's Pablo Ortega in the final on Sunday.\n\n"
            '"It was a dream week," said the Austrian.')
    assert _speakers(text)["It was a dream week"] == "Lukas Hofer"


# (C) an unattributed quotation paragraph after a narrative paragraph whose last sentence has a
# person talk, answer or hold a view is that person's
def test_bare_quote_paragraph_after_a_person_who_talked():
    text = ('"We were flat," coach Dana Kerr said.\n\n'
            "Lena Ortiz scored twice in the second half to rescue a point.\n\n"
            "After the match Ortiz talked about her first goal at length.\n\n"
            '"It was the best goal of my life. I still cannot believe it."')
    assert _speakers(text)["It was the best goal"] == "Lena Ortiz"


def test_bare_quote_paragraph_after_a_person_asked_who_agreed():
    text = ('"They lifted us," coach Dana Kerr said of the crowd.\n\n'
            "Tom Baxter was asked about the fans and agreed with his coach.\n\n"
            '"I think the noise helped us a lot tonight."')
    assert _speakers(text)["I think the noise he"] == "Tom Baxter"


def test_guard_bare_quote_after_a_person_who_did_not_talk():
    text = ('"We were flat," coach Dana Kerr said.\n\n'
            "Tom Baxter scored twice in the second half.\n\n"
            '"He was brilliant for us."')
    assert _speakers(text)["He was brilliant for"] != "Tom Baxter"


def test_guard_bare_quote_that_names_the_person():
    text = ('"We were flat," coach Dana Kerr said.\n\n'
            "Tom Baxter talked to reporters after the game.\n\n"
            '"Baxter is a great kid and he works hard."')
    assert _speakers(text)["Baxter is a great ki"] != "Tom Baxter"


def test_guard_bare_quote_when_another_person_is_a_later_subject():
    text = ('"We were flat," coach Dana Kerr said.\n\n'
            "Ann Lee watched from the stands as Tom Baxter answered questions.\n\n"
            '"It was a long night for all of us."')
    assert _speakers(text)["It was a long night "] != "Ann Lee"


# (D) after one narrative paragraph in which nobody reports, an unattributed quotation paragraph
# carries on the last speaker (a new speaker would be named)
def test_bare_quote_after_one_narrative_paragraph_is_the_last_speaker():
    text = ('"I feel good," Marek Dvorsky said after his win.\n\n'
            "Next up for Dvorsky is Lukas Hofer, conqueror of the fifth seed.\n\n"
            '"Every match here is dangerous. You cannot relax."')
    assert _speakers(text)["Every match here is "] == "Marek Dvorsky"


def test_guard_bare_quote_naming_the_last_speaker_is_not_theirs():
    text = ('"We were flat," coach Dana Kerr said.\n\n'
            "Tom Baxter scored twice in the second half.\n\n"
            '"Kerr will be angry with us."')
    assert _speakers(text)["Kerr will be angry w"] != "Dana Kerr"


def test_guard_bare_quote_after_two_narrative_paragraphs_is_no_guess():
    text = ('"We were flat," coach Dana Kerr said.\n\n'
            "Tom Baxter scored twice in the second half.\n\n"
            "The crowd of 12,000 was the biggest of the season.\n\n"
            '"It was a long night for all of us."')
    assert _speakers(text)["It was a long night "] != "Dana Kerr"


def test_guard_quote_broken_over_a_line_keeps_no_guess():
    # a quotation left open at a line end that does not go on (a broken line in wire text):
    # its attribution may stand in the next paragraph, so the last speaker is not carried on
    text = ('"Investors are confident," said Park Min-ho, a director of Lucky Securities.\n\n'
            "The market closed lower on Tuesday.\n\n"
            '"I would say the market is flat for now. It is\n\n'
            'very prone to profit-taking," a foreign analyst said.')
    assert _speakers(text)["I would say the mark"] != "Park Min-ho"


def test_guard_quote_with_its_own_attribution_words_is_not_carried_on():
    # '"...," Simz demands': the paragraph attributes its quotation with a verb the extractor
    # does not read; the last speaker is not carried on to it
    text = ('"They do not care," Cara Vance said of the labels.\n\n'
            "Her new single is mellower, full of brass.\n\n"
            '"Name one time I did not deliver," Simz demands.')
    assert _speakers(text)["Name one time I did "] != "Cara Vance"


def test_bare_quote_running_over_two_paragraphs_is_the_last_speaker():
    text = ('"I feel good," Marek Dvorsky said after his win.\n\n'
            "Next up for Dvorsky is Lukas Hofer, conqueror of the fifth seed.\n\n"
            '"Every match here is dangerous, with players from a lot of countries.\n\n'
            '"You cannot relax in the first rounds."')
    assert _speakers(text)["Every match here is "] == "Marek Dvorsky"
