"""The Qt print path for real: QtPdf renders, QPrinter writes a PDF file or sends to a CUPS queue (private cupsd)."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from kiosk.app import Services
from kiosk.services.documents.ticket import render_ticket
from kiosk.services.printing import cups
from kiosk.services.printing.service import PrinterError, PrintRequest
from tests.helpers import pdfcheck
from tests.helpers.cupsd import QUEUE, CupsServer, missing
from tests.test_handouts import _view

pytest.importorskip("PySide6.QtPdf")

from kiosk.ui.adapters.qt_printer import QtPrinter, QtPrinterBackend  # noqa: E402

TICKET_UUID = "5d1f0c2a-7b3e-4c8d-9e6f-1a2b3c4d5e6f"


@pytest.fixture
def cups_queue(cups_server: CupsServer | None) -> CupsServer:
    if cups_server is None:
        pytest.skip(f"no CUPS test printer: {missing()}")
    cups_server.enable()
    cups_server.clear_output()
    return cups_server


def _wait_for_file(path: Path, timeout: float = 15) -> bytes:
    """The PDF the queue's device received; the generic PDF driver may wrap it in PJL, which we strip."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        data = path.read_bytes() if path.exists() else b""
        if b"%PDF" in data and b"%%EOF" in data:
            return data[data.index(b"%PDF") : data.rindex(b"%%EOF") + 5]
        time.sleep(0.1)
    raise AssertionError(f"nothing printed to {path}")


def test_qt_path_to_a_pdf_file_keeps_the_80mm_page_and_the_qr(qapp: object, tmp_path: Path) -> None:
    out = tmp_path / "qt-ticket.pdf"
    pdf = render_ticket(_view(ticket_uuid=TICKET_UUID))
    outcome = QtPrinter("", output_file=out).print_pdf(PrintRequest(pdf, "Phiếu A012", "k" * 32, "ticket", True))
    assert outcome.detail == str(out) and outcome.paper_confirmed is None
    printed = out.read_bytes()
    [(width, height)] = pdfcheck.page_sizes_mm(printed)
    [(src_width, src_height)] = pdfcheck.page_sizes_mm(pdf)
    assert width == pytest.approx(80, abs=0.5) and height == pytest.approx(src_height, abs=0.5)
    assert pdfcheck.qr_codes(printed) == [TICKET_UUID]


def test_qt_path_prints_every_page_of_a_guide(qapp: object, services: Services, tmp_path: Path) -> None:
    from tests.test_handouts import FIXTURE_GUIDES, GUIDE

    services.catalogue.import_shipped(guides_dir=FIXTURE_GUIDES)
    doc = services.handouts.guide(GUIDE, "a4")
    out = tmp_path / "qt-guide.pdf"
    QtPrinter("", output_file=out).print_pdf(PrintRequest(doc.pdf, doc.title, "g" * 32, "guide", False))
    printed = out.read_bytes()
    assert len(pdfcheck.page_sizes_mm(printed)) == len(pdfcheck.page_sizes_mm(doc.pdf)) >= 2
    assert sorted(pdfcheck.qr_codes(printed)) == sorted(pdfcheck.qr_codes(doc.pdf))


def test_unknown_printer_fails_with_a_reason(qapp: object, services: Services) -> None:
    services.printing.attach(QtPrinterBackend(wait_s=5))
    job = services.printing.print_document(services.handouts.apps(), printer_name="May-in-khong-co")
    assert job.status == "failed" and "Không thấy máy in 'May-in-khong-co'" in (job.error or "")


def test_cups_ticket_comes_out_and_is_confirmed(qapp: object, services: Services, cups_queue: CupsServer) -> None:
    backend = QtPrinterBackend(wait_s=20)
    assert QUEUE in backend.printer_names()
    services.printing.attach(backend)
    services.settings.set("print.ticket_printer", QUEUE)
    doc = services.handouts.ticket(_view(ticket_uuid=TICKET_UUID))
    job = services.printing.print_document(doc)
    assert job.status == "printed", job.error
    assert job.paper_confirmed is True and job.printer_name == QUEUE
    received = _wait_for_file(cups_queue.out_file)
    assert pdfcheck.qr_codes(received) == [TICKET_UUID]
    # The 80 mm roll reached the driver as 80 mm (a size it takes), not as the Letter it falls back to.
    import io

    from pypdf import PdfReader

    box = PdfReader(io.BytesIO(received)).pages[0].mediabox
    assert abs(float(box.width) * 25.4 / 72 - 80) < 3, f"page is {float(box.width) * 25.4 / 72:.0f} mm wide"


