"""Outlet and publication date of an HTML news page, from evidence that can be trusted.

A page carries its metadata in several places of very different worth: structured metadata
written for machines (Open Graph ``og:site_name`` and ``article:published_time``, schema.org
JSON-LD ``publisher`` / ``datePublished``, Dublin Core ``DC.date.issued``, ``<time datetime>``,
the ``<meta name="pubdate">`` family of news CMSs), the date in the page's address, and the
page's visible text, where a copyright footer ("© 2000 Rural Press Ltd.", "© 1997 - 2007. All
Rights Reserved.") looks like an outlet and a year to a generic extractor. :func:`page_metadata`
takes structured metadata first, refuses copyright and navigation lines as outlets, refuses a
bare year (a year alone, such as a copyright year, is not a publication date) and any date years
before the page's other dates, and leaves a value missing, with a note saying why, rather than
guess. ``date_source`` names where an accepted date came from; ``date_basis`` is
``"metadata"`` (written for machines), ``"inferred"`` (the page's address) or ``"stated"``
(found in the page text by htmldate).

The vocabularies (which ``<meta>`` keys hold a publication date or a site name, which words are
boilerplate) are a data file: ``analysis/lexicons/html_metadata.yml``.
"""
from __future__ import annotations

import json
import re
import warnings
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path

from ..lexicons import collective_credit

__all__ = ["page_metadata", "clean_outlet", "FAR_DAYS"]

#: A date more than this many days before the upper quartile of the page's other dates is refused.
FAR_DAYS = 365
_LEXICON = Path(__file__).resolve().parent.parent / "lexicons" / "html_metadata.yml"
_MONTHS = {m: i for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1)}
_MON = r"(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_DATE_PATTERNS = [
    # January 7, 2008 / Jan. 7 2008
    (re.compile(rf"\b{_MON}\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+((?:19|20)\d\d)\b", re.I), ("m", "d", "y")),
    # 7 January 2008
    (re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+{_MON},?\s+((?:19|20)\d\d)\b", re.I), ("d", "m", "y")),
    # 2008-01-07, 2008/01/07
    (re.compile(r"\b((?:19|20)\d\d)[-/.](\d{1,2})[-/.](\d{1,2})\b"), ("y", "mn", "d")),
    # 20080118T125454Z (NewsML and other machine stamps)
    (re.compile(r"\b((?:19|20)\d\d)(\d\d)(\d\d)T\d{4}"), ("y", "mn", "d")),
    # 1/7/2008 or 7/1/2008: the year is what the evidence needs; read as month/day when it can be
    (re.compile(r"\b(\d{1,2})/(\d{1,2})/((?:19|20)\d\d)\b"), ("mn", "d", "y")),
]
_URL_DATE = [
    re.compile(r"/((?:19|20)\d\d)/(\d{1,2})/(\d{1,2})(?:/|$)"),
    re.compile(r"[/_-]((?:19|20)\d\d)-(\d{2})-(\d{2})(?:[/_.-]|$)"),
    re.compile(r"/((?:19|20)\d\d)(\d{2})(\d{2})(?:[/_.-]|$)"),
]
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_ROMAN_YEAR = re.compile(r"\bM[MCDLXVI]{3,}\b")  # MMVIII, MCMXCIX
_SEPARATORS = re.compile(r"\s+(?:>|»|/|\||::|–|—|-)\s+")
_DOMAIN_TOKEN = re.compile(r"(?<![\w.@/-])(?:www\.)?[A-Za-z0-9][\w-]*(?:\.[\w-]+)*\.(?:com|net|org|"
                           r"co\.uk|co\.za|com\.au|ca|in|uk|au|za|nz|ie|info|biz|tv|us|de|fr|eu|es)"
                           r"(?![\w-])(?:\.[a-z]{2}(?![\w-]))?", re.I)
_DOMAIN = re.compile(r"^[\w-]+(\.[\w-]+)*\.(com|net|org|co\.uk|co\.za|com\.au|ca|in|uk|au|za|"
                     r"nz|ie|info|biz|tv|us|de|fr|eu)\b", re.I)


@lru_cache(maxsize=1)
def _vocab() -> dict:
    import yaml

    with open(_LEXICON, encoding="utf-8") as fh:
        data = yaml.safe_load(fh)
    return {
        "published_keys": [k.lower() for k in data["published_keys"]],
        "outlet_keys": [k.lower() for k in data["outlet_keys"]],
        "boilerplate": [s.lower() for s in data["boilerplate_substrings"]],
        "navigation": {s.lower() for s in data["navigation_words"]},
    }


