"""Round 14 fix (fixnames14) of the review's findings 4 and 5 (docs/review14-round14.md): a country
named like a person's surname keeps being the country where the text shows the country (its capital
in the sentence, "<noun> of X", "X's King", another country listed with it); "Georgia" is the US
state only when another US state is listed with it (or the state's own signs), not when any US state
appears in the sentence, and the country's signs win. Texts and names invented for these tests."""
from test_actors_round14_names import _countries, _m, _persons  # the same helpers


# ---- finding 4: Jordan the country beside a person surnamed Jordan --------------------------------

def test_the_capital_in_the_sentence_keeps_the_country_and_the_bare_surname_stays_the_person():
    m = _m("Marcus Jordan flew to Amman, the capital of Jordan, on Monday. Jordan said he enjoyed the trip.")
    assert _countries(m) == ["Jordan"]
    assert ("Jordan", "Marcus Jordan") in _persons(m)


def test_the_countrys_king_or_capital_keeps_the_country():
    m = _m("Marcus Jordan met Jordan's King Hamid on Monday.",
           "Marcus Jordan met the king of Jordan on Monday.",
           "Marcus Jordan said the people of Jordan were kind.")
    for doc in ("d0", "d1", "d2"):
        assert _countries(m, doc) == ["Jordan"], doc


def test_a_country_listed_with_it_keeps_the_country():
    m = _m("Marcus Jordan toured Jordan, Syria and Lebanon last year.")
    assert "Jordan" in _countries(m)


def test_guard_the_persons_possessive_or_of_phrase_stays_the_person():
    m = _m("Marcus Jordan scored 40 points. Jordan's coach said the form of Jordan pleased him.",
           "Marcus Jordan scored 40 points in Paris. Jordan said he was tired.")
    assert _countries(m, "d0") == []
    assert [a for t, a in _persons(m, "d0") if t == "Jordan"] == ["Marcus Jordan", "Marcus Jordan"]
    # a capital of another country in the sentence is no sign of Jordan
    assert "Jordan" not in _countries(m, "d1")


# ---- finding 5: Georgia the country beside a US state ---------------------------------------------

def test_a_senators_state_elsewhere_in_the_sentence_does_not_drop_georgia():
    m = _m("Russian troops entered Georgia in 2008. Georgia, Armenia and Azerbaijan border Russia, "
           "Senator Dale Whitby of Arizona said.",
           "Russia's troops left Georgia and Ukraine, Florida Senator Ray Calder said on Monday.",
           "Officials from Texas met Georgia's president on Monday to discuss gas supplies.",
           "The president of Georgia met a delegation from Ohio on Tuesday.")
    assert _countries(m, "d0").count("Georgia") == 2
    for doc in ("d1", "d2", "d3"):
        assert "Georgia" in _countries(m, doc), doc


def test_guard_georgia_listed_with_another_us_state_or_with_its_governor_stays_the_state():
    m = _m("Storms hit Alabama and Georgia on Monday.",
           "Floods hit Georgia, Tennessee and the Carolinas, Senator Dale Whitby of Ohio said.",
           "Georgia's governor met officials from Texas on Monday.",
           "The president of Georgia Tech met students from Ohio.")
    for doc in ("d0", "d1", "d2", "d3"):
        assert "Georgia" not in _countries(m, doc), doc


def test_guard_a_possessive_of_a_longer_name_is_no_sign_of_the_country():
    m = _m("University of Georgia's president Lyle Danner said fees would rise.")
    assert "Georgia" not in _countries(m)


def test_guard_another_us_state_in_the_sentence_still_counts_when_no_other_country_is_named():
    m = _m("Auburn has the West sewn up, and Georgia would need Tennessee to lose to win the East.",
           "The coaches host barbecues at their lake homes in Georgia, near the Virginia line.")
    for doc in ("d0", "d1"):
        assert "Georgia" not in _countries(m, doc), doc
