"""Turn a folder of news articles into evidence a researcher can cite.

>>> import analysis
>>> corpus = analysis.load_corpus()          # the bundled five articles
>>> sents = analysis.sentences(corpus)       # one row per sentence

Every public function takes and returns plain pandas DataFrames in tidy form (one row per
document, paragraph, sentence, mention or date). Submodules are imported on first use, so
``import analysis`` is fast and loading a corpus does not pull in scikit-learn.

The packages follow the data flow (docs/layout.md says where to find what): ``corpus`` (load,
decode, metadata, language) -> ``clean`` (what each line is) -> ``text`` (paragraphs, sentences,
words) -> one package per analysis (``reuse``, ``topics``, ``sentiment``, ``dates``, ``actors``,
``quotes``, ``keywords``) -> ``store`` (annotate once, read back) -> ``plots`` (charts only) and
``report`` (notebooks, narrative, tables, explorer). Word lists are data files in ``lexicons``.
"""
from __future__ import annotations

import importlib

__version__ = "0.1.0"

# public name -> submodule that defines it
_API = {
    # corpus: loading, cleaning, segmentation, reuse, concordance
    "load_corpus": "corpus.loading",
    "notes_markdown": "corpus.loading",
    "notes_by_kind": "corpus.loading",
    "CorpusWarning": "corpus.loading",
    "CorpusError": "corpus.loading",
    "page_metadata": "corpus.html_metadata",
    "clean_outlet": "corpus.html_metadata",
    "detect_languages": "corpus.language",
    "language_summary": "corpus.language",
    "english_subset": "corpus.language",
    "stop_words_for": "corpus.language",
    "normalize_entities": "corpus.html_entities",
    "cleaning_report": "clean.cleaning",
    "normalize_typography": "clean.cleaning",
    "paragraphs": "text.segment",
    "sentences": "text.segment",
    "text_reuse": "reuse.detect",
    "story_groups": "reuse.detect",
    "kwic": "text.concordance",
    # topics
    "fit_topics": "topics.model",
    "TopicModel": "topics.model",
    "topic_stop_words": "topics.model",
    # sentiment
    "sentiment_scores": "sentiment.scores",
    "sentence_sentiment": "sentiment.scores",
    "document_sentiment": "sentiment.scores",
    "group_sentiment": "sentiment.scores",
    "tone_under_scorers": "sentiment.scores",
    "sentiment_without_words": "sentiment.scores",
    "scorer_sample": "sentiment.scores",
    "whole_text_sentiment": "sentiment.scores",
    "sentiment_drivers": "sentiment.scores",
    "target_sentiment": "sentiment.target_tone",
    "mention_sentiment": "sentiment.target_tone",
    "actor_tone": "sentiment.target_tone",
    # dates and timelines
    "extract_dates": "dates.extract",
    "events": "dates.extract",
    # actors, quotes, framing
    "actor_mentions": "actors.mentions",
    "cooccurrence": "actors.mentions",
    "actor_sentiment": "actors.mentions",
    "load_actor_dictionary": "actors.mentions",
    "suggest_dictionary": "actors.mentions",
    "extract_quotes": "quotes.extract",
    "quoted_voices": "quotes.extract",
    "speaker_kinds": "quotes.extract",
    "keyness": "keywords.keywords",
    # exploring: from a count to the sentences behind it
    "explore": "report.explorer",
    "evidence": "report.explorer",
    "CorpusIndex": "report.explorer",
    "show_table": "report.tables",
    # annotate once, store, read back (pandas or SQL)
    "annotate": "store",
    "open_store": "store",
    "AnnotatedCorpus": "store.annotated",
    "Store": "store",
    # shared helpers
    "ADMINISTRATIONS": "dates.periods",
    "administration_of": "dates.periods",
    "load_periods": "dates.periods",
    "period_of": "dates.periods",
    "PeriodsError": "dates.periods",
    "save_figure": "report.outputs",
    "save_table": "report.outputs",
    "save_text": "report.outputs",
    "show_figure": "report.outputs",
    "mark_empty": "report.outputs",
    "empty_reason": "report.outputs",
    "time_bin": "dates.timebins",
    "focus_range": "dates.timebins",
    "TimeBin": "dates.timebins",
    "FocusRange": "dates.timebins",
    "run_report": "report.run",
    "ReportError": "report.run",
    "escape_markdown": "report.escape",
    "event_label": "dates.event_kinds",
    "kept_removed_table": "clean.summary",
    "word_tokens": "text.tokens",
}

#: the packages, in data-flow order (``analysis.dates.extract`` etc., imported on first use)
_SUBPACKAGES = ("corpus", "clean", "text", "lexicons", "reuse", "topics", "sentiment", "dates",
               "actors", "quotes", "keywords", "store", "plots", "report")

__all__ = sorted(_API) + ["plots"]


def _exports(package: str, api: dict):
    """``__getattr__`` and ``__dir__`` for a subpackage that re-exports ``api`` (public name ->
    module in the subpackage), importing each module on first use (so importing one module of a
    package does not import its siblings, and the subpackages cannot import each other in a
    circle)."""
    def __getattr__(name):
        if name in api:
            value = getattr(importlib.import_module(f"{package}.{api[name]}"), name)
            setattr(importlib.import_module(package), name, value)
            return value
        raise AttributeError(f"module {package!r} has no attribute {name!r}")

    def __dir__():
        return sorted(set(vars(importlib.import_module(package))) | set(api))

    return __getattr__, __dir__


def __getattr__(name):
    if name in _SUBPACKAGES:
        return importlib.import_module(f"{__name__}.{name}")
    if name in _API:
        value = getattr(importlib.import_module(f"{__name__}.{_API[name]}"), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__():
    return sorted(set(globals()) | set(__all__))
