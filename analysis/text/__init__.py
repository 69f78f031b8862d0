"""Text units shared by every analysis: paragraphs, sentences, words, vocabulary, searches.

- :mod:`.segment` - the one sentence and paragraph segmenter (character offsets kept).
- :mod:`.tokens` - the one word tokeniser (:func:`word_tokens`), with its options documented.
- :mod:`.vocabulary` - the news-aware stop words shared by topics and keyness.
- :mod:`.concordance` - keyword in context (:func:`kwic`).
- :mod:`.regex_window` - run a rule only near its gate words, with the matches a full scan finds.
"""
from .. import _exports

#: public name -> module of this package that defines it (imported on first use)
_API = {
    "paragraphs": "segment",
    "sentences": "segment",
    "sentence_spans": "segment",
    "word_tokens": "tokens",
    "word_spans": "tokens",
    "word_regex": "tokens",
    "english_stop_words": "vocabulary",
    "news_stop_words": "vocabulary",
    "kwic": "concordance",
    "phrase_pattern": "concordance",
    "gated_finditer": "regex_window",
}

__all__ = sorted(_API)
__getattr__, __dir__ = _exports(__name__, _API)
