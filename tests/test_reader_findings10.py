"""Round-10 reader findings: unusual corpus shapes (mixed UTC offsets, ...), invented data."""
import html
import json
import warnings

import pandas as pd

import analysis


def _jsonl(path, records):
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def _offset_records():
    return [
        {"id": "a", "body": "Senators voted late on Friday night on the budget bill.",
         "ts": "2024-03-01T23:30:00-05:00"},
        {"id": "b", "body": "The budget bill passed the Senate, the paper reported.",
         "ts": "2024-03-02T04:30:00Z"},
        {"id": "c", "body": "Ministers met in Tokyo to discuss the budget bill.",
         "ts": "2024-03-02T08:00:00+09:00"},
        {"id": "d", "body": "No date was given for this report on the bill."},
    ]


def _load(path, **kw):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return analysis.load_corpus(path, text_column="body", id_column="id", date_column="ts", **kw)


def test_dates_with_different_utc_offsets_are_read_as_local_time_and_said(tmp_path):
    c = _load(_jsonl(tmp_path / "mixed.jsonl", _offset_records()))
    # the local time each value writes (the outlet's own day) ...
    assert c.set_index("doc_id").loc["a", "published"] == pd.Timestamp("2024-03-01 23:30")
    assert c.set_index("doc_id").loc["b", "published"] == pd.Timestamp("2024-03-02 04:30")
    # ... and one note that says so, with the offsets, an example and the day shift
    p = c.attrs["problems"]
    note = p[p["problem"] == "mixed UTC offsets"]
    assert len(note) == 1
    text = note["action"].iloc[0]
    assert "3 dates carry 3 different UTC offsets (-05:00, +00:00, +09:00)" in text
    assert "'2024-03-01T23:30:00-05:00' is read as 2024-03-01 23:30 (2024-03-02 04:30 UTC)" in text
    assert "2 of the 3 fall on another day in UTC" in text  # a (03-02 UTC) and c (03-01 UTC)


def test_one_offset_for_every_date_needs_no_note(tmp_path):
    recs = [dict(r, ts=r["ts"].replace("-05:00", "Z").replace("+09:00", "Z")) if "ts" in r else r
            for r in _offset_records()]
    c = _load(_jsonl(tmp_path / "utc.jsonl", recs))
    assert "mixed UTC offsets" not in set(c.attrs["problems"]["problem"])


def test_the_store_says_the_offsets_once_with_the_whole_files_counts(tmp_path):
    # chunks of 2: the first chunk alone shows two offsets (1 of 2 on another day), the file three
    src = _jsonl(tmp_path / "mixed.jsonl", _offset_records())
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        analysis.annotate(src, tmp_path / "store", chunk_size=2, workers=1, progress=False,
                          text_column="body", id_column="id", date_column="ts")
    p = analysis.open_store(tmp_path / "store").table("problems")
    note = p[p["problem"] == "mixed UTC offsets"]
    assert len(note) == 1
    assert "3 dates carry 3 different UTC offsets" in note["action"].iloc[0]


def _desk_corpus(tmp_path):
    rows = [{"doc_id": f"d{i}", "text": f"The council met on budget item {i}. Members said the vote would wait.",
             "published": f"2016-0{1 + i % 5}-10", "desk": "Inland" if i % 3 else "World"} for i in range(10)]
    return _jsonl(tmp_path / "desk.jsonl", rows)


def test_a_compare_group_matching_no_document_stops_the_report_before_any_kernel(tmp_path, capsys):
    from analysis.report.run import main
    src = _desk_corpus(tmp_path)
    for compare, said in [("desk=Inlnd,desk=World", "No document has desk = Inlnd; its most common values: "
                                                      "Inland, World."),
                          ("Ressort=Inland,desk=World", "There is no column Ressort"),
                          ("2015,2016", "The documents are dated 2016-01-10 to 2016-05-10.")]:
        out = tmp_path / "out"
        rc = main(["report", "--corpus", str(src), "--compare", compare, "--out", str(out), "--no-store",
                   "--quiet"])
        err = capsys.readouterr().err
        lines = [ln for ln in err.splitlines() if ln.strip()]
        assert rc == 2 and len(lines) == 1 and lines[0].startswith(f"error: --compare {compare}: "), err
        assert said in lines[0] and "...." not in lines[0] and ".;" not in lines[0]
        assert not any(tmp_path.glob("out*"))  # no kernel started, nothing written


