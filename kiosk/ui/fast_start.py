"""The fast start of a screen: its real window painted from the snapshot, the services bound right after.

`kiosk run --role kiosk|display` on a commune already set up finds the snapshot the screen left in the data folder
(kiosk/services/screen_snapshot.py): the language is installed, the role's window is built from the snapshot and
shown, and only after its first paint are the database stack imported, the services built (schema check, the
web pages of the display PC) and the window bound to them; the live data replaces the snapshot's within a second.
The printers and the sound follow. When the database says otherwise (not set up after all, another language),
the snapshot's window gives way to what the ordinary start opens: the wizard, or the role in its language.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.errors import KioskError
from kiosk.services.screen_snapshot import Snapshot
from kiosk.ui.app import apply_language, attach_devices, make_application, show_full_screen, show_role_windows
from kiosk.ui.first_paint import after_first_paint
from kiosk.ui.screen_start import ScreenStart

if TYPE_CHECKING:
    from kiosk.app import Services
    from kiosk.services.web.server import BackgroundWeb

log = logging.getLogger(__name__)

BuildServices = Callable[[], "Services"]
StartWeb = Callable[["Services", "str | None"], "BackgroundWeb | None"]


def preview_window(role: str, snapshot: Snapshot, windowed: bool, counter: int | None = None) -> QWidget:
    """The role's window with no services, showing what `snapshot` holds (or a neutral layout if it holds nothing
    usable)."""
    if role == "display":
        from kiosk.ui.display.board_data import board_from_snapshot
        from kiosk.ui.display.window import DisplayWindow

        return DisplayWindow(None, preview=board_from_snapshot(snapshot.body), windowed=windowed, counter=counter)
    from kiosk.clock import SystemClock, to_local
    from kiosk.ui.citizen.home_data import home_from_snapshot
    from kiosk.ui.citizen.window import KioskWindow

    return KioskWindow(
        None, locked=not windowed, preview=home_from_snapshot(snapshot.body, to_local(SystemClock().now()))
    )


class FastStart(ScreenStart):
    """One run of the screen: show the preview, then build and bind the services after its first paint."""

    def __init__(
        self,
        app: QApplication,
        snapshot: Snapshot,
        role: str,
        *,
        counter: int | None,
        windowed: bool,
        build: BuildServices,
        start_web: StartWeb,
    ) -> None:
        super().__init__(app)
        self.snapshot = snapshot
        self.role = role
        self.counter = counter
        self.windowed = windowed
        self._build = build
        self._start_web = start_web
        self.windows: list[Any] = []

    def show(self) -> QWidget:
        window = preview_window(self.role, self.snapshot, self.windowed, self.counter)
        self.windows = [window]
        after_first_paint(window, self.bind)
        if self.windowed:
            window.resize(1366, 768)
            window.showMaximized()
        else:
            show_full_screen(window)
        return window

    def bind(self) -> None:
        """After the first paint: the services are built on the worker (the database stack's imports, the schema
        check), so the window keeps answering a tap, which it keeps until they are bound."""
        from kiosk.ui.worker import run_task

        self.painted()
        run_task(self.windows[0], self._build, self._bind_safely, self._fail)

    def _fail(self, error: BaseException) -> None:
        # Handed to the command line after the loop, which says it in one sentence as the ordinary start would.
        self.error = error
        for window in self.windows:
            window.hide()
        self.app.exit(1)

    def _bind_safely(self, services: Services) -> None:
        self.services = services
        try:
            self._bind(services)
        except Exception as exc:  # noqa: BLE001 - said after the loop; the window must not stay unbound in silence
            if not isinstance(exc, KioskError):
                log.exception("binding the screen to its services failed")
            self._fail(exc)

    def _bind(self, services: Services) -> None:
        from kiosk.services.setup.service import SetupService
        from kiosk.ui.widgets.sample_band import mark_if_sample

        self.web = self._start_web(services, self.role)
        done = SetupService(services.sessions, services.clock, services.settings, services.auth).is_done()
        language = str(services.settings.get("ui.language"))
        window = self.windows[0]
        if not done:
            self._give_way(window, language, wizard=True)
        elif language != self.snapshot.language:
            self._give_way(window, language, wizard=False)
        else:
            window.bind(services)
            mark_if_sample(window, services, None)
        # Once the live data has been asked for: the printer and sound libraries take longer than the screen.
        QTimer.singleShot(0, lambda: attach_devices(services, self.app))

    def _give_way(self, window: QWidget, language: str, *, wizard: bool) -> None:
        """The snapshot was wrong about the database: open what the ordinary start opens, then drop the preview."""
        services = self.services
        assert services is not None
        log.info("screen snapshot out of date (set up: %s, language: %s); opening as usual", not wizard, language)
        apply_language(self.app, language)
        if wizard:
            from kiosk.ui.setup.first_run import FirstRun

            role, counter, windowed = self.role, self.counter, self.windowed
            self.first_run = FirstRun(
                services, lambda s, leave: show_role_windows(s, role, counter, windowed or leave is not None, leave)
            )
            self.first_run.start()
            self.windows = []
        else:
            self.windows = show_role_windows(services, self.role, self.counter, self.windowed)
        window.hide()
        window.deleteLater()


def run_fast(
    snapshot: Snapshot,
    role: str | None,
    *,
    counter: int | None,
    windowed: bool,
    build: BuildServices,
    start_web: StartWeb,
) -> int:
    """`kiosk run` from the snapshot: as run_gui, with the window first and the database after its first paint."""
    app = make_application(language=snapshot.language)
    return FastStart(
        app,
        snapshot,
        role or "kiosk",
        counter=counter,
        windowed=windowed or role is None,
        build=build,
        start_web=start_web,
    ).run()
