"""Direct quotations and who is given them.

Rule-based, in three steps, all on the clean text of each document:

1. **Pair quote marks** within each paragraph (single line breaks count as paragraph breaks
   when the lines end sentences): a straight ``"`` opens after a space and closes before one,
   curly marks (``“ ”``), low ``„`` and guillemets (``« »``) say which side they are. A closing
   mark with no opening one is skipped; an opening mark while a quote is open ends the open one
   at its first sentence end. A paragraph that leaves a quote open and is followed by a
   paragraph opening with a quote mark continues the same quotation (the news convention for
   quotes running over several paragraphs) - unless the rest of the paragraph reads as
   narrative ("... She said her proposals ..."): then the quote ends at its first sentence end.
2. **Find attributions** outside the quotes: a reporting verb (*said, told, added, noted,
   called, says, warned, stressed, explained, according to* ...) with its subject, either
   before it (``Smith said``, ``a senior official told reporters``) or after it
   (``said Jane Doe``, ``according to officials``). Subjects are cleaned: role phrases are
   stripped from names (``Deputy National Security Advisor Ben Rhodes`` -> ``Ben Rhodes``),
   appositives are skipped (``Jane Doe, a spokeswoman for the ministry, said``).
   Attributions of indirect speech count too: they tell who spoke last.
3. **Link and resolve**: a quote takes the attribution right after it (``"...," she said``),
   else one right before it (``X said: "..."``, ``X called it "..."``), else - when it opens a
   sentence without one - the speaker of the quote before it in the paragraph or ending the
   previous paragraph (``"...," he said. "..."``), else any attribution in its sentence.
   An attribution after a quote that ends its sentence, starting a new one ("...." Ann Lowe
   said the council ...), is used only when nothing closer attributes the quote.
   Pronouns resolve to the most recent speaker or sentence-opening person that agrees (he/she:
   a person, with gender from Mr/Ms, spokesman/spokeswoman or the given name; they: a plural
   source; it: an institution), never to a name inside a quotation; "the first minister" to the
   person last named with that title.
   ``the official`` resolves to an earlier ``a senior US official``; a surname or ``Mr Biden``
   to the full name used earlier in the document (``Joe Biden``). Unnamed sources stay
   unnamed: the speaker is the phrase (``one diplomat``) and ``speaker_actor`` is missing.

Quoted words with no reporting verb anywhere in their sentence and not opening a sentence
(scare quotes, titles, terms: ``the so-called "axis of upheaval"``) are not quotations and are
left out unless ``include_terms=True``.
"""
from __future__ import annotations

import re
import warnings
from bisect import bisect_right
from collections import Counter
from functools import lru_cache

import pandas as pd

from ..progress import progress
from ..text.segment import NEWS_ABBREVIATIONS, paragraphs, sentence_spans

__all__ = ["extract_quotes", "quoted_voices", "quote_scores", "CUES"]

# ---------------------------------------------------------------------------------------------
# Word lists (general English news conventions; nothing here is about particular articles)
# ---------------------------------------------------------------------------------------------

from .. import lexicons as _lex

#: Reporting verbs recognised as attribution cues (lower case, as written), from
#: ``analysis/lexicons/reporting_verbs.txt`` (shared with :mod:`analysis.actors.mentions`).
CUES = _lex.reporting_verbs() + tuple(     # round 11: + reporting_verbs_more.txt (quotes only)
    w for w in _lex.word_list("reporting_verbs_more.txt") + _lex.word_list("criticism_verbs_as.txt")
    if w not in _lex.reporting_verbs())     # round 12: + criticism_verbs_as.txt (with "as" only)


def _base_form(verb: str) -> str:
    """The base form of a third-person "-s" verb ("adds" -> "add", "stresses" -> "stress",
    "replies" -> "reply")."""
    if verb.endswith("ies"):
        return verb[:-3] + "y"
    if verb.endswith(("sses", "shes", "ches", "xes", "zzes", "oes")):
        return verb[:-2]
    return verb[:-1]


#: round 13 review: base forms of the "-s" cues of the lexicons ("add" of "adds") that are no
#: cue themselves, each with its "-s" form; a cue only after "to" and a catenative verb ('the
#: minister was quick to add: "..."'), with the guards of the "-s" form
_CATENATIVE_BASES = {_base_form(c): c for c in CUES
                     if " " not in c and c.endswith("s") and _base_form(c) not in CUES}
_CUE_RE = re.compile(r"(?<![\w'-])(?:[Aa]ccording to|" + "|".join(
    re.escape(c) for c in sorted(set(CUES) | set(_CATENATIVE_BASES), key=len, reverse=True)
    if c != "according to") + r")(?![\w'-])")

_CUE_WORDS = frozenset(c for c in CUES if " " not in c)
#: A past-tense reporting verb opening a sentence before its subject and the quote (US press
#: style): 'Explained Finjan CTO Yuval Ben-Itzhak, "..."', 'Added Smith: "..."'.
_FRONTED_CUE = re.compile(r"(?<![\w'-])(?:Said|[A-Z][a-z]+ed)(?![\w'-])")
_FRONTED_WORDS = frozenset(c for c in CUES if " " not in c and c.endswith(("ed", "said")) and c != "asked")
_INVERTED_IN_OPEN = re.compile(r",[ \t]+(?:" + "|".join(
    re.escape(c) for c in sorted(CUES, key=len, reverse=True) if " " not in c and not c.endswith("ing"))
    + r")[ \t]+(?:[A-Z][\w'\u2019-]+|the[ \t]+[a-z]+)(?![\w'-])")
_NARRATIVE = re.compile(r"(?<=[.!?] )(?:[Hh]e|[Ss]he|[Tt]hey|[A-Z][\w'\u2019-]+(?: [A-Z][\w'\u2019-]+){0,3})"
                        r" (?:\w+ly )?(?:" + "|".join(re.escape(c) for c in CUES if " " not in c
                                                    and not c.endswith("ing")) + r")\b")
_OPEN_MARKS = "\u201c\u201e\u00ab"   # “ „ «
_CLOSE_MARKS = "\u201d\u00bb"        # ” »
_QUOTE_CHARS = '"' + _OPEN_MARKS + _CLOSE_MARKS
_MASK = "\x00"

_PRONOUNS = {"he": ("person", False, "m"), "she": ("person", False, "f"), "they": ("group", True, None),
             "it": ("org", False, None), "we": ("group", True, None), "i": ("person", False, None)}
#: A personal pronoun with a contracted auxiliary ("I've", "we'd", "she's", "they’re").
_PRONOUN_CONTRACTION = re.compile(r"(I|you|he|she|it|we|they)['\u2019](?:ve|m|d|ll|re|s)", re.IGNORECASE)
_DETERMINERS = {"a", "an", "the", "one", "two", "three", "four", "several", "some", "many", "most",
                "another", "other", "this", "that", "these", "those", "both", "all", "few", "its",
                "his", "her", "their", "our"}
_DEFINITE = {"the", "this", "that", "these", "those"}
# Words that end a subject when walking back from the verb.
_BOUNDARY = {
    "that", "which", "who", "whom", "whose", "where", "when", "while", "as", "because", "although",
    "though", "if", "but", "and", "or", "nor", "so", "yet", "to", "by", "with", "from", "on", "in",
    "at", "for", "of", "about", "after", "before", "since", "than", "into", "over", "under",
    "is", "was", "are", "were", "be", "been", "being", "has", "have", "had", "will", "would", "can",
    "could", "should", "may", "might", "must", "did", "does", "do", "not", "also", "then", "there",
    "what", "how", "why", "said", "says", "told", "added", "him", "them", "us", "me", "it's",
}
_VERBISH = {"is", "was", "are", "were", "be", "been", "being", "has", "have", "had", "will", "would",
            "can", "could", "should", "may", "might", "must", "did", "does", "do", "not", "that"}
# Between the subject and the verb: "he also said", "the official later told", "has said".
_SKIP_BEFORE_CUE = {"also", "later", "then", "again", "previously", "earlier", "reportedly",
                    "once", "further", "repeatedly", "publicly", "privately", "recently",
                    "separately", "often", "has", "have", "had", "simply", "flatly",
                    "bluntly", "firmly", "quickly", "immediately", "subsequently", "herself",
                    "himself", "themselves", "itself", "personally", "finally", "first"}
_NOT_BEFORE_CUE = {"is", "was", "are", "were", "be", "been", "being", "to", "not", "will",
                   "would", "could", "should", "may", "might", "must", "can", "did", "does", "do",
                   "never", "it's", "he's", "she's", "they're"}
#: "of"/"for" and the name particles of lexicons/name_particles.txt ("Ursula von der Leyen")
_JOIN_IN_NAMES = {"of", "for"} | set(_lex.word_list("name_particles.txt"))
_PARTICLES = _JOIN_IN_NAMES - {"of", "for"}
_ROLE_PREPS = {"for", "of", "at", "with", "in", "from", "to", "on"}
_PLACE_PREPS = {"in", "at", "from", "near", "outside", "inside"}
_AGENT_PLURALS = ("ers", "ors", "ists", "ians", "ants", "ents")
# After an inverted verb the subject ends before these: "said the statement quoted by IRNA".
#: round 11: "Ramos would say only:", "Smith would only say": a modal and "only" between a
#: subject and its reporting verb
_MODAL_SKIP = frozenset(_lex.word_list("modal_verbs.txt")) | {"only"}
_INVERTED_STOP = {"quoted", "cited", "reported", "carried", "published", "issued", "released",
                  "by", "during", "after", "before", "when", "while", "in", "on", "at", "as",
                  "according", "on", "yesterday", "today", "late", "early", "last", "this",
                  "who", "which", "that", "whose", "speaking"} | {
    # round 11: "said centre Daymond Langkow amidst the euphoria", "following the game"
    "amid", "amidst", "following", "despite", "upon", "moments", "minutes", "hours", "shortly"}
_GEO_WORDS = {"korea", "states", "kingdom", "republic", "union", "nations", "city", "county",
              "island", "islands", "sea", "river", "mountains", "north", "south", "east", "west",
              "new", "united", "gulf", "bay", "province", "region", "strait", "peninsula", "coast",
              "africa", "america", "asia", "europe", "east", "middle", "street", "avenue"}

#: Heads of source phrases ("a senior official", "one diplomat", "his sister"): the role nouns
#: of ``analysis/lexicons/role_nouns.csv``.
_PERSON_HEADS = set(_lex.role_nouns()) | {"official's"} | set(_lex.word_list("person_epithets.txt"))
_RANKED_COMPETITORS = frozenset(_lex.word_list("ranked_competitor_nouns.txt"))   # fixquotes15
#: "said the Frenchman": a person's nationality noun (person_demonyms.txt) after "the" is a
#: description of a person named before, not a name
_PERSON_DEMONYMS = {r["noun"].strip().lower(): tuple(m.strip() for m in r["marks"].split(";") if m.strip())
                    for r in _lex._rows("person_demonyms.csv")}
# round 11: party members as second references ("said the Illinois Democrat"), same format
_PERSON_DEMONYMS.update({r["noun"].strip().lower(): tuple(m.strip() for m in r["marks"].split(";") if m.strip())
                         for r in _lex._rows("party_member_nouns.csv")})
_PEOPLE_PLURALS = {"people", "police", "authorities", "officials", "sources", "spokesmen",
                   "spokeswomen", "men", "women", "staff", "personnel", "intelligence"}
_INSTITUTION_HEADS = {
    "ministry", "department", "government", "administration", "embassy", "office", "council",
    "committee", "agency", "statement", "report", "military", "army", "navy", "media",
    "newspaper", "paper", "daily", "network", "broadcaster", "website", "document", "memo",
    "letter", "study", "survey", "poll", "court", "team", "group", "party", "union", "company",
    "firm", "bank", "campaign", "regime", "mission", "delegation", "spokesperson's", "service",
    "commission", "cabinet", "palace", "presidency", "kremlin", "pentagon", "parliament",
    "organisation", "organization", "association", "institute", "foundation", "board", "fund",
    "force", "command", "headquarters", "bureau", "authority", "watchdog", "tribunal", "senate",
    "congress", "assembly", "leadership", "secretariat", "outlet", "channel", "release", "notice",
    "communique", "communiqué", "readout", "transcript",
    "editorial", "article", "story", "commentary", "column", "bulletin", "broadcast", "radio",
    "television", "magazine", "journal", "weekly", "publication", "newsletter", "filing",
    "prospectus", "announcement", "declaration", "resolution", "sources",
}
# Words of a role phrase before a name ("US Energy Secretary", "Labour MP"): titles.csv, the
# role nouns, and the states' acronyms and one-word demonyms (countries.csv).
_TITLE_WORDS = set(_lex.titles()) | set(_lex.role_nouns()) | {
    a.lower().rstrip(".") for c in _lex.countries() for a in c["aliases"] + c["demonyms"]
    if " " not in a and (a.isupper() or a in c["demonyms"])} | {"un", "u.n", "eu"}
# party names before a name are a role too ("Sinn Féin Conor Murphy", "Plaid Cymru Adam Price")
_TITLE_WORDS |= {w.lower().rstrip("'\u2019") for e in _lex.organisations() if e.get("kind") == "party"
                 for al in [e["name"]] + list(e.get("aliases") or []) for w in al.split()
                 if w.lower() not in {"of", "and", "the", "for", "green", "new", "national", "reform"}
                 and not w[:1].isdigit()}
_TITLE_KIND = {w: kind for w, (kind, _) in _lex.titles().items()}
#: titles and role nouns alone (no party words or demonyms): a name with one is a person's
_PERSON_TITLES = frozenset(_lex.titles()) | frozenset(_lex.role_nouns())
# organisations and seats of government by any of their names: "No 10 said" -> Downing Street
_ORG_ALIASES = {" ".join(a.lower().split()): e["name"] for e in _lex.organisations()
                for a in [e["name"]] + list(e.get("aliases") or []) + list(e.get("capitals") or [])}
_HONORIFIC_GENDER = {w: g for w, (kind, g) in _lex.titles().items() if g}
_ROLE_GENDER = {w: g for w, g in _lex.role_nouns().items() if g} | {
    w: g for w, (kind, g) in _lex.titles().items() if g and kind != "honorific"}
_ORG_NAME_WORDS = {
    "house", "department", "ministry", "office", "council", "agency", "pentagon", "kremlin",
    "commission", "committee", "party", "government", "administration", "embassy", "army", "navy",
    "force", "command", "bank", "fund", "organization", "organisation", "nations", "union",
    "court", "congress", "senate", "parliament", "assembly", "news", "reuters", "xinhua", "kcna",
    "times", "post", "press", "journal", "agency", "institute", "university", "corporation",
    "inc", "ltd", "group", "association", "federation", "service", "ministries", "forces",
    "downing", "elysee", "élysée", "blue", "daily", "tass", "yonhap", "bbc", "cnn", "ap", "afp",
    "co", "corp", "plc", "ag", "sa", "nv", "holdings", "industries", "airlines", "motors", "oil",
    "brothers", "partners", "securities", "stores", "systems", "international", "company",
}
_ORG_OR_TITLE = frozenset(_ORG_NAME_WORDS | _TITLE_WORDS)
_ORG_HEADS = frozenset(_lex.word_list("org_heads.txt"))     # "Office for National Statistics"
_POSTNOMINALS = frozenset(_lex.word_list("postnominals.txt"))   # "Liam Byrne MP", "Kate Brunner KC"
_SOURCE_HEADS = frozenset(_PERSON_HEADS | _INSTITUTION_HEADS)
# A name run holding one of these is a company's name as a whole: "American Motors Corp".
_COMPANY_WORDS = {"co", "corp", "corporation", "inc", "ltd", "plc", "ag", "sa", "nv", "llc",
                  "holdings", "group", "industries", "bank", "airlines", "brothers", "partners",
                  "securities", "company"}
_NOT_NAME = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
             "january", "february", "march", "april", "may", "june", "july", "august",
             "september", "october", "november", "december", "however", "meanwhile", "but",
             "and", "earlier", "later", "separately", "still", "yet", "instead", "asked",
             "speaking", "today", "yesterday", "tonight", "last", "next", "in", "on", "at", "as",
             "it", "he", "she", "they", "we", "i", "his", "her", "their", "its", "there", "here",
             "what", "when", "while", "although", "though", "if", "so", "also", "then", "now"} \
    | set(_lex.word_list("not_names.txt"))

_ABBREV = {a.lower() for a in NEWS_ABBREVIATIONS}
# round 11: abbreviated ranks of US/Canadian police and army copy ("said Const. Mig Roberts",
# "Det. Insp.", "Cpl."), no English word: a full stop after them ends no sentence here
_ABBREV |= {"const", "det", "insp", "supt", "cpl", "pte", "pfc", "spc", "lieut"}
# a bracketed tag after a name: "(D-Ore.)", "(Reuters)"; round 12: a stock ticker in angle brackets
# as business wires write it after a company ("Dome Petroleum Ltd <DMP.MO> said")
_PAREN = re.compile(r"\([^()\s]{1,20}\)|<[A-Z][A-Z0-9.]{0,11}>")
_QUOTED_AS = re.compile(r"(?<![\w'-])quoted\s+(?:(?:by\s+)?[^\s\x00\"]+\s+){0,6}?as\s+saying(?![\w'-])")
_TOKEN = re.compile(r"\S+")
#: round 13 (webspk3): a closing mark glued to a word ends the token ('...
#: opportunity,"said Rockets head coach Rick Adelman': web copy that lost the space)
_GLUED_CLOSE = re.compile(r"\x00[\"\u201d](?=[A-Za-z])")
#: '"No," came the reply from Ann Lowe': the speaker follows "from"
#: An impersonal passive report: "It has been claimed that", "it is understood", "It was reported".
_PASSIVE_REPORT = re.compile(r"(?<![\w'-])[Ii]t\s+(?:has\s+been|had\s+been|was|is|is\s+being|has\s+also\s+been)\s+("
                             + "|".join(sorted(_lex.word_list("passive_reporting_verbs.txt"), key=len, reverse=True))
                             + r")(?![\w'-])")
_CAME_REPLY = re.compile(r"(?<![\w'-])came\s+the\s+(?:reply|response|answer|retort)\s+from(?![\w'-])")
_EDGE_PUNCT = ",.;:!?()[]{}" + _QUOTE_CHARS + "'\u2019\u2018"


# ---------------------------------------------------------------------------------------------
# Small token helpers
# ---------------------------------------------------------------------------------------------

@lru_cache(maxsize=200_000)
def _bare(tok: str) -> str:
    """Token without leading/trailing punctuation and without a possessive 's."""
    t = tok.strip(_EDGE_PUNCT.replace("'", "").replace("\u2019", "").replace(".", ""))
    t = t.strip(",;:!?()[]{}")
    if not re.fullmatch(r"(?:[A-Z]\.)+", t):   # keep the dot of initials: "David F. Helvey", "U.S."
        t = t.strip(".!?")
    t = re.sub(r"['\u2019]s$", "", t)
    return t.strip("'\u2019\u2018")


@lru_cache(maxsize=200_000)
def _is_abbrev(tok: str) -> bool:
    t = tok.strip(_QUOTE_CHARS + "(),;:")
    if not t.endswith("."):
        return False
    core = t[:-1]
    return bool(re.fullmatch(r"(?:[A-Z]\.)*[A-Z]", core)) or core.lower() in _ABBREV


@lru_cache(maxsize=200_000)
def _ends_sentence(tok: str) -> bool:
    if _PAREN.fullmatch(tok):
        return False  # "(D-Ore.)"
    t = tok.rstrip(_QUOTE_CHARS + ")")
    return bool(t) and t[-1] in ".!?" and not _is_abbrev(t)


@lru_cache(maxsize=200_000)
def _ends_clause(tok: str) -> bool:
    t = tok.rstrip(_QUOTE_CHARS + ")")
    return bool(t) and (t[-1] in ",;:" or _ends_sentence(tok))


@lru_cache(maxsize=200_000)
def _is_boundary(tok: str) -> bool:
    return _MASK in tok or any(ch in tok for ch in _QUOTE_CHARS) or tok in {"-", "\u2013", "\u2014"}


@lru_cache(maxsize=200_000)
def _capitalised(word: str) -> bool:
    return bool(word) and (word[0].isupper() or bool(re.fullmatch(r"(?:[A-Z]\.)+", word))
                           or _PARTICLE_NAME.fullmatch(word) is not None)


#: round 11: an Arabic article or particle joined to a name by a hyphen ("al-Maliki",
#: "el-Baradei", "bin-Laden") is a capitalised name word
_PARTICLE_NAME = re.compile(r"(?:al|el|ad|ag|an|ar|as|ash|at|az|ud|ul|bin|ibn|abu|abd)-[A-Z][\w'\u2019-]*")


@lru_cache(maxsize=200_000)
def _singular(word: str) -> str:
    w = word.lower()
    if w in {"spokesmen", "spokeswomen", "men", "women"}:
        return w.replace("men", "man")
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith("s") and not w.endswith("ss") and len(w) > 3:
        return w[:-1]
    return w


# ---------------------------------------------------------------------------------------------
# Step 1: quote marks
# ---------------------------------------------------------------------------------------------

def _pair_marks(text: str):
    """(open, close) mark positions within one paragraph; close is None when left open."""
    spans, open_at, odd = [], None, 0
    n = len(text)
    for i, ch in enumerate(text):
        if ch == '"':
            prev = text[i - 1] if i > 0 else " "
            nxt = text[i + 1] if i + 1 < n else " "
            if prev.isalpha() and nxt == "s" and (i + 2 >= n or not text[i + 2].isalnum()):
                # round 12: a double mark for an apostrophe ("the world"s largest", old wire copy
                # typed on ASCII): no quotation mark stands between a word and its "s"
                continue
            opener = (prev.isspace() or prev in "([{-\u2013\u2014/") and not nxt.isspace()
            closer = not prev.isspace() and (nxt.isspace() or nxt in ",.;:!?)]}-\u2013\u2014'")
            if open_at is None:
                if closer and not opener:
                    odd += 1             # a closing mark with no opening one: its quote lost
                    continue             # its opening mark; do not pair it with the next quote
                open_at = i
            elif opener and not closer and i > open_at + 1:
                # an opening mark while a quote is open: the open one lost its closing mark.
                # It ends at its first sentence end (never running on over narrative).
                m = re.search(r"[.!?](?=\s)", text[open_at:i])
                if m:
                    spans.append((open_at, open_at + m.end()))
                odd += 1
                open_at = i
            else:
                spans.append((open_at, i))
                open_at = None
        elif ch in _OPEN_MARKS:
            if open_at is not None:      # an opening mark while one is open: close it here
                spans.append((open_at, i))
                odd += 1
            open_at = i
        elif ch in _CLOSE_MARKS:
            if open_at is not None:
                spans.append((open_at, i))
                open_at = None
            else:
                odd += 1                 # a stray closing mark
    if open_at is not None:
        m = _INVERTED_IN_OPEN.search(text, open_at + 1)
        if m is not None and not re.search(r"[.!?]\s+\S", text[m.end():].rstrip()):
            # '"We would rather not strike. They forced our hand, said Mick Whelan, the union's
            # general secretary.' - the closing mark was left out before an inverted attribution
            # that ends the paragraph: the quote ends at the comma
            spans.append((open_at, m.start()))
            odd += 1
        else:
            spans.append((open_at, None))
    return spans, odd


def _opens_with_quote(text: str, single: bool = False) -> bool:
    s = text.lstrip()
    if single:
        return len(s) > 1 and s[0] == "'" and s[1].isalpha()
    return bool(s) and (s[0] == '"' or s[0] in _OPEN_MARKS)


def _pair_single_marks(text: str):
    """(open, close) positions of quotations in single quotes ('...'), British style.

    The same character is the apostrophe, so a mark opens only after a space or bracket and
    before a letter, and closes only after a letter or . , ! ? and before a space, punctuation
    or the end, with punctuation on one side ('..., ' or '...',): "the ministers' talks" and
    "don't" are never quote marks. A second opening mark while one is open replaces it (the
    first began a scare quote closed without punctuation). An opening left unclosed is kept
    (close None) only when the quotation runs on into the next paragraph; the caller checks that.
    """
    spans, open_at = [], None
    n = len(text)
    for i, ch in enumerate(text):
        if ch != "'":
            continue
        prev = text[i - 1] if i > 0 else " "
        nxt = text[i + 1] if i + 1 < n else " "
        opens = (prev.isspace() or prev in "([-:") and nxt.isalpha()
        if open_at is None:
            if opens:
                open_at = i
            continue
        closes = (prev.isalnum() or prev in ".,!?") and (i + 1 == n or nxt.isspace() or nxt in ",.;:!?)-") \
            and (prev in ".,!?" or i + 1 == n or nxt in ",.;:!?)")
        if not closes and prev.isalpha() and prev not in "sS" and nxt.isspace() and i - open_at <= 80 \
                and not re.search(r"[.!?]\s", text[open_at:i]):
            closes = True   # "called the response 'dreadfully slow' and left"
        if closes:
            spans.append((open_at, i))
            open_at = None
        elif opens:
            # a new opening while one is open: the earlier mark began a scare quote closed
            # without punctuation ("the 'temporary measures' would ...") or was "rock 'n' roll"
            open_at = i
    if open_at is not None:
        spans.append((open_at, None))
    return spans, 0


# ---------------------------------------------------------------------------------------------
# Step 2: attributions (speaker + cue) in the text outside quotes
# ---------------------------------------------------------------------------------------------

def _agent_noun(word: str) -> bool:
    """A lower-case occupation noun by its ending ("meteorologist", "keyworker", "trustee")."""
    return word.islower() and len(word) > 5 and word.endswith(("ist", "er", "or", "ian", "ant", "ent", "ee"))


def _possessed_name(words) -> bool:
    """Words after a possessive that read as a person's name: all capitalised, none an
    organisation, company or institution word ("Folashade Oluwafemiayo", not "Prospects
    Group" in "the World Bank's Prospects Group", nor "health committee")."""
    return bool(words) and all(_capitalised(w) for w in words) and not any(
        w.lower() in _ORG_NAME_WORDS or w.lower() in _ORG_HEADS or w.lower() in _COMPANY_WORDS
        or w.lower() in _GLUE_HEADS for w in words)


def _subject_tokens_back(toks, j):
    """Walk back from token index j (inclusive) collecting a subject noun phrase.

    Returns (start_index, stopped_at_comma).
    """
    i = j
    start = j + 1
    n = 0
    in_org = False
    while i >= 0:
        tok = toks[i][2]
        if _is_boundary(tok):
            break
        if in_org and tok.endswith(",") and _capitalised(_bare(tok)) and i > 1 and (
                (toks[i - 1][2].endswith(",") and _capitalised(_bare(toks[i - 1][2])))
                or (toks[i - 1][2] in ("for", "of") and _capitalised(_bare(toks[i - 2][2])))):
            start = i   # round 14: "Department for Digital, Culture, Media and Sport": a list in the name
            n += 1
            i -= 1
            continue
        if i != j and _ends_clause(tok):
            return _after_date_month(toks, start), tok.rstrip(_QUOTE_CHARS + ")").endswith(",")
        w = _bare(tok)
        lw = w.lower()
        if not w:
            break
        if i != j and _capitalised(w) and tok.endswith(("'s", "\u2019s")) and lw not in _DETERMINERS \
                and _possessed_name([_bare(t[2]) for t in toks[i + 1:j + 1]]) \
                and not (i > 0 and _bare(toks[i - 1][2]).lower() in _ROLE_PREPS):
            break   # "Nigeria's Folashade Oluwafemiayo says": the possessor is no part of the name
        if lw in _BOUNDARY and not (lw in _PRONOUNS) and not (w.isupper() and len(w) > 1) \
                and not (i > 0 and _month_surname(_bare(toks[i - 1][2]), w)):
            prev = _bare(toks[i - 1][2]) if i > 0 else ""
            nxt = _bare(toks[i + 1][2]) if i + 1 < len(toks) else ""
            joins_name = (lw in _JOIN_IN_NAMES or lw == "from") and _capitalised(prev) and (
                _capitalised(nxt) or (lw == "of" and nxt == "the")) and not _ends_clause(toks[i - 1][2])
            # round 14 (bbcspk2): "A Department of Health and Social Care (DHSC) spokesperson
            # said": "and" inside an organisation's name right before a role noun
            joins_org = lw in ("and", "&") and _capitalised(prev) and _capitalised(nxt) \
                and not _ends_clause(toks[i - 1][2]) and _bare(toks[j][2]).lower() in _PERSON_HEADS \
                and not _capitalised(_bare(toks[j][2])) and all(
                    _capitalised(_bare(t[2])) or _bare(t[2]).lower() in _INSTITUTION_JOINS for t in toks[i + 1:j])
            joins_role = lw in _ROLE_PREPS and (
                _singular(prev) in _SOURCE_HEADS or prev.lower() in {"familiar", "close"}
                # an occupation: "chief meteorologist for E.F. Hutton", "strategist at X"
                or (lw in {"for", "at", "with", "of", "on", "from"} and _agent_noun(prev))) \
                and not _ends_clause(toks[i - 1][2])
            # round 14: "the former Manchester United and Leeds striker said": "and" between two
            # capitalised modifiers of one lower-case role noun after "the" is inside the phrase
            joins_modifiers = lw == "and" and _capitalised(prev) and _capitalised(nxt) \
                and not _ends_clause(toks[i - 1][2]) and _bare(toks[j][2]).islower() \
                and _person_role(_bare(toks[j][2]).lower()) and _determined_modifiers(toks, i)
            if not (joins_name or joins_role or joins_org or joins_modifiers):
                break
            in_org = in_org or joins_org
        start = i
        n += 1
        if n > 14:
            return None, False
        if lw == "the" and i >= 2 and _bare(toks[i - 1][2]) == "of" and _capitalised(_bare(toks[i - 2][2])) \
                and not _ends_clause(toks[i - 2][2]) and not _ends_clause(toks[i - 1][2]):
            i -= 1          # "Phillip Brett of the Democratic Unionist Party said"
            continue
        if lw in _DETERMINERS or lw in _PRONOUNS:
            # "a spokesman for the port authority": keep going past "the" and "for"
            if lw in _DETERMINERS and i >= 2 and not _ends_clause(toks[i - 1][2]) \
                    and _bare(toks[i - 1][2]).lower() in _ROLE_PREPS \
                    and not _ends_clause(toks[i - 2][2]) \
                    and (_singular(_bare(toks[i - 2][2])) in _SOURCE_HEADS
                         or _bare(toks[i - 2][2]).lower() in {"familiar", "close"}
                         or _agent_noun(_bare(toks[i - 2][2]))):
                i -= 1
                continue
            return _after_date_month(toks, start), False
        i -= 1
    return _after_date_month(toks, start), False


def _determined_modifiers(toks, i):
    """Round 14: the capitalised words before toks[i] ("and") run back, with at most one
    lower-case adjective ("former"), to "the" with no clause end between."""
    m, lower = i - 1, 0
    while m >= 0 and not _ends_clause(toks[m][2]) and i - m <= 7:
        w = _bare(toks[m][2])
        if w.lower() == "the":
            return m < i - 1
        if not _capitalised(w):
            lower += 1
            if lower > 1 or not w.isalpha():
                return False
        m -= 1
    return False


_MONTHS = frozenset({"january", "february", "march", "april", "may", "june", "july", "august",
                     "september", "october", "november", "december"})


def _month_surname(prev: str, word: str) -> bool:
    """A month written as a surname after a known given name ("Theresa May")."""
    return word.lower() in _MONTHS and word[:1].isupper() and bool(prev) and prev[:1].isupper() \
        and (_TITLE_KIND.get(prev.lower().rstrip(".")) == "honorific"
             or (_lex.given_name_gender(prev) in ("m", "f") and prev.lower() not in _NOT_NAME))


#: round 14: words before a month that make it a date ("in April", "last May", "5 June")
_MONTH_DATE_WORDS = frozenset({"in", "on", "since", "by", "until", "till", "from", "to", "last", "next",
                               "early", "late", "mid", "of", "through", "during", "before", "after",
                               "this", "that", "each", "every", "between", "and", "or"})


def _month_given_name(word: str, nxt: str, prev: str = "") -> bool:
    """Round 14: a month that is a known given name ("April Galway", "June Carter") before a
    capitalised word that is no common word, with no date word or number before it."""
    return word.lower() in _MONTHS and word[:1].isupper() and _lex.given_name_gender(word) in ("m", "f") \
        and _capitalised(nxt) and nxt.lower() not in _NOT_NAME and nxt.isalpha() \
        and prev.lower() not in _MONTH_DATE_WORDS and not prev[:1].isdigit()


#: round 14: "her sister Serena", "his twin brother, Tom," (a given name alone, no surname after)
_SIBLING_NAME = re.compile(
    r"(?<![\w'-])(?:[Hh]is|[Hh]er)\s+(?:(?:twin|younger|older|elder|big|little)\s+)?(?:"
    + "|".join(re.escape(w) for w in _lex.word_list("sibling_nouns.txt"))
    + r")\s*,?\s+([A-Z][a-z]+)(?![\w'\u2019-]|\s+[A-Z])")


def _after_date_month(toks, start):
    """Round 14: a subject phrase opening with a month after a date word or a number ("In June
    Wilson said", "on 5 May Smith said") starts after the month (see ``_month_given_name``)."""
    if start is not None and 0 < start < len(toks) - 1 and _bare(toks[start][2]).lower() in _MONTHS:
        prev = _bare(toks[start - 1][2])
        if prev.lower() in _MONTH_DATE_WORDS or prev[:1].isdigit():
            return start + 1
    return start


def _name_run(words):
    """Trailing run of name-like words (capitalised, initials, particles inside)."""
    run = []
    for k in range(len(words) - 1, -1, -1):
        w = words[k]
        if _capitalised(w) and (w.lower() not in _NOT_NAME or _month_surname(words[k - 1] if k else "", w)
                                or (run and _month_given_name(w, run[0], words[k - 1] if k else ""))):
            run.insert(0, w)
        elif w.lower() in _PARTICLES and run and k > 0 and (_capitalised(words[k - 1]) or (
                words[k - 1].lower() in _PARTICLES and k > 1 and _capitalised(words[k - 2]))):
            run.insert(0, w)     # "Pieter van der Berg", "Ursula von der Leyen"
        elif w in _PARTICLES and run and all(x in _PARTICLES for x in words[:k]):
            run[:0] = words[:k + 1]     # the subject opens with the particles: "von der Leyen said"
            break
        elif w.lower() in {"of", "for"} and run and k > 0 and _capitalised(words[k - 1]) \
                and (run[0].lower().rstrip(".") in _ORG_OR_TITLE or words[k - 1].lower() in _ORG_HEADS):
            run.insert(0, w)
        else:
            break
    return run


