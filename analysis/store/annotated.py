"""The corpus and everything annotated per document, from a store or computed in memory.

:class:`AnnotatedCorpus` is the one object a notebook (or a script) reads the corpus and its
per-document tables from: the documents with their clean text, the cleaning report's lines,
the sentences with their tone, dates, actor mentions and quotes. Given a store written by
:func:`analysis.annotate` it reads the stored tables; given a loaded corpus it computes each
table the first time it is asked for, with the same public functions ``annotate`` runs, so
both give the same tables and whatever is built on them does not depend on where they came
from. Nothing is computed or read before it is used.
"""
from __future__ import annotations

from pathlib import Path

import pandas as pd

#: the per-document tables, in the order ``annotate`` computes them
TABLES = ("lines", "sentences", "dates", "mentions", "quotes")


class AnnotatedCorpus:
    """A corpus with its per-document annotation tables, read from a store or computed lazily.

    Parameters
    ----------
    corpus : DataFrame, optional
        A corpus as :func:`analysis.load_corpus` returns it (``doc_id``, ``text``, and
        ``raw_text`` for the cleaning report). The tables are computed from it when first used.
    store : str, Path or Store, optional
        A store written by :func:`analysis.annotate`; the tables are read from it. Give either
        ``corpus`` or ``store``.
    actors : str or Path, optional
        A YAML actor dictionary merged with the default one (as ``load_actor_dictionary``).
        The store holds mentions and quotes found with the default dictionary only: with
        ``actors`` given, ``mentions`` and ``quotes`` are computed in memory from the
        documents (the other tables still come from the store). ``mentions`` from a store
        are its per-document mentions linked across documents (:meth:`analysis.Store.mentions`),
        the same as :func:`analysis.actor_mentions` on the whole corpus.

    Attributes
    ----------
    corpus : DataFrame
        The documents: ``doc_id``, clean ``text`` and metadata, ``attrs["problems"]`` the
        loader's problems. From a store it has no ``raw_text`` (the cleaning report's lines
        are stored instead).
    lines : DataFrame
        :func:`analysis.cleaning_report`: every raw line with its label and reason.
    sentences : DataFrame
        :func:`analysis.sentences` (doc_id, para_id, sent_id, text, start, end) with the tone
        of each sentence (neg, neu, pos, compound from :func:`analysis.sentiment_scores`).
    dates, mentions, quotes : DataFrame
        :func:`analysis.extract_dates`, :func:`analysis.actor_mentions`,
        :func:`analysis.extract_quotes`.
    stored : bool
        True when the tables are read from a store.

    Examples
    --------
    >>> import pandas as pd
    >>> c = pd.DataFrame({"doc_id": ["a"], "text": ["Talks went well on Monday. Then an attack."],
    ...                   "published": pd.to_datetime(["2020-03-04"])})
    >>> data = AnnotatedCorpus(c)
    >>> data.sentences[["doc_id", "sent_id", "text"]]
      doc_id  sent_id                        text
    0      a        0  Talks went well on Monday.
    1      a        1             Then an attack.
    >>> data.dates[["sent_id", "text", "value"]]
       sent_id    text       value
    0        0  Monday  2020-03-02
    """

    def __init__(self, corpus: pd.DataFrame | None = None, *, store=None, actors=None):
        if (corpus is None) == (store is None):
            raise ValueError("AnnotatedCorpus needs a corpus DataFrame or a store (one of them)")
        self._store = None
        if store is not None:
            from .store import Store, open_store

            self._store = store if isinstance(store, Store) else open_store(store)
        self._corpus = corpus
        self.actors = None if actors is None else str(actors)
        self._tables: dict[str, pd.DataFrame] = {}
        self._dictionary = None

    def __repr__(self) -> str:
        where = f"store={str(self._store.path)!r}" if self._store is not None else "in memory"
        return f"AnnotatedCorpus({where}, computed={sorted(self._tables)})"

    @property
    def stored(self) -> bool:
        return self._store is not None

    @property
    def store(self):
        """The :class:`analysis.Store` the tables come from (None in memory)."""
        return self._store

    # -- the documents -----------------------------------------------------------------------
    @property
    def corpus(self) -> pd.DataFrame:
        if self._corpus is None:
            docs = self._store.table("documents")
            docs = docs.drop(columns=[c for c in ("content_hash",) if c in docs.columns])
            # a loader column with no value in any row (Parquet's null type) has the string dtype
            empty = [c for c in docs.columns if docs[c].dtype == object and docs[c].isna().all()]
            if empty and len(docs):
                docs = docs.astype({c: "str" for c in empty})
            from ..corpus.loading import PROBLEM_COLUMNS, ProblemLog

            problems = self._store.table("problems")
            if "problem" not in problems.columns:  # no problem rows stored
                problems = pd.DataFrame(columns=list(PROBLEM_COLUMNS))
            docs.attrs["problems"] = ProblemLog(problems[list(PROBLEM_COLUMNS)].reset_index(drop=True)).astype(
                {c: "str" for c in PROBLEM_COLUMNS})
            self._corpus = docs
        return self._corpus

    def replay_problems(self) -> int:
        """Say the loader's problems as :class:`analysis.CorpusWarning` warnings, as
        :func:`analysis.load_corpus` says them while loading (at most
        ``MAX_WARNINGS_PER_PROBLEM`` per kind, then a count), so that reading a store shows
        the same notes as loading the corpus. Returns the number of problems.

        The store keeps each problem's file, doc_id, problem and action, not the loader's
        extra detail (an error message, a link target): those words are missing here.
        """
        import warnings
        from collections import Counter

        from ..corpus.loading import MAX_WARNINGS_PER_PROBLEM, CorpusWarning

        problems = self.corpus.attrs.get("problems")
        if problems is None or not len(problems):
            return 0
        counts: Counter = Counter()
        for sp, doc_id, problem, action in problems[["source_path", "doc_id", "problem", "action"]].itertuples(
                index=False, name=None):
            counts[problem] += 1
            if counts[problem] <= MAX_WARNINGS_PER_PROBLEM:
                who = f" (doc_id {doc_id!r})" if isinstance(doc_id, str) and doc_id not in ("None", "nan") else ""
                warnings.warn(f"{sp}{who}: {problem}; {action}", CorpusWarning, stacklevel=2)
        for problem, k in sorted(counts.items()):
            if k > MAX_WARNINGS_PER_PROBLEM:
                warnings.warn(f"{k - MAX_WARNINGS_PER_PROBLEM} more cases of '{problem}' not shown; "
                              "see corpus.attrs['problems']", CorpusWarning, stacklevel=2)
        return len(problems)

    # -- the tables --------------------------------------------------------------------------
    def _get(self, name: str) -> pd.DataFrame:
        if name not in self._tables:
            self._tables[name] = self._compute(name)
        return self._tables[name]

    def _dictionary_for(self):
        if self._dictionary is None:
            from ..actors.mentions import load_actor_dictionary

            self._dictionary = load_actor_dictionary(self.actors)
        return self._dictionary

    def _compute(self, name: str) -> pd.DataFrame:
        custom = self.actors is not None and name in ("mentions", "quotes")
        if self._store is not None and not custom:
            if name == "mentions":  # per-document tables linked across documents
                return self._typed(name, self._store.mentions())
            return self._typed(name, self._store.table(name))
        return self._in_memory(name, self.corpus, custom)

    def _typed(self, name: str, frame: pd.DataFrame) -> pd.DataFrame:
        """A stored table with the dtypes the in-memory function gives: a column with no value
        in any row is stored with Parquet's null type and reads back as ``object``; its dtype
        is taken from the function's output on no documents."""
        empty = [c for c in frame.columns if frame[c].dtype == object and frame[c].isna().all()]
        if not empty or not len(frame):
            return frame
        import warnings

        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                reference = self._in_memory(name, self.corpus.iloc[:0], False)
        except Exception:  # noqa: BLE001 - no reference: leave the column as read
            return frame
        return frame.astype({c: reference[c].dtype for c in empty if c in reference.columns})

    def _in_memory(self, name: str, corpus: pd.DataFrame, custom: bool) -> pd.DataFrame:
        if name == "lines":
            from ..clean.cleaning import cleaning_report

            return cleaning_report(corpus)
        if name == "sentences":
            from ..text.segment import sentences
            from ..sentiment.scores import sentiment_scores

            sents = sentences(corpus)
            tone = sentiment_scores(sents["text"].tolist())
            return pd.concat([sents, tone.reset_index(drop=True)], axis=1)
        if name == "dates":
            from ..dates.extract import extract_dates

            return extract_dates(corpus)
        if name == "mentions":
            from ..actors.mentions import actor_mentions

            return actor_mentions(corpus, dictionary=self._dictionary_for() if self.actors is not None else None)
        if name == "quotes":
            from ..quotes.extract import extract_quotes

            return extract_quotes(corpus, dictionary=self._dictionary_for() if self.actors is not None else None)
        raise KeyError(f"no table {name!r}; known: {', '.join(TABLES)}")

    @property
    def lines(self) -> pd.DataFrame:
        return self._get("lines")

    @property
    def sentences(self) -> pd.DataFrame:
        return self._get("sentences")

    @property
    def dates(self) -> pd.DataFrame:
        return self._get("dates")

    @property
    def mentions(self) -> pd.DataFrame:
        return self._get("mentions")

    @property
    def quotes(self) -> pd.DataFrame:
        return self._get("quotes")

