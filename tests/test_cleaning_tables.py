"""Rows of tables and lists of figures inside stories (round 12): label ``table``, left out of the
clean text by default, kept with ``keep_tables=True``. Texts written for these tests."""
from __future__ import annotations

import pandas as pd
import pytest

from analysis.clean.cleaning import LABELS, classify_document, clean_text, cleaning_report


def labels_of(raw, **kw):
    c = classify_document(raw, **kw)
    return {line.strip(): (lab, why) for line, lab, why in zip(c.lines, c.labels, c.reasons) if line.strip()}


RESULTS = ("CHICAGO, May 4 - Northfield Tool Corp reported these first quarter results:\n\n"
           "Shr 14 cts vs nine cts\n\n"
           "Net 2.3 mln vs 1,480,000\n\n"
           "Revs 51.7 mln vs 47.2 mln\n\n"
           "Avg shrs 16.4 mln vs 16.1 mln\n\n"
           "Six mths\n\n"
           "Shr 27 cts vs 20 cts\n\n"
           "The company earned 2.3 mln dlrs, or 14 cts a share, against 1,480,000 dlrs a year ago.")

IMPORTS = ("Coffee imports in the season to date, in bags, with the previous season in brackets:\n\n"
           "COLOMBIA        nil        41,200\n"
           "KENYA         3,150        12,930\n"
           "PERU            880           nil\n\n"
           "Officials in Lima said shipments to Peru would resume next month.")


def test_a_results_table_in_a_story_is_labelled_table_and_left_out():
    lab = labels_of(RESULTS)
    for row in ("Shr 14 cts vs nine cts", "Net 2.3 mln vs 1,480,000", "Revs 51.7 mln vs 47.2 mln",
                "Avg shrs 16.4 mln vs 16.1 mln", "Shr 27 cts vs 20 cts"):
        assert lab[row][0] == "table", row
        assert "figures" in lab[row][1]
    # a short label between rows belongs to the table
    assert lab["Six mths"] == ("table", "table row (a short label and figure next to rows of a table)")
    text = clean_text(RESULTS)
    assert " vs " not in text and "cts vs" not in text
    # the prose sentence with as many figures stays: it has the words of a sentence
    assert "The company earned 2.3 mln dlrs, or 14 cts a share, against 1,480,000 dlrs a year ago." in text
    assert text.startswith("CHICAGO, May 4 - Northfield Tool Corp reported")


def test_figures_in_columns_with_country_names_are_a_table_not_state_mentions():
    from analysis import actor_mentions

    lab = labels_of(IMPORTS)
    for row in ("COLOMBIA        nil        41,200", "KENYA         3,150        12,930", "PERU            880           nil"):
        assert lab[row] == ("table", "table row (figures in columns)")
    c = classify_document(IMPORTS)
    states = actor_mentions(pd.DataFrame({"doc_id": ["d"], "text": [c.text]}))
    states = states.loc[states.actor_type == "state", "actor"].tolist()
    assert states == ["Peru"]  # the sentence's Peru; the table's Colombia, Kenya, Peru are no mentions
    kept = classify_document(IMPORTS, keep_tables=True)
    states_kept = actor_mentions(pd.DataFrame({"doc_id": ["d"], "text": [kept.text]}))
    assert {"Colombia", "Kenya"} <= set(states_kept.actor)


def test_dot_leaders_make_a_table_row():
    raw = ("Money supply figures, in billions, week to March 4:\n\n"
           "Cash in circulation.........412.6 vs......409.1\n"
           "Reserve balances..............63.0 up.........1.2\n\n"
           "The central bank publishes the figures every Thursday afternoon.")
    lab = labels_of(raw)
    assert lab["Cash in circulation.........412.6 vs......409.1"][0] == "table"
    assert lab["Reserve balances..............63.0 up.........1.2"][1] == "table row (a label, dot leaders and figures)"


