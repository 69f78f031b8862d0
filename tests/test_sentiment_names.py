"""The ``news`` tone model must not score *who* is named (issue 14, item 4; nbreader round 14,
findings 1 and 4). All sentences are invented here."""
import numpy as np
import pandas as pd
import pytest

import analysis
from analysis.sentiment import news_tone
from analysis.sentiment.news_tone import NAME_PLACEHOLDER as P
from analysis.sentiment.news_tone import mask_names, name_words_from
from analysis.sentiment.scores import lexicon_words, sentiment_drivers

NAMES = ["John Smith", "Donald Trump", "Vladimir Putin", "Xi Jinping", "Goldman Sachs", "North Korea"]
TEMPLATES = ["Officials said {} would announce the figures later.",
             "A spokesman for {} declined to comment.",
             "The possibility of {} returning to the capital was discussed.",
             "Critics condemned {} for the corrupt deal.",
             "Supporters celebrated the victory of {}."]


@pytest.mark.parametrize("template", TEMPLATES)
def test_swapping_the_name_does_not_change_the_news_score(template):
    s = analysis.sentiment_scores([template.format(n) for n in NAMES], method="news")["compound"]
    assert float(s.max() - s.min()) < 1e-9


def test_swapping_a_name_at_the_start_of_a_sentence():
    texts = [f"{n} met reporters on Tuesday." for n in ("John Smith", "Donald Trump", "Vladimir Putin")]
    s = analysis.sentiment_scores(texts, method="news")["compound"]
    assert float(s.max() - s.min()) < 1e-9


def test_tone_words_still_count_around_names():
    s = analysis.sentiment_scores(["Critics condemned Donald Trump for the corrupt and deadly deal.",
                                   "Donald Trump praised the wonderful, generous volunteers."])["compound"]
    assert s[0] < -0.3 and s[1] > 0.3


def test_lexicon_words_inside_names_do_not_move_the_news_score():
    # "united", "security", "liberal", "supreme" are VADER words; here they are parts of names
    a = analysis.sentiment_scores(["Talks with the United States ended on Monday.",
                                   "The report went to the Security Council.",
                                   "The Liberal Democrats met in the afternoon."])["compound"]
    b = analysis.sentiment_scores(["Talks with the Czech Republic ended on Monday.",
                                   "The report went to the Trade Committee.",
                                   "The Green Party met in the afternoon."])["compound"]
    assert np.allclose(a, b, atol=1e-9)


def test_lexicon_words_outside_names_still_count():
    # false friends: the same words in running text are read (not names)
    texts = ["Security forces restored order.", "The two sides were united in grief.",
             "Sadly, the bridge collapsed."]
    assert mask_names(texts, []) == texts
    s = analysis.sentiment_scores(["The two sides were united in grief.", "The two sides were in grief."])
    assert s.loc[0, "pos"] > s.loc[1, "pos"]


def test_united_inside_united_states_is_no_driver():
    s = pd.DataFrame({"doc_id": ["a", "a", "b"],
                      "sentence": ["Officials in the United States welcomed the plan.",
                                   "The Security Council praised the deal.",
                                   "The families were united in their support."]})
    d = sentiment_drivers(s)
    assert "security" not in set(d["word"])
    assert d.loc[d["word"] == "united", "occurrences"].tolist() == [1]  # only the running-text one
    w = lexicon_words(s["sentence"], in_names=True)
    assert w.loc[w["word"] == "united", "in_name"].tolist() == [True, False]
    assert "security" in set(w["word"]) and "united" not in set(lexicon_words(s["sentence"][:1])["word"])


def test_mask_names_rules():
    got = mask_names(["Donald Trump met Xi Jinping in Beijing.",
                      "He said: \"Terrible decision by the Liberal Democrats.\"",
                      "Putin spoke.", "Critics spoke.", "I LOVE it when NATO agrees.",
                      "In Washington, the U.S. Senate voted."], ["putin"])
    assert got == [f"{P} met {P} in {P}.", f"He said: \"Terrible decision by the {P}.\"",
                   f"{P} spoke.", "Critics spoke.", f"I LOVE it when {P} agrees.", f"In {P}, the {P} voted."]
    # headline case: capitalisation says nothing, only known name words are masked
    assert mask_names(["Putin Says Talks Were Great Success"], ["putin"]) == [f"{P} Says Talks Were Great Success"]
    # idempotent (the scorer may see a masked text again)
    once = mask_names(["Donald Trump met Xi Jinping."], [])
    assert mask_names(once, []) == once


def test_name_words_are_learned_from_capitalisation_inside_sentences():
    texts = ["Critics met Moskva.", "We like Moskva.", "They saw Moskva.", "It was a fine critic.",
             "The Critic said so.", "A critic spoke.", "One critic left."]
    assert name_words_from(texts) == ["moskva"]


def test_training_with_names_masked_is_deterministic_and_scores_names_alike(tmp_path):
    texts = ["Smith praised the lovely day.", "Jones hated the awful food.", "A bus left with Brown.",
             "Officials met Jones today.", "Critics met Smith today."] * 3
    y = [1, -1, 0, 0, 0] * 3
    words = name_words_from(texts)
    m1 = news_tone.train_news_tone(texts, y, None, name_words=words)
    m2 = news_tone.train_news_tone(texts, y, None, name_words=words)
    p1 = news_tone.save_model(m1, tmp_path / "a.json.gz")
    assert p1.read_bytes() == news_tone.save_model(m2, tmp_path / "b.json.gz").read_bytes()
    assert m1["name_words"] == words
    scorer = news_tone.NewsToneScorer(m1)
    probe = ["Smith went home.", "Jones went home."]
    v = analysis.sentiment_scores(probe, method="vader")
    p = scorer.predict(probe, v)
    assert p[0] == pytest.approx(p[1], abs=1e-12)


def test_scorer_and_sentiment_scores_agree():
    # NewsToneScorer.predict (used by the benchmarks) masks and re-scores VADER itself
    texts = ["The United States praised Donald Trump.", "A calm day.", "Putin warned of war."]
    raw = analysis.sentiment_scores(texts, method="vader")
    direct = news_tone._shipped().predict(texts, raw)
    assert np.allclose(direct, analysis.sentiment_scores(texts, method="news")["compound"], atol=1e-12)
