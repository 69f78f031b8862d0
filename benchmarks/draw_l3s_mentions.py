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

import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from _l3s_body import body  # noqa: E402
from draw_l3s_speakers import urls  # noqa: E402
from draw_l3s_speakers7 import _site, labelled_docs, metadata_pages, one_page_per_site, print_draw  # noqa: E402


N, SEED = 10, 1112
EARLIER_SPEAKERS = ("5", "7")  # the speaker batches labelled before this draw
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


def draw_mentions(folder: Path, speakers, mentions, seed: int, name: str, n: int = N,
                  other_pages=frozenset()) -> list[tuple[str, str]]:
    """The drawing rule of the mention batches: candidates that are no page of the speaker
    batches ``speakers``, the mention batches ``mentions`` (labelled before the draw), the
    metadata sets or ``other_pages`` (pages of other labelled sets), ``random.Random(seed)``
    shuffles them, the first page of each site not yet used is taken until there are ``n``, dealt
    alternately into ``{name}a`` and ``{name}b``."""
    u = urls(folder)
    docs = labelled_docs(speakers) + labelled_docs(mentions, ("l3s_mentions.yml",))
    used = metadata_pages() | {d["page"] for d in docs} | set(other_pages)
    sites = {_site(u.get(d["page"], "")) for d in docs}
    pool = [p for p in candidates(folder) if p not in used]
    random.Random(seed).shuffle(pool)
    picked = one_page_per_site(pool, u, sites, n)
    return [(f"{name}a" if i % 2 == 0 else f"{name}b", p) for i, p in enumerate(picked)]


def draw(folder: Path) -> list[tuple[str, str]]:
    """(batch, page id) of the 10 drawn pages, 11a and 11b alternately."""
    return draw_mentions(folder, EARLIER_SPEAKERS, (), SEED, "11")


if __name__ == "__main__":
    print_draw(draw, __doc__, lambda folder, p: (len(body(folder, p).split()),))
