"""load_corpus on files written here: every format, every kind of bad input, metadata joins."""
from __future__ import annotations

import json
import warnings

import pandas as pd
import pytest

from analysis.corpus.loading import CONTRACT_COLUMNS, CorpusError, CorpusWarning, ProblemLog, load_corpus

STORY = (
    "Rail unions agree pay deal after long dispute\n\n"
    "By Nadia Hassan\n\n"
    "Associated Press\n"
    "March 14, 2023\n\n"
    "Rail unions accepted a two-year pay offer on Tuesday, ending a dispute that had led to "
    "eleven days of strikes since the autumn.\n\n"
    "The deal still needs approval from members in a ballot next month.\n\n"
    "Advertisement\n"
)
PLAIN = (
    "The city council approved a new budget on Monday night after a long debate about "
    "library opening hours.\n\n"
    "The vote was nine to four.\n"
)


def write(path, content, encoding="utf-8"):
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_bytes(content.encode(encoding))
    return path


def load_quietly(*args, **kw):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        corpus = load_corpus(*args, **kw)
    return corpus, [w for w in caught if issubclass(w.category, CorpusWarning)]


def messages(caught):
    return [str(w.message) for w in caught]


# ------------------------------------------------------------------------------------- formats
def test_folder_recursive_contract_and_header_extraction(tmp_path):
    write(tmp_path / "a_story.txt", STORY)
    write(tmp_path / "sub" / "deeper" / "b_plain.txt", PLAIN)
    write(tmp_path / ".ipynb_checkpoints" / "a_story-checkpoint.txt", STORY)
    write(tmp_path / "notes.md", "not a document")
    corpus, caught = load_quietly(tmp_path)
    # hidden folders are left out; a file of another type is named, not dropped silently
    assert [m.split(":")[0] for m in messages(caught)] == ["notes.md"]
    assert "file type not read" in messages(caught)[0]
    assert list(corpus.columns) == CONTRACT_COLUMNS
    assert corpus.doc_id.tolist() == ["a_story", "b_plain"]
    assert corpus.source_path.tolist() == ["a_story.txt", "sub/deeper/b_plain.txt"]
    a = corpus.iloc[0]
    assert a.title == "Rail unions agree pay deal after long dispute"
    assert a.author == "Nadia Hassan"
    assert a.outlet == "Associated Press"
    assert a.published == pd.Timestamp("2023-03-14")
    assert a.date_basis == "stated"
    assert a.text.startswith("Rail unions accepted") and a.text.endswith("next month.")
    assert "Advertisement" not in a.text and a.raw_text == STORY
    assert a.n_words == len(a.text.split())
    b = corpus.iloc[1]
    assert pd.isna(b.title) and pd.isna(b.author) and pd.isna(b.published)
    assert b.date_basis == "unknown"
    assert str(corpus.published.dtype) == "datetime64[ns]"
    assert corpus.n_words.dtype == "int64"
    assert isinstance(corpus.attrs["problems"], pd.DataFrame)
    assert corpus.attrs["problems"].source_path.tolist() == ["notes.md"]


def test_single_txt(tmp_path):
    corpus = load_corpus(write(tmp_path / "one.txt", PLAIN))
    assert corpus.doc_id.tolist() == ["one"] and corpus.source_path.tolist() == ["one.txt"]
    assert corpus.text[0].endswith("nine to four.")


def test_csv_with_columns_and_own_metadata(tmp_path):
    df = pd.DataFrame({
        "id": ["x1", "x2"],
        "body": [STORY, PLAIN],
        "published": ["2023-03-15", ""],
        "section": ["transport", "local"],
    })
    path = tmp_path / "articles.csv"
    df.to_csv(path, index=False)
    corpus = load_corpus(path, text_column="body", id_column="id")
    assert corpus.doc_id.tolist() == ["x1", "x2"]
    # source_path names the line where the row starts (the header is line 1; STORY spans lines)
    assert corpus.source_path.tolist() == ["articles.csv:2", f"articles.csv:{3 + STORY.count(chr(10))}"]
    # the table's own date wins over the printed one; no date at all -> unknown
    assert corpus.published[0] == pd.Timestamp("2023-03-15") and corpus.date_basis[0] == "metadata"
    assert corpus.date_basis[1] == "unknown"
    assert corpus.title[0] == "Rail unions agree pay deal after long dispute"
    assert list(corpus.columns) == CONTRACT_COLUMNS + ["section"]
    assert corpus.section.tolist() == ["transport", "local"]


def test_extra_columns_named_like_internal_fields_are_kept_as_they_are(tmp_path):
    # a table may carry any column names; none of them may leak into the loader's own fields
    path = tmp_path / "wire.csv"
    pd.DataFrame({
        "doc_id": ["w1"], "text": [PLAIN], "text_date": ["not a date"],
        "meta_date": ["also not a date"], "meta_basis": ["desk"], "extra": ["x"],
    }).to_csv(path, index=False)
    corpus, caught = load_quietly(path)
    assert caught == []
    assert pd.isna(corpus.published[0]) and corpus.date_basis[0] == "unknown"
    assert corpus.loc[0, ["text_date", "meta_date", "meta_basis", "extra"]].tolist() == [
        "not a date", "also not a date", "desk", "x"]


