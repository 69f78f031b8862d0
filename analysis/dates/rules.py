"""The rule cascade behind :func:`analysis.extract_dates`: lexicons, patterns and anchoring.

Finding works in three steps:

1. every rule's regular expression proposes candidate spans in the clean text;
2. overlapping candidates are settled by keeping the longest span (then the earlier rule), so
   "last September" beats "September" and "50-minute" (a duration) beats anything inside it;
3. each kept span is normalized by its rule's handler, which may still reject it (a bare
   "May" with no date context, "Sunday Times", "45%" after a year-like number ...).

Anchoring relative expressions uses the document's publication date (the *anchor*) and,
for weekdays, bare months and month-day dates without a year, the **tense of the clause**
around the expression (see :func:`clause_tense`):

* past tense (a past verb such as "condemned", "said", "met"; "was", "had", "ago") -> the
  latest occurrence on or before the anchor ("On Friday, X condemned" = the Friday before);
* future ("will", "'ll", "would", "shall", "to be held", "is expected/scheduled/due/set to",
  "plans", "upcoming") -> the first occurrence on or after the anchor ("to be held Wednesday");
* no cue, or present tense -> the occurrence nearest the anchor (weekdays within 3 days,
  month-days within half a year, bare months in the anchor's year).

"last X" is strictly before the anchor, "next X" strictly after it; "this X" follows tense.
Values follow TimeML (TIMEX3): ``YYYY-MM-DD``, ``YYYY-MM``, ``YYYY``, ``YYYY-Www``,
``YYYY-Www-WE``, ``YYYY-Qn``, ``YYYY-Hn``, ``YYYY-SU`` (seasons SP/SU/FA/WI), ``YYY``
(decade), ``YY`` (century), ``YYYY-MM-DDTHH:MM[:SS]`` with an ISO 8601 zone when one is written
(``T15:00-05:00``, ``T14:45:30Z``; midnight is ``T24:00``) and ``YYYY-MM-DDTMO/AF/EV/NI`` (times),
``P3D``/``PT50M``/``PXY`` (durations), ``P1W``/``XXXX-WXX-1`` (sets) and the TimeML
references ``PRESENT_REF``, ``PAST_REF``, ``FUTURE_REF``. Years are written as found (1656,
2500), whatever a pandas Timestamp can hold. Word lists (months, weekdays, seasons, holidays,
time zones ...) are data files in ``analysis/lexicons/dates/`` (see :mod:`analysis.dates.word_lists`);
the classes and values are documented in ``docs/dates.md``.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Callable

from . import word_lists as L
from ..text.tokens import word_regex

# --------------------------------------------------------------------------------------
# Lexicons
# --------------------------------------------------------------------------------------
# month, weekday, season, part-of-day, holiday and time-zone names are data files
# (analysis/lexicons/dates/, read by analysis.dates.word_lists)
MONTHS, MONTH_ABBR, WEEKDAYS = L.MONTHS, L.MONTH_ABBR, L.WEEKDAYS
SEASONS, SEASON_MONTH, PARTS_OF_DAY = L.SEASONS, L.SEASON_MONTH, L.PARTS_OF_DAY
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90, "hundred": 100, "a hundred": 100, "a couple of": 2, "a dozen": 12, "dozen": 12,
    "couple of": 2, "thousand": 1000, "a thousand": 1000,
    "half a": 0.5, "half an": 0.5,
}
UNITS = {"second": ("S", True), "minute": ("M", True), "hour": ("H", True), "day": ("D", False),
         "week": ("W", False), "month": ("M", False), "year": ("Y", False),
         "decade": ("DE", False), "century": ("CE", False), "quarter": ("Q", False),
         "weekend": ("WE", False), "fortnight": ("W", False)}
UNIT_GRANULARITY = {"second": "second", "minute": "minute", "hour": "hour", "day": "day",
                    "week": "week", "month": "month", "year": "year", "decade": "decade",
                    "century": "century", "quarter": "quarter", "weekend": "week",
                    "fortnight": "week"}

_ALPHA_MONTHS = "|".join(sorted(MONTHS, key=len, reverse=True))
_ABBR = "|".join(a.capitalize() for a in sorted(MONTH_ABBR, key=len, reverse=True))


def _caps(words: str) -> str:
    """'january|may' -> 'January|JANUARY|May|MAY' (months are proper nouns: 'may' is not one)."""
    out = []
    for w in words.split("|"):
        out += [w.capitalize(), w.upper()]
    return "|".join(out)


MONTH_FULL = rf"(?:{_caps(_ALPHA_MONTHS)})"
MONTH_ABBR_RE = rf"(?:(?:{_ABBR}|{_ABBR.upper()})\.?)"
MONTH_ANY = rf"(?:{MONTH_FULL}|{MONTH_ABBR_RE})"
# next to a day number or a year a month name is a month in any case ("25th march 2015");
# the handlers still refuse a lower-case "may"/"march" that has no year (the verbs)
MONTH_ANYCASE = rf"(?:(?i:{_ALPHA_MONTHS})|{MONTH_ABBR_RE})"
# weekday names are read in any case ("on monday"): no English word is spelled like one
WEEKDAY_RE = rf"(?i:{'|'.join(WEEKDAYS)})"
WEEKDAY_ABBR = rf"(?:{'|'.join(a.capitalize() for a in sorted(L.WEEKDAY_ABBR, key=len, reverse=True))})\.?"
DAY_RE = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
YEAR_RE = r"(?:1[89]\d\d|20\d\d)"
# in a full date ("17 August 1656", "March 1500") any four-digit year from 1000 is a year: the
# value is written as a TimeML string whatever a pandas Timestamp can hold (1677-2262)
YEAR_WIDE = r"(?:1\d{3}|2\d{3})"
# time-zone abbreviations from the data file, plus zones without a fixed offset (ET, PT)
_TZ_RE = "|".join(sorted([z for z in L.TIME_ZONES if len(z) > 1] + ["ET", "PT", "CT"], key=len, reverse=True))
NUM_WORD_RE = (r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|"
               r"five|six|seven|eight|nine))?|(?:one|two|three|four|five|six|seven|eight|nine|ten)"
               r"(?:\s+(?:hundred|thousand))?|eleven|"
               r"twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a hundred|a thousand|"
               r"hundred|a couple of|couple of|a dozen|dozen)")
NUM_RE = rf"(?:(?<![\d.,])(?:\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?)|{NUM_WORD_RE})"
VAGUE_RE = r"(?:several|a few|few|many|some|dozens of|hundreds of|a number of|a couple)"
UNIT_RE = r"(?:seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|years?|decades?|centur(?:y|ies)|quarters?)"
MOD_RE = (r"(?:(?:early|earlier|late|later|mid|the end of|the beginning of|the start of|"
          r"the middle of|the rest of|the first half of|the second half of)[- ]?\s*)")

# --------------------------------------------------------------------------------------
# Tense of the clause around an expression
# --------------------------------------------------------------------------------------
_PRESENT_WORDS = {"is", "are", "am", "isn't", "aren't", "says", "say", "does", "do"}
_ATTRIBUTION = {"said", "says", "told", "added", "noted", "according", "stated", "reported",
                "explained", "wrote", "tweeted", "say"}
_IRREGULAR_PAST = set("""met spoke held took made gave went came told began saw left sent won lost paid
sold bought brought thought found got led fell rose struck broke chose drove flew grew knew threw
wore sought fought caught taught felt kept meant heard stood understood spent built lent sat shot
slept swore tore woke withdrew arose became wrote ran said did had was were overtook undertook
forgot forgave froze hid rode rang sang sank slid spun stole stuck stung strove swam swung bore
bit blew dealt dug drew drank ate fed fled forbade hung laid lay lit shook shone shrank sprang
upheld withheld overcame oversaw""".split())
_NOT_PAST_ED = {"need", "feed", "seed", "speed", "bed", "red", "shed", "bred", "indeed", "hundred",
                "embed", "proceed", "exceed", "succeed", "breed", "greed", "steed", "united",
                "expected", "scheduled", "slated", "planned", "armed", "based", "related",
                "limited", "detailed", "advanced", "proposed", "alleged", "so-called", "called",
                "concerned", "interested", "supposed", "used", "skilled", "talented", "aged",
                "informed", "educated", "valued", "shared", "self-ruled", "heated", "renewed",
                "sacred", "wicked", "naked", "rugged", "ragged", "beloved", "learned", "crooked"}
_AUX_BEFORE_PARTICIPLE = {"be", "been", "being", "is", "are", "am", "was", "were", "has", "have",
                          "had", "'s", "having", "get", "got", "gets"}
_SKIP = {"on", "at", "in", "by", "of", "the", "a", "an", "this", "that", "last", "next", "late",
         "early", "until", "since", "from", "to", "for", "during", "before", "after", "and",
         "also", "strongly", "again", "then", "just"}
MAX_CUE_DISTANCE = 8  # words; a verb further away rarely governs the expression
# with no cue that near, the nearest one up to this far decides a bare month ("In January, a
# week after the 25th anniversary of the Supreme Court decision, a clinic bombing in Birmingham
# killed a guard"); days and weekdays keep the nearest reading (a payment date, a deadline)
FAR_CUE_DISTANCE = 20
_WORD = word_regex(ascii=True, letters_only=True, joiners="'\u2019")


def clause_tense(sentence: str, start: int, end: int) -> str | None:
    """Tense cue nearest to ``sentence[start:end]``: 'past', 'future', 'present' or None.

    Cues are verb forms and auxiliaries: future ('will', "'ll", 'would', 'shall', 'to be',
    'is to', 'expected/scheduled/due/set to', 'plans', 'upcoming'), past (a past-tense verb:
    '-ed' forms and irregular pasts, 'was', 'had', 'did', 'ago') and present ('is', 'are',
    'says'). A participle after an auxiliary ('will be held', 'has been scheduled') gives
    way to its auxiliary. Distance counts words, skipping prepositions and determiners;
    attribution verbs ('said', 'told', 'according') weigh less unless right next to the
    expression, so in "talks will be held on Friday, officials said" the 'will' decides.

    Examples
    --------
    >>> s = "On Friday, the leaders condemned the decision."
    >>> clause_tense(s, 3, 9)
    'past'
    >>> s = "The discussion, to be held Wednesday, is significant."
    >>> clause_tense(s, 27, 36)
    'future'
    """
    return clause_tenses(sentence, start, end)[0]


def clause_tenses(sentence: str, start: int, end: int) -> tuple[str | None, str | None]:
    """(near, far): the tense cue within MAX_CUE_DISTANCE words (see :func:`clause_tense`), and
    the nearest cue up to FAR_CUE_DISTANCE words when there is none that near (else None)."""
    words = [(m.group(0), m.start(), m.end()) for m in _WORD.finditer(sentence)]
    best = None  # (cost, side, tense)
    far = None  # the same for cues beyond MAX_CUE_DISTANCE, up to FAR_CUE_DISTANCE
    left = [w for w in words if w[2] <= start]
    right = [w for w in words if w[1] >= end]
    n_left = len(left)
    for side, seq in ((0, [(i, words[i]) for i in range(n_left - 1, -1, -1)]),
                      (1, [(i, words[i]) for i in range(len(words) - len(right), len(words))])):
        dist = 0
        for idx, (w, ws, we) in seq:
            lw = w.lower().replace("\u2019", "'")
            prev = words[idx - 1][0].lower() if idx > 0 else ""
            prev2 = words[idx - 2][0].lower() if idx > 1 else ""
            nxt = words[idx + 1][0] if idx + 1 < len(words) else ""
            glued = bool(nxt) and sentence[we:words[idx + 1][1]].strip() == ""
            tense = _word_tense(lw, w, prev, prev2, nxt.lower(), nxt if glued else "")
            if tense == "past" and side == 1 and nxt.lower() == "by" and sentence[:ws].rstrip().endswith(","):
                # "on June 26, led by the September contract", "..., followed by two more": a
                # participle opening a reduced relative clause after a comma, not the verb of the
                # expression's clause; inside that clause (", caused by failures in December") it
                # stays the expression's verb (round 15)
                tense = None
            elif tense is None and glued and lw.endswith("ed") and w[0].islower() and lw not in _NOT_PAST_ED \
                    and _subject_before(words, idx, sentence):
                # "they launched rockets", "President Ruiz introduced price controls": an -ed form
                # after a pronoun or a two-word name is the subject's verb, not an adjective before
                # its noun ("preferred shares"); round 15
                tense = _word_tense(lw, w, prev, prev2, nxt.lower(), "")
            if lw not in _SKIP:
                dist += 1
            if side == 1 and lw in _ATTRIBUTION and lw != "according" and not re.match(r"\s*,", sentence[we:we + 3]):
                # "On Tuesday, officials said they will reopen the road": what follows the
                # attribution verb is the reported clause, not the clause of the expression
                # before it; a parenthetical ", officials said, the plant will ..." goes on (round 13)
                if tense is not None:
                    cand = (dist + (4 if dist > 1 else 0) + (1 if tense == "present" else 0), side, tense)
                    if dist <= MAX_CUE_DISTANCE and (best is None or cand < best):
                        best = cand
                break
            if tense is None:
                continue
            if dist > FAR_CUE_DISTANCE:
                break
            cost = dist
            if lw in _ATTRIBUTION and dist > 1:
                cost += 4
            if tense == "present":
                cost += 1
            if tense == "future_weak":
                if dist > 2:
                    continue
                tense, cost = "future", cost + 2
            if tense == "past_weak":
                tense, cost = "past", cost + 1
            cand = (cost, side, tense)
            if dist > MAX_CUE_DISTANCE:
                if far is None or cand < far:
                    far = cand
                break
            if best is None or cand < best:
                best = cand
    return (best[2] if best else None), (far[2] if best is None and far else None)


_SUBJECT_PRONOUNS = {"he", "she", "they", "we", "i", "it", "who"}


def _subject_before(words, idx: int, sentence: str) -> bool:
    """The word before ``words[idx]`` is a subject: a personal pronoun, or the second of two
    capitalised words that are not the sentence's first ("President Ruiz", "Jose Sarney")."""
    if idx < 1 or sentence[words[idx - 1][2]:words[idx][1]].strip():
        return False
    prev = words[idx - 1][0]
    if prev.lower() in _SUBJECT_PRONOUNS:
        return True
    if idx < 2 or sentence[words[idx - 2][2]:words[idx - 1][1]].strip():
        return False
    prev2 = words[idx - 2][0]
    if idx >= 3 and words[idx - 3][0].lower() in _NAME_MODIFIER_DETERMINERS:
        return False   # "the European Union funded project", "The Home Office approved scheme": a
        # determiner before the name makes "name + -ed" a modifier of the noun after it (round 15)
    return idx - 2 > 0 and prev[:1].isupper() and prev[1:].islower() and prev2[:1].isupper() and prev2[1:].islower()


#: determiners that open a noun phrase: "the New York listed company" (see :func:`_subject_before`);
#: not "that", which is also the conjunction of "said that President Ruiz introduced"
_NAME_MODIFIER_DETERMINERS = {"the", "a", "an", "its", "their", "this", "these", "those", "his",
                              "her", "our", "every", "each"}


_FUNCTION_WORDS = set("""the a an to in on at by for with from that it its his her their them him us me you
and but or as up out off over back down into about after before this these those some any no not
more less last yesterday today tomorrow again also there here what which who when where while if
because since during until through against among between within without once twice late early
around
""".split())
_ADJ_LEFT = {"a", "an", "the", "this", "that", "these", "those", "its", "their", "his", "her", "our",
             "your", "my", "still", "very", "more", "most", "less", "least", "so", "too", "well",
             "highly", "newly", "recently", "previously"}


# adverbs without -ly and market-report words that follow a verb ("docked just before midnight",
# "closed lower Friday"): the -ed form before them is a verb, not an adjective before its noun
# (lexicons/dates/adverbs_after_verb.csv; round 11)
_ADVERBS_AFTER_VERB = L.ADVERBS_AFTER_VERB
_AMOUNT_WORDS = {"million", "billion", "trillion", "mln", "bln", "pct", "percent", "per", "cent"}


# four-letter past forms in -ed ("died", "sued", "tied", "owed", "eyed", "axed", "fled", "bled";
# round 13: "He died Saturday" was read as the Saturday ahead); not "need", "feed", "seed"
_SHORT_PAST_ED = re.compile(r"^[a-z][a-df-z]ed$")


def _word_tense(lw: str, w: str, prev: str, prev2: str, nxt: str, glued_next: str = "") -> str | None:
    if lw.endswith("'ll") or lw in {"will", "shall", "won't", "upcoming", "forthcoming"}:
        return "future"
    if lw == "would":
        return "future"
    if lw in {"expected", "scheduled", "slated", "due", "set", "planned", "poised", "likely"} and \
            (nxt == "to" or lw in {"scheduled", "slated", "planned"}):
        # "was scheduled to expire Friday", "had been due to": an expectation in the past
        return "past" if (prev in {"was", "were", "had", "been"} or prev2 == "had") else "future"
    if lw in {"expects", "expect", "hopes", "hope", "seeks", "seek", "wants", "want", "intend"} and nxt == "to" \
            and prev not in _ADJ_LEFT:
        return "future"  # "expects to release results in mid-November"
    if lw in {"was", "were"} and nxt in {"planning", "preparing", "going", "about"}:
        return None  # "were planning to drive there on Monday": the plan's word decides
    if lw in {"planning", "preparing"} and nxt == "to":
        return "future"
    if lw in {"preparing", "prepares", "prepare", "bracing", "braces", "brace", "gearing", "gears"} and nxt == "for":
        if prev in {"was", "were", "had", "been"}:
            return None  # "were bracing for Sunday's storm, which killed": a past auxiliary, no cue ahead (fixdates14)
        return "future"  # "are preparing for Friday's vote", "bracing for Sunday's storm": what is ahead (round 14)
    if lw in {"plans", "plan", "intends", "aims"} and nxt == "to":
        return None if (prev in _ADJ_LEFT or prev.endswith("ed")) else "future"  # "announced plans to" is a noun
    if lw == "be" and prev == "to":
        return "future"
    if lw in {"is", "are"} and nxt == "to":
        return "future"
    if lw == "going" and nxt == "to":
        return "future"
    if lw in {"was", "were", "did", "didn't", "wasn't", "weren't", "ago"}:
        return "past"
    if lw in {"had", "hadn't"}:
        return "past"
    if lw in {"has", "have", "hasn't", "haven't"}:
        return "past_weak" if nxt not in {"to", "been"} else None  # present perfect: a past event
    if lw in _PRESENT_WORDS:
        return "present"
    participle_after_aux = prev in _AUX_BEFORE_PARTICIPLE or (prev2 in _AUX_BEFORE_PARTICIPLE and prev.endswith("ly"))
    if lw in _IRREGULAR_PAST:
        return None if participle_after_aux else "past"
    if (lw.endswith("ed") and (len(lw) >= 5 or _SHORT_PAST_ED.match(lw)) and w[0].islower() and lw not in _NOT_PAST_ED
            and not participle_after_aux):
        if prev in _ADJ_LEFT:
            return None  # "the proposed sanctions", "a still unspecified date"
        if glued_next and glued_next[0].islower() and glued_next.lower() not in _FUNCTION_WORDS \
                and not glued_next.lower().endswith("ly") and glued_next.lower() not in NUMBER_WORDS \
                and glued_next.lower() not in _ADVERBS_AFTER_VERB:
            return None  # "preferred shares", "armed forces": an adjective before its noun
        return "past"
    if prev == "to" and w[0].islower() and lw not in _FUNCTION_WORDS and not lw.endswith(("ing", "s")) \
            and lw not in {"be", "date", "power", "office", "court", "war", "school", "work", "market",
                           "bed", "prison", "trial", "sea", "church", "town", "market", "death", "light"} \
            and lw not in NUMBER_WORDS and lw not in _AMOUNT_WORDS:
        # "rose to 5.2 billion dlrs in January": "to" before an amount (its digits are no word), no infinitive
        return "future_weak"  # an infinitive: "asked it to respond by Oct. 31"
    return None


