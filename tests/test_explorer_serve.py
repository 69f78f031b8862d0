"""``python -m analysis explore`` stops its server and every kernel the server started."""
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parents[1]

# a stand-in for Voilà: starts a "kernel" in a session of its own (as jupyter_client does),
# writes both pids, and serves until stopped
SERVER = r'''
import subprocess, sys, time
kernel = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(300)"], start_new_session=True)
open(sys.argv[1], "w").write(f"{kernel.pid}\n")
time.sleep(300)
'''


def test_sigterm_stops_the_server_and_its_kernels(tmp_path):
    pids = tmp_path / "pids.txt"
    code = ("import sys; from analysis.report.explore_cli import serve; "
            f"sys.exit(serve([sys.executable, '-c', {SERVER!r}, {str(pids)!r}]))")
    proc = subprocess.Popen([sys.executable, "-c", code], cwd=ROOT,
                            env=dict(os.environ, PYTHONPATH=str(ROOT)))
    deadline = time.monotonic() + 60
    while not (pids.exists() and pids.read_text().endswith("\n")) and time.monotonic() < deadline:
        time.sleep(0.2)
    kernel = psutil.Process(int(pids.read_text()))
    server = [p for p in psutil.Process(proc.pid).children() if p.pid != kernel.pid]
    assert kernel.is_running() and server
    proc.send_signal(signal.SIGTERM)
    assert proc.wait(timeout=60) == 0
    gone, alive = psutil.wait_procs([kernel, *server], timeout=30)
    assert not alive