# ---------------------------------------------------------------- outlets

def _outlet_problem(value: str) -> str | None:
    """Why ``value`` is not an outlet name, or None when it may be one."""
    if collective_credit(value):
        return "a collective credit (staff, agencies or wires), not one outlet"
    low = value.lower()
    for s in _vocab()["boilerplate"]:
        if s in low:
            return f"copyright or page boilerplate ({s!r})"
    if re.search(r"\(c\)|\bc\)\s", low):
        return "copyright or page boilerplate ('(c)')"
    bare = low.strip(" .:|-")
    if bare in _vocab()["navigation"] or (
            re.fullmatch(r"[\w&]+(?: [\w&]+)? (?:story|stories|item|alerts?)", bare)):
        return "navigation or section label"
    if _YEAR.search(value) or _ROMAN_YEAR.search(value):
        return "contains a year (a notice or a headline, not a name)"
    if not re.search(r"[^\W\d_]", value):
        return "no letters"
    if len(value.split()) > 6 or len(value) > 60 or value.endswith(("...", "…")):
        return "too long for a name (a headline or a description)"
    return None


# ---------------------------------------------------------------- authors

_CALENDAR = re.compile(
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tue(?:s(?:day)?)?|"
    r"wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|today|yesterday|"
    r"updated|posted|published|am|pm|gmt|utc|[ap]\.m\.|\d+(?:st|nd|rd|th)?)\.?", re.I)
# what may be cut after a name: a whole month or weekday name, "Published", "Updated" (not "Sun",
# "Mar", "May": the Winnipeg Sun, Theresa May)
_CALENDAR_TAIL = re.compile(
    r"(?:january|february|march|april|june|july|august|september|october|november|december|monday|"
    r"tuesday|wednesday|thursday|friday|saturday|sunday|published|updated|posted)", re.I)
_READER_PROMPT = re.compile(r"\b(?:e-?mail|subscribe|sign (?:up|in)|log ?in|click|newsletter|password|"
                            r"(?:find|read|see) more)\b", re.I)
_AUTHOR_TAIL = re.compile(r"\s*(?:\||\bmore (?:by|from) this (?:author|writer|reporter)\b.*|"
                          r"\b(?:all )?(?:articles|stories|posts) by\b.*)\s*$", re.I)


def clean_author(value) -> tuple[str | None, str | None]:
    """An author read from a page made tidy, or refused with the reason.

    A page's author field (as trafilatura reads it, several joined by "; ") sometimes holds
    a date ("Dec", "Jan 1", "Friday; January"), a prompt ("Enter your email") or a link's
    text after the name ("John Leyden More by this author", "Jennifer Agiesta |"): the dates
    and prompts are dropped, the tails cut.

    Parameters
    ----------
    value : str or None

    Returns
    -------
    tuple
        ``(author, None)``, or ``(None, reason)`` when nothing is left (``reason`` None for an
        empty value).

    Examples
    --------
    >>> clean_author("John Leyden More by this author")
    ('John Leyden', None)
    >>> clean_author("Friday; January ; AFP")
    ('AFP', None)
    >>> clean_author("David Lassen Thursday; December")
    ('David Lassen', None)
    >>> clean_author("Winnipeg Sun")
    ('Winnipeg Sun', None)
    >>> clean_author("Jan 1")
    (None, 'a date or a time, not a name')
    >>> clean_author("Enter your email")
    (None, 'a prompt to the reader, not a name')
    """
    if value is None or not isinstance(value, str):
        return None, None
    kept, why = [], None
    for part in value.replace("\xa0", " ").split(";"):
        part = _AUTHOR_TAIL.sub("", " ".join(part.split())).strip(" |,-–—:")
        if not part:
            continue
        words = re.findall(r"[^\W_]+(?:\.[^\W_]+)*\.?", part)
        while len(words) > 1 and _CALENDAR_TAIL.fullmatch(words[-1]) and not _CALENDAR.fullmatch(words[0]):
            # a name and then its date: "David Lassen Thursday", "Richard Lam Published"
            part = part[:part.rstrip(" .,").rfind(words[-1].rstrip("."))].rstrip(" ,-–—:|")
            words = words[:-1]
        if all(_CALENDAR.fullmatch(w) for w in words):
            why = why or "a date or a time, not a name"
            continue
        if _READER_PROMPT.search(part):
            why = why or "a prompt to the reader, not a name"
            continue
        if collective_credit(part):     # "Staff and agencies", "Agencies", "WIRE SERVICES"
            why = why or "a collective credit (staff, agencies or wires), not a name"
            continue
        kept.append(part)
    if kept:
        return "; ".join(kept), None
    return None, why


