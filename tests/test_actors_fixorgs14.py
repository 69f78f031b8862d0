"""Round 14 fix (fixorgs14) of the reader's findings 4 and 6 (docs/reader14-round14.md): a disease's
name with its initials in brackets is no organisation; a league named as a competition ("in the
Cup Winners League", "the X League final") is no organisation; "Copa America" and "South-America"
are not the United States; a role noun right before a country named like a given name makes it a
person ("music producer Jordan"). Texts and names invented for these tests."""
import pandas as pd

from analysis.actors import actor_mentions


def _m(*texts):
    c = pd.DataFrame({"doc_id": [f"d{i}" for i in range(len(texts))], "text": list(texts)})
    return actor_mentions(c)


def _orgs(m):
    return list(m.loc[m["actor_type"].eq("organization"), "text"])


def _states(m):
    return list(zip(m.loc[m["actor_type"].eq("state"), "text"], m.loc[m["actor_type"].eq("state"), "actor"]))


# --- finding 4: diseases with a bracketed acronym -------------------------------------------

def test_disease_with_bracketed_initials_is_no_organisation():
    m = _m("Clinics treating Progressive Lung Scarring Disease (PLSD) face long queues, "
           "nurses said. PLSD cases rose by a third.")
    assert _orgs(m) == []


def test_syndrome_with_bracketed_initials_is_no_organisation():
    m = _m("Parents were told that Restless Sleep Onset Syndrome (RSOS) is rare in babies.")
    assert _orgs(m) == []


def test_guard_body_with_bracketed_initials_stays_an_organisation():
    m = _m("The Tarnfield Lung Health Trust (TLHT) said waiting lists grew. TLHT will hire nurses.")
    assert "Tarnfield Lung Health Trust" in _orgs(m) and "TLHT" in _orgs(m)


def test_guard_disease_charity_stays_an_organisation():
    # a body named after a disease ends in its own head noun ("Society"), not in "Disease"
    m = _m("The Brindle Kidney Disease Society (BKDS) said funding fell.")
    assert "Brindle Kidney Disease Society" in _orgs(m)


# --- finding 4: a league as a competition --------------------------------------------------

def test_league_after_in_the_is_a_competition():
    m = _m("Harwick Rovers lost twice in the Northern Cup Winners League last season.")
    assert not any("League" in o for o in _orgs(m))


def test_league_before_match_noun_is_a_competition():
    m = _m("The Fizzco Cola League match at Dunmore was called off because of snow.")
    assert not any("League" in o for o in _orgs(m))


def test_guard_league_as_a_body_that_speaks():
    m = _m("The Coastal Rugby League said it would fine the club.")
    assert "Coastal Rugby League" in _orgs(m)


def test_guard_league_after_to_the_stays_a_body():
    m = _m("Fans sent a petition to the Coastal Rugby League on Monday.")
    assert "Coastal Rugby League" in _orgs(m)


# --- finding 6: "Copa America", "South-America" -------------------------------------------

def test_copa_america_is_not_the_united_states():
    m = _m("Uruguay beat Chile in the Copa America on Saturday.")
    assert ("America", "United States") not in _states(m)


def test_hyphenated_south_america_is_not_the_united_states():
    m = _m("WC Qualifying South-America: Peru 2 Bolivia 0.")
    assert ("America", "United States") not in _states(m)


def test_guard_america_alone_stays_the_united_states():
    m = _m("Officials in Ottawa said America had raised its tariffs on steel.")
    assert ("America", "United States") in _states(m)


# --- finding 6: a role noun before a country named like a given name -----------------------

def test_role_noun_before_country_named_like_a_given_name_is_a_person():
    m = _m("The pop star thanked her husband, music producer Jordan, at the awards.")
    assert ("Jordan", "Jordan") not in _states(m)


def test_singer_georgia_is_no_country():
    m = _m("The festival closed with a set by folk singer Georgia, who toured all summer.")
    assert ("Georgia", "Georgia") not in _states(m)


def test_guard_relation_noun_keeps_the_country():
    m = _m("Washington praised its regional ally Jordan for hosting the talks.")
    assert ("Jordan", "Jordan") in _states(m)


def test_guard_country_not_named_like_a_person_stays():
    m = _m("The talks were hosted by mediator Qatar and observed by the United Nations.")
    assert any(a == "Qatar" for _, a in _states(m))


# --- finding 6: "The Georgian", a title or one person, is not the people -----------------------

def test_singular_demonym_after_the_in_a_list_of_titles_is_no_state():
    m = _m("Papers in the province: The Harbour Light; The Georgian; The Coast Herald.")
    assert not any(a == "Georgia" for _, a in _states(m))


def test_guard_collective_demonym_after_the_stays_the_state():
    m = _m("Talks stalled because the French refused, diplomats said.")
    assert any(a == "France" for _, a in _states(m))
