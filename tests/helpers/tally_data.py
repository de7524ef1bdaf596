"""A small, hand-counted commune for tally tests: every figure the tests expect can be worked out on paper.

Monday 2026-11-23 (D1) and Tuesday 2026-11-24 (D2, "today" for the `clock` fixture). Times are local (UTC+7).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import select

from kiosk.app import Services
from kiosk.clock import LOCAL_TZ, business_date
from kiosk.db import models as m

D1 = date(2026, 11, 23)
D2 = date(2026, 11, 24)
EMPTY_DAY = date(2026, 11, 22)  # a Sunday: nothing happened


def at(day: date, hhmm: str) -> datetime:
    h, mi = (int(p) for p in hhmm.split(":"))
    return datetime.combine(day, time(h, mi), tzinfo=LOCAL_TZ)


@dataclass
class Ids:
    points: dict[str, int] = field(default_factory=dict)
    services: dict[str, int] = field(default_factory=dict)
    counters: dict[int, int] = field(default_factory=dict)
    villages: dict[str, int] = field(default_factory=dict)
    procedures: dict[str, int] = field(default_factory=dict)
    tasks: dict[str, int] = field(default_factory=dict)
    topics: dict[str, int] = field(default_factory=dict)
    staff: dict[str, int] = field(default_factory=dict)


class Builder:
    """Writes rows straight into the database, the way the queue and desk services will."""

    def __init__(self, services: Services) -> None:
        self.services = services
        self.ids = Ids()
        self._numbers: dict[tuple[str, date], int] = {}
        with services.sessions.begin() as s:
            self.ids.points = {p.code: p.id for p in s.scalars(select(m.Point))}
            self.ids.services = {q.prefix: q.id for q in s.scalars(select(m.QueueService))}
            self.ids.counters = {
                c.number: c.id for c in s.scalars(select(m.Counter).where(m.Counter.point_id == self.ids.points["XA"]))
            }
            self.ids.villages = {v.code: v.id for v in s.scalars(select(m.Village))}
            self.ids.procedures = {p.code: p.id for p in s.scalars(select(m.Procedure))}
            self.ids.tasks = {t.code: t.id for t in s.scalars(select(m.AppTask))}
            self.ids.topics = {t.code: t.id for t in s.scalars(select(m.GuidanceTopic))}

    def staff(self, key: str, name: str, role: str) -> int:
        with self.services.sessions.begin() as s:
            row = m.Staff(name=name, role=role, created_at=self.services.clock.now())
            s.add(row)
            s.flush()
            self.ids.staff[key] = row.id
            return row.id

    def ticket(
        self,
        prefix: str,
        day: date,
        issued: str,
        *,
        called: str | None = None,
        finished: str | None = None,
        status: str = "finished",
        counter: int | None = None,
        served_by: str | None = None,
        point: str = "XA",
    ) -> int:
        issued_at = at(day, issued)
        bday = business_date(issued_at)
        key = (prefix, bday)
        self._numbers[key] = self._numbers.get(key, 0) + 1
        n = self._numbers[key]
        with self.services.sessions.begin() as s:
            row = m.Ticket(
                point_id=self.ids.points[point],
                service_id=self.ids.services[prefix],
                number=n,
                code=f"{prefix}{n:03d}",
                business_date=bday,
                status=status,
                issued_at=issued_at,
                queued_at=issued_at,
                called_at=at(day, called) if called else None,
                last_called_at=at(day, called) if called else None,
                finished_at=at(day, finished) if finished else None,
                counter_id=self.ids.counters[counter] if counter else None,
                served_by_id=self.ids.staff[served_by] if served_by else None,
                call_count=1 if called else 0,
            )
            s.add(row)
            s.flush()
            return row.id

    def rating(self, day: date, level: str, ticket_id: int | None = None, point: str = "XA") -> None:
        with self.services.sessions.begin() as s:
            s.add(
                m.Rating(
                    ticket_id=ticket_id,
                    point_id=self.ids.points[point],
                    business_date=day,
                    created_at=at(day, "10:00"),
                    level=level,
                )
            )

    def record(
        self,
        day: date,
        *,
        items: list[dict[str, Any]],
        helpers: list[str],
        village: str | None = None,
        age: str | None = "18_59",
        point: str = "XA",
        voided: bool = False,
    ) -> int:
        created = at(day, "09:00")
        with self.services.sessions.begin() as s:
            row = m.AssistRecord(
                point_id=self.ids.points[point],
                business_date=day,
                created_at=created,
                updated_at=created,
                village_id=self.ids.villages[village] if village else None,
                age_band=age,
                voided_at=created + timedelta(minutes=5) if voided else None,
                void_reason="Ghi nhầm" if voided else None,
            )
            for item in items:
                values = dict(item)
                if "procedure" in values:
                    values["procedure_id"] = self.ids.procedures[values.pop("procedure")]
                    values.setdefault("kind", "procedure")
                if "task" in values:
                    values["app_task_id"] = self.ids.tasks[values.pop("task")]
                    values.setdefault("kind", "app_task")
                if "topic" in values:
                    values["topic_id"] = self.ids.topics[values.pop("topic")]
                    values.setdefault("kind", "topic")
                row.items.append(m.AssistItem(**values))
            s.add(row)
            s.flush()
            for key in helpers:
                s.add(m.AssistHelper(record_id=row.id, staff_id=self.ids.staff[key]))
            return row.id

    def group(
        self,
        day: date,
        *,
        village: str,
        topic: str,
        attendance: int,
        leaflets: int,
        led_by: str,
        point: str = "TH-DONG",
        voided: bool = False,
    ) -> None:
        with self.services.sessions.begin() as s:
            s.add(
                m.GroupSession(
                    point_id=self.ids.points[point],
                    village_id=self.ids.villages[village],
                    topic_id=self.ids.topics[topic],
                    business_date=day,
                    attendance=attendance,
                    leaflets=leaflets,
                    led_by_id=self.ids.staff[led_by],
                    created_at=at(day, "19:00"),
                    voided_at=at(day, "20:00") if voided else None,
                )
            )

    def duty(self, key: str, day: date, point: str = "XA") -> None:
        with self.services.sessions.begin() as s:
            s.add(
                m.DutyDay(
                    staff_id=self.ids.staff[key],
                    point_id=self.ids.points[point],
                    business_date=day,
                    checked_in_at=at(day, "07:30"),
                )
            )


def build_commune(services: Services) -> Builder:
    """The scenario the expected figures in tests/test_tally_*.py are counted from (see the comments there)."""
    b = Builder(services)
    b.staff("O1", "Nguyễn Văn An", "officer")
    b.staff("M1", "Lê Thị Bình", "team_member")
    b.staff("M2", "Đỗ Văn Cường", "team_member")
    b.staff("ADM", "Trưởng ban", "admin")

    # ---- D1 tickets. T6 is issued at 06:30 local = 23:30 UTC on 22 November: it belongs to 23 November.
    t1 = b.ticket("A", D1, "08:00", called="08:10", finished="08:25", counter=1, served_by="O1")
    t2 = b.ticket("A", D1, "08:05", called="08:25", finished="08:45", counter=1, served_by="O1")
    t3 = b.ticket("B", D1, "08:06", called="08:12", finished="08:18", counter=1, served_by="O1")
    b.ticket("H", D1, "08:30", called="08:32", status="no_show", counter=5)
    b.ticket("H", D1, "09:10", status="no_show")
    t6 = b.ticket("A", D1, "06:30", called="07:30", finished="07:40", counter=2, served_by="M1")
    b.ticket("B", D1, "08:50", finished="09:00", status="cancelled")
    for ticket, level in ((t1, "rat_hai_long"), (t2, "rat_hai_long"), (t3, "hai_long"), (t6, "binh_thuong")):
        b.rating(D1, level, ticket)

    # ---- D1 desk records
    online = {"channel": "online", "outcome": "submitted"}
    b.record(
        D1, village="dong", age="60_plus", helpers=["M1"],
        items=[
            {"procedure": "1.001193", **online, "online_level": "toan_trinh", "portal": "dvcqg",
             "dossier_code": "G01.1", "fee_paid_online": True, "vneid_login": True},
            {"task": "vneid_l2_activate", "outcome": "done"},
        ],
    )  # fmt: skip
    b.record(
        D1, village="tay", age="18_59", helpers=["M1", "M2"],
        items=[
            {"procedure": "1.001193", "channel": "in_person", "outcome": "submitted"},
            {"procedure": "1.000656", "channel": "online", "outcome": "not_submitted",
             "reason_code": "forgot_password"},
        ],
    )  # fmt: skip
    b.record(
        D1, village="dong", age="60_plus", helpers=["M2"],
        items=[
            {"procedure": "1.000656", **online, "online_level": "mot_phan", "portal": "lienthong",
             "dossier_code": "G01.2", "vneid_login": True},
            {"topic": "kn1_dvctt", "outcome": "done"},
        ],
    )  # fmt: skip
    b.record(D1, village="tay", helpers=["M1"], voided=True, items=[{"procedure": "1.001193", **online}])
    b.record(
        D1, village="dong", age="under_18", helpers=["M2"], point="TH-DONG",
        items=[
            {"topic": "kn1_dvctt", "outcome": "done"},
            {"topic": "kn3_thanh_toan", "outcome": "done"},
            {"task": "vneid_l1_create", "outcome": "done"},
            {"task": "vssid", "outcome": "not_done", "reason_code": "no_phone"},
        ],
    )  # fmt: skip
    b.record(
        D1, village=None, age="18_59", helpers=["M1"], point="TH-DONG",
        items=[{"procedure": "1.000656", "channel": "postal", "outcome": "submitted"}],
    )  # fmt: skip
    b.group(D1, village="tay", topic="kn3_thanh_toan", attendance=20, leaflets=30, led_by="M1")
    b.group(D1, village="tay", topic="kn3_thanh_toan", attendance=99, leaflets=99, led_by="M1", voided=True)
    b.duty("M1", D1, "XA")
    b.duty("M1", D1, "TH-DONG")  # two points on one day: one duty day
    b.duty("M2", D1, "XA")

    # ---- D2 (today): two tickets, one rating, one record
    u1 = b.ticket("A", D2, "08:00", called="08:04", finished="08:10", counter=1, served_by="O1")
    b.ticket("H", D2, "08:00", called="08:01", finished="08:11", point="TH-DONG", served_by="M2")
    b.rating(D2, "khong_hai_long", u1)
    b.record(
        D2, village="tay", age="60_plus", helpers=["M1"],
        items=[{"procedure": "1.001193", **online, "online_level": "toan_trinh", "portal": "dvcqg"}],
    )  # fmt: skip
    b.duty("M1", D2, "XA")
    return b
