"""The second tap of a priority ticket: the group is chosen on the home, the service here."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kiosk.ui.citizen.home import service_cell, service_tile, waiting_caption
from kiosk.ui.citizen.home_data import HomeData, PriorityGroup
from kiosk.ui.citizen.pager import SPACING, PagedGrid
from kiosk.ui.citizen.style import NORMAL, Look
from kiosk.ui.citizen.tile import TileButton


class PriorityPage(QWidget):
    service_chosen = Signal(str, str)  # prefix, priority group code
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._look = NORMAL
        self.group: PriorityGroup | None = None
        self.tiles: dict[str, TileButton] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACING)
        row = QHBoxLayout()
        row.setSpacing(SPACING)
        self.group_label = QLabel()
        self.group_label.setProperty("role", "priority")
        self.group_label.setWordWrap(True)
        row.addWidget(self.group_label, 0)
        self.hint = QLabel(self.tr("Chạm vào lĩnh vực cần làm để lấy số ưu tiên:"))
        self.hint.setProperty("role", "strong")
        self.hint.setWordWrap(True)
        row.addWidget(self.hint, 1)
        self.back_button = TileButton(self.tr("Quay lại"), icon="back", kind="plain", mode="center")
        self.back_button.clicked.connect(self.back_requested)
        row.addWidget(self.back_button, 0)
        layout.addLayout(row)
        self.services = PagedGrid(service_cell(self._look))
        layout.addWidget(self.services, 1)

    def title(self) -> str:
        return self.tr("Lấy số ưu tiên")

    def set_data(self, data: HomeData) -> None:
        self.tiles = {}
        tiles = []
        for service in data.tiles:
            tile = service_tile(service, "priority", self._look)
            tile.clicked.connect(lambda _=False, p=service.prefix: self._chosen(p))
            self.tiles[service.prefix] = tile
            tiles.append(tile)
        self.services.set_tiles(tiles)

    def set_counts(self, counts: dict[str, int]) -> None:
        for prefix, tile in self.tiles.items():
            if prefix in counts:
                tile.set_badge(str(counts[prefix]), waiting_caption())

    def start(self, group: PriorityGroup) -> None:
        self.group = group
        self.group_label.setText(self.tr("Ưu tiên: {group}").format(group=group.name))
        self.services.show_page(0)

    def _chosen(self, prefix: str) -> None:
        if self.group is not None:
            self.service_chosen.emit(prefix, self.group.code)

    def reset(self) -> None:
        self.group = None
        self.group_label.clear()
        self.services.show_page(0)
        for tile in self.tiles.values():
            tile.set_active(False)

    def set_look(self, look: Look) -> None:
        self._look = look
        self.services.set_look(look)
        self.services.set_cell(service_cell(look))
        self.back_button.set_look(look)
        self.back_button.setMinimumWidth(self.back_button.sizeHint().width())
        for tile in self.tiles.values():
            tile.set_look(look)
        self.group_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

    def set_portrait(self, portrait: bool) -> None:
        self.services.set_max_columns(2 if portrait else 4)
