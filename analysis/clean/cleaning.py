"""Auditable cleaning: what every line of an article is, and why.

News text copied from web pages carries page furniture: comment-policy blurbs, related-headline
widgets, "Advertisement", share and subscribe prompts, embedded social posts, a standfirst or
teaser repeated further down, bylines, datelines, section headings. This module labels every
line of ``raw_text`` once, with a short human-readable reason, and builds the clean ``text``
from the lines labelled ``body``. :func:`load_corpus` and :func:`cleaning_report` both call
:func:`classify_lines`, so the clean text and the report can never disagree.

The rules are general (line length, position, patterns, repetition, and whether a line talks
about the site rather than the story); none of them names an outlet or a sentence of the
bundled articles.

HTML left in a text field is undone before the rules read a line, and every line says so in its
reason: character references are decoded and escaped tags taken out
(:func:`analysis.corpus.html_entities.normalize_entities`), HTML tags written as text are taken
out with the text they wrap kept, a link its anchor text
(:func:`analysis.corpus.html_entities.strip_html_tags`): "story text [HTML in the line: 4 tags
taken out, the text kept; character references decoded: 'quot;' x2]". A line that is only tags or
mostly markup and script is ``boilerplate`` ("markup or script code ..."). Collective credits
("Staff and agencies", "Agencies", "Wire services": ``lexicons/collective_credits.txt``) in the
header or as the last line are ``byline`` lines that give no author and no outlet.

Labels
------
body
    Story text (blank lines are ``body`` too, as paragraph breaks).
title
    The headline (first short line without a full stop, before the story starts).
heading
    A short title-like line inside the story (section heading) or a deck under the headline.
byline
    "By Jane Doe", an empty "By", a doubled byline, "Reporting by ...; Editing by ..." credits.
dateline
    A line that is only a date ("February 09, 2016", "Updated 3:04 PM EST, Nov 12, 2024"), an
    outlet line in the header ("Reuters"), or a wire sign-off.
boilerplate
    What the site says about itself: comments, subscriptions, sharing, cookies, adverts,
    related-headline widgets, publisher blurbs, photo credits.
duplicate
    A line repeated further down (a standfirst repeated in the body) or a truncated "..." teaser
    of a later line.
embed
    An embedded social-media post (its text, "- Name (@handle) Month D, YYYY", pic.twitter.com).
table
    A row of a table or a list of figures, not a sentence: figures in columns ("BRAZIL   nil
    131,950"), a label with dot leaders ("Bank borrowings......680 vs.......425"), or a label
    and two figures or more with no function word of a sentence ("Shr 12 cts vs 10 cts",
    "Net 1.2 mln vs 900,000"); and a short label-and-figure line between such rows ("12 mths").
    Left out of the clean text unless ``keep_tables=True``. A short item (a headline and
    teaser, a headline alone) keeps its lines ("ten reports 33 million profit"); a longer
    document that is only a table gets an empty clean text (its rows' reasons say so, and
    :func:`analysis.load_corpus` names it in its problems).
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from datetime import datetime
from functools import lru_cache
from typing import NamedTuple

import pandas as pd

from ..corpus.html_entities import entity_counts, normalize_entities, strip_html_tags
from ..lexicons import collective_credit, word_list
from ..text.tokens import word_tokens

LABELS = ("body", "title", "heading", "byline", "dateline", "boilerplate", "duplicate", "embed", "table")
BLANK_REASON = "blank line (paragraph break)"
SEPARATOR_REASON = "separator line (a rule of dashes or stars)"
CODE_REASON = "markup or script code left in the page's text (HTML tags, JavaScript)"
#: Opens the note added to a line's reason when HTML was in it: "story text [HTML in the line: 4 tags
#: taken out, the text kept; character references decoded: 'quot;' x2]".
MARKUP_NOTE = "HTML in the line"
COUNTED_MENU_REASON = "menu of links with item counts ('Albania (3)', 'Algeria (2)', ...: five lines or more)"
_COUNTED_LINK = re.compile(r"[^\W\d_][\w .,'&/-]{0,40}? \(\d{1,6}\)")
COLLECTIVE_CREDIT_REASON = "collective credit (staff, agencies or wires): no author and no outlet"

# ----------------------------------------------------------------------------------------------
# Typography
# ----------------------------------------------------------------------------------------------
_LETTER = r"[^\W\d_]"
# An acute accent (or a modifier letter) after a letter is an apostrophe typed on the wrong key:
# North Korea´s, States´. A backtick counts only between two letters (code uses it otherwise).
_ACUTE_APOSTROPHE = re.compile(rf"(?<={_LETTER})[\u00b4\u02ca\u02b9]|(?<={_LETTER})`(?={_LETTER})")
_BACKTICK_APOSTROPHE = re.compile(rf"(?<={_LETTER})`(?={_LETTER})")
# An em dash or horizontal bar glued to words is a parenthetical dash: give it spaces so it
# does not read as a hyphenated compound ("Xi—who" -> "Xi - who").
_GLUED_EM_DASH = re.compile(r"(?<=\S)[\u2014\u2015](?=\S)")
_TYPO_TABLE = str.maketrans(
    {
        # single quotes and apostrophes
        "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
        "\u02bc": "'", "\u02bb": "'", "\u2039": "'", "\u203a": "'",
        # double quotes
        "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
        "\u00ab": '"', "\u00bb": '"', "\u301d": '"', "\u301e": '"',
        # hyphens, dashes, minus
        "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-",
        "\u2015": "-", "\u2212": "-", "\ufe58": "-", "\ufe63": "-",
        # spaces NFKC leaves alone, and invisible characters
        "\u00a0": " ", "\u2007": " ", "\u202f": " ", "\u3000": " ",
        "\u200b": None, "\u200c": None, "\u200d": None, "\u2060": None, "\ufeff": None,
        "\u00ad": None,
    }
)


def normalize_typography(text: str) -> str:
    """Unify typographic variants so the same word is always spelled the same way.

    Applies Unicode NFKC (ligatures, full-width forms, "..." for the ellipsis character),
    turns curly quotes and guillemets into straight ASCII quotes (``'`` and ``"``), an acute
    accent or backtick used as an apostrophe (``Korea´s``) into ``'``, en and em dashes and
    the minus sign into ``-`` (an em dash glued to words gets spaces around it), non-breaking
    spaces into plain spaces, and removes zero-width characters and soft hyphens. Line breaks
    are left as they are.

    Parameters
    ----------
    text : str
        Any text.

    Returns
    -------
    str
        The normalized text.

    Examples
    --------
    >>> normalize_typography("North Korea´s \u201cdangerous\u201d move \u2013 Xi\u2019s reply\u2026")
    'North Korea\\'s "dangerous" move - Xi\\'s reply...'
    """
    if not text:
        return text
    if text.isascii():
        return _BACKTICK_APOSTROPHE.sub("'", text) if "`" in text else text
    text = _ACUTE_APOSTROPHE.sub("'", text)
    text = _GLUED_EM_DASH.sub(" - ", text)
    if not unicodedata.is_normalized("NFKC", text):
        text = unicodedata.normalize("NFKC", text)
    return text.translate(_TYPO_TABLE)


# ----------------------------------------------------------------------------------------------
# Line patterns (all compiled once; matched against the typography-normalized, stripped line)
# ----------------------------------------------------------------------------------------------
_DIGIT = re.compile(r"\d")
_DIGIT_TOKEN = re.compile(r"\S*\d\S*")
_ENDS_SENTENCE = re.compile(r"""[.!?]["')\]]*$""")
_ENDS_PUNCT = re.compile(r"""[.!?,;:]["')\]]*$""")
# A final full stop that belongs to an abbreviation ("... Trade Deal With U.S.", "Acme Corp.")
# does not make a headline a sentence.
_ABBREV_END = re.compile(r"""(?:\b(?:[A-Za-z]\.){2,}|\b(?:Inc|Corp|Co|Ltd|Plc|Jr|Sr|Bros|St|Mt)\.)["')\]]*$""")
_WORD = re.compile(r"[^\W_][\w'.&-]*")
_STOPWORDS_END = frozenset(
    "a an the of in on at to for from by with and or but as that which who its their his her "
    "than into over under about after before between during".split()
)
_MINOR_WORDS = frozenset(
    "a an the of in on at to for from by with and or but as vs via nor per up off out over under "
    "into onto upon than is are was be".split()
)
_REPORTING_VERB = re.compile(
    r"\b(?:said|says|say|told|tells|added|adds|noted|asked|according to|wrote|writes|"
    r"stated|explained|argued|warned)\b", re.I
)

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_MONTH_NUM = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}
_DATE_CORE = re.compile(
    rf"\b(?:(?P<mon>{_MONTH})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d\d)"
    rf"|(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon2>{_MONTH})\.?,?\s+(?P<year2>(?:19|20)\d\d)"
    r"|(?P<iy>(?:19|20)\d\d)-(?P<im>[01]?\d)-(?P<id>[0-3]?\d)"
    r"|(?P<n1>[0-3]?\d)[/.](?P<n2>[0-3]?\d)[/.](?P<ny>(?:19|20)\d\d))\b",
    re.I,
)
# Words that may surround a date on a date line ("Published", "Updated on Tue", "10:32 AM ET").
_DATE_FILLER = re.compile(
    r"\b(?:published|updated|posted|last|first|modified|on|at|date|time|am|pm|a\.m\.|p\.m\.|"
    r"mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:rs?|rsday)?|fri(?:day)?|sat(?:urday)?|"
    r"sun(?:day)?|[A-Z]{1,4}T|UTC|GMT|IST|CET|CEST|BST|KST|JST|HKT|SGT|AEST|AEDT|ET|PT|CT|MT|"
    r"\d{1,2}[:.]\d\d(?::\d\d)?)\b",
    re.I,
)
_WIRES = (
    r"Reuters|Reuter|AP|Associated Press|AFP|Agence France[- ]Presse|Bloomberg|PTI|"
    r"Press Trust of India|Xinhua|Yonhap|dpa|DPA|UPI|United Press International|PA|PA Media|"
    r"IANS|ANI|Kyodo|TASS|EFE|ANSA|Anadolu|Bernama|Jiji Press|CNA|Interfax|RIA Novosti"
)
_WIRE_LINE = re.compile(rf"^[-(]*\s*(?P<wire>{_WIRES})(?: (?:News|Staff|Wire|News Agency))?\s*\)?$")
# the same line written in capitals or in lower case ("REUTER" and "reuter" sign off some wire
# stories as " Reuter" signs off others); the outlet is then given in the spelling of _WIRES, so
# every form names one outlet
_WIRE_LINE_CAPS = re.compile(
    rf"^[-(]*\s*(?P<wire>{_WIRES})(?: (?:News|Staff|Wire|News Agency))?\s*\)?$", re.IGNORECASE)
_WIRE_SPELLING = {w.upper(): w for w in _WIRES.split("|") if "[" not in w}


def _wire_line(s: str) -> str | None:
    """The wire a line consisting of only its name names ("Reuters", "(AP)", "REUTER", "reuter"), or None."""
    m = _WIRE_LINE.match(s)
    if m:
        return m.group("wire")
    m = _WIRE_LINE_CAPS.match(s) if s.isupper() or s.islower() else None
    return _WIRE_SPELLING.get(m.group("wire").upper(), m.group("wire").title()) if m else None
