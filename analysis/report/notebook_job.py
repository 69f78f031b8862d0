"""Execute one notebook of a report, in a process of its own (the report runs several at once).

``python -m analysis.report.notebook_job SPEC.json`` reads the notebook, output path,
parameters, working folder and kernel name from ``SPEC.json``, executes the notebook with
papermill and writes the run record (``status``, ``cell``, ``error``) to the ``result`` path
the spec names. The report (:func:`analysis.report.run.run_report`) starts one such process per
notebook, at most ``jobs`` at a time, and stops them with SIGINT when it is interrupted:
papermill then shuts the notebook's kernel down, so no kernel outlives the report.
"""
from __future__ import annotations

import json
import signal
import sys


def execute_notebook(notebook: str, executed: str, parameters: dict, cwd: str,
                     kernel_name: str | None = None) -> dict:
    """Run one notebook with papermill and return its run record.

    Returns
    -------
    dict with ``notebook`` (file name), ``status`` ("ok" or "failed"), ``cell`` (the failing
    cell as ``"In [n]"``, or None) and ``error`` (one line, or None).
    """
    from pathlib import Path

    import papermill as pm

    run = {"notebook": Path(notebook).name, "status": "ok", "cell": None, "error": None}
    try:
        pm.execute_notebook(notebook, executed, parameters=parameters, cwd=cwd,
                            kernel_name=kernel_name, progress_bar=False, log_output=False)
    except pm.PapermillExecutionError as err:
        run.update(status="failed", cell=f"In [{err.exec_count}]",
                   error=f"{err.ename}: {str(err.evalue).splitlines()[0] if err.evalue else ''}")
    except (RuntimeError, OSError) as err:  # the kernel died or never started
        run.update(status="failed", cell=None, error=f"{type(err).__name__}: {err}")
    return run


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if len(argv) != 1:
        print("usage: python -m analysis.report.notebook_job SPEC.json", file=sys.stderr)
        return 2
    with open(argv[0], encoding="utf-8") as fh:
        spec = json.load(fh)
    # the report stops a job with SIGINT (or SIGTERM): papermill's cleanup shuts the kernel down
    signal.signal(signal.SIGTERM, signal.default_int_handler)
    try:
        run = execute_notebook(spec["notebook"], spec["executed"], spec["parameters"], spec["cwd"],
                               spec.get("kernel_name"))
    except KeyboardInterrupt:
        return 130
    with open(spec["result"], "w", encoding="utf-8") as fh:
        json.dump(run, fh)
    return 0


if __name__ == "__main__":
    sys.exit(main())
