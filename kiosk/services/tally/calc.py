"""Small pieces every figure needs: rates with their parts, duration statistics, and SQL that differs by dialect."""

from __future__ import annotations

import math
from bisect import bisect_left
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Float, and_, case, cast, func, literal_column, type_coerce
from sqlalchemy.sql.elements import ColumnElement

# Waiting-time buckets for the distribution chart, in minutes; the last one is open-ended.
WAIT_BUCKETS = (0, 5, 10, 15, 20, 30, 45, 60)


def rate(numerator: int, denominator: int) -> float | None:
    """A share between 0 and 1, or None ("—") when nothing was counted below the line."""
    if not denominator:
        return None
    return numerator / denominator


def quantile(ordered: Sequence[float], q: float) -> float | None:
    """Linear interpolation between closest ranks: the same number PostgreSQL's percentile_cont gives."""
    if not ordered:
        return None
    pos = (len(ordered) - 1) * q
    low, high = math.floor(pos), math.ceil(pos)
    return ordered[low] + (ordered[high] - ordered[low]) * (pos - low)


def duration_stats(values: Sequence[float]) -> dict[str, float | None]:
    """Mean, median and 90th percentile in minutes (2 decimals); None for all three when nothing was timed."""
    ordered = sorted(values)
    if not ordered:
        return {"mean": None, "median": None, "p90": None, "count": 0}
    return {
        "mean": round(sum(ordered) / len(ordered), 2),
        "median": round(quantile(ordered, 0.5) or 0.0, 2),
        "p90": round(quantile(ordered, 0.9) or 0.0, 2),
        "count": len(ordered),
    }


def wait_distribution(values: Sequence[float]) -> list[dict[str, Any]]:
    """Counts per bucket: [{"from": 0, "to": 5, "count": n}, ..., {"from": 60, "to": None, "count": n}]."""
    edges = list(WAIT_BUCKETS)
    # A bucket holds its lower edge: its count is the values below the next edge less those below its own, found
    # by bisection in the sorted values (sorting a sorted list costs one pass; the caller sorts the waits once for
    # this and for the medians) instead of a bisection of the edges for each of a district month's 22,000 waits.
    # Below 0 (never: waits are clamped) would count in the first bucket, as before.
    ordered = sorted(values)
    below = [0] + [bisect_left(ordered, edge) for edge in edges[1:]] + [len(ordered)]
    return [
        {"from": edges[i], "to": edges[i + 1] if i + 1 < len(edges) else None, "count": below[i + 1] - below[i]}
        for i in range(len(edges))
    ]


def minutes_between(dialect: str, start: Any, end: Any) -> ColumnElement[float]:
    """end − start in minutes, computed by the database."""
    if dialect == "sqlite":
        # Stored as ISO text in UTC; julianday keeps sub-second precision (about 10 µs at today's dates).
        return (func.julianday(end) - func.julianday(start)) * 1440.0
    span = end - start
    # date_part gives the double at once; extract gives a numeric whose cast to double goes through text (about
    # 1 µs a value: 40 ms of the district month's 22,000 tickets). Both are the exact seconds correctly rounded as
    # long as the interval holds no whole day (a timestamp difference carries whole days in a field of their own,
    # which date_part adds after rounding the rest), so a span of a day or more keeps extract.
    within_a_day = and_(span < literal_column("interval '1 day'"), span > literal_column("interval '-1 day'"))
    seconds = case((within_a_day, func.date_part("epoch", span)), else_=cast(func.extract("epoch", span), Float))
    return type_coerce(seconds, Float) / 60.0


def count_if(condition: ColumnElement[bool]) -> ColumnElement[int]:
    """COUNT of rows where the condition holds, portable across SQLite and PostgreSQL."""
    return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)
