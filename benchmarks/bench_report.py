"""Wall time and peak memory of the whole report (``python -m analysis report``) on a large corpus.

The corpus (``--docs``, default 100,000) is built from real news text in ``../shared/corpora``,
mixed from four sources so that it has the shape of a researcher's export rather than one story
printed many times:

- **Reuters-21578** (``reuters21578/``, read by ``benchmarks/_reuters.py``): the 19,779 stories
  with a body, dated 1987, outlet "Reuters";
- **MasakhaNEWS English** (``masakhanews_en/eng_test.tsv`` and ``eng_dev.tsv``): 1,420 full BBC
  articles (headline, text), undated, outlet "BBC";
- **AG News** (``agnews_test/test.csv``): 7,600 items (title + one-sentence description) from
  many outlets, undated, outlet "AG News";
- **ABC headlines** (``abc_headlines_2003/``): 49,999 dated one-line headlines (Feb-Oct 2003),
  outlet "ABC".

Every document of the four sources is used once (78,798 documents). The rest, up to ``--docs``,
are **edited copies of Reuters stories** (a wire story reprinted by another desk): copy ``k``
(k = 1, 2, ...) of story ``reuters-NNNNN`` gets the id ``reuters-NNNNN-cK``, its date moved
``28 * K`` days later, and its sentences in order **without every third sentence starting at
sentence K mod 3** (sentences cut at ``. ``/``? ``/``! `` before a capital; a story of one or
two sentences keeps its first). So copies overlap their original in about two thirds of their
text: text reuse finds partial reprints, as in real wire corpora, instead of every document
being an exact duplicate of another, and the topic and keyness steps see the vocabulary of four
outlets. For ``--docs`` below the full mix, a seeded random sample (seed 0) of the full mix is
taken, keeping the sources' proportions and the file order (Reuters, BBC, AG News, ABC, copies).

The corpus is written once as JSON lines (``doc_id, title, text, published, outlet``) and the
report runs over it in a subprocess, ``python -m analysis report --corpus FILE --out DIR``
(fresh store beside it unless ``--store`` names one to reuse). Every process of the run is
sampled every 0.2 s with psutil (the report, the annotating pool workers, each notebook's
kernel): the phases are told apart by the processes, since the report starts one kernel per
notebook, in order:

- **annotate**: from the start until the first kernel starts (imports, the store, the pool);
- **each notebook**: the lifetime of its kernel (the kernel's peak RSS, and the report
  process's at the same time);
- **rest**: after the last kernel (HTML of the last notebook, front page, manifest).

Between two kernels the report converts the finished notebook to HTML: that time is counted in
the next notebook's "gap" column. Printed: wall time and peak RSS per phase, the peak RSS of
the whole process tree (the sum over processes alive at once) and of the largest single
process, and the load average at the start and the end.

Usage::

    python benchmarks/bench_report.py                        # 100,000 documents
    python benchmarks/bench_report.py --docs 20000 --keep /tmp/bench-report-20k
    python benchmarks/bench_report.py --docs 20000 --build-only /tmp/c20k.jsonl
"""
from __future__ import annotations

import argparse
import csv
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

CORPORA = ROOT.parent / "shared" / "corpora"
MASAKHANE = [CORPORA / "masakhanews_en" / "eng_test.tsv", CORPORA / "masakhanews_en" / "eng_dev.tsv"]
AGNEWS = CORPORA / "agnews_test" / "test.csv"
ABC = CORPORA / "abc_headlines_2003" / "abcnews-date-text.first50k.csv"
FULL_MIX = 100_000
_SENT = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"'])")


def require(path: Path, what: str) -> Path:
    if not path.exists():
        raise SystemExit(f"{what} not found: expected {path} (../shared/corpora next to the repository; "
                         "see its README). This benchmark needs it; the tests never do.")
    return path


