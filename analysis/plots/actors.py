"""Charts about actors: who is mentioned when, who appears together, tone, who is quoted."""
from __future__ import annotations

import numpy as np
import pandas as pd

from ._style import PALETTE, new_figure


def _top(series: pd.Series, top: int):
    return series.sort_values(ascending=False, kind="stable").head(top)


def plot_actor_mentions(mentions: pd.DataFrame, corpus: pd.DataFrame | None = None, top: int = 12,
                        by: str = "year"):
    """Heatmap of mentions per actor (rows, most mentioned first) and year (columns).

    Parameters
    ----------
    mentions : DataFrame from :func:`analysis.actor_mentions` (a ``year`` column is used if
        present; otherwise years come from ``corpus.published``).
    corpus : DataFrame with doc_id and published, optional.
    top : int
        Number of actors shown.
    by : {"year", "doc_id"}
        Columns of the heatmap: publication year or document.

    Returns
    -------
    matplotlib Figure

    Examples
    --------
    >>> import analysis
    >>> c = analysis.load_corpus()
    >>> fig = plot_actor_mentions(analysis.actor_mentions(c), c)
    """
    if by not in ("year", "doc_id"):
        raise ValueError(f"by must be 'year' or 'doc_id', not {by!r}")
    m = mentions.copy()
    if by == "year" and "year" not in m.columns:
        if corpus is None or "published" not in corpus.columns:
            raise ValueError("plot_actor_mentions(by='year') needs a corpus with 'published' "
                             "(or a 'year' column in mentions)")
        years = dict(zip(corpus["doc_id"].astype(str), pd.to_datetime(corpus["published"]).dt.year))
        m["year"] = m["doc_id"].astype(str).map(years)
        m["year"] = m["year"].map(lambda y: "unknown" if pd.isna(y) else str(int(y)))
    col = "year" if by == "year" else "doc_id"
    order = _top(m["actor"].value_counts(), top).index.tolist()
    table = (m[m["actor"].isin(order)].groupby(["actor", col]).size().unstack(fill_value=0)
             .reindex(order).fillna(0).astype(int))
    table = table[sorted(table.columns, key=str)]
    fig, ax = new_figure(figsize=(max(5.5, 1.1 * table.shape[1] + 3.5), 0.42 * len(order) + 1.6))
    ax.grid(False)
    vmax = max(int(table.to_numpy().max()) if table.size else 1, 1)
    im = ax.imshow(table.to_numpy(), cmap="Blues", aspect="auto", vmin=0, vmax=vmax)
    ax.set_yticks(range(len(order)), order)
    ax.set_xticks(range(table.shape[1]), [str(c) for c in table.columns])
    for (i, j), v in np.ndenumerate(table.to_numpy()):
        ax.text(j, i, str(v), ha="center", va="center", fontsize=9,
                color="white" if v > 0.6 * vmax else "#222222")
    ax.set_xlabel("publication year" if by == "year" else "document")
    ax.set_title(f"Mentions of the {len(order)} most mentioned actors")
    fig.colorbar(im, ax=ax, shrink=0.8, label="mentions")
    return fig


def plot_cooccurrence_network(cooc: pd.DataFrame, mentions: pd.DataFrame | None = None,
                              top: int = 15, min_count: int = 1, seed: int = 0):
    """Network of actors mentioned in the same sentence.

    Nodes are the ``top`` actors by number of co-mentions (or by mentions when ``mentions`` is
    given; node size = mentions), edges are pairs with at least ``min_count`` shared sentences
    (width = shared sentences). Layout: networkx spring layout with a fixed ``seed``.

    Parameters
    ----------
    cooc : DataFrame from :func:`analysis.cooccurrence` (actor_a, actor_b, n_sentences).
    mentions : DataFrame from :func:`analysis.actor_mentions`, optional (node sizes, types).

    Returns
    -------
    matplotlib Figure
    """
    import networkx as nx

    edges = cooc[cooc["n_sentences"] >= min_count]
    if mentions is not None and len(mentions):
        weight = mentions["actor"].value_counts()
        types = mentions.drop_duplicates("actor").set_index("actor")["actor_type"]
    else:
        weight = pd.concat([edges.groupby("actor_a")["n_sentences"].sum(),
                            edges.groupby("actor_b")["n_sentences"].sum()]).groupby(level=0).sum()
        types = pd.Series(dtype=object)
    in_edges = set(edges["actor_a"]) | set(edges["actor_b"])
    weight = weight[weight.index.isin(in_edges)]
    keep = set(_top(weight.sort_index(), top).index)
    edges = edges[edges["actor_a"].isin(keep) & edges["actor_b"].isin(keep)]
    g = nx.Graph()
    for a in sorted(keep):
        g.add_node(a)
    for r in edges.sort_values(["actor_a", "actor_b"]).itertuples():
        g.add_edge(r.actor_a, r.actor_b, weight=float(r.n_sentences))
    fig, ax = new_figure(figsize=(9, 7))
    ax.axis("off")
    if g.number_of_nodes() == 0:
        ax.text(0.5, 0.5, "no actor pairs to show", ha="center", va="center", transform=ax.transAxes)
        return fig
    pos = nx.spring_layout(g, seed=seed, weight="weight", k=2.0 / np.sqrt(g.number_of_nodes()),
                           iterations=200)
    wmax = max(edges["n_sentences"].max(), 1) if len(edges) else 1
    nx.draw_networkx_edges(g, pos, ax=ax, edge_color="#999999", alpha=0.7,
                           width=[0.5 + 5 * g[u][v]["weight"] / wmax for u, v in g.edges()])
    colour = {"person": PALETTE[0], "state": PALETTE[1], "organization": PALETTE[2]}
    nodes = list(g.nodes())
    smax = max(weight.reindex(nodes).fillna(1).max(), 1)
    sizes = [200 + 1800 * float(weight.get(n, 1)) / smax for n in nodes]
    nx.draw_networkx_nodes(g, pos, ax=ax, nodelist=nodes, node_size=sizes, alpha=0.9,
                           node_color=[colour.get(types.get(n), "#BBBBBB") for n in nodes])
    for n in nodes:
        x, y = pos[n]
        ax.text(x, y, n, fontsize=9, ha="center", va="center", zorder=5,
                bbox={"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none", "alpha": 0.75})
    for t, c in colour.items():
        ax.scatter([], [], s=80, color=c, label=t)
    ax.legend(loc="lower left", title="actor type", fontsize=8)
    ax.set_title("Actors named in the same sentence (edge width = shared sentences)")
    xs, ys = zip(*pos.values())
    pad = 0.25
    ax.set_xlim(min(xs) - pad, max(xs) + pad)
    ax.set_ylim(min(ys) - pad, max(ys) + pad)
    return fig


