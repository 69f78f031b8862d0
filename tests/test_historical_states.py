"""Former states as actors (historical_states.csv): news archives before 1992 name them.

On 1,500 Reuters-21578 stories of 1987, "Soviet Union" was typed an organisation with no
country, "USSR" and "Soviets" were not found, and "West Germany" (42 times) was no actor.
Invented texts.
"""
from __future__ import annotations

import pandas as pd

from analysis import lexicons
from analysis.actors import actor_mentions


def _mentions(text):
    return actor_mentions(pd.DataFrame({"doc_id": ["d1"], "text": [text]}))


def test_the_former_states_are_a_data_file_with_their_years():
    states = {e["name"]: e for e in lexicons.historical_states()}
    assert {"Soviet Union", "East Germany", "Yugoslavia", "Czechoslovakia"} <= set(states)
    assert states["Soviet Union"]["to"] == "1991" and "USSR" in states["Soviet Union"]["aliases"]


def test_the_soviet_union_is_a_state_by_name_acronym_and_demonym():
    m = _mentions("The Soviet Union bought more wheat. USSR officials and the Soviets agreed, "
                  "and Soviet buyers took delivery.")
    soviet = m[m["actor"] == "Soviet Union"]
    assert len(soviet) == 4
    assert set(soviet["actor_type"]) == {"state"} and set(soviet["country"]) == {"Soviet Union"}


def test_west_germany_is_germany_and_east_germany_is_not():
    m = _mentions("West Germany and East Germany traded more. West German banks lent to "
                  "East German firms, and Germany's neighbours watched.")
    by_text = dict(zip(m["text"], m["actor"]))
    assert by_text["West Germany"] == "Germany" and by_text["West German"] == "Germany"
    assert by_text["East Germany"] == "East Germany" and by_text["East German"] == "East Germany"


def test_a_researchers_own_dictionary_still_names_the_state():
    import yaml
    from pathlib import Path
    import tempfile
    with tempfile.TemporaryDirectory() as d:
        p = Path(d) / "mine.yml"
        p.write_text(yaml.safe_dump({"actors": [{"name": "USSR", "type": "state", "country": "USSR",
                                                 "aliases": ["Soviet Union"]}]}), encoding="utf-8")
        m = actor_mentions(pd.DataFrame({"doc_id": ["d1"], "text": ["The Soviet Union and the Soviets agreed."]}),
                           dictionary=p)
    assert set(m["actor"]) == {"USSR"}