def test_compare_problem_is_none_when_both_groups_have_documents():
    from analysis.report import narrative
    c = pd.DataFrame({"doc_id": list("abcd"), "desk": ["Inland", "World", "Inland", "World"],
                      "published": pd.to_datetime(["2015-01-01", "2016-01-01", "2016-02-01", None])})
    assert narrative.compare_problem(c, ["desk=Inland", "desk=World"]) is None
    assert narrative.compare_problem(c, ["2015", "2016"]) is None
    assert narrative.compare_problem(c, None) is None
    periods = pd.Series(["before", "after", "after", None])
    assert narrative.compare_problem(c, ["before", "after"], periods) is None
    assert "The named periods are: before, after." in narrative.compare_problem(c, ["befor", "after"], periods)


def test_the_scorer_line_of_02_gives_the_real_reason_there_is_no_comparison():
    # German corpus, compare given, dates present: 02 said "no publication dates, and no `compare` given"
    from analysis.report import narrative
    c = pd.DataFrame({"doc_id": list("abcd"), "desk": ["Inland", "World", "Inland", "World"],
                      "published": pd.to_datetime(["2016-01-01", "2016-02-01", "2016-03-01", "2016-04-01"])})
    whole = narrative.comparison(c, ["desk=Inland", "desk=World"])
    english = c.iloc[:0]
    line = narrative.no_scorer_comparison(english, whole.within(english.get("desk"), "the English documents"),
                                          has_dates=False)
    assert line == "No comparison of the scorers: no document was scored."
    one_group = c[c.desk == "Inland"]
    line = narrative.no_scorer_comparison(one_group, whole.within(whole.groups[one_group.index], "x"), True, "year")
    assert "the group desk=World has no scored document" in line and "no `compare` given" not in line
    undated = c.assign(published=pd.NaT)
    line = narrative.no_scorer_comparison(undated, narrative.comparison(undated), False)
    assert line.endswith("no scored document has a publication date, and no `compare` given.")


def test_a_cell_that_groups_twice_shows_the_missing_value_note_once(monkeypatch):
    # 02 groups every document, then each story once: "120 document(s) without a value for
    # 'comparison' ..." then "117 document(s) ..." under one table; the first is enough
    import IPython.display

    from analysis.report import run
    shown = []
    monkeypatch.setattr(run, "_in_kernel", lambda: True)
    monkeypatch.setattr(IPython.display, "display", lambda obj: shown.append(html.unescape(obj.data)))
    note = run._NoteFormatter()
    cell = {"n": 7}
    monkeypatch.setattr(note, "_cell", lambda: cell["n"])
    c = pd.DataFrame({"doc_id": list("abcd"), "text": ["Good news today.", "Bad news today.", "A fine day.",
                                                       "A sad day."],
                      "comparison": ["A", "B", None, None]})
    with warnings.catch_warnings():
        warnings.simplefilter("always")
        warnings.showwarning = note
        analysis.group_sentiment(c, by="comparison")
        analysis.group_sentiment(c.iloc[:3], by="comparison")
        assert len(shown) == 1 and "2 document(s) without a value for 'comparison'" in shown[0]
        cell["n"] = 8   # the next cell says it again
        analysis.group_sentiment(c.iloc[:3], by="comparison")
        assert len(shown) == 2 and "1 document(s) without a value for 'comparison'" in shown[1]


