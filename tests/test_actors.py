"""Tests for analysis.actors.mentions: alias rules on invented names, the gold set, co-occurrence, tone."""
from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
import yaml

from analysis.actors.mentions import (ActorDictionary, actor_mentions, actor_sentiment, actor_summary,
                                      cooccurrence, load_actor_dictionary, load_mention_gold, mention_scores,
                                      resolve_actor)

GOLD = Path(__file__).parent / "gold" / "actors_gold.yml"

# An invented dictionary: none of these actors is in the bundled corpus.
INVENTED = [
    {"name": "Aldovia", "type": "state", "country": "Aldovia", "aliases": ["Republic of Aldovia", "RA"],
     "capitals": ["Velmora"], "demonyms": ["Aldovian"]},
    {"name": "North Brenland", "type": "state", "aliases": ["NBR"], "capitals": ["Ostgard"],
     "demonyms": ["North Brenlandic"]},
    {"name": "South Brenland", "type": "state", "capitals": ["Sudby"]},
    {"name": "Brenland", "type": "state"},
    {"name": "Park Min-seo", "type": "person", "country": "Aldovia", "surname": "Park",
     "roles": [{"title": "President", "from": 2001, "to": 2006}]},
    {"name": "Park Ji-hoon", "type": "person", "country": "North Brenland", "surname": "Park",
     "roles": [{"title": "Chairman", "from": 2015, "to": None}]},
    {"name": "Tan Wei", "type": "person", "country": "Aldovia", "surname": "Tan", "aliases": ["Tan"]},
    {"name": "Lucia Ferrante", "type": "person", "country": "Aldovia"},
    {"name": "Harbour Council", "type": "organization", "country": "Aldovia",
     "aliases": ["Velmora Harbour Council"]},
]


def _doc(*texts, years=None):
    ids = [f"d{i}" for i in range(len(texts))]
    pub = pd.to_datetime([f"{y}-06-01" if y else None for y in (years or [None] * len(texts))])
    return pd.DataFrame({"doc_id": ids, "text": list(texts), "published": pub})


def _found(text, dictionary=INVENTED, year=None):
    m = actor_mentions(_doc(text, years=[year]), dictionary)
    return list(zip(m["actor"], m["text"]))


# ---- dictionary ---------------------------------------------------------------------------------
def test_default_dictionary_loads_and_covers_types():
    d = load_actor_dictionary()
    types = set(d.to_frame()["actor_type"])
    assert types == {"person", "state", "organization"}
    assert d.info("North Korea")["actor_type"] == "state"


def test_dictionary_errors_are_clear(tmp_path):
    with pytest.raises(ValueError, match="type must be one of"):
        ActorDictionary([{"name": "X", "type": "planet"}])
    with pytest.raises(ValueError, match="missing 'name'"):
        ActorDictionary([{"type": "person"}])
    with pytest.warns(UserWarning, match="unknown field"):
        ActorDictionary([{"name": "X Y", "type": "person", "alias": ["Z"]}])
    with pytest.raises(FileNotFoundError):
        load_actor_dictionary(tmp_path / "nope.yml")
    with pytest.raises(TypeError):
        actor_mentions(_doc("x"), dictionary=42)


def test_dictionary_from_yaml_file(tmp_path):
    p = tmp_path / "a.yml"
    p.write_text(yaml.safe_dump({"actors": INVENTED}), encoding="utf-8")
    assert _found("Velmora protested.", dictionary=p) == [("Aldovia", "Velmora")]


def test_shared_alias_warns():
    with pytest.warns(UserWarning, match="listed for both"):
        ActorDictionary([{"name": "A B", "type": "person", "aliases": ["Chief"]},
                         {"name": "C D", "type": "person", "aliases": ["Chief"]}])


# ---- spelling, order, titles, surnames -----------------------------------------------------------
@pytest.mark.parametrize("written", ["Park Min-seo", "Park Min Seo", "Park Minseo", "PARK MIN-SEO",
                                     "Min-seo Park", "Park Mín-seo"])
def test_spelling_and_order_variants(written):
    assert _found(f"Yesterday {written} spoke.") == [("Park Min-seo", written)]


def test_title_plus_surname_prefers_full_mention_in_document():
    text = "Park Ji-hoon arrived. Chairman Park and Mr Park's aides left. Park waved."
    assert [a for a, _ in _found(text)] == ["Park Ji-hoon"] * 4


