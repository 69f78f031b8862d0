"""Reading a corpus: files or a table in, one tidy DataFrame out (the column contract).

- :mod:`.loading` - :func:`load_corpus`, decoding, column aliases, the problem log and the
  notes a report shows (:func:`notes_markdown`).
- :mod:`.html_metadata` - outlet and publication date of an HTML page.
- :mod:`.html_entities` - HTML character references left in exported text, decoded.
- :mod:`.language` - which language each document is in, and stop words per language.
"""
from .. import _exports

#: public name -> module of this package that defines it (imported on first use)
_API = {
    "load_corpus": "loading",
    "notes_markdown": "loading",
    "notes_by_kind": "loading",
    "CorpusWarning": "loading",
    "CorpusError": "loading",
    "decode_bytes": "loading",
    "page_metadata": "html_metadata",
    "clean_outlet": "html_metadata",
    "normalize_entities": "html_entities",
    "entity_counts": "html_entities",
    "detect_languages": "language",
    "language_summary": "language",
    "main_language": "language",
    "english_subset": "language",
    "stop_words_for": "language",
}

__all__ = sorted(_API)
__getattr__, __dir__ = _exports(__name__, _API)