# ("SEOUL (Reuters) -", or with the day it was filed: "MANILA, Nov. 24 (Xinhua) --")
_INLINE_DATELINE = re.compile(
    rf"^[A-Z][A-Za-z .,'/-]{{1,40}}?(?:,? \d{{1,2}}(?:, \d{{4}})?)?\s*"
    rf"\((?P<wire>{_WIRES})(?: News)?\)\s*[-:\u2013\u2014]"
)
# a wire credited with no place: "AP - The Senate ...", "Reuters - Shares of ..." (AG News)
_WIRE_LEAD = re.compile(rf"^\(?(?P<wire>{_WIRES})\)?\s+[-\u2013\u2014]\s")


def _place_words():
    """Lower-case names of places a dateline gives (countries and their short forms, the
    sub-national regions of regions.csv, the one-word cities of cities.txt), the AP state
    abbreviations written after a city, and the last words of outlet names (News, Press, Times,
    Examiner ...: org_heads.txt, org_heads_institutions.txt, outlet_name_ends.txt, the outlet data)."""
    global _PLACE_WORDS
    if _PLACE_WORDS is None:
        from .. import lexicons as lx

        places = {e["name"].lower() for e in lx.countries()} | {a.lower() for e in lx.countries() for a in e["aliases"]}
        places |= {r["name"].lower() for r in lx._rows("regions.csv")} | set(word_list("cities.txt"))
        states = {w.rstrip(".").lower() for w in word_list("us_state_abbreviations.txt")}
        postal = frozenset(w.upper() for w in word_list("us_postal_codes.txt"))
        heads = set(word_list("org_heads.txt")) | set(word_list("org_heads_institutions.txt")) \
            | set(word_list("outlet_name_ends.txt")) | {k.split()[-1] for k in lx.outlet_names()}
        _PLACE_WORDS = (frozenset(places), frozenset(states), frozenset(heads), postal)
    return _PLACE_WORDS


_PLACE_WORDS = None


def _place_line(s: str) -> bool:
    """Is a short header line a place rather than an outlet? A known place ("Rome", "Ohio"), a
    city before its state or country ("Van Nuys, Calif.", "Leeds, England", or with a US postal
    code in capitals, lexicons/us_postal_codes.txt: "Bluefield, WV"), or a line in capitals
    (a dateline's place is written so: "SAN JOSE") that is no known outlet and ends in no word
    that ends outlet names ("THE ASSOCIATED PRESS", "DAILY NEWS" are outlets; a capitalised
    acronym of up to five letters, "AP", "IANS", may be one)."""
    from ..lexicons import outlet_name

    bare = " ".join(s.strip(" .,:;|-–—()").split())
    if not bare or outlet_name(bare):
        return False
    places, states, heads, postal = _place_words()
    low = bare.lower()
    if low in places:
        return True
    head, _, tail = low.rpartition(",")
    if head and (tail.strip().rstrip(".") in states or tail.strip() in places
                 or bare.rpartition(",")[2].strip() in postal):
        return True
    words = re.findall(r"[^\W\d_]+", bare)
    if bare.isupper() and words and not (len(words) == 1 and len(words[0]) <= 5) \
            and words[-1].lower() not in heads:
        return True
    return False


def dateline_credits(text: str) -> list:
    """Character spans of the wire credited in inline datelines at the start of a line
    ("WASHINGTON (Reuters) - ...", "SEOUL (AP) -", or with no place, "AP - ..."): the story's source, which cleaning records
    as the outlet, not a mention of the agency (read by :func:`analysis.actors.actor_mentions`).

    Examples
    --------
    >>> t = "WASHINGTON (Reuters) - Reuters said it would grow."
    >>> [t[a:b] for a, b in dateline_credits(t)]
    ['Reuters']
    """
    out = []
    for line in re.finditer(r"(?m)^\(?[A-Z][^\n]{0,42}?[(\u2013\u2014-]", text):   # a cheap guard first
        head = text[line.start():line.start() + 120]
        m = _INLINE_DATELINE.match(head) or _WIRE_LEAD.match(head)
        if m:
            out.append((line.start() + m.start("wire"), line.start() + m.end("wire")))
    return out


_BYLINE = re.compile(r"^(?:by|written by|words by|story by)\b\s*:?\s*(?P<name>.*)$", re.I)
_CREDIT = re.compile(
    r"^\(?\s*(?:additional )?(?:reporting|writing|editing|compiled|edited|produced|"
    r"research|translated|photos?|graphics?) by\b", re.I,
)
#: lower-case words a byline's names may hold: the name particles (lexicons/name_particles.txt,
#: shared with actors and quotes) and the "and" / "&" of a list of names
_NAME_PARTICLES = frozenset(word_list("name_particles.txt")) | {"and", "&"}

_AD = re.compile(
    r"^(?:(?:skip )?advertisements?|advertising|sponsored(?: content| links?| by)?|ad|ads|"
    r"paid (?:content|post|for by)|supported by|presented by|in partnership with|"
    r"promoted(?: content| stories)?|story continues below(?: advertisement)?|"
    r"continue reading(?: below| the main story)?|scroll (?:down )?to continue.*|"
    r"article continues below.*|this topic continues below.*)\W*$",
    re.I,
)
_COMMENTS = re.compile(
    r"leave a (?:reply|comment)|email address will not be published|required fields are marked|"
    r"post a comment|add (?:a|your) comment|join the (?:conversation|discussion|debate)|"
    r"comments? (?:are|is) (?:closed|moderated|disabled)|report this (?:comment|post)|"
    r"cancel reply|(?:show|view|load|hide) (?:all )?comments|^\d+ comments?$|comments & moderation|"
    r"comments and moderation|comment(?:ing)? policy|"
    r"be the first to comment|(?:log|sign) ?in to (?:comment|reply)|"
    r"personally liable for the content|moderat\w* (?:is|are) undertaken|post[- ]moderat",
    re.I,
)
# A reader comment's signature: "Posted by Geoff on January 10, 2008 11:16 AM", "Posted by: tax
# payer, Bolton on 11:21pm Tue 1 Jan 08", "Submitted by jo at 10:02" (who posted, and when)
_COMMENT_SIGNATURE = re.compile(r"^\W{0,3}(?:posted|submitted|added|sent|comment(?:ed)?)\s+by\b", re.I)
_SIGNATURE_WHEN = re.compile(
    r"\d{1,2}[:.]\d{2}|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|"
    r"\d\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\d{1,2}/\d{1,2}/\d{2,4}|\d{4}-\d\d-\d\d|\bago\b",
    re.I)
_REPUBLISHED = re.compile(
    r"^(?:a version of this (?:article|story)|this (?:article|story|piece) (?:was |is |first )?"
    r"(?:originally |first )?(?:published|appeared|republished)|originally published|"
    r"republished (?:with|from|under)|(?:tags?|topics?|filed under|categories|category|keywords)\s*:)",
    re.I,
)
# a tag list's label line, alone ("Tags:", "Tags", "Tagged as:", "Related topics:", "Filed under:")
_TAG_LABEL = re.compile(r"^(?:related\s+)?(?:tags?|tagged(?:\s+(?:as|with|in))?|topics|keywords|filed under)\s*:?$",
                        re.I)
_SENTENCE_PUNCT_END = re.compile(r"[.!?:;\"\u201d]\s*$")
_CONTRIBUTED = re.compile(r"contributed(?: reporting)? to this (?:report|story|article)", re.I)
_REPORTING_FROM = re.compile(r"^(?:reporting|writing|reported) from\b", re.I)
# Comment-policy phrases that news also uses ("the post broke Facebook's community standards"):
# furniture only when the line is about comments, speaks to the reader, or is a bare link.
_COMMENT_POLICY_WEAK = re.compile(r"community (?:guidelines|standards)|house rules|read the rules", re.I)
_COMMENT_WORD = re.compile(r"\bcomment(?:s|ing|ers?)?\b", re.I)
_COMMENT_POLICY = re.compile(
    r"subscri|moderat|liable|trolls?\b|below the line|\bpolicy\b|\brules\b|guidelines|abuse|off-topic", re.I
)
_PROMPT = re.compile(
    r"\bsubscribe\b|\bsign up\b|\bnewsletters?\b|\bget our\b|download (?:our|the) app|follow us\b|"
    r"like us on|enable notifications|get (?:breaking news )?alerts|support (?:our|independent|quality) "
    r"journalism|\bdonate\b|become a (?:member|subscriber|supporter)|unlock (?:this|unlimited)|"
    r"already a subscriber|free trial|\bsubscribers?\b.*\b(?:only|exclusive)\b|share this (?:article|story|page)|"
    r"share on (?:facebook|twitter|x|whatsapp|linkedin)|click here|tap here|"
    r"\bapp store\b|google play",
    re.I,
)
# A prompt speaks to the reader: an imperative at the start of the line ("Sign up for ...",
# "Click here", "Subscribe now") or you/your/our/us. "9 Democrats Sign Up To Help ..." and
# "council to donate funds ..." are news. These phrases are prompts wherever they stand:
_PROMPT_ALWAYS = re.compile(
    r"already a subscriber|\bsubscribers?\b.*\b(?:only|exclusive)\b|share this (?:article|story|page)|"
    r"share on (?:facebook|twitter|x|whatsapp|linkedin)|click here|tap here|download (?:our|the) app",
    re.I,
)
_IMPERATIVE = re.compile(
    r"^(?:please\s+)?(?:subscribe|sign up|sign in|log in|register|download|follow|like|share|click|tap|"
    r"get|join|support|donate|become|unlock|enable|try|start|read|listen|watch|don'?t miss|never miss)\b",
    re.I,
)
_SHARE_BUTTONS = re.compile(
    r"^(?:(?:share|tweet|email|e-mail|print|whatsapp|facebook|twitter|x|linkedin|reddit|telegram|"
    r"pinterest|copy link|copy|link|save|bookmark|comments?|gift this article|listen|share this|"
    r"share (?:this )?(?:article|story|page)|reuse this content|"
    r"\d+)\s*[|/,:·•]?\s*)+$",
    re.I,
)
_LEGAL = re.compile(
    r"\bcookies?\b|privacy (?:policy|notice|settings)|terms (?:of|and) (?:use|service|conditions)|"
    r"all rights reserved|©|\(c\) (?:19|20)\d\d|copyright (?:©\s*)?(?:19|20)\d\d|"
    r"may not be (?:published|broadcast|rewritten|redistributed)",
    re.I,
)
_PHOTO = re.compile(
    r"^(?:photo|image|picture|file photo|video|graphic|illustration|credit|caption)s?"
    r"(?: credit)?\s*[:|]|^\((?:photo|image|picture)s?\b.*\)$|"
    r"(?:^|[/(|:\u00a9]\s*|\bvia\s+|\bcopyright\s+|\bcredit\s+)(?:getty images|getty|shutterstock)\b|"
    r"\b(?:getty images|shutterstock)(?:/[\w .-]+| for [\w .-]{1,40})?\W*$|"
    r"\bap photo\b|\bafp photo\b|/ ?(?:reuters|afp|ap)$",
    re.I,
)
_PHOTO_TAIL = re.compile(r"\((?:[A-Z]+ )?(?:photo|image|picture)s?\b[^)]*\)\s*$", re.I)
_END_MARK = re.compile(r"^(?:-?30-|#{3,}|\(?ends?\)?|\(?end of story\)?)$", re.I)
_SEPARATOR = re.compile(r"^(?:[-_=*~.•·+]\s*){3,}$")
_TIMESTAMP_LABEL = re.compile(r"^(?:last )?(?:updated|modified|published)\s*:?$", re.I)
_ABOUT = re.compile(r"^(?:about (?:the author|us|this (?:site|website|newsletter))|editor'?s note)\s*:?", re.I)
_PUBLISHER_BLURB = re.compile(
    r"^(?P<name>(?:[A-Z0-9][\w.&'-]*\s?){1,6}?)\s+(?:publishes (?:\w+ ){0,2}?(?:news|stories|"
    r"articles|reporting|analysis|journalism)\b|is an? (?:\w+ ){0,3}?(?:news|media) (?:website|site|"
    r"outlet|organi[sz]ation|publication|publisher|agency|service|magazine|platform)\b|"
    r"provides (?:news|coverage|analysis) (?:of|on|about|from))",
)
_WIDGET_HEAD = re.compile(
    r"^(?:more (?:from|on|in|about|topics|stories|news|to read|like this)\b|related\b|"
    r"read (?:more|also|next)\b|also read\b|see also\b|you (?:may|might) (?:also )?(?:like|be interested)|"
    r"recommended\b|most (?:read|popular|viewed|shared)\b|trending\b|top stories\b|latest (?:news|stories)\b|"
    r"what to read next|don'?t miss\b|editor'?s picks?\b|popular (?:now|stories)\b|in other news\b|"
    r"further reading\b|more headlines\b|explore more\b|watch\s*:|listen\s*:|recommended for you)",
    re.I,
)
_SEGMENT_END = re.compile(r"[:|]|\.(?=\s|[A-Z]|$)")
_SITE_WORDS = re.compile(
    r"\b(?:readers?|readership|site|website|websites|comments?|commenting|subscri\w*|journalis\w*|"
    r"stories|debate|audience|conversation|community|newsletter|trolls?|moderat\w*|"
    r"[a-z0-9-]+\.(?:com|co\.uk|org|net|press|news|info))\b",
    re.I,
)
_DOMAIN = re.compile(r"[a-z0-9-]\.(?:com|co\.uk|org|net|press|news|info)\b", re.I)
_SITE_STRONG = re.compile(r"\b(?:readers?|readership|site|website|subscri\w*|below the line|trolls?)\b", re.I)
_FIRST_PLURAL = re.compile(r"\b(?:[Ww][Ee]|[Oo]ur|OUR|us|[Yy]ou|YOU|[Yy]our|YOUR)\b")
# Embedded social posts.
_EMBED_ATTRIB = re.compile(
    rf"^[-~]\s*.{{1,80}}\(@\w{{1,30}}\)\s*(?:{_MONTH}\.?\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{_MONTH}\.?\s+\d{{4}})?\s*$",
    re.I,
)
_EMBED_LINK = re.compile(
    r"pic\.twitter\.com/|\bt\.co/\w|twitter\.com/\w+/status|x\.com/\w+/status|instagram\.com/p/|"
    r"a post shared by|view this post on instagram|tiktok\.com/@|facebook\.com/\w+/posts",
    re.I,
)
_SOCIAL_MARKS = re.compile(r"(?:^|\s)[@#]\w|https?://|\b(?:i|i'm|i've|we|we've|we're|my|our)\b", re.I)


