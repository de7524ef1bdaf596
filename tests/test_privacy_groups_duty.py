"""Retention purge, consent withdrawal, reveal-with-audit; group sessions; duty days (with two real processes)."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from kiosk.app import Services
from kiosk.clock import FixedClock
from kiosk.db import models as m
from kiosk.errors import AuthError, InputError, StateError
from kiosk.services.records.groups import GroupSessionInput
from tests.assist_helpers import add_staff, visit

TODAY = date(2026, 11, 24)
ROOT = Path(__file__).resolve().parent.parent


def _audit(services: Services, action: str) -> list[m.AuditEntry]:
    with services.sessions() as s:
        return list(s.scalars(select(m.AuditEntry).where(m.AuditEntry.action == action)))


def _stored(services: Services, record_id: int) -> tuple[str | None, str | None]:
    with services.sessions() as s:
        row = s.get(m.AssistRecord, record_id)
        return row.citizen_name, row.citizen_phone


# ---------------------------------------------------------------- privacy


def test_purge_removes_name_and_phone_after_the_retention_date(any_services: Services, clock: FixedClock) -> None:
    me = add_staff(any_services, "Lê Minh Tuấn")
    any_services.settings.set("privacy.retention_days", 30)
    kept = any_services.assists.record(
        visit(me, citizen_name="Nguyễn Văn An", citizen_phone="0912345678", consent=True), me
    )
    plain = any_services.assists.record(visit(me), me)
    assert kept.purge_after == TODAY + timedelta(days=30)
    clock.advance(days=30)  # on purge_after itself the data may still be used
    assert any_services.privacy.purge_expired().records == 0
    assert _stored(any_services, kept.id) == ("Nguyễn Văn An", "0912345678")
    clock.advance(days=1)
    report = any_services.privacy.purge_expired()
    assert (report.records, report.record_ids, report.consents) == (1, [kept.id], 1)
    assert _stored(any_services, kept.id) == (None, None)
    assert any_services.assists.get(kept.id).items == any_services.assists.get(plain.id).items  # the visit stays
    (entry,) = _audit(any_services, "personal_data_purged")
    assert entry.detail["records"] == [kept.id] and "0912345678" not in json.dumps(entry.detail)
    assert any_services.privacy.purge_expired().records == 0  # idempotent


def test_withdrawal_purges_at_once(any_services: Services) -> None:
    me = add_staff(any_services, "Lê Minh Tuấn")
    view = any_services.assists.record(visit(me, citizen_phone="0987 654 321", consent=True), me)
    any_services.privacy.withdraw(view.id, me)
    assert _stored(any_services, view.id) == (None, None)
    with any_services.sessions() as s:
        assert s.scalar(select(m.Consent.withdrawn_at)) == any_services.clock.now()
    assert _audit(any_services, "consent_withdrawn")[0].target == f"assist_record:{view.id}"
    with pytest.raises(StateError):
        any_services.privacy.withdraw(view.id, me)


def test_reveal_is_audited(services: Services) -> None:
    me = add_staff(services, "Lê Minh Tuấn")
    view = services.assists.record(visit(me, citizen_name="Lò Thị Sen", citizen_phone="0912345678", consent=True), me)
    contact = services.privacy.reveal(view.id, me)
    assert (contact.name, contact.phone, contact.masked) == ("Lò Thị Sen", "0912345678", "L. T. Sen – ******5678")
    (entry,) = _audit(services, "personal_data_viewed")
    assert entry.staff_id == me and entry.target == f"assist_record:{view.id}"
    plain = services.assists.record(visit(me), me)
    with pytest.raises(StateError):
        services.privacy.reveal(plain.id, me)


def test_consent_wording_names_the_purpose_and_the_date(services: Services) -> None:
    assert services.privacy.wording() == (
        "Người dân đồng ý cho lưu họ tên và số điện thoại đến hết ngày 22/02/2027 chỉ để nhắc hẹn quay lại "
        "hoặc gọi lại khi cần bổ sung hồ sơ; có thể yêu cầu xoá bất cứ lúc nào."
    )


def test_cli_purge(services: Services, tmp_path: Path) -> None:
    url = str(services.engine.url.render_as_string(hide_password=False))
    done = subprocess.run(
        [sys.executable, "-m", "kiosk", "--db", url, "privacy", "purge", "--json"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={"PYTHONPATH": str(ROOT), "KIOSK_DATA_DIR": str(tmp_path), "PATH": "/usr/bin:/bin"},
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == {"records": 0, "consents": 0, "record_ids": []}


# ---------------------------------------------------------------- group sessions


def test_group_session_recorded_and_totalled(any_services: Services) -> None:
    me = add_staff(any_services, "Phạm Thị Hoa")
    first = any_services.groups.record(
        GroupSessionInput(attendance=42, leaflets=80, topic_code="kn4_an_toan", village_code="tay"), me
    )
    assert (first.village_name, first.topic_name, first.led_by_name) == (
        "Thôn Tây",
        "Tự bảo vệ mình trên không gian mạng",
        "Phạm Thị Hoa",
    )
    any_services.groups.record(
        GroupSessionInput(
            attendance=18, title="Cài VNeID cho hội người cao tuổi", business_date=TODAY - timedelta(days=2)
        ),
        me,
    )
    totals = any_services.groups.totals(TODAY - timedelta(days=7), TODAY)
    assert (totals.sessions, totals.attendance, totals.leaflets) == (2, 60, 80)
    any_services.groups.void(first.id, "Ghi trùng", me)
    assert any_services.groups.totals(TODAY - timedelta(days=7), TODAY).attendance == 18
    assert [g.voided for g in any_services.groups.between(TODAY, TODAY, include_voided=True)] == [True]
    assert _audit(any_services, "group_session_voided")[0].detail["reason"] == "Ghi trùng"


@pytest.mark.parametrize(
    ("inp", "message"),
    [
        (GroupSessionInput(attendance=10), "chủ đề hoặc ghi tên"),
        (GroupSessionInput(attendance=0, topic_code="kn1_dvctt"), "Số người tham dự"),
        (GroupSessionInput(attendance=5, leaflets=-1, topic_code="kn1_dvctt"), "tờ rơi"),
        (
            GroupSessionInput(attendance=5, topic_code="kn1_dvctt", business_date=TODAY + timedelta(days=1)),
            "sau hôm nay",
        ),
        (GroupSessionInput(attendance=5, title="x" * 301), "quá dài"),
    ],
)
def test_group_session_rules(services: Services, inp: GroupSessionInput, message: str) -> None:
    me = add_staff(services, "Phạm Thị Hoa")
    with pytest.raises(InputError, match=message):
        services.groups.record(inp, me)


# ---------------------------------------------------------------- duty days


def test_duty_check_in_once_per_day_and_point(any_services: Services, clock: FixedClock) -> None:
    me = add_staff(any_services, "Hoàng Văn Nam")
    day = any_services.duty.check_in(me)
    assert (day.business_date, day.point_code) == (TODAY, "XA")
    with pytest.raises(StateError, match="đã điểm danh"):
        any_services.duty.check_in(me)
    any_services.duty.check_in(me, point_code="TH-DONG")  # a second point the same day is allowed
    out = any_services.duty.check_out(day.id, me)
    assert out.checked_out_at == clock.now()
    clock.advance(days=1)
    any_services.duty.check_in(me)
    month = any_services.duty.month(me, 2026, 11)
    assert month.day_count == 2 and len(month.entries) == 3  # two points on the 24th are one duty day


def test_duty_month_summary_and_allowance(any_services: Services) -> None:
    me = add_staff(any_services, "Hoàng Văn Nam")
    other = add_staff(any_services, "Đỗ Thị Mai")
    officer = add_staff(any_services, "Nguyễn Thị Lan", "officer")
    any_services.settings.set("duty.allowance_per_day_vnd", 50000)
    for back in (0, 1, 5):
        any_services.duty.check_in(me, day=TODAY - timedelta(days=back), by_staff=officer)
    any_services.duty.check_in(other)
    rows = {r.staff_name: (r.day_count, r.allowance) for r in any_services.duty.month_summary(2026, 11)}
    assert rows == {"Hoàng Văn Nam": (3, 150000), "Đỗ Thị Mai": (1, 50000), "Nguyễn Thị Lan": (0, 0)}
    assert any_services.duty.month(me, 2026, 10).day_count == 0
    assert [a.action for a in _audit(any_services, "duty_added")] == ["duty_added"] * 3


def test_duty_rules(services: Services) -> None:
    me = add_staff(services, "Hoàng Văn Nam")
    other = add_staff(services, "Đỗ Thị Mai")
    with pytest.raises(AuthError):
        services.duty.check_in(other, by_staff=me)
    with pytest.raises(AuthError):
        services.duty.check_in(me, day=TODAY - timedelta(days=1))
    with pytest.raises(InputError, match="sau hôm nay"):
        services.duty.check_in(me, day=TODAY + timedelta(days=1))
    with pytest.raises(InputError, match="không hợp lệ"):
        services.duty.month(me, 2026, 13)


_CHECK_IN = """
import os, sys, time
from kiosk.app import build_services
from kiosk.config import load_config
from kiosk.errors import StateError
services = build_services(load_config(db_url=sys.argv[1]), prepare=False)
print("ready", flush=True)
deadline = time.monotonic() + 60
while not os.path.exists(sys.argv[3]):  # the start signal, polled; bounded so a lost parent cannot hang us
    if time.monotonic() > deadline:
        sys.exit("start signal never came")
    time.sleep(0.001)
