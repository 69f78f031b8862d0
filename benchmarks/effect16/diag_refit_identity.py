"""Reuters 3,000, earn vs acq, k=7: a refit on all fitted rows (no resampling) vs the model, and the replicates. Usage: python benchmarks/effect16/diag_refit_identity.py"""
import sys, warnings; sys.path.insert(0, __import__("os").path.join(__import__("os").path.dirname(__file__), ".."))
import numpy as np, pandas as pd, analysis
from analysis.topics import model as tm
warnings.simplefilter("ignore")
import _reuters
r = _reuters.load_reuters(); r = r[r["text"].str.len() > 0].head(3000).reset_index(drop=True)
r["cmp"] = [("earn" if "earn" in t else "acq" if "acq" in t else None) for t in r["topics"]]
r.loc[r["topics"].map(lambda t: "earn" in t and "acq" in t), "cmp"] = None
m = analysis.fit_topics(r[["doc_id","text","published","cmp"]], k=7, n_refits=0, reuse=False)
point, groups, boot, seed = m._effect_draws("cmp", "Y", 25, 0, True, False)
print(groups)
P = point.pivot_table(index="topic", columns="cmp", values="share")
st = m._fit_state
# replicate 0: refit on all rows, unchanged
W, Hb, est = tm._refit_from(st["data"], m.components)
ref = m.components/np.linalg.norm(m.components,axis=1,keepdims=True); hb = Hb/np.linalg.norm(Hb,axis=1,keepdims=True)
sim = ref@hb.T
from scipy.optimize import linear_sum_assignment
rr, c = linear_sum_assignment(-sim); perm = c[np.argsort(rr)]
print("rep0 match cos", np.round(sim[np.arange(7), perm],3))
dt = m._counted_units(False)
urows = dt.index.to_numpy()
sh = tm._unit_shares("nmf", st, urows, Hb, est, 0)[:, perm]
sh_fixed = tm._unit_shares("nmf", st, urows, m.components, est, 0)
w = (m.doc_topics["n_words"]*m.doc_topics["weight"]).to_numpy()[urows]
grp = r.set_index("doc_id")["cmp"].loc[m.doc_topics["doc_id"].to_numpy()[urows]].to_numpy()
for g in groups:
    s = (grp==g) & ~np.isnan(sh).any(1)
    print(g, "point", P[g].round(3).tolist())
    print(g, "fixedH200", np.round((sh_fixed[s]*w[s,None]).sum(0)/w[s].sum(),3).tolist())
    print(g, "rep0   ", np.round((sh[s]*w[s,None]).sum(0)/w[s].sum(),3).tolist())
    gi = groups.index(g)
    print(g, "median ", np.round(np.nanmedian(boot[:,gi,:],0),3).tolist())
    print(g, "q025   ", np.round(np.nanquantile(boot[:,gi,:],.025,0),3).tolist())
    print(g, "q975   ", np.round(np.nanquantile(boot[:,gi,:],.975,0),3).tolist())
print(m.top_terms(5).groupby("topic")["term"].apply(list))
