"""Keyness: which words mark one group of documents apart from the rest (:mod:`.keywords`)."""
from .. import _exports

#: public name -> module of this package that defines it (imported on first use)
_API = {
    "keyness": "keywords",
    "tokenize": "keywords",
}

__all__ = sorted(_API)
__getattr__, __dir__ = _exports(__name__, _API)
