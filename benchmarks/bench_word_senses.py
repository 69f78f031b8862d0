"""Do the non-judging senses of VADER words (analysis/lexicons/lexicon_word_senses.csv: "free
kick", "as well", "like" as a preposition) carry tone for people?

Round 15 (docs/reader15-round15.md). Since round 15 ``lexicon_words`` / ``sentiment_drivers``
leave these occurrences out of the tone drivers. This measures whether people's ratings agree:
VADER (the original, ``method="vader"``) is scored on each human-rated set as is, and again with
every occurrence the senses file marks as non-judging replaced by a word VADER does not know
(so it gets valence 0 and the rest of VADER's rules see a neutral word). Pearson with the human
rating before -> after, and how many sentences hold such an occurrence. Sets: the three VADER
sets and NewsMTSC train (targets agree). NewsMTSC devtest_mt is NOT read (held out).

Usage::

    python benchmarks/bench_word_senses.py
"""
from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _sentiment_data import newsmtsc_sentences, vader_sets  # noqa: E402


def neutralised(text: str, only: str | None = None) -> tuple[str, int]:
    """text with the non-judging occurrences (of the word *only*, if given) replaced by "zzz",
    and how many were replaced."""
    from analysis.sentiment.scores import _judging_sense, _lexicon_word_senses, _vader_tokens

    senses = _lexicon_word_senses()
    toks = _vader_tokens(text)
    cut = []
    for k, (start, w) in enumerate(toks):
        if w in senses and (only is None or w == only) and not _judging_sense(senses[w], toks[k - 1][1] if k else "",
                                              toks[k + 1][1] if k + 1 < len(toks) else ""):
            cut.append((start, start + len(w)))
    for a, b in reversed(cut):
        text = text[:a] + "zzz" + text[b:]
    return text, len(cut)


def main(argv=None) -> int:
    from scipy.stats import pearsonr

    from analysis.sentiment.scores import _lexicon_word_senses, sentiment_scores

    sets = {"NewsMTSC train (targets agree)": newsmtsc_sentences("train")}
    sets.update(vader_sets())
    words = [None] + sorted(_lexicon_word_senses())
    print("set | word | n | sentences changed | Pearson before | after | Pearson on the changed sentences before | after")
    for name, df in sets.items():
        texts = df["text"].astype(str).tolist()
        before = sentiment_scores(texts, method="vader")["compound"].to_numpy()
        human = df["human"].to_numpy()
        for word in words:
            pairs = [neutralised(t, word) for t in texts]
            changed = [i for i, (_, n) in enumerate(pairs) if n]
            after = sentiment_scores([p[0] for p in pairs], method="vader")["compound"].to_numpy()
            sub = (f"{pearsonr(before[changed], human[changed])[0]:.3f} | "
                   f"{pearsonr(after[changed], human[changed])[0]:.3f}" if len(changed) > 2 else "- | -")
            print(f"{name} | {word or 'all'} | {len(df):,} | {len(changed):,} | {pearsonr(before, human)[0]:.4f} | "
                  f"{pearsonr(after, human)[0]:.4f} | {sub}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
