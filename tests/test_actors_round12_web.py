"""Round 12 (issue 13, webment): person, country and organisation mentions in US/world web news.
Invented text only."""
import pandas as pd

from analysis.actors.mentions import actor_mentions


def _m(*texts):
    c = pd.DataFrame({"doc_id": [f"d{i}" for i in range(len(texts))], "text": list(texts)})
    return actor_mentions(c)


def _rows(m, doc="d0"):
    return [(r.text, r.actor, r.actor_type) for r in m[m["doc_id"] == doc].itertuples()]


# a surname used as a modifier after "the" ("the Negroponte mission") names the person
def test_surname_as_modifier_after_the_is_the_person():
    m = _m("Envoy Mark Tolley met Ann Brisco on Monday. Officials praised the Tolley mission, "
           "and the Brisco administration welcomed the Tolley plan.")
    people = [(t, a) for t, a, k in _rows(m) if k == "person"]
    assert people == [("Mark Tolley", "Mark Tolley"), ("Ann Brisco", "Ann Brisco"), ("Tolley", "Mark Tolley"),
                      ("Brisco", "Ann Brisco"), ("Tolley", "Mark Tolley")]


def test_surname_after_the_before_a_verb_or_conjunction_is_not_taken():
    m = _m("Envoy Mark Tolley met Ann Brisco on Monday. The Tolley said no. The Tolley and Webb firm grew.")
    assert [t for t, a, k in _rows(m) if k == "person"] == ["Mark Tolley", "Ann Brisco"]


def test_the_before_an_unnamed_capitalised_word_is_still_no_person():
    m = _m("Envoy Mark Tolley visited the Grand hotel in Leeds.")
    assert [t for t, a, k in _rows(m) if k == "person"] == ["Mark Tolley"]


def test_surname_before_a_family_noun_names_the_family():
    m = _m("Coach Mark Tolley died in 1990. The driver apologised to the Tolley family.")
    assert [t for t, a, k in _rows(m) if k == "person"] == ["Mark Tolley"]


# "Democratic"/"Republican" capitalised name the US party (AP style: "Democratic Sen.",
# "the Republican nomination"); inside a longer party or state name they do not
def test_us_party_adjective_names_the_party():
    m = _m("Voters in the Democratic primary backed him. The Republican nomination is open.")
    assert [(t, a) for t, a, k in _rows(m)] == [("Democratic", "Democratic Party"), ("Republican", "Republican Party")]


def test_party_adjective_inside_another_name_is_not_the_us_party():
    m = _m("The Left Democratic Front, the Christian Democratic Union and the Republican Guard met. "
           "The Social Democratic Party and the Democratic Alliance agreed.")
    assert not {"Democratic Party", "Republican Party"} & set(m["actor"])


# "Sunni"/"Shiite" before a group noun name a branch of Islam's followers, not a person
def test_sunni_arabs_is_no_person():
    m = _m("Leaders of the Sunni minority met Sunni Arabs and Shiite clerics in the city.")
    assert "person" not in set(m["actor_type"])


def test_an_organisation_named_after_a_branch_is_still_found():
    m = _m("The Sunni Waqf Board objected on Monday.")
    assert _rows(m) == [("Sunni Waqf Board", "Sunni Waqf Board", "organization")]


# initials glued to the name ("G.Sudhakaran"), as South Asian papers write names, are a person
def test_glued_initials_name_a_person():
    m = _m("The party meeting was chaired by its founder. R.Thenmozhi, P.K.Varadarajan and S.Anandan spoke. "
           "Varadarajan left early.")
    people = [(t, a) for t, a, k in _rows(m) if k == "person"]
    assert ("P.K.Varadarajan", "P.K.Varadarajan") in people and ("Varadarajan", "P.K.Varadarajan") in people
    assert ("R.Thenmozhi", "R.Thenmozhi") in people


def test_spaced_or_table_initials_still_need_a_cue():
    m = _m("Deposits rose to 17.18 billion N.Z. Dlrs in January. Shares of U.S.Steel rose. "
           "Trading at J.S. Winningham and Co was slow.")
    assert "person" not in set(m["actor_type"])


# a capital after "for" following a verb of leaving is the destination, not the government
def test_capital_after_left_for_is_a_place():
    m = _m("Envoy Mark Tolley left for Washington on Monday. Bound for Beijing, the team waited.")
    assert "state" not in set(m["actor_type"])


def test_capital_after_other_for_is_still_the_government():
    m = _m("The request for Moscow's support failed. Washington said it would help.")
    assert list(m["actor"]) == ["Russia", "United States"]


# demonyms ending in "i" have plurals too ("Iraqis", "Pakistanis", "Saudis")
def test_plural_of_demonyms_in_i():
    m = _m("Iraqis voted on Monday. Many Pakistanis and the Saudis agreed.")
    assert [(t, a) for t, a, k in _rows(m)] == [("Iraqis", "Iraq"), ("Pakistanis", "Pakistan"),
                                                 ("Saudis", "Saudi Arabia")]


# an acronym in capitals before a noun of a party's people ("the CPM leader") names the
# organisation, and its other uses in the document too
def test_acronym_before_party_member_noun_is_an_organisation():
    m = _m("The XRP leader said the XRP would win. QLF members met on Monday.")
    assert [(t, k) for t, a, k in _rows(m)] == [("XRP", "organization"), ("XRP", "organization"),
                                                ("QLF", "organization")]


def test_title_acronym_or_bracketed_acronym_is_left_alone():
    m = _m("The PM leader spoke. The Quality Review Commission (QRC) met; QRC members agreed.")
    assert [(t, a) for t, a, k in _rows(m)] == [("Quality Review Commission", "Quality Review Commission"),
                                                ("QRC", "Quality Review Commission"),
                                                ("QRC", "Quality Review Commission")]


# "the Baath party", "Saddam Hussein's Baath party": a capitalised name before "party" names it
def test_name_before_lower_case_party_is_an_organisation():
    m = _m("He said the Baath party ruled. Tom Brisco's Kuomintang party won.")
    orgs = [t for t, a, k in _rows(m) if k == "organization"]
    assert orgs == ["Baath", "Kuomintang"]


def test_holiday_or_nationality_before_party_is_no_organisation():
    m = _m("He said the Christmas party and the Halloween party were fun; the Japanese party left.")
    assert "organization" not in set(m["actor_type"])


def test_state_names_without_the_article_and_a_party_named_of_its_country():
    """BBC style writes "Democratic Republic of Congo" (no "the"), which no form of the state
    matched; "Democratic Party of Japan" was the US Democratic Party."""
    import pandas as pd

    import analysis

    texts = ["Fighting continued in the Democratic Republic of Congo and in the Republic of Congo.",
             "The Democratic Party of Japan lost seats. The Democratic Party chose its nominee in Denver."]
    m = analysis.actor_mentions(pd.DataFrame({"doc_id": ["a", "b"], "text": texts}))
    got = list(zip(m["text"], m["actor"], m["country"]))
    assert ("Democratic Republic of Congo", "Democratic Republic of the Congo",
            "Democratic Republic of the Congo") in got
    assert ("Republic of Congo", "Republic of the Congo", "Republic of the Congo") in got
    assert ("Democratic Party of Japan", "Democratic Party of Japan", "Japan") in got
    assert ("Democratic Party", "Democratic Party", "United States") in got
