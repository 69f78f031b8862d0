"""The report command passes ``keep_tables`` (rows of tables and lists of figures kept in the
text) to the loader, from the flag, a config file and, in the kernels, the environment. Invented
inputs only."""
from __future__ import annotations

import json

import pandas as pd
import pytest

from analysis.report.run import (_LOAD_OPTIONS_ENV, ReportError, _parser, read_config, report_settings,
                                 validate_parameters)

STORY = ("Acme Corp said on Tuesday that its quarterly profit rose on strong sales of its pumps, "
         "and the chief executive said the company would open a plant in Ohio next year.\n\n"
         "Shr 12 cts vs 10 cts\n"
         "Net 1,200,000 vs 900,000\n"
         "Revs 40.1 mln vs 38.2 mln\n")


def _corpus(path):
    pd.DataFrame({"doc_id": ["a"], "text": [STORY]}).to_csv(path, index=False)
    return path


def test_flag_config_and_kernel_environment_reach_the_loader(tmp_path, monkeypatch):
    assert _parser().parse_args(["report", "--keep-tables"]).keep_tables is True
    assert _parser().parse_args(["report"]).keep_tables is None
    cfg = tmp_path / "run.yml"
    cfg.write_text("corpus: a.csv\nkeep-tables: true\n", encoding="utf-8")
    assert read_config(cfg)["keep_tables"] is True
    src = _corpus(tmp_path / "a.csv")
    default = report_settings(corpus_path=str(src)).load_corpus(notes=None)
    assert "Shr 12 cts" not in default["text"].iloc[0]  # left out by default (labelled 'table')
    assert "quarterly profit" in default["text"].iloc[0]
    monkeypatch.setenv(_LOAD_OPTIONS_ENV, json.dumps({"keep_tables": True}))
    s = report_settings(corpus_path=str(src))
    assert s.table_options == {"keep_tables": True}
    assert "Shr 12 cts vs 10 cts" in s.load_corpus(notes=None)["text"].iloc[0]


def test_a_bad_value_is_a_one_line_error(tmp_path):
    with pytest.raises(ReportError, match="keep_tables must be true or false"):
        validate_parameters({"corpus_path": str(_corpus(tmp_path / "a.csv")), "keep_tables": "maybe"})