def test_german_topics_leave_out_auxiliary_forms_and_reporting_verbs():
    # 10kGNAD (DER STANDARD): the topic label read "sei / flüchtlinge / wurde": the stop-words
    # package's German list lacks wurde, sei, worden, sagte ...
    import numpy as np
    rng = np.random.RandomState(0)
    grammar = "wurde wurden sei seien worden hätte sagte erklärte mehr bereits seit beim".split()
    themes = ["Haushalt Stadtrat Steuern Schulden Finanzen Ausgaben Regierung Opposition".split(),
              "Mannschaft Trainer Tore Spieler Stadion Meisterschaft Saison Verein".split()]
    texts = []
    for i in range(40):
        words = list(rng.choice(themes[i % 2], 8)) + list(rng.choice(grammar, 14))
        rng.shuffle(words)
        texts.append(" ".join(words).capitalize() + ".")
    corpus = pd.DataFrame({"doc_id": [f"g{i:02d}" for i in range(40)], "text": texts, "language": ["de"] * 40})
    model = analysis.fit_topics(corpus, k=2, reuse=False)
    top = set(model.top_terms(10)["term"])
    assert not top & set(grammar), top & set(grammar)
    assert top & {"haushalt", "mannschaft", "trainer", "steuern"}
    assert "plus the project's" in model.stop_words_note and "German news words" in model.stop_words_note
    # content words stay
    from analysis.corpus.language import stop_words_for
    words, _ = stop_words_for("de")
    assert not {"regierung", "flüchtlinge", "euro", "polizei", "österreich"} & words


def test_topic_term_axis_labels_do_not_run_together_for_small_weights():
    # German run: the top terms' weights were about 0.01, and the five tick labels of each
    # narrow panel read "0.00000.00250.00500.00750.0100"
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from analysis import plots
    rows = [{"topic": t, "rank": r, "term": f"flüchtlinge{t}{r}", "weight": 0.0112 - 0.0008 * r}
            for t in (1, 2) for r in range(1, 11)]
    fig = plots.topic_terms(pd.DataFrame(rows), {1: "a", 2: "b"})
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    for ax in fig.axes:
        labels = sorted((t for t in ax.get_xticklabels() if t.get_text() and t.get_visible()),
                        key=lambda t: t.get_window_extent(renderer).x0)
        boxes = [t.get_window_extent(renderer) for t in labels]
        assert len(labels) >= 2
        gap = 4 * fig.dpi / 72
        assert all(b.x0 - a.x1 >= gap for a, b in zip(boxes, boxes[1:])), [t.get_text() for t in labels]
    plt.close(fig)


def test_no_suggestion_on_a_corpus_without_actors_does_not_say_every_actor_is_listed():
    # 20,000 lower-case ABC headlines: no actor found, yet 04 said "every actor mentioned at
    # least three times is already listed"
    from analysis.report import narrative
    c = pd.DataFrame({"doc_id": ["a", "b"], "text": ["council rejects rate rise plan", "police probe fatal crash"]})
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        m = analysis.actor_mentions(c)
    text = narrative.dictionary_suggestion(analysis.suggest_dictionary(m, min_mentions=3))
    assert "already listed" not in text and "no actor outside the dictionary" in text


def _site_folder(tmp_path):
    root = tmp_path / "sites"
    for site, name, text in [("north.example", "a1.htm", "The council approved the budget on Monday."),
                             ("south.example", "b2.htm", "The mayor rejected the plan on Tuesday."),
                             ("south.example", "c3.htm", "Residents protested outside the town hall.")]:
        (root / site).mkdir(parents=True, exist_ok=True)
        (root / site / name).write_text(f"<html><body><article><p>{text} It was a long meeting, "
                                        "officials said, and more talks are planned.</p></article></body></html>",
                                        encoding="utf-8")
    meta = tmp_path / "meta.csv"
    meta.write_text("doc_id,site\nnorth.example/a1,North\nsouth.example/b2.htm,South\nc3,South\n", encoding="utf-8")
    return root, meta


