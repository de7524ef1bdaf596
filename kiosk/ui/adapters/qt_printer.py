"""The system's printers for the printing service: QtPdf renders each PDF page, QPrinter sends it to the driver.

Works with any Windows or CUPS printer, 80 mm thermal included: each page is sent at the PDF's own size (a roll
ticket as tall as its content), rasterised at the printer's resolution (capped) and, for the thermal roll,
thresholded to pure black and white so the driver never dithers grey. On CUPS the job is followed by its name
until it completes (paper out) or the queue reports a problem; elsewhere it is recorded as sent, unconfirmed.
Call `print_pdf` off the UI thread (QPainter on a QPrinter is allowed in a worker thread).
"""

from __future__ import annotations

import logging
import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from kiosk.services.printing import cups, winspool
from kiosk.services.printing.pages import ROLL_MAX_WIDTH_MM, Form, choose_roll_form
from kiosk.services.printing.service import PrinterError, PrintOutcome, PrintRequest
from kiosk.text import fold

MAX_DPI = 300  # an A4 page at 1200 dpi would be a 550 MB image; 300 dpi is sharp on paper
MM_PER_POINT = 25.4 / 72

log = logging.getLogger(__name__)


def ensure_app() -> None:
    """QPrinter needs a QGuiApplication; the CLI has none, so make one (offscreen when there is no display). A
    QApplication, not a bare QGuiApplication: a process may open a window after printing (the wizard after
    `print printers` in one process, the tests), and Qt aborts on a widget made under a QGuiApplication."""
    if QCoreApplication.instance() is not None:
        return
    if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    QApplication([sys.argv[0] if sys.argv else "kiosk"])


class QtPrinterBackend:
    """`PrinterBackend` over QPrinterInfo: lists the system's printers and opens one by name."""

    def __init__(self, *, wait_s: float = 20.0) -> None:
        ensure_app()
        self._wait_s = wait_s

    def printer_names(self) -> list[str]:
        return list(QPrinterInfo.availablePrinterNames())

    def default_printer_name(self) -> str | None:
        info = QPrinterInfo.defaultPrinter()
        return None if info.isNull() else info.printerName()

    def printer(self, name: str) -> QtPrinter:
        return QtPrinter(name, wait_s=self._wait_s)


