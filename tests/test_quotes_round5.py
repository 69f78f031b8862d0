"""Speaker attribution on invented news texts (issue 13, round 5): classes of error found on
batch 3a of the fresh MasakhaNEWS speaker labels (benchmarks/bench_fresh_speakers.py), each
written here as new sentences."""
import pandas as pd

import analysis


def _q(text):
    return analysis.extract_quotes(pd.DataFrame({"doc_id": ["d"], "text": [text]}))


def _speaker(q, start):
    row = q[q["quote"].str.startswith(start)]
    assert len(row) == 1, (start, q[["quote", "speaker"]].to_dict("records"))
    s = row["speaker"].iloc[0]
    return None if pd.isna(s) else s


def test_a_speech_act_in_the_paragraph_before_names_the_next_he():
    # an earlier speaker (Hollis) does not keep "he" when the paragraph just before has
    # another man as the subject of a speech act, after an introductory phrase
    q = _q('Judge Ben Hollis wrote that the ruling was "settled law".\n'
           'Nadia Brook says the change is "long overdue".\n'
           'At a reception at the town hall on Friday, Mr Peter Dorn thanked the volunteers.\n'
           '"We could not have done it without you," he said.')
    assert _speaker(q, "We could not") == "Peter Dorn"


def test_a_non_speech_paragraph_about_a_new_man_names_the_next_he():
    # round 5 kept the earlier speaker when the man in the paragraph before only acts
    # ("missed training"). Round 10 (docs/issue13-round10-speakers.md) reverses it: on 1,301
    # unlabelled MasakhaNEWS articles, taking the subject of a narrative paragraph (gender
    # known, quoting nobody) changed 63 speakers, none from right to wrong. A woman there
    # still leaves "he" to the earlier speaker.
    q = _q('Coach Ivo Marsh told reporters the squad was tired.\n'
           'On Thursday, Winger Tom Reyes missed training.\n'
           '"We play too often," he said.')
    assert _speaker(q, "We play too") == "Tom Reyes"
    q = _q('Coach Ivo Marsh told reporters the squad was tired.\n'
           'On Thursday, Winger Anna Reyes missed training.\n'
           '"We play too often," he said.')
    assert _speaker(q, "We play too") == "Ivo Marsh"


def test_an_organisation_spelled_out_before_a_bracketed_acronym():
    # the full name, not its tail ("Grid Operator"), and "it" after the acronym opens a sentence
    q = _q('In a statement, the Northern Power Grid Operator (Npgo) said it had "restored '
           'supply to most homes".\n'
           'On Monday, Npgo cut prices for a week.\n'
           'It also asked customers to "use less power at night".')
    assert _speaker(q, "restored supply") == "Northern Power Grid Operator"
    assert _speaker(q, "use less power") == "Northern Power Grid Operator"


def test_an_institution_name_keeps_its_opening_demonym():
    # "Canadian" opens the institution's name; it is not a title before a person
    q = _q('The Canadian Seed Commission said the harvest was "better than feared".')
    assert _speaker(q, "better than feared") == "Canadian Seed Commission"


def test_one_word_of_the_name_is_an_organisation():
    q = _q('The plan was welcomed by walkers, with Keepers of the Moor describing it as a '
           '"long awaited step".')
    assert _speaker(q, "long awaited") == "Keepers of the Moor"
    # a person "of the" organisation stays the person
    q = _q('Nadia Brook of the Seed Council said it was "a fair deal".')
    assert _speaker(q, "a fair deal") == "Nadia Brook"


def test_the_subject_of_a_verb_coordinated_with_the_cue():
    q = _q('Mr Tolland again agreed and said: "I should have asked sooner."\n'
           '"It was a hard year."\n'
           'Jo Pike stood up and told the court: "I did nothing wrong."')
    assert _speaker(q, "I should have") == "Tolland"
    assert _speaker(q, "It was a hard") == "Tolland"     # the quote continued next paragraph
    assert _speaker(q, "I did nothing") == "Jo Pike"
    q = _q('The minister nodded and said: "We will see."')
    assert _speaker(q, "We will see") == "the minister"


def test_a_stray_comma_between_a_named_subject_and_the_cue():
    q = _q('Motoring group spokesman Alan Breck, said: "Drivers need help now."')
    assert _speaker(q, "Drivers need") == "Alan Breck"
    # a comma that closes a longer phrase after a colon is not such a subject
    q = _q('Ms Vane, 80, and the author of the memoir Songs: A Grand Master, says "it was lost" there.')
    assert not any("Master" in str(x) for x in q["speaker"])


