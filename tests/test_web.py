"""The LAN pages through the real server (uvicorn in a thread on a free port): every route and every bad input.

Phone page states, the live stream, the rating (once, finished only, CSRF token, counted in the tally like the
kiosk's), the hall board, 404/405/413/414/429/400 Vietnamese pages that write nothing, security headers."""

from __future__ import annotations

import hashlib
import hmac
import re
import socket
import threading
import time
import uuid
from collections.abc import Iterator

import httpx
import pytest
from sqlalchemy import func, select

from kiosk.app import Services
from kiosk.clock import FixedClock
from kiosk.db import models as m
from kiosk.services.web.lan import lan_addresses
from kiosk.services.web.server import BackgroundWeb
from tests.helpers.webserver import SECRET, Stream, running_web

VIETNAMESE = re.compile(r"[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]")


@pytest.fixture
def q(any_services: Services) -> Services:
    any_services.queue.open_counter(1)
    return any_services


@pytest.fixture
def web(q: Services) -> Iterator[BackgroundWeb]:
    with running_web(q) as server:
        yield server


@pytest.fixture
def client(web: BackgroundWeb) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=web.url, follow_redirects=False, timeout=10) as c:
        yield c


def _written(services: Services) -> tuple[int, int]:
    with services.sessions() as s:
        return (
            int(s.scalar(select(func.count()).select_from(m.Rating)) or 0),
            int(s.scalar(select(func.count()).select_from(m.Event)) or 0),
        )


def _token(page: str) -> str:
    found = re.search(r'name="token" value="([0-9a-f]{64})"', page)
    assert found, "the rating form carries its token"
    return found[1]


def _vietnamese_page(r: httpx.Response, status: int, words: str) -> None:
    assert r.status_code == status, r.text[:300]
    assert r.headers["content-type"].startswith("text/html")
    assert words in r.text and VIETNAMESE.search(r.text)
    assert "Traceback" not in r.text


# ------------------------------------------------------------ the phone page, state by state


def test_phone_page_follows_the_ticket_through_its_states(q: Services, client: httpx.Client) -> None:
    first = q.queue.issue("A")
    second = q.queue.issue("A")
    r = client.get(f"/v/{second.uuid}")
    assert r.status_code == 200 and len(r.content) < 30_000
    page = r.text
    assert '<html lang="vi">' in page and "A002" in page and "Tư pháp – Hộ tịch" in page
    assert "Trước ông/bà còn<b>1 người</b>" in page and "Dự kiến chờ<b>~12 phút</b>" in page
    assert 'http-equiv="refresh" content="15"' in page  # the plain fallback inside <noscript>
    # No external resource: nothing loaded from another host, no framework.
    assert not re.search(r'(src|href)="(https?:)?//', page)
    assert re.findall(r"<link[^>]*>", page) == ['<link rel="icon" href="data:,">']  # no /favicon.ico request
    assert "Bật âm báo" in page

    q.queue.call_next(1)  # A001 at desk 1
    assert "Ông/bà là người <b>tiếp theo</b>" in client.get(f"/v/{second.uuid}").text
    assert "Mời ông/bà đến<b>quầy số 1</b>" in client.get(f"/v/{first.uuid}").text
    q.queue.call_next(1)  # A001 finished, A002 called
    done = client.get(f"/v/{first.uuid}").text
    assert "Đã phục vụ xong" in done and "hài lòng thế nào" in done
    for name in ("Rất hài lòng", "Hài lòng", "Bình thường", "Không hài lòng"):
        assert f">{name}</button>" in done
    q.queue.skip(1)
    assert "vắng mặt" in client.get(f"/v/{second.uuid}").text
    third = q.queue.issue("B")
    q.queue.cancel(third.code)
    assert "Phiếu đã huỷ" in client.get(f"/v/{third.uuid}").text


def test_a_ticket_of_an_earlier_day_has_expired(q: Services, client: httpx.Client, clock: FixedClock) -> None:
    ticket = q.queue.issue("A")
    clock.advance(days=1)
    page = client.get(f"/v/{ticket.uuid}").text
    assert "Phiếu đã hết hạn" in page and "24/11/2026" in page


