"""A change made by an administrator in another process reaches the hall display, the kiosk tiles, the desk and
the desk's login names within a few seconds, on SQLite (processes on one PC) and PostgreSQL (several PCs): the
config_changed event on the shared feed makes each screen read again. The screens run with the real worker
threads and poll as in use."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QApplication

from kiosk.app import build_services
from kiosk.ui import worker
from kiosk.ui.app import make_application
from kiosk.ui.desk.login import LoginPage
from kiosk.ui.desk.queue_panel import QueuePanel
from kiosk.ui.display.window import DisplayWindow
from tests.conftest import make_config
from tests.ui.citizen_helpers import open_kiosk

ROOT = Path(__file__).resolve().parents[2]
CHANGE = """
from kiosk.app import build_services
from kiosk.config import load_config
s = build_services(load_config(), prepare=False)
admin = s.auth.list_staff(role="admin")[0].id  # the set-up office's administrator
s.admin.staff.add(admin, "Trần Quản Trị", "officer", "1111")
s.admin.office.save_service(admin, None, prefix="K", name="Bảo hiểm y tế", description="Thẻ BHYT",
                            icon="health", sort_order=9, active=True)
one = next(c for c in s.admin.office.counters() if c.number == 1)
s.admin.office.save_counter(admin, one.id, number=1, name="Quầy 1 – Bảo hiểm, Tư pháp", services=["A", "K"],
                            active=True)
s.admin.notices.save(admin, None, "Chiều nay mất điện từ 14 giờ", None, None)
s.close()
"""


def test_an_admin_change_in_another_process_reaches_every_screen(
    qtbot, db_url: str, tmp_path: Path, from_template: Callable[[str], str]
) -> None:
    services = build_services(make_config(from_template(db_url), tmp_path), prepare=False)
    make_application()
    display = DisplayWindow(services, windowed=True)
    qtbot.addWidget(display)
    display.resize(1920, 1080)
    display.show()
    kiosk = open_kiosk(qtbot, services)
    desk = QueuePanel(services, counter=1)
    qtbot.addWidget(desk)
    desk.start()
    login = LoginPage(services)
    qtbot.addWidget(login)
    login.show()
    try:
        qtbot.waitUntil(lambda: display.feed.last_id is not None and desk.counter_info is not None, timeout=10_000)
        assert "K" not in kiosk.home.tiles
        qtbot.waitUntil(lambda: login._last_event is not None, timeout=10_000)  # following the feed
        assert "Trần Quản Trị" not in [p.name for p in login.entry.staff]
        env = dict(os.environ, PYTHONPATH=str(ROOT), KIOSK_DB_URL=services.config.db_url, PYTHONUTF8="1")
        env["KIOSK_DATA_DIR"] = str(tmp_path / "other")
        with subprocess.Popen(
            [sys.executable, "-c", CHANGE], cwd=ROOT, env=env, stderr=subprocess.PIPE, text=True
        ) as p:
            qtbot.waitUntil(lambda: p.poll() is not None, timeout=120_000)
            assert p.returncode == 0, p.stderr.read() if p.stderr else ""
        # Within a few seconds of the commit: the feed is polled every 300–500 ms.
        qtbot.waitUntil(lambda: "Chiều nay mất điện từ 14 giờ" in display.ticker.text, timeout=3000)
        qtbot.waitUntil(lambda: "K" in kiosk.home.tiles, timeout=3000)
        qtbot.waitUntil(
            lambda: desk.counter_info is not None and desk.counter_info.name == "Quầy 1 – Bảo hiểm, Tư pháp",
            timeout=3000,
        )
        assert ("K", "Bảo hiểm y tế") in desk._service_names
        qtbot.waitUntil(
            lambda: "Trần Quản Trị" in [p.name for p in login.entry.staff], timeout=5000
        )  # the transfer dialog offers the new service
    finally:
        display.stop()
        desk.stop()
        login.hide()
        kiosk.close()
        assert worker.wait_for_tasks(15_000)
        QApplication.processEvents()
        services.close()
