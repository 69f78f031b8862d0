"""Tone: of sentences, documents and groups, and towards named targets.

- :mod:`.scores` - :func:`sentiment_scores` and the sentence/document/group tables.
- :mod:`.news_tone`, :mod:`.ridge` - the shipped ridge scorers; :mod:`.linear_text` their
  machinery; the weights are in ``resources/``.
- :mod:`.target_tone` - tone towards a named target, per mention and per actor.
- :mod:`.nltk_resources` - the VADER lexicon made available offline.
"""
from .. import _exports

#: public name -> module of this package that defines it (imported on first use)
_API = {
    "sentiment_scores": "scores",
    "sentence_sentiment": "scores",
    "document_sentiment": "scores",
    "group_sentiment": "scores",
    "tone_under_scorers": "scores",
    "sentiment_without_words": "scores",
    "scorer_sample": "scores",
    "whole_text_sentiment": "scores",
    "sentiment_drivers": "scores",
    "target_sentiment": "target_tone",
    "mention_sentiment": "target_tone",
    "actor_tone": "target_tone",
}

__all__ = sorted(_API)
__getattr__, __dir__ = _exports(__name__, _API)
