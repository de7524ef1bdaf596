"""The tally's grouped queries against a plain count of every row, on a realistic commune with several points.

Six weeks of demo data (tickets at the commune desk, records there and at the village point and the mobile team),
then every third ticket moved to the village point with its rating and desk records, so tickets, ratings and
records all come from more than one point. Each figure below is recounted here from the rows themselves, one row
at a time, with none of the tally's queries: a period of one day, a month, the whole range; all points and each.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import date
from typing import Any

import pytest
from sqlalchemy import select, update

from kiosk.app import Services
from kiosk.clock import to_local
from kiosk.db import models as m
from kiosk.services.demo import DemoGenerator
from kiosk.services.tally import Period
from kiosk.services.tally.calc import duration_stats
from kiosk.services.tally.lookups import DEFAULT_SATISFIED

NO_SHOW = ("no_show", "skipped")
CHANNELS = ("online", "in_person", "postal")


@pytest.fixture
def district(any_services: Services) -> Services:
    DemoGenerator(any_services.sessions, any_services.clock).generate(42, seed=3)
    with any_services.sessions.begin() as s:
        village = s.scalar(select(m.Point.id).where(m.Point.code == "TH-DONG"))
        moved = select(m.Ticket.id).where(m.Ticket.id % 3 == 0).scalar_subquery()
        s.execute(update(m.Ticket).where(m.Ticket.id % 3 == 0).values(point_id=village))
        s.execute(update(m.Rating).where(m.Rating.ticket_id.in_(moved)).values(point_id=village))
        s.execute(update(m.AssistRecord).where(m.AssistRecord.ticket_id.in_(moved)).values(point_id=village))
    return any_services


def _minutes(a: Any, b: Any) -> float:
    return max(0.0, round((b - a).total_seconds() / 60, 4))


def _plain_counts(services: Services, start: date, end: date, point: str | None) -> dict[str, Any]:
    """The figures the tally reports, counted row by row in Python."""
    with services.sessions() as s:
        point_id = s.scalar(select(m.Point.id).where(m.Point.code == point)) if point else None

        def mine(row: Any) -> bool:
            return start <= row.business_date <= end and (point_id is None or row.point_id == point_id)

        tickets = [t for t in s.scalars(select(m.Ticket)) if mine(t)]
        records = [r for r in s.scalars(select(m.AssistRecord)) if mine(r) and r.voided_at is None]
        ratings = [r for r in s.scalars(select(m.Rating)) if mine(r)]
        by_record = {r.id: r for r in records}
        items = [(i, by_record[i.record_id]) for i in s.scalars(select(m.AssistItem)) if i.record_id in by_record]
        points = {p.id: p.code for p in s.scalars(select(m.Point))}
        villages = {v.id: v.code for v in s.scalars(select(m.Village))}
        scale = list(s.scalars(select(m.Term).where(m.Term.kind == "satisfaction")))
    flagged = {
        t.code: bool(t.extra["satisfied"]) for t in scale if isinstance(t.extra, dict) and "satisfied" in t.extra
    }
    satisfied_codes = {code for code, yes in flagged.items() if yes} if flagged else set(DEFAULT_SATISFIED)

    def queue(rows: list[m.Ticket]) -> dict[str, int]:
        statuses = Counter(t.status for t in rows)
        return {
            "issued": len(rows),
            "served": statuses["finished"],
            "no_show": sum(statuses[x] for x in NO_SHOW),
            "cancelled": statuses["cancelled"],
        }

    called = [t for t in tickets if t.called_at is not None]
    waits = [_minutes(t.issued_at, t.called_at) for t in called]
    services_min = [_minutes(t.called_at, t.finished_at) for t in called if t.status == "finished"]
    hours = Counter(to_local(t.issued_at).hour for t in tickets)

    def longest(day_tickets: list[m.Ticket]) -> int:
        events = [(t.issued_at, 1) for t in day_tickets]
        events += [(t.called_at, -1) for t in day_tickets if t.called_at is not None]
        events += [(t.finished_at, -1) for t in day_tickets if t.called_at is None and t.finished_at is not None]
        waiting = best = 0
        for _, delta in sorted(events, key=lambda e: (e[0], e[1])):
            waiting += delta
            best = max(best, waiting)
        return best

    by_date: dict[date, list[m.Ticket]] = defaultdict(list)
    for t in tickets:
        by_date[t.business_date].append(t)

    def assist(rows: list[m.AssistRecord], pairs: list[tuple[m.AssistItem, m.AssistRecord]]) -> dict[str, int]:
        ids = {r.id for r in rows}
        procs = [i for i, r in pairs if r.id in ids and i.kind == "procedure"]
        out = {
            "helped": len(rows),
            "aged_60_plus": sum(r.age_band == "60_plus" for r in rows),
            "not_submitted": sum(i.outcome == "not_submitted" for i in procs),
        }
        for channel in CHANNELS:
            out[channel] = sum(i.outcome == "submitted" and i.channel == channel for i in procs)
        return out

    def per(key: str, lookup: dict[int, str]) -> dict[str, dict[str, int]]:
        groups: dict[str, list[m.AssistRecord]] = defaultdict(list)
        for r in records:
            groups[lookup[getattr(r, key)] if getattr(r, key) is not None else "_none"].append(r)
        return {code: assist(rows, items) for code, rows in groups.items()}

    topic_records = {r.id for i, r in items if i.kind == "topic" and i.outcome in (None, "done")}
    return {
        "queue": queue(tickets),
        "wait_min": duration_stats(waits),
        "service_min": duration_stats(services_min),
        "by_hour": {f"{h:02d}": hours[h] for h in range(min(hours), max(hours) + 1)} if hours else {},
        "longest_queue": max((longest(rows) for rows in by_date.values()), default=0),
        "by_day_queue": {
            d.isoformat(): {k: queue(rows)[k] for k in ("issued", "served", "no_show")}
            | {"longest_queue": longest(rows)}
            for d, rows in by_date.items()
        },
        "assist": assist(records, items),
        "procedure_items": sum(i.kind == "procedure" for i, _ in items),
        "skills_people": len(topic_records),
        "by_point": {
            points[pid]: assist([r for r in records if r.point_id == pid], items)
            for pid in {r.point_id for r in records}
        },  # fmt: skip
        "by_point_queue": {
            points[pid]: queue([t for t in tickets if t.point_id == pid]) for pid in {t.point_id for t in tickets}
        },  # fmt: skip
        "by_village": per("village_id", villages),
        "ratings": len(ratings),
        "satisfied": sum(r.level in satisfied_codes for r in ratings),
    }


def _check(services: Services, period: Period, point: str | None) -> None:
    data = services.tally.compute(period, point).data
    until = date.fromisoformat(data["period"]["until"])
    want = _plain_counts(services, period.start, min(period.end, until), point)
    q = data["queue"]
    assert {k: q[k] for k in want["queue"]} == want["queue"]
    assert (q["wait_min"], q["service_min"]) == (want["wait_min"], want["service_min"])
    assert q["by_hour"] == want["by_hour"]
    assert q["longest_queue"] == want["longest_queue"]
    for day, counts in want["by_day_queue"].items():
        assert {k: data["by_day"][day][k] for k in counts} == counts, day
    a = data["assist"]
    assert {k: a[k] for k in ("online", "in_person", "postal", "not_submitted")} == {
        k: want["assist"][k] for k in ("online", "in_person", "postal", "not_submitted")
    }
    assert (a["helped"], data["people"]["aged_60_plus"]) == (want["assist"]["helped"], want["assist"]["aged_60_plus"])
    assert a["procedure_items"] == want["procedure_items"]
    assert data["skills"]["people"] == want["skills_people"]
    for code, counts in want["by_point"].items():
        assert {k: data["by_point"][code][k] for k in counts} == counts, code
    for code, counts in want["by_point_queue"].items():
        if counts["issued"]:
            assert {k: data["by_point"][code][k] for k in ("issued", "served", "no_show")} == {
                k: counts[k] for k in ("issued", "served", "no_show")
            }, code
    for code, counts in want["by_village"].items():
        assert {k: data["by_village"][code][k] for k in counts} == counts, code
    sat = data["satisfaction"]
    assert (sat["ratings"], sat["satisfied"]) == (want["ratings"], want["satisfied"])


def test_the_dataset_has_tickets_and_records_at_several_points(district: Services) -> None:
    with district.sessions() as s:
        assert len(set(s.scalars(select(m.Ticket.point_id)))) == 2
        assert len(set(s.scalars(select(m.AssistRecord.point_id)))) >= 3
        assert len(set(s.scalars(select(m.Rating.point_id)))) == 2


@pytest.mark.parametrize("point", [None, "XA", "TH-DONG", "LUU-DONG"])
def test_grouped_figures_equal_a_plain_count(district: Services, point: str | None) -> None:
    today = district.tally.today()
    with district.sessions() as s:
        days = sorted(set(s.scalars(select(m.Ticket.business_date))))
    busy = days[len(days) // 2]
    for period in (
        Period.day(busy),
        Period.day(today),
        Period.month(busy.year, busy.month),
        Period.month(today.year, today.month),
        Period.between(days[0], today),
    ):
        _check(district, period, point)
