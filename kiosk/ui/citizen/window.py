"""The citizen kiosk window (role "kiosk"): home, priority, ticket, guides, rating and the administrator's exit.

Locked (the default for `kiosk run --role kiosk`): fullscreen, frameless, on top; closing, Alt+F4 and Esc do
nothing. The administrator leaves with five taps in the top-left corner within three seconds and an admin PIN.

Work off the UI thread (kiosk/ui/worker.run_task): the ticket is shown as soon as queue.issue() returns, and
printed after. The waiting counts follow services.events.since(last_id), polled every 500 ms. After
`kiosk.idle_reset_s` without a touch every screen returns home and forgets what was on it.

A fast start (kiosk/ui/fast_start.py) builds the window with no services, from the snapshot the last run left
(`preview`): the home and the priority page paint before the database stack is imported; bind() then adds the
pages that need the services and loads the live data. A tap made in that fraction of a second is kept (its tile
lit) and honoured once the live data is in: an elderly citizen who tapped once should not have to tap again.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QMouseEvent, QResizeEvent
from PySide6.QtWidgets import QApplication, QStackedWidget, QVBoxLayout, QWidget

from kiosk.clock import SystemClock, business_date, to_local
from kiosk.errors import KioskError, StateError
from kiosk.ui.citizen.corner import CORNER_PX, CornerTaps
from kiosk.ui.citizen.home import HomePage
from kiosk.ui.citizen.home_data import HomeData, home_to_snapshot
from kiosk.ui.citizen.style import LARGE, NORMAL, Look, stylesheet
from kiosk.ui.citizen.tile import ICONS_LATER, TileButton
from kiosk.ui.citizen.topbar import TopBar
from kiosk.ui.first_paint import after_first_paint
from kiosk.ui.lean_qt import set_by_name
from kiosk.ui.snapshot_keeper import SnapshotKeeper
from kiosk.ui.worker import run_task

# What only the bound window needs is imported in bind() and the methods that use it: these modules bring the
# database stack along, and the first paint of a fast start does not wait for them.
if TYPE_CHECKING:
    from kiosk.app import Services
    from kiosk.services.access.auth import StaffInfo
    from kiosk.services.events import EventInfo
    from kiosk.services.printing.service import PrintJobView
    from kiosk.services.queue.views import TicketInfo
    from kiosk.ui.citizen.admin_exit import AdminPage
    from kiosk.ui.citizen.guides import GuideListPage, GuidePage
    from kiosk.ui.citizen.priority import PriorityPage
    from kiosk.ui.citizen.rating import RatingPage
    from kiosk.ui.citizen.ticket import TicketPage

log = logging.getLogger(__name__)

POLL_MS = 500
HOURS_CHECK_MS = 30_000
MIN_FAILED_SHOW_S = 60  # a number the citizen must remember or photograph stays up at least a minute
LOCKED_FLAGS = "Window|FramelessWindowHint|WindowStaysOnTopHint"  # Qt::WindowType keys
INPUT_EVENTS = (QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin, QEvent.Type.KeyPress)


class KioskWindow(QWidget):
    ticket_shown = Signal(object)  # TicketInfo, the moment it is on screen
    home_loaded = Signal(object)  # HomeData
    exited = Signal()

    def __init__(
        self, services: Services | None, *, locked: bool = True, preview: HomeData | None = None, **_options: Any
    ) -> None:
        """`services` None: a window that paints `preview` (or a neutral home) until bind() is called."""
        super().__init__()
        self._services: Services | None = None
        self._changes: Any = None
        self._pending: Callable[[], None] | None = None  # a tap made before the live data, honoured after it
        self._snapshot = SnapshotKeeper("kiosk")
        self.locked = locked
        self._may_close = False
        self._data: HomeData | None = None
        self._counts: dict[str, int] = {}
        self._last_event = 0
        self._polling = False
        self._loading = False
        self._issuing = False
        self._tap_at = 0.0
        self.last_issue_ms: float | None = None
        self._typed = ""
        self._last_press: tuple[int, int, int] | None = None
        self._corner = CornerTaps()
        self._portrait = False
        self.look: Look = NORMAL
        self.setObjectName("citizen")
        self.setWindowTitle(self.tr("Ki-ốt hỗ trợ số"))
        set_by_name(self, "focusPolicy", "StrongFocus")  # by name: kiosk/ui/lean_qt.py
        if locked:
            self._lock()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(8)
        self.top = TopBar()
        layout.addWidget(self.top)
        self.stack = QStackedWidget()
        layout.addWidget(self.stack, 1)
        self.home = HomePage()
        # Built by bind(): a tap reaches them only once the live data is in, and the first paint does not wait for
        # their widgets (the priority page repeats every service tile).
        self.priority_page: PriorityPage
        self.ticket_page: TicketPage
        self.guides_page: GuideListPage
        self.guide_page: GuidePage
        self.rating_page: RatingPage
        self.admin_page: AdminPage
        self.pages: list[Any] = [self.home]
        for page in self.pages:
            self.stack.addWidget(page)
        self._connect()

        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.timeout.connect(self.idle_reset)
        self._ticket_timer = QTimer(self)
        self._ticket_timer.setSingleShot(True)
        self._ticket_timer.timeout.connect(self.go_home)
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self.poll_events)
        self._hours = QTimer(self)
        self._hours.setInterval(HOURS_CHECK_MS)
        self._hours.timeout.connect(self._check_hours)

        self.set_look(NORMAL)
        self._show(self.home)
        if preview is not None:
            self._paint_preview(preview)
        if services is None:
            # The icons follow the first frame of a fast start: QtSvg's import and the drawing of the icons are
            # milliseconds the citizen waits for nothing, the words being what is read first.
            self.setProperty(ICONS_LATER, True)
            after_first_paint(self, self._draw_icons)
        else:
            self.bind(services)

    @property
    def bound(self) -> bool:
        return self._services is not None

    def bind(self, services: Services) -> None:
        """Attach the services: the pages that need them are built, and the live data replaces the preview."""
        from kiosk.ui.citizen.admin_exit import AdminPage
        from kiosk.ui.citizen.guides import GuideListPage, GuidePage
        from kiosk.ui.citizen.priority import PriorityPage
        from kiosk.ui.citizen.rating import RatingPage
        from kiosk.ui.citizen.ticket import TicketPage

        self._services = services
        self._changes = services.changes.follower()
        # Every event of the program passes through this filter (idle time, the admin's corner): from here on, not
        # before the first paint, where wrapping each event for Python costs the start a tenth of a second.
        QApplication.instance().installEventFilter(self)  # removed by Qt when this window is destroyed
        self.priority_page = PriorityPage()
        self.ticket_page = TicketPage()
        self.guides_page = GuideListPage(services)
        self.guide_page = GuidePage(services)
        self.rating_page = RatingPage(services)
        self.admin_page = AdminPage(services)
        added = [
            self.priority_page,
            self.ticket_page,
            self.guides_page,
            self.guide_page,
            self.rating_page,
            self.admin_page,
        ]
        for page in added:
            self.stack.addWidget(page)
            page.set_portrait(self._portrait)
        self.pages.extend(added)
        self.priority_page.service_chosen.connect(self.issue)
        self.priority_page.back_requested.connect(self.go_home)
        self.ticket_page.done.connect(self.go_home)
        self.guides_page.guide_chosen.connect(self.open_guide)
        self.guide_page.back_requested.connect(self.show_guides)
        self.rating_page.finished.connect(self.go_home)
        self.admin_page.cancelled.connect(self.go_home)
        self.admin_page.exit_confirmed.connect(self.exit_kiosk)
        self.set_look(self.look)
        self.reload_home()

    def _lock(self) -> None:
        """Frameless and above every other window; whoever shows a locked window shows it full screen
        (kiosk/ui/app.show_full_screen). The native window gets the flags by name before it is mapped, and the
        widget learns them after the first paint without asking the window system again (overrideWindowFlags):
        setWindowFlags would build PySide6's Qt namespace before a fast start's first frame (kiosk/ui/lean_qt.py)."""
        self.winId()  # the native window, made now so that it is mapped with these flags
        set_by_name(self.windowHandle(), "flags", LOCKED_FLAGS)
        after_first_paint(self, lambda: self.overrideWindowFlags(self.windowHandle().flags()))

    def _connect(self) -> None:
        self.top.home_button.clicked.connect(self.go_home)
        self.top.guides_button.clicked.connect(self.show_guides)
        self.top.rating_button.clicked.connect(self.show_rating)
        self.top.toggle.toggled.connect(lambda on: self.set_look(LARGE if on else NORMAL))
        self.home.service_chosen.connect(lambda prefix: self.issue(prefix))
        self.home.group_chosen.connect(self.show_priority)
        self.home.guides_requested.connect(self.show_guides)
        self.home.rating_requested.connect(self.show_rating)

    def _paint_preview(self, data: HomeData) -> None:
        """The snapshot's home: names, tiles and groups without counts; nothing can be issued from it yet."""
        self.home.set_data(data, to_local(SystemClock().now()))
        self.top.set_office(data.office_name, data.office_short)
        if data.large_text:
            self.top.toggle.setChecked(True)

    def _draw_icons(self) -> None:
        self.setProperty(ICONS_LATER, False)
        self.update()

    def _keep(self, action: Callable[[], None], tile: TileButton | None = None) -> None:
        """A tap before the live data: remembered (the latest one), its tile lit so the citizen sees it was taken."""
        self._pending = action
        self._clear_active()
        if tile is not None:
            tile.set_active(True)

    def _clear_active(self) -> None:
        for tile in self._service_tiles():
            tile.set_active(False)

    def _service_tiles(self) -> list[TileButton]:
        priority = self.priority_page.tiles.values() if self.bound else ()
        return [*self.home.tiles.values(), *priority]

    # ------------------------------------------------------------ data

    def reload_home(self) -> None:
        from kiosk.ui.citizen.model import load_home

        if self._loading or self._services is None:
            return
        self._loading = True
        services = self._services
        run_task(self, lambda: load_home(services), self._home_loaded, self._home_failed)

    def _home_loaded(self, data: HomeData) -> None:
        self._loading = False
        first = self._data is None
        self._data = data
        self._snapshot.keep(self, self._services, home_to_snapshot(data))  # the next start's first paint
        self._counts = {t.prefix: t.waiting for t in data.tiles}
        self._last_event = data.last_event_id
        self.home.set_data(data, to_local(self._services.clock.now()))
        self.priority_page.set_data(data)
        self.rating_page.set_letters(data.prefixes)
        self.rating_page.set_levels(data.levels)
        self.top.set_office(data.office_name, data.office_short)
        self._idle.setInterval(data.idle_reset_s * 1000)
        if first and data.large_text:
            self.top.toggle.setChecked(True)
        self._refresh_top()
        self._poll.start()
        self._hours.start()
        self.home_loaded.emit(data)
        pending, self._pending = self._pending, None
        if pending is not None:
            self._clear_active()
            pending()

    def _home_failed(self, error: KioskError) -> None:
        self._loading = False
        if self._pending is not None:  # the tap cannot be honoured: the notice says why, the tile goes dark
            self._pending = None
            self._clear_active()
        self.home.show_notice(error.message)
        QTimer.singleShot(5000, self.reload_home)  # a database that comes back is picked up again

    def poll_events(self) -> None:
        """Read-only and cheap: the events after the last one seen; their payloads carry the new counts."""
        if self._polling or self._data is None:
            return
        if not self._changes.changed():
            return  # nothing committed since the last look (db/changes.py): no query while the hall is quiet
        self._polling = True
        after = self._last_event
        events = self._services.events
        run_task(self, lambda: events.since(after), self._events_arrived, self._poll_failed)

    def _events_arrived(self, events: list[EventInfo]) -> None:
        from kiosk.ui.citizen.model import apply_events

        self._polling = False
        if not events or self._data is None:
            return
        self._last_event = events[-1].id
        self._counts, reload = apply_events(self._counts, events, self._data.business_date)
        self.home.set_counts(self._counts)
        self.priority_page.set_counts(self._counts)
        if reload:
            self.reload_home()

    def _poll_failed(self, error: KioskError) -> None:
        self._polling = False
        log.warning("event poll failed: %s", error.detail or error.message)

    def _check_hours(self) -> None:
        data = self._data
        if data is None:
            return
        if business_date(self._services.clock.now()) != data.business_date:
            self.reload_home()
            return
        run_task(
            self,
            self._services.queue.issuing_hours,
            lambda result: self.reload_home() if result[0] != data.issuing_open else None,
            self._poll_failed,
        )

    # ------------------------------------------------------------ navigation

    def _show(self, page: QWidget) -> None:
        self.stack.setCurrentWidget(page)
        self._refresh_top()
        if page is not getattr(self, "rating_page", None):  # built by bind()
            self.setFocus()  # keystrokes (a ticket scanner) come to the window, not to a hidden field

    def _refresh_top(self) -> None:
        page = self.stack.currentWidget()
        home = page is self.home
        self.top.set_page(home, "" if home else page.title(), extras=not self._portrait)

    def current_page(self) -> QWidget:
        return self.stack.currentWidget()

    def go_home(self) -> None:
        """Back to the home, forgetting what the other screens showed."""
        self._ticket_timer.stop()
        self._issuing = False
        for page in self.pages:
            page.reset()
        self._show(self.home)

    def idle_reset(self) -> None:
        """Nobody touched the screen for a while: home, default text size, fresh data.

        Not while a ticket is shown: its own timer keeps it up long enough to be read, or photographed when the
        printer failed.
        """
        if self.current_page() is self.ticket_page and self._ticket_timer.isActive():
            self._idle.start()
            return
        self.go_home()
        default = bool(self._data and self._data.large_text)
        if self.top.toggle.isChecked() != default:
            self.top.toggle.setChecked(default)
        self.reload_home()

    def show_priority(self, code: str) -> None:
        if self._data is None:
            self._keep(lambda: self.show_priority(code))
            return
        group = next((g for g in self._data.groups if g.code == code), None) if self._data else None
        if group is None or self._issuing:
            return
        self.priority_page.start(group)
        self._show(self.priority_page)

    def show_guides(self) -> None:
        if self._data is None:
            self._keep(self.show_guides)
            return
        self.guides_page.load()
        self._show(self.guides_page)

    def open_guide(self, slug: str) -> None:
        self.guide_page.open(slug)
        self._show(self.guide_page)

    def show_rating(self, scanned: str | None = None) -> None:
        if self._data is None:
            self._keep(lambda: self.show_rating(scanned))
            return
        self._show(self.rating_page)
        self.rating_page.start(scanned)

    def show_admin(self) -> None:
        if not self.bound:
            return  # a fraction of a second after the start: the administrator taps the corner again
        self.admin_page.start()
        self._show(self.admin_page)

    # ------------------------------------------------------------ tickets

    def issue(self, prefix: str, group: str | None = None) -> None:
        """A tile was tapped. A second tap (or a tap on a page no longer shown) while one is issued is ignored."""
        from kiosk.services.documents.qr import qr_matrix

        page = self.stack.currentWidget()
        if page is not (self.priority_page if group else self.home):
            return
        if self._data is None:
            self._keep(
                lambda: self.issue(prefix, group), (self.priority_page if group else self.home).tiles.get(prefix)
            )
            return
        if self._issuing or not self._data.issuing_open:
            return
        self._issuing = True
        self._tap_at = time.perf_counter()
        tile = (self.priority_page.tiles if group else self.home.tiles).get(prefix)
        if tile is not None:
            tile.set_active(True)
        self.home.clear_notice()
        queue = self._services.queue
        data = self._data

        def issue() -> TicketInfo:
            info = queue.issue(prefix, group)
            qr_matrix(data.qr_text(info))  # cached: the screen draws it at once, the printed ticket reuses it
            return info

        run_task(self, issue, self._issued, self._issue_failed)

    def _issued(self, info: TicketInfo) -> None:
        from kiosk.ui.citizen.model import print_ticket

        data = self._data
        assert data is not None
        counters = data.counters.get(info.service, ())
        self.ticket_page.show_ticket(info, counters, data.qr_text(info))
        self._show(self.ticket_page)
        self._clear_active()
        self._ticket_timer.start(data.ticket_show_s * 1000)
        self.repaint()  # on screen now, before the printing work competes for the processor
        self.last_issue_ms = (time.perf_counter() - self._tap_at) * 1000
        self.ticket_shown.emit(info)
        if not data.auto_print:
            self._print_done(info, "no_printer")
            return
        services = self._services
        assert services is not None
        run_task(
            self,
            lambda: print_ticket(services, info),
            lambda job: self._ticket_printed(info, job),
            lambda error: self._ticket_print_error(info, error),
            lane="device",  # the printer wait must not hold back the next citizen's ticket
        )

    def _ticket_printed(self, info: TicketInfo, job: PrintJobView) -> None:
        if job.status != "printed":
            self._print_done(info, "failed")
        else:
            self._print_done(info, "printed" if job.printer_name else "no_printer")

    def _ticket_print_error(self, info: TicketInfo, error: KioskError) -> None:
        log.error("ticket %s not printed: %s", info.code, error.detail or error.message)
        self._print_done(info, "failed")

    def _print_done(self, info: TicketInfo, state: str) -> None:
        if self.ticket_page.info is not info:
            return  # the citizen already left that ticket
        self.ticket_page.set_print_state(state)
        if state != "printed" and self._data is not None:
            self._ticket_timer.start(max(MIN_FAILED_SHOW_S, 3 * self._data.ticket_show_s) * 1000)

    def _issue_failed(self, error: KioskError) -> None:
        self.go_home()
        self.home.show_notice(error.message)
        if isinstance(error, StateError):  # e.g. the office closed a moment ago
            self.reload_home()

    # ------------------------------------------------------------ look and shape

    def set_look(self, look: Look) -> None:
        self.look = look
        self.setStyleSheet(stylesheet(look))
        self.top.set_look(look)
        for page in self.pages:
            page.set_look(look)
        for tile in self.findChildren(TileButton):
            tile.set_look(look)
        self._refresh_top()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        portrait = self.height() > self.width()
        if portrait != self._portrait:
            self._portrait = portrait
            for page in self.pages:
                page.set_portrait(portrait)
            self._refresh_top()

    # ------------------------------------------------------------ lock-down, idle, gesture, scanner

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() in INPUT_EVENTS and isinstance(watched, QWidget) and watched.window() is self:
            if self._data is not None:
                self._idle.start()
            if event.type() == QEvent.Type.MouseButtonPress and isinstance(event, QMouseEvent):
                self._count_corner(event)
        return False

    def _count_corner(self, event: QMouseEvent) -> None:
        point = event.globalPosition().toPoint()
        key = (int(event.timestamp()), point.x(), point.y())
        if key == self._last_press:  # the same press seen again on its way up to a parent widget
            return
        self._last_press = key
        local = self.mapFromGlobal(point)
        if 0 <= local.x() < CORNER_PX and 0 <= local.y() < CORNER_PX and self._corner.tap():
            self.show_admin()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        """Esc and shortcuts do nothing; a QR scanner typing a ticket uuid + Enter opens the rating."""
        from PySide6.QtCore import Qt  # not at the top: kiosk/ui/lean_qt.py

        from kiosk.ui.citizen.model import SCAN_MAX, is_uuid

        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            typed, self._typed = self._typed.strip(), ""
            if is_uuid(typed):
                self.show_rating(typed)
        elif event.text() and event.text().isprintable():
            self._typed = (self._typed + event.text())[-SCAN_MAX:]  # a uuid, or the phone link holding it
        event.accept()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if self.locked and not self._may_close:
            event.ignore()  # Alt+F4, the window manager, a stray click: a citizen cannot leave the kiosk
            return
        for timer in (self._poll, self._hours, self._idle, self._ticket_timer):
            timer.stop()
        event.accept()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if self.locked and event.type() == QEvent.Type.WindowStateChange and self.isMinimized():
            QTimer.singleShot(0, self.showFullScreen)

    def exit_kiosk(self, staff: StaffInfo) -> None:
        """The administrator confirmed: record who left, then let the window close."""
        assert self._services is not None
        auth = self._services.auth
        run_task(
            self,
            lambda: auth.audit(staff.id, "kiosk_exit", f"staff:{staff.id}"),
            lambda _result: self._leave(),
            lambda error: (log.error("audit of kiosk exit failed: %s", error.message), self._leave()),
        )

    def _leave(self) -> None:
        self._may_close = True
        self.exited.emit()
        self.close()
