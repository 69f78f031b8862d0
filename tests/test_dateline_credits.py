"""The wire credited in a dateline is the story's source, not a mention of the agency.

On 1,500 AG News items the report's second most-mentioned actor was Reuters (155 mentions in
153 items), 100 of them the credit of "WASHINGTON (Reuters) - ..."; cleaning already records
that credit as the outlet. Invented texts.
"""
from __future__ import annotations

import pandas as pd

from analysis.actors import actor_mentions
from analysis.clean.cleaning import dateline_credits


def _actors(text):
    m = actor_mentions(pd.DataFrame({"doc_id": ["d1"], "text": [text]}))
    return list(zip(m["actor"], m["text"]))


def test_the_credit_of_a_dateline_is_found_at_each_line_start():
    t = "SEOUL (AP) - The talks ended.\n\nGENEVA, Switzerland (Reuters) - They resumed."
    assert [t[a:b] for a, b in dateline_credits(t)] == ["AP", "Reuters"]


def test_the_dateline_credit_is_no_mention_but_the_agency_in_the_story_is():
    found = _actors("WASHINGTON (Reuters) - The airline lost its financing, Reuters reported, "
                    "citing the Pentagon.")
    assert ("Reuters", "Reuters") in found
    assert sum(1 for a, _ in found if a == "Reuters") == 1


def test_guard_a_bracketed_agency_inside_a_sentence_is_still_a_mention():
    found = _actors("The report (Reuters) was cited by the minister on Monday.")
    assert any(a == "Reuters" for a, _ in found)


def test_a_wire_credited_with_no_place_is_the_source_and_the_outlet():
    from analysis.clean.cleaning import classify_document
    t = "AP - The Senate passed the bill on Monday, the Associated Press count showed."
    assert [t[a:b] for a, b in dateline_credits(t)] == ["AP"]
    assert [a for a, _ in _actors(t)].count("Associated Press") == 1
    assert classify_document(t).outlet == "AP"
