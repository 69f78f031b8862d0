"""Temporal expressions, round 13 of issue 14: times of day, lengths and sets as news writes them.
"6:45 a.m. local time" and "late last night" keep their whole extent, "each weekend" is the TimeML
set XXXX-WXX-WE, midnight in a past clause is the one that began the day, and short past forms
("died", "sued") give a past tense. Sentences invented for the tests (no corpus text), with guards
against reading too much. 2023-03-15 is a Wednesday."""
from __future__ import annotations

import pandas as pd

from analysis.dates import extract_dates

ANCHOR = "2023-03-15"


def rows(text, published=ANCHOR):
    """Expressions of one text as {text: (value, kind)}."""
    d = extract_dates(pd.DataFrame({"doc_id": ["d1"], "text": [text],
                                    "published": pd.to_datetime([published])}))
    return {t: (v, k) for t, v, k in zip(d["text"], d["value"], d["kind"])}


# -- extents: "local time" after a.m./p.m., "early"/"late" before "this morning"/"last night" ------
def test_local_time_after_am_pm_belongs_to_the_time():
    assert rows("The quake struck at 6:45 a.m. local time.") == {"6:45 a.m. local time": ("2023-03-15T06:45", "time")}
    assert rows("The jet landed at 9 p.m. local time on Monday.") == \
        {"9 p.m. local time on Monday": ("2023-03-13T21:00", "time")}
    # guard: a zone stays the zone, "local" alone is no part of it
    assert rows("The polls close at 8 p.m. EST.") == {"8 p.m. EST": ("2023-03-15T20:00-05:00", "time")}
    assert "8 p.m." in rows("Shops open until 8 p.m. local shoppers said.")


def test_early_or_late_before_this_morning_or_last_night():
    assert rows("The bill passed late last night.") == {"late last night": ("2023-03-14TNI", "time")}
    assert rows("Shares rose early this morning.") == {"early this morning": ("2023-03-15TMO", "time")}
    # guard: "later" is no modifier of the part of day, and a plain one stays as it was
    assert rows("He will speak later this morning.") == {"this morning": ("2023-03-15TMO", "time")}
    assert rows("The mayor spoke last night.") == {"last night": ("2023-03-14TNI", "time")}


# -- sets: every weekend -------------------------------------------------------------------------
def test_every_weekend_is_the_weekend_of_every_week():
    assert rows("Crowds flock to the beach each weekend.") == {"each weekend": ("XXXX-WXX-WE", "set")}
    assert rows("We meet every weekend.") == {"every weekend": ("XXXX-WXX-WE", "set")}
    # guard: a weekend named once is a date
    assert rows("The summit opens this weekend.")["this weekend"][1] == "date"


# -- midnight in a past clause --------------------------------------------------------------------
def test_midnight_in_a_past_clause_is_the_one_that_began_the_day():
    assert rows("The ceasefire took effect at midnight.") == {"midnight": ("2023-03-14T24:00", "time")}
    assert rows("Talks went on until midnight, officials said.") == {"midnight": ("2023-03-14T24:00", "time")}
    assert rows("Police said the man was shot just after midnight.") == {"midnight": ("2023-03-14T24:00", "time")}


def test_midnight_ahead_or_with_its_day_stays():
    assert rows("The curfew begins at midnight.") == {"midnight": ("2023-03-15T24:00", "time")}
    # "said" belongs to the attribution, not to the clause with the midnight
    assert rows("The deal expires at midnight, officials said.") == {"midnight": ("2023-03-15T24:00", "time")}
    assert rows("Officials said the deal expires at midnight.") == {"midnight": ("2023-03-15T24:00", "time")}
    # a day named with it still decides
    assert rows("Polls closed just before midnight on Friday.") == \
        {"midnight on Friday": ("2023-03-10T24:00", "time")}


