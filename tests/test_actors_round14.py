"""Issue 13, round 14 (webment3): organisation mentions on web and wire news that no gazetteer
lists: names holding a classifying genitive ("People's Party"), acronyms of a name the document
wrote out, used alone. Texts written for these tests."""
import pandas as pd

from analysis.actors import actor_mentions


def _m(*texts):
    c = pd.DataFrame({"doc_id": [f"d{i}" for i in range(len(texts))], "text": list(texts)})
    return actor_mentions(c)


def _orgs(m):
    return m[m["actor_type"].eq("organization")]["text"].tolist()


# ---- a classifying genitive inside a body's name -------------------------------------------

def test_a_plural_of_people_in_the_possessive_stays_inside_the_name():
    m = _m("The Kadoria People's Party won 40 seats. Leaders of the Marvale Farmers' Union met on Monday.")
    assert _orgs(m) == ["Kadoria People's Party", "Marvale Farmers' Union"]


def test_a_possessor_still_ends_the_name():
    # "Britain's", "Smith's": a possessor, not a classifying genitive; lower case is no name
    m = _m("Thomas's Garden Centre is closed. She visited the children's hospital in Tarbury. "
           "Acme's People Division said so.")
    assert not any("'" in t for t in _orgs(m))


# ---- an acronym of a name written out earlier, used alone ----------------------------------

def test_the_initials_of_a_found_name_name_it_again():
    m = _m("Leaders of the Kadoria People's Party met on Sunday. The KPP said it would join the "
           "coalition, and KPP members voted for it.")
    rows = m[m["actor_type"].eq("organization")]
    assert rows["text"].tolist() == ["Kadoria People's Party", "KPP", "KPP"]
    assert set(rows["actor"]) == {"Kadoria People's Party"}


def test_initials_that_the_text_never_writes_out_name_nothing():
    # two-word names give two letters (too short), and a person's initials are no organisation
    m = _m("John Ronald Smith spoke for Tarbury Council. JRS and TC were mentioned. The TMC met.")
    assert "JRS" not in _orgs(m) and "TC" not in _orgs(m) and "TMC" not in _orgs(m)


# ---- a person "of" a body that an appositive describes ------------------------------------

def test_a_person_of_a_body_leaves_the_body_to_the_appositive():
    m = _m("Katrin Vell of Harwick Quint, an investment bank, said the vote could leave the country "
           "without a government.")
    assert _orgs(m) == ["Harwick Quint"]
    assert "Katrin Vell" in m[m["actor_type"].eq("person")]["text"].tolist()


def test_a_body_named_with_of_keeps_its_name():
    m = _m("The Bank of Tarbury, a regional lender, said on Monday it would close 20 branches.")
    assert _orgs(m) == ["Bank of Tarbury"]


# ---- an adjective in -ic before a kind noun is no name --------------------------------------

def test_a_religious_adjective_before_group_is_no_organisation():
    m = _m("Jets struck a base of the violent Islamic group on Friday. The army sent the radical "
           "Islamic movement a message.")
    assert "Islamic" not in _orgs(m)


def test_a_name_before_group_is_still_an_organisation():
    m = _m("Shares of the Dunvale group rose 4 percent on Friday.")
    assert _orgs(m) == ["Dunvale"]


# ---- a masthead's short form ---------------------------------------------------------------

def test_the_last_word_of_a_paper_names_it_again():
    m = _m("The Washington Post reported the plan on Monday. A senior official told the Post that "
           "the plan was dropped.")
    rows = m[m["actor_type"].eq("organization")]
    assert rows["text"].tolist()[-1] == "Post"
    assert rows["actor"].nunique() == 1


def test_a_shared_last_word_or_a_longer_name_is_no_short_form():
    m = _m("The New York Times and the Financial Times disagreed. He bought the Times Square lease.")
    assert "Times" not in _orgs(m)
    m = _m("The Washington Post said the Post Office would close.")
    assert "Post" not in _orgs(m)


# ---- armed groups in the gazetteer; a lower-case article joined to a name ------------------

def test_armed_groups_are_known_with_their_lower_case_article():
    m = _m("Both leaders were quick to blame al-Qaida and the Tamil Tiger rebels. Al-Qaeda denied it, "
           "and FARC said nothing.")
    rows = m[m["actor_type"].eq("organization")]
    assert rows["text"].tolist() == ["al-Qaida", "Tamil Tiger", "Al-Qaeda", "FARC"]
    assert rows["actor"].tolist()[:3] == ["al-Qaeda", "Liberation Tigers of Tamil Eelam", "al-Qaeda"]


def test_a_lower_case_article_opens_no_other_name():
    # "al-" before a name no list knows, and "el" as a word, change nothing
    m = _m("Bashar al-Hamdi met officials in el Paso on Monday.")
    assert _orgs(m) == []


# ---- a body's possessions after its possessive name ----------------------------------------

def test_shares_or_a_board_after_a_possessive_make_the_name_an_organisation():
    m = _m("Dunvale's shares fell 4 percent on Friday. Dunvale said demand was weak. "
           "Tarbex's chief executive resigned, and investors sold Tarbex.")
    assert _orgs(m) == ["Dunvale", "Dunvale", "Tarbex", "Tarbex"]


def test_a_person_a_day_or_a_defined_acronym_before_the_possessive_is_left_alone():
    m = _m("Friday's earnings were weak. John Smith's shares rose, and Mr Smith's board met. "
           "The Company's board met.")
    assert _orgs(m) == []
    m = _m("The Independent Parliamentary Standards Authority (Ipsa) pays MPs. Ipsa's board met.")
    assert set(m[m["actor_type"].eq("organization")]["actor"]) == {"Independent Parliamentary Standards Authority"}


# ---- "magazine" after a name is a kind noun ------------------------------------------------

def test_a_name_before_magazine_is_a_publication():
    m = _m("The poll conducted by Harwick magazine said 53 pct of voters disagreed, Confirming the "
           "news to Lumen magazine, she said it was true.")
    assert _orgs(m) == ["Harwick", "Lumen"]


def test_a_nationality_or_an_adjective_before_magazine_is_no_name():
    m = _m("He wrote for a Scottish magazine and an Islamic magazine in 1990.")
    assert _orgs(m) == []
