"""End to end: the notebook series runs on a corpus it has never seen, from the command line."""
import json
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent / "data"))
from make_foreign_corpus import write_jsonl, write_undated_folder  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]


def _run_report(corpus: Path, tmp: Path, *flags: str):
    """``python -m analysis report`` on a corpus, from a folder outside the project."""
    out = tmp / "report"
    result = subprocess.run(
        [sys.executable, "-m", "analysis", "report", "--corpus", str(corpus), "--out", str(out), *flags],
        cwd=tmp, capture_output=True, text=True, timeout=1800,
    )
    assert result.returncode == 0, result.stderr[-4000:]
    return out, result


@pytest.fixture(scope="module")
def foreign_report(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("foreign")
    return _run_report(write_jsonl(tmp / "articles.jsonl"), tmp)


def test_every_notebook_runs_on_a_foreign_corpus(foreign_report):
    out, result = foreign_report
    notebooks = sorted(p.name for p in (ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb"))
    assert sorted(p.name for p in (out / "notebooks").glob("*.ipynb")) == notebooks
    for name in notebooks:
        html = out / "html" / name.replace(".ipynb", ".html")
        assert html.stat().st_size > 10_000
        nb = json.loads((out / "notebooks" / name).read_text())
        errors = [o for c in nb["cells"] for o in c.get("outputs", []) if o.get("output_type") == "error"]
        assert not errors, (name, errors[:1])
    assert "report written to" in result.stdout


def test_the_report_is_about_the_foreign_corpus(foreign_report):
    out, _ = foreign_report
    html = (out / "html" / "00_corpus.html").read_text()
    assert "foreign-000" in html
    assert "000_be2ed925e2371b7b" not in html  # nothing leaked in from the bundled corpus


def test_every_figure_is_written_as_png_and_svg(foreign_report):
    out, _ = foreign_report
    pngs = {p.stem for p in (out / "figures").glob("*.png")}
    svgs = {p.stem for p in (out / "figures").glob("*.svg")}
    assert pngs and pngs == svgs
    prefixes = {stem[:2] for stem in pngs}
    assert {"00", "01", "02", "03", "04"} <= prefixes
    assert list((out / "tables").glob("*.csv"))


def test_executed_notebooks_carry_no_clock_times(foreign_report):
    out, _ = foreign_report
    nb = json.loads((out / "notebooks" / "00_corpus.ipynb").read_text())
    assert "start_time" not in nb["metadata"].get("papermill", {})
    for cell in nb["cells"]:
        assert "execution" not in cell["metadata"]
        assert "start_time" not in cell["metadata"].get("papermill", {})
    injected = [c for c in nb["cells"] if "injected-parameters" in c["metadata"].get("tags", [])]
    assert [c["id"] for c in injected] == ["injected-parameters"]
    assert "foreign-000" in json.dumps(nb["cells"])  # outputs are kept


@pytest.fixture(scope="module")
def undated_report(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("undated")
    out, _ = _run_report(write_undated_folder(tmp / "articles"), tmp, "--quiet")
    return out


def test_a_folder_without_any_dates_runs_through_every_notebook(undated_report):
    out = undated_report
    for name in sorted(p.name for p in (ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb")):
        nb = json.loads((out / "notebooks" / name).read_text())
        errors = [o for c in nb["cells"] for o in c.get("outputs", []) if o.get("output_type") == "error"]
        assert not errors, (name, errors[:1])
    # the time charts that would be empty are neither written nor listed; the notebook says why
    for chart in ("01_topic_prevalence", "03_publication_timeline", "02_tone_by_year"):
        assert not list((out / "figures").glob(chart + ".*")), chart
        assert chart not in (out / "index.html").read_text(), chart
    assert "No chart 03_publication_timeline: no document has a publication date." \
        in (out / "html" / "03_timeline.html").read_text()
    # the awkward files are reported in the corpus notebook, not lost
    problems = (out / "html" / "00_corpus.html").read_text()
    assert "empty.txt" in problems and "legacy-cp1252" in problems
    # the loader's notes are shown once, as a table, without the kernel's temporary file name
    # (so reruns are identical) and not as raw warning text
    stored = (out / "notebooks" / "00_corpus.ipynb").read_text()
    assert "The loader reported" in stored and "ipykernel_" not in stored
    assert "CorpusWarning" not in stored


# ---------------------------------------------------------------------------------------------
# Shapes a researcher brings, bad arguments, failures, interrupted runs, identical reruns

import os  # noqa: E402
import signal  # noqa: E402
import time  # noqa: E402

import pandas as pd  # noqa: E402

from make_shapes import SHAPES  # noqa: E402

NOTEBOOKS = sorted(p.name for p in (ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb"))


def _cli(tmp: Path, *args: str, timeout=1800):
    return subprocess.run([sys.executable, "-m", "analysis", "report", *args], cwd=tmp,
                          capture_output=True, text=True, timeout=timeout)


def _errors(out: Path) -> dict:
    found = {}
    for nb_path in sorted((out / "notebooks").glob("*.ipynb")):
        nb = json.loads(nb_path.read_text())
        errs = [o for c in nb["cells"] for o in c.get("outputs", []) if o.get("output_type") == "error"]
        if errs:
            found[nb_path.name] = f"{errs[0]['ename']}: {errs[0]['evalue']}"
    return found


# shape -> (notebooks to run, extra flags); the first two run the whole series
SHAPE_RUNS = {
    "short_items": (None, ["--text-column", "short_description", "--title-column", "headline",
                           "--date-column", "date", "--author-column", "authors"]),
    "single_document": (None, []),
    "all_duplicates": (["00_corpus", "01_topics", "02_sentiment"], []),
    "no_dates": (["01_topics", "02_sentiment", "04_actors_quotes"], []),
    "one_date": (["01_topics", "04_actors_quotes"], []),
    "one_year": (["01_topics", "04_actors_quotes"], []),
    "german": (["00_corpus", "02_sentiment"], []),
    "mixed_language": (["00_corpus"], []),
}


@pytest.fixture(scope="module")
def shape_reports(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("shapes")
    reports = {}
    for shape, (notebooks, flags) in SHAPE_RUNS.items():
        corpus = SHAPES[shape](tmp / f"{shape}.jsonl")
        nb_flags = [a for n in (notebooks or []) for a in ("--notebook", str(ROOT / "notebooks" / f"{n}.ipynb"))]
        result = _cli(tmp, "--corpus", corpus.name, "--out", f"out_{shape}", "--quiet", *flags, *nb_flags)
        reports[shape] = (tmp / f"out_{shape}", result, notebooks)
    return reports


@pytest.mark.parametrize("shape", list(SHAPE_RUNS))
def test_every_shape_runs_through_its_notebooks(shape_reports, shape):
    out, result, notebooks = shape_reports[shape]
    assert result.returncode == 0, (shape, result.stderr[-3000:])
    expected = [f"{n}.ipynb" for n in notebooks] if notebooks else NOTEBOOKS
    assert sorted(p.name for p in (out / "notebooks").glob("*.ipynb")) == sorted(expected)
    assert _errors(out) == {}
    assert (out / "index.html").exists() and (out / "manifest.json").exists()
    front = (out / "index.html").read_text(encoding="utf-8")
    for page in (out / "figures").glob("*.html"):  # interactive charts are linked from the front page
        assert f'href="figures/{page.name}"' in front, page.name


def test_short_items_keep_every_document_wherever_the_notebooks_join(shape_reports):
    out, _, _ = shape_reports["short_items"]
    topics = pd.read_csv(out / "tables" / "01_document_topics.csv")
    tone = pd.read_csv(out / "tables" / "02_document_sentiment.csv")
    assert len(topics) == len(tone) == 16  # the numeric-only story and the empty items keep their rows
    topic_cols = [c for c in topics.columns if c.startswith("topic_")]
    assert topics[topic_cols].isna().all(axis=1).sum() >= 1
    assert tone["n_sentences"].fillna(0).eq(0).sum() >= 2
    nb = (out / "notebooks" / "01_topics.ipynb").read_text()
    assert "with no vocabulary term after cleaning (empty shares)" in nb
    # the text column given on the command line was used
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["parameters"]["text_column"] == "short_description"
    assert manifest["corpus"]["documents"] == 16


def test_a_single_document_says_there_is_no_topic_model(shape_reports):
    out, _, _ = shape_reports["single_document"]
    html = (out / "html" / "01_topics.html").read_text()
    assert "No topic model for this corpus" in html


def test_other_languages_are_named_in_every_notebook(shape_reports):
    import analysis

    out, _, _ = shape_reports["german"]
    if "language" not in analysis.load_corpus(out.parent / "german.jsonl").columns:
        pytest.skip("load_corpus gives no 'language' column (added by the loader's language detection)")
    for shape in ("german", "mixed_language"):
        out, _, notebooks = shape_reports[shape]
        for name in notebooks:
            html = (out / "html" / f"{name}.html").read_text()
            assert "not detected as English" in html and "English-only resources" in html, (shape, name)


def test_the_comparison_is_chosen_from_the_data_and_said_so(shape_reports):
    out, _, _ = shape_reports["one_year"]
    html = (out / "html" / "04_actors_quotes.html").read_text()
    assert "chosen from the data" in html
    out, _, _ = shape_reports["no_dates"]
    assert "No comparison over time" in (out / "html" / "04_actors_quotes.html").read_text()


def test_no_bundled_corpus_prose_or_machine_paths_in_foreign_reports(shape_reports):
    bundled = ["North Korea", "Obama", "Biden", "Xi Jinping", "denucleari", "2016-17", "2016–17"]
    for shape, (out, _, _) in shape_reports.items():
        for page in (out / "html").glob("*.html"):
            text = page.read_text()
            for word in bundled:
                assert word not in text, (shape, page.name, word)
            assert str(out.parent) not in text and "/tmp/" not in text, (shape, page.name)
            assert "it/s]" not in text and "UserWarning:" not in text  # no progress bars or raw warnings


@pytest.mark.parametrize("args, message", [
    (["--corpus", "missing.jsonl"], "corpus not found"),
    (["--corpus", "notes.docx"], "unsupported file type"),
    (["--compare", "2019,2020,2021"], "compare needs exactly two groups"),
    (["--periods", "french-republics"], "periods must be"),
    (["--config", "broken.yml"], "not valid YAML"),
    (["--corpus", "ragged.jsonl", "--text-column", "body"], "cannot load the corpus"),
    (["--txt-column", "body"], "unrecognized arguments: --txt-column"),
])
def test_bad_arguments_are_reported_in_one_line_before_any_kernel(tmp_path, args, message):
    (tmp_path / "notes.docx").write_bytes(b"PK\x03\x04")
    (tmp_path / "broken.yml").write_text("title: [unclosed\n")
    (tmp_path / "ragged.jsonl").write_text('{"doc_id": "a", "text": "x"}\n')
    started = time.monotonic()
    result = _cli(tmp_path, *args, "--out", "out", timeout=120)
    assert result.returncode == 2, result.stderr
    lines = [ln for ln in result.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1 and lines[0].startswith("error: ") and message in lines[0], result.stderr
    assert "Traceback" not in result.stderr
    assert not any(tmp_path.glob("out*"))  # nothing started, nothing written
    assert time.monotonic() - started < 60


FAILING_NOTEBOOK = {
    "cells": [
        {"cell_type": "code", "execution_count": None, "id": "p", "metadata": {"tags": ["parameters"]},
         "outputs": [], "source": "corpus_path = None\nout_dir = '.'"},
        {"cell_type": "code", "execution_count": None, "id": "ok", "metadata": {}, "outputs": [],
         "source": "print('first cell ran')"},
        {"cell_type": "code", "execution_count": None, "id": "bad", "metadata": {}, "outputs": [],
         "source": "raise KeyError('doc-17 not in index')"},
    ],
    "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}},
    "nbformat": 4, "nbformat_minor": 5,
}


def test_a_failing_notebook_does_not_stop_the_others_or_touch_the_previous_report(tmp_path):
    corpus = SHAPES["one_year"](tmp_path / "c.jsonl")
    bad = tmp_path / "nb" / "00_broken.ipynb"
    bad.parent.mkdir()
    bad.write_text(json.dumps(FAILING_NOTEBOOK))
    previous = tmp_path / "out"
    (previous / "html").mkdir(parents=True)
    (previous / "html" / "00_corpus.html").write_text("previous complete report")
    result = _cli(tmp_path, "--corpus", corpus.name, "--out", "out", "--quiet",
                  "--notebook", str(bad), "--notebook", str(ROOT / "notebooks" / "02_sentiment.ipynb"))
    assert result.returncode == 1
    assert "00_broken.ipynb" in result.stderr and "In [4]" in result.stderr and "KeyError" in result.stderr
    # the previous report is untouched; this run's output is marked failed, the other notebook ran
    assert (previous / "html" / "00_corpus.html").read_text() == "previous complete report"
    failed = tmp_path / "out.failed"
    assert "00_broken.ipynb at In [4]: KeyError" in (failed / "FAILED.txt").read_text()
    assert (failed / "html" / "02_sentiment.html").exists() and (failed / "html" / "00_broken.html").exists()
    assert _errors(failed).keys() == {"00_broken.ipynb"}
    front = (failed / "index.html").read_text()
    assert "This run FAILED" in front and "FAILED in cell In [4]" in front
    assert not (tmp_path / "out.partial").exists()


def test_an_interrupted_run_leaves_the_previous_report_and_marks_its_own_output(tmp_path):
    corpus = SHAPES["one_year"](tmp_path / "c.jsonl")
    previous = tmp_path / "out"
    previous.mkdir()
    (previous / "index.html").write_text("previous")
    proc = subprocess.Popen([sys.executable, "-m", "analysis", "report", "--corpus", corpus.name, "--out", "out",
                             "--quiet"], cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 300
    while not list((tmp_path / "out.partial" / "notebooks").glob("*.ipynb")) and time.monotonic() < deadline:
        time.sleep(0.5)
    import psutil

    running = psutil.Process(proc.pid).children(recursive=True)  # notebook jobs and their kernels
    assert any("notebook_job" in " ".join(p.cmdline()) for p in running)
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=120)
    assert proc.returncode != 0
    # no notebook process or kernel outlives the report
    gone, alive = psutil.wait_procs(running, timeout=30)
    assert not alive, [" ".join(p.cmdline())[:200] for p in alive]
    assert (previous / "index.html").read_text() == "previous" and len(list(previous.iterdir())) == 1
    failed = tmp_path / "out.failed"
    assert (failed / "FAILED.txt").read_text().startswith("FAILED: the run was interrupted")
    assert not (tmp_path / "out.partial").exists()
    assert "interrupted" in err


def test_a_rerun_replaces_the_report_and_leaves_no_stale_files(tmp_path):
    corpus = SHAPES["one_year"](tmp_path / "c.jsonl")
    (tmp_path / "out" / "tables").mkdir(parents=True)
    (tmp_path / "out" / "tables" / "00_load_problems.csv").write_text("stale")
    nb = str(ROOT / "notebooks" / "02_sentiment.ipynb")
    result = _cli(tmp_path, "--corpus", corpus.name, "--out", "out", "--quiet", "--notebook", nb)
    assert result.returncode == 0, result.stderr[-2000:]
    assert not (tmp_path / "out" / "tables" / "00_load_problems.csv").exists()
    assert not (tmp_path / "out.partial").exists() and not (tmp_path / "out.previous").exists()


def test_two_runs_into_different_folders_write_identical_files(tmp_path):
    corpus = SHAPES["short_items"](tmp_path / "items.jsonl")
    flags = ["--text-column", "short_description", "--quiet",
             "--notebook", str(ROOT / "notebooks" / "00_corpus.ipynb"),
             "--notebook", str(ROOT / "notebooks" / "01_topics.ipynb")]
    for out in ("first", "deeper/second"):
        result = _cli(tmp_path, "--corpus", corpus.name, "--out", out, *flags)
        assert result.returncode == 0, result.stderr[-2000:]
    a, b = tmp_path / "first", tmp_path / "deeper" / "second"
    files_a = sorted(p.relative_to(a) for p in a.rglob("*") if p.is_file())
    assert files_a == sorted(p.relative_to(b) for p in b.rglob("*") if p.is_file())
    different = [str(f) for f in files_a if (a / f).read_bytes() != (b / f).read_bytes()]
    assert different == []
    manifest = json.loads((a / "manifest.json").read_text())
    assert manifest["library"]["name"] == "analysis" and manifest["packages"]["pandas"]
    assert len(manifest["corpus"]["fingerprint_sha256"]) == 64
    assert set(manifest["files"]) == {str(f.as_posix()) for f in files_a} - {"manifest.json"}
    front = (a / "index.html").read_text()
    assert 'href="html/01_topics.html"' in front and "tables/01_document_topics.csv" in front


def test_a_config_file_sets_the_same_parameters_as_the_flags(tmp_path):
    corpus = SHAPES["short_items"](tmp_path / "items.jsonl")
    (tmp_path / "study.yml").write_text(
        "corpus: items.jsonl\ntext_column: short_description\ntitle: Harbour strike coverage\n"
        "compare: ['2018-2019', '2021-2022']\nkwic: ['strike', 'union']\n")
    result = _cli(tmp_path, "--config", "study.yml", "--out", "out", "--quiet",
                  "--notebook", str(ROOT / "notebooks" / "00_corpus.ipynb"))
    assert result.returncode == 0, result.stderr[-2000:]
    html = (tmp_path / "out" / "html" / "00_corpus.html").read_text()
    assert "Harbour strike coverage" in html
    kwic = pd.read_csv(tmp_path / "out" / "tables" / "00_kwic.csv")
    assert set(kwic["term"]) == {"strike", "union"}
    params = json.loads((tmp_path / "out" / "manifest.json").read_text())["parameters"]
    assert params["corpus_path"] == "items.jsonl" and params["compare"] == ["2018-2019", "2021-2022"]


def test_a_folder_that_is_not_a_report_is_never_replaced(tmp_path):
    corpus = SHAPES["one_year"](tmp_path / "c.jsonl")
    thesis = tmp_path / "thesis"
    thesis.mkdir()
    (thesis / "chapter1.docx").write_text("years of work")
    result = _cli(tmp_path, "--corpus", corpus.name, "--out", "thesis", timeout=120)
    assert result.returncode == 2 and "holds files that are not part of a report" in result.stderr
    assert (thesis / "chapter1.docx").read_text() == "years of work"
    result = _cli(tmp_path, "--corpus", corpus.name, "--out", ".", timeout=120)
    assert result.returncode == 2 and "contains the current folder" in result.stderr


def test_notebooks_run_at_once_or_one_after_another_write_identical_files(tmp_path):
    from analysis.report.run import default_jobs

    assert default_jobs(5) == min(2, os.cpu_count() or 1) and default_jobs(1) == 1
    corpus = SHAPES["one_year"](tmp_path / "c.jsonl")
    flags = ["--corpus", corpus.name, "--quiet", "--notebook", str(ROOT / "notebooks" / "02_sentiment.ipynb"),
             "--notebook", str(ROOT / "notebooks" / "03_timeline.ipynb")]
    for out, jobs in (("one", "1"), ("two", "2")):
        result = _cli(tmp_path, *flags, "--out", out, "--jobs", jobs)
        assert result.returncode == 0, result.stderr[-2000:]
    a, b = tmp_path / "one", tmp_path / "two"
    files = sorted(p.relative_to(a) for p in a.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(b) for p in b.rglob("*") if p.is_file())
    assert any(f.name == "03_timeline.html" for f in files)
    assert [f for f in files if (a / f).read_bytes() != (b / f).read_bytes()] == []
    # the front page lists the notebooks in the series' order, not in the order they ended
    front = (b / "index.html").read_text()
    assert front.index("02_sentiment") < front.index("03_timeline")


def test_each_notebook_names_the_notebooks_whose_memo_it_reuses():
    """Run two at once, a notebook that reads text reuse or the topic model from the report's
    memo waits for the notebook that computes it (else both compute it, side by side)."""
    import re

    from analysis.report.run import notebook_needs, notebook_series

    series = notebook_series()
    stems = [nb.stem for nb in series]
    for nb in series:
        needs = notebook_needs(nb)
        assert all(n in stems and stems.index(n) < stems.index(nb.stem) for n in needs), (nb.name, needs)
        code = "\n".join("".join(c["source"]) for c in json.loads(nb.read_text())["cells"] if c["cell_type"] == "code")
        if nb.stem != stems[0] and re.search(r"\b(story_groups|fit_topics)\(", code):
            assert needs, f"{nb.name} reads the memo of text reuse but runs beside the notebook that computes it"
    assert notebook_needs(ROOT / "notebooks" / "03_timeline.ipynb") == ["01_topics"]
