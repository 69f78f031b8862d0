"""Temporal expressions in the clean text, resolved against each article's publication date.

News tells time relative to its own date ("tomorrow", "on Friday", "last September",
"Jan 6", "this month"). :func:`extract_dates` finds such expressions with a rule cascade
(:mod:`analysis.dates.rules`, TimeML/HeidelTime style) and resolves them against the
document's ``published`` date, keeping the evidence: the phrase as written, its character
offsets in the clean text, the sentence, the anchor and whether the value is absolute or
relative. :func:`events` keeps, for every sentence that places something in time, its most
specific resolved date: the raw material of an event timeline.

How relative expressions are anchored (weekdays by the tense of their clause, "last X"
strictly before, "next X" strictly after, ...) is documented in :mod:`analysis.dates.rules`.
"""
from __future__ import annotations

import calendar
import re
import warnings
from bisect import bisect_right
from datetime import date, timedelta

import pandas as pd

from . import rules as R
from ..text import regex_window as _window
from ..progress import progress
from ..text.segment import sentences as _sentences

COLUMNS = ["doc_id", "sent_id", "text", "start", "end", "value", "granularity", "kind",
           "anchor", "basis"]
EVENT_COLUMNS = ["date", "granularity", "doc_id", "sent_id", "sentence", "expression", "value",
                 "start", "end"]

# Most specific first: which expression speaks for a sentence in events().
_SPECIFICITY = {"time": 0, "day": 1, "week": 2, "month": 3, "quarter": 4, "season": 5,
                "half": 6, "year": 7, "decade": 8, "century": 9}


def _anchor_date(value) -> date | None:
    if value is None or pd.isna(value):
        return None
    ts = pd.Timestamp(value)
    return date(ts.year, ts.month, ts.day)


def _find(text: str, anchor: date | None, sent_spans: list[tuple[int, int]],
          dayfirst: bool | None = None) -> list[dict]:
    """All temporal expressions of one text, overlaps settled (longest span wins)."""
    starts = [s for s, _ in sent_spans]
    cache: dict[tuple[int, int], tuple[str | None, str | None]] = {}  # (near, far) tense cues

    def span_of(s: int):
        i = bisect_right(starts, s) - 1
        return sent_spans[i] if i >= 0 and s < sent_spans[i][1] else None

    def tense(s: int, e: int):
        key = (s, e)
        if key not in cache:
            span = span_of(s)
            if span is not None:
                ss, se = span
                cache[key] = R.clause_tenses(text[ss:se], s - ss, min(e, se) - ss)
            else:
                cache[key] = (None, None)
        return cache[key][0]

    def tense_far(s: int, e: int):
        tense(s, e)
        near, far = cache[(s, e)]
        return near or far

    def sentence(s: int) -> str:
        span = span_of(s)
        return text[span[0]:span[1]] if span is not None else ""

    ctx = R.Ctx(text=text, anchor=anchor, tense=tense, sentence=sentence, dayfirst=dayfirst,
                tense_far=tense_far)
    cands = []
    lower = text.lower()
    gates: dict[str, bool] = {}
    run = _window.longest_run(text) if _window.windowable(text, lower) else None
    for order, rule in enumerate(R.RULES):
        if rule.gate is not None:
            key = rule.gate.pattern
            if key not in gates:
                gates[key] = rule.gate.search(lower) is not None
            if not gates[key]:
                continue
        reach = (_window.pattern_reach(rule.pattern, run)
                 if run is not None and rule.name in R.GATE_IN_MATCH else None)
        found = (rule.pattern.finditer(text) if reach is None
                 else _window.gated_finditer(rule.pattern, rule.gate, reach, text, lower))
        for m in found:
            if m.end() <= m.start():
                continue
            try:
                res = rule.handler(m, ctx)
            except (OverflowError, ValueError):
                # calendar arithmetic outside years 1-9999 ("100,000 days ago"): the expression
                # is kept, unresolved, rather than stopping the whole corpus
                res = R.out(None, None, basis="relative")
            if res is None:
                continue
            s, e = res.pop("span", None) or (m.start(), m.end())
            # never let a span end in white space or punctuation other than an abbreviation dot
            while e > s and (text[e - 1].isspace() or text[e - 1] in ",;:"):
                e -= 1
            res.update(start=s, end=e, rule=rule.name, order=order)
            cands.append(res)
    cands.sort(key=lambda c: (-(c["end"] - c["start"]), c["order"], c["start"]))
    taken: list[tuple[int, int]] = []
    kept = []
    for c in cands:
        if any(c["start"] < te and ts < c["end"] for ts, te in taken):
            continue
        taken.append((c["start"], c["end"]))
        kept.append(c)
    for c in kept:
        lead = _LEAD_POSSESSIVE.match(text, c["start"], c["end"])
        if lead is None and re.match(r"\s+[a-z]", text[c["end"]:c["end"] + 3]) \
                and not _TIME_NOUN_NEXT.match(text, c["end"]):
            lead = _LEAD_ARTICLE_ADJ.match(text, c["start"], c["end"])
        if lead and lead.end() < c["end"]:
            c["start"] = lead.end()
        # a possessive 's after a word is no part of the expression ("today's" -> "today",
        # "Tuesday's" -> "Tuesday"; TimeML and both corpora); "the 1990's" keeps it
        if c["end"] - c["start"] > 3 and text[c["end"] - 2:c["end"]] in _POSSESSIVE_S and text[c["end"] - 3].isalpha():
            c["end"] -= 2
    kept.sort(key=lambda c: c["start"])
    kept = _list_days(text, kept)
    _day_before_after(text, kept)
    _part_of_day_of(text, kept)
    _weekday_sets(text, kept)
    _resolve_discourse(kept, anchor, tense, text)
    kept = [c for c in kept if not c.pop("drop", False)]
    return _merge_clock_times(text, kept, anchor, tense)


