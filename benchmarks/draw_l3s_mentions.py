"""Draw the L3S-GN1 pages of mentions batch 11 (issue 13, round 12).

Usage: python benchmarks/draw_l3s_mentions.py [--corpus DIR]

Candidates are the L3S-GN1 pages (2008 Google News pages of mostly US and world outlets) whose
human-annotated body (``_l3s_body.body``) has 300-900 words, that are news about politics,
business or world affairs and not sport-only, and that come from no site (host without ``www.``)
of the L3S speaker batches (``benchmarks/data/l3s_speakers.yml``: 5a/5b and 7a/7b) and are no page
of the two L3S metadata sets. The topic test is a fixed word count on the lower-cased body:
at least 4 occurrences of words of ``TOPIC`` (government, election, company, shares, minister,
...) and more of them than of ``SPORT`` words (game, season, coach, ...).
``random.Random(1112)`` shuffles the sorted candidates; the first page of each not yet used site is
taken until there are 10 (one page per site); the draw is dealt alternately into **11a**
(development) and **11b** (held out). Prints one line per page: batch, page id, words, url.
The labels are in ``benchmarks/data/l3s_mentions.yml`` (scored by ``bench_l3s_mentions.py``).
"""
from __future__ import annotations

import argparse
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from _l3s_body import body  # noqa: E402
from draw_l3s_speakers import DEFAULT, urls  # noqa: E402
from draw_l3s_speakers7 import _site, _used_pages, one_page_per_site  # noqa: E402

import yaml  # noqa: E402

N, SEED = 10, 1112
TOPIC = ("government", "governments", "election", "elections", "president", "minister", "ministers",
         "senator", "congress", "parliament", "party", "campaign", "company", "companies", "shares",
         "market", "markets", "economy", "bank", "percent", "billion", "million", "officials",
         "military", "troops", "war", "policy", "court", "law", "vote", "voters", "investors", "profit")
SPORT = ("game", "games", "season", "coach", "team", "teams", "league", "scored", "goal", "goals",
         "match", "championship", "player", "players", "tournament", "inning", "quarterback", "playoffs")


def _count(words, vocab):
    return sum(w in vocab for w in words)


def candidates(folder: Path) -> list[str]:
    out = []
    for f in sorted((folder / "annotated").glob("*.html")):
        t = body(folder, f.stem)
        n = len(t.split())
        if not 300 <= n <= 900:
            continue
        words = re.findall(r"[a-z]+", t.lower())
        topic, sport = _count(words, set(TOPIC)), _count(words, set(SPORT))
        if topic >= 4 and topic > sport:
            out.append(f.stem)
    return out


def draw(folder: Path) -> list[tuple[str, str]]:
    """(batch, page id) of the 10 drawn pages, 11a and 11b alternately."""
    u = urls(folder)
    docs = yaml.safe_load((HERE / "data" / "l3s_speakers.yml").read_text(encoding="utf-8"))["documents"]
    used = _used_pages() | {d["page"] for d in docs}
    sites = {_site(u.get(d["page"], "")) for d in docs}
    pool = [p for p in candidates(folder) if p not in used]
    random.Random(SEED).shuffle(pool)
    picked = one_page_per_site(pool, u, sites, N)
    return [("11a" if i % 2 == 0 else "11b", p) for i, p in enumerate(picked)]


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default=str(DEFAULT), help="L3S-GN1 folder (annotated/, original/)")
    folder = Path(ap.parse_args().corpus)
    u = urls(folder)
    for b, p in draw(folder):
        print(b, p, len(body(folder, p).split()), u.get(p, "?"))
