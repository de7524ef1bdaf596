"""The 'what was helped' half of the record form: a search that finds procedures, app tasks and skill topics
(favourites and recent first), and one editor row per chosen item."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.app import Services
from kiosk.services.records.types import ItemChoice, ItemInput
from kiosk.ui.desk.controls import ChoiceRow
from kiosk.ui.desk.lookups import Lookups
from kiosk.ui.worker import run_task

SEARCH_DELAY_MS = 120


class ItemPicker(QWidget):
    """Type, arrow down, Enter. Ctrl+D pins the highlighted item as a favourite."""

    chosen = Signal(object)
    failed = Signal(str)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._staff_id: int | None = None
        self._sequence = 0
        self.choices: list[ItemChoice] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Tìm thủ tục, ứng dụng, kỹ năng: 'khai sinh', 'vneid', '1.001193' (F2)"))
        self.search.setClearButtonEnabled(True)
        self.search.installEventFilter(self)
        self.search.textChanged.connect(self._schedule)
        self.search.returnPressed.connect(self.choose_current)
        row.addWidget(self.search, 1)
        self.star = QPushButton(self.tr("☆ Ưa dùng"))
        self.star.setProperty("secondary", True)
        self.star.setToolTip(self.tr("Ghim mục đang chọn lên đầu danh sách (Ctrl+D)"))
        self.star.clicked.connect(self.toggle_favourite)
        row.addWidget(self.star)
        layout.addLayout(row)
        self.results = QListWidget()
        self.results.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # arrows in the search box move through it
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.results.itemActivated.connect(lambda _item: self.choose_current())
        self.results.itemClicked.connect(lambda _item: self.choose_current())
        self.results.currentRowChanged.connect(self._update_star)
        layout.addWidget(self.results, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)

    def set_staff(self, staff_id: int) -> None:
        self._staff_id = staff_id
        self.refresh()

    def _schedule(self) -> None:
        self._timer.start()

    def refresh(self) -> None:
        self._timer.stop()
        self._sequence += 1
        sequence, query, staff = self._sequence, self.search.text(), self._staff_id
        run_task(
            self,
            lambda: self._services.assists.search_items(query, staff),
            lambda found: self._show(sequence, found),
            lambda error: self.failed.emit(error.message),
        )

    def _show(self, sequence: int, found: list[ItemChoice]) -> None:
        if sequence != self._sequence:
            return  # an older query answered late
        self.choices = found
        self.results.clear()
        kinds = {"procedure": self.tr("Thủ tục"), "app_task": self.tr("Ứng dụng"), "topic": self.tr("Kỹ năng")}
        for choice in found:
            mark = "★ " if choice.favourite else ("↺ " if choice.recent else "")
            detail = choice.code if choice.kind == "procedure" else kinds[choice.kind]
            item = QListWidgetItem(f"{mark}{choice.name}  ·  {detail}")
            item.setToolTip(choice.name)
            self.results.addItem(item)
        if found:
            self.results.setCurrentRow(0)
        elif self.search.text().strip():
            self.results.addItem(QListWidgetItem(self.tr("Không tìm thấy; thử gõ ít chữ hơn hoặc mã thủ tục.")))
        self._update_star()

    def current(self) -> ItemChoice | None:
        row = self.results.currentRow()
        return self.choices[row] if 0 <= row < len(self.choices) else None

    def choose_current(self) -> None:
        choice = self.current()
        if choice is None:
            return
        self.chosen.emit(choice)
        self.search.clear()

    def toggle_favourite(self) -> None:
        choice = self.current()
        if choice is None or self._staff_id is None:
            return
        staff = self._staff_id
        run_task(
            self,
            lambda: self._services.assists.toggle_favourite(staff, choice.kind, choice.code),
            lambda _now: self.refresh(),
            lambda error: self.failed.emit(error.message),
        )

    def _update_star(self) -> None:
        choice = self.current()
        self.star.setEnabled(choice is not None)
        self.star.setText(self.tr("★ Bỏ ghim") if choice and choice.favourite else self.tr("☆ Ưa dùng"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_PageDown: 5, Qt.Key.Key_PageUp: -5}
            if event.key() in step and self.choices:
                row = max(0, min(len(self.choices) - 1, self.results.currentRow() + step[event.key()]))
                self.results.setCurrentRow(row)
                return True
        return super().eventFilter(watched, event)


class ItemEditor(QFrame):
    """One chosen item with the questions that belong to it (channel, portal, outcome, dossier code or reason)."""

    removed = Signal(object)

    def __init__(self, choice: ItemChoice, lookups: Lookups, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choice = choice
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("itemEditor")
        self.setStyleSheet("#itemEditor { border: 2px solid #c9d3dd; border-radius: 8px; }")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(6)
        head = QHBoxLayout()
        kinds = {"procedure": self.tr("Thủ tục"), "app_task": self.tr("Ứng dụng"), "topic": self.tr("Kỹ năng số")}
        self.title = QLabel(f"<b>{kinds[choice.kind]}:</b> {choice.name}")
        self.title.setWordWrap(True)
        head.addWidget(self.title, 1)
        self.remove = QPushButton("✕")
        self.remove.setProperty("secondary", True)
        self.remove.setAccessibleName(self.tr("Bỏ mục này"))
        self.remove.setToolTip(self.tr("Bỏ mục này"))
        self.remove.setFixedWidth(48)
        self.remove.clicked.connect(lambda: self.removed.emit(self))
        head.addWidget(self.remove, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(head)

        self.channel: ChoiceRow | None = None
        self.level: ChoiceRow | None = None
        self.portal: QComboBox | None = None
        self.outcome: ChoiceRow | None = None
        self.dossier: QLineEdit | None = None
        self.reason: QComboBox | None = None
        self.fee: QCheckBox | None = None
        self.vneid: QCheckBox | None = None
        if choice.kind == "procedure":
            self._build_procedure(layout, lookups)
        elif choice.kind == "app_task":
            row = QHBoxLayout()
            self.outcome = ChoiceRow([("done", self.tr("Đã xong")), ("not_done", self.tr("Chưa xong"))])
            self.outcome.set_value("done")
            row.addWidget(self.outcome, 2)
            self.reason = self._reason_box(lookups)
            row.addWidget(self.reason, 3)
            layout.addLayout(row)
            self.outcome.changed.connect(self._sync)
        self._sync()

    def _build_procedure(self, layout: QVBoxLayout, lookups: Lookups) -> None:
        self.channel = ChoiceRow(lookups.channels)
        layout.addWidget(self.channel)
        second = QHBoxLayout()
        self.portal = QComboBox()
        for code, name in lookups.portals:
            self.portal.addItem(name, code)
        self.portal.setAccessibleName(self.tr("Cổng nộp"))
        second.addWidget(self.portal, 3)
        self.level = ChoiceRow(lookups.levels)
        second.addWidget(self.level, 2)
        layout.addLayout(second)
        third = QHBoxLayout()
        self.outcome = ChoiceRow([("submitted", self.tr("Đã nộp")), ("not_submitted", self.tr("Chưa nộp được"))])
        third.addWidget(self.outcome, 2)
        self.dossier = QLineEdit()
        self.dossier.setPlaceholderText(self.tr("Mã hồ sơ (nếu có)"))
        self.dossier.setToolTip(self.tr("Ví dụ 000.00.23.H19-241124-0001"))
        self.dossier.setAccessibleName(self.tr("Mã hồ sơ"))
        third.addWidget(self.dossier, 3)
        self.reason = self._reason_box(lookups)
        third.addWidget(self.reason, 3)
        layout.addLayout(third)
        checks = QHBoxLayout()
        self.fee = QCheckBox(self.tr("Đã nộp phí trực tuyến"))
        self.vneid = QCheckBox(self.tr("Đăng nhập bằng VNeID"))
        checks.addWidget(self.fee)
        checks.addWidget(self.vneid)
        checks.addStretch(1)
        layout.addLayout(checks)
        self.channel.set_value("online")
        self.level.set_value(self.choice.default_level)
        if self.choice.default_portal:
            self.portal.setCurrentIndex(max(0, self.portal.findData(self.choice.default_portal)))
        self.outcome.set_value("submitted")
        self.channel.changed.connect(self._sync)
        self.outcome.changed.connect(self._sync)

    def _reason_box(self, lookups: Lookups) -> QComboBox:
        box = QComboBox()
        box.addItem(self.tr("— Lý do chưa làm được —"), None)
        for code, name in lookups.reasons:
            box.addItem(name, code)
        box.setAccessibleName(self.tr("Lý do"))
        return box

    def _sync(self) -> None:
        """Show only the questions that apply: portal and level for online, code if submitted, else a reason."""
        online = self.channel is not None and self.channel.value == "online"
        done = self.outcome is None or self.outcome.value in ("submitted", "done")
        for widget in (self.level, self.portal, self.vneid):
            if widget is not None:
                widget.setVisible(online)
        if self.dossier is not None:
            self.dossier.setVisible(done)
        if self.fee is not None:
            self.fee.setVisible(done)
        if self.reason is not None:
            self.reason.setVisible(not done)

    def first_field(self) -> QWidget | None:
        """Where the keyboard goes after the item is added: the dossier code, the one thing left to type."""
        return self.dossier

    def to_input(self) -> ItemInput:
        item = ItemInput(self.choice.kind, self.choice.code)
        if self.outcome is not None:
            item.outcome = self.outcome.value
        if self.reason is not None and item.outcome in ("not_submitted", "not_done"):
            item.reason_code = self.reason.currentData()
        if self.choice.kind == "procedure":
            assert self.channel and self.level and self.portal and self.dossier and self.fee and self.vneid
            item.channel = self.channel.value
            online = item.channel == "online"
            item.portal = self.portal.currentData() if online else None
            item.online_level = self.level.value if online else None
            item.dossier_code = self.dossier.text() if item.outcome == "submitted" else None
            item.fee_paid_online = self.fee.isChecked() and item.outcome == "submitted"
            item.vneid_login = self.vneid.isChecked() and online
        return item

    def load(self, item: ItemInput) -> None:
        if self.outcome is not None and item.outcome:
            self.outcome.set_value(item.outcome)
        if self.reason is not None and item.reason_code:
            self.reason.setCurrentIndex(max(0, self.reason.findData(item.reason_code)))
        if self.choice.kind == "procedure":
            assert self.channel and self.level and self.portal and self.dossier and self.fee and self.vneid
            self.channel.set_value(item.channel)
            self.level.set_value(item.online_level)
            if item.portal:
                self.portal.setCurrentIndex(max(0, self.portal.findData(item.portal)))
            self.dossier.setText(item.dossier_code or "")
            self.fee.setChecked(item.fee_paid_online)
            self.vneid.setChecked(item.vneid_login)
        self._sync()
