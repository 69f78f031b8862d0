"""Tone drivers list a VADER word only in the sense in which it judges something (reader15,
round 15; reader14 finding F10). All sentences are invented here."""
import pandas as pd

from analysis.sentiment.scores import NEWS_TOPICAL_TERMS, lexicon_words, sentiment_drivers


def words(text, **kw):
    return lexicon_words([text], **kw)["word"].tolist()


def test_free_in_a_compound_noun_is_no_driver():
    assert "free" not in words("He scored from a free kick in the second half.")
    assert "free" not in words("The two countries signed a free trade agreement.")
    assert "free" not in words("The striker joined as a free agent.")


def test_free_in_a_hyphenated_word_is_no_driver():
    # VADER reads "tax-free" as one token, which its lexicon does not hold
    assert "free" not in words("Savers put money into tax-free accounts.")
    assert "free" not in words("The smoke-free law starts today.")


def test_free_that_judges_is_still_a_driver():
    assert "free" in words("The hostages are finally free.")
    assert "free" in words("Entry to the museum will be free.")


def test_like_as_a_preposition_is_no_driver():
    assert "like" not in words("It looks like a long winter.")
    assert "like" not in words("Cities like Leeds and Bristol were hit.")
    assert "like" not in words("Like many others, she left early.")


def test_like_as_a_verb_is_still_a_driver():
    assert "like" in words("I like the new plan.")
    assert "like" in words("We would like to thank the volunteers.")
    assert "like" in words("Voters do not like the tax.")


def test_well_in_as_well_is_no_driver():
    assert "well" not in words("Prices rose in March as well.")
    assert "well" in words("The talks went well.")


def test_all_senses_lists_what_vader_scored():
    assert words("He scored from a free kick, like last week.", all_senses=True).count("free") == 1
    assert "like" in words("He scored from a free kick, like last week.", all_senses=True)


def test_party_play_cancer_are_marked_topical():
    assert {"party", "play", "cancer"} <= NEWS_TOPICAL_TERMS
    s = pd.DataFrame({"doc_id": ["a", "b"], "sentence": ["The party won the vote.", "The party met in June."]})
    d = sentiment_drivers(s)
    assert d.loc[d["word"] == "party", "topical_term"].tolist() == [True]
    assert d.loc[d["word"] == "won", "topical_term"].tolist() == [False]


def test_drivers_leave_out_the_non_judging_senses():
    s = pd.DataFrame({"doc_id": ["a", "a", "b"],
                      "sentence": ["It felt like a free kick.", "They lost as well.", "We like this free museum."]})
    d = sentiment_drivers(s)
    got = dict(zip(d["word"], d["occurrences"]))
    assert got.get("like") == 1 and got.get("free") == 1 and "well" not in got


def test_like_after_a_curly_apostrophe_negator_is_the_verb():
    assert "like" in words("I don\u2019t like his policies.")


def test_like_after_a_plural_noun_subject_is_the_verb():
    # review15b finding 10 (fixreader15): a noun subject is the ordinary news case
    assert "like" in words("Voters like the plan.")
    assert "like" in words("Most economists like the idea of a carbon tax.")
    assert "like" in words("Investors like what they see in the results.")
    assert "like" in words("He spoke. Voters like the plan.")


def test_like_after_a_plural_noun_before_a_name_or_demonstrative_stays_the_preposition():
    assert "like" not in words("Cities like Leeds and Bristol were hit.")
    assert "like" not in words("In countries like the UK, prices rose.")
    assert "like" not in words("Costs like these are high.")
    assert "like" not in words("Big cities like the capital were hit.")
    assert "like" not in words("There have been many times, like this morning, when it failed.")
    assert "like" not in words("Sounds like the kind of plan that fails.")
