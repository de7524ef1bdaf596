"""Believable, deterministic demo data: the same seed and the same 'today' always give the same rows.

A rural commune: 30–90 arrivals on a weekday with a morning peak, Saturday mornings only, no Sundays; the service
mix of a one-stop desk; priority citizens; waits that grow at the peak; a few no-shows; assisted submissions with
outcomes and reasons across villages and team members; ratings; group sessions at cultural houses; duty days.
"""

from __future__ import annotations

import math
import random
import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session, sessionmaker

from kiosk.clock import LOCAL_TZ, Clock, business_date
from kiosk.db import models as m
from kiosk.db.engine import transaction
from kiosk.errors import InputError
from kiosk.services import demo_guard
from kiosk.services.access.auth import hash_pin
from kiosk.services.sample import import_demo_office, mark_sample
from kiosk.services.setup.service import DONE_KEY

DEMO_PIN = "1234"
DEMO_STAFF = [
    ("Nguyễn Thị Lan", "officer"),
    ("Trần Văn Hùng", "officer"),
    ("Lê Minh Tuấn", "team_member"),
    ("Phạm Thị Hoa", "team_member"),
    ("Hoàng Văn Nam", "team_member"),
    ("Đỗ Thị Mai", "team_member"),
    ("Quản trị viên", "admin"),
]
SERVICE_MIX = {"A": 24, "B": 20, "C": 17, "D": 9, "E": 9, "F": 5, "G": 8, "H": 8}
# Arrivals by local hour on a weekday: a morning peak, a quieter afternoon.
HOURLY_WEIGHT = {7: 4, 8: 14, 9: 16, 10: 12, 11: 5, 13: 5, 14: 8, 15: 7, 16: 4}
PRIORITY_MIX = {"nguoi_cao_tuoi": 60, "nguoi_khuyet_tat": 10, "phu_nu_mang_thai": 12, "nguoi_co_cong": 8, "tre_nho": 10}
RATING_MIX = {"rat_hai_long": 52, "hai_long": 36, "binh_thuong": 9, "khong_hai_long": 3}
REASON_MIX = {
    "vneid_not_level2": 18,
    "forgot_password": 20,
    "no_chip_id": 8,
    "no_phone": 10,
    "portal_error": 12,
    "network_down": 8,
    "missing_papers": 12,
    "refused_data": 6,
    "come_back": 6,
}
APP_MIX = {
    "vneid_l2_activate": 26,
    "vneid_l1_create": 8,
    "vneid_docs_integrate": 14,
    "vssid": 12,
    "etax_mobile": 5,
    "bank_account_ekyc": 7,
    "cashless_qr": 7,
    "online_fee_payment": 6,
    "utility_bill_pay": 5,
    "ecommerce_shop": 3,
    "antiscam_check": 7,
}


@dataclass
class DemoReport:
    days: int
    tickets: int = 0
    records: int = 0
    ratings: int = 0
    group_sessions: int = 0
    duty_days: int = 0
    staff: int = 0
    by_day: dict[str, int] = field(default_factory=dict)


def _pick(rng: random.Random, weights: dict[str, int]) -> str:
    return rng.choices(list(weights), weights=list(weights.values()))[0]


def _uuid(rng: random.Random) -> uuid.UUID:
    return uuid.UUID(int=rng.getrandbits(128), version=4)


def _local(day: date, hour: int, minute: float) -> datetime:
    base = datetime.combine(day, time(hour), tzinfo=LOCAL_TZ)
    return (base + timedelta(minutes=minute)).astimezone(UTC)


