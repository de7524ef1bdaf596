"""The admin screen's "Sao lưu" tab: the backups with date, size and check; "Sao lưu ngay"; "Khôi phục…".

Plain data from kiosk/services/backup (overview rows, create, restore), every call on the worker's db lane like
the other admin tabs. Restoring takes two taps: pick a row, confirm.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kiosk.app import Services
from kiosk.errors import KioskError
from kiosk.services.backup.overview import BackupRow, overview
from kiosk.services.backup.service import BackupResult, Verification
from kiosk.ui.worker import run_task


class BackupTab(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._backups = services.backups
        self.rows: list[BackupRow] = []
        layout = QVBoxLayout(self)
        buttons = QHBoxLayout()
        self.create_button = QPushButton(self.tr("Sao lưu ngay"))
        self.create_button.setMinimumWidth(260)
        self.create_button.clicked.connect(self.create_now)
        self.restore_button = QPushButton(self.tr("Khôi phục…"))
        self.restore_button.setMinimumWidth(260)
        self.restore_button.clicked.connect(self.restore_selected)
        buttons.addWidget(self.create_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.status = QLabel("")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Thời điểm"), self.tr("Dung lượng"), self.tr("Kiểm tra"), self.tr("Tệp")]
        )
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        # Date, size and check are short: shown whole; the file name takes the rest.
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setVisible(False)
        layout.addWidget(self.table, 1)
        self.refresh()

    # --- actions -------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        run_task(self, lambda: overview(self._backups), on_done=self._show, on_error=self._error)

    def create_now(self) -> None:
        self._busy(True, self.tr("Đang sao lưu…"))
        run_task(self, lambda: self._backups.create("manual"), on_done=self._created, on_error=self._error)

    def restore_selected(self) -> None:
        row = self.table.currentRow()
        if row < 0 or row >= len(self.rows):
            self.status.setText(self.tr("Xin chọn một bản sao lưu trong danh sách trước."))
            return
        chosen = self.rows[row]
        if not self.confirm(chosen):
            return
        self._busy(True, self.tr("Đang khôi phục…"))
        run_task(self, lambda: self._backups.restore(Path(chosen.path)), on_done=self._restored, on_error=self._error)

    def confirm(self, chosen: BackupRow) -> bool:
        """The second tap: restoring replaces everything stored since that backup (a copy of it is kept first)."""
        question = self.tr(
            "Thay toàn bộ dữ liệu hiện tại bằng bản sao lưu lúc {when}? Dữ liệu hiện tại được sao lưu trước."
        ).format(when=chosen.taken_at)
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Khôi phục"), question, parent=self)
        # Our own button texts: PySide6 ships no Vietnamese translation of Qt's standard Yes/No.
        restore = box.addButton(self.tr("Khôi phục"), QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(self.tr("Huỷ"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(cancel)
        box.exec()
        return box.clickedButton() is restore

    # --- results -------------------------------------------------------------------------------------------
    def _show(self, rows: list[BackupRow]) -> None:
        self.rows = rows
        self.table.setRowCount(len(rows))
        for i, row in enumerate(rows):
            if row.verified is None:
                check = "—"
            elif row.verified:
                check = self.tr("Đạt")
            else:
                check = self.tr("Hỏng: {p}").format(p=row.problem)
            for col, text in enumerate((row.taken_at, f"{row.size_mb:.2f} MB", check, row.name)):
                self.table.setItem(i, col, QTableWidgetItem(text))
        if not rows and not self.status.text():
            self.status.setText(self.tr("Chưa có bản sao lưu nào."))
        self._busy(False)

    def _created(self, result: BackupResult) -> None:
        if result.verification.ok:
            done = self.tr("Đã sao lưu và kiểm tra: {name}.").format(name=result.backup.path.name)
        else:
            done = self.tr("Bản sao lưu vừa ghi không qua kiểm tra: {p}.").format(
                p="; ".join(result.verification.problems)
            )
        self.status.setText(" ".join([done, *result.notes]))
        self.refresh()

    def _restored(self, outcome: tuple[BackupResult | None, Verification]) -> None:
        before, check = outcome
        if not check.ok:
            self.status.setText(
                self.tr("Khôi phục xong nhưng cơ sở dữ liệu không qua kiểm tra: {p}.").format(
                    p="; ".join(check.problems)
                )
            )
        else:
            kept = (
                self.tr(" Dữ liệu trước đó được giữ trong {name}.").format(name=before.backup.path.name)
                if before
                else ""
            )
            self.status.setText(self.tr("Đã khôi phục.") + kept)
        self.refresh()

    def _error(self, error: KioskError) -> None:
        self.status.setText(error.message)
        self._busy(False)

    def _busy(self, busy: bool, text: str | None = None) -> None:
        self.create_button.setEnabled(not busy)
        self.restore_button.setEnabled(not busy)
        if text is not None:
            self.status.setText(text)
