"""Who appears in the coverage: actor mentions, alias resolution, co-occurrence and tone.

An *actor* is a person, a state or an organization. Mentions are found with an editable
dictionary (``data/actors.yml``: canonical name, type, country, aliases, capitals, demonyms,
optional role years; a researcher's own file is merged with it, see
:func:`load_actor_dictionary` and :func:`suggest_dictionary`), the gazetteers of
``analysis/lexicons`` (every sovereign state with short forms and demonyms, parties,
international organisations, ministries, agencies, seats of government) and general matching
rules, so the data files hold the knowledge and the rules hold none of any particular corpus:

* Spelling variants that differ only in case, hyphens, spaces, accents or dots match the same
  entry ("Kim Jong-un" = "Kim Jong Un" = "KIM JONG UN"; "U.S." = "US"). Other romanizations
  ("Yoon Suk Yeol" / "Yoon Seok Yul") are listed as aliases.
* Person names match in either order ("Shigeru Ishiba" / "Ishiba Shigeru").
* A surname matches after a title or honorific ("Mr Ishiba", "Prime Minister Ishiba") anywhere,
  and on its own only after the full name has appeared earlier in the same document ("...
  Shigeru Ishiba ... Ishiba said"). Several people with one surname are told apart by the
  most recent full mention in the document, then by the years their roles were held.
  Surnames listed as aliases (e.g. "Xi", "Obama") match anywhere.
* Capitals stand for their governments ("Beijing urged ...") except where they are a place
  ("in Beijing", "flew to Moscow"), part of a longer name ("Washington Post", "George
  Washington", "Beijing-based") or a dateline ("WASHINGTON:"); the wire a dateline credits
  ("WASHINGTON (Reuters) -") is the story's source (cleaning records it as the outlet), not a
  mention of the agency.
* Demonyms count as the state only before a government word ("Chinese officials", "Russian
  forces", "the Chinese side") or as a plural noun ("the North Koreans"); "Chinese imports"
  and "North Korean leader" are not mentions of the state.
* A state named as part of a person's title ("US President Barack Obama") is part of that
  person mention, not a separate mention of the state; "China's leader, Xi Jinping" mentions
  both.
* Possessives ("Xi's", "North Korea's") match their base name. Matching works on whole words:
  "Xi" never matches "Xi'an"; the longest dictionary name wins ("North Korea" before any
  shorter entry), and "Korea", "South Korea" and "North Korea" are different entries.
* Person names not in the dictionary are reported with ``in_dictionary=False`` when the
  context marks them as people: a known given name ("Tony Blair has said no"), a title
  ("Senator Ann Lowe"), a role word ("spokesman Wang Wenbin"), a speech verb ("Ann Lowe
  said"), an appositive role or relative clause ("Ann Lowe, the mission's director", "Ann
  Lowe, who ..."), or the surname written after an honorific elsewhere in the document.
  Surname, title + surname, title + given name and a given name alone resolve to the full
  name given in the document; a surname alone in a document that never gives it, to the
  corpus's only full name with that surname (column ``resolution``). Title and party words
  before a name go to the ``role`` column, not into the name ("Tory Liam Fox").
* Organisations not in any list are found by a head noun ("Gwent Police") and a bracketed
  acronym after their name.

Example
-------
>>> import pandas as pd
>>> c = pd.DataFrame({"doc_id": ["d1"], "text": ["Mr Xi met Shigeru Ishiba. Ishiba's aides said Beijing agreed."]})
>>> actor_mentions(c)[["actor", "text", "in_dictionary"]]
            actor            text  in_dictionary
0      Xi Jinping              Xi           True
1  Shigeru Ishiba  Shigeru Ishiba           True
2  Shigeru Ishiba          Ishiba           True
3           China         Beijing           True
"""
from __future__ import annotations

import difflib
import re
import unicodedata
import warnings
from bisect import bisect_right
from functools import lru_cache
from operator import add, itemgetter, not_
from itertools import accumulate, compress, repeat
from pathlib import Path

import numpy as np
import pandas as pd

from ..paths import DATA_DIR
from ..progress import progress
from ..clean.cleaning import dateline_credits, _title_case_ratio
from ..text.tokens import word_regex

DEFAULT_DICTIONARY = DATA_DIR / "actors.yml"
ACTOR_TYPES = ("person", "state", "organization")
MENTION_COLUMNS = ["doc_id", "sent_id", "actor", "actor_type", "country", "text", "start", "end",
                   "in_dictionary", "match", "resolution", "role"]

# ---------------------------------------------------------------------------------------------
# Word lists (general English news conventions; none of them names an actor)
# ---------------------------------------------------------------------------------------------
from .. import lexicons as _lex

_TITLES = _lex.titles()
#: Words that form titles before a name ("Deputy National Security Adviser Ben Rhodes"), from
#: ``analysis/lexicons/titles.csv`` (honorifics, titles and modifiers).
TITLE_WORDS = set(_TITLES)
#: Titles that on their own mark the next capitalized word(s) as a person's name.
PERSON_TITLES = {w for w, (kind, _) in _TITLES.items() if kind in ("honorific", "title")}
_TITLE_CONNECTORS = {"of", "for", "the"}
#: Lower-case role nouns that introduce a name ("spokesman Wang Wenbin", "his sister Kim Yo
#: Jong"), from ``analysis/lexicons/role_nouns.csv``.
ROLE_NOUNS = set(_lex.role_nouns()) | set(_lex.word_list("person_epithets.txt"))   # "billionaire Elon Musk"
#: Reporting verbs (``analysis/lexicons/reporting_verbs.txt``, single words only).
SPEECH_VERBS = {w for w in _lex.reporting_verbs() if " " not in w}
#: Nouns after a demonym that make it a reference to the state ("Chinese officials").
GOV_NOUNS = {
    "official", "officials", "government", "governments", "authorities", "authority",
    "leadership", "regime", "administration", "military", "army", "navy", "forces", "troops",
    "diplomat", "diplomats", "negotiators", "delegation", "side", "ministry", "embassy",
    "state", "spokesman", "spokeswoman", "spokesperson", "envoy", "envoys", "intelligence",
    "cabinet", "parliament", "coast",
}
#: "Chinese Foreign Ministry" is the state; "Chinese Foreign Minister Wang Yi" is a title.
_GOV_MODIFIERS = {"foreign", "defense", "defence", "interior", "finance", "trade", "security",
                  "state", "justice", "commerce"}
_GOV_HEADS = {"ministry", "ministries", "office", "department", "forces", "service", "services",
              "agency", "council", "officials", "media"}
_AUX_VERBS = {"have", "has", "had", "are", "were", "was", "is", "will", "would", "said", "say",
              "says", "did", "do", "does", "can", "could", "may", "might", "should", "must"}
#: Prepositions and verbs after which a capital is a place, not its government.
#: "to" marks a place only after one of these ("flew to Moscow" vs "protested to Moscow").
_MOTION_WORDS = {"fly", "flies", "flew", "flown", "flying", "travel", "travels", "travelled",
                 "traveled", "travelling", "traveling", "go", "goes", "went", "gone", "going",
                 "come", "came", "coming", "return", "returns", "returned", "returning", "head",
                 "heads", "headed", "heading", "trip", "trips", "visit", "visits", "journey",
                 "move", "moved", "moving", "relocate", "relocated", "sail", "sailed", "drive",
                 "drove", "fled", "flee", "way", "route", "flight", "flights", "arrive",
                 "arrived", "back", "bound", "commute", "moved", "sent", "deported", "transferred",
                 "evacuated", "invited", "welcome", "welcomed", "delegation", "embassy"}
LOCATIVES = {"in", "at", "to", "from", "near", "outside", "inside", "around", "across", "via",
             "into", "toward", "towards", "visit", "visited", "visiting", "visits", "through",
             "throughout", "within", "beyond", "over"}
#: A capitalized qualifier before a place makes it a different place ("South America").
_QUALIFIERS = {"north", "south", "east", "west", "northern", "southern", "eastern", "western",
               "central", "latin", "new", "upper", "lower", "greater", "old"}
#: The cardinal points: one of them and a single head noun name a place ("West Bank"), no body.
_CARDINAL_POINTS = frozenset(q for q in _QUALIFIERS if q in ("north", "south", "east", "west"))
#: Lower-case particles inside names ("Louw de Graaf", "Ursula von der Leyen").
_NAME_PARTICLES = frozenset(_lex.word_list("name_particles.txt"))
_NAME_SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}
_REGNAL_NUMERALS = {"II", "III", "IV"}   # written in capitals after a name: part of it
_RUN_OPENERS = {"the", "a", "an", "and", "but", "as", "when", "while", "if", "so", "then", "by"}
_PREPOSITIONS = {"of", "for", "in", "at", "on", "from", "to", "with", "about", "into", "by",
                 "over", "under", "against", "between", "among", "across", "near", "via"}
_MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun",
           "jul", "aug", "sep", "sept", "oct", "nov", "dec"}
_DAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
#: Capitalized words that are never (part of) a person's name in running text
#: (``analysis/lexicons/name_stopwords.txt`` and ``not_names.txt`` plus months, weekdays and title words).
NAME_STOPWORDS = _MONTHS | _DAYS | TITLE_WORDS | set(_lex.name_stopwords()) | set(_lex.word_list("not_names.txt"))

_POSTNOMINALS = frozenset(_lex.word_list("postnominals.txt"))   # "Kate Brunner KC", "Liam Byrne MP"
_TOKEN = word_regex(acronyms="ascii", joiners="'’´")
_TOKEN_SPLIT = re.compile(f"({_TOKEN.pattern})")   # split keeps the words between the gaps
_APOS = "'’´"
_JOIN = re.compile(r"[ \t]+|-")                      # inside a name: spaces or a hyphen (not a spaced dash:
                                                      # "Meta - Facebook" is two names)
_DESCRIPTIVE = frozenset(_lex.word_list("descriptive_suffixes.txt"))   # "London-based"
_CONTRACTION = re.compile(r"['’´](?:ve|ll|re|m|d|t|s)$|n['’´]t$")   # "I've", "We'll", "Don't": not names
_JOIN_INITIAL = re.compile(r"\.[ \t]*|[ \t]+")        # after an initial: "F. "
_JOIN_TITLE = re.compile(r"\.?[ \t]+|-")              # after a title: "Mr. ", "President-"
_APPOSITIVE = re.compile(r"[ \t]*,[ \t]*")
_STOPPED_INITIALS = re.compile(r"(?:[A-Z]\.){2,3}")  # "J.K." (the initials loop of _find tests raw[1] == "." first)


