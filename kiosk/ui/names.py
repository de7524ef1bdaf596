"""Fixed names the core gives in Vietnamese (it has no Qt), in the screens' language: roles, counter states, days.

The core keeps one table of each (auth.ROLES, queue.views.COUNTER_STATE_NAMES, queue.rules.DAY_NAMES) for its
CLI and documents; a screen shows the same names through these functions. The literals are repeated here inside
QT_TRANSLATE_NOOP so lupdate puts them in the .ts; tests/ui/test_translation.py checks they match the core's
tables, so a name changed there is noticed. A code the tables do not know shows the core's text as it is.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from kiosk.services.access.auth import StaffInfo
from kiosk.services.queue.rules import DAY_NAMES
from kiosk.services.queue.views import CounterInfo

CONTEXT = "names"
ROLE_NAMES = {
    "officer": QT_TRANSLATE_NOOP("names", "Cán bộ một cửa"),
    "team_member": QT_TRANSLATE_NOOP("names", "Thành viên Tổ CNSCĐ"),
    "admin": QT_TRANSLATE_NOOP("names", "Quản trị"),
}
COUNTER_STATE_NAMES = {
    "open": QT_TRANSLATE_NOOP("names", "Đang mở"),
    "paused": QT_TRANSLATE_NOOP("names", "Tạm nghỉ"),
    "closed": QT_TRANSLATE_NOOP("names", "Đã đóng"),
}
WEEKDAY_NAMES = (
    QT_TRANSLATE_NOOP("names", "Thứ Hai"),
    QT_TRANSLATE_NOOP("names", "Thứ Ba"),
    QT_TRANSLATE_NOOP("names", "Thứ Tư"),
    QT_TRANSLATE_NOOP("names", "Thứ Năm"),
    QT_TRANSLATE_NOOP("names", "Thứ Sáu"),
    QT_TRANSLATE_NOOP("names", "Thứ Bảy"),
    QT_TRANSLATE_NOOP("names", "Chủ nhật"),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def role_name(staff: StaffInfo) -> str:
    return _tr(ROLE_NAMES[staff.role]) if staff.role in ROLE_NAMES else staff.role_name


def counter_state_name(counter: CounterInfo) -> str:
    state = counter.state
    return _tr(COUNTER_STATE_NAMES[state]) if state in COUNTER_STATE_NAMES else counter.state_name


def hours_text(described: str) -> str:
    """queue.rules.describe_hours' sentence ('Thứ Hai–Thứ Sáu 07:30–11:30; Thứ Bảy …') with the days translated.

    No day name is part of another ('Thứ Ba' is not in 'Thứ Bảy'), so plain replacing is exact."""
    for core, ours in zip(DAY_NAMES, WEEKDAY_NAMES, strict=True):
        described = described.replace(core, _tr(ours))
    return described
