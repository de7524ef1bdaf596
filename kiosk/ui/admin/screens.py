"""Screens of the admin role for `kiosk screenshot`: the tally dashboard."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from kiosk.app import Services
from kiosk.ui.screens import register_screen


def _tally(services: Services) -> QWidget:
    from kiosk.ui.admin.tally_view import TallyDashboard

    return TallyDashboard(services)


register_screen("tally", _tally)