# ---------------------------------------------------------------------------------------------
# Tokens
# ---------------------------------------------------------------------------------------------
def _strip_accents(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


@lru_cache(maxsize=200_000)
def _norm(word: str) -> str:
    """Comparison form of one word: no accents, apostrophes or dots, case-folded."""
    w = word if word.isascii() else _strip_accents(word)
    for a in _APOS + ".":
        if a in w:
            w = w.replace(a, "")
    return w.casefold()


class _NormMemo(dict):
    """word -> _norm(word) for _Tokens: a hit is a plain dict lookup (``map`` over its
    ``__getitem__`` costs about half of calling the lru_cache per word); emptied past 200,000 words."""

    def __missing__(self, word):
        if len(self) >= 200_000:
            self.clear()
        v = self[word] = _norm(word)
        return v


_NORMS = _NormMemo()


#: gap between two tokens -> (_JOIN, _JOIN_INITIAL, _JOIN_TITLE match it in full), for short gaps
_GAP_JOINS: dict[str, tuple[bool, bool, bool]] = {}
#: "St", "Mt", "Ft": a full stop after them joins a name like an initial's ("St. Louis Cardinals")
_NAME_OPENING_ABBREVIATIONS = frozenset(w.capitalize() for w in _lex.word_list("name_opening_abbreviations.txt"))


class _Tokens:
    """Words of a text with offsets, possessives split off, and which neighbours join."""

    __slots__ = ("text", "start", "end", "bend", "raw", "norm", "poss", "cap", "join",
                 "join_title", "n", "memo", "caps")

    def __init__(self, text: str):
        self.text = text
        self.memo = {}      # answers of _per_token functions (see there)
        # split (gap, word, gap, ..., word, gap) and running lengths are faster than a match
        # object per word; the words are those of findall, the offsets those of finditer.
        parts = _TOKEN_SPLIT.split(text)
        offsets = list(accumulate(map(len, parts)))
        raws, start, end, gaps = parts[1::2], offsets[0:-1:2], offsets[1::2], parts[2::2]
        self.start, self.end = start, end
        if any(a in text for a in _APOS):   # possessives: "Blair's" -> "Blair" + 's
            poss = [len(r) > 2 and r[-1] in "sS" and r[-2] in _APOS for r in raws]
        else:
            poss = [False] * len(raws)
        if True in poss:
            raws = [r[:-2] if p else r for r, p in zip(raws, poss)]
            self.bend = list(map(add, start, map(len, raws)))   # start + len(raw)
        else:
            self.bend = end[:]
        self.poss, self.raw = poss, raws
        self.norm = list(map(_NORMS.__getitem__, raws))
        self.cap = list(map(str.isupper, map(itemgetter(0), raws)))   # r[:1].isupper(): no word is empty
        self.caps = list(compress(range(len(raws)), self.cap))   # indices of the capitalised words
        n = self.n = len(raws)
        self.join, self.join_title = join, join_title = [False] * n, [False] * n
        for i in range(n - 1):
            if poss[i]:
                continue
            gap = gaps[i]   # text[end[i]:start[i + 1]]
            if gap == " ":
                join[i] = join_title[i] = True
                continue
            v = _GAP_JOINS.get(gap)
            if v is None:
                v = (bool(_JOIN.fullmatch(gap)), bool(_JOIN_INITIAL.fullmatch(gap)),
                     bool(_JOIN_TITLE.fullmatch(gap)))
                if len(gap) <= 8 and len(_GAP_JOINS) < 4096:
                    _GAP_JOINS[gap] = v
            r = raws[i]
            join[i] = v[1] if len(r) == 1 and r.isupper() or (
                r in _NAME_OPENING_ABBREVIATIONS and not (i > 0 and join[i - 1] and (raws[i - 1][:1].isupper()
                                                        or raws[i - 1][:1].isdigit())   # "5th St. Police"
                                                        and self.norm[i - 1] not in _RUN_OPENERS)) else v[0]
            join_title[i] = v[2]

    def gap(self, i: int) -> str:
        """Text between token i and token i + 1."""
        return self.text[self.end[i]:self.start[i + 1]] if i + 1 < self.n else self.text[self.end[i]:]

    def is_initial(self, i: int) -> bool:
        r = self.raw[i]
        if len(r) == 1:
            return r.isupper()
        # middle initials without stops between a given name and a surname: "Andrew RT Davies",
        # "George HW Bush" (not "BBC", which no given name precedes)
        return 2 <= len(r) <= 3 and r.isupper() and r.isalpha() and 0 < i < self.n - 1 \
            and self.cap[i + 1] and self.text[self.end[i - 1]:self.start[i]] == " " \
            and self.text[self.end[i]:self.start[i + 1]] == " " and _given(self.raw[i - 1]) is not None


def _per_token(fn):
    """Memoise ``fn(tk, i, words)`` per token of one :class:`_Tokens`: the rules ask the same
    question of a token many times. ``fn`` must depend only on the tokens, ``i`` and ``words``
    (a set not changed while ``tk`` is in use; a call with another set is not memoised)."""
    def wrapper(tk, i, words):
        memo = tk.memo.get(fn)
        if memo is None:
            memo = tk.memo[fn] = (words, {})
        elif memo[0] is not words:
            return fn(tk, i, words)
        v = memo[1].get(i)
        if v is None:
            v = memo[1][i] = fn(tk, i, words)
        return v

    wrapper.__name__, wrapper.__doc__, wrapper.__wrapped__ = fn.__name__, fn.__doc__, fn
    return wrapper


def _alias_tokens(alias: str) -> list[str]:
    return [m.group() for m in _TOKEN.finditer(str(alias))]


def _key(alias: str) -> str:
    return "".join(_norm(t) for t in _alias_tokens(alias))


def _is_acronym(alias: str) -> bool:
    letters = alias.replace(".", "").replace("-", "")
    return (" " not in alias.strip() and 1 < len(letters) <= 6 and letters.isalnum()
            and letters == letters.upper() and any(c.isalpha() for c in letters))


# ---------------------------------------------------------------------------------------------
# The dictionary
# ---------------------------------------------------------------------------------------------
class ActorDictionary:
    """A compiled actor dictionary (see :func:`load_actor_dictionary`).

    Attributes
    ----------
    actors : dict
        canonical name -> entry (dict with name, type, country, aliases, surname, capitals,
        demonyms, roles).
    source : str or None
        Where the entries came from.
    """

    _KNOWN_FIELDS = {"name", "type", "country", "aliases", "surname", "capitals", "demonyms",
                     "roles", "years", "note", "notes", "source", "kind", "code"}

    def __init__(self, entries, source=None):
        self.source = source
        self.actors: dict[str, dict] = {}
        self.index: dict[str, list[tuple[str, str]]] = {}   # key -> [(kind, actor)]
        self.acronyms: dict[str, set[str]] = {}               # key -> exact spellings
        self.inner_lower: set[str] = set()   # lower-case words inside aliases ("of", "and", "bin")
        self.max_len = 1
        for n, raw in enumerate(entries):
            self._add(self._validate(raw, n))

    # -- building ---------------------------------------------------------------------------
    def _validate(self, raw, n) -> dict:
        where = f"actor dictionary entry {n + 1}" + (f" in {self.source}" if self.source else "")
        if not isinstance(raw, dict):
            raise ValueError(f"{where}: expected a mapping with name and type, got {raw!r}")
        name = raw.get("name")
        if not name or not str(name).strip():
            raise ValueError(f"{where}: missing 'name'")
        name = " ".join(str(name).split())
        atype = str(raw.get("type", "")).strip().lower()
        if atype not in ACTOR_TYPES:
            raise ValueError(f"{where} ({name}): type must be one of {ACTOR_TYPES}, got {raw.get('type')!r}")
        unknown = set(raw) - self._KNOWN_FIELDS
        if unknown:
            warnings.warn(f"{where} ({name}): ignoring unknown field(s) {sorted(unknown)}", stacklevel=4)
        def as_list(field):
            value = raw.get(field) or []
            if isinstance(value, str):
                value = [value]
            if not isinstance(value, (list, tuple)):
                raise ValueError(f"{where} ({name}): '{field}' must be a list")
            return [" ".join(str(v).split()) for v in value if v is not None and str(v).strip()]
        roles = []
        for r in raw.get("roles") or raw.get("years") or []:
            if isinstance(r, dict):
                lo, hi = r.get("from"), r.get("to")
                roles.append({"title": str(r.get("title") or ""),
                              "from": int(lo) if lo is not None else None,
                              "to": int(hi) if hi is not None else None})
            elif isinstance(r, (list, tuple)) and len(r) == 2:
                roles.append({"title": "", "from": r[0], "to": r[1]})
            else:
                raise ValueError(f"{where} ({name}): roles must be {{title, from, to}} mappings")
        surname = raw.get("surname")
        if atype == "person" and not surname:
            words = [w for w in _alias_tokens(name) if not (len(w) == 1 or w.endswith("."))]
            surname = words[-1] if words else None
        country = raw.get("country")
        if atype == "state" and not country:
            country = name
        return {"name": name, "type": atype, "country": country if country else None,
                "aliases": as_list("aliases"), "surname": surname, "capitals": as_list("capitals"),
                "demonyms": as_list("demonyms"), "roles": roles, "source": raw.get("source"),
                "kind": raw.get("kind")}

    def _put(self, alias: str, kind: str, actor: str):
        toks = _alias_tokens(alias)
        if not toks:
            return
        self.inner_lower.update(_norm(t) for t in toks[1:] if t[:1].islower())
        key = "".join(_norm(t) for t in toks)
        if kind == "name" and _is_acronym(alias):
            kind = "acronym"
            self.acronyms.setdefault(key, set()).add(alias.replace(".", "").replace("-", ""))
        entries = self.index.setdefault(key, [])
        if (kind, actor) not in entries:
            clash = [a for k, a in entries if k == kind and a != actor and kind in ("name", "acronym")]
            if clash:
                warnings.warn(f"actor dictionary: {alias!r} is listed for both {clash[0]!r} and "
                              f"{actor!r}; mentions will be resolved by document context and years",
                              stacklevel=4)
            entries.append((kind, actor))
        # Written forms can have more tokens than the alias ("Jong-un" splits), so allow slack.
        self.max_len = max(self.max_len, len(toks) + 2)

    def _add(self, e: dict):
        name = e["name"]
        if name in self.actors:
            warnings.warn(f"actor dictionary: {name!r} is listed twice; the later entry is merged in",
                          stacklevel=3)
            old = self.actors[name]
            for f in ("aliases", "capitals", "demonyms", "roles"):
                old[f] = old[f] + [x for x in e[f] if x not in old[f]]
            e = old
        self.actors[name] = e
        names = [name] + e["aliases"]
        for alias in names:
            self._put(alias, "name", name)
        if e["type"] == "person" and e["surname"]:
            s = _norm(e["surname"])
            for alias in names:
                words = alias.split()
                if len(words) < 2:
                    continue
                if _norm(words[0]) == s:        # family name first -> given name first
                    self._put(" ".join(words[1:] + words[:1]), "name", name)
                elif _norm(words[-1]) == s:     # given name first -> family name first
                    self._put(" ".join(words[-1:] + words[:-1]), "name", name)
            self._put(e["surname"], "surname", name)
        for cap in e["capitals"]:
            self._put(cap, "capital", name)
        for dem in e["demonyms"]:
            self._put(dem, "demonym", name)
            low = dem.lower()
            if not low.endswith(("ese", "s", "ch", "sh")):
                self._put(dem + "s", "demonym_plural", name)   # also "Iraqis", "Israelis", "Saudis"

    # -- use --------------------------------------------------------------------------------
    def lookup(self, key: str):
        return self.index.get(key, ())

    def _prefixes(self) -> frozenset:
        """Every leading part of every key: a run of words whose key is none of them cannot
        grow into a key (built once; built again when keys were added)."""
        cached = getattr(self, "_prefix_cache", None)
        if cached is None or cached[0] != len(self.index):
            cached = self._prefix_cache = (
                len(self.index), frozenset(k[:j] for k in self.index for j in range(1, len(k) + 1)))
        return cached[1]

    def active(self, actor: str, year) -> bool | None:
        """Whether ``actor`` held a listed role in ``year`` (None when unknown)."""
        roles = self.actors[actor]["roles"]
        if not roles or year is None or pd.isna(year):
            return None
        y = int(year)
        return any((r["from"] is None or r["from"] <= y) and (r["to"] is None or y <= r["to"]) for r in roles)

    def info(self, actor: str) -> dict:
        e = self.actors[actor]
        return {"actor": actor, "actor_type": e["type"], "country": e["country"]}

    def with_countries(self) -> "ActorDictionary":
        """This dictionary plus the gazetteers it lacks, reported with ``in_dictionary=False``.

        The gazetteers are the data files of ``analysis/lexicons``: every sovereign state
        (``countries.csv``: CLDR names via Babel, short forms such as UK, Britain, US, and
        demonyms), former states (``historical_states.csv``: Soviet Union, East Germany ...) and parties, international organisations, ministries, agencies and seats of
        government (``organisations.yml``); then any other CLDR territory. An entry whose name
        or alias is already an actor of this dictionary adds its aliases, capitals and demonyms
        to that actor instead (so "Britain" also finds a researcher's "United Kingdom").
        """
        cached = getattr(self, "_with_countries", None)
        if cached is None:
            entries = [dict(e, aliases=list(e["aliases"]), capitals=list(e["capitals"]),
                            demonyms=list(e["demonyms"])) for e in self.actors.values()]
            by_name = {e["name"]: e for e in entries}
            taken = set(self.index)

            def owner(lex):
                if lex["name"] in by_name:
                    return by_name[lex["name"]]
                # the dictionary already names it, as a name or as a capital ("Kremlin" -> Russia)
                hits = [x for k, x in self.lookup(_key(lex["name"]))]
                for al in lex.get("aliases") or []:
                    hits += [x for k, x in self.lookup(_key(al)) if k in ("name", "acronym")]
                return by_name[hits[0]] if hits else None

            lex_entries = list(_lex.countries()) + list(_lex.historical_states()) + list(_lex.organisations())
            known = {_key(e["name"]) for e in lex_entries}
            lex_entries += [{"name": n, "type": t, "country": n if t == "state" else None, "source": "cldr"}
                            for n, t in _country_names() if _key(n) not in known]
            for lex in lex_entries:
                target = owner(lex)
                if target is None:
                    e = {k: v for k, v in lex.items() if k in self._KNOWN_FIELDS}
                    for f in ("aliases", "capitals", "demonyms"):
                        # a form the dictionary already gives another actor stays theirs
                        e[f] = [x for x in e.get(f) or [] if _key(x) not in taken]
                    entries.append(e)
                    by_name[e["name"]] = e
                    for al in [e["name"]] + e["aliases"] + e["capitals"] + e["demonyms"]:
                        taken.add(_key(al))
                    continue
                if target.get("type") != lex.get("type"):
                    continue
                for f in ("aliases", "capitals", "demonyms"):
                    for al in lex.get(f) or []:
                        k = _key(al)
                        if al != target["name"] and k not in taken:
                            target[f].append(al)
                            taken.add(k)
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                cached = ActorDictionary(entries, source=self.source)
            cached._with_countries = cached
            self._with_countries = cached
        return cached

    def to_frame(self) -> pd.DataFrame:
        """One row per actor: actor, actor_type, country, aliases (joined with '; ')."""
        rows = [(e["name"], e["type"], e["country"], "; ".join(e["aliases"] + e["capitals"]))
                for e in self.actors.values()]
        return pd.DataFrame(rows, columns=["actor", "actor_type", "country", "aliases"])

    def __len__(self):
        return len(self.actors)

    def __repr__(self):
        return f"ActorDictionary({len(self)} actors, source={self.source!r})"


@lru_cache(maxsize=8)
def _load_cached(path: str, mtime: float) -> ActorDictionary:
    import yaml

    with open(path, encoding="utf-8") as fh:
        data = yaml.safe_load(fh)
    merge = None
    if isinstance(data, dict):
        unknown = sorted(str(k) for k in data if k not in ("actors", "merge"))
        if unknown:
            warnings.warn(f"actor dictionary {Path(path).name}: top-level key(s) {', '.join(unknown)} "
                          "ignored (known: actors, merge)", stacklevel=4)
        merge = data.get("merge")
        if merge is not None and not isinstance(merge, bool):
            raise ValueError(f"{path}: 'merge' must be true or false, not {merge!r}")
        data = data.get("actors")
    if not isinstance(data, list):
        raise ValueError(f"{path}: expected a list of actors (or a mapping with an 'actors' list)")
    d = ActorDictionary(data, source=Path(path).name)
    d.file_merge = merge
    return d


def load_actor_dictionary(path=None, *, merge: bool | None = None) -> ActorDictionary:
    """Load an actor dictionary from YAML: the project's ``data/actors.yml``, a researcher's
    own file merged with it, or a researcher's file alone.

    Parameters
    ----------
    path : str or Path, optional
        A YAML file with a list of actors (or a mapping with an ``actors`` list). Each actor
        has ``name`` and ``type`` (person, state, organization) and optionally ``country``,
        ``aliases``, ``surname``, ``capitals``, ``demonyms`` and ``roles`` (``{title, from,
        to}`` years). See the comments at the top of ``data/actors.yml``;
        :func:`suggest_dictionary` writes entries in this format. Default: ``data/actors.yml``.
    merge : bool, optional
        With a ``path``: add its entries to the default dictionary (an entry with the name of
        a default actor extends it: its aliases, capitals, demonyms and roles are added).
        ``merge=False`` uses the file alone. Default: the file's own top-level ``merge:``
        key (``merge: false`` beside ``actors:``; how a report's ``--actors`` file replaces
        the default), else True.

    Returns
    -------
    ActorDictionary
        Pass it (or the path) as ``dictionary=`` to the actor functions; ``.to_frame()``
        lists the actors.

    Examples
    --------
    >>> d = load_actor_dictionary()
    >>> d.info("Xi Jinping")
    {'actor': 'Xi Jinping', 'actor_type': 'person', 'country': 'China'}
    >>> import tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "mine.yml"
    >>> _ = p.write_text("- {name: Ann Lowe, type: person, aliases: [Annie Lowe]}\\n", encoding="utf-8")
    >>> len(load_actor_dictionary(p)) == len(d) + 1, len(load_actor_dictionary(p, merge=False))
    (True, 1)
    >>> _ = p.write_text("merge: false\\nactors:\\n- {name: Ann Lowe, type: person}\\n", encoding="utf-8")
    >>> len(load_actor_dictionary(p))
    1
    """
    default = _load_path(DEFAULT_DICTIONARY)
    if path is None:
        return default
    own = _load_path(Path(path))
    if merge is None:
        merge = getattr(own, "file_merge", None) is not False
    if not merge:
        return own
    return _merged(default, own)


def _load_path(path: Path) -> ActorDictionary:
    path = Path(path)
    if not path.is_file():
        raise FileNotFoundError(f"actor dictionary not found: {path}")
    return _load_cached(str(path.resolve()), path.stat().st_mtime)


_MERGED: dict = {}


def _merged(default: ActorDictionary, own: ActorDictionary) -> ActorDictionary:
    key = (id(default), id(own))
    if key not in _MERGED:
        entries = [dict(e) for e in default.actors.values()] + [dict(e) for e in own.actors.values()]
        with warnings.catch_warnings():
            warnings.filterwarnings("ignore", message=".*listed twice.*")
            merged = ActorDictionary(entries, source=f"{default.source} + {own.source}")
        _MERGED[key] = merged
    return _MERGED[key]


def _as_dictionary(dictionary) -> ActorDictionary:
    if dictionary is None:
        return load_actor_dictionary()
    if isinstance(dictionary, ActorDictionary):
        return dictionary
    if isinstance(dictionary, (str, Path)):
        return load_actor_dictionary(dictionary)
    if isinstance(dictionary, dict) and "actors" in dictionary:
        return ActorDictionary(dictionary["actors"])
    if isinstance(dictionary, (list, tuple)):
        return ActorDictionary(dictionary)
    if isinstance(dictionary, pd.DataFrame):
        recs = dictionary.to_dict("records")
        for r in recs:
            for f in ("aliases", "capitals", "demonyms"):
                if isinstance(r.get(f), str):
                    r[f] = [a.strip() for a in r[f].split(";") if a.strip()]
        return ActorDictionary(recs)
    raise TypeError("dictionary must be None, a path to a YAML file, an ActorDictionary or a "
                    f"list of actor entries, not {type(dictionary).__name__}")


# ---------------------------------------------------------------------------------------------
# Matching one text
# ---------------------------------------------------------------------------------------------
_GAZETTEER = ("cldr", "lexicon")   # sources of entries added by ActorDictionary.with_countries
_PORTFOLIO_HEADS = {"minister", "ministry", "secretary", "department", "committee",
                    "portfolio"}


def _title_start(tk: _Tokens, j: int):
    """If tokens ending at j form a title phrase, return (first index, title words)."""
    words = []
    k = j
    while k >= 0 and tk.join_title[k]:
        w = tk.norm[k]
        if w in TITLE_WORDS and (tk.cap[k] or w in ("elect", "designate")) \
                and not (_TITLES.get(w, ("",))[0] == "honorific" and _shouted(tk, k)):
            words.append(w)
            k -= 1
        elif w in _TITLE_CONNECTORS and words and not tk.cap[k]:
            words.append(w)
            k -= 1
        else:
            break
    while words and words[-1] in _TITLE_CONNECTORS:
        words.pop()
        k += 1
    if not words:
        return None
    return k + 1, [w for w in words if w not in _TITLE_CONNECTORS]


@lru_cache(maxsize=1)
def _country_names() -> tuple:
    """(name, type) of the world's countries and territories in English (CLDR via Babel).

    Babel is a pinned dependency; without it the list is empty (with a warning).
    """
    try:
        from babel import Locale
    except ImportError:
        warnings.warn("actors: Babel is not installed; countries missing from the actor dictionary "
                      "are not recognised", stacklevel=2)
        return ()
    raw = [v for k, v in Locale("en").territories.items() if k.isalpha() and len(k) == 2]
    out = []
    for name in raw:
        name = re.sub(r"\(.*?\)|SAR China| - .*$", "", name).replace("&", "and").replace("St.", "Saint")
        name = " ".join(name.split())
        if not name or name.startswith("Pseudo") or name in ("Unknown Region", "Outlying Oceania",
                                                             "Eurozone", "United Nations"):
            continue
        out.append((name, "organization" if name == "European Union" else "state"))
    return tuple(dict.fromkeys(out))


@lru_cache(maxsize=1)
def _country_keys() -> frozenset:
    """Normalized token sequences of country and territory names (CLDR via Babel, if present).

    Used only to keep place names out of person names ("Saudi Arabia said", "Finance Minister
    Ana Lima Brazil"); Babel is a pinned dependency. Without it, only the
    dictionary's states are known.
    """
    keys = set()
    for name, _ in _country_names():
        toks = tuple(_norm(t) for t in _alias_tokens(name))
        if toks:
            keys.add(toks)
    return frozenset(keys)


@lru_cache(maxsize=1)
def _region_keys() -> frozenset:
    """Normalized token sequences of the sub-national places of ``lexicons/regions.csv``."""
    return frozenset(t for t in (tuple(_norm(x) for x in _alias_tokens(r["name"]))
                                 for r in _lex._rows("regions.csv")) if t)


def _trim_places(tk: _Tokens, a: int, b: int, d: ActorDictionary):
    """Drop country names at the edges of a capitalized run; (a, b) or None if nothing is left.

    A sub-national place (county, state, province: ``lexicons/regions.csv``) is dropped
    from the end of a run that does not open with a known given name ("Hoveton Norfolk",
    "Royal Liverpool"; not "Michael Bolton"), and a run that is one is no person."""
    countries = _country_keys()
    regions = _region_keys()
    if tuple(tk.norm[a:b]) in regions and _given(tk.raw[a]) is None:
        return None
    if _given(tk.raw[a]) is None:
        for L in (3, 2, 1):
            if b - L > a and tuple(tk.norm[b - L:b]) in regions:
                b -= L
                break

    def is_place(i, j):
        key = "".join(tk.norm[i:j])
        if any(k == "state" for k, _ in ((kind, d.actors[x]["type"]) for kind, x in d.lookup(key)
                                         if x in d.actors)):
            return True
        return tuple(tk.norm[i:j]) in countries

    if is_place(a, b):
        return None
    for L in (3, 2, 1):                       # a country at the end: "Funaro Brazil"
        if b - L > a and is_place(b - L, b):
            if L == 1 and b - a == 2 and _given(tk.raw[a]) is not None and (
                    _given(tk.raw[b - 1]) is not None
                    or tk.norm[a] not in _AUX_VERBS and {kind for kind, _ in d.lookup(tk.norm[b - 1])} == {"capital"}):
                break   # "Dominic Jordan", "Michael Jordan": a given name, then a surname that names a country too
                # ("Denzel Washington", "Ora Washington": or a seat of government)
            b -= L
            break
    for L in (3, 2):                          # a multi-word country at the start
        if a + L < b and is_place(a, a + L):
            a += L
            break
    return a, b


@_per_token
def _name_token(tk: _Tokens, i: int, lowercase_words: set) -> bool:
    raw = tk.raw[i]
    if tk.is_initial(i):
        return True
    if not (tk.cap[i] and len(raw) > 1 and any(map(str.islower, raw))):
        return False
    if not (raw.isalpha() or all(c.isalpha() or c in _APOS for c in raw)):   # (isalpha: all letters)
        return False
    if _CONTRACTION.search(raw):
        return False
    n = tk.norm[i]
    if n in NAME_STOPWORDS or n in lowercase_words:
        return False
    # "Separately, ..." is no name; a known given name is ("Emily Barley said", "Holly Smith"), and
    # so is a word after an initial's stop, which ends no sentence ("J. Crossley", "K.Cicily"),
    # when the word ends the name (a numeral may follow: "Joseph B. Ely II") and the letter ends no
    # capitalised run of its own ("Plan B. Unfortunately Smith said": a sentence's adverb before its subject)
    return not (n.endswith("ly") and _sentence_initial(tk, i) and _given(raw) is None
                and not (i > 0 and tk.is_initial(i - 1) and tk.gap(i - 1).startswith(".")
                         and not (i + 1 < tk.n and tk.join[i] and _name_token(tk, i + 1, lowercase_words))
                         and not (i > 1 and tk.join[i - 2] and tk.cap[i - 2] and not tk.is_initial(i - 2)
                                  and tk.norm[i - 2] not in TITLE_WORDS and _given(tk.raw[i - 2]) is None)))


_REGNAL = {"king", "queen", "prince", "princess", "pope", "emperor", "empress", "sultan", "emir"}


def _shouted(tk: _Tokens, k: int) -> bool:
    """An honorific in capitals before a word that is not ("MS Victoria" is a ship)."""
    return tk.raw[k].isupper() and len(tk.raw[k]) <= 4 and k + 1 < tk.n and not tk.raw[k + 1].isupper()


def _given(word: str):
    """Gender of a known given name ('m', 'f', 'u') or None (gender-guesser's list)."""
    if len(word) < 2 or not word[0].isupper():
        return None
    return _lex.given_name_gender(word)


def _gerund(tk: _Tokens, i: int) -> bool:
    """Is token i a capitalised -ing verb ("Removing", "Sacking") that is no given name?"""
    w = tk.norm[i]
    return len(w) > 5 and w.endswith("ing") and tk.raw[i][1:].islower() and _given(tk.raw[i]) is None


def _named_without(tk: _Tokens, i: int, b: int) -> bool:
    """Is the name after word i ([i + 1, b)) a person's on its own: a given name of one gender
    opens it, or the document writes it elsewhere without word i ("Suella Braverman" again, not
    "Glass Works" only ever after "Corning")?"""
    if _given(tk.raw[i + 1]) in ("m", "f"):
        return True
    rest, L = tk.norm[i + 1:b], b - i - 1
    return any(tk.norm[k:k + L] == rest and (k == 0 or tk.norm[k - 1] != tk.norm[i])
               for k in range(len(tk.norm) - L + 1) if k != i + 1)


def _month_surname(tk: _Tokens, i: int, b: int) -> bool:
    """Token b is a month written as the surname right after a known given name ("Theresa
    May", "Brian May"), not a date ("Friday May 5", "in May 2021")."""
    g = b - 1
    return b > i and tk.norm[b] in _MONTHS and tk.cap[b] and tk.join[g] \
        and _given(tk.raw[g]) in ("m", "f") and tk.norm[g] not in NAME_STOPWORDS \
        and not (b + 1 < tk.n and tk.raw[b + 1][:1].isdigit())


def _sentence_initial(tk: _Tokens, i: int) -> bool:
    if i == 0:
        return True
    gap = tk.text[tk.end[i - 1]:tk.start[i]]
    return bool(re.search(r"[.!?:\n\"“]\s*$", gap)) or bool(re.search(r"[.!?]", gap))


# a stock ticker: a capitalised code alone in angle brackets (the wire's "Union Carbide Corp <UK>",
# "<DARTA.O>") or a code with its exchange suffix after a bracket ("(TXN.N: Quote ...)",
# "(ARM.ETR)", AG News' "&gt;MSFT.O&lt;")
_TICKER = re.compile(r"<([A-Z][A-Z0-9&]{0,6})(?:\.[A-Z]{1,3})?>|[(<;]([A-Z][A-Z0-9]{1,6})\.[A-Z]{1,4}(?![A-Za-z.])")


def _tickers(tk: _Tokens) -> list:
    """``covered`` flags with the tokens of stock tickers set: a ticker names no one."""
    covered = [False] * tk.n
    if "<" not in tk.text and "." not in tk.text:
        return covered
    starts = None
    for m in _TICKER.finditer(tk.text):
        if starts is None:
            starts = {s: k for k, s in enumerate(tk.start)}
        k = starts.get(m.start(1) if m.group(1) else m.start(2))
        if k is not None:
            covered[k] = True
    return covered


def _find(text: str, d: ActorDictionary, year=None, assume_name=False, known=(), pending=None,
          organisations=False, all_demonyms=False):
    """All actor mentions in one text, as a list of dicts (start, end, actor, ...).

    ``pending``, when a list, receives (start, end, word, key) of lone capitalized name words
    that may be surnames of people named in full in other documents (see actor_mentions).
    """
    tk = _Tokens(text)
    n = tk.n
    covered = _tickers(tk)
    spans = []   # dicts: a, b (token range), kind, actors, titled

    # ---- pass A: dictionary names, longest match first --------------------------------------
    prefixes = d._prefixes()
    i = 0
    # a lower-case article joined by a hyphen to a capitalised word opens a name too ("al-Qaida")
    articles = {k for k in range(n - 1) if tk.norm[k] in _NAME_PARTICLES and not tk.cap[k]
                and tk.cap[k + 1] and tk.gap(k) == "-"} if "-" in tk.text else set()
    # the others: i += 1 (capitalised words and words opening with a digit are two sets apart)
    for i0 in sorted(tk.caps + list(compress(range(n), map(str.isdigit, map(itemgetter(0), tk.raw)))) + list(articles)):
        if i0 < i:
            continue
        i = i0
        if not tk.cap[i] and not tk.raw[i][:1].isdigit() and i not in articles or covered[i]:
            i += 1
            continue
        found = None
        key = ""
        keys = []
        for L in range(1, min(d.max_len, n - i) + 1):
            k = i + L - 1
            if L > 1 and not (tk.cap[k] or tk.raw[k][:1].isdigit() or tk.gap(k - 1) == "-"
                              or tk.norm[k] in d.inner_lower):
                break   # "I ran" is not "Iran": a lower-case word continues a name only as in its aliases
            key += tk.norm[k]
            keys.append(key)
            if key not in prefixes:
                break   # no longer key starts so: the lookups below find nothing further on
            if L < min(d.max_len, n - i) and not (tk.join[i + L - 1] or tk.gap(i + L - 1) == "-"):
                break   # (a letter joins by a hyphen too: "G-7")
        for L in range(len(keys), 0, -1):
            entries = d.lookup(keys[L - 1])
            if not entries:
                continue
            found = _accept(tk, d, i, i + L, entries, assume_name, all_demonyms)
            if found is not None:
                break
        if found is None:
            i += 1
            continue
        spans.append(found)
        for k in range(found["a"], found["b"]):
            covered[k] = True
        i = found["b"]

    # ---- pass B0: organisation names by their head noun ("Gwent Police", "Office for ...") ---
    org_words = set()   # words of names a kind-of-organisation noun introduced ("firm Parker")
    if organisations:
        # a capital or demonym that is part of a longer name ("Sri Lankan Airlines") may start one
        blocked = [sp for sp in spans if sp["kind"] == "blocked"]
        for sp in blocked:
            for k in range(sp["a"], sp["b"]):
                covered[k] = False
        # a dictionary organisation inside a longer name with a head noun ("University Hospitals
        # Dorset NHS Trust") is part of that name
        nested = [sp for sp in spans if sp["kind"] in ("name", "acronym") and len(sp["actors"]) == 1
                  and 0 < sp["a"] and sp["b"] < n and tk.cap[sp["a"] - 1] and tk.join[sp["a"] - 1]
                  and tk.cap[sp["b"]] and tk.join[sp["b"] - 1] and not tk.poss[sp["b"] - 1]
                  and not covered[sp["b"]] and not _sentence_initial(tk, sp["a"] - 1)
                  and d.actors.get(sp["actors"][0], {}).get("type") == "organization"]
        for sp in nested:
            for k in range(sp["a"], sp["b"]):
                covered[k] = False
        org_rows = _find_organisations(tk, covered, org_words)
        for sp in blocked:
            for k in range(sp["a"], sp["b"]):
                covered[k] = True
        if nested:
            taken = [(r["start"], r["end"]) for r in org_rows]
            for sp in nested:
                if any(s <= tk.start[sp["a"]] < e for s, e in taken):
                    spans.remove(sp)
                else:
                    for k in range(sp["a"], sp["b"]):
                        covered[k] = True
        org_rows += _kind_and_short_names(tk, covered, org_rows)
        org_rows += _masthead_short_names(tk, covered, org_rows, [
            (sp["a"], sp["b"], sp["actors"][0]) for sp in spans if sp["kind"] == "name" and len(sp["actors"]) == 1
            and d.actors.get(sp["actors"][0], {}).get("type") == "organization"])
    else:
        org_rows = []

    # ---- pass B: person names not in the dictionary ------------------------------------------
    lowercase_words = set(compress(tk.norm, map(not_, tk.cap)))   # the words not capitalised
    # surnames written after an honorific somewhere in the document ("Mr Sunak"): a capitalized
    # two- or three-word name ending in one is a person anywhere ("in Rishi Sunak's head")
    honorific_surnames = {tk.norm[k + 1] for k in tk.caps if k < n - 1     # (of range(n - 1))
                          if tk.cap[k] and _TITLES.get(tk.norm[k], ("",))[0] == "honorific"
                          and tk.join_title[k] and tk.cap[k + 1] and not _shouted(tk, k)}
    spoken_surnames = _spoken_lone_words(tk)
    unknown_full = {}   # full key -> canonical string
    unknown_surname = {}  # surname key -> canonical string
    surname_all = {}      # surname key -> every full name with it, in order ("Mrs Johnson")
    # names written somewhere in the document with a company word after them ("Video
    # Shopping Mall Inc") are companies everywhere in it ("Video Shopping said")
    company_keys = set()
    for k in [k for k in tk.caps if k > 0]:     # (the capitalised words of range(1, n))
        if tk.cap[k] and tk.norm[k] in _COMPANY_WORDS and tk.norm[k] not in ("and", "international"):
            j = k
            while j - 1 >= max(0, k - 4) and tk.cap[j - 1] and tk.join[j - 1]:
                j -= 1
            for lo in range(j, k):          # "Video Shopping Mall", "Shopping Mall", "Mall"
                company_keys.add("".join(tk.norm[lo:k]))
            for hi in range(j + 1, k):      # "Video", "Video Shopping"
                company_keys.add("".join(tk.norm[j:hi]))
            if j == k and k > 1 and tk.gap(k - 1).strip() == "," and tk.cap[k - 1]:
                j = k - 1       # "Hunter Helicopter of Nevada, Inc": the place, then the name
                while j - 1 >= max(0, k - 4) and tk.cap[j - 1] and tk.join[j - 1]:
                    j -= 1      # (not "Ann Lowe of Acme Inc": a person of a company)
                if j >= 2 and tk.norm[j - 1] == "of" and tk.join[j - 1] and tk.join[j - 2] \
                        and tk.cap[j - 2] and _place_key(tk, j, k):
                    q = j - 2
                    while q - 1 >= max(0, j - 5) and tk.cap[q - 1] and tk.join[q - 1]:
                        q -= 1
                    company_keys.add("".join(tk.norm[q:j - 1]))
    # initials with stops before a surname: "J. K. Rowling", "W.B. Yeats" (not "A Smith
    # spokesman": an initial needs its stop; not after a name word: "George W. Bush" is found below)
    # (only a capital letter alone or a word with a stop second can open them: the others are skipped)
    # (a word with a stop is a dotted acronym, whose second character is the stop: _TOKEN's words have none)
    for i in sorted([*compress(range(n - 1), map(str.__contains__, tk.raw, repeat("."))),
                     *(i for i in tk.caps if len(tk.raw[i]) == 1 and i < n - 1)]):
        if covered[i] or (i > 0 and tk.cap[i - 1] and tk.join[i - 1]):
            continue
        k = i
        while k < n and not covered[k] and (
                (len(tk.raw[k]) == 1 and tk.raw[k].isupper() and tk.gap(k).startswith("."))
                or (tk.raw[k][1:2] == "." and _STOPPED_INITIALS.fullmatch(
                    tk.raw[k] + (tk.gap(k)[:1] if tk.gap(k)[:1] == "." else "")))):
            k += 1
        if k == i or k >= n or covered[k] or not _name_token(tk, k, lowercase_words) \
                or tk.norm[k] in _ORG_NAME_ENDS or (k + 1 < n and tk.join[k] and tk.cap[k + 1]) \
                or tk.gap(k - 1).strip(". ") != "":
            continue
        if not (tk.norm[k] in honorific_surnames or _person_context(tk, i, k + 1, 2)
                or _south_asian_initials(tk, d, i, k, lowercase_words)):
            continue    # "N.Z. Dlrs", "N.A. Monetary" in tables: only with a person's cue
        name = " ".join(tk.text[tk.start[i]:tk.bend[k]].split())
        unknown_full.setdefault("".join(tk.norm[i:k + 1]), name)
        unknown_surname.setdefault(tk.norm[k], name)
        surname_all.setdefault(tk.norm[k], []).append(name)
        spans.append({"a": i, "b": k + 1, "kind": "unknown", "actors": [name]})
        for x in range(i, k + 1):
            covered[x] = True
    i = 0
    for i0 in tk.caps:     # the words that are not capitalised were stepped over (i += 1)
        if i0 < i:
            continue
        i = i0
        if covered[i] or not tk.cap[i] or not _name_token(tk, i, lowercase_words) or tk.is_initial(i):
            i += 1
            continue
        b = i
        while (b < n and not covered[b] and (b == i or tk.join[b - 1]) and b - i < 5
               and (_name_token(tk, b, lowercase_words) or _month_surname(tk, i, b)
                    or (b > i and tk.gap(b - 1) == "-" and tk.raw[b].isalpha() and tk.raw[b].islower()
                        and tk.norm[b] not in _DESCRIPTIVE)
                    or (b > i and _particles_then_name(tk, b, lowercase_words))
                    or (b > i and _surname_before_suffix(tk, b))
                    or (b > i and tk.raw[b] in _REGNAL_NUMERALS and not (b + 1 < n and tk.join[b] and tk.cap[b + 1])
                        and not (b - i == 1 and i > 0 and tk.norm[i - 1] in _REGNAL)))):
            b += 1      # (a regnal or generational numeral after a name is part of it: "John Paul II",
            # "Johann Strauss II"; not when a capitalised word follows: "John Paul II Foundation"; a
            # monarch's one name keeps its title instead, as the text's later "the King" is linked to it:
            # "King Charles III" stays "King Charles")
        if b < n and tk.gap(b - 1) == "-" and tk.norm[b] in _DESCRIPTIVE and not tk.cap[b]:
            i = b   # "the Kuala Lumpur-based council": the run before "-based" names a place or body
            continue
        if b == i + 1 and b < n and _surname_like_stopword(tk, i, b):
            b += 1      # "Valerie White said", "said John Major": a surname that is also a title
            # or heading word, after a known given name and with a person's cue
        a0, b0 = i, b   # the capitalized run before trimming places and title words off it
        trimmed = _trim_places(tk, i, b, d)
        if trimmed is None:
            i = b
            continue
        i, b = trimmed
        while b > i + 1 and tk.is_initial(b - 1):
            b -= 1
        j = i
        while j + 1 < b and tk.gap(j) == "-" and tk.raw[j + 1].islower():
            j += 1      # "Multi-billionaire Elon Musk": a descriptive compound before the name
        if j > i and b - j >= 3 and _given(tk.raw[j + 1]) is not None:
            i = j + 1
        of_place = False
        if b - i >= 3 and _given(tk.raw[i]) is None and _given(tk.raw[i + 1]) in ("m", "f") \
                and (tk.norm[i] in lowercase_words or tk.norm[i] in ROLE_NOUNS
                     or (tk.norm[i].endswith("s") and len(tk.norm[i]) > 3)
                     or (_sentence_initial(tk, i) and len(tk.norm[i]) > 5
                         and tk.norm[i].endswith(("ist", "er", "or", "ian", "ant", "ent")))):
            i += 1     # "... and Families Margaret Hodge": a word of a title, not of the name
        elif b - i >= 3 and _sentence_initial(tk, i) and tk.norm[i] in ROLE_NOUNS and tk.norm[i] not in TITLE_WORDS \
                and _given(tk.raw[i]) is None:
            i += 1     # "Investor Sumner Redstone, who ...": a role noun capitalised as the sentence's
            # first word, before a given name the lists may not know
        elif b - i >= 3 and _sentence_initial(tk, i) and _gerund(tk, i) and _named_without(tk, i, b):
            i += 1     # "Removing Suella Braverman as ...": a sentence's opening verb, not a name
        elif b - i >= 3 and i > 0 and _given(tk.raw[i]) not in ("m", "f") and (
                tk.norm[i - 1] in ("lord", "lady") and tk.cap[i - 1] and _given(tk.raw[i]) is None
                and _given(tk.raw[i + 1]) in ("m", "f")
                or tk.norm[i - 1] == "of" and (tk.norm[i] in _CITIES or _place_key(tk, i, i + 1))):
            i += 1     # "Lord Advocate Dorothy Bain", "Mayor of London Sadiq Khan": the rest of a title
            of_place = tk.norm[i - 2] == "of" and i >= 3 and _title_start(tk, i - 3) is not None
        # words: hyphenated pieces ("Tae-yul") form one word; initials do not count
        # (a word hyphened to a particle is a word of its own: "Zia ul-Haq", "Ahmed al-Tayeb")
        words = [k for k in range(i, b) if not tk.is_initial(k)
                 and not (k > i and tk.gap(k - 1) == "-" and tk.raw[k - 1] not in _NAME_PARTICLES)
                 and not (k > i and tk.raw[k] in _NAME_PARTICLES)
                 and not (k > i and tk.norm[k] in _NAME_SUFFIXES)]   # "Jr", "III" are no word of their own
        ok = of_place or _person_context(tk, i, b, len(words)) or (
            2 <= len(words) <= 3 and (tk.norm[b - 1] not in NAME_STOPWORDS or _month_surname(tk, i, b - 1))
            and (_given(tk.raw[i]) is not None or tk.norm[b - 1] in honorific_surnames
                 or (b - i == 2 and tk.norm[b - 1] in spoken_surnames and tk.norm[i] not in lowercase_words
                     and tk.norm[b - 1] not in unknown_surname and tk.norm[i] not in _nationality_words(d))))
        # (not "Liverpudlian Pimblett" after "Paddy Pimblett")
        if ok and len(words) == 1 and b < n and not tk.cap[b] and tk.norm[b] in _SERIES_NOUNS \
                and re.fullmatch(r"[ \t]+", tk.gap(b - 1)) and _TITLES.get(tk.norm[i - 1], ("",))[0] != "honorific":
            ok = False   # "our CEO Secrets series": a title and a word naming a series
        if ok and all(tk.norm[k] in _NAME_SUFFIXES for k in words):
            ok = False   # "Jr", "III" after a title word ("King Jr."): a generational suffix belongs to
            # a name and never is one
        if ok and _city_of_state(tk, b) and _title_start(tk, i - 1) is None:
            ok = False   # "GM's Van Nuys, Calif., plant": a city before its US state
        if ok and tk.norm[i] in _QUALIFIERS:
            ok = False   # "Dewsbury, West Yorkshire, who ...": a compass word opens a place, no name
        if ok and len(words) >= 2 and tk.norm[i] in _PLACE_NAME_HEADS and _title_start(tk, i - 1) is None:
            ok = False   # "San Francisco", "Fort Worth", "Lake Placid": a word that opens place names
            # (lexicons/place_name_heads.txt) opens no person's name without a title before it; a
            # one-word name after it is linked by the corpus to a club or a person ("San Francisco"
            # -> "San Francisco Giants" in round 15's report reading)
        if ok and len(words) >= 2 and tk.norm[b - 1] in _ORG_NAME_ENDS and not (b - i == 2 and _role_given_head(tk, i)):
            ok = False   # "Equity Research", "SuSE Linux": a company or product, not a person
        if ok and len(words) >= 2 and tk.norm[i] in _ORG_NAME_ENDS and _given(tk.raw[i]) is None:
            ok = False   # "Banque Paribas": no person's name opens with an organisation word
        if ok and b - i >= 3 and tk.raw[b - 2] in _NAME_PARTICLES and tk.norm[b - 1] in _CITIES:
            ok = False   # "Banque Nationale de Paris": an institution of a city
        if ok and company_keys and "".join(tk.norm[i:b]) in company_keys:
            ok = False   # a company named with "Inc"/"Corp" elsewhere in the document
        if ok and i > 0 and tk.norm[i - 1] in ("the", "a", "an") \
                and re.fullmatch(r"[ \t]+", tk.text[tk.end[i - 1]:tk.start[i]]):
            ok = False   # "the Grand Hotel said", "a New York Republican": people take no article
        if ok and _after_ordinal(tk, i):
            ok = False   # "Wales' first Urban Games", "the 12th Grace Hopper lecture": an edition
        if ok and 2 <= len(words) == b - i <= 3 and any(
                tk.norm[k] in _EVENT_NOUNS and not tk.raw[k].isupper() for k in words[1:]):
            ok = False   # "the Sydney Test", "the Davis Cup", "Anaheim's Stanley Cup Finals
            # triumph": a name of two or three words with an event or trophy noun after its
            # first word names the event or the trophy, not a person
        if ok and _after_saint(tk, i):
            ok = False   # "the St. Louis Blues", "St Kilda Saints": a saint's name names a place,
            # a church or a team, not a person
        if ok and b0 < n and tk.cap[b0] and re.fullmatch(r"[ \t]+", tk.gap(b0 - 1)) \
                and not (tk.poss[b0 - 1] and not any(d.actors[x]["type"] == "state"
                                                     for _, x in d.lookup(tk.norm[b0 - 1]) if x in d.actors)) \
                and tk.norm[b0] not in _NAME_SUFFIXES and tk.norm[b0] not in _DAYS and tk.norm[b0] not in _MONTHS \
                and not (tk.raw[b0].isupper() and tk.norm[b0] in _POSTNOMINALS):
            ok = False   # followed by more capitalized words: "Parker Drilling Co said" (but a
            # possessive ends the name: "Tony Blair's Labour landslide"; not a country's:
            # "Save Britain's Heritage")
        if ok and i > a0:
            pass         # "Activist Omar Abdel Karim": the role word trimmed off above
        elif ok and i > 1 and tk.raw[i - 1].isupper() and tk.norm[i - 1] in _POSTNOMINALS \
                and (tk.poss[i - 2] or not tk.cap[i - 2]) and re.fullmatch(r"[ \t]+", tk.gap(i - 1)):
            pass         # "the government's KC Ruth Crawford": a post-nominal used as a job noun
        elif ok and _given(tk.raw[i]) in ("m", "f") and _after_portfolio(tk, i):
            pass         # "Deputy Minister for Climate Change Lee Waters added"
        elif ok and i > 0 and tk.cap[i - 1] and not tk.poss[i - 1] \
                and re.fullmatch(r"[ \t]+", tk.text[tk.end[i - 1]:tk.start[i]]) \
                and tk.norm[i - 1] not in TITLE_WORDS and tk.norm[i - 1] not in _RUN_OPENERS \
                and not covered[i - 1] and tk.norm[i - 1] not in NAME_STOPWORDS \
                and not (tk.norm[i - 1] in lowercase_words and _sentence_initial(tk, i - 1)
                         and _given(tk.raw[i]) is not None):
            ok = False   # inside a longer capitalized phrase ("Monday Market Traders said");
            # not after a sentence's first word that the text also writes in lower case
            # ("Owner Martin Tang's bill" when "owner" occurs later)
        elif ok and i > 0 and tk.cap[i - 1] and not covered[i - 1] and tk.norm[i - 1] in _QUALIFIERS \
                and not tk.poss[i - 1] and re.fullmatch(r"[ \t]+", tk.text[tk.end[i - 1]:tk.start[i]]) \
                and not (i > 1 and tk.cap[i - 2] and tk.join[i - 2]):
            ok = False   # a place's qualifier opens the phrase: "the New York Yankees" is no
            # person "York Yankees" (when "new" is also written in lower case, "New" is no name
            # word); "MP for Nottingham South Lilian Greenwood", "the Beautiful South's Paul
            # Heaton": the qualifier ends a name before the person's
        if ok and org_words and len(words) >= 2 and any(tk.norm[k] in org_words for k in range(i, b)):
            # "Parker Meggitt said" after "US firm Parker": a name built on an organisation's
            org_rows.append(_org_row(tk, i, b))
            for k in range(i, b):
                covered[k] = True
            i = b
            continue
        if ok:
            s, e = tk.start[i], tk.bend[b - 1]
            name = " ".join(text[s:e].split())
            if len(words) == 1 and i > 0 and tk.norm[i - 1] in _REGNAL and tk.cap[i - 1] \
                    and tk.join_title[i - 1] and _given(tk.raw[i]):
                # "King Charles", "Pope Francis": the regnal name keeps its title
                title = tk.raw[i - 1].capitalize() if tk.raw[i - 1].isupper() else tk.raw[i - 1]
                name = f"{title} {text[s:e]}"     # "PRINCESS Diana" -> "Princess Diana"
                unknown_full.setdefault("".join(tk.norm[i - 1:b]), name)
                spans.append({"a": i - 1, "b": b, "kind": "unknown", "actors": [name]})
            elif len(words) == 1:
                # a titled surname we cannot place ("Dr Okafor"): the person as written; later
                # bare uses of the same surname in the document refer to them too
                skey, raw = "".join(tk.norm[i:b]), " ".join(text[s:e].split())   # "Heaton-Harris"
                unknown_surname.setdefault(skey, raw)
                spans.append({"a": i, "b": b, "kind": "surname", "actors": [], "titled": True,
                              "surname": skey, "raw": raw})
            else:
                fkey = "".join(tk.norm[k] for k in range(i, b) if not tk.is_initial(k))
                name = unknown_full.setdefault(fkey, name)   # "Ann M. Lowe" = "Ann Lowe"
                last, b_s = words[-1], b
                while b_s - 1 > last and tk.norm[b_s - 1] in _NAME_SUFFIXES:
                    b_s -= 1   # "Harry Connick Jr": the surname is Connick
                unknown_surname.setdefault("".join(tk.norm[last:b_s]), name)
                surname_all.setdefault("".join(tk.norm[last:b_s]), []).append(name)
                spans.append({"a": i, "b": b, "kind": "unknown", "actors": [name]})
                if len(words) == 2 and b - i == 2:
                    g1 = _coordinated_given(tk, i, covered)
                    if g1 is not None and tk.norm[g1] not in unknown_surname and tk.norm[g1] not in honorific_surnames:
                        # (not "Reagan and Nancy Reagan", nor a surname written with a title)
                        # "Sally and Stephen Johnson": Sally Johnson too
                        name1 = f"{tk.raw[g1]} {text[tk.start[i + 1]:tk.bend[b - 1]]}"
                        unknown_full.setdefault(tk.norm[g1] + tk.norm[i + 1], name1)
                        surname_all[tk.norm[i + 1]].append(name1)
                        spans.append({"a": g1, "b": g1 + 1, "kind": "unknown", "actors": [name1]})
                        covered[g1] = True
            for k in range(i, b):
                covered[k] = True
            i = b
        else:
            i += 1

    # a relative named with another given name before a surname of the document ("Benazir Bhutto"
    # beside "Zulfikar Ali Bhutto"), which the given-name lists may not know
    if surname_all:
        for i, name in _relatives_by_surname(tk, d, covered, unknown_surname, surname_all, lowercase_words):
            unknown_full.setdefault(tk.norm[i] + tk.norm[i + 1], name)
            surname_all.setdefault(tk.norm[i + 1], []).append(name)
            spans.append({"a": i, "b": i + 2, "kind": "unknown", "actors": [name]})
            covered[i] = covered[i + 1] = True

    # repeated full names and surnames of the unknown persons found above
    if unknown_full or unknown_surname:
        for i in tk.caps:     # (the others were skipped)
            if covered[i] or not tk.cap[i]:
                continue
            for L in range(min(4, n - i), 1, -1):
                if all(tk.join[i:i + L - 1]) and not any(covered[i:i + L]):
                    key = "".join(tk.norm[k] for k in range(i, i + L) if not tk.is_initial(k))
                    if key in unknown_full:
                        spans.append({"a": i, "b": i + L, "kind": "unknown", "actors": [unknown_full[key]]})
                        for k in range(i, i + L):
                            covered[k] = True
                        break
            j = i
            while j + 1 < n and tk.gap(j) == "-" and tk.cap[j + 1] and not covered[j + 1]:
                j += 1          # a hyphenated surname: "Heaton-Harris"
            skey = "".join(tk.norm[i:j + 1])
            if skey in _MONTHS and _title_start(tk, i - 1) is None:
                continue    # "in May" is not Theresa May; "Mrs May" is
            e = j + 1 if j + 1 < n and tk.norm[j + 1] in _NAME_SUFFIXES and tk.cap[j + 1] and tk.join[j] \
                and not covered[j + 1] else j     # "Noland Jr.", "Noland III": the surname and its suffix
            if not covered[i] and skey in unknown_surname \
                    and (j > i or e > j or _lone_name(tk, i, lowercase_words) or _attributive_surname(tk, i, unknown_surname[skey])):
                t = _title_start(tk, i - 1)
                spans.append({"a": i, "b": e + 1, "kind": "surname", "actors": [],
                              "titled": t is not None, "surname": skey,
                              "raw": text[tk.start[i]:tk.bend[j]], "suffix": tk.norm[e] if e > j else None})
                for k in range(i, e + 1):
                    covered[k] = True

    # ---- pass C: resolve surnames and ambiguous names in reading order -----------------------
    spans.sort(key=lambda s: s["a"])
    fulls = [(-1, a) for a in known if a in d.actors]   # (token position, actor)
    for sp in spans:
        if sp["kind"] in ("name", "acronym") and len(sp["actors"]) == 1:
            fulls.append((sp["a"], sp["actors"][0]))
        elif sp["kind"] == "unknown":
            fulls.append((sp["a"], sp["actors"][0]))
    unknown_names = set(unknown_full.values())
    misfit_starts = set()   # titled surnames whose title fits no full name of the document
    out = []
    for sp in spans:
        kind = sp["kind"]
        if kind == "blocked":
            continue
        if kind == "surname" or (kind in ("name", "acronym") and len(sp["actors"]) > 1):
            cands = list(sp["actors"]) + [nm for k, nm in unknown_surname.items()
                                          if kind == "surname" and k == sp.get("surname")]
            if kind == "surname" and sp.get("suffix"):
                # "Noland III" is not "Lloyd U. Noland Jr.": the full name with that suffix, else
                # one with none (the lists read no roman numeral as a word of a name)
                pool = list(dict.fromkeys(cands + list(surname_all.get(sp.get("surname"), ()))))
                cands = [c for c in pool if _norm(c.split()[-1]) == sp["suffix"]] \
                    or [c for c in pool if _norm(c.split()[-1]) not in _NAME_SUFFIXES]
            if kind == "surname":
                fit = _honorific_fit(tk, sp["a"], cands, surname_all.get(sp.get("surname"), ()))
                kin = _kin_apposed(tk, sp["a"], sp["b"]) if fit and _honorific_gender(tk, sp["a"]) else None
                if kin:
                    # "Mr Hutchins, her husband," / "her husband, Mr Hutchins": a relative of someone
                    # of the family, not the one named in full, unless that full name is the same
                    # relative ("Matthew Hutchins, her husband")
                    fit = [c for c in dict.fromkeys(fit + list(surname_all.get(sp.get("surname"), ())))
                           if any(x["kind"] == "unknown" and x["actors"][0] == c
                                  and _kin_apposed(tk, x["a"], x["b"]) == kin for x in spans)]
                if cands and not fit and sp.get("titled"):
                    # "Mr Russell" where the only Russell named is a woman: another person,
                    # reported as written with the honorific and left unresolved
                    sp = dict(sp, raw=f"{tk.raw[sp['a'] - 1]} {sp['raw']}", misfit=True)
                cands = fit
                if cands and sp.get("titled") and not sp.get("misfit"):
                    # every full name of the document with that surname may hold the office, not
                    # only the first ("President Clinton" after "Hillary Clinton" and "President
                    # Bill Clinton"); when the office decides nothing, the candidates are as before
                    wide = list(dict.fromkeys(cands + [c for c in surname_all.get(sp.get("surname"), ())
                                                       if not _honorific_misfit(tk, sp["a"], c)]))
                    tfit = _title_fit(tk, sp["a"], wide, d, spans)
                    if tfit == wide:
                        tfit = _title_fit(tk, sp["a"], cands, d, spans)
                    if not tfit:
                        # "President Clinton" where the one Clinton named is "Sen. Hillary
                        # Clinton" (or a Clinton given no role): another person, reported as
                        # written with the title and left unresolved
                        t0 = _title_start(tk, sp["a"] - 1)[0]
                        sp = dict(sp, raw=text[tk.start[t0]:tk.bend[sp["b"] - 1]], misfit=True)
                        misfit_starts.add(tk.start[sp["a"]])
                    cands = tfit
            actor = _resolve_surname(d, cands, sp, fulls, year,
                                     assume_name or kind != "surname" or bool(sp.get("titled")))
            if actor is None and kind == "surname" and not sp.get("titled"):
                later = [nm for k, nm in unknown_surname.items() if k == sp.get("surname") and nm in unknown_names]
                if len(set(later)) == 1:
                    actor = later[0]  # the full name comes later in the document
            if actor is None and sp.get("titled") and kind == "surname":
                actor = sp["raw"]     # a titled surname we cannot place: report it as written
                unknown_names.add(actor)
            if actor is None:
                if pending is not None and kind == "surname" and sp["b"] == sp["a"] + 1 \
                        and _linkable(tk, sp["a"]):
                    pending.append((tk.start[sp["a"]], tk.bend[sp["a"]], tk.raw[sp["a"]], tk.norm[sp["a"]]))
                continue
            if sp.get("titled"):
                fulls.append((sp["a"], actor))
            sp = dict(sp, actors=[actor])
        out.append(sp)

    # ---- a state named in a person's title is part of that person mention ---------------------
    person_starts = {}
    for sp in out:
        a = sp["actors"][0]
        if (a in d.actors and d.actors[a]["type"] == "person") or a in unknown_names:
            person_starts[sp["a"]] = sp
    rows = []
    for sp in out:
        actor = sp["actors"][0]
        entry = d.actors.get(actor)
        if entry is not None and entry["type"] == "state" and sp["kind"] in ("name", "acronym") \
                and not tk.poss[sp["b"] - 1]:
            k = sp["b"]
            if k < n and tk.join_title[k - 1]:
                j = k
                while j < n and (tk.norm[j] in TITLE_WORDS and (tk.cap[j] or tk.norm[j] == "elect")
                                 or (tk.norm[j] in _TITLE_CONNECTORS and j > k)) and tk.join_title[j]:
                    j += 1
                if j > k and j in person_starts:
                    continue
        s, e = tk.start[sp["a"]], tk.bend[sp["b"] - 1]
        if entry is not None:
            rows.append({**d.info(actor), "text": text[s:e], "start": s, "end": e,
                         "in_dictionary": entry.get("source") not in _GAZETTEER, "match": sp["kind"],
                         "resolution": "dictionary",
                         "role": _role_before(tk, sp["a"], d) if entry["type"] == "person" else None})
        else:
            rows.append({"actor": actor, "actor_type": "person", "country": None, "text": text[s:e],
                         "start": s, "end": e, "in_dictionary": False,
                         "match": ("given_name" if _after_sir(tk, sp["a"], sp["b"]) else "surname")
                         if sp["kind"] == "surname" else "name",
                         "resolution": "unresolved" if " " not in actor or sp.get("misfit") else "document",
                         "role": _role_before(tk, sp["a"], d)})
    # a titled surname or given name reported as written ("Mr Blair", "Sir Alan") is the person
    # named in full elsewhere in the document when only one full name fits
    fulls_here = {r["actor"] for r in rows if r["resolution"] == "document"}
    if len(fulls_here) > 1:
        # one person spelt two ways ("Ranil Wickremesinghe" ... "Ranil Wickramasinghe"): the
        # spelling written more often (or first) stands for both
        same = _spelling_variants([r["actor"] for r in rows if r["resolution"] == "document"])
        if same:
            for r in rows:
                r["actor"] = same.get(r["actor"], r["actor"])
            fulls_here = {r["actor"] for r in rows if r["resolution"] == "document"}
    if len(fulls_here) > 1:
        # one person with a given name and its nickname ("Stephen Barclay" ... "Steve Barclay"):
        # the form written more often (then the longer) stands for both
        counts = {}
        for r in rows:
            if r["actor_type"] == "person" and r["resolution"] in ("document", "dictionary") and " " in r["actor"]:
                counts[r["actor"]] = counts.get(r["actor"], 0) + 1
        same = _nickname_variants(counts, fixed={a for a in counts if a in d.actors})
        if same:
            # two forms in one sentence are two people ("Joe Rainey - whose grandfather, also
            # Joseph Rainey, ...")
            spans_of = {}
            for r in rows:
                spans_of.setdefault(r["actor"], []).append((r["start"], r["end"]))
            apart = {x: t for x, t in same.items()
                     if not any(not _SENTENCE_END.search(text[min(e1, e2):max(s1, s2)])
                                for s1, e1 in spans_of.get(x, ()) for s2, e2 in spans_of.get(t, ()))}
            groups = {}
            for x, t in same.items():
                groups.setdefault(t, set()).add(x)
            same = {x: t for x, t in same.items() if all(y in apart for y in groups[t])}
        if same:
            for r in rows:
                r["actor"] = same.get(r["actor"], r["actor"])
            fulls_here = {r["actor"] for r in rows if r["resolution"] == "document"}
    if len(fulls_here) > 1:
        # a two-word surname written with a title ("Mr Duncan Smith", "Mr Abdel Fattah") is the
        # one longer name in the document that ends with it ("Iain Duncan Smith")
        tails = {}
        for f in fulls_here:
            fw = _norm(f).split()
            longer = {g for g in fulls_here if len(g.split()) > len(fw) and _norm(g).split()[-len(fw):] == fw
                      and not all(x in _NAME_EPITHETS for x in _norm(g).split()[:-len(fw)])}
            # ("Young Tom Morris" is not "Tom Morris": an epithet tells a namesake apart)
            if len(longer) == 1:
                tails[f] = longer.pop()
        for r in rows:
            if r["resolution"] == "document" and r["actor"] in tails:
                r["actor"] = tails[r["actor"]]
    if fulls_here:
        tok_at = dict(zip(tk.start, range(n)))   # start -> token
        for r in rows:
            if r["resolution"] != "unresolved" or r["start"] in misfit_starts:
                continue
            w = _norm(r["actor"])
            by_surname = {f for f in fulls_here if _norm(f.split()[-1]) == w
                          and not _honorific_misfit(tk, tok_at[r["start"]], f)}
            by_given = {f for f in fulls_here if _norm(f.split()[0]) == w}
            fit = by_surname or by_given
            if not fit and len(w) >= 6 and " " not in w:
                # "Mr Vardakar" after "Leo Varadkar": the one full name whose surname is
                # spelt a letter or two differently
                fit = {f for f in fulls_here if len(_norm(f.split()[-1])) >= 6 and _norm(f.split()[-1])[0] == w[0]
                       and difflib.SequenceMatcher(None, _norm(f.split()[-1]), w).ratio() >= 0.8}
            if len(fit) == 1:
                r["actor"], r["resolution"] = fit.pop(), "document"
    # a given name alone ("Stephen") is the one person named in full with it in the document
    firsts, named_at = {}, {}
    for r in rows:
        if r["resolution"] == "document" and r["actor_type"] == "person" and " " in r["actor"]:
            firsts.setdefault(_norm(r["actor"].split()[0]), set()).add(r["actor"])
            named_at.setdefault(r["actor"], r["start"])
    if firsts:
        for i in tk.caps:     # (the others were skipped)
            if covered[i] or not tk.cap[i] or tk.norm[i] not in firsts or len(firsts[tk.norm[i]]) != 1:
                continue
            if _given(tk.raw[i]) is None and (
                    tk.start[i] < named_at[next(iter(firsts[tk.norm[i]]))] or tk.norm[i] in unknown_surname
                    or tk.norm[i] in TITLE_WORDS or tk.norm[i] in NAME_STOPWORDS or tk.norm[i] in _CITIES
                    or d.lookup(tk.norm[i]) or not _name_token(tk, i, lowercase_words) or not _pronoun_near(tk, i)):
                continue    # a given name the lists lack ("Benazir" after "Benazir Bhutto") only after
                # the full name, with a personal pronoun near ("Benazir was ..., like her father"), and
                # no surname, title, city or dictionary entry ("Paramount" after "Paramount Global")
            if not _lone_name(tk, i, lowercase_words) \
                    or (i > 0 and tk.cap[i - 1] and tk.join[i - 1]) or _possessive_place(tk, i, covered):
                continue
            covered[i] = True
            rows.append({"actor": next(iter(firsts[tk.norm[i]])), "actor_type": "person", "country": None,
                         "text": tk.raw[i], "start": tk.start[i], "end": tk.bend[i], "in_dictionary": False,
                         "match": "given_name", "resolution": "document", "role": _role_before(tk, i, d)})
        rows.sort(key=lambda r: r["start"])
    if any(r["actor_type"] == "state" for r in rows):
        rows = _country_namesakes(tk, d, rows, unknown_surname)
    if org_rows:
        rows.extend(_known_organisation(d, r) for r in org_rows)
        rows.sort(key=lambda r: r["start"])
    if pending is not None:
        heads = None
        for i in tk.caps:     # (the others were skipped)
            if covered[i] or not tk.cap[i]:
                continue
            if tk.norm[i] in unknown_surname or not _name_token(tk, i, lowercase_words) or tk.is_initial(i) \
                    or (_possessive_place(tk, i, covered) and _given(tk.raw[i]) is not None):
                continue
            if heads is None:
                heads = _name_heads(tk, rows, lowercase_words)
            key = heads.get(tk.norm[i], tk.norm[i])   # "Villa" after "Aston Villa": that name's
            if _lone_name(tk, i, lowercase_words) and not (i > 0 and tk.cap[i - 1] and tk.join[i - 1]) \
                    and _linkable(tk, i):
                pending.append((tk.start[i], tk.bend[i], tk.raw[i], key))
    return rows


_PLACE_PREPOSITIONS = {"in", "near", "outside", "around", "across", "throughout"}

#: A list's joint between two names: a comma, "and", "or", "&", then at most two lower-case words
#: ("Georgia and northern Alabama", "Virginia, the Carolinas, Georgia"; fix of review14 finding 5).
_LIST_JOIN = r"(?:,[ \t]+(?:(?:and|or)[ \t]+)?|[ \t]+(?:and|or|&)[ \t]+)(?:[a-z]+[ \t]+){0,2}"

#: ``lexicons/country_sign_nouns.csv``: "<noun> of X" / "X's <noun>" shows the country X, not a
#: person (all rows) nor a US state named like it (rows with us_state "yes"); regex alternations.
_COUNTRY_NOUNS = {k: "|".join(re.escape(r["noun"]).replace(r"\ ", r"[ \t]+")
                              for r in _lex._rows("country_sign_nouns.csv") if k == "person" or r["us_state"] == "yes")
                  for k in ("person", "us_state")}

#: ``lexicons/namesake_country_capitals.csv``: country -> its capital, for the countries named
#: like a person ("Amman, the capital of Jordan" shows the country in that sentence).
#: a seat of government that acts as its state: "Washington said it would", "Washington has
#: warned it", "Washington, which ..." (the state is "it"/"which", a person is "he"/"she"/"who")
_SEAT_SPEAKS = re.compile(r"(?:['\u2019]s)?(?:[ \t]+[a-z]+){1,2}[ \t]+it\b|,[ \t]+which\b")
_NAMESAKE_CAPITALS = {r["country"]: r["capital"] for r in _lex._rows("namesake_country_capitals.csv")}


@lru_cache(maxsize=1)
def _us_state_namesakes() -> dict:
    """{country name: (regex of the US state's signs, the country's capital)} for the US states
    named like a country (``lexicons/us_states_named_like_countries.csv``, whose header lists the
    signs of the state: "Atlanta, Georgia", "University of Georgia", "No. 10 Georgia", another US
    state listed with it ("Georgia and Alabama", not a senator's state elsewhere in the sentence;
    ``_LIST_JOIN``), "the Georgia Democrat" ...; and any US city with an AP state
    abbreviation, "Jacksonville, Fla.": US copy, ``_city_of_state_anywhere``)."""
    others = sorted((r["name"] for r in _lex._rows("regions.csv") if r.get("country") == "US"), key=len, reverse=True)
    out = {}
    for r in _lex._rows("us_states_named_like_countries.csv"):
        n = re.escape(r["state"])
        skip = {x.strip() for x in (r.get("not_signs") or "").split(";")} | {r["state"]}
        states = "|".join(re.escape(x) for x in others if x not in skip)
        us = re.compile(
            r"(?<!" + re.escape(r["country_capital"]) + r")\b[A-Z][\w'-]*,[ \t]+" + n + r"(?=[,.;:)]|\s*$)"
            r"|,[ \t]+" + re.escape(r["postal_code"]) + r"(?=[\s,;:)]|$)"
            r"|\bUniversity of " + n + r"\b|\b" + n + r" (?:Tech|State)\b"
            r"|\b" + n + _LIST_JOIN + r"(?:" + states + r")\b|\b(?:" + states + r")" + _LIST_JOIN + n + r"\b"
            r"|(?:\bNo\.[ \t]*\d+|\w-ranked)[ \t]+" + n + r"\b|\b(?:[Aa]n?|[Tt]he)[ \t]+" + n + r"(?![-\w])"
            r"|\b" + n + r"[ \t]+(?:Democrat|Republican)s?\b"
            r"|\b(?:[Gg]overnor|Gov\.)[ \t]+(?:of[ \t]+)?" + n + r"\b|\b" + n + r"(?:'s)?[ \t]+(?:[Gg]overnor|Gov\.)")
        # another US state anywhere in the sentence: a sign only in a document that names no
        # other country ("Georgia would need Tennessee to lose"; not "Georgia and Ukraine,
        # Florida Senator Marco Rubio said", review14 finding 5)
        loose = re.compile(r"\b" + n + r"\b[^.!?\n]*\b(?:" + states + r")\b|\b(?:" + states + r")\b[^.!?\n]*\b" + n + r"\b")
        out[r["state"]] = (us, r["country_capital"], loose)
    return out


def _country_namesakes(tk: _Tokens, d: ActorDictionary, rows, surnames) -> list:
    """Country mentions that are namesakes in this document. A country named like a US state
    ("Georgia") is the state in a document with the state's signs and none of the country's
    (``_us_state_namesakes``): no country mention; a sign of the country wins (its demonym or
    capital anywhere, "Georgia's president" / "president of Georgia", another country listed
    with it: "Georgia and Ukraine"). A country name that is the surname of a person named in
    full in the document ("Michael Jordan ... Jordan said") is that person, unless the
    country's demonym, a place preposition ("in Jordan"), its capital in the same sentence
    ("Amman, the capital of Jordan"), "<noun> of X" / "X's <noun>" with a noun of
    ``country_sign_nouns.csv`` ("Jordan's King") or another country listed with it shows the
    country."""
    namesakes = _us_state_namesakes()
    text = tk.text

    def country_sign(q, kind):
        """Does the mention q show the country by itself: "<noun> of X" / "X's <noun>" with a
        noun of ``country_sign_nouns.csv`` ("the capital of Jordan", "Georgia's president"), or
        another country named with it in a list ("Georgia and Ukraine", "Jordan, Syria")?"""
        nouns = _COUNTRY_NOUNS[kind]
        if re.search(r"\b(?i:" + nouns + r")[ \t]+of[ \t]+(?:the[ \t]+)?$", text[max(0, q["start"] - 40):q["start"]]) \
                and not re.match(r"[ \t]+[A-Z]", text[q["end"]:]) \
                or re.match(r"['\u2019]s?[ \t]+(?i:" + nouns + r")\b", text[q["end"]:]) \
                and not re.search(r"[A-Z][\w.'-]*[ \t]+of[ \t]+$", text[max(0, q["start"] - 40):q["start"]]):
            return True     # (not the name's end: "University of Georgia's president")
        joint = re.compile(r"(?:,[ \t]*(?:(?:and|or)[ \t]+)?|[ \t]+(?:and|or|&)[ \t]+)")
        return any(o["actor_type"] == "state" and o["actor"] != q["actor"]
                   and (joint.fullmatch(text[q["end"]:o["start"]]) or joint.fullmatch(text[o["end"]:q["start"]]))
                   for o in rows)

    out = []
    for r in rows:
        if r["actor_type"] != "state" or r["match"] not in ("name", "capital") or " " in r["text"]:
            out.append(r)
            continue
        entry = d.actors.get(r["actor"], {})
        if r["actor"] in namesakes:
            us, capital, loose = namesakes[r["actor"]]
            signs = [x for x in entry.get("demonyms", ()) if x] + [capital]
            if (us.search(text) or _city_of_state_anywhere(text)
                    or (loose.search(text) and not any(q["actor_type"] == "state" and q["actor"] != r["actor"]
                                                       for q in rows))) \
                    and not re.search(r"\b(?:" + "|".join(map(re.escape, signs)) + r")s?\b", text) \
                    and not any(q["actor"] == r["actor"] and q["match"] == "name" and country_sign(q, "us_state")
                                for q in rows):
                continue
        key = _norm(r["text"])
        if key in surnames and r["actor"] != surnames[key]:
            dem = [x for x in entry.get("demonyms", ()) if x]
            a = next((k for k in range(tk.n) if tk.start[k] == r["start"]), None)
            capital = _NAMESAKE_CAPITALS.get(r["actor"])
            sentence = re.split(r"[.!?\n]", text[:r["start"]])[-1] + re.split(r"[.!?\n]", text[r["start"]:])[0]
            seat = r["match"] == "capital"     # "Washington": the seat of government speaks for it
            if a is not None and not (a > 0 and _locative_before(tk, a)) and not tk.raw[a].isupper() \
                    and not (not seat and dem and re.search(r"\b(?:" + "|".join(map(re.escape, dem)) + r")s?\b", text)) \
                    and not (capital and re.search(r"\b" + re.escape(capital) + r"\b", sentence)) \
                    and not (seat and _SEAT_SPEAKS.match(text, r["end"])) \
                    and not country_sign(r, "person"):
                out.append({"actor": surnames[key], "actor_type": "person", "country": None, "text": r["text"],
                            "start": r["start"], "end": r["end"], "in_dictionary": False, "match": "surname",
                            "resolution": "document", "role": _role_before(tk, a, d)})
                continue
        out.append(r)
    return out


def _name_heads(tk: _Tokens, rows, lowercase_words=frozenset()) -> dict:
    """{last word: the name's words, space-joined} of the document's multi-word capitalised names
    that are no person found in it ("villa": "aston villa", "united": "manchester united"): news
    shortens a club's or a body's name to that word ("Villa scored twice"), so the word alone in
    the document stands for that name and links to a person named in another document only when
    that person has this very name ("Rishi Sunak visited ... Sunak"), never to another ("David
    Villa"; ``link_mentions``). Not a word after a title ("President Clinton") and not one
    inside a person mention of the document; a sentence's first word that is a function word
    or written in lower case elsewhere ("But Swift's ...") is no part of a name."""
    persons = [(r["start"], r["end"]) for r in rows if r["actor_type"] == "person"]
    out = {}
    for j in tk.caps:
        if j and tk.cap[j - 1] and tk.join[j - 1] and tk.norm[j - 1] not in TITLE_WORDS \
                and not tk.is_initial(j - 1) and not any(s <= tk.start[j] < e for s, e in persons):
            k = j - 1
            while k > 0 and tk.cap[k - 1] and tk.join[k - 1] and tk.norm[k - 1] not in TITLE_WORDS:
                k -= 1
            if _sentence_initial(tk, k) and (tk.norm[k] in _RUN_OPENERS or tk.norm[k] in lowercase_words):
                k += 1
            if k < j:
                out.setdefault(tk.norm[j], " ".join(tk.norm[k:j + 1]))
    return out


_POSSESSIVE_DAY_NOUNS = frozenset(_lex.word_list("possessive_day_nouns.txt"))   # "New Year's Eve"


def _linkable(tk: _Tokens, i: int) -> bool:
    """May a lone capitalised word at token i be linked to a full name given in another
    document? Not after a place preposition ("a hospital in Ashford", "in rural Yorkshire"
    is one word further and stays linkable only by other documents' evidence), not after a
    number ("a Boeing 737 Max") and not before "&" ("Simon & Schuster")."""
    if i > 0 and not tk.cap[i - 1] and tk.norm[i - 1] in _PLACE_PREPOSITIONS and not tk.poss[i] \
            and re.fullmatch(r"[ \t]+", tk.text[tk.end[i - 1]:tk.start[i]]):
        return False
    if i > 0 and tk.raw[i - 1][:1].isdigit() and re.fullmatch(r"[ \t]+", tk.text[tk.end[i - 1]:tk.start[i]]):
        return False
    if i > 1 and tk.poss[i - 1] and tk.cap[i - 1] and tk.cap[i - 2] and tk.join[i - 2] \
            and tk.norm[i] in _POSSESSIVE_DAY_NOUNS | _POSSESSIVE_PLACE_NOUNS \
            and re.fullmatch(r"[ \t]+", tk.text[tk.end[i - 1]:tk.start[i]]):
        return False    # "New Year's Eve", "St Patrick's Day": the word names what a longer name's
        # possessive owns, a day or a place, not a person of another document ("Manchester
        # United's Rooney" still links; round 16, fix16a)
    return not tk.gap(i).strip() == "&"


def _spelling_variants(names: list) -> dict:
    """{variant: spelling kept} for full names of one document that share their given names
    and differ only in a surname spelt a letter or two differently (similarity >= 0.8 of
    difflib's ratio, same first letter, six letters or more: not "Smith" and "Smyth"). The spelling written more
    often wins, then the one written first."""
    count, first = {}, {}
    for k, nm in enumerate(names):
        count[nm] = count.get(nm, 0) + 1
        first.setdefault(nm, k)
    full = [nm for nm in first if len(nm.split()) >= 2]
    out = {}
    for x in full:
        for y in full:
            if x == y:
                continue
            xs, ys = _norm(x).split(), _norm(y).split()
            if len(xs) != len(ys) or xs[:-1] != ys[:-1] or xs[-1] == ys[-1] or xs[-1][0] != ys[-1][0] \
                    or min(len(xs[-1]), len(ys[-1])) < 6:
                continue
            if difflib.SequenceMatcher(None, xs[-1], ys[-1]).ratio() < 0.8:
                continue
            keep = min((x, y), key=lambda nm: (-count[nm], first[nm]))
            out[x if keep == y else y] = keep
    return out


_INSTITUTION_HEADS = frozenset(_lex.word_list("org_heads_institutions.txt"))   # "Post Office", "Leeds United"
_COMPANY_FORMS = frozenset(_lex.word_list("company_forms.txt"))   # "Inc", "Corp", "Co", "Ltd", "plc", "NV"
# a company's legal form ends its name as a head noun does ("North Aegean Petroleum Co", "Philips NV")
_ORG_HEADS = frozenset(_lex.word_list("org_heads.txt")) | _INSTITUTION_HEADS | _COMPANY_FORMS
_ORG_LINKS = {"of", "for", "and", "on", "&"}
_EPONYMOUS_HEADS = frozenset(_lex.word_list("eponymous_org_heads.txt"))
_NAMES_BEFORE_A_COUNTRY = frozenset(_lex.word_list("names_before_a_country.txt"))   # "Copa America"
_STATE_RELATION_NOUNS = frozenset(_lex.word_list("state_relation_nouns.txt"))   # "US ally Jordan"
_COMPETITION_HEADS = frozenset(_lex.word_list("competition_heads.txt"))   # "in the Champions League"
_COMPETITION_CONTEXT = frozenset(_lex.word_list("competition_context_nouns.txt"))   # "... League final"
_VENUE_CENTRE_MODIFIERS = frozenset(_lex.word_list("venue_centre_modifiers.txt"))   # "Community Center"
_PORTFOLIO_BODIES = frozenset(_lex.word_list("portfolio_bodies.txt"))   # "the Foreign Ministry"
_PORTFOLIO_BODY_HEADS = frozenset(w for w in _PORTFOLIO_BODIES if ":" not in w)
_NOT_PORTFOLIOS = frozenset(w[4:] for w in _PORTFOLIO_BODIES if w.startswith("not:"))
_COUNT_NOUNS_AFTER_NUMBER = frozenset(_lex.word_list("count_nouns_after_number.txt"))   # "21 times"
#: verbs of speaking whose subject is a body or a person, never a building ("the Women's Media
#: Center criticised ...", "... Center said"): reporting verbs and speech_act_verbs.txt (round 15)
_SPOKEN_BY_A_BODY = frozenset(SPEECH_VERBS | set(_lex.word_list("speech_act_verbs.txt")))
_COLLECTIVE_DEMONYM_ENDINGS = _lex.word_list("collective_demonym_endings.txt")   # "the Chinese", "the French"
_CONDITION_HEADS = frozenset(_lex.word_list("condition_heads.txt"))   # "... Pulmonary Disease (COPD)"
_POSSESSIVE_PLACE_NOUNS = frozenset(_lex.word_list("possessive_place_nouns.txt"))   # "Harry's House"
_ORG_CUES = _lex.word_list("org_cues.txt")
_ORG_CUES_BEFORE = frozenset(w for w in _ORG_CUES if not w.startswith(("after:", "kind:", "acronym", "appositive", "poss:")))
_ORG_CUES_POSS = frozenset(w[5:] for w in _ORG_CUES if w.startswith("poss:"))   # "Acme's shares"
_ORG_APPOSITIVE_OF = frozenset(w[14:] for w in _ORG_CUES if w.startswith("appositive-of:"))   # "a maker of"
_AGENT_NOUNS_OF_PEOPLE = frozenset(_lex.word_list("agent_nouns_of_people.txt"))   # "Patel, the owner"
_ORG_APPOSITIVE = frozenset(w[11:] for w in _ORG_CUES if w.startswith("appositive:")) | _ORG_APPOSITIVE_OF
#: words that may follow the head noun of such an appositive ("a software company based in ...")
_APPOSITIVE_NEXT = frozenset(("that", "which", "whose", "based", "headquartered", "with", "in", "for",
                              "owned", "run", "headed", "founded", "set", "formed", "created", "backed"))
_ORG_CUES_ACRONYM = frozenset(w[8:] for w in _ORG_CUES if w.startswith("acronym:"))   # "the CPM leader"
_ORG_CUES_ACRONYM_OF = frozenset(w[11:] for w in _ORG_CUES if w.startswith("acronym-of:"))   # "a delegation of the MGP"
_ORG_CUES_AFTER = frozenset(w[6:] for w in _ORG_CUES if w.startswith("after:"))
_ORG_CUES_FOR = frozenset(w[4:] for w in _ORG_CUES if w.startswith("for:"))   # "a spokesperson for Acme"
_ORG_CUES_BEFORE = _ORG_CUES_BEFORE - {"for:" + w for w in _ORG_CUES_FOR}
_TELLING_VERBS = frozenset(_lex.word_list("recipient_reporting_verbs.txt"))   # "told Herald"
_MASTHEAD_WORDS = frozenset(_lex.word_list("masthead_words.txt"))   # "the Star", "Herald"
_WEB_PAGE_LABELS = frozenset(_lex.word_list("web_page_labels.txt"))   # "WATCH President ...": no body
_ORG_CUE_WORDS = _ORG_CUES_BEFORE | _ORG_CUES_AFTER | _ORG_CUES_ACRONYM | _ORG_CUES_POSS | {"for", "chief", "of"} \
    | _TELLING_VERBS   # what _cued_organisations' loop looks at
_ORG_CUES_KIND = frozenset(w[5:] for w in _ORG_CUES if w.startswith("kind:"))   # "the Tanjug news agency"
_EVENT_NOUNS = frozenset(_lex.word_list("event_nouns.txt"))     # "the Sydney Test", "the Davis Cup"
_SERIES_NOUNS = frozenset(_lex.word_list("series_nouns.txt"))   # "our CEO Secrets series"
_ORDINAL_WORDS = frozenset(_lex.word_list("ordinal_words.txt"))   # "Wales' first Urban Games"


def _after_ordinal(tk: _Tokens, i: int) -> bool:
    """Is token i written right after a lower-case ordinal ("first", "second", "12th")? A
    name there is an edition of an event or series ("Wales' first Urban Games", "her second
    Games", "the 12th Grace Hopper lecture"), not a person."""
    if i <= 0 or tk.cap[i - 1] or not re.fullmatch(r"[ \t]+", tk.text[tk.end[i - 1]:tk.start[i]]):
        return False
    w = tk.norm[i - 1]
    return w in _ORDINAL_WORDS or re.fullmatch(r"\d+(?:st|nd|rd|th)", w) is not None


def _after_saint(tk: _Tokens, i: int) -> bool:
    """Is token i written right after a capitalised "St", "St." or "Saint"? A name there is a
    saint's, which in news names a place, a church, a school or a team ("St. Louis Blues",
    "St Kilda", "St. John's"), not the person the given name would suggest."""
    if i <= 0 or not tk.cap[i - 1] or tk.norm[i - 1] not in ("st", "saint", "ste"):
        return False
    return re.fullmatch(r"\.?[ \t]+", tk.text[tk.end[i - 1]:tk.start[i]]) is not None


_ACRONYM_IN_BRACKETS = re.compile(r"[ \t]*\(([A-Z][A-Za-z&]{1,7})\)")


_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)]*\s")


