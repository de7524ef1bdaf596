"""Instruction guides from the catalogue: a list of tiles, then one large page per step, and a print button.

A guide reads as: what it is for and what to bring, one page per step, one page per common problem, the safety
warning, and the official download links as QR codes a phone can scan from the screen.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from kiosk.app import Services
from kiosk.errors import KioskError
from kiosk.services.printing.service import PrintJobView
from kiosk.ui.citizen.model import print_guide
from kiosk.ui.citizen.pager import SPACING, PagedGrid
from kiosk.ui.citizen.qr import QrWidget
from kiosk.ui.citizen.style import NORMAL, Look
from kiosk.ui.citizen.tile import TileButton, line_px
from kiosk.ui.worker import run_task

if TYPE_CHECKING:  # the guide renderer imports reportlab; the screen only reads these plain records
    from kiosk.services.documents.guide import GuideView
    from kiosk.services.documents.service import GuideInfo

MAX_QR = 3


def _icon(slug: str) -> str:
    return "warning" if "scam" in slug else "qr" if "qr" in slug else "book"


class GuideListPage(QWidget):
    guide_chosen = Signal(str)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._look = NORMAL
        self.tiles: dict[str, TileButton] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACING)
        self.hint = QLabel(self.tr("Chạm vào việc ông/bà muốn làm trên điện thoại để xem từng bước:"))
        self.hint.setWordWrap(True)
        self.hint.setProperty("role", "strong")
        layout.addWidget(self.hint)
        self.notice = QLabel()
        self.notice.setProperty("role", "warn")
        self.notice.setWordWrap(True)
        self.notice.hide()
        layout.addWidget(self.notice)
        self.grid = PagedGrid(self._cell(), max_columns=3)
        layout.addWidget(self.grid, 1)

    def title(self) -> str:
        return self.tr("Hướng dẫn sử dụng ứng dụng")

    def _cell(self) -> QSize:
        """Room for a title of three lines: the longest guide names need them with large text."""
        return QSize(int(self._look.touch_px * 5.4), int(3 * line_px(self._look) + 24))

    def load(self) -> None:
        if not self.tiles:
            run_task(self, self._services.handouts.guides, self._loaded, self._failed)

    def _loaded(self, guides: list[GuideInfo]) -> None:
        self.notice.hide()
        self.tiles = {}
        tiles = []
        for guide in guides:
            tile = TileButton(guide.title, guide.summary or "", icon=_icon(guide.slug), kind="service", look=self._look)
            tile.clicked.connect(lambda _=False, slug=guide.slug: self.guide_chosen.emit(slug))
            self.tiles[guide.slug] = tile
            tiles.append(tile)
        self.grid.set_tiles(tiles)
        if not guides:
            self._failed(KioskError(self.tr("Chưa có hướng dẫn nào; xin hỏi cán bộ tại quầy.")))

    def _failed(self, error: KioskError) -> None:
        self.notice.setText(error.message)
        self.notice.show()

    def reset(self) -> None:
        self.grid.show_page(0)
        self.notice.hide()

    def set_look(self, look: Look) -> None:
        self._look = look
        self.grid.set_look(look)
        self.grid.set_cell(self._cell(), int(4 * line_px(look) + 24))
        for tile in self.tiles.values():
            tile.set_look(look)

    def set_portrait(self, portrait: bool) -> None:
        del portrait


@dataclass(frozen=True)
class Sheet:
    """One page of a guide on screen."""

    heading: str
    title: str
    body: str
    warn: bool = False
    links: list[tuple[str, str]] = field(default_factory=list)  # (url, label)


class GuidePage(QWidget):
    back_requested = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._look = NORMAL
        self.view: GuideView | None = None
        self.sheets: list[Sheet] = []
        self.index = 0
        self.print_job: PrintJobView | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(SPACING)
        self.heading = QLabel()
        self.heading.setProperty("role", "strong")
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        content = QWidget()
        body = QVBoxLayout(content)
        body.setContentsMargins(0, 0, 8, 0)
        body.setSpacing(SPACING)
        self.sheet_title = QLabel()
        self.sheet_title.setProperty("role", "title")
        self.sheet_title.setWordWrap(True)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        body.addWidget(self.sheet_title)
        body.addWidget(self.text)
        self.qr_row = QHBoxLayout()
        self.qr_row.setSpacing(SPACING * 3)
        self.qr_codes: list[tuple[QrWidget, QLabel]] = []
        for _ in range(MAX_QR):
            cell = QVBoxLayout()
            code = QrWidget()
            code.setMinimumSize(220, 220)
            caption = QLabel()
            caption.setWordWrap(True)
            caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
            cell.addWidget(code, 1)
            cell.addWidget(caption)
            self.qr_row.addLayout(cell, 1)
            self.qr_codes.append((code, caption))
        body.addLayout(self.qr_row, 1)
        body.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        layout.addWidget(scroll, 1)

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.status.hide()
        layout.addWidget(self.status)
        bar = QHBoxLayout()
        bar.setSpacing(SPACING)
        self.list_button = TileButton(self.tr("Các hướng dẫn"), icon="book", kind="plain", mode="center")
        self.prev_button = TileButton(self.tr("Trước"), icon="back", kind="plain", mode="center")
        self.next_button = TileButton(self.tr("Tiếp"), icon="next", kind="service", mode="center")
        self.print_button = TileButton(self.tr("In hướng dẫn"), icon="printer", kind="second", mode="center")
        self.list_button.clicked.connect(self.back_requested)
        self.prev_button.clicked.connect(lambda: self.show_sheet(self.index - 1))
        self.next_button.clicked.connect(lambda: self.show_sheet(self.index + 1))
        self.print_button.clicked.connect(self.print_sheet)
        for button, stretch in ((self.list_button, 3), (self.prev_button, 2), (self.next_button, 2)):
            bar.addWidget(button, stretch)
        bar.addWidget(self.print_button, 3)
        layout.addLayout(bar)

    def title(self) -> str:
        return self.view.title if self.view else self.tr("Hướng dẫn")

    # ------------------------------------------------------------ content

    def open(self, slug: str) -> None:
        self.reset()
        self.heading.setText(self.tr("Đang mở hướng dẫn…"))
        run_task(self, lambda: self._services.handouts.guide_view(slug), self.show_guide, self._failed)

    def show_guide(self, view: GuideView) -> None:
        self.view = view
        self.sheets = self._sheets(view)
        self.print_button.setEnabled(True)
        self.show_sheet(0)

    def _sheets(self, view: GuideView) -> list[Sheet]:
        intro = view.summary or ""
        if view.bring:
            intro += "\n\n" + self.tr("Cần chuẩn bị:") + "\n" + "\n".join(f"•  {item}" for item in view.bring)
        sheets = [Sheet(self.tr("Giới thiệu"), view.title, intro.strip())]
        total = len(view.steps)
        for n, step in enumerate(view.steps, start=1):
            sheets.append(Sheet(self.tr("Bước {n}/{total}").format(n=n, total=total), step.title, step.text))
        count = len(view.problems)
        for n, problem in enumerate(view.problems, start=1):
            heading = self.tr("Nếu gặp khó khăn ({n}/{total})").format(n=n, total=count)
            sheets.append(Sheet(heading, problem.problem, problem.fix))
        if view.warning:
            sheets.append(Sheet(self.tr("Lưu ý an toàn"), self.tr("Cẩn thận kẻ gian"), view.warning, warn=True))
        if view.links:
            links = [(link.data, link.caption) for link in view.links[:MAX_QR]]
            hint = self.tr("Mở camera điện thoại (hoặc Zalo › Quét mã QR) và hướng vào một mã dưới đây.")
            sheets.append(Sheet(self.tr("Trang chính thức"), self.tr("Quét mã để mở"), hint, links=links))
        return sheets

    def show_sheet(self, index: int) -> None:
        if not self.sheets:
            return
        self.index = max(0, min(index, len(self.sheets) - 1))
        sheet = self.sheets[self.index]
        self.heading.setText(
            self.tr("{part}  ·  trang {n}/{total}").format(part=sheet.heading, n=self.index + 1, total=len(self.sheets))
        )
        self.sheet_title.setText(sheet.title)
        self.sheet_title.setVisible(bool(sheet.title))
        self.text.setText(sheet.body)
        self.text.setProperty("role", "warn" if sheet.warn else "")
        self.text.style().unpolish(self.text)
        self.text.style().polish(self.text)
        for n, (code, caption) in enumerate(self.qr_codes):
            url, label = sheet.links[n] if n < len(sheet.links) else ("", "")
            code.set_data(url)
            caption.setText(label)
            code.setVisible(bool(url))
            caption.setVisible(bool(url))
        self.prev_button.setEnabled(self.index > 0)
        self.next_button.setEnabled(self.index < len(self.sheets) - 1)

    def _failed(self, error: KioskError) -> None:
        self.heading.setText(error.message)

    # ------------------------------------------------------------ printing

    def print_sheet(self) -> None:
        if self.view is None or not self.print_button.isEnabled():
            return
        slug = self.view.slug
        self.print_button.setEnabled(False)  # one sheet per visit: a second tap must not print a second
        self._status(self.tr("Đang in tờ hướng dẫn…"), warn=False)
        run_task(self, lambda: print_guide(self._services, slug), self._printed, self._print_failed, lane="device")

    def _printed(self, job: PrintJobView) -> None:
        self.print_job = job
        if job.status == "printed" and job.printer_name:
            self._status(self.tr("Đã in tờ hướng dẫn – xin nhận ở máy in."), warn=False)
        elif job.status == "printed":
            self._status(self.tr("Máy này không in giấy – xin hỏi cán bộ tại quầy để in tờ hướng dẫn này."), warn=True)
        else:
            self._status(self.tr("Máy in đang lỗi – cán bộ tại quầy sẽ in lại tờ hướng dẫn này cho ông/bà."), warn=True)

    def _print_failed(self, error: KioskError) -> None:
        self._status(self.tr("Chưa in được – xin hỏi cán bộ tại quầy. ({reason})").format(reason=error.message), True)

    def _status(self, text: str, warn: bool) -> None:
        self.status.setText(text)
        self.status.setProperty("role", "warn" if warn else "ok")
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)
        self.status.show()

    def reset(self) -> None:
        self.view = None
        self.sheets = []
        self.index = 0
        self.print_job = None
        self.heading.clear()
        self.sheet_title.clear()
        self.text.clear()
        self.status.hide()
        for code, caption in self.qr_codes:
            code.set_data("")
            code.hide()
            caption.hide()

    # ------------------------------------------------------------ look and shape

    def set_look(self, look: Look) -> None:
        self._look = look
        for button in (self.list_button, self.prev_button, self.next_button, self.print_button):
            button.set_look(look)
            button.setMinimumHeight(look.touch_px)
        self.text.setStyleSheet(f"font-size: {look.title_pt}pt; padding: 6px 12px;")

    def set_portrait(self, portrait: bool) -> None:
        del portrait
