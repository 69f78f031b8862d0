"""Round 14, nbfix: library fixes for the notebook reader's findings (docs/nbreader-round14.md).

Every test is on data invented here; each fails without its fix (docs/nbfix-round14.md)."""
import warnings

import numpy as np
import pandas as pd
import pytest

from analysis.dates.event_kinds import event_label


# --- finding 8: a date attached to a reporting verb dates the statement ------------------------

@pytest.mark.parametrize("sentence, expression", [
    ("The talks were held in Lima, officials said on Tuesday.", "on Tuesday"),
    ("The minister said on Tuesday that the meeting would go ahead.", "on Tuesday"),
    ("The two presidents met at the summit, the White House said today.", "today"),
    ("The ceasefire will hold, the envoy told reporters on Friday.", "on Friday"),
    ("The central bank on Monday said the merger talks had ended.", "on Monday"),
    ("The agreement will be signed soon, the ministry said in a statement on Sunday.", "on Sunday"),
])
def test_date_of_the_reporting_verb_labels_a_statement(sentence, expression):
    assert event_label(sentence, expression) == "statement"


@pytest.mark.parametrize("sentence, expression, kind", [
    ("The talks on Tuesday were held in Lima, officials said.", "on Tuesday", "meeting"),
    # the date belongs to the event reported, not to "told"
    ("The two leaders will meet tomorrow, the minister told reporters on Friday.", "tomorrow", "meeting"),
    # "said last year's ...": the date is part of what was said
    ("The minister said last year's election was fair.", "last year", "election"),
    # after a comma the date ends a clause of its own
    ("The summit, held since March 2019, said nothing new.", "March 2019", "meeting"),
    # nouns of the kind (a report, a statement) are not reporting verbs
    ("The report on Tuesday showed that the economy grew.", "on Tuesday", "economic"),
])
def test_dates_of_other_events_keep_their_kind(sentence, expression, kind):
    assert event_label(sentence, expression) == kind


def test_a_passive_reporting_verb_leaves_the_date_to_what_was_announced():
    # guard: the date of "were announced" is when the results came, the election's
    assert event_label("The results of the ballot were announced two weeks ago.", "two weeks ago") == "election"


# --- finding 2: shift_summary reads the intervals ---------------------------------------------

def _shift():
    from analysis.report import narrative
    shares = pd.DataFrame({"2016": [0.22, 0.29, 0.49], "2024": [0.65, 0.11, 0.24]},
                          index=pd.MultiIndex.from_tuples([(1, "summit"), (3, "defense"), (2, "trade")]))
    return narrative, shares


def test_shift_summary_says_no_change_is_established_when_every_interval_includes_zero():
    narrative, shares = _shift()
    ci = pd.DataFrame({"ci_low": [-0.20, -0.40, -0.5], "ci_high": [0.61, 0.05, 0.2]}, index=shares.index)
    text = narrative.shift_summary(shares, "2016", "2024", intervals=ci)
    assert text.startswith("No change from 2016 to 2024 is established")
    assert "Largest gain" not in text and "point estimates only" in text
    assert "0.22 → 0.65 (interval of the change -0.20 to 0.61)" in text
    # the same from ci_low / ci_high columns of the shares frame
    assert narrative.shift_summary(shares.join(ci), "2016", "2024") == text


def test_shift_summary_names_the_changes_whose_interval_excludes_zero():
    narrative, shares = _shift()
    ci = pd.DataFrame({"ci_low": [0.10, -0.40, -0.5], "ci_high": [0.61, 0.05, 0.2]}, index=shares.index)
    text = narrative.shift_summary(shares, "2016", "2024", intervals=ci)
    assert text.startswith("Largest gain from 2016 to 2024: topic 1 (summit), 0.22 → 0.65 (95% interval 0.10 to 0.61)")
    assert "Largest loss: topic 2 (trade), 0.49 → 0.24 (95% interval -0.50 to 0.20, includes zero)" in text
    assert text.endswith("Changes whose 95% interval excludes zero: topic 1 (summit); the others are not established.")
    # guard: without intervals the sentence is as before
    assert narrative.shift_summary(shares, "2016", "2024").startswith("Largest gain from 2016 to 2024: topic 1")


# --- finding 3: the actor-tone chart colours a bar by its interval ----------------------------

