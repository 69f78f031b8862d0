"""Word lists and gazetteers shipped with the library, read from the data files in this folder.

Each file says in its header where its entries come from (see also README.md here). The
readers below are cached: every list is parsed once per process.

* ``titles.csv`` - honorifics, titles and title modifiers, with gender where the word says it.
* ``role_nouns.csv`` - lower-case role and relation nouns ("spokesman", "sister").
* ``reporting_verbs.txt`` - attribution cues ("said", "told", "posted").
* ``countries.csv`` - sovereign states: ISO code, name (default: CLDR via Babel), aliases,
  demonyms.
* ``organisations.yml`` - parties, international organisations, ministries, agencies,
  legislatures, media and seats of government, in the actor-dictionary schema.
* ``name_stopwords.txt`` - capitalised words that are never part of a person's name.
* Given names and their gender come from the ``gender-guesser`` package's name list, with the
  corrections in ``given_name_genders.csv``; nickname variants of given names ("Steve" /
  "Stephen") from the ``nicknames`` package's list.
"""
from __future__ import annotations

import csv
import re
from functools import lru_cache
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _rows(name: str):
    with open(HERE / name, encoding="utf-8", newline="") as fh:
        lines = [ln for ln in fh if ln.strip() and not ln.lstrip().startswith("#")]
    return list(csv.DictReader(lines))


@lru_cache(maxsize=None)
def word_list(name: str) -> tuple:
    """Lines of a one-word-per-line file (comments and blanks dropped), lower case."""
    with open(HERE / name, encoding="utf-8") as fh:
        return tuple(dict.fromkeys(ln.strip().lower() for ln in fh
                                   if ln.strip() and not ln.lstrip().startswith("#")))


@lru_cache(maxsize=None)
def titles() -> dict:
    """word -> (kind, gender or None); kind is honorific, title or modifier."""
    return {r["word"].strip().lower(): (r["kind"].strip(), (r.get("gender") or "").strip() or None)
            for r in _rows("titles.csv")}


@lru_cache(maxsize=None)
def role_nouns() -> dict:
    """word -> gender or None."""
    return {r["word"].strip().lower(): (r.get("gender") or "").strip() or None for r in _rows("role_nouns.csv")}


@lru_cache(maxsize=None)
def reporting_verbs() -> tuple:
    return word_list("reporting_verbs.txt")


def _split(v) -> list:
    return [x.strip() for x in (v or "").split(";") if x.strip()]


def _cldr_name(code: str) -> str | None:
    try:
        from babel import Locale
    except ImportError:
        return None
    name = Locale("en").territories.get(code)
    if not name:
        return None
    name = re.sub(r"\(.*?\)|SAR China| - .*$", "", name).replace("&", "and").replace("St.", "Saint")
    return " ".join(name.split())


@lru_cache(maxsize=None)
def countries() -> tuple:
    """Sovereign states as actor-dictionary entries (name, type, country, aliases, demonyms).

    The name is the file's ``name`` column, else the English CLDR name (Babel); the CLDR name
    is added as an alias when it differs ("Türkiye" for Turkey).
    """
    out = []
    for r in _rows("countries.csv"):
        code = r["code"].strip()
        cldr = _cldr_name(code)
        name = (r.get("name") or "").strip() or cldr
        if not name:
            continue
        aliases = _split(r.get("aliases"))
        if cldr and cldr != name and cldr not in aliases:
            aliases.append(cldr)
        out.append({"name": name, "type": "state", "country": name, "aliases": aliases,
                    "demonyms": _split(r.get("demonyms")), "code": code, "source": "lexicon"})
    return tuple(out)


@lru_cache(maxsize=None)
def historical_states() -> tuple:
    """Former sovereign states (``historical_states.csv``: Soviet Union, East Germany,
    Yugoslavia, Czechoslovakia; West Germany as an alias of Germany) as actor-dictionary
    entries like :func:`countries`, with ``from``/``to`` years.

    Examples
    --------
    >>> [e["name"] for e in historical_states()][:2]
    ['Soviet Union', 'East Germany']
    """
    return tuple({"name": r["name"].strip(), "type": "state", "country": r["name"].strip(),
                  "aliases": _split(r.get("aliases")), "demonyms": _split(r.get("demonyms")),
                  "code": r["code"].strip(), "source": "lexicon",
                  "from": (r.get("from") or "").strip(), "to": (r.get("to") or "").strip()}
                 for r in _rows("historical_states.csv"))


@lru_cache(maxsize=None)
def organisations() -> tuple:
    import yaml

    data = yaml.safe_load((HERE / "organisations.yml").read_text(encoding="utf-8"))
    return tuple(dict(e, source="lexicon") for e in data["actors"])


def _outlet_key(value) -> str:
    """A form of an outlet's name as ``outlet_name`` compares it: lower case, spaces and dots
    folded, without a leading "The" or trailing punctuation."""
    s = re.sub(r"\s+", " ", str(value)).strip().strip(" .,;:-–—|()").lower()
    return re.sub(r"^the ", "", s)


