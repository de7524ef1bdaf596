"""Campaign periods: a province's peak days (e.g. Kon Tum's 10 days of October 2024) with fixed topics.

An admin defines a campaign (code, name, from, to, topics); each topic says what it counts: records with an item
of one of its guidance topics or app tasks (or any procedure submitted online, or any procedure), and group
sessions on one of its guidance topics. Enabled campaigns appear in every tally whose period they overlap; any
campaign can be asked for by code (`kiosk tally --campaign CODE`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Row, and_, case, false, func, or_, select

from kiosk.clock import Clock
from kiosk.db import tables
from kiosk.db.engine import read_transaction, transaction
from kiosk.errors import InputError, NotFoundError, StateError
from kiosk.text import clean

if TYPE_CHECKING:
    # Defining and enabling campaigns go through ORM sessions; the tally's reads below are Core and import neither.
    from sqlalchemy.orm import Session, sessionmaker

    from kiosk.db import models as m

CODE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")
PROCEDURES = {"": "không tính thủ tục", "online": "thủ tục nộp trực tuyến", "all": "mọi thủ tục"}
MAX_TOPICS = 20
MAX_CODES = 50


@dataclass(frozen=True)
class CampaignInfo:
    code: str
    name: str
    date_from: date
    date_to: date
    topics: tuple[dict[str, Any], ...]
    enabled: bool

    def to_json(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "name": self.name,
            "from": self.date_from.isoformat(),
            "to": self.date_to.isoformat(),
            "enabled": self.enabled,
            "topics": [dict(t) for t in self.topics],
        }


def _info(row: m.Campaign) -> CampaignInfo:
    return CampaignInfo(row.code, row.name, row.date_from, row.date_to, tuple(row.topics or []), row.enabled)


def _date(value: Any, field: str) -> date:
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        from kiosk.services.tally.period import parse_date

        return parse_date(value, field=field)
    raise InputError(f"{field.capitalize()} cần dạng 2024-10-01.")


def _codes(value: Any, known: set[str], field: str) -> list[str]:
    if value in (None, ""):
        return []
    if not isinstance(value, list) or len(value) > MAX_CODES or not all(isinstance(v, str) for v in value):
        raise InputError(f"{field.capitalize()} cần là một danh sách mã.")
    unknown = [v for v in value if v not in known]
    if unknown:
        raise InputError(f"{field.capitalize()}: không có mã {', '.join(unknown[:5])} trong danh mục.")
    return list(dict.fromkeys(value))


def validate(session: Session, spec: Any) -> dict[str, Any]:
    """A campaign as typed in a file, checked against the catalogue; InputError says what is wrong in one sentence."""
    from kiosk.db import models as m

    if not isinstance(spec, dict):
        raise InputError("Tệp đợt cao điểm cần các mục code, name, from, to, topics.")
    code = str(spec.get("code") or "").strip()
    if not CODE.match(code):
        raise InputError("Mã đợt chỉ gồm chữ không dấu, số, '-', '_' hoặc '.', tối đa 64 ký tự.")
    name = clean(spec.get("name"), field="tên đợt", max_len=300, required=True, name=True)
    start, end = _date(spec.get("from"), "ngày bắt đầu"), _date(spec.get("to"), "ngày kết thúc")
    if end < start:
        raise InputError("Ngày kết thúc của đợt phải sau hoặc trùng ngày bắt đầu.")
    if (end - start).days > 366:
        raise InputError("Một đợt dài tối đa một năm.")
    topics = spec.get("topics")
    if not isinstance(topics, list) or not 1 <= len(topics) <= MAX_TOPICS:
        raise InputError(f"Đợt cần từ 1 đến {MAX_TOPICS} chủ đề (topics).")
    guidance = set(session.scalars(select(m.GuidanceTopic.code)))
    tasks = set(session.scalars(select(m.AppTask.code)))
    out, seen = [], set()
    for i, t in enumerate(topics, start=1):
        if not isinstance(t, dict):
            raise InputError(f"Chủ đề thứ {i} cần các mục code, name.")
        tcode = str(t.get("code") or "").strip()
        if not CODE.match(tcode) or tcode in seen:
            raise InputError(f"Chủ đề thứ {i}: mã '{tcode}' trống, sai dạng hoặc trùng.")
        seen.add(tcode)
        procedures = str(t.get("procedures") or "")
        if procedures not in PROCEDURES:
            raise InputError(f"Chủ đề {tcode}: procedures chỉ nhận online, all hoặc để trống.")
        item = {
            "code": tcode,
            "name": clean(t.get("name"), field=f"tên chủ đề {tcode}", max_len=300, required=True),
            "guidance_topics": _codes(t.get("guidance_topics"), guidance, f"chủ đề {tcode}, guidance_topics"),
            "app_tasks": _codes(t.get("app_tasks"), tasks, f"chủ đề {tcode}, app_tasks"),
            "procedures": procedures,
        }
        if not (item["guidance_topics"] or item["app_tasks"] or procedures):
            raise InputError(f"Chủ đề {tcode} chưa nói tính gì: thêm guidance_topics, app_tasks hoặc procedures.")
        out.append(item)
    return {"code": code, "name": name, "date_from": start, "date_to": end, "topics": out}


class CampaignService:
    def __init__(self, sessions: sessionmaker[Session], clock: Clock) -> None:
        self._sessions = sessions
        self._clock = clock

    def all(self) -> list[CampaignInfo]:
        from kiosk.db import models as m

        with read_transaction(self._sessions) as session:
            rows = session.scalars(select(m.Campaign).order_by(m.Campaign.date_from.desc(), m.Campaign.code))
            return [_info(r) for r in rows]

    def get(self, code: str) -> CampaignInfo:
        with read_transaction(self._sessions) as session:
            return _info(self._row(session, code))

    def define(self, spec: Any, *, replace: bool = False) -> CampaignInfo:
        from kiosk.db import models as m

        now = self._clock.now()
        with transaction(self._sessions) as session:
            values = validate(session, spec)
            row = session.scalar(select(m.Campaign).where(m.Campaign.code == values["code"]))
            if row is not None and not replace:
                raise StateError(f"Đã có đợt mã {values['code']}; thêm --replace để thay.")
            if row is None:
                row = m.Campaign(enabled=False, created_at=now, **values, updated_at=now)
                session.add(row)
            else:
                for key, value in values.items():
                    setattr(row, key, value)
                row.updated_at = now
            session.flush()
            return _info(row)

    def set_enabled(self, code: str, enabled: bool) -> CampaignInfo:
        with transaction(self._sessions) as session:
            row = self._row(session, code)
            row.enabled = enabled
            row.updated_at = self._clock.now()
            return _info(row)

    @staticmethod
    def _row(session: Session, code: str) -> m.Campaign:
        return find(session, code)


_CAMPAIGNS = tables.campaigns


def find(session: Session, code: str) -> m.Campaign:
    from kiosk.db import models as m

    row = session.scalar(select(m.Campaign).where(m.Campaign.code == code.strip()))
    if row is None:
        raise _missing(code)
    return row


def _missing(code: str) -> NotFoundError:
    return NotFoundError(f"Không có đợt mã '{code}'; xem danh sách bằng: kiosk campaign list.")


def find_row(conn: Connection, code: str) -> Row[Any]:
    """The campaign with this code as a Core row (its columns as attributes), or the sentence saying there is none."""
    row = conn.execute(select(_CAMPAIGNS).where(_CAMPAIGNS.c.code == code.strip())).first()
    if row is None:
        raise _missing(code)
    return row


def for_period(conn: Connection, start: date, end: date, code: str | None) -> list[Any]:
    """The enabled campaigns overlapping [start, end], and the one asked for by code whether enabled or not.

    Core rows of the table: the tally only reads, and imports no ORM.
    """
    c = _CAMPAIGNS.c
    q = select(_CAMPAIGNS).where(c.date_from <= end, c.date_to >= start)
    rows = [r for r in conn.execute(q.order_by(c.date_from, c.code)) if r.enabled]
    if code:
        asked = find_row(conn, code)
        rows = [asked, *[r for r in rows if r.id != asked.id]]
    return rows


def count(conn: Connection, row: Any, start: date, end: date, point_id: int | None) -> dict[str, Any]:
    """A campaign's figures inside [start, end] ∩ its own dates: records and group sessions by topic.

    `row`: a campaign from for_period. Counted in SQL, two statements: the period's items came back one row each
    (a district's month has tens of thousands) to be matched against every topic in Python. Core queries on the
    tables throughout (see for_period)."""
    lo, hi = max(start, row.date_from), min(end, row.date_to)
    topics = list(row.topics or [])
    topic_t, task_t = tables.guidance_topics.c, tables.app_tasks.c
    guidance = dict(conn.execute(select(topic_t.id, topic_t.code)).all())
    tasks = dict(conn.execute(select(task_t.id, task_t.code)).all())
    item, record, group = tables.assist_items.c, tables.assist_records.c, tables.group_sessions.c
    records = dict.fromkeys((t["code"] for t in topics), 0)
    items = dict.fromkeys(records, 0)
    sessions_n = dict.fromkeys(records, 0)
    attendance = dict.fromkeys(records, 0)
    all_records = in_any = total_sessions = total_attendance = 0
    if lo <= hi:

        def topic_ids(t: dict[str, Any]) -> list[int]:
            return [tid for tid, code in guidance.items() if code in t["guidance_topics"]]

        def hit(t: dict[str, Any]) -> Any:
            """An item counted under topic t: one of its guidance topics or app tasks, or a procedure it counts."""
            procedures: Any = false()
            if t["procedures"] == "all":
                procedures = item.kind == "procedure"
            elif t["procedures"] == "online":
                procedures = and_(item.kind == "procedure", item.channel == "online")
            task_ids = [tid for tid, code in tasks.items() if code in t["app_tasks"]]
            return or_(
                and_(item.kind == "topic", item.topic_id.in_(topic_ids(t))),
                and_(item.kind == "app_task", item.app_task_id.in_(task_ids)),
                procedures,
            )

        def distinct_records(condition: Any) -> Any:
            return func.count(func.distinct(case((condition, item.record_id))))

        hits = [hit(t) for t in topics]
        per_topic = [col for h in hits for col in (distinct_records(h), func.coalesce(func.sum(case((h, 1))), 0))]
        q = (
            select(func.count(func.distinct(item.record_id)), distinct_records(or_(false(), *hits)), *per_topic)
            .select_from(tables.assist_items.join(tables.assist_records, record.id == item.record_id))
            .where(record.business_date.between(lo, hi), record.voided_at.is_(None))
        )
        if point_id is not None:
            q = q.where(record.point_id == point_id)
        all_records, in_any, *counts = conn.execute(q).one()
        for t, n_records, n_items in zip(topics, counts[::2], counts[1::2], strict=True):
            records[t["code"]], items[t["code"]] = n_records, n_items
        people = func.coalesce(group.attendance, 0)
        per_topic = []
        for t in topics:
            on_topic = group.topic_id.in_(topic_ids(t))
            per_topic += [
                func.coalesce(func.sum(case((on_topic, 1))), 0),
                func.coalesce(func.sum(case((on_topic, people))), 0),
            ]
        gq = select(func.count(), func.coalesce(func.sum(people), 0), *per_topic).where(
            group.business_date.between(lo, hi), group.voided_at.is_(None)
        )
        if point_id is not None:
            gq = gq.where(group.point_id == point_id)
        total_sessions, total_attendance, *counts = conn.execute(gq).one()
        for t, n_sessions, n_people in zip(topics, counts[::2], counts[1::2], strict=True):
            sessions_n[t["code"]], attendance[t["code"]] = n_sessions, n_people
    return {
        "code": row.code,
        "name": row.name,
        "from": row.date_from.isoformat(),
        "to": row.date_to.isoformat(),
        "counted_from": lo.isoformat(),
        "counted_to": hi.isoformat() if lo <= hi else lo.isoformat(),
        "enabled": row.enabled,
        "records": all_records,
        "records_in_topics": in_any,
        "sessions": total_sessions,
        "attendance": int(total_attendance),
        "by_topic": {
            t["code"]: {
                "name": t["name"],
                "records": records[t["code"]],
                "items": int(items[t["code"]]),
                "sessions": int(sessions_n[t["code"]]),
                "attendance": int(attendance[t["code"]]),
            }
            for t in topics
        },
    }
