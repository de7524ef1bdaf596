"""Desk records: search, the record rules, edit and void with history, follow-ups. No Qt."""

from __future__ import annotations

import re
import unicodedata
from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from kiosk.app import Services
from kiosk.clock import FixedClock
from kiosk.db import models as m
from kiosk.errors import AuthError, InputError, NotFoundError, StateError
from kiosk.services.records.types import ItemInput
from tests.assist_helpers import add_staff, add_ticket, khai_sinh, visit

TODAY = date(2026, 11, 24)


def _count(services: Services, model: type) -> int:
    with services.sessions() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


# ---------------------------------------------------------------- search


SEARCHES = [
    ("ho tich", "1.001193"),
    ("khai sinh", "1.001193"),
    ("KHAI SINH", "1.001193"),
    ("1.001193", "1.001193"),
    (unicodedata.normalize("NFD", "Khai sinh"), "1.001193"),
    ("vneid muc 2", "vneid_l2_activate"),
    ("lừa đảo", "antiscam_check"),
    ("an toan", "kn4_an_toan"),
]


def test_search_folds_accents_and_case(any_services: Services) -> None:
    for query, code in SEARCHES:
        codes = [c.code for c in any_services.assists.search_items(query)]
        assert code in codes, (query, codes)


def test_typed_code_comes_first_and_unknown_finds_nothing(services: Services) -> None:
    assert services.assists.search_items("1.001193")[0].code == "1.001193"
    assert services.assists.search_items("xyzzy khong co") == []


def test_favourites_and_recent_rank_first(services: Services) -> None:
    me = add_staff(services, "Lê Minh Tuấn")
    assert services.assists.search_items("", me) == []
    services.assists.record(visit(me, ItemInput("procedure", "1.000656", channel="in_person", outcome="submitted")), me)
    assert services.assists.toggle_favourite(me, "app_task", "vssid") is True
    empty = services.assists.search_items("", me)
    assert [(c.code, c.favourite, c.recent) for c in empty] == [("vssid", True, False), ("1.000656", False, True)]
    # "dang ky" matches many procedures; the one recently recorded ranks first.
    hits = services.assists.search_items("dang ky", me)
    assert hits[0].code == "1.000656" and hits[0].recent
    assert [c.code for c in services.assists.recent_procedures(me)] == ["1.000656"]
    assert services.assists.toggle_favourite(me, "app_task", "vssid") is False
    assert all(not c.favourite for c in services.assists.search_items("", me))
    with pytest.raises(NotFoundError):
        services.assists.toggle_favourite(me, "app_task", "khong_co")


# ---------------------------------------------------------------- recording


def test_typical_visit_is_recorded(any_services: Services) -> None:
    me = add_staff(any_services, "Phạm Thị Hoa")
    other = add_staff(any_services, "Đỗ Thị Mai")
    note = unicodedata.normalize("NFD", "Cụ   đến cùng con gái")
    inp = visit(
        me,
        khai_sinh(dossier_code="000.00.23.h19–241124–0007", fee_paid_online=True, vneid_login=True),
        ItemInput("app_task", "vneid_l2_activate"),
        ItemInput("topic", "kn4_an_toan"),
        note=note,
    )
    inp.helper_ids.append(other)
    view = any_services.assists.record(inp, me)
    assert view.business_date == TODAY and view.point_code == "XA" and view.village_name == "Thôn Đông"
    assert view.note == unicodedata.normalize("NFC", "Cụ đến cùng con gái")
    assert view.helper_names == "Phạm Thị Hoa, Đỗ Thị Mai"
    proc, task, topic = view.items
    assert proc.dossier_code == "000.00.23.H19-241124-0007"  # upper case, plain hyphens
    assert (proc.portal, proc.online_level, proc.fee_paid_online, proc.vneid_login) == (
        "dvcqg",
        "toan_trinh",
        True,
        True,
    )
    assert (task.outcome, topic.outcome) == ("done", "done")
    with any_services.sessions() as s:
        row = s.get(m.AssistRecord, view.id)
        assert row.note is not None and unicodedata.is_normalized("NFC", row.note)
        assert row.created_by_id == me and row.citizen_phone is None and row.consent_id is None
        assert len(row.items) == 3