_BYLINE_JOB = re.compile(r"[\s,]+(?:(?:staff|contributing|special)\s+)?(?:writer|correspondent|reporter|staff|"
                         r"editorial|wire|desk)s?$", re.I)


def author_outlets(author) -> tuple[str | None, list[tuple[str, str]]]:
    """An author field without the news outlets written in it, and those outlets.

    A page's author field often credits a wire or the paper itself instead of a person
    ("Reuters", "AFP", "The Associated Press", "Times Online"), or a person and then the wire
    ("TOM CANAVAN ASSOCIATED PRESS", "JASON STRAZIUSO Associated Press Writer": the AP byline
    "By NAME, Associated Press Writer"). A part (between "; ") that is a known outlet
    (:func:`analysis.lexicons.outlet_name`, after a trailing "Writer", "Staff Writer",
    "Correspondent") is no author; a part that ends in a known outlet of two words or more after
    a name of two words or more keeps the name. Only outlets the outlet data know are read ("Winnipeg
    Sun" stays: unknown, and its last word alone is no outlet of two words).

    Parameters
    ----------
    author : str or None
        The author as :func:`clean_author` gives it.

    Returns
    -------
    tuple
        ``(author, outlets)``: the author left (None when nothing is), and ``(form, one name)``
        for each outlet taken out, in order.

    Examples
    --------
    >>> author_outlets("Reuters")
    (None, [('Reuters', 'Reuters')])
    >>> author_outlets("TOM CANAVAN ASSOCIATED PRESS")
    ('TOM CANAVAN', [('ASSOCIATED PRESS', 'Associated Press')])
    >>> author_outlets("Winnipeg Sun"), author_outlets("Ann Lee")
    (('Winnipeg Sun', []), ('Ann Lee', []))
    """
    from ..lexicons import outlet_name

    if author is None or not isinstance(author, str):
        return None, []
    kept, found = [], []
    for part in (p.strip() for p in author.split(";")):
        if not part:
            continue
        bare = _BYLINE_JOB.sub("", part).strip(" ,")
        name = outlet_name(bare) or outlet_name(part)
        if name:
            found.append((part, name))
            continue
        words = bare.split()
        for k in range(2, len(words) - 1):   # a name of >= 2 words, then an outlet of >= 2 words
            tail = " ".join(words[k:])
            name = outlet_name(tail)
            if name:
                found.append((tail, name))
                part = " ".join(words[:k]).rstrip(" ,")
                break
        kept.append(part)
    return ("; ".join(kept) or None), found


def clean_outlet(value) -> tuple[str | None, str | None]:
    """An outlet candidate made tidy, or refused with the reason.

    Breadcrumbs and page titles ("SignOnSanDiego.com > News", "FT.com / Home UK / UK",
    "Goal.com - Chelsea") give their site part; copyright notices ("© 2000 Rural Press Ltd.",
    "Copyright (c) 2008 ABC News Internet Ventures"), navigation labels ("Home"), text with a
    year and text too long for a name are refused.

    Parameters
    ----------
    value : str or None
        A candidate outlet name, as read from a page or a text.

    Returns
    -------
    tuple
        ``(outlet, None)`` when the value can stand as an outlet, ``(None, reason)`` when not
        (``reason`` is None for an empty value).

    Examples
    --------
    >>> clean_outlet("SignOnSanDiego.com > News")
    ('SignOnSanDiego.com', None)
    >>> clean_outlet("© 2000 Rural Press Ltd.")
    (None, "copyright or page boilerplate ('©')")
    >>> clean_outlet("Home")
    (None, 'navigation or section label')

    A known outlet is given its one name (``analysis/lexicons/outlet_aliases.csv`` and the media
    of ``organisations.yml``), also as a ``.com`` site name:

    >>> clean_outlet("THE ASSOCIATED PRESS"), clean_outlet("Reuters.com")
    (('Associated Press', None), ('Reuters', None))
    """
    if value is None or not isinstance(value, str):
        return None, None
    value = " ".join(value.replace("\xa0", " ").replace("®", " ").replace("™", " ").split())
    value = re.sub(r"^(?:from|welcome to|by)\s+", "", value.strip(" |-–—>:"), flags=re.I)
    if not value:
        return None, None
    whole = _outlet_problem(value)
    if whole is None or not whole.startswith("copyright"):
        # a site's domain name inside a longer label: "Autopia from Wired.com",
        # "Welcome to www.dailyrecord.com - Giants", "WTNH.com, Connecticut News and Weather"
        m = _DOMAIN_TOKEN.search(value)
        if m and m.group(0) != value:
            name = m.group(0)
            return _one_name(name[4:] if name.lower().startswith("www.") else name), None
        if m and value.lower().startswith("www."):
            return _one_name(value[4:]), None
    parts = [p.strip() for p in _SEPARATORS.split(value) if p.strip()]
    if len(parts) > 1:
        hyphen_only = not re.search(r"\s(?:>|»|/|\||::)\s", value)
        # a page title "Story - Site" or a breadcrumb "Site > Section": a part that is a domain
        # name wins; otherwise a breadcrumb's first part (never for a hyphen: "Story - Site")
        domains = [p for p in parts if _DOMAIN.match(p) and _outlet_problem(p) is None]
        if domains:
            return _one_name(domains[0]), None
        if not hyphen_only:
            first = parts[0]
            if _outlet_problem(first) is None:
                return _one_name(first), None
        if whole is None and not hyphen_only:
            return None, "a breadcrumb or page title, no part of it a site name"
    if whole is not None:
        return None, whole
    return _one_name(value), None


