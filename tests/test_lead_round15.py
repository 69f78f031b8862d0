"""Lead's tests of round 15: fixes found while merging the round's branches."""
import pandas as pd
import pytest

import analysis


@pytest.mark.parametrize("text", [
    "Sales rose 5 pct from the year\nearlier period, the company said.",
    "Sales rose from the comparable quarter of a year\nearlier.",
    "Sales rose from the year  earlier quarter.",
])
def test_a_year_earlier_broken_over_lines_is_the_year_back_not_a_crash(text):
    # wire copy wraps lines inside "a year earlier"; the quarter rule read the phrase with single
    # spaces only, fell through to its capture group (None) and raised AttributeError on the
    # whole corpus call (Reuters-21578 story 15773)
    df = pd.DataFrame({"doc_id": ["d"], "text": [text], "published": [pd.Timestamp("1987-04-09")]})
    out = analysis.extract_dates(df)
    assert out["value"].tolist() == ["1986"]