def _nickname_variants(counts: dict, fixed=frozenset()) -> dict:
    """{full name: the full name it stands for} for one person written with a given name and
    its nickname ("Steve Barclay" / "Stephen Barclay"): full names with the same rest of the name
    whose given names are all nickname variants of one another (the ``nicknames`` list), when no
    other given name with that surname is in ``counts`` (a "Jack Smith" beside "John Smith" and
    "Jane Smith" stays apart). The form counted most (then the longer, then the first) names
    them, or the one of them in ``fixed`` (the dictionary's); none when two are fixed."""
    groups = {}
    for name in counts:
        w = name.split()
        if len(w) < 2 or len(w[0]) < 3 or w[0].endswith(".") or not w[0][1:].islower():
            continue
        groups.setdefault(" ".join(_norm(x) for x in w[1:]), {}).setdefault(_norm(w[0]), []).append(name)
    out = {}
    for by_given in groups.values():
        if len(by_given) < 2:
            continue
        givens = list(by_given)
        if not all(_lex.given_name_variants(x, y) for k, x in enumerate(givens) for y in givens[k + 1:]):
            continue
        names = [nm for g in givens for nm in by_given[g]]
        pinned = [nm for nm in names if nm in fixed]
        if len(pinned) > 1:
            continue
        order = {nm: k for k, nm in enumerate(counts)}
        target = pinned[0] if pinned else max(names, key=lambda nm: (counts[nm], len(nm.split()[0]), -order[nm]))
        out.update({nm: target for nm in names if nm != target})
    return out


