"""Handouts read back from the PDF: Vietnamese text intact (NFC), fonts embedded, sizes, and every QR decoded."""

from __future__ import annotations

import unicodedata
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import yaml
from sqlalchemy import select

from kiosk.app import Services
from kiosk.clock import LOCAL_TZ, business_date
from kiosk.db import models as m
from kiosk.errors import InputError, NotFoundError
from kiosk.paths import CATALOGUE_DIR
from kiosk.services.documents.ticket import TicketView, render_ticket
from tests.helpers import pdfcheck

FIXTURE_GUIDES = Path(__file__).parent / "fixtures" / "guides"
GUIDE = "kich-hoat-vneid-mau"


def _assert_embedded(pdf: bytes) -> None:
    fonts = pdfcheck.fonts(pdf)
    assert fonts, "no font at all"
    assert all(f["emb"] == "yes" for f in fonts), fonts
    assert {f["name"].split("+")[-1] for f in fonts} <= {"NotoSans-Regular", "NotoSans-Bold"}, fonts


def _view(**changes: object) -> TicketView:
    values: dict[str, object] = {
        "code": "A012",
        "ticket_uuid": "3f2b8c1e-5d4a-4e8f-9b1c-2a7d6e0f4b35",
        "office_name": "Trung tâm Phục vụ hành chính công xã Tân Phú",
        "commune_name": "UBND xã Tân Phú",
        "service_name": "Tư pháp – Hộ tịch",
        "printed_at": datetime(2026, 11, 24, 9, 5, 7, tzinfo=LOCAL_TZ),
        "counters": (1, 2),
        "people_ahead": 4,
        "wait_minutes": 24,
        "priority_name": "Người cao tuổi",
    }
    values.update(changes)
    return TicketView(**values)  # type: ignore[arg-type]


# ---------------------------------------------------------------- ticket


def test_ticket_is_80mm_wide_fitted_and_reads_back() -> None:
    pdf = render_ticket(_view())
    [(width, height)] = pdfcheck.page_sizes_mm(pdf)
    assert width == pytest.approx(80, abs=0.05)
    assert 100 < height < 200  # fitted to the content, not an A4 or a 3 m roll form
    text = pdfcheck.flat_text(pdf)
    assert unicodedata.is_normalized("NFC", text)
    for phrase in (
        "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG XÃ TÂN PHÚ",
        "UBND xã Tân Phú",
        "SỐ THỨ TỰ",
        "A012",
        "Tư pháp – Hộ tịch",
        "Quầy số 1 hoặc 2",
        "ƯU TIÊN: Người cao tuổi",
        "Số người chờ trước: 4",
        "Dự kiến chờ: khoảng 24 phút",
        "In lúc: 24/11/2026 - 09:05:07",
        "Xin cảm ơn ông/bà!",
    ):
        assert phrase in text, phrase
    _assert_embedded(pdf)
    assert pdfcheck.qr_codes(pdf) == ["3f2b8c1e-5d4a-4e8f-9b1c-2a7d6e0f4b35"]


def test_ticket_number_is_the_largest_text_and_everything_is_black() -> None:
    pdf = render_ticket(_view(priority_name=None, people_ahead=0))
    sizes = pdfcheck.text_sizes(pdf)
    code_size = max(size for txt, size in sizes if txt == "A012")
    assert code_size >= 60
    assert all(size < code_size for txt, size in sizes if txt != "A012")
    text = pdfcheck.flat_text(pdf)
    assert "Không có ai chờ trước" in text and "ƯU TIÊN" not in text and "Dự kiến chờ" not in text
    # Thermal heads print no grey and lose hairlines: only pure black/white, no line under 1.5 pt.
    for op, values in pdfcheck.colour_operands(pdf):
        if op == "w":
            assert values[0] >= 1.5, values
        else:
            assert all(v in (0.0, 1.0) for v in values), (op, values)


def test_ticket_printed_at_is_local_time() -> None:
    # 02:30 UTC is 09:30 in Vietnam; the ticket shows what the wall clock says.
    pdf = render_ticket(_view(printed_at=datetime(2026, 11, 24, 2, 30, 0, tzinfo=UTC)))
    assert "In lúc: 24/11/2026 - 09:30:00" in pdfcheck.flat_text(pdf)


def _add_ticket(
    session, services: Services, code: str, minutes: int, *, priority: str | None = None, status: str = "waiting"
) -> m.Ticket:
    now = services.clock.now()
    point = session.scalar(select(m.Point).where(m.Point.code == "XA"))
    service = session.scalar(select(m.QueueService).where(m.QueueService.prefix == code[0]))
    at = now + timedelta(minutes=minutes)
    ticket = m.Ticket(
        point_id=point.id,
        service_id=service.id,
        number=int(code[1:]),
        code=code,
        business_date=business_date(now),
        priority_group=priority,
        status=status,
        issued_at=at,
        queued_at=at,
    )
    session.add(ticket)
    session.flush()
    return ticket