def test_surname_alone_resolves_to_the_full_name_in_the_document():
    # "Ferrante" alone before the full mention is the same person (one actor per person)
    assert _found("Ferrante spoke first. Then Lucia Ferrante left.") == [("Lucia Ferrante", "Ferrante"),
                                                                        ("Lucia Ferrante", "Lucia Ferrante")]
    m = actor_mentions(_doc("Ferrante spoke first. Then Lucia Ferrante left."), INVENTED)
    assert m["resolution"].tolist() == ["document", "dictionary"]
    # without the full name anywhere in the corpus, a bare surname is nobody
    assert _found("Ferrante spoke first.") == []
    assert _found("Lucia Ferrante spoke. Ferrante left.") == [("Lucia Ferrante", "Lucia Ferrante"),
                                                              ("Lucia Ferrante", "Ferrante")]
    # a surname listed as an alias matches anywhere
    assert _found("Tan said no.") == [("Tan Wei", "Tan")]


def test_shared_surname_resolved_by_role_years():
    assert _found("President Park opened the session.", year=2003) == [("Park Min-seo", "Park")]
    assert _found("Chairman Park opened the session.", year=2020) == [("Park Ji-hoon", "Park")]
    # no year, no full mention, two candidates: reported as written, not in the dictionary
    m = actor_mentions(_doc("Mr Park opened the session."), INVENTED)
    assert m["actor"].tolist() == ["Park"] and not m["in_dictionary"].any()


def test_surname_inside_a_longer_name_is_not_that_person():
    assert ("Park Ji-hoon", "Park") not in _found("Park Ji-hoon spoke. Park Soo Ah, his sister, said no.")


def test_possessives_and_acronym_case():
    assert _found("Aldovia's envoy and Velmora's ministers met the RA team; let us go.") == [
        ("Aldovia", "Aldovia"), ("Aldovia", "Velmora"), ("Aldovia", "RA")]
    assert _found("Ra is a sun god.") == []


def test_shared_words_never_merge():
    found = _found("Brenland, North Brenland and South Brenland met; NBR agreed.")
    assert found == [("Brenland", "Brenland"), ("North Brenland", "North Brenland"),
                     ("South Brenland", "South Brenland"), ("North Brenland", "NBR")]
    # "Tan" must not match inside another word or a word with an apostrophe
    assert _found("Tanzania and Tan'ar are far away; the tan line faded.") == [("Tanzania", "Tanzania")]


def test_longest_match_wins():
    assert _found("The Velmora Harbour Council voted.") == [("Harbour Council", "Velmora Harbour Council")]


# ---- capitals, demonyms --------------------------------------------------------------------------
def test_capital_as_government_but_not_as_place():
    assert _found("Ostgard rejected the offer.") == [("North Brenland", "Ostgard")]
    assert _found("The talks were held in Ostgard.") == []
    assert _found("She flew to Velmora and then from Sudby.") == []
    # part of a longer name: not the capital (since round 5 the paper is an organisation)
    assert _found("The Ostgard Times reported it.") == [("Ostgard Times", "Ostgard Times")]
    assert _found("An Ostgard-based firm grew.") == []
    assert _found("OSTGARD: The ministry said.") == []              # dateline
    assert _found("It is not in Ostgard's interest.") == [("North Brenland", "Ostgard")]


def _found_state(text):
    m = actor_mentions(_doc(text), INVENTED, demonyms="state")
    return list(zip(m["actor"], m["text"]))


def test_demonyms_only_for_governments():
    assert _found_state("Aldovian officials denied it.") == [("Aldovia", "Aldovian")]
    assert _found_state("Aldovian imports rose.") == []
    assert _found_state("The Aldovian leader spoke.") == []
    assert _found_state("The Aldovians have refused.") == [("Aldovia", "Aldovians")]
    # (since round 16 the ministry named by its portfolio is an organisation mention too, the
    # body of the state written before it: fixmin16)
    assert _found_state("The Aldovian Foreign Ministry replied.") == [("Aldovia", "Aldovian"),
                                                                      ("Foreign Ministry (Aldovia)", "Foreign Ministry")]


def test_every_demonym_is_a_marked_state_mention_by_default():
    m = actor_mentions(_doc("Aldovian imports rose. The Aldovian team won. A North Brenlandic "
                            "family arrived."), INVENTED)
    assert list(zip(m["actor"], m["text"], m["match"])) == [
        ("Aldovia", "Aldovian", "demonym"), ("Aldovia", "Aldovian", "demonym"),
        ("North Brenland", "North Brenlandic", "demonym")]
    m = actor_mentions(_doc("Jailed Aldovian-North Brenlandic activist Tan Wei spoke."), INVENTED)
    assert m.loc[m["actor_type"] == "state", "actor"].tolist() == ["Aldovia", "North Brenland"]


