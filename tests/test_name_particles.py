"""Names with lower-case particles ("Erik ten Hag", "Ursula von der Leyen", "Tomas de Hora").

One word list, ``analysis/lexicons/name_particles.txt``, is read by actor mentions and by quote
speakers (until round 11 each module kept its own set in code, and neither knew "ten"). A
speaker written with its particles ("Ten Hag said", "von der Leyen said") is the full name
written before it; a capitalised place before a given name is not part of the name. Invented
texts.
"""
from __future__ import annotations

import pandas as pd

from analysis import lexicons
from analysis.actors import actor_mentions
from analysis.quotes import extract_quotes


def _speakers(text):
    q = extract_quotes(pd.DataFrame({"doc_id": ["d1"], "text": [text]}))
    return dict(zip(q["quote"], q["speaker"]))


def test_the_particles_are_one_data_file():
    words = set(lexicons.word_list("name_particles.txt"))
    assert {"van", "von", "der", "de", "ten", "bin"} <= words
    assert "of" not in words


def test_a_dutch_particle_joins_the_name():
    m = actor_mentions(pd.DataFrame({"doc_id": ["d1"], "text": [
        "Manchester United manager Erik ten Hag praised the squad on Sunday. Ten Hag was pleased."]}))
    assert "Erik ten Hag" in set(m["actor"])
    assert "Erik" not in set(m["actor"])


def test_a_surname_written_with_its_particle_is_the_full_name():
    s = _speakers("Manchester United manager Erik ten Hag praised the squad on Sunday.\n\n"
                  "\"We played well,\" Ten Hag said.")
    assert s["We played well"] == "Erik ten Hag"


def test_a_subject_opening_with_particles_is_the_full_name():
    s = _speakers("Ursula von der Leyen visited Kyiv on Friday.\n\n"
                  "\"This is a good day for Europe,\" von der Leyen said.")
    assert s["This is a good day for Europe"] == "Ursula von der Leyen"


def test_a_capitalised_particle_surname_after_the_full_name():
    s = _speakers("Dutch striker Robin van Persie scored twice on Saturday. "
                  "\"I am happy with the goals,\" Van Persie told reporters.")
    assert s["I am happy with the goals"] == "Robin van Persie"


def test_a_place_before_a_name_with_a_particle_is_dropped():
    s = _speakers("Senior analyst in Madrid Pablo de la Fuente has watched the markets closely.\n\n"
                  "\"The euro has further to fall,\" he said.")
    assert s["The euro has further to fall"] == "Pablo de la Fuente"


def test_guard_a_lower_case_number_word_is_no_particle_before_a_non_name():
    m = actor_mentions(pd.DataFrame({"doc_id": ["d1"], "text": [
        "Liverpool won ten League titles under Bob Paisley and his successors."]}))
    assert not any("ten" in a.split() for a in m["actor"])