def test_ticket_view_reads_the_queue_from_the_database(any_services: Services) -> None:
    with any_services.sessions.begin() as session:
        _add_ticket(session, any_services, "A001", 0, status="serving")
        _add_ticket(session, any_services, "A002", 1)
        _add_ticket(session, any_services, "A003", 2, priority="nguoi_cao_tuoi")
        mine = _add_ticket(session, any_services, "A004", 3)
        _add_ticket(session, any_services, "B001", 0)
        mine_uuid, mine_id = str(mine.uuid), mine.id

    view = any_services.handouts.ticket_view("a4")  # typed as said aloud
    assert view.ticket_uuid == mine_uuid and view.ticket_id == mine_id
    assert view.office_name == "Trung tâm Phục vụ hành chính công xã Tân Phú"
    assert view.service_name == "Tư pháp – Hộ tịch"
    assert tuple(view.counters) == (1, 2)
    assert view.people_ahead == 2  # A002 came earlier, A003 is priority; B001 is another service
    # The reprint says what the queue says: 2 people × 12 min, no desk open yet (counted as one).
    assert view.wait_minutes == any_services.queue.ticket("A004").estimated_wait_min == 24
    priority = any_services.handouts.ticket_view("A003")
    assert priority.priority_name == "Người cao tuổi" and priority.people_ahead == 0
    assert any_services.handouts.ticket_view("A001").people_ahead is None  # already at the counter

    doc = any_services.handouts.ticket_by_code("A004")
    assert doc.kind == "ticket" and doc.target == "ticket" and doc.ticket_id == mine_id
    assert pdfcheck.qr_codes(doc.pdf) == [mine_uuid]
    with pytest.raises(NotFoundError, match="Không có phiếu số A099 trong ngày 24/11/2026"):
        any_services.handouts.ticket_view("A099")


# ---------------------------------------------------------------- QR handouts


@pytest.mark.parametrize("size", ["80mm", "a6"])
def test_apps_handout_links_every_chosen_app(services: Services, size: str) -> None:
    doc = services.handouts.apps(size)
    expected = []
    for app in services.catalogue.apps(handout_only=True):
        links = [u for u in (app.android_url, app.ios_url) if u] or [app.web_url]
        expected += links
    assert len(expected) >= 5
    assert sorted(pdfcheck.qr_codes(doc.pdf)) == sorted(expected)
    text = pdfcheck.flat_text(doc.pdf)
    for phrase in (
        "CÀI ỨNG DỤNG TRÊN ĐIỆN THOẠI",
        "VNeID",
        "VssID – Bảo hiểm xã hội số",
        "eTax Mobile",
        "Android (CH Play)",
        "iPhone (App Store)",
        "Không đưa mã OTP",
    ):
        assert phrase in text, phrase
    _assert_embedded(doc.pdf)
    widths = {round(w) for w, _ in pdfcheck.page_sizes_mm(doc.pdf)}
    assert widths == ({80} if size == "80mm" else {105})
    assert doc.target == ("ticket" if size == "80mm" else "sheet")


def test_channels_handout_needs_at_least_one_channel(services: Services) -> None:
    with pytest.raises(InputError, match="chưa khai báo kênh liên hệ nào"):
        services.handouts.channels()
    services.settings.set("office.hotline", "0243 123 4567")
    only_hotline = services.handouts.channels()
    assert pdfcheck.qr_codes(only_hotline.pdf) == ["tel:02431234567"]
    assert "Trang thông tin điện tử" not in pdfcheck.flat_text(only_hotline.pdf)

    services.settings.set("office.website", "tanphu.example.gov.vn")
    services.settings.set("office.zalo_oa", "https://zalo.me/1234567890")
    doc = services.handouts.channels("a6")
    assert sorted(pdfcheck.qr_codes(doc.pdf)) == sorted(
        ["https://tanphu.example.gov.vn", "https://zalo.me/1234567890", "tel:02431234567"]
    )
    text = pdfcheck.flat_text(doc.pdf)
    assert "KÊNH LIÊN HỆ CỦA XÃ" in text and "Zalo OA của xã" in text and "0243 123 4567" in text


def test_dossier_handout_points_to_the_portal_tracking_page(services: Services) -> None:
    doc = services.handouts.dossier(" H19.28-261124-0012 ")
    assert pdfcheck.qr_codes(doc.pdf) == ["https://dichvucong.gov.vn/p/home/dvc-tra-cuu-ho-so.html"]
    text = pdfcheck.flat_text(doc.pdf)
    assert "H19.28-261124-0012" in text and "Cổng Dịch vụ công quốc gia" in text
    assert doc.reference == "dossier:H19.28-261124-0012"

    # A portal whose tracking address takes the code gets a QR that opens this very dossier.
    with services.sessions.begin() as session:
        term = session.scalar(select(m.Term).where(m.Term.kind == "portal", m.Term.code == "cong_dvc_tinh"))
        term.extra = {"tracking_url": "https://dichvucong.example.gov.vn/tra-cuu?ma={code}"}
    doc = services.handouts.dossier("000.00.27.H19-261124-0001", "cong_dvc_tinh", "a6")
    assert pdfcheck.qr_codes(doc.pdf) == ["https://dichvucong.example.gov.vn/tra-cuu?ma=000.00.27.H19-261124-0001"]

    with pytest.raises(InputError, match="Mã hồ sơ"):
        services.handouts.dossier("mã <xấu>")
    with pytest.raises(NotFoundError, match="không-có"):
        services.handouts.dossier("H19.1", "không-có")
    with pytest.raises(InputError, match="chưa có địa chỉ tra cứu"):
        services.handouts.dossier("H19.1", "lienthong")
    with pytest.raises(InputError, match="80mm hoặc a6"):
        services.handouts.apps("a3")


