"""Benchmark for analysis.fit_topics against human topic labels (prints its figures; not a test).

Corpora (read from ``../shared/corpora`` next to the repository, or the folder named by the
environment variable ``ANALYSIS_CORPORA``; a missing one is skipped with a message):

* Reuters-21578: single-label stories of the 8 most frequent categories (body text);
* MasakhaNEWS English: 1,420 BBC articles in 6 categories (headline + text);
* AG News test split: 7,600 items in 4 classes (title + description, entities decoded here);
* ``agnews_titles``, ``masakhanews_headlines`` (only when named): titles / headlines only,
  short items for k=None (AG News titles for development, MasakhaNEWS headlines held out);
* ``agnews_raw`` (only when named): AG News as the report reads it, the description column
  through the project's cleaning, entities as the export has them.

1. Agreement at the label count: NMI and ARI (scikit-learn) between each document's dominant
   topic and its label, with fit time, for
   - the project: ``fit_topics(corpus, k=K, reuse=False)`` with its defaults (paragraph units,
     ``fit_on="auto"``), fitted on paragraphs (``fit_on="unit"``, the old way), with
     ``unit="document"`` and with ``method="gibbs"``;
   - plain scikit-learn NMF on the raw text (``TfidfVectorizer(stop_words="english")`` + NMF,
     time includes vectorizing);
   - plain scikit-learn NMF on the project's cleaned tokens (:func:`analysis.topics.model.analyze`);
   - tomotopy LDA (collapsed Gibbs sampling, 1,000 iterations, one worker) on the project's
     cleaned tokens, 3 seeds (mean and spread), when tomotopy is installed.
   The project's fit is run twice to check that it is deterministic.
2. ``k=None``: the k it chooses, the NMI there, the NMI of an explicit fit at every k of the
   range (best k), and the time of the k=None run against one fit.
3. ``abc`` (only when named): k=None on the first 10,000 ABC headlines (no labels): the k it
   chooses, the selection table and the time against one fit at that k.
4. (``--scale``) time and peak memory to fit 100,000 Reuters paragraphs, k=10, on one core.

Run: PYTHONPATH=. python benchmarks/bench_topics.py [--quick] [--scale] [--k-none] [--labels-only] [--no-gibbs] [--corpus NAME ...]
``--k-none`` runs only part 2 (k=None against the best k), without the peers.
``--all-k`` (with part 2) also prints what the criterion sees at every k: stability and agreement
measured at every k, and the bi-cross-validation error of an NMF at each k (docs/topics-round12.md).
``--quick`` samples 1,500 documents per corpus (seed 0).
``--labels-only`` runs only part 1. ``--no-gibbs`` skips ``method="gibbs"`` and the tomotopy peer (the slow rows).
"""
from __future__ import annotations

import os

# one core: set before numpy/scipy load their BLAS
for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[var] = "1"

import csv  # noqa: E402
import html  # noqa: E402
import re  # noqa: E402
import resource  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
import warnings  # noqa: E402
from pathlib import Path  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
from sklearn.metrics import adjusted_rand_score, normalized_mutual_info_score  # noqa: E402


def corpora_dir() -> Path:
    """The shared corpora folder: $ANALYSIS_CORPORA, else ../shared/corpora up the tree."""
    if os.environ.get("ANALYSIS_CORPORA"):
        return Path(os.environ["ANALYSIS_CORPORA"])
    for parent in ROOT.parents:
        if (parent / "shared" / "corpora").is_dir():
            return parent / "shared" / "corpora"
    return ROOT.parent / "shared" / "corpora"


CORPORA = corpora_dir()
N_CATEGORIES = 8
N_PARAGRAPHS = 100_000
QUICK_DOCS = 1500
GIBBS = "--no-gibbs" not in sys.argv   # --no-gibbs: skip method="gibbs" and the tomotopy peer
# --tomotopy-seeds=N: seeds of the tomotopy peer (default 3); --peers: the tomotopy peer (one seed)
# even with --no-gibbs, which then skips only the project's method="gibbs" row
TOMOTOPY_SEEDS = next((int(a.split("=", 1)[1]) for a in sys.argv if a.startswith("--tomotopy-seeds=")), 3)
PEERS = "--peers" in sys.argv


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# ---------------------------------------------------------------------------------------
# labelled corpora


