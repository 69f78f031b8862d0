"""Run the notebook series on a corpus and write a report folder.

``python -m analysis report [--corpus PATH] [--metadata CSV] [--out DIR] [--config FILE.yml] ...``
executes every numbered notebook in ``notebooks/`` with papermill (injecting the parameters into
the cell tagged ``parameters``), then writes under ``DIR``:

- ``index.html``: the front page (what was run on what, every notebook's status, links to
  every HTML page, figure and table) and ``manifest.json`` (library and package versions, the
  parameters, a SHA-256 fingerprint of the input, a SHA-256 of every file written);
- ``notebooks/NN_name.ipynb``: each executed notebook;
- ``html/NN_name.html``: the same rendered as self-contained HTML (nothing is fetched from the
  network when a page is opened), for sharing;
- ``figures/*.png|svg`` and ``tables/*.csv``: written by the notebooks themselves.

The report is built in ``DIR.partial`` beside ``DIR`` and moved into place only when every
notebook ran: a failed or interrupted run leaves the previous report untouched and its own
output in ``DIR.failed`` with a ``FAILED.txt`` naming the notebook, cell and error. Clock
times, temporary file names and the output folder's location are kept out of every file, so
two runs over the same corpus write byte-identical files wherever they write them.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import re
import shutil
import signal
import socket
import sys
from dataclasses import dataclass, field
from pathlib import Path

from ..paths import DATA_DIR, NOTEBOOKS_DIR, PROJECT_ROOT, REPORTS_DIR
from .tables import _in_notebook as _in_kernel  # one test of "are we in a notebook kernel" for the library

#: The parameters every notebook takes, in the order of its ``parameters`` cell.
REPORT_PARAMETERS = (
    "corpus_path", "metadata_path", "out_dir", "title",
    "text_column", "id_column", "title_column", "date_column", "outlet_column", "author_column",
    "delimiter", "quotechar", "header", "column_names",  # how a .csv/.tsv corpus is read
    "actors_path", "periods", "compare", "kwic_terms",
)
#: Loader options that are not notebook parameters: the report passes them to the kernels in
#: the environment (``ANALYSIS_LOAD_OPTIONS``), so the notebooks need no parameter for them.
LOADER_PARAMETERS = ("dayfirst", "keep_tables")
_LOAD_OPTIONS_ENV = "ANALYSIS_LOAD_OPTIONS"
#: Settings of the bundled corpus, used when no corpus is given.
BUNDLED_CONFIG = DATA_DIR / "bundled_config.yml"
_BUNDLED_CONFIG_NAME = "data/bundled_config.yml"   # as a reader finds it in the repository
#: Named period sets that need no file.
NAMED_PERIODS = ("us-administrations", "uk-governments")
#: File types ``load_corpus`` reads (a folder is read for .txt/.html/.htm).
CORPUS_SUFFIXES = (".csv", ".tsv", ".jsonl", ".ndjson", ".json", ".parquet", ".txt", ".html", ".htm",
                   ".zip")
_COMPRESSED = (".gz", ".bz2", ".xz")  # the loader reads e.g. export.jsonl.gz
_COLUMNS = ("text_column", "id_column", "title_column", "date_column", "outlet_column", "author_column")
_TABLE_OPTIONS = ("delimiter", "quotechar", "header", "column_names",  # load_corpus's CSV dialect
                  "dayfirst",  # and the order of day and month in numeric dates
                  "keep_tables")  # and whether rows of tables stay in the text
# The environment variable that tells a notebook where relative input paths start (the folder
# the command was run from): the kernel itself runs inside the report folder.
_INPUT_DIR_ENV = "ANALYSIS_INPUT_DIR"
# Input paths as the notebooks show them -> where they are (JSON): a path outside the working
# folder is shown without the machine's folders (see _display_path).
_INPUT_PATHS_ENV = "ANALYSIS_INPUT_PATHS"
# The environment variable that names the store the report annotated the corpus into: the
# notebooks' ``settings.data()`` reads the tables from it instead of loading and annotating.
STORE_ENV = "ANALYSIS_STORE"
#: documents per annotation chunk in a report: half annotate's default, so that a corpus of a
#: thousand documents already keeps two workers busy
REPORT_CHUNK_SIZE = 500


class ReportError(Exception):
    """A problem with the arguments or inputs of a report, found before any kernel starts."""


class ReportFailed(ReportError):
    """One or more notebooks failed; the others ran and the partial report is kept."""


def notebook_series(folder: Path = NOTEBOOKS_DIR) -> list[Path]:
    """The numbered notebooks (``NN_name.ipynb``) in run order.

    Examples
    --------
    >>> [p.name[:2] for p in notebook_series()][:2]
    ['00', '01']
    """
    return sorted(p for p in Path(folder).glob("[0-9][0-9]_*.ipynb"))


def _notebook_path(name) -> Path:
    """A notebook given by the name the front page shows ("01_topics"), with or without
    ".ipynb", or by its number ("01"), is that notebook of the series; any other value is a path."""
    path = Path(name)
    if path.exists() or path.parent != Path("."):
        return path
    stem = path.name[:-len(".ipynb")] if path.name.endswith(".ipynb") else path.name
    found = [p for p in notebook_series() if p.stem == stem or p.stem.split("_", 1)[0] == stem]
    return found[0] if len(found) == 1 else path


# ---------------------------------------------------------------------------------------------
# Settings shared by the command line and the notebooks

def _read_yaml(path: Path, what: str, mapping: bool = True):
    import yaml

    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except OSError as err:
        raise ReportError(f"cannot read {what} {path}: {err.strerror or err}") from None
    except yaml.YAMLError as err:
        raise ReportError(f"{what} {path} is not valid YAML: {str(err).splitlines()[0]}") from None
    if data is None:
        return {}
    if mapping and not isinstance(data, dict):
        raise ReportError(f"{what} {path} must be a mapping of parameter names to values")
    return data


# names accepted in a config file and on the command line, mapped to the notebook parameter
_ALIASES = {"corpus": "corpus_path", "metadata": "metadata_path", "out": "out_dir",
            "actors": "actors_path", "kwic": "kwic_terms", "sep": "delimiter"}


def read_config(path) -> dict:
    """Report parameters from a YAML file (parameter names or the command line's long names).

    Relative paths in the file are read relative to the file's folder.

    Examples
    --------
    >>> cfg = read_config(BUNDLED_CONFIG)
    >>> cfg["periods"]
    'us-administrations'
    """
    path = Path(path)
    raw = _read_yaml(path, "config file")
    cfg = {}
    for key, value in raw.items():
        name = _ALIASES.get(str(key).replace("-", "_"), str(key).replace("-", "_"))
        if name == "no_header":  # the command line's --no-header
            name, value = "header", (None if value is None else not value)
        if name not in REPORT_PARAMETERS and name not in LOADER_PARAMETERS:
            raise ReportError(f"config file {path}: unknown parameter {key!r} "
                              f"(known: {', '.join(REPORT_PARAMETERS + LOADER_PARAMETERS)})")
        if name in ("corpus_path", "metadata_path", "actors_path") and value is not None:
            value = str((path.parent / str(value)) if not Path(str(value)).is_absolute() else value)
        if name == "periods" and isinstance(value, str) and value not in NAMED_PERIODS \
                and value.lower() != "none" and not Path(value).is_absolute():
            value = str(path.parent / value)
        cfg[name] = value
    return cfg


def _as_list(value, split: bool = True) -> list | None:
    if value is None:
        return None
    if isinstance(value, str):
        parts = [p.strip() for p in value.split(",")] if split else [value.strip()]
        return [p for p in parts if p]
    return [str(v) for v in value]


class ConfiguredList(list):
    """A list setting taken from a config file, not from the notebook's parameter: ``set_in``
    names the file, so that the text about it can say where it came from (a reader who sees
    ``compare = None`` in the parameters cell must not read "as set by the `compare` parameter")."""

    def __init__(self, values=(), set_in: str | None = None):
        super().__init__(values)
        self.set_in = set_in


@dataclass
class ReportSettings:
    """What a notebook runs on: the parameters, with the bundled corpus's settings filled in
    when no corpus is given, and input paths resolved."""

    corpus_path: str | None = None
    metadata_path: str | None = None
    out_dir: str = "."
    title: str | None = None
    columns: dict = field(default_factory=dict)
    actors_path: str | None = None
    periods: object = None
    compare: list | None = None
    kwic_terms: list | None = None
    bundled: bool = False
    table_options: dict = field(default_factory=dict)
    #: The parameters filled in from ``data/bundled_config.yml`` (left at None in the notebook).
    from_config: frozenset = frozenset()

    def source_of(self, name: str) -> str | None:
        """Where a parameter's value came from when it is not the notebook's own: the config
        file (``"data/bundled_config.yml"``), else None."""
        return _BUNDLED_CONFIG_NAME if name in self.from_config else None

    def load_corpus(self, notes: str | None = "short"):
        """``analysis.load_corpus`` with these inputs, column names and CSV dialect.

        In a notebook kernel the loader's notes (``corpus.attrs["problems"]``) are not printed
        as warnings: with ``notes="short"`` (the default) one Markdown line says how many there
        are and that 00_corpus lists them, ``notes="full"`` shows them grouped by kind, None
        shows nothing. Outside a kernel they are ``CorpusWarning``s as usual (None: none).
        """
        import warnings

        from ..corpus.loading import CorpusWarning, load_corpus

        with warnings.catch_warnings():
            if _in_kernel() or not notes:
                warnings.simplefilter("ignore", CorpusWarning)
            corpus = load_corpus(self.corpus_path, self.metadata_path, **self.columns, **self.table_options)
        _show_notes(corpus, notes)
        return corpus

    def data(self, notes: str | None = "short"):
        """The corpus and its per-document tables, as an :class:`analysis.AnnotatedCorpus`.

        Inside ``python -m analysis report`` the tables are read from the store the report
        annotated the corpus into (named by the ``ANALYSIS_STORE`` environment variable);
        otherwise (a notebook run by hand) the corpus is loaded with :meth:`load_corpus` and
        each table is computed in memory the first time it is used. Either way the tables are
        the same, and the loader's notes are said the same way (``notes`` as in
        :meth:`load_corpus`).
        """
        from ..store.annotated import AnnotatedCorpus

        store = os.environ.get(STORE_ENV)
        if store:
            data = AnnotatedCorpus(store=store, actors=self.actors_path)
            if _in_kernel():
                _show_notes(data.corpus, notes)
            elif notes:
                data.replay_problems()
            return data
        return AnnotatedCorpus(self.load_corpus(notes=notes), actors=self.actors_path)

    @property
    def display_title(self) -> str:
        return self.title or ("The bundled example corpus" if self.bundled else "Your corpus")


def _show_notes(corpus, notes: str | None) -> None:
    """In a notebook kernel, the loader's notes as Markdown (see ``ReportSettings.load_corpus``)."""
    if not notes or not _in_kernel():
        return
    from IPython.display import Markdown, display

    from ..corpus.loading import notes_markdown

    text = notes_markdown(corpus.attrs.get("problems"), full=notes == "full")
    if text:
        display(Markdown(text))


