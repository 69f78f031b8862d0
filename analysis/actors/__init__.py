"""Actors: mentions, alias resolution, co-occurrence and tone (:mod:`.mentions`)."""
from .. import _exports

#: public name -> module of this package that defines it (imported on first use)
_API = {
    "actor_mentions": "mentions",
    "cooccurrence": "mentions",
    "actor_sentiment": "mentions",
    "load_actor_dictionary": "mentions",
    "suggest_dictionary": "mentions",
    "resolve_actor": "mentions",
    "actor_summary": "mentions",
}

__all__ = sorted(_API)
__getattr__, __dir__ = _exports(__name__, _API)