def test_a_sidecar_that_names_files_by_their_path_in_the_folder_joins(tmp_path):
    # L3S pages in one folder per site, a sidecar keyed 'site/page': every row was "without a
    # file" and every document "without a metadata row", the metadata silently unused
    root, meta = _site_folder(tmp_path)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        c = analysis.load_corpus(root, metadata=meta)
    assert c.set_index("doc_id")["site"].to_dict() == {"a1": "North", "b2": "South", "c3": "South"}
    p = c.attrs["problems"]
    assert not {"metadata row without a file", "no metadata row"} & set(p["problem"])
    note = p[p["problem"] == "metadata joined on file paths"]["action"].tolist()
    assert len(note) == 1 and note[0].startswith("rows that name a file by its path")
    assert "'north.example/a1' as doc_id 'a1'" in note[0]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        analysis.annotate(root, tmp_path / "store", metadata=meta, chunk_size=1, workers=1, progress=False)
    store = analysis.open_store(tmp_path / "store")
    docs = store.table("documents")
    assert docs.set_index("doc_id")["site"].to_dict() == {"a1": "North", "b2": "South", "c3": "South"}
    stored = store.table("problems")
    assert (stored["problem"] == "metadata joined on file paths").sum() == 1


def test_a_subset_with_neither_group_says_neither():
    # German corpus: 02 said "Rubrik=Inland (0 documents) with Rubrik=International (0 documents)
    # ... One group has no documents"
    from analysis.report import narrative
    c = pd.DataFrame({"doc_id": list("abc"), "desk": ["Inland", "World", "Inland"],
                      "published": pd.to_datetime(["2016-01-01", "2016-02-01", "2016-03-01"])})
    whole = narrative.comparison(c, ["desk=Inland", "desk=World"])
    none = whole.within(pd.Series([], dtype="string"), "the English documents")
    assert "Neither group has documents, so there is no comparison." in none.note
    assert "One group" not in none.note


def test_event_chart_is_not_filled_with_times_of_day_around_the_publication_dates():
    # Reuters 1987 (round 10b): 40 of 3,043 events shown, all "last night", "this morning",
    # "tonight" next to their publication days, because a time of day ranked above a day
    import matplotlib
    matplotlib.use("Agg")
    from analysis.plots.timeline import _select_events
    days = pd.date_range("1987-01-05", periods=100, freq="3D")
    times = pd.DataFrame({"doc_id": [f"t{i}" for i in range(45)], "sent_id": 0,
                          "date": pd.Timestamp("1987-03-02"), "granularity": "time"})
    dated = pd.DataFrame({"doc_id": [f"d{i}" for i in range(100)], "sent_id": 0, "date": days,
                          "granularity": "day"})
    shown = _select_events(pd.concat([times, dated], ignore_index=True), 40)
    assert len(shown) == 40
    assert (shown["granularity"] == "day").sum() >= 20       # before: 0 (40 times of day)
    assert shown["date"].nunique() >= 20                     # before: 1 (one evening)
    # a day still beats a week, a month or a year
    coarse = pd.DataFrame({"doc_id": [f"m{i}" for i in range(50)], "sent_id": 0,
                           "date": pd.Timestamp("1987-06-01"), "granularity": "month"})
    shown = _select_events(pd.concat([coarse, dated.iloc[:30]], ignore_index=True), 40)
    assert (shown["granularity"] == "day").sum() == 30


def test_topic_effect_chart_can_keep_the_comparison_order():
    # Reuters 1987, --compare topic=trade,topic=crude: the table, the "Compared" line and
    # "Largest gain from topic=trade to topic=crude" read trade -> crude, the chart (groups in
    # the effect table's alphabetical order) crude -> trade
    import matplotlib
    matplotlib.use("Agg")
    from analysis import plots
    eff = pd.DataFrame({"topic": [1, 1, 2, 2], "label": ["trade / us"] * 2 + ["oil / opec"] * 2,
                        "group": ["topic=crude", "topic=trade"] * 2, "share": [0.1, 0.6, 0.7, 0.03],
                        "ci_low": [0.0, 0.2, 0.2, 0.0], "ci_high": [0.1, 0.6, 0.7, 0.03],
                        "n_docs": [250, 250, 250, 250]})
    fig = plots.topic_effect(eff, order=["topic=trade", "topic=crude"])
    for ax in fig.axes[:2]:
        assert [t.get_text() for t in ax.get_xticklabels()] == ["topic=trade", "topic=crude"]
        y = ax.lines[0].get_ydata()
        assert list(y) == list(eff[eff["label"] == ax.get_title().split(": ", 1)[1]]
                               .set_index("group").loc[["topic=trade", "topic=crude"], "share"])
    # without an order: the table's order, as before; a name not in the table is ignored
    fig = plots.topic_effect(eff, order=["topic=none"])
    assert [t.get_text() for t in fig.axes[0].get_xticklabels()] == ["topic=crude", "topic=trade"]


