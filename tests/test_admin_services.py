"""The admin services: staff lifecycle, counters and services, villages, local catalogue, dated ticker notices,
settings and the audit log. Every change is audited with who made it and announced on the feed (config_changed),
which another process sees on SQLite and PostgreSQL."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from kiosk.app import Services
from kiosk.db import models as m
from kiosk.errors import AuthError, InputError, NotFoundError, StateError


def _admin(services: Services, name: str = "Trần Quản Trị", pin: str = "1111") -> int:
    """The test's administrator, alone, as the first one of a commune: the set-up template's own administrator is
    retired first, directly in the database, so the test's audit trail holds only what the test did."""
    with services.sessions.begin() as session:
        for row in session.scalars(select(m.Staff).where(m.Staff.role == "admin")):
            row.active = False
    return services.admin.staff.add(None, name, "admin", pin).id


def _audit(services: Services, action: str) -> list[m.AuditEntry]:
    with services.sessions() as session:
        return list(session.scalars(select(m.AuditEntry).where(m.AuditEntry.action == action)))


def test_staff_lifecycle_keeps_history_and_blocks_login(any_services: Services) -> None:
    s = any_services
    admin = _admin(s)
    member = s.admin.staff.add(admin, "Lê Thị Hạnh", "officer", "2222")
    s.auth.login(member.id, "2222")
    s.duty.check_in(member.id)  # some history
    s.admin.staff.deactivate(admin, member.id)
    today = s.admin.notices.today()
    assert len(s.duty.month(member.id, today.year, today.month).entries) == 1  # history kept
    with pytest.raises(NotFoundError):
        s.auth.login(member.id, "2222")
    assert member.id not in [x.id for x in s.auth.list_staff()]
    assert [x.active for x in s.admin.staff.list() if x.id == member.id] == [False]
    s.admin.staff.reactivate(admin, member.id)
    for _ in range(5):
        with pytest.raises(AuthError):
            s.auth.login(member.id, "9999")
    with pytest.raises(AuthError, match="tạm khoá"):
        s.auth.login(member.id, "2222")
    s.admin.staff.reset_pin(admin, member.id, "3333")
    assert s.auth.login(member.id, "3333").id == member.id  # the new PIN works at once, lockout lifted
    edited = s.admin.staff.edit(admin, member.id, name="Lê Thị Hạnh (thôn Đông)", role="team_member")
    assert edited.role == "team_member"
    actions = [e.staff_id for e in _audit(s, "staff_deactivated") + _audit(s, "staff_pin_reset")]
    assert actions == [admin, admin]  # who made each change


def test_admin_rules(any_services: Services) -> None:
    s = any_services
    first = _admin(s)  # nobody to vouch for the first administrator
    officer = s.admin.staff.add(first, "Nguyễn Văn Bình", "officer", "2222")
    with pytest.raises(AuthError):
        s.admin.staff.add(None, "Ai Đó", "admin", "4444")
    with pytest.raises(AuthError):
        s.admin.staff.edit(officer.id, officer.id, role="admin")  # an officer cannot promote themself
    with pytest.raises(StateError, match="cuối cùng"):
        s.admin.staff.deactivate(first, first)
    with pytest.raises(StateError, match="cuối cùng"):
        s.admin.staff.edit(first, first, role="officer")
    with pytest.raises(InputError, match="Đã có tài khoản"):
        s.admin.staff.add(first, "nguyễn văn bình", "officer", "5555")
    with pytest.raises(InputError, match="4 đến 8"):
        s.admin.staff.add(first, "Người Mới", "officer", "١٢٣٤")
    second = s.admin.staff.edit(first, officer.id, role="admin")
    s.admin.staff.deactivate(second.id, first)  # now possible: another administrator remains


