"""Sentences of notebook 04 computed by analysis.report.narrative (corpus runs, findings 3-5), on
invented texts."""

import pandas as pd

import analysis
from analysis.report import narrative
from analysis.actors.mentions import actor_summary
from conftest import build_corpus

MIXED = ("Ann Lestrade, a baker in Dunmore, said the BBC had called. Britain's bakers are worried, "
         "Lestrade said. \"Prices keep rising,\" she said.")


def _corpus(texts):
    return build_corpus(*texts)


def test_lower_case_text_is_named_as_the_reason_for_no_actors():
    c = _corpus(["police probe death of man in city flat", "pm says talks with iran will go on",
                 "council rejects plan for new bridge"])
    m = analysis.actor_mentions(c)
    q = analysis.extract_quotes(c)
    assert m.empty and q.empty
    text = narrative.mention_summary(c, m, analysis.cooccurrence(c, mentions=m))
    assert "lower case" in text and "Capitalisation" in text and "nan" not in text
    qt = narrative.quote_summary(q, c)
    assert "left out" in qt and "nan" not in qt and "capitalisation" in qt


def test_upper_case_and_partly_lower_case_corpora():
    assert narrative.letter_case(_corpus(["PM SAYS TALKS WILL GO ON", MIXED, "a b c"])).tolist() \
        == ["upper", "mixed", "lower"]
    note = narrative.case_note(_corpus(["PM SAYS TALKS WILL GO ON"] * 2))
    assert "capitals only" in note
    note = narrative.case_note(_corpus([MIXED] * 9 + ["pm says no"]))
    assert note.startswith("**Capitalisation.** 1 of 10 documents (10%)")
    assert narrative.case_note(_corpus([MIXED] * 30 + ["pm says no"])) == ""


def test_mention_summary_separates_dictionary_gazetteer_and_rules():
    c = _corpus([MIXED])
    m = analysis.actor_mentions(c)
    text = narrative.mention_summary(c, m, analysis.cooccurrence(c, mentions=m))
    assert "nan" not in text
    assert "name an entry of the actor dictionary" in text and "gazetteers" in text
    assert "share a sentence with another actor" in text


def test_people_not_in_dictionary_leaves_out_gazetteer_states_and_bodies():
    c = _corpus([MIXED])
    m = analysis.actor_mentions(c)
    s = actor_summary(m)
    assert {"United Kingdom", "BBC"} <= set(s["actor"])
    people = narrative.people_not_in_dictionary(m, s)
    assert people["actor"].tolist() == ["Ann Lestrade"]
    assert narrative.people_not_in_dictionary(m.iloc[0:0], s.iloc[0:0]).empty


def test_quote_summary_reports_named_speakers_apart_from_dictionary_links():
    c = _corpus([MIXED])
    q = analysis.extract_quotes(c)
    text = narrative.quote_summary(q, c)
    assert text.startswith("1 quotation in 1 document. Speakers: 100% are named people or bodies")
    assert "0% of the quotations are linked to an entry" in text
    assert "100% have a named speaker that no list knows" in text


def test_shares_are_never_nan_and_small_shares_are_not_rounded_to_zero():
    assert narrative._pct(0, 0) == "-"
    assert narrative._pct(1, 1000) == "<1%"
    assert narrative._pct(999, 1000) == ">99%"


def test_mention_summary_names_the_heatmap_only_when_it_is_drawn():
    # 04 leaves the per-year heatmap out on an undated corpus (MasakhaNEWS), but the summary
    # still pointed the reader to "the heatmap below"
    import pandas as pd
    c = _corpus([MIXED, MIXED.replace("Dunmore", "Kilcar")])
    m = analysis.actor_mentions(c)
    cooc = analysis.cooccurrence(c, mentions=m)
    undated = narrative.mention_summary(c.assign(published=pd.NaT), m, cooc)
    assert "share a sentence with another actor" in undated and "heatmap" not in undated
    dated = narrative.mention_summary(c.assign(published=pd.Timestamp("2021-03-04")), m, cooc)
    assert "the heatmap below" in dated


def test_mention_summary_names_the_dictionary_it_used():
    # a researcher who passed their own dictionary sees it named in 04's summary
    m = pd.DataFrame({"doc_id": ["a"], "actor": ["Ann Lee"], "actor_type": ["person"],
                      "in_dictionary": [True], "resolution": ["dictionary"]})
    text = narrative.mention_summary(pd.DataFrame({"doc_id": ["a"]}), m, dictionary_source="mine.yml")
    assert "100% of the mentions name an entry of the actor dictionary (`mine.yml`)" in text
    assert "(`" not in narrative.mention_summary(pd.DataFrame({"doc_id": ["a"]}), m)
