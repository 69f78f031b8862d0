"""Cleaning weighs what a line is: a rule that fires on a line carrying most of its document
(an article stored as one line, a one-paragraph item) records what it noticed and keeps the line.
All texts invented."""
from __future__ import annotations

import pandas as pd
import pytest

from analysis.clean.cleaning import LONG_LINE_SHARE, LONG_LINE_WORDS, classify_document, cleaning_report

STORY = ("The harbour board of Westmere voted on Tuesday to close the old ferry pier after "
         "engineers found cracks in three of its pillars, and the mayor said repairs would take "
         "most of the coming year while a temporary landing is built further along the shore. ")


# Each rule below fires on its line; the line is the whole document.
ONE_LINE = [
    (STORY + "The minister answered on her account https://t.co/Ab12Cd34 within the hour. " + STORY,
     "embedded social post (link)"),
    (STORY + "A picture of the cracks went round quickly pic.twitter.com/xYz987 that evening. " + STORY,
     "embedded social post (link)"),
    (STORY + "Comments are closed on the board's own page, the mayor's office said. " + STORY,
     "comment section"),
    ("The harbour board of Westmere voted on Tuesday to close the old ferry pier after engineers "
     "found cracks in three of its pillars, seen here from the shore on Monday evening. (AP Photo/Ann Lee)",
     "photo or image credit"),
    ("Reporting by Ann Lee and Tom Okafor in Westmere, with the harbour board, the ferry crews, the "
     "engineers who found the cracks, and the mayor who said repairs would take most of the coming "
     "year; editing by Sam Ruiz", "credit line"),
]


@pytest.mark.parametrize("raw, noticed", ONE_LINE)
def test_one_line_article_is_kept_whole_and_the_rule_is_noted(raw, noticed):
    c = classify_document(raw)
    assert c.labels == ["body"]
    assert "kept whole" in c.reasons[0] and noticed in c.reasons[0]
    assert c.text == " ".join(raw.split())
    rep = cleaning_report(pd.DataFrame({"doc_id": ["d1"], "raw_text": [raw]}))
    assert rep["label"].tolist() == ["body"] and noticed in rep["reason"].iloc[0]


@pytest.mark.parametrize("raw, noticed", ONE_LINE[:3])
def test_one_line_article_under_a_headline_is_kept(raw, noticed):
    c = classify_document("Westmere closes its ferry pier\n\n" + raw)
    assert c.labels[0] == "title" and c.labels[-1] == "body" and noticed in c.reasons[-1]


def test_the_same_furniture_on_a_line_of_its_own_still_goes():
    raw = (STORY + "\n\n" + STORY + "\n\n"
           "So proud of the crews today https://t.co/Ab12Cd34\n\nSign up for our newsletter\n\n"
           "Photo: Getty Images\n\nComments are closed.")
    c = classify_document(raw)
    removed = {r for lab, r in zip(c.labels, c.reasons) if lab != "body"}
    assert "embedded social post (link)" in removed
    assert "share/subscribe prompt" in removed
    assert "photo or image credit" in removed
    assert "comment section" in removed
    assert not any("kept whole" in r for r in c.reasons)
    assert "Westmere" in c.text and "newsletter" not in c.text and "t.co" not in c.text


def test_a_long_paragraph_that_is_not_most_of_the_document_is_judged_as_before():
    long_para = " ".join(["word"] * (LONG_LINE_WORDS + 5)) + " https://t.co/Zz"
    others = "\n\n".join([STORY] * 4)  # the paragraph holds well under half the text
    assert len(long_para) < LONG_LINE_SHARE * (len(long_para) + 4 * len(STORY.strip()))
    c = classify_document(others + "\n\n" + long_para)
    assert c.labels[-1] == "embed"


def test_short_item_with_a_link_keeps_its_text_but_a_bare_link_goes():
    c = classify_document("Council approves new budget for river defences https://t.co/Qq1")
    assert c.labels == ["body"] and "short item" in c.reasons[0]
    c = classify_document("pic.twitter.com/Qq1")
    assert c.labels == ["embed"]


def test_site_closing_block_does_not_swallow_a_dominant_line():
    raw = ("Readers on our site and in the comments debated the ferry pier all week. " + STORY * 2
           + "\n\nComments are closed.")
    c = classify_document(raw)
    assert c.labels[0] == "body" and c.labels[-1] == "boilerplate"
