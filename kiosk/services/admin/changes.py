"""One step for every administrative change: the audit row (who, what, when) and a `config_changed` event, both
in the caller's transaction, so the change, its trace and the other screens' refresh commit or fail together."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from kiosk.services import events
from kiosk.services.access.audit import add_audit

CONFIG_CHANGED = "config_changed"
WHATS = ("staff", "counters", "services", "villages", "catalogue", "notices", "settings")


def record_change(
    session: Session,
    at: datetime,
    by: int | None,
    what: str,
    action: str,
    target: str | None = None,
    detail: dict[str, Any] | None = None,
) -> None:
    """`by` is the administrator who unlocked the screen (None for a command run without an account)."""
    if what not in WHATS:
        raise ValueError(f"unknown change {what!r}")
    add_audit(session, at, by, action, target, detail)
    # The kiosk tiles, the hall display and the desks follow the feed: this event makes them read again.
    events.append(session, CONFIG_CHANGED, {"what": what, "action": action}, at=at)