def test_security_headers_on_pages_and_refusals(q: Services, client: httpx.Client) -> None:
    ticket = q.queue.issue("A")
    for path in (f"/v/{ticket.uuid}", "/", "/v/nope", "/" + "x" * 3000):
        r = client.get(path)
        h = r.headers
        csp = h["content-security-policy"]
        assert "default-src 'self'" in csp and "frame-ancestors 'none'" in csp, path
        assert (h["x-content-type-options"], h["referrer-policy"], h["x-frame-options"]) == (
            "nosniff",
            "no-referrer",
            "DENY",
        )
        assert h["cache-control"] == "no-store" and "server" not in h
        # Inline scripts and styles run only with this response's nonce.
        nonce = re.search(r"'nonce-([^']+)'", csp)[1]
        assert all(f'nonce="{nonce}"' in tag for tag in re.findall(r"<(?:script|style)[^>]*>", r.text))


# ------------------------------------------------------------ not found, too long, too big, too many


@pytest.mark.parametrize(
    "path",
    [
        "/v/abc",
        "/v/" + str(uuid.uuid4()),
        "/v/" + str(uuid.uuid4()).replace("-", ""),
        "/v/" + str(uuid.uuid4()) + "/events",
        "/v/../../etc/passwd",
        "/v/%00",
        "/admin",
        "/favicon.ico",
    ],
)
def test_unknown_or_malformed_addresses_are_a_vietnamese_404(q: Services, client: httpx.Client, path: str) -> None:
    before = _written(q)
    _vietnamese_page(client.get(path), 404, "Không tìm thấy trang hoặc phiếu này")
    assert _written(q) == before


def test_a_10000_character_path_and_a_1_mb_header_are_refused_and_the_server_goes_on(
    q: Services, client: httpx.Client
) -> None:
    ticket = q.queue.issue("A")
    before = _written(q)
    _vietnamese_page(client.get("/v/" + "a" * 10_000), 414, "Địa chỉ quá dài")
    with httpx.Client(base_url=str(client.base_url), timeout=10) as other:
        _vietnamese_page(other.get("/", headers={"x-junk": "a" * 1_000_000}), 400, "quá lớn")
    assert client.get(f"/v/{ticket.uuid}").status_code == 200
    assert _written(q) == before


def test_1000_requests_a_second_from_one_address_are_limited_others_are_served(q: Services) -> None:
    ticket = q.queue.issue("A")
    with running_web(q, rate=10, burst=60) as web:
        before = _written(q)
        statuses = []
        with httpx.Client(base_url=web.url, timeout=10) as flood:
            started = time.monotonic()
            for _ in range(1000):
                statuses.append(flood.get(f"/v/{ticket.uuid}").status_code)
            elapsed = time.monotonic() - started
            limited = flood.get(f"/v/{ticket.uuid}")
        # A burst of 60, then 10 a second for as long as the flood lasted (longer on a busy machine).
        assert statuses[:60] == [200] * 60 and set(statuses) == {200, 429}
        assert statuses.count(200) <= 60 + 10 * elapsed + 1, (statuses.count(200), elapsed)
        _vietnamese_page(limited, 429, "quá nhiều yêu cầu")
        assert limited.headers["retry-after"] == "5"
        # Another phone (another address on the loopback network) is served meanwhile.
        other = httpx.HTTPTransport(local_address="127.0.0.2")
        with httpx.Client(base_url=web.url, transport=other, timeout=10) as phone:
            assert phone.get(f"/v/{ticket.uuid}").status_code == 200
        assert _written(q) == before


# ------------------------------------------------------------ the rating


def _finished(q: Services) -> tuple[uuid.UUID, str]:
    t = q.queue.issue("A")
    q.queue.call_next(1)
    q.queue.finish(1)
    return t.uuid, t.code


def test_rating_from_the_phone_is_counted_in_the_tally_like_the_kiosks(q: Services, client: httpx.Client) -> None:
    key, _ = _finished(q)
    token = _token(client.get(f"/v/{key}").text)
    r = client.post(f"/v/{key}/rate", data={"token": token, "level": "hai_long"})
    assert r.status_code == 303 and r.headers["location"] == f"/v/{key}"
    assert "Cảm ơn ông/bà đã đánh giá: <b>Hài lòng</b>" in client.get(f"/v/{key}").text
    # The same row the kiosk writes, keyed to the visit: the tally counts it.
    with q.sessions() as s:
        [rating] = s.scalars(select(m.Rating)).all()
        ticket = s.scalar(select(m.Ticket).where(m.Ticket.uuid == key))
        assert (rating.ticket_id, rating.level, rating.business_date) == (ticket.id, "hai_long", ticket.business_date)
    sat = q.tally.day(ticket.business_date).data["satisfaction"]
    assert (sat["ratings"], sat["satisfied"], sat["by_level"]["hai_long"]) == (1, 1, 1)
    # Once per ticket: a second post (another tab, a replay) changes nothing.
    before = _written(q)
    again = client.post(f"/v/{key}/rate", data={"token": token, "level": "khong_hai_long"})
    _vietnamese_page(again, 409, "đã được đánh giá")
    assert _written(q) == before