def _role_before_name(core, k):
    """A capitalised role word opening a name run before a given name and a surname:
    "Co-founder Alex Feeney", "Sunak-backer Dominic Raab", "Ex-trainer Ian Balding" (a hyphenated
    word whose last part is lower case), "Broadcaster Jeremy Vine" (a role noun) or "Linebacker
    Joey Porter" (an occupation noun by its ending, not a given name)."""
    w = core[0] if core else ""
    last = w.rsplit("-", 1)[-1]
    hyphen_role = "-" in w and last.isalpha() and last.islower()
    if k == 0 and len(core) == 2 and hyphen_role and len(last) >= 3 and w.split("-")[0].isalpha() \
            and _capitalised(core[1]) and not re.search(r"-years?-old$", w):   # an age is read with the name
        #   ("Sixteen-year-old Kaelo ... He says:", ``_Resolver._full_name_just_before``)
        return True     # round 14: "Third-ranked Djokovic", "Top-seeded Henin": a modifier, no name
    if k != 0 or len(core) < 3 or not _capitalised(core[1]) or not _capitalised(core[2]):
        return False
    role_noun = _singular(w.lower()) in _PERSON_HEADS
    # "Linebacker Joey Porter", "Goaltender Ann Lowe": an occupation noun by its ending that is
    # no given name itself ("Spencer John Smith" is left alone)
    agent = _agent_noun(w.lower()) and _lex.given_name_gender(w) is None and w.lower() not in _NOT_NAME
    return (hyphen_role or role_noun or agent) and _lex.given_name_gender(core[1]) is not None


def _person_after_title(core):
    """'Bank of England Governor Andrew Bailey': a run holding an organisation name (an "of"
    or an institution head) and then a title word (titles.csv) before two or three words
    starting with a known given name is that person, titled; returns (name, gender, True), or
    None when the run is no such thing ("Bank of England", "Governor Andrew Bailey")."""
    if len(core) < 4:
        return None
    low = [re.sub(r"['\u2019]s$", "", w).lower().rstrip(".") for w in core]
    for k in range(len(core) - 3, 0, -1):
        if low[k] not in _TITLE_WORDS or not _capitalised(core[k]):
            continue
        before, tail = low[:k], core[k + 1:]
        if not ("of" in before or any(w in _ORG_HEADS for w in before)):
            return None
        g = _lex.given_name_gender(tail[0])
        # round 11: two name words after the title need no known given name ("Bank of
        # Canada Governor Tiff Macklem"), when neither is a place or an organisation's word
        unknown_ok = len(tail) == 2 and g is None and not any(_glued_word(w) for w in tail)
        if 2 <= len(tail) <= 3 and (g in ("m", "f") or unknown_ok) and all(_capitalised(w) for w in tail) \
                and not any(w in _ORG_OR_TITLE or w in _ORG_HEADS for w in low[k + 1:]):
            return tail, _HONORIFIC_GENDER.get(low[k]), True
        return None
    return None


@lru_cache(maxsize=1)
def _country_words() -> frozenset:
    """Lower-case names and short forms of sovereign states (countries.csv), whole."""
    return frozenset(w.lower() for e in _lex.countries() for w in [e["name"]] + list(e["aliases"]))


#: round 11: names of countries and sub-national places (countries.csv, regions.csv), lower case
_PLACE_NAMES = _country_words() | frozenset(r["name"].strip().lower() for r in _lex._rows("regions.csv"))


def _strip_titles(run, after_of=False):
    """Drop a leading role phrase: everything up to the last title word, keeping a name.
    ``after_of``: the run follows "of"/"for" ("Director of Primary Care John Snelling")."""
    core = [w for w in run]
    while core and core[0].lower() in _DETERMINERS:
        core = core[1:]
    if not core:
        return [], None, False
    person = _person_after_title(core)
    if person is not None:
        # "Bank of England Governor Andrew Bailey": an organisation and a role before a
        # person's name leave the name, role aside
        return person
    if all(w.lower().rstrip(".") in _ORG_OR_TITLE for w in core) or \
            core[-1].lower().rstrip(".") in _COMPANY_WORDS or (
            # "the Canadian Grain Commission": a name ending in an institution head is the
            # institution's, whatever title-like words open it
            len(core) >= 2 and core[-1].lower() in _ORG_HEADS and _capitalised(core[-1])
            and _TITLE_KIND.get(core[0].lower().rstrip(".")) != "honorific") or (
            any(w in ("of", "for") for w in core) and any(w.lower() in _ORG_HEADS for w in core)):
        return core, None, False   # an institution's name: "White House", "American Motors Corp"
    gender, titled = None, False
    last_title = -1
    for k, w in enumerate(core):
        lw = re.sub(r"['\u2019]s$", "", w).lower().rstrip(".")
        if lw in _TITLE_WORDS or lw in {"of", "for"} or w.endswith(("'s", "\u2019s")) \
                or _role_before_name(core, k):
            last_title = k
            titled = titled or lw in _TITLE_WORDS
            gender = _HONORIFIC_GENDER.get(lw, gender)
        else:
            # a later name word; stop only if the rest contains no title word
            if not any(re.sub(r"['\u2019]s$", "", x).lower().rstrip(".") in _TITLE_WORDS
                       for x in core[k + 1:]):
                break
    if 0 <= last_title < len(core) - 1 and all(w.lower() in _GEO_WORDS for w in core[:last_title + 1]) \
            and (_lex.given_name_gender(core[last_title + 1]) is None
                 or " ".join(core[:last_title + 2]).lower() in _PLACE_NAMES):
        # round 11: "New York Post", "South Africa Herald": a place word opens a name, no title
        last_title, titled = -1, False
    name = core[last_title + 1:]
    if name and all(w.lower().rstrip(".") in _ORG_OR_TITLE for w in name):
        return core, gender, False   # an institution's name: "White House", "State Department"
    if not name:
        # e.g. "Senator Angus King": the last title word is the surname; back off
        titles = [k for k, w in enumerate(core) if w.lower().rstrip(".") in _TITLE_WORDS]
        for t in reversed(titles[:-1]):
            if core[t + 1:]:
                name = core[t + 1:]
                break
        if not name and len(core) >= 2 and titles and titles[0] == 0 and len(titles) < len(core):
            name = core[1:]
        if not name:
            if all(w.lower().rstrip(".") in _ORG_OR_TITLE for w in core):
                return core, gender, False
            name = core          # "Sarah Bishop": a surname that is also a title word
    # round 11: "Paramedic Michelle Doherty", "London Sadiq Khan" (see _glued_name_tail)
    name, gender = _glued_name_tail(name, gender, after_of or (
        last_title >= 0 and core[last_title].lower() in ("of", "for")))
    return name, gender, titled


_GLUE_HEADS = _ORG_HEADS | frozenset(_lex.word_list("org_heads_institutions.txt"))


def _person_after_org(words):
    """'The City Gallery Anne Stewart': a capitalised organisation name (ending in a head noun
    of ``org_heads.txt`` / ``org_heads_institutions.txt``) glued to a person's name of two or
    three words starting with a known given name; the person is the speaker. None otherwise."""
    body = words[1:] if words[0].lower() == "the" else words
    if len(body) < 4 or not all(_capitalised(w) for w in body):
        return None
    for k in range(len(body) - 3, 0, -1):
        if body[k].lower() in _GLUE_HEADS:
            tail = body[k + 1:]
            g = _lex.given_name_gender(tail[0])
            if 2 <= len(tail) <= 3 and g in ("m", "f") \
                    and not any(w.lower() in _ORG_OR_TITLE | _GLUE_HEADS for w in tail):
                return {"type": "named", "text": " ".join(words), "speaker": " ".join(tail),
                        "plural": False, "gender": g, "person": True, "org": False, "head": None}
            return None
    return None


def _described_person(words, gender=None):
    """An unnamed-person record for a determiner, capitalised place or party words and a
    person noun (nationality or party member, person_demonyms.csv / party_member_nouns.csv,
    or a title such as "MP"): "the Illinois Democrat", "the Kansas Republican", "a Liberal
    MP", the second references of wire copy; else None. No word may be a known given name
    ("the Tony Blair MP" is no description). Round 11."""
    if not 3 <= len(words) <= 4 or words[0].lower() not in ("the", "a", "an"):
        return None
    head = words[-1].lower().rstrip(".")
    if not (head in _PERSON_DEMONYMS or _TITLE_KIND.get(head) == "title") \
            or not all(_capitalised(w) for w in words[1:]) \
            or any(_lex.given_name_gender(w) is not None for w in words[1:-1]):
        return None
    definite = words[0].lower() == "the"
    return {"type": "unnamed", "text": " ".join(words), "speaker": " ".join(words), "plural": False,
            "gender": gender, "person": True, "head": head, "definite": definite}


# --- round 11 (speakers-uk11): words glued before a person's name --------------------------
@lru_cache(maxsize=1)
def _place_words() -> frozenset:
    """Lower-case words of places: country names, short forms and demonyms (countries.csv),
    one-word cities (cities.txt), sub-national regions (regions.csv) and ``_GEO_WORDS``."""
    out = set(_GEO_WORDS) | set(_lex.word_list("cities.txt"))
    for e in _lex.countries():
        for w in [e["name"]] + list(e["aliases"]) + list(e["demonyms"]):
            out.update(x.lower() for x in w.split())
    for r in _lex._rows("regions.csv"):
        out.update(x.lower() for x in r["name"].split())
    return frozenset(out - {"of", "and", "the", "st", "saint"})


_KIN_NOUNS = {r["word"].strip().lower(): (r.get("gender") or "").strip() or None
              for r in _lex._rows("kin_nouns.csv")}


def _glued_word(word: str) -> bool:
    """A capitalised word that is a place, a demonym ("British-Latvian"), or an organisation's
    word ("Hospital", "Trust"), never part of a person's name before a given name."""
    low = re.sub(r"['\u2019]s$", "", word).lower().rstrip(".")
    if word.isupper() and low in _POSTNOMINALS:
        return True     # "KC Aidan O'Neill": post-nominal letters put before the name
    parts = [x for x in low.split("-") if x]
    return bool(parts) and (low in _place_words() or all(x in _place_words() for x in parts)
                            or low in _ORG_HEADS or low in _GLUE_HEADS or low in _ORG_NAME_WORDS)


def _glued_name_tail(name, gender=None, after_of=False):
    """A person's name with the capitalised words glued before it dropped; (name, gender).

    * a role or family noun opening the run: "Paramedic Michelle Doherty", "Receptionist
      Tahj Chrichlow", "Mum Jade" (a family noun takes a known given name only);
    * a place, demonym or organisation word before a known given name or an honorific with
      its surname: "London Sadiq Khan" (from "Mayor of London Sadiq Khan"), "Torbay Hospital
      Ian Currie", "British-Latvian Viktoria", "Wales Lord Judge";
    * with ``after_of`` (the run follows "Director of ..."), any words before a known given
      name and a surname: "Primary Care John Snelling" -> "John Snelling".

    A run opening with a known given name ("Anne Marie Trevelyan", "Jordan Henderson") is left
    alone, as is any run whose last words do not read as a person's name."""
    if len(name) < 2:
        return name, gender
    out, g = _glued_name_tail_cached(tuple(name), gender, bool(after_of))
    return (list(out) if out != tuple(name) else name), g


@lru_cache(maxsize=4096)
def _glued_name_tail_cached(name, gender, after_of):
    """The work of ``_glued_name_tail`` on a tuple (cached: the same runs recur)."""
    g0 = _lex.given_name_gender(name[0])
    if len(name) < 2 or not all(_capitalised(w) or w in _PARTICLES for w in name) \
            or g0 in ("m", "f") or (g0 is not None and not _glued_word(name[0])):
        return name, gender     # "London" is also a given name of unknown sex: a place here
    low0 = name[0].lower()
    rest_clean = not any(w.lower() in _ORG_OR_TITLE or w.lower() in _GLUE_HEADS or _glued_word(w)
                         for w in name[1:])
    g1 = _lex.given_name_gender(name[1])
    if rest_clean and low0 in _KIN_NOUNS and g1 in ("m", "f") and len(name) <= 3:
        return name[1:], _KIN_NOUNS[low0] or gender
    if rest_clean and len(name) == 3 and (_singular(low0) in _PERSON_HEADS or (
            _agent_noun(low0) and low0 not in _NOT_NAME)) and low0 not in _REPRESENTATIVE_ROLES:
        return name[1:], _ROLE_GENDER.get(low0, gender)
    for k in range(1, len(name)):
        lk = name[k].lower().rstrip(".")
        honor = _TITLE_KIND.get(lk) == "honorific"
        tail = name[k:]
        if not (_lex.given_name_gender(name[k]) in ("m", "f") or (honor and len(tail) >= 2)):
            continue
        if _glued_word(name[k]) or any(_glued_word(_singular(w.lower())) for w in tail[1:]):
            break       # "East Kent Hospitals Maternity": "Kent" is a place here
        clean = not any(w.lower() in _ORG_OR_TITLE - {lk} or w.lower() in _GLUE_HEADS or _glued_word(w)
                        for w in tail[1:])
        glued = all(_glued_word(w) for w in name[:k]) or (
            len(tail) >= 2 and name[k - 1].lower() in _ORG_HEADS | _GLUE_HEADS)   # "... Hospital Ian Currie"
        if clean and sum(w not in _PARTICLES for w in tail) <= 3 and ((glued and (len(tail) >= 2 or "-" in name[k - 1]
                                                     or name[k - 1].lower() in _PERSON_DEMONYMS))
                                         or (after_of and len(tail) >= 2)):
            return tail, _HONORIFIC_GENDER.get(lk, gender)
        break
    if after_of and len(name) >= 3 and all(_capitalised(w) and w[:1].isalpha() for w in name[-2:]) \
            and not any(_glued_word(w) or w.lower() in _ORG_OR_TITLE or w.lower() in _NOT_PERSON_WORDS
                        for w in name[-2:]) and all(_glued_word(w) for w in name[:-2]):
        # "Mayor of London Sadiq Khan": a place or body after "of", then two name words
        return name[-2:], gender
    return name, gender



# --- round 11 (speakers-uk11): definite descriptions of a person ------------------------------
_TITLE_ABBREVIATIONS = {r["abbreviation"].strip().lower(): r["title"].strip().lower().split()
                        for r in _lex._rows("title_abbreviations.csv")}


def _person_description(words, gender=None):
    """A definite description of a person that names nobody, as an unnamed speaker record to be
    resolved to the person it refers to; None for anything else.

    * an age noun: "the 24-year-old", "the 77-year-old from Worcestershire", "the 19-year-old
      rookie defenseman" (``age`` set);
    * a title alone, capitalised or abbreviated: "the Health Secretary", "the PM" (read as
      "the prime minister", title_abbreviations.csv);
    * a constituency or area before a representative's title: "the Altrincham and Sale West
      MP", "the Highlands and Islands MSP".

    Before this, such phrases gave a place ("Worcestershire", "Sale West") or the title
    ("PM") as the speaker's name."""
    if len(words) < 2 or words[0].lower() != "the":
        return None
    body = words[1:]
    if _AGE_NOUN.fullmatch(body[0].lower()) and (len(body) == 1 or body[1].lower() in _PLACE_PREPS | {"of"} or (
            # round 13 (webspk3): "the 19-year-old rookie defenseman", "the 24-year-old striker"
            len(body) <= 4 and all(w.islower() for w in body[1:])
            and (_person_role(body[-1]) or body[-1].endswith("man")))):
        head = body[0].lower()
        return {"type": "unnamed", "text": "the " + head, "speaker": "the " + head, "plural": False,
                "gender": gender, "person": True, "org": False, "head": head, "definite": True,
                "age": int(head.split("-")[0])}
    full = []
    for w in body:
        full += _TITLE_ABBREVIATIONS.get(w.lower().rstrip("."), [w]) if w.isupper() else [w]
    low = [re.sub(r"['\u2019]s$", "", w).lower().rstrip(".") for w in full]
    last = low[-1]
    if "'" in body[-1] or "\u2019" in body[-1] or not _capitalised(body[-1]) \
            or not (_TITLE_KIND.get(last) == "title" or last in _PERSON_HEADS):
        return None
    if all(w in _TITLE_WORDS for w in low) and any(_TITLE_KIND.get(w) == "title" for w in low):
        text = "the " + " ".join(low)
    elif len(body) >= 2 and body[-1].isupper() and last in _POSTNOMINALS | {"mp", "msp", "mla", "mep", "ms", "am", "td"} \
            and all((_capitalised(w) and _lex.given_name_gender(w) not in ("m", "f")) or w == "and"
                    for w in body[:-1]) and _capitalised(body[0]):
        text = " ".join(["the"] + body)
    else:
        return None
    g = _ROLE_GENDER.get(last, gender)
    return {"type": "unnamed", "text": text, "speaker": text, "plural": False, "gender": g,
            "person": True, "org": False, "head": last, "definite": True}



def _statement_owner(words):
    """Round 11: a statement named by its author as the subject: "An ICB statement said",
    "a Department of Health statement", "a statement from Fuentes" / "a statement by the
    Home Office" -> a named speaker record for the author (an organisation, or a person's
    name, resolved later like any name); None for anything else ("a statement said", "a joint
    statement from the trusts' chief executives"). The owner in the possessive ("Dome's statement
    said", "Roger's motion alleges") is read by :func:`_possessive_statement`, which calls this."""
    low = [w.lower() for w in words]
    if len(words) < 3 or low[0] not in ("a", "an", "the", "in"):
        return None
    else:
        body, low = words[1:], low[1:]
        for h, w in enumerate(low):
            if w in _STATEMENT_NOUNS and body[h].islower():    # not "the New York Post"
                break
        else:
            return None
        if h > 0 and h == len(body) - 1:
            owner = body[:h]
            if owner[0].lower() == "joint":
                return None
        elif h == 0 and len(body) >= 3 and low[1] in ("from", "by"):
            owner = body[2:]
            if owner and owner[0].lower() == "the" and len(owner) > 1:
                owner = owner[1:]
        else:
            return None
    if not owner or len(owner) > 6 or not _capitalised(owner[0]) or not _capitalised(owner[-1]) \
            or not all(_capitalised(w) or w.lower() in ("of", "for", "and", "&") or w[:1].isdigit() for w in owner) \
            or any(w.lower() in _NOT_NAME or w.lower() in _PRONOUNS for w in owner):
        return None
    name = " ".join(owner)
    org_name = _ORG_ALIASES.get(name.lower())
    person = False if (org_name or any(w.lower() in _ORG_OR_TITLE | _ORG_HEADS | _GLUE_HEADS for w in owner)
                       or name.isupper()) else None
    return {"type": "named", "text": " ".join(words), "speaker": org_name or name, "plural": False,
            "gender": None, "person": person, "org": person is False, "head": None,
            "statement": low[h]}


def _subnational_place(name) -> bool:
    """Round 11: a name made only of place words (regions.csv, cities.txt, compass words) that
    is no sovereign state: "Cumbria", "Leicester", "Northern Ireland", "Scotland" - never the
    "it" that speaks (a council, trust or government there does)."""
    words = str(name or "").split()
    return bool(words) and " ".join(words).lower() not in _country_words() \
        and all(w.lower() in _place_words() and _capitalised(w) for w in words)


def _classify(words, role_words=()):
    """Turn a subject's words into a speaker record, or None when it is not a plausible source."""
    words = [w for w in words if w]
    if not words or len(words) > 14:
        return None
    if any(w.lower() in _VERBISH and not (k and _month_surname(words[k - 1], w)) for k, w in enumerate(words)):
        return None     # a clause, not a subject ("Theresa May" is a name)
    if len(words) == 1:
        m = _PRONOUN_CONTRACTION.fullmatch(words[0])
        if m:
            # "I've asked", "We'd say", "She's said": the pronoun with a contracted auxiliary,
            # never a name; a pronoun that names no source ("you'd say") is no speaker
            if m.group(1).lower() not in _PRONOUNS:
                return None
            words = [m.group(1)]
    low0 = words[0].lower()
    org_name = _ORG_ALIASES.get(" ".join(w.lower() for w in (words[1:] if low0 == "the" else words)))
    if org_name:
        return {"type": "named", "text": " ".join(words), "speaker": org_name, "plural": False,
                "gender": None, "person": False, "org": True, "head": None}
    if len(words) == 1 and low0 in _PRONOUNS:
        kind, plural, gender = _PRONOUNS[low0]
        return {"type": "pronoun", "text": words[0], "speaker": low0, "pronoun": low0,
                "plural": plural, "gender": gender, "person": kind == "person", "head": None}
    gender = None
    for w in list(role_words) + words:
        gender = _ROLE_GENDER.get(w.lower(), gender)
    # round 11: "the Illinois Democrat", "a Liberal MP"; "the 24-year-old", "An ICB statement"
    described = _described_person(words, gender) or _person_description(words, gender) or _statement_owner(words)
    if described is not None:
        return described
    if len(words) == 2 and low0 == "the" and _capitalised(words[1]) and words[1].lower() in _PERSON_DEMONYMS:
        # "said the Frenchman", "the Spaniard added": a description of a person named before
        head = words[1].lower()
        g = "f" if head.endswith("woman") else "m" if head.endswith("man") else gender
        return {"type": "unnamed", "text": " ".join(words), "speaker": " ".join(words), "plural": False,
                "gender": g, "person": True, "head": head, "definite": True}
    for h in range(len(words) - 1):
        # "one analyst in Singapore", "a source familiar with the talks": a lower-case source
        # noun followed by a preposition heads the phrase, whatever names come after it
        wl = words[h].lower()
        is_head = _singular(wl) in _SOURCE_HEADS or wl in _PEOPLE_PLURALS
        if is_head and not _capitalised(words[h]) and words[h + 1].lower() in _ROLE_PREPS | {"familiar", "close"}:
            j = len(words)
            while j > h + 2 and _capitalised(words[j - 1]):
                j -= 1
            tail = words[j:]
            if 2 <= len(tail) <= 3 and not _capitalised(words[j - 1]) \
                    and _singular(wl) not in _REPRESENTATIVE_ROLES \
                    and words[j - 1].lower() not in _ROLE_PREPS | _DETERMINERS | _JOIN_IN_NAMES | {"and", "or", "to", "by"} \
                    and _lex.given_name_gender(tail[0]) in ("m", "f") \
                    and not any(w.lower() in _ORG_OR_TITLE for w in tail):
                # "vice president of manufacturing Alan Johnson said": a person's name in
                # apposition after the role phrase (not "a spokesman for Alan Johnson", nor
                # "an ally of former minister Alan Johnson": representative_roles.txt)
                return {"type": "named", "text": " ".join(words), "speaker": " ".join(tail),
                        "plural": False, "gender": _lex.given_name_gender(tail[0]), "person": True,
                        "org": False, "head": None}
            return _unnamed(words, h, gender)
    glued = _person_after_org(words)
    if glued is not None:
        return glued
    last = words[-1]
    common = (last.lower() in _SOURCE_HEADS | _PEOPLE_PLURALS | _NOT_NAME
              or _singular(last) in _PERSON_HEADS) \
        and not (len(words) > 1 and _month_surname(words[-2], last))
    # "Officials said" is a common noun capitalised at the sentence start; "Vistula Bank" is a name
    if _capitalised(last) and (not common or (last.lower() not in _NOT_NAME and len(
            [w for w in _name_run(words) if w.lower() not in _DETERMINERS]) >= 2)):
        for h in range(1, len(words) - 1):
            if words[h] in ("of", "at", "from", "with") and (_capitalised(words[h + 1]) or (
                    words[h + 1] == "the" and h + 2 < len(words) and _capitalised(words[h + 2]))):
                before = _name_run(words[:h])
                nm, g0, t0 = _strip_titles(before)
                if len(nm) >= 2 and not any(w.lower() in _ORG_OR_TITLE for w in nm):
                    return {"type": "named", "text": " ".join(words), "speaker": " ".join(nm),
                            "plural": False, "gender": g0 or gender, "person": True, "org": False,
                            "head": None}
                if len(nm) == 1 and not t0 and len(before) == 1 and words[h] == "of" \
                        and words[h + 1] == "the" and words[-1] == last:
                    # "Friends of the Earth said": one untitled word before "of the" and a
                    # name after it is an organisation's name (a person is "Ann Lowe of the
                    # ..." or "Mr Lowe of the ...")
                    org = " ".join(w for w in words if w)
                    return {"type": "named", "text": org, "speaker": org, "plural": False,
                            "gender": None, "person": False, "org": True, "head": None}
                if len(nm) == 1 and t0 and nm[0].lower() not in _ORG_OR_TITLE:
                    # "Officer Tusk of the Walrus Police Department": the titled surname
                    core = [w for w in before if w.lower() not in _DETERMINERS]
                    if _TITLE_KIND.get(core[-2].lower().rstrip(".") if len(core) > 1 else "") == "honorific":
                        core = core[-1:]    # "Mr Brett of the DUP": the surname, expanded later
                    return {"type": "named", "text": " ".join(words), "speaker": " ".join(core[-2:]),
                            "plural": False, "gender": g0 or gender, "person": True, "org": False,
                            "head": None}
                break
        run = _name_run(words)
        if len(run) >= 3 and run[-1].isupper() and run[-1].lower() in _POSTNOMINALS:
            run = run[:-1]      # "Kate Brunner KC said": post-nominal letters are not the name
        name, g, titled = _strip_titles(run, after_of=len(words) > len(run) and words[-len(run) - 1] in ("of", "for"))
        name = [w for w in name if w.lower() not in _DETERMINERS]
        if name and (len(name) <= 6 or len(name) <= 9 and any(
                re.sub(r"['\u2019]s$", "", w).lower().rstrip(".") in _ORG_NAME_WORDS for w in name)):
            # round 12: a company's full legal name may be longer ("Anglo American Corp of
            # South Africa Ltd", the wire's first reference)
            org = any(re.sub(r"['\u2019]s$", "", w).lower() in _ORG_NAME_WORDS for w in name)
            person = None if org is False else False
            if not org and (titled or g or len(name) >= 2):
                person = True
            if not org and person is None and len(name) == 1 and any(
                    _singular(w.lower()) in _PERSON_HEADS and not _capitalised(w) for w in words[:-1]):
                person = True   # "Ernest's cousin Natasha", "his daughter Sian": a relation's name
            # a lone capitalised plural agent noun ("Villagers said") may be a common noun at
            # the sentence start or a surname ("Sanders said"): decided when resolving
            maybe_group = len(words) == 1 and not titled and not org and len(last) > 5 \
                and last.lower().endswith(_AGENT_PLURALS)
            if g is None and gender is None and person and (len(name) >= 2 or not titled):
                # "Gareth Lowe" is a he; round 12: after a title one word is a surname, no
                # given name ("President Reagan" is no she for "Reagan" the girl's name)
                g = _lex.given_name_gender(name[0])
                g = g if g in ("m", "f") else None
            return {"type": "named", "text": " ".join(words), "speaker": " ".join(name),
                    "plural": False, "gender": g or gender, "person": person, "org": org, "head": None,
                    "maybe_group": maybe_group}
    return _unnamed(words, len(words) - 1, gender)


@lru_cache(maxsize=1)
def _proper_adjectives() -> frozenset:
    """Lower-cased country names, short forms and demonyms and one-word organisation names
    (the words that keep their capital at the head of an unnamed source: "British officials")."""
    out = set(_ORG_NAME_WORDS)
    for e in _lex.countries():
        for w in [e["name"]] + list(e["aliases"]) + list(e["demonyms"]):
            out.add(w.lower())
    out.update(a for a in _ORG_ALIASES if " " not in a)
    return frozenset(out)


def _unnamed(words, h, gender):
    """An unnamed source whose head noun is words[h] (None if it is not a plausible source)."""
    head = words[h].lower()
    sing = _singular(head)
    plural = head in _PEOPLE_PLURALS or (sing != head and sing in _SOURCE_HEADS)
    known = sing in _PERSON_HEADS or sing in _INSTITUTION_HEADS or head in _PEOPLE_PLURALS
    if not known and len(words) <= 2 and h == len(words) - 1 and head.isalpha() \
            and head.endswith(_AGENT_PLURALS) and len(head) > 5:
        known, plural = True, True   # "Villagers said", "Protesters say": people, plural
        sing = head
    # an unknown head noun is accepted in a short determiner phrase ("one arbitrager", "a
    # local trader"), not in a longer one that may be a clause ("the attacks took place")
    if not known and not (words[0].lower() in _DETERMINERS - {"its", "his", "her", "their", "our"}
                          and 2 <= len(words) <= 3 and h == len(words) - 1 and head.isalpha()
                          and not head.endswith(("ly", "ed", "ing"))
                          and head not in _BOUNDARY | _NOT_NAME | {"same", "latter", "former"}):
        return None
    phrase = list(words)
    if phrase[0].lower() in _DETERMINERS or phrase[0].lower() in _PERSON_HEADS | _PEOPLE_PLURALS \
            or _singular(phrase[0]) in _SOURCE_HEADS or (h == 0 and plural):
        phrase[0] = phrase[0].lower()
    elif h > 0 and _capitalised(phrase[0]) and not any(_capitalised(w) for w in phrase[1:h + 1]) \
            and phrase[0].lower() not in _proper_adjectives():
        # "Human rights groups have said": a common noun phrase capitalised only at the
        # sentence start names nobody ("British officials", "Labour sources" keep the capital)
        phrase[0] = phrase[0].lower()
    person = (sing in _PERSON_HEADS or head in _PEOPLE_PLURALS or plural) if known else None
    return {"type": "unnamed", "text": " ".join(words), "speaker": " ".join(phrase),
            "plural": plural, "gender": gender, "person": person, "head": sing,
            "definite": words[0].lower() in _DEFINITE}


_POSSESSIVE_END = ("'s", "\u2019s", "s'", "s\u2019")


def _possessive_statement(toks, s, j):
    """round 12: a statement noun owned by a name, as the subject ("Roger's three-page motion
    alleges", "Acme's statement said"): the owner speaks (its words, as with "a statement
    from ..." in ``_statement_owner``); None for anything else ("his statement", "the
    victim's letter")."""
    raw = [t[2] for t in toks[s:j + 1]]
    k = next((p for p, t in enumerate(raw) if t.endswith(_POSSESSIVE_END)), None)
    if k is None or k == len(raw) - 1 or len(raw) - k > 4 or any(_ends_clause(t) for t in raw[:-1]):
        return None
    owner = [_bare(t) for t in raw[:k + 1]]
    if owner and owner[0].lower() == "the":
        owner = owner[1:]
    rest = [_bare(t) for t in raw[k + 1:]]
    if not owner or not all(re.fullmatch(r"[a-z0-9][\w-]*", w or "") for w in rest) \
            or rest[-1] not in _STATEMENT_NOUNS:
        return None
    rec = _statement_owner(["the", *owner, rest[-1]])
    if rec is not None:
        rec["text"] = " ".join(raw).rstrip(",")
    return rec


def _possessive_source(toks, s, j):
    """A common-noun source owned by a name or a noun ("The victim's mother", "Mr Lowe's
    keyworker on the ward", "the company's chief executive"): an unnamed source, never the
    owner and never the person last named. None when toks[s..j] is not such a phrase."""
    raw = [t[2] for t in toks[s:j + 1]]
    for p, t in enumerate(raw[:-1]):
        if not t.endswith(_POSSESSIVE_END) or _ends_clause(t) or _is_boundary(t):
            continue
        rest = []
        for x in raw[p + 1:]:
            b = _bare(x)
            if not b or not b.isalpha() or not b[0].islower() or b.lower() in _ROLE_PREPS:
                break
            rest.append(b)
        if not rest or p + 1 + len(rest) < len(raw) and _bare(raw[p + 1 + len(rest)]).lower() not in _ROLE_PREPS:
            return None
        head = rest[-1].lower()
        sing = _singular(head)
        if head in _STATEMENT_NOUNS and _capitalised(_bare(t)):
            return None     # round 12: "Dome's statement said": no person ("-ent"), its named owner speaks
        if not (sing in _PERSON_HEADS or head in _PEOPLE_PLURALS
                or (head.endswith(("er", "or", "ist", "ian", "ant", "ent")) and len(head) > 4)):
            return None
        words = [_bare(x) if not x.rstrip(",.;:").endswith(_POSSESSIVE_END) else x.rstrip(",.;:")
                 for x in raw]
        if words[0].lower() in _DETERMINERS or words[0].lower() in _POSSESSIVE_PRONOUN:
            words[0] = words[0].lower()
        gender = _ROLE_GENDER.get(head)
        plural = head in _PEOPLE_PLURALS or (sing != head and sing in _SOURCE_HEADS)
        return {"type": "unnamed", "text": " ".join(words), "speaker": " ".join(words),
                "plural": plural, "gender": gender, "person": True, "head": sing,
                "definite": False, "possessive": True}
    return None


_DASHES = frozenset({"-", "\u2013", "\u2014"})


@lru_cache(maxsize=20_000)
def _skip_before_cue(word: str) -> bool:
    """A word between a subject and its reporting verb: "also", "has", or an adverb in -ly
    ("Tim Davie initially said", "she repeatedly said"; not "the family said")."""
    w = word.lower()
    if w in _SKIP_BEFORE_CUE or (w in _MODAL_SKIP and word.islower()):     # not "Peter May said"
        return True
    return word.islower() and len(w) > 6 and w.endswith("ly") and w.isalpha() \
        and _singular(w) not in _SOURCE_HEADS and w not in _PEOPLE_PLURALS and w not in _BOUNDARY


def _stray_comma_subject(toks, s, j):
    """"RAC spokesman Simon Wills, said:": a name opening its sentence and followed by a
    comma that opens no appositive is the subject; None if toks[s..j] is not a name."""
    if s > j or j - s > 6:
        return None
    words = [_bare(t[2]) for t in toks[s:j + 1]]
    if not all(words) or any(_ends_clause(t[2]) for t in toks[s:j]) or not _capitalised(words[-1]) \
            or not _capitalised(words[0]) or not all(
                _capitalised(w) or w in _PARTICLES or (w.isalpha() and w not in _BOUNDARY
                                                      and w not in _DETERMINERS) for w in words):
        return None
    rec = _classify(words)
    return (rec, s) if rec and rec["type"] == "named" and rec.get("person") is True else None


_VERB_PARTICLES = frozenset({"up", "down", "out", "back", "in", "on", "over", "forward"})


def _coordinated_subject(toks, j):
    """"Mr Haynes again agreed and said:", "Jo Pike stood up and told the court:": toks[j] is
    the "and" before the reporting verb; the subject of the verb in the past tense right
    before it (a particle "up", "back" ... allowed after that verb)."""
    m = j - 1
    while m >= 0 and _bare(toks[m][2]) in _VERB_PARTICLES and not _ends_clause(toks[m][2]):
        m -= 1
    if m <= 0 or _ends_clause(toks[m][2]) or _is_boundary(toks[m][2]):
        return None
    v = _bare(toks[m][2])
    if not (v.isalpha() and v.islower() and (v.endswith("ed") or v in _IRREGULAR_PAST)) \
            or _ends_clause(toks[m - 1][2]):
        return _coordinated_after_object(toks, m)
    return _subject_before(toks, m)