def test_plot_actor_tone_colours_by_interval_with_a_legend():
    import matplotlib.colors as mcolors
    import matplotlib.pyplot as plt

    from analysis.plots import plot_actor_tone
    from analysis.plots._style import PALETTE
    tone = pd.DataFrame({"actor": ["Wide", "Below", "Above", "Small"], "n_sentences": [20, 13, 5, 9],
                         "n_mentions": [20, 13, 5, 9], "score_mean": [-0.064, -0.054, 0.2, -0.03],
                         "ci_low": [-0.221, -0.09, 0.05, -0.04], "ci_high": [0.197, -0.01, 0.3, -0.02]})
    fig = plot_actor_tone(tone)
    ax = fig.axes[0]
    labels = [t.get_text() for t in ax.get_yticklabels()]
    colour = {lab: mcolors.to_hex(p.get_facecolor()) for lab, p in zip(labels, ax.patches)}
    assert colour["Wide"] == "#999999"            # mean -0.064, interval across 0: grey
    assert colour["Below"] == PALETTE[3].lower()  # interval below 0
    assert colour["Above"] == PALETTE[2].lower()
    assert colour["Small"] == PALETTE[3].lower()  # mean within +-0.05 but interval below 0
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert legend == ["95% interval below 0", "95% interval above 0", "interval includes 0 (or none)"]
    plt.close(fig)


# --- finding 12: no interval for an actor named in fewer than three documents -----------------

def test_actor_sentiment_leaves_the_interval_empty_below_three_documents():
    from analysis.actors.mentions import actor_sentiment
    texts = ["Critics bitterly attacked Velmora over the failed deal.",
             "Velmora was praised for its generous help.",
             "Velmora was blamed for the corrupt and cruel plan.",
             "Velmora welcomed the peaceful and successful talks.",
             "Ostgard was praised for its generous help."]
    c = pd.DataFrame({"doc_id": [f"d{i}" for i in range(5)], "text": texts,
                      "published": pd.to_datetime(["2020-01-01", "2020-03-01", "2020-05-01", "2021-01-01",
                                                   "2021-02-01"])})
    dictionary = {"actors": [{"name": "Velmora", "type": "state"}, {"name": "Ostgard", "type": "state"}]}
    by_year = actor_sentiment(c, dictionary, by="year").set_index(["year", "actor"])
    assert by_year.loc[(2020, "Velmora"), "n_docs"] == 3
    assert by_year.loc[(2020, "Velmora"), "ci_low"] <= by_year.loc[(2020, "Velmora"), "ci_high"]
    assert by_year.loc[(2021, "Velmora"), "n_docs"] == 1
    assert pd.isna(by_year.loc[(2021, "Velmora"), "ci_low"]) and pd.isna(by_year.loc[(2021, "Velmora"), "ci_high"])
    assert pd.notna(by_year.loc[(2021, "Velmora"), "score_mean"])       # the mean is still given
    by_actor = actor_sentiment(c, dictionary, by="actor").set_index("actor")
    assert pd.notna(by_actor.loc["Velmora", "ci_low"]) and pd.isna(by_actor.loc["Ostgard", "ci_low"])
    assert "fewer than 3 documents" in actor_sentiment(c, dictionary, by="year").attrs["interval"]


# --- finding 13: the refit note when no topic was found in every replicate --------------------

def _refit_words(found_in):
    from analysis import topics
    m = topics.TopicModel.__new__(topics.TopicModel)
    m.k, m.method = len(found_in), "nmf"
    boot = np.full((25, 2, m.k), 0.3)
    for t, c in enumerate(found_in):
        boot[c:, :, t] = np.nan
    return m._effect_refit_words(25, boot)


def test_refit_note_counts_each_topic_when_every_topic_was_lost_somewhere():
    words = _refit_words([17, 22, 18, 14])
    assert "topics found again in 17, 22, 18 and 14 of the 25 replicates (topics 1\u20134)" in words
    assert "except" not in words and "every topic" not in words
    # guard: with some topics found in all replicates, the exceptions are named as before
    words = _refit_words([25, 22, 25, 25])
    assert "every topic found again in all 25 replicates except topic 2 (found in only 22)" in words


def test_topic_effect_panel_says_how_many_refits_found_the_topic():
    import matplotlib.pyplot as plt

    from analysis.plots import topic_effect
    eff = pd.DataFrame({"topic": [1, 1, 2, 2], "label": ["a / b"] * 2 + ["c / d"] * 2,
                        "group": ["X", "Y", "X", "Y"], "share": [0.6, 0.3, 0.4, 0.7],
                        "ci_low": [0.5, 0.2, 0.3, 0.6], "ci_high": [0.7, 0.4, 0.5, 0.8], "n_docs": [10, 12, 10, 12]})
    eff.attrs.update({"n_boot": 25, "n_matched": {1: 25, 2: 14}, "refit": True})
    fig = topic_effect(eff)
    assert [ax.get_title() for ax in fig.axes[:2]] == ["1: a / b", "2: c / d\n(found in 14 of 25 refits)"]
    plt.close(fig)


