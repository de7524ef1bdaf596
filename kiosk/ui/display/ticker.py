"""The strip of notices along the bottom of the hall display (setting display.ticker)."""

from __future__ import annotations

from PySide6.QtCore import QRect, QTimer
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QPixmap
from PySide6.QtWidgets import QWidget

from kiosk.ui.display import style
from kiosk.ui.display.style import font
from kiosk.ui.lean_qt import swatch


class Ticker(QWidget):
    """The admin's notices (setting display.ticker) moving right to left; still when they fit the width."""

    SPEED_UNITS_PER_S = 9.0
    # 16 frames a second: smooth enough for a line read from across the hall, and what keeps an idle display
    # under 1 % of a core (each frame is a repaint and a flush of the whole strip; 30 frames cost about 1.7 %).
    FRAME_MS = 62

    def __init__(self) -> None:
        super().__init__()
        self.text = ""
        self._measured: tuple[str, int] | None = None
        self._width = 0
        self._x = 0.0
        self._u = 10.0
        self._strip_key: tuple[object, ...] | None = None
        self._strip_pixmap: QPixmap | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(self.FRAME_MS)
        self._timer.timeout.connect(self._step)
        self.setFont(font(40))

    def paint_opaque(self) -> None:
        """Each frame paints the whole strip: Qt need not clear it first. Set by the bound window, not here: the
        attribute needs PySide6's Qt namespace, which a fast start's first frame does without (kiosk/ui/lean_qt.py)."""
        from PySide6.QtCore import Qt

        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    @property
    def scrolling(self) -> bool:
        return self._timer.isActive()

    def set_notices(self, notices: list[str]) -> None:
        text = "      •      ".join(n.strip() for n in notices if n.strip())
        if text != self.text:
            self.text = text
            self._x = self._u * 2
            self._update_motion()
            self.update()

    def rescale(self, u: float) -> None:
        self._x *= u / self._u  # the strip keeps its place in units: a line set before a resize starts 2 units in
        self._u = u
        self.setFont(font(3.8 * u, bold=True))
        self.setFixedHeight(round(6.4 * u))
        self._update_motion()

    def _text_width(self) -> int:
        key = (self.text, self.font().pixelSize())
        if key != self._measured:  # measuring a long line on every frame would cost more than drawing it
            self._measured = key
            self._width = QFontMetrics(self.font()).horizontalAdvance(self.text)
        return self._width

    def _update_motion(self) -> None:
        moving = bool(self.text) and self._text_width() > self.width() - 4 * self._u and self.isVisible()
        if moving and not self._timer.isActive():
            self._timer.start()
        elif not moving:
            self._timer.stop()

    def showEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt override
        super().showEvent(event)
        self._update_motion()

    def hideEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt override
        super().hideEvent(event)
        self._timer.stop()

    def resizeEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt override
        super().resizeEvent(event)
        self._update_motion()

    def _step(self) -> None:
        self._x -= self.SPEED_UNITS_PER_S * self._u * self.FRAME_MS / 1000
        gap = 12 * self._u
        if self._x < -(self._text_width() + gap):
            self._x += self._text_width() + gap
        self.update()

    def _strip(self, baseline: int) -> QPixmap:
        """The text drawn once into a pixmap: each frame of the scroll copies it instead of shaping the
        Vietnamese line again (drawText every frame kept an idle hall display at about 2 % of a core)."""
        ratio = self.devicePixelRatioF()
        key = (self.text, self.font().pixelSize(), self.height(), baseline, ratio)
        if key != self._strip_key or self._strip_pixmap is None:
            pixmap = QPixmap(max(1, round(self._text_width() * ratio)), max(1, round(self.height() * ratio)))
            pixmap.setDevicePixelRatio(ratio)
            # The glyphs in the painter's default pen on a clear ground, then tinted TEXT where they cover it (see
            # kiosk/ui/lean_qt.py on why not setPen), then laid on the panel's colour.
            glyphs = QPixmap(pixmap.size())
            glyphs.setDevicePixelRatio(ratio)
            glyphs.fill(QColor(0, 0, 0, 0))
            painter = QPainter(glyphs)
            painter.setFont(self.font())
            painter.drawText(0, baseline, self.text)
            painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
            painter.drawPixmap(QRect(0, 0, pixmap.width(), pixmap.height()), swatch(style.TEXT))
            painter.end()
            pixmap.fill(QColor(style.PANEL))
            painter = QPainter(pixmap)
            painter.drawPixmap(0, 0, glyphs)
            painter.end()
            self._strip_key, self._strip_pixmap = key, pixmap
        return self._strip_pixmap

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.drawPixmap(self.rect(), swatch(style.PANEL))  # not fillRect: kiosk/ui/lean_qt.py
        if self.text:
            metrics = QFontMetrics(self.font())
            baseline = (self.height() + metrics.ascent() - metrics.descent()) // 2
            width = self._text_width()
            strip = self._strip(baseline)
            if not self.scrolling:
                painter.drawPixmap(max(0, (self.width() - width) // 2), 0, strip)
            else:
                gap = 12 * self._u
                x = self._x
                while x < self.width():
                    painter.drawPixmap(round(x), 0, strip)
                    x += width + gap
        painter.drawPixmap(QRect(0, 0, self.width(), max(2, round(0.3 * self._u))), swatch(style.LINE))
