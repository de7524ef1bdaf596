"""kiosk serve [--host H] [--port P]: the LAN pages in front (Ctrl+C stops them).

The citizen's phone follows its ticket at /v/<uuid> (the ticket QR holds that link when web.enabled is on and
web.public_url is set); a TV's browser shows the hall board at /. Defaults: the settings web.host and web.port.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from kiosk.cli.args import bounded_int

if TYPE_CHECKING:
    from kiosk.services.web.server import WebOptions

PORT = bounded_int(1, 65535, "Cổng")


def register(sub: argparse._SubParsersAction) -> None:
    serve = sub.add_parser("serve", help="trang web trong mạng nội bộ: điện thoại theo dõi số, bảng gọi số cho TV")
    serve.add_argument("--host", help="địa chỉ IP của máy này để lắng nghe (mặc định: cài đặt web.host)")
    serve.add_argument("--port", type=PORT, help="cổng (mặc định: cài đặt web.port)")
    serve.set_defaults(handler=_serve)


def _serve(args: argparse.Namespace) -> int:
    from kiosk.cli.common import services_from
    from kiosk.services.settings import validate
    from kiosk.services.web.lan import page_urls
    from kiosk.services.web.server import WebOptions, check_port_free, make_server

    host = validate("web.host", args.host) if args.host else None
    services = services_from(args)
    try:
        options = WebOptions.from_settings(services, host=host, port=args.port)
        check_port_free(options.host, options.port)
        hint = _qr_hint(services.settings.all(), options)

        def started() -> None:
            print("Trang web của bộ phận một cửa đang chạy (Ctrl+C để dừng):", flush=True)
            for url in page_urls(options.host, options.port):
                print(f"  Bảng gọi số cho TV: {url}/", flush=True)
            print(hint, flush=True)

        try:
            make_server(services, options, on_started=started).run()
        except KeyboardInterrupt:  # uvicorn stops cleanly first, then passes Ctrl+C on: a normal end here
            pass
        print("Đã dừng trang web.", flush=True)
        return 0
    finally:
        services.close()


def _qr_hint(settings: dict, options: WebOptions) -> str:
    """What the admin still has to set so a phone scanning a ticket lands here."""
    from kiosk.services.web.lan import lan_addresses, page_urls
    from kiosk.services.web.links import link_base

    lines = []
    if options.host in ("127.0.0.1", "localhost", "::1"):
        lan = lan_addresses()
        example = lan[0] if lan else "192.168.1.10"
        lines.append(
            f"Máy chỉ nghe trên {options.host}: điện thoại chưa mở được. Địa chỉ của máy trong mạng nội bộ: "
            f"{', '.join(lan) or 'chưa có (máy chưa nối mạng)'}; ví dụ: kiosk serve --host {example}"
        )
        suggestion = f"http://{example}:{options.port}"
    else:
        suggestion = page_urls(options.host, options.port)[0]
    base = link_base(settings)
    if base:
        lines.append(f"Mã QR trên phiếu mở: {base}/v/<mã phiếu>.")
    else:
        lines.append(
            "Mã QR trên phiếu chưa mở trang này. Để bật: kiosk settings set web.enabled true; "
            f"kiosk settings set web.public_url {suggestion}"
        )
    return "\n".join(lines)
