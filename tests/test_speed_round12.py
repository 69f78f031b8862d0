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


# ---- segmentation: Punkt with its patterns compiled by re -----------------------------------

def _stock_punkt():
    from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

    from analysis.text import segment as S

    params = PunktParameters()
    params.abbrev_types = set(S.NEWS_ABBREVIATIONS)
    return PunktSentenceTokenizer(params)


PUNKT_CASES = [
    "", " ", "Mr. Smith met U.S. officials on Jan. 6 today. They left.",
    'He said: "No." Then he left... "Fine," she said. (Really?) Yes!',
    "Sales rose 7.5 pct to 1.2 billion dlrs. Net was 3.4 mln vs 2.1 mln.\nShr 12 cts.",
    "The A. B. Smith Co. Inc. said it will buy J.R. Doe Ltd. -- a unit of X. -- for $5.",
    "\u00abOui.\u00bb Il est parti. \u2018Yes.\u2019 \u201cNo!\u201d she said. Es ist 5. Mai. \u00c9lan vital.",
    "Emph.--and so on. wait. i. e. no. 5. ...And then? \u201cOK\u201d. Ms. Lowe, 42.",
    "\u0627\u0644\u062e\u0628\u0631. \u041d\u043e\u0432\u043e\u0441\u0442\u0438. \u4e2d\u6587\u3002 End.",
]


def test_punkt_with_re_patterns_gives_the_stock_spans():
    import random

    from analysis.text import segment as S

    stock, ours = _stock_punkt(), S._tokenizer()
    assert type(ours._lang_vars.period_context_re()) is not type(stock._lang_vars.period_context_re())
    rng = random.Random(12)
    alphabet = list("aAbB xyZ.,;:!?'\"()-\n\t0123456789") + ["Mr.", "U.S.", "Jan.", "...", " -- ",
                                                               "\u201c", "\u201d", "\u2019", "\u00e9", "\u00ab"]
    texts = PUNKT_CASES + ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 80)))
                           for _ in range(4_000)]
    for t in texts:
        assert list(ours.span_tokenize(t)) == list(stock.span_tokenize(t)), repr(t)


def test_punkt_tokens_use_the_same_patterns():
    from nltk.tokenize.punkt import PunktLanguageVars, PunktToken

    from analysis.text import segment as S

    for name in ("_RE_ELLIPSIS", "_RE_NUMERIC", "_RE_INITIAL", "_RE_ALPHA"):
        assert getattr(S._PunktToken, name).pattern == getattr(PunktToken, name).pattern
    stock, ours = PunktLanguageVars(), S._PunktVars()
    assert ours.period_context_re().pattern == stock.period_context_re().pattern
    assert ours._word_tokenizer_re().pattern == stock._word_tokenizer_re().pattern
    assert ours.re_boundary_realignment.pattern == stock.re_boundary_realignment.pattern
    for tok in ["Mr.", "...", "12.5", "A.", "\u00e9t\u00e9", "--", "x1", "##number##"]:
        a, b = S._PunktToken(tok), PunktToken(tok)
        assert (a.type, bool(a.is_ellipsis), bool(a.is_initial), bool(a.is_alpha), bool(a.is_non_punct)) == \
            (b.type, bool(b.is_ellipsis), bool(b.is_initial), bool(b.is_alpha), bool(b.is_non_punct)), tok


def test_paragraphs_without_a_mark_are_not_paired(monkeypatch):
    calls = _counting(monkeypatch, "_pair_marks")
    singles = _counting(monkeypatch, "_pair_single_marks")
    out = _quotes(['Ana Ruiz spoke.\n\n"We are ready," she said.\n\nTalks resume on Monday.',
                   "No quotation here.\n\nNone here either.",
                   "Ann Lowe called it 'dreadfully slow' on Monday.\n\nShe left."])
    assert [c[0] for c in calls] == ['"We are ready," she said.']
    assert [c[0] for c in singles] == ["Ann Lowe called it 'dreadfully slow' on Monday."]
    assert out["quote"].tolist() == ["We are ready", "dreadfully slow"]


def test_the_pairing_of_a_paragraph_without_marks_is_empty():
    # what the gate in _doc_quotes assumes of the two functions
    for t in ["", "No marks at all; it's the ministers' plan.", "x" * 50]:
        assert X._pair_marks(t.replace("'", "")) == ([], 0)
        assert X._pair_single_marks(t.replace("'", "")) == ([], 0)
    assert X._pair_marks('a "b" c') == ([(2, 4)], 0)


# ---- actor mentions: sentence numbers without the sentences frame ---------------------------

def test_document_mentions_numbers_sentences_without_the_frame(monkeypatch):
    from analysis.actors import mentions as M
    from analysis.text import segment

    def no_frame(corpus):
        raise AssertionError("segment.sentences builds a frame document_mentions does not need")

    monkeypatch.setattr(segment, "sentences", no_frame)
    corpus = pd.DataFrame({"doc_id": ["a", "b", "a"],
                           "text": ["Mr. Xi came.\n\nAnn Lowe said so.It ended.", None, "Ann Lowe left. Tom Hale won."]})
    m, pending, words = M.document_mentions(corpus, M.load_actor_dictionary().with_countries())
    # the numbers segment.sentences' rows gave, also for a duplicated doc_id (read at the start)
    assert m[["doc_id", "sent_id", "start", "actor"]].values.tolist() == [
        ["a", 0, 4, "Xi Jinping"], ["a", 1, 14, "Ann Lowe"], ["a", 0, 0, "Ann Lowe"], ["a", 1, 15, "Tom Hale"]]


def test_document_mentions_still_checks_its_columns():
    from analysis.actors import mentions as M

    with pytest.raises(ValueError):
        M.document_mentions(pd.DataFrame({"doc_id": ["a"]}), M.load_actor_dictionary().with_countries())


def test_sets_by_equals_groupby_agg_set():
    from analysis.actors import mentions as M

    f = pd.DataFrame({"actor": ["Ann Lowe", "Tom Hale", "Ann Lowe", "Ann Lowe", "Tom Hale"],
                      "doc_id": ["b", "a", "a", "b", "c"], "role": ["minister", None, "minister", "mp", None]})
    for key, value in (("actor", "doc_id"), ("doc_id", "actor"), ("actor", "role")):
        assert M._sets_by(f, key, value) == f.groupby(key)[value].agg(set).to_dict()
    assert M._sets_by(f.iloc[:0], "actor", "doc_id") == {}


def test_name_runs_of_one_text_are_computed_once_and_cannot_be_changed():
    """The resolver asks for the name runs of the same document text once per name it expands
    (on BBC articles 694 scans for 200 documents, half of extract_quotes' time): cached, and a
    tuple, so no caller can change what the next one gets."""
    from analysis.quotes import extract as ex

    text = "Prime Minister Rishi Sunak met Ursula von der Leyen. P.J. Carlesimo said nothing."
    ex._name_runs_in.cache_clear()
    first = ex._name_runs_in(text)
    assert isinstance(first, tuple)
    assert (ex._name_runs_in(text) is first) and ex._name_runs_in.cache_info().hits == 1
    names = [" ".join(run) for _, run in first]
    assert "Rishi Sunak" in names and any(n.endswith("Carlesimo") for n in names)
