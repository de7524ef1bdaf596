"""The admin role: a window whose first tab is the tally dashboard, then the office's lists and settings (staff,
counters and services, villages, local catalogue, ticker, settings, official figures, audit log), backups and the
version; opened only after an administrator's PIN."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk import __version__
from kiosk.app import Services
from kiosk.services.access.auth import StaffInfo
from kiosk.ui.admin.editor import STYLE as ADMIN_STYLE
from kiosk.ui.admin.pin_dialog import PinDialog
from kiosk.ui.theme import ACCENT, INK
from kiosk.ui.worker import run_task

NAV_WIDTH = 220  # with the tally dashboard's 1,123 px, the window still fits a 1366-pixel-wide screen
NAV_STYLE = f"""
QListWidget#adminNav {{ font-size: 14pt; border: none; background: #eef2f6; }}
QListWidget#adminNav::item {{ min-height: 46px; padding-left: 8px; color: {INK}; }}
QListWidget#adminNav::item:selected {{ background: {ACCENT}; color: white; font-weight: bold; }}
"""


class AdminWindow(QMainWindow):
    def __init__(self, services: Services) -> None:
        super().__init__()
        self._services = services
        self.staff: StaffInfo | None = None
        self.tabs: QTabWidget | None = None
        self._panel: QWidget | None = None
        self.nav: QListWidget | None = None
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
        from kiosk.ui.admin.campaign_tab import CampaignTab
        from kiosk.ui.admin.staff_tab import StaffTab
        from kiosk.ui.admin.tabs import admin_tabs
        from kiosk.ui.admin.tally_view import TallyDashboard
        from kiosk.ui.admin.voice_tab import VoiceTab

        self.staff = staff
        self.tabs = QTabWidget()
        self.tabs.addTab(TallyDashboard(self._services, staff), self.tr("Tổng hợp số liệu"))
        # Every change made in these tabs is audited with the administrator who unlocked the screen.
        for title, make in admin_tabs():
            tab = make(self._services, staff.id)
            if isinstance(tab, StaffTab):
                tab.lost_admin.connect(self.lock, Qt.ConnectionType.QueuedConnection)  # after the tab's own slot
            self.tabs.addTab(tab, self.tr(title))
        self.tabs.addTab(BackupTab(self._services), self.tr("Sao lưu"))
        # The voice tab at the application's 24 pt needs 1889x964 px: the admin tabs' type sizes, and a scroll
        # area for what is still wider, keep the window within a 1366x768 screen.
        self.voice = VoiceTab(self._services, by=staff.id)
        self.voice.setStyleSheet(ADMIN_STYLE)
        voice_scroll = QScrollArea()
        voice_scroll.setWidgetResizable(True)
        voice_scroll.setWidget(self.voice)
        self.tabs.addTab(voice_scroll, self.tr("Giọng đọc"))
        campaigns = CampaignTab(self._services)
        campaigns.setStyleSheet(ADMIN_STYLE)  # the admin tabs' type sizes, as for the voice tab above
        self.tabs.addTab(campaigns, self.tr("Đợt cao điểm"))
        self.tabs.addTab(AboutTab(self._services), self.tr("Phiên bản"))
        # Eleven tabs do not fit one row of a 1366 px screen: a column of large buttons on the left chooses them.
        self.tabs.tabBar().hide()
        self.nav = QListWidget()
        self.nav.setObjectName("adminNav")
        self.nav.setStyleSheet(NAV_STYLE)
        self.nav.setFixedWidth(NAV_WIDTH)
        for i in range(self.tabs.count()):
            self.nav.addItem(self.tabs.tabText(i))
        self.nav.currentRowChanged.connect(self.tabs.setCurrentIndex)
        self.tabs.currentChanged.connect(self.nav.setCurrentRow)
        self.nav.setCurrentRow(0)
        who = QLabel(self.tr("Đang mở: {name}").format(name=staff.name))
        who.setWordWrap(True)
        who.setFixedWidth(NAV_WIDTH)
        who.setStyleSheet("font-size: 12pt;")
        self.lock_button = QPushButton(self.tr("Khoá"))
        self.lock_button.setFixedWidth(NAV_WIDTH)
        self.lock_button.setStyleSheet("font-size: 14pt; min-height: 52px;")
        self.lock_button.clicked.connect(self.lock)
        side = QVBoxLayout()
        side.addWidget(self.nav, 1)
        side.addWidget(who)
        side.addWidget(self.lock_button)
        self._panel = QWidget()
        row = QHBoxLayout(self._panel)
        row.setContentsMargins(2, 2, 2, 2)
        row.setSpacing(4)
        row.addLayout(side)
        row.addWidget(self.tabs, 1)
        self._stack.addWidget(self._panel)
        self._stack.setCurrentWidget(self._panel)

    def lock(self) -> None:
        if self.tabs is not None and self._panel is not None:
            self._stack.removeWidget(self._panel)
            self._panel.deleteLater()
            self.tabs = None
            self._panel = None
        if self.staff is not None:
            staff_id, auth = self.staff.id, self._services.auth
            # Off the UI thread like every database call; a failure is only logged (by the worker): locking
            # must not wait for the audit row.
            run_task(self, lambda: auth.audit(staff_id, "admin_locked", f"staff:{staff_id}"))
        self.staff = None
        self._stack.setCurrentWidget(self._lock_page)
