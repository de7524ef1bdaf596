"""Audit rows written inside the caller's transaction, so a change and its trace commit or fail together."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from kiosk.db import models as m
from kiosk.errors import NotFoundError


def add_audit(
    session: Session,
    at: datetime,
    staff_id: int | None,
    action: str,
    target: str | None = None,
    detail: dict[str, Any] | None = None,
) -> None:
    """Never put a clear name, phone or ID number in `detail`: the audit trail outlives the retention purge."""
    session.add(m.AuditEntry(at=at, staff_id=staff_id, action=action, target=target, detail=detail or {}))


def require_staff(session: Session, staff_id: int) -> m.Staff:
    row = session.get(m.Staff, staff_id)
    if row is None or not row.active:
        raise NotFoundError("Không tìm thấy tài khoản cán bộ này (hoặc tài khoản đã ngừng hoạt động).")
    return row
