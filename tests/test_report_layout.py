"""The tally PDF as an administrative report (Decree 30/2020/NĐ-CP), read back with pdftotext and pypdf.

Header lines, "Số: …/BC-…" with a blank when unset, "Kính gửi", sections I, II, III with 1., 2., "Nơi nhận",
a month in progress titled up to the day it was made; tables never leave fewer than 3 rows alone on a page and
the signature never stands alone (checked on synthetic tables at every height a page can leave them).
"""

from __future__ import annotations

import io
import re
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.platypus import Spacer

from kiosk.app import Services
from kiosk.services.tally import Period, Tally
from kiosk.services.tally.exports import pdf_parts as pp
from kiosk.services.tally.exports.layout import Column
from kiosk.services.tally.exports.layout import Table as ReportTable
from kiosk.services.tally.exports.pdf_flow import MIN_ROWS, plan_split
from tests.helpers.tally_data import D1, build_commune


def _pages(payload: bytes) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(io.BytesIO(payload)).pages]


def _layout_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, check=True, text=True).stdout


@pytest.fixture
def commune(services: Services) -> Services:
    build_commune(services)
    return services


def test_month_report_has_the_administrative_layout(commune: Services, tmp_path: Path) -> None:
    path = commune.tally.export(commune.tally.month("2026-11"), "pdf", tmp_path)
    text = _layout_text(path)
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    # Issuing body and national motto side by side, on the same lines.
    assert re.search(r"UBND XÃ TÂN PHÚ\s{3,}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", text)
    assert re.search(r"TRUNG TÂM PHỤC VỤ HÀNH CHÍNH\s{3,}Độc lập - Tự do - Hạnh phúc", text)
    # No number set: a blank to fill by hand before the symbol; place and date beside it.
    assert re.search(r"Số:\s{4,}/BC-UBND\s{3,}Tân Phú, ngày 24 tháng 11 năm 2026", text)
    assert "BÁO CÁO" in lines
    # The clock says 24 November: the month is in progress and titled up to that day.
    assert "Kết quả hỗ trợ người dân tại điểm tháng 11/2026" in lines
    assert "(từ 01/11/2026 đến 24/11/2026)" in lines
    assert any(line.startswith("Kính gửi: ……") for line in lines)
    headings = [line for line in lines if re.match(r"^[IVX]+\. [A-ZÀ-Ỹ]", line)]
    numerals = [h.split(".")[0] for h in headings]
    assert numerals == ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI"][: len(numerals)]
    assert len(numerals) >= 9 and headings[-1] == "X. SỐ LIỆU CHÍNH THỨC (NHẬP TAY)"
    assert {"1. Chỉ tiêu chính", "2. Biểu đồ", "2. Theo lĩnh vực"} <= set(lines)
    assert not any(re.match(r"^[AB]\. ", line) for line in lines)  # no more A / B parts
    assert "Nơi nhận:" in text and "- Như trên;" in text and "- Lưu: VT." in text
    assert "TM. ỦY BAN NHÂN DÂN" in text and "CHỦ TỊCH" in text
    # No future day: the by-day table stops on the 24th.
    assert "24/11/2026" in text and "25/11/2026" not in text and "30/11/2026" not in text


def test_settings_fill_the_header_and_signature(commune: Services, tmp_path: Path) -> None:
    for key, value in {
        "report.number": "12",
        "report.symbol": "BC-TTPVHCC",
        "report.recipient": "Sở Khoa học và Công nghệ tỉnh Đồng Nai",
        "report.signer_authority": "KT. GIÁM ĐỐC",
        "report.signer_title": "Phó Giám đốc",
        "report.signer_name": "Trần Văn Bình",
        "report.copies_to": "Như trên; UBND xã (b/c); Lưu: VT, TTPVHCC",
    }.items():
        commune.settings.set(key, value)
    commune.clock.set(commune.clock.now().replace(day=28, month=12))  # type: ignore[attr-defined]
    text = _layout_text(commune.tally.export(commune.tally.month("2026-11"), "pdf", tmp_path))
    assert "Số: 12/BC-TTPVHCC" in text
    assert "Kính gửi: Sở Khoa học và Công nghệ tỉnh Đồng Nai" in text
    assert "KT. GIÁM ĐỐC" in text and "PHÓ GIÁM ĐỐC" in text and "Trần Văn Bình" in text
    assert "- UBND xã (b/c);" in text and "- Lưu: VT, TTPVHCC." in text
    # A month over when the report is made: the whole month, every day listed.
    assert "(từ 01/11/2026 đến 30/11/2026)" in text and "30/11/2026" in text


