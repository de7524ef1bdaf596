"""`kiosk staff` lifecycle, `kiosk demo`'s guard and `kiosk screenshot --use-db` leaving the database untouched."""

from __future__ import annotations

import io
import json
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from kiosk.cli import main


@pytest.fixture
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, from_template: Callable[[str], str]) -> Path:
    path = tmp_path / "k.sqlite3"
    monkeypatch.setenv("KIOSK_DB_URL", from_template(f"sqlite:///{path.as_posix()}"))
    # The set-up template without its administrator: these tests add the first one themselves.
    with sqlite3.connect(path) as conn:
        conn.execute("DELETE FROM audit_log")
        conn.execute("DELETE FROM staff")
    monkeypatch.delenv("KIOSK_PIN", raising=False)
    monkeypatch.delenv("KIOSK_ADMIN_PIN", raising=False)
    return path


def run(monkeypatch: pytest.MonkeyPatch, *argv: str, stdin: str = "", admin_pin: str | None = None) -> int:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    if admin_pin is None:
        monkeypatch.delenv("KIOSK_ADMIN_PIN", raising=False)
    else:
        monkeypatch.setenv("KIOSK_ADMIN_PIN", admin_pin)
    return main(list(argv))


def listed(monkeypatch, capsys) -> dict[str, dict]:  # noqa: ANN001
    capsys.readouterr()
    assert run(monkeypatch, "staff", "list", "--all", "--json") == 0
    return {s["name"]: s for s in json.loads(capsys.readouterr().out)}


def test_staff_lifecycle(db: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(monkeypatch, "staff", "add", "Trần Quản Trị", "--role", "admin", stdin="1111\n") == 0  # first run
    assert run(monkeypatch, "staff", "add", "Lê Thị Hạnh", "--role", "officer", stdin="2222\n") == 0
    staff = listed(monkeypatch, capsys)
    admin, member = staff["Trần Quản Trị"]["id"], staff["Lê Thị Hạnh"]["id"]
    # A second administrator needs an existing administrator's PIN.
    assert run(monkeypatch, "staff", "add", "Phạm Văn Tư", "--role", "admin", stdin="3333\n") == 5
    assert "KIOSK_ADMIN_PIN" in capsys.readouterr().err
    assert run(monkeypatch, "staff", "add", "Phạm Văn Tư", "--role", "admin", stdin="3333\n", admin_pin="0000") == 5
    assert "không đúng" in capsys.readouterr().err
    assert run(monkeypatch, "staff", "add", "Phạm Văn Tư", "--role", "admin", stdin="3333\n", admin_pin="1111") == 0
    # Promoting needs it too; with two administrators, --admin says whose PIN it is.
    assert run(monkeypatch, "staff", "edit", str(member), "--role", "admin", admin_pin="1111") == 2
    assert "--admin" in capsys.readouterr().err
    assert run(monkeypatch, "staff", "edit", str(member), "--name", "Lê Thị Hạnh (Đông)") == 0
    # Deactivated: kept in the list as stopped, cannot log in.
    assert run(monkeypatch, "staff", "deactivate", str(member)) == 0
    assert listed(monkeypatch, capsys)["Lê Thị Hạnh (Đông)"]["active"] is False
    from kiosk.app import build_services
    from kiosk.config import load_config
    from kiosk.errors import AuthError, NotFoundError

    services = build_services(load_config(), prepare=False)
    with pytest.raises(NotFoundError):
        services.auth.login(member, "2222")
    assert run(monkeypatch, "staff", "reactivate", str(member)) == 0
    assert run(monkeypatch, "staff", "reset-pin", str(member), stdin="12\n") == 2
    assert run(monkeypatch, "staff", "reset-pin", str(member), stdin="4444\n") == 0
    with pytest.raises(AuthError):
        services.auth.login(member, "2222")
    assert services.auth.login(member, "4444").id == member
    # The last administrator standing cannot be stopped.
    tu = listed(monkeypatch, capsys)["Phạm Văn Tư"]["id"]
    assert run(monkeypatch, "staff", "deactivate", str(tu), "--admin", str(admin), admin_pin="1111") == 0
    assert run(monkeypatch, "staff", "deactivate", str(admin), admin_pin="1111") == 3
    assert "cuối cùng" in capsys.readouterr().err
    services.close()


def _count(path: Path, table: str) -> int:
    with sqlite3.connect(path) as conn:
        return conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]  # noqa: S608 - a fixed table name


