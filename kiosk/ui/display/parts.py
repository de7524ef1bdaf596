"""The panels of the hall display: the newest call, the desks, the latest calls, people waiting (the ticker is in
ticker.py).

Each panel takes plain data and a size unit (`rescale(u)`, 1 % of the screen's shorter side); none reads the
database or a clock.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from kiosk.ui.display import style
from kiosk.ui.display.style import font
from kiosk.ui.lean_qt import set_by_name

if TYPE_CHECKING:  # the panels also paint the snapshot's board (board_data.py) before the database stack is loaded
    from kiosk.services.display import CallLine, DeskLine, ServiceLine
    from kiosk.ui.display.board_data import SavedCall, SavedDesk, SavedService

_DESK_PREFIX = re.compile(r"^\s*quầy\s*\d+\s*[–—:-]?\s*", re.IGNORECASE)
# A new call starts inverted and alternates every 400 ms: four flashes in 2.8 s (photosensitivity guidance asks for
# at most three a second), then it stays lit until the next call.
FLASH_TOGGLES = 7
FLASH_MS = 400


def _label(text: str = "", role: str | None = None, align: str = "AlignLeft") -> QLabel:
    """`align`: the name of a Qt::AlignmentFlag, vertically centred; by name, as the board of a fast start paints
    before PySide6's Qt namespace is built (kiosk/ui/lean_qt.py)."""
    label = QLabel(text)
    if role:
        label.setProperty("role", role)
    set_by_name(label, "alignment", f"{align}|AlignVCenter")
    return label


def _fit_code(label: QLabel, px: float) -> None:
    """Ticket numbers and desk numbers have no accents or descenders: a box one em high holds them, instead of
    the 1.36 em of a full line, so the big type fits the screen."""
    label.setFont(font(px, bold=True))
    label.setFixedHeight(round(px))


def fill(widget: QWidget) -> None:
    """Let the layout size the panel by its stretch factors, not by the size its large type asks for."""
    widget.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)


def desk_label(name: str) -> str:
    """'Quầy 1 – Tư pháp, Chứng thực' → 'Tư pháp, Chứng thực': the number is already in its box."""
    return _DESK_PREFIX.sub("", name).strip() or name


def _restyle(widget: QWidget) -> None:
    """Apply the style sheet's rules for a changed property. A widget not shown yet takes them when it is shown;
    polishing it now would cost a fast start's first paint: QStyle.polish's overloads build PySide6's Qt namespace
    (kiosk/ui/lean_qt.py)."""
    if not widget.isVisible():
        return
    widget.style().unpolish(widget)
    widget.style().polish(widget)


# ---------------------------------------------------------------- the newest call


