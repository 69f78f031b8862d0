"""Paragraphs and sentences of the clean text, with character offsets.

Sentence splitting uses NLTK's Punkt algorithm untrained (no download), given a list of
abbreviations common in English news, plus one repair Punkt cannot make on its own: a
sentence end with no space after it, as in ``tomorrow."This`` or ``said.The``.
"""
from __future__ import annotations

import re
from collections import OrderedDict
from functools import lru_cache

import numpy as np
import pandas as pd
from nltk.tokenize.punkt import PunktLanguageVars, PunktParameters, PunktSentenceTokenizer, PunktToken

from ..progress import progress

# Lower-case, without the final full stop, as Punkt expects.
NEWS_ABBREVIATIONS = {
    # titles and honorifics
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cmdr", "adm", "sgt",
    "sen", "rep", "gov", "pres", "amb", "hon", "rev", "st", "jr", "sr", "messrs", "mme", "mlle",
    # months and days
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    # places, organisations and common short forms
    "u.s", "u.n", "u.k", "e.u", "u.s.a", "d.c", "n.y", "l.a", "s.a", "inc", "corp", "ltd", "co",
    "bros", "dept", "govt", "no", "nos", "vs", "v", "a.m", "p.m", "approx", "est", "ft", "mt",
    "e.g", "i.e", "cf", "al",
}

_PARA_SPLIT = re.compile(r"\n[ \t]*\n+")
# A sentence end glued to the next sentence: two lower-case letters (not an initialism),
# a terminal mark, optionally a closing quote, then an opening quote or a capitalised word.
_GLUED = re.compile(r"(?<=[a-z]{2}[.!?])(?=\"?[A-Z][a-z])|(?<=[a-z]{2}[.!?]\")(?=[A-Z][a-z])")
# The same cut positions, found from the terminal mark: a pattern that opens with a character
# class is searched for fast, where _GLUED tries its look-behind at every character. A mark
# followed by a quote gives two cuts, after the mark and after the quote, as _GLUED does.
_GLUED_MARK = re.compile(r'[.!?](?<=[a-z]{2}[.!?])("?)(?=[A-Z][a-z])')


def _glued_cuts(text: str) -> list[int]:
    """``[m.start() for m in _GLUED.finditer(text)]``, faster."""
    cuts = []
    for m in _GLUED_MARK.finditer(text):
        cuts.append(m.start() + 1)
        if m.group(1):
            cuts.append(m.start() + 2)
    return cuts


# Punkt's own patterns, compiled by ``re``. NLTK 3.10 compiles them with the third-party
# ``regex`` engine under a per-call time limit (nltk.redos, a guard against patterns a caller
# supplies); these are NLTK's fixed patterns, and the wrapper made Punkt about 2.5 times slower
# on news paragraphs. The patterns and flags are those of nltk/tokenize/punkt.py; the spans are
# the same (tests/test_speed_round12.py compares them with the stock tokenizer).
class _PunktVars(PunktLanguageVars):
    re_boundary_realignment = re.compile(PunktLanguageVars.re_boundary_realignment.pattern, re.MULTILINE)

    def __init__(self):
        stock = PunktLanguageVars()
        self._re_word_tokenizer = re.compile(stock._word_tokenizer_re().pattern, re.UNICODE | re.VERBOSE)
        self._re_period_context = re.compile(stock.period_context_re().pattern, re.UNICODE | re.VERBOSE)


_NON_PUNCT = re.compile(r"[^\W\d]")


class _PunktToken(PunktToken):
    __slots__ = ()
    _RE_ELLIPSIS = re.compile(PunktToken._RE_ELLIPSIS.pattern)
    _RE_NUMERIC = re.compile(PunktToken._RE_NUMERIC.pattern)
    _RE_INITIAL = re.compile(PunktToken._RE_INITIAL.pattern)
    _RE_ALPHA = re.compile(PunktToken._RE_ALPHA.pattern)

    @property
    def is_non_punct(self):
        return _NON_PUNCT.search(self.type)


