"""Tone towards a target (target_sentiment, mention_sentiment, actor_tone) and the shipped
trained scorers (news tone, target tone): invented sentences, determinism, resource loading."""
from __future__ import annotations

import gzip
import json
import warnings

import numpy as np
import pandas as pd
import pytest

import analysis
from analysis.sentiment import linear_text, news_tone, target_tone


def _frame(rows):
    out = []
    for sentence, target in rows:
        a = sentence.index(target)
        out.append({"sentence": sentence, "target": target, "start": a, "end": a + len(target)})
    return pd.DataFrame(out)


# ------------------------------------------------------------------ target_sentiment
def test_tone_follows_the_target_not_the_sentence():
    f = _frame([
        ("Critics attacked Smith over the failed bailout.", "Smith"),
        ("Smith praised the plan as a remarkable success.", "Smith"),
        ("Voters mocked Okafor, while Brandt won praise for her honesty.", "Okafor"),
        ("Voters mocked Okafor, while Brandt won praise for her honesty.", "Brandt"),
        ("Prosecutors charged Delgado with fraud and bribery.", "Delgado"),
        ("Hollis was widely admired for her courage and integrity.", "Hollis"),
    ])
    out = analysis.target_sentiment(f)
    assert list(out.columns[:4]) == ["sentence", "target", "start", "end"]
    lab = out["label"].tolist()
    assert lab[0] == "negative" and lab[4] == "negative"
    assert lab[1] != "negative" and lab[5] == "positive"
    # one sentence, two people, opposite tone: the target's own clause counts for more
    assert out.loc[2, "score"] < out.loc[3, "score"]
    assert out["score"].between(-1, 1).all()
    assert np.allclose(out[["p_negative", "p_neutral", "p_positive"]].sum(axis=1), 1)
    # the drivers name words of the sentence
    assert "attacked" in out.loc[0, "drivers"] or "critics" in out.loc[0, "drivers"]


@pytest.mark.xfail(strict=True, reason="known limitation (docs/sentiment.md): in a sentence whose "
                   "clauses differ in tone, the model leans on the whole sentence's tone")
def test_opposite_tone_in_two_clauses():
    s = "Voters mocked Okafor, while Brandt won praise for her honesty."
    out = analysis.target_sentiment(_frame([(s, "Okafor"), (s, "Brandt")]))
    assert out["label"].tolist() == ["negative", "positive"]


def test_tone_towards_each_person_differs_from_the_sentence():
    # one sentence, two people, opposite tone (each in its own clause, as passive subjects)
    s = "Lindqvist was hailed as a hero after the rescue, but Moreau was blamed for the delays."
    # a speaker who condemns something: the quoted words are not about the speaker
    q = "\u201cThis is a disgrace,\u201d Rivera said of the verdict against Chen."
    out = analysis.target_sentiment(_frame([(s, "Lindqvist"), (s, "Moreau"), (q, "Rivera"), (q, "Chen")]))
    assert out["label"].tolist()[:2] == ["positive", "negative"]
    assert out.loc[2, "label"] != "negative" and out.loc[3, "label"] == "negative"
    assert out.loc[2, "score"] > out.loc[3, "score"] + 0.3
    assert "speaker" in out.loc[2, "drivers"]


@pytest.mark.xfail(strict=True, reason="known limitation (docs/sentiment.md): the object of an "
                   "evaluative verb in one clause takes the tone of a later clause about someone else")
def test_praised_one_attacked_another():
    s = "Hayes praised Lindqvist, but critics attacked Moreau."
    out = analysis.target_sentiment(_frame([(s, "Lindqvist"), (s, "Moreau")]))
    assert out["label"].tolist() == ["positive", "negative"]


def test_neutral_report_and_index_kept():
    f = _frame([("Meyer will travel to Lisbon on Tuesday for the annual meeting.", "Meyer")])
    f.index = [42]
    out = analysis.target_sentiment(f)
    assert out.index.tolist() == [42]
    assert out.loc[42, "label"] == "neutral"


