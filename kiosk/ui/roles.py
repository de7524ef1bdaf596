"""Which window each role opens: one explicit list, so a reader and a freezer (PyInstaller) see every role.

A role's window module is imported only when that role is opened (the import statements sit in the factories
below, where PyInstaller's bytecode scan still finds them): a kiosk that starts the citizen screen does not pay
for the desk's and the tally's imports. The factory receives the Services and keyword options (counter,
windowed) and returns a top-level QWidget.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

from kiosk.app import Services

RoleFactory = Callable[..., QWidget]


@dataclass(frozen=True)
class Role:
    key: str
    context: str  # the translation context of the title and description
    title_source: str
    description_source: str
    factory: RoleFactory

    @property
    def title(self) -> str:
        return QCoreApplication.translate(self.context, self.title_source)

    @property
    def description(self) -> str:
        return QCoreApplication.translate(self.context, self.description_source)


def _kiosk(services: Services, **options: Any) -> QWidget:
    from kiosk.ui.citizen.window import KioskWindow

    return KioskWindow(services, locked=not options.get("windowed"))


def _desk(services: Services, **options: Any) -> QWidget:
    from kiosk.ui.desk.window import open_desk

    return open_desk(services, **options)


def _display(services: Services, **options: Any) -> QWidget:
    from kiosk.ui.display.window import DisplayWindow

    return DisplayWindow(services, **options)


def _admin(services: Services, **_options: Any) -> QWidget:
    from kiosk.ui.admin.window import AdminWindow

    return AdminWindow(services)


ROLES: tuple[Role, ...] = (
    Role(
        "kiosk",
        "KioskWindow",
        QT_TRANSLATE_NOOP("KioskWindow", "Ki-ốt công dân"),
        QT_TRANSLATE_NOOP("KioskWindow", "Lấy số thứ tự, hướng dẫn sử dụng ứng dụng, đánh giá"),
        _kiosk,
    ),
    Role(
        "desk",
        "DeskWindow",
        QT_TRANSLATE_NOOP("DeskWindow", "Bàn hỗ trợ"),
        QT_TRANSLATE_NOOP("DeskWindow", "Gọi số, ghi nhận lượt hỗ trợ, hẹn lại, sinh hoạt nhóm, ngày trực"),
        _desk,
    ),
    Role(
        "display",
        "DisplayWindow",
        QT_TRANSLATE_NOOP("DisplayWindow", "Màn hình phòng chờ"),
        QT_TRANSLATE_NOOP("DisplayWindow", "Số đang phục vụ ở từng quầy, đọc số bằng giọng nói"),
        _display,
    ),
    Role(
        "admin",
        "AdminWindow",
        QT_TRANSLATE_NOOP("AdminWindow", "Quản trị"),
        QT_TRANSLATE_NOOP("AdminWindow", "Tổng hợp số liệu, xuất báo cáo (cần mã PIN quản trị)"),
        _admin,
    ),
)


def available_roles() -> list[Role]:
    return list(ROLES)


def open_role(key: str, services: Services, **options: Any) -> QWidget | None:
    """The role's window; on a database with sample data it carries the "DỮ LIỆU MẪU" band (and, for the
    wizard's try-out, `leave_sample`: the band's way back to the real setup)."""
    from kiosk.ui.widgets.sample_band import mark_if_sample

    leave = options.pop("leave_sample", None)
    role = next((r for r in ROLES if r.key == key), None)
    if role is None:
        return None
    window = role.factory(services, **options)
    mark_if_sample(window, services, leave)
    return window
