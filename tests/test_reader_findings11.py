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


_WIRE_STORY = ("LONDON, March 3 - The central bank said on Tuesday it would\n"
               "keep its lending rate unchanged for the third month running\n"
               "after prices rose less than expected in the last quarter and\n"
               "the pound held steady against the dollar, traders said\n"
               "    Dealers said the decision had been widely expected and\n"
               "that markets would now look to next month's trade figures\n"
               "for a sign of how the economy was faring this spring\n")


def test_a_wire_sign_off_sets_the_outlet_in_every_case_it_is_written_and_the_audit_says_so():
    from analysis.clean.cleaning import classify_document

    # the same sign-off in three cases, on a hard-wrapped story in which no line reads as a
    # paragraph start (the Reuters stories where the sign-off was called an "outlet line")
    for signoff in (" Reuter", " REUTER", " reuter", "Reuters"):
        d = classify_document(_WIRE_STORY + signoff)
        assert d.outlet in ("Reuter", "Reuters"), signoff
        last = d.reasons[-1]
        assert last.startswith("wire sign-off: sets the outlet"), (signoff, last)
        assert "REUTER" not in d.text and "reuter" not in d.text.lower()
    # a story without a sign-off gets no outlet
    assert classify_document(_WIRE_STORY).outlet is None
    # the inline dateline says it set the outlet
    d = classify_document("SEOUL (Reuters) - South Korea's president met union leaders on Monday to "
                          "discuss the strike at the port, officials said.")
    assert d.outlet == "Reuters" and "its dateline sets the outlet: Reuters" in d.reasons[0]


def test_the_event_timeline_axis_covers_the_bulk_of_the_events_and_names_the_outliers():
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.dates as mdates
    from analysis.plots.timeline import event_timeline

    # 38 events in 1987 and two strays (1977, 2001): the axis must not run 1977-2001
    days = pd.date_range("1987-03-02", periods=38, freq="5D")
    dates = list(days) + [pd.Timestamp("1977-11-01"), pd.Timestamp("2001-06-30")]
    ev = pd.DataFrame({"doc_id": [f"d{i}" for i in range(40)], "sent_id": 0,
                       "sentence": [f"It happened on {d:%B %d, %Y}." for d in dates],
                       "expression": [f"{d:%B %d, %Y}" for d in dates], "date": dates,
                       "granularity": "day"})
    fig = event_timeline(ev, max_events=40)
    ax = fig.axes[0]
    lo, hi = (mdates.num2date(x).replace(tzinfo=None) for x in ax.get_xlim())
    assert pd.Timestamp("1986-06-01") < pd.Timestamp(lo) and pd.Timestamp(hi) < pd.Timestamp("1988-06-01")
    label = ax.get_xlabel().replace("\n", " ")
    assert "2 of 40 rows lie outside the axis" in label and "1977" in label and "2001" in label
    # every row is still drawn and dated on its label
    assert len(ax.get_yticklabels()) == 40
    # without strays, no note
    assert "outside" not in event_timeline(ev.iloc[:38], max_events=40).axes[0].get_xlabel()
    matplotlib.pyplot.close("all")


def test_documents_behind_each_compared_group_agree_with_the_compared_line_or_say_why():
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).parent))
    from _topic_corpus import themed_corpus

    from analysis.report import narrative

    c = themed_corpus(n_docs=9)
    odd = pd.DataFrame({"doc_id": ["empty", "table"], "text": ["", "one month 4 7/8 - 4 3/4\n\n3 months 5.1 - 5.0"],
                        "published": pd.Timestamp("2016-05-05"), "outlet": "Daily Ledger"})
    c = pd.concat([c, odd], ignore_index=True)
    cmp = narrative.comparison(c, ["outlet=Daily Ledger", "outlet=Evening Courier"])
    c["comparison"] = cmp.groups.to_numpy()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        model = analysis.fit_topics(c, k=3, reuse=False, n_refits=0)
    line = narrative.documents_behind(model.prevalence("comparison"), cmp)
    sizes = [int((cmp.groups == g).sum()) for g in cmp.labels]
    assert sizes == [7, 4]   # the Compared line's counts
    assert f"outlet=Daily Ledger: 5 of its 7 (2 have no vocabulary term after cleaning" in line
    assert "outlet=Evening Courier: 4 (every document of the group)" in line


def test_the_words_behind_each_groups_tone_are_shown_with_topical_words_marked():
    from analysis.report import narrative
    from analysis.sentiment.scores import NEWS_TOPICAL_TERMS, sentiment_drivers

    c = pd.DataFrame({"doc_id": ["b1", "b2", "p1", "p2"],
                      "text": ["Energy bills rose again as the energy price cap was lifted.",
                               "Households cut energy use. Energy firms reported record profits.",
                               "The minister faced a angry protest over the bill.",
                               "Opposition leaders condemned the cruel plan."],
                      "group": ["business", "business", "politics", "politics"]})
    sents = analysis.sentence_sentiment(c)
    sents["group"] = sents["doc_id"].map(c.set_index("doc_id")["group"])
    d = sentiment_drivers(sents, by="group")
    biz = d[(d["group"] == "business") & (d["direction"] == "positive")].set_index("word")
    assert "energy" in NEWS_TOPICAL_TERMS
    assert biz.loc["energy", "topical_term"] and biz.loc["energy", "occurrences"] == 4
    assert biz["share"].iloc[0] == biz["share"].max() and biz.index[0] == "energy"
    assert set(d["group"]) == {"business", "politics"}
    text = narrative.tone_drivers_summary(d, "group", labels=["business", "politics"])
    assert "**business**" in text and "*energy*†" in text and "topical word" in text
    assert text.index("**business**") < text.index("**politics**")


