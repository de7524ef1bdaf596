"""The hall display (pytest-qt, offscreen): calls from other OS processes within a second on SQLite and
PostgreSQL, the announcement queue it feeds, database outages, and a layout readable from six metres."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPixmap
from PySide6.QtWidgets import QApplication

from kiosk.app import Services, build_services
from kiosk.cli import main
from kiosk.clock import FixedClock
from kiosk.services.events import EventInfo
from kiosk.services.voice.service import Announcement
from kiosk.ui import worker
from kiosk.ui.app import make_application
from kiosk.ui.display import style
from kiosk.ui.display.ticker import Ticker
from kiosk.ui.display.window import DisplayWindow
from kiosk.ui.roles import available_roles
from kiosk.ui.screens import available_screens
from tests.conftest import make_config, prepared_services
from tests.helpers import office
from tests.helpers.pgserver import PgServer

ROOT = Path(__file__).resolve().parents[2]


class RecordingSpeaker:
    """Hears every call the display hands to the voice; each call is over at once."""

    name = "recording"

    def __init__(self) -> None:
        self.said: list[Announcement] = []

    def prepare(self) -> str:
        return self.name

    def speak(self, announcement: Announcement, done: Callable[[], None]) -> None:
        self.said.append(announcement)
        done()

    def stop(self) -> None:
        pass


def _cli(qtbot, url: str, *args: str) -> dict:
    """`python -m kiosk …` in its own OS process, on the same database as the display. The display keeps
    running meanwhile (its event loop turns while the test waits), as it would beside a real desk."""
    env = dict(os.environ, PYTHONPATH=str(ROOT), KIOSK_DB_URL=url)
    with subprocess.Popen(
        [sys.executable, "-m", "kiosk", *args],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    ) as proc:
        qtbot.waitUntil(lambda: proc.poll() is not None, timeout=120_000)
        out, err = proc.communicate()
    assert proc.returncode == 0, err
    return json.loads(out)


@pytest.fixture
def open_display(qtbot) -> Iterator[Callable[..., DisplayWindow]]:
    make_application()
    windows: list[DisplayWindow] = []

    def open_(services: Services, size: tuple[int, int] = (1920, 1080)) -> DisplayWindow:
        window = DisplayWindow(services, windowed=True)
        qtbot.addWidget(window)
        window.resize(*size)
        window.show()
        qtbot.waitExposed(window)
        qtbot.waitUntil(lambda: window.feed.last_id is not None, timeout=5000)
        windows.append(window)
        return window

    yield open_
    for window in windows:
        window.stop()
    # Let background reads finish, and their results reach the widgets (their receivers), before those go away.
    assert worker.wait_for_tasks(15_000)
    QApplication.processEvents()


def _speaker(services: Services) -> RecordingSpeaker:
    speaker = RecordingSpeaker()
    services.announce.attach(speaker)
    return speaker


# ---------------------------------------------------------------- other processes, within a second


def _latency(qtbot, window: DisplayWindow, code: str) -> float:
    """Seconds from the call's commit in the other process (its event time) to the number on this screen."""
    seen: list[float] = []

    def shown() -> bool:
        if window.hero.code.text() == code:
            seen.append(time.time())
            return True
        return False

    qtbot.waitUntil(shown, timeout=10_000)
    assert window.calls[0].code == code and window.calls[0].at is not None
    return seen[0] - window.calls[0].at.timestamp()