_DAY_VALUE = re.compile(r"\d{4}-\d{2}-\d{2}(?:$|T)")
# a relative day, month or year stands for the story's time unless an absolute date was written
# at most this many characters before it (about two sentences)
_STORY_ABS_REACH = 250
# "a year earlier", "the year before" count back from a past year named at most this many
# characters before (about one sentence of news); farther back the anchor's year is meant
_YEAR_BACK_REACH = 250
# the end of a reported year: "the year ended December 31" ("ending March 31" is often a forecast
# of the current year, whose end date may lie ahead)
_PERIOD_ENDED_BEFORE = re.compile(r"\byear\s*,?\s*(?:which\s+|that\s+)?ended\s+$", re.I)
# "the first nine months", "the six months", "the latest nine months": a period of the year to date
_PERIOD_TO_DATE = re.compile(r"^(?:the\s+)?(?:(?:first|latest|past|last)\s+)?(?:nine|six|9|6)[- ]months?$", re.I)
_POINT_VALUE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?(?=$|T)")
# words TimeML leaves out of an expression's extent (TimeBank and AQUAINT agree): a possessive
# ("its third quarter" -> "third quarter"), an article before a unit used as an adjective of a
# noun that is no time ("a third-quarter loss", "a two-year contract", "a four year term" ->
# "third-quarter", "two-year", "four year"; "the year-ago period", "a three-year period" keep
# their article: the phrase names the time). Applied after overlaps are settled, so which
# expression wins is unchanged; the value is the same.
_POSSESSIVE_S = {"'s", "\u2019s", "'S"}
_LEAD_POSSESSIVE = re.compile(r"(?:its|their|his|her|our|your|my)\s+(?=\S)", re.I)
_LEAD_ARTICLE_ADJ = re.compile(
    r"(?:an?|the)\s+(?=(?:[\w]+-(?:[\w]+-)?(?:quarter|year|month|week|day|hour|minute)"
    r"|(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty)"
    r"[- ](?:year|month|week|day|hour|minute))$)", re.I)
_TIME_NOUN_NEXT = re.compile(r"\s+(?:period|periods|span|stretch|spell|time|quarter|quarters|months?|years?|weeks?|days?|"
                             r"ago|earlier|later|old|before|after|of)\b", re.I)


# how far (characters) after the day in view "overnight" is read as the night before it
_OVERNIGHT_REACH = 400


# "... rose to 3.92 billion from 1.79 in the September quarter and 611 mln a year earlier": the
# quarter a figure is compared with is not the quarter in view; "a year earlier" still goes with the
# quarter reported (round 14)
# (the words between name a figure: "from 1.79", "against 2.883 billion", "compared with a 7.8 pct
# rise"; "a loss from discontinued operations in the third quarter" compares nothing)
_COMPARED_QUARTER = re.compile(r"\b(?:against|from|than|versus|vs\.?|compared\s+(?:with|to))\s+"
                               r"((?:[\w$%\u00a3\u20ac,.-]*[\w$%\u00a3\u20ac,]\s+){0,5}?)(?:(?:in|for|during)\s+)?(?:the\s+)?$", re.I)


def _compared_quarter(text: str, start: int) -> bool:
    m = _COMPARED_QUARTER.search(text, max(0, start - 60), start)
    return m is not None and (not m.group(1) or any(ch.isdigit() for ch in m.group(1)))


