from __future__ import annotations

import unicodedata

import pytest

from kiosk.app import Services
from kiosk.clock import FixedClock
from kiosk.errors import AuthError, InputError
from kiosk.text import clean, fold, mask_name, mask_phone


def test_fold_and_masks() -> None:
    assert fold("Tư pháp – Hộ tịch") == "tu phap – ho tich"
    assert fold("ĐĂNG KÝ") == "dang ky"
    assert mask_phone("0912 345 678") == "******5678"
    assert mask_name("Nguyễn Văn An") == "N. V. An"


def test_clean_normalises_and_limits() -> None:
    nfd = unicodedata.normalize("NFD", "  Hộ   tịch ")
    assert clean(nfd, field="ghi chú", max_len=50) == "Hộ tịch"
    with pytest.raises(InputError, match="quá dài"):
        clean("x" * 5000, field="ghi chú", max_len=1000)


def test_pin_lockout_after_five_wrong(services: Services, clock: FixedClock) -> None:
    staff = services.auth.add_staff("Nguyễn Thị Lan", "officer", "2468")
    for attempt in range(4):
        with pytest.raises(AuthError, match=f"còn {4 - attempt}"):
            services.auth.login(staff.id, "0000")
    with pytest.raises(AuthError, match="khoá 5 phút"):
        services.auth.login(staff.id, "0000")
    with pytest.raises(AuthError, match="tạm khoá"):
        services.auth.login(staff.id, "2468")
    clock.advance(minutes=5, seconds=1)
    assert services.auth.login(staff.id, "2468").name == "Nguyễn Thị Lan"


def test_staff_listed_by_role(services: Services) -> None:
    first = {s.id for s in services.auth.list_staff()}  # the administrator the office's setup created
    admin = services.auth.add_staff("Trần Văn Hùng", "admin", "97531")
    officer = services.auth.add_staff("Nguyễn Thị Lan", "officer", "2468")
    member = services.auth.add_staff("Lê Minh Tuấn", "team_member", "2468")
    assert [s.id for s in services.auth.list_staff(role="admin") if s.id not in first] == [admin.id]
    assert {s.id for s in services.auth.list_staff(role=("officer", "team_member"))} == {officer.id, member.id}
    assert len(services.auth.list_staff()) == len(first) + 3
    with pytest.raises(InputError):
        services.auth.list_staff(role="chairman")


def test_login_refuses_the_wrong_role_in_one_sentence(services: Services) -> None:
    from sqlalchemy import select

    from kiosk.db import models as m

    officer = services.auth.add_staff("Nguyễn Thị Lan", "officer", "2468")
    admin = services.auth.add_staff("Trần Văn Hùng", "admin", "97531")
    with pytest.raises(AuthError, match="^Chức năng này cần tài khoản quản trị.$"):
        services.auth.login(officer.id, "2468", role="admin")
    for _ in range(6):  # refused before the PIN: wrong PINs here never lock the officer out of the desk
        with pytest.raises(AuthError, match="quản trị"):
            services.auth.login(officer.id, "0000", role="admin")
    assert services.auth.login(officer.id, "2468").id == officer.id
    with pytest.raises(AuthError, match="“Cán bộ một cửa” hoặc “Thành viên Tổ CNSCĐ”"):
        services.auth.login(admin.id, "97531", role=("officer", "team_member"))
    assert services.auth.login(admin.id, "97531", role="admin").role == "admin"
    with services.sessions() as s:
        actions = list(s.scalars(select(m.AuditEntry.action).where(m.AuditEntry.staff_id == officer.id)))
    assert actions.count("login_refused") == 7 and "login_failed" not in actions


def test_pin_is_never_stored_in_clear(services: Services) -> None:
    from sqlalchemy import select

    from kiosk.db import models as m

    services.auth.add_staff("Trần Văn Hùng", "admin", "97531")
    with services.sessions() as s:
        stored = s.scalar(select(m.Staff.pin_hash))
    assert stored and "97531" not in stored and stored.startswith("scrypt$")


def test_settings_defaults_and_types(services: Services) -> None:
    assert services.settings.get("queue.priority_streak_max") == 3
    services.settings.set("queue.priority_streak_max", "4")
    assert services.settings.get("queue.priority_streak_max") == 4
    with pytest.raises(InputError):
        services.settings.set("queue.priority_streak_max", "nhiều")
    with pytest.raises(KeyError):
        services.settings.get("no.such.setting")
