"""A throwaway PostgreSQL server for the test session: initdb in a temporary folder, unix socket only.

Uses the Debian postgresql package (installed by bootstrap.py). initdb refuses to run as root, so as root the
server runs as the `postgres` system user in a folder that user owns.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path


def find_pg_bin() -> Path | None:
    root = Path("/usr/lib/postgresql")
    if root.is_dir():
        versions = sorted((p for p in root.iterdir() if (p / "bin" / "initdb").exists()), key=lambda p: int(p.name))
        if versions:
            return versions[-1] / "bin"
    found = shutil.which("pg_ctl")
    return Path(found).parent if found else None


def _ident(name: str) -> str:
    """Test database names are ours, but quote them anyway (and refuse a quote inside)."""
    assert '"' not in name, name
    return f'"{name}"'


class PgServer:
    def __init__(self) -> None:
        bin_dir = find_pg_bin()
        if bin_dir is None:
            raise RuntimeError("PostgreSQL binaries not found: run `python3 bootstrap.py test` to install them")
        self.bin = bin_dir
        self.dir = Path(tempfile.mkdtemp(prefix="kiosk-pg-"))
        self.port = 55000 + os.getpid() % 5000
        self._as_root = hasattr(os, "geteuid") and os.geteuid() == 0
        if self._as_root:
            shutil.chown(self.dir, "postgres", "postgres")
            self.dir.chmod(0o755)

    def _run(self, *args: str) -> None:
        cmd = [str(self.bin / args[0]), *args[1:]]
        if self._as_root:
            cmd = ["runuser", "-u", "postgres", "--", *cmd]
        subprocess.run(cmd, check=True, capture_output=True, cwd=self.dir)

    def start(self) -> PgServer:
        self._run("initdb", "-D", str(self.dir / "data"), "-A", "trust", "-U", "postgres", "-E", "UTF8", "--no-sync")
        self.resume()
        return self

    def resume(self) -> None:
        """Start the server on its existing data folder (after `halt`)."""
        opts = f"-k {self.dir} -c listen_addresses='' -p {self.port} -c fsync=off -c max_connections=60"
        self._run("pg_ctl", "-D", str(self.dir / "data"), "-w", "-l", str(self.dir / "log.txt"), "-o", opts, "start")

    def halt(self) -> None:
        """Stop the server but keep its data: a database outage, for tests of recovery."""
        self._run("pg_ctl", "-D", str(self.dir / "data"), "-m", "fast", "-w", "stop")

    def create_database(self, name: str, *, template: str | None = None) -> str:
        """A new database, empty or a clone of `template` (which must have no open connection)."""
        clone = f" TEMPLATE {_ident(template)}" if template else ""
        self._sql(f"CREATE DATABASE {_ident(name)}{clone}")
        return self.url(name)

    def recreate_database(self, name: str, *, template: str) -> str:
        """Replace database `name` by a clone of `template`: a test's empty database becomes a prepared one."""
        self._sql(f"DROP DATABASE IF EXISTS {_ident(name)}")
        return self.create_database(name, template=template)

    def _sql(self, statement: str) -> None:
        # One short connection to the maintenance database: quicker than spawning createdb/dropdb each time.
        import psycopg

        with psycopg.connect(host=str(self.dir), port=self.port, user="postgres", dbname="postgres") as conn:
            conn.autocommit = True  # CREATE/DROP DATABASE cannot run inside a transaction
            conn.execute(statement)  # type: ignore[arg-type]

    def url(self, name: str) -> str:
        return f"postgresql+psycopg://postgres@/{name}?host={self.dir}&port={self.port}"

    def stop(self) -> None:
        try:
            self._run("pg_ctl", "-D", str(self.dir / "data"), "-m", "immediate", "stop")
        except subprocess.CalledProcessError:
            pass
        shutil.rmtree(self.dir, ignore_errors=True)
