"""Time axes chosen from the data: the bin to count or average over, and the range to show.

A corpus can cover two weeks (a wire archive), seven weeks (a headline sample) or a decade,
and its texts can mention any year from the 1600s to 2100. A chart that pools by year on
two weeks of stories draws one point; a chart whose axis spans every year mentioned in the
text squeezes the articles into a sliver. Two small rules decide instead:

- :func:`time_bin` picks day, week, month, quarter or year from the span of the dates, so
  a chart has a handful to a few dozen bins, and names the bin for the title.
- :func:`focus_range` picks the axis from the bulk of the dates (Tukey's fence around their
  middle half), and counts what lies outside, so a chart can say how many points it leaves
  out and where they are, never dropping them silently.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

#: Bins from fine to coarse: (pandas period alias, unit word, plural, largest span in days).
_BIN_STEPS = [("D", "day", "days", 45), ("W", "week", "weeks", 183), ("M", "month", "months", 3 * 365),
              ("Q", "quarter", "quarters", None), ("Y", "year", "years", None)]


@dataclass(frozen=True)
class TimeBin:
    """A time bin: pandas period alias (``freq``) and its name (``unit``, ``plural``)."""

    freq: str
    unit: str
    plural: str

    @property
    def adjective(self) -> str:
        """"daily", "weekly", "monthly", "quarterly", "yearly"."""
        return {"day": "daily"}.get(self.unit, self.unit + "ly")


def _naive(dates) -> pd.Series:
    s = pd.Series(dates)
    if isinstance(s.dtype, pd.PeriodDtype):
        s = s.dt.start_time
    s = pd.to_datetime(s, errors="coerce", utc=True)
    return s.dt.tz_localize(None).dropna()


def _span_days(dates: pd.Series) -> float:
    if dates.empty:
        return 0.0
    lo, hi = dates.min().to_pydatetime(warn=False), dates.max().to_pydatetime(warn=False)
    return (hi - lo).total_seconds() / 86400


def time_bin(dates, *, robust: bool = True) -> TimeBin:
    """The bin to pool dated documents by, chosen from the span of their dates.

    Up to 45 days: day; up to half a year: week; up to three years: month; three years
    and more: year (a few dozen bins at most for any span). With ``robust`` (default) the
    span is that of :func:`focus_range`, so a few documents with a stray date (a copyright
    year taken for a publication date) do not turn weeks of data into one yearly mean.

    Parameters
    ----------
    dates : sequence of datetime-like (missing values ignored; Periods count by their start).
    robust : use the bulk of the dates (:func:`focus_range`) rather than min to max.

    Returns
    -------
    TimeBin (``freq`` for ``dt.to_period`` / :func:`analysis.group_sentiment`, ``unit``).

    Examples
    --------
    >>> import pandas as pd
    >>> time_bin(pd.date_range("2003-02-19", "2003-04-08", freq="D")).unit
    'week'
    >>> time_bin(pd.to_datetime(["1987-02-26", "1987-03-10"])).unit
    'day'
    >>> time_bin(pd.to_datetime(["2016-02-01", "2017-06-01", "2024-01-05"])).freq
    'Y'
    """
    d = _naive(dates)
    if d.empty:   # nothing to pool: the coarsest bin, as before dates were known
        return TimeBin("Y", "year", "years")
    if robust:
        rng = focus_range(d)
        d = d[(d >= rng.lo) & (d <= rng.hi)]
    span = _span_days(d)
    for freq, unit, plural, limit in _BIN_STEPS:
        if freq == "Q":
            continue  # quarters are kept for callers that ask; by default months give way to years
        if limit is None or span <= limit:
            return TimeBin(freq, unit, plural)
    return TimeBin("Y", "year", "years")  # pragma: no cover


@dataclass(frozen=True)
class FocusRange:
    """The part of a time axis that holds the bulk of the dates, and what lies outside."""

    lo: pd.Timestamp
    hi: pd.Timestamp
    n: int                      # dates considered
    n_before: int               # dates before ``lo``
    n_after: int                # dates after ``hi``
    first: pd.Timestamp | None  # earliest date outside (before), if any
    last: pd.Timestamp | None   # latest date outside (after), if any

    @property
    def n_outside(self) -> int:
        return self.n_before + self.n_after

    def note(self, what: str = "dates") -> str:
        """One sentence on what lies outside the range ("" when nothing does).

        Examples
        --------
        >>> import pandas as pd
        >>> d = pd.to_datetime(["1800-01-01"] + ["2008-05-01"] * 20 + ["2040-01-01"])
        >>> focus_range(d).note("events")
        '2 of 22 events lie outside the axis: 1 before it (from 1800), 1 after it (up to 2040)'
        """
        if not self.n_outside:
            return ""
        parts = []
        if self.n_before:
            parts.append(f"{self.n_before:,} before it (from {self.first:%Y})")
        if self.n_after:
            parts.append(f"{self.n_after:,} after it (up to {self.last:%Y})")
        return f"{self.n_outside:,} of {self.n:,} {what} lie outside the axis: " + ", ".join(parts)


def focus_range(dates, *, keep=None, quantiles=(0.25, 0.75), fence: float = 1.5,
                min_days: float = 14.0, cover: float = 0.95) -> FocusRange:
    """The range a time axis should show: the bulk of the dates, with a margin.

    The central part of the dates and of ``keep`` together (between the ``quantiles``, by
    default the quartiles) is
    widened by ``fence`` times its width on each side (at least ``min_days`` wide before
    widening), and widened further, if need be, to hold the central ``cover`` share of the
    dates (95%: a long tail of real dates is not cut to a few weeks); dates beyond are
    *outside*. The range is then shrunk to the dates inside it. Dates in ``keep`` (e.g. the publication dates, when the axis must show
    every article) always lie inside.

    Parameters
    ----------
    dates : sequence of datetime-like (missing values ignored).
    keep : optional dates that must lie inside the range.
    quantiles, fence, min_days : the rule above (Tukey's fence: 1.5 times the interquartile range).
    cover : share of the dates the range holds at least (the central part; default 0.95).

    Returns
    -------
    FocusRange with ``lo``, ``hi`` (Timestamps; NaT when there are no dates), ``n``,
    ``n_before``, ``n_after``, the earliest/latest date outside, and :meth:`FocusRange.note`.

    Examples
    --------
    >>> import pandas as pd
    >>> d = pd.to_datetime(["1681-01-01", "2007-11-02", "2008-01-10", "2008-03-05", "2099-01-01"])
    >>> r = focus_range(d)
    >>> (f"{r.lo:%Y-%m-%d}", f"{r.hi:%Y-%m-%d}", r.n_before, r.n_after)
    ('2007-11-02', '2008-03-05', 1, 1)
    >>> focus_range(d, keep=d[:1]).lo.year
    1681
    """
    d = _naive(dates)
    k = _naive(keep) if keep is not None else pd.Series(dtype="datetime64[ns]")
    if d.empty and k.empty:
        return FocusRange(pd.NaT, pd.NaT, 0, 0, 0, None, None)
    # day numbers: Timestamps more than ~292 years apart cannot be subtracted in pandas
    d_day, k_day = _ordinals(d), _ordinals(k)
    pooled = np.concatenate([d_day, k_day])
    q_lo, q_hi = np.quantile(pooled, quantiles)
    width = max(q_hi - q_lo, min_days)
    c_lo, c_hi = np.quantile(pooled, [(1 - cover) / 2, 1 - (1 - cover) / 2])
    lo_day, hi_day = min(q_lo - fence * width, c_lo), max(q_hi + fence * width, c_hi)
    if len(k_day):
        lo_day, hi_day = min(lo_day, k_day.min()), max(hi_day, k_day.max())
    before, after = d_day < lo_day, d_day > hi_day
    kept = pd.concat([d[~before & ~after], k])
    return FocusRange(kept.min(), kept.max(), len(d), int(before.sum()), int(after.sum()),
                      d[before].min() if before.any() else None, d[after].max() if after.any() else None)


def _ordinals(dates: pd.Series) -> np.ndarray:
    return np.array([t.to_pydatetime(warn=False).toordinal() for t in dates], dtype=float)