def test_display_shows_a_call_from_another_process_within_a_second(
    qtbot, open_display, db_url: str, tmp_path: Path, from_template: Callable[[str], str]
) -> None:
    """Runs on SQLite (processes on one PC) and PostgreSQL (several PCs); the display uses the real clock."""
    services = build_services(make_config(from_template(db_url), tmp_path), prepare=False)
    try:
        speaker = _speaker(services)
        window = open_display(services)
        issued = _cli(qtbot, db_url, "ticket", "issue", "A", "--json")
        assert issued["code"] == "A001"
        qtbot.waitUntil(lambda: window.waiting.count_text("A") == "1", timeout=1000)

        called = _cli(qtbot, db_url, "queue", "call", "--counter", "1", "--json")
        assert called["code"] == "A001"
        latencies = [_latency(qtbot, window, "A001")]
        assert window.hero.counter.text() == "QUẦY 1" and window.hero.service.text() == "Tư pháp – Hộ tịch"
        assert window.hero.flashing
        assert window.desks.serving_text(1) == "A001"
        qtbot.waitUntil(lambda: window.waiting.count_text("A") == "0", timeout=1000)
        assert [a.text for a in speaker.said] == [
            "Xin mời công dân có số thứ tự A001, đến quầy số 1, Tư pháp – Hộ tịch."
        ]
        assert speaker.said[0].spoken.startswith("Xin mời công dân có số thứ tự A, không, không, một, đến quầy số một")

        _cli(qtbot, db_url, "ticket", "issue", "B", "--json")
        _cli(qtbot, db_url, "ticket", "issue", "C", "--json")
        _cli(qtbot, db_url, "queue", "call", "--counter", "1", "--json")  # finishes A001, calls B001 at the same desk
        latencies.append(_latency(qtbot, window, "B001"))
        assert window.recent.texts()[0] == "A001"
        assert window.desks.serving_text(1) == "B001"
        _cli(qtbot, db_url, "queue", "call", "--counter", "3", "--json")
        latencies.append(_latency(qtbot, window, "C001"))
        assert window.recent.texts()[:2] == ["B001", "A001"]
        # The feed's pace (300 ms polls) puts a call on screen well within a second on an idle PC; the bound here
        # is loose because CI shares 2 cores with other work: the speed itself is measured in benchmarks, not here.
        assert max(latencies) < 3.0, latencies
        assert not window.offline.isVisible()
    finally:
        services.close()


# ---------------------------------------------------------------- the voice it feeds


def test_calls_and_recalls_go_to_the_voice_in_order(qtbot, open_display, services: Services) -> None:
    speaker = _speaker(services)
    window = open_display(services)
    for prefix in "ACB":
        services.queue.issue(prefix, enforce_hours=False)
    services.queue.call_next(1)  # A001
    services.queue.call_next(3)  # C001
    qtbot.waitUntil(lambda: len(speaker.said) == 2, timeout=2000)
    services.queue.recall(1)
    qtbot.waitUntil(lambda: len(speaker.said) == 3, timeout=2000)
    assert [(a.code, a.counter, a.recall) for a in speaker.said] == [
        ("A001", 1, False),
        ("C001", 3, False),
        ("A001", 1, True),
    ]
    # The recall brings the call back to the top of the screen and of the list.
    qtbot.waitUntil(lambda: window.hero.code.text() == "A001", timeout=1000)
    assert window.recent.texts() == ["C001"]
    assert window.desks.serving_text(3) == "C001"


def test_settings_reach_the_voice_and_old_calls_are_not_read_out(
    qtbot, open_display, services: Services, clock: FixedClock
) -> None:
    services.settings.set("announce.template", "Mời số {code} tới quầy {counter}.")
    services.settings.set("announce.volume", 40)
    speaker = _speaker(services)
    window = open_display(services)
    services.queue.issue("A", enforce_hours=False)
    services.queue.call_next(2)
    qtbot.waitUntil(lambda: len(speaker.said) == 1, timeout=2000)
    assert (speaker.said[0].text, speaker.said[0].volume) == ("Mời số A001 tới quầy 2.", 40)

    # A call the display only learns of minutes later (say, after an outage) is shown but not read out.
    stale = EventInfo(
        id=10_000,
        kind="ticket_called",
        created_at=clock.now() - timedelta(minutes=5),
        ticket_id=None,
        counter_id=None,
        payload={"code": "B009", "counter": 1, "service_name": "Chứng thực"},
    )
    window.apply_events([stale])
    assert window.hero.code.text() == "B009" and len(speaker.said) == 1


# ---------------------------------------------------------------- outages


