"""The "DỮ LIỆU MẪU" band across the top of every role window whose database holds sample data.

A child of the window kept at its top edge, above its siblings; the window's contents margin makes room for it, so
no role's own layout needs to know about it. Whether
to show it comes from the database (services/sample.py), read on the worker: any process on a sample database
shows it, however it was started. When the try-out was opened from the first-run wizard, the band also carries
the way back to the real setup.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from kiosk.app import Services
from kiosk.services.sample import SAMPLE_LINE, is_sample
from kiosk.ui.worker import run_task

# services/sample.py's SAMPLE_LINE (printed on sample papers too), listed for lupdate; a test keeps them equal.
SAMPLE_TEXT = QT_TRANSLATE_NOOP("SampleBand", "DỮ LIỆU MẪU – không phải số liệu thật của xã")

HEIGHT = 68
STYLE = """
QWidget#SampleBand { background: #7a4a00; }
QWidget#SampleBand QLabel { color: white; background: transparent; font-size: 20pt; font-weight: 700; }
QWidget#SampleBand QPushButton {
    background: white; color: #7a4a00; font-size: 18pt; min-height: 56px; max-height: 56px; padding: 0 18px;
    border-radius: 8px;
}
"""


class SampleBand(QWidget):
    def __init__(self, window: QWidget, leave: Callable[[], None] | None = None) -> None:
        super().__init__(window)
        self.setObjectName("SampleBand")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(STYLE)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 4, 8, 4)
        self.text = QLabel(QCoreApplication.translate("SampleBand", SAMPLE_LINE))
        self.text.setObjectName("sample-mark")
        layout.addWidget(self.text, 1)
        self.leave: QPushButton | None = None
        if leave is not None:
            self.leave = QPushButton(self.tr("Thoát dùng thử, về cài đặt thật"))
            self.leave.setObjectName("leave-sample")
            self.leave.clicked.connect(leave)
            layout.addWidget(self.leave)
        # Room for the band above the window's own content: nothing of the role's screen is hidden under it.
        margins = window.contentsMargins()
        window.setContentsMargins(margins.left(), margins.top() + HEIGHT, margins.right(), margins.bottom())
        window.installEventFilter(self)
        self._place()
        self.show()
        self.raise_()

    def _place(self) -> None:
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(0, 0, parent.width(), HEIGHT)
            self.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.ChildAdded):
            self._place()
        return False


def mark_if_sample(window: QWidget, services: Services, leave: Callable[[], None] | None = None) -> None:
    """Put the band on `window` if its database holds sample data (asked on the worker)."""

    def show(sample: bool) -> None:
        if sample and window.findChild(SampleBand) is None:
            SampleBand(window, leave)

    run_task(window, lambda: is_sample(services.sessions), show)
