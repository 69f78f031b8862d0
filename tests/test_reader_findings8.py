"""Round-8 reader findings: Unix timestamps as dates, dates in file names, and the date order
`annotate` chose said in its notes. Invented data only."""
from __future__ import annotations

import json
import warnings

import pandas as pd

import analysis
from analysis.corpus.loading import epoch_timestamp, file_name_date

STORIES = ["The council approved a new ferry timetable on Monday after a long debate.",
           "A storm closed the coastal road for two days, the police said.",
           "The rowing club won the harbour regatta for the third year running.",
           "The choir will sing on the old pier to raise money for the lifeboat.",
           "Engineers said the bridge repairs would take a year to finish."]


def _load(source, **kw):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return analysis.load_corpus(source, detect_language=False, **kw)


def test_unix_timestamps_in_an_api_export_are_dates(tmp_path):
    # an API export: seconds as numbers, seconds as strings, milliseconds; one record undated
    stamps = [1456815600, "1456902000", 1456988400000, 1457074800.0, None]
    path = tmp_path / "export.jsonl"
    path.write_text("\n".join(json.dumps({"id": f"s{i}", "body": t, "published_at": d})
                              for i, (t, d) in enumerate(zip(STORIES, stamps))) + "\n")
    c = _load(path, text_column="body", date_column="published_at")
    got = c.set_index("doc_id")["published"]
    assert [got[k].strftime("%Y-%m-%d %H:%M") for k in ("s0", "s1", "s2", "s3")] == [
        "2016-03-01 07:00", "2016-03-02 07:00", "2016-03-03 07:00", "2016-03-04 07:00"]
    assert pd.isna(got["s4"])
    assert c.set_index("doc_id")["date_basis"]["s0"] == "metadata"
    probs = c.attrs["problems"]
    assert "unparseable date" not in set(probs["problem"])
    note = probs[probs["problem"] == "Unix timestamps"]
    assert len(note) == 1 and "1970-01-01 UTC" in note["action"].iloc[0]


def test_numbers_that_are_not_timestamps_stay_what_they_were():
    assert epoch_timestamp(20030219) is None          # YYYYMMDD, read as a date elsewhere
    assert epoch_timestamp(2003) is None
    assert epoch_timestamp(True) is None
    assert epoch_timestamp("1456815600.5") is not None
    assert epoch_timestamp("14568156001") is None     # 11 digits: neither seconds nor ms
    c_dates, _ = analysis.corpus.loading._parse_dates([20030219, "2003-02-19"])
    assert [d.strftime("%Y-%m-%d") for d in c_dates] == ["2003-02-19", "2003-02-19"]


def test_dates_in_file_names_date_a_folder_of_text_files(tmp_path):
    (tmp_path / "2022-01-05_ferry.txt").write_text(STORIES[0])
    (tmp_path / "20220107-storm.txt").write_text(STORIES[1])
    (tmp_path / "2022").mkdir()
    (tmp_path / "2022" / "02").mkdir()
    (tmp_path / "2022" / "02" / "03").mkdir()
    (tmp_path / "2022" / "02" / "03" / "regatta.txt").write_text(STORIES[2])
    (tmp_path / "choir.txt").write_text(STORIES[3])                 # no date anywhere
    (tmp_path / "2022-02-30_bridge.txt").write_text(STORIES[4])     # not a real day
    c = _load(tmp_path).set_index("doc_id")
    assert c.loc["2022-01-05_ferry", "published"] == pd.Timestamp("2022-01-05")
    assert c.loc["20220107-storm", "published"] == pd.Timestamp("2022-01-07")
    assert c.loc["regatta", "published"] == pd.Timestamp("2022-02-03")
    assert pd.isna(c.loc["choir", "published"]) and pd.isna(c.loc["2022-02-30_bridge", "published"])
    assert c.loc["regatta", "date_basis"] == "inferred"
    notes = c.attrs["problems"]
    assert (notes["problem"] == "dates from file names").sum() == 1
    assert "3 documents" in notes.loc[notes["problem"] == "dates from file names", "action"].iloc[0]


def test_a_metadata_date_beats_the_file_name(tmp_path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "2022-01-05_ferry.txt").write_text(STORIES[0])
    (tmp_path / "meta.csv").write_text("doc_id,published\n2022-01-05_ferry,2021-12-24\n")
    c = _load(tmp_path / "docs", metadata=tmp_path / "meta.csv")
    assert c["published"].iloc[0] == pd.Timestamp("2021-12-24")
    assert c["date_basis"].iloc[0] == "metadata"


def test_file_name_date_needs_one_unambiguous_year_first_date():
    assert file_name_date("2022.03.05 vote.txt") == pd.Timestamp("2022-03-05")
    assert file_name_date("05-03-2022_vote.txt") is None              # day and month order unknown
    assert file_name_date("2022-03-05_to_2022-03-09.txt") is None     # two dates
    assert file_name_date("id120220305999.txt") is None               # inside a longer number
    assert file_name_date("2022-0305.txt") is None                    # separators must match


