"""The report passes the loader's CSV options (flags, config, notebook parameters), shows paths a
reader can share, and shows the loader's notes once. Invented inputs only."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

import analysis

from analysis.corpus.loading import notes_markdown
from analysis.report.run import (ReportError, _display_path, _parser, read_config, report_settings,
                                 validate_parameters)

ROOT = Path(__file__).resolve().parents[1]

ARTICLES = [
    ("Wirtschaft", "Die Stadt Westmere schliesst den alten Faehrsteg, nachdem Ingenieure Risse in drei "
                   "Pfeilern gefunden haben; der Buergermeister sagte, die Reparatur dauere fast ein Jahr."),
    ("Sport", "The harbour rowing club won the regatta on Saturday, its first title since 1998; the "
              "captain said the crew had trained through the winter."),
    ("Kultur", "A choir and an orchestra will give a concert on the old pier, the festival said, and "
               "the proceeds go to the repair of the pillars."),
    ("Inland", "Ferries run to the island again from Monday, on the old timetable, after two weeks of "
               "storms closed the crossing."),
]


def _write_semicolon_csv(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(f"{label};'{text}'\n" for label, text in ARTICLES), encoding="utf-8")
    return path


def test_flags_reach_the_settings_and_the_loader(tmp_path):
    args = _parser().parse_args(["report", "--delimiter", ";", "--quotechar", "'", "--no-header",
                                 "--column-names", "category,body", "--text-column", "body"])
    assert (args.delimiter, args.quotechar, args.header, args.column_names) == (";", "'", False, "category,body")
    assert _parser().parse_args(["report"]).header is None
    path = _write_semicolon_csv(tmp_path / "c.csv")
    s = report_settings(corpus_path=str(path), delimiter=";", quotechar="'", header=False,
                        column_names="category,body", text_column="body")
    assert s.table_options == {"delimiter": ";", "quotechar": "'", "header": False,
                               "column_names": ["category", "body"]}
    corpus = s.load_corpus(notes=None)
    assert corpus["category"].tolist() == [a[0] for a in ARTICLES]


def test_a_config_file_takes_the_same_options(tmp_path):
    cfg = tmp_path / "run.yml"
    cfg.write_text("corpus: c.csv\ndelimiter: tab\nquotechar: \"'\"\nno-header: true\n", encoding="utf-8")
    params = read_config(cfg)
    assert params["header"] is False and params["quotechar"] == "'"
    s = report_settings(**params)
    assert s.table_options == {"delimiter": "\t", "quotechar": "'", "header": False}


@pytest.mark.parametrize("params, message", [
    ({"delimiter": ";;"}, "delimiter must be one character"),
    ({"quotechar": ""}, None),  # empty: left to the loader (sniffed)
    ({"header": "perhaps"}, "header must be true or false"),
])
def test_bad_dialect_options_are_one_line_errors(params, message):
    if message is None:
        validate_parameters(params)
        return
    with pytest.raises(ReportError, match=message):
        validate_parameters(params)


def test_shown_paths_carry_no_machine_folders(tmp_path, monkeypatch):
    cwd = tmp_path / "work"
    cwd.mkdir()
    assert _display_path(str(cwd / "in" / "a.csv"), cwd) == "in/a.csv"
    assert _display_path("../corpora/a.csv", cwd) == "../corpora/a.csv"  # as typed, relative
    assert _display_path("/srv/share/corpora/news/test.csv", cwd) == "news/test.csv"
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    (tmp_path / "home" / "data").mkdir(parents=True)
    assert _display_path(str(tmp_path / "home" / "data" / "x.csv"), cwd) == "~/data/x.csv"
    assert _display_path(None, cwd) is None


def test_notes_are_one_line_or_one_table_by_kind():
    problems = pd.DataFrame({
        "source_path": ["a.csv:2", "a.csv:3", "a.csv", "a.csv"],
        "doc_id": ["a1", "a2", None, None],
        "problem": ["not English", "not English", "CSV dialect guessed", "no doc_id column"],
        "action": ["kept; language column says 'de'"] * 2 + ["read with delimiter ';'", "generated | ids"],
    })
    short = notes_markdown(problems, full=False)
    assert short.count("\n") == 0 and "4 notes" in short and "00_corpus" in short
    full = notes_markdown(problems)
    rows = [ln for ln in full.splitlines() if ln.startswith("| ")]
    assert len(rows) == 4  # header + three kinds
    assert "| 2 |" in rows[1] and all(r.count(" | ") == 3 for r in rows)  # a "|" in a note splits no row
    assert notes_markdown(problems.iloc[0:0]) == "" and notes_markdown(None) == ""


def test_notebooks_show_a_short_line_and_no_warning_text(tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr("IPython.display.display", lambda obj: shown.append(obj.data))
    monkeypatch.setattr("analysis.report.run._in_kernel", lambda: True)
    path = _write_semicolon_csv(tmp_path / "c.csv")
    import warnings
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # a CorpusWarning escaping would fail here
        report_settings(corpus_path=str(path)).load_corpus()
    assert len(shown) == 1 and shown[0].startswith("The loader reported") and "00_corpus" in shown[0]
    monkeypatch.setattr("analysis.report.run._in_kernel", lambda: False)  # a script: warnings as usual
    with pytest.warns(analysis.CorpusWarning, match="CSV dialect guessed"):
        report_settings(corpus_path=str(path)).load_corpus()


def test_flags_only_run_on_a_headerless_semicolon_file_outside_the_working_folder(tmp_path):
    corpus = _write_semicolon_csv(tmp_path / "elsewhere" / "corpora" / "gnad_like.csv")
    cwd = tmp_path / "work"
    cwd.mkdir()
    out = cwd / "report"
    result = subprocess.run(
        [sys.executable, "-m", "analysis", "report", "--corpus", str(corpus), "--out", str(out),
         "--delimiter", ";", "--quotechar", "'", "--no-header", "--column-names", "category,body",
         "--text-column", "body", "--notebook", str(ROOT / "notebooks" / "00_corpus.ipynb"), "--quiet"],
        cwd=cwd, capture_output=True, text=True, timeout=900)
    assert result.returncode == 0, result.stderr[-3000:]
    nb = json.loads((out / "notebooks" / "00_corpus.ipynb").read_text())
    injected = next(c for c in nb["cells"] if "injected-parameters" in c["metadata"].get("tags", []))
    src = "".join(injected["source"])
    assert 'corpus_path = "corpora/gnad_like.csv"' in src and 'delimiter = ";"' in src
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["parameters"]["corpus_path"] == "corpora/gnad_like.csv"
    assert manifest["parameters"]["column_names"] == ["category", "body"]
    assert manifest["corpus"]["documents"] == len(ARTICLES)
    for page in [out / "index.html", out / "manifest.json", out / "html" / "00_corpus.html",
                 out / "notebooks" / "00_corpus.ipynb"]:
        text = page.read_text()
        assert str(tmp_path) not in text, page.name
    html = (out / "html" / "00_corpus.html").read_text()
    assert "The loader reported" in html and "no doc_id column" in html
    assert "CorpusWarning" not in html
    outputs = [o for c in nb["cells"] for o in c.get("outputs", [])]
    assert not [o for o in outputs if o.get("name") == "stderr"]


def test_warnings_in_a_kernel_become_markdown_notes_not_stderr(monkeypatch, capsys):
    import warnings

    from analysis.report import run as report

    shown = []
    monkeypatch.setattr("IPython.display.display", lambda obj: shown.append(obj.data))
    monkeypatch.setattr(report, "_in_kernel", lambda: True)
    monkeypatch.setattr(warnings, "showwarning", report._NoteFormatter())
    with warnings.catch_warnings():
        warnings.simplefilter("always")
        warnings.showwarning = report._NoteFormatter()
        warnings.warn("1,028 documents are too many to show one per row; showing 40 <b>", UserWarning)
    assert capsys.readouterr().err == ""
    assert len(shown) == 1 and shown[0].startswith("**Note:**") and "1,028 documents" in shown[0] and "<b>" not in shown[0]
    monkeypatch.setattr(report, "_in_kernel", lambda: False)
    report._NoteFormatter()("plain", UserWarning, "x.py", 1)
    assert capsys.readouterr().err == "Note (UserWarning): plain\n"
