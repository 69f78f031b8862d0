"""Round 16 (fix16b): the nine findings of docs/review16b-round16.md, each on the review's input
and on one written for these tests, with guards for the cases the round-16 rules were made for.
Texts written for these tests."""
import warnings

import pandas as pd

from analysis import extract_quotes
from analysis.actors import actor_mentions


def _m(*texts):
    c = pd.DataFrame({"doc_id": [f"d{i}" for i in range(len(texts))], "text": list(texts)})
    return actor_mentions(c)


def _orgs(m):
    return m[m["actor_type"].eq("organization")]["text"].tolist()


def _types(m):
    return list(zip(m["text"], m["actor"], m["actor_type"]))


# ---- 1. "told" + a masthead word ----------------------------------------------------------------

def test_told_a_masthead_word_that_is_a_persons_name_elsewhere_is_no_paper():
    m = _m("Swimmer Sun Yang finished second. His coach told Sun to rest before the final.")
    assert _types(m) == [("Sun Yang", "Sun Yang", "person"), ("Sun", "Sun Yang", "person")]
    m = _m("Vice Premier Sun Chunlan visited Wuhan. Officials told Sun that the outbreak was under control.")
    assert _orgs(m) == [] and set(m["actor"]) == {"Sun Chunlan"}
    m = _m("Guard Tomas Star scored twenty. The coach told Star to shoot more.")
    assert _orgs(m) == []


def test_told_a_status_before_a_title_noun_is_no_paper():
    assert _orgs(_m("The whip told Independent councillors to back the budget.")) == []
    assert _orgs(_m("The leader told Independent senators to stand down.")) == []


def test_told_a_masthead_word_still_names_the_paper():
    m = _m("Kamat told Herald that the zones would go.",
           "He spoke to the Deccan Herald on Monday. Kamat later told Herald that the zones would go.",
           "The minister told Sun reporters that the plan was dead.",
           "His widow told the Star: \"He was a wonderful man.\"")
    assert _orgs(m) == ["Herald", "Deccan Herald", "Herald", "Sun", "Star"]


# ---- 2. "members of the XYZ <noun>" -------------------------------------------------------------

def test_an_acronym_before_a_lower_case_noun_is_no_body():
    assert _orgs(_m("Thousands of members of the LGBT community marched on Saturday.")) == []
    assert _orgs(_m("The charity supports leaders of the BAME community in London.")) == []
    assert _orgs(_m("She said members of the ICU team were exhausted.")) == []


def test_an_acronym_ending_its_noun_phrase_or_before_a_kind_noun_is_a_body():
    assert _orgs(_m("Members of the RMT union walked out on Monday.")) == ["RMT"]
    assert _orgs(_m("The talks with members of the KPVC ended early.")) == ["KPVC"]
    assert _orgs(_m("Hundreds of members of the KPVC said they would strike.")) == ["KPVC"]


# ---- 3. the "St." join after a numbered street ---------------------------------------------------

def test_st_after_a_numbered_street_ends_the_sentence():
    m = _m("The fire broke out on 5th St. Police Chief Ann Lee said nobody was hurt.")
    assert _orgs(m) == [] and m["actor"].tolist() == ["Ann Lee"]
    m = _m("The shop on 42nd St. Police said it was closed.")
    assert "St. Police" not in _orgs(m)


def test_st_before_a_city_name_still_joins():
    assert _orgs(_m("The St. Louis Cardinals beat the Cubs on Sunday.")) == ["St. Louis Cardinals"]


# ---- 4. the hyphen split -------------------------------------------------------------------------

def test_a_hyphenated_masthead_or_name_is_not_split():
    assert _orgs(_m("The St. Louis Post-Dispatch Editorial Board endorsed him.")) == \
        ["St. Louis Post-Dispatch Editorial Board"]
    assert _orgs(_m("The Kansas City Union-Station Foundation raised money.")) == \
        ["Kansas City Union-Station Foundation"]
    assert _orgs(_m("The Dayton Bank-Station Trust paid out.")) == ["Dayton Bank-Station Trust"]


def test_a_hyphen_before_a_second_bodys_acronym_still_splits():
    m = _m("A Washington Post-ABC News poll found support fell.")
    assert _orgs(m) == ["Washington Post", "ABC News"]


# ---- 5. is in test_quotes below ------------------------------------------------------------------

# ---- 6. portfolio bodies -------------------------------------------------------------------------