def _resolve_input(value, base: Path | None) -> str | None:
    if value is None or str(value) == "":
        return None
    if os.environ.get(_INPUT_PATHS_ENV):
        real = json.loads(os.environ[_INPUT_PATHS_ENV]).get(str(value))
        if real is not None:
            return real
    p = Path(str(value)).expanduser()
    if not p.is_absolute() and base is not None:
        p = base / p
    return str(p)


def report_settings(**params) -> ReportSettings:
    """Settings for one notebook from its parameters (the names in ``REPORT_PARAMETERS``).

    With ``corpus_path=None`` the bundled corpus is used, and every parameter left at None is
    taken from ``data/bundled_config.yml`` (its periods, comparison and concordance terms).
    ``periods="none"`` switches period shading off explicitly. Relative input paths are read
    from the folder the report command was run from (or the notebook's folder).

    Examples
    --------
    >>> s = report_settings(corpus_path=None)
    >>> s.bundled, s.periods
    (True, 'us-administrations')
    >>> report_settings(corpus_path="x.csv", text_column="body").columns
    {'text_column': 'body'}
    """
    unknown = set(params) - set(REPORT_PARAMETERS) - set(LOADER_PARAMETERS)
    if unknown:
        raise TypeError(f"unknown report parameters: {', '.join(sorted(unknown))}")
    if os.environ.get(_LOAD_OPTIONS_ENV):  # set by the report command for its kernels
        for key, value in json.loads(os.environ[_LOAD_OPTIONS_ENV]).items():
            if key in LOADER_PARAMETERS and params.get(key) is None:
                params[key] = value
    bundled = params.get("corpus_path") is None
    from_config = set()
    if bundled and BUNDLED_CONFIG.exists():
        for key, value in read_config(BUNDLED_CONFIG).items():
            if params.get(key) is None:
                params[key] = value
                if value is not None:
                    from_config.add(key)
    base = Path(os.environ[_INPUT_DIR_ENV]) if os.environ.get(_INPUT_DIR_ENV) else None
    periods = params.get("periods")
    if isinstance(periods, str) and periods.lower() == "none":
        periods = None
    elif isinstance(periods, str) and periods not in NAMED_PERIODS:
        periods = _resolve_input(periods, base)
    return ReportSettings(
        corpus_path=_resolve_input(params.get("corpus_path"), base),
        metadata_path=_resolve_input(params.get("metadata_path"), base),
        out_dir=params.get("out_dir") or ".",
        title=params.get("title"),
        columns={c: params[c] for c in _COLUMNS if params.get(c)},
        actors_path=_resolve_input(params.get("actors_path"), base),
        periods=periods,
        compare=_from_config(_as_list(params.get("compare")), "compare" in from_config),
        kwic_terms=_from_config(_as_list(params.get("kwic_terms"), split=False), "kwic_terms" in from_config),
        bundled=bundled,
        table_options=_table_options(params),
        from_config=frozenset(from_config),
    )


def _from_config(values: list | None, configured: bool):
    """*values* marked as taken from the bundled config (:class:`ConfiguredList`) when so."""
    return ConfiguredList(values, _BUNDLED_CONFIG_NAME) if configured and values is not None else values


def _table_options(params: dict) -> dict:
    """``load_corpus``'s CSV options from report parameters (None: left to the loader)."""
    out = {}
    for key in _TABLE_OPTIONS:
        value = params.get(key)
        if value is None or (isinstance(value, str) and value.lower() in ("none", "")):
            continue
        if key in ("delimiter", "quotechar"):
            value = {"tab": "\t", "\\t": "\t", "comma": ",", "semicolon": ";", "pipe": "|"}.get(str(value), str(value))
        elif key in ("header", "dayfirst", "keep_tables") and isinstance(value, str):
            value = {"true": True, "yes": True, "false": False, "no": False}.get(value.lower(), value)
        elif key == "column_names":
            value = _as_list(value)
        out[key] = value
    return out


