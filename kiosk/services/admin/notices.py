"""Ticker notices with dates, for the hall display's strip of text (setting display.notices).

The display shows the notices whose dates include today, then the lines of the older free-text setting
display.ticker; with neither, the opening hours and the hotline (services/display.py). Saving goes through
SettingsService.set, so the same validation applies and the change is audited and announced to the screens.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from kiosk.clock import Clock, business_date
from kiosk.errors import InputError
from kiosk.services.settings import SettingsService

KEY = "display.notices"


@dataclass(frozen=True)
class Notice:
    text: str
    start: date | None = None
    end: date | None = None

    def shows_on(self, day: date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)

    def to_json(self) -> dict[str, str]:
        return {
            "text": self.text,
            "start": self.start.isoformat() if self.start else "",
            "end": self.end.isoformat() if self.end else "",
        }


def parse(value: list[dict[str, Any]]) -> list[Notice]:
    """Stored (already validated) notices as objects."""
    return [
        Notice(
            str(item["text"]).strip(),
            date.fromisoformat(item["start"]) if item.get("start") else None,
            date.fromisoformat(item["end"]) if item.get("end") else None,
        )
        for item in value
    ]


def current(value: list[dict[str, Any]], day: date) -> list[str]:
    return [n.text for n in parse(value) if n.shows_on(day)]


class NoticeService:
    def __init__(self, settings: SettingsService, clock: Clock) -> None:
        self._settings = settings
        self._clock = clock

    def list(self) -> list[Notice]:
        return parse(self._settings.get(KEY))

    def today(self) -> date:
        return business_date(self._clock.now())

    def save(self, by: int | None, index: int | None, text: str, start: date | None, end: date | None) -> list[Notice]:
        """Add (index None) or replace the notice at `index`."""
        notices = self.list()
        notice = Notice((text or "").strip(), start, end)
        if index is None:
            notices.append(notice)
        elif 0 <= index < len(notices):
            notices[index] = notice
        else:
            raise InputError("Không tìm thấy thông báo này; xin tải lại danh sách.")
        self._settings.set(KEY, [n.to_json() for n in notices], by=by)
        return self.list()

    def remove(self, by: int | None, index: int) -> list[Notice]:
        notices = self.list()
        if not 0 <= index < len(notices):
            raise InputError("Không tìm thấy thông báo này; xin tải lại danh sách.")
        del notices[index]
        self._settings.set(KEY, [n.to_json() for n in notices], by=by)
        return self.list()
