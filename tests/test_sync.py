"""Village point → commune hand-over: nothing lost, nothing twice, newer edits win, no personal data travels."""

from __future__ import annotations

import gzip
import json
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from kiosk.app import Services
from kiosk.clock import FixedClock
from kiosk.config import sqlite_url
from kiosk.db import models as m
from kiosk.errors import InputError
from kiosk.services.demo import DemoGenerator
from kiosk.services.sync.service import SyncService
from tests.conftest import prepared_services


def _count(services: Services, model: type) -> int:
    with services.sessions() as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


@pytest.fixture
def village(tmp_path: Path, clock: FixedClock, from_template: Callable[[str], str]) -> Services:
    # A copy of the template too: catalogue rows travel by code, so sharing their UUIDs with the commune is harmless.
    svc = prepared_services(from_template(sqlite_url(tmp_path / "village.sqlite3")), tmp_path, clock)
    DemoGenerator(svc.sessions, clock).generate(10, seed=3)
    with svc.sessions.begin() as s:
        first = s.scalar(select(m.AssistRecord).order_by(m.AssistRecord.id))
        first.citizen_name, first.citizen_phone = "Nguyễn Văn An", "0912345678"
    return svc


def pair(commune: Services, village: Services, point: str = "TH-DONG") -> None:
    """The one-time pairing: the commune shows a code, the village point types it."""
    code = SyncService(commune.sessions, commune.clock, "XA").pair_point(point)
    SyncService(village.sessions, village.clock, point).accept_pairing(code)


def test_bundle_moves_everything_once(village: Services, any_services: Services, tmp_path: Path) -> None:
    pair(any_services, village)
    bundle = tmp_path / "thon-dong.kiosk.gz"
    counts = SyncService(village.sessions, village.clock, "TH-DONG").export_bundle(bundle)
    assert counts["records"] == _count(village, m.AssistRecord) > 0
    commune = SyncService(any_services.sessions, any_services.clock, "XA")
    first = commune.import_bundle(bundle)
    assert first.added["records"] == counts["records"]
    assert _count(any_services, m.AssistItem) == _count(village, m.AssistItem)
    assert _count(any_services, m.DutyDay) == _count(village, m.DutyDay)
    again = commune.import_bundle(bundle)
    assert again.already_imported
    # A second export of the same data (new bundle id) still adds nothing twice.
    SyncService(village.sessions, village.clock, "TH-DONG").export_bundle(tmp_path / "b2.gz")
    second = commune.import_bundle(tmp_path / "b2.gz")
    assert second.added.get("records", 0) == 0 and second.skipped["records"] == counts["records"]
    assert _count(any_services, m.AssistRecord) == counts["records"]


def test_newer_edit_wins_and_personal_data_stays(village: Services, services: Services, tmp_path: Path) -> None:
    pair(services, village)
    sync_out = SyncService(village.sessions, village.clock, "TH-DONG")
    sync_out.export_bundle(tmp_path / "a.gz")
    raw = json.loads(gzip.decompress((tmp_path / "a.gz").read_bytes()))
    assert "0912345678" not in json.dumps(raw, ensure_ascii=False) and "Nguyễn Văn An" not in json.dumps(raw)
    commune = SyncService(services.sessions, services.clock, "XA")
    commune.import_bundle(tmp_path / "a.gz")
    with village.sessions.begin() as s:
        rec = s.scalar(select(m.AssistRecord).order_by(m.AssistRecord.id))
        rec.voided_at = village.clock.now()
        rec.void_reason = "Ghi nhầm"
        rec.updated_at = village.clock.now() + timedelta(minutes=5)  # within the allowed clock skew
        target = rec.uuid
    sync_out.export_bundle(tmp_path / "b.gz")
    report = commune.import_bundle(tmp_path / "b.gz")
    assert report.updated["records"] == 1
    with services.sessions() as s:
        row = s.scalar(select(m.AssistRecord).where(m.AssistRecord.uuid == target))
        assert row.void_reason == "Ghi nhầm" and row.voided_at is not None


def test_broken_file_is_refused_with_a_sentence(services: Services, tmp_path: Path) -> None:
    bad = tmp_path / "bad.gz"
    bad.write_bytes(b"\x1f\x8bnot really gzip")
    with pytest.raises(InputError, match="bị hỏng"):
        SyncService(services.sessions, services.clock, "XA").import_bundle(bad)
    assert _count(services, m.SyncImport) == 0
