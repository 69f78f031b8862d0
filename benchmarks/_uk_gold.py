"""Load the UK-politics gold set and restore its article texts from the corpus.

The gold files (``tests/gold/uk_politics_{dev,test}.yml``) hold annotations only: the article
texts and titles are BBC copyright (MasakhaNEWS English, "use them only for internal testing
and do not redistribute"), so each document records where its text comes from (``source``
file, ``row``, ``url``) and the SHA-256 of the exact text and title. :func:`load_gold` reads
the annotations, takes each text and title from the corpus folder and checks both hashes, so
the scorer sees exactly the texts that were annotated.

Corpus folder, first match wins:

1. the ``corpus`` argument (``--corpus PATH`` of the scripts);
2. the environment variable ``UK_GOLD_CORPUS``;
3. ``../shared/corpora/masakhanews_en`` next to the repository, then one level higher
   (``../../shared/...``, for a git worktree one folder deeper than the checkout).

Anything missing or different raises :class:`GoldCorpusError` with a message naming the
folder, file or document.
"""
from __future__ import annotations

import csv
import hashlib
import os
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "gold"
ENV_VAR = "UK_GOLD_CORPUS"
CORPUS_NAME = Path("shared") / "corpora" / "masakhanews_en"
FILES = ("eng_dev.tsv", "eng_test.tsv")
HALVES = ("dev", "test")


class GoldCorpusError(RuntimeError):
    """The corpus folder is missing, or a restored text is not the one annotated."""


