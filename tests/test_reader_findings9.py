"""Round-9 reader findings: a researcher's own actor dictionary in replace mode (invented data)."""
import warnings

import pandas as pd
import pytest

import analysis
from analysis.actors.mentions import load_actor_dictionary


def _corpus():
    return pd.DataFrame({"doc_id": ["d1"], "text": [
        "Mara Quell of the Fenwick Union met officials in Paris. Quell said talks would go on."]})


def test_a_yaml_file_with_merge_false_replaces_the_default_dictionary(tmp_path):
    p = tmp_path / "mine.yml"
    p.write_text("merge: false\nactors:\n- {name: Fenwick Rail Union, type: organization, "
                 "aliases: [Fenwick Union]}\n", encoding="utf-8")
    d = load_actor_dictionary(p)
    assert len(d) == 1 and "Fenwick Rail Union" in d.actors
    # the path form used by the report's --actors option follows the file's setting too
    m = analysis.actor_mentions(_corpus(), dictionary=str(p))
    org = m[m.actor == "Fenwick Rail Union"]
    assert len(org) == 1 and org.actor_type.iloc[0] == "organization"
    assert "United States" not in set(load_actor_dictionary(p).actors)
    # an explicit argument still wins over the file
    assert len(load_actor_dictionary(p, merge=True)) > 1


def test_without_a_merge_key_the_file_is_merged_and_unknown_keys_are_said(tmp_path):
    p = tmp_path / "mine.yml"
    p.write_text("replace: true\nactors:\n- {name: Mara Quell, type: person}\n", encoding="utf-8")
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        d = load_actor_dictionary(p)
    assert len(d) > 1 and "Mara Quell" in d.actors
    assert any("replace" in str(x.message) and "ignored" in str(x.message) for x in w)
    bad = tmp_path / "bad.yml"
    bad.write_text("merge: no way\nactors: []\n", encoding="utf-8")
    with pytest.raises(ValueError, match="merge"):
        load_actor_dictionary(bad)


def test_a_compare_group_that_matches_nothing_says_what_would_match():
    from analysis.report import narrative
    c = pd.DataFrame({"doc_id": list("abcd"), "outlet": ["North Times", "South Post", "South Post", "North Times"],
                      "published": pd.to_datetime(["2020-01-01", "2020-06-01", "2021-01-01", "2021-06-01"])})
    typo = narrative.comparison(c, ["outlet=South Pst", "outlet=North Times"])
    assert "no comparison" in typo.note and "South Post" in typo.note and "North Times" in typo.note
    # the researcher's own column name, which the loader renamed to outlet (--outlet-column source)
    renamed = narrative.comparison(c, ["source=South Post", "source=North Times"])
    assert renamed.labels is None and "There is no column source" in renamed.note
    assert "--outlet-column" in renamed.note and "outlet" in renamed.note
    # the researcher's own metadata columns come first, before the loader's standard ones
    wide = c.assign(title="t", author="a", language="en", date_basis="metadata", text="x",
                    raw_text="x", n_words=1, encoding="utf-8", source_path="p", category="politics")
    note = narrative.comparison(wide, ["source=A", "source=B"]).note
    assert note.index("category") < note.index("outlet") and "raw" not in note
    periods = pd.Series(["before vote", "before vote", "after vote", "after vote"])
    named = narrative.comparison(c, ["before vot", "after vote"], period_names=periods)
    assert named.labels is None and "before vote" in named.note
    ok = narrative.comparison(c, ["outlet=South Post", "outlet=North Times"])
    assert ok.groups.tolist() == ["outlet=North Times", "outlet=South Post", "outlet=South Post", "outlet=North Times"]
    assert "no column" not in ok.note and "most common" not in ok.note


def test_a_group_of_one_document_is_one_document():
    from analysis.report import narrative
    c = pd.DataFrame({"doc_id": list("abc"), "outlet": ["A", "B", "C"],
                      "published": pd.to_datetime(["2020-01-01", "2021-01-01", "2022-01-01"])})
    note = narrative.comparison(c, ["outlet=A", "outlet=B"]).note
    assert "(1 document) with" in note and "(1 document)," in note
    assert "1 document is in neither group" in note and "documents)" not in note
