"""Audit rows written inside the caller's transaction, so a change and its trace commit or fail together.

`record` writes on a Core connection (a tally export audits itself without the ORM); `add_audit` adds the row to
an ORM session, flushed with the change it traces.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, insert

from kiosk.db import tables as t
from kiosk.errors import NotFoundError

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from kiosk.db import models as m

_INSERT = insert(t.audit_log)


def record(
    conn: Connection,
    at: datetime,
    staff_id: int | None,
    action: str,
    target: str | None = None,
    detail: dict[str, Any] | None = None,
) -> None:
    """The audit row, inserted at once on `conn` (Core). The same rule as add_audit for `detail`."""
    conn.execute(_INSERT, {"at": at, "staff_id": staff_id, "action": action, "target": target, "detail": detail or {}})


def add_audit(
    session: Session,
    at: datetime,
    staff_id: int | None,
    action: str,
    target: str | None = None,
    detail: dict[str, Any] | None = None,
) -> None:
    """Never put a clear name, phone or ID number in `detail`: the audit trail outlives the retention purge."""
    from kiosk.db import models as m

    session.add(m.AuditEntry(at=at, staff_id=staff_id, action=action, target=target, detail=detail or {}))


def require_staff(session: Session, staff_id: int) -> m.Staff:
    from kiosk.db import models as m

    row = session.get(m.Staff, staff_id)
    if row is None or not row.active:
        raise NotFoundError("Không tìm thấy tài khoản cán bộ này (hoặc tài khoản đã ngừng hoạt động).")
    return row
