"""Speaker attribution on invented news texts (issue 13, round 5): classes of error found on
batch 3a of the fresh MasakhaNEWS speaker labels (benchmarks/bench_fresh_speakers.py), each
written here as new sentences."""
import pandas as pd

import analysis


def _q(text):
    return analysis.extract_quotes(pd.DataFrame({"doc_id": ["d"], "text": [text]}))


def _speaker(q, start):
    row = q[q["quote"].str.startswith(start)]
    assert len(row) == 1, (start, q[["quote", "speaker"]].to_dict("records"))
    s = row["speaker"].iloc[0]
    return None if pd.isna(s) else s


def test_a_speech_act_in_the_paragraph_before_names_the_next_he():
    # an earlier speaker (Hollis) does not keep "he" when the paragraph just before has
    # another man as the subject of a speech act, after an introductory phrase
    q = _q('Judge Ben Hollis wrote that the ruling was "settled law".\n'
           'Nadia Brook says the change is "long overdue".\n'
           'At a reception at the town hall on Friday, Mr Peter Dorn thanked the volunteers.\n'
           '"We could not have done it without you," he said.')
    assert _speaker(q, "We could not") == "Peter Dorn"


def test_a_non_speech_paragraph_keeps_the_last_speaker():
    # the counter-case: the man in the paragraph before only acts ("missed training")
    q = _q('Coach Ivo Marsh told reporters the squad was tired.\n'
           'On Thursday, Winger Tom Reyes missed training.\n'
           '"We play too often," he said.')
    assert _speaker(q, "We play too") == "Ivo Marsh"
