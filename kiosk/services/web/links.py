"""What the ticket's QR code holds: the phone link `<web.public_url>/v/<uuid>` when the LAN pages are on and have an
address, otherwise the bare uuid (as before the pages existed). The reverse, reading a scanned QR, is
kiosk/services/queue/refs.py. No web imports here: the printed ticket and the kiosk screen use it.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from typing import Any


def link_base(settings: Mapping[str, Any]) -> str:
    """`http://192.168.1.10:8080` (no trailing slash) when phones can open the pages, "" otherwise."""
    if not settings.get("web.enabled"):
        return ""
    return str(settings.get("web.public_url") or "").strip().rstrip("/")


def ticket_qr_text(ticket_uuid: uuid.UUID | str, base: str) -> str:
    return f"{base}/v/{ticket_uuid}" if base else str(ticket_uuid)
