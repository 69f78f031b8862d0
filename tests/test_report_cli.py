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
    # the time charts say why they are empty instead of failing
    assert (out / "figures" / "01_topic_prevalence.png").exists()
    assert (out / "figures" / "03_publication_timeline.png").exists()
    # the awkward files are reported in the corpus notebook, not lost
    problems = (out / "html" / "00_corpus.html").read_text()
    assert "empty.txt" in problems and "legacy-cp1252" in problems
    # warnings are shown without the kernel's temporary file name, so reruns are identical
    stored = (out / "notebooks" / "00_corpus.ipynb").read_text()
    assert "CorpusWarning" in stored and "ipykernel_" not in stored
