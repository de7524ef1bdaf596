"""Desk login: choose one's name, then type the PIN on the pad or the keyboard. Five wrong PINs lock for 5 minutes.

The flow itself is the shared PIN entry (kiosk/ui/widgets/pin_entry.py); every active account may open the desk.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from kiosk.app import Services
from kiosk.ui.widgets.pin_entry import PinEntry


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
        self.reload()

    def reload(self) -> None:
        self.entry.start()