def _coordinated_after_object(toks, m):
    """round 12 (webspk2): "Safety John Lynch turned to his coach and wondered, "..."", "Dr.
    Phil McGraw visited Spears in the hospital and told ETonline.com that ...": the first verb
    of two coordinated predicates has an object or a prepositional phrase before "and" (toks[m]
    is its last word). Looking back at most 8 tokens inside the clause, the nearest past-tense
    verb whose subject is a named person or a pronoun (not a determiner's participle: "the
    injured players") gives the subject; else None."""
    for v_at in range(m - 1, max(0, m - 8), -1):
        tok = toks[v_at][2]
        if _ends_clause(tok) or _is_boundary(tok):
            return None
        v = _bare(tok)
        if not (v.isalpha() and v.islower() and (v.endswith("ed") or v in _IRREGULAR_PAST)):
            continue
        if v_at == 0 or _ends_clause(toks[v_at - 1][2]) or _bare(toks[v_at - 1][2]).lower() in _DETERMINERS:
            continue
        res = _subject_before(toks, v_at)
        if res is not None and res[0]["type"] in ("named", "pronoun") and res[0].get("org") is not True:
            return res
    return None


#: round 13 (webspk3): verbs taking a reporting verb in the infinitive with their own subject
#: as its speaker ("went on to say", "preferred to describe"), as tuples of words
_CATENATIVES = frozenset(tuple(ln.split()) for ln in _lex.word_list("catenative_verbs.txt"))


def _catenative_subject(toks, k):
    """round 13 (webspk3): 'Coach Ann Lowry went on to say: "..."', 'Haffenden preferred to
    describe him as a "contender"': the reporting verb at token ``k`` follows "to" and a
    catenative verb (lexicon ``catenative_verbs.txt``); the subject of that verb, as
    ``_subject_before`` gives it, or None ("declined to say" and any other "to" stay no
    report)."""
    for words in _CATENATIVES:
        c = k - 1 - len(words)
        if c < 1 or any(_ends_clause(t[2]) for t in toks[c:k - 1]) \
                or tuple(_bare(t[2]).lower() for t in toks[c:k - 1]) != words:
            continue
        res = _subject_before(toks, c)
        if res is not None and res[0]["type"] in ("named", "pronoun", "unnamed"):
            return res
    return None


#: irregular past tenses of verbs that come before "and said" ("stood up and said")
_IRREGULAR_PAST = frozenset({"stood", "rose", "came", "went", "sat", "got", "took", "made", "gave",
                             "broke", "spoke", "wrote", "ran", "shook", "held", "met", "left",
                             "sent", "told", "began", "fought"})


def _person_before_institution(toks, s0):
    """round 12: the named person before "of/with/at/from (the)" and the institution that
    starts at token ``s0`` ("Astronomer Sandra Faber with the University of California, Santa
    Cruz, said": the capitalised words after the institution's comma name its campus or town,
    not the speaker); (record, start) or None."""
    p = s0 - 1
    if p > 0 and _bare(toks[p][2]).lower() == "the":
        p -= 1
    if p < 1 or _bare(toks[p][2]).lower() not in {"of", "with", "at", "from"} or _ends_clause(toks[p - 1][2]):
        return None
    s1, _ = _subject_tokens_back(toks, p - 1)
    if s1 is None or s1 > p - 1:
        return None
    rec = _classify([_bare(t[2]) for t in toks[s1:p] if not _PAREN.fullmatch(t[2])])
    if rec and rec["type"] == "named" and rec.get("person") is True and len(rec["speaker"].split()) >= 2:
        return rec, s1
    return None


def _person_before_open_appositive(toks, s0):
    """round 14 (bbcspk2): the named person before an appositive whose closing comma the
    writer left out, the institution at its end taken for the subject ("Julia Jones, professor
    of conservation science at Bangor University said", "Tim Bush, head of governance at
    Pensions and Investment Research Consultants (Pirc) said"). ``toks[s0]`` starts that
    institution; the words between the name's comma and the preposition before it must open in
    lower case and hold a role noun, without a verb. (record, start) or None."""
    p = s0 - 1
    while p > 0 and s0 - p <= 8 and not _ends_clause(toks[p][2]) and (
            _bare(toks[p][2]).lower() in _INSTITUTION_JOINS or _capitalised(_bare(toks[p][2]))):
        p -= 1      # "at Pensions and Investment Research Consultants": the whole name
    if p < 3 or _bare(toks[p][2]).lower() not in _ROLE_PHRASE_PREPS or _ends_clause(toks[p][2]):
        return None
    c = p - 1
    while c >= 0 and p - c <= 10 and not toks[c][2].endswith(","):
        if _ends_clause(toks[c][2]) or _is_boundary(toks[c][2]) or _MASK in toks[c][2]:
            return None
        c -= 1
    if c < 1 or not toks[c][2].endswith(",") or c + 1 >= p:
        return None
    role = [_bare(t[2]) for t in toks[c + 1:p]]
    if not all(role) or not role[0][:1].islower() or any(w.lower() in _VERBISH for w in role) \
            or not any(_singular(w.lower()) in _PERSON_HEADS or _agent_noun(w.lower())
                       or _singular(w.lower().split("-")[-1]) in _PERSON_HEADS for w in role):
        return None
    s1, _ = _subject_tokens_back(toks, c)
    if s1 is None or s1 > c or (s1 > 0 and not (_ends_sentence(toks[s1 - 1][2]) or _is_boundary(toks[s1 - 1][2]))):
        return None
    rec = _classify([_bare(t[2]) for t in toks[s1:c + 1]])
    if rec and rec["type"] == "named" and rec.get("person") is True and not rec.get("org") \
            and len(rec["speaker"].split()) >= 2:
        return rec, s1
    return None


_ROLE_PHRASE_PREPS = frozenset({"at", "of", "for", "from", "with"})
_INSTITUTION_JOINS = frozenset({"of", "and", "for", "&", "the", "on"})


def _name_in_role_phrase(toks, s, j):
    """round 13 (bbcspk): the person named in a sentence-opening subject that ties a role or
    a name to an institution by a preposition, the BBC's usual first mention of an expert or
    an official: the role first and the name after it, set off by a comma or opened by an
    honorific ("GP lead at Hilltop Surgery, Dr Ann Lee, said", "Head of policy at the Green
    Trust, Jane Holloway, said", "Consultant surgeon at the University of Leeds Mr Andrew
    Biggins said"), or the name first ("Dr Sam Fielding from Heart Research UK, said").
    ``toks[s..j]`` is the subject up to the verb and opens its sentence; the words after the
    preposition must be an institution's name (capitalised), so "Friends of the victim, Jane
    Doe, said" names no speaker. (record, start) or None."""
    if not 3 <= j - s <= 18 or (s > 0 and not (_ends_sentence(toks[s - 1][2]) or _is_boundary(toks[s - 1][2]))):
        return None
    words = [_bare(t[2]) for t in toks[s:j + 1]]
    if not all(words) or not _capitalised(words[0]) or words[0].lower() in _PEOPLE_PLURALS \
            or words[0].lower() in _DETERMINERS or words[0].lower() in _PRONOUNS:
        return None
    low = [w.lower() for w in words]

    def institution(a, b):
        # words[a:b] after a preposition: a capitalised name, "the" and joining words allowed
        rest = [w for w in words[a:b] if w.lower() != "the"]
        return bool(rest) and _capitalised(rest[0]) and all(
            _capitalised(w) or w.lower() in _INSTITUTION_JOINS for w in rest) \
            and not any(_ends_clause(t[2]) for t in toks[s + a:s + b - 1])

    def person(ws):
        rec = _classify(ws) if ws and all(_capitalised(w) or w.lower() in _PARTICLES for w in ws) else None
        if rec and rec["type"] == "named" and rec.get("person") is True and not rec.get("org") \
                and len(rec["speaker"].split()) >= 2:
            return rec
        return None

    preps = [x for x, w in enumerate(low) if w in _ROLE_PHRASE_PREPS and x > 0]
    if not preps:
        return None
    p = preps[0]
    if not any(_ends_clause(t[2]) for t in toks[s:s + p]) and institution(p + 1, len(words)):
        rec = person(words[:p])     # the name first
        if rec is not None:
            return rec, s
    for n0 in range(len(words) - 2, p + 1, -1):    # the role first: n0 starts the name
        after_comma = toks[s + n0 - 1][2].endswith(",")
        honorific = _TITLE_KIND.get(low[n0].rstrip(".")) == "honorific" and _capitalised(words[n0 - 1])
        if not (after_comma or honorific) or any(_ends_clause(t[2]) for t in toks[s + n0:j]):
            continue
        rec = person(words[n0:])
        if rec is None or any(_ends_clause(t[2]) for t in toks[s:s + p]):
            return None
        if any(x < n0 - 1 and institution(x + 1, n0) for x in preps) \
                and not any(w in _VERBISH for w in low[:n0]):
            return rec, s + n0
        return None
    return None


def _subject_before(toks, k):
    """Subject of the verb at token k, looking left (with appositives)."""
    j = k - 1
    while j >= 0 and (_PAREN.fullmatch(toks[j][2]) or (not _ends_clause(toks[j][2])
                                                       and _skip_before_cue(_bare(toks[j][2])))):
        j -= 1  # "he also said", "Sen. David Boren (D-Okla.) said"
    if j < 0:
        return None
    if _bare(toks[j][2]) == "and" and not _ends_clause(toks[j][2]) and j > 1:
        res = _coordinated_subject(toks, j)
        if res is not None:
            return res
    if toks[j][2] in _DASHES:
        # "Ms Badenoch - who made a big impact - said": the subject stands before the first dash
        m = j - 1
        while m >= 0 and j - m <= 30 and toks[m][2] not in _DASHES and not _ends_sentence(toks[m][2]) \
                and _MASK not in toks[m][2]:
            m -= 1
        if m > 0 and toks[m][2] in _DASHES and not _ends_clause(toks[m - 1][2]):
            return _subject_before(toks, m)
        return None
    if _bare(toks[j][2]).lower() == "who" and j > 0 and (toks[j - 1][2].endswith(",") or toks[j - 1][2] in _DASHES):
        # "Ben Wallace, who has said he is "leaning" ...": the relative pronoun's antecedent
        e = j - 1 if toks[j - 1][2].endswith(",") else j - 2
        if e < 0 or _is_boundary(toks[e][2]) and not toks[e][2].endswith(","):
            return None
        s0, _ = _subject_tokens_back(toks, e)
        if s0 is None or s0 > e:
            return None
        rec = _classify([_bare(t[2]) for t in toks[s0:e + 1] if not _PAREN.fullmatch(t[2])])
        return (rec, s0) if rec and rec["type"] in ("named", "unnamed") else None
    if _is_boundary(toks[j][2]):
        return None
    if toks[j][2].rstrip(")").endswith(","):
        # "Jane Doe, a spokeswoman for the ministry, said" / "The ambassador, Keiko Tanaka, said"
        # / "Chief Joseph Redcloud, who leads the council, told" / "Smith, 45, said"
        m = j - 1
        while True:
            while m >= 0 and j - m <= 16:
                t = toks[m][2]
                if _is_boundary(t) or _ends_sentence(t):
                    return _stray_comma_subject(toks, m + 1, j) or _name_in_role_phrase(toks, m + 1, j)
                if t.rstrip(")").endswith((";", ":")):
                    return None
                if t.rstrip(")").endswith(","):
                    break
                m -= 1
            if m < 0:
                return _stray_comma_subject(toks, 0, j) or _name_in_role_phrase(toks, 0, j)
            if j - m > 16:
                return None
            s0, _ = _subject_tokens_back(toks, m)
            # "Wendy Timewell, manager at a hotel in Hoveton, Norfolk, says": a place after a
            # preposition is inside the appositive; the speaker stands before an earlier comma
            if s0 is not None and 0 < s0 <= m and _bare(toks[s0 - 1][2]).lower() in _PLACE_PREPS \
                    and not _ends_clause(toks[s0 - 1][2]):
                m -= 1
                continue
            break
        app_words = [_bare(t[2]) for t in toks[m + 1:j + 1]]
        # round 13 (webspk3): the appositive ends at a relative pronoun ("A Shiite lawmaker,
        # Hassan al-Senied who praised the bill, said": the comma before "who" left out)
        rel = next((x for x, w in enumerate(app_words) if w.lower() in ("who", "whose")), len(app_words))
        if any(w.lower() in _VERBISH and not (x and _month_surname(app_words[x - 1], w))
               for x, w in enumerate(app_words[:rel])):
            # "X, to be held Friday, is significant, said Y": a clause, not an appositive (a
            # relative clause on a person is one: "The former postmaster, who will be 76, said")
            return None
        rec0 = None
        if s0 is not None and s0 <= m:
            rec0 = _classify([_bare(t[2]) for t in toks[s0:m + 1] if not _PAREN.fullmatch(t[2])],
                             role_words=app_words)
        if (rec0 is None or rec0["type"] == "unnamed") and s0 is not None and 0 < s0 <= m \
                and toks[s0 - 1][2].endswith(",") and not _is_boundary(toks[s0 - 1][2]):
            # "Russell Leavett, a volunteer at the reserve, in Suffolk, said": two appositives;
            # the named person stands before the first
            s1, _ = _subject_tokens_back(toks, s0 - 1)
            if s1 is not None and s1 <= s0 - 1:
                rec1 = _classify([_bare(t[2]) for t in toks[s1:s0] if not _PAREN.fullmatch(t[2])])
                if rec1 and rec1["type"] == "named" and rec1.get("person") is True:
                    return rec1, s1
        rec_app = None
        if app_words and app_words[0].lower() not in {"who", "which", "whose", "where", "that", "when"} \
                and app_words[0].lower() not in _ROLE_PREPS | _PLACE_PREPS:
            rec_app = _classify(app_words[:rel])   # never a prepositional phrase ("in Suffolk")
        if rec0 and rec0["type"] == "named" and rec0.get("person") is not True and rec_app \
                and rec_app["type"] == "named" and rec_app.get("person") is True \
                and len(rec_app["speaker"].split()) >= 2:
            held = _person_before_institution(toks, s0)
            if held is not None:
                return held     # round 12: "Sandra Faber with the University of California, Santa Cruz, said"
            return rec_app, m + 1   # "The MP for Easton, Paul Rudd, told": the name in apposition
        if rec0 and rec0["type"] in ("named", "pronoun"):
            return rec0, s0
        if rec_app and rec_app["type"] == "named":
            return rec_app, m + 1
        if rec0:
            return rec0, s0
        if rec_app:
            return rec_app, m + 1
        return None
    s, at_comma = _subject_tokens_back(toks, j)
    if s is None or s > j:
        return None
    poss = _possessive_statement(toks, s, j) or _possessive_source(toks, s, j)
    if poss is not None:
        return poss, s
    words = [_bare(t[2]) for t in toks[s:j + 1] if not _PAREN.fullmatch(t[2])]
    if at_comma and s > 0:
        # "Dan Kritenbrink, National Security Council Senior Director for Asian Affairs said"
        role = [w.lower() for w in words]
        if any(_singular(w) in _PERSON_HEADS for w in role):
            s0, _ = _subject_tokens_back(toks, s - 1)
            if s0 is not None and s0 <= s - 1:
                cand = [_bare(t[2]) for t in toks[s0:s]]
                if cand and len(cand) <= 5 and all(_capitalised(w) or w.lower() in _PARTICLES for w in cand):
                    rec = _classify(cand, role_words=words)
                    if rec:
                        return rec, s0
    rec = _classify(words)
    if rec and (rec["type"] == "unnamed" or rec.get("person") is not True):
        # round 13 (bbcspk): "Consultant surgeon at the University of Leeds Mr Andrew Biggins
        # said", "Prof Alan Brickley from the Institute of Cancer Research said"
        held = _name_in_role_phrase(toks, s, j) or _person_before_institution(toks, s)
        if held is not None:
            return held
    if rec and (rec["type"] == "unnamed" or rec.get("person") is not True
                or (s > 0 and _bare(toks[s - 1][2]).lower() in _INSTITUTION_JOINS)):
        held = _person_before_open_appositive(toks, s)     # round 14 (bbcspk2)
        if held is not None:
            return held
    return (rec, s) if rec else None


def _subject_after(toks, k_last):
    """Subject after the verb ('said Jane Doe', 'according to officials')."""
    words, end = [], None
    for i in range(k_last + 1, min(len(toks), k_last + 13)):
        tok = toks[i][2]
        if _is_boundary(tok) and not words:
            return None
        if _MASK in tok:
            break
        if words and tok.startswith("("):
            break   # round 11: "said Sen. Bill Ritter (D-Colo.)": a bracketed tag ends the name
        if words and tok in _DASHES:
            break   # round 12 (webspk2): "said Leman — that's right, just J —": a dash opens an aside
        w = _bare(tok)
        if words and w in _INVERTED_STOP and not (
                w in {"in", "at", "on"} and (_singular(words[-1]) in _PERSON_HEADS or words[-1].lower() in _PEOPLE_PLURALS)):
            break   # "said the statement quoted by ..." stops; "monitors in the region" goes on
        if w == "from" and words and all(_capitalised(x) for x in words):
            break   # round 11b: "asked Helen Pickering from Nieve Ella's salon": the name ends
            # before "from" ("said a spokesman from the council" goes on)
        if w:
            words.append(w)
            end = i
        if _ends_clause(tok) or _is_boundary(tok):
            break
    if not words or len(words) > 10:
        return None
    first = words[0]
    if not (_capitalised(first) or first.lower() in _DETERMINERS or first.lower() in _PEOPLE_PLURALS
            or _singular(first) in _SOURCE_HEADS
            or first.lower() in {"he", "she", "they", "it"} or first.lower() in _TITLE_WORDS
            or (_capitalised(words[-1]) and not any(w.lower() in _BOUNDARY for w in words))):
        return None
    # appositive after the name: "said Jane Doe, a spokeswoman" -> stop at the comma (done above)
    rec = _classify(words)
    if rec and rec.get("type") == "unnamed" and end is not None and toks[end][2].endswith(","):
        named = _name_after_role_comma(toks, end, rec)      # round 11
        if named is not None:
            return named
    return (rec, end) if rec else None


def _name_after_role_comma(toks, end, rec):
    """('said the society's president, Ed Sayres.', 'says writer, Mike van Graan, "...') the
    person named in apposition after a role phrase that ends at a comma: (record, end token)
    when the role's head is a person noun and the next 2-4 tokens are a capitalised name (with
    name particles) ending the clause or sentence, else None. Web and wire copy name the
    speaker after the role as often as before it. Round 11."""
    head = rec.get("head") or ""
    if rec.get("plural") or not (head in _PERSON_HEADS or _person_role(head) or head in _REPRESENTATIVE_ROLES):
        return None
    name, last = [], None
    for i in range(end + 1, min(len(toks), end + 6)):
        tok = toks[i][2]
        if _MASK in tok:
            return None
        w = _bare(tok)
        if not w or not (_capitalised(w) or (name and w.lower() in _PARTICLES)):
            return None
        name.append(w)
        if _ends_clause(tok) or _is_boundary(tok) or _ends_sentence(tok):
            last = i
            break
    if last is None or not 2 <= len(name) <= 4 or not _capitalised(name[-1]) \
            or any(w.lower() in _NOT_NAME or w.lower() in _ORG_OR_TITLE for w in name):
        return None
    named = _classify(name)
    if not named or named.get("type") != "named":
        return None
    return named, last


_ROLE_TITLES = {w for w, kind in _TITLE_KIND.items() if kind == "title"}
_INDEFINITE = {"a", "an", "one", "another", "some", "several", "two", "three", "many", "other"}
_LEADING_PREPS = {"at", "in", "on", "after", "before", "during", "speaking", "asked", "earlier", "later",
                  "meanwhile", "however", "but", "and", "since", "following", "when", "while", "in",
                  # round 13 (bbcspk): "Instead, he draws on ..., saying:", "Despite the defeat, she ..."
                  "instead", "despite", "now", "still", "yet", "today"}


def _short_clause(toks, k):
    """The sentence ends within two tokens after token k ('Brandt said.', 'she said on Friday.')."""
    for i in range(k, min(len(toks), k + 4)):
        t = toks[i][2]
        if _is_boundary(t) or (i > k and _bare(t).lower() in {"that", "the", "a", "an", "he", "she", "it", "they"}):
            return False
        if _ends_sentence(t):
            return True
    return False


def _embedded_quote(toks, i):
    """Token i is a quotation inside a clause ('He said he was "very confident" Mr Sunak would
    stand, adding'): a word that does not end a clause stands before it and it does not end
    the sentence, so the clause's subject is further left."""
    t = toks[i][2]
    if _MASK not in t or i == 0 or _ends_sentence(t) or t.rstrip(")").endswith((":", ";")):
        return False
    prev = toks[i - 1][2]
    return not (_is_boundary(prev) or _ends_clause(prev))


def _clause_subject(toks, k):
    """Subject opening the sentence that holds token k ("Mr Corbyn hit back, saying")."""
    st = k
    while st > 0 and not (_ends_sentence(toks[st - 1][2]) or (
            _is_boundary(toks[st - 1][2]) and toks[st - 1][2] not in {"-", "\u2013", "\u2014"}
            and not _embedded_quote(toks, st - 1))):
        st -= 1     # back to the sentence start, over dashes ("Mr Corbyn - who now ... - raised")
    if _bare(toks[st][2]).lower() in _LEADING_PREPS:
        # "At PMQs, Mr Sunak hit back ..., by saying": the subject follows the opening phrase
        for i in range(st, k):
            if _ends_clause(toks[i][2]):
                st = i + 1
                break
    words = []
    for i in range(st, k):
        w = _bare(toks[i][2])
        if not w:
            break
        lw = w.lower()
        if _capitalised(w) or lw in _DETERMINERS or lw in _PARTICLES or lw in _PRONOUNS \
                or (words and (_singular(lw) in _SOURCE_HEADS or lw in _TITLE_WORDS)):
            words.append(w)
            if lw in _PRONOUNS or _ends_clause(toks[i][2]):
                break
        else:
            break
    if not words:
        return None
    rec = _classify(words)
    return (rec, st) if rec else None


_POSSESSIVE_PRONOUN = {"his": "he", "her": "she", "their": "they", "its": "it"}
_STATEMENT_NOUNS = frozenset(_lex.word_list("statement_nouns.txt"))
#: round 12: documents an organisation publishes ("the report said"): their author speaks
_DOCUMENT_NOUNS = frozenset(_lex.word_list("document_nouns.txt"))


def _document_owner(words):
    """Round 12: the author named in a document phrase's words, when they read as an
    organisation: an organisation word ("Tower Commission", "U.S. Embassy", "Kiel institute"),
    an acronym ("OECD") or an organisation the data files know; None for a country or
    adjective alone ("a Congressional report", "a Japanese report") and for anything else."""
    words = [w for w in words if w]
    while words and words[0].lower() in _DETERMINERS | {"in", "its", "their"}:
        words = words[1:]
    if not words or len(words) > 6 or not _capitalised(words[0]):
        return None
    name = " ".join(words)
    low = [w.lower().strip(".") for w in words]
    if name.lower() in _country_words() or (len(words) == 1 and low[0] in _proper_adjectives()
                                             and low[0] not in _ORG_ALIASES):
        return None
    known = _ORG_ALIASES.get(name.lower())
    if known or any(w in _ORG_NAME_WORDS or w in _ORG_HEADS for w in low) \
            or (len(words) == 1 and re.fullmatch(r"[A-Z]{2,6}", words[0])):
        return known or name
    return None


@lru_cache(maxsize=16)
def _document_author_pattern(head: str):
    """Where a document with noun ``head`` is named with its author: group ``a`` (before the
    noun: "the Tower Commission report", "the Kiel institute's annual report"), ``b`` (after
    it: "a report by the OECD", "an editorial in the People's Daily"), ``c`` ("In a
    report, the Kiel institute said") or ``d`` ("the U.S. Embassy said in a report")."""
    word = r"[A-Z][\w.&\u2019'-]*"
    lower_heads = "|".join(sorted(map(re.escape, _ORG_NAME_WORDS | _ORG_HEADS), key=len, reverse=True))
    name = (rf"{word}(?:\s+(?:(?:of|for|and|&)\s+)?{word}){{0,5}}"
            rf"(?:\s+(?:{lower_heads})(?![\w'-]))?")
    mods = r"(?:(?:annual|latest|new|monthly|quarterly|weekly|final|draft|internal|official|special|economic)\s+)?"
    h = re.escape(head)
    return re.compile(
        rf"(?<![\w'-])(?!(?:A|An|The|In|Its|Their)\s)(?P<a>{name})(?:['\u2019]s?)?\s+{mods}{h}(?![\w'-])"
        rf"|(?<![\w'-]){h}\s+(?:(?:issued|published|prepared|released)\s+)?(?:by|from|of|in)\s+(?:the\s+)?(?P<b>{name})"
        rf"|(?<![\w'-])[Ii]n\s+(?:a|an|its|the)\s+{mods}{h},?\s+(?:the\s+)?(?P<c>{name})\s+[a-z]+"
        rf"|(?<![\w'-])(?!(?:A|An|The|In|Its|Their)\s)(?P<d>{name})\s+(?:said|says|stated|reported|forecast|predicted)"
        rf"\s+in\s+(?:a|an|its)\s+{mods}{h}(?![\w'-])")


_MODALS = frozenset(_lex.word_list("modal_verbs.txt"))
#: round 11c: cues of reporting_verbs_more.txt that are reports only after a quote or with the
#: offered words quoted in their sentence ("offered his "sincere condolences"")
_OFFER_CUES = frozenset({"offered", "offers"})
#: round 12: cues of criticism_verbs_as.txt (criticism verbs) that report only the words
#: quoted right after "as" in their sentence ("attacked the law as "racially discriminatory"",
#: "dismissed the report as "nonsense""); "Rebels attacked the "safe zone"" is no report
_AS_CUES = frozenset(_lex.word_list("criticism_verbs_as.txt"))
#: round 12 (webspk2): cues of reporting_verbs_more.txt that are reports only right after a quote
#: and when the attribution ends its clause ('"...," Peterson allowed.' / '"...," allowed Smith,')
_AFTER_QUOTE_CUES = frozenset({"allowed", "allows"})
#: round 13 (bbcspk): participles that report only when a comma or dash sets them off from the
#: main clause ('Albon paid tribute, writing on Twitter: "..."'); else a noun or a gerund
#: ("Townsend's writing "deserves ..."", "he started writing lyrics")
_COMMA_PARTICIPLES = frozenset({"writing", "tweeting"})


def _modal_speech(rest) -> bool:
    """round 11c: the lower-case words after a subject before a colon are a modal and a base
    reporting verb, with at most an adverb ("would say only", "could only add"); not "would
    not comment", not "will be clear"."""
    if len(rest) < 2 or rest[0] not in _MODALS or any(w in _BOUNDARY for w in rest[1:]):
        return False
    return any(w in _CUE_WORDS or w + "s" in _CUE_WORDS for w in rest[1:])


def _lone_name_line(toks, start, end, text=None):
    """round 11c: a transcript or Q&A line opened by one capitalised word and a colon
    ("Paterno: "We are ..."") names a speaker only when it opens a line and the word is written
    elsewhere in the document after another capitalised word, as the surname of a full name
    (``text``); "Update:" or "Q:" never are."""
    if end != start or (start > 0 and not _ends_sentence(toks[start - 1][2])):
        return False
    w = _bare(toks[start][2])
    if not w or not _capitalised(w) or not w.isalpha() or len(w) < 3 or w.isupper() \
            or w.lower() in _NOT_NAME or w.lower() in _TITLE_WORDS:
        return False
    if text is None:
        return True
    # exactly one given name written before the word ("Joe Paterno"; not "Joe Paterno" and
    # "Sue Paterno", which leave the line's speaker open)
    given = {m.group(1) for m in re.finditer(r"\b([A-Z][a-z]+)\s+" + re.escape(w) + r"\b(?!:)", text)}
    return len(given) == 1


#: round 16: "He quoted Churchill:", "She read out a letter:": the words after the colon are another's
_REPEATING_VERBS = frozenset(_lex.word_list("verbs_of_repeating_words.txt"))


def _object_names_a_source(low, raw) -> bool:
    """Does the object of "He/She <verb> ...:" say whose words follow, so that they are not the
    pronoun's (round 16, fix16b): a verb of repeating words in it ("a sign that read:"), a source
    after "from" ("received a text from his boss:"), or a noun of words or a document owned by
    someone through "of", "by" or a possessive ("the words of Martin Luther King:", "Churchill's
    words:"). ``low`` are the clause's bare words in lower case, ``raw`` its tokens as written."""
    nouns = _STATEMENT_NOUNS | _DOCUMENT_NOUNS
    return any(w in _REPEATING_VERBS or w == "from" for w in low[2:]) \
        or any(w in ("of", "by") and low[k - 1] in nouns for k, w in enumerate(low) if k >= 3) \
        or any(raw[k].endswith(("'s", "\u2019s", "s'")) and low[k + 1] in nouns for k in range(2, len(low) - 1))


def _colon_event(toks, end, text=None):
    """'Smith disagreed:' / 'The minister was blunt:' - a short clause ending in a colon whose
    verb is not a reporting verb: subject + one to three lower-case words."""
    start = end
    while start > 0 and not (_ends_clause(toks[start - 1][2]) or _is_boundary(toks[start - 1][2])):
        start -= 1
    words = [_bare(t[2]) for t in toks[start:end + 1]]
    if len(words) == 1 and text is not None and _lone_name_line(toks, start, end, text):
        rec = _classify(words)
        if rec is not None and rec["type"] == "named" and not rec.get("org") and rec.get("person") is not False:
            rec = dict(rec)
            rec.update(cue=":", first_tok=start, last_tok=end, cue_tok=end, cue_last=end,
                       pos=toks[end][0], person=True)
            return rec
    if not 2 <= len(words) <= 9:
        return None
    if (start == 0 or _ends_sentence(toks[start - 1][2])) and len(words) >= 3 and words[0] in ("He", "She") \
            and (_clause_verb(words[1]) or words[1] in _CONVERSATION_VERBS) and words[1] not in _REPEATING_VERBS \
            and not _object_names_a_source([w.lower() for w in words], [t[2] for t in toks[start:end + 1]]):
        # round 16 (bbcspk4): "She cited the recent Molly Russell inquest:", "He spoke to the
        # BBC about his plans:": a sentence opened by he/she and its verb, ending in a colon,
        # introduces the pronoun's words; a name in its object ("Molly Russell") is no speaker
        kind, plural, gender = _PRONOUNS[words[0].lower()]
        return {"type": "pronoun", "text": words[0], "speaker": words[0].lower(), "pronoun": words[0].lower(),
                "plural": plural, "gender": gender, "person": kind == "person", "head": None,
                "cue": ":", "first_tok": start, "last_tok": end, "cue_tok": end, "cue_last": end,
                "pos": toks[start][0]}
    if (start == 0 or _ends_sentence(toks[start - 1][2])) and "on" in words[2:-1]:
        # a caption "Rachel Reeves on UK economy:": the named person, not the topic
        i = words.index("on", 2)
        if all(_capitalised(w) or w.lower() in _PARTICLES for w in words[:i]):
            rec = _classify(words[:i])
            if rec is not None and rec["type"] == "named" and rec.get("person") is True:
                rec = dict(rec)
                rec.update(cue=":", first_tok=start, last_tok=end, cue_tok=end, cue_last=end,
                           pos=toks[end][0])
                return rec
    for n_rest in (1, 2, 3):
        subj, rest = words[:-n_rest], words[-n_rest:]
        if not subj or not all(w and w[0].islower() and w.isalpha() for w in rest):
            continue
        if any(w in _BOUNDARY - {"was", "were", "is", "are"} for w in rest) and not _modal_speech(rest):
            continue
        if rest[0] in {"was", "were", "is", "are"} and n_rest == 1:
            continue
        rec = _classify(subj)
        if rec is None or (rec["type"] == "unnamed" and rec.get("person") is None):
            continue  # only known sources here: not 'The rules are clear:'
        if rec["type"] == "unnamed" and subj[0].lower() in {"his", "her", "its", "their", "our"}:
            continue  # 'His message was simple:'
        if rec["type"] == "unnamed" and not rec.get("person") and n_rest > 1:
            continue  # 'The report is clear:' describes, it does not speak
        rec = dict(rec)
        cue_idx = end - n_rest + 1
        rec.update(cue=" ".join(rest), first_tok=start, last_tok=end, cue_tok=cue_idx,
                   cue_last=end, pos=toks[cue_idx][0])
        return rec
    low = [w.lower() for w in words]
    for i, w in enumerate(low[:-1]):
        # "Here is his speech in full:", "Read her statement:": the owner of the words speaks
        # (not "His message was simple:", which describes the words)
        if i > 0 and w in _POSSESSIVE_PRONOUN and any(x in _STATEMENT_NOUNS for x in low[i + 1:i + 4]):
            pron = _POSSESSIVE_PRONOUN[w]
            kind, plural, gender = _PRONOUNS[pron]
            return {"type": "pronoun", "text": words[i], "speaker": pron, "pronoun": pron,
                    "plural": plural, "gender": gender, "person": kind == "person", "head": None,
                    "cue": ":", "first_tok": start + i, "last_tok": end, "cue_tok": end, "cue_last": end,
                    "pos": toks[start + i][0]}
    if start == 0 or _ends_sentence(toks[start - 1][2]):
        # a name alone before a colon opening its sentence: a caption or transcript line
        # ("PM Tomas Vell: "There will be no crisis"", "Mayor Olga Brenner: "...")
        if all(_capitalised(w) or w.lower() in _PARTICLES for w in words):
            rec = _classify(words)
            if rec is not None and rec["type"] == "named" and rec.get("person") is True:
                rec = dict(rec)
                rec.update(cue=":", first_tok=start, last_tok=end, cue_tok=end, cue_last=end,
                           pos=toks[end][0])
                return rec
    return None


#: verbs of telling: their object is the hearer, never an inverted speaker
_RECIPIENT_CUES = frozenset(_lex.word_list("recipient_reporting_verbs.txt"))


