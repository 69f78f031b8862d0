"""Round-13 reader findings (exports of other shapes read as a new user would), invented data."""
import html
import json
import re
import warnings

import pandas as pd
import pytest

import analysis
from analysis.corpus.loading import load_corpus


def _load(path, **kw):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return load_corpus(path, **kw)


_STORY = ('<div class="story"><h2>Council backs the new bridge</h2>'
          '<p>The city council voted on Tuesday to build a new bridge over the river.</p>'
          '<p>&quot;It will cut the journey by half,&quot; said Mayor Ann Ruiz of '
          '<a href="https://example.org/x">Riverton</a>.</p>'
          '<script>var tracker = "ad-slot-7"; document.write(tracker);</script>'
          '<p class="share">Share this article</p></div>')


def _rows():
    return [
        {"id": "a1", "content": _STORY, "headline": "Council backs the new bridge"},
        # an export whose markup is upper-case, with line breaks instead of paragraphs
        {"id": "a2", "content": "Rain closed the harbour on Monday.<BR/>Ferries will sail again "
                                "on Friday, the port said.<br>Fishermen waited.", "headline": "Rain"},
        # guards: plain text that writes angle brackets is no markup
        {"id": "g1", "content": "Burlington Resources Inc <BR> said its profit rose. Shares of "
                                "<BR> gained 2 pct, and x < y > z was the rule.", "headline": "BR"},
        {"id": "g2", "content": "Trans World Airlines <TWA> said traffic rose.\n\nIt gave no "
                                "figures.", "headline": "TWA"},
    ]


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "parquet"])
def test_a_text_column_holding_html_is_read_as_text_with_its_paragraphs_and_said(tmp_path, fmt):
    # a CMS or API export often keeps the article's HTML in its text column; it was loaded as
    # it stood: every tag, attribute and script went into the text (tokens, topics, tone), and
    # the whole story was one paragraph
    path = tmp_path / f"export.{fmt}"
    rows = _rows()
    if fmt == "csv":
        pd.DataFrame(rows).to_csv(path, index=False)
    elif fmt == "jsonl":
        path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    else:
        pd.DataFrame(rows).to_parquet(path)
    c = _load(path, text_column="content", id_column="id", title_column="headline").set_index("doc_id")
    a1 = c.loc["a1"]
    for debris in ("<p", "<div", "class=", "href", "</a>", "tracker", "document.write", "&quot;"):
        assert debris not in a1["text"] and debris not in a1["raw_text"], debris
    # the words of the story stay, with the link's anchor text and the decoded quotation marks
    assert 'said Mayor Ann Ruiz of Riverton.' in a1["text"]
    assert '"It will cut the journey by half,"' in a1["text"]
    # a paragraph at each <p>: the two sentences are two paragraphs
    assert "river.\n\n\"It will" in a1["raw_text"]
    a2 = c.loc["a2"]
    assert "<BR/>" not in a2["raw_text"] and "<br>" not in a2["raw_text"]
    assert "Rain closed the harbour on Monday.\n\nFerries will sail" in a2["raw_text"]
    # guards: a ticker or a comparison in angle brackets is text, left as it was written
    assert "Burlington Resources Inc <BR> said" in c.loc["g1", "raw_text"]
    assert "x < y > z" in c.loc["g1", "raw_text"]
    assert "Trans World Airlines <TWA> said" in c.loc["g2", "raw_text"]
    # never silent: a note for each row read as markup (so that the count holds however the
    # file is read in chunks), saying what was done
    p = c.attrs["problems"]
    note = p[p["problem"] == "HTML markup in the text column"]
    assert sorted(note["doc_id"]) == ["a1", "a2"]
    assert "script" in note["action"].iloc[0]


def test_a_cell_of_html_without_any_text_is_an_empty_text_named_as_such(tmp_path):
    path = tmp_path / "export.csv"
    pd.DataFrame([{"doc_id": "x", "text": "<div><p></p><script>var a = 1;</script></div>"},
                  {"doc_id": "y", "text": "<p>One story, its line\nwrapped in the export.</p>\n<p>Next.</p>"}]
                 ).to_csv(path, index=False)
    c = _load(path)
    assert list(c["doc_id"]) == ["y"]
    # a line break inside markup is a space: one paragraph per <p>, not per line
    assert c["raw_text"].iloc[0] == "One story, its line wrapped in the export.\n\nNext."
    p = c.attrs["problems"]
    row = p[p["doc_id"] == "x"]
    assert row["problem"].iloc[0] == "empty text" and "HTML markup" in row["action"].iloc[0]


