"""Issue 13, round 16 (webment5): organisation mentions with no listed name: a ministry or
department named by its portfolio, and an acronym that an officer's title or "a delegation of"
marks as a body. Texts written for these tests."""
import pandas as pd

from analysis.actors import actor_mentions


def _m(*texts):
    c = pd.DataFrame({"doc_id": [f"d{i}" for i in range(len(texts))], "text": list(texts)})
    return actor_mentions(c)


def _orgs(m):
    return m[m["actor_type"].eq("organization")]["text"].tolist()


# ---- a ministry or department named by its portfolio -----------------------------------------

def test_a_ministry_named_by_its_portfolio_is_an_organisation():
    m = _m("The Turkish Foreign Ministry said on Monday that talks would resume.",
           "A spokesman at the Interior Ministry denied the report.",
           "The Justice Department sued the bank on Friday.")
    assert _orgs(m) == ["Foreign Ministry", "Interior Ministry", "Justice Department"]


def test_a_rank_or_a_title_makes_no_portfolio_body():
    # guards: a rank is no portfolio, a title before a person stays a title, "Police Department"
    # alone is left as before, lower case is no name
    m = _m("The Deputy Ministry was never set up, said Deputy Foreign Minister Ari Tamsin.",
           "The Police Department said nothing. The foreign ministry said more.")
    assert _orgs(m) == []


# ---- an acronym marked as a body by its officers or a delegation ---------------------------

def test_an_acronym_before_an_officers_title_is_an_organisation_in_the_whole_story():
    m = _m("The minister received from KPVC President Ramon Delgado the resolution. Later the KPVC "
           "said it was pleased.",
           "TLDF’s acting president Aurelio Santos met the minister. The TLDF wants the zones scrapped.")
    assert _orgs(m) == ["KPVC", "KPVC", "TLDF", "TLDF"]


def test_a_delegation_of_an_acronym_is_an_organisation():
    m = _m("A delegation of the GSMP led by Ana Ruiz met the governor. Both the GSMP and the unions "
           "want a new policy.")
    assert _orgs(m) == ["GSMP", "GSMP"]


def test_no_body_from_a_title_acronym_a_country_or_a_job_acronym():
    # guards: "US President", "CEO President", "IT Director", "a delegation of the US"
    m = _m("US President Dana Whitlow spoke first. CEO President Lars Ekdahl spoke next.",
           "IT Director Bob Harlan said the network was down. A delegation of the US arrived.")
    assert _orgs(m) == []


# ---- a title and a person's name joined by "and" to a body -----------------------------------

def test_a_titled_person_and_a_council_are_two_mentions():
    m = _m("The plan was backed by Mayor of London Sadiq Khan and Westminster City Council on Monday.")
    assert _orgs(m) == ["Westminster City Council"]
    assert "Sadiq Khan" in m[m["actor_type"].eq("person")]["text"].tolist()


def test_a_firm_named_with_and_keeps_its_names():
    # guard: no title before the names
    m = _m("The soap was made by Tolley and Brandt Company in May.")
    assert _orgs(m) == ["Tolley and Brandt Company"]


# ---- "St." opens a name ------------------------------------------------------------------------

def test_st_with_a_full_stop_opens_a_team_name():
    m = _m("The St. Louis Cardinals beat the Cubs on Sunday.", "Fans of the St. Louis Rams cheered.")
    assert _orgs(m) == ["St. Louis Cardinals", "St. Louis Rams"]


def test_street_abbreviation_ends_a_sentence():
    # guard: "St." after a capitalised word is "Street" and may end the sentence
    m = _m("He lives on Main St. Police Scotland said he was out.")
    assert _orgs(m) == ["Police Scotland"]


def test_a_saint_place_before_a_kind_noun_is_no_body():
    # guard: "a St. Louis company" names the company's city, not a body
    m = _m("She worked first for Kellam Chemicals, a St. Louis company that makes herbicides.")
    assert "St. Louis" not in _orgs(m)


# ---- a newspaper told by its masthead word --------------------------------------------------

def test_a_masthead_word_after_told_is_a_newspaper():
    m = _m("Kamat told Herald that the zones would go. Later he told Herald again.",
           "His widow told the Sun: \"He was a wonderful man.\"")
    assert _orgs(m) == ["Herald", "Herald", "Sun"]


def test_told_a_person_or_a_lower_case_word_is_no_newspaper():
    # guards: a person's name with a masthead word in it, a common noun, another capitalised word
    m = _m("He told Sun Li that it was over. She told the post office nothing. They told Star Wars fans.")
    assert _orgs(m) == []


# ---- a state's acronym before a listed body; Canadian football clubs ------------------------

def test_a_state_acronym_before_a_listed_body_leaves_the_body_a_mention():
    m = _m("Investors watched the US Fed closely, and the US Federal Reserve chairman spoke.")
    assert _orgs(m) == ["Fed", "Federal Reserve"]


def test_a_listed_body_inside_a_longer_name_stays_out():
    # guard: a capitalised word that is no state's acronym still makes a longer name
    m = _m("The Kellam Federal Reserve Fund fell.")
    assert "Federal Reserve" not in _orgs(m)


def test_canadian_football_clubs():
    m = _m("The Winnipeg Blue Bombers beat the Montreal Alouettes. The Blue Bombers play again soon.")
    assert _orgs(m) == ["Winnipeg Blue Bombers", "Montreal Alouettes", "Blue Bombers"]


# ---- two bodies joined by a hyphen ----------------------------------------------------------

def test_two_bodies_joined_by_a_hyphen_are_two_mentions():
    m = _m("The latest Kellam Post-ABC News poll shows a tie.")
    assert _orgs(m) == ["Kellam Post", "ABC News"]


def test_a_hyphenated_masthead_stays_one_name():
    # guard: the part after the hyphen is a head itself ("Post-Gazette", "Star-Times")
    m = _m("The Pittsburgh Post-Gazette reported it. So did the Sunday Star-Times.")
    assert _orgs(m) == ["Pittsburgh Post-Gazette", "Sunday Star-Times"]
