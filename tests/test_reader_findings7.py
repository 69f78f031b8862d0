"""Round-7 reader findings: one order of day and month per date column (whole file, also when
annotated in chunks), the --dayfirst flag, and clearer notes. Invented data only."""
from __future__ import annotations

import json
import warnings

import pandas as pd
import pytest

import analysis
from analysis.corpus.loading import date_order_counts, decide_dayfirst
from analysis.report.run import _LOAD_OPTIONS_ENV, _parser, read_config, report_settings, validate_parameters

HEADLINES = ["council approves new ferry timetable", "storm closes coastal road for two days",
             "rowing club wins the harbour regatta", "choir to sing on the old pier",
             "bridge repairs to take a year say engineers", "school opens new science wing"]


def _semicolon_csv(path, dates):
    rows = ["id;date;headline"] + [f"h{i};{d};{HEADLINES[i % len(HEADLINES)]} {i}" for i, d in enumerate(dates)]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def test_order_counts_and_decision():
    assert date_order_counts(["25/03/2003", "03/25/2003", "05/03/2003", "05/05/2003", "2003-03-05"]) == (1, 1, 1)
    assert decide_dayfirst(["13.02.2003", "01.02.2003"]) is True
    assert decide_dayfirst(["02/13/2003", "01/02/2003", "02/14/2003", "14/02/2003"]) is False
    assert decide_dayfirst(["2003-02-13", None, 5]) is None


def test_one_order_for_the_whole_column(tmp_path):
    # the first value is ambiguous: pandas alone guessed month-first from it and read 05/03 as May 3
    dates = ["05/03/2003", "19/02/2003", "01/04/2003", "28/04/2003"]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        c = analysis.load_corpus(_semicolon_csv(tmp_path / "a.csv", dates), text_column="headline",
                                 detect_language=False)
    assert c["published"].dt.strftime("%Y-%m-%d").tolist() == ["2003-03-05", "2003-02-19", "2003-04-01", "2003-04-28"]
    assert "ambiguous date order" not in set(c.attrs["problems"]["problem"])


def test_ambiguous_column_is_read_month_first_and_said(tmp_path):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        c = analysis.load_corpus(_semicolon_csv(tmp_path / "a.csv", ["05/03/2003", "01/04/2003"]),
                                 text_column="headline", detect_language=False)
        d = analysis.load_corpus(tmp_path / "a.csv", text_column="headline", detect_language=False, dayfirst=True)
    assert c["published"].dt.strftime("%m-%d").tolist() == ["05-03", "01-04"]
    assert "ambiguous date order" in set(c.attrs["problems"]["problem"])
    assert d["published"].dt.strftime("%m-%d").tolist() == ["03-05", "04-01"]
    assert "ambiguous date order" not in set(d.attrs["problems"]["problem"])
    with pytest.raises(ValueError):
        analysis.load_corpus(tmp_path / "a.csv", text_column="headline", dayfirst="yes")


def test_mixed_order_is_named_and_one_order_wins(tmp_path):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        c = analysis.load_corpus(_semicolon_csv(tmp_path / "a.csv", ["25/03/2003", "26/03/2003", "03/27/2003", "04/03/2003"]),
                                 text_column="headline", detect_language=False)
    assert c["published"].dt.strftime("%m-%d").tolist() == ["03-25", "03-26", "03-27", "03-04"]
    assert "mixed date order" in set(c.attrs["problems"]["problem"])


@pytest.mark.parametrize("kind", ["csv", "jsonl", "parquet"])
def test_annotate_decides_once_for_all_chunks(tmp_path, kind):
    # chunk 1 shows the order (19/02); chunk 2 holds only ambiguous dates, read alone month-first
    dates = ["19/02/2003", "20/02/2003", "05/03/2003", "01/04/2003"]
    if kind == "csv":
        src = _semicolon_csv(tmp_path / "a.csv", dates)
    else:
        frame = pd.DataFrame({"id": [f"h{i}" for i in range(4)], "date": dates,
                              "text": [HEADLINES[i] for i in range(4)]})
        src = tmp_path / f"a.{kind}"
        if kind == "jsonl":
            src.write_text("".join(json.dumps(r) + "\n" for r in frame.to_dict("records")), encoding="utf-8")
        else:
            frame.to_parquet(src)
    opts = {"text_column": "headline"} if kind == "csv" else {}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        analysis.annotate(src, tmp_path / "store", chunk_size=2, progress=False, workers=1, **opts)
    docs = analysis.open_store(tmp_path / "store").table("documents").sort_values("doc_id")
    assert docs["published"].dt.strftime("%Y-%m-%d").tolist() == ["2003-02-19", "2003-02-20", "2003-03-05", "2003-04-01"]