def _org_row(tk: _Tokens, i: int, b: int, name=None, match="name") -> dict:
    s, e = tk.start[i], tk.bend[b - 1]
    return {"actor": name or " ".join(tk.text[s:e].split()), "actor_type": "organization", "country": None,
            "text": tk.text[s:e], "start": s, "end": e, "in_dictionary": False, "match": match,
            "resolution": "document", "role": None}


def _known_organisation(d: ActorDictionary, row: dict) -> dict:
    """An organisation found by its head noun or a cue whose whole name is the name or an alias
    of one organisation of the dictionary or gazetteers is that entry ("Associated Press By Curt
    Anderson": the byline's capitalised "By" kept the dictionary from matching, and the same
    agency became a second actor without its country)."""
    hits = {x for kind, x in d.lookup(_key(row["actor"])) if kind == "name" and x in d.actors
            and d.actors[x]["type"] == "organization"}
    if len(hits) != 1:
        return row
    actor = hits.pop()
    return {**row, **d.info(actor), "in_dictionary": d.actors[actor].get("source") not in _GAZETTEER,
            "resolution": "dictionary"}


def _cap_run(tk: _Tokens, i: int, covered, limit: int = 5) -> int:
    """End of the capitalised run (with of/for/and/& between capitals) starting at token i."""
    n, b = tk.n, i
    while b < n and not covered[b] and (b == i or tk.join[b - 1]) and b - i < limit:
        if tk.cap[b] or (b > i and tk.raw[b][:1].isdigit()):
            b += 1
            if tk.poss[b - 1]:
                break
        elif tk.norm[b] in _ORG_LINKS and b + 1 < n and tk.cap[b + 1] and tk.join[b] and b > i:
            b += 1
        else:
            break
    while b > i and not tk.cap[b - 1] and not tk.raw[b - 1][:1].isdigit():
        b -= 1
    return b


def _place_key(tk: _Tokens, i: int, b: int) -> bool:
    key = tuple(tk.norm[i:b])
    return key in _country_keys() or key in _region_keys() or (b - i == 1 and tk.norm[i] in _CITIES) \
        or (b - i == 2 and tk.raw[i] in _NAME_OPENING_ABBREVIATIONS and tk.gap(i)[:1] == ".")   # "a St. Louis company"


def _cue_acronym(tk: _Tokens, a: int, covered) -> bool:
    """Is token a an acronym in capitals (2-6 letters) that an organisation cue may take: no
    title ("PM", "CEO"), not covered, not defined in brackets (that rule gives the full name)?"""
    return 0 <= a < tk.n and not covered[a] and 2 <= len(tk.raw[a]) <= 6 and tk.raw[a].isalpha() \
        and tk.raw[a].isupper() and tk.norm[a] not in TITLE_WORDS and f"({tk.raw[a]})" not in tk.text


def _masthead_word_of_a_name(tk: _Tokens, j: int) -> bool:
    """Is the masthead word j ("Sun", "Star", "Post") written elsewhere in the text inside a run of
    two or more capitalised words that is no outlet's name ("Sun Yang", "Vice Premier Sun
    Chunlan", not "the Deccan Herald"), or is it a person's surname there ("Mr Post")? Then "told
    Sun" speaks to that person, not to a paper (fix16b)."""
    w = tk.norm[j]
    for m in range(tk.n):
        if m == j or tk.norm[m] != w or not tk.cap[m]:
            continue
        b = m
        while b + 1 < tk.n and tk.join[b] and tk.cap[b + 1]:
            b += 1
        a = m
        while a > 0 and tk.join[a - 1] and tk.cap[a - 1] and tk.norm[a - 1] not in _RUN_OPENERS:
            a -= 1
        if b > a and tk.norm[b] not in _MASTHEAD_WORDS and tk.norm[b] not in _MASTHEAD_ENDS:
            return True
    return _a_persons_surname(tk, j)


def _acronym_modifies_a_noun(tk: _Tokens, a: int) -> bool:
    """Is the acronym a followed by a lower-case noun it describes ("members of the LGBT community",
    "the ICU team")? A lower-case word joined by a space after it counts unless it is a function
    word, a verb of saying, an auxiliary or a kind of organisation ("the RMT union") (fix16b)."""
    if a + 1 >= tk.n or tk.gap(a) != " " or tk.cap[a + 1] or not tk.raw[a + 1].isalpha():
        return False
    w = tk.norm[a + 1]
    return not (w in NAME_STOPWORDS or w in _AUX_VERBS or w in _ORG_CUES_KIND or w in SPEECH_VERBS
                or w.endswith("ed"))


def _cued_organisations(tk: _Tokens, covered, org_words) -> list:
    """Names that a kind-of-organisation noun introduces ("investment firm Centerview
    Partners", "US firm Parker", "farmers' union NFU Cymru") or that a company role follows
    ("JCB boss", "Sports Direct founder"), and their other uses in the document. A run after
    such a noun that opens with a known given name and has two words or more is left to the
    person rules ("broadcaster Piers Morgan"); so is a place ("Scotland boss")."""
    n, out, keys = tk.n, [], {}

    def take(i, b, before=True):
        if b <= i or any(covered[i:b]) or tk.norm[i] in _RUN_OPENERS \
                or _TITLES.get(tk.norm[i], ("",))[0] in ("honorific", "title") \
                or all(tk.norm[k] in TITLE_WORDS for k in range(i, b)) \
                or (b - i == 1 and tk.norm[i] in NAME_STOPWORDS) or _place_key(tk, i, b):
            return
        if before and b - i >= 2 and _given(tk.raw[i]) is not None:
            return
        out.append(_org_row(tk, i, b))
        keys[tuple(tk.norm[i:b])] = out[-1]["actor"]
        for k in range(i, b):
            covered[k] = True
            if tk.norm[k] not in _ORG_LINKS:
                org_words.add(tk.norm[k])

    # only the words a branch below starts from (a branch with a new cue word adds it to _ORG_CUE_WORDS)
    for k in [k for k, w in enumerate(tk.norm[:n - 1]) if w in _ORG_CUE_WORDS]:
        if not tk.cap[k] and tk.norm[k] in _ORG_CUES_BEFORE and tk.join[k] and not tk.poss[k] \
                and tk.cap[k + 1] and not covered[k + 1]:
            take(k + 1, _cap_run(tk, k + 1, covered))
        elif k > 0 and tk.norm[k] == "for" and not tk.cap[k] and tk.norm[k - 1] in _ORG_CUES_FOR \
                and not tk.cap[k - 1] and tk.join[k - 1] and tk.join[k] and tk.cap[k + 1] \
                and not covered[k + 1]:
            b = _cap_run(tk, k + 1, covered)      # "a spokesperson for Hobbycraft said"; not "for
            if not any(_a_persons_surname(tk, j) or _TITLES.get(tk.norm[j], ("",))[0] in ("honorific", "title")
                       for j in range(k + 1, b)) \
                    and not (b == k + 2 and f"({tk.raw[k + 1]})" in tk.text):   # (Prime Minister) Rishi
                take(k + 1, b)      # Sunak"; an acronym defined in brackets is left to that rule
        elif k > 0 and not tk.cap[k] and tk.join[k - 1] and tk.cap[k - 1] and not covered[k - 1] and (
                tk.norm[k] in _ORG_CUES_AFTER
                or (tk.norm[k] == "chief" and tk.norm[k + 1] == "executive" and "chief executive" in _ORG_CUES_AFTER)):
            i = k - 1
            while i > 0 and tk.cap[i - 1] and tk.join[i - 1] and not covered[i - 1] and k - i < 4:
                i -= 1
            while i < k and tk.norm[i] in _RUN_OPENERS and _sentence_initial(tk, i):
                i += 1
            if i < k and not tk.poss[k - 1]:
                take(i, k, before=False)
        elif k > 0 and not tk.cap[k] and tk.poss[k - 1] and tk.cap[k - 1] and not covered[k - 1] \
                and tk.gap(k - 1) == " " and (tk.norm[k] in _ORG_CUES_POSS or (
                    tk.norm[k] == "chief" and tk.norm[k + 1] == "executive" and "chief executive" in _ORG_CUES_POSS)):
            i = k - 1   # "Dunvale's shares", "Acme's chief executive": a body's possessions
            while i > 0 and tk.cap[i - 1] and tk.join[i - 1] and not covered[i - 1] and k - i < 4:
                i -= 1
            while i < k and tk.norm[i] in _RUN_OPENERS and _sentence_initial(tk, i):
                i += 1
            if i < k and not any(_a_persons_surname(tk, x) or tk.norm[x] in _DAYS or tk.norm[x] in _MONTHS
                                 for x in range(i, k)) \
                    and not (k - i == 1 and (tk.norm[i] in _ORG_HEADS or f"({tk.raw[i]})" in tk.text)) \
                    and _given(tk.raw[i]) is None \
                    and not any(tk.norm[j:j + k - i] == tk.norm[i:k] and j + k - i < n
                                and tk.norm[j + k - i] in _COMPANY_FORMS for j in range(n - (k - i))):
                take(i, k, before=False)    # (an acronym defined in brackets, or a name written with
                # its legal form, is left to those rules, which give the full name)
        elif tk.norm[k] in _TELLING_VERBS and not tk.cap[k] and tk.join[k]:
            j = k + 2 if tk.norm[k + 1] == "the" and k + 2 < n and tk.join[k + 1] else k + 1
            if tk.cap[j] and tk.norm[j] in _MASTHEAD_WORDS and not covered[j] \
                    and not (j + 1 < n and tk.join[j] and tk.cap[j + 1]) \
                    and not _masthead_word_of_a_name(tk, j) \
                    and not (j == k + 1 and j + 1 < n and tk.gap(j) == " " and not tk.cap[j + 1]
                             and tk.norm[j + 1].removesuffix("s") in TITLE_WORDS):
                take(j, j + 1, before=False)   # "Kamat told Herald that", "she told the Star"; not
                # "told Sun" after "Sun Yang", nor "told Independent councillors" (a status)
        elif k > 1 and tk.norm[k] == "of" and tk.norm[k - 1] in _ORG_CUES_ACRONYM_OF and tk.join[k - 1] \
                and not tk.cap[k - 1]:
            a = k + 2 if tk.norm[k + 1] == "the" and k + 2 < n and tk.join[k + 1] else k + 1
            if tk.join[k] and _cue_acronym(tk, a, covered) and not (a + 1 < n and tk.join[a] and tk.cap[a + 1]) \
                    and not _acronym_modifies_a_noun(tk, a):
                take(a, a + 1, before=False)   # "a delegation of the MGP", "members of the NRA";
                # not "members of the LGBT community" (an acronym before its noun is an adjective)
        elif k > 0 and tk.norm[k] in _ORG_CUES_ACRONYM and (not tk.cap[k] or _TITLES.get(tk.norm[k], ("",))[0] == "title"):
            a = k - 1   # "CPM leader", "RSP members", "GPCC President", "UGDP's acting president"
            if a > 0 and _TITLES.get(tk.norm[a], ("",))[0] == "modifier" and not tk.cap[a] and tk.poss[a - 1]:
                a -= 1
            if tk.gap(a) == " " and _cue_acronym(tk, a, covered) \
                    and not (a > 0 and tk.cap[a - 1] and tk.join[a - 1] and tk.norm[a - 1] not in _RUN_OPENERS) \
                    and not (tk.cap[k] and (tk.norm[a] in NAME_STOPWORDS or tk.norm[a] in _WEB_PAGE_LABELS)):
                take(a, a + 1, before=False)   # a party's acronym (one defined in brackets is left
                # to that rule, which gives its full name)
    return out + _repeated_names(tk, covered, keys)


_CLAUSE_OPENERS = frozenset(("that", "because", "since", "while", "and", "but", "as", "although", "though"))


def _nationality_words(d) -> frozenset:
    """Words of nationality ("English", "Welsh", "French": the demonyms of the dictionary and the
    marks of ``person_demonyms.csv``), which alone are an adjective, not the surname of a person
    another document names in full ("Elle English", "Dawn French")."""
    words = {_norm(w.strip()) for r in _lex._rows("person_demonyms.csv") for w in (r.get("marks") or "").split(";")}
    words |= {_norm(x) for e in d.actors.values() for x in e.get("demonyms", ())}
    return frozenset(w for w in words if w and " " not in w)


@lru_cache(maxsize=1)
def _country_last_words() -> frozenset:
    """Last words of country names of two words or more ("Korea", "Arabia", "Africa"): alone
    they name the place ("Korea is a massive exporter"), not a body."""
    return frozenset(k[-1] for k in _country_keys() if len(k) > 1)


def _appositive_organisations(tk: _Tokens, covered, org_words) -> list:
    """Capitalised names that an appositive or a copula's complement calls a kind of body
    ("Mandrake Systems, a Boston-based software company, said", "Sportscotland is the national
    agency for sport"; head nouns: the ``appositive:`` entries of ``org_cues.txt``), and their
    other uses in the document. The head noun must close its noun phrase (punctuation, the end,
    or a word of ``_APPOSITIVE_NEXT``; "of" only after a maker's or a unit's noun), so "Smith, a
    bank manager", "On Tuesday, the company said" and "a group of protesters" name no body;
    after "the" the appositive must be closed by punctuation. Not a place, a person (a run
    opening with a known given name, a person's surname) or a title; and a one-word name before
    an agent noun that names people as often (``agent_nouns_of_people.txt``: "Patel, the owner,
    said", "Jones, the publisher")."""
    n, out, keys = tk.n, [], {}
    for k in [k for k, w in enumerate(tk.norm) if w in _ORG_APPOSITIVE and k >= 2]:
        if tk.cap[k] or covered[k] or tk.poss[k]:
            continue
        closed = k == n - 1 or not tk.join[k]
        if not (closed or tk.norm[k + 1] in _APPOSITIVE_NEXT
                or (tk.norm[k + 1] == "of" and tk.norm[k] in _ORG_APPOSITIVE_OF)):
            continue
        j = k - 1       # back over up to four modifiers to the article
        while j > 0 and k - j <= 4 and tk.join[j] and tk.norm[j] not in ("a", "an", "the") \
                and not tk.poss[j] and tk.norm[j] not in _ORG_LINKS:
            j -= 1
        if tk.norm[j] not in ("a", "an", "the") or not tk.join[j] or j < 1:
            continue
        if re.fullmatch(r"[ \t]*,[ \t]*", tk.gap(j - 1)) and not tk.poss[j - 1] \
                and (closed or tk.norm[j] != "the"):
            e = j               # "X, a ... company"
        elif tk.norm[j - 1] in ("is", "was") and j >= 2 and tk.join[j - 1] and tk.join[j - 2] \
                and not tk.poss[j - 2]:
            e = j - 1           # "X is the national agency" (X the clause's subject, below)
        else:
            continue
        if not tk.cap[e - 1] or covered[e - 1]:
            continue
        i = e - 1
        while i > 0 and e - i < 5 and not covered[i - 1] and tk.join[i - 1] and not tk.poss[i - 1] and (
                tk.cap[i - 1] or (tk.norm[i - 1] in _ORG_LINKS and i > 1 and tk.cap[i - 2] and tk.join[i - 2])):
            i -= 1
        while i < e and (tk.norm[i] in _RUN_OPENERS or tk.norm[i] in _PREPOSITIONS) and _sentence_initial(tk, i):
            i += 1
        x = next((x for x in range(i + 1, e - 1) if tk.norm[x] == "of"), None)
        if x is not None and ((x - i >= 2 and _given(tk.raw[i]) is not None) or _a_persons_surname(tk, x - 1)):
            i = x + 1   # "Katya Malofeeva of Renaissance Capital, an investment bank": the person's body
        p = i - 1 - (i > 0 and tk.norm[i - 1] == "the")
        if e == j - 1 and not (p < 0 or _sentence_initial(tk, p + 1) or "," in tk.gap(p)
                               or tk.norm[p] in _CLAUSE_OPENERS):
            continue    # "the benefits of the Industrial Revolution was a ...": no subject
        if i == e or (i > 0 and tk.join[i - 1] and tk.cap[i - 1]) \
                or (e - i == 1 and tk.norm[k] in _AGENT_NOUNS_OF_PEOPLE) \
                or (e - i == 1 and tk.norm[i] in _country_last_words()) \
                or any(_a_persons_surname(tk, x) for x in range(i, e)) \
                or (e - i == 1 and (tk.norm[i] in NAME_STOPWORDS or tk.norm[i] in TITLE_WORDS)) \
                or (e - i >= 2 and _given(tk.raw[i]) is not None) \
                or _TITLES.get(tk.norm[i], ("",))[0] in ("honorific", "title") \
                or all(tk.norm[x] in TITLE_WORDS for x in range(i, e)) or _place_key(tk, i, e) \
                or tk.norm[e - 1].endswith(("ish", "ian", "ese")):
            continue
        out.append(_org_row(tk, i, e))
        keys.setdefault(tuple(tk.norm[i:e]), out[-1]["actor"])
        for x in range(i, e):
            covered[x] = True
            if tk.norm[x] not in _ORG_LINKS:
                org_words.add(tk.norm[x])
    return out + _repeated_names(tk, covered, keys)


def _a_persons_surname(tk: _Tokens, i: int) -> bool:
    """Is the capitalised word i a person's: a known given name, followed by a capitalised word
    ("Boris Johnson"), or written elsewhere in the text right after a known given name or an
    honorific ("a spokesman for Johnson" after "Boris Johnson" or "Mr Johnson")?"""
    if _given(tk.raw[i]) in ("m", "f") and i + 1 < tk.n and tk.join[i] and tk.cap[i + 1]:
        return True
    w = tk.norm[i]
    return any(tk.norm[j] == w and j > 0 and tk.join[j - 1] and tk.cap[j - 1]
               and (_given(tk.raw[j - 1]) in ("m", "f")
                    or _TITLES.get(tk.norm[j - 1], ("",))[0] in ("honorific", "title"))
               for j in range(tk.n))


def _repeated_names(tk: _Tokens, covered, keys: dict) -> list:
    """Other uses in the document of organisation names found by a cue: {token tuple: actor}."""
    n, out = tk.n, []
    if not keys:
        return out
    longest = max(len(k) for k in keys)
    for i in tk.caps:     # (the others were skipped)
        if covered[i] or not tk.cap[i]:
            continue
        for L in range(min(longest, n - i), 0, -1):
            key = tuple(tk.norm[i:i + L])
            if key in keys and not any(covered[i:i + L]) \
                    and all(tk.cap[k] or tk.norm[k] in _ORG_LINKS or tk.norm[k] == "the" for k in range(i, i + L)) \
                    and all(tk.join[k] or tk.norm[k + 1] in _ORG_LINKS for k in range(i, i + L - 1)) \
                    and not (i + L < n and tk.join[i + L - 1] and tk.cap[i + L] and not tk.poss[i + L - 1]
                             and tk.norm[i + L] not in _DAYS) \
                    and not (i > 0 and tk.join[i - 1] and tk.cap[i - 1] and not _sentence_initial(tk, i)
                             and not (tk.norm[i - 1] in ("the", "a", "an") and _sentence_initial(tk, i - 1))):
                # "Dayton Hudson Thursday night met", "A Dayton Hudson spokeswoman": the name alone
                out.append(_org_row(tk, i, i + L, keys[key]))
                for k in range(i, i + L):
                    covered[k] = True
                break
    return out


def _bracketed_acronyms(tk: _Tokens, covered, acr) -> list:
    """A capitalised name followed by an acronym in brackets made of its initials ("National
    Records of Scotland (NRS)", "Redfern Legal Centre (RLC)") is an organisation."""
    out, keys = [], {}
    # the pattern's matches by where they start: one scan of the text instead of a match tried
    # at every token's end (the same matches there: a word character precedes a token's end,
    # so no match that starts earlier covers it)
    hits = {m.start(): m for m in _ACRONYM_IN_BRACKETS.finditer(tk.text)} if "(" in tk.text else None
    if not hits:
        return out
    for k in range(tk.n):
        m = hits.get(tk.bend[k])
        if not m or not tk.cap[k] or covered[k] or tk.poss[k] or tk.norm[k] in _CONDITION_HEADS:
            continue    # (a disease's name is no body: "Sudden Infant Death Syndrome (SIDS)")
        letters = [c for c in m.group(1).upper() if c.isalpha()]
        if len(letters) < 2 or sum(c.isupper() for c in m.group(1)) < 2 and len(letters) < 3:
            continue
        caps, i = [], k
        while i >= 0 and not covered[i] and len(caps) < len(letters):
            if tk.cap[i]:
                caps.append(i)
            elif tk.norm[i] not in _ORG_LINKS and tk.norm[i] != "the":
                break
            if i == 0 or not tk.join[i - 1]:
                break
            i -= 1
        if len(caps) != len(letters) or [tk.raw[j][0].upper() for j in reversed(caps)] != letters:
            continue
        a = caps[-1]
        if all(tk.norm[j] in TITLE_WORDS for j in caps) or (_given(tk.raw[a]) is not None and len(caps) <= 3
                                                          and not any(tk.norm[j] in _ORG_NAME_ENDS for j in caps)):
            continue    # "Chief Executive (CE)"; "John Smith (JS)": no organisation
        out.append(_org_row(tk, a, k + 1))
        acr[m.group(1)] = out[-1]["actor"]
        keys[tuple(tk.norm[a:k + 1])] = out[-1]["actor"]
        for j in range(a, k + 1):
            covered[j] = True
    return out + _repeated_names(tk, covered, keys)


def _kind_and_short_names(tk: _Tokens, covered, org_rows) -> list:
    """Organisations named before a noun of their kind ("the official Tanjug news agency",
    "the Acme unit said"), and the short forms of companies found with a legal form
    ("Berkey Inc" ... "Berkey", "International Minerals and Chemical Corp" ... "International
    Minerals"), with their other uses in the document. Runs after the dictionary's demonyms and
    places are covered: "the Dutch company", "the Texas company" name no organisation."""
    n, out, keys = tk.n, [], {}
    forms = [r for r in org_rows if _norm(r["text"].rsplit(None, 1)[-1]) in _COMPANY_FORMS and " " in r["text"]]
    starts = {tk.start[k]: k for k in range(n)} if forms else {}
    for r in forms:
        i = starts.get(r["start"])
        if i is None:
            continue
        b = i
        while b < n and tk.start[b] < r["end"]:
            b += 1
        if b - i < 2 or tk.norm[b - 1] not in _COMPANY_FORMS:
            continue
        e = b - 1
        while e > i and (tk.norm[e - 1] in _COMPANY_FORMS or tk.norm[e - 1] in _ORG_LINKS):
            e -= 1      # "Smith Barney & Co Inc" -> "Smith Barney"
        if e == i or not all(tk.join[k] for k in range(i, e - 1)):
            continue
        if e - i > 1 or (tk.norm[i] not in NAME_STOPWORDS and _given(tk.raw[i]) is None
                         and not _place_key(tk, i, e) and not any(
                             tk.norm[j] == tk.norm[i] and tk.join[j - 1] and tk.cap[j - 1]
                             and tk.norm[j - 1] not in _RUN_OPENERS
                             and (_given(tk.raw[j - 1]) in ("m", "f") and tk.norm[j - 1] not in NAME_STOPWORDS
                                  or _TITLES.get(tk.norm[j - 1], ("",))[0] in ("honorific", "title"))
                             for j in range(1, n))):     # "Carl Vennick" ... "Vennick Inc"
            keys.setdefault(tuple(tk.norm[i:e]), r["actor"])
        link = next((k for k in range(i + 1, e) if tk.norm[k] in ("and", "&")), None)
        if link is not None and link - i >= 2:
            keys.setdefault(tuple(tk.norm[i:link]), r["actor"])   # "International Minerals"
    for k in [k for k, w in enumerate(tk.norm) if w in _ORG_CUES_KIND and 0 < k < n - 1]:
        if tk.cap[k] or not tk.join[k - 1]:
            continue
        j = k - 1 if tk.norm[k - 1] == "news" and not tk.cap[k - 1] and tk.norm[k] == "agency" else k
        b, i = j, j
        while i > 0 and not covered[i - 1] and tk.join[i - 1] and b - i < 4 and (tk.cap[i - 1] or (
                tk.norm[i - 1] in ("and", "&") and i > 1 and tk.cap[i - 2] and tk.join[i - 2])) \
                and not (tk.norm[i - 1] == "the" and _sentence_initial(tk, i - 1)):
            i -= 1      # "the Pratt and Whitney unit"; a sentence's "The" is no part of the name
        if i == b or i == 0 or (tk.cap[i - 1] and not (tk.norm[i - 1] == "the" or tk.poss[i - 1])) \
                or not (tk.join[i - 1] or tk.poss[i - 1]) or tk.poss[b - 1] \
                or (tk.join[k] and tk.cap[k + 1]) or tk.raw[i - 1][:1].isdigit() \
                or tk.norm[i - 1] in ("in", "on", "of", "for", "and", "&"):
            continue    # "the US firm Parker" is the rule before the name's; "the Fair Work in
            # Social Care group": a longer name that the run does not hold
        if (b - i == 1 and (tk.norm[i] in NAME_STOPWORDS or _a_persons_surname(tk, i)
                            or (tk.raw[i].isupper() and len(tk.raw[i]) <= 2) or tk.norm[i].endswith(("ist", "ic")))) \
                or all(tk.norm[x] in TITLE_WORDS for x in range(i, b)) or _place_key(tk, i, b) \
                or tk.norm[b - 1].endswith(("ish", "ian", "ese")) \
                or (b - i >= 2 and _given(tk.raw[i]) is not None and tk.gap(i) != "-"):
            continue    # ("Al-Akhbar newspaper": the Arabic article, no given name)
        out.append(_org_row(tk, i, b))
        keys.setdefault(tuple(tk.norm[i:b]), out[-1]["actor"])
        for x in range(i, b):
            covered[x] = True
    return out + _repeated_names(tk, covered, keys)


@lru_cache(maxsize=1)
def _state_after_city():
    """Regex of ", <US state>" after a city: AP abbreviations (``us_state_abbreviations.txt``)
    and the US state names of ``regions.csv`` followed by punctuation."""
    abbr = [w.strip() for w in (_lex.HERE / "us_state_abbreviations.txt").read_text(encoding="utf-8").splitlines()
            if w.strip() and not w.startswith("#")]
    names = [r["name"] for r in _lex._rows("regions.csv") if r.get("country") == "US"]
    return re.compile(r",[ \t]+(?:(?:" + "|".join(re.escape(a) for a in sorted(abbr, key=len, reverse=True))
                      + r")(?=[\s,;:)]|$)|(?:" + "|".join(re.escape(x) for x in sorted(names, key=len, reverse=True))
                      + r")(?=[,.;:)]))")


def _city_of_state_anywhere(text: str) -> bool:
    """Does the text write a city before a US state abbreviation anywhere ("Athens, Ga.")?"""
    return any(text[m.start() - 1:m.start()].isalpha() for m in _state_after_city().finditer(text)
               if "." in m.group() or m.group().split()[-1].isupper())


def _city_of_state(tk: _Tokens, b: int) -> bool:
    """Is the capitalised run ending at token b (exclusive) a city written before its US state
    ("GM's Van Nuys, Calif., plant", "in Armonk, N.Y.,")?"""
    return _state_after_city().match(tk.text, tk.bend[b - 1]) is not None


def _after_sir(tk: _Tokens, a: int, b: int) -> bool:
    """Is the one word [a, b) a given name after "Sir" or "Dame" ("Sir Keir", "Dame Vera"), which
    British usage puts before a knight's or dame's given name, not the surname?"""
    return b == a + 1 and a > 0 and tk.norm[a - 1] in ("sir", "dame") and tk.cap[a - 1] \
        and tk.join_title[a - 1] and _given(tk.raw[a]) in ("m", "f")


def _honorific_gender(tk: _Tokens, a: int):
    """'m' or 'f' when a gendered honorific ("Mrs", "Mr.", "Lady") stands right before token a."""
    k = a - 1
    if k < 0 or not tk.cap[k] or not tk.join_title[k]:
        return None
    kind, gender = _TITLES.get(tk.norm[k], ("", None))
    return gender if kind == "honorific" and gender in ("m", "f") else None


#: ``analysis/lexicons/kin_nouns.csv``: gender -> family nouns of that sex ("father", "wife").
_KIN = {g: frozenset(r["word"].strip().lower() for r in _lex._rows("kin_nouns.csv") if r["gender"].strip() == g)
        for g in ("m", "f")}


def _honorific_fit(tk: _Tokens, a: int, cands: list, others) -> list:
    """Candidates for a surname after a gendered honorific: "Mrs Johnson" is not "Harry
    Johnson" when the document also names a woman Johnson ("Sally Johnson"). A full name whose
    given name is of the other gender is dropped only when another full name with that surname
    fits (given names are an uncertain cue: "Mr Lyric Jain"), and only for a given name of one
    gender in gender-guesser's list ("Jamie" is mostly female), else the candidates stay."""
    g = _honorific_gender(tk, a) if cands or others else None
    if g is None:
        return cands
    other = "f" if g == "m" else "m"
    pool = list(dict.fromkeys(list(cands) + list(others)))
    fit = [c for c in pool if _lex.given_name_sure_gender(c.split()[0]) != other]
    if fit and len(fit) < len(pool) and any(_lex.given_name_sure_gender(c.split()[0]) == other for c in cands):
        return fit
    if not fit and cands and _KIN.get(g, frozenset()) & set(tk.norm):
        # "Mr Russell" where only "Molly Russell" is named in full and the document speaks of
        # a man of a family ("her father Ian"): him, not her (with no such word the given
        # name's gender is too weak a cue to refuse the one full name: "Mr Lyric Jain")
        return []
    return cands


#: verbs after a lone surname that make it a speaker ("Sunak said so")
_SPOKEN_VERBS = frozenset({"said", "says", "told", "added", "insisted", "admitted", "explained"})