def _events(frame: str):
    """All attributions in one paragraph frame (quote contents masked)."""
    toks = []
    for m in _TOKEN.finditer(frame):
        g, at = m.group(), m.start()
        glued = _GLUED_CLOSE.search(g) if _MASK in g else None
        if glued is not None:   # round 13: '"...,"said Adelman' is two tokens
            toks.append((at, at + glued.end(), g[:glued.end()]))
            at, g = at + glued.end(), g[glued.end():]
        toks.append((at, m.end(), g))
    starts = {s: i for i, (s, _, _) in enumerate(toks)}
    events = []
    quoted_as = set()   # round 16: the "saying" of an active "quoted X as saying"
    for m in _QUOTED_AS.finditer(frame):
        k = starts.get(m.start())
        if k is None:
            continue
        k_last = k + len(m.group().split()) - 1
        between = toks[k + 1:k_last - 1]   # words between 'quoted' and 'as saying'
        prev = _bare(toks[k - 1][2]).lower() if k > 0 else ""
        res = None
        if prev in {"was", "were", "is", "are", "been"} and k >= 2:
            # "Sheikh Ali was quoted (by the daily X) as saying"
            r = _subject_before(toks, k - 1)
            if r:
                res = (r[0], r[1])
        elif between and _bare(between[0][2]).lower() != "by":
            # "the agency PAP quoted Baka as saying"
            cut = next((i + 1 for i, t in enumerate(between) if t[2].endswith(",")), len(between))
            # round 16: "quoted Tom Reyes, a farmer, as saying": the name before an apposition
            # fix16c: "quoted Smith in London as saying": a preposition after the first word
            # ends the speaker's phrase
            cut = next((i for i, t in enumerate(between[:cut]) if i and _bare(t[2]) in
                        ("in", "on", "at", "during", "after", "before", "from", "while")), cut)
            rec = _classify([_bare(t[2]) for t in between[:cut]])
            if rec and rec.get("type") != "named" and cut < len(between):
                # fix16c: "quoted a spokesman, Tom Reyes, as saying": the named apposition
                nxt = between[cut:]
                end = next((i + 1 for i, t in enumerate(nxt) if t[2].endswith(",")), len(nxt))
                alt = _classify([_bare(t[2]) for t in nxt[:end]])
                if alt and alt.get("type") == "named" and alt.get("person") is True:
                    rec = alt
            if rec:
                s0 = _subject_tokens_back(toks, k - 1)[0] if k > 0 and not _is_boundary(toks[k - 1][2]) else None
                res = (rec, s0 if s0 is not None and s0 <= k - 1 else k)
                quoted_as.add(k_last)
        if res:
            rec = dict(res[0])
            rec.update(cue="quoted", first_tok=res[1], last_tok=k_last, cue_tok=k, cue_last=k_last,
                       pos=toks[k][0])
            events.append(rec)
    for m in _CAME_REPLY.finditer(frame):
        k = starts.get(m.start())
        if k is None:
            continue
        k_last = k + len(m.group().split()) - 1
        res = _subject_after(toks, k_last)
        if res:
            rec = dict(res[0])
            rec.update(cue="reply", first_tok=k, last_tok=res[1], cue_tok=k, cue_last=k_last, pos=toks[k][0])
            events.append(rec)
    for m in _PASSIVE_REPORT.finditer(frame):
        k = starts.get(m.start())
        if k is None:
            continue
        k_last = k + len(m.group().split()) - 1
        # "It has been claimed that ...", "it is understood": reported, by nobody named
        events.append({"type": "unnamed", "text": m.group(), "speaker": None, "plural": False,
                       "gender": None, "person": False, "org": False, "head": None, "passive": True,
                       "cue": m.group(m.lastindex).lower(), "first_tok": k, "last_tok": k_last,
                       "cue_tok": k_last, "cue_last": k_last, "pos": toks[k][0]})
    for m in _CUE_RE.finditer(frame):
        k = starts.get(m.start())
        if k is None:
            continue  # the cue is glued to something (e.g. '"said')
        if k in quoted_as:
            # round 16: "The paper quoted one official as saying": the words are the one
            # quoted, not the outlet's (the subject of "saying" is the object of "quoted")
            continue
        k_last = k + m.group().count(" ")
        cue = m.group().lower()
        prev = _bare(toks[k - 1][2]).lower() if k > 0 else ""
        catenative = None
        if cue != "according to" and (prev in _NOT_BEFORE_CUE or prev in _DETERMINERS) \
                and not _ends_clause(toks[k - 1][2]) \
                and not (k > 1 and _month_surname(_bare(toks[k - 2][2]), _bare(toks[k - 1][2]))):
            catenative = _catenative_subject(toks, k) if prev == "to" else None
            if catenative is None:
                continue  # passive ("was told"), infinitive ("declined to say"), a noun ("the call")
        if cue in _CATENATIVE_BASES:
            # "add" is a cue only after a catenative verb ("was quick to add"), and not in a
            # clause that a reporting verb before it reports ("She said she chose to write
            # about it because it was "..."": the words are what she said)
            if catenative is None:
                continue
            j = catenative[1] - 1
            while j >= 0 and not _ends_sentence(toks[j][2]) and _bare(toks[j][2]).lower() not in _CUE_WORDS:
                j -= 1
            if j >= 0 and not _ends_sentence(toks[j][2]):
                continue
        nxt = _bare(toks[k_last + 1][2]).lower() if k_last + 1 < len(toks) else ""
        if cue == "continued" and nxt in {"to", "the", "a", "an", "its", "his", "her", "their"}:
            continue
        found = None
        if catenative is not None:
            found = (catenative[0], catenative[1], k_last)   # round 13: "X went on to say"
        elif cue == "according to":
            res = _subject_after(toks, k_last)
            if res:
                found = (res[0], k, res[1])
        elif cue.endswith("ing"):
            # a participle: "Tom Ellis hit back, saying ...", "with one calling it ..."
            if cue in _COMMA_PARTICIPLES and not (k > 0 and (toks[k - 1][2].endswith(",") or toks[k - 1][2] in _DASHES)):
                continue    # round 13 (bbcspk): "Townsend's writing", "started writing lyrics"
            res = _subject_before(toks, k) if k > 0 and not _ends_clause(toks[k - 1][2]) else None
            if res is None or res[0]["type"] == "unnamed" and res[0].get("person") is None:
                res = _clause_subject(toks, k)
            if res:
                found = (res[0], res[1], k_last)
        else:
            # inverted order right after a quote or a comma: '"...," said Jane Doe.'
            left_empty = k == 0 or _is_boundary(toks[k - 1][2]) or _ends_sentence(toks[k - 1][2])
            after_comma = k > 0 and toks[k - 1][2].rstrip(")").endswith(",")
            inv = _subject_after(toks, k_last) if (left_empty or after_comma) and cue not in _RECIPIENT_CUES else None
            norm = _subject_before(toks, k) if not left_empty or (k > 0 and toks[k - 1][2] in _DASHES) else None
            if norm is None and inv is None and after_comma and cue in _RECIPIENT_CUES:
                # "The manager, whose side play on Sunday, told the Portsmouth News:": the hearer
                # is no speaker; the subject opens the clause (round 13, lead)
                norm = _clause_subject(toks, k)
            # after a comma both readings are possible: "Smith, a spokesman, told staff:" (normal)
            # vs "..., is significant, said Jane Doe" (inverted); a named normal subject wins
            if norm and (norm[0]["type"] in ("named", "pronoun") or not inv):
                found = (norm[0], norm[1], k_last)
            elif inv:
                found = (inv[0], k, inv[1])
        if found is None:
            continue
        rec, first_tok, last_tok = found
        if any(e["cue_tok"] == k for e in events):
            continue
        rec = dict(rec)
        rec.update(cue=cue, first_tok=first_tok, last_tok=last_tok, cue_tok=k, cue_last=k_last,
                   pos=toks[k][0],
                   after_quote=first_tok > 0 and _is_boundary(toks[first_tok - 1][2]))
        cue = _CATENATIVE_BASES.get(cue, cue)     # "quick to allow" has the guards of "allows"
        if cue in _AS_CUES:
            rest = []
            for t in toks[k_last + 1:]:
                rest.append(t[2])
                if _ends_sentence(t[2]):
                    break
            if not any(_bare(a).lower() == "as" and _MASK in b for a, b in zip(rest, rest[1:])):
                continue
        if cue in _AFTER_QUOTE_CUES and not (rec["after_quote"] and _ends_clause(toks[max(last_tok, k_last)][2])):
            continue    # round 12 (webspk2): "the defence allowed 30 points" is no report
        if cue in _OFFER_CUES and not rec["after_quote"]:
            # round 11c: "Salo offered." after a quote is a report; "X offered his "sincere
            # condolences"" is one when X is a person and the sentence quotes what was offered;
            # "the Games also offers a chance to ..." and "the Lottery had offered a "lifeline""
            # are not
            rest = []
            for t in toks[k_last + 1:]:
                rest.append(t[2])
                if _ends_sentence(t[2]):
                    break
            if rec.get("person") is not True or rec.get("org") or not any(_MASK in t for t in rest):
                continue
        if k > 0 and toks[k - 1][2].endswith(_POSSESSIVE_END) and any(
                _bare(t[2])[:1].islower() for t in toks[first_tok:k - 1]):
            # round 11c: "Fawzi Barhoum rejected Abbas' call for talks": the owner of a speech
            # noun inside another's clause is no referent for a later "he said"
            rec["in_object"] = True
        events.append(rec)
    for m in _FRONTED_CUE.finditer(frame):
        # 'Explained Finjan CTO Yuval Ben-Itzhak, "..."': the verb opens its sentence, the
        # subject follows and a comma or colon ends it right before the quotation
        k = starts.get(m.start())
        if k is None or m.group().lower() not in _FRONTED_WORDS \
                or not (k == 0 or _ends_sentence(toks[k - 1][2]) or _is_boundary(toks[k - 1][2])) \
                or any(e["cue_tok"] == k for e in events):
            continue
        res = _subject_after(toks, k)
        if not res or res[0]["type"] not in ("named", "unnamed") or not toks[res[1]][2].endswith((",", ":")) \
                or res[1] + 1 >= len(toks) or _MASK not in toks[res[1] + 1][2]:
            continue
        rec = dict(res[0])
        rec.update(cue=m.group().lower(), first_tok=k, last_tok=res[1], cue_tok=k, cue_last=k,
                   pos=toks[k][0], after_quote=False, fronted=True)
        events.append(rec)
    events.sort(key=lambda e: e["pos"])
    _nest_reports(toks, events)
    return toks, events


def _nest_reports(toks, events):
    """"PAC chairman Juan Watterson said the committee acknowledged its role in "..."": a
    report whose subject (an unnamed source or an organisation, not a named person nor a
    pronoun) is the complement of an earlier reporting verb with a named speaker, in the same
    clause, is that speaker's: the quoted words are the outer speaker's account. The inner
    event takes the outer speaker (marked ``nested``)."""
    for x, outer in enumerate(events):
        if outer["type"] != "named" or outer.get("person") is not True or outer.get("passive") \
                or outer["cue"] == "according to" or outer["first_tok"] > outer["cue_tok"]:
            continue
        for inner in events[x + 1:]:
            gap = toks[outer["cue_last"] + 1:inner["first_tok"]]
            if inner["first_tok"] <= outer["cue_last"] or len(gap) > 3 \
                    or any(_ends_clause(t[2]) or _is_boundary(t[2]) for t in toks[outer["cue_last"]:inner["first_tok"]]):
                break
            words = [_bare(t[2]).lower() for t in gap]
            told = outer["cue"] in ("told", "tells", "tell")
            if not (words in ([], ["that"]) or (told and words and words[-1] != "," and len(words) <= 3)):
                break
            if inner["type"] == "pronoun" or (inner["type"] == "named" and inner.get("person") is not False):
                break
            keep = {k: inner[k] for k in ("cue", "first_tok", "last_tok", "cue_tok", "cue_last", "pos",
                                          "after_quote") if k in inner}
            inner.clear()
            inner.update(outer)
            inner.update(keep, nested=True)
            break


# ---------------------------------------------------------------------------------------------
# Step 3: resolution
# ---------------------------------------------------------------------------------------------

@lru_cache(maxsize=64)
def _initials_before_name(word: str, nxt: str, before: str = "") -> bool:
    """round 12: given names written as initials ("P.J. Carlesimo", "O.J. Simpson", "J.R.R.
    Tolkien") are part of the name run when a capitalised word follows with no stop of its
    own; the initials of a country ("U.S. Attorney", countries.csv) and initials after "the"
    ("at the U.N. Smith said") are not."""
    return bool(re.fullmatch(r"(?:[A-Z]\.){2,3}", word)) and word.lower() not in _country_words() \
        and before.lower() != "the " \
        and bool(re.fullmatch(r"[A-Z][a-z][\w'\u2019-]*(?:'s|\u2019s)?[,;:]?", nxt))


@lru_cache(maxsize=16)
def _name_runs_in(text: str) -> tuple:
    """Multi-word name runs in a text, with their end offsets (for surname expansion).

    Cached: the resolver asks for the runs of the same document text (or its masked copy) once
    per name it expands, and the answer depends on the text alone (a tuple, so no caller can
    change the cached value)."""
    runs = []
    words = [(m.start(), m.end(), m.group())
             for m in re.finditer(r"[^\s,;:()\"\u201c\u201d\u2013\u2014]+", text)]
    cur = []
    words = words + [(len(text), len(text), "x")]
    for i, (s, e, w) in enumerate(words):
        b = _bare(w)
        j = i + 1
        while j < len(words) - 1 and words[j][2] in _PARTICLES:
            j += 1      # "von der": particles up to the name word
        if cur and w in _PARTICLES and j < len(words) and text[cur[-1][1]:s] == " " \
                and _capitalised(_bare(words[j][2])) and not words[j][2].endswith(("'s", "\u2019s")) \
                and _bare(words[j][2]).lower() not in _NOT_NAME:
            cur.append((s, e, w, w))    # "Erik ten Hag", "Ursula von der Leyen": a particle inside
            continue
        if cur and s > 0 and (text[s - 1] in "(\u2013\u2014" or (
                s - cur[-1][1] > 1 and any(d in text[cur[-1][1]:s] for d in "\u2013\u2014"))):
            runs.append(cur)    # "Standards Authority (Ipsa)": the bracket ends the name;
            cur = []            # "EDMONTON, Alberta\u2014Patrick O'Sullivan": so does a dash
        if cur and "\n" in text[cur[-1][1]:s] and (
                len(text[text.rfind("\n", 0, cur[-1][1]) + 1:cur[-1][1]].strip()) < 40
                or re.search(r"\n[ \t\r]*\n", text[cur[-1][1]:s])) \
                and _lex.given_name_gender(cur[-1][2]) not in ("m", "f", "u"):
            # fix16c: a given name before the break keeps the name whole on a short line too
            # (hard-wrapped text: "Secretary of Commerce Malcolm / Baldrige said"); "\r\n\r\n"
            # (Windows line ends) is a paragraph break as "\n\n" is
            # round 16: a short line (a menu item, a heading) ends whatever it holds, and so
            # does a paragraph break: menu lines of a web page ("Discuss College Football /
            # Small Colleges / Ryan, who ...") never join into one name. A long line broken
            # inside a sentence still may: Reuters-21578 wraps its text, and a page's markup
            # can split a name after its given name ("the U.N.'s top representative here, Tom
            # / Koenigs, said")
            runs.append(cur)
            cur = []
        ok = b and _capitalised(b) and (b.lower() not in _NOT_NAME or (cur and _month_surname(cur[-1][2], b))
                                        or (not cur and i + 1 < len(words) and text[e:e + 1] == " " and _month_given_name(
                                            b, _bare(words[i + 1][2]), _bare(words[i - 1][2]) if i else "")))
        if ok and not w.endswith((".", "!", "?")) \
                or (_is_abbrev(w) and re.fullmatch(r"[A-Z]\.", w)) \
                or (i + 1 < len(words) and "." in w and len(w) <= 6
                    and _initials_before_name(w, words[i + 1][2], text[max(0, s - 4):s])):
            cur.append((s, e, b, w))
            if w.endswith(("'s", "\u2019s")) or text[e:e + 1] in (",", ";", ":"):
                # "Suffolk, Norfolk, Essex" is a list of names, not one name
                runs.append(cur)
                cur = []
            continue
        if ok:
            cur.append((s, e, b, w))  # a name word ending a sentence
        if cur:
            runs.append(cur)
        cur = []
    out = []
    for run in runs:
        words = [r[2] for r in run]
        while len(words) > 2 and (words[0].lower() in _NOT_PERSON_WORDS or words[0].lower() in _CUE_WORDS):
            words = words[1:]    # "Only Penny Mordaunt has ...", "Explained Yuval Ben-Itzhak, ...":
            #                      a sentence's first word is no name
        if len(words) == 2 and (words[0].lower() in _FRONTED_OPENERS or (
                # round 11: a sentence-opening gerund ("Losing Pele was unthinkable")
                len(words[0]) > 5 and words[0].endswith("ing") and _lex.given_name_gender(words[0]) is None)) \
                and re.search(r"(?:^|[.!?\n][\"'\u201d\u2019)]*\s*)$", text[:run[0][0]]):
            words = words[1:]    # "Since Alcaraz was 15, ...": a sentence-opening preposition or
            #                      subordinator (fronted_openers.txt) is no part of the name
        name, _, _ = _strip_titles(words, after_of=bool(re.search(r"\b(?:of|for)\s+$", text[max(0, run[0][0] - 5):run[0][0]])))
        if len(name) >= 2 and not any(w.lower() in _ORG_NAME_WORDS for w in name):
            out.append((run[-1][1], tuple(name)))
    return tuple(out)


def _title_modifiers(words, head) -> set:
    """Round 14: the capitalised words right before the role noun ``head`` in ``words`` ("the
    Blackburn manager" -> {"blackburn"}; "Portsmouth manager Harry Redknapp" -> {"portsmouth"});
    a sentence's first word or a title word ("Deputy") is no modifier."""
    low = [_bare(w).lower() for w in words]
    if head not in low:
        return set()
    k, out = low.index(head) - 1, set()
    while k >= 1 and _capitalised(_bare(words[k])) and low[k] not in _TITLE_WORDS and low[k] != "former":
        out.add(low[k])
        k -= 1
    if k == 0 and _capitalised(_bare(words[0])) and low[0] not in _DETERMINERS | _TITLE_WORDS | {"former"}:
        out.add(low[0])
    return out


@lru_cache(maxsize=256)
def _appositive_name_pattern(head: str):
    """A role phrase opening with ``head`` (any case), up to 40 characters without a comma or a
    stop, then ", Name," ("Counsel for the inquiry, Martin Wolfe KC,")."""
    return re.compile(r"(?<![\w'-])(?i:" + re.escape(head) + r")(?![\w'-])[^,.;:\n\"\u201c\u201d]{0,40},\s+"
                      r"((?:[A-Z][\w'\u2019-]*[a-z][\w'\u2019-]*\s+){1,2}[A-Z][\w'\u2019-]*"
                      r"(?:\s+[A-Z]{2,4})?)\s*,")


@lru_cache(maxsize=64)
def _described_org_pattern(head: str):
    """round 13 (webspk3): a capitalised name followed by an appositive description with the
    institution ``head`` as its last noun ("the European Committee for Interoperable Systems, a
    Brussels-based trade group of which ...", "Acme Fuels, a small family company,"): group 1
    the name. The head must end the description (not "a group chairman") and head it (not
    "Jo Smith, a member of the group")."""
    return re.compile(r"(?<![\w'&\u2019.-])((?:[A-Z][\w'&\u2019.-]*[ \t]+(?:(?:of|for|and|on|the)[ \t]+){0,2}){0,6}"
                      r"[A-Z][\w'&\u2019-]*),\s+(?:a|an)\s+(?:(?!(?:of|for|in|at|with|from|to|on|by|and|the)\s)[\w'&\u2019-]+\s+){0,4}"
                      + re.escape(head)
                      + r"(?![\w'&\u2019-])(?=\s*[,.;:)\n]|\s*$|\s+(?:of|that|which|who|whose|with|in|for|from|at|on|to|"
                      r"representing|and)(?![\w'-]))")


@lru_cache(maxsize=1)
def _org_mention_pattern():
    """Capitalised names ending in a capitalised institution head ("NI Business Brexit Working
    Group", "World Health Organization"), "of/for/and/on (the)" allowed inside."""
    heads = "|".join(sorted((h[:1].upper() + h[1:] for h in _ORG_HEADS), key=len, reverse=True))
    return re.compile(r"(?<![\w'-])((?:[A-Z][\w'&\u2019-]*\s+(?:(?:of|for|and|on)\s+(?:the\s+)?)?){1,5}"
                      r"(?:" + heads + r"))(?![\w'-])")


_NAME_STOPWORDS = frozenset(_lex.name_stopwords()) - set(_lex.titles())
_NOT_PERSON_WORDS = (set(_lex.name_stopwords()) | set(_lex.word_list("not_names.txt"))) - set(_lex.titles())
_SENTENCE = re.compile(r"(?:^|(?<=[.!?:])[\"\u201d']?\s+|\n\s*)(?=[A-Z])")


_BRACKET_ACRONYM = re.compile(r"([A-Z][\w'&-]*(?:\s+(?:of|for|and|the|on|[A-Z][\w'&-]*))*)\s+\(([A-Z][A-Za-z]{1,7})\)")


@lru_cache(maxsize=64)
def _bracket_acronyms(text: str) -> dict:
    """Acronyms given in brackets after a name: {"Ipsa": "Independent ... Authority"}."""
    out = {}
    for m in _BRACKET_ACRONYM.finditer(text):
        words = m.group(1).split()
        while words and words[0].lower() in _DETERMINERS:
            words = words[1:]
        initials = "".join(w[0] for w in words if w.lower() not in ("of", "and", "the", "for", "&"))
        if initials.upper() != m.group(2).upper():
            # round 11: a title-like word is dropped unless the acronym spells it
            # ("European Handball Federation (EHF)" keeps "European")
            while words and (words[0].lower() in _TITLE_KIND or words[0].lower() in _DETERMINERS):
                words = words[1:]
        if len(words) >= 2:
            out.setdefault(m.group(2), " ".join(words))
    return out


@lru_cache(maxsize=64)
def _lower_words(text: str) -> frozenset:
    """Words written in lower case somewhere in the text ("will", "mark": not names here)."""
    return frozenset(re.findall(r"(?<![\w'-])[a-z]+(?![\w'-])", text))


_FRONTED_OPENERS = frozenset(_lex.word_list("fronted_openers.txt"))
_FRONTED_SUBJECT = re.compile(r",\s+((?:[A-Z][\w'\u2019.-]*\s+){0,3}[A-Z][\w'\u2019-]*)\s+[a-z]")


def _after_fronted_phrase(masked: str, st: int):
    """Where the subject of the sentence starting at ``st`` begins: ``st`` itself, or, for a
    sentence opening with an introductory phrase ("At a ceremony on Tuesday, Mr Biden praised
    ...", "However, Ms Lowe said ..."), the capitalised name right after the phrase's comma
    when a lower-case word (the verb) follows that name."""
    first = re.match(r"[A-Z][a-z]+", masked[st:st + 20])
    if first is None or first.group().lower() not in _FRONTED_OPENERS:
        return st
    end = _SENTENCE_END.search(masked, st, st + 300)
    stop = end.start() if end else min(len(masked), st + 300)
    comma = masked.find(",", st, stop)
    if comma < 0:
        return st
    m = _FRONTED_SUBJECT.match(masked, comma, stop)
    return m.start(1) if m else st


_SPEECH_ACTS = frozenset(_lex.word_list("speech_act_verbs.txt"))
#: round 15: verbs of talking and answering ("Mitchell talked like a proud father.")
_CONVERSATION_VERBS = frozenset(_lex.word_list("conversation_verbs.txt"))
#: "A woman who lives nearby said ...": an indefinite description of a person opening a
#: sentence, then an aside or a clause, then a verb (checked by ``_described_speaker``)
_DESCRIBED_SUBJECT = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=[.!?][\"\u201d']\s))(?P<det>A|An|One|Another)\s+"
    r"(?P<phrase>(?:[a-z0-9][\w'\u2019-]*\s+){0,3}?[a-z0-9][\w'\u2019-]*)"
    r"(?:,[^,.\n\x00\"]{1,120},|\s+(?:who|from|in|at|of|living|with|on)\s+[^,.\n\x00\"]{1,100}?)?"
    r"\s+(?:(?:also|again|later|then|[a-z]+ly)\s+)?(?P<verb>"
    + "|".join(sorted({re.escape(v) for v in _SPEECH_ACTS | set(CUES) if v.isalpha()}, key=len, reverse=True))
    + r")\b", re.MULTILINE)
_AGE_NOUN = re.compile(r"\d{1,3}-year-old")
#: a later sentence whose subject reports (a reporting verb within its first words)
_LATER_REPORT = re.compile(
    r"(?:^|(?<=[.!?]\s))[A-Z][^.!?\n\x00]{0,80}?\b(?:"
    + "|".join(sorted({re.escape(v) for v in CUES if v.isalpha()}, key=len, reverse=True)) + r")\b",
    re.MULTILINE)
#: a capitalised name (up to five words, "&" inside), an aside between commas allowed, then a
#: verb after up to two auxiliaries or adverbs ("Castle Fine Art, a UK art retailer, said")
_REPORTING_NAME = re.compile(
    r"(?<![\w'&\u2019.-])(?P<name>(?:[A-Z][\w'\u2019.-]*\s+(?:&\s+)?){0,4}[A-Z][\w'\u2019.-]*)"
    r"(?:,[^,.\n\x00\"]{1,150},)?\s+(?:(?:has|have|had|also|again|earlier|previously|[a-z]+ly)\s+){0,2}"
    r"(?P<verb>[a-z]+)\b")
# verbs of holding a view ("Brian May originally thought ...") count as speech acts for
# the referent of a following '"...," he said' (not for the lead speaker)
_STANCE_VERBS = frozenset(_lex.word_list("stance_verbs.txt"))
#: "But he does not think ...", "She also said ...": a pronoun opening a sentence and its verb
_PRONOUN_SPEAKS = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=[.!?][\"\u201d']\s))(?:(?:But|And|Yet|Still|However,?)\s+)?(?P<p>[Hh]e|[Ss]he)\s+"
    r"(?:(?:does|did|do|has|had|is|was|also|still|now|not|never|[a-z]+ly)\s+){0,3}(?P<verb>[a-z]+)\b",
    re.MULTILINE)
_VERB_AFTER_NAME = re.compile(r"\s+(?:(?:also|again|later|then|earlier|[a-z]+ly)\s+)?([a-z]+)\b")
_AUX_VERB_AFTER_NAME = re.compile(r"\s+(?:(?:has|have|had|also|again|[a-z]+ly)\s+){0,2}([a-z]+)\b")
_SENTENCE_END = re.compile(r"[.!?](?=[\s\"\u201d']|$)|\n")


@lru_cache(maxsize=None)
def _other_nationality_marks(noun: str) -> str:
    """Regex alternation of the nationality marks (person_demonyms.csv) of every nationality but
    that of ``noun``: a person "of Ukraine" is not "the Greek" (round 11)."""
    own = set(_PERSON_DEMONYMS.get(noun, ()))
    marks = {m for ms in _PERSON_DEMONYMS.values() for m in ms} - own
    return "|".join(re.escape(m) for m in sorted(marks, key=len, reverse=True))


@lru_cache(maxsize=4096)
def _surname_after_given(word: str):
    """The pattern of ``_surname_of_named_person``: a capitalised word (and an initial) before
    ``word``, or ``word`` in capitals after a word in capitals."""
    return re.compile(r"(?<![\w'-])(?:([A-Z][a-z]+)\.?\s+(?:[A-Z]\.\s+)?" + re.escape(word)
                      + r"|([A-Z][A-Z]+)\s+" + re.escape(word.upper()) + r")(?![\w'-])")


def _surname_of_named_person(masked: str, word: str, before: int):
    """(gender 'm', 'f' or '', full name) when ``word`` (a lone capitalised word opening a sentence at ``before``) is
    the surname of a person the text named in full before it, outside quotations ("James
    Treybig" ... "Treybig, who founded ..."), or after an honorific ("Mr Treybig"); None
    otherwise. The full name must start with a known given name and the text must never write
    the word in lower case (round 11, web and wire news: the surname alone is the usual second
    reference)."""
    lower = _lower_words(masked)
    if len(word) < 3 or not word[:1].isupper() or word.isupper() or word.lower() in _NOT_NAME \
            or word.lower() in _TITLE_WORDS or word.lower() in lower:
        return None
    head = masked[:before]
    if word not in head and word.upper() not in head:
        return None     # never written before: no full name to find (and no pattern to compile)
    for m in _surname_after_given(word).finditer(head):
        first = m.group(1) or m.group(2).title()        # "ANTE COVIC" in a lead set in capitals
        if first.lower() in _HONORIFIC_GENDER:
            return _HONORIFIC_GENDER[first.lower()] or "", word
        g = _lex.given_name_gender(first)
        if g in ("m", "f", "u") and first.lower() not in _NOT_NAME and first.lower() not in lower \
                and first.lower() not in _FRONTED_OPENERS:      # not "Even Williams"
            return (g if g in ("m", "f") else ""), f"{first} {word}"
    return None


_ORG_ROLE_LEAD = re.compile(r"(?:[A-Z][\w'\u2019&.-]*\s+){1,4}((?:[a-z][a-z-]*\s+){1,4})(?=[A-Z][a-z])")


def _after_org_role(masked: str, st: int):
    """(start of the name, role words) when the sentence at ``st`` opens with capitalised words
    and lower-case title or role words before a capitalised name ("Hamas spokesman Fawzi
    Barhoum rejected ...", "Steelers head coach Mike Tomlin said"), the usual web and wire
    form of a person's first mention; else (``st``, ()). Round 11."""
    m = _ORG_ROLE_LEAD.match(masked, st)
    if m is None:
        return st, ()
    roles = tuple(m.group(1).split())
    if not all(w in _TITLE_WORDS for w in roles) or not any(
            w in _lex.role_nouns() or _TITLE_KIND.get(w) == "title" for w in roles):
        return st, ()
    return m.end(), roles


_POSSESSED_ROLE_NAME = re.compile(
    r"\s+((?:[a-z][\w-]*\s+){1,3})((?:[A-Z][\w'\u2019-]*\s+){1,2}[A-Z][\w'\u2019-]*[\w])")


def _possessed_role_name(masked, at):
    """Round 11: after "South Africa's", lower-case words ending in a role noun and then a
    capitalised name of two or three words starting with a known given name ("record
    goalscorer Benni McCarthy"): (name, gender, roles), else None."""
    m = _POSSESSED_ROLE_NAME.match(masked, at)
    if m is None:
        return None
    roles = m.group(1).split()
    head = _singular(roles[-1].lower())
    name = m.group(2).split()
    g = _lex.given_name_gender(name[0])
    if not (head in _PERSON_HEADS or _agent_noun(head)) or g not in ("m", "f") \
            or any(w.lower() in _ORG_OR_TITLE or w.lower() in _GLUE_HEADS for w in name):
        return None
    return " ".join(name), g, tuple(w.lower() for w in roles)


#: round 15 (bbcspk3): a role noun phrase and the person's name set off by commas (an
#: appositive), then the clause's verb: "Horne's granddaughter, Jenny Lumet, attended ...",
#: "His wife, Ann Lee, said ..."; group 1 the role words, 2 the name, 3 the verb
_APPOSITIVE_ROLE_NAME = re.compile(
    r"\s*((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*),\s+((?:[A-Z][\w'\u2019-]*\s+){0,2}[A-Z][\w'\u2019-]*[a-z]),\s+"
    r"(?:(?:also|again|later|then|[a-z]+ly)\s+)?([a-z][a-z']*)\b")
#: the capitalised word opening such a phrase when no possessor does ("His wife, ...")
_APPOSITIVE_OPENERS = frozenset({"his", "her", "their", "its", "our", "my", "the"})


#: round 15: an age set off by commas right after a name ("Keanan, 24, from Cheltenham")
_AGE_APPOSITIVE = re.compile(r",\s+\d{1,3},\s")


def _appositive_role_name(masked, at):
    """Round 15 (bbcspk3): after a possessor ("Horne's") or an opening "His"/"Her"/"The", a
    role noun phrase, a comma, a name of two or three capitalised words (or a known given name
    alone: "His mother, Katherine, said"), a comma and a verb
    ("granddaughter, Jenny Lumet, attended"): the name is the sentence's subject (AP style
    sets a non-essential appositive name off by commas). (name, gender, roles, where the name
    starts), else None."""
    m = _APPOSITIVE_ROLE_NAME.match(masked, at)
    if m is None:
        return None
    roles = m.group(1).split()
    head = _singular(roles[-1].lower())
    name = m.group(2).split()
    if not (head in _PERSON_HEADS or _agent_noun(head)) or not _clause_verb(m.group(3)) or any(
            w.lower() in _ORG_OR_TITLE or w.lower() in _GLUE_HEADS or w.lower() in _NOT_PERSON_WORDS
            or w.lower() in _GEO_WORDS for w in name):
        return None
    # the person so introduced speaks in the sentence ("attended ... and said she was
    # overwhelmed"); "The coach, Hakan Ericsson, used Jakobsen for 90 minutes" before '"...,"
    # he says' leaves the story with Jakobsen, the last speaker
    end = _SENTENCE_END.search(masked, m.start(3))
    if not any(w in CUES or w in _SPEECH_ACTS or w in _STANCE_VERBS
               for w in re.findall(r"[a-z]+", masked[m.start(3):end.start() if end else len(masked)])):
        return None
    g = _lex.given_name_gender(name[0])
    if len(name) == 1 and (g not in ("m", "f") or name[0].lower() in _lower_words(masked)):
        return None     # "His mother, Katherine, said": one word only if a given name
    return " ".join(name), (g if g in ("m", "f") else None), tuple(w.lower() for w in roles), m.start(2)


def _coordinated_after(masked, at) -> bool:
    """Round 11: the name that ends at ``at`` is the first of two coordinated subjects
    ("Juliano Belletti and Shaun Wright-Phillips scored")."""
    return re.match(r"\s+(?:and|&)\s+(?:[A-Z][\w'\u2019-]*\s+){0,2}[A-Z][\w'\u2019-]*\s+[a-z]", masked[at:at + 80]) \
        is not None and not re.match(r"\s+(?:and|&)\s+(?:[A-Z][\w'\u2019-]*\s+){0,2}(?:Co|Company|Sons|Partners)\b",
                                     masked[at:at + 80])


#: round 14: a dateline opening a paragraph: a place in capitals ("MELBOURNE", "LOS ANGELES"),
#: perhaps its state or country ("NEWCASTLE, England") and a wire in brackets ("(AP)"), or the
#: wire alone ("(CNN)"), then a dash (AP and Reuters style)
_DATELINE_LEAD = re.compile(
    r"(?:[A-Z][A-Z.'-]+(?:[ \t]+[A-Z][A-Z.'-]+){0,3}(?:,[ \t]+[A-Z][\w.]*(?:[ \t]+[A-Z][\w.]*){0,2})?"
    r"[ \t]*(?:\([A-Za-z .-]{1,25}\)[ \t]*)?|\([A-Za-z .-]{1,25}\)[ \t]*)(?:-{1,2}|[\u2013\u2014])[ \t]+(?=[A-Z])")


