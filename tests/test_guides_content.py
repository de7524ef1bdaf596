"""The 13 printed instruction sheets: shape agreed with the renderer, plain correct Vietnamese, no unconfirmed facts.

The content comes from /work/shared/domain/GUIDES-FACTS.md; facts marked UNCONFIRMED there must not be printed
as certain, so the checks below name them explicitly.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from kiosk.app import Services
from kiosk.errors import CatalogueError
from kiosk.services.catalogue.service import CATALOGUE_DIR, GUIDES_DIR, load_catalogue, load_guide

SLUGS = (
    "vneid-level2",
    "vneid-documents",
    "birth-registration-online",
    "residence-online",
    "track-dossier",
    "pay-fees-online",
    "vssid",
    "etax-mobile",
    "bank-qr",
    "scam-check",
    "zalo-oa",
    "postmart-shop",
    "search-info",
)

# Addresses confirmed in the facts file; anything else must be checked before it is printed as a QR.
CONFIRMED_HOSTS = {
    "vneid.gov.vn",
    "dichvucong.gov.vn",
    "dichvucong.baohiemxahoi.gov.vn",
    "tinnhiemmang.vn",
    "postmart.vn",
}

# Hotlines compared digits-only, so "1900 0368", "1900.0368" and "19000368" are all caught.
UNCONFIRMED_NUMBERS = {
    "19000368": "tổng đài VNeID/Bộ Công an (chỉ thấy trong mã nguồn sao chép)",
    "19000134": "tổng đài cổng liên thông Bộ Công an",
    "18001096": "tổng đài Cổng DVCQG (nguồn thứ cấp)",
    "19001009": "tổng đài Cổng DVCQG (một hướng dẫn khác)",
    "19004567": "tổng đài thuế (nguồn không tin cậy)",
    "1900545481": "tổng đài Bưu điện (nhớ lại, chưa kiểm tra)",
    "0692348560": "trực ban C02 (số cũ)",
    "1582750372": "mã App Store của VNeID",
}
UNCONFIRMED_PHRASES = {
    "pay.gov.vn": "cổng thanh toán cũ, chưa rõ còn hoạt động",
    "tingia.gov.vn": "trang xử lý tin giả",
    "canhbao.khonggianmang.gov.vn": "địa chỉ chỉ thấy trong mã nguồn",
    "vpcp.dichvucong.gov.vn": "tên miền mới chưa xác nhận",
    "dvc-tra-cuu-ho-so": "đường dẫn sâu chưa xác nhận",
    "dvc-thanh-toan": "đường dẫn sâu chưa xác nhận",
    "com.etax.icanhan": "mã ứng dụng Android eTax",
    "15 phút": "thời gian khóa VssID",
    "7 ngày làm việc": "thời hạn thường trú",
    "miễn lệ phí": "lệ phí khai sinh",
    "“được tài trợ”": "nhãn quảng cáo của Google",
}
HEDGES = ("chưa được xác nhận", "chưa xác nhận", "cần kiểm tra lại", "hỏi cán bộ")

MONEY_OR_LOGIN = ("đăng nhập", "mật khẩu", "otp", "passcode", "tiền", "thanh toán", "ngân hàng", "lệ phí")
SCAM_WORDS = ("otp", "lừa đảo", "đường link", "chuyển tiền", "mật khẩu")
UNACCENTED = re.compile(
    r"\b(tai khoan|mat khau|ung dung|dinh danh|can cuoc|dang nhap|dien thoai|ngan hang|ho so)\b", re.IGNORECASE
)
MISSPELT = ("định dang", "căn cươc", "tài khoảng", "mật khảu", "ứng dũng", "đăng nhâp", "điện thoai", "khẩu mật")
URLISH = re.compile(r"\S+\.(?:vn|com|net|biz|top)\S*")


def _guides() -> dict[str, dict[str, Any]]:
    return dict(load_guide(p) for p in sorted(GUIDES_DIR.glob("*.yaml")))


def _strings(node: Any) -> Iterator[str]:
    if isinstance(node, str):
        yield node
    elif isinstance(node, dict):
        for value in node.values():
            yield from _strings(value)
    elif isinstance(node, list):
        for value in node:
            yield from _strings(value)


def _citizen_text(content: dict[str, Any]) -> list[str]:
    """Everything printed for the citizen (sources are citations, not advice)."""
    return list(_strings({k: v for k, v in content.items() if k != "sources"}))


def _sentences(text: str) -> int:
    return len(re.findall(r"[.!?](?=\s|$)", text.strip()))


def unconfirmed_claims(content: dict[str, Any]) -> list[str]:
    """Lines that print an UNCONFIRMED hotline, address or figure without a hedge."""
    found = []
    for text in _strings(content):
        lowered = text.lower()
        if any(h in lowered for h in HEDGES):
            continue
        digits = re.sub(r"(?<=\d)[ .\-](?=\d)", "", text)
        for number, what in UNCONFIRMED_NUMBERS.items():
            if number in digits:
                found.append(f"{what}: {text}")
        for phrase, what in UNCONFIRMED_PHRASES.items():
            if phrase in lowered:
                found.append(f"{what}: {text}")
    return found


GUIDES = _guides()


def test_all_thirteen_guides_are_shipped_and_ordered() -> None:
    assert set(GUIDES) == set(SLUGS)
    assert sorted(GUIDES, key=lambda s: GUIDES[s]["order"]) == list(SLUGS)


def test_catalogue_check_accepts_the_guides() -> None:
    cat = load_catalogue(CATALOGUE_DIR, GUIDES_DIR)
    assert sorted(slug for slug, _ in cat.guides) == sorted(SLUGS)


def test_guides_import_into_the_database_in_order(services: Services) -> None:
    rows = services.catalogue.guides()
    assert [g.slug for g in rows] == list(SLUGS)
    level2 = services.catalogue.guide("vneid-level2")
    assert level2.version_date == date(2026, 11, 24)
    assert level2.content["steps"][0]["title"] == "Đến Công an xã/phường"


@pytest.mark.parametrize("slug", SLUGS)
def test_guide_has_the_agreed_shape(slug: str) -> None:
    g = GUIDES[slug]
    cat = load_catalogue(CATALOGUE_DIR, None)
    apps = {i["code"] for i in cat.items("apps")}
    topics = {i["code"] for i in cat.items("guidance_topics")}

    # A stray "word: " in a plain YAML scalar silently turns a sentence into a mapping: every leaf must be text.
    for key in ("title", "summary", "warning"):
        assert g.get(key) is None or isinstance(g[key], str), key
    for key in ("bring", "steps", "problems", "links", "sources"):
        for item in g.get(key) or []:
            assert isinstance(item, str) or all(isinstance(v, str) for v in item.values()), item
    assert 0 < len(g["title"]) <= 70
    assert _sentences(g["summary"]) == 1
    assert date.fromisoformat(g["version_date"]) == date(2026, 11, 24)
    assert 1 <= g["order"] <= len(SLUGS)
    assert g.get("app") is None or g["app"] in apps
    assert g.get("topic") is None or g["topic"] in topics
    assert 2 <= len(g["bring"]) <= 6 and all(isinstance(b, str) and b for b in g["bring"]), g["bring"]
    assert 4 <= len(g["steps"]) <= 9
    for step in g["steps"]:
        assert set(step) == {"title", "text"}
        assert 0 < len(step["title"]) <= 60, step["title"]
        assert 1 <= _sentences(step["text"]) <= 3, step["text"]
    assert 2 <= len(g["problems"]) <= 5
    for item in g["problems"]:
        assert set(item) == {"problem", "fix"} and item["problem"] and item["fix"]
    assert len(g.get("links") or []) <= 3
    for link in g.get("links") or []:
        assert link["label"] and link["url"].startswith("https://")
        host = link["url"].removeprefix("https://").split("/")[0]
        assert host in CONFIRMED_HOSTS, link["url"]
    assert g["sources"] and all(isinstance(s, str) and s for s in g["sources"])


@pytest.mark.parametrize("slug", SLUGS)
def test_guide_text_is_clean_vietnamese(slug: str) -> None:
    texts = list(_strings(GUIDES[slug]))
    for text in texts:
        assert unicodedata.normalize("NFC", text) == text, text
        assert '"' not in text, f"dùng ngoặc kép “…” cho tên nút: {text}"
        assert text.count("“") == text.count("”"), text
        assert not re.search(r"\d(?:[ .]?\d){8,}", text), f"số giống số điện thoại/CCCD thật: {text}"
    for text in _citizen_text(GUIDES[slug]):
        bare = URLISH.sub("", text)
        assert not UNACCENTED.search(bare), f"thiếu dấu: {text}"
        assert not any(w in text.lower() for w in MISSPELT), text


@pytest.mark.parametrize("slug", SLUGS)
def test_guide_prints_no_unconfirmed_fact_as_certain(slug: str) -> None:
    assert unconfirmed_claims(GUIDES[slug]) == []


def test_unconfirmed_check_catches_a_hotline_and_accepts_a_hedge() -> None:
    assert unconfirmed_claims({"warning": "Gọi tổng đài 1900.0368 để được hỗ trợ."})
    assert unconfirmed_claims({"steps": [{"title": "x", "text": "Vào pay.gov.vn để nộp."}]})
    assert not unconfirmed_claims({"warning": "Tổng đài 1900 0368 chưa được xác nhận, hỏi cán bộ tại quầy."})


@pytest.mark.parametrize("slug", SLUGS)
def test_login_or_money_guides_carry_a_scam_warning(slug: str) -> None:
    g = GUIDES[slug]
    body = " ".join(_citizen_text(g)).lower()
    if any(word in body for word in MONEY_OR_LOGIN):
        warning = (g.get("warning") or "").lower()
        assert any(word in warning for word in SCAM_WORDS), f"{slug}: thiếu cảnh báo lừa đảo"


@pytest.mark.parametrize("slug", SLUGS)
def test_otp_is_explained_where_it_is_used(slug: str) -> None:
    texts = _citizen_text(GUIDES[slug])
    if any("OTP" in t for t in texts):
        assert any("OTP" in t and "mã số" in t for t in texts), f"{slug}: giải thích OTP một lần"


def test_a_guide_without_version_date_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "x.yaml"
    bad.write_text("title: Thử\nsteps: []\n", encoding="utf-8")
    with pytest.raises(CatalogueError, match="version_date"):
        load_guide(bad)
