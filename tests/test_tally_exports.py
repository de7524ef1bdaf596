"""Exports read back: JSON keys (the contract), CSV with a BOM, XLSX with openpyxl, PDF with pdftotext/pdffonts."""

from __future__ import annotations

import csv
import io
import json
import subprocess
from datetime import datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook

from kiosk.app import Services
from kiosk.services.tally import Period, Tally
from tests.helpers.tally_data import D1, D2, build_commune


@pytest.fixture
def commune(services: Services) -> Services:
    build_commune(services)
    services.tally.add_official(
        code="ty_le_truc_tuyen",
        name="Tỷ lệ hồ sơ trực tuyến (Quyết định 766)",
        period_from=Period.parse_month("2026-11").start,
        period_to=Period.parse_month("2026-11").end,
        value="79,3%",
        source="Cổng DVC tỉnh, báo cáo tháng",
        source_date=D2,
    )
    return services


@pytest.fixture
def month(commune: Services) -> Tally:
    return commune.tally.month("2026-11")


def _rates(node: object, path: str = "") -> list[tuple[str, object]]:
    found = []
    if isinstance(node, dict):
        for key, value in node.items():
            if key.endswith("rate") or key == "participation":
                found.append((f"{path}.{key}", value))
            found.extend(_rates(value, f"{path}.{key}"))
    return found


def test_json_keeps_the_contract(commune: Services, month: Tally) -> None:
    data = json.loads(commune.tally.render(month, "json"))
    # The month is in progress on the 24th: its figures run until that day (a key added, none renamed).
    assert data["period"] == {"from": "2026-11-01", "to": "2026-11-30", "kind": "month", "until": "2026-11-24"}
    q = data["queue"]
    assert {"issued", "served", "no_show", "wait_min", "service_min", "by_service", "by_hour"} <= set(q)
    assert set(q["wait_min"]) >= {"mean", "median", "p90"} and set(q["service_min"]) >= {"mean", "median", "p90"}
    a = data["assist"]
    assert {"helped", "online", "in_person", "postal", "online_rate", "not_submitted_by_reason", "by_procedure"} <= set(
        a
    )
    assert {"ratings", "satisfied", "rate"} <= set(data["satisfaction"])
    assert {"apps", "by_village", "by_member"} <= set(data)
    rates = _rates(data)
    assert len(rates) > 20
    assert all(v is None or (isinstance(v, float | int) and 0 <= v <= 1) for _, v in rates), rates


def test_csv_has_a_bom_and_numbers(commune: Services) -> None:
    payload = commune.tally.render(commune.tally.day(D1), "csv")
    assert payload.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(payload.decode("utf-8-sig"))))
    assert rows[0][0] == "Trung tâm Phục vụ hành chính công xã Tân Phú"
    by_label = {r[0]: r for r in rows if len(r) >= 2}
    assert by_label["Nộp trực tuyến"][1] == "2"
    assert by_label["Tỷ lệ nộp trực tuyến tại điểm"][1:] == ["0.5", "2/4"]
    assert by_label["Tỷ lệ hài lòng"][1] == "0.75"
    assert any(r and r[0] == "Số liệu chính thức (nhập tay)" for r in rows)


def test_xlsx_reads_back_with_types(commune: Services, month: Tally, tmp_path: Path) -> None:
    path = commune.tally.export(month, "xlsx", tmp_path)
    assert path.name == "tong-hop-so-lieu-2026-11.xlsx"
    book = load_workbook(path)
    # Few sheets: LibreOffice starts each sheet on a new page (tests/test_report_exports.py counts the pages).
    assert book.sheetnames == [
        "Tổng hợp",
        "Theo thôn, thành viên, điểm",
        "Theo ngày",
        "Số liệu chính thức",
    ]
    assist = book["Tổng hợp"]
    cells = {row[0].value: row for row in assist.iter_rows() if row[0].value}
    online = cells["Nộp trực tuyến"][1]
    assert online.value == 3 and isinstance(online.value, int)
    rate = next(row for label, row in cells.items() if str(label).startswith("Tỷ lệ nộp trực tuyến tại điểm"))
    assert rate[1].value == pytest.approx(0.6) and rate[1].number_format == "0.0%"
    assert rate[2].value == "3/5"
    days = book["Theo ngày"]
    first = next(row for row in days.iter_rows() if isinstance(row[0].value, datetime))
    assert first[0].value == datetime(2026, 11, 1) and first[0].number_format == "DD/MM/YYYY"
    d1 = next(row for row in days.iter_rows() if row[0].value == datetime(2026, 11, 23))
    assert [c.value for c in d1[1:4]] == [7, 4, 2]
    assert days.column_dimensions["A"].width >= 12
    villages = book["Theo thôn, thành viên, điểm"]
    bac_son = next(row for row in villages.iter_rows() if row[0].value == "Thôn Bắc Sơn")
    assert bac_son[7].value == "—"  # no submissions: the rate is a dash, not 0%
    official = book["Số liệu chính thức"]
    values = [c.value for row in official.iter_rows() for c in row]
    assert "79,3%" in values and "Cổng DVC tỉnh, báo cáo tháng" in values
    assert book["Số liệu chính thức"]["A1"].value == "Số liệu chính thức (nhập tay)"


def test_pdf_report_reads_back(commune: Services, month: Tally, tmp_path: Path) -> None:
    path = commune.tally.export(month, "pdf", tmp_path)
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, check=True, text=True).stdout
    for expected in (
        "UBND XÃ TÂN PHÚ",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "BÁO CÁO",
        "Kết quả hỗ trợ người dân tại điểm tháng 11/2026",
        "(từ 01/11/2026 đến 24/11/2026)",  # in progress on the 24th (test_report_layout.py checks the layout)
        "SỐ LIỆU HỖ TRỢ TẠI ĐIỂM",
        "SỐ LIỆU CHÍNH THỨC (NHẬP TAY)",
        "Cổng DVC tỉnh",
        "79,3%",
        "60,0%",
        "3/5",
        "Nơi nhận:",
        "CHỦ TỊCH",
        "Tân Phú, ngày 24 tháng 11 năm 2026",
        "Số người đến theo giờ",
    ):
        assert expected in text, expected
    assert text.index("SỐ LIỆU HỖ TRỢ TẠI ĐIỂM") < text.index("SỐ LIỆU CHÍNH THỨC (NHẬP TAY)")
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, check=True, text=True).stdout
    rows = fonts.splitlines()[2:]
    assert rows and all("NotoSans" in r for r in rows), fonts
    assert all(r.split()[-5] == "yes" for r in rows), fonts  # every font embedded
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, check=True, text=True).stdout
    assert "595.276 x 841.89" in info  # A4


def test_table_for_the_terminal(commune: Services) -> None:
    text = commune.tally.render(commune.tally.day(D1), "table").decode()
    assert "TỔNG HỢP SỐ LIỆU – NGÀY 23/11/2026" in text
    line = next(line for line in text.splitlines() if "Tỷ lệ nộp trực tuyến tại điểm" in line)
    assert "50,0%" in line and "2/4" in line
    assert "Thời gian chờ: phân vị 90 (phút)" in text
