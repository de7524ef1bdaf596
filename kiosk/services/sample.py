"""Sample data ("Dùng thử với dữ liệu mẫu"): the invented commune, its mark, and the separate try-out database.

The invented commune (xã Tân Phú, kiosk/resources/demo/office.yaml) is never part of the shipped catalogue: a real
install gets its names from the first-run wizard. Whatever fills a database with sample data writes the SAMPLE_KEY
row, so every process on that database (each role's window, every print, every report) can tell and says so:
"DỮ LIỆU MẪU". The mark lives in the database itself, not in a process's memory or a command-line flag.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import insert, select

from kiosk.clock import Clock
from kiosk.db import tables as t
from kiosk.db.engine import read_transaction, transaction
from kiosk.paths import CATALOGUE_DIR, DEMO_DIR, GUIDES_DIR

if TYPE_CHECKING:
    # Sessions are the callers': the tally imports this module for SAMPLE_KEY and must not load the ORM.
    from sqlalchemy.orm import Session, sessionmaker

SAMPLE_KEY = "demo.sample_data"  # an internal settings row (like setup.completed): not a person's setting
SAMPLE_MARK = "DỮ LIỆU MẪU"
SAMPLE_LINE = "DỮ LIỆU MẪU – không phải số liệu thật của xã"
TRYOUT_FOLDER = "dung-thu"  # inside the data folder: the try-out's own database, backups and PDFs
TRYOUT_FILE = "demo.sqlite3"
_MARK = select(t.settings.c.key).where(t.settings.c.key == SAMPLE_KEY)


def import_demo_office(sessions: sessionmaker[Session]) -> None:
    """Add the invented commune's points, counters and villages (missing ones only; nothing is overwritten)."""
    from kiosk.services.catalogue.service import import_catalogue, load_catalogue

    cat = load_catalogue(CATALOGUE_DIR, GUIDES_DIR, extra=[DEMO_DIR / "office.yaml"])
    with transaction(sessions) as session:
        import_catalogue(session, cat)


def mark_sample(session: Session, clock: Clock) -> None:
    """Called inside the transaction that writes sample data: from then on this database says it is a sample."""
    conn = session.connection()
    if conn.execute(_MARK).first() is None:
        conn.execute(insert(t.settings).values(key=SAMPLE_KEY, value=True, updated_at=clock.now()))


def is_sample(sessions: sessionmaker[Session]) -> bool:
    with read_transaction(sessions) as session:
        return session.connection().execute(_MARK).first() is not None


def tryout_folder(data_dir: Path) -> Path:
    """The try-out's own data folder inside the real one: its database, backups and saved PDFs stay apart, so
    trying the program never touches the real database or its backups."""
    return data_dir / TRYOUT_FOLDER
