"""US administrations, for marking periods on charts and grouping documents.

News about US foreign policy is read against who held office; charts shade these spans and
tables can group by them (``administration_of``).
"""
from __future__ import annotations

import warnings

import pandas as pd

#: One row per administration since 1945: name, president, start, end (end is exclusive;
#: NaT = ongoing). Archives reach back decades, so the list does too; a date before 1945 gets
#: no administration.
ADMINISTRATIONS = pd.DataFrame(
    [
        ("Truman", "Harry S. Truman", "1945-04-12", "1953-01-20"),
        ("Eisenhower", "Dwight D. Eisenhower", "1953-01-20", "1961-01-20"),
        ("Kennedy", "John F. Kennedy", "1961-01-20", "1963-11-22"),
        ("Johnson", "Lyndon B. Johnson", "1963-11-22", "1969-01-20"),
        ("Nixon", "Richard Nixon", "1969-01-20", "1974-08-09"),
        ("Ford", "Gerald Ford", "1974-08-09", "1977-01-20"),
        ("Carter", "Jimmy Carter", "1977-01-20", "1981-01-20"),
        ("Reagan", "Ronald Reagan", "1981-01-20", "1989-01-20"),
        ("H. W. Bush", "George H. W. Bush", "1989-01-20", "1993-01-20"),
        ("Clinton", "Bill Clinton", "1993-01-20", "2001-01-20"),
        ("W. Bush", "George W. Bush", "2001-01-20", "2009-01-20"),
        ("Obama", "Barack Obama", "2009-01-20", "2017-01-20"),
        ("Trump I", "Donald Trump", "2017-01-20", "2021-01-20"),
        ("Biden", "Joe Biden", "2021-01-20", "2025-01-20"),
        ("Trump II", "Donald Trump", "2025-01-20", None),
    ],
    columns=["administration", "president", "start", "end"],
).astype({"start": "datetime64[ns]", "end": "datetime64[ns]"})


def naive_dates(values) -> pd.Series:
    """Dates as naive timestamps: time zones converted to UTC and dropped, unreadable -> NaT.

    Office terms are dates, not instants, so tz-aware and naive columns meet on one axis.

    Examples
    --------
    >>> naive_dates(["2017-01-20T03:00+09:00", "soon"]).tolist()
    [Timestamp('2017-01-19 18:00:00'), NaT]
    """
    return pd.to_datetime(pd.Series(values), errors="coerce", utc=True).dt.tz_localize(None)


def administration_of(dates) -> pd.Series:
    """Name of the US administration in office on each date.

    Parameters
    ----------
    dates : array-like of datetime-like
        Dates; NaT gives a missing value (a value that is not a date too, with a warning).

    Returns
    -------
    pandas.Series of str (missing where the date is unknown or before 2001), with the index
    of ``dates`` when it is a Series (so it can be assigned to the frame it came from), else
    0..n-1.

    Examples
    --------
    >>> administration_of(["2016-03-30", "2017-06-20", "2024-11-16"]).tolist()
    ['Obama', 'Trump I', 'Biden']
    """
    index = dates.index if isinstance(dates, pd.Series) else None
    raw = pd.Series(dates).reset_index(drop=True)
    # a number is not a date (pandas would read 1987 as nanoseconds after 1970)
    number = raw.map(lambda v: isinstance(v, (int, float)) and not isinstance(v, bool)
                     or hasattr(v, "dtype") and getattr(v.dtype, "kind", "") in "iuf")
    d = naive_dates(raw.mask(number))
    unread = d.isna() & raw.notna() & (raw.astype(str).str.strip() != "")
    if unread.any():
        examples = ", ".join(repr(v) for v in raw[unread].astype(str).unique()[:3])
        hint = " (numbers such as years are not read as dates)" if number[unread].any() else ""
        warnings.warn(f"administration_of: {int(unread.sum())} value(s) are not dates "
                      f"({examples}){hint}; their administration is missing", UserWarning, stacklevel=2)
    out = pd.Series(pd.NA, index=d.index, dtype="object")
    for row in ADMINISTRATIONS.itertuples():
        end = row.end if pd.notna(row.end) else pd.Timestamp.max
        out[(d >= row.start) & (d < end)] = row.administration
    if index is not None:
        out.index = index
    return out
