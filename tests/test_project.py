"""The project's promises about set-up: pins agree, commands exist, notebooks are parameterized."""
import json
import re
import tomllib
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]


def _pyproject_deps():
    return tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["dependencies"]


def _pyproject_test_deps():
    return tomllib.loads((ROOT / "pyproject.toml").read_text())["project"].get("optional-dependencies", {}).get("test", [])


def test_environment_yml_lists_the_same_pins_as_pyproject():
    env = yaml.safe_load((ROOT / "environment.yml").read_text())
    pip_section = next(d["pip"] for d in env["dependencies"] if isinstance(d, dict) and "pip" in d)
    conda_python = [d for d in env["dependencies"] if isinstance(d, str) and d.startswith("python")]
    assert conda_python == ["python=3.11"]
    norm = lambda reqs: sorted(r.lower().replace("_", "-") for r in reqs if not r.startswith("-e"))  # noqa: E731
    assert norm(pip_section) == norm(_pyproject_deps() + _pyproject_test_deps())


def test_every_dependency_is_pinned_exactly():
    for dep in _pyproject_deps() + _pyproject_test_deps():
        assert re.fullmatch(r"[A-Za-z0-9_.\-]+==[0-9][0-9A-Za-z.\-]*", dep), dep


def test_core_packages_are_dependencies():
    names = {d.split("==")[0].lower() for d in _pyproject_deps()}
    assert {"pandas", "matplotlib", "nltk", "scikit-learn", "jupyterlab", "papermill"} <= names


def test_test_only_packages_are_in_the_test_extra_only():
    runtime = {d.split("==")[0].lower() for d in _pyproject_deps()}
    test = {d.split("==")[0].lower() for d in _pyproject_test_deps()}
    assert {"pytest", "nbval", "hypothesis", "selenium"} <= test
    assert not runtime & test


def test_ci_runs_the_readme_test_command():
    readme = (ROOT / "README.md").read_text()
    ci = (ROOT / ".ci" / "run").read_text()
    assert "make test" in readme and "make report" in readme
    assert re.search(r"^make test$", ci, re.M)
    makefile = (ROOT / "Makefile").read_text()
    assert re.search(r"^test:", makefile, re.M) and re.search(r"^report:", makefile, re.M)


def test_notebooks_have_one_parameters_cell_and_are_executed_in_order():
    notebooks = sorted((ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb"))
    assert [p.name[:2] for p in notebooks] == [f"{i:02d}" for i in range(len(notebooks))]
    assert len(notebooks) >= 5
    for path in notebooks:
        nb = json.loads(path.read_text())
        code = [c for c in nb["cells"] if c["cell_type"] == "code"]
        tagged = [c for c in code if "parameters" in c.get("metadata", {}).get("tags", [])]
        assert len(tagged) == 1, path.name
        src = "".join(tagged[0]["source"])
        for name in ("corpus_path", "metadata_path", "out_dir"):
            assert re.search(rf"^{name}\s*=", src, re.M), (path.name, name)
        counts = [c["execution_count"] for c in code if "".join(c["source"]).strip()]
        assert counts == list(range(1, len(counts) + 1)), f"{path.name} not executed top to bottom"


def test_library_never_reaches_for_the_network():
    pattern = re.compile(r"nltk\.download\(|urlopen\(|requests\.(get|post)\(|urllib\.request")
    for path in list((ROOT / "analysis").rglob("*.py")) + list((ROOT / "notebooks").glob("*.ipynb")):
        assert not pattern.search(path.read_text()), path


def test_papermill_sees_the_same_parameters_in_every_notebook():
    from papermill.translators import PythonTranslator

    from analysis.report.run import REPORT_PARAMETERS

    for path in sorted((ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb")):
        nb = json.loads(path.read_text())
        cell = next(c for c in nb["cells"] if "parameters" in c.get("metadata", {}).get("tags", []))
        found = {p.name for p in PythonTranslator.inspect({"source": "".join(cell["source"])})}
        assert found == set(REPORT_PARAMETERS), path.name


def test_progress_bars_obey_tqdm_disable():
    """The report runner sets TQDM_DISABLE=1 for its kernels: a long loop then shows no bar, so none
    lands in an executed notebook (the library used to force disable=False, overriding it)."""
    import os
    import subprocess
    import sys

    code = ("from analysis.progress import progress; "
            "print(progress(range(5000)).disable, progress(range(10)).disable)")
    env = {**os.environ, "PYTHONPATH": str(ROOT), "TQDM_DISABLE": "1"}
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["True", "True"]
    env.pop("TQDM_DISABLE")
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "True"]  # a console run keeps its bar; small inputs never get one
