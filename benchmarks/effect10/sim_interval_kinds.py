"""Usage: python benchmarks/effect10/sim_interval_kinds.py REPS N_DOCS [K POP_DOCS]: coverage of percentile, basic and BC intervals from the same effect() replicates."""
import sys, time, warnings
exec(open(__import__("os").path.join(__import__("os").path.dirname(__file__), "sim_coverage.py")).read().split("R, n = ")[0])
from scipy.stats import norm
R, n = int(sys.argv[1]), int(sys.argv[2])
res = {v: [] for v in ["perc", "perc_widened", "basic", "bc"]}
resd = {v: [] for v in res}
wid = {v: [] for v in res}
def intervals(theta, bb):
    lo, hi = np.nanquantile(bb, .025, axis=0), np.nanquantile(bb, .975, axis=0)
    out = {"perc": (lo, hi), "perc_widened": (np.minimum(lo, theta), np.maximum(hi, theta)),
           "basic": (2 * theta - hi, 2 * theta - lo)}
    z0 = norm.ppf(np.clip(np.nanmean(bb < theta, axis=0), 0.5 / len(bb), 1 - 0.5 / len(bb)))
    a1, a2 = norm.cdf(2 * z0 + norm.ppf(.025)), norm.cdf(2 * z0 + norm.ppf(.975))
    out["bc"] = (np.array([np.nanquantile(bb[:, j], a1.flat[j]) for j in range(bb.shape[1])]),
                 np.array([np.nanquantile(bb[:, j], a2.flat[j]) for j in range(bb.shape[1])]))
    return out
for r in range(R):
    m = analysis.fit_topics(corpus(n, r), k=4, reuse=False, n_refits=0)
    th = theme_of(m)
    if len(set(th.values())) < 4:
        continue
    point, groups, boot, seed = m._effect_draws("outlet", "Y", 25, r, True, False)
    sh = point.pivot_table(index="outlet", columns="topic", values="share").loc[groups].to_numpy()
    tr = np.array([[truth.loc[(th[t + 1], g)] for t in range(4)] for g in groups])
    for gi in range(2):
        for v, (lo, hi) in intervals(sh[gi], boot[:, gi, :]).items():
            res[v].append((lo <= tr[gi]) & (tr[gi] <= hi)); wid[v].append(np.mean(hi - lo))
    d, dd, td = sh[1] - sh[0], boot[:, 1] - boot[:, 0], tr[1] - tr[0]
    for v, (lo, hi) in intervals(d, dd).items():
        resd[v].append((lo <= td) & (td <= hi))
for v in res:
    print(f"{v:13s} share coverage {np.mean(np.concatenate(res[v])):.3f} (n={sum(map(len,res[v]))})  difference coverage {np.mean(np.concatenate(resd[v])):.3f}  mean width {np.mean(wid[v]):.4f}")
