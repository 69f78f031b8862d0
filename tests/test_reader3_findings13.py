"""Round-13 reader findings (German, French, dated short items and a mixed-language corpus read as
a researcher would), invented data."""
import pandas as pd

from analysis.report import narrative


def _dated(dates):
    return pd.DataFrame({"doc_id": [f"d{i}" for i in range(len(dates))],
                         "published": pd.to_datetime(dates)})


def test_a_compare_group_written_as_an_iso_month_is_that_month_not_a_year_range():
    # "--compare 2003-03,2003-09" on a 2003 corpus read "2003-03" as the years 2003 to 2003 and
    # "2003-09" as 2003 to 2009: both groups held every document, so both were emptied and every
    # notebook said "Neither group has documents" although the command had raised no error
    c = _dated(["2003-03-02", "2003-03-30", "2003-04-01", "2003-09-01", "2003-09-30", "2003-10-01"])
    cmp = narrative.comparison(c, ["2003-03", "2003-09"])
    assert cmp.groups.fillna("-").tolist() == ["2003-03", "2003-03", "-", "2003-09", "2003-09", "-"]
    assert "2003&#45;03</span> is the month March 2003" in cmp.note
    assert narrative.compare_problem(c, ["2003-03", "2003-09"]) is None
    # a month without documents stops the command with the dates the corpus has
    problem = narrative.compare_problem(c, ["2003-03", "2003-12"])
    assert "'2003-12' matches no document" in problem and "2003-03-02 to 2003-10-01" in problem
    # guards: years and year ranges keep their meaning ("2016-17" cannot be a month)
    y = _dated(["2015-06-01", "2016-06-01", "2017-06-01", "2024-01-01"])
    assert narrative.comparison(y, ["2016-17", "2024"]).groups.fillna("-").tolist() == ["-", "2016-17", "2016-17", "2024"]
    assert narrative.comparison(y, ["2015-2016", "2017"]).groups.fillna("-").tolist() == ["2015-2016", "2015-2016", "2017", "-"]
    assert "is the month" not in narrative.comparison(y, ["2015-2016", "2017"]).note


def test_overlapping_compare_groups_stop_the_command_or_are_named_in_the_note():
    # a document in both groups is left out of both; when that empties a group, the command must
    # stop with the reason instead of running every notebook on "no comparison"
    c = _dated(["2003-01-05", "2003-03-02", "2003-03-30", "2004-02-01", "2005-02-01"])
    problem = narrative.compare_problem(c, ["2003-03", "2003"])
    assert problem is not None and "'2003-03' is also in the other group" in problem
    assert "2 documents match both" in problem
    # a partial overlap runs, and the note says how many documents were left out of both
    cmp = narrative.comparison(c, ["2003-2004", "2004-2005"])
    assert narrative.compare_problem(c, ["2003-2004", "2004-2005"]) is None
    assert "1 document matches both groups and is left out of both" in cmp.note
    # guard: groups that do not overlap say nothing of it
    assert "match both" not in narrative.comparison(c, ["2003", "2004-2005"]).note


def test_the_document_tone_chart_of_a_corpus_with_no_scored_document_says_so():
    # on a German corpus nothing is scored; "Tone of each document" was drawn as empty axes with
    # the neutral band, ticks from -0.3 to 0.3 and a legend whose three colours were one blue
    import analysis
    from analysis.plots.sentiment import document_sentiment_intervals
    scored = analysis.document_sentiment(pd.DataFrame({"doc_id": ["a"], "text": ["A cruel attack. A fine day."]}))
    empty = scored.iloc[0:0]
    fig = document_sentiment_intervals(empty)
    texts = [t.get_text() for ax in fig.axes for t in ax.texts]
    assert any("no documents to show" in t for t in texts), texts
    assert not any(ax.get_legend() for ax in fig.axes)
    # and the report lists no figure for it: "No chart 02_document_tone: no document was scored."
    from analysis.report.outputs import empty_reason
    assert empty_reason(fig) == "no document was scored"
    # guard: a scored document is still drawn with its bars and legend
    fig = document_sentiment_intervals(scored)
    assert any(ax.get_legend() for ax in fig.axes) and not any(ax.texts for ax in fig.axes)