def test_csv_without_id_column_gets_row_ids_and_a_note(tmp_path):
    path = tmp_path / "feed.csv"
    pd.DataFrame({"text": [PLAIN, STORY, PLAIN + "More."]}).to_csv(path, index=False)
    corpus, caught = load_quietly(path)
    assert corpus.doc_id.tolist() == ["feed_00001", "feed_00002", "feed_00003"]
    assert any("feed.csv" in m and "doc_id" in m for m in messages(caught))
    assert "no doc_id column" in corpus.attrs["problems"].problem.tolist()


def test_missing_text_column_is_an_error(tmp_path):
    path = tmp_path / "wrong.csv"
    pd.DataFrame({"words": [PLAIN]}).to_csv(path, index=False)
    with pytest.raises(CorpusError, match="wrong.csv.*text_column"):
        load_corpus(path)


def test_jsonl_with_a_broken_line(tmp_path):
    lines = [
        json.dumps({"doc_id": "j1", "text": STORY, "outlet": "Evening Star"}),
        "{not json",
        json.dumps({"doc_id": "j2", "text": PLAIN}),
        "",
    ]
    path = write(tmp_path / "feed.jsonl", "\n".join(lines))
    corpus, caught = load_quietly(path)
    assert corpus.doc_id.tolist() == ["j1", "j2"]
    assert corpus.source_path.tolist() == ["feed.jsonl:1", "feed.jsonl:3"]
    assert corpus.outlet[0] == "Evening Star"  # the file's own field beats the text's "Associated Press"
    assert any("feed.jsonl:2" in m and "invalid JSON" in m for m in messages(caught))


def test_jsonl_is_read_as_json_lines_even_when_it_is_one_json_value(tmp_path):
    # a one-record .jsonl is line 1 (not JSON array item [1]), as its lines are in a longer file;
    # a line holding an array is not a row, however the file's text parses as a whole
    one = write(tmp_path / "one.jsonl", json.dumps({"doc_id": "j1", "text": PLAIN}) + "\n")
    corpus, _ = load_quietly(one)
    assert corpus.source_path.tolist() == ["one.jsonl:1"]
    array = write(tmp_path / "array.ndjson", json.dumps([{"doc_id": "a1", "text": PLAIN}]))
    corpus, caught = load_quietly(array)
    assert len(corpus) == 0
    assert any("array.ndjson:1" in m and "not an object" in m for m in messages(caught))
    as_json = write(tmp_path / "array.json", json.dumps([{"doc_id": "a1", "text": PLAIN}]))
    assert load_quietly(as_json)[0].source_path.tolist() == ["array.json:[1]"]  # .json: arrays read


def test_parquet(tmp_path):
    path = tmp_path / "corpus.parquet"
    pd.DataFrame({
        "doc_id": ["p1", "p2"], "text": [PLAIN, STORY],
        "published": pd.to_datetime(["2020-01-02", None]),
    }).to_parquet(path)
    corpus = load_corpus(path)
    assert corpus.doc_id.tolist() == ["p1", "p2"]
    assert corpus.published[0] == pd.Timestamp("2020-01-02") and corpus.date_basis[0] == "metadata"
    assert corpus.published[1] == pd.Timestamp("2023-03-14") and corpus.date_basis[1] == "stated"
    assert corpus.encoding.tolist() == ["parquet", "parquet"]


HTML = """<html><head><title>Ferry strike ends | Island Courier</title>
<meta name="author" content="Lena Fischer">
<meta property="article:published_time" content="2021-07-09">
<meta property="og:site_name" content="Island Courier"></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Ferry strike ends after crews accept offer</h1>
<p>Ferry crews on the island routes voted on Thursday to accept a new pay offer, ending a
strike that had stranded hundreds of tourists for almost a week.</p>
<p>Services will return to the normal timetable from Saturday morning, the operator said in
a statement.</p></article>
<footer>Subscribe to our newsletter. Cookie settings.</footer></body></html>"""


def test_html_with_trafilatura_and_page_metadata(tmp_path):
    corpus = load_corpus(write(tmp_path / "page.html", HTML))
    row = corpus.iloc[0]
    assert row.doc_id == "page" and row.source_path == "page.html"
    assert row.author == "Lena Fischer"
    assert row.outlet == "Island Courier"
    # a date written for machines (article:published_time) is "metadata", named in date_source
    assert row.published == pd.Timestamp("2021-07-09") and row.date_basis == "metadata"
    assert row.date_source == "meta article:published_time"
    assert "accept a new pay offer" in row.text
    assert "Subscribe" not in row.text and "Home" not in row.text


