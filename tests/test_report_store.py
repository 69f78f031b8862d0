"""The report reads the store: the same notebooks and tables with or without it, a second run
reuses the store, an edited corpus re-annotates only what changed; AnnotatedCorpus gives the
same tables from a store as computed in memory."""
import json
import re
import sys
import warnings
from pathlib import Path

import pandas as pd
import pytest

import analysis
from analysis.store.annotated import AnnotatedCorpus
from analysis.report.run import STORE_ENV, report_settings, run_report

sys.path.insert(0, str(Path(__file__).parent / "data"))
from make_foreign_corpus import make_articles  # noqa: E402

NOTEBOOKS = Path(__file__).resolve().parents[1] / "notebooks"


def _write_corpus(path: Path, n: int = 9, edit: str | None = None) -> Path:
    """Invented articles as JSON lines, with two loader problems (an empty text and a repeated
    id) so that the notes the loader prints are part of what is compared."""
    rows = make_articles(n, seed=3)
    if edit is not None:
        rows[2]["text"] += "\n" + edit
    rows.append({"doc_id": "blank-1", "title": "Nothing", "published": "2020-02-02", "text": ""})
    rows.append({**rows[0], "text": rows[0]["text"].replace("Tuesday", "Friday")})  # same doc_id
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def _outputs(nb_path: Path) -> dict:
    nb = json.loads(nb_path.read_text(encoding="utf-8"))
    out = {}
    for cell in nb["cells"]:
        kept = []
        for o in cell.get("outputs", []):
            data = {k: v for k, v in o.get("data", {}).items() if not k.startswith("image/")}
            kept.append((o.get("output_type"), o.get("name"), o.get("text"), json.dumps(data, sort_keys=True)))
        out[cell.get("id")] = kept
    return out


# ------------------------------------------------------------------ AnnotatedCorpus (fast)


