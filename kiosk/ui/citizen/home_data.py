"""What the citizen home shows, as plain data (no Qt, no database): live from model.load_home, or from the
snapshot the screen left in the data folder (kiosk/services/screen_snapshot.py), so the next start paints the
real home before the database stack is even imported.

The snapshot keeps the shape (office names, service tiles, priority groups, hours), never the waiting counts:
a count from another hour would be wrong; a tile shows its count once the live data is in, within a second.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING, Any, NamedTuple

if TYPE_CHECKING:
    from kiosk.services.queue.reads import ServiceTile
    from kiosk.services.queue.views import TicketInfo

# Icons of the shipped priority groups (a commune's own group can name one in the term's `extra: {icon: ...}`).
PRIORITY_ICONS = {
    "nguoi_cao_tuoi": "elderly",
    "nguoi_khuyet_tat": "wheelchair",
    "phu_nu_mang_thai": "pregnant",
    "nguoi_co_cong": "medal",
    "tre_nho": "child",
}
# The four faces, best first; the names shown come from the catalogue (terms of kind "satisfaction").
FACE_LEVELS = ("rat_hai_long", "hai_long", "binh_thuong", "khong_hai_long")


# NamedTuples, not dataclasses: a fast start builds these before its first paint, and each dataclass costs
# about a millisecond to define (the code it generates is compiled), a NamedTuple a quarter of that.
class PriorityGroup(NamedTuple):
    code: str
    name: str
    icon: str


class Level(NamedTuple):
    code: str
    name: str


class SavedTile(NamedTuple):
    """A service tile as the snapshot keeps it: what ServiceTile has, with no count yet (None)."""

    prefix: str
    name: str
    description: str | None
    icon: str | None
    waiting: int | None = None


class HomeData(NamedTuple):
    office_name: str
    office_short: str
    tiles: tuple[ServiceTile | SavedTile, ...]
    counters: dict[str, tuple[int, ...]]  # service prefix → desks that serve it
    groups: tuple[PriorityGroup, ...]
    levels: tuple[Level, ...]
    issuing_open: bool
    hours_text: str
    next_open: datetime | None  # local time tickets are handed out again, when closed now
    business_date: date
    last_event_id: int  # the feed position the counts are valid at
    idle_reset_s: int
    ticket_show_s: int
    large_text: bool
    auto_print: bool
    link_base: str = ""  # "<web.public_url>" when the ticket QR is the phone link (kiosk/services/web/links.py)

    def qr_text(self, info: TicketInfo) -> str:
        # Imported here: its uuid module costs a fast start's first paint some milliseconds, and a QR comes later.
        from kiosk.services.web.links import ticket_qr_text

        return ticket_qr_text(info.uuid, self.link_base)

    @property
    def prefixes(self) -> tuple[str, ...]:
        return tuple(t.prefix for t in self.tiles)


def home_to_snapshot(data: HomeData) -> dict[str, Any]:
    """The part of `data` worth painting at the next start (names and shape; no counts, no feed position)."""
    return {
        "office_name": data.office_name,
        "office_short": data.office_short,
        "tiles": [[t.prefix, t.name, t.description, t.icon] for t in data.tiles],
        "groups": [[g.code, g.name, g.icon] for g in data.groups],
        "issuing_open": data.issuing_open,
        "hours_text": data.hours_text,
        "next_open": data.next_open.isoformat() if data.next_open else None,
        "large_text": data.large_text,
    }


def home_from_snapshot(body: dict[str, Any], now_local: datetime) -> HomeData | None:
    """The home to paint before the database is open, or None when `body` is not what home_to_snapshot wrote.

    Closed at the time of the snapshot and not yet reopened: closed now (the come-back time still holds).
    Otherwise open: if the office closed since, the live data says so within a second, and a tap made in that
    second is only honoured once the live data says tickets are handed out."""
    try:
        tiles = tuple(SavedTile(str(p), str(n), None if d is None else str(d), None if i is None else str(i))
                      for p, n, d, i in body["tiles"])  # fmt: skip
        groups = tuple(PriorityGroup(str(c), str(n), str(i)) for c, n, i in body["groups"])
        next_open = datetime.fromisoformat(body["next_open"]) if body["next_open"] else None
        still_closed = not body["issuing_open"] and next_open is not None and next_open > now_local
        return HomeData(
            office_name=str(body["office_name"]),
            office_short=str(body["office_short"]),
            tiles=tiles,
            counters={},
            groups=groups,
            levels=(),
            issuing_open=not still_closed,
            hours_text=str(body["hours_text"]),
            next_open=next_open if still_closed else None,
            business_date=now_local.date(),
            last_event_id=0,
            idle_reset_s=60,
            ticket_show_s=20,
            large_text=body["large_text"] is True,
            auto_print=False,
        )
    except (KeyError, TypeError, ValueError):
        return None
