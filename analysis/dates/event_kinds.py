"""What kind of event a dated sentence reports: one word ('meeting', 'test', ...) per sentence.

Used by the event timelines (:mod:`analysis.plots.timeline`, :mod:`analysis.plots.interactive`)
and by notebook 03; the charts only draw what this module decides. The words of each kind are data:
``analysis/lexicons/event_kinds.csv`` (one lemma per row; every inflected form is matched).
"""
from __future__ import annotations

import re
from functools import lru_cache

_VOWELS = "aeiou"


def _plural(word: str) -> str:
    """Regular English plural / third person singular: -s, -es after a sibilant, -ies after a
    consonant and y."""
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return word + "es"
    if word.endswith("y") and len(word) > 1 and word[-2] not in _VOWELS:
        return word[:-1] + "ies"
    return word + "s"


def _doubles(word: str) -> bool:
    """A one-syllable verb ending consonant-vowel-consonant doubles its last letter (ban, stop)."""
    groups = re.findall(f"[{_VOWELS}]+", word)
    return (len(groups) == 1 and len(word) >= 3 and word[-1] not in _VOWELS + "wxy"
            and word[-2] in _VOWELS and word[-3] not in _VOWELS)


def _verb_forms(word: str, irregular: list[str]) -> list[str]:
    """base, -s, -ing and the past (regular -ed unless ``irregular`` forms are given)."""
    stem = word + word[-1] if _doubles(word) else word
    if word.endswith("ie"):
        ing = word[:-2] + "ying"
    elif word.endswith("e") and not word.endswith(("ee", "ye", "oe")):
        ing = word[:-1] + "ing"
    else:
        ing = stem + "ing"
    if irregular:
        past = irregular
    elif word.endswith("e"):
        past = [word + "d"]
    elif word.endswith("y") and word[-2] not in _VOWELS:
        past = [word[:-1] + "ied"]
    else:
        past = [stem + "ed"]
    # a verb on a consonant and -o takes -es ("go on strike": goes on strike; veto, vetoes)
    third = word + "es" if word.endswith("o") and word[-2:-1] not in _VOWELS else _plural(word)
    return [word, third, ing, *past]


def _entry_forms(pos: str, entry: str, forms: str) -> list[str]:
    """Every inflected form of one row of ``lexicons/event_kinds.csv``, lower-cased, in order."""
    head, _, rest = entry.strip().lower().partition(" ")
    irregular = [f.strip().lower() for f in forms.split("|") if f.strip()]
    if pos == "verb":
        heads = _verb_forms(head, irregular)
    elif pos == "noun" and not rest:
        heads = [head] + (irregular or [_plural(head)])
    elif pos == "noun":   # a compound noun: the last word takes the plural, or the irregular
        words = entry.strip().lower().split()   # plural is given whole ("grand prix": grands prix)
        heads, rest = [" ".join(words)] + (irregular or [" ".join(words[:-1] + [_plural(words[-1])])]), ""
    else:
        heads = [head]
    return list(dict.fromkeys(f + (" " + rest if rest else "") for f in heads))


def _entry_pattern(pos: str, entry: str, forms: str, not_before: str, not_after: str) -> str:
    """The regex of one row of ``lexicons/event_kinds.csv``: every inflected form of the entry,
    none of them right before a word of ``not_before`` or right after one of ``not_after``."""
    guards = [w.strip().lower() for w in not_after.split("|") if w.strip()]
    alts = []
    for form in _entry_forms(pos, entry, forms):
        # a word before the form is tested after it (a fixed-width lookbehind on the match):
        # patterns that open with a literal are scanned far faster than ones that open with a lookbehind
        before = "".join(f"(?<!{re.escape(w + ('' if w.endswith('-') else ' ') + form)})" for w in guards)
        alts.append(re.escape(form).replace("\\ ", "\\s+") + before)
    # a word of not_before that opens with "-" is the rest of a hyphenated word ("die-hard")
    after = "|".join(("" if w.strip().startswith("-") else "\\s+") + re.escape(w.strip().lower())
                     for w in not_before.split("|") if w.strip())
    tail = f"(?!(?:{after})\\b)" if after else ""
    return f"\\b(?:{'|'.join(alts)})\\b{tail}"


def _load_event_words() -> list:
    """[(kind, regex)] from ``analysis/lexicons/event_kinds.csv``, kinds in file order."""
    from ..lexicons import _rows

    by_kind: dict = {}
    for r in _rows("event_kinds.csv"):
        by_kind.setdefault(r["kind"].strip(), []).append(_entry_pattern(
            r["pos"].strip(), r["entry"], r.get("forms") or "", r.get("not_before") or "",
            r.get("not_after") or ""))
    return [(kind, "|".join(pats)) for kind, pats in by_kind.items()]