def test_state_in_a_persons_title_is_part_of_the_person():
    assert _found("Aldovia President Lucia Ferrante spoke.") == [("Lucia Ferrante", "Lucia Ferrante")]
    assert _found("Aldovia's leader, Lucia Ferrante, spoke.") == [("Aldovia", "Aldovia"),
                                                                  ("Lucia Ferrante", "Lucia Ferrante")]


# ---- persons not in the dictionary ---------------------------------------------------------------
@pytest.mark.parametrize("text,name", [
    ("Senator Ingrid Halvorsen blocked the bill.", "Ingrid Halvorsen"),
    ("Ingrid Halvorsen said the bill was dead.", "Ingrid Halvorsen"),
    ('"It is dead," said Ingrid Halvorsen.', "Ingrid Halvorsen"),
    ("Ingrid Halvorsen, the committee's chairwoman, objected.", "Ingrid Halvorsen"),
    ("The spokesman Omar Haddad declined to comment.", "Omar Haddad"),
    ("According to Omar Haddad, the deal holds.", "Omar Haddad"),
    ("Mark J. Ellery told reporters it was over.", "Mark J. Ellery"),
    ("Treasurer Ola Nyberg Sweden said the budget was sound.", "Ola Nyberg"),
    ("Trade envoy Cho Tae-yul said talks went well.", "Cho Tae-yul"),
    ("Labour Minister Pieter van der Berg announced the plan.", "Pieter van der Berg"),
    ("Oslo's ambassador, Kari Holm, said the talks failed.", "Kari Holm"),
    ("Rep. Ann Lowe, a Vermont Democrat, urged restraint.", "Ann Lowe"),
    ("Pieter van der Berg said the dykes would hold.", "Pieter van der Berg"),
])
def test_unknown_person_detected(text, name):
    m = actor_mentions(_doc(text), INVENTED)
    assert m["actor"].tolist() == [name]
    assert not m["in_dictionary"].any() and (m["actor_type"] == "person").all()


@pytest.mark.parametrize("text", [
    "The Grand Hotel said rooms were full.",
    "On Monday Market Traders said prices rose.",
    "In March the Blue Harbour Festival opened.",
    "The report by Global Trade Watch said exports fell.",
    "Director for Coastal Affairs said nothing.",
    "Last Week Tonight aired again.",
    "Saudi Arabia said output would rise.",
    "Kalvex Motors Corp said profits fell.",
    "Statistics Norway said prices rose.",
    "Harlan Brewing Co said sales rose.",
    "Chairman of the State Grain Committee said stocks were low.",
])
def test_no_person_in_capitalized_non_names(text):
    m = actor_mentions(_doc(text), INVENTED)
    assert not (m["actor_type"] == "person").any(), m[["actor", "text"]]


def test_countries_missing_from_the_dictionary_are_reported():
    text = ("Brazil and Argentina traded accusations; Argentina's minister replied. "
            "Michael Jordan said Georgia Tech and a Chad-based firm would help.")
    m = actor_mentions(_doc(text), INVENTED)
    states = m[m["actor_type"] == "state"]
    assert states["actor"].tolist() == ["Brazil", "Argentina", "Argentina"]
    assert not states["in_dictionary"].any()
    assert (m.loc[m.actor == "Michael Jordan", "in_dictionary"] == False).all()  # noqa: E712
    off = actor_mentions(_doc(text), INVENTED, countries=False)
    assert (off["actor_type"] != "state").all()
    # a dictionary entry wins over the fallback list
    assert _found("Aldovia and Brazil met.") == [("Aldovia", "Aldovia"), ("Brazil", "Brazil")]


def test_unknown_surname_after_full_mention():
    m = actor_mentions(_doc("Omar Haddad said no. Later Haddad added more. Dr Haddad left."), INVENTED)
    assert m["actor"].tolist() == ["Omar Haddad"] * 3
    assert m["text"].tolist() == ["Omar Haddad", "Haddad", "Haddad"]


# ---- output contract ------------------------------------------------------------------------------
def test_offsets_and_sentence_ids():
    text = "Velmora agreed.\n\nLater, Lucia Ferrante's aides said Ostgard objected."
    m = actor_mentions(_doc(text), INVENTED)
    assert list(m.columns[:9]) == ["doc_id", "sent_id", "actor", "actor_type", "country", "text",
                                   "start", "end", "in_dictionary"]
    for r in m.itertuples():
        assert text[r.start:r.end] == r.text
    assert m["sent_id"].tolist() == [0, 1, 1]
    assert m.loc[m.actor == "Lucia Ferrante", "country"].item() == "Aldovia"


