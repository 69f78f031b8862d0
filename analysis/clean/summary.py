"""What cleaning kept and removed, per document and label: the numbers behind notebook 00's chart."""
from __future__ import annotations

import pandas as pd

from .cleaning import LABELS

#: Order of cleaning labels in charts: what is kept first, then what is removed.
LABEL_ORDER = list(LABELS)


def kept_removed_table(report: pd.DataFrame, unit: str = "chars") -> pd.DataFrame:
    """Characters (or lines) per document and cleaning label, one column per label.

    Parameters
    ----------
    report : DataFrame from :func:`analysis.cleaning_report` (doc_id, text, label).
    unit : 'chars' (non-blank characters of the raw lines) or 'lines' (non-blank lines).

    Returns
    -------
    DataFrame indexed by doc_id (in report order), columns = labels present (body first).

    Examples
    --------
    >>> import pandas as pd
    >>> r = pd.DataFrame({"doc_id": ["a", "a", "a"], "text": ["Story text.", "", "Advertisement"],
    ...                   "label": ["body", "body", "boilerplate"]})
    >>> kept_removed_table(r).to_dict("index")
    {'a': {'body': 11, 'boilerplate': 13}}
    """
    if unit not in {"chars", "lines"}:
        raise ValueError("unit must be 'chars' or 'lines'")
    missing = {"doc_id", "text", "label"} - set(report.columns)
    if missing:
        raise ValueError(f"report lacks columns: {', '.join(sorted(missing))} (use analysis.cleaning_report)")
    text = report["text"].fillna("").astype(str).str.strip()
    size = text.str.len() if unit == "chars" else (text != "").astype(int)
    table = (pd.DataFrame({"doc_id": report["doc_id"].astype(str), "label": report["label"].astype(str),
                           "size": size})
             .pivot_table(index="doc_id", columns="label", values="size", aggfunc="sum", fill_value=0,
                          sort=False))
    order = [lab for lab in LABEL_ORDER if lab in table.columns]
    order += sorted(c for c in table.columns if c not in order)
    docs = list(dict.fromkeys(report["doc_id"].astype(str)))
    table = table.reindex(index=docs, columns=order).fillna(0).astype("int64")
    table.columns.name = "label"
    return table
