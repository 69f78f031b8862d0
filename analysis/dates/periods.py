"""Named periods (administrations, governments, a researcher's own phases) as data.

A period set is a table with one row per period: ``period`` (its name), ``start`` and ``end``
(``end`` exclusive, NaT for a period still running). Built-in sets are CSV files under
``analysis/lexicons/periods/`` (``"us-administrations"``, ``"uk-governments"``); a researcher
passes the path of their own CSV or YAML file. Charts shade a time axis with a period set
when given ``periods=`` (see :mod:`analysis.plots`), and :func:`period_of` names the period
of each date so tables can group by it.
"""
from __future__ import annotations

import csv
import io
import warnings
from pathlib import Path

import numpy as np
import pandas as pd

#: Folder of the built-in period sets (one CSV per set, ``#`` lines are comments).
PERIODS_DIR = Path(__file__).parent.parent / "lexicons" / "periods"

#: Display names of the built-in sets (chart notes and titles).
BUILT_IN = {"us-administrations": "US administrations", "uk-governments": "UK governments"}


# stands for "no end yet" in comparisons (within the range of every pandas datetime unit)
_FAR = pd.Timestamp("2262-01-01")


class PeriodsError(ValueError):
    """A period file or table that cannot be read: names the file and the row."""


def naive_dates(values) -> pd.Series:
    """Dates as naive timestamps: time zones converted to UTC and dropped, unreadable -> NaT.

    Office terms are dates, not instants, so tz-aware and naive columns meet on one axis.

    Examples
    --------
    >>> naive_dates(["2017-01-20T03:00+09:00", "soon"]).tolist()
    [Timestamp('2017-01-19 18:00:00'), NaT]
    """
    return pd.to_datetime(pd.Series(values), errors="coerce", utc=True).dt.tz_localize(None)


def _date(value, where: str, what: str):
    """One date from a period file cell: NaT for empty (only allowed for ``end``)."""
    if value is None or (isinstance(value, float) and np.isnan(value)) or str(value).strip() == "":
        if what == "start":
            raise PeriodsError(f"{where}: the start date is missing")
        return pd.NaT
    if isinstance(value, (int, float)) and not isinstance(value, bool) and not 1000 <= value <= 9999:
        raise PeriodsError(f"{where}: {what} {value!r} is not a date (write YYYY-MM-DD)")
    text = str(value).strip()
    try:
        ts = pd.Timestamp(text)
    except (ValueError, TypeError):
        ts = pd.NaT
    if pd.isna(ts):
        raise PeriodsError(f"{where}: {what} {text!r} is not a date (write YYYY-MM-DD)")
    if ts.tzinfo is not None:
        ts = ts.tz_convert("UTC").tz_localize(None)
    return ts


def _read_csv(path: Path) -> list[tuple[str, dict]]:
    """Rows of a CSV period file with their line numbers; ``#`` lines are comments."""
    lines = path.read_text(encoding="utf-8-sig").splitlines()
    kept = [(i + 1, line) for i, line in enumerate(lines) if line.strip() and not line.lstrip().startswith("#")]
    if not kept:
        raise PeriodsError(f"periods file {path}: no header and no rows")
    dialect = "excel-tab" if path.suffix.lower() == ".tsv" else "excel"
    reader = csv.reader(io.StringIO("\n".join(line for _, line in kept)), dialect=dialect)
    rows = list(reader)
    header = [h.strip().lower() for h in rows[0]]
    out = []
    for (lineno, _), values in zip(kept[1:], rows[1:]):
        if len(values) > len(header):
            raise PeriodsError(f"periods file {path}, line {lineno}: {len(values)} fields but the header "
                               f"has {len(header)} ({', '.join(header)}); quote names that contain commas")
        out.append((f"periods file {path}, line {lineno}",
                    dict(zip(header, [v.strip() for v in values] + [""] * (len(header) - len(values))))))
    return out


def _read_yaml(path: Path) -> list[tuple[str, dict]]:
    """Entries of a YAML period file: a list of mappings, ``{periods: [...]}`` or
    ``{name: {start: ..., end: ...}}``."""
    import yaml

    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as err:
        raise PeriodsError(f"periods file {path}: not valid YAML ({err})") from None
    if isinstance(data, dict) and "periods" in data:
        data = data["periods"]
    if isinstance(data, dict):
        data = [{"period": k, **(v if isinstance(v, dict) else {"start": None})} for k, v in data.items()]
    if not isinstance(data, list):
        raise PeriodsError(f"periods file {path}: expected a list of periods (each with name, start, end)")
    out = []
    for i, item in enumerate(data, 1):
        if not isinstance(item, dict):
            raise PeriodsError(f"periods file {path}, entry {i}: expected a mapping with name, start, "
                               f"end, not {item!r}")
        out.append((f"periods file {path}, entry {i}", {str(k).strip().lower(): v for k, v in item.items()}))
    return out


