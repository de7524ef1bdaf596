"""The sentence shown after an action: what just happened, or the service's sentence when it went wrong.

One widget for the desk, the admin screens and the citizen screen. By default it colours itself (the desk and
admin windows have no rule for it); `themed=True` leaves the colours to the window's style sheet through the
`role` property ("ok" / "warn"), as the citizen screen's Look does for its large-text, high-contrast set.
`collapse=True` hides it while empty, for screens where an empty line would cost a finger's height.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from kiosk.ui.theme import OK, PRIORITY


class Notice(QLabel):
    def __init__(self, parent: QWidget | None = None, *, themed: bool = False, collapse: bool = False) -> None:
        super().__init__(parent)
        self._themed = themed
        self._collapse = collapse
        self.setWordWrap(True)
        self.setObjectName("notice")
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if collapse:
            self.hide()

    def ok(self, text: str) -> None:
        self._show(text, "ok", OK)

    def error(self, text: str) -> None:
        self._show(text, "warn", PRIORITY)

    def clear_notice(self) -> None:
        self.setText("")
        if self._collapse:
            self.hide()

    def _show(self, text: str, role: str, colour: str) -> None:
        if self._themed:
            self.setProperty("role", role)
            self.style().unpolish(self)  # a property change does not restyle by itself
            self.style().polish(self)
        else:
            self.setStyleSheet(f"color: {colour}; font-weight: bold;")
        self.setText(text)
        if self._collapse:
            self.show()
