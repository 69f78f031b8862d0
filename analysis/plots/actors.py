"""Charts about actors: who is mentioned when, who appears together, tone, who is quoted."""
from __future__ import annotations

import numpy as np
import pandas as pd

from ._style import PALETTE, new_figure, shorten


def _top(series: pd.Series, top: int):
    return series.sort_values(ascending=False, kind="stable").head(top)


def plot_actor_mentions(mentions: pd.DataFrame, corpus: pd.DataFrame | None = None, top: int = 12,
                        by: str = "year", *, max_columns: int = 25):
    """Heatmap of mentions per actor (rows, most mentioned first) and year (columns).

    At most ``max_columns`` columns: with more years, neighbouring years are merged into
    spans of equal length ("1990-1994"); with more documents (``by="doc_id"``), the
    documents with the most mentions of the actors shown are drawn. The title says how many
    actors (and documents) of how many are shown.

    Parameters
    ----------
    mentions : DataFrame from :func:`analysis.actor_mentions` (a ``year`` column is used if
        present; otherwise years come from ``corpus.published``).
    corpus : DataFrame with doc_id and published, optional.
    top : int
        Number of actors shown.
    by : {"year", "doc_id"}
        Columns of the heatmap: publication year or document.
    max_columns : int
        At most this many columns.

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
    from ..actors.mentions import without_self_references

    m, left_out = without_self_references(mentions)
    m = m.copy()
    if by == "year" and "year" not in m.columns:
        if corpus is None or "published" not in corpus.columns:
            raise ValueError("plot_actor_mentions(by='year') needs a corpus with 'published' "
                             "(or a 'year' column in mentions)")
        years = dict(zip(corpus["doc_id"].astype(str), pd.to_datetime(corpus["published"]).dt.year))
        m["year"] = m["doc_id"].astype(str).map(years)
        m["year"] = m["year"].map(lambda y: "unknown" if pd.isna(y) else str(int(y)))
    col = "year" if by == "year" else "doc_id"
    n_actors = m["actor"].nunique()
    order = _top(m["actor"].value_counts().sort_index(), top).index.tolist()
    m = m[m["actor"].isin(order)]
    notes = [f"{len(order)} of {n_actors:,} actors mentioned"] if n_actors > len(order) else []
    if left_out:    # the document's own outlet ("told the BBC"): left out, and said so
        own = mentions.loc[mentions["self_reference"].fillna(False).astype(bool), "actor"].value_counts()
        notes.append("without the publisher itself (" + ", ".join(f"{a}: {n:,} mention{'' if n == 1 else 's'}" for a, n in own.items()) + ")")
    if by == "year":
        m = m.assign(year=m["year"].astype(str))
        known = sorted({y for y in m["year"] if y.lstrip("-").isdigit()}, key=int)
        if len(known) > max_columns:
            first, last = int(known[0]), int(known[-1])
            step = -(-(last - first + 1) // (max_columns - (1 if len(known) < len(set(m["year"])) else 0)))
            def span_of(y):
                a = first + (int(y) - first) // step * step
                b = min(a + step - 1, last)
                return f"{a}-{b}" if b > a else str(a)
            span = {y: span_of(y) for y in known}
            m = m.assign(year=m["year"].map(lambda y: span.get(y, y)))
            notes.append(f"years merged into spans of {step}")
    table = m.groupby(["actor", col]).size().unstack(fill_value=0).reindex(order).fillna(0).astype(int)
    table = table[sorted(table.columns, key=str)]
    if by == "doc_id" and table.shape[1] > max_columns:
        n_docs = table.shape[1]
        keep = table.sum().sort_index().sort_values(ascending=False, kind="stable").index[:max_columns]
        keep = set(keep)
        table = table[[c for c in table.columns if c in keep]]
        notes.append(f"the {max_columns} of {n_docs:,} documents with the most mentions")
    ncols = table.shape[1]
    width = 1.1 * ncols + 3.5 if ncols <= 8 else 0.6 * ncols + 7.5   # narrower cells beyond 8 columns
    fig, ax = new_figure(figsize=(max(5.5, width), 0.42 * len(order) + 1.6 + (0.2 if notes else 0)))
    ax.grid(False)
    vmax = max(int(table.to_numpy().max()) if table.size else 1, 1)
    im = ax.imshow(table.to_numpy(), cmap="Blues", aspect="auto", vmin=0, vmax=vmax)
    ax.set_yticks(range(len(order)), [shorten(a, 32) for a in order])
    labels = [shorten(c, 14) for c in table.columns]
    ax.set_xticks(range(table.shape[1]), labels,
                  rotation=45 if max(map(len, labels), default=0) > 5 else 0, ha="right" if
                  max(map(len, labels), default=0) > 5 else "center")
    for (i, j), v in np.ndenumerate(table.to_numpy()):
        ax.text(j, i, f"{v:,}" if v < 10_000 else f"{v / 1000:.0f}k", ha="center", va="center", fontsize=8,
                color="white" if v > 0.6 * vmax else "#222222")
    ax.set_xlabel("publication year" if by == "year" else "document")
    ax.set_title(f"Mentions of the {len(order)} most mentioned actors"
                 + (f"\n({'; '.join(notes)})" if notes else ""))
    fig.colorbar(im, ax=ax, shrink=0.8, label="mentions")
    return fig


def _repel_labels(ax, texts, anchors, iterations: int = 300) -> None:
    """Move text labels (in display space) until no two overlap, each pulled back toward its
    anchor; a thin line joins a label that moved far to its node. Deterministic."""
    fig = ax.figure
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    to_px = ax.transData.transform
    boxes = [t.get_window_extent(renderer) for t in texts]
    w = np.array([b.width for b in boxes]) + 4.0
    h = np.array([b.height for b in boxes]) + 2.0
    home = to_px(np.asarray(anchors, float))
    xy = home.copy()
    axbox = ax.get_window_extent(renderer)
    for _ in range(iterations):
        dx = xy[:, None, 0] - xy[None, :, 0]
        dy = xy[:, None, 1] - xy[None, :, 1]
        ox = (w[:, None] + w[None, :]) / 2 - np.abs(dx)
        oy = (h[:, None] + h[None, :]) / 2 - np.abs(dy)
        hit = (ox > 0) & (oy > 0)
        np.fill_diagonal(hit, False)
        if not hit.any():
            break
        # push each overlapping pair apart along the axis of least overlap
        along_x = ox < oy * 1.5
        sx = np.where(dx >= 0, 1.0, -1.0)
        sy = np.where(dy >= 0, 1.0, -1.0)
        # ties (identical positions) break by index, so the result does not depend on chance
        tie = (dx == 0) & (dy == 0)
        sy = np.where(tie, np.sign(np.arange(len(xy))[:, None] - np.arange(len(xy))[None, :]), sy)
        push_x = np.where(hit & along_x, sx * ox * 0.5, 0).sum(axis=1)
        push_y = np.where(hit & ~along_x, sy * oy * 0.5, 0).sum(axis=1)
        xy += np.c_[push_x, push_y] * 0.6 + (home - xy) * 0.02
        xy[:, 0] = np.clip(xy[:, 0], axbox.x0 + w / 2, axbox.x1 - w / 2)
        xy[:, 1] = np.clip(xy[:, 1], axbox.y0 + h / 2, axbox.y1 - h / 2)
    inv = ax.transData.inverted()
    for t, p, q, hh in zip(texts, inv.transform(xy), xy, h):
        t.set_position(p)
        k = list(texts).index(t)
        if np.hypot(*(q - home[k])) > hh:
            ax.annotate("", xy=anchors[k], xytext=p, arrowprops={"arrowstyle": "-", "color": "#777777",
                                                                   "lw": 0.6}, zorder=4)


def plot_cooccurrence_network(cooc: pd.DataFrame, mentions: pd.DataFrame | None = None,
                              top: int = 15, min_count: int = 1, seed: int = 0):
    """Network of actors mentioned in the same sentence, readable however many actors there are.

    Nodes are the ``top`` actors by mentions (node size; by shared sentences when
    ``mentions`` is not given) among those with at least one pair of ``min_count`` shared
    sentences; edges are their pairs (width = shared sentences). The layout is
    Kamada-Kawai (even spacing; spring layout with a fixed ``seed`` beyond 60 nodes), and
    labels are pushed apart until none overlap, joined to their node by a thin line where
    they moved. The title says how many actors and pairs of how many are shown.

    Parameters
    ----------
    cooc : DataFrame from :func:`analysis.cooccurrence` (actor_a, actor_b, n_sentences).
    mentions : DataFrame from :func:`analysis.actor_mentions`, optional (node sizes, types).
    top : at most this many actors.
    min_count : pairs with fewer shared sentences are left out.
    seed : seed of the spring layout (used beyond 60 nodes).

    Returns
    -------
    matplotlib Figure

    Examples
    --------
    >>> import pandas as pd
    >>> cooc = pd.DataFrame({"actor_a": ["Ann", "Ann", "Bo"], "actor_b": ["Bo", "Cy", "Cy"],
    ...                      "n_sentences": [3, 1, 2]})
    >>> print(plot_cooccurrence_network(cooc, top=2).axes[0].get_title())
    Actors named in the same sentence (edge width = shared sentences)
    (2 of 3 actors named with another: the most connected; 1 of 3 pairs)
    """
    import networkx as nx

    n_pairs_all = len(cooc)
    edges = cooc[cooc["n_sentences"] >= min_count]
    if mentions is not None and len(mentions):
        weight = mentions["actor"].value_counts()
        types = mentions.drop_duplicates("actor").set_index("actor")["actor_type"]
        how = "the most mentioned"
    else:
        weight = pd.concat([edges.groupby("actor_a")["n_sentences"].sum(),
                            edges.groupby("actor_b")["n_sentences"].sum()]).groupby(level=0).sum()
        types = pd.Series(dtype=object)
        how = "the most connected"
    in_edges = set(edges["actor_a"]) | set(edges["actor_b"])
    n_actors_all = len(set(cooc["actor_a"]) | set(cooc["actor_b"]))
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
    title = "Actors named in the same sentence (edge width = shared sentences)"
    if g.number_of_nodes() == 0:
        ax.text(0.5, 0.5, "no actor pairs to show", ha="center", va="center", transform=ax.transAxes)
        return fig
    notes = []
    if g.number_of_nodes() < n_actors_all or len(edges) < n_pairs_all:
        notes.append(f"{g.number_of_nodes()} of {n_actors_all:,} actors named with another: {how}")
        notes.append(f"{len(edges):,} of {n_pairs_all:,} pairs"
                     + (f" (pairs with fewer than {min_count} shared sentences left out)" if min_count > 1 else ""))
    if g.number_of_nodes() <= 60:
        pos = nx.kamada_kawai_layout(g)   # distances from the graph: even spacing, no seed needed
    else:
        pos = nx.spring_layout(g, seed=seed, weight="weight", k=2.0 / np.sqrt(g.number_of_nodes()),
                               iterations=200)
    wmax = max(edges["n_sentences"].max(), 1) if len(edges) else 1
    nx.draw_networkx_edges(g, pos, ax=ax, edge_color="#999999", alpha=0.7,
                           width=[0.5 + 5 * g[u][v]["weight"] / wmax for u, v in g.edges()])
    colour = {"person": PALETTE[0], "state": PALETTE[1], "organization": PALETTE[2]}
    nodes = list(g.nodes())
    smax = max(weight.reindex(nodes).fillna(1).max(), 1)
    sizes = [120 + 1200 * float(weight.get(n, 1)) / smax for n in nodes]
    nx.draw_networkx_nodes(g, pos, ax=ax, nodelist=nodes, node_size=sizes, alpha=0.9,
                           node_color=[colour.get(types.get(n), "#BBBBBB") for n in nodes])
    xs, ys = zip(*pos.values())
    pad = 0.25
    ax.set_xlim(min(xs) - pad, max(xs) + pad)
    ax.set_ylim(min(ys) - pad, max(ys) + pad)
    texts = [ax.text(*pos[n], shorten(n, 28), fontsize=9 if len(nodes) <= 30 else 7.5, ha="center",
                     va="center", zorder=5,
                     bbox={"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none", "alpha": 0.8})
             for n in nodes]
    _repel_labels(ax, texts, [pos[n] for n in nodes])
    for t, c in colour.items():
        ax.scatter([], [], s=80, color=c, label=t)
    ax.legend(loc="lower left", title="actor type", fontsize=8)
    ax.set_title(title + (f"\n({'; '.join(notes)})" if notes else ""))
    return fig


def plot_actor_tone(tone: pd.DataFrame, top: int = 12, min_sentences: int = 1):
    """Tone towards each actor with its 95% interval (or the mean tone of the sentences around
    it), with the number of mentions or sentences behind each bar.

    Parameters
    ----------
    tone : DataFrame from ``analysis.actor_sentiment(corpus, by="actor")``: with ``score_mean``,
        ``ci_low``, ``ci_high`` (``method="target"``, the default) or ``compound_mean``
        (``method="sentence"``); and actor, n_sentences.
    top : int
        Actors with the most sentences shown (the rest counted in the title).
    min_sentences : int
        Actors in fewer sentences are left out.

    Returns
    -------
    matplotlib Figure
    """
    target = "score_mean" in tone.columns
    value = "score_mean" if target else "compound_mean"
    count = "n_mentions" if target and "n_mentions" in tone.columns else "n_sentences"
    t = tone[tone["n_sentences"] >= min_sentences]
    n_all = len(t)
    t = t.sort_values([count, "actor"], ascending=[False, True]).head(top)
    t = t.sort_values([value, "actor"])
    fig, ax = new_figure(figsize=(8, 0.4 * len(t) + 1.8))
    if target:   # a bar is coloured only when its interval is on one side of 0
        below = (t["ci_high"] < 0).to_numpy()
        above = (t["ci_low"] > 0).to_numpy()
        rule = ("95% interval below 0", "95% interval above 0", "interval includes 0 (or none)")
    else:        # no interval: the mean outside VADER's neutral band
        below = (t[value] < -0.05).to_numpy()
        above = (t[value] > 0.05).to_numpy()
        rule = ("mean below -0.05", "mean above 0.05", "mean within -0.05 to 0.05")
    colours = [PALETTE[3] if b else PALETTE[2] if a else "#999999" for b, a in zip(below, above)]
    ys = range(len(t))
    ax.barh(list(ys), t[value], color=colours)
    ax.set_yticks(list(ys), [shorten(a, 32) for a in t["actor"]])
    reach = t[value].abs()
    if target:
        lo, hi = t["ci_low"].to_numpy(), t["ci_high"].to_numpy()
        v = t[value].to_numpy(dtype=float)
        # an interval can sit off the mean by rounding, or be missing for an actor with one mention
        err = np.nan_to_num(np.clip(np.vstack([v - lo, hi - v]).astype(float), 0, None))
        ax.errorbar(v, list(ys), xerr=err, fmt="none", ecolor="#333333", elinewidth=1, capsize=3)
        reach = pd.concat([t["ci_low"].abs(), t["ci_high"].abs()])
    ax.axvline(0, color="#333333", lw=0.8)
    lim = max(0.3, float(reach.max()) * 1.25 if len(t) else 0.3)
    ax.set_xlim(-lim, lim)
    for y, (v, n) in enumerate(zip(t[value], t[count])):
        ax.text(-lim * 0.98 if v >= 0 else lim * 0.98, y, f"n={n}", va="center",
                ha="left" if v >= 0 else "right", fontsize=8, color="#333333")
    if target:
        ax.set_xlabel("tone towards the actor: mean P(positive) - P(negative) of its mentions,\n"
                      "with 95% interval (bootstrap over documents)")
        title = "Tone towards each actor"
    else:
        ax.set_xlabel("mean compound tone of sentences mentioning the actor (-1 negative, +1 positive)")
        title = "Tone of the sentences around each actor"
    ax.set_title(title + (f"\n({len(t)} of {n_all:,} actors: those mentioned most)" if n_all > len(t) else ""))
    if len(t):
        from matplotlib.patches import Patch

        ax.legend(handles=[Patch(color=c, label=r) for c, r in zip((PALETTE[3], PALETTE[2], "#999999"), rule)],
                  loc="upper center", bbox_to_anchor=(0.5, -0.24 if target else -0.16), ncol=3,
                  fontsize=8, frameon=False)
    ax.grid(axis="y", visible=False)
    return fig


def plot_quotes_by_speaker(quotes: pd.DataFrame, top: int = 12):
    """Bar chart of direct quotations per speaker: whose voices carry the story.

    Voices as in :func:`analysis.quoted_voices`: the resolved ``speaker_actor``, otherwise
    the speaker as written. Bars are coloured by how the voice was identified (linked to an
    entry of the actor dictionary or a gazetteer; a name found in the text by the rules; an
    unnamed source such as "a spokesperson"), with a legend. Quotations whose speaker is an
    unresolved pronoun ("they") or was not found are not voices of their own: they are
    counted in the title.

    Parameters
    ----------
    quotes : DataFrame from :func:`analysis.extract_quotes` (doc_id, quote, speaker,
        speaker_actor, speaker_text).
    top : int
        Number of voices shown (most quotations first).

    Returns
    -------
    matplotlib Figure

    Examples
    --------
    >>> q = pd.DataFrame({"doc_id": ["a", "a", "b"], "quote": ["Yes.", "No.", "Maybe."],
    ...                   "speaker": ["Jo Lin", "they", None], "speaker_actor": [None, None, None],
    ...                   "speaker_text": ["Jo Lin", "they", None]})
    >>> print(plot_quotes_by_speaker(q).axes[0].get_title())
    Who is quoted: the 1 most quoted voices
    (quotations left out: 1 by an unresolved pronoun ("they"), 1 with no speaker)
    """
    from ..quotes.extract import VOICE_KINDS, quoted_voices

    voices = quoted_voices(quotes).rename(columns={"quotes": "n"})
    left_out = voices[voices["kind"].isin(VOICE_KINDS[3:])]
    voices = voices[~voices["kind"].isin(VOICE_KINDS[3:])]
    counts = voices.sort_values(["n", "who"], ascending=[False, True]).head(top).iloc[::-1]
    colour = dict(zip(VOICE_KINDS[:3], [PALETTE[0], PALETTE[1], "#AAAAAA"]))
    fig, ax = new_figure(figsize=(8.5, 0.4 * max(len(counts), 2) + 2.2))
    ax.barh(np.arange(len(counts)), counts["n"], color=[colour[k] for k in counts["kind"]])
    ax.set_yticks(np.arange(len(counts)), [shorten(w, 40) for w in counts["who"]])
    for y, n in enumerate(counts["n"]):
        ax.text(n + 0.05, y, str(n), va="center", fontsize=8)
    ax.set_xlabel("direct quotations")
    notes = []
    rest = len(voices) - len(counts)
    if rest > 0:
        notes.append(f"{len(counts)} of {len(voices):,} voices; the other {rest:,} have "
                     f"{int(voices['n'].sum() - counts['n'].sum()):,} quotations")
    gone = left_out.set_index("kind")["n"].groupby(level=0).sum()
    parts = []
    if gone.get(VOICE_KINDS[3], 0):
        k = int(gone[VOICE_KINDS[3]])
        parts.append(f"{k:,} by an unresolved pronoun (\"they\")")
    if gone.get(VOICE_KINDS[4], 0):
        k = int(gone[VOICE_KINDS[4]])
        parts.append(f"{k:,} with no speaker")
    if parts:
        notes.append("quotations left out: " + ", ".join(parts))
    ax.set_title(f"Who is quoted: the {len(counts)} most quoted voices"
                 + "".join(f"\n({x})" for x in notes))
    from matplotlib.patches import Patch

    label = dict(zip(VOICE_KINDS[:3], ["linked to an entry of the actor dictionary or a gazetteer",
                                       "a name found in the text (in no list)",
                                       "an unnamed source (a role noun: \"a spokesperson\")"]))
    present = set(counts["kind"])
    shown = [k for k in VOICE_KINDS[:3] if k in present]
    if shown:
        # below the axes: inside them, the legend covered the bars of the last voices and hid its
        # own orange swatch against an orange bar (AG News)
        fig.legend(handles=[Patch(color=colour[k], label=label[k]) for k in shown], loc="outside lower center",
                   fontsize=8, title="speaker", title_fontsize=8, frameon=False, ncol=1)
    ax.grid(axis="y", visible=False)
    ax.xaxis.get_major_locator().set_params(integer=True)
    return fig
