"""The admin screen's "Số liệu chính thức" tab: figures the national portal computes, typed in with their source
and date (kept apart from the local figures in every report; services/tally/official.py)."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from kiosk.app import Services
from kiosk.clock import business_date
from kiosk.services.tally.official import OfficialIndicator
from kiosk.ui.admin.editor import AdminTab, button, date_edit, fill_table, make_table, row_of, show_date


class FiguresTab(AdminTab):
    def __init__(self, services: Services, by: int | None, parent: QWidget | None = None) -> None:
        super().__init__(services, by, parent)
        self.rows: list[OfficialIndicator] = []
        today = business_date(services.clock.now())
        layout = QHBoxLayout(self)
        self.table = make_table(
            [self.tr("Chỉ tiêu"), self.tr("Giá trị"), self.tr("Kỳ"), self.tr("Nguồn"), self.tr("Ngày nguồn")]
        )
        layout.addWidget(self.table, 3)
        side = QVBoxLayout()
        heading = QLabel(self.tr("Nhập số liệu chính thức"))
        heading.setProperty("heading", True)
        side.addWidget(heading)
        form = QFormLayout()
        self.code = QLineEdit()
        self.code.setMaxLength(64)
        self.code.setPlaceholderText(self.tr("Ví dụ: ty_le_ho_so_truc_tuyen"))
        form.addRow(self.tr("Mã chỉ tiêu"), self.code)
        self.name = QLineEdit()
        self.name.setMaxLength(300)
        form.addRow(self.tr("Tên chỉ tiêu"), self.name)
        self.value = QLineEdit()
        self.value.setMaxLength(64)
        form.addRow(self.tr("Giá trị"), self.value)
        self.period_from = date_edit(today.replace(day=1))
        self.period_to = date_edit(today)
        period = QHBoxLayout()
        period.addWidget(self.period_from)
        period.addWidget(QLabel("–"))
        period.addWidget(self.period_to)
        form.addRow(self.tr("Kỳ số liệu"), period)
        self.source = QLineEdit()
        self.source.setMaxLength(300)
        self.source.setPlaceholderText(self.tr("Ví dụ: Cổng Dịch vụ công quốc gia"))
        form.addRow(self.tr("Nguồn"), self.source)
        self.source_date = date_edit(today)
        form.addRow(self.tr("Ngày lấy số liệu"), self.source_date)
        side.addLayout(form)
        self.add_button = button(self.tr("Lưu số liệu"), self.add, primary=True)
        side.addLayout(row_of(self.add_button))
        side.addWidget(self.notice)
        side.addStretch(1)
        layout.addLayout(side, 2)
        self.load()

    def load(self) -> None:
        self.call(self.services.admin.figures.recent, self._show)

    def _show(self, rows: list[OfficialIndicator]) -> None:
        self.rows = rows
        fill_table(
            self.table,
            [
                (
                    r.name,
                    r.value,
                    f"{show_date(r.period_from)} – {show_date(r.period_to)}",
                    r.source,
                    show_date(r.source_date),
                )
                for r in rows
            ],
        )

    def add(self) -> None:
        figures, by = self.services.admin.figures, self.by
        values = {
            "code": self.code.text(),
            "name": self.name.text(),
            "value": self.value.text(),
            "period_from": self.period_from.date().toPython(),
            "period_to": self.period_to.date().toPython(),
            "source": self.source.text(),
            "source_date": self.source_date.date().toPython(),
        }
        self.call(lambda: figures.add(by, **values), self._saved, self.tr("Đã lưu số liệu chính thức."))

    def _saved(self, _row: OfficialIndicator) -> None:
        for field in (self.code, self.name, self.value):
            field.clear()
        self.load()
