"""Find a rule's matches near its gate words only, with exactly the matches a full scan finds.

The date rules (:mod:`analysis.dates.rules`) each scan the whole text with a regular
expression. Many of them cannot match without a word that their *gate* finds (a month name,
a unit such as "year", "ago" ...), and that word lies inside every match. Such a match starts
at most ``reach`` characters before the gate word, where ``reach`` is the most characters the
pattern can look at from where a match attempt starts. :func:`gated_finditer` therefore asks
the regular-expression engine only about the stretch of text around each gate word, which on
news text is a small part of it.

Why the matches are the same as ``pattern.finditer(text)`` (the tests check it on invented
texts):

- ``reach`` is computed from the parsed pattern: every item counts its longest width,
  alternatives their longest branch, look-aheads their content, boundaries one character.
  An unbounded repeat (``\\s+``, ``\\d+``, ``(?:,\\d{3})+``) is only allowed over white space,
  digits, commas and full stops, and counts as the document's longest run of such characters
  (it cannot consume more). A pattern with any other unbounded repeat is not windowed.
- A match contains a gate hit (for the rules listed in ``dates_rules.GATE_IN_MATCH``, checked
  by reading each pattern), so the first gate hit at or after the search position ``pos`` is at
  most ``reach`` after the start of the next match: no match starts in between.
- Searching ``pattern.search(text, lo, hi)`` keeps the characters before ``lo`` visible to
  look-behinds and ``\\b``; ``hi`` hides the text after it, so only a match starting at or
  before the gate hit (whose attempt looks at fewer than ``reach`` characters) is accepted; a
  later one is looked for from the next gate hit.
- The gate is searched in the lower-cased text; a document whose lower-cased text is not aligned
  with it character by character, or that holds a character the case-insensitive engine equates
  with an ASCII letter although its lower case is not that letter (``İ``, ``ı``, ``ſ``), is
  scanned in full.
"""
from __future__ import annotations

import re
from functools import lru_cache

try:  # Python 3.11+
    import re._constants as _C
    import re._parser as _P
except ImportError:  # pragma: no cover
    import sre_constants as _C
    import sre_parse as _P

_RUN_CHARS = set(" \t\n\r\f\v0123456789,.")
_RUN = re.compile(r"[\s\d,.]{2,}")
# characters re.IGNORECASE matches with an ASCII letter whose str.lower() is not that letter
_FOLD_MISMATCH = re.compile("[\u0130\u0131\u017f]")


def _run_only(items) -> bool:
    """Whether a parsed (sub)pattern matches only white space, digits, ',' and '.'."""
    for op, av in items:
        if op is _C.LITERAL:
            if chr(av) not in _RUN_CHARS:
                return False
        elif op is _C.IN:
            for o, a in av:
                if not ((o is _C.LITERAL and chr(a) in _RUN_CHARS)
                        or (o is _C.CATEGORY and a in (_C.CATEGORY_SPACE, _C.CATEGORY_DIGIT))
                        or (o is _C.RANGE and 48 <= a[0] <= a[1] <= 57)):
                    return False
        elif op is _C.SUBPATTERN:
            if not _run_only(av[-1]):
                return False
        elif op is _C.BRANCH:
            if not all(_run_only(b) for b in av[1]):
                return False
        elif op in (_C.MAX_REPEAT, _C.MIN_REPEAT):
            if not _run_only(av[2]):
                return False
        else:
            return False
    return True


def _reach(items, run: int) -> int | None:
    """Most characters a match attempt can look at (None: not bounded, or not understood)."""
    total = 0
    for op, av in items:
        if op in (_C.LITERAL, _C.NOT_LITERAL, _C.IN, _C.ANY):
            total += 1
        elif op is _C.SUBPATTERN:
            w = _reach(av[-1], run)
            if w is None:
                return None
            total += w
        elif op is _C.BRANCH:
            ws = [_reach(b, run) for b in av[1]]
            if None in ws:
                return None
            total += max(ws)
        elif op in (_C.MAX_REPEAT, _C.MIN_REPEAT):
            lo, hi, item = av
            if hi == _C.MAXREPEAT:
                if not _run_only(item):
                    return None
                total += run  # consumes one run of such characters at most
                continue
            w = _reach(item, run)
            if w is None:
                return None
            total += hi * w
        elif op is _C.AT:
            total += 1
        elif op in (_C.ASSERT, _C.ASSERT_NOT):
            direction, sub = av
            if direction == 1:  # a look-ahead reads on; a look-behind reads what lies before
                w = _reach(sub, run)
                if w is None:
                    return None
                total += w
        else:
            return None
    return total


@lru_cache(maxsize=None)
def _parsed(pattern: re.Pattern):
    return list(_P.parse(pattern.pattern, pattern.flags))


@lru_cache(maxsize=4096)
def pattern_reach(pattern: re.Pattern, run: int) -> int | None:
    """``reach`` of a compiled pattern in a document whose longest run of white space, digits,
    ',' and '.' is ``run`` characters; None when it cannot be bounded.

    Examples
    --------
    >>> pattern_reach(re.compile(r"\\b(\\d+)\\s+days?\\b"), 3)
    12
    >>> pattern_reach(re.compile(r"[a-z]+ days"), 3) is None
    True
    """
    if pattern.pattern and _P.parse(pattern.pattern, pattern.flags).getwidth()[0] == 0:
        return None  # a pattern that can match the empty string: finditer's rules differ
    return _reach(_parsed(pattern), max(run, 1))


def longest_run(text: str) -> int:
    """Length of the longest run of white space, digits, ',' and '.' in ``text`` (at least 1)."""
    return max(map(len, _RUN.findall(text)), default=1)


def windowable(text: str, lower: str) -> bool:
    """Whether ``gated_finditer`` may be used on this document (else scan it in full)."""
    return len(lower) == len(text) and _FOLD_MISMATCH.search(text) is None


def gated_finditer(pattern: re.Pattern, gate: re.Pattern, reach: int, text: str, lower: str):
    """The matches of ``pattern.finditer(text)``, for a pattern every match of which contains a
    hit of ``gate`` in ``lower`` (the lower-cased text), looked for near those hits only.

    Examples
    --------
    >>> p, g = re.compile(r"\\b(\\d+)\\s+(days?|weeks?)\\b", re.I), re.compile(r"day|week")
    >>> t = "Talks lasted 3 days, then 2 Weeks; 10 other items."
    >>> r = pattern_reach(p, longest_run(t))
    >>> [m.group() for m in gated_finditer(p, g, r, t, t.lower())] == [m.group() for m in p.finditer(t)]
    True
    """
    pos, n = 0, len(text)
    while pos < n:
        g = gate.search(lower, pos)
        if g is None:
            return
        h = g.start()
        m = pattern.search(text, max(pos, h - reach), h + reach + 2)
        if m is not None and m.start() <= h:
            yield m
            pos = m.end()
        else:
            pos = h + 1
