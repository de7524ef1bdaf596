"""Debian's headless Chromium driven by Selenium, as a 360×740 phone or a TV; None when it is not installed.

Selenium is given the Debian chromedriver's path, so it never tries to download a browser or a driver.
"""

from __future__ import annotations

import shutil
from pathlib import Path

FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
)
PHONE = (360, 740)


def chromium_paths() -> tuple[str, str] | None:
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    driver = shutil.which("chromedriver")
    if browser is None or driver is None or not Path(driver).exists():
        return None
    return browser, driver


def open_browser(size: tuple[int, int] = PHONE, *, scale: float = 1.0, mobile: bool = True):
    """A Chrome WebDriver at `size` CSS pixels (a phone with `mobile`), its console log kept for CSP checks."""
    from selenium import webdriver

    paths = chromium_paths()
    if paths is None:
        raise RuntimeError("chromium and chromium-driver are not installed")
    options = webdriver.ChromeOptions()
    options.binary_location = paths[0]
    for flag in FLAGS:
        options.add_argument(flag)
    width, height = size
    options.add_argument(f"--window-size={width},{height}")
    # The viewport itself at `size` (a window of that size would lose the height of the browser's own bars).
    metrics = {"width": width, "height": height, "pixelRatio": scale, "mobile": mobile, "touch": mobile}
    options.add_experimental_option("mobileEmulation", {"deviceMetrics": metrics})
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    return webdriver.Chrome(options=options, service=webdriver.ChromeService(executable_path=paths[1]))
