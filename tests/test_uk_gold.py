"""The UK-politics gold set (annotations only) and its scorer.

The gold files store no article text (BBC copyright): benchmarks/_uk_gold.py restores the
texts from the MasakhaNEWS English corpus. Most tests need no corpus: the stored gold's
structure and split, the loader on an invented corpus folder, and the scorer's matching rules
on an invented gold set. The tests on the real texts skip when the corpus is absent.
"""
import csv
import sys
from pathlib import Path

import pandas as pd
import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

import _uk_gold as g  # noqa: E402
import bench_uk_gold as b  # noqa: E402

TYPES_PRED = {"person": "person", "country": "state", "organisation": "organization"}


# --------------------------------------------------------------------------- stored gold, no corpus
@pytest.mark.parametrize("half", g.HALVES)
def test_stored_gold_is_well_formed(half):
    data = g.read_annotations(half)
    assert g.structure_problems(data, half) == []
    docs = data["documents"]
    assert [d["doc_id"] for d in docs] == [f"uk_{half}_{k:02d}" for k in range(16)]
    assert sum(len(d["quotes"]) for d in docs) > 100
    mentions = [m for d in docs for m in d["mentions"]]
    assert len(mentions) > 300
    assert {m["type"] for m in mentions} == {"person", "country", "organisation"}
    # quotes continued over paragraphs and unnamed sources are both represented
    assert any(q.get("parts") for d in docs for q in d["quotes"])
    assert any(q["speaker"] is None for d in docs for q in d["quotes"])


def test_split_is_disjoint():
    dev, test = (g.read_annotations(h)["documents"] for h in g.HALVES)
    assert len(dev) == len(test) == 16
    assert not {d["url"] for d in dev} & {d["url"] for d in test}
    assert not {(d["source"], d["row"]) for d in dev} & {(d["source"], d["row"]) for d in test}
    assert not {d["text_sha256"] for d in dev} & {d["text_sha256"] for d in test}


def _strings(x):
    if isinstance(x, str):
        yield x
    elif isinstance(x, dict):
        for k, v in x.items():
            yield from _strings(k)
            yield from _strings(v)
    elif isinstance(x, list):
        for v in x:
            yield from _strings(v)


@pytest.mark.parametrize("half", g.HALVES)
def test_stored_gold_has_no_article_text(half):
    data = g.read_annotations(half)
    for d in data["documents"]:
        assert not {"text", "title"} & set(d)
        assert all("quote" not in q and len(q["first_words"].split()) <= 3 for q in d["quotes"])
    longest = max(_strings(data), key=lambda s: len(s.split()))
    assert len(longest.split()) <= g.MAX_SOURCE_WORDS, longest


def _doc(doc_id="d1", **kw):
    d = {"doc_id": doc_id, "source": "eng_dev.tsv", "row": 0, "url": "/news/x-1",
         "text_sha256": "a" * 64, "title_sha256": "b" * 64,
         "quotes": [{"start": 10, "end": 30, "first_words": "We will", "speaker": "Jane Roe"},
                    {"start": 40, "end": 90, "first_words": "It", "speaker": None, "source": "an aide",
                     "parts": [[40, 50], [60, 90]]}],
         "mentions": [{"start": 0, "end": 8, "text": "Jane Roe", "type": "person", "actor": "Jane Roe"},
                      {"start": 95, "end": 97, "text": "UK", "type": "country", "actor": "United Kingdom"}]}
    d.update(kw)
    return d


