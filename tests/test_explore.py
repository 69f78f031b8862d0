"""The explorer's logic (filters, highlights, document view, evidence) on invented texts, and the
explorer served by Voilà in headless Chromium."""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest

from analysis.clean.cleaning import clean_text
from analysis.report.explorer import CorpusIndex, evidence, explore
from conftest import build_corpus, headless_chrome

RAW = {
    "a": ("Advertisement\n"
          "Maria Lindqvist met Paolo Serra in Geneva on Monday.\n"
          "\"We reached a fair agreement,\" Lindqvist said.\n"
          "Share this article"),
    "b": ("Paolo Serra criticised the terrible delays.\n"
          "Analysts called the talks a disaster."),
    "c": ("Farmers in Norway welcomed the harvest.\n"
          "The weather was wonderful and prices rose."),
}
META = {"a": ("2021-03-01", "Daily Ledger", "Talks in Geneva"),
        "b": ("2022-06-10", "Evening Post", "Delays <script>alert(1)</script>"),
        "c": ("2022-07-01", "Daily Ledger", "Harvest")}


def _corpus() -> pd.DataFrame:
    ids = list(RAW)
    return build_corpus(*[clean_text(RAW[d]) for d in ids], ids=ids,
                        dates=[META[d][0] for d in ids], outlet=[META[d][1] for d in ids],
                        title=[META[d][2] for d in ids], raw_text=[RAW[d] for d in ids])


@pytest.fixture(scope="module")
def index():
    # a researcher's own dictionary names the (invented) people of these texts
    people = [{"name": "Maria Lindqvist", "type": "person", "country": "Sweden"},
              {"name": "Paolo Serra", "type": "person", "country": "Italy"}]
    return CorpusIndex.from_corpus(_corpus(), dictionary=people, progress=False)


def test_filters_select_the_right_rows(index):
    assert index.select().counts()["documents"] == 3
    by_actor = index.select(actor="Paolo Serra")
    assert set(by_actor.documents["doc_id"]) == {"a", "b"}
    assert all("Serra" in s for s in by_actor.sentences["text"])
    assert set(by_actor.mentions["actor"]) == {"Paolo Serra"}
    outlet = index.select(column="outlet", values=["Daily Ledger"])
    assert set(outlet.documents["doc_id"]) == {"a", "c"}
    dated = index.select(date_from="2022-01-01")
    assert set(dated.documents["doc_id"]) == {"b", "c"}
    phrase = index.select(pattern="fair agreement")
    assert phrase.sentences["text"].tolist() == ['"We reached a fair agreement," Lindqvist said.']
    assert len(phrase.quotes) == 1
    rx = index.select(pattern=r"\bdisas\w+", regex=True)
    assert rx.sentences["doc_id"].tolist() == ["b"]
    negative = index.select(tone=(-1.0, -0.05))
    assert len(negative.sentences) and (negative.sentences["compound"] <= -0.05).all()
    assert "c" not in set(negative.documents["doc_id"])
    combined = index.select(actor="Paolo Serra", date_from="2022-01-01")
    assert combined.documents["doc_id"].tolist() == ["b"]
    with pytest.raises(ValueError, match="regular expression"):
        index.select(pattern="(unclosed", regex=True)


def test_document_view_highlights_and_removed_lines(index):
    page = index.document_html("a")
    # the removed lines stand where they were, greyed, with label and reason on hover
    assert "class='ax-removed' title='removed: boilerplate" in page
    body = page[page.index("ax-legend"):]
    assert body.index("Advertisement") < body.index("Geneva") < body.index("Share this article")
    # annotations with their details in the hover text
    assert "title='actor: Paolo Serra (person)'" in page
    assert "quote, speaker: Maria Lindqvist" in page
    assert "title='date:" in page
    with pytest.raises(KeyError):
        index.document_html("nope")


def test_corpus_text_is_escaped(index):
    page = index.document_html("b")
    assert "<script>" not in page and "&lt;script&gt;" in page


def test_sentences_page_and_over_time(index):
    sel = index.select()
    html = index.sentences_html(sel, limit=2, offset=0)
    assert f"sentences 1-2 of {len(sel.sentences)}" in html
    ot = index.over_time(sel, freq="Y")
    assert ot["period"].tolist() == ["2021", "2022"]
    assert ot["sentences"].sum() == len(sel.sentences)


def test_save_and_load_round_trip(index, tmp_path):
    from analysis.corpus.loading import ProblemLog

    index.documents.attrs["problems"] = ProblemLog({"source_path": ["x.txt"], "problem": ["empty"]})
    index.save(tmp_path / "store")  # a corpus's attrs (the loader's problem log) do not stop saving
    again = CorpusIndex.load(tmp_path / "store")
    assert again.select(actor="Paolo Serra").counts() == index.select(actor="Paolo Serra").counts()
    assert again.document_html("a") == index.document_html("a")
    with pytest.raises(FileNotFoundError):
        CorpusIndex.load(tmp_path / "empty")