def test_target_sentiment_is_deterministic():
    f = _frame([("Critics attacked Smith over the failed bailout.", "Smith"),
                ("Smith praised the plan.", "Smith")])
    a, b = analysis.target_sentiment(f), analysis.target_sentiment(f)
    pd.testing.assert_frame_equal(a, b)


def test_bad_spans_warn_and_missing_columns_raise():
    f = pd.DataFrame({"sentence": ["Smith spoke.", "Jones left.", "Kay won."], "target": ["Smith", "Jones", "Lee"],
                      "start": [0, 40, 0], "end": [5, 45, 3]})
    with pytest.warns(UserWarning) as rec:
        out = analysis.target_sentiment(f)
    msgs = " ".join(str(w.message) for w in rec)
    assert "no valid target span" in msgs and "not the target text" in msgs
    assert out["label"].isna().tolist() == [False, True, False]
    with pytest.raises(ValueError, match="start"):
        analysis.target_sentiment(pd.DataFrame({"sentence": ["x"], "target": ["x"]}))


def test_features_see_side_clause_and_negation():
    sp, de = target_tone.target_features("Rivera did not support Chen, but Chen stayed calm.", 23, 27)
    assert sp["L1=not_support"] == 1.0 and "c=not_support" in sp
    assert "R1=but" not in sp  # punctuation and clause end: "but" is two tokens away
    assert set(target_tone.DENSE) == set(de)


def test_features_speaker_quote_passive_and_distance():
    s = "\u201cThe deal is a disaster,\u201d Rivera said of Chen."
    a = s.index("Rivera")
    sp, de = target_tone.target_features(s, a, a + 6)
    # Rivera is the speaker: the quoted words are Rivera's words, not words about Rivera
    assert sp["T_speaker"] == 1.0 and "q=disaster" in sp and "w=disaster" not in sp
    assert de["val_quoted"] < 0 and de["val_left"] == 0
    c = s.index("Chen")
    sp2, de2 = target_tone.target_features(s, c, c + 4)
    assert "T_speaker" not in sp2 and "w=disaster" in sp2 and de2["val_quoted"] == 0
    sp3, _ = target_tone.target_features("Okafor was praised by Lee for the reform.", 0, 6)
    assert sp3["Tbe=praised"] == 1.0
    sp4, _ = target_tone.target_features("The plan was attacked by Lee.", 25, 28)
    assert "T_by" in sp4 and "Tby=attacked" in sp4
    # distance-weighted words: nearer weighs more
    sp5, _ = target_tone.target_features("Lee won praise and then much later some criticism.", 0, 3)
    assert sp5["d=won"] > sp5["d=praise"] > sp5["d=criticism"] > 0


def test_features_say_what_kind_of_target_it_is_never_its_name():
    def cues(s, target):
        a = s.index(target)
        sp, _ = target_tone.target_features(s, a, a + len(target))
        return {k for k in sp if k.startswith(("T_", "Tn=", "t="))}

    s = "Senator Ama Quist beat Lindqvist in Vermont on Tuesday, the third loss of his campaign."
    assert {"T_title", "T_capitalised", "Tn=3"} <= cues(s, "Senator Ama Quist")
    assert "T_place" in cues(s, "Vermont") and "T_date" in cues(s, "Tuesday")
    assert {"t=the", "t=loss", "t=third"} <= cues(s, "the third loss")
    assert "t=his" in cues(s, "his") and "t=he" in cues("He lost the vote.", "He")
    assert "T_org" in cues("The Orvald Party lost.", "The Orvald Party")
    # the name itself is never a feature, in any form
    sp, _ = target_tone.target_features(s, 8, 17)
    assert not any("quist" in k or "ama" == k.split("=")[-1] for k in sp)