class DemoGenerator:
    """Fills the configured database; `replace=True` first removes operational data (never the catalogue)."""

    def __init__(self, sessions: sessionmaker[Session], clock: Clock) -> None:
        self._sessions = sessions
        self._clock = clock

    def generate(self, days: int, seed: int, *, replace: bool = True, point_code: str = "XA") -> DemoReport:
        if not 1 <= days <= 3700:
            raise InputError("Số ngày dữ liệu mẫu phải từ 1 đến 3700.")
        rng = random.Random(seed)
        now = self._clock.now()
        today = business_date(now)
        report = DemoReport(days=days)
        invented = not self._has_point(point_code)
        if invented:
            # A database nobody has set up: the sample data brings its own invented commune (xã Tân Phú).
            import_demo_office(self._sessions)
        with transaction(self._sessions) as session:
            # From now on every screen and print on this database says "DỮ LIỆU MẪU" (services/sample.py).
            mark_sample(session, self._clock)
            if invented and session.get(m.Setting, DONE_KEY) is None:
                # A sample database is complete as it is: its screens and commands open without the wizard.
                at = now.isoformat(timespec="seconds")
                session.add(m.Setting(key=DONE_KEY, value={"at": at, "how": "sample", "province": ""}, updated_at=now))
            if replace:
                self._clear(session)
            elif session.scalar(select(func.count()).select_from(m.Ticket)):
                raise InputError("Cơ sở dữ liệu đã có số liệu; dùng --replace để thay bằng dữ liệu mẫu.")
            ctx = self._context(session, point_code)
            staff_ids = self._staff(session, rng, report)
            ctx["staff"] = staff_ids
            first = today - timedelta(days=days - 1)
            ticket_rows: list[dict[str, Any]] = []
            rating_rows: list[dict[str, Any]] = []
            record_plan: list[tuple[dict[str, Any], list[dict[str, Any]], list[int]]] = []
            numbers: dict[tuple[int, date], int] = {}
            for offset in range(days):
                day = first + timedelta(days=offset)
                made = self._day(rng, day, now, ctx, ticket_rows, rating_rows, record_plan, numbers)
                report.by_day[day.isoformat()] = made
            self._write(session, ticket_rows, rating_rows, record_plan, numbers, ctx["point"].id)
            report.tickets = len(ticket_rows)
            report.ratings = len(rating_rows)
            report.records = len(record_plan)
            report.group_sessions = self._group_sessions(session, rng, first, today, ctx)
            report.duty_days = self._duty_days(session, rng, first, today, ctx)
            self._open_counters(session, ctx, today, now)
            demo_guard.remember(session, now)
        return report

    # ------------------------------------------------------------ setup

    def _has_point(self, point_code: str) -> bool:
        with transaction(self._sessions) as session:
            return session.scalar(select(m.Point.id).where(m.Point.code == point_code)) is not None

    @staticmethod
    def _clear(session: Session) -> None:
        for model in (
            m.Event,
            m.PrintJob,
            m.Rating,
            m.AssistHelper,
            m.AssistItem,
            m.AssistRecord,
            m.Consent,
            m.Ticket,
            m.TicketNumber,
            m.GroupSession,
            m.DutyDay,
        ):
            session.execute(delete(model))

    @staticmethod
    def _context(session: Session, point_code: str) -> dict[str, Any]:
        point = session.scalar(select(m.Point).where(m.Point.code == point_code))
        if point is None:
            raise InputError(
                f"Không có nơi làm việc mã '{point_code}'; hãy nạp danh mục trước (kiosk catalogue import)."
            )
        services = {s.prefix: s for s in session.scalars(select(m.QueueService).where(m.QueueService.active))}
        counters = list(session.scalars(select(m.Counter).where(m.Counter.point_id == point.id)))
        by_service: dict[str, list[int]] = defaultdict(list)
        for c in counters:
            for s in c.services:
                by_service[s.prefix].append(c.id)
        procedures = defaultdict(list)
        for p in session.scalars(select(m.Procedure).where(m.Procedure.active)):
            procedures[p.queue_prefix or "H"].append(p)
        return {
            "point": point,
            "points": {p.kind: p.id for p in session.scalars(select(m.Point))},
            "services": services,
            "counters": counters,
            "by_service": by_service,
            "procedures": procedures,
            "all_procedures": [p for ps in procedures.values() for p in ps if p.online_level != "khong_truc_tuyen"],
            "villages": [v.id for v in session.scalars(select(m.Village).order_by(m.Village.sort_order))],
            "tasks": {t.code: t.id for t in session.scalars(select(m.AppTask))},
            "topics": [t.id for t in session.scalars(select(m.GuidanceTopic).order_by(m.GuidanceTopic.sort_order))],
        }

    def _staff(self, session: Session, rng: random.Random, report: DemoReport) -> dict[str, list[int]]:
        existing = {s.name: s for s in session.scalars(select(m.Staff))}
        if demo_guard.is_set_up(session):
            # A set-up office has its own accounts; an account with PIN 1234 would open its desk and admin screen.
            real = [s for s in existing.values() if s.active]
            if not real:
                raise InputError("Cơ sở dữ liệu đã cài đặt nhưng chưa có tài khoản nào; thêm bằng kiosk staff add.")
            by_role: dict[str, list[int]] = defaultdict(list)
            for s in real:
                by_role[s.role].append(s.id)
            everyone = [s.id for s in real]
            return defaultdict(
                list, {role: by_role.get(role) or everyone for role in ("officer", "team_member", "admin")}
            )
        # One hash for all demo accounts: scrypt is deliberately slow, and they share the demo PIN anyway.
        pin_hash = hash_pin(DEMO_PIN)
        ids: dict[str, list[int]] = defaultdict(list)
        for name, role in DEMO_STAFF:
            row = existing.get(name)
            staff_uuid = _uuid(rng)  # drawn even when the account exists, so the rest of the data stays the same
            if row is None:
                row = m.Staff(name=name, role=role, pin_hash=pin_hash, created_at=self._clock.now(), uuid=staff_uuid)
                session.add(row)
                session.flush()
                report.staff += 1
            ids[row.role].append(row.id)
        return ids

    # ------------------------------------------------------------ one day

    def _day(
        self,
        rng: random.Random,
        day: date,
        now: datetime,
        ctx: dict[str, Any],
        tickets: list[dict[str, Any]],
        ratings: list[dict[str, Any]],
        records: list[tuple[dict[str, Any], list[dict[str, Any]], list[int]]],
        numbers: dict[tuple[int, date], int],
    ) -> int:
        weekday = day.weekday()
        if weekday == 6:
            return 0
        hours = {h: w for h, w in HOURLY_WEIGHT.items() if weekday < 5 or h < 12}
        # Mondays are busiest; a slow seasonal wave keeps months from looking identical.
        base = 62 if weekday == 0 else (52 if weekday < 5 else 24)
        seasonal = 1 + 0.15 * math.sin(day.toordinal() / 29)
        arrivals = max(5, int(rng.gauss(base * seasonal, base * 0.18)))
        issued: list[tuple[datetime, str, str | None]] = []
        for _ in range(arrivals):
            hour = int(_pick(rng, {str(h): w for h, w in hours.items()}))
            at = _local(day, hour, rng.uniform(0, 60) if hour != 7 else rng.uniform(30, 60))
            if at > now:
                continue
            prefix = _pick(rng, SERVICE_MIX)
            priority = _pick(rng, PRIORITY_MIX) if rng.random() < 0.13 else None
            issued.append((at, prefix, priority))
        issued.sort()
        free_at: dict[int, datetime] = {}
        made = 0
        for at, prefix, priority in issued:
            service = ctx["services"].get(prefix)
            counters = ctx["by_service"].get(prefix)
            if service is None or not counters:
                continue
            key = (service.id, day)
            numbers[key] = numbers.get(key, 0) + 1
            number = numbers[key]
            counter_id = min(counters, key=lambda c: (free_at.get(c, at), c))
            start = max(at, free_at.get(counter_id, at)) + timedelta(seconds=rng.uniform(20, 90))
            if priority:
                start = max(at + timedelta(seconds=rng.uniform(30, 240)), start - timedelta(minutes=rng.uniform(0, 8)))
            duration = timedelta(minutes=max(1.5, rng.lognormvariate(math.log(service.default_service_min), 0.45)))
            row: dict[str, Any] = {
                "uuid": _uuid(rng),
                "point_id": ctx["point"].id,
                "service_id": service.id,
                "number": number,
                "code": f"{prefix}{number:03d}",
                "business_date": day,
                "priority_group": priority,
                "issued_at": at,
                "queued_at": at,
                "counter_id": None,
                "called_at": None,
                "last_called_at": None,
                "finished_at": None,
                "call_count": 0,
                "status": "waiting",
                "served_by_id": None,
            }
            officer = rng.choice(ctx["staff"]["team_member" if prefix == "H" else "officer"])
            if start <= now:
                no_show = rng.random() < 0.04
                row |= {"counter_id": counter_id, "called_at": start, "last_called_at": start, "call_count": 1}
                if no_show:
                    row |= {"status": "no_show" if day < business_date(now) else "skipped", "call_count": 2}
                    free_at[counter_id] = start + timedelta(minutes=1)
                elif start + duration <= now:
                    row |= {"status": "finished", "finished_at": start + duration, "served_by_id": officer}
                    free_at[counter_id] = start + duration
                else:
                    row |= {"status": "serving", "served_by_id": officer}
                    free_at[counter_id] = start + duration
            elif day < business_date(now):
                row["status"] = "no_show"
            tickets.append(row)
            made += 1
            if row["status"] == "finished":
                if rng.random() < 0.42:
                    ratings.append(
                        {
                            "uuid": _uuid(rng),
                            "ticket_uuid": row["uuid"],
                            "point_id": row["point_id"],
                            "business_date": day,
                            "created_at": row["finished_at"] + timedelta(seconds=rng.uniform(10, 120)),
                            "level": _pick(rng, RATING_MIX),
                        }
                    )
                helped = prefix == "H" or (prefix in "ACDE" and rng.random() < 0.35)
                if helped:
                    records.append(self._record(rng, day, row, ctx, officer))
        # Walk-ins at the village point and door-to-door visits: records without a ticket.
        if weekday < 6:
            for _ in range(rng.randint(0, 6 if weekday in (1, 3, 5) else 2)):
                at = _local(day, rng.choice([8, 9, 14, 15, 19]), rng.uniform(0, 50))
                if at <= now:
                    kind = "village_point" if rng.random() < 0.7 else "mobile_team"
                    helper = rng.choice(ctx["staff"]["team_member"])
                    records.append(self._record(rng, day, None, ctx, helper, at=at, point_kind=kind))
        return made

    def _record(
        self,
        rng: random.Random,
        day: date,
        ticket: dict[str, Any] | None,
        ctx: dict[str, Any],
        helper: int,
        *,
        at: datetime | None = None,
        point_kind: str = "commune_desk",
    ) -> tuple[dict[str, Any], list[dict[str, Any]], list[int]]:
        created = at or (ticket["finished_at"] if ticket else _local(day, 9, 0))
        age = rng.choices(["under_18", "18_59", "60_plus"], weights=[4, 62, 34])[0]
        follow_up = rng.random() < 0.08
        record = {
            "uuid": _uuid(rng),
            "point_id": ctx["points"].get(point_kind, ctx["point"].id),
            "business_date": day,
            "created_at": created,
            "updated_at": created,
            "ticket_uuid": ticket["uuid"] if ticket else None,
            "village_id": rng.choice(ctx["villages"]) if ctx["villages"] else None,
            "age_band": age,
            "follow_up_on": day + timedelta(days=rng.randint(1, 7)) if follow_up else None,
            "follow_up_reason": "Hẹn quay lại hoàn tất hồ sơ" if follow_up else None,
            # Done three days later, but never after "now": a follow-up cannot be finished in the future.
            "follow_up_done_at": (
                created + timedelta(days=3)
                if follow_up and rng.random() < 0.6 and created + timedelta(days=3) <= self._clock.now()
                else None
            ),
            "created_by_id": helper,
            "origin": ctx["point"].code,
        }
        items: list[dict[str, Any]] = []
        for _ in range(rng.choices([1, 2, 3], weights=[70, 24, 6])[0]):
            kind = rng.choices(["procedure", "app_task", "topic"], weights=[50, 40, 10])[0]
            item: dict[str, Any] = {"uuid": _uuid(rng), "kind": kind, "fee_paid_online": False, "vneid_login": False}
            if kind == "procedure" and ctx["all_procedures"]:
                pool = ctx["procedures"].get(ticket["code"][0], []) if ticket else []
                pool = [p for p in pool if p.online_level != "khong_truc_tuyen"] or ctx["all_procedures"]
                proc = rng.choice(pool)
                channel = rng.choices(["online", "in_person", "postal"], weights=[62, 34, 4])[0]
                submitted = rng.random() < (0.82 if channel != "online" else 0.78)
                portal = proc.submit_via or "dvcqg"
                item |= {
                    "procedure_id": proc.id,
                    "portal": portal if channel == "online" else None,
                    "online_level": proc.online_level if channel == "online" else None,
                    "channel": channel,
                    "outcome": "submitted" if submitted else "not_submitted",
                }
                if submitted and channel == "online":
                    # Circular 01/2018/TT-VPCP shape (unit-YYMMDD-seq); same draws as before, so the data stays put.
                    unit, seq = rng.randint(10, 99), rng.randint(1, 99999) % 9999 + 1
                    item["dossier_code"] = f"000.00.{unit}.H19-{day:%y%m%d}-{seq:04d}"
                    item["fee_paid_online"] = rng.random() < 0.3
                    item["vneid_login"] = rng.random() < 0.85
                elif not submitted:
                    item["reason_code"] = _pick(rng, REASON_MIX)
            elif kind == "app_task" and ctx["tasks"]:
                code = _pick(rng, {k: v for k, v in APP_MIX.items() if k in ctx["tasks"]})
                done = rng.random() < 0.86
                item |= {"app_task_id": ctx["tasks"][code], "outcome": "done" if done else "not_done"}
                if not done:
                    item["reason_code"] = _pick(rng, REASON_MIX)
            elif ctx["topics"]:
                item |= {"kind": "topic", "topic_id": rng.choice(ctx["topics"]), "outcome": "done"}
            else:
                continue
            items.append(item)
        helpers = [helper]
        if rng.random() < 0.15:
            other = rng.choice(ctx["staff"]["team_member"])
            if other != helper:
                helpers.append(other)
        return record, items, helpers

    # ------------------------------------------------------------ writing

    def _write(
        self,
        session: Session,
        tickets: list[dict[str, Any]],
        ratings: list[dict[str, Any]],
        records: list[tuple[dict[str, Any], list[dict[str, Any]], list[int]]],
        numbers: dict[tuple[int, date], int],
        point_id: int,
    ) -> None:
        """`numbers`: the last number per (service, day) of the one point the sample data is for."""
        ticket_ids: dict[uuid.UUID, int] = {}
        for chunk in _chunks(tickets, 2000):
            ids = session.scalars(insert(m.Ticket).returning(m.Ticket.id, sort_by_parameter_order=True), chunk).all()
            ticket_ids.update({row["uuid"]: i for row, i in zip(chunk, ids, strict=True)})
        if numbers:
            session.execute(
                insert(m.TicketNumber),
                [
                    {"point_id": point_id, "service_id": s, "business_date": d, "last_number": n}
                    for (s, d), n in numbers.items()
                ],
            )
        rating_rows = [
            {k: v for k, v in r.items() if k != "ticket_uuid"} | {"ticket_id": ticket_ids[r["ticket_uuid"]]}
            for r in ratings
        ]
        for chunk in _chunks(rating_rows, 2000):
            session.execute(insert(m.Rating), chunk)
        for chunk in _chunks(records, 1000):
            rows = [
                {k: v for k, v in rec.items() if k != "ticket_uuid"}
                | {"ticket_id": ticket_ids.get(rec["ticket_uuid"]) if rec["ticket_uuid"] else None}
                for rec, _, _ in chunk
            ]
            ids = session.scalars(
                insert(m.AssistRecord).returning(m.AssistRecord.id, sort_by_parameter_order=True), rows
            ).all()
            items = [item | {"record_id": rid} for rid, (_, its, _) in zip(ids, chunk, strict=True) for item in its]
            helpers = [
                {"record_id": rid, "staff_id": sid} for rid, (_, _, hs) in zip(ids, chunk, strict=True) for sid in hs
            ]
            if items:
                session.execute(insert(m.AssistItem), items)
            if helpers:
                session.execute(insert(m.AssistHelper), helpers)

    def _group_sessions(
        self, session: Session, rng: random.Random, first: date, today: date, ctx: dict[str, Any]
    ) -> int:
        rows = []
        day = first
        village_point = ctx["points"].get("village_point", ctx["point"].id)
        while day <= today:
            # Roughly one session a week somewhere in the commune, usually a weekend evening or Saturday.
            if day.weekday() in (2, 5) and rng.random() < 0.5 and ctx["villages"] and ctx["topics"]:
                attendance = rng.randint(12, 60)
                rows.append(
                    {
                        "uuid": _uuid(rng),
                        "point_id": village_point,
                        "village_id": rng.choice(ctx["villages"]),
                        "topic_id": rng.choice(ctx["topics"]),
                        "title": None,
                        "business_date": day,
                        "attendance": attendance,
                        "leaflets": attendance + rng.randint(0, 40),
                        "led_by_id": rng.choice(ctx["staff"]["team_member"]),
                        "created_at": _local(day, 19, 0),
                    }
                )
            day += timedelta(days=1)
        for chunk in _chunks(rows, 2000):
            session.execute(insert(m.GroupSession), chunk)
        return len(rows)

    def _duty_days(self, session: Session, rng: random.Random, first: date, today: date, ctx: dict[str, Any]) -> int:
        rows = []
        day = first
        points = [ctx["point"].id, ctx["points"].get("village_point", ctx["point"].id)]
        while day <= today:
            if day.weekday() < 6:
                for staff_id in ctx["staff"]["team_member"]:
                    if rng.random() < (0.55 if day.weekday() < 5 else 0.3):
                        rows.append(
                            {
                                "uuid": _uuid(rng),
                                "staff_id": staff_id,
                                "point_id": rng.choice(points),
                                "business_date": day,
                                "checked_in_at": _local(day, 7, rng.uniform(20, 60)),
                            }
                        )
            day += timedelta(days=1)
        for chunk in _chunks(rows, 2000):
            session.execute(insert(m.DutyDay), chunk)
        return len(rows)

    @staticmethod
    def _open_counters(session: Session, ctx: dict[str, Any], today: date, now: datetime) -> None:
        busy_today = session.scalar(select(func.count()).select_from(m.Ticket).where(m.Ticket.business_date == today))
        for counter in ctx["counters"]:
            counter.state = "open" if busy_today else "closed"


def _chunks(rows: list[Any], size: int) -> list[list[Any]]:
    return [rows[i : i + size] for i in range(0, len(rows), size)]