def _n_words(s: str) -> int:
    return s.count(" ") + 1 if s else 0


def _title_case_ratio(s: str) -> float:
    words = [w for w in _WORD.findall(s) if w.lower() not in _MINOR_WORDS]
    if not words:
        return 0.0
    return sum(1 for w in words if w[0].isupper() or w[0].isdigit()) / len(words)


def _is_name(s: str) -> bool:
    """A personal name or a list of names: capitalised words, particles, 'and', commas."""
    s = s.strip(" ,;|-")
    if not s or len(s) > 70 or s[-1] in ".!?" and not re.search(r"\b[A-Z]\.$", s):
        return False
    words = re.split(r"[\s,]+", s)
    if len(words) > 9:
        return False
    caps = 0
    for w in words:
        if not w:
            continue
        if w.lower() in _NAME_PARTICLES:
            continue
        if not (w[0].isupper() or w[0] in "'\""):
            return False
        caps += 1
    return caps >= 1


def _byline_name(s: str) -> str | None:
    """The name in a byline, '' for an empty 'By', None when ``s`` is no byline."""
    if len(s) > 90:
        return None
    m = _BYLINE.match(s)
    if not m:
        return None
    name = m.group("name").strip()
    if not name:
        return ""
    # "By Jane Doe | Reuters", "By Jane Doe, Reuters", "By Jane Doe in Seoul"
    head = re.split(r"\s+[|/]\s+|\s+-\s+|,\s*(?=" + _WIRES + r")|\s+in\s+(?=[A-Z])", name)[0]
    return head.strip() if _is_name(head) else None


def _date_of(s: str) -> tuple[datetime | None, bool]:
    """(date, is_date_line): the date printed in ``s``; is_date_line when ``s`` is little else."""
    if len(s) > 90:
        return None, False
    m = _DATE_CORE.search(s) if _DIGIT.search(s) else None
    if not m:
        return None, False
    rest = s[: m.start()] + " " + s[m.end():]
    rest = _DATE_FILLER.sub(" ", rest)
    leftover = re.findall(r"[^\W\d_]{2,}", rest)
    # "Posted on March 3, 2024 by admin": a date line may name who posted it
    is_line = len(leftover) == 0 or (
        _POSTED_BY.search(s) is not None and len(leftover) <= 4 and leftover[0].lower() == "by")
    return _parse_date_match(m), is_line


_POSTED_BY = re.compile(r"^(?:posted|published|updated|written)\b.*\bby\s+\S+(?:\s+\S+){0,2}$", re.I)
_RELATIVE_TIME = re.compile(
    r"^(?:(?:published|updated|posted)\s*:?\s*)?(?:\d{1,2}|an?|one|two|few) (?:seconds?|minutes?|mins?|hours?|hrs?|days?|"
    r"weeks?) ago$|^(?:published|updated|posted)?\s*:?\s*(?:yesterday|today|just now)$",
    re.I,
)
_DAY_MONTH = re.compile(rf"^(?:\d{{1,2}}(?:st|nd|rd|th)? {_MONTH}\.?|{_MONTH}\.? \d{{1,2}}(?:st|nd|rd|th)?)$", re.I)


def _date_line_without_year(s: str) -> bool:
    """'2 hours ago', 'Yesterday', '15 March': a page timestamp that is not a full date."""
    return _RELATIVE_TIME.match(s) is not None or _DAY_MONTH.match(s) is not None


def _parse_date_match(m: re.Match) -> datetime | None:
    g = m.groupdict()
    try:
        if g["mon"]:
            return datetime(int(g["year"]), _MONTH_NUM[g["mon"][:3].lower()], int(g["day"]))
        if g["mon2"]:
            return datetime(int(g["year2"]), _MONTH_NUM[g["mon2"][:3].lower()], int(g["day2"]))
        if g["iy"]:
            return datetime(int(g["iy"]), int(g["im"]), int(g["id"]))
        # numeric d/m/y or m/d/y: only when unambiguous, else dateparser's default (month first)
        a, b, y = int(g["n1"]), int(g["n2"]), int(g["ny"])
        if a > 12:
            return datetime(y, b, a)
        return datetime(y, a, b)
    except ValueError:  # 31 February and the like
        return None


# ----------------------------------------------------------------------------------------------
# Classification
# ----------------------------------------------------------------------------------------------
class Classified(NamedTuple):
    """Result of classifying one document's lines (see :func:`classify_document`)."""

    lines: list[str]          # raw lines, as str.splitlines() gives them
    labels: list[str]
    reasons: list[str]
    text: str                 # clean body text
    title: str | None
    author: str | None
    outlet: str | None
    published: datetime | None
    date_text: str | None     # the printed date that ``published`` was read from


# Words (lower case, punctuation stripped) that some furniture rule needs. A line sharing
# none of them skips the slower case-insensitive regexes entirely.
_KEYWORDS_LONG = frozenset(
    "version originally republished tags tag topics filed categories category keywords "
    "comment comments commenting commenters reply replies email moderation moderated moderator "
    "moderators subscribe subscribed subscriber subscribers subscription subscriptions subscribing "
    "newsletter newsletters sign signup share sharing rights reserved copyright photo photos "
    "photograph getty publishes about editor editors donate donation journalism website "
    "publication publisher magazine newspaper outlet".split()
)
_KEYWORDS = _KEYWORDS_LONG | frozenset(
    "required join house rules liable community app follow like notifications notification alerts "
    "alert become member membership unlock trial click tap google cookie cookies privacy terms "
    "image images picture pictures video videos graphic graphics illustration credit credits "
    "caption shutterstock provides".split()
)
_SITE_TOKENS = frozenset(
    "reader readers readership site website websites comment comments commenting subscriber "
    "subscribers subscribe subscription subscriptions journalist journalists journalism stories "
    "debate audience conversation community newsletter troll trolls moderation moderated "
    "moderators moderate".split()
)


def _words(low: str) -> list[str]:
    # the shared tokeniser, split at every non-word character (an apostrophe too)
    return word_tokens(low, joiners="")


_COOKIE_CONTEXT = re.compile(r"\b(?:use|uses|accept|policy|settings|consent|browser|site|website|"
                             r"experience|preferences)\b", re.I)


# "Follow BBC East Midlands on Facebook, on Twitter, or on Instagram", "Find BBC News: East of
# England on Facebook, Instagram and Twitter", "Why not follow ... on Facebook, Twitter and
# Instagram?": the outlet asking the reader to follow it. Kept as body, these lines made
# Meta - Twitter - BBC the strongest tie of MasakhaNEWS's actor network (184 sentences).
_PLATFORMS = r"(?:facebook|twitter|instagram|tiktok|youtube|linkedin|snapchat|threads|whatsapp)"
_FOLLOW_START = re.compile(r"^(?:why not |you can (?:also )?|please |do )?(?:follow|find|like|join|connect with)\s",
                           re.I)
_PLATFORM = re.compile(r"\b" + _PLATFORMS + r"\b", re.I)
_ON_PLATFORM = re.compile(r"\bon " + _PLATFORMS + r"\b", re.I)


def _follow_prompt(s: str, nw: int) -> bool:
    """A line asking the reader to follow the outlet on social media: it starts with the
    imperative and names two platforms or more, or one while speaking to the reader ("follow us
    on Twitter"). "Like many others on Facebook, she posted ..." names one platform and is news."""
    if nw > 40 or not _FOLLOW_START.match(s) or not _ON_PLATFORM.search(s):
        return False
    platforms = {m.lower() for m in _PLATFORM.findall(s)}
    return len(platforms) >= 2 or (len(platforms) == 1 and _FIRST_PLURAL.search(s) is not None
                                   and not _REPORTING_VERB.search(s))


# Markup or script that an HTML page's extraction left as text: tags with their attributes
# ('<img src="..." border="0" />'), and script statements ('document.write(...)', 'var w =
# window.open(...);'). Only a line that is mostly code: prose with an inline tag or two
# ("<b>WASHINGTON</b> - The president said ...") is a sentence.
_CODE_TAG = re.compile(r"<\s*/?\s*(?:a|img|div|span|p|br|b|i|script|noscript|iframe|table|tr|td|font|object|"
                       r"embed|param|style|link|meta|input|form|ul|li|center)\b[^<>]*?/?\s*\\?>", re.I)
_CODE_SCRIPT = re.compile(r"\b(?:document\.(?:write|getElementById|cookie)|window\.(?:open|location)|"
                          r"function\s*\(|var\s+\w+\s*=|on(?:click|load|mouseover)\s*=|\w+\.(?:innerHTML|src|href)\s*=)", re.I)

