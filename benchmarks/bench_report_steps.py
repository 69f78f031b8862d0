"""CPU seconds of the heavy corpus-level steps of the notebooks, on a report's store (no memo).

Usage: PYTHONPATH=<code to measure> python benchmarks/bench_report_steps.py STORE LABEL
(prints the figures; run the code before and after a change side by side)."""
import sys, time, json, warnings, os
warnings.simplefilter("ignore")
os.environ["TQDM_DISABLE"] = "1"
os.environ.pop("ANALYSIS_STORE", None)
import analysis, pandas as pd
from analysis.store.annotated import AnnotatedCorpus
store = sys.argv[1]; which = sys.argv[2]
data = AnnotatedCorpus(store=store)
corpus = data.corpus
res = {}
def step(name, fn):
    t, c = time.perf_counter(), time.process_time()
    r = fn()
    res[name] = {"cpu": round(time.process_time() - c, 1), "wall": round(time.perf_counter() - t, 1)}
    print(which, name, res[name], flush=True)
    return r
from analysis.sentiment import sentiment_scores
step("sentiment_scores(whole documents)", lambda: sentiment_scores(corpus["text"]))
step("text_reuse", lambda: analysis.text_reuse(corpus))
m = step("fit_topics", lambda: analysis.fit_topics(corpus))
n = corpus["published"].notna()
corpus2 = corpus.assign(comparison=pd.Series(pd.NA, index=corpus.index, dtype="object"))
half = corpus.loc[n, "published"].median()
corpus2.loc[n, "comparison"] = (corpus.loc[n, "published"] > half).map({False: "first", True: "second"})
m2 = analysis.fit_topics(corpus2, k=m.k, n_refits=0)
step("effect + effect_difference (n_boot=25)", lambda: (m2.effect("comparison", n_boot=25),
                                                       m2.effect_difference("comparison", "first", "second", n_boot=25)))
print(json.dumps(res, indent=1))
