"""The desk window: login first, then the record form and its companions in tabs.

The main area is a horizontal QSplitter holding only the tabs; the queue panel (call next, recall, finish...) is
added on the left with `set_queue_panel(widget)` when that module is present, and can hand the served ticket to the
form with `record_for_ticket(code)`. Nothing in the class depends on the queue; the role factory at the end
attaches the panel (kiosk/ui/desk/queue_panel.py).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.app import Services
from kiosk.errors import KioskError
from kiosk.services.access.auth import StaffInfo
from kiosk.ui.desk.duty import DutyPanel
from kiosk.ui.desk.follow_ups import FollowUpsPanel
from kiosk.ui.desk.groups import GroupSessionsPanel
from kiosk.ui.desk.login import LoginPage
from kiosk.ui.desk.lookups import Lookups, load_lookups
from kiosk.ui.desk.queue_attach import attach_queue_panel
from kiosk.ui.desk.record_form import RecordForm
from kiosk.ui.desk.records_list import RecordsPanel
from kiosk.ui.desk.style import DESK_STYLE
from kiosk.ui.names import role_name
from kiosk.ui.widgets.notice import Notice
from kiosk.ui.worker import run_task

TAB_KEYS = ("F5", "F6", "F7", "F8", "F9")


class DeskWindow(QWidget):
    logged_out = Signal()

    def __init__(self, services: Services, **options: Any) -> None:
        super().__init__()
        self._services = services
        self._options = options
        self.staff: StaffInfo | None = None
        self.lookups: Lookups | None = None
        self.setStyleSheet(DESK_STYLE)
        self.setWindowTitle(self.tr("Bàn hỗ trợ"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget()
        layout.addWidget(self.stack)
        self.login = LoginPage(services)
        self.login.logged_in.connect(self.enter)
        self.stack.addWidget(self.login)
        self.stack.addWidget(self._build_main())
        self.stack.setCurrentIndex(0)

    def _build_main(self) -> QWidget:
        main = QWidget()
        layout = QVBoxLayout(main)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.setSpacing(4)
        bar = QHBoxLayout()
        self.place = QLabel(self.tr("Bàn hỗ trợ"))
        self.place.setProperty("heading", True)
        bar.addWidget(self.place, 1)
        self.who = QLabel()
        bar.addWidget(self.who)
        self.logout_button = QPushButton(self.tr("Đăng xuất"))
        self.logout_button.setProperty("secondary", True)
        self.logout_button.clicked.connect(self.logout)
        bar.addWidget(self.logout_button)
        layout.addLayout(bar)
        self.banner = Notice()
        layout.addWidget(self.banner)
        self.banner.hide()

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.tabs = QTabWidget()
        self.form = RecordForm(self._services)
        self.records = RecordsPanel(self._services)
        self.follow_ups = FollowUpsPanel(self._services)
        self.groups = GroupSessionsPanel(self._services)
        self.duty = DutyPanel(self._services)
        for n, (widget, title) in enumerate(
            [
                (self.form, self.tr("Ghi nhận")),
                (self.records, self.tr("Trong ngày")),
                (self.follow_ups, self.tr("Hẹn lại")),
                (self.groups, self.tr("Sinh hoạt nhóm")),
                (self.duty, self.tr("Ngày trực")),
            ]
        ):
            self.tabs.addTab(widget, title)
            self.tabs.setTabToolTip(n, TAB_KEYS[n])
            shortcut = QShortcut(QKeySequence(TAB_KEYS[n]), self)
            shortcut.activated.connect(lambda i=n: self.tabs.setCurrentIndex(i))
        self.splitter.addWidget(self.tabs)
        layout.addWidget(self.splitter, 1)

        self.form.saved.connect(lambda _v: (self.records.refresh(), self.follow_ups.refresh()))
        self.records.edit_requested.connect(self.edit_record)
        self.records.changed.connect(self.follow_ups.refresh)
        self.follow_ups.counted.connect(self._count_follow_ups)
        self.tabs.currentChanged.connect(self._tab_changed)
        return main

    # ------------------------------------------------------------ queue panel hook

    def set_queue_panel(self, panel: QWidget, width: int = 360) -> None:
        """Put the queue panel on the left of the form; the splitter keeps the form usable at any width."""
        self.splitter.insertWidget(0, panel)
        self.splitter.setStretchFactor(0, 0)  # a wider screen widens the form, not the buttons
        self.splitter.setStretchFactor(1, 1)
        total = max(self.splitter.width(), width * 3)
        self.splitter.setSizes([width, total - width])
        self._refit()

    def _refit(self) -> None:
        """Forget the sizes layouts cached while their page was hidden and not yet styled by DESK_STYLE.

        Widgets on a hidden page of the stack do not tell their layouts when the style changes their size, so the
        window's first layout would add up stale, larger minimums and grow past a 1366 px screen.
        """
        for layout in self.findChildren(QLayout):
            layout.invalidate()
        for widget in self.findChildren(QWidget):
            widget.updateGeometry()

    def record_for_ticket(self, code: str) -> None:
        self.tabs.setCurrentWidget(self.form)
        self.form.set_ticket(code)
        self.form.focus_search()

    # ------------------------------------------------------------ session

    def enter(self, staff: StaffInfo) -> None:
        self.staff = staff
        self.who.setText(f"{staff.name} · {role_name(staff)}")
        run_task(self, lambda: load_lookups(self._services), self._start, self._failed)
        run_task(self, lambda: self._services.catalogue.point(self._services.config.point_code), self._show_place)
        # The retention purge runs whenever someone opens the desk; `kiosk privacy purge` does it from a schedule.
        run_task(self, lambda: self._services.privacy.purge_expired(staff.id), None, self._failed)

    def _start(self, lookups: Lookups) -> None:
        assert self.staff is not None
        self.lookups = lookups
        self.form.start(self.staff, lookups)
        self.records.start(self.staff)
        self.follow_ups.start(self.staff)
        self.groups.start(self.staff, lookups)
        self.duty.start(self.staff, lookups)
        self.tabs.setCurrentIndex(0)
        self.stack.setCurrentIndex(1)
        self._refit()
        self.form.focus_search()

    def _show_place(self, point: Any) -> None:
        self.place.setText(self.tr("Bàn hỗ trợ – ") + (point.short_name or point.name))

    def logout(self) -> None:
        if self.staff is not None:
            staff_id, auth = self.staff.id, self._services.auth
            # No banner on failure: the login page is on screen by then; the worker logs it.
            run_task(self, lambda: auth.audit(staff_id, "logout", f"staff:{staff_id}"))
        self.staff = None
        self.form.reset()
        self.stack.setCurrentIndex(0)
        self.login.reload()  # from the names again, with any account added meanwhile
        self.logged_out.emit()

    def edit_record(self, view: Any) -> None:
        self.tabs.setCurrentWidget(self.form)
        self.form.edit(view)

    def _count_follow_ups(self, due: int) -> None:
        index = self.tabs.indexOf(self.follow_ups)
        self.tabs.setTabText(index, self.tr("Hẹn lại") + (f" ({due})" if due else ""))

    def _tab_changed(self, index: int) -> None:
        widget = self.tabs.widget(index)
        if widget is self.form:
            self.form.focus_search()
        elif widget is self.records:
            self.records.refresh()
        elif widget is self.follow_ups:
            self.follow_ups.refresh()

    def _failed(self, error: KioskError) -> None:
        self.banner.error(error.message)
        self.banner.show()


def open_desk(services: Services, **options: Any) -> QWidget:
    window = DeskWindow(services, **options)
    attach_queue_panel(window, services, options.get("counter"))
    return window