def test_dayfirst_flag_config_and_kernel_environment(tmp_path, monkeypatch):
    assert _parser().parse_args(["report", "--dayfirst"]).dayfirst is True
    assert _parser().parse_args(["report", "--no-dayfirst"]).dayfirst is False
    assert _parser().parse_args(["report"]).dayfirst is None
    cfg = tmp_path / "run.yml"
    cfg.write_text("corpus: a.csv\ndayfirst: true\n", encoding="utf-8")
    assert read_config(cfg)["dayfirst"] is True
    src = _semicolon_csv(tmp_path / "a.csv", ["05/03/2003", "01/04/2003"])
    assert report_settings(corpus_path=str(src), dayfirst=True).table_options == {"dayfirst": True}
    # a notebook kernel gets the option from the environment the report command sets
    monkeypatch.setenv(_LOAD_OPTIONS_ENV, json.dumps({"dayfirst": True}))
    s = report_settings(corpus_path=str(src), text_column="headline")
    assert s.table_options == {"dayfirst": True}
    c = s.load_corpus(notes=None)
    assert c["published"].dt.strftime("%m-%d").tolist() == ["03-05", "04-01"]
    monkeypatch.delenv(_LOAD_OPTIONS_ENV)
    assert report_settings(corpus_path=str(src)).table_options == {}
    with pytest.raises(analysis.report.run.ReportError, match="dayfirst"):
        validate_parameters({"corpus_path": str(src), "dayfirst": "maybe"})


def test_keyness_on_a_subset_without_one_group_is_a_note_not_a_crash():
    # groups chosen on the whole corpus (notebook 04), then only the English documents kept:
    # none of the later group is left
    docs = pd.DataFrame({"doc_id": ["a", "b", "c"],
                         "text": ["Troops and more troops.", "Tariffs on trade.", "Trade talks resume."],
                         "comparison": ["earlier", "earlier", pd.NA]})
    with pytest.warns(UserWarning, match=r"no document is in the target group \(later\).*earlier 2"):
        key = analysis.keyness(docs, by="comparison", target="later", reference="earlier")
    assert key.empty and list(key.columns[:3]) == ["term", "count_target", "count_reference"]
    assert key[key["direction"] == "target"].head(12).empty  # what the notebook shows next works


