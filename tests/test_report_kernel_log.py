"""Corpus-run finding 22 (docs/corpus-runs-round5.md): ``python -m analysis report --quiet``
printed ipykernel's "Kernel is running over TCP without encryption" warning once per notebook.
The report's notebook runner drops that one line of a kernel's stderr and shows every other."""
import json
import os
import subprocess
import sys
from pathlib import Path

import nbformat

from analysis.report.notebook_job import KERNEL_NOISE

ROOT = Path(__file__).resolve().parents[1]


def test_the_kernel_tcp_warning_is_dropped_and_other_kernel_stderr_is_kept(tmp_path):
    nb = nbformat.v4.new_notebook()
    # a line the kernel process writes to its own stderr while a cell runs
    nb.cells = [nbformat.v4.new_code_cell('import os\nos.write(2, b"WARNING: a deliberate kernel warning\\n")')]
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nbformat.write(nb, tmp_path / "tiny.ipynb")
    spec = {"notebook": str(tmp_path / "tiny.ipynb"), "executed": str(tmp_path / "out.ipynb"),
            "parameters": {}, "cwd": str(tmp_path), "kernel_name": None,
            "result": str(tmp_path / "result.json")}
    (tmp_path / "spec.json").write_text(json.dumps(spec), encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]))
    proc = subprocess.run([sys.executable, "-m", "analysis.report.notebook_job", str(tmp_path / "spec.json")],
                          capture_output=True, text=True, env=env, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert json.loads((tmp_path / "result.json").read_text())["status"] == "ok"
    assert "WARNING: a deliberate kernel warning" in proc.stderr
    assert "without encryption" not in proc.stderr, proc.stderr


def test_only_the_known_line_matches():
    line = ("[IPKernelApp] WARNING | Kernel is running over TCP without encryption. All communication "
            "(including code and outputs) is sent in plain text and is susceptible to eavesdropping.\n")
    assert KERNEL_NOISE.match(line)
    assert not KERNEL_NOISE.match("[IPKernelApp] WARNING | Unknown error in handling startup files:\n")
    assert not KERNEL_NOISE.match("UserWarning: Kernel is running over TCP without encryption\n")