def test_keep_tables_keeps_the_rows_in_the_text_and_says_why():
    c = classify_document(RESULTS, keep_tables=True)
    assert "table" not in c.labels
    assert "Shr 14 cts vs nine cts" in c.text and "Revs 51.7 mln vs 47.2 mln" in c.text
    reason = dict(zip(c.lines, c.reasons))["Net 2.3 mln vs 1,480,000"]
    assert reason == "story text (list of figures (a label and figures, no sentence); kept: keep_tables=True)"
    assert clean_text(RESULTS, keep_tables=True) == c.text


@pytest.mark.parametrize("line", [
    # prose with many figures: function words and a full stop
    "The company earned 1.2 mln dlrs, or 12 cts a share, against 900,000 dlrs.",
    "Exports rose 12.5 pct to 4.1 billion dlrs in March from 3.6 billion in February.",
    # a double space after a full stop is no column, nor one typed inside a sentence
    "The vote was 52 to 48.  Turnout was 61 pct, the highest since 1992.",
    "Three men were held for trying to extort  $3 million from a club owner in 2004 (AP)",
    # a list item with one figure
    "1. Revenue up 12% on the year",
    # a hard-wrapped line of prose with figures and no final full stop
    "prices rose by 3.4 pct in the year to 1,250 dlrs an ounce, the",
    # a heading with numbers but the words of a phrase
    "Top 10 films of 2023",
    # an address has no figure cells
    "10 Downing Street, London SW1A 2AA",
])
def test_prose_and_headings_with_figures_stay_body(line):
    raw = ("Markets were calm on Monday as traders waited for the central bank's decision.\n\n"
           f"{line}\n\nAnalysts expect no change before the summer, one economist said.")
    assert labels_of(raw)[line][0] != "table", line


@pytest.mark.parametrize("line", [
    # dates are no figures: a page timestamp, a dateline, a byline with its date or age
    "January 08, 2008 10:28pm",
    "LOS ANGELES,  Dec. 27 (UPI) --",
    "Kim Oduya (Reuters), 14 Mar 2019",
    # a byline with the time since posting, in columns of a page layout
    "By KIM ODUYA, Associated Press Writer                  1 hour,  44 minutes ago",
])
def test_timestamps_and_datelines_are_no_table_rows(line):
    from analysis.clean.cleaning import _table_row

    assert _table_row(line) is None, line


def test_a_document_that_is_only_a_table_is_emptied_with_a_reason_and_named_by_the_loader(tmp_path):
    from analysis.corpus.loading import load_corpus

    only = "Shr 1.02 dlrs vs 88 cts\n\nNet 12.6 mln vs 10.9 mln\n\nRevs 140.2 mln vs 131.0 mln"
    c = classify_document(only)
    assert c.text == ""
    rows = [why for lab, why in zip(c.labels, c.reasons) if lab == "table"]
    assert len(rows) == 3 and all("its clean text is empty (keep_tables=True keeps the rows)" in w for w in rows)
    path = tmp_path / "items.csv"
    pd.DataFrame({"doc_id": ["t", "s"], "title": ["Halcyon Foods 2nd qtr net", "Quiet day"],
                  "text": [only, "Nothing moved on the exchange on Monday, dealers said."]}).to_csv(path, index=False)
    corpus = load_corpus(path, on_error="ignore", detect_language=False)
    assert corpus.set_index("doc_id").text["t"] == ""
    problems = corpus.attrs["problems"]
    hit = problems[problems.problem == "only a table"]
    assert hit.doc_id.tolist() == ["t"] and "keep_tables=True" in hit.action.iloc[0]
    assert corpus.attrs["keep_tables"] is False
    kept = load_corpus(path, on_error="ignore", detect_language=False, keep_tables=True)
    assert kept.set_index("doc_id").text["t"].startswith("Shr 1.02 dlrs vs 88 cts")
    assert kept.attrs["keep_tables"] is True
    assert "only a table" not in set(kept.attrs["problems"].problem)


