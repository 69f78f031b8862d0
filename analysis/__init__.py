"""Turn a folder of news articles into evidence a researcher can cite.

>>> import analysis
>>> corpus = analysis.load_corpus()          # the bundled five articles
>>> sents = analysis.sentences(corpus)       # one row per sentence

Every public function takes and returns plain pandas DataFrames in tidy form (one row per
document, paragraph, sentence, mention or date). Submodules are imported on first use, so
``import analysis`` is fast and loading a corpus does not pull in scikit-learn.
"""
from __future__ import annotations

import importlib

__version__ = "0.1.0"

# public name -> submodule that defines it
_API = {
    # corpus: loading, cleaning, segmentation, reuse, concordance
    "load_corpus": "loading",
    "notes_markdown": "loading",
    "CorpusWarning": "loading",
    "CorpusError": "loading",
    "page_metadata": "html_metadata",
    "clean_outlet": "html_metadata",
    "detect_languages": "language",
    "language_summary": "language",
    "english_subset": "language",
    "stop_words_for": "language",
    "normalize_entities": "entities",
    "cleaning_report": "cleaning",
    "normalize_typography": "cleaning",
    "paragraphs": "segment",
    "sentences": "segment",
    "text_reuse": "reuse",
    "story_groups": "reuse",
    "kwic": "concordance",
    # topics
    "fit_topics": "topics",
    "TopicModel": "topics",
    "topic_stop_words": "topics",
    # sentiment
    "sentiment_scores": "sentiment",
    "sentence_sentiment": "sentiment",
    "document_sentiment": "sentiment",
    "group_sentiment": "sentiment",
    "tone_under_scorers": "sentiment",
    "sentiment_drivers": "sentiment",
    "target_sentiment": "target_tone",
    "mention_sentiment": "target_tone",
    "actor_tone": "target_tone",
    # dates and timelines
    "extract_dates": "dates",
    "events": "dates",
    # actors, quotes, framing
    "actor_mentions": "actors",
    "cooccurrence": "actors",
    "actor_sentiment": "actors",
    "load_actor_dictionary": "actors",
    "suggest_dictionary": "actors",
    "extract_quotes": "quotes",
    "quoted_voices": "quotes",
    "speaker_kinds": "quotes",
    "keyness": "keywords",
    # exploring: from a count to the sentences behind it
    "explore": "explorer",
    "evidence": "explorer",
    "CorpusIndex": "explorer",
    "show_table": "tables",
    # annotate once, store, read back (pandas or SQL)
    "annotate": "store",
    "open_store": "store",
    "AnnotatedCorpus": "annotated",
    "Store": "store",
    # shared helpers
    "ADMINISTRATIONS": "periods",
    "administration_of": "periods",
    "load_periods": "periods",
    "period_of": "periods",
    "PeriodsError": "periods",
    "save_figure": "outputs",
    "save_table": "outputs",
    "show_figure": "outputs",
    "mark_empty": "outputs",
    "empty_reason": "outputs",
    "time_bin": "timebins",
    "focus_range": "timebins",
    "TimeBin": "timebins",
    "FocusRange": "timebins",
    "run_report": "report",
    "ReportError": "report",
    "escape_markdown": "escape",
}

__all__ = sorted(_API) + ["plots"]


def __getattr__(name):
    if name == "plots":
        return importlib.import_module(f"{__name__}.plots")
    if name in _API:
        value = getattr(importlib.import_module(f"{__name__}.{_API[name]}"), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__():
    return sorted(set(globals()) | set(__all__))
