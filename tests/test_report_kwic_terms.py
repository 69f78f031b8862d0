"""Concordance terms chosen from the data are words that cluster in the documents that use them,
not words spread evenly over every page (reader15, round 15; reader14 finding F12: "home, world,
play" on L3S pages, "Partybets Home News Competitions"). All texts are invented here."""
import pandas as pd

from analysis.report import narrative

NAV = "Home News Sport Comments Share this page. "


def _corpus():
    texts = []
    for i in range(12):
        body = {0: "The tariff rose again. Traders said the tariff would hurt exporters, and the tariff stays.",
                1: "Flooding closed the bridge. Flooding also cut power, and flooding may return next week.",
                2: "The ministers met in the capital and agreed a statement on trade."}[i % 3]
        texts.append(NAV + body + f" Story number {i} in the world today.")
    return pd.DataFrame({"doc_id": [f"d{i}" for i in range(12)], "text": texts})


def test_page_furniture_on_every_page_is_no_concordance_term():
    terms = narrative.default_kwic_terms(_corpus(), 3)
    assert not {"home", "comments", "share", "sport", "news", "page", "story", "world", "today"} & set(terms), terms
    assert {"tariff", "flooding"} <= set(terms)


def test_a_word_used_once_in_one_document_is_no_term():
    c = _corpus()
    c.loc[0, "text"] += " Zeppelins zeppelins zeppelins zeppelins zeppelins."
    assert "zeppelins" not in narrative.default_kwic_terms(c, 3)


def test_small_corpus_still_falls_back_to_document_frequency():
    c = pd.DataFrame({"doc_id": ["a", "b"], "text": ["Tariffs rose. Tariffs fell.", "Tariffs and ports."]})
    assert narrative.default_kwic_terms(c, 1) == ["tariffs"]


def test_the_intro_says_how_the_terms_were_chosen():
    text = narrative.kwic_intro(["tariff"], True)
    assert "repeat" in text and "the words used by the most documents" not in text


def test_headlines_get_their_most_used_words_not_a_doubled_place_name():
    # review15b finding 5 (fixreader15): on ABC headlines residual IDF gave "test, wagga, power"
    heads = []
    for i in range(30):
        heads.append(["police probe fatal crash near town", "council rejects water plan for drought",
                      "police charge man over robbery", "farmers welcome rain after drought",
                      "wagga wagga council to meet on budget", "third test ends in draw after test rain"][i % 6])
    c = pd.DataFrame({"doc_id": [f"h{i}" for i in range(len(heads))], "text": heads})
    terms = narrative.default_kwic_terms(c, 3)
    assert "wagga" not in terms and "test" not in terms, terms
    assert {"police", "council", "drought"} == set(terms), terms


def test_markup_remnants_are_no_concordance_term():
    # AG News keeps "&quot;" as " quot;" in its text: "quot" came first
    c = _corpus()
    c["text"] = [t + (" He said quot;never quot; and quot;no quot; again, quot;ever quot;." if i % 2 else "")
                 for i, t in enumerate(c["text"])]
    terms = narrative.default_kwic_terms(c, 3)
    assert "quot" not in terms and {"tariff", "flooding"} <= set(terms), terms
