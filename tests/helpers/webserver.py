"""The LAN pages on a free loopback port, in a thread, for tests and benchmarks (the real uvicorn, not a mock)."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from contextlib import contextmanager

import httpx

from kiosk.app import Services
from kiosk.services.web.server import BackgroundWeb, WebOptions, free_port

SECRET = b"test-secret-" * 4


@contextmanager
def running_web(
    services: Services, *, rate: float = 1000.0, burst: int = 5000, poll_s: float = 0.05
) -> Iterator[BackgroundWeb]:
    """Generous limits by default (the tests come from one address); the rate-limit test passes its own."""
    web = BackgroundWeb(services, WebOptions(port=free_port(), rate=rate, burst=burst, poll_s=poll_s), secret=SECRET)
    web.start()
    try:
        yield web
    finally:
        web.stop()


class Stream:
    """A Server-Sent Events stream read event by event, each read bounded by a deadline (no sleeps)."""

    def __init__(self, client: httpx.Client, path: str) -> None:
        self._cm = client.stream("GET", path, timeout=httpx.Timeout(10.0, read=10.0))
        self.response = self._cm.__enter__()
        self._lines = self.response.iter_lines()

    def next_event(self) -> tuple[str, dict]:
        name, data = "", ""
        for line in self._lines:
            if line.startswith("event: "):
                name = line[7:]
            elif line.startswith("data: "):
                data += line[6:]
            elif line == "" and name:
                return name, json.loads(data)
        raise EOFError("the stream ended")

    def until(self, predicate, timeout: float = 5.0) -> dict:
        """The first event whose data satisfies `predicate`, within `timeout` seconds (keep-alives in between)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            _, data = self.next_event()
            if predicate(data):
                return data
        raise TimeoutError("no such event in time")

    def close(self) -> None:
        self._cm.__exit__(None, None, None)