# --------------------------------------------------------------------------------------
# Calendar arithmetic
# --------------------------------------------------------------------------------------
def add_months(d: date, n: int) -> date:
    m = d.month - 1 + n
    y = d.year + m // 12
    m = m % 12 + 1
    return date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def iso_week(d: date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


def fmt_day(d: date) -> str:
    return f"{d.year:04d}-{d.month:02d}-{d.day:02d}"


def weekday_near(anchor: date, wd: int, tense: str | None, rel: str | None = None) -> date:
    """Resolve a weekday against the anchor (see the module docstring)."""
    delta = (wd - anchor.weekday()) % 7  # 0..6 days ahead
    if rel == "next":
        return anchor + timedelta(days=delta or 7)
    if rel == "last":
        back = (anchor.weekday() - wd) % 7
        return anchor - timedelta(days=back or 7)
    if tense == "future":
        return anchor + timedelta(days=delta)
    if tense == "past":
        return anchor - timedelta(days=(anchor.weekday() - wd) % 7)
    # nearest, within three days either way
    return anchor + timedelta(days=delta if delta <= 3 else delta - 7)


def month_day_near(anchor: date, month: int, day: int, tense: str | None,
                   near_ahead: bool = True) -> date | None:
    cands = []
    for y in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            cands.append(date(y, month, day))
        except ValueError:
            continue
    if not cands:
        return None
    if tense == "past":
        past = [c for c in cands if c <= anchor]
        ahead = [c for c in cands if c > anchor]
        # A day a few weeks ahead is likelier than the same day eleven months ago, which news
        # would date with its year: the past tense is then most often the reporting verb or a
        # schedule ("traders said the tender is on March 24"). Wrong for an event in the past
        # ("was arrested on March 24" written on March 1), unless the sentence says "last year".
        if near_ahead and past and ahead and (max(past) - anchor).days < -300 \
                and (min(ahead) - anchor).days <= 45:
            return min(ahead)
        return max(past) if past else min(cands, key=lambda c: abs((c - anchor).days))
    if tense == "future":
        fut = [c for c in cands if c >= anchor]
        past = [c for c in cands if c < anchor]
        # The mirror of the past case: a day a few weeks back is likelier than the same day eleven
        # months ahead, which news would date with its year ("expects to report results for the
        # June 28 quarter" written on June 29; "will be closed from March 9" written on March 12).
        # Two weeks at most: "will be held on April 24" written on May 15 stays next year (round 5 test).
        if near_ahead and fut and past and (min(fut) - anchor).days > 300 and (anchor - max(past)).days <= 14:
            return max(past)
        return min(fut) if fut else max(cands)
    return min(cands, key=lambda c: (abs((c - anchor).days), c > anchor))


def month_near(anchor: date, month: int, tense: str | None, rel: str | None = None,
               near_ahead: bool = True) -> int:
    """Year of a bare month name relative to the anchor."""
    if rel == "last":
        return anchor.year if month < anchor.month else anchor.year - 1
    if rel == "next":
        return anchor.year if month > anchor.month else anchor.year + 1
    if rel == "this":
        return anchor.year
    if tense == "nearest":
        # a deadline ("by August", "until March"): within half a year either way
        diff = month - anchor.month
        return anchor.year - 1 if diff > 6 else anchor.year + 1 if diff < -5 else anchor.year
    if tense is None or tense == "present":
        # nearest, leaning to the past (news reports what happened): up to three months ahead,
        # else the latest such month not after the anchor's ("in March" written in October
        # without a tense cue is the March before, not the one five months on)
        diff = month - anchor.month
        if diff > 3:
            return anchor.year - 1
        if diff < -8:
            return anchor.year + 1
        return anchor.year
    if tense == "past":
        if near_ahead and (month - anchor.month) % 12 == 1:
            # next month's name in a past-tense clause is a plan reported in the past ("decided
            # to admit them in early March", written in February), not eleven months back,
            # which news would call "last March" (TimeBank + AQUAINT: 10 months one ahead
            # against none eleven back)
            return anchor.year + (month < anchor.month)
        return anchor.year if month <= anchor.month else anchor.year - 1
    return anchor.year if month >= anchor.month else anchor.year + 1


# --------------------------------------------------------------------------------------
# Rules
# --------------------------------------------------------------------------------------
@dataclass
class Ctx:
    """What a handler sees: the document text, its anchor (date or None), the tense lookup and
    the sentence holding a position; ``dayfirst`` settles 03/04/2019 (None: read the document's
    hints, see :func:`numeric_day_first`); ``cache`` keeps per-document findings."""

    text: str
    anchor: date | None
    tense: Callable[[int, int], str | None]
    sentence: Callable[[int], str]
    dayfirst: bool | None = None
    tense_far: Callable[[int, int], str | None] | None = None
    cache: dict = field(default_factory=dict)


@dataclass
class Rule:
    name: str
    pattern: re.Pattern
    handler: Callable  # (match, ctx) -> dict | None
    gate: re.Pattern | None = None  # a cheap test on the lower-cased text: no match without it


RULES: list[Rule] = []

_MONTH_GATE = r"jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec"
_UNIT_GATE = r"second|minute|hour|day|week|fortnight|month|year|decade|centur|quarter"
GATES = {
    "month_day_year": _MONTH_GATE, "month_day_word": _MONTH_GATE, "week_of": r"week\s+of", "nth_week_of": r"week\s+of", "day_month_year": _MONTH_GATE, "month_year": _MONTH_GATE,
    "month_rel_year": _MONTH_GATE, "rel_month": _MONTH_GATE, "spoken_year": r"nineteen|twenty|thousand",
    "ref_adj": r"current|recent|former|future", "fiscal_short": r"fy", "year_period": r"quarter|period", "rel_fiscal_year": r"fiscal",
    "term_ref": r"term", "clock_part": r"\d\s*(?:[ap]\.?\s?m\.?\s+|\s+o['\u2019]clock\s+)?(?:this\s+(?:morning|afternoon|evening)|tonight|last\s+night|yesterday\s|tomorrow\s|(?:mon|tues|wednes|thurs|fri|satur|sun)day\s)", "same_month_year_back": r"same\s+(?:month|week)", "nth_day_now": r"\sday\s+(?:of|in|since)", "then_ref": r"(?:until|till|by|before)\s+then", "future_ref": r"one\s+day|some\s?day|(?:later|future)\s+date", "year_ended": r"(?:year|month|week)\s*,?\s*(?:which\s+|that\s+)?(?:ended|ending|to\s)", "mid_part_of_day": r"mid[- ]?(?:morning|afternoon|evening)", "year_end": r"year", "the_year": r"the\s+year", "in_the_unit": r"in\s+the\s+(?:day|week|month)", "story_unit": r"year|month|week|day|morning|afternoon|evening|night", "numeric_date": r"\d[/.-]\d", "numeric_ymd": r"\d[/.]\d", "year_wide": r"\b[12]\d{3}\b", "year_prefixed": r"(?:pre|post)-[12]", "year_apostrophe": "['\u2019]\\d\\d",
    "holiday": None,
    "clock_words": r"\b(?:past|to|after|before|till|of)\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|noon|midday|midnight|\d)|o['\u2019]clock|in\s+the\s+(?:morning|afternoon|evening)|at\s+night",
    "decade": r"0s|ties\b", "century": r"century", "quarter": r"quarter|q[1-4]|[1-4]q", "year_quarter": r"quarter",
    "month_quarter": r"quarter", "the_quarter": r"quarter|period|year-|year\s+(?:earlier|before)", "half": r"half|two\s+quarters", "season": r"spring|summer|autumn|fall|winter",
    "day_word": r"today|tonight|tomorrow|yesterday", "overnight": r"overnight", "part_of_day": r"morning|afternoon|evening|night",
    "weekday": r"monday|tuesday|wednesday|thursday|friday|saturday|sunday",
    "rel_unit": r"week|month|year|decade|century", "ago": _UNIT_GATE, "duration": _UNIT_GATE,
    "duration_vague": _UNIT_GATE, "duration_plural": r"years|months|weeks|days|decades|quarters|centuries|(?:first|early|final|last|closing|opening|initial)\s+(?:hours|minutes)",
    "set_seasons": r"summers|winters|autumns", "duration_while": r"while|time|period", "duration_compound": _UNIT_GATE, "duration_half": r"half|1/2|\u00bd", "duration_the_past": _UNIT_GATE,
    "set_adj": r"annual|yearly|monthly|weekly|daily|nightly|hourly|quarterly|biannual|semiannual|bimonthly|biweekly|fortnightly",
    "days_around_day_word": r"yesterday|today|tomorrow",
    "set_every": r"every|each", "set_freq": r"once|twice|thrice|times", "set_per": r"per\s|a\s+(?:year|month|week|day)|an\s+hour",
    "set_weekdays": r"days\b|weekends|day\s+(?:morning|afternoon|evening|night)s", "clock": r"\d\s*[ap]\.?\s?m|noon|midday|midnight|:\d\d|\d{4}\s*[a-z]",
    "ref": r"now|current|present|these days|moment|this time|recent|lately|previous|formerly|past|future|soon|years to come|coming|ahead",
}

# Rules whose gate hit lies inside every match (checked by reading each pattern: the month
# name, unit, clock mark, season ... the gate looks for is a part the pattern cannot match
# without). analysis.dates.extract searches these near their gate hits only
# (analysis.text.regex_window.gated_finditer), with the same matches as a full scan.
GATE_IN_MATCH = frozenset({
    "month_day_year", "month_day_word", "day_month_year", "month_year", "month_rel_year", "rel_month",
    "duration", "ago", "rel_unit", "story_unit", "duration_vague", "duration_the_past",
    "ref", "clock", "clock_words", "season", "quarter", "decade", "numeric_date", "numeric_ymd",
    "year_wide", "year_end", "set_freq", "the_year", "in_the_unit", "duration_half",
    "duration_compound", "duration_plural", "set_seasons", "duration_while", "year_prefixed",
    "future_ref", "then_ref", "nth_day_now", "same_month_year_back", "clock_part", "overnight",
})


def rule(name: str, pattern: str, flags: int = 0):
    def deco(fn):
        gate = GATES.get(name)
        # gates are written in lower case and searched in the lower-cased text (once per
        # document, shared by the rules with the same gate: see analysis.dates.extract._find)
        RULES.append(Rule(name, re.compile(pattern, flags), fn, re.compile(gate) if gate else None))
        return fn
    return deco


def out(value, granularity, kind="date", basis="absolute", **extra):
    d = {"value": value, "granularity": granularity, "kind": kind, "basis": basis}
    d.update(extra)
    return d


def _month_num(token: str) -> int:
    t = token.lower().rstrip(".")
    return MONTHS.get(t) or MONTH_ABBR[t]


def _num(token: str):
    t = token.lower().replace("-", " ").strip()
    t = re.sub(r"\s+", " ", t)
    if re.fullmatch(r"\d+(?:,\d{3})*", t):
        return int(t.replace(",", ""))
    if re.fullmatch(r"\d+\.\d+", t):
        return float(t)
    if t in NUMBER_WORDS:
        return NUMBER_WORDS[t]
    parts = t.split()
    if len(parts) == 2 and parts[0] in NUMBER_WORDS and parts[1] in {"hundred", "thousand"}:
        return NUMBER_WORDS[parts[0]] * NUMBER_WORDS[parts[1]]  # "three hundred", "a thousand"
    if len(parts) == 2 and parts[0] in NUMBER_WORDS and parts[1] in NUMBER_WORDS:
        return NUMBER_WORDS[parts[0]] + NUMBER_WORDS[parts[1]]
    return None


_CTX_WORD_BEFORE = re.compile(r"(?:\b(?:in|since|until|till|by|of|from|to|through|during|before|after|early|"
                              r"a|an|its|their|his|her|our|effective|"
                              r"late|mid|last|next|this|that|each|every|between|and|on|around|about|"
                              r"for|fiscal|calendar|circa|spring|summer|autumn|fall|winter|year|"
                              r"the|as)[\s-]+|\bmid-)$", re.I)


def _prev_word(text: str, i: int) -> str:
    m = re.search(r"([A-Za-z']+)[^A-Za-z']*$", text[max(0, i - 40):i])
    return m.group(1) if m else ""


# a past limit: "until Thursday, they had not called him", "had filed their reports by
# Wednesday"; not a deadline set in the past ("had been given until April 22")
_PLUPERFECT_NOT = re.compile(r"\bhad(?:n't|\s+not|\s+never)\s+(?:yet\s+)?(?:been\s+)?[a-z]+(?:ed|en|wn|ne|t)\b", re.I)
_PLUPERFECT_DONE = re.compile(r"\bhad\s+(?:already\s+)?(?!been\b)[a-z]+(?:ed|en|wn|ne|t)\b", re.I)


# "in contrast to Thursday", "compared to March": "to" after these words names no deadline
# (lexicons/dates/not_deadline_before_to.csv)
_NOT_DEADLINE_TO = re.compile(r"\b(?:" + "|".join(map(re.escape, L.NOT_DEADLINE_BEFORE_TO)) + r")\s+to\W*$", re.I)


_AS_SOON_AS = re.compile(r"\bas\s+soon\s+as\s+$", re.I)
_SINCE_THE = re.compile(r"\bsince\s+(?:(?:shortly|just|soon|right|immediately|long)\s+)?(?:(?:after|before)\s+)?"
                        r"(?:the|last)\s+$", re.I)


# the period of a month abbreviation ("from Sept. 14 to Thursday") ends no sentence (round 11)
_ABBR_DOT = re.compile(rf"\b({_ABBR})\.")
_LASTED = re.compile(r"\b(?:" + "|".join(sorted(L.LASTED_UNTIL)) + r")(?:\s+on)?\s+(?:until|till|through)\s+"
                     r"(?:(?:early|late|mid)\s+)?(?:\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?\s?m\.?\s+|noon\s+|midnight\s+)?$", re.I)
_JUST_BEFORE = re.compile(r"\b(?:shortly|just|minutes|hours|moments|seconds|right|soon|immediately|only)\s+before\s+$", re.I)


def _tense_with_preposition(ctx, m, deadline: str | None = None) -> str | None:
    """Tense for a date, letting its preposition speak first.

    "since March" lies in the past whatever the verb; "extended to Nov. 20", "until Friday",
    "by Jan. 3" name a deadline that may fall after the anchor even in a past-tense clause:
    those get ``deadline`` (None = the nearest occurrence; weekdays use 'future').
    """
    prev = _prev_word(ctx.text, m.start()).lower()
    gap = ctx.text[max(0, m.start() - len(prev) - 3):m.start()]
    lead = ctx.text[max(0, m.start() - 45):m.start()]
    if _AS_SOON_AS.search(lead):
        return "future"  # "ready to leave as soon as Tuesday": the earliest time ahead
    if _SINCE_THE.search(lead):
        return "past"  # "since shortly after the Oct. 23 slaying", "since the March 3 vote"
    if prev and re.search(rf"\b{re.escape(prev)}\W*$", gap, re.I):
        if prev == "since":
            return "past"
        if prev in {"until", "till", "through", "to", "by", "before"}:
            if prev == "before" and _JUST_BEFORE.search(ctx.text, max(0, m.start() - 30), m.start()):
                # "entered the city shortly before noon Tuesday": a time point, not a deadline (round 10)
                return ctx.tense(m.start(), m.end())
            if prev == "to" and _NOT_DEADLINE_TO.search(ctx.text[max(0, m.start() - 20):m.start()]):
                return ctx.tense(m.start(), m.end())  # "in contrast to Thursday, when ...": no deadline
            if prev in {"until", "till", "through"} and _LASTED.search(ctx.text, max(0, m.start() - 40), m.start()) \
                    and ctx.tense(m.start(), m.end()) in ("past", None):
                return "past"  # "the storm lasted until Tuesday morning": a past end point (round 11)
            plup = _PLUPERFECT_NOT if prev in {"until", "till"} else _PLUPERFECT_DONE
            if prev != "to" and plup.search(ctx.text, max(0, m.start() - 50), min(len(ctx.text), m.end() + 50)) \
                    and ctx.tense(m.start(), m.end()) == "past":
                return "past"  # "until Thursday, they had not called him a suspect": a past limit
            if prev in {"to", "through", "until", "till"} and re.search(
                    r"\bfrom\b[^.;!?]{1,40}$", _ABBR_DOT.sub(r"\1 ", ctx.text[max(0, m.start() - 60):m.start()]), re.I):
                return ctx.tense(m.start(), m.end())  # "bought from Sept. 14 to Thursday": a range, by tense
            return deadline
        if prev == "effective":
            return "future"  # "effective June 1": a rule that starts, usually ahead
        if prev == "of" and re.search(r"\bas\s+of\W*$", gap + " ", re.I) or re.search(r"\bas of\s+$", ctx.text[max(0, m.start() - 8):m.start()], re.I):
            return None  # "as of Sept. 30": a reporting date, the nearest one
    return ctx.tense(m.start(), m.end())


def _at_sentence_start(text: str, i: int) -> bool:
    before = text[max(0, i - 3):i]
    return i == 0 or bool(re.search(r"(?:[.!?]\"?\s+|\n\s*|^\s*|[\"(]\s*)$", before))


# -- explicit dates ---------------------------------------------------------------------
@rule("iso_date", r"\b(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?\b")
def _iso(m, ctx):
    y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
    try:
        date(y, mo, d)
    except ValueError:
        return None
    if m.group(4):
        return out(f"{y:04d}-{mo:02d}-{d:02d}T{m.group(4)}:{m.group(5)}", "time", "time")
    return out(f"{y:04d}-{mo:02d}-{d:02d}", "day")


_NUMERIC_DMY = re.compile(r"(?<![\d/.$-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d\d)(?![\d/%-]|\.\d)")


def numeric_day_first(ctx) -> bool:
    """Whether an ambiguous numeric date (03/04/2019) puts the day first in this document.

    The ``dayfirst`` argument of :func:`analysis.extract_dates` decides when given. Otherwise
    the document's own unambiguous dates vote: numeric dates whose first number exceeds 12
    (25/12/2010) and written dates with the day first ("3 January 2019") for day-first;
    numeric dates whose second number exceeds 12 (12/25/2010) and "January 3, 2019" for
    month-first. A tie (no hints) is month-first, the US convention of most English wires.
    """
    if ctx.dayfirst is not None:
        return ctx.dayfirst
    if "dayfirst" not in ctx.cache:
        dmy = mdy = 0
        for m in _NUMERIC_DMY.finditer(ctx.text):
            a, b = int(m.group(1)), int(m.group(3))
            dmy += a > 12 >= b
            mdy += b > 12 >= a
        dmy += len(re.findall(rf"\b{DAY_RE}\s+(?:of\s+)?{MONTH_FULL}\b", ctx.text))
        mdy += len(re.findall(rf"\b{MONTH_FULL}\s+{DAY_RE}\b(?!\s*(?:{MONTH_FULL}))", ctx.text))
        ctx.cache["dayfirst"] = dmy > mdy
    return ctx.cache["dayfirst"]


@rule("numeric_date", _NUMERIC_DMY.pattern)
def _numeric(m, ctx):
    """12/03/2007, 12-03-2007, 03.12.2007 (see :func:`numeric_day_first` for the order)."""
    a, b, sep, y = int(m.group(1)), int(m.group(3)), m.group(2), m.group(4)
    if len(y) == 2 and sep == "-":
        return None  # "12-03-07": a score, a code or a range more often than a date
    y = int(y) if len(y) == 4 else (2000 + int(y) if int(y) < 50 else 1900 + int(y))
    if not 1000 <= y <= 2999:
        return None
    if a > 12:
        dayfirst = True
    elif b > 12:
        dayfirst = False
    elif sep == ".":
        dayfirst = True  # dots: the European day.month.year
    else:
        dayfirst = numeric_day_first(ctx)
    d, mo = (a, b) if dayfirst else (b, a)
    try:
        date(y, mo, d)
    except ValueError:
        return None
    return out(f"{y:04d}-{mo:02d}-{d:02d}", "day")


@rule("numeric_ymd", r"(?<![\d/.$-])((?:1\d|20)\d\d)([/.])(\d{1,2})\2(\d{1,2})(?![\d/%]|\.\d)")
def _numeric_ymd(m, ctx):
    """2007/12/03, 2007.12.03: year, month, day (ISO order)."""
    y, mo, d = int(m.group(1)), int(m.group(3)), int(m.group(4))
    try:
        date(y, mo, d)
    except ValueError:
        return None
    return out(f"{y:04d}-{mo:02d}-{d:02d}", "day")


_WD_PREFIX = rf"(?:(?:{WEEKDAY_RE}|{WEEKDAY_ABBR}),?\s+)?"


@rule("month_day_year",
      rf"\b{_WD_PREFIX}({MONTH_ANYCASE})\s+({DAY_RE})(?:\s*(?:,\s*|\s)({YEAR_WIDE}))?(?![\d%]|:\d|\.\d|,\d{{3}})")
def _month_day(m, ctx):
    return _resolve_day(m, ctx, month=m.group(1), day=m.group(2), year=m.group(3))


def _resolve_day(m, ctx, month, day, year):
    """A day named by month and day: absolute with a year, else placed by tense near the anchor."""
    if not _month_ok(month, year, ctx, m):
        return None
    mo = _month_num(month)
    day = int(re.match(r"\d+", day).group(0))
    if year and not YEAR_RE_C.fullmatch(year) and _YEAR_NOT_AFTER.match(ctx.text[m.end():m.end() + 40]):
        return None  # "June 3 1500 troops"
    if year:
        try:
            return out(fmt_day(date(int(year), mo, day)), "day")
        except ValueError:
            return None
    if ctx.anchor is None:
        return out(None, "day", basis="relative")
    d = month_day_near(ctx.anchor, mo, day, _tense_with_preposition(ctx, m),
                       near_ahead=not _YEAR_BACK.search(ctx.sentence(m.start())))
    return out(fmt_day(d), "day", basis="relative") if d else None


_DAY_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}


