"""Named screens for `kiosk screenshot NAME`: each builds a widget showing that screen with the given services.

A screen module registers itself: `register_screen("kiosk-home", build_fn)`; build_fn(services) -> QWidget.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module

from PySide6.QtWidgets import QWidget

from kiosk.app import Services

ScreenBuilder = Callable[[Services], QWidget]
_SCREENS: dict[str, ScreenBuilder] = {}

SCREEN_MODULES = [
    "kiosk.ui.citizen.screens",
    "kiosk.ui.desk.screens",
    "kiosk.ui.display.screens",
    "kiosk.ui.admin.screens",
]


def register_screen(name: str, builder: ScreenBuilder) -> None:
    _SCREENS[name] = builder


def _picker(services: Services) -> QWidget:
    from kiosk.ui.picker import RolePicker

    return RolePicker(services)


register_screen("picker", _picker)


def available_screens() -> dict[str, ScreenBuilder]:
    for module in SCREEN_MODULES:
        try:
            import_module(module)
        except ModuleNotFoundError as exc:
            if exc.name is None or not module.startswith(exc.name):
                raise
    return dict(sorted(_SCREENS.items()))
