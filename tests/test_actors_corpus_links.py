"""Links across documents (resolution "corpus") are the same from a store annotated in chunks
as from actor_mentions on the whole corpus: the per-document tables (mentions, candidate lone
words, word counts) that annotate stores are linked when the store is read.

Corpora are invented here; nothing reads ../shared/corpora.
"""
from __future__ import annotations

import warnings

import pandas as pd
import pytest

import analysis
from analysis.actors.mentions import (_proper_words, _word_evidence, document_mentions, link_mentions,
                                      load_actor_dictionary)
from analysis.store.annotated import AnnotatedCorpus

# a surname alone in one document, the full name in another (and a titled surname, a middle
# initial, a common noun that opens a sentence and is a lower-case word elsewhere)
LINKED = [
    "Senator Ann Lowe met farmers in Leeds on Monday. Lowe said the plan would work.",
    "The budget passed on Tuesday. Officials expect Lowe to vote against it, aides said.",
    "Mr Lowe declined to comment when reached by phone.",
    "Chief executive Tom Sales said profits doubled, according to Ann M. Lowe of the board.",
    "Sales rose 5 pct in the quarter.",
    "The firm said sales were strong and that sales grew in every region.",
    "Heavy rain fell over the weekend.",
]
# two people share the surname: a lone "Lowe" elsewhere links to neither
SHARED = [
    "Senator Ann Lowe met farmers in Leeds on Monday.",
    "Officials expect Lowe to vote against the budget, aides said.",
    "Governor Peter Lowe visited the port.",
    "Mr Lowe declined to comment.",
]


def write(tmp_path, texts, name):
    frame = pd.DataFrame({"doc_id": [f"{name}{i}" for i in range(len(texts))], "text": texts,
                          "published": [f"2021-03-{i + 1:02d}" for i in range(len(texts))]})
    path = tmp_path / f"{name}.jsonl"
    frame.to_json(path, orient="records", lines=True)
    return path


def annotated(path, store_dir, **kw):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        corpus = analysis.load_corpus(path)
        store = analysis.annotate(path, store_dir, progress=False, **kw)
    return corpus, store


@pytest.mark.parametrize("texts", [LINKED, SHARED], ids=["linked", "shared-surname"])
@pytest.mark.parametrize("engine_kw", [{"workers": 1, "chunk_size": 1},
                                       {"engine": "local", "workers": 2, "chunk_size": 2}],
                         ids=["one-process-chunks-of-1", "two-workers-chunks-of-2"])
def test_store_in_chunks_gives_the_whole_corpus_mentions(tmp_path, texts, engine_kw):
    path = write(tmp_path, texts, "d")
    corpus, store = annotated(path, tmp_path / "store", **engine_kw)
    assert len(store._state.parts) > 1  # annotated in several parts: no chunk sees the corpus
    whole = analysis.actor_mentions(corpus)
    pd.testing.assert_frame_equal(store.mentions(), whole)
    pd.testing.assert_frame_equal(AnnotatedCorpus(store=store.path).mentions, whole)
    # the per-document table alone has no link across documents
    assert not (store.table("mentions")["resolution"] == "corpus").any()
    # quotes are resolved per document (speaker_actor from the dictionary only): the same too
    pd.testing.assert_frame_equal(store.table("quotes"), analysis.extract_quotes(corpus), check_dtype=False)


def test_what_the_links_are(tmp_path):
    path = write(tmp_path, LINKED, "d")
    corpus, store = annotated(path, tmp_path / "store", workers=1, chunk_size=1)
    m = store.mentions()
    lowe = m[m["text"].isin(["Lowe"])].set_index("doc_id")
    assert lowe.loc["d1", "actor"] == "Ann Lowe" and lowe.loc["d1", "resolution"] == "corpus"
    assert lowe.loc["d2", "actor"] == "Ann Lowe" and lowe.loc["d2", "resolution"] == "corpus"
    # "Ann M. Lowe" and "Ann Lowe" are one person (the first form)
    assert (m.loc[m["doc_id"] == "d3", "actor"] == "Ann Lowe").any()
    # "Sales" opens a sentence and is a lower-case word elsewhere: not linked to Tom Sales
    assert not ((m["doc_id"] == "d4") & (m["actor"] == "Tom Sales")).any()
    assert (m["actor"] == "Tom Sales").sum() == 1


def test_two_full_names_sharing_a_surname_link_nothing(tmp_path):
    path = write(tmp_path, SHARED, "s")
    corpus, store = annotated(path, tmp_path / "store", workers=1, chunk_size=1)
    m = store.mentions()
    assert not (m["resolution"] == "corpus").any()
    assert not ((m["doc_id"] == "s1") & m["actor"].isin(["Ann Lowe", "Peter Lowe"])).any()
    assert set(m.loc[m["doc_id"] == "s3", "resolution"]) <= {"unresolved"}


def test_an_edited_document_changes_the_links(tmp_path):
    """Re-annotating after an edit recomputes one document; the links follow the whole corpus."""
    path = write(tmp_path, LINKED, "d")
    _, store = annotated(path, tmp_path / "store", workers=1, chunk_size=2)
    assert (store.mentions()["resolution"] == "corpus").any()
    path = write(tmp_path, LINKED[:3] + ["Governor Peter Lowe visited the port."] + LINKED[4:], "d")
    corpus, store = annotated(path, tmp_path / "store", workers=1, chunk_size=2)
    assert store.last_run["annotated"] == 1
    pd.testing.assert_frame_equal(store.mentions(), analysis.actor_mentions(corpus))
    assert not (store.mentions()["resolution"] == "corpus").any()  # two Lowes now


TEXTS = [
    "Hunt said so. Jeremy Hunt agreed; the hunt went on. HUNT was shouted.",
    "A hunt for Brown began (Brown left). Mr Brown, brown bread, and O´Brien with O'Brien.",
    "Mid-Hunt and Hunt-Smith are not Hunt. 'Hunt' was quoted; \"Brown\" too.\nBrown led the table.",
    "Sales 7.9 mln vs 9.4 mln\nsales rose. Sales Director Sales said sales and Sales.",
]


@pytest.mark.parametrize("words", [{"Hunt"}, {"Brown", "O´Brien", "O'Brien"}, {"Sales", "Hunt", "Brien"}])
def test_per_document_word_counts_decide_as_the_regex_over_all_texts(words):
    counts = {}
    for text in TEXTS:
        for w, (mid, low) in _word_evidence(text, lambda w: True).items():
            c = counts.setdefault(w, [0, 0])
            c[0] += mid
            c[1] += low
    frame = pd.DataFrame([(w, mid, low) for w, (mid, low) in counts.items()], columns=["word", "mid", "low"])
    wanted = {w.lower() for w in words}
    rows = frame[frame["word"].isin(wanted)]
    from analysis.actors.mentions import _norm

    sums = rows.groupby(rows["word"].map(_norm))[["mid", "low"]].sum()
    assert set(sums.index[sums["mid"] > sums["low"]]) == _proper_words(TEXTS, words)


def test_link_mentions_on_no_documents():
    d = load_actor_dictionary().with_countries()
    m, pending, words = document_mentions(pd.DataFrame({"doc_id": [], "text": []}), d)
    out = link_mentions(m, pending, words, d)
    assert len(out) == 0 and list(out.columns) == list(analysis.actor_mentions(
        pd.DataFrame({"doc_id": ["x"], "text": ["Nothing here."]})).columns)
