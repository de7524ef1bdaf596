"""Line icons (kiosk/resources/icons/*.svg, drawn in the tile's text colour) and the four rating faces."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QPainter, QPen

from kiosk.paths import ICON_DIR

# QtSvg, QByteArray, QPainterPath and Qt are imported where used: a fast start's first frame draws no icon
# (tile.py), and their modules and enum classes cost it milliseconds (Qt's namespace alone 45: kiosk/ui/lean_qt.py).
if TYPE_CHECKING:
    from PySide6.QtSvg import QSvgRenderer

ICONS = ICON_DIR
# Face colours: a traffic-light scale, each at least 3:1 on white (WCAG's figure for graphics).
FACE_COLOURS = ("#17692f", "#3f7f1f", "#8a6100", "#a3231b")


@lru_cache(maxsize=32)
def _source(name: str) -> str | None:
    path = ICONS / f"{name}.svg"
    return path.read_text(encoding="utf-8") if path.is_file() else None


@lru_cache(maxsize=256)
def _renderer(name: str, colour: str) -> QSvgRenderer | None:
    from PySide6.QtCore import QByteArray
    from PySide6.QtSvg import QSvgRenderer

    source = _source(name)
    if source is None:
        return None
    renderer = QSvgRenderer(QByteArray(source.replace("currentColor", colour).encode("utf-8")))
    return renderer if renderer.isValid() else None


def has_icon(name: str | None) -> bool:
    return bool(name) and (str(name).startswith("face:") or _source(str(name)) is not None)


def paint_icon(painter: QPainter, name: str, rect: QRectF, colour: str) -> bool:
    """Draw icon `name` into `rect`; False when there is no such icon (the tile then shows text only)."""
    if name.startswith("face:"):
        paint_face(painter, int(name[5:]), rect)
        return True
    renderer = _renderer(name, colour)
    if renderer is None:
        return False
    renderer.render(painter, rect)
    return True


def paint_face(painter: QPainter, level: int, rect: QRectF) -> None:
    """0 = a broad smile … 3 = a frown; a filled disc with dark features, readable without colour vision."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QPainterPath

    level = max(0, min(3, level))
    side = min(rect.width(), rect.height())
    box = QRectF(0, 0, side, side)
    box.moveCenter(rect.center())
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor("#111111"), side * 0.04))
    painter.setBrush(QColor(FACE_COLOURS[level]))
    painter.drawEllipse(box.adjusted(side * 0.03, side * 0.03, -side * 0.03, -side * 0.03))
    painter.setBrush(QColor("#ffffff"))
    painter.setPen(Qt.PenStyle.NoPen)
    eye = side * 0.08
    for x in (0.35, 0.65):
        painter.drawEllipse(QPointF(box.left() + side * x, box.top() + side * 0.38), eye, eye)
    pen = QPen(QColor("#ffffff"), side * 0.07)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    left, right = box.left() + side * 0.28, box.left() + side * 0.72
    # Mouth: the control point moves from well below the corners (smile) to above them (frown).
    corner_y = box.top() + side * (0.64 if level < 3 else 0.74)
    bend = (0.20, 0.11, 0.0, -0.13)[level]
    mouth = QPainterPath(QPointF(left, corner_y))
    mouth.quadTo(QPointF((left + right) / 2, corner_y + side * bend), QPointF(right, corner_y))
    painter.drawPath(mouth)
    painter.restore()
