"""The topic-share-by-group chart shows every point it draws and says when a point lies outside
its own interval (seen on ABC headlines: the largest topic's panel was empty, because the y scale
followed only the interval ends, and a bar lay below its point). Invented tables only."""
from __future__ import annotations

import pandas as pd

from analysis import plots


def _effects(share_a, lo_a, hi_a):
    rows = []
    for topic, label, share, lo, hi in [(1, "tax budget", share_a, lo_a, hi_a), (2, "match goal", 0.10, 0.06, 0.14)]:
        for group in ("A", "B"):
            rows.append({"topic": topic, "label": label, "group": group, "share": share, "ci_low": lo,
                         "ci_high": hi, "n_docs": 120})
    eff = pd.DataFrame(rows)
    eff.attrs.update(level=0.95, n_boot=25, refit=True)
    return eff


def _note(fig):
    return fig._supxlabel.get_text()


def test_a_share_above_every_interval_end_stays_on_the_panel():
    fig = plots.topic_effect(_effects(0.41, float("nan"), float("nan")), top=2)
    for ax in fig.axes[:2]:
        assert ax.get_ylim()[1] >= 0.41


def test_a_point_outside_its_bar_is_named_in_the_note():
    fig = plots.topic_effect(_effects(0.25, 0.11, 0.23), top=2)
    assert "2 points outside their bar" in _note(fig)
    fig = plots.topic_effect(_effects(0.20, 0.11, 0.23), top=2)
    assert "outside" not in _note(fig)


def test_the_prevalence_note_counts_documents_with_no_vocabulary_term_too():
    """ABC headlines: the note said 2,767 documents without a group were left out while the
    comparison line said 2,776 were in neither group; the 9 others had no vocabulary term."""
    import warnings

    import analysis
    from test_reader_findings7 import _headline_corpus

    docs = _headline_corpus()
    docs["group"] = ["a", "b", None] * 30
    docs = pd.concat([docs, pd.DataFrame({"doc_id": ["z1", "z2"], "text": ["Zzyzx qwv.", "Xylo vvq."],
                                          "group": [None, None]})], ignore_index=True)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        model = analysis.fit_topics(docs, k=3, n_refits=0, reuse=False)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        model.prevalence("group")
    notes = [str(w.message) for w in caught if "left out of prevalence" in str(w.message)]
    assert notes and "2 more without a value have no vocabulary term" in notes[0]
