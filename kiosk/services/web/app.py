"""The routes of the LAN pages (Starlette): the hall board, the phone page, its live stream and the rating.

    GET  /                 the hall board          GET /board/events      its live stream (SSE)
    GET  /v/<uuid>         the phone page          GET /v/<uuid>/events   its live stream (SSE)
    POST /v/<uuid>/rate    the satisfaction rating (form: token, level), then back to the page (303)

The ticket uuid is the only key; nothing personal exists to serve. Every refusal is a Vietnamese page with a 4xx
status and writes nothing. Database work runs in worker threads, never on the event loop.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import re
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import TYPE_CHECKING
from urllib.parse import parse_qs

from anyio import to_thread
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response, StreamingResponse
from starlette.routing import Route

from kiosk.errors import InputError, KioskError, NotFoundError, StateError
from kiosk.services.queue.follow import Followed
from kiosk.services.web.board import board_page
from kiosk.services.web.guard import NONCE_KEY, Guard
from kiosk.services.web.hub import Hub
from kiosk.services.web.pages import error_page
from kiosk.services.web.phone import PhoneState, phone_page, phone_state

if TYPE_CHECKING:
    from kiosk.app import Services

log = logging.getLogger(__name__)

_UUID = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")
MAX_FORM = 1024  # token (64) + the longest level code: a bigger body is not our form
KEEPALIVE_S = 20.0
MAX_STREAMS_PER_CLIENT = 6  # a family's phones behind one address, a few tabs each
MAX_STREAMS = 2000


class WebApp:
    """Holds what the routes share: the services, the form secret, the hub and the open streams."""

    def __init__(self, services: Services, secret: bytes, *, poll_s: float = 0.25) -> None:
        self.services = services
        self._secret = secret
        self.hub = Hub(services, self.render, poll_s=poll_s, reload=self.load_catalogue)
        self.levels: list[tuple[str, str]] = []
        self.office = ""
        self._streams: dict[str, int] = {}

    # ------------------------------------------------------------ shared pieces

    def token(self, key: uuid.UUID) -> str:
        """The rating form's CSRF token: only a page of this server for this ticket carries it."""
        return hmac.new(self._secret, f"rate:{key}".encode(), hashlib.sha256).hexdigest()

    def render(self, f: Followed) -> PhoneState:
        return phone_state(f, token=self.token(f.ticket.uuid), levels=self.levels)

    def load_catalogue(self) -> None:
        self.levels = [(t.code, t.name) for t in self.services.catalogue.terms("satisfaction")]
        try:
            point = self.services.catalogue.point(self.services.config.point_code)
            self.office = point.short_name or point.name
        except NotFoundError:
            self.office = ""

    async def followed(self, key: uuid.UUID) -> Followed | None:
        found = await to_thread.run_sync(self.services.queue.follow, [key])
        return found.get(key)

    @asynccontextmanager
    async def lifespan(self, _app: Starlette) -> AsyncIterator[None]:
        await to_thread.run_sync(self.load_catalogue)
        self.hub.start()
        try:
            yield
        finally:
            await self.hub.stop()

    # ------------------------------------------------------------ routes

    async def board(self, request: Request) -> Response:
        board = await to_thread.run_sync(self.services.display.board)
        return HTMLResponse(board_page(board, _nonce(request), self.services.clock.now()))

    async def board_events(self, request: Request) -> Response:
        return self._stream(request, None)

    async def phone(self, request: Request) -> Response:
        key = _key(request)
        f = await self.followed(key)
        if f is None:
            raise HTTPException(404)
        return HTMLResponse(phone_page(str(key), self.render(f), self.office, _nonce(request)))

    async def phone_events(self, request: Request) -> Response:
        # No state read here: the page that opens the stream has just shown it, and the hub's next refresh
        # (poked when the stream starts) sends whatever changed since, together with every other phone's.
        key = _key(request)
        if not await to_thread.run_sync(self.services.queue.ticket_exists, key):
            raise HTTPException(404)
        return self._stream(request, key)

    async def rate(self, request: Request) -> Response:
        key = _key(request)
        back = f"/v/{key}"
        body = b""
        async for chunk in request.stream():
            body += chunk
            if len(body) > MAX_FORM:
                return _page(request, 413, "Dữ liệu gửi lên quá lớn.", "Xin mở lại trang số thứ tự.", back)
        try:
            form = parse_qs(body.decode("ascii"), max_num_fields=4, strict_parsing=False)
        except (UnicodeDecodeError, ValueError):
            return _page(request, 400, "Biểu mẫu không hợp lệ.", "Xin mở lại trang số thứ tự.", back)
        token, level = (form.get("token") or [""])[0], (form.get("level") or [""])[0]
        f = await self.followed(key)
        if f is None:
            raise HTTPException(404)
        if not hmac.compare_digest(token.encode(), self.token(key).encode()):
            return _page(request, 403, "Biểu mẫu đã cũ hoặc không đúng.", "Xin mở lại trang số thứ tự.", back)
        if level not in dict(self.levels):
            names = ", ".join(name for _, name in self.levels)
            return _page(request, 400, "Mức đánh giá không hợp lệ.", f"Xin chọn một trong các mức: {names}.", back)
        if f.expired:
            return _page(request, 409, "Phiếu đã hết hạn.", "Phiếu của ngày trước không đánh giá được nữa.", back)
        try:
            await to_thread.run_sync(lambda: self.services.queue.rate(str(key), level, finished_only=True))
        except StateError as exc:
            return _page(request, 409, "Chưa thể ghi nhận đánh giá.", exc.message, back)
        except InputError as exc:
            return _page(request, 400, "Đánh giá không hợp lệ.", exc.message, back)
        self.hub.poke()
        return RedirectResponse(back, status_code=303)

    # ------------------------------------------------------------ the live stream

    def _stream(self, request: Request, key: uuid.UUID | None) -> Response:
        client = request.client.host if request.client else "?"
        if self._streams.get(client, 0) >= MAX_STREAMS_PER_CLIENT or sum(self._streams.values()) >= MAX_STREAMS:
            return _page(request, 429, "Có quá nhiều trang đang mở.", "Xin đóng bớt các trang rồi mở lại.", None)
        self._streams[client] = self._streams.get(client, 0) + 1
        hub = self.hub

        async def events() -> AsyncIterator[str]:
            try:
                with hub.watching(key):
                    seen = hub.refreshes_started
                    hub.poke()  # the next refresh includes this stream, whatever happened since the page was read
                    sent = ""
                    yield "retry: 3000\n\n"
                    version = hub.version
                    while not hub.closing:
                        new = await hub.wait(version, KEEPALIVE_S)
                        if hub.closing:
                            break
                        if new == version:
                            yield ": keep-alive\n\n"
                            continue
                        version = new
                        if hub.states_from <= seen:
                            continue
                        if key is None:
                            data = json.dumps({"html": hub.board_html or ""}, ensure_ascii=False)
                            name = "board"
                        else:
                            state = hub.states.get(key)
                            if state is None:
                                continue
                            data, name = state.as_json(), "state"
                        if data != sent:
                            sent = data
                            yield _event(name, data)
            finally:
                left = self._streams.get(client, 1) - 1
                if left > 0:
                    self._streams[client] = left
                else:
                    self._streams.pop(client, None)

        return StreamingResponse(
            events(), media_type="text/event-stream", headers={"cache-control": "no-store", "x-accel-buffering": "no"}
        )