@lru_cache(maxsize=64)
def _sentence_subjects(masked: str):
    """(start, name, gender, is_person) of the capitalised name opening each sentence."""
    out = []
    for m in _SENTENCE.finditer(masked):
        st = m.end()
        if st == 0 or masked[st - 1] == "\n":
            d = _DATELINE_LEAD.match(masked, st)
            if d is not None:
                st = d.end()    # round 14: "LOS ANGELES (AP) - Novak Djokovic gives ..."
        st = _after_fronted_phrase(masked, st)
        if st is None:
            continue
        lead_roles = ()
        if masked[st:st + 1].isupper():
            st, lead_roles = _after_org_role(masked, st)   # round 11: "Hamas spokesman Fawzi Barhoum"
        words = []
        poss = 0
        end_rel = 0
        for w in re.finditer(r"[^\s,;:\x00\"\u201c\u201d]+", masked[st:st + 160]):
            t = w.group()
            if t.startswith("("):
                break
            b = _bare(t)
            if not b or not (_capitalised(b) or (b.lower() in _PARTICLES and words)):
                break
            words.append(b.rstrip("'\u2019"))
            end_rel = w.end()
            if t.endswith((".", "!", "?")) and not _is_abbrev(t):
                break
            if t.endswith(("'s", "\u2019s")):
                poss = len(words)   # "Nigeria's Folashade Oluwafemiayo says": the possessor is
                #                     no part of the name after it
            if masked[st + w.end():st + w.end() + 1] in (",", ";", ":"):
                break   # "Ms Roche, Labour MP for Hornsey, ...": the name ends at the comma
        if 0 < poss < len(words):
            words = words[poss:]
        elif poss and poss == len(words):
            # round 11: "South Africa's record goalscorer Benni McCarthy has ...": the possessor
            # is not the subject; the name after its role noun is, if there is one
            found = _possessed_role_name(masked, st + end_rel)
            if found is not None:
                out.append((st, found[0], found[1], True, found[2]))
            elif (found := _appositive_role_name(masked, st + end_rel)) is not None:
                # round 15: "Horne's granddaughter, Jenny Lumet, attended ...": the name's start
                out.append((found[3], found[0], found[1], True, found[2]))
            continue
        if not words:
            continue
        if len(words) == 1 and words[0].lower() in _APPOSITIVE_OPENERS:
            found = _appositive_role_name(masked, st + end_rel)   # round 15: "His wife, Ann Lee, said"
            if found is not None:
                out.append((found[3], found[0], found[1], True, found[2]))
                continue
        if _coordinated_after(masked, st + end_rel):
            continue    # round 11: "Juliano Belletti and Shaun Wright-Phillips scored": two people
        core = words[1:] if words[0].lower() in _DETERMINERS else words
        lowc = [w.lower() for w in core]
        org_name = _ORG_ALIASES.get(" ".join(lowc))
        if org_name or (len(core) >= 2 and lowc[-1] in _ORG_HEADS):
            out.append((st, org_name or " ".join(core), None, False, ()))
            continue
        name, g, titled = _strip_titles(words)
        roles = tuple(w.lower() for w in words[:len(words) - len(name)]) + lead_roles
        titled = titled or bool(lead_roles)
        name = [w for w in name if w.lower() not in _DETERMINERS]
        while len(name) > 2 and (_singular(name[0].lower()) in _PERSON_HEADS or (
                _agent_noun(name[0].lower()) and _lex.given_name_gender(name[1]) in ("m", "f"))):
            roles += (name[0].lower(),)     # "Guitarist Brian May": a role word, not the name
            name = name[1:]
        if not name or len(name) > 5 or name[0].lower() in _NOT_NAME:
            continue
        low = [w.lower() for w in name]
        if any(w in _ORG_NAME_WORDS or w in _ORG_HEADS for w in low):
            out.append((st, " ".join(name), None, False, ()))
            continue
        if any(w in _NOT_PERSON_WORDS and not (x and _month_surname(name[x - 1], name[x]))
               for x, w in enumerate(low)):
            if len(name) == 1:
                out.append((st, name[0], None, None, ()))   # "Labour": an organisation if the lookup says so
            continue
        if len(name) == 1 and not titled and name[0] in _bracket_acronyms(masked):
            # "Aemo took the step": an acronym the text spelled out in brackets is an organisation
            out.append((st, _bracket_acronyms(masked)[name[0]], None, False, ()))
            continue
        if len(name) < 2 and not titled:
            # an acronym ("UK government has ...") is nobody's given name
            g1 = None if name[0].isupper() else _lex.given_name_gender(name[0])
            if g1 in ("m", "f") and name[0].lower() not in _lower_words(masked) and not (
                    words[0].lower() in _DETERMINERS):
                # "James (not his real name) is a legal adviser": a given name alone, used as
                # nobody's common word in this text, opens the sentence: a person
                out.append((st, name[0], g1, True, roles))
            elif g1 is None and words[0].lower() not in _DETERMINERS and not poss:
                named = _surname_of_named_person(masked, name[0], st)
                if named is not None:
                    # round 11: "Treybig, who founded the company, said ..." after "James
                    # Treybig": the surname of a person named in full before
                    out.append((st, named[1], named[0] or None, True, roles))
                elif g1 is None and not name[0].isupper() and _AGE_APPOSITIVE.match(masked, st + end_rel) \
                        and name[0].lower() not in _lower_words(masked):
                    # round 15 (bbcspk3): "Keanan, 24, from Cheltenham, has found success ...":
                    # an age set off by commas after one word opening a sentence is a person's
                    out.append((st, name[0], None, True, roles))
            continue
        g0 = _lex.given_name_gender(name[0]) if len(name) >= 2 else None
        if g is None:
            g = g0 if g0 in ("m", "f") else None
        # a person only with some evidence: a title, a known given name, or the surname after
        # an honorific elsewhere ("Mr Sunak"); else the actor lookup decides
        person = True if titled or g0 or re.search(
            r"\b(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady)\.? " + re.escape(name[-1]) + r"\b", masked) else None
        out.append((st, " ".join(name), g, person, roles))
    return tuple(out)


_REPRESENTATIVE_ROLES = frozenset(_lex.word_list("representative_roles.txt"))
#: a sentence opened by a role phrase and its verb ("The former sub-postmaster, who will be 76,
#: said"); the determiner may be lost at a cut paragraph start (see ``_role_speech_subject``)
_ROLE_SUBJECT = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=[.!?][\"\u201d']\s))(?:(?P<det>[Tt]he)\s+)?"
    r"(?P<phrase>(?:[a-z][\w'\u2019-]*\s+){0,3}[a-z][\w'\u2019-]*)"
    r"(?:,[^,.\n\x00\"]{1,120},)?\s+(?:(?:also|again|later|then|[a-z]+ly)\s+)?(?P<verb>[a-z]+)\b",
    re.MULTILINE)
def _role_subject_splits(capitalised: bool):
    """Round 15 (bbcspk3): ``_ROLE_SUBJECT`` after "the" once for each number of lower-case
    words before the role noun, so that the verb is not taken into the phrase ("The
    sub-postmaster said he was grateful": ``_ROLE_SUBJECT`` reads "sub-postmaster said he"
    and the verb "was"; a paragraph cut before its "the" keeps ``_ROLE_SUBJECT`` alone). With
    ``capitalised``, "The" and one or two capitalised words (a club, a place, a party) open the
    phrase: "The Blackburn manager praised his side"."""
    lead = r"(?P<det>The)\s+(?P<phrase>(?:[A-Z][\w'\u2019-]*\s+){1,2}" if capitalised \
        else r"(?P<det>[Tt]he)\s+(?P<phrase>"
    return tuple(re.compile(
        r"(?:^|(?<=[.!?]\s)|(?<=[.!?][\"\u201d']\s))" + lead + r"(?:[a-z][\w'\u2019-]*\s+){%d}[a-z][\w'\u2019-]*)" % k
        + r"(?:,[^,.\n\x00\"]{1,120},)?\s+(?:(?:also|again|later|then|[a-z]+ly)\s+)?(?P<verb>[a-z]+)\b",
        re.MULTILINE) for k in range(3 if capitalised else 4))


_ROLE_SUBJECT_SPLITS = _role_subject_splits(False) + _role_subject_splits(True)
#: "the party" refers to the last party named, "the company"/"the firm" to the last company
#: (organisations.yml kinds)
_REFERENT_KINDS = {"party": "party", "company": "company", "firm": "company"}
# a company by its legal form: capitalised words (with "of"/"and"/"&") ending in "Inc", "Corp",
# "Ltd", "AG" ... (any case: "Norton co"), "<Global Mining Corp>" brackets allowed
_COMPANY_NAME = re.compile(
    r"(?<![\w'&-])((?:[A-Z][\w'&\u2019-]*\s+(?:(?:of|and|&)\s+)?){1,5}(?i:"
    + "|".join(re.escape(f) for f in sorted(_lex.word_list("company_forms.txt"), key=len, reverse=True))
    + r")(?:\s+of\s+[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,2})?)(?![\w-])")


@lru_cache(maxsize=8)
def _kind_pattern(kind: str):
    """One regex over the names and aliases of the organisations.yml entries of one kind."""
    forms = sorted({f for e in _lex.organisations() if e.get("kind") == kind
                    for f in [e["name"]] + list(e.get("aliases") or [])}, key=len, reverse=True)
    return re.compile(r"(?<![\w'-])(" + "|".join(re.escape(f) for f in forms) + r")(?![\w-])")


@lru_cache(maxsize=256)
@lru_cache(maxsize=1)
def _statement_from_pattern():
    """"a letter from First Minister Mark Drakeford", "a statement by Acme Holdings": group 1
    the statement noun (lexicon ``statement_nouns.txt``), group 2 the capitalised name run."""
    nouns = "|".join(sorted(map(re.escape, _STATEMENT_NOUNS), key=len, reverse=True))
    return re.compile(r"(?<![\w'-])(" + nouns + r")\s+(?:from|by|signed\s+by)\s+"
                      r"((?:[A-Z][\w'\u2019.-]*\s+){0,4}[A-Z][\w'\u2019-]*[a-z][\w\u2019-]*)(?![\w'-])")


def _institution_pattern(head: str):
    """Capitalised words ending in the capitalised ``head`` ("Anglesey Council")."""
    return re.compile(r"(?<![\w'-])((?:[A-Z][\w'&\u2019-]*\s+(?:(?:of|for|and)\s+)?){1,4}"
                      + re.escape(head.capitalize()) + r")(?![\w-])")


@lru_cache(maxsize=512)
def _title_name_pattern(head: str):
    """'<head> Firstname Lastname' (two or three capitalised words) in running text."""
    return re.compile(r"(?<![\w-])" + re.escape(head) + r"\s+((?:[A-Z][\w'\u2019-]*[a-z][\w'\u2019-]*\s+){1,2}"
                      r"[A-Z][\w'\u2019-]*[a-z][\w\u2019-]*)(?![\w'-])")


def _person_role(head: str) -> bool:
    """A singular noun for a person's role or office: a title or role noun ("minister",
    "chairman"), or an agent noun ("sub-postmaster", "campaigner")."""
    if not head or not head.replace("-", "").isalpha() or head in _REPRESENTATIVE_ROLES:
        return False
    if head in _ROLE_TITLES or head in _PERSON_HEADS or head in _PERSON_DEMONYMS:
        return True
    # a "-ment" word that heads a body's name ("the government said", "parliament",
    # "the department") is no agent noun ("the regulator" keeps the old reading)
    return len(head) > 4 and head.endswith(tuple(s[:-1] for s in _AGENT_PLURALS)) \
        and not (head.endswith("ment") and head in _ORG_NAME_WORDS | _ORG_HEADS) \
        and head not in _NOT_NAME | _BOUNDARY


def _honorific_gender(text: str, surname: str):
    """Gender of the honorific written before ``surname`` in ``text`` ('m', 'f'), 'u' for a
    gender-neutral one (Dr, Sir is 'm'), None when the surname never follows an honorific."""
    m = re.search(r"\b(Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady|Mx)\.? " + re.escape(surname) + r"\b", text)
    if not m:
        return None
    return _HONORIFIC_GENDER.get(m.group(1).lower()) or "u"


_CLAUSE_VERBS = frozenset(_lex.word_list("auxiliaries.txt")) | frozenset(_lex.word_list("modal_verbs.txt"))
_NAME_AT = re.compile(r"[A-Z][\w'\u2019.-]*(?:\s+(?:[A-Z][\w'\u2019.-]*|de|da|van|von|bin|al))*")
_AFTER_NAME = re.compile(r"(?:,[^,.\n\x00\"]{1,120},)?\s+(?:(?:also|often|still|later|then|never|[a-z]+ly)\s+)?"
                         r"([a-z][a-z']*)")


def _acts_as_subject(masked: str, st: int, lo: int) -> bool:
    """Whether the name starting at ``st`` is the subject of its clause: a verb follows it (an
    auxiliary, a modal, a reporting verb, a speech act, a stance verb, or a word in -ed or
    -s; an aside between commas and an adverb allowed) or it follows "by" or a reporting verb
    ("echoed by Raj Kandola", "says Will Hawkley"). A possessive ("Elon Musk's deal") or a
    name after a preposition ("a fight with Kinahan when ...") is not."""
    m = _NAME_AT.match(masked, st)
    if m is None or masked[m.end():m.end() + 1] in ("'", "\u2019"):
        return False
    before = masked[lo:st].split()[-1:] if st > lo else []
    if before and (before[0].lower() == "by" or before[0].lower() in CUES or before[0].lower() in _SPEECH_ACTS):
        return True
    v = _AFTER_NAME.match(masked, m.end())
    if v is None:
        return False
    return _clause_verb(v.group(1))


def _clause_verb(w: str) -> bool:
    """Whether ``w`` reads as the verb of a clause after its subject (the test of
    ``_acts_as_subject``): an auxiliary, a modal, a reporting verb, a speech act, a stance verb,
    or a word in -ed or -s."""
    w = w[:-3] if w.endswith("n't") else w
    return w in _CLAUSE_VERBS or w in CUES or w in _SPEECH_ACTS or w in _STANCE_VERBS \
        or (len(w) > 3 and (w.endswith("ed") or (w.endswith("s") and not w.endswith("ss"))))


