"""Property-based tests of load_corpus (Hypothesis): whatever the input, it never raises under
on_error="warn", and the corpus rows plus the problems account for every file and every row.

Example counts are kept small so the suite stays fast (derandomized: the same examples on
every run); raise them locally with ``LOADER_EXAMPLES=500``.
"""
from __future__ import annotations

import csv
import gzip
import io
import json
import os
import shutil
import tempfile
import warnings
from pathlib import Path

import pytest

hypothesis = pytest.importorskip("hypothesis")
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from analysis.corpus.loading import CorpusWarning, load_corpus  # noqa: E402

# Few examples in the suite (CI stays fast); LOADER_EXAMPLES=500 for a thorough local run.
PROPS = settings(max_examples=int(os.environ.get("LOADER_EXAMPLES", "25")), deadline=None,
                 derandomize=True, database=None,
                 suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                        HealthCheck.function_scoped_fixture])

ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "cp1252", "latin-1", "cp1251",
             "shift_jis", "gb18030", "koi8-r"]
LINE_ENDS = ["\n", "\r\n", "\r"]
CONTROLS = [chr(c) for c in list(range(0, 9)) + [11, 12] + list(range(14, 32)) + [127, 0x85, 0x9b]]

words = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=0, max_size=12)
sentence = st.lists(words, min_size=0, max_size=30).map(" ".join)


@st.composite
def messy_text(draw):
    """Text with random line ends and control characters sprinkled in."""
    paras = draw(st.lists(sentence, min_size=0, max_size=6))
    text = "\n\n".join(paras)
    for _ in range(draw(st.integers(0, 4))):
        pos = draw(st.integers(0, len(text)))
        text = text[:pos] + draw(st.sampled_from(CONTROLS)) + text[pos:]
    return text.replace("\n", draw(st.sampled_from(LINE_ENDS)))


@st.composite
def html_page(draw):
    depth = draw(st.sampled_from([0, 3, 50, 255, 300, 1200]))
    body = draw(messy_text())
    tag = draw(st.sampled_from(["div", "span", "section", "b"]))
    return (f"<html><head><title>{draw(sentence)}</title></head><body>" + f"<{tag}>" * depth
            + f"<p>{body}</p>" + f"</{tag}>" * draw(st.integers(0, depth)) + "</body></html>")


@st.composite
def file_content(draw):
    kind = draw(st.sampled_from(["bytes", "encoded", "encoded", "html", "gz", "empty"]))
    if kind == "bytes":
        return ".txt", draw(st.binary(max_size=3000))
    if kind == "empty":
        return ".txt", draw(st.sampled_from([b"", b" \n\t ", b"\x00" * 20]))
    if kind == "html":
        enc = draw(st.sampled_from(["utf-8", "cp1252"]))
        return draw(st.sampled_from([".html", ".htm"])), draw(html_page()).encode(enc, "replace")
    enc = draw(st.sampled_from(ENCODINGS))
    data = draw(messy_text()).encode(enc, "replace")
    if kind == "gz":
        return ".txt.gz", gzip.compress(data, mtime=0)
    return draw(st.sampled_from([".txt", ".txt", ".md", ".csv", ".bin"])), data


def load(source, **kw):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", CorpusWarning)
        return load_corpus(source, on_error="warn", **kw)


def skipped(problems):
    return problems[problems.action.str.startswith("skipped")]


@pytest.fixture
def scratch():
    folder = Path(tempfile.mkdtemp(prefix="loader_props_"))
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


def fresh(scratch: Path) -> Path:
    """An empty folder for one example (Hypothesis runs many examples per test call)."""
    folder = Path(tempfile.mkdtemp(dir=scratch))
    return folder


@PROPS
@given(files=st.lists(file_content(), min_size=1, max_size=6))
def test_a_folder_of_anything_loads_and_every_file_is_accounted_for(scratch, files):
    folder = fresh(scratch)
    names = []
    for k, (suffix, data) in enumerate(files):
        name = f"sub{k % 2}/doc{k}{suffix}"
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(data)
        names.append(name)
    corpus = load(folder)
    problems = corpus.attrs["problems"]
    loaded = set(corpus.source_path)
    dropped = set(skipped(problems).source_path)
    assert loaded.isdisjoint(dropped)
    assert loaded | dropped == set(names), (sorted(names), sorted(loaded), problems.to_dict("records"))
    assert corpus.doc_id.is_unique
    # no control character survives into the text
    for t in list(corpus.text) + list(corpus.raw_text):
        assert not any(ch in t for ch in "\x00\x1b\x7f\x9b")


