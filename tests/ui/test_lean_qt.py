"""kiosk/ui/lean_qt.py: each helper does what the Qt call it stands in for does."""

from __future__ import annotations

import unicodedata

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from kiosk.ui.app import make_application
from kiosk.ui.lean_qt import ALIGN_HCENTER, ALIGN_VCENTER, elide_right, set_by_name, set_text_colour, solid
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


class _Words(QWidget):
    """Paints a line of words, coloured by set_text_colour (lean) or by QPainter.setPen."""

    def __init__(self, lean: bool) -> None:
        super().__init__()
        self.lean = lean
        self.paints = 0
        self.resize(260, 60)

    def paintEvent(self, _event: object) -> None:  # noqa: N802 - Qt override
        self.paints += 1
        if self.lean:
            set_text_colour(self, "#a3231b")
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#ffffff"))
        if not self.lean:
            painter.setPen(QColor("#a3231b"))
        font = QFont(FONT_FAMILY)
        font.setPointSizeF(20)
        painter.setFont(font)
        painter.drawText(QRectF(10.3, 7.6, 231.45, 43.59), ALIGN_HCENTER | ALIGN_VCENTER, "Tư pháp – Hộ tịch")
        painter.end()


def test_set_text_colour_gives_the_painter_its_pen_and_asks_for_no_paint_once_set(qtbot) -> None:
    make_application()
    lean, plain = _Words(lean=True), _Words(lean=False)
    assert lean.grab().toImage() == plain.grab().toImage()
    assert lean.palette().color(lean.foregroundRole()) == QColor("#a3231b")
    qtbot.addWidget(lean)
    lean.show()
    qtbot.waitExposed(lean)
    before = lean.paints
    lean.repaint()  # the colour is there now: painting again changes nothing and asks for nothing
    QApplication.processEvents()
    assert lean.paints == before + 1
