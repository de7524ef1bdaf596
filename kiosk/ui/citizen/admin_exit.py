"""The administrator's way out of the locked kiosk: reached by a hidden gesture, then an admin account and PIN.

The gesture (five taps in the top-left corner within three seconds) is counted by the window; this page asks
who is there and checks the PIN with services.auth (login, then require_role "admin"); wrong PINs lock the
account as at the desk.
"""

from __future__ import annotations

import time
from collections import deque

from PySide6.QtCore import QRegularExpression, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QLineEdit, QStackedWidget, QVBoxLayout, QWidget

from kiosk.app import Services
from kiosk.errors import KioskError
from kiosk.services.access.auth import StaffInfo
from kiosk.ui.citizen.pager import SPACING
from kiosk.ui.citizen.style import NORMAL, Look
from kiosk.ui.citizen.tile import TileButton
from kiosk.ui.worker import run_task

TAPS = 5
WINDOW_S = 3.0
CORNER_PX = 120  # about 2 cm: easy for the administrator, out of a citizen's way


class CornerTaps:
    """Counts taps in the corner; True on the fifth within the time window."""

    def __init__(self, taps: int = TAPS, window_s: float = WINDOW_S) -> None:
        self._taps = taps
        self._window = window_s
        self._times: deque[float] = deque(maxlen=taps)

    def tap(self, now: float | None = None) -> bool:
        now = time.monotonic() if now is None else now
        self._times.append(now)
        if len(self._times) == self._taps and now - self._times[0] <= self._window:
            self._times.clear()
            return True
        return False

    def clear(self) -> None:
        self._times.clear()