# -- four-letter past forms -----------------------------------------------------------------------
def test_short_past_forms_give_the_past_weekday():
    assert rows("He died Saturday.") == {"Saturday": ("2023-03-11", "date")}
    assert rows("The firm sued on Friday.") == {"Friday": ("2023-03-10", "date")}
    assert rows("He died shortly after 1 a.m. Saturday.") == {"1 a.m. Saturday": ("2023-03-11T01:00", "time")}
    # guards: "need", "feed" are no past forms; a deadline stays ahead
    assert rows("They need the money by Friday.") == {"Friday": ("2023-03-17", "date")}


# -- a day before an attribution verb: the reported clause after it does not set the tense --------
def test_fronted_day_before_said_takes_the_tense_of_said():
    assert rows("On Tuesday, officials said they will reopen the road.") == {"Tuesday": ("2023-03-14", "date")}
    assert rows("Earlier Tuesday, the minister said he would stay.") == {"Tuesday": ("2023-03-14", "date")}
    assert rows("In February, the company said it would cut 500 jobs.") == {"February": ("2023-02", "date")}


def test_day_in_the_reported_clause_or_a_parenthetical_attribution_keeps_its_tense():
    assert rows("Talks will be held on Friday, officials said.") == {"Friday": ("2023-03-17", "date")}
    assert rows("On Friday, officials said, the plant will close.") == {"Friday": ("2023-03-17", "date")}
    assert rows("On Friday, the court will rule, officials said.") == {"Friday": ("2023-03-17", "date")}
    assert rows("Officials said Tuesday they will reopen the road.") == {"Tuesday": ("2023-03-14", "date")}


# -- the first or last stretch of a period: "in the first hours of the ground war" ----------------
def test_the_first_or_final_stretch_of_a_period_is_a_vague_duration():
    assert rows("Prisoners were taken in the first hours of the ground war.") == \
        {"the first hours": ("PTXH", "duration")}
    assert rows("She struggled in the early years of her career.") == {"the early years": ("PXY", "duration")}
    assert rows("He surged in the final weeks of the campaign.") == {"the final weeks": ("PXW", "duration")}
    assert rows("Fewer lives are saved in the early years, by a small margin.") == \
        {"the early years": ("PXY", "duration")}


def test_the_first_stretch_guards():
    # the start of a named date, a time of night, a title, and a subject without a preposition
    assert rows("Output rose in the first days of March.") == {"March": ("2023-03", "date")}
    assert "the early hours" not in rows("The talks ran into the early hours of Monday.")
    assert rows("The Last Days of Pompeii is a novel.") == {}
    assert rows("The first days were calm.") == {}


# -- clock times in words and the military clock --------------------------------------------------
def test_hour_with_its_part_of_day():
    assert rows("The meeting started at 10 in the morning.") == {"10 in the morning": ("2023-03-15T10:00", "time")}
    assert rows("He was arrested at 11 at night.") == {"11 at night": ("2023-03-15T23:00", "time")}
    assert rows("The fire began around 3 in the afternoon on Monday.") == \
        {"3 in the afternoon on Monday": ("2023-03-13T15:00", "time")}
    # guards: a noun after it (a trading session), no preposition of time, an hour after midnight "at night"
    assert rows("Shares sold about 3 in the morning session.") == {}
    assert rows("He scored 3 in the morning.") == {}
    assert rows("He was up at 2 at night.") == {}


def test_military_clock_with_hours_is_a_time_not_a_length():
    assert rows("The attack began at 0530 hours.") == {"0530 hours": ("2023-03-15T05:30", "time")}
    assert rows("The curfew lasts until 0600 hours.") == {"0600 hours": ("2023-03-15T06:00", "time")}
    # guards: a count of hours stays a length
    assert rows("The session lasted 1400 hours in total.") == {"1400 hours": ("PT1400H", "duration")}
    assert rows("Workers logged 2,400 hours.") == {"2,400 hours": ("PT2400H", "duration")}