class QtPrinter:
    """One printer by name, or with `output_file` a PDF file written by QPrinter itself (tests, previews)."""

    def __init__(self, name: str, *, output_file: Path | None = None, wait_s: float = 20.0) -> None:
        self.name = name
        self._output_file = output_file
        self._wait_s = wait_s
        self._info: QPrinterInfo | None = None
        self._form = ""

    def print_pdf(self, request: PrintRequest) -> PrintOutcome:
        ensure_app()
        with tempfile.TemporaryDirectory(prefix="kiosk-print-") as tmp:
            source = Path(tmp) / "job.pdf"
            source.write_bytes(request.pdf)
            document = QPdfDocument()
            if document.load(str(source)) != QPdfDocument.Error.None_ or document.pageCount() < 1:
                raise PrinterError("Tệp cần in bị hỏng, không đọc được; xin tạo lại tờ in.")
            printer = self._open(request)
            self._form = request.form
            self._paint(document, printer, request.mono)
            document.close()
        if self._output_file is not None:
            return PrintOutcome(paper_confirmed=None, detail=str(self._output_file))
        return self._follow(request)

    # ------------------------------------------------------------ steps

    def _open(self, request: PrintRequest) -> QPrinter:
        if self._output_file is not None:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(str(self._output_file))
        else:
            info = QPrinterInfo.printerInfo(self.name)
            if info.isNull():
                raise PrinterError(
                    f"Không thấy máy in '{self.name}' trên máy này: máy in có thể đã bị rút cáp, tắt hoặc đổi tên."
                )
            self._check_ready(info)
            printer = QPrinter(info, QPrinter.PrinterMode.HighResolution)
            self._info = info
        # The key finds this job in the spooler again. ASCII only: a job name in a non-UTF-8 locale comes out empty.
        printer.setDocName(f"kiosk-{request.key[:12]} {fold(request.title)}"[:120])
        printer.setFullPage(True)
        if request.mono:
            printer.setColorMode(QPrinter.ColorMode.GrayScale)
        return printer

    def _check_ready(self, info: QPrinterInfo) -> None:
        if winspool.available():
            status = winspool.printer_status(self.name)
        else:
            status = cups.printer_status(self.name) if cups.available() else None
        if status is not None:
            if status.problem:
                raise PrinterError(f"Máy in '{self.name}' chưa in được: {status.problem}. Xin kiểm tra rồi in lại.")
            return
        if info.state() == QPrinter.PrinterState.Error:
            raise PrinterError(f"Máy in '{self.name}' đang báo lỗi hoặc tạm dừng. Xin kiểm tra máy in rồi in lại.")

    def _page_size(self, points: QSizeF) -> QPageSize:
        """The page the driver gets: for a roll ticket one of the driver's own forms (services/printing/pages.py)."""
        exact = QPageSize(points, QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch)
        if self._info is None or points.width() * MM_PER_POINT > ROLL_MAX_WIDTH_MM:
            return exact  # a PDF file, or an A4/A5 sheet: standard sizes every driver has
        offered = {}
        for size in self._info.supportedPageSizes():
            mm = size.size(QPageSize.Unit.Millimeter)
            offered[size.name()] = (Form(size.name(), mm.width(), mm.height()), size)
        choice = choose_roll_form(
            points.width() * MM_PER_POINT,
            points.height() * MM_PER_POINT,
            [form for form, _ in offered.values()],
            supports_custom=self._info.supportsCustomPageSizes(),
            preferred=self._form,
        )
        if choice is None:
            log.warning(
                "printer %s offers no %.0f mm form and no custom size (offers: %s); set print.ticket_form",
                self.name,
                points.width() * MM_PER_POINT,
                ", ".join(offered) or "nothing",
            )
            default = self._info.defaultPageSize()
            # A thermal driver's default is its roll; a sheet default (Letter) would print the ticket tiny.
            if default.isValid() and default.size(QPageSize.Unit.Millimeter).width() <= ROLL_MAX_WIDTH_MM:
                return default
            return exact
        log.info("printer %s: ticket page is %s", self.name, choice.reason)
        return exact if choice.form is None else offered[choice.form.name][1]

    def _page_setup(self, printer: QPrinter, points: QSizeF) -> None:
        printer.setPageSize(self._page_size(points))
        printer.setPageOrientation(QPageLayout.Orientation.Portrait)
        printer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Point)

    def _paint(self, document: QPdfDocument, printer: QPrinter, mono: bool) -> None:
        self._page_setup(printer, document.pagePointSize(0))
        painter = QPainter()
        if not painter.begin(printer):
            raise PrinterError(f"Không mở được máy in '{self.name or 'PDF'}' để in; xin kiểm tra máy in rồi in lại.")
        try:
            for page in range(document.pageCount()):
                points = document.pagePointSize(page)
                if page:
                    self._page_setup(printer, points)
                    if not printer.newPage():
                        raise PrinterError("Máy in ngừng nhận trang tiếp theo; xin in lại.")
                self._draw_page(document, page, points, printer, painter, mono)
        except BaseException:
            painter.end()
            raise
        if not painter.end():
            raise PrinterError(f"Máy in '{self.name or 'PDF'}' không nhận lệnh in; xin kiểm tra rồi in lại.")

    @staticmethod
    def _draw_page(
        document: QPdfDocument, page: int, points: QSizeF, printer: QPrinter, painter: QPainter, mono: bool
    ) -> None:
        device_dpi = printer.resolution()
        dpi = min(device_dpi, MAX_DPI)
        pixels = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
        image = document.render(page, pixels, format=QImage.Format.Format_RGB32, fillColor=Qt.GlobalColor.white)
        if mono:
            # Pure black and white: a thermal head prints no grey, and a driver's dithering blurs the QR.
            image = image.convertToFormat(QImage.Format.Format_Mono, Qt.ImageConversionFlag.ThresholdDither)
        width = points.width() * device_dpi / 72
        height = points.height() * device_dpi / 72
        paper = printer.paperRect(QPrinter.Unit.DevicePixel)
        # A driver that forces a narrower or a shorter paper gets the page scaled down, never cut off.
        scale = min(1.0, paper.width() / width) if paper.width() > 0 else 1.0
        if paper.height() > 0 and height * scale > paper.height():
            scale = paper.height() / height
        painter.drawImage(QRectF(0, 0, width * scale, height * scale), image)

    def _follow_windows(self, request: PrintRequest) -> PrintOutcome:
        found = winspool.follow_job(self.name, f"kiosk-{request.key[:12]}", self._wait_s)
        if found is None:
            return PrintOutcome(paper_confirmed=None)
        job_id, state, problem = found
        spool = f"{self.name}-{job_id}"
        if state == "completed":
            return PrintOutcome(paper_confirmed=True, detail=spool)
        if state == "canceled":
            raise PrinterError(f"Lệnh in {spool} đã bị xoá khỏi hàng đợi in của Windows; xin in lại.")
        if problem:
            winspool.cancel_job(self.name, job_id)  # so a retry cannot print the same sheet twice
            raise PrinterError(f"Máy in '{self.name}' chưa in được: {problem}. Xin kiểm tra rồi in lại.")
        return PrintOutcome(paper_confirmed=None, detail=spool)

    def _follow(self, request: PrintRequest) -> PrintOutcome:
        if winspool.available():
            return self._follow_windows(request)
        if not cups.available():
            return PrintOutcome(paper_confirmed=None)
        job = cups.follow_job(self.name, f"kiosk-{request.key[:12]}", self._wait_s)
        if job is None:
            return PrintOutcome(paper_confirmed=None)
        job_id, state = job
        spool = f"{self.name}-{job_id}"
        if state == "completed":
            return PrintOutcome(paper_confirmed=True, detail=spool)
        if state in ("canceled", "aborted"):
            raise PrinterError(f"Máy in '{self.name}' đã huỷ lệnh in {spool}; xin kiểm tra máy in rồi in lại.")
        status = cups.printer_status(self.name)
        if status is not None and status.problem:
            # Take the job back so a retry cannot print the same sheet twice when the printer comes back.
            cups.cancel_job(self.name, job_id)
            raise PrinterError(f"Máy in '{self.name}' chưa in được: {status.problem}. Xin kiểm tra rồi in lại.")
        return PrintOutcome(paper_confirmed=None, detail=spool)