#: after a number word: the rest of a number or proportion ("two and a half", "one in five", "three
#: or four", "one by one"), no day
_NUMBER_PHRASE_AFTER = re.compile(r"\s+(?:and\s+a\s+(?:half|quarter)|(?:in|out\s+of|or)\s+(?:a\s+)?"
                                  r"(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3}|hundred|thousand)\b|by\s+one\b)", re.I)
#: before the month: "in"/"during" (a month as the time of a clause: "In May two ... voted"), or
#: "the" ("than the March one.": a pronoun when nothing but punctuation follows)
_MONTH_NOT_A_DAY_BEFORE = re.compile(r"\b(in|during|the)\s+$", re.I)


@rule("month_day_word", rf"\b({MONTH_FULL}|{MONTH_ABBR_RE})\s+(one|two|three|four|five|six|seven|eight|nine)\b(?![-\u2010\u2013])"
                        rf"(?:,?\s+({YEAR_WIDE})\b(?![\d%]))?")
def _month_day_word(m, ctx):
    """"April one", "March five, 1987": wire copy that spells out numbers under ten writes days
    one to nine in words (Reuters-21578: 446 in 21,578 stories; round 15). Only when the day
    ends the phrase (punctuation, a year, or a function word follows), so "In March one analyst
    said", "In May one of the plants", "In April three were killed" stay a month."""
    if not m.group(3):
        nxt = re.match(r"\s*([A-Za-z]+|\S)?", ctx.text[m.end():m.end() + 20]).group(1)
        if nxt and nxt[0].isalpha() and (nxt.lower() not in _FUNCTION_WORDS or nxt.lower() in {"of", "more", "less"}):
            return None
        before = _MONTH_NOT_A_DAY_BEFORE.search(ctx.text[max(0, m.start() - 20):m.start()])
        if _NUMBER_PHRASE_AFTER.match(ctx.text, m.end()) or before and (
                before.group(1).lower() != "the" or not (nxt and nxt[0].isalpha())):
            return None   # "In May two and a half million", "one in five", "three or four ministers",
            # "Between January and May two and a half", "than the March one.": a number opening a
            # noun phrase or a pronoun; wire copy writes its days after "payable", "effective",
            # "on", "between March 12 and", "the January one through March 2" (round 15)
    return _resolve_day(m, ctx, month=m.group(1), day=str(_DAY_WORDS[m.group(2)]), year=m.group(3))


@rule("week_of", rf"\b(?:the\s+)?week\s+of\s+({MONTH_ANYCASE})\s+({DAY_RE})(?:,?\s+({YEAR_WIDE}))?(?![\d%]|:\d)")
def _week_of(m, ctx):
    """"the week of March 6": the ISO week holding that day (placed by tense like the day)."""
    r = _resolve_day(m, ctx, month=m.group(1), day=m.group(2), year=m.group(3))
    if not r or not r["value"]:
        return r if r is None else {**r, "granularity": "week"}
    return {**r, "value": iso_week(date.fromisoformat(r["value"])), "granularity": "week"}


@rule("nth_week_of", rf"\b(?i:the\s+(first|second|third|fourth|last|final)\s+week\s+of)\s+({MONTH_ANYCASE})"
                     rf"(?:,?\s+({YEAR_WIDE}))?\b(?!\s+\d)")
def _nth_week_of(m, ctx):
    """"the first week of January", "the last week of May 2023": the ISO week holding the middle
    day of that seven-day stretch of the month (day 4, 11, 18, 25; the fourth day from the end
    for the last week); the month is placed by tense like a bare month (round 14)."""
    word, name = m.group(1).lower(), m.group(2)
    if not _month_ok(name, m.group(3), ctx, m):
        return None
    mo = _month_num(name)
    if m.group(3):
        y = int(m.group(3))
    elif ctx.anchor is None:
        return out(None, "week", basis="relative")
    else:
        y = month_near(ctx.anchor, mo, _tense_with_preposition(ctx, m, deadline="nearest"))
    if word in {"last", "final"}:
        d = add_months(date(y, mo, 1), 1) - timedelta(days=4)
    else:
        d = date(y, mo, 7 * ORDINALS[word] - 3)
    # the month stays in view for "the same month last year" (analysis.dates.extract._resolve_discourse)
    return out(iso_week(d), "week", basis="absolute" if m.group(3) else "relative", month_in_view=(y, mo))


YEAR_RE_C = re.compile(YEAR_RE)


def _month_ok(month: str, year, ctx, m) -> bool:
    """A month name written in lower case counts unless it is 'may' or 'march' without a year."""
    if month[:1].isupper():
        return True
    return bool(year) or month.lower() not in {"may", "march"}


_YEAR_BACK = re.compile(r"\b(?:last year|a year (?:ago|earlier)|the (?:previous|prior) year|the year before)\b", re.I)


@rule("day_month_year",
      rf"\b{_WD_PREFIX}(?:the\s+)?({DAY_RE})\s+(?:of\s+)?({MONTH_ANYCASE})(?:,?\s+({YEAR_WIDE}))?(?![\d%]|,\d)")
def _day_month(m, ctx):
    return _resolve_day(m, ctx, month=m.group(2), day=m.group(1), year=m.group(3))


@rule("month_year", rf"\b(?:(?i:{MOD_RE}))?({MONTH_ANYCASE}),?\s+(?:of\s+)?({YEAR_WIDE})\b(?![\d%]|-\d|,\d)")
def _month_year(m, ctx):
    if not YEAR_RE_C.fullmatch(m.group(2)) and _YEAR_NOT_AFTER.match(ctx.text[m.end():m.end() + 40]):
        return None
    return out(f"{int(m.group(2)):04d}-{_month_num(m.group(1)):02d}", "month")


@rule("month_rel_year", rf"\b(?:(?i:{MOD_RE}))?({MONTH_FULL}|{MONTH_ABBR_RE})\s+(?:of\s+)?((?i:this|last|next))\s+year\b")
def _month_rel_year(m, ctx):
    mo = _month_num(m.group(1))
    if ctx.anchor is None:
        return out(None, "month", basis="relative")
    y = ctx.anchor.year + {"this": 0, "last": -1, "next": 1}[m.group(2).lower()]
    return out(f"{y:04d}-{mo:02d}", "month", basis="relative")


@rule("year_period", rf"\b(?:the\s+)?({YEAR_RE})\s+(?:fiscal\s+)?(quarter|period)\b", re.I)
def _year_period(m, ctx):
    """"the 1988 quarter", "the 1989 period": that year's quarter in view (the quarter a
    company report is about), else the year."""
    return out(m.group(1), "year", discourse="with_year")


@rule("rel_fiscal_year", r"\b(?:the\s+)?(current|this|last|latest|previous|prior|next|coming)\s+fiscal\s+year\b"
                         r"|\b[Tt]he\s+fiscal\s+year\b(?=\s*[,.;:)!?]|\s+(?:and|but|or|as|so|for|in|at|on|by|with|"
                         r"was|were|is|has|had|will|would|because|while|amid|despite)\b)", re.I)
def _rel_fiscal_year(m, ctx):
    """"the current fiscal year", "last fiscal year": named by the calendar year it is in. "the
    fiscal year" alone, before punctuation or a function word ("lower earnings for the fiscal
    year."), is the anchor's, as "for the year" is (TimeBank: DATE 3 times); "the fiscal year
    ended/to/ending ..." stays a length (rules year_ended, period_to; round 14). A bare one is the
    year of a year end named before it ("its fiscal year ended Dec. 31. Net income for the fiscal
    year ..." written in February: the year just ended; extract._resolve_discourse) unless it is
    still running (a future clause, "the rest of"); "The fiscal year in which ... ended in June
    2019" is the year of the end its own sentence gives ("which ended June 30": the last June 30
    before the anchor), no date when no end day is given (fixdates14)."""
    if ctx.anchor is None:
        return out(None, "year", basis="relative")
    if m.group(1) is None:
        sent = ctx.sentence(m.start())
        k = ctx.text.find(sent, max(0, m.end() - len(sent))) if sent else -1
        rest = ctx.text[m.end():k + len(sent)] if 0 <= k <= m.start() else ""
        ended = re.search(r"\b(?:ended|ends|ending|closed)\b(?:[^.;:!?]|\.(?=\s*\d))*", rest)
        if ended:
            year = re.search(r"\b(?:19|20)\d\d\b", ended.group(0))
            if year:
                return out(year.group(0), "year", basis="relative")
            month = re.search(rf"\b({MONTH_FULL}|{MONTH_ABBR_RE})(?=\s+\d)", ended.group(0))
            if month is None:
                return None
            # "..., which ended June 30": the last such month end before the anchor
            mo = _month_num(month.group(1))
            return out(f"{ctx.anchor.year - (mo >= ctx.anchor.month):04d}", "year", basis="relative")
        running = ctx.tense(m.start(), m.end()) == "future" or re.search(
            r"\b(?:balance|rest|remainder|beginning|start)\s+of\s+$", ctx.text[max(0, m.start() - 20):m.start()], re.I)
        # "The final outcome for the fiscal year will be ...", "the rest of the fiscal year": one still running
        if running:
            return out(f"{ctx.anchor.year:04d}", "year", basis="relative")
        return out(f"{ctx.anchor.year:04d}", "year", basis="relative", discourse="fiscal_year")
    step = {"current": 0, "this": 0, "last": -1, "latest": -1, "previous": -1, "prior": -1,
            "next": 1, "coming": 1}[m.group(1).lower()]
    return out(f"{ctx.anchor.year + step:04d}", "year", basis="relative")


# -- "could one day", "someday", "at a later date": an unnamed time ahead (FUTURE_REF) -------------
@rule("future_ref", r"\b(?:will|would|could|can|may|might|should|must|shall)(?:\s+(?:still|also|yet|even|eventually|indeed|really))?"
                    r"\s+(one\s+day|some\s?day)\b(?![- ](?:old|long|later|earlier|after|before|ahead|ago))"
                    r"|\b(someday)\b|\b(?:at\s+)?((?:a|some)\s+(?:later|future)\s+date)\b"
                    # "hopes to one day run", "dreams of one day playing", "hope they one day see",
                    # "Perhaps one day we will know": "one day" between its verb's subject or "to"/"of"
                    # and the verb, or before a subject and a modal (round 12, durations)
                    r"|\b(?:to|of|(?-i:I|[Hh]e|[Ss]he|[Ww]e|[Tt]hey))\s+(one\s+day)(?=\s+(?-i:[a-z]+)\b(?![-'\u2019]))"
                    r"(?!\s+(?:old|long|later|earlier|after|before|ahead|ago)\b)"
                    r"|(?<![\w-])(one\s+day)(?=,?\s+(?:I|you|he|she|we|they|it)\s+(?:will|would|could|can|may|might|shall)\b)",
      re.I)
def _future_ref(m, ctx):
    """"the drug could one day replace insulin", "she would someday return", "resume at a later
    date": an unnamed time ahead, FUTURE_REF (TimeML 1.2.1 annotates "one day" so when it says
    when, not how long). Only after a modal verb: "the strike will last one day" and "one day
    later" stay durations. The same "one day" without a modal: "hopes to one day run" (a verb
    follows "to"), "of one day playing" (an -ing form follows "of"), "hope they one day see" (a
    verb, not in the past, follows a subject pronoun), "Perhaps one day we will know" (a subject
    and a modal follow). "cut to one day", "gave him one day to leave", "for one day we will
    close" (a length word before), "they one day walked in" (past narrative) stay as they were."""
    g = next(i for i in range(1, 6) if m.group(i))
    if g == 4:
        lead = m.group(0)[:m.start(4) - m.start()].strip().lower()
        nxt = re.match(r"\s+([a-z]+)", ctx.text[m.end():]).group(1)
        if nxt in _FUNCTION_WORDS or (lead == "of" and not nxt.endswith("ing")):
            return None
        if lead not in {"to", "of"} and (nxt.endswith("ed") or nxt in _IRREGULAR_PAST):
            return None  # "they one day walked in": a past day, not the future
    if g == 5 and _prev_word(ctx.text, m.start(5)).lower() in _LENGTH_BEFORE:
        return None  # "for one day we will close the road": a length
    return out("FUTURE_REF", "reference", basis="relative", span=(m.start(g), m.end(g)))


# words before "one day" that make it a length ("for one day", "in just one day", "lasted one day";
# lexicons/dates/one_day_length_before.csv)
_LENGTH_BEFORE = L.ONE_DAY_LENGTH_BEFORE


# -- "Until then", "by then": the last date the story named -----------------------------------------
@rule("then_ref", r"\b(?:until|till|by|before)\s+(then)\b(?![-\u2013])", re.I)
def _then_ref(m, ctx):
    """"Conversion rights end on June 30. Until then, the stock remains convertible": "then" is
    June 30 (TimeML annotates such an anaphoric "then" with the date it refers to). Only after
    until/till/by/before, where "then" is a time, not "and then" of a sequence; the value is the
    day, month or year named last before it (analysis.dates.extract._resolve_discourse), and
    the expression is dropped when the story named none."""
    return out(None, "day", basis="relative", discourse="story_then", span=(m.start(1), m.end(1)))


# -- "Today is the eighth day of the strike", "It's the second day of an offensive" ------------------
@rule("nth_day_now", r"\b(?:today\s+is|it\s*['\u2019]s|it\s+is|this\s+is|(?:today|it)\s+(?:marks|was)|yesterday\s+was)\s+"
                     r"(the\s+(?:(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
                     r"thirteenth|fourteenth|fifteenth|twentieth|thirtieth|\d{1,3}(?:st|nd|rd|th))(?:\s+(?:straight|"
                     r"consecutive|full))?|last|final)\s+day)\s+(?:of|in|since)\b", re.I)
def _nth_day_now(m, ctx):
    """"today is the eighth day of Desert Shield", "It's the second day of an offensive": the
    day the sentence speaks from, a DATE (the anchor; "yesterday was" the day before, "it was"
    in a story is left to the day in view and not read here)."""
    lead = m.group(0).lower()
    if re.match(r"it\s+was", lead):
        return None  # a story's past day: which one is not said here
    if ctx.anchor is None:
        return out(None, "day", basis="relative", span=(m.start(1), m.end(1)))
    d = ctx.anchor - timedelta(days=1) if lead.startswith("yesterday") else ctx.anchor
    return out(fmt_day(d), "day", basis="relative", span=(m.start(1), m.end(1)))


@rule("term_ref", r"\b(?:the|in the)\s+(near|short|long|longer)[- ]term\b(?![- ](?:debt|notes?|bonds?|loans?|rates?|paper|care|contracts?|unemploy))", re.I)
def _term_ref(m, ctx):
    """"in the near term", "over the long term": the future (FUTURE_REF)."""
    nxt = re.match(r"\s*([A-Za-z]+)", ctx.text[m.end():m.end() + 20])
    if nxt and nxt.group(1)[0].islower() and nxt.group(1) not in _FUNCTION_WORDS | {"is", "are", "was", "will", "would"}:
        return None  # "the long-term savings": an adjective
    span = (m.start() + 3, m.end()) if m.group(0).lower().startswith("in ") else None
    return out("FUTURE_REF", "reference", basis="relative", **({"span": span} if span else {}))


# "in the morning" takes a day named at most this many characters before it (about two
# sentences of news prose), else it is left out
_PART_OF_DAY_REACH = 250
_CLOCK_THEN_PART = re.compile(r"(?:\d|[ap]\.?\s?m\.?|o['\u2019]clock|noon|midnight)\s*$", re.I)


@rule("same_month_year_back", r"\b(?:the\s+)?same\s+(month|week)\s+(?:of\s+)?(?:last\s+year|a\s+year\s+(?:earlier|ago|before)|"
                              r"the\s+(?:previous|prior|preceding)\s+year)\b", re.I)
def _same_month_year_back(m, ctx):
    """"sales in February rose 19% over the same month last year": the month in view a year
    back, one DATE (1986-02 in a story on February 1987), not the month in view and a separate
    "last year"; "the same week a year earlier": the week in view, same week number, a year
    back (round 10)."""
    if m.group(1).lower() == "week":
        return out(None, "week", basis="relative", discourse=("story", "year_back", "week"))
    return out(None, "month", basis="relative", discourse=("story", -12, "month"))


# words after which "that" starts a clause rather than pointing back ("said that year-end ...")
_THAT_CONJUNCTION_BEFORE = _ATTRIBUTION | {"so", "such", "now", "believe", "believes", "believed", "think", "thinks",
                                           "thought", "know", "knew", "show", "shows", "showed", "hope", "hoped",
                                           "expect", "expects", "expected", "announced", "insisted", "argued", "warned"}


@rule("story_unit", r"\b(?:the\s+)?(following|previous|preceding|prior|same|that|next)\s+(year|month|week)\b(?![- ](?:old|long|ago|earlier))"
                   r"|\b(?:(?:earlier|later)\s+)?(?:the\s+(next|following|previous|preceding|prior|same)|that(?:\s+same)?)\s+"
                   r"(day|morning|afternoon|evening|night)\b(?![- ](?:old|long))"
                   r"|\bin\s+(the\s+(?:(?:early|late)\s+)?(morning|afternoon|evening))\b"
                   r"(?!\s+(?:of|news|papers?|editions?|sessions?|shifts?|hours|light|sun|air|show|prayers?)\b)", re.I)
def _story_unit(m, ctx):
    """"the following year", "that year", "the previous month": counted from the story's last
    full date (see analysis.dates.extract._resolve_discourse), not from the publication date.
    "the next day", "the previous day", "the same day", "that day", "earlier that day": counted
    from the last day named in the story (written out or resolved, "On Tuesday ... the next day"), else from the anchor.
    "in the morning", "in the late afternoon": a TIME of the day named at most
    ``_PART_OF_DAY_REACH`` characters before; left out without one."""
    if m.group(6):
        # "in the morning", "in the late afternoon" (round 7): a time of that day when a day was
        # named shortly before ("Prices fell Friday. Dealers bought in the morning"); left out
        # without one (habitual: "people drink tea in the morning") and after a clock time
        # ("6 a.m. in the morning" is the clock's)
        if _CLOCK_THEN_PART.search(ctx.text, max(0, m.start() - 20), m.start()):
            return None
        part = PARTS_OF_DAY[m.group(6).lower()]
        disc = ("story_day", 0, part, True, _PART_OF_DAY_REACH)
        span = (m.start(5), m.end())
        if ctx.anchor is None:
            return out(None, "time", "time", basis="relative", discourse=disc, span=span)
        return out(fmt_day(ctx.anchor) + f"T{part}", "time", "time", basis="relative", discourse=disc, span=span)
    if m.group(4):
        # "that day", "that same day", "earlier that day": the day in view (step 0)
        step = {"next": 1, "following": 1, "same": 0}.get(m.group(3).lower(), -1) if m.group(3) else 0
        part = PARTS_OF_DAY.get(m.group(4).lower())
        # "that day" points back to a day the story named: without one it is left out (the
        # publication date would be a guess; "I will never forget that day")
        disc = ("story_day", step, part, not m.group(3))
        if ctx.anchor is None:
            return out(None, "day", basis="relative", discourse=disc)
        d = ctx.anchor + timedelta(days=step)
        return out(fmt_day(d) + (f"T{part}" if part else ""), "time" if part else "day",
                   "time" if part else "date", basis="relative", discourse=disc)
    word, unit = m.group(1).lower(), m.group(2).lower()
    if word == "next" and not (_at_sentence_start(ctx.text, m.start()) and m.group(0).lower().startswith("the")
                               and re.match(r"\s*,", ctx.text[m.end():m.end() + 3])):
        return None  # "over the next year" is a duration; only "The next year, ..." opens a story's year (round 10)
    if word == "that" and not re.search(r"\b(?:in|of|during|by|until|later|earlier|since)\s+$",
                                         ctx.text[max(0, m.start() - 10):m.start()], re.I):
        # "that year's budget" as a subject is often the anchor's year: left out; so is "that"
        # as a conjunction ("officials said that year-end ...", "so that year after year");
        # "imports that year", "That year, the firm ..." point back to the story's year (round 10)
        prev = re.search(r"([A-Za-z]+)\W*$", ctx.text[max(0, m.start() - 20):m.start()])
        if re.match(r"[-'\u2019]|\s+(?:after|by|to|on)\b", ctx.text[m.end():m.end() + 7]) \
                or (prev and prev.group(1).lower() in _THAT_CONJUNCTION_BEFORE):
            return None
    step = {"following": 1, "next": 1, "previous": -1, "preceding": -1, "prior": -1, "same": 0, "that": 0}[word]
    return out(None, unit, basis="relative", discourse=("story", step, unit))


