"""What kind of event a dated sentence reports: one word ('meeting', 'test', ...) per sentence.

Used by the event timelines (:mod:`analysis.plots.timeline`, :mod:`analysis.plots.interactive`)
and by notebook 03; the charts only draw what this module decides.
"""
from __future__ import annotations

import re
from functools import lru_cache

#: Words that say what kind of event a dated sentence reports (first match wins, in this order).
EVENT_WORDS = [
    ("test", r"\btest(?:s|ed|ing)?\b|\bdetonat\w*|\bnuclear device\b"),
    ("launch", r"\blaunch(?:es|ed|ing)?\b|\bfired\b|\bmissiles?\b"),
    ("meeting", r"\bmeet(?:s|ing|ings)?\b|\bmet\b|\bsummit\b|\btalks\b|\bdialogue\b|\bvisit\b|"
                r"\bdiscussion\b|\bconvened\b"),
    ("call", r"\bphone call\b|\bcalls?\b|\bspoke\b|\bby phone\b"),
    ("sanctions", r"\bsanction\w*|\bresolution\b"),
    ("trade", r"\btariffs?\b|\bimports?\b|\bexports?\b|\btrade\b"),
    ("election", r"\belection\w*|\bvote[sd]?\b|\b(?:leaves?|left|leaving|takes?|took|taking) office\b|"
                 r"\binaugurat\w*|\bsworn in\b"),
    ("agreement", r"\bagree[sd]?\b|\bagreement\b|\bdeal\b|\baccord\b|\bsign(?:s|ed|ing)?\b|\btake effect\b"),
    ("condemnation", r"\bcondemn\w*|\bcriticiz\w*|\bcriticis\w*|\bwarn\w*"),
    ("statement", r"\bsaid\b|\bsays\b|\bannounc\w*|\bstatement\b|\btold\b|\breport(?:s|ed)?\b"),
]


@lru_cache(maxsize=4)
def _compiled(words: tuple) -> tuple:
    """(any event word, [(kind, pattern)]) compiled once for ``EVENT_WORDS``."""
    return (re.compile("|".join(f"(?:{p})" for _, p in words)),
            [(name, re.compile(p)) for name, p in words])


def event_label(sentence: str, expression: str | None = None) -> str:
    """A one-word label for the kind of event a sentence reports ('meeting', 'test', ...).

    The event word nearest to the date expression wins ("the UN on Sunday condemned the
    launch" is a condemnation on Sunday); without an expression, the first in
    :data:`EVENT_WORDS` order.

    Examples
    --------
    >>> event_label("The North's Jan 6 test of a nuclear device drew sanctions.", "Jan 6")
    'test'
    >>> event_label("Officials said on Tuesday that the plan was sound.", "Tuesday")
    'statement'
    """
    low = str(sentence).lower()
    compiled = _compiled(tuple(EVENT_WORDS))
    if not compiled[0].search(low):  # no event word at all (one scan instead of one per kind)
        return "other"
    pos = low.find(str(expression).lower()) if expression else -1
    best = None
    for order, (name, pattern) in enumerate(compiled[1]):
        for m in pattern.finditer(low):
            if pos < 0:
                dist = 0
            else:
                end = pos + len(str(expression))
                # words after the date count half again: the verb that dates usually precedes it
                dist = max(pos - m.end(), int((m.start() - end) * 1.5), 0)
            if name == "statement" and pos >= 0:
                dist += 40  # attribution is everywhere in news: a nearby event word says more
            cand = (dist, order, name)
            if best is None or cand < best:
                best = cand
    return best[2] if best else "other"
