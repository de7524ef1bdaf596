"""Checks and normalising for one record form: every rule with its Vietnamese sentence, and nothing else.

`resolve_record` turns a RecordInput into column values (or raises InputError); assists.py writes them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk.db import models as m
from kiosk.errors import InputError, NotFoundError
from kiosk.services.access.privacy import check_no_secrets, normalise_phone
from kiosk.services.queue.refs import ticket_uuid_in
from kiosk.services.records.search import MODELS
from kiosk.services.records.types import (
    AGE_BANDS,
    CHANNELS,
    ITEM_KINDS,
    MAX_ITEMS,
    NOTE_MAX,
    ONLINE_LEVELS,
    PROCEDURE_OUTCOMES,
    REASON_MAX,
    TASK_OUTCOMES,
    ItemInput,
    RecordInput,
)
from kiosk.text import clean

BACKDATE_DAYS = 31  # a mobile team may type last week's door-to-door visits; older belongs to the admin
FOLLOW_UP_MAX_DAYS = 365
_DOSSIER_CHARS = re.compile(r"[A-Z0-9][A-Z0-9.\-/_:]{2,63}")


@dataclass
class ResolvedRecord:
    point_id: int
    business_date: date
    ticket_id: int | None
    village_id: int | None
    age_band: str
    helper_ids: list[int]
    items: list[dict[str, Any]]
    citizen_name: str | None
    citizen_phone: str | None
    follow_up_on: date | None
    follow_up_reason: str | None
    note: str | None
    portals: dict[str, m.Term] = field(default_factory=dict)


def normalise_dossier_code(value: str | None) -> str | None:
    if value is None:
        return None
    # Codes are read off receipts and SMS: spaces, lower case and typographic dashes creep in.
    text = re.sub(r"\s+", "", value.replace("–", "-").replace("—", "-").replace("‑", "-")).upper()
    return text or None


def check_dossier_code(code: str, portal: m.Term | None) -> None:
    if not _DOSSIER_CHARS.fullmatch(code):
        raise InputError(f"Mã hồ sơ '{code}' không hợp lệ; chỉ gồm chữ, số và dấu chấm, gạch ngang.")
    pattern = (portal.extra or {}).get("dossier_pattern") if portal else None
    if pattern and not re.fullmatch(str(pattern), code):
        example = (portal.extra or {}).get("dossier_example")
        hint = f" (ví dụ {example})" if example else ""
        raise InputError(f"Mã hồ sơ '{code}' không đúng dạng mã của {portal.name}{hint}.")  # type: ignore[union-attr]


def _terms(session: Session, kind: str) -> dict[str, m.Term]:
    rows = session.scalars(select(m.Term).where(m.Term.kind == kind, m.Term.active))
    return {t.code: t for t in rows}


def _catalogue_row(session: Session, kind: str, code: str) -> Any:
    if kind not in ITEM_KINDS:
        raise InputError(f"Loại mục '{kind}' không hợp lệ.")
    model = MODELS[kind]
    row = session.scalar(select(model).where(model.code == (code or "").strip()))
    if row is None:
        raise NotFoundError(f"Không có {ITEM_KINDS[kind].lower()} mã '{code}' trong danh mục.")
    return row


def resolve_item(session: Session, item: ItemInput, position: int, terms: dict[str, dict[str, m.Term]]) -> dict:
    row = _catalogue_row(session, item.kind, item.code)
    label = f"Mục {position} ({row.name[:40]})"
    values: dict[str, Any] = {
        "kind": item.kind,
        "procedure_id": row.id if item.kind == "procedure" else None,
        "app_task_id": row.id if item.kind == "app_task" else None,
        "topic_id": row.id if item.kind == "topic" else None,
        "portal": None,
        "online_level": None,
        "channel": None,
        "outcome": "done",
        "dossier_code": None,
        "reason_code": None,
        "fee_paid_online": False,
        "vneid_login": False,
    }
    reasons = terms["not_submitted_reason"]
    if item.kind == "topic":
        return values
    if item.kind == "app_task":
        outcome = item.outcome or "done"
        if outcome not in TASK_OUTCOMES:
            raise InputError(f"{label}: kết quả phải là 'xong' hoặc 'chưa xong'.")
        values["outcome"] = outcome
        if outcome == "not_done":
            values["reason_code"] = _reason(item.reason_code, reasons, label)
        return values

    if item.channel not in CHANNELS:
        raise InputError(f"{label}: xin chọn hình thức nộp (trực tuyến, trực tiếp hoặc bưu chính).")
    if item.outcome not in PROCEDURE_OUTCOMES:
        raise InputError(f"{label}: xin chọn kết quả: đã nộp hay chưa nộp được.")
    values |= {"channel": item.channel, "outcome": item.outcome, "fee_paid_online": bool(item.fee_paid_online)}
    portal_row: m.Term | None = None
    if item.channel == "online":
        portal_code = item.portal or row.submit_via
        if not portal_code:
            raise InputError(f"{label}: xin chọn cổng đã nộp hồ sơ.")
        portal_row = terms["portal"].get(portal_code)
        if portal_row is None:
            raise InputError(f"{label}: cổng '{portal_code}' không có trong danh mục.")
        level = item.online_level or (row.online_level if row.online_level in ONLINE_LEVELS else None)
        if level is not None and level not in ONLINE_LEVELS:
            raise InputError(f"{label}: mức trực tuyến phải là 'toàn trình' hoặc 'một phần'.")
        values |= {"portal": portal_code, "online_level": level, "vneid_login": bool(item.vneid_login)}
    dossier = normalise_dossier_code(item.dossier_code)
    if item.outcome == "submitted":
        if dossier:
            check_dossier_code(dossier, portal_row)
        values["dossier_code"] = dossier
    else:
        if dossier:
            raise InputError(f"{label}: hồ sơ chưa nộp được thì không có mã hồ sơ.")
        values["reason_code"] = _reason(item.reason_code, reasons, label)
        values["fee_paid_online"] = False
    return values


def _reason(code: str | None, reasons: dict[str, m.Term], label: str) -> str:
    if not code:
        raise InputError(f"{label}: xin chọn lý do chưa làm được.")
    if code not in reasons:
        raise InputError(f"{label}: lý do '{code}' không có trong danh mục.")
    return code


def resolve_record(
    session: Session, inp: RecordInput, *, today: date, default_point: str, stored_date: date | None = None
) -> ResolvedRecord:
    """`stored_date`: on an edit, the record's own date, which may stay however old it is."""
    if not inp.items:
        raise InputError("Xin chọn ít nhất một việc đã hỗ trợ (thủ tục, ứng dụng hoặc kỹ năng).")
    if len(inp.items) > MAX_ITEMS:
        raise InputError(f"Một lượt hỗ trợ ghi tối đa {MAX_ITEMS} việc; xin tách thành nhiều lượt.")
    terms = {k: _terms(session, k) for k in ("not_submitted_reason", "portal")}
    items = [resolve_item(session, item, n, terms) for n, item in enumerate(inp.items, start=1)]

    helper_ids = list(dict.fromkeys(inp.helper_ids))
    if not helper_ids:
        raise InputError("Xin chọn người hỗ trợ.")
    for sid in helper_ids:
        staff = session.get(m.Staff, sid)
        if staff is None or not staff.active:
            raise NotFoundError("Người hỗ trợ đã chọn không có hoặc đã ngừng hoạt động.")

    if inp.age_band not in AGE_BANDS:
        raise InputError("Xin chọn độ tuổi: dưới 18, 18–59 hoặc từ 60 trở lên.")
    village_id = None
    if inp.village_code:
        village = session.scalar(select(m.Village).where(m.Village.code == inp.village_code))
        if village is None:
            raise NotFoundError(f"Không có thôn mã '{inp.village_code}'.")
        village_id = village.id
    point_code = inp.point_code or default_point
    point = session.scalar(select(m.Point).where(m.Point.code == point_code))
    if point is None:
        raise NotFoundError(f"Không có nơi làm việc mã '{point_code}'.")

    day = inp.business_date or today
    if day > today:
        raise InputError("Ngày hỗ trợ không được sau hôm nay.")
    if day < today - timedelta(days=BACKDATE_DAYS) and day != stored_date:
        raise InputError(f"Chỉ ghi bù được lượt hỗ trợ trong {BACKDATE_DAYS} ngày gần đây.")

    ticket_id = None
    code = (inp.ticket_code or "").strip().upper()
    scanned = ticket_uuid_in(inp.ticket_code)
    if scanned is not None:  # the ticket's QR read by a scanner: the bare uuid or the phone link
        ticket = session.scalar(select(m.Ticket).where(m.Ticket.uuid == scanned))
        if ticket is None or ticket.business_date != day:
            raise NotFoundError(f"Không có phiếu có mã QR này trong ngày {day:%d/%m/%Y}.")
        ticket_id = ticket.id
    elif code:
        # A code names a ticket only at its point: every point sharing a server has its own A001.
        ticket_id = session.scalar(
            select(m.Ticket.id).where(
                m.Ticket.point_id == point.id, m.Ticket.business_date == day, m.Ticket.code == code
            )
        )
        if ticket_id is None:
            raise NotFoundError(f"Không có số thứ tự {code} của {point.name} trong ngày {day:%d/%m/%Y}.")

    name = phone = None
    if not inp.keep_personal:
        name = clean(inp.citizen_name, field="họ tên người dân", max_len=200)
        if name and any(ch.isdigit() for ch in name):
            raise InputError("Họ tên người dân không được có chữ số.")
        phone = normalise_phone(inp.citizen_phone)
        if (name or phone) and not inp.consent:
            raise InputError(
                "Chỉ lưu họ tên, số điện thoại khi người dân đồng ý: xin đánh dấu ô đồng ý hoặc xoá hai ô này."
            )

    reason = clean(inp.follow_up_reason, field="lý do hẹn", max_len=REASON_MAX)
    check_no_secrets(reason, "lý do hẹn")
    if inp.follow_up_on is None and reason:
        raise InputError("Xin chọn ngày hẹn lại.")
    if inp.follow_up_on is not None:
        if not reason:
            raise InputError("Xin ghi lý do hẹn lại.")
        if inp.follow_up_on < day:
            raise InputError("Ngày hẹn lại không được trước ngày hỗ trợ.")
        if inp.follow_up_on > day + timedelta(days=FOLLOW_UP_MAX_DAYS):
            raise InputError("Ngày hẹn lại quá xa (tối đa một năm).")
    note = clean(inp.note, field="ghi chú", max_len=NOTE_MAX)
    check_no_secrets(note, "ghi chú")

    return ResolvedRecord(
        point_id=point.id,
        business_date=day,
        ticket_id=ticket_id,
        village_id=village_id,
        age_band=inp.age_band,
        helper_ids=helper_ids,
        items=items,
        citizen_name=name,
        citizen_phone=phone,
        follow_up_on=inp.follow_up_on,
        follow_up_reason=reason,
        note=note,
        portals=terms["portal"],
    )
