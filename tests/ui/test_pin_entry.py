"""The shared PIN entry with real worker threads: names load in the background, keys are tapped, results arrive.

Nothing sleeps: the test waits on the widget's signal or on a condition (the names on screen, a sentence shown).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kiosk.app import Services
from kiosk.services.access.auth import StaffInfo, hash_pin
from kiosk.ui import worker
from kiosk.ui.widgets.pin_entry import PinEntry

TAP = Qt.MouseButton.LeftButton
PIN = "2468"


@pytest.fixture
def threads() -> Iterator[None]:
    """Real worker threads, as in the running program; every task is finished before the widgets go."""
    worker.run_inline(False)
    yield
    assert worker.wait_for_tasks(10_000)


@pytest.fixture
def staff(services: Services) -> dict[str, StaffInfo]:
    hashed = hash_pin(PIN)  # one scrypt for all three: the fixture stays quick
    return {
        role: services.auth.add_staff(name, role, "", pin_hash=hashed)
        for name, role in (("Trần Quản Trị", "admin"), ("Nguyễn Thị Lan", "officer"), ("Lê Minh Tuấn", "team_member"))
    }


def _entry(qtbot: QtBot, services: Services, **options) -> PinEntry:
    entry = PinEntry(services.auth, **options)
    qtbot.addWidget(entry)
    entry.resize(800, 700)
    entry.show()
    qtbot.waitExposed(entry)
    entry.start()
    qtbot.waitUntil(lambda: bool(entry.name_buttons) or entry.notice.isVisible(), timeout=5000)
    return entry


def _tap_pin(qtbot: QtBot, entry: PinEntry, pin: str) -> None:
    for digit in pin:
        qtbot.mouseClick(entry.keys[digit], TAP)


def test_tapped_digits_a_wrong_pin_then_the_right_one(qtbot: QtBot, services: Services, staff, threads) -> None:
    entry = _entry(qtbot, services)
    everybody = {s.id for s in services.auth.list_staff()}  # the fixture's, and the office's first administrator
    assert set(entry.name_buttons) == everybody and {s.id for s in staff.values()} <= everybody  # no role asked
    officer = staff["officer"]
    qtbot.mouseClick(entry.name_buttons[officer.id], TAP)
    assert entry.stages.currentIndex() == 1 and "Nguyễn Thị Lan" in entry.who.text()

    _tap_pin(qtbot, entry, "13579")
    qtbot.mouseClick(entry.keys["erase"], TAP)
    assert entry.field.text() == "1357"
    assert entry.field.echoMode() == entry.field.EchoMode.Password  # dots, never the digits
    qtbot.mouseClick(entry.keys["enter"], TAP)
    qtbot.waitUntil(lambda: entry.notice.text() == "Mã PIN không đúng; còn 4 lần thử.", timeout=5000)
    assert entry.notice.isVisible() and entry.field.text() == "" and entry.keys["enter"].isEnabled()

    _tap_pin(qtbot, entry, PIN)
    with qtbot.waitSignal(entry.accepted, timeout=5000) as accepted:
        qtbot.mouseClick(entry.keys["enter"], TAP)
    assert accepted.args[0] == officer
    assert entry.stages.currentIndex() == 0 and entry.field.text() == "" and not entry.notice.isVisible()


def test_the_physical_keyboard_works_too(qtbot: QtBot, services: Services, staff, threads) -> None:
    entry = _entry(qtbot, services)
    qtbot.mouseClick(entry.name_buttons[staff["team_member"].id], TAP)
    qtbot.keyClicks(entry.field, "24a68")  # a stray letter is refused by the field
    assert entry.field.text() == PIN
    with qtbot.waitSignal(entry.accepted, timeout=5000) as accepted:
        qtbot.keyClick(entry.field, Qt.Key.Key_Return)
    assert accepted.args[0].id == staff["team_member"].id
    qtbot.mouseClick(entry.name_buttons[staff["officer"].id], TAP)
    qtbot.keyClick(entry.field, Qt.Key.Key_Escape)  # back to the names
    assert entry.stages.currentIndex() == 0 and entry.chosen is None


def test_a_role_lists_only_its_staff_and_the_service_refuses_others(
    qtbot: QtBot, services: Services, staff, threads
) -> None:
    entry = _entry(qtbot, services, role="admin")
    admins = [s.id for s in services.auth.list_staff(role="admin")]  # the fixture's and the office's first one
    assert list(entry.name_buttons) == admins and staff["admin"].id in admins
    entry.choose(staff["officer"])  # as if an officer's name had slipped into the list
    _tap_pin(qtbot, entry, PIN)
    qtbot.mouseClick(entry.keys["enter"], TAP)
    qtbot.waitUntil(lambda: entry.notice.text() == "Chức năng này cần tài khoản quản trị.", timeout=5000)
    assert entry.stages.currentIndex() == 1


def test_lockout_sentence_after_five_wrong_pins(qtbot: QtBot, services: Services, staff, threads) -> None:
    entry = _entry(qtbot, services, role="admin")
    qtbot.mouseClick(entry.name_buttons[staff["admin"].id], TAP)
    for attempt in range(5):
        _tap_pin(qtbot, entry, "0000")
        qtbot.mouseClick(entry.keys["enter"], TAP)
        qtbot.waitUntil(lambda: entry.keys["enter"].isEnabled(), timeout=5000)  # the answer is in
        expected = f"còn {4 - attempt} lần thử" if attempt < 4 else "tạm khoá 5 phút"
        assert expected in entry.notice.text()
    _tap_pin(qtbot, entry, PIN)
    qtbot.mouseClick(entry.keys["enter"], TAP)
    qtbot.waitUntil(lambda: "tạm khoá" in entry.notice.text(), timeout=5000)


def test_nobody_to_choose_says_how_to_add_one(qtbot: QtBot, fresh_services: Services, threads) -> None:
    # A database nobody has set up yet: the only one without an administrator.
    entry = _entry(qtbot, fresh_services, role="admin", empty_text="Chưa có tài khoản quản trị.")
    assert entry.name_buttons == {} and entry.notice.text() == "Chưa có tài khoản quản trị."
