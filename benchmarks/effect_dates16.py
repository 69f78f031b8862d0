"""What round 16's date changes (helper dates4) do on unlabelled news: old vs new expressions.

Usage: python benchmarks/effect_dates16.py OLD_CHECKOUT OUT.tsv

The texts and the comparison of ``effect_dates15.py`` (the first 3,000 Reuters-21578 stories less
the 40 of ``draw_timex_newswire.py``, the L3S-GN1 bodies with anchor 2008-06-01, the 1,420
MasakhaNEWS articles with anchor 2022-06-01), less the 30 pages that ``draw_timex_web.py`` draws
(the labelled web-news set of this round). ``OLD_CHECKOUT`` is a checkout of the code before the
round (``git archive 7448d81 | tar -x -C /tmp/old``). Writes every expression that differs (span,
value or kind) with its context and prints the counts per corpus.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import effect_dates15  # noqa: E402
from draw_timex_web import draw  # noqa: E402

if __name__ == "__main__":
    drawn = {"l3s-" + p for _, p in draw(effect_dates15.CORPORA / "l3s_gn1_html")}
    corpus = effect_dates15.corpora()
    effect_dates15.compare(sys.argv[1], sys.argv[2], corpus[~corpus["doc_id"].isin(drawn)].reset_index(drop=True))
