"""Charts of how coverage frames its subject: keyness of words between groups of documents."""
from __future__ import annotations

import numpy as np
import pandas as pd

from ._style import PALETTE, new_figure, shorten


def plot_keyness(keyness_df: pd.DataFrame, n: int = 15, *, value: str = "log_ratio",
                 target_label: str | None = None, reference_label: str | None = None,
                 title: str | None = None, max_p: float | None = None):
    """Diverging bar chart: the top ``n`` key terms of the target (right) and of the reference (left).

    Terms are chosen by G2 within each direction (the strongest evidence), and drawn by
    ``value``: ``"log_ratio"`` (default, effect size: each unit is a doubling) or ``"g2"``
    (signed: negative for the reference). Each bar is labelled with the term's counts
    ``target/reference`` so a reader sees how little a term may rest on.

    Parameters
    ----------
    keyness_df : output of :func:`analysis.keyness`.
    n : how many terms each way.
    value : ``"log_ratio"`` or ``"g2"``.
    target_label, reference_label : names of the two sides (default from ``keyness_df.attrs``
        or "target" / "reference").
    max_p : optional; keep only terms with ``p_value <= max_p`` (e.g. 0.05).

    Returns
    -------
    matplotlib Figure.

    Examples
    --------
    >>> import pandas as pd
    >>> import analysis
    >>> docs = pd.DataFrame({"doc_id": ["a", "b", "c"],
    ...     "text": ["Troops and troops and more troops.", "Tariffs on trade.", "Trade talks."],
    ...     "published": pd.to_datetime(["2024-11-16", "2016-03-30", "2017-06-20"])})
    >>> k = analysis.keyness(docs, by="year", target=2024, min_count=2)
    >>> fig = plot_keyness(k, n=12, target_label="2024", reference_label="2016-17")
    >>> fig.axes[0].get_title()
    'Key terms: 2024 vs 2016-17'
    """
    need = {"term", "g2", "direction", "count_target", "count_reference", value}
    missing = need - set(keyness_df.columns)
    if missing:
        raise ValueError(f"plot_keyness: keyness_df lacks {sorted(missing)}; pass the output of analysis.keyness")
    if value not in ("log_ratio", "g2"):
        raise ValueError("plot_keyness: value must be 'log_ratio' or 'g2'")
    df = keyness_df
    if max_p is not None and "p_value" in df.columns:
        df = df[df["p_value"] <= max_p]
    order = ["g2", "term"]
    top_t = df[df["direction"] == "target"].sort_values(order, ascending=[False, True], kind="mergesort").head(n)
    top_r = df[df["direction"] == "reference"].sort_values(order, ascending=[False, True], kind="mergesort").head(n)
    attrs_t = keyness_df.attrs.get("target")
    target_label = target_label or (", ".join(map(str, attrs_t)) if attrs_t else "target")
    reference_label = reference_label or "reference"

    def signed(rows, sign):
        v = rows[value].to_numpy(float)
        return np.abs(v) * sign if value == "g2" else v

    # target terms on top (largest first), then reference terms (largest at the bottom)
    rows = pd.concat([top_t, top_r.iloc[::-1]], ignore_index=True)
    vals = np.concatenate([signed(top_t, 1), signed(top_r.iloc[::-1], -1)])
    colours = [PALETTE[0]] * len(top_t) + [PALETTE[1]] * len(top_r)
    height = 1.6 + 0.28 * max(len(rows), 2)
    fig, ax = new_figure(figsize=(8, height))
    if not len(rows):
        ax.text(0.5, 0.5, "no key terms", ha="center", va="center", transform=ax.transAxes)
        ax.set_axis_off()
        return fig
    y = np.arange(len(rows))[::-1]
    ax.barh(y, vals, color=colours, height=0.7, zorder=2)
    ax.axvline(0, color="#444444", lw=0.8, zorder=3)
    span = float(np.nanmax(np.abs(vals)))
    span = span if span > 0 else 1.0
    pad = 0.02 * span
    for yy, v, r in zip(y, vals, rows.itertuples(index=False)):
        # term on the other side of zero, counts at the bar's end
        ax.text(-pad if v >= 0 else pad, yy, shorten(r.term, 30), va="center",
                ha="right" if v >= 0 else "left", fontsize=9, zorder=4)
        ax.text(v + (pad if v >= 0 else -pad), yy, f"{r.count_target}/{r.count_reference}",
                va="center", ha="left" if v >= 0 else "right", fontsize=7, color="#555555", zorder=4)
    ax.set_xlim(-1.45 * span, 1.45 * span)
    ax.set_yticks([])
    ax.grid(axis="y", visible=False)
    xlabel = "Log Ratio (binary log of the ratio of relative frequencies)" if value == "log_ratio" \
        else "log-likelihood G2 (signed: left = reference)"
    n_t, n_r = int((df["direction"] == "target").sum()), int((df["direction"] == "reference").sum())
    shown = "" if len(top_t) == n_t and len(top_r) == n_r else \
        f"\nshown: the top {len(top_t)} of {n_t:,} target and {len(top_r)} of {n_r:,} reference terms"
    ax.set_xlabel(xlabel + "\nterms ranked by G2 within each side; numbers are counts target/reference"
                  + shown, fontsize=9)
    ax.spines["left"].set_visible(False)
    ax.text(0.99, 1.0, f"more in {target_label} \u2192", transform=ax.transAxes, ha="right",
            va="bottom", color=PALETTE[0], fontsize=9, fontweight="bold")
    ax.text(0.01, 1.0, f"\u2190 more in {reference_label}", transform=ax.transAxes, ha="left",
            va="bottom", color=PALETTE[1], fontsize=9, fontweight="bold")
    ax.set_title(title or f"Key terms: {target_label} vs {reference_label}", pad=18)
    return fig
