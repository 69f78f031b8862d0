"""The news-aware vocabulary shared by every analysis that counts words (topics, keyness).

Words that news reporting uses whatever the story is about: reporting verbs, honorifics,
weekdays and months, generic news words, wire and page furniture. Removed on top of
scikit-learn's English stop words, they keep topics and keyword lists about content; one list
for the whole project, so "news vocabulary" means the same in every notebook.
"""
from __future__ import annotations

from functools import lru_cache

_REPORTING = """said say says saying told tell tells telling added add adds according noted notes
stated explained explains asked asks reported reports reporting reiterated remarked recalled
quoted quoting insisted acknowledged confirmed confirms commented""".split()
_HONORIFICS = "mr mrs ms dr miss sir madam messrs mme mlle prof".split()
_DAYS = """monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs
fri sat sun""".split()
_MONTHS = """january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec""".split()
_NEWS = """news reporter reporters journalist journalists spokesman spokeswoman spokesperson
official officials statement statements today yesterday tomorrow tonight week weeks weekend
month months year years day days time times ago earlier later recently recent percent cent per
million billion trillion thousand hundred mln bln pct am pm gmt est edt bst utc including
just like going did does got get gets make makes made new people one two three also would
could will might""".split()
_FURNITURE = """comment comments commenting reply replies subscribe subscribed subscriber
subscribers subscription newsletter newsletters advertisement advertisements advert ad ads
sponsored click clicks login logged sign signup cookie cookies copyright reserved
photo photos image images video videos caption getty afp reuters reuter ap pti upi ians
http https www com html email mail pic share tweet retweet follow posted updated read""".split()
# Contraction fragments left by tokenizers that split on apostrophes. Not "won" (from
# "won't"): it is a news word in its own right (won the election, the Korean won), and the
# project's tokenizers never split "won't" into it.
_FRAGMENTS = """s t don didn doesn isn wasn can't don't it's that's""".split()

#: Words removed on top of scikit-learn's English stop words (lower case).
NEWS_STOP_WORDS = frozenset(_REPORTING + _HONORIFICS + _DAYS + _MONTHS + _NEWS + _FURNITURE + _FRAGMENTS)


@lru_cache(maxsize=None)
def english_stop_words() -> frozenset:
    """scikit-learn's English stop-word list."""
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    return frozenset(ENGLISH_STOP_WORDS)


def news_stop_words() -> frozenset:
    """scikit-learn's English stop words plus :data:`NEWS_STOP_WORDS`.

    Examples
    --------
    >>> {"said", "mr", "friday", "the", "advertisement"} <= news_stop_words()
    True
    >>> "sanctions" in news_stop_words()
    False
    """
    return english_stop_words() | NEWS_STOP_WORDS