def test_display_survives_a_postgresql_outage(qtbot, open_display, tmp_path: Path, clock: FixedClock) -> None:
    server = PgServer()
    server.port += 17  # beside the suite's shared server, which this test must not stop
    server.start()
    try:
        url = server.create_database("display_outage")
        services = build_services(make_config(url, tmp_path), clock=clock)
        office.set_up(services)  # a new database has no office until it is set up
        window = open_display(services)
        for prefix in "AB":
            services.queue.issue(prefix, enforce_hours=False)
        services.queue.call_next(1)
        qtbot.waitUntil(lambda: window.hero.code.text() == "A001", timeout=2000)

        server.halt()
        qtbot.waitUntil(lambda: window.offline.isVisible(), timeout=10_000)
        assert window.offline.text() == "Mất kết nối – đang thử lại"
        assert window.hero.code.text() == "A001"  # what it showed stays on screen
        window._tick()  # the clock keeps going; nothing raised

        server.resume()
        qtbot.waitUntil(lambda: not window.offline.isVisible(), timeout=15_000)
        services.queue.call_next(1)
        qtbot.waitUntil(lambda: window.hero.code.text() == "B001", timeout=2000)
        services.close()
    finally:
        server.stop()


def test_display_survives_a_missing_sqlite_file(
    qtbot, open_display, tmp_path: Path, clock: FixedClock, from_template: Callable[[str], str]
) -> None:
    folder = tmp_path / "shared"
    folder.mkdir()
    url = from_template(f"sqlite:///{folder / 'kiosk.sqlite3'}")
    services = prepared_services(url, tmp_path, clock)
    try:
        window = open_display(services)
        for prefix in "AB":
            services.queue.issue(prefix, enforce_hours=False)
        services.queue.call_next(1)
        qtbot.waitUntil(lambda: window.hero.code.text() == "A001", timeout=2000)

        away = tmp_path / "away"
        folder.rename(away)  # the shared folder is gone (unplugged drive, network share down)
        services.engine.dispose()  # open connections would keep reading the moved file
        qtbot.waitUntil(lambda: window.offline.isVisible(), timeout=5000)
        assert window.hero.code.text() == "A001"

        away.rename(folder)
        qtbot.waitUntil(lambda: not window.offline.isVisible(), timeout=5000)
        services.queue.call_next(1)
        qtbot.waitUntil(lambda: window.hero.code.text() == "B001", timeout=2000)
    finally:
        services.close()


# ---------------------------------------------------------------- six metres


@pytest.mark.parametrize("size", [(1920, 1080), (1366, 768), (1080, 1920)])
def test_layout_is_large_and_fits(qtbot, open_display, services: Services, size: tuple[int, int]) -> None:
    for prefix in "ABC":
        services.queue.issue(prefix, enforce_hours=False)
    services.queue.call_next(1)
    window = open_display(services, size)
    qtbot.waitUntil(lambda: window.hero.code.text() == "A001", timeout=2000)
    width, height = size
    assert window.portrait == (height > width)
    glyphs = QFontMetrics(window.hero.code.font()).tightBoundingRect("A001")
    assert glyphs.height() >= 0.15 * min(width, height)  # ≥ 15 % of a landscape screen's height
    assert window.hero.code.height() >= glyphs.height()
    assert glyphs.width() < window.hero.code.width()
    # Every panel lies inside the window, above the ticker; nothing pushed off screen.
    ticker_top = window.ticker.mapTo(window, window.ticker.rect().topLeft()).y()
    for panel in (window.hero, window.desks, window.recent, window.waiting):
        top_left = panel.mapTo(window, panel.rect().topLeft())
        assert top_left.x() >= 0 and top_left.x() + panel.width() <= width
        assert top_left.y() + panel.height() <= ticker_top
    assert window.height() == height and window.width() == width
    if window.portrait:
        assert window.hero.geometry().bottom() < window.desks.geometry().top()
    else:
        assert window.hero.geometry().right() < window.desks.geometry().left()
    # Ticket numbers on the desk rows are large too (about 5 % of the shorter side).
    row_font = window.desks.rows[1].serving.font().pixelSize()
    assert row_font >= 0.06 * min(width, height)
    # The outage notice and the silent display's note in the header (the first shows whenever a read is slow,
    # as on a loaded test machine) never widen the window: on a portrait screen they pushed it past the screen,
    # each rescale for the wider window widening it again.
    window.stop()
    window.set_online(False)
    window.mute.setText("Màn hình này không đọc số (màn hình đọc: Màn hình phòng chờ bên trái)")
    window.mute.show()
    QApplication.processEvents()
    assert window.offline.isVisible()
    assert (window.width(), window.height()) == size and window.portrait == (height > width)
    assert window.time.geometry().right() < width  # the clock stays whole; the office's name gives way