def test_deterministic_and_empty_inputs():
    c = _doc("Velmora agreed with Ostgard.", "", "Nothing here.")
    a, b = actor_mentions(c, INVENTED), actor_mentions(c, INVENTED)
    pd.testing.assert_frame_equal(a, b)
    empty = actor_mentions(c.iloc[:0], INVENTED)
    assert empty.empty and "actor" in empty.columns
    with pytest.raises(ValueError, match="doc_id"):
        actor_mentions(pd.DataFrame({"text": ["x"]}))


# ---- resolve_actor -------------------------------------------------------------------------------
@pytest.mark.parametrize("name,actor", [
    ("Mr Xi", "Xi Jinping"), ("President Yoon Suk Yeol", "Yoon Suk Yeol"),
    ("Yoon Seok-yul", "Yoon Suk Yeol"), ("Pyongyang", "North Korea"), ("Kim Jong-un", "Kim Jong Un"),
    ("Ishiba Shigeru", "Shigeru Ishiba"), ("US Defense Secretary Jim Mattis", "Jim Mattis"),
    ("Obama's", "Barack Obama"), ("White House officials", "White House"),
    ("a senior US official", "United States"), ("Chinese officials", "China"),
    ("he", None), ("a diplomat", None), ("North Korean leader", None), ("Xi'an", None),
    ("Ingrid Halvorsen", None), ("", None), (None, None),
])
def test_resolve_actor_default_dictionary(name, actor):
    r = resolve_actor(name)
    assert (r["actor"] if r else None) == actor
    if r:
        assert set(r) == {"actor", "actor_type", "country"}


def test_resolve_actor_with_context():
    assert resolve_actor("Mr Park", INVENTED) is None
    assert resolve_actor("Mr Park", INVENTED, known=["Park Ji-hoon"])["actor"] == "Park Ji-hoon"
    assert resolve_actor("President Park", INVENTED, year=2004)["actor"] == "Park Min-seo"


# ---- gold set: precision and recall ----------------------------------------------------------------
def test_gold_precision_recall():
    corpus, gold = load_mention_gold(GOLD)
    # this gold set counts a demonym only where it stands for the government (its convention
    # predates the UK gold set, which counts every use): scored in that mode
    pred = actor_mentions(corpus, demonyms="state")
    held = corpus["doc_id"].str.startswith("heldout")
    for label, ids in [("development", corpus.loc[~held, "doc_id"]), ("held-out", corpus.loc[held, "doc_id"]),
                       ("all", corpus["doc_id"])]:
        s = mention_scores(pred[pred["doc_id"].isin(ids)], gold[gold["doc_id"].isin(ids)])
        print(f"\nactor gold set ({label}): {len(ids)} passages, {s['n_gold']} mentions, "
              f"precision {s['precision']:.3f}, recall {s['recall']:.3f}")
        if len(s["errors"]):
            print(s["errors"].to_string())
    assert len(corpus) >= 40 and s["n_gold"] >= 80 and held.sum() >= 10
    assert s["precision"] >= 0.9 and s["recall"] >= 0.9


def test_mention_scores_counts_errors():
    g = pd.DataFrame({"doc_id": ["a", "a", "a"], "actor": ["X", "X", "Y"], "text": ["x", "x", "y"]})
    p = pd.DataFrame({"doc_id": ["a", "a"], "actor": ["X", "Z"], "text": ["x", "z"]})
    s = mention_scores(p, g)
    assert (s["precision"], round(s["recall"], 3)) == (0.5, 0.333)
    assert s["errors"]["error"].tolist() == ["false positive", "missed", "missed"]


# ---- cooccurrence and tone ------------------------------------------------------------------------
def test_cooccurrence_counts_sentences_and_documents():
    c = _doc("Velmora and Ostgard met. Velmora, Ostgard and Velmora again. Tan Wei slept.",
             "Ostgard phoned Velmora.")
    co = cooccurrence(c, INVENTED)
    row = co[(co.actor_a == "Aldovia") & (co.actor_b == "North Brenland")].iloc[0]
    assert (row.n_sentences, row.n_docs) == (3, 2)
    assert len(co) == 1      # Tan Wei is alone in his sentence
    assert cooccurrence(_doc("Nothing."), INVENTED).empty


def _fake_sentiment(corpus):
    from analysis.text.segment import sentences
    s = sentences(corpus)
    comp = [0.5 if "praised" in t else -0.5 if "attacked" in t else 0.0 for t in s["text"]]
    return pd.DataFrame({"doc_id": s["doc_id"], "sent_id": s["sent_id"], "sentence": s["text"],
                         "neg": 0.0, "neu": 1.0, "pos": 0.0, "compound": comp})


