"""Time every code cell of a notebook run as a script over a report's store (profiling aid).

Runs the code cells of ``notebooks/NN_*.ipynb`` in one namespace, as the report's kernel
would (parameters: ``corpus_path`` and ``title`` given here, ``out_dir`` a temporary folder;
``ANALYSIS_STORE`` set to the store), prints each cell's wall time and the growth of the
process's peak RSS, slowest first, and with ``--cprofile FILE`` writes a cProfile of the whole
notebook (read it with ``python -m pstats FILE``). IPython's ``display`` prints nothing here,
so the cost of rendering HTML in a kernel is not included (the report's own timings are in
``benchmarks/bench_report.py``).

Usage::

    python benchmarks/profile_notebook.py notebooks/01_topics.ipynb --store R.store --corpus C.jsonl
"""
from __future__ import annotations

import argparse
import cProfile
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("notebook")
    ap.add_argument("--store", required=True)
    ap.add_argument("--corpus", required=True)
    ap.add_argument("--cprofile")
    args = ap.parse_args()
    import matplotlib

    matplotlib.use("Agg")
    import nbformat
    import IPython.display as disp

    disp.display = lambda *a, **k: None
    os.environ["ANALYSIS_STORE"] = str(Path(args.store).resolve())
    os.environ["TQDM_DISABLE"] = "1"
    nb = nbformat.read(args.notebook, 4)
    out = tempfile.mkdtemp(prefix="profile-nb-")
    os.chdir(out)
    ns = {"__name__": "__main__"}
    cells = [c for c in nb.cells if c.cell_type == "code"]
    times = []
    prof = cProfile.Profile() if args.cprofile else None
    for i, cell in enumerate(cells):
        src = "\n".join(line for line in cell.source.splitlines() if not line.lstrip().startswith("%"))
        src = src.replace("from IPython.display import Markdown, display",
                                  "from IPython.display import Markdown; display = lambda *a, **k: None")
        if i == 0:
            src += f"\ncorpus_path = {str(Path(args.corpus).resolve())!r}\ntitle = 'profile'\nout_dir = '.'\n"
        before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        t = time.perf_counter()
        cpu = time.process_time()
        if prof:
            prof.enable()
        exec(compile(src, f"<cell {cell.get('id')}>", "exec"), ns)
        if prof:
            prof.disable()
        dt = time.perf_counter() - t
        dcpu = time.process_time() - cpu
        after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        times.append((dt, cell.get("id"), after, after - before, src.strip().splitlines()[0][:70], dcpu))
        print(f"cell {cell.get('id')}: {dt:7.1f} s wall, {dcpu:7.1f} CPU s, peak RSS {after:6.0f} MB", flush=True)
    print("\nslowest cells:")
    for dt, cid, peak, grow, first, dcpu in sorted(times, reverse=True)[:12]:
        print(f"  {dt:7.1f} s ({dcpu:6.1f} CPU s)  peak {peak:6.0f} MB (+{grow:5.0f})  {cid}  {first}")
    print(f"total {sum(t[0] for t in times):.1f} s wall, {sum(t[5] for t in times):.1f} CPU s "
          f"(this process; load average {os.getloadavg()[0]:.1f})")
    if prof:
        prof.dump_stats(args.cprofile)
    return 0


if __name__ == "__main__":
    sys.exit(main())
