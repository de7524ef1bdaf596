"""A guard against PySide6 6.12.0's lost references on Python 3.11.

PySide6 6.12.0 returns `None` from every void method (`setText`, `processEvents`, `setBold`, …) and `True` from
`Signal.emit()` without the reference it hands over: each call takes one reference away from `None` or `True`.
From Python 3.12 these objects are immortal and nothing happens; on Python 3.11 their count reaches zero after
some thousands of calls (a few minutes of a screen that repaints and polls) and the process aborts with
"Fatal Python error: none_dealloc" or "bool_dealloc".

`install()` measures whether this PySide6 loses references; if it does, it makes None, True and False as good
as immortal by giving each 2**40 references up front, which is what Python 3.12 does for them. It runs when
kiosk.ui is imported, before any screen exists. The real fix is Python ≥ 3.12 or a PySide6 that keeps count.
"""

from __future__ import annotations

import ctypes
import sys
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

RESERVE = 1 << 40  # enough for a kiosk that runs for centuries at a million lost references a second
PROBES = 32


class _Probe(QObject):
    ping = Signal()


def _lost(obj: object, call: Callable[[], object]) -> int:
    before = sys.getrefcount(obj)
    for _ in range(PROBES):
        call()
    return before - sys.getrefcount(obj)


def leaks() -> dict[str, int]:
    """References lost per PROBES calls: a void method (None) and a signal emit (True)."""
    probe = _Probe()
    return {
        "None": _lost(None, lambda: probe.setObjectName("probe")),
        "True": _lost(True, probe.ping.emit),
    }


def _reserve(obj: object) -> None:
    # CPython keeps the reference count in the object's first field, at id(obj).
    ctypes.c_ssize_t.from_address(id(obj)).value += RESERVE


def install() -> bool:
    """True when the reserve was given (once per process); False when this PySide6 and Python need none."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    if sys.getrefcount(None) > RESERVE:
        return True
    lost = leaks()
    if max(lost.values()) < PROBES:
        return False
    for obj in (None, True, False):
        _reserve(obj)  # also covers the few references the probes took
    return True


INSTALLED = install()
