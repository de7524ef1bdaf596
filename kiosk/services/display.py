"""What the hall display shows, read in one short transaction: desks and the number each serves, people waiting
per service, today's latest calls, the notices of the ticker and the voice settings.

The display starts from `board()` and then follows the change feed (events after `board().last_event_id`);
it asks for a fresh board after each batch of events and every half minute. `last_event_id` is read first, so
the board already contains every event up to that id (a later event may be in it too: applying a call twice
changes nothing on screen, and only events are ever announced).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased, sessionmaker

from kiosk.clock import Clock, business_date
from kiosk.db import models as m
from kiosk.db.engine import read_transaction
from kiosk.errors import NotFoundError
from kiosk.services.admin.notices import current as current_notices
from kiosk.services.queue.base import read_settings
from kiosk.services.queue.rules import describe_hours, parse_hours
from kiosk.services.voice.service import VOICE_KEYS, VoiceSettings

T = m.Ticket
RECENT_CALLS = 8
BOARD_SETTINGS = ("display.ticker", "display.notices", "queue.opening_hours", "office.hotline", *VOICE_KEYS)


@dataclass(frozen=True)
class DeskLine:
    number: int
    name: str
    state: str  # open | paused | closed
    serving: str | None = None
    service: str | None = None
    service_name: str | None = None


@dataclass(frozen=True)
class ServiceLine:
    prefix: str
    name: str
    waiting: int


@dataclass(frozen=True)
class CallLine:
    code: str
    counter: int
    service_name: str
    at: datetime | None = None


@dataclass(frozen=True)
class Board:
    business_date: date
    office: str
    desks: list[DeskLine]
    services: list[ServiceLine]
    recent: list[CallLine]  # newest first
    notices: list[str]
    voice: VoiceSettings = field(default_factory=VoiceSettings)
    last_event_id: int = 0


def notices_from(
    ticker: str, opening_hours: dict, hotline: str, dated: list | None = None, today: date | None = None
) -> list[str]:
    """The admin's notices: dated ones that include today, then one per line of `display.ticker`; by default the
    opening hours and the hotline."""
    lines = current_notices(dated or [], today) if today is not None else []
    lines += [line.strip() for line in (ticker or "").splitlines() if line.strip()]
    if lines:
        return lines
    out = [f"Giờ làm việc: {describe_hours(parse_hours(opening_hours or {}))}."]
    if hotline.strip():
        out.append(f"Cần hỗ trợ, xin gọi {hotline.strip()}.")
    return out


class DisplayService:
    def __init__(self, sessions: sessionmaker[Session], clock: Clock, *, point_code: str = "XA") -> None:
        self._sessions = sessions
        self._clock = clock
        self._point_code = point_code

    def board(self) -> Board:
        with read_transaction(self._sessions) as session:
            last_id = int(session.scalar(select(func.coalesce(func.max(m.Event.id), 0))) or 0)
            today = business_date(self._clock.now())
            point = session.scalar(select(m.Point).where(m.Point.code == self._point_code))
            if point is None:
                raise NotFoundError(
                    f"Không có nơi làm việc mã '{self._point_code}' trong danh mục; hãy nạp danh mục trước."
                )
            conf = read_settings(session, BOARD_SETTINGS)
            return Board(
                business_date=today,
                office=point.short_name or point.name,
                desks=self._desks(session, point.id, today),
                services=self._services(session, point.id, today),
                recent=self._recent(session, point.id, today),
                notices=notices_from(
                    conf["display.ticker"],
                    conf["queue.opening_hours"],
                    conf["office.hotline"],
                    conf["display.notices"],
                    today,
                ),
                voice=VoiceSettings.from_values(conf),
                last_event_id=last_id,
            )

    @staticmethod
    def _desks(session: Session, point_id: int, today: date) -> list[DeskLine]:
        serving = (
            select(T.counter_id, T.code, T.last_called_at, m.QueueService.prefix, m.QueueService.name)
            .join(m.QueueService, m.QueueService.id == T.service_id)
            .where(T.business_date == today, T.point_id == point_id, T.status == "serving")
            .order_by(T.last_called_at)
        )
        # A desk serves one citizen; should two rows say "serving", the latest call is the one on screen.
        now_at = {row.counter_id: row for row in session.execute(serving)}
        desks = session.scalars(
            select(m.Counter).where(m.Counter.point_id == point_id, m.Counter.active).order_by(m.Counter.number)
        )
        lines = []
        for d in desks:
            row = now_at.get(d.id)
            lines.append(
                DeskLine(
                    number=d.number,
                    name=d.name,
                    state=d.state,
                    serving=row.code if row else None,
                    service=row.prefix if row else None,
                    service_name=row.name if row else None,
                )
            )
        return lines

    @staticmethod
    def _services(session: Session, point_id: int, today: date) -> list[ServiceLine]:
        waiting = dict(
            session.execute(
                select(T.service_id, func.count())
                .where(T.business_date == today, T.point_id == point_id, T.status == "waiting")
                .group_by(T.service_id)
            ).all()
        )
        services = session.scalars(
            select(m.QueueService).where(m.QueueService.active).order_by(m.QueueService.sort_order)
        )
        return [ServiceLine(s.prefix, s.name, int(waiting.get(s.id, 0))) for s in services]

    @staticmethod
    def _recent(session: Session, point_id: int, today: date) -> list[CallLine]:
        desk = aliased(m.Counter)
        rows = session.execute(
            select(T.code, desk.number, m.QueueService.name, T.last_called_at)
            .join(desk, desk.id == T.counter_id)
            .join(m.QueueService, m.QueueService.id == T.service_id)
            .where(T.business_date == today, T.point_id == point_id, T.last_called_at.is_not(None))
            .order_by(T.last_called_at.desc(), T.id.desc())
            .limit(RECENT_CALLS)
        )
        return [CallLine(code, number, name, at) for code, number, name, at in rows]
