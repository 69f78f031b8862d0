"""Word lists and holiday rules for :mod:`analysis.dates.rules`, read from ``lexicons/dates/``.

The lists are data (CSV files with a README saying where each comes from); this module only
reads them and computes holiday dates (Western Easter with :func:`dateutil.easter.easter`,
"the n-th weekday of a month" with :class:`dateutil.relativedelta.relativedelta`).
"""
from __future__ import annotations

import csv
import re
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path

from dateutil.easter import easter
from dateutil.relativedelta import relativedelta, weekday as _rd_weekday

LEXICON_DIR = Path(__file__).resolve().parent.parent / "lexicons" / "dates"


def _rows(name: str) -> list[dict]:
    path = LEXICON_DIR / name
    if not path.is_file():
        raise FileNotFoundError(f"date lexicon missing: {path} (is the package installed with its data files?)")
    with path.open(encoding="utf-8", newline="") as fh:
        return [r for r in csv.DictReader(line for line in fh if not line.startswith("#"))]


def _split(cell: str) -> list[str]:
    return [x.strip() for x in (cell or "").split(";") if x.strip()]


MONTHS = {r["name"].lower(): int(r["number"]) for r in _rows("months.csv")}
MONTH_ABBR = {a.lower(): int(r["number"]) for r in _rows("months.csv") for a in _split(r["abbreviations"])}
WEEKDAYS = {r["name"].lower(): int(r["number"]) - 1 for r in _rows("weekdays.csv")}  # monday = 0
WEEKDAY_ABBR = {a.lower(): int(r["number"]) - 1 for r in _rows("weekdays.csv") for a in _split(r["abbreviations"])}
SEASONS = {r["name"]: r["code"] for r in _rows("seasons.csv")}
SEASON_MONTH = {r["code"]: int(r["first_month"]) for r in _rows("seasons.csv")}
PARTS_OF_DAY = {r["name"]: r["code"] for r in _rows("parts_of_day.csv")}
DECADE_WORDS = {r["word"]: int(r["digit"]) for r in _rows("decade_words.csv")}
REFERENCE_ADJECTIVES = {r["word"]: (r["value"], None if r["next_words"].strip() == "*" else set(_split(r["next_words"])),
                                    set(_split(r["not_before"]))) for r in _rows("reference_adjectives.csv")}
TIME_ZONES = {r["abbreviation"]: r["utc_offset"] for r in _rows("time_zones.csv")}
SET_ADJECTIVES_BEFORE_NOUN = frozenset(r["word"].strip().lower() for r in _rows("set_adjectives_before_noun.csv"))
NOT_DEADLINE_BEFORE_TO = tuple(r["word"].strip().lower() for r in _rows("not_deadline_before_to.csv"))
ADVERBS_AFTER_VERB = frozenset(r["word"].strip().lower() for r in _rows("adverbs_after_verb.csv"))
# Words of voting and adjudication ("the bill", "senate", "ruled", "ballots" ...): a tally in their
# sentence counts votes, not goals; word -> True when the word is common in sport reports too
# (lexicons/dates/vote_tally_words.csv, read by rules._game_period and event_kinds._scorelines; round 16)
VOTE_TALLY_WORDS = {r["word"].strip().lower(): r["in_sport_copy"].strip() == "yes" for r in _rows("vote_tally_words.csv")}
LASTED_UNTIL = frozenset(r["word"].strip().lower() for r in _rows("lasted_until.csv"))
DAY_KINDS = tuple(r["word"].strip().lower() for r in _rows("day_kinds.csv"))
ONE_DAY_LENGTH_BEFORE = frozenset(r["word"].strip().lower() for r in _rows("one_day_length_before.csv"))
OVERNIGHT_NOT_TIME = {side: frozenset(r["word"].strip().lower() for r in _rows("overnight_not_time.csv") if r["side"] == side)
                      for side in ("before", "after")}


def zone_suffix(abbr: str | None) -> str:
    """ISO 8601 suffix of a time-zone abbreviation: 'Z' for UTC/GMT, '-05:00' for EST, '' if unknown.

    Examples
    --------
    >>> zone_suffix("EST"), zone_suffix("gmt"), zone_suffix(None)
    ('-05:00', 'Z', '')
    """
    if not abbr:
        return ""
    off = TIME_ZONES.get(abbr.upper().replace(".", ""))
    if off is None:
        return ""
    return "Z" if off == "+00:00" else off


def _holiday_rule(rule: str):
    kind, _, arg = rule.partition(":")
    if kind == "fixed":
        mo, d = (int(x) for x in arg.split("-"))
        return lambda y: date(y, mo, d)
    if kind == "easter":
        off = int(arg)
        return lambda y: easter(y) + timedelta(days=off)
    if kind == "nth":
        parts = arg.split(":")
        mo, wd, n = int(parts[0]), int(parts[1]) - 1, int(parts[2])
        extra = int(parts[3]) if len(parts) > 3 else 0

        def nth(y: int) -> date:
            if n > 0:
                d = date(y, mo, 1) + relativedelta(weekday=_rd_weekday(wd)(n))
            else:
                d = date(y, mo, 1) + relativedelta(day=31, weekday=_rd_weekday(wd)(n))
            return d + timedelta(days=extra)
        return nth
    raise ValueError(f"holidays.csv: unknown rule {rule!r}")


def _load_holidays() -> dict[str, object]:
    """{name as written in holidays.csv: function year -> date}."""
    out = {}
    for r in _rows("holidays.csv"):
        fn = _holiday_rule(r["rule"])
        for name in _split(r["names"]):
            out[name] = fn
    return out


def _key(name: str) -> str:
    return re.sub(r"\s+", " ", re.sub("['\u2019]", "", name.lower())).strip()


HOLIDAYS = _load_holidays()
_BY_KEY = {_key(k): fn for k, fn in HOLIDAYS.items()}


@lru_cache(maxsize=4096)
def holiday_date(name: str, year: int) -> date | None:
    """The date of a holiday (as written in holidays.csv, any case) in a given year.

    Examples
    --------
    >>> holiday_date("Easter", 2010), holiday_date("thanksgiving", 2019)
    (datetime.date(2010, 4, 4), datetime.date(2019, 11, 28))
    """
    fn = _BY_KEY.get(_key(name))
    if fn is None:
        return None
    try:
        return fn(year)
    except ValueError:
        return None


def holiday_pattern() -> str:
    """A regular expression alternation of every holiday name as capitalised in the data (longest
    first; apostrophes optional, a leading "the" in any case)."""
    alts = []
    for name in sorted(HOLIDAYS, key=len, reverse=True):
        parts = []
        for i, ch in enumerate(name):
            if i < 3 and name.startswith("the "):
                parts.append(f"[{ch.upper()}{ch}]" if i == 0 else ch)
            elif ch == "'":
                parts.append("['\u2019]?")
            elif ch == " ":
                parts.append(r"\s+")
            else:
                parts.append(re.escape(ch))
        alts.append("".join(parts))
    return "|".join(alts)
