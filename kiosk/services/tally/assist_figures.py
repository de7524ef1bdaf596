"""Assistance, apps and skills, group sessions and people: GROUP BY queries over the non-voided desk records.

Each query also feeds the per-village, per-member, per-point and per-day tables through `Breakdowns`, so a
figure is counted once in the database and only its grouped rows are added up here.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import date
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from kiosk.db import models as m
from kiosk.services.tally.calc import count_if, rate
from kiosk.services.tally.lookups import Lookups
from kiosk.services.tally.period import Period

CHANNELS = ("online", "in_person", "postal")
# App tasks the report names on their own line (codes are stable in the catalogue; names are editable).
VNEID_L1 = "vneid_l1_create"
VNEID_L2 = "vneid_l2_activate"
SENIOR_BAND = "60_plus"
NO_VILLAGE = "_none"


class Breakdowns:
    """Counters per village id, staff id, point id and business date, filled while the sections are computed."""

    def __init__(self) -> None:
        self.village: dict[int | None, Counter[str]] = defaultdict(Counter)
        self.member: dict[int, Counter[str]] = defaultdict(Counter)
        self.point: dict[int, Counter[str]] = defaultdict(Counter)
        self.day: dict[date, Counter[str]] = defaultdict(Counter)


def channel_parts(c: Counter[str]) -> dict[str, Any]:
    """The local online-submission rate with its numerator and denominator."""
    denominator = sum(c[ch] for ch in CHANNELS)
    return {
        "online_rate": rate(c["online"], denominator),
        "online_rate_parts": {"numerator": c["online"], "denominator": denominator},
    }


class AssistFigures:
    def __init__(self, session: Session, period: Period, point_id: int | None, lk: Lookups, bd: Breakdowns) -> None:
        self._s = session
        self._period = period
        self._point_id = point_id
        self._lk = lk
        self._bd = bd

    def _records_where(self) -> list[Any]:
        r = m.AssistRecord
        where = [r.business_date >= self._period.start, r.business_date <= self._period.end, r.voided_at.is_(None)]
        if self._point_id is not None:
            where.append(r.point_id == self._point_id)
        return where

    # ------------------------------------------------------------------ people helped

    def people(self) -> dict[str, Any]:
        r = m.AssistRecord
        q = (
            select(r.point_id, r.village_id, r.business_date, r.age_band, func.count().label("n"))
            .where(*self._records_where())
            .group_by(r.point_id, r.village_id, r.business_date, r.age_band)
        )
        helped = 0
        by_band: Counter[str] = Counter()
        for row in self._s.execute(q):
            helped += row.n
            band = row.age_band or "unknown"
            by_band[band] += row.n
            for target in (
                self._bd.village[row.village_id],
                self._bd.point[row.point_id],
                self._bd.day[row.business_date],
            ):
                target["helped"] += row.n
                if band == SENIOR_BAND:
                    target["aged_60_plus"] += row.n
        known = self._lk.terms.get("age_band", {})
        bands = [*known, *sorted(set(by_band) - set(known))]
        return {
            "helped": helped,
            "aged_60_plus": by_band[SENIOR_BAND],
            "by_age_band": {band: by_band[band] for band in bands},
        }

    # ------------------------------------------------------------------ procedures

    def assist(self, helped: int) -> dict[str, Any]:
        r, i = m.AssistRecord, m.AssistItem
        q = (
            select(
                r.point_id,
                r.village_id,
                r.business_date,
                i.procedure_id,
                i.channel,
                i.outcome,
                i.online_level,
                i.portal,
                i.reason_code,
                func.count().label("n"),
                count_if(i.fee_paid_online).label("fees"),
                count_if(i.vneid_login).label("vneid"),
            )
            .join(r, r.id == i.record_id)
            .where(*self._records_where(), i.kind == "procedure")
            .group_by(
                r.point_id,
                r.village_id,
                r.business_date,
                i.procedure_id,
                i.channel,
                i.outcome,
                i.online_level,
                i.portal,
                i.reason_code,
            )
        )
        total: Counter[str] = Counter()
        by_level: Counter[str] = Counter()
        by_portal: Counter[str] = Counter()
        reasons: Counter[str] = Counter()
        by_proc: dict[int | None, Counter[str]] = defaultdict(Counter)
        online_procs: set[int] = set()
        for row in self._s.execute(q):
            targets = [
                total,
                by_proc[row.procedure_id],
                self._bd.village[row.village_id],
                self._bd.point[row.point_id],
                self._bd.day[row.business_date],
            ]
            for c in targets:
                c["procedure_items"] += row.n
            if row.outcome == "submitted" and row.channel in CHANNELS:
                for c in targets:
                    c[row.channel] += row.n
                    c["submitted"] += row.n
                total["fees_paid_online"] += int(row.fees)
                total["vneid_logins"] += int(row.vneid)
                if row.channel == "online":
                    by_level[row.online_level or "unknown"] += row.n
                    by_portal[row.portal or "other"] += row.n
                    if row.procedure_id is not None:
                        online_procs.add(row.procedure_id)
            elif row.outcome == "not_submitted":
                for c in targets:
                    c["not_submitted"] += row.n
                reasons[row.reason_code or "other"] += row.n
        self._lk.load_procedures(self._s, by_proc)
        procedures = {}
        for pid, c in sorted(by_proc.items(), key=lambda kv: self._lk.procedures.get(kv[0] or 0, ("~", ""))[0]):
            code, name = self._lk.procedures.get(pid or 0, ("?", "Không rõ thủ tục"))
            procedures[code] = {"name": name} | _channel_counts(c) | channel_parts(c)
        return {
            "helped": helped,
            "procedure_items": total["procedure_items"],
            **_channel_counts(total),
            **channel_parts(total),
            "online_by_level": _ordered(by_level, self._lk.terms.get("online_level", {})),
            "online_by_portal": _ordered(by_portal, self._lk.terms.get("portal", {})),
            "not_submitted_by_reason": _ordered(reasons, self._lk.terms.get("not_submitted_reason", {})),
            "procedures_with_online_dossier": len(online_procs),
            "fees_paid_online": total["fees_paid_online"],
            "vneid_logins": total["vneid_logins"],
            "by_procedure": procedures,
        }

    # ------------------------------------------------------------------ apps and skills

    def apps(self) -> dict[str, Any]:
        r, i = m.AssistRecord, m.AssistItem
        q = (
            select(r.village_id, i.app_task_id, i.outcome, i.reason_code, func.count().label("n"))
            .join(r, r.id == i.record_id)
            .where(*self._records_where(), i.kind == "app_task")
            .group_by(r.village_id, i.app_task_id, i.outcome, i.reason_code)
        )
        by_task: dict[int | None, Counter[str]] = defaultdict(Counter)
        reasons: Counter[str] = Counter()
        for row in self._s.execute(q):
            done = row.outcome == "done"
            by_task[row.app_task_id]["done" if done else "not_done"] += row.n
            if done:
                village = self._bd.village[row.village_id]
                village["app_tasks_done"] += row.n
                if self._lk.app_tasks.get(row.app_task_id or 0, ("",))[0] == VNEID_L2:
                    village["vneid_l2_activated"] += row.n
            else:
                reasons[row.reason_code or "other"] += row.n
        tasks = {}
        codes = {code: tid for tid, (code, _) in self._lk.app_tasks.items()}
        for tid, (code, name) in self._lk.app_tasks.items():
            if tid in by_task:
                tasks[code] = {"name": name, "done": by_task[tid]["done"], "not_done": by_task[tid]["not_done"]}
        return {
            "vneid_l1_created": by_task[codes.get(VNEID_L1)]["done"] if VNEID_L1 in codes else 0,
            "vneid_l2_activated": by_task[codes.get(VNEID_L2)]["done"] if VNEID_L2 in codes else 0,
            "tasks_done": sum(c["done"] for c in by_task.values()),
            "by_task": tasks,
            "not_done_by_reason": _ordered(reasons, self._lk.terms.get("not_submitted_reason", {})),
        }

    def skills(self, groups_by_topic: dict[int | None, Counter[str]]) -> dict[str, Any]:
        r, i = m.AssistRecord, m.AssistItem
        done = or_(i.outcome.is_(None), i.outcome == "done")
        base = select(func.count(func.distinct(r.id))).select_from(i).join(r, r.id == i.record_id)
        where = [*self._records_where(), i.kind == "topic", done]
        people = self._s.scalar(base.where(*where)) or 0
        by_topic = base.add_columns(i.topic_id).where(*where).group_by(i.topic_id)
        per_topic = {tid: n for n, tid in self._s.execute(by_topic)}
        topics = {}
        for tid, (code, name, official) in self._lk.topics.items():
            g = groups_by_topic.get(tid, Counter())
            if tid in per_topic or g:
                topics[code] = {
                    "name": name,
                    "official": official,
                    "people": per_topic.get(tid, 0),
                    "sessions": g["sessions"],
                    "attendance": g["attendance"],
                }
        return {"people": people, "by_topic": topics}

    def groups(self) -> tuple[dict[str, Any], dict[int | None, Counter[str]]]:
        g = m.GroupSession
        where = [g.business_date >= self._period.start, g.business_date <= self._period.end, g.voided_at.is_(None)]
        if self._point_id is not None:
            where.append(g.point_id == self._point_id)
        q = (
            select(
                g.village_id,
                g.topic_id,
                g.led_by_id,
                func.count().label("n"),
                func.coalesce(func.sum(g.attendance), 0).label("attendance"),
                func.coalesce(func.sum(g.leaflets), 0).label("leaflets"),
            )
            .where(*where)
            .group_by(g.village_id, g.topic_id, g.led_by_id)
        )
        total: Counter[str] = Counter()
        by_topic: dict[int | None, Counter[str]] = defaultdict(Counter)
        for row in self._s.execute(q):
            parts = {"sessions": row.n, "attendance": int(row.attendance), "leaflets": int(row.leaflets)}
            for target in (total, by_topic[row.topic_id], self._bd.village[row.village_id]):
                target.update(parts)
            if row.led_by_id is not None:
                self._bd.member[row.led_by_id].update(
                    {"group_sessions_led": row.n, "attendance_led": int(row.attendance)}
                )
        return {k: total[k] for k in ("sessions", "attendance", "leaflets")}, by_topic

    # ------------------------------------------------------------------ team members

    def members(self) -> None:
        r, h, i = m.AssistRecord, m.AssistHelper, m.AssistItem
        helped = (
            select(h.staff_id, func.count().label("n"), count_if(r.age_band == SENIOR_BAND).label("seniors"))
            .join(r, r.id == h.record_id)
            .where(*self._records_where())
            .group_by(h.staff_id)
        )
        for row in self._s.execute(helped):
            self._bd.member[row.staff_id].update({"helped": row.n, "aged_60_plus": int(row.seniors)})
        items = (
            select(h.staff_id, i.kind, i.channel, i.outcome, i.app_task_id, func.count().label("n"))
            .select_from(h)
            .join(r, r.id == h.record_id)
            .join(i, i.record_id == r.id)
            .where(*self._records_where(), i.kind.in_(("procedure", "app_task")))
            .group_by(h.staff_id, i.kind, i.channel, i.outcome, i.app_task_id)
        )
        for row in self._s.execute(items):
            c = self._bd.member[row.staff_id]
            if row.kind == "procedure":
                if row.outcome == "submitted" and row.channel in CHANNELS:
                    c[row.channel] += row.n
                elif row.outcome == "not_submitted":
                    c["not_submitted"] += row.n
            elif row.outcome == "done":
                c["app_tasks_done"] += row.n
                if self._lk.app_tasks.get(row.app_task_id or 0, ("",))[0] == VNEID_L2:
                    c["vneid_l2_activated"] += row.n

    def duty_days(self) -> dict[str, Any]:
        d = m.DutyDay
        where = [d.business_date >= self._period.start, d.business_date <= self._period.end]
        if self._point_id is not None:
            where.append(d.point_id == self._point_id)
        # A member on duty at two points on one day was on duty one day.
        q = select(d.staff_id, func.count(func.distinct(d.business_date))).where(*where).group_by(d.staff_id)
        per_member = dict(self._s.execute(q).all())
        for staff_id, days in per_member.items():
            self._bd.member[staff_id]["duty_days"] = days
        return {
            "total": sum(per_member.values()),
            "by_member": {
                str(sid): {"name": self._lk.staff.get(sid, (f"#{sid}", ""))[0], "days": per_member[sid]}
                for sid in sorted(per_member, key=lambda s: self._lk.staff.get(s, ("~", ""))[0])
            },
        }


def _channel_counts(c: Counter[str]) -> dict[str, int]:
    return {
        "online": c["online"],
        "in_person": c["in_person"],
        "postal": c["postal"],
        "submitted": c["submitted"],
        "not_submitted": c["not_submitted"],
    }


def _ordered(counts: Counter[str], names: dict[str, str]) -> dict[str, int]:
    """Codes in catalogue order first, then any code the catalogue no longer lists; zeros left out."""
    known = [code for code in names if counts.get(code)]
    unknown = sorted(code for code in counts if code not in names and counts[code])
    return {code: counts[code] for code in known + unknown}
