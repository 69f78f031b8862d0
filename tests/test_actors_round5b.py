"""Corpus-run finding 23 (docs/corpus-runs-round5.md): a film title and the tail of a team's
name typed as persons. Every text here is invented."""
import pandas as pd

import analysis


def _persons(text):
    m = analysis.actor_mentions(pd.DataFrame({"doc_id": ["d"], "text": [text]}))
    return [(t, a) for t, a, ty in zip(m["text"], m["actor"], m["actor_type"]) if ty == "person"]


def test_a_name_after_a_place_qualifier_keeps_it_and_is_no_person():
    # "new" written in lower case elsewhere made "New" no name word, so the run began at the
    # next word ("Hampshire Hawks", "Carolina Tide" as persons)
    text = ("Dana Whitlock of the New Hampshire Hawks signed a new contract on Monday. "
            "Fans of North Carolina Tide cheered a new era.")
    assert _persons(text) == [("Dana Whitlock", "Dana Whitlock")]
    # counter-cases: a qualifier that ends a name before the person's
    assert _persons("Labour MP for Eastfield South Maria Odell added a new point.") == [
        ("Maria Odell", "Maria Odell")]
    assert _persons("A new song by the Lonely South's Peter Grange was released.") == [
        ("Peter Grange", "Peter Grange")]


def test_the_subject_of_a_reported_clause_is_no_inverted_speaker():
    # "say Ember Rising is ...": the reporting verb introduces a clause whose subject is a
    # title, not a speaker named after the verb ("said Ann Lowe")
    assert _persons("Fans say Ember Rising is the best film of the year.") == []
    assert _persons("Critics said Copper Harbour was too long.") == []
    # the cue still holds for an inverted speaker, and a known given name still makes a person
    assert _persons('"We are ready," said Okonkwo Adebayo, the coach.') == [
        ("Okonkwo Adebayo", "Okonkwo Adebayo")]
    assert _persons("Officials say Maria Odell was re-elected.") == [("Maria Odell", "Maria Odell")]
