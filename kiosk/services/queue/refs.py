"""What a ticket's QR code carries, read back: the bare ticket uuid, or the phone link `<public_url>/v/<uuid>`.

The QR holds the link when the LAN pages are on (kiosk/services/web/links.py), the bare uuid otherwise; a
scanner at the kiosk's rating screen, a desk or `kiosk queue ticket` may meet either, for years of old tickets.
Pure: no database, no Qt.
"""

from __future__ import annotations

import re
import uuid

MAX_REF = 600  # a public_url (500 at most) + "/v/" + a uuid: anything longer was not printed by us
_LINK = re.compile(r"^https?://[^\s/?#]+(?:/[^\s?#]*)?/v/([0-9A-Fa-f-]{32,36})/?$")
_BARE = re.compile(r"^[0-9A-Fa-f]{8}-?[0-9A-Fa-f]{4}-?[0-9A-Fa-f]{4}-?[0-9A-Fa-f]{4}-?[0-9A-Fa-f]{12}$")


def ticket_uuid_in(text: str | uuid.UUID | None) -> uuid.UUID | None:
    """The ticket uuid in a scanned or typed reference, or None when it holds none (a code like A012)."""
    if isinstance(text, uuid.UUID):
        return text
    value = (text or "").strip()
    if not value or len(value) > MAX_REF:
        return None
    link = _LINK.match(value)
    if link:
        value = link[1]
    if not _BARE.match(value):
        return None
    return uuid.UUID(value)