def _one_name(value: str) -> str:
    """The outlet data's one name for ``value`` ("AP", "THE ASSOCIATED PRESS" -> "Associated
    Press"; "Reuters.com" -> "Reuters"), or ``value`` as given when the data do not know it."""
    from ..lexicons import outlet_name

    site = value[:-4] if value.lower().endswith(".com") and len(value) > 4 else None
    return outlet_name(value) or (site and outlet_name(site)) or value


# ---------------------------------------------------------------- dates

def _to_date(value) -> date | None:
    """A calendar date from an ISO or free-form date string; None when it is not a full date."""
    if value is None:
        return None
    s = " ".join(str(value).split())
    if not s or not re.search(r"\d", s):
        return None
    m = re.match(r"^((?:19|20)\d\d)-?(\d\d)-?(\d\d)(?:[T ]|$)", s)
    if m:
        try:
            return date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            return None
    if re.fullmatch(r"(?:19|20)\d\d", s):
        return None  # a bare year is not a date
    found = _text_dates(s)
    if found:
        return found[0]
    try:
        from dateutil import parser

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            dt = parser.parse(s, fuzzy=False, default=datetime(1, 1, 1))
    except (ValueError, OverflowError, TypeError):
        return None
    if dt.year < 1800 or dt.year > 2100:
        return None
    return dt.date()


def _text_dates(text: str) -> list[date]:
    out = []
    for rx, order in _DATE_PATTERNS:
        for m in rx.finditer(text):
            parts = dict(zip(order, m.groups()))
            try:
                month = _MONTHS[parts["m"][:3].lower()] if "m" in parts else int(parts["mn"])
                day, year = int(parts["d"]), int(parts["y"])
                if month > 12 and day <= 12:  # 18/1/2008: day first
                    month, day = day, month
                out.append((m.start(), date(year, month, day)))
            except (ValueError, KeyError):
                continue
    return [d for _, d in sorted(out, key=lambda t: t[0])]


_RESOURCE_DATE = re.compile(r"(?<!\d)((?:19|20)\d\d)[/_-]?(\d\d)[/_-]?(\d\d)(?!\d)")


def _resource_dates(tree) -> list[date]:
    """Dates in the addresses of the page's images, scripts, style sheets and backgrounds."""
    out = []
    for el in tree.iter("img", "script", "link", "body", "table", "td", "input", "iframe"):
        for attr in ("src", "background") + (("href",) if el.tag == "link" else ()):
            u = el.get(attr)
            if not u:
                continue
            for m in _RESOURCE_DATE.finditer(u):
                try:
                    out.append(date(int(m[1]), int(m[2]), int(m[3])))
                except ValueError:
                    continue
    return out


def _url_date(url: str | None) -> date | None:
    if not url:
        return None
    for rx in _URL_DATE:
        m = rx.search(url)
        if m:
            try:
                return date(int(m[1]), int(m[2]), int(m[3]))
            except ValueError:
                continue
    return None


def _is_copyright_line(line: str) -> bool:
    """A copyright notice, or a template's footer naming the software that made the page
    ("Powered by WordPress", "Powered by leshebdos.com V 4 28.05.2007"): a date in it is the
    site's or the template's, not the article's."""
    low = line.lower()
    return "©" in line or "copyright" in low or "rights reserved" in low or bool(
        re.search(r"\(c\)\s*(?:19|20)\d\d", low)) or bool(_SOFTWARE_LINE.search(low))


