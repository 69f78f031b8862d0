"""Interactive charts: self-contained, escaped, deterministic, bounded; the evidence in the hover."""
from __future__ import annotations

import re

import pandas as pd
import pytest

pytest.importorskip("plotly")

from analysis.plots.interactive import event_timeline_html, tone_over_time_html  # noqa: E402

PAYLOAD = "<script>alert(1)</script>"


def _events(n):
    dates = pd.date_range("2001-01-01", periods=n, freq="D")
    return pd.DataFrame({"date": dates, "granularity": "day", "doc_id": [f"d{i % 7}" for i in range(n)],
                         "sentence": [f"Event {i} happened {PAYLOAD}." for i in range(n)],
                         "expression": "on that day", "value": dates.strftime("%Y-%m-%d")})


def _fetches(page: str) -> list[str]:
    return re.findall(r"<script[^>]*\bsrc\s*=\s*[\"']?(?:https?:)?//[^\s\"'>]+", page, flags=re.I)


def test_event_timeline_hover_escaped_offline_deterministic(tmp_path):
    corpus = pd.DataFrame({"doc_id": [f"d{i}" for i in range(7)], "outlet": ["Gazette <b>x</b>"] * 7,
                           "title": [f"Story {i}" for i in range(7)],
                           "published": pd.to_datetime(["2001-02-01"] * 7)})
    page = event_timeline_html(_events(12), corpus, tmp_path / "t.html")
    assert (tmp_path / "t.html").read_text(encoding="utf-8") == page
    assert "Event 11 happened" in page and "Story 3" in page
    assert PAYLOAD not in page and "&lt;script&gt;alert(1)&lt;" in page
    assert "<b>x</b>" not in page and "Gazette &lt;b&gt;x" in page
    assert _fetches(page) == []
    assert event_timeline_html(_events(12), corpus) == page  # same input, same file


def test_event_timeline_is_bounded_and_says_so():
    page = event_timeline_html(_events(500), max_points=100)
    assert "100 of 500 events shown" in page
    assert page.count("Event ") <= 100 + 5


def test_tone_over_time_hover_gives_size_and_interval():
    t = pd.DataFrame({"published": pd.period_range("2000", periods=30, freq="Y"), "n_documents": range(1, 31),
                      "n_sentences": range(10, 40), "mean_compound": [0.9 if i == 3 else -0.1 for i in range(30)],
                      "ci_low": -0.5, "ci_high": 0.95})
    page = tone_over_time_html(t, max_points=20)
    assert "20 of 30 periods" in page
    assert "19 sentences" not in page and "20 sentences" in page and "39 sentences" in page
    assert "95% interval" in page
