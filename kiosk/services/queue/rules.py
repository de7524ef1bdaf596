"""Pure rules of the queue, kept apart from the database so they are easy to read and test.

Ticket codes, opening hours (the setting `queue.opening_hours`) and the wait estimate.
"""

from __future__ import annotations

import logging
import math
import re
from collections.abc import Iterable, Mapping
from datetime import datetime, time, timedelta
from typing import Any

log = logging.getLogger(__name__)

DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
DAY_NAMES = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật")
_RANGE = re.compile(r"^\s*(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})\s*$")

Hours = dict[int, list[tuple[time, time]]]


def ticket_code(prefix: str, number: int) -> str:
    """A001 … A999, then A1000: three digits at least, as printed and announced."""
    return f"{prefix}{number:03d}"


def _days(key: str) -> list[int]:
    days: list[int] = []
    for part in key.lower().replace(" ", "").split(","):
        if "-" in part:
            first, last = part.split("-", 1)
            a, b = DAYS.index(first), DAYS.index(last)
            days.extend(range(a, b + 1) if a <= b else [*range(a, 7), *range(0, b + 1)])
        else:
            days.append(DAYS.index(part))
    return days


def parse_hours(value: Mapping[str, Iterable[str]]) -> Hours:
    """{"mon-fri": ["07:30-11:30", "13:30-17:00"], "sat": ["07:30-11:30"]} → weekday → [(start, end), ...].

    A malformed entry is skipped with a warning rather than refusing every ticket of the day.
    """
    hours: Hours = {}
    for key, ranges in value.items():
        try:
            days = _days(str(key))
            spans = []
            for item in ranges:
                match = _RANGE.match(str(item))
                if not match:
                    raise ValueError(item)
                h1, m1, h2, m2 = (int(g) for g in match.groups())
                start, end = time(h1, m1), time(h2 % 24, m2)
                if end <= start:
                    raise ValueError(item)
                spans.append((start, end))
        except (ValueError, TypeError):
            log.warning("queue.opening_hours: ignoring malformed entry %r: %r", key, ranges)
            continue
        for day in days:
            hours.setdefault(day, []).extend(spans)
    for spans in hours.values():
        spans.sort()
    return hours


def issuing_open(hours: Hours, local: datetime) -> bool:
    """Tickets are handed out from the day's first opening to its last closing.

    The lunch break counts as open: a citizen who arrives at noon takes a number and keeps their place for the
    afternoon. An empty or unreadable setting means no limit.
    """
    if not hours:
        return True
    spans = hours.get(local.weekday())
    if not spans:
        return False
    now = local.time()
    return spans[0][0] <= now < max(end for _, end in spans)


def next_opening(hours: Hours, local: datetime) -> datetime | None:
    """When tickets are handed out again, for a screen that is closed now: the next first opening of a day.

    `local` is the local time now; the answer is in the same zone. None when the hours impose no limit or name
    no day at all.
    """
    if not hours:
        return None
    for days_ahead in range(8):
        day = (local + timedelta(days=days_ahead)).date()
        spans = hours.get(day.weekday())
        if not spans:
            continue
        start = datetime.combine(day, spans[0][0], tzinfo=local.tzinfo)
        if start > local:
            return start
    return None


def describe_hours(hours: Hours) -> str:
    """'Thứ Hai–Thứ Sáu 07:30–11:30, 13:30–17:00; Thứ Bảy 07:30–11:30' for messages and screens."""
    groups: list[tuple[list[int], list[tuple[time, time]]]] = []
    for day in range(7):
        spans = hours.get(day)
        if not spans:
            continue
        if groups and groups[-1][1] == spans and groups[-1][0][-1] == day - 1:
            groups[-1][0].append(day)
        else:
            groups.append(([day], spans))
    parts = []
    for days, spans in groups:
        label = DAY_NAMES[days[0]] if len(days) == 1 else f"{DAY_NAMES[days[0]]}–{DAY_NAMES[days[-1]]}"
        parts.append(label + " " + ", ".join(f"{a:%H:%M}–{b:%H:%M}" for a, b in spans))
    return "; ".join(parts)


def service_minutes(samples_seconds: Iterable[float], default_min: float) -> float:
    """Typical minutes per citizen: the median of recent service times, the catalogue default before any."""
    values = [s for s in samples_seconds if s is not None and s >= 0]
    if not values:
        return float(default_min)
    from statistics import median  # here, not at the top: statistics imports fractions and decimal (ms per start)

    return median(values) / 60.0


def estimate_wait(minutes_each: float, ahead: int, open_counters: int) -> int:
    """minutes × people ahead ÷ open counters serving the service (at least one), rounded, never negative."""
    if ahead <= 0:
        return 0
    # Half up (2.5 → 3), not Python's half-to-even: a citizen reads 3 minutes, not 2.
    return max(0, math.floor(minutes_each * ahead / max(1, open_counters) + 0.5))


def people_ahead(waiting: Iterable[Any]) -> dict[int, int]:
    """For each of today's waiting tickets of one service (rows with id, queued_at, front_of_queue,
    priority_group): how many of the others are called before it. The order of `QueueBase._ahead`:

    a returned-after-skip ticket (front) waits only behind earlier front tickets; a priority ticket behind every
    front ticket and earlier priority ones; a normal ticket behind every front and priority ticket and earlier
    normal ones (ties by id). Sorting once makes it O(n log n) for a whole queue.
    """
    front, priority, normal = [], [], []
    for row in waiting:
        group = front if row.front_of_queue else priority if row.priority_group else normal
        group.append((row.queued_at, row.id))
    front.sort()
    priority.sort()
    normal.sort()
    out = {}
    for rank, (_, ticket_id) in enumerate(front):
        out[ticket_id] = rank
    for rank, (_, ticket_id) in enumerate(priority):
        out[ticket_id] = len(front) + rank
    for rank, (_, ticket_id) in enumerate(normal):
        out[ticket_id] = len(front) + len(priority) + rank
    return out