def _nested_records():
    return [{"id": f"n{i}", "body": f"The council met on Monday. Mayor Ann Ruiz said plan {i} was good.",
             "meta": {"published": f"2021-03-0{i + 1}T10:00:00Z", "section": "city",
                      "source": {"name": "Riverton Post"}}} for i in range(3)]


@pytest.mark.parametrize("fmt", ["jsonl", "parquet"])
def test_a_column_named_by_its_path_into_a_nested_object_is_read(tmp_path, fmt):
    # an API export keeps its metadata in nested objects; --date-column meta.published found
    # nothing and the corpus had no dates, without a word
    path = tmp_path / f"export.{fmt}"
    recs = _nested_records()
    if fmt == "jsonl":
        path.write_text("".join(json.dumps(r) + "\n" for r in recs), encoding="utf-8")
    else:
        pd.DataFrame(recs).to_parquet(path)
    c = _load(path, text_column="body", id_column="id", date_column="meta.published",
              outlet_column="meta.source.name")
    assert list(c["published"].dt.day) == [1, 2, 3]
    assert set(c["outlet"]) == {"Riverton Post"}
    assert "meta" in c.columns   # the nested object stays a column (nothing lost)
    assert not any(p.startswith("no column") for p in c.attrs["problems"]["problem"])


def test_a_metadata_column_the_caller_named_that_no_row_has_is_said(tmp_path):
    path = tmp_path / "export.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in _nested_records()), encoding="utf-8")
    c = _load(path, text_column="body", id_column="id", date_column="meta.date",
              title_column="headline")
    p = c.attrs["problems"].set_index("problem")
    assert "no column 'meta.date'" in p.index and "no column 'headline'" in p.index
    assert "date_column='meta.date' names no column of the rows read" in p.loc["no column 'meta.date'", "action"]
    assert "columns: body" not in p.loc["no column 'headline'", "action"]  # the text is no metadata
    assert "meta" in p.loc["no column 'headline'", "action"]
    # guard: a default name that is absent (no 'author' column) is no note
    assert not any("author" in k for k in p.index)