@pytest.mark.parametrize(
    ("form", "status", "words"),
    [
        ({"level": "7"}, 400, "Mức đánh giá không hợp lệ"),
        ({"level": "abc"}, 400, "Mức đánh giá không hợp lệ"),
        ({"level": ""}, 400, "Mức đánh giá không hợp lệ"),
        ({"level": "hai_long", "token": "0" * 64}, 403, "Biểu mẫu đã cũ hoặc không đúng"),
        ({"level": "hai_long", "token": ""}, 403, "Biểu mẫu đã cũ hoặc không đúng"),
    ],
)
def test_bad_ratings_are_refused_and_write_nothing(
    q: Services, client: httpx.Client, form: dict, status: int, words: str
) -> None:
    key, _ = _finished(q)
    data = {"token": _token(client.get(f"/v/{key}").text), **form}
    before = _written(q)
    _vietnamese_page(client.post(f"/v/{key}/rate", data=data), status, words)
    assert _written(q) == before


def test_no_rating_before_the_visit_is_finished(q: Services, client: httpx.Client) -> None:
    t = q.queue.issue("A")
    assert 'name="token"' not in client.get(f"/v/{t.uuid}").text  # no form while waiting
    token = hmac.new(SECRET, f"rate:{t.uuid}".encode(), hashlib.sha256).hexdigest()  # a forged-but-valid form
    before = _written(q)
    _vietnamese_page(client.post(f"/v/{t.uuid}/rate", data={"token": token, "level": "hai_long"}), 409, "chưa")
    assert _written(q) == before
    q.queue.call_next(1)  # being served: still not finished
    before = _written(q)
    _vietnamese_page(client.post(f"/v/{t.uuid}/rate", data={"token": token, "level": "hai_long"}), 409, "chưa xong")
    assert _written(q) == before


def test_rating_refusals_for_size_method_and_unknown_ticket(q: Services, client: httpx.Client) -> None:
    key, _ = _finished(q)
    token = _token(client.get(f"/v/{key}").text)
    before = _written(q)
    big = client.post(
        f"/v/{key}/rate", content=b"token=" + b"a" * 5000, headers={"content-type": "application/x-www-form-urlencoded"}
    )
    _vietnamese_page(big, 413, "quá lớn")
    _vietnamese_page(client.get(f"/v/{key}/rate"), 405, "không được hỗ trợ")
    _vietnamese_page(
        client.post(f"/v/{uuid.uuid4()}/rate", data={"token": token, "level": "hai_long"}), 404, "Không tìm thấy"
    )
    _vietnamese_page(
        client.post(
            f"/v/{key}/rate", content=b"\xff\xfe", headers={"content-type": "application/x-www-form-urlencoded"}
        ),
        400,
        "Biểu mẫu không hợp lệ",
    )
    assert _written(q) == before


def test_an_expired_finished_ticket_is_not_rated(q: Services, client: httpx.Client, clock: FixedClock) -> None:
    key, _ = _finished(q)
    token = _token(client.get(f"/v/{key}").text)
    clock.advance(days=1)
    before = _written(q)
    _vietnamese_page(client.post(f"/v/{key}/rate", data={"token": token, "level": "hai_long"}), 409, "hết hạn")
    assert _written(q) == before


# ------------------------------------------------------------ live: the phone and the board follow the queue


def test_the_phone_stream_brings_the_call_without_a_reload(q: Services, client: httpx.Client) -> None:
    ticket = q.queue.issue("A")
    stream = Stream(client, f"/v/{ticket.uuid}/events")
    try:
        assert stream.response.headers["content-type"].startswith("text/event-stream")
        first = stream.until(lambda d: True)
        assert first["state"] == "waiting" and "A001" in first["html"]
        q.queue.call_next(1)
        called = stream.until(lambda d: d["state"] == "called")
        assert "quầy số 1" in called["html"] and called["title"] == "A001 – mời đến quầy số 1"
        q.queue.recall(1)  # called again: a new key, so the phone rings again
        again = stream.until(lambda d: d["key"] != called["key"])
        assert again["state"] == "called"
        q.queue.finish(1)
        assert stream.until(lambda d: d["state"] == "rate")["open"] is False
    finally:
        stream.close()