def test_drivers_are_words_of_the_sentence():
    f = _frame([("Prosecutors charged Delgado with fraud and bribery.", "Delgado"),
                ("Hollis was widely admired for her courage and integrity.", "Hollis")])
    out = analysis.target_sentiment(f, n_drivers=4)
    for sent, drv in zip(f["sentence"], out["drivers"]):
        assert drv, "no drivers named"
        named = {w.strip(" ,;").split(" (")[0] for part in drv.split(";") for w in part.split(",")}
        named = {w.replace("not ", "").replace("is/was/has ", "") for w in named if w and not w.startswith("(")}
        low = sent.lower()
        assert all(w in low for w in named), (drv, sent)


# ------------------------------------------------------------------ mention_sentiment / actor_tone
def test_mention_sentiment_from_actor_mentions():
    c = pd.DataFrame({"doc_id": ["a", "b"],
                      "text": ["Officials accused Beijing of betraying its allies. Mr Xi praised the talks.",
                               "Beijing was applauded for its generous aid."]})
    m = analysis.actor_mentions(c)
    s = analysis.sentences(c)
    out = analysis.mention_sentiment(m, s)
    assert len(out) == len(m) and list(out.columns[:len(m.columns)]) == list(m.columns)
    assert {"label", "score", "drivers", "sentence"} <= set(out.columns)
    first = out[(out["doc_id"] == "a") & (out["actor"] == "China")].iloc[0]
    assert first["label"] == "negative"
    assert first["sentence"].startswith("Officials accused")
    # without offsets of sentences: found by text, with a warning
    with pytest.warns(UserWarning, match="start"):
        alt = analysis.mention_sentiment(m, s.drop(columns="start"))
    assert alt["label"].tolist() == out["label"].tolist()
    tone = analysis.actor_tone(out)
    china = tone.set_index("actor").loc["China"]
    assert china["n_mentions"] == 2 and china["n_documents"] == 2
    assert china["ci_low"] <= china["mean_score"] <= china["ci_high"]
    assert 0 <= china["negative_low"] <= china["share_negative"] <= china["negative_high"] <= 1


def test_mention_sentiment_missing_sentence_warns():
    m = pd.DataFrame({"doc_id": ["a", "z"], "sent_id": [0, 0], "actor": ["Lee", "Lee"],
                      "text": ["Lee", "Lee"], "start": [8, 0], "end": [11, 3]})
    s = pd.DataFrame({"doc_id": ["a"], "sent_id": [0], "text": ["Critics Lee hated."], "start": [0]})
    with pytest.warns(UserWarning, match="no sentence"):
        out = analysis.mention_sentiment(m, s)
    assert out["label"].isna().tolist() == [False, True]


def test_actor_tone_intervals_and_grouping():
    s = pd.DataFrame({"doc_id": list("aabbcc"), "actor": ["Lee"] * 4 + ["Kay"] * 2,
                      "year": [2020, 2020, 2021, 2021, 2021, 2021],
                      "label": ["negative", "negative", "neutral", "positive", "positive", "positive"],
                      "score": [-0.9, -0.7, 0.0, 0.6, 0.8, 0.7]})
    t = analysis.actor_tone(s, by="year")
    assert t[["year", "actor", "n_mentions"]].values.tolist() == [[2020, "Lee", 2], [2021, "Kay", 2],
                                                                  [2021, "Lee", 2]]
    again = analysis.actor_tone(s, by="year")
    pd.testing.assert_frame_equal(t, again)
    lo, hi = target_tone._wilson(0, 10)
    assert lo == 0 and 0.2 < hi < 0.35  # Wilson: 0 of 10 is not "certainly never"
    with pytest.raises(ValueError, match="column"):
        analysis.actor_tone(s, by="outlet")


# ------------------------------------------------------------------ news method
def test_news_method_agrees_in_sign_and_band():
    s = analysis.sentiment_scores([
        "The rescue was a triumph, and grateful families thanked the brave volunteers.",
        "The scandal deepened as prosecutors exposed corruption and fraud.",
        "The committee meets on Tuesday in the east wing of the building."], method="news")
    band = analysis.sentiment.scores.default_threshold("news")
    assert s.loc[0, "compound"] > band and s.loc[1, "compound"] < -band
    assert abs(s.loc[2, "compound"]) < band
    assert s["compound"].between(-1, 1).all()
    assert analysis.sentiment_scores(["", "   "], method="news")["compound"].tolist() == [0.0, 0.0]