@rule("year_end", r"\b(?:the\s+)?(?:year[- ]end|year['\u2019]s\s+end|end\s+of\s+the\s+year|full\s+year)\b(?![- ](?:results?|figures?|bonus|dividend))", re.I)
def _year_end(m, ctx):
    """"by year-end", "the end of the year", "the full year": the anchor's year (TimeML writes
    the end of a year as the year with mod="END", which this table does not carry); "since
    year-end", in the past tense: the year before."""
    if ctx.anchor is None:
        return out(None, "year", basis="relative")
    y = ctx.anchor.year
    if "full" in m.group(0).lower():
        return out(f"{y:04d}", "year", basis="relative")
    tense = _tense_with_preposition(ctx, m)
    if tense == "past" and (ctx.anchor.month, ctx.anchor.day) != (12, 31):
        y -= 1
    return out(f"{y:04d}", "year", basis="relative")


@rule("the_year", r"\b(?:(?:[Ee]arlier|[Ll]ater)\s+in\s+)?[Tt]he\s+year\b(?![- ](?:ago|earlier|end|old|long|round))"
                  r"(?=\s*[,.;:)!?]|['\u2019]s\s+(?!end\b)[a-z]|\s+(?:and|but|or|as|so|for|of|in|at|on|by|with|from|was|were|is|has|had|have|"
                  r"will|would|ahead|through|because|while|amid|despite)\b)")
def _the_year(m, ctx):
    """"for the year", "a high for the year", "the first nine months of the year", "earlier in
    the year": the anchor's year. Only before punctuation, a possessive or a function word:
    "the year he was born", "the year before", "the year 2000", "the year ended June 30" and
    "Player of the Year" are left to other rules or out; so is "the year to August" (a
    twelve-month period). After a reported quarter ("fourth-quarter net rose ... For the year,
    net fell") it is that quarter's year (analysis.dates.extract._resolve_discourse)."""
    if ctx.anchor is None:
        return out(None, "year", basis="relative")
    return out(f"{ctx.anchor.year:04d}", "year", basis="relative", discourse="quarter_year")


@rule("in_the_unit", r"\b(?:(?:[Ee]arlier|[Ll]ater)\s+in\s+the\s+(day|week|month))\b")
def _in_the_unit(m, ctx):
    """"later in the day" (the day in view, else the anchor's), "earlier in the week", "later in
    the month" (the anchor's week or month)."""
    unit = m.group(1)
    if unit == "day":
        if ctx.anchor is None:
            return out(None, "day", basis="relative", discourse=("story_day", 0, None))
        return out(fmt_day(ctx.anchor), "day", basis="relative", discourse=("story_day", 0, None))
    if ctx.anchor is None:
        return out(None, unit, basis="relative")
    if unit == "week":
        return out(iso_week(ctx.anchor), "week", basis="relative")
    return out(f"{ctx.anchor.year:04d}-{ctx.anchor.month:02d}", "month", basis="relative")


# what may follow "the week ended", "the year to": a month, a weekday, a day number or "end-March"
_PERIOD_END_DATE = rf"(?:end[- ]?)?(?:{MONTH_ANY}\b|{WEEKDAY_RE}\b|\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH_ANY}\b)"
_PERIOD_END_AFTER = re.compile(rf"\s*,?\s*(?:which\s+|that\s+)?(?:ended|ending|to)\s+{_PERIOD_END_DATE}", re.I)


@rule("year_ended", r"\b(?:the\s+)?(?:fiscal\s+)?(year|month|week)(?=\s*,?\s*(?:which\s+|that\s+)?(ended|ending|to)\s)", re.I)
def _year_ended(m, ctx):
    """"the year ended March 31", "the fiscal year ending June 30": a year-long period (P1Y);
    its end date is a DATE of its own. So are "the year to December 31", "the week ended May 11",
    "the week to Wednesday", "the month to April 15" (round 12): one unit of time up to a date
    (TimeBank writes "the year ended Sept. 30" as DURATION P1Y). "to" and, for a week or month,
    "ended" need a date after them ("the week to come", "the month ended with a rally" are out)."""
    unit = m.group(1).lower()
    if (unit != "year" or m.group(2).lower() == "to") and not _PERIOD_END_AFTER.match(ctx.text, m.end()):
        return None
    return out(f"P1{unit[0].upper()}", unit, "duration")


# -- holidays (lexicons/dates/holidays.csv) ------------------------------------------------------
@rule("holiday", rf"\b(?=[A-Z]|the\s)({L.holiday_pattern()})(?:,?\s+(?:of\s+)?({YEAR_WIDE}))?\b(?![\d%]|\s+Islands?\b|\s+Rising\b)")
def _holiday(m, ctx):
    """Easter 2010, Christmas, Thanksgiving, Good Friday ...: the day, by rule. Without a year,
    placed near the anchor like a month-day: by the clause's tense, else the nearest."""
    name, year = m.group(1), m.group(2)
    if year:
        d = L.holiday_date(name, int(year))
        return out(fmt_day(d), "day") if d else None
    if ctx.anchor is None:
        return out(None, "day", basis="relative")
    a = ctx.anchor
    cands = [d for d in (L.holiday_date(name, y) for y in (a.year - 1, a.year, a.year + 1)) if d]
    tense = _tense_with_preposition(ctx, m)
    if tense == "past":
        pick = max([c for c in cands if c <= a] or cands[:1])
        ahead = [c for c in cands if c > a]
        if ahead and (a - pick).days > 300 and (min(ahead) - a).days <= 45:
            pick = min(ahead)  # "as Easter week began" a week before Easter: this year's, as for month-days
    elif tense == "future":
        pick = min([c for c in cands if c >= a] or cands[-1:])
    else:
        pick = min(cands, key=lambda c: (abs((c - a).days), c > a))
    return out(fmt_day(pick), "day", basis="relative")


# -- bare and relative months -------------------------------------------------------------
@rule("rel_month", rf"\b(?:(?i:{MOD_RE}))?(?:((?i:this|last|next|past|coming))\s+)?({MONTH_FULL}|{MONTH_ABBR_RE}(?=\s)|"
                   rf"(?<=[a-z] )(?:{_ALPHA_MONTHS}))(?!\s*\d)(?![a-z])")
def _bare_month(m, ctx):
    name = m.group(2)
    rel = m.group(1).lower() if m.group(1) else None
    if name.islower() and rel == "this" and name in {"may", "march"}:
        return None  # "this may have prompted": the verb
    if name.islower() and not rel and (
            name in {"may", "march"} or not re.search(r"\b(?:in|since|until|till|by|during|through|early|late|mid)\s+$",
                                                       ctx.text[max(0, m.start() - 8):m.start()], re.I)):
        return None  # lower case: a month only after last/next/this or a preposition ("in january")
    rel = {"past": "last", "coming": "next"}.get(rel, rel)
    has_mod = m.start(2) > m.start() and not m.group(1)
    if not rel and not has_mod:
        if re.fullmatch(MONTH_ABBR_RE, name) and not name.endswith("."):
            return None  # "Jan", "Dec" alone: names or noise; abbreviations need a day or year
        prev = _prev_word(ctx.text, m.start())
        before = ctx.text[max(0, m.start() - 30):m.start()]
        after = ctx.text[m.end():m.end() + 25]
        if not _CTX_WORD_BEFORE.search(before):
            if name.lower() in {"may", "march"}:
                return None  # the modal verb, the verb to march, or a name
            if name.lower() in {"june", "april", "august"}:
                return None  # also first names
            if _at_sentence_start(ctx.text, m.start()):
                return None
            if prev and prev[0].isupper() and re.search(r"[A-Za-z']\s+$", before):
                return None  # a name: "Theresa May", "Hurricane September"
            if re.match(r"\s+[A-Z][a-z]", after) and not re.match(rf"\s+{WEEKDAY_RE}", after):
                return None  # a name: "June Carter", "March Madness"
    mo = _month_num(name)
    if ctx.anchor is None:
        return out(None, "month", basis="relative")
    tense = _tense_with_preposition(ctx, m, deadline="nearest")
    if tense is None and re.search(r"(?:\b(?:to|through|until|till|by|before|from|and|or)|,)\s+$",
                                   ctx.text[max(0, m.start() - 9):m.start()], re.I):
        tense = "nearest"  # "from March 5 through mid-July", "March, May, July": a range or a list
    if tense is None and ctx.tense_far is not None:
        # no cue within eight words: a verb further away ("In January, a week after the 25th
        # anniversary of the decision, a bombing killed a guard") before the nearest month
        tense = ctx.tense_far(m.start(), m.end())
    y = month_near(ctx.anchor, mo, tense, rel,
                   near_ahead=not _YEAR_BACK.search(ctx.sentence(m.start())) and not re.match(r"\s*\(\d{4}", ctx.text[m.end():m.end() + 8]))
    return out(f"{y:04d}-{mo:02d}", "month", basis="relative")


# -- years, decades, centuries ---------------------------------------------------------------
_YEAR_NOT_AFTER = re.compile(
    r"^(?:\s*(?:%|percent|per cent|-?(?:strong|member|nation|page|mile|man|point|odd)\b|[-\u2013]\d|,\d|\.\d|\d)|"
    r"\s+(?:troops|soldiers|people|men|women|children|workers|jobs|votes|delegates|cars|units|"
    r"tons|tonnes|miles|kilometers|kilometres|km|feet|meters|metres|dollars|euros|pounds|yuan|"
    r"yen|shares|barrels|acres|pages|words|students|refugees|employees|members|deaths|cases|"
    r"points|homes|houses|rounds|missiles|warheads|seats|calories|rooms|others|of\s+(?:the|them|us|these|those)\b))",
    re.I)


@rule("year", rf"(?<![\d$\u00a3\u20ac,.#/:-])(?:(?:((?i:fiscal|calendar)(?:\s+year)?|FY|early|late|mid)(?:[- ]|\s+)?)?)({YEAR_RE})(?![\d/:])(?!s\b)(?!')")
def _year(m, ctx):
    after = ctx.text[m.end():m.end() + 40]
    before = ctx.text[max(0, m.start() - 30):m.start()]
    if _YEAR_NOT_AFTER.match(after):
        return None
    if re.search(r"(?:No\.|number|#|Flight|flight|Resolution|resolution|Room|room|Route|route|"
                 r"Article|article|model|Model|code|Code|\$|US\$|the)\s*$",
                 before) and not m.group(1):
        # "the 1990 budget" is a year, "the 2000 troops" is not: decide by what follows
        if not re.search(r"(?:the)\s*$", before) or re.match(r"\s+[a-z]+s\b", after):
            return None
    return out(m.group(2), "year")


@rule("year_prefixed", rf"(?<![\w-])(?i:pre|post)-({YEAR_RE})\b(?![\d/:-])")
def _year_prefixed(m, ctx):
    """"the post-1959 politics", "pre-1914 Europe": TimeML annotates the whole word with the
    year's value (the year rule leaves a year after a hyphen out: "1-1990" is a code)."""
    return out(m.group(1), "year")


def _two_digit_year(yy: int, anchor: date | None) -> int:
    """'58 -> 1958, '05 -> 2005: the latest year with those digits not after the anchor's year
    (without an anchor: 1950-2049)."""
    if anchor is None:
        return 1900 + yy if yy >= 50 else 2000 + yy
    century = anchor.year // 100 * 100
    return century + yy if century + yy <= anchor.year else century - 100 + yy


@rule("fiscal_short", r"\bFY\s?['\u2019]?(\d{2})\b(?![/\d])")
def _fiscal_short(m, ctx):
    """FY10, FY '99: a fiscal year by its last two digits (the year the fiscal year is named by)."""
    return out(f"{_two_digit_year(int(m.group(1)), ctx.anchor):04d}", "year",
               basis="absolute" if ctx.anchor is None else "relative")


_YEAR_CUE = r"(?:in|since|by|until|till|from|before|after|circa|c\.|around|about|of|the year|year|AD|A\.D\.|and|to)"


_YEAR_CUE_BEFORE = re.compile(rf"\b(?i:{_YEAR_CUE})\s+$")


@rule("year_wide", r"\b((?:1\d{3}|2\d{3}))\b(?![\d/:,.]\d)(?!s\b)(?!['\u2019])")
def _year_wide(m, ctx):
    """Years outside 1800-2099 ("in 1492", "by 2300") only after a preposition or "the year"."""
    if not _YEAR_CUE_BEFORE.search(ctx.text[max(0, m.start() - 10):m.start()]):
        return None
    y = m.group(1)
    if YEAR_RE_C.fullmatch(y):
        return None  # the year rule has it
    after = ctx.text[m.end():m.end() + 40]
    if _YEAR_NOT_AFTER.match(after) or re.match(r"\s+[a-z]+s\b", after):
        return None  # "in 1500 cases", "by 2300 votes"
    if re.match(rf"\s*(?:{_TZ_RE}|hours|hrs|h\b|local\b|[A-Z][a-z]+ time\b)", after):
        return None  # "by 1000 London time", "at 1030 EST": a 24-hour clock time
    return out(y, "year", span=(m.start(1), m.end(1)))


_APOS_CUE = re.compile(r"(?:\b(?:in|since|by|until|till|from|before|after|of|during|spring|summer|autumn|fall|winter|"
                       rf"end|early|late|mid|class|{_ALPHA_MONTHS})|\b(?:{_ABBR})\.?)\s*$", re.I)


@rule("year_apostrophe", r"(?<![\w'\u2019])['\u2019](\d{2})\b(?!['\u2019]?s\b)(?![-\u2013/:.,]\d)")
def _year_apostrophe(m, ctx):
    """'58, '05: a year by its last two digits, after a preposition or a month ("in '58")."""
    if not _APOS_CUE.search(ctx.text[max(0, m.start() - 12):m.start()]):
        return None
    return out(f"{_two_digit_year(int(m.group(1)), ctx.anchor):04d}", "year",
               basis="absolute" if ctx.anchor is None else "relative")


_TENS = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
         "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
         "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_ONES = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}


@rule("spoken_year",
      r"\b(?:(?:the\s+)?year\s+)?(?:(nineteen|twenty)[- ](ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
      r"seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
      r"(?:[- ](one|two|three|four|five|six|seven|eight|nine))?"
      r"|two thousand(?:\s+and\s+(one|two|three|four|five|six|seven|eight|nine|ten))?)\b(?![- ](?:years?|percent|people|dollars)\b)",
      re.I)
def _spoken_year(m, ctx):
    """Broadcast transcripts spell years out: "nineteen ninety-six", "the year two thousand"."""
    if m.group(1):
        y = (1900 if m.group(1).lower() == "nineteen" else 2000) + _TENS[m.group(2).lower()] + \
            (_ONES[m.group(3).lower()] if m.group(3) else 0)
    else:
        y = 2000 + (_ONES.get((m.group(4) or "").lower(), 10 if m.group(4) else 0))
        if not re.match(r"(?:the\s+)?year", m.group(0), re.I) and not _CTX_WORD_BEFORE.search(
                ctx.text[max(0, m.start() - 12):m.start()]):
            return None  # "two thousand troops"
    # "January nineteen ninety-seven", "the winter of nineteen ninety-four": the month or
    # season with the spoken year
    pre = _SPOKEN_YEAR_PREFIX.search(ctx.text, max(0, m.start() - 40), m.start())
    if pre is not None and not m.group(0).lower().startswith(("the", "year")):
        if pre.group("season"):
            return out(f"{y:04d}-{SEASONS[pre.group('season').lower()]}", "season", span=(pre.start(), m.end()))
        mo = _month_num(pre.group("month"))
        if pre.group("day") and 1 <= int(pre.group("day")) <= calendar.monthrange(y, mo)[1]:
            return out(f"{y:04d}-{mo:02d}-{int(pre.group('day')):02d}", "day", span=(pre.start(), m.end()))
        return out(f"{y:04d}-{mo:02d}", "month", span=(pre.start(), m.end()))
    return out(f"{y:04d}", "year")


_SPOKEN_YEAR_PREFIX = re.compile(
    rf"(?:\b(?:[Tt]he\s+)?(?P<season>(?i:spring|summer|autumn|fall|winter))\s+of\s+"
    rf"|\b(?P<month>{MONTH_FULL})\s+(?:(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?,?\s+)?(?:of\s+)?)$")


_DECADE_WORDS = "|".join(L.DECADE_WORDS)


@rule("decade", r"\b(?:the\s+)?(?:(?:early|mid|late)[- ]?)?(?:(1\d\d|20\d)0s|['\u2019](\d)0s)\b"
                rf"|\bthe\s+(?:(?:early|mid|late)[- ]?)?(?:(\d)0s|({_DECADE_WORDS}))\b", re.I)
def _decade(m, ctx):
    """The 1990s -> 199; the '70s, the 70s, the seventies -> the latest such decade not after the
    anchor; the 1800s (a hundred) -> the century 18 (the 2000s stays the decade 200)."""
    if m.group(1):
        g = m.group(1)
        if g.endswith("0") and int(g) < 200:
            return out(g[:2], "century")
        return out(g, "decade")
    digit = m.group(2) or m.group(3)
    if not m.group(2):
        window = ctx.text[max(0, m.start() - 60):m.start()] + " " + ctx.text[m.end():m.end() + 40]
        if re.search(r"[$\u00a3\u20ac%]|\b(?:dlrs|dollars?|cents?|pct|percent|degrees?|points?|yen|marks|francs|"
                     r"pounds|euros?|barrels?|a share|per share|temperatures?|fahrenheit|celsius)\b|\d(?!\d*0?['\u2019]?s\b)",
                     window, re.I):
            return None  # "rise to the mid 20s" (dollars), "temperatures in the seventies"
    d = int(digit) if digit else L.DECADE_WORDS[m.group(4).lower()]
    if ctx.anchor is None:
        return out(None, "decade", basis="relative")
    century = ctx.anchor.year // 100 - (1 if d * 10 > ctx.anchor.year % 100 else 0)
    return out(f"{century:02d}{d}", "decade", basis="relative")


_ORD_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
              "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
              "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
              "nineteenth": 19, "twentieth": 20, "twenty-first": 21}


@rule("century", r"\b(?:the\s+)?(?:(?:early|mid|late)[- ]?)?(\d{1,2}(?:st|nd|rd|th)|"
                 r"first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
                 r"thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|"
                 r"twentieth|twenty-first)[- ]century\b", re.I)
def _century(m, ctx):
    t = m.group(1).lower()
    n = int(re.match(r"\d+", t).group(0)) if t[0].isdigit() else _ORD_WORDS[t]
    return out(f"{n - 1:02d}", "century")


# -- quarters and halves ----------------------------------------------------------------------
_QUARTER_END = re.compile(rf"\s*,?\s*(?:which\s+|that\s+)?(ended|ending|ends|through)\s+({MONTH_ANY})\s+({DAY_RE})"
                          rf"(?:,?\s+({YEAR_WIDE}))?\b")


def _quarter_end(m, ctx) -> date | None:
    """The end date of "the quarter ended Sept. 30" (a year from the text, else the latest
    such day not after the anchor for "ended", the nearest for "ending")."""
    e = _QUARTER_END.match(ctx.text, m.end())
    if e is None:
        return None
    mo, day = _month_num(e.group(2)), int(re.match(r"\d+", e.group(3)).group(0))
    try:
        if e.group(4):
            return date(int(e.group(4)), mo, day)
        if ctx.anchor is None:
            return None
        return month_day_near(ctx.anchor, mo, day, "past" if e.group(1).lower() == "ended" else None,
                              near_ahead=False)
    except ValueError:
        return None


def _quarter_of_period_ending(d: date) -> tuple[int, int]:
    """The calendar quarter holding most of the three months that end on ``d`` (July 31 -> Q2)."""
    mid = d - timedelta(days=45)
    return mid.year, (mid.month - 1) // 3 + 1


# A game score as news writes it (AP style: figures, a hyphen, the winner's total first: "won
# 93-90", "a 31-20 first-quarter lead", "trailed 14-13"); not a range ("10-15 pct", "Jan. 29-30")
# fix16c: not a model number ("Airbus A340-300", "Boeing 747-400": after a letter, or a pair whose
# higher figure is three digits above 200, more than any game's total) nor "24-7" (round the clock)
_SCORE = re.compile(r"(?<![\d$\u00a3\u20ac.,/:A-Za-z-])(?!24-7\b)(?![2-9]\d\d-|\d{1,3}-[2-9]\d\d)"
                    r"(\d{1,3})-(\d{1,3})(?![\d/%:-]|\.\d|\s*(?:pct|percent|per\s+cent)\b)")
_MONEY_IN_SENTENCE = re.compile(r"[$\u00a3\u20ac%]|\b(?:pct|percent|per cent|million|billion|mln|bln|earnings|profits?|"
                                r"revenues?|sales|results|GDP|economy|growth|"
                                # economic figures reported by quarter (review14 finding 3)
                                r"unemployment|jobless|inflation|exports?|imports?|investment|output|hiring|payrolls|prices|"
                                # a club's accounts and deals (review16c finding 4; fix16c)
                                r"turnover|income|shares|stock|listing|sale|dividends?|debts?|wages)\b", re.I)
