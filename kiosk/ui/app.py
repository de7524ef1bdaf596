"""QApplication set-up: fonts, theme, translator, and the window for the chosen role."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.languages import SOURCE_LANGUAGE
from kiosk.paths import I18N_DIR
from kiosk.ui.theme import apply_base_style

if TYPE_CHECKING:  # a fast start (fast_start.py) imports this module before the database stack
    from kiosk.app import Services

log = logging.getLogger(__name__)

# The translators this process installed (the kiosk's own, Qt's), so a second call can swap them.
_installed: list[QTranslator] = []


def make_application(argv: list[str] | None = None, language: str | None = None) -> QApplication:
    """The one QApplication. `language` is the setting ui.language ("vi", "en"); None keeps what is installed.

    The language is chosen by the setting, never by the PC's locale: a kiosk on an English Windows still speaks
    Vietnamese to citizens unless the commune asks otherwise."""
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    assert isinstance(app, QApplication)
    if language is not None:
        apply_language(app, language)
    app.setApplicationName(QCoreApplication.translate("Application", "Ki-ốt hỗ trợ số"))
    app.setOrganizationName("commune-kiosk")
    apply_base_style(app)
    return app


def apply_language(app: QCoreApplication, language: str) -> bool:
    """Install the translators of `language` for the whole program (widgets built afterwards use them).

    Vietnamese is the source language written in the code: it needs no translator. Another language loads
    resources/i18n/kiosk_<language>.qm (built by tools/update_translations.py) and Qt's own qtbase_<language>.qm
    for the standard buttons of Qt's dialogs, when the PySide6 wheel (or the bundle) carries one. False, with a
    warning in the log, when the kiosk's .qm is missing: the screens then stay in Vietnamese."""
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    if language == SOURCE_LANGUAGE:
        return True
    ours = QTranslator(app)
    if not ours.load(f"kiosk_{language}", str(I18N_DIR)):
        log.warning("no translation kiosk_%s.qm in %s; the screens stay in Vietnamese", language, I18N_DIR)
        return False
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    app.installTranslator(ours)
    _installed.append(ours)
    return True


DEFAULT_ROLE = "kiosk"  # what a bare `kiosk run` opens: the citizen screen, when this build has it


def build_window(
    services: Services,
    role: str | None = None,
    counter: int | None = None,
    windowed: bool = False,
    leave_sample: Callable[[], None] | None = None,
) -> QWidget:
    """The window of `role`; None means the default role (the citizen kiosk), "picker" the role picker.

    `leave_sample`: on the wizard's try-out database, the band's way back to the real setup."""
    from kiosk.ui.picker import RolePicker
    from kiosk.ui.roles import available_roles, open_role
    from kiosk.ui.widgets.sample_band import mark_if_sample

    options: dict[str, Any] = {"counter": counter, "windowed": windowed}
    if leave_sample is not None:
        options["leave_sample"] = leave_sample
    if role is None:
        role = DEFAULT_ROLE if DEFAULT_ROLE in {r.key for r in available_roles()} else "picker"
    if role != "picker":
        window = open_role(role, services, **options)
        if window is not None:
            return window
        log.warning("role %s is not available in this build; showing the picker", role)
    picker = RolePicker(services, **options)
    mark_if_sample(picker, services, leave_sample)
    return picker


def open_all_roles(
    services: Services, counter: int | None, windowed: bool, leave_sample: Callable[[], None] | None = None
) -> list[QWidget]:
    """One PC, every screen: the citizen screen on the first monitor, the hall display on the second (if any),
    the desk in a window. Small points often have one PC with a touch screen and a TV."""
    from PySide6.QtGui import QGuiApplication

    from kiosk.ui.roles import open_role

    screens = QGuiApplication.screens()
    windows: list[QWidget] = []
    extra: dict[str, Any] = {} if leave_sample is None else {"leave_sample": leave_sample}
    for key in ("kiosk", "display", "desk"):
        window = open_role(key, services, counter=counter, windowed=windowed or key == "desk", **extra)
        if window is None:
            continue
        windows.append(window)
        if key == "display" and len(screens) > 1 and not windowed:
            window.setScreen(screens[1])
            window.setGeometry(screens[1].geometry())
            window.showFullScreen()
        elif key == "kiosk" and not windowed:
            show_full_screen(window)
        else:
            window.resize(1366, 768)
            window.show()
    return windows


