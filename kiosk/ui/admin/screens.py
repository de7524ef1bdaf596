"""Screens of the admin role for `kiosk screenshot`: the tally dashboard, each tab of the unlocked admin window
(staff, counters, villages, local catalogue, ticker, settings, official figures, audit log, backups, voice,
campaigns) and
the version. The screenshot's database is its own demo copy, so the few examples written here touch nothing real."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

from kiosk.app import Services
from kiosk.clock import business_date
from kiosk.ui.admin.tabs import TABS


def _tally(services: Services) -> QWidget:
    from kiosk.ui.admin.tally_view import TallyDashboard

    return TallyDashboard(services)


def _about(services: Services) -> QWidget:
    from kiosk.ui.admin.about_tab import AboutTab

    return AboutTab(services)


def _examples(services: Services, screen: str) -> None:
    """What each tab would hold after a few weeks of use."""
    admin = services.auth.list_staff(role="admin")[0].id
    today = business_date(services.clock.now())
    if screen == "admin-ticker":
        notices = services.admin.notices
        notices.save(admin, None, "Thứ Bảy 28/11 tiếp dân cả ngày để cấp đổi căn cước", today, today + timedelta(4))
        notices.save(admin, None, "Mang theo căn cước khi làm thủ tục", None, None)
        notices.save(
            admin,
            None,
            "Tháng cao điểm chuyển đổi số 01–10/10",
            today.replace(month=10, day=1),
            today.replace(month=10, day=10),
        )
    elif screen == "admin-official":
        figures = services.admin.figures
        month = today.replace(day=1) - timedelta(days=1)
        for code, name, value in (
            ("ho_so_truc_tuyen", "Tỷ lệ hồ sơ nộp trực tuyến", "62,4%"),
            ("thanh_toan_truc_tuyen", "Tỷ lệ thanh toán trực tuyến", "48,1%"),
        ):
            figures.add(
                admin,
                code=code,
                name=name,
                period_from=month.replace(day=1),
                period_to=month,
                value=value,
                source="Cổng Dịch vụ công quốc gia",
                source_date=today - timedelta(days=3),
            )
    elif screen == "admin-catalogue":
        services.admin.catalogue.add(
            admin, "procedure", name="Xác nhận đơn xin hỗ trợ làm nhà", field="Xã hội", words="lam nha, nha tinh nghia"
        )
    elif screen == "admin-audit":
        services.auth.login(admin, "1234")  # the demo's administrator
        services.settings.set("office.hotline", "0207 3851 234", by=admin)
        member = services.admin.staff.add(admin, "Vi Thị Ngọc", "team_member", "2580")
        services.admin.staff.reset_pin(admin, member.id, "1470")
        services.admin.notices.save(admin, None, "Mang theo căn cước khi làm thủ tục", None, None)
        services.admin.office.save_village(admin, None, name="Thôn Khe Mạ", sort_order=20, active=True)
    elif screen == "admin-backup":
        services.backups.create("manual")  # something to list


def _tab(screen: str) -> Callable[[Services], QWidget]:
    def build(services: Services) -> QWidget:
        from kiosk.ui.admin.window import AdminWindow

        _examples(services, screen)
        window = AdminWindow(services)
        window.unlock(services.auth.list_staff(role="admin")[0])  # the screenshot stands in for the PIN
        titles = [t for name, t, _m in TABS if name == screen] or [OTHER_TABS[screen]]
        assert window.tabs is not None
        for i in range(window.tabs.count()):
            if window.tabs.tabText(i) == QCoreApplication.translate("AdminWindow", titles[0]):
                window.tabs.setCurrentIndex(i)
        return window

    return build


OTHER_TABS = {
    "admin-backup": QT_TRANSLATE_NOOP("AdminWindow", "Sao lưu"),
    "admin-voice": QT_TRANSLATE_NOOP("AdminWindow", "Giọng đọc"),
    "admin-campaigns": QT_TRANSLATE_NOOP("AdminWindow", "Đợt cao điểm"),
}

SCREENS: dict[str, Callable[[Services], QWidget]] = {
    "tally": _tally,
    "admin-about": _about,
    "admin-backup": _tab("admin-backup"),
    **{name: _tab(name) for name, _title, _make in TABS},
    "admin-voice": _tab("admin-voice"),
    "admin-campaigns": _tab("admin-campaigns"),
}
