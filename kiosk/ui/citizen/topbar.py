"""The bar on top of every citizen screen: home (elsewhere than home), the office or page name, the text toggle.

On the landscape home it also carries the guides and rating tiles, which in portrait sit under the services.
"""

from __future__ import annotations

from PySide6.QtGui import QFontMetricsF, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QWidget

from kiosk.ui.citizen.pager import SPACING
from kiosk.ui.citizen.style import NORMAL, Look
from kiosk.ui.citizen.tile import TileButton, line_px
from kiosk.ui.lean_qt import set_by_name


class TopBar(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._look = NORMAL
        self._names = ("", "")
        self._home = True
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACING)
        self.home_button = TileButton(self.tr("Trang chủ"), icon="house", kind="plain", mode="center")
        self.title = QLabel()
        self.title.setProperty("role", "office")
        self.title.setWordWrap(True)
        self.title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        set_by_name(self.title, "alignment", "AlignLeft|AlignVCenter")  # by name: see kiosk/ui/lean_qt.py
        guides = self.tr("Hướng dẫn sử dụng ứng dụng")
        self.guides_button = TileButton(guides, icon="book", kind="second", mode="center")
        self.rating_button = TileButton(self.tr("Đánh giá"), icon="smile", kind="second", mode="center")
        self.toggle = TileButton(self.tr("Aa  Chữ to"), kind="plain", mode="center")
        self.toggle.setCheckable(True)
        self.toggle.toggled.connect(self._toggled)
        layout.addWidget(self.home_button)
        layout.addWidget(self.title, 1)
        layout.addWidget(self.guides_button)
        layout.addWidget(self.rating_button)
        layout.addWidget(self.toggle)
        self.set_look(NORMAL)

    def buttons(self) -> list[TileButton]:
        return [self.home_button, self.guides_button, self.rating_button, self.toggle]

    def _toggled(self, on: bool) -> None:
        self.toggle.set_texts(self.tr("Aa  Chữ thường") if on else self.tr("Aa  Chữ to"))
        self.set_look(self._look)

    def set_page(self, home: bool, title: str, extras: bool) -> None:
        """Home shows the office's name (and the guides and rating tiles when `extras`); other pages their title."""
        self._home = home
        # Hide before showing: for a moment all four would be wider than the screen and grow the window.
        extra = home and extras
        wanted = [(self.home_button, not home), (self.guides_button, extra), (self.rating_button, extra)]
        for button, visible in sorted(wanted, key=lambda pair: pair[1]):
            button.setVisible(visible)
        if home:
            self._fit_office()
        else:
            self.title.setText(title)

    def set_office(self, name: str, short: str) -> None:
        self._names = (name, short)
        if self._home:
            self._fit_office()

    def _fit_office(self) -> None:
        """The full name when it fits in two lines beside the buttons, else the short one."""
        name, short = self._names
        font = self.title.font()
        fm = QFontMetricsF(font)
        width = max(1, self.title.width())
        lines = 0.0
        line = ""
        for word in name.split():
            trial = f"{line} {word}".strip()
            if line and fm.horizontalAdvance(trial) > width:
                lines += 1
                line = word
            else:
                line = trial
        lines += 1 if line else 0
        self.title.setText(name if lines <= 2 else short)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if self._home:
            self._fit_office()

    def set_look(self, look: Look) -> None:
        self._look = look
        height = int(2 * line_px(look) + 18)
        self.setFixedHeight(max(look.touch_px, height))
        for button in self.buttons():
            button.set_look(look)
            button.setMinimumWidth(button.sizeHint().width())
        if self._home:
            self._fit_office()
