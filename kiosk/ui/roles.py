"""Which window each role opens. A role module registers a factory: `register_role("kiosk", title, factory)`.

The factory receives the Services and keyword options (counter, windowed) and returns a top-level QWidget.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from importlib import import_module
from typing import Any

from PySide6.QtWidgets import QWidget

from kiosk.app import Services

RoleFactory = Callable[..., QWidget]


@dataclass(frozen=True)
class Role:
    key: str
    title: str
    description: str
    factory: RoleFactory


ROLE_MODULES = {
    "kiosk": "kiosk.ui.citizen.window",
    "desk": "kiosk.ui.desk.window",
    "display": "kiosk.ui.display.window",
    "admin": "kiosk.ui.admin.window",
}
_ROLES: dict[str, Role] = {}


def register_role(key: str, title: str, description: str, factory: RoleFactory) -> None:
    _ROLES[key] = Role(key, title, description, factory)


def available_roles() -> list[Role]:
    for key, module in ROLE_MODULES.items():
        if key not in _ROLES:
            try:
                import_module(module)
            except ModuleNotFoundError as exc:
                # A role whose screens are not built into this release is simply not offered.
                if exc.name is None or not module.startswith(exc.name):
                    raise
    return [_ROLES[k] for k in ROLE_MODULES if k in _ROLES]


def open_role(key: str, services: Services, **options: Any) -> QWidget | None:
    roles = {r.key: r for r in available_roles()}
    role = roles.get(key)
    return role.factory(services, **options) if role else None
