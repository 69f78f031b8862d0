"""Progress bars for long work, silent for small inputs (so notebook outputs stay stable)."""
from __future__ import annotations

from tqdm import tqdm

#: Inputs smaller than this get no bar: they finish in moments, and a bar's timings would
#: make executed notebooks differ from run to run.
MIN_ITEMS = 2000


def progress(iterable, total: int | None = None, desc: str | None = None, min_items: int = MIN_ITEMS):
    """Wrap ``iterable`` in a tqdm bar when it has at least ``min_items`` items.

    Parameters
    ----------
    iterable : iterable
        What to loop over (documents, files, pairs).
    total : int, optional
        Number of items; taken from ``len(iterable)`` when it has one. An iterable of unknown
        length always gets a bar.
    desc : str, optional
        Label shown before the bar.
    min_items : int, default ``MIN_ITEMS`` (2000)
        Below this many items there is no bar (nothing is printed).

    Returns
    -------
    tqdm.tqdm
        An iterable yielding the same items (a disabled bar for small inputs).

    Examples
    --------
    >>> [x * 2 for x in progress(range(3), desc="docs")]
    [0, 2, 4]
    """
    if total is None and hasattr(iterable, "__len__"):
        total = len(iterable)
    options = {}
    if total is not None and total < min_items:
        options["disable"] = True
    # Otherwise tqdm's own defaults apply, so TQDM_DISABLE=1 (set by the report runner for its
    # kernels) turns the bar off: bars reach the console, never the shared HTML.
    return tqdm(iterable, total=total, desc=desc, leave=False, mininterval=1.0, **options)
