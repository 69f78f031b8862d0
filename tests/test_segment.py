import pandas as pd
import pytest

from analysis import paragraphs, sentences
from analysis.text.segment import sentence_spans


def split(text):
    return [text[s:e] for s, e in sentence_spans(text)]


@pytest.mark.parametrize("text, expected", [
    # honorifics with and without a full stop
    ("Mr. Okafor met Dr. Lindqvist in Oslo. They spoke for an hour.",
     ["Mr. Okafor met Dr. Lindqvist in Oslo.", "They spoke for an hour."]),
    # initialisms and month abbreviations do not end a sentence
    ("The U.S. envoy arrived on Jan. 14 with the U.N. team. Talks began at once.",
     ["The U.S. envoy arrived on Jan. 14 with the U.N. team.", "Talks began at once."]),
    # a sentence end with no space after it, before a quote and before a word
    ('The vote is due tomorrow."We are ready," the minister said.',
     ["The vote is due tomorrow.", '"We are ready," the minister said.']),
    ("The markets closed early today.Traders blamed the storm.",
     ["The markets closed early today.", "Traders blamed the storm."]),
    # a closing quote stays with its sentence; a question inside a quote
    ('"Is this the end?" she asked. "No," he said.',
     ['"Is this the end?" she asked.', '"No," he said.']),
    # domain names are not sentence ends
    ("Read more at example.com today. Then reply.", ["Read more at example.com today.", "Then reply."]),
])
def test_sentence_spans(text, expected):
    assert split(text) == expected


def test_sentences_offsets_point_into_clean_text():
    text = "First para. Second sentence.\n\nNext para.He said so.\n\n\n  Last one.  "
    corpus = pd.DataFrame({"doc_id": ["d1", "d2"], "text": [text, "Only one."]})
    sents = sentences(corpus)
    assert list(sents.columns) == ["doc_id", "para_id", "sent_id", "text", "start", "end"]
    for row in sents.itertuples():
        source = text if row.doc_id == "d1" else "Only one."
        assert source[row.start:row.end] == row.text
    d1 = sents[sents.doc_id == "d1"]
    assert d1.sent_id.tolist() == [0, 1, 2, 3, 4]
    assert d1.para_id.tolist() == [0, 0, 1, 1, 2]
    assert d1.text.tolist()[-1] == "Last one."


def test_paragraphs_and_empty_documents():
    corpus = pd.DataFrame({"doc_id": ["a", "b", "c"], "text": ["A.\n\nB.", "", None]})
    paras = paragraphs(corpus)
    assert paras.doc_id.tolist() == ["a", "a"]
    assert paras.para_id.tolist() == [0, 1]
    assert sentences(corpus).doc_id.tolist() == ["a", "a"]


def test_missing_columns_is_a_clear_error():
    with pytest.raises(ValueError, match="doc_id"):
        sentences(pd.DataFrame({"body": ["x"]}))
