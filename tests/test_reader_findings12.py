"""Round-12 reader findings (ABC headlines 2003 and L3S-GN1 pages read as a researcher would), invented data."""
import pandas as pd

from analysis.actors.mentions import actor_mentions


def _mentions(docs):
    corpus = pd.DataFrame({"doc_id": list(docs), "text": list(docs.values())})
    return actor_mentions(corpus)


def test_a_compass_word_and_one_head_noun_name_a_place_not_an_organisation():
    # "the West Bank" was the 20th actor of the L3S report, typed an organisation (the head
    # noun "Bank"); the bank of a river named by its side is a place, like "the Gaza Strip"
    m = _mentions({
        "a": "Israel will keep its roadblocks across the West Bank, the defence minister said. "
             "Another 3.9 million Palestinians live in the West Bank and the Gaza Strip.",
        "b": "Crowds gathered on the South Bank as the fireworks began over the river.",
        "c": "The World Bank said growth slowed. The Central Bank of Kenya held its rate. "
             "Staff of the West Midlands Police and the North Yorkshire County Council met.",
    })
    actors = set(m["actor"])
    assert "West Bank" not in actors and "South Bank" not in actors
    # guards: banks and bodies with a name before the head are still organisations
    orgs = set(m.loc[m["actor_type"] == "organization", "actor"])
    assert {"World Bank", "West Midlands Police", "North Yorkshire County Council"} <= orgs
    assert any(o.startswith("Central Bank") for o in orgs)


def test_a_name_after_saint_is_a_place_or_team_not_a_person():
    # "the St. Louis Blues" made a person "Louis Blues" (a known given name, "St" skipped), and
    # the lone "Louis" of "St. Louis coach" and "Blues" of other teams were linked to him
    m = _mentions({
        "a": "Jack Dorn scored twice to lead the St. Louis Blues to a 6-1 win on Tuesday. "
             "\"He played well,\" St. Louis coach Andy Murray said.",
        "b": "Fans of St Kilda Saints were unhappy. Blues midfielder Joe Cole said the cup mattered.",
        "c": "The St. Louis Rams beat the visitors. Saint Vincent Parish raised funds.",
    })
    people = set(m.loc[m["actor_type"] == "person", "actor"])
    assert not any("Louis" in p or "Kilda" in p or "Vincent" in p for p in people), people
    # guards: the people in the same sentences are still found
    assert {"Jack Dorn", "Andy Murray", "Joe Cole"} <= people


def test_the_default_halves_say_how_long_each_lasts_and_warn_when_one_is_much_shorter():
    # L3S: "2007-11-19 to 2008-01-09 (68 documents) with 2008-01-10 to 2008-01-22 (61
    # documents)": equal counts over 52 and 13 days, which the date ranges alone do not show
    from analysis.report.narrative import comparison

    spread = pd.date_range("2007-11-19", periods=10, freq="5D")          # 46 days
    burst = pd.date_range("2008-01-10", periods=10, freq="D")            # 10 days
    c = pd.DataFrame({"doc_id": [f"d{i}" for i in range(20)], "published": spread.append(burst)})
    note = comparison(c).note
    assert "they span 46 days and 10 days" in note
    assert "the later half covers a much shorter stretch" in note
    # guard: halves of about equal length get the lengths but no caution
    even = pd.DataFrame({"doc_id": [f"e{i}" for i in range(20)],
                         "published": pd.date_range("2020-01-01", periods=20, freq="3D")})
    note = comparison(even).note
    assert "they span 28 days and 28 days" in note and "shorter stretch" not in note
    # guard: groups the researcher set keep their note as it was
    assert "span" not in comparison(even, ["2020", "2019"]).note


def test_the_words_of_the_west_bank_are_not_linked_to_a_person_named_west_elsewhere():
    m = _mentions({
        "a": "Delonte West had a thunderous dunk. West then drove baseline.",
        "b": "Settlers in the West Bank protested on Friday.",
    })
    assert not (m["doc_id"] == "b").any(), m[m["doc_id"] == "b"]


_XINHUA_LIKE = ("                    \n"
                "\xa0\xa0\xa0\xa0BEIJING, Dec. 3 (Xinhua) -- Kenyan Foreign Minister \n"
                "Amina Odhiambo has ordered the closure of two border posts in the north \n"
                "of the country as heavy floods are expected to reach the area by the end \n"
                "of the week. \n"
                "\xa0\xa0\xa0\xa0The national disaster office said on Monday that more \n"
                "than 20,000 people had already left their homes in the region, and that \n"
                "roads to the capital were closed. \n"
                "\xa0\xa0\xa0\xa0\"We are ready for the worst,\" an official of the office \n"
                "said, adding that schools in the area would stay shut until Friday. \n")