def _prints_date(line: str, d: date) -> bool:
    """Whether ``line`` prints date ``d``, in words or as numbers ("28.05.2007", "2007-05-28")."""
    if d in _text_dates(line):
        return True
    day, month, year = rf"0?{d.day}", rf"0?{d.month}", str(d.year)
    return bool(re.search(rf"(?<!\d)(?:{day}[./-]{month}[./-]{year}|{month}[./-]{day}[./-]{year}|"
                          rf"{year}[./-]{month}[./-]{day})(?!\d)", line))


_SOFTWARE_LINE = re.compile(r"\b(?:powered by|site by|built with|generated by)\b")


_CUES = [(re.compile(r"\b(published|posted|first published|date published|publication date|"
                     r"(?:article )?online since)\b", re.I), 0),
         (re.compile(r"\b(last updated|updated|last modified)\b", re.I), 1)]


def _cued_date(lines: list[str]):
    """(cue, date) of the first line that prints a full date after "Published" or "Posted"
    (else after "Updated"); None when no line does. Copyright lines and long lines (running
    text) do not count."""
    best = None
    for ln in lines:
        if len(ln) > 160 or _is_copyright_line(ln):
            continue
        for rx, rank in _CUES:
            m = rx.search(ln)
            if not m:
                continue
            found = _text_dates(ln[m.end():])
            if found and (best is None or rank < best[0]):
                best = (rank, m.group(1), found[0])
            break
        if best is not None and best[0] == 0:
            break
    return (best[1], best[2]) if best else None


_JS_COMMENT = re.compile(r"(?m)^\s*//[^\n]*$|/\*.*?\*/", re.S)


def _script_comment_dates(tree) -> tuple[set[date], set[date]]:
    """Full dates in the comments of the page's scripts (a CMS or ad template's
    "//2007-10-15: Banner") and in the rest of the scripts' code (where a page may write its
    own date: ``pubdate='2008/01/15'``)."""
    comments: set[date] = set()
    code: set[date] = set()
    for el in tree.iter("script"):
        if not el.text:
            continue
        comments.update(d for m in _JS_COMMENT.finditer(el.text) for d in _text_dates(m.group(0)))
        code.update(_text_dates(_JS_COMMENT.sub(" ", el.text)))
    return comments, code


def _text_lines(tree, scripts: bool = True) -> list[str]:
    """Lines of the page's text, scripts included by default (a broken page can leave its body
    inside an unclosed ``<script>``, and NewsML envelopes print their dates there), styles left
    out."""
    parts: list[str] = []
    skip = (None, "style") if scripts else (None, "style", "script")
    for el in tree.iter():
        tag = el.tag.lower() if isinstance(el.tag, str) else None
        if el.text and tag not in skip:
            parts.append(el.text)
        if el.tail:
            parts.append(el.tail)
        parts.append("\n")
    return [" ".join(ln.split()) for ln in "".join(parts).split("\n") if ln.strip()]


def _meta_pairs(tree) -> list[tuple[str, str]]:
    """(key, value) of every <meta> with name/property/itemprop/http-equiv and content, and of
    every element with itemprop and a content/datetime attribute, in page order."""
    out = []
    for el in tree.iter():
        if not isinstance(el.tag, str):
            continue
        key = el.get("property") or el.get("name") or el.get("itemprop")
        if not key:
            continue
        value = el.get("content") or el.get("datetime")
        if value is None and el.tag.lower() != "meta" and el.get("itemprop"):
            value = el.text_content()
        if value and value.strip():
            out.append((key.strip().lower(), value.strip()))
    return out


def _json_ld(tree) -> list[dict]:
    objs: list[dict] = []
    for el in tree.iter("script"):
        if (el.get("type") or "").strip().lower() != "application/ld+json" or not el.text:
            continue
        try:
            data = json.loads(el.text)
        except (ValueError, RecursionError):
            continue
        stack = [data]
        while stack:
            x = stack.pop()
            if isinstance(x, list):
                stack.extend(x)
            elif isinstance(x, dict):
                objs.append(x)
                if "@graph" in x:
                    stack.append(x["@graph"])
    return objs


def _ld_publisher(objs: list[dict]) -> str | None:
    for o in objs:
        p = o.get("publisher") or o.get("sourceOrganization")
        if isinstance(p, list) and p:
            p = p[0]
        if isinstance(p, dict):
            p = p.get("name")
        if isinstance(p, str) and p.strip():
            return p
    return None


