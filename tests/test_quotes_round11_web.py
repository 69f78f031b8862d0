"""Round 11 of the quote speaker rules for US/world web news and wire copy (issue 13); invented
texts only."""

from conftest import quotes_of as _quotes, speaker_of as _speaker


# (a) words glued before a speaker's given name

def test_a_possessor_after_said_is_not_part_of_the_name():
    q = _quotes("The premiers met in Ottawa.\n\n"
                "\"It was a good start,\" said Alberta's Keith Marlow.")
    assert _speaker(q, "It was a good start") == "Keith Marlow"


def test_an_organisation_possessor_after_said_is_dropped():
    q = _quotes("Breaches rose again.\n\n"
                "\"It is the nature of business,\" said Fernwick's Brian Holloway.")
    assert _speaker(q, "It is the nature") == "Brian Holloway"


def test_a_role_acronym_before_the_name_is_dropped():
    q = _quotes("Former MPA Faiza Qureshi addressed the meeting.\n\n"
                "Qureshi said the party had a clear stance. \"We will repeal the laws,\" she said.")
    assert _speaker(q, "We will repeal") == "Faiza Qureshi"


def test_a_word_the_text_writes_in_lower_case_is_dropped():
    # "Backup" opens the sentence; the text writes "backup" in lower case elsewhere
    q = _quotes("Backup Charlie Tanner practiced with the first team.\n\n"
                "As the backup, Tanner said he prepares every week.\n\n"
                "\"I prepare the same way,\" Tanner said.")
    assert _speaker(q, "I prepare the same") == "Charlie Tanner"


def test_guard_a_given_name_in_second_place_of_a_full_name_is_kept():
    # "Ali" is a given name, but "Zulfiqar" is one too: the whole name stays
    q = _quotes("\"The party will abrogate all such laws,\" said Zulfiqar Ali Badar.")
    assert _speaker(q, "The party will abrogate") == "Zulfiqar Ali Badar"


def test_guard_an_unknown_first_word_never_written_in_lower_case_is_kept():
    # "Tarvo" is no known given name, but nothing says it is not part of the name
    q = _quotes("\"We will build it,\" said Tarvo Ann Kesk, the mayor.")
    assert _speaker(q, "We will build it") == "Tarvo Ann Kesk"


def test_guard_a_possessive_of_another_word_does_not_cut_the_name():
    q = _quotes("The mayor's office was closed.\n\n\"We will reopen,\" said Tarvo Ann Kesk.")
    assert _speaker(q, "We will reopen") == "Tarvo Ann Kesk"
