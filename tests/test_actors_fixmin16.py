"""Round 16 (fixmin16): a ministry or department named by its portfolio alone is the body of
its state ("Foreign Ministry (Yemen)"), not one actor for every state. Texts written for these
tests."""
import pandas as pd

from analysis.actors import actor_mentions


def _m(*texts):
    c = pd.DataFrame({"doc_id": [f"d{i}" for i in range(len(texts))], "text": list(texts)})
    return actor_mentions(c)


def _bodies(m):
    o = m[m["actor_type"].eq("organization")]
    return [(d, a, None if pd.isna(c) else c) for d, a, c in zip(o["doc_id"], o["actor"], o["country"])]


def test_a_portfolio_body_takes_the_state_written_before_it():
    m = _m("Yemen's Foreign Ministry said on Monday it had summoned the envoy.",
           "The Russian Interior Ministry said twelve people were held overnight.",
           "Foreign Ministry officials in Tokyo declined to comment, Japan's envoy said. Japan "
           "will reply on Friday.")
    assert _bodies(m) == [("d0", "Foreign Ministry (Yemen)", "Yemen"),
                          ("d1", "Interior Ministry (Russia)", "Russia"),
                          ("d2", "Foreign Ministry (Japan)", "Japan")]


def test_a_later_bare_mention_is_the_same_states_body():
    m = _m("Peru's Finance Ministry cut its forecast. Chile and Chile's bankers disagreed, but "
           "the Finance Ministry kept its figure.")
    assert [a for _, a, _ in _bodies(m)] == ["Finance Ministry (Peru)", "Finance Ministry (Peru)"]


def test_no_state_or_a_tie_leaves_the_body_unqualified():
    # guards: no state in the story; two states named equally often, the one before a comma
    # is no owner
    m = _m("The Health Ministry said nine hospitals had closed.",
           "Envoys of Iran and Russia met in Geneva, Foreign Ministry officials said.",
           "In Russia, the Defence Ministry said more than Iran did.")
    assert _bodies(m) == [("d0", "Health Ministry", None), ("d1", "Foreign Ministry", None),
                          ("d2", "Defence Ministry", None)]


def test_the_one_state_of_a_story_qualifies_a_body_but_the_most_named_of_several_does_not():
    # lead, round 16: the most named of several states was wrong 7 times in 35 on unlabelled news
    # ("Foreign Ministry spokesman Wang Wenbin" given the UK in a UK-China story)
    m = _m("SANAA (Reuters) - Yemen will hold talks. The Foreign Ministry said the talks would start soon.",
           "Britain and Britain's allies met China. Britain said so. The Foreign Ministry said it disagreed.")
    assert _bodies(m) == [("d0", "Foreign Ministry (Yemen)", "Yemen"), ("d1", "Foreign Ministry", None)]


def test_a_listed_ministry_keeps_its_name_and_country():
    # guard: a dictionary ministry is not renamed
    m = _m("The Ministry of Defence said Yemen's envoy had been told.")
    assert ("d0", "Ministry of Defence", "United Kingdom") in _bodies(m)


def test_a_capital_after_in_names_the_bodys_state():
    # the story's most named state is another one
    m = _m("China and China's envoys said he may leave for a third country, according to "
           "Foreign Ministry officials in Tokyo.")
    assert ("d0", "Foreign Ministry (Japan)", "Japan") in _bodies(m)


def _org_texts(m):
    return m[m["actor_type"].eq("organization")]["text"].tolist()


def test_a_portfolio_list_with_commas_and_and_is_one_name():
    m = _m("The Ministry of Land, Infrastructure and Transport said prices rose.",
           "The Department for Digital, Culture, Media and Sport said the fee would stay.")
    assert _org_texts(m) == ["Ministry of Land, Infrastructure and Transport",
                             "Department for Digital, Culture, Media and Sport"]


def test_states_cities_or_people_after_the_comma_are_no_part_of_the_name():
    # guards: a list of states, of cities or of people after the body's name
    m = _m("The Ministry of Finance, Germany and France agreed on Monday.",
           "Officials of the Ministry of Health, Paris and Lyon met.",
           "The Department of Energy, Ann and Tom met on Monday.")
    assert [t for t in _org_texts(m)] == ["Ministry of Finance", "Ministry of Health", "Department of Energy"]


def test_a_list_of_bodies_after_a_college_is_no_portfolio_list():
    # guard: only a ministry's or department's portfolios are listed this way
    m = _m("Members of the Royal College of Nursing, GMB and Unison will strike.")
    assert "Royal College of Nursing, GMB and Unison" not in _org_texts(m)
