"""Organisation and state mentions of ``actor_mentions`` on unlabelled news, for before/after
reading (round 14, fixorgs14: disease acronyms, competitions, "Copa America", "producer Jordan").

Usage: python benchmarks/effect_orgs_states14.py OUT.tsv

The corpora of ``effect_org_mentions14.py`` (same exclusions of every labelled page and row),
larger: the first 600 L3S-GN1 pages by id in no labelled L3S set, the first 1,000 Reuters-21578
stories with a body, the first 500 MasakhaNEWS English test articles that are not politics and in
no fresh set. Writes one line per organisation or state mention (source, doc_id, start, end, text,
actor, type, match, 80 characters of context). Run with the code before and after (PYTHONPATH)
and ``diff`` the files.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from effect_org_mentions14 import main  # noqa: E402

N_L3S, N_REUTERS, N_MASAKHANE = 600, 1000, 500


if __name__ == "__main__":
    main(sys.argv[1], types=("organization", "state"), sizes=(N_L3S, N_REUTERS, N_MASAKHANE),
         what="organisation and state mentions")
