"""Would a small classifier trained on the labelled dev sentences beat the event-kind word list?
(round 15; cross-validation on parts a and a2 only, never on b or b2)

Usage: python benchmarks/cv_event_kinds.py

Five-fold cross-validation (``KFold(5, shuffle=True, random_state=15)``) over the 159 dev sentences
of ``event_kinds.tsv`` part a and ``event_kinds2.tsv`` part a2. Classifiers: logistic regression on
tf-idf word 1-2-grams of (1) the whole sentence, (2) a window of 60 characters either side of the
date, (3) the window plus the word list's label as a feature. Prints accuracy and macro-F1 of each,
and of ``event_label`` on the same sentences.
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT))
from bench_event_kinds import load, score  # noqa: E402


def window(sentence: str, expression: str, width: int = 60) -> str:
    i = sentence.lower().find(expression.lower())
    return sentence if i < 0 else sentence[max(0, i - width):i + len(expression) + width]


def main() -> None:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import KFold

    from analysis.dates.event_kinds import event_label

    rows = load("a") + load("a2")
    gold = [r["kind"] for r in rows]
    lex = [event_label(r["sentence"], r["expression"]) for r in rows]
    texts = {"sentence": [r["sentence"] for r in rows],
             "window": [window(r["sentence"], r["expression"]) for r in rows],
             "window+lexicon": [f"{window(r['sentence'], r['expression'])} LEX_{k}" for r, k in zip(rows, lex)]}
    line = "accuracy {accuracy:.3f}  macro-F1 {macro_f1:.3f}"
    print(f"{len(rows)} sentences; word list: " + line.format(**score(gold, lex)))
    for name, xs in texts.items():
        pred = [""] * len(rows)
        for train, test in KFold(5, shuffle=True, random_state=15).split(xs):
            vec = TfidfVectorizer(ngram_range=(1, 2), min_df=1, sublinear_tf=True)
            clf = LogisticRegression(C=10, max_iter=2000)
            clf.fit(vec.fit_transform([xs[i] for i in train]), [gold[i] for i in train])
            for i, p in zip(test, clf.predict(vec.transform([xs[i] for i in test]))):
                pred[i] = p
        print(f"classifier on {name:<15}: " + line.format(**score(gold, pred)))


if __name__ == "__main__":
    main()
