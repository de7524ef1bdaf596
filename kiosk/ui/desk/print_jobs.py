"""Print jobs that did not reach paper (printer off, out of paper, unplugged), those still waiting, and those the
printer never confirmed ("chưa xác nhận": held by the spooler, or a driver that cannot tell): the desk prints them
again, cancels them, or confirms the sheet came out. The citizen still has the number on the kiosk screen meanwhile.

Jobs carry no events, so the list is read every few seconds while someone is logged in; printing itself may
wait for the printer, so it runs off the UI thread like everything else.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kiosk.app import Services
from kiosk.clock import to_local
from kiosk.errors import KioskError
from kiosk.services.printing.service import PrintJobView
from kiosk.ui.desk.queue_actions import touch
from kiosk.ui.desk.tables import RowTable
from kiosk.ui.widgets.notice import Notice
from kiosk.ui.worker import run_task

REFRESH_MS = 5000
STATUS_NAMES = {
    "failed": QT_TRANSLATE_NOOP("PrintJobsPanel", "Chưa in được"),
    "queued": QT_TRANSLATE_NOOP("PrintJobsPanel", "Đang chờ in"),
    "printing": QT_TRANSLATE_NOOP("PrintJobsPanel", "Bị kẹt khi in"),
    "unconfirmed": QT_TRANSLATE_NOOP("PrintJobsPanel", "Chưa xác nhận"),
}
UNCONFIRMED_REASON = QT_TRANSLATE_NOOP(
    "PrintJobsPanel", "Đã gửi tới máy in nhưng máy in chưa báo đã ra giấy; xin xem máy in."
)


class PrintJobsPanel(QWidget):
    """`counted(failed, waiting)` after each read, for the indicator beside the queue."""

    counted = Signal(int, int)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._busy = False
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setProperty("heading", True)
        layout.addWidget(self.summary)
        self.table = RowTable(
            [self.tr("Giờ"), self.tr("Lệnh in"), self.tr("Máy in"), self.tr("Trạng thái"), self.tr("Lý do")],
            stretch=4,
        )
        self.table.itemSelectionChanged.connect(self._sync)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.retry_button = QPushButton(self.tr("In lại"))
        touch(self.retry_button)
        self.retry_button.clicked.connect(self.retry)
        row.addWidget(self.retry_button, 2)
        self.cancel_button = QPushButton(self.tr("Huỷ lệnh in"))
        self.cancel_button.setProperty("secondary", True)
        touch(self.cancel_button)
        self.cancel_button.clicked.connect(self.cancel)
        row.addWidget(self.cancel_button, 1)
        self.confirm_button = QPushButton(self.tr("Đã ra giấy"))
        self.confirm_button.setProperty("secondary", True)
        touch(self.confirm_button)
        self.confirm_button.clicked.connect(self.confirm)
        row.addWidget(self.confirm_button, 1)
        self.refresh_button = QPushButton(self.tr("Xem lại"))
        self.refresh_button.setProperty("secondary", True)
        touch(self.refresh_button)
        self.refresh_button.clicked.connect(self.refresh)
        row.addWidget(self.refresh_button, 1)
        layout.addLayout(row)
        self.notice = Notice()
        layout.addWidget(self.notice)
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self.jobs: list[PrintJobView] = []
        self._sync()

    def start(self) -> None:
        self.refresh()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def refresh(self) -> None:
        if self._busy:
            return
        run_task(self, self._services.printing.pending, self._show, self._failed)

    def _show(self, jobs: list[PrintJobView]) -> None:
        self.jobs = jobs
        cells = [
            [
                to_local(j.created_at).strftime("%H:%M"),
                j.title,
                j.printer_label,
                self.tr(STATUS_NAMES.get(j.state, j.state)),
                j.error or (self.tr(UNCONFIRMED_REASON) if j.unconfirmed else ""),
            ]
            for j in jobs
        ]
        self.table.fill(jobs, cells)
        unconfirmed = sum(1 for j in jobs if j.unconfirmed)
        failed = sum(1 for j in jobs if j.status not in ("queued", "printed"))
        waiting = len(jobs) - failed - unconfirmed
        if jobs:
            self.summary.setText(
                self.tr("{0} lệnh chưa in được, {1} lệnh đang chờ in, {2} lệnh chưa xác nhận ra giấy")
                .replace("{0}", str(failed))
                .replace("{1}", str(waiting))
                .replace("{2}", str(unconfirmed))
            )
        else:
            self.summary.setText(self.tr("Không có lệnh in nào bị lỗi hay đang chờ."))
        self._sync()
        self.counted.emit(failed, waiting)

    def _sync(self) -> None:
        job = self.table.current()
        self.retry_button.setEnabled(job is not None and not self._busy)
        self.cancel_button.setEnabled(job is not None and not self._busy and job.status in ("queued", "failed"))
        self.confirm_button.setEnabled(job is not None and not self._busy and job.unconfirmed)

    def retry(self) -> None:
        job = self.table.current()
        if job is None or self._busy:
            return
        self._busy = True
        self._sync()
        self.notice.ok(self.tr("Đang gửi lại lệnh in…"))
        printing = self._services.printing
        # An unconfirmed job is done as far as the spooler knows: print a fresh copy rather than resend it.
        again = printing.reprint if job.unconfirmed else printing.retry
        # Waits on the printer: the device lane, so the desk's queue keeps moving meanwhile.
        run_task(self, lambda: again(job.id), self._retried, self._action_failed, lane="device")

    def _retried(self, job: PrintJobView) -> None:
        self._busy = False
        if job.unconfirmed:
            self.notice.ok(self.tr("Đã gửi lại tới máy in, chưa xác nhận ra giấy: {0}.").replace("{0}", job.title))
        elif job.status == "printed":
            self.notice.ok(self.tr("Đã in lại: {0}.").replace("{0}", job.title))
        else:
            self.notice.error(job.error or self.tr("Chưa in được; xin kiểm tra máy in."))
        self.refresh()

    def confirm(self) -> None:
        job = self.table.current()
        if job is None or self._busy or not job.unconfirmed:
            return
        run_task(self, lambda: self._services.printing.confirm_paper(job.id), self._confirmed, self._action_failed)

    def _confirmed(self, job: PrintJobView) -> None:
        self.notice.ok(self.tr("Đã xác nhận ra giấy: {0}.").replace("{0}", job.title))
        self.refresh()

    def cancel(self) -> None:
        job = self.table.current()
        if job is None or self._busy:
            return
        run_task(self, lambda: self._services.printing.cancel(job.id), self._cancelled, self._action_failed)

    def _cancelled(self, job: PrintJobView) -> None:
        self.notice.ok(self.tr("Đã huỷ lệnh in: {0}.").replace("{0}", job.title))
        self.refresh()

    def _action_failed(self, error: KioskError) -> None:
        self._busy = False
        self.notice.error(error.message)
        self.refresh()

    def _failed(self, error: KioskError) -> None:
        self.notice.error(error.message)
