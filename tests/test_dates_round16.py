"""Round 16 (dates4): clock times in listings and schedules of web news (issue 14, item 3).

Invented texts (not from any corpus). A paragraph break ends the sentence a clock time takes its
day from; a paragraph that is only a date heads the times listed under it; the start of a clock
range written without a.m./p.m. ("3:30 - 8:00 pm") takes the meridiem of its end.
"""
from __future__ import annotations

import pandas as pd

from analysis import extract_dates


def found(text: str, anchor: str = "2019-05-15") -> list[tuple[str, str]]:
    d = extract_dates(pd.DataFrame({"doc_id": ["x"], "text": [text], "published": pd.to_datetime([anchor])}))
    return list(zip(d["text"], d["value"]))


# 2019-05-15 is a Wednesday
LISTING = ("Donor clinics:\n\nFriday, May 17, 2019\n\nCity Hall\n\n10:00 am - 3:00 pm\n\n"
           "Monday, May 27, 2019\n\nSt. Paul's Church, 12 King Street\n\n2:00 - 8:00 pm\n\n"
           "For information call the office.")


def test_clock_time_does_not_take_the_day_of_the_next_paragraph():
    f = found(LISTING)
    assert ("3:00 pm", "2019-05-17T15:00") in f, f
    assert not any("\n" in t for t, _ in f), f          # no TIME spans a paragraph break
    assert ("Monday, May 27, 2019", "2019-05-27") in f, f


def test_times_under_a_dated_heading_take_its_day():
    f = found(LISTING)
    assert ("10:00 am", "2019-05-17T10:00") in f, f
    assert ("2:00", "2019-05-27T14:00") in f and ("8:00 pm", "2019-05-27T20:00") in f, f


def test_clock_time_in_a_sentence_still_takes_the_next_day_in_it():
    # guard: within a paragraph, "at 8 p.m. Friday" and "at 7 p.m. on Monday" stay joined
    assert ("8 p.m. Friday", "2019-05-17T20:00") in found("The concert starts at 8 p.m. Friday.")
    f = found("The vigil will be held at 7 p.m. on Monday in the park.")
    assert ("7 p.m. on Monday", "2019-05-20T19:00") in f, f


def test_narrative_paragraph_before_is_no_heading():
    # guard: a day named in a sentence of the paragraph before is no heading; the week window of
    # round 11 still decides ("On May 30 ..." is more than a week away: the time stays on the anchor)
    f = found("The board will meet on May 30, 2019, officials said.\n\nThe doors open at 7 p.m.")
    assert ("7 p.m.", "2019-05-15T19:00") in f, f


def test_range_start_without_meridiem_false_friends():
    # a verse, a score and a ratio before a time are no clock times
    assert not any(t.startswith("3:16") for t, _ in found("Read John 3:16 - 8 p.m. service at the chapel.")), \
        found("Read John 3:16 - 8 p.m. service at the chapel.")
    assert not any(":" in t for t, _ in found("They led 2:00 - 3:00 at the break."))
    # the end is earlier than the start in the end's meridiem: the start is in the morning
    assert ("11:30", "2019-05-15T11:30") in found("Lunch is served 11:30 - 1:30 p.m. daily.")


# -- one list of the words of a vote tally (lexicons/dates/vote_tally_words.csv) -----------------------

def test_vote_tally_words_are_one_list_read_by_both_readers():
    from analysis.dates import event_kinds, rules, word_lists

    words = word_lists.VOTE_TALLY_WORDS
    assert words["the bill"] is False and words["passed"] is True
    assert rules._VOTE_IN_SENTENCE.search("The House followed 230-190")      # a noun of the list
    assert rules._VOTE_IN_SENTENCE.search("The court ruled 5-4")            # a verb of the list
    low = "the court ruled 5-4 after the house voted."
    assert event_kinds._vote_tally_context().search(low).group(0) == "the house"
    assert not event_kinds._vote_tally_context().search("he passed for 300 yards and was voted mvp")


def test_a_tally_of_a_legislature_is_no_score():
    # two tallies in sentences of voting (nouns only) make no sports report: "the first quarter"
    # stays a quarter of the year
    text = ("The bill cleared the Senate 60-40 on Monday. The House followed 230-190 a day later. "
            "Lawmakers expect the first quarter to show gains.")
    assert ("the first quarter", "2019-Q1") in found(text), found(text)
    # guard: a game report keeps its quarters of play
    game = ("The Lakers beat the Kings 110-100 on Friday. They won 99-90 at home a day later. "
            "Bryant scored 20 points in the first quarter.")
    assert not any("quarter" in t for t, _ in found(game)), found(game)


def test_sport_words_of_the_list_leave_a_scoreline_to_sport():
    from analysis.dates.event_kinds import event_label

    assert event_label("Romo passed for 300 yards as Dallas won 24-17 on Sunday.", "Sunday") == \
        event_label("Romo threw for 300 yards as Dallas won 24-17 on Sunday.", "Sunday")
