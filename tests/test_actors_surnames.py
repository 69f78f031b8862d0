"""Cross-document surname linking and organisation-like names (invented texts).

A lone capitalised word is linked to a full name given elsewhere in the corpus only when it
behaves like a proper name in the corpus (capitalised mid-sentence more often than written in
lower case), is not the label of a table line ("Sales 7.9 mln"), and is not a city; a two-word
name ending in an organisation word ("Equity Research") is not a person.
"""

from analysis import actor_mentions
from conftest import build_corpus


def _corpus(*texts):
    return build_corpus(*texts)


def _links(m, word):
    return m[(m["text"] == word) & (m["match"] == "surname")]


def test_common_noun_at_line_start_is_not_linked_to_a_full_name():
    c = _corpus(
        "Forestry analyst Tom Sales said the outlook was good.",
        "Quarterly results of a shoe maker.\n\nSales 7.9 mln vs 9.4 mln\nNet profit 1.2 mln vs 0.8 mln",
        "Sales rose in March. The company said sales of boots and sales of shoes fell.",
        "Retail sales slowed, and sales taxes rose.",
    )
    m = actor_mentions(c)
    assert "Tom Sales" in set(m["actor"])
    assert _links(m, "Sales").empty, m


def test_table_label_is_not_linked_inside_the_document_either():
    c = _corpus("The analyst Tom Sales said the outlook was good.\nSales 7.9 mln vs 9.4 mln\n"
                "Net 1.1 mln vs 0.9 mln\n\nSales, Tom Sales said, would rise.")
    m = actor_mentions(c)
    assert "Tom Sales" in set(m["actor"])
    table = _links(m, "Sales")
    assert len(table) == 1 and table["start"].iloc[0] > c["text"][0].index("Net"), m


def test_surname_capitalised_mid_sentence_is_still_linked_across_documents():
    c = _corpus(
        "Opposition leader Martha Quenby said the budget was unfair.",
        "Quenby said on Monday that the plan would fail. Critics of Quenby disagreed.",
    )
    m = actor_mentions(c)
    links = _links(m, "Quenby")
    assert len(links) == 2 and set(links["actor"]) == {"Martha Quenby"}
    assert set(links["resolution"]) == {"corpus"}


def test_a_city_is_not_linked_to_a_name_ending_in_it():
    c = _corpus(
        "The bond is priced at par, lead manager Banque Nationale de Paris said.",
        "Ministers met in Paris on Monday. Paris said nothing.",
    )
    m = actor_mentions(c)
    assert not (m["text"].eq("Paris") & m["actor"].str.contains("Banque", na=False)).any(), m
    assert "Banque Nationale de Paris" not in set(m.loc[m["actor_type"] == "person", "actor"])


def test_names_ending_in_an_organisation_word_are_not_persons():
    c = _corpus(
        "Standard and Poor's Equity Research said the purchase could help.",
        "The new desktop is powered by SuSE Linux, the company said.",
        "Research shows that Linux is popular.",
        "The loan was arranged by Banque Paribas, the bank said.",
    )
    m = actor_mentions(c)
    persons = set(m.loc[m["actor_type"] == "person", "actor"])
    assert not {"Equity Research", "SuSE Linux", "Banque Paribas"} & persons, persons
    assert _links(m, "Research").empty and _links(m, "Linux").empty
