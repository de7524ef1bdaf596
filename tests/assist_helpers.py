"""Builders shared by the desk service and UI tests."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from kiosk.app import Services
from kiosk.db import models as m
from kiosk.services.records.types import ItemInput, RecordInput


def add_staff(services: Services, name: str, role: str = "team_member") -> int:
    """A staff row without the deliberately slow scrypt PIN (login is tested on its own)."""
    with services.sessions.begin() as s:
        row = m.Staff(name=name, role=role, pin_hash=None, created_at=services.clock.now())
        s.add(row)
        s.flush()
        return row.id


def khai_sinh(**extra: object) -> ItemInput:
    values: dict = {"channel": "online", "outcome": "submitted"} | extra
    return ItemInput("procedure", "1.001193", **values)


def visit(helper: int, *items: ItemInput, **extra: object) -> RecordInput:
    values: dict = {"age_band": "60_plus", "village_code": "dong"} | extra
    return RecordInput(items=list(items) or [khai_sinh()], helper_ids=[helper], **values)


def add_ticket(services: Services, code: str, day: date) -> int:
    """A ticket row as the queue would leave it (the queue engine is another module's job)."""
    with services.sessions.begin() as s:
        point = s.scalar(select(m.Point).where(m.Point.code == "XA"))
        service = s.scalar(select(m.QueueService).where(m.QueueService.prefix == code[0]))
        now = services.clock.now()
        row = m.Ticket(
            point_id=point.id,
            service_id=service.id,
            number=int(code[1:]),
            code=code,
            business_date=day,
            status="finished",
            issued_at=now,
            queued_at=now,
        )
        s.add(row)
        s.flush()
        return row.id
