"""What the two quick starts of `kiosk run` share (fast_start.py: the screen from its snapshot; fresh_start.py: the
wizard on a new database): a window shown first, the services built after its first paint, and at the end the
wizard, the services and the web pages closed, and an error of the start said by the command line."""

from __future__ import annotations

import gc
from abc import ABC, abstractmethod
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication

from kiosk.ui.app import close_services

if TYPE_CHECKING:
    from kiosk.app import Services
    from kiosk.services.web.server import BackgroundWeb
    from kiosk.ui.setup.first_run import FirstRun


class ScreenStart(ABC):
    """One run: show() what paints first; the subclass binds the services once they are built."""

    def __init__(self, app: QApplication) -> None:
        self.app = app
        self.services: Services | None = None
        self.web: BackgroundWeb | None = None
        self.first_run: FirstRun | None = None
        self.error: BaseException | None = None  # raised by run() after the loop, said as the ordinary start would

    @abstractmethod
    def show(self) -> object:
        """Show the first window; the services are built after its first paint."""

    @staticmethod
    def painted() -> None:
        """Called first by what runs after the first paint: the garbage collector, off for the start (see
        kiosk/cli/run_cmd.py), works again."""
        gc.enable()

    def finish(self) -> None:
        if self.first_run is not None:
            self.first_run.close()
        if self.services is not None:
            close_services(self.services)
        if self.web is not None:
            self.web.stop()

    def run(self) -> int:
        self.show()
        code = self.app.exec()
        self.finish()
        if self.error is not None:
            raise self.error
        return int(code)
