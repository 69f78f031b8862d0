"""Dates, round 14 fixes (helper fixdates14) of the review's findings 3, 8 and 9
(docs/review14-round14.md): vote tallies and court splits are no game scores, a bare "the fiscal
year" after the year's end is named is that year, and "were bracing for" is no cue ahead.
Sentences invented for the tests (no corpus text), with guards keeping round 14's cases."""
from __future__ import annotations

import pandas as pd

from analysis.dates import extract_dates


def rows(text, published):
    d = extract_dates(pd.DataFrame({"doc_id": ["d1"], "text": [text],
                                    "published": pd.to_datetime([published])}))
    return {t: (v, k) for t, v, k in zip(d["text"], d["value"], d["kind"])}


def test_vote_tallies_and_court_splits_are_no_game_scores():
    v = rows("The Senate passed the bill 60-40 and the House 230-190. Unemployment fell in the third "
             "quarter, the agency said.", "2021-11-10")
    assert v.get("the third quarter") == ("2021-Q3", "date")
    v = rows("The Supreme Court ruled 5-4 in June and 6-3 in May. Hiring slowed in the first quarter.", "2021-07-10")
    assert v.get("the first quarter") == ("2021-Q1", "date")
    v = rows("Britain voted 52-48 to leave. The board voted 7-2 on Tuesday. Consumer confidence dropped "
             "in the fourth quarter.", "2021-02-10")
    assert v.get("the fourth quarter") == ("2020-Q4", "date")
    # own: a council's approval by a tally, and a ballot's margin
    v = rows("The council approved the budget 9-2. Shareholders backed the merger by a 70-30 margin. "
             "Deliveries rose in the second quarter.", "2022-08-03")
    assert v.get("the second quarter") == ("2022-Q2", "date")


def test_scores_in_a_game_report_still_mark_periods_of_play():
    # guards: a game word in the sentence keeps the score, even with "passed" or "voted" in it
    assert rows("Brady passed for 300 yards as the Patriots won 31-20. New England led 14-10 "
                "after the first quarter.", "2021-11-10") == {}
    assert rows("The Lakers won 93-90. Durant left the game in the first quarter. "
                "The Sonics led 42-40 with 4:46 left in the quarter.", "2024-10-17") == {}
    assert rows("Voted player of the game, Smith scored as the Bulls beat Utah 99-97 and Detroit 88-80. "
                "He fouled out in the third quarter.", "2024-10-17") == {}


def test_economic_quarter_in_a_sports_document_is_a_date():
    v = rows("The Lakers won 93-90 and beat Boston 101-99. Inflation eased in the third quarter.", "2024-10-17")
    assert v == {"the third quarter": ("2024-Q3", "date")}


def test_the_fiscal_year_after_its_end_is_named_is_that_year():
    v = rows("Acme said its fiscal year ended Dec. 31. Net income for the fiscal year was $40 million.", "2021-02-10")
    assert v.get("the fiscal year") == ("2020", "date")
    v = rows("The fiscal year in which the loss was booked ended in June 2019.", "2021-02-10")
    assert v.get("the fiscal year") != ("2021", "date")
    # own: the year's end given as a date with its year
    v = rows("The group's year ended Dec. 31, 2021. Sales for the fiscal year were up 5%.", "2022-03-01")
    assert v.get("the fiscal year") == ("2021", "date")
    # own: the end given after it without a year is the last such day before the anchor
    v = rows("Net income for the fiscal year, which ended June 30, rose 8%.", "2021-02-10")
    assert v.get("the fiscal year") == ("2020", "date")
    v = rows("Net income for the fiscal year, which ended June 30, rose 8%.", "2021-08-10")
    assert v.get("the fiscal year") == ("2021", "date")
    # guards: a fiscal year still running after a past year end is named (a future clause, "the rest of")
    v = rows("For the year ended July 31, 2020, Acme earned $5 million. The outcome for the fiscal year "
             "will depend on sales.", "2021-02-10")
    assert v.get("the fiscal year") == ("2021", "date")
    v = rows("Its fiscal year ended Dec. 31. Orders are up from the beginning of the fiscal year.", "2021-02-10")
    assert v.get("the fiscal year") == ("2021", "date")


def test_the_fiscal_year_without_an_end_named_stays_the_anchors():
    # guards (round 14's cases)
    assert rows("The company expects a loss for the fiscal year.", "2024-10-17") == {"the fiscal year": ("2024", "date")}
    assert rows("Revenue rose 4% in the fiscal year ended June 30.", "2024-10-17")["the fiscal year"] == \
        ("P1Y", "duration")
    assert rows("Spending will be cut next fiscal year.", "2024-10-17") == {"next fiscal year": ("2025", "date")}


def test_were_bracing_for_a_day_is_no_cue_ahead():
    v = rows("Residents were bracing for Sunday's storm, which killed three people.", "2021-02-10")
    assert v == {"Sunday": ("2021-02-07", "date")}
    # own: "had been preparing for"
    v = rows("The team had been preparing for Friday's match, which it lost.", "2021-02-10")
    assert v == {"Friday": ("2021-02-05", "date")}
    # guards: present progressive and bare forms still look ahead
    assert rows("Residents are bracing for Sunday's storm.", "2024-10-17") == {"Sunday": ("2024-10-20", "date")}
    assert rows("Lawmakers are preparing for Friday's vote.", "2024-10-17") == {"Friday": ("2024-10-18", "date")}
    assert rows("Farmers brace for Monday's frost.", "2024-10-17") == {"Monday": ("2024-10-21", "date")}
