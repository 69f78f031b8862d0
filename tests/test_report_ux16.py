"""Round 16 (ux16): how a shared report reads.

1. Code cells are folded in the HTML pages (``<details>`` closed, summary "code"); outputs show.
2. Topics in a corpus of several languages: each topic's language shares and one sentence.
3. Load notes of one kind: one line with a count and the first document ids.
"""
from __future__ import annotations

import re
import shutil
from html.parser import HTMLParser

import pandas as pd
import pytest


# --------------------------------------------------------------------------------------------
# 1. folded code cells

def _notebook():
    import nbformat

    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    md = nbformat.v4.new_markdown_cell("# A heading\n\nSome prose about the finding.")
    code = nbformat.v4.new_code_cell("secret_setting = 42  # how the number was obtained\nprint(7 * 6)")
    code.outputs = [nbformat.v4.new_output("stream", name="stdout", text="forty-two documents\n")]
    code.execution_count = 1
    return nb, md, code


class _Tree(HTMLParser):
    """Where the code text and the output text sit: inside which open elements."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.found = [], {}

    def handle_starttag(self, tag, attrs):
        if tag not in ("br", "meta", "link", "img", "input", "hr"):
            self.stack.append((tag, dict(attrs)))

    def handle_endtag(self, tag):
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i][0] == tag:
                del self.stack[i:]
                break

    def handle_data(self, data):
        for key in ("secret_setting", "forty-two documents", "Some prose"):
            if key in data and key not in self.found:
                self.found[key] = list(self.stack)


def _export(tmp_path):
    import nbformat

    from analysis.report.run import _to_html

    nb, md, code = _notebook()
    nb.cells = [md, code]
    ipynb, html = tmp_path / "t.ipynb", tmp_path / "t.html"
    nbformat.write(nb, ipynb)
    _to_html(ipynb, html)
    return html


def test_code_input_is_folded_in_a_closed_details_and_the_output_is_not(tmp_path):
    html = _export(tmp_path)
    text = html.read_text(encoding="utf-8")
    tree = _Tree()
    tree.feed(text)
    inside = lambda key: [(t, a) for t, a in tree.found[key] if t == "details"]  # noqa: E731
    code_details = inside("secret_setting")
    assert len(code_details) == 1 and "report-code" in code_details[0][1].get("class", "")
    assert "open" not in code_details[0][1]          # closed by default
    assert inside("forty-two documents") == []       # the output stays visible
    assert inside("Some prose") == []                # Markdown is never folded
    assert re.search(r"<summary>\s*code\s*</summary>", text)


def test_folded_page_loads_nothing_and_has_no_script_of_its_own(tmp_path):
    text = _export(tmp_path).read_text(encoding="utf-8")
    assert not re.search(r"<(script|link|img|iframe)[^>]+(src|href)=[\"']?(https?:)?//", text)
    assert "<script" not in text          # folding needs no script (this page has no table)


@pytest.mark.skipif(not (shutil.which("chromium") and shutil.which("chromedriver")),
                    reason="needs Debian's chromium and chromium-driver")
def test_in_chromium_the_code_is_hidden_until_the_summary_is_clicked(tmp_path):
    pytest.importorskip("selenium.webdriver")
    from selenium.webdriver.common.by import By

    from conftest import headless_chrome

    html = _export(tmp_path)
    driver = headless_chrome(tmp_path / "chrome")
    try:
        driver.get(html.as_uri())
        body = driver.find_element(By.TAG_NAME, "body").text
        assert "forty-two documents" in body and "secret_setting" not in body
        driver.find_element(By.CSS_SELECTOR, "details.report-code > summary").click()
        assert "secret_setting" in driver.find_element(By.TAG_NAME, "body").text
    finally:
        driver.quit()
