"""Send the citizen at the desk to another service, another desk, or both; the ticket keeps its code and place."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.services.queue.views import CounterInfo
from kiosk.ui.desk.queue_actions import touch
from kiosk.ui.desk.style import DESK_STYLE, QUEUE_STYLE
from kiosk.ui.widgets.notice import Notice

COLUMNS = 2


def _choices(
    parent: QWidget, title: str, options: Sequence[tuple[object, str]]
) -> tuple[QGroupBox, QButtonGroup, dict[object, QPushButton]]:
    box = QGroupBox(title, parent)
    grid = QGridLayout(box)
    grid.setSpacing(6)
    group = QButtonGroup(box)
    group.setExclusive(True)
    buttons: dict[object, QPushButton] = {}
    for n, (key, label) in enumerate(options):
        button = QPushButton(label.replace("&", "&&"))  # "DVC trực tuyến & kỹ năng số": a plain ampersand
        button.setCheckable(True)
        button.setProperty("choice", True)
        touch(button)
        group.addButton(button)
        grid.addWidget(button, n // COLUMNS, n % COLUMNS)
        buttons[key] = button
    buttons[options[0][0]].setChecked(True)
    return box, group, buttons


class TransferDialog(QDialog):
    """Choose a service (or keep it) and a desk (or any desk). `chosen(service, counter)` when confirmed;
    the panel closes the dialog once the queue has accepted the transfer, or shows the refusal in it."""

    chosen = Signal(object, object)

    def __init__(
        self,
        code: str,
        current_service: str,
        services: Sequence[tuple[str, str]],
        counters: Sequence[CounterInfo],
        own_counter: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setStyleSheet(DESK_STYLE + QUEUE_STYLE)
        self.setWindowTitle(self.tr("Chuyển số {0}").replace("{0}", code))
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Chuyển số {0} đến").replace("{0}", code))
        heading.setProperty("heading", True)
        layout.addWidget(heading)
        service_options: list[tuple[object, str]] = [
            (None, self.tr("Giữ lĩnh vực {0}").replace("{0}", current_service))
        ]
        service_options += [(prefix, f"{prefix} · {name}") for prefix, name in services if prefix != current_service]
        box, _group, self.service_buttons = _choices(self, self.tr("Lĩnh vực"), service_options)
        layout.addWidget(box)
        counter_options: list[tuple[object, str]] = [(None, self.tr("Quầy nào cũng được"))]
        counter_options += [(c.number, c.name) for c in counters if c.number != own_counter]
        box, _group, self.counter_buttons = _choices(self, self.tr("Quầy"), counter_options)
        layout.addWidget(box)
        self.notice = Notice()
        layout.addWidget(self.notice)
        row = QHBoxLayout()
        self.ok_button = QPushButton(self.tr("Chuyển"))
        self.ok_button.setProperty("primary", True)
        touch(self.ok_button)
        self.ok_button.setDefault(True)
        self.ok_button.clicked.connect(self._confirm)
        row.addWidget(self.ok_button, 2)
        self.cancel_button = QPushButton(self.tr("Thôi"))
        self.cancel_button.setProperty("secondary", True)
        touch(self.cancel_button)
        self.cancel_button.clicked.connect(self.reject)
        row.addWidget(self.cancel_button, 1)
        layout.addLayout(row)
        self.setWindowModality(Qt.WindowModality.WindowModal)

    def service(self) -> str | None:
        return next((k for k, b in self.service_buttons.items() if b.isChecked()), None)  # type: ignore[return-value]

    def counter(self) -> int | None:
        return next((k for k, b in self.counter_buttons.items() if b.isChecked()), None)  # type: ignore[return-value]

    def _confirm(self) -> None:
        service, counter = self.service(), self.counter()
        if service is None and counter is None:
            self.notice.error(self.tr("Hãy chọn lĩnh vực hoặc quầy để chuyển số đến."))
            return
        self.ok_button.setEnabled(False)
        self.chosen.emit(service, counter)

    def refused(self, message: str) -> None:
        self.ok_button.setEnabled(True)
        self.notice.error(message)
