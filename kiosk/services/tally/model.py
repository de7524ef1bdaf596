"""What a tally is, apart from how it is computed or exported: the period's figures and who they are from.

The exporters (exports/) read a Tally; the service (service.py) builds one. Neither imports the other.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from kiosk.clock import business_date
from kiosk.services.tally.period import Period

FORMATS = ("table", "json", "csv", "xlsx", "pdf")


@dataclass(frozen=True)
class Office:
    """Who the report is from: the point's names, or the commune desk's when all points are counted."""

    name: str
    commune_name: str
    place: str  # the place on the date line: "Tân Phú, ngày … tháng … năm …"
    sample: bool = False  # the database holds sample data: every export says "DỮ LIỆU MẪU"


@dataclass(frozen=True)
class Tally:
    period: Period
    point_code: str | None
    office: Office
    generated_at: datetime
    data: dict[str, Any]

    def to_json(self) -> dict[str, Any]:
        return self.data

    @property
    def until(self) -> date:
        """The last day the figures cover: the period's end, or the day it was made if the period is in progress."""
        return self.period.until(business_date(self.generated_at))

    @property
    def in_progress(self) -> bool:
        return self.until < self.period.end


def place_of(commune_name: str) -> str:
    """'UBND xã Tân Phú' → 'Tân Phú' for the date line; anything else is used as written."""
    words = commune_name.split()
    for i, word in enumerate(words):
        if word.lower() in ("xã", "phường", "thị", "đặc") and i + 1 < len(words):
            rest = words[i + 1 :]
            if word.lower() == "thị" and rest and rest[0].lower() == "trấn":
                rest = rest[1:]
            elif word.lower() == "đặc" and rest and rest[0].lower() == "khu":
                rest = rest[1:]
            return " ".join(rest) or commune_name
    return commune_name
