"""kiosk.log: opened without logging.handlers (a screen's start-up waits for no pickle, queue or socket), rotated
exactly as logging.handlers.RotatingFileHandler rotates it."""

from __future__ import annotations

import json
import logging
import logging.handlers
import os
import subprocess
import sys
from pathlib import Path

from kiosk.logs import FORMAT, RotatingLog

ROOT = Path(__file__).resolve().parent.parent


def _write(handler: logging.Handler, lines: int) -> None:
    handler.setFormatter(logging.Formatter(FORMAT))
    for i in range(lines):
        record = logging.LogRecord("kiosk.test", logging.INFO, __file__, 1, "dòng số %d: %s", (i, "x" * (i % 37)), None)
        record.created = 1_764_000_000.0 + i  # the same time stamps for both handlers
        record.msecs = 0.0
        handler.handle(record)
    handler.close()


def test_the_log_rotates_as_the_standard_rotating_handler_does(tmp_path: Path) -> None:
    ours, theirs = tmp_path / "ours", tmp_path / "theirs"
    ours.mkdir()
    theirs.mkdir()
    (ours / "kiosk.log").write_text("an older line\n" * 20, encoding="utf-8")  # a file left by the last run
    (theirs / "kiosk.log").write_text("an older line\n" * 20, encoding="utf-8")
    _write(RotatingLog(ours / "kiosk.log", max_bytes=1000, backups=3), 200)
    _write(
        logging.handlers.RotatingFileHandler(theirs / "kiosk.log", maxBytes=1000, backupCount=3, encoding="utf-8"),
        200,
    )
    names = sorted(p.name for p in ours.iterdir())
    assert names == ["kiosk.log", "kiosk.log.1", "kiosk.log.2", "kiosk.log.3"]
    assert names == sorted(p.name for p in theirs.iterdir())
    for name in names:
        assert (ours / name).read_bytes() == (theirs / name).read_bytes(), name
    assert "dòng số 199" in (ours / "kiosk.log").read_text(encoding="utf-8")


def test_logging_is_set_up_without_the_handlers_module(tmp_path: Path) -> None:
    code = (
        "import json, logging, sys\n"
        "from pathlib import Path\n"
        "from kiosk.logs import configure_logging\n"
        f"print(configure_logging(Path({str(tmp_path)!r})))\n"
        "logging.getLogger('kiosk.start').info('bắt đầu')\n"
        "print(json.dumps(sorted(m for m in ('logging.handlers', 'secrets', 'socket') if m in sys.modules)))\n"
    )
    env = dict(os.environ, PYTHONUTF8="1")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=ROOT, timeout=60)
    assert out.returncode == 0, out.stderr
    path, loaded = out.stdout.strip().splitlines()
    assert json.loads(loaded) == []
    assert Path(path) == tmp_path / "kiosk.log"
    assert "INFO kiosk.start: bắt đầu" in (tmp_path / "kiosk.log").read_text(encoding="utf-8")