@lru_cache(maxsize=1)
def _tokenizer() -> PunktSentenceTokenizer:
    params = PunktParameters()
    params.abbrev_types = set(NEWS_ABBREVIATIONS)
    return PunktSentenceTokenizer(params, lang_vars=_PunktVars(), token_cls=_PunktToken)


def _paragraph_spans(text: str):
    start = 0
    for m in _PARA_SPLIT.finditer(text):
        yield start, m.start()
        start = m.end()
    yield start, len(text)


def _paragraph_bounds(text: str):
    """(para_id, start, end) of the non-empty paragraphs, whitespace trimmed."""
    pid = 0
    for ps, pe in _paragraph_spans(text):
        ps, pe = _strip_span(text, ps, pe)
        if pe > ps:
            yield pid, ps, pe
            pid += 1


def _strip_span(text: str, s: int, e: int):
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the sentences of one paragraph or text.

    Parameters
    ----------
    text : str
        A paragraph (or any text; paragraph breaks are not treated specially here).

    Returns
    -------
    list of (start, end)
        Offsets into ``text``, in order, whitespace trimmed: ``text[start:end]`` is a sentence.

    Examples
    --------
    >>> t = 'Mr. Smith met U.S. officials on Jan. 6 today.They left. "Fine," he said.'
    >>> [t[s:e] for s, e in sentence_spans(t)]
    ['Mr. Smith met U.S. officials on Jan. 6 today.', 'They left.', '"Fine," he said.']
    """
    return list(_sentence_spans(text))


# Segmentation is cached per text: annotation, dates, actor mentions and quotes all ask for the
# sentences of the same documents, and the answer depends on the text alone. Each cache is
# bounded by the characters of the texts it keeps (a few chunks of news articles; a few long
# documents push older ones out); a text not in it is simply segmented again.
_CACHE_CHARS = 10_000_000


def _cached(fn):
    """Memoise ``fn(text)``, least recently used first out, at most _CACHE_CHARS characters kept."""
    cache: OrderedDict = OrderedDict()
    size = [0]

    def wrapper(text: str):
        hit = cache.get(text)
        if hit is not None:
            cache.move_to_end(text)
            return hit
        value = fn(text)
        if len(text) <= _CACHE_CHARS:
            cache[text] = value
            size[0] += len(text)
            while size[0] > _CACHE_CHARS:
                old, _ = cache.popitem(last=False)
                size[0] -= len(old)
        return value

    wrapper.cache_clear = lambda: (cache.clear(), size.__setitem__(0, 0))
    wrapper.__doc__, wrapper.__name__ = fn.__doc__, fn.__name__
    return wrapper


def _punkt_spans(text: str):
    """``_tokenizer().span_tokenize(text)``; a text with no terminal mark (., !, ?) has no
    candidate sentence end for Punkt, which then gives the text up to its trailing whitespace."""
    if "." in text or "!" in text or "?" in text:
        return _tokenizer().span_tokenize(text)
    end = len(text.rstrip())
    return [(0, end)] if end else []


@_cached
def _sentence_spans(text: str) -> tuple[tuple[int, int], ...]:
    spans = []
    for s, e in _punkt_spans(text):
        cut = s
        # Search the span on its own: a look-behind must not see the previous sentence.
        for g in _glued_cuts(text[s:e]):
            if g > 0:
                spans.append((cut, s + g))
                cut = s + g
        spans.append((cut, e))
    merged: list[tuple[int, int]] = []
    for s, e in (_strip_span(text, s, e) for s, e in spans):
        if e <= s:
            continue
        # '"Is it over?" she asked.': a piece that opens in lower case continues the sentence.
        if merged and text[s].islower():
            merged[-1] = (merged[-1][0], e)
        else:
            merged.append((s, e))
    return tuple(merged)


@_cached
def _doc_sentences(text: str) -> tuple[tuple[int, int, int], ...]:
    """(para_id, start, end) of every sentence of a document's clean text."""
    return tuple((pid, ps + s, ps + e) for pid, ps, pe in _paragraph_bounds(text)
                 for s, e in _sentence_spans(text[ps:pe]))


