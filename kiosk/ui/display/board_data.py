"""The hall display's board as the screen snapshot keeps it (kiosk/services/screen_snapshot.py), so the next start
paints the real board before the database stack is imported. Plain data, no Qt, no database.

Kept: the office's name, the desks, the services, the latest calls and the notices. From the same business day
they are shown as they were (a restart a moment ago: the hall sees what it saw, and the live board follows within
a second); from another day only the names are, with no number served, no count and no call.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from kiosk.clock import SystemClock, business_date

if TYPE_CHECKING:
    from kiosk.services.display import Board


@dataclass(frozen=True)
class SavedDesk:
    number: int
    name: str
    state: str = "open"
    serving: str | None = None
    service: str | None = None
    service_name: str | None = None


@dataclass(frozen=True)
class SavedService:
    prefix: str
    name: str
    waiting: int | None = None  # None: not known yet (the live board brings it)


@dataclass(frozen=True)
class SavedCall:
    code: str
    counter: int
    service_name: str


@dataclass(frozen=True)
class SavedBoard:
    office: str
    desks: list[SavedDesk] = field(default_factory=list)
    services: list[SavedService] = field(default_factory=list)
    recent: list[SavedCall] = field(default_factory=list)  # newest first
    notices: list[str] = field(default_factory=list)


def board_to_snapshot(board: Board) -> dict[str, Any]:
    return {
        "business_date": board.business_date.isoformat(),
        "office": board.office,
        "desks": [[d.number, d.name, d.state, d.serving, d.service, d.service_name] for d in board.desks],
        "services": [[s.prefix, s.name, s.waiting] for s in board.services],
        "recent": [[c.code, c.counter, c.service_name] for c in board.recent],
        "notices": list(board.notices),
    }


def board_from_snapshot(body: dict[str, Any], today: date | None = None) -> SavedBoard | None:
    """The board to paint before the database is open, or None when `body` is not what board_to_snapshot wrote."""
    today = today or business_date(SystemClock().now())
    try:
        same_day = date.fromisoformat(body["business_date"]) == today
        desks = [
            SavedDesk(int(n), str(name), str(state), _opt(serving), _opt(service), _opt(service_name))
            if same_day
            else SavedDesk(int(n), str(name))
            for n, name, state, serving, service, service_name in body["desks"]
        ]
        services = [SavedService(str(p), str(name), int(w) if same_day else None) for p, name, w in body["services"]]
        recent = [SavedCall(str(c), int(n), str(s)) for c, n, s in body["recent"]] if same_day else []
        return SavedBoard(str(body["office"]), desks, services, recent, [str(line) for line in body["notices"]])
    except (KeyError, TypeError, ValueError):
        return None


def _opt(value: Any) -> str | None:
    return None if value is None else str(value)
