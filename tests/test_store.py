"""analysis.annotate and the store: tables equal to the in-memory functions, the same with
every engine and number of workers, incremental re-runs, resuming an interrupted run, SQL.

Corpora are invented here (small, so the tests are fast); nothing reads ../shared/corpora.
"""
from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
import time
import warnings
from pathlib import Path

import pandas as pd
import pytest

import analysis
from analysis.store.annotate import FAIL_AT_ENV, KILL_AFTER_ENV

ROOT = Path(__file__).resolve().parents[1]
TABLE_NAMES = ("documents", "lines", "sentences", "dates", "mentions", "quotes", "problems")

PEOPLE = ["Ana Ruiz", "Tomas Berg", "Lena Okafor", "Marco Vitale", "Priya Nair", "Jonas Lind"]
PLACES = ["Lisbon", "Oslo", "Nairobi", "Turin", "Chennai", "Gdansk"]
TOPICS = ["the harbour plan", "a water tax", "the rail strike", "school meals", "a new bridge",
          "the budget vote"]


def article(i: int) -> str:
    """An invented news item with a headline, dateline, quotes, dates and a furniture line."""
    p, q = PEOPLE[i % len(PEOPLE)], PEOPLE[(i * 5 + 1) % len(PEOPLE)]
    place, topic = PLACES[i % len(PLACES)], TOPICS[(i * 7) % len(TOPICS)]
    day = 1 + i % 27
    lines = [
        f"{place} council split over {topic}",
        "",
        f"{place.upper()}, March {day}, 2021 - Mayor {p} said on Tuesday that {topic} would go ahead "
        f"despite protests. Critics called it \"a costly mistake\" and asked for a vote by June {day}.",
        "",
        f"\"We have waited since 2019 for this,\" {p} told reporters. \"The city cannot wait another year.\"",
        "",
        f"Opposition leader {q} disagreed. \"This is rushed and unfair,\" {q} said, adding that "
        f"residents were angry. Talks resume next week{'.' if i % 3 else ' in Geneva.'}",
        "",
        "Advertisement",
    ]
    if i % 4 == 0:
        lines += ["", f"The plan was first proposed on {day} January 2020, when costs were lower."]
    return "\n".join(lines) + "\n"


def write_folder(folder: Path, ids) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i in ids:
        (folder / f"doc{i:03d}.txt").write_text(article(i), encoding="utf-8")
    return folder


def tables(store) -> dict:
    return {name: store.table(name) for name in TABLE_NAMES}


def assert_same_tables(a: dict, b: dict, skip=()) -> None:
    for name in TABLE_NAMES:
        if name in skip:
            continue
        pd.testing.assert_frame_equal(a[name], b[name], check_dtype=False, obj=name)


def comparable(frame: pd.DataFrame) -> pd.DataFrame:
    """Missing values the same way (None/NaN/NA) and string columns as objects."""
    out = frame.reset_index(drop=True).copy()
    for c in out.columns:
        if out[c].dtype.kind in "OSUT" or str(out[c].dtype) in ("str", "string"):
            out[c] = out[c].astype(object).where(out[c].notna(), None)
    return out


def run(source, store, **kw):
    kw.setdefault("workers", 1)
    kw.setdefault("progress", False)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return analysis.annotate(source, store, **kw)


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    return write_folder(tmp_path_factory.mktemp("corpus") / "news", range(14))


@pytest.fixture(scope="module")
def clean_store(folder, tmp_path_factory):
    return run(folder, tmp_path_factory.mktemp("clean") / "store", chunk_size=4)


# --------------------------------------------------------------------------- equality


