"""The administrator's way out of the locked kiosk: reached by a hidden gesture, then an admin account and PIN.

The gesture (five taps in the top-left corner within three seconds) is counted by the window; this page asks
who is there with the shared PIN entry (kiosk/ui/widgets/pin_entry.py) and role "admin": services.auth.login
checks PIN and role; wrong PINs lock the account as at the desk.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QAbstractButton, QLabel, QStackedWidget, QVBoxLayout, QWidget

from kiosk.app import Services
from kiosk.services.access.auth import StaffInfo
from kiosk.ui.citizen.pager import SPACING
from kiosk.ui.citizen.style import NORMAL, Look
from kiosk.ui.citizen.tile import TileButton
from kiosk.ui.widgets.pin_entry import PinEntry


class AdminPage(QWidget):
    cancelled = Signal()
    exit_confirmed = Signal(object)  # StaffInfo

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._look = NORMAL
        self.staff: StaffInfo | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACING)
        self.stages = QStackedWidget()
        layout.addWidget(self.stages, 1)

        self.entry = PinEntry(
            services.auth,
            role="admin",
            hint=self.tr("Chỉ dành cho quản trị viên. Chọn tài khoản quản trị:"),
            empty_text=self.tr('Chưa có tài khoản quản trị. Tạo bằng lệnh: kiosk staff add "Họ tên" --role admin'),
            make_button=self._tile,
            themed=True,  # the citizen Look colours the notice and the field, large-text set included
            side_by_side=True,  # landscape 1366×768: the pad beside the field, not under it
        )
        self.entry.accepted.connect(self._accepted)
        self.stages.addWidget(self.entry)

        self.done_page = QWidget()
        done_layout = QVBoxLayout(self.done_page)
        self.done_label = QLabel()
        self.done_label.setProperty("role", "title")
        self.done_label.setWordWrap(True)
        done_layout.addWidget(self.done_label)
        done_layout.addStretch(1)
        self.exit_button = TileButton(self.tr("Thoát chương trình"), icon="lock", kind="priority", mode="center")
        self.exit_button.clicked.connect(self._exit)
        done_layout.addWidget(self.exit_button)
        self.stages.addWidget(self.done_page)

        self.cancel_button = TileButton(self.tr("Quay lại màn hình công dân"), icon="back", kind="plain", mode="center")
        self.cancel_button.clicked.connect(self.cancelled)
        layout.addWidget(self.cancel_button)

    def _tile(self, kind: str, label: str, subtitle: str) -> QAbstractButton:
        """The PIN entry's buttons as the citizen screen's tiles: at least 15 mm, never below the Look's text."""
        del subtitle  # only administrators are listed: the role under each name would say nothing
        tile_kind = {"enter": "second", "name": "service"}.get(kind, "plain")
        return TileButton(label, kind=tile_kind, mode="center", look=self._look)

    def title(self) -> str:
        return self.tr("Quản trị – thoát chế độ ki-ốt")

    # ------------------------------------------------------------ steps

    def start(self) -> None:
        self.reset()
        self.entry.start()

    def _accepted(self, info: StaffInfo) -> None:
        self.staff = info
        self.done_label.setText(self.tr("Xin chào {name}. Thoát chế độ ki-ốt?").format(name=info.name))
        self.stages.setCurrentWidget(self.done_page)

    def _exit(self) -> None:
        if self.staff is not None:
            self.exit_confirmed.emit(self.staff)

    def reset(self) -> None:
        self.staff = None
        self.entry.show_names()
        self.entry.notice.clear_notice()
        self.stages.setCurrentWidget(self.entry)

    # ------------------------------------------------------------ look and shape

    def set_look(self, look: Look) -> None:
        self._look = look
        for button in [*self.entry.buttons(), self.exit_button, self.cancel_button]:
            if isinstance(button, TileButton):
                button.set_look(look)

    def set_portrait(self, portrait: bool) -> None:
        del portrait
