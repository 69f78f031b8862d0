"""Round-11b reader findings (Reuters-21578 and MasakhaNEWS read as a researcher would), invented data."""
import pandas as pd

from analysis.actors.mentions import actor_mentions


def _mentions(docs):
    corpus = pd.DataFrame({"doc_id": list(docs), "text": list(docs.values())})
    return actor_mentions(corpus)


def test_a_name_after_an_ordinal_is_an_edition_not_a_person_nor_a_full_name_for_lone_words():
    # "Wales' first Urban Games" made a person "Urban Games" (a given name "Urban"), and every
    # lone "Games" in other documents ("her second Games") was linked to that person
    m = _mentions({
        "a": "Cardiff Bay was busy on the weekend with champions taking part in Wales' first Urban Games. "
             "The Games drew large crowds.",
        "b": "She won gold at her second Games. The Games were held in Beijing. "
             "Scott Meenagh, in his third Games, finished sixth.",
        "c": "Dana Holt, who organised the 12th Grace Hopper lecture, said the hall was full.",
    })
    people = set(m.loc[m["actor_type"] == "person", "actor"])
    assert not any("Games" in p for p in people)
    assert not any("Hopper" in p for p in people)
    # the names that are people are still found
    assert {"Scott Meenagh", "Dana Holt"} <= people


def test_a_role_noun_opening_a_sentence_is_not_part_of_the_name_after_it():
    # "Investor Sumner Redstone, who leads ..." (a given name the lists do not know) made a person
    # "Investor Sumner Redstone" beside "Sumner Redstone" in another story: one man, two actors
    m = _mentions({
        "a": "Investor Sumner Redstone, who leads one of the groups, raised his bid on Monday. "
             "Redstone said the offer was final.",
        "b": "The chain, controlled by investor Sumner Redstone, declined to comment. "
             "Analyst Tarquin Vell, who follows the company, said the bid was high.",
    })
    people = set(m.loc[m["actor_type"] == "person", "actor"])
    assert "Sumner Redstone" in people
    assert not any(p.startswith(("Investor", "Analyst")) for p in people)
    assert "Tarquin Vell" in people
    a = m[m["doc_id"] == "a"]
    assert (a["actor"] == "Sumner Redstone").sum() == 2


def test_health_and_sports_tone_made_of_institution_and_event_words_is_marked_topical():
    # MasakhaNEWS health: positive tone from "care" (health care, care homes) and "trust" (NHS
    # trusts); sports: negative from "slam" (Grand Slam). The drivers must mark them topical.
    import analysis
    from analysis.report import narrative
    from analysis.sentiment.scores import sentiment_drivers

    c = pd.DataFrame({"doc_id": ["h1", "h2", "s1", "s2"],
                      "text": ["The hospital trust said care homes were short of staff. The trust plans more care.",
                               "Patients waited for social care as the health trust opened a ward.",
                               "She lost the Grand Slam final in three sets.",
                               "He reached his first Grand Slam semi-final after a long match."],
                      "group": ["health", "health", "sports", "sports"]})
    sents = analysis.sentence_sentiment(c)
    sents["group"] = sents["doc_id"].map(c.set_index("doc_id")["group"])
    d = sentiment_drivers(sents, by="group")
    health = d[(d["group"] == "health") & (d["direction"] == "positive")].set_index("word")
    assert health.loc["care", "topical_term"] and health.loc["trust", "topical_term"]
    sports = d[(d["group"] == "sports") & (d["direction"] == "negative")].set_index("word")
    # "slam" of "Grand Slam" is part of a name: no driver at all since nametone round 14
    assert "slam" not in sports.index
    text = narrative.tone_drivers_summary(d, "group", labels=["health", "sports"])
    assert "*care*†" in text and "*trust*†" in text and "health care" in text


def test_an_inverted_speaker_followed_by_from_is_the_named_person_not_the_previous_sentence():
    # MasakhaNEWS: '"...?," asked Helen Pickering from Nieve Ella's hair salon' found no speaker,
    # so the quote went to "Albrighton" of the sentence before and "she said" to "Nieve Ella"
    import analysis

    text = ("In Dunmere, shop owners told the paper they were worried about their bills.\n"
            "\"Will my customers stay?,\" asked Carla Brenn from Tilly Moss's flower shop on Mill Lane.\n"
            "\"Most of them are pensioners,\" she said.\n"
            "\"We will help,\" said a spokesman from the council.")
    q = analysis.extract_quotes(pd.DataFrame({"doc_id": ["a"], "text": [text]}))
    by_quote = dict(zip(q["quote"], q["speaker"]))
    assert by_quote["Will my customers stay?"] == "Carla Brenn"
    assert by_quote["Most of them are pensioners"] == "Carla Brenn"
    assert by_quote["We will help"] == "a spokesman from the council"
