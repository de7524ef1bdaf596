"""Screens of the admin role for `kiosk screenshot`: the tally dashboard."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from kiosk.app import Services


def _tally(services: Services) -> QWidget:
    from kiosk.ui.admin.tally_view import TallyDashboard

    return TallyDashboard(services)


SCREENS: dict[str, Callable[[Services], QWidget]] = {
    "tally": _tally,
}