# a vote tally or a court's split ("passed the bill 60-40", "ruled 5-4", "voted 52-48 to leave",
# "by a 70-30 margin") has a score's shape; without a game word in its sentence it is no score
# (lexicons/dates/vote_tally_words.csv, every word: the sentence must also hold no game word; round 16)
_VOTE_IN_SENTENCE = re.compile(r"\b(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in L.VOTE_TALLY_WORDS)
                               + r")\b", re.I)
_GAME_IN_SENTENCE = re.compile(r"\b(?:won|wins?|winning|beat(?:s|ing)?|lost|loses?|losing|led|leads?|leading|trail(?:ed|s|ing)?|"
                               r"drew|draws?|defeat(?:s|ed)?|victory|scored?|game|match)\b", re.I)


def _game_period(ctx, m) -> bool:
    """"Durant left the game in the first quarter", "with 4:46 left in the quarter": a quarter of
    a game, no date. Sports reports give scores; two or more scores in the document (a winner's
    total not below the loser's) and no money, rate or business word in the sentence make a bare
    quarter (no year named with it) a period of play (round 14). A tally in a sentence with a vote
    or ruling word and no game word ("The Senate passed the bill 60-40", "ruled 5-4") is no score
    (fixdates14)."""
    if "scores" not in ctx.cache:
        def vote(at):
            sent = ctx.sentence(at)
            return bool(_VOTE_IN_SENTENCE.search(sent)) and not _GAME_IN_SENTENCE.search(sent)
        ctx.cache["scores"] = sum(int(s.group(1)) >= int(s.group(2)) and not vote(s.start())
                                  for s in _SCORE.finditer(ctx.text)) >= 2
    return ctx.cache["scores"] and not _MONEY_IN_SENTENCE.search(ctx.sentence(m.start()))


@rule("quarter",
      r"\b(?:(?:the|this|last|next|a|its|their|this year's|last year's)\s+)?(?:(?:fiscal|calendar)\s+)?"
      r"(first|second|third|fourth|1st|2nd|3rd|4th|final|last|latest|current|past|previous|next|coming|year-ago|"
      r"year-earlier)[- ](?:fiscal[- ])?quarter(?:\s+of\s+(?:(?:fiscal\s+)?(" + YEAR_RE + r")|(this|last|next) year))?\b"
      r"|\b(?:Q([1-4])|([1-4])Q)(?:\s+('\d{2}|" + YEAR_RE + r"))?\b", re.I)
def _quarter(m, ctx):
    word = (m.group(1) or "").lower()
    if word and not (m.group(2) or m.group(3)) and "fiscal" not in m.group(0).lower() and (
            re.match(r"[- ]?finals?\b|-finalists?\b", ctx.text[m.end():m.end() + 11], re.I) or _game_period(ctx, m)):
        return None  # "the first quarter-final", "left the game in the first quarter": no date (round 14)
    end = _quarter_end(m, ctx)
    if end is not None and not (m.group(2) or m.group(6) or m.group(3)):
        y, q_end = _quarter_of_period_ending(end)
        q_word = ORDINALS.get(word)
        if q_word:
            # "its first quarter ended January 31": the company's own (fiscal) label, named by
            # the year the quarter ends in
            return out(f"{end.year:04d}-Q{q_word}", "quarter", basis="relative")
        return out(f"{y:04d}-Q{q_end}", "quarter", basis="relative")
    s = m.group(0).lower()
    q = ORDINALS.get(word) or (int(m.group(4)) if m.group(4) else int(m.group(5)) if m.group(5) else None)
    year = None
    if m.group(2):
        year = int(m.group(2))
    elif m.group(6):
        y = m.group(6).lstrip("'")
        year = int(y) if len(y) == 4 else (2000 + int(y) if int(y) < 50 else 1900 + int(y))
    elif m.group(3) and ctx.anchor:
        year = ctx.anchor.year + {"this": 0, "last": -1, "next": 1}[m.group(3).lower()]
    if q is None:
        # latest/current/past/previous/year-ago quarter: relative to the anchor's current quarter
        if ctx.anchor is None:
            return out(None, "quarter", basis="relative")
        cur = (ctx.anchor.month - 1) // 3 + 1
        y = ctx.anchor.year
        if word in {"current"}:
            pass
        elif word in {"next", "coming"}:
            cur, y = (cur + 1, y) if cur < 4 else (1, y + 1)
        elif word in {"year-ago", "year-earlier"}:
            cur, y = (cur - 1, y - 1) if cur > 1 else (4, y - 2)
            return out(f"{y:04d}-Q{cur}", "quarter", basis="relative", discourse="year_back")
        else:  # last, latest, past, previous, final: the most recent completed quarter
            cur, y = (cur - 1, y) if cur > 1 else (4, y - 1)
            if word in {"latest", "final"}:
                return out(f"{y:04d}-Q{cur}", "quarter", basis="relative", discourse="latest_quarter")
        return out(f"{y:04d}-Q{cur}", "quarter", basis="relative")
    if year is not None:
        return out(f"{year:04d}-Q{q}", "quarter", basis="absolute" if m.group(2) or m.group(6) else "relative")
    if ctx.anchor is None:
        return out(None, "quarter", basis="relative")
    y = ctx.anchor.year
    if s.startswith("last ") or "last year's" in s:
        y -= 1 if "last year's" in s or q >= (ctx.anchor.month - 1) // 3 + 1 else 0
    elif s.startswith("next "):
        y += 1 if q <= (ctx.anchor.month - 1) // 3 + 1 else 0
    elif q > (ctx.anchor.month - 1) // 3 + 1 and ctx.tense(m.start(), m.end()) != "future":
        y -= 1  # a quarter not yet begun, spoken of in the past: last year's
    return out(f"{y:04d}-Q{q}", "quarter", basis="relative")


@rule("month_quarter", r"\b(?:[Tt]he\s+)?(?:(" + YEAR_RE + r")\s+)?(March|June|Sept(?:ember|\.)?|Dec(?:ember|\.)?)"
                       r"(?:,?\s+(" + YEAR_RE + r"))?[- ]quarter\b(?![- ]?finals?\b)(?:\s+of\s+(" + YEAR_RE + r"))?")
def _month_quarter(m, ctx):
    """"the September quarter", "the December quarter of 2023": the calendar quarter that ends in
    that month, as business news in Australia, New Zealand and India names quarters; the year as
    for the bare month (its tense), unless written (round 14)."""
    mo = _month_num(m.group(2).rstrip("."))
    year = m.group(1) or m.group(3) or m.group(4)  # "the 1985 December quarter", "the December 1986 quarter"
    if year:
        return out(f"{year}-Q{mo // 3}", "quarter")
    if ctx.anchor is None:
        return out(None, "quarter", basis="relative")
    y = month_near(ctx.anchor, mo, _tense_with_preposition(ctx, m, deadline="nearest"))
    return out(f"{y:04d}-Q{mo // 3}", "quarter", basis="relative")


@rule("year_quarter",
      rf"\b(?:the\s+)?(?:({YEAR_RE})|((?i:this|last|next)) year's)\s+(?:(?:fiscal|calendar)\s+)?"
      r"((?i:first|second|third|fourth|1st|2nd|3rd|4th))[- ](?:(?i:fiscal)[- ])?(?i:quarter)\b")
def _year_quarter(m, ctx):
    q = ORDINALS[m.group(3).lower()]
    if m.group(1):
        return out(f"{m.group(1)}-Q{q}", "quarter")
    if ctx.anchor is None:
        return out(None, "quarter", basis="relative")
    y = ctx.anchor.year + {"this": 0, "last": -1, "next": 1}[m.group(2).lower()]
    return out(f"{y:04d}-Q{q}", "quarter", basis="relative")


@rule("the_quarter", r"\b(?:the\s+)?(?:comparable|corresponding|same|like)\s+(?:quarter|period)\s+(?:of\s+)?"
                     r"(?:last\s+year|a\s+year\s+(?:ago|earlier)|the\s+previous\s+year|the\s+prior\s+year)\b"
                     r"|\b(?:the|this|that)\s+(?:latest\s+|most recent\s+|recent\s+|same\s+)?(quarter|period)\b"
                     r"|\b(?:the\s+)?(?:(?:comparable|corresponding|same|like)\s+)?year-(?:earlier|ago)(?:\s+(?:quarter|period|results|level))?\b"
                     r"|\bthe\s+(?:(?:comparable|corresponding|same|like)\s+)?year\s+(?:earlier|ago)\s+(?:quarter|period)\b"
                     r"|\bthe\s+year\s+(?:earlier|before)(?=\s*(?:[.,;:!?)]|$))", re.I)
def _the_quarter(m, ctx):
    # one space between words: the checks below read "a year earlier" also when a line break or a
    # double space falls inside it ("the year\nearlier period" in wire copy)
    low = " ".join(m.group(0).lower().split())
    if low.endswith("quarter") and re.match(r"[- ]?finals?\b|-finalists?\b", ctx.text[m.end():m.end() + 11], re.I):
        return None  # "the quarter-finals", "the quarter final": a round of a tournament, no date (round 14)
    if low == "the quarter" and _game_period(ctx, m):
        return None  # "with 4:46 left in the quarter" in a game report (round 14)
    if low.endswith(" before") and not _before_ends_clause(ctx.text, m.start(), m.end()):
        return None  # "he had worked there the year before", "he won the year before": the story's past (round 12)
    if re.search(r"year[- ](?:earlier|ago|before)\b", low) \
            or low.endswith(("last year", "a year ago", "a year earlier", "previous year", "prior year")):
        # "the year-ago period", "the corresponding period last year", "the same quarter a year
        # earlier": the quarter in view a year back (else the anchor's previous year)
        if ctx.anchor is None:
            return out(None, "year", basis="relative")
        span = (m.start(), m.end() - len(low.split()[-1]) - 1) if low.endswith(("results", "level")) else None
        return out(f"{ctx.anchor.year - 1:04d}", "year", basis="relative", discourse="year_back",
                   **({"span": span} if span else {}))
    if (m.group(1) or "").lower() == "period" and not re.search(r"latest|recent|same", low):
        return None  # "the period" alone is too vague without a quarter in view
    if ctx.anchor is None:
        return out(None, "quarter", basis="relative")
    a = ctx.anchor
    end = _quarter_end(m, ctx)
    if end is not None:
        y, q = _quarter_of_period_ending(end)  # "the quarter ended July 31" -> Q2
        return out(f"{y:04d}-Q{q}", "quarter", basis="relative")
    cur = (a.month - 1) // 3 + 1
    if low.split()[0] == "this" and (m.group(1) or "").lower() == "quarter" and len(low.split()) == 2:
        # "this quarter": the quarter the anchor is in, unless a quarter is in view ("This
        # quarter's loss" after "the third quarter ended Sept. 30")
        return out(f"{a.year:04d}-Q{cur}", "quarter", basis="relative", discourse="same_quarter")
    if low == "the quarter" and ctx.tense(m.start(), m.end()) == "future":
        # "Analysts expect earnings to fall in the quarter": a quarter still to be reported is
        # the one the anchor is in, not the last one reported (round 14)
        return out(f"{a.year:04d}-Q{cur}", "quarter", basis="relative", discourse="same_quarter")
    y, q = (a.year, cur - 1) if cur > 1 else (a.year - 1, 4)
    disc = "latest_quarter" if re.search(r"latest|recent", low) else "same_quarter"
    return out(f"{y:04d}-Q{q}", "quarter", basis="relative", discourse=disc)


@rule("half", r"\b(?:the\s+)?(first|second|last|latter|final)(?:[- ]half|\s+two\s+quarters)(?:\s+of\s+(?:(?:the\s+)?(" + YEAR_RE + r")|(this|last|next) year))?\b", re.I)
def _half(m, ctx):
    word = m.group(1).lower()
    if word in {"last", "latter", "final"}:
        if not (m.group(2) or m.group(3)):
            return None  # "the last half hour"; only "the latter half of 1989" is a half-year
        word = "second"
    h = ORDINALS[word]
    if not (m.group(2) or m.group(3)) and (
            re.match(r"\s+of\s+(?:the|that|this|a)\s+(?:game|match|contest|bout)\b(?!-)", ctx.text[m.end():m.end() + 30], re.I)
            or _game_period(ctx, m)):
        return None  # "a 12-0 run in the first half", "a first-half goal": a half of play, no date (round 16)
    if m.group(2):
        return out(f"{m.group(2)}-H{h}", "half")
    if ctx.anchor is None:
        return out(None, "half", basis="relative")
    y = ctx.anchor.year + {"this": 0, "last": -1, "next": 1}.get((m.group(3) or "this").lower(), 0)
    if not m.group(3) and not (m.group(0).lower().startswith("the") or "-" in m.group(0)):
        return None
    if not m.group(3) and h == 2 and ctx.anchor.month <= 6 and ctx.tense(m.start(), m.end()) == "past":
        y -= 1
    return out(f"{y:04d}-H{h}", "half", basis="relative")


# -- seasons ----------------------------------------------------------------------------------
@rule("season",
      rf"\b(?:{MOD_RE})?(?:(this|last|next|past|coming|the)\s+)?(?:(?:early|late|mid)[- ]?\s*)?(spring|summer|autumn|fall|winter)"
      rf"(?:(?:\s+of)?\s+({YEAR_WIDE}))?\b", re.I)
def _season(m, ctx):
    code = SEASONS[m.group(2).lower()]
    rel = (m.group(1) or "").lower()
    if m.group(3):
        return out(f"{m.group(3)}-{code}", "season")
    if not rel:
        return None
    if rel == "the":
        before = ctx.text[max(0, m.start() - 14):m.start()]
        if not re.search(r"\b(?:in|during|over|by|until|since|through)\s+$", before, re.I):
            # "well into the summer", "the low levels of the early summer": more prepositions for
            # the seasons that are no other noun ("the fall" is also a decline), and not
            # before a noun ("the winter crops", "of the winter wheat areas")
            if not re.search(r"\b(?:throughout|into|of|from|for|after|before)\s+$", before, re.I) \
                    or code == "FA" or re.match(r"\s+([a-z]+)", ctx.text[m.end():m.end() + 20]) \
                    and re.match(r"\s+([a-z]+)", ctx.text[m.end():m.end() + 20]).group(1) not in _FUNCTION_WORDS | {"is", "was", "will", "had", "has", "when"}:
                return None
        after = ctx.text[m.end():m.end() + 4]
        if re.match(r"\s+of\b", after):
            return None  # "the fall of Saigon"
    if ctx.anchor is None:
        return out(None, "season", basis="relative")
    a = ctx.anchor
    # the season's year: winter runs Dec-Feb and is labelled by its December's year
    cur_code = {12: "WI", 1: "WI", 2: "WI", 3: "SP", 4: "SP", 5: "SP", 6: "SU", 7: "SU", 8: "SU"}.get(a.month, "FA")
    cur_year = a.year - 1 if a.month <= 2 else a.year
    order = ["SP", "SU", "FA", "WI"]
    idx_cur = order.index(cur_code)
    idx = order.index(code)
    if rel in {"last", "past"}:
        y = cur_year if idx < idx_cur else cur_year - 1
    elif rel in {"next", "coming"}:
        y = cur_year if idx > idx_cur else cur_year + 1
    elif rel == "this":
        y = a.year - 1 if (code == "WI" and a.month <= 2) else a.year
    else:
        tense = ctx.tense(m.start(), m.end())
        if tense == "past":
            y = cur_year if idx <= idx_cur else cur_year - 1
        elif tense == "future":
            y = cur_year if idx >= idx_cur else cur_year + 1
        else:
            y = cur_year
    return out(f"{y:04d}-{code}", "season", basis="relative")


# -- today, tomorrow, yesterday, tonight, this morning ---------------------------------------------
@rule("day_word",
      r"\b(?:(early|late)\s+)?(today|tonight|tomorrow|yesterday|the day before yesterday|the day after tomorrow)"
      r"(?:'s)?(?:\s+(morning|afternoon|evening|night))?\b(?!-)", re.I)
def _day_word(m, ctx):
    word = m.group(2).lower()
    if m.group(2)[0].isupper() and not _at_sentence_start(ctx.text, m.start()):
        prev = _prev_word(ctx.text, m.start())
        if prev[:1].isupper() and re.search(r"[A-Za-z]\s+$", ctx.text[max(0, m.start() - 3):m.start()]):
            return None  # a title: "USA Today", "China Today"
        if re.search(r"\w['\u2019]s\s+$", ctx.text[max(0, m.start() - 6):m.start()]) \
                or re.match(r"\s+(?:programme|program|show)\b", ctx.text[m.end():m.end() + 12], re.I):
            return None  # a programme: "BBC Radio 4's Today programme", "the Today show" (round 16)
    offset = {"today": 0, "tonight": 0, "tomorrow": 1, "yesterday": -1,
              "the day before yesterday": -2, "the day after tomorrow": 2}[word]
    part = PARTS_OF_DAY.get((m.group(3) or "").lower()) or ("NI" if word == "tonight" else None)
    gran, kind = ("time", "time") if part else ("day", "date")
    if ctx.anchor is None:
        return out(None, gran, kind, basis="relative")
    d = ctx.anchor + timedelta(days=offset)
    return out(fmt_day(d) + (f"T{part}" if part else ""), gran, kind, basis="relative")


_DAYS_BEFORE = re.compile(rf"\b({NUM_RE}|an?)\s+(days?|weeks?)\s+$", re.I)


@rule("days_around_day_word", r"\b(before|after|from)\s+(yesterday|today|tomorrow)\b", re.I)
def _days_around_day_word(m, ctx):
    """"2 days before yesterday", "three days after tomorrow", "a week from today": a day.
    (The pattern finds "before yesterday"; the count and unit are read backwards, which is
    much faster than a pattern starting with any number.)"""
    lead = _DAYS_BEFORE.search(ctx.text[max(0, m.start() - 40):m.start()])
    if lead is None:
        return None
    start = m.start() - (len(ctx.text[max(0, m.start() - 40):m.start()]) - lead.start())
    n = _num(lead.group(1))
    if n is None or n != int(n):
        return None
    days = int(n) * (7 if lead.group(2).lower().startswith("week") else 1)
    base = {"yesterday": -1, "today": 0, "tomorrow": 1}[m.group(2).lower()]
    if ctx.anchor is None:
        return out(None, "day", basis="relative", span=(start, m.end()))
    d = ctx.anchor + timedelta(days=base + (-days if m.group(1).lower() == "before" else days))
    return out(fmt_day(d), "day", basis="relative", span=(start, m.end()))


@rule("mid_part_of_day", rf"\bmid[- ]?(morning|afternoon|evening)\b(?:\s+((?i:yesterday|today|tomorrow)|{WEEKDAY_RE}))?", re.I)
def _mid_part_of_day(m, ctx):
    """"by mid-afternoon", "mid-morning yesterday": that part of the anchor's (or the named) day."""
    part = PARTS_OF_DAY[m.group(1).lower()]
    if ctx.anchor is None:
        return out(None, "time", "time", basis="relative")
    d = ctx.anchor
    day = (m.group(2) or "").lower()
    if day in {"yesterday", "tomorrow"}:
        d += timedelta(days=-1 if day == "yesterday" else 1)
    elif day in WEEKDAYS:
        d = weekday_near(ctx.anchor, WEEKDAYS[day], _tense_with_preposition(ctx, m, deadline="future"))
    return out(f"{fmt_day(d)}T{part}", "time", "time", basis="relative")


_EARLY_LATE_BEFORE = re.compile(r"\b(?:early|late)\s+$", re.I)


@rule("part_of_day", r"\b(this|last|yesterday|tomorrow)\s+(morning|afternoon|evening|night)\b", re.I)
def _part_of_day(m, ctx):
    """"this morning", "last night" and, with the modifier in the extent as TimeML writes it (mod
    START/END; "early today" is read so by the rule day_word), "late last night", "early this
    morning" (round 13; the modifier is looked up before the match, so the scan stays as fast)."""
    rel, part = m.group(1).lower(), PARTS_OF_DAY[m.group(2).lower()]
    mod = _EARLY_LATE_BEFORE.search(ctx.text, max(0, m.start() - 8), m.start())
    span = {"span": (mod.start(), m.end())} if mod else {}
    if ctx.anchor is None:
        return out(None, "time", "time", basis="relative", **span)
    d = ctx.anchor + timedelta(days={"this": 0, "last": -1, "yesterday": -1, "tomorrow": 1}[rel])
    return out(f"{fmt_day(d)}T{part}", "time", "time", basis="relative", **span)


_OVERNIGHT_NOT = L.OVERNIGHT_NOT_TIME
_NEGATED_BEFORE = re.compile(r"\b(?:not|never|n't|cannot)\b[^.;:!?]{0,40}$", re.I)