def test_default_method_is_news_and_vader_stays_available():
    from analysis.sentiment.scores import DEFAULT_METHOD, METHODS

    assert DEFAULT_METHOD == "news" and {"vader", "vader-nltk", "vader+ridge", "news"} <= set(METHODS)
    t = ["A wonderful, generous gift."]
    d = analysis.sentiment_scores(t)
    v = analysis.sentiment_scores(t, method="vader")
    pd.testing.assert_frame_equal(d[["neg", "neu", "pos"]], v[["neg", "neu", "pos"]])
    # the original vaderSentiment and NLTK's port are both there and both positive here
    assert v.loc[0, "compound"] > 0.5 and analysis.sentiment_scores(t, method="vader-nltk").loc[0, "compound"] > 0.5


# ------------------------------------------------------------------ resources
@pytest.mark.parametrize("path", [news_tone.MODEL_PATH, target_tone.MODEL_PATH])
def test_shipped_resources_are_small_json(path):
    assert path.exists() and path.stat().st_size < 3 * 2**20
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        model = json.load(fh)
    assert "coef" in model and "intercept" in model
    raw = path.read_bytes()
    assert raw[4:8] == b"\x00\x00\x00\x00"  # gzip without a timestamp (reproducible bytes)


def test_missing_resource_is_a_clear_error(tmp_path):
    with pytest.raises(FileNotFoundError, match="reinstall"):
        linear_text.load_model(tmp_path / "nope.json.gz", "news-tone")


def test_training_is_deterministic(tmp_path):
    texts = ["Lovely day.", "Awful food.", "A bus.", "Lovely food.", "Awful day.", "A train."] * 3
    y = [1, -1, 0, 1, -1, 0] * 3
    v = analysis.sentiment_scores(texts, method="vader")
    p1 = linear_text.save_model(news_tone.train_news_tone(texts, y, v), tmp_path / "a.json.gz")
    p2 = linear_text.save_model(news_tone.train_news_tone(texts, y, v), tmp_path / "b.json.gz")
    assert p1.read_bytes() == p2.read_bytes()
    s = ["Critics attacked Smith.", "Fans praised Smith.", "Smith went home."] * 4
    args = (s, [17, 13, 0] * 4, [22, 18, 5] * 4, ["negative", "positive", "neutral"] * 4)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        m1, m2 = target_tone.train_target_tone(*args, c=10), target_tone.train_target_tone(*args, c=10)
    assert json.dumps(m1, sort_keys=True) == json.dumps(m2, sort_keys=True)
    with pytest.raises(ValueError, match="labels"):
        target_tone.train_target_tone(s[:1], [17], [22], ["bad"])


# ------------------------------------------------------------------ reproducibility of the shipped files
def _corpora_present() -> bool:
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
    from _sentiment_data import corpora_dir

    base = corpora_dir()
    return bool(base and (base / "newsmtsc").is_dir() and (base / "vader_groundtruth").is_dir())


@pytest.mark.parametrize("script", ["train_news_tone.py", "train_target_tone.py"])
def test_training_scripts_reproduce_shipped_resources(script):
    """Retrains from the public corpora (1-3 min each) and compares bytes with the shipped file."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    if not _corpora_present():
        pytest.skip("shared/corpora (newsmtsc, vader_groundtruth) not found: the shipped models "
                    "cannot be retrained here; set ANALYSIS_CORPORA to run this check")
    root = Path(__file__).resolve().parents[1]
    env = {**os.environ, "PYTHONPATH": str(root)}
    r = subprocess.run([sys.executable, str(root / "benchmarks" / script), "--check"], env=env,
                       capture_output=True, text=True, timeout=1800)
    assert r.returncode == 0 and "identical to the shipped resource" in r.stdout, r.stdout + r.stderr[-2000:]
