"""Official figures (from the national portal, typed in by hand with their source and date) for the admin screen's
"Số liệu chính thức" tab; the same rules as `kiosk tally official add` (services/tally/official.py)."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session, sessionmaker

from kiosk.clock import Clock
from kiosk.db.engine import read_transaction, transaction
from kiosk.services.tally.official import OfficialIndicator, add_indicator
from kiosk.services.tally.official import recent as recent_indicators


class OfficialFigures:
    def __init__(self, sessions: sessionmaker[Session], clock: Clock) -> None:
        self._sessions = sessions
        self._clock = clock

    def recent(self, limit: int = 200) -> list[OfficialIndicator]:
        """Newest period first."""
        with read_transaction(self._sessions) as session:
            return recent_indicators(session, limit)

    def add(
        self,
        by: int | None,
        *,
        code: str,
        name: str,
        period_from: date,
        period_to: date,
        value: str,
        source: str,
        source_date: date,
    ) -> OfficialIndicator:
        with transaction(self._sessions) as session:
            return add_indicator(
                session,
                self._clock.now(),
                code=code,
                name=name,
                period_from=period_from,
                period_to=period_to,
                value=value,
                source=source,
                source_date=source_date,
                entered_by_id=by,
            )