@rule("overnight", rf"\b(?i:overnight)\b(?![-\u2010])(?:\s+(?:on\s+)?((?i:yesterday|today|tonight)|{WEEKDAY_RE}\b))?")
def _overnight(m, ctx):
    """"Shares fell overnight", "overnight losses in New York": the night before the anchor
    (TimeML TIME, value <day>TNI, as TimeBank 1.2 writes it); "will fall overnight" is the night
    ahead. Not a money-market term ("the overnight rate"), a kind of thing ("an overnight bag"),
    a length of stay ("stayed overnight") or the idiom "suddenly" ("did not happen overnight"):
    lexicons/dates/overnight_not_time.csv (round 11)."""
    nxt = re.findall(r"[A-Za-z]+", ctx.text[m.end():m.end() + 30])[:4]
    if nxt and nxt[0].lower() in _OVERNIGHT_NOT["after"]:
        return None
    if len(nxt) > 1 and nxt[0].lower() in {"or", "and"} and any(w.lower() in _OVERNIGHT_NOT["after"] for w in nxt[1:]):
        return None  # "high overnight or one-week rates"
    if nxt and re.match(r"\s+[a-z]", ctx.text[m.end():m.end() + 2]) and (
            nxt[0].lower() in {"was", "is", "were", "are", "rose", "fell", "stood", "hit"} or nxt[0].lower().endswith("ed")):
        return None  # "Today, overnight touched a high of 11-3/4 pct": the money-market rate as a noun
    if _prev_word(ctx.text, m.start()).lower() in _OVERNIGHT_NOT["before"]:
        return None
    if _NEGATED_BEFORE.search(ctx.text[max(0, m.start() - 50):m.start()]):
        return None
    if ctx.anchor is None:
        return out(None, "time", "time", basis="relative")
    day = (m.group(1) or "").lower()
    if day:
        # "searched overnight Saturday", "overnight yesterday": that day's night (round 11)
        if day in WEEKDAYS:
            d = weekday_near(ctx.anchor, WEEKDAYS[day], _tense_with_preposition(ctx, m, deadline="future"))
        else:
            d = ctx.anchor + timedelta(days={"yesterday": -1}.get(day, 0))
        return out(f"{fmt_day(d)}TNI", "time", "time", basis="relative")
    ahead = ctx.tense(m.start(), m.end()) == "future"
    d = ctx.anchor + timedelta(days=0 if ahead else -1)
    return out(f"{fmt_day(d)}TNI", "time", "time", basis="relative", discourse=("story_overnight", ahead))


# -- weekdays ------------------------------------------------------------------------------------
_NOT_AFTER_WEEKDAY = re.compile(r"\s+(?!(?:" + MONTH_FULL + r")\b)(?:[A-Z][a-z]+)")


_CLOCK_BEFORE = re.compile(rf"(?:\b\d{{1,2}}(?:[:.]\d\d)?\s*[ap]\.?\s?m\.?|\bnoon|\bmidnight|"
                           rf"\b(?:[01]\d|2[0-3])[0-5]\d(?=\s+(?:{_TZ_RE})\b))(?:\s+(?:{_TZ_RE}))?(?:\s+local\s+time)?,?\s+$", re.I)


@dataclass
class _Span:
    """A match-like span (start(), end()) for the helpers that read around a match."""

    s: int
    e: int

    def start(self, *_):
        return self.s

    def end(self, *_):
        return self.e


@rule("weekday",
      rf"\b(?:((?i:early|late))\s+)?(?:((?i:(?:the\s+)?(?:last|next|this|coming|past|previous|preceding|following)))\s+)?({WEEKDAY_RE})(?:'s)?"
      rf"(?:\s+(morning|afternoon|evening|night))?\b")
def _weekday(m, ctx):
    after = ctx.text[m.end():m.end() + 20]
    before = ctx.text[max(0, m.start() - 12):m.start()]
    if not m.group(4) and _NOT_AFTER_WEEKDAY.match(after):
        return None  # "Sunday Times", "Monday Night Football", "Good Friday Agreement" style names
    if re.search(r"\b(?:Good|Black|Super|Cyber|Ash|Palm|Holy|Easter|Bloody|Maundy)\s+$", before):
        return None
    if re.search(r"\bevery\s+$", before, re.I):
        return None  # a set: handled by the set rule
    wd = WEEKDAYS[m.group(3).lower()]
    rel = re.sub(r"^the\s+", "", (m.group(2) or "").lower()) or None
    # "the previous Friday", "the following Monday": counted from the day the story named last
    # (analysis.dates.extract._resolve_discourse), else from the anchor (round 10)
    story = {"previous": -1, "preceding": -1, "following": 1}.get(rel)
    rel = {"coming": "next", "past": "last", "previous": "last", "preceding": "last", "following": "next"}.get(rel, rel)
    part = PARTS_OF_DAY.get((m.group(4) or "").lower())
    gran, kind = ("time", "time") if part else ("day", "date")
    if ctx.anchor is None:
        return out(None, gran, kind, basis="relative")
    if re.search(r"['\u2019]s$", m.group(0)) and not m.group(4):
        # "Friday's purchases", "Thursday's closing price": a noun the news reports on; the
        # preposition before it governs the noun phrase. Without a future cue, the past one.
        tense = ctx.tense(m.start(), m.end())
        tense = "past" if tense in (None, "present") else tense
    else:
        clock = _CLOCK_BEFORE.search(ctx.text, max(0, m.start() - 30), m.start())
        # "until 9 a.m. EST Tuesday": the preposition before the clock time governs the day
        tense = _tense_with_preposition(ctx, _Span(clock.start(), m.end()) if clock else m, deadline="future")
    d = weekday_near(ctx.anchor, wd, tense, rel if rel in {"next", "last"} else None)
    # the possessive 's is not part of the expression (TimeML extent: "Thursday" in "Thursday's")
    span = (m.start(), m.end() - 2) if re.search(r"['\u2019]s$", m.group(0)) else None
    if m.group(2) and not story and m.group(2).lower().startswith("the"):
        # "the last Friday of the month": the article stays out, as before
        span = (m.start(2) + len(re.match(r"the\s+", m.group(2), re.I).group(0)), (span or (0, m.end()))[1])
    extra = {"discourse": ("story_weekday", wd, story, part)} if story else {}
    return out(fmt_day(d) + (f"T{part}" if part else ""), gran, kind, basis="relative",
               **({"span": span} if span else {}), **extra)


# -- this/next/last week, month, year, weekend, decade -------------------------------------------
@rule("rel_unit",
      rf"\b(?:{MOD_RE})?(?:(this\s+past|this|last|next|past|coming|previous|following|current|the)\s+)"
      r"(week|month|year|weekend|decade|century)(?!-)\b", re.I)
def _rel_unit(m, ctx):
    rel, unit = m.group(1).lower(), m.group(2).lower()
    if rel.startswith("this") and rel != "this":
        rel = "past"  # "this past weekend": the extent takes "this", the value is the past one's (round 14)
    has_mod = m.start(1) > m.start()
    if m.group(1)[:1].isupper() and m.group(2)[:1].isupper() and not m.group(2).isupper() and (
            re.search(r"(?:[\"\u201c'`]|['\u2019]s\s)$", ctx.text[max(0, m.start() - 3):m.start()])
            or re.match(r"\s+(?:With|And|In|On|Of)\s+[A-Z]|[\"\u201d]", ctx.text[m.end():m.end() + 12])):
        return None  # a programme's title: ABC's "This Week", "This Week With David Brinkley"
    if rel == "the":
        if unit != "weekend" and not has_mod:
            return None  # "the year" alone is too vague to place
    if rel in {"previous", "following"}:
        return None  # relative to the story's own time line, not to the publication date
    if ctx.anchor is None:
        return out(None, UNIT_GRANULARITY[unit], basis="relative")
    a = ctx.anchor
    step = {"this": 0, "current": 0, "the": 0, "last": -1, "past": -1, "previous": -1,
            "next": 1, "coming": 1, "following": 1}[rel]
    if unit == "week":
        return out(iso_week(a + timedelta(weeks=step)), "week", basis="relative")
    if unit == "weekend":
        last_sat = a - timedelta(days=(a.weekday() - 5) % 7)  # latest Saturday on or before the anchor
        in_weekend = a.weekday() in (5, 6)
        if step < 0:
            sat = last_sat - timedelta(days=7) if in_weekend else last_sat
        elif step > 0:
            sat = last_sat + timedelta(days=7)
        elif in_weekend:
            sat = last_sat
        else:
            tense = ctx.tense(m.start(), m.end())
            back = (a - (last_sat + timedelta(days=1))).days  # days since last Sunday
            ahead = (last_sat + timedelta(days=7) - a).days   # days to next Saturday
            if tense == "past" or (tense != "future" and back <= ahead):
                sat = last_sat
            else:
                sat = last_sat + timedelta(days=7)
        return out(iso_week(sat) + "-WE", "week", basis="relative")
    if unit == "month":
        d = add_months(a, step)
        return out(f"{d.year:04d}-{d.month:02d}", "month", basis="relative")
    if unit == "year":
        return out(f"{a.year + step:04d}", "year", basis="relative")
    if unit in {"decade", "century"}:
        return _decade_century_rel(ctx, unit, step) if step else \
            out(f"{a.year // (10 if unit == 'decade' else 100):0{3 if unit == 'decade' else 2}d}", unit, basis="relative")


# -- "two weeks ago", "a year earlier", "three days later" ----------------------------------------
# a pluperfect in the clause after "N units earlier" ("two days earlier the army had taken ...")
_PLUPERFECT_AFTER = re.compile(r"[^.;:!?]{0,60}?\b(?:had|'d)\b", re.I)


# "a year before." / "the year before,": "before" with no object, the end of its clause (round 12)
_CLAUSE_END_AFTER = re.compile(r"\s*(?:[.,;:!?)]|$)")
# a pluperfect earlier in the clause ("he had left the firm two years before"): the time is the
# story's past, not the anchor's
_PLUPERFECT_BEFORE = re.compile(r"\b(?:had|'d)\b(?:[^.;:!?]|\.(?=\d))*$", re.I)


# a comparison earlier in the clause: "up from 4 pct a year before", "compared with ... the year
# before", "lower than the year before", "a rise over the year before", "treble their level of"
_COMPARED_BEFORE = re.compile(r"\b(?:from|than|with|against|over|versus|vs|compared|level\s+of)\b(?:[^.;:!?]|\.(?=\d))*$", re.I)


def _before_ends_clause(text: str, start: int, end: int) -> bool:
    """"Prices rose from a month before." is "a month earlier": "before" ends its clause (no
    object: "a year before the merger" is a length of time before an event), the clause compares
    with that time (news compares figures with "a year before"; in a narrative, "the virus was
    found a decade before" counts from the story's time, not the anchor's) and no pluperfect
    precedes it in the clause."""
    return bool(_CLAUSE_END_AFTER.match(text, end)) and bool(_COMPARED_BEFORE.search(text, max(0, start - 80), start)) \
        and not _PLUPERFECT_BEFORE.search(text, max(0, start - 80), start)


@rule("ago",
      rf"\b(?:(?:nearly|almost|about|around|some|more than|less than|over|just over|just under|roughly|"
      rf"at least|exactly)\s+)?(?:({NUM_RE}|a|an|one)[- ]|(few|several|many)\s+)({UNIT_RE})\s+(?:or\s+so\s+|or\s+more\s+)?(ago|earlier|before|from now|hence|later|"
      r"previously)\b", re.I)
def _ago(m, ctx):
    if m.group(4).lower() == "before" and _before_ends_clause(ctx.text, m.start(), m.end()):
        pass  # "up from 4 pct a year before.": "before" with nothing after it is "earlier" (round 12)
    elif m.group(4).lower() in {"later", "before", "hence"}:
        return None  # "two days later": relative to an event in the story; the duration stays
    if m.group(4).lower() in {"earlier"} and re.match(r"\s+(?:the\s+)?[A-Za-z]", ctx.text[m.end():m.end() + 8]) \
            and not re.match(r"\s+(?:this|that|than|in|on|at|and|but|when|as|to|from|he|she|they|it|we)\b",
                             ctx.text[m.end():m.end() + 8], re.I) \
            and _PLUPERFECT_AFTER.match(ctx.text, m.end(), m.end() + 80):
        # "two days earlier the army had ...": relative to an event in the story, not the anchor;
        # "A year earlier the company earned $2 million" (simple past) is the anchor's year back
        return None
    if m.group(1) and _num(m.group(1)) not in (None, 1) and not m.group(3).lower().endswith("s"):
        return None  # "292,000 week ago": a quantity, then "a week ago" with its article dropped
    unit = re.sub(r"s$", "", m.group(3).lower()).replace("centurie", "century")
    if unit in {"second", "minute", "hour", "quarter", "decade", "century"}:
        return None if unit in {"second", "minute", "hour"} else _ago_coarse(m, ctx, unit)
    direction = -1 if m.group(4).lower() in {"ago", "earlier", "before", "previously"} else 1
    if m.group(2):
        return out("PAST_REF" if direction < 0 else "FUTURE_REF", "reference", basis="relative")
    n = _num(m.group(1))
    if n is None or n != int(n):
        return None
    n = int(n)
    if ctx.anchor is None:
        return out(None, unit, basis="relative")
    a = ctx.anchor
    if unit == "year" and n == 1 and direction < 0:
        # "a year ago/earlier" after a quarter was mentioned means that quarter a year before
        return out(f"{a.year - 1:04d}", "year", basis="relative", discourse="year_back")
    if unit == "day":
        return out(fmt_day(a + timedelta(days=direction * n)), "day", basis="relative")
    if unit in {"week", "fortnight"}:
        weeks = n * (2 if unit == "fortnight" else 1)
        return out(iso_week(a + timedelta(weeks=direction * weeks)), "week", basis="relative")
    if unit == "month":
        d = add_months(a, direction * n)
        return out(f"{d.year:04d}-{d.month:02d}", "month", basis="relative")
    return out(f"{a.year + direction * n:04d}", "year", basis="relative")


def _ago_coarse(m, ctx, unit):
    n = _num(m.group(1)) if m.group(1) else None
    direction = -1 if m.group(4).lower() in {"ago", "earlier", "before", "previously"} else 1
    if n is None or ctx.anchor is None:
        return out(None if ctx.anchor is None and n is not None else ("PAST_REF" if direction < 0 else "FUTURE_REF"),
                   "reference" if n is None else unit, basis="relative")
    n = int(n)
    a = ctx.anchor
    if unit == "decade":
        return out(f"{(a.year + direction * n * 10) // 10:03d}", "decade", basis="relative")
    if unit == "century":
        return out(f"{a.year // 100 + direction * n:02d}", "century", basis="relative")
    q = (a.month - 1) // 3 + direction * n
    y, q = a.year + q // 4, q % 4 + 1
    return out(f"{y:04d}-Q{q}", "quarter", basis="relative")


# -- durations ---------------------------------------------------------------------------------
def _duration_value(n, unit: str) -> str:
    code, is_time = UNITS[unit]
    if unit == "weekend":
        code = "WE"
    n_txt = "X" if n is None else (str(int(n)) if float(n).is_integer() else str(n))
    if n is None and unit in {"decade", "century"}:
        code = "Y"  # "several decades": PXY, as "for decades" (duration_vague) and AQUAINT write it
    if unit == "decade" and n is not None:
        code, n_txt = "Y", str(int(n * 10)) if float(n * 10).is_integer() else str(n * 10)
    if unit == "century" and n is not None:
        code, n_txt = "Y", str(int(n * 100))
    if unit == "fortnight" and n is not None:
        n_txt = str(int(n * 2)) if float(n * 2).is_integer() else str(n * 2)  # a fortnight: P2W
    if n == 0.5 and unit in {"hour", "day", "year", "minute"} and n is not None:
        half = {"hour": ("T", 30, "M"), "day": ("T", 12, "H"), "year": ("", 6, "M"), "minute": ("T", 30, "S")}[unit]
        return f"P{half[0]}{half[1]}{half[2]}"
    return f"P{'T' if is_time else ''}{n_txt}{code}"


# "250,000 tonnes a year", "two pills a day": an amount of something per unit of time, a rate
# (TimeML SET); number words count as digits do (round 11)
_RATE_BEFORE = re.compile(rf"(?:\d|\b(?:million|billion|thousand|hundred|dozen|{NUM_WORD_RE}))[\d,.]*"
                          r"\s+(?!(?:from|than|since|over|in|on|at|by|for|of|to|and|or)\b)[a-z]+"
                          r"(?:\s+(?!(?:from|than|since|over|in|on|at|by|for|of|to|and|or)\b)[a-z]+)?\s+$", re.I)
# "it took the two sides a week to agree", "gave the three firms a month": a length of time
_TOOK_BEFORE = re.compile(r"\b(?:took|take|takes|taking|taken|gave|give|gives|given)\s+"
                          r"(?:the|him|her|them|us|me|it|its|their|his|our)\b", re.I)


def _is_rate(lead: str) -> bool:
    m = _RATE_BEFORE.search(lead)
    return m is not None and not _TOOK_BEFORE.search(lead, max(0, m.start() - 15))


# "five business days", "eight trading days": a kind of day between the number and the unit
# (lexicons/dates/day_kinds.csv; round 12)
_DAY_KINDS = "|".join(L.DAY_KINDS)
_DAY_KIND_IN = re.compile(rf"\s(?:{_DAY_KINDS})\s", re.I)


# a preposition of time right before a clock time ("at 0530 hours", "until about 14:30")
_CLOCK_PREP_BEFORE = re.compile(r"\b(at|by|until|till|from|before|after|since)\s+(?:(?:about|around|approximately)\s+)?$", re.I)
# "from 2000 hours to 0600 hours": the second end of a range of clock times
_CLOCK_RANGE_BEFORE = re.compile(r"\b(?:from|between)\s+(?:[01]\d|2[0-3])[0-5]\d\s*(?:hours|hrs)\s+(?:to|and|until|till)\s+$", re.I)


# "set for 1900 hours", "scheduled for 0600 hours": a time fixed for an event; a plain "for" takes a
# length ("for 1200 hours"), a participle of fixing a time before it a clock time (round 14)
_CLOCK_SET_FOR = re.compile(r"\b(?:set|scheduled|slated|fixed|timed|planned|due)\s+(?:for|at)\s+$", re.I)


def _hhmm_hours_is_clock(text: str, s: int, e: int, digits: str) -> bool:
    """"NNNN hours" (a valid 24-hour HHMM) at ``text[s:e]`` is a clock time, not a length: a
    leading zero ("0530 hours") is never a count of hours; "of" after it is ("after 1200 hours of
    community service"); otherwise a preposition of time must come before it. "after" takes a
    length as often as a time ("after 72 hours", "after 1500 hours in the air"), so after
    "after" only a leading zero makes a clock time (review fixes, round 13)."""
    if digits.startswith("0"):
        return True
    if re.match(r"\s+of\b", text[e:e + 5], re.I):
        return False
    if _CLOCK_SET_FOR.search(text, max(0, s - 24), s):
        return True
    prep = _CLOCK_PREP_BEFORE.search(text, max(0, s - 16), s)
    if prep:
        return prep.group(1).lower() != "after"
    return _CLOCK_RANGE_BEFORE.search(text, max(0, s - 40), s) is not None


@rule("duration",
      rf"\b(?:(?:the|a|an)\s+)?(?:(?:past|last|next|first|final|coming|previous|following|recent|"
      rf"nearly|almost|about|around|over|more than|less than|fewer than|at least|up to|some|just over|"
      rf"just under|roughly|approximately)\s+)?(?:(?<![\d,./$])({NUM_RE}|half an?|an?)(?:-| +)(?:(?:more|additional|extra|further|consecutive|straight|successive|full|whole)\s+)?(?:(?:{_DAY_KINDS})\s+(?=(?i:days?|weeks?)\b))?|({VAGUE_RE})\s+)({UNIT_RE})(?:-long)?\b"
      r"(?!-old)(?![- ]old\b)(?!(?<=second)-half\b)", re.I)  # "two second-half tries": halves of play (round 16); "two hours-half of it" stays (fix16c)