def _table(rows: list[tuple[str, dict]], source: str) -> pd.DataFrame:
    """Validated period table from (where, mapping) rows: names, dates, order, no overlaps."""
    records = []
    for where, row in rows:
        name_key = "period" if "period" in row else "name" if "name" in row else None
        if name_key is None:
            raise PeriodsError(f"{where}: no 'period' (or 'name') column; columns are "
                               f"{', '.join(map(str, row)) or 'none'}")
        name = row[name_key]
        if name is None or str(name).strip() == "" or (isinstance(name, float) and np.isnan(name)):
            raise PeriodsError(f"{where}: the period has no name")
        if "start" not in row:
            raise PeriodsError(f"{where}: no 'start' column")
        start = _date(row.get("start"), where, "start")
        end = _date(row.get("end"), where, "end")
        if pd.notna(end) and end <= start:
            raise PeriodsError(f"{where}: end {end:%Y-%m-%d} is not after start {start:%Y-%m-%d} "
                               "(end is exclusive: the first day after the period)")
        extra = {k: v for k, v in row.items() if k not in (name_key, "start", "end")}
        records.append({"period": str(name).strip(), "start": start, "end": end, **extra, "_where": where})
    if not records:
        raise PeriodsError(f"{source}: no periods")
    df = pd.DataFrame(records).sort_values("start", kind="stable").reset_index(drop=True)
    ends = df["end"].astype("datetime64[ns]").fillna(_FAR)
    for i in range(1, len(df)):
        if df.at[i, "start"] < ends.iloc[:i].max():
            j = int(np.flatnonzero((ends.iloc[:i] > df.at[i, "start"]).to_numpy())[0])
            raise PeriodsError(
                f"{df.at[i, '_where']}: period {df.at[i, 'period']!r} overlaps {df.at[j, 'period']!r} "
                f"({df.at[j, '_where'].split(', ')[-1]}); periods must not overlap (each date belongs "
                "to at most one period; end is exclusive, so one period may end on the day the next "
                "starts). Put overlapping sets in separate files.")
    df = df.drop(columns="_where").astype({"start": "datetime64[ns]", "end": "datetime64[ns]"})
    return df


def load_periods(spec=None) -> pd.DataFrame | None:
    """A set of named periods: built in by name, from a researcher's file, or as given.

    Parameters
    ----------
    spec : None, str, path or DataFrame
        ``None`` gives ``None`` (no periods: charts shade nothing). ``"us-administrations"``
        or ``"uk-governments"`` give the built-in sets (see ``analysis/lexicons/periods``).
        A path to a ``.csv``/``.tsv``/``.yml``/``.yaml`` file reads a researcher's own
        periods: columns (or keys) ``period`` (or ``name``), ``start``, ``end``; ``#`` lines
        are comments; other columns are kept (``colour`` sets the shade on charts). A
        DataFrame with those columns is checked the same way.

    Dates are ISO dates (``2019-07-24``; ``2019`` means its first day). ``end`` is
    exclusive (a date d is in a period when ``start <= d < end``), so one period can end on
    the day the next starts; an empty ``end`` marks a period still running. Periods must not
    overlap.

    Returns
    -------
    DataFrame with ``period``, ``start``, ``end`` (naive Timestamps, ``end`` NaT when open)
    and any extra columns, sorted by start; ``attrs["name"]`` is a display name. Or None.

    Raises
    ------
    PeriodsError
        A file that is missing or malformed, naming the file and the line (CSV) or entry
        (YAML): a missing name or start, a value that is not a date, an end not after its
        start, or two periods that overlap.

    Examples
    --------
    >>> uk = load_periods("uk-governments")
    >>> uk.loc[uk.period == "Blair", ["start", "end"]].iloc[0].dt.strftime("%Y-%m-%d").tolist()
    ['1997-05-02', '2007-06-27']
    >>> load_periods(None) is None
    True
    """
    if spec is None:
        return None
    if isinstance(spec, pd.DataFrame):
        cols = {c: str(c).strip().lower() for c in spec.columns}
        rows = [(f"periods table, row {i}", dict(zip(cols.values(), r)))
                for i, r in enumerate(spec.itertuples(index=False, name=None))]
        out = _table(rows, "periods table")
        out.attrs["name"] = spec.attrs.get("name", "periods")
        return out
    if not isinstance(spec, (str, Path)):
        raise TypeError(f"periods must be None, a name ({', '.join(BUILT_IN)}), a file path or a "
                        f"DataFrame, not {type(spec).__name__}")
    key = str(spec).strip()
    if key.lower() in BUILT_IN:
        path, name = PERIODS_DIR / f"{key.lower()}.csv", BUILT_IN[key.lower()]
    else:
        path, name = Path(key).expanduser(), Path(key).stem
        if not path.is_file():
            raise PeriodsError(f"periods {key!r}: no such file, and not a built-in set "
                               f"(built in: {', '.join(BUILT_IN)})")
    suffix = path.suffix.lower()
    if suffix in (".csv", ".tsv", ".txt"):
        rows = _read_csv(path)
    elif suffix in (".yml", ".yaml"):
        rows = _read_yaml(path)
    else:
        raise PeriodsError(f"periods file {path}: unknown format {suffix!r} (use .csv or .yml)")
    out = _table(rows, f"periods file {path}")
    out.attrs["name"] = name
    return out