def test_stopped_cups_queue_fails_in_vietnamese_then_retry_prints(
    qapp: object, services: Services, cups_queue: CupsServer
) -> None:
    services.printing.attach(QtPrinterBackend(wait_s=20))
    cups_queue.disable("Hết giấy")
    job = services.printing.print_document(services.handouts.ticket(_view(ticket_uuid=TICKET_UUID)), printer_name=QUEUE)
    assert job.status == "failed" and job.paper_confirmed is False
    assert job.error == f"Máy in '{QUEUE}' chưa in được: hàng đợi in đang tạm dừng (Hết giấy). Xin kiểm tra rồi in lại."
    assert [j.id for j in services.printing.pending()] == [job.id]
    assert not [j for j in cups.jobs(QUEUE) or [] if j[1] not in cups.TERMINAL]  # nothing left half-sent

    cups_queue.enable()
    again = services.printing.retry(job.id)
    assert again.status == "printed" and again.paper_confirmed is True and again.attempts == 2
    assert pdfcheck.qr_codes(_wait_for_file(cups_queue.out_file)) == [TICKET_UUID]
    assert services.printing.pending() == []


def test_job_cups_still_holds_is_unconfirmed_never_printed(
    qapp: object, services: Services, cups_queue: CupsServer
) -> None:
    from kiosk.cli.print_cmd import STATE_NAMES

    cups_queue.hold_new_jobs()
    try:
        # The wait is a deadline, not a pause: the job never moves, so the whole wait passes.
        services.printing.attach(QtPrinterBackend(wait_s=2))
        job = services.printing.print_document(
            services.handouts.ticket(_view(ticket_uuid=TICKET_UUID)), printer_name=QUEUE
        )
        held = [j for j in cups.jobs(QUEUE) or [] if j[1] not in cups.TERMINAL]
        assert [state for _, state, _ in held] == ["pending-held"]
        assert job.state == "unconfirmed" and job.unconfirmed and job.paper_confirmed is not True
        assert "đã in" not in STATE_NAMES[job.state] and "chưa xác nhận" in STATE_NAMES[job.state]
        assert [j.id for j in services.printing.pending()] == [job.id]  # the desk's print tab shows it
        confirmed = services.printing.confirm_paper(job.id)
        assert confirmed.state == "confirmed" and services.printing.pending() == []
    finally:
        for job_id, state, _ in cups.jobs(QUEUE) or []:
            if state not in cups.TERMINAL:
                cups.cancel_job(QUEUE, job_id)
        cups_queue.hold_new_jobs(False)


def test_printing_runs_off_the_ui_thread(qapp: object, qtbot, services: Services, cups_queue: CupsServer) -> None:
    import threading

    from kiosk.ui import worker

    services.printing.attach(QtPrinterBackend(wait_s=20))
    ui_thread = threading.get_ident()
    seen: dict[str, object] = {}

    def work() -> object:
        seen["thread"] = threading.get_ident()
        return services.printing.print_document(services.handouts.apps(), printer_name=QUEUE)

    worker.run_task(None, work, on_done=lambda job: seen.setdefault("job", job))
    qtbot.waitUntil(lambda: "job" in seen, timeout=30_000)
    assert seen["thread"] != ui_thread
    assert seen["job"].status == "printed" and seen["job"].paper_confirmed is True


def test_job_stuck_behind_a_stopped_printer_is_taken_back(qapp: object, cups_queue: CupsServer, tmp_path: Path) -> None:
    """The printer stops after the job was handed over (paper ran out mid-queue): the job is cancelled in CUPS,
    so a retry cannot print it twice, and the reason comes back in Vietnamese."""
    pdf = tmp_path / "t.pdf"
    pdf.write_bytes(render_ticket(_view(ticket_uuid=TICKET_UUID)))
    key = "f" * 32
    cups_queue.disable("Kẹt giấy")
    cups_queue.run("lp", "-d", QUEUE, "-t", f"kiosk-{key[:12]} phieu a012", str(pdf))
    # Its id while CUPS still knows its name: once a job has ended, CUPS may keep it without its attributes.
    held = cups.find_job(QUEUE, f"kiosk-{key[:12]}")
    assert held is not None and held[1] != "canceled"
    request = PrintRequest(pdf.read_bytes(), "Phiếu A012", key, "ticket", True)
    with pytest.raises(PrinterError, match=r"hàng đợi in đang tạm dừng \(Kẹt giấy\)"):
        QtPrinter(QUEUE, wait_s=10)._follow(request)
    states = [state for job_id, state, _ in cups.jobs(QUEUE) or [] if job_id == held[0]]
    assert states == ["canceled"]
