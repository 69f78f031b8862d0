"""Synthetic news corpora with known themes, for the topic-model tests (written for them)."""
from __future__ import annotations

import random

import pandas as pd

from conftest import build_corpus

THEMES = {
    "sport": {
        "names": ["Northfield Rovers", "Harbour City Athletic"],
        "words": ["match", "goal", "striker", "coach", "league", "season", "stadium", "penalty",
                  "midfield", "defender", "fans", "trophy", "tournament", "referee", "squad",
                  "keeper", "victory", "championship", "training", "transfer"],
    },
    "weather": {
        "names": ["Coastal Forecast Centre", "Lake Verran"],
        "words": ["rain", "storm", "forecast", "temperatures", "flooding", "wind", "snow",
                  "drought", "rainfall", "meteorologists", "heatwave", "clouds", "frost",
                  "humidity", "gusts", "showers", "warnings", "coastline", "thunder", "sunshine"],
    },
    "bank": {
        "names": ["Monetary Policy Committee", "Arden Reserve"],
        "words": ["inflation", "interest", "rates", "bond", "lending", "currency", "monetary",
                  "economists", "mortgage", "tightening", "yields", "liquidity", "banks",
                  "borrowing", "deposit", "markets", "credit", "prices", "investors", "policy"],
    },
    "health": {
        "names": ["Saint Aldric Hospital", "Western Health Trust"],
        "words": ["patients", "hospital", "nurses", "vaccine", "doctors", "clinic", "surgery",
                  "infection", "treatment", "ward", "symptoms", "outbreak", "virus", "medicine",
                  "diagnosis", "ambulance", "cancer", "therapy", "pharmacy", "screening"],
    },
    "election": {
        "names": ["Reform Alliance", "Harwick Constituency"],
        "words": ["voters", "ballot", "candidate", "campaign", "parliament", "polls", "turnout",
                  "coalition", "manifesto", "seats", "constituency", "referendum", "opposition",
                  "majority", "debate", "rally", "incumbent", "primary", "electorate", "recount"],
    },
}
FILLER = ["Mr", "Ms", "Dr", "Monday", "Tuesday", "Friday", "March", "October", "January",
          "said", "told", "added", "according to", "says"]
TEMPLATES = [
    "{N} {w0} and {w1} dominated {w2}, {h} {n} {v} on {d}.",
    "The {w0} {w1} was followed by {w2} and {w3} near {N}, {v} {h} {n} in {m}.",
    "{h} {n} {v} that {w0}, {w1} and {w2} mattered more than {w3} for {N} this {d}.",
    "According to {N}, the {w0} after {w1} left {w2} and {w3} uncertain, {h} {n} {v}.",
    "{w0} {w1} {w2}: {N} {v} on {d} that the {w3} and {w4} would continue into {m}.",
]
PEOPLE = ["Okafor", "Lindqvist", "Tanaka", "Moreau", "Castillo", "Novak", "Haddad", "Brennan"]


def paragraph(theme: str, rng: random.Random) -> str:
    t = THEMES[theme]
    # Zipf-like: a theme's first words are its most common, as in real text
    weights = [1 / (r + 1) for r in range(len(t["words"]))]
    w = []
    while len(w) < 5:
        x = rng.choices(t["words"], weights)[0]
        if x not in w:
            w.append(x)
    return rng.choice(TEMPLATES).format(
        N=rng.choice(t["names"]), w0=w[0], w1=w[1], w2=w[2], w3=w[3], w4=w[4],
        h=rng.choice(["Mr", "Ms", "Dr", "Mrs"]), n=rng.choice(PEOPLE),
        v=rng.choice(["said", "told reporters", "added", "says"]),
        d=rng.choice(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]),
        m=rng.choice(["January", "March", "June", "October", "December"]))


def themed_corpus(n_docs: int = 12, paras_per_doc: int = 8, seed: int = 1,
                  themes=("sport", "weather", "bank")) -> pd.DataFrame:
    """Documents each mixing paragraphs of the themes; the main theme cycles by document."""
    rng = random.Random(seed)
    rows = []
    for i in range(n_docs):
        main = themes[i % len(themes)]
        paras = []
        for j in range(paras_per_doc):
            theme = main if j % 4 else themes[(i + j) % len(themes)]
            paras.append(paragraph(theme, rng))
        rows.append((f"doc{i:02d}", "\n\n".join(paras),
                     pd.Timestamp(2015 + i % 4 * 3, 1 + i % 12, 10),
                     ["Daily Ledger", "Evening Courier"][i % 2]))
    ids, texts, dates, outlets = zip(*rows) if rows else ((), (), (), ())
    return build_corpus(*texts, ids=ids, dates=dates, outlet=outlets)


def outlet_corpus(n_docs: int = 40, seed: int = 7) -> pd.DataFrame:
    """Outlet A writes mostly about sport, outlet B mostly about weather; bank news in both.

    One row per document with ``doc_id``, ``text``, ``outlet`` and ``published`` (three
    years in turn), for the prevalence and ``effect`` tests.
    """
    rng = random.Random(seed)
    rows = []
    for i in range(n_docs):
        outlet = "A" if i % 2 == 0 else "B"
        main = "sport" if outlet == "A" else "weather"
        themes = [main, main, main, "bank"] if i % 5 else [main, "bank", "bank", "bank"]
        rows.append((f"d{i:02d}", "\n\n".join(paragraph(t, rng) for t in themes), outlet,
                     pd.Timestamp(2010 + i % 3, 6, 1)))
    return pd.DataFrame(rows, columns=["doc_id", "text", "outlet", "published"])
