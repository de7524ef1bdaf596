"""What every page of the first-run wizard shares: a title, one question, fields with their error line under them.

A page only gathers answers into the office file's shape (the same dict `kiosk setup --file` reads) and shows an
error sentence at the field the core names (SetupError.key); the checking itself is the core's
(kiosk/services/setup/schema.py), never repeated here.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QLabel, QLineEdit, QPushButton, QScrollArea, QVBoxLayout, QWidget

from kiosk.ui.theme import ACCENT, ACCENT_INK, INK, MUTED, OK, PAPER, PRIORITY, WARN

STYLE = f"""
#SetupWizard, #SetupWizard QWidget {{ font-size: 20pt; color: {INK}; background: {PAPER}; }}
#SetupWizard QLabel[role="title"] {{ font-size: 28pt; font-weight: 700; }}
#SetupWizard QLabel[role="question"] {{ color: {MUTED}; }}
#SetupWizard QLabel[role="progress"] {{ color: {MUTED}; }}
#SetupWizard QLabel[role="error"] {{ color: {PRIORITY}; font-weight: 700; }}
#SetupWizard QLabel[role="warning"] {{ color: {WARN}; font-weight: 700; }}
#SetupWizard QLabel[role="ok"] {{ color: {OK}; font-weight: 700; }}
#SetupWizard QLineEdit, #SetupWizard QComboBox {{
    min-height: 52px; padding: 2px 12px; border: 2px solid {MUTED}; border-radius: 8px;
}}
#SetupWizard QLineEdit:focus, #SetupWizard QComboBox:focus {{ border: 3px solid {ACCENT}; }}
#SetupWizard QComboBox:disabled {{ color: #9aa7b4; border: 2px dashed #c9d2db; }}
#SetupWizard QLineEdit[bad="true"] {{ border: 3px solid {PRIORITY}; }}
#SetupWizard QPushButton {{
    min-height: 64px; padding: 4px 22px; border-radius: 12px; background: {ACCENT}; color: {ACCENT_INK};
    border: none;
}}
#SetupWizard QPushButton:disabled {{ background: #c9d2db; color: #3d4f61; }}
#SetupWizard QPushButton:focus {{ border: 4px solid #f2b705; }}
#SetupWizard QPushButton[secondary="true"] {{ background: #e3eaf2; color: {INK}; border: 2px solid {ACCENT}; }}
#SetupWizard QPushButton[choice="true"] {{
    background: #e3eaf2; color: {INK}; border: 2px solid {MUTED}; text-align: left;
}}
#SetupWizard QPushButton[choice="true"]:checked {{
    background: {ACCENT}; color: {ACCENT_INK}; border: 3px solid #063663;
}}
#SetupWizard QPushButton[letter="true"] {{
    min-width: 58px; max-width: 58px; min-height: 58px; max-height: 58px; padding: 0; background: #e3eaf2;
    color: {INK}; border: 2px solid {MUTED};
}}
#SetupWizard QPushButton[letter="true"]:checked {{ background: {ACCENT}; color: {ACCENT_INK}; }}
"""


def label(text: str, role: str = "", *, wrap: bool = True) -> QLabel:
    widget = QLabel(text)
    widget.setWordWrap(wrap)
    if role:
        widget.setProperty("role", role)
    return widget


def button(text: str, *, secondary: bool = False, name: str = "") -> QPushButton:
    widget = QPushButton(text)
    widget.setProperty("secondary", secondary)
    widget.setCursor(Qt.CursorShape.PointingHandCursor)
    widget.setAutoDefault(False)
    if name:
        widget.setObjectName(name)
    return widget


def line_edit(name: str, placeholder: str = "", *, password: bool = False) -> QLineEdit:
    widget = QLineEdit()
    widget.setObjectName(name)
    widget.setPlaceholderText(placeholder)
    if password:
        widget.setEchoMode(QLineEdit.EchoMode.Password)
    return widget


class ErrorLine(QLabel):
    """The one Vietnamese sentence under a field; hidden while there is nothing to say."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.setObjectName(name)
        self.setProperty("role", "error")
        self.setWordWrap(True)
        self.hide()

    def say(self, sentence: str) -> None:
        self.setText(sentence)
        self.setVisible(bool(sentence))


class Page(QWidget):
    """One question. Subclasses set `slug` (screenshot name), `title`, `question`, `keys` (the office file keys
    whose errors they show) and fill `self.body`."""

    slug = ""
    title = ""
    question = ""
    keys: tuple[str, ...] = ()

    def __init__(self) -> None:
        super().__init__()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(2)
        # title and question are QT_TRANSLATE_NOOP(class name, …) class attributes: translated here, when shown.
        heading = label(QCoreApplication.translate(type(self).__name__, self.title), "title")
        heading.setObjectName(f"{self.slug}-title")
        outer.addWidget(heading)
        if self.question:
            outer.addWidget(label(QCoreApplication.translate(type(self).__name__, self.question), "question"))
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        inner = QWidget()
        self.body = QVBoxLayout(inner)
        self.body.setContentsMargins(0, 4, 12, 4)
        self.body.setSpacing(10)
        scroll.setWidget(inner)
        outer.addWidget(scroll, 1)
        self._errors: dict[str, tuple[ErrorLine, str, QWidget | None]] = {}

    # ---------------------------------------------------------------- fields

    def field(self, key: str, caption: str, widget: QWidget) -> ErrorLine:
        """A captioned field with its error line; `key` is the office file's key the core names in errors."""
        self.body.addWidget(label(caption))
        self.body.addWidget(widget)
        error = ErrorLine(f"error-{key}")
        self.body.addWidget(error)
        self._errors[key] = (error, caption, widget)
        return error

    def error_line(self, key: str, caption: str, error: ErrorLine, widget: QWidget | None = None) -> None:
        self._errors[key] = (error, caption, widget)

    def owns(self, key: str) -> bool:
        return any(key == k or key.startswith(k + ".") or key.startswith(k + "[") for k in self.keys)

    def show_error(self, key: str, reason: str) -> None:
        """Show the core's sentence at the field it names (the nearest known key), with the field's caption."""
        target = key
        while target and target not in self._errors:
            target = target.rsplit(".", 1)[0] if "." in target else ""
        if not target:
            target = next(iter(self._errors), "")
        if not target:
            return
        error, caption, widget = self._errors[target]
        error.say(f"{caption}: {reason}" if caption else reason[:1].upper() + reason[1:])
        if isinstance(widget, QLineEdit):
            widget.setProperty("bad", True)
            widget.style().polish(widget)
            widget.setFocus()

    def clear_errors(self) -> None:
        for error, _caption, widget in self._errors.values():
            error.say("")
            if isinstance(widget, QLineEdit) and widget.property("bad"):
                widget.setProperty("bad", False)
                widget.style().polish(widget)

    # ---------------------------------------------------------------- answers

    def collect(self, data: dict[str, Any]) -> None:  # pragma: no cover - every page overrides it
        raise NotImplementedError

    def entered(self) -> None:
        """Called each time the page is shown (pages that depend on earlier answers refresh here)."""

    def summary(self) -> list[str]:
        """Lines for the last page's review of the answers."""
        return []
