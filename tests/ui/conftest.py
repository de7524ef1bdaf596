"""What every UI test shares."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from tests.helpers.cupsd import CupsServer, missing


@pytest.fixture(scope="session", autouse=True)
def cups_server() -> Iterator[CupsServer | None]:
    """One private cupsd for the whole UI session, reached through CUPS_SERVER, set before the first UI test.

    libcups remembers the server it first talked to, for the life of the process: any UI test that lets Qt list the
    printers (a screen's devices attached after its first paint, the wizard's printer page) would otherwise tie the
    process to the machine's own CUPS, and the CUPS tests in test_qt_printer.py would then see no test queue.
    Where cupsd cannot run it yields None and only the CUPS tests skip.
    """
    if missing():
        yield None
        return
    server = CupsServer().start()
    previous = os.environ.get("CUPS_SERVER")
    os.environ["CUPS_SERVER"] = str(server.socket)
    try:
        yield server
    finally:
        server.stop()
        if previous is None:
            os.environ.pop("CUPS_SERVER", None)
        else:
            os.environ["CUPS_SERVER"] = previous
