"""The queue panel's buttons and their keys: big enough for a finger, one key each for the keyboard.

Keys avoid what the desk already uses (F2, F5–F9 tabs, Ctrl+Enter/S/F/N/D in the form, Alt+1/2/3 ages) and the
editing keys a line edit takes for itself on Linux desktops (Ctrl+K, Ctrl+U, Ctrl+A...): the search field
usually has the focus, and a shortcut the field swallows would do nothing.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QGridLayout, QPushButton, QSizePolicy, QWidget

from kiosk.ui.desk.style import QUEUE_BUTTON_MIN


@dataclass(frozen=True)
class Action:
    key: str
    label: str  # source text, translated in the "QueueActions" context
    shortcut: str
    wide: tuple[int, int, int]  # row, column, columns spanned: three columns beside the lists
    rail: tuple[int, int, int]  # the same in the narrow rail: two columns, no lists


ACTIONS = (
    Action("next", QT_TRANSLATE_NOOP("QueueActions", "Gọi số tiếp"), "F10", (0, 0, 2), (0, 0, 2)),
    Action("finish", QT_TRANSLATE_NOOP("QueueActions", "Xong"), "F12", (0, 2, 1), (1, 0, 1)),
    Action("recall", QT_TRANSLATE_NOOP("QueueActions", "Gọi lại"), "F11", (1, 0, 1), (2, 0, 1)),
    Action("skip", QT_TRANSLATE_NOOP("QueueActions", "Bỏ qua"), "Ctrl+B", (1, 1, 1), (2, 1, 1)),
    Action("park", QT_TRANSLATE_NOOP("QueueActions", "Tạm gác"), "Ctrl+G", (1, 2, 1), (3, 0, 1)),
    Action("call_parked", QT_TRANSLATE_NOOP("QueueActions", "Gọi số đã gác"), "Ctrl+Shift+G", (2, 0, 1), (4, 0, 2)),
    Action("transfer", QT_TRANSLATE_NOOP("QueueActions", "Chuyển"), "Ctrl+T", (2, 1, 1), (3, 1, 1)),
    Action("record", QT_TRANSLATE_NOOP("QueueActions", "Ghi nhận"), "Ctrl+R", (2, 2, 1), (1, 1, 1)),
)
# Keys of actions that live elsewhere in the panel (the desk's state, the skipped list).
TOGGLE_KEY = "Ctrl+Shift+P"
RETURN_KEY = "Ctrl+Shift+B"


def action_label(action: Action) -> str:
    return QCoreApplication.translate("QueueActions", action.label)


def touch(button: QPushButton) -> QPushButton:
    """At least 60 px high for a finger (the citizen kiosk uses 90 px); QUEUE_STYLE keeps it so when styled."""
    button.setProperty("queue", True)
    button.setMinimumHeight(QUEUE_BUTTON_MIN)
    return button


def bind_key(parent: QWidget, keys: str, button: QPushButton) -> QShortcut:
    """A window-wide key that presses `button` when it could be pressed (Qt ignores keys of hidden owners)."""
    shortcut = QShortcut(QKeySequence(keys), parent)
    shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
    shortcut.activated.connect(lambda: button.click() if button.isEnabled() else None)
    return shortcut


class ActionBar(QWidget):
    """Three rows of buttons: call next and finish first, then what is done with the citizen at the desk."""

    triggered = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = self._grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(6)
        self.buttons: dict[str, QPushButton] = {}
        self.shortcuts: dict[str, QShortcut] = {}
        for action in ACTIONS:
            button = QPushButton(f"{action_label(action)}\n{action.shortcut}")
            touch(button)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.setToolTip(f"{action_label(action)} ({action.shortcut})")
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a tap leaves the keyboard in the form
            button.clicked.connect(lambda _=False, k=action.key: self.triggered.emit(k))
            if action.key in ("next", "finish"):
                button.setProperty("primary", True)
            else:
                button.setProperty("secondary", True)
            grid.addWidget(button, action.wide[0], action.wide[1], 1, action.wide[2])
            self.buttons[action.key] = button
            self.shortcuts[action.key] = bind_key(self, action.shortcut, button)
        for column in range(3):
            grid.setColumnStretch(column, 1)

    def set_compact(self, on: bool) -> None:
        """Two columns while the record form needs the width; three otherwise."""
        grid = self._grid
        for button in self.buttons.values():
            grid.removeWidget(button)
        for action in ACTIONS:
            row, column, span = action.rail if on else action.wide
            grid.addWidget(self.buttons[action.key], row, column, 1, span)
        grid.setColumnStretch(2, 0 if on else 1)
        grid.setSpacing(4 if on else 6)

    def set_enabled(self, states: dict[str, bool]) -> None:
        for key, on in states.items():
            self.buttons[key].setEnabled(on)
