"""Throughput, memory and scaling of ``analysis.annotate`` on real news text.

The corpus is Reuters-21578 (``../shared/corpora/reuters21578``, read by
``benchmarks/_reuters.py``), stories with a body only. To reach ``--docs`` documents the
stories are repeated: copy ``k`` (k = 0 is the original) of story ``reuters-NNNNN`` gets the
id ``reuters-NNNNN-cK`` and its publication date moved ``K * 28`` days later (the text is
unchanged, so every copy costs the annotators the same work as the original). The corpus is
written once as JSON lines, the format a large export usually comes in, and annotated into a
fresh store by each configuration, each in its own process:

- ``local`` with 1 worker (runs in the annotating process) and with 2 worker processes;
- ``dask`` on a two-worker ``LocalCluster`` (one thread per worker process).

For each it prints documents/s, MB/s (of raw text), the scaling ratio against one worker, the
time of a second run over the unchanged corpus (nothing to do), and the peak resident memory (RSS) of every process of the run (sampled every 0.2 s with psutil;
without psutil only the annotating process's own peak, from ``resource``). It then times each
annotation step alone on one core over a sample (``--step-docs``), so the slowest one shows:
loading with cleaning, the cleaning report, segmenting, tone, dates, actor mentions, quotes.
Segmentation is cached per text (``analysis.text.segment``), so the steps after "segment" reuse it,
as ``annotate`` does. Each step's rate is printed from wall time and from CPU time of the
process (``time.process_time``): on a machine shared with other jobs the CPU figure is the
steadier one.

Figures for sizes that were not run (the issue's 100,000 and 1,000,000 documents) are printed
as an EXTRAPOLATION from the measured rate, labelled as such.

Usage::

    python benchmarks/bench_annotate.py                  # 100,000 documents
    python benchmarks/bench_annotate.py --docs 4000 --step-docs 400
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
import warnings
from pathlib import Path

import pandas as pd

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

CONFIGS = {"local-1": ("local", 1), "local-2": ("local", 2), "dask-2": ("dask", 2)}


def build_corpus(n_docs: int, path: Path) -> dict:
    """Write ``n_docs`` Reuters stories (repeated with new ids and shifted dates) as JSON lines."""
    from _reuters import load_reuters, require_reuters

    require_reuters()
    base = load_reuters()
    base = base[base["text"].str.strip().astype(bool)].reset_index(drop=True)
    copies = -(-n_docs // len(base))
    with open(path, "w", encoding="utf-8") as fh:
        written = 0
        for k in range(copies):
            for row in base.itertuples(index=False):
                if written == n_docs:
                    break
                published = row.published + pd.Timedelta(days=28 * k)
                fh.write(json.dumps({"doc_id": f"{row.doc_id}-c{k}", "title": row.title, "text": row.text,
                                     "published": published.strftime("%Y-%m-%dT%H:%M:%S")}) + "\n")
                written += 1
    return {"docs": n_docs, "base_stories": len(base), "copies": copies, "bytes": path.stat().st_size}


# --------------------------------------------------------------------------- one run (child)


def one_run(corpus: str, store: str, engine: str, workers: int, chunk_size: int) -> None:
    import resource

    import analysis

    warnings.simplefilter("ignore")
    t = time.perf_counter()
    s = analysis.annotate(corpus, store, engine=engine, workers=workers, chunk_size=chunk_size, progress=True)
    elapsed = time.perf_counter() - t
    # this process's peak so far is the annotation's own (ru_maxrss only grows)
    annotate_peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    first_run = dict(s.last_run)
    del s  # a researcher's session holds one store, not the first run's and the re-run's
    # the same corpus again: every chunk is recognised (nothing loaded or annotated)
    t = time.perf_counter()
    again = analysis.annotate(corpus, store, engine=engine, workers=workers, chunk_size=chunk_size, progress=False)
    rerun = time.perf_counter() - t
    assert again.last_run["annotated"] == 0
    out = dict(first_run, wall=elapsed, rerun=rerun, annotate_peak_mb=annotate_peak,
               self_peak_mb=resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
               store_mb=sum(f.stat().st_size for f in Path(store).rglob("*.parquet")) / 1e6,
               rows={t: int(again.sql(f"select count(*) n from {t}")["n"].iloc[0]) for t in
                     ("lines", "sentences", "dates", "mentions", "quotes")})
    print("RESULT " + json.dumps(out), flush=True)


def _sample_tree(proc: subprocess.Popen, peaks: dict, stop: threading.Event) -> None:
    import psutil

    try:
        root = psutil.Process(proc.pid)
    except psutil.Error:
        return
    while not stop.is_set():
        try:
            procs = [root] + root.children(recursive=True)
        except psutil.Error:
            break
        for p in procs:
            try:
                rss = p.memory_info().rss
                cmd = " ".join(p.cmdline())
            except psutil.Error:
                continue
            role = ("annotate (parent)" if p.pid == proc.pid else
                    "multiprocessing resource tracker" if "resource_tracker" in cmd else
                    "dask worker" if "distributed" in cmd or "dask" in cmd or "spawn_main" in cmd else "pool worker")
            key = (p.pid, role)
            peaks[key] = max(peaks.get(key, 0), rss)
        stop.wait(0.2)


def measure(name: str, corpus: Path, chunk_size: int) -> dict:
    engine, workers = CONFIGS[name]
    store = Path(tempfile.mkdtemp(prefix=f"bench-store-{name}-"))
    cmd = [sys.executable, __file__, "--one", str(corpus), str(store), engine, str(workers), str(chunk_size)]
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, text=True)
    peaks, stop = {}, threading.Event()
    try:
        import psutil  # noqa: F401
        sampler = threading.Thread(target=_sample_tree, args=(proc, peaks, stop), daemon=True)
        sampler.start()
    except ImportError:
        sampler = None
    out, _ = proc.communicate()
    stop.set()
    if sampler is not None:
        sampler.join()
    if proc.returncode != 0:
        raise SystemExit(f"{name}: annotate failed (exit {proc.returncode})")
    result = json.loads(next(line for line in out.splitlines() if line.startswith("RESULT "))[7:])
    result["peaks_mb"] = sorted(((role, rss / 1e6) for (pid, role), rss in peaks.items() if rss > 0),
                                key=lambda x: -x[1])
    import shutil
    shutil.rmtree(store, ignore_errors=True)
    return result


def steady_rate(r: dict) -> float:
    """Documents/s once every worker has returned its first chunk (start-up excluded)."""
    tl = r.get("timeline") or []
    k = max(1, int(r.get("workers", 1)))
    if len(tl) <= k:
        return r["documents"] / r["wall"]
    t_start = tl[k - 1][0]
    docs = sum(n for _, n in tl[k:])
    return docs / max(tl[-1][0] - t_start, 1e-9)


# --------------------------------------------------------------------------- steps


def step_throughput(corpus: Path, n: int) -> list[tuple[str, float, int]]:
    """Documents/s of each annotation step alone, on one core, over the first ``n`` stories."""
    import analysis
    from analysis.sentiment.scores import sentiment_scores

    warnings.simplefilter("ignore")
    sample = Path(tempfile.mkdtemp()) / "sample.jsonl"
    with open(corpus, encoding="utf-8") as src, open(sample, "w", encoding="utf-8") as dst:
        for k, line in enumerate(src):
            if k == n:
                break
            dst.write(line)
    os.environ["TQDM_DISABLE"] = "1"
    t, cpu = time.perf_counter(), time.process_time()
    c = analysis.load_corpus(sample)
    rows = [("load + clean (load_corpus)", time.perf_counter() - t, time.process_time() - cpu)]
    sents = None
    steps = [("cleaning report (lines)", lambda: analysis.cleaning_report(c)),
             ("segment (sentences)", lambda: analysis.sentences(c)),
             ("tone (VADER on the sentences)", lambda: sentiment_scores(sents["text"].tolist())),
             ("dates (extract_dates)", lambda: analysis.extract_dates(c)),
             ("actor mentions (actor_mentions)", lambda: analysis.actor_mentions(c)),
             ("quotes (extract_quotes)", lambda: analysis.extract_quotes(c))]
    analysis.extract_dates(c.head(3)), analysis.actor_mentions(c.head(3)), analysis.extract_quotes(c.head(3))
    for label, fn in steps:
        t, cpu = time.perf_counter(), time.process_time()
        r = fn()
        rows.append((label, time.perf_counter() - t, time.process_time() - cpu))
        if label.startswith("segment"):
            sents = r
    return [(label, len(c) / sec, len(c), len(c) / max(cpu, 1e-9)) for label, sec, cpu in rows]


# --------------------------------------------------------------------------- main


def main(argv=None) -> int:
    if argv is None and len(sys.argv) > 1 and sys.argv[1] == "--one":
        a = sys.argv[2:]
        one_run(a[0], a[1], a[2], int(a[3]), int(a[4]))
        return 0
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--docs", type=int, default=100_000, help="documents in the corpus (default 100,000)")
    ap.add_argument("--chunk-size", type=int, default=500)
    ap.add_argument("--step-docs", type=int, default=500, help="sample for the per-step timing")
    ap.add_argument("--configs", default="local-1,local-2,dask-2")
    args = ap.parse_args(argv)
    try:
        import psutil  # noqa: F401
    except ImportError:
        print("psutil not installed: only the annotating process's own peak RSS is reported")
    work = Path(tempfile.mkdtemp(prefix="bench-annotate-"))
    corpus = work / "reuters_copies.jsonl"
    info = build_corpus(args.docs, corpus)
    mb = info["bytes"] / 1e6
    print(f"corpus: {info['docs']:,} documents from {info['base_stories']:,} Reuters-21578 stories "
          f"({info['copies']} cop{'y' if info['copies'] == 1 else 'ies'}; copy k: id '<id>-c<k>', date + 28*k days), "
          f"{mb:.1f} MB of JSON lines; {os.cpu_count()} CPU cores, load average {os.getloadavg()[0]:.1f}")
    results = {}
    for name in args.configs.split(","):
        r = measure(name, corpus, args.chunk_size)
        results[name] = r
        rate = r["documents"] / r["wall"]
        r["steady"] = steady_rate(r)
        print(f"\n{name}: {r['documents']:,} documents in {r['wall']:.1f} s = {rate:.1f} documents/s, "
              f"{mb / r['wall']:.2f} MB/s (with start-up: imports, worker processes, cluster); "
              f"after the first {r['workers']} chunk(s): {r['steady']:.1f} documents/s, "
              f"{r['steady'] * mb / r['documents']:.2f} MB/s; store {r['store_mb']:.1f} MB; rows {r['rows']}; "
              f"re-run over the unchanged corpus: {r['rerun']:.1f} s")
        for role, peak in r["peaks_mb"]:
            print(f"    peak RSS {peak:7.0f} MB  {role}")
        if not r["peaks_mb"]:
            print(f"    peak RSS {r['self_peak_mb']:7.0f} MB  annotate (parent)")
        print(f"    (the parent during the first annotation alone: {r['annotate_peak_mb']:.0f} MB; "
              "the rest of its peak is the re-run and the row counts)")
    if "local-1" in results:
        base = results["local-1"]["documents"] / results["local-1"]["wall"]
        base_steady = results["local-1"]["steady"]
        print("\nscaling against local-1 (whole run / after start-up):")
        for name, r in results.items():
            print(f"    {name}: {r['documents'] / r['wall'] / base:.2f}x / {r['steady'] / base_steady:.2f}x")
        best = max(r["steady"] for r in results.values())
        print(f"\nEXTRAPOLATION (not measured; at the best measured rate, {best:.1f} documents/s, on this machine "
              "under its current load):")
        for n in (100_000, 1_000_000):
            per_doc_store = max(r["store_mb"] for r in results.values()) / args.docs
            print(f"    {n:>9,} documents: {n / best / 60:.0f} min, store about {per_doc_store * n / 1e3:.1f} GB "
                  "(the tables in memory are bounded by the chunk; the parent's record of each document, "
                  "about 0.4 KB, grows with the corpus)")
    print(f"\nsingle-core throughput of each step ({args.step_docs} stories, slowest first):")
    steps = step_throughput(corpus, args.step_docs)
    print(f"    {'wall':>9}  {'CPU':>9}  documents/s")
    for label, rate, n, cpu_rate in sorted(steps, key=lambda x: x[3]):
        print(f"    {rate:9.1f}  {cpu_rate:9.1f}  {label}")
    total = 1 / sum(1 / r for _, r, _, _ in steps)
    total_cpu = 1 / sum(1 / r for _, _, _, r in steps)
    print(f"    {total:9.1f}  {total_cpu:9.1f}  all steps one after the other")
    return 0


if __name__ == "__main__":
    sys.exit(main())
