"""Corpus-run finding (AG News, docs/corpus-runs-round5.md): "I've" reported as a speaker.
Every text here is invented."""
import pandas as pd

import analysis


def _q(text):
    return analysis.extract_quotes(pd.DataFrame({"doc_id": ["d"], "text": [text]}))


def test_a_pronoun_with_a_contracted_auxiliary_is_the_pronoun_never_a_name():
    q = _q('The blogger wrote on Monday. I\'ve asked for "a phone with everything" for years.')
    assert q["speaker"].tolist() == ["i"]
    assert q["speaker_text"].tolist() == ["I"]
    q = _q('"The vote is close," we\u2019d say.')
    assert q["speaker"].tolist() == ["we"]
    # "she's said" resolves like "she said"
    q = _q('Ann Lowe spoke first. "It is done," she\'s said.')
    assert q["speaker"].tolist() == ["Ann Lowe"]


def test_a_contracted_pronoun_that_names_no_source_is_no_speaker():
    q = _q('"It is done," you\'d say.')
    assert q["speaker"].isna().all()
    assert not q["speaker_text"].fillna("").str.contains("'").any()