def labelled_stories(reuters: pd.DataFrame, n_categories: int) -> pd.DataFrame:
    single = reuters[(reuters["topics"].str.len() == 1) & (reuters["text"].str.len() > 0)].copy()
    single["label"] = single["topics"].str[0]
    top = single["label"].value_counts().head(n_categories).index
    return single[single["label"].isin(top)].reset_index(drop=True)


def load_reuters_labelled() -> pd.DataFrame:
    import _reuters

    _reuters.REUTERS_DIR = CORPORA / "reuters21578"
    stories = labelled_stories(_reuters.load_reuters(), N_CATEGORIES)
    return stories[["doc_id", "text", "published", "label"]]


def load_masakhanews() -> pd.DataFrame:
    rows = []
    for split in ("dev", "test"):
        with open(CORPORA / "masakhanews_en" / f"eng_{split}.tsv", encoding="utf-8", newline="") as f:
            for i, r in enumerate(csv.DictReader(f, delimiter="\t")):
                rows.append((f"{split}-{i:04d}", r["headline"].strip() + "\n\n" + r["text"].strip(),
                             r["category"]))
    return pd.DataFrame(rows, columns=["doc_id", "text", "label"])


def load_tenkgnad() -> pd.DataFrame:
    """10kGNAD test split: 1,028 German DER STANDARD articles in 9 categories (label;text, ';'-separated,
    "'" as quote character, no header: see the folder's SOURCE.txt). ``language`` "de", as
    :func:`analysis.load_corpus` would record it, so German stop words are used."""
    rows = []
    with open(CORPORA / "tenkgnad_de" / "test.csv", encoding="utf-8", newline="") as f:
        for i, r in enumerate(csv.reader(f, delimiter=";", quotechar="'")):
            rows.append((f"de-{i:04d}", r[1].strip(), r[0]))
    return pd.DataFrame(rows, columns=["doc_id", "text", "label"]).assign(language="de")


def load_masakhanews_fra() -> pd.DataFrame:
    """MasakhaNEWS French test split (BBC Afrique): 422 articles in 5 categories (headline + text),
    ``language`` "fr"."""
    rows = []
    path = CORPORA / "tenkgnad_de" / "extra_masakhanews_fra" / "fra_test.tsv"
    with open(path, encoding="utf-8", newline="") as f:
        for i, r in enumerate(csv.DictReader(f, delimiter="\t")):
            rows.append((f"fr-{i:04d}", r["headline"].strip() + "\n\n" + r["text"].strip(), r["category"]))
    return pd.DataFrame(rows, columns=["doc_id", "text", "label"]).assign(language="fr")


def _ag_text(s: str) -> str:
    # the AG export's escapes: "\" for a line break, "#39;" etc. for entities, "&lt;b&gt;" tags
    s = s.replace("\\", " ").replace("#39;", "'").replace("quot;", '"').replace("#36;", "$")
    return html.unescape(re.sub(r"&lt;.*?&gt;", " ", s))


def load_agnews() -> pd.DataFrame:
    rows = []
    with open(CORPORA / "agnews_test" / "test.csv", encoding="utf-8", newline="") as f:
        for i, r in enumerate(csv.DictReader(f)):
            rows.append((f"ag-{i:04d}", _ag_text(r["title"]) + ".\n\n" + _ag_text(r["description"]),
                         r["label"]))
    return pd.DataFrame(rows, columns=["doc_id", "text", "label"])


def load_agnews_raw() -> pd.DataFrame:
    """AG News as the report reads it: the description column, through the project's cleaning.

    No hand decoding here: the export's broken entities (``quot;``, ``#39;``, ``&lt;b&gt;``) reach
    the topic model unless :func:`analysis.clean_text` handles them (finding 14 of the corpus runs).
    """
    from analysis.clean.cleaning import clean_text

    rows = []
    with open(CORPORA / "agnews_test" / "test.csv", encoding="utf-8", newline="") as f:
        for i, r in enumerate(csv.DictReader(f)):
            rows.append((f"ag-{i:04d}", clean_text(r["description"]), r["label"]))
    return pd.DataFrame(rows, columns=["doc_id", "text", "label"])


def load_agnews_titles() -> pd.DataFrame:
    """AG News titles only (4 labels): short items, the development set for k=None on headlines."""
    rows = []
    with open(CORPORA / "agnews_test" / "test.csv", encoding="utf-8", newline="") as f:
        for i, r in enumerate(csv.DictReader(f)):
            rows.append((f"ag-{i:04d}", _ag_text(r["title"]), r["label"]))
    return pd.DataFrame(rows, columns=["doc_id", "text", "label"])


