"""Desk login: choose one's name, then type the PIN on the pad or the keyboard. Five wrong PINs lock for 5 minutes."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.app import Services
from kiosk.errors import KioskError
from kiosk.services.access.auth import StaffInfo
from kiosk.ui.desk.controls import Notice
from kiosk.ui.worker import run_task


class PinPad(QWidget):
    """Ten digits, erase and enter; big enough for a finger, and the keyboard works too."""

    submitted = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        self.field = QLineEdit()
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setMaxLength(8)
        self.field.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.field.setPlaceholderText(self.tr("Mã PIN"))
        self.field.setStyleSheet("font-size: 28pt; min-height: 64px; letter-spacing: 8px;")
        self.field.returnPressed.connect(self._submit)
        layout.addWidget(self.field)
        grid = QGridLayout()
        grid.setSpacing(10)
        self.keys: dict[str, QPushButton] = {}
        for n, key in enumerate(["1", "2", "3", "4", "5", "6", "7", "8", "9", "erase", "0", "enter"]):
            label = {"erase": self.tr("Xoá"), "enter": self.tr("Vào")}.get(key, key)
            button = QPushButton(label)
            button.setMinimumWidth(110)
            button.setProperty("pad", True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the PIN field keeps the keyboard
            button.clicked.connect(lambda _=False, k=key: self._press(k))
            if key == "erase":
                button.setProperty("secondary", True)
            grid.addWidget(button, n // 3, n % 3)
            self.keys[key] = button
        layout.addLayout(grid)

    def _press(self, key: str) -> None:
        # Focus first: a successful "enter" hands the keyboard to the desk, which must keep it.
        self.field.setFocus()
        if key == "erase":
            self.field.backspace()
        elif key == "enter":
            self._submit()
        else:
            self.field.insert(key)

    def _submit(self) -> None:
        self.submitted.emit(self.field.text())

    def clear(self) -> None:
        self.field.clear()


class LoginPage(QWidget):
    logged_in = Signal(object)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._chosen: StaffInfo | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 12, 40, 12)
        title = QLabel(self.tr("Bàn hỗ trợ – đăng nhập"))
        title.setProperty("heading", True)
        title.setStyleSheet("font-size: 24pt;")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(title)
        self.pages = QStackedWidget()
        layout.addWidget(self.pages, 1)

        names = QWidget()
        names_layout = QVBoxLayout(names)
        hint = QLabel(self.tr("Chọn tên của anh/chị:"))
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        names_layout.addWidget(hint)
        self.names_grid = QGridLayout()
        self.names_grid.setSpacing(12)
        holder = QWidget()
        holder_layout = QVBoxLayout(holder)
        holder_layout.addLayout(self.names_grid)
        holder_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(holder)
        names_layout.addWidget(scroll, 1)
        self.pages.addWidget(names)

        pin = QWidget()
        pin_layout = QVBoxLayout(pin)
        pin_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.who = QLabel()
        self.who.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.who.setProperty("heading", True)
        pin_layout.addWidget(self.who)
        self.pad = PinPad()
        self.pad.setMaximumWidth(420)
        self.pad.submitted.connect(self._login)
        pin_layout.addWidget(self.pad, 0, Qt.AlignmentFlag.AlignHCenter)
        row = QHBoxLayout()
        self.back = QPushButton(self.tr("← Chọn tên khác"))
        self.back.setProperty("secondary", True)
        self.back.clicked.connect(self.show_names)
        row.addWidget(self.back)
        pin_layout.addLayout(row)
        self.notice = Notice()
        self.notice.setAlignment(Qt.AlignmentFlag.AlignCenter)
        pin_layout.addWidget(self.notice)
        self.pages.addWidget(pin)
        self.name_buttons: dict[int, QPushButton] = {}
        self.reload()

    def reload(self) -> None:
        run_task(self, self._services.auth.list_staff, self._show_staff, self._failed)

    def _show_staff(self, staff: list[StaffInfo]) -> None:
        for button in self.name_buttons.values():
            button.deleteLater()
        self.name_buttons = {}
        for n, person in enumerate(staff):
            button = QPushButton(f"{person.name}\n{person.role_name}")
            button.setProperty("big", True)
            button.clicked.connect(lambda _=False, p=person: self.choose(p))
            self.names_grid.addWidget(button, n // 3, n % 3)
            self.name_buttons[person.id] = button
        if not staff:
            self.names_grid.addWidget(QLabel(self.tr("Chưa có tài khoản nào: dùng lệnh  kiosk staff add  để thêm.")))

    def choose(self, person: StaffInfo) -> None:
        self._chosen = person
        self.who.setText(person.name)
        self.pad.clear()
        self.notice.clear_notice()
        self.pages.setCurrentIndex(1)
        self.pad.field.setFocus()

    def show_names(self) -> None:
        self._chosen = None
        self.pad.clear()
        self.pages.setCurrentIndex(0)

    def _login(self, pin: str) -> None:
        person = self._chosen
        if person is None or not pin:
            return
        run_task(self, lambda: self._services.auth.login(person.id, pin), self._done, self._failed)

    def _done(self, info: StaffInfo) -> None:
        self.pad.clear()
        self.show_names()
        self.logged_in.emit(info)

    def _failed(self, error: KioskError) -> None:
        self.pad.clear()
        self.notice.error(error.message)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() == Qt.Key.Key_Escape and self.pages.currentIndex() == 1:
            self.show_names()
            return
        super().keyPressEvent(event)
