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


def test_perpetrators_possessors_and_figurative_harm_are_not_victims():
    # review15b finding 2 (fixreader15): the sentence condemns the target, or the harm is figurative
    from analysis.sentiment.target_tone import is_victim

    for s, t in (("The gunman was killed by police after he murdered 12 children at the school.", "The gunman"),
                 ("Republicans killed Obama's jobs bill, calling it a disgraceful waste.", "Obama"),
                 ("Critics said Smith was shot down in flames by his own party over the corrupt deal.", "Smith"),
                 ("The singer was murdered by critics for a lazy, tuneless album.", "The singer"),
                 ("The mayor was killed in the polls after the scandal.", "The mayor")):
        a = s.index(t)
        assert not is_victim(s, a, a + len(t)), s
    r = _score("The gunman was killed by police after he murdered 12 children at the school.", "The gunman")
    assert r["label"] == "negative" and "victim" not in r["drivers"]


def test_literal_harm_near_the_false_friends_stays_a_victim():
    from analysis.sentiment.target_tone import is_victim

    for s, t in (("The pilot was shot down over Syria and killed.", "The pilot"),
                 ("John Harlow was gunned down by militants in the party office.", "John Harlow"),
                 ("John Harlow was killed in the flames of the blast.", "John Harlow"),
                 ("Gunmen killed John Harlow after they stormed his home.", "John Harlow")):
        a = s.index(t)
        assert is_victim(s, a, a + len(t)), s
