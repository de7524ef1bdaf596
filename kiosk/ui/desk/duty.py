"""Duty days: check in at a point for today; a month view per member (days, and the allowance where paid).

Where an allowance is paid, each member's row shows the amount (days × rate), what is paid after the yearly caps
and why it is less, and a line under the table sets the team's total against the team's yearly cap.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kiosk.app import Services
from kiosk.clock import to_local
from kiosk.errors import KioskError
from kiosk.services.access.auth import StaffInfo
from kiosk.services.records.allowance import Allowance
from kiosk.services.records.duty import DutyMonth, DutyView
from kiosk.ui.desk.lookups import Lookups
from kiosk.ui.desk.tables import RowTable
from kiosk.ui.widgets.notice import Notice
from kiosk.ui.worker import run_task


def money(amount: int) -> str:
    # "đ" is the đồng's sign; the English screens say VND.
    return QCoreApplication.translate("DutyPanel", "{0} đ").replace("{0}", f"{amount:,}".replace(",", "."))


class DutyPanel(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._staff: StaffInfo | None = None
        self._mine: list[DutyView] = []
        today = services.assists.today()
        self.year, self.month = today.year, today.month
        layout = QVBoxLayout(self)
        box = QGroupBox(self.tr("Điểm danh ngày trực hôm nay"))
        row = QHBoxLayout(box)
        self.point = QComboBox()
        row.addWidget(self.point, 2)
        self.check_in_button = QPushButton(self.tr("Điểm danh trực"))
        self.check_in_button.setProperty("primary", True)
        self.check_in_button.clicked.connect(self.check_in)
        row.addWidget(self.check_in_button, 1)
        self.check_out_button = QPushButton(self.tr("Kết thúc ca"))
        self.check_out_button.setProperty("secondary", True)
        self.check_out_button.clicked.connect(self.check_out)
        row.addWidget(self.check_out_button, 1)
        layout.addWidget(box)
        self.today_label = QLabel()
        self.today_label.setWordWrap(True)
        layout.addWidget(self.today_label)
        self.notice = Notice()
        layout.addWidget(self.notice)

        nav = QHBoxLayout()
        self.prev_button = QPushButton("‹")
        self.prev_button.setProperty("secondary", True)
        self.prev_button.setAccessibleName(self.tr("Tháng trước"))
        self.prev_button.clicked.connect(lambda: self.shift(-1))
        nav.addWidget(self.prev_button)
        self.month_label = QLabel()
        self.month_label.setProperty("heading", True)
        nav.addWidget(self.month_label, 1)
        self.next_button = QPushButton("›")
        self.next_button.setProperty("secondary", True)
        self.next_button.setAccessibleName(self.tr("Tháng sau"))
        self.next_button.clicked.connect(lambda: self.shift(1))
        nav.addWidget(self.next_button)
        layout.addLayout(nav)
        self.table = RowTable(
            [
                self.tr("Thành viên"),
                self.tr("Số ngày trực"),
                self.tr("Các ngày trong tháng"),
                self.tr("Thành tiền"),
                self.tr("Được chi"),
                self.tr("Lý do giảm"),
            ],
            stretch=2,
        )
        layout.addWidget(self.table, 1)
        self.team_label = QLabel()
        self.team_label.setWordWrap(True)
        self.team_label.setProperty("heading", True)
        layout.addWidget(self.team_label)

    def start(self, staff: StaffInfo, lookups: Lookups) -> None:
        self._staff = staff
        self.point.clear()
        for code, name in lookups.points:
            self.point.addItem(name, code)
        self.refresh()

    def shift(self, months: int) -> None:
        index = self.year * 12 + (self.month - 1) + months
        self.year, self.month = divmod(index, 12)
        self.month += 1
        self.refresh()

    def refresh(self) -> None:
        year, month = self.year, self.month
        self.month_label.setText(self.tr("Tháng {0}").replace("{0}", f"{month:02d}/{year}"))
        duty = self._services.duty
        run_task(
            self, lambda: (duty.month_summary(year, month), duty.allowance(year, month)), self._show_month, self._failed
        )
        run_task(self, self._services.duty.on_day, self._show_today, self._failed)

    def _show_month(self, result: tuple[list[DutyMonth], Allowance]) -> None:
        rows, allowance = result
        paid = allowance.rates.per_day > 0
        lines = {line.staff_id: line for line in allowance.lines}
        cells = []
        for r in rows:
            line = lines.get(r.staff_id)
            cells.append(
                [
                    r.staff_name,
                    str(r.day_count),
                    ", ".join(str(d.day) for d in r.days),
                    money(line.amount) if line else "—",
                    money(line.paid) if line else "—",
                    line.reason if line else "",
                ]
            )
        self.table.fill(rows, cells, [r.day_count == 0 for r in rows])
        for column in (3, 4, 5):
            self.table.setColumnHidden(column, not paid)
        self.team_label.setVisible(paid)
        if paid:
            self.team_label.setText(self._team_line(allowance))

    def _team_line(self, a: Allowance) -> str:
        text = (
            self.tr("Cả tổ tháng này: {0} ngày trực, thành tiền {1}, được chi {2}.")
            .replace("{0}", str(a.days))
            .replace("{1}", money(a.amount))
            .replace("{2}", money(a.paid))
        )
        if a.rates.cap_team_year:
            text += " " + (
                self.tr("Từ đầu năm đã chi {0} trên mức tối đa {1}/năm, còn {2}.")
                .replace("{0}", money(a.team_paid_to_date))
                .replace("{1}", money(a.rates.cap_team_year))
                .replace("{2}", money(a.team_left or 0))
            )
        return text

    def _show_today(self, rows: list[DutyView]) -> None:
        me = self._staff.id if self._staff else None
        self._mine = [r for r in rows if r.staff_id == me]
        people = [f"{r.staff_name} ({r.point_name}, {to_local(r.checked_in_at):%H:%M})" for r in rows]
        self.today_label.setText(self.tr("Hôm nay đang trực: ") + ("; ".join(people) or self.tr("chưa ai điểm danh.")))
        self.check_out_button.setEnabled(any(r.checked_out_at is None for r in self._mine))

    def check_in(self) -> None:
        if self._staff is None:
            return
        staff, point = self._staff.id, self.point.currentData()
        run_task(self, lambda: self._services.duty.check_in(staff, point_code=point), self._checked_in, self._failed)

    def _checked_in(self, view: DutyView) -> None:
        self.notice.ok(self.tr("Đã điểm danh trực tại {0}.").replace("{0}", view.point_name))
        self.refresh()

    def check_out(self) -> None:
        open_rows = [r for r in self._mine if r.checked_out_at is None]
        if not open_rows or self._staff is None:
            return
        duty_id, staff = open_rows[-1].id, self._staff.id
        run_task(
            self,
            lambda: self._services.duty.check_out(duty_id, staff),
            lambda _v: (self.notice.ok(self.tr("Đã kết thúc ca trực.")), self.refresh()),
            self._failed,
        )

    def _failed(self, error: KioskError) -> None:
        self.notice.error(error.message)