def _sources() -> list[dict]:
    """Every document of the four sources, once, in file order."""
    from _reuters import load_reuters, require_reuters

    try:
        require_reuters()
    except FileNotFoundError as err:
        raise SystemExit(str(err)) from None
    for p in MASAKHANE:
        require(p, "MasakhaNEWS English")
    require(AGNEWS, "AG News test split")
    require(ABC, "ABC headlines 2003")
    docs = []
    base = load_reuters()
    base = base[base["text"].str.strip().astype(bool)]
    for row in base.itertuples(index=False):
        docs.append({"doc_id": row.doc_id, "title": row.title, "text": row.text,
                     "published": row.published.strftime("%Y-%m-%dT%H:%M:%S"), "outlet": "Reuters",
                     "_src": "reuters"})
    csv.field_size_limit(1 << 30)
    for path in MASAKHANE:
        with open(path, encoding="utf-8", newline="") as fh:
            for i, row in enumerate(csv.DictReader(fh, delimiter="\t")):
                docs.append({"doc_id": f"bbc-{path.stem}-{i:05d}", "title": row["headline"], "text": row["text"],
                             "published": None, "outlet": "BBC", "_src": "bbc"})
    with open(AGNEWS, encoding="utf-8", newline="") as fh:
        for i, row in enumerate(csv.DictReader(fh)):
            docs.append({"doc_id": f"agnews-{i:05d}", "title": row["title"], "text": row["description"],
                         "published": None, "outlet": "AG News", "_src": "agnews"})
    with open(ABC, encoding="utf-8", newline="") as fh:
        for i, row in enumerate(csv.DictReader(fh)):
            d = row["publish_date"]
            docs.append({"doc_id": f"abc-{i:05d}", "title": None, "text": row["headline_text"],
                         "published": f"{d[:4]}-{d[4:6]}-{d[6:8]}", "outlet": "ABC", "_src": "abc"})
    return docs


def edited_copy(doc: dict, k: int) -> dict:
    """Copy ``k`` of a Reuters story: new id, date + 28k days, every third sentence left out."""
    import pandas as pd

    sents = _SENT.split(doc["text"].strip())
    if len(sents) <= 2:
        kept = sents[:1]
    else:
        kept = [s for i, s in enumerate(sents) if (i - k) % 3 != 0]
    published = (pd.Timestamp(doc["published"]) + pd.Timedelta(days=28 * k)).strftime("%Y-%m-%dT%H:%M:%S")
    return {"doc_id": f"{doc['doc_id']}-c{k}", "title": doc["title"], "text": " ".join(kept),
            "published": published, "outlet": "Reuters", "_src": "reuters copy"}


def build_corpus(n_docs: int, path: Path) -> dict:
    """Write the mixed corpus of ``n_docs`` documents as JSON lines; return what it holds."""
    docs = _sources()
    reuters = [d for d in docs if d["_src"] == "reuters"]
    total = max(n_docs, FULL_MIX)
    k, i = 1, 0
    while len(docs) < total:
        docs.append(edited_copy(reuters[i], k))
        i += 1
        if i == len(reuters):
            i, k = 0, k + 1
    if n_docs < len(docs):
        keep = sorted(random.Random(0).sample(range(len(docs)), n_docs))
        docs = [docs[j] for j in keep]
    counts: dict = {}
    with open(path, "w", encoding="utf-8") as fh:
        for d in docs:
            counts[d["_src"]] = counts.get(d["_src"], 0) + 1
            fh.write(json.dumps({k2: v for k2, v in d.items() if k2 != "_src"}, ensure_ascii=False) + "\n")
    return {"docs": len(docs), "sources": counts, "bytes": path.stat().st_size}


# --------------------------------------------------------------------------- sampling


def _role(p, root_pid: int) -> str:
    try:
        cmd = " ".join(p.cmdline())
    except Exception:  # noqa: BLE001
        return "?"
    if p.pid == root_pid:
        return "report"
    if "ipykernel" in cmd:
        return "kernel"
    if "resource_tracker" in cmd:
        return "tracker"
    if "notebook_job" in cmd:
        return "job"  # the process that runs one notebook's kernel (several at once)
    return "worker"


def _notebook_of(kernel) -> str | None:
    """The notebook a kernel runs: named in its notebook job's spec (None when the report runs
    the notebooks itself, one after another: then they start in the series' order)."""
    try:
        cmd = kernel.parent().cmdline()
        if any("notebook_job" in c for c in cmd):
            return Path(json.loads(Path(cmd[-1]).read_text())["notebook"]).name
    except Exception:  # noqa: BLE001 - the job ended already
        return None
    return None


