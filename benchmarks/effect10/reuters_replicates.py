"""Usage: python benchmarks/effect10/reuters_replicates.py N_STORIES K: effect() share vs bootstrap replicates on Reuters-21578 trade vs crude (needs ../shared/corpora/reuters21578)."""
import sys, time, warnings
sys.path.insert(0, __import__("os").path.join(__import__("os").path.dirname(__file__), ".."))
import numpy as np, pandas as pd
import _reuters
import analysis
from analysis.topics import model as tm
warnings.simplefilter("ignore")
r = _reuters.load_reuters()
s = r[(r["topics"].str.len() == 1) & (r["text"].str.len() > 0)].copy()
s["cat"] = s["topics"].str[0]
s = s[s["cat"].isin(["trade", "crude"])]
s = s.sample(n=min(int(sys.argv[1]), len(s)), random_state=0).reset_index(drop=True)
print(s["cat"].value_counts().to_dict())
t = time.time()
m = analysis.fit_topics(s[["doc_id", "text", "published", "cat"]], k=int(sys.argv[2]), n_refits=0, reuse=False)
print("fit", round(time.time() - t, 1))
t = time.time()
eff = m.effect("cat", n_boot=25, random_state=0)
print("effect", round(time.time() - t, 1))
point, groups, boot, seed = m._effect_draws("cat", "Y", 25, None, True, False)
pd.set_option("display.width", 200)
rows = []
for gi, g in enumerate(groups):
    for t_ in range(m.k):
        b = boot[:, gi, t_]
        sh = point[(point["cat"] == g) & (point["topic"] == t_ + 1)]["share"].iloc[0]
        rows.append((g, t_ + 1, sh, np.nanmean(b), np.nanmedian(b), np.nanquantile(b, .025), np.nanquantile(b, .975), np.mean(b < sh)))
print(pd.DataFrame(rows, columns=["g", "topic", "share", "mean", "median", "q025", "q975", "frac_below"]).round(4))
print(eff.round(4))
print(m.top_terms(6))
import pickle; pass
