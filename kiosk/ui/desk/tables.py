"""A read-only table that keeps one Python object per row: the desk lists are built on it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from kiosk.ui.theme import MUTED


class RowTable(QTableWidget):
    def __init__(self, headers: Sequence[str], stretch: int, parent: QWidget | None = None) -> None:
        super().__init__(0, len(headers), parent)
        self.setHorizontalHeaderLabels(list(headers))
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setWordWrap(True)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(44)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        self.rows: list[Any] = []

    def fill(self, rows: Sequence[Any], cells: Sequence[Sequence[str]], muted: Sequence[bool] | None = None) -> None:
        self.rows = list(rows)
        self.setRowCount(len(cells))
        for r, values in enumerate(cells):
            for c, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if muted and muted[r]:
                    item.setForeground(QColor(MUTED))
                    font = item.font()
                    font.setStrikeOut(c == 3)
                    item.setFont(font)
                self.setItem(r, c, item)
        if cells:
            self.selectRow(0)

    def current(self) -> Any | None:
        row = self.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) else None
