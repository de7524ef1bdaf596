"""QApplication set-up: fonts, theme, translator, and the window for the chosen role."""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.app import Services
from kiosk.paths import I18N_DIR
from kiosk.ui.theme import apply_base_style

log = logging.getLogger(__name__)


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Ki-ốt hỗ trợ số")
    app.setOrganizationName("commune-kiosk")
    # Vietnamese is the source language; a .qm beside it translates every screen (Qt tr + resources/i18n/*.ts).
    translator = QTranslator(app)
    if translator.load(QLocale(), "kiosk", "_", str(I18N_DIR)):
        app.installTranslator(translator)
    apply_base_style(app)
    return app


DEFAULT_ROLE = "kiosk"  # what a bare `kiosk run` opens: the citizen screen, when this build has it


def build_window(
    services: Services, role: str | None = None, counter: int | None = None, windowed: bool = False
) -> QWidget:
    """The window of `role`; None means the default role (the citizen kiosk), "picker" the role picker."""
    from kiosk.ui.picker import RolePicker
    from kiosk.ui.roles import available_roles, open_role

    options = {"counter": counter, "windowed": windowed}
    if role is None:
        role = DEFAULT_ROLE if DEFAULT_ROLE in {r.key for r in available_roles()} else "picker"
    if role != "picker":
        window = open_role(role, services, **options)
        if window is not None:
            return window
        log.warning("role %s is not available in this build; showing the picker", role)
    return RolePicker(services, **options)


def open_all_roles(services: Services, counter: int | None, windowed: bool) -> list[QWidget]:
    """One PC, every screen: the citizen screen on the first monitor, the hall display on the second (if any),
    the desk in a window. Small points often have one PC with a touch screen and a TV."""
    from PySide6.QtGui import QGuiApplication

    from kiosk.ui.roles import open_role

    screens = QGuiApplication.screens()
    windows: list[QWidget] = []
    for key in ("kiosk", "display", "desk"):
        window = open_role(key, services, counter=counter, windowed=windowed or key == "desk")
        if window is None:
            continue
        windows.append(window)
        if key == "display" and len(screens) > 1 and not windowed:
            window.setScreen(screens[1])
            window.setGeometry(screens[1].geometry())
            window.showFullScreen()
        elif key == "kiosk" and not windowed:
            window.showFullScreen()
        else:
            window.resize(1366, 768)
            window.show()
    return windows


def run_gui(services: Services, role: str | None = None, counter: int | None = None, windowed: bool = False) -> int:
    """Open the window of `role` and run until it closes. Without a role the citizen screen opens in a window
    (someone trying the program can close it); `--role kiosk` opens it fullscreen and locked."""
    app = make_application()
    from kiosk.ui.first_paint import after_first_paint
    from kiosk.ui.picker import RolePicker

    windowed = windowed or role is None
    if role == "all":
        windows = open_all_roles(services, counter, windowed)
        if windows:
            after_first_paint(windows[0], lambda: attach_devices(services, app))
        code = app.exec()
        _close(services)
        del windows
        return int(code)
    window = build_window(services, role, counter, windowed)
    after_first_paint(window, lambda: attach_devices(services, app))
    if windowed or isinstance(window, RolePicker):
        window.resize(1366, 768)
        window.showMaximized()
    else:
        window.showFullScreen()
    code = app.exec()
    _close(services)
    return int(code)


def attach_devices(services: Services, app: QApplication) -> None:
    """Plug the system's printers and the sound into the core services (after the first paint: QtPrintSupport,
    QtPdf, QtMultimedia and the text-to-speech engines take longer to load than the window takes to draw)."""
    from kiosk.ui.adapters.qt_printer import QtPrinterBackend
    from kiosk.ui.adapters.qt_speaker import QtSpeaker

    # The printing service is core (no Qt): it reaches the system's printers through this adapter.
    services.printing.attach(QtPrinterBackend())
    # Likewise the voice; the hall display asked for it when it opened, and it is prepared now.
    services.announce.attach(QtSpeaker(clips=services.announce.clips, parent=app))


CLOSE_WAIT_MS = 5000  # the design's bound on interactive waits


def _close(services: Services) -> None:
    """Let running tasks finish before the services close: a record being saved is kept, not cut off mid-way."""
    from kiosk.ui.worker import wait_for_tasks

    if not wait_for_tasks(CLOSE_WAIT_MS):
        # A print still waiting on the printer: its job stays 'printing' and the desk offers it again.
        log.warning("background tasks still running after %d ms; closing anyway", CLOSE_WAIT_MS)
    services.close()
