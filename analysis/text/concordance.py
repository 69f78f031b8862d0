"""Keyword in context: every hit of a word, phrase or regular expression with its surroundings."""
from __future__ import annotations

import re

import pandas as pd

import numpy as np

from .segment import _texts, sentences_of
from .segment import sentences as _split_sentences

COLUMNS = ["doc_id", "sent_id", "left", "match", "right", "start", "end"]
_TOKEN = re.compile(r"\S+")
# typographic variants a plain phrase should match whichever form the text uses
_VARIANTS = {"'": "['\u2018\u2019\u00b4`]", '"': "[\"\u201c\u201d\u201e]",
             "-": "[-\u2010\u2011\u2012\u2013\u2014]"}


def phrase_pattern(phrase: str, ignore_case: bool = True) -> re.Pattern:
    """Compile a plain phrase into a regex matching it as whole words.

    Spaces and hyphens between words match any run of spaces, line breaks or hyphens
    (``Kim Jong Un`` finds ``Kim Jong-un``); straight and curly quotes and apostrophes match
    each other; matching ignores case unless ``ignore_case=False``.

    Parameters
    ----------
    phrase : str
        A word or phrase, taken literally (regex characters are escaped).
    ignore_case : bool, default True

    Returns
    -------
    re.Pattern

    Raises
    ------
    ValueError
        When the phrase has no words.

    Examples
    --------
    >>> bool(phrase_pattern("north korea's").search("North Korea\u2019s leader"))
    True
    >>> bool(phrase_pattern("Korea").search("Koreans"))
    False
    """
    words = re.split(r"[\s\-\u2010-\u2014]+", phrase.strip())
    words = [w for w in words if w]
    if not words:
        raise ValueError("kwic needs a non-empty pattern")
    parts = ["".join(_VARIANTS.get(ch, re.escape(ch)) for ch in w) for w in words]
    body = r"[\s\-\u2010-\u2014]+".join(parts)
    left = r"\b" if re.match(r"\w", words[0]) else ""
    right = r"\b" if re.search(r"\w$", words[-1]) else ""
    return re.compile(left + body + right, re.IGNORECASE if ignore_case else 0)


def _context(text: str, start: int, end: int, window: int) -> tuple[str, str]:
    reach = max(80, window * 40)
    left_tokens = _TOKEN.findall(text[max(0, start - reach):start])
    if start - reach > 0 and left_tokens and not text[start - reach - 1].isspace():
        left_tokens = left_tokens[1:]  # the first token was cut by the slice
    right_tokens = _TOKEN.findall(text[end:end + reach])
    if end + reach < len(text) and right_tokens and not text[end + reach].isspace():
        right_tokens = right_tokens[:-1]
    left = " ".join(left_tokens[-window:]) if window > 0 else ""
    right = " ".join(right_tokens[:window]) if window > 0 else ""
    return left, right


