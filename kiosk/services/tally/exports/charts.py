"""Bar charts for the A4 report, drawn with reportlab graphics in the embedded Noto Sans (never Helvetica)."""

from __future__ import annotations

import math

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors

from kiosk.services.documents.fonts import register_fonts

BAR = colors.HexColor("#0a4f8f")
GRID = colors.HexColor("#c8d1db")
INK = colors.HexColor("#0b1f33")


def _nice_step(top: int) -> int:
    """A value-axis step that gives 3–6 whole-number ticks."""
    if top <= 5:
        return 1
    raw = top / 5
    magnitude = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 5, 10):
        if raw <= factor * magnitude:
            return int(factor * magnitude)
    return int(10 * magnitude)


def _frame(width: float, height: float, title: str) -> Drawing:
    regular, bold = register_fonts()
    drawing = Drawing(width, height, initialFontName=regular)
    drawing.add(String(width / 2, height - 11, title, fontName=bold, fontSize=9, fillColor=INK, textAnchor="middle"))
    return drawing


def _style_axes(chart: VerticalBarChart | HorizontalBarChart, values: list[int]) -> None:
    regular, _ = register_fonts()
    top = max(values) if values and max(values) > 0 else 1
    step = _nice_step(top)
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = step * math.ceil(top / step)
    chart.valueAxis.valueStep = step
    chart.valueAxis.labels.fontName = regular
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.labelTextFormat = "%d"
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = GRID
    chart.valueAxis.gridStrokeWidth = 0.4
    chart.categoryAxis.labels.fontName = regular
    chart.categoryAxis.labels.fontSize = 7
    chart.bars[0].fillColor = BAR
    chart.bars[0].strokeColor = None
    chart.barLabels.fontName = regular
    chart.barLabels.fontSize = 6.5
    chart.barLabelFormat = "%d"


def vertical_bars(title: str, labels: list[str], values: list[int], width: float, height: float) -> Drawing:
    drawing = _frame(width, height, title)
    chart = VerticalBarChart()
    chart.x, chart.y = 28, 22
    chart.width, chart.height = width - 36, height - 44
    chart.data = [values or [0]]
    chart.categoryAxis.categoryNames = labels or [""]
    _style_axes(chart, values)
    chart.barLabels.nudge = 5
    drawing.add(chart)
    return drawing


def horizontal_bars(
    title: str, labels: list[str], values: list[int], width: float, height: float, label_width: float = 70
) -> Drawing:
    drawing = _frame(width, height, title)
    chart = HorizontalBarChart()
    chart.x, chart.y = label_width, 20
    chart.width, chart.height = width - label_width - 16, height - 42
    # Categories run bottom-up in reportlab; reversed so the first label reads at the top.
    chart.data = [list(reversed(values)) or [0]]
    chart.categoryAxis.categoryNames = list(reversed(labels)) or [""]
    _style_axes(chart, values)
    chart.barLabels.nudge = 8
    drawing.add(chart)
    return drawing