def test_new_call_flashes_then_stays_lit(qtbot, open_display, services: Services) -> None:
    window = open_display(services)
    assert window.hero.look == "idle" and window.hero.code.text() == ""
    services.queue.issue("C", enforce_hours=False)
    services.queue.call_next(3)
    qtbot.waitUntil(lambda: window.hero.flashing, timeout=2000)
    seen = set()
    qtbot.waitUntil(lambda: seen.add(window.hero.look) or not window.hero.flashing, timeout=5000)
    assert seen >= {"inverted", "lit"} and window.hero.look == "lit"
    assert window.desks.rows[3].property("lit") is True


def test_ticker_scrolls_long_notices_and_holds_short_ones(qtbot, open_display, services: Services) -> None:
    services.settings.set("display.ticker", "Nghỉ Tết từ 14/02.")
    window = open_display(services)
    qtbot.waitUntil(lambda: window.ticker.text == "Nghỉ Tết từ 14/02.", timeout=2000)
    assert not window.ticker.scrolling
    services.settings.set("display.ticker", "Thông báo dài. " * 30)
    window.feed.refresh()
    qtbot.waitUntil(lambda: window.ticker.scrolling, timeout=2000)
    start = window.ticker._x
    qtbot.waitUntil(lambda: window.ticker._x < start - 20, timeout=2000)


def test_the_ticker_paints_as_its_pen_would(qtbot) -> None:
    """The ticker paints from colour swatches instead of setPen and fillRect (ticker.py's _swatch says why): what it
    shows must be what the plain pen draws, pixel for pixel, in the colours of the hall display."""
    make_application()
    ticker = Ticker()
    qtbot.addWidget(ticker)
    ticker.resize(1600, 60)
    ticker.set_notices(["Giờ làm việc: Thứ Hai–Thứ Sáu 07:30–11:30."])
    metrics = QFontMetrics(ticker.font())
    baseline = (ticker.height() + metrics.ascent() - metrics.descent()) // 2
    strip = ticker._strip(baseline)
    plain = QPixmap(strip.size())
    plain.setDevicePixelRatio(strip.devicePixelRatio())
    plain.fill(QColor(style.PANEL))
    painter = QPainter(plain)
    painter.setFont(ticker.font())
    painter.setPen(QColor(style.TEXT))
    painter.drawText(0, baseline, ticker.text)
    painter.end()
    assert strip.toImage() == plain.toImage()
    frame = ticker.grab().toImage()
    assert frame.pixelColor(ticker.width() // 2, ticker.height() - 2) == QColor(style.PANEL)
    assert frame.pixelColor(ticker.width() // 2, 0) == QColor(style.LINE)


def test_display_is_a_role_and_a_screenshot(qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    make_application()
    assert "display" in {r.key for r in available_roles()}
    assert "display" in available_screens()
    out = tmp_path / "display.png"
    monkeypatch.setenv("KIOSK_DB_URL", f"sqlite:///{tmp_path / 'x.sqlite3'}")
    assert main(["screenshot", "display", "--out", str(out), "--size", "1366x768", "--seed", "7"]) == 0
    worker.run_inline(False)
    from PySide6.QtGui import QImage

    image = QImage(str(out))
    assert (image.width(), image.height()) == (1366, 768)
