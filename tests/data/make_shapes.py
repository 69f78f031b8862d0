"""Small corpora of the shapes researchers bring, for end-to-end runs of the report.

Every text is invented here; deterministic.
"""
from __future__ import annotations

import json
from pathlib import Path

EN = [
    "Port workers in the northern city walked out on Monday over pay and shift patterns.",
    "The union said talks with the harbour authority had broken down after six weeks.",
    "\"We will not accept another year of cuts,\" said Maria Lopez, the union's regional secretary.",
    "The harbour authority said it had offered a fair settlement and urged staff to return.",
    "Shipping companies warned that a long strike would delay deliveries of fuel and grain.",
    "Ministers called on both sides to accept mediation before the holiday season.",
    "Local businesses reported that trade had slowed as ferries were cancelled.",
    "A mediator appointed by the labour ministry is expected to meet both sides on Thursday.",
]
DE = [
    "Die Hafenarbeiter in der nördlichen Stadt haben am Montag die Arbeit niedergelegt.",
    "Die Gewerkschaft erklärte, die Gespräche mit der Hafenbehörde seien gescheitert.",
    "\"Wir werden keine weiteren Kürzungen hinnehmen\", sagte die Sekretärin der Gewerkschaft.",
    "Die Hafenbehörde teilte mit, sie habe ein faires Angebot gemacht und bitte um Rückkehr.",
    "Reedereien warnten, dass ein langer Streik die Lieferungen von Treibstoff verzögern werde.",
    "Die Ministerin rief beide Seiten auf, einer Schlichtung vor den Feiertagen zuzustimmen.",
    "Örtliche Geschäfte berichteten, dass der Handel wegen ausgefallener Fähren nachgelassen habe.",
    "Ein Schlichter des Arbeitsministeriums soll am Donnerstag mit beiden Seiten sprechen.",
]


def _write_jsonl(path: Path, rows: list[dict]) -> Path:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


def _article(sentences, i, n=4):
    return " ".join(sentences[(i + k) % len(sentences)] for k in range(n))


def short_items(path: Path) -> Path:
    """Headline + teaser rows (text column ``short_description``), some empty after cleaning, one
    numeric-only table story, dates in several years."""
    rows = []
    for i in range(16):
        rows.append({"link": f"https://example.org/item/{i}", "headline": EN[i % len(EN)][:60],
                     "short_description": EN[(i + 3) % len(EN)] + " " + EN[(i + 5) % len(EN)],
                     "date": f"20{18 + i % 5}-0{1 + i % 9}-15", "authors": "Staff Writer", "category": "WORLD"})
    rows[3]["short_description"] = "Advertisement"           # page furniture only
    rows[7]["short_description"] = "Share this article"      # page furniture only
    rows[11]["short_description"] = "one month 4 7/8 - 4 3/4 two months 4 13/16 - 4 11/16"  # numbers only
    return _write_jsonl(path, rows)


def single_document(path: Path) -> Path:
    return _write_jsonl(path, [{"doc_id": "only", "title": "Harbour strike", "published": "2021-05-04",
                                "text": _article(EN, 0, 6)}])


def all_duplicates(path: Path) -> Path:
    text = _article(EN, 1, 5)
    return _write_jsonl(path, [{"doc_id": f"copy-{i}", "published": f"2020-0{1 + i}-01", "outlet": f"Site {i}",
                                "text": text} for i in range(5)])


def no_dates(path: Path) -> Path:
    return _write_jsonl(path, [{"doc_id": f"n{i}", "text": _article(EN, i, 4)} for i in range(6)])


def one_date(path: Path) -> Path:
    return _write_jsonl(path, [{"doc_id": f"d{i}", "published": "2022-03-01", "text": _article(EN, i, 4)}
                               for i in range(6)])


def one_year(path: Path) -> Path:
    return _write_jsonl(path, [{"doc_id": f"y{i}", "published": f"2019-{1 + i:02d}-10", "text": _article(EN, i, 4)}
                               for i in range(6)])


def german(path: Path) -> Path:
    return _write_jsonl(path, [{"doc_id": f"de{i}", "published": f"20{18 + i}-06-01", "outlet": "Hafenblatt",
                                "text": _article(DE, i, 5)} for i in range(6)])


def mixed_language(path: Path) -> Path:
    rows = [{"doc_id": f"en{i}", "published": f"20{18 + i}-06-01", "text": _article(EN, i, 5)} for i in range(6)]
    rows += [{"doc_id": f"de{i}", "published": f"20{18 + i}-07-01", "text": _article(DE, i, 5)} for i in range(2)]
    return _write_jsonl(path, rows)


SHAPES = {"short_items": short_items, "single_document": single_document, "all_duplicates": all_duplicates,
          "no_dates": no_dates, "one_date": one_date, "one_year": one_year, "german": german,
          "mixed_language": mixed_language}