def test_demo_refuses_real_data_unless_forced(db: Path, monkeypatch, capsys) -> None:  # noqa: ANN001
    # A set-up office: the demo uses its own accounts (it makes none with PIN 1234 there).
    assert run(monkeypatch, "staff", "add", "Lê Thị Hạnh", "--role", "officer", stdin="2222\n") == 0
    assert run(monkeypatch, "demo", "--days", "3") == 0
    assert run(monkeypatch, "demo", "--days", "3") == 0  # its own data: replaced without asking
    assert run(monkeypatch, "ticket", "issue", "A", "--json") in (0, 3)
    real = _count(db, "tickets")
    with sqlite3.connect(db) as conn:  # a real record typed at a desk
        conn.execute(
            "INSERT INTO duty_days (uuid, staff_id, point_id, business_date, checked_in_at) "
            "SELECT '00000000-0000-4000-8000-000000000001', (SELECT MIN(id) FROM staff), 1, '2026-11-02', "
            "'2026-11-02 01:00:00'"
        )
    capsys.readouterr()
    assert run(monkeypatch, "demo", "--days", "3") == 3
    assert "--force" in capsys.readouterr().err and _count(db, "tickets") == real
    assert run(monkeypatch, "demo", "--days", "3", "--force") == 0
    out = capsys.readouterr().out
    backup = Path(out.split("vào ", 1)[1].split(".sqlite3", 1)[0] + ".sqlite3")
    assert backup.is_file() and _count(backup, "duty_days") >= 1


def test_demo_makes_no_pin_1234_accounts_in_a_set_up_database(db: Path, monkeypatch, capsys) -> None:  # noqa: ANN001
    assert run(monkeypatch, "staff", "add", "Trần Quản Trị", "--role", "admin", stdin="1111\n") == 0
    assert run(monkeypatch, "demo", "--days", "2") == 0
    assert "Không tạo tài khoản mẫu" in capsys.readouterr().out
    assert [s for s in listed(monkeypatch, capsys)] == ["Trần Quản Trị"]


def test_screenshot_use_db_writes_nothing(db: Path, monkeypatch, tmp_path: Path) -> None:  # noqa: ANN001
    before = (_count(db, "tickets"), _count(db, "print_jobs"), _count(db, "settings"))
    out = tmp_path / "t.png"
    assert run(monkeypatch, "screenshot", "kiosk-ticket", "--use-db", "--out", str(out)) == 0
    assert out.is_file()
    assert (_count(db, "tickets"), _count(db, "print_jobs"), _count(db, "settings")) == before


def test_a_forgotten_pin_of_the_only_administrator_is_reset_by_the_pcs_administrator(
    db: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from kiosk.app import build_services
    from kiosk.config import load_config
    from kiosk.deploy import pc_admin

    assert run(monkeypatch, "staff", "add", "Người Quên Mã", "--role", "admin", stdin="1111\n") == 0
    admin = listed(monkeypatch, capsys)["Người Quên Mã"]["id"]
    # Without the PC's administrator rights: refused, with the way to get them.
    monkeypatch.setattr(pc_admin, "is_pc_admin", lambda: False)
    assert run(monkeypatch, "staff", "reset-pin", str(admin), "--pc-admin", stdin="4242\n") == 5
    assert "Run as administrator" in capsys.readouterr().err
    # The normal way needs the PIN nobody remembers.
    assert run(monkeypatch, "staff", "reset-pin", str(admin), stdin="4242\n", admin_pin="9999") == 5
    capsys.readouterr()
    monkeypatch.setattr(pc_admin, "is_pc_admin", lambda: True)
    assert run(monkeypatch, "staff", "reset-pin", str(admin), "--pc-admin", stdin="4242\n") == 0
    assert "quyền quản trị của máy" in capsys.readouterr().out
    services = build_services(load_config())
    try:
        assert services.auth.login(admin, "4242", role="admin").id == admin
        (entry,) = services.admin.audit.query(action="staff_pin_recovered")
        assert entry.target == f"staff:{admin}"
    finally:
        services.close()