_CODE_TAG_NAME = re.compile(r"<\s*/?\s*([a-z]+)", re.I)
_INLINE_TAGS = frozenset({"a", "b", "i", "span", "font", "p", "center", "nobr", "em", "strong", "u"})


def _code_line(s: str) -> bool:
    """A line that is markup or script code, not text (see ``_CODE_TAG`` and ``_CODE_SCRIPT``)."""
    if "<" not in s and "(" not in s and "=" not in s:
        return False
    if _CODE_SCRIPT.search(s) and (s.rstrip().endswith((";", "{", "}", ");", "')")) or s.count("=") >= 2):
        return True
    tags = sum(len(m.group()) for m in _CODE_TAG.finditer(s))
    if not tags or tags < 0.5 * len(s.replace(" ", "")):
        return False
    # mostly tags, and at most three words of text with an embedding tag ("<a ...><img ...></a>
    # News"), none with only inline ones; a sentence or headline wrapped in link or type markup
    # ('<a href="...">Obama wins election</a>', '<b>WASHINGTON</b> <i>AP</i>', a wire story with
    # '<A HREF="...">MSFT.O</A>' after each company) is text
    words = len(re.findall(r"[^\W\d_]{2,}", _CODE_TAG.sub(" ", s)))
    embeds = any(m.group(1).lower() not in _INLINE_TAGS for m in _CODE_TAG_NAME.finditer(s))
    return words <= (3 if embeds else 0)


def _boilerplate_reason(s: str, nw: int, pos: float) -> str | None:
    """Reason when a line is unmistakably about the site, not the story (else None)."""
    if _code_line(s):
        return CODE_REASON
    if _follow_prompt(s, nw):
        return "share/subscribe prompt"
    if nw <= 60 and _withdrawn_hint().search(s) and _withdrawn_out(s)[1] and not _withdrawn_out(s)[0]:
        return WITHDRAWN_REASON
    if nw <= 8 and _AD.match(s):
        return "advertisement marker"
    if nw <= 3:
        if _END_MARK.match(s):
            return "end-of-story marker"
        if _SEPARATOR.match(s):
            return SEPARATOR_REASON
        if _TIMESTAMP_LABEL.match(s):
            return "page timestamp label"
    if nw <= 12 and _SHARE_BUTTONS.match(s) and re.search(r"[^\W\d]", s):
        return "share buttons"
    low = s.lower()
    if nw > 40:  # long paragraphs: only the comment-policy rules apply
        if "comment" not in low and "moderat" not in low:
            return None
    elif (_KEYWORDS if nw <= 15 else _KEYWORDS_LONG).isdisjoint(_words(low)) and "/" not in s \
            and "\u00a9" not in s:
        return None
    speaks_to_reader = _FIRST_PLURAL.search(s) is not None and not _REPORTING_VERB.search(s)
    if "comment" in low or "reply" in low or "email" in low or "required" in low or \
            "moderat" in low or "rules" in low or "liable" in low or "community" in low or "join" in low:
        if _COMMENTS.search(s):
            return "comment section"
        if _COMMENT_POLICY_WEAK.search(s) and (nw <= 4 or speaks_to_reader or _COMMENT_WORD.search(s)):
            return "comment section (community rules)"
        if _COMMENT_WORD.search(s) and _COMMENT_POLICY.search(s) and (pos > 0.5 or nw <= 15) \
                and (speaks_to_reader or _SITE_STRONG.search(s)):
            return "site talks about itself: comments/subscribers"
    if nw <= 30 and (nw <= 12 or speaks_to_reader) and not _REPORTING_VERB.search(s) \
            and _PROMPT.search(s) and (speaks_to_reader or _IMPERATIVE.match(s) or _PROMPT_ALWAYS.search(s)
                                       or nw <= 2):
        return "share/subscribe prompt"
    if (nw <= 15 or "rights reserved" in low or "may not be" in low or "\u00a9" in s) and nw <= 40 \
            and _LEGAL.search(s) and ("cookie" not in low or _COOKIE_CONTEXT.search(s)):
        return "legal or cookie notice"
    if (nw <= 25 or _PHOTO_TAIL.search(s)) and _PHOTO.search(s):
        return "photo or image credit"
    if nw <= 60 and _REPUBLISHED.match(s):
        return "republication note or tag list"
    if nw <= 40 and low.startswith(("about", "editor")) and _ABOUT.match(s):
        return "about-the-site/author note"
    if pos > 0.5 and nw <= 40 and _PUBLISHER_BLURB.match(s):
        return "publisher blurb (the outlet describing itself)"
    return None


def _site_talk(s: str) -> bool:
    """A weaker sign: the line speaks to readers about the site (not a quoted source)."""
    if _SITE_TOKENS.isdisjoint(_words(s.lower())) and not _DOMAIN.search(s):
        return False
    if '"' in s or (_REPORTING_VERB.search(s) and not _FIRST_PLURAL.search(s.split(" ", 1)[0])):
        return False  # quoted speech, or a source reported in the third person
    n_site = len(_SITE_WORDS.findall(s))
    return n_site >= 2 or (n_site >= 1 and _FIRST_PLURAL.search(s) is not None)


def _numeric_heavy(s: str) -> bool:
    """A row of a table or a list of figures ("Shr 12 cts vs 10 cts", "Maize 48.0 (nil)")."""
    if not _DIGIT.search(s):
        return False
    k = len(_DIGIT_TOKEN.findall(s))
    return k >= 2 or (k >= 1 and s.count(" ") <= 3 and "(" in s)


# Rows of tables and lists of figures. A figure cell: a number as tables print it ("131,950",
# "1.24", "28-3/4", "(4,104)", "12%", "$5", British style "38p", "\u00a35m", "1.2bn"), an
# empty-cell mark or a spelled-out number word (lexicons/table_cells.txt).
_TABLE_CELLS = frozenset(word_list("table_cells.txt"))
_FIGURE = re.compile(r"""[(\[]?[-+$\u00a3\u20ac]?(?:\d[\d,]*(?:\.\d+)?(?:-\d+/\d+|/\d+)?|\.\d+)"""
                     r"""(?:%|p|c|m|bn|k)?[)\]]?[.,;:]?""")
# the same cells counted in a whole line at once (a cell is a whole token)
_CELLS_IN_LINE = re.compile(r"(?<!\S)(?:" + _FIGURE.pattern + "|(?i:"
                            + "|".join(re.escape(w) for w in sorted(_TABLE_CELLS, key=len, reverse=True))
                            + r"))(?!\S)")
# a gap of two spaces or more (or a tab) before a cell: columns
_COLUMN_GAP = re.compile(r"(?<=\S)(?: {2,}|\t)(\S+)")
_COLUMN_SPLIT = re.compile(r"(?<=\S)(?: {2,}|\t)(?=\S)")
# dot leaders from a label to its figure ("Bank borrowings......680")
_DOT_LEADER = re.compile(r"[^\s.]\.{4,}[-\d(]")
_CELL_STRIP = "()[],;:.\"'"
# a date in a line is no figure cell ("January 08, 2008 10:28pm", "LOS ANGELES, Dec. 27 (UPI) --")
_DATE_IN_LINE = re.compile(
    rf"\b{_MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b,?(?:\s+(?:19|20)\d\d\b)?"
    rf"|\b\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}\b\.?,?(?:\s+(?:19|20)?\d\d\b)?"
    r"|\b(?:19|20)\d\d-[01]?\d-[0-3]?\d\b", re.I)
_MONTH_WORD = re.compile(rf"{_MONTH}[.,]*", re.I)
#: A list of figures without columns has at most this many words (a label and its figures).
TABLE_MAX_WORDS = 15
#: A line next to table rows joins the table with at most this many words.
TABLE_NEIGHBOUR_WORDS = 8
#: Added to the reason of each row of a document that is nothing but a table (its clean text
#: is empty; :func:`analysis.load_corpus` names the document in its problems).
TABLE_ONLY_REASON = "the document has no other text: its clean text is empty (keep_tables=True keeps the rows)"


@lru_cache(maxsize=1)
def _function_words() -> frozenset:
    """Words that make a line a sentence: scikit-learn's English stop words without the
    number words (they are figures in a table: "Shr loss nine cts")."""
    from ..text.vocabulary import english_stop_words

    return english_stop_words() - _TABLE_CELLS


def _figure_cell(tok: str) -> bool:
    return _FIGURE.fullmatch(tok) is not None or tok.lower() in _TABLE_CELLS


def _has_function_word(toks: list[str], but: re.Pattern | None = None) -> bool:
    """Whether a token is a function word (``but``: tokens matching it do not count)."""
    func = _function_words()
    return any(t.strip(_CELL_STRIP).lower() in func and not (but and but.fullmatch(t)) for t in toks)


def _table_row(s: str) -> str | None:
    """Why line ``s`` is a row of a table or a list of figures; None when it may be prose.

    A row has figures in columns (two cells after wide gaps, or one in a line without a
    function word, and at least half the words after the label figures), or dot leaders to a
    figure, or (at most
    :data:`TABLE_MAX_WORDS` words) two figures or more and no function word of a sentence
    ("Shr 12 cts vs 10 cts"). A line with a function word that ends a sentence is prose
    however many figures it holds ("The company earned 1.2 mln dlrs, or 12 cts a share.").
    Dates are no figures: a timestamp or dateline is no table row.
    """
    if not _DIGIT.search(s):
        return None
    if _DOT_LEADER.search(s):
        return "table row (a label, dot leaders and figures)"
    # quick exits: a sentence (taking dates out adds no function word other than "May"), fewer
    # than two cells (taking dates out adds none)
    if _ENDS_SENTENCE.search(s) and _has_function_word(s.split(), but=_MONTH_WORD):
        return None
    if len(_CELLS_IN_LINE.findall(s)) < 2:
        return None
    s = _DATE_IN_LINE.sub(" ", s)
    body = _LIST_ITEM.sub("", s, count=1)
    if len(_CELLS_IN_LINE.findall(body)) < 2:
        return None
    toks = body.split()
    prose = _has_function_word(toks)
    if prose and _ENDS_SENTENCE.search(s):
        return None
    if _figure_predicate(toks):
        return None
    columns = sum(1 for c in _COLUMN_GAP.findall(s) if _figure_cell(c))
    if columns >= 2 or (columns and not prose):  # one wide gap in prose is a typing slip
        cells = _COLUMN_SPLIT.split(s, 1)[-1].split()  # what follows the label: mostly figures
        if 2 * sum(1 for t in cells if _figure_cell(t)) >= len(cells):  # mostly figures after the label
            return "table row (figures in columns)"
    if not prose and len(toks) <= TABLE_MAX_WORDS and not _names_among_figures(toks):
        return "list of figures (a label and figures, no sentence)"
    return None


_FIGURE_PREDICATES = frozenset(word_list("figure_predicates.txt"))


def _figure_predicate(toks: list[str]) -> bool:
    """A figure followed by a predicate, a count of people in a state: "North: 12 dead, 40 hurt",
    "3 missing, 40 injured" (lexicons/figure_predicates.txt, or a lower-case past participle in
    -ed of five letters or more). Such a line is a clause list, not a table's row, whose figures
    are followed by units ("12 cts", "1.2 mln", "40 pct")."""
    for a, b in zip(toks, toks[1:]):
        w = b.strip(_CELL_STRIP)
        if _figure_cell(a.rstrip(",;:")) and w.islower() \
                and (w in _FIGURE_PREDICATES or (len(w) >= 5 and w.endswith("ed"))):
            return True
    return False


