"""The phone page in a real browser (Debian's headless Chromium through Selenium) at 360×740: the number shows,
the desk's call appears without a reload, the finished visit is rated and the rating is in the tally."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from kiosk.app import Services
from tests.helpers.browser import chromium_paths, open_browser
from tests.helpers.webserver import running_web

pytestmark = pytest.mark.skipif(chromium_paths() is None, reason="chromium and chromium-driver are not installed")


@pytest.fixture
def browser() -> Iterator[object]:
    driver = open_browser()
    try:
        yield driver
    finally:
        driver.quit()


def _text(driver) -> str:
    # Read in one script: the live part is replaced as events arrive, and a node found first and read after may
    # already be gone (Chrome then answers "Node with given id does not belong to the document").
    return driver.execute_script("const e = document.getElementById('live'); return e ? e.innerText : '';")


def test_the_phone_follows_the_call_and_rates_the_visit(any_services: Services, browser) -> None:
    from selenium.webdriver.support.ui import WebDriverWait

    q = any_services.queue
    q.open_counter(1)
    q.issue("A")
    mine = q.issue("A")
    from selenium.common.exceptions import StaleElementReferenceException

    # The live part is replaced under the reader as events arrive, and the rating loads a new page.
    wait = WebDriverWait(browser, 10, ignored_exceptions=(StaleElementReferenceException,))
    with running_web(any_services) as web:
        browser.get(f"{web.url}/v/{mine.uuid}")
        assert browser.execute_script("return [window.innerWidth, window.innerHeight]") == [360, 740]
        page = _text(browser)
        assert "A002" in page and "Tư pháp – Hộ tịch" in page and "Trước ông/bà còn" in page
        # Wide enough: nothing scrolls sideways on a 360-px phone.
        assert browser.execute_script("return document.documentElement.scrollWidth") <= 360
        browser.execute_script("window.notReloaded = true")  # gone if the page reloads
        # The citizen taps "Bật âm báo": from then on the browser lets the page beep and vibrate.
        sound = browser.find_element("id", "sound")
        sound.click()
        assert sound.text == "Đã bật âm báo"

        q.call_next(1)  # A001
        wait.until(lambda d: "tiếp theo" in _text(d))
        q.call_next(1)  # A001 finished, A002 called
        wait.until(lambda d: "quầy số 1" in _text(d))
        assert "Mời ông/bà đến" in _text(browser) and browser.title == "A002 – mời đến quầy số 1"
        alerted = browser.find_element("tag name", "body").get_attribute("data-alerted")
        assert alerted == "called:1:1"  # the call rang (vibration and beep), once per call
        assert browser.execute_script("return window.notReloaded") is True

        q.finish(1)
        wait.until(lambda d: "hài lòng thế nào" in _text(d))
        assert browser.execute_script("return window.notReloaded") is True
        [button] = [b for b in browser.find_elements("css selector", ".faces button") if b.text == "Hài lòng"]
        button.click()
        wait.until(lambda d: "Cảm ơn ông/bà đã đánh giá" in _text(d))
        assert not browser.find_element("id", "sound").is_displayed()  # nothing left to ring for

        # Counted in the tally like a kiosk rating.
        sat = any_services.tally.day(mine.business_date).data["satisfaction"]
        assert (sat["ratings"], sat["by_level"]["hai_long"]) == (1, 1)
        # No Content-Security-Policy violation and no script error on the way.
        problems = [e["message"] for e in browser.get_log("browser") if e["level"] == "SEVERE"]
        assert problems == [], problems


def test_the_hall_board_updates_live_in_the_browser(any_services: Services) -> None:
    from selenium.webdriver.support.ui import WebDriverWait

    q = any_services.queue
    q.open_counter(1)
    q.issue("B")
    driver = open_browser((1280, 720), mobile=False)
    try:
        with running_web(any_services) as web:
            driver.get(f"{web.url}/")
            assert "Quầy số 1" in _text(driver)
            q.call_next(1)
            WebDriverWait(driver, 10).until(lambda d: "B001" in _text(d))
            assert [e["message"] for e in driver.get_log("browser") if e["level"] == "SEVERE"] == []
    finally:
        driver.quit()
