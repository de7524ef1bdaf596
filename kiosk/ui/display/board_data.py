"""The hall display's board as the screen snapshot keeps it (kiosk/services/screen_snapshot.py), so the next start
paints the real board before the database stack is imported. Plain data, no Qt, no database.

Kept: the office's name, the desks, the services, the latest calls and the notices. From the same business day
they are shown as they were (a restart a moment ago: the hall sees what it saw, and the live board follows within
a second); from another day only the names are, with no number served, no count and no call.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any, NamedTuple

from kiosk.clock import SystemClock, business_date

if TYPE_CHECKING:
    from kiosk.services.display import Board


# NamedTuples, not dataclasses: a fast start builds these before its first paint, and each dataclass costs
# about a millisecond to define (the code it generates is compiled), a NamedTuple a quarter of that.
class SavedDesk(NamedTuple):
    number: int
    name: str
    state: str = "open"
    serving: str | None = None
    service: str | None = None
    service_name: str | None = None


class SavedService(NamedTuple):
    prefix: str
    name: str
    waiting: int | None = None  # None: not known yet (the live board brings it)


class SavedCall(NamedTuple):
    code: str
    counter: int
    service_name: str


class SavedBoard(NamedTuple):
    office: str
    desks: list[SavedDesk]
    services: list[SavedService]
    recent: list[SavedCall]  # newest first
    notices: list[str]


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
