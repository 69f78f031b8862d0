"""Benchmark for analysis.fit_topics on Reuters-21578 (prints its figures; not a test).

1. Recovery of known categories: single-label stories in the most frequent categories, one
   topic model per method at unit="document" with k = number of categories; NMI and ARI
   (scikit-learn) between each story's dominant topic and its label.
2. What k=None chooses on the same stories (coherence/stability table printed).
3. Scale: time and peak memory to fit 100,000 paragraphs (Reuters bodies split into
   paragraphs, repeated when there are fewer), k=10, on one core.

Run: .venv/bin/python benchmarks/bench_topics.py [--quick]
"""
from __future__ import annotations

import os

# one core: set before numpy/scipy load their BLAS
for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[var] = "1"

import resource  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
import warnings  # noqa: E402
from pathlib import Path  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import pandas as pd  # noqa: E402
from sklearn.metrics import adjusted_rand_score, normalized_mutual_info_score  # noqa: E402

CORPORA = Path(__file__).resolve().parents[1].parent / "shared" / "corpora"
N_CATEGORIES = 8
N_PARAGRAPHS = 100_000


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def labelled_stories(reuters: pd.DataFrame, n_categories: int) -> pd.DataFrame:
    single = reuters[(reuters["topics"].str.len() == 1) & (reuters["text"].str.len() > 0)].copy()
    single["label"] = single["topics"].str[0]
    top = single["label"].value_counts().head(n_categories).index
    return single[single["label"].isin(top)].reset_index(drop=True)


def main(quick: bool = False) -> None:
    if not (CORPORA / "reuters21578").is_dir():
        sys.exit(f"Reuters-21578 not found at {CORPORA / 'reuters21578'}: nothing to benchmark")
    from _reuters import load_reuters

    from analysis.topics import fit_topics

    warnings.simplefilter("ignore")
    reuters = load_reuters()
    stories = labelled_stories(reuters, N_CATEGORIES)
    print(f"Reuters-21578: {len(reuters)} stories; {len(stories)} single-label stories in the "
          f"{N_CATEGORIES} most frequent categories")
    print(stories["label"].value_counts().to_string())
    corpus = stories[["doc_id", "text", "published"]]

    print("\n== Recovery of the category labels (unit='document', k = number of categories)")
    for method in ("nmf", "lda"):
        t0 = time.perf_counter()
        model = fit_topics(corpus, k=N_CATEGORIES, unit="document", method=method, reuse=False,
                           n_refits=0)
        secs = time.perf_counter() - t0
        dom = model.doc_topics.set_index("doc_id")["dominant_topic"]
        ok = stories["doc_id"].map(dom).notna()
        pred = stories.loc[ok, "doc_id"].map(dom).astype(int)
        lab = stories.loc[ok, "label"]
        print(f"{method}: NMI {normalized_mutual_info_score(lab, pred):.3f}  "
              f"ARI {adjusted_rand_score(lab, pred):.3f}  ({ok.sum()} stories, fit {secs:.1f} s)")
        for t, label in model.labels.items():
            print(f"   topic {t}: {label}")

    print("\n== What k=None chooses (unit='document', nmf, k_range 2..12)")
    t0 = time.perf_counter()
    model = fit_topics(corpus, unit="document", reuse=False)
    print(model.selection.round(3).to_string(index=False))
    print(f"chosen k = {model.k} (number of labels = {N_CATEGORIES}); {time.perf_counter() - t0:.1f} s")

    print(f"\n== Scale: fit {N_PARAGRAPHS:,} paragraphs (k=10, one core)")
    from analysis.segment import paragraphs
    bodies = reuters[reuters["text"].str.len() > 0][["doc_id", "text"]]
    paras = paragraphs(bodies)
    paras = paras[paras["text"].str.len() >= 20]
    reps = -(-N_PARAGRAPHS // len(paras))
    big = pd.concat([paras] * reps, ignore_index=True).head(N_PARAGRAPHS)
    # one "document" per paragraph-sized unit, so unit="paragraph" sees exactly N units
    big = pd.DataFrame({"doc_id": [f"p{i:06d}" for i in range(len(big))], "text": big["text"].to_numpy()})
    mb = big["text"].str.len().sum() / 1e6
    print(f"{len(paras):,} distinct Reuters paragraphs, repeated x{reps} -> {len(big):,} "
          f"paragraphs, {mb:.1f} MB of text")
    # nmf with the defaults (incl. stability refits); lda (online, slower) as one fit only
    for method, refits in ((("nmf", None),) if quick else (("nmf", None), ("lda", 0))):
        before = peak_rss_mb()
        t0 = time.perf_counter()
        model = fit_topics(big, k=10, unit="paragraph", method=method, reuse=False, n_refits=refits)
        secs = time.perf_counter() - t0
        print(f"{method}: {secs:.1f} s ({len(big) / secs:,.0f} paragraphs/s, {mb / secs:.2f} MB/s), "
              f"peak RSS {peak_rss_mb():.0f} MB (before the fit {before:.0f} MB), "
              f"vocabulary {len(model.vocabulary):,} terms, stability refits "
              f"{model.selection['n_refits'].iloc[0]}")


if __name__ == "__main__":
    main(quick="--quick" in sys.argv)
