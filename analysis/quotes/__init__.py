"""Direct quotations and who is given them (:mod:`.extract`)."""
from .. import _exports

#: public name -> module of this package that defines it (imported on first use)
_API = {
    "extract_quotes": "extract",
    "quoted_voices": "extract",
    "speaker_kinds": "extract",
}

__all__ = sorted(_API)
__getattr__, __dir__ = _exports(__name__, _API)
