"""The office's answers, checked: the same rules for the wizard's pages and for `kiosk setup --file office.toml`.

Errors are one Vietnamese sentence naming the key (commune.seal_name, counters[2].services...) and, for a file,
the line it is on, so an IT person rolling out twenty communes fixes the right line the first time.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from typing import Any

from kiosk.errors import InputError
from kiosk.text import fold

POINT_KINDS = ("commune_desk", "village_point", "mobile_team")
DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_RANGE = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)-([01]\d|2[0-3]):([0-5]\d)$")
_CODE = re.compile(r"^[A-Z0-9][A-Z0-9-]{0,19}$")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


@dataclass
class CounterAnswer:
    number: int
    name: str
    services: list[str]


@dataclass
class OfficeSetup:
    province: str
    seal_name: str
    centre_name: str
    address: str = ""
    villages: list[str] = field(default_factory=list)
    point_kind: str = "commune_desk"
    point_code: str = "XA"
    point_village: str = ""
    counters: list[CounterAnswer] = field(default_factory=list)
    hours: dict[str, list[str]] = field(default_factory=dict)
    admin_name: str = ""
    ticket_printer: str = ""
    sheet_printer: str = ""
    voice_enabled: bool = True
    voice_volume: int = 80
    website: str = ""
    zalo_oa: str = ""
    hotline: str = ""
    retention_days: int = 90


class SetupError(InputError):
    def __init__(self, key: str, message: str, line: int | None = None) -> None:
        where = f"dòng {line}, " if line else ""
        super().__init__(f"Tệp cài đặt, {where}mục {key}: {message}")
        self.key = key
        self.line = line
        self.reason = message  # the sentence without the file's key and line: the wizard shows it at the field


def check_admin_pin(pin: str, again: str | None = None) -> str:
    """The first administrator's PIN: ASCII digits 0–9, 4 to 8 of them, typed twice the same. There is no
    default PIN anywhere: a set-up office has only the PIN a person chose."""
    if again is not None and pin != again:
        raise SetupError("admin.pin_again", "hai lần gõ mã PIN không giống nhau.")
    if not pin:
        raise SetupError("admin.pin", "chưa có mã PIN; chọn từ 4 đến 8 chữ số.")
    if not re.fullmatch(r"[0-9]{4,8}", pin.strip()):
        raise SetupError("admin.pin", "mã PIN phải gồm từ 4 đến 8 chữ số 0–9 (không dấu cách, không chữ).")
    return pin.strip()


def unserved(counters: list[CounterAnswer], services: list[str]) -> list[str]:
    """The services no counter serves: their tickets would be issued and never called."""
    served = {p for c in counters for p in c.services}
    return [p for p in services if p not in served]


def village_code(name: str) -> str:
    """'Thôn Bắc Sơn' → 'bac_son': the code villages travel by between a village point and the commune."""
    words = fold(name).split()
    if words and words[0] in ("thon", "ban", "xom", "ap", "to", "khu", "lang"):
        words = words[1:] or words
    return "_".join(re.sub(r"[^a-z0-9]", "", w) for w in words if re.sub(r"[^a-z0-9]", "", w))[:40] or "thon"


def _line_of(text: str, key: str) -> int | None:
    """Where `table.key` (or `table[i].key`) is written in the file: the first line that sets `key` after
    the table's header. Good enough for a person to find it; None when it cannot be told."""
    if not text:
        return None
    parts = re.findall(r"[A-Za-z_]+|\[\d+\]", key)
    table, name, index = (parts[0], parts[-1], 0) if len(parts) > 1 else ("", parts[0] if parts else "", 0)
    if len(parts) > 2 and parts[1].startswith("["):
        index = int(parts[1][1:-1])
    lines = text.splitlines()
    start = 0
    if table:
        headers = [i for i, line in enumerate(lines) if re.match(rf"^\s*\[\[?\s*{table}\s*\]\]?\s*$", line)]
        if headers:
            start = headers[min(index, len(headers) - 1)]
    for i in range(start, len(lines)):
        if re.match(rf"^\s*{re.escape(name)}\s*=", lines[i]):
            return i + 1
    return start + 1 if table and start else None