def load_masakhanews_headlines() -> pd.DataFrame:
    """MasakhaNEWS English headlines only (6 labels): held out for k=None on headlines."""
    docs = load_masakhanews()
    return docs.assign(text=docs["text"].str.split("\n\n", n=1).str[0])


ABC_DOCS = 10_000


def load_abc() -> pd.DataFrame:
    """ABC headlines (no labels): the first 10,000 of the 50,000 (lower case, six words each)."""
    frame = pd.read_csv(CORPORA / "abc_headlines_2003" / "abcnews-date-text.first50k.csv",
                        nrows=ABC_DOCS, dtype=str)
    return pd.DataFrame({"doc_id": [f"abc-{i:05d}" for i in range(len(frame))],
                         "text": frame["headline_text"].fillna("").to_numpy(),
                         "published": pd.to_datetime(frame["publish_date"], format="%Y%m%d")})


def bench_unlabelled(name: str, docs: pd.DataFrame) -> None:
    """k=None on a corpus without labels: the chosen k (not 2 on a broad corpus) and its cost."""
    from analysis.topics import fit_topics

    auto, secs = timed(lambda: fit_topics(docs, reuse=False))
    one, secs_one = timed(lambda: fit_topics(docs, k=auto.k, reuse=False))
    print(f"\n### {name}: {len(docs):,} documents, no labels: k=None chose k = {auto.k} in "
          f"{secs:.1f} s ({secs / secs_one:.1f} x one fit at that k, {secs_one:.1f} s)")
    print(auto.selection.round(3).to_string(index=False))
    print(auto.labels.to_string(), flush=True)


UNLABELLED = {"abc": ("abc_headlines_2003", load_abc)}

LOADERS = {"reuters": ("reuters21578", load_reuters_labelled),
           "masakhanews": ("masakhanews_en", load_masakhanews),
           "agnews": ("agnews_test", load_agnews),
           "agnews_raw": ("agnews_test", load_agnews_raw),
           "agnews_titles": ("agnews_test", load_agnews_titles),
           "masakhanews_headlines": ("masakhanews_en", load_masakhanews_headlines),
           "tenkgnad": ("tenkgnad_de", load_tenkgnad),
           "masakhanews_fra": ("tenkgnad_de/extra_masakhanews_fra", load_masakhanews_fra)}
DEFAULT_CORPORA = ("reuters", "masakhanews", "agnews", "tenkgnad", "masakhanews_fra")


# ---------------------------------------------------------------------------------------
# measures


def agreement(labels: pd.Series, pred) -> tuple[float, float]:
    pred = np.asarray(pred)
    return (normalized_mutual_info_score(labels, pred), adjusted_rand_score(labels, pred))


def project_pred(model, docs: pd.DataFrame) -> np.ndarray:
    """Dominant topic per document (0 for a document without topic shares)."""
    dom = model.document_topics().set_index("doc_id")["dominant_topic"]
    return docs["doc_id"].map(dom).fillna(0).astype(int).to_numpy()


def timed(fn):
    """Result and CPU seconds of this process (time.process_time: the machine is shared, so wall
    seconds depend on other jobs; BLAS runs on one thread, so CPU seconds are the fit's cost)."""
    t0 = time.process_time()
    out = fn()
    return out, time.process_time() - t0


def plain_nmf_raw(docs, k):
    from sklearn.decomposition import NMF
    from sklearn.feature_extraction.text import TfidfVectorizer

    X = TfidfVectorizer(stop_words="english", min_df=2, max_df=0.95).fit_transform(docs["text"])
    return NMF(k, init="nndsvda", random_state=0, max_iter=1000).fit_transform(X).argmax(axis=1)


def cleaned_counts(docs):
    from sklearn.feature_extraction.text import CountVectorizer

    from analysis.topics.model import analyze

    seqs, _ = analyze(docs["text"].tolist())
    vec = CountVectorizer(analyzer=lambda x: x, min_df=2, max_df=0.95)
    return seqs, vec.fit_transform(seqs).astype(float), set(vec.vocabulary_)