class HeroPanel(QFrame):
    """'MỜI SỐ / A012 / QUẦY 2 / Tư pháp – Hộ tịch', on yellow; flashes briefly when a call comes in."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("hero")
        fill(self)
        layout = QVBoxLayout(self)
        layout.setSpacing(0)
        center = "AlignHCenter"
        self.title = _label(self.tr("MỜI SỐ"), align=center)
        self.code = _label(align=center)
        self.code.setObjectName("heroCode")
        self.counter = _label(align=center)
        self.service = _label(align=center)
        self.service.setWordWrap(True)
        layout.addStretch(1)
        for widget in (self.title, self.code, self.counter, self.service):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.current: tuple[str, int] | None = None
        self._toggles = 0
        self._timer = QTimer(self)
        self._timer.setInterval(FLASH_MS)
        self._timer.timeout.connect(self._toggle)
        self.show_idle()

    @property
    def flashing(self) -> bool:
        return self._timer.isActive()

    def show_idle(self) -> None:
        self.current = None
        self._timer.stop()
        self.title.setText(self.tr("XIN CHÀO"))
        self.code.setText("")
        self.counter.setText("")
        self.service.setText(self.tr("Xin mời công dân lấy số thứ tự tại ki-ốt và chờ gọi số."))
        self._paint("idle")

    def show_call(self, code: str, counter: int, service: str, *, flash: bool) -> None:
        self.current = (code, counter)
        self.title.setText(self.tr("MỜI SỐ"))
        self.code.setText(code)
        self.counter.setText(self.tr("QUẦY {n}").format(n=counter))
        self.service.setText(service)
        if flash:
            self._toggles = FLASH_TOGGLES
            self._paint("inverted")
            self._timer.start()
        elif not self.flashing:
            self._paint("lit")

    def _toggle(self) -> None:
        self._toggles -= 1
        if self._toggles <= 0:
            self._timer.stop()
            self._paint("lit")
        else:
            self._paint("inverted" if self._toggles % 2 else "lit")

    def _paint(self, look: str) -> None:
        ground, ink, border = {
            "lit": (style.HERO_GROUND, style.HERO_INK, style.HERO_GROUND),
            "inverted": (style.GROUND, style.HERO_GROUND, style.HERO_GROUND),
            "idle": (style.PANEL, style.TEXT, style.LINE),
        }[look]
        self.look = look
        self.setStyleSheet(
            f"QFrame#hero {{ background: {ground}; border: 6px solid {border}; border-radius: 18px; }}"
            f"QFrame#hero QLabel {{ background: transparent; color: {ink}; }}"
        )

    def rescale(self, u: float) -> None:
        # 21 units of the shorter side: digits stand 15 % of a landscape screen's height.
        self.title.setFont(font(3.4 * u, bold=True))
        _fit_code(self.code, 21 * u)
        self.counter.setFont(font(8 * u, bold=True))
        self.service.setFont(font(3.4 * u))
        self.layout().setContentsMargins(round(2 * u), round(u), round(2 * u), round(u))


# ---------------------------------------------------------------- desks


class _DeskRow(QFrame):
    def __init__(self, desk: DeskLine | SavedDesk) -> None:
        super().__init__()
        self.setProperty("row", True)
        self.number = desk.number
        layout = QHBoxLayout(self)
        self.box = _label(str(desk.number), "number", "AlignHCenter")
        self.name = _label(role="soft")
        self.name.setWordWrap(True)
        self.name.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.serving = _label(align="AlignRight")
        layout.addWidget(self.box)
        layout.addWidget(self.name, 1)
        layout.addWidget(self.serving)

    def update_from(self, desk: DeskLine | SavedDesk) -> None:
        self.name.setText(desk_label(desk.name))
        if desk.serving:
            text, role = desk.serving, "number"
        elif desk.state == "paused":
            text, role = self.tr("Tạm nghỉ"), "soft"
        elif desk.state == "closed":
            text, role = self.tr("Đóng"), "off"
        else:
            text, role = "—", "soft"
        self.set_serving(text, role)

    def set_serving(self, text: str, role: str = "number") -> None:
        self.serving.setText(text)
        if self.serving.property("role") != role:
            self.serving.setProperty("role", role)
            _restyle(self.serving)
            self._size_serving()

    def resize_to(self, u: float, k: float) -> None:
        self._u, self._k = u, k
        _fit_code(self.box, 7 * u * k)
        self.box.setFixedWidth(round(9 * u * k))
        self.name.setFont(font(2.8 * u * max(k, 0.75)))
        self.serving.setMinimumWidth(round(19 * u * k))
        self._size_serving()
        pad = round(0.7 * u * k)
        self.layout().setContentsMargins(0, pad, round(0.6 * u), pad)

    def _size_serving(self) -> None:
        u, k = getattr(self, "_u", 10.0), getattr(self, "_k", 1.0)
        _fit_code(self.serving, 7 * u * k)
        if self.serving.property("role") != "number":
            # "Tạm nghỉ" has accents and a descender: smaller type inside the same box.
            self.serving.setFont(font(3.4 * u * max(k, 0.75)))

    def set_lit(self, lit: bool) -> None:
        if bool(self.property("lit")) != lit:
            self.setProperty("lit", lit)
            _restyle(self)


class DeskBoard(QFrame):
    """One row per desk: its number, what it handles, the number it serves now."""

    def __init__(self) -> None:
        super().__init__()
        self.setProperty("panel", True)
        fill(self)
        layout = QVBoxLayout(self)
        head = QHBoxLayout()
        self.heading = _label(self.tr("QUẦY"), "heading")
        self.heading_right = _label(self.tr("ĐANG PHỤC VỤ"), "heading", "AlignRight")
        head.addWidget(self.heading, 1)
        head.addWidget(self.heading_right)
        layout.addLayout(head)
        self.rows_box = QVBoxLayout()
        self.rows_box.setSpacing(0)
        layout.addLayout(self.rows_box)
        layout.addStretch(1)
        self.rows: dict[int, _DeskRow] = {}
        self._lit: int | None = None
        self._u = 10.0
        self._height: float | None = None

    def set_desks(self, desks: list[DeskLine] | list[SavedDesk]) -> None:
        if [d.number for d in desks] != list(self.rows):
            for row in self.rows.values():
                row.deleteLater()
            self.rows = {}
            for d in desks:
                row = _DeskRow(d)
                self.rows[d.number] = row
                self.rows_box.addWidget(row)
            self.rescale(self._u)
        for d in desks:
            self.rows[d.number].update_from(d)
        self.light(self._lit)

    def show_call(self, counter: int, code: str) -> None:
        row = self.rows.get(counter)
        if row is not None:
            row.set_serving(code)
        self.light(counter)

    def light(self, counter: int | None) -> None:
        self._lit = counter
        for number, row in self.rows.items():
            row.set_lit(number == counter)

    def serving_text(self, counter: int) -> str:
        row = self.rows.get(counter)
        return row.serving.text() if row else ""

    def rescale(self, u: float, height: float | None = None) -> None:
        """`height`: the panel's height in pixels, when known; rows shrink only if they would not fit."""
        self._u = u
        if height is not None:
            self._height = height
        n = max(1, len(self.rows))
        row_units = 8.4  # number 7 units high, plus padding
        room = (self._height or n * row_units * u + 6 * u) - 6 * u
        k = max(0.45, min(1.0, room / (n * row_units * u)))
        self.heading.setFont(font(2.8 * u, bold=True))
        self.heading_right.setFont(font(2.8 * u, bold=True))
        margin = round(1.6 * u)
        self.layout().setContentsMargins(margin, round(0.8 * u), margin, round(0.8 * u))
        for row in self.rows.values():
            row.resize_to(u, k)