def _duration(m, ctx):
    unit = re.sub(r"(?:s|ies)$", "", m.group(3).lower())
    unit = {"centur": "century"}.get(unit, unit)
    if unit not in UNITS:
        return None
    num_txt = (m.group(1) or "").lower()
    if unit == "hour" and re.fullmatch(r"(?:[01]\d|2[0-3])[0-5]\d", num_txt) and m.group(0)[:1].isdigit() \
            and _hhmm_hours_is_clock(ctx.text, m.start(), m.end(), num_txt):
        return None  # "at 0530 hours", "until 1400 hours": a 24-hour clock time (rule clock), no length
    if num_txt in {"a", "an"} and re.search(r"\s(?:full|whole)\s", m.group(0), re.I):
        return None  # "a full year loss": the reporting year (a date rule reads it), not one year
    after = ctx.text[m.end():m.end() + 12]
    if re.match(r"[- ]?olds?\b", after):
        return None  # ages: "a 45-year-old"
    if m.group(3)[:1].isupper() and re.search(r"[\"'`\u201c\u2018]$", ctx.text[max(0, m.start() - 1):m.start()]):
        return None  # CBS's "60 Minutes", "48 Hours": a title in quotes, not a duration
    if num_txt[:1].isdigit() and re.search(rf"\b(?:{MONTH_ANYCASE})\.?\s+$", ctx.text[max(0, m.start() - 12):m.start()]):
        return None  # "the March 9 quarter", "its June 28 year": a period named by its last day (round 15)
    if unit == "second" and num_txt in {"a", "an", "one", ""} and not m.group(2):
        return None  # "a second term" is an ordinal, not a duration
    if unit == "quarter" and num_txt in {"a", "one"} and re.match(r"[- ]century\b", after, re.I):
        # "a quarter century", "a quarter-century": 25 years, not three months (round 13)
        return out("P25Y", UNIT_GRANULARITY["year"], "duration", span=(m.start(), m.end() + len("-century")))
    if unit == "quarter" and re.match(r"[- ]?(?:point|percent|percentage|of\b|mile|inch|hour)", after.lstrip() if after[:1] == " " else after) \
            and not (m.group(2) and re.match(r"\s+of\s+" + _NOT_NOUN_AFTER_OF + r"[a-z]", ctx.text[m.end():m.end() + 30])):
        return None  # "a quarter point", "a quarter of the shares": a fraction, not three months
        # ("several quarters of losses" is a vague length: kept)
    if num_txt in {"a", "an", ""} and _DAY_KIND_IN.search(m.group(0)):
        return None  # "a working day", "a business week": a kind of day, not a counted length
    if num_txt in {"a", "an"}:
        lead = ctx.text[max(0, m.start() - 14):m.start()]
        if re.search(r"(?:\b(?:once|twice|times|per)|[%$\d]|percent|cents?|dollars?|million|billion)\s*$", lead, re.I):
            return None  # "twice a year", "$5 million a year": a set
        if _is_rate(ctx.text[max(0, m.start() - 40):m.start()]):
            return None  # "250,000 tonnes a year": a rate (the set rule takes it)
    if m.group(2):
        n = None
    else:
        n = 0.5 if num_txt.startswith("half") else _num(num_txt)
        if n is not None and YEAR_RE_C.fullmatch(num_txt) and not m.group(3).lower().endswith("s"):
            return None  # "the 1988 quarter": a year's quarter, not 1988 quarters
        if n is None or n >= 10000:
            return None  # "4,311,000 Year" in a results table is not a duration
        if num_txt in {"a", "an"} and m.group(3).lower().endswith("s"):
            n = None  # "a decades-long battle": an unspecified number of decades (PXY)
    span = None
    lead = re.match(r"(?:an?|the)\s+(?=\d)", m.group(0), re.I)
    if lead:
        span = (m.start() + lead.end(), m.end())  # "a 50-minute talk": the duration is "50-minute"
    return out(_duration_value(n, unit), UNIT_GRANULARITY[unit], "duration", **({"span": span} if span else {}))


_UNIT_WORDS = r"(?:second|minute|hour|day|week|month|year|decade|century)"
_UNIT_PLURAL = r"(?:seconds|minutes|hours|days|weeks|months|years|decades|centuries)"


@rule("duration_compound",
      rf"(?<![\w-])(?:({_UNIT_PLURAL})-(?:long|old)|({_UNIT_WORDS})-long|(?:several|many|multi)-({_UNIT_WORDS}))\b(?!-)",
      re.I)
def _duration_compound(m, ctx):
    """"a decades-long battle", "a centuries-old dispute", "a day-long meeting", "a
    several-year tenure", "multi-year contracts": durations written as one adjective; plural or
    vague ones have no number (PXY), a unit with "-long" alone is one of it (P1D)."""
    plural, single, vague = m.group(1), m.group(2), m.group(3)
    word = (plural or single or vague).lower()
    unit = {"centuries": "century"}.get(word, word[:-1] if plural else word)
    n = 1 if single else None
    return out(_duration_value(n, unit), UNIT_GRANULARITY[unit], "duration")


_HALF = {"year": "{n}Y6M", "month": "{n}M15D", "week": "{n}W3DT12H", "fortnight": "{n2}W",
         "day": "{n}DT12H", "hour": "T{n}H30M", "minute": "T{n}M30S", "second": "T{n}.5S",
         "decade": "{n10}Y", "century": "{n100}Y", "quarter": "{n}Q1M15D"}


@rule("duration_half",
      rf"\b(?:(?:about|nearly|almost|more than|at least|over|some|roughly|just over|another)\s+)?"
      rf"(?:(?<![\d,./$])({NUM_RE}|an?)(?:\s+and\s+a\s+half|\s+1/2|\s*\u00bd)[- ]({UNIT_RE})"
      rf"|(an?|one)\s+({UNIT_RE})\s+and\s+a\s+half)\b(?![- ]old\b)", re.I)
def _duration_half(m, ctx):
    """"2 1/2 years" (P2Y6M), "two and a half hours" (PT2H30M), "a minute and a half" (PT1M30S):
    the half written in the next smaller unit, as TimeBank writes them."""
    num_txt, unit_txt = (m.group(1), m.group(2)) if m.group(2) else (m.group(3), m.group(4))
    n = 1 if num_txt.lower() in {"a", "an"} else _num(num_txt)
    unit = {"centur": "century"}.get(re.sub(r"(?:s|ies)$", "", unit_txt.lower()), re.sub(r"(?:s|ies)$", "", unit_txt.lower()))
    if n is None or not float(n).is_integer() or unit not in _HALF:
        return None
    n = int(n)
    ago = re.match(r"\s+ago\b", ctx.text[m.end():m.end() + 6])
    if ago:
        # "a year and a half ago": the month that long before the anchor
        if unit not in {"year", "month"} or ctx.anchor is None:
            return None if unit not in {"year", "month"} else out(None, "month", basis="relative")
        d = add_months(ctx.anchor, -(12 * n + 6) if unit == "year" else -n) - (timedelta(days=15) if unit == "month" else timedelta(0))
        return out(f"{d.year:04d}-{d.month:02d}", "month", basis="relative", span=(m.start(), m.end() + ago.end()))
    val = _HALF[unit].format(n=n, n2=2 * n + 1, n10=10 * n + 5, n100=100 * n + 50)
    return out("P" + val, UNIT_GRANULARITY[unit], "duration")


@rule("duration_vague", r"\b(?:for|over|in recent|in the past|in the last|within)\s+(years|months|weeks|days|decades|hours|centuries)\b", re.I)
def _duration_vague(m, ctx):
    unit = re.sub(r"(?:s|ies)$", "", m.group(1).lower())
    unit = {"centur": "century"}.get(unit, unit)
    # "for hours": PTXH, the T before the number as ISO 8601 writes it (was PXTH until round 13)
    val = "P" + ("T" if UNITS[unit][1] else "") + "X" + (UNITS[unit][0] if unit not in {"decade", "century"} else "Y")
    # keep only the unit word as the span: "for years" -> "years"
    return out(val, UNIT_GRANULARITY[unit], "duration", span=(m.start(1), m.end(1)))


_PLURAL_UNIT = r"(years|months|weeks|days|decades|quarters|centuries)"
_NOT_NOUN_AFTER_OF = r"(?!(?:the|this|that|these|those|its|his|her|their|our|my|your|a|an|age|it|them)\b)"


_PLURAL_BEFORE_OF = re.compile(r"(?:\b(?:after|following|follows|followed|despite|amid|ending|ended|ends|end)\s|"
                               r"[.!?][\"'\u201d]?\s|\n)$", re.I)
_YEARS_AFTER_PREP = re.compile(r"\b(?:over|in|during|throughout|across)\s$", re.I)


@rule("duration_plural", r"\b(?:(years|months|weeks|days|decades|quarters|centuries)|the\s+years"
                         r"|the\s+(first|early|final|last|closing|opening|initial)\s+(minutes|hours|days|weeks|months|years|decades))"
                         r"\b(?![-\w])", re.I)
def _duration_plural(m, ctx):
    """A bare plural unit that TimeML annotates as a vague duration: "after years of delays",
    "follows months of talks", "Weeks of rain ..." (a plural unit before "of" and a noun),
    "the first rise in years", "the worst in decades" (after a superlative or "the first/last
    time"), "over the years", "in the years that followed" (PXY, PXM, ...), and the first or
    last stretch of a period: "in the first hours of the ground war" (PTXH), "in the early
    years" (PXY), "the final weeks of the campaign" (round 13; TimeBank writes the first two so)."""
    text, s, e = ctx.text, m.start(), m.end()
    before = text[max(0, s - 12):s]
    after = text[e:e + 30]
    if m.group(3) is not None:
        adj, word = m.group(2), m.group(3)
        if not (adj.islower() and word.islower()) or (adj == "early" and word == "hours"):
            return None  # a title ("The Last Days"); "the early hours of Monday" is a time of night
        if not (re.match(r"\s+of\s+[a-z]", after) or re.search(r"\b(?:in|during|over|through|throughout|for|within)\s+$",
                                                               before, re.I)):
            return None  # "the first days were calm" is left out, as a bare "days" is
        if re.match(rf"\s+of\s+(?:(?:next|last|this)\b|{_ALPHA_MONTHS}\b|[12]\d{{3}}\b)", after, re.I):
            return None  # "the first days of March": the start of a date (as "early March"), not a length
        unit = word[:-1]
        val = "P" + ("T" if UNITS[unit][1] else "") + "X" + (UNITS[unit][0] if unit != "decade" else "Y")
        return out(val, UNIT_GRANULARITY[unit], "duration")
    if m.group(1) is None:  # "the years"
        if not _YEARS_AFTER_PREP.search(before) or re.match(r"\s+(?:(?:to\s+come|ahead|of)\b|\d)", after, re.I):
            return None
        word = "years"
    else:
        word = m.group(1)
        if re.match(r"\s+of\s+" + _NOT_NOUN_AFTER_OF + r"[a-z]", after) and (_PLURAL_BEFORE_OF.search(before) or s == 0):
            if word[0].isupper() and s > 0 and not re.search(r"[.!?][\"'\u201d]?\s$|\n$", before):
                return None
        elif re.search(r"\bin\s$", before, re.I) \
                and not re.match(r"\s+(?:to\s+come|past|gone|ahead|of|when|where|in|that|which)\b", after, re.I):
            lead = text[max(0, s - 48):s]
            if not re.search(r"\b(?:first|last|only|worst|best|highest|lowest|biggest|largest|smallest|strongest|weakest|"
                             r"fastest|slowest|sharpest|steepest|deepest|longest|greatest|heaviest|most|least|time)\b[^.;!?]*$",
                             lead, re.I):
                return None  # "in years when rain is low", "paid in months": no vague length
        else:
            return None
        word = word.lower()
    unit = {"centuries": "century"}.get(word, word[:-1])
    val = "P" + ("T" if UNITS[unit][1] else "") + "X" + (UNITS[unit][0] if unit not in {"decade", "century"} else "Y")
    return out(val, UNIT_GRANULARITY[unit], "duration")


@rule("set_seasons", r"\b(?:(?:[Tt]he\s+)?(?:past|last|next|coming)\s+(?:" + NUM_RE + r"\s+)?)?(summers|winters|autumns)\b")
def _set_seasons(m, ctx):
    """Plural seasons recur: "the past three summers", "winters are long" (SET XXXX-SU, as
    TimeML writes a plural weekday "Mondays" XXXX-WXX-1). Lower case only ("Larry Summers",
    "Ms. Winters" are names); "springs" and "falls" are water and verbs, left out."""
    return out(f"XXXX-{SEASONS[m.group(1)[:-1]]}", "season", "set", "set")


@rule("duration_while",
      r"(?<=\bfor )(?:quite\s+)?(?:a\s+(?:(?:fairly|very|relatively|rather)\s+)?(?:(?:long|short|brief|little)\s+)?while"
      r"|some\s+time|a\s+(?:(?:fairly|very|relatively|rather)\s+)?(?:long|short|brief|lengthy)\s+(?:time|period))\b"
      r"|(?<=\bin )a\s+(?:very\s+)?long\s+time\b", re.I)
def _duration_while(m, ctx):
    """"for a while", "for some time", "for a long time", "for a fairly lengthy period", "the
    first time in a long time": a duration of no stated length or unit (TimeML ``PXX``)."""
    return out("PXX", None, "duration")


@rule("duration_the_past", r"\bthe\s+(past|last|next|coming)\s+(week|month|year|decade|century|day|hour|fortnight)\b", re.I)
def _duration_the_past(m, ctx):
    unit = m.group(2).lower()
    before = ctx.text[max(0, m.start() - 12):m.start()]
    if unit in {"decade", "century"} and not re.search(r"\b(?:over|for|throughout|within|across)\s+$",
                                                         before, re.I):
        # "in the past decade", "the last century": the period, a date (TimeBank annotates
        # "the last decade" as one); "over the past decade" stays a duration
        return _decade_century_rel(ctx, unit, -1 if m.group(1).lower() in {"past", "last"} else 1,
                                   rolling=m.group(1).lower() == "past")
    if unit == "year" and m.group(1).lower() in {"past", "last"} \
            and not re.search(r"\b(?:for|throughout|within|across|during)\s+$", before, re.I):
        # "in the past year", "over the past year": the year before the anchor's, as "last
        # year" (TimeBank annotates both of its occurrences so); "for the past year" is P1Y
        if ctx.anchor is None:
            return out(None, "year", basis="relative")
        return out(f"{ctx.anchor.year - 1:04d}", "year", basis="relative")
    return out(_duration_value(1, unit), UNIT_GRANULARITY[unit], "duration")


