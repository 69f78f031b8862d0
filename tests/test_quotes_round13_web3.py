"""Round 13 of the quote speaker rules on web news (issue 13, webspk3): classes found on L3S-GN1
batch 13a, tested on invented texts only."""

from conftest import quotes_of as _quotes, speaker_of as _speaker


# --- an appositive name whose relative clause lost its comma ("A lawmaker, Jo Reyes who ...,
# said") -------------------------------------------------------------------------------------

def test_an_appositive_name_before_a_relative_clause_speaks():
    q = _quotes("A farm leader, Tom Okafor who backed the bill, said the law would help.\n\n"
                "\"This will change the valley,\" he said.")
    assert _speaker(q, "This will change") == "Tom Okafor"


def test_an_appositive_name_before_a_relative_clause_speaks_with_a_colon():
    q = _quotes("The ambassador, Keiko Tanaka who was in Paris on Monday, said: \"This is good news.\"")
    assert _speaker(q, "This is good news") == "Keiko Tanaka"


def test_a_relative_clause_on_a_role_keeps_the_role():
    # guard (passed before): "The farmer, who lost his barn, said" names nobody
    q = _quotes("The farmer, who lost his barn in the fire, said: \"We will rebuild.\"")
    assert _speaker(q, "We will rebuild") == "the farmer"


def test_a_described_person_before_a_relative_clause_keeps_the_subject():
    # guard (passed before): the appositive "a teacher who lost her job" names no one else
    q = _quotes("Maria Lopez, a teacher who lost her job, said: \"We will rebuild.\"")
    assert _speaker(q, "We will rebuild") == "Maria Lopez"