@lru_cache(maxsize=1)
def _verb_only_forms() -> frozenset:
    """The forms of ``lexicons/event_kinds.csv`` that only a verb row gives ("shell", "met",
    "visit"): written with a capital in mid-sentence such a word is a name (Shell, the Met Office),
    not the verb. A form that a noun or word row also gives ("court", "strike") keeps its kind."""
    from ..lexicons import _rows

    verbs, others = set(), set()
    for r in _rows("event_kinds.csv"):
        found = _entry_forms(r["pos"].strip(), r["entry"], r.get("forms") or "")
        (verbs if r["pos"].strip() == "verb" else others).update(found)
    return frozenset(verbs - others)


def _is_name(sentence: str, start: int) -> bool:
    """Whether the word at ``sentence[start]`` is capitalised in mid-sentence, in a sentence
    written in sentence case (a headline in title case or capitals says nothing): the
    capital then marks a name (news style guides capitalise proper nouns only)."""
    if not sentence[start:start + 1].isupper():
        return False
    before = sentence[:start].rstrip()
    if not before or before[-1] in ".!?:;\"'\u201c\u2018\u2019\u201d([-\u2013\u2014*\u2022":
        return False   # the first word of a sentence, quote, bracket or list item
    words = re.findall(r"[A-Za-z]\w*", sentence)[1:]   # the first word has a capital anyway
    return sum(w[0].islower() for w in words) > len(words) / 2


#: Words that say what kind of event a dated sentence reports: [(kind, regex)], loaded from
#: ``analysis/lexicons/event_kinds.csv`` (every inflected form of each word; on a tie of distance
#: the earlier kind wins).
EVENT_WORDS = _load_event_words()

#: What the ``kind`` of an event is, for a chart's caption: the nearest event word, not a coding
#: (its agreement with a hand label on the held-out halves of docs/events-round14.md and
#: docs/events2-round15.md: 44 of 81 and 47 of 80 sentences on round 15's code).
KIND_CAPTION = ("kind = the event word nearest the date (lexicons/event_kinds.csv), not a coding: "
                "it agreed with a hand label on 57% of 161 held-out news sentences")


@lru_cache(maxsize=4)
def _compiled(words: tuple) -> tuple:
    """(any event word, [(kind, pattern)]) compiled once for ``EVENT_WORDS``."""
    return (re.compile("|".join(f"(?:{p})" for _, p in words)),
            [(name, re.compile(p)) for name, p in words])


#: Between a reporting verb and the date that follows it: nothing but a preposition or time
#: modifier ("said today", "said on Monday", "said in January", "said late Tuesday"), the place of
#: the statement ("said in a statement on Monday", "said at a news conference on Friday"), or for
#: *told* its hearer ("told reporters on Friday", "told the BBC in 2018").
_REPORT_THEN_DATE = re.compile(
    r"\s+(?:(?:in|at)\s+(?:a|an|the)\s+(?:[a-z-]+\s+){1,2})?(?:(?:on|in|late|early|earlier|later)\s+)*")
_TOLD_THEN_DATE = re.compile(r"\s+(?:(?:the|a|an)\s+)?[a-z.'-]+\s+(?:[a-z.'-]+\s+)?(?:(?:on|in|late|early)\s+)*")
#: Between a date and the reporting verb that follows it: nothing ("the bank on Monday said"; after
#: a comma the date ends a clause of its own: "traded since November 1984, said it will ...").
_DATE_THEN_REPORT = re.compile(r"\s+")