class _NoteFormatter:
    """Warnings shown as one line of text ("Note (CorpusWarning): ..."), without the file and
    line of the code that raised them. In a notebook kernel the line is a Markdown note (corpus
    text escaped), not stderr text: shared HTML shows it in full, in the page's own type, not in
    a pink box with lines broken mid-word."""

    def __init__(self):
        self._shown: set = set()   # (cell, the note's wording without its numbers and lists)

    @staticmethod
    def _cell() -> int | None:
        try:
            from IPython import get_ipython

            shell = get_ipython()
            return None if shell is None else int(shell.execution_count)
        except Exception:  # noqa: BLE001 - outside IPython: every note is new
            return None

    def repeated(self, message, cell=None) -> bool:
        """Whether one cell already showed this note with other numbers: a cell that computes
        the same thing twice (every document, then each story once) says "120 documents
        without a value for 'comparison' ... grouping: n0008, ..." and then "117 documents
        ...". The note's kind is its wording with the numbers taken out, up to the colon
        that opens a list (the first colon after a phrase; a leading function name such as
        ``events:`` is part of the kind); the first note of a kind is shown.

        Examples
        --------
        >>> f = _NoteFormatter()
        >>> f.repeated("120 document(s) without a value for 'x' are left out: a, b", cell=3)
        False
        >>> f.repeated("117 document(s) without a value for 'x' are left out: a, c", cell=3)
        True
        >>> f.repeated("events: 1 date left out", cell=3), f.repeated("events: a sentence is long", cell=3)
        (False, False)
        """
        if cell is None:
            return False
        parts = re.sub(r"\d[\d,.]*", "#", str(message)).split(": ")
        kind = parts[0] if " " in parts[0] or len(parts) == 1 else ": ".join(parts[:2])
        if (cell, kind) in self._shown:
            return True
        self._shown.add((cell, kind))
        return False

    def __call__(self, message, category, filename, lineno, file=None, line=None):
        if file is None and _in_kernel():
            try:
                from IPython.display import Markdown, display

                from .escape import escape_markdown

                if self.repeated(message, self._cell()):
                    return
                display(Markdown(f"**Note:** {escape_markdown(str(message))}"))
                return
            except Exception:  # noqa: BLE001 - fall back to the plain line
                pass
        stream = file if file is not None else sys.stderr
        try:
            stream.write(f"Note ({category.__name__}): {message}\n")
        except (OSError, ValueError):  # pragma: no cover - closed stream
            pass


def setup_notebook() -> None:
    """Prepare a notebook kernel for shareable output.

    Warnings show as one Markdown note (no machine paths, no source lines), progress bars are off,
    pandas tables are not typeset by MathJax (a ``$`` in a table stays a ``$``) and wide tables
    are limited to a readable number of columns.
    """
    import warnings

    import pandas as pd

    os.environ["TQDM_DISABLE"] = "1"
    warnings.showwarning = _NoteFormatter()
    pd.set_option("display.html.use_mathjax", False)
    pd.set_option("display.max_columns", 30)
    pd.set_option("display.width", 160)


# ---------------------------------------------------------------------------------------------
# Output files: deterministic notebooks and self-contained HTML

# Papermill and the kernel stamp every cell with clock times, papermill gives the cell it
# injects a random id and records the input and output paths, and a warning starts with the
# kernel's temporary file name (/tmp/ipykernel_4128/4128758117.py:1: UserWarning: ...):
# dropping them makes two runs over the same corpus write the same files.
_VOLATILE_CELL_KEYS = ("start_time", "end_time", "duration")
_KERNEL_FILE = re.compile(r"(?m)^[^\s:]*ipykernel_\d+[\\/]\d+\.py:\d+: ")


def _coalesce_streams(outputs: list) -> list:
    """Consecutive stdout (or stderr) chunks as one output, however the kernel flushed them."""
    merged = []
    for out in outputs:
        if (out.get("output_type") == "stream" and merged
                and merged[-1].get("output_type") == "stream" and merged[-1].get("name") == out.get("name")):
            merged[-1]["text"] = merged[-1]["text"] + out["text"]
        else:
            merged.append(out)
    return merged


def drop_volatile_metadata(ipynb, *, output_path: str | None = None) -> None:
    """Remove clock times, papermill's random injected-cell id and paths, and the kernel's
    temporary file names in warnings from a notebook file, in place; join stream chunks."""
    import nbformat

    nb = nbformat.read(ipynb, as_version=4)
    pm = nb.metadata.get("papermill", {})
    for key in _VOLATILE_CELL_KEYS:
        pm.pop(key, None)
    if "input_path" in pm:
        pm["input_path"] = Path(pm["input_path"]).name
    if "output_path" in pm:
        pm["output_path"] = output_path or Path(pm["output_path"]).name
    for cell in nb.cells:
        for key in _VOLATILE_CELL_KEYS:
            cell.metadata.get("papermill", {}).pop(key, None)
        cell.metadata.pop("execution", None)
        if "injected-parameters" in cell.metadata.get("tags", []):
            cell.id = "injected-parameters"
        if "outputs" in cell:
            for out in cell["outputs"]:
                if out.get("output_type") == "stream" and out.get("name") == "stderr":
                    out["text"] = _KERNEL_FILE.sub("", out["text"])
            cell["outputs"] = _coalesce_streams(cell["outputs"])
    nbformat.write(nb, ipynb)


# The lab template without anything that loads from the network: require.js, MathJax,
# Mermaid and the widget renderer all come from a CDN in nbconvert's template. Corpus text
# never needs them (it is escaped), and a page a researcher sends to a colleague should not
# make the colleague's browser call a third party. Wide tables scroll inside the page.
# A code cell's input is folded in a <details> element, closed by default ("code"): a reader
# sees the findings first and opens the code that made a number with one click (no script);
# outputs stay visible.
_OFFLINE_TEMPLATE = """{%- extends 'lab/index.html.j2' -%}
{%- block html_head_js -%}{%- endblock html_head_js -%}
{%- block jupyter_widgets -%}{%- endblock jupyter_widgets -%}
{%- block html_head_js_mathjax -%}{%- endblock html_head_js_mathjax -%}
{%- block html_head_js_mermaidjs -%}{%- endblock html_head_js_mermaidjs -%}
{%- block extra_css -%}
<style type="text/css">
.jp-OutputArea-output table { display: block; max-width: 100%; overflow-x: auto; }
.jp-OutputArea-output pre, .jp-InputArea pre { white-space: pre-wrap; overflow-wrap: anywhere; }
.jp-RenderedImage img { max-width: 100%; height: auto; }
details.report-code > summary { cursor: pointer; color: #666; font-size: 85%; margin: 2px 0; }
</style>
{%- endblock extra_css -%}
{% block input_group -%}
<details class="report-code"><summary>code</summary>
{{ super() }}
</details>
{%- endblock input_group %}
"""


def html_exporter():
    """nbconvert's HTMLExporter for self-contained, sanitised pages.

    No script is loaded from the network (require.js, MathJax, Mermaid and widget scripts are
    left out). Each code cell's input is folded in ``<details class="report-code">`` (closed,
    summary "code"); outputs are shown as they are. Corpus text is escaped before it reaches Markdown (:mod:`analysis.report.escape`) and
    pandas escapes the cells of the tables it renders. (nbconvert's ``sanitize_html`` is not
    used: it shows the rendered Markdown and tables as raw tags.)
    """
    import jinja2
    from nbconvert import HTMLExporter

    return HTMLExporter(extra_loaders=[jinja2.DictLoader({"offline.html.j2": _OFFLINE_TEMPLATE})],
                        template_file="offline.html.j2")


def _to_html(ipynb: Path, html: Path, exporter=None) -> None:
    import nbformat

    exporter = exporter or html_exporter()
    body, _ = exporter.from_notebook_node(nbformat.read(ipynb, as_version=4))
    html.write_text(body, encoding="utf-8")


# ---------------------------------------------------------------------------------------------
# Checks before any kernel starts

def check_loopback() -> None:
    """Fail at once when kernels could not talk to the runner (no loopback network)."""
    try:
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
            s.bind(("127.0.0.1", 0))
            s.listen(1)
            with socket.create_connection(s.getsockname(), timeout=5):
                pass
    except OSError as err:
        raise ReportError("Jupyter kernels need the loopback network (127.0.0.1), which is not "
                          f"available here ({err.strerror or err}); run the report where "
                          "'lo' is up (e.g. docker without --network none)") from None


