"""The shared word tokeniser (analysis.text.tokens): its options, and that every site which now
calls it finds exactly the words its own pattern found before (the patterns below are the ones
those sites had, copied here)."""
import re

import pytest
from hypothesis import given, settings, strategies as st

from analysis.text.tokens import word_regex, word_spans, word_tokens

# the site patterns before they called the shared tokeniser
OLD = {
    "keywords": re.compile(r"(?:[A-Z]\.){2,}|[^\W\d_]+(?:['\u2019\-][^\W\d_]+)*"),
    "reuse": re.compile(r"[^\W_]+(?:['\u2019][^\W_]+)*"),
    "actors": re.compile(r"(?:[A-Za-z]\.){2,}(?![A-Za-z])|[^\W_]+(?:['’´][^\W_]+)*"),
    "dates_rules": re.compile(r"[A-Za-z]+(?:['\u2019][A-Za-z]+)*"),
}
NEW = {
    "keywords": dict(letters_only=True, joiners="'\u2019-", acronyms="upper"),
    "reuse": dict(joiners="'\u2019"),
    "actors": dict(acronyms="ascii", joiners="'’´"),
    "dates_rules": dict(ascii=True, letters_only=True, joiners="'\u2019"),
}
# text made of the characters where the patterns could differ
TRICKY = st.lists(st.sampled_from(list("aZé9_'’´-.  \n,ÉßU.S²Ⅻ") + ["U.S.", "O'Brien", "n't", "x-y"]),
                  max_size=30).map("".join)
EXAMPLES = ["North Korea's 2024 missile-test: Kim's move, U.S. and UN.", "O’Brien said e.g. no",
            "U.Sa and A.B.C. at 5 p.m.", "état-major d’État, Straße 12", "snake_case__x", "'' -- ..",
            "Ján Kuciak's co-worker ´s", ""]


@pytest.mark.parametrize("site", sorted(OLD))
@pytest.mark.parametrize("text", EXAMPLES)
def test_each_site_finds_the_words_its_own_pattern_found(site, text):
    assert word_regex(**NEW[site]).findall(text) == OLD[site].findall(text)


@settings(max_examples=300, deadline=None)
@given(TRICKY)
def test_the_same_words_on_any_text(text):
    for site in OLD:
        assert word_regex(**NEW[site]).findall(text) == OLD[site].findall(text), site


def test_keyness_tokenize_is_unchanged():
    from analysis.keywords import tokenize

    def old(text, lowercase=True):
        out = []
        for t in OLD["keywords"].findall(text):
            t = re.sub(r"['\u2019]s$", "", t)
            if "." in t:
                t = t.replace(".", "")
            elif lowercase and not re.fullmatch(r"[A-Z]{2,6}", t):
                t = t.lower()
            if t:
                out.append(t)
        return out

    for text in EXAMPLES + ["Kim's 's U.N.'s NATO-led nato UN's"]:
        for lowercase in (True, False):
            assert tokenize(text, lowercase=lowercase) == old(text, lowercase), text


def test_options():
    text = "Mr. O'Brien's U.S. missile-test, 2024."
    assert word_tokens(text) == ["Mr", "O'Brien's", "U", "S", "missile", "test", "2024"]
    assert word_tokens(text, letters_only=True, joiners="") == ["Mr", "O", "Brien", "s", "U", "S",
                                                                "missile", "test"]
    assert word_tokens(text, lowercase=True, joiners="'-", acronyms="unicode",
                       strip_possessive=True) == ["mr", "o'brien", "u.s.", "missile-test", "2024"]
    assert word_tokens(text, lowercase=True, acronyms="upper", keep_acronym_case=True)[2] == "US"
    assert word_tokens("Ünïcode ascii", ascii=True) == ["n", "code", "ascii"]
    assert word_tokens(None) == [] and word_tokens(float("nan")) == []
    assert word_spans("a bc") == [("a", 0, 1), ("bc", 2, 4)]
    assert word_regex(joiners="-") is word_regex(joiners="-")  # compiled once
    with pytest.raises(ValueError, match="acronyms"):
        word_regex(acronyms="dotted")


def test_explorer_prefilter_keeps_every_sentence_the_phrase_can_match():
    # the explorer tests each word of a plain phrase as a substring before the full pattern: the
    # words must be pieces of the phrase the pattern matches in any typographic variant
    from analysis.text.concordance import phrase_pattern
    for phrase, sentence in [("don't stop", "They don’t stop."), ("e-mail", "An e–mail came."),
                             ("snake_case", "a snake_case name")]:
        assert phrase_pattern(phrase, ignore_case=True).search(sentence)
        assert all(w in sentence.lower() for w in word_tokens(phrase, lowercase=True, joiners=""))


def test_the_sites_use_the_shared_patterns():
    import analysis.actors.mentions as actors
    import analysis.dates.rules as rules
    import analysis.reuse.detect as reuse
    assert actors._TOKEN is word_regex(**NEW["actors"])
    assert rules._WORD is word_regex(**NEW["dates_rules"])
    assert reuse._WORD is word_regex(**NEW["reuse"])
