"""Group sessions at the cultural house: a short form and the last month's sessions with totals."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.app import Services
from kiosk.errors import KioskError
from kiosk.services.access.auth import StaffInfo
from kiosk.services.records.groups import MAX_ATTENDANCE, MAX_LEAFLETS, GroupSessionInput, GroupSessionView
from kiosk.ui.desk.controls import CountField
from kiosk.ui.desk.lookups import Lookups
from kiosk.ui.desk.tables import RowTable
from kiosk.ui.widgets.notice import Notice
from kiosk.ui.worker import run_task

LIST_DAYS = 31


class GroupSessionsPanel(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._staff: StaffInfo | None = None
        layout = QHBoxLayout(self)
        box = QGroupBox(self.tr("Ghi buổi sinh hoạt, tập huấn"))
        form = QFormLayout(box)
        self.topic = QComboBox()
        form.addRow(self.tr("Chủ đề"), self.topic)
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("Tên buổi (nếu không chọn chủ đề)"))
        form.addRow(self.tr("Tên buổi"), self.title)
        self.village = QComboBox()
        form.addRow(self.tr("Thôn"), self.village)
        self.day = QDateEdit()
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("dd/MM/yyyy")
        form.addRow(self.tr("Ngày"), self.day)
        self.attendance = CountField(MAX_ATTENDANCE)
        form.addRow(self.tr("Số người dự"), self.attendance)
        self.leaflets = CountField(MAX_LEAFLETS)
        form.addRow(self.tr("Tờ rơi đã phát"), self.leaflets)
        self.note = QLineEdit()
        form.addRow(self.tr("Ghi chú"), self.note)
        self.save_button = QPushButton(self.tr("Lưu buổi sinh hoạt"))
        self.save_button.setProperty("primary", True)
        self.save_button.clicked.connect(self.save)
        form.addRow(self.save_button)
        self.notice = Notice()
        form.addRow(self.notice)
        layout.addWidget(box, 2)

        right = QVBoxLayout()
        self.totals = QLabel()
        self.totals.setProperty("heading", True)
        right.addWidget(self.totals)
        self.table = RowTable(
            [
                self.tr("Ngày"),
                self.tr("Thôn"),
                self.tr("Người dự"),
                self.tr("Chủ đề"),
                self.tr("Tờ rơi"),
                self.tr("Phụ trách"),
            ],
            stretch=3,
        )
        right.addWidget(self.table, 1)
        void_row = QHBoxLayout()
        self.void_reason = QLineEdit()
        self.void_reason.setPlaceholderText(self.tr("Lý do huỷ buổi đã chọn"))
        void_row.addWidget(self.void_reason, 1)
        self.void_button = QPushButton(self.tr("Huỷ buổi"))
        self.void_button.setProperty("secondary", True)
        self.void_button.clicked.connect(self._void)
        void_row.addWidget(self.void_button)
        right.addLayout(void_row)
        layout.addLayout(right, 3)

    def start(self, staff: StaffInfo, lookups: Lookups) -> None:
        self._staff = staff
        self.topic.clear()
        self.topic.addItem(self.tr("— Chọn chủ đề —"), None)
        for code, name in lookups.topics:
            self.topic.addItem(name, code)
        self.village.clear()
        self.village.addItem(self.tr("— Chọn thôn —"), None)
        for code, name in lookups.villages:
            self.village.addItem(name, code)
        self._reset_form()
        self.refresh()

    def _reset_form(self) -> None:
        today = self._services.assists.today()
        self.day.setDate(QDate(today.year, today.month, today.day))
        self.topic.setCurrentIndex(0)
        self.title.clear()
        self.attendance.set_value(0)
        self.leaflets.set_value(0)
        self.note.clear()

    def collect(self) -> GroupSessionInput:
        d = self.day.date()
        return GroupSessionInput(
            attendance=self.attendance.value(),
            leaflets=self.leaflets.value(),
            topic_code=self.topic.currentData(),
            title=self.title.text() or None,
            village_code=self.village.currentData(),
            business_date=date(d.year(), d.month(), d.day()),
            note=self.note.text() or None,
        )

    def save(self) -> None:
        if self._staff is None:
            return
        inp, staff = self.collect(), self._staff.id
        run_task(self, lambda: self._services.groups.record(inp, staff), self._saved, self._failed)

    def _saved(self, view: GroupSessionView) -> None:
        self.notice.ok(
            self.tr("Đã lưu buổi {0} ({1} người dự).").replace("{0}", view.label).replace("{1}", str(view.attendance))
        )
        self._reset_form()
        self.refresh()

    def refresh(self) -> None:
        end = self._services.assists.today()
        start = end - timedelta(days=LIST_DAYS)
        run_task(self, lambda: self._services.groups.between(start, end), self._show, self._failed)

    def _show(self, rows: list[GroupSessionView]) -> None:
        cells = [
            [
                g.business_date.strftime("%d/%m/%Y"),
                g.village_name or "",
                str(g.attendance),
                g.label,
                str(g.leaflets),
                g.led_by_name or "",
            ]
            for g in rows
        ]
        self.table.fill(rows, cells)
        text = self.tr("{0} ngày qua: {1} buổi, {2} người dự, {3} tờ rơi")
        values = (
            str(LIST_DAYS),
            str(len(rows)),
            str(sum(g.attendance for g in rows)),
            str(sum(g.leaflets for g in rows)),
        )
        for n, value in enumerate(values):
            text = text.replace("{" + str(n) + "}", value)
        self.totals.setText(text)

    def _void(self) -> None:
        row = self.table.current()
        if row is None or self._staff is None:
            return
        reason, staff = self.void_reason.text(), self._staff.id
        run_task(
            self,
            lambda: self._services.groups.void(row.id, reason, staff),
            lambda _r: (self.void_reason.clear(), self.notice.ok(self.tr("Đã huỷ buổi sinh hoạt.")), self.refresh()),
            self._failed,
        )

    def _failed(self, error: KioskError) -> None:
        self.notice.error(error.message)
