"""Tone towards the victim of violence: does NewsMTSC call it negative, and does the target-tone
model? Would a rule (a victim's negative label -> neutral) help?

Round 15 (docs/reader15-round15.md; reader14 finding F9: Benazir Bhutto's mentions in reports of
her assassination read as tone -0.40 towards her). NewsMTSC's annotators label how the sentence
portrays the target, not what happens to it. A target is the victim (the patient of a
physical-harm verb) as ``analysis.sentiment.target_tone.is_victim`` says (verbs in
``analysis/lexicons/harm_verbs.txt``): "X was killed", "X, who was shot", "gunmen killed X".

3-fold cross-validation on NewsMTSC train only (folds by sentence, as train_target_tone.py
--cv); devtest_mt is NOT read. Prints the gold labels of the victim rows, the model's held-out
predictions on them, and macro-F1 on all rows with and without the rule (the library's ``_victims_read_neutral``: a
victim's P(negative) is read as P(neutral); the models of the folds are trained as the shipped one).

Usage::

    python benchmarks/bench_victim_tone.py
"""
from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import numpy as np
import pandas as pd

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _sentiment_data import stable_fold  # noqa: E402
from train_target_tone import fit, scores, training_data  # noqa: E402



def main(argv=None) -> int:
    from analysis.sentiment.target_tone import TargetToneModel, _victims_read_neutral, is_victim

    data = training_data()
    victim = np.array([is_victim(s, a, b) for s, a, b in zip(data["sentence"], data["start"], data["end"])])
    print(f"NewsMTSC train: {len(data):,} target rows, {victim.sum()} victims of a physical-harm verb")
    print("  gold labels of the victims:", dict(Counter(data["label"][victim])))
    fold = stable_fold(data["sentence"], 3)
    pred = pd.Series("", index=data.index, dtype=object)
    ruled = pred.copy()
    for f in range(3):
        m = TargetToneModel(fit(data[fold != f]))
        test = data[fold == f]
        p = m.predict(test["sentence"], test["start"], test["end"])
        pred[fold == f] = p["label"].to_numpy()
        ruled[fold == f] = _victims_read_neutral(p, test["sentence"].tolist(), test["start"].tolist(),
                                                 test["end"].tolist())["label"].to_numpy()
        print(f"  fold {f} done", flush=True)
    print("  held-out predictions on the victims:", dict(Counter(pred[victim])))
    print("  held-out predictions on the victims with the rule:", dict(Counter(ruled[victim])))
    print("  rows the rule changed:", int((ruled != pred).sum()))
    for name, p in (("model", pred), ("model + rule (a victim's P(negative) read as neutral)", ruled)):
        a = scores(data["label"], p)
        v = scores(data["label"][victim], p[victim])
        print(f"  {name}: macro-F1 {a['macro_f1']:.4f}, accuracy {a['accuracy']:.4f}; "
              f"on the victims accuracy {v['accuracy']:.3f}")
    for s, a, b, g, p in zip(data["sentence"][victim], data["start"][victim], data["end"][victim],
                             data["label"][victim], pred[victim]):
        print(f"    gold {g:8s} model {p:8s} | {s[a:b]} | {s[:150]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