def _sample(proc, state: dict, stop: threading.Event) -> None:
    import psutil

    try:
        root = psutil.Process(proc.pid)
    except psutil.Error:
        return
    roles: dict = {}
    while not stop.is_set():
        now = time.perf_counter()
        try:
            procs = [root] + root.children(recursive=True)
        except psutil.Error:
            break
        tree = 0
        for p in procs:
            try:
                rss = p.memory_info().rss
                t = p.cpu_times()
                cpu = t.user + t.system
            except psutil.Error:
                continue
            state["cpu"][p.pid] = max(state["cpu"].get(p.pid, 0.0), cpu)
            # a process forked a moment ago still shows its parent's command line: a role other
            # than kernel or report is looked at again until the process has run its own program
            if roles.get(p.pid) not in ("kernel", "report"):
                roles[p.pid] = state["roles"][p.pid] = _role(p, proc.pid)
                if roles[p.pid] == "kernel":
                    state["kernels"].append({"pid": p.pid, "name": _notebook_of(p), "start": now, "end": now, "peak": 0, "report_peak": 0,
                                             "tree_peak": 0, "report_cpu_at_start": state["cpu"].get(proc.pid, 0.0)})
            tree += rss
            role = roles[p.pid]
            state["peak_by_role"][role] = max(state["peak_by_role"].get(role, 0), rss)
            state["peak_single"] = max(state["peak_single"], rss)
            if role == "kernel":
                k = next(k for k in state["kernels"] if k["pid"] == p.pid)
                k["end"], k["peak"] = now, max(k["peak"], rss)
            elif role == "report":
                state["report_rss"] = rss
        state["peak_tree"] = max(state["peak_tree"], tree)
        kern = state["kernels"]
        for k in kern:
            if k["end"] == now:  # running now (several at once when the report runs notebooks in parallel)
                k["report_peak"] = max(k["report_peak"], state.get("report_rss", 0))
                k["tree_peak"] = max(k["tree_peak"], tree)
        if not kern:
            state["annotate_peak_tree"] = max(state["annotate_peak_tree"], tree)
        stop.wait(0.2)


