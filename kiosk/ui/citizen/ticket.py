"""The ticket just issued: the number very large, where to go, how long, the QR, and whether it printed.

When the paper did not come out the screen says so in plain words and the window keeps the number up longer;
the print job stays with the desk for a reprint.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent
from PySide6.QtWidgets import QBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from kiosk.services.queue.views import TicketInfo
from kiosk.ui.citizen.pager import SPACING
from kiosk.ui.citizen.qr import QrWidget
from kiosk.ui.citizen.style import NORMAL, Look
from kiosk.ui.citizen.tile import TileButton

PRINT_STATES = ("printing", "printed", "failed", "no_printer")


class NumberLabel(QWidget):
    """The ticket number as large as its space allows, never below twice the title size."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self._look = NORMAL
        self._centred = False
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def text(self) -> str:
        return self._text

    def setText(self, text: str) -> None:  # noqa: N802 - same name as QLabel's
        self._text = text
        self.update()

    def clear(self) -> None:
        self.setText("")

    def set_look(self, look: Look) -> None:
        self._look = look
        self.updateGeometry()
        self.update()

    def set_centred(self, centred: bool) -> None:
        self._centred = centred
        self.update()

    def font_for(self, width: int, height: int) -> QFont:
        font = QFont(self._look.family)
        font.setBold(True)
        size = float(self._look.number_pt) * 1.8  # as large as the space allows: portrait screens have room
        sample = self._text or "A000"
        while size > self._look.title_pt * 2:
            font.setPointSizeF(size)
            fm = QFontMetricsF(font)
            if fm.horizontalAdvance(sample) <= width and fm.ascent() * 1.05 <= height:
                break
            size -= 6
        font.setPointSizeF(max(size, self._look.title_pt * 2))
        return font

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        font = QFont(self._look.family)
        font.setBold(True)
        font.setPointSizeF(self._look.title_pt * 2)
        fm = QFontMetricsF(font)
        return QSize(int(fm.horizontalAdvance("A000")), int(fm.ascent()))

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        font = QFont(self._look.family)
        font.setBold(True)
        font.setPointSizeF(self._look.number_pt)
        fm = QFontMetricsF(font)
        return QSize(int(fm.horizontalAdvance("A000")), int(fm.ascent() * 1.05))

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        if not self._text:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.setFont(self.font_for(self.width(), self.height()))
        painter.setPen(QColor(self._look.ink))
        align = Qt.AlignmentFlag.AlignHCenter if self._centred else Qt.AlignmentFlag.AlignLeft
        painter.drawText(self.rect(), int(align | Qt.AlignmentFlag.AlignVCenter), self._text)
        painter.end()


