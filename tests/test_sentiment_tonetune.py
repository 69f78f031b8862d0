"""Round 14, tonetune: the ``news`` model's word block reads word pairs (chosen by cross-validation
with names masked, benchmarks/tune_news_tone.py). Invented sentences only."""
from analysis.sentiment.linear_text import load_model
from analysis.sentiment.news_tone import MODEL_PATH, NewsToneScorer, train_news_tone
from analysis.sentiment.scores import sentiment_scores

# The negative and the neutral sentences have the same words; only the pair "laid off" (a
# phrase whose words carry no tone apart) tells them apart: a bag of words cannot (no final
# full stop, which the character block would read as part of the last word).
NEGATIVE = ["Workers were laid off at the site", "Staff were laid off in the plant", "Drivers were laid off at the depot"]
NEUTRAL = ["Workers laid at the site were off", "Staff laid in the plant were off", "Drivers laid at the depot were off"]


def _train():
    texts = (NEGATIVE + NEUTRAL) * 3
    targets = ([-1.0] * 3 + [0.0] * 3) * 3
    return NewsToneScorer(train_news_tone(texts, targets, sentiment_scores(texts, method="vader"), alpha=1.0))


def test_a_phrase_whose_words_are_neutral_apart_carries_tone():
    scorer = _train()
    texts = ["Nurses were laid off at the ward", "Nurses laid at the ward were off"]
    neg, neutral = scorer.predict(texts, sentiment_scores(texts, method="vader"))
    assert neg < neutral - 0.1


def test_guard_the_same_words_apart_stay_neutral():
    scorer = _train()
    texts = ["Nurses laid at the ward were off", "Nurses laid at the plant were off"]
    assert (scorer.predict(texts, sentiment_scores(texts, method="vader")) > -0.5).all()


def test_shipped_model_reads_word_pairs_and_the_placeholder_carries_little_tone():
    model = load_model(MODEL_PATH, "news-tone")
    word = model["blocks"][0]
    assert list(word["ngram_range"]) == [1, 2]
    assert "not guilty" in word["terms"] and "no evidence" in word["terms"]
    # the name placeholder is a term, but on its own it carries next to no tone
    coef = model["coef"][0]
    at = {t: coef[3 + i] for i, t in enumerate(word["terms"])}
    # (round 14 lead: after the review's masking fixes the placeholder weighs 0.076, about as much
    # as "the" (0.086), a frequent token with no tone; every name reads as the same token, so it
    # cannot tell one name from another: bench_name_tone.py's spread is what matters)
    assert abs(at["zxq"]) < 0.1 < abs(at["praised"])
