"""Showing corpus text literally inside Markdown and HTML.

Titles, outlets, sentences and paragraphs come from scrapers and exports: they may hold
``<script>`` tags, ``onerror=`` handlers, ``javascript:`` links, Markdown (``**bold**``,
``[link](...)``) or LaTeX (``$x$``). Wherever such text is placed into Markdown that a notebook
renders (``display(Markdown(...))``) or into HTML, it goes through :func:`escape_markdown`
first, so that the reader sees exactly the characters of the source and nothing in it runs or
changes the layout.

How: every character that means something to HTML, Markdown or a URL/e-mail autolinker is
written as a numeric character reference (``&#60;`` for ``<``). Both Markdown renderers in use
(JupyterLab's and nbconvert's) turn a reference into the literal character and never read it
as markup; the browser shows the character. Line breaks become spaces (a line of corpus text
must not start a heading, list or code block). The result is wrapped in a
``<span class="tex2jax_ignore">`` so that MathJax, where a page loads it (JupyterLab does), does
not typeset dollar signs or ``\\(`` in the text: MathJax works on the rendered page, after the
references are decoded.
"""
from __future__ import annotations

import math
import re

# HTML: & < > " '   Markdown: \ ` * _ { } [ ] ( ) # + - . ! | ~ = ^ (emphasis, links, lists,
# headings, tables, setext underlines, footnotes)   autolinks: : / @   LaTeX: $ %
_SPECIAL = set("&<>\"'\\`*_{}[]()#+-.!|~=^:/@$%")
_TABLE = {ord(c): f"&#{ord(c)};" for c in _SPECIAL}
_BREAKS = re.compile(r"\s*[\r\n\u2028\u2029\x0b\x0c\x85]+\s*")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


def escape_text(value) -> str:
    """Characters of *value* as numeric references where they could be read as markup.

    Like :func:`escape_markdown` without the MathJax guard: for places that are not typeset
    (HTML attribute values, the front page). Missing values (None, NaN) give ``""``.

    Examples
    --------
    >>> escape_text("<b>A & B</b>")
    '&#60;b&#62;A &#38; B&#60;&#47;b&#62;'
    """
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    try:
        import pandas as pd

        if value is pd.NA or value is pd.NaT:
            return ""
    except ImportError:  # pragma: no cover
        pass
    text = _CONTROL.sub("", _BREAKS.sub(" ", str(value)))
    return text.translate(_TABLE)


def escape_markdown(value) -> str:
    """Make corpus text show literally inside Markdown (and the HTML rendered from it).

    HTML-escapes the text, neutralises Markdown and LaTeX specials and autolinks, turns line
    breaks into spaces and keeps MathJax away from it. Use it on every piece of corpus text or
    metadata (titles, outlets, document ids, sentences, quotes, terms) placed into a string that
    is shown with ``display(Markdown(...))``.

    Parameters
    ----------
    value : str or any
        Text to show; other values are converted with ``str``; None and NaN give ``""``.

    Returns
    -------
    str
        Markdown source that renders as exactly the characters of *value*.

    Examples
    --------
    >>> escape_markdown("**Trade** <script>alert(1)</script> costs $5")
    '<span class="tex2jax_ignore">&#42;&#42;Trade&#42;&#42; &#60;script&#62;alert&#40;1&#41;&#60;&#47;script&#62; costs &#36;5</span>'
    >>> escape_markdown("plain words")
    'plain words'
    >>> escape_markdown(None)
    ''
    """
    text = escape_text(value)
    if not text or "&" not in text:
        return text
    return f'<span class="tex2jax_ignore">{text}</span>'
