"""The desk's lists under the buttons: who waits for its services, whom it parked, who missed their call."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.clock import to_local
from kiosk.services.queue.views import CounterInfo, QueueItem, QueueStatus
from kiosk.ui.desk.queue_actions import RETURN_KEY, bind_key, touch
from kiosk.ui.desk.queue_card import seconds_between
from kiosk.ui.theme import ACCENT, PRIORITY

CODE_ROLE = Qt.ItemDataRole.UserRole


def waiting_for(status: QueueStatus, counter: CounterInfo) -> list[QueueItem]:
    """Tickets this desk may call: its services' queue, minus those sent to another desk, plus those sent to it."""
    mine = set(counter.services)
    return [
        t
        for t in status.waiting
        if t.target_counter == counter.number or (t.target_counter is None and t.service in mine)
    ]


def parked_at(status: QueueStatus, counter: CounterInfo) -> list[QueueItem]:
    return [t for t in status.parked if t.counter == counter.number]


def skipped_for(status: QueueStatus, counter: CounterInfo) -> list[QueueItem]:
    """Citizens who missed a call of this desk or of one of its services: they come back to this desk."""
    mine = set(counter.services)
    return [t for t in status.skipped if t.counter == counter.number or t.service in mine]


class CodeList(QListWidget):
    """A list of tickets whose selection survives a refresh (the officer's tap must not jump to another row)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(super().minimumSizeHint().width(), 44)  # one row: the buttons above keep their size first

    def selected_code(self) -> str | None:
        item = self.currentItem()
        return item.data(CODE_ROLE) if item is not None and item.isSelected() else None

    def codes(self) -> list[str]:
        return [c for c in (self.item(i).data(CODE_ROLE) for i in range(self.count())) if c]

    def refill(self, rows: Iterable[tuple[str | None, str, str | None]], *, select_first: bool) -> None:
        """rows: (code or None for a heading, text, colour or None)."""
        keep = self.selected_code()
        self.clear()
        chosen: QListWidgetItem | None = None
        for code, text, colour in rows:
            item = QListWidgetItem(text)
            if code is None:
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                font = QFont(item.font())
                font.setBold(True)
                item.setFont(font)
                item.setForeground(QColor(ACCENT))
            else:
                item.setData(CODE_ROLE, code)
                if colour:
                    item.setForeground(QColor(colour))
                if code == keep or (chosen is None and select_first and keep is None):
                    chosen = item
            self.addItem(item)
        if chosen is not None:
            self.setCurrentItem(chosen)

    def select_code(self, code: str) -> None:
        for i in range(self.count()):
            if self.item(i).data(CODE_ROLE) == code:
                self.setCurrentRow(i)
                return


class QueueLists(QTabWidget):
    """Three tabs: waiting (per service, in calling order, priority marked), parked here, skipped."""

    parked_activated = Signal(str)
    return_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDocumentMode(True)
        self.waiting = CodeList()
        self.waiting.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.addTab(self.waiting, "")
        self.parked = CodeList()
        self.parked.itemActivated.connect(lambda item: self.parked_activated.emit(item.data(CODE_ROLE)))
        self.addTab(self.parked, "")
        skipped_page = QWidget()
        layout = QVBoxLayout(skipped_page)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(4)
        self.skipped = CodeList()
        self.skipped.itemSelectionChanged.connect(self._sync)
        layout.addWidget(self.skipped, 1)
        self.return_button = QPushButton(self.tr("Công dân quay lại: xếp lại số") + f"\n{RETURN_KEY}")
        self.return_button.setProperty("secondary", True)
        touch(self.return_button)
        self.return_button.setToolTip(self.tr("Số vắng mặt được đưa lên đầu hàng chờ, một lần"))
        self.return_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.return_button.clicked.connect(self._return)
        self.return_key = bind_key(self, RETURN_KEY, self.return_button)
        layout.addWidget(self.return_button)
        self.addTab(skipped_page, "")
        self._counts = (0, 0, 0)
        self._titles()
        self._sync()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        # Ask for little: the panel gives the lists whatever height is left, and never scrolls for them.
        return QSize(super().sizeHint().width(), 150)

    def _titles(self) -> None:
        waiting, parked, skipped = self._counts
        self.setTabText(0, self.tr("Đang chờ ({0})").replace("{0}", str(waiting)))
        self.setTabText(1, self.tr("Đã gác ({0})").replace("{0}", str(parked)))
        self.setTabText(2, self.tr("Vắng mặt ({0})").replace("{0}", str(skipped)))

    def fill(self, status: QueueStatus, counter: CounterInfo, now: datetime) -> None:
        waiting = waiting_for(status, counter)
        rows: list[tuple[str | None, str, str | None]] = []
        names = {t.service: t.service_name for t in status.waiting}
        sent_here = [t for t in waiting if t.target_counter == counter.number]
        if sent_here:
            rows.append((None, self.tr("Chuyển đến quầy này"), None))
            rows.extend(self._waiting_row(t, now) for t in sent_here)
        for prefix in counter.services:
            queue = [t for t in waiting if t.service == prefix and t.target_counter is None]
            name = names.get(prefix, "")
            heading = f"{prefix} · {name}" if name else prefix
            # Not inside the f-string: lupdate does not look into f-string expressions.
            count = self.tr("{0} người chờ").replace("{0}", str(len(queue)))
            rows.append((None, f"{heading} — {count}", None))
            rows.extend(self._waiting_row(t, now) for t in queue)
        self.waiting.refill(rows, select_first=False)

        parked = parked_at(status, counter)
        self.parked.refill(
            [(t.code, f"{t.code}  ·  {t.service} {t.service_name}", PRIORITY if t.priority else None) for t in parked],
            select_first=True,
        )
        skipped = skipped_for(status, counter)
        self.skipped.refill(
            [(t.code, self._skipped_text(t), PRIORITY if t.priority else None) for t in skipped],
            select_first=True,
        )
        self._counts = (len(waiting), len(parked), len(skipped))
        self._titles()
        self._sync()

    def _waiting_row(self, t: QueueItem, now: datetime) -> tuple[str, str, str | None]:
        minutes = seconds_between(t.queued_at, now) // 60
        marks = []
        if t.front_of_queue:
            marks.append(self.tr("↩ quay lại"))
        if t.priority:
            marks.append(f"★ {t.priority_name}")
        text = "  ·  ".join([t.code, *marks, self.tr("chờ {0} phút").replace("{0}", str(minutes))])
        return t.code, text, PRIORITY if t.priority else None

    def _skipped_text(self, t: QueueItem) -> str:
        called = to_local(t.last_called_at).strftime("%H:%M") if t.last_called_at else "—"
        where = self.tr("quầy {0}").replace("{0}", str(t.counter)) if t.counter else ""
        return "  ·  ".join(p for p in (t.code, self.tr("gọi lúc {0}").replace("{0}", called), where) if p)

    def _sync(self) -> None:
        self.return_button.setEnabled(self.skipped.selected_code() is not None)

    def _return(self) -> None:
        code = self.skipped.selected_code()
        if code:
            self.return_requested.emit(code)
