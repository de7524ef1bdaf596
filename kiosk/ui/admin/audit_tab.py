"""The admin screen's "Nhật ký" tab: who did what and when, filtered by person, action and dates; exported as a
CSV file (the export is itself written in the log)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QComboBox, QFileDialog, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kiosk.app import Services
from kiosk.clock import business_date, format_local
from kiosk.services.admin.audit_log import AuditRow, action_name
from kiosk.services.admin.staff import StaffRow
from kiosk.ui.admin.editor import AdminTab, OptionalDate, button, fill_table, make_table
from kiosk.ui.names import core_name


class AuditTab(AdminTab):
    def __init__(self, services: Services, by: int | None, parent: QWidget | None = None) -> None:
        super().__init__(services, by, parent)
        self.rows: list[AuditRow] = []
        self._folder = ""
        today = business_date(services.clock.now())
        layout = QVBoxLayout(self)
        filters = QHBoxLayout()
        self.person = QComboBox()
        self.person.addItem(self.tr("Mọi người"), None)
        self.action = QComboBox()
        self.action.addItem(self.tr("Mọi việc"), None)
        self.start = OptionalDate(self.tr("Từ"))
        self.start.set_value(None, today)
        self.end = OptionalDate(self.tr("Đến"))
        self.end.set_value(None, today)
        for widget in (self.person, self.action, self.start, self.end):
            filters.addWidget(widget)
        self.filter_button = button(self.tr("Lọc"), self.load, primary=True)
        self.export_button = button(self.tr("Xuất CSV"), self.export)
        filters.addWidget(self.filter_button)
        filters.addWidget(self.export_button)
        layout.addLayout(filters)
        self.count = QLabel()
        self.count.setProperty("hint", True)
        layout.addWidget(self.count)
        self.table = make_table(
            [
                self.tr("Thời điểm"),
                self.tr("Người thực hiện"),
                self.tr("Việc"),
                self.tr("Đối tượng"),
                self.tr("Chi tiết"),
            ]
        )
        layout.addWidget(self.table, 1)
        layout.addWidget(self.notice)
        self.call(lambda: (services.admin.staff.list(), services.admin.audit.actions()), self._choices)

    def _choices(self, result: tuple[list[StaffRow], list[str]]) -> None:
        people, actions = result
        for p in people:
            self.person.addItem(p.name, p.id)
        for a in sorted(actions, key=action_name):
            self.action.addItem(core_name(action_name(a)), a)
        self.load()

    def filters(self) -> dict:
        return {
            "staff_id": self.person.currentData(),
            "action": self.action.currentData(),
            "start": self.start.value(),
            "end": self.end.value(),
        }

    def load(self) -> None:
        audit, filters = self.services.admin.audit, self.filters()
        self.call(lambda: audit.query(**filters), self._show)

    def _show(self, rows: list[AuditRow]) -> None:
        self.rows = rows
        self.count.setText(self.tr("{0} dòng, mới nhất trước").replace("{0}", str(len(rows))))
        fill_table(
            self.table,
            [
                (
                    format_local(r.at, "%d/%m/%Y %H:%M"),
                    r.staff_name or "—",
                    core_name(r.action_name),
                    r.target,
                    r.detail_text(),
                )
                for r in rows
            ],
        )

    def choose_folder(self) -> str:
        return QFileDialog.getExistingDirectory(
            self, self.tr("Chọn thư mục lưu nhật ký"), self._folder or str(Path.home())
        )

    def export(self) -> None:
        folder = self.choose_folder()
        if not folder:
            return
        self._folder = folder
        audit, by, filters = self.services.admin.audit, self.by, self.filters()
        self.call(
            lambda: audit.export_csv(by, Path(folder), **filters),
            lambda path: self.notice.ok(self.tr("Đã lưu {0}").replace("{0}", str(path))),
        )
