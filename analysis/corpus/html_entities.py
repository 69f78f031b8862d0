"""HTML character references left in exported text: decoded, broken ones included.

Text exported from web pages and news feeds often keeps HTML character references: ``&quot;``,
``&#39;``, double-escaped ``&amp;quot;``, or, once an export has dropped the ``&``, broken ones
such as ``quot;`` and ``#39;`` (AG News: ``Ask Jeeves #39;s``, ``quot;We are ...``). Left in,
they become words: "quot" was a top term of a topic on AG News (docs/corpus-runs.md, finding
14). :func:`normalize_entities` decodes them with the standard library's :func:`html.unescape`
(the HTML5 table, with the Windows-1252 reading of ``&#146;`` and the like that browsers use):

* every reference written with ``&`` (named, decimal ``&#39;``, hex ``&#x27;``), repeatedly, so a
  double-escaped ``&amp;quot;`` becomes ``"``;
* a numeric reference whose ``&`` was lost (``#39;``, ``#x27;``), when it does not follow a letter,
  digit or ``&`` (so ``issue#39;`` and ``C#;`` stay as written) and stands for punctuation, a
  symbol or a space (so ``ranked #1;`` and ``seeded #65;`` stay as written); a currency sign only
  before an amount (``#36;5 million`` is "$5 million", "he wore #36; his brother #12" stays);
* a named reference whose ``&`` was lost, for the names listed in
  ``analysis/lexicons/html_entities_without_ampersand.txt`` only (``quot;``, ``amp;``, ``lt;``,
  ``nbsp;``, ``mdash;`` ...): names that are not English words followed by a semicolon (``amp;``
  is the one doubtful case, kept because ``AT amp;T`` and ``Johnson amp; Johnson`` are common in
  feed exports); any other word before a semicolon is never touched;
* an HTML tag that was escaped as text (``&lt;b&gt;Sales&lt;/b&gt;``, ``&lt;A HREF="..."&gt;``) is
  removed, its content kept; a decoded character that would break a line (``&#10;``) becomes a
  space, so the document keeps its lines.

:func:`load_corpus` applies it to the raw text before the cleaning rules and counts what it
decoded in the loading problems; :func:`entity_counts` gives the per-form counts.

HTML tags written as such in a plain-text field (a JSON or CSV export of a CMS: ``<p>``,
``<a href="...">Reuters</a>``, ``<font size=-1>``) are taken out by :func:`strip_html_tags`, which
the cleaner calls line by line and records in each line's reason; an inline element keeps its
text (a link its anchor text). Angle brackets that are no tag stay: a comparison (``x < 5``), an
e-mail address (``<jane@example.com>``), a ticker in brackets as Reuters writes it (``<AXP>``,
``<U>``: an upper-case name without attributes is a tag only when its closing tag follows).
"""
from __future__ import annotations

import html
import re
import unicodedata
from collections import Counter
from functools import lru_cache
from importlib import resources

__all__ = ["normalize_entities", "entity_counts", "strip_html_tags"]

_NUMERIC = r"#(?:[0-9]{1,7}|[xX][0-9a-fA-F]{1,6});"
# an escaped tag: &lt;b&gt;, &lt;/A&gt;, &lt;A HREF="http://..."&gt; (also double-escaped)
_ESCAPED_TAG = re.compile(r"&(?:amp;)*lt;\s*/?\s*[A-Za-z][A-Za-z0-9]*(?:\s[^\n<>]{0,300}?)?\s*/?\s*&(?:amp;)*gt;")
_AMP_REFERENCE = re.compile(r"&(?:[A-Za-z][A-Za-z0-9]{1,31};|" + _NUMERIC + ")")
# what a bare "#NN;" may stand for: punctuation, symbols, space separators (not letters,
# digits or control characters)
_BARE_CATEGORIES = frozenset("Pc Pd Ps Pe Pi Pf Po Sm Sc Sk So Zs".split())
_LINE_BREAKING = str.maketrans({c: " " for c in "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"})


@lru_cache(maxsize=1)
def _bare_names() -> frozenset:
    """Named references decoded without their '&' (the lexicon file, comments left out)."""
    text = resources.files("analysis").joinpath("lexicons", "html_entities_without_ampersand.txt").read_text("utf-8")
    return frozenset(w for w in (line.split("#", 1)[0].strip() for line in text.splitlines()) if w)


