"""Issue 13, round 10: organisations on company newswire and health-service news, and wrong
mentions of places and series titles (invented texts).

Short forms of a company found with its legal form ("Delvex Inc" ... "Delvex"), a name before a
noun of its kind ("the official Varta news agency"), and a dictionary organisation inside a
longer name with a head noun ("Marshfield Valley NHS Trust") used to be missed or split.
"""

from analysis import actor_mentions
from conftest import build_corpus


def _orgs(m):
    return m.loc[m["actor_type"] == "organization"]


def _people(m):
    return set(m.loc[m["actor_type"] == "person", "actor"])


def test_the_short_form_of_a_company_with_a_legal_form():
    m = actor_mentions(build_corpus(
        "Delvex Inc said it bought 8 pct of Hollin Trask Minerals and Coal Corp. "
        "Delvex paid about one mln dlrs to Hollin Trask Minerals on Monday, and the Delvex stake "
        "is held as an investment."))
    o = _orgs(m)
    short = o[o["text"] == "Delvex"]
    assert len(short) == 2 and set(short["actor"]) == {"Delvex Inc"}, o[["text", "actor"]]
    assert "Hollin Trask Minerals" in set(o["text"]), o[["text", "actor"]]
    assert set(o.loc[o["text"] == "Hollin Trask Minerals", "actor"]) == {"Hollin Trask Minerals and Coal Corp"}


def test_a_company_named_after_a_person_leaves_the_person_alone():
    m = actor_mentions(build_corpus(
        "Investor Carl Vennick said on Monday he owns 9 pct of the shares. Vennick Inc bought them "
        "last week. Mr Vennick declined to comment."))
    assert "Carl Vennick" in _people(m), m[["text", "actor", "actor_type"]]
    assert set(m.loc[m["text"] == "Vennick", "actor_type"]) == {"person"}, m[["text", "actor", "actor_type"]]


def test_a_name_before_a_noun_of_its_kind():
    m = actor_mentions(build_corpus(
        "The official Varta news agency reported the strikes. Varta said later the law would be "
        "amended. Fluor Corp said its Pratt and Whitney unit won a contract, and the Kessel unit "
        "rejected the bid."))
    o = set(_orgs(m)["text"])
    assert {"Varta", "Pratt and Whitney", "Kessel"} <= o, o
    assert len(_orgs(m)[_orgs(m)["text"] == "Varta"]) == 2


def test_a_place_or_nationality_before_a_kind_noun_is_no_organisation():
    m = actor_mentions(build_corpus(
        "The Dutch company said profits rose. The South East Asian unit of Alibaba grew. "
        "The Texas company said it would appeal. "
        "They hired a HR firm, and the hardline Islamist group seized power. "
        "Hannah Corbell, the Corbell company's founder, spoke."))
    o = set(_orgs(m)["text"])
    assert not o & {"Dutch", "Texas", "HR", "Islamist", "South East Asian"}, o
    assert "Hannah Corbell" in _people(m)


def test_a_dictionary_organisation_inside_a_longer_name():
    m = actor_mentions(build_corpus(
        "Marshfield Valley NHS Trust said waits were long. The NHS is under strain, and "
        "Labour Party members met."))
    o = _orgs(m)
    assert "Marshfield Valley NHS Trust" in set(o["text"]), o[["text", "actor"]]
    assert len(o[o["text"] == "NHS"]) == 1, o[["text", "actor"]]
    assert "Labour Party" in set(o["actor"])


def test_a_city_before_its_us_state_is_no_person():
    m = actor_mentions(build_corpus(
        "The cars will still be built at the Varco plant in Van Nuys, Calif., the company said. "
        "Its offices in Cherry Hill, N.J., and Grand Oaks, Texas, will close."))
    assert not _people(m) & {"Van Nuys", "Cherry Hill", "Grand Oaks"}, m[["text", "actor_type"]]


def test_a_titled_name_before_a_state_is_still_a_person():
    m = actor_mentions(build_corpus("Sen. Dale Brewer, Texas, said the bill would pass."))
    assert "Dale Brewer" in _people(m), m[["text", "actor_type"]]


def test_a_company_of_a_place_with_a_legal_form_is_no_person():
    m = actor_mentions(build_corpus(
        "Varco Aircraft Corp said it acquired 51 pct of Hunter Helicopter of Nevada, Inc. "
        "Hunter Helicopter builds two-passenger helicopters. Mandy Flores of Acme Inc said so."))
    people = _people(m)
    assert "Hunter Helicopter" not in people, m[["text", "actor_type"]]
    assert "Mandy Flores" in people


def test_a_role_noun_before_a_given_name_and_an_institution_head():
    m = actor_mentions(build_corpus(
        "Etiquette expert Emily Post said guests should arrive on time. Royal Mail said "
        "deliveries were late, and Grace Hospital said it was full."))
    assert "Emily Post" in _people(m), m[["text", "actor_type"]]
    assert {"Royal Mail", "Grace Hospital"} <= set(_orgs(m)["actor"])


def test_a_title_before_a_series_name_is_no_person():
    m = actor_mentions(build_corpus(
        "She shares her business advice for our CEO Secrets series. CEO Tamsin Rowe said more, "
        "and the Mr Jenks show was cancelled."))
    people = _people(m)
    assert "Secrets" not in people, m[["text", "actor_type"]]
    assert {"Tamsin Rowe", "Jenks"} <= people, people


def test_sir_and_a_given_name_link_to_the_one_full_name_in_the_corpus():
    m = actor_mentions(build_corpus(
        "Keir Starwell spoke to reporters on Monday.",
        "Sir Keir said the party was ready. Dame Vera sang.",
        "Vera Lomax sang in London. Vera Tilby spoke."))
    keir = m[m["text"] == "Keir"]
    assert list(keir["actor"]) == ["Keir Starwell"] and list(keir["resolution"]) == ["corpus"], m
    assert list(m.loc[m["text"] == "Vera", "actor"]) == ["Vera"]     # two full names fit: left alone


def test_a_peer_named_by_title_only_is_a_person_linked_to_the_full_name():
    m = actor_mentions(build_corpus(
        "Peter Rickwood, a former ambassador, spoke on Monday.",
        "Lord Rickwood said the plan was flawed. Lord Rickwood of Shortlands added more. "
        "Baroness Hallwick opened the inquiry."))
    assert set(m.loc[m["text"] == "Rickwood", "actor"]) == {"Peter Rickwood"}, m
    assert "Hallwick" in _people(m)


def test_the_rest_of_a_title_before_a_name_is_not_part_of_it():
    m = actor_mentions(build_corpus(
        "Lord Advocate Dorothy Bainley said the case would go ahead. "
        "The Lord Mayor of London Sadiq Kharan spoke, and Mayor of Leeds Anne Pollitt agreed.",
        "Lord Amhad Kiran said nothing."))
    people = _people(m)
    assert {"Dorothy Bainley", "Sadiq Kharan", "Anne Pollitt"} <= people, people
    assert not any(p.startswith(("Advocate", "London", "Leeds")) for p in people), people
