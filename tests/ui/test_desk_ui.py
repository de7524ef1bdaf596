"""The desk as a person uses it: tap a name, type the PIN, fill the form with keys and taps; assert database rows."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QLabel
from sqlalchemy import select

from kiosk.app import Services
from kiosk.db import models as m
from kiosk.services.access.auth import hash_pin
from kiosk.ui import worker
from kiosk.ui.desk.window import DeskWindow

TODAY = date(2026, 11, 24)
PIN = "2468"


@pytest.fixture(autouse=True)
def _inline_tasks() -> Iterator[None]:
    worker.run_inline(True)
    yield
    worker.run_inline(False)


@pytest.fixture
def people(services: Services) -> dict[str, int]:
    """Two team members and an officer, sharing one scrypt hash so the fixture stays quick."""
    hashed = hash_pin(PIN)
    ids = {}
    with services.sessions.begin() as s:
        for name, role in (
            ("Lê Minh Tuấn", "team_member"),
            ("Phạm Thị Hoa", "team_member"),
            ("Nguyễn Thị Lan", "officer"),
        ):
            row = m.Staff(name=name, role=role, pin_hash=hashed, created_at=services.clock.now())
            s.add(row)
            s.flush()
            ids[name] = row.id
    return ids


@pytest.fixture
def desk(qtbot, services: Services, people: dict[str, int]) -> DeskWindow:
    from kiosk.ui.app import make_application

    make_application()
    window = DeskWindow(services)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    return window


def _log_in(qtbot, desk: DeskWindow, name: str = "Lê Minh Tuấn", pin: str = PIN) -> None:
    entry = desk.login.entry
    person = next(k for k, b in entry.name_buttons.items() if b.text().startswith(name))
    qtbot.mouseClick(entry.name_buttons[person], Qt.MouseButton.LeftButton)
    for digit in pin:
        qtbot.mouseClick(entry.keys[digit], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(entry.keys["enter"], Qt.MouseButton.LeftButton)


def _records(services: Services) -> list[m.AssistRecord]:
    with services.sessions() as s:
        rows = list(s.scalars(select(m.AssistRecord).order_by(m.AssistRecord.id)))
        for r in rows:
            _ = r.items, r.helpers
        return rows


def _type(qtbot, widget, text: str) -> None:
    """Type as a person with a Vietnamese input method would: plain keys for ASCII, IME commits for the rest.

    (QTest cannot synthesise key events for letters such as 'ễ'; IBus and Unikey deliver them as commits anyway.)
    """
    widget.setFocus()
    for ch in text:
        if ch.isascii():
            qtbot.keyClicks(widget, ch)
        else:
            event = QInputMethodEvent()
            event.setCommitString(ch)
            QApplication.sendEvent(widget, event)


def _search_and_pick(qtbot, desk: DeskWindow, text: str, code: str) -> None:
    picker = desk.form.picker
    qtbot.keyClicks(picker.search, text)
    qtbot.waitUntil(lambda: any(c.code == code for c in picker.choices), timeout=3000)
    while picker.current() is None or picker.current().code != code:
        qtbot.keyClick(picker.search, Qt.Key.Key_Down)
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)


# ---------------------------------------------------------------- login


def test_login_with_pin_pad_and_lockout_message(qtbot, desk: DeskWindow, services: Services, people) -> None:
    _log_in(qtbot, desk, pin="1111")
    assert desk.stack.currentIndex() == 0
    entry = desk.login.entry
    assert entry.notice.text() == "Mã PIN không đúng; còn 4 lần thử."
    assert entry.field.text() == ""
    for digit in PIN:
        qtbot.mouseClick(entry.keys[digit], Qt.MouseButton.LeftButton)
    qtbot.keyClick(entry.field, Qt.Key.Key_Return)  # the keyboard works as well as the pad
    assert desk.stack.currentIndex() == 1 and desk.staff is not None and desk.staff.name == "Lê Minh Tuấn"
    assert desk.form.helpers.values == [people["Lê Minh Tuấn"]]
    with services.sessions() as s:
        # (the office's setup audited its first administrator before: only the logins count here)
        actions = list(s.scalars(select(m.AuditEntry.action).where(m.AuditEntry.action.like("login%"))))
    assert actions == ["login_failed", "login"]
    qtbot.mouseClick(desk.logout_button, Qt.MouseButton.LeftButton)
    assert desk.stack.currentIndex() == 0 and desk.staff is None


# ---------------------------------------------------------------- record form


def test_typical_visit_with_the_keyboard_alone(qtbot, desk: DeskWindow, services: Services, people) -> None:
    """Search, Enter, type the dossier code, Alt+3 for 60+, Ctrl+Enter: about 40 key presses in all."""
    _log_in(qtbot, desk)
    form = desk.form
    assert form.picker.search.hasFocus()
    _search_and_pick(qtbot, desk, "khai sinh", "1.001193")
    editor = form.editors[0]
    assert editor.dossier is not None and editor.dossier.hasFocus()  # the one thing left to type
    qtbot.keyClicks(editor.dossier, "000.00.23.H19-241124-0031")
    qtbot.keyClick(editor.dossier, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(editor.dossier, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    (row,) = _records(services)
    assert row.age_band == "60_plus" and row.created_by_id == people["Lê Minh Tuấn"]
    assert [h.id for h in row.helpers] == [people["Lê Minh Tuấn"]]
    (item,) = row.items
    assert (item.kind, item.channel, item.portal, item.outcome) == ("procedure", "online", "dvcqg", "submitted")
    assert (item.online_level, item.dossier_code) == ("toan_trinh", "000.00.23.H19-241124-0031")
    assert "Đã lưu lượt hỗ trợ" in form.notice.text()
    assert form.editors == [] and form.age.value is None and form.picker.search.hasFocus()


def test_form_by_touch_with_consent_follow_up_and_remembered_village(
    qtbot, desk: DeskWindow, services: Services, people
) -> None:
    _log_in(qtbot, desk)
    form = desk.form
    _search_and_pick(qtbot, desk, "vneid muc 2", "vneid_l2_activate")
    _search_and_pick(qtbot, desk, "1.000656", "1.000656")
    proc = form.editors[1]
    qtbot.mouseClick(proc.outcome.buttons["not_submitted"], Qt.MouseButton.LeftButton)
    assert not proc.dossier.isVisibleTo(proc) and proc.reason.isVisibleTo(proc)
    proc.reason.setCurrentIndex(proc.reason.findData("forgot_password"))
    qtbot.mouseClick(form.age.buttons["18_59"], Qt.MouseButton.LeftButton)
    form.village.setCurrentIndex(form.village.findData("tay"))
    qtbot.mouseClick(form.helpers.buttons[people["Phạm Thị Hoa"]], Qt.MouseButton.LeftButton)
    assert not form.phone.isEnabled()  # no consent, no phone
    form.consent.click()
    _type(qtbot, form.name, unicodedata.normalize("NFD", "Nguyễn Văn An"))  # a decomposing IME
    qtbot.keyClicks(form.phone, "0912 345 678")
    form.follow.click()
    _type(qtbot, form.follow_reason, "Quay lại khi nhớ mật khẩu")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert "Đã lưu" in form.notice.text(), form.notice.text()
    (row,) = _records(services)
    assert (row.village_id is not None, row.age_band, row.citizen_phone) == (True, "18_59", "0912345678")
    assert row.citizen_name == "Nguyễn Văn An" and unicodedata.is_normalized("NFC", row.citizen_name)
    assert row.follow_up_reason == "Quay lại khi nhớ mật khẩu"
    assert row.consent_id is not None and row.follow_up_on == date(2026, 11, 27)
    assert sorted(h.id for h in row.helpers) == sorted([people["Lê Minh Tuấn"], people["Phạm Thị Hoa"]])
    task, proc_row = sorted(row.items, key=lambda i: i.id)
    assert (task.kind, task.outcome) == ("app_task", "done")
    assert (proc_row.outcome, proc_row.reason_code, proc_row.dossier_code) == ("not_submitted", "forgot_password", None)
    # The next citizen starts with the same village and helpers, and no personal data.
    assert form.village.currentData() == "tay" and len(form.helpers.values) == 2
    assert (form.name.text(), form.phone.text(), form.consent.isChecked()) == ("", "", False)
    # The day list shows the contact masked.
    desk.tabs.setCurrentWidget(desk.records)
    assert "N. V. An ******5678" in desk.records.table.item(0, 7).text()


def test_refusals_are_shown_and_nothing_is_saved(qtbot, desk: DeskWindow, services: Services) -> None:
    _log_in(qtbot, desk)
    form = desk.form
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert form.notice.text() == "Xin chọn ít nhất một việc đã hỗ trợ (thủ tục, ứng dụng hoặc kỹ năng)."
    _search_and_pick(qtbot, desk, "an toan", "kn4_an_toan")
    qtbot.mouseClick(form.age.buttons["60_plus"], Qt.MouseButton.LeftButton)
    form.note.setText("x" * 5000)
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert form.notice.text() == "Ghi chú quá dài (5000 ký tự); tối đa 1000 ký tự."
    assert _records(services) == [] and len(form.editors) == 1  # the form keeps what was typed


def test_edit_and_void_from_the_day_list(qtbot, desk: DeskWindow, services: Services) -> None:
    _log_in(qtbot, desk)
    _search_and_pick(qtbot, desk, "khai sinh", "1.001193")
    qtbot.mouseClick(desk.form.age.buttons["60_plus"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(desk.form.save_button, Qt.MouseButton.LeftButton)
    desk.tabs.setCurrentWidget(desk.records)
    assert desk.records.table.rowCount() == 1
    qtbot.mouseClick(desk.records.edit_button, Qt.MouseButton.LeftButton)
    assert desk.tabs.currentWidget() is desk.form and len(desk.form.editors) == 1
    qtbot.mouseClick(desk.form.age.buttons["18_59"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(desk.form.save_button, Qt.MouseButton.LeftButton)
    (row,) = _records(services)
    assert row.age_band == "18_59" and len(row.items) == 1
    desk.tabs.setCurrentWidget(desk.records)
    qtbot.mouseClick(desk.records.void_button, Qt.MouseButton.LeftButton)
    assert "lý do huỷ" in desk.records.notice.text()
    _type(qtbot, desk.records.void_reason, "Ghi nhầm")
    qtbot.mouseClick(desk.records.void_button, Qt.MouseButton.LeftButton)
    (row,) = _records(services)
    assert row.voided_at is not None and row.void_reason == "Ghi nhầm"
    assert "Đã huỷ" in desk.records.table.item(0, 8).text() and not desk.records.edit_button.isEnabled()
    with services.sessions() as s:
        actions = list(s.scalars(select(m.AuditEntry.action).where(m.AuditEntry.target == f"assist_record:{row.id}")))
    assert actions == ["assist_updated", "assist_voided"]


def test_follow_up_done_and_phone_reveal(qtbot, desk: DeskWindow, services: Services, people) -> None:
    from tests.assist_helpers import visit

    me = people["Lê Minh Tuấn"]
    services.assists.record(
        visit(me, follow_up_on=TODAY, follow_up_reason="Nhận kết quả", citizen_phone="0987654321", consent=True), me
    )
    _log_in(qtbot, desk)
    assert desk.tabs.tabText(2) == "Hẹn lại (1)"
    desk.tabs.setCurrentWidget(desk.follow_ups)
    panel = desk.follow_ups
    assert panel.table.rowCount() == 1 and "******4321" in panel.table.item(0, 5).text()
    qtbot.mouseClick(panel.reveal_button, Qt.MouseButton.LeftButton)
    assert panel.contact.text() == "0987654321"
    qtbot.mouseClick(panel.done_button, Qt.MouseButton.LeftButton)
    assert panel.table.rowCount() == 0 and desk.tabs.tabText(2) == "Hẹn lại"
    with services.sessions() as s:
        assert s.scalar(select(m.AssistRecord.follow_up_done_at)) is not None
        assert s.scalar(select(m.AuditEntry).where(m.AuditEntry.action == "personal_data_viewed")) is not None


def test_favourite_pinned_from_the_picker(qtbot, desk: DeskWindow, services: Services, people) -> None:
    _log_in(qtbot, desk)
    picker = desk.form.picker
    qtbot.keyClicks(picker.search, "vssid")
    qtbot.waitUntil(lambda: bool(picker.choices), timeout=3000)
    qtbot.keyClick(picker.search, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    with services.sessions() as s:
        assert s.scalar(select(m.StaffFavourite.code)) == "vssid"
    picker.search.clear()
    qtbot.waitUntil(lambda: bool(picker.choices) and picker.choices[0].favourite, timeout=3000)
    assert picker.results.item(0).text().startswith("★ ")


# ---------------------------------------------------------------- group sessions, duty days, queue hook


def test_group_session_form(qtbot, desk: DeskWindow, services: Services) -> None:
    _log_in(qtbot, desk)
    panel = desk.groups
    desk.tabs.setCurrentWidget(panel)
    panel.topic.setCurrentIndex(panel.topic.findData("kn4_an_toan"))
    panel.village.setCurrentIndex(panel.village.findData("dong"))
    panel.attendance.selectAll()
    qtbot.keyClicks(panel.attendance, "35")
    panel.leaflets.selectAll()
    qtbot.keyClicks(panel.leaflets, "60")
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert "35 người dự" in panel.notice.text(), panel.notice.text()
    with services.sessions() as s:
        row = s.scalar(select(m.GroupSession))
        assert (row.attendance, row.leaflets, row.business_date) == (35, 60, TODAY)
    assert panel.table.rowCount() == 1 and "1 buổi, 35 người dự, 60 tờ rơi" in panel.totals.text()


def test_duty_check_in_once(qtbot, desk: DeskWindow, services: Services, people) -> None:
    _log_in(qtbot, desk)
    panel = desk.duty
    desk.tabs.setCurrentWidget(panel)
    qtbot.mouseClick(panel.check_in_button, Qt.MouseButton.LeftButton)
    assert "Đã điểm danh" in panel.notice.text()
    qtbot.mouseClick(panel.check_in_button, Qt.MouseButton.LeftButton)
    assert "đã điểm danh trực" in panel.notice.text()
    with services.sessions() as s:
        assert len(s.scalars(select(m.DutyDay)).all()) == 1
    mine = next(r for r in range(panel.table.rowCount()) if panel.table.item(r, 0).text() == "Lê Minh Tuấn")
    assert panel.table.item(mine, 1).text() == "1" and panel.table.item(mine, 2).text() == "24"
    qtbot.mouseClick(panel.check_out_button, Qt.MouseButton.LeftButton)
    with services.sessions() as s:
        assert s.scalar(select(m.DutyDay.checked_out_at)) is not None


def test_duty_tab_shows_the_allowance_under_the_caps(qtbot, desk: DeskWindow, services: Services, people) -> None:
    services.settings.set("duty.allowance_per_day_vnd", 50_000)
    services.settings.set("duty.cap_team_year_vnd", 120_000)
    with services.sessions.begin() as s:
        for name, days in (("Lê Minh Tuấn", (2, 3, 4)), ("Phạm Thị Hoa", (2,))):
            for day in days:
                s.add(
                    m.DutyDay(
                        staff_id=people[name],
                        point_id=s.scalar(select(m.Point.id).limit(1)),
                        business_date=date(2026, 11, day),
                        checked_in_at=services.clock.now(),
                    )
                )
    _log_in(qtbot, desk)
    panel = desk.duty
    desk.tabs.setCurrentWidget(panel)
    rows = {panel.table.item(r, 0).text(): r for r in range(panel.table.rowCount())}
    tuan, hoa = rows["Lê Minh Tuấn"], rows["Phạm Thị Hoa"]
    cells = [panel.table.item(tuan, c).text() for c in range(6)]
    assert cells[:5] == ["Lê Minh Tuấn", "3", "2, 3, 4", "150.000 đ", "90.000 đ"]  # 120,000 shared 150:50
    assert "Tổ chạm mức tối đa 120.000 đ/năm" in cells[5]
    assert panel.table.item(hoa, 4).text() == "30.000 đ"
    assert not panel.table.isColumnHidden(4)
    team = panel.team_label.text()
    assert "thành tiền 200.000 đ, được chi 120.000 đ" in team and "còn 0 đ" in team


def test_queue_panel_slot_and_ticket_hand_over(qtbot, desk: DeskWindow, services: Services) -> None:
    from tests.assist_helpers import add_ticket

    add_ticket(services, "H007", TODAY)
    _log_in(qtbot, desk)
    assert desk.minimumSizeHint().height() <= 768 and desk.minimumSizeHint().width() <= 1366
    desk.set_queue_panel(QLabel("queue"))
    assert desk.splitter.count() == 2 and desk.splitter.widget(1) is desk.tabs
    assert desk.minimumSizeHint().width() <= 1366  # a 360 px queue panel still fits a small laptop
    desk.tabs.setCurrentWidget(desk.duty)
    desk.record_for_ticket("H007")
    assert desk.tabs.currentWidget() is desk.form and desk.form.ticket.text() == "H007"
    _search_and_pick(qtbot, desk, "vssid", "vssid")
    qtbot.keyClick(desk.form.picker.search, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(desk.form.picker.search, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    (row,) = _records(services)
    assert row.ticket_id is not None and row.age_band == "under_18"
