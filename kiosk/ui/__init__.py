"""Everything that imports PySide6 lives under kiosk.ui; the core (the rest of kiosk/) never imports it.

Python 3.11 guard: the abi3 wheels of PySide6 6.12 hand back None (and sometimes True/False) from methods that
return nothing without taking a new reference. That is harmless where None is immortal (Python ≥ 3.12, PEP 683),
but on 3.11 every such call (QLabel.setText, QWidget.update, QTimer.start, processEvents...) takes one reference
away from None, and after about 5 000 calls the process dies with "none_dealloc: deallocating None". A hall
display redrawing its clock and ticker would die within minutes. So, on 3.11, give these three objects the
practically infinite reference count that 3.12 gives them. Remove this once Python 3.12 is the minimum.
"""

from __future__ import annotations

import ctypes
import platform
import sys

_IMMORTAL = 1 << 40


def _immortalise_singletons() -> None:
    if sys.version_info >= (3, 12) or platform.python_implementation() != "CPython":
        return
    for obj in (None, True, False):
        # ob_refcnt is the first field of every CPython object (release builds).
        ref = ctypes.c_ssize_t.from_address(id(obj))
        if ref.value < _IMMORTAL:
            ref.value += _IMMORTAL


_immortalise_singletons()
