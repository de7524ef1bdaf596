"""The tally dashboard and the admin window, driven with pytest-qt (offscreen); work runs inline."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from sqlalchemy import select

from kiosk.app import Services
from kiosk.db import models as m
from kiosk.ui import worker
from kiosk.ui.admin.tally_view import TallyDashboard, short_village
from kiosk.ui.admin.window import AdminWindow
from kiosk.ui.roles import available_roles
from kiosk.ui.screens import available_screens
from tests.helpers.tally_data import build_commune


@pytest.fixture
def inline() -> Iterator[None]:
    worker.run_inline(True)
    yield
    worker.run_inline(False)


@pytest.fixture
def commune(services: Services) -> Services:
    build_commune(services)
    return services


def _cards(view: TallyDashboard) -> dict[str, str]:
    return {key: card.value.text() for key, card in view.cards.items()}


def test_dashboard_opens_on_today(commune: Services, qtbot, inline: None) -> None:
    view = TallyDashboard(commune)
    qtbot.addWidget(view)
    assert view.heading.text() == "Hôm nay – Thứ Ba, 24/11/2026"
    cards = _cards(view)
    # Today: two tickets served (one at the desk, one at the village point), one record submitted online,
    # one rating "không hài lòng".
    assert (cards["issued"], cards["served"], cards["helped"]) == ("2", "2", "1")
    assert cards["online_rate"] == "100,0%" and view.cards["online_rate"].note.text() == "1/1 hồ sơ đã nộp"
    assert cards["satisfaction"] == "0,0%"
    assert set(view._chart_views) == {"hours", "waits", "outcomes", "villages", "members"}
    assert view._chart_views["hours"].chart().title() == "Số người đến theo giờ"
    assert "Chưa có số liệu chính thức" in view.official_list.text()


def test_picking_a_day_a_month_and_a_point(commune: Services, qtbot, inline: None) -> None:
    view = TallyDashboard(commune)
    qtbot.addWidget(view)
    view.date_edit.setDate(QDate(2026, 11, 23))
    assert view.heading.text() == "Thứ Hai, 23/11/2026"
    cards = _cards(view)
    assert (cards["issued"], cards["helped"], cards["online_rate"], cards["longest"]) == ("7", "5", "50,0%", "3")
    assert cards["wait"] == "19,6 phút"
    assert view.cards["longest"].note.text() == "lúc 08:06"
    view.mode_box.setCurrentIndex(view.mode_box.findData("month"))
    assert view.heading.text() == "Tháng 11/2026"
    assert _cards(view)["issued"] == "9" and _cards(view)["online_rate"] == "60,0%"
    view.point_box.setCurrentIndex(view.point_box.findData("TH-DONG"))
    assert _cards(view)["helped"] == "2" and _cards(view)["issued"] == "1"
    view.show_today()
    assert view.heading.text().startswith("Hôm nay")


def test_export_buttons_write_files_off_the_ui_thread(commune: Services, qtbot, inline: None, tmp_path: Path) -> None:
    view = TallyDashboard(commune)
    qtbot.addWidget(view)
    view.choose_folder = lambda: str(tmp_path)  # type: ignore[method-assign]
    for fmt in ("pdf", "xlsx", "csv"):
        qtbot.mouseClick(view.export_buttons[fmt], Qt.MouseButton.LeftButton)
        assert view.last_export == tmp_path / f"tong-hop-so-lieu-2026-11-24.{fmt}"
        assert view.last_export.stat().st_size > 500
        assert "Đã lưu" in view.status.text()
    with commune.sessions() as s:
        actions = s.scalars(select(m.AuditEntry.target).where(m.AuditEntry.action == "tally_export")).all()
    assert sorted(actions) == sorted(f"tong-hop-so-lieu-2026-11-24.{f}" for f in ("pdf", "xlsx", "csv"))


def test_export_error_is_shown_as_a_sentence(commune: Services, qtbot, inline: None, tmp_path: Path) -> None:
    view = TallyDashboard(commune)
    qtbot.addWidget(view)
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    view.choose_folder = lambda: str(blocker)  # type: ignore[method-assign]
    view.export("csv")
    assert "Không ghi được" in view.status.text()
    assert all(b.isEnabled() for b in view.export_buttons.values())


def test_admin_window_needs_an_admin_pin(commune: Services, qtbot, inline: None) -> None:
    admin = commune.auth.add_staff("Chủ tịch xã", "admin", "2468")
    commune.auth.add_staff("Cán bộ một cửa", "officer", "1357")
    window = AdminWindow(commune)
    qtbot.addWidget(window)
    dialog = window.ask_pin()
    assert dialog is not None
    entry = dialog.entry
    names = [b.text().split("\n")[0] for b in entry.name_buttons.values()]
    assert "Chủ tịch xã" in names and "Cán bộ một cửa" not in names
    qtbot.mouseClick(entry.name_buttons[admin.id], Qt.MouseButton.LeftButton)
    qtbot.keyClicks(entry.field, "0000")
    qtbot.mouseClick(entry.keys["enter"], Qt.MouseButton.LeftButton)
    assert "không đúng" in entry.notice.text()
    assert window.tabs is None
    qtbot.keyClicks(entry.field, "2468")
    qtbot.mouseClick(entry.keys["enter"], Qt.MouseButton.LeftButton)
    assert window.tabs is not None and window.staff is not None and window.staff.id == admin.id
    assert isinstance(window.tabs.widget(0), TallyDashboard)
    assert window.tabs.tabText(0) == "Tổng hợp số liệu"
    about = next(window.tabs.widget(i) for i in range(window.tabs.count()) if window.tabs.tabText(i) == "Phiên bản")
    from kiosk import __version__

    assert about.values["Phiên bản"] == __version__ and "unknown" not in __version__
    assert about.values["Thư mục dữ liệu"] == str(commune.config.data_dir)
    assert window.ask_pin() is None
    window.lock()
    assert window.tabs is None and window.staff is None


def test_admin_pin_dialog_without_admins_says_how(fresh_services: Services, qtbot, inline: None) -> None:
    window = AdminWindow(fresh_services)  # nobody has set up this database: it has no administrator yet
    qtbot.addWidget(window)
    dialog = window.ask_pin()
    assert dialog is not None and dialog.entry.name_buttons == {}  # nobody to choose: no PIN can be typed
    assert dialog.entry.stages.currentIndex() == 0
    assert "--role admin" in dialog.entry.notice.text()


def test_registered_for_screenshots_and_roles(services: Services, qtbot, inline: None) -> None:
    assert "admin" in [r.key for r in available_roles()]
    view = available_screens()["tally"](services)
    qtbot.addWidget(view)
    assert isinstance(view, TallyDashboard)


def test_short_village_names() -> None:
    assert short_village("Thôn Bắc Sơn") == "Bắc Sơn"
    assert short_village("Tổ dân phố 3") == "3"
    assert short_village("Xóm") == "Xóm"
