"""The admin screen's "Sao lưu" tab: back up with one tap, restore with two (pick, confirm); work runs inline."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from kiosk.app import Services
from kiosk.clock import FixedClock
from kiosk.ui import worker
from kiosk.ui.admin.backup_tab import BackupTab
from kiosk.ui.admin.window import AdminWindow


@pytest.fixture
def inline() -> Iterator[None]:
    worker.run_inline(True)
    yield
    worker.run_inline(False)


def _tickets(services: Services) -> int:
    with sqlite3.connect(str(services.engine.url.database)) as conn:
        return conn.execute("SELECT COUNT(*) FROM tickets").fetchone()[0]


def test_backup_now_lists_the_new_backup_as_checked(services: Services, qtbot, inline: None) -> None:
    tab = BackupTab(services)
    qtbot.addWidget(tab)
    before = tab.table.rowCount()
    qtbot.mouseClick(tab.create_button, Qt.MouseButton.LeftButton)
    assert tab.table.rowCount() == before + 1
    assert tab.table.item(0, 2).text() == "Đạt"
    assert "Đã sao lưu" in tab.status.text()
    assert tab.create_button.isEnabled()


def test_a_damaged_backup_is_shown_as_damaged(services: Services, qtbot, inline: None) -> None:
    made = services.backups.create("manual")
    made.backup.path.write_bytes(b"\0" * 4096)
    tab = BackupTab(services)
    qtbot.addWidget(tab)
    assert tab.table.item(0, 2).text().startswith("Hỏng")


def test_restore_asks_first_and_a_no_changes_nothing(
    services: Services, qtbot, inline: None, monkeypatch: pytest.MonkeyPatch, clock: FixedClock
) -> None:
    services.queue.issue("A", enforce_hours=False)
    tab = BackupTab(services)
    qtbot.addWidget(tab)
    qtbot.mouseClick(tab.create_button, Qt.MouseButton.LeftButton)
    services.queue.issue("A", enforce_hours=False)
    clock.advance(minutes=1)  # backups are named by the second: the safety copy gets its own name
    qtbot.mouseClick(tab.restore_button, Qt.MouseButton.LeftButton)
    assert "Xin chọn" in tab.status.text()
    tab.table.selectRow(0)
    asked: list[str] = []
    monkeypatch.setattr(tab, "confirm", lambda row: asked.append(row.path) or False)
    qtbot.mouseClick(tab.restore_button, Qt.MouseButton.LeftButton)
    assert asked and _tickets(services) == 2
    monkeypatch.setattr(tab, "confirm", lambda row: True)
    qtbot.mouseClick(tab.restore_button, Qt.MouseButton.LeftButton)
    assert "Đã khôi phục" in tab.status.text(), tab.status.text()
    assert _tickets(services) == 1
    assert all(Path(row.path).is_file() for row in tab.rows)


def test_a_missing_usb_folder_is_shown_not_failed(services: Services, qtbot, inline: None, tmp_path: Path) -> None:
    services.settings.set("backup.second_folder", str(tmp_path / "no-stick"))
    tab = BackupTab(services)
    qtbot.addWidget(tab)
    qtbot.mouseClick(tab.create_button, Qt.MouseButton.LeftButton)
    assert "USB" in tab.status.text() and "Đã sao lưu" in tab.status.text()


def test_admin_window_has_the_backup_tab(services: Services, qtbot, inline: None) -> None:
    admin = services.auth.add_staff("Chủ tịch xã", "admin", "2468")
    window = AdminWindow(services)
    qtbot.addWidget(window)
    window.unlock(admin)
    names = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert "Sao lưu" in names
