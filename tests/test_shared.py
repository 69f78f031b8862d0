"""Shared helpers: administrations, output writers, chart style."""
import hashlib

import matplotlib
import pandas as pd

matplotlib.use("Agg")

from analysis import ADMINISTRATIONS, administration_of, save_figure, save_table  # noqa: E402
from analysis.plots import new_figure, shade_administrations  # noqa: E402


def test_administration_of_boundaries():
    got = administration_of(["2017-01-19", "2017-01-20", "2024-11-16", "2025-02-01", None, "1930-01-01"])
    assert got.tolist()[:4] == ["Obama", "Trump I", "Biden", "Trump II"]
    assert pd.isna(got[4]) and pd.isna(got[5])


def test_administration_of_keeps_the_index_of_a_series():
    # a filtered corpus keeps its row labels; the result must line up with them
    corpus = pd.DataFrame({"published": pd.to_datetime(["2018-05-01", None, "2022-03-01"])},
                          index=[2, 0, 1])
    corpus["administration"] = administration_of(corpus["published"])
    assert corpus.loc[[2, 1], "administration"].tolist() == ["Trump I", "Biden"]
    assert pd.isna(corpus.loc[0, "administration"])
    assert administration_of(["2018-05-01"]).index.tolist() == [0]


def test_administration_of_warns_about_values_that_are_not_dates():
    import pytest

    with pytest.warns(UserWarning, match="not dates.*'soon'"):
        got = administration_of(["2019-02-01", "soon", ""])
    assert got[0] == "Trump I" and got[1:].isna().all()


def test_administrations_do_not_overlap():
    a = ADMINISTRATIONS.sort_values("start")
    assert (a.start.iloc[1:].values == a.end.iloc[:-1].values).all()


def _digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_save_figure_is_deterministic(tmp_path):
    def draw(out):
        fig, ax = new_figure()
        ax.plot(pd.to_datetime(["2016-01-01", "2024-12-31"]), [0, 1])
        shade_administrations(ax)
        ax.set_title("demo")
        return save_figure(fig, "demo", out)

    first = draw(tmp_path / "a")
    second = draw(tmp_path / "b")
    assert [p.suffix for p in first] == [".png", ".svg"]
    assert [_digest(p) for p in first] == [_digest(p) for p in second]


def test_save_table(tmp_path):
    path = save_table(pd.DataFrame({"x": [1, 2]}), "t", tmp_path)
    assert path == tmp_path / "tables" / "t.csv"
    assert pd.read_csv(path).x.tolist() == [1, 2]


def test_administrations_reach_back_to_1945_and_leave_no_gaps():
    got = administration_of(["1987-02-26", "1963-11-21", "1963-11-23", "1999-07-01", "1940-01-01"])
    assert got[:4].tolist() == ["Reagan", "Kennedy", "Johnson", "Clinton"]
    assert pd.isna(got[4])
    a = ADMINISTRATIONS.sort_values("start")
    assert a.end.isna().sum() == 1 and a.start.iloc[0] == pd.Timestamp("1945-04-12")


def test_neighbouring_administrations_are_shaded_differently():
    from analysis.plots._style import ADMIN_COLOURS

    names = ADMINISTRATIONS.sort_values("start").administration.tolist()
    assert set(names) <= set(ADMIN_COLOURS)
    assert all(ADMIN_COLOURS[a] != ADMIN_COLOURS[b] for a, b in zip(names, names[1:]))


def test_administration_names_never_overlap_on_a_long_axis():
    import matplotlib.pyplot as plt

    names = set(ADMINISTRATIONS.administration)
    for first, last, width in (("1946-01-01", "2025-12-31", 8), ("1961-01-01", "1980-12-31", 4),
                               ("2016-01-01", "2024-12-31", 8)):
        fig, ax = new_figure(figsize=(width, 3))
        ax.plot(pd.to_datetime([first, last]), [0, 1])
        shade_administrations(ax)
        fig.canvas.draw()
        r = fig.canvas.get_renderer()
        boxes = [t.get_window_extent(r) for t in ax.texts if t.get_text() in names]
        assert boxes, (first, last)
        assert not any(a.overlaps(b) for i, a in enumerate(boxes) for b in boxes[i + 1:]), (first, last)
        plt.close(fig)


def test_administration_of_refuses_numbers_and_reads_time_zones():
    import pytest

    with pytest.warns(UserWarning, match="numbers such as years"):
        got = administration_of(pd.Series([1987, 2020]))
    assert got.isna().all()  # not 'Nixon' (1987 nanoseconds after 1970)
    aware = pd.Series(pd.to_datetime(["2016-06-01", "2024-11-16"]).tz_localize("Asia/Seoul"))
    assert administration_of(aware).tolist() == ["Obama", "Biden"]


def test_timeline_charts_accept_time_zone_aware_dates():
    import matplotlib.pyplot as plt

    from analysis.plots.timeline import publication_timeline, timeline_overview
    c = pd.DataFrame({"doc_id": ["a", "b"], "outlet": ["AP", "AFP"],
                      "published": pd.to_datetime(["2016-01-05", "2021-06-01"]).tz_localize("UTC")})
    for fig in (publication_timeline(c), timeline_overview(c)):
        assert fig.axes
        plt.close(fig)
