"""Plain data the queue engine hands to screens and the CLI: no session, no lazy loading."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

# waiting | serving | parked | skipped | finished | cancelled | no_show (the demo generator writes the same)
OPEN_STATUSES = ("waiting", "serving", "parked", "skipped")
CLOSED_STATUSES = ("finished", "cancelled", "no_show")
STATUS_NAMES = {
    "waiting": "Đang chờ",
    "serving": "Đang phục vụ",
    "parked": "Tạm chờ bổ sung giấy tờ",
    "skipped": "Đã gọi nhưng vắng mặt",
    "finished": "Đã phục vụ xong",
    "cancelled": "Đã huỷ",
    "no_show": "Không đến",
}
COUNTER_STATE_NAMES = {"open": "Đang mở", "paused": "Tạm nghỉ", "closed": "Đã đóng"}


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


@dataclass(frozen=True)
class TicketInfo:
    uuid: uuid.UUID
    code: str
    number: int
    service: str
    service_name: str
    business_date: date
    priority: str | None
    priority_name: str | None
    status: str
    issued_at: datetime
    queued_at: datetime
    called_at: datetime | None
    finished_at: datetime | None
    counter: int | None
    counter_name: str | None
    call_count: int
    returned_after_skip: bool
    front_of_queue: bool
    transferred_from: str | None
    target_counter: int | None
    service_seconds: int | None
    # Filled for a waiting ticket (on issue and on lookup): people before it in its service and the estimate.
    waiting_ahead: int | None = None
    estimated_wait_min: int | None = None

    @property
    def status_name(self) -> str:
        return STATUS_NAMES.get(self.status, self.status)

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready; `kiosk ticket issue --json` prints this (its first keys are a contract)."""
        return {
            "code": self.code,
            "number": self.number,
            "service": self.service,
            "business_date": self.business_date.isoformat(),
            "priority": self.priority,
            "waiting_ahead": self.waiting_ahead,
            "estimated_wait_min": self.estimated_wait_min,
            "uuid": str(self.uuid),
            "service_name": self.service_name,
            "priority_name": self.priority_name,
            "status": self.status,
            "issued_at": _iso(self.issued_at),
            "queued_at": _iso(self.queued_at),
            "called_at": _iso(self.called_at),
            "finished_at": _iso(self.finished_at),
            "counter": self.counter,
            "counter_name": self.counter_name,
            "call_count": self.call_count,
            "transferred_from": self.transferred_from,
            "target_counter": self.target_counter,
        }

    def payload(self, waiting: int) -> dict[str, Any]:
        """The common keys of every ticket event (documented in kiosk/services/events.py)."""
        return {
            "ticket_uuid": str(self.uuid),
            "code": self.code,
            "number": self.number,
            "service": self.service,
            "service_name": self.service_name,
            "priority": self.priority,
            "priority_name": self.priority_name,
            "status": self.status,
            "business_date": self.business_date.isoformat(),
            "counter": self.counter,
            "counter_name": self.counter_name,
            "waiting": waiting,
        }


@dataclass(frozen=True)
class CallResult:
    """What a desk gets when it calls: the ticket now at the desk (None when nobody waits)."""

    counter: int
    counter_name: str
    ticket: TicketInfo | None
    finished: str | None = None  # code of the ticket finished first, when the desk was still serving one
    resumed: bool = False  # a parked ticket called back

    def as_dict(self) -> dict[str, Any]:
        """`kiosk queue call --json`: {"code": null, ...} when nobody waits."""
        t = self.ticket
        return {
            "code": t.code if t else None,
            "counter": self.counter,
            "service": t.service if t else None,
            "number": t.number if t else None,
            "priority": t.priority if t else None,
            "business_date": t.business_date.isoformat() if t else None,
            "service_name": t.service_name if t else None,
            "priority_name": t.priority_name if t else None,
            "counter_name": self.counter_name,
            "call_count": t.call_count if t else None,
            "finished": self.finished,
            "resumed": self.resumed,
        }


@dataclass(frozen=True)
class CounterInfo:
    number: int
    name: str
    state: str
    services: tuple[str, ...]
    serving: str | None = None
    parked: tuple[str, ...] = ()
    priority_streak: int = 0

    @property
    def state_name(self) -> str:
        return COUNTER_STATE_NAMES.get(self.state, self.state)

    def as_dict(self) -> dict[str, Any]:
        return {
            "counter": self.number,
            "name": self.name,
            "state": self.state,
            "services": list(self.services),
            "serving": self.serving,
            "parked": list(self.parked),
        }


@dataclass(frozen=True)
class QueueItem:
    """A ticket in a read model: waiting, serving, parked or skipped today."""

    code: str
    service: str
    service_name: str
    priority: str | None
    priority_name: str | None
    status: str
    issued_at: datetime
    queued_at: datetime
    front_of_queue: bool
    counter: int | None  # the desk serving it, that parked it or that skipped it
    target_counter: int | None  # a transfer to one desk
    last_called_at: datetime | None


@dataclass(frozen=True)
class QueueStatus:
    business_date: date
    waiting: list[QueueItem]  # per service (catalogue order), then in calling order
    serving: list[QueueItem]
    parked: list[QueueItem]
    skipped: list[QueueItem]
    counters: list[CounterInfo]
    waiting_by_service: dict[str, int] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        """`kiosk queue status --json`: "waiting" and "serving" keys are a contract."""
        return {
            "business_date": self.business_date.isoformat(),
            "waiting": [
                {
                    "code": t.code,
                    "service": t.service,
                    "priority": t.priority,
                    "issued_at": _iso(t.issued_at),
                    "queued_at": _iso(t.queued_at),
                    "front": t.front_of_queue,
                    "target_counter": t.target_counter,
                }
                for t in self.waiting
            ],
            "serving": [
                {"code": t.code, "counter": t.counter, "service": t.service, "since": _iso(t.last_called_at)}
                for t in self.serving
            ],
            "parked": [{"code": t.code, "counter": t.counter, "service": t.service} for t in self.parked],
            "skipped": [{"code": t.code, "counter": t.counter, "service": t.service} for t in self.skipped],
            "waiting_by_service": dict(self.waiting_by_service),
            "counters": [c.as_dict() for c in self.counters],
        }


@dataclass(frozen=True)
class RatingInfo:
    code: str
    level: str
    level_name: str
    business_date: date
