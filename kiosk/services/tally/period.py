"""The period a tally covers: one business day, one calendar month, or any range of days (both ends included)."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from kiosk.errors import InputError

MAX_DAYS = 3700  # ten years: enough for any report, small enough that a typo does not scan a century
_MONTH = re.compile(r"^(\d{4})-(\d{1,2})$")


def parse_date(text: str, *, field: str = "ngày") -> date:
    """Accepts 2026-11-24 (ISO) and 24/11/2026 (as people write it in Vietnam)."""
    value = text.strip()
    try:
        if "/" in value:
            day, month, year = (int(p) for p in value.split("/"))
            return date(year, month, day)
        return date.fromisoformat(value)
    except ValueError:
        raise InputError(f"{field.capitalize()} '{text}' không hợp lệ; dùng dạng 2026-11-24 hoặc 24/11/2026.") from None


@dataclass(frozen=True)
class Period:
    start: date
    end: date  # included
    kind: str = "range"  # day | month | year | range

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise InputError("Ngày kết thúc phải sau hoặc trùng ngày bắt đầu.")
        if (self.end - self.start).days + 1 > MAX_DAYS:
            raise InputError(f"Khoảng thời gian quá dài; tối đa {MAX_DAYS} ngày.")

    @classmethod
    def day(cls, day: date) -> Period:
        return cls(day, day, "day")

    @classmethod
    def month(cls, year: int, month: int) -> Period:
        if not 1 <= month <= 12 or not 2000 <= year <= 2100:
            raise InputError(f"Tháng {month}/{year} không hợp lệ.")
        last = calendar.monthrange(year, month)[1]
        return cls(date(year, month, 1), date(year, month, last), "month")

    @classmethod
    def year(cls, year: int) -> Period:
        if not 2000 <= year <= 2100:
            raise InputError(f"Năm {year} không hợp lệ.")
        return cls(date(year, 1, 1), date(year, 12, 31), "year")

    @classmethod
    def parse_month(cls, text: str) -> Period:
        """'2026-11' or '11/2026'."""
        value = text.strip()
        if "/" in value:
            parts = value.split("/")
            value = f"{parts[-1]}-{parts[0]}" if len(parts) == 2 else value
        match = _MONTH.match(value)
        if not match:
            raise InputError(f"Tháng '{text}' không hợp lệ; dùng dạng 2026-11 hoặc 11/2026.")
        return cls.month(int(match.group(1)), int(match.group(2)))

    @classmethod
    def between(cls, start: date, end: date) -> Period:
        if start == end:
            return cls.day(start)
        return cls(start, end, "range")

    def until(self, made: date) -> date:
        """The last day a report made on `made` covers: a period in progress stops at that day, never later."""
        return self.end if made >= self.end else max(self.start, made)

    @property
    def days(self) -> list[date]:
        return [self.start + timedelta(days=i) for i in range((self.end - self.start).days + 1)]

    @property
    def label(self) -> str:
        """How the report names the period, in Vietnamese."""
        if self.kind == "day":
            return f"Ngày {self.start:%d/%m/%Y}"
        if self.kind == "month":
            return f"Tháng {self.start:%m/%Y}"
        if self.kind == "year":
            return f"Năm {self.start.year}"
        return f"Từ ngày {self.start:%d/%m/%Y} đến ngày {self.end:%d/%m/%Y}"

    @property
    def slug(self) -> str:
        """For file names: 2026-11-24, 2026-11, 2026-11-01_2026-11-24."""
        if self.kind == "day":
            return self.start.isoformat()
        if self.kind == "month":
            return f"{self.start:%Y-%m}"
        if self.kind == "year":
            return f"{self.start.year}"
        return f"{self.start.isoformat()}_{self.end.isoformat()}"
