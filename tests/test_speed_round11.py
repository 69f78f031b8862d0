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