# -- value forms: vague hours, a quarter century -------------------------------------------------
def test_vague_hours_write_the_T_before_the_number():
    assert rows("The truce collapsed within hours.") == {"hours": ("PTXH", "duration")}
    assert rows("Rescuers worked for hours.") == {"hours": ("PTXH", "duration")}
    assert rows("Talks went on for days.") == {"days": ("PXD", "duration")}


def test_a_quarter_century_is_25_years():
    assert rows("He led the party for a quarter century.") == {"a quarter century": ("P25Y", "duration")}
    assert rows("It was the first win in a quarter-century.") == {"a quarter-century": ("P25Y", "duration")}
    # guards: a quarter of a year and a fraction stay as they were
    assert rows("Sales fell a quarter point.") == {}
    assert rows("The merger took a quarter.") == {"a quarter": ("P1Q", "duration")}


# -- review fixes (round 13): "NNNN hours" after "after", before "of", with a leading zero ---------
def test_hours_of_an_activity_after_a_preposition_stay_a_length():
    # a count of hours spent on something: "of" follows, or "after" + a number without a leading
    # zero (a length follows "after" as in "after 72 hours")
    assert rows("He was freed after 1200 hours of unpaid work.") == {"1200 hours": ("PT1200H", "duration")}
    assert rows("The pilot was licensed after 1500 hours in the air.") == {"1500 hours": ("PT1500H", "duration")}
    assert rows("She trained for a year, from 1200 hours of drills to more.")["1200 hours"] == ("PT1200H", "duration")


def test_a_leading_zero_is_never_a_length():
    assert rows("A curfew is in force from 2000 hours to 0600 hours.") == \
        {"2000 hours": ("2023-03-15T20:00", "time"), "0600 hours": ("2023-03-15T06:00", "time")}
    assert rows("Troops withdrew after 0530 hours.") == {"0530 hours": ("2023-03-15T05:30", "time")}
    assert rows("The border reopened 0600 hours Thursday.") == {"0600 hours Thursday": ("2023-03-09T06:00", "time")}


def test_a_clock_after_at_by_until_stays_a_clock():
    # guards: round 13's readings
    assert rows("The attack began at 0530 hours.") == {"0530 hours": ("2023-03-15T05:30", "time")}
    assert rows("Troops must leave by 1800 hours.") == {"1800 hours": ("2023-03-15T18:00", "time")}
    assert rows("Shelling went on until 1400 hours.") == {"1400 hours": ("2023-03-15T14:00", "time")}
    assert rows("The session lasted 1400 hours in total.") == {"1400 hours": ("PT1400H", "duration")}


# -- review fixes: "at 10 in the evening local time" ---------------------------------------------
def test_hour_with_its_part_of_day_and_local_time():
    assert rows("The blast came at 10 in the evening local time.") == \
        {"10 in the evening local time": ("2023-03-15T22:00", "time")}
    assert rows("Voting ends at 8 in the evening GMT.") == {"8 in the evening GMT": ("2023-03-15T20:00Z", "time")}
    # guards: round 13's reading, and a noun after it that is no "time"
    assert rows("The meeting started at 10 in the morning.") == {"10 in the morning": ("2023-03-15T10:00", "time")}
    assert rows("Shares sold about 3 in the morning local session.") == {}


# -- review fixes: a midnight that was planned ----------------------------------------------------
def test_midnight_planned_from_now_is_the_coming_one():
    # guards: present or future planning points forward; a past verb in the clause points back
    assert rows("The truce is due to expire at midnight.") == {"midnight": ("2023-03-15T24:00", "time")}
    assert rows("The truce is set to expire at midnight.") == {"midnight": ("2023-03-15T24:00", "time")}
    assert rows("The truce will expire at midnight.") == {"midnight": ("2023-03-15T24:00", "time")}
    assert rows("The ceasefire took effect at midnight.") == {"midnight": ("2023-03-14T24:00", "time")}
    # "was due to": the plan is told from a past reference time, read as "was due to expire on
    # Friday" is (the Friday before), so the midnight that began the day
    assert rows("The truce was due to expire at midnight.") == {"midnight": ("2023-03-14T24:00", "time")}
