"""The word tokens of analysis.actors.mentions (_Tokens) against the plain definition: one
regex match per word, possessives split off, neighbours joined by a space, a hyphen, or an
initial's stop (the tokens are built with faster calls than this reference; round 10)."""
import random
import re

from analysis.actors import mentions as M

TEXTS = [
    "", "A", "x", "Blair's", "Mr. J. K. Rowling's  book", "O´Brien’s  S.  ", "x's",
    "U.S.-Japan  trade\tpact —  - A .B", "Ann's\n\nBob", "U.Sa and U.S. and a.m. e.g.",
    "snake_case_word 12_000 __init__ _x_", "Émile Zola's café, São Paulo's Δelta ß", "it's IT'S Jones'S",
    "2,000 dlrs vs. 3.5 pct; Co. Inc. (NYSE) A.B.C.D.E. F.-G.", "a\u00a0b\u2009c\u200bd",
]


def _reference(text):
    """(start, end, bend, raw, norm, poss, cap, join, join_title) the plain way."""
    start, end, bend, raw, norm, poss, cap = ([] for _ in range(7))
    for m in M._TOKEN.finditer(text):
        w = m.group()
        p = len(w) > 2 and w[-1] in "sS" and w[-2] in M._APOS
        base = w[:-2] if p else w
        start.append(m.start()), end.append(m.end()), bend.append(m.start() + len(base))
        raw.append(base), norm.append(M._norm(base)), poss.append(p), cap.append(base[:1].isupper())
    n = len(raw)
    join, join_title = [False] * n, [False] * n
    for i in range(n - 1):
        gap = text[end[i]:start[i + 1]]
        if poss[i]:
            continue
        initial = len(raw[i]) == 1 and raw[i].isupper()
        join[i] = bool((M._JOIN_INITIAL if initial else M._JOIN).fullmatch(gap))
        join_title[i] = bool(M._JOIN_TITLE.fullmatch(gap))
    return start, end, bend, raw, norm, poss, cap, join, join_title


def _random_texts(k=300, seed=10):
    rng = random.Random(seed)
    pieces = ["Ann", "ann", "O'Neil", "Blair's", "U.S.", "U.S", "a.m.", "J.", "K", "-", " - ", "  ", " ", "\t",
              "\n", ".", ". ", ",", "’s", "´", "'", "_", "12", "3.5", "É", "ß", "Δ", "—", "(", ")", "\"", "Co."]
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 40))) for _ in range(k)]


def test_tokens_match_the_reference_definition():
    for text in TEXTS + _random_texts():
        tk = M._Tokens(text)
        got = (tk.start, tk.end, tk.bend, tk.raw, tk.norm, tk.poss, tk.cap, tk.join, tk.join_title)
        assert got == _reference(text), text
        assert tk.n == len(tk.raw)


def test_token_pattern_words_start_with_a_letter_or_digit():
    # _Tokens finds each word's offset with str.find after the previous word: exact only while
    # every word the pattern matches begins with a character where a match would begin
    assert not M._TOKEN.groups
    for text in TEXTS + _random_texts():
        for w in M._TOKEN.findall(text):
            assert re.match(r"[^\W_]", w), w


def test_key_prefixes_cover_every_key_and_follow_added_keys():
    d = M.ActorDictionary([{"name": "Ann Lowe", "type": "person"}])
    p = d._prefixes()
    assert all(k[:j] in p for k in d.index for j in range(1, len(k) + 1))
    assert "annlowe" in p and "annlowex" not in p
    d._put("Zed Quill", "name", "Ann Lowe")          # a key added later is seen
    assert "zedquill" in d._prefixes() and "zedq" in d._prefixes()
    found = M._find("Zed Quill spoke.", d)
    assert [r["actor"] for r in found] == ["Ann Lowe"]


def test_name_token_memo_answers_per_set_of_lower_case_words():
    tk = M._Tokens("Then Smith spoke to smith.")
    i = tk.raw.index("Smith")
    assert M._name_token(tk, i, {"smith"}) is False    # written in lower case too: no name word
    assert M._name_token(tk, i, set()) is True         # another set: not answered from the memo
    assert M._name_token.__wrapped__(tk, i, set()) is True
