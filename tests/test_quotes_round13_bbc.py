"""Round 13 of the quote speaker rules on BBC news (issue 13, bbcspk): classes found on the
MasakhaNEWS fresh-speaker batch 12a, tested on invented texts only (paragraphs separated by a
single newline, as in BBC copy)."""

from conftest import quotes_of as _quotes, speaker_of as _speaker


# --- a role tied to an institution, then the name ("GP lead at X, Dr Y, said") --------------

def test_role_at_institution_then_name_in_commas():
    q = _quotes("A rural surgery will merge with another practice.\n"
                "Head of policy at the Green Trust, Jane Holloway, said: \"We are pleased.\"")
    assert _speaker(q, "We are pleased") == "Jane Holloway"


def test_role_at_institution_then_name_after_an_honorific():
    q = _quotes("The trial ended on Monday.\n"
                "Consultant surgeon at the University of Leeds Mr Andrew Biggins said: "
                "\"Although early, it is encouraging.\"")
    assert _speaker(q, "Although early") == "Andrew Biggins"


def test_name_from_institution_with_a_stray_comma():
    q = _quotes("The trial ended on Monday.\n"
                "Dr Sam Fielding from Heart Research UK, said: \"There is unlikely to be a single cure.\"")
    assert _speaker(q, "There is unlikely") == "Sam Fielding"


def test_name_from_the_institution():
    q = _quotes("The trial ended on Monday.\n"
                "Prof Alan Brickley from The Institute of Clinical Studies said: \"This is exciting.\"")
    assert _speaker(q, "This is exciting") == "Alan Brickley"


def test_he_added_after_a_role_first_name_in_narrative():
    q = _quotes("The surgery will merge with another practice.\n"
                "Hilltop Surgery say that patients can be reassured that a \"full range of care\" "
                "would still be provided.\n"
                "Both practices say Hilltop will be able to offer care.\n"
                "GP Lead at Hilltop Surgery, Dr Peter Agrawal, said the practice was under pressure.\n"
                "\"We firmly believe this is a great opportunity,\" he added.")
    assert _speaker(q, "We firmly believe") == "Peter Agrawal"


def test_spokesman_for_an_institution_stays_unnamed():
    # guard (passed before): no name follows the role
    q = _quotes("The rules changed.\n"
                "A spokesman for the Home Office said: \"We do not comment on individual cases.\"")
    assert _speaker(q, "We do not comment") == "a spokesman for the Home Office"


def test_role_at_institution_then_a_description_names_nobody():
    # guard: the words after the comma describe the institution, they name no person
    q = _quotes("The rules changed.\n"
                "Staff at the University of Leeds, the city's biggest employer, said: \"We will strike.\"")
    assert _speaker(q, "We will strike") is None


def test_name_from_a_described_institution():
    q = _quotes("The rules changed.\n"
                "Dr Owen Price from the local hospital said: \"It is a shame.\"")
    assert _speaker(q, "It is a shame") == "Owen Price"


def test_a_friend_of_a_named_person_is_not_that_person():
    # guard (passed before): the name is inside the role phrase's object, not the speaker
    q = _quotes("The rules changed.\n"
                "A friend of Dr Alan Brickley from Leeds said: \"He is fine.\"")
    assert _speaker(q, "He is fine") != "Alan Brickley"


# --- "writing" as a participle of report ("..., writing on Twitter: "..."") -----------------

def test_writing_on_twitter_reports_the_main_clause_subject():
    q = _quotes("The team confirmed the news.\n"
                "Roberts paid tribute to his former boss, writing on Twitter: \"We only had one year together.\"")
    assert _speaker(q, "We only had") == "Roberts"


def test_writing_after_a_comma_reports_the_named_person():
    q = _quotes("The singer cancelled the tour.\n"
                "Maria Lopez thanked her fans, writing: \"You are the best.\"")
    assert _speaker(q, "You are the best") == "Maria Lopez"


def test_writing_as_a_noun_is_no_report():
    # guard (passed before): "her writing" is a noun; the quote's own attribution decides
    q = _quotes("Jo Kent is known for her writing. \"It is good,\" said Ann Lee.")
    assert _speaker(q, "It is good") == "Ann Lee"


def test_writing_after_a_possessive_is_a_noun():
    # guard: "Townsend's writing "deserves ..."" quotes the critic who added it, not Townsend
    q = _quotes("The festival opened.\n"
                "Dr Emma Parker described the book as \"a warm-hearted novel\".\n"
                "However, she added Susan Townsend's writing \"deserves greater praise\".")
    assert _speaker(q, "deserves greater praise") == "Emma Parker"


def test_writing_as_a_gerund_is_no_report():
    # guard: "he started writing lyrics" reports nothing; the quote keeps no new speaker
    q = _quotes("The singer heard the track.\n"
                "Excited, he started writing lyrics at once. The first line came to him: \"I walk alone.\"")
    assert _speaker(q, "I walk alone") != "Excited"


# --- the hidden "external-link" label glued to a reporting verb (BBC pages as text) ---------

def test_told_with_a_glued_link_label_is_a_report():
    q = _quotes("The Ravens lost on Saturday.\n"
                "\"It was a long journey,\" Ojabo toldexternal-link the team's channel.")
    assert _speaker(q, "It was a long journey") == "Ojabo"


def test_tweeted_with_a_glued_link_label_is_a_report():
    q = _quotes("The player was injured.\n"
                "\"Rishabh is stable,\" board secretary Jay Shah tweetedexternal-link.")
    assert _speaker(q, "Rishabh is stable") == "Jay Shah"


def test_a_link_label_inside_a_quote_is_kept_as_written():
    # guard: the quotation's words are the text's, label and all
    q = _quotes("The row grew.\n"
                "\"Sign the petitionexternal-link today,\" said Ann Lee.")
    assert q["quote"].iloc[0] == "Sign the petitionexternal-link today"
    assert _speaker(q, "Sign the petition") == "Ann Lee"


def test_tweeting_after_a_comma_reports_the_subject():
    q = _quotes("The actor died on Monday.\n"
                "Soap actor Tony Mayfield, who worked with him, was among those paying tribute, "
                "tweeting: \"Working with him was a joy.\"")
    assert _speaker(q, "Working with him") == "Tony Mayfield"


def test_tweeting_without_a_comma_is_no_report():
    # guard: "stopped tweeting" is a gerund; the quote after it is the named speaker's
    q = _quotes("The row grew.\n"
                "Jo Kent stopped tweeting last year. \"I needed a break,\" said Ann Lee.")
    assert _speaker(q, "I needed a break") == "Ann Lee"


# --- a participle's subject after a fronted adverb or phrase ("Instead, he ..., saying:") ---

def test_participle_subject_after_instead():
    q = _quotes("Tom Reed was born with a rare condition.\n"
                "Instead, he draws on the upsides, saying: \"Like when I did the play, they wanted me.\"")
    assert _speaker(q, "Like when I did") == "Tom Reed"


def test_participle_subject_after_a_despite_phrase():
    q = _quotes("The club lost again.\n"
                "Despite the defeat, Ann Lee stayed calm, saying: \"We go again.\"")
    assert _speaker(q, "We go again") == "Ann Lee"


def test_participle_subject_after_a_fronted_phrase_with_another_person():
    # the person inside the fronted phrase is not the subject (before: nobody was named)
    q = _quotes("The club lost again.\n"
                "Despite Tom Reed's goal, Ann Lee was angry, saying: \"We were poor.\"")
    assert _speaker(q, "We were poor") == "Ann Lee"
