"""Person names on invented texts (issue 13, round 4): a month as a surname, post-nominal
letters, a two-word surname with a title, a capitalised particle joined by a hyphen."""
import pandas as pd

import analysis


def _persons(text):
    m = analysis.actor_mentions(pd.DataFrame({"doc_id": ["d"], "text": [text]}))
    m = m[m["actor_type"] == "person"]
    return list(zip(m["text"], m["actor"]))


def test_a_month_after_a_given_name_is_a_surname_not_a_date():
    got = _persons("Former prime minister Theresa May spoke on Monday. "
                   "Mrs May left early. In May the talks ended.")
    assert ("Theresa May", "Theresa May") in got
    assert ("May", "Theresa May") in got
    assert sum(t == "May" for t, _ in got) == 1          # not "In May"
    assert _persons("On Friday May 5 the vote was held. Since March the party has grown.") == []
    assert ("Brian May", "Brian May") in _persons("Brian May played the guitar.")


def test_post_nominal_letters_end_a_name():
    assert _persons("Kate Brennan KC said the review was overdue. Ms Brennan was pleased.") == [
        ("Kate Brennan", "Kate Brennan"), ("Brennan", "Kate Brennan")]
    assert _persons("Alistair Moray MP and Juan Callister SHK said no.") == [
        ("Alistair Moray", "Alistair Moray"), ("Juan Callister", "Juan Callister")]


def test_a_two_word_surname_with_a_title_is_the_longer_name():
    got = _persons("Iain Duncan Smith spoke first. Mr Duncan Smith was angry.")
    assert got == [("Iain Duncan Smith", "Iain Duncan Smith"), ("Duncan Smith", "Iain Duncan Smith")]
    got = _persons("Activist Omar Abdel Karim is on hunger strike. Mr Abdel Karim is ill.")
    assert ("Abdel Karim", "Omar Abdel Karim") in got


def test_a_capitalised_particle_joined_by_a_hyphen_stays_in_the_name():
    # "el" is written in lower case elsewhere in the text ("Sharm el-Sheikh")
    got = _persons("The summit opened in Sharm el-Sheikh. Talks with the president Abdel Fattah "
                   "El-Sisi would come late.")
    assert ("Abdel Fattah El-Sisi", "Abdel Fattah El-Sisi") in got


def test_a_capitalised_role_word_opening_a_sentence_is_not_glued_to_the_name():
    assert _persons("Activist Omar Abdel Karim is on hunger strike.") == [
        ("Omar Abdel Karim", "Omar Abdel Karim")]


def test_an_occupation_opening_a_sentence_is_not_part_of_the_name():
    assert _persons("Guitarist Brian Mole thought the tape was lost.") == [("Brian Mole", "Brian Mole")]
    assert _persons("Drummer Roger Tate said so.") == [("Roger Tate", "Roger Tate")]


def test_initials_with_stops_before_a_surname_with_a_person_cue():
    assert _persons("J. K. Rowling wrote a book. Ms Rowling was pleased.") == [
        ("J. K. Rowling", "J. K. Rowling"), ("Rowling", "J. K. Rowling")]
    assert _persons("W.B. Yeats said no.") == [("W.B. Yeats", "W.B. Yeats")]
    # table abbreviations and an article are not initials of a person
    assert _persons("N.Z. Dlrs 1.2 mln vs 1.1 mln.") == []
    assert _persons("A Smith spokesman said no.") == []
