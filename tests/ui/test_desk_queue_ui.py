"""The desk's queue panel as an officer uses it: log in, choose the desk, tap or press keys; assert the database.

Tickets are issued through services.queue.issue, as the kiosk does. Service work runs inline (worker.run_inline),
and the panel's 500 ms feed poll runs whenever the test waits, as it would on screen.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from kiosk.app import Services
from kiosk.clock import FixedClock
from kiosk.db import models as m
from kiosk.services.access.auth import hash_pin
from kiosk.services.printing.service import PrinterError, PrintOutcome, PrintRequest
from kiosk.ui import worker
from kiosk.ui.desk.queue_panel import COUNTER_KEY, SETTINGS_FILE, QueuePanel
from kiosk.ui.desk.style import QUEUE_BUTTON_MIN
from kiosk.ui.desk.window import DeskWindow, open_desk

PIN = "2468"
LEFT = Qt.MouseButton.LeftButton
CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture(autouse=True)
def _inline_tasks() -> Iterator[None]:
    worker.run_inline(True)
    yield
    worker.run_inline(False)


@pytest.fixture
def officer(services: Services) -> int:
    with services.sessions.begin() as s:
        row = m.Staff(name="Nguyễn Thị Lan", role="officer", pin_hash=hash_pin(PIN), created_at=services.clock.now())
        s.add(row)
        s.flush()
        return row.id


@pytest.fixture
def open_window(qtbot, services: Services, officer: int) -> Callable[..., DeskWindow]:
    from kiosk.ui.app import make_application

    make_application()

    def build(counter: int | None = 1, *, log_in: bool = True) -> DeskWindow:
        window = open_desk(services, counter=counter)
        assert isinstance(window, DeskWindow)
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow, timeout=3000)  # window shortcuts need the active window
        if log_in:
            _log_in(qtbot, window)
        return window

    return build


def _log_in(qtbot, window: DeskWindow) -> None:
    button = next(iter(window.login.entry.name_buttons.values()))
    qtbot.mouseClick(button, LEFT)
    for digit in PIN:
        qtbot.mouseClick(window.login.entry.keys[digit], LEFT)
    qtbot.mouseClick(window.login.entry.keys["enter"], LEFT)
    assert window.stack.currentIndex() == 1


def _panel(window: DeskWindow) -> QueuePanel:
    return window.queue_panel  # type: ignore[attr-defined]


def _ticket(services: Services, code: str) -> m.Ticket:
    with services.sessions() as s:
        row = s.scalar(select(m.Ticket).where(m.Ticket.code == code))
        assert row is not None
        s.expunge(row)
        return row


def _counter_id(services: Services, number: int) -> int:
    with services.sessions() as s:
        return s.scalar(select(m.Counter.id).where(m.Counter.number == number))


def _kinds(services: Services, after: int = 0) -> list[str]:
    return [e.kind for e in services.events.since(after)]


def _tap(qtbot, panel: QueuePanel, action: str) -> None:
    button = panel.actions.buttons[action]
    assert button.isEnabled(), f"{action} is disabled"
    qtbot.mouseClick(button, LEFT)


# ---------------------------------------------------------------- the desk for the day


def test_choose_the_desk_after_login_and_the_machine_remembers_it(open_window, services: Services) -> None:
    window = open_window(counter=None)
    panel = _panel(window)
    assert panel.pages.currentIndex() == 0 and sorted(panel.chooser.buttons) == [1, 2, 3, 4, 5]
    assert panel.chooser.buttons[2].text().startswith("Quầy 2 – Tư pháp, Văn hóa – Xã hội\nA, D, F")
    panel.chooser.buttons[2].click()
    assert panel.pages.currentIndex() == 1 and panel.title.text() == "Quầy 2 – Tư pháp, Văn hóa – Xã hội"
    stored = QSettings(str(services.config.data_dir / SETTINGS_FILE), QSettings.Format.IniFormat)
    assert int(stored.value(COUNTER_KEY)) == 2
    window.close()

    again = _panel(open_window(counter=None))  # the same PC the next morning
    assert again.pages.currentIndex() == 1 and again.counter_number == 2
    given = _panel(open_window(counter=4))  # `kiosk run --role desk --counter 4` wins over the remembered desk
    assert given.counter_number == 4 and given.title.text().startswith("Quầy 4")
    wrong = _panel(open_window(counter=9))
    assert wrong.pages.currentIndex() == 0 and wrong.chooser_notice.text() == "Không có quầy số 9; hãy chọn quầy."


def test_the_panel_fits_a_small_laptop_beside_the_form(open_window) -> None:
    window = open_window()
    QApplication.processEvents()
    panel = _panel(window)
    assert window.width() == 1366 and window.minimumSizeHint().width() <= 1366
    assert window.minimumSizeHint().height() <= 768
    buttons = [*panel.actions.buttons.values(), panel.toggle_button, panel.change_button, panel.lists.return_button]
    assert all(b.height() >= QUEUE_BUTTON_MIN for b in buttons if b.isVisible())
    person = window.form.layout().itemAt(1).widget()  # the person column is not cut off on the right
    assert person.width() >= person.widget().minimumSizeHint().width()
    assert person.geometry().right() <= window.form.width()


def test_while_a_record_is_typed_the_panel_becomes_a_rail_and_nothing_is_cut_off(
    qtbot, open_window, services: Services
) -> None:
    services.queue.issue("A")
    window = open_window()
    panel = _panel(window)
    _tap(qtbot, panel, "next")
    assert not panel.compact and panel.lists.isVisible()
    procedure = next(c for c in services.assists.search_items("khai sinh") if c.code == "1.001193")
    editor = window.form.add_item(procedure)
    QApplication.processEvents()
    assert panel.compact and panel.width() <= 220 and not panel.lists.isVisible()
    assert window.width() == 1366
    assert editor.width() >= editor.minimumSizeHint().width()  # the item's choices are all on screen:
    holder = window.form.items_holder
    assert holder.width() <= holder.parentWidget().width()  # not wider than the scroll area's viewport
    assert all(b.isVisible() and b.height() >= QUEUE_BUTTON_MIN for b in panel.actions.buttons.values())
    assert panel.summary.text() == "Chờ 0 · Gác 0 · Vắng 0" and panel.state.text() == "Quầy 1 · ● Đang mở"
    _tap(qtbot, panel, "finish")  # the rail's buttons work as before
    qtbot.keyClick(window.form.picker.search, Qt.Key.Key_N, CTRL)  # the form is cleared: the lists come back
    QApplication.processEvents()
    assert not panel.compact and panel.lists.isVisible() and panel.width() >= 360


# ---------------------------------------------------------------- calling and serving


def test_call_next_shows_the_ticket_and_serves_it_at_this_desk(qtbot, open_window, services: Services) -> None:
    normal = services.queue.issue("A")
    services.queue.issue("H")  # another desk's service: not in this desk's list
    window = open_window()
    panel = _panel(window)
    elder = services.queue.issue("B", "nguoi_cao_tuoi")  # issued while the desk is open: the feed brings it
    qtbot.waitUntil(lambda: elder.code in panel.lists.waiting.codes(), timeout=3000)
    assert panel.lists.waiting.codes() == [normal.code, elder.code]
    assert panel.lists.tabText(0) == "Đang chờ (2)"
    assert not panel.actions.buttons["finish"].isEnabled()  # nobody at the desk yet

    _tap(qtbot, panel, "next")
    assert panel.card.code.text() == elder.code  # priority first
    assert panel.card.priority.text() == "★ Người cao tuổi" and panel.card.service.text() == "B · Chứng thực"
    assert panel.notice.text() == f"Đã mời số {elder.code} đến quầy 1."
    row = _ticket(services, elder.code)
    assert (row.status, row.counter_id) == ("serving", _counter_id(services, 1))
    assert row.served_by_id == window.staff.id  # the tally counts tickets per officer
    assert panel.lists.waiting.codes() == [normal.code]

    services.clock.advance(minutes=3, seconds=25)
    qtbot.waitUntil(lambda: "Đang phục vụ 03:25" in panel.card.times.text(), timeout=3000)  # the card's next tick


def test_recall_skip_and_the_citizen_who_came_back(qtbot, open_window, services: Services) -> None:
    first = services.queue.issue("A")
    second = services.queue.issue("A")
    panel = _panel(open_window())
    _tap(qtbot, panel, "next")
    mark = services.events.latest_id()
    _tap(qtbot, panel, "recall")
    (event,) = services.events.since(mark)
    assert (event.kind, event.payload["code"], event.payload["counter"]) == ("ticket_recalled", first.code, 1)
    assert event.payload["call_count"] == 2 and panel.notice.text() == f"Đã gọi lại số {first.code}."

    _tap(qtbot, panel, "skip")
    assert _ticket(services, first.code).status == "skipped" and panel.card.code.text() == "—"
    assert panel.lists.skipped.codes() == [first.code] and panel.lists.tabText(2) == "Vắng mặt (1)"
    panel.lists.setCurrentIndex(2)
    qtbot.mouseClick(panel.lists.return_button, LEFT)
    row = _ticket(services, first.code)
    assert (row.status, row.front_of_queue, row.returned_after_skip) == ("waiting", True, True)
    assert panel.lists.waiting.codes() == [first.code, second.code]
    assert "↩ quay lại" in panel.lists.waiting.item(1).text()
    _tap(qtbot, panel, "next")
    assert panel.card.code.text() == first.code


def test_park_and_call_the_parked_citizen_back(qtbot, open_window, services: Services) -> None:
    first = services.queue.issue("A")
    second = services.queue.issue("G")
    panel = _panel(open_window())
    _tap(qtbot, panel, "next")
    _tap(qtbot, panel, "park")
    assert _ticket(services, first.code).status == "parked"
    assert panel.lists.parked.codes() == [first.code] and panel.lists.tabText(1) == "Đã gác (1)"
    _tap(qtbot, panel, "next")
    assert panel.card.code.text() == second.code
    mark = services.events.latest_id()
    _tap(qtbot, panel, "call_parked")  # the parked one is chosen in its list; the one at the desk is finished
    assert panel.card.code.text() == first.code and panel.lists.parked.codes() == []
    assert panel.notice.text() == f"Đã gọi lại số đã gác {first.code}."
    assert _ticket(services, second.code).status == "finished" and _ticket(services, first.code).status == "serving"
    called = [e for e in services.events.since(mark) if e.kind == "ticket_called"]
    assert [(e.payload["code"], e.payload["resumed"]) for e in called] == [(first.code, True)]
    assert window_form_ticket(panel) == second.code  # the auto-finished citizen goes to the record form


def window_form_ticket(panel: QueuePanel) -> str:
    window = panel.window()
    assert isinstance(window, DeskWindow)
    return window.form.ticket.text()


def test_transfer_to_another_service_and_a_refusal_in_the_dialog(qtbot, open_window, services: Services) -> None:
    ticket = services.queue.issue("A")
    panel = _panel(open_window())
    _tap(qtbot, panel, "next")
    _tap(qtbot, panel, "transfer")
    dialog = panel.transfer_dialog
    assert dialog is not None and dialog.isVisible()
    assert "A" not in dialog.service_buttons and 1 not in dialog.counter_buttons  # not where it already is
    assert dialog.service_buttons["H"].text() == "H · Hỗ trợ DVC trực tuyến && kỹ năng số"  # shown as one "&"
    qtbot.mouseClick(dialog.counter_buttons[3], LEFT)  # desk 3 (police) does not serve civil status
    qtbot.mouseClick(dialog.ok_button, LEFT)
    assert dialog.notice.text() == "Quầy số 3 không phục vụ lĩnh vực A – Tư pháp – Hộ tịch."
    assert dialog.isVisible() and _ticket(services, ticket.code).status == "serving"

    qtbot.mouseClick(dialog.counter_buttons[None], LEFT)
    qtbot.mouseClick(dialog.service_buttons["B"], LEFT)
    qtbot.mouseClick(dialog.ok_button, LEFT)
    assert not dialog.isVisible() and panel.transfer_dialog is None
    row = _ticket(services, ticket.code)
    with services.sessions() as s:
        prefix = s.scalar(select(m.QueueService.prefix).where(m.QueueService.id == row.service_id))
    assert (row.status, prefix, row.code) == ("waiting", "B", ticket.code)
    assert panel.card.code.text() == "—"
    assert panel.notice.text() == f"Đã chuyển số {ticket.code} sang lĩnh vực B · Chứng thực."
    assert ticket.code in panel.lists.waiting.codes()  # desk 1 serves B too


def test_finish_hands_the_ticket_to_the_record_form_and_the_record_links_it(
    qtbot, open_window, services: Services
) -> None:
    ticket = services.queue.issue("A")
    window = open_window()
    panel = _panel(window)
    _tap(qtbot, panel, "next")
    window.tabs.setCurrentWidget(window.duty)
    _tap(qtbot, panel, "finish")
    assert _ticket(services, ticket.code).status == "finished"
    assert window.tabs.currentWidget() is window.form and window.form.ticket.text() == ticket.code
    picker = window.form.picker
    qtbot.keyClicks(picker.search, "khai sinh")
    qtbot.waitUntil(lambda: any(c.code == "1.001193" for c in picker.choices), timeout=3000)
    window.form.add_item(next(c for c in picker.choices if c.code == "1.001193"))
    qtbot.mouseClick(window.form.age.buttons["60_plus"], LEFT)
    qtbot.mouseClick(window.form.save_button, LEFT)
    assert "Đã lưu" in window.form.notice.text(), window.form.notice.text()
    ticket_id = _ticket(services, ticket.code).id
    with services.sessions() as s:
        (record,) = s.scalars(select(m.AssistRecord)).all()
        assert record.ticket_id == ticket_id


def test_record_button_then_finish_does_not_offer_the_ticket_twice(qtbot, open_window, services: Services) -> None:
    ticket = services.queue.issue("A")
    window = open_window()
    panel = _panel(window)
    _tap(qtbot, panel, "next")
    _tap(qtbot, panel, "record")
    assert window.form.ticket.text() == ticket.code
    window.form.add_item(next(c for c in services.assists.search_items("vssid") if c.code == "vssid"))
    qtbot.mouseClick(window.form.age.buttons["18_59"], LEFT)
    qtbot.mouseClick(window.form.save_button, LEFT)
    assert window.form.ticket.text() == ""  # saved: the form is ready for the next citizen
    _tap(qtbot, panel, "finish")
    assert window.form.ticket.text() == ""  # already recorded: a walk-in next is not linked to it


def test_every_action_by_keyboard_from_the_search_field(qtbot, open_window, services: Services) -> None:
    first = services.queue.issue("A")
    services.queue.issue("B")
    window = open_window()
    panel = _panel(window)
    search = window.form.picker.search
    assert search.hasFocus()

    def press(key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        qtbot.keyClick(search, key, modifiers)

    press(Qt.Key.Key_F10)
    assert _ticket(services, first.code).status == "serving"
    mark = services.events.latest_id()
    press(Qt.Key.Key_F11)
    assert _kinds(services, mark) == ["ticket_recalled"]
    press(Qt.Key.Key_G, CTRL)
    assert _ticket(services, first.code).status == "parked"
    press(Qt.Key.Key_G, CTRL_SHIFT)
    assert _ticket(services, first.code).status == "serving"
    press(Qt.Key.Key_B, CTRL)
    assert _ticket(services, first.code).status == "skipped"
    press(Qt.Key.Key_B, CTRL_SHIFT)
    assert _ticket(services, first.code).front_of_queue
    press(Qt.Key.Key_F10)
    assert panel.card.code.text() == first.code
    press(Qt.Key.Key_T, CTRL)
    assert panel.transfer_dialog is not None and panel.transfer_dialog.isVisible()
    panel.transfer_dialog.reject()
    press(Qt.Key.Key_R, CTRL)
    assert window.form.ticket.text() == first.code
    window.form.reset()
    press(Qt.Key.Key_F12)
    assert _ticket(services, first.code).status == "finished" and window.form.ticket.text() == first.code
    press(Qt.Key.Key_P, CTRL_SHIFT)
    assert services.queue.counter(1).state == "paused" and panel.state.text() == "● Tạm nghỉ"
    assert not panel.actions.buttons["next"].isEnabled()
    press(Qt.Key.Key_F10)  # a paused desk calls nobody
    assert services.queue.counter(1).serving is None
    press(Qt.Key.Key_P, CTRL_SHIFT)
    assert services.queue.counter(1).state == "open"
    press(Qt.Key.Key_F4)
    assert window.tabs.currentWidget() is window.print_jobs  # type: ignore[attr-defined]


def test_other_desks_changes_arrive_through_the_feed(qtbot, open_window, services: Services) -> None:
    panel = _panel(open_window())
    ticket = services.queue.issue("A")
    qtbot.waitUntil(lambda: panel.lists.waiting.codes() == [ticket.code], timeout=3000)
    services.queue.call_next(2)  # desk 2 also serves A
    qtbot.waitUntil(lambda: panel.lists.waiting.codes() == [], timeout=3000)
    services.queue.pause_counter(1)  # from another window at this desk
    qtbot.waitUntil(lambda: panel.state.text() == "● Tạm nghỉ", timeout=3000)
    assert panel.toggle_button.text().startswith("Mở quầy")


def test_a_refusal_is_shown_as_the_service_sentence(qtbot, open_window, services: Services) -> None:
    services.queue.issue("A")
    panel = _panel(open_window())
    _tap(qtbot, panel, "next")
    services.queue.finish(1)  # finished from another window before this panel heard of it
    _tap(qtbot, panel, "finish")
    assert panel.notice.text() == "Quầy số 1 chưa có số nào đang phục vụ để kết thúc."
    assert panel.card.code.text() == "—" and not panel.actions.buttons["finish"].isEnabled()


# ---------------------------------------------------------------- printer jobs


class FlakyPrinter:
    """A printer from the printing service's protocol: out of paper once, then fine."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.calls: list[str] = []

    def print_pdf(self, request: PrintRequest) -> PrintOutcome:
        self.calls.append(request.title)
        if len(self.calls) == 1:
            raise PrinterError(f"Máy in '{self.name}' hết giấy; xin thay cuộn giấy rồi in lại.")
        return PrintOutcome(paper_confirmed=True, detail="job-7")


