"""Print jobs without Qt: stored before sending, saved as PDF where a point has no printer, never lost on failure."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import update

from kiosk.app import Services
from kiosk.clock import FixedClock
from kiosk.db import models as m
from kiosk.errors import NotFoundError, StateError
from kiosk.services.documents.service import Document
from tests.helpers import pdfcheck


def _doc(services: Services) -> Document:
    return services.handouts.apps()


def test_without_a_printer_the_job_is_saved_as_pdf(any_services: Services) -> None:
    doc = _doc(any_services)
    job = any_services.printing.print_document(doc)
    assert job.status == "printed" and job.attempts == 1 and job.error is None
    assert job.printer_name is None and job.printer_label == "Lưu PDF"
    assert job.paper_confirmed is None  # a file is not paper
    saved = Path(job.output or "")
    assert saved.parent == any_services.config.data_dir / "printed-pdf"
    assert saved.read_bytes() == doc.pdf
    assert any_services.printing.pdf(job.id) == doc.pdf
    assert [j.id for j in any_services.printing.jobs()] == [job.id]
    assert any_services.printing.pending() == []


def test_a_job_that_cannot_print_waits_for_retry_and_loses_nothing(any_services: Services) -> None:
    printing = any_services.printing
    any_services.settings.set("print.ticket_printer", "XP-80C")
    doc = _doc(any_services)
    job = printing.print_document(doc)  # no printer driver attached on this machine
    assert job.status == "failed" and job.printer_name == "XP-80C" and job.paper_confirmed is False
    assert "chưa kết nối được với máy in 'XP-80C'" in (job.error or "")
    assert [j.id for j in printing.pending()] == [job.id]
    assert printing.pdf(job.id) == doc.pdf

    again = printing.retry(job.id)  # still no driver: still failed, counted
    assert again.status == "failed" and again.attempts == 2

    done = printing.retry(job.id, printer_name="")  # the desk sends it to the PDF folder instead
    assert done.status == "printed" and done.attempts == 3 and done.error is None and done.printer_name is None
    assert Path(done.output or "").read_bytes() == doc.pdf
    with pytest.raises(StateError, match="đã xong"):
        printing.retry(job.id)
    assert printing.pending() == []


def test_cancel_and_reprint(services: Services) -> None:
    printing = services.printing
    failed = printing.print_document(_doc(services), printer_name="không-có")
    cancelled = printing.cancel(failed.id)
    assert cancelled.status == "cancelled" and printing.pending() == []
    with pytest.raises(StateError, match="không huỷ được"):
        printing.cancel(cancelled.id)
    printed = printing.print_document(_doc(services))
    copy = printing.reprint(printed.id)
    assert copy.id != printed.id and copy.status == "printed" and printing.pdf(copy.id) == printing.pdf(printed.id)
    with pytest.raises(NotFoundError, match="Không có lệnh in số 999"):
        printing.job(999)


def test_a_job_left_printing_by_a_dead_process_shows_up_again(services: Services, clock: FixedClock) -> None:
    printing = services.printing
    job = printing.enqueue(_doc(services))
    with services.sessions.begin() as session:
        session.execute(update(m.PrintJob).where(m.PrintJob.id == job.id).values(status="printing"))
    assert printing.pending() == []  # it may still be printing
    with pytest.raises(StateError):
        printing.send(job.id)
    clock.advance(minutes=5)
    assert [j.id for j in printing.pending()] == [job.id]
    assert printing.send(job.id).status == "printed"


def test_unwritable_pdf_folder_fails_with_a_reason(services: Services) -> None:
    folder = services.printing.pdf_folder.folder
    folder.parent.mkdir(parents=True, exist_ok=True)
    folder.write_text("not a folder")
    job = services.printing.print_document(_doc(services))
    assert job.status == "failed" and "Không lưu được tệp PDF" in (job.error or "")
    folder.unlink()
    assert services.printing.retry(job.id).status == "printed"


def test_ticket_job_goes_to_the_ticket_printer(services: Services, clock: FixedClock) -> None:
    from tests.test_handouts import _view

    doc = services.handouts.ticket(_view(ticket_uuid="0b9e6a52-8f7e-4d55-9a35-3c1d8f0e2a11"))
    job = services.printing.print_document(doc)
    assert job.kind == "ticket" and job.target == "ticket" and job.reference == "A012"
    assert pdfcheck.qr_codes(Path(job.output or "").read_bytes()) == ["0b9e6a52-8f7e-4d55-9a35-3c1d8f0e2a11"]
    assert job.created_at == clock.now()