@st.composite
def csv_table(draw):
    """(csv bytes, number of data rows) with well-formed, ragged and short rows."""
    rows, n = [], draw(st.integers(0, 12))
    for k in range(n):
        shape = draw(st.sampled_from(["ok", "ok", "ok", "extra", "short", "trailing"]))
        row = [f"id{k}", draw(sentence), draw(messy_text())]
        if shape == "extra":
            row += [draw(sentence) or "x"] * draw(st.integers(1, 3))
        elif shape == "short":
            row = row[: draw(st.integers(1, 2))]
        elif shape == "trailing":
            row += [""]
        rows.append(row)
    buf = io.StringIO()
    end = draw(st.sampled_from(LINE_ENDS))
    quoting = draw(st.sampled_from([csv.QUOTE_MINIMAL, csv.QUOTE_ALL]))
    if any(ch in f for row in rows for f in row for ch in "\r\n"):
        # Python's csv writer quotes only the characters of its own line terminator; a field
        # with another line break would be written unquoted, i.e. as extra rows
        quoting = csv.QUOTE_ALL
    writer = csv.writer(buf, lineterminator=end, quoting=quoting)
    writer.writerow(["doc_id", "title", "text"])
    writer.writerows(rows)
    enc = draw(st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "utf-16"]))
    return buf.getvalue().encode(enc, "replace"), n


@PROPS
@given(table=csv_table())
def test_every_csv_row_is_a_document_or_a_named_problem(scratch, table):
    data, n_rows = table
    path = fresh(scratch) / "export.csv"
    path.write_bytes(data)
    corpus = load(path)
    problems = corpus.attrs["problems"]
    row_problems = skipped(problems[problems.source_path.str.startswith("export.csv:")])
    file_skipped = skipped(problems[problems.source_path == "export.csv"])
    if len(file_skipped):
        assert len(corpus) == 0  # the whole file refused (e.g. decoded as binary): named
    else:
        assert len(corpus) + len(row_problems) == n_rows, problems.to_dict("records")
        assert set(corpus.source_path).isdisjoint(set(row_problems.source_path))


json_value = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | sentence,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=6,
)


@st.composite
def jsonl_table(draw):
    """(bytes, suffix, number of records) for JSON lines or a JSON array, with broken records."""
    records = []
    for k in range(draw(st.integers(1, 10))):
        shape = draw(st.sampled_from(["ok", "ok", "ok", "value", "notdict", "broken"]))
        if shape == "ok":
            records.append(json.dumps({"doc_id": f"id{k}", "text": draw(messy_text()), "extra": draw(json_value)}))
        elif shape == "value":
            records.append(json.dumps({"doc_id": draw(json_value), "text": draw(json_value)}))
        elif shape == "notdict":
            records.append(json.dumps(draw(json_value)))
        else:
            records.append('{"doc_id": "b%d", "text": "unterminated' % k)
    records[0] = json.dumps({"doc_id": "first", "text": draw(messy_text())})
    as_array = draw(st.booleans()) and not any(r.startswith('{"doc_id": "b') for r in records)
    if as_array:
        data = "[" + ",\n".join(records) + "]"
    else:
        data = draw(st.sampled_from(LINE_ENDS)).join(records)
    suffix = draw(st.sampled_from([".json", ".jsonl", ".ndjson"])) if not as_array else ".json"
    return data.encode("utf-8"), suffix, len(records)


@PROPS
@given(table=jsonl_table())
def test_every_json_record_is_a_document_or_a_named_problem(scratch, table):
    data, suffix, n_records = table
    path = fresh(scratch) / f"feed{suffix}"
    path.write_bytes(data)
    corpus = load(path)
    problems = corpus.attrs["problems"]
    row_problems = skipped(problems[problems.source_path.str.startswith(f"feed{suffix}:")])
    assert len(corpus) + len(row_problems) == n_records, problems.to_dict("records")


@PROPS
@given(depth=st.integers(0, 3000), n_words=st.integers(30, 120))
def test_html_of_any_depth_keeps_its_words_or_says_why(scratch, depth, n_words):
    story = " ".join(f"w{k}" for k in range(n_words))
    page = ("<html><head><title>Page</title></head><body>" + "<div>" * depth
            + f"<p>The story begins. {story} The story ends.</p>" + "</div>" * depth + "</body></html>")
    path = fresh(scratch) / "page.html"
    path.write_text(page)
    corpus = load(path)
    problems = corpus.attrs["problems"]
    if len(corpus):
        assert f"w{n_words - 1}" in corpus.raw_text[0]
    else:
        assert len(skipped(problems)) == 1