def test_the_hall_board_shows_desks_waiting_and_ticker_live(q: Services, client: httpx.Client) -> None:
    q.settings.set("display.ticker", "Chào mừng đến bộ phận một cửa")
    for _ in range(3):
        q.queue.issue("A")
    page = client.get("/")
    assert page.status_code == 200 and len(page.content) < 30_000
    assert "Quầy số 1" in page.text and "Chào mừng đến bộ phận một cửa" in page.text
    assert re.search(r"A · Tư pháp – Hộ tịch</td><td class=\"w\">3<", page.text)
    stream = Stream(client, "/board/events")
    try:
        q.queue.call_next(1)
        # The call and the waiting count change in one transaction, but the board may be sent for an earlier event
        # first: wait for the page that shows both.
        board = stream.until(lambda d: "A001" in d["html"] and re.search(r"Hộ tịch</td><td class=\"w\">2<", d["html"]))
        assert "A001 → quầy 1" in board["html"]
    finally:
        stream.close()


def test_stop_ends_open_streams_at_once(q: Services) -> None:
    ticket = q.queue.issue("A")
    with running_web(q) as web, httpx.Client(base_url=web.url, timeout=10) as c:
        stream = Stream(c, f"/v/{ticket.uuid}/events")
        stream.next_event()
        started = time.monotonic()
        web.stop()
        assert time.monotonic() - started < 2.5
        with pytest.raises((EOFError, httpx.HTTPError)):
            while True:
                stream.next_event()


# ------------------------------------------------------------ binding


def test_the_server_binds_only_the_chosen_address(q: Services, web: BackgroundWeb) -> None:
    others = [a for a in lan_addresses() if a != web.options.host]
    if not others:
        pytest.skip("this machine has no address besides loopback")
    with pytest.raises(OSError), socket.create_connection((others[0], web.options.port), timeout=2):
        pass


def test_one_address_keeps_at_most_six_live_streams(q: Services, web: BackgroundWeb, client: httpx.Client) -> None:
    ticket = q.queue.issue("A")
    streams = [Stream(client, f"/v/{ticket.uuid}/events") for _ in range(6)]
    try:
        _vietnamese_page(client.get(f"/v/{ticket.uuid}/events"), 429, "quá nhiều trang đang mở")
        other = httpx.HTTPTransport(local_address="127.0.0.2")
        with httpx.Client(base_url=str(client.base_url), transport=other, timeout=10) as phone:
            extra = Stream(phone, f"/v/{ticket.uuid}/events")
            assert extra.response.status_code == 200
            extra.close()
    finally:
        for stream in streams:
            stream.close()
    # A phone that leaves frees its place: the server notices the closed connections.
    app = web.server.web
    deadline = time.monotonic() + 5
    while (app._streams or app.hub.followers) and time.monotonic() < deadline:
        threading.Event().wait(0.02)
    assert app._streams == {} and app.hub.followers == 0


def test_the_hub_rereads_only_for_events_a_follower_can_see(q: Services) -> None:
    from types import SimpleNamespace

    from kiosk.services.web.hub import Hub

    hub = Hub(q, render=lambda f: None)
    mine = uuid.uuid4()

    def ev(kind: str, **payload: object) -> SimpleNamespace:
        return SimpleNamespace(kind=kind, payload=payload)

    other_service = ev("ticket_issued", service="H", ticket_uuid=str(uuid.uuid4()))
    assert not hub._matters([other_service])  # nobody follows anything
    with hub.watching(mine):
        hub._services_followed = {"A"}
        assert not hub._matters([]) and not hub._matters([other_service])
        assert hub._matters([other_service, ev("ticket_issued", service="A", ticket_uuid=str(uuid.uuid4()))])
        assert hub._matters([ev("ticket_transferred", service="H", from_service="A", ticket_uuid="x")])
        assert hub._matters([ev("ticket_called", service="H", ticket_uuid=str(mine))])
        assert hub._matters([ev("counter_paused", counter=1)]) and hub._matters([ev("day_rolled_over")])
    with hub.watching(None):  # the hall board shows every queue
        assert hub._matters([other_service])
