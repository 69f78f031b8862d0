"""Shared test helpers: headless Chromium for the browser checks."""
from __future__ import annotations

import shutil

import pytest

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")
#: flags that let Debian's Chromium run headless as root on a machine with no network but loopback
CHROME_FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync")


def headless_chrome(profile_dir, window: str | None = None):
    """A selenium Chrome driver on Debian's Chromium (skips the test when either is missing)."""
    webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is in the test extra")
    from selenium.webdriver.chrome.service import Service

    if not (CHROMIUM and CHROMEDRIVER):
        pytest.skip("headless Chromium not installed (apt-get install -y chromium chromium-driver; "
                    "make test does this where it can)")
    opts = webdriver.ChromeOptions()
    opts.binary_location = CHROMIUM
    for flag in CHROME_FLAGS + (f"--user-data-dir={profile_dir}",):
        opts.add_argument(flag)
    if window:
        opts.add_argument(f"--window-size={window}")
    return webdriver.Chrome(service=Service(CHROMEDRIVER), options=opts)
