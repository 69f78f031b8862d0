"""A small corpus unlike the bundled one, for end-to-end runs: other outlets, actors, years.

Articles are assembled from hand-written sentences about three stories (EU–Iran nuclear
talks, a Brazil–Argentina trade dispute, Pacific fisheries), dated 2013–2023, with page
furniture of other kinds mixed in. Deterministic (seeded).
"""
from __future__ import annotations

import json
import random
from pathlib import Path

STORIES = {
    "iran": [
        "European foreign ministers met Iranian negotiators in Vienna on Tuesday to revive the nuclear agreement.",
        "\"We are closer than we have been in months,\" said Josep Borrell, the European Union's foreign policy chief.",
        "Iran's foreign minister Hossein Amir-Abdollahian told reporters that sanctions relief must come first.",
        "Tehran has expanded its enrichment of uranium since the deal collapsed in 2018.",
        "Inspectors from the International Atomic Energy Agency reported new centrifuges at Natanz last month.",
        "Diplomats said the talks would resume next week after consultations in capitals.",
        "Washington has signalled it could return to the agreement if Tehran restores its limits.",
        "Critics in Israel warned that a weak agreement would reward Iran for its violations.",
        "\"There is no alternative to diplomacy,\" Mr Borrell added. \"The window will not stay open forever.\"",
        "The talks stalled over guarantees that a future US administration would not abandon the deal again.",
    ],
    "trade": [
        "Brazil and Argentina traded accusations on Monday over new tariffs on steel and cars.",
        "Brazilian President Luiz Inacio Lula da Silva said the measures hurt workers on both sides of the border.",
        "\"This is a misunderstanding between friends,\" Argentina's economy minister Sergio Massa told a radio station.",
        "Exporters in Sao Paulo reported that shipments were held at the border for three days.",
        "The Mercosur bloc is expected to discuss the dispute at its summit in Montevideo in July.",
        "Economists warned that the quarrel could slow growth across the region this year.",
        "Car makers said they had cut production at two plants after the tariffs took effect.",
        "Buenos Aires insists the duties are temporary and comply with the bloc's rules.",
        "Lula added that he would raise the issue directly with his Argentine counterpart.",
        "Farm groups welcomed a promise of talks but said uncertainty was already costing them.",
    ],
    "fish": [
        "Pacific island states agreed on Thursday to tighten limits on tuna fishing in their waters.",
        "Fiji's prime minister Sitiveni Rabuka said the deal protected the livelihoods of coastal communities.",
        "\"The ocean is our shared pantry, and it is running low,\" said Rabuka at the closing session.",
        "Distant-water fleets from Asia and Europe catch most of the region's tuna.",
        "Scientists warned that bigeye tuna stocks have fallen sharply over the past decade.",
        "The new rules will take effect in January and will be reviewed after two years.",
        "Observers will be placed on a larger share of fishing vessels under the agreement.",
        "Environmental groups praised the decision but said enforcement would be the real test.",
        "Canberra and Wellington pledged funding for patrol boats and satellite monitoring.",
        "A spokeswoman for the fishing industry said the limits were costly but necessary.",
    ],
}
HEADLINES = {
    "iran": ["Vienna talks on Iran deal resume", "EU presses Tehran on enrichment", "Nuclear talks stall over guarantees"],
    "trade": ["Brazil and Argentina clash over tariffs", "Mercosur partners seek truce on steel", "Car makers cut output amid dispute"],
    "fish": ["Pacific states tighten tuna limits", "Island nations act on overfishing", "Fisheries deal praised, enforcement doubted"],
}
OUTLETS = ["Harbour Daily", "Continental Wire", "The Morning Ledger", "Island Times"]
FURNITURE = [
    ["Share this article", "Sign up for our morning newsletter and get the news first."],
    ["Advertisement"],
    ["Related stories", "Stocks slide as oil climbs", "Storm closes ports along the coast"],
    ["Comments are closed for this article.", "© 2023 Continental Wire. All rights reserved."],
]


def make_articles(n: int = 24, seed: int = 7) -> list[dict]:
    rng = random.Random(seed)
    articles = []
    topics = sorted(STORIES)
    for i in range(n):
        topic = topics[i % len(topics)]
        year = 2013 + (i * 5) % 11
        month, day = 1 + (i * 7) % 12, 1 + (i * 11) % 28
        body = rng.sample(STORIES[topic], k=rng.randint(4, 6))
        furniture = FURNITURE[i % len(FURNITURE)]
        headline = HEADLINES[topic][i % 3]
        lines = [headline, "", *[s for s in body for s in (s, "")], *furniture]
        articles.append({
            "doc_id": f"foreign-{i:03d}",
            "title": headline,
            "outlet": OUTLETS[i % len(OUTLETS)],
            "published": f"{year}-{month:02d}-{day:02d}",
            "text": "\n".join(lines),
        })
    return articles


def write_jsonl(path: Path, n: int = 24, seed: int = 7) -> Path:
    path = Path(path)
    with path.open("w", encoding="utf-8") as fh:
        for article in make_articles(n, seed):
            fh.write(json.dumps(article, ensure_ascii=False) + "\n")
    return path


def write_undated_folder(folder: Path, n: int = 12, seed: int = 11) -> Path:
    """The same stories as plain .txt files with no date anywhere, plus two awkward files:
    one in cp1252 and one empty (the loader must warn and go on)."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    for article in make_articles(n, seed):
        body = "\n".join(line for line in article["text"].split("\n") if "©" not in line)
        (folder / f"{article['doc_id']}.txt").write_text(body + "\n", encoding="utf-8")
    (folder / "legacy-cp1252.txt").write_bytes(  # 0x92 is cp1252's right single quote
        b"The ministers\x92 talks resumed in Vienna after a long pause, diplomats said on Tuesday.\n")
    (folder / "empty.txt").write_bytes(b"")
    return folder