def _resolve_discourse(exprs: list[dict], anchor: date | None = None, tense=None, text: str = "") -> None:
    """'a year earlier', 'the year-ago quarter', 'the latest period' refer to the quarter in view.

    Company and economic news reports a quarter, then compares with "a year earlier": that
    is the same quarter a year before. Without a quarter mentioned earlier in the document
    the anchor-based value stands. "The latest quarter" is the last one reported: a quarter
    not ended by the anchor and spoken of in the future tense is a forecast, so after "will
    result in a fourth-quarter charge" written in November it is still the third (a company's
    own "fourth quarter ended Sept. 30", in the past tense, counts as reported).

    "the following year", "that year", "the previous month" count from the last date written
    out in full before them (a story's own time line: "On May 22, 1995, ... and the following
    year" = 1996); with none before them they are dropped (their anchor is unknown).
    """
    last_q = None  # the last quarter named
    last_done_q = None  # the last quarter named that has ended by the anchor or is not a forecast
    last_abs = None  # (year, month or None) of the latest absolute date
    last_day = None  # the latest day named (absolute or resolved): "the next day" counts from it
    last_day_end = 0  # where it ends in the text
    last_abs_end = -10 ** 9  # where the latest absolute date ends
    last_year_at = None  # (year, end) of the latest date written out with its year ("in 1986", "Sept. 30, 1986")
    held_q = None  # the quarter in view before "the first nine months" took it out of view
    last_point = None  # the latest day, month or year named ("Until then" takes it)
    last_year_end = None  # the year of the latest "year ended <day>" ("the fiscal year" takes it; fixdates14)
    prev = None
    for c in exprs:
        if prev is not None and not prev.get("drop") and prev["kind"] in {"date", "time"} and prev["value"] \
                and _POINT_VALUE.match(prev["value"]):
            last_point = _POINT_VALUE.match(prev["value"]).group(0)
        prev = c
        disc = c.pop("discourse", None)
        if disc == "story_then":
            # "Until then", "by then": the last day, month or year the story named; dropped without one
            if last_point is None:
                c["drop"] = True
            else:
                c["value"] = last_point
                c["granularity"] = {4: "year", 7: "month"}.get(len(last_point), "day")
            continue
        if isinstance(disc, tuple) and disc[0] == "story_weekday":
            # "the previous Friday": the last such weekday before the day in view ("following":
            # the first after it); without a day in view the anchor-based value stands
            _, wd, step, part = disc
            if last_day is not None:
                shift = ((last_day.weekday() - wd) % 7 or 7) if step < 0 else -((wd - last_day.weekday()) % 7 or 7)
                d = last_day - timedelta(days=shift)
                c["value"] = f"{d:%Y-%m-%d}" + (f"T{part}" if part else "")
            if c["value"]:
                last_day, last_day_end = date.fromisoformat(c["value"][:10]), c["end"]
            continue
        if isinstance(disc, tuple) and disc[0] == "story_overnight":
            # "London shares closed lower Friday ... depressed by overnight losses in New York":
            # the night before the day in view, when the story named a recent day shortly before
            # (within a week of the anchor); it is no day in view itself (round 11)
            if last_day is not None and anchor is not None and c["start"] - last_day_end <= _OVERNIGHT_REACH \
                    and anchor - timedelta(days=7) <= last_day <= anchor:
                d = last_day + timedelta(days=0 if disc[1] else -1)
                c["value"] = f"{d:%Y-%m-%d}TNI"
            continue
        if isinstance(disc, tuple) and disc[0] == "story_day":
            step, part = disc[1], disc[2]
            near = len(disc) < 5 or (last_day is not None and c["start"] - last_day_end <= disc[4])
            if (last_day is None and len(disc) > 3 and disc[3]) or not near:
                c["drop"] = True  # "that day" with no day named before it ("in the morning": not nearby)
                continue
            if last_day is not None:
                d = last_day + timedelta(days=step)
                c["value"] = f"{d:%Y-%m-%d}" + (f"T{part}" if part else "")
            if c["value"]:
                last_day, last_day_end = date.fromisoformat(c["value"][:10]), c["end"]
            continue
        if c["kind"] in {"date", "time"} and c["value"] and _DAY_VALUE.match(c["value"]):
            try:
                last_day, last_day_end = date.fromisoformat(c["value"][:10]), c["end"]
            except ValueError:
                pass
        if disc is None and c["kind"] == "duration" and c["value"] in {"P6M", "P9M"} \
                and _PERIOD_TO_DATE.search(text[c["start"]:c["end"]]):
            # "In the first nine months, ... a year earlier": the nine months are in view now, so
            # "a year earlier", "the 1988 period", "year-ago" name the year, not the quarter (round 10);
            # the year is still the one of the quarter reported ("the first nine months of the year")
            held_q, last_q = last_q or held_q, None
            continue
        if disc is None:
            if c.get("month_in_view"):
                last_abs = c["month_in_view"]  # "in the last week of February ... the same month last year" (round 14)
            if c["granularity"] == "quarter" and c["value"] and re.fullmatch(r"\d{4}-Q[1-4]", c["value"]):
                q, cur = (int(c["value"][:4]), int(c["value"][-1])), None
                if anchor is not None and tense is not None and tense(c["start"], c["end"]) == "future":
                    cur = (anchor.year, (anchor.month - 1) // 3 + 1)
                # a forecast ("will lead to a fourth-quarter charge", "expects the trend to
                # continue into the fourth quarter") is not the quarter in view
                if (cur is None or q < cur) and not _compared_quarter(text, c["start"]):
                    last_q = last_done_q = c["value"]
            # a relative day, month or year resolved against the anchor counts too ("The board
            # met in March. The following month, ..."; round 10)
            # , unless an absolute date was written shortly before: "in April 1989, with the others
            # in May, June and September of that year" (the bare months were read without it)
            if c["value"] and c["basis"] != "absolute" and c["granularity"] == "day" and c["kind"] == "date" \
                    and _PERIOD_ENDED_BEFORE.search(text, max(0, c["start"] - 30), c["start"]):
                # the end of a reported year read against the anchor ("for the year ended December
                # 31" in February): that year is in view for "a year earlier" (round 12)
                last_year_at = (int(c["value"][:4]), c["end"])
            if c["value"] and c["granularity"] == "day" and c["kind"] == "date" \
                    and _PERIOD_ENDED_BEFORE.search(text, max(0, c["start"] - 30), c["start"]):
                last_year_end = int(c["value"][:4])  # "its fiscal year ended Dec. 31", "year ended March 31, 2022"
            if c["value"] and (c["basis"] == "absolute" or (c["granularity"] in {"day", "month", "year"}
                                                            and c["start"] - last_abs_end > _STORY_ABS_REACH)):
                mm = re.match(r"(\d{4})(?:-(\d{2}))?", c["value"])
                if mm and c["kind"] in {"date", "time"}:
                    last_abs = (int(mm.group(1)), int(mm.group(2)) if mm.group(2) else None)
                    if c["basis"] == "absolute" and c["granularity"] in {"year", "month", "day"}:
                        last_year_at = (int(mm.group(1)), c["end"])  # a date written with its year
                    if c["basis"] == "absolute":
                        last_abs_end = c["end"]
            continue
        if isinstance(disc, tuple) and disc[0] == "story":
            _, step, unit = disc
            if unit == "week":
                # "The following week", "later that week": the week of the day the story named last
                if last_day is None:
                    c["drop"] = True  # no day named before it: its week is unknown (left out, as before)
                elif step == "year_back":
                    y, w, _ = last_day.isocalendar()  # "the same week a year earlier": week number kept
                    c["value"], c["granularity"] = f"{y - 1:04d}-W{min(w, 52):02d}", "week"
                else:
                    y, w, _ = (last_day + timedelta(weeks=step)).isocalendar()
                    c["value"], c["granularity"] = f"{y:04d}-W{w:02d}", "week"
            elif last_abs is None or (unit == "month" and last_abs[1] is None):
                c["drop"] = True
            elif unit == "year":
                c["value"] = f"{last_abs[0] + step:04d}"
            else:
                y, mo = divmod(last_abs[0] * 12 + last_abs[1] - 1 + step, 12)
                c["value"] = f"{y:04d}-{mo + 1:02d}"
            continue
        if disc == "fiscal_year":
            # a bare "the fiscal year": the year whose end was named ("its fiscal year ended Dec. 31.
            # Net income for the fiscal year ..."), else the anchor's; not the quarter's year (a
            # company's fiscal quarter may sit in a calendar year other than its fiscal year's)
            if last_year_end is not None and c["value"]:
                c["value"] = f"{last_year_end:04d}"
            continue
        if disc == "latest_quarter":
            # "the latest quarter": the last one reported, never a forecast
            if last_done_q is not None:
                c["value"] = last_done_q
            if c["value"]:
                last_q = last_done_q = c["value"]  # "... in the latest quarter, against a year ago"
            continue
        if last_q is None and disc == "same_quarter" and last_done_q is not None:
            last_q = last_done_q  # "In the quarter, ..." after the nine months: the quarter is back in view
        if last_q is None and held_q is not None:
            # after "the first nine months": the reported quarter's year, not the quarter
            if disc == "year_back":
                c["value"], c["granularity"] = f"{int(held_q[:4]) - 1:04d}", "year"
            elif disc == "quarter_year" and c["value"]:
                c["value"] = held_q[:4]
            continue
        if last_q is None:
            if disc == "year_back" and last_year_at is not None and anchor is not None \
                    and last_year_at[0] < anchor.year and c["start"] - last_year_at[1] <= _YEAR_BACK_REACH \
                    and not _SENTENCE_END.search(text, last_year_at[1], c["start"] + 1):
                # "net income in 1986 rose to $2.8 billion from $2.3 billion the year earlier",
                # "the nine months ended Sept. 30, 1986 ... the year-earlier period": a year before
                # the past year written out in the same sentence, not before the anchor's (round 12)
                c["value"], c["granularity"] = f"{last_year_at[0] - 1:04d}", "year"
            continue
        if disc == "year_back":
            c["value"], c["granularity"] = f"{int(last_q[:4]) - 1:04d}{last_q[4:]}", "quarter"
        elif disc == "same_quarter":
            c["value"] = last_q
        elif disc == "quarter_year" and c["value"]:
            c["value"] = last_q[:4]
        elif disc == "with_year" and c["value"]:
            c["value"], c["granularity"] = f"{c['value'][:4]}{last_q[4:]}", "quarter"


# "April 24 and 25", "March 3, 4 and 5": the days after the first one of a list share its
# month and year (TimeML annotates each number as its own DATE); not before a unit or a noun
# of quantity ("June 3 and 4 percent", "March 3 and 12 people")
_LIST_DAY = re.compile(r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+)(\d{1,2})(?:st|nd|rd|th)?\b"
                       r"(?![\d.,:/%\-\u2013]\d|[a-z]|\s*(?:%|percent|per\b|[ap]\.?m\b|o'clock|million|billion|thousand|"
                       r"hundred|people|persons|men|women|children|years?|months?|weeks?|days?|hours?|minutes?|points?|"
                       r"cents?|dollars?|shares?|times|of\b|[A-Z][a-z]+\s+\d))")