def test_scorer_line_says_when_the_groups_intervals_overlap():
    # MasakhaNEWS, --compare category=politics,category=business: means -0.007 and -0.005 with
    # overlapping 95% intervals, and the bottom line read "The scorers disagree: category=business
    # is below category=politics under vader, vader+ridge, but not under news (default) ..."
    from analysis.report import narrative
    lower = pd.Series({"news (default)": False, "vader": True, "vader+ridge": True})
    groups = pd.DataFrame({"comparison": ["category=business", "category=politics"],
                           "mean_compound": [-0.005, -0.007], "ci_low": [-0.013, -0.017],
                           "ci_high": [0.003, 0.002]})
    line = narrative.scorer_agreement(lower, "category=business", "category=politics", groups)
    assert line.startswith("The scorers disagree")
    assert "intervals of the two groups overlap" in line and "-0.017 to 0.002" in line
    # separated intervals: no such sentence; without intervals: the old sentence unchanged
    apart = groups.assign(ci_low=[-0.10, 0.01], ci_high=[-0.05, 0.03])
    assert "overlap" not in narrative.scorer_agreement(lower, "category=business", "category=politics", apart)
    assert narrative.scorer_agreement(lower, "B", "A") == (
        "The scorers disagree: B is below A under vader, vader+ridge, but not under news (default).")
    # a mapping works too; a group missing from it: nothing added
    assert "overlap" in narrative.scorer_agreement(lower, "B", "A", {"A": (-0.02, 0.0), "B": (-0.01, 0.01)})
    assert "overlap" not in narrative.scorer_agreement(lower, "B", "A", {"A": (-0.02, 0.0)})


def test_the_first_line_of_a_hard_wrapped_wire_story_is_not_taken_for_its_headline():
    # Reuters-21578 as distributed (lines wrapped at ~65 characters): 127 of 1,000 stories lost
    # their lede's first line as "headline (first short line)" and 55 the second as "deck under
    # the headline" ("CHICAGO, March 2 - Directors of the Chicago Mercantile" / "Exchange will
    # meet Wednesday to consider a membership petition")
    from analysis.clean.cleaning import classify_lines
    wire = ("OSLO, May 4 - Directors of the Nordic Grain Board\n"
            "Exchange will meet Friday to consider a proposal from\n"
            "three members to open trading in oats and rye futures,\n"
            "a spokesman for the exchange said.\n"
            "    The proposal follows a year of talks with growers and\n"
            "millers in the region, who want a market for the crops.\n"
            " Reuter\n")
    labels = [lab for lab, _ in classify_lines(wire)]
    assert labels[:6] == ["body"] * 6, labels            # before: title, heading, body ...
    # ... nor the first line of a later paragraph a "section heading" (65 lines in those 1,000:
    # "    Daniel McKinley, oil analyst with Smith Barney, Upham")
    wire2 = wire.replace(" Reuter\n",
                         "    Ingrid Solberg, grain analyst with Nordea Markets, Oslo\n"
                         "Branch, said the market for oats had been thin for years\n"
                         "and a futures contract would help farmers hedge.\n Reuter\n")
    labels = [lab for lab, _ in classify_lines(wire2)]
    assert labels[6] == "body", labels                   # before: heading
    # a web story whose headline line the paragraphs follow directly keeps its headline
    web = ("Grain board weighs oats futures\n"
           "Directors of the Nordic Grain Board Exchange will meet on Friday to consider a proposal.\n"
           "The proposal follows a year of talks with growers and millers in the region.\n"
           "They want a market for the crops, a spokesman said.\n"
           "Trading could start next year if the members agree.\n")
    assert classify_lines(web)[0][0] == "title"