def sha256(text: str) -> str:
    """Hex SHA-256 of a string's UTF-8 bytes."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def first_words(text: str, n: int = 3) -> str:
    """The first ``n`` whitespace-separated words of ``text``, joined by one space."""
    return " ".join(text.split()[:n])


def corpus_candidates(corpus=None) -> list[Path]:
    """Folders tried, in order (a given ``corpus`` or ``$UK_GOLD_CORPUS`` is the only one)."""
    if corpus:
        return [Path(corpus)]
    if os.environ.get(ENV_VAR):
        return [Path(os.environ[ENV_VAR])]
    return [ROOT.parent / CORPUS_NAME, ROOT.parents[1] / CORPUS_NAME]


def find_corpus(corpus=None) -> Path:
    """The MasakhaNEWS English folder, or :class:`GoldCorpusError` naming every path tried."""
    tried = corpus_candidates(corpus)
    for p in tried:
        if p.is_dir():
            return p
    raise GoldCorpusError(
        "MasakhaNEWS English corpus folder not found (tried: " + ", ".join(str(p) for p in tried)
        + f"). The UK gold files store no article text; point --corpus or ${ENV_VAR} at the folder "
        "holding eng_dev.tsv and eng_test.tsv (see docs/uk-gold.md).")


def read_corpus(corpus=None) -> dict:
    """{(file name, 0-based data row): row dict} of every row of eng_dev.tsv and eng_test.tsv."""
    folder = find_corpus(corpus)
    rows = {}
    for name in FILES:
        path = folder / name
        if not path.is_file():
            raise GoldCorpusError(f"{path} not found: the corpus folder {folder} is incomplete")
        with open(path, encoding="utf-8", newline="") as f:
            for i, r in enumerate(csv.DictReader(f, delimiter="\t")):
                rows[(name, i)] = r
    return rows


def read_annotations(half_or_path) -> dict:
    """The gold YAML as stored (annotations only), for a half name or a file path."""
    path = GOLD / f"uk_politics_{half_or_path}.yml" if half_or_path in HALVES else Path(half_or_path)
    if not path.is_file():
        raise GoldCorpusError(f"gold file {path} not found")
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def restore(data: dict, rows: dict) -> dict:
    """Copy of ``data`` with each document's ``title`` and ``text`` and each quote's ``quote``
    (its parts joined by a space) taken from the corpus ``rows``; hashes checked."""
    by_url = {}
    for key, r in rows.items():
        by_url.setdefault(r.get("url"), key)
    docs, bad = [], []
    for d in data["documents"]:
        did, key = d["doc_id"], (d["source"], d["row"])
        r = rows.get(key)
        if r is None or r.get("url") != d["url"]:
            alt = by_url.get(d["url"])       # the same article at another row of the corpus
            r = rows[alt] if alt is not None else r
        where = f"{d['source']} row {d['row']} ({d['url']})"
        if r is None:
            bad.append(f"{did}: no corpus row {where}")
            continue
        if sha256(r["text"]) != d["text_sha256"]:
            bad.append(f"{did}: text of {where} differs from the annotated text (SHA-256 mismatch)")
            continue
        if sha256(r["headline"]) != d["title_sha256"]:
            bad.append(f"{did}: headline of {where} differs from the annotated title (SHA-256 mismatch)")
            continue
        text = r["text"]
        quotes = []
        for q in d["quotes"]:
            parts = q.get("parts") or [[q["start"], q["end"]]]
            quotes.append({**q, "quote": " ".join(text[a:b] for a, b in parts)})
        docs.append({**d, "title": r["headline"], "text": text, "quotes": quotes})
    if bad:
        raise GoldCorpusError(f"{len(bad)} gold document(s) cannot be restored from the corpus:\n  "
                              + "\n  ".join(bad))
    return {**data, "documents": docs}


def load_gold(half_or_path, corpus=None, rows=None) -> dict:
    """The gold set of one half ('dev', 'test') or file, texts restored and checked.

    ``rows`` (from :func:`read_corpus`) avoids reading the corpus again for a second half.
    """
    data = read_annotations(half_or_path)
    return restore(data, read_corpus(corpus) if rows is None else rows)


# ---------------------------------------------------------------------------------------------
# Validation (benchmarks/check_uk_gold.py, tests/test_uk_gold.py)
TYPES = {"person", "country", "organisation"}
FLAGS = {"demonym", "metonym", "title"}
DOC_KEYS = {"doc_id", "source", "row", "url", "text_sha256", "title_sha256", "quotes", "mentions"}
QUOTE_KEYS = {"start", "end", "first_words", "speaker"}
MENTION_KEYS = {"start", "end", "text", "type", "actor"}
#: Fields that would carry article text; the stored gold must not have them.
TEXT_FIELDS = {"document": {"text", "title", "headline"}, "quote": {"quote", "text"}}
MAX_NAME_CHARS = 80      # a mention's surface form is a name, not an excerpt
MAX_SOURCE_WORDS = 12    # an unnamed source's phrase ("a spokesperson for ...") stays short


def _is_hex64(x) -> bool:
    return isinstance(x, str) and len(x) == 64 and all(c in "0123456789abcdef" for c in x)


def structure_problems(data: dict, half: str | None = None) -> list[str]:
    """Problems of a stored (annotations-only) gold file that need no article text.

    Required fields and types; no text-carrying field; offsets ``0 <= start < end``; a
    mention's ``end - start`` equals the length of its surface form, which has no outer space
    or possessive; mentions in order and not overlapping; a quote's ``parts`` ordered, not
    overlapping and spanning ``start..end``; quotes in order and not overlapping; at most three
    ``first_words``; a null speaker has a short ``source`` phrase; unique doc ids and rows.
    """
    out = []
    if half is not None and data.get("half") != half:
        out.append(f"half is {data.get('half')!r}, expected {half!r}")
    docs = data.get("documents")
    if not isinstance(docs, list) or not docs:
        return out + ["no documents"]
    ids = [d.get("doc_id") for d in docs]
    out += [f"doc_id {i!r} used twice" for i in sorted({i for i in ids if ids.count(i) > 1}, key=str)]
    keys = [(d.get("source"), d.get("row")) for d in docs]
    out += [f"corpus row {k} used twice" for k in sorted({k for k in keys if keys.count(k) > 1}, key=str)]
    for d in docs:
        did = d.get("doc_id")
        if missing := DOC_KEYS - set(d):
            out.append(f"{did}: missing {sorted(missing)}")
            continue
        if extra := TEXT_FIELDS["document"] & set(d):
            out.append(f"{did}: stores article text in {sorted(extra)}")
        if d["source"] not in FILES or not isinstance(d["row"], int) or d["row"] < 0:
            out.append(f"{did}: bad source/row {d['source']!r} {d['row']!r}")
        if not (isinstance(d["url"], str) and d["url"].startswith("/")):
            out.append(f"{did}: bad url {d['url']!r}")
        if not (_is_hex64(d["text_sha256"]) and _is_hex64(d["title_sha256"])):
            out.append(f"{did}: text_sha256/title_sha256 must be 64 lower-case hex digits")
        prev_end = 0
        for m in d["mentions"]:
            if missing := MENTION_KEYS - set(m):
                out.append(f"{did}: mention {m}: missing {sorted(missing)}")
                continue
            s, e, t = m["start"], m["end"], m["text"]
            if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e):
                out.append(f"{did}: mention {m}: bad offsets")
                continue
            if not isinstance(t, str) or e - s != len(t) or len(t) > MAX_NAME_CHARS:
                out.append(f"{did}: mention {m}: surface form does not fit its span or is too long")
            elif t != t.strip() or t.endswith("'s"):
                out.append(f"{did}: mention {m}: span has spaces or a possessive")
            if m["type"] not in TYPES or not m["actor"]:
                out.append(f"{did}: mention {m}: bad type or no actor")
            if bad := {k for k in set(m) - MENTION_KEYS if k not in FLAGS or m[k] is not True}:
                out.append(f"{did}: mention {m}: unknown fields {sorted(bad)}")
            if s < prev_end:
                out.append(f"{did}: mention at {s}-{e} overlaps or precedes the one ending at {prev_end}")
            prev_end = e
        prev_end = 0
        for q in d["quotes"]:
            if missing := QUOTE_KEYS - set(q):
                out.append(f"{did}: quote at {q.get('start')}: missing {sorted(missing)}")
                continue
            if extra := TEXT_FIELDS["quote"] & set(q):
                out.append(f"{did}: quote at {q['start']}: stores quoted text in {sorted(extra)}")
            s, e = q["start"], q["end"]
            if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e):
                out.append(f"{did}: quote {q}: bad offsets")
                continue
            parts = q.get("parts") or [[s, e]]
            ok = parts[0][0] == s and parts[-1][1] == e and all(a < b for a, b in parts)
            ok = ok and all(b1 < a2 for (_, b1), (a2, _) in zip(parts, parts[1:]))
            if not ok:
                out.append(f"{did}: quote at {s}: parts {parts} not ordered, overlapping or not spanning {s}..{e}")
            fw = q["first_words"]
            if not isinstance(fw, str) or not fw or len(fw.split()) > 3:
                out.append(f"{did}: quote at {s}: first_words must be one to three words")
            if q["speaker"] is None:
                src = q.get("source")
                if not src or len(str(src).split()) > MAX_SOURCE_WORDS:
                    out.append(f"{did}: quote at {s}: null speaker needs a short source phrase")
            if s < prev_end:
                out.append(f"{did}: quote at {s}-{e} overlaps or precedes the one ending at {prev_end}")
            prev_end = e
    return out


def text_problems(docs: list) -> list[str]:
    """Problems that need the restored texts (documents from :func:`restore`): each mention's
    surface form is ``text[start:end]``, each quote's ``first_words`` are its first words and
    its span lies between double quotation marks."""
    out = []
    for d in docs:
        t, did = d["text"], d["doc_id"]
        for m in d["mentions"]:
            if t[m["start"]:m["end"]] != m["text"]:
                out.append(f"{did}: mention {m['text']!r} at {m['start']} does not match the text there")
        for q in d["quotes"]:
            parts = q.get("parts") or [[q["start"], q["end"]]]
            if first_words(q["quote"]) != q["first_words"]:
                out.append(f"{did}: quote at {q['start']}: first_words {q['first_words']!r} are not its first words")
            if any(b > len(t) for _, b in parts):
                out.append(f"{did}: quote at {q['start']}: beyond the end of the text")
            elif t[parts[0][0] - 1] not in '"\u201c' or t[parts[-1][1]:parts[-1][1] + 2].lstrip(",")[:1] not in '"\u201d\n ':
                out.append(f"{did}: quote at {q['start']} ({q['first_words']!r} ...) is not between quotation marks")
    return out
