"""The record form's item picker: one search over procedures, app tasks and skill topics; favourites and recent first.

Search keys are accent-folded (catalogue import builds them), so "ho tich", "khai sinh", "vneid" and "1.001193"
find theirs whatever the typing method.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from kiosk.db import models as m
from kiosk.errors import InputError, NotFoundError
from kiosk.services.records.types import ITEM_KINDS, ItemChoice
from kiosk.text import fold

RECENT_WINDOW = 300  # look at the staff member's last N records only: fast on a year of data
MODELS: dict[str, Any] = {"procedure": m.Procedure, "app_task": m.AppTask, "topic": m.GuidanceTopic}
ITEM_FK = {"procedure": "procedure_id", "app_task": "app_task_id", "topic": "topic_id"}


def _choice(kind: str, row: Any, *, favourite: bool = False, recent: bool = False) -> ItemChoice:
    if kind == "procedure":
        level = row.online_level if row.online_level in ("toan_trinh", "mot_phan") else None
        return ItemChoice(
            kind, row.code, row.name, row.code, favourite, recent, default_portal=row.submit_via, default_level=level
        )
    return ItemChoice(kind, row.code, row.name, ITEM_KINDS[kind], favourite, recent)


def favourites(session: Session, staff_id: int) -> list[ItemChoice]:
    pinned = session.execute(
        select(m.StaffFavourite.kind, m.StaffFavourite.code)
        .where(m.StaffFavourite.staff_id == staff_id)
        .order_by(m.StaffFavourite.created_at)
    ).all()
    out = []
    for kind, code in pinned:
        model = MODELS.get(kind)
        row = session.scalar(select(model).where(model.code == code, model.active)) if model else None
        if row is not None:
            out.append(_choice(kind, row, favourite=True))
    return out


def recent(session: Session, staff_id: int, limit: int = 8) -> list[ItemChoice]:
    """Items this staff member recorded lately, newest first, each once."""
    last_records = (
        select(m.AssistRecord.id)
        .where(m.AssistRecord.created_by_id == staff_id, m.AssistRecord.voided_at.is_(None))
        .order_by(m.AssistRecord.created_at.desc())
        .limit(RECENT_WINDOW)
        .subquery()
    )
    out: list[tuple[datetime, ItemChoice]] = []
    for kind, model in MODELS.items():
        fk = getattr(m.AssistItem, ITEM_FK[kind])
        latest = func.max(m.AssistRecord.created_at)
        rows = session.execute(
            select(model, latest)
            .join(m.AssistItem, fk == model.id)
            .join(m.AssistRecord, m.AssistRecord.id == m.AssistItem.record_id)
            .where(m.AssistItem.record_id.in_(select(last_records.c.id)), model.active)
            .group_by(model.id)
            .order_by(latest.desc())
            .limit(limit)
        ).all()
        out += [(at, _choice(kind, row, recent=True)) for row, at in rows]
    out.sort(key=lambda pair: pair[0], reverse=True)
    return [choice for _, choice in out[:limit]]


def search(session: Session, query: str, staff_id: int | None, limit: int = 12) -> list[ItemChoice]:
    """Empty query: favourites then recent. Otherwise every word must match; favourites and recent rank first."""
    pinned = favourites(session, staff_id) if staff_id else []
    lately = recent(session, staff_id) if staff_id else []
    words = fold(query).split()
    if not words:
        seen = {(c.kind, c.code) for c in pinned}
        return (pinned + [c for c in lately if (c.kind, c.code) not in seen])[:limit]
    hits: list[ItemChoice] = []
    for kind, model in MODELS.items():
        q = select(model).where(model.active)
        for word in words:
            q = q.where(model.search_key.contains(word, autoescape=True))
        order = model.name if kind == "procedure" else model.sort_order
        hits += [_choice(kind, row) for row in session.scalars(q.order_by(order).limit(limit))]
    fav_keys = {(c.kind, c.code) for c in pinned}
    recent_keys = {(c.kind, c.code) for c in lately}
    exact = fold(query).strip()
    ranked = [replace(c, favourite=(c.kind, c.code) in fav_keys, recent=(c.kind, c.code) in recent_keys) for c in hits]
    # A typed code goes straight to its procedure; then favourites, recent, and the catalogue's own order.
    ranked.sort(key=lambda c: (c.code.lower() != exact, not c.favourite, not c.recent))
    return ranked[:limit]


def toggle_favourite(session: Session, staff_id: int, kind: str, code: str, now: datetime) -> bool:
    model = MODELS.get(kind)
    if model is None:
        raise InputError(f"Loại mục '{kind}' không hợp lệ.")
    if session.scalar(select(model.id).where(model.code == code)) is None:
        raise NotFoundError(f"Không có mục mã '{code}' trong danh mục.")
    key = (staff_id, kind, code)
    if session.get(m.StaffFavourite, key) is not None:
        session.execute(
            delete(m.StaffFavourite).where(
                m.StaffFavourite.staff_id == staff_id, m.StaffFavourite.kind == kind, m.StaffFavourite.code == code
            )
        )
        return False
    session.add(m.StaffFavourite(staff_id=staff_id, kind=kind, code=code, created_at=now))
    return True