def test_long_note_is_refused_with_a_clear_message(any_services: Services) -> None:
    me = add_staff(any_services, "Lê Minh Tuấn")
    with pytest.raises(InputError) as err:
        any_services.assists.record(visit(me, note="x" * 5000), me)
    assert err.value.message == "Ghi chú quá dài (5000 ký tự); tối đa 1000 ký tự."
    assert _count(any_services, m.AssistRecord) == 0


@pytest.mark.parametrize(
    ("item", "message"),
    [
        (ItemInput("procedure", "1.001193", outcome="submitted"), "hình thức nộp"),
        (ItemInput("procedure", "1.001193", channel="online"), "đã nộp hay chưa nộp"),
        (ItemInput("procedure", "1.001193", channel="online", outcome="not_submitted"), "lý do"),
        (khai_sinh(outcome="not_submitted", reason_code="forgot_password", dossier_code="X-1"), "không có mã hồ sơ"),
        (khai_sinh(dossier_code="12345"), "không đúng dạng mã của Cổng Dịch vụ công quốc gia (ví dụ 000.00.23.H19"),
        (khai_sinh(portal="khong_co"), "không có trong danh mục"),
        (ItemInput("procedure", "9.999999", channel="online", outcome="submitted"), "Không có thủ tục mã '9.999999'"),
        (ItemInput("app_task", "vssid", outcome="not_done"), "lý do"),
    ],
)
def test_item_rules(services: Services, item: ItemInput, message: str) -> None:
    me = add_staff(services, "Lê Minh Tuấn")
    with pytest.raises(InputError, match=re.escape(message)):
        services.assists.record(visit(me, item), me)


def test_in_person_and_postal_need_no_portal(services: Services) -> None:
    me = add_staff(services, "Lê Minh Tuấn")
    view = services.assists.record(visit(me, khai_sinh(channel="postal", portal="dvcqg", vneid_login=True)), me)
    assert (view.items[0].portal, view.items[0].online_level, view.items[0].vneid_login) == (None, None, False)
    reason = services.assists.record(
        visit(me, khai_sinh(outcome="not_submitted", reason_code="vneid_not_level2")), me
    ).items[0]
    assert reason.reason_name == "Tài khoản VNeID chưa mức 2" and reason.dossier_code is None


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        ({"age_band": None}, "độ tuổi"),
        ({"helper_ids": []}, "người hỗ trợ"),
        ({"items": []}, "ít nhất một việc"),
        ({"village_code": "khong_co"}, "thôn"),
        ({"citizen_phone": "0912345678"}, "người dân đồng ý"),
        ({"citizen_name": "Nguyễn Văn An"}, "người dân đồng ý"),
        ({"citizen_phone": "12345", "consent": True}, "không hợp lệ"),
        ({"note": "CCCD 001234567890"}, "CCCD"),
        ({"note": "mật khẩu: abc123"}, "mật khẩu"),
        ({"note": "OTP 123456"}, "OTP"),
        ({"note": "gọi 0912 345 678"}, "số điện thoại"),
        ({"follow_up_on": TODAY + timedelta(days=3)}, "lý do hẹn"),
        ({"follow_up_reason": "Quay lại"}, "ngày hẹn"),
        ({"follow_up_on": TODAY - timedelta(days=1), "follow_up_reason": "x"}, "trước ngày hỗ trợ"),
        ({"business_date": TODAY + timedelta(days=1)}, "sau hôm nay"),
        ({"ticket_code": "A999"}, "Không có số thứ tự A999"),
    ],
)
def test_record_rules(services: Services, extra: dict, message: str) -> None:
    me = add_staff(services, "Lê Minh Tuấn")
    inp = visit(me)
    for key, value in extra.items():
        setattr(inp, key, value)
    with pytest.raises(InputError, match=re.escape(message)):
        services.assists.record(inp, me)
    assert _count(services, m.AssistRecord) == 0 and _count(services, m.Consent) == 0


def test_ordinary_notes_pass(services: Services) -> None:
    me = add_staff(services, "Lê Minh Tuấn")
    view = services.assists.record(visit(me, note="Quên mật khẩu VNeID, điện thoại hết pin; không nhận được OTP"), me)
    assert view.note and "mật khẩu" in view.note


def test_ticket_code_links_the_ticket(services: Services) -> None:
    me = add_staff(services, "Nguyễn Thị Lan", "officer")
    ticket_id = add_ticket(services, "H012", TODAY)
    view = services.assists.record(visit(me, ticket_code=" h012 "), me)
    assert view.ticket_code == "H012"
    with services.sessions() as s:
        assert s.get(m.AssistRecord, view.id).ticket_id == ticket_id


