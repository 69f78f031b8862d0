"""Round 15 (webnames): person names on web and wire news. A given name before a dictionary person's
surname is a relative ("Sasha Obama"); a relative named with a given name the lists lack beside a
full name of the same family ("Wanjiru Kamau" beside "Peter Kamau"), and that given name alone after
the full name; name particles joined by a hyphen ("Ahmed al-Tayeb", "Tariq ul-Hassan") and the
Urdu and Maasai particles ("ul", "ur", "ud", "ole"). Texts invented for these tests (the one
dictionary person used is the default dictionary's "Barack Obama")."""
from test_actors_round14_names import _m, _persons  # the same helpers


# ---- a given name before a dictionary person's surname ------------------------------------------

def test_another_given_name_before_a_dictionary_surname_is_a_relative():
    m = _m("At the rally a voter said that Sasha Obama told them the fund was empty.")
    assert ("Sasha Obama", "Sasha Obama") in _persons(m)
    assert "Barack Obama" not in [a for _, a in _persons(m)]


def test_guard_a_title_or_a_verb_before_the_dictionary_surname_keeps_the_person():
    m = _m("President Obama spoke on Monday. Barack Obama smiled.",
           "Will Obama win? It will rain on the day of the vote.",
           "Democrat Obama said he would run.")
    assert _persons(m, "d0") == [("Obama", "Barack Obama"), ("Barack Obama", "Barack Obama")]
    assert _persons(m, "d1") == [("Obama", "Barack Obama")]
    assert ("Obama", "Barack Obama") in _persons(m, "d2")


# ---- a relative named with a given name the lists lack -------------------------------------------

def test_a_relative_with_an_unlisted_given_name_beside_a_full_name_of_the_family():
    m = _m("Voters will long remember Wanjiru Kamau as a reformer. Wanjiru was all of these, "
           "but like her father, Peter Kamau, she left a flawed legacy. Critics fought with "
           "Wanjiru Kamau for years.")
    p = _persons(m)
    assert p.count(("Wanjiru Kamau", "Wanjiru Kamau")) == 2
    assert ("Wanjiru", "Wanjiru Kamau") in p          # the given name alone, after the full name
    assert ("Peter Kamau", "Peter Kamau") in p


def test_guard_no_relative_from_a_sentence_opener_an_article_or_a_longer_name():
    m = _m("Peter Bentley drove to the coast. Meanwhile Bentley said he was tired. He bought a "
           "Continental Bentley and a Flying Spur Bentley last year.",
           "Peter Kamau met Nairobi Kamau fans.")
    assert [a for _, a in _persons(m, "d0")] == ["Peter Bentley", "Peter Bentley"]
    assert [a for _, a in _persons(m, "d1")] == ["Peter Kamau"]


def test_guard_an_unlisted_given_name_alone_before_the_full_name_or_a_surname_stays_out():
    m = _m("Wanjiru spoke first. Later Wanjiru Kamau and her father Peter Kamau arrived.",
           "Peter Kamau met Mwangi Otieno. Otieno Kamau, his cousin, said Otieno was late.")
    assert ("Wanjiru", "Wanjiru Kamau") not in _persons(m, "d0")
    assert ("Wanjiru Kamau", "Wanjiru Kamau") in _persons(m, "d0")
    assert [a for t, a in _persons(m, "d1") if t == "Otieno"] != ["Otieno Kamau"]


# ---- name particles -------------------------------------------------------------------------------

def test_a_word_hyphened_to_a_particle_is_a_word_of_the_name():
    m = _m("Later Ahmed al-Tayeb said he would go.",
           "The army chief, General Tariq ul-Hassan, used the courts. Critics of Tariq ul-Hassan's rule agreed.")
    assert _persons(m, "d0") == [("Ahmed al-Tayeb", "Ahmed al-Tayeb")]
    assert [a for _, a in _persons(m, "d1")] == ["Tariq ul-Hassan", "Tariq ul-Hassan"]


def test_the_maasai_and_urdu_particles_join_a_name():
    m = _m("The speaker's post went to Daniel ole Sankale, who had held it before.",
           "Maulana Hafiz-ur-Kareem said he would join the talks.")
    assert ("Daniel ole Sankale", "Daniel ole Sankale") in _persons(m, "d0")
    assert any(a.endswith("Hafiz-ur-Kareem") for _, a in _persons(m, "d1"))


def test_guard_hyphened_companies_and_lower_case_ole_stay_out():
    m = _m("Rolls-Royce said sales rose. Coca-Cola said profits fell.",
           "Fans of the Good Ole Boys sang in the good ole days.")
    assert _persons(m, "d0") == []
    assert _persons(m, "d1") == []


# ---- an appositive role with modifiers ------------------------------------------------------------

def test_an_appositive_role_after_modifiers_marks_a_person():
    m = _m("Voters took it seriously, as Ayub Baraki, an early military ruler and modernist, learned.",
           "The talks failed, Wekesa Barasa, a veteran opposition leader, said on Monday.")
    assert ("Ayub Baraki", "Ayub Baraki") in _persons(m, "d0")
    assert ("Wekesa Barasa", "Wekesa Barasa") in _persons(m, "d1")


def test_guard_an_appositive_without_a_persons_role_stays_out():
    m = _m("Orinda Lakes, a small lakeside town, voted on Monday.",
           "Orinda Vale, the oldest college bowl, opened in 1902.")
    assert _persons(m, "d0") == []
    assert _persons(m, "d1") == []


# ---- a surname ending in -ly after an initial's stop -----------------------------------------------

def test_a_ly_surname_after_an_initials_stop_is_a_name_word():
    m = _m("At the meeting P.K.Varghese, K.Mathly and T.J.Kurian spoke.")
    assert [t for t, _ in _persons(m)] == ["P.K.Varghese", "K.Mathly", "T.J.Kurian"]


def test_guard_an_ly_adverb_opening_a_sentence_stays_out():
    m = _m("The council met in Kochi. Separately, officials said the vote was delayed.")
    assert _persons(m) == []


def test_guard_an_unlisted_given_name_alone_needs_a_personal_pronoun_near():
    filler = " ".join(["The committee met in the town hall and the budget was discussed at length."] * 4)
    m = _m("Later Wanjiru Kamau and her father Peter Kamau arrived. " + filler + " Wanjiru officers were late.",
           "Later Wanjiru Kamau and her father Peter Kamau arrived. " + filler + " Wanjiru said she was late.")
    assert "Wanjiru" not in [t for t, _ in _persons(m, "d0")]
    assert ("Wanjiru", "Wanjiru Kamau") in _persons(m, "d1")