def plot_actor_tone(tone: pd.DataFrame, top: int = 12, min_sentences: int = 1):
    """Mean sentence tone (VADER compound) of the sentences mentioning each actor, with counts.

    Parameters
    ----------
    tone : DataFrame from ``analysis.actor_sentiment(corpus, by="actor")`` (actor,
        n_sentences, compound_mean).
    top : int
        Actors with the most sentences shown.

    Returns
    -------
    matplotlib Figure
    """
    t = tone[tone["n_sentences"] >= min_sentences]
    t = t.sort_values(["n_sentences", "actor"], ascending=[False, True]).head(top)
    t = t.sort_values(["compound_mean", "actor"])
    fig, ax = new_figure(figsize=(8, 0.4 * len(t) + 1.8))
    colours = [PALETTE[3] if v < -0.05 else PALETTE[2] if v > 0.05 else "#999999" for v in t["compound_mean"]]
    ax.barh(t["actor"], t["compound_mean"], color=colours)
    ax.axvline(0, color="#333333", lw=0.8)
    lim = max(0.3, float(t["compound_mean"].abs().max()) * 1.35 if len(t) else 0.3)
    ax.set_xlim(-lim, lim)
    for y, (v, n) in enumerate(zip(t["compound_mean"], t["n_sentences"])):
        ax.text(v + (0.01 if v >= 0 else -0.01) * lim * 3, y, f"n={n}", va="center",
                ha="left" if v >= 0 else "right", fontsize=8, color="#333333")
    ax.set_xlabel("mean VADER compound of sentences mentioning the actor (-1 negative, +1 positive)")
    ax.set_title("Tone of the sentences around each actor")
    ax.grid(axis="y", visible=False)
    return fig


def plot_quotes_by_speaker(quotes: pd.DataFrame, top: int = 12):
    """Bar chart of direct quotations per speaker: whose voices carry the story.

    Voices as in :func:`analysis.quoted_voices`: the resolved ``speaker_actor``, otherwise
    the speaker as written; quotes without a speaker are counted as "(no speaker found)".

    Parameters
    ----------
    quotes : DataFrame from :func:`analysis.extract_quotes` (doc_id, quote, speaker,
        speaker_actor).
    top : int
        Number of voices shown (most quotations first).

    Returns
    -------
    matplotlib Figure
    """
    from ..quotes import quoted_voices

    counts = (quoted_voices(quotes).rename(columns={"quotes": "n"})
              .sort_values(["n", "who"], ascending=[False, True]).head(top).iloc[::-1])
    named = counts["who"].isin(set(quotes["speaker_actor"].dropna().astype(str)))
    fig, ax = new_figure(figsize=(8, 0.4 * len(counts) + 1.8))
    ax.barh(counts["who"], counts["n"], color=[PALETTE[0] if k else "#AAAAAA" for k in named])
    for y, n in enumerate(counts["n"]):
        ax.text(n + 0.05, y, str(n), va="center", fontsize=8)
    ax.set_xlabel("direct quotations")
    ax.set_title("Who is quoted (blue: a named actor; grey: as written)")
    ax.grid(axis="y", visible=False)
    ax.xaxis.get_major_locator().set_params(integer=True)
    return fig