# ----------------------------------------------------------------------------------- bad input
def bad_folder(tmp_path):
    write(tmp_path / "good.txt", PLAIN)
    write(tmp_path / "empty.txt", b"")
    write(tmp_path / "blank.txt", b"  \n\n ")
    write(tmp_path / "image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00" * 20)
    write(tmp_path / "windows.txt", "Caf\u00e9 owners in S\u00e3o Paulo said \u201cno\u201d to the plan on Friday.\n", "cp1252")
    write(tmp_path / "latin.txt", "Der Stra\u00dfenbau in K\u00f6ln kostet mehr, sagte die Stadt am Montag.\n", "latin-1")
    write(tmp_path / "bom.txt", b"\xef\xbb\xbf" + PLAIN.encode())
    write(tmp_path / "crlf.txt", PLAIN.replace("\n", "\r\n"))
    write(tmp_path / "dup" / "good.txt", PLAIN + "\nA second copy.\n")
    return tmp_path


def test_bad_files_warn_with_file_name_and_the_rest_loads(tmp_path):
    corpus, caught = load_quietly(bad_folder(tmp_path))
    msgs = messages(caught)

    def has(name, what):
        return any(m.startswith(name) and what in m for m in msgs)

    assert has("empty.txt", "empty file")
    assert has("blank.txt", "empty file")
    assert has("image.txt", "binary file")
    assert has("windows.txt", "not UTF-8")
    assert has("latin.txt", "not UTF-8")
    assert has("bom.txt", "byte-order mark")
    assert has("crlf.txt", "CRLF")
    assert has("good.txt", "duplicate doc_id") or has("dup/good.txt", "duplicate doc_id")
    ids = corpus.doc_id.tolist()
    assert set(ids) == {"good", "good__2", "windows", "latin", "bom", "crlf"}
    enc = dict(zip(corpus.doc_id, corpus.encoding))
    assert enc["good"] == "utf-8" and enc["bom"] == "utf-8-sig"
    assert enc["windows"] == "cp1252"
    assert enc["latin"] in {"cp1252", "latin-1"}
    text = dict(zip(corpus.doc_id, corpus.text))
    assert text["windows"].startswith('Caf\u00e9 owners in S\u00e3o Paulo said "no"')
    assert "Stra\u00dfenbau in K\u00f6ln" in text["latin"]
    raw = dict(zip(corpus.doc_id, corpus.raw_text))
    assert "\r" not in raw["crlf"] and not raw["bom"].startswith("\ufeff")
    by_path = dict(zip(corpus.source_path, corpus.text))
    assert text["crlf"] == by_path["good.txt"]
    # duplicate stems: the first in path order keeps the plain id, the other is renamed
    assert dict(zip(corpus.source_path, corpus.doc_id))["good.txt"] == "good__2"
    problems = corpus.attrs["problems"]
    assert list(problems.columns) == ["source_path", "doc_id", "problem", "action"]
    skipped = problems[problems.action.str.startswith("skipped")].source_path.tolist()
    assert sorted(skipped) == ["blank.txt", "empty.txt", "image.txt"]
    assert not any(p.startswith("/") for p in problems.source_path)


def test_on_error_raise_and_ignore(tmp_path):
    folder = bad_folder(tmp_path)
    with pytest.raises(CorpusError, match="txt"):
        load_corpus(folder, on_error="raise")
    corpus, caught = load_quietly(folder, on_error="ignore")
    assert caught == []
    assert len(corpus) == 6
    assert {"empty file", "binary file", "not UTF-8"} <= set(corpus.attrs["problems"].problem)
    with pytest.raises(ValueError):
        load_corpus(folder, on_error="shout")


def test_non_western_encoding_is_guessed(tmp_path):
    russian = "\u041f\u0435\u0440\u0435\u0433\u043e\u0432\u043e\u0440\u044b \u043f\u0440\u043e\u0434\u043e\u043b\u0436\u0430\u0442\u0441\u044f \u0432 \u043f\u043e\u043d\u0435\u0434\u0435\u043b\u044c\u043d\u0438\u043a.\n" * 3
    corpus, caught = load_quietly(write(tmp_path / "ru.txt", russian, "cp1251"))
    assert corpus.text[0].startswith(russian.split()[0])
    assert corpus.encoding[0] != "cp1252"
    assert any(m.startswith("ru.txt") and "not UTF-8" in m for m in messages(caught))


@pytest.mark.parametrize("name, content", [("empty.txt", b""), ("bin.txt", b"\x00\x01\x02abc" * 10)])
def test_each_bad_file_raises_alone(tmp_path, name, content):
    write(tmp_path / name, content)
    with pytest.raises(CorpusError, match=name):
        load_corpus(tmp_path / name, on_error="raise")


def test_missing_source_and_unknown_type(tmp_path):
    with pytest.raises(CorpusError, match="no such"):
        load_corpus(tmp_path / "nothing_here")
    with pytest.raises(CorpusError, match="unknown source type"):
        load_corpus(write(tmp_path / "x.docx", b"PK"))


