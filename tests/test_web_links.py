"""What the ticket QR holds with and without the LAN pages, reading it back wherever a scanned uuid is read, the
web settings' checks, this PC's LAN addresses, the batched follow read, and `kiosk serve` on the command line."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import uuid
from pathlib import Path

import httpx
import pytest

from kiosk.app import Services
from kiosk.cli import main
from kiosk.errors import InputError
from kiosk.services.queue.refs import ticket_uuid_in
from kiosk.services.settings import validate
from kiosk.services.web.lan import lan_addresses, page_urls
from kiosk.services.web.links import link_base, ticket_qr_text
from kiosk.services.web.server import free_port
from tests.helpers import pdfcheck

KEY = uuid.UUID("3f2a6c1e-8d4b-4b7a-9a51-0c2f0e6b9d10")
ELDER = "nguoi_cao_tuoi"


def test_the_qr_text_is_the_phone_link_only_when_the_pages_are_on_and_have_an_address() -> None:
    assert link_base({"web.enabled": False, "web.public_url": "http://192.168.1.10:8080"}) == ""
    assert link_base({"web.enabled": True, "web.public_url": ""}) == ""
    base = link_base({"web.enabled": True, "web.public_url": "http://192.168.1.10:8080/"})
    assert base == "http://192.168.1.10:8080"
    assert ticket_qr_text(KEY, base) == f"http://192.168.1.10:8080/v/{KEY}"
    assert ticket_qr_text(KEY, "") == str(KEY)


@pytest.mark.parametrize(
    "text",
    [
        str(KEY),
        f"  {str(KEY).upper()}  ",
        KEY.hex,
        f"http://192.168.1.10:8080/v/{KEY}",
        f"https://mot-cua.local/kiosk/v/{KEY}/",
    ],
)
def test_a_scanned_ticket_reads_as_its_uuid_in_both_forms(text: str) -> None:
    assert ticket_uuid_in(text) == KEY


@pytest.mark.parametrize(
    "text",
    ["A012", "", f"ftp://x/v/{KEY}", f"http://x/v/{KEY}?a=1", f"/v/{KEY}", f"http://x/v/{KEY}/rate", "x" * 700],
)
def test_anything_else_is_no_ticket_uuid(text: str) -> None:
    assert ticket_uuid_in(text) is None


def test_the_queue_finds_and_rates_a_ticket_by_its_phone_link(services: Services) -> None:
    q = services.queue
    q.open_counter(1)
    t = q.issue("A")
    link = f"http://192.168.1.10:8080/v/{t.uuid}"
    assert q.lookup(link).code == "A001"
    q.call_next(1)
    q.finish(1)
    assert q.rate(link, "rat_hai_long").code == "A001"
    with pytest.raises(InputError, match="Mã QR trên phiếu không đọc được"):
        q.lookup("http://192.168.1.10:8080/v/not-a-uuid-at-all-but-long-enough")


@pytest.mark.parametrize(
    ("key", "value", "ok"),
    [
        ("web.public_url", "http://192.168.1.10:8080", True),
        ("web.public_url", "https://mot-cua.local", True),
        ("web.public_url", "", True),
        ("web.public_url", "192.168.1.10:8080", False),
        ("web.public_url", "javascript:alert(1)", False),
        ("web.public_url", "http://", False),
        ("web.public_url", "http://x:port", False),
        ("web.public_url", "http://x/a b", False),
        ("web.public_url", "http://x/?q=1", False),
        ("web.public_url", "http://" + "a" * 300, False),
        ("web.host", "192.168.1.10", True),
        ("web.host", "0.0.0.0", True),
        ("web.host", "localhost", True),
        ("web.host", "my pc", False),
        ("web.port", "8080", True),
        ("web.port", "80", False),
        ("web.port", "70000", False),
        ("web.enabled", "bật", True),
    ],
)
def test_web_settings_are_checked(key: str, value: str, ok: bool) -> None:
    if ok:
        validate(key, value)
    else:
        with pytest.raises(InputError) as err:
            validate(key, value)
        assert err.value.message and "Traceback" not in err.value.message


def test_lan_addresses_are_ipv4_without_loopback() -> None:
    addresses = lan_addresses()
    assert all(a.count(".") == 3 and not a.startswith("127.") for a in addresses)
    assert page_urls("10.1.2.3", 8080) == ["http://10.1.2.3:8080"]
    assert page_urls("0.0.0.0", 8080) == [f"http://{a}:8080" for a in addresses] or addresses == []


def test_the_printed_ticket_carries_the_phone_link_when_the_pages_are_on(any_services: Services) -> None:
    services = any_services
    t = services.queue.issue("A")
    assert pdfcheck.qr_codes(services.handouts.ticket_by_code(t.code).pdf) == [str(t.uuid)]
    services.settings.set("web.enabled", True)
    assert pdfcheck.qr_codes(services.handouts.ticket_by_code(t.code).pdf) == [str(t.uuid)]  # no address yet
    services.settings.set("web.public_url", "http://192.168.1.10:8080")
    pdf = services.handouts.ticket_by_code(t.code).pdf
    assert pdfcheck.qr_codes(pdf) == [f"http://192.168.1.10:8080/v/{t.uuid}"]
    assert "theo dõi số" in pdfcheck.flat_text(pdf)


def test_follow_agrees_with_the_single_ticket_read(any_services: Services) -> None:
    """The phones' batched read counts people ahead in the same order as the kiosk's single read."""
    q = any_services.queue
    q.open_counter(1)
    tickets = [q.issue("A"), q.issue("A", ELDER), q.issue("A"), q.issue("B"), q.issue("A", ELDER), q.issue("A")]
    q.call_next(1)  # the first elder
    q.skip(1)
    q.return_skipped(tickets[1].code)  # back at the front, once
    tickets.append(q.issue("A"))
    followed = q.follow([t.uuid for t in tickets] + [uuid.uuid4()])
    assert set(followed) == {t.uuid for t in tickets}
    for t in tickets:
        one = q.ticket_by_uuid(t.uuid)
        many = followed[t.uuid].ticket
        assert (many.status, many.waiting_ahead, many.estimated_wait_min, many.counter) == (
            one.status,
            one.waiting_ahead,
            one.estimated_wait_min,
            one.counter,
        ), t.code
    assert sorted(f.ticket.waiting_ahead for f in followed.values() if f.ticket.service == "A") == [0, 1, 2, 3, 4, 5]


def test_serve_refuses_a_bad_host_and_port(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["serve", "--host", "my pc"]) == 2
    assert "không phải địa chỉ IP" in capsys.readouterr().err
    assert main(["serve", "--port", "99999"]) == 2


def test_serve_prints_its_address_serves_and_stops_on_ctrl_c(tmp_path: Path, from_template) -> None:
    url = from_template("sqlite:///" + (tmp_path / "data" / "kiosk.sqlite3").as_posix())
    port = free_port()
    env = {**os.environ, "KIOSK_DB_URL": url, "PYTHONUTF8": "1"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "kiosk", "serve", "--port", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        text=True,
    )
    try:
        assert "đang chạy" in proc.stdout.readline()  # printed once the port is open
        assert f"http://127.0.0.1:{port}/" in proc.stdout.readline()
        assert "điện thoại chưa mở được" in proc.stdout.readline()  # loopback only: the admin is told
        r = httpx.get(f"http://127.0.0.1:{port}/", timeout=5)
        assert r.status_code == 200 and "Bộ phận một cửa" in r.text
        # Taken port: one sentence, exit 2.
        second = subprocess.run(
            [sys.executable, "-m", "kiosk", "serve", "--port", str(port)], capture_output=True, text=True, env=env
        )
        assert second.returncode != 0 and "đang được chương trình khác dùng" in second.stderr
    finally:
        proc.send_signal(signal.SIGINT)
        assert proc.wait(timeout=10) == 0
        assert "Đã dừng trang web." in proc.stdout.read()


def test_kiosk_run_starts_the_pages_for_the_hall_roles_when_enabled(
    services: Services, capsys: pytest.CaptureFixture[str]
) -> None:
    from kiosk.cli.run_cmd import start_web

    port = free_port()
    services.settings.set("web.port", port)
    assert start_web(services, "all") is None  # web.enabled is off by default
    services.settings.set("web.enabled", True)
    assert start_web(services, "kiosk") is None and start_web(services, "desk") is None
    web = start_web(services, "display")
    assert web is not None
    try:
        assert f"http://127.0.0.1:{port}/" in capsys.readouterr().out
        assert httpx.get(f"{web.url}/", timeout=5).status_code == 200
        # A second screen process on the same PC: the port is taken, the screens still open.
        assert start_web(services, "all") is None
        assert "đang được chương trình khác dùng" in capsys.readouterr().out
    finally:
        web.stop()
    with pytest.raises(httpx.ConnectError):
        httpx.get(f"{web.url}/", timeout=5)
