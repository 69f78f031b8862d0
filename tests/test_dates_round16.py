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