# ---------------------------------------------------------------------------------- metadata
def test_metadata_join_both_ways(tmp_path):
    docs = tmp_path / "docs"
    write(docs / "s1.txt", STORY)
    write(docs / "s2.txt", PLAIN)
    write(docs / "s3.txt", PLAIN + "Extra line.\n")
    meta = tmp_path / "meta.csv"
    pd.DataFrame({
        "doc_id": ["s1", "s2", "ghost"],
        "title": ["Headline from metadata", "", "Lost"],
        "outlet": ["", "Town Gazette", ""],
        "published": ["2023-03-16", "not a date at all", "2020-01-01"],
        "date_basis": ["inferred", "", ""],
        "region": ["north", "south", "east"],
    }).to_csv(meta, index=False)
    corpus, caught = load_quietly(docs, meta)
    msgs = messages(caught)
    assert any(m.startswith("meta.csv") and "ghost" not in m or "metadata row without a file" in m for m in msgs)
    assert any("metadata row without a file" in m and "meta.csv" in m for m in msgs)
    assert any(m.startswith("s3.txt") and "no metadata row" in m for m in msgs)
    assert any(m.startswith("s2.txt") and "unparseable date" in m and "not a date at all" in m for m in msgs)
    assert list(corpus.columns) == CONTRACT_COLUMNS + ["region"]
    s1, s2, s3 = (corpus.set_index("doc_id").loc[k] for k in ("s1", "s2", "s3"))
    # metadata wins where it has a value; the text fills the rest
    assert s1.title == "Headline from metadata"
    assert s1.outlet == "Associated Press" and s1.author == "Nadia Hassan"
    assert s1.published == pd.Timestamp("2023-03-16") and s1.date_basis == "inferred"
    assert s2.outlet == "Town Gazette" and pd.isna(s2.published) and s2.date_basis == "unknown"
    assert s1.region == "north" and pd.isna(s3.region)
    problems = corpus.attrs["problems"]
    assert "ghost" in problems.doc_id.tolist()
    assert "no metadata row" in problems.problem.tolist()


def test_metadata_date_without_basis_and_bad_basis(tmp_path):
    write(tmp_path / "docs" / "a.txt", PLAIN)
    write(tmp_path / "docs" / "b.txt", PLAIN)
    meta = write(tmp_path / "m.csv", "doc_id,published,date_basis\na,12 May 2019,\nb,2019-05-13,guessed\n")
    corpus, caught = load_quietly(tmp_path / "docs", meta)
    assert corpus.date_basis.tolist() == ["metadata", "metadata"]
    assert corpus.published.tolist() == [pd.Timestamp("2019-05-12"), pd.Timestamp("2019-05-13")]
    assert any("unknown date_basis" in m and m.startswith("b.txt") for m in messages(caught))


def test_metadata_without_doc_id_column_is_an_error(tmp_path):
    write(tmp_path / "docs" / "a.txt", PLAIN)
    meta = write(tmp_path / "m.csv", "name,title\na,T\n")
    with pytest.raises(CorpusError, match="m.csv"):
        load_corpus(tmp_path / "docs", meta)


def test_many_problems_are_summarized(tmp_path):
    for i in range(30):
        write(tmp_path / f"e{i:02d}.txt", b"")
    write(tmp_path / "ok.txt", PLAIN)
    corpus, caught = load_quietly(tmp_path)
    assert len(corpus) == 1
    assert len(corpus.attrs["problems"]) == 30
    assert len(caught) == 21 and "10 more" in messages(caught)[-1]


def test_problem_log_does_not_break_merges(tmp_path):
    write(tmp_path / "a.txt", PLAIN)
    write(tmp_path / "b.txt", b"")
    corpus, _ = load_quietly(tmp_path)
    assert isinstance(corpus.attrs["problems"], ProblemLog)
    left = corpus[["doc_id", "n_words"]]
    right = corpus[["doc_id", "title"]].copy()
    merged = left.merge(right, on="doc_id")
    assert len(merged) == 1
    assert len(pd.concat([corpus, corpus.copy()])) == 2


# ------------------------------------------------------------------------------------- smoke
def test_bundled_corpus_smoke():
    corpus, caught = load_quietly()
    assert caught == []
    assert len(corpus) == 5 and corpus.doc_id.is_unique
    assert corpus.published.notna().all()
    assert set(corpus.date_basis) <= {"stated", "inferred"}
    assert not corpus.source_path.str.startswith("/").any()
    for text in corpus.text:
        assert "Leave a Reply" not in text and "Advertisement" not in text
        assert "\u2019" not in text and "\u201c" not in text and "\u00b4" not in text
        assert "\n\n\n" not in text and text == text.strip()
    assert (corpus.n_words > 200).all()


def test_dates_without_a_year_are_not_completed_with_today(tmp_path):
    write(tmp_path / "docs" / "a.txt", PLAIN)
    write(tmp_path / "docs" / "b.txt", PLAIN)
    meta = write(tmp_path / "m.csv", "doc_id,published\na,yesterday\nb,March 15\n")
    corpus, caught = load_quietly(tmp_path / "docs", meta)
    assert corpus.published.isna().all() and (corpus.date_basis == "unknown").all()
    assert sum("unparseable date" in m for m in messages(caught)) == 2


def test_folder_with_html_pages(tmp_path):
    write(tmp_path / "a.txt", PLAIN)
    write(tmp_path / "pages" / "b.htm", HTML)
    with pytest.warns(CorpusWarning, match="pages/b.htm: file type not read"):
        assert load_corpus(tmp_path, suffixes=(".txt",)).doc_id.tolist() == ["a"]
    corpus = load_corpus(tmp_path)
    assert corpus.doc_id.tolist() == ["a", "b"]
    assert corpus.source_path.tolist() == ["a.txt", "pages/b.htm"]
    assert corpus.author[1] == "Lena Fischer"


