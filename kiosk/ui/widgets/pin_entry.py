"""One PIN flow for every screen: choose one's name, type the PIN on big keys (or the keyboard), OK.

The desk login, the admin window's lock and the citizen kiosk's hidden exit all use this widget. It only says
which role the screen needs: services.auth.login checks the PIN, the lockout and the role in one place, and its
refusal (a Vietnamese sentence) is shown as it is. The staff list and the check go through the worker: the
database is never read on the UI thread, and scrypt takes a noticeable moment on an office PC.

Each screen keeps its own look by passing `make_button` (the citizen screen makes its painted tiles) and
`themed=True` when its style sheet colours the notice and the field; the desk's plain buttons are the default.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from PySide6.QtCore import QRegularExpression, Qt, Signal
from PySide6.QtGui import QKeyEvent, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QAbstractButton,
    QBoxLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.errors import KioskError
from kiosk.services.access.auth import AuthService, StaffInfo
from kiosk.ui.names import role_name
from kiosk.ui.widgets.notice import Notice
from kiosk.ui.worker import run_task

KEYS = ("1", "2", "3", "4", "5", "6", "7", "8", "9", "erase", "0", "enter")
NAME_COLUMNS = 3
# Big and spaced so a glance tells how many digits are in; the dots themselves are QLineEdit's password echo.
FIELD_STYLE = "font-size: 28pt; min-height: 64px; letter-spacing: 8px;"

# (kind, label, subtitle) -> a button. Kinds: "digit", "erase", "enter" (the pad), "name" (a person), "back".
ButtonFactory = Callable[[str, str, str], QAbstractButton]


def plain_button(kind: str, label: str, subtitle: str) -> QAbstractButton:
    """The desk's and admin window's buttons: QPushButtons their style sheets size by property."""
    button = QPushButton(f"{label}\n{subtitle}" if subtitle else label)
    if kind == "name":
        button.setProperty("big", True)
    elif kind == "back":
        button.setProperty("secondary", True)
    else:
        button.setProperty("pad", True)
        button.setMinimumWidth(110)
        if kind == "erase":
            button.setProperty("secondary", True)
    return button


class PinEntry(QWidget):
    """Stage 0: the names (only those with `role`); stage 1: the pad. `accepted` carries the StaffInfo."""

    accepted = Signal(object)  # StaffInfo

    def __init__(
        self,
        auth: AuthService,
        *,
        role: str | tuple[str, ...] | None = None,
        hint: str = "",
        empty_text: str = "",
        make_button: ButtonFactory | None = None,
        themed: bool = False,
        side_by_side: bool = False,
        pad_width: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._auth = auth
        self._role = role
        self._empty_text = empty_text
        self._make = make_button or plain_button
        self._busy = False
        self._load_seq = 0
        self.chosen: StaffInfo | None = None
        self.staff: list[StaffInfo] = []
        self.name_buttons: dict[int, QAbstractButton] = {}
        self.keys: dict[str, QAbstractButton] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.stages = QStackedWidget()
        layout.addWidget(self.stages, 1)
        self.notice = Notice(themed=themed, collapse=True)
        self.notice.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.notice)
        self.stages.addWidget(self._build_names(hint))
        self.stages.addWidget(self._build_pad(themed, side_by_side, pad_width))

    # ------------------------------------------------------------ layout

    def _build_names(self, hint: str) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        box.setContentsMargins(0, 0, 0, 0)
        self.hint = QLabel(hint)
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setVisible(bool(hint))
        box.addWidget(self.hint)
        holder = QWidget()
        holder_box = QVBoxLayout(holder)
        holder_box.setContentsMargins(0, 0, 0, 0)
        self._names = QGridLayout()
        self._names.setSpacing(12)
        holder_box.addLayout(self._names)
        holder_box.addStretch(1)
        scroll = QScrollArea()  # a commune may have many staff; the names scroll, the window does not grow
        scroll.setWidgetResizable(True)
        scroll.setWidget(holder)
        box.addWidget(scroll, 1)
        return page

    def _build_pad(self, themed: bool, side_by_side: bool, pad_width: int | None) -> QWidget:
        page = QWidget()
        outer = QVBoxLayout(page)
        outer.setContentsMargins(0, 0, 0, 0)
        inner = QWidget()
        if pad_width is not None:
            # A finger's width on a wide screen: the pad is centred, not stretched.
            inner.setMaximumWidth(pad_width)
            outer.addWidget(inner, 1, Qt.AlignmentFlag.AlignHCenter)
        else:
            outer.addWidget(inner, 1)
        direction = QBoxLayout.Direction.LeftToRight if side_by_side else QBoxLayout.Direction.TopToBottom
        box = QBoxLayout(direction, inner)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(12)
        column = QVBoxLayout()
        self.who = QLabel()
        self.who.setWordWrap(True)
        self.who.setAlignment(Qt.AlignmentFlag.AlignCenter)
        if themed:
            self.who.setProperty("role", "title")
        else:
            self.who.setProperty("heading", True)
        column.addWidget(self.who)
        self.field = QLineEdit()
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setMaxLength(8)
        self.field.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # Digits only: a stray letter from the keyboard would make a PIN that can never be right.
        self.field.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,8}"), self.field))
        self.field.setPlaceholderText(self.tr("Mã PIN"))
        if themed:
            self.field.setProperty("role", "field")
        else:
            self.field.setStyleSheet(FIELD_STYLE)
        self.field.returnPressed.connect(self.submit)
        column.addWidget(self.field)
        self.back = self._make("back", self.tr("← Chọn tên khác"), "")
        self.back.clicked.connect(self.show_names)
        if side_by_side:
            column.addStretch(1)
            column.addWidget(self.back)
        grid = QGridLayout()
        grid.setSpacing(10)
        labels = {"erase": self.tr("Xoá"), "enter": self.tr("Vào")}
        for n, key in enumerate(KEYS):
            kind = key if key in labels else "digit"
            button = self._make(kind, labels.get(key, key), "")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the PIN field keeps the keyboard
            button.clicked.connect(lambda _=False, k=key: self.press(k))
            grid.addWidget(button, n // 3, n % 3)
            self.keys[key] = button
        box.addLayout(column, 1)
        box.addLayout(grid, 1)
        if not side_by_side:
            box.addWidget(self.back)
        return page

    def buttons(self) -> Iterator[QAbstractButton]:
        """Every button, for a screen that restyles them (the citizen's large-text toggle)."""
        yield from self.keys.values()
        yield from self.name_buttons.values()
        yield self.back

    # ------------------------------------------------------------ names

    def start(self) -> None:
        """Back to the names, and read them again (a new account, a deactivated one)."""
        self.show_names()
        self.notice.clear_notice()
        self._load_seq += 1
        seq = self._load_seq
        auth, role = self._auth, self._role
        run_task(self, lambda: auth.list_staff(role=role), lambda staff: self._show_staff(seq, staff), self._failed)

    def _show_staff(self, seq: int, staff: list[StaffInfo]) -> None:
        if seq != self._load_seq:
            return  # an older answer arriving after a newer request
        for button in self.name_buttons.values():
            self._names.removeWidget(button)
            button.deleteLater()
        self.name_buttons = {}
        self.staff = list(staff)
        for n, person in enumerate(self.staff):
            button = self._make("name", person.name, role_name(person))
            button.clicked.connect(lambda _=False, p=person: self.choose(p))
            self._names.addWidget(button, n // NAME_COLUMNS, n % NAME_COLUMNS)
            self.name_buttons[person.id] = button
        if not self.staff and self._empty_text:
            self.notice.error(self._empty_text)

    def choose(self, person: StaffInfo) -> None:
        self.chosen = person
        self.who.setText(self.tr("{name} – nhập mã PIN").format(name=person.name))
        self.field.clear()
        self.notice.clear_notice()
        self.stages.setCurrentIndex(1)
        self.field.setFocus()

    def show_names(self) -> None:
        self.chosen = None
        self.field.clear()
        self.stages.setCurrentIndex(0)

    # ------------------------------------------------------------ PIN

    def press(self, key: str) -> None:
        # Focus first: a successful "enter" hands the keyboard to the next screen, which must keep it.
        self.field.setFocus()
        if key == "erase":
            self.field.backspace()
        elif key == "enter":
            self.submit()
        else:
            self.field.insert(key)

    def submit(self) -> None:
        person, pin = self.chosen, self.field.text()
        if person is None or not pin or self._busy:
            return  # a double tap must not count two wrong PINs
        auth, role = self._auth, self._role
        self._set_busy(True)
        self.notice.ok(self.tr("Đang kiểm tra…"))
        run_task(self, lambda: auth.login(person.id, pin, role=role), self._accepted, self._refused)

    def _accepted(self, info: StaffInfo) -> None:
        self._set_busy(False)
        self.notice.clear_notice()
        self.show_names()  # the next person starts from the names
        self.accepted.emit(info)

    def _refused(self, error: KioskError) -> None:
        self._set_busy(False)
        self.field.clear()
        self.field.setFocus()
        self._failed(error)

    def _failed(self, error: KioskError) -> None:
        self.notice.error(error.message)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.keys["enter"].setEnabled(not busy)

    def clear(self) -> None:
        self.field.clear()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() == Qt.Key.Key_Escape and self.stages.currentIndex() == 1:
            self.show_names()
            return
        super().keyPressEvent(event)
