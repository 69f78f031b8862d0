"""Reports are safe to open: corpus text never becomes live markup, pages load nothing remote.

A generated corpus carries script tags, event handlers, ``javascript:`` links and Markdown /
LaTeX specials in its texts, titles and outlets; the report over it must show every payload as
text and run none of it, in the HTML as parsed and in headless Chromium.
"""
import json
import re
import shutil
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest

from analysis.report.escape import escape_markdown, escape_text

ROOT = Path(__file__).resolve().parents[1]

PAYLOADS = [
    '<script>alert("s1")</script>',
    '<img src=x onerror=alert("s2")>',
    '[click here](javascript:alert("s3"))',
    '<a href="javascript:alert(4)">press release</a>',
    '<svg onload=alert(5)>',
    '<iframe src="javascript:alert(6)"></iframe>',
    "**bold claim** and _slanted_ and `code`",
    "costs $5 and $6, or $x^2$ and \\(y\\)",
    "# not a heading | not | a table",
]
SENTENCES = [
    "The finance ministers of the northern states met in the harbour city to discuss fishing quotas.",
    "Officials said the quota talks would continue next month after a round of consultations.",
    "Fishing communities warned that the new limits could cost jobs along the coast.",
    "The agreement sets limits on trawling and expands the protected areas near the islands.",
    "Environmental groups welcomed the decision but said enforcement would decide its value.",
    "Inspectors will board a larger share of the fleet under the new rules from January.",
]


def write_payload_corpus(path: Path) -> Path:
    rows = []
    for i in range(12):
        body = [SENTENCES[(i + k) % len(SENTENCES)] for k in range(4)]
        payload = PAYLOADS[i % len(PAYLOADS)]
        body.insert(1, f"A spokesman quoted the statement {payload} in full on Tuesday.")
        rows.append({
            "doc_id": f"doc-{i:02d}",
            "title": f"Quota talks {PAYLOADS[(i + 1) % len(PAYLOADS)]}",
            "outlet": PAYLOADS[(i + 2) % len(PAYLOADS)],
            "published": f"20{15 + i % 8}-0{1 + i % 9}-1{i % 9}",
            "text": "\n\n".join(body),
        })
    # a verbatim copy, so that the reuse cells name two documents (outlets with payloads) in Markdown
    rows.append({**rows[0], "doc_id": "doc-copy", "outlet": '<img src=y onerror=alert("copy")>'})
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    return path


#: corpus markup left unescaped: none may appear inside a script of a page (the interactive
#: tables carry their cells HTML-escaped, "&lt;img ...", which DataTables shows as text)
RAW_MARKERS = ["<script", "<img", "<svg", "<iframe", "<a href"]


class _Audit(HTMLParser):
    """Every tag and attribute of a page, and its text; what would run or load is 'bad'.

    The pages carry the project's own scripts (the offline DataTables code of the interactive
    tables): a script is allowed when it has no ``src`` and its text holds no raw payload (a
    table's cells are inside it HTML-escaped). Links (``<a href>``) are not loads and may point
    outside; a ``javascript:`` link or an event handler attribute is always bad."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags, self.bad, self.text = [], [], []
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        if tag in ("iframe", "object", "embed", "base", "form"):
            self.bad.append((tag, attrs))
        if tag == "svg" and any(k.startswith("on") for k, _ in attrs):
            self.bad.append((tag, attrs))
        if tag == "script":
            self._in_script = True
            self.scripts = getattr(self, "scripts", 0) + 1
        for k, v in attrs:
            if k.startswith("on") or (v and v.strip().lower().startswith(("javascript:", "vbscript:"))):
                self.bad.append((tag, (k, v)))
            if k == "src" and v and v.strip().lower().startswith(("http:", "https:", "//")):
                self.bad.append((tag, (k, v)))
            if tag == "link" and k == "href" and v and v.strip().lower().startswith(("http:", "https:", "//")):
                self.bad.append((tag, (k, v)))

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_script = False

    def handle_data(self, data):
        if self._in_script:
            if any(m in data for m in RAW_MARKERS):
                self.bad.append(("script", data[:200]))
            return
        self.text.append(data)


def test_escape_markdown_leaves_no_markup():
    for p in PAYLOADS:
        out = escape_markdown(p)
        inner = re.sub(r"&#\d+;", "", out.removeprefix('<span class="tex2jax_ignore">').removesuffix("</span>"))
        assert not set("<>*_[]()$`\\#|") & set(inner), out
    assert escape_markdown("line one\n# line two") == escape_markdown("line one # line two")
    assert escape_text(float("nan")) == ""


def test_escaped_markdown_renders_as_the_literal_text():
    """nbconvert's Markdown renderer turns the escaped text back into exactly the original."""
    import html

    from nbconvert.filters.markdown_mistune import markdown2html_mistune

    for p in PAYLOADS + ["a < b & c > d", "C:\\path\\to", "50% off *today*"]:
        rendered = markdown2html_mistune(f"**Title:** {escape_markdown(p)}")
        audit = _Audit()
        audit.feed(rendered)
        assert not audit.bad, (p, rendered)
        assert "script" not in audit.tags and "img" not in audit.tags and "em" not in audit.tags
        assert p in html.unescape("".join(audit.text)), (p, rendered)


