"""Office-level settings, declared once as data (name, type, default, description) and stored in the database.

Adding a setting: declare it in SETTINGS below with its limits; read it with `settings.get("key")`. Reading an
undeclared key is an error, so a typo cannot silently fall back to nothing. `validate()` is the one check, used by
`set()` (so by the CLI and every screen) and by every read: a value stored out of range (by hand, or by an older
release with other limits) reads as the default and is logged, never crashes a screen.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, select

from kiosk.clock import Clock
from kiosk.db import tables as t
from kiosk.db.engine import read_connection, transaction
from kiosk.errors import InputError
from kiosk.languages import LANGUAGES, SOURCE_LANGUAGE

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

log = logging.getLogger(__name__)

TEXT_MAX = 500  # a hotline, a web address or a ticker line; a 5,000-character paste is a mistake


@dataclass(frozen=True)
class SettingSpec:
    key: str
    kind: type
    default: Any
    description: str
    lo: int | None = None  # inclusive limits of an int setting
    hi: int | None = None
    check: Callable[[Any], None] | None = None  # raises InputError with a sentence for a structured value
    max_len: int = TEXT_MAX  # str settings

    def limits(self) -> str:
        if self.lo is not None and self.hi is not None:
            return f"từ {self.lo:,} đến {self.hi:,}".replace(",", ".")
        if self.lo is not None:
            return f"từ {self.lo:,} trở lên".replace(",", ".")
        return ""


def _check_hours(value: Any) -> None:
    # Imported here: queue.rules is pure, but importing the queue package for every settings read is not.
    from kiosk.services.queue.rules import parse_hours

    example = '{"mon-fri": ["07:30-11:30", "13:30-17:00"], "sat": ["07:30-11:30"]}'
    if not isinstance(value, dict) or not value:
        raise InputError(f"Giờ làm việc cần dạng {example}.")
    for day, ranges in value.items():
        if not isinstance(ranges, list) or not parse_hours({day: ranges}):
            raise InputError(f"Giờ làm việc '{day}': {ranges} không đúng dạng; ví dụ {example}.")


# The languages of the screens (SOURCE_LANGUAGE, LANGUAGES) live in kiosk/languages.py, read before the database.


def _check_language(value: Any) -> None:
    if value not in LANGUAGES:
        choices = ", ".join(f"{code} ({name})" for code, name in LANGUAGES.items())
        raise InputError(f"Ngôn ngữ '{value}' chưa có bản dịch; chọn một trong: {choices}.")


MAX_NOTICES = 30
NOTICE_MAX_LEN = 200


def _check_notices(value: Any) -> None:
    """Ticker notices with dates: [{"text": "...", "start": "2026-12-01" or "", "end": "2026-12-31" or ""}]."""
    from datetime import date

    if not isinstance(value, list) or len(value) > MAX_NOTICES:
        raise InputError(f"Bảng chữ chạy nhận tối đa {MAX_NOTICES} thông báo.")
    for n, item in enumerate(value, 1):
        if not isinstance(item, dict) or not isinstance(item.get("text"), str) or not item["text"].strip():
            raise InputError(f"Thông báo thứ {n} cần có nội dung.")
        if len(item["text"]) > NOTICE_MAX_LEN or any(ord(ch) < 32 for ch in item["text"]):
            raise InputError(f"Thông báo thứ {n} dài quá {NOTICE_MAX_LEN} ký tự hoặc có ký tự không hợp lệ.")
        days = []
        for key in ("start", "end"):
            text = item.get(key) or ""
            try:
                days.append(date.fromisoformat(text) if text else None)
            except (TypeError, ValueError):
                raise InputError(f"Thông báo thứ {n}: ngày '{text}' không đúng dạng năm-tháng-ngày.") from None
        if days[0] and days[1] and days[1] < days[0]:
            raise InputError(f"Thông báo thứ {n}: ngày kết thúc trước ngày bắt đầu.")


def _check_voice_order(value: Any) -> None:
    from kiosk.services.voice.chain import check_order  # imported here: settings are read without the voice

    check_order(value)


def _check_espeak_voice(value: Any) -> None:
    from kiosk.services.voice.espeak_lib import VOICES

    if value not in VOICES:
        raise InputError(f"Giọng espeak-ng '{value}' không có; chọn một trong: {', '.join(VOICES)}.")


CSV_STYLES = ("standard", "excel-vi")


def _check_csv_style(value: Any) -> None:
    if value not in CSV_STYLES:
        raise InputError(f"Kiểu CSV '{value}' không có; chọn standard hoặc excel-vi.")


def _check_host(value: Any) -> None:
    import ipaddress

    if value == "localhost":
        return
    try:
        ipaddress.ip_address(value)
    except ValueError:
        raise InputError(
            f"Địa chỉ '{value}' không phải địa chỉ IP; ví dụ 192.168.1.10 (một mạng), 0.0.0.0 (mọi mạng của máy)."
        ) from None


def _check_public_url(value: Any) -> None:
    from urllib.parse import urlsplit

    if value == "":
        return
    example = "ví dụ http://192.168.1.10:8080"
    try:
        parts = urlsplit(value)
        parts.port  # noqa: B018 - raises ValueError for a port that is not a number
    except ValueError:
        raise InputError(f"Địa chỉ trang web '{value}' không hợp lệ; {example}.") from None
    if parts.scheme not in ("http", "https") or not parts.hostname or parts.query or parts.fragment:
        raise InputError(f"Địa chỉ trang web phải bắt đầu bằng http:// hoặc https://, {example}.")
    if any(ch.isspace() for ch in value) or not value.isascii():
        raise InputError(f"Địa chỉ trang web không được có dấu cách hay chữ có dấu; {example}.")


MAX_REPEAT = 5  # a call said more often than this holds up the next one

SETTINGS: dict[str, SettingSpec] = {
    s.key: s
    for s in (
        # queue
        SettingSpec(
            "queue.priority_streak_max",
            int,
            3,
            "Sau bấy nhiêu lượt ưu tiên liên tiếp, gọi một người thường",
            lo=1,
            hi=50,
        ),
        SettingSpec(
            "queue.normal_max_wait_min", int, 30, "Người thường chờ quá số phút này thì được gọi trước", lo=1, hi=600
        ),
        SettingSpec(
            "queue.estimate_window", int, 20, "Số lượt phục vụ gần nhất dùng để ước tính thời gian chờ", lo=1, hi=500
        ),
        SettingSpec("queue.enforce_opening_hours", bool, True, "Ngoài giờ làm việc thì không phát số"),
        SettingSpec(
            "queue.opening_hours",
            dict,
            {"mon-fri": ["07:30-11:30", "13:30-17:00"], "sat": ["07:30-11:30"]},
            "Giờ làm việc theo ngày trong tuần",
            check=_check_hours,
        ),
        # kiosk screen
        SettingSpec("kiosk.idle_reset_s", int, 45, "Số giây không chạm thì màn hình về trang chủ", lo=1, hi=3600),
        SettingSpec("kiosk.ticket_show_s", int, 20, "Số giây hiển thị số thứ tự sau khi phát", lo=1, hi=600),
        SettingSpec("kiosk.large_text", bool, False, "Chữ rất lớn, tương phản cao"),
        # language of every screen, applied when the program starts (en: for a visiting expert or an IT person)
        SettingSpec(
            "ui.language",
            str,
            SOURCE_LANGUAGE,
            "Ngôn ngữ các màn hình: vi (tiếng Việt) hoặc en (tiếng Anh); có hiệu lực khi mở lại chương trình",
            check=_check_language,
            max_len=8,
        ),
        # voice
        SettingSpec(
            "announce.template",
            str,
            "Xin mời công dân có số thứ tự {code}, đến quầy số {counter}, {service}.",
            "Câu mời",
        ),
        SettingSpec("announce.repeat", int, 2, "Số lần đọc mỗi lượt gọi", lo=1, hi=MAX_REPEAT),
        SettingSpec("announce.enabled", bool, True, "Bật giọng đọc"),
        SettingSpec("announce.volume", int, 80, "Âm lượng (0–100)", lo=0, hi=100),
        # which voice speaks (kiosk/services/voice/chain.py) and which hall display does
        SettingSpec(
            "voice.order",
            str,
            "clips,tts,espeak",
            "Thứ tự giọng đọc: clips (giọng ghi âm của xã), tts (giọng Việt của Windows), espeak (giọng tổng hợp "
            "đi kèm); cuối cùng luôn là chuông",
            check=_check_voice_order,
            max_len=60,
        ),
        SettingSpec(
            "voice.espeak_voice",
            str,
            "vi",
            "Giọng espeak-ng: vi (miền Bắc), vi-vn-x-central (miền Trung), vi-vn-x-south (miền Nam)",
            check=_check_espeak_voice,
            max_len=30,
        ),
        SettingSpec("voice.espeak_rate", int, 140, "Tốc độ đọc của espeak-ng (từ mỗi phút)", lo=80, hi=260),
        SettingSpec(
            "voice.speaker",
            str,
            "",
            "Tên màn hình phòng chờ được đọc số (trống = mọi màn hình cùng đọc)",
            max_len=100,
        ),
        # printing
        SettingSpec("print.ticket_printer", str, "", "Máy in phiếu 80 mm (trống = lưu PDF)"),
        SettingSpec("print.sheet_printer", str, "", "Máy in tờ hướng dẫn A4/A5 (trống = lưu PDF)"),
        SettingSpec(
            "print.ticket_form",
            str,
            "",
            "Khổ giấy 80 mm của trình điều khiển máy in phiếu, đúng tên như trong trình điều khiển "
            "(trống = tự chọn khổ rộng 80 mm mà máy in có)",
            max_len=100,
        ),
        SettingSpec("print.auto_ticket", bool, True, "Tự in phiếu khi công dân lấy số"),
        # office channels (handouts)
        SettingSpec("office.hotline", str, "", "Số điện thoại hỗ trợ của xã"),
        SettingSpec("office.website", str, "", "Trang thông tin điện tử của xã"),
        SettingSpec("office.zalo_oa", str, "", "Đường dẫn Zalo OA của xã"),
        SettingSpec("office.province_portal_url", str, "", "Địa chỉ Cổng DVC của tỉnh"),
        SettingSpec("display.ticker", str, "", "Dòng chữ chạy trên màn hình phòng chờ"),
        SettingSpec(
            "display.notices",
            list,
            [],
            "Thông báo có ngày bắt đầu, ngày kết thúc trên bảng chữ chạy (sửa ở thẻ Bảng chữ chạy)",
            check=_check_notices,
        ),
        # privacy
        SettingSpec(
            "privacy.retention_days", int, 90, "Số ngày giữ họ tên, số điện thoại trước khi xoá", lo=1, hi=3650
        ),
        # backups
        SettingSpec("backup.keep_daily", int, 14, "Số ngày gần nhất giữ bản sao lưu mỗi ngày", lo=1, hi=365),
        SettingSpec("backup.keep_monthly", int, 12, "Số tháng gần nhất giữ một bản sao lưu mỗi tháng", lo=0, hi=120),
        SettingSpec(
            "backup.second_folder",
            str,
            "",
            "Thư mục sao lưu thứ hai, ví dụ ổ USB (trống = chỉ trên máy này)",
            max_len=500,
        ),
        # the LAN pages (kiosk serve): the citizen's phone follows the ticket, a TV shows the hall board
        SettingSpec("web.enabled", bool, False, "Bật trang web trong mạng nội bộ (điện thoại theo dõi số thứ tự)"),
        SettingSpec(
            "web.host",
            str,
            "127.0.0.1",
            "Địa chỉ IP của máy này mà trang web lắng nghe (0.0.0.0 = mọi mạng của máy)",
            check=_check_host,
            max_len=45,
        ),
        SettingSpec("web.port", int, 8080, "Cổng của trang web", lo=1024, hi=65535),
        SettingSpec(
            "web.public_url",
            str,
            "",
            "Địa chỉ điện thoại mở được, in trong mã QR của phiếu, ví dụ http://192.168.1.10:8080 (trống = mã QR "
            "chỉ chứa mã phiếu)",
            check=_check_public_url,
            max_len=200,
        ),
        # duty days (some provinces pay an allowance per member per duty day; 0 = not shown)
        SettingSpec(
            "duty.allowance_per_day_vnd",
            int,
            0,
            "Mức hỗ trợ mỗi ngày trực (đồng); 0 = không hiển thị",
            lo=0,
            hi=10_000_000,
        ),
        # reports sent upward (issue 19): the administrative report's header and signature, the allowance caps,
        # the CSV form. An empty number leaves "Số:     /BC-UBND" to fill in by hand.
        SettingSpec("report.number", str, "", "Số của báo cáo (trống = để trống, điền tay)", max_len=20),
        SettingSpec("report.symbol", str, "BC-UBND", "Ký hiệu của báo cáo, ví dụ BC-UBND", max_len=40),
        SettingSpec("report.recipient", str, "", "Kính gửi (trống = dòng chấm để điền tay)", max_len=300),
        SettingSpec("report.signer_authority", str, "TM. ỦY BAN NHÂN DÂN", "Thẩm quyền ký, ví dụ TM. ỦY BAN NHÂN DÂN"),
        SettingSpec("report.signer_title", str, "CHỦ TỊCH", "Chức vụ người ký", max_len=120),
        SettingSpec("report.signer_name", str, "", "Họ tên người ký (trống = để trống)", max_len=120),
        SettingSpec("report.copies_to", str, "Như trên; Lưu: VT", "Nơi nhận, cách nhau bằng dấu chấm phẩy"),
        SettingSpec(
            "report.csv_style",
            str,
            "standard",
            "Kiểu CSV: standard (dấu phẩy, số có dấu chấm) hoặc excel-vi (dấu chấm phẩy, số có dấu phẩy)",
            check=_check_csv_style,
        ),
        SettingSpec(
            "duty.cap_team_year_vnd",
            int,
            0,
            "Mức hỗ trợ tối đa cả tổ mỗi năm (đồng); 0 = không giới hạn",
            lo=0,
            hi=2_000_000_000,  # two billion đồng: far above any team's budget, and within a 32-bit field
        ),
        SettingSpec(
            "duty.cap_member_year_vnd",
            int,
            0,
            "Mức hỗ trợ tối đa mỗi người mỗi năm (đồng); 0 = không giới hạn",
            lo=0,
            hi=1_000_000_000,
        ),
    )
}


# How the admin screen's "Cài đặt" tab groups the settings: by the first part of the key.
GROUPS = {
    "queue": "Xếp hàng",
    "kiosk": "Màn hình lấy số",
    "announce": "Giọng đọc",
    "voice": "Giọng đọc",
    "print": "Máy in",
    "office": "Kênh liên hệ của xã",
    "display": "Màn hình phòng chờ",
    "privacy": "Dữ liệu cá nhân",
    "backup": "Sao lưu",
    "duty": "Ngày trực",
    "report": "Báo cáo gửi cấp trên",
    "web": "Trang trên mạng nội bộ",
    "ui": "Giao diện",
}


def group_of(key: str) -> str:
    return GROUPS.get(key.split(".", 1)[0], "Khác")


def coerce(spec: SettingSpec, value: Any) -> Any:
    """A value typed on the command line (always text) in the setting's own type; other values unchanged."""
    if not isinstance(value, str) or spec.kind is str:
        return value
    text = value.strip()
    if spec.kind is int and text.lstrip("-").isdigit() and len(text) <= 12:
        return int(text)
    if spec.kind is bool and text.lower() in _BOOL_WORDS:
        return _BOOL_WORDS[text.lower()]
    if spec.kind in (dict, list):
        try:
            return json.loads(text)
        except ValueError:
            raise InputError(
                f"'{spec.description}' cần giá trị dạng JSON, ví dụ {json.dumps(spec.default, ensure_ascii=False)}."
            ) from None
    return value


