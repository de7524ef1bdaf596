"""The team's allowance: rate × duty days under yearly caps per member and per team, months in order; the
payment list (PDF read back), the CLI, and the section in the month and year tally exports. On SQLite and PostgreSQL.
"""

from __future__ import annotations

import json
import subprocess
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from kiosk.app import Services
from kiosk.cli import main
from kiosk.clock import FixedClock
from tests.conftest import prepared_services
from tests.helpers.tally_data import Builder, build_commune


@pytest.fixture
def team(db_url: str, tmp_path: Path, clock: FixedClock, from_template: Callable[[str], str]) -> Iterator[Services]:
    """The tally commune: in November M1 (Lê Thị Bình) has 2 duty days (23rd on two points, 24th), M2 has 1."""
    services = prepared_services(from_template(db_url), tmp_path, clock)
    build_commune(services)
    services.settings.set("duty.allowance_per_day_vnd", 50_000)
    yield services
    services.close()


def _lines(services: Services, year: int, month: int | None) -> dict[str, tuple[int, int, int, str]]:
    result = services.duty.allowance(year, month)
    return {line.name: (line.days, line.amount, line.paid, line.reason) for line in result.lines}


def test_no_cap_pays_rate_times_days(team: Services) -> None:
    lines = _lines(team, 2026, 11)
    assert lines == {"Lê Thị Bình": (2, 100_000, 100_000, ""), "Đỗ Văn Cường": (1, 50_000, 50_000, "")}


def test_member_and_team_caps_hit(team: Services) -> None:
    team.settings.set("duty.cap_member_year_vnd", 80_000)
    team.settings.set("duty.cap_team_year_vnd", 100_000)
    result = team.duty.allowance(2026, 11)
    lines = {line.name: line for line in result.lines}
    binh, cuong = lines["Lê Thị Bình"], lines["Đỗ Văn Cường"]
    # Member cap first: 100,000 → 80,000. Then the team's 100,000 shared 80:50, the odd đồng to the larger fraction.
    assert (binh.amount, binh.paid) == (100_000, 61_538)
    assert (cuong.amount, cuong.paid) == (50_000, 38_462)
    assert result.paid == 100_000 and result.team_left == 0
    assert "mỗi người 80.000 đ/năm" in binh.reason and "Tổ chạm mức tối đa 100.000 đ/năm" in binh.reason
    assert "mỗi người" not in cuong.reason and "Tổ chạm" in cuong.reason


def test_caps_are_yearly_and_months_pay_in_order(team: Services) -> None:
    b = Builder(team)
    b.ids.staff = {"M1": _staff_id(team, "Lê Thị Bình")}
    for day in (1, 2, 5):
        b.duty("M1", date(2026, 10, day))
    b.duty("M1", date(2025, 12, 30))  # another year: never counted against 2026
    team.settings.set("duty.cap_team_year_vnd", 200_000)
    october = team.duty.allowance(2026, 10)
    assert october.paid == 150_000 and october.team_left == 50_000
    november = team.duty.allowance(2026, 11)
    assert november.team_paid_before == 150_000
    paid = {line.name: line.paid for line in november.lines}
    assert paid == {"Lê Thị Bình": 33_333, "Đỗ Văn Cường": 16_667}  # 50,000 left, shared 100:50
    december = team.duty.allowance(2026, 12)
    assert december.lines == () and december.team_left == 0
    year = team.duty.allowance(2026)
    assert {line.name: (line.days, line.paid) for line in year.lines} == {
        "Lê Thị Bình": (5, 183_333),
        "Đỗ Văn Cường": (1, 16_667),
    }
    assert year.paid == 200_000 == october.paid + november.paid
    assert next(line.reason for line in year.lines if line.name == "Lê Thị Bình").startswith("Tháng 11: Tổ chạm")


def _staff_id(services: Services, name: str) -> int:
    return next(s.id for s in services.auth.list_staff() if s.name == name)


def test_payment_list_pdf_has_a_column_to_sign_and_the_signatures(team: Services, tmp_path: Path) -> None:
    team.settings.set("duty.cap_team_year_vnd", 120_000)
    team.settings.set("report.signer_name", "Phạm Văn Dũng")
    result = team.duty.allowance(2026, 11)
    path = tmp_path / "ds.pdf"
    path.write_bytes(team.duty.allowance_document(result, "pdf"))
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, check=True, text=True).stdout
    assert "DANH SÁCH" in text and "Chi hỗ trợ tổ công nghệ số cộng đồng tháng 11/2026" in text
    assert "Số:" in text and "/DS-UBND" in text
    assert "Ký nhận" in text and "NGƯỜI LẬP BIỂU" in text and "Phạm Văn Dũng" in text
    assert "80.000" in text and "40.000" in text and "120.000" in text  # 100:50 of 120,000
    assert "Kính gửi" not in text  # a payment list is not sent upward


def test_cli_table_json_and_files(
    team: Services, db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", db_url, "duty", "allowance", "--month", "2026-11"]) == 0
    out = capsys.readouterr().out
    assert "Lê Thị Bình" in out and "100.000" in out
    assert main(["--db", db_url, "duty", "allowance", "--year", "2026", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["paid"] == 150_000 and data["month"] is None and data["rate_per_day"] == 50_000
    xlsx = tmp_path / "ds.xlsx"
    assert (
        main(["--db", db_url, "duty", "allowance", "--month", "11/2026", "--format", "xlsx", "--out", str(xlsx)]) == 0
    )
    ws = load_workbook(xlsx).active
    assert ws.page_setup.fitToWidth == 1 and "Ký nhận" in [c.value for row in ws.iter_rows() for c in row]
    args = ["--db", db_url, "duty", "allowance", "--month", "2026-11", "--format", "csv", "--csv-style", "excel-vi"]
    assert main(args) == 0
    assert "Lê Thị Bình;2;100000;100000;;" in capsys.readouterr().out
    assert main(["--db", db_url, "duty", "allowance", "--month", "2026-13"]) == 2
    assert main(["--db", db_url, "duty", "allowance", "--month", "2026-11", "--format", "pdf"]) == 2
    assert "cần --out" in capsys.readouterr().err


def test_allowance_is_a_section_of_the_month_and_year_tally(team: Services, tmp_path: Path) -> None:
    team.settings.set("duty.cap_team_year_vnd", 120_000)
    month = team.tally.month("2026-11")
    assert month.data["allowance"]["paid"] == 120_000
    text = subprocess.run(
        ["pdftotext", "-layout", str(team.tally.export(month, "pdf", tmp_path)), "-"],
        capture_output=True,
        check=True,
        text=True,
    ).stdout
    assert "KINH PHÍ HỖ TRỢ TỔ CÔNG NGHỆ SỐ CỘNG ĐỒNG (THÁNG 11/2026)" in text
    book = load_workbook(team.tally.export(team.tally.year(2026), "xlsx", tmp_path))
    assert "Hỗ trợ tổ CNS" in book.sheetnames
    values = [c.value for row in book["Hỗ trợ tổ CNS"].iter_rows() for c in row]
    assert "Lê Thị Bình" in values and 120_000 in values
    assert team.tally.day(date(2026, 11, 23)).data["allowance"] is None  # a day report has no allowance
