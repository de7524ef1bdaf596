"""Start-up stays light: a command imports its own module and what it uses, never the PDF, XLSX, Alembic or Qt
stacks it does not need; the parser knows every command without importing one (kiosk/cli/__init__.py)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from alembic.script import ScriptDirectory

from kiosk.cli import COMMANDS, build_parser, chosen_command
from kiosk.db import migrate
from tests.helpers import template

ROOT = Path(__file__).resolve().parent.parent
HEAVY = ("reportlab", "alembic", "PySide6", "openpyxl", "qrcode", "mako")


def _report_after(argv: list[str], env: dict[str, str], report: str) -> tuple[int, Any, str]:
    """Run `kiosk argv` in a fresh interpreter; return its exit code, the JSON value of the expression `report`
    evaluated in that interpreter after the command, and the command's output."""
    code = (
        "import json, sys\n"
        "from kiosk.cli import main\n"
        f"rc = main({argv!r})\n"
        "sys.stdout.flush()\n"
        f"print('\\nREPORT ' + json.dumps({report}))\n"
        "sys.exit(rc)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=ROOT)
    marker = out.stdout.rindex("REPORT ")
    return out.returncode, json.loads(out.stdout[marker + len("REPORT ") :]), out.stdout[:marker] + out.stderr


def _modules_after(argv: list[str], env: dict[str, str]) -> tuple[int, set[str], str]:
    """Run `kiosk argv` in a fresh interpreter and return its exit code and the modules it imported."""
    rc, modules, output = _report_after(argv, env, "sorted(sys.modules)")
    return rc, set(modules), output


# Whether the ORM mapped classes were configured (the relationships resolved), which the first ORM query does.
CONFIGURED = "bool(sys.modules.get('kiosk.db.models')) and sys.modules['kiosk.db.models'].Ticket.__mapper__.configured"


@pytest.fixture
def cli_env(tmp_path: Path, from_template: Callable[[str], str]) -> dict[str, str]:
    url = from_template(f"sqlite:///{(tmp_path / 'kiosk.sqlite3').as_posix()}")
    env = dict(os.environ, KIOSK_DB_URL=url, PYTHONUTF8="1")
    env.pop("QT_QPA_PLATFORM", None)
    return env


def _heavy(modules: set[str]) -> list[str]:
    return sorted(m for m in modules if m.split(".")[0] in HEAVY)


@pytest.mark.parametrize(
    "argv",
    [["queue", "status"], ["queue", "status", "--json"], ["ticket", "issue", "A"], ["tally", "--date", "2026-11-24"]],
)
def test_everyday_commands_leave_pdf_alembic_and_qt_unloaded(argv: list[str], cli_env: dict[str, str]) -> None:
    rc, modules, output = _modules_after(argv, cli_env)
    assert rc == 0, output
    assert not _heavy(modules), f"`kiosk {' '.join(argv)}` imported {_heavy(modules)}"
    commands = sorted(m for m in modules if m.startswith("kiosk.cli.") and m.endswith("_cmd"))
    own = "kiosk.cli.tally_cmd" if argv[0] == "tally" else "kiosk.cli.queue_cmd"
    assert commands == [own], f"only the chosen command's module is imported, got {commands}"


@pytest.mark.parametrize(
    "argv",
    [["queue", "status"], ["ticket", "issue", "A"], ["tally", "--date", "2026-11-24"]],
)
def test_everyday_commands_use_core_only(argv: list[str], cli_env: dict[str, str]) -> None:
    # Their queries go through Core on the tables: the ORM's first query configures every mapper of the program
    # (tens of milliseconds per start). On SQLite, PostgreSQL's dialect modules stay unloaded too.
    rc, configured, output = _report_after(argv, cli_env, CONFIGURED)
    assert rc == 0, output
    assert configured is False, f"`kiosk {' '.join(argv)}` configured the ORM mappers"
    rc, modules, output = _modules_after(argv, cli_env)
    assert rc == 0, output
    assert "sqlalchemy.dialects.postgresql" not in modules


# The ORM's import and the declaration of the mapped classes (~0.25 s): the everyday commands work on the Core tables
# (kiosk/db/tables.py), through the setup gate and the settings they read, and load neither.
ORM_LOADED = "[name for name in ('sqlalchemy.orm', 'kiosk.db.models') if name in sys.modules]"
CORE_ONLY = [
    ["queue", "status"],
    ["queue", "status", "--json"],
    ["ticket", "issue", "A"],
    ["tally", "--date", "2026-11-24"],
    ["tally", "--month", "2026-11", "--format", "json"],
]


@pytest.mark.parametrize("argv", CORE_ONLY)
def test_everyday_commands_leave_the_orm_unloaded(argv: list[str], cli_env: dict[str, str]) -> None:
    rc, loaded, output = _report_after(argv, cli_env, ORM_LOADED)
    assert rc == 0, output
    assert loaded == [], f"`kiosk {' '.join(argv)}` imported {loaded}"


def test_the_gate_refuses_without_the_orm(cli_env: dict[str, str], tmp_path: Path, fresh_sqlite_template: Path) -> None:
    # The setup gate's refusal takes the same Core path: a migrated database that nobody has set up yet.
    url = template.copy_sqlite(fresh_sqlite_template, tmp_path / "fresh" / "kiosk.sqlite3")
    rc, loaded, output = _report_after(["queue", "status"], dict(cli_env, KIOSK_DB_URL=url), ORM_LOADED)
    assert rc != 0 and "chưa được cài đặt" in output
    assert loaded == []


def test_the_check_sees_the_orm_loaded(cli_env: dict[str, str]) -> None:
    # The test above must be able to fail: a desk's call works on ORM rows.
    rc, loaded, output = _report_after(["queue", "call", "--counter", "1"], cli_env, ORM_LOADED)
    assert rc == 0, output
    assert loaded == ["sqlalchemy.orm", "kiosk.db.models"]


def test_the_check_sees_the_orm_configured(cli_env: dict[str, str]) -> None:
    # The test above must be able to fail: a desk's call works on ORM rows.
    rc, configured, output = _report_after(["queue", "call", "--counter", "1"], cli_env, CONFIGURED)
    assert rc == 0, output
    assert configured is True


def test_the_check_sees_a_heavy_import(cli_env: dict[str, str], tmp_path: Path) -> None:
    # The test above must be able to fail: a PDF export does import reportlab.
    rc, modules, output = _modules_after(
        ["tally", "--date", "2026-11-24", "--format", "pdf", "--out", str(tmp_path / "t.pdf")], cli_env
    )
    assert rc == 0, output
    assert "reportlab" in modules and "alembic" not in modules


def test_help_lists_every_command_and_imports_none(cli_env: dict[str, str]) -> None:
    rc, modules, output = _modules_after(["--help"], cli_env)
    assert rc == 0
    for command in COMMANDS:
        assert command.name in output
    assert not [m for m in modules if m.startswith("kiosk.cli.") and m.endswith("_cmd")]
    assert "sqlalchemy" not in modules


def test_a_new_database_still_gets_alembic(tmp_path: Path) -> None:
    # The fast path must not skip the real upgrade: a database with no schema is migrated and seeded.
    env = dict(os.environ, KIOSK_DB_URL=f"sqlite:///{(tmp_path / 'new.sqlite3').as_posix()}", PYTHONUTF8="1")
    rc, modules, output = _modules_after(["db", "upgrade"], env)
    assert rc == 0, output
    assert "alembic" in modules


def test_every_module_registers_exactly_its_table_lines() -> None:
    by_loader: dict[object, list[tuple[str, str]]] = {}
    for command in COMMANDS:
        by_loader.setdefault(command.load, []).append((command.name, command.help))
    for load, lines in by_loader.items():
        import argparse

        sub = argparse.ArgumentParser().add_subparsers()
        load().register(sub)
        registered = {action.dest: action.help for action in sub._choices_actions}
        assert registered == dict(lines), f"{load.__name__}: module registers {registered}, table says {lines}"


def test_each_command_parses_with_only_its_module() -> None:
    parser = build_parser(["queue", "status"])
    args = parser.parse_args(["queue", "status", "--json"])
    assert args.handler.__module__ == "kiosk.cli.queue_cmd" and args.json
    full = build_parser(load_all=True)
    assert set(full._subparsers._group_actions[0].choices) == {c.name for c in COMMANDS}  # type: ignore[union-attr]


def test_the_command_is_found_before_parsing() -> None:
    assert chosen_command(["queue", "status"]) == "queue"
    assert chosen_command(["--db", "sqlite:///x.db", "tally", "--date", "2026-11-24"]) == "tally"
    assert chosen_command(["--db=sqlite:///x.db", "ticket", "issue", "A"]) == "ticket"
    assert chosen_command(["--version"]) is None
    assert chosen_command([]) is None


def test_shipped_head_is_alembics_head() -> None:
    # is_current() compares the database's stamp with the highest file name, without loading Alembic.
    script = ScriptDirectory(str(migrate.MIGRATIONS_DIR))
    assert migrate.shipped_head() == script.get_current_head()
    assert migrate.shipped_revisions() == sorted(rev.revision for rev in script.walk_revisions())


def test_the_demo_database_for_screenshots_is_built_once_per_content(tmp_path: Path) -> None:
    from kiosk.services.demo_cache import prepared_demo

    built: list[Path] = []

    def build(path: Path) -> None:
        built.append(path)
        path.write_bytes(b"demo")

    first = prepared_demo(tmp_path, 1, "2026-11-24T09:40:00+07:00", build)
    again = prepared_demo(tmp_path, 1, "2026-11-24T09:40:00+07:00", build)
    assert first == again and len(built) == 1 and first.read_bytes() == b"demo"
    other = prepared_demo(tmp_path, 2, "2026-11-24T09:40:00+07:00", build)
    assert other != first and len(built) == 2
    assert not first.exists(), "a cache for other content is removed, not kept forever"
    assert sorted(p.name for p in tmp_path.iterdir()) == [other.name]


def _collector_after(argv: list[str] | None, env: dict[str, str], command: list[str]) -> tuple[int, Any, str]:
    """`kiosk command` in a fresh interpreter, started as a process (argv None: from sys.argv) or called with a
    list; returns the collector's state after it: [frozen objects, collector on]."""
    code = (
        "import gc, json, sys\n"
        f"sys.argv = ['kiosk', *{command!r}]\n"
        "from kiosk.cli import main\n"
        f"rc = main({argv!r})\n"
        "sys.stdout.flush()\n"
        "print('\\nREPORT ' + json.dumps([gc.get_freeze_count(), gc.isenabled()]))\n"
        "sys.exit(rc)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=ROOT)
    marker = out.stdout.rindex("REPORT ")
    return out.returncode, json.loads(out.stdout[marker + len("REPORT ") :]), out.stdout[:marker] + out.stderr


def test_a_command_process_sets_its_imports_aside_from_the_collector(cli_env: dict[str, str]) -> None:
    # Started for one command, the process freezes what its imports made (SQLAlchemy's hundreds of thousands of
    # objects) and collects the rest as usual; called in-process with a list, main() freezes nothing.
    rc, (frozen, collecting), output = _collector_after(None, cli_env, ["queue", "status"])
    assert rc == 0, output
    assert frozen > 50_000 and collecting is True
    rc, (frozen, collecting), output = _collector_after(["queue", "status"], cli_env, ["queue", "status"])
    assert rc == 0, output
    assert frozen == 0 and collecting is True