_BOOL_WORDS = {
    "1": True,
    "true": True,
    "yes": True,
    "có": True,
    "bật": True,
    "0": False,
    "false": False,
    "no": False,
    "không": False,
    "tắt": False,
}


def validate(key: str, value: Any) -> Any:
    """The value for `key`, checked against its declaration; InputError names the setting and what is allowed."""
    spec = SettingsService.spec(key)
    value = coerce(spec, value)
    if not isinstance(value, spec.kind) or (spec.kind is int and isinstance(value, bool)):
        raise InputError(f"Giá trị cho {key} ({spec.description}) không hợp lệ.")
    if spec.kind is int:
        if (spec.lo is not None and value < spec.lo) or (spec.hi is not None and value > spec.hi):
            raise InputError(f"Giá trị của {key} ({spec.description}) phải {spec.limits()}.")
    if spec.kind is str:
        if "\x00" in value:
            raise InputError(f"Giá trị của {key} có ký tự không hợp lệ.")
        if len(value) > spec.max_len:
            raise InputError(f"Giá trị của {key} dài quá {spec.max_len} ký tự.")
    if spec.check is not None:
        spec.check(value)
    return value


def stored_or_default(spec: SettingSpec, stored: Any, present: bool) -> Any:
    if not present:
        return spec.default
    try:
        return validate(spec.key, stored)
    except InputError as exc:
        log.warning("setting %s holds %r, which is not allowed (%s); using the default", spec.key, stored, exc)
        return spec.default