def plain_nmf_cleaned(counts, k):
    from sklearn.decomposition import NMF
    from sklearn.feature_extraction.text import TfidfTransformer

    X = TfidfTransformer().fit_transform(counts)
    return NMF(k, init="nndsvda", random_state=0, max_iter=1000).fit_transform(X).argmax(axis=1)


def sklearn_lda(counts, k):
    from sklearn.decomposition import LatentDirichletAllocation

    lda = LatentDirichletAllocation(n_components=k, learning_method="batch", max_iter=50, random_state=0)
    return lda.fit_transform(counts).argmax(axis=1)


def tomotopy_lda(seqs, vocab, k, seed, iterations=1000):
    import tomotopy as tp

    mdl = tp.LDAModel(k=k, alpha=0.1, eta=0.01, seed=seed)
    for s in seqs:
        kept = [t for t in s if t in vocab]
        mdl.add_doc(kept or ["_empty_"])   # keep one row per document
    mdl.train(iterations, workers=1)
    return np.array([d.get_topic_dist() for d in mdl.docs]).argmax(axis=1)


# ---------------------------------------------------------------------------------------


BCV_ROWS = 3000


def bcv_error(X, k: int, seed: int = 0) -> tuple[float, np.ndarray]:
    """Bi-cross-validation error of a k-topic NMF (Owen and Perry 2009; for NMF as in Kanagal and
    Sindhwani 2010): rows and columns split in two at random (seeded); for each of the four
    blocks A, an NMF of the block D that shares neither its rows nor its columns, the rows of A
    placed under D's topics from their other columns, the columns of A from D's other rows, and
    the squared error of the prediction. Returns the error over the total squared tf-idf and the
    four blocks' relative errors (for a paired standard error between two ks)."""
    from scipy import sparse
    from sklearn.decomposition import NMF, non_negative_factorization

    X = sparse.csr_matrix(X)
    X = X[:, np.asarray(X.sum(axis=0)).ravel() > 0]
    rng = np.random.RandomState(seed)
    rows, cols = rng.rand(X.shape[0]) < 0.5, rng.rand(X.shape[1]) < 0.5

    def place(A, H):
        return non_negative_factorization(A, H=H, n_components=H.shape[0], update_H=False, solver="mu",
                                          max_iter=200)[0]
    total, blocks = 0.0, []
    for ri in (True, False):
        for ci in (True, False):
            i, j = rows == ri, cols == ci
            nmf = NMF(k, init="nndsvda", random_state=seed, tol=1e-3, max_iter=200)
            W_d = nmf.fit_transform(X[~i][:, ~j])
            W_a = place(X[i][:, ~j], nmf.components_)
            H_a = place(sparse.csr_matrix(X[~i][:, j].T), W_d.T).T
            A = X[i][:, j].toarray()
            err = float(((A - W_a @ H_a) ** 2).sum())
            total += err
            blocks.append(err / float((A ** 2).sum()))
    return total / float(X.multiply(X).sum()), np.array(blocks)


def all_k_table(corpus: pd.DataFrame, auto, k_range) -> pd.DataFrame:
    """``--all-k``: what the criterion sees at every k: stability and agreement measured at every
    k (the stability floor set out of reach for one extra k=None run, so no k is skipped), and
    the bi-cross-validation error (with the paired standard error of its difference from the
    best k) on a seeded sample of the fitted rows."""
    import analysis.topics.model as tm

    floor = tm.STABILITY_FLOOR
    tm.STABILITY_FLOOR = 2.0
    try:
        full = tm.fit_topics(corpus, reuse=False, k_range=k_range)
    finally:
        tm.STABILITY_FLOOR = floor
    X = auto._fit_state["data"]
    X = X[np.sort(np.random.RandomState(0).permutation(X.shape[0])[:BCV_ROWS])]
    bcv = {int(kk): bcv_error(X, int(kk)) for kk in full.selection["k"]}
    k_min = min(bcv, key=lambda kk: bcv[kk][0])
    table = full.selection[["k", "coherence", "stability", "agreement", "coherence_weighted"]].copy()
    table["bcv_error"] = table["k"].map(lambda kk: bcv[kk][0])
    diff = {kk: bcv[kk][1] - bcv[k_min][1] for kk in bcv}
    table["bcv_over_best"] = table["k"].map(lambda kk: diff[kk].mean())
    table["bcv_se"] = table["k"].map(lambda kk: diff[kk].std(ddof=1) / np.sqrt(len(diff[kk])))
    return table


