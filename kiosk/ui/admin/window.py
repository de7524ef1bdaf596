"""The admin role: a window whose first tab is the tally dashboard, opened only after an administrator's PIN."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLabel, QMainWindow, QPushButton, QStackedWidget, QTabWidget, QVBoxLayout, QWidget

from kiosk import __version__
from kiosk.app import Services
from kiosk.services.access.auth import StaffInfo
from kiosk.ui.admin.pin_dialog import PinDialog
from kiosk.ui.worker import run_task


class AdminWindow(QMainWindow):
    def __init__(self, services: Services) -> None:
        super().__init__()
        self._services = services
        self.staff: StaffInfo | None = None
        self.tabs: QTabWidget | None = None
        self.dialog: PinDialog | None = None
        self.setWindowTitle(self.tr("Quản trị – Ki-ốt hỗ trợ số"))
        self._stack = QStackedWidget()
        self.setCentralWidget(self._stack)
        self._lock_page = QWidget()
        lock = QVBoxLayout(self._lock_page)
        lock.addStretch(1)
        message = QLabel(self.tr("Khu vực quản trị đang khoá."))
        message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        lock.addWidget(message)
        self.unlock_button = QPushButton(self.tr("Đăng nhập bằng mã PIN"))
        self.unlock_button.clicked.connect(self.ask_pin)
        lock.addWidget(self.unlock_button, 0, Qt.AlignmentFlag.AlignCenter)
        lock.addStretch(1)
        version = QLabel(self.tr("Phiên bản {0}").replace("{0}", __version__))
        version.setAlignment(Qt.AlignmentFlag.AlignCenter)
        lock.addWidget(version)
        self._stack.addWidget(self._lock_page)
        # Ask as soon as the window is on screen; nothing behind the lock is built before a PIN is accepted.
        QTimer.singleShot(0, self.ask_pin)

    def ask_pin(self) -> PinDialog | None:
        if self.staff is not None:  # already unlocked (the start-up request may arrive after a quick login)
            return None
        if self.dialog is None:
            self.dialog = PinDialog(self._services, self)
            self.dialog.authenticated.connect(self.unlock)
            self.dialog.finished.connect(self._dialog_closed)
            self.dialog.open()
        return self.dialog

    def _dialog_closed(self) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = None

    def unlock(self, staff: StaffInfo) -> None:
        from kiosk.ui.admin.about_tab import AboutTab
        from kiosk.ui.admin.backup_tab import BackupTab
        from kiosk.ui.admin.tally_view import TallyDashboard
        from kiosk.ui.admin.voice_tab import VoiceTab

        self.staff = staff
        self.tabs = QTabWidget()
        self.tabs.addTab(TallyDashboard(self._services, staff), self.tr("Tổng hợp số liệu"))
        self.tabs.addTab(BackupTab(self._services), self.tr("Sao lưu"))
        self.tabs.addTab(VoiceTab(self._services), self.tr("Giọng đọc"))
        self.tabs.addTab(AboutTab(self._services), self.tr("Phiên bản"))
        lock_button = QPushButton(self.tr("Khoá ({name})").format(name=staff.name))
        lock_button.clicked.connect(self.lock)
        self.tabs.setCornerWidget(lock_button, Qt.Corner.TopRightCorner)
        self._stack.addWidget(self.tabs)
        self._stack.setCurrentWidget(self.tabs)

    def lock(self) -> None:
        if self.tabs is not None:
            self._stack.removeWidget(self.tabs)
            self.tabs.deleteLater()
            self.tabs = None
        if self.staff is not None:
            staff_id, auth = self.staff.id, self._services.auth
            # Off the UI thread like every database call; a failure is only logged (by the worker): locking
            # must not wait for the audit row.
            run_task(self, lambda: auth.audit(staff_id, "admin_locked", f"staff:{staff_id}"))
        self.staff = None
        self._stack.setCurrentWidget(self._lock_page)