try:
    services.duty.check_in(int(sys.argv[2]))
    print("ok")
except StateError as exc:
    print("refused:", exc.message)
"""


def test_two_machines_checking_in_at_once_keep_one_row(any_services: Services, tmp_path: Path) -> None:
    """Real processes on the same database, released together: exactly one duty day is written."""
    me = add_staff(any_services, "Hoàng Văn Nam")
    url = any_services.engine.url.render_as_string(hide_password=False)
    go = tmp_path / "go"
    env = {"PYTHONPATH": str(ROOT), "KIOSK_DATA_DIR": str(tmp_path), "PATH": "/usr/bin:/bin"}
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", _CHECK_IN, url, str(me), str(go)],
            stdout=subprocess.PIPE,
            text=True,
            cwd=ROOT,
            env=env,
        )
        for _ in range(2)
    ]
    for p in procs:
        assert p.stdout is not None and p.stdout.readline().strip() == "ready"
    go.touch()
    outputs = sorted(p.communicate(timeout=120)[0].strip() for p in procs)
    assert outputs[0] == "ok" and outputs[1].startswith("refused:"), outputs
    with any_services.sessions() as s:
        assert len(s.scalars(select(m.DutyDay)).all()) == 1


def test_desk_login_locks_after_five_wrong_pins(any_services: Services, clock: FixedClock) -> None:
    staff = any_services.auth.add_staff("Lê Minh Tuấn", "team_member", "2468")
    for _ in range(5):
        with pytest.raises(AuthError):
            any_services.auth.login(staff.id, "0000")
    with pytest.raises(AuthError, match="tạm khoá"):
        any_services.auth.login(staff.id, "2468")
    clock.advance(minutes=5, seconds=1)
    assert any_services.auth.login(staff.id, "2468").id == staff.id
