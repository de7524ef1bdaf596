"""Engine factory: SQLite with WAL and up-front write locks, or PostgreSQL, behind one function."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError

if TYPE_CHECKING:
    # The ORM is imported by the first session factory, not here: Core-only commands never load it.
    from sqlalchemy.orm import Session, sessionmaker

from kiosk.db.failures import classify
from kiosk.errors import DatabaseUnavailable, InputError

# An interactive step (issue, call, record, log in) waits this long for another writer, then says the database
# is busy: a frozen desk PC must not leave the kiosk silent for 40 seconds.
SQLITE_BUSY_TIMEOUT_MS = 5_000
PG_LOCK_TIMEOUT_MS = 5_000
READ_ONLY_OPTION = "kiosk_read_only"


class DatabaseFileReplaced(DatabaseUnavailable):
    """The SQLite file this process opened was deleted or replaced under it."""


def _file_identity(path: Path) -> tuple[int, int] | None:
    try:
        info = os.stat(path)
    except OSError:
        return None
    return info.st_dev, info.st_ino


def _configure_sqlite(engine: Engine) -> None:
    database = engine.url.database
    watched = Path(database) if database and database != ":memory:" else None
    opened: dict[str, tuple[int, int] | None] = {}

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy, not the driver, decide when a transaction begins (SQLAlchemy docs, pysqlite recipe).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()
        if watched is not None and "file" not in opened:
            opened["file"] = _file_identity(watched)

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        # A file deleted (or swapped) under a running process: its writes would go to an unlinked inode and be
        # lost at exit, and the next start would make a new database. Stop at the next unit of work instead.
        if watched is not None and opened.get("file") is not None and _file_identity(watched) != opened["file"]:
            raise DatabaseFileReplaced(
                f"Tệp cơ sở dữ liệu {watched} đã bị xoá hoặc bị thay bằng tệp khác trong lúc chương trình đang "
                "chạy; chương trình ngừng ghi để không mất số liệu. Xin đóng chương trình, đặt lại tệp (hoặc "
                "khôi phục bản sao lưu: kiosk backup list) rồi mở lại."
            )
        if conn.get_execution_options().get(READ_ONLY_OPTION):
            # A read (a tally, a screen polling events) must not hold the write lock: the kiosk keeps issuing.
            conn.exec_driver_sql("BEGIN")
        else:
            # Take the write lock at BEGIN: two processes never deadlock upgrading a read lock mid-transaction.
            conn.exec_driver_sql("BEGIN IMMEDIATE")


APPLICATION_NAME = "commune-kiosk"


def application_name(point_code: str | None) -> str:
    """What pg_stat_activity shows for this process's connections: on a district server the IT person sees which
    commune or village point holds which connection. ASCII and within PostgreSQL's 63 bytes (it replaces other
    characters with '?' and cuts longer names)."""
    name = f"{APPLICATION_NAME} {point_code}" if point_code else APPLICATION_NAME
    return name.encode("ascii", "replace").decode("ascii")[:63]


def make_engine(url: str, *, point_code: str | None = None, **kwargs: Any) -> Engine:
    try:
        if url.startswith("sqlite"):
            engine = create_engine(url, **kwargs)
            _configure_sqlite(engine)
        else:
            kwargs.setdefault("pool_pre_ping", True)
            # At most two connections per process (a screen: its LISTEN connection and one for its reads and
            # writes, which its worker threads take in turn): 20 communes × 7 processes stay within a server's
            # max_connections (README: sizing). A third request waits up to pool_timeout, then fails cleanly.
            kwargs.setdefault("pool_size", 2)
            kwargs.setdefault("max_overflow", 0)
            kwargs.setdefault("pool_timeout", 10)
            # lock_timeout covers row locks and advisory locks alike (the event feed's): bounded waits everywhere.
            kwargs.setdefault(
                "connect_args",
                {
                    "connect_timeout": 5,
                    "options": f"-c lock_timeout={PG_LOCK_TIMEOUT_MS}",
                    "application_name": application_name(point_code),
                },
            )
            engine = create_engine(url, **kwargs)
    except (ArgumentError, NoSuchModuleError, ModuleNotFoundError) as exc:
        raise InputError(
            f"Địa chỉ cơ sở dữ liệu không hợp lệ: {redact_url(url)}. "
            "Chỉ dùng được sqlite:///đường/dẫn.sqlite3 hoặc postgresql+psycopg://user:mật_khẩu@máy/tên_csdl."
        ) from exc
    return engine


def redact_url(url: str) -> str:
    """Never print a password that sits in a database URL."""
    if "://" not in url or "@" not in url:
        return url
    scheme, rest = url.split("://", 1)
    creds, host = rest.rsplit("@", 1)
    user = creds.split(":", 1)[0]
    return f"{scheme}://{user}:***@{host}"


def check_connection(engine: Engine) -> None:
    try:
        with engine.connect():
            pass
    except DBAPIError as exc:
        where = redact_url(engine.url.render_as_string(hide_password=False))
        if engine.dialect.name == "sqlite":
            message = (
                f"Không mở được tệp cơ sở dữ liệu {engine.url.database}. "
                "Xin kiểm tra thư mục có tồn tại, còn chỗ trống và được phép ghi."
            )
        else:
            message = (
                f"Không kết nối được cơ sở dữ liệu ({where}). Xin kiểm tra máy chủ và mạng, rồi mở lại chương trình."
            )
        raise classify(exc, engine, message) from exc


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    from sqlalchemy.orm import sessionmaker

    return sessionmaker(engine, expire_on_commit=False)


_READ_FAILED = "Mất kết nối cơ sở dữ liệu; chưa đọc được số liệu. Xin thử lại sau ít phút."
_WRITE_FAILED = "Mất kết nối cơ sở dữ liệu; thao tác chưa được lưu. Xin thử lại sau ít phút."


@contextmanager
def read_connection(engine: Engine) -> Iterator[Connection]:
    """`read_transaction` for Core statements: a unit of work that only reads, without the ORM's session."""
    try:
        with engine.connect() as conn:
            conn.execution_options(**{READ_ONLY_OPTION: True})
            with conn.begin():
                yield conn
    except DBAPIError as exc:
        if _is_data_error(exc):
            raise
        raise classify(exc, engine, _READ_FAILED) from exc