_MONTH_DAY_RULES = {"month_day_year"}
# "from March 9 to 23": the end of a range of days after "from" (round 15); the same guards as a
# list day, so "from March 9 to 23 pct" stays an amount
_RANGE_DAY = re.compile(r"\s+(?:to|through|until|till|thru)\s+" + _LIST_DAY.pattern[_LIST_DAY.pattern.index(r"(\d{1,2})"):])


def _list_days(text: str, exprs: list[dict]) -> list[dict]:
    """The later days of a list after a month and day ("April 24 and 25")."""
    out: list[dict] = []
    for i, c in enumerate(exprs):
        out.append(c)
        if c["rule"] not in _MONTH_DAY_RULES or not c["value"] or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", c["value"]) \
                or not re.search(r"(?<!\d)\d{1,2}(?:st|nd|rd|th)?$", text[c["start"]:c["end"]]):
            continue
        nxt_start = exprs[i + 1]["start"] if i + 1 < len(exprs) else len(text)
        pos, last = c["end"], int(c["value"][8:10])
        ranged = re.search(r"\b[Ff]rom\s+$", text[max(0, c["start"] - 6):c["start"]]) is not None
        while True:
            m = _LIST_DAY.match(text, pos) or (_RANGE_DAY.match(text, pos) if ranged and pos == c["end"] else None)
            if m is not None and m.re is _RANGE_DAY:
                if re.match(r"\s*(?:pct|dlrs?|mln|bln|cts|stg|yen|francs|marks|pounds|tonnes|tons|barrels|ounces|"
                            r"degrees|units|votes|seats|members|troops|[A-Z]{3}\b)", text[m.end():m.end() + 20]):
                    m = None  # "from March 9 to 23 pct": an amount, not a day
            if m is None or m.end() > nxt_start:
                break
            day = int(m.group(1))
            y, mo = int(c["value"][:4]), int(c["value"][5:7])
            if not last < day <= calendar.monthrange(y, mo)[1]:
                break
            out.append({**c, "start": m.start(1), "end": m.end(), "value": f"{y:04d}-{mo:02d}-{day:02d}", "rule": "list_day"})
            pos, last = m.end(), day
    return out


_DAY_BEFORE_AFTER = re.compile(r"\b[Tt]he\s+day\s+(before|after)\s+$")


def _day_before_after(text: str, exprs: list[dict]) -> None:
    """"the day before last Tuesday's hearing", "the day after Christmas": one day from the day
    named, as one expression (TimeML annotates "day before last Tuesday" as that date)."""
    prev_end = 0
    for c in exprs:
        m = _DAY_BEFORE_AFTER.search(text, max(prev_end, c["start"] - 20), c["start"])
        prev_end = c["end"]
        if m is None or c["kind"] != "date" or not c["value"] or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", c["value"]):
            continue
        d = date.fromisoformat(c["value"]) + timedelta(days=-1 if m.group(1) == "before" else 1)
        c.update(start=m.start(), value=f"{d:%Y-%m-%d}")


_PART_OF_DAY_OF = re.compile(r"\bthe\s+(?:(?:early|late)\s+)?(morning|afternoon|evening|night)\s+of\s+$", re.I)


def _part_of_day_of(text: str, exprs: list[dict]) -> None:
    """"the night of May 3", "the early morning of Monday": a part of a named day is one TIME
    expression (TimeML 1.2.1: a time of day, however vague, is TIME; the value is the day with
    TMO/TAF/TEV/TNI). Only before a day: "the evening of March 2010" stays the month."""
    prev_end = 0
    for c in exprs:
        if c["kind"] == "date" and c["value"] and re.fullmatch(r"\d{4}-\d{2}-\d{2}", c["value"]):
            m = _PART_OF_DAY_OF.search(text, max(prev_end, c["start"] - 30), c["start"])
            if m is not None:
                c.update(start=m.start(), value=f"{c['value']}T{R.PARTS_OF_DAY[m.group(1).lower()]}",
                         kind="time", granularity="time")
        prev_end = c["end"]