def test_empty_sources_give_an_empty_corpus_and_a_warning(tmp_path):
    (tmp_path / "nothing").mkdir()
    corpus, caught = load_quietly(tmp_path / "nothing")
    assert corpus.empty and list(corpus.columns) == CONTRACT_COLUMNS
    assert any("no files found" in m for m in messages(caught))
    path = write(tmp_path / "header_only.csv", "doc_id,text\n")
    corpus, caught = load_quietly(path)
    assert corpus.empty and any(m.startswith("header_only.csv") for m in messages(caught))


def test_a_table_from_another_tool_loads_with_its_own_column_names(tmp_path):
    # an export with "id", "headline", "body", "date", "publication": read without renaming,
    # and every column choice is logged
    path = tmp_path / "export.csv"
    pd.DataFrame({"id": ["n1", "n2"], "headline": ["Port strike ends", "Rates held"],
                  "body": [STORY, PLAIN], "date": ["2021-03-04", "2021-03-05"],
                  "publication": ["Harbour Gazette", "Harbour Gazette"]}).to_csv(path, index=False)
    with pytest.warns(CorpusWarning) as caught:
        corpus = load_corpus(path)
    assert corpus["doc_id"].tolist() == ["n1", "n2"]
    assert corpus["title"].tolist() == ["Port strike ends", "Rates held"]
    assert corpus["outlet"].tolist() == ["Harbour Gazette"] * 2
    assert corpus["published"].dt.strftime("%Y-%m-%d").tolist() == ["2021-03-04", "2021-03-05"]
    assert corpus["date_basis"].tolist() == ["metadata"] * 2
    assert corpus["text"].str.len().gt(0).all()
    said = " ".join(str(w.message) for w in caught)
    for col in ("'body'", "'id'", "'headline'", "'date'", "'publication'"):
        assert col in said
    assert len(corpus.attrs["problems"]) == 5
    # strict mode does not guess
    with pytest.raises(CorpusError, match="no 'text' column"):
        load_corpus(path, on_error="raise")
    # a name the caller gives is taken as given, with no guessing around it
    quiet = load_corpus(path, text_column="body", id_column="id", title_column="headline",
                        outlet_column="publication", date_column="date", author_column="author",
                        on_error="ignore")
    assert quiet["title"].tolist() == ["Port strike ends", "Rates held"]


def test_nested_values_from_news_apis_become_text(tmp_path):
    # NewsAPI-style "source": {"id": ..., "name": ...} gives the outlet's name; a list of
    # authors (JSON or Parquet) is joined; "Text"/"Title" in other capitals are found
    path = tmp_path / "api.jsonl"
    path.write_text(json.dumps({"doc_id": "a1", "text": STORY, "source": {"id": "x", "name": "Wire"},
                                "authors": ["Ana Costa", "Tom Varga"]}) + "\n")
    corpus = load_corpus(path, on_error="ignore")
    assert corpus.loc[0, "outlet"] == "Wire"
    assert corpus.loc[0, "author"] == "Ana Costa; Tom Varga"
    pq = tmp_path / "lists.parquet"
    pd.DataFrame({"Text": [STORY, PLAIN], "Title": ["One", "Two"],
                  "authors": [["Ana Costa", "Tom Varga"], []]}).to_parquet(pq)
    corpus = load_corpus(pq, on_error="ignore")
    assert corpus["title"].tolist() == ["One", "Two"]
    assert corpus.loc[0, "author"] == "Ana Costa; Tom Varga"
    assert corpus["text"].str.len().gt(0).all()


def test_parquet_with_typed_dates_under_another_column_name(tmp_path):
    path = tmp_path / "typed.parquet"
    pd.DataFrame({"article_id": ["p1", "p2"], "content": [STORY, PLAIN],
                  "pub_date": [pd.Timestamp("2020-07-01 08:00", tz="UTC"), pd.Timestamp("2020-07-02")
                               .tz_localize("UTC")]}).to_parquet(path)
    corpus = load_corpus(path, on_error="ignore")
    assert corpus["doc_id"].tolist() == ["p1", "p2"]
    assert corpus["published"].dt.strftime("%Y-%m-%d").tolist() == ["2020-07-01", "2020-07-02"]
    assert corpus["date_basis"].tolist() == ["metadata"] * 2


# ------------------------------------------------- the loader's promise: nothing lost silently
def problems_of(corpus):
    return corpus.attrs["problems"]


def named(corpus, source_path, problem):
    p = problems_of(corpus)
    return bool(((p.source_path == source_path) & (p.problem == problem)).any())