def test_validator_accepts_good_and_names_each_damage():
    assert g.structure_problems({"half": "dev", "documents": [_doc()]}, "dev") == []
    q, m = _doc()["quotes"], _doc()["mentions"]
    damaged = {
        "stores article text": _doc(text="Jane Roe said ..."),
        "stores quoted text": _doc(quotes=[{**q[0], "quote": "We will fix it"}]),
        "missing": _doc(quotes=[{k: v for k, v in q[0].items() if k != "first_words"}]),
        "first_words must be": _doc(quotes=[{**q[0], "first_words": "We will fix the"}]),
        "not ordered, overlapping": _doc(quotes=[q[0], {**q[1], "parts": [[40, 70], [60, 90]]}]),
        "quote at 12-25 overlaps": _doc(quotes=[q[0], {**q[0], "start": 12, "end": 25}]),
        "null speaker needs": _doc(quotes=[{**q[1], "source": None}]),
        "overlaps or precedes": _doc(mentions=[m[0], {**m[0], "start": 5, "end": 13}]),
        "does not fit its span": _doc(mentions=[{**m[0], "end": 9}]),
        "possessive": _doc(mentions=[{**m[0], "end": 10, "text": "Jane Roe's"}]),
        "bad type": _doc(mentions=[{**m[0], "type": "place"}]),
        "64 lower-case hex": _doc(text_sha256="abc"),
        "bad url": _doc(url="news"),
    }
    for expected, doc in damaged.items():
        problems = g.structure_problems({"half": "dev", "documents": [doc]}, "dev")
        assert any(expected in p for p in problems), (expected, problems)
    twice = g.structure_problems({"half": "dev", "documents": [_doc(), _doc()]}, "dev")
    assert any("used twice" in p for p in twice)
    assert g.structure_problems({"half": "test", "documents": [_doc()]}, "dev")


# --------------------------------------------------------------------------- loader, invented corpus
# Invented articles (not from any corpus), in the MasakhaNEWS TSV layout.
ARTICLES = [
    {"category": "politics", "headline": "Council backs new bus lanes",
     "text": 'Jane Roe said: "We will fix the roads this year."\nThe Ruritania Transport Board disagreed. '
             '"It cannot be done,\nand nobody has asked how," a board spokesperson said.',
     "url": "/news/uk-invented-1"},
    {"category": "business", "headline": "Bakery opens a second shop", "text": "A bakery opened a shop.",
     "url": "/news/business-invented-2"},
]


def _write_corpus(folder, articles, test_articles=()):
    folder.mkdir(parents=True, exist_ok=True)
    for name, rows in (("eng_dev.tsv", articles), ("eng_test.tsv", test_articles)):
        with open(folder / name, "w", encoding="utf-8", newline="") as f:
            w = csv.DictWriter(f, fieldnames=["category", "headline", "text", "url"], delimiter="\t")
            w.writeheader()
            w.writerows(rows)


def _span(text, s, nth=1):
    i = -1
    for _ in range(nth):
        i = text.index(s, i + 1)
    return i, i + len(s)


def _invented_gold():
    """(annotations as stored, the same with texts) for ARTICLES[0]."""
    t = ARTICLES[0]["text"]
    q1 = _span(t, "We will fix the roads this year.")
    p1, p2 = _span(t, "It cannot be done"), _span(t, "and nobody has asked how")
    jr, rtb = _span(t, "Jane Roe"), _span(t, "Ruritania Transport Board")
    doc = {"doc_id": "inv_00", "source": "eng_dev.tsv", "row": 0, "url": ARTICLES[0]["url"],
           "text_sha256": g.sha256(t), "title_sha256": g.sha256(ARTICLES[0]["headline"]),
           "quotes": [{"start": q1[0], "end": q1[1], "first_words": "We will fix", "speaker": "Jane Roe"},
                      {"start": p1[0], "end": p2[1], "first_words": "It cannot be", "speaker": None,
                       "source": "a board spokesperson", "parts": [list(p1), list(p2)]}],
           "mentions": [{"start": jr[0], "end": jr[1], "text": "Jane Roe", "type": "person", "actor": "Jane Roe"},
                        {"start": rtb[0], "end": rtb[1], "text": "Ruritania Transport Board",
                         "type": "organisation", "actor": "Ruritania Transport Board"}]}
    return {"half": "dev", "documents": [doc]}


def test_loader_restores_and_checks_texts(tmp_path):
    corpus = tmp_path / "corpus"
    _write_corpus(corpus, ARTICLES)
    gold = tmp_path / "gold.yml"
    gold.write_text(yaml.safe_dump(_invented_gold()), encoding="utf-8")
    assert g.structure_problems(g.read_annotations(gold), "dev") == []
    doc = g.load_gold(gold, corpus=corpus)["documents"][0]
    assert doc["text"] == ARTICLES[0]["text"] and doc["title"] == ARTICLES[0]["headline"]
    assert [q["quote"] for q in doc["quotes"]] == [
        "We will fix the roads this year.", "It cannot be done and nobody has asked how"]
    assert g.text_problems([doc]) == []
    # the same article at another row is found by its url
    moved = tmp_path / "moved"
    _write_corpus(moved, [ARTICLES[1], ARTICLES[0]])
    assert g.load_gold(gold, corpus=moved)["documents"][0]["text"] == ARTICLES[0]["text"]


