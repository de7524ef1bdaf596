"""The administrator's PIN dialog: pick an admin account, type the PIN; services.auth checks the PIN and the role.

The flow is the shared PIN entry (kiosk/ui/widgets/pin_entry.py) asking for role "admin"; this dialog frames it.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QPushButton, QVBoxLayout, QWidget

from kiosk.app import Services
from kiosk.services.access.auth import StaffInfo
from kiosk.ui.widgets.pin_entry import PinEntry

ADMIN_ROLES = ("admin",)
STYLE = """
QWidget { font-size: 14pt; }
QPushButton { min-height: 48px; }
QPushButton[pad="true"] { min-height: 64px; font-size: 18pt; }
QPushButton[big="true"] { min-height: 72px; }
QLabel[heading="true"] { font-weight: bold; }
"""


class PinDialog(QDialog):
    authenticated = Signal(object)  # StaffInfo

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.staff: StaffInfo | None = None
        self.setWindowTitle(self.tr("Đăng nhập quản trị"))
        self.setStyleSheet(STYLE)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        self.entry = PinEntry(
            services.auth,
            role=ADMIN_ROLES,
            hint=self.tr("Khu vực quản trị: cần tài khoản quản trị và mã PIN."),
            empty_text=self.tr('Chưa có tài khoản quản trị. Tạo bằng lệnh: kiosk staff add "Họ tên" --role admin'),
        )
        self.entry.accepted.connect(self._accepted)
        layout.addWidget(self.entry, 1)
        self.cancel_button = QPushButton(self.tr("Huỷ"))
        self.cancel_button.setProperty("secondary", True)
        self.cancel_button.clicked.connect(self.reject)
        layout.addWidget(self.cancel_button)
        self.resize(560, 640)
        self.entry.start()

    def _accepted(self, info: StaffInfo) -> None:
        self.staff = info
        self.authenticated.emit(info)
        self.accept()