def test_actor_sentiment_by_document_year_and_actor(monkeypatch):
    import analysis
    monkeypatch.setattr(analysis, "sentence_sentiment", _fake_sentiment, raising=False)
    c = _doc("Velmora praised Ostgard. Velmora attacked Velmora's critics.", "Ostgard attacked.",
             years=[2020, 2021])
    doc = actor_sentiment(c, INVENTED, method="sentence")
    v = doc[(doc.doc_id == "d0") & (doc.actor == "Aldovia")].iloc[0]
    assert v.n_sentences == 2 and v.compound_mean == pytest.approx(0.0) and v.share_negative == 0.5
    yr = actor_sentiment(c, INVENTED, by="year", method="sentence")
    nb = yr[yr.actor == "North Brenland"].set_index("year")["compound_mean"]
    assert nb.loc[2020] == pytest.approx(0.5) and nb.loc[2021] == pytest.approx(-0.5)
    overall = actor_sentiment(c, INVENTED, by="actor", method="sentence").set_index("actor")
    assert overall.loc["North Brenland", "n_docs"] == 2
    assert overall.loc["North Brenland", "n_sentences"] == 2
    with pytest.raises(ValueError, match="by must be"):
        actor_sentiment(c, INVENTED, by="month")


def test_actor_sentiment_is_tone_towards_the_actor_by_default():
    """In one sentence, the attacked actor is negative and the attacker is not; the sentence
    measure gives both the same score. Intervals carry the spread over documents."""
    c = _doc("Velmora bitterly attacked Ostgard over the failed and corrupt deal.",
             "Ostgard was praised for its generous help.", years=[2020, 2021])
    tone = actor_sentiment(c, INVENTED, by="actor").set_index("actor")
    assert {"score_mean", "ci_low", "ci_high", "n_mentions", "share_negative"} <= set(tone.columns)
    target = tone.loc["North Brenland"]
    assert target.n_mentions == 2 and target.n_docs == 2
    # two documents: no interval (a bootstrap over documents needs at least three; nbfix round 14)
    assert pd.isna(target.ci_low) and pd.isna(target.ci_high)
    by_doc = actor_sentiment(c, INVENTED, by="document").set_index(["doc_id", "actor"])
    assert by_doc.loc[("d0", "North Brenland"), "score_mean"] < 0 < by_doc.loc[("d1", "North Brenland"), "score_mean"]
    sentence = actor_sentiment(c, INVENTED, by="document", method="sentence").set_index(["doc_id", "actor"])
    assert sentence.loc[("d0", "Aldovia"), "compound_mean"] == sentence.loc[("d0", "North Brenland"), "compound_mean"]
    with pytest.raises(ValueError, match="method must be"):
        actor_sentiment(c, INVENTED, method="lexicon")


def test_actor_sentiment_on_an_undated_corpus():
    c = _doc("Velmora bitterly attacked Ostgard.", "Ostgard praised Velmora.", years=[2020, 2021]).drop(
        columns="published")
    with pytest.warns(UserWarning, match="no 'published' column"):
        by_year = actor_sentiment(c, INVENTED, by="year")
    assert by_year["year"].isna().all() and set(by_year["actor"]) == {"Aldovia", "North Brenland"}


def test_actor_sentiment_warns_on_missing_scores():
    c = _doc("Velmora praised Ostgard. Sudby agreed.", years=[2020])
    s = _fake_sentiment(c).iloc[:1]
    with pytest.warns(UserWarning, match="no sentiment score"):
        out = actor_sentiment(c, INVENTED, by="actor", sentiment=s)
    assert "South Brenland" not in set(out.actor)


# ---- smoke test on the bundled corpus -------------------------------------------------------------
def test_bundled_corpus_smoke():
    import analysis
    corpus = analysis.load_corpus()
    m = actor_mentions(corpus)
    top = m["actor"].value_counts()
    assert {"North Korea", "China", "Xi Jinping"} <= set(top.index[:8])
    assert (m["in_dictionary"]).mean() > 0.9


def test_actor_summary_lists_forms():
    m = actor_mentions(_doc("Velmora agreed. Aldovia's envoy and Aldovian officials left."), INVENTED)
    s = actor_summary(m)
    assert s.loc[0, "actor"] == "Aldovia" and s.loc[0, "mentions"] == 3
    assert s.loc[0, "forms"] == "Aldovia; Aldovian; Velmora"
    assert actor_summary(m.iloc[:0]).empty


