"""Event kinds, round 15 (analysis.dates.event_kinds): scorelines, the date of a reporting verb
after "in" or in the perfect, coups, leaving office and economic figures.

Every sentence here is invented for the test; none comes from a corpus or a labelled set.
"""
import pytest

from analysis.dates.event_kinds import event_label


@pytest.mark.parametrize("sentence, expression, kind", [
    # a match result reported by its scoreline, with no sport word in the sentence
    ("The visitors won 2-0 on Saturday.", "Saturday", "sport"),
    ("Leeds beat Burnley 3-1 on Sunday to go top.", "Sunday", "sport"),
    ("A 2-1 win on Tuesday lifted the club off the bottom.", "Tuesday", "sport"),
    ("They drew 1\u20131 with their neighbours in March 2022.", "March 2022", "sport"),
    ("On 4 May they lost 4-3 after extra time.", "4 May", "sport"),
    # a reporting verb dates the saying after "in" too, and in the perfect
    ("The company had said in January it hoped to buy a stake in the bank.", "January", "statement"),
    ("The singer ruled out a tour, telling a newspaper in 2018 that he would rather record an album.",
     "2018", "statement"),
    ("The minister tells reporters on Friday that the tour will go ahead.", "Friday", "statement"),
    # coups are the seizure of power by force
    ("The army seized power in a coup on 1 February 2021.", "1 February 2021", "attack"),
    ("He was ousted in a military coup in 2006.", "2006", "attack"),
    # leaving office is the end of a post (ACE Personnel.End-Position), as resigning is
    ("The governor leaves office in January 2027.", "January 2027", "appointment"),
    # economic figures
    ("It was the sharpest contraction since November 2012.", "November 2012", "economic"),
    ("The current account showed a surplus in February.", "February", "economic"),
    ("The bank began its public flotation last Monday.", "last Monday", "economic"),
    ("Britain slid into recession in 2008.", "2008", "economic"),
    ("Congress must approve new appropriations for fiscal 2024.", "fiscal 2024", "policy"),
])
def test_round15_kinds(sentence, expression, kind):
    assert event_label(sentence, expression) == kind


@pytest.mark.parametrize("sentence, expression, kind", [
    # numbers joined by a hyphen that are no scoreline
    ("The Senate won the vote 52-48 on Friday.", "Friday", "election"),
    ("The committee rejected the plan by a 10-8 vote on Monday.", "Monday", "election"),
    ("Prices rose 2-3 pct in 1986.", "1986", "economic"),
    ("Shares lost 1-2% on Monday.", "Monday", "economic"),
    ("The party lost 3-4 seats in 2019.", "2019", "other"),
    # a passive reporting verb still gives the date to the thing reported
    ("The tariffs were announced two weeks ago.", "two weeks ago", "trade"),
    # a coup that is an achievement, and a contraction that is no economy's
    ("Signing the striker in 2019 was a major coup for the club.", "2019", "agreement"),
    ("She felt a strong contraction on Tuesday.", "Tuesday", "other"),
    # a story told is no saying
    ("It tells the story of a miner, whose discovery in 2012 made headlines.", "2012", "other"),
    # taking office is still election
    ("The president took office in January 2021.", "January 2021", "election"),
])
def test_round15_guards(sentence, expression, kind):
    assert event_label(sentence, expression) == kind


def test_the_result_words_are_no_annotation_input():
    """Event kinds are never stored, so editing their word lists must not re-annotate a store."""
    from analysis.store.annotate import _NOT_ANNOTATION

    assert "lexicons/sport_results.txt" in _NOT_ANNOTATION