def test_an_epithet_for_the_person_named_before():
    q = _q('Elena Marsh says parody accounts will be closed.\n'
           'On Friday, the billionaire said the firm was losing money, insisting this left her '
           '"no other way".')
    assert _speaker(q, "no other way") == "Elena Marsh"
    # an indefinite epithet is an unnamed source, not the last person
    q = _q('Elena Marsh opened the hall. A veteran said it was "a shame".')
    assert _speaker(q, "a shame") == "a veteran"


def test_it_after_an_organisation_named_mid_sentence():
    q = _q('The questions from the Harbour Traders Working Group suggest the plan is unclear.\n'
           'It has called for talks, warning of "delay and confusion".')
    assert _speaker(q, "delay and") == "Harbour Traders Working Group"
    # no organisation nearby: "it" stays unresolved, never a person
    q = _q('Ann Lowe bought the shop in May.\nIt said on its website it was "open again".')
    assert _speaker(q, "open again") in (None, "it")


def test_a_described_body_is_the_organisation_named_before():
    q = _q('The Global Seed Organization (GSO) has asked Ruritania for data.\n'
           'GSO officials say they want more.\n'
           'Several countries now test travellers.\n'
           'In a statement after the talks the UN seed agency said: "We asked again for data."')
    assert _speaker(q, "We asked again") == "Global Seed Organization"
    q = _q('The Global Seed Organization (GSO) said: "We asked for data."\n'
           'The agency says it is "glad to help".\n'
           'Nadia Brook said: "Nothing was shared."\n'
           'The council said the delay was "regrettable".')
    assert _speaker(q, "glad to help") == "Global Seed Organization"
    # another speaker since: "the council" is not the organisation that spoke before
    assert _speaker(q, "regrettable") != "Global Seed Organization"


def test_a_report_inside_a_named_speakers_report_is_the_outer_speakers():
    q = _q('Audit chairman Noor Patel said the committee accepted its part in "keeping the office '
           'independent".\n'
           'Board chair Ann Lowe said that the council admitted it had been "too slow".')
    assert _speaker(q, "keeping the office") == "Noor Patel"
    assert _speaker(q, "too slow") == "Ann Lowe"
    # a named person inside the report keeps the quote; an organisation outside nests nothing
    q = _q('Ann Lowe said Tom Reyes told her it was "a shambles".')
    assert _speaker(q, "a shambles") == "Tom Reyes"


def test_a_party_role_goes_to_the_person_whose_speech_act_opens_the_story():
    q = _q('Sir Ralph Ember has called on Ann Lowe to refuse a payment of £100,000 a year.\n'
           'Ann Lowe resigned on Thursday after 45 days in the job.\n'
           'But the Green leader said she had "not earned the right" to the money.')
    assert _speaker(q, "not earned") == "Ralph Ember"
    # the lead's subject did no speech act: the role goes to the person named last, as before
    q = _q('Sir Ralph Ember visited the port on Monday.\n'
           'Ann Lowe resigned on Thursday.\n'
           'The Green leader said it was "a sad day".')
    assert _speaker(q, "a sad day") == "Ann Lowe"


def test_a_role_phrase_with_a_name_in_apposition():
    q = _q('Counsel for the panel, Ruth Okafor KC, said it wanted "a clearer picture".\n'
           'Mr Haynes told the panel he was "a colleague".\n'
           'Counsel for the panel spoke about staffing, saying "the resources are thin". '
           'Mr Haynes agreed.')
    assert _speaker(q, "a clearer picture") == "Ruth Okafor"
    assert _speaker(q, "the resources are thin") == "Ruth Okafor"


def test_a_role_word_glued_before_a_name_is_not_part_of_the_speaker():
    # a hyphenated word ending in lower case, or a role noun, before a given name and a surname
    # is the person's role: the speaker is the name, as actor_mentions already counts it
    q = _q('Vote-winner Dominic Okafor said: "We will take the seat."\n'
           '"It is over," said Ex-manager Ruth Haynes.\n'
           'Broadcaster Sian Lowe said: "The danger came from the traffic."')
    assert _speaker(q, "We will take") == "Dominic Okafor"
    assert _speaker(q, "It is over") == "Ruth Haynes"
    assert _speaker(q, "The danger") == "Sian Lowe"
    # a hyphenated surname and a hyphenated given name stay whole
    q = _q('Janet Finch-Lowe said: "It is a crisis."\nJean-Pierre Dupont said: "Non, merci."')
    assert _speaker(q, "It is a crisis") == "Janet Finch-Lowe"
    assert _speaker(q, "Non, merci") == "Jean-Pierre Dupont"
