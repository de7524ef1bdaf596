"""The admin screen's "Quầy và dịch vụ" tab: the counters and which services each serves (top), the queue services
with their letter, name, description, icon, order and whether the kiosk offers them (bottom).

A service no open counter serves is named in a warning: its tickets would never be called.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.app import Services
from kiosk.services.admin.office import MAX_COUNTER, MAX_ORDER, CounterRow, ServiceRow, available_icons
from kiosk.ui.admin.editor import AdminTab, button, fill_table, make_table, row_of


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    label.setProperty("heading", True)
    return label


class CountersTab(AdminTab):
    def __init__(self, services: Services, by: int | None, parent: QWidget | None = None) -> None:
        super().__init__(services, by, parent)
        self.counter_rows: list[CounterRow] = []
        self.service_rows: list[ServiceRow] = []
        self.counter: CounterRow | None = None
        self.service: ServiceRow | None = None
        # Two pages under one switch (counters, services): both at once would not fit a 768-pixel-high screen.
        layout = QVBoxLayout(self)
        switch = QHBoxLayout()
        self.counters_page_button = QPushButton(self.tr("Quầy"))
        self.services_page_button = QPushButton(self.tr("Lĩnh vực xếp hàng"))
        self.pages = QStackedWidget()
        for index, b in enumerate((self.counters_page_button, self.services_page_button)):
            b.setCheckable(True)
            b.setAutoExclusive(True)
            b.setProperty("tab", True)
            b.clicked.connect(lambda _=False, i=index: self.pages.setCurrentIndex(i))
            switch.addWidget(b)
        self.counters_page_button.setChecked(True)
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #7a4a00; font-weight: bold;")
        switch.addWidget(self.warning, 1)
        layout.addLayout(switch)
        layout.addWidget(self.notice)
        layout.addWidget(self.pages, 1)

        # ---------------------------------------------------- counters
        counters_page = QWidget()
        top = QHBoxLayout(counters_page)
        top.setContentsMargins(0, 0, 0, 0)
        self.counters = make_table(
            [self.tr("Quầy"), self.tr("Tên quầy"), self.tr("Lĩnh vực"), self.tr("Trạng thái")], stretch=1
        )
        self.counters.itemSelectionChanged.connect(self._counter_selected)
        top.addWidget(self.counters, 3)
        cform_box = QVBoxLayout()
        self.counter_heading = _heading(self.tr("Thêm quầy"))
        cform_box.addWidget(self.counter_heading)
        cform = QFormLayout()
        self.number = QSpinBox()
        self.number.setRange(1, MAX_COUNTER)
        cform.addRow(self.tr("Số quầy"), self.number)
        self.counter_name = QLineEdit()
        self.counter_name.setMaxLength(200)
        cform.addRow(self.tr("Tên quầy"), self.counter_name)
        self.serves_box = QWidget()
        self.serves_grid = QGridLayout(self.serves_box)
        self.serves_grid.setContentsMargins(0, 0, 0, 0)
        self.serves: dict[str, QCheckBox] = {}
        cform.addRow(self.tr("Phục vụ"), self.serves_box)
        self.counter_active = QCheckBox(self.tr("Đang dùng"))
        cform.addRow("", self.counter_active)
        cform_box.addLayout(cform)
        self.new_counter_button = button(self.tr("Thêm quầy"), self.new_counter)
        self.save_counter_button = button(self.tr("Lưu quầy"), self.save_counter, primary=True)
        cform_box.addLayout(row_of(self.new_counter_button, self.save_counter_button))
        cform_box.addStretch(1)
        top.addLayout(cform_box, 2)
        self.pages.addWidget(counters_page)

        # ---------------------------------------------------- services
        services_page = QWidget()
        bottom = QHBoxLayout(services_page)
        bottom.setContentsMargins(0, 0, 0, 0)
        self.services_table = make_table(
            [self.tr("Chữ"), self.tr("Lĩnh vực"), self.tr("Trạng thái"), self.tr("Thứ tự")], stretch=1
        )
        self.services_table.itemSelectionChanged.connect(self._service_selected)
        bottom.addWidget(self.services_table, 3)
        sform_box = QVBoxLayout()
        self.service_heading = _heading(self.tr("Thêm lĩnh vực"))
        sform_box.addWidget(self.service_heading)
        sform = QFormLayout()
        self.prefix = QLineEdit()
        self.prefix.setMaxLength(2)
        self.prefix.setMaximumWidth(90)
        self.order = QSpinBox()
        self.order.setRange(0, MAX_ORDER)
        letter_row = QHBoxLayout()
        letter_row.addWidget(self.prefix)
        letter_row.addWidget(QLabel(self.tr("Thứ tự")))
        letter_row.addWidget(self.order)
        sform.addRow(self.tr("Chữ cái"), letter_row)
        self.service_name = QLineEdit()
        self.service_name.setMaxLength(200)
        sform.addRow(self.tr("Tên"), self.service_name)
        self.description = QLineEdit()
        self.description.setMaxLength(300)
        sform.addRow(self.tr("Mô tả"), self.description)
        self.icon = QComboBox()
        self.icon.addItem(self.tr("(không có)"), "")
        for name in available_icons():
            self.icon.addItem(name, name)
        self.service_active = QCheckBox(self.tr("Hiện trên màn hình lấy số"))
        sform.addRow(self.tr("Biểu tượng"), self.icon)
        sform.addRow("", self.service_active)
        sform_box.addLayout(sform)
        self.new_service_button = button(self.tr("Thêm lĩnh vực"), self.new_service)
        self.save_service_button = button(self.tr("Lưu lĩnh vực"), self.save_service, primary=True)
        sform_box.addLayout(row_of(self.new_service_button, self.save_service_button))
        bottom.addLayout(sform_box, 2)
        self.pages.addWidget(services_page)
        self.new_counter()
        self.new_service()
        self.load()

    # ---------------------------------------------------- loading

    def load(self) -> None:
        office = self.services.admin.office
        self.call(lambda: (office.counters(), office.services(), office.unserved_services()), self._show)

    def _show(self, result: tuple[list[CounterRow], list[ServiceRow], list[str]]) -> None:
        counters, services, unserved = result
        self.counter_rows, self.service_rows = counters, services
        active, stopped = self.tr("Đang dùng"), self.tr("Ngừng")
        fill_table(
            self.counters,
            [(str(c.number), c.name, ", ".join(c.services), active if c.active else stopped) for c in counters],
        )
        fill_table(
            self.services_table,
            [(s.prefix, s.name, active if s.active else stopped, str(s.sort_order)) for s in services],
        )
        for box in self.serves.values():
            box.deleteLater()
        self.serves = {}
        for i, s in enumerate(services):
            box = QCheckBox(s.prefix)
            box.setToolTip(s.name)
            self.serves[s.prefix] = box
            self.serves_grid.addWidget(box, i // 5, i % 5)
        if self.counter is not None:
            self._fill_counter(next((c for c in counters if c.id == self.counter.id), None))
        else:
            self.new_counter()
        if self.service is None:
            self.new_service()
        if unserved:
            self.warning.setText(
                self.tr("Chưa quầy nào phục vụ lĩnh vực {0}: số thứ tự của lĩnh vực đó sẽ không được gọi.").replace(
                    "{0}", ", ".join(unserved)
                )
            )
        else:
            self.warning.clear()

    # ---------------------------------------------------- counters

    def _counter_selected(self) -> None:
        index = self.counters.currentRow()
        if self.counters.selectedItems() and 0 <= index < len(self.counter_rows):
            self._fill_counter(self.counter_rows[index])

    def _fill_counter(self, row: CounterRow | None) -> None:
        if row is None:
            self.new_counter()
            return
        self.counter = row
        self.counter_heading.setText(self.tr("Sửa quầy {0}").replace("{0}", str(row.number)))
        self.number.setValue(row.number)
        self.counter_name.setText(row.name)
        for prefix, box in self.serves.items():
            box.setChecked(prefix in row.services)
        self.counter_active.setChecked(row.active)

    def new_counter(self) -> None:
        self.counter = None
        self.counters.clearSelection()
        self.counter_heading.setText(self.tr("Thêm quầy"))
        used = {c.number for c in self.counter_rows}
        self.number.setValue(next((n for n in range(1, MAX_COUNTER + 1) if n not in used), 1))
        self.counter_name.clear()
        for box in self.serves.values():
            box.setChecked(False)
        self.counter_active.setChecked(True)

    def save_counter(self) -> None:
        office, by = self.services.admin.office, self.by
        counter_id = self.counter.id if self.counter else None
        number, name, active = self.number.value(), self.counter_name.text(), self.counter_active.isChecked()
        serves = [p for p, box in self.serves.items() if box.isChecked()]

        def save() -> CounterRow:
            return office.save_counter(by, counter_id, number=number, name=name, services=serves, active=active)

        self.call(save, self._counter_saved, self.tr("Đã lưu quầy."))

    def _counter_saved(self, row: CounterRow) -> None:
        self.counter = row
        self.load()

    # ---------------------------------------------------- services

    def _service_selected(self) -> None:
        index = self.services_table.currentRow()
        if not self.services_table.selectedItems() or not 0 <= index < len(self.service_rows):
            return
        row = self.service_rows[index]
        self.service = row
        self.service_heading.setText(self.tr("Sửa lĩnh vực {0}").replace("{0}", row.prefix))
        self.prefix.setText(row.prefix)
        self.service_name.setText(row.name)
        self.description.setText(row.description)
        self.icon.setCurrentIndex(max(0, self.icon.findData(row.icon)))
        self.order.setValue(row.sort_order)
        self.service_active.setChecked(row.active)

    def new_service(self) -> None:
        self.service = None
        self.services_table.clearSelection()
        self.service_heading.setText(self.tr("Thêm lĩnh vực"))
        for field in (self.prefix, self.service_name, self.description):
            field.clear()
        self.icon.setCurrentIndex(0)
        self.order.setValue(max((s.sort_order for s in self.service_rows), default=0) + 1)
        self.service_active.setChecked(True)

    def save_service(self) -> None:
        office, by = self.services.admin.office, self.by
        service_id = self.service.id if self.service else None
        values = {
            "prefix": self.prefix.text(),
            "name": self.service_name.text(),
            "description": self.description.text(),
            "icon": self.icon.currentData(),
            "sort_order": self.order.value(),
            "active": self.service_active.isChecked(),
        }
        self.call(lambda: office.save_service(by, service_id, **values), self._service_saved, self.tr("Đã lưu."))

    def _service_saved(self, row: ServiceRow) -> None:
        self.service = row
        self.load()