def _kin_apposed(tk: _Tokens, a: int, b: int):
    """The family noun set beside the name [a, b) with a possessive, or None: after it, "Mr
    Hutchins, her husband," (one modifier may stand between: "his late father"), or before it
    and its title, "her husband, Mr Hutchins" / "her husband Mr Hutchins"."""
    kin = _KIN["m"] | _KIN["f"]

    def listed(k):
        # the phrase ending at token k goes on as a list or an attribution, no apposition: "...
        # his wife and their daughters", "... his wife said", "her husband, Mr Hammond and Mr Gove"
        j = k + 1
        if j < tk.n and tk.norm[j] in ("and", "or") and not tk.gap(k).strip():
            return True
        if j < tk.n and tk.gap(k).strip() == ",":
            j += 1 if tk.norm[j] in ("and", "or") else 0
            return j < tk.n and tk.norm[j] in PERSON_TITLES and tk.cap[j]
        return False

    if b + 1 < tk.n and _APPOSITIVE.fullmatch(tk.gap(b - 1)) and tk.norm[b] in ("her", "his", "their"):
        for k in (b + 1, b + 2):
            if k < tk.n and tk.norm[k] in kin and not tk.cap[k]:
                # "Mr Hutchins, her husband, said": the apposition closes right after the noun
                # or its post-modifier ("her husband of 20 years,", "his son-in-law,")
                if k + 1 < tk.n and (tk.gap(k) == "-" or (tk.norm[k + 1] in ("of", "since") and not tk.gap(k).strip())):
                    return tk.norm[k]
                if (k + 1 < tk.n and not re.match(r"[ \t]*[,;.)]", tk.gap(k))) or listed(k) \
                        or (k + 1 < tk.n and tk.norm[k + 1] in ("and", "or")):
                    return None
                return tk.norm[k]
            if k < tk.n and (tk.cap[k] or tk.gap(k - 1).strip()):
                break
    t = _title_start(tk, a - 1)
    s = t[0] if t else a
    if s >= 2 and tk.norm[s - 1] in kin and not tk.cap[s - 1] and tk.norm[s - 2] in ("her", "his", "their") \
            and re.fullmatch(r"[ \t]*,?[ \t]+", tk.gap(s - 1)) and re.fullmatch(r"[ \t]+", tk.gap(s - 2)) \
            and not listed(b - 1):
        return tk.norm[s - 1]
    return None


def _spoken_lone_words(tk: _Tokens) -> frozenset:
    """Capitalised words written alone as the speaker of "said", "told" ... ("Sunak said so."):
    news repeats a person's surname alone after giving the full name, so a two-word name whose
    given name the lists do not know ("Rishi Sunak visited the BBC.") is a person when its last
    word speaks alone elsewhere in the document and a personal pronoun takes it up in that
    sentence or opens the next ("Sunak said he was pleased"): a club or a company speaks too
    ("Aston Villa ... Villa said the fee was undisclosed") but is "it", never "he" or "she". Not
    a word joined to another capitalised word nor one after "the" ("the Treasury said")."""
    out = set()
    for k in tk.caps:
        if k + 1 >= tk.n or tk.norm[k + 1] not in _SPOKEN_VERBS or tk.cap[k + 1] or tk.gap(k) != " " \
                or tk.poss[k] or tk.raw[k].isupper():
            continue
        if k > 0 and ((tk.cap[k - 1] and tk.join[k - 1]) or tk.norm[k - 1] in ("the", "a", "an")):
            continue
        j, ends = k + 2, 0
        while j < tk.n and ends < 2:
            if tk.norm[j] in _PERSONAL_PRONOUNS and (ends == 0 or tk.cap[j]):
                out.add(tk.norm[k])
                break
            if _SENTENCE_END.match(tk.gap(j - 1) + " ") and j > k + 2:
                ends += 1
                if ends == 1 and not (tk.cap[j] and tk.norm[j] in _PERSONAL_PRONOUNS):
                    break
                continue
            j += 1
    return frozenset(out)


_PERSONAL_PRONOUNS = frozenset({"he", "she", "his", "her", "him"})


def _title_words_match(u: str, v: str) -> bool:
    """Are two title words the same office, one perhaps abbreviated ("sen" / "senator")?"""
    return u == v or (min(len(u), len(v)) >= 3 and (u.startswith(v) or v.startswith(u)))


def _title_fit(tk: _Tokens, a: int, cands: list, d: ActorDictionary, spans) -> list:
    """Candidates for a surname after an office title ("President Clinton"): a full name of the
    document fits only when the document gives that person the office, as a title before the
    full name ("President Bill Clinton", "Sen. Hillary Clinton" is no president) or as a
    lower-case title word in the sentence of the full name ("Bill Clinton, the former
    president"). News names a person in full first and repeats the title with the surname for
    the same office; a surname under another office is another person of that name. A title of
    honorifics or modifiers only ("Mr", "Former") leaves the candidates as they are (gender is
    checked by ``_honorific_fit``); so does a candidate from the actor dictionary, whose roles
    and years ``_resolve_surname`` checks, and one not named in full in the document."""
    t = _title_start(tk, a - 1)
    offices = [w for w in (t[1] if t else ()) if _TITLES.get(w, ("",))[0] == "title"]
    offices += [x for w in offices for x in _title_expansions().get(w, ())]   # "PM": prime minister
    if not offices or any("." in tk.gap(k) for k in range(t[0], a)):
        return cands    # (no office, or one that ends the sentence before: "elected Vice President. Hankes")
    out, loose, matched = [], [], []
    for c in cands:
        named = [sp for sp in spans if sp["kind"] == "unknown" and sp["actors"][0] == c]
        if c in d.actors or " " not in c or not named:
            out.append(c)   # (a surname as written, "Dr Okafor", is judged by no office)
            continue
        given = set()
        for sp in named:
            t2 = _title_start(tk, sp["a"] - 1)
            given.update(w for w in (t2[1] if t2 else ()) if _TITLES.get(w, ("",))[0] == "title")
            lo = sp["a"]
            while lo > 0 and not _SENTENCE_END.match(tk.gap(lo - 1) + " "):
                lo -= 1
            hi = sp["b"] - 1
            while hi < tk.n - 1 and not _SENTENCE_END.match(tk.gap(hi) + " "):
                hi += 1
            # title words of the sentence, not those of another name ("President Bush met ...")
            given.update(tk.norm[k] for k in range(lo, hi + 1)
                         if _TITLES.get(tk.norm[k], ("",))[0] == "title" and not (
                             tk.cap[k] and k + 1 < tk.n and tk.cap[k + 1] and tk.join_title[k] and k + 1 != sp["a"]))
        if any(_title_words_match(u, v) for u in offices for v in given):
            out.append(c)
            matched.append(c)
        elif not any(_TITLES.get(v, ("",))[0] == "title" for v in given) \
                and _pronoun_gender_after(tk, a) not in (None, _lex.given_name_sure_gender(c.split()[0])):
            pass    # no office given, but "President Clinton said he" is no Hillary Clinton
        elif not given:
            out.append(c)   # no office given for the full name: the title may be its own
            loose.append(c)
    if loose and matched:
        # the full name the document gives that office ("President Bill Clinton") holds it, not a
        # namesake given none ("Hillary Clinton")
        return [c for c in out if c not in loose]
    return out


@lru_cache(maxsize=1)
def _title_expansions() -> dict:
    """{abbreviated title: its words} (``lexicons/title_abbreviations.csv``: "pm": prime, minister)."""
    return {r["abbreviation"].strip().lower(): tuple(r["title"].lower().split())
            for r in _lex._rows("title_abbreviations.csv")}


def _pronoun_gender_after(tk: _Tokens, a: int):
    """'m' or 'f' of the first personal pronoun after token a in its sentence, or None."""
    k = a + 1
    while k < tk.n and not _SENTENCE_END.match(tk.gap(k - 1) + " "):
        w = tk.norm[k]
        if w in ("he", "him", "his"):
            return "m"
        if w in ("she", "her"):
            return "f"
        k += 1
    return None


def _honorific_misfit(tk: _Tokens, a: int, full: str) -> bool:
    """Does a gendered honorific before token a ("Mr") contradict the given name of the full
    name ``full`` ("Molly Russell"), a given name of the other gender only in gender-guesser?"""
    g = _honorific_gender(tk, a)
    return g is not None and _lex.given_name_sure_gender(full.split()[0]) == ("f" if g == "m" else "m")


def _coordinated_given(tk: _Tokens, i: int, covered):
    """Index of a given name coordinated with the two-word name at token i ("Sally and
    Stephen Johnson": Sally), or None. Both must be known given names; the first is not part
    of a longer capitalised run, a title's name ("Prince William and Harry" has no surname after
    the second) or another mention."""
    g1 = i - 2
    if g1 < 0 or tk.norm[i - 1] != "and" or tk.cap[i - 1] or covered[g1] or not tk.cap[g1] \
            or tk.poss[g1] or not tk.join[g1] or not tk.join[i - 1]:
        return None
    if _given(tk.raw[g1]) not in ("m", "f", "u") or _given(tk.raw[i]) not in ("m", "f", "u"):
        return None
    if g1 > 0 and (tk.cap[g1 - 1] and tk.join[g1 - 1] or _TITLES.get(tk.norm[g1 - 1], ("",))[0]):
        return None
    if g1 > 1 and tk.gap(g1 - 1).strip() == "," and tk.cap[g1 - 1] and tk.cap[g1 - 2] and tk.join[g1 - 2] \
            and _given(tk.raw[g1 - 2]) is not None:
        return None     # "Alicia Keys, Sia and Justin Bieber": a list of full names
    w, sur = tk.norm[g1], tk.norm[i + 1]
    for k in range(tk.n):
        if k != g1 and tk.norm[k] == w and (
                k + 1 < tk.n and tk.join[k] and tk.cap[k + 1] and k + 1 != i
                or k > 0 and tk.join[k - 1] and tk.cap[k - 1] and _given(tk.raw[k - 1]) is not None
                or k > 1 and tk.norm[k - 1] == "and" and tk.norm[k - 2] == sur
                or k + 2 < tk.n and tk.norm[k + 1] == "and" and tk.norm[k + 2] == sur):
            # "Claire Roberts" ... "Claire and Conor Mitchell"; "Fernando Alonso" or "Hamilton
            # and Alonso" ... "Alonso and Lewis Hamilton": the first is someone else
            return None
    return g1


def _possessive_place(tk: _Tokens, i: int, covered) -> bool:
    """A given name with a possessive before a capitalised noun of a place or business
    (``possessive_place_nouns.txt``: "Harry's House", "Mary's Kitchen") names that place, not
    the person ("Harry's Facebook page", "Harry's Mum" keep the person)."""
    j = i + 1
    return tk.poss[i] and j < len(tk.raw) and tk.cap[j] and not covered[j] \
        and tk.norm[j] in _POSSESSIVE_PLACE_NOUNS and re.fullmatch(r"[ \t]+", tk.gap(i)) is not None


def _role_given_head(tk: _Tokens, i: int) -> bool:
    """A known given name and a word that heads institutions' names ("Post", "Press"), after a
    lower-case person's role noun: "etiquette expert Emily Post" is a person, not an institution."""
    return i > 0 and i + 1 < tk.n and tk.norm[i + 1] in _INSTITUTION_HEADS and tk.join[i] \
        and _given(tk.raw[i]) in ("m", "f") and not tk.cap[i - 1] and tk.norm[i - 1] in ROLE_NOUNS \
        and re.fullmatch(r"[ \t]+", tk.gap(i - 1)) is not None


_BARE_BODY_WORDS = frozenset({"parliament", "council"})   # what _bare_bodies' loop looks at


def _bare_bodies(tk: _Tokens, covered) -> list:
    """"Parliament" alone (not "Member of Parliament", not "Parliament Square") and a place
    before a lower-case "council" ("Anglesey council", "Kent county council")."""
    n, out = tk.n, []
    # only the words a branch below starts from (a branch with a new word adds it to _BARE_BODY_WORDS)
    for k in [k for k, w in enumerate(tk.norm) if w in _BARE_BODY_WORDS]:
        if covered[k]:
            continue
        if tk.norm[k] == "parliament" and tk.raw[k][:1] == "P" \
                and not (k > 0 and tk.join[k - 1] and tk.cap[k - 1] and not _sentence_initial(tk, k)) \
                and not (k + 1 < n and tk.join[k] and tk.cap[k + 1]) \
                and not (k >= 2 and tk.norm[k - 1] == "of" and tk.norm[k - 2] in ("member", "members")):
            out.append(_org_row(tk, k, k + 1, "Parliament"))
            covered[k] = True
        elif tk.norm[k] == "council" and not tk.cap[k] and k > 0:
            j = k - 1 if tk.norm[k - 1] in ("county", "city", "borough", "district") and not tk.cap[k - 1] else k
            if j == 0 or not tk.join[j - 1] or not tk.cap[j - 1] or covered[j - 1] or tk.poss[j - 1]:
                continue
            i = j - 1
            while i > 0 and tk.join[i - 1] and tk.cap[i - 1] and not covered[i - 1] and j - i < 3:
                i -= 1
            if tk.norm[i] in _RUN_OPENERS or tk.norm[i] in NAME_STOPWORDS or (
                    i > 0 and tk.norm[i - 1] in ("a", "an", "every", "each", "one")) \
                    or (not _place_key(tk, i, j) and tk.norm[j - 1].endswith(("ish", "ian", "ese"))):
                continue
            name = " ".join(tk.text[tk.start[i]:tk.bend[k]].split())
            out.append(_org_row(tk, i, k + 1, " ".join(w[:1].upper() + w[1:] for w in name.split())))
            for x in range(i, k + 1):
                covered[x] = True
    return out


_PRODUCT_NAME_ENDS = frozenset(_lex.word_list("product_name_ends.txt"))   # "Smart State Technology"


def _company_name_end(tk: _Tokens, i: int, b: int) -> bool:
    """Does the capitalised run i..b (no head noun in it) end in a word that ends companies'
    names and never a person's (``org_name_ends.txt``: "LG Electronics", "Parks Associates",
    "Tata Motors")? Only a run of plain name words: no "of"/"for"/"and" in it, no title, known
    given name or honorific at its start, not only words of that kind, not only words the
    document also writes in lower case ("Consumer Electronics", "National Insurance": a common
    phrase in capitals), no word of five capitals or more (a shouted headline)."""
    if any(tk.norm[k] in _ORG_LINKS or tk.raw[k].isupper() and len(tk.raw[k]) > 4 for k in range(i, b)) \
            or tk.norm[b - 1] not in _ORG_NAME_ENDS or tk.norm[b - 1] in _PRODUCT_NAME_ENDS \
            or (tk.norm[b - 1] in _COMPANY_FORMS and not _name_ending_form(tk, b - 1)) \
            or tk.gap(b - 1)[:1] == "-" or (b < tk.n and tk.join[b - 1] and tk.norm[b] in ("of", "for")) \
            or tk.norm[i] in NAME_STOPWORDS \
            or tk.norm[i] in TITLE_WORDS or _given(tk.raw[i]) is not None \
            or _TITLES.get(tk.norm[i], ("",))[0] in ("honorific", "title") \
            or (i > 0 and _TITLES.get(tk.norm[i - 1], ("",))[0] in ("honorific", "title")) \
            or not all(tk.join[k] for k in range(i, b - 1)):
        return False
    low = tk.memo.get("lowercase_words")
    if low is None:
        low = tk.memo["lowercase_words"] = set(compress(tk.norm, map(not_, tk.cap)))
    if all(tk.norm[k] in _ORG_NAME_ENDS for k in range(i, b - 1)) or all(tk.norm[k] in low for k in range(i, b)):
        return False    # "Consumer Electronics", "National Insurance"
    # not the short name of a company the document names with its legal form ("Waste
    # Management" of "Waste Management Inc", ``_kind_and_short_names``): the runs of up to six
    # words before each such form, collected once per document
    before_forms = tk.memo.get("runs_before_forms")
    if before_forms is None:
        before_forms = tk.memo["runs_before_forms"] = {
            tuple(tk.norm[k - L:k]) for k in range(1, tk.n) if tk.join[k - 1] and _name_ending_form(tk, k)
            for L in range(1, min(k, _MAX_SHORT_NAME) + 1)}
    if b - i > _MAX_SHORT_NAME:
        key = tk.norm[i:b]
        return not any(tk.norm[j:j + b - i] == key and j + b - i < tk.n and tk.join[j + b - i - 1]
                       and _name_ending_form(tk, j + b - i) for j in range(tk.n - (b - i)))
    return tuple(tk.norm[i:b]) not in before_forms


_MAX_SHORT_NAME = 6
#: plural nouns that open a sentence before "of" + a company ("Shares of Texas Instruments Inc
#: rose"), unlike a plural name ("Lloyds of London Ltd")
_PLURALS_OF_A_COMPANY = frozenset(_lex.word_list("plurals_of_a_company.txt"))


def _role_office(tk: _Tokens, k: int) -> bool:
    """Is the possessive token k a role noun before a capitalised head noun, the office of
    that role ("Sheriff's Office", "District Attorney's Office", "Governor's Office")?"""
    return tk.poss[k] and k + 1 < tk.n and tk.norm[k] in ROLE_NOUNS and tk.cap[k + 1] \
        and tk.norm[k + 1] in _ORG_HEADS and tk.gap(k) == " "


_CLASSIFYING_GENITIVES = frozenset(_lex.word_list("classifying_genitives.txt"))   # "People's", "Children's"


def _classifying_genitive(tk: _Tokens, k: int) -> bool:
    """Is the possessive token k a capitalised plural noun of people that classifies the next
    capitalised word inside a body's name ("Pakistan People's Party", "UN Children's Fund",
    "National Farmers' Union"; ``classifying_genitives.txt``), not a possessor ("Britain's")?"""
    return tk.norm[k] in _CLASSIFYING_GENITIVES and k + 1 < tk.n and tk.cap[k] and tk.cap[k + 1] \
        and (tk.gap(k) == " " if tk.poss[k] else tk.gap(k) in ("' ", "’ "))   # "Farmers' Union"


def _name_ending_form(tk: _Tokens, k: int) -> bool:
    """Is token k a company's legal form that ends its name ("Ford Motor Co", "Chrysler LLC",
    "Sedio N.V.", "Hoechst AG", ``company_forms.txt``)? A two-letter capital abbreviation, which
    also abbreviates titles ("New York AG Letitia James", "the Texas AG"), only after a name that
    is no place and before no other name; not "Co" of a hyphenated word ("Gulf Co-operation
    Council"), and "spa" only as "SpA" or "S.p.A." ("Leamington Spa")."""
    r = tk.raw[k]
    if tk.norm[k] not in _COMPANY_FORMS or tk.gap(k)[:1] == "-" or (tk.norm[k] == "spa" and r != "SpA" and "." not in r):
        return False
    if len(r) <= 2 and r.isupper():
        # "Hoechst AG said", "Peugeot SA's", "Philips NV": the form ends the sentence's name; not
        # before another name ("New York AG Letitia James") nor after a place ("the Texas AG")
        return k > 0 and tk.join[k - 1] and not (k + 1 < tk.n and tk.join[k] and tk.cap[k + 1]) \
            and not _place_key(tk, k - 1, k) and not (k > 1 and tk.join[k - 2] and _place_key(tk, k - 2, k))
    return True


def _initials_acronyms(tk: _Tokens, covered, rows, acr) -> None:
    """Add to ``acr`` the acronyms of the names of ``rows`` (organisations found in the document)
    that the document uses alone without brackets: the initials of a name's capitalised words, at
    least three ("Pakistan People's Party" ... "head of the PPP"; news writes out a body's name at
    first mention and abbreviates it after, AP Stylebook "abbreviations and acronyms"). The
    acronym must be written as a word of its own in capitals and be no title word; a row that a
    cue found under the acronym alone ("KPP members") is given the full name."""
    if not rows:
        return
    words = {w for w in map(tk.raw.__getitem__, tk.caps) if 3 <= len(w) <= 6 and w.isupper()}
    if not words:
        return
    for r in rows:
        parts = [w for w in re.split(r"[ \t]+", r["text"]) if w and w[0].isupper()]
        if len(parts) < 3:
            continue
        initials = "".join(w[0] for w in parts)
        if initials in words and initials not in acr and _norm(initials) not in TITLE_WORDS:
            acr[initials] = r["actor"]
    for r in rows:
        if r["actor"] == r["text"] and r["text"] in acr:
            r["actor"] = acr[r["text"]]


_MASTHEAD_ENDS = frozenset(_lex.word_list("outlet_name_ends.txt"))   # "Post", "Star", "Times"


def _masthead_short_names(tk: _Tokens, covered, rows, known) -> list:
    """"the Post", "the Star": the last word of an organisation's name of two words or more that
    ends as mastheads do (``outlet_name_ends.txt``: "the Washington Post", "the Toronto Star")
    is, after "the", that organisation again (news style: the paper's full name first, then
    "the Post"). ``rows`` are the organisations found by rule, ``known`` the (start token, end
    token, actor) of the dictionary's; a last word that two names share names neither, and the
    word must not open a longer capitalised name ("the Post Office")."""
    ends = {}
    for a, b, actor in known:
        if b - a >= 2 and tk.norm[b - 1] in _MASTHEAD_ENDS:
            ends.setdefault(tk.norm[b - 1], set()).add(actor)
    for r in rows:
        words = r["text"].split()
        if len(words) >= 2 and _norm(words[-1]) in _MASTHEAD_ENDS:
            ends.setdefault(_norm(words[-1]), set()).add(r["actor"])
    ends = {w: a.pop() for w, a in ends.items() if len(a) == 1}
    out = []
    if not ends:
        return out
    for k in tk.caps:
        if k > 0 and not covered[k] and tk.norm[k] in ends and tk.norm[k - 1] == "the" and tk.join[k - 1] \
                and not (k + 1 < tk.n and tk.join[k] and tk.cap[k + 1]):
            out.append(_org_row(tk, k, k + 1, ends[tk.norm[k]]))
            covered[k] = True
    return out


_DOMAIN_ENDINGS = frozenset(_lex.word_list("domain_name_endings.txt"))   # "Amazon.com", "TMZ.com"
_STATION_CALL_SIGN = re.compile(r"[CKW][A-Z]{2,3}")   # "WKQI-FM", "KABC-TV", "CHUM-FM"
_STATION_SUFFIXES = frozenset(_lex.word_list("broadcast_call_sign_suffixes.txt"))
_CARDINAL_WORDS = frozenset(_lex.word_list("cardinal_words.txt"))   # "Channel One"


def _web_and_station_names(tk: _Tokens, covered) -> list:
    """Companies named by their web address ("Amazon.com Inc.", "TMZ.com reported"): a
    capitalised word joined by a full stop to a domain ending (``domain_name_endings.txt``), not
    inside an address ("www.Example.com", "news.Example.com/page", "info@Example.com"), with a
    legal form after it kept in the name, and its first word alone elsewhere in the document
    (not opening a sentence: "the collapse of Made.com ... from Made itself"); and broadcast stations named by their call sign and
    band ("WKQI-FM", "KABC-TV": the ITU prefixes K/W of the United States and C of Canada, three
    or four capitals, ``broadcast_call_sign_suffixes.txt``) or by "Channel" and a number ("Channel
    One", "Channel 10": ``cardinal_words.txt``)."""
    out, n, text, short = [], tk.n, tk.text, {}
    for i in tk.caps:
        if i + 1 >= n or covered[i] or covered[i + 1]:
            continue
        gap, b = text[tk.end[i]:tk.start[i + 1]], None
        if gap == "." and tk.raw[i + 1].islower() and tk.raw[i + 1] in _DOMAIN_ENDINGS and not tk.poss[i] \
                and not re.search(r"[\w.@/:-]$", text[max(0, tk.start[i] - 1):tk.start[i]]) \
                and not re.match(r"[./@-]\w", text[tk.bend[i + 1]:tk.bend[i + 1] + 2]):
            b = i + 2
            if b < n and tk.join[i + 1] and _name_ending_form(tk, b):
                b += 1      # "Amazon.com Inc.'s French site"
        elif gap == "-" and tk.raw[i + 1].isupper() and tk.norm[i + 1] in _STATION_SUFFIXES and _STATION_CALL_SIGN.fullmatch(tk.raw[i]):
            b = i + 2
        elif tk.raw[i] == "Channel" and gap == " " and (tk.raw[i + 1].isdigit() and len(tk.raw[i + 1]) <= 3
                                                         or tk.cap[i + 1] and tk.norm[i + 1] in _CARDINAL_WORDS) \
                and not (i > 0 and tk.raw[i - 1] == "English") \
                and not (i + 2 < n and not tk.cap[i + 2] and tk.norm[i + 2] in _COUNT_NOUNS_AFTER_NUMBER):
            b = i + 2   # "Channel One", "Channel 10": a television channel; not "the English Channel
            # 10 miles off Dover", "swam the Channel 21 times" (a strait and a count; round 15)
        if b is not None:
            out.append(_org_row(tk, i, b))
            if gap == ".":
                short[tk.raw[i]] = out[-1]["actor"]
            for k in range(i, b):
                covered[k] = True
    for k in tk.caps:   # the web name's first word alone names the company too ("Made.com ...
        if not covered[k] and tk.raw[k] in short and not _sentence_initial(tk, k) \
                and not (k + 1 < n and tk.join[k] and tk.cap[k + 1]):   # from Made itself"; not "BET News")
            out.append(_org_row(tk, k, k + 1, short[tk.raw[k]]))
            covered[k] = True
    return out


def _portfolio_body(tk: _Tokens, i: int, end: int) -> bool:
    """Is the capitalised run [i, end) a ministry or department named by its portfolio alone
    ("the Foreign Ministry said", "Interior Ministry", "the Justice Department")? Its last word is
    a head of ``portfolio_bodies.txt`` and every word before it a portfolio word of titles.csv
    (kind modifier, no rank: not "Deputy Ministry"; not "Police Department", see the list)."""
    return end - i in (2, 3) and tk.norm[end - 1] in _PORTFOLIO_BODY_HEADS and all(
        _TITLES.get(tk.norm[k], ("",))[0] == "modifier" and tk.norm[k] not in _NOT_PORTFOLIOS
        and tk.norm[k] not in _PORTFOLIO_BODY_HEADS for k in range(i, end - 1)) \
        and not (end < tk.n and tk.join[end - 1] and tk.norm[end] in _POSSESSIVE_PLACE_NOUNS)
    # (not "the Health Department store": the compound "department store" is a shop; fix16b)


def _after_titled_person(tk: _Tokens, i: int, end: int) -> int:
    """Where the organisation of the run [i, end) starts when the run opens with a person's
    title and name joined by "and" to the body ("Mayor of London Sadiq Khan and Westminster City
    Council", "Chairman John Reed and Citicorp"): after the "and"; else i. The part before "and"
    opens with a title word (kind title) and holds a known given name followed by a capitalised
    word, so "Ernst and Young", "Marks and Spencer" (no title) keep their "and"."""
    if _TITLES.get(tk.norm[i], ("",))[0] != "title":
        return i
    c = next((k for k in range(i + 1, end - 2) if tk.norm[k] in ("and", "&")), None)
    if c is None or not any(_given(tk.raw[g]) is not None and tk.cap[g + 1] and tk.join[g]
                            and tk.norm[g] not in TITLE_WORDS for g in range(i + 1, c - 1)):
        return i
    if _TITLES.get(tk.norm[c + 1], ("",))[0] in ("title", "honorific") \
            or (_given(tk.raw[c + 1]) in ("m", "f") and tk.join[c + 1] and tk.cap[c + 2]):
        return i    # "the King Juan Carlos and Queen Sofia Foundation": a second honoree (fix16b)
    return c + 1


def _find_organisations(tk: _Tokens, covered, org_words=None) -> list:
    """Organisations not in any list, named by a capitalized run ending in a head noun ("Gwent
    Police", "Aberdeen City Council") or with a head noun followed by of/for and a name
    ("Office for Statistics Regulation"); an acronym given in brackets after the name
    ("... Authority (Ipsa)") names it too in the rest of the document; a name followed by an
    acronym of its initials, a name a kind-of-organisation noun introduces ("firm X") and bare
    "Parliament" (see ``_cued_organisations``, ``_bracketed_acronyms``, ``_bare_bodies``).
    Marks tokens covered; ``org_words`` (a set) receives the words of the cued names."""
    n, out, acr = tk.n, [], {}
    out += _bracketed_acronyms(tk, covered, acr)
    out += _web_and_station_names(tk, covered)
    i = 0
    for i0 in tk.caps:     # the words that are not capitalised were stepped over (i += 1)
        if i0 < i:
            continue
        i = i0
        if covered[i] or not tk.cap[i] or tk.norm[i] in ("the", "a", "an") or tk.raw[i].isupper() and len(tk.raw[i]) < 2 \
                or tk.norm[i] in _PREPOSITIONS or tk.norm[i] in _RUN_OPENERS:
            i += 1      # "At Airedale Hospital": the sentence's capitalised preposition is no part of it
            continue
        b, last_head = i, None
        while b < n and not covered[b] and (b == i or tk.join[b - 1] or (tk.poss[b - 1] and _role_office(tk, b - 1))
                                                          or _classifying_genitive(tk, b - 1)):
            if tk.cap[b]:
                form = tk.norm[b] in _COMPANY_FORMS
                if tk.norm[b] in _ORG_HEADS and not (form and not _name_ending_form(tk, b)):   # not "Co-operation", "New York AG"
                    last_head = b
                b += 1
                if (tk.poss[b - 1] and _role_office(tk, b - 1)) or _classifying_genitive(tk, b - 1):
                    continue    # a role's office: "the Kestrel County Sheriff's Office"; "People's Party"
                if tk.poss[b - 1] or (form and b > i + 1 and b < n and tk.norm[b] in ("and", "&", "for")
                                      and last_head == b - 1):
                    break   # "Janney Montgomery Scott Inc and Woolcott and Co": two companies
            elif tk.norm[b] in _ORG_LINKS and b + 1 < n and tk.cap[b + 1] and tk.join[b] and b > i:
                b += 1
            else:
                break
        while b > i and not tk.cap[b - 1]:
            b -= 1
        if last_head is None and b - i >= 2 and _company_name_end(tk, i, b):
            last_head = b - 1   # "LG Electronics", "Parks Associates", "Sun Microsystems"
        # the name ends at its last head noun, or runs on after "of"/"for" + names
        if last_head is None or last_head == i and b == i + 1:
            i = max(b, i + 1)
            continue
        end = b if (last_head == b - 1 or any(tk.norm[k] in ("of", "for") for k in range(last_head + 1, b))) \
            else last_head + 1
        link = next((k for k in range(i + 1, last_head) if tk.norm[k] in ("of", "for")), None)
        g = next((k for k in range(i, link) if tk.norm[k] not in TITLE_WORDS), link) if link is not None else i
        if link is not None and 2 <= link - g <= 3 and _given(tk.raw[g]) is not None \
                and not any(tk.norm[k] in NAME_STOPWORDS or tk.norm[k] in _ORG_NAME_ENDS for k in range(g, link)) \
                and not any(tk.norm[k] in _ORG_HEADS for k in range(i, link)):
            i = link + 1    # "David Healy of Drexel Burnham Lambert Inc": a person of the organisation
        elif link == i + 1 and tk.norm[end - 1] in _COMPANY_FORMS and tk.norm[i] in _PLURALS_OF_A_COMPANY \
                and _sentence_initial(tk, i):
            i = link + 1    # "Shares of Texas Instruments Inc rose": a plural noun opening the sentence
        if end - i == 2 and _role_given_head(tk, i):
            i = end     # "etiquette expert Emily Post": left to the person rules
            continue
        if tk.norm[end - 1] in _COMPETITION_HEADS and (
                end < n and tk.join[end - 1] and tk.norm[end] in _COMPETITION_CONTEXT and not tk.cap[end]
                or i > 1 and tk.norm[i - 1] == "the" and tk.norm[i - 2] in ("in", "into")
                and tk.join[i - 1] and tk.join[i - 2]):
            for k in range(i, end):
                covered[k] = True   # "in the Champions League", "the Super League final": a
            i = end                 # competition, not the body that runs it
            continue
        if end - i >= 2 and tk.norm[end - 1] in ("center", "centre") and tk.norm[end - 2] in _VENUE_CENTRE_MODIFIERS \
                and not (end < n and not tk.cap[end] and tk.norm[end] in _SPOKEN_BY_A_BODY):   # "... Center said": a body
            for k in range(i, end):
                covered[k] = True   # "the Lake Murray Community Center", "Windows Media Center": a
            i = end                 # building, venue or program, a place or thing and no body
            continue
        if end - i == 2 and tk.norm[i] in _CARDINAL_POINTS:
            covered[i] = covered[i + 1] = True   # "the West Bank", "the South Bank": a river's bank
            i = end     # named by its side is a place, its words no one's name; a body names its
            continue    # place or founder before the head ("West Midlands Police")
        if end - i < 2 or all(tk.norm[k] in TITLE_WORDS or tk.norm[k] in _ORG_HEADS and tk.norm[k] not in _INSTITUTION_HEADS
                              for k in range(i, end)) and not _portfolio_body(tk, i, end):
            i = max(b, i + 1)   # "Chief Executive", "Police Department": no name in it
            continue
        if end - i == 3 and tk.norm[i + 1] in ("and", "&") and tk.norm[end - 1] in _COMPANY_FORMS and i > 0 \
                and tk.gap(i - 1) == ", " and tk.cap[i - 1] and not covered[i - 1] and not tk.poss[i - 1] \
                and tk.norm[i - 1] not in NAME_STOPWORDS and tk.norm[i - 1] not in _RUN_OPENERS \
                and not _place_key(tk, i - 1, i) and not (i > 1 and tk.join[i - 2] and tk.cap[i - 2]):
            i -= 1      # "Goldman, Sachs and Co", "Ryan, Beck and Co": a partnership's names with a comma
        i = _after_titled_person(tk, i, end)   # "Mayor of London Sadiq Khan and Westminster City Council"
        h = next((k for k in range(i + 1, end - 2) if tk.gap(k) == "-" and tk.norm[k] in _ORG_HEADS
                  and tk.norm[k + 1] not in _ORG_HEADS and tk.norm[end - 1] in _ORG_HEADS
                  and len(tk.raw[k + 1]) >= 2 and tk.raw[k + 1].isupper()), None)   # "-ABC News", not
        # "Post-Dispatch", "Union-Station": the second body opens with its acronym (fix16b)
        if h is not None:
            end = h + 1     # "the Washington Post-ABC News poll": two bodies, each named with its head
        if end == b and end < n and tk.norm[end - 1] not in _ORG_HEADS and tk.gap(end - 1) == ", " \
                and tk.norm[last_head] in _PORTFOLIO_BODY_HEADS and tk.norm[last_head + 1] in ("of", "for"):
            k = end     # "Ministry of Land, Infrastructure and Transport": a portfolio list with
            while k + 1 < n and tk.cap[k] and not covered[k] and tk.gap(k) == ", " \
                    and tk.norm[k] not in _ORG_HEADS and not _place_key(tk, k, k + 1):   # commas and
                k += 1                                                                 # "and" (fixmin16)
            if k + 2 < n and tk.join[k] and tk.norm[k + 1] == "and" and tk.join[k + 1] \
                    and all(tk.cap[x] and not covered[x] and not _place_key(tk, x, x + 1) and not tk.raw[x].isupper()
                            and _given(tk.raw[x]) is None for x in (*range(end, k + 1), k + 2)) \
                    and not (k + 3 < n and tk.join[k + 2] and tk.cap[k + 3]):
                end = b = k + 3
        s, e = tk.start[i], tk.bend[end - 1]
        name = " ".join(tk.text[s:e].split())
        out.append({"actor": name, "actor_type": "organization", "country": None, "text": tk.text[s:e],
                    "start": s, "end": e, "in_dictionary": False, "match": "name",
                    "resolution": "document", "role": None})
        for k in range(i, end):
            covered[k] = True
        m = re.match(r"[ \t]*\(([A-Z][A-Za-z]{1,7})\)", tk.text[e:e + 12])
        if m and not _company_next_at(tk.text, e + m.end()) and m.group(1).lower() not in _COMPANY_FORMS \
                and (m.group(1)[0] in {w[0] for w in name.split()}
                     or re.search(r"(?<![\w(])" + m.group(1) + r"(?![\w)])", tk.text[e + m.end():])):
            # not "Temasek Holdings (Pte) Ltd", nor a ticker: its first letter is no initial of the
            # name and the story never uses it alone ("the SWX Swiss Exchange (LOGN)"); an acronym
            # of a name in another language is used again ("Federal Criminal Police Office (BKA)
            # ... the BKA said", "(CERN) ... CERN will publish")
            acr[m.group(1)] = name
        i = end
    out += _cued_organisations(tk, covered, set() if org_words is None else org_words)
    out += _appositive_organisations(tk, covered, set() if org_words is None else org_words)
    out += _bare_bodies(tk, covered)
    _initials_acronyms(tk, covered, out, acr)
    if acr:
        for k in range(n):
            if not covered[k] and tk.raw[k] in acr:
                out.append({"actor": acr[tk.raw[k]], "actor_type": "organization", "country": None,
                            "text": tk.raw[k], "start": tk.start[k], "end": tk.bend[k],
                            "in_dictionary": False, "match": "acronym", "resolution": "document",
                            "role": None})
                covered[k] = True
    return out