def test_ragged_csv_rows_are_skipped_and_named_with_their_line(tmp_path):
    path = write(tmp_path / "export.csv", (
        "doc_id,title,text\n"
        "a,First,The council met on Monday to discuss the budget.\n"
        "b,Second,The vote was split, nine to four, after hours.\n"   # unquoted comma: 4 fields
        "c,Third,A quiet week ended with rain in the city.,\n"        # a trailing comma only
        "d,Fourth\n"                                                  # too few fields
        '"e","Fifth","Quoted text\nover two lines, with a comma."\n'
        "f,Sixth,The last row still loads after the bad ones.\n"
    ))
    corpus, caught = load_quietly(path)
    assert corpus.doc_id.tolist() == ["a", "c", "f", "e"] or corpus.doc_id.tolist() == ["a", "c", "e", "f"]
    assert named(corpus, "export.csv:3", "ragged CSV row")
    assert named(corpus, "export.csv:5", "short CSV row") and named(corpus, "export.csv:5", "empty text")
    assert any(m.startswith("export.csv:3 (doc_id 'b'): ragged CSV row (5 fields, the header has 3)")
               for m in messages(caught))
    assert dict(zip(corpus.doc_id, corpus.source_path))["f"] == "export.csv:8"


def test_compressed_files_are_read(tmp_path):
    import bz2, gzip, lzma, zipfile

    folder = tmp_path / "corpus"
    write(folder / "plain.txt", PLAIN)
    write(folder / "gz_story.txt.gz", gzip.compress(PLAIN.replace("city", "town").encode()))
    write(folder / "bz_story.txt.bz2", bz2.compress(PLAIN.replace("city", "village").encode()))
    write(folder / "xz_story.txt.xz", lzma.compress(PLAIN.replace("city", "county").encode()))
    with zipfile.ZipFile(folder / "bundle.zip", "w") as zf:
        zf.writestr("inside/zipped.txt", PLAIN.replace("city", "region"))
        zf.writestr("inside/picture.jpg", b"\xff\xd8\xff\xe0")
    write(folder / "broken.txt.gz", b"\x1f\x8b\x08\x00not really gzip")
    corpus, caught = load_quietly(folder)
    assert sorted(corpus.doc_id) == ["bz_story", "gz_story", "plain", "xz_story", "zipped"]
    assert dict(zip(corpus.doc_id, corpus.source_path))["zipped"] == "bundle.zip/inside/zipped.txt"
    assert "village" in dict(zip(corpus.doc_id, corpus.text))["bz_story"]
    assert named(corpus, "broken.txt.gz", "corrupt compressed file")
    assert named(corpus, "bundle.zip/inside/picture.jpg", "file type not read")
    # a compressed table given as the source
    rows = [{"doc_id": "r1", "text": PLAIN}, {"doc_id": "r2", "text": STORY}]
    jl = tmp_path / "export.jsonl.gz"
    jl.write_bytes(gzip.compress("\n".join(json.dumps(r) for r in rows).encode()))
    assert load_corpus(jl).doc_id.tolist() == ["r1", "r2"]
    csv_gz = tmp_path / "export.csv.gz"
    csv_gz.write_bytes(gzip.compress(pd.DataFrame(rows).to_csv(index=False).encode()))
    assert load_corpus(csv_gz).doc_id.tolist() == ["r1", "r2"]
    single = tmp_path / "one.txt.gz"
    single.write_bytes(gzip.compress(PLAIN.encode()))
    assert load_corpus(single).doc_id.tolist() == ["one"]


def test_symlink_loops_dangling_links_and_pipes_are_named(tmp_path):
    import os

    folder = tmp_path / "corpus"
    write(folder / "sub" / "good.txt", PLAIN)
    os.symlink(folder, folder / "sub" / "back_up")           # a folder link back to its parent
    os.symlink(folder / "self", folder / "self")             # a link to itself
    os.symlink(folder / "gone.txt", folder / "dangling.txt")  # a link to nothing
    os.mkfifo(folder / "pipe.txt")                           # reading it would block forever
    corpus, caught = load_quietly(folder)
    assert corpus.doc_id.tolist() == ["good"]
    assert named(corpus, "sub/back_up", "symlink loop")
    assert named(corpus, "self", "symlink loop")
    assert named(corpus, "dangling.txt", "dangling symlink")
    assert named(corpus, "pipe.txt", "not a regular file")
    assert len(caught) == 4


