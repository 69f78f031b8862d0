"""Generated inputs of the shapes the library returns, at the size of a large corpus
(20,000 short documents, 5,000 events, 300 actors), for chart-size tests. No analysis runs:
the tables are made directly, deterministically (fixed seed)."""
from __future__ import annotations

import numpy as np
import pandas as pd

N_DOCS, N_EVENTS, N_ACTORS, N_TOPICS = 20_000, 5_000, 300, 40


def large_inputs(seed: int = 0, outlets: bool = True) -> dict:
    rng = np.random.default_rng(seed)
    ids = [f"doc{i:05d}" for i in range(N_DOCS)]
    published = pd.Timestamp("1996-01-01") + pd.to_timedelta(rng.integers(0, 29 * 365, N_DOCS), unit="D")
    corpus = pd.DataFrame({"doc_id": ids, "published": published,
                           "title": [f"Headline number {i} about a long and winding matter of state" for i in range(N_DOCS)],
                           "text": ["Short item."] * N_DOCS})
    if outlets:
        corpus["outlet"] = [f"Outlet {k}" for k in rng.zipf(1.6, N_DOCS) % 90]
    report = pd.DataFrame({"doc_id": np.repeat(ids, 2), "text": ["A headline that is news", "Share this story"] * N_DOCS,
                           "label": ["body", "boilerplate"] * N_DOCS})
    sents = pd.DataFrame({"doc_id": np.repeat(ids, 2), "sent_id": np.tile([0, 1], N_DOCS),
                          "compound": np.clip(rng.normal(0, 0.5, 2 * N_DOCS), -1, 1)})
    m = rng.uniform(-0.95, 0.95, N_DOCS)
    docs = pd.DataFrame({"doc_id": ids, "n_sentences": 2, "mean_compound": m, "ci_low": m - 0.2,
                         "ci_high": m + 0.2, "share_negative": 0.3, "share_neutral": 0.4, "share_positive": 0.3})
    months = pd.period_range("1996-01", "2024-12", freq="M")
    gm = rng.normal(0, 0.1, len(months))
    group = pd.DataFrame({"published": months, "n_documents": 57, "n_sentences": 114, "mean_compound": gm,
                          "ci_low": gm - 0.1, "ci_high": gm + 0.1})
    dated_docs = pd.DataFrame({"published": published, "mean_compound": m})
    # topics
    ks = list(range(2, 41))
    selection = pd.DataFrame({"k": ks, "coherence": rng.uniform(0, 0.3, len(ks)),
                              "stability": rng.uniform(0.4, 1, len(ks)), "chosen": [k == 30 for k in ks]})
    top_terms = pd.DataFrame([(t, r, f"term{t}_{r}_longish", 1 / (r + 1)) for t in range(N_TOPICS) for r in range(1, 11)],
                             columns=["topic", "rank", "term", "weight"])
    labels = {t: f"term{t}_1 / term{t}_2 / term{t}_3 and a long label" for t in range(N_TOPICS)}
    shares = rng.dirichlet(np.ones(N_TOPICS), N_DOCS)
    doc_topics = pd.DataFrame(shares, columns=[f"topic_{t}" for t in range(N_TOPICS)])
    doc_topics.insert(0, "doc_id", ids)
    years = pd.date_range("1996-01-01", "2024-01-01", freq="YS")
    prevalence = pd.DataFrame([(y, t, labels[t], s, 700) for y in years
                               for t, s in enumerate(rng.dirichlet(np.ones(N_TOPICS)))],
                              columns=["published", "topic", "label", "share", "n_docs"])
    # events
    ev_docs = rng.choice(ids, N_EVENTS)
    gran = rng.choice(["day", "month", "year", "week", "time"], N_EVENTS)
    events = pd.DataFrame({"doc_id": ev_docs, "sent_id": rng.integers(0, 5, N_EVENTS),
                           "sentence": ["Officials met on Tuesday in the capital to discuss the long-running "
                                        "dispute over fishing rights and the border, a spokesman said."] * N_EVENTS,
                           "expression": "Tuesday",
                           "date": pd.Timestamp("1990-01-01") + pd.to_timedelta(rng.integers(0, 35 * 365, N_EVENTS), unit="D"),
                           "granularity": gran})
    # actors
    actors = [f"Actor number {i} of the Republic" for i in range(N_ACTORS)]
    pick = rng.zipf(1.3, 60_000) % N_ACTORS
    mentions = pd.DataFrame({"doc_id": rng.choice(ids, len(pick)), "actor": [actors[i] for i in pick],
                             "actor_type": rng.choice(["person", "state", "organization"], len(pick)),
                             "year": rng.integers(1990, 2025, len(pick)).astype(str)})
    a, b = rng.integers(0, N_ACTORS, 6000), rng.integers(0, N_ACTORS, 6000)
    pairs = pd.DataFrame({"actor_a": [actors[min(x, y)] for x, y in zip(a, b)],
                          "actor_b": [actors[max(x, y)] for x, y in zip(a, b)]})
    pairs = pairs[pairs.actor_a != pairs.actor_b]
    cooc = pairs.value_counts().rename("n_sentences").reset_index()
    tone = pd.DataFrame({"actor": actors, "n_sentences": rng.integers(1, 500, N_ACTORS),
                         "compound_mean": rng.uniform(-0.9, 0.9, N_ACTORS)})
    speakers = [f"a senior official of ministry {i} speaking on condition of anonymity" for i in range(400)]
    quotes = pd.DataFrame({"doc_id": rng.choice(ids, 5000), "quote": "We will act.",
                           "speaker": rng.choice(speakers, 5000), "speaker_actor": None})
    terms = [f"term{i}" + "x" * (i % 30) for i in range(2000)]
    keyness = pd.DataFrame({"term": terms, "g2": rng.uniform(0, 100, 2000),
                            "direction": rng.choice(["target", "reference"], 2000),
                            "count_target": rng.integers(1, 100, 2000), "count_reference": rng.integers(1, 100, 2000),
                            "log_ratio": rng.normal(0, 2, 2000), "p_value": rng.uniform(0, 0.1, 2000)})
    return dict(corpus=corpus, report=report, sents=sents, docs=docs, group=group, dated_docs=dated_docs,
                selection=selection, top_terms=top_terms, labels=labels, doc_topics=doc_topics,
                prevalence=prevalence, events=events, mentions=mentions, cooc=cooc, tone=tone,
                quotes=quotes, keyness=keyness)
