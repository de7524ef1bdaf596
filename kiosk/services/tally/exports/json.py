"""JSON: the contract of `kiosk tally --format json` (keys from the issue; more keys may be added, none renamed)."""

from __future__ import annotations

import json

from kiosk.services.tally.model import Tally


def render_json(tally: Tally) -> bytes:
    return (json.dumps(tally.data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
