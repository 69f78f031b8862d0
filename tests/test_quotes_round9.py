"""Round 9 of the quote speaker rules (issue 13), on invented texts only."""

from analysis.quotes.extract import _person_role
from conftest import quotes_of as _quotes, speaker_of as _speaker


def test_the_company_is_the_company_named_by_its_legal_form():
    # a company no data file knows, named by its legal form as the story's subject
    for name in ("Brantwell Foods Inc", "Harrow Lane Holdings", "Okafor Textiles Ltd",
                 "Gold Reefs of Zambia Ltd", "Tannhof Werke AG"):
        q = _quotes(f"{name} said on Monday it would close two plants.\n\n"
                    "The company said the plants had lost money for three years.\n\n"
                    "\"Demand was weak in all regions,\" the company said.")
        assert _speaker(q, "Demand was weak") == name, name


def test_the_company_prefers_the_subject_to_a_company_named_later_in_passing():
    # "Norton Co said it agreed to sell its unit to <Global Mining Corp>": the seller speaks
    q = _quotes("Marlow Tools Co said it has agreed to sell its African unit to <Kiboko Mining "
                "and Industrial Corp> for undisclosed terms.\n\n"
                "The company said the unit was sold because \"the situation required too much "
                "management time.\"")
    assert _speaker(q, "the situation required") == "Marlow Tools Co"


def test_a_company_with_a_place_after_its_form_keeps_the_place():
    q = _quotes("Public Light Co of New Carrick said it is studying a new structure.\n\n"
                "\"It may well suit the utility business,\" the company said.")
    assert _speaker(q, "It may well suit") == "Public Light Co of New Carrick"


def test_the_company_does_not_cross_a_sentence_end():
    # "... talks with Piedmont. The company said": "Piedmont. The company" is no name
    q = _quotes("Skyway Group Inc said it is talking to Piedmont. The company said the bid was "
                "\"highly conditional.\"")
    assert _speaker(q, "highly conditional") == "Skyway Group Inc"


def test_the_company_without_any_company_named_stays_unnamed():
    # guard: nothing ending in a legal form, no known company: the phrase is kept
    q = _quotes("Shares rose sharply in early trading on Monday.\n\n"
                "\"Demand was weak in all regions,\" the company said.")
    assert _speaker(q, "Demand was weak") == "the company"


def test_a_person_or_a_body_is_not_taken_for_the_company():
    # guard: "the company" never goes to a person, and "the council" keeps its own rule
    q = _quotes("Chief executive Mary Olsen of Brantwell Foods Inc was pleased on Monday.\n\n"
                "\"Demand was strong,\" the company said.\n\n"
                "Anglesey Council voted to close the road.\n\n"
                "\"It is unsafe,\" the council said.")
    assert _speaker(q, "Demand was strong") == "Brantwell Foods Inc"
    assert _speaker(q, "It is unsafe") == "Anglesey Council"


def test_a_word_heading_a_body_is_no_agent_noun():
    # "government", "department", "parliament" end like agent nouns ("-ent") but name bodies:
    # "the government said" must never be read as a person's role
    for w in ("government", "department", "parliament"):
        assert not _person_role(w), w
    # guard: real agent nouns and role nouns still are
    for w in ("campaigner", "resident", "sub-postmaster", "minister", "president"):
        assert _person_role(w), w


def test_an_organisation_name_glued_to_a_person_gives_the_person():
    # "The City Gallery Anne Stewart said" (the possessive or a role word lost): the person
    q = _quotes("The City Gallery Anne Stewart said: \"We are delighted.\"",
                "The Leeds Museum Jonathan Price said: \"We are delighted.\"",
                "Harbour Council Grace Odhiambo said: \"We are delighted.\"")
    assert list(q["speaker"]) == ["Anne Stewart", "Jonathan Price", "Grace Odhiambo"]


def test_an_organisation_name_without_a_person_stays_the_organisation():
    # guard: no known given name after the head, or a title in between
    q = _quotes("The Bank of England said: \"Rates will stay.\"",
                "Leeds City Council Leader James Lewis said: \"We are delighted.\"",
                "The Housing Trust Riverside Homes said: \"We are delighted.\"")
    assert _speaker(q, "Rates will stay") == "Bank of England"
    assert list(q["speaker"])[1] == "James Lewis"
    assert list(q["speaker"])[2] != "Riverside Homes"


def test_a_lower_case_company_noun_is_no_company_name():
    # guard: "the US company said" names no company "US company"; a "-based" modifier is dropped
    q = _quotes("Network shares fell on Thursday.\n\n"
                "Jobs will go, the US company said, adding that staff would be \"treated with respect\".",
                "Simpson's landlord, Bermuda-based Tavor Holdings, said it had made allowances.\n\n"
                "In a statement, the firm said: \"The issue is with the tenant.\"")
    assert _speaker(q, "treated with respect") != "US company"
    assert _speaker(q, "The issue is") == "Tavor Holdings"


def test_the_government_said_goes_to_no_person():
    # "the government" after a titled minister: never that minister
    q = _quotes("Transport Minister Alan Crosbie said the plan was fair.\n\n"
                "The government said it would \"not impose new burdens at ports\".\n\n"
                "It said the delay was \"the right decision for business\".")
    assert _speaker(q, "not impose") != "Alan Crosbie"
    assert _speaker(q, "the right decision") != "Alan Crosbie"