def test_an_elided_french_or_italian_article_is_not_glued_to_the_next_word_in_topic_terms():
    # BBC Afrique's topics read "russie / russe / lukraine" and "quil" (qu'il) was a top term of
    # two topics: the apostrophe's two sides were joined as for "O'Brien"
    import analysis
    from analysis.topics.model import analyze
    fr, _ = analysis.stop_words_for("fr")
    docs, _ = analyze(["La Russie a envahi l'Ukraine. Qu'il parte, c'est clair: l\u2019Union africaine "
                       "et la Côte d'Ivoire n'ont rien dit d'une telle guerre."], phrases=False, stop_words=fr)
    # ("dit", said, is a French news word since round 15: lexicons/news_stop_words_fr.txt)
    assert docs[0] == ["russie", "envahi", "ukraine", "parte", "clair", "union", "africaine", "côte",
                       "ivoire", "rien", "telle", "guerre"], docs
    it, _ = analysis.stop_words_for("it")
    docs, _ = analyze(["Il presidente dell'Unione ha parlato all'Europa."], phrases=False, stop_words=it)
    assert "unione" in docs[0] and "europa" in docs[0] and not any(t.startswith("dell") for t in docs[0])
    # guards: English names and contractions with an apostrophe are as before
    docs, _ = analyze(["Mr. O'Brien met D'Angelo; I've seen Korea's leader, and we'll go."], phrases=False)
    assert docs[0] == ["obrien", "met", "dangelo", "seen", "korea", "leader"], docs


def _overlapping_labels(fig, ax):
    fig.canvas.draw()
    r = fig.canvas.get_renderer()
    boxes = [t.get_window_extent(r) for t in ax.get_xticklabels() if t.get_text() and t.get_visible()]
    gap = 0.1 * fig.dpi   # a tenth of an inch between two labels, or they read as one
    return [(a, b) for a, b in zip(boxes, boxes[1:]) if a.x1 + gap > b.x0], len(boxes)


def test_monthly_topic_prevalence_has_date_labels_that_do_not_run_into_one_another():
    # ABC headlines Feb-Oct 2003 by month: the x axis read "2003-022003-03 2003-042003-05 ..."
    from analysis.plots.topics import topic_prevalence
    months = pd.date_range("2003-02-01", "2003-10-01", freq="MS")
    prev = pd.DataFrame([{"published": m, "topic": t, "label": f"topic {t}", "share": 0.25, "n_docs": 600}
                         for m in months for t in range(1, 5)])
    fig = topic_prevalence(prev)
    clashes, shown = _overlapping_labels(fig, fig.axes[0])
    assert shown >= 3 and not clashes, [t.get_text() for t in fig.axes[0].get_xticklabels()]
    # guard: yearly bars keep their year labels
    years = pd.date_range("2016-01-01", "2024-01-01", freq="YS")
    prev = pd.DataFrame([{"published": y, "topic": 1, "label": "t", "share": 1.0, "n_docs": 10} for y in years])
    fig = topic_prevalence(prev)
    fig.canvas.draw()
    assert {"2016", "2020", "2024"} <= {t.get_text() for t in fig.axes[0].get_xticklabels()}


