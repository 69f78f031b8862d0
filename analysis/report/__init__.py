"""The report: notebooks run over a corpus, their prose, figures, tables and the explorer.

- :mod:`.run` - :func:`run_report` and ``python -m analysis report``.
- :mod:`.narrative` - prose generated from the results (Markdown).
- :mod:`.outputs` - writing figures and tables; :mod:`.tables` - interactive tables.
- :mod:`.escape` - corpus text shown literally in Markdown and HTML.
- :mod:`.explorer` - from any count to the sentences behind it; :mod:`.explore_cli` -
  ``python -m analysis explore``.
"""
from .. import _exports

#: public name -> module of this package that defines it (imported on first use)
_API = {
    "run_report": "run",
    "ReportError": "run",
    "report_settings": "run",
    "setup_notebook": "run",
    "save_figure": "outputs",
    "save_table": "outputs",
    "save_text": "outputs",
    "show_figure": "outputs",
    "mark_empty": "outputs",
    "empty_reason": "outputs",
    "show_table": "tables",
    "escape_markdown": "escape",
    "explore": "explorer",
    "evidence": "explorer",
    "CorpusIndex": "explorer",
}

__all__ = sorted(_API)
__getattr__, __dir__ = _exports(__name__, _API)
