"""kiosk/ui/lean_qt.py: each helper does what the Qt call it stands in for does."""

from __future__ import annotations

import unicodedata

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter
from PySide6.QtWidgets import QLabel, QWidget

from kiosk.ui.app import make_application
from kiosk.ui.lean_qt import ALIGN_HCENTER, ALIGN_LEFT, ALIGN_VCENTER, draw_text, elide_right, set_by_name, solid
from kiosk.ui.theme import FONT_FAMILY


@pytest.fixture
def metrics() -> QFontMetricsF:
    make_application()
    font = QFont(FONT_FAMILY)
    font.setPointSizeF(24)
    return QFontMetricsF(font)


@pytest.mark.parametrize(
    "text",
    [
        "Khai sinh, khai tử, kết hôn, xác nhận tình trạng hôn nhân",
        "Thường trú, tạm trú",
        "Chứng thực",
        "A",
        "Thuế thu nhập cá nhân",  # decomposed: a letter and its marks are never split
    ],
)
def test_elide_right_cuts_where_qt_cuts(metrics: QFontMetricsF, text: str) -> None:
    text = unicodedata.normalize("NFD", text) if text.startswith("Thuế") else text
    for width in (0.0, 10.0, 30.0, 40.5, 60.0, *(100 + 7.3 * n for n in range(40)), 5000.0):
        assert elide_right(metrics, text, width) == metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)


def test_set_by_name_sets_the_enum_and_refuses_what_qt_does_not_know() -> None:
    make_application()
    label = QLabel()
    set_by_name(label, "alignment", "AlignRight|AlignVCenter")
    assert label.alignment() == Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    with pytest.raises(ValueError):
        set_by_name(label, "alignment", "AlignSideways")
    with pytest.raises(ValueError):
        set_by_name(label, "no_such_property", "AlignLeft")


def test_solid_is_a_solid_brush_of_the_colour() -> None:
    make_application()
    brush = solid("#0a4f8f")
    assert brush.style() == Qt.BrushStyle.SolidPattern and brush.color() == QColor("#0a4f8f")


def _ink_box(image: QImage) -> tuple[int, int, int, int]:
    """Left, top, right, bottom of the pixels that are not white."""
    xs, ys = [], []
    for y in range(image.height()):
        for x in range(image.width()):
            if image.pixelColor(x, y) != QColor("#ffffff"):
                xs.append(x)
                ys.append(y)
    return min(xs), min(ys), max(xs), max(ys)


@pytest.mark.parametrize("flags", [ALIGN_LEFT | ALIGN_VCENTER, ALIGN_HCENTER | ALIGN_VCENTER])
def test_draw_text_puts_the_words_where_drawtext_does_in_the_colour_asked(flags: int) -> None:
    make_application()
    widget = QWidget()
    rect = QRectF(10.3, 7.6, 231.45, 43.59)
    images = []
    for lean in (False, True):
        image = QImage(260, 60, QImage.Format.Format_ARGB32)
        image.fill(QColor("#ffffff"))
        painter = QPainter(image)
        font = QFont(FONT_FAMILY)
        font.setPointSizeF(20)
        painter.setFont(font)
        if lean:
            draw_text(painter, widget, rect, flags, "Tư pháp – Hộ tịch", "#a3231b")
        else:
            painter.setPen(QColor("#a3231b"))
            painter.drawText(rect, flags, "Tư pháp – Hộ tịch")
        painter.end()
        images.append(image)
    ours, qts = _ink_box(images[1]), _ink_box(images[0])
    assert all(abs(a - b) <= 1 for a, b in zip(ours, qts, strict=True)), (ours, qts)
    darkest = min((images[1].pixelColor(x, y) for x in range(260) for y in range(60)), key=lambda c: c.lightness())
    assert darkest == QColor("#a3231b")