class TicketPage(QWidget):
    done = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._look = NORMAL
        self.info: TicketInfo | None = None
        self.print_state: str | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(SPACING)
        self._body = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self._body.setSpacing(SPACING * 3)
        outer.addLayout(self._body, 1)

        left = QVBoxLayout()
        left.setSpacing(4)
        self.heading = QLabel(self.tr("Số thứ tự của ông/bà"))
        self.heading.setProperty("role", "title")
        self.code_label = NumberLabel()
        self.priority_label = QLabel()
        self.priority_label.setProperty("role", "priority")
        self.priority_label.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.service_label = QLabel()
        self.service_label.setProperty("role", "title")
        self.counter_label = QLabel()
        self.ahead_label = QLabel()
        self.ahead_label.setProperty("role", "strong")
        for label in (self.heading, self.service_label, self.counter_label, self.ahead_label):
            label.setWordWrap(True)
        left.addWidget(self.heading)
        left.addWidget(self.code_label, 1)
        left.addWidget(self.priority_label)
        left.addWidget(self.service_label)
        left.addWidget(self.counter_label)
        left.addWidget(self.ahead_label)
        self._body.addLayout(left, 3)

        right = QVBoxLayout()
        right.setSpacing(SPACING)
        self.qr = QrWidget()
        self.qr_caption = QLabel(self.tr("Mã phiếu – không chứa thông tin cá nhân"))
        self.qr_caption.setProperty("role", "muted")
        self.qr_caption.setWordWrap(True)
        self.qr_caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.done_button = TileButton(self.tr("Xong"), icon="check", kind="second", mode="center")
        self.done_button.clicked.connect(self.done)
        right.addWidget(self.qr, 1)
        right.addWidget(self.qr_caption)
        right.addWidget(self.done_button)
        self._body.addLayout(right, 2)

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        outer.addWidget(self.status)

    def title(self) -> str:
        return self.tr("Phiếu số thứ tự")

    # ------------------------------------------------------------ content

    def show_ticket(self, info: TicketInfo, counters: Sequence[int], qr_text: str | None = None) -> None:
        """`qr_text`: what the QR holds, the phone link when the LAN pages are on (else the bare uuid)."""
        self.info = info
        self.code_label.setText(info.code)
        self.priority_label.setVisible(bool(info.priority_name))
        self.priority_label.setText(self.tr("Ưu tiên: {group}").format(group=info.priority_name or ""))
        self.service_label.setText(info.service_name)
        self.counter_label.setText(self._counters_text(counters))
        self.counter_label.setVisible(bool(counters))
        self.ahead_label.setText(self._ahead_text(info.waiting_ahead, info.estimated_wait_min))
        self.qr.set_data(qr_text or str(info.uuid))
        self.set_print_state("printing")

    def _counters_text(self, numbers: Sequence[int]) -> str:
        if not numbers:
            return ""
        if len(numbers) == 1:
            return self.tr("Khi được gọi, mời đến quầy số {n}.").format(n=numbers[0])
        listed = ", ".join(str(n) for n in numbers[:-1])
        return self.tr("Khi được gọi, mời đến quầy số {listed} hoặc {last}.").format(listed=listed, last=numbers[-1])

    def _ahead_text(self, ahead: int | None, minutes: int | None) -> str:
        if ahead is None:
            return ""
        if ahead == 0:
            return self.tr("Không có ai chờ trước ông/bà.")
        text = self.tr("Trước ông/bà còn {n} người.").format(n=ahead)
        if minutes:
            text += " " + self.tr("Dự kiến chờ khoảng {m} phút.").format(m=minutes)
        return text

    def set_print_state(self, state: str) -> None:
        self.print_state = state
        code = self.info.code if self.info else ""
        role = "ok"
        if state == "printing":
            text = self.tr("Đang in phiếu…")
        elif state == "printed":
            text = self.tr("Đã in phiếu – xin nhận phiếu ở khe máy in.")
        elif state == "failed":
            text = self.tr("Máy in đang lỗi — xin ghi nhớ số {code} hoặc chụp ảnh màn hình này.").format(code=code)
            role = "warn"
        else:
            text = self.tr("Máy này không in phiếu giấy — xin ghi nhớ số {code} hoặc chụp ảnh màn hình này.").format(
                code=code
            )
            role = "warn"
        self.status.setText(text)
        self.status.setProperty("role", role)
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)

    def reset(self) -> None:
        self.info = None
        self.print_state = None
        for label in (self.code_label, self.service_label, self.counter_label, self.ahead_label, self.status):
            label.clear()
        self.qr.set_data("")

    # ------------------------------------------------------------ look and shape

    def set_look(self, look: Look) -> None:
        self._look = look
        self.code_label.set_look(look)
        self.done_button.set_look(look)
        self.done_button.setMinimumHeight(look.touch_px + 20)

    def set_portrait(self, portrait: bool) -> None:
        self._body.setDirection(QBoxLayout.Direction.TopToBottom if portrait else QBoxLayout.Direction.LeftToRight)
        align = Qt.AlignmentFlag.AlignHCenter if portrait else Qt.AlignmentFlag.AlignLeft
        for label in (self.heading, self.service_label, self.counter_label, self.ahead_label):
            label.setAlignment(align | Qt.AlignmentFlag.AlignVCenter)
        self.code_label.set_centred(portrait)
