"""Home: one tile per queue service with the people waiting, the priority groups apart, guides and rating.

A normal ticket is one tap (a service tile); a priority ticket two (the group, then the service on the next
page). Outside opening hours the services give way to when to come back; guides and rating stay.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from kiosk.ui.citizen.home_data import HomeData, PriorityGroup, SavedTile
from kiosk.ui.citizen.pager import SPACING, PagedGrid
from kiosk.ui.citizen.style import NORMAL, Look
from kiosk.ui.citizen.tile import TileButton, line_px
from kiosk.ui.lean_qt import set_by_name
from kiosk.ui.names import hours_text

if TYPE_CHECKING:
    from kiosk.services.queue.reads import ServiceTile

WEEKDAYS = (
    QT_TRANSLATE_NOOP("HomePage", "Thứ Hai"),
    QT_TRANSLATE_NOOP("HomePage", "Thứ Ba"),
    QT_TRANSLATE_NOOP("HomePage", "Thứ Tư"),
    QT_TRANSLATE_NOOP("HomePage", "Thứ Năm"),
    QT_TRANSLATE_NOOP("HomePage", "Thứ Sáu"),
    QT_TRANSLATE_NOOP("HomePage", "Thứ Bảy"),
    QT_TRANSLATE_NOOP("HomePage", "Chủ Nhật"),
)


def service_cell(look: Look) -> QSize:
    """Smallest service tile that still shows the icon and count on a row, then three lines: a name of up to two
    lines and at least one line of description."""
    line = line_px(look)
    return QSize(int(look.touch_px * 3.2), int(3 * line + line_px(look, 1.25) + 4 + 2 * 12.5))


def waiting_caption() -> str:
    return QCoreApplication.translate("HomePage", "người chờ")


def come_back_text(next_open: datetime | None, now: datetime) -> str:
    """'Mời ông/bà quay lại lúc 07:30 ngày mai, Thứ Tư 25/11.' from local times."""
    if next_open is None:
        return QCoreApplication.translate("HomePage", "Xin hỏi cán bộ tại quầy về giờ phát số.")
    hour = f"{next_open:%H:%M}"
    day = next_open.date()
    weekday = QCoreApplication.translate("HomePage", WEEKDAYS[day.weekday()])
    if day == now.date():
        return QCoreApplication.translate("HomePage", "Mời ông/bà quay lại lúc {hour} hôm nay.").format(hour=hour)
    if day == now.date() + timedelta(days=1):
        text = QCoreApplication.translate("HomePage", "Mời ông/bà quay lại lúc {hour} ngày mai, {weekday} {date}.")
    else:
        text = QCoreApplication.translate("HomePage", "Mời ông/bà quay lại lúc {hour}, {weekday} {date}.")
    return text.format(hour=hour, weekday=weekday, date=f"{day:%d/%m}")


def service_tile(service: ServiceTile | SavedTile, kind: str, look: Look) -> TileButton:
    tile = TileButton(service.name, service.description or "", icon=service.icon, kind=kind, look=look)
    if service.waiting is not None:  # None: painted from the snapshot, the live count follows
        tile.set_badge(str(service.waiting), waiting_caption())
    return tile


def _shape(data: HomeData) -> tuple[tuple[str, str, str | None, str | None], ...]:
    return tuple((t.prefix, t.name, t.description, t.icon) for t in data.tiles)


class HomePage(QWidget):
    service_chosen = Signal(str)  # prefix: a normal ticket
    group_chosen = Signal(str)  # priority group code: the next page asks for the service
    guides_requested = Signal()
    rating_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._look = NORMAL
        self._portrait = False
        self._data: HomeData | None = None
        self.tiles: dict[str, TileButton] = {}
        self.group_tiles: dict[str, TileButton] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACING)

        self.notice = QLabel()
        self.notice.setProperty("role", "warn")
        self.notice.setWordWrap(True)
        self.notice.hide()
        layout.addWidget(self.notice)

        self.loading = QLabel(self.tr("Đang chuẩn bị…"))
        set_by_name(self.loading, "alignment", "AlignCenter")  # the home paints a fast start's first frame: lean_qt.py
        self.loading.setProperty("role", "title")
        layout.addWidget(self.loading, 1)

        self.closed = QFrame()
        self.closed.setProperty("role", "warn")
        closed = QVBoxLayout(self.closed)
        closed.setSpacing(SPACING * 2)
        self.closed_title = QLabel(self.tr("Hiện ngoài giờ làm việc, máy chưa phát số thứ tự."))
        self.closed_title.setProperty("role", "title")
        self.closed_when = QLabel()
        self.closed_when.setProperty("role", "title")
        self.closed_hours = QLabel()
        self.closed_also = QLabel(self.tr("Ông/bà vẫn có thể xem hướng dẫn sử dụng ứng dụng và đánh giá."))
        for label in (self.closed_title, self.closed_when, self.closed_hours, self.closed_also):
            label.setWordWrap(True)
            set_by_name(label, "alignment", "AlignCenter")
            label.setStyleSheet("border: none; padding: 0;")
            closed.addWidget(label)
        self.closed.hide()
        layout.addWidget(self.closed, 1)

        self.band = QFrame()
        self.band.setProperty("role", "band")
        self.band.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self._band_grid = QGridLayout(self.band)
        self._band_grid.setContentsMargins(6, 2, 6, 6)
        self._band_grid.setVerticalSpacing(2)
        self._band_grid.setSpacing(SPACING)
        self.band_label = QLabel(self.tr("Ưu tiên – chạm vào nhóm của ông/bà:"))
        self.band_label.setMinimumWidth(1)
        self.band_label.setProperty("role", "band")
        self.band_label.setStyleSheet("border: none;")
        self.band_label.setWordWrap(True)
        self.band.hide()
        layout.addWidget(self.band)

        self.services = PagedGrid(service_cell(self._look))
        self.services.hide()
        layout.addWidget(self.services, 1)

        self.extras = QWidget()
        extras = QHBoxLayout(self.extras)
        extras.setContentsMargins(0, 0, 0, 0)
        extras.setSpacing(SPACING)
        self.guides_tile = TileButton(self.tr("Hướng dẫn sử dụng ứng dụng"), icon="book", kind="second")
        self.rating_tile = TileButton(self.tr("Đánh giá"), icon="smile", kind="second")
        self.guides_tile.clicked.connect(self.guides_requested)
        self.rating_tile.clicked.connect(self.rating_requested)
        extras.addWidget(self.guides_tile, 3)
        extras.addWidget(self.rating_tile, 2)
        self.extras.hide()
        layout.addWidget(self.extras)

    # ------------------------------------------------------------ data

    def set_data(self, data: HomeData, now_local: datetime) -> None:
        old = self._data
        self._data = data
        self.loading.hide()
        if old is None or _shape(old) != _shape(data):
            self._build_services(data)
        else:
            self.set_counts({t.prefix: t.waiting for t in data.tiles})
        if old is None or old.groups != data.groups:
            self._build_groups(data.groups)
        self.closed_when.setText(come_back_text(data.next_open, now_local))
        self.closed_hours.setText(self.tr("Giờ làm việc: {hours}").format(hours=hours_text(data.hours_text)))
        self.closed.setVisible(not data.issuing_open)
        self.services.setVisible(data.issuing_open)
        self.band.setVisible(data.issuing_open and bool(data.groups))
        self.extras.setVisible(self._portrait or not data.issuing_open)

    def _build_services(self, data: HomeData) -> None:
        self.tiles = {}
        tiles = []
        for service in data.tiles:
            tile = service_tile(service, "service", self._look)
            tile.clicked.connect(lambda _=False, p=service.prefix: self.service_chosen.emit(p))
            self.tiles[service.prefix] = tile
            tiles.append(tile)
        self.services.set_tiles(tiles)

    def _build_groups(self, groups: tuple[PriorityGroup, ...]) -> None:
        for tile in self.group_tiles.values():
            tile.setParent(None)
            tile.deleteLater()
        self.group_tiles = {}
        for group in groups:
            tile = TileButton(group.name, icon=group.icon, kind="priority", look=self._look)
            tile.clicked.connect(lambda _=False, code=group.code: self.group_chosen.emit(code))
            self.group_tiles[group.code] = tile
        peers = list(self.group_tiles.values())
        for tile in peers:
            tile.set_peers(peers)
        self._place_band()

    def set_counts(self, counts: dict[str, int]) -> None:
        for prefix, tile in self.tiles.items():
            if prefix in counts:
                tile.set_badge(str(counts[prefix]), waiting_caption())

    def counts(self) -> dict[str, int]:
        return {p: int(t.badge[0]) for p, t in self.tiles.items() if t.badge}

    # ------------------------------------------------------------ messages

    def show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.show()

    def clear_notice(self) -> None:
        self.notice.clear()
        self.notice.hide()

    def reset(self) -> None:
        self.clear_notice()
        self.services.show_page(0)
        for tile in self.tiles.values():
            tile.set_active(False)

    # ------------------------------------------------------------ look and shape

    def set_look(self, look: Look) -> None:
        self._look = look
        self.services.set_look(look)
        self.services.set_cell(service_cell(look))
        for tile in [*self.tiles.values(), *self.group_tiles.values(), self.guides_tile, self.rating_tile]:
            tile.set_look(look)
        self._place_band()

    def set_portrait(self, portrait: bool) -> None:
        self._portrait = portrait
        self.services.set_max_columns(2 if portrait else 4)
        if self._data is not None:
            self.extras.setVisible(portrait or not self._data.issuing_open)
        self._place_band()

    def _place_band(self) -> None:
        grid = self._band_grid
        for widget in [self.band_label, *self.group_tiles.values()]:
            grid.removeWidget(widget)
        for r in range(4):
            grid.setRowStretch(r, 0)
        for c in range(8):
            grid.setColumnStretch(c, 0)
        tiles = list(self.group_tiles.values())
        # Two lines of text: the longest group names ("Người có công với cách mạng") need them.
        height = int(2 * line_px(self._look) + 18)
        for tile in tiles:
            tile.setMinimumHeight(height)
        self.extras.setFixedHeight(height)
        # One row under a heading when the names fit (landscape, normal text); otherwise rows of three with the
        # heading in the first cell, which keeps every name whole.
        one_row = not self._portrait and self._look.body_pt <= NORMAL.body_pt
        columns = max(1, len(tiles)) if one_row else 3
        first = columns if one_row else 1
        if one_row:
            grid.addWidget(self.band_label, 0, 0, 1, columns)
        else:
            grid.addWidget(self.band_label, 0, 0)
        for n, tile in enumerate(tiles, start=first):
            grid.addWidget(tile, n // columns, n % columns)
        for c in range(columns):
            grid.setColumnStretch(c, 1)
