"""The first start of a database nobody has set up: the wizard, then the role that was asked for.

The wizard's «Dùng thử với dữ liệu mẫu» opens the role on a separate try-out database instead (its own folder
inside the data folder, filled with sample data and marked, services/sample.py); the band on its windows leads
back to the wizard, and the real database is never touched by the try-out.

On a database file that does not exist yet (certainly not set up), the wizard opens before the database stack
is imported, with no services (kiosk/ui/fast_start.py); bind() hands them over once the database is made.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from kiosk.config import Config, remember_point, sqlite_url
from kiosk.errors import KioskError
from kiosk.ui.setup.wizard import SetupWizard
from kiosk.ui.worker import run_task, wait_for_tasks

if TYPE_CHECKING:
    from kiosk.app import Services
    from kiosk.services.setup.service import SetupReport

OpenRoles = Callable[["Services", Callable[[], None] | None], list[QWidget]]


def open_tryout(services: Services) -> Services:
    """Services on the try-out database, filled the first time (worker thread: it takes a few seconds)."""
    from kiosk.app import build_services
    from kiosk.services.sample import TRYOUT_FILE, tryout_folder
    from kiosk.services.tryout import fill_tryout

    folder = tryout_folder(services.config.data_dir)
    config = dataclasses.replace(
        services.config, data_dir=folder, db_url=sqlite_url(folder / TRYOUT_FILE), log_dir=services.config.log_dir
    )
    tryout = build_services(config, clock=services.clock)
    try:
        fill_tryout(tryout.sessions, tryout.clock, tryout.settings, tryout.auth)
    except BaseException:
        tryout.close()
        raise
    return tryout


class FirstRun(QObject):
    def __init__(self, services: Services | None, open_roles: OpenRoles, config: Config | None = None) -> None:
        """`services` None: the wizard opens at once, bind() follows when the new database is made."""
        super().__init__()
        self.services: Services | None = None
        self._open_roles = open_roles
        self._try_waiting = False
        self.wizard = SetupWizard(services, config)
        self.wizard.completed.connect(self._completed)
        self.wizard.try_out.connect(self._try_out)
        self.windows: list[QWidget] = []
        self.tryout: Services | None = None
        self.point_services: Services | None = None
        if services is not None:
            self.bind(services)

    def bind(self, services: Services) -> None:
        self.services = services
        self.wizard.bind(services)
        if self._try_waiting:
            self._try_waiting = False
            self._open_tryout(services)

    def start(self) -> None:
        self.wizard.resize(1366, 768)
        self.wizard.showMaximized()

    def _completed(self, report: SetupReport) -> None:
        services = self.services
        assert services is not None, "the wizard saves only once bound"
        if report.point_code != services.config.point_code and not services.config.point_explicit:
            # A village point or a mobile team: from now on this PC serves that point (remembered in its data
            # folder), and the role opens on services for it at once, not after a restart.
            try:
                config = remember_point(services.config, report.point_code)
            except KioskError as error:
                self.wizard.say_on_first_page(error.message)
            else:
                services = self.point_services = self._services_for(config)
        self.windows = self._open_roles(services, None)
        self.wizard.hide()

    def _services_for(self, config: Config) -> Services:
        from kiosk.app import build_services
        from kiosk.ui.adapters.qt_printer import QtPrinterBackend

        assert self.services is not None
        services = build_services(config, clock=self.services.clock)
        if self.services.printing.has_backend:
            services.printing.attach(QtPrinterBackend())
        services.announce.attach(self.services.announce.speaker)
        return services

    def _try_out(self) -> None:
        self.wizard.commune.try_button.setEnabled(False)
        self.wizard.commune.try_error.setProperty("role", "question")
        self.wizard.commune.try_error.say(self.tr("Đang mở dữ liệu mẫu (lần đầu mất vài giây)…"))
        if self.services is None:
            self._try_waiting = True  # opened by bind(), a moment from now
            return
        self._open_tryout(self.services)

    def _open_tryout(self, services: Services) -> None:
        run_task(self.wizard, lambda: open_tryout(services), self._tryout_ready, self._tryout_failed)

    def _tryout_ready(self, tryout: Services) -> None:
        from kiosk.ui.adapters.qt_printer import QtPrinterBackend

        assert self.services is not None
        self.wizard.commune.try_button.setEnabled(True)
        self.wizard.commune.try_error.say("")
        self.wizard.commune.try_error.setProperty("role", "error")
        if self.services.printing.has_backend:
            tryout.printing.attach(QtPrinterBackend())
        tryout.announce.attach(self.services.announce.speaker)
        self.tryout = tryout
        self.windows = self._open_roles(tryout, self.leave_tryout)
        self.wizard.hide()

    def _tryout_failed(self, error: KioskError) -> None:
        self.wizard.commune.try_button.setEnabled(True)
        self.wizard.commune.try_error.setProperty("role", "error")
        self.wizard.say_on_first_page(error.message)

    def leave_tryout(self) -> None:
        """Back from the sample data to the real setup: the wizard first, so the application never has no window."""
        self.wizard.showMaximized()
        for window in self.windows:
            window.close()
            window.deleteLater()
        self.windows = []
        if self.tryout is not None:
            wait_for_tasks(5000)
            self.tryout.close()
            self.tryout = None

    def close(self) -> None:
        if self.tryout is not None:
            self.tryout.close()
            self.tryout = None
        if self.point_services is not None:
            wait_for_tasks(5000)
            self.point_services.close()
            self.point_services = None
