"""What every request meets before a page: a path length limit, a per-client rate limit and the security headers.

A plain ASGI middleware (no Starlette import needed). The size of the headers is limited one step earlier, in
uvicorn's HTTP parser (server.py). Refusals are short Vietnamese pages, written without touching the database.
"""

from __future__ import annotations

import secrets
import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from kiosk.services.web.pages import error_page

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

MAX_TARGET = 2048  # path + query; the longest real one is /v/<36-character uuid>/rate
NONCE_KEY = "csp_nonce"


class TokenBuckets:
    """A token bucket per client address: `burst` requests at once, then `rate` a second.

    Bounded memory: the least recently seen addresses are forgotten beyond `max_clients` (a forgotten address
    starts with a full bucket, which only ever lets one more burst through).
    """

    def __init__(self, rate: float, burst: int, *, max_clients: int = 10_000, clock=time.monotonic) -> None:
        self.rate = float(rate)
        self.burst = float(burst)
        self.max_clients = max_clients
        self._clock = clock
        self._buckets: OrderedDict[str, tuple[float, float]] = OrderedDict()

    def allow(self, client: str) -> bool:
        now = self._clock()
        tokens, at = self._buckets.pop(client, (self.burst, now))
        tokens = min(self.burst, tokens + (now - at) * self.rate)
        allowed = tokens >= 1.0
        self._buckets[client] = (tokens - 1.0 if allowed else tokens, now)
        if len(self._buckets) > self.max_clients:
            self._buckets.popitem(last=False)
        return allowed


def security_headers(nonce: str) -> list[tuple[bytes, bytes]]:
    # Scripts and styles run only from the page itself, with this response's nonce: an injected tag does nothing.
    csp = (
        f"default-src 'self'; script-src 'nonce-{nonce}'; style-src 'nonce-{nonce}'; img-src 'self' data:; "
        "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'; object-src 'none'"
    )
    return [
        (b"content-security-policy", csp.encode("ascii")),
        (b"x-content-type-options", b"nosniff"),
        (b"referrer-policy", b"no-referrer"),
        (b"x-frame-options", b"DENY"),
        (b"cross-origin-opener-policy", b"same-origin"),
        (b"permissions-policy", b"camera=(), microphone=(), geolocation=(), payment=()"),
    ]


class Guard:
    def __init__(self, app: ASGIApp, *, rate: float = 10.0, burst: int = 60) -> None:
        self.app = app
        self.buckets = TokenBuckets(rate, burst)
        self.web: Any = None  # the app behind, for tests and the benchmark (app.create_app sets it)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        nonce = secrets.token_urlsafe(16)
        scope.setdefault("state", {})[NONCE_KEY] = nonce
        headers = security_headers(nonce)

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                names = {name.lower() for name, _ in message.get("headers", [])}
                extra = [(n, v) for n, v in headers if n not in names]
                if b"cache-control" not in names:
                    extra.append((b"cache-control", b"no-store"))  # a ticket's state is never served stale
                message["headers"] = [*message.get("headers", []), *extra]
            await send(message)

        target = len(scope.get("raw_path") or scope.get("path", "").encode()) + len(scope.get("query_string", b""))
        if target > MAX_TARGET:
            await _refuse(send_with_headers, 414, "Địa chỉ quá dài.", "Xin quét lại mã QR trên phiếu.", nonce)
            return
        client = (scope.get("client") or ("?", 0))[0]
        if not self.buckets.allow(client):
            await _refuse(
                send_with_headers,
                429,
                "Máy của ông/bà gửi quá nhiều yêu cầu.",
                "Xin đợi một lát rồi mở lại trang.",
                nonce,
                retry_after=True,
            )
            return
        await self.app(scope, receive, send_with_headers)


async def _refuse(send: Send, status: int, title: str, hint: str, nonce: str, *, retry_after: bool = False) -> None:
    body = error_page(title, hint, nonce).encode("utf-8")
    headers = [(b"content-type", b"text/html; charset=utf-8"), (b"content-length", str(len(body)).encode())]
    if retry_after:
        headers.append((b"retry-after", b"5"))
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})
