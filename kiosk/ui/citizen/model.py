"""What the citizen screen reads and prints, gathered in plain Python (no Qt): runs on the worker thread.

Everything goes through the services of the composition root; the screen keeps the result (`HomeData`) and
follows the change feed for the waiting counts.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING, Any

from kiosk.clock import business_date, to_local
from kiosk.services.printing.service import PrintJobView
from kiosk.services.queue.refs import ticket_uuid_in
from kiosk.services.queue.rules import next_opening, parse_hours
from kiosk.services.web.links import link_base
from kiosk.ui.citizen.home_data import PRIORITY_ICONS, HomeData, Level, PriorityGroup

if TYPE_CHECKING:
    from kiosk.app import Services
    from kiosk.services.queue.views import TicketInfo

_CODE = re.compile(r"^([A-Z]{1,2})0*(\d{1,4})$")


def load_home(services: Services) -> HomeData:
    """Everything the home screen shows. The feed position is read first, so no change between it and the
    counts is missed (an event seen twice only sets a count to the same value again)."""
    last_event_id = services.events.latest_id()
    settings = services.settings.all()
    tiles = services.queue.service_tiles()
    counters: dict[str, list[int]] = {}
    for desk in services.queue.counters():
        for prefix in desk.services:
            counters.setdefault(prefix, []).append(desk.number)
    is_open, hours_text = services.queue.issuing_hours()
    now = services.clock.now()
    next_open = None
    if not is_open:
        next_open = next_opening(parse_hours(settings["queue.opening_hours"]), to_local(now))
    try:
        point = services.catalogue.point(services.config.point_code)
        office_name, office_short = point.name, point.short_name or point.name
    except Exception:  # noqa: BLE001 - the kiosk still hands out numbers without its office row
        office_name = office_short = ""
    groups = tuple(
        PriorityGroup(t.code, t.name, str((t.extra or {}).get("icon") or PRIORITY_ICONS.get(t.code, "star")))
        for t in services.catalogue.terms("priority_group")
    )
    levels = tuple(Level(t.code, t.name) for t in services.catalogue.terms("satisfaction"))
    return HomeData(
        office_name=office_name,
        office_short=office_short,
        tiles=tuple(tiles),
        counters={prefix: tuple(sorted(numbers)) for prefix, numbers in counters.items()},
        groups=groups,
        levels=levels,
        issuing_open=is_open,
        hours_text=hours_text,
        next_open=next_open,
        business_date=business_date(now),
        last_event_id=last_event_id,
        idle_reset_s=max(1, int(settings["kiosk.idle_reset_s"])),
        ticket_show_s=max(1, int(settings["kiosk.ticket_show_s"])),
        large_text=bool(settings["kiosk.large_text"]),
        auto_print=bool(settings["print.auto_ticket"]),
        link_base=link_base(settings),
    )


def print_ticket(services: Services, info: TicketInfo) -> PrintJobView:
    """Render and print a ticket just issued. The paper shows what the screen shows: people ahead and the wait
    from the moment of issuing; office, counters and the ticket row from the handouts service."""
    view = services.handouts.ticket_view(info.code, info.business_date)
    view = replace(view, people_ahead=info.waiting_ahead, wait_minutes=info.estimated_wait_min)
    return services.printing.print_document(services.handouts.ticket(view))


def print_guide(services: Services, slug: str) -> PrintJobView:
    return services.printing.print_document(services.handouts.guide(slug))


SCAN_MAX = 260  # the longest ticket QR a scanner types: "<web.public_url>/v/<uuid>" (public_url is at most 200)


def is_uuid(text: str) -> bool:
    """A ticket's QR as a scanner types it: the bare uuid or the phone link `<public_url>/v/<uuid>`."""
    return ticket_uuid_in(text) is not None


def normalise_code(text: str) -> str:
    """'a12', 'A0012' and 'A012' all mean A012, as the number is said aloud; anything else is returned as typed."""
    value = (text or "").strip().upper()
    parts = _CODE.match(value)
    return f"{parts[1]}{int(parts[2]):03d}" if parts else value


def ticket_ref(text: str) -> str:
    """What the rating screen sends to the queue: a scanned uuid as is, a typed code normalised."""
    key = ticket_uuid_in(text)
    return str(key) if key is not None else normalise_code(text)


def apply_events(counts: dict[str, int], events: list[Any], business_day: date) -> tuple[dict[str, int], bool]:
    """New waiting counts from feed events (their `waiting` payload is the count after the change).

    Returns (counts, reload): reload is True when something the counts cannot follow happened (a new day, a
    change made by an administrator).
    """
    counts = dict(counts)
    reload = False
    for event in events:
        payload = event.payload or {}
        if event.kind in ("day_rolled_over", "config_changed"):
            reload = True  # a new day, or an administrator changed services, names, hours or settings
            continue
        if not event.kind.startswith("ticket_"):
            continue
        if payload.get("business_date") and payload["business_date"] != business_day.isoformat():
            reload = reload or payload["business_date"] > business_day.isoformat()
            continue
        service, waiting = payload.get("service"), payload.get("waiting")
        if isinstance(service, str) and isinstance(waiting, int) and service in counts:
            counts[service] = waiting
    return counts, reload
