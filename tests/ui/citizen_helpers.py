"""Shared by the citizen kiosk tests: open the window, printers that work, fail or hang, database reads."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field

from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from kiosk.app import Services
from kiosk.db import models as m
from kiosk.services.printing.service import PrinterError, PrintOutcome, PrintRequest
from kiosk.ui.app import make_application
from kiosk.ui.citizen.window import KioskWindow

PRINTER = "Máy in phiếu quầy"


@dataclass
class RecordingPrinter:
    """Takes every job and keeps its PDF, as a printer driver would."""

    name: str = PRINTER
    jobs: list[PrintRequest] = field(default_factory=list)

    def print_pdf(self, request: PrintRequest) -> PrintOutcome:
        self.jobs.append(request)
        return PrintOutcome(paper_confirmed=True, detail=f"job-{len(self.jobs)}")


class FailingPrinter:
    name = PRINTER

    def print_pdf(self, request: PrintRequest) -> PrintOutcome:
        raise PrinterError("Máy in hết giấy.")


class BlockingPrinter(RecordingPrinter):
    """Holds every job until released: the ticket must already be on screen while it waits."""

    def __init__(self) -> None:
        super().__init__()
        self.release = threading.Event()
        self.started = threading.Event()

    def print_pdf(self, request: PrintRequest) -> PrintOutcome:
        self.started.set()
        assert self.release.wait(10), "the test never released the printer"
        return super().print_pdf(request)


class Backend:
    def __init__(self, printer: object) -> None:
        self._printer = printer

    def printer_names(self) -> list[str]:
        return [PRINTER]

    def printer(self, name: str) -> object:
        return self._printer


def use_printer(services: Services, printer: object, setting: str = "print.ticket_printer") -> None:
    services.settings.set(setting, PRINTER)
    services.printing.attach(Backend(printer))


def open_kiosk(qtbot: QtBot, services: Services, size: tuple[int, int] = (1366, 768), locked: bool = False):
    make_application()
    window = KioskWindow(services, locked=locked)
    qtbot.addWidget(window)
    if locked:
        window.showFullScreen()  # as kiosk/ui/app.show_full_screen shows it
    else:
        window.resize(*size)
        window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.home.tiles != {}, timeout=5000)
    return window


def tickets(services: Services) -> list[m.Ticket]:
    with services.sessions() as s:
        return list(s.scalars(select(m.Ticket).order_by(m.Ticket.id)))


def print_jobs(services: Services) -> list[m.PrintJob]:
    with services.sessions() as s:
        return list(s.scalars(select(m.PrintJob).order_by(m.PrintJob.id)))


def ratings(services: Services) -> int:
    with services.sessions() as s:
        return int(s.scalar(select(func.count()).select_from(m.Rating)) or 0)