def test_docstring_examples():
    import doctest

    import analysis.actors.mentions
    import analysis.plots.actors
    for mod in (analysis.actors.mentions, analysis.plots.actors):
        assert doctest.testmod(mod).failed == 0


def test_charts_return_figures():
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from analysis.plots import (plot_actor_mentions, plot_actor_tone, plot_cooccurrence_network,
                                plot_quotes_by_speaker)
    c = _doc("Velmora and Ostgard met. Tan Wei praised Velmora.", "Ostgard phoned Sudby.", years=[2020, 2021])
    m = actor_mentions(c, INVENTED)
    figs = [plot_actor_mentions(m, c), plot_cooccurrence_network(cooccurrence(c, INVENTED, mentions=m), m),
            plot_cooccurrence_network(cooccurrence(_doc("Nothing."), INVENTED))]
    tone = actor_sentiment(c, INVENTED, by="actor", mentions=m, sentiment=_fake_sentiment(c))
    figs.append(plot_actor_tone(tone))
    q = pd.DataFrame({"doc_id": ["d0", "d0", "d1"], "quote": ["a", "b", "c"],
                      "speaker": ["Tan Wei", "a diplomat", None], "speaker_actor": ["Tan Wei", None, None]})
    figs.append(plot_quotes_by_speaker(q))
    labels = [t.get_text() for t in figs[-1].axes[0].get_yticklabels()]
    assert set(labels) == {"Tan Wei", "a diplomat"}   # a quotation with no speaker is no voice
    assert "1 with no speaker" in figs[-1].axes[0].get_title()
    with pytest.raises(ValueError, match="published"):
        plot_actor_mentions(m, None)
    with pytest.raises(ValueError, match="by must be"):
        plot_actor_mentions(m, c, by="month")
    for f in figs:
        assert f.axes
        plt.close(f)


def test_company_named_with_suffix_elsewhere_is_not_a_person():
    text = "Brindle Tower Holdings Inc said it would sell a unit.\n\nBrindle Tower said the sale would close soon."
    m = actor_mentions(_doc(text), INVENTED)
    assert not (m["actor_type"] == "person").any()
    # the company itself is an organisation, named by its suffix
    assert m[["actor", "actor_type"]].values.tolist()[0] == ["Brindle Tower Holdings Inc", "organization"]
    # a person who shares a word with a company stays a person
    assert _found("Hilton Corp grew. Chairman Dana Hilton said profits rose.") == [("Hilton Corp", "Hilton Corp"),
                                                                                  ("Dana Hilton", "Dana Hilton")]


# ---- names anywhere, one actor per person, gazetteers, a researcher's dictionary (issue 13) ------
def _m(*texts, dictionary=INVENTED):
    return actor_mentions(_doc(*texts), dictionary)


@pytest.mark.parametrize("text, name", [
    ("Marguerite Olssen has said no.", "Marguerite Olssen"),               # sentence start, no cue
    ("The council held talks with Desmond Achterberg on Friday.", "Desmond Achterberg"),
    ("Tory Rupert Vandemeer backed the plan.", "Rupert Vandemeer"),         # party word not glued
    ("Minister for Schools and Families Helen Quayle-Smith spoke.", "Helen Quayle-Smith"),
])
def test_person_names_anywhere_from_given_names(text, name):
    m = _m(text)
    assert m.loc[m.actor_type == "person", "actor"].tolist() == [name]


@pytest.mark.parametrize("text", [
    "Scotland Yard said the Lib Dems and Downing St were told.",
    "Labour and the Conservatives blamed the Liberal Democrats.",
])
def test_institutions_are_never_persons(text):
    m = _m(text)
    assert not (m["actor_type"] == "person").any(), m[["actor", "text"]]
    assert (m["actor_type"] != "person").sum() >= 3


def test_parties_seats_and_short_country_forms():
    m = _m("The UK and Britain's partners met in Turkey. Albanian authorities and Downing Street agreed; "
           "Labour and the Tories objected.")
    got = list(zip(m["actor"], m["text"], m["match"]))
    assert ("United Kingdom", "UK", "acronym") in got and ("United Kingdom", "Britain", "name") in got
    assert ("Turkey", "Turkey", "name") in got and ("Albania", "Albanian", "demonym") in got
    assert ("Downing Street", "Downing Street", "capital") in got      # a seat of government
    assert "Downing Street" not in set(_m("Protesters gathered in Downing Street.")["actor"])   # a place
    assert ("Labour Party", "Labour", "name") in got and ("Conservative Party", "Tories", "name") in got
    # demonyms are marked, so they can be dropped
    assert m.loc[m["match"] == "demonym", "text"].tolist() == ["Albanian"]
    # "Labour Minister" is a portfolio, not the party
    assert "Labour Party" not in set(_m("Labour Minister Jo Kent spoke.")["actor"])