def _role_before(tk: _Tokens, a: int, d: ActorDictionary):
    """Title, party or state words written just before a person's name ("Home Secretary",
    "Tory", "US President"), as written, or None."""
    k = a
    t = _title_start(tk, a - 1)
    if t is not None:
        k = t[0]
    while k > 0 and tk.cap[k - 1] and tk.join_title[k - 1] and not tk.poss[k - 1]:
        w = tk.norm[k - 1]
        if "." in tk.gap(k - 1) and w not in TITLE_WORDS:
            break       # "... purchase of Twitter. Musk said": a sentence ends, no role
        if w in TITLE_WORDS or any(x in d.actors and d.actors[x]["type"] != "person"
                                   for _, x in d.lookup(w)):
            k -= 1
            t2 = _title_start(tk, k - 1)
            if t2 is not None:
                k = t2[0]
            continue
        break
    while k < a and _TITLES.get(tk.norm[k], ("",))[0] == "honorific":
        k += 1          # "Mr", "Sir": a courtesy, not a role
    if k >= a:
        return None
    return tk.text[tk.start[k]:tk.end[a - 1]]


def _accept(tk: _Tokens, d: ActorDictionary, a: int, b: int, entries, assume_name, all_demonyms=False):
    """Check the rules for a dictionary key found at tokens [a, b); return a span or None."""
    # no possessive inside a multi-word match
    if any(tk.poss[k] for k in range(a, b - 1)):
        return None
    first_raw = tk.raw[a]
    by_kind = {}
    for kind, actor in entries:
        by_kind.setdefault(kind, []).append(actor)
    n = tk.n
    prev_joined = a > 0 and bool(re.fullmatch(r"[ \t]+", tk.text[tk.end[a - 1]:tk.start[a]]))
    next_gap = tk.gap(b - 1) if b - 1 < n else ""

    def qualified():  # "South America", "South-America", "New Washington": a different place
        return (prev_joined or a > 0 and tk.gap(a - 1) == "-") and tk.cap[a - 1] \
            and (tk.norm[a - 1] in _QUALIFIERS or tk.norm[a - 1] in _NAMES_BEFORE_A_COUNTRY)   # "Copa America"

    # acronyms are case-sensitive (US vs us)
    if "acronym" in by_kind:
        exact = "".join(tk.raw[k] for k in range(a, b)).replace(".", "").replace("-", "")
        key = "".join(tk.norm[k] for k in range(a, b))
        if exact in d.acronyms.get(key, ()) and not qualified():
            return {"a": a, "b": b, "kind": "acronym", "actors": by_kind["acronym"]}
    if not first_raw[:1].isupper() and not (b > a + 1 and tk.norm[a] in _NAME_PARTICLES and tk.gap(a) == "-"):
        return None     # (a lower-case article joined to the name is part of it: "al-Qaida")
    if "name" in by_kind and "capital" in by_kind and set(by_kind["name"]) <= set(by_kind["capital"]):
        del by_kind["name"]     # a seat of government by its own name ("Downing Street"): a place test
    if "name" in by_kind:
        actors = by_kind["name"]
        if all(d.actors[x]["type"] == "state" for x in actors) and qualified():
            return None
        if all(d.actors[x]["type"] == "state" for x in actors) and prev_joined and not tk.cap[a - 1] \
                and _given(first_raw) is not None and tk.norm[a - 1] not in _STATE_RELATION_NOUNS \
                and (tk.norm[a - 1] in ROLE_NOUNS or tk.norm[a - 1] in _AGENT_NOUNS_OF_PEOPLE):
            return None     # "music producer Jordan", "singer Georgia": a person (not "US ally Jordan")
        if b == a + 1 and tk.norm[a] in TITLE_WORDS and b < n and tk.cap[b] \
                and tk.norm[b] in _PORTFOLIO_HEADS and re.fullmatch(r"[ \t]+", next_gap):
            return None     # "Labour Minister", "Health Secretary": a portfolio, not the party
        if _relative_given_before(tk, d, a, b, by_kind, prev_joined):
            return None     # "Michelle Obama": another given name before a person's surname is
            # another person of that family, found by pass B with her own given name
        if all(d.actors[x].get("source") in _GAZETTEER for x in actors):
            # a country name from the fallback list: not inside a longer name ("Michael
            # Jordan", "Georgia Tech", "Chad-based"); a possessive ends the name before a
            # one-word organisation ("Saturday's Democratic primary", "London's Labour mayor"),
            # not before a state ("Fireboy DML's Peru", a song) or a longer name
            if prev_joined and tk.cap[a - 1] and tk.norm[a - 1] not in _RUN_OPENERS \
                    and tk.norm[a - 1] not in TITLE_WORDS \
                    and not (tk.poss[a - 1] and b == a + 1 and d.actors[actors[0]]["type"] == "organization") \
                    and not (d.actors[actors[0]]["type"] == "organization" and _org_ends_at(tk, d, a - 1)) \
                    and not (d.actors[actors[0]]["type"] == "organization" and tk.raw[a - 1].isupper()
                             and any(d.actors.get(x, {}).get("type") == "state" for _, x in d.lookup(tk.norm[a - 1]))):
                return None     # (but "the US Fed", "the UK Treasury": a state's acronym, then its body)
            compound = next_gap == "-" and b < n and any(
                d.actors[x]["type"] == "state" for _, x in d.lookup(tk.norm[b]) if x in d.actors)
            if b < n and not compound and d.actors[actors[0]]["type"] == "organization" \
                    and _org_before_member(tk, d, b, next_gap):
                compound = True   # "Labour MPs", "Labour Senedd member", "a Labour-Plaid deal"
            if b < n and not tk.poss[b - 1] and not compound and (
                    (re.fullmatch(r"[ \t]+", next_gap) and tk.cap[b] and tk.norm[b] not in TITLE_WORDS
                     and not (d.actors[actors[0]]["type"] == "organization" and _given(tk.raw[b]))
                     # a byline's or a title-case headline's "By" / "In" continues no name
                     # ("Reuters By Curt Anderson"); "of", "for", "and", "on" may ("Bank Of ...")
                     and not (tk.norm[b] in _PREPOSITIONS and tk.norm[b] not in _ORG_LINKS))
                    or next_gap == "-"):
                return None     # but "Tory Liam Fox": the party, then the person
        return {"a": a, "b": b, "kind": "name", "actors": actors}
    if "capital" in by_kind:
        ok = True
        if prev_joined and tk.cap[a - 1] and tk.norm[a - 1] not in _RUN_OPENERS:
            ok = False      # "George Washington" (but "The Kremlin said")
        if prev_joined and _locative_before(tk, a) and not tk.poss[b - 1]:
            ok = False      # "in Beijing", "flew to Moscow" (but "in Beijing's interest")
        if b < n and not tk.poss[b - 1]:
            if re.fullmatch(r"[ \t]+", next_gap) and tk.cap[b] and tk.norm[b] not in TITLE_WORDS:
                ok = False  # "Washington Post", "Beijing Olympics"
            if next_gap == "-":
                ok = False  # "Beijing-based"
        if tk.raw[b - 1].isupper() and len(tk.raw[b - 1]) > 2:
            line_start = tk.text.rfind("\n", 0, tk.start[a]) + 1
            if not tk.text[line_start:tk.start[a]].strip() and (
                    re.match(r"\s*(?:[:—–-]|\()", next_gap)
                    or _DATED_DATELINE.match(tk.text, tk.end[b - 1], tk.end[b - 1] + 16)):
                ok = False  # dateline "WASHINGTON:", "MOSCOW, Aug. 18 (Xinhuanet) --"
        if ok:
            return {"a": a, "b": b, "kind": "capital", "actors": by_kind["capital"]}
        if b == a + 1 and prev_joined and tk.cap[a - 1] and _given(tk.raw[a - 1]) in ("m", "f") \
                and tk.norm[a - 1] not in _AUX_VERBS and re.fullmatch(r"[ \t]+", tk.gap(a - 1)) and not (b < n and tk.cap[b] and re.fullmatch(r"[ \t]+", next_gap)):
            return None     # "Ora Washington", "Denzel Washington": a given name, then the surname,
            # left to the pass for people (not "Washington Post", "George Washington University")
        return {"a": a, "b": b, "kind": "blocked", "actors": []}
    if "demonym_plural" in by_kind:
        return {"a": a, "b": b, "kind": "demonym_plural", "actors": by_kind["demonym_plural"]}
    if "demonym" in by_kind:
        nxt = tk.norm[b] if b < n and re.fullmatch(r"[ \t]+", next_gap) else None
        state = nxt in GOV_NOUNS
        if not state and nxt in _GOV_MODIFIERS and b + 1 < n and re.fullmatch(r"[ \t]+", tk.gap(b)):
            state = tk.norm[b + 1] in _GOV_HEADS
        if not state and a > 0 and tk.norm[a - 1] == "the" and prev_joined:
            # "the Chinese" as a noun: followed by punctuation or a verb
            state = ((nxt is None and b < n and not re.fullmatch(r"[ \t]+", next_gap)) or nxt in _AUX_VERBS
                     or b >= n) and tk.norm[b - 1].endswith(_COLLECTIVE_DEMONYM_ENDINGS)   # not "The Georgian"
        if all_demonyms and not state:
            # every use counts ("British troops", "a Ukrainian family"), except a name's part
            nxt_cap = b < n and re.fullmatch(r"[ \t]+", next_gap) and tk.cap[b] and (
                tk.norm[b] not in TITLE_WORDS or _company_run(tk, b))   # "Egyptian General Petroleum Corp"
            # a capitalised word before it makes it part of a name ("Royal Aldovian Navy"), unless
            # that word is capitalised only as a sentence's first word and is a function word or no
            # given name ("The Aldovian team" - "The" is in gender-guesser's list -, "Jailed
            # British-Egyptian activist")
            state = not nxt_cap and not (prev_joined and tk.cap[a - 1] and not _sentence_initial(tk, a)
                                         and not (_sentence_initial(tk, a - 1) and (
                                             tk.norm[a - 1] in _RUN_OPENERS or not _given(tk.raw[a - 1]))))
        if not state and b == a + 1 and prev_joined and tk.cap[a - 1] and _given(tk.raw[a - 1]) in ("m", "f") \
                and _person_context(tk, a - 1, b, 2):
            return None     # "Simon French, chief economist", "Nicholas Finn said": a surname
        kind = "demonym" if state else "blocked"
        return {"a": a, "b": b, "kind": kind, "actors": by_kind["demonym"] if state else []}
    if "surname" in by_kind:
        # part of a longer name ("Kim Yo Jong") -> not this person's surname
        if b < n and tk.join[b - 1] and tk.cap[b] and (tk.norm[b] not in NAME_STOPWORDS or _company_next(tk, b)):
            return None
        if prev_joined and tk.cap[a - 1] and tk.norm[a - 1] not in TITLE_WORDS and not _sentence_initial(tk, a):
            return None
        if tk.norm[a] in _MONTHS or tk.norm[a] in _DAYS:
            if _title_start(tk, a - 1) is None:
                return None
        t = _title_start(tk, a - 1)
        return {"a": a, "b": b, "kind": "surname", "actors": by_kind["surname"],
                "titled": t is not None or assume_name, "title_words": t[1] if t else [],
                "surname": "".join(tk.norm[k] for k in range(a, b)), "raw": " ".join(tk.raw[a:b])}
    return None


def _relative_given_before(tk: _Tokens, d: ActorDictionary, a: int, b: int, by_kind, prev_joined) -> bool:
    """Is the one-word dictionary name at [a, b) a person's surname written after another given
    name ("Michelle Obama", "Laura Bush" for a dictionary "Obama" / "Bush"): a relative, not the
    dictionary person? Not after a title ("President Obama"), nor after a sentence's first word
    that the document also writes in lower case ("Will Obama win?")."""
    if b != a + 1 or not prev_joined or not tk.cap[a - 1] or "surname" not in by_kind \
            or not set(by_kind["name"]) <= set(by_kind["surname"]):
        return False
    g = a - 1
    w = tk.norm[g]
    if _given(tk.raw[g]) not in ("m", "f") or w in TITLE_WORDS or w in NAME_STOPWORDS or w in ROLE_NOUNS \
            or tk.poss[g] or tk.is_initial(g) or not tk.raw[g][1:].islower():
        return False
    if any(d.actors.get(x, {}).get("type") != "person" or _norm(x.split()[0]) == w for x in by_kind["name"]):
        return False    # (an organisation; the person's own given name)
    k = g
    while k > 0 and tk.join[k - 1] and tk.cap[k - 1] and not _sentence_initial(tk, k):
        k -= 1          # the capitalised run before: "Barack Hussein Obama" is the person with a middle name
        if any(_norm(x.split()[0]) == tk.norm[k] for x in by_kind["name"]):
            return False
    if _sentence_initial(tk, g) and any(tk.norm[k] == w and not tk.cap[k] for k in range(tk.n)):
        return False
    start = tk.text.rfind("\n", 0, tk.start[g]) + 1
    end = tk.text.find("\n", tk.end[a])
    rest = tk.text[start:tk.start[g]] + " " + tk.text[tk.end[a]:end if end >= 0 else len(tk.text)]
    if len(rest.split()) >= 2 and _title_case_ratio(rest) >= 0.6:
        return False    # a title-case headline: a capital marks no name there ("Will Obama Win Ohio?");
        # (the line without the two words themselves: "Michelle Obama visits Paris" is no such line)
    return True


def _org_before_member(tk: _Tokens, d: ActorDictionary, b: int, gap: str) -> bool:
    """Does the capitalised word at b leave a gazetteer organisation before it a mention of
    its own? Yes before a title in the plural or singular ("Labour MPs", "Tory MSP"), before
    another gazetteer organisation ("Labour Senedd member", "Conservative Westminster group")
    and in a hyphenated pair of organisations ("a Labour-Plaid Cymru deal")."""
    if not tk.cap[b]:
        return False
    w = tk.norm[b]
    orgs = [x for _, x in d.lookup(w) if x in d.actors and d.actors[x]["type"] == "organization"]
    if gap == "-":
        return bool(orgs)
    if not re.fullmatch(r"[ \t]+", gap):
        return False
    if w.endswith("s") and len(w) > 2 and _TITLES.get(w[:-1], ("",))[0] == "title":
        return True
    return bool(orgs)


def _org_ends_at(tk: _Tokens, d: ActorDictionary, k: int) -> bool:
    """Does the name of an organisation of the dictionary end at token k ("Plaid Cymru" in
    "Plaid Cymru Senedd group")?"""
    key = ""
    for j in range(k, max(-1, k - 4), -1):
        key = tk.norm[j] + key
        if any(x in d.actors and d.actors[x]["type"] == "organization" for _, x in d.lookup(key)):
            return True
        if j > 0 and not tk.join[j - 1]:
            break
    return False


_DEPARTURE_VERBS = frozenset(_lex.word_list("departure_verbs.txt"))   # "left for Washington"


def _locative_before(tk: _Tokens, a: int) -> bool:
    """Is the word before token a a place preposition? "to" only after a word of motion, "for"
    only after a verb of leaving ("left for Washington", "set off for Moscow")."""
    p = tk.norm[a - 1]
    if p == "for":
        return any(tk.norm[k] in _DEPARTURE_VERBS for k in range(max(0, a - 3), a - 1))
    if p != "to":
        return p in LOCATIVES
    return any(tk.norm[k] in _MOTION_WORDS for k in range(max(0, a - 4), a - 1))


def _surname_before_suffix(tk: _Tokens, b: int) -> bool:
    """Is token b a title word written as a surname before a generational suffix ("Martin Luther
    King Jr.", "Larry King Jr")? A suffix follows only a surname, so the word is a name here."""
    return tk.norm[b] in TITLE_WORDS and tk.cap[b] and b + 1 < tk.n and tk.join[b] \
        and tk.norm[b + 1] in _NAME_SUFFIXES and tk.cap[b + 1]


def _particles_then_name(tk: _Tokens, b: int, lowercase_words) -> bool:
    """Tokens from b are name particles followed by a name word ("van der Berg")."""
    k = b
    while k < tk.n and (tk.raw[k] in _NAME_PARTICLES or (tk.norm[k] in _NAME_PARTICLES and tk.gap(k) == "-")) \
            and k + 1 < tk.n and tk.join[k]:    # "van der Berg", "El-Sisi", "Al-Assad"
        k += 1
    return k > b and _name_token(tk, k, lowercase_words)


_COMPANY_WORDS = {"inc", "corp", "co", "ltd", "plc", "llc", "ag", "sa", "nv", "spa", "gmbh", "bhd",
                  "pty", "cos", "group", "holdings", "industries", "corporation", "company", "bros",
                  "and", "hotels", "motors", "airlines", "enterprises", "international"}


_ORG_NAME_ENDS = frozenset(_lex.word_list("org_name_ends.txt")) | frozenset(_lex.word_list("org_heads.txt")) \
    | frozenset(_COMPANY_WORDS - {"and"})
_CITIES = frozenset(_norm(w) for w in _lex.word_list("cities.txt"))


# the date after a dateline's place: "MOSCOW, Aug. 18 (Xinhuanet) --", "WASHINGTON, Feb 27 -"
_DATED_DATELINE = re.compile(r",[ \t]+[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}\b")


def _company_run(tk: _Tokens, k: int) -> bool:
    """The capitalised run from token k ends in a company's legal form ("General Petroleum Corp")."""
    b = k
    while b < tk.n and tk.cap[b] and b - k < 6:
        if tk.norm[b] in _COMPANY_FORMS and b > k:
            return True
        if not tk.join[b]:
            break
        b += 1
    return False


def _company_next_at(text: str, pos: int) -> bool:
    """A company's legal form is the next word after offset pos ("Nikko Securities Co (Europe) Ltd")."""
    m = re.match(r"[ \t]*([A-Z][A-Za-z.]*)", text[pos:pos + 16])
    return m is not None and _norm(m.group(1)) in _COMPANY_FORMS


def _company_next(tk: _Tokens, k: int) -> bool:
    """Token k begins a company suffix ("Corp", "Co", "Group")."""
    return tk.cap[k] and tk.norm[k] in _COMPANY_WORDS


def _pronoun_near(tk: _Tokens, i: int, width: int = 25) -> bool:
    """Is a personal pronoun (he, she, his, her, him) within ``width`` words of token i: a sign that
    a word the given-name lists lack names a person there ("Benazir was ..., like her father")."""
    return not _PERSONAL_PRONOUNS.isdisjoint(tk.norm[max(0, i - width):i + width])


_NAME_EPITHETS = frozenset(_lex.word_list("name_epithets.txt"))   # "Old Tom Morris", "Young Tom Morris"
_PLACE_NAME_HEADS = frozenset(_lex.word_list("place_name_heads.txt"))   # "Fort Worth", "Lake Placid"


def _relatives_by_surname(tk: _Tokens, d: ActorDictionary, covered, unknown_surname, surname_all, lowercase_words):
    """(token, name) of two-word names "Given Surname" left uncovered whose surname is that of a
    person the document names in full with a known given name: news names a relative or namesake
    with their own given name ("Benazir Bhutto" beside "Zulfikar Ali Bhutto"), also one the
    given-name lists lack. The first word must be a name word written nowhere in lower case, no
    title, role, nationality, dictionary entry or surname of the document; at a sentence's start
    it must be a known given name ("Meanwhile Bhutto said"); no capitalised word is joined before or
    after the pair. A first word that opens one of the full names ("Zulfikar Bhutto") is that person."""
    n = tk.n
    out = []
    for i in tk.caps:
        if i + 1 >= n or covered[i] or covered[i + 1] or not tk.cap[i + 1] or tk.norm[i + 1] not in surname_all \
                or not re.fullmatch(r"[ \t]+", tk.gap(i)) or tk.poss[i] or tk.is_initial(i):
            continue
        w = tk.norm[i]
        if w in lowercase_words or w in TITLE_WORDS or w in NAME_STOPWORDS or w in ROLE_NOUNS or w in _QUALIFIERS \
                or w in unknown_surname or w in _CITIES or d.lookup(w) \
                or w in _PLACE_NAME_HEADS \
                or not _name_token(tk, i, lowercase_words) or not _name_token(tk, i + 1, lowercase_words):
            continue    # (not a place: "Fort Worth", "Fort Hood" beside a "Peter Worth")
        if _given(tk.raw[i]) is None and (_sentence_initial(tk, i) or not _pronoun_near(tk, i)):
            continue    # (an unlisted first word needs a personal pronoun near: not "Team Paterson")
        if i > 0 and tk.join[i - 1] and (
                tk.cap[i - 1] and not _sentence_initial(tk, i)
                and not (_sentence_initial(tk, i - 1) and _given(tk.raw[i - 1]) is None)   # "Later Wanjiru Kamau"
                or tk.norm[i - 1] in ("the", "a", "an")):
            continue
        if i + 2 < n and tk.join[i + 1] and tk.cap[i + 2] and not tk.poss[i + 1]:
            continue
        same = [x for x in surname_all.get(tk.norm[i + 1], ()) if _norm(x.split()[0]) == w]
        out.append((i, same[0] if same else f"{tk.raw[i]} {tk.raw[i + 1]}"))
    if out:     # (the nationality words last: they are built from the whole dictionary)
        nationality = _nationality_words(d)
        out = [(i, name) for i, name in out if tk.norm[i] not in nationality]
    return out


def _lone_name(tk: _Tokens, i: int, lowercase_words) -> bool:
    """Token i is a name on its own: no name-like capitalized word joined before or after."""
    if i + 1 < tk.n and tk.raw[i + 1][:1].isdigit() and re.fullmatch(r"[ \t]+", tk.gap(i)) \
            and _sentence_initial(tk, i):
        return False   # "Sales 7.9 mln vs 9.4 mln": the label of a table line, not a name
    if i + 1 < tk.n and tk.join[i] and (_name_token(tk, i + 1, lowercase_words) or _company_next(tk, i + 1)):
        return False
    if i > 0 and tk.norm[i - 1] in ("the", "a", "an") and re.fullmatch(r"[ \t]+", tk.text[tk.end[i - 1]:tk.start[i]]):
        return False   # "the Hilton Corp"
    if i > 0 and tk.join[i - 1] and _name_token(tk, i - 1, lowercase_words) and not _sentence_initial(tk, i):
        return False
    return True


_FAMILY_GROUP_NOUNS = frozenset(_lex.word_list("family_group_nouns.txt"))   # "the Magnuson family"


def _south_asian_initials(tk: _Tokens, d: "ActorDictionary", i: int, k: int, lowercase_words) -> bool:
    """Initials [i, k) glued to the name word k as South Asian news writes a person's name
    ("G.Sudhakaran", "P.K.Divakaran": no space after the last stop): a person without a further
    cue. Spaced initials ("M.A. Baby", "N.Z. Dlrs", "J.S. Winningham and Co") keep needing one
    (on 1987 Reuters tables and company names they are often no person). Not when the initials
    are a known acronym ("U.S.Steel"), the name word is written in lower case elsewhere in the
    text or is in capitals, or a number or another capitalised word follows."""
    letters = "".join(ch for x in range(i, k) for ch in tk.raw[x] if ch.isalpha())
    if tk.gap(k - 1) != "." or not letters.isupper():
        return False
    w = tk.raw[k]
    if len(w) < 3 or not w.isalpha() or w.isupper() or tk.norm[k] in lowercase_words or tk.norm[k] in NAME_STOPWORDS:
        return False
    if k + 1 >= tk.n or tk.raw[k + 1][:1].isdigit() or tk.raw[k + 1][:1].isupper() and tk.join[k]:
        return False    # "N.Z. Dlrs 5.4": a table's label; the end of the text
    return not d.lookup(letters.lower()) and not d.lookup(tk.norm[k])


def _attributive_surname(tk: _Tokens, i: int, full: str) -> bool:
    """Token i, the surname of the person *full* named in the document, is used as a modifier
    after "the" before a lower-case noun: "the Negroponte mission", "the Bush administration",
    "the Musharraf pledge" (news names a policy, visit or government after its person). Not
    before a verb, a preposition, a conjunction ("the Lowe said" is no such use) or a noun of the
    family as a group ("the Magnuson family"), and only when *full* opens with a known given name
    or was named with a title only ("President Bush"), not "Mirror Group" typed a person."""
    if " " in full and _given(full.split()[0]) is None:
        return False
    if not (0 < i < tk.n - 1 and tk.norm[i - 1] == "the" and re.fullmatch(r"[ \t]+", tk.gap(i - 1))
            and re.fullmatch(r"[ \t]+", tk.gap(i)) and not tk.poss[i]):
        return False
    nxt = tk.raw[i + 1]
    return nxt.isalpha() and nxt.islower() and tk.norm[i + 1] not in _AUX_VERBS \
        and tk.norm[i + 1] not in SPEECH_VERBS and tk.norm[i + 1] not in _PREPOSITIONS \
        and tk.norm[i + 1] not in ("and", "or", "who", "which", "that") and tk.norm[i + 1] not in _FAMILY_GROUP_NOUNS


def _after_portfolio(tk: _Tokens, i: int) -> bool:
    """Do the capitalised words right before token i end a title's portfolio, i.e. go back
    (over capitalised words and "and", at most six words) to "for" or "of" after a title word
    ("Minister for Climate Change", "Secretary of State for Work and Pensions")?"""
    k = i - 1
    while k >= 0 and i - k <= 6 and tk.join[k] and (tk.cap[k] or tk.norm[k] in ("and", "&")):
        k -= 1
    return k < i - 1 and k > 0 and tk.join[k] and not tk.cap[k] and tk.norm[k] in ("for", "of") \
        and tk.join[k - 1] and tk.norm[k - 1] in TITLE_WORDS


def _surname_like_stopword(tk: _Tokens, i: int, b: int) -> bool:
    """Token b, a capitalised word of the name stopwords or titles ("White", "Major", "Bishop"),
    is the surname of the known given name at i: the two stand alone (no capitalised word
    either side) and the context marks a person ("Valerie White said", "said John Major",
    "Ann Bishop, the head teacher,"). Not a month, weekday or organisation head ("Royal Mail",
    "Grace Hospital")."""
    raw = tk.raw[b]
    if not (_given(tk.raw[i]) in ("m", "f") and re.fullmatch(r"[ \t]+", tk.gap(i)) and tk.cap[b]
            and len(raw) > 2 and raw.isalpha() and not raw.isupper()):
        return False
    w = tk.norm[b]
    if (w in _ORG_NAME_ENDS or w in _ORG_HEADS) and not _role_given_head(tk, i) \
            or w in _MONTHS or w in _DAYS or w in _RUN_OPENERS:
        return False
    if b + 1 < tk.n and tk.join[b] and tk.cap[b + 1]:
        return False
    if i > 0 and tk.join[i - 1] and tk.cap[i - 1] and not _sentence_initial(tk, i):
        return False
    return _person_context(tk, i, b + 1, 2)


_ROLE_NOUNS_OF_ORGANISATIONS = frozenset(_lex.word_list("role_nouns_of_organisations.txt"))   # "a big investor"


