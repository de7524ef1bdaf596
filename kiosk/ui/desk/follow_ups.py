"""Follow-ups due today and overdue: call or visit, then mark done. Seeing a phone number leaves an audit row."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kiosk.app import Services
from kiosk.errors import KioskError
from kiosk.services.access.auth import StaffInfo
from kiosk.services.access.privacy import Contact
from kiosk.services.records.types import FollowUpView
from kiosk.ui.desk.tables import RowTable
from kiosk.ui.widgets.notice import Notice
from kiosk.ui.worker import run_task

UPCOMING_DAYS = 7


class FollowUpsPanel(QWidget):
    counted = Signal(int)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._staff: StaffInfo | None = None
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.count = QLabel()
        self.count.setProperty("heading", True)
        top.addWidget(self.count, 1)
        self.upcoming = QCheckBox(self.tr("Hiện cả lịch hẹn 7 ngày tới"))
        self.upcoming.toggled.connect(lambda _on: self.refresh())
        top.addWidget(self.upcoming)
        layout.addLayout(top)
        self.table = RowTable(
            [
                self.tr("Hẹn ngày"),
                self.tr("Trễ"),
                self.tr("Lý do hẹn"),
                self.tr("Việc đã hỗ trợ"),
                self.tr("Thôn"),
                self.tr("Liên hệ"),
                self.tr("Người hỗ trợ"),
            ],
            stretch=3,
        )
        self.table.itemSelectionChanged.connect(self._sync)
        layout.addWidget(self.table, 1)
        actions = QHBoxLayout()
        self.done_button = QPushButton(self.tr("Đã xong"))
        self.done_button.clicked.connect(self._done)
        actions.addWidget(self.done_button)
        self.reveal_button = QPushButton(self.tr("Xem số điện thoại"))
        self.reveal_button.setProperty("secondary", True)
        self.reveal_button.setToolTip(self.tr("Mỗi lần xem được ghi vào nhật ký"))
        self.reveal_button.clicked.connect(self._reveal)
        actions.addWidget(self.reveal_button)
        self.contact = QLabel()
        self.contact.setProperty("heading", True)
        actions.addWidget(self.contact, 1)
        layout.addLayout(actions)
        self.notice = Notice()
        layout.addWidget(self.notice)
        self._sync()

    def start(self, staff: StaffInfo) -> None:
        self._staff = staff
        self.refresh()

    def refresh(self) -> None:
        days = UPCOMING_DAYS if self.upcoming.isChecked() else 0
        run_task(self, lambda: self._services.assists.follow_ups(upcoming_days=days), self._show, self._failed)

    def _show(self, rows: list[FollowUpView]) -> None:
        cells = []
        for f in rows:
            late = {"overdue": self.tr("trễ {0} ngày").replace("{0}", str(f.days_late)), "today": self.tr("hôm nay")}
            contact = " ".join(p for p in (f.name_masked, f.phone_masked) if p)
            cells.append(
                [
                    f.due.strftime("%d/%m/%Y"),
                    late.get(f.status, ""),
                    f.reason or "",
                    f.summary,
                    f.village_name or "",
                    contact,
                    f.helper_names,
                ]
            )
        self.table.fill(rows, cells, [f.status == "upcoming" for f in rows])
        due = sum(1 for f in rows if f.status != "upcoming")
        self.count.setText(self.tr("{0} lịch hẹn đến hạn hoặc quá hạn").replace("{0}", str(due)))
        self.contact.clear()
        self._sync()
        self.counted.emit(due)

    def _sync(self) -> None:
        row = self.table.current()
        self.done_button.setEnabled(row is not None)
        self.reveal_button.setEnabled(row is not None and row.has_phone)
        self.contact.clear()

    def _done(self) -> None:
        row = self.table.current()
        if row is None or self._staff is None:
            return
        staff = self._staff.id
        run_task(
            self,
            lambda: self._services.assists.mark_follow_up_done(row.record_id, staff),
            lambda _r: (self.notice.ok(self.tr("Đã đánh dấu xong lịch hẹn.")), self.refresh()),
            self._failed,
        )

    def _reveal(self) -> None:
        row = self.table.current()
        if row is None or self._staff is None:
            return
        staff = self._staff.id
        run_task(self, lambda: self._services.privacy.reveal(row.record_id, staff), self._show_contact, self._failed)

    def _show_contact(self, contact: Contact) -> None:
        self.contact.setText(" – ".join(p for p in (contact.name, contact.phone) if p))

    def _failed(self, error: KioskError) -> None:
        self.notice.error(error.message)
