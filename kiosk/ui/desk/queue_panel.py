"""The queue side of the desk, on the left of the record form: choose the desk, call, recall, skip, park, transfer,
finish, and see who waits.

It follows the change feed (`services.events.since(last_id)` every 500 ms) and reads `queue.status()` only when
something happened, so another desk's call or a ticket issued at the kiosk shows here within half a second.
Every call goes through `run_task`; while one runs the buttons are off, so a double tap cannot call two citizens.
The citizen's ticket goes to the record form when the officer taps "Ghi nhận" and when the ticket is finished
(unless a record with that ticket was already saved in this session).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QScrollArea, QStackedWidget, QVBoxLayout, QWidget

from kiosk.app import Services
from kiosk.errors import KioskError
from kiosk.services.queue.views import CallResult, CounterInfo, QueueItem, QueueStatus, TicketInfo
from kiosk.ui.desk.queue_actions import TOGGLE_KEY, ActionBar, bind_key, touch
from kiosk.ui.desk.queue_card import CounterChooser, TicketCard
from kiosk.ui.desk.queue_lists import QueueLists
from kiosk.ui.desk.style import QUEUE_STYLE
from kiosk.ui.desk.transfer_dialog import TransferDialog
from kiosk.ui.names import counter_state_name
from kiosk.ui.theme import OK, PRIORITY, WARN
from kiosk.ui.widgets.notice import Notice
from kiosk.ui.worker import run_task

POLL_MS = 500
PANEL_WIDTH = 380
FULL_MIN_WIDTH = 360
# The rail while the record form needs the room (1366 px screens): two columns of buttons, no lists.
COMPACT_WIDTH = 210
QWIDGETSIZE_MAX = 16777215
PRINT_TAB_KEY = "F4"
SETTINGS_FILE = "desk.ini"  # per machine, in the data folder: the desk this PC stands at
COUNTER_KEY = "queue/counter"
STATE_COLOURS = {"open": OK, "paused": WARN, "closed": PRIORITY}


class QueuePanel(QWidget):
    record_requested = Signal(str)
    printing_requested = Signal()

    def __init__(self, services: Services, counter: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        # Who is logged in at the desk (set by the window): the tickets called here record who served them.
        self.staff_id: Callable[[], int | None] = lambda: None
        self._preselect = counter
        self._machine = QSettings(str(services.config.data_dir / SETTINGS_FILE), QSettings.Format.IniFormat)
        self.counter_number: int | None = None
        self.counter_info: CounterInfo | None = None
        self.status: QueueStatus | None = None
        self.current: QueueItem | None = None
        self.transfer_dialog: TransferDialog | None = None
        self._service_names: list[tuple[str, str]] = []
        self._recorded: set[str] = set()
        self._last_event = 0
        self._polling = False
        self._feed_lost = False
        self._acting = False
        self._requested = 0  # status reads are numbered so a slow, older one never overwrites a newer one
        self._shown = 0
        self._minute: int | None = None
        self.compact = False
        self._print_counts = (0, 0)
        self.setStyleSheet(QUEUE_STYLE)
        self.setMinimumWidth(FULL_MIN_WIDTH)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 4, 0)
        self.pages = QStackedWidget()
        layout.addWidget(self.pages)
        self.chooser = CounterChooser()
        self.chooser.chosen.connect(self.choose_counter)
        self.chooser_notice = Notice()
        self.chooser.layout().insertWidget(2, self.chooser_notice)
        self.pages.addWidget(self.chooser)
        self.pages.addWidget(self._build_work())
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self._tick)

    def _build_work(self) -> QWidget:
        page = QWidget()
        # A safety net, not the plan: on a screen lower than 768 px (or with a long message) the panel scrolls
        # instead of pushing the window taller than the screen.
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(page)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(6)
        self.title = QLabel()
        self.title.setProperty("heading", True)
        self.title.setWordWrap(True)
        layout.addWidget(self.title)
        row = QHBoxLayout()
        self.state = QLabel()
        self.state.setStyleSheet("font-weight: bold;")
        row.addWidget(self.state, 1)
        self.toggle_button = touch(QPushButton())
        self.toggle_button.setProperty("secondary", True)
        self.toggle_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.toggle_button.clicked.connect(lambda: self.act("toggle"))
        self.toggle_key = bind_key(page, TOGGLE_KEY, self.toggle_button)  # not while choosing a desk
        row.addWidget(self.toggle_button)
        self.change_button = touch(QPushButton(self.tr("Đổi quầy")))
        self.change_button.setProperty("secondary", True)
        self.change_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.change_button.clicked.connect(self.show_chooser)
        row.addWidget(self.change_button)
        layout.addLayout(row)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.hide()
        layout.addWidget(self.summary)
        self.card = TicketCard()
        layout.addWidget(self.card)
        self.notice = Notice()
        layout.addWidget(self.notice)
        self.actions = ActionBar()
        self.actions.triggered.connect(self.act)
        layout.addWidget(self.actions)
        self.lists = QueueLists()
        self.lists.parked_activated.connect(lambda code: self.act("call_parked", code))
        self.lists.return_requested.connect(lambda code: self.act("return", code))
        self.lists.parked.itemSelectionChanged.connect(self._sync)
        layout.addWidget(self.lists, 1)
        self.printer_button = touch(QPushButton())
        self.printer_button.setProperty("secondary", True)
        self.printer_button.setStyleSheet(f"color: {PRIORITY}; border-color: {PRIORITY};")
        self.printer_button.clicked.connect(self.printing_requested.emit)
        self.printer_button.hide()
        layout.addWidget(self.printer_button)
        layout.addStretch(0)  # takes the lists' room in the rail, so the buttons stay under the card
        self._work_layout = layout
        self._sync()
        return scroll

    # ------------------------------------------------------------ session

    def start(self) -> None:
        """After login: the desks, the services and the feed position, then the remembered (or given) desk."""

        def load() -> tuple[int, QueueStatus, list[tuple[str, str]]]:
            latest = self._services.events.latest_id()  # before the status: nothing falls between the two
            services = [(s.prefix, s.name) for s in self._services.catalogue.queue_services()]
            return latest, self._services.queue.status(), services

        self._requested += 1
        seq = self._requested
        run_task(self, load, lambda r: self._started(seq, *r), self._failed)

    def _started(self, seq: int, latest: int, status: QueueStatus, services: list[tuple[str, str]]) -> None:
        self._last_event = latest
        self._service_names = services
        self.chooser.set_counters(status.counters)
        wanted = self._preselect if self._preselect is not None else self._remembered()
        numbers = [c.number for c in status.counters]
        self.status = status
        if wanted in numbers:
            self.counter_number = wanted
            self._remember(wanted)
            self._apply(seq, status)
            self.pages.setCurrentIndex(1)
        else:
            if self._preselect is not None:
                self.chooser_notice.error(
                    self.tr("Không có quầy số {0}; hãy chọn quầy.").replace("{0}", str(self._preselect))
                )
            self.pages.setCurrentIndex(0)
        self._preselect = None  # given once on the command line; later changes are the officer's
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        if self.transfer_dialog is not None:
            self.transfer_dialog.reject()

    def _remembered(self) -> int | None:
        value = self._machine.value(COUNTER_KEY)
        try:
            return int(value) if value is not None else None
        except (TypeError, ValueError):
            return None

    def _remember(self, number: int) -> None:
        self._machine.setValue(COUNTER_KEY, number)
        self._machine.sync()

    def show_chooser(self) -> None:
        if self.status is not None:
            self.chooser.set_counters(self.status.counters)
        self.chooser_notice.clear_notice()
        self.pages.setCurrentIndex(0)

    def choose_counter(self, number: int) -> None:
        self.counter_number = number
        self._remember(number)
        self.notice.clear_notice()
        self.pages.setCurrentIndex(1)
        if self.status is not None:
            self._shown = max(self._shown, self._requested)
            self._show(self.status)
        self.refresh()

    # ------------------------------------------------------------ following the feed

    def _tick(self) -> None:
        now = self._services.clock.now()
        self.card.tick(now)
        if self._minute != now.minute and self.status is not None and self.counter_info is not None:
            self._minute = now.minute  # waiting minutes in the list move on
            self.lists.fill(self.status, self.counter_info, now)
        if self._polling:
            return
        self._polling = True
        after = self._last_event
        self._requested += 1
        seq = self._requested

        def poll() -> tuple[int, QueueStatus | None, list[tuple[str, str]] | None]:
            events = self._services.events.since(after)
            if not events:
                return after, None, None
            names = None
            if any(e.kind == "config_changed" for e in events):  # an administrator renamed or added a service
                names = [(s.prefix, s.name) for s in self._services.catalogue.queue_services()]
            return events[-1].id, self._services.queue.status(), names

        run_task(self, poll, lambda r: self._polled(seq, *r), self._poll_failed)

    def _polled(
        self, seq: int, last: int, status: QueueStatus | None, names: list[tuple[str, str]] | None = None
    ) -> None:
        self._polling = False
        if names is not None:
            self._service_names = names
        if self._feed_lost:
            self._feed_lost = False
            self.notice.clear_notice()  # the database answers again
        self._last_event = max(self._last_event, last)
        if status is not None:
            self._apply(seq, status)

    def _poll_failed(self, error: KioskError) -> None:
        self._polling = False
        self._feed_lost = True
        self.notice.error(error.message)

    def refresh(self) -> None:
        self._requested += 1
        seq = self._requested
        run_task(self, self._services.queue.status, lambda s: self._apply(seq, s), self._failed)

    def _apply(self, seq: int, status: QueueStatus) -> None:
        if seq < self._shown:
            return
        self._shown = seq
        self.status = status
        self._show(status)

    def _show(self, status: QueueStatus) -> None:
        info = next((c for c in status.counters if c.number == self.counter_number), None)
        self.counter_info = info
        if info is None:
            self.show_chooser()
            return
        now = self._services.clock.now()
        self._minute = now.minute
        serving = [t for t in status.serving if t.counter == info.number]
        self.current = serving[-1] if serving else None
        self.card.show_ticket(self.current, now)
        self.title.setText(info.name)
        self.title.setToolTip(info.name)
        self.state.setStyleSheet(f"font-weight: bold; color: {STATE_COLOURS.get(info.state, PRIORITY)};")
        label = self.tr("Tạm dừng quầy") if info.state == "open" else self.tr("Mở quầy")
        self.toggle_button.setText(f"{label}\n{TOGGLE_KEY}")
        self.lists.fill(status, info, now)
        self._headline()
        self._sync()

    def _headline(self) -> None:
        info = self.counter_info
        if info is None:
            return
        state = f"● {counter_state_name(info)}"
        if self.compact:
            state = self.tr("Quầy {0}").replace("{0}", str(info.number)) + f" · {state}"
        self.state.setText(state)
        counts = [len(part.codes()) for part in (self.lists.waiting, self.lists.parked, self.lists.skipped)]
        text = self.tr("Chờ {0} · Gác {1} · Vắng {2}")
        for n, count in enumerate(counts):
            text = text.replace(f"{{{n}}}", str(count))
        self.summary.setText(text)

    def set_compact(self, on: bool) -> None:
        """The rail: what the officer presses while typing a record; the lists come back when the form is empty."""
        if on == self.compact:
            return
        self.compact = on
        for widget in (self.title, self.toggle_button, self.change_button, self.lists):
            widget.setVisible(not on)
        self.summary.setVisible(on)
        self._work_layout.setStretch(self._work_layout.count() - 1, 1 if on else 0)
        self.actions.set_compact(on)
        self.card.set_compact(on)
        self.setMinimumWidth(COMPACT_WIDTH if on else FULL_MIN_WIDTH)
        self.setMaximumWidth(COMPACT_WIDTH if on else QWIDGETSIZE_MAX)
        self._headline()
        self.show_print_problems(*self._print_counts)

    def _sync(self) -> None:
        ready = not self._acting and self.counter_info is not None
        serving = ready and self.current is not None
        self.actions.set_enabled(
            {
                "next": ready and self.counter_info is not None and self.counter_info.state != "paused",
                "finish": serving,
                "recall": serving,
                "skip": serving,
                "park": serving,
                "call_parked": ready and self.lists.parked.selected_code() is not None,
                "transfer": serving,
                "record": serving,
            }
        )
        self.toggle_button.setEnabled(ready)
        self.lists.return_button.setEnabled(ready and self.lists.skipped.selected_code() is not None)

    # ------------------------------------------------------------ actions

    def act(self, key: str, code: str | None = None) -> None:
        n = self.counter_number
        if n is None or self._acting:
            return
        q = self._services.queue
        current = self.current
        staff = self.staff_id()
        if key == "next":
            self._run(lambda: q.call_next(n, staff), self._called)
        elif key == "call_parked":
            code = code or self.lists.parked.selected_code()
            if code:
                self._run(lambda: q.call_ticket(n, code, staff), self._called)
        elif key == "recall":
            self._run(lambda: q.recall(n), lambda t: self._said(self.tr("Đã gọi lại số {0}."), t))
        elif key == "skip":
            self._run(lambda: q.skip(n), lambda t: self._said(self.tr("Số {0} vắng mặt: đã để sang “Vắng mặt”."), t))
        elif key == "park":
            self._run(lambda: q.park(n), lambda t: self._said(self.tr("Số {0} tạm gác chờ bổ sung giấy tờ."), t))
        elif key == "finish":
            self._run(lambda: q.finish(n), self._finished)
        elif key == "return" and code:
            text = self.tr("Số {0} đã được xếp lên đầu hàng chờ.")
            self._run(lambda: q.return_skipped(code), lambda t: self._said(text, t))
        elif key == "toggle" and self.counter_info is not None:
            opening = self.counter_info.state != "open"
            work = (lambda: q.open_counter(n)) if opening else (lambda: q.pause_counter(n))
            self._run(work, self._toggled)
        elif key == "transfer" and current is not None:
            self._open_transfer(current)
        elif key == "record" and current is not None:
            self.record_requested.emit(current.code)

    def _run(self, work: Callable[[], Any], done: Callable[[Any], None]) -> None:
        self._acting = True
        self._sync()

        def ok(result: Any) -> None:
            self._acting = False
            done(result)
            self.refresh()

        run_task(self, work, ok, self._action_failed)

    def _action_failed(self, error: KioskError) -> None:
        self._acting = False
        self.notice.error(error.message)
        self.refresh()

    def _failed(self, error: KioskError) -> None:
        self.notice.error(error.message)
        self.chooser_notice.error(error.message)

    def _said(self, text: str, ticket: TicketInfo) -> None:
        self.notice.ok(text.replace("{0}", ticket.code))

    def _called(self, result: CallResult) -> None:
        if result.finished:
            self._offer_record(result.finished)
        if result.ticket is None:
            self.notice.ok(self.tr("Không còn ai chờ ở các lĩnh vực của quầy này."))
        elif result.resumed:
            self.notice.ok(self.tr("Đã gọi lại số đã gác {0}.").replace("{0}", result.ticket.code))
        else:
            text = self.tr("Đã mời số {0} đến quầy {1}.").replace("{0}", result.ticket.code)
            self.notice.ok(text.replace("{1}", str(result.counter)))

    def _finished(self, ticket: TicketInfo) -> None:
        self.notice.ok(self.tr("Số {0} đã xong.").replace("{0}", ticket.code))
        self._offer_record(ticket.code)

    def _toggled(self, info: CounterInfo) -> None:
        self.notice.ok(
            self.tr("Quầy {0}: {1}.").replace("{0}", str(info.number)).replace("{1}", counter_state_name(info))
        )

    def _offer_record(self, code: str) -> None:
        if code not in self._recorded:
            self.record_requested.emit(code)

    def note_recorded(self, code: str | None) -> None:
        """The form saved a record with this ticket: finishing it later does not offer it again."""
        if code:
            self._recorded.add(code.strip().upper())

    # ------------------------------------------------------------ transfer

    def _open_transfer(self, current: QueueItem) -> None:
        assert self.status is not None and self.counter_number is not None
        dialog = TransferDialog(
            current.code, current.service, self._service_names, self.status.counters, self.counter_number, self
        )
        dialog.chosen.connect(self._transfer)
        dialog.finished.connect(lambda _r: setattr(self, "transfer_dialog", None))
        self.transfer_dialog = dialog
        dialog.open()

    def _transfer(self, service: str | None, counter: int | None) -> None:
        n, dialog = self.counter_number, self.transfer_dialog
        if n is None or dialog is None:
            return
        self._acting = True
        self._sync()

        def done(ticket: TicketInfo) -> None:
            self._acting = False
            dialog.accept()
            where = []
            if ticket.transferred_from and service:
                where.append(self.tr("lĩnh vực {0}").replace("{0}", f"{ticket.service} · {ticket.service_name}"))
            if ticket.target_counter:
                where.append(self.tr("quầy {0}").replace("{0}", str(ticket.target_counter)))
            self.notice.ok(
                self.tr("Đã chuyển số {0} sang {1}.").replace("{0}", ticket.code).replace("{1}", ", ".join(where))
            )
            self.refresh()

        def refused(error: KioskError) -> None:
            self._acting = False
            dialog.refused(error.message)
            self._sync()

        run_task(self, lambda: self._services.queue.transfer(n, to_service=service, to_counter=counter), done, refused)

    # ------------------------------------------------------------ printer problems

    def show_print_problems(self, failed: int, waiting: int) -> None:
        """The reminder under the lists; in the rail the red "Máy in" tab title alone says it."""
        self._print_counts = (failed, waiting)
        parts = []
        if failed:
            parts.append(self.tr("{0} lệnh in lỗi").replace("{0}", str(failed)))
        if waiting:
            parts.append(self.tr("{0} lệnh đang chờ").replace("{0}", str(waiting)))
        text = self.tr("⚠ Máy in: {0} — xem ({1})").replace("{0}", ", ".join(parts)).replace("{1}", PRINT_TAB_KEY)
        self.printer_button.setText(text)
        self.printer_button.setVisible(bool(parts) and not self.compact)
