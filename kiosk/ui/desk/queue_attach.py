"""Put the queue panel beside the desk's record form and the printer tab among the desk's tabs, and wire them.

The panel is full (lists under the buttons) while the form has its room, and the two-column rail while an item
being typed would otherwise be cut off on a 1366 px screen.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QColor, QKeySequence, QShortcut

from kiosk.app import Services
from kiosk.ui.desk.print_jobs import PrintJobsPanel
from kiosk.ui.desk.queue_panel import COMPACT_WIDTH, PANEL_WIDTH, PRINT_TAB_KEY, QueuePanel
from kiosk.ui.theme import PRIORITY


class _ResizeWatcher(QObject):
    def __init__(self, callback: Callable[[], None], parent: QObject) -> None:
        super().__init__(parent)
        self._callback = callback

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Resize:
            self._callback()
        return False


def attach_queue_panel(window: Any, services: Services, counter: int | None = None) -> QueuePanel:
    """Put the queue panel beside the desk's record form and the printer tab among its tabs, and wire them."""
    panel = QueuePanel(services, counter)
    panel.staff_id = lambda: window.staff.id if window.staff is not None else None
    window.set_queue_panel(panel, width=PANEL_WIDTH)
    printing = PrintJobsPanel(services)
    title = QCoreApplication.translate("QueuePanel", "Máy in")
    index = window.tabs.addTab(printing, title)
    window.tabs.setTabToolTip(index, PRINT_TAB_KEY)
    key = QShortcut(QKeySequence(PRINT_TAB_KEY), window)
    key.activated.connect(lambda: window.tabs.setCurrentWidget(printing))

    def counted(failed: int, waiting: int) -> None:
        panel.show_print_problems(failed, waiting)
        total = failed + waiting
        window.tabs.setTabText(window.tabs.indexOf(printing), title + (f" ({total})" if total else ""))
        window.tabs.tabBar().setTabTextColor(window.tabs.indexOf(printing), QColor(PRIORITY) if failed else QColor())

    printing.counted.connect(counted)
    panel.record_requested.connect(window.record_for_ticket)
    panel.printing_requested.connect(lambda: window.tabs.setCurrentWidget(printing))
    window.form.saved.connect(lambda view: panel.note_recorded(view.ticket_code))

    def fit() -> None:
        """Full panel when the form still has its room beside it; the rail when the form would be cut off."""
        splitter = window.splitter
        frame = window.tabs.minimumSizeHint().width() - window.form.minimumSizeHint().width()
        room = splitter.width() - PANEL_WIDTH - splitter.handleWidth() - max(0, frame)
        panel.set_compact(window.form.wanted_width() > room)
        width = COMPACT_WIDTH if panel.compact else PANEL_WIDTH
        splitter.setSizes([width, max(1, splitter.width() - width - splitter.handleWidth())])

    window.form.items_changed.connect(lambda _n: fit())
    watcher = _ResizeWatcher(fit, window.splitter)
    window.splitter.installEventFilter(watcher)
    window.tabs.currentChanged.connect(lambda i: printing.refresh() if window.tabs.widget(i) is printing else None)
    window.login.logged_in.connect(lambda _staff: (panel.start(), printing.start()))
    window.logged_out.connect(lambda: (panel.stop(), printing.stop()))
    window.queue_panel = panel
    window.print_jobs = printing
    return panel
