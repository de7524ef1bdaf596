"""Village bundles as an attacker would send them: every crafted field refused before anything is written, on
SQLite and PostgreSQL; unsigned, wrongly signed and unpaired bundles refused; the pairing code catches typos."""

from __future__ import annotations

import copy
import gzip
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from kiosk.app import Services
from kiosk.cli import main
from kiosk.clock import FixedClock
from kiosk.config import sqlite_url
from kiosk.db import models as m
from kiosk.errors import InputError
from kiosk.services.demo import DemoGenerator
from kiosk.services.sync import signing
from kiosk.services.sync.service import SyncService
from tests.conftest import prepared_services


@pytest.fixture
def signed(tmp_path: Path, clock: FixedClock, from_template: Callable[[str], str], any_services: Services):
    """(commune services, the village's bundle as JSON, the pairing key)."""
    village = prepared_services(from_template(sqlite_url(tmp_path / "village.sqlite3")), tmp_path, clock)
    DemoGenerator(village.sessions, clock).generate(5, seed=4)
    code = SyncService(any_services.sessions, any_services.clock, "XA").pair_point("TH-DONG")
    SyncService(village.sessions, village.clock, "TH-DONG").accept_pairing(code)
    out = tmp_path / "real.kiosk.gz"
    SyncService(village.sessions, village.clock, "TH-DONG").export_bundle(out)
    return any_services, json.loads(gzip.decompress(out.read_bytes())), signing.key_from_code(code)


def _first_with(bundle: dict[str, Any], key: str, field: str) -> dict[str, Any]:
    return next(row for row in bundle[key] if row.get(field) is not None)


def _record(b: dict[str, Any]) -> dict[str, Any]:
    return b["records"][0]


CRAFTED: dict[str, Callable[[dict[str, Any]], None]] = {
    "item kind zzz": lambda b: _record(b)["items"][0].update(kind="zzz"),
    "unknown procedure code": lambda b: _record(b)["items"][0].update(procedure="9.999999", kind="procedure"),
    "age band 200_plus": lambda b: _record(b).update(age_band="200_plus"),
    "staff role superadmin": lambda b: b["staff"][0].update(role="superadmin"),
    "attendance -500": lambda b: b["group_sessions"].append({**_grp(b), "attendance": -500}),
    "attendance huge": lambda b: b["group_sessions"].append({**_grp(b), "attendance": 10**30}),
    "attendance as text": lambda b: b["group_sessions"].append({**_grp(b), "attendance": "abc"}),
    "note with a CCCD": lambda b: _record(b).update(note="CCCD 001 234 567 890"),
    "note with a password": lambda b: _record(b).update(note="mật khẩu của bà là Abc@123"),
    "void reason with OTP": lambda b: _record(b).update(void_reason="otp: 12 34 56"),
    "5000-character note": lambda b: _record(b).update(note="a" * 5000),
    "NUL in a note": lambda b: _record(b).update(note="ghi\x00chú"),
    "right-to-left override in a name": lambda b: b["staff"][0].update(name="An\u202eadmin"),
    "updated_at year 9999": lambda b: _record(b).update(updated_at="9999-12-31T00:00:00+00:00"),
    "created_at without a time zone": lambda b: _record(b).update(created_at="2026-11-20T08:00:00"),
    "business date nonsense": lambda b: _record(b).update(business_date="2026-13-45"),
    "business date 1900": lambda b: _record(b).update(business_date="1900-01-01"),
    "uuid not a uuid": lambda b: _record(b).update(uuid="not-a-uuid"),
    "records not a list": lambda b: b.update(records={"a": 1}),
    "record not an object": lambda b: b["records"].insert(0, 42),
    "missing business date": lambda b: _record(b).pop("business_date"),
    "helper not in the bundle": lambda b: _record(b).update(helpers=["6f1c2d3e-0000-4000-8000-000000000000"]),
    "unknown village": lambda b: _record(b).update(village="atlantis"),
    "channel carrier pigeon": lambda b: _record(b)["items"][0].update(channel="pigeon"),
    "fee flag as text": lambda b: _record(b)["items"][0].update(fee_paid_online="yes"),
    "too many items": lambda b: _record(b).update(items=_record(b)["items"] * 30),
    "origin missing": lambda b: b.pop("origin"),
}


def _grp(b: dict[str, Any]) -> dict[str, Any]:
    base = b["group_sessions"][0] if b["group_sessions"] else {
        "uuid": "6f1c2d3e-0000-4000-8000-000000000001", "business_date": b["records"][0]["business_date"],
        "created_at": b["records"][0]["created_at"], "attendance": 5, "leaflets": 0,
    }  # fmt: skip
    return {**base, "uuid": "6f1c2d3e-0000-4000-8000-00000000abcd"}


def _counts(services: Services) -> tuple[int, ...]:
    with services.sessions() as s:
        return tuple(
            s.scalar(select(func.count()).select_from(model)) or 0
            for model in (m.AssistRecord, m.AssistItem, m.GroupSession, m.DutyDay, m.Staff, m.SyncImport)
        )


