"""Crashes found running the report on public corpora (docs/corpus-runs.md), each reproduced
on invented input."""
import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402

from analysis import plots  # noqa: E402


def _events(dates):
    return pd.DataFrame({"date": pd.to_datetime(dates).astype("datetime64[ns]"), "granularity": "year", "event": "other",
                         "expression": [d[:4] for d in dates], "doc_id": "d1", "sent_id": 0,
                         "sentence": "The hall opened in 1680 and its lease runs to 2099."})


def test_timeline_overview_with_events_four_centuries_apart():
    # An undated corpus whose texts mention 1688 and 2099: 'hi - lo' overflowed pandas.Timedelta
    # (OutOfBoundsDatetime in 03_timeline on MasakhaNEWS).
    corpus = pd.DataFrame({"doc_id": ["d1"], "published": [pd.NaT]})
    fig = plots.timeline_overview(corpus, events=_events(["1680-01-01", "2099-01-01"]))
    fig.savefig(__import__("io").BytesIO(), format="png")
    ticks = [t.get_text() for t in fig.axes[-1].get_xticklabels()]
    plt.close(fig)
    assert any(t.startswith("17") for t in ticks) and any(t.startswith("20") for t in ticks), ticks


def test_publication_timeline_with_documents_four_centuries_apart():
    corpus = pd.DataFrame({"doc_id": ["a", "b", "c"], "title": ["x", "y", "z"], "outlet": "o",
                           "published": pd.to_datetime(["1700-03-01", "2020-05-01", "2021-01-01"]).astype("datetime64[ns]")})
    fig = plots.publication_timeline(corpus)
    fig.savefig(__import__("io").BytesIO(), format="png")
    plt.close(fig)
