"""Running the LAN pages: uvicorn in front (`kiosk serve`) or in a background thread (`kiosk run`, tests).

Only the address the admin chose is bound (web.host). Request heads are capped by h11's incomplete-event limit:
a 1 MB header is refused by the parser before any of our code runs, with a short Vietnamese page instead of
uvicorn's English "Invalid HTTP request received.".
"""

from __future__ import annotations

import asyncio
import logging
import os
import secrets
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import h11
import uvicorn
from uvicorn.protocols.http.h11_impl import H11Protocol

from kiosk.errors import KioskError, file_error
from kiosk.services.web.app import WebApp, create_app

if TYPE_CHECKING:
    from kiosk.app import Services

log = logging.getLogger(__name__)

MAX_HEAD = 16 * 1024  # request line + headers; a phone sends well under 2 KB
SECRET_FILE = "web-secret"

_BAD_REQUEST = (
    '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">'
    '<meta name="viewport" content="width=device-width, initial-scale=1"><title>Yêu cầu không hợp lệ</title></head>'
    "<body><h1>Yêu cầu không hợp lệ hoặc quá lớn.</h1>"
    "<p>Xin quét lại mã QR trên phiếu số thứ tự.</p></body></html>"
).encode()


class KioskH11Protocol(H11Protocol):
    """uvicorn's h11 protocol, answering a malformed or oversized request head in Vietnamese."""

    def send_400_response(self, msg: str) -> None:
        headers = [
            (b"content-type", b"text/html; charset=utf-8"),
            (b"content-length", str(len(_BAD_REQUEST)).encode()),
            (b"x-content-type-options", b"nosniff"),
            (b"connection", b"close"),
        ]
        for event in (
            h11.Response(status_code=400, headers=headers, reason=b"Bad Request"),
            h11.Data(data=_BAD_REQUEST),
            h11.EndOfMessage(),
        ):
            self.transport.write(self.conn.send(event))
        self.transport.close()


def load_secret(data_dir: Path) -> bytes:
    """The key of the rating forms' tokens, kept in the data folder so a restart keeps open pages valid."""
    path = data_dir / SECRET_FILE
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            value = path.read_text(encoding="ascii").strip()
            if len(value) >= 32:
                return bytes.fromhex(value)
            raise KioskError(f"Tệp khoá {path} bị hỏng; xin xoá tệp này rồi chạy lại.") from None
        with os.fdopen(fd, "w", encoding="ascii") as out:
            value = secrets.token_hex(32)
            out.write(value)
        return bytes.fromhex(value)
    except ValueError:
        raise KioskError(f"Tệp khoá {path} bị hỏng; xin xoá tệp này rồi chạy lại.") from None
    except OSError as exc:
        raise file_error(path, exc) from exc


def check_port_free(host: str, port: int) -> None:
    """One sentence instead of uvicorn's log and exit when the address is taken or not this PC's."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        if os.name != "nt":  # as uvicorn binds; on Windows the option would let two servers share the port
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except OSError as exc:
            raise KioskError(
                f"Không mở được trang web tại {host}:{port} ({exc.strerror or exc}). Cổng này đang được chương "
                "trình khác dùng, hoặc địa chỉ không phải của máy này; xin đổi web.port hoặc web.host."
            ) from exc


@dataclass
class WebOptions:
    host: str = "127.0.0.1"
    port: int = 8080
    rate: float = 10.0  # requests a second per client, after a burst of `burst`
    burst: int = 60
    poll_s: float = 0.25

    @classmethod
    def from_settings(cls, services: Services, host: str | None = None, port: int | None = None) -> WebOptions:
        return cls(host=host or services.settings.get("web.host"), port=port or services.settings.get("web.port"))


def make_server(
    services: Services,
    options: WebOptions,
    *,
    secret: bytes | None = None,
    on_started: Callable[[], None] | None = None,
) -> uvicorn.Server:
    """`on_started` runs once the port is open (`kiosk serve` prints the addresses then, not before)."""
    app = create_app(
        services,
        secret if secret is not None else load_secret(services.config.data_dir),
        rate=options.rate,
        burst=options.burst,
        poll_s=options.poll_s,
    )
    config = uvicorn.Config(
        app,
        host=options.host,
        port=options.port,
        http=KioskH11Protocol,
        ws="none",
        loop="asyncio",  # the standard loop (no uvloop), named in installer/kiosk.spec for the bundle
        lifespan="on",
        h11_max_incomplete_event_size=MAX_HEAD,
        limit_concurrency=4000,
        timeout_keep_alive=10,
        timeout_graceful_shutdown=3,
        server_header=False,
        proxy_headers=False,  # the client address is the phone's, never a header a phone could forge
        log_level="warning",
        access_log=False,
    )
    server = _Server(config)
    server.web = app.web
    server.on_started = on_started
    return server


class _Server(uvicorn.Server):
    web: WebApp | None = None
    on_started: Callable[[], None] | None = None

    def handle_exit(self, sig: int, frame: object) -> None:
        # Ctrl+C or a stop: end the live streams at once so shutdown does not wait on open phones.
        if self.web is not None and self.started:
            loop = getattr(self, "_loop", None)
            if loop is not None:
                loop.call_soon_threadsafe(self.web.hub.close)
        super().handle_exit(sig, frame)

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        self._loop = asyncio.get_running_loop()
        await super().startup(sockets)
        if self.started and self.on_started is not None:
            self.on_started()


class BackgroundWeb:
    """The pages in a daemon thread beside the screens (`kiosk run --role all|display`) or in tests."""

    def __init__(self, services: Services, options: WebOptions, *, secret: bytes | None = None) -> None:
        self.options = options
        self.server = make_server(services, options, secret=secret)
        self._thread = threading.Thread(target=self.server.run, name="kiosk-web", daemon=True)

    @property
    def url(self) -> str:
        return f"http://{self.options.host}:{self.options.port}"

    def start(self, timeout: float = 10.0) -> BackgroundWeb:
        check_port_free(self.options.host, self.options.port)
        self._thread.start()
        deadline = time.monotonic() + timeout
        # uvicorn says nothing but its `started` flag; a thread that ended has failed (its log says why).
        while not self.server.started and self._thread.is_alive() and time.monotonic() < deadline:
            self._thread.join(0.02)
        if not self.server.started:
            raise KioskError(f"Trang web không khởi động được tại {self.url}; xem tệp nhật ký.")
        return self

    def stop(self, timeout: float = 5.0) -> None:
        if not self._thread.is_alive():
            return
        self.server.handle_exit(0, None)
        self._thread.join(timeout)
        if self._thread.is_alive():
            log.warning("web server did not stop within %s s", timeout)


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind((host, 0))
        return int(s.getsockname()[1])