def test_one_actor_per_person_within_a_document():
    m = _m("Mr Vandemeer spoke first. Rupert Vandemeer, the mayor, said no. Vandemeer left. "
           "Sir Rupert was unmoved.")
    assert set(m["actor"]) == {"Rupert Vandemeer"}
    assert m["resolution"].tolist() == ["document"] * 4


def test_surname_alone_resolves_across_documents_only_when_unique():
    m = _m("Vandemeer said no.", "Rupert Vandemeer spoke.", "Mr Okonjo and Ms Brandt met.")
    a = m[m.doc_id == "d0"]
    assert a[["actor", "resolution"]].values.tolist() == [["Rupert Vandemeer", "corpus"]]
    c = m[m.doc_id == "d2"]
    assert c["resolution"].tolist() == ["unresolved", "unresolved"]
    # two full names with one surname in the corpus: the lone surname stays unresolved
    m2 = _m("Mr Vandemeer said no.", "Rupert Vandemeer spoke.", "Alice Vandemeer spoke.")
    assert m2.loc[m2.doc_id == "d0", "resolution"].tolist() == ["unresolved"]


def test_role_column():
    m = _m("Home Secretary Marguerite Olssen and Tory Rupert Vandemeer met Mr Achterberg.")
    roles = dict(zip(m["actor"], m["role"]))
    assert roles["Marguerite Olssen"] == "Home Secretary"
    assert roles["Rupert Vandemeer"] == "Tory"
    assert pd.isna(roles["Achterberg"])     # an honorific is not a role


def test_researcher_dictionary_merged_or_alone(tmp_path):
    p = tmp_path / "mine.yml"
    p.write_text("actors:\n- {name: Rupert Vandemeer, type: person, country: Aldovia, aliases: [Rupe]}\n",
                 encoding="utf-8")
    merged = load_actor_dictionary(p)
    alone = load_actor_dictionary(p, merge=False)
    assert "Rupert Vandemeer" in merged.actors and "Xi Jinping" in merged.actors
    assert list(alone.actors) == ["Rupert Vandemeer"]
    m = actor_mentions(_doc("Rupe and Xi met."), p)   # a path works as dictionary=
    assert m[["actor", "in_dictionary"]].values.tolist() == [["Rupert Vandemeer", True], ["Xi Jinping", True]]


def test_suggest_dictionary_round_trip(tmp_path):
    from analysis.actors.mentions import suggest_dictionary
    texts = ["Rupert Vandemeer said no. Mr Vandemeer left.", "Rupert J. Vandemeer spoke.",
             "Marguerite Olssen said yes."]
    m = _m(*texts)
    text = suggest_dictionary(m, min_mentions=3)
    entries = yaml.safe_load(text)["actors"]
    assert [e["name"] for e in entries] == ["Rupert Vandemeer"]        # Olssen: one mention
    assert entries[0]["type"] == "person" and entries[0]["aliases"] == ["Rupert J. Vandemeer"]
    p = tmp_path / "suggested.yml"
    p.write_text(text, encoding="utf-8")
    again = actor_mentions(_doc(*texts), p)
    assert again.loc[again.actor == "Rupert Vandemeer", "in_dictionary"].all()
    assert suggest_dictionary(again, min_mentions=3).strip().endswith("actors: []")


def test_lexicon_files_have_sources_and_every_state():
    from analysis import lexicons
    states = lexicons.countries()
    assert len(states) >= 195 and len({s["name"] for s in states}) == len(states)
    for f in ("countries.csv", "organisations.yml", "titles.csv", "role_nouns.csv", "reporting_verbs.txt",
              "name_stopwords.txt"):
        head = (lexicons.HERE / f).read_text(encoding="utf-8")[:2000]
        assert "Source" in head, f
    assert lexicons.given_name_gender("Margaret") == "f" and lexicons.given_name_gender("Vandemeer") is None


def test_organisations_by_head_noun_and_bracketed_acronym():
    m = _m("The Velmora Harbour Police and the Office for Tide Statistics met. The Coastal Standards "
           "Authority (Costa) objected; Costa later agreed. Chief Executive Jo Kent spoke.")
    orgs = m[m.actor_type == "organization"]
    assert orgs["actor"].tolist() == ["Velmora Harbour Police", "Office for Tide Statistics"] + [
        "Coastal Standards Authority"] * 3
    assert orgs["text"].tolist()[-2:] == ["Costa", "Costa"]     # the bracketed acronym and its later use
    # a title is not an organisation, and the switch turns the rule off
    assert "Chief Executive" not in set(m["actor"])
    off = actor_mentions(_doc("The Velmora Harbour Police met."), INVENTED, organisations=False)
    assert off.empty