def test_a_year_and_an_empty_month_render(commune: Services, tmp_path: Path) -> None:
    year = commune.tally.compute(Period.year(2026))
    text = _layout_text(commune.tally.export(year, "pdf", tmp_path))
    assert "Kết quả hỗ trợ người dân tại điểm năm 2026" in text and "(từ 01/01/2026 đến 24/11/2026)" in text
    assert "THEO THÁNG" in text and "11/2026" in text and "THEO NGÀY" not in text
    empty = commune.tally.month("2026-01")
    text = _layout_text(commune.tally.export(empty, "pdf", tmp_path))
    assert "(từ 01/01/2026 đến 31/01/2026)" in text
    assert "Không có số liệu để vẽ biểu đồ trong kỳ." in text


def test_codes_never_break_inside_a_word(services: Services) -> None:
    b = build_commune(services)
    assert "LUU-DONG" in b.ids.points
    b.record(D1, helpers=["M1"], point="LUU-DONG", items=[{"topic": "kn4_an_toan", "outcome": "done"}])
    pages = _pages(services.tally.render(services.tally.month("2026-11"), "pdf"))
    words = set(" ".join(pages).split())
    assert "TH-DONG" in words and "LUU-DONG" in words  # point codes, each one piece
    assert not any(w in words for w in ("TH-DON", "LUU-DON", "LUU-", "TH-"))


@pytest.mark.parametrize(
    ("body", "fit", "expected"),
    [(2, 1, 0), (5, 4, 0), (6, 2, 0), (6, 3, 3), (6, 5, 3), (40, 30, 30), (40, 39, 37), (10, 10, 10)],
)
def test_split_plan(body: int, fit: int, expected: int) -> None:
    assert plan_split(body, fit) == expected


def _table(tag: str, n: int) -> ReportTable:
    return ReportTable(
        tag,
        f"Bảng {tag}",
        [Column("Dòng", "text", 30), Column("Giá trị", "int", 10)],
        [[f"{tag}R{i:02d}", i] for i in range(n)],
    )


@pytest.mark.parametrize("n", [2, 4, 5, 6, 7, 12, 45])
def test_no_table_leaves_fewer_than_three_rows_on_a_page(n: int) -> None:
    """At every height a page can leave a table (filler in steps of 17 pt), its rows per page are 0 or ≥ 3,
    its heading is on the page of its first row, and the signature is on a page with the last table's rows."""
    st = pp.Styles()
    for filler in range(0, int(pp.FRAME_HEIGHT) - 40, 17):
        story = [Spacer(1, filler)]
        story.extend(pp.section_blocks(0, "Phần thử", [_table("T", n)], st))
        story.extend(pp.section_blocks(1, "Phần cuối", [_table("Z", 4)], st))
        story = pp.keep_with_signature(story, pp.signature(st, {"signer_name": "Người Ký Thử"}))
        pages = _pages(pp.build(story, title="thử", author="thử", footer_note="thử"))
        for tag, rows, heading in (("T", n, "I. PHẦN THỬ"), ("Z", 4, "II. PHẦN CUỐI")):
            counts = [len(re.findall(rf"\b{tag}R\d\d\b", page)) for page in pages]
            assert sum(counts) == rows, (filler, counts)
            assert all(c == 0 or c >= min(MIN_ROWS, rows) for c in counts), (filler, tag, counts)
            # The header row is repeated on every page the table runs onto.
            assert all(page.count("Giá trị") >= 1 for page, c in zip(pages, counts, strict=True) if c), filler
            first = next(i for i, c in enumerate(counts) if c)
            assert heading in pages[first], (filler, tag)
        signed = next(i for i, page in enumerate(pages) if "Người Ký Thử" in page)
        assert "Nơi nhận:" in pages[signed]
        assert len(re.findall(r"\bZR\d\d\b", pages[signed])) >= 3, (filler, signed)


def test_signature_is_never_alone_on_the_last_page(commune: Services) -> None:
    for tally in (commune.tally.month("2026-11"), commune.tally.compute(Period.year(2026))):
        pages = _pages(commune.tally.render(tally, "pdf"))
        last = pages[-1]
        assert "Nơi nhận:" in last and "CHỦ TỊCH" in last
        body = last.split("Nơi nhận:")[0]
        assert re.search(r"\d", body.replace("Trang", "")), "the last page holds figures above the signature"


def test_a_month_in_progress_lists_no_future_day(commune: Services) -> None:
    tally: Tally = commune.tally.month("2026-11")
    assert tally.in_progress and tally.until.isoformat() == "2026-11-24"
    assert list(tally.data["by_day"])[-1] == "2026-11-24"
