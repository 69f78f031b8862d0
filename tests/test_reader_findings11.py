"""Round-11 reader findings (researchers reading reports of unfamiliar corpora), invented data."""
import re
import warnings

import pandas as pd

import analysis

STORIES = ["The council approved the budget on Tuesday.", "Workers went on strike at the port.",
           "The minister visited the flooded town.", "Prices rose again in the capital."]


def _csv(path, dates):
    rows = ["id;date;headline"] + [f"h{i};{d};{STORIES[i % len(STORIES)]} {i}" for i, d in enumerate(dates)]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def test_the_date_order_note_counts_every_numeric_date_and_names_each_kind(tmp_path):
    # 4 only day-first, 3 either way, 2 with day = month: the note's parts add up to all 9
    dates = ["19/02/2003", "28/04/2003", "25/03/2003", "13/01/2003", "05/03/2003", "01/04/2003",
             "03/02/2003", "05/05/2003", "11.11.2003"]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        c = analysis.load_corpus(_csv(tmp_path / "d.csv", dates), text_column="headline", id_column="id",
                                 date_column="date")
    probs = c.attrs["problems"]
    note = probs.loc[probs["problem"] == "date order", "action"].iloc[0]
    assert "of 9 numeric dates, 4 can only be day-first" in note
    assert "3 could be either" in note and "2 have the same day and month" in note
    counted = [int(n) for n in re.findall(r"(\d+) (?:can only|could be|have the same)", note)]
    assert sum(counted) == 9
