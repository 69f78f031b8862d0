"""Round-10 reader findings: unusual corpus shapes (mixed UTC offsets, ...), invented data."""
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
    assert "'2024-03-01T23:30:00-05:00' as 2024-03-01 23:30 (2024-03-02 04:30 UTC)" in text
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