def _texts(corpus: pd.DataFrame, desc: str):
    if not {"doc_id", "text"} <= set(corpus.columns):
        raise ValueError("corpus needs the columns 'doc_id' and 'text' "
                         f"(it has: {', '.join(map(str, corpus.columns))})")
    # lists first: iterating a string column goes element by element through pyarrow
    pairs = zip(corpus["doc_id"].astype(str).tolist(), corpus["text"].fillna("").astype(str).tolist())
    return progress(pairs, total=len(corpus), desc=desc)


def paragraphs(corpus: pd.DataFrame) -> pd.DataFrame:
    """One row per paragraph of the clean text (paragraphs are separated by a blank line).

    Parameters
    ----------
    corpus : DataFrame with ``doc_id`` and ``text`` (as from :func:`analysis.load_corpus`).

    Returns
    -------
    DataFrame with doc_id, para_id (0-based within the document), text, start, end
    (``corpus.text[start:end] == text``).

    Examples
    --------
    >>> import pandas as pd
    >>> paragraphs(pd.DataFrame({"doc_id": ["a"], "text": ["One. Two.\\n\\nThree."]}))[["para_id", "text"]]
       para_id       text
    0        0  One. Two.
    1        1     Three.
    """
    doc_ids, pids, parts, starts, ends = [], [], [], [], []
    for doc_id, text in _texts(corpus, "paragraphs"):
        # the same paragraphs as _paragraph_bounds, by str methods (strip, find) instead of
        # a character loop: str.strip removes exactly the characters str.isspace accepts
        pid, start = 0, 0
        breaks = [(m.start(), m.end()) for m in _PARA_SPLIT.finditer(text)] if "\n" in text else []
        for stop, after in breaks + [(len(text), len(text))]:   # the last paragraph runs to the end
            piece = text[start:stop]
            body = piece.strip()
            if body:
                s = start + (len(piece) - len(piece.lstrip()))
                doc_ids.append(doc_id)
                pids.append(pid)
                parts.append(body)
                starts.append(s)
                ends.append(s + len(body))
                pid += 1
            start = after
    if not doc_ids:   # the dtypes of an empty frame built from rows
        return pd.DataFrame([], columns=["doc_id", "para_id", "text", "start", "end"]).astype(
            {"para_id": "int64", "start": "int64", "end": "int64"})
    return pd.DataFrame({"doc_id": doc_ids, "para_id": np.asarray(pids, dtype=np.int64), "text": parts,
                         "start": np.asarray(starts, dtype=np.int64),
                         "end": np.asarray(ends, dtype=np.int64)})


def sentences(corpus: pd.DataFrame) -> pd.DataFrame:
    """One row per sentence of the clean text.

    Copes with abbreviations (Mr., U.S., Jan.), a sentence end with no space after it
    (``tomorrow."This``) and quotations (a closing quote stays with its sentence).

    Parameters
    ----------
    corpus : DataFrame with ``doc_id`` and ``text`` (as from :func:`analysis.load_corpus`).

    Returns
    -------
    DataFrame with doc_id, para_id, sent_id (0-based, running through the document), text,
    start, end (offsets into the document's clean text).

    Examples
    --------
    >>> import pandas as pd
    >>> c = pd.DataFrame({"doc_id": ["a"], "text": ['Mr. Xi came.\\n\\n"Good," he said.It ended.']})
    >>> sentences(c)[["para_id", "sent_id", "text"]]
       para_id  sent_id              text
    0        0        0      Mr. Xi came.
    1        1        1  "Good," he said.
    2        1        2         It ended.
    """
    rows = []
    for doc_id, text in _texts(corpus, "sentences"):
        rows.extend((doc_id, pid, sid, text[s:e], s, e)
                    for sid, (pid, s, e) in enumerate(_doc_sentences(text)))
    return pd.DataFrame(rows, columns=["doc_id", "para_id", "sent_id", "text", "start", "end"]).astype(
        {"para_id": "int64", "sent_id": "int64", "start": "int64", "end": "int64"})