def bench_k_none(name: str, docs: pd.DataFrame, res: dict | None = None) -> dict:
    """k=None over 2..12: the chosen k, its NMI, the NMI of an explicit fit at every k, times."""
    from analysis.topics.model import fit_topics

    res = res if res is not None else {"corpus": name, "docs": len(docs), "labels": docs["label"].nunique()}
    corpus = docs.drop(columns="label")
    lab = docs["label"]
    k_range = range(2, 13)
    auto, secs_auto = timed(lambda: fit_topics(corpus, reuse=False, k_range=k_range))
    per_k, secs_k = {}, {}
    for kk in auto.selection["k"]:
        m, secs_k[int(kk)] = timed(lambda: fit_topics(corpus, k=int(kk), reuse=False))
        per_k[int(kk)] = agreement(lab, project_pred(m, docs))[0]
    one_fit = secs_k.get(res["labels"], np.median(list(secs_k.values())))
    sel = auto.selection.assign(nmi=auto.selection["k"].map(per_k))
    print(f"\nk=None over k = {k_range.start}..{k_range.stop - 1} "
          f"({secs_auto:.1f} s = {secs_auto / one_fit:.1f} x one fit at k={res['labels']}, {one_fit:.1f} s)")
    print(sel.round(3).to_string(index=False))
    if "--all-k" in sys.argv:
        table = all_k_table(corpus, auto, k_range).assign(nmi=lambda t: t["k"].map(per_k))
        print("every k measured (--all-k; stability with the floor out of reach; bi-cross-validation"
              f" on {min(BCV_ROWS, auto.n_fitted):,} fitted rows):")
        print(table.round({"coherence": 3, "stability": 3, "agreement": 3, "coherence_weighted": 3,
                           "bcv_error": 5, "bcv_over_best": 5, "bcv_se": 5, "nmi": 3}).to_string(index=False))
    best_k = max(per_k, key=per_k.get)
    res.update(chosen_k=auto.k, nmi_chosen=per_k[auto.k], best_k=best_k, nmi_best=per_k[best_k],
               gap=per_k[best_k] - per_k[auto.k], k_none_secs=secs_auto, one_fit_secs=one_fit)
    print(f"chosen k = {auto.k} (NMI {per_k[auto.k]:.3f}); best k = {best_k} (NMI "
          f"{per_k[best_k]:.3f}); gap {per_k[best_k] - per_k[auto.k]:.3f}", flush=True)
    return res


def bench_labels(name: str, docs: pd.DataFrame, with_k_none: bool = True) -> dict:
    from analysis.topics.model import fit_topics

    k = docs["label"].nunique()
    corpus = docs.drop(columns="label")
    lab = docs["label"]
    print(f"\n### {name}: {len(docs):,} documents, {k} labels "
          f"({', '.join(f'{a} {b}' for a, b in docs['label'].value_counts().items())})")
    print(f"{'method':58s} {'NMI':>6s} {'ARI':>6s} {'secs':>7s}")
    res = {"corpus": name, "docs": len(docs), "labels": k}

    def row(tag, pred, secs):
        n, a = agreement(lab, pred)
        print(f"{tag:58s} {n:6.3f} {a:6.3f} {secs:7.1f}", flush=True)
        return n, secs

    model, secs = timed(lambda: fit_topics(corpus, k=k, reuse=False))
    res["project"], res["project_secs"] = row("project, defaults (unit=paragraph, fit_on=auto)",
                                              project_pred(model, docs), secs)
    again = fit_topics(corpus, k=k, reuse=False)
    same = model.document_topics().equals(again.document_topics())
    print(f"{'   same seed twice: identical document_topics()':58s} {same}")
    res["deterministic"] = same
    if "--no-variants" not in sys.argv:
        model, secs = timed(lambda: fit_topics(corpus, k=k, reuse=False, fit_on="unit"))
        row("project, fitted on paragraphs (fit_on='unit', as before)", project_pred(model, docs), secs)
        model, secs = timed(lambda: fit_topics(corpus, k=k, reuse=False, unit="document"))
        res["project_doc"], _ = row("project, unit='document'", project_pred(model, docs), secs)
    if GIBBS:
        model, secs = timed(lambda: fit_topics(corpus, k=k, reuse=False, method="gibbs"))
        res["project_gibbs"], res["gibbs_secs"] = row("project, method='gibbs' (tomotopy), seed 0",
                                                      project_pred(model, docs), secs)
    pred, secs = timed(lambda: plain_nmf_raw(docs, k))
    res["plain_nmf"], res["plain_secs"] = row("plain sklearn NMF, raw text (TfidfVectorizer + NMF)", pred, secs)
    (seqs, counts, vocab), secs_clean = timed(lambda: cleaned_counts(docs))
    pred, secs = timed(lambda: plain_nmf_cleaned(counts, k))
    res["plain_nmf_clean"], _ = row(f"plain sklearn NMF, project's cleaned tokens (+{secs_clean:.1f}s cleaning)",
                                    pred, secs)
    pred, secs = timed(lambda: sklearn_lda(counts, k))
    res["sklearn_lda"], _ = row("sklearn LDA (batch VB, 50 it.), project's cleaned tokens", pred, secs)
    try:
        import tomotopy  # noqa: F401
        if not (GIBBS or PEERS):
            raise ImportError
        seeds = tuple(range(1 if PEERS and not GIBBS else TOMOTOPY_SEEDS))
        scores, times = [], []
        for seed in seeds:
            pred, secs = timed(lambda: tomotopy_lda(seqs, vocab, k, seed))
            scores.append(agreement(lab, pred)[0])
            times.append(secs)
        res["tomotopy"] = float(np.mean(scores))
        print(f"{f'tomotopy LDA, cleaned tokens, 1000 it., seeds {seeds} (mean)':58s} {np.mean(scores):6.3f} "
              f"{'':6s} {np.mean(times):7.1f}   (NMI {min(scores):.3f}-{max(scores):.3f})")
    except ImportError:
        print("tomotopy not installed or --no-gibbs: LDA (Gibbs) peer skipped")

    if with_k_none:
        bench_k_none(name, docs, res)
    return res


