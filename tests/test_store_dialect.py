"""annotate() reads a CSV of another dialect (separator, quote, no header) in chunks exactly as
load_corpus reads it whole: the dialect is decided once for the file. Invented data."""
from __future__ import annotations

import warnings

import pytest

import analysis

TEXTS = [
    "The ferry pier in Westmere closed on Monday; engineers found cracks, the board said.",
    "Rowers from the harbour club won the regatta, their first title since 1998.",
    "A concert on the old pier raises money for repairs; 'it is our pier', the choir said.",
    "Ferries run again from Monday, on the old timetable.",
    "The council's budget, passed 7 to 2, sets aside money for the pillars.",
]


def _write(path):
    rows = [f"{k};'{t.replace(chr(39), chr(39) * 2)}'" for k, t in zip("ABCAB", TEXTS)]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def _docs(corpus):
    return list(zip(corpus["doc_id"], corpus["text"], corpus["source_path"]))


@pytest.mark.parametrize("opts", [
    {"delimiter": ";", "quotechar": "'", "header": False, "text_column": "column_2"},
    {"delimiter": ";", "quotechar": "'", "header": False, "column_names": ["desk", "body"], "text_column": "body"},
    {},  # sniffed once for the whole file, the text column guessed once
])
def test_chunks_read_the_dialect_as_the_loader_does(tmp_path, opts):
    src = _write(tmp_path / "desk.csv")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        corpus = analysis.load_corpus(src, **opts)
        store = analysis.annotate(src, tmp_path / "store", chunk_size=2, workers=1, progress=False, **opts)
    assert len(corpus) == len(TEXTS)
    assert _docs(store.documents) == _docs(corpus)
    assert corpus["text"].iloc[2].endswith("'it is our pier', the choir said.")


def test_a_guessed_dialect_is_named_when_annotating(tmp_path):
    src = _write(tmp_path / "desk.csv")
    with pytest.warns(analysis.CorpusWarning, match="CSV dialect guessed"):
        analysis.annotate(src, tmp_path / "store", chunk_size=2, workers=1, progress=False)