def _dates_the_report(low: str, start: int, end: int, kinds) -> bool:
    """Whether the date at ``low[start:end]`` is attached to a reporting verb (a word of the kind
    ``statement`` that ``lexicons/reporting_verbs.txt`` lists as a verb): right after it ("the White House said today", "officials said on
    Tuesday", "told reporters on Friday") or right before it ("on Monday said"). TimeML
    (Pustejovsky et al. 2003; TimeML Annotation Guidelines 1.2.1, section on REPORTING events)
    anchors such a date to the reporting event, not to the event reported: "the talks were held,
    officials said on Tuesday" dates the officials' words, not the talks."""
    from ..lexicons import reporting_verbs

    report = dict(kinds).get("statement")
    if report is None or re.match(r"['\u2019]s\b", low[end:end + 3]):
        return False   # "said last year's deficit was ...": the date names a thing said, not when
    from ..lexicons import word_list

    verbs = set(reporting_verbs())   # the verbs of the kind, not its nouns (statement, report)
    auxiliaries = set(word_list("auxiliaries.txt"))
    for m in report.finditer(low):
        if m.group(0) not in verbs:
            continue
        before = low[:m.start()].split()
        if before and before[-1] in auxiliaries and not before[-1].startswith("ha"):
            continue   # "the results were announced two weeks ago": the date is the thing announced's
            # (a passive; "had said in January" is the perfect, and the date is the saying's)
        if m.end() <= start:
            gap = low[m.end():start]
            if _REPORT_THEN_DATE.fullmatch(gap) or (m.group(0).startswith(("told", "tell"))
                                                    and _TOLD_THEN_DATE.fullmatch(gap)):
                return True
        elif m.start() >= end and _DATE_THEN_REPORT.fullmatch(low[end:m.start()]):
            return True
    return False


#: a scoreline: two small numbers joined by a hyphen or en dash, not a range of a quantity
#: ("2-3 pct", "1-2%", "3-4 per cent")
_SCORE = r"\d{1,2}\s?[-\u2013]\s?\d{1,2}(?![-\u2013\d.,]\d|\s*(?:%|pct\b|per\b|percent\b))"


@lru_cache(maxsize=1)
def _scoreline() -> re.Pattern:
    """A match result: a word of ``lexicons/sport_results.txt`` with a scoreline up to three words
    after it ("won 2-0", "beat Leeds 3-1") or a scoreline right before it ("a 2-1 win")."""
    from ..lexicons import word_list

    words = "|".join(re.escape(w) for w in word_list("sport_results.txt"))
    # after a verb the scoreline ends a clause or comes before a preposition ("won 2-0 at home");
    # "lost 3-4 seats" counts seats
    end = (r"(?=\s*(?:[.,;:!?)\u2013-]|$)"
           r"|\s+(?:on|in|at|to|with|against|over|after|before|and|but|as|for|from|thanks)\b)")
    return re.compile(f"\\b(?:(?:{words})\\b((?:\\s+[\\w'.-]+){{0,3}}?)\\s+{_SCORE}{end}"
                      f"|(?<![\\d.-]){_SCORE}(?:\\s+(?:home|away|aggregate))?\\s+(?:{words})\\b)")


@lru_cache(maxsize=1)
def _vote_tally_context() -> re.Pattern:
    """A word of voting or adjudication (``lexicons/dates/vote_tally_words.csv``, the words not
    common in sport reports; the list ``rules._VOTE_IN_SENTENCE`` reads too): "senate", "the
    bill", "supreme court", "justices" ..."""
    from .word_lists import VOTE_TALLY_WORDS

    words = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w, sport in VOTE_TALLY_WORDS.items() if not sport)
    return re.compile(f"\\b(?:{words})\\b")


def _scorelines(low: str, any_event) -> list:
    """The match results in ``low`` (see :func:`_scoreline`), except where an event word stands
    between the result word and the score: "won the vote 52-48" is a vote, not a match; and none
    in a sentence of voting or adjudication ("The bill won 68-32 in the Senate", "a 5-4 victory"
    at the Supreme Court: a tally of votes, AP Stylebook "vote tabulations"; round 15)."""
    found = [m for m in _scoreline().finditer(low) if not (m.group(1) and any_event.search(m.group(1)))]
    return [] if found and _vote_tally_context().search(low) else found


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
    if not compiled[0].search(low) and not _scorelines(low, compiled[0]):
        return "other"   # no event word at all (one scan instead of one per kind)
    pos = low.find(str(expression).lower()) if expression else -1
    if pos >= 0 and _dates_the_report(low, pos, pos + len(str(expression)), compiled[1]):
        return "statement"
    best = None
    cased = len(low) == len(str(sentence))   # lower() kept every offset
    found = [(m, order, name) for order, (name, pattern) in enumerate(compiled[1])
             for m in pattern.finditer(low)]
    kinds = [name for name, _ in compiled[1]]
    if "sport" in kinds:   # a scoreline reports a match ("won 2-0") with no sport word in sight
        found += [(m, kinds.index("sport"), "sport") for m in _scorelines(low, compiled[0])]
    for m, order, name in found:
        if cased and _is_name(str(sentence), m.start()) and (
                " ".join(m.group(0).split()) in _verb_only_forms()):
            continue   # "Royal Dutch Shell said": a name, not the verb "shell"
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
