"""Round 16 (names16): person mentions a researcher saw wrong in the round-15 report readings.
A generational suffix belongs to a name and never is one ("Martin Luther King Jr", "John Pope Jr");
a surname with a suffix is the namesake with that suffix ("Noland III" is not "Lloyd U. Noland
Jr."); an epithet tells a namesake apart ("Young Tom Morris" is not "Tom Morris"); a title with a
surname goes to the person the document gives that office ("President Clinton" after "President
Bill Clinton", not "Hillary Clinton"); a gendered honorific set beside a family noun is a relative,
not the person named in full ("Mr Hutchins, her husband" after "Halyna Hutchins"); "New Year's
Eve" names no person of another document. Texts invented for these tests."""
from test_actors_round14_names import _m, _persons  # the same helpers


def _names(m, doc="d0"):
    return [t for t, _ in _persons(m, doc)]


def _actors(m, doc="d0"):
    return [a for _, a in _persons(m, doc)]


# ---- generational suffixes ---------------------------------------------------------------------

def test_a_generational_suffix_after_a_title_word_is_part_of_the_name():
    m = _m("Martin Luther King Jr. said he had a dream. King said it again in Memphis.",
           "The board said John Pope Jr has been elected president of the company.",
           "The Rev. Martin Luther King Jr. led the march.")
    assert _persons(m, "d0") == [("Martin Luther King Jr", "Martin Luther King Jr"),
                                 ("King", "Martin Luther King Jr")], _persons(m, "d0")
    assert _persons(m, "d1") == [("John Pope Jr", "John Pope Jr")], _persons(m, "d1")
    assert _actors(m, "d2") == ["Martin Luther King Jr"], _persons(m, "d2")


def test_the_surname_of_a_name_with_a_suffix_is_the_word_before_it():
    m = _m("Harold Quenby Jr. opened the shop in 1990. Quenby said he had no regrets.")
    assert ("Quenby", "Harold Quenby Jr") in _persons(m), _persons(m)


def test_guard_a_suffix_alone_is_no_person():
    m = _m("King Jr. said nothing about the plan.",
           "Larry Quenby said he agreed. King said he did not.",
           "Larry King said he was glad to be back on air.")
    assert "Jr" not in _names(m, "d0") + _actors(m, "d0"), _persons(m, "d0")
    assert ("Larry Quenby", "Larry Quenby") in _persons(m, "d1")
    assert ("Larry King", "Larry King") in _persons(m, "d2"), _persons(m, "d2")


# ---- epithets --------------------------------------------------------------------------------

def test_an_epithet_tells_a_namesake_apart():
    m = _m("Young Tom Marlow won the title in 1868. Tom Marlow, his father, said he was proud of his son.")
    assert set(_actors(m)) == {"Young Tom Marlow", "Tom Marlow"}, _persons(m)


def test_guard_a_longer_name_ending_with_a_titled_name_is_still_that_person():
    m = _m("Iain Duncan Smith spoke first. Mr Duncan Smith said he would vote against the bill.")
    assert set(_actors(m)) == {"Iain Duncan Smith"}, _persons(m)


# ---- a surname with its suffix ----------------------------------------------------------------

def test_a_surname_with_a_suffix_is_the_namesake_with_that_suffix():
    m = _m("Quenby Co said that when Lloyd U. Quenby Jr. retires as chairman, Lloyd U. Quenby III will "
           "become chairman.\n\nThe company said Quenby III, 43, is a vice president. It said Quenby Jr. "
           "will also leave the board.")
    p = _persons(m)
    assert ("Quenby Jr", "Lloyd U. Quenby Jr") in p, p
    assert ("Quenby III", "Lloyd U. Quenby III") in p, p   # the numeral is part of the name (round 16, lead)


# ---- a gendered honorific set beside a family noun -------------------------------------------------

def test_an_honorific_beside_a_family_noun_is_a_relative_not_the_one_named_in_full():
    m = _m("Halyna Vorent was killed on the set. Mr Vorent, her husband, said he was devastated.",
           "Halyna Vorent was killed on the set. Her husband, Mr Vorent, said he was devastated.",
           "Peter Quell founded the firm in 1970. Mr Quell, his son, runs it now.")
    for doc in ("d0", "d1"):
        assert ("Vorent", "Halyna Vorent") not in _persons(m, doc), _persons(m, doc)
    assert ("Quell", "Peter Quell") not in _persons(m, "d2"), _persons(m, "d2")


def test_guard_the_relative_named_in_full_or_no_family_noun():
    m = _m("Halyna Vorent was killed. Matthew Vorent, her husband, spoke. Mr Vorent, her husband, said he wept.",
           "Peter Quell founded the firm in 1970. Mr Quell said his son runs it now.",
           "Dana Tolliver said the firm had grown. Mrs Tolliver, the chief executive, agreed.")
    assert ("Vorent", "Matthew Vorent") in _persons(m, "d0"), _persons(m, "d0")
    assert ("Quell", "Peter Quell") in _persons(m, "d1"), _persons(m, "d1")
    assert ("Tolliver", "Dana Tolliver") in _persons(m, "d2"), _persons(m, "d2")


# ---- a title with a surname: the one person given that office -------------------------------------

def test_a_titled_surname_goes_to_the_namesake_given_that_office():
    m = _m("Martha Quell campaigned in Iowa on Monday. President Thomas Quell took office in 1993. "
           "Later, President Quell cut taxes, and President Quell's budget passed.")
    assert [a for t, a in _persons(m) if t == "Quell"] == ["Thomas Quell", "Thomas Quell"], _persons(m)


def test_guard_a_titled_surname_with_one_full_name_or_the_matching_office():
    m = _m("Emmanuel Varenne visited Berlin. President Varenne said France would help.",
           "Sen. Martha Quell spoke in Iowa. Thomas Quell, the former president, watched. "
           "Senator Quell said she would run.")
    assert ("Varenne", "Emmanuel Varenne") in _persons(m, "d0"), _persons(m, "d0")
    assert ("Quell", "Martha Quell") in _persons(m, "d1"), _persons(m, "d1")


# ---- "New Year's Eve" -------------------------------------------------------------------------

def test_a_word_after_a_longer_names_possessive_links_to_no_person_of_another_document():
    m = _m("Actress Alice Eve said she loved the role. Eve said the film was hard.",
           "The concert on New Year's Eve was cancelled, police said.",
           "He was admitted to hospital on St Patrick's Day and left the next week.")
    assert _persons(m, "d1") == [], _persons(m, "d1")
    assert ("Eve", "Alice Eve") in _persons(m, "d0")


def test_guard_a_surname_after_a_countrys_possessive_still_links():
    m = _m("Gordon Brown spoke in London. Brown said he was proud.",
           "Britain's Brown said the talks went well.")
    assert ("Brown", "Gordon Brown") in _persons(m, "d1"), _persons(m, "d1")
