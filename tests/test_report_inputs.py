"""Corpus files the loader reads are accepted by the report's checks too (found running the
report on MasakhaNEWS, a .tsv, which ``load_corpus`` reads but the report refused)."""
import gzip

import pytest

from analysis import load_corpus
from analysis.report.run import ReportError, validate_parameters

ROWS = [("a1", "Harbour ferry fares rise", "The council raised harbour ferry fares on Monday."),
        ("a2", "Library opens late", "The town library will open until nine on weekdays.")]


def _table(sep: str) -> str:
    return "\n".join(sep.join(r) for r in [("doc_id", "title", "text"), *ROWS]) + "\n"


@pytest.mark.parametrize("name", ["corpus.tsv", "corpus.ndjson", "corpus.tsv.gz", "corpus.jsonl.gz"])
def test_report_accepts_every_table_the_loader_reads(tmp_path, name):
    path = tmp_path / name
    if ".tsv" in name:
        data = _table("\t")
    else:
        data = "".join('{"doc_id": "%s", "title": "%s", "text": "%s"}\n' % r for r in ROWS)
    if name.endswith(".gz"):
        path.write_bytes(gzip.compress(data.encode()))
    else:
        path.write_text(data, encoding="utf-8")
    validate_parameters({"corpus_path": str(path)})  # no ReportError
    corpus = load_corpus(path)
    assert sorted(corpus["doc_id"]) == ["a1", "a2"]


def test_report_still_refuses_an_unknown_file_type(tmp_path):
    path = tmp_path / "corpus.docx"
    path.write_bytes(b"PK")
    with pytest.raises(ReportError, match="unsupported file type .docx"):
        validate_parameters({"corpus_path": str(path)})