@lru_cache(maxsize=1)
def _bare_pattern() -> re.Pattern:
    names = "|".join(sorted(map(re.escape, _bare_names()), key=len, reverse=True))
    return re.compile(r"(?<![A-Za-z0-9&#])(?:" + _NUMERIC + r"|(?:" + names + r");)")


_SPACED_APOSTROPHE = re.compile(r"(?<=[^\W\d_]) (#39;|#039;|apos;)(?=[^\W\d_])")


def _decode(reference: str) -> str:
    out = html.unescape(reference)
    return out.translate(_LINE_BREAKING) if out != reference else reference


def _normalize(text: str, counts: Counter | None) -> str:
    def note(form: str) -> None:
        if counts is not None:
            counts[form] += 1

    def tag(m: re.Match) -> str:
        note("escaped HTML tag")
        return " "

    def amp(m: re.Match) -> str:
        out = _decode(m.group(0))
        if out != m.group(0):
            note(m.group(0))
        return out

    def bare(m: re.Match) -> str:
        ref = m.group(0)
        out = _decode("&" + ref)
        if out == "&" + ref:           # not a reference html knows: leave it
            return ref
        # a bare number is decoded only to punctuation, a symbol or a space ("#39;" -> "'",
        # "#36;" -> "$"): "ranked #1;" or "seeded #65;" stay as written
        char = html.unescape("&" + ref)
        if ref.startswith("#") and not (len(char) == 1 and unicodedata.category(char) in _BARE_CATEGORIES):
            return ref
        # a currency sign stands before an amount ("#36;5 million" -> "$5 million"): "jersey
        # #36; his brother's #12" is a number and a semicolon
        if ref.startswith("#") and unicodedata.category(char) == "Sc" \
                and not re.match(r" ?\.?[0-9]", m.string[m.end():m.end() + 3]):
            return ref
        note(ref)
        return out

    text = _ESCAPED_TAG.sub(tag, text)
    for _ in range(3):                 # &amp;amp;quot; -> &amp;quot; -> &quot; -> "
        new = _AMP_REFERENCE.sub(amp, text)
        if new == text:
            break
        text = new
    # "It #39;s": the '&' of an apostrophe's reference was replaced by a space; the
    # apostrophe closes the word again ("It's"), as it was written
    text = _SPACED_APOSTROPHE.sub(lambda m: (note(m.group(1)), "'")[1], text)
    return _bare_pattern().sub(bare, text)


def normalize_entities(text: str) -> str:
    """Decode HTML character references, also those that lost their ``&``.

    Parameters
    ----------
    text : str
        Raw document text.

    Returns
    -------
    str
        The text with references decoded and escaped tags removed; line breaks stay where
        they were. Text without ``;`` is returned unchanged at once.

    Examples
    --------
    >>> normalize_entities("quot;We will appeal, quot; Ask Jeeves #39;s lawyer said.")
    '"We will appeal, " Ask Jeeves\\'s lawyer said.'
    >>> normalize_entities("AT amp;T sold &amp;quot;bonds&amp;quot; &lt;b&gt;today&lt;/b&gt;")
    'AT &T sold "bonds"  today '
    >>> normalize_entities("Issue#39; stays; so do C#; and quote; as words.")
    'Issue#39; stays; so do C#; and quote; as words.'
    """
    if not text or ";" not in text:
        return text
    return _normalize(text, None)


def entity_counts(texts) -> Counter:
    """How often each reference form was decoded in ``texts`` (escaped tags as one form).

    Parameters
    ----------
    texts : iterable of str

    Returns
    -------
    collections.Counter
        Form as written (``"quot;"``, ``"&#39;"``, ``"escaped HTML tag"``) -> count.

    Examples
    --------
    >>> sorted(entity_counts(["quot;Yes,quot; he said", "it#39;s &amp; more"]).items())
    [('&amp;', 1), ('quot;', 2)]
    """
    counts: Counter = Counter()
    for t in texts:
        if isinstance(t, str) and ";" in t:
            _normalize(t, counts)
    return counts