def _names_among_figures(toks: list[str]) -> bool:
    """A capitalised word after the line's first word (not a month): names with their figures
    ("Final score: Arsenal 2 Chelsea 1", "Goals: Saka 12, Havertz 55") are news, not a table's
    cells ("Shr 12 cts vs 10 cts", "BRAZIL nil 131,950")."""
    for t in toks[1:]:
        w = t.strip(",;:()[]\"'.")
        if len(w) > 1 and w[0].isupper() and any(c.islower() for c in w) and not _MONTH_WORD.fullmatch(w):
            return True
    return False


def _table_neighbour(s: str) -> bool:
    """A short line that belongs to the table next to it: a label with a figure or in columns,
    no function word ("12 mths", "Qtr ended Jan 31", "Revs 10.7 mln", "1986      1985")."""
    toks = s.split()
    return (len(toks) <= TABLE_NEIGHBOUR_WORDS and not _ENDS_SENTENCE.search(s)
            and (any(_figure_cell(t) for t in toks) or _COLUMN_GAP.search(s) is not None)
            and not _has_function_word(toks))


def _abbreviation_headline(s: str) -> bool:
    """A title-case line whose final full stop belongs to an abbreviation ("... With U.S.")."""
    return _ABBREV_END.search(s) is not None and _title_case_ratio(s) >= 0.8


# "AM"/"PM" of a clock time, not the verb "am" (a time stamp is no headline).
_CLOCK_WORD = re.compile(r"[AaPp]\.?[Mm]\.?")


# a counter ("Page 2 of 5", "3 of 14 photos") or a clock time with its am/pm glued on ("10:45am").
# ("vs" is no sign: Reuters results headlines carry it: "Rohm And Haas Co 3Rd Qtr Shr 57 Cts Vs 54 Cts")
_NOT_FIGURE_HEADLINE = re.compile(r"\b\d+\s+of\s+\d+\b|\b\d{1,2}[:.]\d{2}\s*[ap]\.?m\b", re.I)


def _figure_headline(s: str) -> bool:
    """A line with figures that has the words of a headline (review15b finding 4): at least
    3 distinct alphabetic words of 3+ letters that are neither function words nor table cells
    ("Turkey Sees 1.5 Billion Dlr Deficit In 1986"), and no counter or clock time
    ("Page 2 of 5", "Net 285,000 vs 10,500 in 1985", "Tue, 03/11/2008 - 10:45am by admin",
    "Dow 10,520.30 up 45.20 at the close")."""
    if _NOT_FIGURE_HEADLINE.search(s):
        return False
    func = _function_words()
    words = {t.strip(_CELL_STRIP).lower() for t in s.split()}
    return sum(1 for w in words if len(w) >= 3 and w.isalpha() and w not in func and w not in _TABLE_CELLS) >= 3


def _headline_like(s: str, nw: int, max_words: int = 20, abbrev_end: bool = False) -> bool:
    """A short line shaped like a headline. With ``abbrev_end``, a final full stop that belongs
    to an abbreviation is allowed in a title-case line (only for the headline in the header:
    inside a story, "... guaranteed by Acme Corp." is a sentence). The headline in the header may
    carry figures when a function word makes it a phrase ("Turkey Sees 1.5 Billion Dlr Deficit
    In 1986", "Dow Falls 200 Points To 10,500"); a row of figures has none ("Net 285,000 vs 10,500"),
    nor has a time stamp ("Fri Dec 28, 7:05 AM ET": "AM" is the clock's, not the verb)."""
    return (
        0 < nw <= max_words
        and (not _numeric_heavy(s) or (abbrev_end and _has_function_word(s.split(), _CLOCK_WORD)
                                       and _figure_headline(s)))
        and "   " not in s  # columns of a table
        and len(s) <= 160
        and (not _ENDS_PUNCT.search(s) or (abbrev_end and _abbreviation_headline(s)))
        and (s[0].isupper() or s[0].isdigit() or s[0] in "\"'")
    )


