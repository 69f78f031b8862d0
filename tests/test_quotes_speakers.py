"""How quotation speakers were found, and the 'Who is quoted' chart (corpus runs, finding 3),
on invented texts."""
import matplotlib
import pandas as pd

import analysis
from analysis.quotes.extract import SPEAKER_KINDS, VOICE_KINDS, speaker_kinds

matplotlib.use("Agg")

TEXT = ('Gwen Marlow, the mayor of Tillbury, said the bridge would reopen.\n\n'
        '"We are nearly there," she said. "It has been a long year."\n\n'
        '"The costs were higher than planned," a spokesperson for the council said.\n\n'
        '"We will fight this," they said.\n\n'
        'The council met on Monday.\n\n'
        '"Nothing is decided yet at all."\n\n'
        'The bridge stays shut.\n\n'
        'Wendy Tarrant, manager at a cafe in Hoveton, Norfolk, says the plans "will help".')


def _quotes():
    return analysis.extract_quotes(pd.DataFrame({"doc_id": ["d"], "text": [TEXT]}))


def test_speaker_kinds_say_how_each_speaker_was_found():
    q = _quotes()
    kinds = dict(zip(q["quote"].str[:12], speaker_kinds(q)))
    assert kinds["We are nearl"] == "pronoun resolved"
    assert kinds["The costs we"] == "unnamed source"
    assert kinds["We will figh"] == "unresolved pronoun"
    assert kinds["Nothing is d"] == "no speaker"
    assert set(speaker_kinds(q)) <= set(SPEAKER_KINDS)


def test_a_place_inside_an_appositive_is_not_the_speaker():
    q = _quotes()
    row = q[q["quote"] == "will help"].iloc[0]
    assert row["speaker"] == "Wendy Tarrant"


def test_voices_keep_named_people_apart_from_linked_entries_and_unnamed_sources():
    q = _quotes()
    v = analysis.quoted_voices(q).set_index("who")
    assert v.loc["Gwen Marlow", "kind"] == "named in the text"
    assert v.loc["a spokesperson for the council", "kind"] == "unnamed source"
    assert v.loc["they", "kind"] == "unresolved pronoun"
    assert set(v["kind"]) <= set(VOICE_KINDS)
    linked = q.assign(speaker_actor=q["speaker"].where(q["speaker"].eq("Gwen Marlow")))
    assert analysis.quoted_voices(linked).set_index("who").loc["Gwen Marlow", "kind"] \
        == "in the dictionary or a gazetteer"


def test_chart_leaves_unresolved_pronouns_out_and_says_so():
    q = _quotes()
    fig = analysis.plots.plot_quotes_by_speaker(q)
    ax = fig.axes[0]
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert "they" not in labels and "(no speaker found)" not in labels
    assert "Gwen Marlow" in labels
    title = ax.get_title()
    assert "1 by an unresolved pronoun" in title and "1 with no speaker" in title
    leg = ax.get_legend() or fig.legends[0]   # below the axes since round 5 (a figure legend)
    legend = [t.get_text() for t in leg.get_texts()]
    assert any("name found in the text" in t for t in legend)
    assert any("unnamed source" in t for t in legend)
    matplotlib.pyplot.close(fig)