def test_evidence_returns_the_rows_behind_a_count(index):
    corpus = _corpus()
    rows = evidence(index.mentions, corpus, actor="Paolo Serra", year=2022)
    assert rows["doc_id"].tolist() == ["b"]
    assert rows["sentence"].iloc[0] == "Paolo Serra criticised the terrible delays."
    assert {"title", "outlet", "published", "start", "end"} <= set(rows.columns)
    several = evidence(index.mentions, corpus, actor=["Paolo Serra", "Maria Lindqvist"])
    assert set(several["actor"]) == {"Paolo Serra", "Maria Lindqvist"}
    with pytest.raises(KeyError, match="no column"):
        evidence(index.mentions, corpus, speaker="x")


def test_app_applies_a_filter(index):
    pytest.importorskip("ipywidgets")
    app = explore(index)
    assert "<b>3</b> documents" in app.widgets["counts"].value
    app.widgets["actor"].value = "Maria Lindqvist"
    app.apply()
    assert "<b>1</b> documents" in app.widgets["counts"].value
    assert "Lindqvist" in app.widgets["table"].value
    assert app.widgets["document"].value == "a"
    assert "ax-removed" in app.widgets["document_view"].value


# --------------------------------------------------------------------------- in a browser

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.mark.skipif(not (CHROMIUM and CHROMEDRIVER), reason="needs Debian's chromium and chromium-driver")
def test_explorer_under_voila_in_chromium(index, tmp_path):
    pytest.importorskip("voila")
    pytest.importorskip("selenium.webdriver")
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    store = index.save(tmp_path / "store")
    port = _free_port()
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[1]))
    log = tmp_path / "explore.log"
    # the command a researcher types: python -m analysis explore --store DIR
    server = subprocess.Popen([sys.executable, "-m", "analysis", "explore", "--store", str(store),
                               "--port", str(port), "--no-browser"], env=env,
                              stdout=subprocess.DEVNULL, stderr=log.open("wb"))  # a file: a full pipe would stall the server
    driver = None
    try:
        deadline = time.time() + 60
        while time.time() < deadline:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                if server.poll() is not None:
                    pytest.fail("voila exited: " + log.read_text(errors="replace")[-2000:])
                time.sleep(0.5)
        driver = headless_chrome(tmp_path / "chrome", window="1300,1600")
        driver.get(f"http://127.0.0.1:{port}/")
        wait = WebDriverWait(driver, 300)  # a first render takes ~40 s on a loaded 2-core machine
        from selenium.common.exceptions import TimeoutException
        try:
            wait.until(lambda d: "documents" in d.page_source and "Apply" in d.page_source)
        except TimeoutException:
            pytest.fail(f"the explorer did not render (server {'running' if server.poll() is None else 'exited'}): "
                        + log.read_text(errors="replace")[-2000:])
        text_box = wait.until(lambda d: d.find_element(By.CSS_SELECTOR, "input[placeholder='word, phrase or regex']"))
        text_box.send_keys("fair agreement")
        driver.find_element(By.XPATH, "//button[contains(., 'Apply')]").click()
        wait.until(lambda d: "sentences 1-1 of 1" in d.page_source)
        assert "We reached a fair agreement" in driver.page_source
        shots = Path(__file__).resolve().parents[1] / "docs" / "figures"
        if os.environ.get("ANALYSIS_SCREENSHOTS"):
            driver.save_screenshot(str(shots / "explore_voila.png"))
    finally:
        if driver is not None:
            driver.quit()
        server.terminate()
        try:
            server.wait(10)
        except subprocess.TimeoutExpired:
            server.kill()


def test_explore_command_reports_bad_input_in_one_line(tmp_path):
    out = subprocess.run([sys.executable, "-m", "analysis", "explore", "--corpus", str(tmp_path / "missing.csv")],
                         capture_output=True, text=True, env=dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[1])))
    assert out.returncode == 2 and out.stderr.strip() == f"error: corpus not found: {tmp_path / 'missing.csv'}"
    out = subprocess.run([sys.executable, "-m", "analysis", "explore", "--store", str(tmp_path)],
                         capture_output=True, text=True, env=dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[1])))
    assert out.returncode == 2 and "has no explorer tables" in out.stderr


def test_public_explore_is_the_function_even_after_importing_its_module():
    """analysis.explore stays the app function when code imports the module first."""
    import analysis
    import analysis.report.explorer  # noqa: F401

    assert callable(analysis.explore) and analysis.explore.__name__ == "explore"