def show_full_screen(window: QWidget) -> None:
    """Full screen with or without a window manager. Without one (a Linux PC that starts only the kiosk, a bare X
    server) showFullScreen alone leaves the window at its preferred size, say 456×720 for the hall display, where
    the ticker scrolls all day and the board is cramped; the screen's geometry set first fills it either way."""
    from PySide6.QtGui import QGuiApplication

    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        window.setGeometry(screen.geometry())
    window.showFullScreen()


def show_role_windows(
    services: Services,
    role: str | None,
    counter: int | None,
    windowed: bool,
    leave_sample: Callable[[], None] | None = None,
) -> list[QWidget]:
    """Open and show what `kiosk run --role ROLE` opens; the windows are returned so the caller keeps them."""
    from kiosk.ui.picker import RolePicker

    if role == "all":
        return open_all_roles(services, counter, windowed, leave_sample)
    window = build_window(services, role, counter, windowed, leave_sample)
    if windowed or isinstance(window, RolePicker):
        window.resize(1366, 768)
        window.showMaximized()
    else:
        show_full_screen(window)
    return [window]


def run_gui(services: Services, role: str | None = None, counter: int | None = None, windowed: bool = False) -> int:
    """Open the window of `role` and run until it closes. Without a role the citizen screen opens in a window
    (someone trying the program can close it); `--role kiosk` opens it fullscreen and locked.

    A database nobody has set up opens the first-run wizard first, whatever the role; the role follows.
    The printer and sound adapters are plugged in after the role's first paint (attach_devices)."""
    app = make_application(language=services.settings.get("ui.language"))
    from kiosk.services.setup.service import SetupService
    from kiosk.ui.first_paint import after_first_paint

    windowed = windowed or role is None
    # Read once before any window exists, as build_services did: the answer decides what opens first.
    done = SetupService(services.sessions, services.clock, services.settings, services.auth).is_done()
    if done:
        windows = show_role_windows(services, role, counter, windowed)
        if windows:
            after_first_paint(windows[0], lambda: attach_devices(services, app))
    else:
        from kiosk.ui.setup.first_run import FirstRun

        attach_devices(services, app)  # the wizard tries the printer and the voice: plugged in from the start
        # The try-out (leave is set) opens in windows, never locked: its band offers the way back.
        first_run = FirstRun(
            services, lambda s, leave: show_role_windows(s, role, counter, windowed or leave is not None, leave)
        )
        first_run.start()
    code = app.exec()
    if not done:
        first_run.close()
    close_services(services)
    if done:
        del windows
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
    forget_module_sources(app)


# How long after the devices are attached the sources are dropped again: the first minute's work (the first
# reads, the voice's first clip) imports what the start did not.
SOURCES_AGAIN_MS = 60_000


def forget_module_sources(app: QApplication) -> None:
    """Drop the source lines Python's linecache holds: PySide6 reads the source of every module imported after it
    (to see whether it uses PySide6), and linecache keeps them for the process's life. On a screen, SQLAlchemy
    and the services, loaded after the first paint, left 14 MB of source text in memory (measured with
    tracemalloc on the hall display). A traceback reads the files again when it needs them."""
    import linecache

    from PySide6.QtCore import QTimer

    linecache.clearcache()
    QTimer.singleShot(SOURCES_AGAIN_MS, app, linecache.clearcache)


CLOSE_WAIT_MS = 5000  # the design's bound on interactive waits


def close_services(services: Services) -> None:
    """Let running tasks finish before the services close: a record being saved is kept, not cut off mid-way."""
    from kiosk.ui.worker import wait_for_tasks

    if not wait_for_tasks(CLOSE_WAIT_MS):
        # A print still waiting on the printer: its job stays 'printing' and the desk offers it again.
        log.warning("background tasks still running after %d ms; closing anyway", CLOSE_WAIT_MS)
    services.close()
