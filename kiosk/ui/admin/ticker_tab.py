"""The admin screen's "Bảng chữ chạy" tab: the notices along the bottom of the hall display, each shown from a
start date to an end date (either may be left open). Stored in the setting display.notices (same validation)."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from kiosk.app import Services
from kiosk.clock import business_date
from kiosk.services.admin.notices import Notice
from kiosk.services.settings import NOTICE_MAX_LEN
from kiosk.ui.admin.editor import AdminTab, OptionalDate, button, fill_table, make_table, row_of, show_date


class TickerTab(AdminTab):
    def __init__(self, services: Services, by: int | None, parent: QWidget | None = None) -> None:
        super().__init__(services, by, parent)
        self.rows: list[Notice] = []
        self.index: int | None = None
        # Notices are long lines: the list over the whole width, the form under it.
        layout = QVBoxLayout(self)
        self.table = make_table(
            [self.tr("Thông báo"), self.tr("Từ ngày"), self.tr("Đến ngày"), self.tr("Hôm nay")], stretch=0
        )
        self.table.itemSelectionChanged.connect(self._selected)
        layout.addWidget(self.table, 1)
        self.heading = QLabel()
        self.heading.setProperty("heading", True)
        layout.addWidget(self.heading)
        form = QFormLayout()
        self.text = QLineEdit()
        self.text.setMaxLength(NOTICE_MAX_LEN)
        self.text.setPlaceholderText(self.tr("Ví dụ: Thứ Bảy 5/12 tiếp dân cả ngày"))
        form.addRow(self.tr("Nội dung"), self.text)
        self.start = OptionalDate(self.tr("Từ ngày"))
        self.end = OptionalDate(self.tr("Đến ngày"))
        dates = QHBoxLayout()
        dates.addWidget(self.start, 1)
        dates.addSpacing(24)
        dates.addWidget(self.end, 1)
        form.addRow(self.tr("Hiện"), dates)
        layout.addLayout(form)
        hint = QLabel(self.tr("Không đánh dấu ngày: thông báo hiện mãi đến khi xoá."))
        hint.setProperty("hint", True)
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.new_button = button(self.tr("Thông báo mới"), self.new)
        self.save_button = button(self.tr("Lưu"), self.save, primary=True)
        self.remove_button = button(self.tr("Xoá"), self.remove)
        actions = row_of(self.new_button, self.save_button, self.remove_button)
        actions.insertWidget(3, self.notice, 1)
        layout.addLayout(actions)
        self.new()
        self.load()

    def today(self):  # noqa: ANN201 - a date
        return business_date(self.services.clock.now())

    def load(self) -> None:
        self.call(self.services.admin.notices.list, self._show)

    def _show(self, rows: list[Notice]) -> None:
        self.rows = rows
        today = self.today()
        fill_table(
            self.table,
            [
                (n.text, show_date(n.start), show_date(n.end), self.tr("Đang hiện") if n.shows_on(today) else "")
                for n in rows
            ],
        )

    def _selected(self) -> None:
        index = self.table.currentRow()
        if not self.table.selectedItems() or not 0 <= index < len(self.rows):
            return
        self.index = index
        notice = self.rows[index]
        self.heading.setText(self.tr("Sửa thông báo"))
        self.text.setText(notice.text)
        self.start.set_value(notice.start, self.today())
        self.end.set_value(notice.end, self.today())
        self.remove_button.setEnabled(True)

    def new(self) -> None:
        self.index = None
        self.table.clearSelection()
        self.heading.setText(self.tr("Thông báo mới"))
        self.text.clear()
        self.start.set_value(None, self.today())
        self.end.set_value(None, self.today())
        self.remove_button.setEnabled(False)

    def save(self) -> None:
        notices, by, index = self.services.admin.notices, self.by, self.index
        text, start, end = self.text.text(), self.start.value(), self.end.value()
        self.call(lambda: notices.save(by, index, text, start, end), self._saved, self.tr("Đã lưu thông báo."))

    def remove(self) -> None:
        if self.index is None:
            return
        notices, by, index = self.services.admin.notices, self.by, self.index
        self.call(lambda: notices.remove(by, index), self._saved, self.tr("Đã xoá thông báo."))

    def _saved(self, rows: list[Notice]) -> None:
        self._show(rows)
        self.new()
