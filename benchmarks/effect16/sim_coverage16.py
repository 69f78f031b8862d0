"""Coverage of effect_difference() intervals on invented two-group corpora with a known truth.

Usage: python benchmarks/effect16/sim_coverage16.py REPS N_GROUPED N_REST null|shift
Each replicate: N_GROUPED documents of groups A and B (four paragraphs, themes drawn from the
group's mixture) and N_REST documents in no group (election, health and bank news), k=5,
effect_difference("outlet", "A", "B", n_boot=25, random_state=seed). ``null``: A and B share one
mixture (true difference 0 for every theme); ``shift``: A [0.55, 0.15, 0.2, 0.1] vs
B [0.25, 0.35, 0.2, 0.2] over sport, weather, bank, health (true difference from a fit on a
population of 2,000 grouped documents). Topics are mapped to themes by their top terms; a
replicate whose topics do not map one to one is skipped.
"""
import sys, random, time, warnings
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tests"))
import numpy as np, pandas as pd
warnings.simplefilter("ignore")
import analysis
from _topic_corpus import paragraph, THEMES
THM = ["sport", "weather", "bank", "health", "election"]
R, N, NR, MODE = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
P = ({"A": [0.4, 0.25, 0.2, 0.15], "B": [0.4, 0.25, 0.2, 0.15]} if MODE == "null"
     else {"A": [0.55, 0.15, 0.2, 0.1], "B": [0.25, 0.35, 0.2, 0.2]})


def corpus(n, n_rest, seed):
    rng = random.Random(seed); rows = []
    for i in range(n):
        g = "A" if i % 2 == 0 else "B"
        th = rng.choices(THM[:4], P[g], k=4)
        rows.append((f"d{seed}_{i}", "\n\n".join(paragraph(t, rng) for t in th), g))
    for i in range(n_rest):
        th = rng.choices(["election", "health", "bank"], [0.6, 0.2, 0.2], k=4)
        rows.append((f"r{seed}_{i}", "\n\n".join(paragraph(t, rng) for t in th), None))
    return pd.DataFrame(rows, columns=["doc_id", "text", "outlet"])


def theme_of(m):
    out = {}
    for t, grp in m.top_terms(15).groupby("topic"):
        sc = [grp["weight"][grp["term"].str.lower().isin(THEMES[x]["words"])].sum() for x in THM]
        out[t] = THM[int(np.argmax(sc))]
    return out if len(set(out.values())) == len(out) else None


if MODE == "null":
    truth = pd.Series(0.0, index=THM)
else:
    mp = analysis.fit_topics(corpus(2000, 0, 999), k=4, reuse=False, n_refits=0)
    th = theme_of(mp)
    d = mp.effect_difference("outlet", "A", "B", n_boot=0)
    truth = d.assign(theme=d["topic"].map(th)).set_index("theme")["difference"].reindex(THM).fillna(0.0)
print("truth", truth.round(3).to_dict())
cover, inside, zero_out, missing, widths, skipped, t0 = [], [], [], 0, [], 0, time.time()
for r in range(R):
    m = analysis.fit_topics(corpus(N, NR, r), k=5, reuse=False, n_refits=0)
    th = theme_of(m)
    if th is None:
        skipped += 1; continue
    d = m.effect_difference("outlet", "A", "B", n_boot=25, random_state=r)
    d["theme"] = d["topic"].map(th)
    d = d[d["theme"] != "election"]          # no election paragraph in either group
    has = d["ci_low"].notna()
    missing += int((~has).sum())
    d = d[has]
    tr = truth.loc[d["theme"]].to_numpy()
    cover.extend(((d["ci_low"] <= tr) & (tr <= d["ci_high"])).tolist())
    inside.extend(((d["ci_low"] <= d["difference"] + 1e-12) & (d["difference"] <= d["ci_high"] + 1e-12)).tolist())
    zero_out.extend(d["excludes_zero"].tolist())
    widths.extend((d["ci_high"] - d["ci_low"]).tolist())
print(f"mode {MODE} reps {R} grouped {N} rest {NR} skipped {skipped} secs {time.time() - t0:.0f}")
print(f"intervals {len(cover)} (+{missing} topics without one)")
print(f"covering the true difference: {np.mean(cover):.3f}")
print(f"excluding zero: {np.mean(zero_out):.3f}")
print(f"estimate inside its interval: {np.mean(inside):.3f}")
print(f"mean width: {np.mean(widths):.4f}")
