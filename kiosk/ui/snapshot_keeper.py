"""What a screen keeps for its next start's first paint: its screen snapshot (kiosk/services/screen_snapshot.py),
written on the worker, and only when what it would write changed (the kiosk's home and the hall display's board
are read again every few seconds, and mostly come back the same)."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from kiosk.ui.worker import run_task

if TYPE_CHECKING:
    from kiosk.app import Services

log = logging.getLogger(__name__)


class SnapshotKeeper:
    """The snapshot of `role` ("kiosk", "display"). It keeps no reference to its window: a window holding its
    keeper and the keeper its window would be a cycle, freed by the garbage collector at any moment (inside an event
    filter, say) instead of when the window goes."""

    def __init__(self, role: str) -> None:
        self.role = role
        self.saved: dict[str, Any] | None = None  # what was last handed to the worker

    def keep(self, owner: QObject, services: Services, body: dict[str, Any]) -> None:
        """`owner`: the window, whose worker tasks end with it."""
        from kiosk.services.screen_snapshot import save_for

        if body == self.saved:
            return
        self.saved = body
        role = self.role
        run_task(
            owner,
            lambda: save_for(services, role, body),
            lambda _none: None,
            lambda error: log.warning("screen snapshot: %s", error.detail or error.message),
        )
