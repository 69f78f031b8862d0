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
