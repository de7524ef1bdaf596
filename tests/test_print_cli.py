"""`kiosk print ...` end to end through the command line entry point (real database in the test's data dir)."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from kiosk.app import Services, build_services
from kiosk.cli import main
from kiosk.clock import business_date
from kiosk.config import load_config
from kiosk.db import models as m
from kiosk.paths import CATALOGUE_DIR
from tests.helpers import pdfcheck
from tests.test_handouts import FIXTURE_GUIDES, GUIDE


@pytest.fixture
def cli_services(from_template: Callable[[str], str]) -> Iterator[Services]:
    from_template(load_config().db_url)  # the default database in KIOSK_DATA_DIR, which the CLI calls below use
    services = build_services(load_config())
    yield services
    services.close()


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_print_ticket_by_code_to_a_file(cli_services: Services, capsys, tmp_path: Path) -> None:
    now = cli_services.clock.now()
    with cli_services.sessions.begin() as session:
        point = session.scalar(select(m.Point).where(m.Point.code == "XA"))
        service = session.scalar(select(m.QueueService).where(m.QueueService.prefix == "B"))
        ticket = m.Ticket(
            point_id=point.id,
            service_id=service.id,
            number=7,
            code="B007",
            business_date=business_date(now),
            status="waiting",
            issued_at=now,
            queued_at=now,
        )
        session.add(ticket)
        session.flush()
        ticket_uuid = str(ticket.uuid)
    out = tmp_path / "ticket.pdf"
    code, stdout, _ = _run(capsys, "print", "ticket", "B007", "--out", str(out))
    assert code == 0 and "Đã lưu Phiếu số thứ tự B007" in stdout
    assert pdfcheck.qr_codes(out.read_bytes()) == [ticket_uuid]
    assert "Chứng thực" in pdfcheck.flat_text(out.read_bytes())

    code, _, err = _run(capsys, "print", "ticket", "Z999", "--out", str(out))
    assert code == 2 and err.startswith("Không có phiếu số Z999 trong ngày") and "Traceback" not in err


def test_print_handouts_and_guides(cli_services: Services, capsys, tmp_path: Path) -> None:
    code, _, err = _run(capsys, "print", "handout", "channels", "--out", str(tmp_path / "c.pdf"))
    assert code == 2 and "chưa khai báo kênh liên hệ nào" in err
    cli_services.settings.set("office.website", "https://tanphu.example.gov.vn")
    code, _, _ = _run(capsys, "print", "handout", "channels", "--out", str(tmp_path / "c.pdf"))
    assert code == 0 and pdfcheck.qr_codes((tmp_path / "c.pdf").read_bytes()) == ["https://tanphu.example.gov.vn"]

    code, _, err = _run(capsys, "print", "handout", "dossier", "--out", str(tmp_path / "d.pdf"))
    assert code == 2 and "Cần mã hồ sơ" in err
    code, _, _ = _run(capsys, "print", "handout", "dossier", "--code", "H19-0001", "--out", str(tmp_path / "d.pdf"))
    assert code == 0 and "H19-0001" in pdfcheck.flat_text((tmp_path / "d.pdf").read_bytes())

    code, _, _ = _run(capsys, "print", "handout", "apps", "--size", "a6", "--out", str(tmp_path / "a.pdf"))
    assert code == 0 and len(pdfcheck.qr_codes((tmp_path / "a.pdf").read_bytes())) >= 5

    cli_services.catalogue.import_shipped(CATALOGUE_DIR, FIXTURE_GUIDES)
    code, stdout, _ = _run(capsys, "print", "guide", "--list")
    assert code == 0 and GUIDE in stdout and "(kiểm tra 01/11/2026)" in stdout
    code, _, _ = _run(capsys, "print", "guide", GUIDE, "--size", "a5", "--out", str(tmp_path / "g.pdf"))
    assert code == 0 and {round(w) for w, _ in pdfcheck.page_sizes_mm((tmp_path / "g.pdf").read_bytes())} == {148}


def test_print_jobs_retry_and_cancel(cli_services: Services, capsys) -> None:
    code, stdout, _ = _run(capsys, "print", "handout", "apps")  # no printer chosen: saved in the PDF folder
    assert code == 0 and "Đã lưu lệnh in #1" in stdout
    saved = Path(stdout.strip().rsplit(" ", 1)[-1])
    assert saved.is_file() and saved.parent == cli_services.config.data_dir / "printed-pdf"

    cli_services.settings.set("print.sheet_printer", "XP-80C")
    cli_services.printing.print_document(cli_services.handouts.apps("a6"))  # fails: no driver attached here
    code, stdout, _ = _run(capsys, "print", "jobs", "--json")
    jobs = json.loads(stdout)
    assert [(j["id"], j["status"], j["printer"]) for j in jobs] == [(2, "failed", "XP-80C"), (1, "printed", "Lưu PDF")]
    assert "máy in 'XP-80C'" in jobs[0]["error"]
    code, stdout, _ = _run(capsys, "print", "jobs", "--pending")
    assert code == 0 and "#2" in stdout and "lỗi – chờ in lại" in stdout and "#1 " not in stdout

    code, stdout, _ = _run(capsys, "print", "retry", "2", "--printer", "")
    assert code == 0 and "Đã lưu lệnh in #2" in stdout
    code, _, err = _run(capsys, "print", "cancel", "2")
    assert code == 3 and "không huỷ được" in err
    code, _, err = _run(capsys, "print", "retry", "42")
    assert code == 2 and "Không có lệnh in số 42" in err