def _hard_wrap_width(s_lines: list[str], nonblank: list[int], n: int) -> int | None:
    """The median width of a hard-wrapped text's lines, or None when the text is not hard-wrapped.

    Hard-wrapped (a 1987 wire story, a plain-text e-mail): at least 4 prose lines of 35-100
    characters that the next line follows directly, 60% of them stopping mid-sentence, and at
    most 10% of all lines over 100 characters. Short widget lines ("Share this:") and
    one-line paragraphs (web text) do not count.
    """
    runs = [i for i in nonblank if 35 <= len(s_lines[i]) <= 100 and i + 1 < n and s_lines[i + 1]]
    if len(runs) < 4:
        return None
    mid = sum(1 for i in runs if not _ENDS_SENTENCE.search(s_lines[i]) and not s_lines[i].endswith(":"))
    long_lines = sum(1 for i in nonblank if len(s_lines[i]) > 100)
    if mid < 0.6 * len(runs) or long_lines > 0.1 * len(nonblank):
        return None
    widths = sorted(len(s_lines[i]) for i in runs)
    return widths[len(widths) // 2]


def _wrapped_line(i: int, width: int | None, s_lines: list[str], n: int) -> bool:
    """Line i of a hard-wrapped text runs on into the next: the next line follows directly and
    line i is about as long as the wrapped lines (at least 0.75 of their median; a headline or
    section heading above wrapped text is shorter: "Court seems to back Indiana voter ID law").
    A line ending in an abbreviation ("... warned the U.S.") runs on too."""
    return (width is not None and i + 1 < n and bool(s_lines[i + 1])
            and len(s_lines[i]) >= 0.75 * width)


def _ends_mid_phrase(s: str) -> bool:
    last = s.rsplit(" ", 1)[-1].lower()
    return last in _STOPWORDS_END or s.endswith((",", "-", ";", "/", "&"))


# A line that ends a sentence (a question too) or runs on (",", ":") is no headline of a short item.
_SENTENCE_OR_RUN_ON = re.compile(r"""[.!?:,]["')\]]*$""")
#: A short item (headline + teaser, a headline alone): at most this many non-blank lines and words.
SHORT_ITEM_LINES = 2
SHORT_ITEM_WORDS = 150
# Rules that read the words of one line. In a short item the line may be the story itself
# ("9 Democrats Sign Up To Help ...", "Getty Images Confuses ..."), so there they remove a
# line only when it speaks to the reader.
_WEAK_REASONS = frozenset({
    "share/subscribe prompt", "photo or image credit", "comment section (community rules)",
    "site talks about itself: comments/subscribers", "legal or cookie notice",
    "republication note or tag list", "about-the-site/author note",
    "publisher blurb (the outlet describing itself)",
})


#: A line of at least this many words that holds at least ``LONG_LINE_SHARE`` of its document's
#: characters is the story itself (an article stored as one line, a one-paragraph item): a rule
#: that fires on it (a tweet link, a photo credit, a comment-policy phrase inside the story) is
#: recorded in the line's reason, and the line is kept whole.
LONG_LINE_WORDS = 30
LONG_LINE_SHARE = 0.5
# The link or marker of an embedded post, to tell how much of a short line is the post.
_EMBED_LINK_TOKEN = re.compile(
    r"\S*(?:pic\.twitter\.com/|\bt\.co/|twitter\.com/|x\.com/|instagram\.com/|tiktok\.com/|"
    r"facebook\.com/)\S*|a post shared by|view this post on instagram", re.I)


def _addresses_reader(s: str) -> bool:
    return bool((_FIRST_PLURAL.search(s) and not _REPORTING_VERB.search(s)) or _IMPERATIVE.match(s)
                or _PROMPT_ALWAYS.search(s))


def _same_line(a: str, b: str) -> bool:
    """Two lines that say the same thing (case, spacing and typography aside)."""
    return " ".join(normalize_typography(a).split()).casefold() == " ".join(normalize_typography(b).split()).casefold()


def classify_document(raw_text: str, title: str | None = None, keep_tables: bool = False) -> Classified:
    """Label every line of one document and build its clean text and header fields.

    Parameters
    ----------
    raw_text : str
        The document as decoded (line ends may be ``\\n``, ``\\r\\n`` or ``\\r``).
    title : str, optional
        The headline when it is known from elsewhere (a title column). The first non-blank line,
        when it repeats this headline and is not the document's only line, is labelled
        ``title``: the headline is never part of the clean text, whether or not it is also
        printed at the top of the text.
    keep_tables : bool, default False
        Rows of tables and lists of figures ("Shr 12 cts vs 10 cts", "BRAZIL   nil   131,950")
        are labelled ``table`` and left out of the clean text; True keeps them in it (labelled
        ``body``, their reason saying they are table rows). A short item (at most
        :data:`SHORT_ITEM_LINES` lines: a headline and teaser, a headline alone) keeps its
        lines, the reason saying what they read like; a longer document that is only a table
        gets an empty clean text, and each row's reason says so.

    Returns
    -------
    Classified
        ``lines``, ``labels`` and ``reasons`` (one each per ``raw_text.splitlines()`` line),
        the clean ``text``, and the ``title``, ``author``, ``outlet`` and ``published`` date
        read from the title, byline and dateline lines (None when not printed).

    Examples
    --------
    >>> raw = ("Talks stall in Geneva\\n\\nBy Ana Ruiz\\n\\n"
    ...        "Diplomats from both sides left the talks early on Friday.\\n\\nAdvertisement")
    >>> c = classify_document(raw)
    >>> for label, reason in zip(c.labels, c.reasons):
    ...     print(label, "|", reason)
    title | headline (first short line)
    body | blank line (paragraph break)
    byline | byline: Ana Ruiz
    body | blank line (paragraph break)
    body | story text
    body | blank line (paragraph break)
    boilerplate | advertisement marker
    >>> c.text, c.author
    ('Diplomats from both sides left the talks early on Friday.', 'Ana Ruiz')
    """
    raw_text = raw_text or ""
    lines = raw_text.splitlines()
    n = len(lines)
    # HTML character references (also "quot;", "#39;" that lost their "&") are decoded first:
    # analysis.corpus.html_entities.normalize_entities, a separate step that keeps every line break
    norm_doc = normalize_typography(normalize_entities(raw_text))
    norm_lines = norm_doc.splitlines()
    if len(norm_lines) != n:  # normalization never adds line breaks, but stay safe
        norm_lines = [normalize_typography(normalize_entities(line)) for line in lines]
    s_lines = [line.strip() for line in norm_lines]
    # HTML tags written as text (a CMS export's "<p>", '<a href="...">Reuters</a>') are taken out,
    # their text kept; the line as it was is kept to tell a line of code, and every line says in
    # its reason what was taken out or decoded (_with_notes)
    tagged: dict[int, str] = {}
    notes: dict[int, str] = {}
    withdrawn: dict[int, str] = {}   # a notice that the article's text is gone, taken out of the line
    for i in range(n):
        if "<" in s_lines[i]:
            out, k = strip_html_tags(s_lines[i])
            if k:
                tagged[i] = s_lines[i]
                s_lines[i] = " ".join(out.split())
                notes[i] = f"{k} tag{'s' if k > 1 else ''} taken out, the text kept"
        if s_lines[i] and _LINK_LABEL_HINT.search(s_lines[i]):
            out, found = _link_labels_out(s_lines[i])
            if found:
                s_lines[i] = out
                notes[i] = "; ".join(filter(None, [notes.get(i), "hidden link label taken out: " + ", ".join(
                    f"{label!r}" + (f" x{k}" if k > 1 else "") for label, k in found.items())]))
        if s_lines[i] and _withdrawn_hint().search(s_lines[i]):
            out, found = _withdrawn_out(s_lines[i])
            if found and out:   # a line that is only the notice is labelled boilerplate below
                s_lines[i] = out
                withdrawn[i] = found
        if ";" in lines[i]:
            decoded = entity_counts([lines[i]])
            if decoded:
                notes[i] = "; ".join(filter(None, [notes.get(i), _decoded_note(decoded)]))
    # a byline run into the wire dateline of the first line ("By Deborah Cohen CHICAGO (Reuters) -
    # ..."): the name is the author and leaves the line
    author = None
    run_on_line = -1
    for i in [j for j in range(n) if s_lines[j]][:2]:
        run_on = _byline_run_on(s_lines[i])
        if run_on:
            (author, s_lines[i]), run_on_line = run_on, i
            break
    nw = [_n_words(s) for s in s_lines]
    labels: list[str | None] = [None] * n
    reasons = [""] * n
    nonblank = [i for i in range(n) if s_lines[i]]
    outlet = date_text = None
    published = None

    for i in range(n):
        if not s_lines[i]:
            labels[i], reasons[i] = ("body", BLANK_REASON) if i not in tagged else ("boilerplate", CODE_REASON)
    if not nonblank:
        return Classified(lines, labels, _with_notes(reasons, notes), "", None, None, None, None, None)
    short_item = len(nonblank) <= SHORT_ITEM_LINES and sum(nw[i] for i in nonblank) <= SHORT_ITEM_WORDS
    total_chars = sum(len(s_lines[i]) for i in nonblank)
    # lines that carry most of the document (a one-line article): never removed whole
    dominant = {i: len(s_lines[i]) / total_chars for i in nonblank
                if nw[i] >= LONG_LINE_WORDS and len(s_lines[i]) >= LONG_LINE_SHARE * total_chars}
    overruled: dict[int, str] = {}  # short items and dominant lines: rules that did not remove a line
    weak: dict[int, str] = {}       # lines removed by a rule that reads the words of the line
    if title and len(nonblank) >= 2 and _same_line(s_lines[nonblank[0]], title):
        labels[nonblank[0]], reasons[nonblank[0]] = "title", "headline (repeats the title)"
        title = s_lines[nonblank[0]]
    else:
        title = None

    def prev_nb(i):
        j = i - 1
        while j >= 0 and not s_lines[j]:
            j -= 1
        return j

    def next_nb(i):
        j = i + 1
        while j < n and not s_lines[j]:
            j += 1
        return j if j < n else -1

    # Where the story starts: the first line that reads like a paragraph.
    body_start = n
    for i in nonblank:
        s = s_lines[i]
        if nw[i] >= 20 or (nw[i] >= 8 and _ENDS_SENTENCE.search(s) and not _abbreviation_headline(s)):
            body_start = i
            break
    last_nb = nonblank[-1]

    # --- pass 1: line-local rules -------------------------------------------------------------
    byline_seen: dict[str, int] = {}
    for i in nonblank:
        if labels[i] is not None:
            continue  # the headline, known from the title column
        s = s_lines[i]
        w = nw[i]
        pos = i / max(n - 1, 1)
        if i in tagged and _code_line(tagged[i]):   # a line of markup, judged with its tags
            if i in dominant:
                overruled[i] = CODE_REASON
            else:
                labels[i], reasons[i] = "boilerplate", CODE_REASON
            continue
        # embedded social posts
        if (w <= 40 and s[0] in "-~" and _EMBED_ATTRIB.match(s)) or \
                (("/" in s or "shared" in s or "post" in s) and _EMBED_LINK.search(s)):
            why = ("embedded social post (handle and date)" if _EMBED_ATTRIB.match(s)
                   else "embedded social post (link)")
            if i in dominant or (short_item and why.endswith("(link)")
                                 and _n_words(_EMBED_LINK_TOKEN.sub(" ", s).strip()) >= 4):
                overruled[i] = why  # the story (or a short item's text) with a link in it
                continue
            labels[i], reasons[i] = "embed", why
            continue
        if w <= 8 and not short_item and (i <= body_start or i == last_nb) and collective_credit(s):
            # "By Staff and agencies", "Agencies", "WIRE SERVICES": a group is credited, no
            # person (no author) and no one outlet (a headline alone, "wires", stays a headline)
            labels[i], reasons[i] = "byline", COLLECTIVE_CREDIT_REASON
            continue
        if w <= 14:
            name = _byline_name(s)
            if name is not None:
                labels[i] = "byline"
                key = name.lower()
                if not name:
                    nxt = next_nb(i)
                    doubled = nxt != -1 and _byline_name(s_lines[nxt])
                    reasons[i] = "byline label without a name" + (" (doubled byline)" if doubled else "")
                elif key in byline_seen:
                    reasons[i] = f"repeats the byline of line {byline_seen[key] + 1}"
                else:
                    byline_seen[key] = i
                    reasons[i] = f"byline: {name}"
                    author = author or name
                continue
        if w <= 40 and _CREDIT.match(s):
            labels[i], reasons[i] = "byline", "credit line (reporting/editing)"
            continue
        if w <= 30 and "contributed" in s and _CONTRIBUTED.search(s):
            labels[i], reasons[i] = "byline", "credit line (contributors)"
            continue
        if w <= 8 and _REPORTING_FROM.match(s):
            labels[i], reasons[i] = "dateline", "where the story was filed from"
            continue
        if w <= 6 and (i < body_start < n or i == last_nb) and _date_line_without_year(s):
            labels[i], reasons[i] = "dateline", "page timestamp (no full date)"
            continue
        if w <= 14:
            d, is_line = _date_of(s)
            if is_line:
                labels[i] = "dateline"
                reasons[i] = "date line" if d else "date line (date not understood)"
                if d and published is None:
                    published, date_text = d, s
                continue
            wire = _wire_line(s)
            if wire and (i <= body_start or i == last_nb):
                labels[i] = "dateline"
                # the last line of a story is its sign-off, wherever the story's first paragraph
                # was found (a hard-wrapped wire story may have no line that reads as one)
                signoff = i == last_nb and i != nonblank[0]
                reasons[i] = (f"{'wire sign-off' if signoff else 'outlet line'}: "
                              f"{'sets' if outlet is None else 'agrees with'} the outlet ({wire})"
                              if outlet in (None, wire) else
                              f"{'wire sign-off' if signoff else 'outlet line'} ({wire}; "
                              f"the outlet is {outlet}, named above)")
                outlet = outlet or wire
                continue
        why = _boilerplate_reason(s, w, pos)
        if why and i in dominant:
            overruled[i] = why
        elif why and short_item and why in _WEAK_REASONS and not _addresses_reader(s) \
                and not (why == "photo or image credit" and w <= 5):
            overruled[i] = why
        elif why:
            labels[i], reasons[i] = "boilerplate", why
            if why in _WEAK_REASONS:
                weak[i] = why

    # --- pass 2: widgets, embeds' text, repeats --------------------------------------------
    for i in nonblank:
        s = s_lines[i]
        if labels[i] is None and nw[i] <= 15 and _WIDGET_HEAD.match(s) and \
                _n_words(_SEGMENT_END.split(s, 1)[0].strip()) <= 6 and not _numeric_heavy(s) and \
                not (short_item and (nw[i] > 4 or re.search(r"[:|]\s*\S", s))):
            labels[i], reasons[i] = "boilerplate", "related-headlines widget"
            if re.search(r"[:|]\s*\S", s) and not _AD.search(s.split(".", 1)[-1]):
                continue  # a one-line "Read more: <headline>" link
            j = i + 1
            taken = 0
            while j < n and taken < 12:
                if not s_lines[j]:
                    j += 1
                    continue
                if labels[j] is not None and labels[j] != "boilerplate":
                    break
                if not _headline_like(s_lines[j], nw[j]):
                    break
                if j < body_start and next_nb(j) == body_start:
                    break  # the line right above the story's first paragraph is its headline
                labels[j], reasons[j] = "boilerplate", f"related-headlines widget (headline under line {i + 1})"
                taken += 1
                j += 1

    for i in nonblank:
        if labels[i] == "embed":
            # the post's own text: up to two short lines just before it, in the first person
            # or with handles/links, and not a quoted source ("... he said").
            j, k = prev_nb(i), 0
            while j >= 0 and k < 2 and labels[j] is None and j not in dominant:
                s = s_lines[j]
                if len(s) <= 300 and _SOCIAL_MARKS.search(s) and not _REPORTING_VERB.search(s) \
                        and not s.startswith('"'):
                    labels[j], reasons[j] = "embed", "text of an embedded social post"
                    j, k = prev_nb(j), k + 1
                else:
                    break

    # exact repeats (later copy goes) and truncated "..." teasers of another line
    first_seen: dict[str, int] = {}
    for i in nonblank:
        s = s_lines[i]
        if nw[i] < 5:
            continue
        key = s.lower()
        if key in first_seen:
            if (labels[i] is None or labels[i] == "body") and not _numeric_heavy(s):
                j = first_seen[key]
                what = " (standfirst)" if j <= body_start else (" (headline)" if labels[j] == "title" else "")
                labels[i], reasons[i] = "duplicate", f"repeats line {j + 1}{what}"
        else:
            first_seen[key] = i
    for i in nonblank:
        s = s_lines[i]
        if labels[i] is None and nw[i] >= 4 and (s.endswith("...") or s.endswith("\u2026")):
            prefix = " ".join(s.rstrip(".\u2026 ").split()).lower()
            if len(prefix) < 15:
                continue
            for j in nonblank:
                if j != i and len(s_lines[j]) > len(prefix) + 3 and \
                        " ".join(s_lines[j].split()).lower().startswith(prefix):
                    labels[i], reasons[i] = "duplicate", f"truncated teaser of line {j + 1}"
                    break

    wrap_width = _hard_wrap_width(s_lines, nonblank, n)

    # --- pass 3: headline and header lines --------------------------------------------------
    def _leads_on(j):
        """Line j is a header element or a paragraph (not another row of a list or table)."""
        return j != -1 and (labels[j] is not None or nw[j] >= 8)

    header = [i for i in nonblank if i < body_start and labels[i] is None]
    if title is None and header and len(nonblank) >= 2 and body_start < n:  # a headline heads a story
        cand = header[0]
        s = s_lines[cand]
        nxt = next_nb(cand)
        wrapped = nxt != -1 and s_lines[nxt][:1].islower()
        # hard-wrapped text: a first line the next one follows directly, about as long as the
        # wrapped lines, is the lede's first line ("PARIS, March 2 - French state-owned
        # chemicals group"), not a headline
        if _wrapped_line(cand, wrap_width, s_lines, n):
            wrapped = True
        # a line opening with a wire's dateline ("MANILA, Nov. 24 (Xinhua) -- Philippine President")
        # is the lede's first line: a headline carries no dateline
        if _INLINE_DATELINE.match(s):
            wrapped = True
        if _headline_like(s, nw[cand], 30, abbrev_end=True) and not wrapped and not _ends_mid_phrase(s) \
                and (_leads_on(nxt) or (_headline_like(s_lines[nxt], nw[nxt], 30) and _leads_on(next_nb(nxt)))):
            if nw[cand] <= 2 and not _DIGIT.search(s) and len(header) > 1 and _headline_like(s_lines[header[1]], nw[header[1]], 30) \
                    and nw[header[1]] >= 3:
                labels[cand], reasons[cand] = "boilerplate", "section label above the headline"
                cand = header[1]
            labels[cand], reasons[cand] = "title", "headline (first short line)"
            title = s_lines[cand]
    # further short header lines: an outlet next to a date or byline, or a deck under the headline
    for i in nonblank:
        if i >= body_start or labels[i] is not None:
            continue
        s = s_lines[i]
        near = [k for k in (prev_nb(i), next_nb(i)) if k != -1]
        if nw[i] <= 4 and _headline_like(s, nw[i]) and any(labels[k] in ("dateline", "byline") for k in near) \
                and _title_case_ratio(s) >= 0.6 and not _DIGIT.search(s):
            if _place_line(s):   # "SAN JOSE", "Bluefield, WV": the dateline's place
                labels[i], reasons[i] = "dateline", ("place or label next to the date or byline (in capitals "
                                                     "or a known place: not the outlet)")
                continue
            labels[i], reasons[i] = "dateline", ("outlet line (next to the date or byline): sets the outlet"
                                                 if outlet is None else "outlet line (next to the date or byline)")
            outlet = outlet or s
        elif title is not None and prev_nb(i) != -1 and labels[prev_nb(i)] in ("title", "byline", "dateline") \
                and _headline_like(s, nw[i], 30) and not _ends_mid_phrase(s) and _leads_on(next_nb(i)) \
                and not _INLINE_DATELINE.match(s) \
                and sum(1 for k in header if labels[k] == "heading") < 2:
            labels[i], reasons[i] = "heading", "deck under the headline"

    # a short item of two lines, headline and teaser: the first is the headline when it is the
    # shorter, is not a sentence and does not run on into the second (a hard-wrapped line; with
    # a blank line between them, the first line cannot be a wrapped part of the second)
    if title is None and len(nonblank) == 2 and short_item:
        a, b = nonblank
        sa, sb = s_lines[a], s_lines[b]
        if labels[a] is None and labels[b] in (None, "body") and nw[a] <= 20 and nw[a] < nw[b] \
                and nw[b] >= 5 and (not _SENTENCE_OR_RUN_ON.search(sa) or _abbreviation_headline(sa)) \
                and not sb[:1].islower() \
                and (b > a + 1 or (not _ends_mid_phrase(sa) and not _numeric_heavy(sa))):
            labels[a], reasons[a] = "title", "headline (short item: headline and teaser)"
            title = sa

    # a short name line right before the outlet's description of itself
    for i in nonblank:
        q = next_nb(i)
        if labels[i] is None and q != -1 and labels[q] == "boilerplate" and nw[i] <= 5 and \
                s_lines[q].lower().startswith(s_lines[i].lower()):
            labels[i], reasons[i] = "boilerplate", "publisher name before its blurb"

    # --- pass 4: section headings inside the story ----------------------------------------
    for i in nonblank:
        if i < body_start or labels[i] is not None:
            continue
        s = s_lines[i]
        w = nw[i]
        if w > 12 or len(s) > 100 or not _headline_like(s, w) or _ends_mid_phrase(s):
            continue
        p, q = prev_nb(i), next_nb(i)
        if q == -1 or labels[q] is not None or nw[q] < 8:
            continue  # no story paragraph after it: not a heading of anything
        if s_lines[q][:1].islower() or _wrapped_line(i, wrap_width, s_lines, n):
            continue  # the line runs on: a hard-wrapped paragraph
        if p != -1 and labels[p] in (None, "body") and not _ENDS_SENTENCE.search(s_lines[p]) \
                and p == i - 1:
            continue  # continues a wrapped paragraph
        blank_around = (i > 0 and not s_lines[i - 1]) and (i + 1 < n and not s_lines[i + 1])
        if _title_case_ratio(s) >= 0.6 or (s.isupper() and blank_around):
            labels[i], reasons[i] = "heading", "section heading (short title-like line inside the story)"

    # --- pass 5: the site's own block at the end (comment policy, footer) ------------------
    if author:  # "Jane Doe is a correspondent covering ...": the author's bio at the end
        bio = re.compile(re.escape(author) + r"\b.{0,40}?\b(?:is|was|covers|reports|writes|has been|joined)\b")
        for i in nonblank:
            if labels[i] is None and i / max(n - 1, 1) > 0.5 and nw[i] <= 60 and bio.match(s_lines[i]):
                labels[i], reasons[i] = "boilerplate", "author bio"
    strong = {i for i in nonblank if labels[i] == "boilerplate" and reasons[i] != SEPARATOR_REASON}
    zone: list[int] = []
    for i in reversed(nonblank):
        if labels[i] in ("boilerplate", "embed") or (labels[i] == "dateline" and i == last_nb):
            zone.append(i)
        elif labels[i] is None and i not in dominant and (nw[i] <= 5 or _site_talk(s_lines[i])):
            zone.append(i)
        else:
            break
    # the block must start with a line that talks about the site, and contain a certain one
    while zone and labels[zone[-1]] is None and not _site_talk(s_lines[zone[-1]]):
        zone.pop()
    # ... and short story lines after the last furniture line are the story's end, not furniture
    while zone and labels[zone[0]] is None and not _site_talk(s_lines[zone[0]]):
        zone.pop(0)
    if any(i in strong for i in zone):
        for i in zone:
            if labels[i] is None:
                labels[i] = "boilerplate"
                reasons[i] = ("site talks about itself: comments/subscribers" if _site_talk(s_lines[i])
                              else "inside the site's closing block")

    # a thread of reader comments, each signed "Posted by NAME on DATE": two signatures or more
    # after the story's start; the lines between them, and the comment their order puts before
    # the first signature (or after the last), are the readers' words, not the story's
    sigs = [i for i in nonblank if i > body_start and labels[i] is None and nw[i] <= 25
            and _COMMENT_SIGNATURE.match(s_lines[i]) and _SIGNATURE_WHEN.search(s_lines[i])]
    if len(sigs) >= 2:
        pos_of = {i: k for k, i in enumerate(nonblank)}
        gap = max(pos_of[b] - pos_of[a] for a, b in zip(sigs, sigs[1:]))
        thread = [i for i in nonblank if sigs[0] <= i <= sigs[-1]]
        after = []
        for i in nonblank[pos_of[sigs[-1]] + 1:]:
            if labels[i] is not None:
                break
            after.append(i)
        if after and len(after) <= gap:     # each signature opens its comment: the last one's text
            thread += after
        elif not after:                     # each signature closes its comment: the first one's text
            before = []
            for i in reversed(nonblank[:pos_of[sigs[0]]]):
                if labels[i] is not None or i <= body_start:
                    break
                before.append(i)
            k = pos_of[sigs[0]] - len(before)
            if before and len(before) <= gap and k > 0 and labels[nonblank[k - 1]] is not None:
                thread += before
        for i in thread:
            if labels[i] is None and i not in dominant:
                labels[i], reasons[i] = "boilerplate", f"reader comments ({len(sigs)} signed 'Posted by ... on <date>')"

    # a tag list: a label line ("Tags:", "Tags", "Tagged as:", "Related topics:") after the story's
    # start, then one tag a line (at most three words, no sentence punctuation): the site's index
    # words, not the story's (with a bare label, at least three such lines)
    pos_of = {i: k for k, i in enumerate(nonblank)}
    for i in nonblank:
        if i <= body_start or labels[i] not in (None, "boilerplate") or not _TAG_LABEL.match(s_lines[i]):
            continue
        run = []
        for k in nonblank[pos_of[i] + 1:]:
            if labels[k] is not None or nw[k] > 3 or _SENTENCE_PUNCT_END.search(s_lines[k]):
                break
            run.append(k)
        if run and (len(run) >= 3 or s_lines[i].rstrip().endswith(":")):
            for k in [i] + run:
                if k not in dominant:
                    labels[k], reasons[k] = "boilerplate", "tag list"

    # a menu of links with the number of items behind each ("Albania (3)", "Algeria (2)", ...,
    # "Politics (12)"): five or more lines in a row of a short name and a count in brackets
    k0 = 0
    while k0 < len(nonblank):
        k1 = k0
        while k1 < len(nonblank) and labels[nonblank[k1]] is None and _COUNTED_LINK.fullmatch(s_lines[nonblank[k1]]):
            k1 += 1
        if k1 - k0 >= 5:
            for k in nonblank[k0:k1]:
                if k not in dominant:
                    labels[k], reasons[k] = "boilerplate", COUNTED_MENU_REASON
        k0 = max(k1, k0 + 1)

    # --- pass 6: rows of tables and lists of figures -----------------------------------------
    table = {i: why for i in nonblank if labels[i] is None and i not in dominant
             for why in (_table_row(s_lines[i]),) if why}
    grown = bool(table)
    while grown:  # short label-and-figure lines next to table rows belong to the table
        grown = False
        for i in nonblank:
            if labels[i] is None and i not in table and i not in dominant and \
                    (prev_nb(i) in table or next_nb(i) in table) and _table_neighbour(s_lines[i]):
                table[i] = "table row (a short label and figure next to rows of a table)"
                grown = True
    only_table = bool(table) and not any(labels[i] is None and i not in table for i in nonblank)
    for i, why in table.items():
        if short_item:  # a headline (and teaser): figures in it are the news ("ten reports 33 million profit")
            overruled.setdefault(i, why)
        elif keep_tables:
            reasons[i] = f"story text ({why}; kept: keep_tables=True)"
        else:
            labels[i], reasons[i] = "table", why + (f"; {TABLE_ONLY_REASON}" if only_table else "")

    # a short item is never emptied by rules that read words: what would be its only text stays
    if short_item and weak and not any(labels[i] in (None, "body") for i in nonblank):
        for i, why in weak.items():
            if labels[i] == "boilerplate":
                labels[i], reasons[i] = None, ""
                overruled[i] = why

    # whatever rule fired on a line that carries most of the document, the line stays (a
    # repeated line and a headline given as the title still go: their text is not lost)
    for i in dominant:
        if labels[i] not in (None, "body", "duplicate") and reasons[i] != "headline (repeats the title)":
            overruled[i] = f"{labels[i]}: {reasons[i]}"
            labels[i], reasons[i] = None, ""

    for i in nonblank:
        if labels[i] is None:
            labels[i], reasons[i] = "body", reasons[i] or "story text"
            if i in dominant and i in overruled:
                reasons[i] = (f"story text (kept whole: the line holds {dominant[i]:.0%} of the document's "
                              f"text, although it contains or reads like: {overruled[i]})")
            elif i in overruled:
                reasons[i] = f"story text (a short item: kept, although it reads like a {overruled[i]})"

    # outlet from an inline dateline "SEOUL (Reuters) -" when no line names it
    if outlet is None:
        for i in nonblank:
            if labels[i] == "body":
                m = _INLINE_DATELINE.match(s_lines[i]) or _WIRE_LEAD.match(s_lines[i])
                if m:
                    outlet = m.group("wire")
                    reasons[i] = f"{reasons[i] or 'story text'} (its dateline sets the outlet: {outlet})"
                break

    if run_on_line >= 0:
        reasons[run_on_line] += f" (a byline run into the dateline taken off the line: 'By {author}', the author)"
    for i, found in withdrawn.items():
        reasons[i] += f" ({WITHDRAWN_REASON}, taken out of the line: {_quote_notice(found)})"
    text = _assemble(lines, s_lines, labels)
    return Classified(lines, labels, _with_notes(reasons, notes), text, title, author, outlet, published, date_text)


_BY_START = re.compile(r"^[\W_]{0,6}By\s+(?=[A-Z])")


def _byline_run_on(s: str) -> tuple[str, str] | None:
    """``(name, rest)`` when a line opens with a byline run into a wire dateline, as an export that
    lost its paragraph breaks gives it ("By Deborah Cohen CHICAGO (Reuters) - Telecommunications
    ..."), else None. The name is two to four capitalised words that are a name (``_is_name``); the
    rest opens with an inline dateline in capitals. A name in capitals ("By MICHAEL LIEDTKE SAN
    FRANCISCO (AP) --") has no case boundary: it is split only where the dateline's place is a
    known place ("By ANICK JESDANUN NEW YORK (AP)") or, after a name of two words, the place is
    followed by a known state or country ("By RACHEL KONRAD CARSON CITY, Nev. (AP)")."""
    m = _BY_START.match(s)
    if not m or "(" not in s[:160]:
        return None
    words = s[m.end():].split()
    for k in (2, 3, 4):
        if len(words) <= k:
            break
        name, rest = " ".join(words[:k]), " ".join(words[k:])
        first_of_place = words[k]
        if not (first_of_place.isupper() and len(first_of_place) > 1) or not _is_name(name) \
                or any(w.lower() in _MINOR_WORDS for w in words[:k]) or not _INLINE_DATELINE.match(rest):
            continue
        if not name.isupper():
            return (name, rest) if words[k - 1] != words[k - 1].upper() else None
        place, _, tail = rest.split("(", 1)[0].partition(",")
        places, states = _place_words()[:2]
        tail = tail.strip().lower()
        # the place is known ("NEW YORK"), or, after a name of two words (the AP's "By FIRST LAST"),
        # it is followed by a known state or country ("CARSON CITY, Nev.", "BRUNSWICK, Maine")
        if place.strip().lower() in places or (k == 2 and tail and (tail.rstrip(".") in states or tail in places)):
            return name, rest
    return None


_LINK_LABEL_HINT = re.compile(r"external|opens in|link sends", re.I)

WITHDRAWN_REASON = "notice that the article's text is no longer available"


@lru_cache(maxsize=1)
def _withdrawn_pattern():
    """One pattern for the notices of ``lexicons/withdrawn_text_notices.txt``: the notice opens a
    sentence (the line's start, or after a sentence's end) and its sentence ends with it."""
    alts = []
    for notice in sorted(word_list("withdrawn_text_notices.txt"), key=len, reverse=True):
        toks = notice.split()
        alts.append("".join(r"(?:\S+\s+){0,5}?" if t == "*" else
                            re.escape(t) + (r"\s+" if k < len(toks) - 1 else "")
                            for k, t in enumerate(toks)))
    return re.compile(r"(?:^|(?<=[.!?]\s)|(?<=[.!?][\"'\u201d\u00bb)]\s))(?:" + "|".join(alts)
                      + r")\s*[.!]*[\"'\u201d\u00ab]?\s*(?=$|(?-i:[A-Z\u00c0-\u00de]))", re.I)


@lru_cache(maxsize=1)
def _withdrawn_hint():
    """A cheap test before the full pattern: the last word of any notice."""
    ends = {n.split()[-1] for n in word_list("withdrawn_text_notices.txt")}
    return re.compile("|".join(re.escape(e) for e in sorted(ends)), re.I)


def _withdrawn_out(line: str) -> tuple[str, str]:
    """``(line without the notice sentences, the notices taken out)``; ``("line", "")`` when the
    line has none. 'Privater Besuch. Der Volltext dieses ... steht ... nicht mehr zur Verfügung.'
    -> ('Privater Besuch.', 'Der Volltext ... Verfügung.')."""
    found = [m.group().strip() for m in _withdrawn_pattern().finditer(line)]
    if not found:
        return line, ""
    return " ".join(_withdrawn_pattern().sub(" ", line).split()), " ".join(found)


def _quote_notice(s: str, limit: int = 80) -> str:
    return repr(s if len(s) <= limit else s[:limit - 3] + "...")


@lru_cache(maxsize=1)
def _link_label_pattern():
    """One pattern for the hidden link labels of ``lexicons/link_labels.txt``."""
    alts = []
    for label in sorted(word_list("link_labels.txt"), key=len, reverse=True):
        words = r"\s+".join(re.escape(w) for w in label.split())
        # without brackets only glued to the link's last word ("toldexternal-link") or closing
        # the line: "the external-link policy" is a word of the sentence
        alts.append(r"\s?" + words if label.startswith("(") else
                    r"(?:(?<=[^\s-])|(?<=^)|(?<=\s)(?=\S*\s*$))" + words + r"(?![\w-])")
    return re.compile("|".join(alts), re.I)


def _link_labels_out(line: str):
    """``line`` without the hidden link labels a page scrape kept as words ("Jay Shah
    tweetedexternal-link." -> "Jay Shah tweeted.", "the report (opens in new window)" -> "the
    report"), and a Counter of the labels taken out (``lexicons/link_labels.txt``)."""
    found = Counter()

    def repl(m):
        found[m.group().strip().lower()] += 1
        return ""

    out = _link_label_pattern().sub(repl, line)
    return (" ".join(out.split()) if found else line), found


def _decoded_note(counts) -> str:
    """"2 escaped tags taken out; character references decoded: 'quot;' x2, '#39;'" (entity_counts of one line)."""
    tags = counts.pop("escaped HTML tag", 0)
    parts = [f"{tags} escaped tag{'s' if tags > 1 else ''} taken out"] if tags else []
    if counts:
        parts.append("character references decoded: " + ", ".join(
            f"{form!r}" + (f" x{k}" if k > 1 else "") for form, k in counts.most_common()))
    return "; ".join(parts)


def _with_notes(reasons: list[str], notes: dict) -> list[str]:
    """Each line's reason with what was taken out of it or decoded (markup, references)."""
    for i, note in notes.items():
        if note and reasons[i] != CODE_REASON:   # a line of code: nothing of it is kept
            reasons[i] = f"{reasons[i]} [{MARKUP_NOTE}: {note}]"
    return reasons


_LIST_ITEM = re.compile(r"^(?:[-*\u2022\u25aa\u25cf\u2013\u2014]\s|\d{1,2}[.)]\s)")


_LABELLED_LINE = re.compile(r"[A-Z][\w'.-]*(?: [\w'.-]+){0,3}: \S")


def _assemble(lines: list[str], s_lines: list[str], labels: list[str]) -> str:
    """Join body lines: a blank or removed line, an indented line or a finished sentence start
    a new paragraph; a line that stops mid-sentence is a hard wrap and runs on."""
    paras: list[str] = []
    cur: list[str] = []
    prev_body = False
    for i, s in enumerate(s_lines):
        if not s or labels[i] != "body":
            if cur:
                paras.append(" ".join(cur))
                cur = []
            prev_body = False
            continue
        s = " ".join(s.split())
        if cur and prev_body:
            last = cur[-1]
            runs_on = (not _ENDS_SENTENCE.search(last) and not last.endswith(":")
                       and not lines[i][:1].isspace() and not _LIST_ITEM.match(s)
                       and (len(last) >= 30 or s[:1].islower())
                       and not (_LABELLED_LINE.match(last) and not _has_function_word(last.split())))
            # a labelled summary line ("South: 3 missing, 200 homeless") is a line of its own
            if not runs_on:
                paras.append(" ".join(cur))
                cur = []
        cur.append(s)
        prev_body = True
    if cur:
        paras.append(" ".join(cur))
    return "\n\n".join(paras)


def classify_lines(raw_text: str) -> list[tuple[str, str]]:
    """``(label, reason)`` for every line of ``raw_text`` (``str.splitlines()`` lines).

    Parameters
    ----------
    raw_text : str
        One document as decoded.

    Returns
    -------
    list of (str, str)
        One ``(label, reason)`` per line; labels as in :data:`LABELS`.

    Examples
    --------
    >>> classify_lines("Leave a Reply\\nIt rained.")[0]
    ('boilerplate', 'comment section')
    """
    c = classify_document(raw_text)
    return list(zip(c.labels, c.reasons))


def clean_text(raw_text: str, keep_tables: bool = False) -> str:
    """The clean body of one document (typography-normalized, paragraphs split by a blank line).

    Parameters
    ----------
    raw_text : str
        One document as decoded.
    keep_tables : bool, default False
        Keep rows of tables and lists of figures in the text (see :func:`classify_document`).

    Returns
    -------
    str
        The ``body`` lines joined into paragraphs (what ``load_corpus`` puts in ``text``).

    Examples
    --------
    >>> clean_text("Share this article\\nTroops \u201cwithdrew\u201d on Monday.")
    'Troops "withdrew" on Monday.'
    """
    return classify_document(raw_text, keep_tables=keep_tables).text


def cleaning_report(corpus: pd.DataFrame, keep_tables: bool | None = None) -> pd.DataFrame:
    """What the cleaner kept and removed: one row per line of every document's raw text.

    Parameters
    ----------
    corpus : pandas.DataFrame
        Needs ``doc_id`` and ``raw_text`` (falls back to ``text`` when there is no
        ``raw_text`` column, e.g. for a DataFrame you built yourself).
    keep_tables : bool, optional
        Whether rows of tables and lists of figures count as ``body`` (True) or get the label
        ``table`` (False). None: as the corpus was loaded (``corpus.attrs["keep_tables"]``,
        set by :func:`analysis.load_corpus`; False when absent).

    Returns
    -------
    pandas.DataFrame
        Columns ``doc_id``, ``line_no`` (1-based, over ``raw_text.splitlines()``), ``text`` (the
        line as in the raw text), ``label`` (body, title, heading, byline, dateline,
        boilerplate, duplicate, embed, table) and ``reason``. Every line appears in exactly one row;
        the ``body`` rows, typography-normalized, are the document's clean ``text``.

    Examples
    --------
    >>> import pandas as pd
    >>> df = pd.DataFrame({"doc_id": ["a"], "raw_text": ["Advertisement\\nRain fell all day."]})
    >>> cleaning_report(df)[["line_no", "label", "reason"]].values.tolist()
    [[1, 'boilerplate', 'advertisement marker'], [2, 'body', 'story text']]
    """
    col = "raw_text" if "raw_text" in corpus.columns else "text"
    if "doc_id" not in corpus.columns or col not in corpus.columns:
        raise ValueError("cleaning_report needs a DataFrame with doc_id and raw_text (or text) columns")
    if keep_tables is None:
        keep_tables = bool(corpus.attrs.get("keep_tables", False))
    doc_ids, line_nos, texts, labels, reasons = [], [], [], [], []
    titles = corpus["title"].tolist() if "title" in corpus.columns else [None] * len(corpus)
    for doc_id, raw, title in zip(corpus["doc_id"].tolist(), corpus[col].tolist(), titles):
        raw = raw if isinstance(raw, str) else ""
        c = classify_document(raw, title=title if isinstance(title, str) else None, keep_tables=keep_tables)
        k = len(c.lines)
        doc_ids.extend([doc_id] * k)
        line_nos.extend(range(1, k + 1))
        texts.extend(c.lines)
        labels.extend(c.labels)
        reasons.extend(c.reasons)
    return pd.DataFrame(
        {
            "doc_id": pd.Series(doc_ids, dtype="str"),
            "line_no": pd.Series(line_nos, dtype="int64"),
            "text": pd.Series(texts, dtype="str"),
            "label": pd.Series(labels, dtype="str"),
            "reason": pd.Series(reasons, dtype="str"),
        }
    )
