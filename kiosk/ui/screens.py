"""Named screens for `kiosk screenshot NAME`: each builds a widget showing that screen with the given services.

Each role's screens module holds a SCREENS dict; this module lists those modules by explicit import (no import
by name string), so a freezer such as PyInstaller bundles every screen a person can ask for.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from kiosk.app import Services

ScreenBuilder = Callable[[Services], QWidget]


def _picker(services: Services) -> QWidget:
    from kiosk.ui.picker import RolePicker

    return RolePicker(services)


def available_screens() -> dict[str, ScreenBuilder]:
    # Imported when asked for: `kiosk run` never needs the screenshot builders.
    from kiosk.ui.admin import screens as admin
    from kiosk.ui.citizen import screens as citizen
    from kiosk.ui.desk import screens as desk
    from kiosk.ui.display import screens as display
    from kiosk.ui.setup import screens as setup

    found: dict[str, ScreenBuilder] = {"picker": _picker}
    for module in (citizen, desk, display, admin, setup):
        clash = found.keys() & module.SCREENS.keys()
        assert not clash, f"screen names used twice: {clash}"
        found.update(module.SCREENS)
    return dict(sorted(found.items()))
