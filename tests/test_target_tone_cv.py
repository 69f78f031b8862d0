"""The grouped, stratified folds of benchmarks/cv_target_tone.py (round 16): the sentences of
one article, and copies of one sentence in two articles, never fall on both sides."""
import sys
from pathlib import Path

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

from cv_target_tone import article_groups, folds  # noqa: E402


def test_article_groups_join_articles_that_share_a_sentence():
    arts = ["a1", "a1", "a2", "a3", "a3", "a4"]
    sents = ["Lee won.", "Park lost.", "Park lost.", "Kim spoke.", "Lee won again.", "Other."]
    g = article_groups(arts, sents)
    assert g[0] == g[1] == g[2]          # a2 repeats a sentence of a1
    assert g[3] == g[4] and g[3] != g[0]
    assert g[5] not in (g[0], g[3])      # a false friend: an article sharing nothing stays apart


def test_folds_never_split_a_group_and_are_fixed():
    rng = np.random.RandomState(0)
    n = 300
    arts = [f"art{i // 3}" for i in range(n)]            # three targets per article
    sents = [f"sentence {i // 2}" for i in range(n)]      # some sentences span two articles
    d = pd.DataFrame({"label": rng.choice(["negative", "neutral", "positive"], n),
                      "group": article_groups(arts, sents)})
    f = folds(d, 3)
    assert set(f) == {0, 1, 2}
    assert d.assign(f=f).groupby("group")["f"].nunique().max() == 1
    assert (folds(d, 3) == f).all()