def test_tables_equal_the_in_memory_functions(folder, clean_store):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        corpus = analysis.load_corpus(folder)
        expected = {
            "documents": corpus.drop(columns=["raw_text"]),
            "lines": analysis.cleaning_report(corpus),
            "dates": analysis.extract_dates(corpus),
            "mentions": analysis.actor_mentions(corpus),
            "quotes": analysis.extract_quotes(corpus),
        }
        sents = analysis.sentences(corpus)
        tone = analysis.sentence_sentiment(corpus)
    store = clean_store
    assert store.n_documents == len(corpus) == 14
    docs = store.documents
    assert docs["content_hash"].str.fullmatch(r"[0-9a-f]{64}").all()
    for name, want in expected.items():
        got = store.table(name)
        if name == "documents":
            got = got.drop(columns=["content_hash"])
        assert len(want) > 0, name
        pd.testing.assert_frame_equal(comparable(got), comparable(want), check_dtype=False, obj=name)
    got = store.table("sentences")
    pd.testing.assert_frame_equal(comparable(got[sents.columns]), comparable(sents), check_dtype=False)
    assert got["compound"].tolist() == tone["compound"].tolist()
    assert got[["neg", "neu", "pos"]].to_numpy().tolist() == tone[["neg", "neu", "pos"]].to_numpy().tolist()
    # one key for every table: each sentence-level row points at a stored sentence
    keys = set(zip(got["doc_id"], got["sent_id"]))
    for name in ("dates", "mentions"):
        t = store.table(name)
        assert set(zip(t["doc_id"], t["sent_id"])) <= keys


def test_table_sources_read_in_chunks_match_load_corpus(tmp_path):
    rows = [{"id": f"r{i}", "headline": f"Item {i}", "body": article(i)} for i in range(9)]
    rows.insert(4, {"id": "r-empty", "headline": "Nothing", "body": ""})  # skipped by the loader
    csv = tmp_path / "items.csv"
    pd.DataFrame(rows).to_csv(csv, index=False)
    no_id = tmp_path / "noid.jsonl"
    pd.DataFrame(rows).drop(columns="id").to_json(no_id, orient="records", lines=True)
    for source, opts in ((csv, {"id_column": "id"}), (no_id, {})):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            corpus = analysis.load_corpus(source, **opts)
            quotes = analysis.extract_quotes(corpus)
        store = run(source, tmp_path / f"store-{source.suffix[1:]}", chunk_size=3, **opts)
        docs = store.documents.drop(columns=["content_hash"])
        pd.testing.assert_frame_equal(comparable(docs), comparable(corpus.drop(columns=["raw_text"])),
                                      check_dtype=False)
        pd.testing.assert_frame_equal(comparable(store.table("quotes")), comparable(quotes), check_dtype=False)
        problems = store.table("problems")
        assert (problems["problem"] == "empty text").sum() == 1, problems
        want = corpus.attrs["problems"]
        assert sorted(map(tuple, problems[["source_path", "problem"]].astype(str).to_numpy())) == \
            sorted(map(tuple, want[["source_path", "problem"]].astype(str).to_numpy()))


