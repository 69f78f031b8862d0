"""Issue 13, round 8: person names at the start of a sentence (invented texts).

A sentence-initial word ending in "-ly" is taken for an adverb ("Separately, ...") unless it is
a known given name ("Emily", "Holly", "Kelly"); a capitalised common noun that opens a sentence
and that the text also writes in lower case ("Owner", "Campaigner", "Performer") does not make
the name after it part of a longer capitalised phrase. Both used to lose the full name, so
every later "Ms Barley" / "Mr Tang" stayed unresolved.
"""

from analysis import actor_mentions
from conftest import build_corpus


def _people(m):
    return set(m.loc[m["actor_type"] == "person", "actor"])


def test_a_given_name_ending_in_ly_opens_a_sentence():
    m = actor_mentions(build_corpus(
        "Emily Varnow, 33, from Lanchester, said the ward was short of staff.\n"
        "Ms Varnow said she had complained twice. Holly Brenton agreed."))
    people = _people(m)
    assert {"Emily Varnow", "Holly Brenton"} <= people, m[["text", "actor"]]
    surname = m[m["text"] == "Varnow"]
    assert len(surname) == 1 and surname["actor"].iloc[0] == "Emily Varnow", m[["text", "actor"]]


def test_an_ly_adverb_opening_a_sentence_is_still_no_name():
    m = actor_mentions(build_corpus(
        "Separately, Sandra Okafor resigned. Similarly, the board stayed silent. "
        "Finally Tarrow Mills closed."))
    people = _people(m)
    assert "Sandra Okafor" in people, m
    assert not any(p.startswith(("Separately", "Similarly", "Finally")) for p in people), people


def test_a_common_noun_opening_a_sentence_before_a_name():
    m = actor_mentions(build_corpus(
        "A cafe in Dunmore was hit with a huge bill.\n"
        "Owner Martin Kessiter's quarterly bill usually amounts to about 1,000 pounds.\n"
        "Mr Kessiter said he might close. He has been the owner for 18 years.\n"
        "Campaigner Barbara Quillon has been pushing for change. She said the campaigner's "
        "work was not over."))
    people = _people(m)
    assert {"Martin Kessiter", "Barbara Quillon"} <= people, m[["text", "actor"]]
    assert set(m.loc[m["text"] == "Kessiter", "actor"]) == {"Martin Kessiter"}, m[["text", "actor"]]


def test_a_capitalised_phrase_before_a_name_still_blocks_it():
    # "Market" opens the sentence and is written in lower case later, but "Traders" is no
    # known given name: no person "Traders Union"
    m = actor_mentions(build_corpus("Market Traders Union said no. The market fell."))
    assert not any("Traders" in p for p in _people(m)), m


def test_a_demonym_as_a_surname_with_a_person_cue():
    m = actor_mentions(build_corpus(
        "Prices will keep rising, said Ivo French, chief economist at Calder Partners.\n"
        "Tomas Finn said the forecast was too gloomy. British exporters disagreed."))
    people = _people(m)
    assert {"Ivo French", "Tomas Finn"} <= people, m[["text", "actor", "actor_type"]]
    states = set(m.loc[m["actor_type"] == "state", "text"])
    assert "British" in states and "French" not in states, m[["text", "actor", "actor_type"]]


def test_a_demonym_after_a_given_name_without_a_cue_stays_a_demonym():
    m = actor_mentions(build_corpus("Will French farmers cope with the drought?"))
    assert not _people(m), m


def test_a_surname_that_is_also_a_title_word_with_a_person_cue():
    m = actor_mentions(build_corpus(
        "Director of public health Nadia White said the outbreak was under control.\n"
        "Ms White added that testing would continue. The decision was welcomed, said Oskar Major."))
    people = _people(m)
    assert {"Nadia White", "Oskar Major"} <= people, m[["text", "actor", "actor_type"]]
    assert set(m.loc[m["text"] == "White", "actor"]) == {"Nadia White"}, m[["text", "actor"]]


def test_a_given_name_before_an_organisation_head_is_no_person():
    m = actor_mentions(build_corpus("Royal Mail said deliveries would resume. Grace Hospital said no."))
    assert not _people(m), m


def test_a_possessive_ends_a_name_before_capitalised_words():
    m = actor_mentions(build_corpus(
        "The vote came months after Dora Kellaway's Labour landslide. He quit over Ivan "
        "Morrow's EU deal. Union RMT's Colm Tierney said the strike would go ahead."))
    people = _people(m)
    assert {"Dora Kellaway", "Ivan Morrow", "Colm Tierney"} <= people, m[["text", "actor", "actor_type"]]


def test_a_country_possessive_inside_a_name_is_no_person():
    m = actor_mentions(build_corpus("Campaigners from Save Britain's Heritage urged a rethink."))
    assert not any("Britain" in p for p in _people(m)), m


def test_a_spokesperson_for_a_name_makes_an_organisation():
    m = actor_mentions(build_corpus(
        "A spokesperson for Brindlecraft said the stores would stay open. Brindlecraft has 90 shops."))
    orgs = m.loc[m["actor_type"] == "organization", "text"].tolist()
    assert orgs.count("Brindlecraft") == 2, m[["text", "actor", "actor_type"]]


def test_a_spokesperson_for_a_person_is_no_organisation():
    m = actor_mentions(build_corpus(
        "Greta Hallam resigned on Monday. A spokeswoman for Hallam said she was tired. "
        "A spokesman for Prime Minister Olaf Brenner declined to comment. "
        "A spokesman for Mr Tarrant said no."))
    assert not set(m.loc[m["actor_type"] == "organization", "text"]), m[["text", "actor", "actor_type"]]
    assert {"Greta Hallam", "Olaf Brenner"} <= _people(m), m[["text", "actor", "actor_type"]]


def test_a_post_nominal_used_as_a_job_noun_before_a_name():
    m = actor_mentions(build_corpus(
        "The council's KC Ruth Dallimore said the case had nothing to do with it. "
        "For Women Tayside's KC Aidan Corrie argued otherwise."))
    assert {"Ruth Dallimore", "Aidan Corrie"} <= _people(m), m[["text", "actor", "actor_type"]]


def test_a_name_after_a_titles_portfolio():
    m = actor_mentions(build_corpus(
        "Deputy Minister for Climate Change Rhodri Penhallow added: \"This urgent work is "
        "being done.\" Mr Penhallow said more was needed."))
    assert "Rhodri Penhallow" in _people(m), m[["text", "actor", "actor_type"]]
    assert set(m.loc[m["text"] == "Penhallow", "actor"]) == {"Rhodri Penhallow"}, m[["text", "actor"]]
