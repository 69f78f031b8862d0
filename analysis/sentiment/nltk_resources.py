"""NLTK data the project needs, made available offline (never ``nltk.download``).

NLTK's VADER reads its lexicon through ``nltk.data.load`` from the resource
``sentiment/vader_lexicon.zip/vader_lexicon/vader_lexicon.txt``, searched for along
``nltk.data.path``. NLTK 3.10 refuses arbitrary file paths, so when NLTK's own data is not
installed we build that resource from the copy of the lexicon shipped inside the
``vaderSentiment`` PyPI package (same authors, MIT licence) and put it in a project-managed
NLTK data folder laid out the way NLTK's loader expects::

    <folder>/sentiment/vader_lexicon.zip   (containing vader_lexicon/vader_lexicon.txt)

The folder is the first writable one of: ``$ANALYSIS_NLTK_DATA``; the user cache
(``$XDG_CACHE_HOME`` or ``~/.cache``)/``analysis/nltk_data``; a per-user folder in the
system temp dir. So a read-only checkout works too. Nothing is fetched from the network.
"""
from __future__ import annotations

import os
import tempfile
import zipfile
from pathlib import Path

import nltk

#: The resource name NLTK's ``SentimentIntensityAnalyzer`` loads by default.
VADER_RESOURCE = "sentiment/vader_lexicon.zip/vader_lexicon/vader_lexicon.txt"
_ZIP_RELPATH = Path("sentiment") / "vader_lexicon.zip"
_ZIP_MEMBER = "vader_lexicon/vader_lexicon.txt"


def _nltk_has(resource: str) -> bool:
    try:
        nltk.data.find(resource)
        return True
    except LookupError:
        return False


def _candidate_dirs() -> list[Path]:
    dirs = []
    env = os.environ.get("ANALYSIS_NLTK_DATA")
    if env:
        dirs.append(Path(env))
    cache = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    dirs.append(Path(cache) / "analysis" / "nltk_data")
    uid = os.getuid() if hasattr(os, "getuid") else "user"
    dirs.append(Path(tempfile.gettempdir()) / f"analysis-nltk_data-{uid}")
    return dirs


def _packaged_lexicon() -> bytes:
    """The VADER lexicon shipped in the vaderSentiment wheel, as bytes without a final newline."""
    try:
        import vaderSentiment
    except ImportError as exc:  # pragma: no cover - it is a pinned dependency
        raise LookupError(
            "NLTK's vader_lexicon is not installed and the vaderSentiment package (which ships "
            "a copy) is missing; install the project's dependencies (pip install -e .)") from exc
    path = Path(vaderSentiment.__file__).resolve().parent / "vader_lexicon.txt"
    data = path.read_bytes().replace(b"\r\n", b"\n")
    # NLTK's make_lex_dict splits on "\n" and unpacks every line: no empty last line allowed.
    return b"\n".join(line for line in data.split(b"\n") if line.strip())


def _zip_is_valid(path: Path, payload: bytes) -> bool:
    try:
        with zipfile.ZipFile(path) as zf:
            return zf.read(_ZIP_MEMBER) == payload
    except (OSError, KeyError, zipfile.BadZipFile):
        return False


def _write_zip(folder: Path, payload: bytes) -> Path:
    target = folder / _ZIP_RELPATH
    if target.exists() and _zip_is_valid(target, payload):
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    # Write to a temporary file and rename: concurrent processes never see a half zip.
    fd, tmp = tempfile.mkstemp(prefix=".vader_lexicon.", suffix=".zip", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as fh, zipfile.ZipFile(fh, "w", zipfile.ZIP_DEFLATED) as zf:
            info = zipfile.ZipInfo(_ZIP_MEMBER, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, payload)
        os.replace(tmp, target)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return target


def ensure_vader_lexicon() -> str:
    """Make NLTK's VADER lexicon loadable offline and return its resource name.

    Uses NLTK's installed data when it has the lexicon; otherwise writes the lexicon shipped
    with ``vaderSentiment`` into a project-managed NLTK data folder (see the module notes)
    and puts that folder on ``nltk.data.path``. Idempotent and cheap after the first call.

    Returns
    -------
    str
        The resource name to pass to ``SentimentIntensityAnalyzer(lexicon_file=...)``.

    Raises
    ------
    LookupError
        If no lexicon can be found or written anywhere.

    Examples
    --------
    >>> from nltk.sentiment.vader import SentimentIntensityAnalyzer
    >>> sia = SentimentIntensityAnalyzer(lexicon_file=ensure_vader_lexicon())
    >>> sia.polarity_scores("good")["compound"] > 0
    True
    """
    if _nltk_has(VADER_RESOURCE):
        return VADER_RESOURCE
    payload = _packaged_lexicon()
    errors = []
    for folder in _candidate_dirs():
        try:
            _write_zip(folder, payload)
        except OSError as exc:
            errors.append(f"{folder}: {exc}")
            continue
        if str(folder) not in nltk.data.path:
            nltk.data.path.insert(0, str(folder))
        if _nltk_has(VADER_RESOURCE):
            return VADER_RESOURCE
        errors.append(f"{folder}: written but NLTK could not find it there")
    raise LookupError("Could not make the VADER lexicon available to NLTK offline. Tried:\n  "
                      + "\n  ".join(errors))


def vader_data_dir() -> Path | None:
    """The folder on ``nltk.data.path`` that provides the VADER lexicon.

    Returns
    -------
    pathlib.Path or None
        The NLTK data folder (the one holding ``sentiment/``), None if NLTK cannot find
        the lexicon.

    Examples
    --------
    >>> _ = ensure_vader_lexicon()
    >>> (vader_data_dir() / "sentiment").is_dir()
    True
    """
    try:
        found = nltk.data.find(VADER_RESOURCE)
    except LookupError:
        return None
    # <folder>/sentiment/vader_lexicon.zip (zip pointer) or <folder>/sentiment/vader_lexicon/... (unzipped)
    path = Path(found.zipfile.filename if hasattr(found, "zipfile") else str(found))
    while path.name != "sentiment" and path != path.parent:
        path = path.parent
    return path.parent