_WEEKDAY_SET = re.compile(r"XXXX-WXX-[1-7](T(?:MO|AF|EV|NI))?")


def _weekday_sets(text: str, exprs: list[dict]) -> None:
    """"on Monday and Tuesday nights", "Saturday and Sunday mornings", "Monday and Tuesdays": a
    weekday joined by "and"/"or" to a recurring weekday shares its reading (a set)."""
    for c, nxt in zip(exprs, exprs[1:]):
        if c["rule"] != "weekday" or nxt["kind"] != "set" or not nxt["value"]:
            continue
        m = _WEEKDAY_SET.fullmatch(nxt["value"])
        if m is None or not re.fullmatch(r",?\s+(?:and|or|&)\s+", text[c["end"]:nxt["start"]]):
            continue
        day = R.WEEKDAYS.get(text[c["start"]:c["end"]].lower().rstrip("."))
        if day is None:
            continue
        c.update(value=f"XXXX-WXX-{day + 1}{m.group(1) or ''}", kind="set", granularity=nxt["granularity"],
                 basis=nxt["basis"])


_CLOCK_RULES = {"clock", "clock_words"}
# "3 p.m. Monday", "3 p.m., Monday", "3 p.m. on Monday", "10 p.m. local time Saturday" (round 10)
_JOIN = re.compile(r"^(?:\s+local\s+time)?(?:\s*,\s*|\s+(?:on|of)\s+|\s+)$")


def _merge_clock_times(text: str, exprs: list[dict], anchor: date | None = None, tense=None) -> list[dict]:
    """'3 p.m. Monday' / 'Monday at 3 p.m.' / 'tomorrow at noon': one TIME expression."""
    out: list[dict] = []
    i = 0
    while i < len(exprs):
        c = exprs[i]
        nxt = exprs[i + 1] if i + 1 < len(exprs) else None
        if nxt is not None:
            pair = None
            gap = text[c["end"]:nxt["start"]]
            if _PARAGRAPH_BREAK.search(gap):
                pass  # a time at the end of a paragraph is not the time of the next one's day (round 16)
            elif c["rule"] in _CLOCK_RULES and nxt["granularity"] == "day" and _JOIN.match(gap):
                clock, day = c, nxt
                pair = True
            elif (nxt["rule"] in _CLOCK_RULES and c["granularity"] == "day"
                  and re.match(r"^(?:\s*,\s*|\s+)(?:at\s+|by\s+|around\s+)?$", gap)):
                clock, day = nxt, c
                pair = True
            if pair:
                value = f"{day['value']}T{clock['clock']}" if day["value"] is not None else None
                out.append({**day, "start": c["start"], "end": nxt["end"], "value": value,
                            "granularity": "time", "kind": "time", "rule": "clock+day"})
                i += 2
                continue
        out.append(c)
        i += 1
    _clock_day_in_sentence(text, out, anchor, tense)
    return out


_SENTENCE_END = re.compile(r"[!?;]|\.\s+[A-Z\"'`]")
# a blank line: the end of a paragraph, which ends every sentence (round 16)
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
# how far (characters) before a clock time a day named in an earlier sentence still gives its day
_CLOCK_BACK_REACH = 300
_CLOCK_MARK = re.compile(r"\b[ap]\.\s?m\.", re.I)


def _is_heading(text: str, expr: dict) -> bool:
    """The expression is a paragraph of its own ("Saturday, January 19, 2008" between blank lines):
    the dated heading of a listing or schedule, whose day the clock times below it take."""
    before = text[:expr["start"]].rstrip(" \t")
    after = text[expr["end"]:].lstrip(" \t:.")
    return (not before or before.endswith("\n\n") or _PARAGRAPH_BREAK.search(before[-4:]) is not None) \
        and (not after or _PARAGRAPH_BREAK.match(after) is not None)


def _clock_day_in_sentence(text: str, exprs: list[dict], anchor: date | None = None, tense=None) -> None:
    """A clock time not written next to a day takes the day named closest to it in its
    sentence ("The blast occurred at about 10:35 a.m. (0735 GMT) Friday", "On Tuesday ...
    the polls closed at 8 p.m."); the publication day stays when the sentence names none.

    Without a day in its sentence, it takes the day named in the sentence before ("... was
    killed Thursday evening. The men appeared in the store around 7:15 p.m."), when that day
    lies within a week of the anchor and agrees with the clock time's tense (a past day is
    not the day of "data are due to be released at 1630 EST" or "talks end at 14:30";
    round 11)."""
    days = [j for j, c in enumerate(exprs) if c["kind"] in {"date", "time"} and c["value"]
            and c["rule"] not in _CLOCK_RULES and _DAY_VALUE.match(c["value"])]
    if not days:
        return
    for i, c in enumerate(exprs):
        if c["rule"] not in _CLOCK_RULES or not c.get("clock") or not c["value"]:
            continue
        best = None
        for j in days:
            d = exprs[j]
            a, b = (c["end"], d["start"]) if d["start"] >= c["end"] else (d["end"], c["start"])
            gap = _CLOCK_MARK.sub("", text[a:b])
            if b - a > 80 or _SENTENCE_END.search(gap):
                continue
            if _PARAGRAPH_BREAK.search(gap) and not (d["end"] <= c["start"] and _is_inline_dateline(text, d["start"], d["end"])):
                continue  # a wire dateline in a paragraph of its own ("WASHINGTON, March 3 -") still dates the lines below it
            if d["start"] >= c["end"] and text[c["end"] - 1] == "." and re.match(r"\s+[A-Z]", text[c["end"]:b]):
                continue  # "Polls close at 8 p.m. Officials said Tuesday": the a.m./p.m. ends a sentence
            if best is None or b - a < best[0]:
                best = (b - a, d)
        if best is None:
            # "... was killed Thursday evening. The men appeared in the store around 7:15 p.m.":
            # the day in view, named shortly before in an earlier sentence (TimeBank anchors
            # such times to that day; round 11)
            for j in reversed(days):
                d = exprs[j]
                if d["end"] <= c["start"]:
                    if _is_heading(text, d) and c["start"] - d["end"] <= _CLOCK_BACK_REACH:
                        best = (0, d)  # the times listed under a dated heading (round 16)
                        break
                    gap = _CLOCK_MARK.sub("", text[d["end"]:c["start"]])
                    if c["start"] - d["end"] <= _CLOCK_BACK_REACH and anchor is not None \
                            and ";" not in gap and len(_SENTENCE_END.findall(gap)) <= 1:
                        try:
                            day = date.fromisoformat(d["value"][:10])
                        except ValueError:
                            break
                        t = tense(c["start"], c["end"]) if tense is not None else None
                        if abs((day - anchor).days) <= 7 and not (t in ("future", "present") and day < anchor) \
                                and not (t == "past" and day > anchor):
                            best = (0, d)
                    break
        if best is not None:
            c["value"] = f"{best[1]['value'][:10]}T{c['clock']}"