def assert_store_matches_load_corpus(source, store_dir, **opts):
    """annotate() in chunks of 2 gives what load_corpus gives on the whole source: the same
    documents (ids, order, source_path, language ...), mentions and problem rows."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        corpus = analysis.load_corpus(source, **opts)
        mentions = analysis.actor_mentions(corpus)
    store = run(source, store_dir, chunk_size=2, **opts)
    docs = store.documents.drop(columns=["content_hash"])
    pd.testing.assert_frame_equal(comparable(docs), comparable(corpus.drop(columns=["raw_text"])),
                                  check_dtype=False)
    pd.testing.assert_frame_equal(comparable(store.table("mentions")), comparable(mentions), check_dtype=False)
    cols = ["source_path", "doc_id", "problem", "action"]
    got = store.table("problems")[cols].astype(str).fillna("None")
    want = corpus.attrs["problems"][cols].astype(str).fillna("None")
    assert sorted(map(tuple, got.to_numpy())) == sorted(map(tuple, want.to_numpy()))
    return corpus, store


def messy_rows(sep: str) -> str:
    """A header, a quoted text spanning lines, a ragged row, a short row, a row without an id,
    an empty text and blank lines: every place is a line the loader names."""
    q = lambda s: '"' + s.replace('"', '""') + '"'  # noqa: E731
    lines = [sep.join(["id", "title", "text"])]
    for i in range(8):
        if i == 2:
            lines.append(sep.join(["x2", "Ragged", q(article(i)), "extra", "more"]))
        elif i == 3:
            lines.append(sep.join(["", "No id", q(article(i))]))
        elif i == 5:
            lines += [sep.join(["e5", "Empty", ""]), ""]
        elif i == 6:
            lines.append(sep.join(["s6", q(article(i))]))  # short: the text lands in 'title'
        else:
            lines.append(sep.join([f"r{i}", f"Item {i}", q(article(i))]))
    return "\n".join(lines) + "\n"


def test_csv_and_tsv_with_multiline_ragged_and_short_rows(tmp_path):
    for name, sep in (("items.csv", ","), ("items.tsv", "\t")):
        path = tmp_path / name
        path.write_bytes(b"\xef\xbb\xbf" + messy_rows(sep).encode("utf-8"))  # with a byte-order mark
        corpus, _ = assert_store_matches_load_corpus(path, tmp_path / f"s-{name}", id_column="id")
        assert corpus["source_path"].str.fullmatch(rf"{name}:\d+").all()
        assert corpus["source_path"].iloc[-1] != f"{name}:{len(corpus) + 1}"  # lines, not row numbers
        problems = corpus.attrs["problems"]
        assert {"ragged CSV row", "missing doc_id", "empty text"} <= set(problems["problem"])
    # a row appended: the unchanged chunks are not even loaded, the new row alone is annotated
    with open(tmp_path / "items.csv", "a", encoding="utf-8") as fh:
        fh.write('r9,Item 9,"' + article(9).replace('"', '""') + '"\n')
    again = run(tmp_path / "items.csv", tmp_path / "s-items.csv", chunk_size=2, id_column="id")
    assert again.last_run["annotated"] == 1 and again.last_run["chunks_skipped"] >= 3, again.last_run
    assert again.documents["doc_id"].iloc[-1] == "r9"


def test_jsonl_without_ids_and_with_a_broken_line(tmp_path):
    lines = [json.dumps({"title": f"Item {i}", "text": article(i)}) for i in range(7)]
    lines.insert(3, "{broken")
    lines.insert(5, "")
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    corpus, _ = assert_store_matches_load_corpus(path, tmp_path / "s")
    assert corpus["doc_id"].tolist() == [f"feed_{k:05d}" for k in range(1, 8)]


def test_parquet_with_missing_ids_and_without_an_id_column(tmp_path):
    some = tmp_path / "some.parquet"
    pd.DataFrame({"doc_id": ["p0", None, "p2", None, "p4", "p5"],
                  "text": [article(i) if i != 4 else None for i in range(6)]}).to_parquet(some)
    corpus, _ = assert_store_matches_load_corpus(some, tmp_path / "s-some")
    assert corpus["doc_id"].tolist() == ["p0", "some_00002", "p2", "some_00004", "p5"]
    assert corpus["source_path"].iloc[-1] == "some.parquet:row 6"
    none = tmp_path / "none.parquet"
    pd.DataFrame({"text": [article(i) for i in range(5)]}).to_parquet(none)
    corpus, _ = assert_store_matches_load_corpus(none, tmp_path / "s-none")
    assert corpus["doc_id"].iloc[-1] == "none_00005"


def test_inputs_read_whole_json_arrays_compressed_and_non_utf8(tmp_path):
    rows = [{"doc_id": f"j{i}", "text": article(i)} for i in range(5)]
    rows[2]["text"] = ""
    (tmp_path / "items.json").write_text(json.dumps(rows), encoding="utf-8")
    with gzip.open(tmp_path / "items.csv.gz", "wt", encoding="utf-8") as fh:
        fh.write(messy_rows(","))
    with gzip.open(tmp_path / "items.jsonl.gz", "wt", encoding="utf-8") as fh:
        fh.write("\n".join(json.dumps(r) for r in rows) + "\n")
    (tmp_path / "latin.csv").write_bytes(messy_rows(",").replace("Item", "Caf\u00e9").encode("cp1252"))
    for name, opts in (("items.json", {}), ("items.csv.gz", {"id_column": "id"}),
                       ("items.jsonl.gz", {}), ("latin.csv", {"id_column": "id"})):
        corpus, store = assert_store_matches_load_corpus(tmp_path / name, tmp_path / f"s-{name}", **opts)
        assert store.last_run["annotated"] == len(corpus) > 0
    assert corpus["encoding"].iloc[0] == "cp1252"  # the whole file decides the encoding


# --------------------------------------------------------------------------- engines


def test_engines_and_worker_counts_give_identical_tables(folder, clean_store, tmp_path):
    pytest.importorskip("distributed")
    two = run(folder, tmp_path / "local2", chunk_size=4, workers=2)
    dask = run(folder, tmp_path / "dask2", chunk_size=4, workers=2, engine="dask")
    base = tables(clean_store)
    assert_same_tables(base, tables(two))
    assert_same_tables(base, tables(dask))
    assert two.last_run["workers"] == 2 and dask.last_run["engine"] == "dask"


def test_unknown_engine_and_options_are_refused(folder, tmp_path):
    with pytest.raises(ValueError, match="engine"):
        analysis.annotate(folder, tmp_path / "s", engine="spark", progress=False)
    with pytest.raises(TypeError, match="textcolumn"):
        analysis.annotate(folder, tmp_path / "s2", textcolumn="x", progress=False)


# --------------------------------------------------------------------------- incremental


def test_rerun_reuses_everything_and_incremental_run_does_only_changes(folder, clean_store, tmp_path):
    import shutil

    grown = tmp_path / "grown"
    shutil.copytree(folder, grown)
    store_dir = tmp_path / "store"
    shutil.copytree(clean_store.path, store_dir)
    again = run(grown, store_dir, chunk_size=4)
    assert again.last_run["annotated"] == 0 and again.last_run["reused"] == 14
    # edit one, add three (one in the middle of the listing), remove one
    (grown / "doc003.txt").write_text(article(3).replace("Tuesday", "Friday"), encoding="utf-8")
    write_folder(grown, [20, 21])
    (grown / "doc0035.txt").write_text(article(35), encoding="utf-8")  # sorts between doc003 and doc004
    (grown / "doc007.txt").unlink()
    inc = run(grown, store_dir, chunk_size=4)
    assert inc.last_run["annotated"] == 4
    assert inc.last_run["removed"] == 1
    assert inc.n_documents == 16
    assert inc.documents["doc_id"].tolist()[3:5] == ["doc003", "doc0035"]  # corpus order
    fresh = run(grown, tmp_path / "fresh", chunk_size=4)
    assert_same_tables(tables(fresh), tables(inc))
    assert "doc007" not in set(inc.table("sentences")["doc_id"])
    assert "Friday" in inc.documents.set_index("doc_id").loc["doc003", "text"]
    # the old rows of the edited document are gone from every table
    assert (inc.table("sentences")["doc_id"] == "doc003").sum() == \
        (fresh.table("sentences")["doc_id"] == "doc003").sum()
    # files of replaced parts are deleted: each table has exactly the live parts
    live = {p.name for p in inc.files("sentences")}
    assert {p.name for p in (store_dir / "sentences").glob("*.parquet")} == live


def test_changed_settings_reannotate_everything(folder, tmp_path):
    store = run(folder, tmp_path / "s", chunk_size=5)
    assert store.last_run["annotated"] == 14
    other = run(folder, tmp_path / "s", chunk_size=5, suffixes=(".txt",))
    assert other.last_run["annotated"] == 14
    assert other.n_documents == 14
    assert len(list((tmp_path / "s" / "documents").glob("*.parquet"))) == 3


# --------------------------------------------------------------------------- interruption


def test_resume_after_a_failed_chunk(folder, clean_store, tmp_path, monkeypatch):
    store_dir = tmp_path / "store"
    monkeypatch.setenv(FAIL_AT_ENV, "2")
    with pytest.raises(RuntimeError, match="test hook"):
        run(folder, store_dir, chunk_size=4)
    monkeypatch.delenv(FAIL_AT_ENV)
    with pytest.warns(UserWarning, match="did not finish"):
        partial = analysis.open_store(store_dir)
    assert partial.n_documents == 8  # chunks 0 and 1 were committed
    resumed = run(folder, store_dir, chunk_size=4)
    assert resumed.last_run["annotated"] == 6
    assert resumed.last_run["chunks_skipped"] == 2
    assert resumed.complete
    assert_same_tables(tables(clean_store), tables(resumed))


def test_resume_after_kill_9(folder, clean_store, tmp_path):
    store_dir = tmp_path / "store"
    code = ("import analysis, warnings; warnings.simplefilter('ignore'); "
            f"analysis.annotate({str(folder)!r}, {str(store_dir)!r}, workers=2, chunk_size=4, progress=False)")
    env = dict(os.environ, PYTHONPATH=str(ROOT), **{KILL_AFTER_ENV: "1"})
    log = tmp_path / "log.txt"
    with open(log, "wb") as out:
        proc = subprocess.Popen([sys.executable, "-c", code], env=env, stdout=out, stderr=out)
        assert proc.wait(timeout=300) == -9, log.read_text()[-2000:]
    time.sleep(2.5)  # the pool's workers notice their parent is gone and exit
    # a half-written file (as a kill during a write leaves) is never read
    (store_dir / "sentences" / ".p00000099.parquet.tmp-dead").write_bytes(b"PAR1 half")
    (store_dir / "sentences" / "p00000099.parquet").write_bytes(b"not a finished part")
    with pytest.warns(UserWarning, match="did not finish"):
        partial = analysis.open_store(store_dir)
    assert partial.n_documents == 8
    assert set(partial.table("sentences")["doc_id"]) == {f"doc{i:03d}" for i in range(8)}
    resumed = run(folder, store_dir, chunk_size=4, workers=2)
    assert resumed.last_run["annotated"] == 6
    assert_same_tables(tables(clean_store), tables(resumed))
    assert not (store_dir / "sentences" / "p00000099.parquet").exists()
    assert not (store_dir / "_journal.jsonl").exists()


def test_a_running_annotation_locks_the_store(folder, tmp_path):
    store_dir = tmp_path / "s"
    store_dir.mkdir()
    (store_dir / ".lock").write_text(str(os.getppid()))
    with pytest.raises(analysis.store.StoreError, match="being annotated"):
        run(folder, store_dir)


# --------------------------------------------------------------------------- reading


def test_sql_and_table_options(clean_store):
    n = clean_store.sql("select count(*) as n from sentences")["n"].iloc[0]
    assert n == len(clean_store.table("sentences"))
    per_doc = clean_store.sql("select d.doc_id, count(m.actor) as n from documents d "
                              "left join mentions m using (doc_id) group by 1 order by 1")
    mentions = clean_store.table("mentions")
    assert per_doc.set_index("doc_id")["n"].to_dict() == \
        mentions.groupby("doc_id").size().reindex(per_doc["doc_id"], fill_value=0).to_dict()
    some = clean_store.table("sentences", columns=["sent_id", "compound"],
                             filters=[("doc_id", "in", ["doc002", "doc005"])])
    assert list(some.columns) == ["sent_id", "compound"]
    assert len(some) == mentions.pipe(lambda _: clean_store.table("sentences")).query(
        "doc_id in ['doc002', 'doc005']").shape[0]
    with pytest.raises(KeyError, match="no table"):
        clean_store.table("paragraphs")


def test_open_store_refuses_a_folder_that_is_not_a_store(tmp_path):
    with pytest.raises(analysis.store.StoreError, match="not a store"):
        analysis.open_store(tmp_path)


def test_corpus_index_from_store(clean_store, folder):
    from analysis.report.explorer import CorpusIndex

    index = CorpusIndex.from_store(clean_store)
    assert len(index.documents) == 14
    sents = clean_store.table("sentences")
    assert len(index.sentences) == len(sents)
    assert index.select(actor="Ana Ruiz").counts()["documents"] == \
        clean_store.table("mentions").query("actor == 'Ana Ruiz'")["doc_id"].nunique()
    same = CorpusIndex.from_store(clean_store.path)
    assert len(same.mentions) == len(index.mentions)


def test_explorer_opens_an_annotate_store(clean_store):
    pytest.importorskip("ipywidgets")
    from analysis import explore
    from analysis.report.explore_cli import build_store

    assert build_store(None, clean_store.path) == clean_store.path  # used as it is
    app = explore(str(clean_store.path))
    assert len(app.index.documents) == clean_store.n_documents
    assert len(app.index.sentences) == len(clean_store.table("sentences"))


def test_files_sharing_a_name_and_parquet_sources(tmp_path):
    news = tmp_path / "news"
    for sub, ids in (("a", [0, 1, 2]), ("b", [1, 3]), ("c", [4, 1])):
        d = news / sub
        d.mkdir(parents=True)
        for i in ids:
            (d / f"doc{i:03d}.txt").write_text(article(i + 10 * len(sub)), encoding="utf-8")
    pq_path = tmp_path / "items.parquet"
    pd.DataFrame({"doc_id": [f"p{i}" for i in range(7)], "text": [article(i) for i in range(7)],
                  "published": pd.to_datetime(["2021-03-01"] * 7)}).to_parquet(pq_path)
    for source in (news, pq_path):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            corpus = analysis.load_corpus(source)
            mentions = analysis.actor_mentions(corpus)
        store = run(source, tmp_path / f"store-{source.name}", chunk_size=2)
        docs = store.documents
        assert docs["doc_id"].tolist() == corpus["doc_id"].tolist()  # doc001, doc001__2, doc001__3
        assert docs["source_path"].tolist() == corpus["source_path"].tolist()
        pd.testing.assert_frame_equal(comparable(store.table("mentions")), comparable(mentions), check_dtype=False)


def test_loader_problems_are_warned_once_and_stored(tmp_path):
    news = write_folder(tmp_path / "news", range(3))
    (news / "blank.txt").write_bytes(b"")
    with pytest.warns(UserWarning, match=r"annotate: \d+ warning\(s\)"):
        store = analysis.annotate(news, tmp_path / "s", workers=1, progress=False)
    problems = store.table("problems")
    assert problems.query("doc_id == 'blank'")["problem"].str.contains("empty").any(), problems
    assert store.n_documents == 3
    (news / "blank.txt").unlink()  # the skipped file is gone: so are its problem rows
    again = run(news, tmp_path / "s")
    assert "blank" not in set(again.table("problems")["doc_id"].dropna())
    assert again.last_run["annotated"] == 0


def test_the_store_annotate_returns_equals_the_store_read_back(folder, clean_store, tmp_path):
    """annotate() hands over the state it wrote (no second read of the manifest): reading the
    folder again gives the same documents, order and tables, after a first and an incremental run."""
    import shutil

    grown = tmp_path / "grown"
    shutil.copytree(folder, grown)
    store_dir = tmp_path / "store"
    shutil.copytree(clean_store.path, store_dir)
    (grown / "doc005.txt").write_text(article(5).replace("Tuesday", "Sunday"), encoding="utf-8")
    (grown / "doc009.txt").unlink()
    returned = run(grown, store_dir, chunk_size=4)
    read_back = analysis.open_store(store_dir)
    assert returned.n_documents == read_back.n_documents == 13
    assert returned.last_run == read_back.last_run
    assert returned.documents["doc_id"].tolist() == read_back.documents["doc_id"].tolist()
    assert_same_tables(tables(returned), tables(read_back))


def test_reading_a_manifest_shares_one_string_per_part_and_chunk(clean_store):
    """On a million documents a copy of the part name and chunk key per document costs about
    170 MB; the reader keeps one object for each."""
    from analysis.store.store import State

    state = State.read(clean_store.path)
    records = list(state.docs.values())
    assert len(records) == 14
    parts = {id(r[1]) for r in records}
    keys = {id(r[2]) for r in records}
    assert len(parts) == len({r[1] for r in records}) and len(keys) == len({r[2] for r in records})
