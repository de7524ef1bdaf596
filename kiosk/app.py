"""Composition root: configuration → engine → services. The UI and the CLI receive services from here."""

from __future__ import annotations

from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, make_url

from kiosk.clock import Clock, SystemClock
from kiosk.config import Config, ensure_data_dir, load_config

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

    from kiosk.db.changes import ChangeWatch
    from kiosk.services.access.auth import AuthService
    from kiosk.services.access.privacy import PrivacyService
    from kiosk.services.admin.service import AdminServices
    from kiosk.services.backup.service import BackupService
    from kiosk.services.catalogue.service import CatalogueService
    from kiosk.services.display import DisplayService
    from kiosk.services.documents.service import HandoutService
    from kiosk.services.events import EventService
    from kiosk.services.printing.service import PrintingService
    from kiosk.services.queue.commands import QueueService
    from kiosk.services.queue.core import QueueCore
    from kiosk.services.records.duty import DutyService
    from kiosk.services.records.groups import GroupSessionService
    from kiosk.services.records.service import AssistService
    from kiosk.services.settings import SettingsService
    from kiosk.services.sync.service import SyncService
    from kiosk.services.tally import TallyService
    from kiosk.services.voice.service import AnnounceService


class Services:
    """Every service, each built (and its module imported) the first time it is used.

    `kiosk queue status` then imports the queue and nothing of PDFs, XLSX, Alembic or the sync bundle; a screen
    pays for the printing and voice modules when it first prints or speaks, not before its first paint. Each
    member is a cached property: built once, shared by every caller, replaceable in a test by assignment.
    To add a service: one property below, its import inside it (a static import: PyInstaller must see it).
    The session factory too is built when first used: `queue status`, `ticket issue`, `tally` and the setup gate
    work on Core tables (kiosk/db/tables.py) and never import `sqlalchemy.orm` nor the mapped classes.
    """

    def __init__(self, config: Config, engine: Engine, clock: Clock) -> None:
        self.config = config
        self.engine = engine
        self.clock = clock

    @cached_property
    def sessions(self) -> sessionmaker[Session]:
        from kiosk.db.engine import make_session_factory

        return make_session_factory(self.engine)

    @cached_property
    def catalogue(self) -> CatalogueService:
        from kiosk.services.catalogue.service import CatalogueService

        return CatalogueService(self.sessions)

    @cached_property
    def settings(self) -> SettingsService:
        from kiosk.services.settings import SettingsService

        return SettingsService(self.engine, self.clock, lambda: self.sessions)

    @cached_property
    def auth(self) -> AuthService:
        from kiosk.services.access.auth import AuthService

        return AuthService(self.sessions, self.clock)

    @cached_property
    def assists(self) -> AssistService:
        from kiosk.services.records.service import AssistService

        return AssistService(self.sessions, self.clock, self.settings, self.config.point_code)

    @cached_property
    def privacy(self) -> PrivacyService:
        from kiosk.services.access.privacy import PrivacyService

        return PrivacyService(self.sessions, self.clock, self.settings)

    @cached_property
    def groups(self) -> GroupSessionService:
        from kiosk.services.records.groups import GroupSessionService

        return GroupSessionService(self.sessions, self.clock, self.config.point_code)

    @cached_property
    def duty(self) -> DutyService:
        from kiosk.services.records.duty import DutyService

        return DutyService(self.sessions, self.clock, self.settings, self.config.point_code)

    @cached_property
    def handouts(self) -> HandoutService:
        from kiosk.services.documents.service import HandoutService

        return HandoutService(
            self.sessions, self.clock, self.settings, self.catalogue, self.config.point_code, self.queue
        )

    @cached_property
    def printing(self) -> PrintingService:
        from kiosk.services.printing.service import PrintingService

        return PrintingService(self.sessions, self.clock, self.settings, self.config.data_dir / "printed-pdf")

    @cached_property
    def tally(self) -> TallyService:
        from kiosk.services.tally import TallyService

        return TallyService(self.engine, self.clock, self.settings, lambda: self.sessions)

    @cached_property
    def sync(self) -> SyncService:
        from kiosk.services.sync.service import SyncService

        return SyncService(self.sessions, self.clock, self.config.point_code)

    @cached_property
    def queue(self) -> QueueService:
        from kiosk.services.queue.commands import QueueService

        return QueueService(self.sessions, self.clock, point_code=self.config.point_code)

    @cached_property
    def queue_core(self) -> QueueCore:
        """Today's status and issuing a ticket on Core alone: the commands' way, without the ORM's start-up cost."""
        from kiosk.services.queue.core import QueueCore

        return QueueCore(self.engine, self.clock, point_code=self.config.point_code)

    @cached_property
    def events(self) -> EventService:
        from kiosk.services.events import EventService

        return EventService(self.sessions, point_code=self.config.point_code)

    @cached_property
    def announce(self) -> AnnounceService:
        from kiosk.services.voice.clips import ClipStore
        from kiosk.services.voice.service import AnnounceService

        return AnnounceService(self.settings, self.queue, self.catalogue, ClipStore(self.config.data_dir / "clips"))

    @cached_property
    def display(self) -> DisplayService:
        from kiosk.services.display import DisplayService

        return DisplayService(self.sessions, self.clock, point_code=self.config.point_code)

    @cached_property
    def backups(self) -> BackupService:
        from kiosk.services.backup.service import BackupService

        return BackupService(self.engine, self.clock, self.settings, self.config.data_dir)

    @cached_property
    def admin(self) -> AdminServices:
        from kiosk.services.admin.service import build_admin

        return build_admin(self.sessions, self.clock, self.settings, self.config.point_code)

    @cached_property
    def changes(self) -> ChangeWatch:
        """Tells an idle screen whether to query at all (db/changes.py); on PostgreSQL it holds a LISTEN connection."""
        from kiosk.db.changes import ChangeWatch

        return ChangeWatch(self.engine)

    def close(self) -> None:
        if "changes" in self.__dict__:
            self.changes.close()
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
    from kiosk.db import identity, migrate
    from kiosk.db.engine import check_connection, make_engine

    config = config or load_config()
    clock = clock or SystemClock()
    if config.is_sqlite:
        ensure_data_dir(config)
    database = sqlite_path(config.db_url)
    if database is not None and not allow_new_database:
        identity.check_before_open(database)
    engine = make_engine(config.db_url, point_code=config.point_code)
    check_connection(engine)
    services = Services(config, engine, clock)
    if prepare:
        prepare_database(services)
        identity.stamp(engine, database)
    else:
        migrate.check_not_newer(engine)
    if prepare:
        services.backups.ensure_daily()
    return services


def sqlite_path(url: str) -> Path | None:
    if not url.startswith("sqlite:///"):
        return None
    database = make_url(url).database
    return Path(database) if database and database != ":memory:" else None


def prepare_database(services: Services) -> None:
    """Create or upgrade the schema and seed the shipped catalogue, one process at a time (db/setup_lock.py).

    The common case, a database already at head with its catalogue, takes no lock and imports neither Alembic
    nor the catalogue loader: every start pays only the two reads that tell.
    """
    from kiosk.db import migrate

    engine = services.engine
    if migrate.is_current(engine) and _has_catalogue(engine):
        return
    from kiosk.db.setup_lock import setup_lock

    with setup_lock(engine):
        # Another process may have done it while this one waited: both steps look before they act.
        migrate.upgrade(engine)
        if services.catalogue.is_empty():
            services.catalogue.import_shipped()


def _has_catalogue(engine: Engine) -> bool:
    # The same question as CatalogueService.is_empty, without importing the catalogue's YAML checks.
    from sqlalchemy import text

    with engine.connect() as conn:
        return conn.execute(text("SELECT 1 FROM queue_services LIMIT 1")).first() is not None
