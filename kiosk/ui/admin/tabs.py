"""The admin window's editing tabs in order, with their titles (one explicit list: the window and the screenshot
registry read it; nothing is found by name)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QWidget

from kiosk.app import Services
from kiosk.ui.admin.audit_tab import AuditTab
from kiosk.ui.admin.catalogue_tab import CatalogueTab
from kiosk.ui.admin.counters_tab import CountersTab
from kiosk.ui.admin.figures_tab import FiguresTab
from kiosk.ui.admin.settings_tab import SettingsTab
from kiosk.ui.admin.staff_tab import StaffTab
from kiosk.ui.admin.ticker_tab import TickerTab
from kiosk.ui.admin.villages_tab import VillagesTab

TabMaker = Callable[[Services, "int | None"], QWidget]

# (screen name for `kiosk screenshot`, tab title (the window shows it through tr), maker)
TABS: tuple[tuple[str, str, TabMaker], ...] = (
    ("admin-staff", QT_TRANSLATE_NOOP("AdminWindow", "Nhân sự"), StaffTab),
    ("admin-counters", QT_TRANSLATE_NOOP("AdminWindow", "Quầy và dịch vụ"), CountersTab),
    ("admin-villages", QT_TRANSLATE_NOOP("AdminWindow", "Thôn"), VillagesTab),
    ("admin-catalogue", QT_TRANSLATE_NOOP("AdminWindow", "Thủ tục địa phương"), CatalogueTab),
    ("admin-ticker", QT_TRANSLATE_NOOP("AdminWindow", "Bảng chữ chạy"), TickerTab),
    ("admin-settings", QT_TRANSLATE_NOOP("AdminWindow", "Cài đặt"), SettingsTab),
    ("admin-official", QT_TRANSLATE_NOOP("AdminWindow", "Số liệu chính thức"), FiguresTab),
    ("admin-audit", QT_TRANSLATE_NOOP("AdminWindow", "Nhật ký"), AuditTab),
)


def admin_tabs() -> list[tuple[str, TabMaker]]:
    return [(title, make) for _screen, title, make in TABS]
