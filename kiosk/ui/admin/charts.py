"""QtCharts for the tally dashboard: small, static (no animation), in the shipped Noto Sans, readable at a desk."""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QPieSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QFont, QPainter

from kiosk.ui.theme import ACCENT, FONT_FAMILY, INK, MUTED, OK, WARN

SERIES_COLOURS = (ACCENT, OK, WARN, "#8a1c1c", MUTED)
TITLE_PT = 11
LABEL_PT = 9


def _font(points: int, bold: bool = False) -> QFont:
    font = QFont(FONT_FAMILY)
    font.setPointSize(points)
    font.setBold(bold)
    return font


def _chart(title: str) -> QChart:
    chart = QChart()
    chart.setTitle(title)
    chart.setTitleFont(_font(TITLE_PT, bold=True))
    chart.setTitleBrush(QColor(INK))
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setBackgroundRoundness(0)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.legend().setFont(_font(LABEL_PT))
    chart.legend().setLabelColor(QColor(INK))
    return chart


def _value_axis(top: float) -> QValueAxis:
    axis = QValueAxis()
    axis.setLabelsFont(_font(LABEL_PT))
    axis.setLabelFormat("%d")
    axis.setRange(0, max(1.0, float(top)))
    axis.applyNiceNumbers()
    axis.setGridLineColor(QColor("#d5dde5"))
    return axis


def _category_axis(labels: list[str]) -> QBarCategoryAxis:
    axis = QBarCategoryAxis()
    axis.append(labels or [""])
    axis.setLabelsFont(_font(LABEL_PT))
    axis.setGridLineVisible(False)
    axis.setTruncateLabels(False)
    return axis


def _view(chart: QChart) -> QChartView:
    view = QChartView(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(220)
    return view


def bar_chart(title: str, labels: list[str], series: dict[str, list[int]], *, horizontal: bool = False) -> QChartView:
    """Bars per category; several series side by side. Horizontal bars suit long labels such as names."""
    chart = _chart(title)
    bars = QHorizontalBarSeries() if horizontal else QBarSeries()
    top = 0
    for i, (name, values) in enumerate(series.items()):
        bar_set = QBarSet(name)
        # Horizontal categories run bottom-up; reversed so the first one reads at the top.
        bar_set.append([float(v) for v in (reversed(values) if horizontal else values)])
        bar_set.setColor(QColor(SERIES_COLOURS[i % len(SERIES_COLOURS)]))
        bar_set.setBorderColor(QColor(SERIES_COLOURS[i % len(SERIES_COLOURS)]))
        bar_set.setLabelColor(QColor(INK))
        bar_set.setLabelFont(_font(LABEL_PT - 1))
        bars.append(bar_set)
        top = max(top, *values) if values else top
    bars.setLabelsVisible(True)
    bars.setLabelsPosition(QBarSeries.LabelsPosition.LabelsOutsideEnd)
    bars.setBarWidth(0.75)
    chart.addSeries(bars)
    categories = _category_axis(list(reversed(labels)) if horizontal else labels)
    values = _value_axis(top * 1.15)
    chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft if horizontal else Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(values, Qt.AlignmentFlag.AlignBottom if horizontal else Qt.AlignmentFlag.AlignLeft)
    bars.attachAxis(categories)
    bars.attachAxis(values)
    chart.legend().setVisible(len(series) > 1)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    return _view(chart)


def donut_chart(title: str, parts: dict[str, int], empty_title: str) -> QChartView:
    """Shares of a whole (submission outcomes); the legend carries each count so nothing is read off angles."""
    chart = _chart(title)
    pie = QPieSeries()
    pie.setHoleSize(0.45)
    for i, (name, value) in enumerate(parts.items()):
        piece = pie.append(f"{name}: {value}", float(value))
        piece.setColor(QColor(SERIES_COLOURS[i % len(SERIES_COLOURS)]))
        piece.setBorderColor(QColor("#ffffff"))
    chart.addSeries(pie)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
    chart.legend().setVisible(True)
    if not any(parts.values()):
        chart.setTitle(empty_title)
    return _view(chart)