def extract_dates(corpus: pd.DataFrame, dayfirst: bool | None = None) -> pd.DataFrame:
    """One row per temporal expression in the clean text, resolved where possible.

    Parameters
    ----------
    corpus : DataFrame
        Needs ``doc_id`` and ``text``; ``published`` (datetime-like, NaT when unknown) is the
        anchor for relative expressions. Without a ``published`` column every document is
        treated as undated (with a warning).
    dayfirst : bool, optional
        How to read an ambiguous numeric date such as 03/04/2019: True = day first (3 April),
        False = month first (4 March). None (default) decides per document from its own
        unambiguous dates (25/12/2010, "3 January 2019" vote day-first; 12/25/2010,
        "January 3, 2019" month-first; no hints: month first). Dotted dates (03.04.2019) are
        day first and year-first dates (2019/04/03) year-month-day whatever this says.

    Returns
    -------
    DataFrame with columns

    - ``doc_id``, ``sent_id`` (as in :func:`analysis.sentences`),
    - ``text`` (the expression as written), ``start``, ``end`` (offsets into the
      document's clean text: ``corpus.text[start:end] == text``),
    - ``value``: TimeML/ISO value at its own granularity (``2016-03-31``, ``2015-09``,
      ``2025``, ``2016-W05``, ``2016-Q3``, ``2016-SU``, ``199`` for the 1990s,
      ``2016-02-08TNI`` for "Monday night", ``2016-02-08T15:00-05:00`` for "3 p.m. EST Monday";
      years a pandas Timestamp cannot hold written as found, ``1656-08-17``; durations ``PT50M``, ``P2M``; sets ``P1Y``,
      ``XXXX-WXX-1``; vague ``PRESENT_REF``/``PAST_REF``/``FUTURE_REF``). Missing when a
      relative expression has no anchor: it is reported, not guessed.
    - ``granularity`` (time, day, week, month, quarter, half, season, year, decade, century,
      reference, or the unit of a duration), ``kind`` (date, time, duration, set),
    - ``anchor`` (the publication date a relative value was resolved against; NaT for
      absolute expressions), ``basis`` ('absolute' or 'relative').

    Examples
    --------
    >>> import pandas as pd
    >>> c = pd.DataFrame({"doc_id": ["a"], "published": pd.to_datetime(["2016-02-09"]),
    ...                   "text": ["On Monday night, Obama spoke with Park. Talks will resume tomorrow."]})
    >>> extract_dates(c)[["text", "value", "kind", "basis"]]
               text          value  kind     basis
    0  Monday night  2016-02-08TNI  time  relative
    1      tomorrow     2016-02-10  date  relative
    """
    if dayfirst is not None and not isinstance(dayfirst, bool):
        raise ValueError(f"dayfirst must be True, False or None (got {dayfirst!r})")
    if not {"doc_id", "text"} <= set(corpus.columns):
        raise ValueError("corpus needs the columns 'doc_id' and 'text' "
                         f"(it has: {', '.join(map(str, corpus.columns))})")
    if "published" in corpus.columns:
        published = pd.to_datetime(corpus["published"], errors="coerce")
        bad = published.isna() & corpus["published"].notna()
        if bad.any():
            warnings.warn(f"{int(bad.sum())} unparseable 'published' value(s) treated as unknown "
                          f"(doc_id: {', '.join(corpus.loc[bad, 'doc_id'].astype(str).head(5))})",
                          stacklevel=2)
    else:
        warnings.warn("corpus has no 'published' column: relative dates are left unresolved",
                      stacklevel=2)
        published = pd.Series(pd.NaT, index=corpus.index, dtype="datetime64[ns]")
    dup = corpus["doc_id"].astype(str).duplicated()
    if dup.any():
        warnings.warn(f"extract_dates: duplicate doc_id(s) {sorted(set(corpus['doc_id'][dup].astype(str)))[:5]}; "
                      "their sentences are mixed up (sent_id may be wrong)", stacklevel=2)
    sents = _sentences(corpus[["doc_id", "text"]])
    spans_by_doc: dict[str, list] = {}
    ids_by_doc: dict[str, list] = {}
    for doc_id, s, e, sid in zip(sents["doc_id"].tolist(), sents["start"].tolist(), sents["end"].tolist(),
                                 sents["sent_id"].tolist()):
        spans_by_doc.setdefault(doc_id, []).append((s, e))
        ids_by_doc.setdefault(doc_id, []).append(sid)

    rows = []
    items = list(zip(corpus["doc_id"].astype(str), corpus["text"].fillna("").astype(str), published))
    for doc_id, text, pub in progress(items, desc="dates"):
        anchor = _anchor_date(pub)
        spans = spans_by_doc.get(doc_id, [])
        sent_ids = ids_by_doc.get(doc_id, [])
        starts = [s for s, _ in spans]
        for c in _find(text, anchor, spans, dayfirst):
            i = bisect_right(starts, c["start"]) - 1
            sent_id = sent_ids[i] if i >= 0 else pd.NA
            relative = c["basis"] == "relative"
            rows.append((doc_id, sent_id, text[c["start"]:c["end"]], c["start"], c["end"],
                         c["value"], c["granularity"], c["kind"],
                         pd.Timestamp(anchor) if (relative and anchor is not None) else pd.NaT,
                         c["basis"]))
    df = pd.DataFrame(rows, columns=COLUMNS)
    return df.astype({"sent_id": "Int64", "start": "int64", "end": "int64",
                      "anchor": "datetime64[ns]", "value": "string", "text": "string",
                      "granularity": "string", "kind": "string", "basis": "string",
                      "doc_id": "string"})


