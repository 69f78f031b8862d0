"""Tone towards the victim of violence is not negative because of the violence (reader15,
round 15; reader14 finding F9: Benazir Bhutto -0.40 from reports of her assassination).
All sentences are invented here."""
import pandas as pd

from analysis.sentiment.target_tone import target_sentiment


def _score(sentence, target="John Harlow"):
    a = sentence.index(target)
    f = pd.DataFrame({"sentence": [sentence], "target": [target], "start": [a], "end": [a + len(target)]})
    return target_sentiment(f).iloc[0]


def test_a_victim_of_physical_harm_is_not_negative():
    for s in ("John Harlow was shot dead by militants.",
              "Mourners gathered to remember John Harlow, who was killed last year.",
              "Gunmen murdered John Harlow outside his home."):
        r = _score(s)
        assert r["label"] != "negative" and r["p_negative"] == 0.0 and r["score"] >= 0, (s, r["label"], r["score"])
        assert "victim" in r["drivers"]


def test_the_perpetrator_and_the_accused_stay_negative():
    # guards: the target is the agent of the harm verb, or is accused, or criticised
    for s in ("John Harlow killed three people and wounded a policeman in the bloody attack.",
              "John Harlow was accused of corruption and fraud.",
              "Critics attacked John Harlow over the failed and corrupt deal."):
        r = _score(s)
        assert r["score"] < -0.3 and r["p_negative"] > 0.3, (s, r["label"], r["score"])
        assert "victim" not in r["drivers"]


def test_is_victim_reads_the_patient_only():
    from analysis.sentiment.target_tone import is_victim

    assert is_victim("Bhutto was assassinated in Rawalpindi.", 0, 6)
    assert is_victim("Police said Smith had been badly injured.", 12, 17)
    assert not is_victim("Federer had beaten Nadal in the final.", 19, 24)   # a defeat
    assert not is_victim("Bhutto killed two men.", 0, 6)
    assert not is_victim("Paul attacked Clinton over the deal.", 14, 21)   # criticism, not harm
    assert not is_victim("Smith was arrested on Monday.", 0, 5)            # an accusation portrays
