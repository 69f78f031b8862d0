"""Cleaning: what every line of an article is (body, title, byline, boilerplate ...) and why.

- :mod:`.cleaning` - line classification, :func:`cleaning_report`, :func:`normalize_typography`.
- :mod:`.summary` - :func:`kept_removed_table`: what cleaning kept and removed per document.
"""
from .. import _exports

#: public name -> module of this package that defines it (imported on first use)
_API = {
    "cleaning_report": "cleaning",
    "classify_document": "cleaning",
    "classify_lines": "cleaning",
    "clean_text": "cleaning",
    "normalize_typography": "cleaning",
    "kept_removed_table": "summary",
    "LABEL_ORDER": "summary",
}

__all__ = sorted(_API)
__getattr__, __dir__ = _exports(__name__, _API)
