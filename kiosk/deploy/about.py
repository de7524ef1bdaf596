"""What this installation is and where it keeps things: the admin screen's "Phiên bản" tab and `kiosk info`.

The facts an IT person asks for on the phone: the version, which program runs, where the data and the
configuration are, which database (password hidden), whether the screen starts at logon.
"""

from __future__ import annotations

import platform
import sys
from pathlib import Path

from kiosk import __version__
from kiosk.config import Config, default_config_file, machine_config_file
from kiosk.db.engine import redact_url
from kiosk.deploy import autostart


def installation_facts(config: Config) -> list[tuple[str, str]]:
    frozen = bool(getattr(sys, "frozen", False))
    program = " ".join(autostart.program_command(windowed=False))
    if sys.platform == "win32":
        starts = "tác vụ Task Scheduler 'CommuneKiosk' (xem bằng: schtasks /Query /TN CommuneKiosk)"
    else:
        desktop, unit = autostart.linux_paths()
        present = [str(path) for path in (desktop, unit) if path.exists()]
        starts = ", ".join(present) if present else "chưa bật (kiosk autostart install)"
    config_files = [str(path) for path in (machine_config_file(), default_config_file()) if path.is_file()]
    if config.config_file.is_file() and str(config.config_file) not in config_files:
        config_files.append(str(config.config_file))
    return [
        ("Phiên bản", __version__),
        ("Bản cài", "gói cài đặt (bundle)" if frozen else "mã nguồn trong môi trường Python"),
        ("Chương trình", program),
        ("Thư mục cài đặt", str(Path(sys.executable).parent) if frozen else str(Path(__file__).resolve().parents[2])),
        ("Thư mục dữ liệu", str(config.data_dir)),
        ("Cơ sở dữ liệu", redact_url(config.db_url)),
        ("Tệp cấu hình", ", ".join(config_files) or "không có (dùng mặc định)"),
        ("Mã điểm", config.point_code),
        ("Tự mở khi đăng nhập", starts),
        ("Hệ điều hành", f"{platform.system()} {platform.release()}"),
        ("Python", platform.python_version()),
    ]
