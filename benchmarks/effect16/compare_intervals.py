"""Topic-difference intervals on real corpora: how many exclude their own estimate / zero.

Usage: python benchmarks/effect16/compare_intervals.py reuters|masakha [N_BOOT]
reuters: the first 3,000 Reuters-21578 stories with a body, earn vs acq (k=7, as the round-16
report); masakha: MasakhaNEWS English dev, politics vs business (k=6).
Needs ../shared/corpora. Prints the difference table and the counts and time of effect().
"""
import sys, time, warnings
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import numpy as np, pandas as pd
import analysis
warnings.simplefilter("ignore")
which = sys.argv[1]
n_boot = int(sys.argv[2]) if len(sys.argv) > 2 else 25
if which == "reuters":
    import _reuters
    r = _reuters.load_reuters()
    r = r[r["text"].str.len() > 0].head(3000).reset_index(drop=True)
    r["cmp"] = [("earn" if "earn" in t else "acq" if "acq" in t else None) for t in r["topics"]]
    r.loc[r["topics"].map(lambda t: "earn" in t and "acq" in t), "cmp"] = None
    corpus, first, second, k = r[["doc_id", "text", "published", "cmp"]], "earn", "acq", 7
else:
    d = pd.read_csv(Path(__file__).resolve().parents[2] / "../shared/corpora/masakhanews_en/eng_dev.tsv", sep="\t")
    d = d.assign(doc_id=[f"m{i}" for i in range(len(d))], text=d["headline"] + "\n\n" + d["text"])
    d["cmp"] = d["category"].where(d["category"].isin(["politics", "business"]))
    corpus, first, second, k = d[["doc_id", "text", "cmp"]], "politics", "business", 6
print(corpus["cmp"].value_counts().to_dict())
m = analysis.fit_topics(corpus, k=k, n_refits=0, reuse=False)
t = time.time()
diff = m.effect_difference("cmp", first, second, n_boot=n_boot, random_state=0)
eff = m.effect("cmp", n_boot=n_boot, random_state=0)
took = time.time() - t
pd.set_option("display.width", 220); pd.set_option("display.max_colwidth", 40)
print(diff.round(4).to_string())
ok = diff.dropna(subset=["ci_low"])
out = ~((ok["ci_low"] <= ok["difference"]) & (ok["difference"] <= ok["ci_high"]))
e_ok = eff.dropna(subset=["ci_low"])
e_out = ~((e_ok["ci_low"] <= e_ok["share"]) & (e_ok["share"] <= e_ok["ci_high"]))
print(f"differences with an interval: {len(ok)} of {len(diff)}; excluding their estimate: {int(out.sum())}; "
      f"excluding zero: {int(ok['excludes_zero'].sum())}")
print(f"group shares with an interval: {len(e_ok)} of {len(eff)}; excluding their estimate: {int(e_out.sum())}")
print(f"effect + effect_difference (shared refits), n_boot={n_boot}: {took:.1f} s")
print("unstable (no interval): difference", diff.attrs.get("unstable"), "shares", eff.attrs.get("unstable"))
print(diff.attrs.get("method")); print(diff.attrs.get("interval"))
