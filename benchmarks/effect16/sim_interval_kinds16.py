"""Coverage of interval kinds (percentile, normal, t, basic) on the same draws of sim_coverage16.py. Usage: python benchmarks/effect16/sim_interval_kinds16.py null|shift"""
import sys, warnings, runpy
warnings.simplefilter("ignore")
import numpy as np, pandas as pd
from scipy import stats
sys.argv = ["x", "0", "80", "80", sys.argv[1]]
g = runpy.run_path(__import__("os").path.join(__import__("os").path.dirname(__file__), "sim_coverage16.py"))
import analysis
corpus, theme_of, truth = g["corpus"], g["theme_of"], g["truth"]
res = {k: [] for k in ["pct", "normal", "t", "basic", "pct_in"]}
for r in range(50):
    m = analysis.fit_topics(corpus(80, 80, r), k=5, reuse=False, n_refits=0)
    th = theme_of(m)
    if th is None: continue
    d = m.effect_difference("outlet", "A", "B", n_boot=25, random_state=r)
    point, groups, boot, seed = m._effect_draws("outlet", "Y", 25, r, True, False)
    i, j = groups.index("A"), groups.index("B")
    boot = m._effect_usable(25, boot)
    dd = boot[:, j, :] - boot[:, i, :]
    est = d["difference"].to_numpy()
    ok = np.array([th[t] != "election" for t in range(1, 6)])
    tr = truth.loc[[th[t] for t in range(1, 6)]].to_numpy()
    sd = np.nanstd(dd, axis=0, ddof=1); n = (~np.isnan(dd)).sum(0)
    q = lambda p: np.nanquantile(dd, p, axis=0)
    ivs = {"pct": (q(.025), q(.975)), "normal": (est - 1.96 * sd, est + 1.96 * sd),
           "t": (est - stats.t.ppf(.975, n - 1) * sd, est + stats.t.ppf(.975, n - 1) * sd),
           "basic": (2 * est - q(.975), 2 * est - q(.025))}
    for k, (lo, hi) in ivs.items():
        res[k].extend(((lo <= tr) & (tr <= hi))[ok].tolist())
    res["pct_in"].extend(((q(.025) <= est) & (est <= q(.975)))[ok].tolist())
    res.setdefault("w_pct", []).extend((q(.975) - q(.025))[ok].tolist())
    res.setdefault("w_normal", []).extend((3.92 * sd)[ok].tolist())
    res.setdefault("bias", []).extend((np.nanmedian(dd, 0) - est)[ok].tolist())
    res.setdefault("sd", []).extend(sd[ok].tolist())
print(sys.argv[4], {k: round(float(np.mean(v)), 3) for k, v in res.items()}, "n", len(res["pct"]))
print("mean |bias|/sd", round(float(np.mean(np.abs(res["bias"]) / np.array(res["sd"]))), 3))