def run_report(corpus: Path, out: Path, extra: list[str], log: Path) -> dict:
    cmd = [sys.executable, "-m", "analysis", "report", "--corpus", str(corpus), "--out", str(out),
           "--title", f"benchmark corpus ({corpus.name})", *extra]
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    state = {"kernels": [], "peak_by_role": {}, "peak_single": 0, "peak_tree": 0, "annotate_peak_tree": 0, "cpu": {},
             "roles": {}}
    load0 = os.getloadavg()
    t0 = time.perf_counter()
    with open(log, "w") as fh:
        proc = subprocess.Popen(cmd, env=env, stdout=fh, stderr=subprocess.STDOUT, cwd=str(out.parent))
        stop = threading.Event()
        sampler = threading.Thread(target=_sample, args=(proc, state, stop), daemon=True)
        sampler.start()
        rc = proc.wait()
        t1 = time.perf_counter()
        stop.set()
        sampler.join()
    state.update(rc=rc, t0=t0, t1=t1, load_start=load0, load_end=os.getloadavg(), cmd=cmd)
    return state


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--docs", type=int, default=100_000, help="documents in the corpus (default 100,000)")
    ap.add_argument("--corpus", help="use this JSONL corpus (written by an earlier --build-only) instead of building one")
    ap.add_argument("--build-only", metavar="FILE", help="write the corpus to FILE and stop")
    ap.add_argument("--keep", metavar="DIR", help="write the report (and its store) under DIR and keep them")
    ap.add_argument("--store", help="reuse this store (e.g. to time the notebooks without annotating again)")
    ap.add_argument("report_args", nargs="*", help="more arguments for the report, after --")
    args = ap.parse_args(argv)
    try:
        import psutil  # noqa: F401
    except ImportError:
        raise SystemExit("psutil is needed to sample the memory of every process: pip install psutil") from None
    if args.corpus:
        corpus = Path(require(Path(args.corpus), "corpus")).resolve()
        n = sum(1 for _ in open(corpus, encoding="utf-8"))
        info = {"docs": n, "sources": "(given file)", "bytes": corpus.stat().st_size}
    else:
        corpus = Path(args.build_only or Path(tempfile.mkdtemp(prefix="bench-report-")) / "mixed.jsonl").resolve()
        t = time.perf_counter()
        info = build_corpus(args.docs, corpus)
        print(f"corpus built in {time.perf_counter() - t:.0f} s: {corpus}")
    print(f"corpus: {info['docs']:,} documents {info['sources']}, {info['bytes'] / 1e6:.1f} MB of JSON lines; "
          f"{os.cpu_count()} CPU cores")
    if args.build_only:
        return 0
    work = Path(args.keep or tempfile.mkdtemp(prefix="bench-report-run-")).resolve()
    work.mkdir(parents=True, exist_ok=True)
    out = work / "report"
    extra = list(args.report_args)
    if args.store:
        extra += ["--store", str(Path(args.store).resolve())]
    r = run_report(corpus, out, extra, work / "report.log")
    wall = r["t1"] - r["t0"]
    notebooks = sorted(p.name for p in (ROOT / "notebooks").glob("[0-9][0-9]_*.ipynb"))
    print(f"\nreport exit code {r['rc']} (log: {work / 'report.log'}); load average at start "
          f"{r['load_start'][0]:.1f}/{r['load_start'][1]:.1f}/{r['load_start'][2]:.1f}, at end "
          f"{r['load_end'][0]:.1f}/{r['load_end'][1]:.1f}/{r['load_end'][2]:.1f}")
    if r["rc"] != 0:
        print(open(work / "report.log", encoding="utf-8", errors="replace").read()[-3000:])
    mb = 1e6
    kern = r["kernels"]
    first = kern[0]["start"] if kern else r["t1"]
    cpu, roles = r["cpu"], r["roles"]
    report_pid = next((pid for pid, role in roles.items() if role == "report"), None)
    report_cpu = cpu.get(report_pid, 0.0)
    first_report_cpu = kern[0]["report_cpu_at_start"] if kern else report_cpu
    workers_cpu = sum(c for pid, c in cpu.items() if roles.get(pid) == "worker")
    annotate_cpu = first_report_cpu + workers_cpu
    print("\nwall: seconds; CPU: user+system seconds of the phase's processes (steadier than wall on a "
          "shared machine); peak RSS: the phase's largest process (annotate: a pool worker), the report "
          "process, and the whole tree")
    print("notebooks: 'start' is seconds after the first kernel started; with the report's default of "
          "two notebooks at once their times overlap")
    print(f"\n{'phase':<26} {'wall':>8} {'CPU':>8} {'start':>6} {'peak RSS':>10} {'report proc':>12} {'tree':>9}")
    print(f"{'annotate (to 1st kernel)':<26} {first - r['t0']:8.1f} {annotate_cpu:8.1f} {'':>6} "
          f"{r['peak_by_role'].get('worker', 0) / mb:7.0f} MB {'':>12} {r['annotate_peak_tree'] / mb:6.0f} MB")
    prev = first
    kernels_cpu = 0.0
    for i, k in enumerate(kern):
        name = k.get("name") or (notebooks[i] if i < len(notebooks) else f"kernel {i}")
        kc = cpu.get(k["pid"], 0.0)
        kernels_cpu += kc
        print(f"{name:<26} {k['end'] - k['start']:8.1f} {kc:8.1f} {k['start'] - first:6.1f} {k['peak'] / mb:7.0f} MB "
              f"{k['report_peak'] / mb:9.0f} MB {k['tree_peak'] / mb:6.0f} MB")
        prev = max(prev, k["end"])
    print(f"{'rest (html, manifest)':<26} {r['t1'] - prev:8.1f}")
    print(f"{'report process (all)':<26} {'':>8} {report_cpu:8.1f}  (annotate parent, HTML export of each notebook, manifest)")
    after = report_cpu - first_report_cpu
    if any(k.get("name") for k in kern):  # notebooks ran two at once: the busier core bounds the time
        est = annotate_cpu / 2 + max((kernels_cpu + after) / 2, max(cpu.get(k["pid"], 0.0) for k in kern))
        how = "annotate CPU / 2 workers + the notebooks' and the report's CPU over 2 cores, at least the longest kernel"
    else:
        est = annotate_cpu / 2 + kernels_cpu + after
        how = "annotate CPU / 2 workers + each kernel's CPU + the report process's CPU after annotate"
    print(f"ESTIMATE, not measured: on an otherwise idle 2-core machine about {est:.0f} s = {est / 60:.1f} min ({how})")
    print(f"{'whole report':<26} {wall:8.1f}  = {wall / 60:.1f} min; peak RSS: largest process "
          f"{r['peak_single'] / mb:.0f} MB, whole process tree {r['peak_tree'] / mb:.0f} MB")
    print("peak RSS by role: " + ", ".join(f"{k} {v / mb:.0f} MB" for k, v in sorted(r["peak_by_role"].items())))
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)
    return 0 if r["rc"] == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
