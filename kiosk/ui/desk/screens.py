"""Desk screens for `kiosk screenshot`: drawn over the demo data, logged in as a demo officer at counter 1.

Over the demo database (a FixedClock at Tue 09:40) the builders first play a busy half hour at counter 1 through
the queue engine, as the kiosk and the desk would: tickets issued, called, parked, skipped, finished. With
`--use-db` (the real clock) nothing is written: the screens show the configured database as it is.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from PySide6.QtWidgets import QWidget

from kiosk.app import Services
from kiosk.clock import FixedClock
from kiosk.services.demo import DEMO_PIN
from kiosk.ui.desk.window import DeskWindow, open_desk

COUNTER = 1
# (minutes before the screenshot moment, what happens): issue SERVICE[/PRIORITY], or a desk command.
MORNING = (
    (31, "A"),
    (29, "B"),
    (27, "A/nguoi_cao_tuoi"),
    (24, "G"),
    (22, "A"),
    (20, "call"),  # the elderly citizen first
    (18, "A"),
    (16, "park"),  # ... who goes to fill in a form
    (15, "call"),
    (14, "skip"),  # the 09:09 ticket did not come
    (13, "call"),
    (11, "B"),
    (9, "A/phu_nu_mang_thai"),
    (7, "finish"),
    (6, "call"),
    (5, "G"),
    (3, "A"),
    (2, "B"),
)


def _busy_morning(services: Services, *, failed_print: bool = False) -> None:
    clock = services.clock
    if not isinstance(clock, FixedClock):
        return  # never write into a real database (--use-db)
    moment = clock.now()
    q = services.queue
    last = None
    try:
        for minutes, step in MORNING:
            clock.set(moment - timedelta(minutes=minutes))
            if step == "call":
                q.call_next(COUNTER)
            elif step == "park":
                q.park(COUNTER)
            elif step == "skip":
                q.skip(COUNTER)
            elif step == "finish":
                q.finish(COUNTER)
            else:
                service, _, group = step.partition("/")
                last = q.issue(service, group or None)
        if failed_print and last is not None:
            # The ticket printer is named but not reachable from this machine: the job fails and waits at the desk.
            doc = services.handouts.ticket_by_code(last.code)
            services.printing.print_document(doc, printer_name="XP-80C")
    finally:
        clock.set(moment)


def _logged_in(services: Services, name: str = "Nguyễn Thị Lan", *, failed_print: bool = False) -> DeskWindow:
    _busy_morning(services, failed_print=failed_print)
    window = open_desk(services, counter=COUNTER)
    assert isinstance(window, DeskWindow)
    staff = next(s for s in services.auth.list_staff() if s.name == name)
    window.login.entry.choose(staff)
    window.login.entry.field.setText(DEMO_PIN)
    window.login.entry.submit()  # screenshots run tasks inline: logged in on return
    return window


def _desk(services: Services) -> QWidget:
    return _logged_in(services)


def _queue(services: Services) -> QWidget:
    """The queue side at work: a parked citizen chosen for calling back, a print job that failed."""
    window = _logged_in(services, failed_print=True)
    panel = window.queue_panel  # type: ignore[attr-defined]
    panel.lists.setCurrentIndex(1)
    return window


def _printing(services: Services) -> QWidget:
    window = _logged_in(services, failed_print=True)
    window.tabs.setCurrentWidget(window.print_jobs)  # type: ignore[attr-defined]
    return window


def _record(services: Services) -> QWidget:
    """A typical visit half-way through: a birth registration submitted online, a VNeID activation."""
    window = _logged_in(services)
    form = window.form
    procedure = next(c for c in services.assists.search_items("khai sinh") if c.code == "1.001193")
    editor = form.add_item(procedure)
    assert editor.dossier is not None and editor.vneid is not None
    editor.dossier.setText("000.00.23.H19-261124-0031")
    editor.vneid.setChecked(True)
    task = next(c for c in services.assists.search_items("vneid muc 2") if c.kind == "app_task")
    form.add_item(task)
    form.picker.search.setText("vneid")
    form.picker.refresh()
    form.age.set_value("60_plus")
    form.follow.setChecked(True)
    form.follow_reason.setText("Nhận kết quả khai sinh")
    return window


def _tab(index: int):
    def build(services: Services) -> QWidget:
        window = _logged_in(services)
        window.tabs.setCurrentIndex(index)
        return window

    return build


def _login(services: Services) -> QWidget:
    return DeskWindow(services)


SCREENS: dict[str, Callable[[Services], QWidget]] = {
    "desk": _desk,
    "desk-queue": _queue,
    "desk-print": _printing,
    "desk-record": _record,
    "desk-login": _login,
    "desk-records": _tab(1),
    "desk-follow-ups": _tab(2),
    "desk-groups": _tab(3),
    "desk-duty": _tab(4),
}