def test_a_year_outside_the_bulk_is_an_arrow_even_when_another_rows_bar_reaches_it():
    import matplotlib
    matplotlib.use("Agg")
    from analysis.plots.timeline import event_timeline

    # (ABC headlines: three "2004" bars end on 2005-01-01, and "from 2005" lies outside the
    # bulk: it was said to be outside and drawn as a bar all the same)
    dates = list(pd.date_range("2003-03-01", periods=15, freq="10D")) + [pd.Timestamp("2004-01-01")] * 3 \
        + [pd.Timestamp("2005-01-01"), pd.Timestamp("2000-01-01")]
    gran = ["day"] * 15 + ["year"] * 5
    ev = pd.DataFrame({"doc_id": [f"d{i}" for i in range(20)], "sent_id": 0, "sentence": "x",
                       "expression": "x", "date": dates, "granularity": gran})
    fig = event_timeline(ev, max_events=40)
    ax = fig.axes[0]
    label = ax.get_xlabel().replace("\n", " ")
    n_out = int(label.split(" of ")[0].split("(")[-1])
    arrows = [c for c in ax.collections if c.get_paths() and len(c.get_offsets()) == 1
              and c.get_sizes()[0] == 60]
    assert n_out == len(arrows) == 2
    matplotlib.pyplot.close("all")


_STORY = ("Harry Redknapp out of Newcastle running\n\n"
          "Portsmouth manager Harry Redknapp has denied speculation linking him with the vacant post at "
          "St James' Park after the club sacked its manager on Wednesday afternoon.\n\n"
          "\"I really do not know anything about this. I have not spoken to anyone from Newcastle,\" "
          "said Redknapp, who added that he was happy on the south coast with his family.\n\n"
          "The club's owner is expected to name a new manager before the weekend, officials said.\n\n")


def test_a_thread_of_signed_reader_comments_is_not_story_text():
    from analysis.clean.cleaning import classify_document

    comments = ("Comments\n\nWhat a marvellous opportunity for him. He now has a bit of money.\n\n"
                "Posted by Idealist on January 10, 2008 5:58 PM\n\nReport this comment\n\n"
                "They can have our manager for free, and our chairman too.\n\n"
                "Posted by rupert on January 10, 2008 5:15 PM\n\nReport this comment\n\n"
                "Newcastle must be barking mad to change managers so often.\n\n"
                "Posted by: tax payer, Bolton on 11:21pm Tue 1 Jan 08\n\nPost a comment\n")
    d = classify_document(_STORY + comments)
    assert "Posted by" not in d.text and "marvellous" not in d.text and "barking mad" not in d.text
    assert "said Redknapp" in d.text and "before the weekend" in d.text
    assert any(r.startswith("reader comments (3 signed") for r in d.reasons)
    # a blog post signed once keeps every line
    blog = _STORY + "Posted by Jane Smith on January 10, 2008 5:58 PM\n"
    assert "before the weekend" in classify_document(blog).text
    assert not any(r.startswith("reader comments") for r in classify_document(blog).reasons)


def _page(author):
    body = "".join(f"<p>{s}</p>" for s in [
        "The city council approved the new budget on Tuesday after a long debate about the cost of "
        "repairing the harbour wall and the bridges over the river.",
        "The mayor said the vote showed that the council could agree on the most urgent repairs, and "
        "officials said the first work would start in the spring.",
        "Opposition members said the plan raised local taxes too far and promised to bring the question "
        "back to the council before the summer recess."])
    return (f"<html><head><title>Council approves budget</title><meta name=\"author\" content=\"{author}\">"
            f"</head><body><article><h1>Council approves budget</h1>{body}</article></body></html>")


def test_a_date_or_a_prompt_in_the_pages_author_field_is_not_an_author(tmp_path):
    for name, author in (("a", "Dec"), ("b", "Friday; January"), ("c", "Enter your email"),
                         ("d", "John Leyden More by this author"), ("e", "Jane Doe")):
        (tmp_path / f"{name}.html").write_text(_page(author), encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        c = analysis.load_corpus(tmp_path).set_index("doc_id")
    got = dict(zip(c["source_path"], c["author"]))
    assert got["e.html"] == "Jane Doe" and got["d.html"] == "John Leyden"
    for f in ("a.html", "b.html", "c.html"):
        assert pd.isna(got[f]) or got[f] in ("", "None"), (f, got[f])
    notes = dict(zip(c["source_path"], c["metadata_note"].fillna("")))
    assert "author 'Friday; January' from the page refused: a date or a time" in notes["b.html"]
