"""Run the notebook series on a corpus and write a report folder.

``python -m analysis report [--corpus PATH] [--metadata CSV] [--out DIR]`` executes every
numbered notebook in ``notebooks/`` with papermill (injecting the parameters into the cell
tagged ``parameters``), then writes under ``DIR``:

- ``notebooks/NN_name.ipynb``: each executed notebook;
- ``html/NN_name.html``: the same rendered as HTML, for sharing;
- ``figures/*.png|svg`` and ``tables/*.csv``: written by the notebooks themselves.

Clock times are left out of the executed notebooks, so two runs over the same corpus give the
same files (a report folder can be kept under version control and diffed).
"""
from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from .paths import NOTEBOOKS_DIR, REPORTS_DIR


def notebook_series(folder: Path = NOTEBOOKS_DIR) -> list[Path]:
    """The numbered notebooks (``NN_name.ipynb``) in run order.

    Examples
    --------
    >>> [p.name[:2] for p in notebook_series()][:2]
    ['00', '01']
    """
    return sorted(p for p in Path(folder).glob("[0-9][0-9]_*.ipynb"))


# Papermill and the kernel stamp every cell with clock times, papermill gives the cell it
# injects a random id, and a warning starts with the kernel's temporary file name
# (/tmp/ipykernel_4128/4128758117.py:1: UserWarning: ...): dropping them makes two runs over the
# same corpus write the same files.
_VOLATILE_CELL_KEYS = ("start_time", "end_time", "duration")
_KERNEL_FILE = re.compile(r"(?m)^[^\s:]*ipykernel_\d+[\\/]\d+\.py:\d+: ")


def drop_volatile_metadata(ipynb) -> None:
    """Remove clock times, papermill's random injected-cell id and the kernel's temporary file
    names in warnings from a notebook file, in place."""
    import nbformat

    nb = nbformat.read(ipynb, as_version=4)
    for key in _VOLATILE_CELL_KEYS:
        nb.metadata.get("papermill", {}).pop(key, None)
    for cell in nb.cells:
        for key in _VOLATILE_CELL_KEYS:
            cell.metadata.get("papermill", {}).pop(key, None)
        cell.metadata.pop("execution", None)
        if "injected-parameters" in cell.metadata.get("tags", []):
            cell.id = "injected-parameters"
        for out in cell.get("outputs", []):
            if out.get("output_type") == "stream" and out.get("name") == "stderr":
                out["text"] = _KERNEL_FILE.sub("", out["text"])
    nbformat.write(nb, ipynb)


def _to_html(ipynb: Path, html: Path) -> None:
    import nbformat
    from nbconvert import HTMLExporter

    body, _ = HTMLExporter().from_notebook_node(nbformat.read(ipynb, as_version=4))
    html.write_text(body, encoding="utf-8")


def run_report(corpus=None, metadata=None, out_dir=None, notebooks=None, kernel_name=None,
               progress: bool = True) -> Path:
    """Execute the notebook series over a corpus and write notebooks, HTML, figures, tables.

    Parameters
    ----------
    corpus : str or Path, optional
        A folder of .txt/.html files or a .csv/.jsonl/.parquet file; None = bundled corpus.
    metadata : str or Path, optional
        CSV sidecar joined on doc_id.
    out_dir : str or Path, optional
        Report folder (default ``reports/`` in the project).
    notebooks : list of paths, optional
        Which notebooks to run (default: all numbered notebooks, in order).
    kernel_name : str, optional
        Jupyter kernel to execute them with (default: the one named in each notebook).
    progress : bool, default True
        Show a progress bar over the notebooks (on stderr).

    Returns
    -------
    Path of the report folder.

    Examples
    --------
    >>> run_report("my_articles/", out_dir="my_report")  # doctest: +SKIP
    """
    import papermill as pm
    from tqdm import tqdm

    out = Path(out_dir if out_dir is not None else REPORTS_DIR).resolve()
    (out / "notebooks").mkdir(parents=True, exist_ok=True)
    (out / "html").mkdir(parents=True, exist_ok=True)
    params = {
        "corpus_path": str(Path(corpus).resolve()) if corpus is not None else None,
        "metadata_path": str(Path(metadata).resolve()) if metadata is not None else None,
        "out_dir": str(out),
    }
    series = [Path(p) for p in (notebooks or notebook_series())]
    if not series:
        raise FileNotFoundError(f"no numbered notebooks found in {NOTEBOOKS_DIR}")
    bar = tqdm(series, desc="notebooks", unit="nb", disable=not progress, file=sys.stderr)
    for nb in bar:
        bar.set_postfix_str(nb.name)
        executed = out / "notebooks" / nb.name
        pm.execute_notebook(str(nb), str(executed), parameters=params, cwd=str(nb.parent),
                            kernel_name=kernel_name, progress_bar=False)
        drop_volatile_metadata(executed)
        _to_html(executed, out / "html" / (nb.stem + ".html"))
    n_fig = len(list((out / "figures").glob("*.png"))) if (out / "figures").exists() else 0
    n_tab = len(list((out / "tables").glob("*.csv"))) if (out / "tables").exists() else 0
    print(f"report written to {out}: {len(series)} notebooks (HTML in html/), "
          f"{n_fig} figures (PNG+SVG in figures/), {n_tab} tables (CSV in tables/)")
    return out


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m analysis", description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    rep = sub.add_parser("report", help="run every notebook over a corpus and write the report folder")
    rep.add_argument("--corpus", help="folder of .txt/.html, or a .csv/.jsonl/.parquet file (default: bundled corpus)")
    rep.add_argument("--metadata", help="CSV sidecar with doc_id and metadata columns")
    rep.add_argument("--out", help="report folder (default: reports/)")
    rep.add_argument("--notebook", action="append", help="run only this notebook (repeatable)")
    rep.add_argument("--quiet", action="store_true", help="no progress bar")
    args = parser.parse_args(argv)
    if args.command == "report":
        run_report(args.corpus, args.metadata, args.out, notebooks=args.notebook, progress=not args.quiet)
    return 0
