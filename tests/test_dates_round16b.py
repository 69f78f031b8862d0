"""Round 16 (dates5): halves of a game are no half-years (issue 14, item 3).

Invented texts (not from any corpus). Sports reports on the web divide a game into halves
("Nevada used a 12-0 run in the first half", "a first-half goal"); a half of play is no calendar
half-year, as a quarter of play is no calendar quarter (round 14). The business half-year in the
same story, and a half with its year, stay dates.
"""
from __future__ import annotations

import pandas as pd

from analysis import extract_dates


def rows(text: str, anchor: str = "2024-05-15") -> dict[str, tuple[str, str]]:
    d = extract_dates(pd.DataFrame({"doc_id": ["x"], "text": [text], "published": pd.to_datetime([anchor])}))
    return {t: (v, k) for t, v, k in zip(d["text"], d["value"], d["kind"])}


def test_halves_of_a_game_are_no_dates():
    game = ("The Rams beat the Bears 72-58 on Saturday. Smith scored 14 points in the first half, "
            "and the Rams led 39-38 at halftime. They pulled away in the second half.")
    assert not any("half" in t for t in rows(game)), rows(game)
    soccer = ("Arsenal won 2-1 after trailing 1-0. Walcott's first-half goal was cancelled out, "
              "but Fabregas scored early in the second half.")
    assert not any("half" in t for t in rows(soccer)), rows(soccer)


def test_half_of_the_game_is_no_date_even_with_one_score():
    v = rows("The Hawks won 3-2. \"We played better in the second half of the game,\" the coach said.")
    assert not any("half" in t for t in v), v


def test_business_halves_stay_dates():
    # guards: a business half-year in a sports story, a half with its year, one score only
    v = rows("The Lakers won 93-90 and beat Boston 101-99. The owner said revenue rose 8% in the first half.")
    assert v.get("the first half") == ("2024-H1", "date"), v
    v = rows("The Lakers won 93-90 and 101-99. Attendance fell in the second half of 2023.")
    assert v.get("the second half of 2023") == ("2023-H2", "date"), v
    v = rows("Sales rose 5% in the first half, the company said.")
    assert v.get("the first half") == ("2024-H1", "date"), v
    v = rows("The board voted 5-4. Output will recover in the second half.")
    assert v.get("the second half") == ("2024-H2", "date"), v


def test_ordinal_half_after_a_number_is_no_length():
    # "two second-half tries" is two tries of the second half, not two seconds
    v = rows("Wales won 30-3 and beat Italy 24-10. Two second-half tries from Cuthbert sealed it; "
             "Italy fell apart in six second-half minutes.")
    assert not any("second" in t for t in v), v
    # guard: a length in seconds stays one
    v = rows("He ran the race in ten seconds flat and won 2-1 and 3-0.")
    assert v.get("ten seconds") == ("PT10S", "duration"), v


def test_today_and_now_in_a_title_are_no_dates():
    # programme, show and product names: "Radio 4's Today programme", "the Today show", "TikTok Now"
    v = rows("He told BBC Radio 4's Today programme that the plan would work.")
    assert not any(t.lower() == "today" for t in v), v
    v = rows("She appeared on the Today show with her mother.")
    assert not any(t.lower() == "today" for t in v), v
    v = rows("The app launched TikTok Now in the UK, and fans compared it to Apocalypse Now.")
    assert not any(t.lower() == "now" for t in v), v


def test_today_and_now_stay_dates_at_a_sentence_or_clause_start():
    # guards: a capitalised word at the start of a sentence, after a quote, a colon or a dateline dash
    v = rows("LAS VEGAS--(Business Wire)-- Today at the show the firm unveiled a camera.")
    assert v.get("Today") == ("2024-05-15", "date"), v
    v = rows('The mayor spoke. "Today is a happy day," she said. Paul Smith: Now president of the club.')
    assert v.get("Today") == ("2024-05-15", "date") and v.get("Now") == ("PRESENT_REF", "date"), v
    v = rows("The president's today speech was cancelled, but he speaks now.")
    assert v.get("now") == ("PRESENT_REF", "date"), v
