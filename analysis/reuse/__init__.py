"""Text reuse: which documents copy or rewrite which, and the stories they form (:mod:`.detect`)."""
from .. import _exports

#: public name -> module of this package that defines it (imported on first use)
_API = {
    "text_reuse": "detect",
    "story_groups": "detect",
}

__all__ = sorted(_API)
__getattr__, __dir__ = _exports(__name__, _API)