# HTML element names (the HTML 4.01 and HTML5 elements news pages use in their text and furniture)
_ELEMENTS = (
    "a abbr acronym address article aside b big blockquote body br button caption center cite code col "
    "dd del dfn div dl dt em embed fieldset figcaption figure font footer form h1 h2 h3 h4 h5 h6 head "
    "header hr html i iframe img input ins kbd label legend li link main mark meta nav nobr noscript "
    "object ol option p param picture pre q s samp script section select small source span strike "
    "strong style sub sup table tbody td textarea tfoot th thead time title tr tt u ul var video wbr"
).split()
# inline elements: the text they wrap runs on with its neighbours (no space is put for the tag)
_INLINE = frozenset("a abbr acronym b big cite code del dfn em font i ins kbd mark nobr q s samp small "
                    "span strike strong sub sup time tt u var".split())
_TAG = re.compile(
    r"<(?P<close>/)?\s*(?P<name>(?i:" + "|".join(sorted(_ELEMENTS, key=len, reverse=True)) + r"))"
    r"(?P<attrs>(?:\s+[A-Za-z_:][\w:.-]*(?:\s*=\s*(?:\"[^\"<>]*\"|'[^'<>]*'|[^\s\"'<>]+))?)*)"
    r"\s*(?P<slash>/)?\s*>",
    re.S,
)


def _strip_comments(text: str) -> tuple[str, int]:
    """``text`` without its HTML comments (``<!-- ... -->``, each a space) and their number; an
    unclosed ``<!--`` stays. A scan with ``str.find``: a regex ``<!--.*?-->`` is quadratic on
    many unclosed comments."""
    if "<!--" not in text:
        return text, 0
    parts, n, at = [], 0, 0
    while True:
        a = text.find("<!--", at)
        b = text.find("-->", a + 4) if a >= 0 else -1
        if b < 0:
            parts.append(text[at:])
            return "".join(parts), n
        parts.append(text[at:a] + " ")
        n += 1
        at = b + 3


def strip_html_tags(text: str) -> tuple[str, int]:
    """Take HTML tags written as text out of ``text``, keeping what they wrap.

    A tag is taken out when it is a comment, a closing tag (``</a>``, ``</P>``), an opening tag
    whose attributes have values (``<a href="...">``, ``<font size=-1>``; a company's name in
    brackets, ``<Mark Resources Inc>``, is no tag), a self-closing one (``<br/>``), or
    one written in lower case (``<p>``, ``<b>``); an upper-case opening tag without attributes
    (``<B>``, ``<U>``, ``<BR>``) only when its closing tag is in the text, since a ticker in angle
    brackets (``<U>``, ``<BR>``, ``<AXP>``) is written so. An inline element's tags leave nothing
    (``<a href="...">Reuters</a>`` -> ``Reuters``), any other a space (``</p><p>``).

    Parameters
    ----------
    text : str

    Returns
    -------
    tuple
        ``(text, n)``: the text without the tags and the number of tags taken out. Text without
        ``<`` is returned unchanged at once.

    Examples
    --------
    >>> strip_html_tags('Shares of <a href="http://x.com/q?s=IBM">IBM</a> rose <b>2%</b>.<br/>')
    ('Shares of IBM rose 2%. ', 5)
    >>> strip_html_tags("If x < 5 and y > 3, mail <jane@example.com>; Chrysler <C> and <U> rose.")
    ('If x < 5 and y > 3, mail <jane@example.com>; Chrysler <C> and <U> rose.', 0)
    """
    if not text or "<" not in text:
        return text, 0
    text, n = _strip_comments(text)
    closed = {m.group("name").lower() for m in _TAG.finditer(text) if m.group("close")}

    def repl(m: re.Match) -> str:
        nonlocal n
        name = (m.group("name") or "").lower()
        # an attribute with a value marks a tag; one without ("<td nowrap>", "<iframe ...
        # allowfullscreen>") only a tag written in lower case or closed in the text, as
        # "<B Resources>" or "<Mark Resources Inc>" is a company's name
        if m.group("name") and not (m.group("close") or "=" in m.group("attrs") or m.group("slash")
                                    or m.group("name").islower() or name in closed):
            return m.group(0)           # "<U>", "<BR>": a ticker, not a tag
        n += 1
        return "" if name in _INLINE else " "

    out = _TAG.sub(repl, text)
    return out, n
