"""Speaker attribution on invented news texts (issue 13, round 3): one test per error class
found on the UK-politics dev half and in the issue's list, written as new sentences."""
import pandas as pd
import pytest

import analysis


def _q(text):
    return analysis.extract_quotes(pd.DataFrame({"doc_id": ["d"], "text": [text]}))


def _speaker(q, start):
    row = q[q["quote"].str.startswith(start)]
    assert len(row) == 1, (start, q[["quote", "speaker"]].to_dict("records"))
    s = row["speaker"].iloc[0]
    return None if pd.isna(s) else s


def test_pronoun_never_resolves_to_a_name_without_person_evidence():
    q = _q('Sweet Spoon Bakery opened a new branch on Main Street on Friday.\n"We are thrilled," he said.')
    assert _speaker(q, "We are thrilled") == "he"


def test_pronoun_gender_must_agree_with_the_fallback_name():
    q = _q('Tom Harker spoke to reporters.\n"I have never met Lisa Crane," he said.\n"She is wrong," she said.')
    assert _speaker(q, "I have never met") == "Tom Harker"
    assert _speaker(q, "She is wrong") == "she"     # not Tom Harker, not Lisa Crane (quoted)


@pytest.mark.parametrize("text,first", [
    ('Environmental campaigners have said the council is trying to "greenwash" its record.', "environmental"),
    ('Local residents said the new road was "a disaster".', "local"),
    ('British officials said the plan was "unworkable".', "British"),
])
def test_common_noun_source_is_written_as_unnamed(text, first):
    q = _q(text)
    assert q["speaker"].iloc[0].split()[0] == first
    if first.islower():
        assert analysis.quotes.extract.speaker_kinds(q).iloc[0] == "unnamed source"


def test_a_cue_that_introduces_its_own_quote_does_not_attribute_an_earlier_one():
    q = _q('It has been claimed that the French "pulled the plug" on a draft deal in the summer, '
           'after Anna Loft said the "jury is out" on the matter.')
    assert _speaker(q, "jury is out") == "Anna Loft"
    assert _speaker(q, "pulled the plug") is None


def test_impersonal_passive_report_keeps_the_quote_without_a_speaker():
    q = _q('The deal stalled in May. It was reported that the scheme was "a dead end".')
    assert _speaker(q, "a dead end") is None


def test_caption_line_between_paragraphs_does_not_take_the_next_quote():
    q = _q('Speaking on Saturday, Conor Malley described the delay as "bizarre".\n'
           '"We were as surprised as everyone else," said Mr Malley.\n'
           'Karen Vale denies she made a U-turn about calling an election\n'
           '"We are not certain what is behind it."\n'
           'Mr Malley said his party would meet her.')
    assert _speaker(q, "We are not certain") == "Conor Malley"


def test_definite_role_refers_to_the_most_recent_person():
    q = _q('Conor Malley met officials in Belfast.\nKaren Vale declined to set a date.\n'
           'Speaking on Saturday, Mr Malley described the delay as "bizarre".\n'
           '"We were as surprised as everyone else," said the former finance minister.')
    assert _speaker(q, "We were as surprised") == "Conor Malley"


def test_role_subject_with_relative_clause_sets_the_pronoun_referent():
    q = _q('The council honoured former postmaster Noel Brack on Monday.\n'
           'Councillor Dafydd Rees said the vote was overdue.\n"We owe him this," he said.\n'
           'The former postmaster, who will be 76 on Friday, said he was grateful.\n'
           '"What could I do?" he said.')
    assert _speaker(q, "We owe him this") == "Dafydd Rees"
    assert _speaker(q, "What could I do?") == "Noel Brack"


def test_of_several_people_with_a_title_the_most_recent_one_is_meant():
    q = _q('Housing Minister Ruth Calder said the bill would pass.\n'
           'Transport Minister Ewan Pike resigned in May.\n'
           'Ms Calder said she would not back the amendment.\n'
           'The minister also said the government backed the "principle" of a register.')
    assert _speaker(q, "principle") == "Ruth Calder"


def test_colon_after_a_name_alone_or_a_possessive_statement_noun():
    q = _q('The mayor spoke on Monday about the budget.\nMayor Olga Brenner: "We will not close a single library"\n'
           'She also proposed selling the old depot.')
    assert _speaker(q, "We will not close") == "Olga Brenner"
    q = _q('Rhea Tamsin has delivered her first speech as premier.\nHere is her speech in full:\n'
           '"Good morning.\n"I have just been to the palace.\n"Thank you."')
    assert _speaker(q, "Good morning") == "Rhea Tamsin"
    q = _q('His message was simple: "Stay home."')     # describes the words: no speaker
    assert _speaker(q, "Stay home") is None


def test_definite_institution_is_the_body_named_before():
    q = _q('Anglesey Council voted on Tuesday to honour him.\nThe council said it was "a long delayed vote of thanks".')
    assert _speaker(q, "a long delayed") == "Anglesey Council"
    q = _q('Labour has set out its plans for rail.\nIn a statement, the party said: "We will bring the railways back."')
    assert q["speaker_actor"].iloc[0] == "Labour Party"


def test_a_spokesman_is_not_the_person_he_speaks_for():
    q = _q('Mr Pell denied the claims on Monday.\n"He has done nothing wrong," the spokesman said.')
    assert _speaker(q, "He has done nothing") == "the spokesman"


def test_full_name_in_apposition_beats_a_place():
    q = _q('The MP for Easton, Paul Rudd, told the BBC he was "deeply disappointed".')
    assert _speaker(q, "deeply disappointed") == "Paul Rudd"


def test_given_name_gives_the_gender_of_a_named_speaker():
    q = _q('Gareth Lowe said the talks had failed. His colleague Mary Penn disagreed.\n'
           '"There is still time," she said.\n"I am not so sure," he replied.')
    assert _speaker(q, "There is still time") == "Mary Penn"
    assert _speaker(q, "I am not so sure") == "Gareth Lowe"


def test_role_named_in_the_lead_then_the_person():
    q = _q('An income tax rise must be re-examined, the first minister has said.\n'
           'Mark Dyfed said changes at Westminster "strengthened" the case.\n'
           'In November, the chancellor presented a statement.\n'
           'The first minister said the "changed context" meant a review.')
    assert _speaker(q, "changed context") == "Mark Dyfed"


def test_a_relation_named_by_given_name_alone_is_a_referent():
    q = _q("Ernest's cousin Natasha, who lives in Bristol, said she was \"immensely grateful\".\n"
           '"This is the first thing he could do for himself," she said.')
    assert _speaker(q, "This is the first thing") == "Natasha"


def test_attribution_in_the_quotes_own_sentence_beats_the_sentence_before():
    q = _q('The Kremlin has accused investigators of bias. "Elementary logic" shows the damage was not '
           'in Moscow\'s interest, presidential spokesman Pavel Dorn said.')
    assert _speaker(q, "Elementary logic") == "Pavel Dorn"
    q = _q('Mia Holt said she was heartened by the vote. "But one vote is not enough."')
    assert _speaker(q, "But one vote") == "Mia Holt"


def test_the_company_is_the_company_named_before():
    q = _q('Other firms have left too. Microsoft had already stopped sales there.\n'
           '"We have made the decision to leave," the company said in a statement.')
    assert _speaker(q, "We have made the decision") == "Microsoft"
