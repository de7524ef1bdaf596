"""The admin screen's "Số liệu chính thức" tab: figures the national portal computes, typed in with their source
and date (kept apart from the local figures in every report; services/tally/official.py)."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from kiosk.app import Services
from kiosk.clock import business_date
from kiosk.services.tally.official import OfficialIndicator
from kiosk.ui.admin.editor import AdminTab, button, date_edit, fill_table, make_table, row_of, show_date


def period_text(start: date, end: date) -> str:
    """'01/10 – 31/10/2026': the year once when both ends share it."""
    if start.year == end.year:
        return f"{start:%d/%m} – {end:%d/%m/%Y}"
    return f"{show_date(start)} – {show_date(end)}"


class FiguresTab(AdminTab):
    def __init__(self, services: Services, by: int | None, parent: QWidget | None = None) -> None:
        super().__init__(services, by, parent)
        self.rows: list[OfficialIndicator] = []
        today = business_date(services.clock.now())
        # The table over the whole width (names and sources are long), the form in two columns under it.
        layout = QVBoxLayout(self)
        self.table = make_table(
            [self.tr("Chỉ tiêu"), self.tr("Giá trị"), self.tr("Kỳ"), self.tr("Nguồn"), self.tr("Ngày nguồn")],
            stretch=3,
        )
        layout.addWidget(self.table, 1)
        heading = QLabel(self.tr("Nhập số liệu chính thức"))
        heading.setProperty("heading", True)
        layout.addWidget(heading)
        left, right = QFormLayout(), QFormLayout()
        self.code = QLineEdit()
        self.code.setMaxLength(64)
        self.code.setPlaceholderText(self.tr("Ví dụ: ty_le_ho_so_truc_tuyen"))
        left.addRow(self.tr("Mã chỉ tiêu"), self.code)
        self.name = QLineEdit()
        self.name.setMaxLength(300)
        left.addRow(self.tr("Tên chỉ tiêu"), self.name)
        self.value = QLineEdit()
        self.value.setMaxLength(64)
        left.addRow(self.tr("Giá trị"), self.value)
        self.period_from = date_edit(today.replace(day=1))
        self.period_to = date_edit(today)
        period = QHBoxLayout()
        period.addWidget(self.period_from)
        period.addWidget(QLabel("–"))
        period.addWidget(self.period_to)
        right.addRow(self.tr("Kỳ số liệu"), period)
        self.source = QLineEdit()
        self.source.setMaxLength(300)
        self.source.setPlaceholderText(self.tr("Ví dụ: Cổng Dịch vụ công quốc gia"))
        right.addRow(self.tr("Nguồn"), self.source)
        self.source_date = date_edit(today)
        right.addRow(self.tr("Ngày lấy số liệu"), self.source_date)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addSpacing(24)
        columns.addLayout(right, 1)
        layout.addLayout(columns)
        self.add_button = button(self.tr("Lưu số liệu"), self.add, primary=True)
        bottom = row_of(self.add_button)
        bottom.insertWidget(1, self.notice, 1)
        layout.addLayout(bottom)
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
                    period_text(r.period_from, r.period_to),
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
