"""The administrator's PIN dialog: pick an admin account, type the PIN; services.auth checks it and the role."""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QComboBox, QDialog, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from kiosk.app import Services
from kiosk.errors import KioskError
from kiosk.services.access.auth import StaffInfo
from kiosk.ui import worker
from kiosk.ui.theme import WARN

ADMIN_ROLES = ("admin",)


class PinDialog(QDialog):
    authenticated = Signal(object)  # StaffInfo

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.staff: StaffInfo | None = None
        self.setWindowTitle(self.tr("Đăng nhập quản trị"))
        self.setStyleSheet("QWidget { font-size: 14pt; } QPushButton { min-height: 48px; }")
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(QLabel(self.tr("Khu vực quản trị: cần tài khoản quản trị và mã PIN.")))
        self.account = QComboBox()
        admins = [s for s in services.auth.list_staff() if s.role in ADMIN_ROLES]
        for staff in admins:
            self.account.addItem(staff.name, staff.id)
        layout.addWidget(QLabel(self.tr("Tài khoản")))
        layout.addWidget(self.account)
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(8)
        self.pin.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,8}"), self.pin))
        self.pin.setPlaceholderText(self.tr("4 đến 8 chữ số"))
        self.pin.returnPressed.connect(self.submit)
        layout.addWidget(QLabel(self.tr("Mã PIN")))
        layout.addWidget(self.pin)
        self.error = QLabel("")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {WARN};")
        layout.addWidget(self.error)
        buttons = QHBoxLayout()
        self.cancel_button = QPushButton(self.tr("Huỷ"))
        self.cancel_button.clicked.connect(self.reject)
        self.login_button = QPushButton(self.tr("Đăng nhập"))
        self.login_button.setDefault(True)
        self.login_button.clicked.connect(self.submit)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.login_button)
        layout.addLayout(buttons)
        if not admins:
            self.login_button.setEnabled(False)
            self.error.setText(
                self.tr('Chưa có tài khoản quản trị. Tạo bằng lệnh: kiosk staff add "Họ tên" --role admin')
            )

    def submit(self) -> None:
        staff_id = self.account.currentData()
        if staff_id is None:
            return
        pin = self.pin.text()
        auth = self._services.auth

        def check() -> StaffInfo:
            # scrypt takes a noticeable moment on an office PC: off the UI thread.
            info = auth.login(int(staff_id), pin)
            auth.require_role(info, *ADMIN_ROLES)
            return info

        self.login_button.setEnabled(False)
        self.error.setText(self.tr("Đang kiểm tra…"))
        worker.run_task(self, check, self._accepted, self._refused)

    def _accepted(self, info: StaffInfo) -> None:
        self.staff = info
        self.error.setText("")
        self.authenticated.emit(info)
        self.accept()

    def _refused(self, error: KioskError) -> None:
        self.login_button.setEnabled(True)
        self.pin.clear()
        self.pin.setFocus()
        self.error.setText(error.message)
