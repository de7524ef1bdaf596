"""Every setting is checked once, by its declaration: the CLI, the screens and every reader apply the same limits."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import update

from kiosk.app import Services
from kiosk.cli import main
from kiosk.db import models as m
from kiosk.errors import InputError
from kiosk.services.settings import SETTINGS, validate

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize(
    ("key", "value", "words"),
    [
        ("kiosk.idle_reset_s", "-1", "từ 1 đến 3.600"),
        ("privacy.retention_days", "0", "từ 1 đến 3.650"),
        ("announce.repeat", "99999", "từ 1 đến 5"),
        ("announce.volume", "101", "từ 0 đến 100"),
        ("queue.opening_hours", '{"mon-fri": ["25:00-26:00"]}', "không đúng dạng"),
        ("queue.opening_hours", "not json", "JSON"),
        ("office.hotline", "9" * 5000, "dài quá"),
        ("office.hotline", "a\x00b", "không hợp lệ"),
        ("kiosk.idle_reset_s", "9" * 40, "không hợp lệ"),
    ],
)
def test_cli_refuses_values_outside_the_declaration(
    services: Services, key: str, value: str, words: str, capsys: pytest.CaptureFixture[str]
) -> None:
    before = services.settings.get(key)  # the default, or what the office's setup stored (opening hours)
    code = main(["--db", str(services.engine.url), "settings", "set", key, value])
    err = capsys.readouterr().err
    assert code == 2, err
    assert words in err
    assert services.settings.get(key) == before  # nothing was stored


def test_allowed_values_are_stored_and_coerced(services: Services) -> None:
    services.settings.set("announce.repeat", "3")
    services.settings.set("kiosk.large_text", "có")
    services.settings.set("queue.opening_hours", '{"mon-sat": ["07:00-11:00"]}')
    assert services.settings.get("announce.repeat") == 3
    assert services.settings.get("kiosk.large_text") is True
    assert services.settings.get("queue.opening_hours") == {"mon-sat": ["07:00-11:00"]}
    with pytest.raises(InputError, match="từ 1 đến 5"):
        services.settings.set("announce.repeat", 6)


def test_a_value_stored_out_of_range_reads_as_the_default(services: Services) -> None:
    services.settings.set("announce.repeat", 3)
    with services.sessions.begin() as session:  # an older release, or a hand edit, wrote 99999
        session.execute(update(m.Setting).where(m.Setting.key == "announce.repeat").values(value=99999))
    assert services.settings.get("announce.repeat") == 2
    assert services.settings.all()["announce.repeat"] == 2


def test_every_int_setting_declares_its_range() -> None:
    missing = [k for k, s in SETTINGS.items() if s.kind is int and (s.lo is None or s.hi is None)]
    assert not missing, f"int settings without lo/hi: {missing}"
    for key, spec in SETTINGS.items():
        assert validate(key, spec.default) == spec.default, f"the default of {key} is outside its own limits"


def test_every_setting_read_in_the_source_is_declared() -> None:
    # Picard's check_settings: a typo in a key would otherwise fail only when that screen opens.
    pattern = re.compile(r"""settings\.(?:get|set)\(\s*["']([a-z_]+\.[a-z_.]+)["']""")
    used = set()
    for path in (ROOT / "kiosk").rglob("*.py"):
        used |= set(pattern.findall(path.read_text(encoding="utf-8")))
    assert used, "the scan found no reads: the pattern is wrong"
    assert not used - SETTINGS.keys(), f"undeclared settings read: {sorted(used - SETTINGS.keys())}"


def test_reading_settings_waits_for_no_writer(services: Services) -> None:
    # Settings are read in a read transaction: on SQLite a plain BEGIN, which another process's write lock does not
    # block (WAL). Under the write lock (BEGIN IMMEDIATE) a read waited out the busy timeout, then failed.
    services.settings.set("announce.volume", 42)
    writer = sqlite3.connect(str(services.engine.url.database), isolation_level=None, timeout=0.1)
    try:
        writer.execute("BEGIN IMMEDIATE")
        assert services.settings.get("announce.volume") == 42
        assert services.settings.all()["announce.volume"] == 42
    finally:
        writer.execute("ROLLBACK")
        writer.close()