def test_the_loaders_notes_as_markdown_from_the_corpus_itself(tmp_path):
    # notes_markdown(corpus), the call a new user writes, raised KeyError: 'problem'
    (tmp_path / "a.txt").write_text("The council met on Monday.", encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    c = _load(tmp_path)
    assert analysis.notes_markdown(c) == analysis.notes_markdown(c.attrs["problems"])
    assert "empty file" in analysis.notes_markdown(c, full=False)
    with pytest.raises(ValueError, match="attrs\\['problems'\\]"):
        analysis.notes_markdown(pd.DataFrame({"doc_id": ["a"], "text": ["x"]}))


def test_the_independent_stories_line_says_how_many_documents_were_too_short_to_compare():
    # "500 documents are 309 independent stories": 17 syndicated copies of short earnings items
    # (10-29 words once their tables are left out) were never compared by text_reuse (fewer
    # than 25 words) and each counted as a story of its own, without a word
    from analysis.report.narrative import stories_line

    long = ("The council voted on Tuesday to build a new bridge over the river, and the mayor "
            "said the work would start in May and end before the winter of next year.")
    short = "NOTE: Share adjusted for three-for-two stock split in December 1986."
    corpus = pd.DataFrame({"doc_id": ["a", "b", "c", "d"], "text": [long, long, short, short]})
    reuse = analysis.text_reuse(corpus)
    stories = analysis.story_groups(corpus, reuse)
    line = stories_line(corpus, stories)
    assert line.startswith("4 documents are **3 independent stories**")
    assert "2 documents have fewer than 25 words" in line and "may be lower" in line
    # guard: nothing to add when every document was compared
    assert stories_line(corpus.iloc[:2], stories.iloc[:2]) == "2 documents are **1 independent story**."


def _date_ticks(lo, hi, width=12):
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    import numpy as np

    from analysis.plots.timeline import _date_axis

    fig, ax = plt.subplots(figsize=(width, 3))
    lo, hi = pd.Timestamp(lo), pd.Timestamp(hi)
    ax.plot([lo, hi], [0, 1])
    ax.set_xlim(lo, hi)
    _date_axis(ax, lo, hi)
    fig.canvas.draw()
    ticks = [t for t in ax.get_xticks() if ax.get_xlim()[0] <= t <= ax.get_xlim()[1]]
    labels = [t.get_text() for t in ax.get_xticklabels() if t.get_text()]
    plt.close(fig)
    return np.diff(ticks), labels


def test_day_ticks_of_a_span_under_a_month_are_evenly_spaced_across_a_month_end():
    # L3S tone per day (26 Dec 2007 - 22 Jan 2008): ticks every 4 days restarted on the 1st,
    # so "29 Dec 2007" and "01 Jan 2008" were 3 days apart and their labels ran together
    for lo, hi in [("2007-12-26", "2008-01-22 12:00"), ("2007-11-25", "2007-12-20"),
                   ("1987-02-24", "1987-03-06")]:
        gaps, labels = _date_ticks(lo, hi)
        assert len(labels) >= 3, (lo, labels)
        assert len(set(gaps.round(6))) == 1, (lo, labels)
    # guards: from a month on the ticks stay on the 1st/15th or on whole months
    assert _date_ticks("2007-11-20", "2008-01-22")[1][:2] == ["01 Dec 2007", "15 Dec 2007"]
    assert _date_ticks("2003-02-19", "2003-10-20")[1][0] == "Mar 2003"


def test_a_kind_of_loader_note_with_several_actions_names_each_with_its_count(tmp_path):
    # 20 "byte-order mark" notes read "removed (encoding utf-8-sig)", the first row's action,
    # while 10 of them were UTF-16 files "decoded as utf-16"
    text = "The café owner, José Müller, said the “new” tariff was unfair.\n"
    for i in range(2):
        (tmp_path / f"sig {i}.txt").write_bytes(text.encode("utf-8-sig"))
        (tmp_path / f"wide {i}.txt").write_bytes(text.encode("utf-16"))
    c = _load(tmp_path)
    assert set(c["encoding"]) == {"utf-8-sig", "utf-16"}

    def plain(md):
        return html.unescape(re.sub(r"</?span[^>]*>", "", md))

    md = analysis.notes_markdown(c.attrs["problems"])
    row = plain(next(line for line in md.splitlines() if "byte" in line))
    assert "removed (encoding utf-8-sig) (2); decoded as utf-16 (2)" in row
    # guard: one action for the whole kind is shown once, without a count
    for f in tmp_path.glob("wide *"):
        f.unlink()
    md2 = plain(analysis.notes_markdown(_load(tmp_path).attrs["problems"]))
    assert "| byte-order mark | 2 | removed (encoding utf-8-sig) |" in md2


def test_the_size_note_says_when_one_document_holds_most_of_the_words():
    # a folder of 40 stories and one 2 MB file (a whole export saved as one text): 144,831 of
    # 150,503 words and 5,000 of 5,267 paragraphs were that file, and no page said so
    from analysis.report.narrative import size_caution

    corpus = pd.DataFrame({"doc_id": ["big dump"] + [f"s{i}" for i in range(40)],
                           "n_words": [144_831] + [140] * 40})
    note = size_caution(corpus)
    assert "One document, *big dump*, holds 96% of the words" in note
    assert "split it into one file per article" in note
    # guard: a corpus of ordinary lengths gets no such sentence
    assert "One document" not in size_caution(corpus.assign(n_words=[900] + [140] * 40))


def test_the_mentions_chart_counts_one_mention_of_the_publisher_in_the_singular():
    # L3S 120: "(Reuters: 2 mentions, Agence France-Presse: 1 mentions)"
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from analysis.actors.mentions import actor_mentions
    from analysis.plots import plot_actor_mentions

    texts = [f"Residents of the town number {i} said Ann Lee was right." for i in range(4)]
    texts.append("Residents told the BBC that Ann Lee was right.")
    c = pd.DataFrame({"doc_id": [f"d{i}" for i in range(5)], "text": texts, "outlet": "BBC",
                      "published": pd.to_datetime(["2022-01-0%d" % (i + 1) for i in range(5)])})
    fig = plot_actor_mentions(actor_mentions(c), c)
    assert "(BBC: 1 mention)" in fig.axes[0].get_title()
    plt.close(fig)