class FakeBackend:
    def __init__(self, printer: FlakyPrinter) -> None:
        self._printer = printer

    def printer_names(self) -> list[str]:
        return [self._printer.name]

    def printer(self, name: str) -> FlakyPrinter:
        assert name == self._printer.name
        return self._printer


def test_failed_ticket_print_shows_at_the_desk_and_prints_again(
    qtbot, open_window, services: Services, clock: FixedClock
) -> None:
    printer = FlakyPrinter("XP-80C")
    services.printing.attach(FakeBackend(printer))
    services.settings.set("print.ticket_printer", "XP-80C")
    ticket = services.queue.issue("A")
    failed = services.printing.print_document(services.handouts.ticket_by_code(ticket.code))  # as the kiosk does
    assert failed.status == "failed"
    stray = services.printing.print_document(services.handouts.apps(), printer_name="không-có")
    window = open_window()
    panel = _panel(window)
    jobs = window.print_jobs  # type: ignore[attr-defined]
    assert panel.printer_button.isVisible() and "2 lệnh in lỗi" in panel.printer_button.text()
    assert window.tabs.tabText(window.tabs.indexOf(jobs)) == "Máy in (2)"
    qtbot.mouseClick(panel.printer_button, LEFT)
    assert window.tabs.currentWidget() is jobs and jobs.table.rowCount() == 2
    row = next(r for r in range(2) if jobs.jobs[r].id == failed.id)
    assert jobs.table.item(row, 0).text() == "09:00" and jobs.table.item(row, 3).text() == "Chưa in được"
    assert jobs.table.item(row, 4).text() == "Máy in 'XP-80C' hết giấy; xin thay cuộn giấy rồi in lại."
    jobs.table.selectRow(row)
    qtbot.mouseClick(jobs.retry_button, LEFT)
    assert services.printing.job(failed.id).status == "printed" and len(printer.calls) == 2
    assert jobs.notice.text().startswith("Đã in lại:") and [j.id for j in jobs.jobs] == [stray.id]
    qtbot.mouseClick(jobs.cancel_button, LEFT)
    assert services.printing.job(stray.id).status == "cancelled" and jobs.table.rowCount() == 0
    assert not panel.printer_button.isVisible() and window.tabs.tabText(window.tabs.indexOf(jobs)) == "Máy in"


# ---------------------------------------------------------------- screenshots


def test_screenshot_builder_plays_a_busy_morning_at_counter_1(
    qtbot, fresh_services: Services, clock: FixedClock
) -> None:
    """Drawn as `kiosk screenshot` draws it: sample data on a database nobody set up (demo accounts included)."""
    services = fresh_services
    from kiosk.services.demo import DemoGenerator
    from kiosk.ui.app import make_application
    from kiosk.ui.screens import available_screens

    make_application()
    moment = clock.advance(minutes=40)  # the screenshot moment: Tuesday 09:40
    DemoGenerator(services.sessions, clock).generate(2, 1)
    window = available_screens()["desk-queue"](services)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    assert window.grab().width() == 1366
    assert isinstance(window, DeskWindow) and window.staff is not None and window.staff.role == "officer"
    panel = _panel(window)
    assert panel.counter_number == 1 and panel.card.code.text() != "—"
    assert "Đang phục vụ 06:00" in panel.card.times.text() and len(panel.lists.waiting.codes()) >= 5
    assert len(panel.lists.parked.codes()) == 1 and len(panel.lists.skipped.codes()) >= 1
    assert panel.printer_button.isVisible() and clock.now() == moment  # the builder puts the clock back
