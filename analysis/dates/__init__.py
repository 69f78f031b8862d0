"""Time: date expressions and events, named periods, and the time axes of charts.

- :mod:`.extract` - :func:`extract_dates` and :func:`events` (public functions).
- :mod:`.rules` - the rule cascade (patterns and anchoring); :mod:`.word_lists` reads its word
  lists from ``lexicons/dates/``.
- :mod:`.event_kinds` - what kind of event a dated sentence reports (:func:`event_label`).
- :mod:`.periods` - administrations, governments, a researcher's own phases (data files).
- :mod:`.timebins` - the bin to count over and the range to show, chosen from the data.
"""
from .. import _exports

#: public name -> module of this package that defines it (imported on first use)
_API = {
    "extract_dates": "extract",
    "events": "extract",
    "event_label": "event_kinds",
    "EVENT_WORDS": "event_kinds",
    "ADMINISTRATIONS": "periods",
    "administration_of": "periods",
    "load_periods": "periods",
    "period_of": "periods",
    "PeriodsError": "periods",
    "time_bin": "timebins",
    "focus_range": "timebins",
    "TimeBin": "timebins",
    "FocusRange": "timebins",
}

__all__ = sorted(_API)
__getattr__, __dir__ = _exports(__name__, _API)
