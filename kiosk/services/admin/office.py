"""The office's own lists, edited from the admin screen: counters and the services each serves, the queue services
(letter, name, description, icon, order, active) and the villages.

Nothing is deleted: a counter, a service or a village that is no longer used is made inactive, so the tickets,
records and tallies that name it keep their meaning. Each save is one transaction with its audit row and a
`config_changed` event (kiosk tiles, hall display and desks read again within a second or two).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from kiosk.clock import Clock
from kiosk.db import models as m
from kiosk.db.engine import read_transaction, transaction
from kiosk.errors import InputError, NotFoundError
from kiosk.paths import ICON_DIR
from kiosk.services.admin.changes import record_change
from kiosk.services.setup.schema import village_code
from kiosk.text import clean

MAX_COUNTER = 99
MAX_ORDER = 999


@dataclass(frozen=True)
class CounterRow:
    id: int
    number: int
    name: str
    services: tuple[str, ...]
    active: bool


@dataclass(frozen=True)
class ServiceRow:
    id: int
    prefix: str
    name: str
    description: str
    icon: str
    sort_order: int
    active: bool


@dataclass(frozen=True)
class VillageRow:
    id: int
    code: str
    name: str
    sort_order: int
    active: bool


def available_icons() -> list[str]:
    """The icon names a service tile can show (the shipped SVGs)."""
    return sorted(p.stem for p in ICON_DIR.glob("*.svg"))


def _text(value: str, field: str, max_len: int, *, required: bool = False) -> str:
    return clean(value, field=field, max_len=max_len, required=required, name=required) or ""


def _order(value: int) -> int:
    if not isinstance(value, int) or not 0 <= value <= MAX_ORDER:
        raise InputError(f"Thứ tự phải là số từ 0 đến {MAX_ORDER}.")
    return value


class OfficeAdmin:
    def __init__(self, sessions: sessionmaker[Session], clock: Clock, point_code: str) -> None:
        self._sessions = sessions
        self._clock = clock
        self._point_code = point_code

    # ------------------------------------------------------------ counters

    def counters(self) -> list[CounterRow]:
        with read_transaction(self._sessions) as session:
            point = self._point(session)
            q = select(m.Counter).where(m.Counter.point_id == point.id).order_by(m.Counter.number)
            return [
                CounterRow(c.id, c.number, c.name, tuple(s.prefix for s in c.services), c.active)
                for c in session.scalars(q)
            ]

    def save_counter(
        self, by: int | None, counter_id: int | None, *, number: int, name: str, services: list[str], active: bool
    ) -> CounterRow:
        if not isinstance(number, int) or not 1 <= number <= MAX_COUNTER:
            raise InputError(f"Số quầy phải từ 1 đến {MAX_COUNTER}.")
        clean_name = _text(name, "tên quầy", 200, required=True)
        now = self._clock.now()
        with transaction(self._sessions) as session:
            point = self._point(session)
            same = session.scalar(select(m.Counter).where(m.Counter.point_id == point.id, m.Counter.number == number))
            if same is not None and same.id != counter_id:
                raise InputError(f"Đã có quầy số {number} ({same.name}); chọn số khác.")
            by_prefix = {s.prefix: s for s in session.scalars(select(m.QueueService))}
            unknown = [p for p in services if p not in by_prefix]
            if unknown:
                raise InputError(f"Không có lĩnh vực {', '.join(unknown)}.")
            if counter_id is None:
                row = m.Counter(point_id=point.id, number=number, name=clean_name, state="closed")
                session.add(row)
                action = "counter_added"
            else:
                row = session.get(m.Counter, counter_id)
                if row is None or row.point_id != point.id:
                    raise NotFoundError("Không tìm thấy quầy này.")
                action = "counter_edited"
            row.number, row.name, row.active = number, clean_name, active
            if not active:
                row.state = "closed"  # an inactive desk neither calls nor shows as open on the hall display
            row.services = [by_prefix[p] for p in sorted(set(services))]
            session.flush()
            detail = {"number": number, "services": sorted(set(services)), "active": active}
            record_change(session, now, by, "counters", action, f"counter:{row.id}", detail)
            return CounterRow(row.id, row.number, row.name, tuple(s.prefix for s in row.services), row.active)

    def unserved_services(self) -> list[str]:
        """Active services no active counter serves: their tickets would never be called."""
        served = {p for c in self.counters() if c.active for p in c.services}
        return [s.prefix for s in self.services() if s.active and s.prefix not in served]

    # ------------------------------------------------------------ queue services

    def services(self) -> list[ServiceRow]:
        with read_transaction(self._sessions) as session:
            q = select(m.QueueService).order_by(m.QueueService.sort_order, m.QueueService.prefix)
            return [
                ServiceRow(s.id, s.prefix, s.name, s.description or "", s.icon or "", s.sort_order, s.active)
                for s in session.scalars(q)
            ]

    def save_service(
        self,
        by: int | None,
        service_id: int | None,
        *,
        prefix: str,
        name: str,
        description: str,
        icon: str,
        sort_order: int,
        active: bool,
    ) -> ServiceRow:
        prefix = (prefix or "").strip().upper()
        if not re.fullmatch(r"[A-Z]{1,2}", prefix):
            raise InputError("Chữ cái của lĩnh vực phải là một hoặc hai chữ cái A–Z (không dấu), ví dụ A.")
        clean_name = _text(name, "tên lĩnh vực", 200, required=True)
        clean_desc = _text(description, "mô tả", 300)
        icon = (icon or "").strip()
        if icon and icon not in available_icons():
            raise InputError(f"Không có biểu tượng '{icon}'.")
        order = _order(sort_order)
        now = self._clock.now()
        with transaction(self._sessions) as session:
            same = session.scalar(select(m.QueueService).where(m.QueueService.prefix == prefix))
            if same is not None and same.id != service_id:
                raise InputError(f"Chữ {prefix} đã dùng cho lĩnh vực {same.name}; chọn chữ khác.")
            if service_id is None:
                row = m.QueueService(prefix=prefix, name=clean_name)
                session.add(row)
                action = "service_added"
            else:
                row = session.get(m.QueueService, service_id)
                if row is None:
                    raise NotFoundError("Không tìm thấy lĩnh vực này.")
                if row.prefix != prefix and self._has_tickets(session, row.id):
                    # Ticket codes keep the letter they were issued with; renaming it would split a day's numbers.
                    raise InputError(f"Lĩnh vực {row.prefix} đã có số thứ tự; không đổi chữ cái được.")
                action = "service_edited"
            row.prefix, row.name, row.description = prefix, clean_name, clean_desc or None
            row.icon, row.sort_order, row.active = icon or None, order, active
            session.flush()
            detail = {"prefix": prefix, "active": active}
            record_change(session, now, by, "services", action, f"service:{row.id}", detail)
            return ServiceRow(row.id, prefix, clean_name, clean_desc, icon, order, active)

    # ------------------------------------------------------------ villages

    def villages(self) -> list[VillageRow]:
        with read_transaction(self._sessions) as session:
            q = select(m.Village).order_by(m.Village.sort_order, m.Village.name)
            return [VillageRow(v.id, v.code, v.name, v.sort_order, v.active) for v in session.scalars(q)]

    def save_village(
        self, by: int | None, village_id: int | None, *, name: str, sort_order: int, active: bool
    ) -> VillageRow:
        clean_name = _text(name, "tên thôn", 200, required=True)
        order = _order(sort_order)
        now = self._clock.now()
        with transaction(self._sessions) as session:
            rows = list(session.scalars(select(m.Village)))
            if any(v.name.lower() == clean_name.lower() and v.id != village_id for v in rows):
                raise InputError(f"Đã có thôn {clean_name}.")
            if village_id is None:
                # The code travels with village points' bundles: made once from the name, never changed after.
                code, taken = village_code(clean_name), {v.code for v in rows}
                base, n = code, 2
                while code in taken:
                    code, n = f"{base[:36]}_{n}", n + 1
                row = m.Village(code=code, name=clean_name)
                session.add(row)
                action = "village_added"
            else:
                row = session.get(m.Village, village_id)
                if row is None:
                    raise NotFoundError("Không tìm thấy thôn này.")
                action = "village_edited"
            row.name, row.sort_order, row.active = clean_name, order, active
            session.flush()
            record_change(session, now, by, "villages", action, f"village:{row.id}", {"active": active})
            return VillageRow(row.id, row.code, row.name, row.sort_order, row.active)

    # ------------------------------------------------------------ helpers

    def _point(self, session: Session) -> m.Point:
        point = session.scalar(select(m.Point).where(m.Point.code == self._point_code))
        if point is None:
            raise NotFoundError(f"Không có nơi làm việc mã '{self._point_code}'; hãy chạy kiosk setup trước.")
        return point

    @staticmethod
    def _has_tickets(session: Session, service_id: int) -> bool:
        return session.scalar(select(m.Ticket.id).where(m.Ticket.service_id == service_id).limit(1)) is not None
