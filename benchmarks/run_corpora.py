"""Run the whole report on the public news corpora, with command-line flags only (issue 11).

Each corpus in ``../shared/corpora`` that is news text is run through ``python -m analysis
report`` as a researcher would (no notebook edited), in its own process, and the script prints
one Markdown row per run: documents, wall time, peak RSS, the notebooks that ran. Read the HTML
afterwards (``OUT/<name>/index.html``); the rows' last column ("what a reader would still find
wrong") is written by a person, not by this script.

Only two corpora need a conversion, both stated here: Reuters-21578 is SGML (converted to JSON
lines by ``benchmarks/_reuters.py``), and the ABC headlines' first 10,000 rows are cut with
``head``-like slicing for a quicker run. Every other corpus is read as distributed.

Peak RSS is ``ru_maxrss`` of the waited-for children (the same figure ``/usr/bin/time -v``
prints as "Maximum resident set size"): the largest single process (the runner or one kernel),
not a sum.

Usage::

    python benchmarks/run_corpora.py OUT [--only NAME ...] [--list]

A corpus that is missing is reported as missing and skipped.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPORA = ROOT.parent / "shared" / "corpora"


def _reuters(out: Path, limit: int | None) -> Path:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from _reuters import write_reuters  # noqa: E402

    name = "reuters.jsonl" if limit is None else f"reuters_first{limit}.jsonl"
    path = out / "_inputs" / name
    if not path.exists():
        write_reuters(path, "jsonl", limit=limit)
    return path


def _head(src: Path, out: Path, n_rows: int) -> Path:
    path = out / "_inputs" / f"{src.stem}.first{n_rows}{src.suffix}"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        with src.open(encoding="utf-8") as fh, path.open("w", encoding="utf-8") as dst:
            for i, line in enumerate(fh):
                if i > n_rows:  # header + n_rows (the file has no multi-line records)
                    break
                dst.write(line)
    return path


#: name -> (source finder, flags, title). The finder returns the corpus path (preparing it once).
RUNS = {
    "masakhanews_en": (lambda out: CORPORA / "masakhanews_en" / "eng_test.tsv",
                       ["--title-column", "headline"], "MasakhaNEWS English (BBC, test split)"),
    "l3s_html": (lambda out: CORPORA / "l3s_gn1_html" / "original", [],
                 "L3S-GN1 news pages (HTML, 2008)"),
    "tenkgnad_de": (lambda out: CORPORA / "tenkgnad_de" / "test.csv",
                    ["--delimiter", ";", "--quotechar", "'", "--no-header",
                     "--text-column", "column_2"],
                    "10kGNAD German (DER STANDARD, test split)"),
    "masakhanews_fr": (lambda out: CORPORA / "tenkgnad_de" / "extra_masakhanews_fra" / "fra_test.tsv",
                       ["--title-column", "headline"], "MasakhaNEWS French (BBC Afrique, test split)"),
    "agnews": (lambda out: CORPORA / "agnews_test" / "test.csv",
               ["--text-column", "description", "--title-column", "title"], "AG News (test split)"),
    "abc_10k": (lambda out: _head(CORPORA / "abc_headlines_2003" / "abcnews-date-text.first50k.csv", out, 10_000),
                ["--text-column", "headline_text", "--date-column", "publish_date"],
                "ABC headlines 2003 (first 10,000)"),
    "abc_50k": (lambda out: CORPORA / "abc_headlines_2003" / "abcnews-date-text.first50k.csv",
                ["--text-column", "headline_text", "--date-column", "publish_date"],
                "ABC headlines 2003 (50k)"),
    "reuters_5k": (lambda out: _reuters(out, 5000), [], "Reuters-21578 (first 5,000 of 21,578)"),
    "reuters": (lambda out: _reuters(out, None), [], "Reuters-21578"),
}


def run_one(name: str, out: Path, python: str) -> dict:
    finder, flags, title = RUNS[name]
    try:
        corpus = finder(out)
    except (FileNotFoundError, SystemExit) as err:
        return {"corpus": name, "status": f"missing ({err})"}
    if not Path(corpus).exists():
        return {"corpus": name, "status": f"missing: {corpus}"}
    target = out / name
    cmd = [python, "-m", "analysis", "report", "--corpus", str(corpus), "--out", str(target),
           "--title", title, "--quiet", *flags]
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    rss_file = out / f"{name}.maxrss"
    start = time.perf_counter()
    with (out / f"{name}.log").open("w") as log:
        log.write(" ".join(cmd) + "\n")
        log.flush()
        # a fresh measuring process per run: ru_maxrss of children is a running maximum
        proc = subprocess.run([python, __file__, "--_measure", str(rss_file), "--", *cmd],
                              stdout=log, stderr=subprocess.STDOUT, env=env, cwd=str(out))
    wall = time.perf_counter() - start
    row = {"corpus": name, "command": " ".join(cmd[1:]), "exit": proc.returncode,
           "wall_s": round(wall, 1), "peak_rss_mb": round(int(rss_file.read_text()) / 1024)}
    manifest = target / "manifest.json"
    if manifest.exists():
        m = json.loads(manifest.read_text())
        row["documents"] = m.get("corpus", {}).get("documents")
        nbs = m.get("notebooks", [])
        row["notebooks_ok"] = f"{sum(n['status'] == 'ok' for n in nbs)} of {len(nbs)}"
        row["failed"] = [n["notebook"] for n in nbs if n["status"] != "ok"]
    else:
        failed = Path(str(target) + ".failed")
        row["notebooks_ok"] = "report failed" + (f" (see {failed}/FAILED.txt)" if failed.exists() else "")
    return row


def _measure(rss_file: str, cmd: list[str]) -> int:
    code = subprocess.run(cmd).returncode
    Path(rss_file).write_text(str(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss))
    return code


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--_measure"]:
        return _measure(argv[1], argv[3:])
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", type=Path, help="folder for the reports, logs and converted inputs")
    ap.add_argument("--only", nargs="+", choices=sorted(RUNS), help="run only these corpora")
    ap.add_argument("--python", default=sys.executable)
    args = ap.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    out = args.out.resolve()
    if not CORPORA.exists():
        print(f"The public corpora are missing: {CORPORA} does not exist; nothing to run.")
        return 0
    rows = []
    for name in args.only or list(RUNS):
        # one process per run, so each run's peak RSS is its own
        row = run_one(name, out, args.python)
        rows.append(row)
        print(json.dumps(row), flush=True)
    (out / "runs.json").write_text(json.dumps(rows, indent=1))
    print("\n| corpus | documents | wall time | peak RSS | notebooks ran |\n|---|---|---|---|---|")
    for r in rows:
        if "wall_s" not in r:
            print(f"| {r['corpus']} | {r['status']} | | | |")
            continue
        m, s = divmod(int(round(r["wall_s"])), 60)
        print(f"| {r['corpus']} | {r.get('documents', '?')} | {m}:{s:02d} | {r['peak_rss_mb']} MB "
              f"| {r['notebooks_ok']}{' (failed: ' + ', '.join(r['failed']) + ')' if r.get('failed') else ''} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
