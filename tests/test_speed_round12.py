"""Round 12 speed-ups: extract_quotes skips work that cannot change its rows (docs/speed-round12.md)."""
import warnings

import pandas as pd
import pytest

from analysis.quotes import extract as X


def _quotes(texts, **kw):
    corpus = pd.DataFrame({"doc_id": [f"d{i}" for i in range(len(texts))], "text": texts})
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return X.extract_quotes(corpus, resolve_actors=False, **kw)


def _counting(monkeypatch, name):
    calls = []
    real = getattr(X, name)

    def counted(*a, **k):
        calls.append(a)
        return real(*a, **k)

    monkeypatch.setattr(X, name, counted)
    return calls


def test_a_document_without_a_quotation_finds_no_events(monkeypatch):
    calls = _counting(monkeypatch, "_events")
    out = _quotes(["Finance Minister Ana Ruiz said on Monday the budget would be cut.\n\n"
                   "She told reporters it's the ministers' plan, he said."], include_terms=True)
    assert out.empty and calls == []


def test_a_document_with_a_quotation_still_finds_its_events(monkeypatch):
    # guard: one quotation anywhere and every paragraph's events are found (for "she said")
    calls = _counting(monkeypatch, "_events")
    out = _quotes(["Finance Minister Ana Ruiz spoke on Monday.\n\n\"The budget will be cut,\" she said."])
    assert len(calls) == 2
    assert out[["quote", "speaker", "attribution"]].values.tolist() == [
        ["The budget will be cut", "Ana Ruiz", "after"]]


def test_unbalanced_marks_still_warned_without_a_quotation():
    # a stray closing mark pairs with nothing: no quotation, but the document is still reported
    corpus = pd.DataFrame({"doc_id": ["d1"], "text": ["The minister said it was over.\u201d Talks resume."]})
    with pytest.warns(UserWarning, match="unbalanced quotation marks in 1 document"):
        out = X.extract_quotes(corpus, resolve_actors=False)
    assert out.empty


STORY = ("\"We will cut the budget,\" Finance Minister Ana Ruiz said on Monday.\n\n"
         "Opposition leader Tom Hale said the cuts were unfair.\n\n"
         "He told parliament the plan would fail, analysts said.")


def test_events_after_the_last_linked_one_are_not_resolved(monkeypatch):
    seen = []
    real = X._Resolver.resolve

    def resolve(self, ev):
        seen.append(ev["cue"])
        return real(self, ev)

    monkeypatch.setattr(X._Resolver, "resolve", resolve)
    out = _quotes([STORY])
    assert seen == ["said"]    # Hale's, his and the analysts' reports wait
    assert out[["quote", "speaker", "attribution"]].values.tolist() == [
        ["We will cut the budget", "Ana Ruiz", "after"]]


def test_a_later_quotation_still_resolves_the_reports_before_it():
    # guard: "he" in the last paragraph needs Tom Hale, resolved from the paragraph before
    out = _quotes([STORY + "\n\n\"It is a disgrace,\" he said."])
    assert out[["quote", "speaker", "attribution"]].values.tolist() == [
        ["We will cut the budget", "Ana Ruiz", "after"], ["It is a disgrace", "Tom Hale", "after"]]