def test_a_headline_of_figures_and_a_one_line_figure_list_stay_and_say_what_they_read_like():
    # headline and teaser: the score in the headline is the news; the line says what it reads like
    c = classify_document("Harbour City 3, Rovers 1\n\nA late header settled the derby on Saturday.")
    assert c.labels[0] == "title" and c.title == "Harbour City 3, Rovers 1"
    raw = "Harbour City 3, Rovers 1 (aet.)\n\nA late header settled the derby on Saturday."
    c = classify_document(raw)
    assert c.labels[0] == "body" and c.text.startswith("Harbour City 3, Rovers 1 (aet.)")
    # names with their figures are news, not a table's cells (round 12 review): plain story text
    assert c.reasons[0].startswith("story text") and "list of figures" not in c.reasons[0]
    # a one-line item is never emptied, however much it reads like a figure list; it says so
    for line in ("Gold 1,912.40 vs 1,899.10; silver 23.05 vs 22.80",):
        c = classify_document(line)
        assert c.labels == ["body"] and c.text == line
        assert c.reasons[0].startswith("story text (a short item: kept, although it reads like a list of figures")
    # a count of people in a state ("300 missing") is a clause, not a figure cell (round 13): plain text
    c = classify_document("flood kills 14 300 missing")
    assert c.labels == ["body"] and c.reasons == ["story text"]


@pytest.mark.parametrize("line", ["Shr 33p vs 38p", "Pre-tax profit \u00a34.2m vs \u00a33.9m"])
def test_british_style_figures_with_units_are_cells(line):
    raw = ("LONDON, June 2 - Marlow Textiles plc said its half-year results were as follows.\n\n"
           f"{line}\n\nTurnover 88.1m vs 80.4m\n\nThe board proposed an unchanged dividend, the company said.")
    assert labels_of(raw)[line][0] == "table"


def test_cleaning_report_labels_tables_as_the_corpus_was_loaded():
    assert "table" in LABELS
    df = pd.DataFrame({"doc_id": ["r"], "raw_text": [RESULTS]})
    report = cleaning_report(df)
    assert (report.label == "table").sum() == 6
    assert set(report.loc[report.label == "table", "reason"]) >= {"table row (a short label and figure next to rows of a table)"}
    df.attrs["keep_tables"] = True
    assert (cleaning_report(df).label == "table").sum() == 0
    assert (cleaning_report(df, keep_tables=False).label == "table").sum() == 6


def test_the_kept_removed_chart_draws_the_table_label():
    import matplotlib

    matplotlib.use("Agg")
    from analysis.plots.corpus import _COLOURS, plot_kept_removed

    report = cleaning_report(pd.DataFrame({"doc_id": ["r"], "raw_text": [RESULTS]}))
    fig = plot_kept_removed(report)
    names = [t.get_text() for t in fig.legends[0].get_texts()]
    assert "table" in names and "table" in _COLOURS


def test_annotate_passes_keep_tables_to_the_loader_and_the_stored_lines_agree(tmp_path):
    import analysis

    path = tmp_path / "items.csv"
    pd.DataFrame({"doc_id": ["r"], "title": ["Northfield Tool first quarter"], "text": [RESULTS]}).to_csv(path, index=False)
    for keep, store_dir in ((False, tmp_path / "s1"), (True, tmp_path / "s2")):
        store = analysis.annotate(path, store=store_dir, progress=False, keep_tables=keep)
        lines = store.table("lines")
        text = store.table("documents").set_index("doc_id").text["r"]
        assert bool((lines.label == "table").sum() == 0) is keep
        assert ("Shr 14 cts vs nine cts" in text) is keep


@pytest.mark.parametrize("line", ["Final score: Arsenal 2 Chelsea 1", "Goals: Saka 12, Havertz 55"])
def test_names_with_their_figures_in_a_story_are_text(line):
    raw = ("The champions were held at home on Saturday, the second draw in a row for the leaders.\n\n"
           f"{line}\n\nThe manager said the team had lacked energy after the midweek cup tie.")
    assert labels_of(raw)[line][0] != "table"
