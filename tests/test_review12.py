"""Defects found by reading round 12's change (invented inputs only)."""
from __future__ import annotations

import numpy as np
import pandas as pd

import analysis
from analysis.actors.mentions import without_self_references
from analysis.corpus.html_metadata import author_outlets
from analysis.report.run import _parser


def test_a_stray_pair_of_apostrophes_does_not_lose_a_single_mark_documents_quotes():
    quoted = "The minister said: 'We will not back down on this policy at all.' She added that talks would go on."
    docs = pd.DataFrame({"doc_id": ["a", "b"],
                         "text": [quoted, quoted + "\n\nCritics called the plan 'reckless''."]})
    q = analysis.extract_quotes(docs)
    assert q.groupby("doc_id").size().to_dict() == {"a": 1, "b": 1}


def test_two_apostrophes_closing_a_double_mark_quote_still_close_it():
    docs = pd.DataFrame({"doc_id": ["c"], "text": ['"It is better now than it was last week,\'\' Goydos said.']})
    q = analysis.extract_quotes(docs)
    assert q["quote"].tolist() == ["It is better now than it was last week"] and q["speaker"].tolist() == ["Goydos"]


def test_a_self_reference_without_an_actor_name_keeps_a_readable_note():
    m = pd.DataFrame({"doc_id": ["a", "b"], "actor": ["BBC", np.nan], "self_reference": [np.nan, True]})
    kept, note = without_self_references(m)
    assert kept["doc_id"].tolist() == ["a"] and note.startswith("(no actor name): 1 mention")


def test_wire_staff_credits_in_an_author_field_are_outlets():
    for author, outlet in [("Reuters Staff", "Reuters"), ("AFP Staff", "Agence France-Presse"), ("CNN Wire", "CNN")]:
        name, outlets = author_outlets(author)
        assert name is None and outlets and outlets[0][1] == outlet


def test_no_keep_tables_overrides_a_config():
    assert _parser().parse_args(["report", "--no-keep-tables"]).keep_tables is False
    assert _parser().parse_args(["report", "--keep-tables"]).keep_tables is True
    assert _parser().parse_args(["report"]).keep_tables is None
