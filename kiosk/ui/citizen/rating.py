"""Rating: the ticket number on a big pad (or a QR scan: the scanner types the uuid, then Enter), then four faces.

One rating per ticket: the queue service refuses a second and the screen says so kindly.
"""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression, Qt, QTimer, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QBoxLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.app import Services
from kiosk.errors import KioskError
from kiosk.services.queue.views import RatingInfo, TicketInfo
from kiosk.ui.citizen.home_data import FACE_LEVELS, Level
from kiosk.ui.citizen.model import SCAN_MAX, ticket_ref
from kiosk.ui.citizen.pager import SPACING
from kiosk.ui.citizen.style import NORMAL, Look
from kiosk.ui.citizen.tile import TileButton
from kiosk.ui.worker import run_task

THANKS_MS = 8000
DIGITS = ("1", "2", "3", "4", "5", "6", "7", "8", "9")


class RatingPage(QWidget):
    finished = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._look = NORMAL
        self._letters: tuple[str, ...] = ()
        self._levels: tuple[Level, ...] = ()
        self.ticket: TicketInfo | None = None
        self.ref = ""
        self.keys: dict[str, TileButton] = {}
        self.faces: dict[str, TileButton] = {}
        self._busy = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.stages = QStackedWidget()
        layout.addWidget(self.stages)
        self.stages.addWidget(self._entry_stage())
        self.stages.addWidget(self._faces_stage())
        self.stages.addWidget(self._thanks_stage())
        self._thanks_timer = QTimer(self)
        self._thanks_timer.setSingleShot(True)
        self._thanks_timer.setInterval(THANKS_MS)
        self._thanks_timer.timeout.connect(self.finished)

    def title(self) -> str:
        return self.tr("Đánh giá sự hài lòng")

    # ------------------------------------------------------------ stage 1: which ticket

    def _entry_stage(self) -> QWidget:
        page = QWidget()
        self._entry_box = QBoxLayout(QBoxLayout.Direction.LeftToRight, page)
        self._entry_box.setContentsMargins(0, 0, 0, 0)
        self._entry_box.setSpacing(SPACING * 3)
        left = QVBoxLayout()
        left.setSpacing(SPACING * 2)
        self.ask = QLabel(
            self.tr("Nhập số thứ tự in trên phiếu của ông/bà (ví dụ A012), hoặc đưa mã QR trên phiếu vào máy quét.")
        )
        self.ask.setWordWrap(True)
        self.field = QLineEdit()
        self.field.setProperty("role", "field")
        self.field.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # A scanner types the ticket's QR: a uuid (36 characters) or the phone link <public_url>/v/<uuid>.
        self.field.setMaxLength(SCAN_MAX)
        self.field.setValidator(
            QRegularExpressionValidator(QRegularExpression(rf"[0-9A-Za-z:/._%~-]{{0,{SCAN_MAX}}}"), self.field)
        )
        self.field.setPlaceholderText(self.tr("Số thứ tự"))
        self.field.returnPressed.connect(self.submit)
        self.notice = QLabel()
        self.notice.setProperty("role", "warn")
        self.notice.setWordWrap(True)
        self.notice.hide()
        self.go_button = TileButton(self.tr("Tiếp tục"), icon="next", kind="second", mode="center")
        self.go_button.clicked.connect(self.submit)
        left.addWidget(self.ask)
        left.addWidget(self.field)
        left.addWidget(self.notice)
        left.addStretch(1)
        left.addWidget(self.go_button)
        self._entry_box.addLayout(left, 1)
        self._pad_host = QWidget()
        pad = QHBoxLayout(self._pad_host)
        pad.setContentsMargins(0, 0, 0, 0)
        pad.setSpacing(SPACING * 3)
        self._letter_grid = QGridLayout()
        self._letter_grid.setSpacing(SPACING)
        self._digit_grid = QGridLayout()
        self._digit_grid.setSpacing(SPACING)
        pad.addLayout(self._letter_grid, 2)
        pad.addLayout(self._digit_grid, 3)
        self._entry_box.addWidget(self._pad_host, 2)
        for key in (*DIGITS, "erase", "0"):
            self._add_key(key)
        self._place_keys()
        return page

    def _add_key(self, key: str) -> TileButton:
        if key == "erase":
            button = TileButton(self.tr("Xoá"), icon="erase", kind="plain", mode="center", look=self._look)
        else:
            button = TileButton(key, kind="plain", mode="center", look=self._look, title_scale=1.25)
        button.clicked.connect(lambda _=False, k=key: self.press(k))
        self.keys[key] = button
        return button

    def set_letters(self, letters: tuple[str, ...]) -> None:
        """The service letters of today's tickets, as keys above the digits."""
        letters = tuple(dict.fromkeys(ch for prefix in letters for ch in prefix.upper()))
        if letters == self._letters:
            return
        for old in self._letters:
            button = self.keys.pop(old)
            button.setParent(None)
            button.deleteLater()
        self._letters = letters
        for letter in letters:
            self._add_key(letter)
        self._place_keys()

    def _place_keys(self) -> None:
        for grid in (self._letter_grid, self._digit_grid):
            for key in self.keys.values():
                grid.removeWidget(key)
        for n, letter in enumerate(self._letters):
            self._letter_grid.addWidget(self.keys[letter], n // 2, n % 2)
        for n, key in enumerate((*DIGITS, "erase", "0")):
            self._digit_grid.addWidget(self.keys[key], n // 3, n % 3)

    def press(self, key: str) -> None:
        self.field.setFocus()
        self.notice.hide()
        if key == "erase":
            self.field.backspace()
        else:
            self.field.insert(key)

    def submit(self) -> None:
        if self._busy:
            return
        self.ref = ticket_ref(self.field.text())
        if not self.ref:
            self._notice(self.tr("Xin nhập số thứ tự in trên phiếu, ví dụ A012."))
            return
        self._busy = True
        ref = self.ref
        run_task(self, lambda: self._services.queue.lookup(ref), self._found, self._refused)

    def _found(self, ticket: TicketInfo) -> None:
        self._busy = False
        if ticket.called_at is None or ticket.status in ("waiting", "cancelled"):
            self._notice(self.tr("Số {code} chưa được phục vụ nên chưa thể đánh giá.").format(code=ticket.code))
            return
        self.ticket = ticket
        self.question.setText(
            self.tr("Số {code} – {service}. Ông/bà hài lòng thế nào với việc phục vụ hôm nay?").format(
                code=ticket.code, service=ticket.service_name
            )
        )
        self.stages.setCurrentIndex(1)

    def _refused(self, error: KioskError) -> None:
        self._busy = False
        self._notice(error.message)

    def _notice(self, text: str) -> None:
        self.stages.setCurrentIndex(0)
        self.notice.setText(text)
        self.notice.show()
        self.field.setFocus()

    # ------------------------------------------------------------ stage 2: the faces

    def _faces_stage(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACING * 2)
        self.question = QLabel()
        self.question.setProperty("role", "title")
        self.question.setWordWrap(True)
        layout.addWidget(self.question)
        self._faces_grid = QGridLayout()
        self._faces_grid.setSpacing(SPACING * 2)
        layout.addLayout(self._faces_grid, 1)
        self.back_button = TileButton(self.tr("Nhập lại số"), icon="back", kind="plain", mode="center")
        self.back_button.clicked.connect(lambda: self.stages.setCurrentIndex(0))
        layout.addWidget(self.back_button)
        return page

    def set_levels(self, levels: tuple[Level, ...]) -> None:
        if levels == self._levels:
            return
        for face in self.faces.values():
            face.setParent(None)
            face.deleteLater()
        self.faces = {}
        self._levels = levels
        for n, level in enumerate(levels):
            face_no = FACE_LEVELS.index(level.code) if level.code in FACE_LEVELS else min(n, 3)
            face = TileButton(level.name, icon=f"face:{face_no}", kind="plain", mode="stack", look=self._look)
            face.clicked.connect(lambda _=False, code=level.code: self.rate(code))
            self.faces[level.code] = face
        self._place_faces(portrait=False)

    def _place_faces(self, portrait: bool) -> None:
        for face in self.faces.values():
            self._faces_grid.removeWidget(face)
        columns = 2 if portrait else 4
        for n, face in enumerate(self.faces.values()):
            self._faces_grid.addWidget(face, n // columns, n % columns)

    def rate(self, level: str) -> None:
        if self._busy or self.ticket is None:
            return
        self._busy = True
        ref = str(self.ticket.uuid)
        run_task(self, lambda: self._services.queue.rate(ref, level), self._rated, self._refused)

    # ------------------------------------------------------------ stage 3: thanks

    def _thanks_stage(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        self.thanks = QLabel()
        self.thanks.setProperty("role", "title")
        self.thanks.setWordWrap(True)
        self.thanks.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.thanks)
        layout.addStretch(1)
        self.home_button = TileButton(self.tr("Về trang chủ"), icon="house", kind="second", mode="center")
        self.home_button.clicked.connect(self.finished)
        layout.addWidget(self.home_button)
        return page

    def _rated(self, rating: RatingInfo) -> None:
        self._busy = False
        self.thanks.setText(
            self.tr("Cảm ơn ông/bà! Đã ghi nhận đánh giá “{level}” cho số {code}.").format(
                level=rating.level_name, code=rating.code
            )
        )
        self.stages.setCurrentIndex(2)
        self._thanks_timer.start()

    # ------------------------------------------------------------ the window's calls

    def start(self, scanned: str | None = None) -> None:
        self.reset()
        if scanned:
            self.field.setText(scanned)
            self.submit()
        self.field.setFocus()

    def reset(self) -> None:
        self._thanks_timer.stop()
        self._busy = False
        self.ticket = None
        self.ref = ""
        self.field.clear()
        self.notice.hide()
        self.question.clear()
        self.thanks.clear()
        self.stages.setCurrentIndex(0)

    def set_look(self, look: Look) -> None:
        self._look = look
        for button in [*self.keys.values(), *self.faces.values(), self.go_button, self.back_button, self.home_button]:
            button.set_look(look)
        self.go_button.setMinimumHeight(look.touch_px)

    def set_portrait(self, portrait: bool) -> None:
        direction = QBoxLayout.Direction.TopToBottom if portrait else QBoxLayout.Direction.LeftToRight
        self._entry_box.setDirection(direction)
        self._place_faces(portrait)
