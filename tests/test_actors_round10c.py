"""Round 10c (issue 13): one actor per person - honorific gender, sentence-opening gerunds,
given-name nickname variants. Invented text only."""
import pandas as pd

from analysis.actors.mentions import actor_mentions


def _m(*texts):
    c = pd.DataFrame({"doc_id": [f"d{i}" for i in range(len(texts))], "text": list(texts)})
    return actor_mentions(c)


def _actors(m, doc="d0"):
    return list(m.loc[m["doc_id"] == doc, "actor"])


# (b) a male honorific does not resolve to the only full name when its given name is female
# only and the document speaks of a man of the family ("her father")
def test_mr_surname_is_not_the_only_woman_of_that_surname():
    m = _m("Tilly Hargreave died in 2019. Her father Ian campaigns. Mr Hargreave said the ruling mattered.")
    row = m[m["text"] == "Hargreave"].iloc[0]
    assert row["actor"] == "Mr Hargreave" and row["resolution"] == "unresolved"
    assert "Tilly Hargreave" in _actors(m)


def test_ms_surname_still_resolves_to_the_woman():
    m = _m("Tilly Hargreave died in 2019. Ms Hargreave was 14.")
    assert _actors(m) == ["Tilly Hargreave", "Tilly Hargreave"]


def test_mr_surname_resolves_to_the_man_when_named():
    m = _m("Tilly Hargreave died. Ian Hargreave, her father, spoke. Mr Hargreave said it mattered.")
    assert _actors(m)[-1] == "Ian Hargreave"


def test_mr_surname_with_a_given_name_of_either_gender_still_resolves():
    # "Jamie" is mostly female in gender-guesser: not sure enough to refuse the link
    m = _m("Jamie Hargreave spoke. Mr Hargreave said it mattered.")
    assert _actors(m) == ["Jamie Hargreave", "Jamie Hargreave"]


# (c) a capitalised gerund opening a sentence is not part of a name
def test_sentence_opening_gerund_is_not_part_of_the_name():
    m = _m("Removing Suella Braverman as home secretary would be the strong thing to do, Keir Starmer said. "
           "Suella Braverman denied it.")
    assert "Suella Braverman" in _actors(m)
    assert not any(a.startswith("Removing") for a in _actors(m))


def test_given_name_ending_in_ing_is_kept():
    # "Sterling" is a given name in the name list: not taken for a verb
    m = _m("Sterling Hayward Jones said the deal was off.")
    assert any(a.startswith("Sterling") for a in _actors(m))


# (a) a given name and its nickname with the same surname are one actor
def test_nickname_variant_in_one_document_is_one_actor():
    m = _m("Health Secretary Stephen Carrow said the unions refused. Later Steve Carrow met them.")
    assert set(_actors(m)) == {"Stephen Carrow"}


def test_nickname_variant_across_documents_takes_the_commoner_form():
    m = _m("Health Secretary Stephen Carrow said the unions refused.",
           "Health Secretary Steve Carrow said the talks failed.",
           "Health Secretary Steve Carrow spoke to reporters on Friday.")
    assert set(m.loc[m["actor_type"] == "person", "actor"]) == {"Steve Carrow"}


def test_nickname_variants_stay_apart_beside_another_given_name():
    # "Jack" is a nickname of "John", but a third Smith with an unrelated given name makes the
    # surname ambiguous: nobody is merged
    m = _m("Jack Pellow met John Pellow and Jane Pellow in Leeds.")
    assert set(_actors(m)) == {"Jack Pellow", "John Pellow", "Jane Pellow"}


def test_unrelated_given_names_with_one_surname_stay_apart():
    m = _m("Stephen Carrow said so.", "Robert Carrow said so too.")
    assert set(m["actor"]) == {"Stephen Carrow", "Robert Carrow"}


def test_given_name_gender_override_from_data():
    from analysis.lexicons import given_name_gender, given_name_sure_gender, given_name_variants

    assert given_name_gender("Alexis") == "u" and given_name_sure_gender("Alexis") is None
    assert given_name_sure_gender("Molly") == "f"
    assert given_name_variants("Bill", "William") and not given_name_variants("Bill", "Bill")


def test_company_opening_with_an_ing_word_keeps_it():
    # "Corning Glass Works": the rest is never written without the first word
    m = _m("Corning Glass Works said the exchange ratio for its acquisition of Hazleton Laboratories Corp "
           "has been set. Corning said the prospectus is expected tomorrow.")
    assert not any(a == "Glass Works" for a in _actors(m))


def test_gerund_before_a_known_given_name_is_trimmed():
    m = _m("Sacking Priti Patel was a mistake, the MP said.")
    assert "Priti Patel" in _actors(m)


def test_nickname_variants_in_one_sentence_are_two_people():
    m = _m("The team was coached by Joe Tarrant - whose grandfather, also Joseph Tarrant, was a senator.")
    assert set(_actors(m)) == {"Joe Tarrant", "Joseph Tarrant"}


def test_nickname_variants_across_documents_need_shared_company():
    # nothing else in common: two people ("Jonathan Mason" of one fund, "John Mason" of a broker)
    m = _m("Jonathan Pellow, Halden Fund's chairman, said the fund would open.",
           "Prices will fall, said John Pellow of Marwick Securities.")
    assert set(m.loc[m["actor_type"] == "person", "actor"]) == {"Jonathan Pellow", "John Pellow"}


def test_nickname_variants_across_documents_with_a_shared_organisation_merge():
    m = _m("Bill Pellow, director of the FBI, said so.", "William Pellow of the FBI said so again.",
           "FBI director William Pellow spoke.")
    assert set(m.loc[m["actor_type"] == "person", "actor"]) == {"William Pellow"}


def test_mr_surname_with_no_family_word_keeps_the_one_full_name():
    # with no man of the family spoken of, the given name's gender alone does not refuse the link
    m = _m("Tilly Hargreave set up the firm in 2017. Mr Hargreave said the platform was to blame.")
    assert set(_actors(m)) == {"Tilly Hargreave"}
