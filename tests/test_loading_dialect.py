"""CSV dialects a researcher's export may have: another separator, another quote character, no
header row. Every guess is named in the problems; a wrong guess can be overridden. Invented data."""
from __future__ import annotations

import warnings

import pytest

from analysis.corpus.loading import CorpusError, load_corpus

ART1 = ("Die Stadt Westmere schliesst den alten Faehrsteg, nachdem Ingenieure Risse in drei Pfeilern "
        "gefunden haben; der Buergermeister sagte, die Reparatur dauere, so heisst es, fast ein Jahr.")
ART2 = ("The harbour board said the pier, which opened in 1911, would reopen next spring; "
        "'we owe it to the ferry crews', the chair said, and the vote was 7 to 2.")


def _load(path, **kw):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return load_corpus(path, detect_language=False, **kw)


def _gnad_like(tmp_path):
    p = tmp_path / "test.csv"
    body = ART2.replace("'", "''")
    more = ("Kultur;'Ein Konzert am Hafen, mit Chor und Orchester, findet trotzdem statt.'\n"
            "Inland;'Die Faehre faehrt ab Montag wieder nach Plan.'\n")
    p.write_text(f"Wirtschaft;'{ART1}'\nSport;'{body}'\n" + more, encoding="utf-8")
    return p


def test_flags_read_a_semicolon_single_quote_headerless_file(tmp_path):
    c = _load(_gnad_like(tmp_path), delimiter=";", quotechar="'", header=False, text_column="column_2")
    assert len(c) == 4
    assert c["column_1"].tolist()[:2] == ["Wirtschaft", "Sport"]
    assert "Faehrsteg" in c["text"].iloc[0] and "'we owe it to the ferry crews'" in c["text"].iloc[1]
    assert "CSV dialect guessed" not in set(c.attrs["problems"]["problem"])


def test_column_names_name_the_columns_of_a_headerless_file(tmp_path):
    c = _load(_gnad_like(tmp_path), delimiter=";", quotechar="'", header=False,
              column_names=["category", "body"], text_column="body")
    assert c["category"].tolist()[:2] == ["Wirtschaft", "Sport"] and c["text"].str.len().min() > 40


def test_the_dialect_and_a_missing_header_are_guessed_and_noted(tmp_path):
    c = _load(_gnad_like(tmp_path))
    assert len(c) == 4 and "Faehrsteg" in c["text"].iloc[0]
    probs = c.attrs["problems"]
    notes = dict(zip(probs["problem"], probs["action"]))
    assert "';'" in notes["CSV dialect guessed"] and "\"'\"" in notes["CSV dialect guessed"]
    assert "column_1" in notes["header row looks like data"]
    assert "'column_2'" in notes["no header row"]


def test_an_ordinary_csv_is_read_as_before_with_no_guess(tmp_path):
    p = tmp_path / "plain.csv"
    p.write_text('doc_id,title,text\na1,Pier closes,"It\'s closed; the board, not the city, voted."\n'
                 'a2,Pier reopens,"Ferries run again, the board said."\n', encoding="utf-8")
    c = _load(p)
    assert c["doc_id"].tolist() == ["a1", "a2"] and c["title"].tolist() == ["Pier closes", "Pier reopens"]
    assert not {"CSV dialect guessed", "header row looks like data"} & set(c.attrs["problems"]["problem"])


def test_header_true_keeps_a_long_first_row_as_names_and_the_error_names_the_options(tmp_path):
    with pytest.raises(CorpusError) as err:
        _load(_gnad_like(tmp_path), delimiter=";", quotechar="'", header=True)
    msg = str(err.value)
    assert "header=False" in msg and "--no-header" in msg and "--delimiter" in msg
    assert ART1 not in msg  # the whole article is not printed as a column name
    assert "\n" not in msg


def test_a_tsv_with_a_pipe_separator_and_bad_arguments(tmp_path):
    p = tmp_path / "x.tsv"
    p.write_text("id|text\nb1|First story, with a comma.\nb2|Second story.\n", encoding="utf-8")
    assert _load(p)["doc_id"].tolist() == ["b1", "b2"]
    assert _load(p, delimiter="|")["doc_id"].tolist() == ["b1", "b2"]
    with pytest.raises(CorpusError, match="one character"):
        _load(p, delimiter=";;")
    with pytest.raises(CorpusError, match="column_names gives 3 names"):
        _load(p, delimiter="|", column_names=["a", "b", "c"])
