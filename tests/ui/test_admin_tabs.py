"""The admin window's tabs, used as a person would: taps on rows and buttons, typing in fields; the database is
checked after. Work runs inline (worker.run_inline) so each tap's result is there when the tap returns."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QTableWidget, QWidget

from kiosk.app import Services
from kiosk.errors import NotFoundError
from kiosk.ui import worker
from kiosk.ui.admin.audit_tab import AuditTab
from kiosk.ui.admin.catalogue_tab import CatalogueTab
from kiosk.ui.admin.counters_tab import CountersTab
from kiosk.ui.admin.figures_tab import FiguresTab
from kiosk.ui.admin.settings_tab import SettingsTab
from kiosk.ui.admin.staff_tab import StaffTab
from kiosk.ui.admin.tabs import TABS
from kiosk.ui.admin.ticker_tab import TickerTab
from kiosk.ui.admin.villages_tab import VillagesTab
from kiosk.ui.admin.window import AdminWindow

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def inline() -> Iterator[None]:
    worker.run_inline(True)
    yield
    worker.run_inline(False)


@pytest.fixture
def admin(services: Services) -> int:
    """The test's administrator, alone, as a commune's first: the set-up template's own one is retired first
    (directly in the database, so the test's audit trail holds only what the test did)."""
    from sqlalchemy import select

    from kiosk.db import models as m

    with services.sessions.begin() as session:
        for row in session.scalars(select(m.Staff).where(m.Staff.role == "admin")):
            row.active = False
    return services.admin.staff.add(None, "Trần Quản Trị", "admin", "1111").id


def tap(qtbot, widget: QWidget) -> None:  # noqa: ANN001
    qtbot.mouseClick(widget, LEFT)


def tap_row(qtbot, table: QTableWidget, text: str, column: int = 0) -> None:  # noqa: ANN001
    row = next(r for r in range(table.rowCount()) if table.item(r, column).text() == text)
    table.scrollToItem(table.item(row, column))
    rect = table.visualItemRect(table.item(row, column))
    qtbot.mouseClick(table.viewport(), LEFT, pos=rect.center())


def keys(field: QWidget, text: str) -> None:
    """Typed one key at a time, as an on-screen or Vietnamese keyboard delivers it (QTest.keyClicks aborts on
    characters beyond Latin-1, so each key event carries its character)."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(field, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch))


def type_into(qtbot, field, text: str) -> None:  # noqa: ANN001
    field.setFocus()
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    keys(field, text)


def show(qtbot, widget: QWidget) -> QWidget:  # noqa: ANN001
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    return widget


def test_staff_tab_add_reset_deactivate(services: Services, admin: int, qtbot, inline: None) -> None:
    tab = show(qtbot, StaffTab(services, admin))
    type_into(qtbot, tab.name, "Lê Thị Hạnh")
    tab.role.setCurrentIndex(tab.role.findData("team_member"))
    type_into(qtbot, tab.pin, "2468")
    tap(qtbot, tab.save_button)
    assert "Đã thêm" in tab.notice.text()
    member = next(s for s in services.admin.staff.list() if s.name == "Lê Thị Hạnh")
    assert member.role == "team_member" and services.auth.login(member.id, "2468").id == member.id
    tap_row(qtbot, tab.table, "Lê Thị Hạnh")
    type_into(qtbot, tab.pin, "1357")
    tap(qtbot, tab.pin_button)
    assert services.auth.login(member.id, "1357").id == member.id
    tap(qtbot, tab.active_button)
    assert "Đã ngừng" in tab.notice.text()
    with pytest.raises(NotFoundError):
        services.auth.login(member.id, "1357")
    assert tab.active_button.text() == "Mở lại tài khoản"
    # The last administrator cannot be stopped: the sentence is shown, nothing changes.
    tap_row(qtbot, tab.table, "Trần Quản Trị")
    tap(qtbot, tab.active_button)
    assert "cuối cùng" in tab.notice.text()
    assert services.admin.staff.get(admin).active
    # A PIN in Arabic-Indic digits cannot even be typed; a short one is refused with a sentence.
    tap(qtbot, tab.new_button)
    type_into(qtbot, tab.name, "Người Mới")
    keys(tab.pin, "١٢٣٤")
    assert tab.pin.text() == ""
    keys(tab.pin, "12")
    tap(qtbot, tab.save_button)
    assert "4 đến 8 chữ số" in tab.notice.text()


def test_counters_tab_new_service_served_by_a_new_counter(services: Services, admin: int, qtbot, inline) -> None:  # noqa: ANN001
    tab = show(qtbot, CountersTab(services, admin))
    tap(qtbot, tab.services_page_button)
    assert tab.prefix.isVisible()
    type_into(qtbot, tab.prefix, "k")
    type_into(qtbot, tab.service_name, "Bảo hiểm y tế")
    type_into(qtbot, tab.description, "Cấp, đổi thẻ BHYT")
    tab.icon.setCurrentIndex(tab.icon.findData("health"))
    tap(qtbot, tab.save_service_button)
    assert "K" in tab.warning.text()  # no counter serves it yet
    tap(qtbot, tab.counters_page_button)
    tap(qtbot, tab.new_counter_button)
    assert tab.number.value() == 6
    type_into(qtbot, tab.counter_name, "Quầy 6 – Bảo hiểm")
    tab.serves["K"].click()
    tap(qtbot, tab.save_counter_button)
    assert tab.warning.text() == ""
    six = next(c for c in services.admin.office.counters() if c.number == 6)
    assert six.services == ("K",) and six.name == "Quầy 6 – Bảo hiểm"
    # Two counters with the same number: a sentence, nothing saved.
    tap(qtbot, tab.new_counter_button)
    tab.number.setValue(1)
    type_into(qtbot, tab.counter_name, "Trùng số")
    tap(qtbot, tab.save_counter_button)
    assert "Đã có quầy số 1" in tab.notice.text()
    assert "Trùng số" not in [c.name for c in services.admin.office.counters()]


def test_villages_tab(services: Services, admin: int, qtbot, inline) -> None:  # noqa: ANN001
    tab = show(qtbot, VillagesTab(services, admin))
    type_into(qtbot, tab.name, "Thôn Khe Mạ")
    tap(qtbot, tab.save_button)
    assert "Thôn Khe Mạ" in [v.name for v in services.catalogue.villages()]
    tap_row(qtbot, tab.table, "Thôn Khe Mạ", column=1)
    tab.active.click()
    tap(qtbot, tab.save_button)
    assert "Thôn Khe Mạ" not in [v.name for v in services.catalogue.villages()]


def test_catalogue_tab_hide_words_and_add(services: Services, admin: int, qtbot, inline) -> None:  # noqa: ANN001
    tab = show(qtbot, CatalogueTab(services, admin))
    keys(tab.query, "dang ky khai sinh")
    tab.load()  # the search waits 300 ms after typing; a person waits too
    name = tab.table.item(0, 0).text()
    tap_row(qtbot, tab.table, name)
    type_into(qtbot, tab.words, "giấy cho con mới đẻ")
    tap(qtbot, tab.words_button)
    assert name in [p.name for p in services.catalogue.search_procedures("con moi de")]
    tap(qtbot, tab.hide_button)
    assert name not in [p.name for p in services.catalogue.search_procedures("con moi de")]
    tap(qtbot, tab.new_button)
    type_into(qtbot, tab.name, "Xác nhận đơn xin hỗ trợ làm nhà")
    type_into(qtbot, tab.words, "nhà tình nghĩa")
    tap(qtbot, tab.add_button)
    assert [p.name for p in services.catalogue.search_procedures("nha tinh nghia")] == [
        "Xác nhận đơn xin hỗ trợ làm nhà"
    ]


def test_ticker_tab_dated_notice_on_the_board(services: Services, admin: int, qtbot, inline) -> None:  # noqa: ANN001
    tab = show(qtbot, TickerTab(services, admin))
    type_into(qtbot, tab.text, "Hôm nay tiếp dân đến 19 giờ")
    tab.start.enabled.click()
    tab.end.enabled.click()
    tap(qtbot, tab.save_button)
    assert services.display.board().notices == ["Hôm nay tiếp dân đến 19 giờ"]
    assert tab.table.item(0, 3).text() == "Đang hiện"
    tap_row(qtbot, tab.table, "Hôm nay tiếp dân đến 19 giờ")
    tap(qtbot, tab.remove_button)
    assert services.admin.notices.list() == []


def test_settings_tab_saves_with_the_same_checks(services: Services, admin: int, qtbot, inline) -> None:  # noqa: ANN001
    tab = show(qtbot, SettingsTab(services, admin))
    type_into(qtbot, tab.editors["office.hotline"], "0207 123 456")
    hours = tab.editors["queue.opening_hours"]
    hours.setFocus()
    hours.selectAll()
    keys(hours, '{"mon-fri": ["17:00-07:30"]}')
    tap(qtbot, tab.save_button)
    assert services.settings.get("office.hotline") == "0207 123 456"
    assert tab.errors["queue.opening_hours"].isVisible() and "Giờ làm việc" in tab.errors["queue.opening_hours"].text()
    assert services.settings.get("queue.opening_hours")["mon"] == ["07:30-11:30", "13:30-17:00"]
    rows = services.admin.audit.query(action="setting_changed", staff_id=admin)
    assert [(r.staff_id, r.target) for r in rows] == [(admin, "office.hotline")]


def test_settings_tab_shows_this_pcs_address_for_the_phone_pages(services: Services, admin: int, qtbot, inline) -> None:  # noqa: ANN001
    from kiosk.services.web.lan import lan_addresses

    tab = show(qtbot, SettingsTab(services, admin))
    addresses = lan_addresses()
    text = tab.lan_hint.text()
    if addresses:
        assert f"http://{addresses[0]}:8080" in text
    else:
        assert "chưa nối mạng" in text


def test_official_figures_tab(services: Services, admin: int, qtbot, inline) -> None:  # noqa: ANN001
    tab = show(qtbot, FiguresTab(services, admin))
    type_into(qtbot, tab.code, "ty_le_truc_tuyen")
    type_into(qtbot, tab.name, "Tỷ lệ hồ sơ trực tuyến")
    type_into(qtbot, tab.value, "61,5%")
    type_into(qtbot, tab.source, "Cổng Dịch vụ công quốc gia")
    tap(qtbot, tab.add_button)
    (row,) = services.admin.figures.recent()
    assert (row.value, row.source, row.entered_by_id) == ("61,5%", "Cổng Dịch vụ công quốc gia", admin)
    assert tab.table.rowCount() == 1


def test_audit_tab_filters_and_exports(
    services: Services, admin: int, qtbot, inline, tmp_path: Path, monkeypatch
) -> None:  # noqa: ANN001
    services.settings.set("office.hotline", "0207 1", by=admin)
    tab = show(qtbot, AuditTab(services, admin))
    assert tab.table.rowCount() >= 2
    tab.action.setCurrentIndex(tab.action.findData("setting_changed"))
    tap(qtbot, tab.filter_button)
    # The setup's own setting changes are there too (by nobody: the wizard or a file); the newest is ours.
    assert tab.table.rowCount() >= 1 and tab.table.item(0, 1).text() == "Trần Quản Trị"
    monkeypatch.setattr(tab, "choose_folder", lambda: str(tmp_path))
    tap(qtbot, tab.export_button)
    (csv,) = tmp_path.glob("nhat-ky-*.csv")
    assert "Đổi cài đặt" in csv.read_text(encoding="utf-8-sig")


def test_window_lists_every_tab_and_a_tap_opens_it(services: Services, admin: int, qtbot, inline) -> None:  # noqa: ANN001
    window = AdminWindow(services)
    qtbot.addWidget(window)
    window.unlock(services.auth.list_staff(role="admin")[0])
    assert window.nav is not None and window.tabs is not None
    names = [window.nav.item(i).text() for i in range(window.nav.count())]
    for name in (
        "Nhân sự",
        "Quầy và dịch vụ",
        "Thôn",
        "Thủ tục địa phương",
        "Bảng chữ chạy",
        "Cài đặt",
        "Số liệu chính thức",
        "Nhật ký",
        "Sao lưu",
        "Phiên bản",
    ):
        assert name in names
    window.show()
    index = names.index("Nhật ký")
    rect = window.nav.visualItemRect(window.nav.item(index))
    qtbot.mouseClick(window.nav.viewport(), LEFT, pos=rect.center() if not rect.isEmpty() else QPoint(5, 5))
    assert isinstance(window.tabs.currentWidget(), AuditTab)


def test_the_kiosk_home_reloads_after_an_admin_change(services: Services, admin: int) -> None:
    from kiosk.ui.citizen.model import apply_events

    after = services.events.latest_id()
    services.admin.office.save_service(
        admin, None, prefix="K", name="Bảo hiểm y tế", description="", icon="", sort_order=9, active=True
    )
    events = services.events.since(after)
    counts, reload = apply_events({"A": 1}, events, services.admin.notices.today())
    assert reload and counts == {"A": 1}


@pytest.mark.parametrize("screen", ["admin-backup", "admin-voice", *[name for name, _title, _make in TABS]])
def test_kiosk_screenshot_knows_every_admin_tab(screen: str, tmp_path: Path) -> None:
    from PySide6.QtGui import QImage

    from kiosk.cli import main

    out = tmp_path / f"{screen}.png"
    assert main(["screenshot", screen, "--out", str(out)]) == 0
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1366, 768)


def test_an_administrator_who_gives_up_the_role_is_locked_out(services: Services, admin: int, qtbot, inline) -> None:  # noqa: ANN001
    services.admin.staff.add(admin, "Phạm Văn Tư", "admin", "3333")
    window = AdminWindow(services)
    qtbot.addWidget(window)
    window.unlock(services.auth.list_staff(role="admin")[1])  # Trần Quản Trị
    assert window.staff is not None and window.staff.id == admin
    tab = next(window.tabs.widget(i) for i in range(window.tabs.count()) if isinstance(window.tabs.widget(i), StaffTab))
    window.tabs.setCurrentWidget(tab)
    window.show()
    tap_row(qtbot, tab.table, "Trần Quản Trị")
    tab.role.setCurrentIndex(tab.role.findData("officer"))
    tap(qtbot, tab.save_button)
    qtbot.waitUntil(lambda: window.staff is None and window.tabs is None, timeout=2000)
