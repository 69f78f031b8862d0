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


# ---- the publisher's own mentions ----------------------------------------------------------

def test_the_documents_own_outlet_is_marked_from_its_outlet_column():
    m = _m("Shop owners told the BBC they were worried. The Guardian reported the same.",
           "Shop owners told the BBC they were worried.",
           outlet=["BBC News", "Reuters"])
    bbc = m[m["actor"].eq("BBC")]
    assert bbc.set_index("doc_id")["self_reference"].to_dict() == {"d0": True, "d1": False}
    assert not m.loc[m["actor"].eq("The Guardian"), "self_reference"].any()


def test_a_wire_credited_in_the_dateline_is_the_documents_outlet():
    m = _m("LONDON (Reuters) - The company told Reuters it would grow.\n\nIt also spoke to the BBC.")
    assert m.loc[m["actor"].eq("Reuters"), "self_reference"].tolist() == [True]
    assert m.loc[m["actor"].eq("BBC"), "self_reference"].tolist() == [False]


def test_without_an_outlet_the_outlet_told_in_many_documents_is_the_corpus_publisher():
    texts = [f"Residents of the town number {i} told the BBC the road was unsafe." for i in range(6)] \
        + ["The BBC has seen the letter from the council.", "The council leader spoke to Sky News."] \
        + [f"The council met on day {i} and agreed the budget." for i in range(10)]
    m = _m(*texts)
    assert m.loc[m["actor"].eq("BBC"), "self_reference"].all()
    assert not m.loc[m["actor"].eq("Sky News"), "self_reference"].any()
    summary = actor_summary(m)
    assert "BBC" not in set(summary["actor"]) and "Sky News" in set(summary["actor"])


def test_guard_outlets_told_about_as_often_are_no_publisher():
    # a corpus of many sources: two outlets each told a few times, neither is the publisher
    texts = ["Officials told the BBC the plan was late.", "Officials told Reuters the plan was late.",
             "A source told the BBC it was over.", "A source told Reuters it was over.",
             "A resident told the BBC it flooded.", "A resident told Reuters it flooded."]
    m = _m(*texts)
    assert not m["self_reference"].any()
    # an organisation that is no news outlet is never the publisher
    m = _m(*[f"Residents told the council on day {i} that the road was unsafe." for i in range(6)])
    assert not m["self_reference"].any()


def test_the_report_says_how_many_mentions_of_the_publisher_were_left_out():
    from analysis.report import narrative

    texts = [f"Residents of the town number {i} told the BBC that Ann Lee was right." for i in range(5)]
    c = pd.DataFrame({"doc_id": [f"d{i}" for i in range(5)], "text": texts})
    m = actor_mentions(c)
    text = narrative.mention_summary(c, m)
    assert "BBC: 5 mentions (in 5 documents) of the publisher itself left out" in text
    assert text.startswith("5 mentions of 1 actor")
    assert len(m) == 10 and m["self_reference"].sum() == 5   # kept in the mentions table


def test_the_mentions_chart_leaves_the_publisher_out_and_says_so():
    import matplotlib
    matplotlib.use("Agg")
    from analysis.plots import plot_actor_mentions

    texts = [f"Residents of the town number {i} told the BBC that Ann Lee was right." for i in range(5)]
    c = pd.DataFrame({"doc_id": [f"d{i}" for i in range(5)], "text": texts,
                      "published": pd.to_datetime(["2022-01-0%d" % (i + 1) for i in range(5)])})
    fig = plot_actor_mentions(actor_mentions(c), c)
    ax = fig.axes[0]
    assert "without the publisher itself (BBC: 5 mentions)" in ax.get_title()
    assert [t.get_text() for t in ax.get_yticklabels()] == ["Ann Lee"]
