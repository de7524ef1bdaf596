"""The one free-text filter: ID numbers, phone numbers, passwords and codes never get into a note; ordinary notes
do. Every probe here was either let through or wrongly refused by an earlier filter, or is what a desk writes."""

from __future__ import annotations

import pytest

from kiosk.app import Services
from kiosk.errors import InputError
from kiosk.services.access.privacy import check_no_secrets

REFUSED = [
    "CCCD 001 234 567 890",
    "cccd:001234567890",
    "số định danh 0012.3456.7890",
    "CMND 123-456-789",
    "CMND cũ 123 456 789",
    "mật khẩu của bà là Abc@123",
    "Mật khẩu = Abc12345",
    "mat khau: hoahong",
    "MK: abc123",
    "MK abc123",
    "mk=hoa123",
    "pass: 12345678",
    "password Vneid@2024",
    "mật khẩu VNeID của ông là 1234@Ab",
    "otp: 12 34 56",
    "OTP 123456",
    "mã OTP là 884422",
    "mã xác thực 123456",
    "mã xác nhận: 998877",
    "ma pin 1234",
    "gọi lại 0912345678",
    "số 0912 345 678",
    "+84 912 345 678",
]
PASSED = [
    "hẹn 2 ngày",
    "hướng dẫn đổi mật khẩu VNeID",
    "chưa có mã OTP vì sóng yếu",
    "mức 2",
    "ngày 02/12/2026",
    "H12.34-241202-0001",
    "hồ sơ 000.00.12.H12-241202-0001",
    "đã nộp lúc 10:30",
    "3 người, 4 hồ sơ",
    "quên mật khẩu, đã đặt lại",
    "nộp lệ phí 1.500.000 đồng",
    "không nhận được OTP",
    "dịch vụ mức độ 4",
    "kích hoạt VNeID mức 2 thành công",
    "đổi mật khẩu thành công",
    "thôn 5, xóm 3",
    "hẹn thứ 5 lúc 14:00",
    "bà cụ 78 tuổi",
    "mã hồ sơ 2412020001",
    "cài VssID, hướng dẫn lấy mã OTP qua SMS",
    "điện thoại hết pin",
    "thiếu bản sao giấy khai sinh",
    "đã thanh toán QR 50.000 đồng",
]


def test_the_table_is_balanced() -> None:
    assert len(REFUSED) + len(PASSED) >= 40 and abs(len(REFUSED) - len(PASSED)) <= 2


@pytest.mark.parametrize("text", REFUSED)
def test_refused(text: str) -> None:
    with pytest.raises(InputError) as caught:
        check_no_secrets(text, "ghi chú")
    assert caught.value.message.startswith("Ghi chú có")


@pytest.mark.parametrize("text", PASSED)
def test_passed(text: str) -> None:
    check_no_secrets(text, "ghi chú")


def test_void_reasons_go_through_the_filter(services: Services) -> None:
    from tests.assist_helpers import add_staff, khai_sinh, visit

    me = add_staff(services, "Lan")
    record = services.assists.record(visit(me, khai_sinh()), me)
    with pytest.raises(InputError, match="Lý do huỷ có dãy số giống số CCCD"):
        services.assists.void(record.id, "nhập nhầm, CCCD 001 234 567 890", me)
    assert services.assists.void(record.id, "nhập nhầm người", me).void_reason == "nhập nhầm người"
