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
import os
import re
import signal
import sys
import threading

#: Lines of a kernel's own log that are dropped from its stderr: the one known-harmless warning
#: ipykernel (7 and later) prints at every start when its sockets are TCP without CurveZMQ keys.
#: The report's kernels listen on the loopback interface only (127.0.0.1), so nothing leaves the
#: machine; printed once per notebook it read as a security problem. Every other line is kept.
KERNEL_NOISE = re.compile(r"^\[IPKernelApp\] WARNING \| Kernel is running over TCP without encryption\b")


def _forward_stderr(fd: int) -> None:
    """Copy a kernel's stderr (the read end ``fd`` of a pipe) line by line to ``sys.stderr``,
    without the lines :data:`KERNEL_NOISE` matches; ends when the kernel closes the pipe."""
    with os.fdopen(fd, "rb") as pipe:
        for raw in iter(pipe.readline, b""):
            line = raw.decode("utf-8", errors="replace")
            if KERNEL_NOISE.match(line):
                continue
            try:
                sys.stderr.write(line)
                sys.stderr.flush()
            except (OSError, ValueError):   # stderr closed while the kernel still wrote
                pass


def _quiet_kernel_manager(threads: list):
    """jupyter_client's kernel manager, with the kernel's stderr passed through a filter
    (:func:`_forward_stderr`) instead of inherited; the forwarding threads are added to
    ``threads``."""
    from jupyter_client.manager import AsyncKernelManager

    class QuietKernelManager(AsyncKernelManager):
        async def _async_launch_kernel(self, kernel_cmd, **kw):
            if kw.get("stderr") is not None:    # a caller chose where it goes: leave it
                return await super()._async_launch_kernel(kernel_cmd, **kw)
            read, write = os.pipe()
            try:
                await super()._async_launch_kernel(kernel_cmd, **dict(kw, stderr=write))
            except BaseException:
                os.close(read)
                raise
            finally:
                os.close(write)     # the kernel holds its own copy
            thread = threading.Thread(target=_forward_stderr, args=(read,), daemon=True,
                                      name="kernel-stderr")
            thread.start()
            threads.append(thread)

    return QuietKernelManager


def execute_notebook(notebook: str, executed: str, parameters: dict, cwd: str,
                     kernel_name: str | None = None) -> dict:
    """Run one notebook with papermill and return its run record.

    Returns
    -------
    dict with ``notebook`` (file name), ``status`` ("ok" or "failed"), ``cell`` (the failing
    cell as ``"In [n]"``, or None) and ``error`` (one line, or None).

    Notes
    -----
    The kernel's stderr reaches this process's ``sys.stderr`` line by line without ipykernel's
    "Kernel is running over TCP without encryption" warning (:data:`KERNEL_NOISE`: the
    report's kernels listen on 127.0.0.1 only); every other line of it is shown.
    """
    from pathlib import Path

    import papermill as pm

    run = {"notebook": Path(notebook).name, "status": "ok", "cell": None, "error": None}
    threads: list = []
    try:
        pm.execute_notebook(notebook, executed, parameters=parameters, cwd=cwd,
                            kernel_name=kernel_name, progress_bar=False, log_output=False,
                            kernel_manager_class=_quiet_kernel_manager(threads))
    except pm.PapermillExecutionError as err:
        run.update(status="failed", cell=f"In [{err.exec_count}]",
                   error=f"{err.ename}: {str(err.evalue).splitlines()[0] if err.evalue else ''}")
    except (RuntimeError, OSError) as err:  # the kernel died or never started
        run.update(status="failed", cell=None, error=f"{type(err).__name__}: {err}")
    finally:
        for thread in threads:      # the kernel has stopped: its last lines are written out
            thread.join(timeout=5)
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