SENTENCE_COLUMNS = ["doc_id", "para_id", "sent_id", "text", "start", "end"]


def sentences_of(docs: dict, stored: pd.DataFrame | None = None) -> pd.DataFrame:
    """The sentences of some documents, split here or taken from a table already computed.

    Parameters
    ----------
    docs : dict
        doc_id -> clean text, in the order wanted.
    stored : DataFrame, optional
        The corpus's sentences as :func:`sentences` gives them (e.g. ``data.sentences`` of a
        store written by :func:`analysis.annotate`; other columns are ignored). Its rows for
        ``docs`` are used instead of splitting the texts again, after a check that each
        sentence's ``text`` is ``text[start:end]`` of its document and that every document
        with text has sentences. None: the texts are split (:func:`sentences`).

    Returns
    -------
    DataFrame
        As :func:`sentences` on ``docs``: doc_id, para_id, sent_id, text, start, end, the
        documents in ``docs``'s order.

    Raises
    ------
    ValueError
        When ``stored`` lacks a column, or does not match the texts (another corpus, or texts
        changed since it was computed).

    Examples
    --------
    >>> docs = {"b": "Two. Three.", "a": "One."}
    >>> table = sentences(pd.DataFrame({"doc_id": ["a", "b"], "text": ["One.", "Two. Three."]}))
    >>> sentences_of(docs, table)[["doc_id", "sent_id", "text"]]
      doc_id  sent_id    text
    0      b        0    Two.
    1      b        1  Three.
    2      a        0    One.
    """
    if stored is None:
        return sentences(pd.DataFrame({"doc_id": list(docs), "text": list(docs.values())}, dtype=object))
    missing = [c for c in SENTENCE_COLUMNS if c not in stored.columns]
    if missing:
        raise ValueError(f"the sentence table lacks the columns {missing} (give analysis.sentences' output)")
    ids = pd.Series(range(len(docs)), index=pd.Index(list(docs), dtype=object), dtype="int64")
    doc_col = stored["doc_id"].astype(str)
    pos = doc_col.map(ids)
    sel = pos.notna().to_numpy()
    out = stored.loc[sel, SENTENCE_COLUMNS].assign(_pos=pos[sel].astype("int64").to_numpy(),
                                                   doc_id=doc_col[sel].to_numpy())
    out = out.sort_values(["_pos", "sent_id"], kind="stable").drop(columns="_pos").reset_index(drop=True)
    texts = list(docs.values())
    keys = list(docs)
    where = out["doc_id"].map(ids).to_numpy()
    bad = [k for k, (p, t, s, e) in enumerate(zip(where, out["text"], out["start"], out["end"]))
           if texts[p][s:e] != t]
    have = set(out["doc_id"])
    lacking = [d for d, t in zip(keys, texts) if d not in have and t.strip()]
    if bad or lacking:
        what = (f"{len(bad)} sentence(s) differ from their document's text (first: doc_id "
                f"{out['doc_id'].iloc[bad[0]]!r})" if bad else
                f"{len(lacking)} document(s) with text have no sentence (first: {lacking[0]!r})")
        raise ValueError(f"the sentence table does not match the corpus: {what}; was it computed "
                         "from another corpus or before the texts changed? Leave it out to split the texts again")
    return out.astype({"para_id": "int64", "sent_id": "int64", "start": "int64", "end": "int64"})