def _person_context(tk: _Tokens, a: int, b: int, n_words: int) -> bool:
    """Does the context mark tokens [a, b) as a person's name?"""
    n = tk.n
    # a title directly before: "Senator Ann Lowe", "Mr Lowe", "Secretary of State Ann Lowe"
    t = _title_start(tk, a - 1)
    if t is not None:
        first, words = t
        if n_words == 1 and "the" in tk.norm[first:a]:
            return False   # "Chairman of the State Agro-...": an institution follows
        if tk.norm[a - 1] in TITLE_WORDS and any(w in PERSON_TITLES for w in words):
            return True
    prev_ws = a > 0 and bool(re.fullmatch(r"[ \t]+", tk.text[tk.end[a - 1]:tk.start[a]]))
    if n_words == 1 and prev_ws and not tk.cap[a - 1] and tk.norm[a - 1] in ROLE_NOUNS \
            and _given(tk.raw[a]) in ("m", "f"):
        return True   # "His daughter Sian said", "the president's brother Mahinda resigned"
    if n_words < 2 or n_words > 3:
        return False
    if prev_ws and tk.norm[a - 1] in _PREPOSITIONS and not tk.cap[a - 1]:
        # "Director for Asian Affairs said": the object of a preposition is not the speaker
        return tk.norm[a - 1] == "to" and a > 1 and tk.norm[a - 2] == "according"
    if a > 0 and _APPOSITIVE.fullmatch(tk.text[tk.end[a - 1]:tk.start[a]]) and not tk.cap[a - 1] \
            and tk.norm[a - 1] in ROLE_NOUNS:
        return True   # "China's ambassador, Xie Feng, said"
    if prev_ws and not tk.cap[a - 1]:
        p = tk.norm[a - 1]
        if p in ROLE_NOUNS:
            return True
        if p in SPEECH_VERBS and not (b < n and re.fullmatch(r"[ \t]+", tk.gap(b - 1)) and not tk.cap[b]
                                      and tk.norm[b] in _AUX_VERBS):
            return True   # "said Ann Lowe": an inverted speaker; not "co-stars say Wakanda
            # Forever is dedicated ...", where the name opens the reported clause
        if p == "to" and a > 1 and tk.norm[a - 2] == "according":
            return True
    if b < n:
        gap = tk.gap(b - 1)
        if re.fullmatch(r"[ \t]+", gap) and not tk.cap[b] and tk.norm[b] in SPEECH_VERBS:
            return True
        if re.fullmatch(r"[ \t]+", gap) and tk.norm[b] == "as" and not tk.cap[b] and b + 1 < n \
                and tk.norm[b + 1] not in ("a", "an") and any(
                not tk.cap[k] and (tk.norm[k] in TITLE_WORDS or tk.norm[k] in ROLE_NOUNS)
                for k in range(b + 1, min(n, b + 4))):
            return True   # "Kemi Badenoch as trade secretary": a person in a role
        if _APPOSITIVE.fullmatch(gap) and tk.norm[b] == "who":
            return True   # "Ravindu Perera, who lives in ...": a relative clause about a person
        if _APPOSITIVE.fullmatch(gap) and not (prev_ws and tk.norm[a - 1] in LOCATIVES):
            k = b
            if k < n and tk.norm[k] in ("a", "an", "the"):
                k += 1
                k0 = k
                for _ in range(2):      # "Ayub Khan, an early military ruler": modifiers before the role
                    if k + 1 < n and tk.raw[k].isalpha() and tk.raw[k].islower() and tk.norm[k] not in ROLE_NOUNS \
                            and tk.norm[k] not in _PREPOSITIONS and tk.norm[k] not in _AUX_VERBS \
                            and re.fullmatch(r"[ \t]+", tk.gap(k)) and not tk.cap[k + 1] \
                            and (tk.norm[k + 1] in ROLE_NOUNS or k + 2 < n and tk.norm[k + 2] in ROLE_NOUNS):
                        k += 1
                if k > k0 and k < n and tk.norm[k] in _ROLE_NOUNS_OF_ORGANISATIONS:
                    return False    # "Tiger Global, a big investor": a company's role too
            if k < n and tk.poss[k]:   # "the agency's director"
                k += 1
            if k < n and (tk.norm[k] in ROLE_NOUNS and not tk.cap[k]
                          or tk.norm[k] in TITLE_WORDS and tk.cap[k] and tk.norm[k] not in ("first",)):
                return True
    return False


def _resolve_surname(d: ActorDictionary, cands, sp, fulls, year, titled):
    """Choose the person a surname (or an ambiguous name) refers to, or None."""
    if not cands:
        return None
    pos = sp["a"]
    prior = [(p, a) for p, a in fulls if p < pos and a in cands]
    if prior:
        return max(prior)[1]
    if not titled and sp["kind"] == "surname":
        return None
    later = {a for p, a in fulls if a in cands}
    if len(later) == 1:
        return later.pop()
    pool = [c for c in cands if c in d.actors]
    if year is not None and not pd.isna(year):
        act = [c for c in pool if d.active(c, year) is not False]
        if act:
            pool = act
    tw = set(sp.get("title_words") or [])
    if len(pool) > 1 and tw:
        match = [c for c in pool if any(set(_norm(w) for w in r["title"].split()) & tw
                                        for r in d.actors[c]["roles"])]
        if match:
            pool = match
    if len(pool) > 1 and year is not None and not pd.isna(year):
        act = [c for c in pool if d.active(c, year)]
        if act:
            pool = act
    return pool[0] if len(pool) == 1 else None


# ---------------------------------------------------------------------------------------------
# Public API
# ---------------------------------------------------------------------------------------------
_SPEAKER_FILLER = {"a", "an", "the", "senior", "top", "former", "acting", "official", "officials",
                   "spokesman", "spokeswoman", "spokesperson", "source", "sources", "diplomat",
                   "diplomats", "aide", "aides", "officer", "officers", "representative",
                   "representatives", "ministry", "envoy", "government", "administration",
                   "people", "person", "one", "another", "two", "several", "unnamed", "anonymous",
                   "high", "level", "ranking", "and", "of", "for", "its", "his", "her", "their"}


def resolve_actor(name, dictionary=None, *, year=None, known=(), countries: bool = True) -> dict | None:
    """The dictionary actor a name or speaker string refers to, or None.

    Uses the same rules as :func:`actor_mentions` on the string alone: spelling and
    romanization variants, either name order, titles and roles before the name, possessives,
    capitals for governments. A person named at the end of a role phrase wins ("US Defense
    Secretary Jim Mattis"). A phrase that only adds words like "a senior ... official" to one
    state or organization resolves to it ("a senior US official" -> United States, "White House
    officials" -> White House). Pronouns, unnamed sources ("a diplomat") and names in neither the
    dictionary give None.

    Parameters
    ----------
    name : str
    dictionary : ActorDictionary, path or list of entries, optional (default ``data/actors.yml``)
    year : int, optional
        Year of the text, to choose between people sharing a surname by the years of their roles.
    known : iterable of str, optional
        Canonical actors already mentioned in the document; a bare or titled surname prefers them.
    countries : bool, default True
        Also resolve to the gazetteers of ``analysis/lexicons`` (states, parties, international
        organisations, ministries, seats of government: "Labour" -> Labour Party).

    Returns
    -------
    dict with actor, actor_type, country, or None.

    Examples
    --------
    >>> resolve_actor("Mr Xi")["actor"]
    'Xi Jinping'
    >>> resolve_actor("President Yoon Seok-yul")["actor"]
    'Yoon Suk Yeol'
    >>> resolve_actor("Pyongyang")["actor"], resolve_actor("he")
    ('North Korea', None)
    """
    if name is None or (not isinstance(name, str) and pd.isna(name)):
        return None
    text = " ".join(str(name).split())
    if not text:
        return None
    d = _as_dictionary(dictionary)
    if countries:
        d = d.with_countries()
    rows = [r for r in _find(text, d, year=year, assume_name=True, known=tuple(known)) if r["actor"] in d.actors]
    if not rows:
        return None
    tail = text.rstrip(" .,:;!?'\"’")
    if tail.endswith(("'s", "’s", "´s")):
        tail = tail[:-2]
    persons = [r for r in rows if r["actor_type"] == "person"]
    if persons and persons[-1]["end"] >= len(tail):
        return {k: persons[-1][k] for k in ("actor", "actor_type", "country")}
    actors = {r["actor"] for r in rows}
    if len(actors) != 1 or persons:
        return None
    covered = [(r["start"], r["end"]) for r in rows]
    for m in _TOKEN.finditer(text):
        if any(s <= m.start() < e for s, e in covered):
            continue
        w = _norm(m.group())
        if w.endswith("s") and (w in _SPEAKER_FILLER or w[:-1] in _SPEAKER_FILLER):
            continue
        if w in _SPEAKER_FILLER or w in TITLE_WORDS or w in GOV_NOUNS:
            continue
        return None
    r = rows[0]
    return {k: r[k] for k in ("actor", "actor_type", "country")}


def _check_corpus(corpus, need=("doc_id", "text")):
    if not isinstance(corpus, pd.DataFrame):
        raise TypeError(f"corpus must be a pandas DataFrame, not {type(corpus).__name__}")
    missing = [c for c in need if c not in corpus.columns]
    if missing:
        raise ValueError(f"corpus needs the column(s) {missing} (it has: {', '.join(map(str, corpus.columns))})")


def _years(corpus) -> dict:
    if "published" not in corpus.columns:
        return {}
    pub = pd.to_datetime(corpus["published"], errors="coerce")
    return {str(d): (int(p.year) if pd.notna(p) else None) for d, p in zip(corpus["doc_id"], pub)}


def actor_mentions(corpus: pd.DataFrame, dictionary=None, *, countries: bool = True,
                   organisations: bool = True, demonyms: str = "all") -> pd.DataFrame:
    """One row per mention of a person, state or organization.

    Parameters
    ----------
    corpus : DataFrame with ``doc_id`` and ``text`` (``published`` is used, when present, to
        tell apart people who share a surname by the years of their roles).
    dictionary : ActorDictionary, path to YAML, or list of entries, optional
        Default ``data/actors.yml`` (see :func:`load_actor_dictionary`).
    countries : bool, default True
        Also report countries the dictionary lacks (English CLDR names, via Babel) as states
        with ``in_dictionary=False``, so a corpus about other places is not silently empty;
        and parties, international organisations, ministries, agencies and seats of
        government from ``analysis/lexicons`` (see :meth:`ActorDictionary.with_countries`).
    organisations : bool, default True
        Also report organisations named by a capitalized name ending in a head noun
        ("Gwent Police", "Aberdeen City Council", "Office for Statistics Regulation", from
        ``analysis/lexicons/org_heads.txt``) and the acronym given for them in brackets.
    demonyms : {"all", "state", "none"}, default "all"
        "all": every use of a demonym is a mention of its state ("a Ukrainian family", "British
        officials"), except inside a longer name ("Sri Lankan Airlines") or a person's title.
        "state": only before a government word ("British officials", "Russian forces", "the
        Chinese side") or as a plural noun ("the Ukrainians"), not in "British tourists" or
        "North Korean leader". "none": no demonym mentions. Demonym mentions have ``match``
        "demonym" or "demonym_plural", so they can be counted apart or dropped afterwards.

    Returns
    -------
    DataFrame with doc_id, sent_id (as in :func:`analysis.sentences`), actor (canonical name),
    actor_type (person, state, organization), country, text (as written, without a possessive
    's or a title), start, end (offsets into the clean text), in_dictionary (False for names
    found by context only or from the gazetteers of ``analysis/lexicons``), match (how it was
    found: name, acronym, surname, given_name, capital, demonym, demonym_plural), resolution (how the
    actor was chosen: ``dictionary`` - a dictionary or gazetteer entry; ``document`` - the full
    name given in the same document, or the name itself; ``corpus`` - a surname alone whose
    document never gives the full name, resolved to the only full name with that surname in
    the corpus; ``unresolved`` - a titled surname with no full name anywhere, reported as
    written), role (for persons: the title, party or state words written before the name,
    e.g. "Home Secretary", "Tory", "US President"; honorifics such as "Mr" are not roles).
    Sorted by document order.

    Examples
    --------
    >>> import pandas as pd
    >>> c = pd.DataFrame({"doc_id": ["a"], "text": ["Pyongyang's envoy met Mr Kim Jong-un. Senator Ann Lowe objected."]})
    >>> actor_mentions(c)[["sent_id", "actor", "text", "in_dictionary"]]
       sent_id        actor         text  in_dictionary
    0        0  North Korea    Pyongyang           True
    1        0  Kim Jong Un  Kim Jong-un           True
    2        1     Ann Lowe     Ann Lowe          False
    """
    _check_corpus(corpus)
    if demonyms not in ("state", "all", "none"):
        raise ValueError(f"demonyms must be 'state', 'all' or 'none', not {demonyms!r}")
    d = _as_dictionary(dictionary)
    if countries:
        d = d.with_countries()
    dup = corpus["doc_id"].astype(str).duplicated()
    if dup.any():
        warnings.warn(f"actor_mentions: duplicate doc_id(s) {sorted(set(corpus['doc_id'][dup].astype(str)))[:5]}; "
                      "their sentence ids may collide", stacklevel=2)
    m, pending, words = document_mentions(corpus, d, organisations=organisations,
                                          all_demonyms=demonyms == "all")
    out = link_mentions(m, pending, words, d)
    if demonyms == "none":
        out = out[~out["match"].isin(["demonym", "demonym_plural"])].reset_index(drop=True)
    return mark_self_references(_portfolio_states(out, corpus, d), corpus)


def _portfolio_states(out: pd.DataFrame, corpus: pd.DataFrame, d=None) -> pd.DataFrame:
    """``out`` with each ministry or department named by its portfolio alone ("Foreign Ministry",
    "Interior Ministry", see ``_portfolio_body``) made the body of its state: actor "Foreign
    Ministry (Yemen)", country "Yemen" (every state has one, and the dictionary's ministries carry
    their country the same way). The state is the one written right before it (a possessive,
    demonym or name: "Yemen's Foreign Ministry", "the Russian Interior Ministry") or the one
    whose capital (a capital of the dictionary ``d``) follows it after "in" ("Foreign Ministry
    officials in Tokyo"); else the one
    the same name had that way elsewhere in the document, if only one; else the one state the
    document names, if it names only one ("SANAA (Reuters) - ..."); else the name stays
    unqualified (round 16, fixmin16; the lead dropped "the most named of several states")."""
    if not len(out) or "text" not in corpus.columns:
        return out

    def portfolio(name):
        w = name.lower().split() if isinstance(name, str) else []
        return len(w) in (2, 3) and w[-1] in _PORTFOLIO_BODY_HEADS and all(
            _TITLES.get(x, ("",))[0] == "modifier" and x not in _NOT_PORTFOLIOS
            and x not in _PORTFOLIO_BODY_HEADS for x in w[:-1])

    body = out["actor_type"].eq("organization") & out["country"].isna() & out["actor"].map(portfolio)
    if not body.any():
        return out
    out = out.copy()
    texts = dict(zip(corpus["doc_id"].astype(str), corpus["text"]))
    doc_ids = out["doc_id"].astype(str)
    sub = out[doc_ids.isin(set(doc_ids[body]))]     # (one pass over the rows, not one per document)
    for doc_id, rows in sub.groupby(doc_ids[sub.index], sort=False):
        t = texts.get(doc_id) if isinstance(texts.get(doc_id), str) else ""
        states = rows[rows["actor_type"].eq("state") & rows["country"].notna()]
        own, told = {}, {}
        for ix in rows.index[body[rows.index]]:
            s = int(out.at[ix, "start"])
            before = states[(states["end"] <= s) & (states["end"] >= s - 3)]
            hit = next((st for e, st in zip(before["end"], before["country"])
                        if re.fullmatch(r"(?:['\u2019]s?)? ", t[int(e):s])), None)
            c = re.match(r"(?: [a-z]+)? in ([A-Z][a-z]+(?: [A-Z][a-z]+)?)", t[int(out.at[ix, "end"]):][:40])
            caps = {x for kind, x in d.lookup(_key(c.group(1)))   # else its capital after "in": "the
                    if kind == "capital"} if c and d is not None else set()   # Foreign Ministry in Tokyo"
            if hit is None and len(caps) == 1:
                hit = d.actors.get(next(iter(caps)), {}).get("country") or next(iter(caps))
            if hit is not None:
                own[ix] = hit
                told.setdefault(out.at[ix, "actor"], set()).add(hit)
        counts = states["country"].value_counts()
        top = counts.index[0] if len(counts) == 1 else None   # (the most named of several states was
        # wrong 7 times in 35 on unlabelled news: China's spokesman given the UK in a UK-China story)
        for ix in rows.index[body[rows.index]]:
            name = out.at[ix, "actor"]
            same = told.get(name, set())
            state = own.get(ix) or (next(iter(same)) if len(same) == 1 else None) or (None if same else top)
            if state is not None:
                out.at[ix, "actor"], out.at[ix, "country"] = f"{name} ({state})", state
    return out


# the outlet named as the one told or asked ("told the BBC", "speaking to Reuters", "in a
# statement to the BBC") or as the one that learned, saw or asked ("BBC News understands", "the
# BBC has seen", "Reuters contacted"): how a publisher names itself in its own stories
_TOLD_BEFORE = re.compile(
    r"(?:\b(?:told|tell|tells|telling)|\b(?:speaking|spoke|speak|talking|talked|talk|said|statement|"
    r"interview|comments?|responding|response|confirmed|explained|wrote|writing)\s+(?:to|with))"
    r"\s+(?:the\s+)?$", re.I)
_TOLD_AFTER = re.compile(
    r"^(?:\s+News)?\s+(?:understands|understood|has\s+learned|has\s+learnt|learned|learnt|has\s+seen|"
    r"has\s+been\s+told|was\s+told|has\s+contacted|contacted|asked|has\s+asked|approached|has\s+approached|"
    r"obtained|has\s+obtained|poll|survey|analysis|investigation)\b")


def _told_outlet(text: str, start: int, end: int) -> bool:
    """Is the outlet mentioned at [start, end) of ``text`` named the way a publisher names
    itself in its own story ("told the BBC", "BBC News understands", "polled by Reuters")?"""
    return bool(_TOLD_BEFORE.search(text[max(0, start - 40):start])
                or re.search(r"\b(?:polled|surveyed|contacted|seen|obtained|commissioned)\s+by\s+(?:the\s+)?$",
                             text[max(0, start - 40):start], re.I)
                or _TOLD_AFTER.match(text[end:end + 40]))


def mark_self_references(mentions: pd.DataFrame, corpus: pd.DataFrame, *, corpus_outlet: bool = True) -> pd.DataFrame:
    """``mentions`` with a column ``self_reference``: True where the actor is the news outlet
    that published the document ("told the BBC" in a BBC article, "Reuters" in a Reuters story).

    A document's outlet is its ``outlet`` value, or the wire its dateline credits ("WASHINGTON
    (Reuters) -"), in the one name ``analysis/lexicons/outlet_aliases.csv`` and the media entries
    of ``organisations.yml`` give it ("Reuter", "THE ASSOCIATED PRESS" -> "Reuters", "Associated
    Press"). For the documents with neither, the corpus's own outlet is a known news outlet that
    is named the way a publisher names itself ("told the BBC", "BBC News understands", "speaking
    to Reuters") in at least 2% of those documents (and 3) and in more than twice as many as any
    other outlet (BBC articles: "told the BBC" in 119 of 472; Reuters stories of 1987: "told
    Reuters" in 43 of 1,406, no other outlet in more than 2); its mentions in those documents
    are marked (not with ``corpus_outlet=False``: one document's own outlet only, as the
    per-document tables of a store hold it). Nothing is dropped: the actor
    tables and charts of the report leave these rows out and say how many (see
    :func:`actor_summary`).
    """
    out = mentions.copy()
    out["self_reference"] = False
    if not len(out) or "doc_id" not in corpus.columns:
        return out
    from ..lexicons import _outlet_key, outlet_name

    def one_name(value):
        if not isinstance(value, str) or not value.strip():
            return None
        return outlet_name(value) or _outlet_key(value)

    texts = dict(zip(corpus["doc_id"].astype(str), corpus["text"])) if "text" in corpus.columns else {}
    own = {}
    outlets = corpus["outlet"] if "outlet" in corpus.columns else pd.Series([None] * len(corpus))
    for doc_id, outlet in zip(corpus["doc_id"].astype(str), outlets):
        name = one_name(outlet)
        if name is None and isinstance(texts.get(doc_id), str):
            t = texts[doc_id]
            name = next((one_name(t[a:b]) for a, b in dateline_credits(t)), None)
        own[doc_id] = name
    orgs = out["actor_type"].eq("organization")
    names = {a: one_name(a) for a in out["actor"].unique() if isinstance(a, str)}   # once per actor
    actor_name = out["actor"].map(names)
    doc_ids = out["doc_id"].astype(str)
    doc_outlet = doc_ids.map(own)
    mark = orgs & doc_outlet.notna() & actor_name.eq(doc_outlet)
    # the documents with no outlet of their own: the outlet that is told or asked in many of them
    without = {d for d, o in own.items() if o is None}
    listed = {a for a in names if outlet_name(a) is not None}
    known = orgs & doc_ids.isin(without) & out["actor"].isin(listed)
    if corpus_outlet and without and known.any():
        told = {}
        rows = zip(doc_ids[known], out.loc[known, "start"], out.loc[known, "end"], actor_name[known])
        for doc_id, start, end, name in rows:
            t = texts.get(doc_id)
            if isinstance(t, str) and _told_outlet(t, int(start), int(end)):
                told.setdefault(name, set()).add(doc_id)
        ranked = sorted(((len(v), k) for k, v in told.items()), reverse=True)
        if ranked:
            n, top = ranked[0]
            runner = ranked[1][0] if len(ranked) > 1 else 0
            if n >= 3 and n >= 0.02 * len(without) and n > 2 * runner:
                mark |= known & actor_name.eq(top)
    out["self_reference"] = mark.to_numpy()
    return out


def without_self_references(mentions: pd.DataFrame) -> tuple[pd.DataFrame, str | None]:
    """The mentions the actor tables and charts count: ``mentions`` without the rows that name
    the document's own outlet (``self_reference``, see :func:`mark_self_references`), and a note
    saying what was left out ("BBC: 379 mentions (in 175 documents) of the publisher itself left
    out of the actor tables and charts ..."), or None when nothing was.

    Examples
    --------
    >>> m = pd.DataFrame({"doc_id": ["a", "a", "b"], "actor": ["BBC", "Ann Lee", "BBC"],
    ...                   "self_reference": [True, False, True]})
    >>> kept, note = without_self_references(m)
    >>> kept["actor"].tolist()
    ['Ann Lee']
    >>> print(note)
    BBC: 2 mentions (in 2 documents) of the publisher itself left out of the actor tables and charts: the document's own outlet named in its text ("told the BBC", "Reuters said"); they stay in the mentions table (column self_reference).
    """
    if mentions is None or "self_reference" not in mentions.columns or not len(mentions):
        return mentions, None
    own = mentions["self_reference"].fillna(False).astype(bool)
    if not own.any():
        return mentions, None
    left = mentions[own].assign(actor=lambda d: d["actor"].fillna("(no actor name)").astype(str))
    parts = []
    for actor, rows in sorted(left.groupby("actor"), key=lambda kv: (-len(kv[1]), kv[0])):
        n, docs = len(rows), rows["doc_id"].nunique()
        parts.append(f"{actor}: {n:,}" + (f" mention{'s' if n != 1 else ''}" if not parts else "")
                     + f" (in {docs:,} document{'s' if docs != 1 else ''})")
    return (mentions[~own].reset_index(drop=True),
            ", ".join(parts) + " of the publisher itself left out of the actor tables and charts: the "
            "document's own outlet named in its text (\"told the BBC\", \"Reuters said\"); they stay in "
            "the mentions table (column self_reference).")


#: columns of the per-document tables :func:`document_mentions` returns beside the mentions
PENDING_COLUMNS = ["doc_id", "sent_id", "start", "end", "text", "key"]
WORD_COLUMNS = ["doc_id", "word", "mid", "low"]

_RUN = re.compile(r"[\w'’-]+")                       # a word as _proper_words' boundaries see it
_RUN_ACUTE = re.compile(r"[\w'’-]+(?:´[\w'’-]+)+")   # runs joined by an acute accent ("O´Brien")
_AFTER_SENTENCE_START = re.compile(r"(^|[.!?:;\"“(\n])\W*$")


def _surname_keys(d: ActorDictionary) -> frozenset:
    """Normalized surnames (and last words) of the dictionary's entries: the only words of
    ``NAME_STOPWORDS`` that can be a surname a lone word links to."""
    keys = getattr(d, "_surname_keys", None)
    if keys is None:
        keys = set()
        for actor, e in d.actors.items():
            if e.get("surname"):
                keys.add(_norm(e["surname"]))
            if actor.split():
                keys.add(_norm(actor.split()[-1]))
        keys = d._surname_keys = frozenset(keys)
    return keys


def _evidence_word(word: str, surnames: frozenset) -> bool:
    """Can ``word`` (lower case) be a lone word linked to a surname (see :func:`link_mentions`)?
    Only such words' counts are kept per document."""
    if len(word) < 2 or not (word.isalpha() or all(c.isalpha() or c in "'’´" for c in word)):
        return False
    k = _norm(word)
    if k in _CITIES or (k,) in _region_keys() or (k,) in _country_keys():
        return False
    return k not in NAME_STOPWORDS or k in surnames


def _word_evidence(text: str, keep) -> dict:
    """Per word (lower case) of one text: [times capitalized not at a sentence or line start,
    times in lower case], for the words ``keep`` accepts (the evidence of :func:`_proper_words`,
    counted per document so that a store annotated in chunks can add it up)."""
    counts = {}

    def count(w, s):
        if w.islower():
            c = 1
        elif w[0].isupper() and not w.isupper():
            if s == 0 or _AFTER_SENTENCE_START.search(text[max(0, s - 4):s]):
                return
            c = 0
        else:
            return
        low = w.lower()
        if not keep(low):
            return
        v = counts.get(low)
        if v is None:
            v = counts[low] = [0, 0]
        v[c] += 1

    after_start = _AFTER_SENTENCE_START.search
    for m in _RUN.finditer(text):     # count() inlined: the loop runs once per word of the corpus
        w = m.group()
        if w.islower():
            c = 1
        elif w[0].isupper() and not w.isupper():
            s = m.start()
            if s == 0 or after_start(text[max(0, s - 4):s]):
                continue
            c = 0
        else:
            continue
        low = w.lower()
        if not keep(low):
            continue
        v = counts.get(low)
        if v is None:
            v = counts[low] = [0, 0]
        v[c] += 1
    if "´" in text:   # a name written with an acute accent as apostrophe matches across it
        for m in _RUN_ACUTE.finditer(text):
            pieces, pos = [], m.start()
            for piece in m.group().split("´"):
                pieces.append((pos, pos + len(piece)))
                pos += len(piece) + 1
            for a in range(len(pieces)):
                for b in range(a + 1, len(pieces)):
                    count(text[pieces[a][0]:pieces[b][1]], pieces[a][0])
    return counts


def document_mentions(corpus: pd.DataFrame, dictionary=None, *, organisations: bool = True,
                      all_demonyms: bool = True):
    """The per-document part of :func:`actor_mentions`: what each document gives on its own.

    Returns three DataFrames, each keyed by ``doc_id``: the mentions found within each
    document (``MENTION_COLUMNS`` and ``self_reference``, from the document's own outlet only:
    see :func:`mark_self_references`), the lone name words no full name in their own document
    explains (``PENDING_COLUMNS``: doc_id, sent_id, start, end, text, key), and per document
    the counts of words that may be such names, capitalized mid-sentence (``mid``) and in lower
    case (``low``) (``WORD_COLUMNS``). :func:`link_mentions` turns the three tables of a whole
    corpus into its mentions, so documents annotated apart (in chunks, on several workers) give
    the same mentions as the whole corpus. ``dictionary`` must be compiled (with countries, as
    ``actor_mentions`` uses it).

    Examples
    --------
    >>> import pandas as pd
    >>> c = pd.DataFrame({"doc_id": ["a", "b"], "text": ["Ann Lowe said no.", "Lowe agreed."]})
    >>> m, pending, words = document_mentions(c, load_actor_dictionary().with_countries())
    >>> m[["doc_id", "actor", "resolution"]]
      doc_id     actor resolution
    0      a  Ann Lowe   document
    >>> pending[["doc_id", "text", "key"]]
      doc_id  text   key
    0      b  Lowe  lowe
    >>> link_mentions(m, pending, words, load_actor_dictionary().with_countries())[["doc_id", "actor", "resolution"]]
      doc_id     actor resolution
    0      a  Ann Lowe   document
    1      b  Ann Lowe     corpus
    """
    from ..text.segment import _doc_sentences

    d = _as_dictionary(dictionary)
    surnames = _surname_keys(d)
    class _Seen(dict):   # word -> _evidence_word(word); a hit is a dict lookup, no Python call
        def __missing__(self, word):
            v = self[word] = _evidence_word(word, surnames)
            return v

    keep = _Seen().__getitem__

    _check_corpus(corpus)
    # the starts and numbers of the sentences of segment.sentences(corpus), without its frame
    starts, sids = {}, {}
    for doc, text in zip(corpus["doc_id"].astype(str).tolist(), corpus["text"].fillna("").astype(str).tolist()):
        for si, (_, st, _) in enumerate(_doc_sentences(text)):
            starts.setdefault(doc, []).append(st)
            sids.setdefault(doc, []).append(si)
    years = _years(corpus)
    rows, pend, words = [], [], []
    docs = list(zip(corpus["doc_id"].astype(str), corpus["text"]))
    for doc_id, text in progress(docs, desc="actor mentions"):
        if not isinstance(text, str) or not text:
            continue
        st, si = starts.get(doc_id, []), sids.get(doc_id, [])
        pending = []
        credits = dateline_credits(text)
        for r in _find(text, d, year=years.get(doc_id), pending=pending, organisations=organisations,
                       all_demonyms=all_demonyms):
            if credits and any(a <= r["start"] and r["end"] <= b for a, b in credits):
                continue    # "WASHINGTON (Reuters) -": the wire credited is the source, not a mention
            k = bisect_right(st, r["start"]) - 1
            rows.append({"doc_id": doc_id, "sent_id": si[k] if k >= 0 else 0, **r})
        for s, e, raw, key in pending:
            k = bisect_right(st, s) - 1
            pend.append((doc_id, si[k] if k >= 0 else 0, s, e, raw, key))
        for w, (mid, low) in _word_evidence(text, keep).items():
            words.append((doc_id, w, mid, low))
    m = pd.DataFrame(rows, columns=MENTION_COLUMNS).astype(
        {"sent_id": "int64", "start": "int64", "end": "int64", "in_dictionary": "bool"})
    pending = pd.DataFrame(pend, columns=PENDING_COLUMNS).astype(
        {"doc_id": "str", "sent_id": "int64", "start": "int64", "end": "int64", "text": "str", "key": "str"})
    words = pd.DataFrame(words, columns=WORD_COLUMNS).astype(
        {"doc_id": "str", "word": "str", "mid": "int32", "low": "int32"})
    return mark_self_references(m, corpus, corpus_outlet=False), pending, words


def _proper_words(texts, words) -> set:
    """The words (normalized keys) of ``words`` that behave like proper names in ``texts``:
    written capitalized not at a sentence or line start more often than in lower case.

    A common noun that opens sentences and table lines ("Sales 7.9 mln", "Research shows") is
    mostly lower case elsewhere ("sales rose"); a surname ("Hunt", "Brown") is mostly
    capitalized mid-sentence. The reference definition (one regex pass over the texts, for the
    given words only); :func:`link_mentions` decides from the per-document counts of
    :func:`_word_evidence`, which give the same set (tests/test_actors_corpus_links.py)."""
    words = {w for w in words if w}
    if not words:
        return set()
    pat = re.compile(r"(?<![\w'’-])(" + "|".join(sorted(map(re.escape, words), key=len, reverse=True))
                     + r")(?![\w'’-])", re.I)
    mid, low = {}, {}
    for text in texts:
        if not isinstance(text, str):
            continue
        for m in pat.finditer(text):
            w = m.group(1)
            key = _norm(w)
            if w.islower():
                low[key] = low.get(key, 0) + 1
            elif w[0].isupper() and not w.isupper():
                before = text[max(0, m.start() - 4):m.start()]
                if m.start() > 0 and not re.search(r"(^|[.!?:;\"“(\n])\W*$", before):
                    mid[key] = mid.get(key, 0) + 1
    return {k for k, c in mid.items() if c > low.get(k, 0)}


def _words_of(words, wanted: set) -> pd.DataFrame:
    """The rows of a word-count table (a DataFrame, or a function of the wanted words that
    reads them) for the wanted words (lower case)."""
    if callable(words):
        return words(wanted)
    return words[words["word"].isin(wanted)]


_TEXT_COLUMNS = ("doc_id", "actor", "actor_type", "country", "text", "match", "resolution", "role")


