"""Issue 13, round 12 (outlets): one name per outlet in the documents table, and a dateline's
place is no outlet. Texts written for these tests."""
import pandas as pd

import analysis
from analysis.clean.cleaning import classify_document
from analysis.corpus.html_metadata import clean_outlet
from analysis.lexicons import outlet_name

_STORY = """Council backs new bus lanes

By KAREN MILLS
{line}

NEW YORK -- The city council voted on Tuesday to add bus lanes to three avenues, a plan it has debated for a year.

Opponents said the lanes would slow deliveries."""


def test_one_agency_written_several_ways_is_one_outlet():
    assert {outlet_name(x) for x in ("AP", "THE ASSOCIATED PRESS", "The Associated Press", "Associated Press")} \
        == {"Associated Press"}
    assert outlet_name("REUTER") == outlet_name("Reuters") == "Reuters"
    assert clean_outlet("THE ASSOCIATED PRESS") == ("Associated Press", None)
    assert clean_outlet("Reuters.com") == ("Reuters", None)


def test_the_documents_table_gives_one_name_per_outlet():
    docs = pd.DataFrame({"doc_id": ["a", "b"],
                         "text": [_STORY.format(line="THE ASSOCIATED PRESS"), _STORY.format(line="AP")]})
    import pathlib
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        for i, t in enumerate(docs["text"]):
            pathlib.Path(tmp, f"{i}.txt").write_text(t, encoding="utf-8")
        corpus = analysis.load_corpus(tmp)
    assert corpus["outlet"].tolist() == ["Associated Press", "Associated Press"]


def test_a_place_in_capitals_next_to_the_byline_is_no_outlet():
    c = classify_document(_STORY.format(line="SAN JOSE"))
    assert c.outlet is None
    assert any("not the outlet" in (r or "") for r in c.reasons)
    assert classify_document(_STORY.format(line="Leeds, England")).outlet is None


def test_guard_an_outlet_line_in_capitals_or_unknown_to_the_data_is_kept():
    assert classify_document(_STORY.format(line="THE ASSOCIATED PRESS")).outlet == "THE ASSOCIATED PRESS"
    assert classify_document(_STORY.format(line="THE DAILY EXAMINER")).outlet == "THE DAILY EXAMINER"
    assert classify_document(_STORY.format(line="The Examiner")).outlet == "The Examiner"
    # an outlet the data do not know keeps its own name; a site of another country is not merged
    assert clean_outlet("SignOnSanDiego.com") == ("SignOnSanDiego.com", None)
    assert clean_outlet("Independent.ie") == ("Independent.ie", None)
    assert outlet_name("San Jose") is None
