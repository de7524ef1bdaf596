"""A grid of tiles that pages instead of scrolling: 'Trang sau' is easier for an old hand than a swipe.

The grid takes as many columns and rows as the space allows for tiles of at least `cell` size; when everything
fits there is no page bar at all (the home at 1366×768 shows its eight services on one page).
"""

from __future__ import annotations

import math

from PySide6.QtCore import QSize, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from kiosk.ui.citizen.style import NORMAL, Look
from kiosk.ui.citizen.tile import TileButton

SPACING = 8


class PagedGrid(QWidget):
    page_changed = Signal(int)

    def __init__(
        self, cell: QSize, *, max_columns: int = 4, max_cell_height: int = 10_000, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._cell = cell
        self._max_columns = max_columns
        self._max_cell_height = max_cell_height
        self._tiles: list[QWidget] = []
        self._page = 0
        self._shape = (0, 0, 0)  # columns, rows per page, pages
        self._look = NORMAL
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACING)
        self._host = QWidget()
        self._grid = QGridLayout(self._host)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(SPACING)
        layout.addWidget(self._host, 1)
        self._bar = QWidget()
        bar = QHBoxLayout(self._bar)
        bar.setContentsMargins(0, 0, 0, 0)
        bar.setSpacing(SPACING)
        self.prev_button = TileButton(self.tr("Trang trước"), icon="back", kind="plain", mode="center")
        self.next_button = TileButton(self.tr("Trang sau"), icon="next", kind="plain", mode="center")
        self.page_label = QLabel()
        self.page_label.setProperty("role", "strong")
        self.page_label.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Preferred)
        self.prev_button.clicked.connect(lambda: self.show_page(self._page - 1))
        self.next_button.clicked.connect(lambda: self.show_page(self._page + 1))
        bar.addWidget(self.prev_button, 1)
        bar.addWidget(self.page_label)
        bar.addWidget(self.next_button, 1)
        layout.addWidget(self._bar)
        self._bar.hide()

    # ------------------------------------------------------------ content

    def set_tiles(self, tiles: list[QWidget]) -> None:
        for tile in self._tiles:
            if tile not in tiles:
                self._grid.removeWidget(tile)
                tile.setParent(None)
                tile.deleteLater()
        self._tiles = list(tiles)
        for tile in self._tiles:
            tile.setParent(self._host)
            tile.hide()
        self._page = 0
        self._shape = (0, 0, 0)
        self._relayout()

    def set_cell(self, cell: QSize, max_cell_height: int | None = None) -> None:
        self._cell = cell
        if max_cell_height is not None:
            self._max_cell_height = max_cell_height
        self._shape = (0, 0, 0)
        self._relayout()

    def set_max_columns(self, columns: int) -> None:
        self._max_columns = max(1, columns)
        self._shape = (0, 0, 0)
        self._relayout()

    def set_look(self, look: Look) -> None:
        self._look = look
        for button in (self.prev_button, self.next_button):
            button.set_look(look)
        self._bar.setFixedHeight(look.touch_px)
        self._shape = (0, 0, 0)
        self._relayout()

    @property
    def tiles(self) -> list[QWidget]:
        return list(self._tiles)

    @property
    def page(self) -> int:
        return self._page

    @property
    def pages(self) -> int:
        return max(1, self._shape[2])

    def page_of(self, tile: QWidget) -> int:
        per_page = max(1, self._shape[0] * self._shape[1])
        return self._tiles.index(tile) // per_page

    def show_page(self, page: int) -> None:
        page = max(0, min(page, self.pages - 1))
        if page != self._page:
            self._page = page
            self._place()
            self.page_changed.emit(page)

    def show_tile(self, tile: QWidget) -> None:
        self.show_page(self.page_of(tile))

    # ------------------------------------------------------------ geometry

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._relayout()

    def _relayout(self) -> None:
        count = len(self._tiles)
        width, height = max(1, self.width()), max(1, self.height())
        cell_w, cell_h = max(1, self._cell.width()), max(1, self._cell.height())
        columns = max(1, min(self._max_columns, (width + SPACING) // (cell_w + SPACING), count or 1))
        rows_all = max(1, (height + SPACING) // (cell_h + SPACING))
        if columns * rows_all >= count:
            rows = max(1, math.ceil(count / columns)) if count else 1
            pages = 1
        else:
            bar = self._look.touch_px + SPACING
            rows = max(1, (height - bar + SPACING) // (cell_h + SPACING))
            pages = math.ceil(count / (columns * rows))
        shape = (columns, rows, pages)
        if shape != self._shape:
            self._shape = shape
            self._page = min(self._page, pages - 1)
            self._place()

    def _place(self) -> None:
        columns, rows, pages = self._shape
        if not columns:
            return
        # removeWidget, not takeAt: PySide6 frees the item takeAt hands back a second time at exit.
        for tile in self._tiles:
            self._grid.removeWidget(tile)
        for r in range(self._grid.rowCount()):
            self._grid.setRowStretch(r, 0)
            self._grid.setRowMinimumHeight(r, 0)
        per_page = columns * rows
        start = self._page * per_page
        for n, tile in enumerate(self._tiles):
            if start <= n < start + per_page:
                slot = n - start
                tile.setMaximumHeight(self._max_cell_height)
                self._grid.addWidget(tile, slot // columns, slot % columns)
                tile.show()
            else:
                tile.hide()
        for c in range(columns):
            self._grid.setColumnStretch(c, 1)
        shown = min(per_page, len(self._tiles) - start)
        used = max(1, -(-shown // columns))
        for r in range(rows + 1):
            self._grid.setRowStretch(r, 1 if r < used else 0)
        # A short last page keeps the tiles as tall as on a full one; the space left stays below them.
        self._grid.setRowStretch(used, rows - used)
        self._bar.setVisible(pages > 1)
        self.page_label.setText(self.tr("Trang {n}/{total}").format(n=self._page + 1, total=pages))
        self.prev_button.setEnabled(self._page > 0)
        self.next_button.setEnabled(self._page < pages - 1)
