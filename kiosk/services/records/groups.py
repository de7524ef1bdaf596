"""Group sessions at a village cultural house: topic, village, date, attendance and leaflets handed out."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from kiosk.clock import Clock, business_date
from kiosk.db import models as m
from kiosk.db.engine import transaction
from kiosk.errors import InputError, NotFoundError, StateError
from kiosk.services.access.audit import add_audit, require_staff
from kiosk.services.access.privacy import check_no_secrets
from kiosk.text import clean

MAX_ATTENDANCE = 2000
MAX_LEAFLETS = 100_000
BACKDATE_DAYS = 92  # sessions are often written up days later, at the end of a campaign


@dataclass
class GroupSessionInput:
    attendance: int
    leaflets: int = 0
    topic_code: str | None = None
    title: str | None = None
    village_code: str | None = None
    business_date: date | None = None
    led_by_id: int | None = None
    point_code: str | None = None
    note: str | None = None


@dataclass(frozen=True)
class GroupSessionView:
    id: int
    business_date: date
    point_name: str
    village_name: str | None
    topic_code: str | None
    topic_name: str | None
    title: str | None
    attendance: int
    leaflets: int
    led_by_name: str | None
    note: str | None
    voided: bool

    @property
    def label(self) -> str:
        return self.title or self.topic_name or ""


@dataclass(frozen=True)
class GroupTotals:
    sessions: int
    attendance: int
    leaflets: int


class GroupSessionService:
    def __init__(self, sessions: sessionmaker[Session], clock: Clock, point_code: str) -> None:
        self._sessions = sessions
        self._clock = clock
        self._point_code = point_code

    def record(self, inp: GroupSessionInput, by_staff: int) -> GroupSessionView:
        now = self._clock.now()
        today = business_date(now)
        title = clean(inp.title, field="tên buổi sinh hoạt", max_len=300)
        note = clean(inp.note, field="ghi chú", max_len=1000)
        check_no_secrets(note, "ghi chú")
        day = inp.business_date or today
        if day > today:
            raise InputError("Ngày sinh hoạt không được sau hôm nay.")
        if day < today - timedelta(days=BACKDATE_DAYS):
            raise InputError(f"Chỉ ghi bù được buổi sinh hoạt trong {BACKDATE_DAYS} ngày gần đây.")
        if not 1 <= inp.attendance <= MAX_ATTENDANCE:
            raise InputError(f"Số người tham dự phải từ 1 đến {MAX_ATTENDANCE}.")
        if not 0 <= inp.leaflets <= MAX_LEAFLETS:
            raise InputError(f"Số tờ rơi phát ra phải từ 0 đến {MAX_LEAFLETS}.")
        with transaction(self._sessions) as session:
            require_staff(session, by_staff)
            topic = None
            if inp.topic_code:
                topic = session.scalar(select(m.GuidanceTopic).where(m.GuidanceTopic.code == inp.topic_code))
                if topic is None:
                    raise NotFoundError(f"Không có chủ đề mã '{inp.topic_code}'.")
            if topic is None and not title:
                raise InputError("Xin chọn chủ đề hoặc ghi tên buổi sinh hoạt.")
            village_id = None
            if inp.village_code:
                village = session.scalar(select(m.Village).where(m.Village.code == inp.village_code))
                if village is None:
                    raise NotFoundError(f"Không có thôn mã '{inp.village_code}'.")
                village_id = village.id
            point_code = inp.point_code or self._point_code
            point = session.scalar(select(m.Point).where(m.Point.code == point_code))
            if point is None:
                raise NotFoundError(f"Không có nơi làm việc mã '{point_code}'.")
            leader = inp.led_by_id or by_staff
            require_staff(session, leader)
            row = m.GroupSession(
                point_id=point.id,
                village_id=village_id,
                topic_id=topic.id if topic else None,
                title=title,
                business_date=day,
                attendance=inp.attendance,
                leaflets=inp.leaflets,
                led_by_id=leader,
                note=note,
                created_at=now,
            )
            session.add(row)
            session.flush()
            return self._view(session, row)

    def topics(self) -> list[tuple[str, str]]:
        with transaction(self._sessions) as session:
            q = select(m.GuidanceTopic).where(m.GuidanceTopic.active).order_by(m.GuidanceTopic.sort_order)
            return [(t.code, t.name) for t in session.scalars(q)]

    def void(self, session_id: int, reason: str, by_staff: int) -> None:
        now = self._clock.now()
        why = clean(reason, field="lý do huỷ", max_len=300, required=True)
        with transaction(self._sessions) as session:
            require_staff(session, by_staff)
            row = session.get(m.GroupSession, session_id)
            if row is None:
                raise NotFoundError("Không tìm thấy buổi sinh hoạt này.")
            if row.voided_at is not None:
                raise StateError("Buổi sinh hoạt này đã bị huỷ.")
            row.voided_at = now
            before = {"date": row.business_date.isoformat(), "attendance": row.attendance, "leaflets": row.leaflets}
            add_audit(
                session,
                now,
                by_staff,
                "group_session_voided",
                f"group_session:{row.id}",
                {"before": before, "reason": why},
            )

    def between(self, start: date, end: date, *, include_voided: bool = False) -> list[GroupSessionView]:
        """Sessions from `start` to `end` inclusive, newest first."""
        with transaction(self._sessions) as session:
            q = select(m.GroupSession).where(m.GroupSession.business_date.between(start, end))
            if not include_voided:
                q = q.where(m.GroupSession.voided_at.is_(None))
            rows = session.scalars(q.order_by(m.GroupSession.business_date.desc(), m.GroupSession.id.desc()))
            return [self._view(session, r) for r in rows]

    def totals(self, start: date, end: date) -> GroupTotals:
        views = self.between(start, end)
        return GroupTotals(len(views), sum(v.attendance for v in views), sum(v.leaflets for v in views))

    @staticmethod
    def _view(session: Session, row: m.GroupSession) -> GroupSessionView:
        point = session.get(m.Point, row.point_id)
        village = session.get(m.Village, row.village_id) if row.village_id else None
        topic = session.get(m.GuidanceTopic, row.topic_id) if row.topic_id else None
        leader = session.get(m.Staff, row.led_by_id) if row.led_by_id else None
        return GroupSessionView(
            id=row.id,
            business_date=row.business_date,
            point_name=(point.short_name or point.name) if point else "",
            village_name=village.name if village else None,
            topic_code=topic.code if topic else None,
            topic_name=topic.name if topic else None,
            title=row.title,
            attendance=row.attendance,
            leaflets=row.leaflets,
            led_by_name=leader.name if leader else None,
            note=row.note,
            voided=row.voided_at is not None,
        )
