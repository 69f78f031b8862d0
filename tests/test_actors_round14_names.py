"""Issue 13, round 14 (names2): person and country mentions in sports, entertainment and short
items - a club's short name, a title that fits no full name of the document, a US state named
like a country, a country named like a person's surname, a two-word name confirmed by its
surname speaking alone. Texts and names invented for these tests."""
import pandas as pd

from analysis.actors import actor_mentions


def _m(*texts):
    c = pd.DataFrame({"doc_id": [f"d{i}" for i in range(len(texts))], "text": list(texts)})
    return actor_mentions(c)


def _persons(m, doc="d0"):
    p = m[m["actor_type"].eq("person") & m["doc_id"].eq(doc)]
    return list(zip(p["text"], p["actor"]))


def _countries(m, doc="d0"):
    return m[m["actor_type"].eq("state") & m["doc_id"].eq(doc)]["text"].tolist()


# ---- a word of a longer name in the document is that name's short form ----------------------

def test_a_clubs_short_name_is_not_a_person_of_another_document():
    m = _m("Borlane Vista beat Hallam Town 2-1. Vista scored twice after the break.",
           "Striker Enzo Vista scored twice. Vista said he was tired.")
    assert _persons(m, "d0") == []


def test_guard_a_lone_surname_still_links_to_the_corpus_full_name():
    m = _m("Striker Enzo Vista scored twice. Vista said he was tired.",
           "Hallam won 2-0 as Vista scored twice, the coach said.")
    assert _persons(m, "d1") == [("Vista", "Enzo Vista")]


def test_guard_the_same_two_word_name_in_the_document_still_links():
    # the document's own "Renko Valtari" is the corpus's person: the surname links to him
    m = _m("Renko Valtari visited the plant. Valtari spoke later.",
           "Renko Valtari said he would visit the plant.")
    assert ("Valtari", "Renko Valtari") in _persons(m, "d0")


# ---- an office title before a surname must fit the full name --------------------------------

def test_a_presidential_title_does_not_pick_a_same_surname_senator():
    m = _m("Sen. Marla Quenby campaigned in Ohio. President Quenby said he would help her.")
    got = dict((t, a) for t, a in _persons(m))
    assert got["Quenby"] != "Marla Quenby"
    assert got["Quenby"] == "President Quenby"


def test_a_title_with_no_role_for_the_full_name_stays_unresolved():
    m = _m("Marla Quenby campaigned in Ohio. President Quenby said he would help her.")
    assert ("Quenby", "Marla Quenby") not in _persons(m)


def test_guard_the_same_office_resolves():
    m = _m("President Dorian Quenby spoke in Ohio. President Quenby said he would help.")
    assert _persons(m) == [("Dorian Quenby", "Dorian Quenby"), ("Quenby", "Dorian Quenby")]


def test_guard_an_abbreviated_title_and_an_appositive_office_resolve():
    m = _m("Sen. Marla Quenby spoke. Senator Quenby left.",
           "Dorian Quenby, the former president, spoke. President Quenby said he would help.")
    assert _persons(m, "d0")[-1] == ("Quenby", "Marla Quenby")
    assert _persons(m, "d1")[-1] == ("Quenby", "Dorian Quenby")


def test_guard_an_honorific_is_no_office():
    m = _m("Dorian Quenby spoke. Mr Quenby left.")
    assert _persons(m)[-1] == ("Quenby", "Dorian Quenby")


# ---- a US state named like a country ---------------------------------------------------------

def test_georgia_with_us_state_signs_is_no_country():
    m = _m("ATHENS, Ga. - Georgia beat Auburn 24-6 on Saturday. Georgia led from the start.",
           "Storms swept across Georgia and Alabama on Monday.",
           "The University of Georgia said Georgia would cut fees.",
           "Georgia beat Florida 31-24 on Saturday in Jacksonville, Fla.")
    for doc in ("d0", "d1", "d2", "d3"):
        assert "Georgia" not in _countries(m, doc), doc


def test_georgia_as_a_college_team_or_a_us_state_in_a_list_is_no_country():
    m = _m("Dane Holloway ran for 130 yards to lead eighth-ranked Georgia to a rout.",
           "Snow fell across Virginia, the Carolinas, Georgia and northern Alabama.",
           "A Georgia school board is in court this week.",
           "Asked about the nominee, the Georgia Democrat shot back.")
    for doc in ("d0", "d1", "d2", "d3"):
        assert "Georgia" not in _countries(m, doc), doc


def test_guard_georgia_beside_a_country_or_washington_stays_a_country():
    m = _m("Armenia came second and Georgia third in the contest.",
           "Russia accused Georgia and Washington of stoking the conflict.")
    assert "Georgia" in _countries(m, "d0")
    assert "Georgia" in _countries(m, "d1")


def test_guard_georgia_with_the_countrys_signs_stays_a_country():
    m = _m("Georgia said it would not yield to Russia.",
           "Protesters in Tbilisi said Georgia must join the EU.",
           "Georgian troops left Atlanta, Georgia, after training, and Georgia thanked the US.")
    for doc in ("d0", "d1", "d2"):
        assert "Georgia" in _countries(m, doc), doc


# ---- a country named like a person's surname --------------------------------------------------

def test_a_country_name_after_a_persons_full_name_is_the_person():
    m = _m("Marcus Jordan scored 40 points. Jordan said the team played well.")
    assert _persons(m) == [("Marcus Jordan", "Marcus Jordan"), ("Jordan", "Marcus Jordan")]
    assert _countries(m) == []


def test_guard_the_country_with_its_demonym_or_after_a_place_preposition_stays():
    m = _m("Marcus Jordan met Jordanian officials. Jordan said it welcomed him.",
           "Marcus Jordan flew to Jordan on Monday.")
    assert "Jordan" in _countries(m, "d0")
    assert "Jordan" in _countries(m, "d1")


# ---- a surname speaking alone confirms the two-word name -------------------------------------

def test_a_surname_speaking_alone_makes_the_two_word_name_a_person():
    m = _m("Lindiwe Mokoena opened the clinic. Mokoena told reporters she was proud.")
    assert _persons(m) == [("Lindiwe Mokoena", "Lindiwe Mokoena"), ("Mokoena", "Lindiwe Mokoena")]


def test_guard_a_club_speaking_alone_is_no_person():
    m = _m("Brenford Rovers beat Hallam Town. Rovers said the fee was undisclosed.")
    assert _persons(m) == []
