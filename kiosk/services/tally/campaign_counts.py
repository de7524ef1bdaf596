"""What a tally counts for campaign periods (campaigns.py defines them): the records and group sessions of each
topic inside the tally's period. Core queries on the tables: the tally only reads and imports no ORM.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from typing import Any

from sqlalchemy import Connection, Row, select

from kiosk.db import tables as t
from kiosk.errors import NotFoundError

_CAMPAIGNS = t.campaigns


def find_row(conn: Connection, code: str) -> Row[Any]:
    """The campaign with this code (Core row: the columns as attributes), or the sentence saying there is none."""
    row = conn.execute(select(_CAMPAIGNS).where(_CAMPAIGNS.c.code == code.strip())).first()
    if row is None:
        raise NotFoundError(f"Không có đợt mã '{code}'; xem danh sách bằng: kiosk campaign list.")
    return row


def for_period(conn: Connection, start: date, end: date, code: str | None) -> list[Any]:
    """The enabled campaigns overlapping [start, end], and the one asked for by code whether enabled or not."""
    c = _CAMPAIGNS.c
    q = select(_CAMPAIGNS).where(c.date_from <= end, c.date_to >= start)
    rows = [r for r in conn.execute(q.order_by(c.date_from, c.code)) if r.enabled]
    if code:
        asked = find_row(conn, code)
        rows = [asked, *[r for r in rows if r.id != asked.id]]
    return rows


def count(conn: Connection, row: Any, start: date, end: date, point_id: int | None) -> dict[str, Any]:
    """A campaign's figures inside [start, end] ∩ its own dates: records and group sessions by topic.

    `row`: a campaign from for_period."""
    lo, hi = max(start, row.date_from), min(end, row.date_to)
    topics = list(row.topics or [])
    topic_t, task_t = t.guidance_topics.c, t.app_tasks.c
    guidance = dict(conn.execute(select(topic_t.id, topic_t.code)).all())
    tasks = dict(conn.execute(select(task_t.id, task_t.code)).all())
    item, record, group = t.assist_items.c, t.assist_records.c, t.group_sessions.c
    records: dict[str, set[int]] = defaultdict(set)
    items: dict[str, int] = defaultdict(int)
    all_records: set[int] = set()
    sessions_n: dict[str, int] = defaultdict(int)
    attendance: dict[str, int] = defaultdict(int)
    total_sessions = total_attendance = 0
    if lo <= hi:
        q = (
            select(item.record_id, item.kind, item.topic_id, item.app_task_id, item.channel)
            .select_from(t.assist_items.join(t.assist_records, record.id == item.record_id))
            .where(record.business_date.between(lo, hi), record.voided_at.is_(None))
        )
        if point_id is not None:
            q = q.where(record.point_id == point_id)
        for record_id, kind, topic_id, task_id, channel in conn.execute(q):
            all_records.add(record_id)
            for topic in topics:
                hit = (
                    (kind == "topic" and guidance.get(topic_id) in topic["guidance_topics"])
                    or (kind == "app_task" and tasks.get(task_id) in topic["app_tasks"])
                    or (
                        kind == "procedure"
                        and topic["procedures"] in ("all", "online" if channel == "online" else "all")
                    )
                )
                if hit:
                    records[topic["code"]].add(record_id)
                    items[topic["code"]] += 1
        gq = select(group.topic_id, group.attendance).where(
            group.business_date.between(lo, hi), group.voided_at.is_(None)
        )
        if point_id is not None:
            gq = gq.where(group.point_id == point_id)
        for topic_id, people in conn.execute(gq):
            total_sessions += 1
            total_attendance += people or 0
            for topic in topics:
                if guidance.get(topic_id) in topic["guidance_topics"]:
                    sessions_n[topic["code"]] += 1
                    attendance[topic["code"]] += people or 0
    in_any = set().union(*records.values()) if records else set()
    return {
        "code": row.code,
        "name": row.name,
        "from": row.date_from.isoformat(),
        "to": row.date_to.isoformat(),
        "counted_from": lo.isoformat(),
        "counted_to": hi.isoformat() if lo <= hi else lo.isoformat(),
        "enabled": row.enabled,
        "records": len(all_records),
        "records_in_topics": len(in_any),
        "sessions": total_sessions,
        "attendance": total_attendance,
        "by_topic": {
            topic["code"]: {
                "name": topic["name"],
                "records": len(records[topic["code"]]),
                "items": items[topic["code"]],
                "sessions": sessions_n[topic["code"]],
                "attendance": attendance[topic["code"]],
            }
            for topic in topics
        },
    }
