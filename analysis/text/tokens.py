"""The word tokeniser every analysis shares, with its options stated instead of re-invented.

A word is a run of letters and digits (``letters_only=True``: letters only); characters named in
``joiners`` join two such runs into one word (the default, an apostrophe, keeps *Korea's* and
*O'Brien* whole; add ``-`` to keep *missile-test* whole; ``""`` splits at every non-word
character). Dotted acronyms (*U.S.*, *U.N.*) can be read as one word first (``acronyms``).
``ascii=True`` limits words to the letters A-Z (rules written for English text).

The sites that count words in the library differ on purpose in these options (keyness keeps
hyphenated words, alias matching keeps dotted acronyms, date rules see English letters only);
docs/layout.md lists every site and its options.
"""
from __future__ import annotations

import re
from functools import lru_cache

import pandas as pd

#: What ``acronyms=`` accepts: the pattern read as one word before ordinary words.
ACRONYMS = {
    None: None,
    "unicode": r"(?:[^\W\d_]\.){2,}",               # U.S.  a.m.  É.U.
    "ascii": r"(?:[A-Za-z]\.){2,}(?![A-Za-z])",     # U.S. but not the "U.S" of "U.Sa"
    "upper": r"(?:[A-Z]\.){2,}",                    # capital letters only: U.S., not e.g.
}
APOSTROPHES = "'\u2019"


def _char_class(chars: str) -> str:
    return "[" + "".join("\\" + c if c in "\\]^-[" else c for c in chars) + "]"


@lru_cache(maxsize=None)
def word_regex(*, letters_only: bool = False, joiners: str = APOSTROPHES, acronyms: str | None = None,
               ascii: bool = False) -> re.Pattern:
    """The compiled pattern of one word under these options (cached: one object per option set).

    Parameters
    ----------
    letters_only : bool
        Letters only (digits end a word and are not words); default letters and digits.
    joiners : str
        Characters that join two runs into one word ("'\u2019": apostrophes, the default; add "-"
        for hyphenated words; "" for none).
    acronyms : {None, "unicode", "ascii", "upper"}
        Read dotted acronyms (U.S., U.N.) as one word, before ordinary words (see :data:`ACRONYMS`).
    ascii : bool
        Letters (and digits) A-Z only, as rules written for English text expect.

    Examples
    --------
    >>> word_regex().findall("Korea's 2024 test_case, O\u2019Brien")
    ["Korea's", '2024', 'test', 'case', 'O\u2019Brien']
    >>> word_regex(letters_only=True, joiners="'-", acronyms="upper").findall("U.S. missile-test 7")
    ['U.S.', 'missile-test']
    """
    if acronyms not in ACRONYMS:
        raise ValueError(f"acronyms must be one of {sorted(map(str, ACRONYMS))}, not {acronyms!r}")
    if ascii:
        run = "[A-Za-z]+" if letters_only else "[A-Za-z0-9]+"
    else:
        run = r"[^\W\d_]+" if letters_only else r"[^\W_]+"
    word = run + (f"(?:{_char_class(joiners)}{run})*" if joiners else "")
    acronym = ACRONYMS[acronyms]
    return re.compile(f"{acronym}|{word}" if acronym else word)


def word_spans(text: str, **options) -> list[tuple[str, int, int]]:
    """``(word, start, end)`` for every word of ``text`` (options as :func:`word_regex`).

    Examples
    --------
    >>> word_spans("Mr. Kim's visit")
    [('Mr', 0, 2), ("Kim's", 4, 9), ('visit', 10, 15)]
    """
    return [(m.group(), m.start(), m.end()) for m in word_regex(**options).finditer(str(text))]


_POSSESSIVE = re.compile(r"['\u2019]s$")
_CAPITALS = re.compile(r"[A-Z]{2,6}")


def word_tokens(text, *, lowercase: bool = False, letters_only: bool = False,
                joiners: str = APOSTROPHES, acronyms: str | None = None, ascii: bool = False,
                strip_possessive: bool = False, keep_acronym_case: bool = False) -> list[str]:
    """The words of a text, as strings.

    Parameters
    ----------
    text : str (None or NaN: no words)
    lowercase : bool
        Lower-case every word (except acronyms with ``keep_acronym_case``).
    letters_only, joiners, acronyms, ascii
        As :func:`word_regex`.
    strip_possessive : bool
        Drop a final 's / \u2019s (*Korea's* -> *Korea*).
    keep_acronym_case : bool
        With ``lowercase``, keep words of 2-6 capitals (*US*, *UN*) and dotted acronyms in
        capitals, so the country is not taken for the pronoun *us*; dotted acronyms lose their
        dots (*U.S.* -> *US*).

    Examples
    --------
    >>> word_tokens("North Korea's missile-test", lowercase=True)
    ['north', "korea's", 'missile', 'test']
    >>> word_tokens("North Korea's missile-test, U.S. and UN.", lowercase=True, letters_only=True,
    ...             joiners="'\u2019-", acronyms="upper", strip_possessive=True, keep_acronym_case=True)
    ['north', 'korea', 'missile-test', 'US', 'and', 'UN']
    """
    if text is None or (not isinstance(text, str) and pd.isna(text)):
        return []
    out = []
    for t in word_regex(letters_only=letters_only, joiners=joiners, acronyms=acronyms,
                        ascii=ascii).findall(str(text)):
        if strip_possessive:
            t = _POSSESSIVE.sub("", t)
        if keep_acronym_case and "." in t:
            t = t.replace(".", "")
        elif lowercase and not (keep_acronym_case and _CAPITALS.fullmatch(t)):
            t = t.lower()
        if t:
            out.append(t)
    return out
