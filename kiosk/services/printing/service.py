"""Print jobs: every document to print is first a row (with its PDF), then sent; a job is never lost.

A job that cannot be printed (printer off, out of paper, unplugged, queue stopped) ends `failed` with one
Vietnamese sentence and waits at the desk for retry. Sending talks to a `Printer`: the PDF-folder printer below
(no Qt, for points without a printer) or the Qt adapter in kiosk/ui/adapters/qt_printer.py, attached with
`attach(backend)` by the UI or the CLI. Call `print_document`/`retry` off the UI thread: they wait for the printer.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Protocol

from sqlalchemy import select, update
from sqlalchemy.orm import Session, sessionmaker

from kiosk.clock import Clock, to_local
from kiosk.db import models as m
from kiosk.db.engine import read_transaction, transaction
from kiosk.errors import KioskError, NotFoundError, StateError, os_reason
from kiosk.services.documents.document import Document
from kiosk.services.settings import SettingsService
from kiosk.text import fold

PDF_FOLDER = ""  # the printer setting's value meaning "save as PDF in the data folder"
STATUSES = ("queued", "printing", "printed", "failed", "cancelled")
STALE_AFTER = timedelta(minutes=3)  # a job 'printing' this long belonged to a process that died mid-job
UNCONFIRMED_SHOWN_FOR = timedelta(hours=12)  # an unconfirmed sheet matters while the citizen is still here
TARGET_SETTINGS = {"ticket": "print.ticket_printer", "sheet": "print.sheet_printer"}


class PrinterError(KioskError):
    """The printer did not take the job; `message` says why in Vietnamese (shown at the desk)."""

    exit_code = 6


@dataclass(frozen=True)
class PrintRequest:
    pdf: bytes
    title: str
    key: str  # unique per attempt: lets the adapter find its spooler job again
    kind: str
    mono: bool  # thermal roll: pure black and white
    form: str = ""  # the driver's paper form to use (print.ticket_form), "" to choose one the driver offers


@dataclass(frozen=True)
class PrintOutcome:
    """`paper_confirmed`: True when the system reports the job completed, None when it cannot tell."""

    paper_confirmed: bool | None
    detail: str | None = None  # spooler job id or saved file


class Printer(Protocol):
    name: str

    def print_pdf(self, request: PrintRequest) -> PrintOutcome:
        """Send the job and wait as long as is sensible; raise PrinterError with the reason on failure."""
        ...


class PrinterBackend(Protocol):
    def printer_names(self) -> list[str]: ...

    def printer(self, name: str) -> Printer: ...


class PdfFolderPrinter:
    """'Save as PDF' for a point without a printer: one file per job in a folder of the data directory."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.name = PDF_FOLDER

    def print_pdf(self, request: PrintRequest) -> PrintOutcome:
        safe = re.sub(r"[^0-9a-z._-]+", "-", fold(f"{request.kind}-{request.title}")).strip("-")[:60]
        target = self.folder / f"{datetime.now():%Y%m%d-%H%M%S}-{safe}-{request.key[:8]}.pdf"
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            partial = target.with_suffix(".part")
            partial.write_bytes(request.pdf)
            partial.replace(target)
        except OSError as exc:
            raise PrinterError(
                f"Không lưu được tệp PDF vào {self.folder} ({os_reason(exc)}); xin kiểm tra ổ đĩa.", detail=str(exc)
            ) from exc
        return PrintOutcome(paper_confirmed=None, detail=str(target))


@dataclass(frozen=True)
class PrintJobView:
    id: int
    uuid: str
    kind: str
    reference: str | None
    title: str
    target: str
    printer_name: str | None
    status: str
    attempts: int
    error: str | None
    paper_confirmed: bool | None
    ticket_id: int | None
    created_at: datetime
    updated_at: datetime
    printed_at: datetime | None
    output: str | None = None  # where the last attempt went (file path or spooler id); not stored

    @property
    def printer_label(self) -> str:
        return self.printer_name or "Lưu PDF"

    @property
    def unconfirmed(self) -> bool:
        """Handed to a real printer's spooler, but nothing has said the paper came out.

        A job CUPS still holds (pending, held, stopped, processing with no page) when the wait ends, and every
        job on a system that cannot tell: the desk checks the printer, then confirms or prints again.
        """
        return self.status == "printed" and self.printer_name is not None and self.paper_confirmed is not True

    @property
    def state(self) -> str:
        """queued | printing | confirmed | unconfirmed | saved | failed | cancelled (what a person is told)."""
        if self.status != "printed":
            return self.status
        if self.printer_name is None:
            return "saved"
        return "confirmed" if self.paper_confirmed else "unconfirmed"

    def as_dict(self) -> dict[str, object]:
        return {
            "id": self.id,
            "kind": self.kind,
            "reference": self.reference,
            "title": self.title,
            "target": self.target,
            "printer": self.printer_label,
            "status": self.status,
            "attempts": self.attempts,
            "error": self.error,
            "paper_confirmed": self.paper_confirmed,
            "state": self.state,
            "ticket_id": self.ticket_id,
            "created_at": to_local(self.created_at).isoformat(timespec="seconds"),
            "printed_at": to_local(self.printed_at).isoformat(timespec="seconds") if self.printed_at else None,
            "output": self.output,
        }