# --- findings 15 and 11: how close the chosen k was to the floor, and what stability means ------

def _model_with_selection(stab4):
    from analysis import topics
    m = topics.TopicModel.__new__(topics.TopicModel)
    m.k, m.stability_floor = 4, 0.6
    m.selection = pd.DataFrame({"k": [3, 4, 5, 6, 7], "coherence_weighted": [-0.05, -0.011, 0.012, 0.015, 0.02],
                                "stability": [np.nan, stab4, 0.547, 0.504, np.nan],
                                "n_refits": [0, 3, 3, 3, 0], "chosen": [False, True, False, False, False]})
    return m


def test_stability_note_says_a_close_call_and_the_alternatives():
    note = _model_with_selection(0.603).stability_note()
    assert note.startswith("Stability of the 3 ks refitted (k = 4, 5, 6): 0.50 to 0.60; the other 2 ks were not refitted.")
    assert (" k = 4 is eligible by 0.003 (3 refits), within 0.02 of the floor; k = 5 and 6 are more coherent "
            "(0.012, 0.015 against -0.011) and less stable (0.55, 0.50): read their topics as about as plausible.") in note
    # guard: a clear margin says nothing more
    assert _model_with_selection(0.70).stability_note() == (
        "Stability of the 3 ks refitted (k = 4, 5, 6): 0.50 to 0.70; the other 2 ks were not refitted.")


def test_stability_note_explains_the_figure_in_top_terms():
    note = _model_with_selection(0.70).stability_note(explain=True)
    # Jaccard 0.5 on two ten-term lists: 6.7 shared, about 3.3 replaced (not half)
    assert "0.55 about 2.9, 0.50 about 3.3 of the 10 replaced." in note
    assert "0.70 about 1.8" in note


# --- finding 5: settings from the bundled config say so ---------------------------------------

def test_settings_from_the_bundled_config_are_said_to_come_from_it():
    from analysis.report import narrative
    from analysis.report.run import report_settings
    c = pd.DataFrame({"doc_id": list("abc"), "text": ["x", "y", "z"],
                      "published": pd.to_datetime(["2016-03-01", "2017-05-01", "2024-01-01"])})
    settings = report_settings(corpus_path=None)           # the bundled corpus: compare = None
    assert {"compare", "kwic_terms"} <= settings.from_config
    assert settings.source_of("compare") == "data/bundled_config.yml"
    note = narrative.comparison(c, settings.compare).note
    assert "as set in data/bundled_config.yml" in note and "`compare` parameter" not in note
    intro = narrative.kwic_intro(settings.kwic_terms, chosen_from_data=not settings.kwic_terms)
    assert "from data/bundled_config.yml" in intro and "`kwic_terms` parameter" not in intro
    # guards: a value the notebook sets is the parameter's; an explicit set_in is said as given
    own = report_settings(corpus_path=None, compare=["2016", "2024"], kwic_terms=["tariff"])
    assert "compare" not in own.from_config and own.source_of("compare") is None
    assert "as set by the `compare` parameter" in narrative.comparison(c, own.compare).note
    assert narrative.kwic_intro(own.kwic_terms, False).endswith("(from the `kwic_terms` parameter).")
    assert "as set in my.yml" in narrative.comparison(c, ["2016", "2024"], set_in="my.yml").note


# --- finding 17: the timeline overview's topic bars say how many documents are behind them -----

def test_timeline_overview_writes_the_documents_behind_each_topic_bar():
    import matplotlib.pyplot as plt

    from analysis import plots
    c = pd.DataFrame({"doc_id": list("abcd"), "text": ["x"] * 4,
                      "published": pd.to_datetime(["2016-02-01", "2016-05-01", "2017-03-01", "2018-01-01"])})
    prev = pd.DataFrame({"published": pd.to_datetime(["2016-01-01"] * 2 + ["2017-01-01"] * 2 + ["2018-01-01"] * 2),
                         "topic": [1, 2] * 3, "label": ["a / b", "c / d"] * 3,
                         "share": [0.6, 0.4, 0.5, 0.5, 0.2, 0.8], "n_docs": [2, 2, 1, 1, 1, 1]})
    fig = plots.timeline_overview(c, prev)
    texts = [t.get_text() for ax in fig.axes for t in ax.texts]
    assert texts.count("n=2") == 1 and texts.count("n=1") == 2
    plt.close(fig)
