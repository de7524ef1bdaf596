"""The wizard's try-out database filled: the invented commune, 30 days of sample data, counted as set up.

Apart from services/sample.py (the mark every print reads) so that module never imports the demo generator.
"""

from __future__ import annotations

from sqlalchemy.orm import Session, sessionmaker

from kiosk.clock import Clock
from kiosk.services.access.auth import AuthService
from kiosk.services.demo import DemoGenerator
from kiosk.services.settings import SettingsService
from kiosk.services.setup.service import SetupService


def fill_tryout(sessions: sessionmaker[Session], clock: Clock, settings: SettingsService, auth: AuthService) -> None:
    """Fill a new try-out database: the invented commune, 30 days of sample data (marked), counted as set up."""
    setup = SetupService(sessions, clock, settings, auth)
    if setup.is_done():
        return
    DemoGenerator(sessions, clock).generate(30, 1)  # the invented commune too, and counted as set up
    # Channels for the handouts to show; a reserved domain (.example) that can never be someone's real site.
    settings.set("office.website", "https://xa-tan-phu.example")
    settings.set("office.hotline", "0200 000 000")