def _check_path(value, what: str, *, folder_ok: bool = False, suffixes=None) -> None:
    if value is None:
        return
    p = Path(str(value))
    if not p.exists():
        raise ReportError(f"{what} not found: {value}")
    if p.is_dir():
        if not folder_ok:
            raise ReportError(f"{what} is a folder, a file is needed: {value}")
        if not os.access(p, os.R_OK | os.X_OK):
            raise ReportError(f"{what} cannot be read (permission denied): {value}")
        return
    inner = p.suffixes[-2].lower() if len(p.suffixes) > 1 and p.suffix.lower() in _COMPRESSED else None
    if suffixes and p.suffix.lower() not in suffixes and inner not in suffixes \
            and "".join(p.suffixes[-2:]).lower() not in suffixes:
        raise ReportError(f"{what} {value}: unsupported file type {p.suffix or '(none)'}; "
                          f"use a folder or one of {', '.join(suffixes)}")
    try:
        with open(p, "rb") as fh:
            fh.read(1)
    except OSError as err:
        raise ReportError(f"{what} cannot be read ({err.strerror or err}): {value}") from None


def _one_line(err: BaseException) -> str:
    text = str(err).strip()
    return text.splitlines()[0] if text else type(err).__name__


def validate_parameters(params: dict) -> None:
    """Check parameters and inputs; raise :class:`ReportError` with a one-line message."""
    _check_path(params.get("corpus_path"), "corpus", folder_ok=True, suffixes=CORPUS_SUFFIXES)
    _check_path(params.get("metadata_path"), "metadata", suffixes=(".csv",))
    _check_path(params.get("actors_path"), "actor dictionary", suffixes=(".yml", ".yaml"))
    if params.get("actors_path"):
        _read_yaml(Path(params["actors_path"]), "actor dictionary", mapping=False)
        from ..actors.mentions import load_actor_dictionary

        try:
            load_actor_dictionary(params["actors_path"])
        except Exception as err:  # noqa: BLE001 - any problem with the file is reported in one line
            raise ReportError(f"actor dictionary {params['actors_path']}: {_one_line(err)}") from None
    periods = params.get("periods")
    if isinstance(periods, str) and periods not in NAMED_PERIODS and periods.lower() != "none":
        if not Path(periods).exists():
            raise ReportError(f"periods must be {', '.join(NAMED_PERIODS)}, 'none' or a CSV/YAML "
                              f"file of named periods (period, start, end); not found: {periods}")
        _check_path(periods, "periods file", suffixes=(".csv", ".yml", ".yaml"))
        from ..dates import periods as period_module

        loader = getattr(period_module, "load_periods", None)
        if loader is not None:
            try:
                loader(periods)
            except Exception as err:  # noqa: BLE001
                raise ReportError(f"periods file {periods}: {_one_line(err)}") from None
    compare = _as_list(params.get("compare"))
    if compare is not None and len(compare) != 2:
        raise ReportError(f"compare needs exactly two groups (e.g. '2016-2017,2024' or "
                          f"'outlet=Daily,outlet=Wire'), got {len(compare)}: {params.get('compare')}")
    for c in _COLUMNS:
        v = params.get(c)
        if v is not None and (not isinstance(v, str) or not v.strip()):
            raise ReportError(f"{c.replace('_', '-')} must be a column name, got {v!r}")
    table = _table_options(params)
    for key in ("delimiter", "quotechar"):
        if key in table and len(table[key]) != 1:
            raise ReportError(f"{key} must be one character (or tab, comma, semicolon, pipe), got {table[key]!r}")
    if "header" in table and not isinstance(table["header"], bool):
        raise ReportError(f"header must be true or false, got {params.get('header')!r}")
    for key in ("dayfirst", "keep_tables"):
        if key in table and not isinstance(table[key], bool):
            raise ReportError(f"{key} must be true or false, got {params.get(key)!r}")


# ---------------------------------------------------------------------------------------------
# The front page and the manifest

def corpus_fingerprint(corpus) -> str:
    """SHA-256 over the documents' ids and texts, in corpus order.

    Examples
    --------
    >>> import pandas as pd
    >>> corpus_fingerprint(pd.DataFrame({"doc_id": ["a"], "text": ["x"]}))[:12]
    '9702daf19947'
    """
    h = hashlib.sha256()
    for doc_id, text in zip(corpus["doc_id"].astype(str), corpus["text"].fillna("").astype(str)):
        h.update(doc_id.encode("utf-8") + b"\x00" + text.encode("utf-8") + b"\x00")
    return h.hexdigest()


def _package_versions() -> dict:
    from importlib import metadata

    names = []
    pyproject = PROJECT_ROOT / "pyproject.toml"
    if pyproject.exists():
        import tomllib

        deps = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]["dependencies"]
        names = [re.split(r"[<>=!~\[; ]", d, maxsplit=1)[0] for d in deps]
    else:  # pragma: no cover - installed without the source tree
        names = [re.split(r"[<>=!~\[; ]", d, maxsplit=1)[0] for d in (metadata.requires("analysis") or [])]
    versions = {}
    for name in sorted(set(names), key=str.lower):
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = None
    return versions


