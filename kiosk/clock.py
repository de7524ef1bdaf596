"""The injectable clock. Stored timestamps are UTC; numbering and tallies go by the business date in Vietnam."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from typing import Protocol

# Vietnam has kept UTC+7 without daylight saving since 1975, before anything the kiosk stores: a fixed offset is its
# clock. ZoneInfo("Asia/Ho_Chi_Minh") gave the same times, and cost every start some 4 ms (zoneinfo looks its
# database path up through sysconfig). tzdata stays a dependency: psycopg reads PostgreSQL's TimeZone with zoneinfo.
LOCAL_TZ = timezone(timedelta(hours=7), "+07")


class Clock(Protocol):
    def now(self) -> datetime:
        """Current time, timezone-aware UTC."""
        ...


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(UTC)


class FixedClock:
    """A clock tests move by hand."""

    def __init__(self, start: datetime) -> None:
        if start.tzinfo is None:
            raise ValueError("FixedClock needs an aware datetime")
        self._now = start.astimezone(UTC)

    def now(self) -> datetime:
        return self._now

    def set(self, moment: datetime) -> None:
        self._now = moment.astimezone(UTC)

    def advance(self, **delta: float) -> datetime:
        self._now += timedelta(**delta)
        return self._now


def to_local(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(LOCAL_TZ)


def business_date(moment: datetime) -> date:
    """The date a citizen would say it is: Asia/Ho_Chi_Minh, not UTC (07:00 local = 00:00 UTC)."""
    return to_local(moment).date()


def local_day_bounds(day: date) -> tuple[datetime, datetime]:
    """UTC instants of local midnight at the start of `day` and of the next day."""
    start = datetime(day.year, day.month, day.day, tzinfo=LOCAL_TZ)
    return start.astimezone(UTC), (start + timedelta(days=1)).astimezone(UTC)


def format_local(moment: datetime, pattern: str = "%d/%m/%Y - %H:%M:%S") -> str:
    return to_local(moment).strftime(pattern)
