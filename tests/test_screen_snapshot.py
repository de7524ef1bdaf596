"""The screen snapshot is a hint: read back only for its own database and point, fresh and whole; never an error."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from kiosk.services.screen_snapshot import MAX_AGE, database_key, read_snapshot, snapshot_path, write_snapshot

URL = "postgresql+psycopg://kiosk:bí-mật@server/kiosk"


def test_a_snapshot_reads_back_for_its_database_and_point(tmp_path: Path) -> None:
    key = database_key(URL, "XA")
    write_snapshot(tmp_path, "kiosk", key, language="en", set_up=True, body={"office_name": "UBND xã Tân Phú"})
    snapshot = read_snapshot(tmp_path, "kiosk", key)
    assert snapshot is not None
    assert snapshot.language == "en" and snapshot.set_up and snapshot.body == {"office_name": "UBND xã Tân Phú"}
    assert "bí-mật" not in snapshot_path(tmp_path, "kiosk").read_text(encoding="utf-8"), "no password in the file"
    assert [p.name for p in tmp_path.iterdir()] == ["screen-kiosk.json"], "no temporary file left behind"
    # Another point on the same server, another database, another role: nothing to paint from.
    assert read_snapshot(tmp_path, "kiosk", database_key(URL, "TH-BAC-SON")) is None
    assert read_snapshot(tmp_path, "kiosk", database_key(URL.replace("/kiosk", "/other"), "XA")) is None
    assert read_snapshot(tmp_path, "display", key) is None


def test_an_old_corrupt_or_odd_snapshot_reads_as_none(tmp_path: Path) -> None:
    key = database_key("sqlite:///C:/kiosk/kiosk.sqlite3", "XA")
    write_snapshot(tmp_path, "kiosk", key, language="vi", set_up=True, body={})
    later = datetime.now(UTC) + MAX_AGE + timedelta(minutes=1)
    assert read_snapshot(tmp_path, "kiosk", key, now=later) is None, "too old: the names may have changed"
    earlier = datetime.now(UTC) - timedelta(hours=1)
    assert read_snapshot(tmp_path, "kiosk", key, now=earlier) is None, "written in the future: a clock moved back"
    path = snapshot_path(tmp_path, "kiosk")
    whole = path.read_text(encoding="utf-8")
    for broken in (whole[: len(whole) // 2], "", "[]", whole.replace('"version": 1', '"version": 99'), "\x00\xff"):
        path.write_text(broken, encoding="utf-8")
        assert read_snapshot(tmp_path, "kiosk", key) is None, broken
    path.write_bytes(b"\xff\xfe\x00garbage")
    assert read_snapshot(tmp_path, "kiosk", key) is None
    path.unlink()
    assert read_snapshot(tmp_path, "kiosk", key) is None
    assert read_snapshot(tmp_path / "no-such-folder", "kiosk", key) is None
