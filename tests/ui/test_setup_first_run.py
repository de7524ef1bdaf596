"""The first start: wizard first, then the role; the try-out on sample data, marked everywhere; a printer that
disappears after the wizard."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from kiosk.app import Services
from kiosk.db import models as m
from kiosk.services.sample import SAMPLE_LINE, TRYOUT_FILE, TRYOUT_FOLDER
from kiosk.services.tally.exports import render_pdf, render_xlsx
from kiosk.ui import worker
from kiosk.ui.adapters.qt_printer import QtPrinterBackend
from kiosk.ui.app import make_application, show_role_windows
from kiosk.ui.setup.first_run import FirstRun
from kiosk.ui.widgets.sample_band import SampleBand
from tests.helpers import pdfcheck
from tests.ui.citizen_helpers import open_kiosk, print_jobs, tickets
from tests.ui.setup_helpers import (
    TICKET_PRINTER,
    StandInPrinters,
    choose,
    count,
    go_to,
    is_set_up,
    nothing_saved,
    page_slug,
    tap,
)

pytestmark = pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing the keyboard")


@pytest.fixture(autouse=True)
def inline() -> Iterator[None]:
    worker.run_inline(True)
    yield
    worker.run_inline(False)


def _first_run(qtbot: QtBot, services: Services, role: str = "desk") -> FirstRun:
    make_application()
    flow = FirstRun(services, lambda s, leave: show_role_windows(s, role, 1, True, leave))
    qtbot.addWidget(flow.wizard)
    flow.start()
    qtbot.waitExposed(flow.wizard)
    qtbot.waitUntil(lambda: bool(flow.wizard.counters.counter_rows), timeout=5000)
    return flow


def _keep(qtbot: QtBot, windows: list[QWidget]) -> None:
    for window in windows:
        qtbot.addWidget(window)


def test_the_wizard_comes_first_then_the_role_that_was_asked_for(qtbot: QtBot, fresh_services: Services) -> None:
    flow = _first_run(qtbot, fresh_services, role="desk")
    assert flow.windows == [] and flow.wizard.isVisible()
    go_to(qtbot, flow.wizard, "summary")
    with qtbot.waitSignal(flow.wizard.completed, timeout=10_000):
        tap(qtbot, flow.wizard.next)
    _keep(qtbot, flow.windows)
    assert is_set_up(fresh_services)
    [desk] = flow.windows
    assert type(desk).__module__.startswith("kiosk.ui.desk") and desk.isVisible()
    assert not flow.wizard.isVisible()
    assert desk.findChild(SampleBand) is None  # the real database: no sample mark


def test_a_village_point_opens_its_role_on_that_point_and_the_pc_remembers_it(
    qtbot: QtBot, fresh_services: Services
) -> None:
    from kiosk.config import POINT_FILE

    flow = _first_run(qtbot, fresh_services, role="desk")
    go_to(qtbot, flow.wizard, "villages")
    flow.wizard.villages.name.setText("Thôn Bắc Sơn")
    tap(qtbot, flow.wizard.villages.add_button)
    go_to(qtbot, flow.wizard, "point")
    tap(qtbot, flow.wizard.point.choices["village_point"])
    go_to(qtbot, flow.wizard, "summary")
    with qtbot.waitSignal(flow.wizard.completed, timeout=10_000):
        tap(qtbot, flow.wizard.next)
    _keep(qtbot, flow.windows)
    assert flow.point_services is not None and flow.point_services.config.point_code == "TH-BAC-SON"
    assert (fresh_services.config.data_dir / POINT_FILE).read_text(encoding="utf-8").strip() == "TH-BAC-SON"
    assert flow.point_services.queue.issue("A", enforce_hours=False).code == "A001"  # the village point's queue
    flow.close()


def test_try_out_opens_a_marked_sample_database_and_never_touches_the_real_one(
    qtbot: QtBot, fresh_services: Services, tmp_path: Path
) -> None:
    real = fresh_services
    settings_before = count(real, m.Setting)
    flow = _first_run(qtbot, real, role="kiosk")
    tap(qtbot, flow.wizard.commune.try_button)
    qtbot.waitUntil(lambda: bool(flow.windows), timeout=60_000)
    _keep(qtbot, flow.windows)
    tryout = flow.tryout
    assert tryout is not None
    assert Path(tryout.config.db_url.removeprefix("sqlite:///")) == tmp_path / "data" / TRYOUT_FOLDER / TRYOUT_FILE
    [kiosk] = flow.windows
    band = kiosk.findChild(SampleBand)
    assert band is not None and band.isVisible() and band.text.text() == SAMPLE_LINE
    assert band.geometry().top() == 0 and band.width() == kiosk.width()

    # Every print and report on the try-out database says so.
    ticket = tryout.queue.issue("A", enforce_hours=False)
    paper = pdfcheck.flat_text(tryout.handouts.ticket_by_code(ticket.code).pdf)
    assert "DỮ LIỆU MẪU" in paper and "xã Tân Phú" in paper
    assert "DỮ LIỆU MẪU" in pdfcheck.flat_text(tryout.handouts.apps("a6").pdf)
    assert "DỮ LIỆU MẪU" in pdfcheck.flat_text(tryout.handouts.channels().pdf)
    slug = tryout.handouts.guides()[0].slug
    assert "DỮ LIỆU MẪU" in pdfcheck.flat_text(tryout.handouts.guide(slug).pdf)
    tally = tryout.tally.month("2026-11")
    assert "DỮ LIỆU MẪU" in pdfcheck.flat_text(render_pdf(tally))
    book = load_workbook(io.BytesIO(render_xlsx(tally)))
    assert all(SAMPLE_LINE in str(sheet.cell(row=2, column=1).value) for sheet in book.worksheets)

    # The real database: untouched, still waiting for its setup.
    assert nothing_saved(real) and count(real, m.Ticket) == 0 and count(real, m.Setting) == settings_before

    # The band's way back: the wizard again, the sample windows gone.
    assert band.leave is not None
    tap(qtbot, band.leave)
    assert flow.wizard.isVisible() and flow.windows == [] and flow.tryout is None
    assert page_slug(flow.wizard) == "commune"


def test_a_real_database_prints_no_sample_mark(services: Services) -> None:
    ticket = services.queue.issue("A", enforce_hours=False)
    assert "DỮ LIỆU MẪU" not in pdfcheck.flat_text(services.handouts.ticket_by_code(ticket.code).pdf)
    assert "DỮ LIỆU MẪU" not in pdfcheck.flat_text(render_pdf(services.tally.month("2026-11")))


def test_any_process_on_a_sample_database_shows_the_band(qtbot: QtBot, services: Services) -> None:
    """The mark comes from the database: `kiosk demo` fills it, and a window opened later (another process, no
    wizard, no flag) shows the band without a way back (there is no wizard to go back to)."""
    from kiosk.services.demo import DemoGenerator

    DemoGenerator(services.sessions, services.clock).generate(3, 1)
    make_application()
    windows = show_role_windows(services, "display", None, True)
    _keep(qtbot, windows)
    band = windows[0].findChild(SampleBand)
    assert band is not None and band.isVisible() and band.leave is None


def test_a_printer_that_disappears_after_the_wizard(qtbot: QtBot, fresh_services: Services) -> None:
    """Chosen in the wizard, unplugged before the first ticket: the number is on screen with the print failure."""
    services = fresh_services
    services.printing.attach(StandInPrinters(TICKET_PRINTER))
    flow = _first_run(qtbot, services, role="kiosk")
    go_to(qtbot, flow.wizard, "printers")
    choose(qtbot, flow.wizard.printers.boxes["ticket"], TICKET_PRINTER)
    go_to(qtbot, flow.wizard, "summary")
    with qtbot.waitSignal(flow.wizard.completed, timeout=10_000):
        tap(qtbot, flow.wizard.next)
    _keep(qtbot, flow.windows)
    assert services.settings.get("print.ticket_printer") == TICKET_PRINTER

    services.printing.attach(QtPrinterBackend())  # the system's real printers: that one is not there any more
    kiosk = open_kiosk(qtbot, services)
    tap(qtbot, kiosk.home.tiles["A"])
    [ticket] = tickets(services)
    assert kiosk.current_page() is kiosk.ticket_page and kiosk.ticket_page.code_label.text() == ticket.code
    [job] = print_jobs(services)
    assert job.status == "failed" and f"Không thấy máy in '{TICKET_PRINTER}'" in (job.error or "")
    qtbot.waitUntil(lambda: kiosk.ticket_page.print_state == "failed", timeout=5000)
    status = kiosk.ticket_page.status.text()
    assert status == f"Máy in đang lỗi — xin ghi nhớ số {ticket.code} hoặc chụp ảnh màn hình này."
    with services.sessions() as session:
        assert session.scalar(select(m.Point.commune_name).where(m.Point.code == "XA")) == "UBND xã Minh Quang"
