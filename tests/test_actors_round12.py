"""Issue 13, round 12 (outlets): one actor per organisation, and the publisher's mentions of
itself ("told the BBC" in a BBC article) marked, left out of the actor tables with a note.
Texts written for these tests."""
import pandas as pd

from analysis.actors import actor_mentions, actor_summary


def _m(*texts, **cols):
    c = pd.DataFrame({"doc_id": [f"d{i}" for i in range(len(texts))], "text": list(texts), **cols})
    return actor_mentions(c)


# ---- one actor per organisation -----------------------------------------------------------

def test_an_agency_before_a_capitalised_byline_is_the_one_listed_agency():
    # "The Associated Press By Curt Anderson": the byline's capital "By" kept the gazetteer
    # from matching and the head noun "Press" made a second "Associated Press" with no country
    m = _m("The Associated Press By Mary Holt", "Sources told The Associated Press on Monday.")
    ap = m[m["text"].eq("Associated Press")]
    assert len(ap) == 2
    assert set(ap["country"]) == {"United States"} and set(ap["resolution"]) == {"dictionary"}
    assert len(actor_summary(m).query("actor == 'Associated Press'")) == 1


def test_a_listed_outlet_before_a_byline_is_found():
    m = _m("Reuters By Mary Holt\n\nThe Guardian By Tom Rees")
    assert {"Reuters", "The Guardian", "Mary Holt", "Tom Rees"} <= set(m["actor"])


def test_a_title_case_headline_preposition_continues_no_state_name():
    m = _m("Iran In Talks With Europe Over Fuel")
    assert "Iran" in set(m["actor"])


def test_an_organisation_found_by_its_head_noun_is_the_listed_entry_of_the_same_name():
    # the head-noun rule found the name; the gazetteer lists it under another spelling
    m = _m("Officials at the US Department of Justice declined to comment.")
    doj = m[m["text"].str.contains("Justice")]
    assert doj["actor"].tolist() == ["Justice Department"]
    assert doj["country"].tolist() == ["United States"]


def test_guard_a_longer_name_and_an_unlisted_body_stay_as_written():
    m = _m("The Thomson Reuters Foundation said it would help.", "Gwent Police said the road was shut.",
           "Bank Of England Raises Rates")
    assert "Thomson Reuters Foundation" in set(m["actor"])
    assert "Reuters" not in set(m["actor"])
    gp = m[m["actor"].eq("Gwent Police")]
    assert len(gp) == 1 and gp["resolution"].iloc[0] == "document"
