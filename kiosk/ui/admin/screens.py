"""Screens of the admin role for `kiosk screenshot`: the tally dashboard, the backups, the version, the voice."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from kiosk.app import Services


def _tally(services: Services) -> QWidget:
    from kiosk.ui.admin.tally_view import TallyDashboard

    return TallyDashboard(services)


def _backups(services: Services) -> QWidget:
    from kiosk.ui.admin.backup_tab import BackupTab

    services.backups.create("manual")  # the screenshot's own (demo) database: something to list
    return BackupTab(services)


def _about(services: Services) -> QWidget:
    from kiosk.ui.admin.about_tab import AboutTab

    return AboutTab(services)


def _voice(services: Services) -> QWidget:
    from kiosk.ui.admin.voice_tab import VoiceTab

    return VoiceTab(services)


SCREENS: dict[str, Callable[[Services], QWidget]] = {
    "tally": _tally,
    "admin-backup": _backups,
    "admin-about": _about,
    "admin-voice": _voice,
}
