"""Actor names a researcher would not publish (corpus runs, finding 4): general causes, on
invented texts."""
import pandas as pd
import pytest

import analysis
from analysis import lexicons
from analysis.actors.mentions import NAME_STOPWORDS, actor_summary


def _actors(text):
    m = analysis.actor_mentions(pd.DataFrame({"doc_id": ["d"], "text": [text]}))
    return dict(zip(m["actor"], m["actor_type"])), m


def test_not_names_list_is_a_data_file_with_a_source_header():
    path = lexicons.HERE / "not_names.txt"
    head = path.read_text(encoding="utf-8").splitlines()[:12]
    assert any(line.startswith("# Source:") for line in head)
    words = lexicons.word_list("not_names.txt")
    assert {"christmas", "diwali", "wow", "hello"} <= set(words)
    assert {"christmas", "wow"} <= NAME_STOPWORDS


@pytest.mark.parametrize("text, bad", [
    ('"Oh I\'ve never seen anything like it," said the owner. Oh I\'ve heard that before.', "Oh I've"),
    ("Merry Christmas from all of us at the bakery, the owners wrote.", "Merry Christmas"),
    ("Wishing everyone a Happy Diwali, the council said on Friday.", "Happy Diwali"),
    ("We'll Never know, she said.", "We'll Never"),
])
def test_interjections_contractions_and_greetings_are_not_people(text, bad):
    actors, m = _actors(text)
    assert bad not in actors
    assert not m["text"].str.contains("I've|We'll|Christmas|Diwali").any()


def test_a_lower_case_word_does_not_continue_a_short_country_name():
    actors, m = _actors("I ran to the station when the alarm went off. Iran said it would talk.")
    assert m.loc[m["actor"] == "Iran", "text"].tolist() == ["Iran"]
    actors, m = _actors("The talks with the Islamic Republic of Iran resumed.")
    assert actors.get("Iran") == "state"


def test_a_spaced_dash_separates_names_and_a_hyphen_joins_them():
    actors, _ = _actors("Joanna Meta - Facebook said the figures were wrong.")
    assert "Joanna Meta - Facebook" not in actors and "Meta - Facebook" not in actors
    actors, _ = _actors("Anne-Marie Dupont said the figures were wrong, Dupont added.")
    assert actors.get("Anne-Marie Dupont") == "person"


def test_a_surname_that_is_also_an_interjection_still_works():
    actors, _ = _actors("The actress Sandra Oh said she was delighted.")
    assert actors.get("Sandra Oh") == "person"


def test_greetings_do_not_make_the_summary():
    text = ("Merry Christmas and a Happy New Year, wrote Tom Baker. Oh I've got it, he said. "
            "Tom Baker said the shop would open.")
    m = analysis.actor_mentions(pd.DataFrame({"doc_id": ["a", "b"], "text": [text, text]}))
    assert actor_summary(m)["actor"].tolist() == ["Tom Baker"]


def test_a_county_or_state_ends_no_person_name_unless_a_given_name_opens_it():
    actors, _ = _actors("Staff at the Royal Dunmore in Hoveton Norfolk said the ward was full.")
    assert not any("Norfolk" in a for a in actors)
    actors, _ = _actors("Tasha Kent said the ward was full, Kent added.")
    assert actors.get("Tasha Kent") == "person"
    path = lexicons.HERE / "regions.csv"
    assert "# Source:" in path.read_text(encoding="utf-8")[:2000]


def test_descriptive_compounds_join_no_name():
    actors, _ = _actors("London-based Zentrix said it would cut jobs.")
    assert "London-based Zentrix" not in actors
    actors, _ = _actors("Kim Jong-un said so.")
    assert "Kim Jong Un" in actors


def test_a_title_in_capitals_is_not_kept_in_capitals_and_page_furniture_is_no_person():
    actors, _ = _actors("PRINCESS Diana died in 1997. Princess Diana was 36.")
    assert "Princess Diana" in actors and "PRINCESS Diana" not in actors
    actors, _ = _actors("Posted by: Ann | January 14, 2008 06:24 PM Posted by: jim | January 14, 2008")
    assert "Posted" not in actors


def test_middle_initials_without_stops_and_a_relation_named_by_given_name():
    import pandas as pd
    from analysis import actor_mentions

    def persons(text):
        m = actor_mentions(pd.DataFrame({"doc_id": ["d"], "text": [text]}))
        return m.loc[m["actor_type"] == "person", ["actor", "text"]].values.tolist()
    assert persons("Welsh Tory leader Andrew RT Davies said no. Mr Davies left.") == [
        ["Andrew RT Davies", "Andrew RT Davies"], ["Andrew RT Davies", "Davies"]]
    assert persons("The BBC TV crew left.") == []
    assert persons("His daughter Sian welcomed the vote.") == [["Sian", "Sian"]]
    assert persons("Others stayed, including Zuri Okonta as trade secretary.") == [["Zuri Okonta", "Zuri Okonta"]]
    assert persons("Deals such as Green Deal as a policy failed.") == []