def _page_url(tree) -> str | None:
    for el in tree.iter("link"):
        if (el.get("rel") or "").lower() == "canonical" and el.get("href"):
            return el.get("href")
    for el in tree.iter("meta"):
        if (el.get("property") or el.get("name") or "").lower() == "og:url" and el.get("content"):
            return el.get("content")
    return None


def _host(url: str | None) -> str | None:
    if not url:
        return None
    m = re.match(r"^[a-z][a-z0-9+.-]*://([^/:?#]+)", url.strip(), re.I)
    if not m:
        return None
    host = m[1].lower()
    return host[4:] if host.startswith("www.") else host


def _parse_tree(page):
    if not isinstance(page, str):
        return page
    import lxml.html

    parser = lxml.html.HTMLParser(huge_tree=True, remove_comments=True, encoding="utf-8")
    return lxml.html.document_fromstring(page.encode("utf-8", "replace"), parser=parser)


def page_metadata(page, url: str | None = None, *, title: str | None = None,
                  sitename: str | None = None,
                  found_date: str | None = None, run_htmldate: bool = True) -> dict:
    """The outlet and publication date of an HTML page, each with where it came from.

    Outlet, in this order: ``og:site_name``, the JSON-LD ``publisher``, ``<meta>`` publisher
    keys (``application-name``, ``DC.publisher`` ...), ``sitename`` (a guess such as
    trafilatura's), and the host name of the page's address (``url``, else its canonical link
    or ``og:url``). Each candidate goes through :func:`clean_outlet`, which refuses copyright
    lines, navigation labels and text too long for a name; a candidate that is the page's
    headline is refused too.

    Date, in this order: JSON-LD ``datePublished``/``dateCreated``, ``<meta>`` publication keys
    (``article:published_time``, ``DC.date.issued``, ``pubdate`` ...; never ``expires`` or
    ``last-modified``), ``<time datetime>``, a date in the address, the first date printed
    after "Published" or "Posted" (else "Updated") in the page text, and ``found_date`` (by
    default htmldate's search of the page, offline). A candidate is refused when it is a year
    or month alone (htmldate gives ``YYYY-01-01`` for a bare year such as a copyright year, and
    ``YYYY-MM-01`` for "July 2006") unless the page prints that full date; when htmldate found
    it only in the address of an image, script or style sheet, or only in a comment of a
    script; or when it lies more than :data:`FAR_DAYS` days before the upper quartile of the
    page's other dates (the address, the other candidates and, for a date found in the text,
    the full dates printed in the page outside copyright lines). Only a date *before* that
    evidence is refused: a page may print later dates (related stories, events to come), but a
    copyright year or a template date is early.

    Parameters
    ----------
    page : str or lxml.html.HtmlElement
        The page's HTML (decoded) or its parsed tree.
    url : str, optional
        The page's address, if known.
    title : str, optional
        The page's headline, if known: an outlet candidate equal to it is refused (as is the
        longest part of a ``<title>`` such as "Striker Signs : SITE").
    sitename : str, optional
        A further outlet candidate (e.g. trafilatura's ``sitename``), tried after the
        structured metadata.
    found_date : str, optional
        A date already found by htmldate (trafilatura runs it); when None and
        ``run_htmldate``, htmldate is run here.
    run_htmldate : bool, default True
        Run htmldate (offline) when ``found_date`` is not given.

    Returns
    -------
    dict
        ``outlet`` (str or None), ``outlet_source``, ``published`` (``YYYY-MM-DD`` or None),
        ``date_basis`` (``"metadata"``, ``"inferred"``, ``"stated"`` or ``"unknown"``),
        ``date_source`` (which field or search gave the date) and ``metadata_note`` (what was
        refused and why; None when nothing was).

    Examples
    --------
    >>> html = '''<html><head><meta property="og:site_name" content="Harbour Herald">
    ... <meta property="article:published_time" content="2021-03-04T08:00:00Z"></head>
    ... <body><p>March 4, 2021</p><p>Ferry fares rise.</p>
    ... <p>© 1999 Harbour Media Ltd. All rights reserved.</p></body></html>'''
    >>> m = page_metadata(html)
    >>> m["outlet"], m["published"], m["date_basis"], m["date_source"]
    ('Harbour Herald', '2021-03-04', 'metadata', 'meta article:published_time')
    """
    tree = _parse_tree(page)
    notes: list[str] = []
    vocab = _vocab()
    pairs = _meta_pairs(tree)
    ld = _json_ld(tree)
    page_url = url or _page_url(tree)

    # ---- outlet
    outlet_cands: list[tuple[str, str]] = []
    for key, value in pairs:
        if key == "og:site_name":
            outlet_cands.append(("meta og:site_name", value))
    pub = _ld_publisher(ld)
    if pub:
        outlet_cands.append(("ld+json publisher", pub))
    for k in vocab["outlet_keys"]:
        if k == "og:site_name":
            continue
        for key, value in pairs:
            if key == k:
                outlet_cands.append((f"meta {k}", value))
    if sitename:
        outlet_cands.append(("page title or footer (trafilatura sitename)", sitename))
    beside = _title_site(tree, title)
    if beside:
        outlet_cands.append(("page <title> beside the headline", beside))
    host = _host(page_url)
    if host:
        outlet_cands.append(("host name of the address", host))
    outlet = outlet_source = None
    headlines = _headlines(tree, title)
    for source, value in outlet_cands:
        clean, why = clean_outlet(value)
        if clean and source != "host name of the address" and \
                " ".join(clean.lower().split()) in headlines:
            clean, why = None, "the page's headline"
        if clean:
            outlet, outlet_source = clean, source
            break
        if why:
            notes.append(f"outlet {_short(value)!s} from {source} refused: {why}")
    if outlet is None and not outlet_cands:
        notes.append("no outlet in the page's metadata and no address")

    # ---- date candidates
    date_cands: list[tuple[str, str, date]] = []  # (source, basis, date)
    bare: list[tuple[str, str]] = []
    for key in ("datePublished", "dateCreated"):
        for o in ld:
            d = _to_date(o.get(key)) if isinstance(o.get(key), str) else None
            if d:
                date_cands.append((f"ld+json {key}", "metadata", d))
                break
    time_cands = []
    for el in tree.iter("time"):
        dt = el.get("datetime")
        d = _to_date(dt)
        if d:
            strong = el.get("pubdate") is not None or (el.get("itemprop") or "").lower() == "datepublished"
            time_cands.append((0 if strong else 1, d))
    for k in vocab["published_keys"]:
        for key, value in pairs:
            if key == k:
                d = _to_date(value)
                if d:
                    date_cands.append((f"meta {k}", "metadata", d))
                elif re.fullmatch(r"\s*(?:19|20)\d\d\s*", value):
                    bare.append((f"meta {k}", value.strip()))
    for rank, d in sorted(time_cands, key=lambda t: t[0])[:1]:
        date_cands.append(("time datetime" + (" (pubdate)" if rank == 0 else ""), "metadata", d))
    ud = _url_date(page_url)
    if ud:
        date_cands.append(("date in the address", "inferred", ud))
    if found_date is None and run_htmldate:
        found_date = _htmldate(tree, page_url)
    hd = _to_date(found_date)
    lines = _text_lines(tree)
    text_dates = [d for ln in lines if not _is_copyright_line(ln) for d in _text_dates(ln)]
    cued = _cued_date(lines)
    if cued:
        date_cands.append((f"page text after {cued[0].lower()!r}", "stated", cued[1]))
    copyright_years = {int(y) for ln in lines if _is_copyright_line(ln) for y in _YEAR.findall(ln)}
    if hd is not None and hd not in text_dates and not any(d == hd for _, _, d in date_cands) \
            and any(abs((hd - r).days) <= 1 for r in _resource_dates(tree)):
        notes.append(f"date {hd.isoformat()} from htmldate refused: found only in the address of "
                     "an image, script or style sheet (a template file, not the article)")
        hd = None
    if hd is not None and hd not in text_dates and not any(d == hd for _, _, d in date_cands) \
            and any(_prints_date(ln, hd) for ln in _text_lines(tree, scripts=False)
                    if len(ln) <= 160 and _SOFTWARE_LINE.search(ln.lower())):
        notes.append(f"date {hd.isoformat()} from htmldate refused: printed only in a software "
                     "footer ('Powered by ...'), the site's date, not the article's")
        hd = None
    if hd is not None and not any(d == hd for _, _, d in date_cands):
        in_comments, in_code = _script_comment_dates(tree)
        if hd in in_comments and hd not in in_code and hd not in {
                d for ln in _text_lines(tree, scripts=False) for d in _text_dates(ln)}:
            notes.append(f"date {hd.isoformat()} from htmldate refused: found only in a comment "
                         "of a script (a template's note, not the article)")
            hd = None
    if hd is not None:
        if hd.day == 1 and hd not in text_dates and not any(d == hd for _, _, d in date_cands):
            # htmldate gives the first of the month for "2006" or "July 2006" (and for a
            # copyright range "2006-07"): not a publication date
            why = ("from a copyright notice" if hd.year in copyright_years
                   else "a year or month alone, not printed as a full date")
            shown = f"{hd.year}" if hd.month == 1 else f"{hd.year}-{hd.month:02d}"
            bare.append(("htmldate", f"{shown} ({why})"))
        else:
            date_cands.append(("htmldate (page text or markup)", "stated", hd))
    for source, value in bare:
        notes.append(f"date {value} from {source} refused: a year or month alone is not a "
                     "publication date")

    # ---- the first candidate consistent with the page's other dates
    published = None
    basis, date_source = "unknown", None
    for i, (source, b, d) in enumerate(date_cands):
        # metadata and the address are weighed against each other; a date found in the text
        # also against the full dates printed in the page (outside copyright lines)
        others = [x for j, (_, bj, x) in enumerate(date_cands)
                  if j != i and (b == "stated" or bj != "stated")]
        if b == "stated":
            others += text_dates
        if others:
            # the upper quartile: a copyright year or a template date lies before most of the
            # page's dates, even when a table of old dates pulls the median back
            ranked = sorted(others)
            mid = ranked[int(0.75 * (len(ranked) - 1))]
            gap = (mid - d).days
            if gap > FAR_DAYS:
                notes.append(f"date {d.isoformat()} from {source} refused: {gap} days before "
                             f"the upper quartile of the page's other {len(others)} dates "
                             f"({mid.isoformat()})")
                continue
        published, basis, date_source = d.isoformat(), b, source
        break
    if published is None and not any(n.startswith("date ") for n in notes):
        notes.append("no publication date in the page's metadata, address or text")
    return {
        "outlet": outlet,
        "outlet_source": outlet_source,
        "published": published,
        "date_basis": basis,
        "date_source": date_source,
        "metadata_note": "; ".join(notes) or None,
    }


