"""What a screen's first frame needs from Qt, done without building PySide6's `Qt` namespace.

The first touch of `PySide6.QtCore.Qt` builds its 94 enum classes: about 45 ms, a fifth of what a bare PySide6
window takes to paint. It is touched by naming it, and also by calls whose overloads take one of its enums, which
PySide6 resolves by building it: QPainter.setPen and setBrush (whatever the argument), QPen(colour, width),
QBrush(colour), fillRect, fillPath with a colour, elidedText, setWindowFlags. A fast start
(kiosk/ui/fast_start.py) paints the kiosk and the hall display before the namespace exists, with these instead:
properties set by name (as a style sheet's `qproperty-…` is), solid brushes taken from a palette, an outline pen
coloured after it is made, text in the first pen the widget's palette gives the painter. After the first paint
the screens use Qt as usual.
tests/ui/test_fast_start.py starts both screens and fails if their first frame builds the namespace.
"""

from __future__ import annotations

import math
import unicodedata
from functools import lru_cache

from PySide6.QtCore import QObject
from PySide6.QtGui import QBrush, QColor, QFontMetricsF, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QWidget

# Qt::AlignmentFlag values, for QPainter.drawText, which takes the flags as an int.
ALIGN_LEFT = 0x0001
ALIGN_HCENTER = 0x0004
ALIGN_VCENTER = 0x0080
ELLIPSIS = "…"  # what Qt's ElideRight appends


def set_by_name(obj: QObject, name: str, value: str) -> None:
    """Set an enum- or flag-valued Qt property by its keys, e.g. ("alignment", "AlignLeft|AlignVCenter") or
    ("focusPolicy", "NoFocus"). A name or key Qt does not know raises: setProperty would only return False."""
    if not obj.setProperty(name, value):
        raise ValueError(f"{type(obj).__name__}.{name} does not take {value!r}")


@lru_cache(maxsize=64)
def swatch(colour: str) -> QPixmap:
    """One pixel of `colour`: drawPixmap stretches it over a rectangle, QBrush tiles it over any shape."""
    pixmap = QPixmap(1, 1)
    pixmap.fill(QColor(colour))
    return pixmap


@lru_cache(maxsize=64)
def solid(colour: str) -> QBrush:
    """A solid brush of `colour`, as QBrush(QColor(colour)) makes it (which would build the namespace): a palette's
    brushes are solid. Not QBrush(swatch(colour)): a one-pixel texture fills a tile some 20 times slower."""
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Window, QColor(colour))
    return palette.brush(QPalette.ColorRole.Window)


def outline(colour: str, width: float) -> QPen:
    """A solid pen of `width` in `colour`, as QPen(QColor(colour), width) makes it; for QPainter.strokePath."""
    pen = QPen()
    pen.setColor(QColor(colour))
    pen.setWidthF(width)
    return pen


def set_text_colour(widget: QWidget, colour: str) -> None:
    """Make `colour` the pen a QPainter begun on `widget` starts with: a widget's painter takes its first pen from
    the foreground of the widget's palette. Call it before the painter is begun. Changing the palette asks for one
    more paint of the widget, so it changes it only when the colour is not there yet."""
    role = widget.foregroundRole()
    palette = widget.palette()
    wanted = QColor(colour)
    if palette.color(role) != wanted:
        palette.setColor(role, wanted)
        widget.setPalette(palette)


def elide_right(metrics: QFontMetricsF, text: str, width: float) -> str:
    """`text` cut to fit `width` with an ellipsis at the end, as QFontMetricsF.elidedText(…, ElideRight, …) cuts
    it: the longest prefix narrower than the room the ellipsis leaves, measured within the whole text, never
    splitting a letter from its combining marks; a single character stays whole."""
    width = math.trunc(width * 64) / 64  # Qt measures in 1/64 px
    if len(text) < 2 or metrics.horizontalAdvance(text) <= width:
        return text
    room = width - metrics.horizontalAdvance(ELLIPSIS)
    if room < 0:
        return ""
    keep, drop = 0, len(text)  # the longest prefix narrower than `room`, by halving
    while keep < drop:
        middle = (keep + drop + 1) // 2
        if metrics.horizontalAdvance(text, middle) < room:
            keep = middle
        else:
            drop = middle - 1
    while 0 < keep < len(text) and unicodedata.combining(text[keep]):
        keep -= 1
    return text[:keep] + ELLIPSIS
