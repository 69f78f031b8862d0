"""Topic models: news-aware vocabulary, k chosen in the open, reuse-aware (:mod:`.model`)."""
from .. import _exports

#: public name -> module of this package that defines it (imported on first use)
_API = {
    "fit_topics": "model",
    "TopicModel": "model",
    "topic_stop_words": "model",
    "analyze": "model",
}

__all__ = sorted(_API)
__getattr__, __dir__ = _exports(__name__, _API)