# ---------------------------------------------------------------- instruction sheets


@pytest.fixture
def guide_services(services: Services) -> Services:
    services.catalogue.import_shipped(CATALOGUE_DIR, FIXTURE_GUIDES)
    services.settings.set("office.hotline", "0243 123 4567")
    return services


@pytest.mark.parametrize(("size", "width"), [("a4", 210), ("a5", 148)])
def test_guide_sheet_large_print_with_help_and_qr(guide_services: Services, size: str, width: int) -> None:
    doc = guide_services.handouts.guide(GUIDE, size)
    assert doc.kind == "guide" and doc.target == "sheet"
    assert {round(w) for w, _ in pdfcheck.page_sizes_mm(doc.pdf)} == {width}
    text = pdfcheck.flat_text(doc.pdf)
    assert unicodedata.is_normalized("NFC", text)
    for phrase in (
        "Kích hoạt tài khoản định danh điện tử VNeID mức 2",
        "Nội dung kiểm tra ngày 01/11/2026",
        "Căn cước công dân gắn chip (bản gốc)",
        "Đến Công an xã hoặc điểm hỗ trợ",
        "Không nhận được mã OTP",
        "LƯU Ý: Không bao giờ đưa mã OTP",
        "Trung tâm Phục vụ hành chính công xã Tân Phú",
        "Địa chỉ: Trụ sở UBND xã Tân Phú",
        "Đường dây nóng: 0243 123 4567",
        "Nguồn thông tin: Hướng dẫn sử dụng ứng dụng VNeID",
    ):
        assert phrase in text, phrase
    _assert_embedded(doc.pdf)
    # The guide's app (vneid) brings its store links; its own links follow.
    assert sorted(pdfcheck.qr_codes(doc.pdf)) == sorted(
        [
            "https://play.google.com/store/apps/details?id=com.vnid",
            "https://apps.apple.com/vn/app/vneid/id1582750372",
            "https://dichvucong.gov.vn",
        ]
    )
    # Large print: every step and problem sentence is set at 14 pt or more.
    sizes = pdfcheck.text_sizes(doc.pdf)
    assert [txt for txt, size in sizes if txt.isdigit() and size >= 19] == ["1", "2", "3", "4", "5"]
    content = yaml.safe_load((FIXTURE_GUIDES / f"{GUIDE}.yaml").read_text(encoding="utf-8"))
    body_texts = [*content["bring"], *(v for item in content["steps"] + content["problems"] for v in item.values())]
    small_print = " ".join(content["sources"]) + " " + content["title"]  # sources and page footer may be small
    body = [s for txt, s in sizes if len(txt) > 8 and any(txt in b for b in body_texts) and txt not in small_print]
    assert len(body) >= 15 and min(body) >= 14, sorted(set(body))


def test_guide_list_and_unknown_guide(guide_services: Services) -> None:
    guides = guide_services.handouts.guides()
    mine = next(g for g in guides if g.slug == GUIDE)
    assert mine.title.startswith("Kích hoạt tài khoản") and f"{mine.version_date:%Y-%m-%d}" == "2026-11-01"
    with pytest.raises(NotFoundError, match="kiosk print guide --list"):
        guide_services.handouts.guide("khong-co")
    with pytest.raises(InputError, match="a4 hoặc a5"):
        guide_services.handouts.guide(GUIDE, "letter")


def test_guide_with_a_malformed_field_names_it(services: Services, tmp_path: Path) -> None:
    path = tmp_path / "hong.yaml"
    path.write_text("title: Tờ hỏng\nversion_date: 2026-11-01\nsteps:\n  - title: Bước một\n", encoding="utf-8")
    with pytest.raises(InputError, match="phần tử 1 của mục 'steps' cần đủ 'title' và 'text'"):
        services.handouts.guide_file(path)
    path.write_text(
        "title: Tờ đủ\nversion_date: 2026-11-01\nsteps:\n  - title: Mở ứng dụng → chọn mục\n    text: Bấm ✓\n",
        encoding="utf-8",
    )
    text = pdfcheck.flat_text(services.handouts.guide_file(path, "a5").pdf)
    assert "Mở ứng dụng › chọn mục" in text and "Bấm •" in text  # glyphs Noto Sans lacks are swapped