def test_loader_fails_clearly(tmp_path, monkeypatch):
    gold = tmp_path / "gold.yml"
    gold.write_text(yaml.safe_dump(_invented_gold()), encoding="utf-8")
    with pytest.raises(g.GoldCorpusError, match="not found.*nowhere"):
        g.load_gold(gold, corpus=tmp_path / "nowhere")
    monkeypatch.setenv(g.ENV_VAR, str(tmp_path / "from_env"))
    with pytest.raises(g.GoldCorpusError, match="from_env"):
        g.load_gold(gold)
    edited = tmp_path / "edited"
    _write_corpus(edited, [{**ARTICLES[0], "text": ARTICLES[0]["text"].replace("this year", "next year")}])
    monkeypatch.setenv(g.ENV_VAR, str(edited))
    with pytest.raises(g.GoldCorpusError, match=r"inv_00: text of eng_dev.tsv row 0 .*SHA-256 mismatch"):
        g.load_gold(gold)
    retitled = tmp_path / "retitled"
    _write_corpus(retitled, [{**ARTICLES[0], "headline": "Council rejects new bus lanes"}])
    with pytest.raises(g.GoldCorpusError, match="inv_00: headline"):
        g.load_gold(gold, corpus=retitled)
    _write_corpus(edited, [ARTICLES[1]])     # the article is gone
    with pytest.raises(g.GoldCorpusError, match="inv_00"):
        g.load_gold(gold, corpus=edited)
    (tmp_path / "half").mkdir()
    with pytest.raises(g.GoldCorpusError, match="eng_dev.tsv not found"):
        g.load_gold(gold, corpus=tmp_path / "half")


def test_text_checks_catch_shifted_offsets(tmp_path):
    corpus = tmp_path / "c"
    _write_corpus(corpus, ARTICLES)
    doc = g.restore(_invented_gold(), g.read_corpus(corpus))["documents"][0]
    shifted = {**doc, "mentions": [{**m, "start": m["start"] + 1, "end": m["end"] + 1} for m in doc["mentions"]],
               "quotes": [{**doc["quotes"][0], "first_words": "We shall fix"}]}
    problems = g.text_problems([shifted])
    assert sum("does not match" in p for p in problems) == 2
    assert any("are not its first words" in p for p in problems)


# --------------------------------------------------------------------------- scorer, invented gold
def _gold_frames():
    data = _invented_gold()
    rows = {("eng_dev.tsv", 0): ARTICLES[0]}
    return b.frames(g.restore(data, rows)["documents"])


def _perfect(gq, gm):
    pq = pd.DataFrame({"doc_id": gq["doc_id"], "quote": gq["quote"], "start": gq["start"], "end": gq["end"],
                       "speaker": gq["speaker"], "speaker_actor": gq["speaker"], "resolution": "extra"})
    pm = pd.DataFrame({"doc_id": gm["doc_id"], "actor": gm["actor"], "actor_type": gm["type"].map(TYPES_PRED),
                       "text": gm["text"], "start": gm["start"], "end": gm["end"], "role": None})
    return pq, pm


def _q(doc, s, e, speaker=None, actor=None):
    return {"doc_id": doc, "quote": "x", "start": s, "end": e, "speaker": speaker, "speaker_actor": actor}