class _Resolver:
    """Tracks who spoke in a document, to resolve pronouns, surnames and 'the official'."""

    def __init__(self, text: str, actor_lookup, masked: str | None = None):
        self.text = text
        self.masked = masked if masked is not None else text   # quotations masked out
        self.history = []
        self.actor_lookup = actor_lookup
        self._subjects = None
        self._scan_cache = {}   # _last_before: one scan of the text per pattern (round 13 review)

    def _lower(self):
        """Words the text writes in lower case (computed once; round 11)."""
        if getattr(self, "_lower_cache", None) is None:
            self._lower_cache = _lower_words(self.text)
        return self._lower_cache

    def subjects(self):
        """Named persons and organisations opening a sentence outside quotations, in order:
        (start, name, gender, is_person). Pronouns resolve to these as well as to speakers
        ("Maggie Chapman opposed it. She argued ..."), never to a name inside a quotation."""
        if self._subjects is None:
            self._subjects = _sentence_subjects(self.masked)
        return self._subjects

    def _titled_person(self, head, pos, phrase=""):
        """The person named with the title ``head`` before ``pos``; of several, the one who is
        also the most recent person named ("Social Justice Minister Shona Robison ... Scottish
        government minister Ash Regan ... Ms Robison said ... The minister also said").
        Round 14: when the role ``phrase`` names the body ("the Blackburn manager"), a person
        written with the title of another body ("Portsmouth manager Harry Redknapp") is not it."""
        cands = []
        for h in self.history:
            if h["type"] == "named" and h.get("person") and h.get("pos", pos) < pos \
                    and head in h.get("text", "").lower().split():
                cands.append((h["pos"], h))
        for start, name, g, is_person, roles in self.subjects():
            if start >= pos:
                break
            if is_person and head in roles:
                rec = {"type": "named", "speaker": self._expand(name, start), "plural": False, "gender": g,
                       "person": True, "org": False, "head": None, "pos": start, "text": name}
                info = self.actor_lookup(rec["speaker"])
                rec["actor"] = info.get("actor") if info else None
                cands.append((start, rec))
        # a title written before a name anywhere outside quotations ("... honoured former
        # postmaster Noel Brack on Monday")
        pat = _title_name_pattern(head)
        for m in pat.finditer(self.masked, 0, pos):
            name = m.group(1)
            low = [w.lower() for w in name.split()]
            if any(w in _NOT_PERSON_WORDS or w in _ORG_NAME_WORDS or w in _TITLE_WORDS for w in low):
                continue
            info = self.actor_lookup(name)
            if info and info.get("actor_type") and info["actor_type"] != "person":
                continue
            rec = {"type": "named", "speaker": name, "plural": False,
                   "gender": _lex.given_name_gender(name.split()[0]) if len(low) > 1 else None,
                   "person": True, "org": False, "head": None, "pos": m.start(1), "text": m.group()}
            if rec["gender"] not in ("m", "f"):
                rec["gender"] = None
            rec["actor"] = info.get("actor") if info else None
            cands.append((m.start(1), rec))
        # a role phrase with the name in apposition ("Counsel for the inquiry, Martin Wolfe KC,
        # said"; "the chair of the panel, Ann Lowe, opened ...")
        for m in _appositive_name_pattern(head).finditer(self.masked, 0, pos):
            words = m.group(1).split()
            if words[-1] in _POSTNOMINALS or words[-1].upper() == words[-1] and words[-1].lower() in _POSTNOMINALS:
                words = words[:-1]
            low = [w.lower() for w in words]
            if len(words) < 2 or any(w in _NOT_PERSON_WORDS or w in _ORG_NAME_WORDS or w in _ORG_HEADS
                                     for w in low):
                continue
            name = " ".join(words)
            info = self.actor_lookup(name)
            if info and info.get("actor_type") and info["actor_type"] != "person":
                continue
            g = _lex.given_name_gender(words[0])
            rec = {"type": "named", "speaker": name, "plural": False, "gender": g if g in ("m", "f") else None,
                   "person": True, "org": False, "head": None, "pos": m.start(1), "text": m.group(),
                   "actor": info.get("actor") if info else None}
            cands.append((m.start(1), rec))
        own = _title_modifiers(phrase.split(), head)
        if own:
            # (review14 finding 10) a candidate's title words are those written before its name
            # in its own clause ("Blackburn Rovers manager Mark Hughes" -> blackburn, rovers);
            # one sharing a word with the phrase's ("the Blackburn manager") is the body's
            # holder; one written with only other bodies' words is not; one written with none
            # ("manager Tom Lee") only when no candidate shares a word
            def mods(c):
                p, rec = c
                words = rec.get("text", "").split()
                if words and _bare(words[0]).lower() == head:
                    words = words[1:]   # "manager Harry Redknapp" (_title_name_pattern): look before it
                if head not in (_bare(w).lower() for w in words):
                    before = self.masked[max(0, p - 120):max(p, 0)]
                    cut = [m.end() for m in re.finditer(r"[.!?;:,\n\"\u201c\u201d]", before)]
                    words = before[cut[-1] if cut else 0:].split() + words
                return _title_modifiers(words, head)
            marked = [(c, mods(c)) for c in cands]
            shared = [c for c, m in marked if m & own]
            cands = shared or [c for c, m in marked if not m]
        if not cands:
            return None
        recent = self._recent_person(pos)
        if recent is not None:
            last = recent["speaker"].split()[-1]
            for _, rec in sorted(cands, key=lambda x: x[0], reverse=True):
                if rec["speaker"].split()[-1] == last:
                    return rec
        return max(cands, key=lambda x: x[0])[1]

    def _lead_end(self) -> int:
        """End of the first paragraph (the lead)."""
        k = self.text.find("\n")
        return len(self.text) if k < 0 else k

    def _titled_later(self, head, pos, gender=None, phrase="", window=1200):
        """Round 11: the person first written with the title ``head`` after ``pos`` (within
        ``window`` characters), as "Mayor Ann Lowe" or in apposition ("Mayor of Liverpool, Ann
        Lowe,"); the gender must agree, and the capitalised words of the role ``phrase`` ("the
        mayor of Liverpool") must be written just before that name; a speaker record or None."""
        found = self._named_later(head, pos, window)
        for m in _appositive_name_pattern(head).finditer(self.masked, pos + 1, pos + window):
            if found is None or m.start(1) < found["pos"]:
                words = m.group(1).split()
                if words[-1].isupper() and words[-1].lower() in _POSTNOMINALS:
                    words = words[:-1]
                name = " ".join(words)
                low = [w.lower() for w in words]
                if len(words) < 2 or any(w in _NOT_PERSON_WORDS or w in _ORG_NAME_WORDS or w in _ORG_HEADS
                                         for w in low) or _lex.given_name_gender(words[0]) is None:
                    continue
                g = _lex.given_name_gender(words[0])
                found = self._named_record(name, m.start(1), text=m.group(), gender=g if g in ("m", "f") else None)
            break
        if found is None or (gender and found.get("gender") not in (None, gender)):
            return None
        caps = [w for w in phrase.split()[1:] if _capitalised(w)]
        lo = max(0, pos - 200)
        for m in re.finditer(r"(?<![\w-])(?i:" + re.escape(head) + r")\s+(?:of|for|at|in)\s+(?:the\s+)?"
                             r"((?:[A-Z][\w'\u2019-]*[ \t]*)+)", self.masked[lo:pos + 120]):
            if lo + m.start() <= pos + 40 and "\n" not in self.masked[lo + m.start():pos]:
                caps += m.group(1).split()  # "The mayor of Eastport said ...": its place
        near = self.masked[max(0, found["pos"] - 80):found["pos"]]
        if any(not re.search(r"(?<![\w-])" + re.escape(w) + r"(?![\w-])", near) for w in caps):
            return None     # "the mayor of Eastport" is not "Mayor of Westport, Peter Lowe"
        return found

    def _named_later(self, head, pos, window=700):
        """The person first written with the title ``head`` after ``pos`` (within ``window``
        characters): "Salford Mayor Paul Dennett" for "A mayor" in the lead."""
        pat = re.compile(r"(?<![\w-])[" + head[0].upper() + head[0].lower() + "]" + re.escape(head[1:])
                         + r"\s+((?:[A-Z][\w'\u2019-]*[a-z][\w'\u2019-]*\s+){1,2}[A-Z][\w'\u2019-]*[a-z][\w\u2019-]*)"
                         r"(?![\w'-])")
        m = pat.search(self.masked, pos + 1, pos + window)
        if m is None:
            return None
        name = m.group(1)
        low = [w.lower() for w in name.split()]
        if any(w in _NOT_PERSON_WORDS or w in _ORG_NAME_WORDS or w in _TITLE_WORDS for w in low) \
                or _lex.given_name_gender(name.split()[0]) not in ("m", "f", "u"):
            return None
        info = self.actor_lookup(name)
        if info and info.get("actor_type") and info["actor_type"] != "person":
            return None
        g = _lex.given_name_gender(name.split()[0])
        return {"type": "named", "speaker": name, "plural": False, "gender": g if g in ("m", "f") else None,
                "person": True, "org": False, "head": None, "pos": m.start(1), "text": name,
                "actor": info.get("actor") if info else None}

    def _last_before(self, key, scan, pos):
        """The last item of ``scan()`` (a list of (end, item) in text order, computed once per
        document and ``key``) that ends at or before ``pos``, or None. Replaces a scan of the
        text from its start for every mention (round 13 review: quadratic on long documents)."""
        cache = self._scan_cache
        if key not in cache:
            found = scan()
            cache[key] = ([e for e, _ in found], [x for _, x in found])
        ends, items = cache[key]
        i = bisect_right(ends, pos)
        return items[i - 1] if i else None

    def _institution_names(self, head):
        """(end, (start, name)) for each name ending in ``head`` ("Anglesey Council")."""
        out = []
        for m in _institution_pattern(head).finditer(self.masked):
            words = m.group(1).split()
            if words[0].lower() in _DETERMINERS:
                words = words[1:]
            if len(words) >= 2:
                out.append((m.end(), (m.start(1), " ".join(words))))
        return out

    def _described_orgs(self, head):
        """(end, (start, name)) for each name described as a ``head`` ("Acme Fuels, a small
        family company,")."""
        out = []
        for m in _described_org_pattern(head).finditer(self.masked):
            # round 13 (webspk3): "the European Committee for Interoperable Systems, a
            # Brussels-based trade group, ..." introduces what "the group" later refers to
            words = m.group(1).split()
            for x in range(len(words) - 2, -1, -1):
                if _ends_sentence(words[x]):
                    words = words[x + 1:]   # "... met on Monday. The SOMC, a group of ..."
                    break
            while len(words) > 1 and words[0].lower() in _DETERMINERS:
                words = words[1:]
            if (len(words) >= 2 or _lex.given_name_gender(words[0]) not in ("m", "f")) \
                    and words[0].lower() not in _NOT_PERSON_WORDS:
                name = " ".join(words)
                out.append((m.end(), (m.start(1), _bracket_acronyms(self.text).get(name, name)
                                      if name.isupper() else name)))
        return out

    def _company_names(self, openers):
        """(end, (start, name)) for each name ending in a legal form ("Brown-Forman Inc"); with
        ``openers``, only those opening a sentence."""
        out = []
        for m in _COMPANY_NAME.finditer(self.masked):
            words = m.group(1).split()
            if words[-1].islower() and len(words[-1]) > 3:
                continue    # "the US company said": a long form in lower case is a common noun
            while words and (words[0].lower() in _DETERMINERS or re.search(r"-[a-z]", words[0])):
                words = words[1:]   # "Bermuda-based Tavor Holdings"
            if "of" in words and (words[0].lower() in _TITLE_WORDS
                                  or _lex.given_name_gender(words[0]) in ("m", "f")):
                words = words[words.index("of") + 1:]   # "Mary Olsen of Brantwell Foods Inc"
            if len(words) < 2:
                continue
            if openers and not re.search(r"(?:^|[.!?]\s+|\n\s*)<?$", self.masked[max(0, m.start(1) - 4):m.start(1)]):
                continue
            out.append((m.end(), (m.start(1), " ".join(words))))
        return out

    def _named_institution(self, head, pos):
        """The last organisation before ``pos`` whose name ends in ``head`` ("Anglesey Council"
        for "the council"), or for "the party" the last party named ("Labour")."""
        best = self._last_before(("institution", head), lambda: self._institution_names(head), pos)
        cand = self._last_before(("described", head), lambda: self._described_orgs(head), pos)
        if cand is not None and (best is None or cand[0] > best[0]):
            best = cand
        if head in _REFERENT_KINDS:
            kind = _REFERENT_KINDS[head]
            cand = self._last_before(("kind", kind), lambda: [(m.end(), (m.start(), m.group(1)))
                                                              for m in _kind_pattern(kind).finditer(self.masked)], pos)
            if cand is not None and (best is None or cand[0] > best[0]):
                best = cand
        if _REFERENT_KINDS.get(head) == "company":
            # "Brown-Forman Inc said ... The company said": a name ending in a legal form
            # (lexicons/company_forms.txt) is a company, known to the data files or not; the
            # last one opening a sentence (the story's subject), else the last one named
            cand = self._last_before(("company", True), lambda: self._company_names(True), pos) \
                or self._last_before(("company", False), lambda: self._company_names(False), pos)
            if cand is not None and (best is None or cand[0] > best[0]):
                best = cand
        return best[1] if best else None

    def _recent_person(self, pos, head=None, gender=None, phrase=""):
        """The most recently named person before ``pos`` (a speaker, or a person opening a
        sentence outside quotations). With ``head`` (a role noun), a person named with another
        person's title is passed over ("Council chairman Dafydd Roberts" is not "the former
        sub-postmaster"), unless that title shares its stem with a word of the role ``phrase``
        ("Councillor David Renard" is "the council leader")."""
        near = {w.lower() for w in phrase.split() if len(w) >= 4 and w.lower() != head}

        def other_title(words, name):
            roles = {re.sub(r"['\u2019]s$", "", w).lower().rstrip(".") for w in words} \
                - {w.lower() for w in name.split()}
            roles = {w for w in roles if w in _TITLE_WORDS and _TITLE_KIND.get(w) != "honorific"}
            if any(r.startswith(w) or w.startswith(r) for r in roles for w in near):
                return False
            return head is not None and bool(roles) and head not in roles

        best = None
        for h in reversed(self.history):
            if h["type"] == "named" and h.get("person") is True and not h.get("plural") \
                    and h.get("pos", pos) < pos and h.get("speaker"):
                if gender and h.get("gender") not in (None, gender):
                    continue
                if any(other_title(x.get("name_text", x.get("text", "")).split(), h["speaker"])
                       for x in self.history if x.get("speaker") == h["speaker"]
                       and x["type"] == "named" and x.get("pos", pos) < pos) \
                        or self._described_otherwise(h["speaker"], head, pos, phrase):
                    # written with another title anywhere before ("Council chairman Anna
                    # Blake ... She added ..."): not the person this role refers to
                    continue
                best = (h["pos"], h)
                break
        for start, name, g, is_person, roles in reversed(self.subjects()):
            if start >= pos or not is_person:
                continue
            if best is not None and start <= best[0]:
                break
            if (gender and g not in (None, gender)) or other_title(roles, "") \
                    or self._described_otherwise(self._expand(name, start), head, pos, phrase):
                continue
            rec = {"type": "named", "speaker": self._expand(name, start), "plural": False, "gender": g,
                   "person": True, "org": False, "head": None, "pos": start, "text": name}
            info = self.actor_lookup(rec["speaker"])
            rec["actor"] = info.get("actor") if info else None
            best = (start, rec)
            break
        return best[1] if best else None

    def _aged_person(self, age, pos, gender=None):
        """Round 11: the person written with ``age`` before ``pos`` ("Maria Lopez, 24," or
        "24-year-old Maria Lopez"), the last such; a speaker record or None."""
        best = None
        pat = re.compile(r"(?<![\w'-])((?:[A-Z][\w'\u2019-]+\s+){0,3}[A-Z][\w'\u2019-]+),\s+%d\b"
                         r"|\b%d-year-old\s+((?:[A-Z][\w'\u2019-]+\s+){0,3}[A-Z][\w'\u2019-]+)" % (age, age))
        for m in pat.finditer(self.masked, 0, pos):
            words = (m.group(1) or m.group(2)).split()
            words[-1] = re.sub(r"['\u2019]s?$", "", words[-1])   # round 14: "25-year-old Ann Lee's record"
            name, _, _ = _strip_titles(words)
            if name and self._person_name(name, gender) is not None:
                best = (m.start(), " ".join(name))
        if best is None:
            return None
        return self._named_record(self._expand(best[1], best[0]), best[0], gender=gender)

    def _written_age(self, name, pos):
        """Round 11: the age written with ``name`` (or its surname) before ``pos``, or None."""
        last = re.escape(name.split()[-1])
        m = None
        for m in re.finditer(r"\b(\d{1,3})-year-old\s+(?:[A-Z][\w'\u2019-]+\s+){0,3}%s(?![\w-])"
                             r"|(?<![\w-])%s,\s+(\d{1,3})\b" % (last, last), self.masked[:pos]):
            pass
        return None if m is None else int(m.group(1) or m.group(2))

    def _pronoun_gender(self, name):
        """The gender a speaker named ``name`` took from a he/she resolved to it (round 11),
        or None."""
        for h in reversed(self.history):
            if h.get("type") == "named" and h.get("gender") in ("m", "f") and h.get("speaker") == name:
                return h["gender"]
        return None

    def _latest_subject(self, pos, want_person, gender=None, after=-1):
        best = None
        for start, name, g, is_person, _ in self.subjects():
            if start >= pos:
                break
            if start <= after or (gender and g not in (None, gender)):
                continue
            if gender and g is None and self._pronoun_gender(name) not in (None, gender):
                continue    # round 11: "Tahj Chrichlow ... he adds" is no "she"
            info = self.actor_lookup(name)
            if is_person is None:     # known only through the lookup ("Labour" -> Labour Party)
                if not info or not info.get("actor_type"):
                    named = self._full_name_just_before(name, start, pos) if want_person and gender else None
                    if named is None:
                        continue
                    name, is_person = named, True    # round 14: "Dyfan Lewis wants ... He said:"
                else:
                    is_person = info["actor_type"] == "person"
            if is_person is not want_person:
                continue
            if info and info.get("actor_type") and (info["actor_type"] == "person") is not want_person:
                continue
            if want_person and len(name.split()) == 1:
                name = self._expand(name, start)
            best = (start, name, g)
        if best is None:
            return None
        start, name, g = best
        rec = {"type": "named", "speaker": name, "plural": False, "gender": g, "person": want_person,
               "org": not want_person, "head": None, "pos": start, "text": name}
        info = self.actor_lookup(name)
        rec["actor"] = info.get("actor") if info else None
        return rec

    def _written_alone(self, word) -> bool:
        """fixquotes15: whether the text writes ``word`` alone somewhere, no capitalised word
        touching it on either side without punctuation between ("Mebrat was placed", "said
        Mebrat."; not the "Port" of "Port Talbot" nor the "Mebrat" of "Frezgi Mebrat"). One
        scan of the text per word (cached)."""
        key = ("alone", word)
        if key not in self._scan_cache:
            self._scan_cache[key] = any(
                not re.search(r"[A-Z][\w'\u2019-]*[ \t]+$", self.masked[max(0, m.start() - 40):m.start()])
                and not re.match(r"[ \t]+[A-Z]", self.masked[m.end():m.end() + 2])
                for m in re.finditer(r"(?<![\w'\u2019-])" + re.escape(word) + r"(?![\w'\u2019-])", self.masked))
        return self._scan_cache[key]

    def _full_name_just_before(self, name, start, pos, near=True):
        """round 14 (bbcspk2): ``name``, opening the sentence at ``start`` with a given name no
        list knows ("Dyfan Lewis from Community Energy Wales wants ..."), if it is the person a
        he/she opening the very next sentence at ``pos`` refers to: two or three capitalised
        words, no organisation, place or non-person word, the subject of a verb, and exactly
        one sentence end between them; a written age before a given name counts as a word of
        the name and is dropped ("Sixteen-year-old Kacee was referred ... He says:" gives
        "Kacee"). With ``near`` false (round 15), any number of sentences may lie between. The
        name, else None."""
        words = name.split()
        aged = bool(words) and re.fullmatch(r"[A-Z][a-z]+(?:-[a-z]+)?-years?-old", words[0]) is not None
        if aged:
            words = words[1:]
        if not (1 if aged else 2) <= len(words) <= 3 or not all(
                w[:1].isupper() and w.replace("-", "").replace("'", "").isalpha() for w in words):
            return None
        low = [w.lower() for w in words]
        if (_lex.given_name_gender(words[0]) is not None and not aged) or " ".join(low) in _PLACE_NAMES or any(
                w in _GEO_WORDS or w in _NOT_PERSON_WORDS or w in _ORG_NAME_WORDS or w in _ORG_HEADS
                or w in _PLACE_NAMES for w in low):
            return None
        if near:    # fixquotes15: the scan of the text between only when it matters (else quadratic)
            between = self.masked[start:pos]
            ends = []
            for m in _SENTENCE_END.finditer(between):   # a stop and the line break after it: one end
                if not (m.group() == "\n" and between[:m.start()].rstrip(" \t\"\u201d'")[-1:] in (".", "!", "?")):
                    ends.append(m)
                    if len(ends) > 1:
                        break   # fixquotes15: two ends already rule the name out
            rest = between[ends[0].end():].strip(" \t\n\"\u201d'").lower() if len(ends) == 1 else "x"
            if rest not in ("", "he", "she"):
                return None
        if _acts_as_subject(self.masked, start, start):
            return " ".join(words)
        # "Dyfan Lewis from Community Energy Wales wants": the verb after the institution
        m = re.compile(r"\s+(?:from|of|at|with)\s+(?:the\s+)?(?=[A-Z])").match(self.masked, start + len(name))
        return " ".join(words) if m is not None and _acts_as_subject(self.masked, m.end(), m.end()) else None

    def _expand(self, name: str, pos: int) -> str:
        parts = name.split()
        if len(parts) > 1 and all(p.lower() in _PARTICLES for p in parts[:-1]):
            return self._expand_particle_surname(parts, pos)
        if len(parts) != 1:
            return name
        key = parts[0]
        full = _bracket_acronyms(self.text).get(key)
        if full:
            return full        # "Independent Parliamentary Standards Authority (Ipsa)" ... "Ipsa"
        # round 16 (bbcspk4): the gender of a title written right before the surname ("Mr
        # Hutchins said") beats a full name whose given name is of the other sex ("Halyna
        # Hutchins", his late wife): a family shares the surname, the title tells them apart
        tm = re.search(r"\b(Mr|Mrs|Ms|Miss|Sir|Dame|Lord|Lady)\.?\s+" + re.escape(key) + r"\b",
                       self.masked[max(0, pos - len(key) - 12):pos + len(key) + 1])
        tg = _HONORIFIC_GENDER.get(tm.group(1).lower()) if tm else None
        # ... and when the text also writes the surname with a title of the other sex ("Ms
        # Hutchins' widower Matthew ... Mr Hutchins said"), a full name whose given name no list
        # knows ("Halyna") may be either of them, so only a given name of the title's sex fits
        both = tg in ("m", "f") and re.search(
            r"\b(?:" + "|".join(w.capitalize() for w, g in _HONORIFIC_GENDER.items() if g in ("m", "f") and g != tg)
            + r")\.?\s+" + re.escape(key) + r"\b", self.masked) is not None

        def other_sex(words, strict):
            # only then: the given-name lists alone are too weak a cue ("Ms Wetton" is "Nic
            # Wetton", "Ms Rose" is "Jules Rose"); a name sure of the title's sex fits
            g = _lex.given_name_gender(words[0]) if len(words) > 1 else None
            return strict and len(words) > 1 and g not in (tg, "u")
        for strict in ((True,) if both else (False,)):
            hist = None
            for h in reversed(self.history):
                if h["type"] == "named" and len(h["speaker"].split()) >= 2 and not h.get("document"):
                    hp = h["speaker"].split()
                    if key in (hp[0], hp[-1]) and not other_sex(hp, strict):
                        hist = h
                        break
            best, best_end = None, -1
            for end, run in _name_runs_in(self.text):
                if end > pos:
                    break
                if len(run) > 1 and run[0].lower() in _NAME_STOPWORDS:
                    run = run[1:]   # round 11c: "Even Simon was worried": an adverb opening the sentence
                    if len(run) < 2:
                        continue
                if key in (run[0], run[-1]) and not other_sex(run, strict):
                    best, best_end = " ".join(run), end
            if best is not None or hist is not None:
                break
        if hist is not None and (best is None or hist.get("pos", -1) >= best_end
                                 or best.split()[-1] != key):
            best, best_end = hist["speaker"], hist.get("pos", -1)
        if best is not None and len(best.split()) >= 2 and best.split()[-1] == key:
            # round 14: "Venus Williams ... Her sister Serena, the defending champion, ...
            # Williams said": a sibling named by the given name alone after the full name
            # (sibling_nouns.txt) shares the surname and is its latest bearer
            # and "his"/"her" must go back to that person: named in this sentence or the one
            # before, with no other given name of the pronoun's sex earlier in this sentence
            # ("Noah and his younger sister Beau" is Noah's sister)
            for m in _SIBLING_NAME.finditer(self.masked, max(best_end, 0), pos):
                given, sex = m.group(1), "f" if m.group().lower().startswith("her") else "m"
                between = self.masked[max(best_end, 0):m.start()]
                ends = [e.end() for e in re.finditer(r"[.!?][\"'\u201d\u2019]?(?:\s|$)", between)]
                own = between[ends[-1]:] if ends else between
                other = len(ends) > 1 or any(
                    _lex.given_name_gender(_bare(w)) == sex and _bare(w) != best.split()[0]
                    for w in own.split() if _capitalised(_bare(w)))
                # (review14 finding 6) and only when the sibling opens a paragraph of its own: a
                # sibling named in passing in the full-named person's paragraph ("Andy Murray
                # reached the final. His brother Jamie lost in the doubles. ... Murray said")
                # leaves the surname to that person, the one named in full
                line = self.masked[:m.start()].rstrip(" \t")
                opens = not line.strip() or line.endswith("\n") and line.rstrip()[-1:] in ".!?\"'\u201d\u2019"
                if opens and not other and given != best.split()[0] and _lex.given_name_gender(given) in ("m", "f"):
                    best = given + " " + key
        if best is None and both:
            # "Ms Hutchins' widower Matthew ... Mr Hutchins said": a family noun of the title's
            # sex before a given name names him (kin_nouns.csv)
            kin = [m for m in re.finditer(r"\b(?:" + "|".join(sorted(w for w, g in _KIN_NOUNS.items() if g == tg)) + r")\s*,?\s+([A-Z][a-z]+)"
                                          r"(?![\w'\u2019-]|\s+[A-Z])", self.masked[:pos])
                   if _lex.given_name_gender(m.group(1)) in (tg, None) and m.group(1).lower() not in _NAME_STOPWORDS]
            if kin:
                best = kin[-1].group(1) + " " + key
        # the full name written last before ``pos`` ("Elizabeth Rose ... Jules Rose ... Ms Rose")
        return best or name

    def _expand_particle_surname(self, parts, pos: int) -> str:
        """A surname with its particles ("Ten Hag", "von der Leyen", "Van Persie") to the
        last full name written before ``pos`` that ends with it in any case ("Erik ten Hag");
        the name as written when there is none."""
        tail = [p.lower() for p in parts]
        best = None
        for end, run in _name_runs_in(self.text):
            if end > pos:
                break
            if len(run) > len(parts) and [w.lower() for w in run[-len(parts):]] == tail:
                best = " ".join(run)
        return best or " ".join(parts)

    def _mentioned_person(self, pos, gender=None):
        """No earlier speaker agrees with he/she: fall back to the last full person name
        mentioned before (``Health Minister Wanjiru Kamau visited ... "...," she said``).

        Only a name with some evidence of a person (a known given name, the surname after an
        honorific somewhere in the text, or the actor lookup) and of a gender compatible with
        the pronoun: "Sweet Spoon Bakery opened ... he said" and "Tom Harker ... she said"
        resolve to nobody."""
        best = None
        for end, run in _name_runs_in(self.masked):
            if end > pos:
                break
            best = self._person_name(run, gender) or best
        if best is None:
            return None
        rec = self._named_record(best, pos)
        self.history.append(rec)
        return rec

    def _person_name(self, run, gender=None):
        """The name of a run of capitalised words if it has evidence of a person (a known given
        name, an honorific before its surname somewhere in the text, or the actor lookup), is
        no place and no non-person word, and fits ``gender``; else None."""
        if any(w.lower() in _GEO_WORDS or w.lower() in _NOT_PERSON_WORDS for w in run):
            return None
        name = " ".join(run)
        info = self.actor_lookup(name)
        if info and info.get("actor_type") and info["actor_type"] != "person":
            return None
        g0 = _lex.given_name_gender(run[0])
        hon = _honorific_gender(self.masked, run[-1])
        if gender and (g0 in ("m", "f") and g0 != gender or hon not in (None, "u", gender)):
            return None
        if not (g0 or hon or (info and info.get("actor_type") == "person")):
            return None
        return name

    def _named_record(self, name, pos, text=None, gender=None):
        """A speaker record for a person named ``name`` (found at ``pos``, written ``text``)."""
        rec = {"type": "named", "speaker": name, "plural": False, "gender": gender, "person": True,
               "org": False, "head": None, "pos": pos, "text": name if text is None else text}
        info = self.actor_lookup(name)
        rec["actor"] = info.get("actor") if info else None
        return rec

    def _described_otherwise(self, name, head, pos, phrase=""):
        """round 11c: whether the text before ``pos`` describes the person ``name`` in an
        apposition with a role noun other than ``head`` ("his producer, Anna Brown", "Sarah
        Jones, her manager,"), so that a definite description with ``head`` ("the star", "the
        Torn singer", written ``phrase``) does not fit them."""
        if not head or not name:
            return False
        parts = name.split()
        head_text = self.masked[:pos]
        if not parts or parts[-1] not in head_text:
            return False    # both patterns below need the name (or its surname) in the text before
        n = "(?:" + re.escape(name) + ("|" + re.escape(parts[-1]) if len(parts) > 1 else "") + ")"
        roles = set()
        for m in re.finditer(r"(?<![\w-])(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[A-Z][\w-]*['\u2019]s?)\s+"
                             r"(?:[\w-]+\s+){0,2}?([a-z][\w-]+)\s*,\s+" + n + r"(?![\w-])", head_text):
            roles.add(m.group(1))
        for m in re.finditer(n + r"\s*,\s+(?:a|an|the|his|her|their|its)\s+(?:[\w-]+\s+){0,3}?([a-z][\w-]+)\s*[,.]",
                             head_text):
            roles.add(m.group(1))
        roles = {r for r in roles if _singular(r) in _PERSON_HEADS or r in _TITLE_WORDS
                 or (_agent_noun(r) and r.endswith(("er", "or", "ist", "ian")) and r not in _BOUNDARY)}
        if not roles:
            return False
        near = {w.lower() for w in phrase.split() if len(w) >= 4}
        if head in roles or _singular(head) in {_singular(r) for r in roles} or any(
                r.startswith(w) or w.startswith(r) for r in roles for w in near):
            return False
        return True

    def _person_in_passing(self, pos, head, gender=None):
        """The last full person name before ``pos`` in its paragraph or the one before, with
        evidence of a person (known given name, honorific, or the actor lookup), of a gender
        compatible with ``gender`` and not written after another person's title than ``head``
        ("its chief executive John Smith" is not "the former politician"); else None."""
        k = self.text.rfind("\n", 0, pos)
        k2 = k
        while k2 > 0 and self.text[k2 - 1].isspace():
            k2 -= 1
        lo = self.text.rfind("\n", 0, k2) + 1 if k >= 0 else 0
        best = None
        for end, run in _name_runs_in(self.masked):
            if end > pos:
                break
            if end < lo:
                continue
            name = self._person_name(run, gender)
            if name is None:
                continue
            st = self.masked.rfind(run[0], lo, end)
            before = [_bare(w).lower() for w in self.masked[max(lo, st - 60):max(lo, st)].split()[-3:]]
            if any(w in _TITLE_WORDS and _TITLE_KIND.get(w) != "honorific" and w != head
                   and w not in _DETERMINERS and len(w) > 2 for w in before):
                continue
            if self._described_otherwise(name, head, pos):
                continue    # round 11c: "his producer, Anna Brown" is not "the star"
            best = name
        if best is None:
            return None
        return self._named_record(best, pos)

    def _mentioned_org(self, pos, whole=False):
        """The last organisation named (anywhere in a sentence, outside quotations) in the
        paragraph of ``pos`` or the one before it: a name ending in an institution head or
        spelled out before a bracketed acronym. The referent of an "it" that no organisation
        opening a sentence or speaking explains ("questions from the NI Business Group
        suggest ... It has called ..."); with ``whole``, anywhere before ``pos`` ("the UN health
        agency said" for the World Health Organization named in the lead). None if there is none."""
        k = self.text.rfind("\n", 0, pos)
        while k > 0 and self.text[k - 1].isspace():
            k -= 1
        lo = self.text.rfind("\n", 0, max(k, 0)) + 1 if k > 0 and not whole else 0
        best = None
        for m in _org_mention_pattern().finditer(self.masked, lo, pos):
            words = m.group(1).split()
            while words and (words[0].lower() in _DETERMINERS or words[0].lower() in _NOT_PERSON_WORDS
                             and words[0].lower() not in _ORG_HEADS):
                words = words[1:]
            if len(words) >= 2:
                best = (m.end(), " ".join(words))
        acronyms = _bracket_acronyms(self.text)
        if acronyms:
            # the full name before its bracketed acronym, and the acronym used alone later
            for m in re.finditer(r"(?<![\w'-])(" + "|".join(map(re.escape, acronyms)) + r")(?![\w'-])",
                                 self.masked[lo:pos]):
                if best is None or lo + m.end() > best[0]:
                    best = (lo + m.end(), acronyms[m.group(1)])
        return best[1] if best else None

    def _statement_author(self, pos):
        """The author of a statement noun ("letter", "statement", "message": the lexicon
        ``statement_nouns.txt``) written "from" or "by" a name in the paragraph of ``pos`` or
        the one before, outside quotations: the referent of a following "It said ..." ("A
        letter from First Minister Mark Drakeford was sent ... It said ..."). Leading titles
        are dropped. None if there is none."""
        k = self.text.rfind("\n", 0, pos)
        while k > 0 and self.text[k - 1].isspace():
            k -= 1
        lo = self.text.rfind("\n", 0, max(k, 0)) + 1 if k > 0 else 0
        best = None
        for m in _statement_from_pattern().finditer(self.masked, lo, pos):
            words = m.group(2).split()
            while words and words[0].lower().rstrip(".") in _TITLE_WORDS:
                words = words[1:]
            if words and words[0].lower() not in _DETERMINERS:
                best = (m.start(2), " ".join(words))
        if best is None:
            return None
        name = best[1]
        info = self.actor_lookup(name)
        words = name.split()
        g = _lex.given_name_gender(words[0]) if len(words) > 1 else None
        if info and info.get("actor_type"):
            person = info["actor_type"] == "person"
        else:
            person = len(words) > 1 and g in ("m", "f", "u") and not any(
                w.lower() in _ORG_NAME_WORDS or w.lower() in _ORG_HEADS for w in words)
        full = self._expand(name, best[0]) if person else name
        return {"type": "named", "speaker": full, "plural": False,
                "gender": g if person and g in ("m", "f") else None, "person": person,
                "org": not person, "head": None, "pos": best[0], "text": name, "name_text": name,
                "actor": info.get("actor") if info else None}

    def _reporting_org(self, pos):
        """The last organisation named, outside quotations, as the subject of a reporting verb,
        speech act or stance verb in the paragraph before ``pos`` or in ``pos``'s own paragraph
        before it, an aside between commas allowed ("Castle Fine Art, a UK art retailer, said
        ..."; ", NFU Scotland said ..."): the referent of a following "it said" when no data
        file knows the organisation; else None.

        A name is an organisation only with some evidence: the actor lookup says so, or it is an
        acronym, or it has two or more words of which none is a title and the first is no
        known given name (a lone capitalised word may be a person's surname)."""
        k = self.text.rfind("\n", 0, pos)
        while k > 0 and self.text[k - 1].isspace():
            k -= 1
        lo = self.text.rfind("\n", 0, max(k, 0)) + 1 if k > 0 else 0
        best = None
        for m in _REPORTING_NAME.finditer(self.masked, lo, pos):
            verb = m.group("verb")
            if verb not in CUES and verb not in _SPEECH_ACTS and verb not in _STANCE_VERBS:
                continue
            words = m.group("name").split()
            if words[0].lower() in _DETERMINERS:
                words = words[1:]
            if not words or any(w.lower().rstrip(".") in _PERSON_TITLES or w.lower() in _NOT_NAME
                                or w.lower() in _FRONTED_OPENERS for w in words):
                continue
            name = " ".join(words)
            info = self.actor_lookup(name)
            if info and info.get("actor_type"):
                if info["actor_type"] != "person":
                    best = name
                continue
            if len(words) == 1:
                if len(name) >= 2 and name.isupper() and name.isalpha():
                    best = name
                continue
            if _lex.given_name_gender(words[0]) in ("m", "f", "u") or re.search(
                    r"\b(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady)\.? " + re.escape(words[-1]) + r"\b",
                    self.masked):
                continue
            best = name
        return best

    def _document_author(self, head, pos, window=3000):
        """Round 12: the author of the last document with noun ``head`` named, outside
        quotations, in the ``window`` characters before ``pos`` ("the Tower Commission report",
        "In a report the Kiel institute said"): the referent of "the report said"; None when
        no organisation is named with it."""
        best = None
        for m in _document_author_pattern(head).finditer(self.masked, max(0, pos - window), pos):
            owner = _document_owner((m.group("a") or m.group("b") or m.group("c") or m.group("d")).split())
            if owner is not None:
                best = owner
        return best

    def _org_record(self, name, rec):
        """A named organisation standing for the speaker record ``rec`` (remembered)."""
        out = {"type": "named", "speaker": name, "plural": False, "gender": None, "person": False,
               "org": True, "head": None, "pos": rec["pos"], "text": rec["text"], "cue": rec["cue"],
               "resolved_from": "role" if rec["type"] == "unnamed" else "pronoun", "name_text": name}
        info = self.actor_lookup(name)
        out["actor"] = info.get("actor") if info else None
        self.history.append(out)
        return out

    def _lead_speaker(self, pos, gender=None):
        """The person opening the story's first sentence as the subject of a speech act ("Sir
        Keir Starmer has called on Liz Truss ..."; a reporting verb or a verb of
        ``speech_act_verbs.txt``, after "has"/"have" or an adverb), before ``pos``; else None."""
        subs = self.subjects()
        if not subs or subs[0][0] >= min(pos, self._lead_end()):
            return None
        start, name, g, is_person, _ = subs[0]
        if is_person is not True or (gender and g not in (None, gender)):
            return None
        last = name.split()[-1]
        at = self.masked.find(last, start, start + 120)
        m = _AUX_VERB_AFTER_NAME.match(self.masked, at + len(last)) if at >= 0 else None
        if not (m and (m.group(1) in _SPEECH_ACTS or m.group(1) in CUES)):
            return None
        return self._named_record(self._expand(name, start), start, text=name, gender=g)

    def _focus_person(self, pos, gender=None, noun=None, age=None):
        """The person a nationality noun refers to ("said the Frenchman"): of the persons that
        spoke, opened a sentence or were named in full (with evidence of a person) before
        ``pos``, gender agreeing: the last written of those the text ties to the nationality of
        ``noun`` ("Rafael Nadal of Spain" ... "the Spaniard said"), else the one whose surname
        the text wrote last before ``pos`` (the story names its subject just before the
        epithet: "... and Anelka hit the bar." / '"...," said the Frenchman'); else None.
        With ``age`` ("the 25-year-old"), a person the text gives another age is no candidate
        (round 14)."""
        cands = set()
        for h in self.history:
            if h["type"] == "named" and h.get("person") is True and not h.get("plural") \
                    and h.get("speaker") and h.get("pos", pos) < pos \
                    and not (gender and h.get("gender") not in (None, gender)):
                cands.add(h["speaker"])
        for start, name, g, is_person, _ in self.subjects():
            if start < pos and is_person is True and not (gender and g not in (None, gender)):
                cands.add(self._expand(name, start))
        for end, run in _name_runs_in(self.masked):
            if end > pos:
                break
            name = self._person_name(run, gender)
            if name:
                cands.add(name)
        bad = _ORG_OR_TITLE | _GLUE_HEADS | _NOT_PERSON_WORDS | _GEO_WORDS
        marks = "|".join(re.escape(m) for m in sorted(set(_PERSON_DEMONYMS.get(noun, ())) | (
            {noun.capitalize()} if noun else set()), key=len, reverse=True))
        best, tied, free, acted = None, None, None, None
        others = _other_nationality_marks(noun) if noun in _PERSON_DEMONYMS else ""
        for name in cands:
            info = self.actor_lookup(name)
            if any(w.lower() in bad for w in name.split()) \
                    or (info and info.get("actor_type") and info["actor_type"] != "person"):
                continue    # "Africa Super League" taken for a person elsewhere is no one's name
            if age is not None and self._written_age(name, pos) not in (None, age):
                continue    # round 14: "78-year-old Alister Allan" is not "the 25-year-old"
            hits = [m.start() for m in re.finditer(r"(?<![\w'-])" + re.escape(name.split()[-1]) + r"(?![\w-])",
                                                   self.masked[:pos])]
            if not hits:
                continue
            if marks and self._of_nationality(name, marks, pos) and (tied is None or hits[-1] > tied[0]):
                tied = (hits[-1], name)
            if best is None or hits[-1] > best[0]:
                best = (hits[-1], name)
            if others and (free is None or hits[-1] > free[0]) \
                    and not self._of_nationality(name, others, pos):
                free = (hits[-1], name)   # round 11: not "Alona Bondarenko of Ukraine" for "the Greek"
            if noun is not None and not (others and self._of_nationality(name, others, pos)) \
                    and (acted is None or hits[-1] > acted[0]) and any(
                        _acts_as_subject(self.masked, h, max(self.masked.rfind(c, 0, h) for c in ".!?\n") + 1)
                        for h in hits):
                acted = (hits[-1], name)
        if others:
            best = free
        self.contested = noun is not None and tied is None and best is not None \
            and self._contest_pair(best, cands, marks, pos, others)
        if self.contested:
            return None     # round 11c: "Djokovic beat Murray." / "the Serb said": no guess
        if tied is None and best is not None and acted is not None and acted[1] != best[1] \
                and self._described_subject_sentence(best[0]) and not any(
                    _acts_as_subject(self.masked, h, max(self.masked.rfind(c, 0, h) for c in ".!?\n") + 1)
                    for h in (m.start() for m in re.finditer(r"(?<![\w'-])" + re.escape(best[1].split()[-1])
                                                             + r"(?![\w-])", self.masked[:pos]))):
            # round 15: "... but Novak Djokovic is making sure ... / The third seed sailed past
            # Italy's Simone Bolelli, having dispatched first-round victim Benjamin Becker" /
            # '"...," the Serb said': a person written only as an object (a beaten opponent) of
            # a sentence whose subject is a description ("The third seed") is no referent of the
            # epithet when another person was the subject of a clause: the two descriptions
            # rename the story's subject (topic continuity)
            best = acted
        best = tied or best       # a person the text ties to that nationality comes first
        if best is None:
            return None
        return self._named_record(best[1], best[0], gender=gender)

    def _described_subject_sentence(self, at) -> bool:
        """round 15: whether the sentence holding position ``at`` opens with a definite
        description and its verb ("The third seed sailed past ...", "The 20-year-old beat
        ..."): "The" and one to four lower-case or numeric words, no name, none of them a
        body's, document's or statement's noun."""
        lo = max(self.masked.rfind(c, 0, at) for c in ".!?\n") + 1
        m = re.match(r"\s*(?:[\"\u201c\u201d']\s*)?The\s+((?:[a-z0-9][\w-]*\s+){1,4})[a-z]+\b", self.masked[lo:at])
        if m is None:
            return False
        words = m.group(1).split()
        if any(w in _ORG_HEADS or w in _DOCUMENT_NOUNS or w in _STATEMENT_NOUNS for w in words):
            return False
        # fixquotes15 (review15 finding 3): the description names a person ("The third seed",
        # "The 20-year-old"), not a thing or a crowd ("The second set was ...", "The crowd
        # then watched ..."): a person noun among its words before a verb or a function word
        for w in words:
            if _person_role(_singular(w)) or _AGE_NOUN.fullmatch(w) or w in _RANKED_COMPETITORS:
                return True
            if _clause_verb(w) or w in _NOT_NAME:
                break
        return False

    def _contest_pair(self, best, cands, marks, pos, others=""):
        """round 11c: whether the last-written person ``best`` ((position, name)) is no safe
        referent for a nationality noun: the nationality (``marks``) is written nowhere in the
        text, ``best`` is written only once before ``pos``, and the sentence that writes them
        names another of the candidate persons ``cands`` before them ("Novak Djokovic beat
        Andy Murray." / '"...," the Serb said': either could be the Serb). Round 15: a
        candidate the text ties to another nationality (``others``: "Italy's Simone Bolelli")
        could not be the Serb and contests nothing."""
        if marks and any(not re.search(r"\bthe\s+(?:[\w-]+\s+){0,2}$", self.text[max(0, m.start() - 40):m.start()])
                         for m in re.finditer(r"(?<![\w-])(?:" + marks + r")(?![\w-])", self.text[:pos])):
            return False    # the nationality stated (not only "the Serb" itself)
        at, name = best
        last = name.split()[-1]
        if len(re.findall(r"(?<![\w'-])" + re.escape(last) + r"(?![\w-])", self.masked[:pos])) != 1:
            return False
        lo = max(self.masked.rfind(c, 0, at) for c in ".!?\n") + 1
        sentence = self.masked[lo:at]
        return any(c != name and re.search(r"(?<![\w'-])" + re.escape(c.split()[-1]) + r"(?![\w-])", sentence)
                   and not (others and self._of_nationality(c, others, pos)) for c in cands)

    def _of_nationality(self, name, marks, pos):
        """Whether the text before ``pos`` ties the person ``name`` to a nationality (``marks``,
        a regex alternation of its country names, adjectives and noun): "Rafael Nadal of Spain",
        "Serbia's Ana Ivanovic", "Dutchman Robin Haase", "Osasu Obayiuwana, a Nigerian
        journalist"."""
        parts = name.split()
        head = self.masked[:pos]
        if not parts or parts[-1] not in head:
            return False    # every pattern below needs the name (or its surname) in the text before
        n = "(?:" + re.escape(name) + ("|" + re.escape(parts[-1]) if len(parts) > 1 else "") + ")"
        m = "(?:" + marks + ")"
        pats = (n + r"\s+(?:of|from)\s+(?:the\s+)?" + m + r"(?![\w-])",
                r"(?<![\w-])" + m + r"(?:'s|\u2019s)\s+(?:[\w.-]+\s+){0,3}?" + n + r"(?![\w-])",
                n + r",\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?" + m + r"(?![\w-])")
        if any(re.search(p, head) for p in pats):
            return True
        # "Spanish star Rafael Nadal", "Dutchman Robin Haase": the words between are a person
        # noun; round 11: not a verb ("Eleni Daniilidou of Greece beat Alona Bondarenko")
        for x in re.finditer(r"(?<![\w-])" + m + r"\s+((?:[a-z][\w-]*\s+){0,2})" + n + r"(?![\w-])", head):
            between = x.group(1).split()
            if not between or between[-1] in _TITLE_WORDS or between[-1] in _PERSON_HEADS \
                    or _agent_noun(between[-1]):
                return True
        return False

    def _acronym_org(self, name):
        """The organisation's full name when ``name`` is its tail ("Market Operator" cut from
        "the Australian Energy Market Operator (Aemo) said") or the name itself, as spelled out
        before a bracketed acronym in the text; else None."""
        best = None
        for full in _bracket_acronyms(self.text).values():
            if len(full) > len(name) and full.endswith(" " + name) and (best is None or len(full) > len(best)):
                best = full
        return best

    def _previous_paragraph(self, para_start):
        """(start, end) of the paragraph before the one starting at ``para_start`` (its end
        without the blank space between the two)."""
        k = para_start - 1
        while k > 0 and self.text[k - 1].isspace():
            k -= 1
        return self.text.rfind("\n", 0, k) + 1, k

    def _speech_subject(self, para_start, gender, after):
        """Start of the last person opening a sentence of the paragraph before ``para_start``
        (and after ``after``) as the subject of a speech act ("At a ceremony on Tuesday, Mr
        Biden praised the new law."; a reporting verb or a verb of ``speech_act_verbs.txt``,
        an adverb allowed between), of a gender compatible with ``gender``; else None."""
        if para_start <= 0:
            return None
        prev, k = self._previous_paragraph(para_start)
        best = None
        for start, name, g, is_person, _ in self.subjects():
            if start >= para_start:
                break
            if start < prev or start <= after or is_person is not True \
                    or (gender and g not in (None, gender)):
                continue
            last = name.split()[-1]
            at = self.masked.find(last, start, start + 120)
            if at < 0:
                continue
            m = _VERB_AFTER_NAME.match(self.masked, at + len(last))
            if m and (m.group(1) in _SPEECH_ACTS or m.group(1) in CUES or m.group(1) in _STANCE_VERBS):
                best = start
        if best is None and gender:
            # "Paul Salsini is now donating the CD. / But he does not think it should be
            # performed. / "No, no ...," he said": a paragraph whose only speaker is a pronoun
            # doing a speech act carries on the person opening a sentence of the paragraph
            # before it
            for m in _PRONOUN_SPEAKS.finditer(self.masked, prev, k):
                verb, p = m.group("verb"), m.group("p").lower()
                if {"he": "m", "she": "f"}[p] == gender and any(
                        v in _SPEECH_ACTS or v in CUES or v in _STANCE_VERBS
                        for v in (verb, verb + "s", verb + "es")):
                    k2 = prev - 1
                    while k2 > 0 and self.text[k2 - 1].isspace():
                        k2 -= 1
                    prev2 = self.text.rfind("\n", 0, k2) + 1
                    for start, name, g, is_person, _ in self.subjects():
                        if start >= prev:
                            break
                        if start >= prev2 and start > after and is_person is True and g in (None, gender):
                            best = start
                    break
        return best

    def _narrative_subject(self, para_start, pos, gender, after, target):
        """Start of the last person opening a sentence of the paragraph before ``para_start``
        (and after ``after``) when that paragraph quotes nobody, the person's gender is known
        and is ``gender``, and the last speaker ``target`` is named neither there nor in the
        quote's paragraph before ``pos``; else None.

        '"...," she said' after a paragraph of narrative about another person ("Mrs Matthews
        is now fundraising to buy her husband a wheelchair.") is that person's, not the
        last speaker's (a council spokeswoman quoted before). A lone word is a person only
        after a title ("Young piglets have to be kept warm." is nobody), and a possessive
        subject ("Mr Thain's project aims to ...") is no speaker."""
        if para_start <= 0 or not gender:
            return None
        prev, k = self._previous_paragraph(para_start)
        if any(c in self.text[prev:k] for c in '"\u201c\u201d') or not _LINE_END.search(self.text[prev:k]):
            return None     # a paragraph quoting someone, or a caption line, is no narrative
        if target is not None and target.get("person") is True and target.get("speaker"):
            last = target["speaker"].split()[-1]
            if re.search(r"\b" + re.escape(last) + r"\b", self.masked[para_start:pos]):
                return None     # "Mr Mints' former company ...", he said: still Mr Mints
        best = None
        for start, name, g, is_person, roles in self.subjects():
            if start >= para_start:
                break
            if start < prev or start <= after or is_person is not True or g != gender:
                continue
            words = name.split()
            if len(words) == 1 and not roles and len(re.findall(
                    r"\b" + re.escape(words[0]) + r"\b", self.text)) < 2:
                continue
            end = self.masked.find(words[-1], start)
            span = self.masked[start:end] if end >= 0 else ""
            best = None if re.search(r"\w['\u2019]s?\s", span) else start
        return best

    def _quoted_as(self, word, before):
        """The speaker name of a person quoted before ``before`` and written ``word`` (the last
        word of the speaker's name or of the text that named them), else None."""
        for h in reversed(self.history):
            if h.get("person") is not False and not h.get("org") and not h.get("plural") \
                    and h["type"] == "named" and h.get("pos", before) < before \
                    and word in (h.get("text", "").split()[-1:] + h.get("speaker", "").split()[-1:]):
                return h["speaker"]
        return None

    def _lead_in_mention(self, para_start, pos, gender, after, target):
        """round 12: the one person named in the narrative that opens the quote's own
        paragraph before the quote ("... but Blakemore quickly defused the situation.
        "None of the lads have asked," he said"), with the conditions of
        ``_narrative_mention``; a speaker record, else None. News writing puts the speaker in
        the sentence that leads into the quote, so that person beats the paragraph before."""
        if para_start < 0 or not gender:
            return None
        para = self.text[para_start:pos]
        q = re.search("[\"\u201c]", para)
        if q is None or not re.search(r"[.!?:]\s*$", para[:q.start()]) or para[:q.start()].count(" ") < 3:
            return None
        return self._narrative_mention(para_start, pos, gender, after, target,
                                       span=(para_start, para_start + len(para[:q.start()].rstrip())))

    def _narrative_mention(self, para_start, pos, gender, after, target, span=None):
        """The one person named anywhere in the paragraph before ``para_start`` (after
        ``after``), when that paragraph quotes nobody, names no other person, and the person's
        gender is known (given name or honorific) and is ``gender``, and the last speaker
        ``target`` is named neither there nor in the quote's paragraph before ``pos``; as a
        speaker record, else None.

        '"I have never sprinted like that," she told BBC Sport' after "The Kenyan surged ahead
        but McColgan wasn't having any of it." is McColgan's (named in full before), not the
        last woman quoted."""
        if (para_start <= 0 and span is None) or not gender:
            return None
        prev, k = span or self._previous_paragraph(para_start)   # round 12: ``span``, see _lead_in_mention
        if any(c in self.text[prev:k] for c in '"\u201c\u201d') or not _LINE_END.search(self.text[prev:k]):
            return None     # a paragraph quoting someone, or a caption line, is no narrative
        if target is not None and target.get("speaker"):
            last = target["speaker"].split()[-1]
            if re.search(r"\b" + re.escape(last) + r"\b", self.masked[prev:pos]):
                return None
        found = {}
        chunk = self.masked[prev:k]
        covered = []
        for end, run in _name_runs_in(chunk):
            st = chunk.rfind(run[0], 0, end)
            covered.append((st, end))
            found.setdefault(run[-1], (prev + st, " ".join(run)))
        for m in re.finditer(r"(?<![\w'\u2019-])[A-Z][a-z][\w'\u2019-]*", chunk):
            if any(a <= m.start() < b for a, b in covered) or m.group().lower() in _NOT_NAME \
                    or m.group().lower() in _TITLE_WORDS:
                continue        # "Russian oligarchs": a demonym, title or party word
            w = re.sub(r"['\u2019]s?$", "", m.group())
            full = self._expand(w, prev + m.start())
            hon = re.search(r"\b(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady)\.?\s+$", chunk[:m.start()])
            if full.split()[-1] != w:
                quoted = self._quoted_as(w, prev)
                if quoted is not None:
                    # "Coolio" quoted before as "Coolio" (speaker "Coolio Iglesias")
                    found.setdefault(w, (prev + m.start(), w))
                continue        # an expansion that does not end in the word is no surname's
            if len(full.split()) >= 2 or hon or self._quoted_as(w, prev) is not None:
                found.setdefault(full.split()[-1], (prev + m.start(), full))
        # the paragraph's own third-person pronouns, when all of one gender ("Coolio was
        # ambivalent about the song, lamenting how it overshadowed his other work")
        prons = {{"he": "m", "his": "m", "him": "m", "himself": "m", "she": "f", "her": "f",
                  "hers": "f", "herself": "f"}[w.lower()]
                 for w in re.findall(r"\b(?:[Hh]e|[Hh]is|[Hh]im|[Hh]imself|[Ss]he|[Hh]ers?|[Hh]erself)\b", chunk)}
        people = {}
        for last, (st, name) in found.items():
            words = name.split()
            spoke_before = len(words) == 1 and self._quoted_as(words[0], prev) is not None
            if self._person_name(words) is None and not (
                    len(words) == 1 and _honorific_gender(self.masked, words[0])) and not spoke_before:
                continue
            g = _lex.given_name_gender(words[0]) if len(words) > 1 else None
            g = g if g in ("m", "f") else _honorific_gender(self.masked, words[-1])
            if g is None and spoke_before and len(prons) == 1:
                # a one-word name quoted earlier in the document (a stage name, a surname
                # alone): the paragraph's pronouns give the gender
                g = next(iter(prons))
            if spoke_before:
                name = self._quoted_as(words[0], prev)
            people[last] = (st, name, g)
        found = people
        if span is not None:
            # round 12: in the sentence leading into a quote, a name that is no clause's subject
            # does not compete with the one that is: a name after a determiner or a possessive
            # ("their FA Cup heroics"), nor is a possessor ("Clarkson's actions show ...")
            found = {k: v for k, v in found.items() if _acts_as_subject(self.masked, v[0], prev)
                     and not re.match(r"[\w.-]+(?:\s+[A-Z][\w.-]*)*['\u2019]s?\s", self.masked[v[0]:v[0] + 60])
                     and not (self.masked[prev:v[0]].split()[-1:] and self.masked[prev:v[0]].split()[-1].lower()
                              in _DETERMINERS | set(_POSSESSIVE_PRONOUN) | {"my", "our", "your"})}
        if any(st <= after for st, _, _ in found.values()):
            return None
        if len(found) != 1:
            return None
        st, name, g = next(iter(found.values()))
        if g != gender or not _acts_as_subject(self.masked, st, prev):
            return None
        return self._named_record(name, st, gender=g)

    def _next_speaker(self, gender=None):
        """The person opening the first sentence after the lead that opens with a person,
        when a reporting verb, speech act or stance verb follows the name ("An income tax rise
        ... needs to be re-examined, the first minister has said. / Mark Drakeford said ..."),
        of a gender compatible with ``gender``; else None."""
        lead_end = self._lead_end()
        nxt = self.text.find("\n", lead_end + 1)
        nxt = len(self.text) if nxt < 0 else nxt
        for start, name, g, is_person, _ in self.subjects():
            if start <= lead_end:
                continue
            if start >= nxt or is_person is not True:
                return None
            last = name.split()[-1]
            at = self.masked.find(last, start, start + 120)
            m = _VERB_AFTER_NAME.match(self.masked, at + len(last)) if at >= 0 else None
            if not m or not (m.group(1) in _SPEECH_ACTS or m.group(1) in CUES or m.group(1) in _STANCE_VERBS) \
                    or (gender and g not in (None, gender)):
                return None
            return self._named_record(self._expand(name, start), start, text=name, gender=g)
        return None

    def _role_speech_subject(self, para_start, gender, after):
        """The person a definite role phrase opening a sentence of the paragraph before
        ``para_start`` (and after ``after``) refers to, when that role does a speech act
        ("The former sub-postmaster, who will be 76 next week, said he was grateful." before
        '"What could I do?" he said'), as (start, record); else None.

        The phrase is "the" + up to four lower-case words ending in a person's role noun, an
        aside between commas allowed before the verb (a reporting verb, a speech act or a
        stance verb). At a paragraph start the "the" may be missing, as in corpora that cut
        the first characters of paragraphs ("former sub-postmaster, who ..., said")."""
        if para_start <= 0:
            return None
        prev, k = self._previous_paragraph(para_start)
        best = None
        for m in sorted((m for pat in (_ROLE_SUBJECT, *_ROLE_SUBJECT_SPLITS) for m in pat.finditer(self.masked, prev, k)),
                        key=lambda m: m.start("phrase")):    # round 15: every split of the phrase
            st = m.start("phrase")
            if st <= after or (m.group("det") is None and st != prev):
                continue
            words = m.group("phrase").split()
            head = _singular(words[-1].lower())
            if not _person_role(head) or m.group("verb") not in _SPEECH_ACTS \
                    and m.group("verb") not in CUES and m.group("verb") not in _STANCE_VERBS:
                continue
            best = (st, head, m.group("phrase"), m.group("det"))
        if best is None:
            return None
        st, head, phrase, det = best
        target = self._titled_person(head, st, phrase) or self._recent_person(st, head, gender, phrase)
        if target is None and det is not None:
            # round 15 (bbcspk3): "The Blackburn manager praised his side." and nobody named
            # holds that role: the pronoun refers to the role phrase (an unnamed source, as the
            # gold conventions keep it), not to the last speaker named
            g = _lex.role_nouns().get(head)
            if gender and g not in (None, gender):
                return None
            last = phrase.split()[-1].lower()
            if _singular(last) != last:
                return None     # fixquotes15 (review15 finding 4): "The Blackburn players" is no "he"
            text = det + " " + phrase
            target = {"type": "unnamed", "speaker": text[:1].lower() + text[1:], "plural": False,
                      "gender": g or gender, "person": True, "org": False, "head": head,
                      "definite": True, "pos": st, "text": text, "actor": None}
        return None if target is None else (st, target)

    def _described_speaker(self, para_start, pos, gender, after):
        """An unnamed person introduced by an indefinite description doing a speech act in the
        paragraph before ``para_start`` or in ``pos``'s own paragraph before it, after
        ``after`` ("A woman who lives nearby said she was woken by the noise." before
        '"It was terrifying," she said'), as an unnamed speaker record; else None.

        The description is "a"/"an"/"one"/"another" opening a sentence, up to four lower-case
        words ending in a person noun (a role noun, an agent noun, "mother-of-two",
        "68-year-old"), then an aside between commas or a clause ("who lives nearby", "from
        the village") and a reporting verb, speech act or stance verb. A noun of the other
        gender ("a man" for "she") is passed over. The pronoun then names nobody rather than
        the last named speaker."""
        if para_start <= 0:
            return None
        prev, _ = self._previous_paragraph(para_start)
        best = None
        for m in _DESCRIBED_SUBJECT.finditer(self.masked, prev, pos):
            st = m.start("det")
            if st <= after:
                continue
            if m.group("verb") not in _SPEECH_ACTS and m.group("verb") not in CUES \
                    and m.group("verb") not in _STANCE_VERBS:
                continue
            words = m.group("phrase").split()
            head = _singular(words[-1].lower())
            if "-of-" in head:
                head = head.split("-of-")[0]          # "mother-of-two"
            if not (_person_role(head) or _AGE_NOUN.fullmatch(head)):
                continue
            g = _lex.role_nouns().get(head)
            if gender and g not in (None, gender):
                continue
            if _LATER_REPORT.search(self.masked, m.end(), pos):
                continue    # "The Finance Ministry official said ..." after it: not the referent
            phrase = (m.group("det") + " " + m.group("phrase")).strip()
            best = {"type": "unnamed", "speaker": phrase[:1].lower() + phrase[1:], "plural": False,
                    "gender": g or gender, "person": True, "org": False, "head": head,
                    "definite": False, "pos": st, "text": phrase, "actor": None}
        return best

    def _office_of_body(self, rec) -> bool:
        """round 15: whether the unnamed possessive source ``rec`` is the holder of an office of
        a body named in capitals ("The Scuderia's president", "Ferrari's president"): a title of
        ``_ROLE_TITLES`` (not a spokesperson, who is someone else again) owned by capitalised
        words that name no person (no honorific or given name, not the surname of a person
        named before). A genitive
        determiner makes the phrase definite (CGEL), so it refers like "the Ferrari
        president"; "the victim's mother" or "Obama's adviser" (owned by a person) do not, nor
        does "the company's chairman" (no body named: often a new person)."""
        head = rec.get("head") or ""
        if not rec.get("possessive") or rec.get("plural") or head not in _ROLE_TITLES \
                or head.startswith("spokes"):
            return False
        words = rec.get("text", "").split()
        k = next((i for i, w in enumerate(words) if w.endswith(_POSSESSIVE_END)), None)
        if k is None or k + 1 >= len(words) or not all(w.islower() for w in words[k + 1:]):
            return False
        owner = [re.sub(r"['\u2019]s?$", "", w) for w in words[:k + 1]]
        if owner[0].lower() == "the":
            owner = owner[1:]
        if not owner or not all(_capitalised(w) for w in owner):
            return False
        if any(w.lower() in _TITLE_WORDS or _lex.given_name_gender(w) in ("m", "f") for w in owner):
            return False
        last = owner[-1]
        return self._expand(last, rec["pos"]) == last and self._quoted_as(last, rec["pos"]) is None

    def _person_modifier(self, rec) -> bool:
        """round 16: whether a capitalised word before the role noun of the definite role phrase
        ``rec`` ("the Spears staffer", "the Obama aide") is the surname of a person the text
        names in full before it (a known given name first): a noun modifier naming a person
        ties the role to that person (their staffer, aide or lawyer), so the phrase refers to
        someone else, neither to that person nor to the story's lead speaker."""
        for w in rec.get("text", "").split()[1:-1]:
            w = _bare(w)
            if not _capitalised(w) or w.lower() in _TITLE_WORDS:
                continue
            full = self._expand(w, rec["pos"])
            if full != w and len(full.split()) >= 2 and full.split()[-1] == w \
                    and _lex.given_name_gender(full.split()[0]) in ("m", "f", "u"):
                return True
        return False

    def _paragraph_speaker(self, lo, hi, quote):
        """round 15: the speaker of an unattributed quotation paragraph from the narrative
        paragraph before it (``lo``..``hi``, quoting nobody): the person who is the subject of
        its last sentence when that sentence has them talk, answer, report or hold a view
        ("Following the game Mitchell talked like a proud father. / "I think with a win today,
        our players grew up.""; "Moon was asked about this and agreed ... / "I think ...""),
        a reporting verb, speech act, stance verb or verb of ``conversation_verbs.txt`` in one
        of the subject's coordinated predicates. The person must be named in full in the text,
        with evidence of a person (``_person_name``) or quoted before under that name, and is
        not the speaker when the quotation
        names them ("He was brilliant, Smith"); another person acting as a subject later in the
        sentence ends the search. A speaker record, else None."""
        chunk = self.text[lo:hi]
        spans = sentence_spans(chunk)
        if not spans:
            return None
        s0 = lo + spans[-1][0]
        verbs = _CONVERSATION_VERBS | _SPEECH_ACTS | _STANCE_VERBS | frozenset(CUES)
        found = None
        for m in re.finditer(r"(?<![\w'\u2019-])[A-Z][a-z][\w'\u2019-]*(?:\s+[A-Z](?:[a-z]|['\u2019][A-Z])[\w'\u2019-]*)*",
                             self.masked[s0:hi]):     # fixquotes15: "Michelle O'Neill"
            st = s0 + m.start()
            words = [w for w in m.group().split() if w.lower() not in _NOT_NAME and w.lower() not in _TITLE_WORDS]
            if not words or not _acts_as_subject(self.masked, s0 + m.end() - len(words[-1]), s0):
                continue
            full = " ".join(words) if len(words) > 1 else self._expand(words[-1], st)
            quoted = self._quoted_as(words[-1], st)
            if len(full.split()) < 2 or full.split()[-1] != words[-1] \
                    or (self._person_name(full.split()) is None and quoted != full):
                continue
            if found is not None:
                hi = st     # fixquotes15 (review15 2b): a later subject ends the first one's predicates
                break       # a later subject: the sentence is about someone else too
            found = (st, full, s0 + m.end())
        if found is None:
            return None
        st, full, end = found
        rest = self.masked[end:hi]
        nxt = re.search(r"(?<![\w'\u2019-])[A-Z][a-z][\w'\u2019-]*(?=\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|s)\b)", rest)
        verb = self._predicate_verb(rest[:nxt.start()] if nxt else rest, verbs)
        if verb is None and st > s0 and re.match(r"\s*(?:Speaking|Talking)\s+(?:to|with)\b", self.masked[s0:st]):
            verb = "speaking"   # "Speaking to BBC News, Chris Philp ... lays out ...": the subject talked
        if verb is None or re.search(r"\b" + re.escape(full.split()[-1]) + r"\b", quote) \
                or self._interview_question(lo, hi, quote):
            return None
        g = _lex.given_name_gender(full.split()[0])
        rec = self._named_record(full, st, gender=g if g in ("m", "f") else None)
        rec["cue"] = verb
        return rec

    @staticmethod
    def _predicate_verb(rest, verbs):
        """fixquotes15 (review15 finding 2a): the word of ``verbs`` that is the verb of one of
        the predicates of a subject whose name ends just before ``rest``: the first verb after
        the name (an aside between commas, adverbs and auxiliaries skipped: "Tom Baxter, 24,
        later spoke"), or the first after a coordinator "and"/"but". Not a verb that is negated
        ("has not spoken", "did not answer"), a noun further on ("the peace talks", "calls"),
        a verb of a relative clause in the aside ("who rarely speaks") or "agreed to" a deed
        ("agreed to publish the letter"). Else None."""
        rest = re.sub(r"^\s*,[^,.\n\x00\"]{1,120},", " ", rest)
        toks = re.findall(r"[A-Za-z]+(?:n't|\u2019t)?|[,.;:!?]", rest)
        slot, negated = True, False
        for i, t in enumerate(toks):
            w = t.lower()
            if w in ("and", "but"):
                slot, negated = True, False
                continue
            if not slot:
                continue
            if w in ("not", "never") or w.endswith(("n't", "n\u2019t")):
                negated = True
                continue
            if w in _CLAUSE_VERBS or w in ("also", "later", "then", "still", "often", "again") \
                    or (w.endswith("ly") and len(w) > 4):
                continue
            slot = False
            nxt = toks[i + 1].lower() if i + 1 < len(toks) else ""
            if w in verbs and not negated and not (w.startswith("agree") and nxt == "to"):
                return w
        return None

    def _interview_question(self, lo, hi, quote) -> bool:
        """fixquotes15 (review15 finding 2c): whether the bare quotation ``quote`` is one
        question after a narrative paragraph (``lo``..``hi``) in which someone spoke or talked
        to, or was told by, a hearer ("Hart spoke to the BBC's Laura Kuenssberg." / '"Do you
        regret calling the election?"'): the other side of an interview asks, not the subject."""
        q = quote.strip().strip("\"\u201c\u201d'\u2018\u2019 ")
        if not q.endswith("?") or re.search(r"[.!?]\s", q):
            return False
        return re.search(r"\b(?:spoke|spoken|speaking|talked|talking)\s+(?:to|with)\b|\btold\b",
                         self.masked[lo:hi]) is not None

    def _new_subject_in(self, lo, hi, speaker) -> bool:
        """fixquotes15 (review15 finding 1): whether the paragraph ``lo``..``hi`` names a person
        other than ``speaker`` as the subject of a clause ("Season-ticket holder Mary Brown has
        followed the club ...", "Mary Brown lost her home ..."): two or more capitalised words
        (titles and function words dropped), no place or non-person word, with
        evidence of a person (``_person_name``), not sharing ``speaker``'s surname, followed by a clause verb or opening
        a sentence before a lower-case word. "Next up for Dvorsky is Lukas Hofer" names no
        such subject."""
        last = str(speaker).split()[-1] if speaker else ""
        for m in re.finditer(r"(?<![\w'\u2019-])[A-Z][a-z][\w'\u2019-]*(?:\s+[A-Z](?:[a-z]|['\u2019][A-Z])[\w'\u2019-]*)*",
                             self.masked[lo:hi]):
            words = m.group().split()
            k = 0
            while k < len(words) and (words[k].lower() in _NOT_NAME or words[k].lower() in _TITLE_WORDS):
                k += 1
            words = words[k:]
            if len(words) < 2 or words[-1] == last or any(
                    w.lower() in _GEO_WORDS or w.lower() in _NOT_PERSON_WORDS or w.lower() in _NOT_NAME
                    for w in words):
                continue
            if self._person_name(words) is None:
                continue    # evidence of a person: "Gangsta's Paradise was ..." is a song
            st = lo + m.end() - len(" ".join(words))
            opens = not self.masked[lo:st].strip() or self.masked[lo:st].rstrip()[-1] in ".!?"
            if _acts_as_subject(self.masked, st, lo) or (
                    opens and re.match(r"(?:,[^,.\n\x00\"]{1,120},)?\s+[a-z]", self.masked[lo + m.end():lo + m.end() + 124])):
                return True
        return False

    def _from_role(self, rec, target, remember=True):
        """The resolved record for a role speaker ``rec`` ("the first minister said") that
        refers to ``target``: a copy of ``target`` with the role's cue and text, marked
        ``resolved_from="role"``; appended to the history unless ``remember`` is false."""
        out = dict(target)
        out.update(cue=rec["cue"], text=rec["text"], resolved_from="role",
                   name_text=target.get("name_text", target.get("text")))
        if remember:
            self.history.append(out)
        return out

    def resolve(self, ev):
        rec = dict(ev)
        if rec.get("passive"):
            return rec       # "it has been claimed": no speaker, and no referent for pronouns
        lead = rec["text"].split()[0].lower() if rec.get("text") else ""
        if rec["type"] == "unnamed" and rec.get("first_tok") == 0 and rec["text"][:1].islower() \
                and lead not in _DETERMINERS and lead not in _POSSESSIVE_PRONOUN \
                and not rec.get("plural") and rec.get("head") \
                and (_person_role(rec["head"]) or rec["head"] in _ORG_HEADS or rec["head"] in _REFERENT_KINDS):
            # "first minister said ..." opening a paragraph in lower case: a corpus that cut
            # the paragraph's first characters ("The "); read as the definite role
            lead = "the"
            rec["definite"] = True
        if rec["type"] == "unnamed" and self._office_of_body(rec):
            # round 15: "The Scuderia's president explained ..." is "the Ferrari president"
            lead = "the"
            rec["definite"] = True
        if rec["type"] == "pronoun":
            p = rec["pronoun"]
            target = None
            for h in reversed(self.history):
                if h.get("in_object"):
                    continue    # round 11c: "rejected Abbas' call"
                if p in ("he", "she"):
                    if h.get("person") is not True or h.get("plural"):
                        continue
                    want = "m" if p == "he" else "f"
                    if h.get("gender") not in (None, want):
                        continue
                    target = h
                    break
                if p in ("they", "we"):
                    if h.get("plural"):
                        target = h
                        break
                    continue
                if p == "it":
                    if h.get("person") is not True and not h.get("plural"):
                        target = h
                        break
                    continue
                break  # "I": no resolution
            if p in ("he", "she", "it"):
                # a person (or, for "it", an organisation) opening a later sentence than the
                # last speaker is the more recent referent
                want = {"he": "m", "she": "f"}.get(p)
                after = target["pos"] if target is not None and "pos" in target else -1
                anchor = after      # where the evidence for the referent found so far lies
                if target is not None and rec.get("after_quote"):
                    # '"...," he said' keeps the last speaker unless someone opened a sentence
                    # in the quote's own paragraph (news quotes follow their speaker), or the
                    # paragraph before has a later person doing a speech act ("Mr Biden
                    # praised the new law.")
                    lead_in = None if p == "it" else self._lead_in_mention(
                        rec.get("para_start", -1), rec["pos"], want, after, target)
                    if lead_in is not None:     # round 12
                        self.history.append(lead_in)
                        target = lead_in
                    spoke = lead_in["pos"] if lead_in is not None else None if p == "it" else self._speech_subject(
                        rec.get("para_start", -1), want, after)
                    role = None if p == "it" or spoke is not None else self._role_speech_subject(
                        rec.get("para_start", -1), want, after)
                    if spoke is None and role is None and p != "it":
                        # "Mrs Matthews is now fundraising ..." before '"...," she said'
                        spoke = self._narrative_subject(rec.get("para_start", -1), rec["pos"], want, after,
                                                        target)
                    if spoke is None and role is None and p != "it":
                        # "The Kenyan surged ahead but McColgan wasn't having any of it." before
                        # '"...," she told BBC Sport'
                        met = self._narrative_mention(rec.get("para_start", -1), rec["pos"], want,
                                                      after, target)
                        if met is not None:
                            spoke, target = met["pos"], met
                            self.history.append(met)
                    if role is not None:
                        # "The former sub-postmaster ... said he was grateful." before
                        # '"...," he said': the person that role refers to
                        spoke, target = role
                        self.history.append(target)
                    if spoke is not None:
                        anchor = max(anchor, spoke)
                    after = max(after, rec.get("para_start", -1) - 1) if spoke is None else spoke - 1
                sub = self._latest_subject(rec["pos"], p != "it", want, after=after)
                if sub is not None:
                    self.history.append(sub)
                    target = sub
                    anchor = max(anchor, sub["pos"])
                if p != "it":
                    # "A woman who lives nearby said she was woken ..." before '"...," she
                    # said': an unnamed person, not the last one named
                    desc = self._described_speaker(rec.get("para_start", -1), rec["pos"], want, anchor)
                    if desc is not None:
                        self.history.append(desc)
                        out = dict(desc)
                        out.update(cue=rec["cue"], resolved_from="pronoun")
                        return out
            if target is None and p in ("he", "she") and rec.get("after_quote"):
                # round 15 (bbcspk3): no speaker yet, and "The Blackburn manager praised his
                # side." opens a sentence of the paragraph before: that role's person, else a
                # person mentioned before ("with Blackburn boss Mark Hughes watching"), else the phrase
                role = self._role_speech_subject(rec.get("para_start", -1), "m" if p == "he" else "f", -1)
                if role is not None and role[1]["type"] == "unnamed":
                    role = (role[0], self._mentioned_person(rec["pos"], "m" if p == "he" else "f") or role[1])
                if role is not None:
                    target = role[1]
                    self.history.append(target)
            if target is None and p in ("he", "she"):
                target = self._mentioned_person(rec["pos"], "m" if p == "he" else "f")
            if target is None and p in ("he", "she"):
                # round 15 (bbcspk3): nobody else to refer to: the last full name opening a
                # sentence as its subject, though no list knows its given name, when the text
                # also writes its surname or given name alone, as news does with a person on
                # later references ("Frezgi Mebrat arrived ... Mebrat was placed ..." before
                # '"...," he said'; a "Sweet Spoon Bakery" never becomes "Bakery")
                for start, name, g, is_person, _ in reversed(self.subjects()):
                    if start < rec["pos"] and is_person is None and not (
                            self.actor_lookup(name) or {}).get("actor_type"):
                        named = self._full_name_just_before(name, start, rec["pos"], near=False)
                        if named is None:
                            continue
                        # fixquotes15 (review15 finding 9): a word counts as written alone only
                        # with no capitalised word touching it ("Port" in "Port Talbot" does not)
                        if any(self._written_alone(w) for w in (named.split()[0], named.split()[-1])):
                            target = {"type": "named", "speaker": named, "plural": False, "gender": None,
                                      "person": True, "org": False, "head": None, "pos": start,
                                      "text": named, "actor": None}
                            self.history.append(target)
                            break
            if target is not None and p == "it" and _subnational_place(target.get("speaker")):
                target = None   # round 11: "south Cumbria" / "In Scotland," is no "it" that speaks
            if target is None and p == "it":
                author = self._statement_author(rec["pos"])
                if author is not None:
                    author.update(cue=rec["cue"], text=rec["text"], resolved_from="pronoun")
                    self.history.append(author)
                    return author
                org = self._mentioned_org(rec["pos"])
                if org is None:
                    # "Castle Fine Art, a UK art retailer, said ... It said": an organisation
                    # no data file knows, the subject of a reporting verb just before
                    org = self._reporting_org(rec["pos"])
                if org is not None and re.search(r"[.!?]\s", org):
                    org = re.split(r"[.!?]\s+", org)[-1]   # round 11: "Northern Ireland. NHS Confederation"
                if org is not None:
                    return self._org_record(org, rec)
            if target is not None and p == "it" and target.get("speaker") and re.search(
                    r"\b" + re.escape(target["speaker"]) + r"\b",
                    re.split(r"[.!?\x00\n]", self.masked[rec["pos"]:rec["pos"] + 200])[0]):
                # "It accused Citizens Advice of ...": the body it speaks about is not "it"
                return rec
            if target is not None:
                if p in ("he", "she") and target.get("gender") is None:
                    target["gender"] = "m" if p == "he" else "f"
                out = dict(target)
                out.update(cue=rec["cue"], text=rec["text"], resolved_from="pronoun",
                           name_text=target.get("name_text", target.get("text")))
                return out
            return rec
        if rec["type"] == "unnamed" and rec.get("age"):
            # round 11: "said the 24-year-old": the person given that age, else the one the
            # story is about
            target = self._aged_person(rec["age"], rec["pos"], rec.get("gender"))
            if target is None:
                target = self._focus_person(rec["pos"], rec.get("gender"), age=rec["age"])
                if target is not None and self._written_age(target["speaker"], rec["pos"]) not in (None, rec["age"]):
                    target = None   # "78-year-old Alister Allan" is not "the 25-year-old"
            if target is not None:
                return self._from_role(rec, target)
        if rec["type"] == "unnamed" and rec.get("head") in _ROLE_TITLES and not rec.get("plural") \
                and rec["text"].split()[0].lower() not in _INDEFINITE:
            # "the first minister said": the person last named with that title
            target = self._titled_person(rec["head"], rec["pos"], rec["text"])
            if target is not None:
                return self._from_role(rec, target)   # round 11: remembered, so a later "she said" finds it
        if rec["type"] == "unnamed" and not rec.get("plural") and rec["text"][:1].isupper() \
                and rec["text"].lower() == rec.get("head") and _person_role(rec["head"]):
            # "Counsel for the inquiry spoke ..., saying": a bare role word opening the
            # sentence is the person named with that role before, if any
            target = self._titled_person(rec["head"], rec["pos"], rec["text"])
            if target is not None:
                return self._from_role(rec, target)
        if rec["type"] == "unnamed" and rec.get("head") in _DOCUMENT_NOUNS and not rec.get("plural") \
                and lead in ("the", "a", "an") and rec["text"].split()[-1].lower() == rec["head"]:
            # round 12: "a U.S. Embassy report said" names its author; "the report said" is the
            # words of the author of the report named before ("the Tower Commission report")
            words = rec["text"].split()[1:-1]
            if all(w.islower() for w in words):
                words = []      # "the annual report": the report named before
            org = _document_owner(words) if words else (
                self._document_author(rec["head"], rec["pos"]) if lead == "the" else None)
            if org is not None:
                out = self._org_record(org, rec)
                out["document"] = True  # "Tower Commission" expands no later "Tower" (John Tower)
                return out
        if rec["type"] == "unnamed" and rec.get("definite") and rec.get("head") and not rec.get("plural") \
                and lead == "the" and (rec["head"] in _ORG_HEADS
                                                                 or rec["head"] in _REFERENT_KINDS):
            # "Anglesey Council voted ... The council said": the body named before with that head
            org = self._named_institution(rec["head"], rec["pos"])
            if org is None and rec["head"] in _ORG_HEADS:
                # "the agency said" right after the agency spoke under its name (or as "the UN
                # health agency"): the organisation that spoke last, if nobody spoke since
                last = self.history[-1] if self.history else None
                if last is not None and last["type"] == "named" and last.get("org") \
                        and not last.get("plural") and last.get("person") is not True:
                    org = last["speaker"]
            if org is None and len(rec["text"].split()) >= 3:
                # "the UN health agency said": a described body is the organisation named last
                org = self._mentioned_org(rec["pos"], whole=True)
            if org is not None:
                return self._org_record(org, rec)
        if rec["type"] == "unnamed" and not rec.get("plural") and len(rec["text"].split()) == 2 \
                and rec["text"].split()[0].lower() in ("a", "an") \
                and _person_role(rec.get("head")) and rec["pos"] < self._lead_end():
            # "A mayor has called for ..." in the lead, "Salford Mayor Paul Dennett" soon after:
            # the story names its subject in a later sentence
            target = self._named_later(rec["head"], rec["pos"])
            if target is not None:
                return self._from_role(rec, target)
        if rec["type"] == "unnamed" and rec.get("definite") and rec.get("head") in _STATEMENT_NOUNS \
                and lead == "the" and len(rec["text"].split()) == 2:
            # round 11: "the statement said" after "the Treasury statement said": its author
            for h in reversed(self.history):
                if h.get("statement") == rec["head"]:
                    out = dict(h)
                    out.update(cue=rec["cue"], text=rec["text"])
                    self.history.append(out)
                    return out
        if rec["type"] == "unnamed" and rec.get("definite") and rec.get("head"):
            for h in reversed(self.history):
                if h["type"] == "unnamed" and h.get("head") == rec["head"] and h.get("plural") == rec.get("plural"):
                    if _person_role(rec["head"]) and h["text"].split()[0].lower() not in _INDEFINITE \
                            and not rec.get("plural"):
                        break   # "the first minister has said" left unresolved: look for a person
                    out = dict(h)
                    out.update(cue=rec["cue"], text=rec["text"])
                    self.history.append(out)
                    return out
            if not rec.get("plural") and lead == "the" and rec["head"] in _PERSON_DEMONYMS:
                # "said the Frenchman": the person the story is about, not the last one named
                self.contested = False
                target = self._focus_person(rec["pos"], rec.get("gender"), rec["head"])
                if target is not None:
                    return self._from_role(rec, target)
                if self.contested:
                    # round 11c: two people in the sentence naming the last one, the
                    # nationality never stated: no guess (a wrong name is worse than none)
                    self.history.append(rec)
                    return rec
            if not rec.get("plural") and lead == "the" and _person_role(rec["head"]):
                # "said the former finance minister" right after "Mr Murphy described ...": a
                # definite role noun refers to the person named with it ("former postmaster
                # Noel Brack"), else to the most recent person (not to one named with another title)
                target = self._titled_person(rec["head"], rec["pos"], rec["text"])
                if target is None and self._person_modifier(rec):
                    # round 16: "said the Spears staffer", "the Obama aide": a role tied to a
                    # person named in the text is someone else, never named here
                    self.history.append(rec)
                    return rec
                if target is None and any(_capitalised(w) for w in rec["text"].split()[1:-1]) \
                        and "former" not in rec["text"].lower().split():
                    # (round 14: "the former Leeds striker said" is a past career, the second
                    # reference to the person just named, not to the story's lead speaker)
                    # "the Labour leader said", never written with that title: the person
                    # whose speech act opens the story ("Sir Keir Starmer has called on ...")
                    target = self._lead_speaker(rec["pos"], rec.get("gender"))
                target = target or self._recent_person(rec["pos"], rec["head"], rec.get("gender"),
                                                       rec["text"])
                if target is None and rec["pos"] < self._lead_end():
                    # "..., the first minister has said." in the lead, nobody named yet, then
                    # "Mark Drakeford said ...": the person whose speech act follows the lead
                    target = self._next_speaker(rec.get("gender"))
                if target is None:
                    # "... during a speech by Nigel Farage. / The former politician told the
                    # BBC": nobody named as a speaker or subject; a person named in passing
                    # in this paragraph or the one before
                    target = self._person_in_passing(rec["pos"], rec["head"], rec.get("gender"))
                if target is None:
                    # round 11: "The mayor of Liverpool said ..." with nobody named before, then
                    # "Mayor of Liverpool, Joanne Anderson, said": the person named with the title later
                    target = self._titled_later(rec["head"], rec["pos"], rec.get("gender"), rec["text"])
                if target is not None:
                    return self._from_role(rec, target)
        if rec["type"] == "named":
            org = self._acronym_org(rec["speaker"])
            if org is not None:
                rec.update(speaker=org, person=False, org=True)
            full = self._expand(rec["speaker"], rec["pos"])
            if full == rec["speaker"] and rec.get("maybe_group") and not self.actor_lookup(full):
                low = rec["speaker"].lower()
                rec.update(type="unnamed", speaker=low, plural=True, person=True, head=low,
                           definite=False, actor=None)
                self.history.append(rec)
                return rec
            if full != rec["speaker"]:
                rec["speaker"] = full
                if rec.get("person") is None and not rec.get("org"):
                    rec["person"] = True
            if not rec.get("org"):                     # round 11: "Backup Charlie Batch"
                rec["speaker"] = _drop_glued_descriptor(rec["speaker"], self.text, self._lower())
            info = self.actor_lookup(rec["speaker"])
            rec["actor"] = info.get("actor") if info else None
            if info and info.get("actor_type"):
                rec["person"] = info["actor_type"] == "person"
        self.history.append(rec)
        return rec


