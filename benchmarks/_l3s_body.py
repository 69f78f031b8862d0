"""Article body of an L3S-GN1 page from its human annotation (issue 13, round 10b).

The annotated copy (``annotated/<id>.html``) marks the full text with ``<span class="x-nc-sel2">``
(one span per piece of text between tags, so the spacing between pieces is not kept); in many
pages it lost the non-ASCII punctuation (curly quotes became ``?``). Each annotated
paragraph is therefore looked up in the text of the original page (``original/<id>.html``) with
every ``?`` allowed to stand for one non-ASCII character and any space between pieces, and the
original's characters and spacing are kept when it is found. Paragraphs are the annotated blocks, joined by a blank line.
"""
from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

BLOCK = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "td", "tr", "table",
         "blockquote", "ul", "ol", "dd", "dt"}


class _Body(HTMLParser):
    def __init__(self, cls=None):
        super().__init__(convert_charrefs=True)
        self.cls, self.depth, self.stack, self.paras, self.cur, self.skip = cls, 0, [], [], [], 0

    def _flush(self):
        t = " ".join("".join(self.cur).split()).strip("\x01 ")
        if t:
            self.paras.append(t)
        self.cur = []

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
        if tag in BLOCK:
            self._flush()
        if tag == "span":
            c = dict(attrs).get("class") or ""
            self.stack.append(self.cls is not None and self.cls in c.split())

    def handle_endtag(self, tag):
        if tag in ("script", "style") and self.skip:
            self.skip -= 1
        if tag in BLOCK:
            self._flush()
        if tag == "span" and self.stack:
            self.stack.pop()

    def handle_data(self, data):
        if self.skip:
            return
        if self.cls is None or any(self.stack):
            self.cur.append(data + ("\x01" if self.cls else ""))

    def close(self):
        super().close()
        self._flush()


def _paras(path: Path, cls=None) -> list[str]:
    p = _Body(cls)
    p.feed(path.read_text(encoding="utf-8", errors="replace"))
    p.close()
    return p.paras


def body(folder: Path, page_id: str) -> str:
    """Body text of page ``page_id`` (file name without ``.html``), paragraphs joined by a blank line."""
    ann = _paras(folder / "annotated" / f"{page_id}.html", "x-nc-sel2")
    orig = " ".join(_paras(folder / "original" / f"{page_id}.html"))
    out = []
    for para in ann:
        para = re.sub(r"\s*\x01\s*", "\x01", para)
        pat = "".join(r"(?:[^\x00-\x7f]|\?)" if ch in "?\ufffd" else
                      r"\s*" if ch == "\x01" else r"\s+" if ch == " " else re.escape(ch)
                      for ch in para)
        m = re.search(pat, orig)
        if m:
            para = m.group(0)
        else:                                  # not in the original: join the pieces with a space
            para = re.sub("\x01(?=[,.;:!?)])", "", para).replace("\x01", " ")
        out.append(" ".join(para.split()))
    return "\n\n".join(out)