def _write(path: Path, bundle: dict[str, Any], key: bytes | None) -> Path:
    if key is not None:
        bundle["signature"] = signing.sign(bundle, key)
    path.write_bytes(gzip.compress(json.dumps(bundle, ensure_ascii=False).encode()))
    return path


def test_every_crafted_bundle_is_refused_and_nothing_is_written(signed, tmp_path: Path) -> None:
    commune, real, key = signed
    sync = SyncService(commune.sessions, commune.clock, "XA")
    before = _counts(commune)
    for name, craft in CRAFTED.items():
        bundle = copy.deepcopy(real)
        craft(bundle)
        with pytest.raises(InputError) as caught:
            sync.import_bundle(_write(tmp_path / "crafted.gz", bundle, key))
        assert "chưa nhập gì" in caught.value.message, (name, caught.value.message)
        assert _counts(commune) == before, name
    # The real one still goes in, whole.
    report = sync.import_bundle(_write(tmp_path / "real.gz", copy.deepcopy(real), None))
    assert report.added["records"] == len(real["records"])


def test_signature_and_pairing_are_required(signed, tmp_path: Path) -> None:
    commune, real, key = signed
    sync = SyncService(commune.sessions, commune.clock, "XA")
    unsigned = copy.deepcopy(real)
    unsigned.pop("signature")
    with pytest.raises(InputError, match="không có chữ ký"):
        sync.import_bundle(_write(tmp_path / "u.gz", unsigned, None))
    tampered = copy.deepcopy(real)
    tampered["records"][0]["note"] = "đã sửa ở giữa đường"
    with pytest.raises(InputError, match="không khớp"):
        sync.import_bundle(_write(tmp_path / "t.gz", tampered, None))
    other_commune = copy.deepcopy(real)
    with pytest.raises(InputError, match="không khớp"):
        sync.import_bundle(_write(tmp_path / "o.gz", other_commune, signing.new_key()))
    unknown_point = copy.deepcopy(real)
    unknown_point["origin"] = "TH-LA"
    with pytest.raises(InputError, match="chưa ghép nối"):
        sync.import_bundle(_write(tmp_path / "p.gz", unknown_point, key))
    assert _counts(commune)[-1] == 0


def test_pairing_code_catches_a_typo_and_lookalikes() -> None:
    key = signing.new_key()
    code = signing.pairing_code(key)
    assert len(code) == 29 and code.count("-") == 4
    assert signing.key_from_code(code.lower()) == key
    # Every single mistyped character, at every place, is caught (not only most: a weighted sum mod 32 let one in
    # ten random codes through at the 4th place).
    for _ in range(5):
        body = signing.pairing_code(signing.new_key()).replace("-", "")
        for place, typed in enumerate(body):
            for other in "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".replace(typed, ""):
                with pytest.raises(InputError, match="gõ sai"):
                    signing.key_from_code(body[:place] + other + body[place + 1 :])
    # Two neighbours swapped: caught nearly always (Luhn mod 32 misses only a few pairs).
    swaps = caught = 0
    for _ in range(20):
        body = signing.pairing_code(signing.new_key()).replace("-", "")
        for place in range(24):
            if body[place] == body[place + 1]:
                continue
            swaps += 1
            try:
                signing.key_from_code(body[:place] + body[place + 1] + body[place] + body[place + 2 :])
            except InputError:
                caught += 1
    assert caught >= 0.95 * swaps
    with pytest.raises(InputError, match="25 chữ cái"):
        signing.key_from_code("ABC")


def test_pairing_flow_on_the_command_line(tmp_path: Path, monkeypatch, capsys, from_template) -> None:
    commune_dir, village_dir = tmp_path / "xa", tmp_path / "thon"
    for folder in (commune_dir, village_dir):  # both set up (the office with its village point TH-DONG)
        from_template(sqlite_url(folder / "kiosk.sqlite3"))
    monkeypatch.setenv("KIOSK_DATA_DIR", str(commune_dir))
    assert main(["sync", "pair", "--point", "TH-DONG", "--qr", str(tmp_path / "pair.png")]) == 0
    out = capsys.readouterr().out
    code = next(line.strip() for line in out.splitlines() if line.strip().count("-") == 4 and len(line.strip()) == 29)
    assert (tmp_path / "pair.png").stat().st_size > 0
    monkeypatch.setenv("KIOSK_DATA_DIR", str(village_dir))
    monkeypatch.setenv("KIOSK_POINT", "TH-DONG")
    assert main(["sync", "export", "--out", str(tmp_path / "x.gz")]) == 2  # not paired yet: says how
    assert "kiosk sync pair" in capsys.readouterr().err
    assert main(["sync", "pair", "--code", code]) == 0
    assert main(["sync", "export", "--out", str(tmp_path / "x.gz")]) == 0
    monkeypatch.setenv("KIOSK_DATA_DIR", str(commune_dir))
    monkeypatch.setenv("KIOSK_POINT", "XA")
    capsys.readouterr()
    assert main(["sync", "import", str(tmp_path / "x.gz")]) == 0
    assert "Đã nhập số liệu của TH-DONG" in capsys.readouterr().out
    assert main(["sync", "pairs"]) == 0 and code not in capsys.readouterr().out  # never printed again
