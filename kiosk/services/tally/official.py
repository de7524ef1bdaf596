"""Official indicators: figures the national portal computes, typed in by hand with their source and date.

They are never mixed with the local figures: the tally lists them apart, labelled as entered by hand.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, select

from kiosk.db import tables as t
from kiosk.errors import InputError
from kiosk.text import clean

if TYPE_CHECKING:
    # Adding and listing go through the caller's ORM session; the tally reads on Core (`indicators`).
    from sqlalchemy.orm import Session

OFFICIAL_LABEL = "Số liệu chính thức (nhập tay)"
LOCAL_LABEL = "Số liệu hỗ trợ tại điểm"


@dataclass(frozen=True)
class OfficialIndicator:
    id: int
    code: str
    name: str
    period_from: date
    period_to: date
    value: str
    source: str
    source_date: date
    entered_by_id: int | None

    def to_json(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "name": self.name,
            "from": self.period_from.isoformat(),
            "to": self.period_to.isoformat(),
            "value": self.value,
            "source": self.source,
            "source_date": self.source_date.isoformat(),
        }


def _info(row: Any) -> OfficialIndicator:
    # `row`: a model instance or a Core row of official_indicators (the same attribute names)
    return OfficialIndicator(
        id=row.id,
        code=row.code,
        name=row.name,
        period_from=row.period_from,
        period_to=row.period_to,
        value=row.value,
        source=row.source,
        source_date=row.source_date,
        entered_by_id=row.entered_by_id,
    )


def add_indicator(
    session: Session,
    now: datetime,
    *,
    code: str,
    name: str,
    period_from: date,
    period_to: date,
    value: str,
    source: str,
    source_date: date,
    entered_by_id: int | None = None,
) -> OfficialIndicator:
    from kiosk.db import models as m  # the ORM for writing only: the tally reads indicators on Core

    code_clean = clean(code, field="mã chỉ tiêu", max_len=64, required=True)
    name_clean = clean(name, field="tên chỉ tiêu", max_len=300, required=True)
    value_clean = clean(value, field="giá trị", max_len=64, required=True)
    source_clean = clean(source, field="nguồn số liệu", max_len=300, required=True)
    assert code_clean and name_clean and value_clean and source_clean
    if period_to < period_from:
        raise InputError("Kỳ số liệu không hợp lệ: ngày kết thúc trước ngày bắt đầu.")
    if entered_by_id is not None and session.get(m.Staff, entered_by_id) is None:
        raise InputError(f"Không có tài khoản mã {entered_by_id}.")
    row = m.OfficialIndicator(
        code=code_clean,
        name=name_clean,
        period_from=period_from,
        period_to=period_to,
        value=value_clean,
        source=source_clean,
        source_date=source_date,
        entered_by_id=entered_by_id,
        created_at=now,
    )
    session.add(row)
    session.flush()
    session.add(
        m.AuditEntry(
            at=now,
            staff_id=entered_by_id,
            action="official_indicator_added",
            target=f"official_indicator:{row.id}",
            detail={"code": code_clean, "value": value_clean},
        )
    )
    return _info(row)


def indicators(conn: Connection, start: date, end: date) -> list[OfficialIndicator]:
    """Indicators whose own period overlaps [start, end], newest source first within each code."""
    # Core rows (same attribute names as the model): the tally reads without the ORM.
    c = t.official_indicators.c
    q = (
        select(t.official_indicators)
        .where(c.period_from <= end, c.period_to >= start)
        .order_by(c.code, c.period_from, c.source_date.desc(), c.id.desc())
    )
    return [_info(row) for row in conn.execute(q)]


def recent(session: Session, limit: int = 200) -> list[OfficialIndicator]:
    """The latest periods first, for the admin screen's list."""
    from kiosk.db import models as m

    o = m.OfficialIndicator
    q = select(o).order_by(o.period_to.desc(), o.code, o.id.desc()).limit(max(1, min(limit, 1000)))
    return [_info(row) for row in session.scalars(q)]
