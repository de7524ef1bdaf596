"""A rendered document as the printing service files it: a plain record, so printing needs no PDF library."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Document:
    """A rendered PDF and what the printing service needs to file it."""

    kind: str  # ticket | handout | guide
    reference: str
    title: str
    target: str  # ticket (80 mm printer) | sheet (A4/A5/A6 printer)
    pdf: bytes
    ticket_id: int | None = None