def _typed_like_records(frame: pd.DataFrame) -> pd.DataFrame:
    """The dtypes a DataFrame built from row dicts gets: a text column with a value is ``str``
    (missing values NaN), one with none stays ``object``."""
    types = {"sent_id": "int64", "start": "int64", "end": "int64", "in_dictionary": "bool"}
    for c in _TEXT_COLUMNS:
        types[c] = "str" if len(frame) and frame[c].notna().any() else object
    return frame.astype(types)


def _sets_by(frame: pd.DataFrame, key: str, value: str) -> dict:
    """``frame.groupby(key)[value].agg(set).to_dict()`` (keys never missing here) without a
    pandas call per group."""
    out = {}
    for k, v in zip(frame[key].tolist(), frame[value].tolist()):
        out.setdefault(k, set()).add(v)
    return out


def _dominant_full_names(fulls: pd.DataFrame, by_surname: dict) -> dict:
    """{surname key: full name} for surnames that several full names of the corpus share, when
    one of them is named in at least 3 documents and in at least 4 times as many documents as
    the others together ("Ronald Reagan" in 4 newswire stories, "Nancy Reagan" in 1): an
    unresolved "President Reagan" elsewhere is that one."""
    shared = {k: v for k, v in by_surname.items() if len(v) > 1}
    if not shared:
        return {}
    docs = fulls.groupby("actor", sort=False)["doc_id"].nunique()
    out = {}
    for k, names in shared.items():
        counts = sorted(((int(docs.get(a, 0)), a) for a in names), reverse=True)
        top, rest = counts[0][0], sum(c for c, _ in counts[1:])
        if top >= 3 and top >= 4 * rest:
            out[k] = counts[0][1]
    return out


def link_mentions(mentions: pd.DataFrame, pending: pd.DataFrame, words, dictionary=None) -> pd.DataFrame:
    """A corpus's mentions from the per-document tables of :func:`document_mentions`.

    What only the whole corpus tells: a person found by the name rules whose name begins an
    organisation named anywhere in the corpus ("Merrill Lynch" / "Merrill Lynch and Co Inc")
    is that organisation, unless a title, role or titled surname marks them as a person; one
    person written with and without a middle initial in different documents is one actor (the
    first form); a titled surname with no full name in its document, and a lone capitalized
    word that behaves like a proper name in the corpus (capitalized mid-sentence more often
    than in lower case, summed over the documents' word counts), is the corpus's only full
    name with that surname (``resolution="corpus"``; not a city or region, and not a name
    ending in an organisation word).

    Parameters
    ----------
    mentions, pending : DataFrame
        The first two tables of :func:`document_mentions`, for every document of the corpus in
        corpus order.
    words : DataFrame or callable
        Its third table, or a function that takes a set of lower-case words and returns that
        table's rows for them (a store reads only those rows).
    dictionary : ActorDictionary, optional
        The compiled dictionary the tables were found with (default: the default one with
        countries).

    Returns
    -------
    DataFrame
        As :func:`actor_mentions`.

    Examples
    --------
    See :func:`document_mentions`.
    """
    d = dictionary if isinstance(dictionary, ActorDictionary) else _as_dictionary(dictionary).with_countries()
    types = {"sent_id": "int64", "start": "int64", "end": "int64", "in_dictionary": "bool"}
    # the document's own outlet, marked per document by document_mentions, is kept
    cols = MENTION_COLUMNS + ["self_reference"] * ("self_reference" in mentions.columns)
    if "self_reference" in mentions.columns:
        types["self_reference"] = "bool"
    m = mentions.reset_index(drop=True).reindex(columns=cols)
    if "self_reference" in m.columns:   # a missing mark is no self-reference (astype(bool) makes NaN True)
        m["self_reference"] = m["self_reference"].fillna(False)
    m = m.astype(types)
    pending = pending.reindex(columns=PENDING_COLUMNS)
    for c in _TEXT_COLUMNS:
        m[c] = m[c].astype(object)
        m.loc[m[c].isna(), c] = None
    in_d = set(d.actors)

    def person():
        return m["actor_type"].to_numpy() == "person"

    # a "person" whose name begins an organisation's name found anywhere in the corpus
    prefixes = {}
    for a in m.loc[m["actor_type"] == "organization", "actor"].drop_duplicates():
        toks = tuple(_norm(w) for w in a.split())
        if toks and toks[-1] in _EPONYMOUS_HEADS:
            continue    # "Queen Elizabeth Hospital", "Gates Foundation" do not make the person an organisation
        for k in range(2, len(toks)):
            prefixes.setdefault(toks[:k], a)
    if prefixes:
        p = person()
        cand = p & (m["resolution"] == "document").to_numpy() & ~m["in_dictionary"].to_numpy() \
            & ~m["actor"].isin(in_d).to_numpy()
        if cand.any():
            orgs = {a: prefixes.get(tuple(_norm(w) for w in a.split())) for a in m.loc[cand, "actor"].unique()}
            org = m["actor"].map(orgs).where(cand)
            hit = org.notna().to_numpy()
            if hit.any():
                marked_rows = p & (m["role"].notna() | (m["match"] == "surname")).to_numpy()
                marked = set(zip(m.loc[marked_rows, "doc_id"], m.loc[marked_rows, "actor"]))
                for i in map(int, hit.nonzero()[0]):
                    if (m.at[i, "doc_id"], m.at[i, "actor"]) in marked:
                        continue
                    m.at[i, "actor"], m.at[i, "actor_type"] = org.iat[i], "organization"
                    m.at[i, "role"], m.at[i, "resolution"] = None, "corpus"
    # "Ann M. Lowe" in one document and "Ann Lowe" in another are one person: the first form
    mask = person() & (m["resolution"] == "document").to_numpy() & ~m["actor"].isin(in_d).to_numpy()
    if mask.any():
        actors = m.loc[mask, "actor"]
        keyof = {a: " ".join(_norm(w) for w in a.split() if not re.fullmatch(r"[A-Z]\.?", w))
                 for a in actors.unique()}
        keys = actors.map(keyof)
        first = pd.Series(actors.to_numpy(), index=keys.to_numpy())
        first = first[~first.index.duplicated(keep="first")]
        m.loc[mask, "actor"] = keys.map(first).to_numpy()
    # "Stephen Barclay" in one document and "Steve Barclay" in others: one person when no other
    # given name with that surname is in the corpus; the form named in more documents
    full = person() & m["actor"].str.contains(" ", regex=False).fillna(False).to_numpy() \
        & (m["resolution"] != "unresolved").to_numpy()
    if full.any():
        counts = m.loc[full].groupby("actor", sort=False)["doc_id"].nunique().to_dict()
        same = _nickname_variants(counts, fixed=in_d)
        if same:
            # and only with evidence that they are one person: the same role before both
            # ("Health Secretary Steve Barclay" / "Health Secretary Stephen Barclay") or a person
            # or organisation named in documents of both forms (not "Jonathan Mason" of Japan Fund / "John Mason" of
            # Interstate Securities)
            names = set(same) | set(same.values())
            who = m["actor_type"].isin(["person", "organization"]).to_numpy()
            docs_of = _sets_by(m.loc[m["actor"].isin(names)], "actor", "doc_id")
            by_doc = _sets_by(m.loc[who], "doc_id", "actor")

            def near(x):
                return set().union(*(by_doc.get(doc, set()) for doc in docs_of.get(x, ()))) - names

            roles = _sets_by(m.loc[m["actor"].isin(names) & m["role"].notna()], "actor", "role")
            # (both in one document and still apart: the document found them two people)
            same = {x: t for x, t in same.items() if not docs_of.get(x, set()) & docs_of.get(t, set())
                    and (near(x) & near(t) or roles.get(x, set()) & roles.get(t, set()))}
        if same:
            m["actor"] = m["actor"].map(lambda a: same.get(a, a))
    by_surname = {}
    full = person() & m["actor"].str.contains(" ", regex=False).fillna(False).to_numpy() \
        & (m["resolution"] != "unresolved").to_numpy()
    for a in m.loc[full, "actor"].unique():
        entry = d.actors.get(a)
        sur = entry["surname"] if entry is not None and entry.get("surname") else a.split()[-1]
        if entry is None and _norm(sur) in _ORG_NAME_ENDS:
            continue   # "SuSE Linux" is no person for "Linux" to refer to
        by_surname.setdefault(_norm(sur), set()).add(a)
    unique = {k: next(iter(v)) for k, v in by_surname.items() if len(v) == 1}
    sir = ((m["resolution"] == "unresolved") & (m["match"] == "given_name")).to_numpy()
    if sir.any():
        # "Sir Keir" in a document that never gives the full name: the one full name in the
        # corpus with that given name ("Keir Starmer")
        by_given = {}
        for a in m.loc[full, "actor"].unique():
            by_given.setdefault(_norm(a.split()[0]), set()).add(a)
        for i in m.index[sir]:
            fit = by_given.get(_norm(m.at[i, "actor"]), ())
            if len(fit) == 1:
                m.at[i, "actor"], m.at[i, "resolution"] = next(iter(fit)), "corpus"
    # (a full name that dominates the corpus links titled surnames, not lone words: "John")
    top = dict(unique, **_dominant_full_names(m.loc[full], by_surname))
    if not top:
        return _typed_like_records(m)
    un = ((m["resolution"] == "unresolved") & (m["match"] != "given_name")).to_numpy()
    if un.any():
        new = m.loc[un, "actor"].map({a: top.get(_norm(a)) for a in m.loc[un, "actor"].unique()})
        new = new[new.notna()]
        for i, actor in zip(new.index, new):
            m.at[i, "actor"], m.at[i, "resolution"] = actor, "corpus"
            entry = d.actors.get(actor)
            if entry is not None:
                m.at[i, "country"], m.at[i, "in_dictionary"] = entry["country"], entry.get("source") not in _GAZETTEER
    # lone untitled words: only those that are proper names in this corpus and not places
    if len(pending):
        runs = pending["key"].str.contains(" ", regex=False).to_numpy()
        if runs.any():
            # "Villa" in a document that writes "Aston Villa" (key "aston villa"): only a
            # person of that very name, else no person
            def surname_of_run(k):
                a = unique.get(k.split()[-1])
                full = " ".join(_norm(w) for w in a.split()) if a is not None else None
                # (the run may open with a word before the name: "Unseeded Elena Bovina")
                return k.split()[-1] if full is not None and (k == full or k.endswith(" " + full)) else None

            pending = pending.assign(key=np.where(runs, pending["key"].map(surname_of_run), pending["key"]))
    pend = pending[pending["key"].isin(unique)] if len(pending) else pending
    if not len(pend):
        return _typed_like_records(m)
    nationality = _nationality_words(d)
    ok_key = {k: k not in _CITIES and (k,) not in _region_keys() and (k,) not in _country_keys()
              and k not in nationality for k in pend["key"].unique()}
    wanted = set(pend.loc[pend["key"].map(ok_key), "text"])
    proper = set()
    if wanted:
        rows = _words_of(words, {w.lower() for w in wanted})
        if len(rows):
            sums = rows.groupby(rows["word"].map(_norm), sort=False)[["mid", "low"]].sum()
            proper = set(sums.index[sums["mid"] > sums["low"]])
    pend = pend[pend["key"].isin(proper)]
    if not len(pend):
        return _typed_like_records(m)
    in_doc = set(zip(m["doc_id"], m["actor"]))
    added = []
    for doc_id, sid, s, e, raw, key in pend[PENDING_COLUMNS].itertuples(index=False, name=None):
        actor = unique[key]
        entry = d.actors.get(actor)
        added.append({"doc_id": doc_id, "sent_id": sid, "actor": actor, "actor_type": "person",
                      "country": entry["country"] if entry else None, "text": raw, "start": s, "end": e,
                      "in_dictionary": bool(entry) and entry.get("source") not in _GAZETTEER,
                      "match": "surname", "role": None, "self_reference": False,
                      # the full name later in the same document, or only in other documents
                      "resolution": "document" if (doc_id, actor) in in_doc else "corpus"})
    out = pd.concat([m, pd.DataFrame(added, columns=cols).astype(types).astype(
        {c: object for c in _TEXT_COLUMNS})], ignore_index=True)
    order, _ = pd.factorize(out["doc_id"])   # documents in order of their first row
    out = out.iloc[np.lexsort((out["start"].to_numpy(), order))].reset_index(drop=True)
    return _typed_like_records(out)


def cooccurrence(corpus: pd.DataFrame, dictionary=None, *, mentions=None, min_count: int = 1,
                 in_dictionary_only: bool = False) -> pd.DataFrame:
    """Pairs of actors mentioned in the same sentence.

    Parameters
    ----------
    corpus : DataFrame with doc_id and text.
    dictionary : optional, as for :func:`actor_mentions`.
    mentions : DataFrame, optional
        Output of :func:`actor_mentions`, to avoid computing it twice.
    min_count : int
        Keep pairs seen in at least this many sentences.
    in_dictionary_only : bool
        Drop actors found by context only (not in the dictionary).

    Returns
    -------
    DataFrame with actor_a, actor_b (alphabetical within a pair), n_sentences (sentences
    mentioning both), n_docs (documents with such a sentence); most frequent first.

    Examples
    --------
    >>> import pandas as pd
    >>> c = pd.DataFrame({"doc_id": ["a"], "text": ["Beijing and Washington spoke. Xi agreed with Beijing."]})
    >>> cooccurrence(c)
      actor_a        actor_b  n_sentences  n_docs
    0   China  United States            1       1
    1   China     Xi Jinping            1       1
    """
    m, _ = without_self_references(actor_mentions(corpus, dictionary) if mentions is None else mentions)
    if in_dictionary_only:
        m = m[m["in_dictionary"]]
    cols = ["actor_a", "actor_b", "n_sentences", "n_docs"]
    # every pair of distinct actors of one sentence, once (a self-join of the sentence's actors)
    u = m[["doc_id", "sent_id", "actor"]].drop_duplicates()
    u = u[u.duplicated(["doc_id", "sent_id"], keep=False)]   # sentences with two actors or more
    p = u.merge(u, on=["doc_id", "sent_id"], suffixes=("_a", "_b"))
    p = p[(p["actor_a"] < p["actor_b"]).to_numpy()]
    if not len(p):
        return pd.DataFrame(columns=cols).astype({"n_sentences": "int64", "n_docs": "int64"})
    out = (p.groupby(["actor_a", "actor_b"]).agg(n_sentences=("sent_id", "size"), n_docs=("doc_id", "nunique"))
           .reset_index())
    out = out[out["n_sentences"] >= min_count]
    return out.sort_values(["n_sentences", "n_docs", "actor_a", "actor_b"],
                           ascending=[False, False, True, True]).reset_index(drop=True)[cols]


def actor_sentiment(corpus: pd.DataFrame, dictionary=None, *, by: str = "document", mentions=None,
                    sentiment=None, method: str | None = None, sentences=None) -> pd.DataFrame:
    """Tone towards each actor (default), or tone of the sentences that mention it.

    ``method="target"`` (default) scores every mention with :func:`analysis.target_sentiment`,
    a model of the tone *towards the person or body named at that place* in its sentence
    (trained on NewsMTSC, see ``docs/sentiment.md``), and summarises each actor with
    :func:`analysis.actor_tone`: the mean score (P(positive) - P(negative), -1..+1) with a 95%
    interval from a bootstrap over whole documents, and the shares of negative, neutral and
    positive mentions. ``method="sentence"`` is the earlier measure: the mean sentence tone
    (:func:`analysis.sentence_sentiment`) of the sentences that mention the actor, each sentence
    counted once per actor, whoever the sentence is about.

    Parameters
    ----------
    corpus : DataFrame with doc_id, text and (for years) published.
    dictionary : optional, as for :func:`actor_mentions`.
    by : {"document", "year", "actor"}
        "document": one row per document and actor; "year": per publication year and actor;
        "actor": one row per actor over the whole corpus.
    mentions : DataFrame, optional
        Precomputed :func:`actor_mentions` output.
    sentiment : DataFrame, optional
        Precomputed :func:`analysis.sentence_sentiment` output (``method="sentence"``).
    method : {"target", "sentence"}, optional
        Default "target"; "sentence" when ``sentiment`` is given.
    sentences : DataFrame, optional
        Precomputed :func:`analysis.sentences` output (``method="target"``).

    Returns
    -------
    DataFrame with the grouping columns (doc_id and year; year; or none), then actor,
    actor_type, n_docs, n_sentences, and for ``method="target"``: n_mentions, score_mean,
    ci_low, ci_high (empty for a row with fewer than :data:`ACTOR_TONE_MIN_DOCS` documents, said
    in ``attrs["interval"]``), share_negative, share_neutral, share_positive; for ``method="sentence"``:
    compound_mean, pos_mean, neg_mean, neu_mean, share_negative (share of sentences with
    compound <= -0.05). Most mentioned first within each group.

    Examples
    --------
    >>> import pandas as pd
    >>> c = pd.DataFrame({"doc_id": ["a"], "text": ["Beijing praised the deal."],
    ...                   "published": pd.to_datetime(["2020-01-01"])})
    >>> s = pd.DataFrame({"doc_id": ["a"], "sent_id": [0], "sentence": ["..."], "neg": [0.0],
    ...                   "neu": [0.5], "pos": [0.5], "compound": [0.6]})
    >>> actor_sentiment(c, by="year", sentiment=s, method="sentence")[["year", "actor", "n_sentences", "compound_mean"]]
       year  actor  n_sentences  compound_mean
    0  2020  China            1            0.6
    >>> c = pd.DataFrame({"doc_id": ["a"], "text": ["Critics bitterly attacked Kim Jong Un over the failed deal."]})
    >>> actor_sentiment(c, by="actor")[["actor", "n_mentions", "share_negative"]]
             actor  n_mentions  share_negative
    0  Kim Jong Un           1             1.0
    """
    if by not in ("document", "year", "actor"):
        raise ValueError(f"by must be 'document', 'year' or 'actor', not {by!r}")
    if method is None:
        method = "sentence" if sentiment is not None else "target"
    if method not in ("target", "sentence"):
        raise ValueError(f"method must be 'target' or 'sentence', not {method!r}")
    _check_corpus(corpus)
    m, _ = without_self_references(actor_mentions(corpus, dictionary) if mentions is None else mentions)
    if method == "target":
        return _actor_target_tone(corpus, m, by, sentences)
    if sentiment is None:
        import analysis
        sentiment = analysis.sentence_sentiment(corpus)
    need = {"doc_id", "sent_id", "compound"}
    if not need <= set(sentiment.columns):
        raise ValueError(f"sentiment needs the columns {sorted(need)}")
    s = sentiment.copy()
    for c in ("pos", "neg", "neu"):
        if c not in s.columns:
            s[c] = float("nan")
    s["doc_id"] = s["doc_id"].astype(str)
    pairs = m[["doc_id", "sent_id", "actor", "actor_type"]].drop_duplicates(["doc_id", "sent_id", "actor"])
    pairs = pairs.assign(doc_id=pairs["doc_id"].astype(str))
    x = pairs.merge(s[["doc_id", "sent_id", "compound", "pos", "neg", "neu"]], on=["doc_id", "sent_id"],
                    how="left")
    lost = int(x["compound"].isna().sum())
    if lost:
        warnings.warn(f"actor_sentiment: {lost} actor sentence(s) have no sentiment score and are left out",
                      stacklevel=2)
        x = x[x["compound"].notna()]
    years = _years(corpus)
    if by in ("document", "year") and not years:
        warnings.warn("actor_sentiment: the corpus has no 'published' column; year is missing", stacklevel=2)
    x = x.assign(year=x["doc_id"].map(years).astype("Int64"),
                 negative=(x["compound"] <= -0.05).astype(float))
    keys = {"document": ["doc_id", "year"], "year": ["year"], "actor": []}[by]
    cols = keys + ["actor", "actor_type", "n_docs", "n_sentences", "compound_mean", "pos_mean",
                   "neg_mean", "neu_mean", "share_negative"]
    if x.empty:
        return pd.DataFrame(columns=cols)
    g = x.groupby(keys + ["actor", "actor_type"], dropna=False, sort=True)
    out = g.agg(n_docs=("doc_id", "nunique"), n_sentences=("sent_id", "size"),
                compound_mean=("compound", "mean"), pos_mean=("pos", "mean"), neg_mean=("neg", "mean"),
                neu_mean=("neu", "mean"), share_negative=("negative", "mean")).reset_index()
    out = out.sort_values(keys + ["n_sentences", "actor"], ascending=[True] * len(keys) + [False, True])
    return out.reset_index(drop=True)[cols]


#: Fewest documents behind an actor's tone (per group) for ``actor_sentiment`` to give its interval.
ACTOR_TONE_MIN_DOCS = 3


def _actor_target_tone(corpus: pd.DataFrame, m: pd.DataFrame, by: str, sents) -> pd.DataFrame:
    """actor_sentiment(method="target"): each mention scored by the target-tone model."""
    from ..text.segment import sentences as segment
    from ..sentiment.target_tone import actor_tone, mention_sentiment

    keys = {"document": ["doc_id", "year"], "year": ["year"], "actor": []}[by]
    cols = keys + ["actor", "actor_type", "n_docs", "n_sentences", "n_mentions", "score_mean", "ci_low",
                   "ci_high", "share_negative", "share_neutral", "share_positive"]
    if m.empty:
        return pd.DataFrame(columns=cols)
    years = _years(corpus)
    if by in ("document", "year") and not years:
        warnings.warn("actor_sentiment: the corpus has no 'published' column; year is missing", stacklevel=3)
    if sents is None:
        sents = segment(corpus[corpus["doc_id"].isin(m["doc_id"].unique())])
    scored = mention_sentiment(m, sents)
    scored = scored.assign(doc_id=scored["doc_id"].astype(str))
    scored["year"] = scored["doc_id"].map(years).astype("Int64")
    tone = actor_tone(scored, by=keys or None)
    if tone.empty:
        return pd.DataFrame(columns=cols)
    ok = scored[scored["score"].notna()]
    n_sent = (ok.assign(_sentence=ok["doc_id"] + "\x1f" + ok["sent_id"].astype(str))
              .groupby(keys + ["actor"], dropna=False)["_sentence"].nunique().rename("n_sentences").reset_index())
    if "year" in keys:  # all-missing years come back from the grouping as object: one dtype for the join
        tone["year"] = tone["year"].astype("Int64")
        n_sent["year"] = n_sent["year"].astype("Int64")
    tone = tone.merge(n_sent, on=keys + ["actor"], how="left")
    tone = tone.rename(columns={"n_documents": "n_docs", "mean_score": "score_mean"})
    if "actor_type" not in tone.columns:
        tone["actor_type"] = None
    tone = tone.sort_values(keys + ["n_mentions", "actor"], ascending=[True] * len(keys) + [False, True],
                            kind="stable")
    out = tone.reset_index(drop=True)[cols]
    # a bootstrap over whole documents cannot make an interval from one or two documents: their
    # resamples are a handful of the same means, whose percentiles look precise and are not
    few = out["n_docs"].fillna(0) < ACTOR_TONE_MIN_DOCS
    out.loc[few, ["ci_low", "ci_high"]] = float("nan")
    out.attrs["interval"] = (f"95% interval from a bootstrap over whole documents; none for an actor named in "
                             f"fewer than {ACTOR_TONE_MIN_DOCS} documents"
                             + (f" ({int(few.sum())} of {len(out)} rows)" if few.any() else ""))
    return out


def _yaml_dumper():
    """libyaml's safe dumper when PyYAML was built with it (the same text, about 10 times
    faster on thousands of entries), else the pure-Python one."""
    import yaml

    return getattr(yaml, "CSafeDumper", yaml.SafeDumper)


def suggest_dictionary(mentions: pd.DataFrame, min_mentions: int = 3) -> str:
    """YAML entries for frequent actors that are not in the dictionary, ready to edit and use.

    Parameters
    ----------
    mentions : DataFrame from :func:`actor_mentions`.
    min_mentions : int, default 3
        Suggest actors mentioned at least this often.

    Returns
    -------
    str
        YAML text in the format of ``data/actors.yml``: one entry per actor found without a
        dictionary entry (persons found by context, gazetteer countries and organisations),
        most mentioned first, with the multi-word forms seen as ``aliases`` and the mention
        counts in comments. Save it, edit it (drop, rename, merge), and pass the file as
        ``dictionary=`` (merged with the default) or to :func:`load_actor_dictionary`.
        Surnames written alone are listed in a comment, not as aliases: a bare alias matches
        anywhere, a surname only after a title or the full name.

    Examples
    --------
    >>> import pandas as pd
    >>> c = pd.DataFrame({"doc_id": ["a"], "text": ["Ann Lowe spoke. Ms Lowe and Ann M. Lowe agreed."]})
    >>> print(suggest_dictionary(actor_mentions(c), min_mentions=2))
    # Suggested actor dictionary entries (edit, then pass the file as dictionary=...)
    actors:
    # Ann Lowe: 3 mentions in 1 document(s); also written alone: Lowe
    - name: Ann Lowe
      type: person
      aliases:
      - Ann M. Lowe
    <BLANKLINE>
    """
    import yaml

    if min_mentions < 1:
        raise ValueError("min_mentions must be at least 1")
    need = {"actor", "actor_type", "text", "in_dictionary", "doc_id"}
    if not need <= set(mentions.columns):
        raise ValueError(f"mentions needs the columns {sorted(need)} (from actor_mentions)")
    m = mentions[~mentions["in_dictionary"].astype(bool)]
    if "resolution" in m.columns:  # states, parties, agencies ... the shipped gazetteers already know
        m = m[m["resolution"] != "dictionary"]
    lines = ["# Suggested actor dictionary entries (edit, then pass the file as dictionary=...)", "actors:"]
    if m.empty:
        return "\n".join(lines[:1] + ["actors: []"]) + "\n"
    counts = m.groupby("actor").agg(n=("text", "size"), docs=("doc_id", "nunique"),
                                    kind=("actor_type", "first"))
    counts = counts[counts["n"] >= min_mentions].sort_values(["n"], ascending=False, kind="stable")
    if counts.empty:
        return "\n".join(lines[:1] + ["actors: []"]) + "\n"
    # each suggested actor's rows, in table order (one grouping, not a scan of the table per actor)
    rows_of = dict(tuple(m[m["actor"].isin(counts.index)].groupby("actor", sort=False)))
    for actor, row in counts.sort_index().sort_values("n", ascending=False, kind="stable").iterrows():
        own = rows_of[actor]
        forms = sorted(set(own["text"].astype(str)) - {actor})
        multi = [f for f in forms if len(f.split()) > 1 or row["kind"] != "person"]
        alone = [f for f in forms if f not in multi]
        entry = {"name": actor, "type": row["kind"]}
        if "country" in m.columns:
            c = own["country"].dropna()
            if len(c) and row["kind"] != "state":
                entry["country"] = str(c.iloc[0])
        if multi:
            entry["aliases"] = multi
        note = f"# {actor}: {int(row['n'])} mentions in {int(row['docs'])} document(s)"
        if alone:
            note += "; also written alone: " + ", ".join(alone)
        lines.append(note)
        lines.append(yaml.dump([entry], Dumper=_yaml_dumper(), allow_unicode=True, sort_keys=False).rstrip("\n"))
    return "\n".join(lines) + "\n"


def actor_summary(mentions: pd.DataFrame) -> pd.DataFrame:
    """One row per actor: how often and in how many documents it is mentioned, and as what.

    Parameters
    ----------
    mentions : DataFrame from :func:`actor_mentions`.

    Returns
    -------
    DataFrame with actor, actor_type, country, in_dictionary, mentions, documents, forms (the
    distinct ways it was written, "; "-joined); most mentioned first. Mentions of a document's
    own outlet (``self_reference``: "told the BBC" in a BBC article) are not counted; see
    :func:`without_self_references` for the note that says so.

    Examples
    --------
    >>> import pandas as pd
    >>> c = pd.DataFrame({"doc_id": ["a"], "text": ["Kim Jong-un met Mr Kim Jong Un's envoy."]})
    >>> actor_summary(actor_mentions(c))[["actor", "mentions", "forms"]]
             actor  mentions                     forms
    0  Kim Jong Un         2  Kim Jong Un; Kim Jong-un
    """
    cols = ["actor", "actor_type", "country", "in_dictionary", "mentions", "documents", "forms"]
    mentions, _ = without_self_references(mentions)
    if mentions.empty:
        return pd.DataFrame(columns=cols)
    m = mentions.assign(country=mentions["country"].astype(object).where(mentions["country"].notna(), ""))
    out = (m.groupby(["actor", "actor_type", "country", "in_dictionary"], sort=True)
           .agg(mentions=("text", "size"), documents=("doc_id", "nunique"),
                forms=("text", lambda s: "; ".join(sorted(set(s)))))
           .reset_index())
    out["country"] = out["country"].replace("", None)
    return out.sort_values(["mentions", "actor"], ascending=[False, True]).reset_index(drop=True)[cols]


def mention_scores(predicted: pd.DataFrame, gold: pd.DataFrame) -> dict:
    """Micro precision and recall of actor mentions against a gold set.

    Both frames need doc_id, actor and text. A predicted mention counts as correct when the
    same document has a gold mention with the same canonical actor and the same text as
    written (compared as multisets, so a name mentioned twice must be found twice).

    Parameters
    ----------
    predicted : DataFrame
        Mentions found, e.g. :func:`actor_mentions` output (doc_id, actor, text).
    gold : DataFrame
        Expected mentions (doc_id, actor, text), e.g. from :func:`load_mention_gold`.

    Returns
    -------
    dict with precision, recall, f1, n_gold, n_predicted, and errors (a DataFrame of
    doc_id, actor, text, error = 'false positive' | 'missed').

    Examples
    --------
    >>> g = pd.DataFrame({"doc_id": ["a", "a"], "actor": ["China", "Xi Jinping"], "text": ["Beijing", "Xi"]})
    >>> mention_scores(g.iloc[:1], g)["recall"]
    0.5
    """
    from collections import Counter

    def keys(df):
        return Counter(zip(df["doc_id"].astype(str), df["actor"].astype(str), df["text"].astype(str)))

    p, g = keys(predicted), keys(gold)
    hit = sum((p & g).values())
    n_p, n_g = sum(p.values()), sum(g.values())
    prec = hit / n_p if n_p else 1.0
    rec = hit / n_g if n_g else 1.0
    errors = ([(*k, "false positive") for k, v in (p - g).items() for _ in range(v)]
              + [(*k, "missed") for k, v in (g - p).items() for _ in range(v)])
    return {"precision": prec, "recall": rec, "f1": 2 * prec * rec / (prec + rec) if prec + rec else 0.0,
            "n_gold": n_g, "n_predicted": n_p,
            "errors": pd.DataFrame(sorted(errors, key=lambda e: (e[3], e[0], e[1], e[2])), columns=["doc_id", "actor", "text", "error"])}


def load_mention_gold(path) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Read a gold file of actor mentions (YAML, see ``tests/gold/actors_gold.yml``).

    Parameters
    ----------
    path : str or Path
        A YAML list of items (or a mapping with an ``items`` list); each item has ``text`` and
        optionally ``id``, ``year`` (the publication year) and ``mentions``, each written
        ``"Canonical Actor | text as written"`` (the text defaults to the actor's name).

    Returns
    -------
    (corpus, gold): a corpus DataFrame (doc_id, text, published) with one document per item,
    and the expected mentions (doc_id, actor, text).

    Examples
    --------
    >>> import tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "gold.yml"
    >>> _ = p.write_text("- id: g1\\n  year: 2016\\n  text: Mr Xi met Beijing's envoy.\\n"
    ...                  "  mentions: [Xi Jinping | Xi, China | Beijing]\\n", encoding="utf-8")
    >>> corpus, gold = load_mention_gold(p)
    >>> mention_scores(actor_mentions(corpus), gold)["recall"]
    1.0
    """
    import yaml

    items = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    items = items["items"] if isinstance(items, dict) else items
    docs, gold = [], []
    for k, it in enumerate(items):
        doc_id = str(it.get("id", f"gold-{k:03d}"))
        year = it.get("year")
        docs.append((doc_id, it["text"], pd.Timestamp(f"{int(year)}-06-01") if year else pd.NaT))
        for m in it.get("mentions") or []:
            actor, _, text = (x.strip() for x in str(m).partition("|"))
            gold.append((doc_id, actor, text or actor))
    corpus = pd.DataFrame(docs, columns=["doc_id", "text", "published"])
    corpus["published"] = pd.to_datetime(corpus["published"])
    return corpus, pd.DataFrame(gold, columns=["doc_id", "actor", "text"])
