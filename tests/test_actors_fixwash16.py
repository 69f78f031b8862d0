"""Round 16 (fixwash16): a person's surname that is also a seat of government ("Washington")
resolves to the person named in full in the same document, unless the context marks the place."""
import pandas as pd

from analysis.actors.mentions import actor_mentions


def _rows(text):
    m = actor_mentions(pd.DataFrame({"doc_id": ["d"], "text": [text]}))
    return [(r.text, r.actor, r.start) for r in m.itertuples()]


def _actor_of(rows, text, start):
    return next(a for t, a, s in rows if s == start and t == text)


def test_ora_washington_is_a_person_and_her_surname_hers():
    text = ("Ora Washington was a champion of tennis and basketball in the 1930s. Washington won eight "
            "national titles. In 1937 Washington retired from tennis and basketball. She died in 1971.")
    rows = _rows(text)
    assert ("Ora Washington", "Ora Washington", 0) in rows
    assert not any(a == "United States" for _, a, _ in rows)
    assert sum(a == "Ora Washington" for _, a, _ in rows) == 3
    assert not any(t == "Ora" for t, _, _ in rows)


def test_denzel_washington_said():
    text = ("Denzel Washington stars in the new film. Washington said the role was the hardest of his "
            "career. The film opens in Los Angeles on Friday.")
    rows = _rows(text)
    assert _actor_of(rows, "Washington", text.index("Washington said")) == "Denzel Washington"
    assert not any(a == "United States" for _, a, _ in rows)


def test_george_washington_and_the_capital_in_one_story():
    text = ("George Washington was the first president of the United States. Washington led the army "
            "in the war. Tourists visit his statue in Washington, where Washington's policy makers work.")
    rows = _rows(text)
    assert ("George Washington", "George Washington", 0) in rows
    assert _actor_of(rows, "Washington", text.index("Washington led")) == "George Washington"
    # "Washington's policy": the seat of government (a country-sign noun after the possessive)
    assert _actor_of(rows, "Washington", text.index("Washington's policy")) == "United States"


def test_michael_jordan_with_jordan_the_country():
    text = ("Michael Jordan visited a camp in Jordan last week. Jordan said he was moved by the "
            "refugees. Jordan's King Abdullah met him in Amman.")
    rows = _rows(text)
    assert _actor_of(rows, "Jordan", text.index("Jordan said")) == "Michael Jordan"
    assert _actor_of(rows, "Jordan", text.index("Jordan's King")) == "Jordan"


def test_seat_that_speaks_as_it_stays_the_state():
    text = ("Denzel Washington attended the summit dinner. The US imposed new tariffs on Chinese goods. "
            "Washington said it would not back down, and Washington and Beijing will meet again.")
    rows = _rows(text)
    assert _actor_of(rows, "Washington", text.index("Washington said it")) == "United States"
    assert _actor_of(rows, "Washington", text.index("Washington and Beijing")) == "United States"


def test_guard_politics_story_without_a_person_washington():
    text = ("The US imposed new tariffs on Chinese goods. Washington said it would not back down. "
            "Officials in Washington and Beijing met on Monday. Washington also warned Tokyo.")
    rows = _rows(text)
    was = [a for t, a, _ in rows if t == "Washington"]
    assert was and all(a == "United States" for a in was)


def test_guard_washington_post_and_university_are_no_person():
    text = ("The Washington Post reported the deal. Students at George Washington University protested. "
            "Washington said the talks would go on.")
    rows = _rows(text)
    assert not any(a in ("George Washington", "Washington Post") and t == "Washington" for t, a, _ in rows)
    assert not any(a == "George Washington" for _, a, _ in rows)


def test_guard_auxiliary_opening_a_question_is_no_given_name():
    text = ("The US imposed new tariffs on Chinese goods on Monday. Will Washington back down? "
            "Analysts doubt it.")
    rows = _rows(text)
    assert not any(t == "Will Washington" for t, _, _ in rows)