def _event(name: str, data: str) -> str:
    return f"event: {name}\ndata: {data}\n\n"


def _key(request: Request) -> uuid.UUID:
    raw = request.path_params.get("key", "")
    if not _UUID.match(raw):
        raise HTTPException(404)
    return uuid.UUID(raw)


def _nonce(request: Request) -> str:
    return request.scope.get("state", {}).get(NONCE_KEY, "")


def _page(request: Request, status: int, title: str, hint: str, back: str | None) -> HTMLResponse:
    return HTMLResponse(error_page(title, hint, _nonce(request), back=back), status_code=status)


async def _not_found(request: Request, _exc: Exception) -> Response:
    return _page(
        request,
        404,
        "Không tìm thấy trang hoặc phiếu này.",
        "Xin quét lại mã QR trên phiếu số thứ tự, hoặc hỏi cán bộ ở bộ phận một cửa.",
        None,
    )


async def _http_error(request: Request, exc: Exception) -> Response:
    status = exc.status_code if isinstance(exc, HTTPException) else 400
    if status == 404:
        return await _not_found(request, exc)
    if status == 405:
        return _page(request, 405, "Thao tác không được hỗ trợ.", "Xin mở lại trang bằng mã QR trên phiếu.", None)
    return _page(request, status, "Yêu cầu không hợp lệ.", "Xin mở lại trang bằng mã QR trên phiếu.", None)


async def _kiosk_error(request: Request, exc: Exception) -> Response:
    # The database is away or busy: say so; the phone's page retries by itself.
    message = exc.message if isinstance(exc, KioskError) else "Máy chủ đang bận."
    log.warning("web: %s", message)
    return _page(request, 503, "Tạm thời chưa xem được.", f"{message} Trang sẽ tự thử lại.", None)


def create_app(
    services: Services, secret: bytes, *, rate: float = 10.0, burst: int = 60, poll_s: float = 0.25
) -> Guard:
    """The ASGI app `kiosk serve` runs: the routes behind the guard (limits and headers)."""
    web = WebApp(services, secret, poll_s=poll_s)
    routes = [
        Route("/", web.board),
        Route("/board/events", web.board_events),
        Route("/v/{key}", web.phone),
        Route("/v/{key}/events", web.phone_events),
        Route("/v/{key}/rate", web.rate, methods=["POST"]),
    ]
    app = Starlette(
        routes=routes,
        lifespan=web.lifespan,
        exception_handlers={HTTPException: _http_error, KioskError: _kiosk_error},
    )
    guard = Guard(app, rate=rate, burst=burst)
    guard.web = web  # tests and the benchmark reach the hub through it
    return guard
