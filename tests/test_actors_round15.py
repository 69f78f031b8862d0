"""Issue 13, round 15 (webment4): organisation mentions on web and wire news: companies named by
their web address, broadcast stations by their call sign, major-league sports teams, and venues
named with Center/Centre. Texts written for these tests."""
import pandas as pd

from analysis.actors import actor_mentions


def _m(*texts):
    c = pd.DataFrame({"doc_id": [f"d{i}" for i in range(len(texts))], "text": list(texts)})
    return actor_mentions(c)


def _orgs(m):
    return m[m["actor_type"].eq("organization")]["text"].tolist()


# ---- a company named by its web address ----------------------------------------------------

def test_a_dot_com_name_is_a_company_and_keeps_its_legal_form():
    m = _m("The novel topped the chart on Bookhaven.com Inc.'s British site on Monday.",
           "Gossip site Starwatch.com reported on Tuesday that the singer was ill. Shares of Trakko.net fell.")
    assert _orgs(m) == ["Bookhaven.com Inc", "Starwatch.com", "Trakko.net"]


def test_the_first_word_of_a_dot_com_name_names_it_again():
    m = _m("Online retailer Sofora.com has gone into administration. Staff heard it from the news, not "
           "from Sofora itself, and a rival may buy Sofora's brand.")
    rows = m[m["actor_type"].eq("organization")]
    assert rows["text"].tolist() == ["Sofora.com", "Sofora", "Sofora"]
    assert set(rows["actor"]) == {"Sofora.com"}


def test_a_web_address_is_no_name():
    # a host inside an address, a path, an e-mail address and a country-code domain stay out
    m = _m("Visit http://www.Bookhaven.com for more, or news.Starwatch.com/today. "
           "Write to Help@Trakko.com. The Tarbury.co.uk pages were down.")
    assert not any("." in t for t in _orgs(m))


# ---- a broadcast station named by its call sign -------------------------------------------

def test_a_call_sign_with_its_band_is_a_station():
    m = _m("WKRV-FM's morning show said the singer was ill, and KTBX-TV reported it on Friday. "
           "Canada's CJXL-FM played the song.")
    assert _orgs(m) == ["WKRV-FM", "KTBX-TV", "CJXL-FM"]


def test_other_hyphenated_capitals_are_no_station():
    # an aircraft, a letter that is no call sign prefix, a band word in lower case
    m = _m("The B-52 flew over the base. The MPQ-TV deal fell through. The WRT-fm slogan was new.")
    assert _orgs(m) == []


# ---- major-league sports teams ----------------------------------------------------------------

def test_a_major_league_team_is_an_organisation_by_city_and_nickname():
    m = _m("The Milwaukee Brewers beat the Boston Red Sox 4-3 on Sunday. The Red Sox have now lost five "
           "games, and the Yankees lead the division.")
    rows = m[m["actor_type"].eq("organization")]
    assert rows["text"].tolist() == ["Milwaukee Brewers", "Boston Red Sox", "Red Sox", "Yankees"]
    assert rows["actor"].tolist()[-1] == "New York Yankees"


def test_a_nickname_that_is_a_word_or_another_body_is_no_team_alone():
    # "Tigers" of the Tamil Tigers, the Catholic "Cardinals", US "Senators", "Rangers" of Glasgow
    m = _m("The Tamil Tigers attacked a base. Cardinals met in Rome on Monday. Senators voted. Rangers won.")
    assert set(m[m["actor_type"].eq("organization")]["actor"]) <= {"Liberation Tigers of Tamil Eelam"}


# ---- broadcasters named by initials --------------------------------------------------------

def test_us_broadcasters_named_by_initials_are_organisations():
    m = _m("The host told NPR on Monday that the show would move from VH1 to HBO, and a poll on AOL's "
           "site agreed. VOA reported the story.")
    assert _orgs(m) == ["NPR", "VH1", "HBO", "AOL", "VOA"]


# ---- a building or venue named with Center/Centre ------------------------------------------

def test_a_venue_named_by_a_building_type_and_centre_is_no_organisation():
    m = _m("Voters lined up at the Dunmore Community Center on Tuesday. The show moved to the Halvey "
           "Convention Centre, and fans watched it on Windows Media Center.")
    assert _orgs(m) == []


def test_a_body_named_with_a_centre_stays_an_organisation():
    m = _m("Researchers at the Tarbury Research Center said so. The Halvey Cancer Centre and the "
           "Dunmore Legal Centre agreed, and the Okafor Center said it would help.")
    assert _orgs(m) == ["Tarbury Research Center", "Halvey Cancer Centre", "Dunmore Legal Centre", "Okafor Center"]


# ---- a television channel by number; a body's chairman; UK charities -------------------------

def test_channel_and_a_number_is_a_television_channel():
    m = _m("Kadoria's Channel One reported the vote, and Channel 12 showed the count.")
    assert _orgs(m) == ["Channel One", "Channel 12"]


def test_channel_without_a_number_is_no_station():
    m = _m("They swam the English Channel and visited the Channel Islands. Channel one is lower case.")
    assert _orgs(m) == []


def test_a_possessive_before_chairman_is_a_body():
    m = _m("Dunvale's chairman Peter Okafor resigned on Monday. Shares in Dunvale fell 5 percent.")
    assert _orgs(m) == ["Dunvale", "Dunvale"]


def test_uk_charities_named_by_initials():
    m = _m("The RSPCA's new campaign starts today; the NSPCC and the RNLI backed it.")
    assert _orgs(m) == ["RSPCA", "NSPCC", "RNLI"]