def value_to_timestamp(value) -> pd.Timestamp:
    """The first day of the period a date value names (NaT for durations, sets, references).

    Examples
    --------
    >>> value_to_timestamp("2016-W05"), value_to_timestamp("2016-Q3")
    (Timestamp('2016-02-01 00:00:00'), Timestamp('2016-07-01 00:00:00'))
    >>> value_to_timestamp("2019-05-15T14:45:30Z"), value_to_timestamp("2019-05-15T24:00")
    (Timestamp('2019-05-15 14:45:30'), Timestamp('2019-05-16 00:00:00'))
    """
    if value is None or pd.isna(value):
        return pd.NaT
    v = str(value)
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})(?:T(\d{2})(?::(\d{2}))?(?::(\d{2}))?(?:Z|[+-]\d{2}(?::?\d{2})?)?)?"
                     r"(?:T[A-Z]{2})?", v)
    if m:
        # the wall-clock time as written (a zone suffix is kept in the value, not applied here);
        # T24:00 (midnight at the end of a day) is 00:00 of the next day
        hh, mm, ss = int(m.group(4) or 0), int(m.group(5) or 0), int(m.group(6) or 0)
        extra = pd.Timedelta(0)
        if hh == 24:
            hh, extra = 0, pd.Timedelta(days=1)
        try:
            return pd.Timestamp(int(m.group(1)), int(m.group(2)), int(m.group(3)), hh, mm, ss) + extra
        except (ValueError, OverflowError):
            return pd.NaT
    m = re.fullmatch(r"(\d{4})-W(\d{2})(?:-WE)?", v)
    if m:
        d = date.fromisocalendar(int(m.group(1)), int(m.group(2)), 6 if v.endswith("WE") else 1)
        return pd.Timestamp(d)
    m = re.fullmatch(r"(\d{4})-(\d{2})", v)
    if m:
        return pd.Timestamp(int(m.group(1)), int(m.group(2)), 1)
    m = re.fullmatch(r"(\d{4})-Q([1-4])", v)
    if m:
        return pd.Timestamp(int(m.group(1)), 3 * int(m.group(2)) - 2, 1)
    m = re.fullmatch(r"(\d{4})-H([12])", v)
    if m:
        return pd.Timestamp(int(m.group(1)), 1 if m.group(2) == "1" else 7, 1)
    m = re.fullmatch(r"(\d{4})-(SP|SU|FA|WI)", v)
    if m:
        return pd.Timestamp(int(m.group(1)), R.SEASON_MONTH[m.group(2)], 1)
    if re.fullmatch(r"\d{4}", v):
        return pd.Timestamp(int(v), 1, 1)
    if re.fullmatch(r"\d{3}", v):
        return pd.Timestamp(int(v) * 10, 1, 1)
    if re.fullmatch(r"\d{2}", v):
        return pd.Timestamp(int(v) * 100, 1, 1)
    return pd.NaT


def _is_date_line(sentence: str, expr_start: int, expr_end: int) -> bool:
    """A line that is nothing but a date (a dateline such as 'February 09, 2016')."""
    line_start = sentence.rfind("\n", 0, expr_start) + 1
    line_end = sentence.find("\n", expr_end)
    line_end = len(sentence) if line_end < 0 else line_end
    rest = sentence[line_start:expr_start] + sentence[expr_end:line_end]
    return len(re.findall(r"[A-Za-z]{2,}", rest)) == 0


# a wire dateline opening a line: "BUENOS AIRES, March 2 - ...", "SAN JOSE, Calif., Feb 26 (Reuters) - ...",
# "JERUSALEM Aug. 23, 2004 - ...", "AUGUST 18, 2004 (IDG NEWS SERVICE) - ...", "NEW YORK, (Aug. 30, 2004) - ..."
# (an optional place: up to five words in capitals, or in title case ending with a comma, and a
# state or country after a comma; the date, perhaps in brackets; an optional source in brackets; then a dash)
_DATELINE_PLACE = re.compile(
    r"\s*(?:(?:[A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+){0,4}(?:, [A-Z][A-Za-z.'-]*(?: [A-Z][A-Za-z.'-]*){0,2})?,?|[A-Z][A-Za-z.'-]*(?: [A-Z][A-Za-z.'-]*){0,4}(?:, [A-Z][A-Za-z.'-]*(?: [A-Z][A-Za-z.'-]*){0,2})?,)\s+)?\(?")
_DATELINE_AFTER = re.compile(r"\)?,?\s*(?:\([^()\n]{1,40}\)\s*)?(?:-{1,2}|\u2013|\u2014)\s")


def _is_inline_dateline(sentence: str, expr_start: int, expr_end: int) -> bool:
    """The date of a wire dateline at the head of a line ('BUENOS AIRES, March 2 - Argentine ...').

    Such a date is when and where the story was filed (its publication day), not something the
    story dates, so :func:`events` leaves it out like a date-only line; the rest of the sentence
    keeps any other date it gives.
    """
    line_start = sentence.rfind("\n", 0, expr_start) + 1
    return (expr_start - line_start <= 60
            and _DATELINE_PLACE.fullmatch(sentence, line_start, expr_start) is not None
            and _DATELINE_AFTER.match(sentence, expr_end) is not None)


# a page's own time stamp: a full date and a clock time written together ("January 8, 2008 7:04 PM
# ET", "9/01/2008 1:11:00 PM", "7:54 am EST January 23, 2008"); in running text such a pair
# follows a preposition ("struck at 2:46 pm on March 11, 2011"), on a page's furniture it does not
_STAMP_CLOCK = re.compile(r"\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\b\.?|[AP]\.?M\b\.?)|\b\d{1,2}:\d{2}\b")
_STAMP_YEAR = re.compile(r"(?<![\d:.])(?:1[89]|20)\d{2}(?!\d)")
_STAMP_PREPOSITION = re.compile(
    r"\b(?:at|on|by|from|until|till|to|since|before|after|around|about|between|and|of|in|for|as)\s*$", re.I)