def test_party_place_and_unit_words_make_no_portfolio_body():
    m = _m("The Fire Department said the blaze was out by noon.",
           "The Democratic Department of the party met on Monday.",
           "The Crown Department of the shop sells hats.",
           "The Press Department sent a note.")
    assert _orgs(m) == []


def test_department_store_is_a_shop():
    assert _orgs(_m("He bought shoes at the Health Department store on Friday.")) == []
    assert _orgs(_m("The National Department store chain closed.")) == []
    assert _orgs(_m("Health Department Store Opens On Main Street")) == []


def test_portfolio_bodies_still_found():
    m = _m("The Defence Ministry's plan was clear.", "The Army Department confirmed it.",
           "The Justice Department sued the bank on Friday.")
    assert _orgs(m) == ["Defence Ministry", "Army Department", "Justice Department"]


# ---- 7. shouted web labels before a title --------------------------------------------------------

def test_a_web_label_before_a_title_is_no_body():
    for label in ("WATCH", "VIDEO", "LIVE"):
        m = _m(f"{label} President Joe Biden speaks on taxes.")
        assert _orgs(m) == [] and m["actor"].tolist() == ["Joe Biden"]
    m = _m("PHOTOS Chairman Lars Ekdahl opens the plant.")
    assert _orgs(m) == []


def test_an_acronym_before_a_title_is_still_a_body():
    m = _m("The minister received from KPVC President Ramon Delgado the resolution.")
    assert _orgs(m) == ["KPVC"]


# ---- 8. a body named after two titled people -----------------------------------------------------

def test_a_body_named_after_two_titled_people_is_one_body():
    m = _m("Funding came from the King Juan Carlos and Queen Sofia Foundation in Madrid.")
    assert _orgs(m) == ["King Juan Carlos and Queen Sofia Foundation"]
    m = _m("She thanked the Senator Tom Harkin and Ruth Harkin Center for its support.")
    assert _orgs(m) == ["Senator Tom Harkin and Ruth Harkin Center"]


def test_a_titled_person_and_a_body_are_still_split():
    m = _m("Mayor of London Sadiq Khan and Westminster City Council agreed.")
    assert _orgs(m) == ["Westminster City Council"]


# ---- 9. CFL nicknames that are ordinary names ----------------------------------------------------

def test_bare_argonauts_are_no_club():
    assert _orgs(_m("The cinema showed Jason and the Argonauts on Sunday.")) == []
    assert _orgs(_m("The museum has a vase showing the Argonauts at sea.")) == []


def test_bare_roughriders_is_still_the_club():
    # left alone on purpose (see docs/fix16b-round16.md): on unlabelled L3S pages the bare
    # nickname named the club 5 times out of 5; the regiment is written "Rough Riders"
    assert _orgs(_m("Austin guided the Roughriders to two Grey Cups.")) == ["Roughriders"]


def test_cfl_clubs_named_in_full_are_still_found():
    m = _m("The Toronto Argonauts beat the Saskatchewan Roughriders.")
    assert _orgs(m) == ["Toronto Argonauts", "Saskatchewan Roughriders"]


# ---- 5. "He/She <verb> ...:" whose object names the words' source --------------------------------

def _speakers(text):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        q = extract_quotes(pd.DataFrame({"doc_id": ["d"], "text": [text]}))
    return {r["quote"]: r["speaker"] for _, r in q.iterrows()}


def test_words_from_a_source_in_the_object_are_not_the_pronouns():
    for text in ('Tom Ryan arrived late. He received a text from his boss: "You are fired."',
                 'Tom Ryan arrived late. He pointed to a sign that read: "No entry."',
                 'Anna Lowe spoke to the press on Monday. She cited the words of Martin Luther King: '
                 '"I have a dream."',
                 'Anna Lowe spoke to the press on Monday. She got a message from her son: "Stay home."'):
        assert not set(_speakers(text).values()) & {"Tom Ryan", "Anna Lowe"}, text


def test_the_pronouns_own_words_after_a_colon_are_still_theirs():
    for text in ('Anna Lowe spoke to the press on Monday. She spoke to the BBC about her plans: "We will build."',
                 'Anna Lowe spoke to the press on Monday. She spoke of her hopes: "We will build."',
                 'Anna Lowe spoke to the press on Monday. She told the BBC\'s Today programme: "We will build."'):
        assert list(_speakers(text).values()) == ["Anna Lowe"], text