# --- round 11 (web news): words glued before a speaker's given name --------------------------
_ACRONYM_WORD = re.compile(r"[A-Z]{2,5}")


def _glued_descriptor_word(word: str, nxt: str, text: str, lower_words) -> bool:
    """True when ``word``, written before the given name ``nxt`` in a speaker's name, is not
    part of the name: a title, role, party or demonym ("Canadians"), an acronym ("MPA"), a
    word the text also writes in lower case ("Backup"), or a possessor ("Attrition's Brian")."""
    if re.search(re.escape(word) + r"['\u2019]s?\s+" + re.escape(nxt) + r"(?![\w'-])", text):
        return True                            # a possessor, even one that is a given name ("Alberta's")
    if _lex.given_name_gender(word) is not None:
        return False
    low = word.lower().rstrip(".")
    return low in _TITLE_WORDS or _singular(low) in _TITLE_WORDS or low in lower_words \
        or _ACRONYM_WORD.fullmatch(word) is not None


def _drop_glued_descriptor(name: str, text: str, lower_words) -> str:
    """Drop the words before the first known given name of a speaker's name when none of them
    can be part of a name (web news glues descriptors on: "Backup Charlie Batch", "MPA Faiza
    Malik", "said Manitoba's Gary Doer", "Attrition's Brian Martin"). A name whose first
    word is a given name, a name in capitals and a name with no given name after its first
    word ("Zulfiqar Ali Badar" when "Zulfiqar" is not written in lower case) are kept."""
    words = name.split()
    if len(words) < 3 or name.isupper():
        return name
    for k in range(1, len(words) - 1):
        if _lex.given_name_gender(words[k]) not in ("m", "f", "u"):
            continue
        if all(_glued_descriptor_word(w, words[k], text, lower_words) for w in words[:k]):
            return " ".join(words[k:])
        return name
    return name


def _actor_lookup_factory(dictionary, resolve: bool):
    def none(name):
        return None
    none.state = {"year": None}
    if not resolve:
        return none
    try:
        from ..actors.mentions import _as_dictionary, resolve_actor  # lazy: importing actors loads Babel
    except ImportError as exc:
        warnings.warn(f"extract_quotes: actor resolution unavailable ({exc}); speaker_actor and "
                      "speaker_affiliation are left missing", stacklevel=3)
        return none
    cache = {}
    state = {"year": None}
    compiled = _as_dictionary(dictionary)   # once, not per name

    def lookup(name):
        key = (name, state["year"])
        if key not in cache:
            kwargs = {"dictionary": compiled}
            if state["year"] is not None:
                kwargs["year"] = state["year"]
            try:
                cache[key] = resolve_actor(name, **kwargs)
            except Exception as exc:  # noqa: BLE001 - one bad name must not stop the corpus
                warnings.warn(f"extract_quotes: resolve_actor failed on {name!r}: {exc}", stacklevel=3)
                cache[key] = None
        return cache[key]
    lookup.state = state
    return lookup


# ---------------------------------------------------------------------------------------------
# Public API
# ---------------------------------------------------------------------------------------------

_COLUMNS = ["doc_id", "quote", "speaker", "speaker_actor", "cue", "start", "end",
            "speaker_text", "attribution", "n_words", "speaker_affiliation"]