def _headlines(tree, title: str | None) -> set[str]:
    """The page's headline, lower case: ``title`` and the longest part of ``<title>`` when it
    is split by a separator ("Striker Signs : SITE") and has three words or more."""
    out = set()
    if title and len(title.split()) >= 3:
        out.add(" ".join(title.lower().split()))
    for el in tree.iter("title"):
        text = " ".join((el.text_content() or "").split())
        parts = [p.strip() for p in re.split(r"\s+(?:>|»|/|\||::|:|–|—|-)\s+", text) if p.strip()]
        if len(parts) > 1:
            longest = max(parts, key=len)
            if len(longest.split()) >= 3:
                out.add(longest.lower())
        break
    return out


_TOP_SEPARATORS = re.compile(r"\s+(?:\||-|–|—|·|•)\s+")


def _norm(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", text.lower()).split())


def _title_site(tree, title: str | None) -> str | None:
    """The site part of ``<title>`` when the rest of it is the headline (printed as such in an
    h1-h3): "Ferry fares rise - Harbour Herald" with headline "Ferry fares rise" gives
    "Harbour Herald"."""
    if not title or len(title.split()) < 3:
        return None
    head = _norm(title)
    # the headline must be printed as one on the page (h1-h3), else the title split is a guess
    if not any(_norm(h.text_content() or "") == head for h in tree.iter("h1", "h2", "h3")):
        return None
    for el in tree.iter("title"):
        text = " ".join((el.text_content() or "").split())
        parts = [p for p in _TOP_SEPARATORS.split(text) if p.strip()]
        if len(parts) < 2:
            return None
        # the headline at the start: the site is the last part; at the end: the first part
        for i in range(1, len(parts)):
            if _norm(" ".join(parts[:i])) == head:
                return parts[-1].strip()
            if _norm(" ".join(parts[i:])) == head:
                return parts[0].strip()
        return None
    return None


def _short(value: str, n: int = 60) -> str:
    value = " ".join(str(value).split())
    return repr(value if len(value) <= n else value[: n - 1] + "…")


def _htmldate(tree, url):
    try:
        from htmldate import find_date
    except ImportError:  # optional: without it, only structured metadata and the address count
        return None
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return find_date(tree, url=url, extensive_search=True, original_date=True,
                             outputformat="%Y-%m-%d")
    except Exception:  # htmldate raises on odd trees; a missing date is the honest answer
        return None