def test_nul_and_control_characters_are_removed_not_the_document(tmp_path):
    early = "The council\x00 met on Monday.\n\nThe vote was nine to four.\n"
    late = PLAIN + ("More of the story follows here. " * 400) + "\x00\x1b[0m tail sentence ends it.\n"
    write(tmp_path / "early.txt", early)
    write(tmp_path / "late.txt", late)
    write(tmp_path / "padded.txt", PLAIN.encode() + b"\x00" * 5000)
    write(tmp_path / "image.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40)
    corpus, caught = load_quietly(tmp_path)
    assert sorted(corpus.doc_id) == ["early", "late", "padded"]
    text = dict(zip(corpus.doc_id, corpus.text))
    raw = dict(zip(corpus.doc_id, corpus.raw_text))
    assert text["early"].startswith("The council met on Monday.")
    assert not any(ch in t for t in raw.values() for ch in "\x00\x1b")
    assert "tail sentence ends it." in text["late"]
    assert named(corpus, "early.txt", "control characters")
    assert named(corpus, "late.txt", "control characters")
    assert named(corpus, "padded.txt", "NUL padding at the end")
    assert named(corpus, "image.txt", "binary file")
    assert any(m.startswith("early.txt (doc_id 'early')") for m in messages(caught))


def test_text_values_that_are_not_strings_are_refused_and_named(tmp_path):
    rows = [{"id": "ok", "text": PLAIN}, {"id": "num", "text": 12345}, {"id": "list", "text": ["a", "b"]},
            {"id": "obj", "text": {"body": "x"}}, {"id": "flag", "text": True}, {"id": "none", "text": None}]
    path = write(tmp_path / "api.jsonl", "\n".join(json.dumps(r) for r in rows))
    corpus, caught = load_quietly(path)
    assert corpus.doc_id.tolist() == ["ok"]
    p = problems_of(corpus)
    assert sorted(p[p.problem == "text is not a string"].doc_id) == ["flag", "list", "num", "obj"]
    assert p[p.doc_id == "none"].problem.tolist() == ["empty text"]
    assert any("api.jsonl:2 (doc_id 'num'): text is not a string (int: 12345)" in m for m in messages(caught))


def test_deep_html_is_read_whole_and_named(tmp_path):
    words = " ".join(f"word{i}" for i in range(300))
    deep = ("<html><head><title>A page nested too deep</title></head><body>" + "<div>" * 3000
            + f"<p>The story starts here. {words} and it ends here.</p>" + "</div>" * 3000 + "</body></html>")
    corpus, caught = load_quietly(write(tmp_path / "deep.html", deep))
    assert len(corpus) == 1
    assert "word299 and it ends here." in corpus.text[0]
    assert named(corpus, "deep.html", "HTML nested too deep for the HTML parser")
    # moderately deep pages (deeper than libxml2's default 256) go through trafilatura whole
    mid = deep.replace("<div>" * 3000, "<div>" * 400).replace("</div>" * 3000, "</div>" * 400)
    corpus, caught = load_quietly(write(tmp_path / "mid.html", mid))
    assert "word299" in corpus.text[0] and problems_of(corpus).empty


def test_size_and_time_budgets_stop_a_pathological_document(tmp_path, monkeypatch):
    import time

    write(tmp_path / "big.txt", PLAIN * 200)
    write(tmp_path / "small.txt", PLAIN)
    corpus, caught = load_quietly(tmp_path, max_bytes=5_000)
    assert corpus.doc_id.tolist() == ["small"]
    assert named(corpus, "big.txt", "file too large")
    assert any("max_bytes=5,000" in m for m in messages(caught))
    assert len(load_corpus(tmp_path, max_bytes=None)) == 2

    import analysis.corpus.loading as loading

    real = loading.classify_document

    def slow(raw, title=None, **options):
        if len(raw) > 5_000:
            time.sleep(5)
        return real(raw, title=title, **options)

    monkeypatch.setattr(loading, "classify_document", slow)
    start = time.perf_counter()
    corpus, caught = load_quietly(tmp_path, max_seconds=0.3)
    assert time.perf_counter() - start < 4
    assert corpus.doc_id.tolist() == ["small"]
    assert named(corpus, "big.txt", "time budget exceeded")


def test_dates_out_of_range_are_called_so_and_name_file_and_doc(tmp_path):
    meta = write(tmp_path / "meta.csv", "doc_id,published\nold,1600-05-01\nfuture,3000-01-01\n"
                                         "vague,next Tuesday\nfine,2021-04-03\nlost,2020-01-01\n")
    folder = tmp_path / "docs"
    for name in ("old", "future", "vague", "fine"):
        write(folder / f"{name}.txt", PLAIN)
    corpus, caught = load_quietly(folder, meta)
    p = problems_of(corpus)
    assert p[p.doc_id == "old"].problem.tolist() == ["date out of range"]
    assert p[p.doc_id == "future"].problem.tolist() == ["date out of range"]
    assert p[p.doc_id == "vague"].problem.tolist() == ["unparseable date"]
    assert corpus.set_index("doc_id").published["fine"] == pd.Timestamp("2021-04-03")
    msgs = messages(caught)
    assert any(m.startswith("old.txt (doc_id 'old'): date out of range ('1600-05-01'") for m in msgs)
    assert any(m.startswith("meta.csv (doc_id 'lost'): metadata row without a file") for m in msgs)


def test_json_array_json_lines_and_wrapped_records(tmp_path):
    rows = [{"id": "j1", "text": PLAIN}, {"id": "j2", "text": STORY}]
    as_array = write(tmp_path / "array.json", json.dumps(rows, indent=2))
    as_lines = write(tmp_path / "lines.json", "\n".join(json.dumps(r) for r in rows))
    wrapped = write(tmp_path / "wrapped.json", json.dumps({"status": "ok", "articles": rows}))
    nd = write(tmp_path / "feed.ndjson", "\n".join(json.dumps(r) for r in rows))
    for path in (as_array, as_lines, wrapped, nd):
        corpus, _ = load_quietly(path)
        assert corpus.doc_id.tolist() == ["j1", "j2"], path.name
    corpus, _ = load_quietly(wrapped)
    assert named(corpus, "wrapped.json", "JSON object holding a list of records")
    corpus, _ = load_quietly(write(tmp_path / "mixed.json", json.dumps([rows[0], 7, "x"])))
    assert corpus.doc_id.tolist() == ["j1"]
    assert named(corpus, "mixed.json:[2]", "JSON array item is not an object")


def test_utf16_without_a_byte_order_mark(tmp_path):
    corpus, caught = load_quietly(write(tmp_path / "u16.txt", PLAIN.encode("utf-16-le")))
    assert corpus.text[0].startswith("The city council approved")
    assert named(corpus, "u16.txt", "UTF-16 without byte-order mark")


# ------------------------------------------------------------------------------------ language
GERMAN = ("Der Stadtrat hat am Montag nach einer langen Debatte den neuen Haushalt beschlossen. "
          "Die Opposition kritisierte die geplanten Kürzungen bei den Bibliotheken.\n")
FRENCH = ("Le conseil municipal a adopté lundi soir le nouveau budget après un long débat. "
          "L'opposition a critiqué les coupes prévues dans les bibliothèques.\n")


def test_language_column_flags_documents_that_are_not_english(tmp_path):
    write(tmp_path / "en.txt", PLAIN)
    write(tmp_path / "en2.txt", STORY)
    write(tmp_path / "en3.txt", PLAIN.replace("city", "town"))
    write(tmp_path / "de.txt", GERMAN)
    write(tmp_path / "fr.txt", FRENCH)
    write(tmp_path / "short.txt", "Talks resume\n")
    corpus, caught = load_quietly(tmp_path)
    lang = dict(zip(corpus.doc_id, corpus.language))
    assert lang["en"] == "en" and lang["de"] == "de" and lang["fr"] == "fr"
    assert pd.isna(lang["short"])           # too short to tell: left empty, not guessed
    assert len(corpus) == 6                 # nothing dropped
    p = problems_of(corpus)
    assert sorted(p[p.problem == "not English"].doc_id) == ["de", "fr"]
    assert any(m.startswith("de.txt (doc_id 'de'): not English") for m in messages(caught))
    assert corpus.attrs["languages"] == {"en": 3, "de": 1, "fr": 1, "unknown": 1}
    assert "corpus not in English" not in set(p.problem)


def test_a_corpus_that_is_not_english_gets_one_clear_warning(tmp_path):
    for k in range(3):
        write(tmp_path / f"de{k}.txt", GERMAN)
    write(tmp_path / "en.txt", PLAIN)
    corpus, caught = load_quietly(tmp_path)
    assert (corpus.language == "de").sum() == 3
    corpus_wide = [m for m in messages(caught) if "corpus not in English" in m]
    assert len(corpus_wide) == 1 and "English-only" in corpus_wide[0] and "de 3" in corpus_wide[0]
    off = load_corpus(tmp_path, detect_language=False, on_error="ignore")
    assert off.language.isna().all() and "not English" not in set(off.attrs["problems"].problem)


def test_more_awkward_inputs_are_read_or_named(tmp_path):
    import os

    # a CSV field larger than the csv module's default limit (128 KB) is read
    big = "The committee met again. " * 8000
    path = write(tmp_path / "big.csv", pd.DataFrame({"doc_id": ["b"], "text": [big]}).to_csv(index=False))
    assert load_corpus(path).n_words[0] == len(big.split())
    # a damaged zip archive and an unreadable Parquet file are named
    folder = tmp_path / "f"
    write(folder / "ok.txt", PLAIN)
    write(folder / "broken.zip", b"PK\x03\x04 this is not really a zip archive")
    corpus, _ = load_quietly(folder)
    assert corpus.doc_id.tolist() == ["ok"] and named(corpus, "broken.zip", "corrupt zip archive")
    # a second link to a folder already read is named, its files are not read twice
    write(tmp_path / "g" / "sub" / "x.txt", PLAIN)
    os.symlink(tmp_path / "g" / "sub", tmp_path / "g" / "z_alias")
    corpus, _ = load_quietly(tmp_path / "g")
    assert corpus.source_path.tolist() == ["sub/x.txt"] and named(corpus, "z_alias", "folder already read")
    corpus, _ = load_quietly(write(tmp_path / "bad.parquet", b"PAR1 not parquet at all"))
    assert corpus.empty and named(corpus, "bad.parquet", "unreadable Parquet file")
    # ids that are objects, texts over the budget, YYYYMMDD dates
    rows = [{"doc_id": ["x"], "text": PLAIN, "published": "20030219"},
            {"doc_id": "long", "text": PLAIN * 50, "published": "2003-02-20"}]
    corpus, _ = load_quietly(write(tmp_path / "rows.jsonl", "\n".join(json.dumps(r) for r in rows)),
                             max_bytes=2_000)
    assert corpus.doc_id.tolist() == ["rows_00001"]
    assert corpus.published[0] == pd.Timestamp("2003-02-19")
    assert named(corpus, "rows.jsonl:1", "doc_id is not a string or number")
    assert named(corpus, "rows.jsonl:2", "text too large")
