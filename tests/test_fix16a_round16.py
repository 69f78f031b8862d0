"""Round 16 (fix16a): the four findings of the review docs/review16a-round16.md.

A family noun marks "Mr X" as a relative only when it is set in apposition with the name ("Mr
Hutchins, her husband, said" / "her husband, Mr Hutchins, said"), not when it opens a list or an
attribution ("Mr Sunak, his wife and their daughters", "Mr Baldwin, his wife said, is");
a lone surname after a two-word possessor ("Manchester United's Rooney") links across documents
unless the word is a day, occasion or place noun ("New Year's Eve"); a dateline alone in its
paragraph gives its day to the clock times below it; the start of a clock range may have any
minutes ("8:32 to 10 a.m."). The review's inputs, and texts invented for these tests."""
import pandas as pd

from analysis import extract_dates
from test_actors_round14_names import _m, _persons  # the same helpers


# ---- 1. a family noun beside "Mr X" that is no apposition ---------------------------------------

def test_kin_noun_in_a_list_or_an_attribution_is_no_apposition_review_inputs():
    m = _m("Rishi Sunak visited the school. Mr Sunak, his wife and their daughters watched the parade.",
           "Alec Baldwin fired the gun on the set. Mr Baldwin, his wife said, is devastated.",
           "Theresa May spoke on Monday. Mrs May, her husband Philip and two aides left by car.",
           "Philip Hammond and Michael Gove sat in the front row. Theresa May thanked her husband, "
           "Mr Hammond and Mr Gove for their support.")
    assert ("Sunak", "Rishi Sunak") in _persons(m, "d0"), _persons(m, "d0")
    assert ("Baldwin", "Alec Baldwin") in _persons(m, "d1"), _persons(m, "d1")
    assert ("May", "Theresa May") in _persons(m, "d2"), _persons(m, "d2")
    assert ("Hammond", "Philip Hammond") in _persons(m, "d3"), _persons(m, "d3")


def test_kin_noun_in_a_list_or_an_attribution_is_no_apposition_own_inputs():
    m = _m("Oskar Brenwald opened the bakery in 1990. Mr Brenwald, his wife, and their son ran it for years.",
           "Greta Holloway won the seat. Ms Holloway, her mother told reporters, never doubted it.",
           "Ivan Petrak and Lena Ostrova chaired the panel. She thanked her son, Mr Petrak, and Ms Ostrova.",
           "Dora Kessel met donors. Mrs Kessel, her late father's friend Tom and an aide flew home.")
    assert ("Brenwald", "Oskar Brenwald") in _persons(m, "d0"), _persons(m, "d0")
    assert ("Holloway", "Greta Holloway") in _persons(m, "d1"), _persons(m, "d1")
    assert ("Petrak", "Ivan Petrak") in _persons(m, "d2"), _persons(m, "d2")
    assert ("Kessel", "Dora Kessel") in _persons(m, "d3"), _persons(m, "d3")


def test_guard_a_true_kin_apposition_still_marks_a_relative():
    m = _m("Halyna Vorent was killed on the set. Mr Vorent, her husband, said he was devastated.",
           "Halyna Vorent was killed on the set. Her husband, Mr Vorent, said he was devastated.",
           "Peter Quell founded the firm in 1970. Mr Quell, his late son; ran it later.",
           "Rosa Dunmore led the charity. Her husband, Mr Dunmore, said she would be missed.")
    for doc in ("d0", "d1"):
        assert ("Vorent", "Halyna Vorent") not in _persons(m, doc), _persons(m, doc)
    assert ("Quell", "Peter Quell") not in _persons(m, "d2"), _persons(m, "d2")
    assert ("Dunmore", "Rosa Dunmore") not in _persons(m, "d3"), _persons(m, "d3")
    m = _m("Halyna Vorent was killed on the set. Mr Vorent, her husband of 20 years, said he wept.",
           "Halyna Vorent was killed on the set. Mr Vorent, her husband since 2001, said he wept.",
           "Peter Quell founded the firm. Mr Quell, his son-in-law, runs it now.")
    for doc in ("d0", "d1"):
        assert ("Vorent", "Halyna Vorent") not in _persons(m, doc), _persons(m, doc)
    assert ("Quell", "Peter Quell") not in _persons(m, "d2"), _persons(m, "d2")


# ---- 2. a surname after a two-word possessor --------------------------------------------------------

