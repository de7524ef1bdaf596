"""Screenshots of the LAN pages from the real browser (Debian's headless Chromium, through Selenium):

    python tools/web_screenshots.py [--out docs/screenshots]

web-phone-waiting.png, web-phone-called.png, web-phone-rate.png (a 360×740 phone at 2× pixels) and web-board.png
(a 1920×1080 TV), over a fresh demo database at the moment `kiosk screenshot` uses (a busy Tuesday morning).
Needs the test extra (selenium) and the chromium + chromium-driver packages (bootstrap.py installs them).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kiosk.app import build_services  # noqa: E402
from kiosk.cli.screenshot_cmd import SCREENSHOT_MOMENT  # noqa: E402
from kiosk.clock import FixedClock  # noqa: E402
from kiosk.config import Config, sqlite_url  # noqa: E402
from kiosk.services.demo import DemoGenerator  # noqa: E402
from tests.helpers.browser import open_browser  # noqa: E402
from tests.helpers.webserver import running_web  # noqa: E402


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="kiosk-webshot-") as tmp:
        folder = Path(tmp)
        clock = FixedClock(SCREENSHOT_MOMENT)
        config = Config(
            data_dir=folder, config_file=folder / "k.toml", db_url=sqlite_url(folder / "demo.sqlite3"), log_dir=folder
        )
        services = build_services(config, clock=clock)
        DemoGenerator(services.sessions, clock).generate(30, 1)
        services.settings.set(
            "display.ticker", "Giờ làm việc: sáng 7:30–11:30, chiều 13:30–17:00 · Cần hỗ trợ, xin gọi 0236 3 123 456"
        )
        q = services.queue
        for desk in q.counters():
            q.open_counter(desk.number)
        waiting = [q.issue(prefix) for prefix in "AABABAAB"][-2]
        called = q.call_next(1).ticket
        q.call_next(2)
        served = q.call_next(3).ticket
        q.finish(3)
        q.call_next(3)
        assert called is not None and served is not None
        phone = open_browser(scale=2.0)
        tv = open_browser((1920, 1080), mobile=False)
        try:
            with running_web(services) as web:
                for name, ticket, text in (
                    ("web-phone-waiting.png", waiting, "Trước ông/bà"),
                    ("web-phone-called.png", called, "Mời ông/bà đến"),
                    ("web-phone-rate.png", served, "hài lòng thế nào"),
                ):
                    phone.get(f"{web.url}/v/{ticket.uuid}")
                    assert text in phone.find_element("id", "live").text, name
                    phone.save_screenshot(str(args.out / name))
                    print(f"Đã lưu {args.out / name}")
                tv.get(f"{web.url}/")
                tv.save_screenshot(str(args.out / "web-board.png"))
                print(f"Đã lưu {args.out / 'web-board.png'}")
        finally:
            phone.quit()
            tv.quit()
            services.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