@pytest.mark.parametrize("text, expected", [
    # a surname written after an honorific elsewhere makes the full name a person anywhere
    ("Mr Olukayode spoke. Later, in Tunde Olukayode's words, the plan failed.",
     [("Tunde Olukayode", "Olukayode"), ("Tunde Olukayode", "Tunde Olukayode")]),
    ("Ravindu Jayasekera, who lives in the capital, said prices rose.", [("Ravindu Jayasekera", "Ravindu Jayasekera")]),
    ("Chris Hayward-Blunt spoke. Mr Hayward-Blunt left.",
     [("Chris Hayward-Blunt", "Chris Hayward-Blunt"), ("Chris Hayward-Blunt", "Hayward-Blunt")]),
    ("King Edmund opened the session.", [("King Edmund", "King Edmund")]),
    ("Stephen Corrigan won. Stephen said he was delighted.",
     [("Stephen Corrigan", "Stephen Corrigan"), ("Stephen Corrigan", "Stephen")]),
    ("MS Victoria is a ship that houses families.", []),
])
def test_person_cues_and_forms(text, expected):
    m = _m(text)
    assert list(zip(m.loc[m.actor_type == "person", "actor"], m.loc[m.actor_type == "person", "text"])) == expected


def test_state_compounds():
    m = _m("The UK-France relationship and a France-UK summit.")
    assert m.loc[m.actor_type == "state", "actor"].tolist() == ["United Kingdom", "France", "France", "United Kingdom"]


def test_demonym_modes():
    text = "British officials met. British tourists left, a Ukrainian family arrived and Sri Lankan Airlines flew."
    state = actor_mentions(_doc(text), INVENTED, demonyms="state")
    assert state.loc[state.match == "demonym", "text"].tolist() == ["British"]
    allm = _m(text)      # the default: every use
    assert allm.loc[allm.match == "demonym", "text"].tolist() == ["British", "British", "Ukrainian"]
    none = actor_mentions(_doc(text), INVENTED, demonyms="none")
    assert not none["match"].isin(["demonym", "demonym_plural"]).any()
    with pytest.raises(ValueError, match="demonyms"):
        actor_mentions(_doc(text), INVENTED, demonyms="some")


def test_descriptive_compound_before_a_name_is_not_part_of_it():
    assert _found("Multi-billionaire Elon Varga said no.") == [("Elon Varga", "Elon Varga")]


def test_a_name_that_begins_an_organisation_name_is_that_organisation():
    m = _m("Gideon Marsh and Co Inc raised its stake.", "Gideon Marsh said prices rose.",
           "Mr Lowell said so. Gideon Lowell is a banker.", "Gideon Lowell Holdings Inc fell.")
    assert m.loc[m.doc_id == "d1", ["actor", "actor_type"]].values.tolist() == [
        ["Gideon Marsh and Co Inc", "organization"]]
    # a titled person keeps being a person
    assert ["Gideon Lowell", "person"] in m.loc[m.doc_id == "d2", ["actor", "actor_type"]].values.tolist()


def test_plot_actor_tone_copes_with_degenerate_intervals():
    """One mention per actor (no interval) or an interval off the mean by rounding draws."""
    from analysis.plots import plot_actor_tone
    tone = pd.DataFrame({"actor": ["A", "B", "C"], "n_sentences": [1, 3, 2], "n_mentions": [1, 3, 2],
                         "score_mean": [0.2, -0.5, 0.1], "ci_low": [float("nan"), -0.4999999, 0.1],
                         "ci_high": [float("nan"), -0.2, 0.1000001]})
    fig = plot_actor_tone(tone)
    assert len(fig.axes[0].patches) == 3



def test_suggest_dictionary_leaves_out_what_the_gazetteers_know():
    """Countries and parties matched from the shipped data files are known actors: only the
    person outside every list is suggested (MasakhaNEWS suggested 'United Kingdom' first)."""
    from analysis.actors.mentions import suggest_dictionary
    text = " ".join(["The United Kingdom and Labour met Maria Lindqvist."] * 3)
    m = actor_mentions(pd.DataFrame({"doc_id": ["a"], "text": [text]}))
    out = suggest_dictionary(m, min_mentions=3)
    assert "Maria Lindqvist" in out and "United Kingdom" not in out and "Labour" not in out
