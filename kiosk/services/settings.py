"""Office-level settings, declared once as data (name, type, default, description) and stored in the database.

Adding a setting: declare it in SETTINGS below; read it with `settings.get("key")`. Reading an undeclared key is
an error, so a typo cannot silently fall back to nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from kiosk.clock import Clock
from kiosk.db import models as m
from kiosk.db.engine import transaction
from kiosk.errors import InputError


@dataclass(frozen=True)
class SettingSpec:
    key: str
    kind: type
    default: Any
    description: str


SETTINGS: dict[str, SettingSpec] = {
    s.key: s
    for s in (
        # queue
        SettingSpec("queue.priority_streak_max", int, 3, "Sau bấy nhiêu lượt ưu tiên liên tiếp, gọi một người thường"),
        SettingSpec("queue.normal_max_wait_min", int, 30, "Người thường chờ quá số phút này thì được gọi trước"),
        SettingSpec("queue.estimate_window", int, 20, "Số lượt phục vụ gần nhất dùng để ước tính thời gian chờ"),
        SettingSpec("queue.enforce_opening_hours", bool, True, "Ngoài giờ làm việc thì không phát số"),
        SettingSpec(
            "queue.opening_hours",
            dict,
            {"mon-fri": ["07:30-11:30", "13:30-17:00"], "sat": ["07:30-11:30"]},
            "Giờ làm việc theo ngày trong tuần",
        ),
        # kiosk screen
        SettingSpec("kiosk.idle_reset_s", int, 45, "Số giây không chạm thì màn hình về trang chủ"),
        SettingSpec("kiosk.ticket_show_s", int, 20, "Số giây hiển thị số thứ tự sau khi phát"),
        SettingSpec("kiosk.large_text", bool, False, "Chữ rất lớn, tương phản cao"),
        # voice
        SettingSpec(
            "announce.template",
            str,
            "Xin mời công dân có số thứ tự {code}, đến quầy số {counter}, {service}.",
            "Câu mời",
        ),
        SettingSpec("announce.repeat", int, 2, "Số lần đọc mỗi lượt gọi"),
        SettingSpec("announce.enabled", bool, True, "Bật giọng đọc"),
        SettingSpec("announce.volume", int, 80, "Âm lượng (0–100)"),
        # printing
        SettingSpec("print.ticket_printer", str, "", "Máy in phiếu 80 mm (trống = lưu PDF)"),
        SettingSpec("print.sheet_printer", str, "", "Máy in tờ hướng dẫn A4/A5 (trống = lưu PDF)"),
        SettingSpec("print.auto_ticket", bool, True, "Tự in phiếu khi công dân lấy số"),
        # office channels (handouts)
        SettingSpec("office.hotline", str, "", "Số điện thoại hỗ trợ của xã"),
        SettingSpec("office.website", str, "", "Trang thông tin điện tử của xã"),
        SettingSpec("office.zalo_oa", str, "", "Đường dẫn Zalo OA của xã"),
        SettingSpec("office.province_portal_url", str, "", "Địa chỉ Cổng DVC của tỉnh"),
        SettingSpec("display.ticker", str, "", "Dòng chữ chạy trên màn hình phòng chờ"),
        # privacy
        SettingSpec("privacy.retention_days", int, 90, "Số ngày giữ họ tên, số điện thoại trước khi xoá"),
        # duty days (some provinces pay an allowance per member per duty day; 0 = not shown)
        SettingSpec("duty.allowance_per_day_vnd", int, 0, "Mức hỗ trợ mỗi ngày trực (đồng); 0 = không hiển thị"),
    )
}


class SettingsService:
    def __init__(self, sessions: sessionmaker[Session], clock: Clock) -> None:
        self._sessions = sessions
        self._clock = clock

    @staticmethod
    def spec(key: str) -> SettingSpec:
        try:
            return SETTINGS[key]
        except KeyError:
            raise KeyError(f"undeclared setting {key!r}: declare it in kiosk/services/settings.py") from None

    def get(self, key: str) -> Any:
        spec = self.spec(key)
        with transaction(self._sessions) as session:
            row = session.get(m.Setting, key)
        if row is None or not isinstance(row.value, spec.kind):
            return spec.default
        return row.value

    def all(self) -> dict[str, Any]:
        with transaction(self._sessions) as session:
            stored = {r.key: r.value for r in session.scalars(select(m.Setting))}
        return {k: (stored[k] if isinstance(stored.get(k), s.kind) else s.default) for k, s in SETTINGS.items()}

    def set(self, key: str, value: Any) -> None:
        spec = self.spec(key)
        if spec.kind is int and isinstance(value, str) and value.strip().lstrip("-").isdigit():
            value = int(value)
        if spec.kind is bool and isinstance(value, str):
            value = value.strip().lower() in ("1", "true", "yes", "có", "bật")
        if not isinstance(value, spec.kind) or (spec.kind is int and isinstance(value, bool)):
            raise InputError(f"Giá trị cho '{spec.description}' không hợp lệ.")
        with transaction(self._sessions) as session:
            row = session.get(m.Setting, key)
            if row is None:
                session.add(m.Setting(key=key, value=value, updated_at=self._clock.now()))
            else:
                row.value = value
                row.updated_at = self._clock.now()
