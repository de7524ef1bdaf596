"""Composition root: configuration → engine → services. The UI and the CLI receive services from here."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, make_url
from sqlalchemy.orm import Session, sessionmaker

from kiosk.clock import Clock, SystemClock
from kiosk.config import Config, ensure_data_dir, load_config
from kiosk.db import identity, migrate
from kiosk.db.engine import check_connection, make_engine, make_session_factory
from kiosk.db.setup_lock import setup_lock
from kiosk.services.access.auth import AuthService
from kiosk.services.access.privacy import PrivacyService
from kiosk.services.admin.service import AdminServices, build_admin
from kiosk.services.backup.service import BackupService
from kiosk.services.catalogue.service import CatalogueService
from kiosk.services.display import DisplayService
from kiosk.services.documents.service import HandoutService
from kiosk.services.events import EventService
from kiosk.services.printing.service import PrintingService
from kiosk.services.queue.commands import QueueService
from kiosk.services.records.duty import DutyService
from kiosk.services.records.groups import GroupSessionService
from kiosk.services.records.service import AssistService
from kiosk.services.settings import SettingsService
from kiosk.services.sync.service import SyncService
from kiosk.services.tally import TallyService
from kiosk.services.voice.clips import ClipStore
from kiosk.services.voice.service import AnnounceService


@dataclass
class Services:
    config: Config
    engine: Engine
    sessions: sessionmaker[Session]
    clock: Clock
    catalogue: CatalogueService
    settings: SettingsService
    auth: AuthService
    assists: AssistService
    privacy: PrivacyService
    groups: GroupSessionService
    duty: DutyService
    handouts: HandoutService
    printing: PrintingService
    tally: TallyService
    sync: SyncService
    queue: QueueService
    events: EventService
    announce: AnnounceService
    display: DisplayService
    backups: BackupService
    admin: AdminServices

    def close(self) -> None:
        self.engine.dispose()


def build_services(
    config: Config | None = None,
    *,
    clock: Clock | None = None,
    prepare: bool = True,
    allow_new_database: bool = False,
) -> Services:
    """Wire everything; with `prepare`, create/upgrade the database and import the shipped catalogue if empty.

    A SQLite database this data folder had and has lost is never silently recreated (db/identity.py);
    `allow_new_database` is `kiosk db create --new`, a person's explicit choice.
    """
    config = config or load_config()
    clock = clock or SystemClock()
    if config.is_sqlite:
        ensure_data_dir(config)
    database = sqlite_path(config.db_url)
    if database is not None and not allow_new_database:
        identity.check_before_open(database)
    engine = make_engine(config.db_url)
    check_connection(engine)
    sessions = make_session_factory(engine)
    settings = SettingsService(sessions, clock)
    catalogue = CatalogueService(sessions)
    if prepare:
        prepare_database(engine, catalogue)
        identity.stamp(engine, database)
    else:
        migrate.check_not_newer(engine)
    queue = QueueService(sessions, clock, point_code=config.point_code)
    services = Services(
        config=config,
        engine=engine,
        sessions=sessions,
        clock=clock,
        catalogue=catalogue,
        settings=settings,
        auth=AuthService(sessions, clock),
        assists=AssistService(sessions, clock, settings, config.point_code),
        privacy=PrivacyService(sessions, clock, settings),
        groups=GroupSessionService(sessions, clock, config.point_code),
        duty=DutyService(sessions, clock, settings, config.point_code),
        handouts=HandoutService(sessions, clock, settings, catalogue, config.point_code, queue),
        printing=PrintingService(sessions, clock, settings, config.data_dir / "printed-pdf"),
        tally=TallyService(sessions, clock, settings),
        sync=SyncService(sessions, clock, config.point_code),
        queue=queue,
        events=EventService(sessions),
        announce=AnnounceService(settings, queue, catalogue, ClipStore(config.data_dir / "clips")),
        display=DisplayService(sessions, clock, point_code=config.point_code),
        backups=BackupService(engine, clock, settings, config.data_dir),
        admin=build_admin(sessions, clock, settings, config.point_code),
    )
    if prepare:
        services.backups.ensure_daily()
    return services


def sqlite_path(url: str) -> Path | None:
    if not url.startswith("sqlite:///"):
        return None
    database = make_url(url).database
    return Path(database) if database and database != ":memory:" else None


def prepare_database(engine: Engine, catalogue: CatalogueService) -> None:
    """Create or upgrade the schema and seed the shipped catalogue, one process at a time (db/setup_lock.py).

    The common case, a database already at head with its catalogue, takes no lock: every start pays only the
    two reads that tell.
    """
    if migrate.is_current(engine) and not catalogue.is_empty():
        return
    with setup_lock(engine):
        # Another process may have done it while this one waited: both steps look before they act.
        migrate.upgrade(engine)
        if catalogue.is_empty():
            catalogue.import_shipped()