def test_a_first_line_that_opens_with_a_wire_dateline_is_the_lede_not_a_headline():
    # L3S (a Xinhua page): "MANILA, Nov. 24 (Xinhua) -- Philippine President" was taken as the
    # headline and the next line ("Gloria Macapagal Arroyo has ordered ...") as a deck under it:
    # the story began mid-sentence and its subject was lost
    from analysis.clean.cleaning import classify_document

    d = classify_document(_XINHUA_LIKE)
    assert d.text.lstrip().startswith("BEIJING, Dec. 3 (Xinhua) -- Kenyan Foreign Minister"), d.text[:120]
    assert "Amina Odhiambo has ordered" in d.text
    assert d.outlet == "Xinhua"
    # the wire in the dated dateline is the story's source, not a mention of an organisation
    from analysis.clean.cleaning import dateline_credits
    assert [d.text[a:b] for a, b in dateline_credits(d.text)] == ["Xinhua"]
    # guard: a real headline above a dateline lede is still the headline
    d = classify_document("Floods close border posts\n\n" + _XINHUA_LIKE)
    assert d.title == "Floods close border posts" and d.text.lstrip().startswith("BEIJING, Dec. 3")


def test_a_tag_list_one_tag_a_line_after_a_tags_label_is_not_story_text():
    # L3S (an Indian news portal): "Tags:" then one tag a line (monkey, punjabi, abuse ...), and
    # later "Tags" then 200 index words (world, workers, wins, war, violence, terror ...) were
    # kept as story text: the report scored them as one sentence and read them into topics
    from analysis.clean.cleaning import classify_document

    story = ("The visiting captain said on Sunday that his team would not lodge a complaint after the "
             "second test, despite the row over the umpiring decisions.\n"
             "He said the players had moved on and were looking forward to the next match in Perth, "
             "where the pitch is expected to suit the fast bowlers.\n"
             "The board will meet on Tuesday to review the series schedule.\n")
    tags = "Tags:\nmonkey\npunjabi\nabuse\ncaptain\n0 Comments\nShare\n"
    cloud = "Tags\n" + "\n".join(["world", "workers", "work", "women", "wins", "win", "welcome", "war",
                                  "visit", "violence", "victory", "us", "un", "twenty20", "troops",
                                  "trade", "terror", "n-deal"]) + "\n"
    d = classify_document(story + tags + cloud)
    assert "punjabi" not in d.text and "violence" not in d.text and "n-deal" not in d.text, d.text[-200:]
    assert d.text.rstrip().endswith("review the series schedule.")
    why = {r for l, r in zip(d.labels, d.reasons) if l == "boilerplate"}
    assert "tag list" in why
    # guards: short lines of a story that follow no tag label stay, and so does a paragraph
    # under a "Topics" heading
    listing = story + "The squad:\nRahul Dravid\nAnil Kumble\nSachin Tendulkar\n"
    assert "Anil Kumble" in classify_document(listing).text
    under = story + "Topics\nThe board also discussed the fixtures for next season and the cost of travel.\n"
    assert "cost of travel" in classify_document(under).text


def test_a_two_word_name_ending_in_an_event_noun_is_an_event_not_a_person():
    # L3S, after the tag list went: "the drama-filled Sydney Test" made a person "Sydney Test"
    # (a given name "Sydney"), and lone "Test" ("the next Test in Perth") in two other stories
    # and lone "Sydney" were linked to that person
    m = _mentions({
        "a": "The umpire, Ray Dent, was criticised after the drama-filled Sydney Test. "
             "The Davis Cup final starts on Friday, and the Stanley Cup holders lost again.",
        "b": "He was axed for the next Test in Perth. The first Test was drawn.",
        "c": "Paris Hilton arrived late for the final of the Dubai Open.",
    })
    people = set(m.loc[m["actor_type"] == "person", "actor"])
    assert not any(p.endswith((" Test", " Cup")) for p in people), people
    assert not (m["doc_id"] == "b").any()
    # guards: people whose surname is no event noun, or who are named with more than two words
    assert {"Ray Dent", "Paris Hilton"} <= people