def test_a_surname_after_a_two_word_possessor_links_across_documents_review_inputs():
    m = _m("Manchester United's Rooney scored twice on Saturday.",
           "Wayne Rooney signed a new contract with the club.",
           "Real Madrid's Ronaldo scored a hat-trick.",
           "Cristiano Ronaldo said he was happy.",
           "South Africa's Ramaphosa met investors.",
           "Cyril Ramaphosa said the economy would grow.")
    assert ("Rooney", "Wayne Rooney") in _persons(m, "d0"), _persons(m, "d0")
    assert ("Ronaldo", "Cristiano Ronaldo") in _persons(m, "d2"), _persons(m, "d2")
    assert ("Ramaphosa", "Cyril Ramaphosa") in _persons(m, "d4"), _persons(m, "d4")


def test_a_surname_after_a_two_word_possessor_links_across_documents_own_inputs():
    m = _m("Aston Villa's Tarkowski limped off after an hour.",
           "James Tarkowski said the injury was minor.",
           "Goldman Sachs' Brennard said rates would rise.",
           "Tom Brennard joined the bank in 2004.")
    assert ("Tarkowski", "James Tarkowski") in _persons(m, "d0"), _persons(m, "d0")
    assert ("Brennard", "Tom Brennard") in _persons(m, "d2"), _persons(m, "d2")


def test_guard_day_occasion_and_place_nouns_after_a_two_word_possessive_stay_unlinked():
    m = _m("Actress Alice Eve said she loved the role. Eve said the film was hard.",
           "The concert on New Year's Eve was cancelled, police said.",
           "Doris Day sang on the radio. Day said she was thrilled.",
           "Crowds gathered on St Patrick's Day in the town.",
           "Ada Market said prices rose. Market said so twice.",
           "The fire started near St Mary's Market on Sunday.")
    assert _persons(m, "d1") == [], _persons(m, "d1")
    assert _persons(m, "d3") == [], _persons(m, "d3")
    assert _persons(m, "d5") == [], _persons(m, "d5")


# ---- 3. a dateline alone in its paragraph ----------------------------------------------------------

def _dates(text, pub):
    d = extract_dates(pd.DataFrame({"doc_id": ["d"], "text": [text], "published": [pd.Timestamp(pub)]}))
    return list(zip(d["text"], d["value"]))


def test_a_dateline_in_its_own_paragraph_gives_its_day_to_the_times_below_review_inputs():
    t = "WASHINGTON, March 3 -\n\nThe Senate will vote at 3 p.m. on the bill, aides said."
    assert ("3 p.m.", "2008-03-03T15:00") in _dates(t, "2008-03-04"), _dates(t, "2008-03-04")
    t = "WASHINGTON, March 3 -\n\nThe Senate voted at 3 p.m. on the bill, aides said."
    assert ("3 p.m.", "2008-03-03T15:00") in _dates(t, "2008-03-12"), _dates(t, "2008-03-12")
    assert ("3 p.m.", "2008-03-03T15:00") in _dates(t, "2008-03-04"), _dates(t, "2008-03-04")


def test_a_dateline_in_its_own_paragraph_gives_its_day_own_inputs():
    t = "LONDON, Oct. 14 (Reuters) -\n\nThe hearing opened at 10:30 a.m. in the High Court."
    assert ("10:30 a.m.", "2010-10-14T10:30") in _dates(t, "2010-10-25"), _dates(t, "2010-10-25")


def test_guard_a_paragraph_break_after_a_sentence_still_ends_its_day():
    t = "The Senate will vote on Tuesday.\n\nThe session opens at 3 p.m. with a prayer."
    assert ("3 p.m.", "2008-03-04T15:00") in _dates(t, "2008-03-03"), _dates(t, "2008-03-03")


# ---- 4. clock range start minutes --------------------------------------------------------------

def test_a_clock_range_start_may_have_any_minutes():
    f = _dates("Opening hours: 8:32 to 10 a.m. on weekdays.", "2008-03-10")
    assert any(v == "2008-03-10T08:32" for _, v in f), f
    f = _dates("The train runs from 6:47 - 9 pm daily.", "2008-03-10")
    assert any(v == "2008-03-10T18:47" for _, v in f), f
    f = _dates("Friday 8:32 - 10 a.m. at the station.", "2008-03-10")
    assert any(v.endswith("T08:32") for _, v in f), f


def test_guard_clock_range_starts_already_read():
    f = _dates("The office is open 9:30 to 5 p.m. on Monday.", "2008-03-10")
    assert any(v.endswith("T09:30") for _, v in f), f
    assert not any(v.endswith("T09:28") for _, v in _dates("Opening hours: 8:32 to 10 a.m.", "2008-03-10"))
    # a verse whatever its minutes: "Acts 2:38 - 7 p.m." (round 16's "John 3:16" guard kept)
    assert not any(t.startswith("2:38") for t, _ in _dates("Read Acts 2:38 - 7 p.m. service.", "2008-03-10"))