@pytest.fixture(scope="module")
def payload_report(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("payload")
    corpus = write_payload_corpus(tmp / "hostile.jsonl")
    out = tmp / "report"
    result = subprocess.run([sys.executable, "-m", "analysis", "report", "--corpus", str(corpus),
                             "--out", str(out), "--quiet", "--title", 'Hostile <b onmouseover=alert("t")>corpus</b>'],
                            cwd=tmp, capture_output=True, text=True, timeout=1800)
    assert result.returncode == 0, result.stderr[-4000:]
    return out


def test_no_live_markup_from_the_corpus_in_any_page(payload_report):
    pages = sorted((payload_report / "html").glob("*.html")) + [payload_report / "index.html"]
    assert len(pages) == 6
    for page in pages:
        audit = _Audit()
        audit.feed(page.read_text(encoding="utf-8"))
        assert not audit.bad, (page.name, audit.bad[:3])
        # the page's own markup still renders: headings and tables are tags, not text
        assert "h1" in audit.tags or "h2" in audit.tags, page.name
        if page.name != "index.html":
            assert "table" in audit.tags and "<table" not in "".join(audit.text), page.name


def test_payloads_are_shown_literally(payload_report):
    import html

    corpus_page = html.unescape((payload_report / "html" / "00_corpus.html").read_text(encoding="utf-8"))
    # the reuse cell writes the two outlets into Markdown: they show as text
    assert '<img src=y onerror=alert("copy")>' in corpus_page
    topics_page = _Audit()
    topics_page.feed((payload_report / "html" / "01_topics.html").read_text(encoding="utf-8"))
    shown = "".join(topics_page.text)
    # representative paragraphs quote the texts with their payloads, as text
    assert sum(p in shown for p in PAYLOADS) >= 3, [p for p in PAYLOADS if p in shown]
    assert 'Hostile <b onmouseover=alert("t")>corpus</b>' in corpus_page


def test_pages_load_nothing_from_the_network(payload_report):
    for page in sorted((payload_report / "html").glob("*.html")):
        text = page.read_text(encoding="utf-8")
        assert not re.search(r"<(script|link|img|iframe)[^>]+(src|href)=[\"']?(https?:)?//", text), page.name


def _chromium():
    for name in ("chromium", "chromium-browser", "google-chrome"):
        if shutil.which(name):
            return shutil.which(name)
    return None


def test_no_script_runs_in_headless_chromium(payload_report, tmp_path):
    """Open every page in headless Chromium: no alert, no remote request."""
    webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is in the test extra")
    from selenium.common.exceptions import NoAlertPresentException, WebDriverException

    browser, driver_path = _chromium(), shutil.which("chromedriver")
    if not browser or not driver_path:
        pytest.skip("headless Chromium not installed (apt-get install -y chromium chromium-driver; "
                    "make test does this where it can)")
    options = webdriver.ChromeOptions()
    options.binary_location = browser
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 f"--user-data-dir={tmp_path / 'profile'}"):
        options.add_argument(flag)
    try:
        driver = webdriver.Chrome(options=options, service=webdriver.ChromeService(executable_path=driver_path))
    except WebDriverException as err:
        pytest.skip(f"headless Chromium could not start: {str(err).splitlines()[0]}")
    try:
        pages = sorted((payload_report / "html").glob("*.html")) + [payload_report / "index.html"]
        for page in pages:
            driver.get(page.as_uri())
            driver.execute_script("return document.readyState")
            try:
                alert = driver.switch_to.alert
                text = alert.text
                alert.dismiss()
                pytest.fail(f"{page.name}: a script from the corpus ran (alert {text!r})")
            except NoAlertPresentException:
                pass
            remote = driver.execute_script(
                "return performance.getEntriesByType('resource').map(e => e.name)"
                ".filter(n => !n.startsWith('file:') && !n.startsWith('data:'))")
            assert remote == [], (page.name, remote[:3])
            own = driver.execute_script("return Array.from(document.scripts).map(s => s.src + '|' + s.text)")
            assert not [t for t in own if t.split("|")[0] or any(m in t for m in RAW_MARKERS)], page.name
    finally:
        driver.quit()
