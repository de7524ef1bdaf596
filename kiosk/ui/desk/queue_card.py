"""What the officer reads at a glance: the desk chosen for the day, and the citizen at the desk right now."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kiosk.services.queue.views import CounterInfo, QueueItem
from kiosk.ui.desk.queue_actions import touch
from kiosk.ui.names import counter_state_name
from kiosk.ui.theme import ACCENT, MUTED, PRIORITY


def seconds_between(start: datetime | None, end: datetime) -> int:
    if start is None:
        return 0
    return max(0, int((end - start).total_seconds()))


def stopwatch(seconds: int) -> str:
    """03:25, or 1:02:10 past an hour."""
    hours, rest = divmod(max(0, seconds), 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes:02d}:{secs:02d}"


class CounterChooser(QWidget):
    """One big button per desk of the point; the choice is remembered on this machine."""

    chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(4, 4, 4, 4)
        self._layout.setSpacing(8)
        title = QLabel(self.tr("Chọn quầy làm việc"))
        title.setProperty("heading", True)
        self._layout.addWidget(title)
        self.hint = QLabel(self.tr("Quầy được nhớ trên máy này cho lần sau."))
        self.hint.setProperty("hint", True)
        self.hint.setWordWrap(True)
        self._layout.addWidget(self.hint)
        self._grid = QGridLayout()
        self._grid.setSpacing(8)
        self._layout.addLayout(self._grid)
        self._layout.addStretch(1)
        self.buttons: dict[int, QPushButton] = {}

    def set_counters(self, counters: list[CounterInfo]) -> None:
        for button in self.buttons.values():
            button.deleteLater()
        self.buttons = {}
        for n, counter in enumerate(counters):
            text = f"{counter.name}\n{', '.join(counter.services)} · {counter_state_name(counter)}"
            button = QPushButton(text.replace("&", "&&"))  # a plain ampersand, not a keyboard mnemonic
            button.setProperty("secondary", True)
            touch(button)
            button.clicked.connect(lambda _=False, number=counter.number: self.chosen.emit(number))
            self._grid.addWidget(button, n, 0)
            self.buttons[counter.number] = button


class TicketCard(QFrame):
    """The ticket being served: its code big, the service, the priority group, time waited and time at the desk."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ticketCard")
        self.setStyleSheet(f"QFrame#ticketCard {{ border: 2px solid {ACCENT}; border-radius: 10px; }}")
        layout = self._grid = QGridLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.setHorizontalSpacing(12)
        layout.setVerticalSpacing(2)
        self.code = QLabel("—")
        self.code.setAccessibleName(self.tr("Số đang phục vụ"))
        self.service = QLabel()
        self.service.setWordWrap(True)
        self.service.setStyleSheet("font-weight: bold;")
        self.priority = QLabel()
        self.priority.setWordWrap(True)
        self.priority.setStyleSheet(f"color: {PRIORITY}; font-weight: bold;")
        self.times = QLabel()
        self.times.setStyleSheet(f"color: {MUTED};")
        self.times.setWordWrap(True)
        self.item: QueueItem | None = None
        self._now: datetime | None = None
        self.compact = True
        self.set_compact(False)

    def set_compact(self, on: bool) -> None:
        """Code above the details in a narrow rail; code on the left of them otherwise."""
        if on == self.compact:
            return
        self.compact = on
        grid = self._grid
        for widget in (self.code, self.service, self.priority, self.times):
            grid.removeWidget(widget)
        self.code.setStyleSheet(f"font-size: {32 if on else 40}pt; font-weight: bold; color: {ACCENT};")
        if on:
            grid.addWidget(self.code, 0, 0)
            grid.addWidget(self.priority, 1, 0)
            grid.addWidget(self.times, 2, 0)
            grid.setColumnStretch(1, 0)
        else:
            grid.addWidget(self.code, 0, 0, 3, 1, Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(self.service, 0, 1)
            grid.addWidget(self.priority, 1, 1)
            grid.addWidget(self.times, 2, 1)
            grid.setColumnStretch(1, 1)
        self.service.setVisible(not on)
        self.show_ticket(self.item, self._now)

    def show_ticket(self, item: QueueItem | None, now: datetime | None) -> None:
        self.item = item
        if item is None:
            self.code.setText("—")
            self.service.setText(self.tr("Chưa có ai ở quầy."))
            self.priority.setText("")
            self.priority.hide()
            self.times.setText("" if self.compact else self.tr("Bấm “Gọi số tiếp” (F10) để mời người kế tiếp."))
            return
        self.code.setText(item.code)
        self.service.setText(f"{item.service} · {item.service_name}")
        self.priority.setText(f"★ {item.priority_name}" if item.priority else "")
        self.priority.setVisible(bool(item.priority))
        if now is not None:
            self.tick(now)

    def tick(self, now: datetime) -> None:
        """Runs with the panel's timer: the wait is fixed once called, the time at the desk keeps running."""
        self._now = now
        item = self.item
        if item is None:
            return
        waited = seconds_between(item.queued_at, item.last_called_at or now) // 60
        serving = stopwatch(seconds_between(item.last_called_at, now))
        if self.compact:
            self.times.setText(self.tr("Phục vụ {0}").replace("{0}", serving))
            return
        self.times.setText(
            self.tr("Đã chờ {0} phút\nĐang phục vụ {1}").replace("{0}", str(waited)).replace("{1}", serving)
        )