def test_counters_services_villages(any_services: Services) -> None:
    s = any_services
    admin = _admin(s)
    office = s.admin.office
    with pytest.raises(InputError, match="Đã có quầy số 1"):
        office.save_counter(admin, None, number=1, name="Quầy mới", services=["A"], active=True)
    new = office.save_service(
        admin, None, prefix="k", name="Bảo hiểm y tế", description="Thẻ BHYT", icon="health", sort_order=9, active=True
    )
    assert new.prefix == "K" and "K" in office.unserved_services()
    with pytest.raises(InputError, match="chữ cái"):
        office.save_service(admin, None, prefix="Ă", name="X", description="", icon="", sort_order=1, active=True)
    with pytest.raises(InputError, match="đã dùng"):
        office.save_service(admin, None, prefix="A", name="X", description="", icon="", sort_order=1, active=True)
    counter = office.save_counter(admin, None, number=9, name="Quầy 9 – BHYT", services=["K", "A"], active=True)
    assert counter.services == ("A", "K") and "K" not in office.unserved_services()
    assert "Bảo hiểm y tế" in [t.name for t in s.queue.service_tiles()]
    village = office.save_village(admin, None, name="Thôn Khe Mạ", sort_order=5, active=True)
    assert village.code == "khe_ma"
    with pytest.raises(InputError, match="Đã có thôn"):
        office.save_village(admin, None, name="thôn khe mạ", sort_order=6, active=True)
    office.save_village(admin, village.id, name="Thôn Khe Mạ", sort_order=5, active=False)
    assert "Thôn Khe Mạ" not in [v.name for v in s.catalogue.villages()]
    assert {e.staff_id for e in _audit(s, "counter_added") + _audit(s, "service_added")} == {admin}


def test_local_catalogue_hide_and_search_words(any_services: Services) -> None:
    s = any_services
    admin = _admin(s)
    cat = s.admin.catalogue
    birth = cat.search("procedure", "dang ky khai sinh")[0]
    cat.set_words(admin, "procedure", birth.id, "làm giấy cho con mới đẻ")
    assert birth.id in [p.id for p in s.catalogue.search_procedures("giay cho con moi de")]
    cat.set_active(admin, "procedure", birth.id, False)
    assert birth.id not in [p.id for p in s.catalogue.search_procedures("giay cho con moi de")]
    local = cat.add(admin, "procedure", name="Xác nhận đơn xin hỗ trợ làm nhà", field="Xã hội", words="nhà tình nghĩa")
    assert local.local and local.code.startswith("local.")
    assert local.id in [p.id for p in s.catalogue.search_procedures("nha tinh nghia")]
    with pytest.raises(InputError, match="Đã có"):
        cat.add(admin, "procedure", name="Xác nhận đơn xin hỗ trợ làm nhà")
    task = cat.add(admin, "app_task", name="Cài ứng dụng Sổ sức khỏe điện tử", words="so suc khoe")
    assert task.words == "so suc khoe"
    # The desk's record form finds what the commune added, by its search words, and no longer offers hidden ones.
    found = [(c.kind, c.code) for c in s.assists.search_items("nha tinh nghia")]
    assert ("procedure", local.code) in found
    assert ("app_task", task.code) in [(c.kind, c.code) for c in s.assists.search_items("so suc khoe")]
    assert ("procedure", birth.code) not in [(c.kind, c.code) for c in s.assists.search_items("con moi de")]


def test_dated_notices_reach_the_board(any_services: Services) -> None:
    s = any_services
    admin = _admin(s)
    today = s.admin.notices.today()
    s.admin.notices.save(admin, None, "Hôm nay tiếp dân đến 19 giờ", today, today)
    s.admin.notices.save(admin, None, "Tuần sau nghỉ lễ", today + timedelta(days=7), None)
    with pytest.raises(InputError, match="kết thúc trước"):
        s.admin.notices.save(admin, None, "Sai ngày", today, today - timedelta(days=1))
    assert s.display.board().notices == ["Hôm nay tiếp dân đến 19 giờ"]
    s.admin.notices.remove(admin, 0)
    assert s.display.board().notices[0].startswith("Giờ làm việc")  # back to the default line


def test_settings_change_is_audited_and_announced(any_services: Services) -> None:
    s = any_services
    admin = _admin(s)
    before = s.events.latest_id()
    with pytest.raises(InputError, match="từ 1 đến 3.600"):
        s.settings.set("kiosk.idle_reset_s", 0, by=admin)
    s.settings.set("office.hotline", "0207 123 456", by=admin)
    kinds = [(e.kind, e.payload.get("what")) for e in s.events.since(before)]
    assert kinds == [("config_changed", "settings")]
    row = _audit(s, "setting_changed")[-1]
    assert (row.staff_id, row.target) == (admin, "office.hotline")