def bench_scale(quick: bool) -> None:
    import _reuters

    from analysis.text.segment import paragraphs
    from analysis.topics.model import fit_topics

    _reuters.REUTERS_DIR = CORPORA / "reuters21578"
    reuters = _reuters.load_reuters()
    print(f"\n== Scale: fit {N_PARAGRAPHS:,} paragraphs (k=10, one core)")
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
    for method in (("nmf",) if quick else ("nmf", "lda")):
        before = peak_rss_mb()
        t0 = time.perf_counter()
        model = fit_topics(big, k=10, unit="paragraph", method=method, reuse=False)
        secs = time.perf_counter() - t0
        print(f"{method}: {secs:.1f} s ({len(big) / secs:,.0f} paragraphs/s, {mb / secs:.2f} MB/s), "
              f"peak RSS {peak_rss_mb():.0f} MB (before the fit {before:.0f} MB), "
              f"vocabulary {len(model.vocabulary):,} terms")


def main(argv) -> None:
    quick = "--quick" in argv
    names = [a for a in argv if not a.startswith("--")] or list(DEFAULT_CORPORA)
    warnings.simplefilter("ignore")
    print(f"corpora folder: {CORPORA}")
    results = []
    for name in [n for n in names if n in UNLABELLED]:
        folder, load = UNLABELLED[name]
        if not (CORPORA / folder).is_dir():
            print(f"\n### {name}: {CORPORA / folder} not found, skipped")
            continue
        bench_unlabelled(name, load())
    for name in [n for n in names if n not in UNLABELLED]:
        folder, load = LOADERS[name]
        if not (CORPORA / folder).is_dir():
            print(f"\n### {name}: {CORPORA / folder} not found, skipped")
            continue
        docs = load()
        if quick and len(docs) > QUICK_DOCS:
            docs = docs.sample(QUICK_DOCS, random_state=0).sort_index().reset_index(drop=True)
        if "--k-none" in argv:   # only the k=None part (chosen k against the best k)
            print(f"\n### {name}: {len(docs):,} documents, {docs['label'].nunique()} labels", flush=True)
            results.append(bench_k_none(name, docs))
        else:
            results.append(bench_labels(name, docs, with_k_none="--labels-only" not in argv))
    if results:
        print("\n== Summary (NMI of the dominant topic vs labels)")
        print(pd.DataFrame(results).round(3).to_string(index=False))
    if "--scale" in argv:
        bench_scale(quick)


if __name__ == "__main__":
    main([a for a in sys.argv[1:] if a != "--corpus"])
