"""Everything the desk forms choose from, loaded once per login off the UI thread."""

from __future__ import annotations

from dataclasses import dataclass

from kiosk.app import Services
from kiosk.services.records.types import ONLINE_LEVELS


@dataclass(frozen=True)
class Lookups:
    channels: list[tuple[str, str]]
    levels: list[tuple[str, str]]
    portals: list[tuple[str, str]]
    reasons: list[tuple[str, str]]
    age_bands: list[tuple[str, str]]
    villages: list[tuple[str, str]]
    points: list[tuple[str, str]]
    staff: list[tuple[int, str]]
    topics: list[tuple[str, str]]
    consent_wording: str


def load_lookups(services: Services) -> Lookups:
    cat = services.catalogue

    def pairs(kind: str) -> list[tuple[str, str]]:
        return [(t.code, t.name) for t in cat.terms(kind)]

    return Lookups(
        channels=pairs("channel"),
        levels=[(c, n) for c, n in pairs("online_level") if c in ONLINE_LEVELS],
        portals=pairs("portal"),
        reasons=pairs("not_submitted_reason"),
        age_bands=pairs("age_band"),
        villages=[(v.code, v.name) for v in cat.villages()],
        points=services.assists.points(),
        staff=[(s.id, s.name) for s in services.auth.list_staff() if s.role != "admin"],
        topics=services.groups.topics(),
        consent_wording=services.privacy.wording(),
    )
