"""Interactive tables: offline, escaped, deterministic; searchable in the shared HTML (Chromium)."""
from __future__ import annotations

import shutil
import time
from pathlib import Path

import pandas as pd
import pytest

itables = pytest.importorskip("itables")

from analysis.report.tables import init_html, interactive_html  # noqa: E402
from conftest import headless_chrome  # noqa: E402

PAYLOAD = "<img src=x onerror=alert(1)> needle in the haystack"


def _frame(n=300):
    return pd.DataFrame({"doc_id": [f"d{i:03d}" for i in range(n)],
                         "quote": [f"quote number {i}" for i in range(n - 1)] + [PAYLOAD]})


def _network_fetches(page: str) -> list[str]:
    """What a browser would fetch from the network: script/link/img sources, module imports, css urls."""
    import re
    pats = [r"<(?:script|link|img|iframe)\b[^>]*\b(?:src|href)\s*=\s*[\"']?(https?:)?//[^\s\"'>]+",
            r"\bimport\b[^;\n]*?from\s*[\"'](?:https?:)?//[^\"']+", r"url\(\s*[\"']?(?:https?:)?//[^)]+"]
    return [m.group(0) for p in pats for m in re.finditer(p, page, flags=re.I)]


def test_table_html_is_offline_escaped_and_stable():
    page = init_html() + interactive_html(_frame(), "quotes")
    assert _network_fetches(page) == []
    assert "<img src=x" not in page  # the cell is data for DataTables, shown as text
    assert interactive_html(_frame(), "quotes") == interactive_html(_frame(), "quotes")
    assert 'id="table-quotes"' in interactive_html(_frame(), "table-quotes") or "table-quotes" in page


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")


@pytest.mark.skipif(not (CHROMIUM and CHROMEDRIVER), reason="needs Debian's chromium and chromium-driver")
def test_search_finds_a_row_beyond_the_first_page_in_shared_html(tmp_path):
    import nbformat
    from nbconvert.preprocessors import ExecutePreprocessor
    pytest.importorskip("selenium.webdriver")
    from selenium.common.exceptions import NoAlertPresentException
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    from analysis.report.run import _to_html

    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell(
        "import pandas as pd\nfrom analysis.report.tables import show_table\n"
        f"df = pd.DataFrame({_frame().to_dict('list')!r})\nshow_table(df, 'quotes')")]
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    ExecutePreprocessor(timeout=300).preprocess(nb, {"metadata": {"path": str(tmp_path)}})
    ipynb, html = tmp_path / "t.ipynb", tmp_path / "t.html"
    nbformat.write(nb, ipynb)
    _to_html(ipynb, html)
    driver = headless_chrome(tmp_path / "chrome")
    try:
        driver.get(html.as_uri())
        wait = WebDriverWait(driver, 120)
        rows = lambda d: d.find_elements(By.CSS_SELECTOR, "#table-quotes tbody tr")  # noqa: E731
        wait.until(lambda d: len(rows(d)) == 10)
        assert "needle" not in " ".join(r.text for r in rows(driver))
        box = driver.find_element(By.CSS_SELECTOR, "input[type=search]")
        box.send_keys("needle")
        wait.until(lambda d: len(rows(d)) == 1)
        assert rows(driver)[0].text.endswith(PAYLOAD.split("> ")[0] + "> needle in the haystack")
        time.sleep(0.5)
        with pytest.raises(NoAlertPresentException):
            driver.switch_to.alert  # noqa: B018  (the payload must not have run)
    finally:
        driver.quit()


#: the most a page of the HTML report may weigh (the DataTables code, ~0.9 MB, is one part)
PAGE_BUDGET_BYTES = 4_000_000


@pytest.mark.skipif(not (CHROMIUM and CHROMEDRIVER), reason="needs Debian's chromium and chromium-driver")
def test_report_quotes_are_searchable_beyond_the_first_page(tmp_path):
    """The actors notebook of a real report: every quote is in the page, a search finds one that
    is not on the first page, and each HTML page stays within the size budget."""
    import json
    import subprocess
    import sys

    pytest.importorskip("selenium.webdriver")
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    root = Path(__file__).resolve().parents[1]
    words = ["harbour", "orchard", "granite", "lantern", "meadow", "copper", "willow", "saffron",
             "thistle", "pebble", "juniper", "falcon", "marble", "zebra", "cobalt"]
    corpus = tmp_path / "quotes.jsonl"
    with corpus.open("w", encoding="utf-8") as fh:
        for i, w in enumerate(words):
            text = (f'Minister Maria Lindqvist spoke in Geneva on the {w} plan.\n\n'
                    f'"The {w} plan will go ahead this year," Lindqvist said.')
            fh.write(json.dumps({"doc_id": f"d{i:02d}", "title": f"The {w} plan", "text": text,
                                 "published": f"2021-03-{i + 1:02d}"}) + "\n")
    out = tmp_path / "report"
    result = subprocess.run([sys.executable, "-m", "analysis", "report", "--corpus", str(corpus), "--out", str(out),
                             "--quiet", "--notebook", str(root / "notebooks" / "04_actors_quotes.ipynb")],
                            cwd=tmp_path, capture_output=True, text=True, timeout=1200)
    assert result.returncode == 0, result.stderr[-3000:]
    for page in (out / "html").glob("*.html"):
        assert page.stat().st_size < PAGE_BUDGET_BYTES, (page.name, page.stat().st_size)
    driver = headless_chrome(tmp_path / "chrome")
    try:
        driver.get((out / "html" / "04_actors_quotes.html").as_uri())
        wait = WebDriverWait(driver, 120)
        rows = lambda d: d.find_elements(By.CSS_SELECTOR, "#table-04_quotes tbody tr")  # noqa: E731
        wait.until(lambda d: len(rows(d)) == 10)
        assert "zebra" not in " ".join(r.text for r in rows(driver))  # the 14th quote: page 2
        table = driver.find_element(By.ID, "table-04_quotes")
        box = table.find_element(By.XPATH, "./ancestor::div[contains(@class,'dt-container')]").find_element(
            By.CSS_SELECTOR, "input[type=search]")
        box.send_keys("zebra")
        wait.until(lambda d: len(rows(d)) == 1)
        assert "The zebra plan will go ahead this year" in rows(driver)[0].text
    finally:
        driver.quit()


def test_missing_numbers_show_as_blanks_not_nan():
    """A k that was not refitted has no stability: the reader sees a blank cell, not 'NaN';
    numbers in a column without missing values stay numbers."""
    frame = pd.DataFrame({"k": [2, 3], "stability": [0.856, float("nan")],
                          "n": pd.array([1, None], dtype="Int64"), "coherence": [0.1, 0.2]})
    html = interactive_html(frame, "selection")
    assert "NaN" not in html and "<NA>" not in html and "nan" not in html.lower().replace("nanum", "")
    assert "0.856" in html and "0.2" in html
