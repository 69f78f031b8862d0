"""Wire datelines are when a story was filed, not an event it dates (round 10b reader finding 2)."""
import pandas as pd
import pytest

import analysis
from analysis.dates.extract import _is_inline_dateline


def _corpus(*texts):
    return pd.DataFrame({"doc_id": [f"d{i}" for i in range(len(texts))],
                         "published": pd.to_datetime(["1987-03-02"] * len(texts)),
                         "text": list(texts)})


@pytest.mark.parametrize("line", [
    "BUENOS AIRES, March 2 - Argentine crude oil production was down.",
    "WASHINGTON, March 2 (Reuters) - The talks went on.",
    "SAN JOSE, Calif., March 2 - Apple said it would hire.",
    "Kuala Lumpur, March 2 -- Palm oil prices rose.",
    "NEW YORK, March 2 \u2014 Shares rose.",
    # web-era wire forms (AG News): no comma, the year, the date or the source in brackets
    "JERUSALEM March 2, 1987 - Israel announced plans.",
    "KABUL, Afghanistan March 2, 1987 - A lawyer spoke.",
    "MARCH 2, 1987 (IDG NEWS SERVICE) - A majority agreed.",
    "NEW YORK, (March 2, 1987) - Cattle farmers waited.",
    "3/2/1987 -- Cisco Systems announced a partner.",
])
def test_the_date_of_a_wire_dateline_is_no_event(line):
    ev = analysis.events(_corpus(line + " The ministry said output fell in January."))
    assert ev["expression"].tolist() == ["January"]


@pytest.mark.parametrize("text", [
    "The vote, held on March 2 - a Monday - was close.",
    "Talks ended on March 2 - a day early.",
    "The company said on March 2 - after the close - that profit fell.",
    "Since March 2 - when the strike began - no ship has sailed.",
    "In March 2 - a Monday - the firm reopened.",
])
def test_a_date_before_a_dash_inside_a_sentence_is_still_an_event(text):
    ev = analysis.events(_corpus(text))
    assert ev["expression"].tolist() == ["March 2"]


def test_only_the_head_of_a_line_counts():
    s = "Output fell. LONDON, March 2 - it rose"
    assert not _is_inline_dateline(s, s.index("March"), s.index("March") + 7)
    s2 = "LONDON, March 2 - it rose"
    assert _is_inline_dateline(s2, s2.index("March"), s2.index("March") + 7)