def test_audit_log_filters_and_csv(services: Services, tmp_path: Path) -> None:
    s = services
    admin = _admin(s)
    other = s.admin.staff.add(admin, "Lê Văn Cường", "officer", "2222")
    s.auth.login(other.id, "2222")
    rows = s.admin.audit.query(staff_id=admin)
    assert rows and all(r.staff_name == "Trần Quản Trị" for r in rows)
    assert [r.action for r in s.admin.audit.query(action="login")] == ["login"]
    today = s.admin.notices.today()
    assert s.admin.audit.query(start=today + timedelta(days=1)) == []
    with pytest.raises(InputError):
        s.admin.audit.query(start=today, end=today - timedelta(days=1))
    path = s.admin.audit.export_csv(admin, tmp_path / "out", action="staff_added")
    text = path.read_text(encoding="utf-8-sig")
    assert text.splitlines()[0].startswith("Thời điểm;Người thực hiện") and "Thêm tài khoản" in text
    assert _audit(s, "audit_exported")[0].staff_id == admin


def test_official_figures_with_source(services: Services) -> None:
    admin = _admin(services)
    services.admin.figures.add(
        admin,
        code="ty_le",
        name="Tỷ lệ hồ sơ trực tuyến",
        period_from=date(2026, 10, 1),
        period_to=date(2026, 10, 31),
        value="61,5%",
        source="Cổng DVC quốc gia",
        source_date=date(2026, 11, 5),
    )
    with pytest.raises(InputError, match="kết thúc trước"):
        services.admin.figures.add(
            admin,
            code="x",
            name="X",
            period_from=date(2026, 10, 2),
            period_to=date(2026, 10, 1),
            value="1",
            source="S",
            source_date=date(2026, 11, 5),
        )
    (row,) = services.admin.figures.recent()
    assert (row.value, row.source, row.entered_by_id) == ("61,5%", "Cổng DVC quốc gia", admin)


def test_a_change_in_another_process_reaches_this_one(any_services: Services, tmp_path: Path) -> None:
    """`kiosk settings set` in a second process: this process's feed sees config_changed, the board the notice."""
    s = any_services
    after = s.events.latest_id()
    env = dict(os.environ, PYTHONUTF8="1", KIOSK_DB_URL=s.config.db_url, KIOSK_DATA_DIR=str(tmp_path / "other"))
    done = subprocess.run(
        [sys.executable, "-m", "kiosk", "settings", "set", "display.ticker", "Chiều nay mất điện từ 14 giờ"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    events = s.events.since(after)
    assert [e.kind for e in events] == ["config_changed"]
    assert "Chiều nay mất điện từ 14 giờ" in s.display.board().notices


@pytest.mark.parametrize(
    "name",
    ["A" * 5000, "Lê\x07Văn", "An\u202eadmin", "\x1b[31mĐỏ", "   "],
    ids=["5000 characters", "bell", "bidi override", "ANSI escape", "blank"],
)
def test_bad_names_get_one_sentence_and_nothing_is_saved(services: Services, name: str) -> None:
    admin = _admin(services)
    before = len(services.admin.staff.list())
    with pytest.raises(InputError):
        services.admin.staff.add(admin, name, "officer", "2222")
    with pytest.raises(InputError):
        services.admin.office.save_village(admin, None, name=name, sort_order=1, active=True)
    with pytest.raises(InputError):
        services.admin.office.save_counter(admin, None, number=7, name=name, services=["A"], active=True)
    assert len(services.admin.staff.list()) == before
    assert 7 not in [c.number for c in services.admin.office.counters()]


def test_demo_guard_tells_demo_rows_from_real_ones(any_services: Services) -> None:
    from kiosk.db.engine import read_transaction
    from kiosk.services import demo_guard
    from kiosk.services.demo import DemoGenerator

    s = any_services

    def foreign() -> dict[str, int]:
        with read_transaction(s.sessions) as session:
            return demo_guard.foreign_rows(session)

    assert foreign() == {}
    DemoGenerator(s.sessions, s.clock).generate(3, 1)
    assert foreign() == {}  # everything there is the demo's
    s.queue.issue("A", enforce_hours=False)
    assert foreign() == {"tickets": 1}
    assert demo_guard.describe(foreign()) == "1 số thứ tự"


def test_every_setting_has_a_group_of_the_settings_tab() -> None:
    from kiosk.services.settings import SETTINGS, group_of

    assert [k for k in SETTINGS if group_of(k) == "Khác"] == []


def test_every_number_setting_fits_the_settings_tab_spin_box() -> None:
    """The Cài đặt tab edits numbers in a QSpinBox (a 32-bit int): a limit beyond it would overflow there."""
    from kiosk.services.settings import SETTINGS

    too_big = [k for k, spec in SETTINGS.items() if spec.kind is int and max(abs(spec.lo), abs(spec.hi)) >= 2**31]
    assert too_big == []
