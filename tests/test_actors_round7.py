"""Issue 13, round 7: organisation heads for institutions, and "Person of Organisation" (invented texts).

A capitalised name ending in an institution head of ``org_heads_institutions.txt`` (Post,
Press, Records, United, Museum, Theatre, Hospital ...) is an organisation, also before another
head ("Post Office"). A run "Given
Surname of Name Head" is a person and an organisation, not one organisation. A person's name
found elsewhere is not made an organisation because a hospital or foundation is named after
the person, and a capitalised preposition or opener ("At", "But") is no part of a name.
"""

from analysis import actor_mentions
from analysis import lexicons as lex
from conftest import build_corpus


def _orgs(m):
    return set(m.loc[m["actor_type"] == "organization", "actor"])


def _people(m):
    return set(m.loc[m["actor_type"] == "person", "actor"])


def test_institution_heads_make_organisations():
    m = actor_mentions(build_corpus(
        "The Harbour Town Post reported the closure. Fenwick Records signed the band, and "
        "Castlebridge United lost again. The Mardale Museum and the Lyric Theatre reopened, "
        "while Westmoor Hospital said beds were short. The Post Office apologised."))
    orgs = _orgs(m)
    for name in ("Harbour Town Post", "Fenwick Records", "Castlebridge United", "Mardale Museum",
                 "Lyric Theatre", "Westmoor Hospital", "Post Office"):
        assert name in orgs, (name, m[["text", "actor", "actor_type"]])


def test_generic_heads_alone_stay_no_name():
    m = actor_mentions(build_corpus("The Police Department said the Chief Executive had resigned."))
    assert not _orgs(m) & {"Police Department", "Chief Executive"}, m


def test_person_of_organisation_is_split():
    m = actor_mentions(build_corpus(
        "Professor Jane Okafor of Harvard University said so. "
        "Paul Smith of Gwent Police said the road was closed."))
    assert {"Harvard University", "Gwent Police"} <= _orgs(m), m
    assert {"Jane Okafor", "Paul Smith"} <= _people(m), m
    assert not any(" of " in a for a in _orgs(m) if a.startswith(("Jane", "Paul", "Professor"))), m


def test_place_of_place_organisations_are_kept_whole():
    m = actor_mentions(build_corpus(
        "The City of London Police said so. Isle of Anglesey County Council agreed."))
    assert {"City of London Police", "Isle of Anglesey County Council"} <= _orgs(m), m


def test_eponymous_hospital_does_not_turn_the_person_into_it():
    m = actor_mentions(build_corpus(
        "Patients at the Mary Seacole Hospital waited for hours, managers said.",
        "A statue of Mary Seacole was unveiled in the town on Monday.",
    ))
    seacole = m[m["text"] == "Mary Seacole"]
    assert not seacole.empty, m
    assert set(seacole["actor_type"]) == {"person"}, seacole


def test_capitalised_opener_is_no_part_of_an_organisation():
    m = actor_mentions(build_corpus(
        "At Airedale Hospital, nurses went on strike. But Bournemouth Indoor Bowls Club stayed open."))
    orgs = _orgs(m)
    assert {"Airedale Hospital", "Bournemouth Indoor Bowls Club"} <= orgs, m
    assert not any(a.startswith(("At ", "But ")) for a in orgs), orgs


def test_institution_heads_are_a_data_file():
    words = lex.word_list("org_heads_institutions.txt")
    assert {"post", "press", "hospital", "museum", "united"} <= set(words)
    assert not {"park", "stadium", "festival", "games"} & set(words)
    assert "hospital" in lex.word_list("eponymous_org_heads.txt")