def _as_periods(periods) -> pd.DataFrame | None:
    """A period table from whatever a chart or :func:`period_of` was given."""
    if periods is None:
        return None
    if isinstance(periods, pd.DataFrame) and {"period", "start", "end"} <= set(periods.columns) \
            and pd.api.types.is_datetime64_any_dtype(periods["start"]):
        return periods
    return load_periods(periods)


def _period_of(dates, table: pd.DataFrame | None, who: str) -> pd.Series:
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
        warnings.warn(f"{who}: {int(unread.sum())} value(s) are not dates "
                      f"({examples}){hint}; their period is missing", UserWarning, stacklevel=3)
    out = pd.Series(pd.NA, index=d.index, dtype="object")
    if table is not None and len(table):
        t = table.sort_values("start", kind="stable")
        starts = t["start"].astype("datetime64[ns]").to_numpy()
        ends = t["end"].astype("datetime64[ns]").fillna(_FAR).to_numpy("datetime64[ns]")
        names = t["period"].to_numpy(object)
        values = d.to_numpy("datetime64[ns]")
        known = ~np.isnat(values)
        k = np.searchsorted(starts, values[known], side="right") - 1
        ok = (k >= 0) & (values[known] < ends[np.clip(k, 0, None)])
        hit = np.flatnonzero(known)[ok]
        out.iloc[hit] = names[k[ok]]
    if index is not None:
        out.index = index
    return out


def period_of(dates, periods) -> pd.Series:
    """Name of the period each date falls in.

    Parameters
    ----------
    dates : array-like of datetime-like
        Dates; NaT gives a missing value (a value that is not a date too, with a warning;
        numbers such as years are refused, not read as nanoseconds).
    periods : DataFrame, str, path or None
        Anything :func:`load_periods` reads; None gives all missing.

    Returns
    -------
    pandas.Series of str, missing outside every period, with the index of ``dates`` when it
    is a Series (so it can be assigned to the frame it came from), else 0..n-1.

    Examples
    --------
    >>> period_of(["1999-06-01", "2016-07-13", "1940-01-01"], "uk-governments").tolist()
    ['Blair', 'May', <NA>]
    """
    return _period_of(dates, _as_periods(periods), "period_of")


def _administrations() -> pd.DataFrame:
    t = load_periods("us-administrations")
    out = t.rename(columns={"period": "administration"})[["administration", "president", "start", "end"]]
    out.attrs = {}
    return out


#: One row per US administration since 1945: administration, president, start, end (end is
#: exclusive; NaT = ongoing), read from ``lexicons/periods/us-administrations.csv``.
ADMINISTRATIONS = _administrations()


def administration_of(dates) -> pd.Series:
    """Name of the US administration in office on each date.

    Same as ``period_of(dates, "us-administrations")``.

    Parameters
    ----------
    dates : array-like of datetime-like
        Dates; NaT gives a missing value (a value that is not a date too, with a warning).

    Returns
    -------
    pandas.Series of str (missing where the date is unknown or before 1945), with the index
    of ``dates`` when it is a Series (so it can be assigned to the frame it came from), else
    0..n-1.

    Examples
    --------
    >>> administration_of(["2016-03-30", "2017-06-20", "2024-11-16"]).tolist()
    ['Obama', 'Trump I', 'Biden']
    """
    return _period_of(dates, ADMINISTRATIONS.rename(columns={"administration": "period"}),
                      "administration_of")
