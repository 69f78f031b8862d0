"""Draw the L3S-GN1 pages of speakers batch 5 (issue 13, round 10b).

Usage: python benchmarks/draw_l3s_speakers.py [--corpus DIR]

Candidates are the 621 pages of L3S-GN1 (``../shared/corpora/l3s_gn1_html``; 2008 Google News
pages of 408 mostly US and world outlets) whose human-annotated body (``_l3s_body.body``) has
150-1000 words, 6-24 double quotation marks and the word "said". ``random.Random(5105)`` takes 14
of them from the sorted page ids; the draw is dealt alternately into **5a** (development) and
**5b** (held out). Prints one line per page: batch, page id, url. The labels are in
``benchmarks/data/l3s_speakers.yml`` (scored by ``bench_l3s_speakers.py``).
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

DEFAULT = HERE.parent.parent / "shared" / "corpora" / "l3s_gn1_html"
N, SEED = 14, 5105


def urls(folder: Path) -> dict:
    out = {}
    for line in (folder / "url-mapping.txt").read_text(encoding="utf-8").splitlines():
        if "\t" in line:
            k, u = line.split("\t", 1)
            out[k.strip("<>").removeprefix("urn:uuid:")] = u.strip()
    return out


def candidates(folder: Path) -> list[str]:
    out = []
    for f in sorted((folder / "annotated").glob("*.html")):
        t = body(folder, f.stem)
        marks = len(re.findall("[\"\u201c\u201d]", t))
        if 150 <= len(t.split()) <= 1000 and 6 <= marks <= 24 and re.search(r"\bsaid\b", t):
            out.append(f.stem)
    return out


def draw(folder: Path) -> list[tuple[str, str]]:
    """(batch, page id) of the 14 drawn pages, 5a and 5b alternately."""
    picked = random.Random(SEED).sample(candidates(folder), N)
    return [("5a" if i % 2 == 0 else "5b", p) for i, p in enumerate(picked)]


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default=str(DEFAULT), help="L3S-GN1 folder (annotated/, original/)")
    folder = Path(ap.parse_args().corpus)
    u = urls(folder)
    for b, p in draw(folder):
        print(b, p, u.get(p, "?"))
