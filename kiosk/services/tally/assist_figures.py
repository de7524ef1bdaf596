"""Assistance, apps and skills, group sessions and people: GROUP BY queries over the non-voided desk records.

Each query also feeds the per-village, per-member, per-point and per-day tables through `Breakdowns`, so a
figure is counted once in the database and only its grouped rows are added up here.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import date
from operator import itemgetter
from typing import Any

from kiosk.services.tally import queries as q
from kiosk.services.tally.calc import rate
from kiosk.services.tally.lookups import Lookups

CHANNELS = ("online", "in_person", "postal")
# App tasks the report names on their own line (codes are stable in the catalogue; names are editable).
VNEID_L1 = "vneid_l1_create"
VNEID_L2 = "vneid_l2_activate"
SENIOR_BAND = q.SENIOR_BAND
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


def _day(value: Any) -> date:
    return date.fromisoformat(value) if isinstance(value, str) else value


class AssistFigures:
    def __init__(self, run: q.Runner, lk: Lookups, bd: Breakdowns) -> None:
        self._run = run
        self._p = run.with_point
        self._lk = lk
        self._bd = bd
        self._groups: dict[int, list[Any]] | None = None

    def _rows(self, src: int) -> list[Any]:
        """The grouped rows of one kind (q.PEOPLE, q.PROCEDURES, …), each as the values that kind's figures unpack:
        all kinds come from one statement over the period's desk records, run the first time any is asked for."""
        if self._groups is None:
            by_src: dict[int, list[Any]] = defaultdict(list)
            for row in self._run(q.desk_records(self._run.dialect, self._p)):
                by_src[row[0]].append(row)
            # itemgetter picks a row's values in C; a kind with one value gets 1-tuples, like the others.
            self._groups = {
                src: list(map(itemgetter(*shape), by_src.get(src, ()))) if len(shape) > 1
                else [(row[shape[0]],) for row in by_src.get(src, ())]
                for src, shape in q.SHAPES.items()
            }  # fmt: skip
        return self._groups[src]

    # ------------------------------------------------------------------ people helped

    def people(self) -> dict[str, Any]:
        helped = 0
        by_band: Counter[str] = Counter()
        # Rows unpacked by position throughout: a Row's attribute look-up costs more than the sums it feeds.
        for age_band, n in self._rows(q.PEOPLE):
            helped += n
            by_band[age_band or "unknown"] += n
        bd = self._bd
        for src, targets, day in ((q.PEOPLE_VILLAGE, bd.village, False), (q.PEOPLE_POINT, bd.point, False),
                                  (q.PEOPLE_DAY, bd.day, True)):  # fmt: skip
            for key, age_band, n in self._rows(src):
                target = targets[_day(key) if day else key]
                target["helped"] += n
                if age_band == SENIOR_BAND:
                    target["aged_60_plus"] += n
        known = self._lk.terms.get("age_band", {})
        bands = [*known, *sorted(set(by_band) - set(known))]
        return {
            "helped": helped,
            "aged_60_plus": by_band[SENIOR_BAND],
            "by_age_band": {band: by_band[band] for band in bands},
        }

    # ------------------------------------------------------------------ procedures

    def assist(self, helped: int) -> dict[str, Any]:
        total: Counter[str] = Counter()
        by_level: Counter[str] = Counter()
        by_portal: Counter[str] = Counter()
        reasons: Counter[str] = Counter()
        by_proc: dict[int | None, Counter[str]] = defaultdict(Counter)
        online_procs: set[int] = set()
        for row in self._rows(q.PROCEDURES):
            procedure_id, channel, outcome, level, portal, reason, n, fees, vneid = row
            targets = (total, by_proc[procedure_id])
            for c in targets:
                c["procedure_items"] += n
            if outcome == "submitted" and channel in CHANNELS:
                for c in targets:
                    c[channel] += n
                    c["submitted"] += n
                total["fees_paid_online"] += int(fees)
                total["vneid_logins"] += int(vneid)
                if channel == "online":
                    by_level[level or "unknown"] += n
                    by_portal[portal or "other"] += n
                    if procedure_id is not None:
                        online_procs.add(procedure_id)
            elif outcome == "not_submitted":
                for c in targets:
                    c["not_submitted"] += n
                reasons[reason or "other"] += n
        bd = self._bd
        for src, breakdown, day in ((q.PROC_VILLAGE, bd.village, False), (q.PROC_POINT, bd.point, False),
                                    (q.PROC_DAY, bd.day, True)):  # fmt: skip
            for key, channel, outcome, n in self._rows(src):
                c = breakdown[_day(key) if day else key]
                c["procedure_items"] += n
                if outcome == "submitted" and channel in CHANNELS:
                    c[channel] += n
                    c["submitted"] += n
                elif outcome == "not_submitted":
                    c["not_submitted"] += n
        self._lk.load_procedures(self._run, by_proc)
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
        by_task: dict[int | None, Counter[str]] = defaultdict(Counter)
        reasons: Counter[str] = Counter()
        for village_id, app_task_id, outcome, reason_code, n in self._rows(q.APP_TASKS):
            done = outcome == "done"
            by_task[app_task_id]["done" if done else "not_done"] += n
            if done:
                village = self._bd.village[village_id]
                village["app_tasks_done"] += n
                if self._lk.app_tasks.get(app_task_id or 0, ("",))[0] == VNEID_L2:
                    village["vneid_l2_activated"] += n
            else:
                reasons[reason_code or "other"] += n
        tasks = {}
        codes = {code: tid for tid, (code, _) in self._lk.app_tasks.items()}
        for tid, (code, name) in self._lk.app_tasks.items():
            if tid in by_task:
                tasks[code] = {"name": name, "done": by_task[tid]["done"], "not_done": by_task[tid]["not_done"]}
        return {
            "vneid_l1_created": by_task[codes[VNEID_L1]]["done"] if VNEID_L1 in codes else 0,
            "vneid_l2_activated": by_task[codes[VNEID_L2]]["done"] if VNEID_L2 in codes else 0,
            "tasks_done": sum(c["done"] for c in by_task.values()),
            "by_task": tasks,
            "not_done_by_reason": _ordered(reasons, self._lk.terms.get("not_submitted_reason", {})),
        }

    def skills(self, groups_by_topic: dict[int | None, Counter[str]]) -> dict[str, Any]:
        people = 0
        per_topic: dict[int | None, int] = {}
        for (n,) in self._rows(q.TOPICS_WHOLE):  # one person guided on two topics counts once
            people = n or 0
        for tid, n in self._rows(q.TOPICS):
            per_topic[tid] = n
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
        total: Counter[str] = Counter()
        by_topic: dict[int | None, Counter[str]] = defaultdict(Counter)
        for row in self._run(q.group_sessions(self._p)):
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
        for staff_id, n, seniors in self._rows(q.MEMBER_HELPED):
            self._bd.member[staff_id].update({"helped": n, "aged_60_plus": int(seniors)})
        for staff_id, kind, channel, outcome, app_task_id, n in self._rows(q.MEMBER_ITEMS):
            c = self._bd.member[staff_id]
            if kind == "procedure":
                if outcome == "submitted" and channel in CHANNELS:
                    c[channel] += n
                elif outcome == "not_submitted":
                    c["not_submitted"] += n
            elif outcome == "done":
                c["app_tasks_done"] += n
                if self._lk.app_tasks.get(app_task_id or 0, ("",))[0] == VNEID_L2:
                    c["vneid_l2_activated"] += n

    def duty_days(self) -> dict[str, Any]:
        per_member = {staff_id: days for staff_id, days in self._run(q.duty_days(self._p))}
        for staff_id, days in per_member.items():
            self._bd.member[staff_id]["duty_days"] = days
        return {
            "total": sum(per_member.values()),
            "by_member": {
                str(sid): {"name": self._lk.staff.get(sid, (f"#{sid}", ""))[0], "days": per_member[sid]}
                for sid in sorted(per_member, key=lambda s: list(self._lk.staff).index(s) if s in self._lk.staff else 0)
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
