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


# --- "the group said" for an organisation introduced as "X, a ... group" ---------------------

def test_the_group_is_the_body_described_as_a_group():
    q = _quotes("The complaint came from the Coalition for Open Software Markets, a Brussels-based "
                "trade group of which Nordic Browser is a member. The Commission said it would look "
                "at the case.\n\n"
                "\"We welcome the decision,\" the group said in a statement.")
    assert _speaker(q, "We welcome the decision") == "Coalition for Open Software Markets"


def test_the_company_is_the_body_described_as_a_company():
    q = _quotes("Harlow Fuels, a small family company, was sold on Monday. The regulator said it "
                "would review the sale.\n\n"
                "\"We are proud of the deal,\" the company said.")
    assert _speaker(q, "We are proud") == "Harlow Fuels"


def test_a_member_of_the_group_is_not_the_group():
    # guard: "Jo Smith, a member of the group," does not make Jo Smith "the group"
    q = _quotes("Jo Smith, a member of the group, saw the fire.\n\n"
                "\"We welcome the decision,\" the group said.")
    assert _speaker(q, "We welcome the decision") == "the group"


def test_a_group_chairman_is_not_the_group():
    # guard: in "a former group chairman" the head is "chairman"
    q = _quotes("Peter Lund, a former group chairman, left in May. The Hanson Group said it would sell.\n\n"
                "\"We welcome the decision,\" the group said.")
    assert _speaker(q, "We welcome the decision") == "Hanson Group"


def test_a_group_described_by_its_acronym_keeps_the_spelled_out_name():
    q = _quotes("The Shadow Open Market Committee (SOMC) met on Monday.\n\n"
                "The SOMC, a group of private economists, said the Fed erred. The Fed said it disagreed.\n\n"
                "\"Inflation will rise,\" the group said.")
    assert _speaker(q, "Inflation will rise") == "Shadow Open Market Committee"


# --- a reporting verb in the infinitive after a catenative verb ("went on to say") -----------

def test_went_on_to_say_reports_the_subject():
    q = _quotes("The club met on Monday. Coach Ann Lowry went on to say: \"We need a win.\"")
    assert _speaker(q, "We need a win") == "Ann Lowry"


def test_preferred_to_describe_reports_the_subject():
    q = _quotes("Jo Park is the favourite for the job, although club chairman Len Ruddock preferred "
                "to describe him as a \"contender\".")
    assert _speaker(q, "contender") == "Len Ruddock"


def test_was_quick_to_say_reports_the_subject():
    q = _quotes("The minister, Ruth Adeyemi, was quick to say the plan was \"only a first step\".")
    assert _speaker(q, "only a first step") == "Ruth Adeyemi"


def test_declined_to_describe_is_no_report():
    # guard: a negative catenative reports no words
    q = _quotes("The club met on Monday. Coach Ann Lowry declined to describe the loss as \"a blip\".")
    assert q[q["quote"].str.startswith("a blip")]["speaker"].isna().all()


def test_to_describe_after_a_noun_is_no_report():
    # guard (passed before): "an odd word to describe" has no speaker
    q = _quotes("Gorgeous is an odd word to describe the crashes in \"Burnout Paradise\", the new game.")
    assert q[q["quote"].str.startswith("Burnout")]["speaker"].isna().all()


# --- a closing mark glued to the attribution (web copy that lost the space) ------------------

def test_a_cue_glued_to_the_closing_mark_reports_the_quote():
    q = _quotes("The Rockets won again.\n\n"
                "\"We wanted to go to him every time,\"said Rockets head coach Rick Adelman. \"We really did.\"")
    assert _speaker(q, "We wanted to go") == "Rick Adelman"


def test_a_name_glued_to_the_closing_mark_speaks():
    q = _quotes("Fans gathered outside.\n\n\"May he rest in peace,\"added gamer Jake Lucky.")
    assert _speaker(q, "May he rest") == "Jake Lucky"


def test_a_word_glued_to_a_scare_quote_is_no_speaker():
    # guard (passed before): a scare quote glued to the next word keeps its reading
    q = _quotes("The game was \"great\"fun, the fans agreed. Nobody spoke.")
    assert q[q["quote"].str.startswith("great")]["speaker"].isna().all()


# --- an age noun before a role ("the 19-year-old rookie defenseman said") -------------------

def test_an_age_before_a_role_is_the_person_of_that_age():
    q = _quotes("Erik Johnson, 19, collected three assists. Coach Al Berg, 61, was pleased.\n\n"
                "\"It was frustrating,\" the 19-year-old rookie defenseman said.")
    assert _speaker(q, "It was frustrating") == "Erik Johnson"


def test_an_age_before_a_role_finds_the_other_person_of_that_age():
    # guard (passed before): "the 61-year-old coach" is still Al Berg, not the 19-year-old
    q = _quotes("Erik Johnson, 19, collected three assists. Coach Al Berg, 61, was pleased.\n\n"
                "\"It was frustrating,\" the 61-year-old coach said.")
    assert _speaker(q, "It was frustrating") == "Al Berg"


def test_an_age_before_a_thing_is_no_person():
    # guard: "the 100-year-old bridge" names nobody
    q = _quotes("Erik Johnson, 19, collected three assists.\n\n"
                "\"It was frustrating,\" the 100-year-old club building said.")
    assert q[q["quote"].str.startswith("It was frustrating")]["speaker_actor"].isna().all()