# ---------------------------------------------------------------- latest calls


class RecentCalls(QFrame):
    """The calls before the newest one: 'A011 → Quầy 2', for whoever looked away."""

    def __init__(self, slots: int = 6) -> None:
        super().__init__()
        self.setProperty("panel", True)
        fill(self)
        layout = QVBoxLayout(self)
        self.heading = _label(self.tr("VỪA GỌI"), "heading")
        layout.addWidget(self.heading)
        self.grid = QGridLayout()
        layout.addLayout(self.grid)
        layout.addStretch(1)
        self.cells: list[tuple[QLabel, QLabel]] = []
        for _ in range(slots):
            code = _label(role="number")
            where = _label()
            self.cells.append((code, where))
        self.columns = 2
        self._place()

    def _place(self) -> None:
        for i, (code, where) in enumerate(self.cells):
            row, col = divmod(i, self.columns)
            self.grid.addWidget(code, row, col * 2)
            self.grid.addWidget(where, row, col * 2 + 1)
        for col in range(self.columns * 2):
            self.grid.setColumnStretch(col, 0 if col % 2 == 0 else 1)

    def set_columns(self, columns: int) -> None:
        if columns != self.columns:
            for code, where in self.cells:
                self.grid.removeWidget(code)
                self.grid.removeWidget(where)
            self.columns = columns
            self._place()

    def set_calls(self, calls: list[CallLine] | list[SavedCall]) -> None:
        for i, (code, where) in enumerate(self.cells):
            if i < len(calls):
                code.setText(calls[i].code)
                where.setText(self.tr("→ Quầy {n}").format(n=calls[i].counter))
            else:
                code.setText("")
                where.setText("")

    def texts(self) -> list[str]:
        return [code.text() for code, _ in self.cells if code.text()]

    def rescale(self, u: float) -> None:
        self.heading.setFont(font(2.8 * u, bold=True))
        self.layout().setContentsMargins(round(1.6 * u), round(u), round(1.6 * u), round(u))
        self.grid.setHorizontalSpacing(round(1.5 * u))
        self.grid.setVerticalSpacing(round(1.6 * u))
        k = 1.0 if self.columns <= 2 else 0.82  # three to a row on a portrait screen
        for code, where in self.cells:
            _fit_code(code, 6 * u * k)
            where.setFont(font(3.8 * u * k))