def test_scorer_quote_rules_on_invented_gold():
    corpus, gq, gm = _gold_frames()
    pq, _ = _perfect(gq, gm)
    qs, errors = b.score_quotes(pq, gq)
    assert (qs["precision"], qs["recall"], qs["speaker_right_of_found"], errors) == (1.0, 1.0, 1.0, [])
    (s1, e1), (s2, e2) = gq[["start", "end"]].itertuples(index=False)
    # first quote split in two predictions, the two-paragraph quote predicted whole, unnamed
    # speaker given as a phrase: each gold quote found once, every prediction true
    mid = (s1 + e1) // 2
    pred = pd.DataFrame([_q("inv_00", s1, mid, "Jane Roe"), _q("inv_00", mid, e1, "Ms Roe", "Jane Roe"),
                         _q("inv_00", s2, e2, "a board spokesperson")])
    qs, _ = b.score_quotes(pred, gq)
    assert (qs["precision"], qs["recall"], qs["n_found"], qs["speaker_right_of_found"]) == (1.0, 1.0, 2, 1.0)
    # narrative taken as a quote; a sliver (< half) of the second quote; a named speaker where
    # the gold source is unnamed
    sliver = s2 + (e2 - s2) // 4
    pred = pd.DataFrame([_q("inv_00", 0, s1 - 2), _q("inv_00", s1, e1, "Jane Roe", "Jane Roe"),
                         _q("inv_00", s2, sliver, "Tom Poe", "Tom Poe")])
    qs, errors = b.score_quotes(pred, gq)
    assert qs["precision"] == pytest.approx(2 / 3) and qs["recall"] == 0.5
    assert sorted(e[1] for e in errors) == ["false quote", "quote missed"]
    pred = pd.DataFrame([_q("inv_00", s2, e2, "Tom Poe", "Tom Poe")])
    qs, errors = b.score_quotes(pred, gq)
    assert qs["recall"] == 0.5 and qs["speaker_right_of_found"] == 0.0
    assert [e[1] for e in errors] == ["quote missed", "wrong speaker"]
    # mostly narrative with a little of the first quote (under half of it inside): false, and
    # the quote it touches not found; two thirds of the first quote: found
    qs, _ = b.score_quotes(pd.DataFrame([_q("inv_00", s1 + 20, e1 + 30, "Jane Roe")]), gq)
    assert (qs["precision"], qs["recall"]) == (0.0, 0.0)
    qs, _ = b.score_quotes(pd.DataFrame([_q("inv_00", s1, s1 + 2 * (e1 - s1) // 3, "Jane Roe")]), gq)
    assert (qs["precision"], qs["recall"], qs["n_found"]) == (1.0, 0.5, 1)
    # a prediction in another document belongs to no gold quote
    qs, _ = b.score_quotes(pd.DataFrame([_q("other", s1, e1, "Jane Roe")]), gq)
    assert qs["precision"] == 0.0 and qs["recall"] == 0.0


def test_scorer_mention_rules_on_invented_gold():
    corpus, gq, gm = _gold_frames()
    _, pm = _perfect(gq, gm)
    ms, errors = b.score_mentions(pm, gm)
    assert not errors and all(ms[t]["precision"] == ms[t]["recall"] == 1.0 for t in ("person", "organisation"))
    # surname as actor: found, not resolved; two predictions on one gold span: one pairs, one is false
    (js, je), (os_, oe) = gm[["start", "end"]].itertuples(index=False)
    pred = pd.DataFrame([
        {"doc_id": "inv_00", "actor": "Roe", "actor_type": "person", "text": "Roe", "start": js + 5, "end": je},
        {"doc_id": "inv_00", "actor": "Jane", "actor_type": "person", "text": "Jane", "start": js, "end": js + 4},
        {"doc_id": "inv_00", "actor": "Ruritania", "actor_type": "state", "text": "Ruritania",
         "start": os_, "end": os_ + 9}])
    ms, errors = b.score_mentions(pred, gm)
    p = ms["person"]
    assert (p["tp"], p["precision"], p["recall"], p["actor_right_of_all"]) == (1, 0.5, 1.0, 0.0)
    assert ms["organisation"]["recall"] == 0.0 and ms["country"]["precision"] == 0.0
    assert {"person actor", "false person", "organisation missed", "false country"} == {e[1] for e in errors}


def test_metonym_as_state_is_not_a_false_country():
    gm = pd.DataFrame([{"doc_id": "d", "start": 0, "end": 14, "text": "Downing Street", "type": "organisation",
                        "actor": "Downing Street", "demonym": False, "metonym": True, "title": False},
                       {"doc_id": "d", "start": 20, "end": 22, "text": "UK", "type": "country",
                        "actor": "United Kingdom", "demonym": False, "metonym": False, "title": False}])
    pred = pd.DataFrame([{"doc_id": "d", "actor": "Downing Street", "actor_type": "state", "text": "Downing Street",
                          "start": 0, "end": 14},
                         {"doc_id": "d", "actor": "United Kingdom", "actor_type": "state", "text": "UK",
                          "start": 20, "end": 22}])
    ms, _ = b.score_mentions(pred, gm)
    assert ms["country"]["precision"] == ms["country"]["recall"] == 1.0
    assert ms["organisation"]["recall"] == 0.0


def test_mentions_pair_one_to_one():
    gold = pd.DataFrame([{"doc_id": "d", "start": 0, "end": 3, "text": "Tom", "type": "person", "actor": "Tom Poe"},
                         {"doc_id": "d", "start": 10, "end": 13, "text": "Poe", "type": "person", "actor": "Tom Poe"}])
    for c in ("demonym", "metonym", "title"):
        gold[c] = False
    # one long prediction over both gold mentions pairs with one of them only
    pred = pd.DataFrame([{"doc_id": "d", "actor": "Tom Poe", "actor_type": "person", "text": "Tom and Poe",
                          "start": 0, "end": 13}])
    ms, _ = b.score_mentions(pred, gold)
    assert (ms["person"]["tp"], ms["person"]["precision"], ms["person"]["recall"]) == (1, 1.0, 0.5)


def test_name_rules():
    assert b.norm_name("Sir Keir Starmer") == b.norm_name("keir starmer")
    assert b.norm_name("Sinn Féin") == b.norm_name("Sinn Fein")
    assert b.norm_name("Starmer") != b.norm_name("Keir Starmer")
    assert b.speaker_right({"speaker": "a Home Office spokesperson", "speaker_actor": None}, None)
    assert b.speaker_right({"speaker": "A spokesperson", "speaker_actor": None}, None)
    assert b.speaker_right({"speaker": None, "speaker_actor": None}, None)
    assert not b.speaker_right({"speaker": "Jeff Cuthbert", "speaker_actor": "Jeff Cuthbert"}, None)
    assert b.speaker_right({"speaker": "Mr Davies", "speaker_actor": "Andrew RT Davies"}, "Andrew RT Davies")


# --------------------------------------------------------------------------- real texts (corpus needed)
@pytest.fixture(scope="module")
def corpus_rows():
    try:
        g.find_corpus()
    except g.GoldCorpusError as e:
        pytest.skip(f"MasakhaNEWS English corpus not available, the gold texts cannot be restored: {e}")
    return g.read_corpus()


def _as_predictions(half, rows):
    corpus, gq, gm = b.load_half(half, rows=rows)
    return (corpus, gq, gm, *_perfect(gq, gm))


@pytest.mark.parametrize("half", g.HALVES)
def test_real_gold_offsets_and_perfect_score(half, corpus_rows):
    docs = g.load_gold(half, rows=corpus_rows)["documents"]
    assert g.text_problems(docs) == []
    corpus, gq, gm, pq, pm = _as_predictions(half, corpus_rows)
    assert len(corpus) == 16 and corpus["text"].str.len().min() > 500
    qs, _ = b.score_quotes(pq, gq)
    assert qs["precision"] == qs["recall"] == qs["speaker_right_of_found"] == 1.0
    ms, errors = b.score_mentions(pm, gm)
    assert not errors
    for typ in ("person", "country", "organisation"):
        assert ms[typ]["precision"] == ms[typ]["recall"] == ms[typ]["actor_right_of_all"] == 1.0


def test_real_scorer_penalises_damage(corpus_rows):
    corpus, gq, gm, pq, pm = _as_predictions("dev", corpus_rows)
    # drop half of the quotes, give the rest a wrong speaker, add narrative taken as a quote
    kept = pq.iloc[::2].copy()
    kept["speaker_actor"] = "Nobody Known"
    kept["speaker"] = "Nobody Known"
    narrative = pd.DataFrame({"doc_id": [corpus["doc_id"][0]], "quote": ["x"], "start": [0], "end": [40],
                              "speaker": [None], "speaker_actor": [None]})
    qs, _ = b.score_quotes(pd.concat([kept, narrative], ignore_index=True), gq)
    assert qs["recall"] < 0.6 and qs["precision"] < 1.0 and qs["speaker_right_of_found"] < 0.2
    # surnames only, countries typed as persons
    pm2 = pm.copy()
    pm2["actor"] = pm2["actor"].str.split().str[-1]
    pm2.loc[pm2["actor_type"] == "state", "actor_type"] = "person"
    ms, _ = b.score_mentions(pm2, gm)
    assert ms["country"]["recall"] == 0.0
    assert ms["person"]["precision"] < 1.0 and ms["person"]["actor_right_of_all"] < 0.5