def kwic(corpus: pd.DataFrame, pattern, window: int = 8, *, ignore_case: bool = True,
         with_sentences: bool = True, sentences: pd.DataFrame | None = None) -> pd.DataFrame:
    """Keyword-in-context concordance: one row per hit.

    Parameters
    ----------
    corpus : DataFrame
        Needs ``doc_id`` and ``text`` (as from :func:`analysis.load_corpus`).
    pattern : str or compiled regex
        A plain word or phrase (matched as whole words, case-insensitive by default, with
        flexible spaces/hyphens and quote styles; see :func:`phrase_pattern`) or a compiled
        ``re.Pattern``, used as it is (its own flags apply).
    window : int, default 8
        Words of context on each side.
    ignore_case : bool, default True
        For a plain phrase only.
    with_sentences : bool, default True
        Add ``sent_id``, the number of the sentence holding the hit (as in
        :func:`analysis.sentences`); costs a sentence split of the documents with hits.
    sentences : DataFrame, optional
        The corpus's sentences already split (:func:`analysis.sentences`' output, e.g.
        ``data.sentences`` of a store): ``sent_id`` is taken from them instead of splitting
        the documents with hits again (same result; checked against the texts). Used when
        ``doc_id`` is unique, else the documents are split.

    Returns
    -------
    DataFrame
        doc_id, sent_id (Int64; missing when ``with_sentences=False``), left, match, right
        (whitespace collapsed), start, end (offsets of the match in ``text``:
        ``text[start:end]`` is the match as printed); in corpus order, then by position.

    Examples
    --------
    >>> import pandas as pd
    >>> c = pd.DataFrame({"doc_id": ["d1"], "text": ["The mayor met the press. Later the Mayor left town."]})
    >>> kwic(c, "mayor", window=2)[["sent_id", "left", "match", "right"]]
       sent_id       left  match       right
    0        0        The  mayor     met the
    1        1  Later the  Mayor  left town.
    """
    docs = _texts(corpus, "kwic")  # checks the columns
    if window < 0:
        raise ValueError("window must be >= 0")
    if isinstance(pattern, re.Pattern):
        rx = pattern
    elif isinstance(pattern, str):
        rx = phrase_pattern(pattern, ignore_case=ignore_case)
    else:
        raise TypeError(f"pattern must be a str or a compiled regex, not {type(pattern).__name__}")

    rows = []
    row_doc = []    # corpus position of each hit's document (doc_id need not be unique)
    hit_texts = {}  # corpus position -> text, for the documents with hits
    for pos, (doc_id, text) in enumerate(docs):
        for m in rx.finditer(text):
            if m.end() == m.start():
                continue  # zero-width matches carry no keyword
            left, right = _context(text, m.start(), m.end(), window)
            rows.append([doc_id, pd.NA, left, " ".join(m.group(0).split()), right, m.start(), m.end()])
            row_doc.append(pos)
            hit_texts[pos] = text
    out = pd.DataFrame(rows, columns=COLUMNS)
    if with_sentences and rows:
        if sentences is not None and corpus["doc_id"].astype(str).is_unique:
            names = corpus["doc_id"].astype(str).tolist()
            sents = sentences_of({names[p]: t for p, t in hit_texts.items()}, sentences)
            sents["doc_id"] = sents["doc_id"].map({names[p]: p for p in hit_texts})
        else:
            sents = _split_sentences(pd.DataFrame({"doc_id": list(hit_texts), "text": list(hit_texts.values())}))
        out["sent_id"] = _sentence_of_hits(sents, np.asarray(row_doc), out["start"].to_numpy())
    return out.astype({"sent_id": "Int64", "start": "int64", "end": "int64"})


def _sentence_of_hits(sents: pd.DataFrame, hit_doc: np.ndarray, hit_start: np.ndarray) -> pd.arrays.IntegerArray:
    """sent_id of the sentence holding each hit: the last sentence of its document starting at
    or before the hit (the first one when the hit comes before any; missing when the document
    has no sentence). ``sents``' doc_id holds the hits' document numbers (``hit_doc``)."""
    doc = sents["doc_id"].to_numpy(dtype=np.int64)
    start = sents["start"].to_numpy(dtype=np.int64)
    width = int(max(start.max(initial=0), hit_start.max(initial=0))) + 1
    order = np.lexsort((start, doc))                      # by document, then start
    keys = doc[order] * width + start[order]
    sid = sents["sent_id"].to_numpy(dtype=np.int64)[order]
    first = np.searchsorted(doc[order], hit_doc, side="left")
    has = first < np.searchsorted(doc[order], hit_doc, side="right")
    k = np.searchsorted(keys, hit_doc.astype(np.int64) * width + hit_start, side="right") - 1
    k = np.maximum(k, first)                              # before the first sentence: the first
    values = sid[np.where(has, k, 0)] if len(sid) else np.zeros(len(hit_doc), dtype=np.int64)
    return pd.arrays.IntegerArray(values, ~has)
