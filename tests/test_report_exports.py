"""Spreadsheets that print and CSV a Vietnamese-locale spreadsheet opens: XLSX print set-up read back with openpyxl
and printed by LibreOffice headless (page count against our PDF), the two CSV styles, `--csv-style` and its setting.
"""

from __future__ import annotations

import csv
import io
import shutil
import subprocess
import uuid
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from kiosk.app import Services
from kiosk.cli import main
from kiosk.services.tally import Period, Tally
from tests.helpers.tally_data import D1, build_commune

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


@pytest.fixture
def commune(services: Services) -> Services:
    build_commune(services)
    services.settings.set("duty.allowance_per_day_vnd", 50_000)
    return services


def _pages(payload: bytes) -> int:
    return len(PdfReader(io.BytesIO(payload)).pages)


def test_every_sheet_is_set_up_to_print(commune: Services, tmp_path: Path) -> None:
    path = commune.tally.export(commune.tally.month("2026-11"), "xlsx", tmp_path)
    book = load_workbook(path)
    assert "Hỗ trợ tổ CNS" in book.sheetnames  # the allowance, a sheet of its own
    for ws in book.worksheets:
        setup = ws.page_setup
        assert int(setup.paperSize) == int(ws.PAPERSIZE_A4), ws.title
        assert setup.fitToWidth == 1 and setup.fitToHeight == 0, ws.title
        assert ws.sheet_properties.pageSetUpPr.fitToPage, ws.title
        assert ws.print_title_rows and ws.print_title_rows.startswith("$1:$"), ws.title
        assert ws.freeze_panes and ws.freeze_panes.startswith("A"), ws.title
    days = book["Theo ngày"]
    # One table: its header row repeats on each printed page, panes frozen below it.
    header = next(r[0].row for r in days.iter_rows() if r[0].value == "Ngày")
    assert days.print_title_rows == f"$1:${header}" and days.freeze_panes == f"A{header + 1}"
    assert days.page_setup.orientation == "portrait"
    # Widths from the content: the procedure names are wider than their heading, the codes narrow.
    procs = book["Tổng hợp"]
    assert procs.column_dimensions["B"].width > 40 and procs.column_dimensions["A"].width <= 62  # long labels wrap
    assert book["Tổng hợp"].print_title_rows == "$1:$3"  # many tables: the title lines repeat


def _soffice_pages(xlsx: Path, out: Path) -> int:
    profile = Path(f"/tmp/lo-{uuid.uuid4().hex}")
    try:
        subprocess.run(
            [
                str(SOFFICE),
                "--headless",
                f"-env:UserInstallation={profile.as_uri()}",
                "--convert-to",
                "pdf",
                "--outdir",
                str(out),
                str(xlsx),
            ],
            check=True,
            capture_output=True,
            timeout=240,
        )
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    return _pages((out / f"{xlsx.stem}.pdf").read_bytes())


@pytest.mark.skipif(
    SOFFICE is None, reason="LibreOffice (soffice) is not installed: apt-get install libreoffice-calc-nogui"
)
@pytest.mark.parametrize("kind", ["month", "year"])
def test_libreoffice_prints_the_workbook_in_at_most_twice_our_pages(
    commune: Services, tmp_path: Path, kind: str
) -> None:
    tally: Tally = commune.tally.month("2026-11") if kind == "month" else commune.tally.compute(Period.year(2026))
    ours = _pages(commune.tally.render(tally, "pdf"))
    xlsx = commune.tally.export(tally, "xlsx", tmp_path)
    printed = _soffice_pages(xlsx, tmp_path / "lo")
    print(f"{kind}: our PDF {ours} pages, LibreOffice's print of the XLSX {printed} pages")
    assert printed <= 2 * ours, (printed, ours)


def _rows(payload: bytes, delimiter: str) -> list[list[str]]:
    assert payload.startswith(b"\xef\xbb\xbf")
    return list(csv.reader(io.StringIO(payload.decode("utf-8-sig")), delimiter=delimiter))


def test_csv_styles(commune: Services) -> None:
    day = commune.tally.day(D1)
    standard = {r[0]: r for r in _rows(commune.tally.render(day, "csv", csv_style="standard"), ",") if r}
    assert standard["Tỷ lệ nộp trực tuyến tại điểm"][1:] == ["0.5", "2/4"]
    assert standard["Từ ngày"][1] == "2026-11-23"
    payload = commune.tally.render(day, "csv", csv_style="excel-vi")
    assert b";" in payload.splitlines()[0]
    vi = {r[0]: r for r in _rows(payload, ";") if r}
    assert vi["Tỷ lệ nộp trực tuyến tại điểm"][1:] == ["0,5", "2/4"]
    assert vi["Tỷ lệ hài lòng"][1] == "0,75"
    assert vi["Từ ngày"][1] == "23/11/2026"
    assert vi["Nộp trực tuyến"][1] == "2"
    # A name with a comma stays one field in both styles.
    assert len(vi["Tỷ lệ nộp trực tuyến tại điểm = trực tuyến ÷ (trực tuyến + trực tiếp + bưu chính)"]) == 3


def test_csv_style_default_is_a_setting_and_the_cli_overrides_it(
    commune: Services, sqlite_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", sqlite_url, "tally", "--date", "2026-11-23", "--format", "csv"]) == 0
    assert capsys.readouterr().out.splitlines()[0].count(",") >= 1
    commune.settings.set("report.csv_style", "excel-vi")
    assert main(["--db", sqlite_url, "tally", "--date", "2026-11-23", "--format", "csv"]) == 0
    out = capsys.readouterr().out
    assert "0,5;2/4" in out and "23/11/2026" in out
    args = ["--db", sqlite_url, "tally", "--date", "2026-11-23", "--format", "csv", "--csv-style", "standard"]
    assert main(args) == 0
    assert "0.5,2/4" in capsys.readouterr().out
    assert main([*args[:-1], "semicolon"]) == 2
    with pytest.raises(Exception, match="standard hoặc excel-vi"):
        commune.settings.set("report.csv_style", "tab")
