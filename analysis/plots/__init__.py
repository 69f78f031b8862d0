"""One function per chart, all with the same look (see ``_style``).

Each function takes tidy data from the library and returns a matplotlib Figure; save it with
:func:`analysis.save_figure`. Chart modules are split by concern (corpus, topics, sentiment,
timeline, actors) and re-exported here.
"""
from __future__ import annotations

import importlib

from ._style import PALETTE, apply_style, new_figure, shade_administrations, shade_periods

_MODULES = ["corpus", "topics", "sentiment", "timeline", "actors", "framing", "effects", "interactive"]


def __getattr__(name):
    if name in _MODULES:
        return importlib.import_module(f"{__name__}.{name}")
    # Chart functions live in per-concern modules; look them up lazily so one module's heavy
    # imports (e.g. networkx) are paid only when its charts are used.
    for mod in _MODULES:
        try:
            module = importlib.import_module(f"{__name__}.{mod}")
        except ModuleNotFoundError:
            continue
        if hasattr(module, name):
            return getattr(module, name)
    raise AttributeError(f"module {__name__!r} has no chart {name!r}")