class _Reader:
    def __init__(self, data: dict[str, Any], text: str) -> None:
        self.data = data
        self.text = text

    def fail(self, key: str, message: str) -> SetupError:
        return SetupError(key, message, _line_of(self.text, key))

    def table(self, name: str) -> dict[str, Any]:
        value = self.data.get(name, {})
        if not isinstance(value, dict):
            raise self.fail(name, "phải là một bảng [" + name + "].")
        return value

    def text_value(self, key: str, value: Any, *, required: bool, max_len: int) -> str:
        if value is None or value == "":
            if required:
                raise self.fail(key, "chưa điền; mục này bắt buộc.")
            return ""
        if not isinstance(value, str):
            raise self.fail(key, "phải là chữ, đặt trong dấu ngoặc kép.")
        value = value.strip()
        if _CONTROL.search(value):
            raise self.fail(key, "có ký tự điều khiển hoặc ký tự đảo chiều không hợp lệ.")
        if len(value) > max_len:
            raise self.fail(key, f"dài {len(value)} ký tự, tối đa {max_len}.")
        if required and not value:
            raise self.fail(key, "chưa điền; mục này bắt buộc.")
        return value

    def int_value(self, key: str, value: Any, lo: int, hi: int) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.fail(key, f"phải là một số nguyên từ {lo} đến {hi}.")
        if not lo <= value <= hi:
            raise self.fail(key, f"là {value}; phải từ {lo} đến {hi}.")
        return value


