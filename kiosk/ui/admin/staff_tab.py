"""The admin screen's "Nhân sự" tab: add a member, change name or role, stop or reopen an account, set a new PIN.

A stopped account keeps its history and can no longer log in (services/admin/staff.py has the rules: the last
administrator cannot be stopped or demoted).
"""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from kiosk.app import Services
from kiosk.services.access.auth import ROLES
from kiosk.services.admin.staff import StaffRow
from kiosk.ui.admin.editor import AdminTab, button, fill_table, make_table, row_of
from kiosk.ui.names import core_name


class StaffTab(AdminTab):
    # The administrator who unlocked the screen stopped their own account or gave up the role: the window locks.
    lost_admin = Signal()

    def __init__(self, services: Services, by: int | None, parent: QWidget | None = None) -> None:
        super().__init__(services, by, parent)
        self.rows: list[StaffRow] = []
        self.current: StaffRow | None = None
        layout = QHBoxLayout(self)
        self.table = make_table([self.tr("Họ tên"), self.tr("Vai trò"), self.tr("Trạng thái")])
        self.table.itemSelectionChanged.connect(self._selected)
        layout.addWidget(self.table, 3)

        side = QVBoxLayout()
        self.heading = QLabel(self.tr("Thêm người mới"))
        self.heading.setProperty("heading", True)
        side.addWidget(self.heading)
        form = QFormLayout()
        self.name = QLineEdit()
        self.name.setMaxLength(200)
        form.addRow(self.tr("Họ tên"), self.name)
        self.role = QComboBox()
        for code, name in ROLES.items():
            self.role.addItem(core_name(name), code)
        form.addRow(self.tr("Vai trò"), self.role)
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setValidator(QRegularExpressionValidator(QRegularExpression("[0-9]{0,8}")))
        self.pin.setPlaceholderText(self.tr("4–8 chữ số"))
        form.addRow(self.tr("Mã PIN"), self.pin)
        side.addLayout(form)
        hint = QLabel(self.tr("Người mới cần mã PIN. Với người đã có, gõ mã mới rồi bấm “Đặt lại mã PIN”."))
        hint.setProperty("hint", True)
        hint.setWordWrap(True)
        side.addWidget(hint)
        self.new_button = button(self.tr("Thêm mới"), self.new)
        self.save_button = button(self.tr("Lưu"), self.save, primary=True)
        side.addLayout(row_of(self.new_button, self.save_button))
        self.pin_button = button(self.tr("Đặt lại mã PIN"), self.reset_pin)
        self.active_button = button(self.tr("Ngừng tài khoản"), self.toggle_active)
        side.addLayout(row_of(self.pin_button, self.active_button))
        side.addWidget(self.notice)
        side.addStretch(1)
        layout.addLayout(side, 2)
        self.new()
        self.load()

    def load(self, select_id: int | None = None) -> None:
        self.call(lambda: self.services.admin.staff.list(), lambda rows: self._show(rows, select_id))

    def _show(self, rows: list[StaffRow], select_id: int | None) -> None:
        self.rows = rows
        fill_table(
            self.table,
            [(r.name, core_name(r.role_name), self.tr("Đang làm") if r.active else self.tr("Đã ngừng")) for r in rows],
        )
        if select_id is not None:
            index = next((i for i, r in enumerate(rows) if r.id == select_id), None)
            if index is not None:
                self.table.selectRow(index)

    def _selected(self) -> None:
        index = self.table.currentRow()
        if not 0 <= index < len(self.rows) or not self.table.selectedItems():
            return
        row = self.rows[index]
        self.current = row
        self.heading.setText(self.tr("Sửa: {0}").replace("{0}", row.name))
        self.name.setText(row.name)
        self.role.setCurrentIndex(max(0, self.role.findData(row.role)))
        self.pin.clear()
        self.pin_button.setEnabled(True)
        self.active_button.setEnabled(True)
        self.active_button.setText(self.tr("Ngừng tài khoản") if row.active else self.tr("Mở lại tài khoản"))

    def new(self) -> None:
        self.current = None
        self.table.clearSelection()
        self.heading.setText(self.tr("Thêm người mới"))
        self.name.clear()
        self.role.setCurrentIndex(0)
        self.pin.clear()
        self.pin_button.setEnabled(False)
        self.active_button.setEnabled(False)
        self.name.setFocus()

    def save(self) -> None:
        staff, by = self.services.admin.staff, self.by
        name, role, pin = self.name.text(), self.role.currentData(), self.pin.text()
        if self.current is None:
            self.call(lambda: staff.add(by, name, role, pin), self._saved, self.tr("Đã thêm tài khoản."))
        else:
            staff_id = self.current.id
            self.call(lambda: staff.edit(by, staff_id, name=name, role=role), self._saved, self.tr("Đã lưu."))

    def reset_pin(self) -> None:
        if self.current is None:
            return
        staff, by, staff_id, pin = self.services.admin.staff, self.by, self.current.id, self.pin.text()
        self.call(lambda: staff.reset_pin(by, staff_id, pin), self._saved, self.tr("Đã đặt mã PIN mới."))

    def toggle_active(self) -> None:
        if self.current is None:
            return
        staff, by, staff_id = self.services.admin.staff, self.by, self.current.id
        if self.current.active:
            ok = self.tr("Đã ngừng tài khoản; lịch sử vẫn được giữ.")
            self.call(lambda: staff.deactivate(by, staff_id), self._saved, ok)
        else:
            self.call(lambda: staff.reactivate(by, staff_id), self._saved, self.tr("Đã mở lại tài khoản."))

    def _saved(self, row: StaffRow) -> None:
        self.pin.clear()
        if row.id == self.by and (not row.active or row.role != "admin"):
            self.lost_admin.emit()
            return
        self.load(select_id=row.id)
