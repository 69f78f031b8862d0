"""Named periods as data: built-in sets, a researcher's own file, and period_of."""
import matplotlib
import pandas as pd
import pytest

matplotlib.use("Agg")

import analysis  # noqa: E402
from analysis.dates.periods import PeriodsError, load_periods, period_of  # noqa: E402


def test_none_means_no_periods():
    assert load_periods(None) is None
    assert period_of(["2020-01-01"], None).isna().all()


@pytest.mark.parametrize("name", ["us-administrations", "uk-governments"])
def test_built_in_sets_are_ordered_contiguous_and_open_only_at_the_end(name):
    p = load_periods(name)
    assert list(p.columns[:3]) == ["period", "start", "end"]
    assert pd.api.types.is_datetime64_any_dtype(p["start"]) and pd.api.types.is_datetime64_any_dtype(p["end"])
    assert p["start"].is_monotonic_increasing
    assert (p.start.iloc[1:].to_numpy() == p.end.iloc[:-1].to_numpy()).all()  # no gaps, no overlaps
    assert p.end.isna().tolist() == [False] * (len(p) - 1) + [True]
    assert p.start.iloc[0].year == 1945
    assert p.attrs["name"] in ("US administrations", "UK governments")


def test_uk_governments_on_known_days():
    got = period_of(["1979-05-03", "1979-05-04", "2016-07-12", "2016-07-13", "2022-10-01",
                     "2024-07-05", "2031-01-01", "1944-12-31"], "uk-governments")
    assert got[:7].tolist() == ["Callaghan", "Thatcher", "Cameron", "May", "Truss", "Starmer", "Starmer"]
    assert pd.isna(got[7])


def test_administrations_still_work_and_match_period_of():
    dates = ["2016-03-30", "2017-01-20", "1963-11-22", "2025-06-01"]
    assert analysis.administration_of(dates).tolist() == period_of(dates, "us-administrations").tolist()
    assert list(analysis.ADMINISTRATIONS.columns) == ["administration", "president", "start", "end"]


def test_period_of_keeps_the_index_and_refuses_numbers():
    s = pd.Series(pd.to_datetime(["2001-05-01", None]), index=[7, 3])
    got = period_of(s, "uk-governments")
    assert got.index.tolist() == [7, 3] and got[7] == "Blair" and pd.isna(got[3])
    with pytest.warns(UserWarning, match="numbers such as years"):
        assert period_of(pd.Series([1997]), "uk-governments").isna().all()


def test_a_researchers_csv_with_comments_open_end_and_extra_columns(tmp_path):
    f = tmp_path / "phases.csv"
    f.write_text("# my phases of the negotiations\nname,start,end,colour\n"
                 "Talks,2018-03-01,2018-06-12,#FFEEAA\n\"Freeze, then thaw\",2018-06-12,,\n")
    p = load_periods(str(f))
    assert p["period"].tolist() == ["Talks", "Freeze, then thaw"]
    assert pd.isna(p["end"].iloc[1]) and p["colour"].iloc[0] == "#FFEEAA"
    assert p.attrs["name"] == "phases"
    assert period_of(["2018-06-11", "2018-06-12", "2030-01-01", "2018-01-01"], p).tolist()[:3] == \
        ["Talks", "Freeze, then thaw", "Freeze, then thaw"]


def test_a_researchers_yaml_in_both_shapes(tmp_path):
    a = tmp_path / "a.yml"
    a.write_text("periods:\n  - {period: Before, start: 2019-01-01, end: 2020-03-11}\n"
                 "  - {period: Pandemic, start: 2020-03-11, end: 2022-01-01}\n")
    b = tmp_path / "b.yaml"
    b.write_text("Before: {start: 2019-01-01, end: 2020-03-11}\nPandemic: {start: 2020-03-11}\n")
    assert load_periods(a)["period"].tolist() == load_periods(b)["period"].tolist() == ["Before", "Pandemic"]
    assert period_of(["2020-03-10", "2021-01-01"], b).tolist() == ["Before", "Pandemic"]


@pytest.mark.parametrize("body, message", [
    ("period,start,end\nA,2019-01-01,2019-06-01\nB,soon,2020-01-01\n", r"p\.csv, line 3: start 'soon' is not a date"),
    ("period,start,end\nA,2019-01-01,2019-06-01\n,2019-07-01,2020-01-01\n", r"line 3: the period has no name"),
    ("period,start,end\nA,2019-06-01,2019-01-01\n", r"line 2: end 2019-01-01 is not after start"),
    ("# c\nperiod,start,end\nA,2019-01-01,2019-06-01\nB,2019-05-01,2020-01-01\n",
     r"line 4: period 'B' overlaps 'A' \(line 3\)"),
    ("period,start,end\nA,2019-01-01,\nB,2020-01-01,2021-01-01\n", r"'B' overlaps 'A'"),
    ("label,from,to\nA,2019-01-01,2019-06-01\n", r"no 'period' \(or 'name'\) column"),
    ("period,start,end\nA,2019-01-01,2019-06-01,extra\n", r"line 2: 4 fields but the header has 3"),
])
def test_malformed_files_name_the_file_and_the_row(tmp_path, body, message):
    f = tmp_path / "p.csv"
    f.write_text(body)
    with pytest.raises(PeriodsError, match=message):
        load_periods(f)


def test_unknown_names_and_formats_are_refused_clearly(tmp_path):
    with pytest.raises(PeriodsError, match="no such file, and not a built-in set.*us-administrations"):
        load_periods("french-presidents")
    (tmp_path / "p.json").write_text("[]")
    with pytest.raises(PeriodsError, match="unknown format"):
        load_periods(tmp_path / "p.json")
    (tmp_path / "p.yml").write_text("- [A, 2019]\n")
    with pytest.raises(PeriodsError, match="p.yml, entry 1: expected a mapping"):
        load_periods(tmp_path / "p.yml")
    with pytest.raises(TypeError):
        load_periods(2019)


def test_a_dataframe_is_checked_like_a_file():
    ok = load_periods(pd.DataFrame({"period": ["x"], "start": ["2020-01-01"], "end": [None]}))
    assert ok["start"].iloc[0] == pd.Timestamp("2020-01-01")
    with pytest.raises(PeriodsError, match="periods table, row 1: period 'y' overlaps 'x'"):
        load_periods(pd.DataFrame({"period": ["x", "y"], "start": ["2020-01-01", "2020-02-01"],
                                   "end": ["2020-03-01", "2020-04-01"]}))


def test_public_names_are_registered():
    assert analysis.load_periods is load_periods and analysis.period_of is period_of
    assert analysis.PeriodsError is PeriodsError
