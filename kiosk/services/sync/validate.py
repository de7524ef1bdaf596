"""Every field of a village bundle checked before anything is written: a crafted file changes nothing.

Types, codes against this commune's catalogue, ranges, lengths, dates and timestamps (none later than now plus
a small clock skew: a year-9999 `updated_at` would lock every later edit out), known roles only, and the same
free-text filter as the desk. The first problem found is one Vietnamese sentence naming the record and field.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from kiosk.errors import InputError
from kiosk.services.access.privacy import check_no_secrets
from kiosk.services.records.types import (
    AGE_BANDS,
    CHANNELS,
    ITEM_KINDS,
    MAX_ITEMS,
    NOTE_MAX,
    ONLINE_LEVELS,
    PROCEDURE_OUTCOMES,
    REASON_MAX,
    TASK_OUTCOMES,
)

CLOCK_SKEW = timedelta(minutes=10)
EARLIEST = date(2020, 1, 1)
MAX_ROWS = 200_000
KNOWN_ROLES = ("officer", "team_member", "admin")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


@dataclass(frozen=True)
class Codes:
    """This commune's catalogue: what a bundle's codes must name."""

    procedures: set[str]
    app_tasks: set[str]
    topics: set[str]
    villages: set[str]
    reasons: set[str]


class BundleProblem(InputError):
    pass


class _Check:
    def __init__(self, now: datetime, codes: Codes) -> None:
        self.now = now
        self.codes = codes

    def fail(self, where: str, what: str) -> BundleProblem:
        return BundleProblem(f"Tệp chuyển dữ liệu không dùng được ({where}: {what}); chưa nhập gì.")

    def obj(self, value: Any, where: str) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise self.fail(where, "không đúng dạng")
        return value

    def rows(self, bundle: dict[str, Any], key: str) -> list[Any]:
        value = bundle.get(key, [])
        if not isinstance(value, list):
            raise self.fail(key, "không phải danh sách")
        if len(value) > MAX_ROWS:
            raise self.fail(key, f"{len(value)} dòng, quá {MAX_ROWS}")
        return value

    def uid(self, value: Any, where: str, *, required: bool = True) -> None:
        if value is None and not required:
            return
        try:
            uuid.UUID(str(value)) if isinstance(value, str) and len(value) <= 40 else uuid.UUID("x")
        except ValueError:
            raise self.fail(where, "mã UUID không hợp lệ") from None

    def text(self, value: Any, where: str, max_len: int, *, required: bool = False, free: bool = False) -> None:
        if value is None or value == "":
            if required:
                raise self.fail(where, "thiếu")
            return
        if not isinstance(value, str):
            raise self.fail(where, "phải là chữ")
        if len(value) > max_len:
            raise self.fail(where, f"dài {len(value)} ký tự, tối đa {max_len}")
        if _CONTROL.search(value):
            raise self.fail(where, "có ký tự điều khiển")
        if free:
            try:
                check_no_secrets(value, where)
            except InputError as exc:
                raise self.fail(where, exc.message.rstrip(".")) from None

    def choice(self, value: Any, where: str, allowed: Any, *, required: bool = False) -> None:
        if value is None and not required:
            return
        if not isinstance(value, str) or value not in allowed:
            raise self.fail(where, f"giá trị '{str(value)[:40]}' không có trong danh mục")

    def day(self, value: Any, where: str, *, required: bool = False) -> None:
        if value is None and not required:
            return
        try:
            parsed = date.fromisoformat(value) if isinstance(value, str) and len(value) == 10 else None
        except ValueError:
            parsed = None
        if parsed is None:
            raise self.fail(where, "ngày không hợp lệ")
        if not EARLIEST <= parsed <= (self.now + timedelta(days=400)).date():
            raise self.fail(where, f"ngày {value} ngoài khoảng cho phép")

    def moment(self, value: Any, where: str, *, required: bool = False) -> None:
        if value is None and not required:
            return
        try:
            parsed = datetime.fromisoformat(value) if isinstance(value, str) and len(value) <= 40 else None
        except ValueError:
            parsed = None
        if parsed is None or parsed.tzinfo is None:
            raise self.fail(where, "thời điểm không hợp lệ (cần có múi giờ)")
        if parsed > self.now + CLOCK_SKEW:
            raise self.fail(where, f"thời điểm {value} ở tương lai; đồng hồ của máy ở thôn có đúng không?")
        if parsed.date() < EARLIEST:
            raise self.fail(where, f"thời điểm {value} quá cũ")

    def count(self, value: Any, where: str, hi: int) -> None:
        if value is None:
            return
        if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= hi:
            raise self.fail(where, f"phải là số nguyên từ 0 đến {hi:,}".replace(",", "."))

    def flag(self, value: Any, where: str) -> None:
        if value is not None and not isinstance(value, bool):
            raise self.fail(where, "phải là đúng/sai")


def validate_bundle(bundle: dict[str, Any], now: datetime, codes: Codes) -> None:
    c = _Check(now, codes)
    c.text(bundle.get("origin"), "origin", 20, required=True)
    c.uid(bundle.get("bundle_uuid"), "bundle_uuid")
    c.moment(bundle.get("created_at"), "created_at", required=True)
    people = set()
    for i, person in enumerate(c.rows(bundle, "staff")):
        where = f"người thứ {i + 1}"
        person = c.obj(person, where)
        c.uid(person.get("uuid"), f"{where}, uuid")
        c.text(person.get("name"), f"{where}, họ tên", 200, required=True)
        c.choice(person.get("role"), f"{where}, vai trò", KNOWN_ROLES, required=True)
        people.add(person.get("uuid"))

    def person_ref(value: Any, where: str) -> None:
        if value is not None and value not in people:
            raise c.fail(where, "người này không có trong danh sách người của tệp")

    for i, rec in enumerate(c.rows(bundle, "records")):
        where = f"lượt hỗ trợ thứ {i + 1}"
        rec = c.obj(rec, where)
        c.uid(rec.get("uuid"), f"{where}, uuid")
        c.text(rec.get("point"), f"{where}, điểm", 20)
        c.day(rec.get("business_date"), f"{where}, ngày", required=True)
        c.moment(rec.get("created_at"), f"{where}, lúc tạo", required=True)
        c.moment(rec.get("updated_at"), f"{where}, lúc sửa", required=True)
        c.choice(rec.get("village"), f"{where}, thôn", codes.villages)
        c.choice(rec.get("age_band"), f"{where}, nhóm tuổi", AGE_BANDS)
        c.day(rec.get("follow_up_on"), f"{where}, ngày hẹn")
        c.text(rec.get("follow_up_reason"), f"{where}, lý do hẹn", REASON_MAX, free=True)
        c.moment(rec.get("follow_up_done_at"), f"{where}, lúc xong hẹn")
        c.text(rec.get("note"), f"{where}, ghi chú", NOTE_MAX, free=True)
        person_ref(rec.get("created_by"), f"{where}, người ghi")
        c.moment(rec.get("voided_at"), f"{where}, lúc huỷ")
        c.text(rec.get("void_reason"), f"{where}, lý do huỷ", REASON_MAX, free=True)
        c.text(rec.get("origin"), f"{where}, nơi ghi", 20)
        helpers = rec.get("helpers", [])
        if not isinstance(helpers, list) or len(helpers) > 20:
            raise c.fail(f"{where}, người hỗ trợ", "không đúng dạng")
        for h in helpers:
            person_ref(h, f"{where}, người hỗ trợ")
        items = rec.get("items", [])
        if not isinstance(items, list) or len(items) > MAX_ITEMS:
            raise c.fail(f"{where}, nội dung", f"cần danh sách tối đa {MAX_ITEMS} mục")
        for j, item in enumerate(items):
            at = f"{where}, mục {j + 1}"
            item = c.obj(item, at)
            c.uid(item.get("uuid"), f"{at}, uuid")
            kind = item.get("kind")
            c.choice(kind, f"{at}, loại", ITEM_KINDS, required=True)
            field_name, known = {
                "procedure": ("procedure", codes.procedures),
                "app_task": ("app_task", codes.app_tasks),
                "topic": ("topic", codes.topics),
            }[kind]
            c.choice(item.get(field_name), f"{at}, mã", known, required=True)
            c.text(item.get("portal"), f"{at}, cổng", 40)
            c.choice(item.get("online_level"), f"{at}, mức trực tuyến", ONLINE_LEVELS)
            c.choice(item.get("channel"), f"{at}, kênh", CHANNELS)
            c.choice(item.get("outcome"), f"{at}, kết quả", PROCEDURE_OUTCOMES + TASK_OUTCOMES)
            c.text(item.get("dossier_code"), f"{at}, mã hồ sơ", 64)
            c.choice(item.get("reason_code"), f"{at}, lý do chưa nộp", codes.reasons)
            c.flag(item.get("fee_paid_online"), f"{at}, nộp phí trực tuyến")
            c.flag(item.get("vneid_login"), f"{at}, đăng nhập VNeID")
    for i, g in enumerate(c.rows(bundle, "group_sessions")):
        where = f"buổi sinh hoạt thứ {i + 1}"
        g = c.obj(g, where)
        c.uid(g.get("uuid"), f"{where}, uuid")
        c.text(g.get("point"), f"{where}, điểm", 20)
        c.choice(g.get("village"), f"{where}, thôn", codes.villages)
        c.choice(g.get("topic"), f"{where}, chủ đề", codes.topics)
        c.text(g.get("title"), f"{where}, tên buổi", 200)
        c.day(g.get("business_date"), f"{where}, ngày", required=True)
        c.count(g.get("attendance"), f"{where}, số người dự", 10_000)
        c.count(g.get("leaflets"), f"{where}, số tờ rơi", 100_000)
        person_ref(g.get("led_by"), f"{where}, người chủ trì")
        c.text(g.get("note"), f"{where}, ghi chú", NOTE_MAX, free=True)
        c.moment(g.get("created_at"), f"{where}, lúc tạo", required=True)
        c.moment(g.get("voided_at"), f"{where}, lúc huỷ")
    for i, d in enumerate(c.rows(bundle, "duty_days")):
        where = f"ngày trực thứ {i + 1}"
        d = c.obj(d, where)
        c.uid(d.get("uuid"), f"{where}, uuid")
        person_ref(d.get("staff"), f"{where}, người trực")
        c.text(d.get("point"), f"{where}, điểm", 20)
        c.day(d.get("business_date"), f"{where}, ngày", required=True)
        c.moment(d.get("checked_in_at"), f"{where}, giờ đến", required=True)
        c.moment(d.get("checked_out_at"), f"{where}, giờ về")
        c.text(d.get("note"), f"{where}, ghi chú", NOTE_MAX, free=True)