def _day_first_csv(path, n=3):
    dates = ["05/03/2003", "19/02/2003", "01/04/2003", "28/04/2003", "03/02/2003", "02/03/2003"] * n
    rows = ["id;date;headline"] + [f"h{i};{d};{STORIES[i % len(STORIES)]} {i}" for i, d in enumerate(dates)]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def test_the_loader_says_which_order_of_day_and_month_it_read(tmp_path):
    c = _load(_day_first_csv(tmp_path / "d.csv"), text_column="headline")
    probs = c.attrs["problems"]
    note = probs.loc[probs["problem"] == "date order", "action"]
    assert len(note) == 1 and "read day-first" in note.iloc[0] and "of 18 numeric dates, 6 can only be day-first" in note.iloc[0]
    given = _load(_day_first_csv(tmp_path / "d.csv"), text_column="headline", dayfirst=True).attrs["problems"]
    assert "dayfirst=True, as given" in given.loc[given["problem"] == "date order", "action"].iloc[0]


def test_annotate_says_once_which_order_it_decided_for_the_whole_file(tmp_path):
    # chunks of 4 rows: the first chunk holds no value that shows the order; annotate decides
    # day-first on the whole file, and the store's problems say so once, for the file
    dates = ["05/03/2003", "01/04/2003", "03/02/2003", "02/03/2003"] + ["19/02/2003", "28/04/2003"] * 4
    rows = ["id;date;headline"] + [f"h{i};{d};{STORIES[i % len(STORIES)]} {i}" for i, d in enumerate(dates)]
    (tmp_path / "a.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        analysis.annotate(tmp_path / "a.csv", tmp_path / "st", chunk_size=4, progress=False,
                          text_column="headline")
    store = analysis.open_store(tmp_path / "st")
    probs = store.table("problems")
    notes = probs[probs["problem"] == "date order"]
    assert len(notes) == 1 and "read day-first, the order the values show" in notes["action"].iloc[0]
    assert "of 12 numeric dates, 8 can only be day-first" in notes["action"].iloc[0]
    first = store.table("documents").set_index("doc_id")["published"]
    assert first["h0"] == pd.Timestamp("2003-03-05")


def test_a_narrow_date_axis_over_a_year_or_two_draws_without_a_matplotlib_warning():
    # 03's event timeline on a corpus of four months: matplotlib's "AutoDateLocator was unable
    # to pick an appropriate interval" reached the report as a note, twice
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.dates as mdates
    import matplotlib.pyplot as plt

    from analysis.plots.timeline import _date_axis, _max_date_ticks

    for days, width in ((400, 1.2), (700, 2.0), (1000, 4.0)):
        fig, ax = plt.subplots(figsize=(width, 2))
        lo = pd.Timestamp("2016-01-01")
        hi = lo + pd.Timedelta(days=days)
        ax.set_xlim(mdates.date2num(lo), mdates.date2num(hi))
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            _date_axis(ax, lo, hi)
            fig.canvas.draw()
        ticks = [t for t in ax.get_xticks() if mdates.date2num(lo) <= t <= mdates.date2num(hi)]
        plt.close(fig)
        assert not [w for w in caught if "AutoDateLocator" in str(w.message)], (days, width)
        assert 1 <= len(ticks) <= _max_date_ticks(ax) + 1


def test_the_language_note_on_a_half_english_corpus_gives_the_counts_not_mostly():
    from analysis.corpus.language import english_subset

    corpus = pd.DataFrame({"doc_id": list("abcde"), "language": ["de", "de", "en", None, "en"][:3] + [None, "de"]})
    sub = english_subset(corpus, "the tone model is English-only")
    assert sub.corpus["doc_id"].tolist() == ["c"]
    assert "1 whose language could not be told is left out with them" in sub.note
    assert "(1 of 4)" in sub.note and "mostly" not in sub.note and "told apart" not in sub.note


def test_a_unit_whose_terms_no_topic_weighs_is_counted_with_a_reason(monkeypatch):
    # ABC headlines: the fit warning said 8 documents have no topic, the document table showed
    # 10 with empty shares: two one-word headlines had a vocabulary term that NMF gave no weight
    # in any topic, so their shares were empty without a reason. The projection is forced to
    # give the last unit no weight here (as NMF did there).
    import numpy as np

    import analysis.topics.model as tm

    real = tm._nmf_place

    def place(X, H, *args, **kw):
        W = np.asarray(real(X, H, *args, **kw))
        W[-1] = 0.0
        return W

    monkeypatch.setattr(tm, "_nmf_place", place)
    a = ["The harbour ferry timetable changed as the council voted on ferry fares and harbour fees.",
         "Council members debated ferry fares, the harbour budget and the timetable for the ferry."]
    b = ["The football club won the league after the striker scored twice in the final match.",
         "The striker and the club coach celebrated the league title with football supporters."]
    texts = [a[i % 2] + f" Extra words {i}." for i in range(12)] + [b[i % 2] + f" Goal {i}." for i in range(12)]
    corpus = pd.DataFrame({"doc_id": [f"d{i:02d}" for i in range(len(texts))], "text": texts})
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        model = analysis.fit_topics(corpus, k=2, reuse=False)
    docs = model.document_topics()
    empty = docs[model.topic_columns].isna().all(axis=1)
    assert empty.sum() == 1
    assert docs.loc[empty, "no_topic"].tolist() == ["no weight"]
    said = [str(w.message) for w in caught if "no topic at all" in str(w.message)]
    assert len(said) == 1 and "1 document has no topic at all (its terms carry no weight in any topic: 1)" in said[0]
    assert "carry no weight in any topic" in said[0]


def test_a_hash_in_a_file_name_is_not_read_as_a_date():
    assert file_name_date("000_3f20190412ab9c1d.txt") is None
    assert file_name_date("story2022-03-05.txt") is None
    assert file_name_date("tagesschau_2019-04-12.txt") == pd.Timestamp("2019-04-12")
