"""Duty days: a team member checks in at a point for a day (once per staff, day and point), and a month view.

Some provinces pay an allowance per member per duty day (Đà Nẵng, Resolution 36/2024/NQ-HĐND), so the month view
counts distinct days, not check-ins: two points on one day are one duty day.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from kiosk.clock import Clock, business_date
from kiosk.db import models as m
from kiosk.db.engine import transaction
from kiosk.errors import AuthError, InputError, NotFoundError, StateError
from kiosk.services.access.audit import add_audit, require_staff
from kiosk.services.records import allowance as allowance_mod
from kiosk.services.settings import SettingsService, validate
from kiosk.services.tally.model import Office, place_of

BACKDATE_DAYS = 31
MANAGERS = ("officer", "admin")  # may check in someone else or a past day (a paper sign-in sheet typed up)


@dataclass(frozen=True)
class DutyView:
    id: int
    staff_id: int
    staff_name: str
    point_code: str
    point_name: str
    business_date: date
    checked_in_at: datetime
    checked_out_at: datetime | None


@dataclass(frozen=True)
class DutyMonth:
    staff_id: int
    staff_name: str
    year: int
    month: int
    entries: tuple[DutyView, ...]
    allowance_per_day: int

    @property
    def days(self) -> list[date]:
        return sorted({e.business_date for e in self.entries})

    @property
    def day_count(self) -> int:
        return len(self.days)

    @property
    def allowance(self) -> int:
        return self.day_count * self.allowance_per_day


def month_bounds(year: int, month: int) -> tuple[date, date]:
    if not 1 <= month <= 12 or not 2000 <= year <= 2100:
        raise InputError(f"Tháng {month}/{year} không hợp lệ.")
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


class DutyService:
    def __init__(
        self, sessions: sessionmaker[Session], clock: Clock, settings: SettingsService, point_code: str
    ) -> None:
        self._sessions = sessions
        self._clock = clock
        self._settings = settings
        self._point_code = point_code

    def check_in(
        self, staff_id: int, *, point_code: str | None = None, day: date | None = None, by_staff: int | None = None
    ) -> DutyView:
        now = self._clock.now()
        today = business_date(now)
        day = day or today
        by = by_staff or staff_id
        if day > today:
            raise InputError("Không điểm danh trước cho ngày sau hôm nay.")
        if day < today - timedelta(days=BACKDATE_DAYS):
            raise InputError(f"Chỉ ghi bù ngày trực trong {BACKDATE_DAYS} ngày gần đây.")
        try:
            with transaction(self._sessions) as session:
                actor = require_staff(session, by)
                staff = require_staff(session, staff_id)
                if (by != staff_id or day != today) and actor.role not in MANAGERS:
                    raise AuthError("Chỉ cán bộ một cửa mới ghi ngày trực cho người khác hoặc cho ngày đã qua.")
                point = self._point(session, point_code)
                existing = session.scalar(
                    select(m.DutyDay).where(
                        m.DutyDay.staff_id == staff_id, m.DutyDay.business_date == day, m.DutyDay.point_id == point.id
                    )
                )
                if existing is not None:
                    raise StateError(
                        f"{staff.name} đã điểm danh trực tại {point.short_name or point.name} ngày {day:%d/%m/%Y}."
                    )
                row = m.DutyDay(staff_id=staff_id, point_id=point.id, business_date=day, checked_in_at=now)
                session.add(row)
                session.flush()
                if by != staff_id or day != today:
                    add_audit(
                        session,
                        now,
                        by,
                        "duty_added",
                        f"duty_day:{row.id}",
                        {"staff": staff_id, "day": day.isoformat()},
                    )
                return self._view(session, row)
        except IntegrityError as exc:
            # Two machines checked the same person in at the same moment: the unique constraint kept one.
            raise StateError("Ngày trực này vừa được ghi ở máy khác.") from exc

    def check_out(self, duty_id: int, by_staff: int) -> DutyView:
        now = self._clock.now()
        with transaction(self._sessions) as session:
            actor = require_staff(session, by_staff)
            row = session.get(m.DutyDay, duty_id)
            if row is None:
                raise NotFoundError("Không tìm thấy ngày trực này.")
            if row.staff_id != by_staff and actor.role not in MANAGERS:
                raise AuthError("Chỉ người trực hoặc cán bộ một cửa mới kết thúc được ca trực này.")
            if row.checked_out_at is not None:
                raise StateError("Ca trực này đã kết thúc.")
            row.checked_out_at = now
            return self._view(session, row)

    def on_day(self, day: date | None = None) -> list[DutyView]:
        day = day or business_date(self._clock.now())
        with transaction(self._sessions) as session:
            rows = session.scalars(
                select(m.DutyDay).where(m.DutyDay.business_date == day).order_by(m.DutyDay.checked_in_at)
            )
            return [self._view(session, r) for r in rows]

    def month(self, staff_id: int, year: int, month: int) -> DutyMonth:
        start, end = month_bounds(year, month)
        rate = self.allowance_per_day()
        with transaction(self._sessions) as session:
            staff = session.get(m.Staff, staff_id)
            if staff is None:
                raise NotFoundError("Không tìm thấy thành viên này.")
            rows = session.scalars(
                select(m.DutyDay)
                .where(m.DutyDay.staff_id == staff_id, m.DutyDay.business_date.between(start, end))
                .order_by(m.DutyDay.business_date, m.DutyDay.checked_in_at)
            )
            entries = tuple(self._view(session, r) for r in rows)
            return DutyMonth(staff.id, staff.name, year, month, entries, rate)

    def month_summary(self, year: int, month: int) -> list[DutyMonth]:
        """Every active member (admins aside) with their duty days in the month, most days first."""
        start, end = month_bounds(year, month)
        rate = self.allowance_per_day()
        with transaction(self._sessions) as session:
            people = {s.id: s for s in session.scalars(select(m.Staff).where(m.Staff.active, m.Staff.role != "admin"))}
            rows = list(
                session.scalars(
                    select(m.DutyDay)
                    .where(m.DutyDay.business_date.between(start, end))
                    .order_by(m.DutyDay.business_date, m.DutyDay.checked_in_at)
                )
            )
            by_staff: dict[int, list[DutyView]] = {sid: [] for sid in people}
            for r in rows:
                by_staff.setdefault(r.staff_id, []).append(self._view(session, r))
            out = []
            for sid, entries in by_staff.items():
                staff = people.get(sid) or session.get(m.Staff, sid)
                out.append(DutyMonth(sid, staff.name if staff else "?", year, month, tuple(entries), rate))
        return sorted(out, key=lambda d: (-d.day_count, d.staff_name))

    def allowance(self, year: int, month: int | None = None) -> allowance_mod.Allowance:
        """The payment list for a month (caps counting the earlier months of its year) or a whole year."""
        if month is not None:
            month_bounds(year, month)
        elif not 2000 <= year <= 2100:
            raise InputError(f"Năm {year} không hợp lệ.")
        rates = allowance_mod.Rates.from_settings(self._settings.all())
        with transaction(self._sessions) as session:
            return allowance_mod.compute(session.connection(), year, month, rates)

    def allowance_document(self, result: allowance_mod.Allowance, fmt: str, *, csv_style: str | None = None) -> bytes:
        """The allowance as a payment list to sign (pdf), a sheet (xlsx), csv (style: the setting by default), text."""
        # Imported here: reportlab and openpyxl cost a start-up that only an export needs.
        from kiosk.services.tally.exports import allowance as docs

        a = result.to_json()
        if fmt not in docs.FORMATS:
            raise InputError(f"Định dạng '{fmt}' không có; chọn một trong: {', '.join(docs.FORMATS)}.")
        settings = self._settings.all()
        office = self._office()
        if fmt == "pdf":
            report = {k[len("report.") :]: v for k, v in settings.items() if k.startswith("report.")}
            return docs.render_pdf(a, office, report, self._clock.now())
        if fmt == "xlsx":
            return docs.render_xlsx(a, office)
        if fmt == "csv":
            style = validate("report.csv_style", csv_style) if csv_style else settings["report.csv_style"]
            return docs.render_csv(a, office, style)
        return docs.render_table(a, office)

    def _office(self) -> Office:
        with transaction(self._sessions) as session:
            row = session.scalar(select(m.Point).order_by(m.Point.kind != "commune_desk", m.Point.id).limit(1))
            if row is None:
                return Office(name="", commune_name="", place="")
            commune = row.commune_name or ""
            return Office(name=row.name, commune_name=commune, place=place_of(commune))

    def allowance_per_day(self) -> int:
        return max(0, int(self._settings.get("duty.allowance_per_day_vnd")))

    def _point(self, session: Session, code: str | None) -> m.Point:
        code = code or self._point_code
        point = session.scalar(select(m.Point).where(m.Point.code == code))
        if point is None:
            raise NotFoundError(f"Không có nơi làm việc mã '{code}'.")
        return point

    @staticmethod
    def _view(session: Session, row: m.DutyDay) -> DutyView:
        staff = session.get(m.Staff, row.staff_id)
        point = session.get(m.Point, row.point_id)
        return DutyView(
            id=row.id,
            staff_id=row.staff_id,
            staff_name=staff.name if staff else "?",
            point_code=point.code if point else "?",
            point_name=(point.short_name or point.name) if point else "?",
            business_date=row.business_date,
            checked_in_at=row.checked_in_at,
            checked_out_at=row.checked_out_at,
        )