def _view(row: m.PrintJob, output: str | None = None) -> PrintJobView:
    return PrintJobView(
        id=row.id,
        uuid=str(row.uuid),
        kind=row.kind,
        reference=row.reference,
        title=row.title,
        target=row.target,
        printer_name=row.printer_name or None,
        status=row.status,
        attempts=row.attempts,
        error=row.error,
        paper_confirmed=row.paper_confirmed,
        ticket_id=row.ticket_id,
        created_at=row.created_at,
        updated_at=row.updated_at,
        printed_at=row.printed_at,
        output=output,
    )


class PrintingService:
    def __init__(self, sessions: sessionmaker[Session], clock: Clock, settings: SettingsService, pdf_dir: Path) -> None:
        self._sessions = sessions
        self._clock = clock
        self._settings = settings
        self.pdf_folder = PdfFolderPrinter(pdf_dir)
        self._backend: PrinterBackend | None = None

    def attach(self, backend: PrinterBackend) -> None:
        """The UI (or the CLI) plugs in the system's printers; without it only 'save as PDF' works."""
        self._backend = backend

    @property
    def has_backend(self) -> bool:
        return self._backend is not None

    def printer_names(self) -> list[str]:
        return self._backend.printer_names() if self._backend else []

    def printer_for(self, target: str) -> str:
        return str(self._settings.get(TARGET_SETTINGS.get(target, "print.sheet_printer")) or PDF_FOLDER)

    # ------------------------------------------------------------ jobs

    def enqueue(self, doc: Document, *, printer_name: str | None = None) -> PrintJobView:
        """Store the job (PDF included) before anything touches a printer: a crash or power cut loses nothing."""
        name = self.printer_for(doc.target) if printer_name is None else printer_name
        now = self._clock.now()
        with transaction(self._sessions) as session:
            row = m.PrintJob(
                kind=doc.kind,
                reference=(doc.reference or "")[:200] or None,
                title=doc.title[:300],
                target=doc.target,
                printer_name=name or None,
                status="queued",
                attempts=0,
                pdf=doc.pdf,
                ticket_id=doc.ticket_id,
                created_at=now,
                updated_at=now,
            )
            session.add(row)
            session.flush()
            return _view(row)

    def print_document(self, doc: Document, *, printer_name: str | None = None) -> PrintJobView:
        """Enqueue and send. Never raises for a printer problem: the returned job says `failed` and why."""
        return self.send(self.enqueue(doc, printer_name=printer_name).id)

    def send(self, job_id: int, *, printer_name: str | None = None) -> PrintJobView:
        request, name = self._claim(job_id, printer_name)
        try:
            printer = self._printer(name)
            outcome = printer.print_pdf(request)
        except PrinterError as exc:
            return self._finish(job_id, error=exc.message)
        except Exception as exc:  # noqa: BLE001 - a driver crash must not lose the job either
            return self._finish(job_id, error=f"Máy in gặp lỗi không xác định ({type(exc).__name__}); xin in lại.")
        return self._finish(job_id, outcome=outcome)

    def retry(self, job_id: int, *, printer_name: str | None = None) -> PrintJobView:
        """Send a failed (or still queued, or stuck) job again, optionally to another printer."""
        return self.send(job_id, printer_name=printer_name)

    def reprint(self, job_id: int, *, printer_name: str | None = None) -> PrintJobView:
        """A fresh copy of any job (the paper was lost, the citizen wants another)."""
        with transaction(self._sessions) as session:
            row = self._row(session, job_id)
            doc = Document(row.kind, row.reference or "", row.title, row.target, row.pdf, row.ticket_id)
            name = row.printer_name or PDF_FOLDER
        return self.print_document(doc, printer_name=name if printer_name is None else printer_name)

    def cancel(self, job_id: int) -> PrintJobView:
        with transaction(self._sessions) as session:
            row = self._row(session, job_id)
            if row.status not in ("queued", "failed"):
                raise StateError(f"Lệnh in số {job_id} đang ở trạng thái '{row.status}', không huỷ được.")
            row.status = "cancelled"
            row.updated_at = self._clock.now()
            return _view(row)

    def job(self, job_id: int) -> PrintJobView:
        with transaction(self._sessions) as session:
            return _view(self._row(session, job_id))

    def pdf(self, job_id: int) -> bytes:
        with transaction(self._sessions) as session:
            return self._row(session, job_id).pdf

    def jobs(self, statuses: Iterable[str] | None = None, limit: int = 50) -> list[PrintJobView]:
        with read_transaction(self._sessions) as session:
            q = select(m.PrintJob).order_by(m.PrintJob.id.desc()).limit(limit)
            if statuses is not None:
                q = q.where(m.PrintJob.status.in_(list(statuses)))
            return [_view(r) for r in session.scalars(q)]

    def confirm_paper(self, job_id: int) -> PrintJobView:
        """The officer saw the sheet come out of a printer that could not say so itself."""
        with transaction(self._sessions) as session:
            row = self._row(session, job_id)
            if row.status != "printed" or not row.printer_name:
                raise StateError(f"Lệnh in số {job_id} chưa được gửi tới máy in nào; không có gì để xác nhận.")
            row.paper_confirmed = True
            row.updated_at = self._clock.now()
            return _view(row)

    def pending(self) -> list[PrintJobView]:
        """What the desk should see: failed, waiting, stuck 'printing' by a dead process, and today's jobs sent to
        a printer that never confirmed the paper (CUPS still holding them, or a spooler that cannot tell)."""
        now = self._clock.now()
        stale = now - STALE_AFTER
        recent = now - UNCONFIRMED_SHOWN_FOR
        # The desk reads this every few seconds: a read-only transaction never holds up the kiosk's writes.
        with read_transaction(self._sessions) as session:
            q = (
                select(m.PrintJob)
                .where(
                    m.PrintJob.status.in_(("failed", "queued"))
                    | ((m.PrintJob.status == "printing") & (m.PrintJob.updated_at < stale))
                    | (
                        (m.PrintJob.status == "printed")
                        & m.PrintJob.paper_confirmed.is_not(True)
                        & (m.PrintJob.printer_name.is_not(None))
                        & (m.PrintJob.printer_name != "")
                        & (m.PrintJob.updated_at >= recent)
                    )
                )
                .order_by(m.PrintJob.id)
            )
            return [_view(r) for r in session.scalars(q)]

    # ------------------------------------------------------------ internals

    def _row(self, session: Session, job_id: int) -> m.PrintJob:
        row = session.get(m.PrintJob, job_id)
        if row is None:
            raise NotFoundError(f"Không có lệnh in số {job_id}.")
        return row

    def _claim(self, job_id: int, printer_name: str | None) -> tuple[PrintRequest, str]:
        """Mark the job 'printing' in one statement, so two desks retrying at once cannot print it twice."""
        now = self._clock.now()
        # Read before the write transaction: settings open their own, and SQLite allows one writer at a time.
        ticket_form = str(self._settings.get("print.ticket_form") or "")
        t = m.PrintJob
        claimable = t.status.in_(("queued", "failed")) | ((t.status == "printing") & (t.updated_at < now - STALE_AFTER))
        with transaction(self._sessions) as session:
            values: dict[str, object] = {"status": "printing", "attempts": t.attempts + 1, "updated_at": now}
            if printer_name is not None:
                values["printer_name"] = printer_name or None
            claimed = session.execute(update(t).where(t.id == job_id, claimable).values(**values)).rowcount
            row = self._row(session, job_id)
            if not claimed:
                raise StateError(f"Lệnh in số {job_id} đang in hoặc đã xong ({row.status}); không gửi lại.")
            session.refresh(row)
            ticket = row.target == "ticket"
            form = ticket_form if ticket else ""
            request = PrintRequest(row.pdf, row.title, uuid.uuid4().hex, row.kind, mono=ticket, form=form)
            return request, row.printer_name or PDF_FOLDER

    def _printer(self, name: str) -> Printer:
        if name == PDF_FOLDER:
            return self.pdf_folder
        if self._backend is None:
            raise PrinterError(f"Máy này chưa kết nối được với máy in '{name}'; xin in lại từ màn hình quầy.")
        return self._backend.printer(name)

    def _finish(self, job_id: int, *, outcome: PrintOutcome | None = None, error: str | None = None) -> PrintJobView:
        now = self._clock.now()
        with transaction(self._sessions) as session:
            row = self._row(session, job_id)
            row.updated_at = now
            if outcome is not None:
                row.status, row.error, row.printed_at = "printed", None, now
                row.paper_confirmed = outcome.paper_confirmed
            else:
                row.status, row.error, row.paper_confirmed = "failed", (error or "")[:500], False
            return _view(row, outcome.detail if outcome else None)
