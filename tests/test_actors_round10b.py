"""Issue 13, round 10b: persons in families and honorifics of the other gender, and a given
name in the name of a place (invented texts).

"Mrs Tolliver" was the first full name with that surname in the document even when it is a
man's and a woman's comes too; "Dana and Martin Tolliver" gave only Martin Tolliver; "Harry's
House" (a holiday home) was the person Harry Tolliver.
"""

from analysis import actor_mentions
from conftest import build_corpus


def _rows(m, text):
    return m.loc[(m["text"] == text) & (m["actor_type"] == "person")]


def test_a_gendered_honorific_picks_the_full_name_of_its_gender():
    m = actor_mentions(build_corpus(
        "Greta Pellworth died in 2019 after a long illness. Her father, Owen Pellworth, has "
        "campaigned since then. Mr Pellworth said the law had to change."))
    assert set(_rows(m, "Pellworth")["actor"]) == {"Owen Pellworth"}, m[["text", "actor"]]


def test_a_womans_honorific_is_not_a_mans_full_name_when_a_woman_is_named():
    m = actor_mentions(build_corpus(
        "Harold Tolliver founded the trust in 2001. Dana and Martin Tolliver joined it after "
        "their son died. Mrs Tolliver said the trust had helped them."))
    assert set(_rows(m, "Tolliver")["actor"]) == {"Dana Tolliver"}, m[["text", "actor"]]


def test_a_gendered_honorific_with_one_full_name_keeps_it():
    # given names are an uncertain cue ("Mr Lyric Jain"): with no other full name it stays
    m = actor_mentions(build_corpus(
        "Lyric Pandhar set up the firm in 2017. Mr Pandhar said the platform was to blame."))
    assert set(_rows(m, "Pandhar")["actor"]) == {"Lyric Pandhar"}, m[["text", "actor"]]


def test_coordinated_given_names_share_the_surname():
    m = actor_mentions(build_corpus(
        "Dana and Martin Tolliver opened the bakery in 1990. Dana said the first year was hard."))
    assert set(_rows(m, "Dana")["actor"]) == {"Dana Tolliver"}, m[["text", "actor"]]
    assert "Martin Tolliver" in set(m["actor"]), m[["text", "actor"]]


def test_coordinated_names_guards():
    m = actor_mentions(build_corpus(
        "President Kelly will visit Rome. Officials said Kelly and Nancy Kelly would meet the "
        "Pope. Prince William and Harry Kane watched the game."))
    people = set(m.loc[m["actor_type"] == "person", "actor"])
    assert "Kelly Kelly" not in people, m[["text", "actor"]]
    assert not any(a.startswith("William ") for a in people), m[["text", "actor"]]


def test_a_possessive_given_name_before_a_place_noun_is_no_person():
    m = actor_mentions(build_corpus(
        "Harry Tolliver set up the charity. It runs Harry's House, a caravan on the coast. "
        "Harry's Facebook page was busy, and Harry said he was proud."))
    harry = _rows(m, "Harry")
    assert len(harry) == 2 and set(harry["actor"]) == {"Harry Tolliver"}, m[["text", "actor", "start"]]
    starts = set(harry["start"])
    assert m["text"].iloc[0] is not None
    text = "Harry Tolliver set up the charity. It runs Harry's House"
    assert text.index("Harry's House") not in starts, m[["text", "actor", "start"]]


def test_a_surname_links_to_the_full_name_that_dominates_the_corpus():
    docs = ["Erik Halvorsen said on Monday the budget was too large."] * 3 + [
        "Erik Halvorsen met union leaders, and they talked for an hour.",
        "The museum was opened by Ingrid Halvorsen, who praised its staff.",
        "President Halvorsen said the talks would go on."]
    m = actor_mentions(build_corpus(*docs))
    last = m[m["doc_id"] == "d5"]
    assert set(last.loc[last["text"] == "Halvorsen", "actor"]) == {"Erik Halvorsen"}, m[["doc_id", "text", "actor"]]


def test_a_surname_shared_by_full_names_of_similar_weight_stays_unresolved():
    docs = ["Erik Halvorsen said on Monday the budget was too large."] * 2 + [
        "The museum was opened by Ingrid Halvorsen, who praised its staff.",
        "President Halvorsen said the talks would go on."]
    m = actor_mentions(build_corpus(*docs))
    last = m[m["doc_id"] == "d3"]
    assert set(last.loc[last["text"] == "Halvorsen", "resolution"]) == {"unresolved"}, m[["doc_id", "text", "actor"]]


def test_coordinated_names_guards_from_unlabelled_news():
    # a list of full names; a given name that is someone else's in the document; a surname
    # coordinated with the other surname alone elsewhere
    m = actor_mentions(build_corpus(
        "Stars like Alicia Brand, Sia and Justin Fennick posted the song.",
        "Claire Rowntree died in 1996. The inquiry also examined the cases of Claire and Conor "
        "Maddox.",
        "Alonso and Lewis Kettering were team-mates. Kettering and Alonso did not speak."))
    people = set(m.loc[m["actor_type"] == "person", "actor"])
    assert not {"Sia Fennick", "Claire Maddox", "Alonso Kettering"} & people, m[["doc_id", "text", "actor"]]
    assert set(_rows(m, "Claire")["actor"]) <= {"Claire Rowntree"}, m[["doc_id", "text", "actor"]]


def test_an_honorific_does_not_overrule_a_given_name_of_either_gender():
    # "Jamie" is mostly female in gender-guesser's list, yet Mr Jamie Orrell is the man
    m = actor_mentions(build_corpus(
        "Jamie Orrell, 41, will fly over the mountain. He was inspired by his grandfather "
        "Douglas Orrell, who flew there in 1933. Mr Orrell said he was ready."))
    assert set(_rows(m, "Orrell")["actor"]) == {"Jamie Orrell"}, m[["text", "actor"]]


def test_a_title_with_an_institution_word_gives_the_person_and_role():
    # "House"/"Senate" are parts of the title here, not persons or parts of the name
    m = actor_mentions(build_corpus(
        "The report went to House Speaker Jim Wrightson and Senate Majority Leader Robert Byrne."))
    people = m[m["actor_type"] == "person"]
    assert set(people["actor"]) == {"Jim Wrightson", "Robert Byrne"}, m[["text", "actor", "role"]]
    assert people.set_index("actor").at["Jim Wrightson", "role"] == "House Speaker", people
