"""The report's building blocks, without kernels: settings, checks, comparison groups, notes."""
import socket

import pandas as pd
import pytest

from analysis.report import narrative
from analysis.report.run import (REPORT_PARAMETERS, ReportError, _coalesce_streams, check_loopback,
                                 corpus_fingerprint, read_config, report_settings, validate_parameters)
from conftest import build_corpus


def test_no_loopback_fails_at_once_with_one_clear_line(monkeypatch):
    def refuse(self, address):
        raise OSError(99, "Cannot assign requested address")

    monkeypatch.setattr(socket.socket, "bind", refuse)
    with pytest.raises(ReportError, match=r"Jupyter kernels need the loopback network \(127\.0\.0\.1\)") as err:
        check_loopback()
    assert "\n" not in str(err.value)


def test_loopback_check_passes_here():
    check_loopback()


def test_bundled_settings_fill_only_what_is_not_given():
    s = report_settings(corpus_path=None, periods="none", kwic_terms=["trade"])
    assert s.bundled and s.periods is None and s.kwic_terms == ["trade"]
    assert s.compare == ["2016-2017", "2024"]
    own = report_settings(corpus_path="mine.csv")
    assert not own.bundled and own.periods is None and own.compare is None and own.kwic_terms is None
    with pytest.raises(TypeError):
        report_settings(corpus="x")


def test_config_paths_are_read_from_the_config_folder(tmp_path):
    (tmp_path / "sub").mkdir()
    cfg = tmp_path / "sub" / "study.yml"
    cfg.write_text("corpus: data/items.jsonl\nkwic: ['a, b']\ntext-column: body\n")
    got = read_config(cfg)
    assert got["corpus_path"] == str(tmp_path / "sub" / "data" / "items.jsonl")
    assert got["text_column"] == "body" and got["kwic_terms"] == ["a, b"]
    cfg.write_text("colour: blue\n")
    with pytest.raises(ReportError, match="unknown parameter 'colour'"):
        read_config(cfg)


@pytest.mark.parametrize("params, message", [
    ({"corpus_path": "nowhere/"}, "corpus not found"),
    ({"compare": "a"}, "exactly two groups"),
    ({"periods": "tudors"}, "periods must be"),
    ({"text_column": ""}, "text-column must be a column name"),
])
def test_validation_messages(params, message):
    with pytest.raises(ReportError, match=message):
        validate_parameters(params)


def test_every_notebook_parameter_is_known():
    assert REPORT_PARAMETERS[:3] == ("corpus_path", "metadata_path", "out_dir")
    assert len(set(REPORT_PARAMETERS)) == len(REPORT_PARAMETERS)
    assert {"delimiter", "quotechar", "header", "column_names"} <= set(REPORT_PARAMETERS)


def test_stream_chunks_are_joined_however_the_kernel_flushed_them():
    a = [{"output_type": "stream", "name": "stdout", "text": "one\n"},
         {"output_type": "stream", "name": "stdout", "text": "two\n"},
         {"output_type": "display_data", "data": {}},
         {"output_type": "stream", "name": "stdout", "text": "three\n"}]
    merged = _coalesce_streams([dict(o) for o in a])
    assert [o.get("text") for o in merged] == ["one\ntwo\n", None, "three\n"]


def test_fingerprint_changes_with_any_text_or_id():
    base = pd.DataFrame({"doc_id": ["a", "b"], "text": ["x", "y"]})
    fp = corpus_fingerprint(base)
    assert fp == corpus_fingerprint(base.copy())
    assert fp != corpus_fingerprint(base.assign(text=["x", "y "]))
    assert fp != corpus_fingerprint(base.assign(doc_id=["a", "c"]))
    assert fp != corpus_fingerprint(pd.DataFrame({"doc_id": ["ax", "b"], "text": ["", "y"]}))


def _corpus(dates, **cols):
    return build_corpus(dates=dates, **cols)


def test_comparison_default_splits_the_dated_documents_in_two_halves():
    c = _corpus(["2020-01-01", "2020-01-01", "2020-06-01", "2021-01-01", None])
    cmp = narrative.comparison(c)
    assert cmp.usable and cmp.labels == ("2020-01-01 to 2020-01-01", "2020-06-01 to 2021-01-01")
    assert cmp.groups.isna().tolist() == [False, False, False, False, True]
    assert "chosen from the data" in cmp.note and "1 document is in neither group" in cmp.note


def test_comparison_without_two_dates_says_so():
    for dates in ([None, None], ["2020-01-01", "2020-01-01"]):
        cmp = narrative.comparison(_corpus(dates))
        assert not cmp.usable and "No comparison over time" in cmp.note


def test_comparison_by_metadata_value_period_and_unknown_group():
    c = _corpus(["2020-01-01", "2020-02-01", "2020-03-01"], outlet=["A", "B", "A"])
    assert narrative.comparison(c, ["outlet=A", "outlet=B"]).groups.tolist() == ["outlet=A", "outlet=B", "outlet=A"]
    periods = pd.Series(["P1", "P1", "P2"])
    assert narrative.comparison(c, ["P1", "P2"], periods).groups.tolist() == ["P1", "P1", "P2"]
    bad = narrative.comparison(c, ["<b>x</b>", "2020"])
    assert not bad.usable and "<b>" not in bad.note


def test_language_note_names_other_languages_and_english_only_resources():
    note = narrative.language_note(pd.DataFrame({"language": ["en", "de", "de", "fr", None]}))
    assert note.startswith("**Language.** 3 of 5 documents") and "English-only resources" in note
    assert "de: 2" in note and "fr: 1" in note
    assert narrative.language_note(pd.DataFrame({"language": ["en", "en-GB"]})) == ""
    assert narrative.language_note(pd.DataFrame({"text": ["x"]})) == ""


def test_missing_rows_note_and_kwic_terms_from_the_data():
    assert narrative.missing_rows_note(["a", "b", "c"], ["a"], "rows", "why").startswith("2 of 3 documents")
    assert narrative.missing_rows_note(["a"], ["a"], "rows", "why") == ""
    c = pd.DataFrame({"doc_id": ["a", "b", "c"], "text": ["Harbour strike.", "Strike ends at harbour.", "4 7/8 - 4 3/4"]})
    assert narrative.default_kwic_terms(c, 2) == ["harbour", "strike"]
    assert narrative.default_kwic_terms(c.iloc[[2]], 2) == []


def test_a_broken_actor_dictionary_is_reported_before_any_kernel(tmp_path):
    bad = tmp_path / "actors.yml"
    bad.write_text("- nom: Someone\n")
    with pytest.raises(ReportError, match="actor dictionary .*missing 'name'"):
        validate_parameters({"actors_path": str(bad)})
    good = tmp_path / "good.yml"
    good.write_text("- name: Maria Lopez\n  type: person\n")
    validate_parameters({"actors_path": str(good)})