def check(data: dict[str, Any], text: str = "", *, known_services: set[str] | None = None) -> OfficeSetup:
    r = _Reader(data, text)
    unknown = set(data) - {"commune", "point", "counters", "hours", "admin", "printers", "voice", "channels", "privacy"}
    if unknown:
        key = sorted(unknown)[0]
        raise r.fail(key, "không có mục này trong tệp cài đặt (xem: kiosk setup --example).")
    commune = r.table("commune")
    villages_raw = commune.get("villages", [])
    if not isinstance(villages_raw, list) or not all(isinstance(v, str) for v in villages_raw):
        raise r.fail("commune.villages", 'phải là danh sách tên thôn, ví dụ ["Thôn Đông", "Thôn Tây"].')
    villages = [r.text_value("commune.villages", v, required=True, max_len=200) for v in villages_raw]
    if len(villages) > 200:
        raise r.fail("commune.villages", f"có {len(villages)} thôn; tối đa 200.")
    codes = [village_code(v) for v in villages]
    if len(set(codes)) != len(codes):
        raise r.fail("commune.villages", "có hai thôn trùng tên.")
    setup = OfficeSetup(
        province=r.text_value("commune.province", commune.get("province"), required=True, max_len=120),
        seal_name=r.text_value("commune.seal_name", commune.get("seal_name"), required=True, max_len=200),
        centre_name=r.text_value("commune.centre_name", commune.get("centre_name"), required=True, max_len=200),
        address=r.text_value("commune.address", commune.get("address"), required=False, max_len=300),
        villages=villages,
    )
    point = r.table("point")
    setup.point_kind = r.text_value("point.kind", point.get("kind", "commune_desk"), required=True, max_len=20)
    if setup.point_kind not in POINT_KINDS:
        raise r.fail("point.kind", f"là '{setup.point_kind}'; chọn một trong: {', '.join(POINT_KINDS)}.")
    setup.point_code = r.text_value("point.code", point.get("code", "XA"), required=True, max_len=20).upper()
    if not _CODE.match(setup.point_code):
        raise r.fail("point.code", "chỉ gồm chữ cái không dấu, chữ số và dấu gạch ngang, ví dụ XA hoặc TH-DONG.")
    setup.point_village = r.text_value("point.village", point.get("village", ""), required=False, max_len=200)
    if setup.point_kind == "village_point":
        if not setup.point_village:
            raise r.fail("point.village", "điểm tại thôn cần tên thôn.")
        if village_code(setup.point_village) not in codes:
            raise r.fail("point.village", f"'{setup.point_village}' không có trong commune.villages.")

    counters_raw = data.get("counters", [])
    if not isinstance(counters_raw, list):
        raise r.fail("counters", "phải là các bảng [[counters]].")
    if setup.point_kind == "commune_desk" and not counters_raw:
        raise r.fail("counters", "bộ phận một cửa cần ít nhất một quầy ([[counters]]).")
    numbers: set[int] = set()
    for i, raw in enumerate(counters_raw):
        key = f"counters[{i}]"
        if not isinstance(raw, dict):
            raise r.fail(key, "phải là một bảng [[counters]].")
        number = r.int_value(f"{key}.number", raw.get("number"), 1, 99)
        if number in numbers:
            raise r.fail(f"{key}.number", f"quầy số {number} đã có ở trên.")
        numbers.add(number)
        name = r.text_value(f"{key}.name", raw.get("name") or f"Quầy {number}", required=True, max_len=200)
        services = raw.get("services", [])
        if not isinstance(services, list) or not services or not all(isinstance(s, str) for s in services):
            raise r.fail(f"{key}.services", 'cần danh sách chữ cái lĩnh vực, ví dụ ["A", "B"].')
        prefixes = [s.strip().upper() for s in services]
        if known_services is not None:
            missing = [p for p in prefixes if p not in known_services]
            if missing:
                raise r.fail(
                    f"{key}.services",
                    f"không có lĩnh vực {', '.join(missing)}; có: {', '.join(sorted(known_services))}.",
                )
        setup.counters.append(CounterAnswer(number, name, list(dict.fromkeys(prefixes))))

    hours = r.table("hours")
    for day in hours:
        if day not in DAYS:
            raise r.fail(f"hours.{day}", f"ngày không đúng; dùng: {', '.join(DAYS)}.")
    for day in DAYS:
        ranges = hours.get(day, [])
        if not isinstance(ranges, list) or not all(isinstance(x, str) for x in ranges):
            raise r.fail(f"hours.{day}", 'cần dạng ["07:30-11:30", "13:30-17:00"] hoặc [] nếu nghỉ.')
        last = ""
        for value in ranges:
            match = _RANGE.match(value.strip())
            if not match:
                raise r.fail(f"hours.{day}", f"'{value}' không đúng dạng giờ bắt đầu-giờ kết thúc, ví dụ 07:30-11:30.")
            if value.strip()[:5] >= value.strip()[6:]:
                raise r.fail(f"hours.{day}", f"buổi {value.strip()} kết thúc trước khi bắt đầu; giờ kết thúc phải sau.")
            if value.strip()[:5] < last:
                raise r.fail(f"hours.{day}", "các buổi phải theo thứ tự và không chồng lên nhau.")
            last = value.strip()[6:]
        setup.hours[day] = [v.strip() for v in ranges]
    if hours and not any(setup.hours.values()):
        raise r.fail("hours", "không có ngày nào làm việc.")

    admin = r.table("admin")
    setup.admin_name = r.text_value("admin.name", admin.get("name"), required=True, max_len=200)
    if "pin" in admin:
        raise r.fail("admin.pin", "không ghi mã PIN trong tệp; lệnh sẽ hỏi, hoặc đặt biến KIOSK_ADMIN_PIN.")
    printers = r.table("printers")
    setup.ticket_printer = r.text_value("printers.ticket", printers.get("ticket", ""), required=False, max_len=200)
    setup.sheet_printer = r.text_value("printers.sheet", printers.get("sheet", ""), required=False, max_len=200)
    voice = r.table("voice")
    enabled = voice.get("enabled", True)
    if not isinstance(enabled, bool):
        raise r.fail("voice.enabled", "phải là true hoặc false.")
    setup.voice_enabled = enabled
    setup.voice_volume = r.int_value("voice.volume", voice.get("volume", 80), 0, 100)
    channels = r.table("channels")
    setup.website = r.text_value("channels.website", channels.get("website", ""), required=False, max_len=300)
    if setup.website and not re.match(r"^https?://[^\s]+$", setup.website):
        raise r.fail("channels.website", "cần địa chỉ đầy đủ, bắt đầu bằng https://")
    setup.zalo_oa = r.text_value("channels.zalo_oa", channels.get("zalo_oa", ""), required=False, max_len=300)
    setup.hotline = r.text_value("channels.hotline", channels.get("hotline", ""), required=False, max_len=40)
    privacy = r.table("privacy")
    setup.retention_days = r.int_value("privacy.retention_days", privacy.get("retention_days", 90), 1, 3650)
    return setup


def parse(text: str, *, known_services: set[str] | None = None) -> OfficeSetup:
    if "\x00" in text:
        raise SetupError("(tệp)", "tệp có ký tự NUL; đây không phải tệp văn bản.")
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        line = getattr(exc, "lineno", None)
        raise SetupError("(cú pháp)", f"viết sai cú pháp TOML ({exc}).", line) from exc
    return check(data, text, known_services=known_services)