_LINE_END = re.compile(r"[.!?:\"\u201d\u2019)\]]\s*$")


def _line_paragraphs(text, paras):
    """Split paragraphs at single line breaks when the lines read as paragraphs.

    Some corpora separate paragraphs by one newline, not a blank line. A line break counts as
    a paragraph break when most lines of the paragraph end a sentence; hard-wrapped text
    (lines broken mid-sentence) keeps its paragraphs whole.
    """
    out = []
    for ps, pe in paras:
        chunk = text[ps:pe]
        if "\n" not in chunk:
            out.append((ps, pe))
            continue
        lines, pos = [], ps
        for ln in chunk.split("\n"):
            if ln.strip():
                lead = len(ln) - len(ln.lstrip())
                lines.append((pos + lead, pos + len(ln.rstrip())))
            pos += len(ln) + 1
        ends = sum(bool(_LINE_END.search(text[a:b])) for a, b in lines)
        if len(lines) > 1 and ends >= 0.6 * len(lines):
            out.extend(lines)
        else:
            out.append((ps, pe))
    return out


#: round 12: two apostrophes written for a double quotation mark (wire and web typography:
#: '"Everyone is getting better,'' Goydos said.', "''My papa always taught me"); not inches
#: after a digit ("6' 2''") nor part of a longer run of apostrophes
_TWO_APOSTROPHES = re.compile(r"(?<![\d'])''(?!')")


def _two_apostrophe_marks(text: str) -> str:
    """round 12: ``text`` with each pair of apostrophes used as a double quotation mark made a
    double mark, the length kept (offsets stay valid): a closing pair (after a non-space,
    before a space, punctuation or the end) becomes '" ', an opening pair (after a space, a
    bracket or the start, before a non-space) ' "'; any other pair is left alone."""
    if "''" not in text:
        return text

    def mark(m):
        i, j = m.start(), m.end()
        prev = text[i - 1] if i else " "
        nxt = text[j] if j < len(text) else " "
        if not prev.isspace() and (nxt.isspace() or nxt in ",.;:!?)]}-\u2013\u2014"):
            return '" '
        if (prev.isspace() or prev in "([{") and not nxt.isspace():
            return ' "'
        return m.group()
    out = _TWO_APOSTROPHES.sub(mark, text)
    opened, closed = out.count(' "') - text.count(' "'), out.count('" ') - text.count('" ')
    # a stray pair (a typo, "the plan 'reckless''") is no mark: made a double mark, it would turn a
    # document quoted in single marks into one quoted in double marks and lose all its quotes
    return out if opened == closed or (opened == 0 and any(ch in text for ch in _QUOTE_CHARS)) else text


_LINK_LABEL = re.compile(r"(?:(?<=[\w.,;:'\u2019\"\u201d])|(?<=\s)|^)external-link(?![\w-])")


def _link_labels(text: str) -> str:
    """round 13 (bbcspk): ``text`` with the hidden label of a link's icon, which BBC pages
    scraped as text keep glued after the link's last word ("Ojabo toldexternal-link
    Baltimore's YouTube channel", "Jay Shah tweetedexternal-link."), made spaces of the same
    length, so that "told" and "tweeted" read as reporting verbs (offsets stay valid)."""
    if "external-link" not in text:
        return text
    return _LINK_LABEL.sub(lambda m: " " * len(m.group()), text)


def _doc_quotes(doc_id, text, paras, lookup, include_terms):
    """Quotes of one document (paras: list of (start, end) paragraph spans)."""
    text = _two_apostrophe_marks(text)     # round 12
    shown, text = text, _link_labels(text)     # round 13: quotes keep their words as written
    paras = _line_paragraphs(text, paras)
    # 1. marks per paragraph, then multi-paragraph merging
    per_para = []
    odd_total = 0
    # no double quote mark anywhere: the document quotes in single marks (British style)
    single = not any(ch in text for ch in _QUOTE_CHARS) and "'" in text
    for pi, (ps, pe) in enumerate(paras):
        chunk = text[ps:pe]
        if ("'" not in chunk) if single else not any(ch in chunk for ch in _QUOTE_CHARS):
            spans, odd = [], 0      # no mark the pairing looks at: what both functions return
        else:
            spans, odd = _pair_single_marks(chunk) if single else _pair_marks(chunk)
        if single and spans and spans[-1][1] is None and not (
                pi + 1 < len(paras) and _opens_with_quote(text[paras[pi + 1][0]:paras[pi + 1][1]], True)):
            spans = spans[:-1]  # an apostrophe after all, not a quotation running on
        if spans and spans[-1][1] is None and not single:
            # left open at the paragraph's end: when the rest of the paragraph reads as
            # narrative (a third-person attribution after a sentence end: "... She said her
            # proposals ..."), the quote ends at its first sentence end and does not run on
            # into the next paragraph
            o = spans[-1][0]
            rest = text[ps + o + 1:pe]
            m = re.search(r"[.!?](?=\s)", rest)
            if m and _NARRATIVE.search(rest, m.end()):
                spans[-1] = (o, o + 1 + m.end())
        per_para.append([(ps + o, None if c is None else ps + c) for o, c in spans])
        odd_total += odd
    quotes = []  # dicts: segments [(open, close|None, para)], first/last para
    carry = None
    for pi, spans in enumerate(per_para):
        for si, (o, c) in enumerate(spans):
            if carry is not None and si == 0 and _opens_with_quote(text[paras[pi][0]:paras[pi][1]], single):
                carry["segments"].append((o, c, pi))
            else:
                if carry is not None:
                    odd_total += 1  # left open and not continued: closes at its paragraph end
                carry = None
                quotes.append({"segments": [(o, c, pi)]})
            if c is None:
                carry = quotes[-1]
            else:
                carry = None
        if carry is not None and not (pi + 1 < len(paras) and _opens_with_quote(
                text[paras[pi + 1][0]:paras[pi + 1][1]], single)):
            odd_total += 1
            carry = None
    if not quotes:
        # rows come from quotations only, and resolving a document's events changes nothing
        # outside it (the actor lookup is a memo): a document without one is done here
        return [], odd_total

    # 2. frames (quote contents masked) and attribution events per paragraph
    frames = [list(text[ps:pe]) for ps, pe in paras]
    for q in quotes:
        for o, c, pi in q["segments"]:
            ps, pe = paras[pi]
            stop = (c if c is not None else pe)
            for x in range(o + 1, stop):
                frames[pi][x - ps] = _MASK
    para_toks, para_events = [], []
    for pi, (ps, pe) in enumerate(paras):
        toks, evs = _events("".join(frames[pi]))
        para_toks.append(toks)
        for ev in evs:
            ev["pos"] += ps
            ev["para"] = pi
            ev["para_start"] = ps
        para_events.append(evs)

    def tok_index(pi, doc_pos, after: bool):
        """Index of the first token starting at/after doc_pos (after=True) or last ending before."""
        ps = paras[pi][0]
        toks = para_toks[pi]
        if after:
            for i, (s, e, t) in enumerate(toks):
                if ps + s >= doc_pos:
                    return i
            return len(toks)
        for i in range(len(toks) - 1, -1, -1):
            if ps + toks[i][1] <= doc_pos:
                return i
        return -1

    # 3. link each quote to an event
    for qi, q in enumerate(quotes):
        o0, _, p_first = q["segments"][0]
        _, c_last, p_last = q["segments"][-1]
        q["open"], q["close"], q["p_first"], q["p_last"] = o0, c_last, p_first, p_last
        toks_last = para_toks[p_last]
        chosen = None
        # a) right after the closing mark
        if c_last is not None:
            ti = tok_index(p_last, c_last + 1, after=True)
            # skip a token that is just the closing mark with punctuation ('",' or '”.')
            while ti < len(toks_last) and toks_last[ti][0] + paras[p_last][0] <= c_last:
                ti += 1
            while ti < len(toks_last) and not _bare(toks_last[ti][2]) and not _is_boundary(toks_last[ti][2]):
                ti += 1
            for ev in para_events[p_last]:
                if ev.get("fronted"):
                    continue    # 'Said Porter: "..."' introduces the next quote, not this one
                if ev["first_tok"] == ti or (ev["cue_tok"] == ti and ev["first_tok"] > ti):
                    chosen = (ev, "after")
                    inner = text[:c_last].rstrip()
                    # the sentence ends inside the quote ('"...."') or right after it ('"...".')
                    ended = inner[-1:] in ".!?" or text[c_last + 1:c_last + 2] in (".", "!", "?")
                    if ended and ev["first_tok"] == ti and ev["cue_tok"] > ti \
                            and not _short_clause(toks_last, ev["cue_last"]):
                        # '"...." Jonas Brandt said the council ...': a new sentence about
                        # something else; used only when nothing closer attributes the quote
                        q["next_sentence"] = ev
                        chosen = None
                    break
        # b) right before the opening mark
        if chosen is None:
            toks_first = para_toks[p_first]
            ti = tok_index(p_first, o0, after=False)  # last token ending before the mark
            # the token holding the opening mark may start before it ('reporters:"This')
            for ev in reversed(para_events[p_first]):
                if ev["pos"] >= o0:
                    continue
                gap = toks_first[ev["last_tok"] + 1:ti + 1]
                last_is_ok = not _ends_sentence(toks_first[ev["last_tok"]][2]) and \
                    not _is_boundary(toks_first[ev["last_tok"]][2])
                if len(gap) <= 12 and last_is_ok and not any(
                        _ends_sentence(t[2]) or _is_boundary(t[2]) for t in gap[:-1] if t) and \
                        not (gap and _ends_sentence(gap[-1][2])):
                    chosen = (ev, "before")
                break
        # c) an introducing clause ending in a colon, on the same line or closing the previous
        #    paragraph: 'Smith disagreed: "..."', 'The minister said on Friday:' + new paragraph
        if chosen is None:
            pi_intro, end_tok = p_first, tok_index(p_first, o0, after=False)
            if end_tok < 0 and p_first > 0 and not text[paras[p_first][0]:o0].strip():
                pi_intro, end_tok = p_first - 1, len(para_toks[p_first - 1]) - 1
            toks_i = para_toks[pi_intro]
            if end_tok >= 0 and toks_i[end_tok][2].endswith(":") and not _is_boundary(toks_i[end_tok][2]):
                for ev in reversed(para_events[pi_intro]):
                    if ev["cue_tok"] > end_tok:
                        continue
                    gap = toks_i[ev["last_tok"] + 1:end_tok + 1]
                    if len(gap) <= 12 and not any(_ends_sentence(t[2]) or _is_boundary(t[2]) for t in gap):
                        chosen = (ev, "before")
                    break
                if chosen is None:
                    ev = _colon_event(toks_i, end_tok, text)
                    if ev is not None:
                        ev["pos"] += paras[pi_intro][0]
                        ev["para"] = pi_intro
                        para_events[pi_intro].append(ev)
                        para_events[pi_intro].sort(key=lambda e: e["pos"])
                        chosen = (ev, "before")
        q["link"] = chosen

    # does the quote open its sentence (only space/punctuation between the previous sentence end,
    # quote or paragraph start and the opening mark)?
    def opens_sentence(q):
        pi = q["p_first"]
        ps = paras[pi][0]
        toks = para_toks[pi]
        i = tok_index(pi, q["open"], after=False)
        if i < 0:
            return True
        # the token containing the mark itself may be glued: 'tomorrow."This'
        tok_s = ps + toks[i][0]
        before = text[tok_s:q["open"]]
        if i + 1 < len(toks) and ps + toks[i + 1][0] <= q["open"] < ps + toks[i + 1][1]:
            glued = text[ps + toks[i + 1][0]:q["open"]]
            if glued:
                return bool(re.search(r"[.!?]$", glued))
        t = toks[i][2]
        return _ends_sentence(t) or _is_boundary(t) or not before.strip() or t.endswith(":")

    # 4. continued quotes and sentence-level fallback, in document order
    def sentence_window(q):
        pi = q["p_first"]
        ps, pe = paras[pi]
        spans = sentence_spans(text[ps:pe])
        lo, hi = ps, pe
        for s, e in spans:
            if ps + s <= q["open"] < ps + e:
                lo = ps + s
                break
        if q["p_last"] == pi:
            end = q["close"] if q["close"] is not None else pe
            for s, e in spans:
                if ps + s <= end < ps + e + 1:
                    hi = ps + e
                    break
        return lo, hi

    def is_caption(pi):
        """A line without a quotation that does not end a sentence ("Chris Heaton-Harris
        denies he made a U-turn"): a picture caption or a heading, not the narrative that
        introduces the next paragraph's quotation."""
        chunk = text[paras[pi][0]:paras[pi][1]].strip()
        return bool(chunk) and not _LINE_END.search(chunk) and not any(ch in chunk for ch in _QUOTE_CHARS) \
            and len(chunk.split()) <= 30

    by_para = {}
    for qi, q in enumerate(quotes):
        by_para.setdefault(q["p_first"], []).append(qi)
    introduces = {id(q["link"][0]) for q in quotes if q["link"] is not None and q["link"][1] == "before"}
    for qi, q in enumerate(quotes):
        q["opens"] = opens_sentence(q)
        if q["link"] is not None:
            continue
        own = None
        if q["opens"] and q["p_first"] == q["p_last"] and q["close"] is not None:
            # an attribution later in the quote's own sentence ('"Elementary logic" shows it was
            # not in Moscow's interest, presidential spokesman Dmitry Peskov said') beats the
            # speaker of the sentence before
            lo, hi = sentence_window(q)
            own = [ev for ev in para_events[q["p_first"]] if q["close"] < ev["pos"] < hi
                   and id(ev) not in introduces and not ev.get("passive") and not ev.get("fronted")]
        if own:
            q["link"] = (own[0], "sentence")
            continue
        if q["opens"]:
            same = [j for j in by_para.get(q["p_first"], []) if j < qi]
            if same:
                prev = quotes[same[-1]]
                if prev["link"] is not None:
                    q["link"] = (prev["link"][0], "continued")
                    continue
            else:
                # 'Byrd said he was heartened. "But one speech is not enough."'
                earlier = [ev for ev in para_events[q["p_first"]] if ev["pos"] < q["open"]]
                if earlier:
                    q["link"] = (earlier[-1], "continued")
                    continue
                pp = q["p_first"] - 1
                while pp >= 0 and is_caption(pp):
                    pp -= 1   # a caption or heading line between two paragraphs is skipped
                if pp >= 0 and not text[paras[q["p_first"]][0]:q["open"]].strip():
                    prevs = [j for j in range(qi) if quotes[j]["p_last"] == pp]
                    if prevs and quotes[prevs[-1]]["link"] is not None:
                        q["link"] = (quotes[prevs[-1]]["link"][0], "continued")
                        continue
                    evs = para_events[pp]
                    if not prevs and evs:
                        # the previous paragraph's last sentence reports what someone said
                        ps, pe = paras[pp]
                        spans = sentence_spans(text[ps:pe])
                        if spans and evs[-1]["pos"] >= ps + spans[-1][0]:
                            q["link"] = (evs[-1], "continued")
                            continue
        lo, hi = sentence_window(q)
        # a reporting verb after this quote that introduces a quotation of its own ('... the
        # French "pulled the plug", after Anna Loft said the "jury is out"') attributes that one
        cands = [ev for pi in range(q["p_first"], q["p_last"] + 1) for ev in para_events[pi]
                 if lo <= ev["pos"] < hi and not ((id(ev) in introduces or ev.get("fronted"))
                                                  and q["close"] is not None and ev["pos"] > q["close"])]
        if cands:
            mid = q["open"]
            ev = min(cands, key=lambda e: (abs(e["pos"] - mid), e["pos"]))
            q["link"] = (ev, "sentence")

    for q in quotes:
        if q["link"] is None and q.get("next_sentence") is not None:
            q["link"] = (q["next_sentence"], "next_sentence")

    # a pull quote: a line that is nothing but a quotation without a sentence end (a
    # caption, not a paragraph of speech), after narrative that quotes nobody, and before a
    # paragraph opened by a named person's report ('"We can talk to nearby vessels by radio"
    # / Ashley Skett, director of operations, told the BBC that ...'): that person's words,
    # named in the next paragraph. A full quoted sentence in that place is the previous
    # paragraph's person's ("Garry Cogan says the wait has been agonising. / "I'm living in
    # fear." / Dr Sonya Babu-Narayan says ..."), so it is left alone.
    for qi, q in enumerate(quotes):
        pi = q["p_first"]
        if q["link"] is not None or q["p_last"] != pi or q["close"] is None \
                or pi + 1 >= len(paras) or pi == 0:
            continue
        ps, pe = paras[pi]
        if text[ps:q["open"]].strip() or text[q["close"] + 1:pe].strip() \
                or text[:q["close"]].rstrip()[-1:] in (".", "!", "?", ",", ":", ";"):
            continue
        pp = pi - 1
        while pp >= 0 and is_caption(pp):
            pp -= 1
        if pp < 0 or any(ch in text[paras[pp][0]:paras[pp][1]] for ch in _QUOTE_CHARS):
            continue
        nxt = para_events[pi + 1]
        if nxt and nxt[0]["first_tok"] == 0 and nxt[0]["type"] == "named" \
                and nxt[0].get("person") is not False and not nxt[0].get("passive") \
                and not nxt[0].get("plural"):
            q["link"] = (nxt[0], "next_paragraph")

    # 5. resolve speakers in document order over all events (indirect speech included)
    chars = list(text)
    for q in quotes:
        for o, c, pi in q["segments"]:
            for x in range(o + 1, c if c is not None else paras[pi][1]):
                chars[x] = _MASK
    masked = "".join(chars)
    resolver = _Resolver(text, lookup, masked)
    all_events = sorted((ev for evs in para_events for ev in evs), key=lambda e: e["pos"])
    resolved = {}
    # resolving an event reads only the events before it (the resolver's history), and the rows
    # read only the events quotations are linked to: the events after the last of those are
    # never resolved
    pending = {id(q["link"][0]) for q in quotes if q["link"] is not None}
    for ev in all_events:
        if not pending:
            break
        resolved[id(ev)] = resolver.resolve(ev)
        pending.discard(id(ev))

    # round 15: a quotation paragraph with no attribution after a narrative paragraph whose
    # last sentence has a person talk or answer ("Moon was asked about this and agreed ..."),
    # else, after one narrative paragraph that reports nobody, the last speaker
    for qi, q in enumerate(quotes):
        pi = q["p_first"]
        if q["link"] is not None or not q["opens"] or pi == 0 or text[paras[pi][0]:q["open"]].strip() \
                or any(j < qi for j in by_para.get(pi, [])) or (q["close"] is None and q["p_last"] == pi):
            continue    # (a quotation left open at a paragraph end that does not go on: a
            # broken line, whose attribution may stand in the next paragraph)
        pp = pi - 1
        while pp >= 0 and is_caption(pp):
            pp -= 1
        if pp < 0 or any(ch in text[paras[pp][0]:paras[pp][1]] for ch in _QUOTE_CHARS) \
                or not _LINE_END.search(text[paras[pp][0]:paras[pp][1]]):
            continue
        end = q["close"] if q["close"] is not None else paras[q["p_last"]][1]
        a, b = paras[pi][0], paras[q["p_last"]][1]
        rest = list(text[a:b])
        for j in by_para.get(pi, []) + by_para.get(q["p_last"], []):
            for o, c, sp in quotes[j]["segments"]:
                c = paras[sp][1] - 1 if c is None else c    # open to its paragraph's end
                if a <= o and c < b:
                    rest[o - a:c + 1 - a] = " " * (c + 1 - o)
        if "".join(rest).strip(" \t\n.,;:!?-\u2013\u2014"):
            continue    # '"...," Simz demands': the paragraph has words of its own, not a bare quotation
        rec = resolver._paragraph_speaker(paras[pp][0], paras[pp][1], text[q["open"]:end])
        if rec is not None:
            ev = {"cue": rec["cue"], "text": rec["text"]}
            resolved[id(ev)] = rec
            q["link"] = (ev, "paragraph_before")
        elif not para_events[pp]:
            # one narrative paragraph in which nobody reports, between two quotation paragraphs
            # ("Next up for Djokovic is American Sam Querrey."): news names a new speaker, so
            # a quotation left unattributed carries on the last one (AP style: attribute a
            # quotation when the speaker changes), unless it names that speaker
            last = [j for j in range(qi) if quotes[j]["p_last"] == pp - 1 and quotes[j]["link"] is not None]
            if not last:
                continue
            ev = quotes[last[-1]]["link"][0]
            r = resolved.get(id(ev))
            if r is None or not r.get("speaker") or r.get("plural") or r.get("type") == "pronoun" or re.search(
                    r"\b" + re.escape(str(r["speaker"]).split()[-1]) + r"\b", text[q["open"]:end]):
                continue
            if resolver._new_subject_in(paras[pp][0], paras[pp][1], r["speaker"]) \
                    or resolver._interview_question(paras[pp][0], paras[pp][1], text[q["open"]:end]):
                continue    # fixquotes15 (review15 findings 1, 2c): a new person introduced, or an interviewer's question
            q["link"] = (ev, "continued")
        else:
            continue
        for j in by_para.get(pi, []):
            if j > qi and quotes[j]["link"] is None and quotes[j]["opens"]:
                quotes[j]["link"] = (q["link"][0], "continued")

    rows = []
    for q in quotes:
        link = q["link"]
        if link is None and not q["opens"] and not include_terms:
            continue
        segs = []
        for o, c, pi in q["segments"]:
            s = o + 1
            e = c if c is not None else paras[pi][1]
            while s < e and text[s].isspace():
                s += 1
            while e > s and (text[e - 1].isspace() or text[e - 1] == ","):
                e -= 1
            segs.append((s, e))
        s, e = segs[0][0], segs[-1][1]
        quote = " ".join(shown[a:b] for a, b in segs)
        if not quote.strip():
            continue
        if link is None:
            rows.append((doc_id, quote, None, None, None, s, e, None,
                         "none" if q["opens"] else "term", len(quote.split()), None))
            continue
        ev, how = link
        r = resolved[id(ev)]
        speaker = r["speaker"]
        actor = r.get("actor") if r["type"] == "named" else None
        if r["type"] == "pronoun":
            speaker_text = r["text"]
        else:
            speaker_text = ev["text"]
        affiliation = None
        if r["type"] == "unnamed":
            # "a senior US official" -> United States, "White House officials" -> White House
            info = lookup(speaker)
            affiliation = info.get("actor") if info else None
        rows.append((doc_id, quote, speaker, actor, ev["cue"], s, e, speaker_text, how,
                     len(quote.split()), affiliation))
    return rows, odd_total


def extract_quotes(corpus: pd.DataFrame, *, dictionary=None, resolve_actors: bool = True,
                   include_terms: bool = False) -> pd.DataFrame:
    """One row per direct quotation, with its speaker.

    Quotation marks are double marks (straight or curly, and guillemets). A document with no
    double mark at all is read as quoting in single marks (British style): a single mark then
    opens after a space before a letter and closes after a letter or . , ! ? next to
    punctuation, so apostrophes ("the ministers' talks", "don't") are never taken for quotes.

    Parameters
    ----------
    corpus : DataFrame with ``doc_id`` and ``text`` (the clean text; paragraphs separated by a
        blank line). Any DataFrame with these columns works.
    dictionary : optional
        Passed to :func:`analysis.actors.mentions.resolve_actor` to map speakers to canonical actors
        (default: the project's ``data/actors.yml``).
    resolve_actors : bool, default True
        Map named speakers to actors; when False (or when the actors module is not available)
        ``speaker_actor`` is missing.
    include_terms : bool, default False
        Also return quoted words with no attribution that do not open a sentence (scare
        quotes, titles, terms); their ``attribution`` is ``"term"``.

    Returns
    -------
    DataFrame with columns
      doc_id, quote (the words inside the marks; the paragraphs of a multi-paragraph quote are
      joined by a space), speaker (the named speaker, an unnamed source's phrase such as
      ``"a senior US official"``, or missing), speaker_actor (canonical actor of a named
      speaker, else missing), cue (the reporting verb as written, lower case), start, end
      (offsets into ``text``: ``text[start:end] == quote`` for a one-paragraph quote; a trailing
      comma before the closing mark is left out), speaker_text (the subject as written, e.g.
      ``"he"`` or ``"Deputy National Security Advisor Ben Rhodes"``), attribution (how the
      speaker was found: ``after``, ``before``, ``continued``, ``sentence``, or ``none`` for a
      quotation with no attribution, ``term`` with ``include_terms``), n_words,
      speaker_affiliation (for an unnamed source, the state or organization its phrase names,
      via ``resolve_actor``: ``"a senior US official"`` -> ``"United States"``; else missing).

    Examples
    --------
    >>> import pandas as pd
    >>> import analysis
    >>> text = ('Foreign Minister Ana Ruiz said talks would resume.\\n\\n'
    ...         '"We are ready," she told reporters. "The door is open."\\n\\n'
    ...         'The move was "reckless", a senior official said.')
    >>> q = analysis.extract_quotes(pd.DataFrame({"doc_id": ["d1"], "text": [text]}),
    ...                             resolve_actors=False)
    >>> q[["quote", "speaker", "cue", "attribution"]]
                   quote            speaker   cue attribution
    0       We are ready           Ana Ruiz  told       after
    1  The door is open.           Ana Ruiz  told   continued
    2           reckless  a senior official  said       after
    """
    if not {"doc_id", "text"} <= set(corpus.columns):
        raise ValueError("extract_quotes: corpus needs the columns 'doc_id' and 'text' "
                         f"(it has: {', '.join(map(str, corpus.columns))})")
    dup = corpus["doc_id"].astype(str).duplicated()
    if dup.any():
        warnings.warn(f"extract_quotes: duplicate doc_id(s) {sorted(set(corpus['doc_id'][dup].astype(str)))[:5]}; "
                      "their paragraphs are mixed up (quotes may be repeated or missed)", stacklevel=2)
    lookup = _actor_lookup_factory(dictionary, resolve_actors)
    paras = paragraphs(corpus[["doc_id", "text"]])
    spans_by_doc = {}
    for d, s, e in zip(paras["doc_id"].tolist(), paras["start"].tolist(), paras["end"].tolist()):
        spans_by_doc.setdefault(d, []).append((s, e))
    rows, unbalanced = [], Counter()
    if "published" in corpus.columns:
        years = [None if pd.isna(y) else int(y) for y in pd.to_datetime(corpus["published"]).dt.year]
    else:
        years = [None] * len(corpus)
    docs = list(zip(corpus["doc_id"].astype(str), corpus["text"].fillna("").astype(str), years))
    for doc_id, text, year in progress(docs, desc="quotes"):
        lookup.state["year"] = year  # people sharing a surname are told apart by their years
        r, odd = _doc_quotes(doc_id, text, spans_by_doc.get(doc_id, []), lookup, include_terms)
        rows.extend(r)
        if odd:
            unbalanced[doc_id] += odd
    if unbalanced:
        names = ", ".join(list(unbalanced)[:5]) + (" ..." if len(unbalanced) > 5 else "")
        warnings.warn(f"extract_quotes: unbalanced quotation marks in {len(unbalanced)} document(s) "
                      f"({names}); a quote without its closing mark was ended at its paragraph's end, or at "
                      "its first sentence end where narrative follows, or before an attribution "
                      "ending its paragraph (', said X.'); a closing mark without an "
                      "opening one was skipped", stacklevel=2)
    out = pd.DataFrame(rows, columns=_COLUMNS)
    types = {c: "str" for c in _COLUMNS if c not in ("start", "end", "n_words")}
    types.update({"start": "int64", "end": "int64", "n_words": "int64"})
    return out.astype(types)


def quote_scores(predicted: pd.DataFrame, gold: pd.DataFrame) -> dict:
    """Precision and recall of quote extraction and of speaker attribution against a gold set.

    Both frames need ``doc_id``, ``quote`` and ``speaker`` (missing speaker = none expected).
    A predicted quote matches a gold quote in the same document when their texts are equal
    after lower-casing and stripping surrounding punctuation and spaces. Speaker attribution
    counts a match when, in addition, the speakers are equal after the same normalisation.

    Returns
    -------
    dict with quote_precision, quote_recall, quote_f1, speaker_precision, speaker_recall,
    speaker_f1, n_gold, n_predicted.

    Examples
    --------
    >>> g = pd.DataFrame({"doc_id": ["a"], "quote": ["Yes."], "speaker": ["Ann Lee"]})
    >>> quote_scores(g, g)["speaker_recall"]
    1.0
    """
    def norm(x):
        if x is None or (isinstance(x, float) and pd.isna(x)) or x is pd.NA:
            return ""
        return re.sub(r"\s+", " ", str(x)).strip(" ,.;:!?'\"\u201c\u201d").lower()

    def keyset(df, with_speaker):
        keys = Counter()
        for r in df.itertuples(index=False):
            k = (str(r.doc_id), norm(r.quote))
            if with_speaker:
                k = k + (norm(r.speaker),)
            keys[k] += 1
        return keys

    out = {"n_gold": int(len(gold)), "n_predicted": int(len(predicted))}
    for name, ws in (("quote", False), ("speaker", True)):
        p, g = keyset(predicted, ws), keyset(gold, ws)
        tp = sum((p & g).values())
        prec = tp / sum(p.values()) if p else 1.0
        rec = tp / sum(g.values()) if g else 1.0
        out[f"{name}_precision"] = prec
        out[f"{name}_recall"] = rec
        out[f"{name}_f1"] = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return out


#: How a quotation's speaker was found (:func:`speaker_kinds`), in reading order for a legend.
SPEAKER_KINDS = ("named", "pronoun resolved", "role resolved", "unnamed source", "unresolved pronoun",
                 "no speaker")
#: How a voice of :func:`quoted_voices` was identified, in the order of a legend.
VOICE_KINDS = ("in the dictionary or a gazetteer", "named in the text", "unnamed source",
               "unresolved pronoun", "no speaker found")
_SPEAKER_PRONOUNS = {"he", "she", "they", "it", "we", "i", "you", "who", "this", "that"}


def speaker_kinds(quotes: pd.DataFrame) -> pd.Series:
    """How each quotation's speaker was found, from the columns of :func:`extract_quotes`.

    ``named``: a name stands in the attribution ("said Ann Lee", "the BBC said");
    ``pronoun resolved``: "he said", resolved to a speaker named earlier; ``role resolved``:
    "the minister said", resolved to the person named earlier with that role;
    ``unnamed source``: a role noun or a body left unnamed ("a spokesperson", "officials",
    "the company"); ``unresolved pronoun``: "they said" with no one to refer to;
    ``no speaker``: no attribution found.

    Parameters
    ----------
    quotes : DataFrame with ``speaker`` and ``speaker_text`` (from :func:`extract_quotes`).

    Returns
    -------
    Series of str aligned with ``quotes`` (values in :data:`SPEAKER_KINDS`).

    Examples
    --------
    >>> q = pd.DataFrame({"speaker": ["Ann Lee", "Ann Lee", "a spokesman", "they", None],
    ...                   "speaker_text": ["Ann Lee", "she", "a spokesman", "they", None]})
    >>> speaker_kinds(q).tolist()
    ['named', 'pronoun resolved', 'unnamed source', 'unresolved pronoun', 'no speaker']
    """
    speaker = quotes["speaker"].astype("string").str.strip()
    said = quotes["speaker_text"].astype("string").str.strip() if "speaker_text" in quotes \
        else speaker
    low = speaker.str.lower()
    said_low = said.str.lower()
    lower_start = speaker.str[:1].str.islower().fillna(False).astype(bool)
    said_lower = said.str[:1].str.islower().fillna(False).astype(bool)
    kind = pd.Series("named", index=quotes.index, dtype=object)
    kind[said_lower & ~said_low.isin(_SPEAKER_PRONOUNS).fillna(False)] = "role resolved"
    kind[said_low.isin(_SPEAKER_PRONOUNS).fillna(False).astype(bool)] = "pronoun resolved"
    # "Mr Lowe's keyworker on the ward": a role owned by a name is an unnamed source
    owned = speaker.str.contains(r"\w['\u2019]s?\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)*$", regex=True)
    kind[lower_start | owned.fillna(False).astype(bool)] = "unnamed source"
    kind[low.isin(_SPEAKER_PRONOUNS).fillna(False).astype(bool)] = "unresolved pronoun"
    kind[(speaker.isna() | speaker.eq("").fillna(False)).astype(bool)] = "no speaker"
    return kind


def quoted_voices(quotes: pd.DataFrame) -> pd.DataFrame:
    """Whose voices carry the story: quotations and quoted words per speaker.

    A speaker is the resolved actor where there is one, else the speaker as written
    (unnamed sources such as "a senior US official" stay separate voices), else
    "(no speaker found)".

    Parameters
    ----------
    quotes : DataFrame from :func:`extract_quotes` (speaker, speaker_actor, quote, doc_id;
        ``n_words`` is computed when absent).

    Returns
    -------
    DataFrame, one row per voice, most quoted words first: who, quotes, words, documents,
    share_of_quoted_words, kind (how the voice was identified: ``"in the dictionary or a
    gazetteer"`` when linked to an entry, ``"named in the text"`` for a name the rules found
    in no list, ``"unnamed source"`` for a role noun such as "a spokesperson",
    ``"unresolved pronoun"``, ``"no speaker found"``).

    Examples
    --------
    >>> q = pd.DataFrame({"doc_id": ["a", "a", "b"], "quote": ["We will act.", "Soon.", "No comment."],
    ...                   "speaker": ["Jo Lin", "she", "a spokesman"],
    ...                   "speaker_actor": ["Jo Lin", "Jo Lin", None]})
    >>> quoted_voices(q)[["who", "quotes", "words", "share_of_quoted_words"]]
               who  quotes  words  share_of_quoted_words
    0       Jo Lin       2      4                  0.667
    1  a spokesman       1      2                  0.333
    >>> quoted_voices(q)["kind"].tolist()
    ['in the dictionary or a gazetteer', 'unnamed source']
    """
    words = (quotes["n_words"] if "n_words" in quotes
             else quotes["quote"].fillna("").astype(str).str.split().str.len())
    who = (quotes["speaker_actor"].astype("string").fillna(quotes["speaker"].astype("string"))
           .fillna("(no speaker found)"))
    kinds = speaker_kinds(quotes)
    rank = kinds.map({"named": 1, "pronoun resolved": 1, "role resolved": 1, "unnamed source": 2,
                      "unresolved pronoun": 3, "no speaker": 4}).astype(int)
    if "speaker_actor" in quotes:
        rank = rank.where(quotes["speaker_actor"].isna(), 0)
    voices = (quotes.assign(who=who, n_words=words, _rank=rank)
              .groupby("who").agg(quotes=("quote", "size"), words=("n_words", "sum"),
                                  documents=("doc_id", "nunique"), _rank=("_rank", "min"))
              .reset_index().sort_values(["words", "who"], ascending=[False, True]).reset_index(drop=True))
    total = voices["words"].sum()
    voices["share_of_quoted_words"] = (voices["words"] / total if total else voices["words"] * 0.0).round(3)
    voices["kind"] = voices.pop("_rank").map(dict(enumerate(VOICE_KINDS))).astype(object)
    return voices
