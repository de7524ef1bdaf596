"""The ticket's QR code on screen: the same module matrix the printed ticket uses (qrcode), black on white."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from kiosk.services.documents.qr import qr_matrix

QUIET = 4  # modules of white around the code, as the QR standard asks; phones and scanners need it


class QrWidget(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._data = ""
        self._matrix: tuple[tuple[bool, ...], ...] = ()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(160, 160)

    @property
    def data(self) -> str:
        return self._data

    def set_data(self, data: str) -> None:
        self._data = data
        self._matrix = qr_matrix(data) if data else ()
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(280, 280)

    def code_rect(self) -> QRectF:
        """The square the code (with its quiet zone) occupies, whole pixels per module for a crisp picture."""
        count = len(self._matrix) + 2 * QUIET
        side = min(self.width(), self.height())
        module = max(1, side // count) if count else 1
        size = module * count
        return QRectF((self.width() - size) // 2, (self.height() - size) // 2, size, size)

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        if not self._matrix:
            return
        painter = QPainter(self)
        box = self.code_rect()
        count = len(self._matrix) + 2 * QUIET
        module = box.width() / count
        painter.fillRect(box, QColor("#ffffff"))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#000000"))
        for y, row in enumerate(self._matrix):
            for x, dark in enumerate(row):
                if dark:
                    painter.drawRect(
                        QRectF(box.left() + (x + QUIET) * module, box.top() + (y + QUIET) * module, module, module)
                    )
        painter.end()
