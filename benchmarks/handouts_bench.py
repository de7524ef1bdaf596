"""How long the documents take to build: `python benchmarks/handouts_bench.py [--runs N]`.

Targets (issue 7): 80 mm ticket PDF p50 ≤ 50 ms, A4 instruction sheet p50 ≤ 300 ms. The first render of each kind
(font loading) is reported apart from the steady state the kiosk sees all day.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kiosk.services.catalogue.service import GUIDES_DIR, load_guide  # noqa: E402
from kiosk.services.documents.guide import HelpPlace, guide_view, render_guide  # noqa: E402
from kiosk.services.documents.handout import HandoutSection, HandoutView, QrLink, render_handout  # noqa: E402
from kiosk.services.documents.ticket import TicketView, render_ticket  # noqa: E402

FIXTURE_GUIDE = ROOT / "tests" / "fixtures" / "guides" / "kich-hoat-vneid-mau.yaml"
OFFICE = "Trung tâm Phục vụ hành chính công xã Tân Phú"


def _ticket(n: int) -> bytes:
    view = TicketView(
        code=f"A{n % 1000:03d}",
        ticket_uuid=f"3f2b8c1e-5d4a-4e8f-9b1c-{n:012d}",
        office_name=OFFICE,
        commune_name="UBND xã Tân Phú",
        service_name="Tư pháp – Hộ tịch",
        printed_at=datetime.now(UTC),
        counters=(1, 2),
        people_ahead=n % 9,
        wait_minutes=(n % 9) * 6,
        priority_name="Người cao tuổi" if n % 4 == 0 else None,
    )
    return render_ticket(view)


def _apps_handout(n: int) -> bytes:
    sections = [
        HandoutSection(
            name,
            ["Nhà phát hành"],
            links=[
                QrLink(f"https://play.google.com/store/apps/details?id=vn.app{i}", "Android (CH Play)"),
                QrLink(f"https://apps.apple.com/vn/app/app/id15827503{i}", "iPhone (App Store)"),
            ],
        )
        for i, name in enumerate(("VNeID", "VssID", "eTax Mobile"))
    ]
    view = HandoutView("CÀI ỨNG DỤNG TRÊN ĐIỆN THOẠI", OFFICE, datetime.now(UTC), sections=sections)
    return render_handout(view, "80mm")


def _guide_source() -> Path:
    shipped = sorted(GUIDES_DIR.glob("*.yaml"), key=lambda p: p.stat().st_size) if GUIDES_DIR.is_dir() else []
    return shipped[-1] if shipped else FIXTURE_GUIDE  # the longest shipped guide, else the test sample


def _guide(path: Path, size: str) -> Callable[[int], bytes]:
    slug, content = load_guide(path)
    view = guide_view(slug, content, [QrLink("https://play.google.com/store/apps/details?id=com.vnid", "Android")])
    place = HelpPlace(OFFICE, "Trụ sở UBND xã Tân Phú", "0243 123 4567")
    return lambda n: render_guide(view, place, size)


def measure(name: str, fn: Callable[[int], bytes], runs: int, target_ms: float | None) -> bool:
    started = time.perf_counter()
    size = len(fn(0))
    first = (time.perf_counter() - started) * 1000
    times = []
    for n in range(1, runs + 1):
        t = time.perf_counter()
        fn(n)
        times.append((time.perf_counter() - t) * 1000)
    times.sort()
    p50 = statistics.median(times)
    p95 = times[min(len(times) - 1, int(len(times) * 0.95))]
    verdict = ""
    ok = True
    if target_ms is not None:
        ok = p50 <= target_ms
        verdict = f"  target p50 ≤ {target_ms:.0f} ms: {'OK' if ok else 'OVER'}"
    print(f"{name:28} first {first:7.1f} ms  p50 {p50:7.1f} ms  p95 {p95:7.1f} ms  {size / 1024:6.1f} KiB{verdict}")
    return ok


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=60)
    args = parser.parse_args()
    guide = _guide_source()
    print(f"runs: {args.runs}; guide: {guide.relative_to(ROOT)}")
    results = [
        measure("ticket 80 mm", _ticket, args.runs, 50),
        measure("apps handout 80 mm", _apps_handout, args.runs, None),
        measure("instruction sheet A4", _guide(guide, "a4"), max(args.runs // 3, 5), 300),
        measure("instruction sheet A5", _guide(guide, "a5"), max(args.runs // 3, 5), 300),
    ]
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main())