def test_a_scanned_ticket_qr_links_the_ticket_in_both_forms(services: Services) -> None:
    me = add_staff(services, "Nguyễn Thị Lan", "officer")
    ticket_id = add_ticket(services, "H013", TODAY)
    with services.sessions() as s:
        key = s.get(m.Ticket, ticket_id).uuid
    for scanned in (str(key), f"http://192.168.1.10:8080/v/{key}"):
        view = services.assists.record(visit(me, ticket_code=scanned), me)
        assert view.ticket_code == "H013"
        with services.sessions() as s:
            assert s.get(m.AssistRecord, view.id).ticket_id == ticket_id


def test_phone_needs_consent_and_is_shown_masked(any_services: Services) -> None:
    me = add_staff(any_services, "Lê Minh Tuấn")
    inp = visit(me, citizen_name="Nguyễn Văn An", citizen_phone="+84 912.345.678", consent=True)
    view = any_services.assists.record(inp, me)
    assert (view.name_masked, view.phone_masked, view.has_personal) == ("N. V. An", "******5678", True)
    assert view.purge_after == TODAY + timedelta(days=90)
    with any_services.sessions() as s:
        row = s.get(m.AssistRecord, view.id)
        consent = s.get(m.Consent, row.consent_id)
        assert row.citizen_phone == "0912345678"
        assert consent.purpose == "follow_up_reminder" and consent.recorded_by_id == me
        assert consent.purge_after == TODAY + timedelta(days=90) and "22/02/2027" in consent.wording


def test_defaults_remember_last_village_and_helpers(services: Services) -> None:
    me = add_staff(services, "Lê Minh Tuấn")
    other = add_staff(services, "Đỗ Thị Mai")
    assert services.assists.defaults(me).helper_ids == [me]
    inp = visit(me, village_code="tay")
    inp.helper_ids.append(other)
    services.assists.record(inp, me)
    defaults = services.assists.defaults(me)
    assert (defaults.village_code, defaults.helper_ids, defaults.point_code) == ("tay", [me, other], "XA")


# ---------------------------------------------------------------- edit and void


def test_edit_keeps_before_and_after_in_the_audit_trail(any_services: Services, clock: FixedClock) -> None:
    me = add_staff(any_services, "Lê Minh Tuấn")
    view = any_services.assists.record(visit(me, citizen_phone="0912345678", consent=True), me)
    item_uuid = _item_uuids(any_services, view.id)
    clock.advance(minutes=5)
    edit = view.to_input()
    edit.items[0].dossier_code = "000.00.23.H19-241124-0001"
    edit.items.append(ItemInput("app_task", "vssid"))
    edit.age_band = "18_59"
    after = any_services.assists.update(view.id, edit, me)
    assert after.age_band == "18_59" and len(after.items) == 2
    assert after.phone_masked == "******5678"  # keep_personal: untouched
    assert _item_uuids(any_services, view.id)[0] == item_uuid[0]  # the edited item keeps its travel id
    (entry,) = any_services.assists.history(view.id)
    assert entry.action == "assist_updated" and entry.staff_id == me
    assert entry.detail["before"]["age_band"] == "60_plus" and entry.detail["after"]["age_band"] == "18_59"
    assert set(entry.detail["changed"]) == {"age_band", "items"}
    assert "0912345678" not in str(entry.detail) and entry.detail["after"]["phone"] == "******5678"


def _item_uuids(services: Services, record_id: int) -> list:
    with services.sessions() as s:
        return list(
            s.scalars(select(m.AssistItem.uuid).where(m.AssistItem.record_id == record_id).order_by(m.AssistItem.id))
        )


def test_void_keeps_the_record_and_its_history(any_services: Services) -> None:
    me = add_staff(any_services, "Lê Minh Tuấn")
    view = any_services.assists.record(visit(me, follow_up_on=TODAY, follow_up_reason="Bổ sung giấy tờ"), me)
    with pytest.raises(InputError, match="lý do huỷ"):
        any_services.assists.void(view.id, "  ", me)
    voided = any_services.assists.void(view.id, "Ghi nhầm người", me)
    assert voided.voided and voided.void_reason == "Ghi nhầm người"
    assert _count(any_services, m.AssistRecord) == 1 and _count(any_services, m.AssistItem) == 1
    (entry,) = any_services.assists.history(view.id)
    assert entry.action == "assist_voided" and entry.detail["before"]["items"][0]["code"] == "1.001193"
    assert [r.voided for r in any_services.assists.day()] == [True]
    assert any_services.assists.day(include_voided=False) == []
    assert any_services.assists.follow_ups() == []
    with pytest.raises(StateError, match="đã bị huỷ"):
        any_services.assists.update(view.id, view.to_input(), me)
    with pytest.raises(StateError):
        any_services.assists.void(view.id, "lần nữa", me)


