"""The hall display: the newest call in large type, the number each desk serves, the latest calls, people waiting
per service, the date and clock, and the admin's notices moving along the bottom.

It follows the change feed (kiosk/ui/display/feed.py), so calls from any desk, process or machine appear within a
poll; it is also where calls are spoken (services.announce), because the loudspeakers hang in the hall. With two
displays in one hall, the setting voice.speaker names the one that speaks (its config display_name, the PC's name
by default); the others show "Màn hình này không đọc số" in the header's corner, so nobody hunts for a fault.
Landscape (1920×1080, 1366×768) puts the call and the desks side by side; a portrait screen stacks them.

A fast start (kiosk/ui/fast_start.py) builds it with no services, painting the board the screen snapshot kept
(`preview`, board_data.py); bind() then starts the feed, whose first board replaces it within a second.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kiosk.clock import Clock, SystemClock, to_local
from kiosk.ui.display.board_data import SavedBoard, board_to_snapshot
from kiosk.ui.display.parts import DeskBoard, HeroPanel, RecentCalls, WaitingBoard
from kiosk.ui.display.style import DISPLAY_STYLE, font
from kiosk.ui.display.ticker import Ticker
from kiosk.ui.lean_qt import set_by_name
from kiosk.ui.snapshot_keeper import SnapshotKeeper

# The feed, the voice and the board's types bring the database stack: imported by bind() and the methods of the
# bound window, so a fast start paints first.
if TYPE_CHECKING:
    from kiosk.app import Services
    from kiosk.services.display import Board, CallLine
    from kiosk.services.events import EventInfo
    from kiosk.services.voice.service import VoiceSettings
    from kiosk.ui.display.feed import BoardFeed

log = logging.getLogger(__name__)

WEEKDAYS = (
    QT_TRANSLATE_NOOP("DisplayWindow", "Thứ Hai"),
    QT_TRANSLATE_NOOP("DisplayWindow", "Thứ Ba"),
    QT_TRANSLATE_NOOP("DisplayWindow", "Thứ Tư"),
    QT_TRANSLATE_NOOP("DisplayWindow", "Thứ Năm"),
    QT_TRANSLATE_NOOP("DisplayWindow", "Thứ Sáu"),
    QT_TRANSLATE_NOOP("DisplayWindow", "Thứ Bảy"),
    QT_TRANSLATE_NOOP("DisplayWindow", "Chủ nhật"),
)
# A call older than this when the display sees it (after an outage, say) is shown but not read out.
SPEAK_WITHIN = timedelta(minutes=2)
CLOCK_LATE_MS = 20  # after the minute has turned, never a hair before it (the clock would show the old minute)


def ms_to_next_minute(now: datetime) -> int:
    """Milliseconds from `now` to a moment just after the next minute begins."""
    return 60_000 - (now.second * 1000 + now.microsecond // 1000) + CLOCK_LATE_MS


class DisplayWindow(QWidget):
    def __init__(
        self, services: Services | None, *, start: bool = True, preview: SavedBoard | None = None, **options: Any
    ) -> None:
        """`services` None: the window paints `preview` (or an empty board) and its clock until bind()."""
        super().__init__()
        self._services: Services | None = None
        self._time: Clock = SystemClock()
        self._start = start
        self.feed: BoardFeed | None = None
        self._snapshot = SnapshotKeeper("display")
        self.setObjectName("display")
        self.setWindowTitle(self.tr("Màn hình phòng chờ"))
        self.setStyleSheet(DISPLAY_STYLE)
        self._hide_cursor = not options.get("windowed")  # nobody uses a mouse on the hall's screen
        self.voice: VoiceSettings | None = None  # the bound window's, from each board
        self.calls: list[Any] = []  # CallLine, newest first (the snapshot's SavedCall before the first board)
        self.day = None
        self.portrait: bool | None = None
        self._ready = False  # the first board came: from here on every call is heard by this display
        self._scaled_for: QSize | None = None  # the size the fonts and spacings were last set for

        root = QVBoxLayout(self)
        # The screen sets the window's size, never its contents: a header line longer than a portrait screen is wide
        # ("Mất kết nối…" during an outage) would otherwise widen the window past the screen, and every rescale
        # for the wider window would widen it again.
        root.setSizeConstraint(QVBoxLayout.SizeConstraint.SetNoConstraint)
        root.setContentsMargins(0, 0, 0, 0)
        root.setSpacing(0)
        root.addWidget(self._build_header())
        self.body = QWidget()
        self.grid = QGridLayout(self.body)
        root.addWidget(self.body, 1)
        self.hero = HeroPanel()
        self.desks = DeskBoard()
        self.recent = RecentCalls()
        self.waiting = WaitingBoard()
        self.ticker = Ticker()
        root.addWidget(self.ticker)
        self._arrange(portrait=False)

        # The clock shows hours and minutes: it wakes once a minute, just after the minute turns (an idle hall
        # display then costs next to nothing), precisely, so the new minute is not shown seconds late.
        self._clock = QTimer(self)
        self._clock.setSingleShot(True)
        set_by_name(self._clock, "timerType", "PreciseTimer")  # by name: kiosk/ui/lean_qt.py
        self._clock.timeout.connect(self._tick)
        self._ticking = False
        self._tick()
        if not options.get("windowed") and self.screen() is not None:
            # Sized as it will be shown (full screen) before the first rescale: a rescale for Qt's default
            # 640×480 made fonts of sizes the board never shows, some 10 ms of a fast start's first paint.
            self.resize(self.screen().geometry().size())
        self._rescale()
        if preview is not None:
            self._paint_preview(preview)
        if start:
            self._start_clock()
        if services is not None:
            self.bind(services)

    @property
    def bound(self) -> bool:
        return self._services is not None

    def bind(self, services: Services) -> None:
        """Attach the services: the feed starts (when the window was made to start) and its boards take over."""
        from PySide6.QtCore import Qt

        from kiosk.services.voice.service import VoiceSettings
        from kiosk.ui.display.feed import BoardFeed

        # What the board's first frame does without: a fast start paints it before `Qt` is touched.
        if self._hide_cursor:
            self.setCursor(Qt.CursorShape.BlankCursor)
        self.ticker.paint_opaque()
        self._services = services
        self._time = services.clock
        self.voice = VoiceSettings()
        self.feed = BoardFeed(services, self)
        self.feed.board_ready.connect(self.apply_board)
        self.feed.events_ready.connect(self.apply_events)
        self.feed.connection_changed.connect(self.set_online)
        self._tick()
        if self._start:
            self.start()

    def _paint_preview(self, board: SavedBoard) -> None:
        self.office.setText(board.office)
        self.desks.set_desks(board.desks)
        self.waiting.set_services(board.services)
        self.ticker.set_notices(board.notices)
        self.calls = list(board.recent)
        if self.calls:
            first = self.calls[0]
            self.hero.show_call(first.code, first.counter, first.service_name, flash=False)
            self.desks.light(first.counter)
        self._show_recent()

    def _build_header(self) -> QFrame:
        header = QFrame()
        header.setObjectName("header")
        row = QHBoxLayout(header)
        self.office = QLabel()
        self.office.setObjectName("office")
        self.offline = QLabel(self.tr("Mất kết nối – đang thử lại"))
        self.offline.setObjectName("offline")
        self.offline.hide()
        self.mute = QLabel()
        self.mute.setObjectName("mute")
        self.mute.setProperty("role", "soft")
        self.mute.hide()
        self.date = QLabel()
        self.date.setProperty("role", "soft")
        self.time = QLabel()
        row.addWidget(self.office, 1)
        row.addWidget(self.offline)
        row.addWidget(self.mute)
        row.addSpacing(24)
        row.addWidget(self.date)
        row.addSpacing(24)
        row.addWidget(self.time)
        self.header = header
        return header

    # ------------------------------------------------------------ running

    def start(self) -> None:
        assert self._services is not None and self.feed is not None, "bind() first"
        self._services.announce.prepare()
        self.feed.start()
        self._start_clock()

    def stop(self) -> None:
        self._ticking = False
        self._clock.stop()
        if self._services is not None and self.feed is not None:
            self.feed.stop()
            self._services.announce.calls.stop()

    def closeEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt override
        self.stop()
        super().closeEvent(event)

    # ------------------------------------------------------------ data in

    @property
    def speaks(self) -> bool:
        """Does this display read calls out (voice.speaker names it, or names no display)?"""
        assert self._services is not None and self.voice is not None
        return self.voice.speaks_here(self._services.config.display_name)

    def apply_board(self, board: Board) -> None:
        assert self._services is not None
        self._snapshot.keep(self, self._services, board_to_snapshot(board))  # the next start's first paint
        self.voice = board.voice
        self.mute.setVisible(not self.speaks)
        if not self._ready:
            self._ready = True
            name = self._services.config.display_name
            log.info("hall display %r ready; reads calls out: %s", name, "yes" if self.speaks else "no")
        if not self.speaks:
            self.mute.setText(self.tr("Màn hình này không đọc số (màn hình đọc: %1)").replace("%1", self.voice.speaker))
        self.office.setText(board.office)
        self.desks.set_desks(board.desks)
        self.waiting.set_services(board.services)
        self.ticker.set_notices(board.notices)
        if self.day != board.business_date:
            # A new day (or the first board): the latest calls come from the database, nothing flashes.
            self.day = board.business_date
            self.calls = list(board.recent)
            if self.calls:
                first = self.calls[0]
                self.hero.show_call(first.code, first.counter, first.service_name, flash=False)
            else:
                self.hero.show_idle()
            self._show_recent()
        self.desks.light(self.hero.current[1] if self.hero.current else None)

    def apply_events(self, events: list[EventInfo]) -> None:
        from kiosk.services.display import CallLine
        from kiosk.services.voice.service import CALL_KINDS, from_event

        assert self._services is not None and self.voice is not None
        now = self._services.clock.now()
        for e in events:
            if e.kind not in CALL_KINDS:
                continue  # desks and waiting counts come with the board read right after this batch
            a = from_event(e.kind, e.payload, self.voice)
            if a is None:
                continue
            self.show_call(CallLine(a.code, a.counter, a.service, e.created_at))
            if not self.speaks:
                log.info("call %s → counter %s shown, not read out: display %r speaks", a.code, a.counter,
                         self.voice.speaker)  # fmt: skip
            elif now - e.created_at <= SPEAK_WITHIN:
                log.info("call %s → counter %s read out here", a.code, a.counter)
                self._services.announce.say(a)
            else:
                log.info("call %s → counter %s is %s old: shown, not read out", a.code, a.counter, now - e.created_at)

    def show_call(self, line: CallLine) -> None:
        from kiosk.services.display import RECENT_CALLS

        self.calls = [line, *(c for c in self.calls if c.code != line.code)][:RECENT_CALLS]
        self.hero.show_call(line.code, line.counter, line.service_name, flash=True)
        self.desks.show_call(line.counter, line.code)
        self._show_recent()

    def _show_recent(self) -> None:
        self.recent.set_calls(self.calls[1:])

    def set_online(self, online: bool) -> None:
        self.offline.setVisible(not online)

    def _start_clock(self) -> None:
        self._ticking = True
        self._tick()

    def _tick(self) -> None:
        now = to_local(self._time.now())
        weekday = QCoreApplication.translate("DisplayWindow", WEEKDAYS[now.weekday()])
        self.date.setText(f"{weekday}, {now:%d/%m/%Y}")
        self.time.setText(f"{now:%H:%M}")
        if self._ticking:
            self._clock.start(ms_to_next_minute(now))

    # ------------------------------------------------------------ layout

    def _arrange(self, *, portrait: bool) -> None:
        if portrait == self.portrait:
            return
        self.portrait = portrait
        for widget in (self.hero, self.desks, self.recent, self.waiting):
            self.grid.removeWidget(widget)
        for i in range(4):
            self.grid.setRowStretch(i, 0)
            self.grid.setColumnStretch(i, 0)
        if portrait:
            for row, (widget, stretch) in enumerate(
                ((self.hero, 30), (self.desks, 34), (self.recent, 14), (self.waiting, 22))
            ):
                self.grid.addWidget(widget, row, 0)
                self.grid.setRowStretch(row, stretch)
            self.recent.set_columns(3)
        else:
            self.grid.addWidget(self.hero, 0, 0)
            self.grid.addWidget(self.recent, 1, 0)
            self.grid.addWidget(self.desks, 0, 1)
            self.grid.addWidget(self.waiting, 1, 1)
            self.grid.setRowStretch(0, 58)
            self.grid.setRowStretch(1, 42)
            self.grid.setColumnStretch(0, 45)
            self.grid.setColumnStretch(1, 55)
            self.recent.set_columns(2)

    def _rescale(self) -> None:
        self._scaled_for = self.size()
        width, height = max(self.width(), 320), max(self.height(), 240)
        self._arrange(portrait=height > width * 1.05)
        u = min(width, height) / 100  # 1 % of the shorter side: 10.8 px on 1920×1080
        self.office.setFont(font(3.4 * u, bold=True))
        self.offline.setFont(font(2.4 * u, bold=True))
        self.offline.setFixedHeight(round(4.4 * u))
        self.mute.setFont(font(2.0 * u))
        self.date.setFont(font(3.2 * u))
        self.time.setFont(font(5.6 * u, bold=True))
        self.header.setFixedHeight(round(8.4 * u))
        self.header.layout().setContentsMargins(round(2 * u), 0, round(2 * u), 0)
        margin = round(1.2 * u)
        self.grid.setContentsMargins(margin, margin, margin, margin)
        self.grid.setSpacing(margin)
        self.hero.rescale(u)
        body = height - round(8.4 * u) - round(6.4 * u) - 3 * margin
        self.desks.rescale(u, body * (0.34 if self.portrait else 0.58))
        self.recent.rescale(u)
        self.waiting.rescale(u)
        self.ticker.rescale(u)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if event.size() != self._scaled_for:  # showing sends the size the window was already scaled for
            self._rescale()
