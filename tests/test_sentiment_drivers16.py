"""Round 16 (sent3): tone drivers are words whose tone in news is their own.

Closed-class words VADER scores (the negator "no", "yes", "please", adverbs of certainty and
degree) are no drivers (analysis/lexicons/no_driver_words.txt); result words of sport and
earnings stories ("won", "defeat", "loss", "profit") are marked (news_result_terms.txt); the
driver summary says how drivers are computed. Invented sentences.
"""
import pandas as pd

from analysis.report import narrative
from analysis.sentiment import scores
from analysis.sentiment.scores import lexicon_words, sentiment_drivers, sentiment_scores


def _sents(texts, docs=None):
    return pd.DataFrame({"doc_id": docs or [f"d{i}" for i in range(len(texts))], "sentence": texts})


def test_no_is_no_driver_but_still_scored():
    texts = ["There was no answer from the council.", "No one was hurt, and no date was set.",
             "It was a sad and bitter day."]
    d = sentiment_drivers(_sents(texts))
    neg = d[d["direction"] == "negative"]["word"].tolist()
    assert "no" not in neg
    assert set(neg) == {"hurt", "sad", "bitter"}  # the words the tone is made of
    # the score and the explanation of the score are unchanged: VADER counts "no"
    assert "no" in lexicon_words(texts)["word"].tolist()
    assert sentiment_scores(texts[:1], method="vader")["compound"].iloc[0] < 0


def test_response_particles_politeness_and_certainty_adverbs_are_no_drivers():
    texts = ["Most young voters said Yes in the referendum.", "Please include a contact number.",
             "Officials will make sure the roads are clear.", "Prices will almost certainly stay high.",
             "The market looked pretty calm, okay."]
    d = sentiment_drivers(_sents(texts))
    assert not set(d["word"]) & {"yes", "please", "sure", "certainly", "pretty", "okay"}
    assert {"no", "yes", "please", "sure"} <= scores.NO_DRIVER_WORDS


def test_attitude_adverbs_and_tone_words_stay_drivers():
    # guard: stance adverbs that judge ("sadly", "unfortunately") and negative words after a
    # negator are drivers as before; only the closed-class words go
    texts = ["Sadly, the bridge collapsed.", "Unfortunately the talks failed.", "There was no terrible damage."]
    words = set(sentiment_drivers(_sents(texts))["word"])
    assert {"sadly", "unfortunately", "failed", "terrible"} <= words
    assert not {"sadly", "unfortunately", "terrible", "good"} & scores.NO_DRIVER_WORDS


def test_result_words_are_marked_and_scored_as_before():
    texts = ["United won the cup after a late goal.", "The firm posted a net loss of 5 mln dlrs.",
             "City suffered a heavy defeat.", "It was a great evening for the fans."]
    d = sentiment_drivers(_sents(texts)).set_index("word")
    assert d.loc["won", "result_term"] and d.loc["loss", "result_term"] and d.loc["defeat", "result_term"]
    assert not d.loc["great", "result_term"]  # guard: a tone word of the writing is no result word
    assert {"won", "loss", "profit", "defeat"} <= scores.NEWS_RESULT_TERMS
    assert "won" in lexicon_words(texts[:1])["word"].tolist()  # still in the score


def test_summary_marks_result_words_and_says_how_drivers_are_computed():
    s = _sents(["United won the cup.", "United won again.", "A sad day for City after the defeat.",
                "The bill was a good idea."], ["a", "b", "c", "d"]).assign(group=["sport"] * 3 + ["politics"])
    d = sentiment_drivers(s, by="group")
    text = narrative.tone_drivers_summary(d, "group", labels=["sport", "politics"])
    assert "*won*§" in text and "*defeat*§" in text and "§ a result word" in text
    assert "*good* (" in text  # guard: no mark on a word of the writing
    assert "summed valence" in text and "negators" in text and "*no*" in text
