"""Small touch-and-keyboard controls for the desk: segmented choices, multi-select toggles, a count field.

The notice line is shared by every role: kiosk/ui/widgets/notice.py.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QWidget,
)


class ChoiceRow(QWidget):
    """One-of-several buttons (a segmented control). `value` is the chosen code or None."""

    changed = Signal(object)

    def __init__(self, options: Sequence[tuple[str, str]], parent: QWidget | None = None, *, allow_none: bool = False):
        super().__init__(parent)
        self._allow_none = allow_none
        self._group = QButtonGroup(self)
        self._group.setExclusive(not allow_none)
        self.buttons: dict[str, QPushButton] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        for code, label in options:
            button = QPushButton(label)
            button.setCheckable(True)
            button.setProperty("choice", True)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.clicked.connect(lambda _=False, c=code: self._clicked(c))
            self._group.addButton(button)
            layout.addWidget(button)
            self.buttons[code] = button

    def _clicked(self, code: str) -> None:
        if self._allow_none:
            for other, button in self.buttons.items():
                if other != code:
                    button.setChecked(False)
        self.changed.emit(self.value)

    @property
    def value(self) -> str | None:
        return next((code for code, b in self.buttons.items() if b.isChecked()), None)

    def set_value(self, code: str | None) -> None:
        if code is None:
            exclusive = self._group.exclusive()
            self._group.setExclusive(False)
            for b in self.buttons.values():
                b.setChecked(False)
            self._group.setExclusive(exclusive)
        elif code in self.buttons:
            self.buttons[code].setChecked(True)
        self.changed.emit(self.value)


class ToggleGrid(QWidget):
    """Several-of-many buttons laid out in a grid (helpers of a visit)."""

    changed = Signal()

    def __init__(self, columns: int = 3, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._columns = columns
        self._layout = QGridLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(6)
        self.buttons: dict[int, QPushButton] = {}

    def set_options(self, options: Sequence[tuple[int, str]]) -> None:
        chosen = set(self.values)
        for button in self.buttons.values():
            button.deleteLater()
        self.buttons = {}
        for n, (key, label) in enumerate(options):
            button = QPushButton(label)
            button.setCheckable(True)
            button.setProperty("choice", True)
            button.setChecked(key in chosen)
            button.toggled.connect(lambda _=False: self.changed.emit())
            self._layout.addWidget(button, n // self._columns, n % self._columns)
            self.buttons[key] = button

    @property
    def values(self) -> list[int]:
        return [k for k, b in self.buttons.items() if b.isChecked()]

    def set_values(self, keys: Sequence[int]) -> None:
        for k, b in self.buttons.items():
            b.setChecked(k in keys)


class CountField(QLineEdit):
    """A whole number typed in (a styled QSpinBox without arrows draws no text, and its arrows are too small)."""

    def __init__(self, maximum: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setValidator(QIntValidator(0, maximum, self))
        self.setPlaceholderText("0")

    def value(self) -> int:
        text = self.text().strip()
        return int(text) if text.isdigit() else 0

    def set_value(self, value: int) -> None:
        self.setText(str(value) if value else "")