@pytest.fixture(scope="module")
def stored(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("annotated")
    source = _write_corpus(tmp / "articles.jsonl")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        store = analysis.annotate(source, tmp / "store", workers=1, progress=False)
        corpus = analysis.load_corpus(source)
    return source, store, corpus


def test_stored_tables_equal_the_tables_computed_in_memory(stored):
    _, store, corpus = stored
    memory, disk = AnnotatedCorpus(corpus), AnnotatedCorpus(store=store)
    assert disk.stored and not memory.stored
    pd.testing.assert_frame_equal(disk.corpus, corpus.drop(columns=["raw_text"]))
    pd.testing.assert_frame_equal(disk.corpus.attrs["problems"], corpus.attrs["problems"])
    for name in ("lines", "sentences", "dates", "mentions", "quotes"):
        pd.testing.assert_frame_equal(getattr(disk, name), getattr(memory, name), obj=name)
    assert len(disk.sentences) > 30 and len(disk.quotes) > 3 and len(disk.mentions) > 20


def test_functions_take_the_stored_sentences_and_give_the_same_results(stored):
    _, store, corpus = stored
    disk = AnnotatedCorpus(store=store)
    pd.testing.assert_frame_equal(analysis.sentence_sentiment(disk.corpus, sentences=disk.sentences),
                                  analysis.sentence_sentiment(corpus))
    # a subset of the corpus keeps only its own sentences
    sub = corpus.iloc[[1, 3]]
    pd.testing.assert_frame_equal(analysis.sentence_sentiment(sub, sentences=disk.sentences),
                                  analysis.sentence_sentiment(sub))
    # another method scores the given sentences again rather than reusing the stored tone
    pd.testing.assert_frame_equal(analysis.sentence_sentiment(sub, method="vader", sentences=disk.sentences),
                                  analysis.sentence_sentiment(sub, method="vader"))
    pd.testing.assert_frame_equal(analysis.events(disk.corpus, disk.dates, sentences=disk.sentences),
                                  analysis.events(corpus))
    pd.testing.assert_frame_equal(
        analysis.actor_sentiment(disk.corpus, by="actor", mentions=disk.mentions, sentences=disk.sentences),
        analysis.actor_sentiment(corpus, by="actor"))
    with pytest.raises(ValueError, match="sent_id"):
        analysis.sentence_sentiment(corpus, sentences=disk.sentences[["doc_id", "text"]])


def test_reading_a_store_says_the_loaders_problems_as_loading_does(stored):
    source, store, _ = stored
    with warnings.catch_warnings(record=True) as loading:
        warnings.simplefilter("always")
        analysis.load_corpus(source)
    with warnings.catch_warnings(record=True) as reading:
        warnings.simplefilter("always")
        n = AnnotatedCorpus(store=store).replay_problems()
    assert n == 2
    said = [(w.category, str(w.message)) for w in loading]
    assert said and said == [(w.category, str(w.message)) for w in reading]


def test_a_custom_actor_dictionary_is_applied_in_memory(stored, tmp_path):
    _, store, corpus = stored
    actors = tmp_path / "actors.yml"
    actors.write_text("- {name: Sergio Massa, type: person, country: Argentina, aliases: [Mr Massa]}\n"
                      "- {name: Mercosur, type: organization, aliases: [the bloc]}\n", encoding="utf-8")
    disk = AnnotatedCorpus(store=store, actors=actors)
    dictionary = analysis.load_actor_dictionary(actors)
    pd.testing.assert_frame_equal(disk.mentions, analysis.actor_mentions(corpus, dictionary=dictionary))
    pd.testing.assert_frame_equal(disk.quotes, analysis.extract_quotes(corpus, dictionary=dictionary))
    assert "Mercosur" in set(disk.mentions["actor"])


def test_settings_data_reads_the_store_named_by_the_report(stored, monkeypatch):
    source, store, _ = stored
    monkeypatch.delenv(STORE_ENV, raising=False)
    settings = report_settings(corpus_path=str(source))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        assert not settings.data().stored
        monkeypatch.setenv(STORE_ENV, str(store.path))
        data = settings.data()
    assert data.stored and len(data.corpus) == store.n_documents


def test_an_annotated_corpus_needs_one_source():
    with pytest.raises(ValueError, match="one of them"):
        AnnotatedCorpus()


# ------------------------------------------------------------------ the report (slow: kernels)


@pytest.fixture(scope="module")
def two_reports(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("reports")
    source = _write_corpus(tmp / "articles.jsonl")
    with_store = run_report(source, out_dir=tmp / "with", progress=False, workers=1)
    without = run_report(source, out_dir=tmp / "without", progress=False, store=False)
    return tmp, source, with_store, without


def test_the_report_with_a_store_equals_the_report_without(two_reports):
    tmp, _, with_store, without = two_reports
    assert (tmp / "with.store" / "manifest.json").exists()
    assert not (tmp / "without.store").exists()
    tables = sorted(p.name for p in (with_store / "tables").glob("*.csv"))
    assert len(tables) > 20
    assert tables == sorted(p.name for p in (without / "tables").glob("*.csv"))
    for name in tables:
        assert (with_store / "tables" / name).read_bytes() == (without / "tables" / name).read_bytes(), name
    for nb in sorted((with_store / "notebooks").glob("*.ipynb")):
        assert _outputs(nb) == _outputs(without / "notebooks" / nb.name), nb.name
    # the loader's notes are shown in both (since round 16 as the grouped Markdown summary, where
    # the underscore is escaped as a character reference: "duplicate doc&#95;id")
    assert re.search(r"duplicate doc(?:_|&#95;)id", json.dumps(_outputs(with_store / "notebooks" / "00_corpus.ipynb")))


def test_a_second_report_reuses_the_store_and_an_edit_reannotates_one_document(two_reports):
    tmp, source, with_store, _ = two_reports
    store = tmp / "with.store"
    first = analysis.open_store(store).last_run
    assert first["annotated"] == 11 - 1  # one repeated id is renamed, the empty text is skipped
    one = [NOTEBOOKS / "00_corpus.ipynb"]
    run_report(source, out_dir=tmp / "with", progress=False, workers=1, notebooks=one)
    again = analysis.open_store(store).last_run
    assert again["annotated"] == 0 and again["reused"] == first["annotated"]
    _write_corpus(source, edit="Officials said on Wednesday that the talks would go on.")
    run_report(source, out_dir=tmp / "with", progress=False, workers=1, notebooks=one)
    edited = analysis.open_store(store).last_run
    assert edited["annotated"] == 1 and edited["reused"] == first["annotated"] - 1
    assert "Officials said on Wednesday" in analysis.open_store(store).sql(
        "select string_agg(text, ' ') t from sentences")["t"].iloc[0]


def test_store_flags_are_checked_before_anything_runs(tmp_path, capsys):
    from analysis.report.run import ReportError, default_store, main

    assert main(["report", "--store", str(tmp_path / "s"), "--no-store", "--out", str(tmp_path / "r")]) == 2
    assert "contradict" in capsys.readouterr().err
    with pytest.raises(ReportError, match="inside the report folder"):
        run_report(out_dir=tmp_path / "r", store=tmp_path / "r" / "store", progress=False)
    with pytest.raises(ReportError, match="chunk size"):
        run_report(out_dir=tmp_path / "r", chunk_size=0, progress=False)
    assert default_store(tmp_path / "r") == tmp_path / "r.store"
    assert not (tmp_path / "r").exists() and not (tmp_path / "r.store").exists()


def test_a_store_of_several_chunks_gives_the_whole_corpus_mentions(stored, tmp_path):
    """actor_mentions links a lone surname to a person named in full in another document, so
    mentions annotated chunk by chunk are not the corpus's: they are computed from the stored
    documents instead; every other table comes from the store."""
    source = tmp_path / "articles.jsonl"
    source.write_text("".join(json.dumps(r) + "\n" for r in make_articles(12, seed=5)), encoding="utf-8")
    corpus = analysis.load_corpus(source)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        store = analysis.annotate(source, tmp_path / "s3", workers=1, chunk_size=3, progress=False)
    assert len(store._state.parts) == 4
    chunked = pd.concat([analysis.actor_mentions(corpus.iloc[k:k + 3]) for k in range(0, 12, 3)],
                        ignore_index=True)
    assert not chunked.equals(analysis.actor_mentions(corpus))  # the case this is about
    disk = AnnotatedCorpus(store=store)
    pd.testing.assert_frame_equal(disk.mentions, analysis.actor_mentions(corpus))
    pd.testing.assert_frame_equal(disk.quotes, analysis.extract_quotes(corpus))
    pd.testing.assert_frame_equal(disk.dates, analysis.extract_dates(corpus))