def corpus_summary(corpus) -> dict:
    """Documents, dates, formats and loading problems of a corpus, for the front page."""
    import pandas as pd

    dates = pd.to_datetime(corpus["published"], errors="coerce", utc=True) if "published" in corpus else None
    dated = dates.dropna() if dates is not None else []
    formats = {}
    if "source_path" in corpus:
        for src in corpus["source_path"].astype(str):
            suffix = Path(src.split("#")[0].split(":")[0]).suffix.lower() or "(none)"
            formats[suffix] = formats.get(suffix, 0) + 1
    problems = corpus.attrs.get("problems")
    by_problem = {}
    if problems is not None and len(problems):
        by_problem = {str(k): int(v) for k, v in problems["problem"].astype(str).value_counts().sort_index().items()}
    return {
        "documents": int(len(corpus)),
        "words": int(corpus["n_words"].sum()) if "n_words" in corpus else None,
        "dated_documents": int(len(dated)),
        "first_date": dated.min().strftime("%Y-%m-%d") if len(dated) else None,
        "last_date": dated.max().strftime("%Y-%m-%d") if len(dated) else None,
        "formats": dict(sorted(formats.items())),
        "load_problems": int(0 if problems is None else len(problems)),
        "load_problems_by_kind": by_problem,
        "fingerprint_sha256": corpus_fingerprint(corpus),
    }


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _front_page(title: str, summary: dict, params: dict, runs: list[dict], folder: Path) -> str:
    from html import escape

    def e(v):
        return escape("" if v is None else str(v), quote=True)

    failed = [r for r in runs if r["status"] != "ok"]
    rows = []
    for r in runs:
        stem = Path(r["notebook"]).stem
        status = "ran" if r["status"] == "ok" else (
            f"FAILED in cell {r['cell']}: {r['error']}" if r["status"] == "failed" else r["status"])
        rows.append(f"<tr><td><a href=\"html/{e(stem)}.html\">{e(stem)}</a></td>"
                    f"<td><a href=\"notebooks/{e(r['notebook'])}\">notebook</a></td>"
                    f"<td class=\"{'bad' if r['status'] != 'ok' else 'ok'}\">{e(status)}</td></tr>")
    figures = sorted(p.name for p in (folder / "figures").glob("*.png")) if (folder / "figures").exists() else []
    # tables, and the text files a notebook writes beside them (04's suggested actor dictionary, YAML)
    tables = sorted(p.name for p in (folder / "tables").iterdir() if p.suffix in (".csv", ".yml")) \
        if (folder / "tables").exists() else []
    interactive = {p.stem for p in (folder / "figures").glob("*.html")} if (folder / "figures").exists() else set()
    fig_links = "".join(f"<li><a href=\"figures/{e(n)}\">{e(n)}</a> "
                        f"(<a href=\"figures/{e(n[:-4])}.svg\">svg</a>"
                        + (f", <a href=\"figures/{e(n[:-4])}.html\">interactive</a>" if n[:-4] in interactive else "")
                        + ")</li>" for n in figures)
    tab_links = "".join(f"<li><a href=\"tables/{e(n)}\">{e(n)}</a></li>" for n in tables)
    span = (f"{summary['first_date']} to {summary['last_date']} ({summary['dated_documents']:,} dated)"
            if summary["first_date"] else "no dated documents")
    problems = ", ".join(f"{e(k)}: {v:,}" for k, v in summary["load_problems_by_kind"].items()) or "none"
    # the loader's records are mostly notes of what it did (ids generated, entities decoded, a
    # language detected per document), not failures: "problems while loading: 1031" alarmed on
    # a German corpus whose 1,028 "problems" were one language note per document
    words = f"{summary['words']:,}" if summary["words"] is not None else "unknown"
    loading = (f"{summary['load_problems']:,} ({problems}), each with what was done, in 00_corpus"
               if summary["load_problems"] else "none")
    param_rows = "".join(f"<tr><th>{e(k)}</th><td>{e(json.dumps(v, ensure_ascii=False))}</td></tr>"
                         for k, v in params.items())
    banner = ("" if not failed else
              f"<p class=\"bad\"><strong>This run FAILED</strong>: {len(failed)} of {len(runs)} notebooks "
              "did not run to the end (see below and FAILED.txt). It is not a complete report.</p>")
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{e(title)}</title>
<style>
body {{ font-family: sans-serif; max-width: 60em; margin: 2em auto; padding: 0 1em; line-height: 1.4; }}
table {{ border-collapse: collapse; display: block; overflow-x: auto; }}
td, th {{ border: 1px solid #ccc; padding: .2em .5em; text-align: left; vertical-align: top; }}
.bad {{ color: #a00; }} .ok {{ color: #060; }}
</style></head><body>
<h1>{e(title)}</h1>
{banner}
<h2>What was run on what</h2>
<ul>
<li>{summary['documents']:,} documents, {words} words after cleaning</li>
<li>publication dates: {e(span)}</li>
<li>formats: {e(', '.join(f'{k}: {v}' for k, v in summary['formats'].items()) or 'unknown')}</li>
<li>notes from loading: {loading}</li>
<li>input fingerprint (SHA-256 over ids and texts): <code>{e(summary['fingerprint_sha256'])}</code></li>
</ul>
<h2>Notebooks</h2>
<table><tr><th>page</th><th>executed notebook</th><th>status</th></tr>{''.join(rows)}</table>
<h2>Figures</h2><ul>{fig_links or '<li>none</li>'}</ul>
<h2>Tables</h2><ul>{tab_links or '<li>none</li>'}</ul>
<h2>Parameters</h2><table>{param_rows}</table>
<p>Library versions, every package version and a SHA-256 of every file are in
<a href="manifest.json">manifest.json</a>.</p>
</body></html>
"""


# ---------------------------------------------------------------------------------------------
# Running the series

def _display_path(value, cwd: Path) -> str | None:
    """A path as notebooks, the front page and the manifest show it: no folder of this machine.

    Under the folder the command ran in: relative to it (``corpus/articles.csv``). Given as a
    relative path (``../corpora/x.csv``): as given. Under the home folder: ``~/...``. Anywhere
    else: its last two parts (``masakhanews_en/eng_test.tsv``); the input itself is identified
    by the SHA-256 fingerprint in ``manifest.json``.

    Examples
    --------
    >>> _display_path("/srv/data/corpora/news/test.csv", Path("/home/ana/work"))
    'news/test.csv'
    >>> _display_path("/home/ana/work/in/a.csv", Path("/home/ana/work"))
    'in/a.csv'
    """
    if value is None:
        return None
    p = Path(str(value))
    if not str(value).startswith("~") and not p.is_absolute():
        return p.as_posix()
    p = p.expanduser()
    for base, prefix in ((cwd, ""), (Path.home(), "~/")):
        try:
            return prefix + p.resolve().relative_to(base.resolve()).as_posix()
        except (ValueError, RuntimeError, OSError):
            continue
    return Path(*p.parts[-2:]).as_posix() if len(p.parts) > 2 else p.name


#: What a report folder holds at its top level: only such a folder is replaced by a new run.
_REPORT_ENTRIES = {"html", "notebooks", "figures", "tables", "index.html", "manifest.json", "FAILED.txt"}


def _check_out_folder(out: Path, cwd: Path) -> None:
    """Refuse an output folder that is not a report (it would be replaced as a whole)."""
    if out.exists() and not out.is_dir():
        raise ReportError(f"--out {out} is a file, not a folder")
    if out == cwd or out in cwd.parents:
        raise ReportError(f"--out {out} contains the current folder; choose a folder of its own for the report")
    if out.is_dir():
        other = sorted(p.name for p in out.iterdir() if p.name not in _REPORT_ENTRIES)
        if other:
            raise ReportError(f"--out {out} holds files that are not part of a report ({', '.join(other[:3])}"
                              f"{' ...' if len(other) > 3 else ''}); a run replaces its --out folder as a "
                              "whole, so choose a new folder or an earlier report's folder")


def _first_error(ipynb: Path) -> tuple[int | None, str]:
    import nbformat

    nb = nbformat.read(ipynb, as_version=4)
    for cell in nb.cells:
        for out in cell.get("outputs", []):
            if out.get("output_type") == "error":
                return cell.get("execution_count"), f"{out.get('ename')}: {out.get('evalue')}"
    return None, "unknown error"


def _interrupt(signum, frame):
    raise KeyboardInterrupt(f"signal {signum}")


def default_jobs(n_notebooks: int = 5) -> int:
    """Notebooks a report executes at once by default: two when the machine has two or more
    cores (a kernel uses one core; each holds its own tables, so more at once would multiply
    the memory a large corpus needs), never more than there are notebooks."""
    return max(1, min(2, os.cpu_count() or 1, n_notebooks))


def notebook_needs(notebook) -> list[str]:
    """The notebooks (file stems) this one should run after when the report runs several at
    once: ``metadata["analysis"]["after"]`` in the notebook. A notebook that reuses a result
    another computes (text reuse from 00, the topic model from 01: the report's memo) would
    otherwise compute it again, at the same time, beside it."""
    try:
        meta = json.loads(Path(notebook).read_text(encoding="utf-8")).get("metadata", {})
    except (OSError, ValueError):
        return []
    after = meta.get("analysis", {}).get("after", [])
    return [str(a) for a in after] if isinstance(after, list) else []


def _run_parallel(series, staging: Path, params: dict, kernel_name, jobs: int, finish, bar) -> None:
    """Execute the notebooks ``jobs`` at a time, each in a process of its own
    (:mod:`analysis.report.notebook_job`), in the series' order except that a notebook waits
    for those it needs (:func:`notebook_needs`); ``finish(nb, run)`` is called
    as each ends. On an interruption every running notebook is stopped (its kernel shut down)
    before the exception goes on."""
    import subprocess
    import tempfile
    import time

    pending = list(series)
    active: dict = {}  # process -> (notebook, result file)
    done: set = set()
    in_series = {nb.stem for nb in series}
    needs = {nb: [n for n in notebook_needs(nb) if n in in_series] for nb in series}

    def next_ready():
        # the first notebook whose needs have run; none ready and nothing running: the next one
        for nb in pending:
            if all(n in done for n in needs[nb]):
                return nb
        return pending[0] if not active else None

    jobs_dir = Path(tempfile.mkdtemp(prefix="analysis-report-jobs-"))
    try:
        while pending or active:
            while pending and len(active) < jobs and (nb := next_ready()) is not None:
                pending.remove(nb)
                spec = {"notebook": str(nb), "executed": str(staging / "notebooks" / nb.name),
                        "parameters": params, "cwd": str(staging), "kernel_name": kernel_name,
                        "result": str(jobs_dir / f"{nb.stem}.result.json")}
                spec_path = jobs_dir / f"{nb.stem}.spec.json"
                spec_path.write_text(json.dumps(spec), encoding="utf-8")
                proc = subprocess.Popen([sys.executable, "-m", "analysis.report.notebook_job", str(spec_path)])
                active[proc] = (nb, Path(spec["result"]))
                bar.set_postfix_str(", ".join(n.name for n, _ in active.values()))
            time.sleep(0.2)
            for proc in [p for p in active if p.poll() is not None]:
                nb, result = active.pop(proc)
                done.add(nb.stem)
                if result.exists():
                    run = json.loads(result.read_text(encoding="utf-8"))
                else:
                    run = {"notebook": nb.name, "status": "failed", "cell": None,
                           "error": f"the notebook's process ended with exit code {proc.returncode}"}
                finish(nb, run)
                bar.update()
                if active:
                    bar.set_postfix_str(", ".join(n.name for n, _ in active.values()))
    except BaseException:
        for proc in active:
            proc.send_signal(signal.SIGINT)
        for proc in active:
            try:
                proc.wait(timeout=60)
            except subprocess.TimeoutExpired:
                proc.kill()
        raise
    finally:
        shutil.rmtree(jobs_dir, ignore_errors=True)


def run_report(corpus=None, metadata=None, out_dir=None, notebooks=None, kernel_name=None,
               progress: bool = True, *, config=None, title=None, text_column=None, id_column=None,
               title_column=None, date_column=None, outlet_column=None, author_column=None,
               actors=None, periods=None, compare=None, kwic=None, delimiter=None, quotechar=None,
               header=None, column_names=None, dayfirst=None, keep_tables=None, store=None, engine: str = "local",
               workers: int | None = None, chunk_size: int = REPORT_CHUNK_SIZE, jobs: int | None = None) -> Path:
    """Execute the notebook series over a corpus and write notebooks, HTML, figures, tables.

    Parameters
    ----------
    corpus : str or Path, optional
        A folder of .txt/.html files or a .csv/.jsonl/.json/.parquet file; None = bundled
        corpus, with the settings in ``data/bundled_config.yml``.
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
    config : str or Path, optional
        A YAML file of parameters (the names below, or the notebook parameter names);
        arguments given here win over the file.
    title : str, optional
        Shown at the top of every notebook and of the front page.
    text_column, id_column, title_column, date_column, outlet_column, author_column : str, optional
        Column names in a table corpus and its metadata (see ``load_corpus``).
    actors : str or Path, optional
        A YAML actor dictionary, merged with the default one.
    periods : str, optional
        ``"us-administrations"``, ``"uk-governments"``, ``"none"``, or a CSV/YAML file of named
        periods (period, start, end) to shade on time axes and group by.
    compare : str or list of two, optional
        The two groups to contrast: periods, years or year ranges (``"2016-2017"``), months
        (``"2003-03"``), or ``column=value``; default: the earlier and later half of the dated documents.
    kwic : str or list, optional
        Terms (or regular expressions) for the keyword-in-context tables; default: from the data.
    delimiter, quotechar, header, column_names : optional
        How a .csv/.tsv corpus is read (see ``load_corpus``); None: sniffed from the file.
        ``delimiter`` may also be ``"tab"``, ``"comma"``, ``"semicolon"`` or ``"pipe"``.
    dayfirst : bool, optional
        Numeric dates in the date column (``05/03/2003``) are day-first (True) or month-first
        (False); None: one order for the whole file, the one its dates show (see ``load_corpus``).
        Not a notebook parameter: the kernels get it from the environment.
    keep_tables : bool, optional
        Keep rows of tables and lists of figures ("Shr 12 cts vs 10 cts") in the text (True);
        default (None/False): the cleaner labels them ``table`` in its audit and leaves them out
        (see ``load_corpus``). Not a notebook parameter: the kernels get it from the environment.
    store : str, Path or False, optional
        The store the corpus is annotated into before the notebooks run
        (:func:`analysis.annotate`); the notebooks read the documents, sentences with their
        tone, dates, mentions, quotes and cleaning report from it instead of loading and
        annotating the corpus again. Default: ``<out_dir>.store`` beside the report folder,
        so a second report over the same corpus annotates nothing and an edited corpus only
        its changed documents. ``False``: no store; every notebook loads the corpus and
        computes what it needs in memory (the notebooks' outputs are the same).
    engine : {"local", "dask"}, default "local"
        Where ``annotate`` runs (see :func:`analysis.annotate`).
    workers : int, optional
        Annotating processes (default: every core).
    chunk_size : int, default 500
        Documents per annotation chunk (a chunk goes to one worker; a corpus of fewer documents
        than ``workers × chunk_size`` leaves a worker idle).
    jobs : int, optional
        Notebooks executed at once, each in its own process and kernel (default:
        :func:`default_jobs`, two on a machine of two or more cores). The notebooks are
        independent (each reads the store), so the files written are the same for any
        ``jobs``; more at once means less wall time and more memory (one kernel each).

    Returns
    -------
    Path of the report folder (``<out_dir>.failed`` when a notebook failed).

    Raises
    ------
    ReportError
        Bad arguments or unreadable inputs (before any kernel starts), or a failed run.

    Examples
    --------
    >>> run_report("my_articles/", out_dir="my_report", text_column="body")  # doctest: +SKIP
    """
    import papermill as pm
    from tqdm import tqdm

    cwd = Path.cwd().resolve()
    os.environ.pop(_INPUT_PATHS_ENV, None)  # a map left by an earlier run in this process
    given = dict(corpus_path=corpus, metadata_path=metadata, title=title, text_column=text_column,
                 id_column=id_column, title_column=title_column, date_column=date_column,
                 outlet_column=outlet_column, author_column=author_column, actors_path=actors,
                 periods=periods, compare=compare, kwic_terms=kwic, delimiter=delimiter,
                 quotechar=quotechar, header=header, column_names=column_names, dayfirst=dayfirst,
                 keep_tables=keep_tables)
    params = read_config(config) if config is not None else {}
    params.pop("out_dir", None)
    params.update({k: (str(v) if isinstance(v, Path) else v) for k, v in given.items() if v is not None})
    if params.get("compare") is not None:
        params["compare"] = _as_list(params["compare"])
    if params.get("kwic_terms") is not None:
        params["kwic_terms"] = _as_list(params["kwic_terms"], split=False)
    params.update(_table_options(params))  # normalised: "tab" -> "\t", "a,b" -> ["a", "b"]
    if params.get("corpus_path") is None and BUNDLED_CONFIG.exists():
        params = {**read_config(BUNDLED_CONFIG), **params}
    validate_parameters(params)
    out = Path(out_dir if out_dir is not None else REPORTS_DIR).resolve()
    _check_out_folder(out, cwd)
    store_path = default_store(out) if store is None else (None if store is False else Path(store).resolve())
    if store_path is not None and (store_path == out or out in store_path.parents):
        raise ReportError(f"--store {store_path} is inside the report folder {out}, which every run "
                          "replaces; choose a folder outside it")
    if engine not in ("local", "dask"):
        raise ReportError(f"engine must be 'local' or 'dask', not {engine!r}")
    if workers is not None and int(workers) < 1:
        raise ReportError(f"workers must be at least 1, got {workers}")
    if int(chunk_size) < 1:
        raise ReportError(f"chunk size must be at least 1, got {chunk_size}")
    series = [_notebook_path(p) for p in (notebooks or notebook_series())]
    if not series:
        raise ReportError(f"no numbered notebooks found in {NOTEBOOKS_DIR}")
    for nb in series:
        if not nb.exists():
            names = ", ".join(p.stem for p in notebook_series())
            raise ReportError(f"notebook not found: {nb} (the report's notebooks are {names}; give one "
                              "by that name, or a path to an .ipynb file)")
    check_loopback()

    # The corpus is loaded once here: an unreadable input stops the run before any kernel
    # starts, and the front page and manifest describe what the notebooks analysed.
    os.environ[_INPUT_DIR_ENV] = str(cwd)
    old_load_options = os.environ.pop(_LOAD_OPTIONS_ENV, None)
    loader_params = {k: params[k] for k in LOADER_PARAMETERS if params.get(k) is not None}
    settings = report_settings(**{k: v for k, v in params.items() if k in REPORT_PARAMETERS},
                               **loader_params)
    import warnings

    from ..corpus.loading import CorpusError

    from ..store import StoreError

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            if store_path is None:
                loaded = settings.load_corpus(notes=None)
            else:
                loaded = _annotate_for_report(settings, store_path, engine=engine, workers=workers,
                                              chunk_size=int(chunk_size), progress=progress)
                if loaded is None:
                    store_path = None
                    loaded = settings.load_corpus(notes=None)
    except StoreError as err:
        raise ReportError(f"store {store_path}: {_one_line(err)}") from None
    except Exception as err:  # noqa: BLE001 - whatever stops the loader, say it in one line
        kind = "" if isinstance(err, (CorpusError, OSError, ValueError)) else f"{type(err).__name__}: "
        raise ReportError(f"cannot load the corpus: {kind}{_one_line(err)}") from None
    # what the front page says about the corpus, computed now: the documents are not kept
    # in this process while the notebooks run (at 100,000 documents they held ~0.6 GB)
    summary = corpus_summary(loaded)
    _check_compare(loaded, settings, store_path)
    del loaded
    import gc

    gc.collect()

    out.parent.mkdir(parents=True, exist_ok=True)
    staging = out.parent / f"{out.name}.partial"
    failed_dir = out.parent / f"{out.name}.failed"
    if staging.exists():
        shutil.rmtree(staging)
    (staging / "notebooks").mkdir(parents=True)
    (staging / "html").mkdir()
    marker = staging / "FAILED.txt"
    marker.write_text("INCOMPLETE: this report is being built, or its run was interrupted.\n", encoding="utf-8")

    shown = {k: (_display_path(v, cwd) if k in ("corpus_path", "metadata_path", "actors_path") else v)
             for k, v in params.items()}
    if isinstance(shown.get("periods"), str) and shown["periods"] not in NAMED_PERIODS:
        shown["periods"] = _display_path(shown["periods"], cwd)
    nb_params = {k: shown.get(k) for k in REPORT_PARAMETERS}
    nb_params["out_dir"] = "."
    injected = dict(nb_params)  # the notebooks' own parameters only (papermill names any other)
    nb_params.update(loader_params)  # recorded in the manifest; the kernels read them from the environment
    if loader_params:
        os.environ[_LOAD_OPTIONS_ENV] = json.dumps(loader_params, sort_keys=True)
    # the kernels find a path shown without its folders through this map
    real_paths = {str(shown[k]): str(Path(_resolve_input(params[k], cwd)).resolve())
                  for k in ("corpus_path", "metadata_path", "actors_path", "periods")
                  if isinstance(params.get(k), str) and shown.get(k) != params.get(k)}
    os.environ[_INPUT_PATHS_ENV] = json.dumps(real_paths)
    # the kernel runs in the report folder, finds the library, and shows no progress bars
    env_path = os.environ.get("PYTHONPATH", "")
    os.environ["PYTHONPATH"] = os.pathsep.join([str(PROJECT_ROOT)] + ([env_path] if env_path else []))
    os.environ["TQDM_DISABLE"] = "1"
    old_store = os.environ.pop(STORE_ENV, None)
    if store_path is not None:
        os.environ[STORE_ENV] = str(store_path)
    old_term = signal.signal(signal.SIGTERM, _interrupt) if hasattr(signal, "SIGTERM") else None

    runs: list[dict] = []
    exporter = html_exporter()
    n_jobs = default_jobs(len(series)) if jobs is None else max(1, min(int(jobs), len(series)))

    def finish(nb: Path, run: dict) -> None:
        executed = staging / "notebooks" / nb.name
        runs.append(run)
        if executed.exists():
            drop_volatile_metadata(executed, output_path=f"notebooks/{nb.name}")
            _to_html(executed, staging / "html" / (nb.stem + ".html"), exporter)
        if run["status"] != "ok":
            print(f"{nb.name} failed at {run['cell']}: {run['error']}", file=sys.stderr)

    try:
        bar = tqdm(total=len(series), desc="notebooks", unit="nb", disable=not progress, file=sys.stderr)
        if n_jobs == 1:
            from .notebook_job import execute_notebook

            for nb in series:
                bar.set_postfix_str(nb.name)
                finish(nb, execute_notebook(str(nb), str(staging / "notebooks" / nb.name), injected,
                                            str(staging), kernel_name))
                bar.update()
        else:
            _run_parallel(series, staging, injected, kernel_name, n_jobs, finish, bar)
        bar.close()
        # the manifest and the front page list the notebooks in the series' order, however many ran at once
        order = {nb.name: i for i, nb in enumerate(series)}
        runs.sort(key=lambda r: order[r["notebook"]])
    except BaseException:
        marker.write_text("FAILED: the run was interrupted before it finished; notebooks done: "
                          + ", ".join(r["notebook"] for r in runs) + "\n", encoding="utf-8")
        if failed_dir.exists():
            shutil.rmtree(failed_dir)
        staging.rename(failed_dir)
        print(f"report interrupted: the previous report in {out.name}/ is untouched; "
              f"partial output in {failed_dir.name}/ (see FAILED.txt)", file=sys.stderr)
        raise
    finally:
        if old_term is not None:
            signal.signal(signal.SIGTERM, old_term)
        os.environ.pop(STORE_ENV, None)
        if old_store is not None:
            os.environ[STORE_ENV] = old_store
        os.environ.pop(_LOAD_OPTIONS_ENV, None)
        if old_load_options is not None:
            os.environ[_LOAD_OPTIONS_ENV] = old_load_options

    title_text = settings.display_title
    (staging / "index.html").write_text(_front_page(title_text, summary, nb_params, runs, staging),
                                        encoding="utf-8")
    import analysis

    failed = [r for r in runs if r["status"] != "ok"]
    if failed:
        marker.write_text("FAILED: " + "; ".join(f"{r['notebook']} at {r['cell']}: {r['error']}"
                                                for r in failed) + "\n", encoding="utf-8")
    else:
        marker.unlink()
    files = sorted(p for p in staging.rglob("*") if p.is_file())
    manifest = {
        "library": {"name": "analysis", "version": analysis.__version__},
        "python": platform.python_version(),
        "packages": _package_versions(),
        "parameters": nb_params,
        "corpus": summary,
        "notebooks": runs,
        "files": {p.relative_to(staging).as_posix(): _sha256(p) for p in files},
    }
    (staging / "manifest.json").write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n",
                                           encoding="utf-8")
    if failed:
        if failed_dir.exists():
            shutil.rmtree(failed_dir)
        staging.rename(failed_dir)
        raise ReportFailed(f"{len(failed)} of {len(runs)} notebooks failed ("
                          + "; ".join(f"{r['notebook']} at {r['cell']}: {r['error']}" for r in failed)
                          + f"); the other notebooks ran; output in {failed_dir}, "
                          f"previous report in {out} untouched")
    previous = out.parent / f"{out.name}.previous"
    if previous.exists():
        shutil.rmtree(previous)
    if out.exists():
        out.rename(previous)
    staging.rename(out)
    if previous.exists():
        shutil.rmtree(previous)
    if failed_dir.exists():
        shutil.rmtree(failed_dir)
    n_fig = len(list((out / "figures").glob("*.png"))) if (out / "figures").exists() else 0
    n_tab = len(list((out / "tables").glob("*.csv"))) if (out / "tables").exists() else 0
    print(f"report written to {out}: {len(series)} notebooks (HTML in html/, front page index.html), "
          f"{n_fig} figures (PNG+SVG in figures/), {n_tab} tables (CSV in tables/)")
    return out


def default_store(out: Path) -> Path:
    """Where a report keeps its store when none is given: ``<out>.store`` beside the report
    folder (outside it: a run replaces the report folder as a whole).

    Examples
    --------
    >>> default_store(Path("/tmp/my_report")).as_posix()
    '/tmp/my_report.store'
    """
    out = Path(out)
    return out.parent / f"{out.name}.store"


def _check_compare(corpus, settings: ReportSettings, store_path) -> None:
    """Stop the run before any kernel starts when a `compare` group matches no document of the
    corpus (a typo in a column, a value, a period name, or a year without documents): every
    notebook would otherwise only say "no comparison", after the whole run."""
    if not settings.compare or corpus is None:
        return
    from ..dates.periods import load_periods, period_of
    from .narrative import compare_problem

    table = load_periods(settings.periods)
    names = period_of(corpus["published"], table) if table is not None else None
    problem = compare_problem(corpus, settings.compare, names)
    if problem is not None:
        kept = (f" (the annotated store {_display_path(str(store_path), Path.cwd().resolve())} is kept: "
                "a run with a corrected --compare starts from it)") if store_path is not None else ""
        raise ReportError(f"--compare {','.join(map(str, settings.compare))}: {problem}{kept}")


def _annotate_for_report(settings: ReportSettings, store_path: Path, *, engine: str, workers, chunk_size: int,
                         progress: bool):
    """Bring the report's store up to date with the corpus; return the documents it holds, or
    None when it holds none (the notebooks then load the empty corpus themselves, and say why
    it is empty as the loader says it)."""
    from ..store.annotated import AnnotatedCorpus
    from ..store import annotate
    from ..store.annotate import check_source

    # an unreadable corpus fails here, in one line, before a store or a progress bar exists
    check_source(settings.corpus_path, settings.metadata_path, **settings.columns, **settings.table_options)
    st = annotate(settings.corpus_path, store_path, engine=engine, workers=workers, chunk_size=chunk_size,
                  progress=progress, metadata=settings.metadata_path, **settings.columns,
                  **settings.table_options)
    run = st.last_run
    if progress:
        print(f"store {_display_path(str(store_path), Path.cwd().resolve())}: {run.get('annotated', 0)} documents "
              f"annotated, {run.get('reused', 0)} reused, {run.get('removed', 0)} removed "
              f"({run.get('seconds', 0):.1f} s)", file=sys.stderr)
    if st.n_documents == 0:
        return None
    return AnnotatedCorpus(store=st).corpus


class _Parser(argparse.ArgumentParser):
    """Argument errors in one line, like every other error of the command."""

    def error(self, message):
        self.exit(2, f"error: {message} (python -m analysis report --help lists the options)\n")


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="python -m analysis", description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    from .explore_cli import add_arguments as explore_arguments

    explore = sub.add_parser("explore", help="open the corpus explorer in the browser (Voila)")
    explore_arguments(explore)
    rep = sub.add_parser("report", help="run every notebook over a corpus and write the report folder")
    rep.add_argument("--corpus", help="folder of .txt/.html, or a .csv/.jsonl/.json/.parquet file (default: bundled corpus)")
    rep.add_argument("--metadata", help="CSV sidecar with doc_id and metadata columns")
    rep.add_argument("--out", help="report folder (default: reports/)")
    rep.add_argument("--config", help="YAML file with any of these parameters (flags given here win)")
    rep.add_argument("--title", help="title shown at the top of every page")
    for col, default in (("text", "text"), ("id", "doc_id"), ("title", "title"), ("date", "published"),
                         ("outlet", "outlet"), ("author", "author")):
        rep.add_argument(f"--{col}-column", metavar="NAME",
                         help=f"column holding the {col} in a table corpus (default: {default!r} or a common alternative)")
    rep.add_argument("--actors", metavar="YAML", help="your actor dictionary, merged with the default one")
    rep.add_argument("--periods", help="us-administrations, uk-governments, none, or a CSV/YAML of named periods")
    rep.add_argument("--compare", metavar="A,B",
                     help="two groups to contrast: periods, years or ranges (2016-2017,2024), months "
                          "(2003-03,2003-09) or column=value pairs")
    rep.add_argument("--kwic", metavar="TERMS", action="append",
                     help="term or regular expression for keyword in context (repeatable, or comma-separated)")
    rep.add_argument("--delimiter", metavar="CHAR",
                     help="field separator of a .csv/.tsv corpus (';', tab, ...; default: sniffed from the file)")
    rep.add_argument("--quotechar", metavar="CHAR",
                     help="quote character of a .csv/.tsv corpus (e.g. \"'\"; default: sniffed from the file)")
    rep.add_argument("--header", action=argparse.BooleanOptionalAction, default=None,
                     help="whether the first row of a .csv/.tsv corpus names the columns (default: yes, "
                          "unless it looks like data); --no-header names them column_1, column_2, ...")
    rep.add_argument("--column-names", metavar="A,B,...",
                     help="names for the columns of a .csv/.tsv corpus (with --no-header, or replacing the header)")
    rep.add_argument("--dayfirst", action=argparse.BooleanOptionalAction, default=None,
                     help="numeric dates such as 05/03/2003 are day-first (--dayfirst) or month-first "
                          "(--no-dayfirst); default: one order for the whole file, the one its dates show")
    rep.add_argument("--keep-tables", action=argparse.BooleanOptionalAction, default=None,
                     help="keep rows of tables and lists of figures ('Shr 12 cts vs 10 cts') in the text "
                          "(--no-keep-tables overrides a config file); default: the cleaner labels them "
                          "'table' in its audit and leaves them out")
    rep.add_argument("--store", metavar="DIR",
                     help="annotate the corpus into this store (or reuse it) and let the notebooks read it "
                          "(default: <out>.store beside the report folder)")
    rep.add_argument("--no-store", action="store_true",
                     help="no store: every notebook loads the corpus and computes what it needs in memory")
    rep.add_argument("--engine", choices=("local", "dask"), default="local",
                     help="where the corpus is annotated: a process pool here (local) or a Dask LocalCluster")
    rep.add_argument("--workers", type=int, metavar="N", help="annotating processes (default: every core)")
    rep.add_argument("--chunk-size", type=int, metavar="N", default=REPORT_CHUNK_SIZE,
                     help=f"documents per annotation chunk (default: {REPORT_CHUNK_SIZE})")
    rep.add_argument("--notebook", action="append", help="run only this notebook (repeatable)")
    rep.add_argument("--jobs", type=int, metavar="N",
                     help="notebooks executed at once, one kernel each (default: 2 on a machine of two or more cores)")
    rep.add_argument("--quiet", action="store_true", help="no progress bar")
    return parser


def main(argv=None) -> int:
    args = _parser().parse_args(argv)
    if args.command == "explore":
        from .explore_cli import run as run_explore

        return run_explore(args)
    if args.command != "report":  # pragma: no cover - argparse requires a command
        return 2
    if args.no_store and args.store:
        print("error: --store and --no-store contradict each other; give one", file=sys.stderr)
        return 2
    kwic = None
    if args.kwic:
        kwic = [t.strip() for t in args.kwic if t.strip()]
    try:
        run_report(args.corpus, args.metadata, args.out, notebooks=args.notebook, progress=not args.quiet,
                   config=args.config, title=args.title, text_column=args.text_column,
                   id_column=args.id_column, title_column=args.title_column, date_column=args.date_column,
                   outlet_column=args.outlet_column, author_column=args.author_column,
                   actors=args.actors, periods=args.periods, compare=args.compare, kwic=kwic,
                   delimiter=args.delimiter, quotechar=args.quotechar, header=args.header,
                   column_names=args.column_names, dayfirst=args.dayfirst,
                   keep_tables=args.keep_tables,
                   store=False if args.no_store else args.store, engine=args.engine, workers=args.workers,
                   chunk_size=args.chunk_size, jobs=args.jobs)
    except ReportFailed as err:
        print(f"error: {err}", file=sys.stderr)
        return 1
    except ReportError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    return 0
