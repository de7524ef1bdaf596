"""The admin screen's "Thủ tục địa phương" tab: find a procedure or an app task, hide it (not done here) or show it
again, add search words people use, and add the commune's own procedures and tasks."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from kiosk.app import Services
from kiosk.services.admin.local_catalogue import KINDS, MAX_WORDS, CatalogueRow
from kiosk.ui.admin.editor import AdminTab, button, fill_table, make_table, row_of
from kiosk.ui.names import core_name


class CatalogueTab(AdminTab):
    def __init__(self, services: Services, by: int | None, parent: QWidget | None = None) -> None:
        super().__init__(services, by, parent)
        self.rows: list[CatalogueRow] = []
        self.current: CatalogueRow | None = None
        layout = QHBoxLayout(self)
        left = QVBoxLayout()
        self.kind = QComboBox()
        for code, name in KINDS.items():
            self.kind.addItem(core_name(name), code)
        self.query = QLineEdit()
        self.query.setPlaceholderText(self.tr("Tìm theo tên, mã hoặc từ tìm kiếm (không cần dấu)"))
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(300)
        self._debounce.timeout.connect(self.load)
        self.query.textChanged.connect(lambda _t: self._debounce.start())
        self.kind.currentIndexChanged.connect(lambda _i: self.load())
        search_row = QHBoxLayout()
        search_row.addWidget(self.kind)
        search_row.addWidget(self.query, 1)
        left.addLayout(search_row)
        self.table = make_table(
            [self.tr("Tên"), self.tr("Trạng thái"), self.tr("Từ tìm kiếm thêm"), self.tr("Mã")], stretch=0
        )
        self.table.itemSelectionChanged.connect(self._selected)
        left.addWidget(self.table, 1)
        layout.addLayout(left, 3)

        side = QVBoxLayout()
        self.heading = QLabel()
        self.heading.setProperty("heading", True)
        self.heading.setWordWrap(True)
        side.addWidget(self.heading)
        form = QFormLayout()
        self.name = QLineEdit()
        self.name.setMaxLength(300)
        form.addRow(self.tr("Tên"), self.name)
        self.field = QLineEdit()
        self.field.setMaxLength(200)
        form.addRow(self.tr("Lĩnh vực"), self.field)
        self.words = QLineEdit()
        self.words.setMaxLength(MAX_WORDS)
        self.words.setPlaceholderText(self.tr("Ví dụ: giấy khai sinh, làm giấy cho con"))
        form.addRow(self.tr("Từ tìm kiếm"), self.words)
        side.addLayout(form)
        self.new_button = button(self.tr("Mục mới"), self.new)
        self.add_button = button(self.tr("Thêm mục địa phương"), self.add, primary=True)
        side.addLayout(row_of(self.new_button, self.add_button))
        self.words_button = button(self.tr("Lưu từ tìm kiếm"), self.save_words)
        self.hide_button = button(self.tr("Ẩn ở xã này"), self.toggle_active)
        side.addLayout(row_of(self.words_button, self.hide_button))
        side.addWidget(self.notice)
        side.addStretch(1)
        layout.addLayout(side, 2)
        self.new()
        self.load()

    def load(self) -> None:
        catalogue, kind, query = self.services.admin.catalogue, self.kind.currentData(), self.query.text()
        self.call(lambda: catalogue.search(kind, query), self._show)

    def _show(self, rows: list[CatalogueRow]) -> None:
        self.rows = rows
        shown, hidden, local = self.tr("Đang dùng"), self.tr("Đã ẩn"), self.tr(" (địa phương)")
        fill_table(
            self.table,
            [(r.name, (shown if r.active else hidden) + (local if r.local else ""), r.words, r.code) for r in rows],
        )
        if self.current is not None:
            index = next((i for i, r in enumerate(rows) if r.id == self.current.id), None)
            if index is not None:
                self.table.selectRow(index)

    def _selected(self) -> None:
        index = self.table.currentRow()
        if not self.table.selectedItems() or not 0 <= index < len(self.rows):
            return
        row = self.current = self.rows[index]
        self.heading.setText(row.name)
        self.name.setText(row.name)
        self.field.setText(row.field)
        self.words.setText(row.words)
        self.name.setEnabled(False)
        self.field.setEnabled(False)
        self.add_button.setEnabled(False)
        self.words_button.setEnabled(True)
        self.hide_button.setEnabled(True)
        self.hide_button.setText(self.tr("Ẩn ở xã này") if row.active else self.tr("Hiện lại"))

    def new(self) -> None:
        self.current = None
        self.table.clearSelection()
        self.heading.setText(self.tr("Thêm mục của xã (tên, lĩnh vực, từ tìm kiếm)"))
        for field in (self.name, self.field, self.words):
            field.clear()
            field.setEnabled(True)
        self.add_button.setEnabled(True)
        self.words_button.setEnabled(False)
        self.hide_button.setEnabled(False)

    def add(self) -> None:
        catalogue, by, kind = self.services.admin.catalogue, self.by, self.kind.currentData()
        name, field, words = self.name.text(), self.field.text(), self.words.text()
        self.call(
            lambda: catalogue.add(by, kind, name=name, field=field, words=words),
            self._saved,
            self.tr("Đã thêm vào danh mục của xã."),
        )

    def save_words(self) -> None:
        if self.current is None:
            return
        catalogue, by, row, words = self.services.admin.catalogue, self.by, self.current, self.words.text()
        self.call(lambda: catalogue.set_words(by, row.kind, row.id, words), self._saved, self.tr("Đã lưu từ tìm kiếm."))

    def toggle_active(self) -> None:
        if self.current is None:
            return
        catalogue, by, row = self.services.admin.catalogue, self.by, self.current
        ok = self.tr("Đã ẩn; quầy không còn thấy mục này khi tìm.") if row.active else self.tr("Đã hiện lại.")
        self.call(lambda: catalogue.set_active(by, row.kind, row.id, not row.active), self._saved, ok)

    def _saved(self, row: CatalogueRow) -> None:
        self.current = row
        if self.query.text().strip() == "":
            self.query.blockSignals(True)
            self.query.setText(row.name)  # the list shows what was just changed
            self.query.blockSignals(False)
        self.load()