# Reads go through Core on the table, in a read transaction (no write lock on SQLite): every start reads a few
# settings (the daily backup's), and neither the ORM's import nor its first query belongs to that.
_TABLE = t.settings


_SETTINGS_SQL: dict[tuple[str, ...], Any] = {}


def read_settings(conn: Connection, keys: Sequence[str]) -> dict[str, Any]:
    """Declared settings read in one query on the caller's connection and transaction: each its stored value, or
    its default when unset or not allowed (as `SettingsService.get`). The statement is built once per set of keys:
    the queue reads the same few on every ticket."""
    q = _SETTINGS_SQL.get(tuple(keys))
    if q is None:
        q = _SETTINGS_SQL[tuple(keys)] = select(_TABLE.c.key, _TABLE.c.value).where(_TABLE.c.key.in_(keys))
    stored = {key: value for key, value in conn.execute(q)}
    return {key: stored_or_default(SettingsService.spec(key), stored.get(key), key in stored) for key in keys}


class SettingsService:
    """Reads on the engine (Core); `set` writes through an ORM session with its audit row and event. `sessions`
    builds the session factory, called on the first write only."""

    def __init__(self, engine: Engine, clock: Clock, sessions: Callable[[], sessionmaker[Session]]) -> None:
        self._engine = engine
        self._clock = clock
        self._sessions = sessions

    @staticmethod
    def spec(key: str) -> SettingSpec:
        try:
            return SETTINGS[key]
        except KeyError:
            raise KeyError(f"undeclared setting {key!r}: declare it in kiosk/services/settings.py") from None

    def get(self, key: str) -> Any:
        self.spec(key)  # an undeclared key is refused before touching the database
        with read_connection(self._engine) as conn:
            return read_settings(conn, (key,))[key]

    def all(self) -> dict[str, Any]:
        with read_connection(self._engine) as conn:
            stored = {key: value for key, value in conn.execute(select(_TABLE.c.key, _TABLE.c.value))}
        return {k: stored_or_default(s, stored.get(k), k in stored) for k, s in SETTINGS.items()}

    def set(self, key: str, value: Any, *, by: int | None = None) -> None:
        """Validate and store; audited with `by` (the administrator) and announced so every screen reads it again."""
        from kiosk.db import models as m
        from kiosk.services.admin.changes import record_change

        value = validate(key, value)
        now = self._clock.now()
        with transaction(self._sessions()) as session:
            row = session.get(m.Setting, key)
            old = None if row is None else row.value
            if row is None:
                session.add(m.Setting(key=key, value=value, updated_at=now))
            else:
                row.value = value
                row.updated_at = now
            if old != value:
                # Values of settings are office facts (hours, hotline, printer names), never personal data.
                record_change(session, now, by, "settings", "setting_changed", key, {"value": value})
