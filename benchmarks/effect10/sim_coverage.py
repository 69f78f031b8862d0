"""Coverage of effect() intervals where the target is known (synthetic two-group corpora). Usage: python benchmarks/effect10/sim_coverage.py REPS N_DOCS [K POP_DOCS]."""
import sys, random, time, warnings
from pathlib import Path; sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tests"))
import numpy as np, pandas as pd
warnings.simplefilter("ignore")
import analysis
from _topic_corpus import paragraph, THEMES
THM = ["sport", "weather", "bank", "health"]
P = {"A": [0.55, 0.15, 0.2, 0.1], "B": [0.25, 0.35, 0.2, 0.2]}
K = int(sys.argv[3]) if len(sys.argv) > 3 else 4

def corpus(n, seed):
    rng = random.Random(seed); rows = []
    for i in range(n):
        g = "A" if i % 2 == 0 else "B"
        th = rng.choices(THM, P[g], k=4)
        rows.append((f"d{seed}_{i}", "\n\n".join(paragraph(t, rng) for t in th), g))
    return pd.DataFrame(rows, columns=["doc_id", "text", "outlet"])

def theme_of(m):
    tt = m.top_terms(15)
    out = {}
    for t, grp in tt.groupby("topic"):
        sc = [grp["weight"][grp["term"].str.lower().isin(THEMES[x]["words"])].sum() for x in THM]
        out[t] = THM[int(np.argmax(sc))]
    return out

def theme_shares(eff, m):
    th = theme_of(m)
    e = eff.assign(theme=eff["topic"].map(th))
    if len(set(th.values())) < len(THM):
        return None   # topics do not map one to one on the themes
    return e.set_index(["theme", "group"])

pop = corpus(int(sys.argv[4]) if len(sys.argv) > 4 else 1000, 999)
mp = analysis.fit_topics(pop, k=4, reuse=False, n_refits=0)
truth = theme_shares(mp.prevalence("outlet").rename(columns={"outlet": "group"}), mp)["share"]
print("truth", truth.round(3).to_dict())
R, n = int(sys.argv[1]), int(sys.argv[2])
cov, covd, widths, inside, t0, skipped = [], [], [], [], time.time(), 0
for r in range(R):
    m = analysis.fit_topics(corpus(n, r), k=K, reuse=False, n_refits=0)
    eff = m.effect("outlet", n_boot=25, random_state=r)
    inside.append(((eff["ci_low"] <= eff["share"]) & (eff["share"] <= eff["ci_high"])).mean())
    if K != 4:
        widths.append((eff["ci_high"] - eff["ci_low"]).mean()); continue
    e = theme_shares(eff, m)
    if e is None:
        skipped += 1; continue
    tr = truth.loc[e.index]
    cov.append(((e["ci_low"] <= tr) & (tr <= e["ci_high"])).to_numpy())
    widths.append((e["ci_high"] - e["ci_low"]).mean())
    d = m.effect_difference("outlet", "A", "B", n_boot=25, random_state=r)
    th = theme_of(m); d["theme"] = d["topic"].map(th); d = d.set_index("theme")
    td = truth.xs("B", level="group") - truth.xs("A", level="group")
    covd.append(((d["ci_low"] <= td.loc[d.index]) & (td.loc[d.index] <= d["ci_high"])).to_numpy())
print(f"reps {R} n_docs {n} k {K} skipped {skipped} secs {time.time()-t0:.0f}")
print("estimate inside its interval:", round(float(np.mean(inside)), 3))
if cov:
    print("coverage of true share (per theme x group):", round(float(np.mean(np.concatenate(cov))), 3), "of", sum(map(len, cov)))
    print("coverage of true difference:", round(float(np.mean(np.concatenate(covd))), 3), "of", sum(map(len, covd)))
print("mean width:", round(float(np.mean(widths)), 4))