@contextmanager
def write_connection(engine: Engine) -> Iterator[Connection]:
    """`transaction` for Core statements: one short unit of work, committed at the end (on SQLite it takes the
    write lock at BEGIN, like a session's)."""
    try:
        with engine.begin() as conn:
            yield conn
    except DBAPIError as exc:
        if _is_data_error(exc):
            raise
        raise classify(exc, engine, _WRITE_FAILED) from exc


@contextmanager
def read_transaction(factory: sessionmaker[Session]) -> Iterator[Session]:
    """A unit of work that only reads: on SQLite it takes no write lock, so it never delays a writer."""
    try:
        with factory() as session:
            session.connection(execution_options={READ_ONLY_OPTION: True})
            yield session
    except DBAPIError as exc:
        if _is_data_error(exc):
            raise
        raise classify(exc, _engine_of(factory), _READ_FAILED) from exc


@contextmanager
def transaction(factory: sessionmaker[Session]) -> Iterator[Session]:
    """One short unit of work; unreachable databases become a readable error."""
    try:
        with factory.begin() as session:
            yield session
    except DBAPIError as exc:
        if _is_data_error(exc):
            raise  # a constraint or a bad value is the caller's to say, not a database outage
        raise classify(exc, _engine_of(factory), _WRITE_FAILED) from exc


def _engine_of(factory: sessionmaker[Session]) -> Engine | None:
    bind = factory.kw.get("bind")
    return bind if isinstance(bind, Engine) else None


def _is_data_error(exc: DBAPIError) -> bool:
    from sqlalchemy.exc import DataError, IntegrityError, NotSupportedError, ProgrammingError

    return isinstance(exc, IntegrityError | DataError | ProgrammingError | NotSupportedError)
