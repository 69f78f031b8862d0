"""Round 16 (fix16c): fixes of review 16c findings 1-3 (docs/review16c-round16.md), quote speakers.

Invented texts (not from any corpus). Each fix has a test on the review's input, one on an input
of this helper's own, and guards for false friends."""
from __future__ import annotations

import warnings

import pandas as pd

import analysis


def _speakers(text):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        q = analysis.extract_quotes(pd.DataFrame({"doc_id": ["d"], "text": [text]}))
    return _ByStart(zip(q["quote"], q["speaker"]))


class _ByStart(dict):
    """Speakers by quote; looked up by the quote's opening words."""
    def __getitem__(self, start):
        return next(s for x, s in self.items() if x.startswith(start.rstrip(",.")))


# -- finding 1: a short line that ends in a given name does not end the name (hard-wrapped text)
def test_given_name_at_the_end_of_a_short_wrapped_line_joins_the_surname():
    text = ('Secretary of Commerce Malcolm\nBaldrige said on Monday that the trade deficit would narrow this year.\n'
            '    "I feel that we will see an adjustment," Baldrige said.')
    assert _speakers(text)["I feel that we will "] == "Malcolm Baldrige"
    text = ('Council leader Tom\nReyes said on Monday the bridge would open next year.\n'
            '"We will build it," Reyes said.')
    assert _speakers(text)["We will build it,"] == "Tom Reyes"


def test_given_name_in_a_narrow_column_joins_the_surname():
    # own input: an e-mailed press release in a 30-column layout
    text = ('The harbour plan won support\non Tuesday from Mayor Linda\nGarrow, who met dock workers.\n'
            '"The port must grow," Garrow\nsaid.')
    assert _speakers(text)["The port must grow,"] == "Linda Garrow"


def test_guard_short_menu_line_without_a_given_name_still_ends_the_name():
    text = ("Jake Morrow's two goals sealed the win for the Hawks.\n- Discuss Premier Hockey\nJunior Leagues\n"
            "Morrow, who turns 30 next week, was asked about his form.\n"
            '"I\'m always my own harshest critic," Morrow said.')
    assert _speakers(text)["I'm always my own ha"] == "Jake Morrow"


# -- finding 2: a paragraph break written with Windows line endings
_MENU = ("Jake Morrow's two goals sealed the win for the Hawks at the arena.{sep}"
         "Subscribe to our newsletter for Premier Hockey{sep}"
         "Morrow, who turns 30 next week, was asked about his form.{sep}"
         '"I\'m always my own harshest critic," Morrow said.')


def test_crlf_paragraph_break_ends_the_name():
    assert _speakers(_MENU.format(sep="\r\n\r\n"))["I'm always my own ha"] == "Jake Morrow"
    assert _speakers(_MENU.format(sep="\n\n"))["I'm always my own ha"] == "Jake Morrow"


def test_crlf_paragraph_break_own_input():
    text = ("Mayor Linda Garrow opened the new ferry terminal on Tuesday morning.\r\n \r\n"
            "Read more stories about the Harbour Board\r\n \r\n"
            "Garrow, who was elected in 2019, spoke to reporters after the ceremony.\r\n \r\n"
            '"The port must grow," Garrow said.')
    assert _speakers(text)["The port must grow,"] == "Linda Garrow"


# -- finding 3: "quoted X in <place> as saying", "quoted a spokesman, Tom Reyes, as saying"
def test_quoted_name_in_place_as_saying_gives_the_name():
    assert _speakers('Reuters quoted Smith in London as saying: "We will not sell."')["We will not sell."] == "Smith"
    text = ('Interior Minister John Smith faces a vote on Friday. '
            'The agency quoted Smith in New York as saying: "I will not resign."')
    assert _speakers(text)["I will not resign."] == "John Smith"


def test_quoted_role_then_named_apposition_gives_the_name():
    text = 'The Daily Star quoted a spokesman, Tom Reyes, as saying: "We will not resign."'
    assert _speakers(text)["We will not resign."] == "Tom Reyes"
    # own input
    text = 'The Harbour Times quoted the port director, Linda Garrow, as saying: "The port must grow."'
    assert _speakers(text)["The port must grow."] == "Linda Garrow"


def test_guards_quoted_as_saying():
    s = _speakers('The Daily Star quoted Tom Reyes, a farmer, as saying: "We will not sell."')
    assert s["We will not sell."] == "Tom Reyes"
    s = _speakers('The Daily Star quoted one official as saying: "We will not sell."')
    assert s["We will not sell."] == "one official"
    s = _speakers('The Daily Star quoted a source close to Smith as saying: "He will resign on Friday."')
    assert s["He will resign on Fri"] != "Smith"
    s = _speakers('The Daily Star quoted officials in Baghdad as saying: "The road is closed."')
    assert s["The road is closed."] not in ("Baghdad", "Daily Star", "The Daily Star")