def test_rss_and_newsapi_date_fields_are_read(tmp_path):
    rows = [{"id": "r1", "content": "The ferry runs again from Monday.", "pubDate": "Tue, 05 Jan 2016 10:00:00 +0100"},
            {"id": "r2", "content": "The choir sings on the pier.", "pubDate": "Wed, 06 Jan 2016 21:00:00 +0100"}]
    (tmp_path / "rss.json").write_text(json.dumps(rows), encoding="utf-8")
    api = [{"title": "Pier reopens", "content": "The pier reopened.", "publishedAt": "2016-01-07T08:00:00Z"}]
    (tmp_path / "api.jsonl").write_text(json.dumps(api[0]) + "\n", encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        rss = analysis.load_corpus(tmp_path / "rss.json", detect_language=False)
        newsapi = analysis.load_corpus(tmp_path / "api.jsonl", detect_language=False)
    assert rss["published"].dt.strftime("%Y-%m-%d %H:%M").tolist() == ["2016-01-05 10:00", "2016-01-06 21:00"]
    assert "published read from column 'pubDate'" in " ".join(rss.attrs["problems"]["action"])
    assert newsapi["published"].dt.strftime("%Y-%m-%d").tolist() == ["2016-01-07"]


def _headline_corpus():
    import random

    rng = random.Random(7)
    themes = [["ferry", "harbour", "crossing", "island", "timetable", "pier"],
              ["school", "teachers", "pupils", "exam", "classroom", "principal"],
              ["storm", "flood", "rain", "warning", "damage", "coast"]]
    filler = ["plan", "says", "new", "after", "over", "calls", "local", "group", "week", "report",
              "mayor", "talks", "review", "funding", "residents", "concerns"]
    texts = []
    for i in range(90):
        theme = themes[i % 3]
        # some headlines carry one theme word among filler, others several
        words = rng.sample(theme, 1 + (i // 3) % 4) + rng.sample(filler, 3)
        rng.shuffle(words)
        texts.append(" ".join(words))
    return pd.DataFrame({"doc_id": [f"d{i:03d}" for i in range(len(texts))], "text": texts,
                         "published": pd.Timestamp("2020-01-01")})


def test_representative_headlines_show_their_topic():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        model = analysis.fit_topics(_headline_corpus(), k=3, n_refits=0, reuse=False)
    rep = model.representative_units(2)
    top = model.top_terms(10)
    units = model._counted_units(include_excluded=False).join(model._units[["text", "n_terms"]])
    floor = min(8, float(units["n_terms"].median()))
    units = units[units["n_terms"] >= floor]  # shorter units are passed over (as before)

    def weight(text, t):
        words = set(str(text).split())
        rows = top[top["topic"] == t]
        return sum(w for term, w in zip(rows["term"], rows["weight"]) if term in words)

    for t, picks in rep.groupby("topic"):
        col = f"topic_{t}"
        assert (picks["share"].round(2) == units[col].round(2).max()).all()
        tied = units[units[col].round(2) == units[col].round(2).max()]
        # the picks hold the most of the topic's top terms among the units tied with them
        # (the old order took the first doc_ids, whatever their words)
        best = sorted((weight(x, t) for x in tied["text"]), reverse=True)[:len(picks)]
        assert [weight(x, t) for x in picks["text"]] == pytest.approx(best)
        assert min(best) > 0


def test_a_prevalence_note_is_said_once_per_model():
    import pickle

    docs = _headline_corpus()
    docs["group"] = ["a", "b", None] * 30
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        model = analysis.fit_topics(docs, k=3, n_refits=0, reuse=False)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        model.prevalence("group")
        model.prevalence("group")
    notes = [str(w.message) for w in caught if "left out of prevalence" in str(w.message)]
    assert notes == ["30 units from 30 documents without a value for 'group' are left out of prevalence"]
    again = pickle.loads(pickle.dumps(model))  # a model read back from the report's memo says it again
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        again.prevalence("group")
    assert sum("left out of prevalence" in str(w.message) for w in caught) == 1


def test_stop_word_note_counts_documents_of_unknown_language():
    from analysis.topics.model import topic_stop_words

    _, note = topic_stop_words(pd.DataFrame({"language": ["en"] * 3 + [None] * 7}))
    assert "for en (3 documents)" in note
    assert "The language of the other 7 documents could not be told" in note
    _, note = topic_stop_words(pd.DataFrame({"language": ["en"] * 3}))
    assert "could not be told" not in note


def test_annotate_decides_the_sidecar_date_order_once_for_a_folder(tmp_path):
    folder = tmp_path / "texts"
    folder.mkdir()
    dates = {"a1": "19/02/2003", "a2": "20/02/2003", "b1": "05/03/2003", "b2": "01/04/2003"}
    for i, doc in enumerate(dates):
        (folder / f"{doc}.txt").write_text(HEADLINES[i].capitalize() + ".\n", encoding="utf-8")
    meta = tmp_path / "meta.csv"
    meta.write_text("doc_id,published\n" + "".join(f"{k},{v}\n" for k, v in dates.items()), encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        analysis.annotate(folder, tmp_path / "store", metadata=meta, chunk_size=2, progress=False, workers=1)
    docs = analysis.open_store(tmp_path / "store").table("documents").set_index("doc_id")["published"]
    assert docs.dt.strftime("%Y-%m-%d").to_dict() == {"a1": "2003-02-19", "a2": "2003-02-20",
                                                       "b1": "2003-03-05", "b2": "2003-04-01"}
