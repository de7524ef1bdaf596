"""The admin screen's "Thôn" tab: the villages records and reports are counted by; one no longer used is stopped,
never deleted (old records name it)."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QSpinBox, QVBoxLayout, QWidget

from kiosk.app import Services
from kiosk.services.admin.office import MAX_ORDER, VillageRow
from kiosk.ui.admin.editor import AdminTab, button, fill_table, make_table, row_of


class VillagesTab(AdminTab):
    def __init__(self, services: Services, by: int | None, parent: QWidget | None = None) -> None:
        super().__init__(services, by, parent)
        self.rows: list[VillageRow] = []
        self.current: VillageRow | None = None
        layout = QHBoxLayout(self)
        self.table = make_table([self.tr("Thứ tự"), self.tr("Thôn"), self.tr("Trạng thái")])
        self.table.itemSelectionChanged.connect(self._selected)
        layout.addWidget(self.table, 3)
        side = QVBoxLayout()
        self.heading = QLabel()
        self.heading.setProperty("heading", True)
        side.addWidget(self.heading)
        form = QFormLayout()
        self.name = QLineEdit()
        self.name.setMaxLength(200)
        self.name.setPlaceholderText(self.tr("Ví dụ: Thôn Bắc Sơn"))
        form.addRow(self.tr("Tên thôn"), self.name)
        self.order = QSpinBox()
        self.order.setRange(0, MAX_ORDER)
        form.addRow(self.tr("Thứ tự"), self.order)
        self.active = QCheckBox(self.tr("Đang dùng"))
        form.addRow("", self.active)
        side.addLayout(form)
        self.new_button = button(self.tr("Thêm thôn"), self.new)
        self.save_button = button(self.tr("Lưu"), self.save, primary=True)
        side.addLayout(row_of(self.new_button, self.save_button))
        side.addWidget(self.notice)
        side.addStretch(1)
        layout.addLayout(side, 2)
        self.new()
        self.load()

    def load(self) -> None:
        self.call(self.services.admin.office.villages, self._show)

    def _show(self, rows: list[VillageRow]) -> None:
        self.rows = rows
        fill_table(
            self.table,
            [(str(v.sort_order), v.name, self.tr("Đang dùng") if v.active else self.tr("Ngừng")) for v in rows],
        )
        if self.current is None:
            self.new()  # the next free place in the order, now that the list is known

    def _selected(self) -> None:
        index = self.table.currentRow()
        if not self.table.selectedItems() or not 0 <= index < len(self.rows):
            return
        row = self.current = self.rows[index]
        self.heading.setText(self.tr("Sửa: {0}").replace("{0}", row.name))
        self.name.setText(row.name)
        self.order.setValue(row.sort_order)
        self.active.setChecked(row.active)

    def _saved(self, _row: VillageRow) -> None:
        self.current = None
        self.load()

    def new(self) -> None:
        self.current = None
        self.table.clearSelection()
        self.heading.setText(self.tr("Thêm thôn"))
        self.name.clear()
        self.order.setValue(max((v.sort_order for v in self.rows), default=0) + 1)
        self.active.setChecked(True)

    def save(self) -> None:
        office, by = self.services.admin.office, self.by
        village_id = self.current.id if self.current else None
        name, order, active = self.name.text(), self.order.value(), self.active.isChecked()
        self.call(
            lambda: office.save_village(by, village_id, name=name, sort_order=order, active=active),
            self._saved,
            self.tr("Đã lưu thôn."),
        )
