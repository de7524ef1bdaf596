"""The first start on a database file that does not exist yet: the wizard at once, the database made behind it.

Such a database is certainly not set up, so what the ordinary start would open after creating it is known: the
first-run wizard (kiosk/ui/setup/). It is shown before the database stack is imported; after its first paint the
services are built on the worker (creating the file, the schema, the shipped catalogue: seconds on a slow PC, while
the person reads the first question and types), then handed to the wizard, and the printers and sound plugged in.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication

from kiosk.config import Config
from kiosk.errors import KioskError
from kiosk.languages import SOURCE_LANGUAGE
from kiosk.ui.app import attach_devices, make_application, show_role_windows
from kiosk.ui.first_paint import after_first_paint
from kiosk.ui.screen_start import ScreenStart
from kiosk.ui.setup.first_run import FirstRun
from kiosk.ui.worker import run_task

if TYPE_CHECKING:
    from kiosk.app import Services
    from kiosk.ui.fast_start import BuildServices, StartWeb


class FreshStart(ScreenStart):
    def __init__(
        self,
        app: QApplication,
        config: Config,
        role: str | None,
        *,
        counter: int | None,
        windowed: bool,
        build: BuildServices,
        start_web: StartWeb,
    ) -> None:
        super().__init__(app)
        self.role = role
        self._build = build
        self._start_web = start_web
        # The try-out (leave is set) opens in windows, never locked: its band offers the way back (as run_gui).
        self.first_run: FirstRun = FirstRun(
            None, lambda s, leave: show_role_windows(s, role, counter, windowed or leave is not None, leave), config
        )

    def show(self) -> None:
        after_first_paint(self.first_run.wizard, self._make_database)
        self.first_run.start()

    def _make_database(self) -> None:
        self.painted()
        wizard = self.first_run.wizard
        run_task(wizard, self._build, self._ready, self._failed)
        wizard.complete()  # its other pages, while the worker makes the database

    def _ready(self, services: Services) -> None:
        self.services = services
        self.web = self._start_web(services, self.role)
        self.first_run.bind(services)
        attach_devices(services, self.app)  # the wizard tries the printer and the voice

    def _failed(self, error: KioskError) -> None:
        self.error = error
        self.first_run.wizard.hide()
        self.app.exit(1)


def run_fresh(
    config: Config,
    role: str | None,
    *,
    counter: int | None,
    windowed: bool,
    build: BuildServices,
    start_web: StartWeb,
) -> int:
    """`kiosk run` on a new database: as run_gui would, with the wizard shown before the database is made."""
    app = make_application(language=SOURCE_LANGUAGE)  # a new database holds the default language
    return FreshStart(
        app, config, role, counter=counter, windowed=windowed or role is None, build=build, start_web=start_web
    ).run()
