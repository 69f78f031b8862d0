"""Do two source trees give the same actor mentions and quotations? (a check for speed-ups)

Runs ``actor_mentions`` and ``extract_quotes`` of each tree, in a separate process per tree, on
the first 3,000 Reuters-21578 stories (those with a body), the first 500 MasakhaNEWS English
test articles, the first 500 AG News test items and the bundled corpus, and compares the full
DataFrames with ``pandas.testing.assert_frame_equal(check_exact=True)``.

Usage::

    git archive <commit> | tar -x -C /tmp/old           # the tree to compare against
    python benchmarks/same_outputs.py /tmp/old .        # OLD NEW; exit status 1 on a difference

Reads the public corpora (``../shared/corpora`` or ``/work/shared/corpora``); writes pickles to a
temporary folder.
"""
from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

_SNAP = r'''
import csv, os, sys, time, warnings
from pathlib import Path
repo, out, corpora = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3])
os.chdir(repo)
sys.path.insert(0, str(repo)); sys.path.insert(0, str(repo / "benchmarks"))
os.environ["TQDM_DISABLE"] = "1"
import pandas as pd
import _reuters
_reuters.REUTERS_DIR = corpora / "reuters21578"
reu = _reuters.load_reuters(limit=3000)
reu = reu[reu["text"].str.len() > 0].reset_index(drop=True)
df = pd.read_csv(corpora / "masakhanews_en" / "eng_test.tsv", sep="\t", dtype=str, keep_default_na=False,
                 quoting=csv.QUOTE_MINIMAL).head(500)
mas = pd.DataFrame({"doc_id": [f"m{i}" for i in range(len(df))], "title": df["headline"], "text": df["text"]})
ag = pd.read_csv(corpora / "agnews_test" / "test.csv", dtype=str, keep_default_na=False).head(500)
agc = pd.DataFrame({"doc_id": [f"a{i}" for i in range(len(ag))], "title": ag["title"],
                    "text": ag["description"].str.replace("\\\\", " ", regex=False)})
import analysis
warnings.simplefilter("ignore")
bundled = analysis.load_corpus()
for name, c in [("reuters", reu), ("masakhanews", mas), ("agnews", agc), ("bundled", bundled)]:
    for fn in ("actor_mentions", "extract_quotes"):
        t = time.process_time()
        r = getattr(analysis, fn)(c)
        r.to_pickle(out / f"{name}_{fn}.pkl")
        print(f"{repo.name}: {name} {fn} {len(c)} documents -> {r.shape} ({time.process_time() - t:.1f} CPU-s)", flush=True)
'''


def main(old: str, new: str) -> int:
    import pandas as pd

    here = Path(__file__).resolve().parents[1]
    corpora = here.parent / "shared" / "corpora"
    if not corpora.is_dir():
        corpora = Path("/work/shared/corpora")
    if not (corpora / "reuters21578").is_dir():
        sys.exit(f"public corpora not found at {corpora}")
    with tempfile.TemporaryDirectory() as tmp:
        outs = []
        for label, tree in (("old", old), ("new", new)):
            out = Path(tmp) / label
            out.mkdir()
            subprocess.run([sys.executable, "-c", _SNAP, str(Path(tree).resolve()), str(out), str(corpora)],
                           check=True)
            outs.append(out)
        same = True
        for f in sorted(outs[0].glob("*.pkl")):
            a, b = pd.read_pickle(f), pd.read_pickle(outs[1] / f.name)
            try:
                pd.testing.assert_frame_equal(a, b, check_exact=True)
                print(f"same       {f.stem}: {a.shape[0]:,} rows x {a.shape[1]} columns")
            except AssertionError as e:
                same = False
                print(f"DIFFERENT  {f.stem}: {str(e)[:400]}")
        print("ALL IDENTICAL" if same else "DIFFERENCES FOUND")
        return 0 if same else 1


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1], sys.argv[2]))