def test_a_date_column_written_in_german_or_french_is_read_and_the_loader_says_so(tmp_path):
    # a German or French export dates its rows "3. März 2019" or "le 3 mars 2019": every one was
    # an "unparseable date", published left empty, so no timeline, no period, no compare by year
    import warnings
    import analysis
    text = "Die Regierung hat am Montag beschlossen, die Steuern zu senken, sagte der Minister in Wien."
    dates = ["3. März 2019", "Mittwoch, 12. Dezember 2018", "le 3 mars 2019", "1er janvier 2020",
             "3 March 2019", "Sommer 2019"]
    path = tmp_path / "de.csv"
    pd.DataFrame({"text": [text] * len(dates), "published": dates}).to_csv(path, index=False)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        c = analysis.load_corpus(path)
    got = [None if pd.isna(d) else f"{d:%Y-%m-%d}" for d in c["published"]]
    assert got == ["2019-03-03", "2018-12-12", "2019-03-03", "2020-01-01", "2019-03-03", None], got
    notes = pd.DataFrame(c.attrs["problems"])
    note = notes[notes["problem"] == "dates in another language"]
    assert len(note) == 1 and "'3. März 2019' as 2019-03-03" in note["action"].iloc[0]
    assert "de: 2" in " ".join(map(str, note.iloc[0].tolist())) and "fr: 2" in " ".join(map(str, note.iloc[0].tolist()))
    # guard: a season is still no date, and an English-only column gets no such note
    assert (notes["problem"] == "unparseable date").sum() == 1
    path = tmp_path / "en.csv"
    pd.DataFrame({"text": ["The minister said on Monday that taxes would fall next year."] * 2,
                  "published": ["3 March 2019", "Dec. 5, 2018"]}).to_csv(path, index=False)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        c = analysis.load_corpus(path)
    assert c["published"].notna().all()
    assert "dates in another language" not in set(pd.DataFrame(c.attrs["problems"])["problem"])


def test_a_notebook_named_as_the_front_page_names_it_is_found(tmp_path):
    # "--notebook 01_topics" (the name on the front page and in the file names) stopped with
    # "notebook not found: 01_topics" and no word of what to write instead
    import pytest
    from analysis.report.run import ReportError, _notebook_path, notebook_series, run_report
    topics = next(p for p in notebook_series() if p.stem == "01_topics")
    assert _notebook_path("01_topics") == topics
    assert _notebook_path("01_topics.ipynb") == topics and _notebook_path("01") == topics
    # guard: a path is a path, and an unknown name is refused with the names that exist
    assert _notebook_path(str(topics)) == topics
    with pytest.raises(ReportError, match="the report's notebooks are 00_corpus, 01_topics"):
        run_report(out_dir=tmp_path / "rep", notebooks=["07_missing"])


def test_the_topic_model_says_when_documents_of_another_language_fall_under_one_topic():
    # mixed corpus (300 English BBC, 100 German, 50 French articles): 98 of the 100 German
    # articles, from nine newspaper sections, fell under the sports topic "medal / games / final",
    # and nothing on the page said that their topic follows their language
    import analysis
    sport = ["The striker scored twice as the club won the cup final against the champions in the stadium.",
             "The team won the match after the goalkeeper saved a penalty in the final minutes of the league game."]
    budget = ["The minister said the budget would raise taxes on energy companies and cut spending on roads.",
              "Parliament voted on the budget as the government promised lower energy prices and new taxes."]
    german = ["Die Regierung hat am Montag beschlossen, die Steuern für Unternehmen zu senken und die Renten zu erhöhen.",
              "Der Verein gewann das Spiel gegen den Meister nach einem Tor in der letzten Minute der Verlängerung.",
              "Die Polizei ermittelt nach einem Brand in einer Wohnung in Wien, verletzt wurde niemand.",
              "Das Unternehmen stellte ein neues Telefon vor, das im Herbst in den Handel kommen soll."]
    texts = [sport[i % 2] + f" Report {i}." for i in range(12)] + [budget[i % 2] + f" Report {i}." for i in range(12)]
    texts += [german[i % 4] + f" Bericht {i}." for i in range(8)]
    langs = ["en"] * 24 + ["de"] * 8
    corpus = pd.DataFrame({"doc_id": [f"d{i}" for i in range(len(texts))], "text": texts, "language": langs})
    model = analysis.fit_topics(corpus, k=3, reuse=False, n_refits=0, fit_on="document")
    assert "**Topics and languages.**" in model.stop_words_note, model.stop_words_note
    assert "documents in German fall under topic" in model.stop_words_note or "are not in English (de: " in model.stop_words_note
    # guard: the English documents alone get no such note
    english = corpus[corpus["language"] == "en"]
    model = analysis.fit_topics(english, k=2, reuse=False, n_refits=0, fit_on="document")
    assert "Topics and languages" not in model.stop_words_note