# ---------------------------------------------------------------- people waiting


class WaitingBoard(QFrame):
    """How many people wait for each service: 'A  Tư pháp – Hộ tịch  5'."""

    def __init__(self) -> None:
        super().__init__()
        self.setProperty("panel", True)
        fill(self)
        layout = QVBoxLayout(self)
        self.heading = _label(self.tr("SỐ NGƯỜI ĐANG CHỜ"), "heading")
        layout.addWidget(self.heading)
        self.grid = QGridLayout()
        layout.addLayout(self.grid)
        layout.addStretch(1)
        self.cells: dict[str, tuple[QLabel, QLabel, QLabel]] = {}
        self._u = 10.0

    def set_services(self, services: list[ServiceLine] | list[SavedService]) -> None:
        if [s.prefix for s in services] != list(self.cells):
            for labels in self.cells.values():
                for label in labels:
                    self.grid.removeWidget(label)
                    label.deleteLater()
            self.cells = {}
            rows = (len(services) + 1) // 2
            for i, s in enumerate(services):
                col, row = divmod(i, rows) if rows else (0, i)
                letter = _label(s.prefix, "number", "AlignHCenter")
                name = _label(role="soft")
                name.setWordWrap(True)
                name.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
                count = _label(align="AlignRight")
                self.grid.addWidget(letter, row, col * 3)
                self.grid.addWidget(name, row, col * 3 + 1)
                self.grid.addWidget(count, row, col * 3 + 2)
                self.grid.setColumnStretch(col * 3 + 1, 1)
                self.cells[s.prefix] = (letter, name, count)
            self.rescale(self._u)
        for s in services:
            _, name, count = self.cells[s.prefix]
            name.setText(s.name)
            count.setText("" if s.waiting is None else str(s.waiting))  # None: the live count is on its way
            role = "off" if not s.waiting else ""
            if (count.property("role") or "") != role:
                count.setProperty("role", role)
                _restyle(count)

    def count_text(self, prefix: str) -> str:
        cell = self.cells.get(prefix)
        return cell[2].text() if cell else ""

    def rescale(self, u: float) -> None:
        self._u = u
        self.heading.setFont(font(2.8 * u, bold=True))
        self.layout().setContentsMargins(round(1.6 * u), round(u), round(1.6 * u), round(u))
        self.grid.setHorizontalSpacing(round(1.2 * u))
        self.grid.setVerticalSpacing(round(0.5 * u))
        for letter, name, count in self.cells.values():
            _fit_code(letter, 4.6 * u)
            letter.setFixedWidth(round(5 * u))
            name.setFont(font(2.6 * u))
            _fit_code(count, 4.6 * u)
            count.setMinimumWidth(round(5.5 * u))