@lru_cache(maxsize=None)
def outlet_names() -> dict:
    """Form of a news outlet's name (as :func:`_outlet_key` folds it) -> the outlet's one name:
    the names and aliases of the media entries of ``organisations.yml`` and the credits of
    ``outlet_aliases.csv``."""
    out = {}
    for e in organisations():
        if e.get("kind") == "media":
            for form in [e["name"], *(e.get("aliases") or [])]:
                out.setdefault(_outlet_key(form), e["name"])
    for row in _rows("outlet_aliases.csv"):
        out[_outlet_key(row["alias"])] = row["outlet"]
        out.setdefault(_outlet_key(row["outlet"]), row["outlet"])
    return out


def outlet_name(value) -> str | None:
    """The one name of a news outlet written as ``value`` ("Reuter", "THE ASSOCIATED PRESS",
    "BBC News" -> "Reuters", "Associated Press", "BBC"), or None when the outlet data do not know
    it (the value is then no known outlet, which does not make it no outlet).

    Examples
    --------
    >>> outlet_name("THE ASSOCIATED PRESS"), outlet_name("AP"), outlet_name("Reuter")
    ('Associated Press', 'Associated Press', 'Reuters')
    >>> outlet_name("San Jose") is None
    True
    """
    if value is None or not isinstance(value, str) or not value.strip():
        return None
    return outlet_names().get(_outlet_key(value))


def collective_credit(value) -> bool:
    """Whether ``value`` credits a group, not a person or one outlet ("Staff and agencies",
    "By Agencies", "WIRE SERVICES", "From wire reports"): ``collective_credits.txt``, case aside,
    after a leading "By" or "From" and end punctuation.

    Examples
    --------
    >>> collective_credit("Staff and agencies"), collective_credit("By AGENCIES."), collective_credit("Reuters")
    (True, True, False)
    """
    if value is None or not isinstance(value, str):
        return False
    key = " ".join(value.replace("\xa0", " ").split()).strip(" .,;:|-()").lower()
    key = re.sub(r"^(?:by|from)\s+", "", key)
    return bool(key) and key in _collective_credits()


@lru_cache(maxsize=1)
def _collective_credits() -> frozenset:
    return frozenset(word_list("collective_credits.txt"))


@lru_cache(maxsize=None)
def name_stopwords() -> frozenset:
    return frozenset(word_list("name_stopwords.txt"))


@lru_cache(maxsize=1)
def _gender_overrides() -> dict:
    """given_name_genders.csv: word -> 'm', 'f' or 'u', corrections to gender-guesser."""
    return {r["word"].strip().lower(): r["gender"].strip() for r in _rows("given_name_genders.csv")}


@lru_cache(maxsize=1)
def _gender_detector():
    try:
        import gender_guesser.detector as gd
    except ImportError:   # pragma: no cover - a pinned dependency
        import warnings
        warnings.warn("gender-guesser is not installed: given names are not recognised", stacklevel=3)
        return None
    return gd.Detector(case_sensitive=False)


@lru_cache(maxsize=100_000)
def given_name_sure_gender(word: str) -> str | None:
    """'m' or 'f' for a given name that gender-guesser gives as only male or only female
    ("Harry", "Sally"), else None ("Jamie" is mostly female, "Kim" either)."""
    fix = _gender_overrides().get(word.lower())
    if fix is not None:
        return fix if fix in ("m", "f") else None
    d = _gender_detector()
    if d is None or not word or not word[:1].isalpha():
        return None
    return {"male": "m", "female": "f"}.get(d.get_gender(word))


@lru_cache(maxsize=1)
def _nicknamer():
    try:
        from nicknames import NickNamer
    except ImportError:   # pragma: no cover - a pinned dependency
        import warnings
        warnings.warn("nicknames is not installed: given-name variants are not recognised", stacklevel=3)
        return None
    return NickNamer()


@lru_cache(maxsize=100_000)
def _canonicals(word: str) -> frozenset:
    nn = _nicknamer()
    return frozenset(nn.canonicals_of(word)) if nn is not None else frozenset()


def given_name_variants(a: str, b: str) -> bool:
    """Is one given name a nickname of the other ("Steve" / "Stephen", "Bill" / "William")?

    From the ``nicknames`` package's hand-curated list of English names and their nicknames
    (Apache-2.0). Case-insensitive; a name is not a variant of itself.

    Examples
    --------
    >>> given_name_variants("Steve", "Stephen"), given_name_variants("Steve", "Sally")
    (True, False)
    """
    a, b = a.lower(), b.lower()
    return a != b and (b in _canonicals(a) or a in _canonicals(b))


@lru_cache(maxsize=100_000)   # the rules ask about the same few thousand words again and again
def given_name_gender(word: str) -> str | None:
    """'m', 'f', 'u' (a given name of either gender) or None (not a known given name).

    From gender-guesser's name list (about 40,000 first names from many countries).
    """
    fix = _gender_overrides().get(word.lower())
    if fix is not None:
        return fix
    d = _gender_detector()
    if d is None or not word or not word[:1].isalpha():
        return None
    g = d.get_gender(word)
    if g == "unknown":
        return None
    return {"male": "m", "mostly_male": "m", "female": "f", "mostly_female": "f"}.get(g, "u")
