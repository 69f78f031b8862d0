"""Round-14 findings from reading whole reports on corpora of other shapes (10kGNAD German,
ABC headlines, Reuters-21578), each on invented data."""
import warnings

import pandas as pd
import pytest

from analysis.corpus.loading import CorpusError, load_corpus


def _load(path, **kw):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return load_corpus(path, **kw)


def _problems(corpus):
    return pd.DataFrame(corpus.attrs.get("problems", []))


@pytest.mark.parametrize("name", ["headline_text", "ArticleText", "Story Text", "news_body"])
def test_a_table_whose_one_text_column_has_a_compound_name_loads(tmp_path, name):
    # the ABC "million news headlines" export has the columns publish_date,headline_text: the
    # report stopped with "no text column 'text'" although the table has one text column
    path = tmp_path / "headlines.csv"
    pd.DataFrame({"publish_date": ["20030219", "20030220"],
                  name: ["council backs new bridge plan", "rain closes harbour for a week"]}
                 ).to_csv(path, index=False)
    c = _load(path)
    assert list(c["text"]) == ["council backs new bridge plan", "rain closes harbour for a week"]
    said = _problems(c)
    assert said["action"].str.contains(f"text read from column '{name}'").any()


def test_two_columns_named_as_text_are_not_guessed_between(tmp_path):
    # guard: two candidate columns (a summary text and a body text) -> no guess, the clear error
    path = tmp_path / "two.csv"
    pd.DataFrame({"summary_text": ["a short summary of it"], "body_text": ["the body of the story"],
                  "n_text": [3]}).to_csv(path, index=False)
    with pytest.raises(CorpusError, match="no text column"):
        _load(path)


def test_a_numeric_column_with_text_in_its_name_is_not_the_text(tmp_path):
    # guard: 'text_length' holds numbers; the only string column is not named as text
    path = tmp_path / "num.csv"
    pd.DataFrame({"headline": ["council backs new bridge plan"], "text_length": [29]}
                 ).to_csv(path, index=False)
    with pytest.raises(CorpusError, match="no text column"):
        _load(path)