def _decade_century_rel(ctx, unit: str, step: int, rolling: bool = False):
    """The last decade: the calendar decade before the anchor's, as "last year" is the calendar
    year before (1998 -> 198; TimeBank writes "the last decade" of 1998 so). The past decade
    (``rolling``, the ten years up to the anchor): the decade holding most of them
    ((year - 5) // 10: 2019 -> 201, 2012 -> 200). The next decade: the one after the anchor's.
    The past/last century: the one holding most of the hundred years before the anchor
    ((year - 50) // 100: "the past century" written in 1989 is the twentieth, 19)."""
    if ctx.anchor is None:
        return out(None, unit, basis="relative")
    y = ctx.anchor.year
    if unit == "decade":
        v = ((y - 5) // 10 if rolling else y // 10 - 1) if step < 0 else y // 10 + step
        return out(f"{v:03d}", "decade", basis="relative")
    v = (y - 50) // 100 if step < 0 else y // 100 + step
    return out(f"{v:02d}", "century", basis="relative")


# -- sets ---------------------------------------------------------------------------------------
_SET_ADJ = {"annual": "P1Y", "annually": "P1Y", "semiannually": "P6M", "biannually": "P6M", "yearly": "P1Y", "monthly": "P1M", "weekly": "P1W",
            "daily": "P1D", "nightly": "P1D", "hourly": "PT1H", "quarterly": "P3M",
            "biannual": "P6M", "semiannual": "P6M", "bimonthly": "P2M", "biweekly": "P2W", "fortnightly": "P2W"}


# frequency adjectives that stay sets before a noun ("a daily rally", "his weekly radio
# address"): lexicons/dates/set_adjectives_before_noun.csv
_SET_ADJ_BEFORE_NOUN = L.SET_ADJECTIVES_BEFORE_NOUN


@rule("set_adj", r"\b(annual|annually|semi-?annually|bi-?annually|yearly|monthly|weekly|daily|nightly|hourly|quarterly|"
                 r"biannual|semi-?annual|bi-?monthly|bi-?weekly|fortnightly)\b")
def _set_adj(m, ctx):
    # "semi-annually", "bi-weekly": the hyphenated spelling (wire and style-guide usage, round 15)
    # is the same set as the closed one; the extent keeps the hyphen
    word = m.group(1).replace("-", "")
    if word in {"daily", "weekly", "monthly"} and re.match(r"\s+(?:[A-Z][a-z]|[a-z]{1,3}-[A-Z])", ctx.text[m.end():m.end() + 6]):
        return None  # "the government daily Izvestia", "the weekly Der Spiegel": a periodical
    if not word.endswith("ly") or word in {"daily", "weekly", "monthly", "yearly", "quarterly",
                                                        "hourly", "nightly", "bimonthly", "biweekly", "fortnightly"}:
        nxt = re.match(r"\s+([a-z][a-z-]*)", ctx.text[m.end():m.end() + 25])
        if nxt and nxt.group(1) not in _FUNCTION_WORDS | {"is", "are", "was", "were", "basis"} \
                and word not in _SET_ADJ_BEFORE_NOUN:
            # "the annual meeting", "a quarterly dividend": a calendar-period adjective before
            # its noun names a reporting or meeting cycle, which TimeBank 1.2 and AQUAINT leave
            # unannotated (annual, quarterly: 1 of 17); adverbs ("paid annually") stay sets
            return None
    freq = re.search(rf"\b(?:once|twice|thrice|(?:\d+|{NUM_WORD_RE})\s+times)\s+$",
                     ctx.text[max(0, m.start() - 30):m.start()], re.I)
    if freq and word.endswith("ly"):
        # "twice weekly", "three times yearly": the frequency belongs to the set's extent, as in
        # TimeML's "twice a week" (value P1W, freq 2X)
        return out(_SET_ADJ[word], "set", "set", span=(m.start() - len(freq.group(0)), m.end()))
    return out(_SET_ADJ[word], "set", "set")


@rule("set_every",
      rf"\b(?:every|each)\s+(?:(other|second|few|several|couple\s+of|(?:\d+|{NUM_WORD_RE}))\s+)?"
      rf"(day|week|fortnight|month|year|quarter|decade|hour|minute|morning|evening|night|afternoon|weekend|weekday|{WEEKDAY_RE}|"
      rf"{MONTH_FULL}|spring|summer|autumn|fall|winter)s?\b(?:(?<=[a-z]day)\s+(morning|afternoon|evening|night)\b)?", re.I)
def _set_every(m, ctx):
    what = m.group(2)
    lw = what.lower()
    if lw in WEEKDAYS:
        # "every Friday evening": that part of every such day (round 11)
        part = f"T{PARTS_OF_DAY[m.group(3).lower()]}" if m.group(3) else ""
        return out(f"XXXX-WXX-{WEEKDAYS[lw] + 1}{part}", "set", "set")
    if lw == "weekday":
        part = f"T{PARTS_OF_DAY[m.group(3).lower()]}" if m.group(3) else ""
        return out(f"XXXX-WXX-WD{part}", "set", "set")  # "every weekday" (round 11)
    if lw == "weekend" and not m.group(1):
        return out("XXXX-WXX-WE", "set", "set")  # "every weekend", as "on weekends" is read (round 13)
    if lw in MONTHS:
        return out(f"XXXX-{MONTHS[lw]:02d}", "set", "set")
    if lw in PARTS_OF_DAY:
        return out(f"XXXX-XX-XXT{PARTS_OF_DAY[lw]}", "set", "set")
    if lw in SEASONS:
        if lw == "fall" and re.match(r"\s+(?:in|of|from|to|on|since)\b", ctx.text[m.end():m.end() + 8]):
            return None  # "each fall in prices": the noun fall, not autumn
        if m.group(1):
            return None  # "every two summers": rare; left out rather than guessed
        return out(f"XXXX-{SEASONS[lw]}", "set", "set")  # "every spring", "each winter": XXXX-SP, XXXX-WI
    n = 1
    if m.group(1):
        q = m.group(1).lower()
        # "every few weeks", "every several years": a set whose period has no stated length (PXW)
        n = 2 if q in {"other", "second"} else None if q in {"few", "several"} or q.startswith("couple") \
            else (_num(m.group(1)) or 1)
    return out(_duration_value(n, lw), "set", "set")


@rule("set_freq",
      rf"\b(?:once|twice|thrice|(?:\d+|{NUM_WORD_RE})\s+times)\s+(?:a|an|per|each|every)\s+"
      r"(day|week|month|year|quarter|decade|hour|minute)\b", re.I)
def _set_freq(m, ctx):
    return out(_duration_value(1, m.group(1).lower()), "set", "set")


@rule("set_per", r"\b(?:per|a)\s+(year|month|week|day)\b(?!\s+(?:ago|earlier|later|before))|\bper\s+(quarter)\b"
                 r"|\b(?:per|an)\s+(hour)\b(?!\s+(?:ago|earlier|later|before|or|and|to|of|after|long|later))", re.I)
def _set_per(m, ctx):
    lead = ctx.text[max(0, m.start() - 14):m.start()]
    if m.group(0).lower().startswith(("a ", "an ")) and not re.search(
            r"(?:[%\d]|percent|cents?|dollars?|million|billion|euros?|pounds?|yuan|yen)\s*$", lead, re.I) \
            and not _is_rate(ctx.text[max(0, m.start() - 40):m.start()]):
        return None
    # "$12 an hour", "60 miles per hour": a rate per hour, a set as "$5 a day" is
    return out(_duration_value(1, (m.group(1) or m.group(2) or m.group(3)).lower()), "set", "set")


@rule("set_weekdays", r"\b(?:on\s+)?(?:(weekdays|weekends|Mondays|Tuesdays|Wednesdays|Thursdays|Fridays|Saturdays|Sundays)"
                      r"|(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)s?\s+(morning|afternoon|evening|night)s)\b")
def _set_weekdays(m, ctx):
    if m.group(2):
        # "Tuesday nights", "on Sunday mornings": that part of every such day
        part = PARTS_OF_DAY[m.group(3).lower()]
        return out(f"XXXX-WXX-{WEEKDAYS[m.group(2).lower()] + 1}T{part}", "set", "set",
                   span=(m.start(2), m.end()))
    w = m.group(1).lower()
    if w == "weekdays":
        return out("XXXX-WXX-WD", "set", "set", span=(m.start(1), m.end(1)))
    if w == "weekends":
        return out("XXXX-WXX-WE", "set", "set", span=(m.start(1), m.end(1)))
    return out(f"XXXX-WXX-{WEEKDAYS[w[:-1]] + 1}", "set", "set", span=(m.start(1), m.end(1)))


# -- clock times ---------------------------------------------------------------------------------


def _clock_value(ctx, hh: int, mm: int, ss: int | None = None, zone: str | None = None):
    """A clock time on the anchor's day: 'HH:MM', ':SS' when given, and the zone as an ISO 8601
    offset ('Z', '-05:00'). ``clock`` carries the time for merging with a day ('3 p.m. Monday')."""
    clock = f"{hh:02d}:{mm:02d}" + (f":{ss:02d}" if ss is not None else "") + L.zone_suffix(zone)
    if ctx.anchor is None:
        return out(None, "time", "time", basis="relative", clock=clock)
    return out(f"{fmt_day(ctx.anchor)}T{clock}", "time", "time", basis="relative", clock=clock)


def _past_verb_before(text: str, i: int) -> bool:
    """The nearest tense cue before ``text[i]`` in its clause (back to a sentence end, comma,
    semicolon, colon or an attribution verb) is a past one: "The ceasefire took effect at [midnight]"."""
    cut = max(text.rfind(c, max(0, i - 150), i) for c in ".;:!?,")
    left = text[cut + 1:i] if cut >= 0 else text[max(0, i - 150):i]
    # "Officials said the deal expires at midnight": the reported clause speaks, not "said"
    said = [w for w in _WORD.finditer(left) if w.group(0).lower() in _ATTRIBUTION]
    left = left[said[-1].end():] if said else left
    return clause_tense(left, len(left), len(left)) == "past"


def _clock_range_start(ctx, hh: int, mm: int, end_hh: int, end_mm: int, meridiem: str):
    """The start of "3:30 - 8:00 pm": the end's meridiem when that puts the start before the end
    ("9:45-11:15 p.m." = 21:45), else the morning ("11:30 - 1:30 p.m." = 11:30); a start after
    an a.m. end is no range of one day (None)."""
    if not (1 <= hh <= 12 and 1 <= end_hh <= 12) or end_mm > 59:
        return None
    end = end_hh % 12 * 60 + end_mm + (720 if meridiem == "p" else 0)
    start = hh % 12 * 60 + mm + (720 if meridiem == "p" else 0)
    if start >= end:
        if meridiem == "a":
            return None
        start -= 720
    return _clock_value(ctx, start // 60, start % 60)


# a capitalised word right before a range start that is no day name: a book of a verse reference
_VERSE_BEFORE = re.compile(rf"(?<![A-Za-z])(?!(?:{WEEKDAY_RE}|{WEEKDAY_ABBR})\s+$)[A-Z][a-z]+\.?\s+$")


@rule("clock",
      r"(?<![\d:.$])(\d{1,2})(?:[:.](\d{2})(?::(\d{2}))?)?\s*([ap])\.?\s?m\b\.?(?:\s+(" + _TZ_RE + r")\b|\s+local\s+time\b)?"
      r"|(?<![\d:.$])(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(?:(" + _TZ_RE + r")|local time|hours|hrs)\b"
      r"|(?<![\d:.$])(\d{1,2}):(\d{2}):(\d{2})(?![\d:])"
      r"|\b(noon|midday|midnight)\b"
      r"|(?<![\d:.$,])([01]\d|2[0-3])([0-5]\d)\s*(?:(" + _TZ_RE + r")|hours|hrs|local time|[A-Z][a-z]+ time)\b"
      # the start of a range of clock times written without a.m./p.m. ("3:30 - 8:00 pm", "8:30 to
      # 10 a.m."): it takes the meridiem of the end (round 16)
      r"|(?<![\d:.$])(\d{1,2}):([0-5]\d)(?=\s*(?:-|\u2013|\u2014|to)\s*(\d{1,2})(?::(\d{2}))?\s*([ap])\.?\s?m\b)",
      re.I)
def _clock(m, ctx):
    g = m.group
    if g(17):
        if int(g(18)) % 5 and _VERSE_BEFORE.search(ctx.text, max(0, m.start() - 30), m.start()):
            return None  # "John 3:16 - 8 p.m.": a verse (a name before chapter:verse), not a schedule's "8:32 to 10 a.m."
        return _clock_range_start(ctx, int(g(17)), int(g(18)), int(g(19)), int(g(20) or 0), g(21).lower())
    if g(14):
        # "1000 London time", "1430 GMT": a 24-hour clock time (the zone is written only when it
        # is an abbreviation with a known offset)
        return _clock_value(ctx, int(g(14)), int(g(15)), None, g(16))
    if g(13):
        word = g(13).lower()
        before = ctx.text[max(0, m.start() - 12):m.start()]
        if not re.search(r"\b(?:at|by|until|till|before|after|around|about|from|to|since|past)\s+$", before, re.I):
            return None
        # midnight is the end of the day it is named with (ISO 8601 24:00), as in TimeBank
        if word == "midnight" and ctx.anchor is not None and _past_verb_before(ctx.text, m.start()):
            # "The ceasefire took effect at midnight", "worked until midnight": the midnight that
            # began the anchor's day, the end of the day before (2023-03-14T24:00 in a story of
            # 2023-03-15), not the one still ahead; a day named next to it still wins. The verb
            # must stand before it in its clause: "expires at midnight, officials said" is ahead
            # (round 13)
            return out(f"{fmt_day(ctx.anchor - timedelta(days=1))}T24:00", "time", "time", basis="relative",
                       clock="24:00")
        return _clock_value(ctx, 24 if word == "midnight" else 12, 0)
    if g(1):
        hh, mm, ss = int(g(1)), int(g(2) or 0), (int(g(3)) if g(3) else None)
        if not 1 <= hh <= 12 or mm > 59 or (ss or 0) > 59:
            return None
        if g(4).lower() == "p" and hh != 12:
            hh += 12
        if g(4).lower() == "a" and hh == 12:
            hh = 0
        return _clock_value(ctx, hh, mm, ss, g(5))
    if g(6):
        hh, mm, ss, zone = int(g(6)), int(g(7)), (int(g(8)) if g(8) else None), g(9)
    else:
        hh, mm, ss, zone = int(g(10)), int(g(11)), int(g(12)), None
    if hh > 23 or mm > 59 or (ss or 0) > 59:
        return None
    return _clock_value(ctx, hh, mm, ss, zone)


# -- "8:40 this morning", "7 p.m. tonight", "11:20 last night": one TIME on that day -----------------
@rule("clock_part",
      r"(?<![\d:.$])(\d{1,2})(?::(\d{2}))?(?:\s*([ap])\.?\s?m\b\.?|\s+o['\u2019]clock)?\s+"
      r"(this\s+(?:morning|afternoon|evening)|tonight|last\s+night|(?:yesterday|tomorrow|"
      r"(?:mon|tues|wednes|thurs|fri|satur|sun)day)\s+(?:morning|afternoon|evening|night))\b",
      re.I)
def _clock_part(m, ctx):
    """A clock time before the part of a day it falls in: "at 8:40 this morning" (08:40), "by 7
    p.m. tonight", "at 11:20 last night" (23:20 the day before). One TIME, as TimeML writes it;
    the part of day supplies a.m./p.m. when the clock has none. A bare hour needs a.m./p.m. or
    a preposition of time before it ("at 8 this morning"); "3 this morning" alone is a count."""
    hh, mm, mark = int(m.group(1)), int(m.group(2) or 0), (m.group(3) or "").lower()
    if not 1 <= hh <= 12 or mm > 59:
        return None
    if not m.group(2) and not mark and not re.search(r"\b(?:at|by|until|till|before|after|around|about|from|since)\s+$",
                                                     ctx.text[max(0, m.start() - 8):m.start()], re.I):
        return None
    part = m.group(4).lower()
    word = part.split()[-1]
    if mark:
        hh = hh % 12 + (12 if mark == "p" else 0)
    elif word == "morning":
        hh = hh % 12
    elif word in {"afternoon", "evening"} or (word in {"tonight", "night"} and hh >= 6):
        hh = hh % 12 + 12
    elif word in {"tonight", "night"}:
        return None  # "2:30 tonight": after midnight, the next day's date; left to the clock rule
    shift = -1 if part.startswith(("last", "yesterday")) else 1 if part.startswith("tomorrow") else 0
    if ctx.anchor is None:
        return out(None, "time", "time", basis="relative")
    wd = part.split()[0]
    if wd in WEEKDAYS:
        # "at 8:15 Tuesday night", "at 10 o'clock Monday night": that weekday, read by the tense
        # of the clause as a weekday alone is (round 11)
        d = weekday_near(ctx.anchor, WEEKDAYS[wd], _tense_with_preposition(ctx, m, deadline="future"))
        return out(f"{fmt_day(d)}T{hh:02d}:{mm:02d}", "time", "time", basis="relative")
    return out(f"{fmt_day(ctx.anchor + timedelta(days=shift))}T{hh:02d}:{mm:02d}", "time", "time", basis="relative")


_HOUR_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
               "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "noon": 12, "midday": 12, "midnight": 24}
_HOUR_RE = r"(?:" + "|".join(_HOUR_WORDS) + r"|1[0-2]|0?[1-9])"
_MIN_RE = (r"(?:half|(?:a\s+)?quarter|(?:" + NUM_WORD_RE + r"|[1-5]?\d)(?:\s+minutes?)?)")


_MIN_BEFORE = re.compile(rf"\b({_MIN_RE})\s+$", re.I)
# "from 6 to 10 o'clock": "from"/"between" before the first hour makes "N to M" a range (round 14)
_HOUR_RANGE_FROM = re.compile(r"\b(?:from|between)\s+$", re.I)
# "from March 9 to 11 am": a month name before the number makes it a day (see _clock_words)
_MONTH_BEFORE_NUMBER = re.compile(rf"\b{MONTH_ANYCASE}\s+$")


@rule("clock_words",
      rf"\b(?P<rel>past|after|to|before|till|of)\s+(?P<h>{_HOUR_RE})\b(?:\s+o['\u2019]clock)?"
      r"(?:\s*(?P<ampm>[ap])\.?\s?m\b\.?)?(?:\s+(?P<part>in the (?:morning|afternoon|evening)|at night))?"
      rf"|\b(?P<h2>{_HOUR_RE})\s+o['\u2019]clock\b(?:\s*(?P<ampm2>[ap])\.?\s?m\b\.?)?"
      r"(?:\s+(?P<part2>in the (?:morning|afternoon|evening)|at night))?"
      rf"|\b(?P<h3>{_HOUR_RE})\s+(?P<part3>in\s+the\s+(?:morning|afternoon|evening)|at\s+night)\b"
      rf"(?:\s+(?-i:(?P<zone3>{_TZ_RE}))\b|\s+local\s+time\b)?",
      re.I)
def _clock_words(m, ctx):
    """Times of day in words: "half past noon", "a quarter past 6", "ten minutes to three",
    "six o'clock". Without a.m./p.m. the hour stays as said (06:15). The pattern finds
    "past six"; the minutes before it are read backwards (faster than starting with a number)."""
    g = m.group
    start = m.start()
    if g("h3"):
        # "at 10 in the morning", "until 11 at night": the hour and the part of day that sets
        # a.m./p.m., after a preposition of time ("won 3 in the morning session" stays out; round 13)
        hour, part = _HOUR_WORDS.get(g("h3").lower()) or int(g("h3")), g("part3").lower()
        nxt = re.match(r"\s+([a-z]+)", ctx.text[m.end():m.end() + 20])
        if nxt and nxt.group(1) not in _FUNCTION_WORDS and not nxt.group(1).endswith("ly"):
            return None  # "about 3 in the morning session": a noun follows, no time of day
        if hour > 12 or not (_CLOCK_PREP_BEFORE.search(ctx.text, max(0, start - 24), start)
                             or re.search(r"\b(?:around|about)\s+$", ctx.text[max(0, start - 8):start], re.I)) \
                or (hour == 12 and "morning" not in part) or (part.endswith("night") and hour < 6):
            return None
        # "at 10 in the evening local time", "at 8 in the evening GMT": the zone belongs to the time,
        # as after "10 p.m." (review fixes, round 13)
        return _clock_value(ctx, hour % 12 + (0 if "morning" in part else 12), 0, None, g("zone3"))
    if g("h2"):
        h, mins, rel, ampm, part = g("h2").lower(), 0, "past", g("ampm2"), g("part2")
    else:
        h, rel, ampm, part = g("h").lower(), g("rel").lower(), g("ampm"), g("part")
        window = ctx.text[max(0, m.start() - 30):m.start()]
        lead = _MIN_BEFORE.search(window)
        if lead is None:
            return None
        start = m.start() - (len(window) - lead.start())
        minutes_txt = lead.group(1)
        mw = re.sub(r"\s+minutes?$", "", minutes_txt.lower())
        if mw == minutes_txt.lower() and mw.isdigit() and _MONTH_BEFORE_NUMBER.search(ctx.text, max(0, start - 12), start):
            return None   # "from March 9 to 11 am": the number is the day of the month before it, the
            # end of a range of days; no minutes to the hour (round 15, review15 older bug)
        if mw.isdigit() and re.search(r"\d[:.]$", ctx.text[max(0, start - 3):start]):
            return None   # "8:30 to 10 a.m.": the number is the minutes of a clock time, the start
            # of a range of times; no minutes to the hour (round 16)
        if rel in {"to", "till"} and mw == minutes_txt.lower() and _HOUR_RANGE_FROM.search(ctx.text, max(0, start - 9), start) \
                and ("clock" in m.group(0).lower() or ampm or part) and re.fullmatch(_HOUR_RE, mw, re.I):
            # "from 6 to 10 o'clock at night", "between 5 to 8 p.m.": a range of two hours, not six
            # minutes to ten; the second end is the time that carries the o'clock or part of day
            start, mins, rel = m.start("h"), 0, "past"
        elif mw == "half":
            mins = 30
        elif mw.endswith("quarter"):
            mins = 15
        else:
            n = _num(mw)
            if n is None or not 1 <= n <= 59 or n != int(n):
                return None
            mins = int(n)
            # a bare number ("five to ten", "at 35 to one dollar") is a time only with "minutes",
            # "o'clock", a.m./p.m., or as "at twenty past four" (past/after, a preposition of
            # time before it, no unit after it)
            if not (re.search(r"minute", minutes_txt, re.I) or "clock" in m.group(0).lower() or ampm or (
                    rel in {"past", "after"}
                    and re.search(r"\b(?:at|by|until|till|around|about)\s+$", ctx.text[max(0, start - 8):start], re.I)
                    and not re.match(r"\s+(?:[a-z]|%|[A-Z]{2})", ctx.text[m.end():m.end() + 4]))):
                return None
        if rel == "of" and not re.search(r"minute|quarter", minutes_txt, re.I):
            return None
    hour = _HOUR_WORDS.get(h) or int(h)
    if ampm and hour <= 12:
        hour = hour % 12 + (12 if ampm.lower() == "p" else 0)
    elif part and "morning" not in part.lower() and hour < 12:
        hour += 12
    total = hour * 60 + (mins if rel in {"past", "after"} else -mins)
    if hour == 24 and rel in {"past", "after"}:
        total -= 24 * 60  # "ten past midnight": 00:10
    total %= 24 * 60 + (1 if total == 24 * 60 else 0)
    return {**_clock_value(ctx, total // 60, total % 60), "span": (start, m.end())}


# -- "current", "recent", "former times", "future years" ------------------------------------------
@rule("ref_adj", rf"\b((?i:{'|'.join(L.REFERENCE_ADJECTIVES)}))\s+([A-Za-z]+)")
def _ref_adj(m, ctx):
    value, next_words, not_before = L.REFERENCE_ADJECTIVES[m.group(1).lower()]
    nxt = m.group(2).lower()
    if nxt in not_before:
        return None
    if next_words is None and re.fullmatch(r"(?:year|month|week|day|quarter|decade|hour|minute)s", nxt):
        return None  # "recent years": a stretch of time (the ref and duration rules)
    if next_words is None:  # an adjective before any word: the expression is the adjective alone
        return out(value, "reference", basis="relative", span=(m.start(1), m.end(1)))
    if nxt not in next_words:
        return None
    return out(value, "reference", basis="relative")


# -- references: now, recently, the past, the future --------------------------------------------------
@rule("ref",
      r"\b(?:(right now|just now|until now|up to now|by now|for now|from now on|as of now|now)|"
      r"(currently|at present|presently|nowadays|these days|at the moment|at this time)|"
      r"(recently|lately|previously|formerly|in recent (?:years|months|weeks|days|quarters|decades|times)|"
      r"the past(?!\s+(?:\d|few|several|two|three|four|five|six|seven|eight|nine|ten|year|month|week|fortnight|decade|day|quarter|century))|in the past(?!\s+(?:\d|few|several|two|three|four|five|six|seven|eight|nine|ten|year|month|week|fortnight|decade|day|quarter|century)))|"
      r"(the future|in the future|soon|in the near future|in (?:the )?years to come|"
      r"(?:in|over|during|for) (?:the )?(?:coming|next few) (?:years|months|weeks|days|quarters)|"
      r"the (?:years|months|weeks|days|quarters) ahead|in future (?:years|months|weeks|quarters)))\b",
      re.I)
def _ref(m, ctx):
    s = m.group(0)
    if m.group(1):
        low = s.lower()
        if low == "now":
            after = ctx.text[m.end():m.end() + 12]
            before = ctx.text[max(0, m.start() - 10):m.start()]
            if _at_sentence_start(ctx.text, m.start()) and re.match(r"\s*,", after):
                return None  # "Now, let me say ..." filler
            if re.match(r"\s+(?:that|and then|and again)\b", after, re.I) or re.search(r"\b(?:and|every)\s+$", before, re.I):
                return None  # "now that", "now and then", "every now and then"
            if re.search(r"\b(?:from)\s+$", before, re.I):
                return None
            if s == "Now" and not re.match(r"\s+[A-Z]", ctx.text[m.end():m.end() + 2]) \
                    and not _at_sentence_start(ctx.text, m.start()) \
                    and re.search(r"\b[A-Z]\w*\s+$", ctx.text[max(0, m.start() - 30):m.start()]) \
                    and not re.search(r"\b(?:I|It|We|You|He|She|They)\s+$", before):
                return None  # a title: "TikTok Now", "Apocalypse Now" (round 16)
        return out("PRESENT_REF", "reference", basis="relative")
    if m.group(2):
        return out("PRESENT_REF", "reference", basis="relative")
    if m.group(3):
        low = s.lower()
        if low == "previously":
            return None  # mostly an adverb of sequence, not a time point
        span = None
        if low.startswith("in recent") or low.startswith("in the past"):
            span = (m.start() + 3, m.end())
        unit = re.match(r"in recent (year|month|week|day|quarter|decade)s", low)
        if unit:
            # "in recent years": a stretch of time up to now, a DURATION as TimeBank mostly
            # annotates it (5 of 7), not a point
            u = unit.group(1)
            code = {"year": "Y", "month": "M", "week": "W", "day": "D", "quarter": "Q", "decade": "DE"}[u]
            return out(f"PX{code}", UNIT_GRANULARITY[u], "duration", span=span)
        return out("PAST_REF", "reference", basis="relative", **({"span": span} if span else {}))
    low = s.lower()
    if low == "soon":
        after = ctx.text[m.end():m.end() + 6]
        before = ctx.text[max(0, m.start() - 4):m.start()]
        if re.match(r"\s+(?:as|after)\b", after) or re.search(r"\bas\s+$", before):
            return None  # "as soon as", "soon after": connectives
    lead = re.match(r"(?:in|over|during|for)\s+", s, re.I)
    span = (m.start() + lead.end(), m.end()) if lead else None  # "in coming months": "coming months"
    return out("FUTURE_REF", "reference", basis="relative", **({"span": span} if span else {}))