class AdminPage(QWidget):
    cancelled = Signal()
    exit_confirmed = Signal(object)  # StaffInfo

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._look = NORMAL
        self.chosen: StaffInfo | None = None
        self.staff: StaffInfo | None = None
        self.name_buttons: dict[int, TileButton] = {}
        self.keys: dict[str, TileButton] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACING)
        self.notice = QLabel()
        self.notice.setProperty("role", "warn")
        self.notice.setWordWrap(True)
        self.notice.hide()
        layout.addWidget(self.notice)
        self.stages = QStackedWidget()
        layout.addWidget(self.stages, 1)

        names = QWidget()
        names_layout = QVBoxLayout(names)
        names_layout.setContentsMargins(0, 0, 0, 0)
        hint = QLabel(self.tr("Chỉ dành cho quản trị viên. Chọn tài khoản quản trị:"))
        hint.setWordWrap(True)
        names_layout.addWidget(hint)
        self._names = QGridLayout()
        self._names.setSpacing(SPACING)
        names_layout.addLayout(self._names)
        names_layout.addStretch(1)
        self.stages.addWidget(names)

        pin = QWidget()
        pin_layout = QHBoxLayout(pin)
        pin_layout.setContentsMargins(0, 0, 0, 0)
        pin_layout.setSpacing(SPACING * 3)
        left = QVBoxLayout()
        self.who = QLabel()
        self.who.setProperty("role", "title")
        self.who.setWordWrap(True)
        self.field = QLineEdit()
        self.field.setProperty("role", "field")
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setMaxLength(8)
        self.field.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.field.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,8}"), self.field))
        self.field.setPlaceholderText(self.tr("Mã PIN"))
        self.field.returnPressed.connect(self.submit)
        left.addWidget(self.who)
        left.addWidget(self.field)
        left.addStretch(1)
        pin_layout.addLayout(left, 1)
        grid = QGridLayout()
        grid.setSpacing(SPACING)
        for n, key in enumerate(("1", "2", "3", "4", "5", "6", "7", "8", "9", "erase", "0", "enter")):
            label = {"erase": self.tr("Xoá"), "enter": self.tr("Vào")}.get(key, key)
            kind = "second" if key == "enter" else "plain"
            button = TileButton(label, kind=kind, mode="center")
            button.clicked.connect(lambda _=False, k=key: self.press(k))
            grid.addWidget(button, n // 3, n % 3)
            self.keys[key] = button
        pin_layout.addLayout(grid, 1)
        self.stages.addWidget(pin)

        done = QWidget()
        done_layout = QVBoxLayout(done)
        self.done_label = QLabel()
        self.done_label.setProperty("role", "title")
        self.done_label.setWordWrap(True)
        done_layout.addWidget(self.done_label)
        done_layout.addStretch(1)
        self.exit_button = TileButton(self.tr("Thoát chương trình"), icon="lock", kind="priority", mode="center")
        self.exit_button.clicked.connect(self._exit)
        done_layout.addWidget(self.exit_button)
        self.stages.addWidget(done)

        self.cancel_button = TileButton(self.tr("Quay lại màn hình công dân"), icon="back", kind="plain", mode="center")
        self.cancel_button.clicked.connect(self.cancelled)
        layout.addWidget(self.cancel_button)

    def title(self) -> str:
        return self.tr("Quản trị – thoát chế độ ki-ốt")

    # ------------------------------------------------------------ steps

    def start(self) -> None:
        self.reset()
        run_task(self, self._services.auth.list_staff, self._show_admins, self._failed)

    def _show_admins(self, staff: list[StaffInfo]) -> None:
        for button in self.name_buttons.values():
            button.setParent(None)
            button.deleteLater()
        self.name_buttons = {}
        admins = [s for s in staff if s.role == "admin"]
        for n, person in enumerate(admins):
            button = TileButton(person.name, kind="service", mode="center", look=self._look)
            button.clicked.connect(lambda _=False, p=person: self.choose(p))
            self._names.addWidget(button, n // 3, n % 3)
            self.name_buttons[person.id] = button
        if not admins:
            self._failed(
                KioskError(self.tr('Chưa có tài khoản quản trị. Tạo bằng lệnh: kiosk staff add "Họ tên" --role admin'))
            )

    def choose(self, person: StaffInfo) -> None:
        self.chosen = person
        self.who.setText(self.tr("{name}: nhập mã PIN").format(name=person.name))
        self.field.clear()
        self.notice.hide()
        self.stages.setCurrentIndex(1)
        self.field.setFocus()

    def press(self, key: str) -> None:
        self.field.setFocus()
        if key == "erase":
            self.field.backspace()
        elif key == "enter":
            self.submit()
        else:
            self.field.insert(key)

    def submit(self) -> None:
        person, pin = self.chosen, self.field.text()
        if person is None or not pin:
            return
        auth = self._services.auth

        def check() -> StaffInfo:
            info = auth.login(person.id, pin)  # scrypt: off the UI thread
            auth.require_role(info, "admin")
            return info

        self.keys["enter"].setEnabled(False)
        run_task(self, check, self._accepted, self._refused)

    def _accepted(self, info: StaffInfo) -> None:
        self.keys["enter"].setEnabled(True)
        self.staff = info
        self.field.clear()
        self.done_label.setText(self.tr("Xin chào {name}. Thoát chế độ ki-ốt?").format(name=info.name))
        self.stages.setCurrentIndex(2)

    def _refused(self, error: KioskError) -> None:
        self.keys["enter"].setEnabled(True)
        self.field.clear()
        self._failed(error)

    def _failed(self, error: KioskError) -> None:
        self.notice.setText(error.message)
        self.notice.show()

    def _exit(self) -> None:
        if self.staff is not None:
            self.exit_confirmed.emit(self.staff)

    def reset(self) -> None:
        self.chosen = None
        self.staff = None
        self.field.clear()
        self.notice.hide()
        self.stages.setCurrentIndex(0)

    # ------------------------------------------------------------ look and shape

    def set_look(self, look: Look) -> None:
        self._look = look
        for button in [*self.keys.values(), *self.name_buttons.values(), self.exit_button, self.cancel_button]:
            button.set_look(look)

    def set_portrait(self, portrait: bool) -> None:
        del portrait
