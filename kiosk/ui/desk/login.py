"""Desk login: choose one's name, then type the PIN on the pad or the keyboard. Five wrong PINs lock for 5 minutes.

The flow itself is the shared PIN entry (kiosk/ui/widgets/pin_entry.py); every active account may open the desk.
While the page is on screen it follows the change feed every two seconds, so an account added or stopped in the
admin screen (any process, any PC) appears or disappears here without a restart; not while someone types a PIN.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from kiosk.app import Services
from kiosk.errors import KioskError
from kiosk.services.events import EventInfo
from kiosk.ui.widgets.pin_entry import PinEntry
from kiosk.ui.worker import run_task

FOLLOW_MS = 2000


class LoginPage(QWidget):
    logged_in = Signal(object)  # StaffInfo

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 12, 40, 12)
        title = QLabel(self.tr("Bàn hỗ trợ – đăng nhập"))
        title.setProperty("heading", True)
        title.setStyleSheet("font-size: 24pt;")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(title)
        self.entry = PinEntry(
            services.auth,
            hint=self.tr("Chọn tên của anh/chị:"),
            empty_text=self.tr("Chưa có tài khoản nào: dùng lệnh  kiosk staff add  để thêm."),
            pad_width=420,
        )
        self.entry.accepted.connect(self.logged_in)
        layout.addWidget(self.entry, 1)
        self._services = services
        self._last_event: int | None = None
        self._following = False
        self._stale = False
        self._timer = QTimer(self)
        self._timer.setInterval(FOLLOW_MS)
        self._timer.timeout.connect(self.follow)
        self.reload()

    def reload(self) -> None:
        self._stale = False
        self.entry.start()

    def showEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt override
        super().showEvent(event)
        self._timer.start()

    def hideEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt override
        super().hideEvent(event)
        self._timer.stop()

    def follow(self) -> None:
        """One cheap read of the feed; the names are read again after a change to the staff."""
        if self._following:
            return
        self._following = True
        events, after = self._services.events, self._last_event

        def read() -> tuple[int, bool]:
            if after is None:
                return events.latest_id(), False
            found: list[EventInfo] = events.since(after)
            staff = any(e.kind == "config_changed" and e.payload.get("what") == "staff" for e in found)
            return (found[-1].id if found else after), staff

        run_task(self, read, self._followed, self._follow_failed)

    def _followed(self, result: tuple[int, bool]) -> None:
        self._following = False
        self._last_event, changed = result
        self._stale = self._stale or changed
        if self._stale and self.entry.chosen is None:  # never under a person typing their PIN
            self.reload()

    def _follow_failed(self, _error: KioskError) -> None:
        self._following = False  # the next tick tries again; the login itself shows a lost database
