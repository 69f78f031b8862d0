"""Round 15 (fixnames15): fixes of the person-name findings 1, 6, 7, 8 and 9 of the code review
docs/review15b-round15.md. A middle name is no relative's given name ("Barack Hussein Obama"); a
title-case headline is no evidence of a relative ("Will Obama Win Ohio?"); a place before a surname
of the document is no relative ("Fort Worth" beside "Peter Worth"); a company described as "a big
investor" is no person; the sentence after "Plan B." opens with an adverb, not a name. Texts
invented for these tests, apart from the review's own inputs (the one dictionary person used is the
default dictionary's Barack Obama, and Donald Trump)."""
from test_actors_round14_names import _m, _persons  # the same helpers


def _names(m, doc="d0"):
    return [t for t, _ in _persons(m, doc)]


# ---- 1. a middle name is no relative's given name ------------------------------------------------

def test_a_full_name_with_a_middle_name_is_the_dictionary_person():
    m = _m("Barack Hussein Obama took the oath of office on Tuesday. Obama then said he would act fast.",
           "Donald John Trump was sworn in at noon. Trump said he would not back down.",
           "The court heard that Barack Hussein Obama had signed the order in 2014.")
    for doc in ("d0", "d2"):
        assert {a for _, a in _persons(m, doc)} == {"Barack Obama"}, _persons(m, doc)
    assert {a for _, a in _persons(m, "d1")} == {"Donald Trump"}, _persons(m, "d1")


def test_guard_a_relative_with_a_middle_name_stays_a_relative():
    m = _m("At the rally a voter said that Sasha Obama told them the fund was empty.",
           "A neighbour said Malia Ann Obama had moved to the city.")
    assert ("Sasha Obama", "Sasha Obama") in _persons(m)
    assert "Barack Obama" not in [a for _, a in _persons(m, "d1")]


# ---- 9. a title-case headline ------------------------------------------------------------------

def test_a_title_case_headline_keeps_the_dictionary_person():
    m = _m("Will Obama Win Ohio? Voters Decide Today",
           "Will Obama Act On Guns?",
           "Critics Say Mark Trump Tariffs Will Hurt Farmers",
           "Will Obama Sign The Climate Bill This Week\n\nThe president said he was ready.")
    for doc in ("d0", "d1", "d3"):
        assert ("Obama", "Barack Obama") in _persons(m, doc), _persons(m, doc)
    assert ("Trump", "Donald Trump") in _persons(m, "d2")


def test_guard_a_relative_in_a_sentence_stays_a_relative():
    m = _m("Ministers Met On Tuesday\n\nOfficials said Michelle Obama would open the school next week.",
           "Michelle Obama visits Paris")
    for doc in ("d0", "d1"):
        assert ("Michelle Obama", "Michelle Obama") in _persons(m, doc), _persons(m, doc)
        assert "Barack Obama" not in [a for _, a in _persons(m, doc)]


# ---- 6. a place before a surname of the document ------------------------------------------------

def test_a_place_before_a_surname_of_the_document_is_no_relative():
    m = _m("Peter Worth, the mayor, said he would fly to Fort Worth on Monday.",
           "Peter Hood, the general, said he was proud of the troops at Fort Hood.",
           "Anne Talbot, the coach, said she would visit Port Talbot with her team.")
    assert _names(m, "d0") == ["Peter Worth"]
    assert _names(m, "d1") == ["Peter Hood"]
    assert "Port Talbot" not in _names(m, "d2")


def test_guard_a_relative_with_an_unlisted_given_name_is_still_found():
    m = _m("Voters will long remember Wanjiru Kamau as a reformer. Like her father, Peter Kamau, "
           "she left a flawed legacy.")
    assert ("Wanjiru Kamau", "Wanjiru Kamau") in _persons(m)


# ---- 7. a company's role after modifiers --------------------------------------------------------

def test_a_company_described_as_a_big_investor_or_rival_is_no_person():
    m = _m("Silver Lake, a private equity investor, bought the stake on Monday.",
           "Tiger Global, a big investor, sold its shares.",
           "Blue Origin, a longtime space rival, won the contract.",
           "Harbour Capital, a major shareholder and close ally, backed the deal.")
    for doc in ("d0", "d1", "d2", "d3"):
        assert _persons(m, doc) == [], _persons(m, doc)


def test_guard_a_person_role_after_modifiers_still_marks_a_person():
    m = _m("Ayub Khan, an early military ruler, died in 1974.",
           "Ann Lowe, a big investor, bought the stake on Monday.",
           "Oduya Mwangi, a retired school teacher, spoke at the meeting.")
    assert _names(m, "d0") == ["Ayub Khan"]
    assert _names(m, "d1") == ["Ann Lowe"]
    assert _names(m, "d2") == ["Oduya Mwangi"]


# ---- 8. a single capital letter that ends a sentence ----------------------------------------------

def test_an_adverb_after_a_sentence_ending_in_a_letter_is_no_name():
    m = _m("They switched to Plan B. Unfortunately Smith said it failed too.",
           "The team moved to Group C. Reportedly Jones said he would stay.",
           "Doctors said to take vitamin D. Unfortunately Brown said it did not help.")
    for doc in ("d0", "d1", "d2"):
        assert not any(t.startswith(("Unfortunately", "Reportedly")) for t in _names(m, doc)), _persons(m, doc)


def test_guard_an_ly_surname_after_an_initial_is_still_a_name():
    m = _m("Ward member K. Cicily said the road was closed.",
           "K.Cicily, the ward member, said the road was closed.",
           "The report was written by Anne J. Crossley, who said the results were good.",
           "The company said Joseph B. Ely II became chairman. The post Ely held went to Ann Lowe.")
    assert _names(m, "d0") == ["K. Cicily"]
    assert _names(m, "d1") == ["K.Cicily"]
    assert _names(m, "d2") == ["Anne J. Crossley"]
    # a numeral after the name belongs to it since round 16 ("John Paul II", "Johann Strauss II")
    assert ("Ely", "Joseph B. Ely II") in _persons(m, "d3")