# a stamp's label or byline right before the date on its line: "POSTED: ", "Updated: ", "Posted by
# Jacko ", "By BARBARA VANCHERI Pittsburgh Post-Gazette " (names and an outlet, no lower-case word)
_STAMP_LABEL = re.compile(
    r"(?:\b(?:POSTED|Posted|UPDATED|Updated|PUBLISHED|Published|Last updated|Last Updated|LAST UPDATED|"
    r"Date|DATE)\s*(?::|\bby\b[^\n]{0,40}?)|\bBy(?:\s+[A-Z][\w.'\u2019&-]*){2,8},?)\s*[-|\u2013\u2014]?\s*$")
# a list of links: two or more ">>" or "\u00bb" markers in one sentence
_LINK_MARKERS = re.compile(r">>|\u00bb")


def _is_timestamp(sentence: str, expr_start: int, expr_end: int) -> bool:
    """Whether the date at ``sentence[expr_start:expr_end]`` is page furniture rather than
    something the story dates: a publication or comment time stamp ("POSTED: 7:54 am EST
    January 23, 2008", "Associated Press - January 8, 2008 7:04 PM ET", "Posted by Jacko
    9/01/2008 1:11:00 PM"), a byline's date ("By BARBARA VANCHERI Pittsburgh Post-Gazette
    Tuesday, January 15, 2008") or a date inside a list of links (">> News - ... >> News - ...").

    A full date with a year and a clock time counts as a stamp unless a preposition introduces
    it, as in running text ("the quake struck at 2:46 pm on March 11, 2011").
    """
    expr = sentence[expr_start:expr_end]
    line_start = sentence.rfind("\n", 0, expr_start) + 1
    before = sentence[line_start:expr_start]
    if _STAMP_LABEL.search(before[-90:]):
        return True
    if len(_LINK_MARKERS.findall(sentence)) >= 2:
        return True
    if _STAMP_CLOCK.search(expr) and _STAMP_YEAR.search(expr):
        return not _STAMP_PREPOSITION.search(before)
    return False


def events(corpus: pd.DataFrame, dates: pd.DataFrame | None = None, *,
           sentences: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per sentence that places something in time, with its most specific date.

    For every sentence with at least one resolved date or time expression (durations,
    sets, vague references such as "now", bare date lines, the date of a wire dateline
    ("BUENOS AIRES, March 2 - ...", the day the story was filed) and page time stamps, bylines'
    dates and dates in link lists (:func:`_is_timestamp`) are left out), the most
    specific expression (time > day > week > month > quarter > season > year
    > decade; the first one on a tie) gives the sentence its date.

    Parameters
    ----------
    corpus : DataFrame with ``doc_id``, ``text`` and ``published``.
    dates : optional, the output of :func:`extract_dates` for ``corpus`` (computed if None).
    sentences : optional, :func:`analysis.sentences` of ``corpus`` (e.g. a store's table; split
        again if None).

    Returns
    -------
    DataFrame sorted by date, doc_id, sent_id with columns date (Timestamp: the first day of
    the period), granularity, doc_id, sent_id, sentence, expression (as written), value,
    start, end (the expression's offsets in the document's clean text).

    Examples
    --------
    >>> import pandas as pd
    >>> c = pd.DataFrame({"doc_id": ["a"], "published": pd.to_datetime(["2017-06-20"]),
    ...                   "text": ["The talks, to be held Wednesday, matter. Last year they failed."]})
    >>> events(c)[["date", "granularity", "expression"]]
            date granularity expression
    0 2016-01-01        year  Last year
    1 2017-06-21         day  Wednesday
    """
    if dates is None:
        dates = extract_dates(corpus)
    d = dates[dates["kind"].isin(["date", "time"]) & dates["value"].notna()].copy()
    d["date"] = [value_to_timestamp(v) for v in d["value"]]
    # a timeline axis holds pandas timestamps (years 1677-2262): "10,000 years ago" stays in
    # extract_dates' table but cannot be drawn
    calendar = d["value"].astype(str).str.match(r"-?\d")
    beyond = calendar & ~d["date"].map(
        lambda t: pd.notna(t) and pd.Timestamp.min <= t <= pd.Timestamp.max).astype(bool)
    if beyond.any():
        n = int(beyond.sum())
        examples = ", ".join(list(dict.fromkeys(f"'{t}'" for t in d.loc[beyond, "text"]))[:3])
        warnings.warn(f"events: {n} dated expression{'s' if n != 1 else ''} before the year 1677 "
                      f"or after 2262 (e.g. {examples}) {'are' if n != 1 else 'is'} listed in the "
                      "table of temporal expressions but left out of the events and the timeline, "
                      "which cannot hold dates that far back or ahead", UserWarning, stacklevel=2)
    d = d[~beyond & d["date"].notna()]
    sents = _sentences(corpus[["doc_id", "text"]]) if sentences is None else sentences
    d = d.merge(sents[["doc_id", "sent_id", "text", "start"]].rename(
        columns={"text": "sentence", "start": "sent_start"}).astype({"doc_id": "string", "sent_id": "Int64"}),
        on=["doc_id", "sent_id"], how="left")
    keep = [not (_is_date_line(s, st - ss, en - ss) or _is_inline_dateline(s, st - ss, en - ss)
                 or _is_timestamp(s, st - ss, en - ss))
            if isinstance(s, str) else False
            for s, st, en, ss in zip(d["sentence"], d["start"], d["end"], d["sent_start"])]
    d = d[pd.Series(keep, index=d.index, dtype=bool)]
    d["rank"] = d["granularity"].map(_SPECIFICITY).fillna(99)
    d = d.sort_values(["doc_id", "sent_id", "rank", "start"], kind="stable")
    d = d.drop_duplicates(["doc_id", "sent_id"], keep="first")
    d = d.rename(columns={"text": "expression"})
    d = d.sort_values(["date", "doc_id", "sent_id"], kind="stable").reset_index(drop=True)
    return d[EVENT_COLUMNS].astype({"date": "datetime64[ns]", "sentence": "string"})