def test_old_records_stay_editable_but_new_ones_cannot_be_backdated_far(services: Services, clock: FixedClock) -> None:
    me = add_staff(services, "Lê Minh Tuấn")
    view = services.assists.record(visit(me), me)
    clock.advance(days=60)
    edit = view.to_input()
    edit.age_band = "18_59"
    assert services.assists.update(view.id, edit, me).business_date == TODAY
    with pytest.raises(InputError, match="31 ngày"):
        services.assists.record(visit(me, business_date=TODAY), me)


def test_only_the_people_involved_or_an_officer_may_edit(services: Services) -> None:
    me = add_staff(services, "Lê Minh Tuấn")
    stranger = add_staff(services, "Hoàng Văn Nam")
    officer = add_staff(services, "Nguyễn Thị Lan", "officer")
    view = services.assists.record(visit(me), me)
    with pytest.raises(AuthError):
        services.assists.void(view.id, "không phải của tôi", stranger)
    assert services.assists.update(view.id, view.to_input(), officer).id == view.id


def test_clearing_name_and_phone_on_edit_withdraws_consent(services: Services) -> None:
    me = add_staff(services, "Lê Minh Tuấn")
    view = services.assists.record(visit(me, citizen_name="Trần Thị Bình", consent=True), me)
    edit = view.to_input()
    edit.keep_personal = False
    after = services.assists.update(view.id, edit, me)
    assert not after.has_personal and after.name_masked == ""
    with services.sessions() as s:
        assert s.scalar(select(m.Consent.withdrawn_at)) is not None
    assert [e.action for e in services.assists.history(view.id)] == ["consent_withdrawn", "assist_updated"]


# ---------------------------------------------------------------- follow-ups


def test_follow_up_list_due_today_and_overdue(any_services: Services, clock: FixedClock) -> None:
    me = add_staff(any_services, "Lê Minh Tuấn")
    clock.advance(days=-3)
    late = any_services.assists.record(
        visit(me, follow_up_on=TODAY - timedelta(days=1), follow_up_reason="Gọi lại"), me
    )
    clock.advance(days=3)
    due = any_services.assists.record(visit(me, follow_up_on=TODAY, follow_up_reason="Nhận kết quả"), me)
    later = any_services.assists.record(visit(me, follow_up_on=TODAY + timedelta(days=4), follow_up_reason="Sau"), me)
    any_services.assists.record(visit(me), me)
    listed = any_services.assists.follow_ups()
    assert [(f.record_id, f.status, f.days_late) for f in listed] == [(late.id, "overdue", 1), (due.id, "today", 0)]
    assert listed[0].summary == "Thủ tục đăng ký khai sinh" and listed[0].village_name == "Thôn Đông"
    assert [f.record_id for f in any_services.assists.follow_ups(upcoming_days=7)][-1] == later.id
    any_services.assists.mark_follow_up_done(late.id, me)
    assert [f.record_id for f in any_services.assists.follow_ups()] == [due.id]
    with pytest.raises(StateError, match="đã được đánh dấu xong"):
        any_services.assists.mark_follow_up_done(late.id, me)
    with pytest.raises(StateError, match="không có lịch hẹn"):
        any_services.assists.mark_follow_up_done(any_services.assists.day()[0].id, me)


def test_demo_records_pass_the_rules_when_edited(services: Services) -> None:
    """Demo dossier codes follow the portal pattern, so an officer can edit any demo record unchanged."""
    from kiosk.services.demo import DemoGenerator

    DemoGenerator(services.sessions, services.clock).generate(3, seed=2)
    officer = add_staff(services, "Cán bộ kiểm tra", "officer")
    with_codes = [
        r
        for d in range(3)
        for r in services.assists.day(TODAY - timedelta(days=d))
        if any(i.dossier_code for i in r.items)
    ]
    assert with_codes
    for view in with_codes[:5]:
        assert services.assists.update(view.id, view.to_input(), officer).items == view.items
