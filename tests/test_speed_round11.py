"""Round 11 speed-ups give the same answers as the code they replace (docs/speed-round11.md)."""
import random

from analysis.text import segment as S


def _random_strings(k, alphabet, seed, longest=30):
    rng = random.Random(seed)
    return ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, longest))) for _ in range(k)]


GLUED_CASES = ['ab."Cd', "ab.Cd", 'ab!"Cd', 'a."Cd', 'ab."cd', 'xy?"Ab"Cd', "today.They", 'said."This',
               "U.S.Army", "ab.C", "ab.CD", 'ab"Cd', "ab.\"\"Cd", "ab?!Cd", "", ".", "ab.", "Mr.Smith"]


def test_glued_cuts_equal_the_look_behind_pattern():
    texts = GLUED_CASES + _random_strings(20_000, 'ab."!?AB cZ\n“x', seed=11)
    for t in texts:
        assert S._glued_cuts(t) == [m.start() for m in S._GLUED.finditer(t)], t
    assert S._glued_cuts('he left."They came.Now') == [8, 9, 19]


def test_punkt_spans_equal_punkt_without_terminal_marks():
    texts = ["", " ", "a", "  Ann Lowe  \n", "x\t", "Sales 7,9 mln vs 6,8 mln\n", "a;b:c,d - e\u00a0",
             "Mr Smith , Jr ( U S ) \u2026", "\u3002Chinese full stop\u3002"]
    texts += _random_strings(5_000, "ab AB\n\t,;:'\"()-\u00a0\u2026x", seed=12, longest=40)
    texts += _random_strings(2_000, "ab AB\n.!?", seed=13)      # with marks: Punkt itself
    for t in texts:
        assert list(S._punkt_spans(t)) == list(S._tokenizer().span_tokenize(t)), repr(t)


def test_norm_memo_equals_norm_and_stays_bounded():
    from analysis.actors import mentions as M

    memo = M._NormMemo()
    words = ["Blair's", "O’Neil", "Émile", "U.S.", "ß", "İstanbul", "Zoë", "x", "NASA"]
    assert [memo[w] for w in words] == [M._norm(w) for w in words]
    assert [memo[w] for w in words] == [M._norm(w) for w in words]    # answered from the memo
    for k in range(200_010):
        memo[f"w{k}"]
    assert len(memo) <= 200_000 and memo["Émile"] == "emile"


class _Everything:
    def __contains__(self, word):
        return True


def test_cued_organisations_and_bare_bodies_visit_only_cue_words(monkeypatch):
    """The loops over cue words find what the loops over every word found."""
    import analysis
    from analysis.actors import mentions as M

    texts = ["Investment firm Centerview Partners advised US firm Parker, and Parker Meggitt said so.",
             "A spokesperson for Hobbycraft said the JCB boss and the Sports Direct founder met.",
             "The Acme chief executive and farmers' union NFU Cymru spoke. Acme Foods agreed.",
             "a spokesman for Johnson after Boris Johnson; Scotland boss Steve Clarke; the firm's Ann Lowe",
             "Parliament voted. A Member of Parliament, Parliament Square and the Welsh Parliament; "
             "Anglesey council and Kent county council met; a Cornish council; every Devon council"]
    texts += analysis.load_corpus()["text"].tolist()
    d = M._as_dictionary(None).with_countries()

    def run():
        return [M._find(t, d, organisations=True, all_demonyms=True, pending=[]) for t in texts]

    fast = run()
    monkeypatch.setattr(M, "_ORG_CUE_WORDS", _Everything())
    monkeypatch.setattr(M, "_BARE_BODY_WORDS", _Everything())
    assert run() == fast
    assert any(r["actor"] == "Centerview Partners" for r in fast[0])
    assert {"Parliament", "Anglesey Council", "Kent County Council"} <= {r["actor"] for r in fast[4]}


def test_tokens_caps_are_the_capitalised_words():
    from analysis.actors import mentions as M

    for t in ["", "a", "A", "the U.S. and Ann's IBM 3 x", "Émile zola São Paulo's 12 Δelta"] \
            + _random_strings(2_000, "aA É.'’- 1\n", seed=14):
        tk = M._Tokens(t)
        assert tk.caps == [i for i in range(tk.n) if tk.cap[i]], t


def test_initial_openers_are_the_dotted_words_and_single_capitals():
    """_find's initials loop starts from words with a stop and single capitals; a word of the
    token pattern has a stop only as a dotted acronym, with the stop second."""
    from analysis.actors import mentions as M

    for t in ["J. K. Rowling", "W.B. Yeats and a.m. U.S. A Smith", "x.y", "A.B.C.D.E. F.-G. O'N.",
              "Ann's U.S.'s J.'s"] + _random_strings(3_000, "aAbB.'’- 1\n", seed=15):
        tk = M._Tokens(t)
        assert [i for i, r in enumerate(tk.raw) if "." in r] == [i for i, r in enumerate(tk.raw) if r[1:2] == "."], t
