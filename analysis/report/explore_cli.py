"""``python -m analysis explore``: open the corpus explorer in the browser with Voilà.

``--store DIR`` opens a store written by :func:`analysis.annotate` (with ``--corpus``, the
store is first brought up to date: only new or changed documents are annotated) or a folder
written by :meth:`analysis.report.explorer.CorpusIndex.save`;
``--corpus PATH`` annotates a corpus once, saves the index (to ``--store`` or a folder beside
the corpus's name under ``reports/explore/``) and opens it. Re-running with the same
``--store`` opens at once: nothing is annotated again.
"""
from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

_LOAD_FLAGS = ("text_column", "id_column", "title_column", "date_column", "outlet_column", "author_column")


def add_arguments(parser) -> None:
    """Add the explorer's options to an argparse (sub)parser."""
    parser.add_argument("--store", help="folder of the explorer's tables (written on first use with --corpus)")
    parser.add_argument("--corpus", help="folder of .txt/.html, or a .csv/.json/.jsonl/.parquet file "
                                         "(default: the bundled corpus when no --store is given)")
    parser.add_argument("--metadata", help="CSV sidecar with doc_id and metadata columns")
    for flag in _LOAD_FLAGS:
        parser.add_argument("--" + flag.replace("_", "-"), dest=flag, help=f"name of the {flag.split('_')[0]} column")
    parser.add_argument("--port", type=int, default=8866, help="port for Voilà (default 8866)")
    parser.add_argument("--no-browser", action="store_true", help="serve without opening a browser")
    parser.add_argument("--rebuild", action="store_true", help="annotate again even if the store exists")


def build_store(corpus=None, store=None, metadata=None, *, rebuild: bool = False, **load_options) -> Path:
    """Annotate a corpus once and save the explorer's tables; reuse them when present.

    Parameters
    ----------
    corpus : str or Path, optional
        As for :func:`analysis.load_corpus` (None: the bundled corpus).
    store : str or Path, optional
        Folder for the tables (default ``reports/explore/<corpus name>``).
    metadata : str or Path, optional
    rebuild : bool, default False
        Annotate again even when the folder already has the tables.
    **load_options
        Column names passed to :func:`analysis.load_corpus`.

    Returns
    -------
    Path of the store folder.
    """
    from ..paths import REPORTS_DIR

    name = Path(corpus).stem if corpus else "bundled"
    folder = Path(store) if store else REPORTS_DIR / "explore" / name
    from ..store import is_store

    if is_store(folder):  # an annotate() store: read as it is, or brought up to date
        if corpus is not None or rebuild:
            from ..store import annotate

            annotate(corpus, folder, metadata=metadata, **{k: v for k, v in load_options.items() if v})
        return folder
    if (folder / "documents.parquet").exists() and (folder / "sentences.parquet").exists() and not rebuild:
        return folder
    from .explorer import CorpusIndex
    from ..corpus.loading import load_corpus

    corpus_df = load_corpus(corpus, metadata, **{k: v for k, v in load_options.items() if v})
    CorpusIndex.from_corpus(corpus_df).save(folder)
    return folder


def app_notebook(store: Path, path: Path) -> Path:
    """Write the one-cell notebook Voilà serves: the explorer over ``store``."""
    import nbformat

    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell(
        "import analysis\n"
        f"app = analysis.explore({json.dumps(str(Path(store).resolve()))})\n"
        "app")]
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nbformat.write(nb, path)
    return path


def voila_command(notebook: Path, port: int, open_browser: bool) -> list[str]:
    """The Voilà command line for serving ``notebook`` on ``port``."""
    cmd = [sys.executable, "-m", "voila", str(notebook), f"--port={port}",
           "--Voila.ip=127.0.0.1", "--theme=light"]
    if not open_browser:
        cmd.append("--no-browser")
    return cmd


def run(args) -> int:
    """Run the ``explore`` command from parsed arguments."""
    try:
        import voila  # noqa: F401
    except ImportError:
        print("python -m analysis explore needs Voilà: pip install voila", file=sys.stderr)
        return 2
    if args.store is None and args.corpus is None:
        args.corpus = None  # the bundled corpus
    if args.corpus is not None and not Path(args.corpus).exists():
        print(f"error: corpus not found: {args.corpus}", file=sys.stderr)
        return 2
    from ..store import is_store

    if (args.store and args.corpus is None and not (Path(args.store) / "documents.parquet").exists()
            and not is_store(args.store)):
        print(f"error: {args.store} has no explorer tables; give --corpus to build them", file=sys.stderr)
        return 2
    store = build_store(args.corpus, args.store, args.metadata, rebuild=args.rebuild,
                        **{k: getattr(args, k, None) for k in _LOAD_FLAGS})
    work = Path(tempfile.mkdtemp(prefix="analysis-explore-"))
    nb = app_notebook(store, work / "explore.ipynb")
    print(f"explorer tables in {store}; serving on http://127.0.0.1:{args.port}/ (Ctrl-C to stop)",
          file=sys.stderr)
    return serve(voila_command(nb, args.port, not args.no_browser))


def _stop_tree(proc, timeout: float = 10.0) -> None:
    """Stop a server and every process it started (Voilà's kernels run in sessions of their
    own, so neither a signal to the server's group nor the server's exit reaches them)."""
    try:
        import psutil

        family = psutil.Process(proc.pid).children(recursive=True)
    except Exception:  # noqa: BLE001 - no psutil, or the server has ended already
        family = []
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
    if family:
        import psutil

        for child in family:
            try:
                child.terminate()
            except psutil.Error:
                pass
        _, alive = psutil.wait_procs(family, timeout=timeout)
        for child in alive:
            try:
                child.kill()
            except psutil.Error:
                pass


def serve(cmd: list[str]) -> int:
    """Run a server command until it ends, Ctrl-C or SIGTERM; then stop it and its kernels."""
    import signal

    def _interrupt(signum, frame):
        raise KeyboardInterrupt

    old = signal.signal(signal.SIGTERM, _interrupt)
    proc = subprocess.Popen(cmd)
    try:
        return proc.wait()
    except KeyboardInterrupt:
        return 0
    finally:
        signal.signal(signal.SIGTERM, old)
        _stop_tree(proc)


def main(argv=None) -> int:
    """``python -m analysis.report.explore_cli [options]`` (the same as ``python -m analysis explore``)."""
    import argparse

    parser = argparse.ArgumentParser(prog="python -m analysis explore", description=__doc__.split("\n")[0])
    add_arguments(parser)
    return run(parser.parse_args(argv))


if __name__ == "__main__":
    sys.exit(main())
