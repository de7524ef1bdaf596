"""Records of one day: review, open one in the form to edit, void with a reason, or take consent back."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QDateEdit, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from kiosk.app import Services
from kiosk.clock import to_local
from kiosk.errors import KioskError
from kiosk.services.access.auth import StaffInfo
from kiosk.services.records.types import RecordView
from kiosk.ui.desk.record_form import age_label
from kiosk.ui.desk.tables import RowTable
from kiosk.ui.widgets.notice import Notice
from kiosk.ui.worker import run_task


class RecordsPanel(QWidget):
    edit_requested = Signal(object)
    changed = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._staff: StaffInfo | None = None
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Ngày")))
        self.day = QDateEdit()
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("dd/MM/yyyy")
        self.day.dateChanged.connect(lambda _d: self.refresh())
        top.addWidget(self.day)
        self.count = QLabel()
        top.addWidget(self.count, 1)
        refresh = QPushButton(self.tr("Tải lại"))
        refresh.setProperty("secondary", True)
        refresh.clicked.connect(self.refresh)
        top.addWidget(refresh)
        layout.addLayout(top)
        self.table = RowTable(
            [
                self.tr("Số"),
                self.tr("Giờ"),
                self.tr("Nơi"),
                self.tr("Việc đã hỗ trợ"),
                self.tr("Thôn"),
                self.tr("Tuổi"),
                self.tr("Người hỗ trợ"),
                self.tr("Liên hệ"),
                self.tr("Tình trạng"),
            ],
            stretch=3,
        )
        self.table.itemSelectionChanged.connect(self._sync_buttons)
        layout.addWidget(self.table, 1)
        actions = QHBoxLayout()
        self.edit_button = QPushButton(self.tr("Sửa"))
        self.edit_button.clicked.connect(self._edit)
        actions.addWidget(self.edit_button)
        self.void_reason = QLineEdit()
        self.void_reason.setPlaceholderText(self.tr("Lý do huỷ (bắt buộc)"))
        actions.addWidget(self.void_reason, 2)
        self.void_button = QPushButton(self.tr("Huỷ bản ghi"))
        self.void_button.setProperty("secondary", True)
        self.void_button.clicked.connect(self._void)
        actions.addWidget(self.void_button)
        self.withdraw_button = QPushButton(self.tr("Người dân rút đồng ý"))
        self.withdraw_button.setProperty("secondary", True)
        self.withdraw_button.setToolTip(self.tr("Xoá ngay họ tên và số điện thoại đã lưu"))
        self.withdraw_button.clicked.connect(self._withdraw)
        actions.addWidget(self.withdraw_button)
        layout.addLayout(actions)
        self.notice = Notice()
        layout.addWidget(self.notice)
        self._sync_buttons()

    def start(self, staff: StaffInfo) -> None:
        self._staff = staff
        today = self._services.assists.today()
        self.day.blockSignals(True)
        self.day.setDate(QDate(today.year, today.month, today.day))
        self.day.blockSignals(False)
        self.refresh()

    def refresh(self) -> None:
        d = self.day.date()
        day = date(d.year(), d.month(), d.day())
        run_task(self, lambda: self._services.assists.day(day), self._show, self._failed)

    def _show(self, records: list[RecordView]) -> None:
        cells = []
        for r in records:
            status = ""
            if r.voided:
                status = self.tr("Đã huỷ: ") + (r.void_reason or "")
            elif r.follow_up_on and not r.follow_up_done:
                status = self.tr("Hẹn ") + r.follow_up_on.strftime("%d/%m")
            elif r.follow_up_done:
                status = self.tr("Đã xong hẹn")
            items = "; ".join(i.name + (f" [{i.dossier_code}]" if i.dossier_code else "") for i in r.items)
            contact = " ".join(p for p in (r.name_masked, r.phone_masked) if p)
            cells.append(
                [
                    str(r.id),
                    to_local(r.created_at).strftime("%H:%M"),
                    r.point_name,
                    items,
                    r.village_name or "",
                    age_label(r.age_band),
                    r.helper_names,
                    contact,
                    status,
                ]
            )
        self.table.fill(records, cells, [r.voided for r in records])
        live = sum(1 for r in records if not r.voided)
        self.count.setText(self.tr("{0} lượt hỗ trợ").replace("{0}", str(live)))
        self._sync_buttons()

    def _sync_buttons(self) -> None:
        record = self.table.current()
        usable = record is not None and not record.voided
        self.edit_button.setEnabled(usable)
        self.void_button.setEnabled(usable)
        self.withdraw_button.setEnabled(usable and record.has_personal)

    def _edit(self) -> None:
        record = self.table.current()
        if record is not None:
            self.edit_requested.emit(record)

    def _void(self) -> None:
        record = self.table.current()
        if record is None or self._staff is None:
            return
        reason, staff = self.void_reason.text(), self._staff.id
        run_task(self, lambda: self._services.assists.void(record.id, reason, staff), self._voided, self._failed)

    def _voided(self, view: RecordView) -> None:
        self.void_reason.clear()
        self.notice.ok(self.tr("Đã huỷ lượt số {0}; bản ghi vẫn được giữ trong nhật ký.").replace("{0}", str(view.id)))
        self.refresh()
        self.changed.emit()

    def _withdraw(self) -> None:
        record = self.table.current()
        if record is None or self._staff is None:
            return
        staff = self._staff.id
        run_task(
            self, lambda: self._services.privacy.withdraw(record.id, staff), lambda _r: self._withdrawn(), self._failed
        )

    def _withdrawn(self) -> None:
        self.notice.ok(self.tr("Đã xoá họ tên và số điện thoại theo yêu cầu của người dân."))
        self.refresh()
        self.changed.emit()

    def _failed(self, error: KioskError) -> None:
        self.notice.error(error.message)
