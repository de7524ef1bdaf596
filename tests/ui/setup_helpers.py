"""Driving the first-run wizard as a person does: taps, typing (Vietnamese through the input method, as Unikey or
IBus deliver it), pasting; and reading the database afterwards."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from kiosk.app import Services
from kiosk.db import models as m
from kiosk.services.printing.service import PrintOutcome, PrintRequest
from kiosk.services.setup.service import SetupService
from kiosk.services.voice.service import Announcement
from kiosk.ui.app import make_application
from kiosk.ui.setup.wizard import SetupWizard

TAP = Qt.MouseButton.LeftButton
TICKET_PRINTER = "Máy in phiếu quầy"
SHEET_PRINTER = "Máy in A4 văn phòng"


def tap(qtbot: QtBot, widget: QWidget) -> None:
    # A widget added to a shown layout is shown at the next turn of the event loop: wait for it, as a finger would.
    qtbot.waitUntil(lambda: widget.isVisible() and widget.isEnabled(), timeout=3000)
    qtbot.mouseClick(widget, TAP)


def type_into(qtbot: QtBot, field: QLineEdit, text: str, *, replace: bool = True) -> None:
    """Tap the field, (select what is there,) and type: ASCII as key presses, the rest as the input method's
    committed text (QTest cannot press keys for letters that have no key of their own)."""
    qtbot.mouseClick(field, TAP)
    if replace:
        qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClick(field, Qt.Key.Key_Delete)
    for chunk in re.split(r"([\x20-\x7e]+)", text):
        if not chunk:
            continue
        if chunk.isascii():
            qtbot.keyClicks(field, chunk)
        else:
            event = QInputMethodEvent("", [])
            event.setCommitString(chunk)
            QApplication.sendEvent(field, event)


def paste_into(qtbot: QtBot, field: QLineEdit, text: str) -> None:
    """What a person does with a name copied from a document: select all, Ctrl+V."""
    QApplication.clipboard().setText(text)
    qtbot.mouseClick(field, TAP)
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(field, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def choose(qtbot: QtBot, box: QComboBox, text: str) -> None:
    """Tap the box, then pick the item in its list with the arrow keys and Enter."""
    index = box.findText(text)
    assert index >= 0, f"{text!r} is not among {[box.itemText(i) for i in range(box.count())]}"
    qtbot.mouseClick(box, TAP)
    view = box.view()
    qtbot.waitUntil(view.isVisible, timeout=3000)
    qtbot.keyClick(view, Qt.Key.Key_Home)
    for _ in range(index):
        qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not view.isVisible(), timeout=3000)
    assert box.currentText() == text


@dataclass
class StandInPrinter:
    name: str
    jobs: list[PrintRequest] = field(default_factory=list)

    def print_pdf(self, request: PrintRequest) -> PrintOutcome:
        self.jobs.append(request)
        return PrintOutcome(paper_confirmed=True, detail=f"{self.name}-{len(self.jobs)}")


class StandInPrinters:
    """The system's printers as the wizard sees them through the printing service."""

    def __init__(self, *names: str) -> None:
        self.printers = {name: StandInPrinter(name) for name in names}

    def printer_names(self) -> list[str]:
        return list(self.printers)

    def printer(self, name: str) -> StandInPrinter:
        return self.printers[name]


class RecordingSpeaker:
    def __init__(self) -> None:
        self.said: list[Announcement] = []

    def prepare(self) -> str:
        return "recording"

    def speak(self, announcement: Announcement, done: object) -> None:
        self.said.append(announcement)
        done()  # type: ignore[operator]

    def stop(self) -> None:
        pass


def open_wizard(qtbot: QtBot, services: Services) -> SetupWizard:
    make_application()
    wizard = SetupWizard(services)
    qtbot.addWidget(wizard)
    wizard.resize(1366, 768)
    wizard.show()
    qtbot.waitExposed(wizard)
    qtbot.waitUntil(lambda: bool(wizard.counters.counter_rows), timeout=5000)
    return wizard


def fill_commune(qtbot: QtBot, wizard: SetupWizard) -> None:
    type_into(qtbot, wizard.commune.province, "Tỉnh Tuyên Quang")
    type_into(qtbot, wizard.commune.seal_name, "UBND xã Minh Quang")
    type_into(qtbot, wizard.commune.centre_name, "Trung tâm Phục vụ hành chính công xã Minh Quang")


def page_slug(wizard: SetupWizard) -> str:
    return wizard.pages[wizard.index].slug


def go_to(qtbot: QtBot, wizard: SetupWizard, slug: str) -> None:
    """Give the minimal answers of each page on the way and tap «Tiếp theo» until `slug` shows."""
    for _ in range(len(wizard.pages)):
        if page_slug(wizard) == slug:
            return
        if page_slug(wizard) == "commune" and not wizard.commune.seal_name.text():
            fill_commune(qtbot, wizard)
        if page_slug(wizard) == "admin" and not wizard.admin.name.text():
            type_into(qtbot, wizard.admin.name, "Nguyễn Văn An")
            type_into(qtbot, wizard.admin.pin, "2468")
            type_into(qtbot, wizard.admin.pin_again, "2468")
        before = wizard.index
        tap(qtbot, wizard.next)
        assert wizard.index == before + 1, f"stuck on {page_slug(wizard)}: {visible_errors(wizard)}"
    raise AssertionError(f"no page {slug}")


def visible_errors(wizard: SetupWizard) -> list[str]:
    from kiosk.ui.setup.base import ErrorLine

    return [e.text() for e in wizard.findChildren(ErrorLine) if e.isVisibleTo(wizard) and e.text()]


def is_set_up(services: Services) -> bool:
    return SetupService(services.sessions, services.clock, services.settings, services.auth).is_done()


def count(services: Services, model: type) -> int:
    with services.sessions() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def nothing_saved(services: Services) -> bool:
    return not is_set_up(services) and count(services, m.Point) == 0 and count(services, m.Staff) == 0
